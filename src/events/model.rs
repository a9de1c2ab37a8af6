//! Days of action and their events: what a form's text must be to become one. An event keeps
//! its own IANA time zone and its times in UTC: "18:00 in Berlin" stays 18:00 in Berlin across
//! a change of daylight saving time, and every reader's calendar converts it.

use crate::countries::Countries;
use crate::i18n::Lang;
use crate::supporters::model::{Email, PersonName};
use crate::text::{self, Invalid};

crate::row_id!(
    /// A day (or days) of action declared on a campaign.
    ActionDayId
);

crate::row_id!(
    /// An event of a day of action.
    EventId
);

crate::row_id!(
    /// One person's answer to one event.
    RsvpId
);

/// Where a person stands for an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RsvpStatus {
    /// Answered; not yet confirmed from the mail.
    Pending,
    Attending,
    /// The event was full when they confirmed: they move up when someone cancels.
    Waiting,
    Cancelled,
}

impl RsvpStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            RsvpStatus::Pending => "pending",
            RsvpStatus::Attending => "attending",
            RsvpStatus::Waiting => "waiting",
            RsvpStatus::Cancelled => "cancelled",
        }
    }

    pub fn parse(s: &str) -> Option<RsvpStatus> {
        [RsvpStatus::Pending, RsvpStatus::Attending, RsvpStatus::Waiting, RsvpStatus::Cancelled].into_iter().find(|k| k.as_str() == s)
    }
}

impl RsvpStatus {
    /// How the person's own page says where they stand.
    pub fn label_id(self) -> &'static str {
        match self {
            RsvpStatus::Pending => "me-pending",
            RsvpStatus::Attending => "rsvp-status-attending",
            RsvpStatus::Waiting => "rsvp-status-waiting",
            RsvpStatus::Cancelled => "rsvp-status-cancelled",
        }
    }
}

crate::stored_code!(RsvpStatus, "answer status", RsvpStatus::parse, RsvpStatus::as_str);

/// When the reminders for an event go, as UTC seconds: the day before at 18:00 and on the
/// day at 09:00, both in the event's own time zone (an attendee in Berlin for an event in
/// Beirut is reminded on Beirut's clock, as the event keeps it); a reminder whose time has
/// passed, or that would come after the start, is left out.
pub fn reminder_times(starts_at: i64, zone: &str, now: i64) -> Vec<i64> {
    let Ok(tz) = jiff::tz::TimeZone::get(zone) else { return Vec::new() };
    let Ok(start) = jiff::Timestamp::from_second(starts_at) else { return Vec::new() };
    let day = start.to_zoned(tz.clone()).date();
    let at = |date: Option<jiff::civil::Date>, hour: i8| -> Option<i64> {
        let dt = date?.at(hour, 0, 0, 0);
        Some(dt.to_zoned(tz.clone()).ok()?.timestamp().as_second())
    };
    [at(day.yesterday().ok(), 18), at(Some(day), 9)].into_iter().flatten().filter(|t| *t > now && *t < starts_at).collect()
}

pub const TITLE_MAX: usize = 150;
pub const DESCRIPTION_MAX: usize = 4_000;
pub const ADDRESS_MAX: usize = 300;
pub const ACCESS_MAX: usize = 500;
pub const DAY_TEXT_MAX: usize = 4_000;
pub const MAX_DAYS: i64 = 14;
pub const MAX_CAPACITY: i64 = 1_000_000;
pub const MAX_REPORT_PHOTOS: usize = 5;
pub const REPORT_MAX: usize = 4_000;

/// An organiser's report after the event: how many came (a whole number), and a text.
pub fn parse_report(attended: &str, text: &str) -> Result<super::store::Report, Invalid> {
    let mut errors = Invalid::new();
    // Thousands separators (a space, a comma, the Arabic ٬) are read; a decimal point is not a
    // number of people.
    let digits: String = attended.trim().chars().map(ascii_digit).filter(|c| !matches!(c, ',' | ' ' | '٬' | '\u{a0}' | '\u{202f}')).collect();
    let attended = match digits.parse::<i64>() {
        Ok(n) if (0..=MAX_CAPACITY).contains(&n) => n,
        _ => {
            errors.add("attended", "event-error-attended");
            0
        }
    };
    let text = errors.take("text", text::multi_line(text, REPORT_MAX, false));
    errors.or(|| super::store::Report { attended, text_html: text::markdown_to_html(&text), text_md: text })
}

/// A calendar date, `YYYY-MM-DD` (Arabic-Indic digits read as digits).
pub fn parse_date(input: &str) -> Result<jiff::civil::Date, &'static str> {
    let s: String = input.trim().chars().map(ascii_digit).collect();
    if s.is_empty() {
        return Err("form-error-required");
    }
    match s.parse::<jiff::civil::Date>() {
        Ok(d) if s.len() == 10 && d.year() >= 2000 => Ok(d),
        _ => Err("event-error-date"),
    }
}

fn ascii_digit(c: char) -> char {
    match c {
        '٠'..='٩' => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
        '۰'..='۹' => char::from(b'0' + (c as u32 - '۰' as u32) as u8),
        c => c,
    }
}

/// A day of action as coordinators type it: its dates, and a title and text per language.
#[derive(Clone, Debug, Default)]
pub struct DayInput {
    pub first_day: String,
    pub last_day: String,
    /// (language, title, text) for each language the form showed.
    pub texts: Vec<(Lang, String, String)>,
}

#[derive(Clone, Debug)]
pub struct DayTexts {
    pub title: String,
    pub body_md: String,
    pub body_html: String,
}

#[derive(Clone, Debug)]
pub struct ActionDayDraft {
    pub first_day: jiff::civil::Date,
    pub last_day: jiff::civil::Date,
    pub texts: Vec<(Lang, DayTexts)>,
}

impl DayInput {
    /// Checked against the campaign's default language, which must have a title.
    pub fn parse(&self, default_lang: Lang) -> Result<ActionDayDraft, Invalid> {
        let mut errors = Invalid::new();
        let first = parse_date(&self.first_day).map_err(|e| errors.add("first_day", e)).ok();
        let last = if self.last_day.trim().is_empty() { first.ok_or(()) } else { parse_date(&self.last_day).map_err(|e| errors.add("last_day", e)) };
        let last = last.ok();
        if let (Some(f), Some(l)) = (first, last) {
            if l < f {
                errors.add("last_day", "event-error-last-before-first");
            } else if f.until(l).map(|s| s.get_days() as i64).unwrap_or(0) >= MAX_DAYS {
                errors.add("last_day", crate::text::Problem { id: "event-error-too-many-days", count: Some(MAX_DAYS) });
            }
        }
        let mut texts = Vec::new();
        for (lang, title, body) in &self.texts {
            let required = *lang == default_lang;
            let title = errors.take(format!("title_{lang}"), text::single_line(title, TITLE_MAX, required));
            let body = errors.take(format!("body_{lang}"), text::multi_line(body, DAY_TEXT_MAX, false));
            if !title.is_empty() {
                texts.push((*lang, DayTexts { body_html: text::markdown_to_html(&body), title, body_md: body }));
            }
        }
        match (first, last) {
            (Some(first_day), Some(last_day)) if errors.is_empty() => Ok(ActionDayDraft { first_day, last_day, texts }),
            _ => Err(errors),
        }
    }
}

/// What kind of event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Rally,
    Vigil,
    Meeting,
    Cultural,
    Online,
    Other,
}

impl Kind {
    pub const ALL: [Kind; 6] = [Kind::Rally, Kind::Vigil, Kind::Meeting, Kind::Cultural, Kind::Online, Kind::Other];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Rally => "rally",
            Kind::Vigil => "vigil",
            Kind::Meeting => "meeting",
            Kind::Cultural => "cultural",
            Kind::Online => "online",
            Kind::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    pub fn label_id(self) -> &'static str {
        match self {
            Kind::Rally => "event-kind-rally",
            Kind::Vigil => "event-kind-vigil",
            Kind::Meeting => "event-kind-meeting",
            Kind::Cultural => "event-kind-cultural",
            Kind::Online => "event-kind-online",
            Kind::Other => "event-kind-other",
        }
    }
}

crate::stored_code!(Kind, "event kind", Kind::parse, Kind::as_str);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Submitted; the organiser has not confirmed from the mail yet.
    Unconfirmed,
    /// Confirmed by the organiser; waiting for a moderator.
    Pending,
    /// A moderator asked for changes (the message says which).
    Changes,
    Approved,
    Rejected,
    /// Cancelled by its organiser.
    Cancelled,
}

impl Status {
    pub const ALL: [Status; 6] = [Status::Unconfirmed, Status::Pending, Status::Changes, Status::Approved, Status::Rejected, Status::Cancelled];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Unconfirmed => "unconfirmed",
            Status::Pending => "pending",
            Status::Changes => "changes",
            Status::Approved => "approved",
            Status::Rejected => "rejected",
            Status::Cancelled => "cancelled",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|k| k.as_str() == s)
    }

    pub fn label_id(self) -> &'static str {
        match self {
            Status::Unconfirmed => "event-status-unconfirmed",
            Status::Pending => "event-status-pending",
            Status::Changes => "event-status-changes",
            Status::Approved => "event-status-approved",
            Status::Rejected => "event-status-rejected",
            Status::Cancelled => "event-status-cancelled",
        }
    }
}

crate::stored_code!(Status, "event status", Status::parse, Status::as_str);

/// Where a report stands: its text and photos show publicly only once published.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportStatus {
    /// Written or changed by its organiser; a moderator has not looked yet.
    Pending,
    Published,
    /// A moderator took it down (a face that should not be shown, a text that does not belong).
    Hidden,
}

impl ReportStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ReportStatus::Pending => "pending",
            ReportStatus::Published => "published",
            ReportStatus::Hidden => "hidden",
        }
    }

    pub fn parse(s: &str) -> Option<ReportStatus> {
        [ReportStatus::Pending, ReportStatus::Published, ReportStatus::Hidden].into_iter().find(|k| k.as_str() == s)
    }

    pub fn label_id(self) -> &'static str {
        match self {
            ReportStatus::Pending => "report-status-pending",
            ReportStatus::Published => "report-status-published",
            ReportStatus::Hidden => "report-status-hidden",
        }
    }
}

crate::stored_code!(ReportStatus, "report status", ReportStatus::parse, ReportStatus::as_str);

/// The event form as typed.
#[derive(Clone, Debug, Default)]
pub struct EventInput {
    pub title: String,
    pub description: String,
    pub languages: Vec<String>,
    pub kind: String,
    /// `YYYY-MM-DDTHH:MM` (what `<input type="datetime-local">` sends), in the event's zone.
    pub starts: String,
    pub ends: String,
    /// An IANA zone; empty: the chosen city's.
    pub time_zone: String,
    pub country: String,
    pub city: String,
    /// The gazetteer id the organiser picked when the city's name was ambiguous.
    pub city_id: String,
    pub address: String,
    pub address_public: bool,
    pub capacity: String,
    pub accessibility: String,
    pub organiser_name: String,
    pub organiser_email: String,
}

impl EventInput {
    pub fn from_pairs(pairs: &[(String, String)]) -> EventInput {
        let get = |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.chars().take(10_000).collect()).unwrap_or_default();
        EventInput {
            title: get("title"),
            description: get("description"),
            languages: pairs.iter().filter(|(k, _)| k == "languages").map(|(_, v)| v.chars().take(10).collect()).take(10).collect(),
            kind: get("kind"),
            starts: get("starts"),
            ends: get("ends"),
            time_zone: get("time_zone"),
            country: get("country"),
            city: get("city"),
            city_id: get("city_id"),
            address: get("address"),
            address_public: pairs.iter().any(|(k, v)| k == "address_public" && v == "yes"),
            capacity: get("capacity"),
            accessibility: get("accessibility"),
            organiser_name: get("organiser_name"),
            organiser_email: get("organiser_email"),
        }
    }
}

/// Where an event happens, resolved from the gazetteer.
#[derive(Clone, Debug)]
pub struct Place {
    pub city_id: Option<u32>,
    pub city: String,
    pub country: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

/// An event that passed every check, with its times in UTC.
#[derive(Clone, Debug)]
pub struct EventDraft {
    pub title: String,
    pub description_md: String,
    pub description_html: String,
    pub languages: Vec<Lang>,
    pub kind: Kind,
    pub starts_at: i64,
    pub ends_at: i64,
    pub time_zone: String,
    pub place: Place,
    pub address: String,
    pub address_public: bool,
    pub capacity: Option<i64>,
    pub accessibility: String,
    pub organiser_name: PersonName,
    pub organiser_email: Email,
}

/// The outcome of looking a typed city up: one place, several to choose from, or none.
pub enum CityLookup {
    Found(Place, Option<String>),
    Choose(Vec<(u32, String)>),
    NotFound,
}

/// Look a typed city up in the gazetteer (or take the id the organiser chose from a list).
/// With the place: the city's time zone, when the gazetteer knows it.
pub fn lookup_city(country: &str, typed: &str, chosen: &str, lang: Lang) -> CityLookup {
    if let Some(city) = chosen.trim().parse::<u32>().ok().and_then(crate::places::by_id).filter(|c| c.country.eq_ignore_ascii_case(country)) {
        return CityLookup::Found(place_of(city, lang), city.time_zone.as_ref().map(|z| z.to_string()));
    }
    let found = crate::places::find(country, typed);
    match found.as_slice() {
        [] => CityLookup::NotFound,
        [one] => CityLookup::Found(place_of(one, lang), one.time_zone.as_ref().map(|z| z.to_string())),
        several => {
            // A name that leads by far (Paris, France over Paris, Texas) needs no question.
            let (first, second) = (several[0], several[1]);
            if first.population > 0 && u64::from(first.population) >= 20 * u64::from(second.population.max(1)) {
                return CityLookup::Found(place_of(first, lang), first.time_zone.as_ref().map(|z| z.to_string()));
            }
            CityLookup::Choose(several.iter().map(|c| (c.id, describe(c, lang))).collect())
        }
    }
}

fn place_of(c: &crate::places::City, lang: Lang) -> Place {
    Place { city_id: Some(c.id), city: c.name_for(lang).to_string(), country: c.country.to_string(), lat: Some(c.lat), lon: Some(c.lon) }
}

/// A city as the organiser chooses it from a list: its name and region, which tells the
/// thirteen Springfields apart.
fn describe(c: &crate::places::City, lang: Lang) -> String {
    match c.region_for(lang) {
        Some(region) => format!("{}, {region}", c.name_for(lang)),
        None => c.name_for(lang).to_string(),
    }
}

/// A local date and time in a zone, as UTC seconds. A time that does not exist (skipped by a
/// change of daylight saving time) or exists twice is taken the way calendars take it.
pub fn local_to_utc(local: &str, zone: &jiff::tz::TimeZone) -> Result<i64, &'static str> {
    let s: String = local.trim().chars().map(ascii_digit).collect();
    if s.is_empty() {
        return Err("form-error-required");
    }
    let dt: jiff::civil::DateTime = s.replace(' ', "T").parse().map_err(|_| "event-error-time")?;
    // To the minute: a form's time has no seconds.
    let dt = dt.with().second(0).subsec_nanosecond(0).build().map_err(|_| "event-error-time")?;
    // A time the clocks skip (the hour they go forward) does not exist there: said so, never
    // moved silently. A time that happens twice (the hour they go back) is the first.
    let ambiguous = zone.to_ambiguous_zoned(dt);
    if matches!(ambiguous.offset(), jiff::tz::AmbiguousOffset::Gap { .. }) {
        return Err("event-error-time-gap");
    }
    let zoned = ambiguous.earlier().map_err(|_| "event-error-time")?;
    Ok(zoned.timestamp().as_second())
}

/// The time zone named, if the time zone database knows it.
pub fn zone(name: &str) -> Option<jiff::tz::TimeZone> {
    let name = name.trim();
    if name.is_empty() || name.len() > 64 || !name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '_' | '-' | '+')) {
        return None;
    }
    jiff::tz::TimeZone::get(name).ok()
}

/// The zone's name as the time zone database spells it (`europe/berlin` is `Europe/Berlin`).
pub fn zone_name(zone: &jiff::tz::TimeZone, typed: &str) -> String {
    zone.iana_name().map(str::to_string).unwrap_or_else(|| typed.trim().to_string())
}

impl EventInput {
    /// Check every field. `day` is the day of action the event belongs to: its local start
    /// date must fall within it. `lang` names cities in the reader's language.
    pub fn parse(&self, countries: &Countries, day: (jiff::civil::Date, jiff::civil::Date), lang: Lang) -> Result<EventDraft, (Invalid, Vec<(u32, String)>)> {
        let mut errors = Invalid::new();
        let mut choices = Vec::new();
        let title = errors.take("title", text::single_line(&self.title, TITLE_MAX, true));
        let description = errors.take("description", text::multi_line(&self.description, DESCRIPTION_MAX, false));
        let languages: Vec<Lang> = self.languages.iter().filter_map(|l| Lang::parse(l)).collect();
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
        let online = kind == Some(Kind::Online);
        let mut place = None;
        let mut city_zone = None;
        if let Some(country) = &country {
            if self.city.trim().is_empty() && self.city_id.trim().is_empty() {
                if online {
                    place = Some(Place { city_id: None, city: String::new(), country: country.as_str().to_string(), lat: None, lon: None });
                } else {
                    errors.add("city", "form-error-required");
                }
            } else {
                match lookup_city(country.as_str(), &self.city, &self.city_id, lang) {
                    CityLookup::Found(p, z) => {
                        place = Some(p);
                        city_zone = z;
                    }
                    CityLookup::Choose(list) => {
                        errors.add("city", "event-error-city-choose");
                        choices = list;
                    }
                    CityLookup::NotFound => errors.add("city", "event-error-city"),
                }
            }
        }
        let zone_name = if self.time_zone.trim().is_empty() { city_zone.clone().unwrap_or_default() } else { self.time_zone.trim().to_string() };
        let tz = if zone_name.is_empty() {
            if place.is_some() || online {
                errors.add("time_zone", "form-error-required");
            }
            None
        } else {
            let z = zone(&zone_name);
            if z.is_none() {
                errors.add("time_zone", "event-error-time-zone");
            }
            z
        };
        let mut starts_at = None;
        let mut ends_at = None;
        if let Some(tz) = &tz {
            starts_at = local_to_utc(&self.starts, tz).map_err(|e| errors.add("starts", e)).ok();
            ends_at = local_to_utc(&self.ends, tz).map_err(|e| errors.add("ends", e)).ok();
            if let (Some(s), Some(e)) = (starts_at, ends_at) {
                if e <= s {
                    errors.add("ends", "event-error-end-before-start");
                } else if e - s > 3 * 86_400 {
                    errors.add("ends", "event-error-too-long");
                }
                let local_day = jiff::Timestamp::from_second(s).map(|t| t.to_zoned(tz.clone()).date()).ok();
                if local_day.is_some_and(|d| d < day.0 || d > day.1) {
                    errors.add("starts", "event-error-outside-day");
                } else if e < jiff::Timestamp::now().as_second() {
                    errors.add("ends", "event-error-past");
                }
            }
        }
        let address = errors.take("address", text::single_line(&self.address, ADDRESS_MAX, !online));
        let capacity = if self.capacity.trim().is_empty() {
            None
        } else {
            let s: String = self.capacity.trim().chars().map(ascii_digit).filter(|c| !matches!(c, ',' | '.' | ' ' | '٬')).collect();
            match s.parse::<i64>() {
                Ok(n) if (1..=MAX_CAPACITY).contains(&n) => Some(n),
                _ => {
                    errors.add("capacity", "event-error-capacity");
                    None
                }
            }
        };
        let accessibility = errors.take("accessibility", text::multi_line(&self.accessibility, ACCESS_MAX, false));
        let organiser_name = PersonName::parse(&self.organiser_name).map_err(|e| errors.add("organiser_name", e)).ok();
        let organiser_email = Email::parse(&self.organiser_email).map_err(|e| errors.add("organiser_email", e)).ok();
        let canonical = tz.as_ref().map(|z| self::zone_name(z, &zone_name)).unwrap_or_else(|| zone_name.clone());
        match (kind, place, tz, starts_at, ends_at, organiser_name, organiser_email) {
            (Some(kind), Some(place), Some(_), Some(starts_at), Some(ends_at), Some(organiser_name), Some(organiser_email)) if errors.is_empty() => Ok(EventDraft {
                title,
                description_html: text::markdown_to_html(&description),
                description_md: description,
                languages,
                kind,
                starts_at,
                ends_at,
                time_zone: canonical,
                place,
                address,
                address_public: self.address_public,
                capacity,
                accessibility,
                organiser_name,
                organiser_email,
            }),
            _ => Err((errors, choices)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zone_of(name: &str) -> jiff::tz::TimeZone {
        zone(name).unwrap()
    }

    #[test]
    fn local_times_keep_their_zone_across_a_change_of_daylight_saving_time() {
        // 18:00 in Berlin in winter is 17:00 UTC; in summer 16:00 UTC.
        assert_eq!(local_to_utc("2026-01-15T18:00", &zone_of("Europe/Berlin")).unwrap(), jiff::civil::datetime(2026, 1, 15, 17, 0, 0, 0).to_zoned(jiff::tz::TimeZone::UTC).unwrap().timestamp().as_second());
        assert_eq!(local_to_utc("2026-07-15T18:00", &zone_of("Europe/Berlin")).unwrap(), jiff::civil::datetime(2026, 7, 15, 16, 0, 0, 0).to_zoned(jiff::tz::TimeZone::UTC).unwrap().timestamp().as_second());
        // Arabic-Indic digits.
        assert!(local_to_utc("٢٠٢٦-٠١-١٥T18:00", &zone_of("Asia/Damascus")).is_ok());
        assert_eq!(local_to_utc("tomorrow", &zone_of("UTC")), Err("event-error-time"));
        assert!(zone("Mars/Olympus").is_none() && zone("../../etc/passwd").is_none() && zone("").is_none());
        assert!(zone("America/Argentina/Buenos_Aires").is_some());
        // 02:30 on 29 March 2026 does not exist in Berlin (the clocks jump from 02:00 to 03:00).
        assert_eq!(local_to_utc("2026-03-29T02:30", &zone_of("Europe/Berlin")), Err("event-error-time-gap"));
        assert_eq!(local_to_utc("2026-01-15T18:00:31", &zone_of("UTC")).unwrap() % 60, 0, "to the minute");
    }

    #[test]
    fn reminders_come_at_the_events_local_hours_in_every_zone() {
        let local = |d: &str, zone: &str| local_to_utc(d, &zone_of(zone)).unwrap();
        for zone in ["Europe/Berlin", "Asia/Damascus", "America/Toronto"] {
            let starts = local("2026-03-29T18:00", zone);
            let times = reminder_times(starts, zone, 0);
            assert_eq!(times, vec![local("2026-03-28T18:00", zone), local("2026-03-29T09:00", zone)], "{zone}");
        }
        // Berlin changes to summer time in the night of 28 to 29 March 2026: the day before
        // at 18:00 is UTC+1, the day itself at 09:00 UTC+2; each is the local hour.
        let starts = local("2026-03-29T18:00", "Europe/Berlin");
        let times = reminder_times(starts, "Europe/Berlin", 0);
        assert_eq!(times[1] - times[0], 14 * 3600, "15 hours of clock, 14 of time");
        // Reminders already past are left out; so is one after an early start.
        assert_eq!(reminder_times(starts, "Europe/Berlin", times[0]).len(), 1);
        let early = local("2026-03-29T08:00", "Europe/Berlin");
        assert_eq!(reminder_times(early, "Europe/Berlin", 0).len(), 1);
    }

    #[test]
    fn days_of_action_have_a_title_in_the_default_language_and_sane_dates() {
        let ok = DayInput { first_day: "2026-03-15".into(), last_day: "".into(), texts: vec![(Lang::Ar, "يوم التضامن".into(), "".into()), (Lang::En, "".into(), "".into())] };
        let d = ok.parse(Lang::Ar).unwrap();
        assert_eq!((d.first_day, d.last_day, d.texts.len()), (jiff::civil::date(2026, 3, 15), jiff::civil::date(2026, 3, 15), 1));
        let bad = DayInput { first_day: "2026-03-15".into(), last_day: "2026-03-01".into(), texts: vec![(Lang::Ar, "".into(), "".into())] };
        let refused = bad.parse(Lang::Ar).unwrap_err();
        let fields: Vec<&str> = refused.ids().into_iter().map(|(f, _)| f).collect();
        assert_eq!(fields, vec!["last_day", "title_ar"]);
        let long = DayInput { first_day: "2026-03-01".into(), last_day: "2026-04-01".into(), texts: vec![(Lang::En, "Days".into(), "".into())] };
        assert!(long.parse(Lang::En).is_err());
    }
}
