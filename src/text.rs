//! Text a person typed: the checks every capability applies at its edge, and Markdown.
//!
//! Bidi controls that can spoof (the "Trojan Source" set: embeddings, overrides, and isolates
//! left open or closed without an opener) can make a title read as something it is not, or
//! spill right-to-left ordering into the text around it: they are refused with a message saying
//! so, in every field, also when Markdown spells them as `&#x202E;`. The directional marks
//! LRM, RLM and ALM are kept: they are ordinary in pasted Arabic, invisible on a phone, and
//! cannot reorder text beyond their neighbours; pages isolate typed text with `dir="auto"`.
//!
//! A letter with hundreds of accents stacked on it draws a line as tall as the page over what
//! is above it: more than four combining marks in a row are refused. Text with nothing visible
//! (zero-width characters, fillers) counts as empty.
//!
//! Markdown is rendered once, when saved, and the HTML is sanitised with ammonia: no script,
//! no event handler, no style, no image or frame (nothing may load from another host), links
//! get `rel="noopener noreferrer"`.

use std::borrow::Cow;
use std::collections::HashSet;

/// Why a piece of text was refused. Each maps to a Fluent message id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextError {
    Required,
    /// Longer than this many characters.
    TooLong(usize),
    /// Too many combining marks (accents, vowel signs) on one letter.
    TooManyMarks,
    BidiControl,
    ControlCharacter,
    NotSingleLine,
}

impl TextError {
    pub fn message_id(self) -> &'static str {
        match self {
            TextError::Required => "form-error-required",
            TextError::TooLong(_) => "form-error-too-long",
            TextError::BidiControl => "form-error-bidi",
            TextError::TooManyMarks => "form-error-marks",
            TextError::ControlCharacter => "form-error-control",
            TextError::NotSingleLine => "form-error-single-line",
        }
    }
}

/// Why one field of a form was refused: a Fluent message id, with the number it speaks of
/// ("at most { $count } characters") when it has one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Problem {
    pub id: &'static str,
    pub count: Option<i64>,
}

impl From<&'static str> for Problem {
    fn from(id: &'static str) -> Problem {
        Problem { id, count: None }
    }
}

impl From<TextError> for Problem {
    fn from(e: TextError) -> Problem {
        match e {
            TextError::TooLong(max) => Problem { id: "form-error-too-long-n", count: Some(max as i64) },
            other => other.message_id().into(),
        }
    }
}

/// Every field a domain parser refused, in the order found: the one error type of every
/// model's `parse`. Field names are the form's field names (`title`, `label_fr`), so the form
/// kit (`http::form::FieldErrors`) can put each message by its field.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Invalid(Vec<(Cow<'static, str>, Problem)>);

impl Invalid {
    pub fn new() -> Invalid {
        Invalid::default()
    }

    pub fn add(&mut self, field: impl Into<Cow<'static, str>>, why: impl Into<Problem>) {
        self.0.push((field.into(), why.into()));
    }

    /// The value a check returned, or its refusal recorded against `field` and a default in
    /// the value's place (the parse goes on, so every bad field is reported at once).
    pub fn take<T: Default, E: Into<Problem>>(&mut self, field: impl Into<Cow<'static, str>>, checked: Result<T, E>) -> T {
        checked.unwrap_or_else(|e| {
            self.add(field, e);
            T::default()
        })
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, Problem)> {
        self.0.iter().map(|(f, p)| (f.as_ref(), *p))
    }

    /// `Err(self)` when anything was refused, else the value `make` builds.
    pub fn or<T>(self, make: impl FnOnce() -> T) -> Result<T, Invalid> {
        if self.is_empty() { Ok(make()) } else { Err(self) }
    }

    /// Add everything another parse refused.
    pub fn extend(&mut self, other: Invalid) {
        self.0.extend(other.0);
    }

    /// (field, message id) pairs, for tests and logs.
    pub fn ids(&self) -> Vec<(&str, &'static str)> {
        self.0.iter().map(|(f, p)| (f.as_ref(), p.id)).collect()
    }
}

impl IntoIterator for Invalid {
    type Item = (Cow<'static, str>, Problem);
    type IntoIter = std::vec::IntoIter<(Cow<'static, str>, Problem)>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

/// Bidi controls that can make text read as something it is not: any embedding or override,
/// and isolates that are not balanced (each LRI/RLI/FSI closed by a PDI on the same line).
fn spoofing_bidi(text: &str) -> bool {
    text.split('\n').any(|line| {
        let mut open = 0usize;
        for c in line.chars() {
            match c {
                '\u{202A}'..='\u{202E}' => return true,
                '\u{2066}'..='\u{2068}' => open += 1,
                '\u{2069}' if open == 0 => return true,
                '\u{2069}' => open -= 1,
                _ => {}
            }
        }
        open != 0
    })
}

/// The most combining marks one letter may carry (Arabic stacks at most three: shadda, a vowel
/// and a small alef; Vietnamese two).
const MAX_MARKS: usize = 4;

fn is_mark(c: char) -> bool {
    use icu_properties::props::{GeneralCategory, GeneralCategoryGroup};
    let gc = icu_properties::CodePointMapData::<GeneralCategory>::new().get(c);
    GeneralCategoryGroup::NonspacingMark.union(GeneralCategoryGroup::EnclosingMark).contains(gc)
}

fn too_many_marks(text: &str) -> bool {
    let mut run = 0;
    for c in text.chars() {
        if is_mark(c) {
            run += 1;
            if run > MAX_MARKS {
                return true;
            }
        } else {
            run = 0;
        }
    }
    false
}

/// Whether anything in the text can be seen: not only spaces, format characters (zero-width
/// joiners, marks of direction), marks without a letter, or the blank fillers some scripts have.
fn has_visible(text: &str) -> bool {
    use icu_properties::props::{GeneralCategory, GeneralCategoryGroup};
    let gc = icu_properties::CodePointMapData::<GeneralCategory>::new();
    let invisible = GeneralCategoryGroup::Format.union(GeneralCategoryGroup::Separator).union(GeneralCategoryGroup::Control).union(GeneralCategoryGroup::Mark);
    text.chars().any(|c| !c.is_whitespace() && !invisible.contains(gc.get(c)) && !matches!(c, '\u{115F}' | '\u{1160}' | '\u{3164}' | '\u{FFA0}' | '\u{2800}'))
}

/// Numeric character references (`&#x202E;`, `&#8238;`) as the characters Markdown turns them
/// into, so checks see what the page will show.
fn decode_numeric_refs(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("&#") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 2..];
        let decoded = after.find(';').filter(|end| *end <= 8).and_then(|end| {
            let body = &after[..end];
            let n = match body.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => body.parse::<u32>().ok()?,
            };
            Some((char::from_u32(n).unwrap_or('\u{FFFD}'), end))
        });
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &after[end + 1..];
            }
            None => {
                out.push_str("&#");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// C0/C1 controls, other than the line breaks and tabs of multi-line text, and noncharacters.
fn is_forbidden_control(c: char, multiline: bool) -> bool {
    if multiline && matches!(c, '\n' | '\r' | '\t') {
        return false;
    }
    c.is_control() || matches!(c, '\u{FFFE}' | '\u{FFFF}' | '\u{FDD0}'..='\u{FDEF}')
}

/// Tag characters (U+E0020–U+E007F) are invisible and can carry hidden text; they are kept
/// only where they belong, in the tag sequence of a subdivision flag (🏴 then tags then
/// U+E007F), such as Scotland's or Wales's.
fn stray_tags(text: &str) -> bool {
    let mut in_flag = false;
    let mut prev = '\0';
    for c in text.chars() {
        match c {
            '\u{E0000}'..='\u{E007F}' => {
                if !(in_flag || prev == '\u{1F3F4}') {
                    return true;
                }
                in_flag = c != '\u{E007F}';
            }
            _ => {
                if in_flag {
                    return true;
                }
            }
        }
        prev = c;
    }
    in_flag
}

/// A single-line field: trimmed; at most `max` characters; optional when `required` is false.
pub fn single_line(input: &str, max: usize, required: bool) -> Result<String, TextError> {
    let value = input.trim();
    if !has_visible(value) {
        return if required { Err(TextError::Required) } else { Ok(String::new()) };
    }
    if value.contains(['\n', '\r', '\u{2028}', '\u{2029}', '\u{85}']) {
        return Err(TextError::NotSingleLine);
    }
    if stray_tags(value) {
        return Err(TextError::ControlCharacter);
    }
    if spoofing_bidi(value) {
        return Err(TextError::BidiControl);
    }
    if too_many_marks(value) {
        return Err(TextError::TooManyMarks);
    }
    if value.chars().any(|c| is_forbidden_control(c, false)) {
        return Err(TextError::ControlCharacter);
    }
    if value.chars().count() > max {
        return Err(TextError::TooLong(max));
    }
    Ok(value.to_string())
}

/// A multi-line field (Markdown source): line endings made `\n`, trailing space trimmed.
pub fn multi_line(input: &str, max: usize, required: bool) -> Result<String, TextError> {
    let value = input.replace("\r\n", "\n").replace('\r', "\n");
    let value = value.trim_end();
    if !has_visible(value) {
        return if required { Err(TextError::Required) } else { Ok(String::new()) };
    }
    // Markdown turns character references into characters: check what the page will show.
    let shown = decode_numeric_refs(value);
    if spoofing_bidi(&shown) {
        return Err(TextError::BidiControl);
    }
    if too_many_marks(&shown) {
        return Err(TextError::TooManyMarks);
    }
    if shown.chars().any(|c| is_forbidden_control(c, true)) || stray_tags(&shown) {
        return Err(TextError::ControlCharacter);
    }
    if value.chars().count() > max {
        return Err(TextError::TooLong(max));
    }
    Ok(value.to_string())
}

/// Markdown to sanitised HTML. Headings are shifted down one level: the page's `<h1>` is the
/// campaign's title.
pub fn markdown_to_html(source: &str) -> String {
    use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
    let shift = |level: HeadingLevel| match level {
        HeadingLevel::H1 => HeadingLevel::H2,
        HeadingLevel::H2 => HeadingLevel::H3,
        HeadingLevel::H3 => HeadingLevel::H4,
        HeadingLevel::H4 => HeadingLevel::H5,
        _ => HeadingLevel::H6,
    };
    let parser = Parser::new_ext(source, Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES).map(|event| match event {
        Event::Start(Tag::Heading { level, id, classes, attrs }) => {
            Event::Start(Tag::Heading { level: shift(level), id, classes, attrs })
        }
        Event::End(TagEnd::Heading(level)) => Event::End(TagEnd::Heading(shift(level))),
        other => other,
    });
    let mut unsafe_html = String::with_capacity(source.len() * 2);
    pulldown_cmark::html::push_html(&mut unsafe_html, parser);
    let tags: HashSet<&str> = [
        "a", "abbr", "b", "blockquote", "br", "code", "del", "em", "h2", "h3", "h4", "h5", "h6", "hr", "i", "li", "ol",
        "p", "pre", "q", "s", "strong", "sub", "sup", "table", "tbody", "td", "th", "thead", "tr", "ul",
    ]
    .into_iter()
    .collect();
    ammonia::Builder::default()
        .tags(tags)
        .link_rel(Some("noopener noreferrer"))
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .clean(&unsafe_html)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn single_line_rules() {
        assert_eq!(single_line("  دافعوا عن إدلب  ", 200, true).unwrap(), "دافعوا عن إدلب");
        assert_eq!(single_line("", 10, true), Err(TextError::Required));
        assert_eq!(single_line("   ", 10, false), Ok(String::new()));
        assert_eq!(single_line("abc\u{202E}def", 100, true), Err(TextError::BidiControl));
        assert_eq!(single_line("abc\u{2067}def", 100, true), Err(TextError::BidiControl), "an isolate left open");
        assert_eq!(single_line("abc\u{2069}def", 100, true), Err(TextError::BidiControl), "a PDI with nothing to close");
        assert!(single_line("abc \u{2068}مرحبا\u{2069} def", 100, true).is_ok(), "a balanced isolate");
        // The marks of pasted Arabic are kept.
        for mark in ['\u{200E}', '\u{200F}', '\u{061C}'] {
            assert_eq!(single_line(&format!("سوريا{mark} (Syria)"), 100, true).unwrap(), format!("سوريا{mark} (Syria)"));
        }
        assert_eq!(single_line("a\u{0}b", 100, true), Err(TextError::ControlCharacter));
        assert_eq!(single_line("a\nb", 100, true), Err(TextError::NotSingleLine));
        // Length counts characters, not bytes: 10 Arabic letters are 20 bytes.
        assert!(single_line(&"ب".repeat(10), 10, true).is_ok());
        assert_eq!(single_line(&"ب".repeat(11), 10, true), Err(TextError::TooLong(10)));
    }

    #[test]
    fn nothing_visible_is_empty_and_stacked_marks_are_refused() {
        for invisible in ["\u{200B}\u{200B}", "\u{200D}\u{2060}\u{FEFF}", "\u{3164}", "\u{0301}\u{0301}", "\u{200F}"] {
            assert_eq!(single_line(invisible, 100, true), Err(TextError::Required), "{invisible:?}");
            assert_eq!(single_line(invisible, 100, false), Ok(String::new()), "{invisible:?}");
            assert_eq!(multi_line(invisible, 100, true), Err(TextError::Required), "{invisible:?}");
        }
        let zalgo = format!("a{}", "\u{0301}".repeat(490));
        assert_eq!(single_line(&zalgo, 1000, false), Err(TextError::TooManyMarks));
        assert_eq!(multi_line(&zalgo, 1000, false), Err(TextError::TooManyMarks));
        assert_eq!(multi_line(&format!("a{}", "&#x301;".repeat(20)), 1000, false), Err(TextError::TooManyMarks), "spelt as references");
        // Arabic with its vowels: shadda, fatha and a small alef on one letter.
        assert!(single_line("رَبَّ مُحَمَّدٍ \u{0644}\u{0651}\u{064E}\u{0670}", 100, true).is_ok());
        assert!(single_line("Nguyễn Thị Hồng", 100, true).is_ok());
    }

    #[test]
    fn markdown_references_are_checked_as_what_they_show() {
        for spoof in ["x &#x202E; y", "x &#8238; y", "x &#X202e; y", "&#x2067;open"] {
            assert_eq!(multi_line(spoof, 100, true), Err(TextError::BidiControl), "{spoof}");
        }
        assert_eq!(multi_line("a &#7; b", 100, true), Err(TextError::ControlCharacter));
        assert!(multi_line("R&amp;D &#x200F; &#1587; &# &#xZZ; &#99999999999;", 100, true).is_ok());
    }

    #[test]
    fn hidden_tag_text_and_unicode_line_breaks_are_refused_but_flags_kept() {
        assert_eq!(single_line("Org\u{E0041}\u{E0042}", 100, true), Err(TextError::ControlCharacter));
        assert_eq!(single_line("a\u{2028}b", 100, true), Err(TextError::NotSingleLine));
        assert_eq!(multi_line("x \u{E0068}\u{E0069}", 100, true), Err(TextError::ControlCharacter));
        let scotland = "Glasgow \u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}";
        assert_eq!(single_line(scotland, 100, true).as_deref(), Ok(scotland));
        assert_eq!(single_line("\u{1F3F4}\u{E0067}\u{E0062}", 100, true), Err(TextError::ControlCharacter), "a flag sequence left open");
    }

    #[test]
    fn multi_line_keeps_marks_refuses_overrides() {
        assert!(multi_line("سوريا\u{200F} (Syria)\r\nline", 100, true).unwrap().contains("\n"));
        assert_eq!(multi_line("x\u{202D}y", 100, true), Err(TextError::BidiControl));
        assert_eq!(multi_line("x\u{7}y", 100, true), Err(TextError::ControlCharacter));
        assert_eq!(multi_line("\n\n", 100, true), Err(TextError::Required));
    }

    #[test]
    fn markdown_is_sanitised() {
        let html = markdown_to_html(
            "# Title\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1)) [ok](https://example.org) \
             <img src=\"https://tracker.example/p.gif\"> <a href=\"/\" onclick=\"x()\">a</a> <style>p{}</style>\n\n**bold**",
        );
        assert!(html.contains("<h2>Title</h2>"), "{html}");
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(!html.contains("onclick"), "{html}");
        assert!(!html.contains("<style"), "{html}");
        assert!(html.contains("rel=\"noopener noreferrer\""), "{html}");
        assert!(html.contains("<strong>bold</strong>"), "{html}");
    }
}
