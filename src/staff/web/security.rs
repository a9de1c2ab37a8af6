//! A staff member's own security page: their sessions (each can be ended), and two-factor
//! sign-in (enrolment by a QR code drawn on the server plus the secret as text, so it works
//! with JavaScript off; recovery codes shown once).

use askama::Template;
use axum::Router;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use serde::Deserialize;

use crate::crypto;
use crate::error::{AppError, AppResult};
use crate::http::UrlLang;
use crate::http::page::{Page, html, html_status};
use crate::http::session::{CsrfForm, RequireStaff};
use crate::staff::service::{self, Enrolment};
use crate::staff::store::{self, SessionInfo};
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new().route("/{lang}/staff/security", get(security).post(act))
}

#[derive(Deserialize, Default)]
struct SecurityQuery {
    required: Option<String>,
    ended: Option<String>,
}

#[derive(Template)]
#[template(path = "staff/security.html")]
struct SecurityTemplate {
    page: Page,
    sessions: Vec<SessionInfo>,
    current: String,
    two_factor: bool,
    codes_left: i64,
    /// Enrolment under way: the QR code and the secret.
    enrolment: Option<Enrolment>,
    /// Just enrolled: the recovery codes, shown this once.
    recovery: Vec<String>,
    notice: Option<String>,
    error: Option<String>,
    required: bool,
}

async fn page(state: &AppState, lang: crate::i18n::Lang, staff: &crate::staff::Staff) -> AppResult<SecurityTemplate> {
    let two_factor = store::totp_secrets(&state.db, staff.id).await?.1.is_some();
    Ok(SecurityTemplate {
        page: Page::staff(state, lang, staff, "/staff/security", "security-title"),
        sessions: store::sessions_of(&state.db, staff.id).await?,
        current: crypto::token_hash(&staff.session_token),
        two_factor,
        codes_left: store::recovery_codes_left(&state.db, staff.id).await?,
        enrolment: None,
        recovery: Vec::new(),
        notice: None,
        error: None,
        required: !two_factor && crate::http::session::two_factor_required(state).await?,
    })
}

async fn security(UrlLang(lang): UrlLang, State(state): State<AppState>, RequireStaff(staff): RequireStaff, Query(q): Query<SecurityQuery>) -> AppResult<Response> {
    let mut t = page(&state, lang, &staff).await?;
    t.required = t.required || q.required.is_some() && !t.two_factor;
    if q.ended.is_some() {
        t.notice = Some(state.i18n.tr(lang, "sessions-ended", &[]));
    }
    html(&t)
}

async fn act(UrlLang(lang): UrlLang, State(state): State<AppState>, RequireStaff(staff): RequireStaff, form: CsrfForm) -> AppResult<Response> {
    match form.get("action") {
        "end" => {
            store::end_session(&state.db, staff.id, form.get("session")).await?;
            Ok(Redirect::to(&format!("/{lang}/staff/security?ended=1")).into_response())
        }
        "end-others" => {
            let current = crypto::token_hash(&staff.session_token);
            for s in store::sessions_of(&state.db, staff.id).await? {
                if s.token_hash != current {
                    store::end_session(&state.db, staff.id, &s.token_hash).await?;
                }
            }
            Ok(Redirect::to(&format!("/{lang}/staff/security?ended=1")).into_response())
        }
        "enrol-start" => {
            let mut t = page(&state, lang, &staff).await?;
            if t.two_factor {
                return html(&t);
            }
            // The password first: a session left open (or stolen) must not bind the account
            // to someone else's phone.
            match service::check_own_password(&state, &staff, form.get("password").to_string()).await? {
                service::PasswordCheck::Right => {}
                service::PasswordCheck::Wrong => {
                    t.error = Some(state.i18n.tr(lang, "password-wrong", &[]));
                    t.page.refused = true;
                    return html_status(StatusCode::UNPROCESSABLE_ENTITY, &t);
                }
                service::PasswordCheck::Locked { minutes } => {
                    t.error = Some(state.i18n.tr(lang, "login-locked", &[("minutes", crate::i18n::Arg::Count(minutes))]));
                    t.page.refused = true;
                    return html_status(StatusCode::UNPROCESSABLE_ENTITY, &t);
                }
            }
            t.enrolment = Some(service::start_enrolment(&state, &staff, &state.i18n.tr(lang, "two-factor-qr-label", &[])).await?);
            html(&t)
        }
        "enrol-finish" => {
            let mut t = page(&state, lang, &staff).await?;
            match service::finish_enrolment(&state, &staff, form.get("code")).await? {
                Some(codes) => {
                    let mut t = page(&state, lang, &staff).await?;
                    t.recovery = codes;
                    t.notice = Some(state.i18n.tr(lang, "two-factor-on", &[]));
                    html(&t)
                }
                None => {
                    // A fresh secret: the one shown before is gone from the page.
                    t.enrolment = Some(service::start_enrolment(&state, &staff, &state.i18n.tr(lang, "two-factor-qr-label", &[])).await?);
                    t.error = Some(state.i18n.tr(lang, "code-error", &[]));
                    t.page.refused = true;
                    html_status(StatusCode::UNPROCESSABLE_ENTITY, &t)
                }
            }
        }
        _ => Err(AppError::BadRequest),
    }
}
