//! Supporters: the people who sign, write, call and attend. The privacy core every action
//! reuses: one person per normalised email, found through a blind index; every personal field
//! encrypted at rest and bound to its row; consent per organisation with its history; export
//! and erasure of everything about a person.
//!
//! The forms that create supporters live with their actions (petitions); here are the storage,
//! the supporter's own pages (unsubscribe, see, download and erase their data), and the
//! contract (`service::PersonalData`) by which each action adds its data to those pages. This
//! module imports no capability.

pub mod model;
pub mod service;
pub mod store;
pub mod web;
