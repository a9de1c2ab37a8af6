//! Campaign pages readers see: the home page (the list of published campaigns) and a
//! campaign's page, served from the page cache.

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;

use crate::campaigns::{service, store, view};
use crate::error::AppResult;
use crate::http::UrlLang;
use crate::http::page::{Page, cached_html, html};
use crate::http::pager::{PAGE_SIZE, PageQuery, Pager};
use crate::i18n::Lang;
use crate::state::AppState;

/// `/`: the reader's language when the browser asks for one we ship; else the language of the
/// campaign the site runs (the newest published one), not English by default: a Syrian
/// campaign's first visitors without a language preference get its Arabic.
pub async fn root(State(state): State<AppState>, headers: axum::http::HeaderMap) -> AppResult<Redirect> {
    let asked = headers.get(axum::http::header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    let lang = match crate::i18n::negotiate_shipped(asked) {
        Some(lang) => lang,
        None => crate::campaigns::store::list(&state.db, true, 1, 0).await?.first().map(|c| c.default_lang).unwrap_or(Lang::En),
    };
    Ok(Redirect::to(&format!("/{lang}/")))
}

pub fn routes() -> Router<AppState> {
    Router::new().route("/{lang}/", get(home)).route("/{lang}/c/{slug}", get(campaign_page))
}

#[derive(Template)]
#[template(path = "campaigns/home.html")]
struct HomeTemplate {
    page: Page,
    items: Vec<(String, String, Lang)>,
    pager: Pager,
}

async fn home(UrlLang(lang): UrlLang, State(state): State<AppState>, Query(q): Query<PageQuery>) -> AppResult<Response> {
    let total = store::count(&state.db, true).await?;
    let pager = Pager::new(q.number(), total);
    let campaigns = store::list(&state.db, true, PAGE_SIZE, pager.offset()).await?;
    if total == 1 {
        if let Some(only) = campaigns.first() {
            return Ok(Redirect::to(&format!("/{lang}/c/{}", only.slug)).into_response());
        }
    }
    let items = view::titles_for(&state, &campaigns, lang).await?;
    let title = state.i18n.tr(lang, "site-name", &[]);
    html(&HomeTemplate { page: Page::new(&state, lang, "/", title), items, pager })
}

async fn campaign_page(
    UrlLang(lang): UrlLang,
    State(state): State<AppState>,
    Path((_, slug)): Path<(String, String)>,
) -> AppResult<Response> {
    let key = format!("/{lang}/c/{slug}");
    if let Some(body) = state.cache.get(&key) {
        return Ok(cached_html(body));
    }
    let campaign = service::published(&state, &slug).await?;
    let body = view::render_campaign(&state, &campaign, lang, None).await?;
    let body = axum::body::Bytes::from(body);
    state.cache.put(key, body.clone());
    Ok(cached_html(body))
}

