//! The web server's state: what every handler can reach. It sits at the bottom of the web
//! side: it holds the process's [`Core`](crate::context::Core) and the toolkit's
//! per-process pieces (page cache, form tokens, rate limit), and a capability that runs
//! something of its own for the server (the petitions' signature intake) registers it as a
//! typed part at start-up, so this module never names a capability.

use std::sync::Arc;

use crate::context::{Core, Ctx};
use crate::http::abuse::{AddressLimiter, FormTokens};
use crate::http::cache::PageCache;

#[derive(Clone)]
pub struct AppState(pub Arc<Inner>);

pub struct Inner {
    /// Configuration, database, keys, languages, mailer: shared with the job workers.
    pub core: Ctx,
    pub cache: PageCache,
    /// Bounds concurrent password hashing (memory-hard: ~19 MiB each) to the number of cores.
    pub password_work: tokio::sync::Semaphore,
    pub form_tokens: FormTokens,
    /// Per-address limit on public form posts; `None` when turned off.
    pub limiter: Option<AddressLimiter>,
    /// Per-address limit on staff sign-in attempts (each costs a password hash); `None` when off.
    pub sign_in_limiter: Option<AddressLimiter>,
    /// Set when the database knows a newer key than this process's current one (a rotation ran
    /// on another machine): the process must not encrypt anything more until restarted with
    /// the current key file (see `db::keys::newest_live`).
    pub keys_stale: std::sync::atomic::AtomicBool,
    /// Running parts that capabilities registered, by type (see [`AppState::part`]).
    pub parts: axum::http::Extensions,
    /// A shared lock on the key file, held while this process uses its keys (key rotation
    /// waits for none to be left).
    pub _key_lock: std::fs::File,
}

impl AppState {
    /// A part a capability registered at start-up. Missing means start-up forgot to register
    /// it: a programming error, found by the first test that uses it.
    pub fn part<T: Send + Sync + Clone + 'static>(&self) -> &T {
        self.0.parts.get::<T>().unwrap_or_else(|| panic!("{} was not registered at start-up", std::any::type_name::<T>()))
    }

    /// The context job handlers get.
    pub fn ctx(&self) -> Ctx {
        self.0.core.clone()
    }
}

impl std::ops::Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}

impl std::ops::Deref for Inner {
    type Target = Core;
    fn deref(&self) -> &Core {
        &self.core
    }
}
