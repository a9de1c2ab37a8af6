//! Fact pages: headline facts on the campaign page, the public facts page, JSON and CSV for
//! reuse, and the coordinators' pages to keep series, add, correct and withdraw points, and
//! import CSV.

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use super::chart::{self, Chart};
use super::csv_io::{self, LineError};
use super::model::{Day, Errors, Point, PointId, PointInput, Qualifier, SeriesId, SeriesInput, Source, Unit};
use super::store::{self, HistoryRow, Series, StoredPoint};
use crate::campaigns::model::Campaign;
use crate::campaigns::routes::{load, published};
use crate::campaigns::store as campaigns;
use crate::db::now;
use crate::error::{AppError, AppResult};
use crate::http::page::{Page, html, html_status};
use crate::http::session::{CsrfForm, RequireStaff};
use crate::http::{AppState, UrlLang};
use crate::i18n::{Arg, I18n, Lang};
use crate::staff::Staff;
use crate::staff::routes::staff_page;

pub fn public_routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/c/{slug}/facts", get(facts_page))
        .route("/c/{slug}/facts.json", get(facts_json))
        .route("/c/{slug}/facts/{file}", get(series_csv))
}

pub fn staff_routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/staff/campaigns/{slug}/facts", get(staff_list))
        .route("/{lang}/staff/campaigns/{slug}/facts/new", get(new_series_form).post(create_series))
        .route("/{lang}/staff/campaigns/{slug}/facts/{id}", get(series_page))
        .route("/{lang}/staff/campaigns/{slug}/facts/{id}/settings", post(save_series))
        .route("/{lang}/staff/campaigns/{slug}/facts/{id}/points", post(add_point))
        .route("/{lang}/staff/campaigns/{slug}/facts/{id}/import", post(import_csv))
        .route("/{lang}/staff/campaigns/{slug}/facts/{id}/export.csv", get(staff_export))
        .route("/{lang}/staff/campaigns/{slug}/facts/{id}/points/{pid}", get(point_page).post(correct_point))
        .route("/{lang}/staff/campaigns/{slug}/facts/{id}/points/{pid}/withdraw", post(withdraw_point))
}

// ---------------------------------------------------------------------------------------------
// Presenting facts

/// A value with its unit and qualifier, in the reader's language: "up to 30,000 people".
pub fn value_text(i18n: &I18n, lang: Lang, series: &Series, p: &Point) -> String {
    let in_unit = |ascii: &str, n: f64| {
        let formatted = i18n.decimal(lang, ascii);
        let currency = series.currency.clone().unwrap_or_default();
        i18n.tr(lang, series.unit.message_id(), &[("value", Arg::Num(&formatted, n)), ("currency", Arg::Str(&currency))])
    };
    let value = in_unit(p.value.as_str(), p.value.to_f64());
    let low = p.low.as_ref().map(|l| i18n.decimal(lang, l.as_str())).unwrap_or_default();
    i18n.tr(lang, p.qualifier.message_id(), &[("value", Arg::Str(&value)), ("low", Arg::Str(&low))])
}

fn day_text(i18n: &I18n, lang: Lang, day: &Day) -> String {
    i18n.date(lang, day.epoch_seconds())
}

/// One row of a series' data table.
pub struct Row {
    pub day: String,
    pub iso: String,
    pub value: String,
    pub source: Source,
    pub source_published: String,
    pub note: String,
}

/// A series as readers see it: label, latest value, its source, the chart and the table.
pub struct SeriesView {
    pub id: i64,
    pub label: String,
    pub place: String,
    pub text_lang: Lang,
    pub latest: Option<(String, String, Source)>,
    pub chart: Option<Chart>,
    pub rows: Vec<Row>,
}

pub fn series_view(i18n: &I18n, lang: Lang, fallback: Lang, series: &Series, points: &[&StoredPoint]) -> SeriesView {
    let (label, place, text_lang) = series.label(lang, fallback);
    let pts: Vec<&Point> = points.iter().map(|p| &p.point).collect();
    let latest = pts.iter().max_by_key(|p| p.day).map(|p| (value_text(i18n, lang, series, p), day_text(i18n, lang, &p.day), p.source.clone()));
    let chart = (!pts.is_empty()).then(|| {
        let first = pts.iter().map(|p| p.day).min().expect("not empty");
        let last = pts.iter().map(|p| p.day).max().expect("not empty");
        let summary = i18n.tr(
            lang,
            "chart-desc",
            &[
                ("count", Arg::Count(pts.len() as i64)),
                ("first", Arg::Str(&day_text(i18n, lang, &first))),
                ("last", Arg::Str(&day_text(i18n, lang, &last))),
                ("latest", Arg::Str(latest.as_ref().map(|l| l.0.as_str()).unwrap_or(""))),
            ],
        );
        let title = if place.is_empty() { label.clone() } else { format!("{label} ({place})") };
        chart::layout(
            format!("chart-{}", series.id.0),
            title.clone(),
            format!("{title}. {summary}"),
            &pts,
            lang.dir() == "rtl",
            |ascii| i18n.decimal(lang, ascii),
            |p| format!("{}: {}", day_text(i18n, lang, &p.day), value_text(i18n, lang, series, p)),
            |p| i18n.date_short(lang, p.day.epoch_seconds()),
        )
    });
    let rows = points
        .iter()
        .rev()
        .map(|sp| {
            let p = &sp.point;
            Row {
                day: day_text(i18n, lang, &p.day),
                iso: p.day.iso(),
                value: value_text(i18n, lang, series, p),
                source: p.source.clone(),
                source_published: Day::parse(&p.source.published).map(|d| day_text(i18n, lang, &d)).unwrap_or_default(),
                note: p.note.clone(),
            }
        })
        .collect();
    SeriesView { id: series.id.0, label, place, text_lang, latest, chart, rows }
}

/// Views of a campaign's series (only headlines when asked), for public pages.
pub async fn views(state: &AppState, campaign: &Campaign, lang: Lang, headlines_only: bool) -> AppResult<Vec<SeriesView>> {
    let series: Vec<Series> =
        store::list_series(&state.db, campaign.id).await?.into_iter().filter(|s| s.headline || !headlines_only).collect();
    let ids: Vec<SeriesId> = series.iter().map(|s| s.id).collect();
    let points = store::points(&state.db, &ids, false).await?;
    Ok(series
        .iter()
        .map(|s| {
            let mine: Vec<&StoredPoint> = points.iter().filter(|p| p.series_id == s.id).collect();
            series_view(&state.i18n, lang, campaign.default_lang, s, &mine)
        })
        .collect())
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

async fn facts_page(UrlLang(lang): UrlLang, State(state): State<AppState>, Path((_, slug)): Path<(String, String)>) -> AppResult<Response> {
    let key = format!("/{lang}/c/{slug}/facts");
    if let Some(body) = state.cache.get(&key) {
        return Ok(([(header::CONTENT_TYPE, "text/html; charset=utf-8")], body).into_response());
    }
    let campaign = published(&state, &slug).await?;
    let texts = campaigns::texts(&state.db, campaign.id).await?;
    let view = crate::campaigns::routes::resolve(&campaign, &texts, lang);
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
    value: &'a super::model::Amount,
    low: Option<&'a super::model::Amount>,
    qualifier: Qualifier,
    source: &'a Source,
    note: &'a str,
}

#[derive(serde::Serialize)]
struct JsonSeries<'a> {
    id: i64,
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
                id: s.id.0,
                unit: s.unit,
                currency: s.currency.as_deref(),
                headline: s.headline,
                labels: s.texts.iter().map(|(l, label, place)| (l.code(), JsonLabel { label: label.clone(), place: place.clone() })).collect(),
                csv: format!("{}/c/{}/facts/{}.csv", state.cfg.base_url, campaign.slug, s.id.0),
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
    let series = load_series(&state, &campaign, id).await?;
    csv_response(&state, &campaign, &series).await
}

/// The same CSV for coordinators, whether or not the campaign is published yet.
async fn staff_export(
    State(state): State<AppState>,
    RequireStaff(_): RequireStaff,
    Path((_, slug, id)): Path<(String, String, String)>,
) -> AppResult<Response> {
    let campaign = load(&state, &slug).await?;
    let series = load_series(&state, &campaign, &id).await?;
    csv_response(&state, &campaign, &series).await
}

async fn csv_response(state: &AppState, campaign: &Campaign, series: &Series) -> AppResult<Response> {
    let points = store::points(&state.db, &[series.id], false).await?;
    let bytes = csv_io::export(&points)?;
    let disposition = format!("attachment; filename=\"{}-facts-{}.csv\"", campaign.slug, series.id.0);
    Ok((
        [(header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()), (header::CONTENT_DISPOSITION, disposition)],
        bytes,
    )
        .into_response())
}

// ---------------------------------------------------------------------------------------------
// Coordinators' pages

#[derive(Deserialize)]
struct Notice {
    saved: Option<String>,
}

async fn load_series(state: &AppState, campaign: &Campaign, id: &str) -> AppResult<Series> {
    let id = id.parse::<i64>().map_err(|_| AppError::NotFound)?;
    store::find_series(&state.db, campaign.id, SeriesId(id)).await?.ok_or(AppError::NotFound)
}

fn translate_errors(state: &AppState, lang: Lang, errors: &Errors) -> Vec<(&'static str, String)> {
    errors.iter().map(|(f, id)| (*f, state.i18n.tr(lang, id, &[]))).collect()
}

#[derive(Template)]
#[template(path = "facts/staff_list.html")]
struct StaffListTemplate {
    page: Page,
    slug: String,
    rows: Vec<(i64, String, Lang, Unit, bool, usize)>,
}

async fn staff_list(
    UrlLang(lang): UrlLang,
    State(state): State<AppState>,
    RequireStaff(staff): RequireStaff,
    Path((_, slug)): Path<(String, String)>,
) -> AppResult<Response> {
    let campaign = load(&state, &slug).await?;
    let series = store::list_series(&state.db, campaign.id).await?;
    let ids: Vec<SeriesId> = series.iter().map(|s| s.id).collect();
    let points = store::points(&state.db, &ids, false).await?;
    let rows = series
        .iter()
        .map(|s| {
            let (label, _, l) = s.label(lang, campaign.default_lang);
            (s.id.0, label, l, s.unit, s.headline, points.iter().filter(|p| p.series_id == s.id).count())
        })
        .collect();
    let page = staff_page(&state, lang, &staff, format!("/staff/campaigns/{slug}/facts"), "facts-title");
    html(&StaffListTemplate { page, slug, rows })
}

#[derive(Template)]
#[template(path = "facts/series_form.html")]
struct SeriesFormTemplate {
    page: Page,
    slug: String,
    /// Where the form posts.
    action: String,
    input: SeriesInput,
    errors: Vec<(&'static str, String)>,
    default_lang: Lang,
}

impl SeriesFormTemplate {
    fn error(&self, field: &str) -> Option<&String> {
        self.errors.iter().find(|(f, _)| *f == field).map(|(_, m)| m)
    }
    fn label_of(&self, lang: &Lang) -> &str {
        self.input.texts.iter().find(|(l, _, _)| l == lang).map(|(_, a, _)| a.as_str()).unwrap_or("")
    }
    fn place_of(&self, lang: &Lang) -> &str {
        self.input.texts.iter().find(|(l, _, _)| l == lang).map(|(_, _, b)| b.as_str()).unwrap_or("")
    }
    fn unit_is(&self, unit: &Unit) -> bool {
        self.input.unit == unit.code()
    }
}

fn series_input(form: &CsrfForm) -> SeriesInput {
    SeriesInput {
        unit: form.get("unit").to_string(),
        currency: form.get("currency").to_string(),
        headline: form.get("headline") == "1",
        position: form.get("position").to_string(),
        texts: Lang::ALL
            .into_iter()
            .map(|l| (l, form.get(&format!("label_{l}")).to_string(), form.get(&format!("place_{l}")).to_string()))
            .collect(),
    }
}

async fn new_series_form(
    UrlLang(lang): UrlLang,
    State(state): State<AppState>,
    RequireStaff(staff): RequireStaff,
    Path((_, slug)): Path<(String, String)>,
) -> AppResult<Response> {
    let campaign = load(&state, &slug).await?;
    let page = staff_page(&state, lang, &staff, format!("/staff/campaigns/{slug}/facts/new"), "facts-new-title");
    let input = SeriesInput { unit: "people".into(), headline: true, ..Default::default() };
    let action = format!("/{lang}/staff/campaigns/{slug}/facts/new");
    html(&SeriesFormTemplate { page, slug, action, input, errors: Vec::new(), default_lang: campaign.default_lang })
}

async fn create_series(
    UrlLang(lang): UrlLang,
    State(state): State<AppState>,
    RequireStaff(staff): RequireStaff,
    Path((_, slug)): Path<(String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    let campaign = load(&state, &slug).await?;
    let input = series_input(&form);
    match input.parse(campaign.default_lang) {
        Ok(settings) => {
            let id = store::create_series(&state.db, campaign.id, &settings, now()).await?;
            state.cache.clear();
            tracing::info!(staff_id = staff.id.0, series = id.0, "fact series created");
            Ok(Redirect::to(&format!("/{lang}/staff/campaigns/{slug}/facts/{}", id.0)).into_response())
        }
        Err(errors) => {
            let page = staff_page(&state, lang, &staff, format!("/staff/campaigns/{slug}/facts/new"), "facts-new-title");
            let errors = translate_errors(&state, lang, &errors);
            let action = format!("/{lang}/staff/campaigns/{slug}/facts/new");
            html_status(StatusCode::UNPROCESSABLE_ENTITY, &SeriesFormTemplate { page, slug, action, input, errors, default_lang: campaign.default_lang })
        }
    }
}

/// A point as the staff table shows it.
pub struct StaffPointRow {
    pub id: i64,
    pub day: String,
    pub value: String,
    pub source_title: String,
    pub withdrawn: bool,
    pub revision: i64,
}

/// One history entry as shown.
pub struct HistoryView {
    pub when: String,
    pub who: String,
    pub change: String,
    pub was: String,
    pub reason: String,
}

#[derive(Template)]
#[template(path = "facts/series.html")]
struct SeriesTemplate {
    page: Page,
    slug: String,
    view: SeriesView,
    series_id: i64,
    settings: SeriesFormTemplate,
    points: Vec<StaffPointRow>,
    /// The add-point form as typed, and its errors.
    point: PointInput,
    point_errors: Vec<(&'static str, String)>,
    csv_text: String,
    csv_errors: Vec<String>,
    history: Vec<HistoryView>,
    notice: Option<String>,
}

impl SeriesTemplate {
    fn point_error(&self, field: &str) -> Option<&String> {
        self.point_errors.iter().find(|(f, _)| *f == field).map(|(_, m)| m)
    }
}

struct SeriesPageParts {
    input: Option<SeriesInput>,
    settings_errors: Vec<(&'static str, String)>,
    point: PointInput,
    point_errors: Vec<(&'static str, String)>,
    csv_text: String,
    csv_errors: Vec<String>,
    notice: Option<String>,
}

impl Default for SeriesPageParts {
    fn default() -> Self {
        SeriesPageParts {
            input: None,
            settings_errors: Vec::new(),
            point: PointInput { qualifier: "exact".into(), ..Default::default() },
            point_errors: Vec::new(),
            csv_text: String::new(),
            csv_errors: Vec::new(),
            notice: None,
        }
    }
}

async fn series_template(state: &AppState, lang: Lang, staff: &Staff, campaign: &Campaign, series: &Series, parts: SeriesPageParts) -> AppResult<SeriesTemplate> {
    let slug = campaign.slug.clone();
    let all = store::points(&state.db, &[series.id], true).await?;
    let current: Vec<&StoredPoint> = all.iter().filter(|p| !p.withdrawn).collect();
    let view = series_view(&state.i18n, lang, campaign.default_lang, series, &current);
    let points = all
        .iter()
        .rev()
        .map(|p| StaffPointRow {
            id: p.id.0,
            day: day_text(&state.i18n, lang, &p.point.day),
            value: value_text(&state.i18n, lang, series, &p.point),
            source_title: p.point.source.title.clone(),
            withdrawn: p.withdrawn,
            revision: p.revision,
        })
        .collect();
    let history = store::history(&state.db, series.id).await?.into_iter().map(|h| history_view(state, lang, series, h)).collect();
    let input = parts.input.unwrap_or_else(|| SeriesInput {
        unit: series.unit.code().to_string(),
        currency: series.currency.clone().unwrap_or_default(),
        headline: series.headline,
        position: series.position.to_string(),
        texts: Lang::ALL.into_iter().map(|l| (l, series.text(l).0.to_string(), series.text(l).1.to_string())).collect(),
    });
    let base = format!("/staff/campaigns/{slug}/facts/{}", series.id.0);
    let mut page = staff_page(state, lang, staff, base.clone(), "facts-series-title");
    page.title = format!("{} · {}", view.label, page.title);
    let settings = SeriesFormTemplate {
        page: staff_page(state, lang, staff, base.clone(), "facts-series-title"),
        slug: slug.clone(),
        action: format!("/{lang}{base}/settings"),
        input,
        errors: parts.settings_errors,
        default_lang: campaign.default_lang,
    };
    Ok(SeriesTemplate {
        page,
        slug,
        view,
        series_id: series.id.0,
        settings,
        points,
        point: parts.point,
        point_errors: parts.point_errors,
        csv_text: parts.csv_text,
        csv_errors: parts.csv_errors,
        history,
        notice: parts.notice,
    })
}

fn history_view(state: &AppState, lang: Lang, series: &Series, h: HistoryRow) -> HistoryView {
    let was = Point {
        value: super::model::Amount::from_db(h.value),
        low: h.low.map(super::model::Amount::from_db),
        qualifier: Qualifier::parse(&h.qualifier).unwrap_or(Qualifier::Exact),
        day: Day::parse(&h.day).unwrap_or_else(|_| Day::today()),
        source: Source { title: h.source_title, ..Default::default() },
        note: String::new(),
    };
    let change = if h.change == "withdrawal" { "history-withdrawn" } else { "history-corrected" };
    HistoryView {
        when: state.i18n.date(lang, h.changed_at),
        who: h.changed_by.unwrap_or_else(|| "—".into()),
        change: state.i18n.tr(lang, change, &[]),
        was: format!("{}: {} ({})", day_text(&state.i18n, lang, &was.day), value_text(&state.i18n, lang, series, &was), was.source.title),
        reason: h.reason,
    }
}

async fn series_page(
    UrlLang(lang): UrlLang,
    State(state): State<AppState>,
    RequireStaff(staff): RequireStaff,
    Path((_, slug, id)): Path<(String, String, String)>,
    Query(q): Query<Notice>,
) -> AppResult<Response> {
    let campaign = load(&state, &slug).await?;
    let series = load_series(&state, &campaign, &id).await?;
    let notice = q.saved.as_deref().map(|what| {
        let id = match what {
            "imported" => "notice-imported",
            _ => "notice-saved",
        };
        state.i18n.tr(lang, id, &[])
    });
    html(&series_template(&state, lang, &staff, &campaign, &series, SeriesPageParts { notice, ..Default::default() }).await?)
}

async fn save_series(
    UrlLang(lang): UrlLang,
    State(state): State<AppState>,
    RequireStaff(staff): RequireStaff,
    Path((_, slug, id)): Path<(String, String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    let campaign = load(&state, &slug).await?;
    let series = load_series(&state, &campaign, &id).await?;
    let input = series_input(&form);
    match input.parse(campaign.default_lang) {
        Ok(settings) => {
            store::update_series(&state.db, series.id, &settings, now()).await?;
            state.cache.clear();
            Ok(Redirect::to(&format!("/{lang}/staff/campaigns/{slug}/facts/{}?saved=1", series.id.0)).into_response())
        }
        Err(errors) => {
            let parts = SeriesPageParts { settings_errors: translate_errors(&state, lang, &errors), input: Some(input), ..Default::default() };
            html_status(StatusCode::UNPROCESSABLE_ENTITY, &series_template(&state, lang, &staff, &campaign, &series, parts).await?)
        }
    }
}

fn point_input(form: &CsrfForm) -> PointInput {
    PointInput {
        value: form.get("value").to_string(),
        low: form.get("low").to_string(),
        qualifier: form.get("qualifier").to_string(),
        day: form.get("day").to_string(),
        source_title: form.get("source_title").to_string(),
        source_publisher: form.get("source_publisher").to_string(),
        source_url: form.get("source_url").to_string(),
        source_published: form.get("source_published").to_string(),
        note: form.get("note").to_string(),
    }
}

async fn add_point(
    UrlLang(lang): UrlLang,
    State(state): State<AppState>,
    RequireStaff(staff): RequireStaff,
    Path((_, slug, id)): Path<(String, String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    let campaign = load(&state, &slug).await?;
    let series = load_series(&state, &campaign, &id).await?;
    let input = point_input(&form);
    match input.parse(series.unit, Day::today()) {
        Ok(point) => {
            store::add_points(&state.db, series.id, &[point], Some(staff.id), now()).await?;
            state.cache.clear();
            tracing::info!(staff_id = staff.id.0, series = series.id.0, "fact point added");
            Ok(Redirect::to(&format!("/{lang}/staff/campaigns/{slug}/facts/{}?saved=1", series.id.0)).into_response())
        }
        Err(errors) => {
            let parts = SeriesPageParts { point_errors: translate_errors(&state, lang, &errors), point: input, ..Default::default() };
            html_status(StatusCode::UNPROCESSABLE_ENTITY, &series_template(&state, lang, &staff, &campaign, &series, parts).await?)
        }
    }
}

fn line_error_text(state: &AppState, lang: Lang, e: &LineError) -> String {
    let line = state.i18n.number(lang, e.line as i64);
    let message = state.i18n.tr(lang, e.message_id, &[]);
    match e.column {
        Some(col) => state.i18n.tr(lang, "csv-line-column", &[("line", Arg::Str(&line)), ("column", Arg::Str(col)), ("message", Arg::Str(&message))]),
        None => state.i18n.tr(lang, "csv-line", &[("line", Arg::Str(&line)), ("message", Arg::Str(&message))]),
    }
}

async fn import_csv(
    UrlLang(lang): UrlLang,
    State(state): State<AppState>,
    RequireStaff(staff): RequireStaff,
    Path((_, slug, id)): Path<(String, String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    let campaign = load(&state, &slug).await?;
    let series = load_series(&state, &campaign, &id).await?;
    let text = form.get("csv").to_string();
    match csv_io::import(&text, series.unit, Day::today()) {
        Ok(points) => {
            let n = store::add_points(&state.db, series.id, &points, Some(staff.id), now()).await?.len();
            state.cache.clear();
            tracing::info!(staff_id = staff.id.0, series = series.id.0, points = n, "fact points imported");
            Ok(Redirect::to(&format!("/{lang}/staff/campaigns/{slug}/facts/{}?saved=imported", series.id.0)).into_response())
        }
        Err(errors) => {
            let csv_errors = errors.iter().map(|e| line_error_text(&state, lang, e)).collect();
            let parts = SeriesPageParts { csv_text: text, csv_errors, ..Default::default() };
            html_status(StatusCode::UNPROCESSABLE_ENTITY, &series_template(&state, lang, &staff, &campaign, &series, parts).await?)
        }
    }
}

#[derive(Template)]
#[template(path = "facts/point.html")]
struct PointTemplate {
    page: Page,
    slug: String,
    series_id: i64,
    point_id: i64,
    revision: i64,
    withdrawn: bool,
    current: String,
    point: PointInput,
    reason: String,
    errors: Vec<(&'static str, String)>,
    units_note: String,
}

impl PointTemplate {
    fn point_error(&self, field: &str) -> Option<&String> {
        self.errors.iter().find(|(f, _)| *f == field).map(|(_, m)| m)
    }
}

async fn load_point(state: &AppState, series: &Series, pid: &str) -> AppResult<StoredPoint> {
    let pid = pid.parse::<i64>().map_err(|_| AppError::NotFound)?;
    store::find_point(&state.db, series.id, PointId(pid)).await?.ok_or(AppError::NotFound)
}

fn point_template(state: &AppState, lang: Lang, staff: &Staff, slug: &str, series: &Series, stored: &StoredPoint, input: PointInput, reason: String, errors: Vec<(&'static str, String)>) -> PointTemplate {
    let path = format!("/staff/campaigns/{slug}/facts/{}/points/{}", series.id.0, stored.id.0);
    let units_note = state.i18n.tr(lang, &series.unit.name_id(), &[]);
    PointTemplate {
        page: staff_page(state, lang, staff, path, "point-title"),
        slug: slug.to_string(),
        series_id: series.id.0,
        point_id: stored.id.0,
        revision: stored.revision,
        withdrawn: stored.withdrawn,
        current: format!("{}: {}", day_text(&state.i18n, lang, &stored.point.day), value_text(&state.i18n, lang, series, &stored.point)),
        point: input,
        reason,
        errors,
        units_note,
    }
}

async fn point_page(
    UrlLang(lang): UrlLang,
    State(state): State<AppState>,
    RequireStaff(staff): RequireStaff,
    Path((_, slug, id, pid)): Path<(String, String, String, String)>,
) -> AppResult<Response> {
    let campaign = load(&state, &slug).await?;
    let series = load_series(&state, &campaign, &id).await?;
    let stored = load_point(&state, &series, &pid).await?;
    let input = PointInput::from_point(&stored.point);
    html(&point_template(&state, lang, &staff, &slug, &series, &stored, input, String::new(), Vec::new()))
}

/// The reason for a correction or withdrawal: required, one line, at most 500 characters.
fn reason(form: &CsrfForm) -> Result<String, &'static str> {
    crate::text::single_line(form.get("reason"), 500, true).map_err(|e| e.message_id())
}

/// The revision the form was made from must still be the point's, or someone else changed it.
fn same_revision(form: &CsrfForm, stored: &StoredPoint) -> bool {
    form.get("revision").parse::<i64>().is_ok_and(|r| r == stored.revision)
}

async fn correct_point(
    UrlLang(lang): UrlLang,
    State(state): State<AppState>,
    RequireStaff(staff): RequireStaff,
    Path((_, slug, id, pid)): Path<(String, String, String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    let campaign = load(&state, &slug).await?;
    let series = load_series(&state, &campaign, &id).await?;
    let stored = load_point(&state, &series, &pid).await?;
    let input = point_input(&form);
    let mut errors: Errors = Vec::new();
    let why = reason(&form).map_err(|e| errors.push(("reason", e))).unwrap_or_default();
    let parsed = match input.parse(series.unit, Day::today()) {
        Ok(p) => Some(p),
        Err(e) => {
            errors.extend(e);
            None
        }
    };
    if !same_revision(&form, &stored) {
        errors.push(("reason", "point-error-changed"));
    }
    if let (Some(new), true) = (&parsed, errors.is_empty()) {
        if *new == stored.point && !stored.withdrawn {
            errors.push(("value", "point-error-unchanged"));
        } else {
            store::correct_point(&state.db, &stored, new, &why, staff.id, now()).await?;
            state.cache.clear();
            tracing::info!(staff_id = staff.id.0, point = stored.id.0, "fact point corrected");
            return Ok(Redirect::to(&format!("/{lang}/staff/campaigns/{slug}/facts/{}?saved=1", series.id.0)).into_response());
        }
    }
    let errors = translate_errors(&state, lang, &errors);
    let reason_typed = form.get("reason").to_string();
    html_status(StatusCode::UNPROCESSABLE_ENTITY, &point_template(&state, lang, &staff, &slug, &series, &stored, input, reason_typed, errors))
}

async fn withdraw_point(
    UrlLang(lang): UrlLang,
    State(state): State<AppState>,
    RequireStaff(staff): RequireStaff,
    Path((_, slug, id, pid)): Path<(String, String, String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    let campaign = load(&state, &slug).await?;
    let series = load_series(&state, &campaign, &id).await?;
    let stored = load_point(&state, &series, &pid).await?;
    let mut errors: Errors = Vec::new();
    let why = reason(&form).map_err(|e| errors.push(("withdraw_reason", e))).unwrap_or_default();
    if !same_revision(&form, &stored) {
        errors.push(("withdraw_reason", "point-error-changed"));
    }
    if stored.withdrawn {
        errors.push(("withdraw_reason", "point-error-already-withdrawn"));
    }
    if errors.is_empty() {
        store::withdraw_point(&state.db, &stored, &why, staff.id, now()).await?;
        state.cache.clear();
        tracing::info!(staff_id = staff.id.0, point = stored.id.0, "fact point withdrawn");
        return Ok(Redirect::to(&format!("/{lang}/staff/campaigns/{slug}/facts/{}?saved=1", series.id.0)).into_response());
    }
    let errors = translate_errors(&state, lang, &errors);
    let input = PointInput::from_point(&stored.point);
    html_status(StatusCode::UNPROCESSABLE_ENTITY, &point_template(&state, lang, &staff, &slug, &series, &stored, input, String::new(), errors))
}
