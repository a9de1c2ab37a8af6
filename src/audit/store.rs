//! SQL for the audit log.

use anyhow::Context;

use crate::campaigns::model::CampaignId;
use crate::db::Db;
use crate::staff::Staff;

/// One line of the audit log, as shown.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct AuditEntry {
    pub at: i64,
    pub staff_login: String,
    pub action: String,
    pub detail: String,
}

/// Write one line: `action` is a stable code (its label is `audit-{action}` in the locales),
/// `detail` says what was touched (a petition's name, a row count), never whose data.
pub async fn record(db: &Db, by: &Staff, action: &str, campaign: Option<CampaignId>, detail: &str, now: i64) -> anyhow::Result<()> {
    sqlx::query("INSERT INTO audit_log (at, staff_id, staff_login, action, campaign_id, detail) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(now)
        .bind(by.id)
        .bind(&by.login)
        .bind(action)
        .bind(campaign)
        .bind(detail)
        .execute(&db.pool)
        .await
        .context("writing the audit log")?;
    Ok(())
}

pub async fn count(db: &Db) -> anyhow::Result<i64> {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM audit_log").fetch_one(&db.pool).await.context("counting the audit log")?;
    Ok(n)
}

/// One page of the log, newest first.
pub async fn page(db: &Db, limit: i64, offset: i64) -> anyhow::Result<Vec<AuditEntry>> {
    sqlx::query_as("SELECT at, staff_login, action, detail FROM audit_log ORDER BY at DESC, id DESC LIMIT $1 OFFSET $2")
        .bind(limit)
        .bind(offset)
        .fetch_all(&db.pool)
        .await
        .context("reading the audit log")
}
