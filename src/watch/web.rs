//! The watch list's pages: for the public, upcoming and past items and each item's page; for
//! coordinators, the list and an item's form (texts per language, sources, people responsible).

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use super::model::{Kind, SOURCE_ROWS, SourceInput, WatchId, WatchInput};
use super::{service, store};
use crate::campaigns::model::Campaign;
use crate::campaigns::service::{StaffCampaign, published};
use crate::error::{AppError, AppResult};
use crate::facts::model::Source;
use crate::http::UrlLang;
use crate::http::form::FieldErrors;
use crate::http::page::{Page, html, html_status};
use crate::http::pager::{PAGE_SIZE, Pager};
use crate::http::session::CsrfForm;
use crate::i18n::Lang;
use crate::staff::Staff;
use crate::state::AppState;
use crate::targets::model::TargetId;

pub fn routes() -> Router<AppState> {
    const BASE: &str = "/{lang}/staff/campaigns/{slug}/watch";
    Router::new()
        .route("/{lang}/c/{slug}/watch", get(public_list))
        .route("/{lang}/c/{slug}/watch/{item}", get(public_item))
        .route(BASE, get(staff_list).post(create))
        .route(&format!("{BASE}/new"), get(new_form))
        .route(&format!("{BASE}/{{item}}"), get(edit_form).post(update))
        .route(&format!("{BASE}/{{item}}/delete"), post(delete))
}

/// An item as a list shows it: the item, its title in the reader's language (or another, named
/// by its language), and its dates written out.
pub struct Row {
    pub item: store::Item,
    pub title: String,
    pub title_lang: Lang,
    pub dates: String,
}

fn dates(page: &Page, item: &store::Item) -> String {
    let day = |s: &str| s.parse::<jiff::civil::Date>().map(|d| page.civil_date(d)).unwrap_or_else(|_| s.to_string());
    match &item.ends_on {
        Some(end) if *end != item.starts_on => format!("{} – {}", day(&item.starts_on), day(end)),
        _ => day(&item.starts_on),
    }
}

async fn rows(state: &AppState, page: &Page, campaign: &Campaign, items: Vec<store::Item>) -> AppResult<Vec<Row>> {
    let ids: Vec<WatchId> = items.iter().map(|i| i.id).collect();
    let titles = store::titles(&state.db, &ids, page.lang, campaign.default_lang).await?;
    Ok(items
        .into_iter()
        .map(|item| {
            let (title, title_lang) = titles.get(&item.id).cloned().unwrap_or_else(|| (String::new(), campaign.default_lang));
            let dates = dates(page, &item);
            Row { item, title, title_lang, dates }
        })
        .collect())
}

#[derive(Deserialize, Default)]
struct ListQuery {
    past: Option<String>,
    page: Option<String>,
    saved: Option<String>,
}

#[derive(Template)]
#[template(path = "watch/list.html")]
struct PublicListTemplate {
    page: Page,
    slug: String,
    past: bool,
    counts: (i64, i64),
    rows: Vec<Row>,
    pager: Pager,
}

async fn public_list(UrlLang(lang): UrlLang, State(state): State<AppState>, Path((_, slug)): Path<(String, String)>, Query(q): Query<ListQuery>) -> AppResult<Response> {
    let campaign = published(&state, &slug).await?;
    let today = service::today();
    let past = q.past.is_some();
    let counts = (store::count(&state.db, campaign.id, true, &today).await?, store::count(&state.db, campaign.id, false, &today).await?);
    let pager = Pager::new(Pager::number(q.page.as_deref()), if past { counts.1 } else { counts.0 });
    let mut page = Page::new(&state, lang, format!("/c/{}/watch", campaign.slug), state.i18n.tr(lang, "watch-title", &[]));
    if past {
        page.query = "past=1&".into();
    }
    let items = store::list(&state.db, campaign.id, !past, &today, PAGE_SIZE, pager.offset()).await?;
    let rows = rows(&state, &page, &campaign, items).await?;
    html(&PublicListTemplate { page, slug: campaign.slug.clone(), past, counts, rows, pager })
}

#[derive(Template)]
#[template(path = "watch/item.html")]
struct ItemTemplate {
    page: Page,
    slug: String,
    row: Row,
    description: String,
    sources: Vec<Source>,
    people: Vec<crate::targets::store::Target>,
}

impl ItemTemplate {
    fn country_name(&self, code: &str) -> String {
        crate::countries::country_name(self.page.lang, code)
    }

    fn published(&self, s: &str) -> String {
        s.parse::<jiff::civil::Date>().map(|d| self.page.civil_date(d)).unwrap_or_default()
    }
}

async fn public_item(UrlLang(lang): UrlLang, State(state): State<AppState>, Path((_, slug, item)): Path<(String, String, String)>) -> AppResult<Response> {
    let campaign = published(&state, &slug).await?;
    let id: WatchId = item.parse().map_err(|_| AppError::NotFound)?;
    let item = store::get(&state.db, campaign.id, id).await?.ok_or(AppError::NotFound)?;
    let texts = store::texts(&state.db, id).await?;
    let text = texts.iter().find(|t| t.0 == lang).or_else(|| texts.iter().find(|t| t.0 == campaign.default_lang)).or(texts.first()).cloned().ok_or(AppError::NotFound)?;
    let mut page = Page::new(&state, lang, format!("/c/{}/watch/{id}", campaign.slug), text.1.clone());
    let d = dates(&page, &item);
    page.title = text.1.clone();
    let row = Row { item, title: text.1, title_lang: text.0, dates: d };
    // Only the decision-makers marked public are named.
    let people = store::people(&state.db, id, true).await?;
    html(&ItemTemplate { page, slug: campaign.slug.clone(), row, description: text.3, sources: store::sources(&state.db, id).await?, people })
}

#[derive(Template)]
#[template(path = "watch/staff_list.html")]
struct StaffListTemplate {
    page: Page,
    slug: String,
    past: bool,
    counts: (i64, i64),
    rows: Vec<Row>,
    pager: Pager,
    notice: Option<String>,
}

async fn staff_list(State(state): State<AppState>, StaffCampaign { lang, staff, campaign }: StaffCampaign, Query(q): Query<ListQuery>) -> AppResult<Response> {
    let today = service::today();
    let past = q.past.is_some();
    let counts = (store::count(&state.db, campaign.id, true, &today).await?, store::count(&state.db, campaign.id, false, &today).await?);
    let pager = Pager::new(Pager::number(q.page.as_deref()), if past { counts.1 } else { counts.0 });
    let mut page = Page::staff(&state, lang, &staff, format!("/staff/campaigns/{}/watch", campaign.slug), "watch-title");
    if past {
        page.query = "past=1&".into();
    }
    let items = store::list(&state.db, campaign.id, !past, &today, PAGE_SIZE, pager.offset()).await?;
    let rows = rows(&state, &page, &campaign, items).await?;
    let notice = match q.saved.as_deref() {
        Some("deleted") => Some(state.i18n.tr(lang, "watch-deleted", &[])),
        Some(_) => Some(state.i18n.tr(lang, "watch-saved", &[])),
        None => None,
    };
    html(&StaffListTemplate { page, slug: campaign.slug.clone(), past, counts, rows, pager, notice })
}

#[derive(Template)]
#[template(path = "watch/form.html")]
struct FormTemplate {
    page: Page,
    slug: String,
    id: Option<WatchId>,
    input: WatchInput,
    kinds: [Kind; 5],
    languages: Vec<Lang>,
    countries: Vec<(String, String)>,
    /// Every decision-maker of the campaign, to tick the people responsible.
    targets: Vec<crate::targets::store::Target>,
    errors: FieldErrors,
}

impl FormTemplate {
    fn text(&self, lang: &Lang, which: usize) -> String {
        self.input.texts.iter().find(|(l, _, _)| l == lang).map(|(_, t, d)| if which == 0 { t.clone() } else { d.clone() }).unwrap_or_default()
    }

    fn field_name(&self, field: &str, lang: &Lang) -> String {
        format!("{field}_{}", lang.code())
    }

    /// A source row's fields: (name, label id, value typed, max length, direction).
    fn source_fields(&self, i: &usize) -> Vec<(String, &'static str, String, usize, &'static str)> {
        let s = self.input.sources.get(*i).cloned().unwrap_or_default();
        vec![
            (format!("source_title_{i}"), "watch-source-title", s.title, 300, "auto"),
            (format!("source_publisher_{i}"), "watch-source-publisher", s.publisher, 200, "auto"),
            (format!("source_url_{i}"), "watch-source-url", s.url, 2000, "ltr"),
            (format!("source_published_{i}"), "watch-source-published", s.published, 10, "ltr"),
        ]
    }

    fn responsible(&self, t: &TargetId) -> bool {
        self.input.people.contains(t)
    }

    fn country_name(&self, code: &str) -> String {
        crate::countries::country_name(self.page.lang, code)
    }

    fn rows(&self) -> std::ops::Range<usize> {
        0..SOURCE_ROWS.max(self.input.sources.len())
    }
}

async fn form_page(state: &AppState, lang: Lang, staff: &Staff, campaign: &Campaign, id: Option<WatchId>, input: WatchInput, errors: FieldErrors) -> AppResult<Response> {
    let path = match id {
        Some(id) => format!("/staff/campaigns/{}/watch/{id}", campaign.slug),
        None => format!("/staff/campaigns/{}/watch/new", campaign.slug),
    };
    let mut page = Page::staff(state, lang, staff, path, if id.is_some() { "watch-edit-title" } else { "watch-new-title" });
    page.refused = !errors.is_empty();
    // The people responsible are ticked among the campaign's decision-makers (a few thousand at most).
    let targets = crate::targets::store::list(&state.db, campaign.id, &crate::targets::store::Filter::default(), 5_000, 0).await?;
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let t = FormTemplate {
        page,
        slug: campaign.slug.clone(),
        id,
        input,
        kinds: Kind::ALL,
        languages: campaign.languages.clone(),
        countries: crate::countries::countries().list(lang).to_vec(),
        targets,
        errors,
    };
    html_status(status, &t)
}

async fn new_form(State(state): State<AppState>, StaffCampaign { lang, staff, campaign }: StaffCampaign) -> AppResult<Response> {
    form_page(&state, lang, &staff, &campaign, None, WatchInput::default(), FieldErrors::default()).await
}

async fn load(state: &AppState, campaign: &Campaign, item: &str) -> AppResult<store::Item> {
    let id: WatchId = item.parse().map_err(|_| AppError::NotFound)?;
    store::get(&state.db, campaign.id, id).await?.ok_or(AppError::NotFound)
}

async fn edit_form(State(state): State<AppState>, StaffCampaign { lang, staff, campaign }: StaffCampaign, Path((_, _, item)): Path<(String, String, String)>) -> AppResult<Response> {
    let item = load(&state, &campaign, &item).await?;
    let input = WatchInput {
        kind: item.kind.as_str().to_string(),
        starts_on: item.starts_on.clone(),
        ends_on: item.ends_on.clone().unwrap_or_default(),
        place: item.place.clone(),
        country: item.country.clone().unwrap_or_default(),
        texts: store::texts(&state.db, item.id).await?.into_iter().map(|(l, t, d, _)| (l, t, d)).collect(),
        sources: store::sources(&state.db, item.id).await?.into_iter().map(|s| SourceInput { title: s.title, publisher: s.publisher, url: s.url, published: s.published }).collect(),
        people: store::people_ids(&state.db, item.id).await?,
    };
    form_page(&state, lang, &staff, &campaign, Some(item.id), input, FieldErrors::default()).await
}

fn typed(campaign: &Campaign, form: &CsrfForm) -> WatchInput {
    let field = |name: &str, max: usize| form.get(name).chars().take(max).collect::<String>();
    WatchInput {
        kind: field("kind", 40),
        starts_on: field("starts_on", 40),
        ends_on: field("ends_on", 40),
        place: field("place", 1_000),
        country: field("country", 10),
        texts: campaign.languages.iter().map(|l| (*l, field(&format!("title_{l}"), 1_000), field(&format!("description_{l}"), 20_000))).collect(),
        sources: (0..SOURCE_ROWS)
            .map(|i| SourceInput {
                title: field(&format!("source_title_{i}"), 1_000),
                publisher: field(&format!("source_publisher_{i}"), 1_000),
                url: field(&format!("source_url_{i}"), 3_000),
                published: field(&format!("source_published_{i}"), 40),
            })
            .collect(),
        people: form.all("people").into_iter().filter_map(|p| p.parse().ok()).collect(),
    }
}

async fn save(state: &AppState, lang: Lang, staff: &Staff, campaign: &Campaign, id: Option<WatchId>, form: &CsrfForm) -> AppResult<Response> {
    let input = typed(campaign, form);
    match service::save(state, staff, campaign, id, &input).await? {
        Ok(_) => Ok(Redirect::to(&format!("/{lang}/staff/campaigns/{}/watch?saved=1", campaign.slug)).into_response()),
        Err(e) => {
            let errors = FieldErrors::translated(&e, &state.i18n, lang);
            form_page(state, lang, staff, campaign, id, input, errors).await
        }
    }
}

async fn create(State(state): State<AppState>, StaffCampaign { lang, staff, campaign }: StaffCampaign, form: CsrfForm) -> AppResult<Response> {
    save(&state, lang, &staff, &campaign, None, &form).await
}

async fn update(State(state): State<AppState>, StaffCampaign { lang, staff, campaign }: StaffCampaign, Path((_, _, item)): Path<(String, String, String)>, form: CsrfForm) -> AppResult<Response> {
    let item = load(&state, &campaign, &item).await?;
    save(&state, lang, &staff, &campaign, Some(item.id), &form).await
}

async fn delete(State(state): State<AppState>, StaffCampaign { lang, staff, campaign }: StaffCampaign, Path((_, _, item)): Path<(String, String, String)>, _form: CsrfForm) -> AppResult<Response> {
    let item = load(&state, &campaign, &item).await?;
    service::delete(&state, &staff, &campaign, item.id).await?;
    Ok(Redirect::to(&format!("/{lang}/staff/campaigns/{}/watch?saved=deleted", campaign.slug)).into_response())
}
