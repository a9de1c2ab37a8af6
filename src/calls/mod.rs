//! Calls to decision-makers: coordinators write a script per language and choose whom to call;
//! supporters call (`tel:` links) and say how it went; the tallies per decision-maker and
//! country are public. A watch list item raises one as a rapid-response alert.

pub mod model;
pub mod service;
pub mod store;
pub mod web;
