//! The audit log: who read, searched or exported personal data, or changed who may, and when
//! (never the data itself). One log for every capability: petitions write their exports to it
//! today; letters, mailings and the coalition's roles will write to it too. Coordinators read it
//! at `/staff/audit`.

pub mod store;
pub mod web;
