//! Error policy.
//!
//! Two audiences, two messages. The reader gets a page in their own language that says what
//! went wrong in terms they can act on, and never an internal detail (no SQL, no paths, no
//! stack). The log gets the full cause chain, and never personal data or a client address:
//! errors are built from our own context strings and driver messages, not from user input.
//!
//! Layers: domain code returns its own error types (validation errors carry Fluent message ids,
//! so they are translated where they are shown); store code returns `anyhow::Error` with
//! context on each fallible step; handlers return [`AppError`], whose `IntoResponse` only marks
//! the response, and the error-page middleware in `http` renders it in the request's language.
//! Nothing swallows an error: an ignored `Result` must say why in a comment.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

/// What a handler can fail with. The variant decides the status and the page shown.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    /// A missing or wrong CSRF token, a cross-site form post, or a role that may not do this.
    #[error("forbidden")]
    Forbidden,
    #[error("request body too large")]
    PayloadTooLarge,
    #[error("bad request")]
    BadRequest,
    /// A staff form whose CSRF token no longer matches (the tab outlived its session): the page
    /// shows what was typed, so nothing is lost.
    #[error("stale form")]
    StaleForm(Vec<(String, String)>),
    /// A staff form posted after the session ended: the same, with a sign-in link.
    #[error("session ended")]
    SessionEnded(Vec<(String, String)>),
    /// This process cannot do it now (its keys are out of date); another one, or this one
    /// restarted, can.
    #[error("unavailable")]
    Unavailable,
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

/// What a refused staff form held, to show back to the person who typed it.
#[derive(Clone, Debug)]
pub struct Recovered(pub Vec<(String, String)>);

/// Marker left on an error response; the error-page middleware turns it into a page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorPage {
    NotFound,
    Forbidden,
    PayloadTooLarge,
    BadRequest,
    MethodNotAllowed,
    StaleForm,
    SessionEnded,
    Unavailable,
    Internal,
}

impl ErrorPage {
    pub fn status(self) -> StatusCode {
        match self {
            ErrorPage::NotFound => StatusCode::NOT_FOUND,
            ErrorPage::Forbidden => StatusCode::FORBIDDEN,
            ErrorPage::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ErrorPage::BadRequest => StatusCode::BAD_REQUEST,
            ErrorPage::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            ErrorPage::StaleForm => StatusCode::FORBIDDEN,
            ErrorPage::SessionEnded => StatusCode::UNAUTHORIZED,
            ErrorPage::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            ErrorPage::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// For responses that did not come from our handlers (axum's own 404, 405, 413…).
    pub fn from_status(status: StatusCode) -> ErrorPage {
        match status {
            StatusCode::NOT_FOUND => ErrorPage::NotFound,
            StatusCode::FORBIDDEN => ErrorPage::Forbidden,
            StatusCode::PAYLOAD_TOO_LARGE => ErrorPage::PayloadTooLarge,
            StatusCode::METHOD_NOT_ALLOWED => ErrorPage::MethodNotAllowed,
            s if s.is_client_error() => ErrorPage::BadRequest,
            _ => ErrorPage::Internal,
        }
    }

    /// Fluent id prefix of the page's title and explanation.
    pub fn message_id(self) -> &'static str {
        match self {
            ErrorPage::NotFound => "error-not-found",
            ErrorPage::Forbidden => "error-forbidden",
            ErrorPage::PayloadTooLarge => "error-too-large",
            ErrorPage::BadRequest => "error-bad-request",
            ErrorPage::MethodNotAllowed => "error-method",
            ErrorPage::StaleForm => "error-stale-form",
            ErrorPage::SessionEnded => "error-session-ended",
            ErrorPage::Unavailable => "error-unavailable",
            ErrorPage::Internal => "error-internal",
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let page = match &self {
            AppError::NotFound => ErrorPage::NotFound,
            AppError::Forbidden => ErrorPage::Forbidden,
            AppError::PayloadTooLarge => ErrorPage::PayloadTooLarge,
            AppError::BadRequest => ErrorPage::BadRequest,
            AppError::Unavailable => ErrorPage::Unavailable,
            AppError::StaleForm(fields) | AppError::SessionEnded(fields) => {
                let page = if matches!(self, AppError::StaleForm(_)) { ErrorPage::StaleForm } else { ErrorPage::SessionEnded };
                let mut response = page.status().into_response();
                response.extensions_mut().insert(page);
                response.extensions_mut().insert(Recovered(fields.clone()));
                return response;
            }
            AppError::Internal(err) => {
                tracing::error!(error = format!("{err:#}"), "request failed");
                ErrorPage::Internal
            }
        };
        let mut response = page.status().into_response();
        response.extensions_mut().insert(page);
        response
    }
}

pub type AppResult<T> = Result<T, AppError>;
