//! Pages anyone sees: a day of action with its events (by country, paged), the form to submit
//! an event (JavaScript off, no account), the organiser's confirmation and management pages,
//! an event's page, and calendar files.

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use crate::campaigns::model::Campaign;
use crate::campaigns::service::published;
use crate::countries::{countries, country_name};
use crate::crypto::LinkPurpose;
use crate::db::now;
use crate::error::{AppError, AppResult};
use crate::events::ics::{self, calendar};
use crate::events::model::{EventId, EventInput, Kind, Status};
use crate::events::service;
use crate::events::store::{self, ActionDay, Event};
use crate::http::UrlLang;
use crate::http::form::FieldErrors;
use crate::http::page::{Page, html, html_status};
use crate::http::pager::{PAGE_SIZE, Pager};
use crate::http::session::{PublicForm, PublicUpload};
use crate::i18n::Lang;
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/c/{slug}/days/{day}", get(day_page))
        .route("/{lang}/c/{slug}/days/{day}/submit", get(submit_form).post(submit))
        .route("/{lang}/c/{slug}/days/{day}/submitted", get(submitted))
        .route("/{lang}/c/{slug}/events/{event}", get(event_page))
        .route("/{lang}/events/confirm/{token}", get(confirm_page).post(confirm))
        .route("/{lang}/events/manage/{token}", get(manage_page))
        .route("/{lang}/events/manage/{token}/cancel", post(cancel))
        .route("/{lang}/events/manage/{token}/edit", get(edit_form).post(edit))
        .route("/{lang}/c/{slug}/events/{event}/attend", post(attend))
        .route("/{lang}/events/attend/{token}", get(rsvp_confirm_page).post(rsvp_confirm))
        .route("/{lang}/events/rsvp/{token}", get(rsvp_cancel_page).post(rsvp_cancel))
        .route("/c/{slug}/events/{file}", get(event_ics))
        .route("/c/{slug}/days/{file}", get(day_ics))
        .route("/event-photos/{file}", get(photo))
        .route("/report-photos/{file}", get(report_photo))
        .route("/{lang}/events/manage/{token}/report", post(save_report))
        .route("/{lang}/events/manage/{token}/write", post(write))
}

fn now_ms() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_millis() as i64).unwrap_or(0)
}

/// An event's times as its readers need them: in the event's own zone, named.
pub struct When {
    /// "date, from–to" as the reader's language writes it (its comma, its order).
    pub text: String,
    pub zone: String,
}

pub fn when(page: &Page, e: &Event) -> When {
    let tz = jiff::tz::TimeZone::get(&e.time_zone).unwrap_or(jiff::tz::TimeZone::UTC);
    let local = |t: i64| jiff::Timestamp::from_second(t).map(|ts| ts.to_zoned(tz.clone())).ok();
    let (s, en) = (local(e.starts_at), local(e.ends_at));
    let hm = |z: &Option<jiff::Zoned>| z.as_ref().map(|z| page.time_of_day(z.hour() as u8, z.minute() as u8)).unwrap_or_default();
    let date = s.as_ref().map(|z| page.civil_date(z.date())).unwrap_or_default();
    let (from, to) = (hm(&s), hm(&en));
    let text = page.state.i18n.tr(page.lang, "event-when-value", &[("date", crate::i18n::Arg::Str(&date)), ("from", crate::i18n::Arg::Str(&from)), ("to", crate::i18n::Arg::Str(&to))]);
    When { text, zone: e.time_zone.clone() }
}

#[derive(Deserialize, Default)]
struct DayQuery {
    country: Option<String>,
    page: Option<String>,
}

#[derive(Template)]
#[template(path = "events/day.html")]
struct DayTemplate {
    page: Page,
    campaign_slug: String,
    day: ActionDay,
    title: (String, Lang),
    body: (String, Lang),
    dates: String,
    countries: Vec<(String, String, i64)>,
    country: Option<String>,
    events: Vec<(Event, When)>,
    pager: Pager,
    total: i64,
    map: std::sync::Arc<Vec<crate::events::map::Point>>,
}

impl DayTemplate {
    fn land(&self) -> &'static str {
        crate::places::LAND_PATH
    }
    fn view_box(&self) -> String {
        format!("0 0 {} {}", crate::places::VIEW_BOX.0, crate::places::VIEW_BOX.1)
    }
    fn credit(&self) -> &'static str {
        crate::places::CREDIT
    }
    fn country(&self, code: &str) -> String {
        country_name(self.page.lang, code)
    }
}

/// How often a kept day page asks the database whether its data changed behind this process's
/// back (another process's write; this process's own writes clear the cache at once).
const DAY_VERSION_CHECK: std::time::Duration = std::time::Duration::from_secs(1);

async fn day_page(UrlLang(lang): UrlLang, State(state): State<AppState>, Path((_, slug, day)): Path<(String, String, String)>, Query(q): Query<DayQuery>) -> AppResult<Response> {
    // The key holds only what the page depends on, read the way the page reads it (an odd
    // `?page=` is page 1, a country is two capitals or none).
    let country_key = q.country.as_deref().filter(|c| c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase())).unwrap_or("");
    let key = format!("/{lang}/c/{slug}/days/{day}?{country_key}&{}", Pager::number(q.page.as_deref()));
    // Rendering the page reads every approved event of the day (10,000 take 30 ms): the page is
    // kept for as long as the version of the day's data is the same (`store::day_version`),
    // whatever the page cache's expiry. The version is read again after any write of this
    // process (each clears the cache) and at least every `DAY_VERSION_CHECK` (for other
    // processes' writes).
    let day_id = day.parse::<crate::events::model::ActionDayId>().map_err(|_| AppError::NotFound)?;
    let version = day_version(&state, day_id).await?;
    if let Some(body) = state.cache.get_kept(&key, version) {
        return Ok(crate::http::page::cached_html(body));
    }
    let _turn = state.cache.turn(&key).await;
    if let Some(body) = state.cache.get_kept(&key, version) {
        return Ok(crate::http::page::cached_html(body));
    }
    // Made from what the database holds now, at least as new as `version`.
    let body = axum::body::Bytes::from(day_html(&state, lang, &slug, &day, q, version).await?);
    state.cache.put_kept(key, version, body.clone());
    Ok(crate::http::page::cached_html(body))
}

/// The version of a day's data (`store::day_version`), as read since this process's last write
/// and less than `DAY_VERSION_CHECK` ago; one request reads it while the others wait. A 404 for
/// an unknown day.
async fn day_version(state: &AppState, day: crate::events::model::ActionDayId) -> AppResult<u64> {
    let key = format!("day-version:{day}");
    // Read before the version: a write after this moment makes the version read again.
    let generation = state.cache.generation();
    if let Some(v) = state.cache.version(&key, generation, DAY_VERSION_CHECK) {
        return Ok(v);
    }
    let _turn = state.cache.turn(&key).await;
    if let Some(v) = state.cache.version(&key, generation, DAY_VERSION_CHECK) {
        return Ok(v);
    }
    let v = store::day_version(&state.db, day).await?.ok_or(AppError::NotFound)?;
    state.cache.put_version(key, generation, v);
    Ok(v)
}

/// What every page of a day shows alike: its approved events per country and the map's points.
/// Made once per version of the day's data (reading them takes most of a page's time), kept
/// like the pages.
#[derive(Clone)]
struct DayIndex {
    counts: std::sync::Arc<Vec<(String, i64)>>,
    map: std::sync::Arc<Vec<crate::events::map::Point>>,
}

async fn day_index(state: &AppState, day: crate::events::model::ActionDayId, version: u64) -> AppResult<DayIndex> {
    let key = format!("day-index:{day}");
    if let Some(index) = state.cache.get_kept_object::<DayIndex>(&key, version) {
        return Ok(index);
    }
    let counts = store::countries(&state.db, day).await?;
    let map = crate::events::map::points(&store::points(&state.db, day).await?);
    let index = DayIndex { counts: std::sync::Arc::new(counts), map: std::sync::Arc::new(map) };
    state.cache.put_kept_object(key, version, index.clone());
    Ok(index)
}

/// The page, made after the day's data was read at `version`.
async fn day_html(state: &AppState, lang: Lang, slug: &str, day: &str, q: DayQuery, version: u64) -> AppResult<String> {
    let state = state.clone();
    let campaign = published(&state, slug).await?;
    let day = service::public_day(&state, &campaign, day).await?;
    let DayIndex { counts, map } = day_index(&state, day.id, version).await?;
    let country = q.country.filter(|c| counts.iter().any(|(code, _)| code == c));
    let total_all: i64 = counts.iter().map(|(_, n)| n).sum();
    let total = match &country {
        Some(c) => counts.iter().find(|(code, _)| code == c).map(|(_, n)| *n).unwrap_or(0),
        None => total_all,
    };
    let pager = Pager::new(Pager::number(q.page.as_deref()), total);
    let mut page = Page::new(&state, lang, format!("/c/{}/days/{}", campaign.slug, day.id), day.title(lang, campaign.default_lang).0);
    if let Some(c) = &country {
        page.query = format!("country={c}&");
    }
    let events = store::public_events(&state.db, day.id, country.as_deref(), PAGE_SIZE, pager.offset()).await?.into_iter().map(|e| {
        let w = when(&page, &e);
        (e, w)
    }).collect();
    // In the reader's alphabetical order (the country list is collated per language).
    let countries: Vec<(String, String, i64)> = crate::countries::countries()
        .list(lang)
        .iter()
        .filter_map(|(code, name)| counts.iter().find(|(c, _)| c == code).map(|(_, n)| (name.clone(), code.clone(), *n)))
        .collect();
    let dates = if day.first_day == day.last_day { page.civil_date(day.first_day) } else { format!("{} – {}", page.civil_date(day.first_day), page.civil_date(day.last_day)) };
    crate::http::page::render(&DayTemplate {
        title: day.title(lang, campaign.default_lang),
        body: day.body(lang, campaign.default_lang),
        page,
        campaign_slug: campaign.slug.clone(),
        day,
        dates,
        countries,
        country,
        events,
        pager,
        total: total_all,
        map,
    })
}

fn form_name(day: &ActionDay) -> String {
    format!("event:{}", day.id)
}

#[derive(Template)]
#[template(path = "events/submit.html")]
struct SubmitTemplate {
    page: Page,
    campaign_slug: String,
    day: ActionDay,
    title: (String, Lang),
    input: EventInput,
    errors: FieldErrors,
    form_error: Option<String>,
    choices: Vec<(u32, String)>,
    token: String,
    country_list: &'static [(String, String)],
    kinds: [Kind; 6],
    first: String,
    last: String,
    /// Editing an event from its management link: where the form goes.
    edit_action: Option<String>,
    /// An approved event: only its practical details change (time, place, places); its title
    /// and text were what the moderators approved.
    details_only: bool,
}

impl SubmitTemplate {
    /// A typed date and time shown back only when it is one (see the day form).
    fn local_value<'a>(&self, typed: &'a str) -> &'a str {
        if typed.parse::<jiff::civil::DateTime>().is_ok() && typed.len() <= 19 { typed } else { "" }
    }

    fn selected(&self, code: &str) -> bool {
        self.input.country.eq_ignore_ascii_case(code)
    }
    fn speaks(&self, lang: &Lang) -> bool {
        self.input.languages.iter().any(|l| l == lang.code())
    }
}

#[allow(clippy::too_many_arguments)]
fn submit_template(state: &AppState, lang: Lang, campaign: &Campaign, day: ActionDay, input: EventInput, errors: FieldErrors, form_error: Option<String>, choices: Vec<(u32, String)>) -> SubmitTemplate {
    let mut page = Page::new(state, lang, format!("/c/{}/days/{}/submit", campaign.slug, day.id), state.i18n.tr(lang, "event-submit-title", &[]));
    page.refused = !errors.is_empty() || form_error.is_some();
    SubmitTemplate {
        title: day.title(lang, campaign.default_lang),
        token: state.form_tokens.issue(&form_name(&day), now_ms()),
        first: format!("{}T00:00", day.first_day),
        last: format!("{}T23:59", day.last_day),
        page,
        campaign_slug: campaign.slug.clone(),
        day,
        input,
        errors,
        form_error,
        choices,
        country_list: countries().list(lang),
        kinds: Kind::ALL,
        edit_action: None,
        details_only: false,
    }
}

async fn submit_form(UrlLang(lang): UrlLang, State(state): State<AppState>, Path((_, slug, day)): Path<(String, String, String)>) -> AppResult<Response> {
    let campaign = published(&state, &slug).await?;
    let day = service::public_day(&state, &campaign, &day).await?;
    let input = EventInput { languages: vec![lang.code().to_string()], ..Default::default() };
    let mut res = html(&submit_template(&state, lang, &campaign, day, input, FieldErrors::default(), None, Vec::new()))?;
    res.headers_mut().insert(header::CACHE_CONTROL, "no-store".parse().expect("static header"));
    Ok(res)
}

async fn submit(
    UrlLang(lang): UrlLang,
    State(state): State<AppState>,
    Path((_, slug, day)): Path<(String, String, String)>,
    headers: HeaderMap,
    upload: PublicUpload,
) -> AppResult<Response> {
    if state.keys_stale.load(std::sync::atomic::Ordering::Relaxed) {
        return Err(AppError::Unavailable);
    }
    let campaign = published(&state, &slug).await?;
    let day = service::public_day(&state, &campaign, &day).await?;
    let field = |name: &str| upload.fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str()).unwrap_or("");
    let done = Redirect::to(&format!("/{lang}/c/{}/days/{}/submitted", campaign.slug, day.id)).into_response();
    if !field("leave_empty").is_empty() {
        return Ok(done);
    }
    let input = EventInput::from_pairs(&upload.fields);
    if upload.limited {
        let t = submit_template(&state, lang, &campaign, day, input, FieldErrors::default(), Some(state.i18n.tr(lang, "form-error-rate", &[])), Vec::new());
        return html_status(StatusCode::TOO_MANY_REQUESTS, &t);
    }
    let token_hash = match state.form_tokens.check(&form_name(&day), field("form_token"), now_ms()) {
        Ok(hash) => hash,
        Err(e) => {
            let t = submit_template(&state, lang, &campaign, day, input, FieldErrors::default(), Some(state.i18n.tr(lang, e.message_id(), &[])), Vec::new());
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &t);
        }
    };
    let token_expires = now() + state.form_tokens.max_age_ms / 1000 + 60;
    // A signed-in organisation's staff member is a trusted host.
    let host = crate::http::session::current_staff(&state, &headers).await?;
    let photo = upload.files.into_iter().find(|(k, _)| k == "photo").map(|(_, b)| b);
    match service::submit(&state, &day, lang, &input, photo, host.as_ref(), (&token_hash, token_expires)).await? {
        Ok(_) => Ok(done),
        Err(refused) => {
            let errors = FieldErrors::translated(&refused.errors, &state.i18n, lang);
            let t = submit_template(&state, lang, &campaign, day, input, errors, None, refused.choices);
            html_status(StatusCode::UNPROCESSABLE_ENTITY, &t)
        }
    }
}

#[derive(Template)]
#[template(path = "events/submitted.html")]
struct SubmittedTemplate {
    page: Page,
    back: String,
}

async fn submitted(UrlLang(lang): UrlLang, State(state): State<AppState>, Path((_, slug, day)): Path<(String, String, String)>) -> AppResult<Response> {
    let campaign = published(&state, &slug).await?;
    let day = service::public_day(&state, &campaign, &day).await?;
    let page = Page::new(&state, lang, format!("/c/{}/days/{}/submitted", campaign.slug, day.id), state.i18n.tr(lang, "event-submitted-title", &[]));
    html(&SubmittedTemplate { page, back: format!("/{lang}/c/{}/days/{}", campaign.slug, day.id) })
}

#[derive(Template)]
#[template(path = "events/event.html")]
struct EventTemplate {
    page: Page,
    campaign_slug: String,
    event: Event,
    when: When,
    day_title: (String, Lang),
    place: String,
    address: Option<String>,
    /// The answer form, while the event is ahead and approved.
    open: bool,
    attending: i64,
    token: String,
    lead_org: Option<(String, Lang)>,
    /// The partner whose page brought the reader: (name, referral code).
    partner: Option<(String, String)>,
    /// What was typed and ticked (kept when refused).
    typed: service::AttendInput,
    errors: FieldErrors,
    notice: Option<String>,
    report: Option<store::Report>,
    photos: Vec<store::PhotoRef>,
}

/// An approved event of a published campaign.
async fn public_event(state: &AppState, slug: &str, event: &str) -> AppResult<(Campaign, ActionDay, Event)> {
    let campaign = published(state, slug).await?;
    let id = event.parse::<EventId>().map_err(|_| AppError::NotFound)?;
    let event = store::event(&state.db, id).await?.filter(|e| e.status == Status::Approved || e.status == Status::Cancelled).ok_or(AppError::NotFound)?;
    let day = store::day(&state.db, event.day_id).await?.filter(|d| d.campaign_id == campaign.id).ok_or(AppError::NotFound)?;
    Ok((campaign, day, event))
}

fn attend_form(event: &Event) -> String {
    format!("attend:{}", event.id)
}

#[allow(clippy::too_many_arguments)]
async fn event_template(state: &AppState, lang: Lang, campaign: &Campaign, day: &ActionDay, event: Event, typed: service::AttendInput, errors: FieldErrors, notice: Option<String>) -> AppResult<EventTemplate> {
    let partner = crate::organisations::service::partner_of(state, campaign, Some(&typed.via)).await?.map(|o| (o.name, o.referral));
    let mut page = Page::new(state, lang, format!("/c/{}/events/{}", campaign.slug, event.id), event.title.clone());
    page.refused = !errors.is_empty();
    let when = when(&page, &event);
    let address = if event.address_public == 1 { store::address(&state.db, &state.keys.fields, event.id).await? } else { None };
    let place = if event.city.is_empty() { country_name(lang, &event.country) } else { format!("{}, {}", event.city, country_name(lang, &event.country)) };
    let (attending, _) = store::rsvp_counts(&state.db, event.id).await?;
    // A report and its photos show once a moderator has published them.
    let report = store::public_report(&state.db, event.id).await?;
    Ok(EventTemplate {
        page,
        campaign_slug: campaign.slug.clone(),
        day_title: day.title(lang, campaign.default_lang),
        when,
        place,
        address,
        open: event.status == Status::Approved && event.starts_at > now(),
        attending,
        token: state.form_tokens.issue(&attend_form(&event), now_ms()),
        lead_org: crate::campaigns::view::lead_org(state, campaign, lang).await?,
        partner,
        typed,
        errors,
        notice,
        photos: if report.is_some() { store::report_photos(&state.db, event.id).await? } else { Vec::new() },
        report,
        event,
    })
}

#[derive(Deserialize, Default)]
struct EventQuery {
    answered: Option<String>,
    /// A partner page's referral code.
    via: Option<String>,
}

async fn event_page(UrlLang(lang): UrlLang, State(state): State<AppState>, Path((_, slug, event)): Path<(String, String, String)>, Query(q): Query<EventQuery>) -> AppResult<Response> {
    let (campaign, day, event) = public_event(&state, &slug, &event).await?;
    let notice = q.answered.is_some().then(|| state.i18n.tr(lang, "rsvp-check-mail", &[]));
    let typed = service::AttendInput { via: q.via.unwrap_or_default(), ..Default::default() };
    let t = event_template(&state, lang, &campaign, &day, event, typed, FieldErrors::default(), notice).await?;
    let mut res = html(&t)?;
    res.headers_mut().insert(header::CACHE_CONTROL, "no-store".parse().expect("static header"));
    Ok(res)
}

/// "I'll be there": name, email and the consent box; confirmed from the mail.
async fn attend(
    UrlLang(lang): UrlLang,
    State(state): State<AppState>,
    Path((_, slug, event)): Path<(String, String, String)>,
    extensions: axum::http::Extensions,
    headers: HeaderMap,
    PublicForm(pairs): PublicForm,
) -> AppResult<Response> {
    if state.keys_stale.load(std::sync::atomic::Ordering::Relaxed) {
        return Err(AppError::Unavailable);
    }
    let (campaign, day, event) = public_event(&state, &slug, &event).await?;
    let field = |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.chars().take(1_000).collect::<String>()).unwrap_or_default();
    let typed = service::AttendInput {
        name: field("name"),
        email: field("email"),
        consent: pairs.iter().any(|(k, v)| k == "consent" && v == "yes"),
        via: field("via").chars().take(40).collect(),
        consent_partner: pairs.iter().any(|(k, v)| k == "consent_partner" && v == "yes"),
    };
    let page_url = format!("/{lang}/c/{}/events/{}", campaign.slug, event.id);
    let back = if crate::organisations::model::is_referral(typed.via.trim()) { format!("&via={}", typed.via.trim()) } else { String::new() };
    let sent = Redirect::to(&format!("{page_url}?answered=1{back}")).into_response();
    if !field("leave_empty").is_empty() {
        return Ok(sent);
    }
    if let Some(limiter) = &state.limiter
        && !limiter.allows(&state.cfg, &headers, &extensions, now())
    {
        let errors: FieldErrors = vec![("name", state.i18n.tr(lang, "form-error-rate", &[]))].into();
        return html_status(StatusCode::TOO_MANY_REQUESTS, &event_template(&state, lang, &campaign, &day, event, typed, errors, None).await?);
    }
    let token_hash = match state.form_tokens.check(&attend_form(&event), &field("form_token"), now_ms()) {
        Ok(h) => h,
        Err(e) => {
            let errors: FieldErrors = vec![("name", state.i18n.tr(lang, e.message_id(), &[]))].into();
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &event_template(&state, lang, &campaign, &day, event, typed, errors, None).await?);
        }
    };
    let token_expires = now() + state.form_tokens.max_age_ms / 1000 + 60;
    match service::attend(&state, &campaign, &event, lang, &typed, (&token_hash, token_expires)).await? {
        Ok(()) => Ok(sent),
        Err(e) => {
            let errors = FieldErrors::translated(&e, &state.i18n, lang);
            html_status(StatusCode::UNPROCESSABLE_ENTITY, &event_template(&state, lang, &campaign, &day, event, typed, errors, None).await?)
        }
    }
}

#[derive(Template)]
#[template(path = "events/rsvp.html")]
struct RsvpTemplate {
    page: Page,
    title: Option<String>,
    /// What the page offers: "confirm" or "cancel"; empty: nothing (the link finds nothing to do).
    offer: &'static str,
    message: Option<String>,
    action: String,
    /// What confirming records besides the answer: (lead box, partner's name).
    consents: (bool, Option<String>),
}

async fn rsvp_page(state: &AppState, lang: Lang, token: &str, purpose: LinkPurpose, message: Option<String>) -> AppResult<Response> {
    let found = service::linked_rsvp(state, purpose, token).await?;
    let (path, title_id) = match purpose {
        LinkPurpose::RsvpConfirm => (format!("/events/attend/{token}"), "rsvp-confirm-title"),
        _ => (format!("/events/rsvp/{token}"), "rsvp-cancel-title"),
    };
    let page = Page::new(state, lang, path.clone(), state.i18n.tr(lang, title_id, &[]));
    let action = format!("/{lang}{path}");
    let Some((r, event)) = found else {
        return html_status(StatusCode::NOT_FOUND, &RsvpTemplate { page, title: None, offer: "", message, action, consents: (false, None) });
    };
    use crate::events::model::RsvpStatus;
    let offer = match (purpose, r.status) {
        (LinkPurpose::RsvpConfirm, RsvpStatus::Pending) if event.status == Status::Approved => "confirm",
        (LinkPurpose::RsvpCancel, RsvpStatus::Pending | RsvpStatus::Attending | RsvpStatus::Waiting) => "cancel",
        _ => "",
    };
    let message = message.or_else(|| {
        (offer.is_empty()).then(|| {
            state.i18n.tr(lang, match r.status {
                RsvpStatus::Attending => "rsvp-now-attending",
                RsvpStatus::Waiting => "rsvp-now-waiting",
                RsvpStatus::Cancelled => "rsvp-now-cancelled",
                RsvpStatus::Pending => "event-cancelled",
            }, &[])
        })
    });
    let consents = crate::organisations::service::consents_shown(state, r.consent_lead == 1, r.via_org.filter(|_| r.consent_partner == 1)).await?;
    html(&RsvpTemplate { page, title: Some(event.title), offer, message, action, consents })
}

async fn rsvp_confirm_page(UrlLang(lang): UrlLang, State(state): State<AppState>, Path((_, token)): Path<(String, String)>) -> AppResult<Response> {
    rsvp_page(&state, lang, &token, LinkPurpose::RsvpConfirm, None).await
}

async fn rsvp_confirm(UrlLang(lang): UrlLang, State(state): State<AppState>, Path((_, token)): Path<(String, String)>, _form: PublicForm) -> AppResult<Response> {
    if let Some((r, event)) = service::linked_rsvp(&state, LinkPurpose::RsvpConfirm, &token).await? {
        service::confirm_rsvp(&state, &r, &event).await?;
    }
    rsvp_page(&state, lang, &token, LinkPurpose::RsvpConfirm, None).await
}

async fn rsvp_cancel_page(UrlLang(lang): UrlLang, State(state): State<AppState>, Path((_, token)): Path<(String, String)>) -> AppResult<Response> {
    rsvp_page(&state, lang, &token, LinkPurpose::RsvpCancel, None).await
}

async fn rsvp_cancel(UrlLang(lang): UrlLang, State(state): State<AppState>, Path((_, token)): Path<(String, String)>, _form: PublicForm) -> AppResult<Response> {
    if let Some((r, event)) = service::linked_rsvp(&state, LinkPurpose::RsvpCancel, &token).await? {
        service::cancel_rsvp(&state, &r, &event).await?;
    }
    rsvp_page(&state, lang, &token, LinkPurpose::RsvpCancel, None).await
}

fn ics_response(name: &str, body: String) -> Response {
    let mut res = body.into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, "text/calendar; charset=utf-8".parse().expect("static header"));
    h.insert(header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"").parse().expect("an ascii file name"));
    res
}

/// `/c/{slug}/events/{id}.ics`: one event's "add to calendar" file.
async fn event_ics(State(state): State<AppState>, Path((slug, file)): Path<(String, String)>) -> AppResult<Response> {
    let id = file.strip_suffix(".ics").ok_or(AppError::NotFound)?;
    let (campaign, _, event) = public_event(&state, &slug, id).await?;
    let address = if event.address_public == 1 { store::address(&state.db, &state.keys.fields, event.id).await? } else { None };
    let body = calendar(&event.title, &[ics::event(&state.cfg.base_url, event.lang, &campaign.slug, &event, address)]);
    Ok(ics_response(&format!("event-{}.ics", event.id), body))
}

/// `/c/{slug}/days/{day}.ics` and `/c/{slug}/days/{day}-{COUNTRY}.ics`: feeds of a day of
/// action's events, all or one country's.
async fn day_ics(State(state): State<AppState>, Path((slug, file)): Path<(String, String)>) -> AppResult<Response> {
    let stem = file.strip_suffix(".ics").ok_or(AppError::NotFound)?;
    let (day, country) = match stem.split_once('-') {
        Some((d, c)) if c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase()) => (d, Some(c)),
        Some(_) => return Err(AppError::NotFound),
        None => (stem, None),
    };
    let campaign = published(&state, &slug).await?;
    let day = service::public_day(&state, &campaign, day).await?;
    let mut events = Vec::new();
    let mut offset = 0;
    loop {
        let page = store::public_events(&state.db, day.id, country, 500, offset).await?;
        let n = page.len() as i64;
        for e in &page {
            let address = if e.address_public == 1 { store::address(&state.db, &state.keys.fields, e.id).await? } else { None };
            events.push(ics::event(&state.cfg.base_url, campaign.default_lang, &campaign.slug, e, address));
        }
        if n < 500 || events.len() >= 20_000 {
            break;
        }
        offset += n;
    }
    let (title, _) = day.title(campaign.default_lang, campaign.default_lang);
    Ok(ics_response(&format!("{stem}.ics"), calendar(&title, &events)))
}

/// A report's photo (re-encoded when it was uploaded), of an approved event.
async fn report_photo(State(state): State<AppState>, Path(file): Path<String>) -> AppResult<Response> {
    let id = file.strip_suffix(".jpg").and_then(|n| n.parse::<i64>().ok().filter(|i| i.to_string() == n)).ok_or(AppError::NotFound)?;
    let jpeg = store::report_photo(&state.db, id).await?.ok_or(AppError::NotFound)?;
    let mut res = jpeg.into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, "image/jpeg".parse().expect("static header"));
    // Revalidated every time: a photo a moderator takes down (a face) must not live on in a
    // shared cache.
    h.insert(header::CACHE_CONTROL, "no-cache".parse().expect("static header"));
    Ok(res)
}

/// An approved event's photo (re-encoded when it was uploaded).
async fn photo(State(state): State<AppState>, Path(file): Path<String>) -> AppResult<Response> {
    let id = file.strip_suffix(".jpg").and_then(|n| n.parse::<EventId>().ok()).ok_or(AppError::NotFound)?;
    let jpeg = store::photo(&state.db, id).await?.ok_or(AppError::NotFound)?;
    let mut res = jpeg.into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, "image/jpeg".parse().expect("static header"));
    h.insert(header::CACHE_CONTROL, "no-cache".parse().expect("static header"));
    Ok(res)
}

#[derive(Template)]
#[template(path = "events/confirm.html")]
struct ConfirmTemplate {
    page: Page,
    title: Option<String>,
    done: bool,
    action: String,
}

async fn confirm_page(UrlLang(lang): UrlLang, State(state): State<AppState>, Path((_, token)): Path<(String, String)>) -> AppResult<Response> {
    let event = service::linked(&state, LinkPurpose::EventConfirm, &token).await?;
    let page = Page::new(&state, lang, format!("/events/confirm/{token}"), state.i18n.tr(lang, "event-confirm-title", &[]));
    let waiting = event.as_ref().filter(|e| e.status == Status::Unconfirmed).map(|e| e.title.clone());
    let done = event.as_ref().is_some_and(|e| e.status != Status::Unconfirmed);
    let status = if event.is_none() { StatusCode::NOT_FOUND } else { StatusCode::OK };
    html_status(status, &ConfirmTemplate { page, title: waiting, done, action: format!("/{lang}/events/confirm/{token}") })
}

async fn confirm(UrlLang(lang): UrlLang, State(state): State<AppState>, Path((_, token)): Path<(String, String)>, _form: PublicForm) -> AppResult<Response> {
    if let Some(event) = service::linked(&state, LinkPurpose::EventConfirm, &token).await? {
        service::confirm(&state, &event).await?;
    }
    confirm_page(UrlLang(lang), State(state), Path((lang.code().to_string(), token))).await
}

#[derive(Template)]
#[template(path = "events/manage.html")]
struct ManageTemplate {
    page: Page,
    event: Event,
    when: When,
    token: String,
    public_url: Option<String>,
    /// Who comes: (name, email, waiting).
    attendees: Vec<(Option<String>, String, bool)>,
    editable: bool,
    /// The report form, once the event has begun: what was saved, or typed and refused.
    can_report: bool,
    attended: String,
    report_text: String,
    /// Where the saved report stands (it shows publicly once published).
    report_status: Option<crate::events::model::ReportStatus>,
    photos: usize,
    /// The message to the people coming, as typed (kept when refused).
    message: String,
    /// How many have a place (who a message goes to).
    attending: usize,
    errors: FieldErrors,
    notice: Option<String>,
}

#[derive(Deserialize, Default)]
struct ManageQuery {
    reported: Option<String>,
    edited: Option<String>,
    written: Option<u32>,
}

async fn manage_page(UrlLang(lang): UrlLang, State(state): State<AppState>, Path((_, token)): Path<(String, String)>, Query(q): Query<ManageQuery>) -> AppResult<Response> {
    let notice = if q.reported.is_some() {
        Some(state.i18n.tr(lang, "report-saved", &[]))
    } else if let Some(n) = q.written {
        Some(state.i18n.tr(lang, "event-message-sent", &[("count", crate::i18n::Arg::Count(i64::from(n)))]))
    } else {
        q.edited.is_some().then(|| state.i18n.tr(lang, "event-edited", &[]))
    };
    manage(&state, lang, token, None, String::new(), FieldErrors::default(), notice).await
}

#[allow(clippy::too_many_arguments)]
async fn manage(state: &AppState, lang: Lang, token: String, typed: Option<(String, String)>, message: String, errors: FieldErrors, notice: Option<String>) -> AppResult<Response> {
    let event = service::linked(state, LinkPurpose::EventManage, &token).await?.ok_or(AppError::NotFound)?;
    let day = store::day(&state.db, event.day_id).await?.ok_or(AppError::NotFound)?;
    let campaign = crate::campaigns::store::find_by_id(&state.db, day.campaign_id).await?.ok_or(AppError::NotFound)?;
    let mut page = Page::new(state, lang, format!("/events/manage/{token}"), state.i18n.tr(lang, "event-manage-title", &[]));
    page.title = format!("{} · {}", page.title, event.title);
    page.refused = !errors.is_empty();
    let when = when(&page, &event);
    let public_url = (event.status == Status::Approved).then(|| format!("/{lang}/c/{}/events/{}", campaign.slug, event.id));
    // The organiser sees who comes to their own event while it stands (not once rejected or
    // cancelled), by the name each typed: never an address (they write through the campaign).
    let attendees = if event.status == Status::Approved { store::attendees(&state.db, &state.keys.fields, event.id).await? } else { Vec::new() };
    let attending = attendees.iter().filter(|(_, _, waiting)| !waiting).count();
    let can_report = event.status == Status::Approved && event.starts_at <= now();
    let saved = store::report(&state.db, event.id).await?;
    let report_status = saved.as_ref().map(|(_, s)| *s);
    let (attended, report_text) = typed.unwrap_or_else(|| saved.map(|(r, _)| (r.attended.to_string(), r.text_md)).unwrap_or_default());
    let photos = store::report_photos(&state.db, event.id).await?.len();
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let mut res = html_status(status, &ManageTemplate { page, editable: service::editable(&event), event, when, token, public_url, attendees, can_report, attended, report_text, report_status, photos, message, attending, errors, notice })?;
    res.headers_mut().insert(header::CACHE_CONTROL, "no-store".parse().expect("static header"));
    Ok(res)
}

/// The organiser's report (a form with photos).
async fn save_report(UrlLang(lang): UrlLang, State(state): State<AppState>, Path((_, token)): Path<(String, String)>, upload: PublicUpload) -> AppResult<Response> {
    let event = service::linked(&state, LinkPurpose::EventManage, &token).await?.ok_or(AppError::NotFound)?;
    let field = |name: &str| upload.fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.chars().take(10_000).collect::<String>()).unwrap_or_default();
    let (attended, text) = (field("attended"), field("text"));
    if upload.limited {
        let errors: FieldErrors = vec![("attended", state.i18n.tr(lang, "form-error-rate", &[]))].into();
        return manage(&state, lang, token, Some((attended, text)), String::new(), errors, None).await;
    }
    let photos = upload.files.into_iter().filter(|(k, _)| k == "photos").map(|(_, b)| b).collect();
    match service::report(&state, &event, &attended, &text, photos).await? {
        Ok(()) => Ok(Redirect::to(&format!("/{lang}/events/manage/{token}?reported=1")).into_response()),
        Err(e) => {
            let errors = FieldErrors::translated(&e, &state.i18n, lang);
            manage(&state, lang, token, Some((attended, text)), String::new(), errors, None).await
        }
    }
}

/// The organiser writes to the people who have a place.
async fn write(UrlLang(lang): UrlLang, State(state): State<AppState>, Path((_, token)): Path<(String, String)>, form: PublicForm) -> AppResult<Response> {
    let event = service::linked(&state, LinkPurpose::EventManage, &token).await?.ok_or(AppError::NotFound)?;
    let text = form.0.iter().find(|(k, _)| k == "message").map(|(_, v)| v.chars().take(10_000).collect::<String>()).unwrap_or_default();
    match service::write_to_attendees(&state, &event, &text).await? {
        Ok(n) => Ok(Redirect::to(&format!("/{lang}/events/manage/{token}?written={n}")).into_response()),
        Err(e) => {
            let errors = FieldErrors::translated(&e, &state.i18n, lang);
            manage(&state, lang, token, None, text, errors, None).await
        }
    }
}

/// The event's form filled with what is stored, for its organiser.
async fn stored_input(state: &AppState, event: &Event) -> AppResult<EventInput> {
    let tz = jiff::tz::TimeZone::get(&event.time_zone).unwrap_or(jiff::tz::TimeZone::UTC);
    let local = |t: i64| jiff::Timestamp::from_second(t).map(|ts| ts.to_zoned(tz.clone()).strftime("%Y-%m-%dT%H:%M").to_string()).unwrap_or_default();
    let (name, email) = store::organiser(&state.db, &state.keys.fields, event.id).await?.map(|(n, e)| (n, e.as_str().to_string())).unwrap_or_default();
    let description: (String,) = sqlx::query_as("SELECT description_md FROM events WHERE id = $1").bind(event.id).fetch_one(&state.db.pool).await.map_err(anyhow::Error::from)?;
    let city_id: (Option<i64>,) = sqlx::query_as("SELECT city_id FROM events WHERE id = $1").bind(event.id).fetch_one(&state.db.pool).await.map_err(anyhow::Error::from)?;
    Ok(EventInput {
        title: event.title.clone(),
        description: description.0,
        languages: event.languages().iter().map(|l| l.code().to_string()).collect(),
        kind: event.kind.as_str().to_string(),
        starts: local(event.starts_at),
        ends: local(event.ends_at),
        time_zone: event.time_zone.clone(),
        country: event.country.clone(),
        city: event.city.clone(),
        city_id: city_id.0.map(|i| i.to_string()).unwrap_or_default(),
        address: store::address(&state.db, &state.keys.fields, event.id).await?.unwrap_or_default(),
        address_public: event.address_public == 1,
        capacity: event.capacity.map(|c| c.to_string()).unwrap_or_default(),
        accessibility: event.accessibility.clone(),
        organiser_name: name,
        organiser_email: email,
    })
}

async fn edit_template(state: &AppState, lang: Lang, token: &str, event: &Event, input: EventInput, errors: FieldErrors, choices: Vec<(u32, String)>) -> AppResult<SubmitTemplate> {
    let day = store::day(&state.db, event.day_id).await?.ok_or(AppError::NotFound)?;
    let campaign = crate::campaigns::store::find_by_id(&state.db, day.campaign_id).await?.ok_or(AppError::NotFound)?;
    let mut t = submit_template(state, lang, &campaign, day, input, errors, None, choices);
    t.page.path_rest = format!("/events/manage/{token}/edit");
    t.page.title = state.i18n.tr(lang, "event-edit-title", &[]);
    t.edit_action = Some(format!("/{lang}/events/manage/{token}/edit"));
    t.details_only = event.status == Status::Approved;
    Ok(t)
}

async fn edit_form(UrlLang(lang): UrlLang, State(state): State<AppState>, Path((_, token)): Path<(String, String)>) -> AppResult<Response> {
    let event = service::linked(&state, LinkPurpose::EventManage, &token).await?.ok_or(AppError::NotFound)?;
    if !service::editable(&event) {
        return Ok(Redirect::to(&format!("/{lang}/events/manage/{token}")).into_response());
    }
    let input = stored_input(&state, &event).await?;
    let mut res = html(&edit_template(&state, lang, &token, &event, input, FieldErrors::default(), Vec::new()).await?)?;
    res.headers_mut().insert(header::CACHE_CONTROL, "no-store".parse().expect("static header"));
    Ok(res)
}

async fn edit(UrlLang(lang): UrlLang, State(state): State<AppState>, Path((_, token)): Path<(String, String)>, upload: PublicUpload) -> AppResult<Response> {
    let event = service::linked(&state, LinkPurpose::EventManage, &token).await?.ok_or(AppError::NotFound)?;
    if !service::editable(&event) {
        return Ok(Redirect::to(&format!("/{lang}/events/manage/{token}")).into_response());
    }
    let mut input = EventInput::from_pairs(&upload.fields);
    // The organiser stays who they are; an approved event keeps what was approved.
    let stored = stored_input(&state, &event).await?;
    input.organiser_name = stored.organiser_name.clone();
    input.organiser_email = stored.organiser_email.clone();
    if event.status == Status::Approved {
        input.title = stored.title;
        input.description = stored.description;
        input.kind = stored.kind;
        input.languages = stored.languages;
        // Nor its place: an address approved as harmless must not become another one that
        // attendees are then sent to without a moderator seeing it.
        input.country = stored.country;
        input.city = stored.city;
        input.city_id = stored.city_id;
        input.address = stored.address;
        input.address_public = stored.address_public;
        // Accessibility is a practical detail: it changes, unless the form did not send it.
        if !upload.fields.iter().any(|(k, _)| k == "accessibility") {
            input.accessibility = stored.accessibility;
        }
    }
    if upload.limited {
        let errors: FieldErrors = vec![("title", state.i18n.tr(lang, "form-error-rate", &[]))].into();
        return html_status(StatusCode::TOO_MANY_REQUESTS, &edit_template(&state, lang, &token, &event, input, errors, Vec::new()).await?);
    }
    match service::edit(&state, &event, lang, &input).await? {
        Ok(()) => Ok(Redirect::to(&format!("/{lang}/events/manage/{token}?edited=1")).into_response()),
        Err(refused) => {
            let errors = FieldErrors::translated(&refused.errors, &state.i18n, lang);
            html_status(StatusCode::UNPROCESSABLE_ENTITY, &edit_template(&state, lang, &token, &event, input, errors, refused.choices).await?)
        }
    }
}

async fn cancel(UrlLang(lang): UrlLang, State(state): State<AppState>, Path((_, token)): Path<(String, String)>, form: PublicForm) -> AppResult<Response> {
    let event = service::linked(&state, LinkPurpose::EventManage, &token).await?.ok_or(AppError::NotFound)?;
    if !form.0.iter().any(|(k, v)| k == "sure" && v == "yes") {
        return Ok(Redirect::to(&format!("/{lang}/events/manage/{token}")).into_response());
    }
    service::cancel(&state, &event).await?;
    Ok(Redirect::to(&format!("/{lang}/events/manage/{token}")).into_response())
}
