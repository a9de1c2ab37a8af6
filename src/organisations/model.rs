//! What an endorsement form's text must be to become an organisation of the coalition, and the
//! states an organisation goes through: it endorses (unconfirmed), its contact confirms by mail
//! (pending), a coordinator or moderator approves or rejects it.

use crate::countries::{CountryCode, Countries};
use crate::i18n::Lang;
use crate::supporters::model::{Email, PersonName};
use crate::text::{self, Invalid};

pub use crate::staff::model::OrganisationId;

pub const NAME_MAX: usize = 120;
pub const CITY_MAX: usize = 100;
pub const WEBSITE_MAX: usize = 200;
pub const STATEMENT_MAX: usize = 600;
pub const PAGE_MAX: usize = 8_000;
pub const CALL_MAX: usize = 200;
pub const REASON_MAX: usize = 1_000;

/// What kind of organisation endorses: the public list is grouped by it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Union,
    Community,
    Ngo,
    Party,
    Faith,
    Other,
}

impl Kind {
    pub const ALL: [Kind; 6] = [Kind::Union, Kind::Community, Kind::Ngo, Kind::Party, Kind::Faith, Kind::Other];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Union => "union",
            Kind::Community => "community",
            Kind::Ngo => "ngo",
            Kind::Party => "party",
            Kind::Faith => "faith",
            Kind::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// The Fluent id of one organisation's kind ("a union").
    pub fn label_one_id(self) -> &'static str {
        match self {
            Kind::Union => "org-kind-union-one",
            Kind::Community => "org-kind-community-one",
            Kind::Ngo => "org-kind-ngo-one",
            Kind::Party => "org-kind-party-one",
            Kind::Faith => "org-kind-faith-one",
            Kind::Other => "org-kind-other-one",
        }
    }

    /// The Fluent id of the kind's name (plural, as a heading of the public list).
    pub fn label_id(self) -> &'static str {
        match self {
            Kind::Union => "org-kind-union",
            Kind::Community => "org-kind-community",
            Kind::Ngo => "org-kind-ngo",
            Kind::Party => "org-kind-party",
            Kind::Faith => "org-kind-faith",
            Kind::Other => "org-kind-other",
        }
    }
}

crate::stored_code!(Kind, "organisation kind", Kind::parse, Kind::as_str);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Endorsed; the contact has not yet confirmed from the mail.
    Unconfirmed,
    /// Confirmed by its contact; waiting for a coordinator or moderator.
    Pending,
    Approved,
    Rejected,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Unconfirmed => "unconfirmed",
            Status::Pending => "pending",
            Status::Approved => "approved",
            Status::Rejected => "rejected",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        [Status::Unconfirmed, Status::Pending, Status::Approved, Status::Rejected].into_iter().find(|k| k.as_str() == s)
    }

    pub fn label_id(self) -> &'static str {
        match self {
            Status::Unconfirmed => "org-status-unconfirmed",
            Status::Pending => "org-status-pending",
            Status::Approved => "org-status-approved",
            Status::Rejected => "org-status-rejected",
        }
    }
}

crate::stored_code!(Status, "organisation status", Status::parse, Status::as_str);

/// An organisation as stored, without its contact person (see `store::contact`).
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Organisation {
    pub id: OrganisationId,
    pub campaign_id: crate::campaigns::model::CampaignId,
    pub name: String,
    pub kind: Kind,
    pub country: String,
    pub city: String,
    pub website: String,
    pub lang: Lang,
    pub status: Status,
    pub referral: String,
    /// 1 when a logo is stored (see `store::logo`).
    pub has_logo: i64,
    pub age_recipient: Option<String>,
    pub reason: String,
    pub created_at: i64,
}

/// The endorsement form as typed.
#[derive(Clone, Debug, Default)]
pub struct EndorseInput {
    pub name: String,
    pub kind: String,
    pub country: String,
    pub city: String,
    pub website: String,
    pub contact_name: String,
    pub contact_email: String,
    pub statement: String,
}

/// An endorsement that passed every check.
#[derive(Clone, Debug)]
pub struct Endorsement {
    pub name: String,
    pub kind: Kind,
    pub country: CountryCode,
    pub city: String,
    pub website: String,
    pub contact_name: PersonName,
    pub contact_email: Email,
    pub statement: String,
}

impl EndorseInput {
    pub fn from_pairs(pairs: &[(String, String)]) -> EndorseInput {
        let get = |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.chars().take(10_000).collect()).unwrap_or_default();
        EndorseInput {
            name: get("name"),
            kind: get("kind"),
            country: get("country"),
            city: get("city"),
            website: get("website_url"),
            contact_name: get("contact_name"),
            contact_email: get("contact_email"),
            statement: get("statement"),
        }
    }

    pub fn parse(&self, countries: &Countries) -> Result<Endorsement, Invalid> {
        let mut errors = Invalid::new();
        let name = errors.take("name", text::single_line(&self.name, NAME_MAX, true));
        let kind = Kind::parse(&self.kind);
        if kind.is_none() {
            errors.add("kind", "form-error-required");
        }
        let country = if self.country.trim().is_empty() {
            errors.add("country", "form-error-required");
            None
        } else {
            countries.parse(&self.country).map_err(|e| errors.add("country", e)).ok()
        };
        let city = errors.take("city", text::single_line(&self.city, CITY_MAX, false));
        let website = errors.take("website_url", website(&self.website));
        let contact_name = PersonName::parse(&self.contact_name).map_err(|e| errors.add("contact_name", e)).ok();
        let contact_email = Email::parse(&self.contact_email).map_err(|e| errors.add("contact_email", e)).ok();
        let statement_line = self.statement.replace("\r\n", "\n");
        let statement = errors.take("statement", text::multi_line(&statement_line, STATEMENT_MAX, false));
        match (kind, country, contact_name, contact_email) {
            (Some(kind), Some(country), Some(contact_name), Some(contact_email)) if errors.is_empty() => {
                Ok(Endorsement { name, kind, country, city, website, contact_name, contact_email, statement })
            }
            _ => Err(errors),
        }
    }
}

/// A website address: empty, or `http(s)://host…` with no credentials and no spaces. It is
/// shown as a link, so nothing but the two web schemes may pass.
pub fn website(input: &str) -> Result<String, crate::text::Problem> {
    let value = input.trim();
    if value.is_empty() {
        return Ok(String::new());
    }
    if value.chars().count() > WEBSITE_MAX {
        return Err(text::TextError::TooLong(WEBSITE_MAX).into());
    }
    // The scheme in any case (`HTTPS://`), written in lower case.
    let value = match value.split_once("://") {
        Some((scheme, rest)) => format!("{}://{rest}", scheme.to_ascii_lowercase()),
        None => format!("https://{value}"),
    };
    let rest = value.strip_prefix("https://").or_else(|| value.strip_prefix("http://"));
    let Some(rest) = rest else { return Err("org-error-website".into()) };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let ok_char = |c: char| c.is_alphanumeric() || matches!(c, '.' | '-' | ':');
    if host.is_empty() || !host.contains('.') || host.contains('@') || !host.chars().all(ok_char) || value.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>')) {
        return Err("org-error-website".into());
    }
    text::single_line(&value, WEBSITE_MAX, false).map_err(Into::into)
}

/// A new referral code: what a partner page's address and its forms carry, so that an action
/// taken through it is credited to it. Ten characters from an alphabet without look-alikes.
pub fn new_referral() -> String {
    const ALPHABET: &[u8; 32] = b"abcdefghjkmnpqrstuvwxyz23456789x";
    crate::crypto::random_bytes::<10>().iter().map(|b| ALPHABET[usize::from(*b) % 32] as char).collect()
}

/// What a person chose on an action form besides the action: the lead organisation's consent
/// box, the partner whose page brought them (credited with the action), and that partner's own
/// consent box (only with a partner). Consents count once the person confirms.
#[derive(Clone, Copy, Debug, Default)]
pub struct Choices {
    pub lead: bool,
    pub via: Option<OrganisationId>,
    pub partner: bool,
}

/// Whether `s` could be a referral code (checked before any lookup).
pub fn is_referral(s: &str) -> bool {
    s.len() == 10 && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
}

/// A partner page's texts in one language, as written by the organisation.
#[derive(Clone, Debug, Default)]
pub struct PageText {
    pub statement: String,
    pub page_md: String,
    pub page_html: String,
    pub call_to_action: String,
}

/// The partner page form as typed.
#[derive(Clone, Debug, Default)]
pub struct PageInput {
    pub statement: String,
    pub page_md: String,
    pub call_to_action: String,
}

impl PageInput {
    pub fn from_pairs(pairs: &[(String, String)]) -> PageInput {
        let get = |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.chars().take(20_000).collect()).unwrap_or_default();
        PageInput { statement: get("statement"), page_md: get("page_md"), call_to_action: get("call_to_action") }
    }

    pub fn parse(&self) -> Result<PageText, Invalid> {
        let mut errors = Invalid::new();
        let statement = errors.take("statement", text::multi_line(&self.statement.replace("\r\n", "\n"), STATEMENT_MAX, false));
        let page_md = errors.take("page_md", text::multi_line(&self.page_md.replace("\r\n", "\n"), PAGE_MAX, false));
        let call_to_action = errors.take("call_to_action", text::single_line(&self.call_to_action, CALL_MAX, false));
        errors.or(|| PageText { page_html: text::markdown_to_html(&page_md), statement, page_md, call_to_action })
    }
}

/// An age X25519 recipient (`age1…`), checked by parsing it: exports are sealed to it.
pub fn age_recipient(input: &str) -> Result<Option<String>, crate::text::Problem> {
    let value = input.trim();
    if value.is_empty() {
        return Ok(None);
    }
    match value.parse::<age::x25519::Recipient>() {
        Ok(r) => Ok(Some(r.to_string())),
        Err(_) => Err("org-error-age-key".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn websites() {
        assert_eq!(website("example.org").unwrap(), "https://example.org");
        assert_eq!(website(" http://a.example.org/x?y=1 ").unwrap(), "http://a.example.org/x?y=1");
        assert_eq!(website("").unwrap(), "");
        assert_eq!(website("HTTPS://Example.org").unwrap(), "https://Example.org");
        for bad in ["javascript:alert(1)", "ftp://example.org", "https://user:pw@example.org", "https://exa mple.org", "https://localhost", "https://\"x\".org", "data:text/html,x"] {
            assert!(website(bad).is_err(), "{bad}");
        }
        assert!(website(&format!("https://{}.org", "a".repeat(300))).is_err());
    }

    #[test]
    fn endorsements_are_checked_field_by_field() {
        let countries = crate::countries::countries();
        let input = EndorseInput {
            name: "  Syndicat des Travailleurs ".into(),
            kind: "union".into(),
            country: "FR".into(),
            city: "Lyon".into(),
            website: "syndicat.example.org".into(),
            contact_name: "Amal".into(),
            contact_email: "Amal@Example.org".into(),
            statement: "Nous soutenons.".into(),
        };
        let e = input.parse(countries).unwrap();
        assert_eq!((e.name.as_str(), e.kind, e.country.as_str(), e.contact_email.as_str()), ("Syndicat des Travailleurs", Kind::Union, "FR", "amal@example.org"));
        let bad = EndorseInput { kind: "cartel".into(), country: "XX".into(), contact_email: "nope".into(), name: "\u{202E}x".into(), ..input };
        let refused = bad.parse(countries).unwrap_err();
        let fields: Vec<&str> = refused.ids().into_iter().map(|(f, _)| f).collect();
        assert_eq!(fields, vec!["name", "kind", "country", "contact_email"]);
    }

    #[test]
    fn referral_codes() {
        let a = new_referral();
        assert!(is_referral(&a), "{a}");
        assert_ne!(a, new_referral());
        assert!(!is_referral("ABCDEFGHIJ") && !is_referral("short") && !is_referral("abcdefghi/"));
    }

    #[test]
    fn age_keys() {
        let id = age::x25519::Identity::generate();
        let key = id.to_public().to_string();
        assert_eq!(age_recipient(&format!(" {key} ")).unwrap(), Some(key));
        assert_eq!(age_recipient("").unwrap(), None);
        assert!(age_recipient("age1notakey").is_err());
        assert!(age_recipient("ssh-ed25519 AAAA").is_err());
    }
}
