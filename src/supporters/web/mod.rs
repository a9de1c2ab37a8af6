//! A supporter's own pages, reached from signed links in every mail: unsubscribe, see,
//! download, withdraw consent, erase.

pub mod public;

use axum::Router;

use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    public::routes()
}
