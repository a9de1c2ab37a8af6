//! SQL for campaigns and their texts.

use anyhow::Context;
use sqlx::AssertSqlSafe;

use super::model::{Campaign, CampaignId, CampaignText, Slug, languages_from_db, languages_to_db};
use crate::db::Db;
use crate::db::texts::{self, Expect, TextSave};
use crate::i18n::Lang;
use crate::staff::StaffId;

#[derive(sqlx::FromRow)]
struct CampaignRow {
    id: CampaignId,
    slug: String,
    default_lang: Lang,
    languages: String,
    published: i64,
    published_at: Option<i64>,
    created_at: i64,
    updated_at: i64,
}

impl CampaignRow {
    fn into_campaign(self) -> anyhow::Result<Campaign> {
        let default_lang = self.default_lang;
        let mut languages = languages_from_db(&self.languages).with_context(|| format!("campaign {}", self.slug))?;
        if !languages.contains(&default_lang) {
            languages.push(default_lang);
        }
        Ok(Campaign {
            id: self.id,
            slug: self.slug,
            default_lang,
            languages,
            published: self.published != 0,
            published_at: self.published_at,
            created_at: self.created_at,
            updated_at: self.updated_at,
        })
    }
}

#[derive(sqlx::FromRow)]
struct TextRow {
    lang: Lang,
    title: String,
    summary: String,
    call_md: String,
    call_html: String,
    share_text: String,
    lead_org: String,
    updated_at: i64,
    revision: i64,
}

const CAMPAIGN_COLUMNS: &str = "id, slug, default_lang, languages, published, published_at, created_at, updated_at";

/// Create a campaign; `Ok(None)` when the slug is taken.
pub async fn create(db: &Db, slug: &Slug, languages: &[Lang], default_lang: Lang, now: i64) -> anyhow::Result<Option<CampaignId>> {
    let row: Option<(CampaignId,)> = sqlx::query_as(
        "INSERT INTO campaigns (slug, default_lang, languages, published, created_at, updated_at)
         VALUES ($1, $2, $3, 0, $4, $4) ON CONFLICT (slug) DO NOTHING RETURNING id",
    )
    .bind(slug.as_str())
    .bind(default_lang)
    .bind(languages_to_db(languages))
    .bind(now)
    .fetch_optional(&db.pool)
    .await
    .context("creating a campaign")?;
    Ok(row.map(|(id,)| id))
}

pub async fn find_by_slug(db: &Db, slug: &str) -> anyhow::Result<Option<Campaign>> {
    let row: Option<CampaignRow> = sqlx::query_as(AssertSqlSafe(format!("SELECT {CAMPAIGN_COLUMNS} FROM campaigns WHERE slug = $1")))
        .bind(slug)
        .fetch_optional(&db.pool)
        .await
        .context("loading a campaign")?;
    row.map(CampaignRow::into_campaign).transpose()
}

pub async fn find_by_id(db: &Db, id: CampaignId) -> anyhow::Result<Option<Campaign>> {
    let row: Option<CampaignRow> = sqlx::query_as(AssertSqlSafe(format!("SELECT {CAMPAIGN_COLUMNS} FROM campaigns WHERE id = $1")))
        .bind(id)
        .fetch_optional(&db.pool)
        .await
        .context("loading a campaign")?;
    row.map(CampaignRow::into_campaign).transpose()
}

pub async fn count(db: &Db, published_only: bool) -> anyhow::Result<i64> {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM campaigns WHERE published >= $1")
        .bind(i64::from(published_only))
        .fetch_one(&db.pool)
        .await
        .context("counting campaigns")?;
    Ok(n)
}

/// One page of campaigns, newest first.
pub async fn list(db: &Db, published_only: bool, limit: i64, offset: i64) -> anyhow::Result<Vec<Campaign>> {
    let rows: Vec<CampaignRow> = sqlx::query_as(AssertSqlSafe(format!(
        "SELECT {CAMPAIGN_COLUMNS} FROM campaigns WHERE published >= $1 ORDER BY created_at DESC, id DESC LIMIT $2 OFFSET $3"
    )))
    .bind(i64::from(published_only))
    .bind(limit)
    .bind(offset)
    .fetch_all(&db.pool)
    .await
    .context("listing campaigns")?;
    rows.into_iter().map(CampaignRow::into_campaign).collect()
}

/// Every published text of a campaign, per language.
pub async fn texts(db: &Db, id: CampaignId) -> anyhow::Result<Vec<(Lang, CampaignText)>> {
    read_texts(db, id, "campaign_texts").await
}

/// The unpublished changes of a campaign's texts, per language that has some.
pub async fn drafts(db: &Db, id: CampaignId) -> anyhow::Result<Vec<(Lang, CampaignText)>> {
    read_texts(db, id, "campaign_texts_drafts").await
}

async fn read_texts(db: &Db, id: CampaignId, table: &'static str) -> anyhow::Result<Vec<(Lang, CampaignText)>> {
    // `table` is one of the two constants above.
    let rows: Vec<TextRow> = sqlx::query_as(AssertSqlSafe(format!(
        "SELECT lang, title, summary, call_md, call_html, share_text, lead_org, updated_at, revision FROM {table} WHERE campaign_id = $1"
    )))
    .bind(id)
    .fetch_all(&db.pool)
    .await
    .context("loading campaign texts")?;
    Ok(rows
        .into_iter()
        .map(|r| {
            (
                r.lang,
                CampaignText {
                    title: r.title,
                    summary: r.summary,
                    call_md: r.call_md,
                    call_html: r.call_html,
                    share_text: r.share_text,
                    lead_org: r.lead_org,
                    updated_at: r.updated_at,
                    revision: r.revision,
                },
            )
        })
        .collect())
}

/// The titles of many campaigns at once (for lists), as (campaign id, language, title).
pub async fn titles(db: &Db, ids: &[CampaignId]) -> anyhow::Result<Vec<(CampaignId, Lang, String)>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let placeholders: Vec<String> = (1..=ids.len()).map(|i| format!("${i}")).collect();
    let sql = format!("SELECT campaign_id, lang, title FROM campaign_texts WHERE campaign_id IN ({})", placeholders.join(","));
    // Only numbered placeholders are spliced in; the ids themselves are bound.
    let mut q = sqlx::query_as::<_, (CampaignId, Lang, String)>(AssertSqlSafe(sql));
    for id in ids {
        q = q.bind(id);
    }
    q.fetch_all(&db.pool).await.context("loading campaign titles")
}

const TEXT_FIELDS: [&str; 6] = ["title", "summary", "call_md", "call_html", "share_text", "lead_org"];

/// Save the text of one language (as a draft, when `draft`), as `expect` allows (see
/// `db::texts`); `false` when somebody saved in between.
#[allow(clippy::too_many_arguments)]
pub async fn save_text(db: &Db, id: CampaignId, lang: Lang, text: &CampaignText, by: Option<StaffId>, now: i64, draft: bool, expect: Expect) -> anyhow::Result<bool> {
    let mut tx = db.begin_write().await?;
    let fields = [
        ("title", text.title.as_str()),
        ("summary", &text.summary),
        ("call_md", &text.call_md),
        ("call_html", &text.call_html),
        ("share_text", &text.share_text),
        ("lead_org", &text.lead_org),
    ];
    let save = TextSave { table: "campaign_texts", owner: "campaign_id", id, lang, fields: &fields, by, now };
    if !save.save(&mut tx, draft, expect).await? {
        return Ok(false);
    }
    sqlx::query("UPDATE campaigns SET updated_at = $2 WHERE id = $1")
        .bind(id)
        .bind(now)
        .execute(&mut *tx)
        .await
        .context("touching a campaign")?;
    tx.commit().await.context("committing text save")?;
    Ok(true)
}

/// Make one language's draft the published text; `false` when there was no draft.
pub async fn publish_draft(db: &Db, id: CampaignId, lang: Lang, revision: i64, now: i64) -> anyhow::Result<bool> {
    let mut tx = db.begin_write().await?;
    if !texts::publish_draft(&mut tx, "campaign_texts", "campaign_id", &TEXT_FIELDS, id, lang, revision).await? {
        return Ok(false);
    }
    sqlx::query("UPDATE campaigns SET updated_at = $2 WHERE id = $1").bind(id).bind(now).execute(&mut *tx).await.context("touching a campaign")?;
    tx.commit().await.context("committing a publication")?;
    Ok(true)
}

pub async fn discard_draft(db: &Db, id: CampaignId, lang: Lang, revision: i64) -> anyhow::Result<bool> {
    let mut conn = db.pool.acquire().await.context("connecting to discard a draft")?;
    texts::discard_draft(&mut conn, "campaign_texts", "campaign_id", id, lang, revision).await
}

pub async fn save_settings(db: &Db, id: CampaignId, languages: &[Lang], default_lang: Lang, now: i64) -> anyhow::Result<()> {
    sqlx::query("UPDATE campaigns SET languages = $2, default_lang = $3, updated_at = $4 WHERE id = $1")
        .bind(id)
        .bind(languages_to_db(languages))
        .bind(default_lang)
        .bind(now)
        .execute(&db.pool)
        .await
        .context("saving campaign settings")?;
    Ok(())
}

pub async fn set_published(db: &Db, id: CampaignId, published: bool, now: i64) -> anyhow::Result<()> {
    sqlx::query(
        "UPDATE campaigns SET published = $2, updated_at = $3,
           published_at = CASE WHEN $2 = 1 THEN COALESCE(published_at, $3) ELSE published_at END
         WHERE id = $1",
    )
    .bind(id)
    .bind(i64::from(published))
    .bind(now)
    .execute(&db.pool)
    .await
    .context("publishing or unpublishing a campaign")?;
    Ok(())
}
