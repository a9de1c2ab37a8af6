//! The rules of days of action, apart from the pages: coordinators declare days; anyone may
//! submit an event for one (no account), confirmed from the mail and then moderated, except
//! that staff of an approved organisation are trusted hosts whose events go up at once; a
//! moderator approves, asks for changes or rejects with a message to the organiser in their
//! language; the organiser manages the event from a signed link.

use super::mail::{EventMail, What};
use super::model::{ActionDayId, DayInput, EventId, EventInput, ReportStatus, Status};
use super::store::{self, ActionDay, Event};
use crate::campaigns::model::Campaign;
use crate::crypto::LinkPurpose;
use crate::db::now;
use crate::error::{AppError, AppResult};
use crate::i18n::Lang;
use crate::staff::{Permission, Staff};
use crate::state::AppState;
use crate::text::Invalid;

/// Declare a day of action: coordinators only.
pub async fn declare_day(state: &AppState, staff: &Staff, campaign: &Campaign, input: &DayInput) -> AppResult<Result<ActionDayId, Invalid>> {
    staff.require(Permission::ManageCampaigns)?;
    let draft = match input.parse(campaign.default_lang) {
        Ok(d) => d,
        Err(e) => return Ok(Err(e)),
    };
    let id = store::add_day(&state.db, campaign.id, &draft, now()).await?;
    crate::audit::store::record(&state.db, staff, "day-declared", Some(campaign.id), &draft.first_day.to_string(), now()).await?;
    state.cache.clear();
    Ok(Ok(id))
}

/// A day of action of a published campaign, by id.
pub async fn public_day(state: &AppState, campaign: &Campaign, id: &str) -> AppResult<ActionDay> {
    let id = id.parse::<ActionDayId>().map_err(|_| AppError::NotFound)?;
    store::day(&state.db, id).await?.filter(|d| d.campaign_id == campaign.id).ok_or(AppError::NotFound)
}

/// The most submissions a day that may name one organiser address.
pub const SUBMISSIONS_PER_ORGANISER_PER_DAY: i64 = 3;

/// A refused event: what to say about each field, and the cities to choose from when the name
/// typed is ambiguous.
pub struct Refused {
    pub errors: Invalid,
    pub choices: Vec<(u32, String)>,
}

/// Take an event for a day of action. A trusted host (staff of an approved organisation) has
/// it approved at once; anyone else confirms from the mail, then a moderator decides.
pub async fn submit(state: &AppState, day: &ActionDay, lang: Lang, input: &EventInput, photo: Option<Vec<u8>>, host: Option<&Staff>, token: (&str, i64)) -> AppResult<Result<Option<EventId>, Refused>> {
    let mut errors = Invalid::new();
    let parsed = input.parse(crate::countries::countries(), (day.first_day, day.last_day), lang);
    let photo = match photo.filter(|p| !p.is_empty()) {
        None => None,
        Some(bytes) => match crate::images::sanitise_one_at_a_time(bytes, &crate::images::Limits::PHOTO, crate::images::Output::Jpeg { max_side: 1600, quality: 85 }).await? {
            Ok(clean) => Some(clean.bytes),
            Err(e) => {
                errors.add("photo", e.problem());
                None
            }
        },
    };
    let draft = match parsed {
        Ok(d) if errors.is_empty() => d,
        Ok(_) => return Ok(Err(Refused { errors, choices: Vec::new() })),
        Err((e, choices)) => {
            errors.extend(e);
            return Ok(Err(Refused { errors, choices }));
        }
    };
    // Staff of an approved organisation are trusted hosts.
    let trusted = match host.and_then(|s| s.organisation) {
        // Approved, and a partner of this day's campaign: trust does not cross campaigns.
        Some(org) => crate::organisations::store::find(&state.db, org)
            .await?
            .filter(|o| o.status == crate::organisations::model::Status::Approved && o.campaign_id == day.campaign_id)
            .map(|o| o.id),
        None => None,
    };
    let status = if trusted.is_some() { Status::Approved } else { Status::Unconfirmed };
    let now = now();
    let mut tx = state.db.begin_write().await?;
    // A form's token is good once: a replay stores (and mails) nothing. At most a few
    // submissions a day name one organiser address (each mails it).
    if !crate::http::abuse::consume_form_token(&mut tx, token.0, token.1).await? {
        return Ok(Ok(None));
    }
    if trusted.is_none() && store::events_by_organiser(&mut tx, &state.keys.fields, &draft.organiser_email, now - 86_400).await? >= SUBMISSIONS_PER_ORGANISER_PER_DAY {
        tx.commit().await.map_err(anyhow::Error::from)?;
        return Ok(Ok(None));
    }
    let id = store::add_event(&mut tx, &state.keys.fields, day.id, &draft, lang, status, trusted, photo.as_deref(), now).await?;
    let what = if trusted.is_some() { What::Approved } else { What::Confirm };
    crate::jobs::enqueue(&mut tx, &EventMail { event: id, what, at: now }, now).await?;
    tx.commit().await.map_err(anyhow::Error::from)?;
    state.job_notify.notify_waiters();
    if trusted.is_some() {
        state.cache.clear();
    }
    tracing::info!(trusted = trusted.is_some(), "event submitted");
    Ok(Ok(Some(id)))
}

/// How long after its end an event's management link (and the attendee list behind it) works.
pub const MANAGE_DAYS_AFTER: i64 = 30;

/// The event a link names, for its purpose. A management link stops working a month after
/// the event: the list of who came is not kept reachable by a forwarded link for ever.
pub async fn linked(state: &AppState, purpose: LinkPurpose, token: &str) -> AppResult<Option<Event>> {
    let Some(id) = state.keys.verify_link::<EventId>(purpose, token) else { return Ok(None) };
    let event = store::event(&state.db, id).await?;
    Ok(event.filter(|e| purpose != LinkPurpose::EventManage || e.ends_at + MANAGE_DAYS_AFTER * 86_400 > now()))
}

/// The organiser confirmed from the mail: the event goes to the moderators. Once.
pub async fn confirm(state: &AppState, event: &Event) -> AppResult<bool> {
    let mut tx = state.db.begin_write().await?;
    let done = store::set_status(&mut tx, event.id, &[Status::Unconfirmed], Status::Pending, "", None, now()).await?;
    tx.commit().await.map_err(anyhow::Error::from)?;
    Ok(done)
}

/// A moderator's decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    Approve,
    AskChanges,
    Reject,
}

/// Decide on an event (moderators and coordinators): the organiser is mailed the decision and
/// the message (required to ask for changes or to reject), in the event's language.
pub async fn decide(state: &AppState, staff: &Staff, campaign: &Campaign, event: &Event, decision: Decision, message: &str) -> AppResult<Result<bool, Invalid>> {
    staff.require(Permission::Moderate)?;
    let day = store::day(&state.db, event.day_id).await?.ok_or(AppError::NotFound)?;
    if day.campaign_id != campaign.id {
        return Err(AppError::NotFound);
    }
    let mut errors = Invalid::new();
    let message = errors.take("message", crate::text::multi_line(message, 1_000, decision != Decision::Approve));
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    let (to, what, action) = match decision {
        Decision::Approve => (Status::Approved, What::Approved, "event-approved"),
        Decision::AskChanges => (Status::Changes, What::Changes, "event-changes"),
        Decision::Reject => (Status::Rejected, What::Rejected, "event-rejected"),
    };
    let now = now();
    let mut tx = state.db.begin_write().await?;
    let from = [Status::Pending, Status::Changes, Status::Approved, Status::Rejected];
    let changed = to != event.status && store::set_status(&mut tx, event.id, &from, to, &message, Some(staff.id), now).await?;
    if changed {
        crate::jobs::enqueue(&mut tx, &EventMail { event: event.id, what, at: now }, now).await?;
        // Rejected, it no longer takes place. Asked for changes, it is off the public pages
        // while its organiser mends it, but nobody is told it is called off: it usually goes
        // back up as it was, and an attendee told "called off" then "on again" trusts neither.
        if to == Status::Rejected {
            tell_called_off(&mut tx, event, now).await?;
        }
    }
    tx.commit().await.map_err(anyhow::Error::from)?;
    if changed {
        crate::audit::store::record(&state.db, staff, action, Some(campaign.id), &event.title, now).await?;
        state.job_notify.notify_waiters();
        state.cache.clear();
    }
    Ok(Ok(changed))
}

/// Tell everyone attending or waiting that an approved event no longer takes place (cancelled,
/// rejected, or taken down for changes), inside the transaction that changed it.
async fn tell_called_off(tx: &mut sqlx::AnyConnection, event: &Event, now: i64) -> AppResult<()> {
    if event.status != Status::Approved {
        return Ok(());
    }
    for (rsvp, _) in store::live_rsvps(tx, event.id).await? {
        crate::jobs::enqueue(tx, &super::mail::RsvpMail { rsvp, what: super::mail::RsvpWhat::CalledOff, at: now, starts_at: event.starts_at, message: None }, now).await?;
    }
    Ok(())
}

/// The organiser cancels their event; everyone coming is told.
pub async fn cancel(state: &AppState, event: &Event) -> AppResult<bool> {
    let mut tx = state.db.begin_write().await?;
    let done = store::set_status(&mut tx, event.id, &[Status::Unconfirmed, Status::Pending, Status::Changes, Status::Approved], Status::Cancelled, "", None, now()).await?;
    if done {
        tell_called_off(&mut tx, event, now()).await?;
    }
    tx.commit().await.map_err(anyhow::Error::from)?;
    if done {
        state.cache.clear();
    }
    Ok(done)
}

/// The organiser writes to the people who have a place: one mail each, from the campaign (no
/// one's address is shown to anyone). `Ok(n)`: how many it goes to; `Err`: what to say about
/// the field `message` (empty, too long, hostile, nobody to write to, or the day's messages
/// used up).
pub async fn write_to_attendees(state: &AppState, event: &Event, text: &str) -> AppResult<Result<usize, Invalid>> {
    use super::messages;
    if event.status != Status::Approved {
        let mut e = Invalid::new();
        e.add("message", "event-message-error-closed");
        return Ok(Err(e));
    }
    let body = match messages::parse(text) {
        Ok(b) => b,
        Err(e) => return Ok(Err(e)),
    };
    let now = now();
    let refuse = |id: &'static str| {
        let mut e = Invalid::new();
        e.add("message", id);
        Ok(Err(e))
    };
    let mut tx = state.db.begin_write().await?;
    if messages::count_since(&mut tx, event.id, now - 86_400).await? >= messages::PER_DAY {
        return refuse("event-message-error-limit");
    }
    let attending: Vec<_> = store::live_rsvps(&mut tx, event.id).await?.into_iter().filter(|(_, s)| *s == super::model::RsvpStatus::Attending).map(|(id, _)| id).collect();
    if attending.is_empty() {
        return refuse("event-message-error-nobody");
    }
    let id = messages::add(&mut tx, &state.keys.fields, event.id, &body, now).await?;
    for rsvp in &attending {
        let mail = super::mail::RsvpMail { rsvp: *rsvp, what: super::mail::RsvpWhat::Message, at: now, starts_at: event.starts_at, message: Some(id) };
        crate::jobs::enqueue(&mut tx, &mail, now).await?;
    }
    tx.commit().await.map_err(anyhow::Error::from)?;
    state.job_notify.notify_waiters();
    Ok(Ok(attending.len()))
}

/// What a route under `/{lang}/staff/campaigns/{slug}/events…` is about: for moderators and
/// coordinators.
pub use crate::organisations::service::Moderation;

/// What someone typed and ticked to say they will attend.
#[derive(Clone, Debug, Default)]
pub struct AttendInput {
    pub name: String,
    pub email: String,
    pub consent: bool,
    /// The referral code of the partner page that brought them, and its consent box.
    pub via: String,
    pub consent_partner: bool,
}

/// At most this many mails a day to one person about answers (as for signatures).
pub const RSVP_MAILS_PER_DAY: i64 = 3;

/// Someone says they will attend: found or added as a supporter, answer pending until the
/// mailed link confirms it (double opt-in). The answer looks the same whatever happened (new,
/// pending, already attending), so the form tells no one whether an address attends.
pub async fn attend(state: &AppState, campaign: &Campaign, event: &Event, lang: Lang, typed: &AttendInput, token: (&str, i64)) -> AppResult<Result<(), Invalid>> {
    let (name, email) = (typed.name.as_str(), typed.email.as_str());
    use crate::supporters::model::{Email, PersonName};
    let mut errors = Invalid::new();
    let name = PersonName::parse(name).map_err(|e| errors.add("name", e)).ok();
    let email = Email::parse(email).map_err(|e| errors.add("email", e)).ok();
    let (Some(name), Some(email)) = (name, email) else { return Ok(Err(errors)) };
    if event.status != Status::Approved || event.starts_at <= now() {
        return Err(AppError::NotFound);
    }
    let consent = crate::petitions::service::consent_counts(state, campaign, lang, typed.consent).await?;
    let partner = crate::organisations::service::partner_of(state, campaign, Some(&typed.via)).await?;
    let choices = crate::organisations::model::Choices { lead: consent, via: partner.as_ref().map(|o| o.id), partner: typed.consent_partner && partner.is_some() };
    let now = now();
    let day = now.div_euclid(86_400);
    let mut tx = state.db.begin_write().await?;
    if !crate::http::abuse::consume_form_token(&mut tx, token.0, token.1).await? {
        return Ok(Ok(()));
    }
    let typed_name = name.as_str().to_string();
    // Where the event is says nothing of where the person lives: no country is recorded.
    let new = crate::supporters::store::NewSupporter { email, name: Some(name), country: None, lang };
    let (person, _) = crate::supporters::store::find_or_create(&mut tx, &state.keys.fields, &new, now).await?;
    // The organiser sees the name typed for this event, not one the person gave elsewhere.
    let Some(rsvp) = store::answer(&mut tx, &state.keys.fields, event.id, person, &typed_name, lang, &crate::supporters::model::lead_consent_key(campaign.id), &choices, now).await? else {
        tx.commit().await.map_err(anyhow::Error::from)?;
        return Ok(Ok(()));
    };
    let (nth,): (i64,) = sqlx::query_as(
        "UPDATE supporters SET mails_that_day = CASE WHEN mail_day = $2 THEN mails_that_day + 1 ELSE 1 END, mail_day = $2 WHERE id = $1 RETURNING mails_that_day",
    )
    .bind(person)
    .bind(day)
    .fetch_one(&mut *tx)
    .await
    .map_err(anyhow::Error::from)?;
    if nth <= RSVP_MAILS_PER_DAY {
        crate::jobs::enqueue(&mut tx, &super::mail::RsvpMail { rsvp, what: super::mail::RsvpWhat::Confirm, at: now, starts_at: event.starts_at, message: None }, now).await?;
    }
    tx.commit().await.map_err(anyhow::Error::from)?;
    state.job_notify.notify_waiters();
    Ok(Ok(()))
}

/// Queue the mail that says where an answer stands now, and the reminders when it holds a place.
async fn announce(state: &AppState, rsvp: super::model::RsvpId, event: &Event, what: super::mail::RsvpWhat) -> AppResult<()> {
    use super::mail::{RsvpMail, RsvpWhat};
    let now = now();
    let mut conn = state.db.pool.acquire().await.map_err(anyhow::Error::from)?;
    crate::jobs::enqueue(&mut conn, &RsvpMail { rsvp, what, at: now, starts_at: event.starts_at, message: None }, now).await?;
    if matches!(what, RsvpWhat::Attending | RsvpWhat::MovedUp) {
        for at in super::model::reminder_times(event.starts_at, &event.time_zone, now) {
            crate::jobs::enqueue(&mut conn, &RsvpMail { rsvp, what: RsvpWhat::Reminder, at, starts_at: event.starts_at, message: None }, at).await?;
        }
    }
    state.job_notify.notify_waiters();
    Ok(())
}

/// The answer a link names, with its event.
pub async fn linked_rsvp(state: &AppState, purpose: LinkPurpose, token: &str) -> AppResult<Option<(store::Rsvp, Event)>> {
    let Some(id) = state.keys.verify_link::<super::model::RsvpId>(purpose, token) else { return Ok(None) };
    let Some(r) = store::rsvp(&state.db, id).await? else { return Ok(None) };
    let Some(e) = store::event(&state.db, r.event_id).await? else { return Ok(None) };
    Ok(Some((r, e)))
}

/// Confirm an answer from its link: a place while there is one, else the waiting list.
pub async fn confirm_rsvp(state: &AppState, r: &store::Rsvp, event: &Event) -> AppResult<Option<super::model::RsvpStatus>> {
    use super::model::RsvpStatus;
    if event.status != Status::Approved {
        return Ok(None);
    }
    let day = store::day(&state.db, event.day_id).await?.ok_or(AppError::NotFound)?;
    let key = crate::supporters::model::lead_consent_key(day.campaign_id);
    let source = format!("event:{}", event.id);
    let done = store::confirm_rsvp(&state.db, r, event.capacity, &key, &source, now()).await?;
    match done {
        Some(RsvpStatus::Attending) => announce(state, r.id, event, super::mail::RsvpWhat::Attending).await?,
        Some(RsvpStatus::Waiting) => announce(state, r.id, event, super::mail::RsvpWhat::Waiting).await?,
        _ => {}
    }
    Ok(done)
}

/// Cancel an answer from its link; the first waiting moves up and is told.
pub async fn cancel_rsvp(state: &AppState, r: &store::Rsvp, event: &Event) -> AppResult<bool> {
    let (done, promoted) = store::cancel_rsvp(&state.db, r, now()).await?;
    if let Some(next) = promoted {
        announce(state, next, event, super::mail::RsvpWhat::MovedUp).await?;
    }
    Ok(done)
}

/// How long answers are kept after their event ends.
pub const ANSWERS_KEPT_DAYS: i64 = 30;

/// Answers are personal data: they keep a person, and pending ones are purged.
pub struct Attendances;

impl crate::supporters::service::PersonalData for Attendances {
    fn keeps_people(&self) -> &'static [&'static str] {
        &["rsvps"]
    }

    fn purge_unconfirmed<'a>(&'a self, db: &'a crate::db::Db, before: i64) -> futures_util::future::BoxFuture<'a, anyhow::Result<u64>> {
        Box::pin(async move {
            let answers = store::purge_pending_rsvps(db, before).await?;
            let events = store::purge_unconfirmed_events(db, before).await?;
            // Answers outlive their event by as long as its management link (30 days).
            let old = store::purge_old_answers(db, now() - ANSWERS_KEPT_DAYS * 86_400).await?;
            Ok(answers + events + old)
        })
    }

    /// The events a person answered, with the name they gave each and where they stand.
    fn own_section<'a>(&'a self, state: &'a AppState, lang: Lang, person: crate::supporters::model::SupporterId) -> futures_util::future::BoxFuture<'a, AppResult<Option<crate::supporters::service::OwnSection>>> {
        Box::pin(async move {
            let t = |id: &str| state.i18n.tr(lang, id, &[]);
            let mut items = Vec::new();
            for a in store::answers_of(&state.db, &state.keys.fields, person).await? {
                let status = super::model::RsvpStatus::parse(&a.status).map(|s| t(s.label_id())).unwrap_or_else(|| a.status.clone());
                let mut details = Vec::new();
                if let Some(name) = a.name.filter(|n| !n.is_empty()) {
                    details.push((t("me-answer-name"), name));
                }
                items.push(crate::supporters::service::OwnItem { path: format!("/c/{}/events/{}", a.campaign, a.event), label: a.title, label_lang: a.title_lang, date: a.answered_at, status, details });
            }
            Ok(Some(crate::supporters::service::OwnSection { id: "answers", heading: t("me-answers-heading"), empty: t("me-no-answers"), items }))
        })
    }

    fn export<'a>(&'a self, state: &'a AppState, person: crate::supporters::model::SupporterId) -> futures_util::future::BoxFuture<'a, anyhow::Result<Option<(&'static str, serde_json::Value)>>> {
        Box::pin(async move { Ok(Some(("event_answers", serde_json::to_value(store::answers_of(&state.db, &state.keys.fields, person).await?)?))) })
    }

    /// A place freed by erasing goes to the next person waiting, as a cancellation's does.
    fn erase<'a>(&'a self, state: &'a AppState, person: crate::supporters::model::SupporterId) -> futures_util::future::BoxFuture<'a, anyhow::Result<()>> {
        Box::pin(async move {
            for id in store::places_of(&state.db, person).await? {
                let Some(r) = store::rsvp(&state.db, id).await? else { continue };
                let Some(event) = store::event(&state.db, r.event_id).await? else { continue };
                cancel_rsvp(state, &r, &event).await.map_err(|e| anyhow::anyhow!("freeing a place: {e}"))?;
            }
            Ok(())
        })
    }
}

/// The organiser's report, once the event has begun: how many came, a text, and photos (each
/// made safe; up to five in all). `Err`: what to say about each field.
pub async fn report(state: &AppState, event: &Event, attended: &str, text: &str, photos: Vec<Vec<u8>>) -> AppResult<Result<(), Invalid>> {
    if event.status != Status::Approved || event.starts_at > now() {
        return Err(AppError::NotFound);
    }
    let mut errors = Invalid::new();
    let parsed = super::model::parse_report(attended, text).map_err(|e| errors.extend(e));
    let mut clean = Vec::new();
    let photos: Vec<Vec<u8>> = photos.into_iter().filter(|p| !p.is_empty()).collect();
    let room = super::model::MAX_REPORT_PHOTOS.saturating_sub(store::report_photos(&state.db, event.id).await?.len());
    if photos.len() > room {
        errors.add("photos", crate::text::Problem { id: "report-error-too-many-photos", count: Some(room as i64) });
        return Ok(Err(errors));
    }
    for bytes in photos {
        match crate::images::sanitise_one_at_a_time(bytes, &crate::images::Limits::PHOTO, crate::images::Output::Jpeg { max_side: 1600, quality: 85 }).await? {
            Ok(image) => clean.push(image),
            Err(e) => errors.add("photos", e.problem()),
        }
    }
    let Ok(report) = parsed else { return Ok(Err(errors)) };
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    // A trusted host's report goes up at once (unless a moderator took it down before); any
    // other goes before the moderators first, and again after each change: photos of a
    // protest can put the people in them at risk.
    let before = store::report(&state.db, event.id).await?.map(|(_, s)| s);
    let status = if event.host_org.is_some() && before != Some(ReportStatus::Hidden) { ReportStatus::Published } else { ReportStatus::Pending };
    store::save_report(&state.db, event.id, &report, &clean, status, now()).await?;
    state.cache.clear();
    Ok(Ok(()))
}

/// A moderator publishes a report or takes it down. `Ok(false)`: it already stood so.
pub async fn decide_report(state: &AppState, staff: &Staff, campaign: &Campaign, event: &Event, publish: bool) -> AppResult<bool> {
    staff.require(Permission::Moderate)?;
    let day = store::day(&state.db, event.day_id).await?.ok_or(AppError::NotFound)?;
    if day.campaign_id != campaign.id || store::report(&state.db, event.id).await?.is_none() {
        return Err(AppError::NotFound);
    }
    let (status, action) = if publish { (ReportStatus::Published, "report-published") } else { (ReportStatus::Hidden, "report-hidden") };
    let now = now();
    let changed = store::set_report_status(&state.db, event.id, status, staff.id, now).await?;
    if changed {
        crate::audit::store::record(&state.db, staff, action, Some(campaign.id), &event.title, now).await?;
        state.cache.clear();
    }
    Ok(changed)
}

/// Whether its organiser may still change an event (not once rejected, cancelled or over).
pub fn editable(event: &Event) -> bool {
    matches!(event.status, Status::Unconfirmed | Status::Pending | Status::Changes | Status::Approved) && event.ends_at > now()
}

/// The organiser changes their event. Asked for changes, it goes back to the moderators. An
/// approved event keeps its title and text (what was approved) and stays up; when its time or
/// place changes, everyone attending or waiting is told, and their reminders follow the new
/// time (the old ones name the old start and are not sent).
pub async fn edit(state: &AppState, event: &Event, lang: Lang, input: &EventInput) -> AppResult<Result<(), Refused>> {
    let day = store::day(&state.db, event.day_id).await?.ok_or(AppError::NotFound)?;
    let draft = match input.parse(crate::countries::countries(), (day.first_day, day.last_day), lang) {
        Ok(d) => d,
        Err((errors, choices)) => return Ok(Err(Refused { errors, choices })),
    };
    let old_address = store::address(&state.db, &state.keys.fields, event.id).await?.unwrap_or_default();
    let moved = draft.starts_at != event.starts_at || draft.ends_at != event.ends_at || draft.place.city != event.city || draft.place.country != event.country || draft.address != old_address;
    let status = if event.status == Status::Changes { Status::Pending } else { event.status };
    let now = now();
    let mut tx = state.db.begin_write().await?;
    store::update_event(&mut tx, &state.keys.fields, event.id, &draft, status, now).await?;
    // A larger capacity gives the waiting their places.
    let moved_up = if event.status == Status::Approved { store::fill_places(&mut tx, event.id, draft.capacity).await? } else { Vec::new() };
    for rsvp in &moved_up {
        crate::jobs::enqueue(&mut tx, &super::mail::RsvpMail { rsvp: *rsvp, what: super::mail::RsvpWhat::MovedUp, at: now, starts_at: draft.starts_at, message: None }, now).await?;
        for at in super::model::reminder_times(draft.starts_at, &draft.time_zone, now) {
            crate::jobs::enqueue(&mut tx, &super::mail::RsvpMail { rsvp: *rsvp, what: super::mail::RsvpWhat::Reminder, at, starts_at: draft.starts_at, message: None }, at).await?;
        }
    }
    if moved && event.status == Status::Approved {
        for (rsvp, answer) in store::live_rsvps(&mut tx, event.id).await? {
            crate::jobs::enqueue(&mut tx, &super::mail::RsvpMail { rsvp, what: super::mail::RsvpWhat::Changed, at: now, starts_at: draft.starts_at, message: None }, now).await?;
            if answer == super::model::RsvpStatus::Attending {
                for at in super::model::reminder_times(draft.starts_at, &draft.time_zone, now) {
                    crate::jobs::enqueue(&mut tx, &super::mail::RsvpMail { rsvp, what: super::mail::RsvpWhat::Reminder, at, starts_at: draft.starts_at, message: None }, at).await?;
                }
            }
        }
    }
    tx.commit().await.map_err(anyhow::Error::from)?;
    state.job_notify.notify_waiters();
    state.cache.clear();
    Ok(Ok(()))
}
