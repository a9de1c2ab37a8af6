//! Days of action's pages: thin handlers over `events::service`.

pub mod public;
pub mod staff;

use axum::Router;

use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new().merge(public::routes()).merge(staff::routes())
}
