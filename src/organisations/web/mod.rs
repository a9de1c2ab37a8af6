//! Organisations' pages: thin handlers over `organisations::service`.

pub mod public;
pub mod staff;

use axum::Router;

use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new().merge(public::routes()).merge(staff::routes())
}
