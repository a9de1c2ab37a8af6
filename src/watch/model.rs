//! The watch list: efforts to support or legitimise the regime (a conference, a trade deal, a
//! normalisation step, a deportation agreement), each dated, placed, described per language,
//! sourced, and linked to the decision-makers responsible, so that a coordinator can answer it.
//! An item is only as strong as its sources: it needs at least one, with a link.

use crate::facts::model::{Day, Source, check_url};
use crate::i18n::Lang;
use crate::targets::model::TargetId;
use crate::text::{self, Invalid};

crate::row_id!(
    /// One effort on the watch list.
    WatchId
);

pub const TITLE_MAX: usize = 200;
pub const DESCRIPTION_MAX: usize = 8_000;
pub const PLACE_MAX: usize = 160;
/// The rows of sources a form shows (JavaScript off: no "add a row" button).
pub const SOURCE_ROWS: usize = 5;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Conference,
    TradeDeal,
    Normalisation,
    Deportation,
    Other,
}

impl Kind {
    pub const ALL: [Kind; 5] = [Kind::Conference, Kind::TradeDeal, Kind::Normalisation, Kind::Deportation, Kind::Other];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Conference => "conference",
            Kind::TradeDeal => "trade-deal",
            Kind::Normalisation => "normalisation",
            Kind::Deportation => "deportation",
            Kind::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    pub fn label_id(self) -> &'static str {
        match self {
            Kind::Conference => "watch-kind-conference",
            Kind::TradeDeal => "watch-kind-trade-deal",
            Kind::Normalisation => "watch-kind-normalisation",
            Kind::Deportation => "watch-kind-deportation",
            Kind::Other => "watch-kind-other",
        }
    }
}

crate::stored_code!(Kind, "watch item kind", Kind::parse, Kind::as_str);

/// A source row as typed.
#[derive(Clone, Debug, Default)]
pub struct SourceInput {
    pub title: String,
    pub publisher: String,
    pub url: String,
    pub published: String,
}

/// The item's form as typed.
#[derive(Clone, Debug, Default)]
pub struct WatchInput {
    pub kind: String,
    pub starts_on: String,
    pub ends_on: String,
    pub place: String,
    pub country: String,
    /// (language, title, description) for each language the campaign offers.
    pub texts: Vec<(Lang, String, String)>,
    pub sources: Vec<SourceInput>,
    pub people: Vec<TargetId>,
}

/// A checked item.
#[derive(Clone, Debug, PartialEq)]
pub struct WatchDraft {
    pub kind: Kind,
    pub starts_on: Day,
    pub ends_on: Option<Day>,
    pub place: String,
    pub country: Option<String>,
    /// (language, title, description in Markdown, as HTML); only languages with a title.
    pub texts: Vec<(Lang, String, String, String)>,
    pub sources: Vec<Source>,
    pub people: Vec<TargetId>,
}

impl WatchInput {
    /// Check every field. `default` is the campaign's main language: its title is required.
    /// A source row left blank is no source; a row begun needs a title and a link.
    pub fn parse(&self, default: Lang) -> Result<WatchDraft, Invalid> {
        let mut errors = Invalid::new();
        let kind = Kind::parse(self.kind.trim());
        if kind.is_none() {
            errors.add("kind", "form-error-required");
        }
        let starts_on = match Day::parse(&self.starts_on) {
            Ok(d) => Some(d),
            Err(e) => {
                errors.add("starts_on", e);
                None
            }
        };
        let ends_on = if self.ends_on.trim().is_empty() {
            None
        } else {
            match Day::parse(&self.ends_on) {
                Ok(d) if starts_on.is_some_and(|s| d < s) => {
                    errors.add("ends_on", "watch-error-ends-before");
                    None
                }
                Ok(d) => Some(d),
                Err(e) => {
                    errors.add("ends_on", e);
                    None
                }
            }
        };
        let place = errors.take("place", text::single_line(&self.place, PLACE_MAX, false));
        let country = if self.country.trim().is_empty() {
            None
        } else {
            match crate::countries::countries().parse(&self.country) {
                Ok(c) => Some(c.as_str().to_string()),
                Err(e) => {
                    errors.add("country", e);
                    None
                }
            }
        };
        let mut texts = Vec::new();
        for (lang, title, description) in &self.texts {
            let required = *lang == default;
            let t = errors.take(format!("title_{lang}"), text::single_line(title, TITLE_MAX, required));
            let d = errors.take(format!("description_{lang}"), text::multi_line(description, DESCRIPTION_MAX, false));
            if !d.is_empty() && t.is_empty() {
                errors.add(format!("title_{lang}"), "form-error-required");
            }
            if !t.is_empty() {
                let html = text::markdown_to_html(&d);
                texts.push((*lang, t, d, html));
            }
        }
        if !self.texts.iter().any(|(l, _, _)| *l == default) {
            errors.add(format!("title_{default}"), "form-error-required");
        }
        let mut sources = Vec::new();
        for (i, s) in self.sources.iter().enumerate() {
            if [&s.title, &s.publisher, &s.url, &s.published].iter().all(|f| f.trim().is_empty()) {
                continue;
            }
            let title = errors.take(format!("source_title_{i}"), text::single_line(&s.title, 300, true));
            let publisher = errors.take(format!("source_publisher_{i}"), text::single_line(&s.publisher, 200, false));
            let url = match check_url(&s.url) {
                Ok(u) if u.is_empty() => {
                    errors.add(format!("source_url_{i}"), "form-error-required");
                    String::new()
                }
                Ok(u) => u,
                Err(e) => {
                    errors.add(format!("source_url_{i}"), e);
                    String::new()
                }
            };
            let published = if s.published.trim().is_empty() {
                String::new()
            } else {
                match Day::parse(&s.published) {
                    Ok(d) => d.iso(),
                    Err(e) => {
                        errors.add(format!("source_published_{i}"), e);
                        String::new()
                    }
                }
            };
            sources.push(Source { title, publisher, url, published });
        }
        if sources.is_empty() && errors.iter().all(|(f, _)| !f.starts_with("source_")) {
            errors.add("source_title_0", "watch-error-no-source");
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let mut people = self.people.clone();
        people.dedup();
        Ok(WatchDraft { kind: kind.expect("checked"), starts_on: starts_on.expect("checked"), ends_on, place, country, texts, sources, people })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> WatchInput {
        WatchInput {
            kind: "deportation".into(),
            starts_on: "2027-03-01".into(),
            ends_on: "".into(),
            place: "Vienna".into(),
            country: "at".into(),
            texts: vec![(Lang::Ar, "اتفاق ترحيل".into(), "".into()), (Lang::En, "A deportation agreement".into(), "Talks on **returns**.".into())],
            sources: vec![SourceInput { title: "Report".into(), publisher: "A newspaper".into(), url: "https://example.org/a".into(), published: "2026-11-30".into() }, SourceInput::default()],
            people: vec![],
        }
    }

    #[test]
    fn an_item_is_checked() {
        let d = input().parse(Lang::Ar).unwrap();
        assert_eq!(d.kind, Kind::Deportation);
        assert_eq!(d.country.as_deref(), Some("AT"));
        assert_eq!(d.sources.len(), 1, "a blank row is no source");
        assert!(d.texts[1].3.contains("<strong>returns</strong>"));
    }

    #[test]
    fn bad_fields_are_each_named() {
        let mut bad = input();
        bad.kind = "war".into();
        bad.ends_on = "2027-02-01".into();
        bad.texts[0].1 = "".into();
        bad.sources[0].url = "javascript:alert(1)".into();
        bad.sources[1].title = "Begun row".into();
        let errors = bad.parse(Lang::Ar).unwrap_err();
        let ids = errors.ids();
        for expected in [("kind", "form-error-required"), ("ends_on", "watch-error-ends-before"), ("title_ar", "form-error-required"), ("source_url_0", "fact-error-url"), ("source_url_1", "form-error-required")] {
            assert!(ids.contains(&expected), "{expected:?}: {ids:?}");
        }
        let mut unsourced = input();
        unsourced.sources.clear();
        let errors = unsourced.parse(Lang::Ar).unwrap_err();
        assert!(errors.ids().contains(&("source_title_0", "watch-error-no-source")));
    }
}
