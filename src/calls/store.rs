//! Call actions' SQL: the action, its texts, the decision-makers to call, the reports.

use anyhow::Context;

use super::model::{CallDraft, CallId, Outcome, Status};
use crate::campaigns::model::CampaignId;
use crate::db::Db;
use crate::i18n::Lang;
use crate::targets::model::TargetId;
use crate::watch::model::WatchId;

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Call {
    pub id: CallId,
    pub campaign_id: CampaignId,
    pub status: Status,
    pub watch_item_id: Option<WatchId>,
    pub raised_at: Option<i64>,
    pub live_at: Option<i64>,
    pub created_at: i64,
}

const COLUMNS: &str = "id, campaign_id, status, watch_item_id, raised_at, live_at, created_at";

/// (language, title, script in Markdown, as HTML).
pub type Text = (Lang, String, String, String);

async fn write_parts(tx: &mut sqlx::AnyConnection, campaign: CampaignId, id: CallId, d: &CallDraft) -> anyhow::Result<()> {
    for table in ["call_texts", "call_targets"] {
        sqlx::query(sqlx::AssertSqlSafe(format!("DELETE FROM {table} WHERE action_id = $1"))).bind(id).execute(&mut *tx).await.context("clearing a call action")?;
    }
    for (lang, title, md, html) in &d.texts {
        sqlx::query("INSERT INTO call_texts (action_id, lang, title, script_md, script_html) VALUES ($1, $2, $3, $4, $5)")
            .bind(id)
            .bind(*lang)
            .bind(title)
            .bind(md)
            .bind(html)
            .execute(&mut *tx)
            .await
            .context("saving a call script")?;
    }
    for t in &d.targets {
        // Only the campaign's own decision-makers.
        sqlx::query("INSERT INTO call_targets (action_id, target_id) SELECT $1, id FROM targets WHERE id = $2 AND campaign_id = $3 ON CONFLICT DO NOTHING")
            .bind(id)
            .bind(*t)
            .bind(campaign)
            .execute(&mut *tx)
            .await
            .context("choosing whom to call")?;
    }
    Ok(())
}

/// A new action, inside the caller's transaction; `raised_at`: when an alert raised it.
pub async fn insert(tx: &mut sqlx::AnyConnection, campaign: CampaignId, d: &CallDraft, watch: Option<WatchId>, raised_at: Option<i64>, now: i64) -> anyhow::Result<CallId> {
    let id: CallId = crate::crypto::new_row_id();
    sqlx::query("INSERT INTO call_actions (id, campaign_id, status, watch_item_id, raised_at, live_at, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7)")
        .bind(id)
        .bind(campaign)
        .bind(d.status)
        .bind(watch)
        .bind(raised_at)
        .bind((d.status == Status::Open).then_some(now))
        .bind(now)
        .execute(&mut *tx)
        .await
        .context("adding a call action")?;
    write_parts(tx, campaign, id, d).await?;
    Ok(id)
}

/// Change an action; the first time it opens is when it went live.
pub async fn update(db: &Db, campaign: CampaignId, id: CallId, d: &CallDraft, now: i64) -> anyhow::Result<bool> {
    let mut tx = db.begin_write().await?;
    let done = sqlx::query(
        "UPDATE call_actions SET status = $3, live_at = CASE WHEN live_at IS NULL AND $3 = 'open' THEN $4 ELSE live_at END, updated_at = $4 WHERE id = $1 AND campaign_id = $2",
    )
    .bind(id)
    .bind(campaign)
    .bind(d.status)
    .bind(now)
    .execute(&mut *tx)
    .await
    .context("changing a call action")?;
    if done.rows_affected() != 1 {
        return Ok(false);
    }
    write_parts(&mut tx, campaign, id, d).await?;
    tx.commit().await.context("committing a call action")?;
    Ok(true)
}

pub async fn get(db: &Db, campaign: CampaignId, id: CallId) -> anyhow::Result<Option<Call>> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM call_actions WHERE id = $1 AND campaign_id = $2")))
        .bind(id)
        .bind(campaign)
        .fetch_optional(&db.pool)
        .await
        .context("reading a call action")
}

/// A campaign's actions, newest first; only open ones when `open_only`.
pub async fn list(db: &Db, campaign: CampaignId, open_only: bool) -> anyhow::Result<Vec<Call>> {
    let filter = if open_only { " AND status = 'open'" } else { "" };
    sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM call_actions WHERE campaign_id = $1{filter} ORDER BY created_at DESC, id DESC LIMIT 200")))
        .bind(campaign)
        .fetch_all(&db.pool)
        .await
        .context("listing call actions")
}

pub async fn texts(db: &Db, id: CallId) -> anyhow::Result<Vec<Text>> {
    sqlx::query_as("SELECT lang, title, script_md, script_html FROM call_texts WHERE action_id = $1").bind(id).fetch_all(&db.pool).await.context("reading call scripts")
}

/// The decision-makers to call, by country and name.
pub async fn targets(db: &Db, id: CallId) -> anyhow::Result<Vec<crate::targets::store::Target>> {
    sqlx::query_as(
        "SELECT t.id, t.campaign_id, t.name, t.role, t.institution, t.country, t.area, t.lang, t.time_zone, t.public, t.demo, t.updated_at
         FROM targets t JOIN call_targets c ON c.target_id = t.id WHERE c.action_id = $1 ORDER BY t.country, t.name",
    )
    .bind(id)
    .fetch_all(&db.pool)
    .await
    .context("reading whom to call")
}

pub async fn target_ids(db: &Db, id: CallId) -> anyhow::Result<Vec<TargetId>> {
    let rows: Vec<(TargetId,)> = sqlx::query_as("SELECT target_id FROM call_targets WHERE action_id = $1").bind(id).fetch_all(&db.pool).await.context("reading whom to call")?;
    Ok(rows.into_iter().map(|(t,)| t).collect())
}

/// Record a call, inside the caller's transaction (which also spends the form's token).
pub async fn report(tx: &mut sqlx::AnyConnection, action: CallId, target: TargetId, outcome: Outcome, country: Option<&str>, now: i64) -> anyhow::Result<()> {
    // Neither the id nor the time may date a call to the second (a seized database against the
    // office's phone log would name the caller): a random id, and only the day.
    let id = i64::from_le_bytes(crate::crypto::random_bytes::<8>()) & i64::MAX;
    let now = now - now.rem_euclid(86_400);
    sqlx::query("INSERT INTO call_reports (id, action_id, target_id, outcome, country, created_at) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(id)
        .bind(action)
        .bind(target)
        .bind(outcome)
        .bind(country)
        .bind(now)
        .execute(&mut *tx)
        .await
        .context("recording a call")?;
    Ok(())
}

/// An action's tally: calls per decision-maker and outcome.
pub async fn tally(db: &Db, action: CallId) -> anyhow::Result<Vec<(TargetId, Outcome, i64)>> {
    sqlx::query_as("SELECT target_id, outcome, COUNT(*) FROM call_reports WHERE action_id = $1 GROUP BY target_id, outcome")
        .bind(action)
        .fetch_all(&db.pool)
        .await
        .context("counting calls")
}

/// An action's calls per caller's country (unknown last).
pub async fn by_country(db: &Db, action: CallId) -> anyhow::Result<Vec<(Option<String>, i64)>> {
    sqlx::query_as("SELECT country, COUNT(*) FROM call_reports WHERE action_id = $1 GROUP BY country ORDER BY COUNT(*) DESC")
        .bind(action)
        .fetch_all(&db.pool)
        .await
        .context("counting calls by country")
}

/// How many calls a decision-maker received, over every action of their campaign.
pub async fn calls_to(db: &Db, target: TargetId) -> anyhow::Result<i64> {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM call_reports WHERE target_id = $1").bind(target).fetch_one(&db.pool).await.context("counting calls")?;
    Ok(n)
}

/// Record what an alert's mailing will send, inside the caller's transaction.
pub async fn save_alert(tx: &mut sqlx::AnyConnection, id: CallId, segment: super::model::Segment, messages: &[(Lang, String)]) -> anyhow::Result<()> {
    sqlx::query("UPDATE call_actions SET alert_segment = $2 WHERE id = $1").bind(id).bind(segment.as_str()).execute(&mut *tx).await.context("recording an alert's segment")?;
    for (lang, m) in messages {
        sqlx::query("INSERT INTO alert_messages (action_id, lang, message) VALUES ($1, $2, $3)").bind(id).bind(*lang).bind(m).execute(&mut *tx).await.context("recording an alert's message")?;
    }
    Ok(())
}

/// An alert's mailing: its segment and messages.
pub async fn alert(db: &Db, id: CallId) -> anyhow::Result<(String, Vec<(Lang, String)>)> {
    let (segment,): (String,) = sqlx::query_as("SELECT alert_segment FROM call_actions WHERE id = $1").bind(id).fetch_one(&db.pool).await.context("reading an alert")?;
    let messages = sqlx::query_as("SELECT lang, message FROM alert_messages WHERE action_id = $1").bind(id).fetch_all(&db.pool).await.context("reading an alert's messages")?;
    Ok((segment, messages))
}
