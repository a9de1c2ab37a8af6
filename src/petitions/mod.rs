//! Petitions: the campaign's first action. A supporter signs in their language with JavaScript
//! off; a confirmation mail (double opt-in) makes the signature count; the page shows the
//! confirmed count per country. Coordinators write petitions per language, open and close them,
//! read and export signatures (each export recorded in the audit log).

pub mod intake;
pub mod mail;
pub mod model;
pub mod service;
pub mod store;
pub mod view;
pub mod web;
