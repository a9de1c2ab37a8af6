//! The watch list's SQL: an item, its texts per language, its sources in order, its people.

use anyhow::Context;

use super::model::{Kind, WatchDraft, WatchId};
use crate::campaigns::model::CampaignId;
use crate::db::Db;
use crate::facts::model::Source;
use crate::i18n::Lang;
use crate::targets::model::TargetId;

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Item {
    pub id: WatchId,
    pub campaign_id: CampaignId,
    pub kind: Kind,
    pub starts_on: String,
    pub ends_on: Option<String>,
    pub place: String,
    pub country: Option<String>,
    pub updated_at: i64,
}

const COLUMNS: &str = "id, campaign_id, kind, starts_on, ends_on, place, country, updated_at";

/// An item's text in one language: (title, description in Markdown, as HTML).
pub type Text = (Lang, String, String, String);

async fn write_parts(tx: &mut sqlx::AnyConnection, id: WatchId, d: &WatchDraft) -> anyhow::Result<()> {
    for table in ["watch_texts", "watch_sources", "watch_people"] {
        sqlx::query(sqlx::AssertSqlSafe(format!("DELETE FROM {table} WHERE item_id = $1"))).bind(id).execute(&mut *tx).await.context("clearing a watch item")?;
    }
    for (lang, title, md, html) in &d.texts {
        sqlx::query("INSERT INTO watch_texts (item_id, lang, title, description_md, description_html) VALUES ($1, $2, $3, $4, $5)")
            .bind(id)
            .bind(*lang)
            .bind(title)
            .bind(md)
            .bind(html)
            .execute(&mut *tx)
            .await
            .context("saving a watch item's text")?;
    }
    for (i, s) in d.sources.iter().enumerate() {
        sqlx::query("INSERT INTO watch_sources (item_id, position, title, publisher, url, published) VALUES ($1, $2, $3, $4, $5, $6)")
            .bind(id)
            .bind(i as i64)
            .bind(&s.title)
            .bind(&s.publisher)
            .bind(&s.url)
            .bind(&s.published)
            .execute(&mut *tx)
            .await
            .context("saving a watch item's source")?;
    }
    Ok(())
}

/// The people responsible, each a target of `campaign` (another campaign's id is ignored).
async fn write_people(tx: &mut sqlx::AnyConnection, campaign: CampaignId, id: WatchId, people: &[TargetId]) -> anyhow::Result<()> {
    for p in people {
        sqlx::query("INSERT INTO watch_people (item_id, target_id) SELECT $1, id FROM targets WHERE id = $2 AND campaign_id = $3 ON CONFLICT DO NOTHING")
            .bind(id)
            .bind(*p)
            .bind(campaign)
            .execute(&mut *tx)
            .await
            .context("linking a watch item to a decision-maker")?;
    }
    Ok(())
}

pub async fn insert(db: &Db, campaign: CampaignId, d: &WatchDraft, now: i64) -> anyhow::Result<WatchId> {
    let id: WatchId = crate::crypto::new_row_id();
    let mut tx = db.begin_write().await?;
    sqlx::query("INSERT INTO watch_items (id, campaign_id, kind, starts_on, ends_on, place, country, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)")
        .bind(id)
        .bind(campaign)
        .bind(d.kind)
        .bind(d.starts_on.iso())
        .bind(d.ends_on.map(|e| e.iso()))
        .bind(&d.place)
        .bind(d.country.clone())
        .bind(now)
        .execute(&mut *tx)
        .await
        .context("adding a watch item")?;
    write_parts(&mut tx, id, d).await?;
    write_people(&mut tx, campaign, id, &d.people).await?;
    tx.commit().await.context("committing a watch item")?;
    Ok(id)
}

pub async fn update(db: &Db, campaign: CampaignId, id: WatchId, d: &WatchDraft, now: i64) -> anyhow::Result<bool> {
    let mut tx = db.begin_write().await?;
    let done = sqlx::query("UPDATE watch_items SET kind = $3, starts_on = $4, ends_on = $5, place = $6, country = $7, updated_at = $8 WHERE id = $1 AND campaign_id = $2")
        .bind(id)
        .bind(campaign)
        .bind(d.kind)
        .bind(d.starts_on.iso())
        .bind(d.ends_on.map(|e| e.iso()))
        .bind(&d.place)
        .bind(d.country.clone())
        .bind(now)
        .execute(&mut *tx)
        .await
        .context("changing a watch item")?;
    if done.rows_affected() != 1 {
        return Ok(false);
    }
    write_parts(&mut tx, id, d).await?;
    write_people(&mut tx, campaign, id, &d.people).await?;
    tx.commit().await.context("committing a watch item")?;
    Ok(true)
}

pub async fn delete(db: &Db, campaign: CampaignId, id: WatchId) -> anyhow::Result<bool> {
    let done = sqlx::query("DELETE FROM watch_items WHERE id = $1 AND campaign_id = $2").bind(id).bind(campaign).execute(&db.pool).await.context("deleting a watch item")?;
    Ok(done.rows_affected() == 1)
}

pub async fn get(db: &Db, campaign: CampaignId, id: WatchId) -> anyhow::Result<Option<Item>> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM watch_items WHERE id = $1 AND campaign_id = $2")))
        .bind(id)
        .bind(campaign)
        .fetch_optional(&db.pool)
        .await
        .context("reading a watch item")
}

/// Items still to come or under way on `today` (`upcoming`: soonest first), or past (latest
/// first); an item without an end is past once its day has gone.
pub async fn list(db: &Db, campaign: CampaignId, upcoming: bool, today: &str, limit: i64, offset: i64) -> anyhow::Result<Vec<Item>> {
    let sql = if upcoming {
        format!("SELECT {COLUMNS} FROM watch_items WHERE campaign_id = $1 AND COALESCE(ends_on, starts_on) >= $2 ORDER BY starts_on, id LIMIT $3 OFFSET $4")
    } else {
        format!("SELECT {COLUMNS} FROM watch_items WHERE campaign_id = $1 AND COALESCE(ends_on, starts_on) < $2 ORDER BY starts_on DESC, id DESC LIMIT $3 OFFSET $4")
    };
    sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(campaign).bind(today).bind(limit).bind(offset).fetch_all(&db.pool).await.context("listing watch items")
}

pub async fn count(db: &Db, campaign: CampaignId, upcoming: bool, today: &str) -> anyhow::Result<i64> {
    let op = if upcoming { ">=" } else { "<" };
    let (n,): (i64,) = sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM watch_items WHERE campaign_id = $1 AND COALESCE(ends_on, starts_on) {op} $2")))
        .bind(campaign)
        .bind(today)
        .fetch_one(&db.pool)
        .await
        .context("counting watch items")?;
    Ok(n)
}

pub async fn texts(db: &Db, id: WatchId) -> anyhow::Result<Vec<Text>> {
    sqlx::query_as("SELECT lang, title, description_md, description_html FROM watch_texts WHERE item_id = $1").bind(id).fetch_all(&db.pool).await.context("reading a watch item's texts")
}

/// The title of each of these items in `lang`, or else in the first language it has.
pub async fn titles(db: &Db, ids: &[WatchId], lang: Lang, default: Lang) -> anyhow::Result<std::collections::HashMap<WatchId, (String, Lang)>> {
    let mut out = std::collections::HashMap::new();
    for id in ids {
        let texts = texts(db, *id).await?;
        let pick = texts.iter().find(|t| t.0 == lang).or_else(|| texts.iter().find(|t| t.0 == default)).or(texts.first());
        if let Some((l, title, _, _)) = pick {
            out.insert(*id, (title.clone(), *l));
        }
    }
    Ok(out)
}

pub async fn sources(db: &Db, id: WatchId) -> anyhow::Result<Vec<Source>> {
    let rows: Vec<(String, String, String, String)> =
        sqlx::query_as("SELECT title, publisher, url, published FROM watch_sources WHERE item_id = $1 ORDER BY position").bind(id).fetch_all(&db.pool).await.context("reading a watch item's sources")?;
    Ok(rows.into_iter().map(|(title, publisher, url, published)| Source { title, publisher, url, published }).collect())
}

/// The people responsible: all (staff), or only those marked public.
pub async fn people(db: &Db, id: WatchId, public_only: bool) -> anyhow::Result<Vec<crate::targets::store::Target>> {
    let sql = format!(
        "SELECT t.id, t.campaign_id, t.name, t.role, t.institution, t.country, t.area, t.lang, t.time_zone, t.public, t.demo, t.updated_at
         FROM targets t JOIN watch_people p ON p.target_id = t.id WHERE p.item_id = $1{} ORDER BY t.country, t.name",
        if public_only { " AND t.public = 1" } else { "" }
    );
    sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(id).fetch_all(&db.pool).await.context("reading a watch item's people")
}

pub async fn people_ids(db: &Db, id: WatchId) -> anyhow::Result<Vec<TargetId>> {
    let rows: Vec<(TargetId,)> = sqlx::query_as("SELECT target_id FROM watch_people WHERE item_id = $1").bind(id).fetch_all(&db.pool).await.context("reading a watch item's people")?;
    Ok(rows.into_iter().map(|(t,)| t).collect())
}
