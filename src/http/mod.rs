//! The web toolkit every capability builds its pages with: the middleware every response
//! passes through (applied by `crate::router`), page chrome and the staff page frame
//! (`page`), the pager, the page cache, the form kit, sessions and CSRF, abuse guards, and
//! extractors. It imports no capability: capabilities import it.
//!
//! Middleware, outermost first:
//! 1. `security_headers`: CSP `default-src 'self'` and friends on every response.
//! 2. `log_request`: one line per request with method, route *template*, status and time.
//!    Never the client address (it is not even read: the server is not given it), never the
//!    query string, never the concrete path (it may one day carry a token).
//! 3. `language_and_errors`: works out the request's language (URL first, then
//!    `Accept-Language`), and renders any error response as a page in that language.

pub mod abuse;
pub mod cache;
pub mod form;
pub mod page;
pub mod pager;
pub mod server;
pub mod session;

use std::time::Instant;

use axum::body::Body;
use axum::extract::{FromRequestParts, MatchedPath, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};

use crate::error::{AppError, ErrorPage};
use crate::state::AppState;
use crate::i18n::{Lang, negotiate};

/// The request's language and whether the URL named it (`/ar/…`) or it was negotiated.
#[derive(Clone, Copy, Debug)]
pub struct ReqLang {
    pub lang: Lang,
    pub from_url: bool,
}

/// Extractor for routes under `/{lang}/`: the language, or a 404 when the segment is not one.
pub struct UrlLang(pub Lang);

impl<S: Send + Sync> FromRequestParts<S> for UrlLang {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        match parts.extensions.get::<ReqLang>() {
            Some(ReqLang { lang, from_url: true }) => Ok(UrlLang(*lang)),
            _ => Err(AppError::NotFound),
        }
    }
}

/// One named segment of the matched route (`slug` in `/c/{slug}`), for extractors that load
/// what a route is about; a 404 when the route has no such segment.
pub async fn path_param<S: Send + Sync>(parts: &mut Parts, state: &S, name: &str) -> Result<String, AppError> {
    let axum::extract::Path(mut params) = axum::extract::Path::<std::collections::HashMap<String, String>>::from_request_parts(parts, state)
        .await
        .map_err(|_| AppError::NotFound)?;
    params.remove(name).ok_or(AppError::NotFound)
}

pub async fn lang_root(UrlLang(lang): UrlLang) -> Redirect {
    Redirect::permanent(&format!("/{lang}/"))
}

const STYLESHEET: &str = include_str!("../../static/style.css");
const ICON: &str = include_str!("../../static/icon.svg");

pub async fn stylesheet() -> Response {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=3600")], STYLESHEET)
        .into_response()
}

pub async fn icon() -> Response {
    ([(header::CONTENT_TYPE, "image/svg+xml"), (header::CACHE_CONTROL, "public, max-age=86400")], ICON).into_response()
}

pub const CSP: &str = "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self'; object-src 'none'; \
                       base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

pub async fn security_headers(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let staff_page = req.uri().path().contains("/staff/");
    let onion = state.cfg.onion_location.as_ref().map(|onion| format!("{onion}{}", req.uri().path()));
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert("cross-origin-opener-policy", HeaderValue::from_static("same-origin"));
    h.insert("permissions-policy", HeaderValue::from_static("camera=(), microphone=(), geolocation=(), interest-cohort=()"));
    if staff_page {
        // Staff pages must not outlive a sign-out in a shared computer's history or cache.
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    if state.cfg.https() {
        h.insert(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static("max-age=31536000"));
    }
    if let Some(Ok(v)) = onion.map(|o| HeaderValue::from_str(&o)) {
        h.insert("onion-location", v);
    }
    res
}

pub async fn log_request(req: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = req.method().clone();
    let route = req.extensions().get::<MatchedPath>().cloned();
    let res = next.run(req).await;
    let elapsed = started.elapsed();
    let route = route.as_ref().map(|r| r.as_str()).unwrap_or("(unmatched)");
    let (status, ms) = (res.status().as_u16(), elapsed.as_secs_f64() * 1000.0);
    // Refusals, errors and slow answers at info; the thousands of ordinary page views a second
    // a campaign day brings only at debug: formatting and writing a line is a real share of a
    // cached page's time.
    if res.status().is_client_error() || res.status().is_server_error() || elapsed >= std::time::Duration::from_millis(500) {
        tracing::info!(method = %method, route, status, ms, "request");
    } else {
        tracing::debug!(method = %method, route, status, ms, "request");
    }
    res
}

pub async fn language_and_errors(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let first = req.uri().path().trim_start_matches('/').split('/').next().unwrap_or("");
    let req_lang = match Lang::parse(first) {
        Some(lang) => ReqLang { lang, from_url: true },
        None => {
            let accept = req.headers().get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
            ReqLang { lang: negotiate(accept), from_url: false }
        }
    };
    req.extensions_mut().insert(req_lang);
    // Kept for the error page only; cloning a `Uri` shares its bytes.
    let uri = req.uri().clone();
    let mut res = next.run(req).await;
    let status = res.status();
    if !req_lang.from_url {
        // What came back depended on Accept-Language: caches must keep one copy per language.
        res.headers_mut().insert(header::VARY, HeaderValue::from_static("Accept-Language"));
    }
    if !(status.is_client_error() || status.is_server_error()) {
        return res;
    }
    let page = match res.extensions().get::<ErrorPage>() {
        Some(p) => *p,
        None if is_html(&res) => return res,
        None => ErrorPage::from_status(status),
    };
    let recovered = res.extensions().get::<crate::error::Recovered>().cloned();
    let body = page::render_error(&state, req_lang.lang, uri.path(), page, recovered);
    let mut out = (page.status(), body).into_response();
    if !req_lang.from_url {
        out.headers_mut().insert(header::VARY, HeaderValue::from_static("Accept-Language"));
    }
    if status == StatusCode::METHOD_NOT_ALLOWED {
        if let Some(allow) = res.headers().get(header::ALLOW) {
            out.headers_mut().insert(header::ALLOW, allow.clone());
        }
    }
    out
}

fn is_html(res: &Response<Body>) -> bool {
    res.headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"))
}
