//! What every process of tadamun has, whether it serves pages, runs jobs or answers a command:
//! configuration, the database, the keys, the languages and the mailer. Job handlers and the
//! command line get this and nothing of the web server, so a worker needs no router and a
//! command needs no listener. The web state (`crate::state`) holds one and adds what only
//! serving needs (page cache, form guards, rate limits).

use std::sync::Arc;

use crate::config::Config;
use crate::crypto::Keys;
use crate::db::Db;
use crate::i18n::I18n;
use crate::mail::Mailer;

/// Cheap to clone: one shared [`Core`].
pub type Ctx = Arc<Core>;

pub struct Core {
    pub cfg: Config,
    pub db: Db,
    pub i18n: I18n,
    pub keys: Keys,
    pub mailer: Mailer,
    /// Wakes this process's job workers after a transaction queued a job.
    pub job_notify: Arc<tokio::sync::Notify>,
}
