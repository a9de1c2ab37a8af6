//! Staff pages of days of action: coordinators declare days; moderators and coordinators
//! decide on events (approve, ask for changes, reject, with a message to the organiser).

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use crate::campaigns::model::Campaign;
use crate::campaigns::service::StaffCampaign;
use crate::error::{AppError, AppResult};
use crate::events::model::{DayInput, EventId, Status};
use crate::events::service::{self, Decision, Moderation};
use crate::events::store::{self, ActionDay, Event};
use crate::http::form::FieldErrors;
use crate::http::page::{Page, html, html_status};
use crate::http::pager::{PAGE_SIZE, Pager};
use crate::http::session::CsrfForm;
use crate::i18n::Lang;
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    const BASE: &str = "/{lang}/staff/campaigns/{slug}/events";
    Router::new()
        .route("/{lang}/staff/campaigns/{slug}/days", get(days).post(declare))
        .route(BASE, get(moderation_list))
        .route(&format!("{BASE}/{{event}}"), get(moderation_detail))
        .route(&format!("{BASE}/{{event}}/decide"), post(decide))
        .route(&format!("{BASE}/{{event}}/report"), post(decide_report))
        .route(&format!("{BASE}/{{event}}/report-photos/{{file}}"), get(report_photo))
}

#[derive(Template)]
#[template(path = "events/staff_days.html")]
struct DaysTemplate {
    page: Page,
    campaign_slug: String,
    days: Vec<(ActionDay, String, Lang)>,
    languages: Vec<Lang>,
    default_lang: Lang,
    input: DayInput,
    errors: FieldErrors,
}

impl DaysTemplate {
    /// A typed date shown back in a date field only when it is one (a browser never sends
    /// anything else; a hand-made post is answered with its message alone).
    fn date_value<'a>(&self, typed: &'a str) -> &'a str {
        if crate::events::model::parse_date(typed).is_ok() { typed } else { "" }
    }

    fn typed(&self, lang: &Lang, which: usize) -> String {
        self.input.texts.iter().find(|(l, _, _)| l == lang).map(|(_, t, b)| if which == 0 { t.clone() } else { b.clone() }).unwrap_or_default()
    }
}

async fn days_page(state: &AppState, lang: Lang, staff: &crate::staff::Staff, campaign: &Campaign, input: DayInput, errors: FieldErrors) -> AppResult<DaysTemplate> {
    let days = store::days(&state.db, campaign.id).await?.into_iter().map(|d| {
        let (title, l) = d.title(lang, campaign.default_lang);
        (d, title, l)
    }).collect();
    let mut page = Page::staff(state, lang, staff, format!("/staff/campaigns/{}/days", campaign.slug), "days-title");
    page.refused = !errors.is_empty();
    Ok(DaysTemplate { page, campaign_slug: campaign.slug.clone(), days, languages: campaign.languages.clone(), default_lang: campaign.default_lang, input, errors })
}

async fn days(State(state): State<AppState>, StaffCampaign { lang, staff, campaign }: StaffCampaign) -> AppResult<Response> {
    html(&days_page(&state, lang, &staff, &campaign, DayInput::default(), FieldErrors::default()).await?)
}

async fn declare(State(state): State<AppState>, StaffCampaign { lang, staff, campaign }: StaffCampaign, form: CsrfForm) -> AppResult<Response> {
    let input = DayInput {
        first_day: form.get("first_day").chars().take(40).collect(),
        last_day: form.get("last_day").chars().take(40).collect(),
        texts: campaign.languages.iter().map(|l| (*l, form.get(&format!("title_{l}")).chars().take(1_000).collect(), form.get(&format!("body_{l}")).chars().take(20_000).collect())).collect(),
    };
    match service::declare_day(&state, &staff, &campaign, &input).await? {
        Ok(_) => Ok(Redirect::to(&format!("/{lang}/staff/campaigns/{}/days", campaign.slug)).into_response()),
        Err(e) => {
            let errors = FieldErrors::translated(&e, &state.i18n, lang);
            html_status(StatusCode::UNPROCESSABLE_ENTITY, &days_page(&state, lang, &staff, &campaign, input, errors).await?)
        }
    }
}

#[derive(Deserialize, Default)]
struct ListQuery {
    status: Option<String>,
    /// `pending`: the events whose report waits for a moderator.
    reports: Option<String>,
    page: Option<String>,
    decided: Option<String>,
}

#[derive(Template)]
#[template(path = "events/staff_list.html")]
struct ListTemplate {
    page: Page,
    campaign_slug: String,
    status: Status,
    counts: Vec<(Status, i64)>,
    /// Showing the reports that wait for a moderator, and how many.
    reports: bool,
    pending_reports: i64,
    rows: Vec<(Event, crate::events::web::public::When)>,
    pager: Pager,
    notice: Option<String>,
}

impl ListTemplate {
    fn country(&self, code: &str) -> String {
        crate::countries::country_name(self.page.lang, code)
    }
}

async fn moderation_list(State(state): State<AppState>, Moderation { lang, staff, campaign }: Moderation, Query(q): Query<ListQuery>) -> AppResult<Response> {
    let status = q.status.as_deref().and_then(Status::parse).unwrap_or(Status::Pending);
    let mut counts = Vec::new();
    for s in Status::ALL {
        counts.push((s, store::count_by_status(&state.db, campaign.id, s).await?));
    }
    let pending_reports = store::count_pending_reports(&state.db, campaign.id).await?;
    let reports = q.reports.as_deref() == Some("pending");
    let total = if reports { pending_reports } else { counts.iter().find(|(s, _)| *s == status).map(|(_, n)| *n).unwrap_or(0) };
    let pager = Pager::new(Pager::number(q.page.as_deref()), total);
    let mut page = Page::staff(&state, lang, &staff, format!("/staff/campaigns/{}/events", campaign.slug), "events-moderation-title");
    page.query = if reports { "reports=pending&".to_string() } else { format!("status={}&", status.as_str()) };
    let events = if reports {
        store::pending_reports(&state.db, campaign.id, PAGE_SIZE, pager.offset()).await?
    } else {
        store::by_status(&state.db, campaign.id, status, PAGE_SIZE, pager.offset()).await?
    };
    let rows = events.into_iter().map(|e| {
        let w = crate::events::web::public::when(&page, &e);
        (e, w)
    }).collect();
    let notice = q.decided.as_deref().map(|d| state.i18n.tr(lang, match d { "1" => "event-decided", "report" => "report-decided", _ => "org-decided-nothing" }, &[]));
    html(&ListTemplate { page, campaign_slug: campaign.slug.clone(), status, counts, reports, pending_reports, rows, pager, notice })
}

#[derive(Template)]
#[template(path = "events/staff_detail.html")]
struct DetailTemplate {
    page: Page,
    campaign_slug: String,
    event: Event,
    when: crate::events::web::public::When,
    address: Option<String>,
    message: String,
    errors: FieldErrors,
    /// The organiser's report, whatever its status, with its photos.
    report: Option<(store::Report, crate::events::model::ReportStatus)>,
    photos: Vec<store::PhotoRef>,
}

async fn load_for(state: &AppState, campaign: &Campaign, event: &str) -> AppResult<Event> {
    let id = event.parse::<EventId>().map_err(|_| AppError::NotFound)?;
    let event = store::event(&state.db, id).await?.ok_or(AppError::NotFound)?;
    let day = store::day(&state.db, event.day_id).await?.ok_or(AppError::NotFound)?;
    if day.campaign_id != campaign.id {
        return Err(AppError::NotFound);
    }
    Ok(event)
}

async fn detail(state: &AppState, lang: Lang, staff: &crate::staff::Staff, campaign: &Campaign, event: Event, message: String, errors: FieldErrors) -> AppResult<DetailTemplate> {
    let mut page = Page::staff(state, lang, staff, format!("/staff/campaigns/{}/events/{}", campaign.slug, event.id), "event-detail-title");
    page.refused = !errors.is_empty();
    let when = crate::events::web::public::when(&page, &event);
    // Moderators judge the place too: the address, public or not.
    let address = store::address(&state.db, &state.keys.fields, event.id).await?;
    let report = store::report(&state.db, event.id).await?;
    let photos = if report.is_some() { store::report_photos(&state.db, event.id).await? } else { Vec::new() };
    Ok(DetailTemplate { page, campaign_slug: campaign.slug.clone(), event, when, address, message, errors, report, photos })
}

async fn moderation_detail(State(state): State<AppState>, Moderation { lang, staff, campaign }: Moderation, Path((_, _, event)): Path<(String, String, String)>) -> AppResult<Response> {
    let event = load_for(&state, &campaign, &event).await?;
    html(&detail(&state, lang, &staff, &campaign, event, String::new(), FieldErrors::default()).await?)
}

async fn decide(State(state): State<AppState>, Moderation { lang, staff, campaign }: Moderation, Path((_, _, event)): Path<(String, String, String)>, form: CsrfForm) -> AppResult<Response> {
    let event = load_for(&state, &campaign, &event).await?;
    let decision = match form.get("decision") {
        "approve" => Decision::Approve,
        "changes" => Decision::AskChanges,
        "reject" => Decision::Reject,
        _ => return Err(AppError::BadRequest),
    };
    let message = form.get("message").chars().take(5_000).collect::<String>();
    match service::decide(&state, &staff, &campaign, &event, decision, &message).await? {
        Ok(changed) => Ok(Redirect::to(&format!("/{lang}/staff/campaigns/{}/events?decided={}", campaign.slug, u8::from(changed))).into_response()),
        Err(e) => {
            let errors = FieldErrors::translated(&e, &state.i18n, lang);
            html_status(StatusCode::UNPROCESSABLE_ENTITY, &detail(&state, lang, &staff, &campaign, event, message, errors).await?)
        }
    }
}

/// Publish a report or take it down.
async fn decide_report(State(state): State<AppState>, Moderation { lang, staff, campaign }: Moderation, Path((_, _, event)): Path<(String, String, String)>, form: CsrfForm) -> AppResult<Response> {
    let event = load_for(&state, &campaign, &event).await?;
    let publish = match form.get("decision") {
        "publish" => true,
        "hide" => false,
        _ => return Err(AppError::BadRequest),
    };
    let changed = service::decide_report(&state, &staff, &campaign, &event, publish).await?;
    Ok(Redirect::to(&format!("/{lang}/staff/campaigns/{}/events?reports=pending&decided={}", campaign.slug, if changed { "report" } else { "0" })).into_response())
}

/// A report's photo for the moderators, before it is published (never cached on the way).
async fn report_photo(State(state): State<AppState>, Moderation { campaign, .. }: Moderation, Path((_, _, event, file)): Path<(String, String, String, String)>) -> AppResult<Response> {
    let event = load_for(&state, &campaign, &event).await?;
    let id = file.strip_suffix(".jpg").and_then(|n| n.parse::<i64>().ok()).ok_or(AppError::NotFound)?;
    let jpeg = store::report_photo_of(&state.db, event.id, id).await?.ok_or(AppError::NotFound)?;
    let mut res = jpeg.into_response();
    let h = res.headers_mut();
    h.insert(axum::http::header::CONTENT_TYPE, "image/jpeg".parse().expect("static header"));
    h.insert(axum::http::header::CACHE_CONTROL, "private, no-store".parse().expect("static header"));
    Ok(res)
}
