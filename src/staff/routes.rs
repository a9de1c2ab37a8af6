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

/// The throttle's key for a typed sign-in name: a keyed hash of it, trimmed and lower-cased,
/// whether or not such an account exists.
fn throttle_key(state: &AppState, typed: &str) -> String {
    crypto::keyed_hash(&state.keys.throttle, typed.trim().to_lowercase().as_bytes())
}

/// Check a password against a hash on the blocking pool, at most as many at once as there
/// are cores: each check takes ~19 MiB and ~25 ms, and a flood of sign-in attempts must not
/// be able to take the server's memory.
async fn verify(state: &AppState, password: String, hash: String) -> AppResult<bool> {
    let _permit = state.password_work.acquire().await.map_err(|e| anyhow::anyhow!("password work queue: {e}"))?;
    let ok = tokio::task::spawn_blocking(move || model::verify_password(&password, &hash))
        .await
        .map_err(|e| anyhow::anyhow!("password check task: {e}"))?;
    Ok(ok)
}

async fn login(UrlLang(lang): UrlLang, state: axum::extract::State<AppState>, headers: HeaderMap, form: CsrfForm) -> AppResult<Response> {
    let typed = form.get("login").trim().chars().take(100).collect::<String>();
    let password = form.get("password").to_string();
    let fail = |id: &str, args: &[(&str, crate::i18n::Arg<'_>)]| {
        let message = state.i18n.tr(lang, id, args);
        login_page(&state, lang, &headers, typed.clone(), Some(message), None, StatusCode::UNPROCESSABLE_ENTITY)
    };
    if password.chars().count() > model::MAX_PASSWORD_CHARS || typed.is_empty() {
        return fail("login-error", &[]);
    }
    // Every name, real or not, goes through the same steps, so that neither the answer nor
    // its timing tells which names exist.
    let key = throttle_key(&state, &typed);
    let now = now();
    if let store::Attempt::Locked(seconds) = store::claim_attempt(&state.db, &key, now).await? {
        tracing::info!("sign-in refused: name temporarily locked");
        return fail("login-locked", &[("minutes", crate::i18n::Arg::Count((seconds + 59) / 60))]);
    }
    let account = match Login::parse(&typed) {
        Ok(login) => store::find_by_login(&state.db, &login).await?,
        Err(_) => None,
    };
    let hash = account.as_ref().map(|a| a.password_hash.clone()).unwrap_or_else(|| model::dummy_hash().to_string());
    let ok = verify(&state, password, hash).await? && account.is_some();
    let Some(account) = account.filter(|_| ok) else {
        tracing::info!("sign-in failed");
        return fail("login-error", &[]);
    };
    store::attempt_succeeded(&state.db, &key).await?;
    // A new session id at every sign-in; the pre-session cookie has done its job.
    let token = crypto::random_token();
    store::sign_in(&state.db, model::StaffId(account.id), &crypto::token_hash(&token), now).await?;
    tracing::info!(staff_id = account.id, "signed in");
    let mut res = Redirect::to(&format!("/{lang}/staff/")).into_response();
    let h = res.headers_mut();
    h.append(header::SET_COOKIE, session::cookie(&state, &session::session_cookie_name(&state), Some(&token)));
    h.append(header::SET_COOKIE, session::cookie(&state, &session::pre_session_cookie_name(&state), None));
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
        let ended = store::end_all_sessions(&state.db, staff.id).await?;
        tracing::info!(staff_id = staff.id.0, ended, "signed out");
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

pub fn staff_page(state: &AppState, lang: Lang, staff: &Staff, path_rest: impl Into<String>, title_id: &str) -> Page {
    let mut page = Page::new(state, lang, path_rest, state.i18n.tr(lang, title_id, &[]));
    page.staff = Some(staff.login.clone());
    page.csrf = session::csrf_token(state, &staff.session_token);
    page
}

async fn password_form(UrlLang(lang): UrlLang, state: axum::extract::State<AppState>, RequireStaff(staff): RequireStaff) -> AppResult<Response> {
    html(&PasswordTemplate { page: staff_page(&state, lang, &staff, "/staff/password", "password-title"), error: None, field: "" })
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
        let field = match id {
            "password-wrong" => "current",
            "password-mismatch" => "repeat",
            _ => "new",
        };
        html_status(StatusCode::UNPROCESSABLE_ENTITY, &PasswordTemplate { error: Some(page.t(id)), field, page })
    };
    if let Err(id) = model::check_new_password(&new) {
        return fail(id);
    }
    if new != repeat {
        return fail("password-mismatch");
    }
    let Some(account) = store::find_by_id(&state.db, staff.id).await? else { return fail("password-wrong") };
    // Guessing the current password from a session left open is throttled like a sign-in.
    let key = throttle_key(&state, &account.login);
    if let store::Attempt::Locked(seconds) = store::claim_attempt(&state.db, &key, now()).await? {
        let page = staff_page(&state, lang, &staff, "/staff/password", "password-title");
        let message = page.state.i18n.tr(lang, "login-locked", &[("minutes", crate::i18n::Arg::Count((seconds + 59) / 60))]);
        return html_status(StatusCode::UNPROCESSABLE_ENTITY, &PasswordTemplate { error: Some(message), field: "current", page });
    }
    if !verify(&state, current, account.password_hash.clone()).await? {
        return fail("password-wrong");
    }
    store::attempt_succeeded(&state.db, &key).await?;
    let new_hash = {
        let _permit = state.password_work.acquire().await.map_err(|e| anyhow::anyhow!("password work queue: {e}"))?;
        tokio::task::spawn_blocking(move || model::hash_password(&new)).await.map_err(|e| anyhow::anyhow!("password task: {e}"))??
    };
    store::set_password(&state.db, staff.id, &new_hash, now()).await?;
    tracing::info!(staff_id = staff.id.0, "password changed; all sessions ended");
    let mut res = Redirect::to(&format!("/{lang}/staff/login?changed=1")).into_response();
    res.headers_mut().append(header::SET_COOKIE, session::cookie(&state, &session::session_cookie_name(&state), None));
    Ok(res)
}
