//! Staff accounts (coordinators today; moderators and organisation staff later), their
//! passwords and their sessions. Supporters never have accounts.

pub mod model;
pub mod service;
pub mod store;
pub mod totp;
pub mod web;

pub use model::{Login, Role, Staff, StaffId};
