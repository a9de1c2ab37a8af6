//! Staff accounts (coordinators today; moderators and organisation staff later), their
//! passwords and their sessions. Supporters never have accounts.

pub mod model;
pub mod routes;
pub mod store;

pub use model::{Login, Role, Staff, StaffId};
