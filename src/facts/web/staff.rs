//! The coordinators' facts pages: series, points, CSV import and export, corrections and
//! withdrawals. The rules (what a correction must carry) live in `facts::service`.

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use crate::text::Invalid;
use crate::facts::csv_io;
use crate::facts::model::{Day, Point, PointId, PointInput, Qualifier, SeriesId, SeriesInput, Source, Unit};
use crate::facts::store::{self, HistoryRow, Series, StoredPoint};
use crate::campaigns::model::Campaign;
use crate::facts::service;
use crate::facts::view::{SeriesView, day_text, series_view, value_text};
use crate::facts::web::public::csv_response;
use crate::campaigns::service::StaffCampaign;
use crate::facts::service::StaffSeries;
use crate::error::{AppError, AppResult};
use crate::http::form::FieldErrors as HttpFieldErrors;
use crate::http::page::{Page, html, html_status};
use crate::http::session::CsrfForm;
use crate::state::AppState;
use crate::i18n::Lang;
use crate::staff::Staff;

pub fn routes() -> Router<AppState> {
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

async fn staff_export(
    State(state): State<AppState>,
    StaffSeries { campaign, series, .. }: StaffSeries,
) -> AppResult<Response> {
    csv_response(&state, &campaign, &series).await
}

// ---------------------------------------------------------------------------------------------
// Coordinators' pages

#[derive(Deserialize)]
struct Notice {
    saved: Option<String>,
    added: Option<i64>,
    corrected: Option<i64>,
    unchanged: Option<i64>,
}


fn translate_errors(state: &AppState, lang: Lang, errors: &Invalid) -> HttpFieldErrors {
    HttpFieldErrors::translated(errors, &state.i18n, lang)
}

#[derive(Template)]
#[template(path = "facts/staff_list.html")]
struct StaffListTemplate {
    page: Page,
    slug: String,
    rows: Vec<(SeriesId, String, Lang, Unit, bool, usize)>,
}

async fn staff_list(
    State(state): State<AppState>,
    StaffCampaign { lang, staff, campaign }: StaffCampaign,
) -> AppResult<Response> {
    let slug = campaign.slug.clone();
    let series = store::list_series(&state.db, campaign.id).await?;
    let ids: Vec<SeriesId> = series.iter().map(|s| s.id).collect();
    let points = store::points(&state.db, &ids, false).await?;
    let rows = series
        .iter()
        .map(|s| {
            let (label, _, l) = s.label(lang, campaign.default_lang);
            (s.id, label, l, s.unit, s.headline, points.iter().filter(|p| p.series_id == s.id).count())
        })
        .collect();
    let page = Page::staff(&state, lang, &staff, format!("/staff/campaigns/{slug}/facts"), "facts-title");
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
    errors: HttpFieldErrors,
    default_lang: Lang,
}

impl SeriesFormTemplate {
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
    State(state): State<AppState>,
    StaffCampaign { lang, staff, campaign }: StaffCampaign,
) -> AppResult<Response> {
    let slug = campaign.slug.clone();
    let page = Page::staff(&state, lang, &staff, format!("/staff/campaigns/{slug}/facts/new"), "facts-new-title");
    let input = SeriesInput { unit: "people".into(), headline: true, ..Default::default() };
    let action = format!("/{lang}/staff/campaigns/{slug}/facts/new");
    html(&SeriesFormTemplate { page, slug, action, input, errors: HttpFieldErrors::default(), default_lang: campaign.default_lang })
}

async fn create_series(
    State(state): State<AppState>,
    StaffCampaign { lang, staff, campaign }: StaffCampaign,
    form: CsrfForm,
) -> AppResult<Response> {
    let slug = campaign.slug.clone();
    let input = series_input(&form);
    match input.parse(campaign.default_lang) {
        Ok(settings) => {
            let id = service::create_series(&state, &staff, &campaign, &settings).await?;
            Ok(Redirect::to(&format!("/{lang}/staff/campaigns/{slug}/facts/{}", id)).into_response())
        }
        Err(errors) => {
            let page = Page::staff(&state, lang, &staff, format!("/staff/campaigns/{slug}/facts/new"), "facts-new-title");
            let errors = translate_errors(&state, lang, &errors);
            let action = format!("/{lang}/staff/campaigns/{slug}/facts/new");
            html_status(StatusCode::UNPROCESSABLE_ENTITY, &SeriesFormTemplate { page, slug, action, input, errors: errors.into(), default_lang: campaign.default_lang })
        }
    }
}

/// A point as the staff table shows it.
pub struct StaffPointRow {
    pub id: PointId,
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
    series_id: SeriesId,
    settings: SeriesFormTemplate,
    points: Vec<StaffPointRow>,
    /// The add-point form as typed, and its errors.
    point: PointInput,
    point_errors: HttpFieldErrors,
    csv_text: String,
    csv_errors: Vec<String>,
    history: Vec<HistoryView>,
    notice: Option<String>,
}

struct SeriesPageParts {
    input: Option<SeriesInput>,
    settings_errors: HttpFieldErrors,
    point: PointInput,
    point_errors: HttpFieldErrors,
    csv_text: String,
    csv_errors: Vec<String>,
    notice: Option<String>,
}

impl Default for SeriesPageParts {
    fn default() -> Self {
        SeriesPageParts {
            input: None,
            settings_errors: HttpFieldErrors::default(),
            point: PointInput { qualifier: "exact".into(), ..Default::default() },
            point_errors: HttpFieldErrors::default(),
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
    let view = series_view(&state.i18n, lang, campaign.default_lang, series, &current, crate::facts::view::STAFF);
    let points = all
        .iter()
        .rev()
        .map(|p| StaffPointRow {
            id: p.id,
            day: day_text(&state.i18n, lang, &p.point.day),
            value: value_text(&state.i18n, lang, series, &p.point),
            source_title: p.point.source.title.clone(),
            withdrawn: p.withdrawn,
            revision: p.revision,
        })
        .collect();
    let history = store::history(&state.db, series.id).await?.into_iter().map(|h| history_view(state, lang, series, h)).collect::<anyhow::Result<_>>()?;
    let input = parts.input.unwrap_or_else(|| SeriesInput {
        unit: series.unit.code().to_string(),
        currency: series.currency.clone().unwrap_or_default(),
        headline: series.headline,
        position: series.position.to_string(),
        texts: Lang::ALL.into_iter().map(|l| (l, series.text(l).0.to_string(), series.text(l).1.to_string())).collect(),
    });
    let base = format!("/staff/campaigns/{slug}/facts/{}", series.id);
    let mut page = Page::staff(state, lang, staff, base.clone(), "facts-series-title");
    page.title = format!("{} · {}", view.label, page.title);
    let settings = SeriesFormTemplate {
        page: Page::staff(state, lang, staff, base.clone(), "facts-series-title"),
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
        series_id: series.id,
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

/// One earlier state of a point, as read; a stored value that does not parse is an error.
fn history_view(state: &AppState, lang: Lang, series: &Series, h: HistoryRow) -> anyhow::Result<HistoryView> {
    use anyhow::Context;
    let was = Point {
        value: crate::facts::model::Amount::from_db(h.value)?,
        low: h.low.map(crate::facts::model::Amount::from_db).transpose()?,
        qualifier: Qualifier::parse(&h.qualifier).with_context(|| format!("stored qualifier {:?}", h.qualifier))?,
        day: Day::parse(&h.day).map_err(|e| anyhow::anyhow!("stored day {:?}: {e}", h.day))?,
        source: Source { title: h.source_title, ..Default::default() },
        note: String::new(),
    };
    let change = if h.change == "withdrawal" { "history-withdrawn" } else { "history-corrected" };
    Ok(HistoryView {
        when: state.i18n.date(lang, h.changed_at),
        who: h.changed_by.unwrap_or_else(|| "—".into()),
        change: state.i18n.tr(lang, change, &[]),
        was: format!("{}: {} ({})", day_text(&state.i18n, lang, &was.day), value_text(&state.i18n, lang, series, &was), was.source.title),
        reason: h.reason,
    })
}

async fn series_page(
    State(state): State<AppState>,
    StaffSeries { lang, staff, campaign, series }: StaffSeries,
    Query(q): Query<Notice>,
) -> AppResult<Response> {
    let notice = q.saved.as_deref().map(|what| match what {
        "imported" => {
            let n = |v: Option<i64>| crate::i18n::Arg::Count(v.unwrap_or(0).max(0));
            state.i18n.tr(lang, "notice-imported-report", &[("added", n(q.added)), ("corrected", n(q.corrected)), ("unchanged", n(q.unchanged))])
        }
        _ => state.i18n.tr(lang, "notice-saved", &[]),
    });
    html(&series_template(&state, lang, &staff, &campaign, &series, SeriesPageParts { notice, ..Default::default() }).await?)
}

async fn save_series(
    State(state): State<AppState>,
    StaffSeries { lang, staff, campaign, series }: StaffSeries,
    form: CsrfForm,
) -> AppResult<Response> {
    let slug = campaign.slug.clone();
    let input = series_input(&form);
    match input.parse(campaign.default_lang) {
        Ok(settings) => {
            service::update_series(&state, &staff, &series, &settings).await?;
            Ok(Redirect::to(&format!("/{lang}/staff/campaigns/{slug}/facts/{}?saved=1", series.id)).into_response())
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
    State(state): State<AppState>,
    StaffSeries { lang, staff, campaign, series }: StaffSeries,
    form: CsrfForm,
) -> AppResult<Response> {
    let slug = campaign.slug.clone();
    let input = point_input(&form);
    let refused = match input.parse(series.unit, Day::today()) {
        Ok(point) => match service::add_point(&state, &staff, &series, &point).await? {
            Ok(()) => return Ok(Redirect::to(&format!("/{lang}/staff/campaigns/{slug}/facts/{}?saved=1", series.id)).into_response()),
            Err(errors) => errors,
        },
        Err(errors) => errors,
    };
    let parts = SeriesPageParts { point_errors: translate_errors(&state, lang, &refused), point: input, ..Default::default() };
    html_status(StatusCode::UNPROCESSABLE_ENTITY, &series_template(&state, lang, &staff, &campaign, &series, parts).await?)
}

async fn import_csv(
    State(state): State<AppState>,
    StaffSeries { lang, staff, campaign, series }: StaffSeries,
    form: CsrfForm,
) -> AppResult<Response> {
    let slug = campaign.slug.clone();
    let text = form.get("csv").to_string();
    match csv_io::import(&text, series.unit, Day::today()) {
        Ok(points) => {
            let reason = state.i18n.tr(lang, "import-reason", &[]);
            let r = service::import(&state, &staff, &series, &points, &reason).await?;
            let to = format!("/{lang}/staff/campaigns/{slug}/facts/{}?saved=imported&added={}&corrected={}&unchanged={}", series.id, r.added, r.corrected, r.unchanged);
            Ok(Redirect::to(&to).into_response())
        }
        Err(errors) => {
            let csv_errors = errors.iter().map(|e| e.text(&state.i18n, lang)).collect();
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
    series_id: SeriesId,
    point_id: PointId,
    revision: i64,
    withdrawn: bool,
    current: String,
    point: PointInput,
    reason: String,
    withdraw_reason: String,
    point_errors: HttpFieldErrors,
    units_note: String,
}

async fn load_point(state: &AppState, series: &Series, pid: &str) -> AppResult<StoredPoint> {
    let pid: PointId = pid.parse().map_err(|_| AppError::NotFound)?;
    store::find_point(&state.db, series.id, pid).await?.ok_or(AppError::NotFound)
}

fn point_template(state: &AppState, lang: Lang, staff: &Staff, slug: &str, series: &Series, stored: &StoredPoint, input: PointInput, (reason, withdraw_reason): (String, String), point_errors: HttpFieldErrors) -> PointTemplate {
    let path = format!("/staff/campaigns/{slug}/facts/{}/points/{}", series.id, stored.id);
    let units_note = state.i18n.tr(lang, &series.unit.name_id(), &[]);
    PointTemplate {
        page: Page::staff(state, lang, staff, path, "point-title"),
        slug: slug.to_string(),
        series_id: series.id,
        point_id: stored.id,
        revision: stored.revision,
        withdrawn: stored.withdrawn,
        current: format!("{}: {}", day_text(&state.i18n, lang, &stored.point.day), value_text(&state.i18n, lang, series, &stored.point)),
        point: input,
        reason,
        withdraw_reason,
        point_errors,
        units_note,
    }
}

async fn point_page(
    State(state): State<AppState>,
    StaffSeries { lang, staff, campaign, series }: StaffSeries,
    Path((_, _, _, pid)): Path<(String, String, String, String)>,
) -> AppResult<Response> {
    let slug = campaign.slug.clone();
    let stored = load_point(&state, &series, &pid).await?;
    let input = PointInput::from_point(&stored.point);
    html(&point_template(&state, lang, &staff, &slug, &series, &stored, input, Default::default(), HttpFieldErrors::default()))
}

async fn correct_point(
    State(state): State<AppState>,
    StaffSeries { lang, staff, campaign, series }: StaffSeries,
    Path((_, _, _, pid)): Path<(String, String, String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    let slug = campaign.slug.clone();
    let stored = load_point(&state, &series, &pid).await?;
    let input = point_input(&form);
    let seen = form.revision();
    let parsed = input.parse(series.unit, Day::today());
    let errors = match service::correct(&state, &staff, &stored, parsed, form.get("reason"), seen).await? {
        Ok(()) => return Ok(Redirect::to(&format!("/{lang}/staff/campaigns/{slug}/facts/{}?saved=1", series.id)).into_response()),
        Err(errors) => errors,
    };
    let errors = translate_errors(&state, lang, &errors);
    let reason_typed = form.get("reason").to_string();
    html_status(StatusCode::UNPROCESSABLE_ENTITY, &point_template(&state, lang, &staff, &slug, &series, &stored, input, (reason_typed, String::new()), errors))
}

async fn withdraw_point(
    State(state): State<AppState>,
    StaffSeries { lang, staff, campaign, series }: StaffSeries,
    Path((_, _, _, pid)): Path<(String, String, String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    let slug = campaign.slug.clone();
    let stored = load_point(&state, &series, &pid).await?;
    let seen = form.revision();
    if let Err(errors) = service::withdraw(&state, &staff, &stored, form.get("reason"), seen).await? {
        let errors = translate_errors(&state, lang, &errors);
        let input = PointInput::from_point(&stored.point);
        return html_status(StatusCode::UNPROCESSABLE_ENTITY, &point_template(&state, lang, &staff, &slug, &series, &stored, input, (String::new(), form.get("reason").to_string()), errors));
    }
    Ok(Redirect::to(&format!("/{lang}/staff/campaigns/{slug}/facts/{}?saved=1", series.id)).into_response())
}
