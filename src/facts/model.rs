//! Fact domain types. Values are kept as exact decimal text ("30000", "1.25"): a figure read
//! from a source must come back exactly as it was written, which floating point cannot promise.

use serde::Serialize;

use crate::i18n::Lang;
use crate::text::{self, Invalid};

crate::row_id!(
    /// A fact series.
    SeriesId
);

crate::row_id!(
    /// A point of a fact series.
    PointId
);

/// What a series counts or measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Unit {
    People,
    Households,
    Count,
    Percent,
    Currency,
    CurrencyPerLitre,
    CurrencyPerKg,
}

impl Unit {
    pub const ALL: [Unit; 7] =
        [Unit::People, Unit::Households, Unit::Count, Unit::Percent, Unit::Currency, Unit::CurrencyPerLitre, Unit::CurrencyPerKg];

    pub fn code(self) -> &'static str {
        match self {
            Unit::People => "people",
            Unit::Households => "households",
            Unit::Count => "count",
            Unit::Percent => "percent",
            Unit::Currency => "currency",
            Unit::CurrencyPerLitre => "currency-per-litre",
            Unit::CurrencyPerKg => "currency-per-kg",
        }
    }

    pub fn parse(s: &str) -> Option<Unit> {
        Unit::ALL.into_iter().find(|u| u.code() == s)
    }

    pub fn needs_currency(self) -> bool {
        matches!(self, Unit::Currency | Unit::CurrencyPerLitre | Unit::CurrencyPerKg)
    }

    /// Counts of people or things cannot be negative; a percentage (a change) can.
    pub fn allows_negative(self) -> bool {
        self == Unit::Percent
    }

    /// Fluent id that formats `$value` (and `$currency`) in this unit.
    pub fn message_id(self) -> &'static str {
        match self {
            Unit::People => "unit-people",
            Unit::Households => "unit-households",
            Unit::Count => "unit-count",
            Unit::Percent => "unit-percent",
            Unit::Currency => "unit-currency",
            Unit::CurrencyPerLitre => "unit-currency-per-litre",
            Unit::CurrencyPerKg => "unit-currency-per-kg",
        }
    }

    /// Fluent id of the unit's name in the form's list.
    pub fn name_id(self) -> String {
        format!("unit-name-{}", self.code())
    }
}

/// How the figure relates to the truth: exact, about, at least, at most, or between two values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Qualifier {
    Exact,
    About,
    MoreThan,
    UpTo,
    Range,
}

impl Qualifier {
    pub const ALL: [Qualifier; 5] = [Qualifier::Exact, Qualifier::About, Qualifier::MoreThan, Qualifier::UpTo, Qualifier::Range];

    pub fn code(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::About => "about",
            Qualifier::MoreThan => "more-than",
            Qualifier::UpTo => "up-to",
            Qualifier::Range => "range",
        }
    }

    pub fn parse(s: &str) -> Option<Qualifier> {
        Qualifier::ALL.into_iter().find(|q| q.code() == s)
    }

    /// Fluent id that wraps a formatted value (`$value`, and `$low` for ranges).
    pub fn message_id(self) -> &'static str {
        match self {
            Qualifier::Exact => "qualifier-exact",
            Qualifier::About => "qualifier-about",
            Qualifier::MoreThan => "qualifier-more-than",
            Qualifier::UpTo => "qualifier-up-to",
            Qualifier::Range => "qualifier-range",
        }
    }

    pub fn name_id(self) -> String {
        format!("qualifier-name-{}", self.code())
    }
}

/// An exact decimal number, as ASCII text without grouping: `-?digits(.digits)?`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Amount(String);

impl Amount {
    /// Accepts Latin or Arabic-Indic digits, `.` or `٫` as the decimal mark, and thousands
    /// grouped by `,` or `٬` only when the groups are well formed (so "1,25" is refused rather
    /// than guessed at).
    pub fn parse(input: &str) -> Result<Amount, &'static str> {
        let mut s = String::new();
        for c in input.trim().chars() {
            match c {
                '٠'..='٩' => s.push(char::from(b'0' + (c as u32 - '٠' as u32) as u8)),
                '۰'..='۹' => s.push(char::from(b'0' + (c as u32 - '۰' as u32) as u8)),
                '٫' => s.push('.'),
                '٬' => s.push(','),
                '−' => s.push('-'),
                ' ' | '\u{a0}' | '\u{202f}' => {}
                c => s.push(c),
            }
        }
        if s.is_empty() {
            return Err("fact-error-value-required");
        }
        let (negative, body) = match s.strip_prefix('-') {
            Some(rest) => (true, rest.to_string()),
            None => (false, s.clone()),
        };
        let (int, frac) = match body.split_once('.') {
            Some((i, f)) => (i.to_string(), Some(f.to_string())),
            None => (body.clone(), None),
        };
        let int = if int.contains(',') {
            let groups: Vec<&str> = int.split(',').collect();
            let ok = !groups[0].is_empty() && groups[0].len() <= 3 && groups[1..].iter().all(|g| g.len() == 3);
            if !ok {
                return Err("fact-error-value");
            }
            groups.concat()
        } else {
            int
        };
        let digits_ok = |d: &str| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit());
        if !digits_ok(&int) || frac.as_deref().is_some_and(|f| !digits_ok(f)) {
            return Err("fact-error-value");
        }
        if int.len() > 15 || frac.as_deref().is_some_and(|f| f.len() > 6) {
            return Err("fact-error-value-size");
        }
        let int = int.trim_start_matches('0');
        let int = if int.is_empty() { "0" } else { int };
        let frac = frac.map(|f| f.trim_end_matches('0').to_string()).filter(|f| !f.is_empty());
        let mut out = String::new();
        let zero = int == "0" && frac.is_none();
        if negative && !zero {
            out.push('-');
        }
        out.push_str(int);
        if let Some(f) = frac {
            out.push('.');
            out.push_str(&f);
        }
        Ok(Amount(out))
    }

    /// Stored text, which must be canonical: anything else is an error naming it, never a
    /// figure shown as read.
    pub fn from_db(s: String) -> anyhow::Result<Amount> {
        match Amount::parse(&s) {
            Ok(a) if a.0 == s => Ok(a),
            _ => anyhow::bail!("stored amount {s:?} is not a number in canonical form"),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn is_negative(&self) -> bool {
        self.0.starts_with('-')
    }

    /// For drawing only; never for storing or printing.
    pub fn to_f64(&self) -> f64 {
        self.0.parse().unwrap_or(0.0)
    }
}

/// A calendar date, `YYYY-MM-DD`, stored as that text (it sorts as it should).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day(jiff::civil::Date);

impl Day {
    pub fn parse(input: &str) -> Result<Day, &'static str> {
        let s: String = input
            .trim()
            .chars()
            .map(|c| match c {
                '٠'..='٩' => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
                c => c,
            })
            .collect();
        if s.is_empty() {
            return Err("fact-error-date-required");
        }
        let date: jiff::civil::Date = s.parse().map_err(|_| "fact-error-date")?;
        if s.len() != 10 || date.year() < 1900 {
            return Err("fact-error-date");
        }
        // A date this far ahead is a slip of the keyboard (9999-12-31), not a plan.
        if date.year() > 2100 {
            return Err("fact-error-date-far");
        }
        Ok(Day(date))
    }

    pub fn today() -> Day {
        Day(jiff::Timestamp::now().to_zoned(jiff::tz::TimeZone::UTC).date())
    }

    pub fn iso(&self) -> String {
        self.0.to_string()
    }

    /// Days since 1970-01-01 (for placing points on a chart's time axis).
    pub fn ordinal(&self) -> i64 {
        i64::from(self.0.since(jiff::civil::date(1970, 1, 1)).map(|s| s.get_days()).unwrap_or(0))
    }

    /// Seconds since the epoch at noon UTC, for the date formatter.
    pub fn epoch_seconds(&self) -> i64 {
        self.ordinal() * 86_400 + 43_200
    }
}

/// Where a figure comes from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Source {
    pub title: String,
    pub publisher: String,
    pub url: String,
    /// `YYYY-MM-DD` or "" when unknown.
    pub published: String,
}

/// One data point of a series, as it stands now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Point {
    pub value: Amount,
    /// The lower bound, for ranges only.
    pub low: Option<Amount>,
    pub qualifier: Qualifier,
    pub day: Day,
    pub source: Source,
    pub note: String,
}

/// A point as typed into a form or a CSV row, kept as typed so a failed form comes back filled.
#[derive(Clone, Debug, Default)]
pub struct PointInput {
    pub value: String,
    pub low: String,
    pub qualifier: String,
    pub day: String,
    pub source_title: String,
    pub source_publisher: String,
    pub source_url: String,
    pub source_published: String,
    pub note: String,
}

pub(crate) fn check_url(input: &str) -> Result<String, text::Problem> {
    let url = input.trim();
    if url.is_empty() {
        return Ok(String::new());
    }
    let lower = url.to_ascii_lowercase();
    let rest = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://")).ok_or("fact-error-url")?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    // No user:password@ before the host (a link that reads as one site and goes to another),
    // and no invisible or direction-changing character anywhere.
    let invisible = |c: char| matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}' | '\u{061C}' | '\u{00AD}');
    if host.is_empty() || !host.contains('.') && !host.starts_with('[') || host.contains('@') || url.chars().any(|c| c.is_whitespace() || c.is_control() || invisible(c)) {
        return Err("fact-error-url".into());
    }
    let max = PointInput::max_chars("source_url");
    if url.chars().count() > max {
        return Err(text::TextError::TooLong(max).into());
    }
    Ok(url.to_string())
}

impl PointInput {
    /// The most characters a field takes: the form's `maxlength` and the check agree.
    pub fn max_chars(field: &str) -> usize {
        match field {
            "source_title" => 300,
            "source_publisher" => 200,
            "source_url" => 2000,
            "value" | "low" => 40,
            "day" | "source_published" => 10,
            _ => 500,
        }
    }

    /// Check every field against the series' unit and today's date.
    pub fn parse(&self, unit: Unit, today: Day) -> Result<Point, Invalid> {
        let mut errors = Invalid::new();
        let qualifier = match Qualifier::parse(self.qualifier.trim()) {
            Some(q) => q,
            None if self.qualifier.trim().is_empty() => Qualifier::Exact,
            None => {
                errors.add("qualifier", "fact-error-qualifier");
                Qualifier::Exact
            }
        };
        let value = match Amount::parse(&self.value) {
            Ok(v) => Some(v),
            Err(e) => {
                errors.add("value", e);
                None
            }
        };
        if let Some(v) = &value {
            if v.is_negative() && !unit.allows_negative() {
                errors.add("value", "fact-error-negative");
            }
        }
        let low = if qualifier == Qualifier::Range {
            match Amount::parse(&self.low) {
                Ok(l) => {
                    if l.is_negative() && !unit.allows_negative() {
                        errors.add("low", "fact-error-negative");
                    } else if value.as_ref().is_some_and(|v| l.to_f64() >= v.to_f64()) {
                        errors.add("low", "fact-error-range");
                    }
                    Some(l)
                }
                Err(e) => {
                    errors.add("low", e);
                    None
                }
            }
        } else {
            if !self.low.trim().is_empty() {
                errors.add("low", "fact-error-low-without-range");
            }
            None
        };
        let day = match Day::parse(&self.day) {
            Ok(d) => Some(d),
            Err(e) => {
                errors.add("day", e);
                None
            }
        };
        if day.is_some_and(|d| d > today) {
            errors.add("day", "fact-error-future");
        }
        let mut text_field = |name: &'static str, value: &str, max: usize, required: bool| -> String {
            match text::single_line(value, max, required) {
                Ok(v) => v,
                Err(e) => {
                    errors.add(name, e);
                    String::new()
                }
            }
        };
        let source_title = text_field("source_title", &self.source_title, PointInput::max_chars("source_title"), true);
        let source_publisher = text_field("source_publisher", &self.source_publisher, PointInput::max_chars("source_publisher"), false);
        let note = text_field("note", &self.note, PointInput::max_chars("note"), false);
        let source_url = check_url(&self.source_url).map_err(|e| errors.add("source_url", e)).unwrap_or_default();
        let source_published = if self.source_published.trim().is_empty() {
            String::new()
        } else {
            match Day::parse(&self.source_published) {
                Ok(d) if d > today => {
                    errors.add("source_published", "fact-error-future");
                    String::new()
                }
                Ok(d) => d.iso(),
                Err(e) => {
                    errors.add("source_published", e);
                    String::new()
                }
            }
        };
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Point {
            value: value.expect("checked above"),
            low,
            qualifier,
            day: day.expect("checked above"),
            source: Source { title: source_title, publisher: source_publisher, url: source_url, published: source_published },
            note,
        })
    }

    pub fn from_point(p: &Point) -> PointInput {
        PointInput {
            value: p.value.as_str().to_string(),
            low: p.low.as_ref().map(|l| l.as_str().to_string()).unwrap_or_default(),
            qualifier: p.qualifier.code().to_string(),
            day: p.day.iso(),
            source_title: p.source.title.clone(),
            source_publisher: p.source.publisher.clone(),
            source_url: p.source.url.clone(),
            source_published: p.source.published.clone(),
            note: p.note.clone(),
        }
    }

    pub fn get(&self, field: &str) -> &str {
        match field {
            "value" => &self.value,
            "low" => &self.low,
            "qualifier" => &self.qualifier,
            "day" => &self.day,
            "source_title" => &self.source_title,
            "source_publisher" => &self.source_publisher,
            "source_url" => &self.source_url,
            "source_published" => &self.source_published,
            "note" => &self.note,
            _ => "",
        }
    }
}

/// A series' settings as typed: unit, currency, whether it is a headline, its position.
#[derive(Clone, Debug, Default)]
pub struct SeriesInput {
    pub unit: String,
    pub currency: String,
    pub headline: bool,
    pub position: String,
    /// Label and place per language, as typed.
    pub texts: Vec<(Lang, String, String)>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SeriesSettings {
    pub unit: Unit,
    /// ISO 4217 code, for currency units only.
    pub currency: Option<String>,
    pub headline: bool,
    pub position: i64,
    /// Label and place per language; languages left empty are absent.
    pub texts: Vec<(Lang, String, String)>,
}

impl SeriesInput {
    /// `default_lang` must have a label: it is what every reader falls back to.
    pub fn parse(&self, default_lang: Lang) -> Result<SeriesSettings, Invalid> {
        let mut errors = Invalid::new();
        let unit = match Unit::parse(self.unit.trim()) {
            Some(u) => Some(u),
            None => {
                errors.add("unit", "fact-error-unit");
                None
            }
        };
        let currency = self.currency.trim().to_ascii_uppercase();
        let currency = match unit {
            Some(u) if u.needs_currency() => {
                if currency.len() == 3 && currency.bytes().all(|b| b.is_ascii_uppercase()) {
                    Some(currency)
                } else {
                    errors.add("currency", "fact-error-currency");
                    None
                }
            }
            _ => None,
        };
        let position = if self.position.trim().is_empty() {
            0
        } else {
            match self.position.trim().parse::<i64>() {
                Ok(p) if (0..=10_000).contains(&p) => p,
                _ => {
                    errors.add("position", "fact-error-position");
                    0
                }
            }
        };
        let mut texts = Vec::new();
        for (lang, label, place) in &self.texts {
            let (label_field, place_field) = (format!("label_{lang}"), format!("place_{lang}"));
            let required = *lang == default_lang;
            let label = text::single_line(label, 200, required).map_err(|e| errors.add(label_field, e)).unwrap_or_default();
            let place = text::single_line(place, 200, false).map_err(|e| errors.add(place_field, e)).unwrap_or_default();
            if !label.is_empty() || !place.is_empty() {
                texts.push((*lang, label, place));
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(SeriesSettings { unit: unit.expect("checked above"), currency, headline: self.headline, position, texts })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts() {
        for (input, want) in [
            ("30000", "30000"),
            ("30,000", "30000"),
            ("1,400,000", "1400000"),
            ("٣٠٬٠٠٠", "30000"),
            ("١٫٢٥", "1.25"),
            ("0012.500", "12.5"),
            ("-3.5", "-3.5"),
            ("-0", "0"),
            (" 7 ", "7"),
        ] {
            assert_eq!(Amount::parse(input).unwrap().as_str(), want, "{input}");
        }
        for bad in ["", "1,25", "12,34,567", "abc", "1.2.3", "1e6", "--1", "١٢x", "1234567890123456", "1.1234567", ".5", "5."] {
            assert!(Amount::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn days() {
        assert_eq!(Day::parse("2019-12-27").unwrap().iso(), "2019-12-27");
        assert_eq!(Day::parse("٢٠١٩-١٢-٢٧").unwrap().iso(), "2019-12-27");
        for bad in ["", "2019-13-01", "2019-02-30", "27/12/2019", "1800-01-01", "2019-1-2", "9999-12-31", "2101-01-01"] {
            assert!(Day::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(Day::parse("1970-01-02").unwrap().ordinal(), 1);
    }

    fn input() -> PointInput {
        PointInput {
            value: "30000".into(),
            qualifier: "up-to".into(),
            day: "2019-12-27".into(),
            source_title: "Defend Idlib!".into(),
            source_url: "http://www.thecommunists.net".into(),
            ..Default::default()
        }
    }

    #[test]
    fn points_are_checked() {
        let today = Day::parse("2026-11-26").unwrap();
        let p = input().parse(Unit::People, today).unwrap();
        assert_eq!(p.qualifier, Qualifier::UpTo);
        let errs = |i: PointInput, u: Unit| i.parse(u, today).unwrap_err().ids().into_iter().map(|(f, id)| (&*f.to_string().leak(), id)).collect::<Vec<(&str, &str)>>();
        assert_eq!(errs(PointInput { day: "2027-01-01".into(), ..input() }, Unit::People), vec![("day", "fact-error-future")]);
        assert_eq!(errs(PointInput { value: "-5".into(), ..input() }, Unit::People), vec![("value", "fact-error-negative")]);
        assert!(PointInput { value: "-5".into(), ..input() }.parse(Unit::Percent, today).is_ok());
        assert_eq!(errs(PointInput { source_url: "javascript:alert(1)".into(), ..input() }, Unit::People), vec![("source_url", "fact-error-url")]);
        assert_eq!(errs(PointInput { source_url: "ftp://x.org/a".into(), ..input() }, Unit::People), vec![("source_url", "fact-error-url")]);
        assert_eq!(errs(PointInput { source_title: "".into(), ..input() }, Unit::People), vec![("source_title", "form-error-required")]);
        assert_eq!(
            errs(PointInput { qualifier: "range".into(), low: "40000".into(), ..input() }, Unit::People),
            vec![("low", "fact-error-range")]
        );
        assert_eq!(errs(PointInput { low: "10".into(), ..input() }, Unit::People), vec![("low", "fact-error-low-without-range")]);
        let r = PointInput { qualifier: "range".into(), low: "20000".into(), ..input() }.parse(Unit::People, today).unwrap();
        assert_eq!(r.low.unwrap().as_str(), "20000");
        assert_eq!(errs(PointInput { note: "a\u{202E}b".into(), ..input() }, Unit::People), vec![("note", "form-error-bidi")]);
    }

    #[test]
    fn series_settings() {
        let ok = SeriesInput { unit: "people".into(), texts: vec![(Lang::En, "Displaced".into(), "Idlib".into()), (Lang::Ar, "".into(), "".into())], ..Default::default() };
        let s = ok.parse(Lang::En).unwrap();
        assert_eq!(s.texts.len(), 1);
        assert_eq!(ok.parse(Lang::Ar).unwrap_err().ids(), vec![("label_ar", "form-error-required")]);
        let no_unit = SeriesInput { unit: "".into(), texts: vec![(Lang::En, "x".into(), "".into())], ..Default::default() };
        assert_eq!(no_unit.parse(Lang::En).unwrap_err().ids(), vec![("unit", "fact-error-unit")]);
        let cur = SeriesInput { unit: "currency-per-litre".into(), currency: "syp".into(), texts: vec![(Lang::En, "Fuel".into(), "".into())], ..Default::default() };
        assert_eq!(cur.parse(Lang::En).unwrap().currency.as_deref(), Some("SYP"));
        let bad = SeriesInput { currency: "pounds".into(), ..cur };
        assert_eq!(bad.parse(Lang::En).unwrap_err().ids(), vec![("currency", "fact-error-currency")]);
    }
}
