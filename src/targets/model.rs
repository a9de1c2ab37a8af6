//! Decision-makers ("targets"): the people whom letters and calls reach, kept by coordinators
//! per campaign. A target is reached in their own language and by the clock of their own time
//! zone (letters are spread over their working hours), so both are part of a target. Their
//! addresses and numbers are personal data even when the office is public: they are kept
//! encrypted, and only the name, role and institution of a target marked public are shown.

use crate::countries::{CountryCode, Countries};
use crate::i18n::Lang;
use crate::supporters::model::Email;
use crate::text::{self, Invalid};

crate::row_id!(
    /// A decision-maker kept by a campaign.
    TargetId
);

crate::row_id!(
    /// A named group of targets ("the interior ministries of the EU states").
    GroupId
);

pub const NAME_MAX: usize = 120;
pub const ROLE_MAX: usize = 160;
pub const INSTITUTION_MAX: usize = 160;
pub const AREA_MAX: usize = 120;
pub const GROUP_MAX: usize = 120;
/// Addresses and numbers per target: an office, a private secretary, a constituency office.
pub const MAX_EMAILS: usize = 5;
pub const MAX_PHONES: usize = 5;
/// The most decision-makers a campaign keeps: every form that picks among them lists them all.
pub const MAX_TARGETS: usize = 5_000;

/// A target's form as typed (also one CSV line, once read).
#[derive(Clone, Debug, Default)]
pub struct TargetInput {
    pub name: String,
    pub role: String,
    pub institution: String,
    pub country: String,
    pub area: String,
    pub lang: String,
    pub time_zone: String,
    /// Addresses separated by new lines, commas, semicolons or spaces.
    pub emails: String,
    pub phones: String,
    pub public: bool,
    pub demo: bool,
}

/// A phone number in international form: `+` and 6 to 15 digits.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Phone(String);

impl Phone {
    /// Spaces, dots, dashes and brackets are dropped; Arabic-Indic digits read as digits; a
    /// number must start with `+` or `00` (a target may be called from any country).
    pub fn parse(input: &str) -> Result<Phone, &'static str> {
        let digits: String = input
            .trim()
            .chars()
            .map(ascii_digit)
            .filter(|c| !matches!(c, ' ' | '.' | '-' | '(' | ')' | '/' | '\u{a0}' | '\u{202f}'))
            .collect();
        let rest = digits.strip_prefix('+').or_else(|| digits.strip_prefix("00")).ok_or("target-error-phone")?;
        if (6..=15).contains(&rest.len()) && rest.bytes().all(|b| b.is_ascii_digit()) && !rest.starts_with('0') {
            Ok(Phone(format!("+{rest}")))
        } else {
            Err("target-error-phone")
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

fn ascii_digit(c: char) -> char {
    match c {
        '٠'..='٩' => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
        '۰'..='۹' => char::from(b'0' + (c as u32 - '۰' as u32) as u8),
        c => c,
    }
}

/// A target, checked: what the store keeps.
#[derive(Clone, Debug, PartialEq)]
pub struct TargetDraft {
    pub name: String,
    pub role: String,
    pub institution: String,
    pub country: CountryCode,
    pub area: String,
    pub lang: Lang,
    /// An IANA zone, as the time zone database spells it.
    pub time_zone: String,
    /// At least one: a letter needs somewhere to go. The first is the target's key on import.
    pub emails: Vec<Email>,
    pub phones: Vec<Phone>,
    pub public: bool,
    pub demo: bool,
}

fn split_list(input: &str) -> impl Iterator<Item = &str> {
    input.split(['\n', '\r', ',', ';', '،', '؛']).map(str::trim).filter(|s| !s.is_empty())
}

impl TargetInput {
    /// Check every field; `Err` names each bad one with its reason.
    pub fn parse(&self, countries: &Countries) -> Result<TargetDraft, Invalid> {
        let mut errors = Invalid::new();
        let name = errors.take("name", text::single_line(&self.name, NAME_MAX, true));
        let role = errors.take("role", text::single_line(&self.role, ROLE_MAX, false));
        let institution = errors.take("institution", text::single_line(&self.institution, INSTITUTION_MAX, false));
        let area = errors.take("area", text::single_line(&self.area, AREA_MAX, false));
        let country = match countries.parse(&self.country) {
            Ok(c) => Some(c),
            Err(_) if self.country.trim().is_empty() => {
                errors.add("country", "form-error-required");
                None
            }
            Err(e) => {
                errors.add("country", e);
                None
            }
        };
        let lang = match Lang::parse(self.lang.trim()) {
            Some(l) => Some(l),
            None => {
                errors.add("lang", if self.lang.trim().is_empty() { "form-error-required" } else { "target-error-lang" });
                None
            }
        };
        // A blank zone is the country's main one.
        let typed_zone = self.time_zone.trim();
        let zone_name = if typed_zone.is_empty() { country.as_ref().and_then(|c| crate::places::main_zone(c.as_str())).unwrap_or("").to_string() } else { typed_zone.to_string() };
        let time_zone = match crate::events::model::zone(&zone_name) {
            Some(z) => crate::events::model::zone_name(&z, &zone_name),
            None => {
                if country.is_some() || !typed_zone.is_empty() {
                    errors.add("time_zone", if zone_name.is_empty() { "form-error-required" } else { "event-error-time-zone" });
                }
                String::new()
            }
        };
        let mut emails = Vec::new();
        for typed in split_list(&self.emails).flat_map(|s| s.split_whitespace()) {
            match Email::parse(typed) {
                Ok(e) if !emails.contains(&e) => emails.push(e),
                Ok(_) => {}
                Err(_) => {
                    errors.add("emails", "target-error-email");
                    break;
                }
            }
        }
        if emails.is_empty() && errors.iter().all(|(f, _)| f != "emails") {
            errors.add("emails", "target-error-no-email");
        }
        if emails.len() > MAX_EMAILS {
            errors.add("emails", crate::text::Problem { id: "target-error-too-many", count: Some(MAX_EMAILS as i64) });
        }
        let mut phones = Vec::new();
        for typed in split_list(&self.phones) {
            match Phone::parse(typed) {
                Ok(p) if !phones.contains(&p) => phones.push(p),
                Ok(_) => {}
                Err(e) => {
                    errors.add("phones", e);
                    break;
                }
            }
        }
        if phones.len() > MAX_PHONES {
            errors.add("phones", crate::text::Problem { id: "target-error-too-many", count: Some(MAX_PHONES as i64) });
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(TargetDraft {
            name,
            role,
            institution,
            country: country.expect("checked"),
            area,
            lang: lang.expect("checked"),
            time_zone,
            emails,
            phones,
            public: self.public,
            demo: self.demo,
        })
    }
}

/// A group's name, checked.
pub fn parse_group_name(input: &str) -> Result<String, Invalid> {
    let mut errors = Invalid::new();
    let name = errors.take("group", text::single_line(input, GROUP_MAX, true));
    // A semicolon separates groups in the CSV: a name with one would come back as two.
    if name.contains([';', '\u{037E}']) {
        errors.add("group", "target-error-group-semicolon");
    }
    errors.or(|| name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_group_name_with_a_semicolon_is_refused_as_the_csv_would_split_it() {
        assert!(parse_group_name("EU; interior").is_err());
        assert!(parse_group_name("EU\u{037E} interior").is_err(), "a Greek question mark looks like one");
        assert_eq!(parse_group_name("EU interior ministries").unwrap(), "EU interior ministries");
    }

    fn input() -> TargetInput {
        TargetInput {
            name: "Federal Minister of the Interior".into(),
            institution: "Bundesministerium des Innern".into(),
            country: "de".into(),
            lang: "de".into(),
            emails: "minister@example.org; Buero@Example.org\nminister@example.org".into(),
            phones: "+49 30 18681-0, ٠٠٤٩٣٠١٢٣٤٥٦".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_target_is_checked_and_normalised() {
        let d = input().parse(crate::countries::countries()).unwrap();
        assert_eq!(d.country.as_str(), "DE");
        assert_eq!(d.time_zone, "Europe/Berlin", "a blank zone is the country's main one");
        assert_eq!(d.emails.iter().map(|e| e.as_str()).collect::<Vec<_>>(), ["minister@example.org", "buero@example.org"], "deduplicated, lower case");
        assert_eq!(d.phones.iter().map(|p| p.as_str()).collect::<Vec<_>>(), ["+4930186810", "+4930123456"]);
    }

    #[test]
    fn bad_fields_are_each_named() {
        let bad = TargetInput {
            name: " ".into(),
            country: "XX".into(),
            lang: "tlh".into(),
            time_zone: "Mars/Olympus".into(),
            emails: "".into(),
            phones: "030 1234".into(),
            ..Default::default()
        };
        let errors = bad.parse(crate::countries::countries()).unwrap_err();
        let ids = errors.ids();
        for (field, id) in [("name", "form-error-required"), ("country", "country-error"), ("lang", "target-error-lang"), ("time_zone", "event-error-time-zone"), ("emails", "target-error-no-email"), ("phones", "target-error-phone")] {
            assert!(ids.contains(&(field, id)), "{field}: {ids:?}");
        }
        let mut hostile = input();
        hostile.name = format!("a{}", "\u{0301}".repeat(200));
        hostile.emails = "a@example.org\u{202E}".into();
        let errors = hostile.parse(crate::countries::countries()).unwrap_err();
        let ids = errors.ids();
        assert!(ids.iter().any(|(f, _)| *f == "name") && ids.iter().any(|(f, _)| *f == "emails"), "{ids:?}");
        let mut many = input();
        many.emails = (0..6).map(|i| format!("m{i}@example.org")).collect::<Vec<_>>().join(",");
        let errors = many.parse(crate::countries::countries()).unwrap_err();
        assert!(errors.ids().contains(&("emails", "target-error-too-many")));
    }
}
