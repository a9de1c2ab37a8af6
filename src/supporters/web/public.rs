//! A supporter's own pages, reached from signed links in every mail (no account):
//!
//! - `/{lang}/unsubscribe/{token}`: a POST withdraws every consent at once (RFC 8058 one-click:
//!   mail programs post `List-Unsubscribe=One-Click` from their own servers, so there is no
//!   session and no CSRF token, the signed link is the authority); a GET only shows a button.
//! - `/{lang}/me/{token}`: what we hold about them; withdraw each consent, download everything
//!   as JSON, erase themselves.

use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};

use crate::supporters::model::SupporterId;
use crate::supporters::service::{self, OwnSection};
use crate::supporters::store;
use crate::crypto::LinkPurpose;
use crate::db::now;
use crate::error::AppResult;
use crate::http::page::{Page, html_status};
use crate::http::session::PublicForm;
use crate::http::UrlLang;
use crate::state::AppState;
use crate::i18n::Lang;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/unsubscribe/{token}", get(unsubscribe_page).post(unsubscribe))
        .route("/{lang}/me/{token}", get(own_page))
        .route("/{lang}/me/{token}/data.json", get(download))
        .route("/{lang}/me/{token}/consent", post(withdraw))
        .route("/{lang}/me/{token}/erase", post(erase))
        .route("/{lang}/me/{token}/end-links", post(end_links))
}

#[derive(Template)]
#[template(path = "supporters/unsubscribe.html")]
struct UnsubscribeTemplate {
    page: Page,
    valid: bool,
    done: bool,
    action: String,
}

fn unsubscribe_view(state: &AppState, lang: Lang, token: &str, valid: bool, done: bool) -> AppResult<Response> {
    let page = Page::new(state, lang, format!("/unsubscribe/{token}"), state.i18n.tr(lang, "unsubscribe-title", &[]));
    let status = if valid { StatusCode::OK } else { StatusCode::NOT_FOUND };
    html_status(status, &UnsubscribeTemplate { page, valid, done, action: format!("/{lang}/unsubscribe/{token}") })
}

async fn unsubscribe_page(UrlLang(lang): UrlLang, State(state): State<AppState>, Path((_, token)): Path<(String, String)>) -> AppResult<Response> {
    let valid = match state.keys.verify_link::<SupporterId>(LinkPurpose::Unsubscribe, &token) {
        Some(id) => store::load(&state.db, &state.keys.fields, id).await?.is_some(),
        None => false,
    };
    unsubscribe_view(&state, lang, &token, valid, false)
}

async fn unsubscribe(UrlLang(lang): UrlLang, State(state): State<AppState>, Path((_, token)): Path<(String, String)>) -> AppResult<Response> {
    let Some(id) = state.keys.verify_link::<SupporterId>(LinkPurpose::Unsubscribe, &token) else {
        return unsubscribe_view(&state, lang, &token, false, false);
    };
    let found = store::withdraw_all(&state.db, id, "unsubscribe", lang, now()).await?;
    if found {
        tracing::info!("a supporter unsubscribed");
    }
    unsubscribe_view(&state, lang, &token, found, found)
}

/// One consent as the supporter's page shows it.
pub struct ConsentView {
    pub org: String,
    pub name: String,
    pub granted: bool,
    pub changed_at: i64,
}

#[derive(Template)]
#[template(path = "supporters/me.html")]
struct OwnTemplate {
    page: Page,
    token: String,
    email: String,
    name: Option<String>,
    country: Option<String>,
    since: i64,
    consents: Vec<ConsentView>,
    /// What each capability holding personal data adds (petitions: signatures).
    sections: Vec<OwnSection>,
    notice: Option<String>,
}

async fn own_view(state: &AppState, lang: Lang, token: &str, notice: Option<String>) -> AppResult<Response> {
    let person = service::own_link_person(state, token, now()).await?;
    let Some(person) = person else {
        // Not ours, or erased: the same page either way.
        let page = Page::new(state, lang, format!("/me/{token}"), state.i18n.tr(lang, "me-title", &[]));
        return html_status(StatusCode::NOT_FOUND, &GoneTemplate { page, erased: false, ended: false });
    };
    let mut consents = Vec::new();
    for c in store::consents(&state.db, person.id).await? {
        consents.push(ConsentView { name: service::org_name(state, lang, &c.org).await?, org: c.org, granted: c.granted == 1, changed_at: c.changed_at });
    }
    let sections = service::own_sections(state, lang, person.id).await?;
    let page = Page::new(state, lang, format!("/me/{token}"), state.i18n.tr(lang, "me-title", &[]));
    let country = person.country.as_deref().map(|c| crate::countries::country_name(lang, c));
    let mut res = html_status(
        StatusCode::OK,
        &OwnTemplate { page, token: token.to_string(), email: person.email, name: person.name, country, since: person.created_at, consents, sections, notice },
    )?;
    // A person's data: no cache, shared or private, keeps a copy.
    res.headers_mut().insert(header::CACHE_CONTROL, axum::http::HeaderValue::from_static("no-store"));
    Ok(res)
}

#[derive(Template)]
#[template(path = "supporters/gone.html")]
struct GoneTemplate {
    page: Page,
    erased: bool,
    /// The person ended their links (this page's link among them).
    ended: bool,
}

async fn own_page(UrlLang(lang): UrlLang, State(state): State<AppState>, Path((_, token)): Path<(String, String)>) -> AppResult<Response> {
    own_view(&state, lang, &token, None).await
}

async fn download(State(state): State<AppState>, Path((_, token)): Path<(String, String)>) -> AppResult<Response> {
    let Some(id) = service::own_link_person(&state, &token, now()).await?.map(|p| p.id) else { return Err(crate::error::AppError::NotFound) };
    let Some(data) = service::export(&state, id).await? else { return Err(crate::error::AppError::NotFound) };
    let body = serde_json::to_vec_pretty(&data).map_err(anyhow::Error::from)?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/json; charset=utf-8"),
            (header::CONTENT_DISPOSITION, "attachment; filename=\"my-data.json\""),
            (header::CACHE_CONTROL, "no-store"),
        ],
        body,
    )
        .into_response())
}

async fn withdraw(
    UrlLang(lang): UrlLang,
    State(state): State<AppState>,
    Path((_, token)): Path<(String, String)>,
    PublicForm(pairs): PublicForm,
) -> AppResult<Response> {
    let Some(id) = service::own_link_person(&state, &token, now()).await?.map(|p| p.id) else { return own_view(&state, lang, &token, None).await };
    let org = pairs.iter().find(|(k, _)| k == "org").map(|(_, v)| v.as_str()).unwrap_or("");
    if store::consents(&state.db, id).await?.iter().any(|c| c.org == org && c.granted == 1) {
        store::set_consent_now(&state.db, id, org, false, "self-service", lang, now()).await?;
    }
    Ok(Redirect::to(&format!("/{lang}/me/{token}")).into_response())
}

async fn erase(
    UrlLang(lang): UrlLang,
    State(state): State<AppState>,
    Path((_, token)): Path<(String, String)>,
    PublicForm(pairs): PublicForm,
) -> AppResult<Response> {
    let Some(id) = service::own_link_person(&state, &token, now()).await?.map(|p| p.id) else { return own_view(&state, lang, &token, None).await };
    // A checkbox stands between a stray press and losing everything.
    if !pairs.iter().any(|(k, v)| k == "sure" && v == "yes") {
        let notice = state.i18n.tr(lang, "me-erase-not-sure", &[]);
        return own_view(&state, lang, &token, Some(notice)).await;
    }
    service::erase(&state, id).await?;
    let page = Page::new(&state, lang, format!("/me/{token}"), state.i18n.tr(lang, "me-erased-title", &[]));
    html_status(StatusCode::OK, &GoneTemplate { page, erased: true, ended: false })
}

/// End every own-page link sent so far (this one too): for a mail that reached the wrong hands.
/// The next mail carries a new link.
async fn end_links(
    UrlLang(lang): UrlLang,
    State(state): State<AppState>,
    Path((_, token)): Path<(String, String)>,
    _form: PublicForm,
) -> AppResult<Response> {
    let Some(person) = service::own_link_person(&state, &token, now()).await? else { return own_view(&state, lang, &token, None).await };
    store::end_own_links(&state.db, person.id).await?;
    tracing::info!("a supporter ended their own-page links");
    let page = Page::new(&state, lang, format!("/me/{token}"), state.i18n.tr(lang, "me-links-ended-title", &[]));
    html_status(StatusCode::OK, &GoneTemplate { page, erased: false, ended: true })
}
