//! Campaigns: the call a coalition publishes, in every language it is read in.

pub mod model;
pub mod service;
pub mod store;
pub mod view;
pub mod web;
