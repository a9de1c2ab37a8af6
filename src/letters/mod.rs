//! Letters to decision-makers: written by supporters from the campaign's text (theirs to edit
//! within limits), confirmed by mail, one per writer and decision-maker, delivered spaced over
//! the decision-maker's working hours or in a daily digest, never a flood.

pub mod mail;
pub mod model;
pub mod service;
pub mod store;
pub mod web;
