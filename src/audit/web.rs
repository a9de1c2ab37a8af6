//! The audit log's page, paged: the whole log for coordinators, an organisation's own lines
//! for its admins.

use askama::Template;
use axum::Router;
use axum::extract::{Query, State};
use axum::response::Response;
use axum::routing::get;
use serde::Deserialize;

use super::store::{self, AuditEntry};
use crate::error::AppResult;
use crate::http::UrlLang;
use crate::http::page::{Page, html};
use crate::http::pager::{PAGE_SIZE, Pager};
use crate::http::session::RequireStaff;
use crate::staff::Permission;
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new().route("/{lang}/staff/audit", get(list))
}

#[derive(Deserialize)]
struct AuditQuery {
    page: Option<String>,
}

#[derive(Template)]
#[template(path = "audit/list.html")]
struct AuditTemplate {
    page: Page,
    entries: Vec<AuditEntry>,
    pager: Pager,
}

/// Coordinators read the whole log; an organisation's admins read their organisation's.
async fn list(UrlLang(lang): UrlLang, State(state): State<AppState>, RequireStaff(staff): RequireStaff, Query(q): Query<AuditQuery>) -> AppResult<Response> {
    let scope = if staff.may(Permission::ReadAuditLog) { None } else { Some(staff.own_organisation(Permission::ManageOrgStaff)?) };
    let pager = Pager::new(Pager::number(q.page.as_deref()), store::count(&state.db, scope).await?);
    let entries = store::page(&state.db, scope, PAGE_SIZE, pager.offset()).await?;
    html(&AuditTemplate { page: Page::staff(&state, lang, &staff, "/staff/audit", "audit-title"), entries, pager })
}
