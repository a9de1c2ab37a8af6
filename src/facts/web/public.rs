//! Facts pages readers and other sites see: the facts page, all series as JSON, one series
//! as CSV.

use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use crate::campaigns::model::Campaign;
use crate::campaigns::service::published;
use crate::error::{AppError, AppResult};
use crate::facts::csv_io;
use crate::facts::model::{Amount, Qualifier, SeriesId, Source, Unit};
use crate::facts::store::{self, Series};
use crate::facts::view::{SeriesView, views};
use crate::http::UrlLang;
use crate::http::page::Page;
use crate::i18n::Lang;
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/c/{slug}/facts", get(facts_page))
        .route("/c/{slug}/facts.json", get(facts_json))
        .route("/c/{slug}/facts/{file}", get(series_csv))
}

// ---------------------------------------------------------------------------------------------
// Public pages

#[derive(Template)]
#[template(path = "facts/page.html")]
struct FactsTemplate {
    page: Page,
    slug: String,
    campaign_title: (String, Lang),
    series: Vec<SeriesView>,
}

impl FactsTemplate {
    /// "The latest 200 of 6,000 values; the CSV has them all."
    fn latest_of(&self, s: &SeriesView) -> String {
        use crate::i18n::Arg;
        self.page.state.i18n.tr(self.page.lang, "facts-latest-of", &[("shown", Arg::Count(s.rows.len() as i64)), ("count", Arg::Count(s.total as i64))])
    }
}

async fn facts_page(UrlLang(lang): UrlLang, State(state): State<AppState>, Path((_, slug)): Path<(String, String)>) -> AppResult<Response> {
    let key = format!("/{lang}/c/{slug}/facts");
    if let Some(body) = state.cache.get(&key) {
        return Ok(([(header::CONTENT_TYPE, "text/html; charset=utf-8")], body).into_response());
    }
    let campaign = published(&state, &slug).await?;
    let texts = crate::campaigns::store::texts(&state.db, campaign.id).await?;
    let view = crate::campaigns::view::resolve(&campaign, &texts, lang);
    let series = views(&state, &campaign, lang, false).await?;
    let title = state.i18n.tr(lang, "facts-title", &[]);
    let page = Page::new(&state, lang, format!("/c/{slug}/facts"), format!("{title} · {}", view.title.0));
    let body = crate::http::page::render(&FactsTemplate { page, slug: slug.clone(), campaign_title: view.title, series })?;
    let body = axum::body::Bytes::from(body);
    state.cache.put(key, body.clone());
    Ok(([(header::CONTENT_TYPE, "text/html; charset=utf-8")], body).into_response())
}

#[derive(serde::Serialize)]
struct JsonLabel {
    label: String,
    place: String,
}

#[derive(serde::Serialize)]
struct JsonPoint<'a> {
    date: String,
    value: &'a Amount,
    low: Option<&'a Amount>,
    qualifier: Qualifier,
    source: &'a Source,
    note: &'a str,
}

#[derive(serde::Serialize)]
struct JsonSeries<'a> {
    id: SeriesId,
    unit: Unit,
    currency: Option<&'a str>,
    headline: bool,
    labels: std::collections::BTreeMap<&'static str, JsonLabel>,
    csv: String,
    points: Vec<JsonPoint<'a>>,
}

#[derive(serde::Serialize)]
struct JsonFacts<'a> {
    campaign: &'a str,
    url: String,
    license_note: &'static str,
    series: Vec<JsonSeries<'a>>,
}

/// Every series of a published campaign, every current point, labels in every language.
async fn facts_json(State(state): State<AppState>, Path(slug): Path<String>) -> AppResult<Response> {
    let campaign = published(&state, &slug).await?;
    let series = store::list_series(&state.db, campaign.id).await?;
    let ids: Vec<SeriesId> = series.iter().map(|s| s.id).collect();
    let points = store::points(&state.db, &ids, false).await?;
    let body = JsonFacts {
        campaign: &campaign.slug,
        url: format!("{}/{}/c/{}/facts", state.cfg.base_url, campaign.default_lang, campaign.slug),
        license_note: "Figures as published by the sources named with each point.",
        series: series
            .iter()
            .map(|s| JsonSeries {
                id: s.id,
                unit: s.unit,
                currency: s.currency.as_deref(),
                headline: s.headline,
                labels: s.texts.iter().map(|(l, label, place)| (l.code(), JsonLabel { label: label.clone(), place: place.clone() })).collect(),
                csv: format!("{}/c/{}/facts/{}.csv", state.cfg.base_url, campaign.slug, s.id),
                points: points
                    .iter()
                    .filter(|p| p.series_id == s.id)
                    .map(|p| JsonPoint {
                        date: p.point.day.iso(),
                        value: &p.point.value,
                        low: p.point.low.as_ref(),
                        qualifier: p.point.qualifier,
                        source: &p.point.source,
                        note: &p.point.note,
                    })
                    .collect(),
            })
            .collect(),
    };
    let json = serde_json::to_vec_pretty(&body).map_err(|e| anyhow::anyhow!("serialising facts: {e}"))?;
    Ok(([(header::CONTENT_TYPE, "application/json"), (header::ACCESS_CONTROL_ALLOW_ORIGIN, "*")], json).into_response())
}

async fn series_csv(State(state): State<AppState>, Path((slug, file)): Path<(String, String)>) -> AppResult<Response> {
    let id = file.strip_suffix(".csv").ok_or(AppError::NotFound)?;
    let campaign = published(&state, &slug).await?;
    let series = crate::facts::service::load_series(&state, &campaign, id).await?;
    csv_response(&state, &campaign, &series).await
}

/// The same CSV for coordinators, whether or not the campaign is published yet.
pub(super) async fn csv_response(state: &AppState, campaign: &Campaign, series: &Series) -> AppResult<Response> {
    let points = store::points(&state.db, &[series.id], false).await?;
    let bytes = csv_io::export(&points)?;
    let disposition = format!("attachment; filename=\"{}-facts-{}.csv\"", campaign.slug, series.id);
    Ok((
        [(header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()), (header::CONTENT_DISPOSITION, disposition)],
        bytes,
    )
        .into_response())
}

