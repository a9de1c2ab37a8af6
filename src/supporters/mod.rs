//! Supporters: the people who sign, write, call and attend. The privacy core every action
//! reuses: one person per normalised email, found through a blind index; every personal field
//! encrypted at rest and bound to its row; consent per organisation with its history; export
//! and erasure of everything about a person.
//!
//! The public forms that create supporters (petitions) come with the supporters' issue; this
//! module is their storage.

pub mod model;
pub mod store;
