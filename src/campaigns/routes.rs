//! Campaign pages: the public ones (home, campaign) and the coordinators' (list, create,
//! settings, texts per language, preview, publish). Handlers stay thin: parse, call the store,
//! render.

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use super::model::{self, Campaign, CampaignText, FieldErrors, Slug, TextField, TextInput};
use super::store;
use crate::db::now;
use crate::error::{AppError, AppResult};
use crate::http::page::{Page, Val, html, html_status, render};
use crate::http::session::{CsrfForm, RequireStaff};
use crate::http::{AppState, UrlLang};
use crate::i18n::{Arg, Lang};
use crate::staff::Staff;
use crate::staff::routes::staff_page;

pub fn public_routes() -> Router<AppState> {
    Router::new().route("/{lang}/", get(home)).route("/{lang}/c/{slug}", get(campaign_page))
}

pub fn staff_routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/staff/", get(dashboard))
        .route("/{lang}/staff", get(|UrlLang(lang): UrlLang| async move { Redirect::permanent(&format!("/{lang}/staff/")) }))
        .route("/{lang}/staff/campaigns/new", get(new_form).post(create))
        .route("/{lang}/staff/campaigns/{slug}", get(overview))
        .route("/{lang}/staff/campaigns/{slug}/settings", post(save_settings))
        .route("/{lang}/staff/campaigns/{slug}/publish", post(publish))
        .route("/{lang}/staff/campaigns/{slug}/texts/{text_lang}", get(edit_text).post(save_text))
        .route("/{lang}/staff/campaigns/{slug}/preview/{text_lang}", get(preview))
}

pub(crate) const PAGE_SIZE: i64 = 20;

#[derive(Deserialize)]
struct Paging {
    page: Option<String>,
    saved: Option<String>,
}

impl Paging {
    fn number(&self) -> i64 {
        Pager::number(self.page.as_deref())
    }
}

/// A page of a paged list, for the pager in the templates.
pub struct Pager {
    pub page: i64,
    pub pages: i64,
    pub total: i64,
}

impl Pager {
    /// The page a `?page=` asks for: 1 unless it is a whole number from 1 to a million.
    pub(crate) fn number(query: Option<&str>) -> i64 {
        query.and_then(|p| p.parse::<i64>().ok()).filter(|p| (1..=1_000_000).contains(p)).unwrap_or(1)
    }

    pub(crate) fn new(page: i64, total: i64) -> Pager {
        Pager { page, pages: ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1), total }
    }
    /// A page past the end shows the last page.
    pub(crate) fn clamped(mut self) -> Pager {
        self.page = self.page.min(self.pages);
        self
    }
    pub(crate) fn offset(&self) -> i64 {
        (self.page - 1) * PAGE_SIZE
    }
}

// ---------------------------------------------------------------------------------------------
// Public pages

/// A campaign's text as a reader sees it in one language: each field from that language when
/// written, else from the campaign's default language, remembering which.
pub struct View {
    pub slug: String,
    pub title: (String, Lang),
    pub summary: (String, Lang),
    pub call_html: (String, Lang),
    pub share: (String, Lang),
    /// The default language, when something on the page had to be shown in it.
    pub fallback: Option<Lang>,
}

pub fn resolve(campaign: &Campaign, texts: &[(Lang, CampaignText)], lang: Lang) -> View {
    let find = |l: Lang| texts.iter().find(|(tl, _)| *tl == l).map(|(_, t)| t);
    let empty = CampaignText::default();
    let wanted = if campaign.offers(lang) { find(lang) } else { None };
    let default = find(campaign.default_lang).unwrap_or(&empty);
    let mut fell_back = lang != campaign.default_lang && wanted.is_none();
    let mut pick = |get: fn(&CampaignText) -> &String| -> (String, Lang) {
        match wanted.map(get).filter(|v| !v.trim().is_empty()) {
            Some(v) => (v.clone(), lang),
            None => {
                let v = get(default);
                if lang != campaign.default_lang && !v.trim().is_empty() {
                    fell_back = true;
                }
                (v.clone(), campaign.default_lang)
            }
        }
    };
    let title = pick(|t| &t.title);
    let summary = pick(|t| &t.summary);
    let call_html = pick(|t| &t.call_html);
    let share = pick(|t| &t.share_text);
    View {
        slug: campaign.slug.clone(),
        title,
        summary,
        call_html,
        share,
        fallback: fell_back.then_some(campaign.default_lang),
    }
}

#[derive(Template)]
#[template(path = "campaigns/campaign.html")]
struct CampaignTemplate {
    page: Page,
    view: View,
    /// Set when a coordinator previews: the banner names the text language and links back.
    preview: Option<(Lang, String)>,
    share_url: String,
    /// The headline facts, each with its latest value, source and chart.
    facts: Vec<crate::facts::routes::SeriesView>,
    /// Open and closed petitions: (slug, title, language of the title, open).
    petitions: Vec<(String, String, Lang, bool)>,
}

impl CampaignTemplate {
    /// "Not yet translated into {the language asked for}; shown in {the default}", in the
    /// interface language. In a preview the language asked for is the previewed one.
    fn fallback_note(&self, fallback: impl Val<Lang>) -> String {
        let target = self.preview.as_ref().map(|(l, _)| *l).unwrap_or(self.page.lang);
        let target = self.page.lang_name(target);
        let shown = self.page.lang_name(fallback.val());
        self.page.state.i18n.tr(self.page.lang, "fallback-note", &[("target", Arg::Str(&target)), ("language", Arg::Str(&shown))])
    }
}

#[derive(Template)]
#[template(path = "campaigns/home.html")]
struct HomeTemplate {
    page: Page,
    items: Vec<(String, String, Lang)>,
    pager: Pager,
}

fn cached_html(body: axum::body::Bytes) -> Response {
    ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], body).into_response()
}

async fn home(UrlLang(lang): UrlLang, State(state): State<AppState>, Query(q): Query<Paging>) -> AppResult<Response> {
    let total = store::count(&state.db, true).await?;
    let pager = Pager::new(q.number(), total).clamped();
    let campaigns = store::list(&state.db, true, PAGE_SIZE, pager.offset()).await?;
    if total == 1 {
        if let Some(only) = campaigns.first() {
            return Ok(Redirect::to(&format!("/{lang}/c/{}", only.slug)).into_response());
        }
    }
    let items = titles_for(&state, &campaigns, lang).await?;
    let title = state.i18n.tr(lang, "site-name", &[]);
    html(&HomeTemplate { page: Page::new(&state, lang, "/", title), items, pager })
}

/// (slug, title, language of the title) for a list, each title in `lang` when written.
async fn titles_for(state: &AppState, campaigns: &[Campaign], lang: Lang) -> AppResult<Vec<(String, String, Lang)>> {
    let ids: Vec<_> = campaigns.iter().map(|c| c.id).collect();
    let titles = store::titles(&state.db, &ids).await?;
    Ok(campaigns
        .iter()
        .map(|c| {
            let find = |l: Lang| titles.iter().find(|(id, tl, t)| *id == c.id && *tl == l && !t.is_empty());
            match find(lang).filter(|_| c.offers(lang)).or_else(|| find(c.default_lang)) {
                Some((_, l, t)) => (c.slug.clone(), t.clone(), *l),
                None => (c.slug.clone(), c.slug.clone(), c.default_lang),
            }
        })
        .collect())
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
    let campaign = published(&state, &slug).await?;
    let body = render_campaign(&state, &campaign, lang, None).await?;
    let body = axum::body::Bytes::from(body);
    state.cache.put(key, body.clone());
    Ok(cached_html(body))
}

async fn render_campaign(state: &AppState, campaign: &Campaign, lang: Lang, preview: Option<(Lang, &Staff)>) -> AppResult<String> {
    let texts = store::texts(&state.db, campaign.id).await?;
    let view = match preview {
        // A preview shows the language asked for even before the campaign offers it.
        Some((text_lang, _)) => {
            let mut c = campaign.clone();
            if !c.offers(text_lang) {
                c.languages.push(text_lang);
            }
            resolve(&c, &texts, text_lang)
        }
        None => resolve(campaign, &texts, lang),
    };
    let share_url = format!("{}/{}/c/{}", state.cfg.base_url, lang, campaign.slug);
    let mut page = Page::new(state, lang, format!("/c/{}", campaign.slug), view.title.0.clone());
    let preview = match preview {
        Some((text_lang, staff)) => {
            page = staff_page(state, lang, staff, format!("/staff/campaigns/{}/preview/{text_lang}", campaign.slug), "preview-title");
            page.title = view.title.0.clone();
            Some((text_lang, format!("/{lang}/staff/campaigns/{}", campaign.slug)))
        }
        None => None,
    };
    let facts = crate::facts::routes::views(state, campaign, lang, true).await?;
    let mut petitions = Vec::new();
    for p in crate::petitions::store::list(&state.db, campaign.id.0, true).await? {
        let texts = crate::petitions::store::texts(&state.db, p.id).await?;
        let (text, text_lang) = crate::petitions::routes::pick_text(&texts, lang, campaign.default_lang);
        petitions.push((p.slug, text.title, text_lang, p.status == crate::petitions::model::Status::Open));
    }
    render(&CampaignTemplate { page, view, preview, share_url, facts, petitions })
}

// ---------------------------------------------------------------------------------------------
// Staff pages

/// One row of the coordinators' list of campaigns.
pub struct Row {
    pub slug: String,
    pub title: String,
    pub title_lang: Lang,
    pub published: bool,
    pub languages: Vec<Lang>,
}

#[derive(Template)]
#[template(path = "campaigns/dashboard.html")]
struct DashboardTemplate {
    page: Page,
    rows: Vec<Row>,
    pager: Pager,
}

async fn dashboard(
    UrlLang(lang): UrlLang,
    State(state): State<AppState>,
    RequireStaff(staff): RequireStaff,
    Query(q): Query<Paging>,
) -> AppResult<Response> {
    let pager = Pager::new(q.number(), store::count(&state.db, false).await?).clamped();
    let campaigns = store::list(&state.db, false, PAGE_SIZE, pager.offset()).await?;
    let titles = titles_for(&state, &campaigns, lang).await?;
    let rows = campaigns
        .into_iter()
        .zip(titles)
        .map(|(c, (_, title, title_lang))| Row { slug: c.slug, title, title_lang, published: c.published, languages: c.languages })
        .collect();
    html(&DashboardTemplate { page: staff_page(&state, lang, &staff, "/staff/", "dashboard-title"), rows, pager })
}

#[derive(Template)]
#[template(path = "campaigns/new.html")]
struct NewTemplate {
    page: Page,
    slug: String,
    languages: Vec<Lang>,
    default_lang: Lang,
    errors: Vec<(&'static str, String)>,
}

impl NewTemplate {
    fn error(&self, field: &str) -> Option<&String> {
        self.errors.iter().find(|(f, _)| *f == field).map(|(_, m)| m)
    }
    fn has(&self, lang: impl Val<Lang>) -> bool {
        self.languages.contains(&lang.val())
    }
}

async fn new_form(UrlLang(lang): UrlLang, State(state): State<AppState>, RequireStaff(staff): RequireStaff) -> AppResult<Response> {
    html(&NewTemplate {
        page: staff_page(&state, lang, &staff, "/staff/campaigns/new", "new-campaign-title"),
        slug: String::new(),
        languages: Lang::ALL.to_vec(),
        default_lang: lang,
        errors: Vec::new(),
    })
}

async fn create(UrlLang(lang): UrlLang, State(state): State<AppState>, RequireStaff(staff): RequireStaff, form: CsrfForm) -> AppResult<Response> {
    let typed_slug: String = form.get("slug").chars().take(200).collect();
    let mut errors = Vec::new();
    let slug = Slug::parse(&typed_slug).map_err(|id| errors.push(("slug", state.i18n.tr(lang, id, &[]))));
    let langs = model::parse_languages(&form.all("languages"), form.get("default_lang"))
        .map_err(|id| errors.push(("languages", state.i18n.tr(lang, id, &[]))));
    if let (Ok(slug), Ok((languages, default_lang))) = (&slug, &langs) {
        match store::create(&state.db, slug, languages, *default_lang, now()).await? {
            Some(_) => {
                state.cache.clear();
                tracing::info!(staff_id = staff.id.0, slug = slug.as_str(), "campaign created");
                return Ok(Redirect::to(&format!("/{lang}/staff/campaigns/{}/texts/{default_lang}", slug.as_str())).into_response());
            }
            None => errors.push(("slug", state.i18n.tr(lang, "form-error-slug-taken", &[]))),
        }
    }
    let (languages, default_lang) = match langs {
        Ok(l) => l,
        Err(()) => (Vec::new(), Lang::parse(form.get("default_lang")).unwrap_or(lang)),
    };
    html_status(
        StatusCode::UNPROCESSABLE_ENTITY,
        &NewTemplate {
            page: staff_page(&state, lang, &staff, "/staff/campaigns/new", "new-campaign-title"),
            slug: typed_slug,
            languages,
            default_lang,
            errors,
        },
    )
}

/// Per language of a campaign: what is missing, when it was last edited.
pub struct LangStatus {
    pub lang: Lang,
    pub missing: Vec<TextField>,
    pub updated_at: Option<i64>,
    pub offered: bool,
}

#[derive(Template)]
#[template(path = "campaigns/overview.html")]
struct OverviewTemplate {
    page: Page,
    campaign: Campaign,
    title: String,
    title_lang: Lang,
    statuses: Vec<LangStatus>,
    error: Option<String>,
    notice: Option<String>,
}

/// The campaign with this slug, published or not (staff pages), or a 404.
pub(crate) async fn load(state: &AppState, slug: &str) -> AppResult<Campaign> {
    store::find_by_slug(&state.db, slug).await?.ok_or(AppError::NotFound)
}

/// The campaign with this slug if readers may see it, or a 404.
pub(crate) async fn published(state: &AppState, slug: &str) -> AppResult<Campaign> {
    store::find_by_slug(&state.db, slug).await?.filter(|c| c.published).ok_or(AppError::NotFound)
}

async fn overview_page(state: &AppState, lang: Lang, staff: &Staff, campaign: Campaign, error: Option<String>, notice: Option<String>) -> AppResult<OverviewTemplate> {
    let texts = store::texts(&state.db, campaign.id).await?;
    let statuses = Lang::ALL
        .into_iter()
        .map(|l| {
            let text = texts.iter().find(|(tl, _)| *tl == l).map(|(_, t)| t);
            LangStatus {
                lang: l,
                missing: text.map(|t| t.missing()).unwrap_or_else(|| TextField::ALL.to_vec()),
                updated_at: text.map(|t| t.updated_at),
                offered: campaign.offers(l),
            }
        })
        .collect();
    let view = resolve(&campaign, &texts, lang);
    let (title, title_lang) = if view.title.0.is_empty() { (campaign.slug.clone(), Lang::En) } else { view.title };
    let mut page = staff_page(state, lang, staff, format!("/staff/campaigns/{}", campaign.slug), "overview-title");
    page.title = format!("{} · {}", title, page.title);
    Ok(OverviewTemplate { page, campaign, title, title_lang, statuses, error, notice })
}

async fn overview(
    UrlLang(lang): UrlLang,
    State(state): State<AppState>,
    RequireStaff(staff): RequireStaff,
    Path((_, slug)): Path<(String, String)>,
    Query(q): Query<Paging>,
) -> AppResult<Response> {
    let campaign = load(&state, &slug).await?;
    let notice = q.saved.is_some().then(|| state.i18n.tr(lang, "notice-saved", &[]));
    html(&overview_page(&state, lang, &staff, campaign, None, notice).await?)
}

/// Why the campaign cannot be shown with `default_lang` as its default language, if it cannot:
/// the default is what every reader falls back to, so it must hold a title and the call.
async fn not_ready(state: &AppState, lang: Lang, campaign: &Campaign, default_lang: Lang) -> AppResult<Option<String>> {
    let texts = store::texts(&state.db, campaign.id).await?;
    let default = texts.iter().find(|(l, _)| *l == default_lang).map(|(_, t)| t);
    if default.is_some_and(|t| !t.title.trim().is_empty() && !t.call_md.trim().is_empty()) {
        return Ok(None);
    }
    let name = state.i18n.tr(lang, &format!("language-{default_lang}"), &[]);
    Ok(Some(state.i18n.tr(lang, "publish-error-incomplete", &[("language", Arg::Str(&name))])))
}

async fn save_settings(
    UrlLang(lang): UrlLang,
    State(state): State<AppState>,
    RequireStaff(staff): RequireStaff,
    Path((_, slug)): Path<(String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    let campaign = load(&state, &slug).await?;
    match model::parse_languages(&form.all("languages"), form.get("default_lang")) {
        Ok((languages, default_lang)) => {
            // A published campaign must not fall back to a language that has no text.
            if campaign.published {
                if let Some(error) = not_ready(&state, lang, &campaign, default_lang).await? {
                    return html_status(StatusCode::UNPROCESSABLE_ENTITY, &overview_page(&state, lang, &staff, campaign, Some(error), None).await?);
                }
            }
            store::save_settings(&state.db, campaign.id, &languages, default_lang, now()).await?;
            state.cache.clear();
            tracing::info!(staff_id = staff.id.0, slug = campaign.slug, "campaign settings saved");
            Ok(Redirect::to(&format!("/{lang}/staff/campaigns/{}?saved=1", campaign.slug)).into_response())
        }
        Err(id) => {
            let error = Some(state.i18n.tr(lang, id, &[]));
            html_status(StatusCode::UNPROCESSABLE_ENTITY, &overview_page(&state, lang, &staff, campaign, error, None).await?)
        }
    }
}

async fn publish(
    UrlLang(lang): UrlLang,
    State(state): State<AppState>,
    RequireStaff(staff): RequireStaff,
    Path((_, slug)): Path<(String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    let campaign = load(&state, &slug).await?;
    let publish = match form.get("publish") {
        "1" => true,
        "0" => false,
        _ => return Err(AppError::BadRequest),
    };
    if publish {
        if let Some(error) = not_ready(&state, lang, &campaign, campaign.default_lang).await? {
            return html_status(StatusCode::UNPROCESSABLE_ENTITY, &overview_page(&state, lang, &staff, campaign, Some(error), None).await?);
        }
    }
    store::set_published(&state.db, campaign.id, publish, now()).await?;
    state.cache.clear();
    tracing::info!(staff_id = staff.id.0, slug = campaign.slug, publish, "campaign publication changed");
    Ok(Redirect::to(&format!("/{lang}/staff/campaigns/{}?saved=1", campaign.slug)).into_response())
}

#[derive(Template)]
#[template(path = "campaigns/edit_text.html")]
struct EditTemplate {
    page: Page,
    slug: String,
    text_lang: Lang,
    input: TextInput,
    errors: FieldErrors,
    notice: Option<String>,
    /// The default language's text, shown beside the form to translate from.
    source: Option<(Lang, CampaignText)>,
    /// The revision this form edits (0: a text not yet saved).
    revision: i64,
    /// Set when someone else saved this text since the form was made.
    conflict: bool,
}

impl EditTemplate {
    fn error(&self, f: impl Val<TextField>) -> Option<String> {
        let f = f.val();
        self.errors.iter().find(|(ef, _)| *ef == f).map(|(_, id)| {
            if *id == "form-error-too-long" {
                self.page.tn("form-error-too-long-n", f.max_chars() as i64)
            } else {
                self.page.t(id)
            }
        })
    }
    fn value(&self, f: impl Val<TextField>) -> &str {
        self.input.get(f.val())
    }
    fn max(&self, f: impl Val<TextField>) -> usize {
        f.val().max_chars()
    }
    fn is(&self, f: impl Val<TextField>, g: TextField) -> bool {
        f.val() == g
    }
}

fn parse_lang(code: &str) -> AppResult<Lang> {
    Lang::parse(code).ok_or(AppError::NotFound)
}

async fn edit_page(
    state: &AppState,
    lang: Lang,
    staff: &Staff,
    campaign: &Campaign,
    text_lang: Lang,
    input: Option<TextInput>,
    errors: FieldErrors,
    notice: Option<String>,
    conflict: bool,
) -> AppResult<EditTemplate> {
    let texts = store::texts(&state.db, campaign.id).await?;
    let current = texts.iter().find(|(l, _)| *l == text_lang).map(|(_, t)| t.clone()).unwrap_or_default();
    let revision = current.revision;
    let input = input.unwrap_or(TextInput {
        title: current.title,
        summary: current.summary,
        call_md: current.call_md,
        share_text: current.share_text,
        lead_org: current.lead_org,
    });
    let source = (text_lang != campaign.default_lang)
        .then(|| texts.iter().find(|(l, _)| *l == campaign.default_lang).cloned())
        .flatten();
    let mut page = staff_page(state, lang, staff, format!("/staff/campaigns/{}/texts/{text_lang}", campaign.slug), "edit-title");
    page.title = format!("{} · {}", page.title, page.lang_name(text_lang));
    Ok(EditTemplate { page, slug: campaign.slug.clone(), text_lang, input, errors, notice, source, revision, conflict })
}

async fn edit_text(
    UrlLang(lang): UrlLang,
    State(state): State<AppState>,
    RequireStaff(staff): RequireStaff,
    Path((_, slug, text_lang)): Path<(String, String, String)>,
    Query(q): Query<Paging>,
) -> AppResult<Response> {
    let text_lang = parse_lang(&text_lang)?;
    let campaign = load(&state, &slug).await?;
    let notice = q.saved.is_some().then(|| state.i18n.tr(lang, "notice-saved", &[]));
    html(&edit_page(&state, lang, &staff, &campaign, text_lang, None, Vec::new(), notice, false).await?)
}

async fn save_text(
    UrlLang(lang): UrlLang,
    State(state): State<AppState>,
    RequireStaff(staff): RequireStaff,
    Path((_, slug, text_lang)): Path<(String, String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    let text_lang = parse_lang(&text_lang)?;
    let campaign = load(&state, &slug).await?;
    let input = TextInput {
        title: form.get("title").to_string(),
        summary: form.get("summary").to_string(),
        call_md: form.get("call").to_string(),
        share_text: form.get("share").to_string(),
        lead_org: form.get("lead_org").to_string(),
    };
    let expected = form.get("revision").parse::<i64>().ok().filter(|r| *r >= 0);
    match input.parse() {
        Ok(text) => {
            if !store::save_text(&state.db, campaign.id, text_lang, &text, Some(staff.id), now(), Some(expected.unwrap_or(0))).await? {
                // Someone saved this text meanwhile: keep what was typed, show the newer revision's
                // number in the form so that saving again replaces it on purpose.
                tracing::info!(staff_id = staff.id.0, slug = campaign.slug, "campaign text save conflict");
                let page = edit_page(&state, lang, &staff, &campaign, text_lang, Some(input), Vec::new(), None, true).await?;
                return html_status(StatusCode::CONFLICT, &page);
            }
            state.cache.clear();
            tracing::info!(staff_id = staff.id.0, slug = campaign.slug, text_lang = text_lang.code(), "campaign text saved");
            let to = if form.get("then") == "preview" {
                format!("/{lang}/staff/campaigns/{}/preview/{text_lang}", campaign.slug)
            } else {
                format!("/{lang}/staff/campaigns/{}/texts/{text_lang}?saved=1", campaign.slug)
            };
            Ok(Redirect::to(&to).into_response())
        }
        Err(errors) => {
            let page = edit_page(&state, lang, &staff, &campaign, text_lang, Some(input), errors, None, false).await?;
            html_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    }
}

async fn preview(
    UrlLang(lang): UrlLang,
    State(state): State<AppState>,
    RequireStaff(staff): RequireStaff,
    Path((_, slug, text_lang)): Path<(String, String, String)>,
) -> AppResult<Response> {
    let text_lang = parse_lang(&text_lang)?;
    let campaign = load(&state, &slug).await?;
    let body = render_campaign(&state, &campaign, lang, Some((text_lang, &staff))).await?;
    let mut res = Html(body).into_response();
    res.headers_mut().insert(header::CACHE_CONTROL, "no-store".parse().expect("static header"));
    Ok(res)
}
