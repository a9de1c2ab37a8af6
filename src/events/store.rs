//! SQL for days of action, events and the answers to them.

use anyhow::Context;

use super::model::{ActionDayDraft, ActionDayId, DayTexts, EventDraft, EventId, Kind, ReportStatus, Status};
use crate::campaigns::model::CampaignId;
use crate::crypto::{FieldKeys, FieldRef};
use crate::db::Db;
use crate::i18n::Lang;
use crate::staff::{OrganisationId, StaffId};
use crate::supporters::model::Email;

pub fn at(column: &'static str, id: EventId) -> FieldRef<'static> {
    FieldRef::new("events", column, id)
}

/// A day of action, with its texts in every language written.
#[derive(Clone, Debug)]
pub struct ActionDay {
    pub id: ActionDayId,
    pub campaign_id: CampaignId,
    pub first_day: jiff::civil::Date,
    pub last_day: jiff::civil::Date,
    pub texts: Vec<(Lang, DayTexts)>,
}

impl ActionDay {
    /// The title in `lang`, else the campaign's default, else any.
    pub fn title(&self, lang: Lang, default: Lang) -> (String, Lang) {
        let find = |l: Lang| self.texts.iter().find(|(tl, _)| *tl == l);
        find(lang).or_else(|| find(default)).or_else(|| self.texts.first()).map(|(l, t)| (t.title.clone(), *l)).unwrap_or((String::new(), default))
    }

    pub fn body(&self, lang: Lang, default: Lang) -> (String, Lang) {
        let find = |l: Lang| self.texts.iter().find(|(tl, t)| *tl == l && !t.body_html.is_empty());
        find(lang).or_else(|| find(default)).map(|(l, t)| (t.body_html.clone(), *l)).unwrap_or((String::new(), default))
    }
}

pub async fn add_day(db: &Db, campaign: CampaignId, d: &ActionDayDraft, now: i64) -> anyhow::Result<ActionDayId> {
    let id: ActionDayId = crate::crypto::new_row_id();
    let mut tx = db.begin_write().await?;
    sqlx::query("INSERT INTO action_days (id, campaign_id, first_day, last_day, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5)")
        .bind(id)
        .bind(campaign)
        .bind(d.first_day.to_string())
        .bind(d.last_day.to_string())
        .bind(now)
        .execute(&mut *tx)
        .await
        .context("adding a day of action")?;
    for (lang, t) in &d.texts {
        sqlx::query("INSERT INTO action_day_texts (day_id, lang, title, body_md, body_html) VALUES ($1, $2, $3, $4, $5)")
            .bind(id)
            .bind(*lang)
            .bind(&t.title)
            .bind(&t.body_md)
            .bind(&t.body_html)
            .execute(&mut *tx)
            .await
            .context("adding a day of action's text")?;
    }
    tx.commit().await.context("committing a day of action")?;
    Ok(id)
}

fn date(s: &str) -> anyhow::Result<jiff::civil::Date> {
    s.parse().with_context(|| format!("a stored date that does not parse: {s:?}"))
}

/// A campaign's days of action, soonest first.
pub async fn days(db: &Db, campaign: CampaignId) -> anyhow::Result<Vec<ActionDay>> {
    let rows: Vec<(ActionDayId, String, String)> = sqlx::query_as("SELECT id, first_day, last_day FROM action_days WHERE campaign_id = $1 ORDER BY first_day, id LIMIT 100")
        .bind(campaign)
        .fetch_all(&db.pool)
        .await
        .context("listing days of action")?;
    let mut out = Vec::new();
    for (id, first, last) in rows {
        out.push(ActionDay { id, campaign_id: campaign, first_day: date(&first)?, last_day: date(&last)?, texts: day_texts(db, id).await? });
    }
    Ok(out)
}

pub async fn day(db: &Db, id: ActionDayId) -> anyhow::Result<Option<ActionDay>> {
    let row: Option<(CampaignId, String, String)> =
        sqlx::query_as("SELECT campaign_id, first_day, last_day FROM action_days WHERE id = $1").bind(id).fetch_optional(&db.pool).await.context("reading a day of action")?;
    let Some((campaign_id, first, last)) = row else { return Ok(None) };
    Ok(Some(ActionDay { id, campaign_id, first_day: date(&first)?, last_day: date(&last)?, texts: day_texts(db, id).await? }))
}

async fn day_texts(db: &Db, id: ActionDayId) -> anyhow::Result<Vec<(Lang, DayTexts)>> {
    let rows: Vec<(Lang, String, String, String)> = sqlx::query_as("SELECT lang, title, body_md, body_html FROM action_day_texts WHERE day_id = $1 ORDER BY lang")
        .bind(id)
        .fetch_all(&db.pool)
        .await
        .context("reading a day of action's texts")?;
    Ok(rows.into_iter().map(|(l, title, body_md, body_html)| (l, DayTexts { title, body_md, body_html })).collect())
}

/// An event as stored, without its organiser (see [`organiser`]) and its address (see
/// [`address`]).
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Event {
    pub id: EventId,
    pub day_id: ActionDayId,
    pub status: Status,
    pub lang: Lang,
    pub title: String,
    pub description_html: String,
    pub languages: String,
    pub kind: Kind,
    pub starts_at: i64,
    pub ends_at: i64,
    pub time_zone: String,
    pub city: String,
    pub country: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub address_public: i64,
    pub capacity: Option<i64>,
    pub accessibility: String,
    pub has_photo: i64,
    pub message: String,
    pub revision: i64,
    pub host_org: Option<OrganisationId>,
}

impl Event {
    pub fn languages(&self) -> Vec<Lang> {
        self.languages.split(',').filter_map(Lang::parse).collect()
    }
}

const EVENT_COLUMNS: &str = "id, day_id, status, lang, title, description_html, languages, kind, starts_at, ends_at, time_zone, city, country, lat, lon,
    address_public, capacity, accessibility, CASE WHEN photo IS NULL THEN 0 ELSE 1 END AS has_photo, message, revision, host_org";

/// Store a new event (unconfirmed, or approved for a trusted host), inside the caller's transaction.
pub async fn add_event(tx: &mut sqlx::AnyConnection, keys: &FieldKeys, day: ActionDayId, e: &EventDraft, lang: Lang, status: Status, host: Option<OrganisationId>, photo: Option<&[u8]>, now: i64) -> anyhow::Result<EventId> {
    let id: EventId = crate::crypto::new_row_id();
    let languages = e.languages.iter().map(|l| l.code()).collect::<Vec<_>>().join(",");
    sqlx::query(
        "INSERT INTO events (id, day_id, status, lang, title, description_md, description_html, languages, kind, starts_at, ends_at, time_zone, city_id, city, country, lat, lon,
           address_ct, address_public, capacity, accessibility, photo, organiser_name_ct, organiser_email_ct, key_id, host_org, created_at, updated_at, confirmed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $27, $28)",
    )
    .bind(id)
    .bind(day)
    .bind(status)
    .bind(lang)
    .bind(&e.title)
    .bind(&e.description_md)
    .bind(&e.description_html)
    .bind(languages)
    .bind(e.kind)
    .bind(e.starts_at)
    .bind(e.ends_at)
    .bind(&e.time_zone)
    .bind(e.place.city_id.map(i64::from))
    .bind(&e.place.city)
    .bind(&e.place.country)
    .bind(e.place.lat)
    .bind(e.place.lon)
    .bind((!e.address.is_empty()).then(|| keys.encrypt(at("address", id), e.address.as_bytes())))
    .bind(i64::from(e.address_public))
    .bind(e.capacity)
    .bind(&e.accessibility)
    .bind(photo.map(<[u8]>::to_vec))
    .bind(keys.encrypt(at("organiser_name", id), e.organiser_name.as_str().as_bytes()))
    .bind(keys.encrypt(at("organiser_email", id), e.organiser_email.as_str().as_bytes()))
    .bind(i64::from(keys.current_id()))
    .bind(host)
    .bind(now)
    .bind((status != Status::Unconfirmed).then_some(now))
    .execute(&mut *tx)
    .await
    .context("adding an event")?;
    sqlx::query("UPDATE events SET organiser_bidx = $2 WHERE id = $1")
        .bind(id)
        .bind(keys.blind_index(ORGANISER_DOMAIN, e.organiser_email.as_str()).to_vec())
        .execute(&mut *tx)
        .await
        .context("indexing an organiser")?;
    Ok(id)
}

pub async fn event(db: &Db, id: EventId) -> anyhow::Result<Option<Event>> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {EVENT_COLUMNS} FROM events WHERE id = $1")))
        .bind(id)
        .fetch_optional(&db.pool)
        .await
        .context("reading an event")
}

/// The organiser's name and email, decrypted.
pub async fn organiser(db: &Db, keys: &FieldKeys, id: EventId) -> anyhow::Result<Option<(String, Email)>> {
    let row: Option<(Vec<u8>, Vec<u8>)> =
        sqlx::query_as("SELECT organiser_name_ct, organiser_email_ct FROM events WHERE id = $1").bind(id).fetch_optional(&db.pool).await.context("reading an organiser")?;
    let Some((name, email)) = row else { return Ok(None) };
    let name = String::from_utf8(keys.decrypt(at("organiser_name", id), &name)?)?;
    let email = String::from_utf8(keys.decrypt(at("organiser_email", id), &email)?)?;
    Ok(Some((name, Email::parse(&email).map_err(|e| anyhow::anyhow!("a stored organiser email does not parse: {e}"))?)))
}

/// The exact address, decrypted.
pub async fn address(db: &Db, keys: &FieldKeys, id: EventId) -> anyhow::Result<Option<String>> {
    let row: Option<(Option<Vec<u8>>,)> = sqlx::query_as("SELECT address_ct FROM events WHERE id = $1").bind(id).fetch_optional(&db.pool).await.context("reading an address")?;
    match row.and_then(|(a,)| a) {
        Some(ct) => Ok(Some(String::from_utf8(keys.decrypt(at("address", id), &ct)?)?)),
        None => Ok(None),
    }
}

pub async fn photo(db: &Db, id: EventId) -> anyhow::Result<Option<Vec<u8>>> {
    let row: Option<(Option<Vec<u8>>,)> = sqlx::query_as(
        "SELECT e.photo FROM events e JOIN action_days d ON d.id = e.day_id JOIN campaigns c ON c.id = d.campaign_id WHERE e.id = $1 AND e.status = 'approved' AND c.published = 1",
    )
    .bind(id)
    .fetch_optional(&db.pool)
    .await
    .context("reading a photo")?;
    Ok(row.and_then(|(p,)| p))
}

/// Move an event from one status to another (only from one of `from`), with a moderator's
/// message; false when it was not in one of them.
pub async fn set_status(tx: &mut sqlx::AnyConnection, id: EventId, from: &[Status], to: Status, message: &str, by: Option<StaffId>, now: i64) -> anyhow::Result<bool> {
    let allowed = from.iter().map(|s| format!("'{}'", s.as_str())).collect::<Vec<_>>().join(",");
    let sql = format!(
        "UPDATE events SET status = $2, message = $3, decided_by = COALESCE($4, decided_by), decided_at = CASE WHEN $4 IS NULL THEN decided_at ELSE $5 END,
           confirmed_at = COALESCE(confirmed_at, $5), updated_at = $5, revision = revision + 1 WHERE id = $1 AND status IN ({allowed})"
    );
    let done = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(id).bind(to).bind(message).bind(by).bind(now).execute(&mut *tx).await.context("changing an event's status")?;
    Ok(done.rows_affected() == 1)
}

/// Approved events of a day, in one country (all when `None`), by city then time, a page at a time.
pub async fn public_events(db: &Db, day: ActionDayId, country: Option<&str>, limit: i64, offset: i64) -> anyhow::Result<Vec<Event>> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {EVENT_COLUMNS} FROM events WHERE day_id = $1 AND status = 'approved' AND ($2 IS NULL OR country = $2)
         ORDER BY country, city, starts_at, id LIMIT $3 OFFSET $4"
    )))
    .bind(day)
    .bind(country)
    .bind(limit)
    .bind(offset)
    .fetch_all(&db.pool)
    .await
    .context("listing events")
}

pub async fn public_count(db: &Db, day: ActionDayId, country: Option<&str>) -> anyhow::Result<i64> {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM events WHERE day_id = $1 AND status = 'approved' AND ($2 IS NULL OR country = $2)")
        .bind(day)
        .bind(country)
        .fetch_one(&db.pool)
        .await
        .context("counting events")?;
    Ok(n)
}

/// Approved events per country of a day: the list's index.
pub async fn countries(db: &Db, day: ActionDayId) -> anyhow::Result<Vec<(String, i64)>> {
    sqlx::query_as("SELECT country, COUNT(*) FROM events WHERE day_id = $1 AND status = 'approved' GROUP BY country ORDER BY country")
        .bind(day)
        .fetch_all(&db.pool)
        .await
        .context("counting events per country")
}

/// Where approved events of a day are: (id, lat, lon, country), for the map.
pub async fn points(db: &Db, day: ActionDayId) -> anyhow::Result<Vec<(EventId, f64, f64, String)>> {
    let rows: Vec<(EventId, Option<f64>, Option<f64>, String)> =
        sqlx::query_as("SELECT id, lat, lon, country FROM events WHERE day_id = $1 AND status = 'approved' AND lat IS NOT NULL LIMIT 100000")
            .bind(day)
            .fetch_all(&db.pool)
            .await
            .context("placing events")?;
    Ok(rows.into_iter().filter_map(|(id, lat, lon, c)| Some((id, lat?, lon?, c))).collect())
}

/// A fingerprint of everything a day's public page is made of: its campaign (slug, whether
/// published, default language), the day and its texts, and its events (how many, which are
/// approved, the sum of their revisions, the last change: every change to an event moves its
/// `updated_at` and a change of its details its revision). Any write that changes the page
/// changes it. It reads each of the day's events (10,000 take about 8 ms on SQLite): the day
/// page reads it after a write and at most once a second otherwise. `None` for an unknown day.
pub async fn day_version(db: &Db, day: ActionDayId) -> anyhow::Result<Option<u64>> {
    type Row = (String, i64, String, i64, i64, i64, String, i64, i64, i64, i64, i64);
    let row: Option<Row> = sqlx::query_as(
        "SELECT c.slug, c.published, c.default_lang, c.updated_at, d.updated_at,
           c.id, d.first_day || '/' || d.last_day, e.n, e.approved, e.ids, e.revisions, e.changed
         FROM action_days d JOIN campaigns c ON c.id = d.campaign_id,
           (SELECT COUNT(*) AS n,
                   CAST(COALESCE(SUM(CASE WHEN status = 'approved' THEN 1 ELSE 0 END), 0) AS BIGINT) AS approved,
                   CAST(COALESCE(SUM(CASE WHEN status = 'approved' THEN id % 2147483647 ELSE 0 END), 0) AS BIGINT) AS ids,
                   CAST(COALESCE(SUM(revision), 0) AS BIGINT) AS revisions,
                   COALESCE(MAX(updated_at), 0) AS changed
            FROM events WHERE day_id = $1) e
         WHERE d.id = $1",
    )
    .bind(day)
    .fetch_optional(&db.pool)
    .await
    .context("reading a day of action's version")?;
    let Some(row) = row else { return Ok(None) };
    let texts: Vec<(String, String, String)> =
        sqlx::query_as("SELECT lang, title, body_html FROM action_day_texts WHERE day_id = $1 ORDER BY lang").bind(day).fetch_all(&db.pool).await.context("reading a day of action's texts")?;
    use std::hash::{BuildHasher, BuildHasherDefault, DefaultHasher};
    Ok(Some(BuildHasherDefault::<DefaultHasher>::default().hash_one((row, texts))))
}

/// Events waiting for a moderator (or in another status), oldest first.
pub async fn by_status(db: &Db, campaign: CampaignId, status: Status, limit: i64, offset: i64) -> anyhow::Result<Vec<Event>> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {EVENT_COLUMNS} FROM events WHERE status = $2 AND day_id IN (SELECT id FROM action_days WHERE campaign_id = $1) ORDER BY created_at, id LIMIT $3 OFFSET $4"
    )))
    .bind(campaign)
    .bind(status)
    .bind(limit)
    .bind(offset)
    .fetch_all(&db.pool)
    .await
    .context("listing events by status")
}

pub async fn count_by_status(db: &Db, campaign: CampaignId, status: Status) -> anyhow::Result<i64> {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM events WHERE status = $2 AND day_id IN (SELECT id FROM action_days WHERE campaign_id = $1)")
        .bind(campaign)
        .bind(status)
        .fetch_one(&db.pool)
        .await
        .context("counting events by status")?;
    Ok(n)
}

/// One person's answer to an event.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Rsvp {
    pub id: super::model::RsvpId,
    pub event_id: EventId,
    pub supporter_id: crate::supporters::model::SupporterId,
    pub status: super::model::RsvpStatus,
    pub lang: Lang,
    pub consent_lead: i64,
    /// The partner whose page brought them, and whether its own box was ticked.
    pub via_org: Option<crate::organisations::model::OrganisationId>,
    pub consent_partner: i64,
    /// When the answer (and its boxes) was last given.
    pub created_at: i64,
}

pub async fn rsvp(db: &Db, id: super::model::RsvpId) -> anyhow::Result<Option<Rsvp>> {
    sqlx::query_as("SELECT id, event_id, supporter_id, status, lang, consent_lead, via_org, consent_partner, created_at FROM rsvps WHERE id = $1")
        .bind(id)
        .fetch_optional(&db.pool)
        .await
        .context("reading an answer")
}

/// Record that a person answered (pending until confirmed), inside the caller's transaction.
/// An earlier answer of theirs is reused: pending stays pending (its details refreshed), a
/// cancelled one is pending again; attending or waiting is left as it is (`None`).
#[allow(clippy::too_many_arguments)]
pub async fn answer(tx: &mut sqlx::AnyConnection, keys: &FieldKeys, event: EventId, supporter: crate::supporters::model::SupporterId, name: &str, lang: Lang, lead_key: &str, choices: &crate::organisations::model::Choices, now: i64) -> anyhow::Result<Option<super::model::RsvpId>> {
    let id: super::model::RsvpId = crate::crypto::new_row_id();
    let inserted: Option<(super::model::RsvpId,)> = sqlx::query_as(
        "INSERT INTO rsvps (id, event_id, supporter_id, status, lang, consent_lead, created_at, name_ct, via_org, consent_partner) VALUES ($1, $2, $3, 'pending', $4, $5, $6, $7, $8, $9)
         ON CONFLICT (supporter_id, event_id) DO NOTHING RETURNING id",
    )
    .bind(id)
    .bind(event)
    .bind(supporter)
    .bind(lang)
    .bind(i64::from(choices.lead))
    .bind(now)
    .bind(keys.encrypt(FieldRef::new("rsvps", "name", id), name.as_bytes()))
    .bind(choices.via)
    .bind(i64::from(choices.partner))
    .fetch_optional(&mut *tx)
    .await
    .context("recording an answer")?;
    if let Some((id,)) = inserted {
        return Ok(Some(id));
    }
    // Answering again for someone whose answer waits for confirmation or was cancelled (anyone
    // can type an address): a box ticked by someone else is not theirs (`boxes_kept`).
    type Existing = (super::model::RsvpId, i64, i64, Option<crate::organisations::model::OrganisationId>, i64);
    let existing: Option<Existing> = sqlx::query_as(
        "SELECT id, created_at, consent_lead, via_org, consent_partner FROM rsvps WHERE event_id = $1 AND supporter_id = $2 AND status IN ('pending', 'cancelled')",
    )
    .bind(event)
    .bind(supporter)
    .fetch_optional(&mut *tx)
    .await
    .context("reading an earlier answer")?;
    let Some((id, typed_at, lead, via, partner)) = existing else { return Ok(None) };
    let old = crate::organisations::model::Choices { lead: lead == 1, via, partner: partner == 1 };
    let kept = crate::organisations::store::boxes_kept(tx, supporter, lead_key, old, *choices, typed_at).await?;
    let again: Option<(super::model::RsvpId,)> = sqlx::query_as(
        "UPDATE rsvps SET status = 'pending', lang = $2, consent_lead = $3, cancelled_at = NULL, created_at = $4, via_org = $5, consent_partner = $6
         WHERE id = $1 AND status IN ('pending', 'cancelled') RETURNING id",
    )
    .bind(id)
    .bind(lang)
    .bind(i64::from(kept.lead))
    .bind(now)
    .bind(kept.via)
    .bind(i64::from(kept.partner))
    .fetch_optional(&mut *tx)
    .await
    .context("renewing an answer")?;
    Ok(again.map(|(id,)| id))
}

/// Lock the event's row for the rest of the transaction: places are counted and given under
/// it, so two confirmations at the last place cannot both take it (on either engine).
async fn lock_event(tx: &mut sqlx::AnyConnection, event: EventId) -> anyhow::Result<()> {
    sqlx::query("UPDATE events SET updated_at = updated_at WHERE id = $1").bind(event).execute(&mut *tx).await.context("locking an event")?;
    Ok(())
}

/// Confirm a pending answer: attending while there is a place, else waiting. The consent it
/// carried is recorded. `None` when it was not pending.
pub async fn confirm_rsvp(db: &Db, r: &Rsvp, capacity: Option<i64>, org_key: &str, source: &str, now: i64) -> anyhow::Result<Option<super::model::RsvpStatus>> {
    use super::model::RsvpStatus;
    let mut tx = db.begin_write().await?;
    lock_event(&mut tx, r.event_id).await?;
    let (attending,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM rsvps WHERE event_id = $1 AND status = 'attending'").bind(r.event_id).fetch_one(&mut *tx).await?;
    let to = if capacity.is_none_or(|c| attending < c) { RsvpStatus::Attending } else { RsvpStatus::Waiting };
    let done = sqlx::query("UPDATE rsvps SET status = $2, confirmed_at = $3 WHERE id = $1 AND status = 'pending'")
        .bind(r.id)
        .bind(to)
        .bind(now)
        .execute(&mut *tx)
        .await
        .context("confirming an answer")?;
    if done.rows_affected() != 1 {
        return Ok(None);
    }
    // The boxes as last ticked (read again here: the link's copy may be older).
    let (lead, via, partner, typed_at): (i64, Option<crate::organisations::model::OrganisationId>, i64, i64) =
        sqlx::query_as("SELECT consent_lead, via_org, consent_partner, created_at FROM rsvps WHERE id = $1").bind(r.id).fetch_one(&mut *tx).await?;
    crate::organisations::store::record_consents(&mut tx, r.supporter_id, org_key, lead == 1, via.filter(|_| partner == 1), typed_at, source, r.lang, now).await?;
    tx.commit().await.context("committing an answer")?;
    Ok(Some(to))
}

/// Cancel an answer; when it held a place, the first on the waiting list gets it (returned).
pub async fn cancel_rsvp(db: &Db, r: &Rsvp, now: i64) -> anyhow::Result<(bool, Option<super::model::RsvpId>)> {
    let mut tx = db.begin_write().await?;
    lock_event(&mut tx, r.event_id).await?;
    let was: Option<(super::model::RsvpStatus,)> = sqlx::query_as("SELECT status FROM rsvps WHERE id = $1").bind(r.id).fetch_optional(&mut *tx).await?;
    let Some((was,)) = was else { return Ok((false, None)) };
    if was == super::model::RsvpStatus::Cancelled {
        return Ok((false, None));
    }
    sqlx::query("UPDATE rsvps SET status = 'cancelled', cancelled_at = $2 WHERE id = $1").bind(r.id).bind(now).execute(&mut *tx).await.context("cancelling an answer")?;
    let mut promoted = None;
    if was == super::model::RsvpStatus::Attending {
        let next: Option<(super::model::RsvpId,)> =
            sqlx::query_as("SELECT id FROM rsvps WHERE event_id = $1 AND status = 'waiting' ORDER BY confirmed_at, id LIMIT 1").bind(r.event_id).fetch_optional(&mut *tx).await?;
        if let Some((next,)) = next {
            sqlx::query("UPDATE rsvps SET status = 'attending' WHERE id = $1").bind(next).execute(&mut *tx).await.context("moving up the waiting list")?;
            promoted = Some(next);
        }
    }
    tx.commit().await.context("committing a cancellation")?;
    Ok((true, promoted))
}

/// (attending, waiting) for an event.
pub async fn rsvp_counts(db: &Db, event: EventId) -> anyhow::Result<(i64, i64)> {
    let (a, w): (i64, i64) = sqlx::query_as(
        "SELECT COALESCE(SUM(CASE WHEN status = 'attending' THEN 1 ELSE 0 END), 0), COALESCE(SUM(CASE WHEN status = 'waiting' THEN 1 ELSE 0 END), 0) FROM rsvps WHERE event_id = $1",
    )
    .bind(event)
    .fetch_one(&db.pool)
    .await
    .context("counting answers")?;
    Ok((a, w))
}

/// The people attending an event, decrypted, for its organiser: (name, email, waiting).
pub async fn attendees(db: &Db, keys: &FieldKeys, event: EventId) -> anyhow::Result<Vec<(Option<String>, String, bool)>> {
    let rows: Vec<(crate::supporters::model::SupporterId, super::model::RsvpId, Option<Vec<u8>>, Vec<u8>, String)> = sqlx::query_as(
        "SELECT s.id, r.id, r.name_ct, s.email_ct, r.status FROM rsvps r JOIN supporters s ON s.id = r.supporter_id
         WHERE r.event_id = $1 AND r.status IN ('attending', 'waiting') ORDER BY r.status, r.confirmed_at LIMIT 5000",
    )
    .bind(event)
    .fetch_all(&db.pool)
    .await
    .context("listing attendees")?;
    let mut out = Vec::new();
    for (id, rsvp, name, email, status) in rows {
        use crate::supporters::store::at as person;
        let name = match name {
            Some(ct) => Some(String::from_utf8(keys.decrypt(FieldRef::new("rsvps", "name", rsvp), &ct)?)?),
            None => None,
        };
        out.push((name, String::from_utf8(keys.decrypt(person("email", id), &email)?)?, status == "waiting"));
    }
    Ok(out)
}

/// Answers never confirmed, made before `before`, go (with the purge of unconfirmed data).
pub async fn purge_pending_rsvps(db: &Db, before: i64) -> anyhow::Result<u64> {
    let done = sqlx::query("DELETE FROM rsvps WHERE status = 'pending' AND created_at < $1").bind(before).execute(&db.pool).await.context("purging answers")?;
    Ok(done.rows_affected())
}

/// An event's report, as its organiser wrote it.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Report {
    pub attended: i64,
    pub text_md: String,
    pub text_html: String,
}

/// An event's report whatever its status (for its organiser and the moderators), with it.
pub async fn report(db: &Db, event: EventId) -> anyhow::Result<Option<(Report, ReportStatus)>> {
    let row: Option<(i64, String, String, ReportStatus)> = sqlx::query_as("SELECT attended, text_md, text_html, status FROM event_reports WHERE event_id = $1")
        .bind(event)
        .fetch_optional(&db.pool)
        .await
        .context("reading a report")?;
    Ok(row.map(|(attended, text_md, text_html, status)| (Report { attended, text_md, text_html }, status)))
}

/// An event's report as the public sees it: only once published.
pub async fn public_report(db: &Db, event: EventId) -> anyhow::Result<Option<Report>> {
    Ok(report(db, event).await?.and_then(|(r, s)| (s == ReportStatus::Published).then_some(r)))
}

/// Save (or replace) the report with its new photos (added after the ones kept, up to five in
/// all), as `status`: a change goes back before the moderators unless its host is trusted.
pub async fn save_report(db: &Db, event: EventId, r: &Report, photos: &[crate::images::CleanImage], status: ReportStatus, now: i64) -> anyhow::Result<()> {
    let mut tx = db.begin_write().await?;
    sqlx::query(
        "INSERT INTO event_reports (event_id, attended, text_md, text_html, created_at, updated_at, status) VALUES ($1, $2, $3, $4, $5, $5, $6)
         ON CONFLICT (event_id) DO UPDATE SET attended = excluded.attended, text_md = excluded.text_md, text_html = excluded.text_html, updated_at = excluded.updated_at, status = excluded.status",
    )
    .bind(event)
    .bind(r.attended)
    .bind(&r.text_md)
    .bind(&r.text_html)
    .bind(now)
    .bind(status)
    .execute(&mut *tx)
    .await
    .context("saving a report")?;
    let (have,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM event_photos WHERE event_id = $1").bind(event).fetch_one(&mut *tx).await?;
    for (n, p) in photos.iter().take((super::model::MAX_REPORT_PHOTOS as i64 - have).max(0) as usize).enumerate() {
        let id: EventId = crate::crypto::new_row_id();
        sqlx::query("INSERT INTO event_photos (id, event_id, position, jpeg, width, height, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)")
            .bind(id)
            .bind(event)
            .bind(have + n as i64)
            .bind(p.bytes.clone())
            .bind(i64::from(p.width))
            .bind(i64::from(p.height))
            .bind(now)
            .execute(&mut *tx)
            .await
            .context("saving a report's photo")?;
    }
    tx.commit().await.context("committing a report")?;
    Ok(())
}

/// A report photo: (photo id, event id, width, height).
pub type PhotoRef = (i64, EventId, i64, i64);

/// A report's photos whatever its status: for its organiser and the moderators (the public
/// sees them only through a published report).
pub async fn report_photos(db: &Db, event: EventId) -> anyhow::Result<Vec<PhotoRef>> {
    sqlx::query_as("SELECT id, event_id, width, height FROM event_photos WHERE event_id = $1 ORDER BY position").bind(event).fetch_all(&db.pool).await.context("listing a report's photos")
}

/// The newest photos of a campaign's approved events' reports: its gallery.
pub async fn gallery(db: &Db, campaign: CampaignId, limit: i64) -> anyhow::Result<Vec<PhotoRef>> {
    sqlx::query_as(
        "SELECT p.id, p.event_id, p.width, p.height FROM event_photos p JOIN events e ON e.id = p.event_id JOIN action_days d ON d.id = e.day_id
         JOIN event_reports r ON r.event_id = e.id
         WHERE d.campaign_id = $1 AND e.status = 'approved' AND r.status = 'published' ORDER BY p.created_at DESC, p.id DESC LIMIT $2",
    )
    .bind(campaign)
    .bind(limit)
    .fetch_all(&db.pool)
    .await
    .context("listing the gallery")
}

pub async fn report_photo(db: &Db, id: i64) -> anyhow::Result<Option<Vec<u8>>> {
    let row: Option<(Vec<u8>,)> = sqlx::query_as(
        "SELECT p.jpeg FROM event_photos p JOIN events e ON e.id = p.event_id JOIN action_days d ON d.id = e.day_id JOIN campaigns c ON c.id = d.campaign_id
         JOIN event_reports r ON r.event_id = e.id
         WHERE p.id = $1 AND e.status = 'approved' AND c.published = 1 AND r.status = 'published'",
    )
        .bind(id)
        .fetch_optional(&db.pool)
        .await
        .context("reading a report's photo")?;
    Ok(row.map(|(p,)| p))
}

/// The campaign's global tally: events held (approved, ended), their countries and cities, and
/// the people reported as taking part.
#[derive(Clone, Copy, Debug, Default)]
pub struct Tally {
    pub events: i64,
    pub countries: i64,
    pub cities: i64,
    pub people: i64,
}

pub async fn tally(db: &Db, campaign: CampaignId, now: i64) -> anyhow::Result<Tally> {
    let (events, countries, cities, people): (i64, i64, i64, Option<i64>) = sqlx::query_as(
        "SELECT COUNT(*), COUNT(DISTINCT e.country), COUNT(DISTINCT e.country || '/' || e.city), CAST(SUM(r.attended) AS BIGINT)
         FROM events e JOIN action_days d ON d.id = e.day_id LEFT JOIN event_reports r ON r.event_id = e.id AND r.status = 'published'
         WHERE d.campaign_id = $1 AND e.status = 'approved' AND e.ends_at < $2",
    )
    .bind(campaign)
    .bind(now)
    .fetch_one(&db.pool)
    .await
    .context("counting the tally")?;
    Ok(Tally { events, countries, cities, people: people.unwrap_or(0) })
}

/// Replace an event's details (not its organiser) and set its status; bumps its revision (as
/// every change of status does: a calendar takes the higher SEQUENCE as the newer).
pub async fn update_event(tx: &mut sqlx::AnyConnection, keys: &FieldKeys, id: EventId, e: &EventDraft, status: Status, now: i64) -> anyhow::Result<()> {
    let languages = e.languages.iter().map(|l| l.code()).collect::<Vec<_>>().join(",");
    sqlx::query(
        "UPDATE events SET title = $2, description_md = $3, description_html = $4, languages = $5, kind = $6, starts_at = $7, ends_at = $8, time_zone = $9,
           city_id = $10, city = $11, country = $12, lat = $13, lon = $14, address_ct = $15, address_public = $16, capacity = $17, accessibility = $18,
           key_id = $19, status = $20, revision = revision + 1, updated_at = $21 WHERE id = $1",
    )
    .bind(id)
    .bind(&e.title)
    .bind(&e.description_md)
    .bind(&e.description_html)
    .bind(languages)
    .bind(e.kind)
    .bind(e.starts_at)
    .bind(e.ends_at)
    .bind(&e.time_zone)
    .bind(e.place.city_id.map(i64::from))
    .bind(&e.place.city)
    .bind(&e.place.country)
    .bind(e.place.lat)
    .bind(e.place.lon)
    .bind((!e.address.is_empty()).then(|| keys.encrypt(at("address", id), e.address.as_bytes())))
    .bind(i64::from(e.address_public))
    .bind(e.capacity)
    .bind(&e.accessibility)
    .bind(i64::from(keys.current_id()))
    .bind(status)
    .bind(now)
    .execute(&mut *tx)
    .await
    .context("changing an event")?;
    // The organiser's fields are re-encrypted under the current key with the rest.
    let row: (Vec<u8>, Vec<u8>) = sqlx::query_as("SELECT organiser_name_ct, organiser_email_ct FROM events WHERE id = $1").bind(id).fetch_one(&mut *tx).await?;
    sqlx::query("UPDATE events SET organiser_name_ct = $2, organiser_email_ct = $3 WHERE id = $1")
        .bind(id)
        .bind(keys.reencrypt(at("organiser_name", id), &row.0)?)
        .bind(keys.reencrypt(at("organiser_email", id), &row.1)?)
        .execute(&mut *tx)
        .await
        .context("re-encrypting an organiser")?;
    Ok(())
}

/// The answers holding a place or waiting for one (for telling them of a change).
pub async fn live_rsvps(tx: &mut sqlx::AnyConnection, event: EventId) -> anyhow::Result<Vec<(super::model::RsvpId, super::model::RsvpStatus)>> {
    sqlx::query_as("SELECT id, status FROM rsvps WHERE event_id = $1 AND status IN ('attending', 'waiting')")
        .bind(event)
        .fetch_all(&mut *tx)
        .await
        .context("listing answers")
}

const ORGANISER_DOMAIN: &str = "event-organiser";

/// How many events named this organiser address since `since`.
pub async fn events_by_organiser(tx: &mut sqlx::AnyConnection, keys: &FieldKeys, email: &Email, since: i64) -> anyhow::Result<i64> {
    let mut n = 0;
    for index in keys.blind_indexes(ORGANISER_DOMAIN, email.as_str()) {
        let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM events WHERE organiser_bidx = $1 AND created_at >= $2")
            .bind(index.to_vec())
            .bind(since)
            .fetch_one(&mut *tx)
            .await
            .context("counting events by organiser")?;
        n += count;
    }
    Ok(n)
}

/// Give waiting answers the places a larger capacity made (oldest first); the ids moved up.
pub async fn fill_places(tx: &mut sqlx::AnyConnection, event: EventId, capacity: Option<i64>) -> anyhow::Result<Vec<super::model::RsvpId>> {
    lock_event(tx, event).await?;
    let (attending,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM rsvps WHERE event_id = $1 AND status = 'attending'").bind(event).fetch_one(&mut *tx).await?;
    let free = capacity.map(|c| (c - attending).max(0)).unwrap_or(i64::MAX / 2);
    if free == 0 {
        return Ok(Vec::new());
    }
    let ids: Vec<(super::model::RsvpId,)> =
        sqlx::query_as("SELECT id FROM rsvps WHERE event_id = $1 AND status = 'waiting' ORDER BY confirmed_at, id LIMIT $2").bind(event).bind(free.min(10_000)).fetch_all(&mut *tx).await?;
    for (id,) in &ids {
        sqlx::query("UPDATE rsvps SET status = 'attending' WHERE id = $1").bind(*id).execute(&mut *tx).await.context("moving up the waiting list")?;
    }
    Ok(ids.into_iter().map(|(i,)| i).collect())
}

/// A person's answers that hold a place: erasing the person frees them.
pub async fn places_of(db: &Db, person: crate::supporters::model::SupporterId) -> anyhow::Result<Vec<super::model::RsvpId>> {
    let rows: Vec<(super::model::RsvpId,)> = sqlx::query_as("SELECT id FROM rsvps WHERE supporter_id = $1 AND status = 'attending'")
        .bind(person)
        .fetch_all(&db.pool)
        .await
        .context("listing a person's places")?;
    Ok(rows.into_iter().map(|(id,)| id).collect())
}

/// A moderator's decision on a report; `false` when it already stood so.
pub async fn set_report_status(db: &Db, event: EventId, status: ReportStatus, by: StaffId, now: i64) -> anyhow::Result<bool> {
    let done = sqlx::query("UPDATE event_reports SET status = $2, decided_by = $3, decided_at = $4 WHERE event_id = $1 AND status <> $2")
        .bind(event)
        .bind(status)
        .bind(by)
        .bind(now)
        .execute(&db.pool)
        .await
        .context("deciding on a report")?;
    Ok(done.rows_affected() == 1)
}

/// A campaign's events whose report waits for a moderator, oldest change first.
pub async fn pending_reports(db: &Db, campaign: CampaignId, limit: i64, offset: i64) -> anyhow::Result<Vec<Event>> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {EVENT_COLUMNS} FROM events WHERE id IN (SELECT r.event_id FROM event_reports r JOIN events e ON e.id = r.event_id JOIN action_days d ON d.id = e.day_id
         WHERE d.campaign_id = $1 AND r.status = 'pending') ORDER BY (SELECT updated_at FROM event_reports WHERE event_id = events.id), id LIMIT $2 OFFSET $3"
    )))
    .bind(campaign)
    .bind(limit)
    .bind(offset)
    .fetch_all(&db.pool)
    .await
    .context("listing reports to moderate")
}

pub async fn count_pending_reports(db: &Db, campaign: CampaignId) -> anyhow::Result<i64> {
    let (n,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM event_reports r JOIN events e ON e.id = r.event_id JOIN action_days d ON d.id = e.day_id WHERE d.campaign_id = $1 AND r.status = 'pending'",
    )
    .bind(campaign)
    .fetch_one(&db.pool)
    .await
    .context("counting reports to moderate")?;
    Ok(n)
}

/// A report photo's bytes for a moderator: only a photo of `event`.
pub async fn report_photo_of(db: &Db, event: EventId, id: i64) -> anyhow::Result<Option<Vec<u8>>> {
    let row: Option<(Vec<u8>,)> = sqlx::query_as("SELECT jpeg FROM event_photos WHERE id = $1 AND event_id = $2").bind(id).bind(event).fetch_optional(&db.pool).await.context("reading a report's photo")?;
    Ok(row.map(|(p,)| p))
}

/// Whether the person said "no more mail" after confirming this answer: an organiser's
/// message is not about the event's time or place, and goes only to those still willing.
pub async fn unsubscribed_since_answer(db: &Db, r: &Rsvp) -> anyhow::Result<bool> {
    let row: Option<(Option<i64>, Option<i64>)> = sqlx::query_as(
        "SELECT s.unsubscribed_at, r.confirmed_at FROM rsvps r JOIN supporters s ON s.id = r.supporter_id WHERE r.id = $1",
    )
    .bind(r.id)
    .fetch_optional(&db.pool)
    .await
    .context("reading an answer's mail preference")?;
    Ok(matches!(row, Some((Some(u), c)) if u >= c.unwrap_or(0)))
}

/// One of a person's answers, for their own page and download.
#[derive(Clone, Debug, serde::Serialize)]
pub struct AnswerOf {
    pub event: String,
    pub title: String,
    #[serde(skip)]
    pub title_lang: Lang,
    pub campaign: String,
    pub status: String,
    /// The name they typed for this event (what its organiser sees).
    pub name: Option<String>,
    pub answered_at: i64,
    pub starts_at: i64,
    pub time_zone: String,
}

/// Every answer a person gave, newest first, decrypted.
pub async fn answers_of(db: &Db, keys: &FieldKeys, person: crate::supporters::model::SupporterId) -> anyhow::Result<Vec<AnswerOf>> {
    let rows: Vec<(super::model::RsvpId, EventId, String, Lang, String, String, Option<Vec<u8>>, i64, i64, String)> = sqlx::query_as(
        "SELECT r.id, e.id, e.title, e.lang, c.slug, r.status, r.name_ct, r.created_at, e.starts_at, e.time_zone
         FROM rsvps r JOIN events e ON e.id = r.event_id JOIN action_days d ON d.id = e.day_id JOIN campaigns c ON c.id = d.campaign_id
         WHERE r.supporter_id = $1 ORDER BY r.created_at DESC LIMIT 1000",
    )
    .bind(person)
    .fetch_all(&db.pool)
    .await
    .context("listing a person's answers")?;
    let mut out = Vec::new();
    for (rsvp, event, title, title_lang, campaign, status, name, answered_at, starts_at, time_zone) in rows {
        let name = match name {
            Some(ct) => Some(String::from_utf8(keys.decrypt(FieldRef::new("rsvps", "name", rsvp), &ct)?)?),
            None => None,
        };
        out.push(AnswerOf { event: event.to_string(), title, title_lang, campaign, status, name, answered_at, starts_at, time_zone });
    }
    Ok(out)
}

/// Events never confirmed by their organiser, submitted before `before`, go: they hold an
/// address someone may have typed for another person.
pub async fn purge_unconfirmed_events(db: &Db, before: i64) -> anyhow::Result<u64> {
    let done = sqlx::query("DELETE FROM events WHERE status = 'unconfirmed' AND created_at < $1").bind(before).execute(&db.pool).await.context("purging unconfirmed events")?;
    Ok(done.rows_affected())
}

/// Answers to events that ended before `ended_before` go: who came to what is the most
/// sensitive thing held about a person, and nothing needs it once the event is long over (the
/// tally counts the organiser's report, not the answers).
pub async fn purge_old_answers(db: &Db, ended_before: i64) -> anyhow::Result<u64> {
    let done = sqlx::query("DELETE FROM rsvps WHERE event_id IN (SELECT id FROM events WHERE ends_at < $1)").bind(ended_before).execute(&db.pool).await.context("purging old answers")?;
    Ok(done.rows_affected())
}
