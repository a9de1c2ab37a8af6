//! Pressure on decision-makers, first part: the targets themselves. Coordinators keep the
//! people who decide (name, role, institution, country, language, time zone, addresses and
//! numbers), group them, and import or export them as CSV. Letters, calls and the watch list
//! will reach them through this room.

pub mod csv_io;
pub mod model;
pub mod service;
pub mod store;
pub mod web;
