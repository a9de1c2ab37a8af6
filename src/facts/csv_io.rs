//! A series as CSV: the same columns out and in, so an export can be edited and imported back.
//! Imports are all-or-nothing: every line is checked first, and one bad line means nothing is
//! added, with a report naming each bad line, field and reason.

use super::model::{Day, Point, PointInput, Unit};
use crate::text::{Invalid, Problem};
use super::store::StoredPoint;

pub const COLUMNS: [&str; 9] =
    ["date", "value", "low", "qualifier", "source_title", "source_publisher", "source_url", "source_published", "note"];

pub const MAX_ROWS: usize = 5_000;

/// A cell a spreadsheet would run as a formula is prefixed with `'` (CSV injection).
pub(crate) fn neutralise(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{cell}") } else { cell.to_string() }
}

/// A CSV writer for files people open in a spreadsheet: the UTF-8 byte-order mark first, or
/// spreadsheet programs read Arabic as mojibake (the csv reader skips it on import).
pub(crate) fn spreadsheet_writer() -> csv::Writer<Vec<u8>> {
    csv::Writer::from_writer("\u{feff}".as_bytes().to_vec())
}

pub fn export(points: &[StoredPoint]) -> anyhow::Result<Vec<u8>> {
    let mut w = spreadsheet_writer();
    w.write_record(COLUMNS)?;
    for p in points.iter().filter(|p| !p.withdrawn) {
        let p = &p.point;
        // Numbers and dates are in our own canonical form and go out as they are; text that
        // people typed is neutralised.
        w.write_record([
            p.day.iso(),
            p.value.as_str().to_string(),
            p.low.as_ref().map(|l| l.as_str().to_string()).unwrap_or_default(),
            p.qualifier.code().to_string(),
            neutralise(&p.source.title),
            neutralise(&p.source.publisher),
            neutralise(&p.source.url),
            p.source.published.clone(),
            neutralise(&p.note),
        ])?;
    }
    Ok(w.into_inner().map_err(|e| anyhow::anyhow!("finishing CSV: {e}"))?)
}

/// One problem in an import: the line (1 = the header), the column (if one), the Fluent id.
/// Every CSV import (facts, targets) reports with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineError {
    pub line: u64,
    pub column: Option<&'static str>,
    pub why: Problem,
}

impl LineError {
    /// "Line 4, column date: …" in the reader's language.
    pub fn text(&self, i18n: &crate::i18n::I18n, lang: crate::i18n::Lang) -> String {
        use crate::i18n::Arg;
        let line = i18n.number(lang, self.line as i64);
        let message = match self.why.count {
            Some(n) => i18n.tr(lang, self.why.id, &[("count", Arg::Count(n))]),
            None => i18n.tr(lang, self.why.id, &[]),
        };
        match self.column {
            Some(col) => i18n.tr(lang, "csv-line-column", &[("line", Arg::Str(&line)), ("column", Arg::Str(col)), ("message", Arg::Str(&message))]),
            None => i18n.tr(lang, "csv-line", &[("line", Arg::Str(&line)), ("message", Arg::Str(&message))]),
        }
    }
}

/// Parse and check a whole file. Either every row as a point, or every problem found.
pub fn import(text: &str, unit: Unit, today: Day) -> Result<Vec<Point>, Vec<LineError>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new().flexible(false).trim(csv::Trim::All).from_reader(text.as_bytes());
    let headers = match reader.headers() {
        Ok(h) => h.clone(),
        Err(_) => return Err(vec![LineError { line: 1, column: None, why: "csv-error-header".into() }]),
    };
    let mut index = Vec::new();
    let mut errors = Vec::new();
    for h in headers.iter() {
        match COLUMNS.iter().position(|c| c.eq_ignore_ascii_case(h)) {
            Some(i) => index.push(i),
            None => errors.push(LineError { line: 1, column: None, why: "csv-error-unknown-column".into() }),
        }
    }
    for required in ["date", "value", "source_title"] {
        let pos = COLUMNS.iter().position(|c| *c == required).expect("known column");
        if !index.contains(&pos) {
            errors.push(LineError { line: 1, column: Some(required), why: "csv-error-missing-column".into() });
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut points = Vec::new();
    let mut days = std::collections::BTreeSet::new();
    for (n, record) in reader.records().enumerate() {
        let line = record.as_ref().ok().and_then(|r| r.position()).map(|p| p.line()).unwrap_or(n as u64 + 2);
        if n >= MAX_ROWS {
            errors.push(LineError { line, column: None, why: "csv-error-too-many".into() });
            break;
        }
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map(|p| p.line()).unwrap_or(line);
                errors.push(LineError { line, column: None, why: "csv-error-row".into() });
                continue;
            }
        };
        let mut input = PointInput::default();
        for (cell, &col) in record.iter().zip(&index) {
            let cell = cell.to_string();
            match COLUMNS[col] {
                "date" => input.day = cell,
                "value" => input.value = cell,
                "low" => input.low = cell,
                "qualifier" => input.qualifier = cell,
                "source_title" => input.source_title = strip_neutraliser(cell),
                "source_publisher" => input.source_publisher = strip_neutraliser(cell),
                "source_url" => input.source_url = strip_neutraliser(cell),
                "source_published" => input.source_published = cell,
                _ => input.note = strip_neutraliser(cell),
            }
        }
        match input.parse(unit, today) {
            // One value per date: a file naming a date twice is refused, not resolved silently.
            Ok(p) if !days.insert(p.day) => errors.push(LineError { line, column: Some("date"), why: "csv-error-duplicate-date".into() }),
            Ok(p) => points.push(p),
            Err(errs) => errors.extend(errs_to_lines(line, errs)),
        }
    }
    if points.is_empty() && errors.is_empty() {
        errors.push(LineError { line: 2, column: None, why: "csv-error-empty".into() });
    }
    if errors.is_empty() { Ok(points) } else { Err(errors) }
}

/// Undo our own export's formula guard, so an export imports back unchanged.
pub(crate) fn strip_neutraliser(cell: String) -> String {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest.to_string(),
        _ => cell,
    }
}

fn errs_to_lines(line: u64, errs: Invalid) -> impl Iterator<Item = LineError> {
    errs.into_iter().map(move |(field, why)| LineError {
        line,
        column: Some(match field.as_ref() {
            "day" => "date",
            other => COLUMNS.iter().copied().find(|c| *c == other).unwrap_or("value"),
        }),
        why,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Day {
        Day::parse("2026-11-26").unwrap()
    }

    #[test]
    fn export_then_import_gives_the_same_points() {
        let input = PointInput {
            value: "30000".into(),
            qualifier: "up-to".into(),
            day: "2019-12-27".into(),
            source_title: "=HYPERLINK(\"http://evil\")".into(),
            source_url: "https://example.org/a?b=c,d".into(),
            note: "line, with \"quotes\"".into(),
            ..Default::default()
        };
        let point = input.parse(Unit::People, today()).unwrap();
        let stored = StoredPoint { id: "1".parse().unwrap(), series_id: "1".parse().unwrap(), point: point.clone(), withdrawn: false, revision: 1 };
        let bytes = export(&[stored]).unwrap();
        let text = String::from_utf8(bytes).unwrap();
        assert!(text.contains("'=HYPERLINK"), "{text}");
        let back = import(&text, Unit::People, today()).unwrap();
        assert_eq!(back, vec![point]);
    }

    #[test]
    fn a_broken_file_is_reported_line_by_line_and_nothing_is_taken() {
        let text = "date,value,qualifier,source_title,source_url\n\
                    2019-12-27,1400,more-than,Statement,http://www.thecommunists.net\n\
                    2030-01-01,5,exact,Future,\n\
                    2019-11-01,-4,exact,Negative,\n\
                    2019-11-02,10,exact,Bad link,javascript:alert(1)\n\
                    2019-11-03,10,exact\n";
        let errors = import(text, Unit::People, today()).unwrap_err();
        assert_eq!(
            errors,
            vec![
                LineError { line: 3, column: Some("date"), why: "fact-error-future".into() },
                LineError { line: 4, column: Some("value"), why: "fact-error-negative".into() },
                LineError { line: 5, column: Some("source_url"), why: "fact-error-url".into() },
                LineError { line: 6, column: None, why: "csv-error-row".into() },
            ]
        );
    }

    #[test]
    fn headers_are_checked() {
        let errors = import("when,value\n2019-01-01,3\n", Unit::People, today()).unwrap_err();
        assert!(errors.iter().any(|e| e.why.id == "csv-error-unknown-column"));
        let errors = import("date,value\n2019-01-01,3\n", Unit::People, today()).unwrap_err();
        assert_eq!(errors, vec![LineError { line: 1, column: Some("source_title"), why: "csv-error-missing-column".into() }]);
        let errors = import("date,value,source_title\n", Unit::People, today()).unwrap_err();
        assert_eq!(errors[0].why.id, "csv-error-empty");
    }
}
