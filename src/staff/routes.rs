//! Sign-in, sign-out and password change for staff.

use askama::Template;
use axum::Router;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::extract::RawQuery;
use axum::routing::{get, post};

use super::model::{self, Login, Staff};
use super::store;
use crate::crypto;
use crate::db::now;
use crate::error::AppResult;
use crate::http::page::{Page, html, html_status};
use crate::http::session::{self, CsrfForm, RequireStaff};
use crate::http::{AppState, UrlLang};
use crate::i18n::Lang;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/staff/login", get(login_form).post(login))
        .route("/{lang}/staff/logout", post(logout))
        .route("/{lang}/staff/password", get(password_form).post(change_password))
}

#[derive(Template)]
#[template(path = "staff/login.html")]
struct LoginTemplate {
    page: Page,
    login: String,
    error: Option<String>,
    notice: Option<String>,
}

/// The sign-in page. It sets a pre-session cookie (when there is none) whose keyed hash is the
/// form's CSRF token, so that a sign-in cannot be forged from another site either.
async fn login_form(
    UrlLang(lang): UrlLang,
    state: axum::extract::State<AppState>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> AppResult<Response> {
    if session::current_staff(&state, &headers).await?.is_some() {
        return Ok(Redirect::to(&format!("/{lang}/staff/")).into_response());
    }
    let notice = (query.as_deref() == Some("changed=1")).then(|| state.i18n.tr(lang, "password-changed", &[]));
    login_page(&state, lang, &headers, String::new(), None, notice, StatusCode::OK)
}

fn login_page(
    state: &AppState,
    lang: Lang,
    headers: &HeaderMap,
    login: String,
    error: Option<String>,
    notice: Option<String>,
    status: StatusCode,
) -> AppResult<Response> {
    let name = session::pre_session_cookie_name(state);
    let (anchor, set) = match session::read_cookie(headers, &name) {
        Some(a) => (a, false),
        None => (crypto::random_token(), true),
    };
    let mut page = Page::new(state, lang, "/staff/login", state.i18n.tr(lang, "login-title", &[]));
    page.csrf = session::csrf_token(state, &anchor);
    let mut res = html_status(status, &LoginTemplate { page, login, error, notice })?;
    if set {
        res.headers_mut().append(header::SET_COOKIE, session::cookie(state, &name, Some(&anchor)));
    }
    res.headers_mut().insert(header::CACHE_CONTROL, "no-store".parse().expect("static header"));
    Ok(res)
}

async fn login(UrlLang(lang): UrlLang, state: axum::extract::State<AppState>, headers: HeaderMap, form: CsrfForm) -> AppResult<Response> {
    let typed = form.get("login").trim().chars().take(100).collect::<String>();
    let password = form.get("password").to_string();
    let fail = |id: &str, args: &[(&str, crate::i18n::Arg<'_>)]| {
        let message = state.i18n.tr(lang, id, args);
        login_page(&state, lang, &headers, typed.clone(), Some(message), None, StatusCode::UNPROCESSABLE_ENTITY)
    };
    if password.chars().count() > model::MAX_PASSWORD_CHARS {
        return fail("login-error", &[]);
    }
    let account = match Login::parse(&typed) {
        Ok(login) => store::find_by_login(&state.db, &login).await?,
        Err(_) => None,
    };
    let now = now();
    let Some(account) = account else {
        // Same work, same answer as a wrong password: sign-in names are not disclosed.
        let pw = password.clone();
        tokio::task::spawn_blocking(move || model::verify_password(&pw, model::dummy_hash()))
            .await
            .map_err(|e| anyhow::anyhow!("password check task: {e}"))?;
        return fail("login-error", &[]);
    };
    if account.locked_until > now {
        let minutes = ((account.locked_until - now) + 59) / 60;
        tracing::info!(staff_id = account.id, "sign-in refused: account temporarily locked");
        return fail("login-locked", &[("minutes", crate::i18n::Arg::Count(minutes))]);
    }
    let hash = account.password_hash.clone();
    let pw = password.clone();
    let ok = tokio::task::spawn_blocking(move || model::verify_password(&pw, &hash))
        .await
        .map_err(|e| anyhow::anyhow!("password check task: {e}"))?;
    let id = model::StaffId(account.id);
    if !ok {
        let failures = store::record_failure(&state.db, id, now).await?;
        tracing::info!(staff_id = account.id, failures, "sign-in failed");
        return fail("login-error", &[]);
    }
    // A new session id at every sign-in; the pre-session cookie has done its job.
    let token = crypto::random_token();
    store::sign_in(&state.db, id, &crypto::token_hash(&token), now).await?;
    tracing::info!(staff_id = account.id, "signed in");
    let mut res = Redirect::to(&format!("/{lang}/staff/")).into_response();
    let h = res.headers_mut();
    h.append(header::SET_COOKIE, session::cookie(&state, &session::session_cookie_name(&state), Some(&token)));
    h.append(header::SET_COOKIE, session::cookie(&state, &session::pre_session_cookie_name(&state), None));
    Ok(res)
}

/// Sign out: ends every session of the account, on every device.
async fn logout(UrlLang(lang): UrlLang, state: axum::extract::State<AppState>, form: CsrfForm) -> AppResult<Response> {
    if let Some(staff) = &form.staff {
        let ended = store::end_all_sessions(&state.db, staff.id).await?;
        tracing::info!(staff_id = staff.id.0, ended, "signed out");
    }
    let mut res = Redirect::to(&format!("/{lang}/staff/login")).into_response();
    res.headers_mut().append(header::SET_COOKIE, session::cookie(&state, &session::session_cookie_name(&state), None));
    Ok(res)
}

#[derive(Template)]
#[template(path = "staff/password.html")]
struct PasswordTemplate {
    page: Page,
    error: Option<String>,
}

pub fn staff_page(state: &AppState, lang: Lang, staff: &Staff, path_rest: impl Into<String>, title_id: &str) -> Page {
    let mut page = Page::new(state, lang, path_rest, state.i18n.tr(lang, title_id, &[]));
    page.staff = Some(staff.login.clone());
    page.csrf = session::csrf_token(state, &staff.session_token);
    page
}

async fn password_form(UrlLang(lang): UrlLang, state: axum::extract::State<AppState>, RequireStaff(staff): RequireStaff) -> AppResult<Response> {
    html(&PasswordTemplate { page: staff_page(&state, lang, &staff, "/staff/password", "password-title"), error: None })
}

/// Change one's own password. Every session of the account ends, this one too: sign in again.
async fn change_password(
    UrlLang(lang): UrlLang,
    state: axum::extract::State<AppState>,
    RequireStaff(staff): RequireStaff,
    form: CsrfForm,
) -> AppResult<Response> {
    let current = form.get("current").to_string();
    let new = form.get("new").to_string();
    let repeat = form.get("repeat");
    let fail = |id: &str| {
        let page = staff_page(&state, lang, &staff, "/staff/password", "password-title");
        html_status(StatusCode::UNPROCESSABLE_ENTITY, &PasswordTemplate { error: Some(page.t(id)), page })
    };
    if let Err(id) = model::check_new_password(&new) {
        return fail(id);
    }
    if new != repeat {
        return fail("password-mismatch");
    }
    let Some(account) = store::find_by_id(&state.db, staff.id).await? else { return fail("password-wrong") };
    let hash = account.password_hash.clone();
    let ok = tokio::task::spawn_blocking(move || {
        if model::verify_password(&current, &hash) { model::hash_password(&new).map(Some) } else { Ok(None) }
    })
    .await
    .map_err(|e| anyhow::anyhow!("password task: {e}"))??;
    let Some(new_hash) = ok else { return fail("password-wrong") };
    store::set_password(&state.db, staff.id, &new_hash, now()).await?;
    tracing::info!(staff_id = staff.id.0, "password changed; all sessions ended");
    let mut res = Redirect::to(&format!("/{lang}/staff/login?changed=1")).into_response();
    res.headers_mut().append(header::SET_COOKIE, session::cookie(&state, &session::session_cookie_name(&state), None));
    Ok(res)
}
