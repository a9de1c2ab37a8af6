//! Call actions' pages. Public: an action (its script, whom to call with `tel:` links, a report
//! form per decision-maker, the tally) and a decision-maker's page (what was asked of them, how
//! many called). Coordinators: the list, an action's form, and raising an alert from a watch
//! item.

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use super::model::{AlertInput, CallId, CallInput, Outcome, Segment, Status};
use super::{service, store};
use crate::campaigns::model::Campaign;
use crate::campaigns::service::{StaffCampaign, published};
use crate::db::now;
use crate::error::{AppError, AppResult};
use crate::http::UrlLang;
use crate::http::form::FieldErrors;
use crate::http::page::{Page, html, html_status};
use crate::http::pager::{PAGE_SIZE, Pager};
use crate::http::session::{CsrfForm, PublicForm};
use crate::i18n::Lang;
use crate::staff::Staff;
use crate::state::AppState;
use crate::targets::model::TargetId;
use crate::targets::store::Target;
use crate::watch::model::WatchId;

pub fn routes() -> Router<AppState> {
    const BASE: &str = "/{lang}/staff/campaigns/{slug}/calls";
    Router::new()
        .route("/{lang}/c/{slug}/calls/{call}", get(public_call))
        .route("/{lang}/c/{slug}/calls/{call}/report", post(report))
        .route("/{lang}/c/{slug}/decision-makers/{target}", get(public_target))
        .route(BASE, get(staff_list).post(create))
        .route(&format!("{BASE}/new"), get(new_form))
        .route(&format!("{BASE}/{{call}}"), get(edit_form).post(update))
        .route("/{lang}/staff/campaigns/{slug}/watch/{item}/alert", get(alert_form).post(raise))
}

fn now_ms() -> i64 {
    jiff::Timestamp::now().as_millisecond()
}

fn report_form(call: CallId) -> String {
    format!("call-report:{call}")
}

/// The text of `lang`, else the campaign's main language, else any.
fn pick(texts: &[store::Text], lang: Lang, default: Lang) -> Option<store::Text> {
    texts.iter().find(|t| t.0 == lang).or_else(|| texts.iter().find(|t| t.0 == default)).or(texts.first()).cloned()
}

/// A decision-maker on an action's page: the public part, their numbers, and their tally.
pub struct ToCall {
    pub target: Target,
    pub phones: Vec<String>,
    /// Reports per outcome, in `Outcome::ALL` order.
    pub counts: [i64; 3],
}

#[derive(Template)]
#[template(path = "calls/action.html")]
struct CallTemplate {
    page: Page,
    slug: String,
    call: store::Call,
    text: store::Text,
    rows: Vec<ToCall>,
    pager: Pager,
    total: i64,
    by_country: Vec<(String, i64)>,
    countries: Vec<(String, String)>,
    /// The caller's country, said once at the top and carried by each report form.
    from: Option<String>,
    outcomes: [Outcome; 3],
    token: String,
    errors: FieldErrors,
    notice: Option<String>,
}

impl CallTemplate {
    fn country_name(&self, code: &str) -> String {
        crate::countries::country_name(self.page.lang, code)
    }
}

#[derive(Deserialize, Default)]
struct CallQuery {
    page: Option<String>,
    reported: Option<String>,
    from: Option<String>,
}

/// A country code the caller chose, if it is one.
fn caller_country(input: Option<&str>) -> Option<String> {
    let input = input.filter(|c| !c.is_empty())?;
    crate::countries::countries().parse(input).ok().map(|c| c.as_str().to_string())
}

#[allow(clippy::too_many_arguments)]
async fn call_page(state: &AppState, lang: Lang, campaign: &Campaign, call: store::Call, page_no: Option<&str>, from: Option<String>, errors: FieldErrors, notice: Option<String>) -> AppResult<Response> {
    let text = pick(&store::texts(&state.db, call.id).await?, lang, campaign.default_lang).ok_or(AppError::NotFound)?;
    let mut page = Page::new(state, lang, format!("/c/{}/calls/{}", campaign.slug, call.id), text.1.clone());
    page.refused = !errors.is_empty();
    // The pager's links keep the caller's country (a checked two-letter code: nothing to escape).
    if let Some(c) = &from {
        page.query = format!("from={c}&");
    }
    // Only decision-makers marked public are named, with their numbers.
    let targets: Vec<Target> = store::targets(&state.db, call.id).await?.into_iter().filter(|t| t.public == 1).collect();
    let pager = Pager::new(Pager::number(page_no), targets.len() as i64);
    let tally = store::tally(&state.db, call.id).await?;
    let total = tally.iter().filter(|(t, _, _)| targets.iter().any(|x| x.id == *t)).map(|(_, _, n)| n).sum();
    let mut rows = Vec::new();
    for target in targets.into_iter().skip(pager.offset() as usize).take(PAGE_SIZE as usize) {
        let (_, phones) = crate::targets::store::contacts(&state.db, &state.keys.fields, target.id).await?;
        let mut counts = [0; 3];
        for (t, o, n) in &tally {
            if *t == target.id {
                counts[Outcome::ALL.iter().position(|x| x == o).expect("known outcome")] += n;
            }
        }
        rows.push(ToCall { target, phones, counts });
    }
    let by_country = store::by_country(&state.db, call.id).await?.into_iter().filter_map(|(c, n)| c.map(|c| (c, n))).collect();
    let t = CallTemplate {
        page,
        slug: campaign.slug.clone(),
        token: state.form_tokens.issue(&report_form(call.id), now_ms()),
        call,
        text,
        rows,
        pager,
        total,
        by_country,
        countries: crate::countries::countries().list(lang).to_vec(),
        from,
        outcomes: Outcome::ALL,
        errors,
        notice,
    };
    let status = if t.errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let mut res = html_status(status, &t)?;
    // A form token in the page: never from a shared cache.
    res.headers_mut().insert(header::CACHE_CONTROL, "no-store".parse().expect("static header"));
    Ok(res)
}

async fn public_action(state: &AppState, slug: &str, call: &str) -> AppResult<(Campaign, store::Call)> {
    let campaign = published(state, slug).await?;
    let id: CallId = call.parse().map_err(|_| AppError::NotFound)?;
    let call = store::get(&state.db, campaign.id, id).await?.filter(|c| c.status != Status::Draft).ok_or(AppError::NotFound)?;
    Ok((campaign, call))
}

async fn public_call(UrlLang(lang): UrlLang, State(state): State<AppState>, Path((_, slug, call)): Path<(String, String, String)>, Query(q): Query<CallQuery>) -> AppResult<Response> {
    let (campaign, call) = public_action(&state, &slug, &call).await?;
    let notice = q.reported.is_some().then(|| state.i18n.tr(lang, "call-reported", &[]));
    call_page(&state, lang, &campaign, call, q.page.as_deref(), caller_country(q.from.as_deref()), FieldErrors::default(), notice).await
}

async fn report(
    UrlLang(lang): UrlLang,
    State(state): State<AppState>,
    Path((_, slug, call)): Path<(String, String, String)>,
    extensions: axum::http::Extensions,
    headers: axum::http::HeaderMap,
    PublicForm(pairs): PublicForm,
) -> AppResult<Response> {
    let (campaign, call) = public_action(&state, &slug, &call).await?;
    // Reports go through the per-address limit, as signatures do: a tally is worth faking.
    if let Some(limiter) = &state.limiter
        && !limiter.allows(&state.cfg, &headers, &extensions, now())
    {
        let errors: FieldErrors = vec![("outcome", state.i18n.tr(lang, "form-error-rate", &[]))].into();
        return call_page(&state, lang, &campaign, call, None, None, errors, None).await;
    }
    let field = |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.chars().take(100).collect::<String>()).unwrap_or_default();
    let from = caller_country(Some(&field("country")));
    let back = from.as_ref().map(|c| format!("&from={c}")).unwrap_or_default();
    let done = Redirect::to(&format!("/{lang}/c/{}/calls/{}?reported=1{back}", campaign.slug, call.id)).into_response();
    let token_hash = match state.form_tokens.check(&report_form(call.id), &field("form_token"), now_ms()) {
        Ok(h) => h,
        Err(e) => {
            let errors: FieldErrors = vec![("outcome", state.i18n.tr(lang, e.message_id(), &[]))].into();
            return call_page(&state, lang, &campaign, call, None, from, errors, None).await;
        }
    };
    // The spent token's expiry, rounded up to the hour: it too must not date the call.
    let expires = (now() + state.form_tokens.max_age_ms / 1000 + 60).div_euclid(3_600) * 3_600 + 3_600;
    match service::report(&state, &campaign, call.id, &field("target"), &field("outcome"), &field("country"), (&token_hash, expires)).await? {
        Ok(_) => Ok(done),
        Err(e) => {
            let errors = FieldErrors::translated(&e, &state.i18n, lang);
            call_page(&state, lang, &campaign, call, None, from, errors, None).await
        }
    }
}

#[derive(Template)]
#[template(path = "calls/target.html")]
struct TargetTemplate {
    page: Page,
    slug: String,
    target: Target,
    calls: i64,
    letters: i64,
    /// Open or closed actions aimed at them: (id, title, title's language).
    actions: Vec<(CallId, String, Lang)>,
    /// Letter actions writing to them: (id, subject, its language).
    letter_actions: Vec<(String, String, Lang)>,
    /// Watch list items naming them: (id, title, title's language).
    items: Vec<(WatchId, String, Lang)>,
}

impl TargetTemplate {
    fn country_name(&self, code: &str) -> String {
        crate::countries::country_name(self.page.lang, code)
    }
}

async fn public_target(UrlLang(lang): UrlLang, State(state): State<AppState>, Path((_, slug, target)): Path<(String, String, String)>) -> AppResult<Response> {
    let campaign = published(&state, &slug).await?;
    let id: TargetId = target.parse().map_err(|_| AppError::NotFound)?;
    let target = crate::targets::store::get(&state.db, campaign.id, id).await?.filter(|t| t.public == 1).ok_or(AppError::NotFound)?;
    let mut actions = Vec::new();
    for call in store::list(&state.db, campaign.id, false).await?.into_iter().filter(|c| c.status != Status::Draft) {
        if store::target_ids(&state.db, call.id).await?.contains(&target.id)
            && let Some(t) = pick(&store::texts(&state.db, call.id).await?, lang, campaign.default_lang)
        {
            actions.push((call.id, t.1, t.0));
        }
    }
    let ids: Vec<(WatchId,)> = sqlx::query_as("SELECT item_id FROM watch_people WHERE target_id = $1").bind(target.id).fetch_all(&state.db.pool).await.map_err(anyhow::Error::from)?;
    let ids: Vec<WatchId> = ids.into_iter().map(|(i,)| i).collect();
    let titles = crate::watch::store::titles(&state.db, &ids, lang, campaign.default_lang).await?;
    let items = ids.iter().filter_map(|i| titles.get(i).map(|(t, l)| (*i, t.clone(), *l))).collect();
    let page = Page::new(&state, lang, format!("/c/{}/decision-makers/{}", campaign.slug, target.id), target.name.clone());
    let calls = store::calls_to(&state.db, target.id).await?;
    let letters = crate::letters::store::delivered_to(&state.db, target.id).await?;
    let mut letter_actions = Vec::new();
    for a in crate::letters::store::actions_to(&state.db, target.id).await? {
        let texts = crate::letters::store::texts(&state.db, a).await?;
        if let Some(t) = texts.iter().find(|t| t.0 == lang).or_else(|| texts.iter().find(|t| t.0 == campaign.default_lang)).or(texts.first()) {
            letter_actions.push((a.to_string(), t.1.clone(), t.0));
        }
    }
    html(&TargetTemplate { page, slug: campaign.slug.clone(), target, calls, letters, actions, letter_actions, items })
}

#[derive(Template)]
#[template(path = "calls/staff_list.html")]
struct StaffListTemplate {
    page: Page,
    slug: String,
    /// (action, title, title's language, calls reported, seconds from raise to live).
    rows: Vec<(store::Call, String, Lang, i64, Option<i64>)>,
    notice: Option<String>,
}

#[derive(Deserialize, Default)]
struct SavedQuery {
    saved: Option<String>,
    live_in: Option<i64>,
}

async fn staff_list(State(state): State<AppState>, StaffCampaign { lang, staff, campaign }: StaffCampaign, Query(q): Query<SavedQuery>) -> AppResult<Response> {
    let mut rows = Vec::new();
    for call in store::list(&state.db, campaign.id, false).await? {
        let (title, l) = pick(&store::texts(&state.db, call.id).await?, lang, campaign.default_lang).map(|t| (t.1, t.0)).unwrap_or((String::new(), lang));
        let calls = store::tally(&state.db, call.id).await?.iter().map(|(_, _, n)| n).sum();
        let live_in = call.raised_at.zip(call.live_at).map(|(r, l)| (l - r).max(0));
        rows.push((call, title, l, calls, live_in));
    }
    let page = Page::staff(&state, lang, &staff, format!("/staff/campaigns/{}/calls", campaign.slug), "calls-title");
    let notice = match (q.saved.as_deref(), q.live_in) {
        (Some("alert"), Some(s)) => Some(state.i18n.tr(lang, "alert-live", &[("seconds", crate::i18n::Arg::Count(s))])),
        (Some(_), _) => Some(state.i18n.tr(lang, "call-saved", &[])),
        _ => None,
    };
    html(&StaffListTemplate { page, slug: campaign.slug.clone(), rows, notice })
}

#[derive(Template)]
#[template(path = "calls/form.html")]
struct FormTemplate {
    page: Page,
    slug: String,
    /// Where the form posts.
    action: String,
    /// The watch item an alert is raised from, and when the raise began.
    alert: Option<(WatchId, i64)>,
    input: CallInput,
    /// An alert's mailing, as typed.
    mailing: AlertInput,
    segments: [Segment; 3],
    statuses: [Status; 3],
    languages: Vec<Lang>,
    targets: Vec<Target>,
    errors: FieldErrors,
}

impl FormTemplate {
    fn field_name(&self, field: &str, lang: &Lang) -> String {
        format!("{field}_{}", lang.code())
    }

    fn text(&self, lang: &Lang, which: usize) -> String {
        self.input.texts.iter().find(|(l, _, _)| l == lang).map(|(_, t, s)| if which == 0 { t.clone() } else { s.clone() }).unwrap_or_default()
    }

    fn chosen(&self, t: &TargetId) -> bool {
        self.input.targets.contains(t)
    }

    fn country_name(&self, code: &str) -> String {
        crate::countries::country_name(self.page.lang, code)
    }

    fn message(&self, lang: &Lang) -> String {
        self.mailing.messages.iter().find(|(l, _)| l == lang).map(|(_, m)| m.clone()).unwrap_or_default()
    }
}

#[allow(clippy::too_many_arguments)]
async fn form_page(state: &AppState, lang: Lang, staff: &Staff, campaign: &Campaign, path: String, action: String, alert: Option<(WatchId, i64)>, input: CallInput, mailing: AlertInput, errors: FieldErrors) -> AppResult<Response> {
    let mut page = Page::staff(state, lang, staff, path, if alert.is_some() { "alert-title" } else { "call-form-title" });
    page.refused = !errors.is_empty();
    let targets = crate::targets::store::list(&state.db, campaign.id, &crate::targets::store::Filter::default(), 5_000, 0).await?;
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let t = FormTemplate { page, slug: campaign.slug.clone(), action, alert, input, mailing, segments: Segment::ALL, statuses: Status::ALL, languages: campaign.languages.clone(), targets, errors };
    html_status(status, &t)
}

async fn new_form(State(state): State<AppState>, StaffCampaign { lang, staff, campaign }: StaffCampaign) -> AppResult<Response> {
    let path = format!("/staff/campaigns/{}/calls/new", campaign.slug);
    let action = format!("/{lang}/staff/campaigns/{}/calls", campaign.slug);
    form_page(&state, lang, &staff, &campaign, path, action, None, CallInput::default(), AlertInput::default(), FieldErrors::default()).await
}

async fn load(state: &AppState, campaign: &Campaign, call: &str) -> AppResult<store::Call> {
    let id: CallId = call.parse().map_err(|_| AppError::NotFound)?;
    store::get(&state.db, campaign.id, id).await?.ok_or(AppError::NotFound)
}

async fn edit_form(State(state): State<AppState>, StaffCampaign { lang, staff, campaign }: StaffCampaign, Path((_, _, call)): Path<(String, String, String)>) -> AppResult<Response> {
    let call = load(&state, &campaign, &call).await?;
    let input = CallInput {
        status: call.status.as_str().into(),
        texts: store::texts(&state.db, call.id).await?.into_iter().map(|(l, t, s, _)| (l, t, s)).collect(),
        targets: store::target_ids(&state.db, call.id).await?,
    };
    let path = format!("/staff/campaigns/{}/calls/{}", campaign.slug, call.id);
    let action = format!("/{lang}{path}");
    form_page(&state, lang, &staff, &campaign, path, action, None, input, AlertInput::default(), FieldErrors::default()).await
}

fn typed(campaign: &Campaign, form: &CsrfForm) -> CallInput {
    let field = |name: &str, max: usize| form.get(name).chars().take(max).collect::<String>();
    CallInput {
        status: field("status", 20),
        texts: campaign.languages.iter().map(|l| (*l, field(&format!("title_{l}"), 1_000), field(&format!("script_{l}"), 10_000))).collect(),
        targets: form.all("targets").into_iter().filter_map(|t| t.parse().ok()).collect(),
    }
}

async fn create(State(state): State<AppState>, StaffCampaign { lang, staff, campaign }: StaffCampaign, form: CsrfForm) -> AppResult<Response> {
    let input = typed(&campaign, &form);
    match service::save(&state, &staff, &campaign, None, &input).await? {
        Ok(_) => Ok(Redirect::to(&format!("/{lang}/staff/campaigns/{}/calls?saved=1", campaign.slug)).into_response()),
        Err(e) => {
            let path = format!("/staff/campaigns/{}/calls/new", campaign.slug);
            let action = format!("/{lang}/staff/campaigns/{}/calls", campaign.slug);
            form_page(&state, lang, &staff, &campaign, path, action, None, input, AlertInput::default(), FieldErrors::translated(&e, &state.i18n, lang)).await
        }
    }
}

async fn update(State(state): State<AppState>, StaffCampaign { lang, staff, campaign }: StaffCampaign, Path((_, _, call)): Path<(String, String, String)>, form: CsrfForm) -> AppResult<Response> {
    let call = load(&state, &campaign, &call).await?;
    let input = typed(&campaign, &form);
    match service::save(&state, &staff, &campaign, Some(call.id), &input).await? {
        Ok(_) => Ok(Redirect::to(&format!("/{lang}/staff/campaigns/{}/calls?saved=1", campaign.slug)).into_response()),
        Err(e) => {
            let path = format!("/staff/campaigns/{}/calls/{}", campaign.slug, call.id);
            let action = format!("/{lang}{path}");
            form_page(&state, lang, &staff, &campaign, path, action, None, input, AlertInput::default(), FieldErrors::translated(&e, &state.i18n, lang)).await
        }
    }
}

fn watch_id(item: &str) -> AppResult<WatchId> {
    item.parse().map_err(|_| AppError::NotFound)
}

async fn alert_form(State(state): State<AppState>, StaffCampaign { lang, staff, campaign }: StaffCampaign, Path((_, _, item)): Path<(String, String, String)>) -> AppResult<Response> {
    let item = watch_id(&item)?;
    let input = service::alert_input(&state, &campaign, item).await?;
    let path = format!("/staff/campaigns/{}/watch/{item}/alert", campaign.slug);
    let action = format!("/{lang}{path}");
    let mailing = AlertInput { segment: Segment::Consenting.as_str().into(), messages: service::alert_messages(&state, &campaign, &input) };
    form_page(&state, lang, &staff, &campaign, path, action, Some((item, now())), input, mailing, FieldErrors::default()).await
}

async fn raise(State(state): State<AppState>, StaffCampaign { lang, staff, campaign }: StaffCampaign, Path((_, _, item)): Path<(String, String, String)>, form: CsrfForm) -> AppResult<Response> {
    let item = watch_id(&item)?;
    let input = typed(&campaign, &form);
    let mailing = AlertInput {
        segment: form.get("segment").chars().take(20).collect(),
        messages: campaign.languages.iter().map(|l| (*l, form.get(&format!("message_{l}")).chars().take(5_000).collect())).collect(),
    };
    let raised_at = form.get("raised_at").parse::<i64>().unwrap_or_else(|_| now());
    match service::raise(&state, &staff, &campaign, item, &input, &mailing, raised_at).await? {
        Ok(id) => {
            let call = store::get(&state.db, campaign.id, id).await?.ok_or(AppError::NotFound)?;
            let live_in = call.raised_at.zip(call.live_at).map(|(r, l)| (l - r).max(0));
            let to = match live_in {
                Some(s) => format!("/{lang}/staff/campaigns/{}/calls?saved=alert&live_in={s}", campaign.slug),
                None => format!("/{lang}/staff/campaigns/{}/calls?saved=1", campaign.slug),
            };
            Ok(Redirect::to(&to).into_response())
        }
        Err(e) => {
            let path = format!("/staff/campaigns/{}/watch/{item}/alert", campaign.slug);
            let action = format!("/{lang}{path}");
            form_page(&state, lang, &staff, &campaign, path, action, Some((item, raised_at)), input, mailing, FieldErrors::translated(&e, &state.i18n, lang)).await
        }
    }
}
