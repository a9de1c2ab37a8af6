//! Letters to decision-makers: what a letter action is, what a writer may change of its text,
//! and when each letter goes. A decision-maker gets readable mail, never a flood: letters to
//! one person are spaced at most `per_hour` an hour within their working hours, by their own
//! clock, or gathered into one digest a day. The slot is computed here, from nothing but the
//! last slot taken and the clock, so it is exact and testable with any clock.

use crate::i18n::Lang;
use crate::targets::model::TargetId;
use crate::text::{self, Invalid};

crate::row_id!(
    /// A letter action of a campaign.
    LetterActionId
);

crate::row_id!(
    /// One letter: one writer to one decision-maker.
    LetterId
);

crate::row_id!(
    /// The letters of one submission, confirmed by one link.
    BatchId
);

pub const SUBJECT_MAX: usize = 200;
pub const BODY_MAX: usize = 5_000;
/// A writer may rewrite the letter, but not empty it of the campaign's words: at least this
/// share of its distinct words must stay.
pub const KEEP_SHARE: f64 = 0.5;
/// The most decision-makers one submission writes to.
pub const MAX_RECIPIENTS: usize = 30;

/// Draft, open or closed, as a call action is.
pub use crate::calls::model::Status;

/// How letters reach a decision-maker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// One by one, spaced over their working hours.
    Spread,
    /// All of a day's letters in one mail at the start of their working day.
    Digest,
}

impl Mode {
    pub const ALL: [Mode; 2] = [Mode::Spread, Mode::Digest];

    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Spread => "spread",
            Mode::Digest => "digest",
        }
    }

    pub fn parse(s: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|k| k.as_str() == s)
    }

    pub fn label_id(self) -> &'static str {
        match self {
            Mode::Spread => "letter-mode-spread",
            Mode::Digest => "letter-mode-digest",
        }
    }
}

crate::stored_code!(Mode, "letter mode", Mode::parse, Mode::as_str);

/// Where a letter stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LetterStatus {
    /// Written; the writer has not confirmed from the mail.
    Pending,
    /// Confirmed, waiting for its slot.
    Queued,
    Sent,
    /// The decision-maker's mail server refused it for good.
    Bounced,
    /// Never sent: by its slot the action had closed, or the decision-maker was no longer
    /// on it or no longer shown to writers.
    Stopped,
}

impl LetterStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            LetterStatus::Pending => "pending",
            LetterStatus::Queued => "queued",
            LetterStatus::Sent => "sent",
            LetterStatus::Bounced => "bounced",
            LetterStatus::Stopped => "stopped",
        }
    }

    pub fn parse(s: &str) -> Option<LetterStatus> {
        [LetterStatus::Pending, LetterStatus::Queued, LetterStatus::Sent, LetterStatus::Bounced, LetterStatus::Stopped].into_iter().find(|k| k.as_str() == s)
    }

    /// Where one letter stands, said to its writer.
    pub fn own_label_id(self) -> &'static str {
        match self {
            LetterStatus::Pending => "me-letter-pending",
            LetterStatus::Queued => "me-letter-queued",
            LetterStatus::Sent => "me-letter-sent",
            LetterStatus::Bounced => "me-letter-bounced",
            LetterStatus::Stopped => "me-letter-stopped",
        }
    }
}

crate::stored_code!(LetterStatus, "letter status", LetterStatus::parse, LetterStatus::as_str);

/// When letters go: at most `per_hour` to one decision-maker, between `day_start` and
/// `day_end` o'clock in their zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    pub per_hour: i64,
    pub day_start: i64,
    pub day_end: i64,
}

impl Window {
    /// Seconds between two letters to one person.
    pub fn spacing(&self) -> i64 {
        (3_600 / self.per_hour.max(1)).max(1)
    }

    /// The first moment at or after `t` inside the working hours of `zone`.
    pub fn open_at(&self, t: i64, zone: &jiff::tz::TimeZone) -> i64 {
        let Ok(ts) = jiff::Timestamp::from_second(t) else { return t };
        let local = ts.to_zoned(zone.clone());
        let hour = i64::from(local.hour());
        if hour >= self.day_start && hour < self.day_end {
            return t;
        }
        // The next day_start o'clock: today's if it is still to come, else tomorrow's.
        let date = if hour < self.day_start { local.date() } else { local.date().tomorrow().unwrap_or(local.date()) };
        let start = date.at(self.day_start as i8, 0, 0, 0);
        start.to_zoned(zone.clone()).map(|z| z.timestamp().as_second()).unwrap_or(t)
    }

    /// When a day's digest goes: the next `day_start` o'clock at or after `t`, in `zone`.
    pub fn digest_at(&self, t: i64, zone: &jiff::tz::TimeZone) -> i64 {
        let Ok(ts) = jiff::Timestamp::from_second(t) else { return t };
        let local = ts.to_zoned(zone.clone());
        let today = local.date().at(self.day_start as i8, 0, 0, 0).to_zoned(zone.clone()).map(|z| z.timestamp().as_second()).unwrap_or(t);
        if today >= t {
            return today;
        }
        local.date().tomorrow().ok().and_then(|d| d.at(self.day_start as i8, 0, 0, 0).to_zoned(zone.clone()).ok()).map(|z| z.timestamp().as_second()).unwrap_or(t)
    }

    /// The slot of the next letter to a decision-maker whose last letter has slot `last`:
    /// `spacing` after it (or now, when later), moved into their working hours.
    pub fn next_slot(&self, last: Option<i64>, now: i64, zone: &jiff::tz::TimeZone) -> i64 {
        let earliest = last.map(|l| l + self.spacing()).unwrap_or(now).max(now);
        self.open_at(earliest, zone)
    }
}

/// A letter action's form as typed by coordinators.
#[derive(Clone, Debug, Default)]
pub struct ActionInput {
    pub status: String,
    pub mode: String,
    pub per_hour: String,
    pub day_start: String,
    pub day_end: String,
    pub test_mode: bool,
    /// (language, subject, body) per language the campaign offers.
    pub texts: Vec<(Lang, String, String)>,
    pub targets: Vec<TargetId>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ActionDraft {
    pub status: Status,
    pub mode: Mode,
    pub window: Window,
    pub test_mode: bool,
    pub texts: Vec<(Lang, String, String)>,
    pub targets: Vec<TargetId>,
}

fn number(errors: &mut Invalid, field: &'static str, typed: &str, range: std::ops::RangeInclusive<i64>) -> i64 {
    match typed.trim().parse::<i64>() {
        Ok(n) if range.contains(&n) => n,
        _ => {
            errors.add(field, crate::text::Problem { id: "letter-error-number", count: Some(*range.end()) });
            *range.start()
        }
    }
}

impl ActionInput {
    pub fn parse(&self, default: Lang) -> Result<ActionDraft, Invalid> {
        let mut errors = Invalid::new();
        let status = Status::parse(self.status.trim()).unwrap_or(Status::Draft);
        let mode = Mode::parse(self.mode.trim()).unwrap_or(Mode::Spread);
        let per_hour = number(&mut errors, "per_hour", &self.per_hour, 1..=3_600);
        let day_start = number(&mut errors, "day_start", &self.day_start, 0..=23);
        let day_end = number(&mut errors, "day_end", &self.day_end, 1..=24);
        if day_end <= day_start {
            errors.add("day_end", "letter-error-hours");
        }
        let mut texts = Vec::new();
        for (lang, subject, body) in &self.texts {
            let required = *lang == default || !subject.trim().is_empty() || !body.trim().is_empty();
            let s = errors.take(format!("subject_{lang}"), text::single_line(subject, SUBJECT_MAX, required));
            let b = errors.take(format!("body_{lang}"), text::multi_line(body.trim_start(), BODY_MAX, required));
            if !s.is_empty() && !b.is_empty() {
                texts.push((*lang, s, b));
            }
        }
        if self.targets.is_empty() {
            errors.add("targets", "letter-error-no-targets");
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(ActionDraft { status, mode, window: Window { per_hour, day_start, day_end }, test_mode: self.test_mode, texts, targets: self.targets.clone() })
    }
}

fn words(s: &str) -> std::collections::BTreeSet<String> {
    s.split(|c: char| !c.is_alphanumeric()).filter(|w| w.chars().count() > 2).map(|w| w.to_lowercase()).collect()
}

/// The links in a text (what a mail program would make clickable): addresses with a scheme or
/// `www.`, mail addresses, and bare domains (`example.com/login`) whose last label is a common
/// top-level domain, or which go on with a path, a query or a port. Invisible characters and
/// dots that look like a full stop are taken out first: they must not hide a link.
pub fn links(s: &str) -> Vec<String> {
    let plain: String = s
        .chars()
        .filter(|c| !matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}' | '\u{00AD}' | '\u{061C}'))
        .map(|c| if matches!(c, '\u{3002}' | '\u{FF0E}' | '\u{FF61}' | '\u{2024}') { '.' } else { c })
        .collect();
    let mut out = Vec::new();
    for word in plain.split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | '<' | '>' | '[' | ']' | '"' | '\'' | '«' | '»' | '“' | '”' | '„' | '،')) {
        let lower = word.to_lowercase();
        if let Some(i) = ["http://", "https://", "www."].iter().filter_map(|p| lower.find(p)).min() {
            out.push(lower[i..].trim_end_matches(['.', ',', ';', ':', '!', '?', '؟', '؛']).to_string());
            continue;
        }
        // Every run of letters, digits, dots and hyphens in the word may be a host.
        let mut rest = word;
        while let Some(start) = rest.find(|c: char| c.is_alphanumeric()) {
            let after = &rest[start..];
            let end = after.find(|c: char| !(c.is_alphanumeric() || c == '.' || c == '-')).unwrap_or(after.len());
            let (host, tail) = after.split_at(end);
            let mailed = rest[..start].ends_with('@');
            if is_host(host.trim_end_matches(['.', '-']), tail, mailed) {
                out.push(format!("{}{}", host.trim_end_matches(['.', '-']), tail.split(char::is_whitespace).next().unwrap_or("")).to_lowercase());
                break;
            }
            rest = tail;
        }
    }
    out
}

/// Top-level domains a mail program links without a scheme, among the most used (and those of
/// the places this campaign speaks of).
const COMMON_TLDS: &[&str] = &[
    "com", "net", "org", "info", "biz", "io", "co", "me", "app", "xyz", "top", "site", "online", "link", "click", "live", "shop", "club", "ru", "su", "cn", "de", "fr", "uk", "eu", "es", "it", "nl",
    "be", "ch", "at", "se", "no", "dk", "fi", "pl", "pt", "gr", "tr", "ir", "sy", "lb", "jo", "iq", "sa", "ae", "qa", "eg", "ma", "tn", "dz", "ly", "us", "ca", "au", "in", "tk", "ml", "ga",
    "cf", "gq", "ws", "cc", "tv", "to", "gl", "ps", "zip", "mov", "il", "ua", "by", "kz", "ro", "bg", "hu", "cz", "sk", "si", "hr", "rs", "ba", "al", "lt", "lv", "ee", "ie", "is", "lu",
];

/// Whether `host`, followed by `tail`, is an address a mail program would link. `mailed`: it
/// follows an `@` (a mail address links whatever its top-level domain).
fn is_host(host: &str, tail: &str, mailed: bool) -> bool {
    let labels: Vec<&str> = host.split('.').collect();
    if labels.len() < 2 || labels.iter().any(|l| l.is_empty()) {
        return false;
    }
    let path = tail.starts_with(['/', '?', ':', '#']);
    // An address by number: 1.2.3.4/login.
    if labels.len() == 4 && labels.iter().all(|l| l.len() <= 3 && l.chars().all(|c| c.is_ascii_digit())) {
        return path;
    }
    let tld = labels[labels.len() - 1];
    if !(2..=24).contains(&tld.len()) || !tld.chars().all(|c| c.is_ascii_alphabetic()) {
        return false;
    }
    if path || mailed {
        return true;
    }
    // Without a path: a common top-level domain, the host in one case. A capital after a full
    // stop with no space ("Syria.It") is a sentence, not an address; "EVIL.COM" is one.
    let letters = || host.chars().filter(|c| c.is_alphabetic());
    let one_case = letters().all(char::is_lowercase) || letters().all(char::is_uppercase);
    one_case && labels[0].chars().count() >= 2 && COMMON_TLDS.contains(&tld.to_ascii_lowercase().as_str())
}

/// What a writer sends: the subject and body as they left them, checked against the
/// campaign's text. A decision-maker's mail is no place for someone else's links: a link the
/// campaign's text does not have is refused. `Err`: what to say about each field.
pub fn parse_letter(subject: &str, body: &str, original: &str) -> Result<(String, String), Invalid> {
    let mut errors = Invalid::new();
    let s = errors.take("subject", text::single_line(subject, SUBJECT_MAX, true));
    let b = errors.take("body", text::multi_line(body.trim_start(), BODY_MAX, true));
    if !links(&s).is_empty() {
        errors.add("subject", "letter-error-links");
    }
    let allowed = links(original);
    if links(&b).iter().any(|l| !allowed.contains(l)) {
        errors.add("body", "letter-error-links");
    }
    if !b.is_empty() {
        let want = words(original);
        let kept = want.intersection(&words(&b)).count();
        if !want.is_empty() && (kept as f64) < KEEP_SHARE * want.len() as f64 {
            errors.add("body", "letter-error-emptied");
        }
    }
    errors.or(|| (s, b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_domains_are_links_too_but_abbreviations_are_not() {
        for link in ["evil-phish.com/login", "Visit evil.ru now", "«example.org»", "see mail.example.net/a?b.", "donate-here.xyz", "t.me/channel", "x.com/someone", "evil.com?x=1", "evil.com:8080/a", "evil.com…", "evil.com—", "\u{200B}gov-uk-login.com/verify", "—paypal-secure.net/login", "write to help@evil.foo", "*evil.com*", "\u{2066}evil.com\u{2069}", "evil\u{3002}com/x", "1.2.3.4/login", "EVIL.COM", "evil.zip", "x&evil.com"] {
            assert_eq!(links(link).len(), 1, "{link}");
        }
        for text in ["e.g. the U.S. and the U.K.", "Node.js", "etc.", "3.5 million", "Idlib, 2019.", "the E.U", "نطالبكم بفتح الحدود.", "refugees from Syria.It is", "them.To", "in 2019.By then", "a.m./p.m.", "and/or"] {
            assert!(links(text).is_empty(), "{text}: {:?}", links(text));
        }
    }

    #[test]
    fn letters_to_one_person_keep_the_rate_within_their_hours() {
        let berlin = jiff::tz::TimeZone::get("Europe/Berlin").unwrap();
        let w = Window { per_hour: 12, day_start: 9, day_end: 17 };
        // Monday 2027-03-01 10:00 in Berlin.
        let now = jiff::civil::date(2027, 3, 1).at(10, 0, 0, 0).to_zoned(berlin.clone()).unwrap().timestamp().as_second();
        let mut last = None;
        let mut slots = Vec::new();
        for _ in 0..200 {
            let s = w.next_slot(last, now, &berlin);
            slots.push(s);
            last = Some(s);
        }
        // Within any hour of working time, 12 letters: the configured rate, exactly.
        let first_hour = slots.iter().filter(|&&s| s < now + 3_600).count();
        assert_eq!(first_hour, 12);
        // None outside 09:00–17:00 Berlin time; the day's first at 09:00 sharp.
        for s in &slots {
            let h = jiff::Timestamp::from_second(*s).unwrap().to_zoned(berlin.clone()).hour();
            assert!((9..17).contains(&h), "{h}");
        }
        let next_morning = slots.iter().find(|&&s| s >= now + 20 * 3_600).unwrap();
        assert_eq!(jiff::Timestamp::from_second(*next_morning).unwrap().to_zoned(berlin.clone()).time(), jiff::civil::time(9, 0, 0, 0));
        // A letter after a quiet spell goes at once.
        assert_eq!(w.next_slot(Some(now - 7_200), now, &berlin), now);
    }

    #[test]
    fn a_letter_emptied_of_the_campaigns_words_is_refused() {
        let original = "We ask you to open the borders to refugees from Idlib and to refuse any normalisation with the regime.";
        assert!(parse_letter("Open the borders", original, original).is_ok());
        let edited = "Dear minister, we ask you to open the borders to refugees from Idlib now, and to refuse any normalisation with the regime.";
        assert!(parse_letter("Open the borders", edited, original).is_ok(), "rewriting is allowed");
        let errors = parse_letter("Hi", "Buy cheap watches at example.com", original).unwrap_err();
        assert!(errors.ids().contains(&("body", "letter-error-emptied")));
        let spam = format!("{original} Cheap pills at [our shop](https://spam.example) or www.spam.example");
        assert!(parse_letter("Open the borders", &spam, original).unwrap_err().ids().contains(&("body", "letter-error-links")));
        assert!(parse_letter("CHEAP PILLS http://spam.example", original, original).unwrap_err().ids().contains(&("subject", "letter-error-links")));
        let errors = parse_letter("", &"x".repeat(BODY_MAX + 1), original).unwrap_err();
        assert!(errors.ids().contains(&("subject", "form-error-required")) && errors.ids().iter().any(|(f, _)| *f == "body"));
    }
}
