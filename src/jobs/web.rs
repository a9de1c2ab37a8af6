//! The coordinators' view of the job queue: how much is waiting, what failed and why, and a
//! button to run a dead job again.

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use super::store::{self, JobRow};
use crate::db::now;
use crate::error::{AppError, AppResult};
use crate::http::pager::Pager;
use crate::http::page::{Page, html};
use crate::http::session::{CsrfForm, RequireStaff};
use crate::http::UrlLang;
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new().route("/{lang}/staff/jobs", get(jobs_page)).route("/{lang}/staff/jobs/{id}/retry", post(retry))
}

#[derive(Deserialize)]
struct Params {
    page: Option<String>,
    retried: Option<String>,
}

#[derive(Template)]
#[template(path = "jobs/list.html")]
struct JobsTemplate {
    page: Page,
    counts: Vec<(String, i64)>,
    rows: Vec<JobRow>,
    pager: Pager,
    notice: Option<String>,
}

impl JobsTemplate {
    fn state_name(&self, state: &str) -> String {
        self.page.t(&format!("job-state-{state}"))
    }
    /// What a job does, in the reader's language (its code name when no capability named it).
    fn kind_name(&self, kind: &str) -> String {
        let id = format!("job-kind-{kind}");
        if self.page.state.i18n.has(self.page.lang, &id) { self.page.t(&id) } else { kind.to_string() }
    }
}

async fn jobs_page(UrlLang(lang): UrlLang, State(state): State<AppState>, RequireStaff(staff): RequireStaff, Query(q): Query<Params>) -> AppResult<Response> {
    staff.require(crate::staff::Permission::ManageCampaigns)?;
    let counts = store::counts(&state.db).await?;
    let pager = Pager::new(Pager::number(q.page.as_deref()), store::troubled_count(&state.db).await?);
    let rows = store::troubled(&state.db, pager.limit(), pager.offset()).await?;
    let notice = q.retried.is_some().then(|| state.i18n.tr(lang, "jobs-retried", &[]));
    html(&JobsTemplate { page: Page::staff(&state, lang, &staff, "/staff/jobs", "jobs-title"), counts, rows, pager, notice })
}

async fn retry(
    UrlLang(lang): UrlLang,
    State(state): State<AppState>,
    RequireStaff(staff): RequireStaff,
    Path((_, id)): Path<(String, String)>,
    _form: CsrfForm,
) -> AppResult<Response> {
    staff.require(crate::staff::Permission::ManageCampaigns)?;
    let id = id.parse::<i64>().map_err(|_| AppError::NotFound)?;
    if !store::retry(&state.db, id, now()).await? {
        return Err(AppError::NotFound);
    }
    state.job_notify.notify_waiters();
    tracing::info!(staff_id = %staff.id, job = id, "job retried by hand");
    Ok(Redirect::to(&format!("/{lang}/staff/jobs?retried=1")).into_response())
}
