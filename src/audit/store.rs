//! SQL for the audit log.

use anyhow::Context;

use crate::campaigns::model::CampaignId;
use crate::db::Db;
use crate::staff::{OrganisationId, Staff};

/// One line of the audit log, as shown.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct AuditEntry {
    pub at: i64,
    pub staff_login: String,
    pub action: String,
    pub detail: String,
}

/// Write one line: `action` is a stable code (its label is `audit-{action}` in the locales),
/// `detail` says what was touched (a petition's name, a row count), never whose data. A line
/// written by an organisation's staff belongs to that organisation's log too.
pub async fn record(db: &Db, by: &Staff, action: &str, campaign: Option<CampaignId>, detail: &str, now: i64) -> anyhow::Result<()> {
    record_about(db, by, action, campaign, by.organisation, detail, now).await
}

/// Write one line that `organisation`'s admins read as well (a coordinator changed one of its
/// staff, approved it).
pub async fn record_about(db: &Db, by: &Staff, action: &str, campaign: Option<CampaignId>, organisation: Option<OrganisationId>, detail: &str, now: i64) -> anyhow::Result<()> {
    sqlx::query("INSERT INTO audit_log (at, staff_id, staff_login, action, campaign_id, organisation_id, detail) VALUES ($1, $2, $3, $4, $5, $6, $7)")
        .bind(now)
        .bind(by.id)
        .bind(&by.login)
        .bind(action)
        .bind(campaign)
        .bind(organisation)
        .bind(detail)
        .execute(&db.pool)
        .await
        .context("writing the audit log")?;
    Ok(())
}

/// Lines of the whole log (`None`) or of one organisation's.
pub async fn count(db: &Db, organisation: Option<OrganisationId>) -> anyhow::Result<i64> {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM audit_log WHERE $1 IS NULL OR organisation_id = $1")
        .bind(organisation)
        .fetch_one(&db.pool)
        .await
        .context("counting the audit log")?;
    Ok(n)
}

/// One page of the whole log (`None`) or of one organisation's, newest first.
pub async fn page(db: &Db, organisation: Option<OrganisationId>, limit: i64, offset: i64) -> anyhow::Result<Vec<AuditEntry>> {
    sqlx::query_as("SELECT at, staff_login, action, detail FROM audit_log WHERE $3 IS NULL OR organisation_id = $3 ORDER BY at DESC, id DESC LIMIT $1 OFFSET $2")
        .bind(limit)
        .bind(offset)
        .bind(organisation)
        .fetch_all(&db.pool)
        .await
        .context("reading the audit log")
}
