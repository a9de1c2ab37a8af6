//! Coordinators' petition pages: create, write per language, set the goal, open and close; the
//! signatures (paged, exact-email search through the blind index), and the CSV export (written
//! to the audit log first).

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use crate::campaigns::model::{Campaign, Slug};
use crate::countries::country_name;
use crate::http::pager::{PAGE_SIZE, Pager};
use crate::petitions::model::{self, Petition, PetitionText, Status, TextInput};
use crate::text::Invalid;
use crate::db::texts::TextBase;
use crate::petitions::service::{self, Refusal, StaffPetition};
use crate::petitions::store::{self, SignatureRow};
use crate::petitions::view::{pick_text, signatures_csv};
use crate::db::now;
use crate::campaigns::service::StaffCampaign;
use crate::error::{AppError, AppResult};
use crate::http::form::FieldErrors as HttpFieldErrors;
use crate::http::page::{Page, html, html_status};
use crate::http::session::CsrfForm;
use crate::state::AppState;
use crate::i18n::Lang;
use crate::staff::Staff;
use crate::supporters::model::{Email, lead_consent_key};

pub fn routes() -> Router<AppState> {
    const BASE: &str = "/{lang}/staff/campaigns/{slug}/petitions";
    Router::new()
        .route(BASE, get(list).post(create))
        .route(&format!("{BASE}/{{petition}}"), get(overview))
        .route(&format!("{BASE}/{{petition}}/goal"), post(save_goal))
        .route(&format!("{BASE}/{{petition}}/status"), post(set_status))
        .route(&format!("{BASE}/{{petition}}/texts/{{text_lang}}"), get(edit_text).post(save_text))
        .route(&format!("{BASE}/{{petition}}/texts/{{text_lang}}/{{action}}"), post(draft_action))
        .route(&format!("{BASE}/{{petition}}/preview/{{text_lang}}"), get(preview))
        .route(&format!("{BASE}/{{petition}}/signatures"), get(signatures).post(search_signatures))
        .route(&format!("{BASE}/{{petition}}/signatures/{{signature}}/hide-comment"), post(hide_comment))
        .route(&format!("{BASE}/{{petition}}/export"), post(export))
}

/// One petition in the coordinators' list.
pub struct Row {
    pub slug: String,
    pub title: String,
    pub title_lang: Lang,
    pub status: Status,
    pub pending: i64,
    pub confirmed: i64,
}

#[derive(Template)]
#[template(path = "petitions/staff_list.html")]
struct ListTemplate {
    page: Page,
    campaign_slug: String,
    rows: Vec<Row>,
    slug: String,
    goal: String,
    errors: HttpFieldErrors,
}

async fn list_page(state: &AppState, lang: Lang, staff: &Staff, campaign: &Campaign, slug: String, goal: String, errors: Vec<(&'static str, String)>) -> AppResult<ListTemplate> {
    let mut rows = Vec::new();
    for p in store::list(&state.db, campaign.id, false).await? {
        let texts = store::texts(&state.db, p.id).await?;
        let (text, title_lang) = pick_text(&texts, lang, campaign.default_lang);
        let (pending, confirmed) = store::counts(&state.db, p.id).await?;
        let title = if text.title.is_empty() { p.slug.clone() } else { text.title };
        rows.push(Row { slug: p.slug, title, title_lang, status: p.status, pending, confirmed });
    }
    let page = Page::staff(state, lang, staff, format!("/staff/campaigns/{}/petitions", campaign.slug), "petitions-title");
    Ok(ListTemplate { page, campaign_slug: campaign.slug.clone(), rows, slug, goal, errors: errors.into() })
}

async fn list(State(state): State<AppState>, StaffCampaign { lang, staff, campaign }: StaffCampaign) -> AppResult<Response> {
    html(&list_page(&state, lang, &staff, &campaign, String::new(), String::new(), Vec::new()).await?)
}

async fn create(
    State(state): State<AppState>,
    StaffCampaign { lang, staff, campaign }: StaffCampaign,
    form: CsrfForm,
) -> AppResult<Response> {
    let typed_slug: String = form.get("slug").chars().take(200).collect();
    let typed_goal: String = form.get("goal").chars().take(40).collect();
    let mut errors = Vec::new();
    let new_slug = Slug::parse(&typed_slug).map_err(|id| errors.push(("slug", state.i18n.tr(lang, id, &[]))));
    let goal = model::parse_goal(&typed_goal).map_err(|id| errors.push(("goal", state.i18n.tr(lang, id, &[]))));
    if let (Ok(new_slug), Ok(goal)) = (&new_slug, &goal) {
        match service::create(&state, &staff, &campaign, new_slug.as_str(), *goal).await? {
            Ok(_) => {
                return Ok(Redirect::to(&format!("/{lang}/staff/campaigns/{}/petitions/{}/texts/{}", campaign.slug, new_slug.as_str(), campaign.default_lang))
                    .into_response());
            }
            Err(r) => errors.push(("slug", refusal(&state, lang, r))),
        }
    }
    html_status(StatusCode::UNPROCESSABLE_ENTITY, &list_page(&state, lang, &staff, &campaign, typed_slug, typed_goal, errors).await?)
}


/// The reader's message for a refused change.
fn refusal(state: &AppState, lang: Lang, r: Refusal) -> String {
    match r {
        Refusal::Incomplete(l) => {
            let name = state.i18n.language_name(lang, l);
            state.i18n.tr(lang, "petition-error-incomplete", &[("language", crate::i18n::Arg::Str(&name))])
        }
        Refusal::SlugTaken => state.i18n.tr(lang, "petition-error-slug-taken", &[]),
    }
}

/// Per language: is there a text, when was it saved.
pub struct TextStatus {
    pub lang: Lang,
    pub title: Option<String>,
    pub updated_at: Option<i64>,
}

#[derive(Template)]
#[template(path = "petitions/staff_overview.html")]
struct OverviewTemplate {
    page: Page,
    campaign_slug: String,
    campaign_published: bool,
    petition: Petition,
    title: String,
    title_lang: Lang,
    pending: i64,
    confirmed: i64,
    texts: Vec<TextStatus>,
    goal: String,
    error: Option<String>,
    notice: Option<String>,
}

#[derive(Deserialize)]
struct Notice {
    saved: Option<String>,
}

#[allow(clippy::too_many_arguments)]
async fn overview_page(state: &AppState, lang: Lang, staff: &Staff, campaign: &Campaign, petition: Petition, goal: Option<String>, error: Option<String>, notice: Option<String>) -> AppResult<OverviewTemplate> {
    let texts = store::texts(&state.db, petition.id).await?;
    let (text, title_lang) = pick_text(&texts, lang, campaign.default_lang);
    let statuses = Lang::ALL
        .into_iter()
        .map(|l| {
            let t = texts.iter().find(|(tl, _)| *tl == l).map(|(_, t)| t);
            TextStatus { lang: l, title: t.map(|t| t.title.clone()), updated_at: t.map(|t| t.updated_at) }
        })
        .collect();
    let (pending, confirmed) = store::counts(&state.db, petition.id).await?;
    let mut page = Page::staff(state, lang, staff, format!("/staff/campaigns/{}/petitions/{}", campaign.slug, petition.slug), "petition-overview-title");
    let title = if text.title.is_empty() { petition.slug.clone() } else { text.title };
    page.title = format!("{title} · {}", page.title);
    Ok(OverviewTemplate {
        page,
        campaign_slug: campaign.slug.clone(),
        campaign_published: campaign.published,
        goal: goal.unwrap_or_else(|| petition.goal.to_string()),
        petition,
        title,
        title_lang,
        pending,
        confirmed,
        texts: statuses,
        error,
        notice,
    })
}

async fn overview(
    State(state): State<AppState>,
    StaffPetition { lang, staff, campaign, petition }: StaffPetition,
    Query(q): Query<Notice>,
) -> AppResult<Response> {
    let notice = q.saved.is_some().then(|| state.i18n.tr(lang, "notice-saved", &[]));
    html(&overview_page(&state, lang, &staff, &campaign, petition, None, None, notice).await?)
}

async fn save_goal(
    State(state): State<AppState>,
    StaffPetition { lang, staff, campaign, petition }: StaffPetition,
    form: CsrfForm,
) -> AppResult<Response> {
    let typed: String = form.get("goal").chars().take(40).collect();
    match model::parse_goal(&typed) {
        Ok(goal) => {
            service::set_goal(&state, &staff, &petition, goal).await?;
            Ok(Redirect::to(&format!("/{lang}/staff/campaigns/{}/petitions/{}?saved=1", campaign.slug, petition.slug)).into_response())
        }
        Err(id) => {
            let error = Some(state.i18n.tr(lang, id, &[]));
            html_status(StatusCode::UNPROCESSABLE_ENTITY, &overview_page(&state, lang, &staff, &campaign, petition, Some(typed), error, None).await?)
        }
    }
}

async fn set_status(
    State(state): State<AppState>,
    StaffPetition { lang, staff, campaign, petition }: StaffPetition,
    form: CsrfForm,
) -> AppResult<Response> {
    let status = Status::parse(form.get("status")).ok_or(AppError::BadRequest)?;
    if let Err(r) = service::set_status(&state, &staff, &campaign, &petition, status).await? {
        let error = Some(refusal(&state, lang, r));
        return html_status(StatusCode::UNPROCESSABLE_ENTITY, &overview_page(&state, lang, &staff, &campaign, petition, None, error, None).await?);
    }
    Ok(Redirect::to(&format!("/{lang}/staff/campaigns/{}/petitions/{}?saved=1", campaign.slug, petition.slug)).into_response())
}

#[derive(Template)]
#[template(path = "petitions/staff_text.html")]
struct TextTemplate {
    page: Page,
    campaign_slug: String,
    slug: String,
    text_lang: Lang,
    input: TextInput,
    errors: HttpFieldErrors,
    revision: i64,
    conflict: bool,
    notice: Option<String>,
    /// The default language's text, to translate from.
    source: Option<(Lang, PetitionText)>,
    /// The form holds unpublished changes (readers still see the published text).
    draft: bool,
    /// Readers can see this petition: saving makes unpublished changes.
    published: bool,
}

impl TextTemplate {
    fn text_action(&self) -> String {
        format!("/{}/staff/campaigns/{}/petitions/{}/texts/{}", self.page.code(), self.campaign_slug, self.slug, self.text_lang)
    }
    fn preview_url(&self) -> String {
        format!("/{}/staff/campaigns/{}/petitions/{}/preview/{}", self.page.code(), self.campaign_slug, self.slug, self.text_lang)
    }
}

#[allow(clippy::too_many_arguments)]
async fn text_page(
    state: &AppState,
    lang: Lang,
    staff: &Staff,
    campaign: &Campaign,
    petition: &Petition,
    text_lang: Lang,
    input: Option<TextInput>,
    errors: &Invalid,
    conflict: bool,
    notice: Option<String>,
) -> AppResult<TextTemplate> {
    let texts = store::texts(&state.db, petition.id).await?;
    let draft = store::drafts(&state.db, petition.id).await?.into_iter().find(|(l, _)| *l == text_lang).map(|(_, t)| t);
    let is_draft = draft.is_some();
    let current = draft.unwrap_or_else(|| texts.iter().find(|(l, _)| *l == text_lang).map(|(_, t)| t.clone()).unwrap_or_default());
    let input = input.unwrap_or(TextInput { title: current.title, addressee: current.addressee, body_md: current.body_md });
    let source = (text_lang != campaign.default_lang).then(|| texts.iter().find(|(l, _)| *l == campaign.default_lang).cloned()).flatten();
    let mut page = Page::staff(state, lang, staff, format!("/staff/campaigns/{}/petitions/{}/texts/{text_lang}", campaign.slug, petition.slug), "petition-text-title");
    page.title = format!("{} · {}", page.title, page.lang_name(text_lang));
    let errors = HttpFieldErrors::translated(errors, &state.i18n, lang);
    Ok(TextTemplate {
        page,
        campaign_slug: campaign.slug.clone(),
        slug: petition.slug.clone(),
        text_lang,
        input,
        errors,
        revision: current.revision,
        conflict,
        notice,
        source,
        draft: is_draft,
        published: petition.status != Status::Draft,
    })
}

async fn edit_text(
    State(state): State<AppState>,
    StaffPetition { lang, staff, campaign, petition }: StaffPetition,
    Path((_, _, _, text_lang)): Path<(String, String, String, String)>,
    Query(q): Query<Notice>,
) -> AppResult<Response> {
    let text_lang = Lang::parse(&text_lang).ok_or(AppError::NotFound)?;
    let notice = q.saved.as_deref().map(|what| state.i18n.tr(lang, crate::http::form::saved_notice_id(what), &[]));
    html(&text_page(&state, lang, &staff, &campaign, &petition, text_lang, None, &Invalid::new(), false, notice).await?)
}

async fn save_text(
    State(state): State<AppState>,
    StaffPetition { lang, staff, campaign, petition }: StaffPetition,
    Path((_, _, _, text_lang)): Path<(String, String, String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    let text_lang = Lang::parse(&text_lang).ok_or(AppError::NotFound)?;
    let input = TextInput { title: form.get("title").to_string(), addressee: form.get("addressee").to_string(), body_md: form.get("body").to_string() };
    let base = TextBase::from_form(form.get("revision"), form.get("draft"));
    match input.parse() {
        Ok(text) => {
            if !service::save_text(&state, &staff, &petition, text_lang, &text, base).await? {
                let page = text_page(&state, lang, &staff, &campaign, &petition, text_lang, Some(input), &Invalid::new(), true, None).await?;
                return html_status(StatusCode::CONFLICT, &page);
            }
            let then = if form.get("then") == "preview" { format!("preview/{text_lang}") } else { format!("texts/{text_lang}?saved=1") };
            Ok(Redirect::to(&format!("/{lang}/staff/campaigns/{}/petitions/{}/{then}", campaign.slug, petition.slug)).into_response())
        }
        Err(errors) => {
            let page = text_page(&state, lang, &staff, &campaign, &petition, text_lang, Some(input), &errors, false, None).await?;
            html_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    }
}

#[derive(Deserialize)]
struct SignatureQuery {
    page: Option<String>,
    hidden: Option<String>,
}

#[derive(Template)]
#[template(path = "petitions/signatures.html")]
struct SignaturesTemplate {
    page: Page,
    campaign_slug: String,
    slug: String,
    title: String,
    title_lang: Lang,
    pending: i64,
    confirmed: i64,
    rows: Vec<SignatureRow>,
    pager: Pager,
    email: String,
    /// Set when a search ran: its message ("no signature with this email", or a bad email).
    search_message: Option<String>,
}

impl SignaturesTemplate {
    fn country(&self, code: &str) -> String {
        country_name(self.page.lang, code)
    }
}

/// One page of the signatures. Reading supporters' data is written to the audit log.
async fn signatures(
    State(state): State<AppState>,
    StaffPetition { lang, staff, campaign, petition }: StaffPetition,
    Query(q): Query<SignatureQuery>,
) -> AppResult<Response> {
    let (pending, confirmed) = store::counts(&state.db, petition.id).await?;
    let pager = Pager::new(Pager::number(q.page.as_deref()), pending + confirmed);
    let rows = store::list_signatures(&state.db, &state.keys.fields, petition.id, &lead_consent_key(campaign.id), PAGE_SIZE, pager.offset()).await?;
    let detail = format!("{}/{} ({})", campaign.slug, petition.slug, rows.len());
    crate::audit::store::record(&state.db, &staff, "read-signatures", Some(campaign.id), &detail, now()).await?;
    let notice = q.hidden.is_some().then(|| state.i18n.tr(lang, "notice-comment-hidden", &[]));
    signatures_page(&state, lang, &staff, &campaign, &petition, (pending, confirmed), rows, pager, String::new(), notice).await
}

/// The exact-email search: a POST, so the address never lands in a URL (proxy logs, history);
/// written to the audit log without the address.
async fn search_signatures(
    State(state): State<AppState>,
    StaffPetition { lang, staff, campaign, petition }: StaffPetition,
    form: CsrfForm,
) -> AppResult<Response> {
    let (pending, confirmed) = store::counts(&state.db, petition.id).await?;
    let typed: String = form.get("email").chars().take(300).collect();
    let (rows, message) = match Email::parse(&typed) {
        Ok(email) => {
            let found = store::find_signature_by_email(&state.db, &state.keys.fields, petition.id, &lead_consent_key(campaign.id), &email).await?;
            let detail = format!("{}/{} ({})", campaign.slug, petition.slug, usize::from(found.is_some()));
            crate::audit::store::record(&state.db, &staff, "search-signatures", Some(campaign.id), &detail, now()).await?;
            let message = found.is_none().then(|| state.i18n.tr(lang, "signatures-not-found", &[]));
            (found.into_iter().collect(), message)
        }
        Err(id) => (Vec::new(), Some(state.i18n.tr(lang, id, &[]))),
    };
    signatures_page(&state, lang, &staff, &campaign, &petition, (pending, confirmed), rows, Pager::new(1, 1), typed, message).await
}

#[allow(clippy::too_many_arguments)]
async fn signatures_page(
    state: &AppState,
    lang: Lang,
    staff: &Staff,
    campaign: &Campaign,
    petition: &Petition,
    (pending, confirmed): (i64, i64),
    rows: Vec<SignatureRow>,
    pager: Pager,
    email: String,
    search_message: Option<String>,
) -> AppResult<Response> {
    let texts = store::texts(&state.db, petition.id).await?;
    let (text, title_lang) = pick_text(&texts, lang, campaign.default_lang);
    let page = Page::staff(state, lang, staff, format!("/staff/campaigns/{}/petitions/{}/signatures", campaign.slug, petition.slug), "signatures-title");
    let title = if text.title.is_empty() { petition.slug.clone() } else { text.title };
    let template = SignaturesTemplate { page, campaign_slug: campaign.slug.clone(), slug: petition.slug.clone(), title, title_lang, pending, confirmed, rows, pager, email, search_message };
    let mut res = html(&template)?;
    res.headers_mut().insert(header::CACHE_CONTROL, "no-store".parse().expect("static header"));
    Ok(res)
}

/// Every signature of the petition as CSV (a POST: it is recorded in the audit log first).
async fn export(
    State(state): State<AppState>,
    StaffPetition { staff, campaign, petition, .. }: StaffPetition,
    _form: CsrfForm,
) -> AppResult<Response> {
    let rows = store::all_signatures(&state.db, &state.keys.fields, petition.id, &lead_consent_key(campaign.id)).await?;
    let body = signatures_csv(&rows)?;
    // Recorded before the data leaves: an export that is not in the log does not happen.
    // Said without words, so the log reads the same in every language.
    let detail = format!("{}/{} ({})", campaign.slug, petition.slug, rows.len());
    crate::audit::store::record(&state.db, &staff, "export-signatures", Some(campaign.id), &detail, now()).await?;
    tracing::info!(staff_id = %staff.id, rows = rows.len(), "signatures exported");
    let filename = format!("attachment; filename=\"signatures-{}-{}.csv\"", campaign.slug, petition.slug);
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, filename),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        body,
    )
        .into_response())
}

/// Publish or discard one language's unpublished changes (`/publish`, `/discard`), naming the
/// draft revision the person saw.
async fn draft_action(
    State(state): State<AppState>,
    StaffPetition { lang, staff, campaign, petition }: StaffPetition,
    Path((_, _, _, text_lang, action)): Path<(String, String, String, String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    let text_lang = Lang::parse(&text_lang).ok_or(AppError::NotFound)?;
    let revision = form.revision().unwrap_or(0);
    let what = match action.as_str() {
        "publish" if service::publish_text(&state, &staff, &petition, text_lang, revision).await? => "published",
        "publish" => "not-published",
        "discard" if service::discard_draft(&state, &staff, &petition, text_lang, revision).await? => "discarded",
        "discard" => "not-discarded",
        _ => return Err(AppError::NotFound),
    };
    Ok(Redirect::to(&format!("/{lang}/staff/campaigns/{}/petitions/{}/texts/{text_lang}?saved={what}", campaign.slug, petition.slug)).into_response())
}

/// Hide one signature's comment from the petition page.
async fn hide_comment(
    State(state): State<AppState>,
    StaffPetition { lang, staff, campaign, petition }: StaffPetition,
    Path((_, _, _, signature)): Path<(String, String, String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    let signature = signature.parse().map_err(|_| AppError::NotFound)?;
    if !service::hide_comment(&state, &staff, &campaign, &petition, signature).await? {
        return Err(AppError::NotFound);
    }
    let page = form.get("page").parse::<i64>().unwrap_or(1).max(1);
    Ok(Redirect::to(&format!("/{lang}/staff/campaigns/{}/petitions/{}/signatures?page={page}&hidden=1", campaign.slug, petition.slug)).into_response())
}

/// The petition page as readers will see it once this language's changes are published.
async fn preview(
    State(state): State<AppState>,
    StaffPetition { lang, staff, campaign, petition }: StaffPetition,
    Path((_, _, _, text_lang)): Path<(String, String, String, String)>,
) -> AppResult<Response> {
    let text_lang = Lang::parse(&text_lang).ok_or(AppError::NotFound)?;
    let body = super::public::preview_page(&state, lang, &staff, &campaign, &petition, text_lang).await?;
    let mut res = axum::response::Html(body).into_response();
    res.headers_mut().insert(header::CACHE_CONTROL, "no-store".parse().expect("static header"));
    Ok(res)
}
