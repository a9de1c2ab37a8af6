//! Sign-in, sign-out and password change for staff.

use askama::Template;
use axum::Router;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::extract::RawQuery;
use axum::routing::{get, post};

use crate::crypto;
use crate::staff::model;
use crate::staff::service::{self, PasswordChange, SignIn};
use crate::error::AppResult;
use crate::http::page::{Page, html, html_status};
use crate::http::session::{self, CsrfForm, RequireStaff};
use crate::http::UrlLang;
use crate::state::AppState;
use crate::i18n::Lang;

pub mod accounts;
pub mod security;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/staff/login", get(login_form).post(login))
        .route("/{lang}/staff/login/code", get(code_form).post(give_code))
        .route("/{lang}/staff/logout", post(logout))
        .route("/{lang}/staff/password", get(password_form).post(change_password))
        .merge(security::routes())
        .merge(accounts::routes())
}

#[derive(Template)]
#[template(path = "staff/code.html")]
struct CodeTemplate {
    page: Page,
    error: Option<String>,
}

fn code_page(state: &AppState, lang: Lang, headers: &HeaderMap, error: Option<String>, status: StatusCode) -> AppResult<Response> {
    let name = session::pre_session_cookie_name(state);
    let (anchor, set) = match session::read_cookie(headers, &name) {
        Some(a) => (a, false),
        None => (crypto::random_token(), true),
    };
    let mut page = Page::new(state, lang, "/staff/login/code", state.i18n.tr(lang, "code-title", &[]));
    page.csrf = session::csrf_token(state, &anchor);
    page.refused = error.is_some();
    let mut res = html_status(status, &CodeTemplate { page, error })?;
    if set {
        res.headers_mut().append(header::SET_COOKIE, session::cookie(state, &name, Some(&anchor)));
    }
    res.headers_mut().insert(header::CACHE_CONTROL, "no-store".parse().expect("static header"));
    Ok(res)
}

async fn code_form(UrlLang(lang): UrlLang, state: axum::extract::State<AppState>, headers: HeaderMap) -> AppResult<Response> {
    if session::read_cookie(&headers, &session::session_cookie_name(&state)).is_none() {
        return Ok(Redirect::to(&format!("/{lang}/staff/login")).into_response());
    }
    code_page(&state, lang, &headers, None, StatusCode::OK)
}

async fn give_code(UrlLang(lang): UrlLang, state: axum::extract::State<AppState>, headers: HeaderMap, form: CsrfForm) -> AppResult<Response> {
    let Some(waiting) = session::read_cookie(&headers, &session::session_cookie_name(&state)) else {
        return Ok(Redirect::to(&format!("/{lang}/staff/login")).into_response());
    };
    let typed = form.get("code").chars().take(100).collect::<String>();
    match service::give_code(&state, &waiting, &typed).await? {
        service::Code::Ok { session: token } => {
            let mut res = Redirect::to(&format!("/{lang}/staff/")).into_response();
            let h = res.headers_mut();
            h.append(header::SET_COOKIE, session::cookie(&state, &session::session_cookie_name(&state), Some(&token)));
            h.append(header::SET_COOKIE, session::cookie(&state, &session::pre_session_cookie_name(&state), None));
            Ok(res)
        }
        service::Code::Locked { minutes } => {
            let message = state.i18n.tr(lang, "login-locked", &[("minutes", crate::i18n::Arg::Count(minutes))]);
            code_page(&state, lang, &headers, Some(message), StatusCode::UNPROCESSABLE_ENTITY)
        }
        service::Code::Refused => code_page(&state, lang, &headers, Some(state.i18n.tr(lang, "code-error", &[])), StatusCode::UNPROCESSABLE_ENTITY),
    }
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
    let notice = match query.as_deref() {
        Some("changed=1") => Some(state.i18n.tr(lang, "password-changed", &[])),
        Some("invited=1") => Some(state.i18n.tr(lang, "invite-done", &[])),
        _ => None,
    };
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

async fn login(
    UrlLang(lang): UrlLang,
    state: axum::extract::State<AppState>,
    extensions: axum::http::Extensions,
    headers: HeaderMap,
    form: CsrfForm,
) -> AppResult<Response> {
    let typed = form.get("login").trim().chars().take(100).collect::<String>();
    let password = form.get("password").to_string();
    let fail = |id: &str, args: &[(&str, crate::i18n::Arg<'_>)]| {
        let message = state.i18n.tr(lang, id, args);
        login_page(&state, lang, &headers, typed.clone(), Some(message), None, StatusCode::UNPROCESSABLE_ENTITY)
    };
    // Each attempt costs a memory-hard hash: a connection that tries names by the thousand is
    // held back before any is hashed (the per-name throttle cannot see random names coming).
    if let Some(limiter) = &state.sign_in_limiter
        && !limiter.allows(&state.cfg, &headers, &extensions, crate::db::now())
    {
        let message = state.i18n.tr(lang, "login-error-rate", &[]);
        return login_page(&state, lang, &headers, typed.clone(), Some(message), None, StatusCode::TOO_MANY_REQUESTS);
    }
    let device = session::read_cookie(&headers, &session::device_cookie_name(&state));
    let (token, device) = match service::sign_in(&state, &typed, password, device).await? {
        SignIn::Ok { session, device } => (session, device),
        SignIn::NeedsCode { session, device } => {
            // The session cookie holds a token that opens only the code page; the pre-session
            // cookie stays, for the code form's CSRF token.
            let mut res = Redirect::to(&format!("/{lang}/staff/login/code")).into_response();
            let h = res.headers_mut();
            h.append(header::SET_COOKIE, session::cookie(&state, &session::session_cookie_name(&state), Some(&session)));
            h.append(header::SET_COOKIE, session::lasting_cookie(&state, &session::device_cookie_name(&state), &device));
            return Ok(res);
        }
        SignIn::Locked { minutes } => return fail("login-locked", &[("minutes", crate::i18n::Arg::Count(minutes))]),
        SignIn::Refused => return fail("login-error", &[]),
    };
    let mut res = Redirect::to(&format!("/{lang}/staff/")).into_response();
    let h = res.headers_mut();
    h.append(header::SET_COOKIE, session::cookie(&state, &session::session_cookie_name(&state), Some(&token)));
    h.append(header::SET_COOKIE, session::cookie(&state, &session::pre_session_cookie_name(&state), None));
    h.append(header::SET_COOKIE, session::lasting_cookie(&state, &session::device_cookie_name(&state), &device));
    Ok(res)
}

/// Sign out: ends every session of the account, on every device. Without a live session
/// (it expired, or another tab signed out) there is nothing to end: go to the sign-in page.
async fn logout(UrlLang(lang): UrlLang, state: axum::extract::State<AppState>, req: axum::extract::Request) -> AppResult<Response> {
    let mut res = Redirect::to(&format!("/{lang}/staff/login")).into_response();
    res.headers_mut().append(header::SET_COOKIE, session::cookie(&state, &session::session_cookie_name(&state), None));
    if session::current_staff(&state, req.headers()).await?.is_none() {
        return Ok(res);
    }
    let form = <CsrfForm as axum::extract::FromRequest<AppState>>::from_request(req, &state).await?;
    if let Some(staff) = &form.staff {
        service::sign_out(&state, staff).await?;
    }
    Ok(res)
}

#[derive(Template)]
#[template(path = "staff/password.html")]
struct PasswordTemplate {
    page: Page,
    error: Option<String>,
    /// The field the error is about ("" when none).
    field: &'static str,
}

impl PasswordTemplate {
    fn min_chars(&self) -> i64 {
        model::MIN_PASSWORD_CHARS as i64
    }
}

async fn password_form(UrlLang(lang): UrlLang, state: axum::extract::State<AppState>, RequireStaff(staff): RequireStaff) -> AppResult<Response> {
    html(&PasswordTemplate { page: Page::staff(&state, lang, &staff, "/staff/password", "password-title"), error: None, field: "" })
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
    let repeat = form.get("repeat").to_string();
    let page = Page::staff(&state, lang, &staff, "/staff/password", "password-title");
    let refused = |error: String, field: &'static str, page: Page| html_status(StatusCode::UNPROCESSABLE_ENTITY, &PasswordTemplate { error: Some(error), field, page });
    match service::change_password(&state, &staff, current, new, repeat).await? {
        PasswordChange::Changed => {}
        PasswordChange::Locked { minutes } => {
            let message = state.i18n.tr(lang, "login-locked", &[("minutes", crate::i18n::Arg::Count(minutes))]);
            return refused(message, "current", page);
        }
        PasswordChange::Refused { message, field } => {
            let message = match message.count {
                Some(n) => page.tn(message.id, n),
                None => page.t(message.id),
            };
            return refused(message, field, page);
        }
    }
    let mut res = Redirect::to(&format!("/{lang}/staff/login?changed=1")).into_response();
    res.headers_mut().append(header::SET_COOKIE, session::cookie(&state, &session::session_cookie_name(&state), None));
    Ok(res)
}
