//! Facts: dated, sourced figures (people displaced, people killed, prices) kept as series with
//! their whole history. A correction never overwrites: the old value goes to the history with
//! who changed it and why. Shown on the campaign page, charted as server-made SVG, and public
//! as JSON and CSV so journalists and partner sites can reuse them.

pub mod chart;
pub mod csv_io;
pub mod model;
pub mod service;
pub mod store;
pub mod view;
pub mod web;
