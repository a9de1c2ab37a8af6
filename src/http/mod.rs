//! The web layer: router, the middleware every response passes through, and the page chrome
//! that every template shares.
//!
//! Middleware, outermost first:
//! 1. `security_headers`: CSP `default-src 'self'` and friends on every response.
//! 2. `log_request`: one line per request with method, route *template*, status and time.
//!    Never the client address (it is not even read: the server is not given it), never the
//!    query string, never the concrete path (it may one day carry a token).
//! 3. `language_and_errors`: works out the request's language (URL first, then
//!    `Accept-Language`), and renders any error response as a page in that language.

pub mod abuse;
pub mod page;
pub mod session;

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Body;
use axum::extract::{FromRequestParts, MatchedPath, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;

use crate::config::Config;
use crate::crypto::Keys;
use crate::db::Db;
use crate::error::{AppError, ErrorPage};
use crate::i18n::{I18n, Lang, negotiate};

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState(pub Arc<Inner>);

pub struct Inner {
    pub cfg: Config,
    pub db: Db,
    pub i18n: I18n,
    pub keys: Keys,
    pub cache: PageCache,
    /// Bounds concurrent password hashing (memory-hard: ~19 MiB each) to the number of cores.
    pub password_work: tokio::sync::Semaphore,
    /// Wakes this process's job workers after a transaction queued a job.
    pub job_notify: Arc<tokio::sync::Notify>,
    pub mailer: crate::mail::Mailer,
    /// Signatures are written in batches by one task (see `petitions::intake`).
    pub intake: crate::petitions::intake::Intake,
    pub form_tokens: abuse::FormTokens,
    /// Per-address limit on public form posts; `None` when turned off.
    pub limiter: Option<abuse::AddressLimiter>,
    /// A shared lock on the key file, held while this process uses its keys (key rotation
    /// waits for none to be left).
    pub _key_lock: std::fs::File,
}

impl std::ops::Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}

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

/// Public pages rendered once and served from memory. Entries expire after a short time so that
/// several server processes sharing one database converge; a change made through this process
/// clears the cache at once.
pub struct PageCache {
    entries: std::sync::RwLock<std::collections::HashMap<String, (Instant, axum::body::Bytes)>>,
    /// Things looked up for hot posts (the petition a signature is for), under the same rules.
    objects: std::sync::RwLock<std::collections::HashMap<String, (Instant, Arc<dyn std::any::Any + Send + Sync>)>>,
    ttl: Duration,
}

impl PageCache {
    pub fn new(ttl: Duration) -> PageCache {
        PageCache { entries: Default::default(), objects: Default::default(), ttl }
    }

    pub fn get(&self, key: &str) -> Option<axum::body::Bytes> {
        let entries = self.entries.read().unwrap_or_else(|e| e.into_inner());
        entries.get(key).filter(|(at, _)| at.elapsed() < self.ttl).map(|(_, b)| b.clone())
    }

    pub fn put(&self, key: String, body: axum::body::Bytes) {
        let mut entries = self.entries.write().unwrap_or_else(|e| e.into_inner());
        if entries.len() > 10_000 {
            entries.clear();
        }
        entries.insert(key, (Instant::now(), body));
    }

    pub fn get_object<T: Clone + Send + Sync + 'static>(&self, key: &str) -> Option<T> {
        let objects = self.objects.read().unwrap_or_else(|e| e.into_inner());
        objects.get(key).filter(|(at, _)| at.elapsed() < self.ttl).and_then(|(_, v)| v.downcast_ref::<T>().cloned())
    }

    pub fn put_object<T: Send + Sync + 'static>(&self, key: String, value: T) {
        let mut objects = self.objects.write().unwrap_or_else(|e| e.into_inner());
        if objects.len() > 10_000 {
            objects.clear();
        }
        objects.insert(key, (Instant::now(), Arc::new(value)));
    }

    pub fn clear(&self) {
        self.objects.write().unwrap_or_else(|e| e.into_inner()).clear();
        self.entries.write().unwrap_or_else(|e| e.into_inner()).clear();
    }
}

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/", get(root))
        .route("/healthz", get(|| async { "ok" }))
        .route("/static/style.css", get(stylesheet))
        .route("/static/icon.svg", get(icon))
        .route("/{lang}", get(lang_root))
        .merge(crate::campaigns::routes::public_routes())
        .merge(crate::staff::routes::routes())
        .merge(crate::campaigns::routes::staff_routes())
        .merge(crate::facts::routes::public_routes())
        .merge(crate::facts::routes::staff_routes())
        .merge(crate::jobs::routes::routes())
        .merge(crate::petitions::routes::routes())
        .merge(crate::petitions::staff::routes())
        .merge(crate::supporters::routes::routes())
        .fallback(|| async { AppError::NotFound })
        .layer(middleware::from_fn_with_state(state.clone(), session::staff_post_guard))
        .layer(middleware::from_fn_with_state(state.clone(), language_and_errors))
        .layer(middleware::from_fn(log_request))
        .layer(middleware::from_fn_with_state(state.clone(), security_headers))
        .with_state(state)
}

async fn root(req: Request) -> Redirect {
    let lang = req.extensions().get::<ReqLang>().map(|l| l.lang).unwrap_or(Lang::En);
    Redirect::to(&format!("/{lang}/"))
}

async fn lang_root(UrlLang(lang): UrlLang) -> Redirect {
    Redirect::permanent(&format!("/{lang}/"))
}

const STYLESHEET: &str = include_str!("../../static/style.css");
const ICON: &str = include_str!("../../static/icon.svg");

async fn stylesheet() -> Response {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=3600")], STYLESHEET)
        .into_response()
}

async fn icon() -> Response {
    ([(header::CONTENT_TYPE, "image/svg+xml"), (header::CACHE_CONTROL, "public, max-age=86400")], ICON).into_response()
}

pub const CSP: &str = "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self'; object-src 'none'; \
                       base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

async fn security_headers(State(state): State<AppState>, req: Request, next: Next) -> Response {
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

async fn log_request(req: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = req.method().clone();
    let route = req.extensions().get::<MatchedPath>().cloned();
    let res = next.run(req).await;
    tracing::info!(
        method = %method,
        route = route.as_ref().map(|r| r.as_str()).unwrap_or("(unmatched)"),
        status = res.status().as_u16(),
        ms = started.elapsed().as_secs_f64() * 1000.0,
        "request"
    );
    res
}

async fn language_and_errors(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
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
