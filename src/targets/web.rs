//! Coordinators' pages of targets: the list (search, country, paging), a target's form, groups,
//! CSV import and export.

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use super::model::{GroupId, TargetId, TargetInput};
use super::{service, store};
use crate::campaigns::model::Campaign;
use crate::campaigns::service::StaffCampaign;
use crate::error::{AppError, AppResult};
use crate::http::form::FieldErrors;
use crate::http::page::{Page, html, html_status};
use crate::http::pager::{PAGE_SIZE, Pager};
use crate::http::session::CsrfForm;
use crate::i18n::{Arg, Lang};
use crate::staff::Staff;
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    const BASE: &str = "/{lang}/staff/campaigns/{slug}/targets";
    Router::new()
        .route(BASE, get(list).post(create))
        .route(&format!("{BASE}/new"), get(new_form))
        .route(&format!("{BASE}/import"), post(import))
        .route(&format!("{BASE}/export.csv"), get(export))
        .route(&format!("{BASE}/groups"), post(add_group))
        .route(&format!("{BASE}/groups/{{group}}/delete"), post(delete_group))
        .route(&format!("{BASE}/{{target}}"), get(edit_form).post(update))
        .route(&format!("{BASE}/{{target}}/delete"), post(delete))
}

#[derive(Deserialize, Default)]
struct ListQuery {
    q: Option<String>,
    country: Option<String>,
    page: Option<String>,
    saved: Option<String>,
    added: Option<usize>,
    updated: Option<usize>,
    unchanged: Option<usize>,
}

#[derive(Template)]
#[template(path = "targets/list.html")]
struct ListTemplate {
    page: Page,
    slug: String,
    q: String,
    country: String,
    countries: Vec<(String, String)>,
    rows: Vec<store::Target>,
    total: i64,
    pager: Pager,
    groups: Vec<(GroupId, String, i64)>,
    group_name: String,
    group_errors: FieldErrors,
    csv_text: String,
    csv_errors: Vec<String>,
    notice: Option<String>,
}

impl ListTemplate {
    fn country_name(&self, code: &str) -> String {
        crate::countries::country_name(self.page.lang, code)
    }
}

#[derive(Default)]
struct ListParts {
    group_name: String,
    group_errors: FieldErrors,
    csv_text: String,
    csv_errors: Vec<String>,
    notice: Option<String>,
}

async fn list_page(state: &AppState, lang: Lang, staff: &Staff, campaign: &Campaign, q: &ListQuery, parts: ListParts) -> AppResult<ListTemplate> {
    let text: String = q.q.as_deref().unwrap_or("").chars().take(100).collect();
    let country = q.country.as_deref().map(|c| c.trim().to_ascii_uppercase()).filter(|c| c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase()));
    let filter = store::Filter { text: text.clone(), country: country.clone() };
    let total = store::count(&state.db, campaign.id, &filter).await?;
    let pager = Pager::new(Pager::number(q.page.as_deref()), total);
    let rows = store::list(&state.db, campaign.id, &filter, PAGE_SIZE, pager.offset()).await?;
    let mut page = Page::staff(state, lang, staff, format!("/staff/campaigns/{}/targets", campaign.slug), "targets-title");
    page.refused = !parts.group_errors.is_empty() || !parts.csv_errors.is_empty();
    let encode = |s: &str| percent_encoding::utf8_percent_encode(s, percent_encoding::NON_ALPHANUMERIC).to_string();
    page.query = format!("q={}&country={}&", encode(&text), encode(country.as_deref().unwrap_or("")));
    let countries = crate::countries::countries().list(lang).to_vec();
    Ok(ListTemplate {
        page,
        slug: campaign.slug.clone(),
        q: text,
        country: country.unwrap_or_default(),
        countries,
        rows,
        total,
        pager,
        groups: store::groups(&state.db, campaign.id).await?,
        group_name: parts.group_name,
        group_errors: parts.group_errors,
        csv_text: parts.csv_text,
        csv_errors: parts.csv_errors,
        notice: parts.notice,
    })
}

async fn list(State(state): State<AppState>, StaffCampaign { lang, staff, campaign }: StaffCampaign, Query(q): Query<ListQuery>) -> AppResult<Response> {
    let notice = match q.saved.as_deref() {
        Some("imported") => Some(state.i18n.tr(
            lang,
            "targets-imported",
            &[("added", Arg::Count(q.added.unwrap_or(0) as i64)), ("updated", Arg::Count(q.updated.unwrap_or(0) as i64)), ("unchanged", Arg::Count(q.unchanged.unwrap_or(0) as i64))],
        )),
        Some("deleted") => Some(state.i18n.tr(lang, "target-deleted", &[])),
        Some("saved") => Some(state.i18n.tr(lang, "target-saved", &[])),
        Some("group") => Some(state.i18n.tr(lang, "target-group-saved", &[])),
        _ => None,
    };
    html(&list_page(&state, lang, &staff, &campaign, &q, ListParts { notice, ..Default::default() }).await?)
}

#[derive(Template)]
#[template(path = "targets/form.html")]
struct FormTemplate {
    page: Page,
    slug: String,
    /// Changing one (its id), or adding.
    id: Option<TargetId>,
    input: TargetInput,
    countries: Vec<(String, String)>,
    groups: Vec<(GroupId, String, i64)>,
    chosen: Vec<GroupId>,
    errors: FieldErrors,
    /// What deleting them would take: letters waiting, letters delivered, calls reported.
    history: (i64, i64, i64),
}

impl FormTemplate {
    fn in_group(&self, g: &GroupId) -> bool {
        self.chosen.contains(g)
    }
}

async fn form_page(state: &AppState, lang: Lang, staff: &Staff, campaign: &Campaign, id: Option<TargetId>, input: TargetInput, chosen: Vec<GroupId>, errors: FieldErrors) -> AppResult<Response> {
    let path = match id {
        Some(id) => format!("/staff/campaigns/{}/targets/{id}", campaign.slug),
        None => format!("/staff/campaigns/{}/targets/new", campaign.slug),
    };
    let mut page = Page::staff(state, lang, staff, path, if id.is_some() { "target-edit-title" } else { "target-new-title" });
    page.refused = !errors.is_empty();
    let countries = crate::countries::countries().list(lang).to_vec();
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let history = match id {
        Some(id) => store::history(&state.db, id).await?,
        None => (0, 0, 0),
    };
    let t = FormTemplate { page, slug: campaign.slug.clone(), id, input, countries, groups: store::groups(&state.db, campaign.id).await?, chosen, errors, history };
    let mut res = html_status(status, &t)?;
    // The form holds a target's addresses: not for a shared cache.
    res.headers_mut().insert(header::CACHE_CONTROL, "no-store".parse().expect("static header"));
    Ok(res)
}

async fn new_form(State(state): State<AppState>, StaffCampaign { lang, staff, campaign }: StaffCampaign) -> AppResult<Response> {
    let input = TargetInput { lang: campaign.default_lang.code().to_string(), ..Default::default() };
    form_page(&state, lang, &staff, &campaign, None, input, Vec::new(), FieldErrors::default()).await
}

async fn load(state: &AppState, campaign: &Campaign, id: &str) -> AppResult<store::Target> {
    let id: TargetId = id.parse().map_err(|_| AppError::NotFound)?;
    store::get(&state.db, campaign.id, id).await?.ok_or(AppError::NotFound)
}

async fn edit_form(State(state): State<AppState>, StaffCampaign { lang, staff, campaign }: StaffCampaign, Path((_, _, target)): Path<(String, String, String)>) -> AppResult<Response> {
    let t = load(&state, &campaign, &target).await?;
    let (emails, phones) = store::contacts(&state.db, &state.keys.fields, t.id).await?;
    let input = stored_input(&t, emails, phones);
    let chosen = store::groups_of(&state.db, t.id).await?;
    form_page(&state, lang, &staff, &campaign, Some(t.id), input, chosen, FieldErrors::default()).await
}

/// The form as the decision-maker is kept.
fn stored_input(t: &store::Target, emails: Vec<String>, phones: Vec<String>) -> TargetInput {
    TargetInput {
        name: t.name.clone(),
        role: t.role.clone(),
        institution: t.institution.clone(),
        country: t.country.clone(),
        area: t.area.clone(),
        lang: t.lang.code().to_string(),
        time_zone: t.time_zone.clone(),
        emails: emails.join("\n"),
        phones: phones.join("\n"),
        public: t.public == 1,
        demo: t.demo == 1,
    }
}

fn typed(form: &CsrfForm) -> (TargetInput, Vec<GroupId>) {
    let field = |name: &str, max: usize| form.get(name).chars().take(max).collect::<String>();
    let input = TargetInput {
        name: field("name", 1_000),
        role: field("role", 1_000),
        institution: field("institution", 1_000),
        country: field("country", 10),
        area: field("area", 1_000),
        lang: field("lang", 10),
        time_zone: field("time_zone", 100),
        emails: field("emails", 5_000),
        phones: field("phones", 1_000),
        public: form.get("public") == "yes",
        demo: false,
    };
    let groups = form.all("groups").into_iter().filter_map(|g| g.parse().ok()).collect();
    (input, groups)
}

async fn save(state: &AppState, lang: Lang, staff: &Staff, campaign: &Campaign, id: Option<TargetId>, form: &CsrfForm) -> AppResult<Response> {
    let (input, groups) = typed(form);
    match service::save(state, staff, campaign, id, &input, &groups).await? {
        Ok(_) => Ok(Redirect::to(&format!("/{lang}/staff/campaigns/{}/targets?saved=saved", campaign.slug)).into_response()),
        Err(e) => {
            let errors = FieldErrors::translated(&e, &state.i18n, lang);
            form_page(state, lang, staff, campaign, id, input, groups, errors).await
        }
    }
}

async fn create(State(state): State<AppState>, StaffCampaign { lang, staff, campaign }: StaffCampaign, form: CsrfForm) -> AppResult<Response> {
    save(&state, lang, &staff, &campaign, None, &form).await
}

async fn update(State(state): State<AppState>, StaffCampaign { lang, staff, campaign }: StaffCampaign, Path((_, _, target)): Path<(String, String, String)>, form: CsrfForm) -> AppResult<Response> {
    let t = load(&state, &campaign, &target).await?;
    save(&state, lang, &staff, &campaign, Some(t.id), &form).await
}

async fn delete(State(state): State<AppState>, StaffCampaign { lang, staff, campaign }: StaffCampaign, Path((_, _, target)): Path<(String, String, String)>, form: CsrfForm) -> AppResult<Response> {
    let t = load(&state, &campaign, &target).await?;
    match service::delete(&state, &staff, &campaign, t.id, form.get("sure") == "yes").await? {
        Ok(_) => Ok(Redirect::to(&format!("/{lang}/staff/campaigns/{}/targets?saved=deleted", campaign.slug)).into_response()),
        Err(e) => {
            let errors = FieldErrors::translated(&e, &state.i18n, lang);
            let (emails, phones) = store::contacts(&state.db, &state.keys.fields, t.id).await?;
            let input = stored_input(&t, emails, phones);
            let chosen = store::groups_of(&state.db, t.id).await?;
            form_page(&state, lang, &staff, &campaign, Some(t.id), input, chosen, errors).await
        }
    }
}

async fn add_group(State(state): State<AppState>, StaffCampaign { lang, staff, campaign }: StaffCampaign, form: CsrfForm) -> AppResult<Response> {
    let name: String = form.get("group").chars().take(1_000).collect();
    match service::add_group(&state, &staff, &campaign, &name).await? {
        Ok(_) => Ok(Redirect::to(&format!("/{lang}/staff/campaigns/{}/targets?saved=group", campaign.slug)).into_response()),
        Err(e) => {
            let parts = ListParts { group_name: name, group_errors: FieldErrors::translated(&e, &state.i18n, lang), ..Default::default() };
            html_status(StatusCode::UNPROCESSABLE_ENTITY, &list_page(&state, lang, &staff, &campaign, &ListQuery::default(), parts).await?)
        }
    }
}

async fn delete_group(State(state): State<AppState>, StaffCampaign { lang, staff, campaign }: StaffCampaign, Path((_, _, group)): Path<(String, String, String)>, _form: CsrfForm) -> AppResult<Response> {
    let group: GroupId = group.parse().map_err(|_| AppError::NotFound)?;
    if !service::delete_group(&state, &staff, &campaign, group).await? {
        return Err(AppError::NotFound);
    }
    Ok(Redirect::to(&format!("/{lang}/staff/campaigns/{}/targets?saved=group", campaign.slug)).into_response())
}

async fn import(State(state): State<AppState>, StaffCampaign { lang, staff, campaign }: StaffCampaign, form: CsrfForm) -> AppResult<Response> {
    let text = form.get("csv").to_string();
    match service::import(&state, &staff, &campaign, &text).await? {
        Ok(r) => Ok(Redirect::to(&format!("/{lang}/staff/campaigns/{}/targets?saved=imported&added={}&updated={}&unchanged={}", campaign.slug, r.added, r.updated, r.unchanged)).into_response()),
        Err(errors) => {
            let csv_errors = errors.iter().take(200).map(|e| e.text(&state.i18n, lang)).collect();
            let parts = ListParts { csv_text: text, csv_errors, ..Default::default() };
            html_status(StatusCode::UNPROCESSABLE_ENTITY, &list_page(&state, lang, &staff, &campaign, &ListQuery::default(), parts).await?)
        }
    }
}

async fn export(State(state): State<AppState>, StaffCampaign { staff, campaign, .. }: StaffCampaign) -> AppResult<Response> {
    let bytes = service::export(&state, &staff, &campaign).await?;
    let disposition = format!("attachment; filename=\"{}-targets.csv\"", campaign.slug);
    Ok(([(header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()), (header::CONTENT_DISPOSITION, disposition), (header::CACHE_CONTROL, "no-store".to_string())], bytes).into_response())
}
