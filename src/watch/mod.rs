//! The watch list: coordinators keep the efforts to support or legitimise the regime (a
//! conference, a trade deal, a normalisation step, a deportation agreement), each sourced and
//! linked to the decision-makers responsible; the public reads upcoming and past items. A
//! rapid-response alert will start from an item.

pub mod model;
pub mod service;
pub mod store;
pub mod web;
