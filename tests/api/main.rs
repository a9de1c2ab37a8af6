//! The HTTP, store, mail, job and command-line tests, in one binary so that the harness
//! (`tests/common`) compiles once. Each test starts its own server on port 0 over a fresh
//! database (a SQLite file, or a PostgreSQL database when `TADAMUN_TEST_POSTGRES_URL` is set).

#[path = "../common/mod.rs"]
mod common;

mod accounts;
mod calls;
mod cli;
mod day_page;
mod events;
mod facts;
mod hostile;
mod http;
mod jobs;
mod keys;
mod letters;
mod mail;
mod matrix;
pub mod organisations;
mod petitions;
pub mod routes;
mod stored;
mod supporters;
mod targets;
mod watch;
mod writer;
