//! Pages anyone sees: the endorsement form (JavaScript off, with a logo), the page after it,
//! the contact's confirmation, the public list of endorsers, partner pages, and logos.

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;

use crate::campaigns::model::Campaign;
use crate::campaigns::service::published;
use crate::countries::countries;
use crate::db::now;
use crate::error::{AppError, AppResult};
use crate::http::UrlLang;
use crate::http::form::FieldErrors;
use crate::http::page::{Page, html, html_status};
use crate::http::pager::{PAGE_SIZE, PageQuery, Pager};
use crate::http::session::{PublicForm, PublicUpload};
use crate::i18n::Lang;
use crate::organisations::model::{EndorseInput, Kind, Organisation, OrganisationId, PageText};
use crate::organisations::service::{self, CountryGroup};
use crate::organisations::store;
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/c/{slug}/endorse", get(endorse_form).post(endorse))
        .route("/{lang}/c/{slug}/endorse/sent", get(sent))
        .route("/{lang}/endorse/confirm/{token}", get(confirm_page).post(confirm))
        .route("/{lang}/c/{slug}/endorsers", get(endorsers))
        .route("/{lang}/c/{slug}/o/{referral}", get(partner_page))
        .route("/logos/{file}", get(logo))
}

fn form_name(campaign: &Campaign) -> String {
    format!("endorse:{}", campaign.id)
}

fn now_ms() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_millis() as i64).unwrap_or(0)
}

#[derive(Template)]
#[template(path = "organisations/endorse.html")]
struct EndorseTemplate {
    page: Page,
    campaign_slug: String,
    campaign_title: (String, Lang),
    input: EndorseInput,
    errors: FieldErrors,
    form_error: Option<String>,
    token: String,
    country_list: &'static [(String, String)],
    kinds: [Kind; 6],
}

impl EndorseTemplate {
    fn selected(&self, code: &str) -> bool {
        self.input.country.eq_ignore_ascii_case(code)
    }
}

async fn endorse_template(state: &AppState, lang: Lang, campaign: &Campaign, input: EndorseInput, errors: FieldErrors, form_error: Option<String>) -> AppResult<EndorseTemplate> {
    let texts = crate::campaigns::store::texts(&state.db, campaign.id).await?;
    let view = crate::campaigns::view::resolve(campaign, &texts, lang);
    let mut page = Page::new(state, lang, format!("/c/{}/endorse", campaign.slug), state.i18n.tr(lang, "endorse-title", &[]));
    page.refused = !errors.is_empty() || form_error.is_some();
    Ok(EndorseTemplate {
        page,
        campaign_slug: campaign.slug.clone(),
        campaign_title: view.title,
        input,
        errors,
        form_error,
        token: state.form_tokens.issue(&form_name(campaign), now_ms()),
        country_list: countries().list(lang),
        kinds: Kind::ALL,
    })
}

async fn endorse_form(UrlLang(lang): UrlLang, State(state): State<AppState>, Path((_, slug)): Path<(String, String)>) -> AppResult<Response> {
    let campaign = published(&state, &slug).await?;
    let t = endorse_template(&state, lang, &campaign, EndorseInput::default(), FieldErrors::default(), None).await?;
    let mut res = html(&t)?;
    res.headers_mut().insert(header::CACHE_CONTROL, "no-store".parse().expect("static header"));
    Ok(res)
}

async fn endorse(
    UrlLang(lang): UrlLang,
    State(state): State<AppState>,
    Path((_, slug)): Path<(String, String)>,
    upload: PublicUpload,
) -> AppResult<Response> {
    if state.keys_stale.load(std::sync::atomic::Ordering::Relaxed) {
        return Err(AppError::Unavailable);
    }
    let campaign = published(&state, &slug).await?;
    let field = |name: &str| upload.fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str()).unwrap_or("");
    let sent = Redirect::to(&format!("/{lang}/c/{}/endorse/sent", campaign.slug)).into_response();
    // The honeypot, as on the sign form (named unlike any field a browser fills in by itself).
    if !field("leave_empty").is_empty() {
        return Ok(sent);
    }
    let input = EndorseInput::from_pairs(&upload.fields);
    let refuse = |status: StatusCode, errors: FieldErrors, form_error: Option<String>| {
        let (state, campaign, input) = (state.clone(), campaign.clone(), input.clone());
        async move { html_status(status, &endorse_template(&state, lang, &campaign, input, errors, form_error).await?) }
    };
    if upload.limited {
        return refuse(StatusCode::TOO_MANY_REQUESTS, FieldErrors::default(), Some(state.i18n.tr(lang, "form-error-rate", &[]))).await;
    }
    let token_hash = match state.form_tokens.check(&form_name(&campaign), field("form_token"), now_ms()) {
        Ok(hash) => hash,
        Err(e) => return refuse(StatusCode::UNPROCESSABLE_ENTITY, FieldErrors::default(), Some(state.i18n.tr(lang, e.message_id(), &[]))).await,
    };
    let token_expires = now() + state.form_tokens.max_age_ms / 1000 + 60;
    let logo = upload.files.into_iter().find(|(k, _)| k == "logo").map(|(_, bytes)| bytes);
    match service::endorse(&state, &campaign, lang, &input, logo, (&token_hash, token_expires)).await? {
        // Stored, or not (a replayed token, an address named too often): the same answer.
        Ok(_) => Ok(sent),
        Err(errors) => refuse(StatusCode::UNPROCESSABLE_ENTITY, FieldErrors::translated(&errors, &state.i18n, lang), None).await,
    }
}

#[derive(Template)]
#[template(path = "organisations/sent.html")]
struct SentTemplate {
    page: Page,
    back: String,
}

async fn sent(UrlLang(lang): UrlLang, State(state): State<AppState>, Path((_, slug)): Path<(String, String)>) -> AppResult<Response> {
    let campaign = published(&state, &slug).await?;
    let page = Page::new(&state, lang, format!("/c/{}/endorse/sent", campaign.slug), state.i18n.tr(lang, "endorse-sent-title", &[]));
    html(&SentTemplate { page, back: format!("/{lang}/c/{}", campaign.slug) })
}

#[derive(Template)]
#[template(path = "organisations/confirm.html")]
struct ConfirmTemplate {
    page: Page,
    /// The organisation's name, while its endorsement waits for confirmation.
    name: Option<String>,
    done: bool,
    action: String,
}

async fn confirm_page(UrlLang(lang): UrlLang, State(state): State<AppState>, Path((_, token)): Path<(String, String)>) -> AppResult<Response> {
    let org = service::confirm_link(&state, &token).await?;
    let page = Page::new(&state, lang, format!("/endorse/confirm/{token}"), state.i18n.tr(lang, "endorse-confirm-title", &[]));
    let action = format!("/{lang}/endorse/confirm/{token}");
    let waiting = org.as_ref().filter(|o| o.status == crate::organisations::model::Status::Unconfirmed);
    let done = org.as_ref().is_some_and(|o| o.status != crate::organisations::model::Status::Unconfirmed);
    let status = if org.is_none() { StatusCode::NOT_FOUND } else { StatusCode::OK };
    html_status(status, &ConfirmTemplate { page, name: waiting.map(|o| o.name.clone()), done, action })
}

async fn confirm(UrlLang(lang): UrlLang, State(state): State<AppState>, Path((_, token)): Path<(String, String)>, _form: PublicForm) -> AppResult<Response> {
    if let Some(org) = service::confirm_link(&state, &token).await? {
        service::confirm(&state, &org).await?;
    }
    confirm_page(UrlLang(lang), State(state), Path((lang.code().to_string(), token))).await
}

#[derive(Template)]
#[template(path = "organisations/endorsers.html")]
struct EndorsersTemplate {
    page: Page,
    campaign_slug: String,
    campaign_title: (String, Lang),
    total: i64,
    groups: Vec<CountryGroup>,
    pager: Pager,
}

async fn endorsers(UrlLang(lang): UrlLang, State(state): State<AppState>, Path((_, slug)): Path<(String, String)>, Query(q): Query<PageQuery>) -> AppResult<Response> {
    let campaign = published(&state, &slug).await?;
    let texts = crate::campaigns::store::texts(&state.db, campaign.id).await?;
    let view = crate::campaigns::view::resolve(&campaign, &texts, lang);
    let approved = store::count(&state.db, campaign.id, crate::organisations::model::Status::Approved).await?;
    let pager = Pager::new(q.number(), approved);
    let (total, groups) = service::endorsers(&state, &campaign, lang, PAGE_SIZE, pager.offset()).await?;
    let page = Page::new(&state, lang, format!("/c/{}/endorsers", campaign.slug), state.i18n.tr(lang, "endorsers-title", &[]));
    html(&EndorsersTemplate { page, campaign_slug: campaign.slug.clone(), campaign_title: view.title, total, groups, pager })
}

#[derive(Template)]
#[template(path = "organisations/partner.html")]
struct PartnerTemplate {
    page: Page,
    campaign_slug: String,
    campaign_title: (String, Lang),
    org: Organisation,
    text: PageText,
    text_lang: Lang,
    country: String,
    /// The campaign's open actions, each taken through this page: (path after the campaign,
    /// title, language of the title) — petitions, then letter actions.
    petitions: Vec<(String, String, Lang)>,
    tally: i64,
}

/// The text of an organisation in `lang`, else in its own language, else any.
pub fn pick_text(texts: &[(Lang, PageText)], lang: Lang, own: Lang) -> (PageText, Lang) {
    let find = |l: Lang| texts.iter().find(|(tl, t)| *tl == l && !(t.statement.trim().is_empty() && t.page_md.trim().is_empty()));
    find(lang).or_else(|| find(own)).or_else(|| texts.first()).map(|(l, t)| (t.clone(), *l)).unwrap_or((PageText::default(), own))
}

async fn partner_page(UrlLang(lang): UrlLang, State(state): State<AppState>, Path((_, slug, referral)): Path<(String, String, String)>) -> AppResult<Response> {
    let campaign = published(&state, &slug).await?;
    let org = service::partner(&state, &campaign, &referral).await?;
    let texts = crate::campaigns::store::texts(&state.db, campaign.id).await?;
    let view = crate::campaigns::view::resolve(&campaign, &texts, lang);
    let (text, text_lang) = pick_text(&store::texts(&state.db, org.id).await?, lang, org.lang);
    let mut petitions = Vec::new();
    for p in crate::petitions::store::list(&state.db, campaign.id, true).await? {
        if p.status != crate::petitions::model::Status::Open {
            continue;
        }
        let ptexts = crate::petitions::store::texts(&state.db, p.id).await?;
        let (t, l) = crate::petitions::view::pick_text(&ptexts, lang, campaign.default_lang);
        petitions.push((format!("p/{}", p.slug), t.title, l));
    }
    for a in crate::letters::store::list(&state.db, campaign.id, true).await? {
        let texts = crate::letters::store::texts(&state.db, a.id).await?;
        if let Some((l, subject, _)) = texts.iter().find(|t| t.0 == lang).or_else(|| texts.iter().find(|t| t.0 == campaign.default_lang)).or(texts.first()) {
            petitions.push((format!("letters/{}", a.id), subject.clone(), *l));
        }
    }
    let tally = store::tally(&state.db, org.id).await?;
    let page = Page::new(&state, lang, format!("/c/{}/o/{}", campaign.slug, org.referral), org.name.clone());
    let country = crate::countries::country_name(lang, &org.country);
    html(&PartnerTemplate { page, campaign_slug: campaign.slug.clone(), campaign_title: view.title, org, text, text_lang, country, petitions, tally })
}

/// An approved organisation's logo: PNG, re-encoded when it was uploaded, so it carries nothing
/// but pixels. Named by the organisation's id; never served for one not (or no longer) approved.
async fn logo(State(state): State<AppState>, Path(file): Path<String>) -> AppResult<Response> {
    let id = file.strip_suffix(".png").and_then(|n| n.parse::<OrganisationId>().ok()).ok_or(AppError::NotFound)?;
    let png = store::logo(&state.db, id).await?.ok_or(AppError::NotFound)?;
    let mut res = png.into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, "image/png".parse().expect("static header"));
    // Short: a logo must leave caches soon after its organisation is rejected.
    h.insert(header::CACHE_CONTROL, "public, max-age=300".parse().expect("static header"));
    h.insert("x-content-type-options", "nosniff".parse().expect("static header"));
    Ok(res)
}
