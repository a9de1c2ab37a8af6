//! The one router: every route of the site, gathered from each capability's `web` module, and
//! the middleware around them. It is the top of the layers: the only module that imports any
//! capability's web handlers (the architecture test checks this).

use axum::Router;
use axum::middleware;
use axum::routing::get;

use crate::error::AppError;
use crate::http::{icon, lang_root, language_and_errors, log_request, security_headers, session, stylesheet};
use crate::state::AppState;

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/", get(crate::campaigns::web::public::root))
        .route("/healthz", get(|| async { "ok" }))
        .route("/static/style.css", get(stylesheet))
        .route("/static/icon.svg", get(icon))
        .route("/{lang}", get(lang_root))
        .merge(crate::staff::web::routes())
        .merge(crate::campaigns::web::routes())
        .merge(crate::facts::web::routes())
        .merge(crate::petitions::web::routes())
        .merge(crate::supporters::web::routes())
        .merge(crate::organisations::web::routes())
        .merge(crate::events::web::routes())
        .merge(crate::targets::web::routes())
        .merge(crate::watch::web::routes())
        .merge(crate::calls::web::routes())
        .merge(crate::letters::web::routes())
        .merge(crate::jobs::web::routes())
        .merge(crate::audit::web::routes())
        .fallback(|| async { AppError::NotFound })
        .layer(middleware::from_fn_with_state(state.clone(), session::staff_post_guard))
        .layer(middleware::from_fn_with_state(state.clone(), language_and_errors))
        .layer(middleware::from_fn(log_request))
        .layer(middleware::from_fn_with_state(state.clone(), security_headers))
        .with_state(state)
}
