//! Petition domain types: what a coordinator's form and a supporter's signature must be to be
//! accepted. Errors are Fluent ids, shown beside the field with what was typed.

use crate::countries::Countries;
use crate::supporters::model::{CountryCode, Email, PersonName};
use crate::campaigns::model::CampaignId;
use crate::text::{self, Invalid};

crate::row_id!(
    /// A petition.
    PetitionId
);

crate::row_id!(
    /// A signature: one supporter on one petition.
    SignatureId
);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Draft,
    Open,
    Closed,
}

impl Status {
    pub fn code(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Open => "open",
            Status::Closed => "closed",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        [Status::Draft, Status::Open, Status::Closed].into_iter().find(|st| st.code() == s)
    }

    /// Fluent id of the status's name.
    pub fn label_id(self) -> &'static str {
        match self {
            Status::Draft => "petition-status-draft",
            Status::Open => "petition-status-open",
            Status::Closed => "petition-status-closed",
        }
    }
}

crate::stored_code!(Status, "petition status", Status::parse, Status::code);

#[derive(Clone, Debug)]
pub struct Petition {
    pub id: PetitionId,
    pub campaign_id: CampaignId,
    pub slug: String,
    pub goal: i64,
    pub status: Status,
    pub created_at: i64,
    pub opened_at: Option<i64>,
    pub closed_at: Option<i64>,
}

/// A petition's texts in one language.
#[derive(Clone, Debug, Default)]
pub struct PetitionText {
    pub title: String,
    pub addressee: String,
    pub body_md: String,
    pub body_html: String,
    pub revision: i64,
    pub updated_at: i64,
}

pub const TITLE_MAX: usize = 200;
pub const ADDRESSEE_MAX: usize = 200;
pub const BODY_MAX: usize = 20_000;
pub const GOAL_MAX: i64 = 1_000_000_000;

/// The goal a coordinator typed: a whole number from 1 to a billion (digits only; spaces and
/// thousands separators are forgiven).
pub fn parse_goal(input: &str) -> Result<i64, &'static str> {
    let digits: String = input.chars().filter(|c| !matches!(c, ' ' | ',' | '.' | '٬' | '\u{a0}' | '\u{202f}')).collect();
    if digits.is_empty() {
        return Err("form-error-required");
    }
    // Arabic-Indic digits are digits too.
    let mut value: i64 = 0;
    for c in digits.chars() {
        let d = match c {
            '0'..='9' => c as i64 - '0' as i64,
            '٠'..='٩' => c as i64 - '٠' as i64,
            _ => return Err("petition-error-goal"),
        };
        value = value.saturating_mul(10).saturating_add(d);
    }
    if !(1..=GOAL_MAX).contains(&value) {
        return Err("petition-error-goal");
    }
    Ok(value)
}

/// The text form as typed.
#[derive(Clone, Debug, Default)]
pub struct TextInput {
    pub title: String,
    pub addressee: String,
    pub body_md: String,
}

impl TextInput {
    pub fn parse(&self) -> Result<PetitionText, Invalid> {
        let mut errors = Invalid::new();
        let title = errors.take("title", text::single_line(&self.title, TITLE_MAX, true));
        let addressee = errors.take("addressee", text::single_line(&self.addressee, ADDRESSEE_MAX, true));
        let body_md = errors.take("body", text::multi_line(&self.body_md, BODY_MAX, true));
        errors.or(|| {
            let body_html = text::markdown_to_html(&body_md);
            PetitionText { title, addressee, body_md, body_html, revision: 0, updated_at: 0 }
        })
    }
}

pub const CITY_MAX: usize = 100;
pub const COMMENT_MAX: usize = 500;

/// A signature as the form sent it, kept as typed so that a refused form comes back filled.
#[derive(Clone, Debug, Default)]
pub struct SignInput {
    pub name: String,
    pub email: String,
    pub country: String,
    pub city: String,
    pub comment: String,
    pub consent: bool,
    /// The box for the partner organisation whose page brought the signer.
    pub consent_partner: bool,
    /// The partner page's referral code the form carried (checked by the handler).
    pub via: String,
}

/// A signature that passed every check.
#[derive(Clone, Debug)]
pub struct Signing {
    pub name: PersonName,
    pub email: Email,
    pub country: CountryCode,
    pub city: Option<String>,
    pub comment: Option<String>,
    pub consent: bool,
    /// The approved partner organisation whose page brought the signer: credited with the
    /// signature. Set by the handler from the form's referral code, never from the form alone.
    pub partner: Option<crate::staff::OrganisationId>,
    /// Consent to hear from that partner (only with a partner shown on the form).
    pub consent_partner: bool,
}

impl SignInput {
    pub fn from_pairs(pairs: &[(String, String)]) -> SignInput {
        let get = |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.chars().take(5_000).collect()).unwrap_or_default();
        SignInput {
            name: get("name"),
            email: get("email"),
            country: get("country"),
            city: get("city"),
            comment: get("comment"),
            consent: pairs.iter().any(|(k, v)| k == "consent" && v == "yes"),
            consent_partner: pairs.iter().any(|(k, v)| k == "consent_partner" && v == "yes"),
            via: get("via").chars().take(20).collect(),
        }
    }

    pub fn parse(&self, countries: &Countries) -> Result<Signing, Invalid> {
        let mut errors = Invalid::new();
        let name = PersonName::parse(&self.name).map_err(|e| errors.add("name", e));
        let email = Email::parse(&self.email).map_err(|e| errors.add("email", e));
        let country = if self.country.trim().is_empty() {
            errors.add("country", "form-error-required");
            Err(())
        } else {
            countries.parse(&self.country).map_err(|e| errors.add("country", e))
        };
        let city = text::single_line(&self.city, CITY_MAX, false).map_err(|e| errors.add("city", e));
        // A comment is typed in a text area: line breaks become spaces.
        // A browser counts a line break as one character (and sends two): so do we.
        let comment_line = self.comment.replace("\r\n", "\n").replace(['\r', '\n'], " ");
        let comment = text::single_line(&comment_line, COMMENT_MAX, false).map_err(|e| errors.add("comment", e));
        match (name, email, country, city, comment) {
            (Ok(name), Ok(email), Ok(country), Ok(city), Ok(comment)) if errors.is_empty() => Ok(Signing {
                name,
                email,
                country,
                city: Some(city).filter(|c| !c.is_empty()),
                comment: Some(comment).filter(|c| !c.is_empty()),
                consent: self.consent,
                partner: None,
                consent_partner: false,
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn goals() {
        assert_eq!(parse_goal("10,000"), Ok(10_000));
        assert_eq!(parse_goal("١٠٬٠٠٠"), Ok(10_000));
        assert_eq!(parse_goal(""), Err("form-error-required"));
        for bad in ["0", "-5", "1e6", "ten", "99999999999999999999999"] {
            assert_eq!(parse_goal(bad), Err("petition-error-goal"), "{bad}");
        }
    }

    #[test]
    fn signatures_report_every_bad_field() {
        let countries = Countries::load().unwrap();
        let input = SignInput {
            name: "a\u{202E}b".into(),
            email: "not an email".into(),
            country: "XX".into(),
            city: "c".repeat(101),
            comment: "fine\nline".into(),
            ..Default::default()
        };
        let errors = input.parse(&countries).unwrap_err();
        let fields: Vec<_> = errors.iter().map(|(f, _)| f).collect();
        assert_eq!(fields, ["name", "email", "country", "city"]);
        let ok = SignInput { name: " نور ".into(), email: " Nour@Example.ORG".into(), country: "sy".into(), comment: "a\nb".into(), ..Default::default() }
            .parse(&countries)
            .unwrap();
        assert_eq!((ok.name.as_str(), ok.email.as_str(), ok.country.as_str()), ("نور", "nour@example.org", "SY"));
        assert_eq!((ok.city, ok.comment.as_deref(), ok.consent), (None, Some("a b"), false));
    }

    #[test]
    fn petition_texts() {
        let errors = TextInput { title: String::new(), addressee: "x".repeat(201), body_md: "ok".into() }.parse().unwrap_err();
        assert_eq!(errors.ids(), vec![("title", "form-error-required"), ("addressee", "form-error-too-long-n")]);
        let ok = TextInput { title: "T".into(), addressee: "A".into(), body_md: "<script>x</script>\n\n**b**".into() }.parse().unwrap();
        assert!(ok.body_html.contains("<strong>b</strong>") && !ok.body_html.contains("script"));
    }
}
