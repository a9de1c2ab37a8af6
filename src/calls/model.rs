//! Call actions: supporters phone decision-makers with a script in their own language and say
//! how it went. A call report keeps the outcome and, if given, the caller's country; never
//! their number, name or address: a tally needs no one's identity.

use crate::i18n::Lang;
use crate::targets::model::TargetId;
use crate::text::{self, Invalid};

crate::row_id!(
    /// A call action of a campaign.
    CallId
);

pub const TITLE_MAX: usize = 200;
pub const SCRIPT_MAX: usize = 4_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Being written: not public.
    Draft,
    /// On the campaign page; calls are reported.
    Open,
    /// Its tally stays public; no more reports.
    Closed,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::Draft, Status::Open, Status::Closed];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Open => "open",
            Status::Closed => "closed",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|k| k.as_str() == s)
    }

    pub fn label_id(self) -> &'static str {
        match self {
            Status::Draft => "call-status-draft",
            Status::Open => "call-status-open",
            Status::Closed => "call-status-closed",
        }
    }
}

crate::stored_code!(Status, "call action status", Status::parse, Status::as_str);

/// How a call went.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Outcome {
    Reached,
    Voicemail,
    NoAnswer,
}

impl Outcome {
    pub const ALL: [Outcome; 3] = [Outcome::Reached, Outcome::Voicemail, Outcome::NoAnswer];

    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Reached => "reached",
            Outcome::Voicemail => "voicemail",
            Outcome::NoAnswer => "no-answer",
        }
    }

    pub fn parse(s: &str) -> Option<Outcome> {
        Outcome::ALL.into_iter().find(|k| k.as_str() == s)
    }

    pub fn label_id(self) -> &'static str {
        match self {
            Outcome::Reached => "call-outcome-reached",
            Outcome::Voicemail => "call-outcome-voicemail",
            Outcome::NoAnswer => "call-outcome-no-answer",
        }
    }
}

crate::stored_code!(Outcome, "call outcome", Outcome::parse, Outcome::as_str);

/// A call action's form as typed.
#[derive(Clone, Debug, Default)]
pub struct CallInput {
    pub status: String,
    /// (language, title, script) per language the campaign offers.
    pub texts: Vec<(Lang, String, String)>,
    pub targets: Vec<TargetId>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CallDraft {
    pub status: Status,
    /// (language, title, script in Markdown, as HTML): languages with a title.
    pub texts: Vec<(Lang, String, String, String)>,
    pub targets: Vec<TargetId>,
}

impl CallInput {
    /// Check every field: the campaign's main language needs a title and a script; a language
    /// begun needs both; at least one decision-maker to call.
    pub fn parse(&self, default: Lang) -> Result<CallDraft, Invalid> {
        let mut errors = Invalid::new();
        let status = Status::parse(self.status.trim()).unwrap_or(Status::Draft);
        let mut texts = Vec::new();
        for (lang, title, script) in &self.texts {
            let required = *lang == default || !title.trim().is_empty() || !script.trim().is_empty();
            let t = errors.take(format!("title_{lang}"), text::single_line(title, TITLE_MAX, required));
            let s = errors.take(format!("script_{lang}"), text::multi_line(script, SCRIPT_MAX, required));
            if !t.is_empty() && !s.is_empty() {
                let html = text::markdown_to_html(&s);
                texts.push((*lang, t, s, html));
            }
        }
        if !self.texts.iter().any(|(l, _, _)| *l == default) {
            errors.add(format!("title_{default}"), "form-error-required");
        }
        if self.targets.is_empty() {
            errors.add("targets", "call-error-no-targets");
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let mut targets = self.targets.clone();
        targets.sort_by_key(|t| t.to_string());
        targets.dedup();
        Ok(CallDraft { status, texts, targets })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_call_action_needs_its_main_text_and_someone_to_call() {
        let input = CallInput { status: "open".into(), texts: vec![(Lang::Ar, "اتصلوا".into(), "قولوا: افتحوا الحدود.".into()), (Lang::En, "".into(), "".into())], targets: vec!["7".parse().unwrap()] };
        let d = input.parse(Lang::Ar).unwrap();
        assert_eq!((d.status, d.texts.len()), (Status::Open, 1));
        let bad = CallInput { status: "open".into(), texts: vec![(Lang::Ar, "".into(), "".into()), (Lang::En, "Call".into(), "".into())], targets: vec![] };
        let errors = bad.parse(Lang::Ar).unwrap_err();
        let ids = errors.ids();
        for expected in [("title_ar", "form-error-required"), ("script_ar", "form-error-required"), ("script_en", "form-error-required"), ("targets", "call-error-no-targets")] {
            assert!(ids.contains(&expected), "{expected:?}: {ids:?}");
        }
    }
}

/// Whom the mailing an alert starts will go to, once mailings exist (the alert records it now).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Segment {
    /// No mailing: the alert is on the campaign page only.
    None,
    /// Everyone who consented to the campaign's lead organisation.
    Consenting,
    /// Those of them in the countries of the people responsible.
    Countries,
}

impl Segment {
    pub const ALL: [Segment; 3] = [Segment::None, Segment::Consenting, Segment::Countries];

    pub fn as_str(self) -> &'static str {
        match self {
            Segment::None => "",
            Segment::Consenting => "consenting",
            Segment::Countries => "countries",
        }
    }

    pub fn parse(s: &str) -> Option<Segment> {
        Segment::ALL.into_iter().find(|k| k.as_str() == s)
    }

    pub fn label_id(self) -> &'static str {
        match self {
            Segment::None => "alert-segment-none",
            Segment::Consenting => "alert-segment-consenting",
            Segment::Countries => "alert-segment-countries",
        }
    }
}

/// The mailing part of an alert's form: whom, and the message per language.
#[derive(Clone, Debug, Default)]
pub struct AlertInput {
    pub segment: String,
    pub messages: Vec<(Lang, String)>,
}

pub const ALERT_MESSAGE_MAX: usize = 2_000;

impl AlertInput {
    /// A mailing needs its message in the campaign's main language; other languages are
    /// optional (readers of a missing one get the main one, as everywhere).
    pub fn parse(&self, default: Lang) -> Result<(Segment, Vec<(Lang, String)>), Invalid> {
        let mut errors = Invalid::new();
        let segment = Segment::parse(self.segment.trim()).unwrap_or(Segment::None);
        let mut messages = Vec::new();
        for (lang, m) in &self.messages {
            let required = segment != Segment::None && *lang == default;
            let m = errors.take(format!("message_{lang}"), text::multi_line(m.trim_start(), ALERT_MESSAGE_MAX, required));
            if !m.is_empty() {
                messages.push((*lang, m));
            }
        }
        errors.or(|| (segment, messages))
    }
}
