//! Days of action: coordinators declare them; local organisers submit events for them in any
//! language, with no account, confirmed by mail and moderated; the public finds them by
//! country, city and day, each with its page and an "add to calendar" file.

pub mod ics;
pub mod map;
pub mod mail;
pub mod messages;
pub mod model;
pub mod service;
pub mod store;
pub mod web;
