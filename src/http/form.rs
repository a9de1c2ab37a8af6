//! The form kit: one type for what a refused form says about its fields, in the reader's
//! language, beside the values they typed. Every staff and public form shows its errors the
//! same way: a message per field (`errors.get("title")`), the typed value kept.

/// Messages about a form's fields, in the reader's language, in the order found.
#[derive(Debug, Default, Clone)]
pub struct FieldErrors(Vec<(String, String)>);

impl FieldErrors {
    pub fn new() -> FieldErrors {
        FieldErrors::default()
    }

    /// Add a message about `field` (a form field's name).
    pub fn push(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.0.push((field.into(), message.into()));
    }

    /// The message about `field`, if any (the first one).
    pub fn get(&self, field: &str) -> Option<&String> {
        self.0.iter().find(|(f, _)| f == field).map(|(_, m)| m)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Every (field, message), for the error summary at the top of a form.
    pub fn iter(&self) -> impl Iterator<Item = &(String, String)> {
        self.0.iter()
    }

    /// Messages from (field, message id) pairs that a domain parser returned, translated with
    /// `tr` (usually `|id| i18n.tr(lang, id, &[])`).
    pub fn translated<'a, F: AsRef<str> + 'a>(found: impl IntoIterator<Item = &'a (F, &'static str)>, tr: impl Fn(&str) -> String) -> FieldErrors {
        FieldErrors(found.into_iter().map(|(f, id)| (f.as_ref().to_string(), tr(id))).collect())
    }
}

impl From<Vec<(&'static str, String)>> for FieldErrors {
    fn from(v: Vec<(&'static str, String)>) -> FieldErrors {
        FieldErrors(v.into_iter().map(|(f, m)| (f.to_string(), m)).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_message_per_field() {
        let mut e = FieldErrors::new();
        assert!(e.is_empty());
        e.push("title", "required");
        e.push("title", "too long");
        e.push(String::from("label_fr"), "x");
        assert_eq!(e.get("title").map(String::as_str), Some("required"));
        assert_eq!(e.get("label_fr").map(String::as_str), Some("x"));
        assert_eq!(e.get("other"), None);
        let t = FieldErrors::translated(&[("a", "id-a")], |id| id.to_uppercase());
        assert_eq!(t.get("a").map(String::as_str), Some("ID-A"));
    }
}
