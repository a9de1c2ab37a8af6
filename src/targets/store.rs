//! Targets' SQL. Addresses and numbers are one encrypted JSON list each; a target's first
//! address is its key (see [`keys`]).

use anyhow::Context;

use super::model::{GroupId, TargetDraft, TargetId};
use crate::campaigns::model::CampaignId;
use crate::crypto::{FieldKeys, FieldRef};
use crate::db::Db;
use crate::i18n::Lang;
use crate::supporters::model::Email;

/// A target as listed (without its addresses: see [`contacts`]).
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Target {
    pub id: TargetId,
    pub campaign_id: CampaignId,
    pub name: String,
    pub role: String,
    pub institution: String,
    pub country: String,
    pub area: String,
    pub lang: Lang,
    pub time_zone: String,
    pub public: i64,
    pub demo: i64,
    pub updated_at: i64,
}

const COLUMNS: &str = "id, campaign_id, name, role, institution, country, area, lang, time_zone, public, demo, updated_at";

fn at(column: &'static str, id: TargetId) -> FieldRef<'static> {
    FieldRef::new("targets", column, id)
}

fn seal(keys: &FieldKeys, column: &'static str, id: TargetId, items: &[&str]) -> anyhow::Result<Vec<u8>> {
    Ok(keys.encrypt(at(column, id), &serde_json::to_vec(items)?))
}

/// A target's addresses and numbers, decrypted.
pub async fn contacts(db: &Db, keys: &FieldKeys, id: TargetId) -> anyhow::Result<(Vec<String>, Vec<String>)> {
    let (emails, phones): (Vec<u8>, Vec<u8>) = sqlx::query_as("SELECT emails_ct, phones_ct FROM targets WHERE id = $1").bind(id).fetch_one(&db.pool).await.context("reading a target's addresses")?;
    Ok((serde_json::from_slice(&keys.decrypt(at("emails", id), &emails)?)?, serde_json::from_slice(&keys.decrypt(at("phones", id), &phones)?)?))
}

fn lists(d: &TargetDraft) -> (Vec<&str>, Vec<&str>) {
    (d.emails.iter().map(Email::as_str).collect(), d.phones.iter().map(|p| p.as_str()).collect())
}

/// Add a target, inside the caller's transaction.
pub async fn insert(tx: &mut sqlx::AnyConnection, keys: &FieldKeys, campaign: CampaignId, d: &TargetDraft, now: i64) -> anyhow::Result<TargetId> {
    let id: TargetId = crate::crypto::new_row_id();
    let (emails, phones) = lists(d);
    sqlx::query(
        "INSERT INTO targets (id, campaign_id, name, role, institution, country, area, lang, time_zone, emails_ct, phones_ct, key_id, public, demo, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15)",
    )
    .bind(id)
    .bind(campaign)
    .bind(&d.name)
    .bind(&d.role)
    .bind(&d.institution)
    .bind(d.country.as_str())
    .bind(&d.area)
    .bind(d.lang)
    .bind(&d.time_zone)
    .bind(seal(keys, "emails", id, &emails)?)
    .bind(seal(keys, "phones", id, &phones)?)
    .bind(i64::from(keys.current_id()))
    .bind(i64::from(d.public))
    .bind(i64::from(d.demo))
    .bind(now)
    .execute(&mut *tx)
    .await
    .context("adding a target")?;
    Ok(id)
}

/// Replace a target's details, inside the caller's transaction.
pub async fn update(tx: &mut sqlx::AnyConnection, keys: &FieldKeys, id: TargetId, d: &TargetDraft, now: i64) -> anyhow::Result<()> {
    let (emails, phones) = lists(d);
    sqlx::query(
        "UPDATE targets SET name = $2, role = $3, institution = $4, country = $5, area = $6, lang = $7, time_zone = $8, emails_ct = $9, phones_ct = $10, key_id = $11,
         public = $12, demo = $13, updated_at = $14 WHERE id = $1",
    )
    .bind(id)
    .bind(&d.name)
    .bind(&d.role)
    .bind(&d.institution)
    .bind(d.country.as_str())
    .bind(&d.area)
    .bind(d.lang)
    .bind(&d.time_zone)
    .bind(seal(keys, "emails", id, &emails)?)
    .bind(seal(keys, "phones", id, &phones)?)
    .bind(i64::from(keys.current_id()))
    .bind(i64::from(d.public))
    .bind(i64::from(d.demo))
    .bind(now)
    .execute(&mut *tx)
    .await
    .context("changing a target")?;
    Ok(())
}

/// Every target of the campaign by its first address (decrypted: a campaign keeps a few
/// thousand targets at most, and a blind index would need rebuilding at every key rotation).
pub async fn keys(tx: &mut sqlx::AnyConnection, keys: &FieldKeys, campaign: CampaignId) -> anyhow::Result<std::collections::HashMap<String, TargetId>> {
    let rows: Vec<(TargetId, Vec<u8>)> = sqlx::query_as("SELECT id, emails_ct FROM targets WHERE campaign_id = $1").bind(campaign).fetch_all(&mut *tx).await.context("reading targets' keys")?;
    let mut out = std::collections::HashMap::new();
    for (id, ct) in rows {
        let emails: Vec<String> = serde_json::from_slice(&keys.decrypt(at("emails", id), &ct)?)?;
        if let Some(first) = emails.into_iter().next() {
            out.insert(first, id);
        }
    }
    Ok(out)
}

/// A target as it is now, decrypted, to compare with an imported line.
pub async fn draft_of(tx: &mut sqlx::AnyConnection, keys: &FieldKeys, id: TargetId) -> anyhow::Result<(Target, Vec<String>, Vec<String>)> {
    let t: Target = sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM targets WHERE id = $1"))).bind(id).fetch_one(&mut *tx).await.context("reading a target")?;
    let (emails, phones): (Vec<u8>, Vec<u8>) = sqlx::query_as("SELECT emails_ct, phones_ct FROM targets WHERE id = $1").bind(id).fetch_one(&mut *tx).await?;
    Ok((t, serde_json::from_slice(&keys.decrypt(at("emails", id), &emails)?)?, serde_json::from_slice(&keys.decrypt(at("phones", id), &phones)?)?))
}

/// What a list of targets is filtered by: a part of the name, role or institution; a country.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    pub text: String,
    pub country: Option<String>,
}

impl Filter {
    fn like(&self) -> String {
        let escaped = self.text.trim().to_lowercase().replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
        format!("%{escaped}%")
    }
}

const FILTER: &str = "campaign_id = $1 AND ($2 = '' OR country = $2)
    AND (LOWER(name) LIKE $3 ESCAPE '\\' OR LOWER(role) LIKE $3 ESCAPE '\\' OR LOWER(institution) LIKE $3 ESCAPE '\\')";

pub async fn list(db: &Db, campaign: CampaignId, f: &Filter, limit: i64, offset: i64) -> anyhow::Result<Vec<Target>> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM targets WHERE {FILTER} ORDER BY country, name, id LIMIT $4 OFFSET $5")))
        .bind(campaign)
        .bind(f.country.clone().unwrap_or_default())
        .bind(f.like())
        .bind(limit)
        .bind(offset)
        .fetch_all(&db.pool)
        .await
        .context("listing targets")
}

pub async fn count(db: &Db, campaign: CampaignId, f: &Filter) -> anyhow::Result<i64> {
    let (n,): (i64,) = sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM targets WHERE {FILTER}")))
        .bind(campaign)
        .bind(f.country.clone().unwrap_or_default())
        .bind(f.like())
        .fetch_one(&db.pool)
        .await
        .context("counting targets")?;
    Ok(n)
}

/// One of the campaign's targets (never another campaign's).
pub async fn get(db: &Db, campaign: CampaignId, id: TargetId) -> anyhow::Result<Option<Target>> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM targets WHERE id = $1 AND campaign_id = $2")))
        .bind(id)
        .bind(campaign)
        .fetch_optional(&db.pool)
        .await
        .context("reading a target")
}

pub async fn delete(db: &Db, campaign: CampaignId, id: TargetId) -> anyhow::Result<bool> {
    let done = sqlx::query("DELETE FROM targets WHERE id = $1 AND campaign_id = $2").bind(id).bind(campaign).execute(&db.pool).await.context("deleting a target")?;
    Ok(done.rows_affected() == 1)
}

/// A campaign's groups with how many targets each holds, by name.
pub async fn groups(db: &Db, campaign: CampaignId) -> anyhow::Result<Vec<(GroupId, String, i64)>> {
    sqlx::query_as(
        "SELECT g.id, g.name, (SELECT COUNT(*) FROM target_group_members m WHERE m.group_id = g.id) FROM target_groups g WHERE g.campaign_id = $1 ORDER BY g.name, g.id",
    )
    .bind(campaign)
    .fetch_all(&db.pool)
    .await
    .context("listing groups of targets")
}

/// The group of that name, made when there is none.
pub async fn group_named(tx: &mut sqlx::AnyConnection, campaign: CampaignId, name: &str, now: i64) -> anyhow::Result<(GroupId, bool)> {
    let found: Option<(GroupId,)> = sqlx::query_as("SELECT id FROM target_groups WHERE campaign_id = $1 AND name = $2").bind(campaign).bind(name).fetch_optional(&mut *tx).await.context("finding a group")?;
    if let Some((id,)) = found {
        return Ok((id, false));
    }
    let id: GroupId = crate::crypto::new_row_id();
    sqlx::query("INSERT INTO target_groups (id, campaign_id, name, created_at) VALUES ($1, $2, $3, $4)").bind(id).bind(campaign).bind(name).bind(now).execute(&mut *tx).await.context("adding a group")?;
    Ok((id, true))
}

pub async fn delete_group(db: &Db, campaign: CampaignId, id: GroupId) -> anyhow::Result<bool> {
    let done = sqlx::query("DELETE FROM target_groups WHERE id = $1 AND campaign_id = $2").bind(id).bind(campaign).execute(&db.pool).await.context("deleting a group")?;
    Ok(done.rows_affected() == 1)
}

/// The groups a target is in.
pub async fn groups_of(db: &Db, target: TargetId) -> anyhow::Result<Vec<GroupId>> {
    let rows: Vec<(GroupId,)> = sqlx::query_as("SELECT group_id FROM target_group_members WHERE target_id = $1").bind(target).fetch_all(&db.pool).await.context("reading a target's groups")?;
    Ok(rows.into_iter().map(|(g,)| g).collect())
}

/// Put a target in exactly these groups (each one of the target's campaign).
pub async fn set_groups(tx: &mut sqlx::AnyConnection, campaign: CampaignId, target: TargetId, groups: &[GroupId]) -> anyhow::Result<()> {
    sqlx::query("DELETE FROM target_group_members WHERE target_id = $1").bind(target).execute(&mut *tx).await.context("clearing a target's groups")?;
    for g in groups {
        sqlx::query("INSERT INTO target_group_members (group_id, target_id) SELECT id, $2 FROM target_groups WHERE id = $1 AND campaign_id = $3")
            .bind(*g)
            .bind(target)
            .bind(campaign)
            .execute(&mut *tx)
            .await
            .context("putting a target in a group")?;
    }
    Ok(())
}

/// Add a target to a group (an import adds; it never takes a target out of a group).
pub async fn join_group(tx: &mut sqlx::AnyConnection, group: GroupId, target: TargetId) -> anyhow::Result<()> {
    sqlx::query("INSERT INTO target_group_members (group_id, target_id) VALUES ($1, $2) ON CONFLICT DO NOTHING").bind(group).bind(target).execute(&mut *tx).await.context("putting a target in a group")?;
    Ok(())
}

/// What deleting a decision-maker would take with them: letters waiting (pending or queued),
/// letters delivered (as counted in the tallies) and calls reported.
pub async fn history(db: &Db, id: TargetId) -> anyhow::Result<(i64, i64, i64)> {
    let (waiting,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM letters WHERE target_id = $1 AND status IN ('pending', 'queued')").bind(id).fetch_one(&db.pool).await?;
    let (delivered,): (i64,) = sqlx::query_as("SELECT CAST(COALESCE(SUM(sent), 0) AS BIGINT) FROM letter_tally WHERE target_id = $1").bind(id).fetch_one(&db.pool).await?;
    let (calls,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM call_reports WHERE target_id = $1").bind(id).fetch_one(&db.pool).await?;
    Ok((waiting, delivered, calls))
}
