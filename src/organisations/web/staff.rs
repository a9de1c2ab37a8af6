//! Staff pages of the coalition: moderators and coordinators decide on endorsements; an
//! organisation's admin and staff see their own organisation (its supporters, its partner page,
//! its key), never another's: the organisation comes from the account, not from the address.

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use crate::error::{AppError, AppResult};
use crate::http::form::FieldErrors;
use crate::http::page::{Page, html, html_status};
use crate::http::pager::{PAGE_SIZE, PageQuery, Pager};
use crate::http::session::CsrfForm;
use crate::i18n::Lang;
use crate::organisations::model::{Organisation, OrganisationId, PageInput, Status};
use crate::organisations::service::{self, Moderation, OwnOrganisation};
use crate::organisations::store::{self, OrgSupporter};
use crate::state::AppState;
use crate::supporters::model::Email;

pub fn routes() -> Router<AppState> {
    const BASE: &str = "/{lang}/staff/campaigns/{slug}/organisations";
    Router::new()
        .route(BASE, get(moderation_list))
        .route(&format!("{BASE}/{{org}}"), get(moderation_detail))
        .route(&format!("{BASE}/{{org}}/decide"), post(decide))
        .route(&format!("{BASE}/{{org}}/logo"), get(logo_for_moderators))
        .route("/{lang}/staff/org", get(home))
        .route("/{lang}/staff/org/supporters", get(supporters).post(search))
        .route("/{lang}/staff/org/export", post(export))
        .route("/{lang}/staff/org/page/{text_lang}", get(page_form).post(save_page))
        .route("/{lang}/staff/org/key", post(save_key))
}

#[derive(Deserialize, Default)]
struct ModerationQuery {
    status: Option<String>,
    page: Option<String>,
    decided: Option<String>,
}

#[derive(Template)]
#[template(path = "organisations/staff_list.html")]
struct ModerationListTemplate {
    page: Page,
    campaign_slug: String,
    status: Status,
    counts: Vec<(Status, i64)>,
    rows: Vec<Organisation>,
    pager: Pager,
    notice: Option<String>,
}

impl ModerationListTemplate {
    fn country(&self, code: &str) -> String {
        crate::countries::country_name(self.page.lang, code)
    }
}

async fn moderation_list(State(state): State<AppState>, Moderation { lang, staff, campaign }: Moderation, Query(q): Query<ModerationQuery>) -> AppResult<Response> {
    let status = q.status.as_deref().and_then(Status::parse).unwrap_or(Status::Pending);
    let mut counts = Vec::new();
    for s in [Status::Pending, Status::Approved, Status::Rejected, Status::Unconfirmed] {
        counts.push((s, store::count(&state.db, campaign.id, s).await?));
    }
    let total = counts.iter().find(|(s, _)| *s == status).map(|(_, n)| *n).unwrap_or(0);
    let pager = Pager::new(crate::http::pager::Pager::number(q.page.as_deref()), total);
    let rows = store::list(&state.db, campaign.id, status, PAGE_SIZE, pager.offset()).await?;
    let notice = q.decided.as_deref().map(|d| state.i18n.tr(lang, if d == "1" { "org-decided" } else { "org-decided-nothing" }, &[]));
    let mut page = Page::staff(&state, lang, &staff, format!("/staff/campaigns/{}/organisations", campaign.slug), "orgs-moderation-title");
    page.query = format!("status={}&", status.as_str());
    html(&ModerationListTemplate { page, campaign_slug: campaign.slug.clone(), status, counts, rows, pager, notice })
}

#[derive(Template)]
#[template(path = "organisations/staff_detail.html")]
struct ModerationDetailTemplate {
    page: Page,
    campaign_slug: String,
    org: Organisation,
    country: String,
    texts: Vec<(Lang, crate::organisations::model::PageText)>,
    reason: String,
    errors: FieldErrors,
}

async fn load_for(state: &AppState, campaign: &crate::campaigns::model::Campaign, org: &str) -> AppResult<Organisation> {
    let id = org.parse::<OrganisationId>().map_err(|_| AppError::NotFound)?;
    store::find(&state.db, id).await?.filter(|o| o.campaign_id == campaign.id).ok_or(AppError::NotFound)
}

async fn detail_page(state: &AppState, lang: Lang, staff: &crate::staff::Staff, campaign: &crate::campaigns::model::Campaign, org: Organisation, reason: String, errors: FieldErrors) -> AppResult<ModerationDetailTemplate> {
    let texts = store::texts(&state.db, org.id).await?;
    let mut page = Page::staff(state, lang, staff, format!("/staff/campaigns/{}/organisations/{}", campaign.slug, org.id), "org-detail-title");
    page.refused = !errors.is_empty();
    let country = crate::countries::country_name(lang, &org.country);
    Ok(ModerationDetailTemplate { page, campaign_slug: campaign.slug.clone(), org, country, texts, reason, errors })
}

async fn moderation_detail(State(state): State<AppState>, Moderation { lang, staff, campaign }: Moderation, Path((_, _, org)): Path<(String, String, String)>) -> AppResult<Response> {
    let org = load_for(&state, &campaign, &org).await?;
    html(&detail_page(&state, lang, &staff, &campaign, org, String::new(), FieldErrors::default()).await?)
}

/// The logo of an organisation in any status, for those who decide on it: a logo goes public
/// only once someone has seen it.
async fn logo_for_moderators(State(state): State<AppState>, Moderation { campaign, .. }: Moderation, Path((_, _, org)): Path<(String, String, String)>) -> AppResult<Response> {
    let org = load_for(&state, &campaign, &org).await?;
    let png = store::any_logo(&state.db, org.id).await?.ok_or(AppError::NotFound)?;
    let mut res = png.into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, "image/png".parse().expect("static header"));
    h.insert(header::CACHE_CONTROL, "no-store".parse().expect("static header"));
    Ok(res)
}

async fn decide(State(state): State<AppState>, Moderation { lang, staff, campaign }: Moderation, Path((_, _, org)): Path<(String, String, String)>, form: CsrfForm) -> AppResult<Response> {
    let org = load_for(&state, &campaign, &org).await?;
    let approve = match form.get("decision") {
        "approve" => true,
        "reject" => false,
        _ => return Err(AppError::BadRequest),
    };
    let reason = form.get("reason").chars().take(5_000).collect::<String>();
    match service::decide(&state, &staff, &campaign, &org, approve, &reason).await? {
        Ok(changed) => Ok(Redirect::to(&format!("/{lang}/staff/campaigns/{}/organisations?decided={}", campaign.slug, u8::from(changed))).into_response()),
        Err(errors) => {
            let errors = FieldErrors::translated(&errors, &state.i18n, lang);
            html_status(StatusCode::UNPROCESSABLE_ENTITY, &detail_page(&state, lang, &staff, &campaign, org, reason, errors).await?)
        }
    }
}

#[derive(Template)]
#[template(path = "organisations/home.html")]
struct HomeTemplate {
    page: Page,
    org: Organisation,
    campaign_slug: String,
    supporters: i64,
    tally: i64,
    monthly: Vec<(String, i64)>,
    languages: Vec<Lang>,
    key: String,
    errors: FieldErrors,
    notice: Option<String>,
}

#[derive(Deserialize, Default)]
struct HomeQuery {
    saved: Option<String>,
}

async fn home_page(state: &AppState, own: &OwnOrganisation, key: String, errors: FieldErrors, notice: Option<String>) -> AppResult<HomeTemplate> {
    let OwnOrganisation { lang, staff, org } = own;
    let campaign = crate::campaigns::store::find_by_id(&state.db, org.campaign_id).await?.ok_or(AppError::NotFound)?;
    let mut page = Page::staff(state, *lang, staff, "/staff/org", "org-home-title");
    page.refused = !errors.is_empty();
    Ok(HomeTemplate {
        page,
        org: org.clone(),
        campaign_slug: campaign.slug.clone(),
        supporters: store::supporter_count(&state.db, org.id).await?,
        tally: store::tally(&state.db, org.id).await?,
        monthly: store::monthly(&state.db, org.id).await?,
        languages: campaign.languages.clone(),
        key,
        errors,
        notice,
    })
}

async fn home(State(state): State<AppState>, own: OwnOrganisation, Query(q): Query<HomeQuery>) -> AppResult<Response> {
    let notice = q.saved.is_some().then(|| state.i18n.tr(own.lang, "notice-saved", &[]));
    let key = own.org.age_recipient.clone().unwrap_or_default();
    html(&home_page(&state, &own, key, FieldErrors::default(), notice).await?)
}

async fn save_key(State(state): State<AppState>, own: OwnOrganisation, form: CsrfForm) -> AppResult<Response> {
    let typed = form.get("age_recipient").chars().take(200).collect::<String>();
    match service::set_key(&state, &own.staff, &own.org, &typed).await? {
        Ok(()) => Ok(Redirect::to(&format!("/{}/staff/org?saved=1", own.lang)).into_response()),
        Err(errors) => {
            let errors = FieldErrors::translated(&errors, &state.i18n, own.lang);
            html_status(StatusCode::UNPROCESSABLE_ENTITY, &home_page(&state, &own, typed, errors, None).await?)
        }
    }
}

#[derive(Template)]
#[template(path = "organisations/supporters.html")]
struct SupportersTemplate {
    page: Page,
    org: Organisation,
    rows: Vec<OrgSupporter>,
    pager: Pager,
    email: String,
    search_message: Option<String>,
}

impl SupportersTemplate {
    fn country(&self, code: &Option<String>) -> String {
        code.as_deref().map(|c| crate::countries::country_name(self.page.lang, c)).unwrap_or_default()
    }
}

async fn supporters(State(state): State<AppState>, OwnOrganisation { lang, staff, org }: OwnOrganisation, Query(q): Query<PageQuery>) -> AppResult<Response> {
    let total = store::supporter_count(&state.db, org.id).await?;
    let pager = Pager::new(q.number(), total);
    let (_, rows) = service::supporters(&state, &staff, &org, PAGE_SIZE, pager.offset()).await?;
    let page = Page::staff(&state, lang, &staff, "/staff/org/supporters", "org-supporters-title");
    html(&SupportersTemplate { page, org, rows, pager, email: String::new(), search_message: None })
}

/// Exact-email search: a POST, so the address never lands in a proxy's log of URLs.
async fn search(State(state): State<AppState>, OwnOrganisation { lang, staff, org }: OwnOrganisation, form: CsrfForm) -> AppResult<Response> {
    let typed = form.get("email").chars().take(300).collect::<String>();
    let total = store::supporter_count(&state.db, org.id).await?;
    let pager = Pager::new(1, total);
    let page = Page::staff(&state, lang, &staff, "/staff/org/supporters", "org-supporters-title");
    let (rows, message) = match Email::parse(&typed) {
        Err(id) => (Vec::new(), state.i18n.tr(lang, id, &[])),
        Ok(email) => match service::search(&state, &staff, &org, &email).await? {
            Some(found) => (vec![found], state.i18n.tr(lang, "org-search-found", &[])),
            None => (Vec::new(), state.i18n.tr(lang, "org-search-none", &[])),
        },
    };
    html(&SupportersTemplate { page, org, rows, pager: Pager { pages: 1, ..pager }, email: typed, search_message: Some(message) })
}

async fn export(State(state): State<AppState>, OwnOrganisation { staff, org, .. }: OwnOrganisation, _form: CsrfForm) -> AppResult<Response> {
    let file = service::export(&state, &staff, &org).await?;
    let mut res = file.bytes.into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, file.content_type.parse().expect("static header"));
    h.insert(header::CONTENT_DISPOSITION, format!("attachment; filename=\"{}\"", file.name).parse().map_err(|_| AppError::Internal(anyhow::anyhow!("a file name")))?);
    h.insert(header::CACHE_CONTROL, "no-store".parse().expect("static header"));
    Ok(res)
}

#[derive(Template)]
#[template(path = "organisations/page_form.html")]
struct PageFormTemplate {
    page: Page,
    org: Organisation,
    text_lang: Lang,
    input: PageInput,
    errors: FieldErrors,
}

fn text_lang_of(org: &Organisation, campaign_langs: &[Lang], code: &str) -> AppResult<Lang> {
    let l = Lang::parse(code).ok_or(AppError::NotFound)?;
    if campaign_langs.contains(&l) || l == org.lang { Ok(l) } else { Err(AppError::NotFound) }
}

async fn page_form(State(state): State<AppState>, OwnOrganisation { lang, staff, org }: OwnOrganisation, Path((_, text_lang)): Path<(String, String)>) -> AppResult<Response> {
    staff.require(crate::staff::Permission::EditOrgPage)?;
    let campaign = crate::campaigns::store::find_by_id(&state.db, org.campaign_id).await?.ok_or(AppError::NotFound)?;
    let text_lang = text_lang_of(&org, &campaign.languages, &text_lang)?;
    let texts = store::texts(&state.db, org.id).await?;
    let t = texts.into_iter().find(|(l, _)| *l == text_lang).map(|(_, t)| t).unwrap_or_default();
    let input = PageInput { statement: t.statement, page_md: t.page_md, call_to_action: t.call_to_action };
    let page = Page::staff(&state, lang, &staff, format!("/staff/org/page/{text_lang}"), "org-page-title");
    html(&PageFormTemplate { page, org, text_lang, input, errors: FieldErrors::default() })
}

async fn save_page(State(state): State<AppState>, OwnOrganisation { lang, staff, org }: OwnOrganisation, Path((_, text_lang)): Path<(String, String)>, form: CsrfForm) -> AppResult<Response> {
    let campaign = crate::campaigns::store::find_by_id(&state.db, org.campaign_id).await?.ok_or(AppError::NotFound)?;
    let text_lang = text_lang_of(&org, &campaign.languages, &text_lang)?;
    let input = PageInput { statement: form.get("statement").to_string(), page_md: form.get("page_md").to_string(), call_to_action: form.get("call_to_action").to_string() };
    match service::save_page(&state, &staff, &org, text_lang, &input).await? {
        Ok(()) => Ok(Redirect::to(&format!("/{lang}/staff/org?saved=1")).into_response()),
        Err(errors) => {
            let errors = FieldErrors::translated(&errors, &state.i18n, lang);
            let mut page = Page::staff(&state, lang, &staff, format!("/staff/org/page/{text_lang}"), "org-page-title");
            page.refused = true;
            html_status(StatusCode::UNPROCESSABLE_ENTITY, &PageFormTemplate { page, org, text_lang, input, errors })
        }
    }
}
