//! The form kit: one type for what a refused form says about its fields, in the reader's
//! language, beside the values they typed. Every staff and public form shows its errors the
//! same way: a message per field (`errors.get("title")`), the typed value kept.

use crate::i18n::{Arg, I18n, Lang};
use crate::text::Invalid;

/// Messages about a form's fields, in the reader's language, in the order found.
#[derive(Debug, Default, Clone)]
pub struct FieldErrors(Vec<(String, String)>);

impl FieldErrors {
    /// The message about `field`, if any (the first one).
    pub fn get(&self, field: &str) -> Option<&String> {
        self.0.iter().find(|(f, _)| f == field).map(|(_, m)| m)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// What a domain parser refused, said in `lang`.
    pub fn translated(found: &Invalid, i18n: &I18n, lang: Lang) -> FieldErrors {
        found
            .iter()
            .map(|(field, why)| {
                let message = match why.count {
                    Some(n) => i18n.tr(lang, why.id, &[("count", Arg::Count(n))]),
                    None => i18n.tr(lang, why.id, &[]),
                };
                (field.to_string(), message)
            })
            .collect()
    }
}

/// Every (field, message) in the order found: the error summary at the top of a form.
impl<'a> IntoIterator for &'a FieldErrors {
    type Item = &'a (String, String);
    type IntoIter = std::slice::Iter<'a, (String, String)>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<F: Into<String>> FromIterator<(F, String)> for FieldErrors {
    fn from_iter<I: IntoIterator<Item = (F, String)>>(iter: I) -> FieldErrors {
        FieldErrors(iter.into_iter().map(|(f, m)| (f.into(), m)).collect())
    }
}

impl From<Vec<(&'static str, String)>> for FieldErrors {
    fn from(v: Vec<(&'static str, String)>) -> FieldErrors {
        v.into_iter().collect()
    }
}

/// The notice after a text form's save, by the `?saved=` it redirected with: saved, the
/// unpublished changes published or discarded, or neither (they changed meanwhile).
pub fn saved_notice_id(what: &str) -> &'static str {
    match what {
        "published" => "notice-text-published",
        "not-published" => "notice-not-published",
        "discarded" => "notice-draft-discarded",
        "not-discarded" => "notice-not-discarded",
        _ => "notice-saved",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_message_per_field() {
        assert!(FieldErrors::default().is_empty());
        let e: FieldErrors = vec![("title", "required".to_string()), ("title", "too long".into()), ("label_fr", "x".into())].into();
        assert_eq!(e.get("title").map(String::as_str), Some("required"));
        assert_eq!(e.get("label_fr").map(String::as_str), Some("x"));
        assert_eq!(e.get("other"), None);
        assert_eq!(e.into_iter().count(), 3, "the summary lists every message");
        let i18n = I18n::load().unwrap();
        let mut found = Invalid::new();
        found.add("a", "form-error-required");
        found.add("b", crate::text::TextError::TooLong(7));
        let t = FieldErrors::translated(&found, &i18n, Lang::En);
        assert_eq!(t.get("a").map(String::as_str), Some(i18n.tr(Lang::En, "form-error-required", &[]).as_str()));
        assert!(t.get("b").is_some_and(|m| m.contains('7')), "the limit is said: {t:?}");
    }
}
