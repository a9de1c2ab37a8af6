//! iCalendar (RFC 5545) for events: one event's "add to calendar" file and feeds of many.
//! Times are written in the event's own zone (`DTSTART;TZID=Europe/Berlin:20260315T180000`)
//! with a VTIMEZONE built from the bundled time zone database: every transition from a year
//! before the first event to a year after the last, so a calendar shows the right local time
//! on both sides of a change of daylight saving time even if its own database is old. The
//! event's link is in DESCRIPTION as well as URL: many calendar apps show only DESCRIPTION.
//!
//! Written by hand: the `icalendar` crate builds events but not VTIMEZONE components, which
//! are most of what is delicate here; folding and escaping are a few lines.

use std::collections::BTreeMap;

/// One event as a calendar shows it.
pub struct CalEvent {
    /// Globally unique and stable: `event-{id}@{host}`.
    pub uid: String,
    pub title: String,
    pub description: String,
    pub url: String,
    pub location: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub time_zone: String,
    /// When the calendar file was made (DTSTAMP).
    pub stamp: i64,
    /// How many times the event changed: a calendar takes a higher SEQUENCE as the newer.
    pub sequence: i64,
    pub cancelled: bool,
}

/// How `e` shows in a calendar, its page in `lang`; `address` when the reader may know it.
pub fn event(base_url: &str, lang: crate::i18n::Lang, slug: &str, e: &super::store::Event, address: Option<String>) -> CalEvent {
    let host = base_url.split("://").nth(1).unwrap_or("localhost").trim_end_matches('/').to_string();
    let place = if e.city.is_empty() { e.country.clone() } else { format!("{}, {}", e.city, e.country) };
    CalEvent {
        uid: format!("event-{}@{host}", e.id),
        title: e.title.clone(),
        description: String::new(),
        url: format!("{base_url}/{lang}/c/{slug}/events/{}", e.id),
        location: address.map(|a| format!("{a}, {place}")).unwrap_or(place),
        starts_at: e.starts_at,
        ends_at: e.ends_at,
        time_zone: e.time_zone.clone(),
        stamp: crate::db::now(),
        sequence: e.revision,
        cancelled: e.status == super::model::Status::Cancelled,
    }
}

/// A calendar of `events` (one for a single event's file).
pub fn calendar(name: &str, events: &[CalEvent]) -> String {
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//tadamun//days of action//EN");
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    line(&mut out, &format!("X-WR-CALNAME:{}", escape(name)));
    // The zones used, each with the span of its events.
    let mut zones: BTreeMap<&str, (i64, i64)> = BTreeMap::new();
    for e in events {
        let span = zones.entry(&e.time_zone).or_insert((e.starts_at, e.ends_at));
        span.0 = span.0.min(e.starts_at);
        span.1 = span.1.max(e.ends_at);
    }
    for (zone, (from, to)) in &zones {
        vtimezone(&mut out, zone, *from, *to);
    }
    for e in events {
        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:{}", escape(&e.uid)));
        line(&mut out, &format!("DTSTAMP:{}", utc(e.stamp)));
        line(&mut out, &format!("DTSTART;TZID={}:{}", e.time_zone, local(e.starts_at, &e.time_zone)));
        line(&mut out, &format!("DTEND;TZID={}:{}", e.time_zone, local(e.ends_at, &e.time_zone)));
        line(&mut out, &format!("SUMMARY:{}", escape(&e.title)));
        let description = if e.description.is_empty() { e.url.clone() } else { format!("{}\n\n{}", e.description, e.url) };
        line(&mut out, &format!("DESCRIPTION:{}", escape(&description)));
        line(&mut out, &format!("URL:{}", e.url));
        if !e.location.is_empty() {
            line(&mut out, &format!("LOCATION:{}", escape(&e.location)));
        }
        line(&mut out, &format!("STATUS:{}", if e.cancelled { "CANCELLED" } else { "CONFIRMED" }));
        line(&mut out, &format!("SEQUENCE:{}", e.sequence.max(0)));
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    out
}

/// The VTIMEZONE of `zone` covering a year either side of `[from, to]`: one STANDARD or
/// DAYLIGHT component per transition in that span, or a single one for a zone without any.
fn vtimezone(out: &mut String, zone: &str, from: i64, to: i64) {
    let Ok(tz) = jiff::tz::TimeZone::get(zone) else { return };
    const YEAR: i64 = 366 * 86_400;
    let (Ok(start), Ok(end)) = (jiff::Timestamp::from_second(from - YEAR), jiff::Timestamp::from_second(to + YEAR)) else { return };
    line(out, "BEGIN:VTIMEZONE");
    line(out, &format!("TZID:{zone}"));
    let mut before = tz.to_offset(start);
    let mut any = false;
    for t in tz.following(start).take_while(|t| t.timestamp() <= end).take(64) {
        let after = t.offset();
        let dst = tz.to_offset_info(t.timestamp()).dst().is_dst();
        let kind = if dst { "DAYLIGHT" } else { "STANDARD" };
        line(out, &format!("BEGIN:{kind}"));
        // DTSTART of a transition is the local time just before it (in the old offset).
        let local_before = t.timestamp().to_zoned(jiff::tz::TimeZone::fixed(before)).datetime();
        line(out, &format!("DTSTART:{}", local_before.strftime("%Y%m%dT%H%M%S")));
        line(out, &format!("TZOFFSETFROM:{}", offset(before)));
        line(out, &format!("TZOFFSETTO:{}", offset(after)));
        line(out, &format!("TZNAME:{}", escape(t.abbreviation())));
        line(out, &format!("END:{kind}"));
        before = after;
        any = true;
    }
    if !any {
        let info = tz.to_offset_info(start);
        line(out, "BEGIN:STANDARD");
        line(out, "DTSTART:19700101T000000");
        line(out, &format!("TZOFFSETFROM:{}", offset(info.offset())));
        line(out, &format!("TZOFFSETTO:{}", offset(info.offset())));
        line(out, &format!("TZNAME:{}", escape(info.abbreviation())));
        line(out, "END:STANDARD");
    }
    line(out, "END:VTIMEZONE");
}

fn offset(o: jiff::tz::Offset) -> String {
    let s = o.seconds();
    let sign = if s < 0 { '-' } else { '+' };
    let a = s.abs();
    if a % 60 == 0 { format!("{sign}{:02}{:02}", a / 3600, a % 3600 / 60) } else { format!("{sign}{:02}{:02}{:02}", a / 3600, a % 3600 / 60, a % 60) }
}

fn utc(t: i64) -> String {
    jiff::Timestamp::from_second(t).map(|t| t.strftime("%Y%m%dT%H%M%SZ").to_string()).unwrap_or_default()
}

fn local(t: i64, zone: &str) -> String {
    let tz = jiff::tz::TimeZone::get(zone).unwrap_or(jiff::tz::TimeZone::UTC);
    jiff::Timestamp::from_second(t).map(|t| t.to_zoned(tz).strftime("%Y%m%dT%H%M%S").to_string()).unwrap_or_default()
}

/// TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, and line breaks.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A content line, folded at 75 octets without splitting a UTF-8 character, ending in CRLF.
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(starts: i64, zone: &str) -> CalEvent {
        CalEvent {
            uid: "event-1@example.org".into(),
            title: "وقفة تضامن, Idlib; now".into(),
            description: "Line one\nLine two".into(),
            url: "https://example.org/en/c/x/events/1".into(),
            location: "Berlin".into(),
            starts_at: starts,
            ends_at: starts + 3600,
            time_zone: zone.into(),
            stamp: starts - 86_400,
            sequence: 1,
            cancelled: false,
        }
    }

    #[test]
    fn local_times_with_their_zone_and_transitions_on_both_sides() {
        // 15 March 2026, 18:00 in Berlin (before the change on 29 March), and 5 April after it.
        let march = jiff::civil::datetime(2026, 3, 15, 18, 0, 0, 0).to_zoned(jiff::tz::TimeZone::get("Europe/Berlin").unwrap()).unwrap().timestamp().as_second();
        let april = jiff::civil::datetime(2026, 4, 5, 18, 0, 0, 0).to_zoned(jiff::tz::TimeZone::get("Europe/Berlin").unwrap()).unwrap().timestamp().as_second();
        let ics = calendar("Days", &[event(march, "Europe/Berlin"), event(april, "Europe/Berlin")]);
        assert!(ics.contains("DTSTART;TZID=Europe/Berlin:20260315T180000\r\n"), "{ics}");
        assert!(ics.contains("DTSTART;TZID=Europe/Berlin:20260405T180000\r\n"), "{ics}");
        assert!(ics.contains("BEGIN:DAYLIGHT\r\nDTSTART:20260329T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200"), "{ics}");
        assert!(ics.contains("BEGIN:STANDARD\r\nDTSTART:20261025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100"), "{ics}");
        assert_eq!(ics.matches("BEGIN:VTIMEZONE").count(), 1, "one VTIMEZONE per zone");
        assert!(ics.contains("SUMMARY:وقفة تضامن\\, Idlib\\; now"));
        assert!(ics.contains("DESCRIPTION:Line one\\nLine two\\n\\nhttps://example.org/en/c/x/events/1"));
        for l in ics.split("\r\n") {
            assert!(l.len() <= 75, "an unfolded line: {l}");
        }
    }

    #[test]
    fn a_zone_without_transitions_has_one_standard_component() {
        let t = jiff::civil::datetime(2026, 6, 1, 12, 0, 0, 0).to_zoned(jiff::tz::TimeZone::UTC).unwrap().timestamp().as_second();
        let ics = calendar("x", &[event(t, "Asia/Kolkata")]);
        assert!(ics.contains("BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0530\r\nTZOFFSETTO:+0530"), "{ics}");
        assert!(ics.contains("DTSTART;TZID=Asia/Kolkata:20260601T173000"));
    }
}
