//! Campaign domain types. Input from forms becomes one of these at the edge, or a list of
//! field errors (Fluent ids) that the form shows next to the fields, with what was typed.

use crate::i18n::Lang;
use crate::text::{self, Invalid, TextError};

crate::row_id!(
    /// A campaign.
    CampaignId
);

/// The campaign's name in URLs: 3 to 60 of `a-z 0-9 -`, not starting or ending with `-`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Slug(String);

impl Slug {
    pub fn parse(input: &str) -> Result<Slug, &'static str> {
        let s = input.trim();
        let ok_chars = s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if s.len() < 3 || s.len() > 60 || !ok_chars || s.starts_with('-') || s.ends_with('-') || s.contains("--") {
            return Err("form-error-slug");
        }
        if matches!(s, "new" | "staff" | "static") {
            return Err("form-error-slug-reserved");
        }
        Ok(Slug(s.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Clone, Debug)]
pub struct Campaign {
    pub id: CampaignId,
    pub slug: String,
    pub default_lang: Lang,
    /// The languages the campaign is offered in; always holds `default_lang`.
    pub languages: Vec<Lang>,
    pub published: bool,
    pub published_at: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
}

impl Campaign {
    pub fn offers(&self, lang: Lang) -> bool {
        self.languages.contains(&lang)
    }
}

/// Encode / decode the language list as stored (`"ar,en"`).
pub fn languages_to_db(langs: &[Lang]) -> String {
    langs.iter().map(|l| l.code()).collect::<Vec<_>>().join(",")
}

pub fn languages_from_db(s: &str) -> anyhow::Result<Vec<Lang>> {
    s.split(',').map(|code| Lang::parse(code).ok_or_else(|| anyhow::anyhow!("stored campaign language {code:?} is not one this version knows"))).collect()
}

/// A campaign's texts in one language, as stored.
#[derive(Clone, Debug, Default)]
pub struct CampaignText {
    pub title: String,
    pub summary: String,
    pub call_md: String,
    pub call_html: String,
    pub share_text: String,
    /// The name of the campaign's lead organisation in this language: supporters consent to
    /// hear from it by this name.
    pub lead_org: String,
    pub updated_at: i64,
    /// Goes up by one with every save; 0 for a text not yet saved.
    pub revision: i64,
}

/// The fields of a campaign text, in the order the forms and reports show them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextField {
    Title,
    Summary,
    Call,
    Share,
    Org,
}

impl TextField {
    pub const ALL: [TextField; 5] = [TextField::Title, TextField::Summary, TextField::Call, TextField::Share, TextField::Org];

    /// The field a form name names.
    pub fn from_name(name: &str) -> Option<TextField> {
        TextField::ALL.into_iter().find(|f| f.name() == name)
    }

    pub fn name(self) -> &'static str {
        match self {
            TextField::Title => "title",
            TextField::Summary => "summary",
            TextField::Call => "call",
            TextField::Share => "share",
            TextField::Org => "lead_org",
        }
    }

    pub fn max_chars(self) -> usize {
        match self {
            TextField::Title => 160,
            TextField::Summary => 600,
            TextField::Call => 40_000,
            TextField::Share => 280,
            TextField::Org => 160,
        }
    }

    /// Fluent id of the hint under the field's label.
    pub fn hint_id(self) -> &'static str {
        match self {
            TextField::Title => "field-title.hint",
            TextField::Summary => "field-summary.hint",
            TextField::Call => "field-call.hint",
            TextField::Share => "field-share.hint",
            TextField::Org => "field-lead-org.hint",
        }
    }

    /// Fluent id of the field's label.
    pub fn label_id(self) -> &'static str {
        match self {
            TextField::Title => "field-title",
            TextField::Summary => "field-summary",
            TextField::Call => "field-call",
            TextField::Share => "field-share",
            TextField::Org => "field-lead-org",
        }
    }
}

impl CampaignText {
    pub fn field(&self, f: TextField) -> &str {
        match f {
            TextField::Title => &self.title,
            TextField::Summary => &self.summary,
            TextField::Call => &self.call_md,
            TextField::Share => &self.share_text,
            TextField::Org => &self.lead_org,
        }
    }

    /// The fields still empty in this language.
    pub fn missing(&self) -> Vec<TextField> {
        TextField::ALL.into_iter().filter(|f| self.field(*f).trim().is_empty()).collect()
    }
}

/// What a coordinator typed into the text form, kept as typed so a failed form comes back filled.
#[derive(Clone, Debug, Default)]
pub struct TextInput {
    pub title: String,
    pub summary: String,
    pub call_md: String,
    pub share_text: String,
    pub lead_org: String,
}

impl TextInput {
    pub fn get(&self, f: TextField) -> &str {
        match f {
            TextField::Title => &self.title,
            TextField::Summary => &self.summary,
            TextField::Call => &self.call_md,
            TextField::Share => &self.share_text,
            TextField::Org => &self.lead_org,
        }
    }

    /// Check every field; on success the text with its call rendered to sanitised HTML.
    pub fn parse(&self) -> Result<CampaignText, Invalid> {
        let mut errors = Invalid::new();
        let mut check = |f: TextField, r: Result<String, TextError>| errors.take(f.name(), r);
        let title = check(TextField::Title, text::single_line(&self.title, TextField::Title.max_chars(), true));
        // The summary is typed in a text area: line breaks there become spaces, not an error.
        let summary_line = self.summary.replace("\r\n", "\n").replace(['\r', '\n'], " ");
        let summary = check(TextField::Summary, text::single_line(&summary_line, TextField::Summary.max_chars(), false));
        let call_md = check(TextField::Call, text::multi_line(&self.call_md, TextField::Call.max_chars(), false));
        let share_text = check(TextField::Share, text::single_line(&self.share_text, TextField::Share.max_chars(), false));
        let lead_org = check(TextField::Org, text::single_line(&self.lead_org, TextField::Org.max_chars(), false));
        errors.or(|| {
            let call_html = text::markdown_to_html(&call_md);
            CampaignText { title, summary, call_md, call_html, share_text, lead_org, updated_at: 0, revision: 0 }
        })
    }
}

/// Languages and default language from the settings form.
pub fn parse_languages(selected: &[&str], default: &str) -> Result<(Vec<Lang>, Lang), &'static str> {
    let mut langs: Vec<Lang> = Lang::ALL.into_iter().filter(|l| selected.contains(&l.code())).collect();
    if selected.iter().any(|s| Lang::parse(s).is_none()) {
        return Err("form-error-language");
    }
    let default = Lang::parse(default).ok_or("form-error-language")?;
    if !langs.contains(&default) {
        langs.push(default);
        langs.sort();
    }
    Ok((langs, default))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert!(Slug::parse("defend-idlib").is_ok());
        assert!(Slug::parse(" idlib-2019 ").is_ok());
        for bad in ["ab", "Defend", "-idlib", "idlib-", "id--lib", "إدلب", "a b c", "new", &"a".repeat(61), "x/../y"] {
            assert!(Slug::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn text_input_reports_every_bad_field() {
        let input = TextInput {
            title: "x\u{202E}y".into(),
            summary: "s".repeat(601),
            call_md: "ok".into(),
            share_text: "fine".into(),
            lead_org: String::new(),
        };
        let errors = input.parse().unwrap_err();
        assert_eq!(errors.ids(), vec![("title", "form-error-bidi"), ("summary", "form-error-too-long-n")]);
        let ok = TextInput { title: "Title".into(), call_md: "**bold** <script>x</script>".into(), ..Default::default() }
            .parse()
            .unwrap();
        assert!(ok.call_html.contains("<strong>bold</strong>") && !ok.call_html.contains("script"));
        assert_eq!(ok.missing(), vec![TextField::Summary, TextField::Share, TextField::Org]);
    }

    #[test]
    fn languages() {
        assert_eq!(parse_languages(&["ar", "en"], "ar").unwrap(), (vec![Lang::Ar, Lang::En], Lang::Ar));
        assert_eq!(parse_languages(&["en"], "ar").unwrap(), (vec![Lang::Ar, Lang::En], Lang::Ar));
        assert!(parse_languages(&["xx"], "en").is_err());
        assert!(parse_languages(&[], "xx").is_err());
    }
}
