//! Staff accounts (coordinators and moderators of the coalition; admins and staff of its
//! organisations), their passwords, two-factor sign-in, invitations and sessions. Supporters never have accounts.

pub mod model;
pub mod service;
pub mod store;
pub mod totp;
pub mod web;

pub use model::{Login, OrganisationId, Permission, Role, Staff, StaffId};
