//! Supporter domain types: what a form's text must be to become one.

use crate::text;

crate::row_id!(
    /// A supporter: the person behind signatures, consents and mail.
    SupporterId
);

impl SupporterId {
    /// A fresh random id. Ids are made here, not by the database, because the row id is part of
    /// every field's encryption and must be known before the row is written.
    pub fn generate() -> SupporterId {
        crate::crypto::new_row_id()
    }
}

/// An email address, normalised so that one mailbox is one person whatever way it is typed:
/// trimmed, in Unicode NFC (a composed and a decomposed "é" are the same letter), lower-cased,
/// and the domain in its canonical IDNA (UTS 46) form, so "Amal@Example.org ", "amal@EXAMPLE.org"
/// and a domain typed in Arabic script or as `xn--` all name one address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    pub fn parse(input: &str) -> Result<Email, &'static str> {
        let nfc = icu_normalizer::ComposingNormalizerBorrowed::new_nfc().normalize(input.trim());
        let value = nfc.to_lowercase();
        if value.is_empty() {
            return Err("form-error-required");
        }
        if value.chars().count() > 254 {
            return Err("email-error");
        }
        let Some((local, domain)) = value.rsplit_once('@') else { return Err("email-error") };
        let ok_char = |c: char| !c.is_whitespace() && !c.is_control() && !matches!(c, '<' | '>' | '"' | '(' | ')' | ',' | ';' | '\\' | '[' | ']');
        // Direction marks and invisible characters: an address that looks like another.
        let bidi = |c: char| matches!(c, '\u{200B}'..='\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}' | '\u{00AD}');
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
        // The canonical form of the domain: through ASCII (punycode) and back to Unicode.
        let ascii = idna::domain_to_ascii(domain).map_err(|_| "email-error")?;
        let (unicode, result) = idna::domain_to_unicode(&ascii);
        result.map_err(|_| "email-error")?;
        if ascii.len() > 253 {
            return Err("email-error");
        }
        Ok(Email(format!("{local}@{unicode}")))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A person's name as they wrote it: one line, at most 100 characters, no bidi controls.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonName(String);

impl PersonName {
    pub fn parse(input: &str) -> Result<PersonName, text::TextError> {
        text::single_line(input, 100, true).map(PersonName)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Countries are shared by every capability; a supporter's country is one of them.
pub use crate::countries::CountryCode;

/// The key under which consent to hear from a campaign's lead organisation is recorded
/// (`lead:{campaign id}`). The coalition's organisations will get keys of their own beside it;
/// every key is made and read here, so its shape lives in one place.
pub fn lead_consent_key(campaign_id: impl std::fmt::Display) -> String {
    format!("lead:{campaign_id}")
}

/// The campaign whose lead organisation a consent key names, if it names one.
pub fn lead_consent_campaign<Id: std::str::FromStr>(key: &str) -> Option<Id> {
    key.strip_prefix("lead:").and_then(|i| i.parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_normalised_and_checked() {
        assert_eq!(Email::parse("  Amal.Haddad@Example.ORG ").unwrap().as_str(), "amal.haddad@example.org");
        assert_eq!(Email::parse("نور@مثال.شبكة").unwrap().as_str(), "نور@مثال.شبكة");
        // One mailbox, however it is typed: NFC, and the domain's canonical IDNA form.
        assert_eq!(Email::parse("Rene\u{301}@Example.org").unwrap(), Email::parse("rené@example.org").unwrap());
        for invisible in ["h18\u{200B}@example.net", "a\u{FEFF}b@example.org", "x\u{2060}@example.org"] {
            assert!(Email::parse(invisible).is_err(), "an address that looks like another: {invisible:?}");
        }
        let ascii = idna::domain_to_ascii("مثال.شبكة").unwrap().to_uppercase();
        assert!(ascii.starts_with("XN--"));
        assert_eq!(Email::parse(&format!("nour@{ascii}")).unwrap(), Email::parse("nour@مثال.شبكة").unwrap());
        assert_eq!(Email::parse("a@ＥＸＡＭＰＬＥ.org").unwrap().as_str(), "a@example.org", "full-width letters map");
        for bad in ["", "amal", "amal@", "@example.org", "a b@example.org", "amal@example", "amal@-x.org", "a@b@c.org", "a\u{202E}@x.org", "a<b>@x.org", &format!("{}@x.org", "a".repeat(65))] {
            assert!(Email::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn names_and_countries() {
        assert_eq!(PersonName::parse(" نور الهدى ").unwrap().as_str(), "نور الهدى");
        assert_eq!(PersonName::parse("x\u{202E}y"), Err(text::TextError::BidiControl));
        assert_eq!(PersonName::parse(""), Err(text::TextError::Required));
        assert_eq!(PersonName::parse("\u{200B}\u{200C}"), Err(text::TextError::Required), "nothing visible");
        assert_eq!(PersonName::parse(&"n".repeat(101)), Err(text::TextError::TooLong(100)));
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
