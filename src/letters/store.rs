//! Letters' SQL: actions and their texts, the decision-makers they write to, and the letters.

use anyhow::Context;

use super::model::{ActionDraft, BatchId, LetterActionId, LetterId, LetterStatus, Mode, Status, Window};
use crate::campaigns::model::CampaignId;
use crate::crypto::{FieldKeys, FieldRef};
use crate::db::Db;
use crate::i18n::Lang;
use crate::supporters::model::SupporterId;
use crate::targets::model::TargetId;

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Action {
    pub id: LetterActionId,
    pub campaign_id: CampaignId,
    pub status: Status,
    pub mode: Mode,
    pub per_hour: i64,
    pub day_start: i64,
    pub day_end: i64,
    pub test_mode: i64,
}

impl Action {
    pub fn window(&self) -> Window {
        Window { per_hour: self.per_hour, day_start: self.day_start, day_end: self.day_end }
    }
}

const COLUMNS: &str = "id, campaign_id, status, mode, per_hour, day_start, day_end, test_mode";

async fn write_parts(tx: &mut sqlx::AnyConnection, campaign: CampaignId, id: LetterActionId, d: &ActionDraft) -> anyhow::Result<()> {
    for table in ["letter_texts", "letter_targets"] {
        sqlx::query(sqlx::AssertSqlSafe(format!("DELETE FROM {table} WHERE action_id = $1"))).bind(id).execute(&mut *tx).await.context("clearing a letter action")?;
    }
    for (lang, subject, body) in &d.texts {
        sqlx::query("INSERT INTO letter_texts (action_id, lang, subject, body) VALUES ($1, $2, $3, $4)").bind(id).bind(*lang).bind(subject).bind(body).execute(&mut *tx).await.context("saving a letter's text")?;
    }
    for t in &d.targets {
        sqlx::query("INSERT INTO letter_targets (action_id, target_id) SELECT $1, id FROM targets WHERE id = $2 AND campaign_id = $3 ON CONFLICT DO NOTHING")
            .bind(id)
            .bind(*t)
            .bind(campaign)
            .execute(&mut *tx)
            .await
            .context("choosing whom to write to")?;
    }
    Ok(())
}

pub async fn save(db: &Db, campaign: CampaignId, id: Option<LetterActionId>, d: &ActionDraft, now: i64) -> anyhow::Result<Option<LetterActionId>> {
    let mut tx = db.begin_write().await?;
    let id = match id {
        None => {
            let id: LetterActionId = crate::crypto::new_row_id();
            sqlx::query("INSERT INTO letter_actions (id, campaign_id, status, mode, per_hour, day_start, day_end, test_mode, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)")
                .bind(id)
                .bind(campaign)
                .bind(d.status)
                .bind(d.mode)
                .bind(d.window.per_hour)
                .bind(d.window.day_start)
                .bind(d.window.day_end)
                .bind(i64::from(d.test_mode))
                .bind(now)
                .execute(&mut *tx)
                .await
                .context("adding a letter action")?;
            id
        }
        Some(id) => {
            let done = sqlx::query("UPDATE letter_actions SET status = $3, mode = $4, per_hour = $5, day_start = $6, day_end = $7, test_mode = $8, updated_at = $9 WHERE id = $1 AND campaign_id = $2")
                .bind(id)
                .bind(campaign)
                .bind(d.status)
                .bind(d.mode)
                .bind(d.window.per_hour)
                .bind(d.window.day_start)
                .bind(d.window.day_end)
                .bind(i64::from(d.test_mode))
                .bind(now)
                .execute(&mut *tx)
                .await
                .context("changing a letter action")?;
            if done.rows_affected() != 1 {
                return Ok(None);
            }
            id
        }
    };
    write_parts(&mut tx, campaign, id, d).await?;
    tx.commit().await.context("committing a letter action")?;
    Ok(Some(id))
}

pub async fn get(db: &Db, campaign: CampaignId, id: LetterActionId) -> anyhow::Result<Option<Action>> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM letter_actions WHERE id = $1 AND campaign_id = $2"))).bind(id).bind(campaign).fetch_optional(&db.pool).await.context("reading a letter action")
}

pub async fn by_id(db: &Db, id: LetterActionId) -> anyhow::Result<Option<Action>> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM letter_actions WHERE id = $1"))).bind(id).fetch_optional(&db.pool).await.context("reading a letter action")
}

pub async fn list(db: &Db, campaign: CampaignId, open_only: bool) -> anyhow::Result<Vec<Action>> {
    let filter = if open_only { " AND status = 'open'" } else { "" };
    sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM letter_actions WHERE campaign_id = $1{filter} ORDER BY created_at DESC, id DESC LIMIT 200")))
        .bind(campaign)
        .fetch_all(&db.pool)
        .await
        .context("listing letter actions")
}

/// (language, subject, body).
pub async fn texts(db: &Db, id: LetterActionId) -> anyhow::Result<Vec<(Lang, String, String)>> {
    sqlx::query_as("SELECT lang, subject, body FROM letter_texts WHERE action_id = $1").bind(id).fetch_all(&db.pool).await.context("reading a letter's texts")
}

pub async fn targets(db: &Db, id: LetterActionId) -> anyhow::Result<Vec<crate::targets::store::Target>> {
    sqlx::query_as(
        "SELECT t.id, t.campaign_id, t.name, t.role, t.institution, t.country, t.area, t.lang, t.time_zone, t.public, t.demo, t.updated_at
         FROM targets t JOIN letter_targets l ON l.target_id = t.id WHERE l.action_id = $1 ORDER BY t.country, t.name",
    )
    .bind(id)
    .fetch_all(&db.pool)
    .await
    .context("reading whom to write to")
}

pub async fn target_ids(db: &Db, id: LetterActionId) -> anyhow::Result<Vec<TargetId>> {
    let rows: Vec<(TargetId,)> = sqlx::query_as("SELECT target_id FROM letter_targets WHERE action_id = $1").bind(id).fetch_all(&db.pool).await.context("reading whom to write to")?;
    Ok(rows.into_iter().map(|(t,)| t).collect())
}

fn at(column: &'static str, id: LetterId) -> FieldRef<'static> {
    FieldRef::new("letters", column, id)
}

/// A new letter, pending. Written again while still pending, it takes the new text and the
/// new submission (whose link alone confirms it: an older link, or one someone else had sent
/// to this address, confirms nothing). `None` when this writer's letter to this decision-maker
/// in this action is confirmed already: one letter each, whatever is submitted again.
#[allow(clippy::too_many_arguments)]
pub async fn add(tx: &mut sqlx::AnyConnection, keys: &FieldKeys, batch: BatchId, action: LetterActionId, target: TargetId, person: SupporterId, lang: Lang, country: &str, subject: &str, body: &str, signed: &str, choices: &crate::organisations::model::Choices, now: i64) -> anyhow::Result<Option<LetterId>> {
    type Existing = (LetterId, LetterStatus, i64, i64, Option<crate::organisations::model::OrganisationId>, i64);
    let existing: Option<Existing> = sqlx::query_as("SELECT id, status, created_at, consent_lead, via_org, consent_partner FROM letters WHERE action_id = $1 AND target_id = $2 AND supporter_id = $3")
        .bind(action)
        .bind(target)
        .bind(person)
        .fetch_optional(&mut *tx)
        .await
        .context("finding a letter")?;
    match existing {
        Some((_, status, ..)) if status != LetterStatus::Pending => return Ok(None),
        Some((id, _, typed_at, lead, via, partner)) => {
            let (campaign,): (CampaignId,) = sqlx::query_as("SELECT campaign_id FROM letter_actions WHERE id = $1").bind(action).fetch_one(&mut *tx).await?;
            let old = crate::organisations::model::Choices { lead: lead == 1, via, partner: partner == 1 };
            let kept = crate::organisations::store::boxes_kept(tx, person, &crate::supporters::model::lead_consent_key(campaign), old, *choices, typed_at).await?;
            sqlx::query(
                "UPDATE letters SET batch_id = $2, lang = $3, country = $4, subject_ct = $5, body_ct = $6, signed_ct = $7, consent_lead = $8, created_at = $9, \
                 via_org = $10, consent_partner = $11 WHERE id = $1 AND status = 'pending'",
            )
            .bind(id)
            .bind(batch)
            .bind(lang)
            .bind(country)
            .bind(keys.encrypt(at("subject", id), subject.as_bytes()))
            .bind(keys.encrypt(at("body", id), body.as_bytes()))
            .bind(keys.encrypt(at("signed", id), signed.as_bytes()))
            .bind(i64::from(kept.lead))
            .bind(now)
            .bind(kept.via)
            .bind(i64::from(kept.partner))
            .execute(&mut *tx)
            .await
            .context("writing a letter again")?;
            return Ok(Some(id));
        }
        None => {}
    }
    let id: LetterId = crate::crypto::new_row_id();
    let done: Option<(LetterId,)> = sqlx::query_as(
        "INSERT INTO letters (id, batch_id, action_id, target_id, supporter_id, lang, country, subject_ct, body_ct, signed_ct, status, created_at, consent_lead, via_org, consent_partner)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'pending', $11, $12, $13, $14) ON CONFLICT (action_id, target_id, supporter_id) DO NOTHING RETURNING id",
    )
    .bind(id)
    .bind(batch)
    .bind(action)
    .bind(target)
    .bind(person)
    .bind(lang)
    .bind(country)
    .bind(keys.encrypt(at("subject", id), subject.as_bytes()))
    .bind(keys.encrypt(at("body", id), body.as_bytes()))
    .bind(keys.encrypt(at("signed", id), signed.as_bytes()))
    .bind(now)
    .bind(i64::from(choices.lead))
    .bind(choices.via)
    .bind(i64::from(choices.partner))
    .fetch_optional(&mut *tx)
    .await
    .context("adding a letter")?;
    Ok(done.map(|(id,)| id))
}

/// The boxes a pending submission carries: the lead organisation's, and the partner whose box
/// was ticked.
pub async fn boxes(db: &Db, batch: BatchId) -> anyhow::Result<(bool, Option<crate::organisations::model::OrganisationId>)> {
    let row: Option<(i64, Option<crate::organisations::model::OrganisationId>, i64)> =
        sqlx::query_as("SELECT consent_lead, via_org, consent_partner FROM letters WHERE batch_id = $1 AND status = 'pending' ORDER BY id LIMIT 1").bind(batch).fetch_optional(&db.pool).await?;
    Ok(row.map(|(lead, via, partner)| (lead == 1, via.filter(|_| partner == 1))).unwrap_or((false, None)))
}

/// A submission's pending letters, decrypted (what its confirmation page shows).
pub async fn pending_of(db: &Db, keys: &FieldKeys, batch: BatchId) -> anyhow::Result<Vec<Letter>> {
    let rows: Vec<LetterRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {LETTER} FROM letters WHERE batch_id = $1 AND status = 'pending' ORDER BY id")))
        .bind(batch)
        .fetch_all(&db.pool)
        .await
        .context("reading a submission's letters")?;
    rows.into_iter().map(|r| open(keys, r)).collect()
}

/// A letter as the sending job needs it, decrypted.
pub struct Letter {
    pub id: LetterId,
    pub action_id: LetterActionId,
    pub target_id: TargetId,
    pub supporter_id: SupporterId,
    pub lang: Lang,
    pub country: String,
    pub status: LetterStatus,
    pub send_at: Option<i64>,
    pub subject: String,
    pub body: String,
    /// The writer's name and city, as they signed.
    pub signed: String,
    /// Confirmed in test mode: goes to its writer only.
    pub test: bool,
}

type LetterRow = (LetterId, LetterActionId, TargetId, SupporterId, Lang, String, LetterStatus, Option<i64>, Vec<u8>, Vec<u8>, Vec<u8>, i64);

fn open(keys: &FieldKeys, r: LetterRow) -> anyhow::Result<Letter> {
    let (id, action_id, target_id, supporter_id, lang, country, status, send_at, s, b, n, test) = r;
    let text = |column, ct: &[u8]| -> anyhow::Result<String> { Ok(String::from_utf8(keys.decrypt(at(column, id), ct)?)?) };
    Ok(Letter { id, action_id, target_id, supporter_id, lang, country, status, send_at, subject: text("subject", &s)?, body: text("body", &b)?, signed: text("signed", &n)?, test: test == 1 })
}

const LETTER: &str = "id, action_id, target_id, supporter_id, lang, country, status, send_at, subject_ct, body_ct, signed_ct, test";

pub async fn letter(db: &Db, keys: &FieldKeys, id: LetterId) -> anyhow::Result<Option<Letter>> {
    let row: Option<LetterRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {LETTER} FROM letters WHERE id = $1"))).bind(id).fetch_optional(&db.pool).await.context("reading a letter")?;
    row.map(|r| open(keys, r)).transpose()
}

/// The queued letters to one decision-maker in one action, due by `until`, oldest slot first
/// (a digest's content).
pub async fn due_for(db: &Db, keys: &FieldKeys, action: LetterActionId, target: TargetId, until: i64) -> anyhow::Result<Vec<Letter>> {
    let rows: Vec<LetterRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {LETTER} FROM letters WHERE action_id = $1 AND target_id = $2 AND status = 'queued' AND send_at <= $3 ORDER BY send_at, id LIMIT 1000"
    )))
    .bind(action)
    .bind(target)
    .bind(until)
    .fetch_all(&db.pool)
    .await
    .context("reading a digest's letters")?;
    rows.into_iter().map(|r| open(keys, r)).collect()
}

/// Confirm a submission's pending letters: each gets its slot in its decision-maker's queue,
/// under the write lock so two confirmations never take one slot. Returns (letter, target,
/// slot) for the letters it queued.
/// `lock`: take each decision-maker's row lock (PostgreSQL).
#[allow(clippy::too_many_arguments)]
pub async fn confirm_batch(tx: &mut sqlx::AnyConnection, batch: BatchId, window: Window, mode: Mode, test: bool, now: i64, lock: bool) -> anyhow::Result<Vec<(LetterId, TargetId, i64)>> {
    let pending: Vec<(LetterId, TargetId, String)> = sqlx::query_as(
        "SELECT l.id, l.target_id, t.time_zone FROM letters l JOIN targets t ON t.id = l.target_id WHERE l.batch_id = $1 AND l.status = 'pending' ORDER BY l.target_id, l.id",
    )
    .bind(batch)
    .fetch_all(&mut *tx)
    .await
    .context("reading letters to confirm")?;
    // The boxes ticked when writing count once the writer confirms (a submission's letters
    // share them), unless they said no since.
    let boxes: Option<(SupporterId, Lang, LetterActionId, i64, Option<crate::organisations::model::OrganisationId>, i64, i64)> = sqlx::query_as(
        "SELECT supporter_id, lang, action_id, consent_lead, via_org, consent_partner, created_at FROM letters WHERE batch_id = $1 AND status = 'pending' ORDER BY id LIMIT 1",
    )
    .bind(batch)
    .fetch_optional(&mut *tx)
    .await?;
    if let Some((person, lang, action, lead, via, partner, typed_at)) = boxes {
        let (campaign,): (CampaignId,) = sqlx::query_as("SELECT campaign_id FROM letter_actions WHERE id = $1").bind(action).fetch_one(&mut *tx).await?;
        let lead_key = crate::supporters::model::lead_consent_key(campaign);
        crate::organisations::store::record_consents(&mut *tx, person, &lead_key, lead == 1, via.filter(|_| partner == 1), typed_at, &format!("letters:{action}"), lang, now).await?;
    }
    let mut out = Vec::new();
    for (id, target, zone) in pending {
        lock_target(tx, target, lock).await?;
        let (last,): (Option<i64>,) = sqlx::query_as("SELECT MAX(send_at) FROM letters WHERE target_id = $1 AND status IN ('queued', 'sent', 'bounced')").bind(target).fetch_one(&mut *tx).await?;
        let zone = jiff::tz::TimeZone::get(&zone).unwrap_or(jiff::tz::TimeZone::UTC);
        let slot = match mode {
            Mode::Spread => window.next_slot(last, now, &zone),
            Mode::Digest => window.digest_at(now, &zone),
        };
        let done = sqlx::query("UPDATE letters SET status = 'queued', confirmed_at = $2, send_at = $3, test = $4 WHERE id = $1 AND status = 'pending'")
            .bind(id)
            .bind(now)
            .bind(slot)
            .bind(i64::from(test))
            .execute(&mut *tx)
            .await
            .context("queueing a letter")?;
        // Another confirmation took it meanwhile: it has its slot and its job already.
        if done.rows_affected() == 1 {
            out.push((id, target, slot));
        }
    }
    Ok(out)
}

/// When the latest letter actually went to a decision-maker, if one did.
pub async fn last_sent_to(db: &Db, target: TargetId) -> anyhow::Result<Option<i64>> {
    let (at,): (Option<i64>,) = sqlx::query_as("SELECT MAX(sent_at) FROM letters WHERE target_id = $1 AND status IN ('sent', 'bounced')").bind(target).fetch_one(&db.pool).await?;
    Ok(at)
}

/// Lock a decision-maker's row for the rest of the transaction: their queue's slots are read and
/// given under it, so two processes never give two letters one slot. Needed on PostgreSQL,
/// where a write transaction takes no lock at its start; SQLite's writes already run one at a
/// time (`lock`: false).
async fn lock_target(tx: &mut sqlx::AnyConnection, target: TargetId, lock: bool) -> anyhow::Result<()> {
    if !lock {
        return Ok(());
    }
    sqlx::query("UPDATE targets SET updated_at = updated_at WHERE id = $1").bind(target).execute(&mut *tx).await.context("locking a decision-maker's queue")?;
    Ok(())
}

/// A queued letter whose slot came outside working hours narrowed since: its new slot, after
/// the decision-maker's latest other letter as at confirmation, so that letters moved together
/// keep their spacing. Under the write lock, with its job.
pub async fn reslot(db: &Db, letter: LetterId, target: TargetId, window: Window, zone: &jiff::tz::TimeZone, now: i64, moved: u32) -> anyhow::Result<()> {
    let mut tx = db.begin_write().await?;
    lock_target(&mut tx, target, db.backend == crate::db::Backend::Postgres).await?;
    // The latest slot taken, or the latest letter actually sent when it went after its slot
    // (a queue catching up after the worker was down).
    let (last,): (Option<i64>,) = sqlx::query_as(
        "SELECT MAX(CASE WHEN sent_at IS NOT NULL AND sent_at > send_at THEN sent_at ELSE send_at END) FROM letters WHERE target_id = $1 AND id <> $2 AND status IN ('queued', 'sent', 'bounced')",
    )
        .bind(target)
        .bind(letter)
        .fetch_one(&mut *tx)
        .await?;
    let slot = window.next_slot(last, now, zone);
    let done = sqlx::query("UPDATE letters SET send_at = $2 WHERE id = $1 AND status = 'queued'").bind(letter).bind(slot).execute(&mut *tx).await.context("moving a letter")?;
    if done.rows_affected() == 1 {
        crate::jobs::enqueue(&mut tx, &super::mail::LetterSend { letter, at: slot, moved }, slot).await?;
    }
    tx.commit().await.context("committing a moved letter")?;
    Ok(())
}

/// Test letters, once sent to their writers, go: they count nowhere and leave the writer free
/// to write the real letter.
pub async fn forget(db: &Db, ids: &[LetterId]) -> anyhow::Result<()> {
    let mut tx = db.begin_write().await?;
    for id in ids {
        sqlx::query("DELETE FROM letters WHERE id = $1 AND test = 1").bind(*id).execute(&mut *tx).await.context("forgetting a test letter")?;
    }
    tx.commit().await.context("committing test letters sent")?;
    Ok(())
}

/// Where letters' sending ended: sent or bounced (with the server's reason, never an address).
pub async fn finish(db: &Db, ids: &[LetterId], status: LetterStatus, error: &str, now: i64) -> anyhow::Result<()> {
    let mut tx = db.begin_write().await?;
    for id in ids {
        let done = sqlx::query("UPDATE letters SET status = $2, error = $3, sent_at = $4 WHERE id = $1 AND status = 'queued'").bind(*id).bind(status).bind(error).bind(now).execute(&mut *tx).await.context("finishing a letter")?;
        if done.rows_affected() == 1 && status == LetterStatus::Sent {
            // Counted apart, so that the count outlives a writer who erases themselves.
            sqlx::query(
                "INSERT INTO letter_tally (action_id, target_id, country, sent) SELECT action_id, target_id, country, 1 FROM letters WHERE id = $1 \
                 ON CONFLICT (action_id, target_id, country) DO UPDATE SET sent = letter_tally.sent + 1",
            )
            .bind(*id)
            .execute(&mut *tx)
            .await
            .context("counting a letter delivered")?;
        }
    }
    tx.commit().await.context("committing letters sent")?;
    Ok(())
}

/// A writer's letters, newest first: each with its action's campaign and the decision-maker's
/// name (for their own page), `None` for one no longer shown publicly.
pub async fn of_person(db: &Db, keys: &FieldKeys, person: SupporterId) -> anyhow::Result<Vec<(Letter, String, Option<String>, i64)>> {
    let rows: Vec<(LetterId, String, String, i64, i64)> = sqlx::query_as(
        "SELECT l.id, c.slug, t.name, t.public, l.created_at FROM letters l JOIN letter_actions a ON a.id = l.action_id JOIN campaigns c ON c.id = a.campaign_id \
         JOIN targets t ON t.id = l.target_id WHERE l.supporter_id = $1 ORDER BY l.created_at DESC, l.id LIMIT 1000",
    )
    .bind(person)
    .fetch_all(&db.pool)
    .await
    .context("reading a writer's letters")?;
    let mut out = Vec::with_capacity(rows.len());
    for (id, slug, name, public, at) in rows {
        if let Some(l) = letter(db, keys, id).await? {
            out.push((l, slug, (public == 1).then_some(name), at));
        }
    }
    Ok(out)
}

/// Letters delivered per decision-maker of an action.
pub async fn delivered(db: &Db, action: LetterActionId) -> anyhow::Result<Vec<(TargetId, i64)>> {
    sqlx::query_as("SELECT target_id, CAST(SUM(sent) AS BIGINT) FROM letter_tally WHERE action_id = $1 GROUP BY target_id").bind(action).fetch_all(&db.pool).await.context("counting letters")
}

/// Letters delivered per writer's country.
pub async fn by_country(db: &Db, action: LetterActionId) -> anyhow::Result<Vec<(String, i64)>> {
    sqlx::query_as("SELECT country, CAST(SUM(sent) AS BIGINT) FROM letter_tally WHERE action_id = $1 GROUP BY country ORDER BY SUM(sent) DESC, country")
        .bind(action)
        .fetch_all(&db.pool)
        .await
        .context("counting letters by country")
}

/// An action's letters by status (for coordinators), and its bounces' reasons.
pub async fn counts(db: &Db, action: LetterActionId) -> anyhow::Result<Vec<(LetterStatus, i64)>> {
    sqlx::query_as("SELECT status, COUNT(*) FROM letters WHERE action_id = $1 GROUP BY status").bind(action).fetch_all(&db.pool).await.context("counting letters")
}

pub async fn bounces(db: &Db, action: LetterActionId) -> anyhow::Result<Vec<(TargetId, String, i64)>> {
    sqlx::query_as("SELECT target_id, error, COUNT(*) FROM letters WHERE action_id = $1 AND status = 'bounced' GROUP BY target_id, error LIMIT 100")
        .bind(action)
        .fetch_all(&db.pool)
        .await
        .context("listing bounces")
}

/// Letters never confirmed, written before `before`, go.
pub async fn purge_pending(db: &Db, before: i64) -> anyhow::Result<u64> {
    let done = sqlx::query("DELETE FROM letters WHERE status = 'pending' AND created_at < $1").bind(before).execute(&db.pool).await.context("purging letters")?;
    Ok(done.rows_affected())
}

/// The writer of a batch and its action (for the confirmation mail and page).
pub async fn batch(db: &Db, batch: BatchId) -> anyhow::Result<Option<(LetterActionId, SupporterId, Lang, i64)>> {
    sqlx::query_as("SELECT action_id, supporter_id, lang, COUNT(*) FROM letters WHERE batch_id = $1 GROUP BY action_id, supporter_id, lang")
        .bind(batch)
        .fetch_optional(&db.pool)
        .await
        .context("reading a batch of letters")
}

/// Letters delivered to a decision-maker over every action.
pub async fn delivered_to(db: &Db, target: TargetId) -> anyhow::Result<i64> {
    let (n,): (i64,) = sqlx::query_as("SELECT CAST(COALESCE(SUM(sent), 0) AS BIGINT) FROM letter_tally WHERE target_id = $1").bind(target).fetch_one(&db.pool).await.context("counting letters")?;
    Ok(n)
}

/// The actions (not drafts) that write to a decision-maker.
pub async fn actions_to(db: &Db, target: TargetId) -> anyhow::Result<Vec<LetterActionId>> {
    let rows: Vec<(LetterActionId,)> = sqlx::query_as(
        "SELECT a.id FROM letter_actions a JOIN letter_targets t ON t.action_id = a.id WHERE t.target_id = $1 AND a.status <> 'draft' ORDER BY a.created_at DESC LIMIT 50",
    )
    .bind(target)
    .fetch_all(&db.pool)
    .await
    .context("reading letter actions")?;
    Ok(rows.into_iter().map(|(a,)| a).collect())
}

/// Mark a letter action as an alert raised from `item` at `raised_at`, live at `now` when open.
pub async fn mark_alert(db: &Db, id: LetterActionId, item: crate::watch::model::WatchId, raised_at: i64, open: bool, now: i64) -> anyhow::Result<()> {
    sqlx::query("UPDATE letter_actions SET watch_item_id = $2, raised_at = $3, live_at = $4 WHERE id = $1")
        .bind(id)
        .bind(item)
        .bind(raised_at)
        .bind(open.then_some(now))
        .execute(&db.pool)
        .await
        .context("marking a letter alert")?;
    Ok(())
}
