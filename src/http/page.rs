//! The chrome every page shares, and rendering templates into responses.

use askama::Template;
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};

use crate::state::AppState;
use crate::error::{AppError, AppResult, ErrorPage};
use crate::i18n::{Arg, Lang};

/// Passed to every template as `page`: language, title, navigation, translation helpers.
pub struct Page {
    pub state: AppState,
    pub lang: Lang,
    /// The `<title>`, already in the reader's language (or text a person typed).
    pub title: String,
    /// The path after `/{lang}`, so the language switcher can point at the same page.
    pub path_rest: String,
    /// The signed-in staff member's sign-in name, for the staff navigation.
    pub staff: Option<String>,
    /// Their role: the navigation offers what it allows.
    pub role: Option<crate::staff::Role>,
    /// The CSRF token for this page's forms ("" when the page has none).
    pub csrf: String,
    /// What the pager's links keep of the query (a filter, `country=SY&`), ending in `&`.
    pub query: String,
    /// A form on this page was refused: the title says so first (a screen reader announces
    /// the title; a phone shows the top of the page).
    pub refused: bool,
}

/// Templates hand values to helpers sometimes by value, sometimes through one or two
/// references (loop variables, pattern bindings); helpers accept all three.
pub trait Val<T> {
    fn val(&self) -> T;
}
impl<T: Copy> Val<T> for T {
    fn val(&self) -> T {
        *self
    }
}
impl<T: Copy> Val<T> for &T {
    fn val(&self) -> T {
        **self
    }
}
impl<T: Copy> Val<T> for &&T {
    fn val(&self) -> T {
        ***self
    }
}

pub struct SwitchLink {
    pub code: &'static str,
    pub name: &'static str,
    pub href: String,
    pub current: bool,
}

impl Page {
    pub fn new(state: &AppState, lang: Lang, path_rest: impl Into<String>, title: impl Into<String>) -> Page {
        Page { state: state.clone(), lang, title: title.into(), path_rest: path_rest.into(), staff: None, role: None, csrf: String::new(), query: String::new(), refused: false }
    }

    /// The frame of every staff page: the signed-in account in the header and the CSRF token
    /// its forms carry. `title_id` is the page title's message.
    pub fn staff(state: &AppState, lang: Lang, staff: &crate::staff::Staff, path_rest: impl Into<String>, title_id: &str) -> Page {
        let mut page = Page::new(state, lang, path_rest, state.i18n.tr(lang, title_id, &[]));
        page.staff = Some(staff.login.clone());
        page.role = Some(staff.role);
        page.csrf = super::session::csrf_token(state, &staff.session_token);
        page
    }

    /// Whether the signed-in staff member may do this (for the navigation and buttons; every
    /// route checks again).
    pub fn may(&self, permission: crate::staff::Permission) -> bool {
        self.role.is_some_and(|r| crate::staff::model::may(r, permission))
    }

    pub fn code(&self) -> &'static str {
        self.lang.code()
    }

    pub fn dir(&self) -> &'static str {
        self.lang.dir()
    }

    /// A UI string.
    pub fn t(&self, id: &str) -> String {
        self.state.i18n.tr(self.lang, id, &[])
    }

    /// A UI string with a count (`$count`, plural-aware).
    pub fn tn(&self, id: &str, n: impl Val<i64>) -> String {
        self.state.i18n.tr(self.lang, id, &[("count", Arg::Count(n.val()))])
    }

    /// A UI string with one text argument that we produced (never text a person typed).
    pub fn ts(&self, id: &str, name: &str, value: &str) -> String {
        self.state.i18n.tr(self.lang, id, &[(name, Arg::Str(value))])
    }

    pub fn num(&self, n: impl Val<i64>) -> String {
        self.state.i18n.number(self.lang, n.val())
    }

    pub fn date(&self, epoch_seconds: impl Val<i64>) -> String {
        self.state.i18n.date(self.lang, epoch_seconds.val())
    }

    /// A calendar date (an event's local date).
    pub fn civil_date(&self, d: jiff::civil::Date) -> String {
        self.state.i18n.civil_date(self.lang, d)
    }

    /// A time of day (an event's local time).
    pub fn time_of_day(&self, hour: u8, minute: u8) -> String {
        self.state.i18n.time_of_day(self.lang, hour, minute)
    }

    /// Date and time (UTC).
    pub fn date_time(&self, epoch_seconds: impl Val<i64>) -> String {
        self.state.i18n.date_time(self.lang, epoch_seconds.val())
    }

    /// The name of a language in the reader's language.
    /// Every language the site ships, for a form that asks which one.
    pub fn languages(&self) -> &'static [Lang] {
        &Lang::ALL
    }

    pub fn lang_name(&self, lang: impl Val<Lang>) -> String {
        self.state.i18n.language_name(self.lang, lang.val())
    }

    pub fn switcher(&self) -> Vec<SwitchLink> {
        Lang::ALL
            .into_iter()
            .map(|l| SwitchLink {
                code: l.code(),
                name: l.endonym(),
                href: format!("/{}{}", l.code(), self.path_rest),
                current: l == self.lang,
            })
            .collect()
    }

    /// "page 2 of 5", in the reader's digits.
    pub fn position(&self, at: impl Val<i64>, of: impl Val<i64>) -> String {
        let (at, of) = (self.num(at.val()), self.num(of.val()));
        self.state.i18n.tr(self.lang, "pager-position", &[("page", Arg::Str(&at)), ("pages", Arg::Str(&of))])
    }

    pub fn home(&self) -> String {
        format!("/{}/", self.lang)
    }
}

/// Render a template into a 200 HTML response.
pub fn html<T: Template>(template: &T) -> AppResult<Response> {
    Ok(Html(render(template)?).into_response())
}

/// Render a template with another status (a form that failed validation is 422).
pub fn html_status<T: Template>(status: StatusCode, template: &T) -> AppResult<Response> {
    Ok((status, Html(render(template)?)).into_response())
}

pub fn render<T: Template>(template: &T) -> AppResult<String> {
    template.render().map_err(|e| AppError::Internal(anyhow::anyhow!("rendering a template: {e}")))
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorTemplate {
    page: Page,
    id: &'static str,
    title_id: String,
    status: i64,
    /// What a refused staff form held: (label, value).
    recovered: Vec<(String, String)>,
    session_ended: bool,
}

/// The page for an error, in the request's language. Rendering it cannot fail the request.
pub fn render_error(state: &AppState, lang: Lang, path: &str, error: ErrorPage, recovered: Option<crate::error::Recovered>) -> Response {
    let id = error.message_id();
    let recovered = recovered
        .map(|r| r.0)
        .unwrap_or_default()
        .into_iter()
        .map(|(name, value)| {
            // A known field's label in the reader's language; otherwise its name.
            let dashed = name.replace('_', "-");
            let ids = [format!("field-{name}"), format!("field-{dashed}"), format!("petition-field-{name}"), format!("sign-field-{name}")];
            let label = ids.iter().find(|id| state.i18n.has(lang, id)).map(|id| state.i18n.tr(lang, id, &[]));
            (label.unwrap_or(name), value)
        })
        .collect();
    let rest = path.strip_prefix(&format!("/{lang}")).filter(|r| r.is_empty() || r.starts_with('/')).unwrap_or("/");
    let title = state.i18n.tr(lang, &format!("{id}.title"), &[]);
    let template = ErrorTemplate {
        page: Page::new(state, lang, rest, title),
        id,
        title_id: format!("{id}.title"),
        status: i64::from(error.status().as_u16()),
        recovered,
        session_ended: error == ErrorPage::SessionEnded,
    };
    match template.render() {
        Ok(body) => ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], body).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "rendering the error page failed");
            "error".into_response()
        }
    }
}

/// A page body from the page cache.
pub fn cached_html(body: axum::body::Bytes) -> Response {
    ([(axum::http::header::CONTENT_TYPE, "text/html; charset=utf-8")], body).into_response()
}
