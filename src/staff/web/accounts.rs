//! Staff accounts on the web: coordinators manage every account, an organisation's admins
//! their organisation's; invitations by mail; roles; disabling (which ends the account's
//! sessions at once); and, for coordinators, requiring two-factor sign-in of everyone.

use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use crate::error::{AppError, AppResult};
use crate::http::UrlLang;
use crate::http::form::FieldErrors;
use crate::http::page::{Page, html, html_status};
use crate::http::pager::{PAGE_SIZE, Pager};
use crate::http::session::{CsrfForm, RequireStaff};
use crate::i18n::Lang;
use crate::staff::model::{OrganisationId, Permission, Role, StaffId};
use crate::staff::service::{self, Accept};
use crate::staff::store::{self, AccountRow};
use crate::state::AppState;
use crate::supporters::model::Email;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/staff/accounts", get(list).post(invite))
        .route("/{lang}/staff/accounts/{id}", post(change))
        .route("/{lang}/staff/accounts/two-factor", post(require_two_factor))
        .route("/{lang}/staff/invitation/{token}", get(invitation_form).post(accept))
}

#[derive(Deserialize, Default)]
struct ListQuery {
    page: Option<String>,
    done: Option<String>,
}

#[derive(Template)]
#[template(path = "staff/accounts.html")]
struct AccountsTemplate {
    page: Page,
    rows: Vec<AccountRow>,
    pager: Pager,
    /// Roles this staff member may give.
    roles: Vec<Role>,
    /// Organisations a coordinator may invite an organisation's staff for.
    organisations: Vec<(OrganisationId, String)>,
    me: StaffId,
    email: String,
    role: String,
    organisation: String,
    mail_lang: Lang,
    errors: FieldErrors,
    notice: Option<String>,
    two_factor_required: bool,
    coordinator: bool,
}

/// What the invitation form held, shown back when it is refused.
#[derive(Default)]
struct Typed {
    email: String,
    role: String,
    organisation: String,
    mail_lang: Option<Lang>,
}

async fn accounts_page(state: &AppState, lang: Lang, staff: &crate::staff::Staff, page_no: i64, typed: Typed, errors: FieldErrors, notice: Option<String>) -> AppResult<AccountsTemplate> {
    let scope = service::scope(staff)?;
    let pager = Pager::new(page_no, store::account_count(&state.db, scope).await?);
    let rows = store::accounts(&state.db, scope, PAGE_SIZE, pager.offset()).await?;
    let coordinator = staff.may(Permission::ManageAllStaff);
    let roles = if coordinator { Role::ALL.to_vec() } else { vec![Role::OrgAdmin, Role::OrgStaff] };
    let organisations: Vec<(OrganisationId, String)> = if coordinator {
        sqlx::query_as("SELECT o.id, o.name || ' (' || c.slug || ')' FROM organisations o JOIN campaigns c ON c.id = o.campaign_id WHERE o.status = 'approved' ORDER BY o.name, o.id LIMIT 500")
            .fetch_all(&state.db.pool)
            .await
            .map_err(anyhow::Error::from)?
    } else {
        Vec::new()
    };
    let mut page = Page::staff(state, lang, staff, "/staff/accounts", "accounts-title");
    page.refused = !errors.is_empty();
    Ok(AccountsTemplate {
        page,
        rows,
        pager,
        roles,
        organisations,
        me: staff.id,
        email: typed.email,
        role: typed.role,
        organisation: typed.organisation,
        mail_lang: typed.mail_lang.unwrap_or(lang),
        errors,
        notice,
        two_factor_required: crate::http::session::two_factor_required(state).await?,
        coordinator,
    })
}

async fn list(UrlLang(lang): UrlLang, State(state): State<AppState>, RequireStaff(staff): RequireStaff, Query(q): Query<ListQuery>) -> AppResult<Response> {
    service::scope(&staff)?;
    let notice = q.done.as_deref().map(|what| state.i18n.tr(lang, if what == "invited" { "invite-sent" } else { "notice-saved" }, &[]));
    html(&accounts_page(&state, lang, &staff, Pager::number(q.page.as_deref()), Typed::default(), FieldErrors::default(), notice).await?)
}

async fn invite(UrlLang(lang): UrlLang, State(state): State<AppState>, RequireStaff(staff): RequireStaff, form: CsrfForm) -> AppResult<Response> {
    let scope = service::scope(&staff)?;
    let typed_email = form.get("email").chars().take(300).collect::<String>();
    let typed_role = form.get("role").to_string();
    let mut errors: Vec<(&'static str, String)> = Vec::new();
    let email = Email::parse(&typed_email).map_err(|id| errors.push(("email", state.i18n.tr(lang, id, &[]))));
    let role = Role::parse(&typed_role).ok_or(()).map_err(|_| errors.push(("role", state.i18n.tr(lang, "form-error-required", &[]))));
    let mail_lang = Lang::parse(form.get("mail_lang")).unwrap_or(lang);
    // An organisation's admin invites for their organisation; a coordinator names one for an
    // organisation's roles.
    let organisation = match (scope, &role) {
        (Some(own), _) => Some(own),
        (None, Ok(r)) if r.of_organisation() => {
            let named = form.get("organisation").parse::<OrganisationId>().ok();
            if named.is_none() {
                errors.push(("organisation", state.i18n.tr(lang, "form-error-required", &[])));
            }
            named
        }
        _ => None,
    };
    if let (Ok(email), Ok(role), true) = (&email, &role, errors.is_empty()) {
        if !service::may_give(&staff, *role, organisation) {
            return Err(AppError::Forbidden);
        }
        if let Some(org) = organisation {
            let approved: Option<(i64,)> = sqlx::query_as("SELECT 1 FROM organisations WHERE id = $1 AND status = 'approved'").bind(org).fetch_optional(&state.db.pool).await.map_err(anyhow::Error::from)?;
            if approved.is_none() {
                return Err(AppError::NotFound);
            }
        }
        if service::invite(&state, &staff, *role, organisation, email, mail_lang).await? {
            return Ok(Redirect::to(&format!("/{lang}/staff/accounts?done=invited")).into_response());
        }
        errors.push(("email", state.i18n.tr(lang, "invite-error-mail", &[])));
    }
    let typed = Typed { email: typed_email, role: typed_role, organisation: form.get("organisation").chars().take(30).collect(), mail_lang: Some(mail_lang) };
    let t = accounts_page(&state, lang, &staff, 1, typed, errors.into(), None).await?;
    html_status(StatusCode::UNPROCESSABLE_ENTITY, &t)
}

async fn change(UrlLang(lang): UrlLang, State(state): State<AppState>, RequireStaff(staff): RequireStaff, Path((_, id)): Path<(String, String)>, form: CsrfForm) -> AppResult<Response> {
    // Who may manage accounts at all, before anything about this one is looked at.
    service::scope(&staff)?;
    let id = id.parse::<StaffId>().map_err(|_| AppError::NotFound)?;
    match form.get("action") {
        "role" => {
            let role = Role::parse(form.get("role")).ok_or(AppError::BadRequest)?;
            service::change_role(&state, &staff, id, role).await?;
        }
        "disable" => service::set_disabled(&state, &staff, id, true).await?,
        "enable" => service::set_disabled(&state, &staff, id, false).await?,
        "reset-two-factor" => service::reset_two_factor(&state, &staff, id).await?,
        _ => return Err(AppError::BadRequest),
    }
    Ok(Redirect::to(&format!("/{lang}/staff/accounts?done=saved")).into_response())
}

async fn require_two_factor(UrlLang(lang): UrlLang, State(state): State<AppState>, RequireStaff(staff): RequireStaff, form: CsrfForm) -> AppResult<Response> {
    service::require_two_factor(&state, &staff, form.get("required") == "yes").await?;
    Ok(Redirect::to(&format!("/{lang}/staff/accounts?done=saved")).into_response())
}

#[derive(Template)]
#[template(path = "staff/invitation.html")]
struct InvitationTemplate {
    page: Page,
    valid: bool,
    role: Option<Role>,
    /// The organisation the account will belong to, by name.
    organisation: Option<String>,
    login: String,
    errors: FieldErrors,
}

async fn invitation_page(state: &AppState, lang: Lang, token: &str, inv: Option<&store::Invitation>, login: String, errors: FieldErrors, headers: &axum::http::HeaderMap) -> AppResult<Response> {
    use crate::http::session;
    let name = session::pre_session_cookie_name(state);
    let (anchor, set) = match session::read_cookie(headers, &name) {
        Some(a) => (a, false),
        None => (crate::crypto::random_token(), true),
    };
    let mut page = Page::new(state, lang, format!("/staff/invitation/{token}"), state.i18n.tr(lang, "invite-title", &[]));
    page.csrf = session::csrf_token(state, &anchor);
    page.refused = !errors.is_empty();
    let status = if inv.is_none() { StatusCode::NOT_FOUND } else if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let organisation = match inv.and_then(|i| i.organisation_id) {
        Some(id) => crate::organisations::store::find(&state.db, id).await?.map(|o| o.name),
        None => None,
    };
    let mut res = html_status(status, &InvitationTemplate { page, valid: inv.is_some(), role: inv.map(|i| i.role), organisation, login, errors })?;
    if set {
        res.headers_mut().append(axum::http::header::SET_COOKIE, session::cookie(state, &name, Some(&anchor)));
    }
    res.headers_mut().insert(axum::http::header::CACHE_CONTROL, "no-store".parse().expect("static header"));
    Ok(res)
}

async fn invitation_form(UrlLang(lang): UrlLang, State(state): State<AppState>, Path((_, token)): Path<(String, String)>, headers: axum::http::HeaderMap) -> AppResult<Response> {
    let inv = service::invitation(&state, &token).await?;
    invitation_page(&state, lang, &token, inv.as_ref(), String::new(), FieldErrors::default(), &headers).await
}

async fn accept(UrlLang(lang): UrlLang, State(state): State<AppState>, Path((_, token)): Path<(String, String)>, headers: axum::http::HeaderMap, form: CsrfForm) -> AppResult<Response> {
    let Some(inv) = service::invitation(&state, &token).await? else {
        return invitation_page(&state, lang, &token, None, String::new(), FieldErrors::default(), &headers).await;
    };
    let login = form.get("login").trim().chars().take(100).collect::<String>();
    match service::accept(&state, &inv, &login, form.get("password").to_string(), form.get("repeat").to_string()).await? {
        Accept::Done => Ok(Redirect::to(&format!("/{lang}/staff/login?invited=1")).into_response()),
        Accept::Refused { message, field } => {
            let text = match message.count {
                Some(n) => state.i18n.tr(lang, message.id, &[("count", crate::i18n::Arg::Count(n))]),
                None => state.i18n.tr(lang, message.id, &[]),
            };
            let errors: FieldErrors = vec![(field, text)].into();
            invitation_page(&state, lang, &token, Some(&inv), login, errors, &headers).await
        }
    }
}
