//! The coalition's organisations: they endorse a campaign through a public form, their contact
//! confirms by mail, a coordinator or moderator approves or rejects them (with a reason mailed
//! back in their language). An approved organisation is listed publicly, gets a partner page
//! whose actions are credited to it, staff of its own, and sees only the supporters who chose
//! it.

pub mod mail;
pub mod model;
pub mod service;
pub mod store;
pub mod web;
