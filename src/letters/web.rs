//! Letters' pages. Public: an action (the letter to edit, whom it goes to, the tallies) and the
//! confirmation page a mailed link opens. Coordinators: the list (letters by status, bounces)
//! and an action's form.

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use serde::Deserialize;

use super::model::{ActionInput, BatchId, LetterActionId, LetterStatus, Mode, Status};
use super::service::{self, WriteInput};
use super::store;
use crate::campaigns::model::Campaign;
use crate::campaigns::service::{StaffCampaign, published};
use crate::crypto::LinkPurpose;
use crate::db::now;
use crate::error::{AppError, AppResult};
use crate::http::UrlLang;
use crate::http::form::FieldErrors;
use crate::http::page::{Page, html, html_status};
use crate::http::session::{CsrfForm, PublicForm};
use crate::i18n::Lang;
use crate::staff::Staff;
use crate::state::AppState;
use crate::targets::model::TargetId;
use crate::targets::store::Target;

pub fn routes() -> Router<AppState> {
    const BASE: &str = "/{lang}/staff/campaigns/{slug}/letters";
    Router::new()
        .route("/{lang}/c/{slug}/letters/{action}", get(public_action).post(write))
        .route("/{lang}/letters/confirm/{token}", get(confirm_page).post(confirm))
        .route(BASE, get(staff_list).post(create))
        .route(&format!("{BASE}/new"), get(new_form))
        .route(&format!("{BASE}/{{action}}"), get(edit_form).post(update))
        .route("/{lang}/staff/campaigns/{slug}/watch/{item}/alert-letter", get(alert_form).post(raise))
}

fn now_ms() -> i64 {
    jiff::Timestamp::now().as_millisecond()
}

fn write_form(action: LetterActionId) -> String {
    format!("letters:{action}")
}

#[derive(Template)]
#[template(path = "letters/action.html")]
struct ActionTemplate {
    page: Page,
    slug: String,
    action: store::Action,
    /// The letter's text in the reader's language (or the campaign's): (language, subject, body).
    text: (Lang, String, String),
    input: WriteInput,
    targets: Vec<Target>,
    delivered: Vec<(TargetId, i64)>,
    by_country: Vec<(String, i64)>,
    countries: &'static [(String, String)],
    lead_org: Option<(String, Lang)>,
    /// The partner whose page brought the writer: (name, referral code).
    partner: Option<(String, String)>,
    token: String,
    errors: FieldErrors,
    notice: Option<String>,
}

impl ActionTemplate {
    fn country_name(&self, code: &str) -> String {
        crate::countries::country_name(self.page.lang, code)
    }

    fn delivered_to(&self, t: &TargetId) -> i64 {
        self.delivered.iter().find(|(id, _)| id == t).map(|(_, n)| *n).unwrap_or(0)
    }

    fn total(&self) -> i64 {
        self.delivered.iter().map(|(_, n)| n).sum()
    }

    fn chosen(&self, t: &TargetId) -> bool {
        self.input.chosen.iter().any(|c| *c == t.to_string())
    }
}

async fn public(state: &AppState, slug: &str, action: &str) -> AppResult<(Campaign, store::Action)> {
    let campaign = published(state, slug).await?;
    let id: LetterActionId = action.parse().map_err(|_| AppError::NotFound)?;
    let action = store::get(&state.db, campaign.id, id).await?.filter(|a| a.status != Status::Draft).ok_or(AppError::NotFound)?;
    Ok((campaign, action))
}

#[allow(clippy::too_many_arguments)]
async fn action_page(state: &AppState, lang: Lang, campaign: &Campaign, action: store::Action, input: Option<WriteInput>, via: Option<&str>, errors: FieldErrors, notice: Option<String>) -> AppResult<Response> {
    let texts = store::texts(&state.db, action.id).await?;
    let text = texts.iter().find(|t| t.0 == lang).or_else(|| texts.iter().find(|t| t.0 == campaign.default_lang)).or(texts.first()).cloned().ok_or(AppError::NotFound)?;
    let mut page = Page::new(state, lang, format!("/c/{}/letters/{}", campaign.slug, action.id), text.1.clone());
    page.refused = !errors.is_empty();
    let input = input.unwrap_or_else(|| WriteInput { subject: text.1.clone(), body: text.2.clone(), via: via.unwrap_or_default().to_string(), ..Default::default() });
    let partner = crate::organisations::service::partner_of(state, campaign, Some(&input.via)).await?.map(|o| (o.name, o.referral));
    // Only decision-makers marked public are named, and only they are written to.
    let targets = store::targets(&state.db, action.id).await?;
    let t = ActionTemplate {
        page,
        slug: campaign.slug.clone(),
        token: state.form_tokens.issue(&write_form(action.id), now_ms()),
        delivered: store::delivered(&state.db, action.id).await?,
        by_country: store::by_country(&state.db, action.id).await?,
        action,
        text,
        input,
        targets,
        countries: crate::countries::countries().list(lang),
        lead_org: crate::campaigns::view::lead_org(state, campaign, lang).await?,
        partner,
        errors,
        notice,
    };
    let status = if t.errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let mut res = html_status(status, &t)?;
    res.headers_mut().insert(header::CACHE_CONTROL, "no-store".parse().expect("static header"));
    Ok(res)
}

#[derive(Deserialize, Default)]
struct ActionQuery {
    written: Option<String>,
    /// A partner page's referral code.
    via: Option<String>,
}

async fn public_action(UrlLang(lang): UrlLang, State(state): State<AppState>, Path((_, slug, action)): Path<(String, String, String)>, Query(q): Query<ActionQuery>) -> AppResult<Response> {
    let (campaign, action) = public(&state, &slug, &action).await?;
    let notice = q.written.is_some().then(|| state.i18n.tr(lang, "letter-check-mail", &[]));
    action_page(&state, lang, &campaign, action, None, q.via.as_deref(), FieldErrors::default(), notice).await
}

async fn write(
    UrlLang(lang): UrlLang,
    State(state): State<AppState>,
    Path((_, slug, action)): Path<(String, String, String)>,
    extensions: axum::http::Extensions,
    headers: axum::http::HeaderMap,
    PublicForm(pairs): PublicForm,
) -> AppResult<Response> {
    let (campaign, action) = public(&state, &slug, &action).await?;
    let field = |name: &str, max: usize| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.chars().take(max).collect::<String>()).unwrap_or_default();
    let input = WriteInput {
        name: field("name", 1_000),
        email: field("email", 1_000),
        city: field("city", 1_000),
        country: field("country", 10),
        subject: field("subject", 1_000),
        body: field("body", 20_000),
        consent: pairs.iter().any(|(k, v)| k == "consent" && v == "yes"),
        chosen: pairs.iter().filter(|(k, _)| k == "chosen").map(|(_, v)| v.chars().take(30).collect()).take(100).collect(),
        via: field("via", 40),
        consent_partner: pairs.iter().any(|(k, v)| k == "consent_partner" && v == "yes"),
    };
    let back = if crate::organisations::model::is_referral(input.via.trim()) { format!("&via={}", input.via.trim()) } else { String::new() };
    let done = Redirect::to(&format!("/{lang}/c/{}/letters/{}?written=1{back}", campaign.slug, action.id)).into_response();
    if !field("leave_empty", 100).is_empty() {
        return Ok(done);
    }
    if let Some(limiter) = &state.limiter
        && !limiter.allows(&state.cfg, &headers, &extensions, now())
    {
        let errors: FieldErrors = vec![("name", state.i18n.tr(lang, "form-error-rate", &[]))].into();
        return action_page(&state, lang, &campaign, action, Some(input), None, errors, None).await;
    }
    let token_hash = match state.form_tokens.check(&write_form(action.id), &field("form_token", 200), now_ms()) {
        Ok(h) => h,
        Err(e) => {
            let errors: FieldErrors = vec![("name", state.i18n.tr(lang, e.message_id(), &[]))].into();
            return action_page(&state, lang, &campaign, action, Some(input), None, errors, None).await;
        }
    };
    let expires = now() + state.form_tokens.max_age_ms / 1000 + 60;
    match service::write(&state, &campaign, &action, lang, &input, (&token_hash, expires)).await? {
        Ok(()) => Ok(done),
        Err(e) => {
            let errors = FieldErrors::translated(&e, &state.i18n, lang);
            action_page(&state, lang, &campaign, action, Some(input), None, errors, None).await
        }
    }
}

#[derive(Template)]
#[template(path = "letters/confirm.html")]
struct ConfirmTemplate {
    page: Page,
    token: String,
    /// How many letters the link confirms, or `None` once done.
    waiting: Option<i64>,
    message: Option<String>,
    /// What will be sent, shown before it is confirmed: (subject, body, signature), and to whom.
    letter: Option<(String, String, String)>,
    recipients: Vec<String>,
    /// What confirming records besides the letters: (lead box, partner's name).
    consents: (bool, Option<String>),
}

async fn confirm_view(state: &AppState, lang: Lang, token: String, message: Option<String>) -> AppResult<Response> {
    let batch: BatchId = state.keys.verify_link(LinkPurpose::LetterConfirm, &token).ok_or(AppError::NotFound)?;
    let page = Page::new(state, lang, format!("/letters/confirm/{token}"), state.i18n.tr(lang, "letter-confirm-title", &[]));
    // A genuine link whose letters are gone: written again since (the newest mail's link sends
    // them), or never confirmed in time. Said, rather than a bare "not found".
    let Some((action, _, _, n)) = store::batch(&state.db, batch).await? else {
        let gone = ConfirmTemplate { page, token, waiting: None, message: Some(state.i18n.tr(lang, "letter-confirm-replaced", &[])), letter: None, recipients: Vec::new(), consents: (false, None) };
        let mut res = html_status(StatusCode::GONE, &gone)?;
        res.headers_mut().insert(header::CACHE_CONTROL, "no-store".parse().expect("static header"));
        return Ok(res);
    };
    let open = store::by_id(&state.db, action).await?.is_some_and(|a| a.status == Status::Open);
    let pending: (i64,) = sqlx::query_as("SELECT COUNT(*) FROM letters WHERE batch_id = $1 AND status = 'pending'").bind(batch).fetch_one(&state.db.pool).await.map_err(anyhow::Error::from)?;
    // An action closed meanwhile confirms nothing, and the page says so instead of asking.
    let (waiting, message) = if pending.0 > 0 && !open { (None, Some(state.i18n.tr(lang, "letter-confirm-closed", &[]))) } else { ((pending.0 > 0).then_some(pending.0.min(n)), message) };
    // The person sees exactly what they confirm: the text, the signature, the recipients.
    let letters = store::pending_of(&state.db, &state.keys.fields, batch).await?;
    let letter = letters.first().map(|l| (l.subject.clone(), l.body.clone(), l.signed.clone()));
    let mut recipients = Vec::new();
    for l in &letters {
        if let Some(action) = store::by_id(&state.db, l.action_id).await?
            && let Some(t) = crate::targets::store::get(&state.db, action.campaign_id, l.target_id).await?
        {
            recipients.push(if t.public == 1 { format!("{} ({})", t.name, crate::countries::country_name(lang, &t.country)) } else { state.i18n.tr(lang, "letter-recipient-hidden", &[]) });
        }
    }
    let (lead, partner) = store::boxes(&state.db, batch).await?;
    let consents = crate::organisations::service::consents_shown(state, lead, partner).await?;
    let mut res = html(&ConfirmTemplate { page, token, waiting, message, letter, recipients, consents })?;
    res.headers_mut().insert(header::CACHE_CONTROL, "no-store".parse().expect("static header"));
    Ok(res)
}

async fn confirm_page(UrlLang(lang): UrlLang, State(state): State<AppState>, Path((_, token)): Path<(String, String)>) -> AppResult<Response> {
    confirm_view(&state, lang, token, None).await
}

async fn confirm(UrlLang(lang): UrlLang, State(state): State<AppState>, Path((_, token)): Path<(String, String)>, _form: PublicForm) -> AppResult<Response> {
    let batch: BatchId = state.keys.verify_link(LinkPurpose::LetterConfirm, &token).ok_or(AppError::NotFound)?;
    let n = match service::confirm(&state, batch).await {
        // Gone meanwhile: the page says why.
        Err(AppError::NotFound) => 0,
        other => other?,
    };
    let message = (n > 0).then(|| state.i18n.tr(lang, "letter-confirmed", &[("count", crate::i18n::Arg::Count(n as i64))]));
    confirm_view(&state, lang, token, message).await
}

#[derive(Template)]
#[template(path = "letters/staff_list.html")]
struct StaffListTemplate {
    page: Page,
    slug: String,
    /// (action, subject, its language, letters by status, bounces with their reason).
    rows: Vec<(store::Action, String, Lang, Vec<(LetterStatus, i64)>, Vec<(String, String, i64)>)>,
    notice: Option<String>,
}

impl StaffListTemplate {
    fn status_label(&self, s: &LetterStatus) -> &'static str {
        match s {
            LetterStatus::Pending => "letter-status-pending",
            LetterStatus::Queued => "letter-status-queued",
            LetterStatus::Sent => "letter-status-sent",
            LetterStatus::Bounced => "letter-status-bounced",
            LetterStatus::Stopped => "letter-status-stopped",
        }
    }
}

#[derive(Deserialize, Default)]
struct SavedQuery {
    saved: Option<String>,
    live_in: Option<i64>,
}

async fn staff_list(State(state): State<AppState>, StaffCampaign { lang, staff, campaign }: StaffCampaign, Query(q): Query<SavedQuery>) -> AppResult<Response> {
    let mut rows = Vec::new();
    for a in store::list(&state.db, campaign.id, false).await? {
        let texts = store::texts(&state.db, a.id).await?;
        let (subject, l) = texts.iter().find(|t| t.0 == lang).or_else(|| texts.iter().find(|t| t.0 == campaign.default_lang)).or(texts.first()).map(|t| (t.1.clone(), t.0)).unwrap_or((String::new(), lang));
        let counts = store::counts(&state.db, a.id).await?;
        let mut bounces = Vec::new();
        for (target, reason, n) in store::bounces(&state.db, a.id).await? {
            let name = crate::targets::store::get(&state.db, campaign.id, target).await?.map(|t| t.name).unwrap_or_default();
            bounces.push((name, reason, n));
        }
        rows.push((a, subject, l, counts, bounces));
    }
    let page = Page::staff(&state, lang, &staff, format!("/staff/campaigns/{}/letters", campaign.slug), "letters-title");
    let notice = match (q.saved.as_deref(), q.live_in) {
        (Some("alert"), Some(s)) => Some(state.i18n.tr(lang, "alert-live", &[("seconds", crate::i18n::Arg::Count(s))])),
        (Some(_), _) => Some(state.i18n.tr(lang, "letters-saved", &[])),
        _ => None,
    };
    html(&StaffListTemplate { page, slug: campaign.slug.clone(), rows, notice })
}

#[derive(Template)]
#[template(path = "letters/form.html")]
struct FormTemplate {
    page: Page,
    slug: String,
    action: String,
    /// When the alert this form raises was begun.
    raised_at: Option<i64>,
    input: ActionInput,
    statuses: [Status; 3],
    modes: [Mode; 2],
    languages: Vec<Lang>,
    targets: Vec<Target>,
    errors: FieldErrors,
}

impl FormTemplate {
    fn field_name(&self, field: &str, lang: &Lang) -> String {
        format!("{field}_{}", lang.code())
    }

    fn text(&self, lang: &Lang, which: usize) -> String {
        self.input.texts.iter().find(|(l, _, _)| l == lang).map(|(_, s, b)| if which == 0 { s.clone() } else { b.clone() }).unwrap_or_default()
    }

    fn chosen(&self, t: &TargetId) -> bool {
        self.input.targets.contains(t)
    }

    /// The delivery numbers: (field, label id, value typed).
    fn numbers(&self) -> Vec<(&'static str, &'static str, String)> {
        vec![
            ("per_hour", "letters-per-hour", self.input.per_hour.clone()),
            ("day_start", "letters-day-start", self.input.day_start.clone()),
            ("day_end", "letters-day-end", self.input.day_end.clone()),
        ]
    }

    fn country_name(&self, code: &str) -> String {
        crate::countries::country_name(self.page.lang, code)
    }
}

async fn form_page(state: &AppState, lang: Lang, staff: &Staff, campaign: &Campaign, id: Option<LetterActionId>, input: ActionInput, errors: FieldErrors) -> AppResult<Response> {
    let path = match id {
        Some(id) => format!("/staff/campaigns/{}/letters/{id}", campaign.slug),
        None => format!("/staff/campaigns/{}/letters/new", campaign.slug),
    };
    let action = match id {
        Some(_) => format!("/{lang}{path}"),
        None => format!("/{lang}/staff/campaigns/{}/letters", campaign.slug),
    };
    let mut page = Page::staff(state, lang, staff, path, "letter-form-title");
    page.refused = !errors.is_empty();
    let targets = crate::targets::store::list(&state.db, campaign.id, &crate::targets::store::Filter::default(), 5_000, 0).await?;
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let t = FormTemplate { page, slug: campaign.slug.clone(), action, raised_at: None, input, statuses: Status::ALL, modes: Mode::ALL, languages: campaign.languages.clone(), targets, errors };
    html_status(status, &t)
}

async fn alert_page(state: &AppState, lang: Lang, staff: &Staff, campaign: &Campaign, item: crate::watch::model::WatchId, raised_at: i64, input: ActionInput, errors: FieldErrors) -> AppResult<Response> {
    let path = format!("/staff/campaigns/{}/watch/{item}/alert-letter", campaign.slug);
    let mut page = Page::staff(state, lang, staff, path.clone(), "alert-letter-title");
    page.refused = !errors.is_empty();
    let targets = crate::targets::store::list(&state.db, campaign.id, &crate::targets::store::Filter::default(), 5_000, 0).await?;
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let t = FormTemplate { page, slug: campaign.slug.clone(), action: format!("/{lang}{path}"), raised_at: Some(raised_at), input, statuses: Status::ALL, modes: Mode::ALL, languages: campaign.languages.clone(), targets, errors };
    html_status(status, &t)
}

async fn alert_form(State(state): State<AppState>, StaffCampaign { lang, staff, campaign }: StaffCampaign, Path((_, _, item)): Path<(String, String, String)>) -> AppResult<Response> {
    let item: crate::watch::model::WatchId = item.parse().map_err(|_| AppError::NotFound)?;
    let input = service::alert_input(&state, &campaign, item).await?;
    alert_page(&state, lang, &staff, &campaign, item, now(), input, FieldErrors::default()).await
}

async fn raise(State(state): State<AppState>, StaffCampaign { lang, staff, campaign }: StaffCampaign, Path((_, _, item)): Path<(String, String, String)>, form: CsrfForm) -> AppResult<Response> {
    let item: crate::watch::model::WatchId = item.parse().map_err(|_| AppError::NotFound)?;
    let input = typed(&campaign, &form);
    let raised_at = form.get("raised_at").parse::<i64>().unwrap_or_else(|_| now());
    match service::raise(&state, &staff, &campaign, item, &input, raised_at).await? {
        Ok(id) => {
            let live: Option<(Option<i64>, Option<i64>)> = sqlx::query_as("SELECT raised_at, live_at FROM letter_actions WHERE id = $1").bind(id).fetch_optional(&state.db.pool).await.map_err(anyhow::Error::from)?;
            let to = match live.and_then(|(r, l)| r.zip(l)) {
                Some((r, l)) => format!("/{lang}/staff/campaigns/{}/letters?saved=alert&live_in={}", campaign.slug, (l - r).max(0)),
                None => format!("/{lang}/staff/campaigns/{}/letters?saved=1", campaign.slug),
            };
            Ok(Redirect::to(&to).into_response())
        }
        Err(e) => {
            let errors = FieldErrors::translated(&e, &state.i18n, lang);
            alert_page(&state, lang, &staff, &campaign, item, raised_at, input, errors).await
        }
    }
}

async fn new_form(State(state): State<AppState>, StaffCampaign { lang, staff, campaign }: StaffCampaign) -> AppResult<Response> {
    let input = ActionInput { per_hour: "30".into(), day_start: "9".into(), day_end: "17".into(), ..Default::default() };
    form_page(&state, lang, &staff, &campaign, None, input, FieldErrors::default()).await
}

async fn load(state: &AppState, campaign: &Campaign, action: &str) -> AppResult<store::Action> {
    let id: LetterActionId = action.parse().map_err(|_| AppError::NotFound)?;
    store::get(&state.db, campaign.id, id).await?.ok_or(AppError::NotFound)
}

async fn edit_form(State(state): State<AppState>, StaffCampaign { lang, staff, campaign }: StaffCampaign, Path((_, _, action)): Path<(String, String, String)>) -> AppResult<Response> {
    let a = load(&state, &campaign, &action).await?;
    let input = ActionInput {
        status: a.status.as_str().into(),
        mode: a.mode.as_str().into(),
        per_hour: a.per_hour.to_string(),
        day_start: a.day_start.to_string(),
        day_end: a.day_end.to_string(),
        test_mode: a.test_mode == 1,
        texts: store::texts(&state.db, a.id).await?,
        targets: store::target_ids(&state.db, a.id).await?,
    };
    form_page(&state, lang, &staff, &campaign, Some(a.id), input, FieldErrors::default()).await
}

fn typed(campaign: &Campaign, form: &CsrfForm) -> ActionInput {
    let field = |name: &str, max: usize| form.get(name).chars().take(max).collect::<String>();
    ActionInput {
        status: field("status", 20),
        mode: field("mode", 20),
        per_hour: field("per_hour", 20),
        day_start: field("day_start", 20),
        day_end: field("day_end", 20),
        test_mode: form.get("test_mode") == "yes",
        texts: campaign.languages.iter().map(|l| (*l, field(&format!("subject_{l}"), 1_000), field(&format!("body_{l}"), 20_000))).collect(),
        targets: form.all("targets").into_iter().filter_map(|t| t.parse().ok()).collect(),
    }
}

async fn save(state: &AppState, lang: Lang, staff: &Staff, campaign: &Campaign, id: Option<LetterActionId>, form: &CsrfForm) -> AppResult<Response> {
    let input = typed(campaign, form);
    match service::save(state, staff, campaign, id, &input).await? {
        Ok(_) => Ok(Redirect::to(&format!("/{lang}/staff/campaigns/{}/letters?saved=1", campaign.slug)).into_response()),
        Err(e) => {
            let errors = FieldErrors::translated(&e, &state.i18n, lang);
            form_page(state, lang, staff, campaign, id, input, errors).await
        }
    }
}

async fn create(State(state): State<AppState>, StaffCampaign { lang, staff, campaign }: StaffCampaign, form: CsrfForm) -> AppResult<Response> {
    save(&state, lang, &staff, &campaign, None, &form).await
}

async fn update(State(state): State<AppState>, StaffCampaign { lang, staff, campaign }: StaffCampaign, Path((_, _, action)): Path<(String, String, String)>, form: CsrfForm) -> AppResult<Response> {
    let a = load(&state, &campaign, &action).await?;
    save(&state, lang, &staff, &campaign, Some(a.id), &form).await
}
