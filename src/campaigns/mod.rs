//! Campaigns: the call a coalition publishes, in every language it is read in.

pub mod demo;
pub mod model;
pub mod routes;
pub mod store;
