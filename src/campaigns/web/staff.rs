//! The coordinators' campaign pages: list, create, settings, texts per language, preview,
//! publish. Each handler extracts, calls `campaigns::service`, and renders.

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};

use crate::campaigns::model::{self, Campaign, CampaignText, Slug, TextField, TextInput};
use crate::text::Invalid;
use crate::db::texts::TextBase;
use crate::campaigns::service::{self, Refusal};
use crate::campaigns::{store, view};
use crate::campaigns::service::StaffCampaign;
use crate::error::{AppError, AppResult};
use crate::http::UrlLang;
use crate::http::form::FieldErrors as HttpFieldErrors;
use crate::http::page::{Page, Val, html, html_status};
use crate::http::pager::{PAGE_SIZE, PageQuery, Pager};
use crate::http::session::{CsrfForm, RequireStaff};
use crate::i18n::{Arg, Lang};
use crate::staff::{Permission, Staff};
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/staff/", get(dashboard))
        .route("/{lang}/staff", get(|UrlLang(lang): UrlLang| async move { Redirect::permanent(&format!("/{lang}/staff/")) }))
        .route("/{lang}/staff/campaigns/new", get(new_form).post(create))
        .route("/{lang}/staff/campaigns/{slug}", get(overview))
        .route("/{lang}/staff/campaigns/{slug}/settings", post(save_settings))
        .route("/{lang}/staff/campaigns/{slug}/publish", post(publish))
        .route("/{lang}/staff/campaigns/{slug}/texts/{text_lang}", get(edit_text).post(save_text))
        .route("/{lang}/staff/campaigns/{slug}/texts/{text_lang}/{action}", post(draft_action))
        .route("/{lang}/staff/campaigns/{slug}/preview/{text_lang}", get(preview))
}

/// The reader's message for a refused change.
fn refusal(state: &AppState, lang: Lang, r: Refusal) -> String {
    match r {
        Refusal::Incomplete(l) => {
            let name = state.i18n.language_name(lang, l);
            state.i18n.tr(lang, "publish-error-incomplete", &[("language", Arg::Str(&name))])
        }
        Refusal::SlugTaken => state.i18n.tr(lang, "form-error-slug-taken", &[]),
    }
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
    Query(q): Query<PageQuery>,
) -> AppResult<Response> {
    // An organisation's staff have their organisation's pages; moderators see the campaigns to
    // moderate, coordinators everything.
    if !staff.may(Permission::ManageCampaigns) && !staff.may(Permission::Moderate) {
        return Ok(Redirect::to(&format!("/{lang}/staff/org")).into_response());
    }
    let pager = Pager::new(q.number(), store::count(&state.db, false).await?);
    let campaigns = store::list(&state.db, false, PAGE_SIZE, pager.offset()).await?;
    let titles = view::titles_for(&state, &campaigns, lang).await?;
    let rows = campaigns
        .into_iter()
        .zip(titles)
        .map(|(c, (_, title, title_lang))| Row { slug: c.slug, title, title_lang, published: c.published, languages: c.languages })
        .collect();
    html(&DashboardTemplate { page: Page::staff(&state, lang, &staff, "/staff/", "dashboard-title"), rows, pager })
}

#[derive(Template)]
#[template(path = "campaigns/new.html")]
struct NewTemplate {
    page: Page,
    slug: String,
    languages: Vec<Lang>,
    default_lang: Lang,
    errors: HttpFieldErrors,
}

impl NewTemplate {
    fn has(&self, lang: impl Val<Lang>) -> bool {
        self.languages.contains(&lang.val())
    }
}

async fn new_form(UrlLang(lang): UrlLang, State(state): State<AppState>, RequireStaff(staff): RequireStaff) -> AppResult<Response> {
    staff.require(Permission::ManageCampaigns)?;
    html(&NewTemplate {
        page: Page::staff(&state, lang, &staff, "/staff/campaigns/new", "new-campaign-title"),
        slug: String::new(),
        languages: Lang::ALL.to_vec(),
        default_lang: lang,
        errors: HttpFieldErrors::default(),
    })
}

async fn create(UrlLang(lang): UrlLang, State(state): State<AppState>, RequireStaff(staff): RequireStaff, form: CsrfForm) -> AppResult<Response> {
    staff.require(Permission::ManageCampaigns)?;
    let typed_slug: String = form.get("slug").chars().take(200).collect();
    let mut errors = Vec::new();
    let slug = Slug::parse(&typed_slug).map_err(|id| errors.push(("slug", state.i18n.tr(lang, id, &[]))));
    let langs = model::parse_languages(&form.all("languages"), form.get("default_lang"))
        .map_err(|id| errors.push(("languages", state.i18n.tr(lang, id, &[]))));
    if let (Ok(slug), Ok((languages, default_lang))) = (&slug, &langs) {
        match service::create(&state, &staff, slug, languages, *default_lang).await? {
            Ok(_) => {
                return Ok(Redirect::to(&format!("/{lang}/staff/campaigns/{}/texts/{default_lang}", slug.as_str())).into_response());
            }
            Err(r) => errors.push(("slug", refusal(&state, lang, r))),
        }
    }
    let (languages, default_lang) = match langs {
        Ok(l) => l,
        Err(()) => (Vec::new(), Lang::parse(form.get("default_lang")).unwrap_or(lang)),
    };
    html_status(
        StatusCode::UNPROCESSABLE_ENTITY,
        &NewTemplate {
            page: Page::staff(&state, lang, &staff, "/staff/campaigns/new", "new-campaign-title"),
            slug: typed_slug,
            languages,
            default_lang,
            errors: errors.into(),
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
    let view = view::resolve(&campaign, &texts, lang);
    let (title, title_lang) = if view.title.0.is_empty() { (campaign.slug.clone(), Lang::En) } else { view.title };
    let mut page = Page::staff(state, lang, staff, format!("/staff/campaigns/{}", campaign.slug), "overview-title");
    page.title = format!("{} · {}", title, page.title);
    Ok(OverviewTemplate { page, campaign, title, title_lang, statuses, error, notice })
}

async fn overview(
    State(state): State<AppState>,
    StaffCampaign { lang, staff, campaign }: StaffCampaign,
    Query(q): Query<PageQuery>,
) -> AppResult<Response> {
    let notice = q.saved.is_some().then(|| state.i18n.tr(lang, "notice-saved", &[]));
    html(&overview_page(&state, lang, &staff, campaign, None, notice).await?)
}

async fn save_settings(
    State(state): State<AppState>,
    StaffCampaign { lang, staff, campaign }: StaffCampaign,
    form: CsrfForm,
) -> AppResult<Response> {
    match model::parse_languages(&form.all("languages"), form.get("default_lang")) {
        Ok((languages, default_lang)) => match service::save_settings(&state, &staff, &campaign, &languages, default_lang).await? {
            Ok(()) => Ok(Redirect::to(&format!("/{lang}/staff/campaigns/{}?saved=1", campaign.slug)).into_response()),
            Err(r) => {
                let error = Some(refusal(&state, lang, r));
                html_status(StatusCode::UNPROCESSABLE_ENTITY, &overview_page(&state, lang, &staff, campaign, error, None).await?)
            }
        },
        Err(id) => {
            let error = Some(state.i18n.tr(lang, id, &[]));
            html_status(StatusCode::UNPROCESSABLE_ENTITY, &overview_page(&state, lang, &staff, campaign, error, None).await?)
        }
    }
}

async fn publish(
    State(state): State<AppState>,
    StaffCampaign { lang, staff, campaign }: StaffCampaign,
    form: CsrfForm,
) -> AppResult<Response> {
    let publish = match form.get("publish") {
        "1" => true,
        "0" => false,
        _ => return Err(AppError::BadRequest),
    };
    if let Err(r) = service::set_published(&state, &staff, &campaign, publish).await? {
        let error = Some(refusal(&state, lang, r));
        return html_status(StatusCode::UNPROCESSABLE_ENTITY, &overview_page(&state, lang, &staff, campaign, error, None).await?);
    }
    Ok(Redirect::to(&format!("/{lang}/staff/campaigns/{}?saved=1", campaign.slug)).into_response())
}

#[derive(Template)]
#[template(path = "campaigns/edit_text.html")]
struct EditTemplate {
    page: Page,
    slug: String,
    text_lang: Lang,
    input: TextInput,
    errors: HttpFieldErrors,
    notice: Option<String>,
    /// The default language's text, shown beside the form to translate from.
    source: Option<(Lang, CampaignText)>,
    /// The revision this form edits (0: a text not yet saved).
    revision: i64,
    /// Set when someone else saved this text since the form was made.
    conflict: bool,
    /// The form holds unpublished changes (readers still see the published text).
    draft: bool,
    /// Readers can see this campaign: saving makes unpublished changes.
    published: bool,
}

impl EditTemplate {
    fn text_action(&self) -> String {
        format!("/{}/staff/campaigns/{}/texts/{}", self.page.code(), self.slug, self.text_lang)
    }
    fn preview_url(&self) -> String {
        format!("/{}/staff/campaigns/{}/preview/{}", self.page.code(), self.slug, self.text_lang)
    }

    fn error(&self, f: impl Val<TextField>) -> Option<&String> {
        self.errors.get(f.val().name())
    }
    /// The label of the field a form name names, for the error summary.
    fn label(&self, name: &str) -> String {
        TextField::from_name(name).map(|f| self.page.t(f.label_id())).unwrap_or_default()
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
    errors: &Invalid,
    notice: Option<String>,
    conflict: bool,
) -> AppResult<EditTemplate> {
    let texts = store::texts(&state.db, campaign.id).await?;
    let draft = store::drafts(&state.db, campaign.id).await?.into_iter().find(|(l, _)| *l == text_lang).map(|(_, t)| t);
    let is_draft = draft.is_some();
    let current = draft.unwrap_or_else(|| texts.iter().find(|(l, _)| *l == text_lang).map(|(_, t)| t.clone()).unwrap_or_default());
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
    let mut page = Page::staff(state, lang, staff, format!("/staff/campaigns/{}/texts/{text_lang}", campaign.slug), "edit-title");
    page.title = format!("{} · {}", page.title, page.lang_name(text_lang));
    let errors = HttpFieldErrors::translated(errors, &state.i18n, lang);
    Ok(EditTemplate { page, slug: campaign.slug.clone(), text_lang, input, errors, notice, source, revision, conflict, draft: is_draft, published: campaign.published })
}

async fn edit_text(
    State(state): State<AppState>,
    StaffCampaign { lang, staff, campaign }: StaffCampaign,
    Path((_, _, text_lang)): Path<(String, String, String)>,
    Query(q): Query<PageQuery>,
) -> AppResult<Response> {
    let text_lang = parse_lang(&text_lang)?;
    let notice = q.saved.as_deref().map(|what| state.i18n.tr(lang, crate::http::form::saved_notice_id(what), &[]));
    html(&edit_page(&state, lang, &staff, &campaign, text_lang, None, &Invalid::new(), notice, false).await?)
}

async fn save_text(
    State(state): State<AppState>,
    StaffCampaign { lang, staff, campaign }: StaffCampaign,
    Path((_, _, text_lang)): Path<(String, String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    let text_lang = parse_lang(&text_lang)?;
    let input = TextInput {
        title: form.get("title").to_string(),
        summary: form.get("summary").to_string(),
        call_md: form.get("call").to_string(),
        share_text: form.get("share").to_string(),
        lead_org: form.get("lead_org").to_string(),
    };
    let base = TextBase::from_form(form.get("revision"), form.get("draft"));
    match input.parse() {
        Ok(text) => {
            if !service::save_text(&state, &staff, &campaign, text_lang, &text, base).await? {
                // Someone saved this text meanwhile: keep what was typed, show the newer revision's
                // number in the form so that saving again replaces it on purpose.
                let page = edit_page(&state, lang, &staff, &campaign, text_lang, Some(input), &Invalid::new(), None, true).await?;
                return html_status(StatusCode::CONFLICT, &page);
            }
            let to = if form.get("then") == "preview" {
                format!("/{lang}/staff/campaigns/{}/preview/{text_lang}", campaign.slug)
            } else {
                format!("/{lang}/staff/campaigns/{}/texts/{text_lang}?saved=1", campaign.slug)
            };
            Ok(Redirect::to(&to).into_response())
        }
        Err(errors) => {
            let page = edit_page(&state, lang, &staff, &campaign, text_lang, Some(input), &errors, None, false).await?;
            html_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    }
}

/// Publish or discard one language's unpublished changes (`/publish`, `/discard`), naming the
/// draft revision the person saw.
async fn draft_action(
    State(state): State<AppState>,
    StaffCampaign { lang, staff, campaign }: StaffCampaign,
    Path((_, _, text_lang, action)): Path<(String, String, String, String)>,
    form: CsrfForm,
) -> AppResult<Response> {
    let text_lang = parse_lang(&text_lang)?;
    let revision = form.revision().unwrap_or(0);
    let what = match action.as_str() {
        "publish" if service::publish_text(&state, &staff, &campaign, text_lang, revision).await? => "published",
        "publish" => "not-published",
        "discard" if service::discard_draft(&state, &staff, &campaign, text_lang, revision).await? => "discarded",
        "discard" => "not-discarded",
        _ => return Err(AppError::NotFound),
    };
    Ok(Redirect::to(&format!("/{lang}/staff/campaigns/{}/texts/{text_lang}?saved={what}", campaign.slug)).into_response())
}

async fn preview(
    State(state): State<AppState>,
    StaffCampaign { lang, staff, campaign }: StaffCampaign,
    Path((_, _, text_lang)): Path<(String, String, String)>,
) -> AppResult<Response> {
    let text_lang = parse_lang(&text_lang)?;
    let body = view::render_campaign(&state, &campaign, lang, Some((text_lang, &staff))).await?;
    let mut res = Html(body).into_response();
    res.headers_mut().insert(header::CACHE_CONTROL, "no-store".parse().expect("static header"));
    Ok(res)
}
