//! SQL for fact series, their points and the points' history.

use anyhow::Context;

use super::model::{Amount, Day, Point, PointId, Qualifier, SeriesId, SeriesSettings, Source, Unit};
use crate::campaigns::model::CampaignId;
use crate::db::Db;
use crate::i18n::Lang;
use crate::staff::StaffId;

#[derive(Clone, Debug)]
pub struct Series {
    pub id: SeriesId,
    pub campaign_id: CampaignId,
    pub unit: Unit,
    pub currency: Option<String>,
    pub headline: bool,
    pub position: i64,
    /// (language, label, place)
    pub texts: Vec<(Lang, String, String)>,
    pub updated_at: i64,
}

impl Series {
    /// Label and place in `lang`, else in `fallback`, with the language they are in.
    pub fn label(&self, lang: Lang, fallback: Lang) -> (String, String, Lang) {
        let find = |l: Lang| self.texts.iter().find(|(tl, label, _)| *tl == l && !label.is_empty());
        match find(lang).or_else(|| find(fallback)).or_else(|| self.texts.first()) {
            Some((l, label, place)) => (label.clone(), place.clone(), *l),
            None => (String::new(), String::new(), fallback),
        }
    }

    pub fn text(&self, lang: Lang) -> (&str, &str) {
        self.texts.iter().find(|(l, _, _)| *l == lang).map(|(_, a, b)| (a.as_str(), b.as_str())).unwrap_or(("", ""))
    }
}

/// A point with its identity and state.
#[derive(Clone, Debug)]
pub struct StoredPoint {
    pub id: PointId,
    pub series_id: SeriesId,
    pub point: Point,
    pub withdrawn: bool,
    pub revision: i64,
}

#[derive(sqlx::FromRow)]
struct SeriesRow {
    id: SeriesId,
    campaign_id: CampaignId,
    unit: String,
    currency: Option<String>,
    headline: i64,
    position: i64,
    updated_at: i64,
}

#[derive(sqlx::FromRow)]
struct PointRow {
    id: PointId,
    series_id: SeriesId,
    day: String,
    value: String,
    low: Option<String>,
    qualifier: String,
    source_title: String,
    source_publisher: String,
    source_url: String,
    source_published: String,
    note: String,
    withdrawn: i64,
    revision: i64,
}

impl PointRow {
    fn into_point(self) -> anyhow::Result<StoredPoint> {
        Ok(StoredPoint {
            id: self.id,
            series_id: self.series_id,
            point: Point {
                value: Amount::from_db(self.value)?,
                low: self.low.map(Amount::from_db).transpose()?,
                qualifier: Qualifier::parse(&self.qualifier).with_context(|| format!("stored qualifier {:?}", self.qualifier))?,
                day: Day::parse(&self.day).map_err(|e| anyhow::anyhow!("stored day {:?}: {e}", self.day))?,
                source: Source {
                    title: self.source_title,
                    publisher: self.source_publisher,
                    url: self.source_url,
                    published: self.source_published,
                },
                note: self.note,
            },
            withdrawn: self.withdrawn != 0,
            revision: self.revision,
        })
    }
}

/// One earlier state of a point: what it was, what happened to it, who did it and why.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct HistoryRow {
    pub point_id: PointId,
    pub revision: i64,
    pub day: String,
    pub value: String,
    pub low: Option<String>,
    pub qualifier: String,
    pub source_title: String,
    pub was_withdrawn: i64,
    pub change: String,
    pub reason: String,
    pub changed_at: i64,
    pub changed_by: Option<String>,
}

const POINT_COLUMNS: &str = "id, series_id, day, value, low, qualifier, source_title, source_publisher, source_url, \
                             source_published, note, withdrawn, revision";

async fn load_texts(db: &Db, campaign: CampaignId) -> anyhow::Result<Vec<(SeriesId, Lang, String, String)>> {
    sqlx::query_as(
        "SELECT t.series_id, t.lang, t.label, t.place FROM fact_series_texts t
         JOIN fact_series s ON s.id = t.series_id WHERE s.campaign_id = $1",
    )
    .bind(campaign)
    .fetch_all(&db.pool)
    .await
    .context("loading fact series labels")
}

/// Every series of a campaign, in display order.
pub async fn list_series(db: &Db, campaign: CampaignId) -> anyhow::Result<Vec<Series>> {
    let rows: Vec<SeriesRow> = sqlx::query_as(
        "SELECT id, campaign_id, unit, currency, headline, position, updated_at FROM fact_series
         WHERE campaign_id = $1 ORDER BY position, id",
    )
    .bind(campaign)
    .fetch_all(&db.pool)
    .await
    .context("listing fact series")?;
    let texts = load_texts(db, campaign).await?;
    rows.into_iter()
        .map(|r| {
            Ok(Series {
                id: r.id,
                campaign_id: r.campaign_id,
                unit: Unit::parse(&r.unit).with_context(|| format!("stored unit {:?}", r.unit))?,
                currency: r.currency,
                headline: r.headline != 0,
                position: r.position,
                texts: texts
                    .iter()
                    .filter(|(sid, ..)| *sid == r.id)
                    .map(|(_, l, label, place)| (*l, label.clone(), place.clone()))
                    .collect(),
                updated_at: r.updated_at,
            })
        })
        .collect()
}

pub async fn find_series(db: &Db, campaign: CampaignId, id: SeriesId) -> anyhow::Result<Option<Series>> {
    Ok(list_series(db, campaign).await?.into_iter().find(|s| s.id == id))
}

async fn write_texts(tx: &mut sqlx::AnyConnection, id: SeriesId, settings: &SeriesSettings) -> anyhow::Result<()> {
    sqlx::query("DELETE FROM fact_series_texts WHERE series_id = $1").bind(id).execute(&mut *tx).await.context("clearing labels")?;
    for (lang, label, place) in &settings.texts {
        sqlx::query("INSERT INTO fact_series_texts (series_id, lang, label, place) VALUES ($1, $2, $3, $4)")
            .bind(id)
            .bind(lang)
            .bind(label)
            .bind(place)
            .execute(&mut *tx)
            .await
            .context("saving a label")?;
    }
    Ok(())
}

pub async fn create_series(db: &Db, campaign: CampaignId, settings: &SeriesSettings, now: i64) -> anyhow::Result<SeriesId> {
    let mut tx = db.begin_write().await?;
    let (id,): (SeriesId,) = sqlx::query_as(
        "INSERT INTO fact_series (campaign_id, unit, currency, headline, position, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
    )
    .bind(campaign)
    .bind(settings.unit.code())
    .bind(settings.currency.clone())
    .bind(i64::from(settings.headline))
    .bind(settings.position)
    .bind(now)
    .fetch_one(&mut *tx)
    .await
    .context("creating a fact series")?;
    write_texts(&mut *tx, id, settings).await?;
    tx.commit().await.context("committing series creation")?;
    Ok(id)
}

pub async fn update_series(db: &Db, id: SeriesId, settings: &SeriesSettings, now: i64) -> anyhow::Result<()> {
    let mut tx = db.begin_write().await?;
    sqlx::query("UPDATE fact_series SET unit = $2, currency = $3, headline = $4, position = $5, updated_at = $6 WHERE id = $1")
        .bind(id)
        .bind(settings.unit.code())
        .bind(settings.currency.clone())
        .bind(i64::from(settings.headline))
        .bind(settings.position)
        .bind(now)
        .execute(&mut *tx)
        .await
        .context("updating a fact series")?;
    write_texts(&mut *tx, id, settings).await?;
    tx.commit().await.context("committing series update")?;
    Ok(())
}

/// The points of the given series, oldest first; withdrawn ones only when asked for.
pub async fn points(db: &Db, series: &[SeriesId], include_withdrawn: bool) -> anyhow::Result<Vec<StoredPoint>> {
    if series.is_empty() {
        return Ok(Vec::new());
    }
    let placeholders: Vec<String> = (1..=series.len()).map(|i| format!("${i}")).collect();
    let sql = format!(
        "SELECT {POINT_COLUMNS} FROM fact_points WHERE series_id IN ({}){} ORDER BY day, id",
        placeholders.join(","),
        if include_withdrawn { "" } else { " AND withdrawn = 0" }
    );
    // Only numbered placeholders are spliced in; the ids are bound.
    let mut q = sqlx::query_as::<_, PointRow>(sqlx::AssertSqlSafe(sql));
    for id in series {
        q = q.bind(id);
    }
    q.fetch_all(&db.pool).await.context("loading fact points")?.into_iter().map(PointRow::into_point).collect()
}

pub async fn find_point(db: &Db, series: SeriesId, id: PointId) -> anyhow::Result<Option<StoredPoint>> {
    let row: Option<PointRow> =
        sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {POINT_COLUMNS} FROM fact_points WHERE id = $1 AND series_id = $2")))
            .bind(id)
            .bind(series)
            .fetch_optional(&db.pool)
            .await
            .context("loading a fact point")?;
    row.map(PointRow::into_point).transpose()
}

async fn insert_point(tx: &mut sqlx::AnyConnection, series: SeriesId, p: &Point, by: Option<StaffId>, now: i64) -> anyhow::Result<PointId> {
    let (id,): (PointId,) = sqlx::query_as(
        "INSERT INTO fact_points (series_id, day, value, low, qualifier, source_title, source_publisher, source_url,
           source_published, note, created_at, created_by, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $11) RETURNING id",
    )
    .bind(series)
    .bind(p.day.iso())
    .bind(p.value.as_str())
    .bind(p.low.as_ref().map(|l| l.as_str().to_string()))
    .bind(p.qualifier.code())
    .bind(&p.source.title)
    .bind(&p.source.publisher)
    .bind(&p.source.url)
    .bind(&p.source.published)
    .bind(&p.note)
    .bind(now)
    .bind(by)
    .fetch_one(&mut *tx)
    .await
    .context("adding a fact point")?;
    Ok(id)
}

async fn touch_series(tx: &mut sqlx::AnyConnection, series: SeriesId, now: i64) -> anyhow::Result<()> {
    sqlx::query("UPDATE fact_series SET updated_at = $2 WHERE id = $1").bind(series).bind(now).execute(&mut *tx).await.context("touching a series")?;
    Ok(())
}

/// Add points in one transaction: all of them or none (a CSV import is never half done).
pub async fn add_points(db: &Db, series: SeriesId, points: &[Point], by: Option<StaffId>, now: i64) -> anyhow::Result<Vec<PointId>> {
    let mut tx = db.begin_write().await?;
    let mut ids = Vec::with_capacity(points.len());
    for p in points {
        ids.push(insert_point(&mut *tx, series, p, by, now).await?);
    }
    touch_series(&mut *tx, series, now).await?;
    tx.commit().await.context("committing points")?;
    Ok(ids)
}

/// Keep the point's current state in the history, then apply `change`, in one transaction.
async fn revise(
    db: &Db,
    current: &StoredPoint,
    change: &str,
    new: Option<&Point>,
    reason: &str,
    by: StaffId,
    now: i64,
) -> anyhow::Result<()> {
    let mut tx = db.begin_write().await?;
    revise_in(&mut tx, current, change, new, reason, by, now).await?;
    tx.commit().await.context("committing point revision")?;
    Ok(())
}

/// `revise`, inside the caller's transaction.
async fn revise_in(
    tx: &mut sqlx::AnyConnection,
    current: &StoredPoint,
    change: &str,
    new: Option<&Point>,
    reason: &str,
    by: StaffId,
    now: i64,
) -> anyhow::Result<()> {
    let p = &current.point;
    sqlx::query(
        "INSERT INTO fact_point_history (point_id, revision, day, value, low, qualifier, source_title, source_publisher,
           source_url, source_published, note, was_withdrawn, change, reason, changed_at, changed_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)",
    )
    .bind(current.id)
    .bind(current.revision)
    .bind(p.day.iso())
    .bind(p.value.as_str())
    .bind(p.low.as_ref().map(|l| l.as_str().to_string()))
    .bind(p.qualifier.code())
    .bind(&p.source.title)
    .bind(&p.source.publisher)
    .bind(&p.source.url)
    .bind(&p.source.published)
    .bind(&p.note)
    .bind(i64::from(current.withdrawn))
    .bind(change)
    .bind(reason)
    .bind(now)
    .bind(by)
    .execute(&mut *tx)
    .await
    .context("keeping a point's history")?;
    // The revision check makes two concurrent corrections of the same point fail, not merge.
    let done = match new {
        Some(n) => sqlx::query(
            "UPDATE fact_points SET day = $3, value = $4, low = $5, qualifier = $6, source_title = $7, source_publisher = $8,
               source_url = $9, source_published = $10, note = $11, withdrawn = 0, revision = revision + 1, updated_at = $12
             WHERE id = $1 AND revision = $2",
        )
        .bind(current.id)
        .bind(current.revision)
        .bind(n.day.iso())
        .bind(n.value.as_str())
        .bind(n.low.as_ref().map(|l| l.as_str().to_string()))
        .bind(n.qualifier.code())
        .bind(&n.source.title)
        .bind(&n.source.publisher)
        .bind(&n.source.url)
        .bind(&n.source.published)
        .bind(&n.note)
        .bind(now)
        .execute(&mut *tx)
        .await
        .context("correcting a point")?,
        None => sqlx::query("UPDATE fact_points SET withdrawn = 1, revision = revision + 1, updated_at = $3 WHERE id = $1 AND revision = $2")
            .bind(current.id)
            .bind(current.revision)
            .bind(now)
            .execute(&mut *tx)
            .await
            .context("withdrawing a point")?,
    };
    if done.rows_affected() != 1 {
        anyhow::bail!("the point changed while it was being revised");
    }
    touch_series(&mut *tx, current.series_id, now).await?;
    Ok(())
}

/// What an import did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub added: usize,
    pub corrected: usize,
    pub unchanged: usize,
}

/// Import points as an upsert, in one transaction (all or nothing): a date without a value gets
/// one; a date whose value differs is corrected (kept in the history, with `reason`); the same
/// value is left alone. Re-importing a file changes nothing.
pub async fn import_points(db: &Db, series: SeriesId, points: &[Point], reason: &str, by: StaffId, now: i64) -> anyhow::Result<ImportReport> {
    let mut tx = db.begin_write().await?;
    let live: Vec<PointRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {POINT_COLUMNS} FROM fact_points WHERE series_id = $1 AND withdrawn = 0")))
        .bind(series)
        .fetch_all(&mut *tx)
        .await
        .context("reading a series' values")?;
    let live: std::collections::BTreeMap<Day, StoredPoint> =
        live.into_iter().map(|row| row.into_point().map(|p| (p.point.day, p))).collect::<anyhow::Result<_>>()?;
    let mut report = ImportReport::default();
    for p in points {
        match live.get(&p.day) {
            None => {
                insert_point(&mut tx, series, p, Some(by), now).await?;
                report.added += 1;
            }
            Some(current) if current.point == *p => report.unchanged += 1,
            Some(current) => {
                revise_in(&mut tx, current, "correction", Some(p), reason, by, now).await?;
                report.corrected += 1;
            }
        }
    }
    touch_series(&mut tx, series, now).await?;
    tx.commit().await.context("committing an import")?;
    Ok(report)
}

/// The live value of a series on `day`, if it has one.
pub async fn live_point_on(db: &Db, series: SeriesId, day: &Day) -> anyhow::Result<Option<StoredPoint>> {
    let row: Option<PointRow> =
        sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {POINT_COLUMNS} FROM fact_points WHERE series_id = $1 AND day = $2 AND withdrawn = 0")))
            .bind(series)
            .bind(day.iso())
            .fetch_optional(&db.pool)
            .await
            .context("reading a day's value")?;
    row.map(PointRow::into_point).transpose()
}

pub async fn correct_point(db: &Db, current: &StoredPoint, new: &Point, reason: &str, by: StaffId, now: i64) -> anyhow::Result<()> {
    revise(db, current, "correction", Some(new), reason, by, now).await
}

pub async fn withdraw_point(db: &Db, current: &StoredPoint, reason: &str, by: StaffId, now: i64) -> anyhow::Result<()> {
    revise(db, current, "withdrawal", None, reason, by, now).await
}

/// The history of every point of a series, newest change first.
pub async fn history(db: &Db, series: SeriesId) -> anyhow::Result<Vec<HistoryRow>> {
    sqlx::query_as(
        "SELECT h.point_id, h.revision, h.day, h.value, h.low, h.qualifier, h.source_title, h.was_withdrawn, h.change,
                h.reason, h.changed_at, st.login AS changed_by
         FROM fact_point_history h
         JOIN fact_points p ON p.id = h.point_id
         LEFT JOIN staff st ON st.id = h.changed_by
         WHERE p.series_id = $1 ORDER BY h.changed_at DESC, h.id DESC",
    )
    .bind(series)
    .fetch_all(&db.pool)
    .await
    .context("loading a series' history")
}
