//! Cookies, sessions and CSRF.
//!
//! A session is a random 256-bit token in a cookie; the database keeps only its hash, so a
//! leaked sessions table cannot be replayed. The cookie is `HttpOnly`, `SameSite=Strict`, and
//! over HTTPS `Secure` with the `__Host-` prefix (bound to this host, path `/`).
//!
//! Every state-changing form carries a CSRF token: a keyed hash of the session token (or, before
//! sign-in, of a random pre-session cookie), so it cannot be computed without the server's key
//! and the victim's cookie. On top of that, a POST whose `Origin` is another site, or whose
//! `Sec-Fetch-Site` says cross-site, is refused before its body is read.

use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};

use super::ReqLang;
use crate::state::AppState;
use crate::crypto;
use crate::db::now;
use crate::error::AppError;
use crate::staff::{Staff, store};

const SESSION: &str = "tadamun-session";
const PRE_SESSION: &str = "tadamun-pre";

pub fn session_cookie_name(state: &AppState) -> String {
    if state.cfg.https() { format!("__Host-{SESSION}") } else { SESSION.to_string() }
}

/// The device cookie: marks a browser that signed in before (see `staff::service::sign_in`).
pub fn device_cookie_name(state: &AppState) -> String {
    if state.cfg.https() { "__Host-tadamun-device".to_string() } else { "tadamun-device".to_string() }
}

/// A `Set-Cookie` value that lasts a year (the device cookie).
pub fn lasting_cookie(state: &AppState, name: &str, value: &str) -> HeaderValue {
    let secure = if state.cfg.https() { "; Secure" } else { "" };
    HeaderValue::from_str(&format!("{name}={value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=31536000{secure}")).expect("cookie values are hex")
}

pub fn pre_session_cookie_name(state: &AppState) -> String {
    if state.cfg.https() { format!("__Host-{PRE_SESSION}") } else { PRE_SESSION.to_string() }
}

pub fn read_cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
        .filter(|v| v.len() == 64 && v.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// A `Set-Cookie` value; `None` as the value clears the cookie.
pub fn cookie(state: &AppState, name: &str, value: Option<&str>) -> HeaderValue {
    let secure = if state.cfg.https() { "; Secure" } else { "" };
    let text = match value {
        Some(v) => format!("{name}={v}; Path=/; HttpOnly; SameSite=Strict{secure}"),
        None => format!("{name}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0{secure}"),
    };
    HeaderValue::from_str(&text).expect("cookie values are hex")
}

pub fn csrf_token(state: &AppState, anchor: &str) -> String {
    crypto::keyed_hash(&state.keys.csrf, anchor.as_bytes())
}

/// The signed-in staff member, if the request carries a live session.
pub async fn current_staff(state: &AppState, headers: &HeaderMap) -> Result<Option<Staff>, AppError> {
    let Some(token) = read_cookie(headers, &session_cookie_name(state)) else { return Ok(None) };
    let hash = crypto::token_hash(&token);
    let Some(row) = store::find_session(&state.db, &hash, false).await? else { return Ok(None) };
    let now = now();
    if now - row.last_seen_at > state.cfg.session_idle_secs || now - row.created_at > state.cfg.session_max_secs {
        store::delete_session(&state.db, &hash).await?;
        return Ok(None);
    }
    // Refresh at most once a minute: a write on every page view would cost more than it buys.
    if now - row.last_seen_at >= 60 {
        store::touch_session(&state.db, &hash, now).await?;
    }
    Ok(Some(Staff { id: row.staff_id, login: row.login, role: row.role, organisation: row.organisation_id, two_factor: row.two_factor == 1, session_token: token }))
}

/// Whether coordinators require two-factor sign-in of every account.
pub async fn two_factor_required(state: &AppState) -> Result<bool, AppError> {
    Ok(store::setting(&state.db, crate::staff::model::REQUIRE_TWO_FACTOR).await?.as_deref() == Some("1"))
}

/// Extractor for staff pages: the signed-in staff member, or a redirect to the sign-in page.
pub struct RequireStaff(pub Staff);

pub enum StaffRejection {
    SignIn(String),
    Error(AppError),
}

impl IntoResponse for StaffRejection {
    fn into_response(self) -> Response {
        match self {
            StaffRejection::SignIn(to) => Redirect::to(&to).into_response(),
            StaffRejection::Error(e) => e.into_response(),
        }
    }
}

impl FromRequestParts<AppState> for RequireStaff {
    type Rejection = StaffRejection;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let lang = parts.extensions.get::<ReqLang>().map(|l| l.lang).unwrap_or(crate::i18n::Lang::En);
        let staff = match parts.extensions.get::<Staff>() {
            Some(staff) => staff.clone(),
            None => match current_staff(state, &parts.headers).await {
                Ok(Some(staff)) => staff,
                Ok(None) => return Err(StaffRejection::SignIn(format!("/{lang}/staff/login"))),
                Err(e) => return Err(StaffRejection::Error(e)),
            },
        };
        // Coordinators can require two-factor sign-in of everyone: until enrolled, an account
        // reaches only the page where it enrols (signing out needs no extractor).
        if !staff.two_factor && !parts.uri.path().ends_with("/staff/security") && two_factor_required(state).await.map_err(StaffRejection::Error)? {
            return Err(StaffRejection::SignIn(format!("/{lang}/staff/security?required=1")));
        }
        parts.extensions.insert(staff.clone());
        Ok(RequireStaff(staff))
    }
}

/// The language of the address and the signed-in staff member allowed `permission`: what every
/// staff extractor of a capability starts from (the sign-in page without a session, 403 for a
/// role that may not).
pub async fn staff_allowed(parts: &mut Parts, state: &AppState, permission: crate::staff::Permission) -> Result<(crate::i18n::Lang, Staff), Response> {
    let super::UrlLang(lang) = super::UrlLang::from_request_parts(parts, state).await.map_err(IntoResponse::into_response)?;
    let RequireStaff(staff) = RequireStaff::from_request_parts(parts, state).await.map_err(IntoResponse::into_response)?;
    staff.require(permission).map_err(IntoResponse::into_response)?;
    Ok((lang, staff))
}

/// A form body that passed the cross-site and CSRF checks, as name/value pairs.
pub struct CsrfForm {
    pairs: Vec<(String, String)>,
    pub staff: Option<Staff>,
}

impl CsrfForm {
    /// The first value for `name`, or "" (a missing field and an empty one are the same to a form).
    pub fn get(&self, name: &str) -> &str {
        self.pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str()).unwrap_or("")
    }

    /// The hidden `revision` field: the revision of the row the form was made from. `None` when
    /// absent or unreadable (hand-made or cut-off bodies): such a form names no revision, and
    /// the services refuse it as stale rather than guess which one was meant.
    pub fn revision(&self) -> Option<i64> {
        self.get("revision").parse::<i64>().ok()
    }

    /// Every value for `name` (checkboxes).
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.pairs.iter().filter(|(k, _)| k == name).map(|(_, v)| v.as_str()).collect()
    }
}

/// The fields of a refused form worth showing back: never tokens, never passwords.
pub fn recoverable(pairs: &[(String, String)]) -> Vec<(String, String)> {
    const HIDDEN: [&str; 8] = ["_csrf", "revision", "then", "password", "current", "new", "repeat", "login"];
    pairs
        .iter()
        .filter(|(k, v)| !HIDDEN.contains(&k.as_str()) && !v.trim().is_empty())
        .take(50)
        .cloned()
        .collect()
}

/// Staff form posts without a live session (it ended while the form was open): instead of
/// sending the person to sign in and losing what they typed, show it back to them. Only for
/// same-origin posts, so another site cannot put its text on our pages.
pub async fn staff_post_guard(
    axum::extract::State(state): axum::extract::State<AppState>,
    mut req: Request,
    next: axum::middleware::Next,
) -> Response {
    let path = req.uri().path();
    let guarded = req.method() == axum::http::Method::POST
        && path.contains("/staff/")
        && !path.ends_with("/staff/login")
        && !path.ends_with("/staff/login/code")
        && !path.contains("/staff/invitation/")
        && !path.ends_with("/staff/logout");
    if !guarded {
        return next.run(req).await;
    }
    match current_staff(&state, req.headers()).await {
        Ok(Some(staff)) => {
            // Found once here; `RequireStaff` and `CsrfForm` take it from the extensions.
            req.extensions_mut().insert(staff);
            next.run(req).await
        }
        Ok(None) => {
            if !same_origin(&state, req.headers()) {
                return AppError::Forbidden.into_response();
            }
            let body = match read_body(req.into_body(), &state).await {
                Ok(b) => b,
                Err(e) => return e.into_response(),
            };
            match parse_form(&body) {
                Ok(pairs) => AppError::SessionEnded(recoverable(&pairs)).into_response(),
                Err(e) => e.into_response(),
            }
        }
        Err(e) => e.into_response(),
    }
}

/// A request body within the size limit and the time limit: a client trickling a body byte by
/// byte is cut off instead of holding a connection and a task for minutes.
pub async fn read_body(body: axum::body::Body, state: &AppState) -> Result<axum::body::Bytes, AppError> {
    // The body gets twice the time the headers had: it may be larger.
    read_body_within(body, state.cfg.max_body_bytes, state.cfg.request_timeout * 2).await
}

async fn read_body_within(body: axum::body::Body, limit: usize, time: std::time::Duration) -> Result<axum::body::Bytes, AppError> {
    match tokio::time::timeout(time, axum::body::to_bytes(body, limit)).await {
        Ok(Ok(bytes)) => Ok(bytes),
        Ok(Err(_)) => Err(AppError::PayloadTooLarge),
        Err(_) => {
            tracing::info!("a request body took too long to arrive");
            Err(AppError::BadRequest)
        }
    }
}

/// The most fields a form of ours sends (the facts series form, the largest, has about 20).
pub const MAX_FORM_FIELDS: usize = 100;

/// A urlencoded body as (name, value) pairs. Bytes that are not UTF-8 are refused (400), never
/// stored as U+FFFD; a body of thousands of empty fields (`a&a&a…`) is refused before it is
/// turned into thousands of strings.
pub fn parse_form(body: &[u8]) -> Result<Vec<(String, String)>, AppError> {
    if body.iter().filter(|b| **b == b'&').count() >= MAX_FORM_FIELDS {
        return Err(AppError::BadRequest);
    }
    let decode = |part: &[u8]| -> Result<String, AppError> {
        let spaced: Vec<u8> = part.iter().map(|b| if *b == b'+' { b' ' } else { *b }).collect();
        let bytes: Vec<u8> = percent_encoding::percent_decode(&spaced).collect();
        String::from_utf8(bytes).map_err(|_| AppError::BadRequest)
    };
    body.split(|b| *b == b'&')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let (name, value) = match part.iter().position(|b| *b == b'=') {
                Some(at) => (&part[..at], &part[at + 1..]),
                None => (part, &b""[..]),
            };
            Ok((decode(name)?, decode(value)?))
        })
        .collect()
}

/// Whether the request's `Sec-Fetch-Site` / `Origin` say it came from this site (or say nothing).
///
/// `Sec-Fetch-Site` leads: every current browser sends it and it cannot be set by a page.
/// `Origin` is checked when it names an origin; it is `null` on our own forms, because our
/// `Referrer-Policy: no-referrer` makes browsers withhold it (Fetch standard, "serializing a
/// request origin"), so `null` alone decides nothing and the CSRF token does the work.
/// For public forms (signing): not marked cross-site, and when the browser names the page's
/// origin, it is ours (the site's address or its onion address). A post from another site
/// that leaves `Sec-Fetch-Site` out (older browsers, scripts) no longer passes.
fn public_origin_ok(state: &AppState, headers: &HeaderMap) -> bool {
    if let Some(site) = headers.get("sec-fetch-site") {
        return !matches!(site.to_str(), Ok("cross-site") | Err(_));
    }
    match headers.get(header::ORIGIN).map(|v| v.to_str()) {
        None | Some(Ok("null")) => true,
        Some(Ok(origin)) => origin == state.cfg.origin() || state.cfg.onion_location.as_deref().is_some_and(|onion| onion.trim_end_matches('/') == origin),
        Some(Err(_)) => false,
    }
}

pub(crate) fn same_origin(state: &AppState, headers: &HeaderMap) -> bool {
    if let Some(site) = headers.get("sec-fetch-site") {
        return matches!(site.to_str(), Ok("same-origin" | "none"));
    }
    match headers.get(header::ORIGIN).map(|v| v.to_str()) {
        None | Some(Ok("null")) => true,
        Some(Ok(origin)) => origin == state.cfg.origin(),
        Some(Err(_)) => false,
    }
}

impl FromRequest<AppState> for CsrfForm {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        if !same_origin(state, req.headers()) {
            tracing::info!(
                origin = ?req.headers().get(header::ORIGIN),
                sec_fetch_site = ?req.headers().get("sec-fetch-site"),
                "refused a cross-site form post"
            );
            return Err(AppError::Forbidden);
        }
        let is_form = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
        if !is_form {
            return Err(AppError::BadRequest);
        }
        let staff = match req.extensions().get::<Staff>() {
            Some(staff) => Some(staff.clone()),
            None => current_staff(state, req.headers()).await?,
        };
        let anchor = match &staff {
            Some(s) => Some(s.session_token.clone()),
            None => read_cookie(req.headers(), &pre_session_cookie_name(state)),
        };
        let body = read_body(req.into_body(), state).await?;
        let pairs = parse_form(&body)?;
        let sent = pairs.iter().find(|(k, _)| k == "_csrf").map(|(_, v)| v.as_str()).unwrap_or("");
        let Some(anchor) = anchor else {
            tracing::info!("refused a form post without a session or pre-session cookie");
            return Err(AppError::Forbidden);
        };
        if !crypto::constant_time_eq(sent, &csrf_token(state, &anchor)) {
            tracing::info!("refused a form post with a wrong CSRF token");
            // A signed-in staff member's own tab that outlived its token (the request is
            // same-origin, checked above): show them what they typed.
            if staff.is_some() {
                return Err(AppError::StaleForm(recoverable(&pairs)));
            }
            return Err(AppError::Forbidden);
        }
        Ok(CsrfForm { pairs, staff })
    }
}

/// A public form's fields (sign, a supporter's own page): no session, no CSRF token; what
/// guards these forms is theirs to say (a signed form token, a signed link). A post from
/// another site is refused here, for all of them (`public_origin_ok`).
pub struct PublicForm(pub Vec<(String, String)>);

impl FromRequest<AppState> for PublicForm {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        if !public_origin_ok(state, req.headers()) {
            return Err(AppError::Forbidden);
        }
        let body = read_body(req.into_body(), state).await?;
        Ok(PublicForm(parse_form(&body)?))
    }
}

/// The largest public upload form (an event with its 10 MB photo): the image limit and room for
/// the fields. Each picture's own limit (`images::Limits`) is checked after.
pub const MAX_UPLOAD_BYTES: usize = 11 * 1024 * 1024;

/// How long an upload's body may take: a 2 MB picture over a slow link (Tor, a weak phone
/// signal at 20 KB/s) must arrive.
pub const UPLOAD_SECONDS: u64 = 180;

/// The memory all uploads arriving at once may hold, in KiB. A body takes from it only the
/// bytes it has actually sent: a slow or stalled connection holds next to nothing, so a few of
/// them cannot shut the forms for everyone (a fixed number of reading slots could be); to
/// exhaust it, someone must really send this much and keep it coming.
pub const UPLOAD_BUDGET_KIB: usize = 128 * 1024;

/// The slowest an upload may arrive, after [`UPLOAD_GRACE_SECONDS`]: a quarter of the slow
/// link [`UPLOAD_SECONDS`] is made for (Tor, a weak phone signal at 20 KB/s). A connection that
/// sends a byte now and then is cut then, not after [`UPLOAD_SECONDS`].
pub const UPLOAD_MIN_BYTES_PER_SECOND: u64 = 5 * 1024;
pub const UPLOAD_GRACE_SECONDS: u64 = 20;

/// Read an upload's body: at most `limit` bytes, within `time`, never slower than
/// [`UPLOAD_MIN_BYTES_PER_SECOND`] once the grace period is over, each chunk taken from the
/// shared memory budget (returned when the request is done). 503 when the budget is spent.
async fn read_upload(body: axum::body::Body, limit: usize, time: std::time::Duration) -> Result<(axum::body::Bytes, tokio::sync::SemaphorePermit<'static>), AppError> {
    use futures_util::StreamExt;
    static BUDGET: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(UPLOAD_BUDGET_KIB);
    let started = std::time::Instant::now();
    let mut held = BUDGET.try_acquire_many(1).map_err(|_| AppError::Unavailable)?;
    let mut out = Vec::new();
    let mut chunks = body.into_data_stream();
    loop {
        let elapsed = started.elapsed();
        // What has arrived buys time at the minimum rate, after the grace period.
        let rate_deadline = std::time::Duration::from_secs(UPLOAD_GRACE_SECONDS) + std::time::Duration::from_secs_f64(out.len() as f64 / UPLOAD_MIN_BYTES_PER_SECOND as f64);
        let deadline = rate_deadline.min(time);
        if elapsed >= deadline {
            tracing::info!("an upload arrived too slowly");
            return Err(AppError::BadRequest);
        }
        let data = match tokio::time::timeout(deadline - elapsed, chunks.next()).await {
            Ok(Some(Ok(data))) => data,
            Ok(None) => break,
            Ok(Some(Err(_))) => return Err(AppError::BadRequest),
            Err(_) => {
                tracing::info!("an upload arrived too slowly");
                return Err(AppError::BadRequest);
            }
        };
        if out.len() + data.len() > limit {
            return Err(AppError::PayloadTooLarge);
        }
        out.extend_from_slice(&data);
        let kib = out.len().div_ceil(1024) as u32;
        let have = held.num_permits() as u32;
        if kib > have {
            held.merge(BUDGET.try_acquire_many(kib - have).map_err(|_| AppError::Unavailable)?);
        }
    }
    Ok((axum::body::Bytes::from(out), held))
}

/// A public form with a file (`multipart/form-data`): its text fields, and its files' bytes by
/// field name. The same origin check as [`PublicForm`]; the per-address limit is applied before
/// the body is read (`limited`: the form was refused for it, and nothing was read); each body is
/// read within [`MAX_UPLOAD_BYTES`], [`UPLOAD_SECONDS`] and a minimum rate, from a shared
/// memory budget (see [`read_upload`]), before it is parsed; text that is not UTF-8 is refused, never stored as
/// U+FFFD; at most [`MAX_FORM_FIELDS`] parts.
pub struct PublicUpload {
    pub fields: Vec<(String, String)>,
    pub files: Vec<(String, Vec<u8>)>,
    pub limited: bool,
}

impl FromRequest<AppState> for PublicUpload {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        if !public_origin_ok(state, req.headers()) {
            return Err(AppError::Forbidden);
        }
        if let Some(limiter) = &state.limiter
            && !limiter.allows(&state.cfg, req.headers(), req.extensions(), now())
        {
            return Ok(PublicUpload { fields: Vec::new(), files: Vec::new(), limited: true });
        }
        let content_type = req.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
        let Ok(boundary) = multer::parse_boundary(content_type) else { return Err(AppError::BadRequest) };
        let (body, _memory) = read_upload(req.into_body(), MAX_UPLOAD_BYTES, std::time::Duration::from_secs(UPLOAD_SECONDS)).await?;
        let stream = futures_util::stream::once(async move { Ok::<_, std::convert::Infallible>(body) });
        let constraints = multer::Constraints::new().size_limit(multer::SizeLimit::new().whole_stream(MAX_UPLOAD_BYTES as u64));
        let mut parts = multer::Multipart::with_constraints(stream, boundary, constraints);
        let (mut fields, mut files) = (Vec::new(), Vec::new());
        let mut n = 0;
        while let Some(field) = parts.next_field().await.map_err(|_| AppError::BadRequest)? {
            n += 1;
            if n > MAX_FORM_FIELDS {
                return Err(AppError::BadRequest);
            }
            let name = field.name().unwrap_or("").to_string();
            let is_file = field.file_name().is_some();
            let bytes = field.bytes().await.map_err(|_| AppError::BadRequest)?;
            if is_file {
                files.push((name, bytes.to_vec()));
            } else {
                fields.push((name, String::from_utf8(bytes.to_vec()).map_err(|_| AppError::BadRequest)?));
            }
        }
        Ok(PublicUpload { fields, files, limited: false })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_are_utf8_and_bounded() {
        assert_eq!(parse_form(b"a=1&b=x+y%21&&c").unwrap(), vec![("a".into(), "1".into()), ("b".into(), "x y!".into()), ("c".into(), String::new())]);
        assert_eq!(parse_form("t=%D8%B3%D9%88%D8%B1%D9%8A%D8%A7".as_bytes()).unwrap()[0].1, "سوريا");
        assert!(matches!(parse_form(b"title=%FF%FE"), Err(AppError::BadRequest)), "percent-encoded bytes that are not UTF-8");
        assert!(matches!(parse_form(b"title=\xff"), Err(AppError::BadRequest)), "raw bytes that are not UTF-8");
        assert!(matches!(parse_form("a&".repeat(MAX_FORM_FIELDS).as_bytes()), Err(AppError::BadRequest)));
    }
}
