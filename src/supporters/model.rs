//! Supporter domain types: what a form's text must be to become one.

use crate::text;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SupporterId(pub i64);

impl SupporterId {
    /// A fresh random id. Ids are made here, not by the database, because the row id is part of
    /// every field's encryption and must be known before the row is written.
    pub fn generate() -> SupporterId {
        let bytes = crate::crypto::random_bytes::<8>();
        SupporterId((u64::from_be_bytes(bytes) >> 1) as i64 | 1)
    }
}

/// An email address, normalised: trimmed and lower-cased, so that "Amal@Example.org " and
/// "amal@example.org" are one person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    pub fn parse(input: &str) -> Result<Email, &'static str> {
        let value = input.trim().to_lowercase();
        if value.is_empty() {
            return Err("form-error-required");
        }
        if value.chars().count() > 254 {
            return Err("email-error");
        }
        let Some((local, domain)) = value.rsplit_once('@') else { return Err("email-error") };
        let ok_char = |c: char| !c.is_whitespace() && !c.is_control() && !matches!(c, '<' | '>' | '"' | '(' | ')' | ',' | ';' | '\\' | '[' | ']');
        let bidi = |c: char| matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
        if local.is_empty() || local.len() > 64 || local.contains('@') || !local.chars().all(ok_char) || value.chars().any(bidi) {
            return Err("email-error");
        }
        let labels: Vec<&str> = domain.split('.').collect();
        if labels.len() < 2
            || labels.iter().any(|l| l.is_empty() || l.len() > 63 || l.starts_with('-') || l.ends_with('-'))
            || !domain.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '.')
        {
            return Err("email-error");
        }
        Ok(Email(value))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A person's name as they wrote it: one line, at most 100 characters, no bidi controls.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonName(String);

impl PersonName {
    pub fn parse(input: &str) -> Result<PersonName, &'static str> {
        text::single_line(input, 100, true).map(PersonName).map_err(|e| e.message_id())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An ISO 3166-1 alpha-2 country code, upper case (its list and names come with the forms).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CountryCode(String);

impl CountryCode {
    pub fn parse(input: &str) -> Result<CountryCode, &'static str> {
        let value = input.trim().to_ascii_uppercase();
        if value.len() == 2 && value.bytes().all(|b| b.is_ascii_uppercase()) {
            Ok(CountryCode(value))
        } else {
            Err("country-error")
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_normalised_and_checked() {
        assert_eq!(Email::parse("  Amal.Haddad@Example.ORG ").unwrap().as_str(), "amal.haddad@example.org");
        assert_eq!(Email::parse("نور@مثال.شبكة").unwrap().as_str(), "نور@مثال.شبكة");
        for bad in ["", "amal", "amal@", "@example.org", "a b@example.org", "amal@example", "amal@-x.org", "a@b@c.org", "a\u{202E}@x.org", "a<b>@x.org", &format!("{}@x.org", "a".repeat(65))] {
            assert!(Email::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn names_and_countries() {
        assert_eq!(PersonName::parse(" نور الهدى ").unwrap().as_str(), "نور الهدى");
        assert_eq!(PersonName::parse("x\u{202E}y"), Err("form-error-bidi"));
        assert_eq!(PersonName::parse(""), Err("form-error-required"));
        assert_eq!(CountryCode::parse("sy").unwrap().as_str(), "SY");
        assert!(CountryCode::parse("SYR").is_err());
        assert!(CountryCode::parse("s1").is_err());
    }

    #[test]
    fn ids_are_positive_and_differ() {
        let a = SupporterId::generate();
        assert!(a.0 > 0);
        assert_ne!(a, SupporterId::generate());
    }
}
