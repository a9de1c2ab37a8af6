//! Campaign pages: thin handlers that extract, call the service or view, and render.

pub mod public;
pub mod staff;

use axum::Router;

use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new().merge(public::routes()).merge(staff::routes())
}
