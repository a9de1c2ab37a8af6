//! Targets as CSV, the same columns out and in. An import is all or nothing: every line is
//! checked first and one bad line means nothing changes, with a report naming each bad line,
//! column and reason. A target already kept (the same first address) is updated, not added
//! again: importing a file twice changes nothing the second time.

use super::model::{TargetDraft, TargetInput};
use crate::countries::Countries;
use crate::facts::csv_io::{LineError, neutralise, spreadsheet_writer, strip_neutraliser};

pub const COLUMNS: [&str; 11] = ["name", "role", "institution", "country", "area", "language", "time_zone", "emails", "phones", "public", "groups"];

pub const MAX_ROWS: usize = 2_000;

/// One line of an import: the target and the names of the groups it joins.
#[derive(Clone, Debug)]
pub struct Line {
    pub line: u64,
    pub target: TargetDraft,
    pub groups: Vec<String>,
    /// The file's columns: a column it does not have leaves that field of a target already
    /// kept as it is.
    pub present: Vec<&'static str>,
}

fn yes_no(cell: &str) -> Option<bool> {
    match cell.trim().to_lowercase().as_str() {
        "" | "no" | "0" | "false" | "n" | "non" | "nein" | "لا" => Some(false),
        "yes" | "1" | "true" | "y" | "oui" | "sí" | "si" | "ja" | "نعم" => Some(true),
        _ => None,
    }
}

/// Read and check a whole file: every line as a target, or every problem found.
pub fn import(text: &str, countries: &Countries, demo: bool) -> Result<Vec<Line>, Vec<LineError>> {
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
            Some(i) if !index.contains(&i) => index.push(i),
            _ => errors.push(LineError { line: 1, column: None, why: "csv-error-unknown-column".into() }),
        }
    }
    for required in ["name", "country", "language", "emails"] {
        let pos = COLUMNS.iter().position(|c| *c == required).expect("known column");
        if !index.contains(&pos) {
            errors.push(LineError { line: 1, column: Some(required), why: "csv-error-missing-column".into() });
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut lines = Vec::new();
    let mut keys = std::collections::HashSet::new();
    for (n, record) in reader.records().enumerate() {
        let line = record.as_ref().ok().and_then(|r| r.position()).map(|p| p.line()).unwrap_or(n as u64 + 2);
        if n >= MAX_ROWS {
            errors.push(LineError { line, column: None, why: crate::text::Problem { id: "target-csv-too-many", count: Some(MAX_ROWS as i64) } });
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
        let mut input = TargetInput { demo, ..Default::default() };
        let mut groups = Vec::new();
        for (cell, &col) in record.iter().zip(&index) {
            let cell = strip_neutraliser(cell.to_string());
            match COLUMNS[col] {
                "name" => input.name = cell,
                "role" => input.role = cell,
                "institution" => input.institution = cell,
                "country" => input.country = cell,
                "area" => input.area = cell,
                "language" => input.lang = cell,
                "time_zone" => input.time_zone = cell,
                "emails" => input.emails = cell,
                "phones" => input.phones = cell,
                "public" => match yes_no(&cell) {
                    Some(b) => input.public = b,
                    None => errors.push(LineError { line, column: Some("public"), why: "target-error-public".into() }),
                },
                _ => {
                    for name in cell.split(';').map(str::trim).filter(|g| !g.is_empty()) {
                        match super::model::parse_group_name(name) {
                            Ok(g) if !groups.contains(&g) => groups.push(g),
                            Ok(_) => {}
                            Err(_) => errors.push(LineError { line, column: Some("groups"), why: "target-error-group".into() }),
                        }
                    }
                }
            }
        }
        match input.parse(countries) {
            // One line per target: a file naming a target's first address twice is refused.
            Ok(t) if !keys.insert(t.emails[0].as_str().to_string()) => errors.push(LineError { line, column: Some("emails"), why: "target-csv-duplicate".into() }),
            Ok(target) => lines.push(Line { line, target, groups, present: index.iter().map(|&i| COLUMNS[i]).collect() }),
            Err(errs) => errors.extend(errs.into_iter().map(|(field, why)| LineError {
                line,
                column: Some(match field.as_ref() {
                    "lang" => "language",
                    other => COLUMNS.iter().copied().find(|c| *c == other).unwrap_or("name"),
                }),
                why,
            })),
        }
    }
    if lines.is_empty() && errors.is_empty() {
        errors.push(LineError { line: 2, column: None, why: "csv-error-empty".into() });
    }
    if errors.is_empty() { Ok(lines) } else { Err(errors) }
}

/// Targets out, in the columns an import reads: (target, emails, phones, groups).
pub fn export(rows: &[(super::store::Target, Vec<String>, Vec<String>, Vec<String>)]) -> anyhow::Result<Vec<u8>> {
    let mut w = spreadsheet_writer();
    w.write_record(COLUMNS)?;
    for (t, emails, phones, groups) in rows {
        w.write_record([
            neutralise(&t.name),
            neutralise(&t.role),
            neutralise(&t.institution),
            t.country.clone(),
            neutralise(&t.area),
            t.lang.code().to_string(),
            t.time_zone.clone(),
            neutralise(&emails.join("; ")),
            neutralise(&phones.join("; ")),
            if t.public == 1 { "yes" } else { "no" }.to_string(),
            neutralise(&groups.join("; ")),
        ])?;
    }
    Ok(w.into_inner().map_err(|e| anyhow::anyhow!("finishing CSV: {e}"))?)
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "name,institution,country,language,emails,phones,public,groups\n\
        Minister of the Interior,Ministry of the Interior,DE,de,minister@example.org,+49 30 1,yes,EU interior ministries; Germany\n\
        Ministre de l'Intérieur,Ministère de l'Intérieur,FR,fr,ministre@example.org,,no,EU interior ministries\n";

    #[test]
    fn a_good_file_reads_with_its_groups() {
        let lines = import(GOOD, crate::countries::countries(), false).unwrap_err();
        // "+49 30 1" is too short a number: the whole file is refused, naming line and column.
        assert_eq!(lines, vec![LineError { line: 2, column: Some("phones"), why: "target-error-phone".into() }]);
        let fixed = GOOD.replace("+49 30 1,", "+49 30 186810,");
        let lines = import(&fixed, crate::countries::countries(), false).unwrap();
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0].groups, ["EU interior ministries", "Germany"]);
        assert!(lines[0].target.public && !lines[1].target.public);
        assert_eq!(lines[1].target.time_zone, "Europe/Paris");
    }

    #[test]
    fn every_bad_line_is_named_and_nothing_is_read() {
        let bad = "name,country,language,emails,public\n\
            ,DE,de,a@example.org,yes\n\
            B,XX,de,b@example.org,no\n\
            C,DE,de,,no\n\
            D,DE,de,d@example.org,maybe\n\
            E,DE,de,d@example.org,no\n\
            F,DE,de\n";
        let errors = import(bad, crate::countries::countries(), false).unwrap_err();
        let got: Vec<(u64, Option<&str>, &str)> = errors.iter().map(|e| (e.line, e.column, e.why.id)).collect();
        assert_eq!(
            got,
            vec![
                (2, Some("name"), "form-error-required"),
                (3, Some("country"), "country-error"),
                (4, Some("emails"), "target-error-no-email"),
                (5, Some("public"), "target-error-public"),
                (6, Some("emails"), "target-csv-duplicate"),
                (7, None, "csv-error-row"),
            ]
        );
        assert_eq!(import("nom,pays\nx,y\n", crate::countries::countries(), false).unwrap_err().len(), 6, "two unknown columns and four missing");
        assert_eq!(import("name,country,language,emails\n", crate::countries::countries(), false).unwrap_err()[0].why.id, "csv-error-empty");
    }

    #[test]
    fn an_export_reads_back_the_same() {
        let fixed = GOOD.replace("+49 30 1,", "+49 30 186810,").replace("Minister of", "=HYPERLINK(\"x\") Minister of");
        let lines = import(&fixed, crate::countries::countries(), false).unwrap();
        let rows: Vec<_> = lines
            .iter()
            .map(|l| {
                let t = super::super::store::Target {
                    id: "1".parse().unwrap(),
                    campaign_id: "1".parse().unwrap(),
                    name: l.target.name.clone(),
                    role: l.target.role.clone(),
                    institution: l.target.institution.clone(),
                    country: l.target.country.as_str().to_string(),
                    area: l.target.area.clone(),
                    lang: l.target.lang,
                    time_zone: l.target.time_zone.clone(),
                    public: i64::from(l.target.public),
                    demo: 0,
                    updated_at: 0,
                };
                (t, l.target.emails.iter().map(|e| e.as_str().to_string()).collect(), l.target.phones.iter().map(|p| p.as_str().to_string()).collect(), l.groups.clone())
            })
            .collect();
        let out = String::from_utf8(export(&rows).unwrap()).unwrap();
        assert!(out.contains("'=HYPERLINK"), "a formula is neutralised: {out}");
        let again = import(&out, crate::countries::countries(), false).unwrap();
        assert_eq!(again.iter().map(|l| &l.target).collect::<Vec<_>>(), lines.iter().map(|l| &l.target).collect::<Vec<_>>());
    }
}
