//! Mails to an event's organiser, in the event's language: the link to confirm it (a page with
//! a button), and the moderators' decisions with their message. Every mail carries the link to
//! manage the event.

use serde::{Deserialize, Serialize};

use super::model::{EventId, Status};
use super::store;
use crate::crypto::LinkPurpose;
use crate::i18n::Arg;
use crate::jobs::Job;
use crate::mail::Notice;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum What {
    Confirm,
    Approved,
    Changes,
    Rejected,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct EventMail {
    pub event: EventId,
    pub what: What,
    pub at: i64,
}

impl Job for EventMail {
    const KIND: &'static str = "event-mail";

    fn unique_key(&self) -> Option<String> {
        Some(format!("event-mail:{}:{:?}:{}", self.event, self.what, self.at))
    }

    async fn run(self, state: crate::context::Ctx) -> anyhow::Result<()> {
        let Some(event) = store::event(&state.db, self.event).await? else { return Ok(()) };
        let Some((_, email)) = store::organiser(&state.db, &state.keys.fields, event.id).await? else { return Ok(()) };
        let Some(day) = store::day(&state.db, event.day_id).await? else { return Ok(()) };
        let Some(campaign) = crate::campaigns::store::find_by_id(&state.db, day.campaign_id).await? else { return Ok(()) };
        let lang = event.lang;
        let tr = |id: &str, args: &[(&str, Arg<'_>)]| state.i18n.tr(lang, id, args);
        let named = [("event", Arg::Str(&event.title))];
        let manage = format!("{}/{lang}/events/manage/{}", state.cfg.base_url, state.keys.sign_link(LinkPurpose::EventManage, event.id));
        let page = format!("{}/{lang}/c/{}/events/{}", state.cfg.base_url, campaign.slug, event.id);
        let notice = match self.what {
            What::Confirm => {
                if event.status != Status::Unconfirmed {
                    return Ok(());
                }
                let confirm = format!("{}/{lang}/events/confirm/{}", state.cfg.base_url, state.keys.sign_link(LinkPurpose::EventConfirm, event.id));
                Notice {
                    lang,
                    subject: tr("event-mail-confirm-subject", &named),
                    paragraphs: vec![tr("event-mail-confirm-intro", &named), tr("event-mail-ignore", &[]), tr("event-mail-manage", &[]), manage],
                    link: Some((tr("event-mail-confirm-button", &[]), confirm)),
                }
            }
            What::Approved => Notice {
                lang,
                subject: tr("event-mail-approved-subject", &named),
                paragraphs: vec![tr("event-mail-approved-intro", &named), page, tr("event-mail-manage", &[])],
                link: Some((tr("event-mail-manage-button", &[]), manage)),
            },
            What::Changes => Notice {
                lang,
                subject: tr("event-mail-changes-subject", &named),
                paragraphs: vec![tr("event-mail-changes-intro", &named), event.message.clone(), tr("event-mail-manage", &[])],
                link: Some((tr("event-mail-manage-button", &[]), manage)),
            },
            What::Rejected => Notice {
                lang,
                subject: tr("event-mail-rejected-subject", &named),
                paragraphs: vec![tr("event-mail-rejected-intro", &named), event.message.clone()],
                link: None,
            },
        };
        let key = self.unique_key().unwrap_or_default();
        state.mailer.send(&notice.outgoing(email.as_str(), &key, &state.mailer.from_address())?).await?;
        tracing::info!(what = ?self.what, "event mail sent");
        Ok(())
    }
}

/// What a mail to an attendee says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RsvpWhat {
    /// The link to confirm their answer.
    Confirm,
    Attending,
    Waiting,
    /// Someone cancelled: a place is theirs now.
    MovedUp,
    /// A reminder before the event.
    Reminder,
    /// The event's time or place changed.
    Changed,
    /// The event no longer takes place (cancelled, rejected, taken down for changes).
    CalledOff,
    /// Its organiser wrote to the people who have a place.
    Message,
}

/// One mail to one attendee, in their language. A reminder names the start it was planned
/// for: an event moved since is reminded by the reminders planned for its new time.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct RsvpMail {
    pub rsvp: super::model::RsvpId,
    pub what: RsvpWhat,
    pub at: i64,
    #[serde(default)]
    pub starts_at: i64,
    /// What the organiser wrote, for [`RsvpWhat::Message`].
    #[serde(default)]
    pub message: Option<super::messages::MessageId>,
}

impl Job for RsvpMail {
    const KIND: &'static str = "rsvp-mail";

    fn unique_key(&self) -> Option<String> {
        // The start it was planned for is part of it: when an event moves within its day, the
        // reminders for the new start are new jobs, not the old ones' duplicates.
        match self.message {
            None => Some(format!("rsvp-mail:{}:{:?}:{}:{}", self.rsvp, self.what, self.at, self.starts_at)),
            Some(m) => Some(format!("rsvp-mail:{}:{:?}:{m}", self.rsvp, self.what)),
        }
    }

    async fn run(self, state: crate::context::Ctx) -> anyhow::Result<()> {
        use super::model::RsvpStatus;
        let Some(r) = store::rsvp(&state.db, self.rsvp).await? else { return Ok(()) };
        let Some(event) = store::event(&state.db, r.event_id).await? else { return Ok(()) };
        let Some(day) = store::day(&state.db, event.day_id).await? else { return Ok(()) };
        let Some(campaign) = crate::campaigns::store::find_by_id(&state.db, day.campaign_id).await? else { return Ok(()) };
        let Some(person) = crate::supporters::store::load(&state.db, &state.keys.fields, r.supporter_id).await? else { return Ok(()) };
        // Only what is still true is mailed.
        let current = match self.what {
            RsvpWhat::Confirm => r.status == RsvpStatus::Pending,
            RsvpWhat::Attending | RsvpWhat::MovedUp => r.status == RsvpStatus::Attending,
            RsvpWhat::Waiting => r.status == RsvpStatus::Waiting,
            RsvpWhat::Reminder => r.status == RsvpStatus::Attending && event.starts_at == self.starts_at,
            RsvpWhat::Changed => matches!(r.status, RsvpStatus::Attending | RsvpStatus::Waiting),
            RsvpWhat::CalledOff => matches!(r.status, RsvpStatus::Attending | RsvpStatus::Waiting) && event.status != Status::Approved,
            RsvpWhat::Message => r.status == RsvpStatus::Attending,
        };
        if !current || (event.status != Status::Approved && self.what != RsvpWhat::CalledOff) {
            return Ok(());
        }
        let lang = r.lang;
        let tr = |id: &str, args: &[(&str, Arg<'_>)]| state.i18n.tr(lang, id, args);
        let named = [("event", Arg::Str(&event.title))];
        let base = &state.cfg.base_url;
        let page = format!("{base}/{lang}/c/{}/events/{}", campaign.slug, event.id);
        let ics = format!("{base}/c/{}/events/{}.ics", campaign.slug, event.id);
        let cancel = format!("{base}/{lang}/events/rsvp/{}", state.keys.sign_link(LinkPurpose::RsvpCancel, r.id));
        let tz = jiff::tz::TimeZone::get(&event.time_zone).unwrap_or(jiff::tz::TimeZone::UTC);
        let when = jiff::Timestamp::from_second(event.starts_at)
            .map(|t| {
                let z = t.to_zoned(tz);
                let end = jiff::Timestamp::from_second(event.ends_at).map(|t| t.to_zoned(z.time_zone().clone())).ok();
                let (date, from) = (state.i18n.civil_date(lang, z.date()), state.i18n.time_of_day(lang, z.hour() as u8, z.minute() as u8));
                let to = end.map(|e| state.i18n.time_of_day(lang, e.hour() as u8, e.minute() as u8)).unwrap_or_default();
                format!("{} ({})", state.i18n.tr(lang, "event-when-value", &[("date", Arg::Str(&date)), ("from", Arg::Str(&from)), ("to", Arg::Str(&to))]), event.time_zone)
            })
            .unwrap_or_default();
        let (subject, mut paragraphs, link) = match self.what {
            RsvpWhat::Confirm => {
                let confirm = format!("{base}/{lang}/events/attend/{}", state.keys.sign_link(LinkPurpose::RsvpConfirm, r.id));
                (tr("rsvp-mail-confirm-subject", &named), vec![tr("rsvp-mail-confirm-intro", &named), when.clone(), tr("event-mail-ignore", &[])], Some((tr("rsvp-mail-confirm-button", &[]), confirm)))
            }
            RsvpWhat::Attending => (tr("rsvp-mail-attending-subject", &named), vec![tr("rsvp-mail-attending-intro", &named), when.clone(), page.clone()], Some((tr("event-add-to-calendar", &[]), ics.clone()))),
            RsvpWhat::Waiting => (tr("rsvp-mail-waiting-subject", &named), vec![tr("rsvp-mail-waiting-intro", &named), when.clone(), page.clone()], None),
            RsvpWhat::MovedUp => (tr("rsvp-mail-moved-up-subject", &named), vec![tr("rsvp-mail-moved-up-intro", &named), when.clone(), page.clone()], Some((tr("event-add-to-calendar", &[]), ics.clone()))),
            RsvpWhat::Reminder => (tr("rsvp-mail-reminder-subject", &named), vec![tr("rsvp-mail-reminder-intro", &named), when.clone(), page.clone()], Some((tr("event-add-to-calendar", &[]), ics.clone()))),
            RsvpWhat::Changed => (tr("rsvp-mail-changed-subject", &named), vec![tr("rsvp-mail-changed-intro", &named), when.clone(), page.clone()], Some((tr("event-add-to-calendar", &[]), ics.clone()))),
            RsvpWhat::CalledOff => (tr("rsvp-mail-called-off-subject", &named), vec![tr("rsvp-mail-called-off-intro", &named), when.clone()], None),
            RsvpWhat::Message => {
                let Some(id) = self.message else { return Ok(()) };
                if store::unsubscribed_since_answer(&state.db, &r).await? {
                    return Ok(());
                }
                // A message of another event's organiser never goes to this event's attendees.
                let Some((of, body)) = super::messages::load(&state.db, &state.keys.fields, id).await? else { return Ok(()) };
                if of != event.id {
                    return Ok(());
                }
                let mut paragraphs = vec![tr("rsvp-mail-message-intro", &named)];
                paragraphs.extend(body.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).map(String::from));
                paragraphs.extend([tr("rsvp-mail-message-no-reply", &[]), when.clone(), page.clone()]);
                (tr("rsvp-mail-message-subject", &named), paragraphs, None)
            }
        };
        // The exact address goes to the people who have a place, whether or not it is public.
        let has_place = r.status == RsvpStatus::Attending;
        let address = if has_place || event.address_public == 1 { store::address(&state.db, &state.keys.fields, event.id).await? } else { None };
        if matches!(self.what, RsvpWhat::Attending | RsvpWhat::MovedUp | RsvpWhat::Reminder | RsvpWhat::Changed)
            && has_place
            && let Some(address) = &address
        {
            paragraphs.insert(2, tr("rsvp-mail-address", &[("address", Arg::Str(address))]));
        }
        // The calendar file goes with every mail about the event's time: the same UID, so a
        // calendar that took the first one updates (or, called off, removes) its entry.
        let attachment = match self.what {
            RsvpWhat::Confirm | RsvpWhat::Waiting | RsvpWhat::Message => None,
            RsvpWhat::Attending | RsvpWhat::MovedUp | RsvpWhat::Reminder | RsvpWhat::Changed | RsvpWhat::CalledOff => {
                let mut cal = super::ics::event(base, lang, &campaign.slug, &event, address);
                cal.cancelled |= self.what == RsvpWhat::CalledOff;
                Some(crate::mail::Attachment {
                    name: format!("event-{}.ics", event.id),
                    content_type: "text/calendar; charset=utf-8; method=PUBLISH".into(),
                    body: super::ics::calendar(&event.title, &[cal]).into_bytes(),
                })
            }
        };
        paragraphs.push(tr("rsvp-mail-cancel", &[]));
        paragraphs.push(cancel);
        let (own_url, unsubscribe) = crate::supporters::service::supporter_links(&state, lang, &person, crate::db::now());
        paragraphs.push(tr("mail-own-page", &[]));
        paragraphs.push(own_url);
        let notice = Notice { lang, subject, paragraphs, link };
        let key = self.unique_key().unwrap_or_default();
        let mut mail = notice.outgoing(&person.email, &key, &state.mailer.from_address())?;
        mail.unsubscribe = Some(unsubscribe);
        mail.attachment = attachment;
        state.mailer.send(&mail).await?;
        tracing::info!(what = ?self.what, "attendee mail sent");
        Ok(())
    }
}
