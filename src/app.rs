//! Start-up: prepare the data folder, keys, database and languages; create the first
//! coordinator and the demo campaign on an empty database; serve until told to stop.
//! `main` and the test harness both start the server through here, so tests run what runs.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use tokio::net::TcpListener;

use crate::config::Config;
use crate::crypto::{Keys, lock_keyring_shared};
use crate::db::{Db, now};
use crate::context::Core;
use crate::http::cache::PageCache;
use crate::state::{AppState, Inner};
use crate::i18n::I18n;
use crate::staff::{self, Login, Role};

/// A folder only the server's own user can enter (0700): the data folder holds the key file,
/// the database and mail with addresses in clear. A folder found looser is tightened.
fn private_dir(dir: &std::path::Path) -> anyhow::Result<()> {
    use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
    std::fs::DirBuilder::new().recursive(true).mode(0o700).create(dir).with_context(|| format!("creating {}", dir.display()))?;
    let mode = std::fs::metadata(dir).with_context(|| format!("reading {}", dir.display()))?.permissions().mode();
    if mode & 0o077 != 0 {
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700)).with_context(|| format!("making {} private", dir.display()))?;
    }
    Ok(())
}

/// Open everything the server needs. Migrations run here, on every start.
pub async fn prepare(cfg: Config) -> anyhow::Result<AppState> {
    for dir in [cfg.data_dir.clone(), cfg.outbox_dir(), cfg.uploads_dir()] {
        private_dir(&dir)?;
    }
    // The lock first, then the keys: a rotation cannot replace the file between the two.
    let key_lock = lock_keyring_shared(&cfg.key_file())?;
    let db = Db::connect(&cfg.database_url).await?;
    db.migrate().await?;
    let keyring = crate::db::keys::open_keyring(&db, &cfg.key_file()).await?;
    let i18n = I18n::load()?;
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2);
    let mailer = crate::mail::Mailer::new(&cfg.mail, cfg.outbox_dir())?;
    let keys = Keys::derive(&keyring);
    let intake = crate::petitions::intake::Intake::start(&db, crate::crypto::FieldKeys::new(&keyring)).await?;
    let mut form_tokens = crate::http::abuse::FormTokens::new(keys.form.clone());
    form_tokens.min_fill_ms = i64::from(cfg.form_min_seconds) * 1000;
    let limiter = (cfg.sign_per_minute > 0).then(|| crate::http::abuse::AddressLimiter::new(cfg.sign_per_minute, cfg.sign_per_minute.max(5)));
    let sign_in_limiter = (cfg.sign_in_per_minute > 0).then(|| crate::http::abuse::AddressLimiter::new(cfg.sign_in_per_minute, cfg.sign_in_per_minute));
    let mut parts = axum::http::Extensions::new();
    parts.insert(intake);
    parts.insert(personal_data());
    let page_cache = cfg.page_cache;
    let core = Arc::new(Core { cfg, db, i18n, keys, mailer, job_notify: Arc::new(tokio::sync::Notify::new()) });
    Ok(AppState(Arc::new(Inner {
        core,
        form_tokens,
        limiter,
        sign_in_limiter,
        keys_stale: std::sync::atomic::AtomicBool::new(false),
        parts,
        cache: PageCache::new(page_cache),
        password_work: tokio::sync::Semaphore::new(cores),
        _key_lock: key_lock,
    })))
}

/// Every capability that holds personal data, for the supporter's own page, export and
/// erasure (see `supporters::service`). A capability that stores anything about a person adds
/// itself here.
fn personal_data() -> crate::supporters::service::Holders {
    crate::supporters::service::Holders::new(vec![
        Arc::new(crate::campaigns::service::LeadOrganisations),
        Arc::new(crate::petitions::service::Signatures),
        Arc::new(crate::organisations::service::PartnerOrganisations),
        Arc::new(crate::events::service::Attendances),
        Arc::new(crate::letters::service::Letters),
    ])
}

impl crate::jobs::Registry {
    /// Every kind of job the application has. A capability with jobs adds them here.
    pub fn standard() -> crate::jobs::Registry {
        crate::jobs::Registry::default().register::<crate::petitions::store::ConfirmMail>().register::<crate::organisations::mail::ContactMail>().register::<crate::events::mail::EventMail>().register::<crate::events::mail::RsvpMail>().register::<crate::letters::mail::LetterConfirm>().register::<crate::letters::mail::LetterSend>().register::<crate::letters::mail::LetterDigest>()
    }
}

/// What the first start of a fresh site created, to tell the person who started it.
#[derive(Debug, Default)]
pub struct FirstRun {
    /// Sign-in name and generated password of the first coordinator.
    pub coordinator: Option<(String, String)>,
    pub demo_seeded: bool,
}

pub const FIRST_LOGIN: &str = "coordinator";

pub async fn first_run(state: &AppState) -> anyhow::Result<FirstRun> {
    let mut out = FirstRun::default();
    let mut author = None;
    if staff::store::count(&state.db).await? == 0 {
        let password = staff::model::generate_password();
        let hash = staff::model::hash_password(&password)?;
        let login = Login::parse(FIRST_LOGIN).map_err(|e| anyhow::anyhow!("{e}"))?;
        author = staff::store::create(&state.db, &login, Role::Coordinator, None, &hash, now()).await?;
        if author.is_some() {
            out.coordinator = Some((FIRST_LOGIN.to_string(), password));
        }
    }
    if state.cfg.demo {
        out.demo_seeded = crate::demo::seed_if_empty(&state.db, &state.keys.fields, author).await?;
    }
    Ok(out)
}

/// A server running in this process.
pub struct Running {
    pub addr: SocketAddr,
    pub state: AppState,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<()>,
    workers: Workers,
}

impl Running {
    pub async fn stop(mut self) -> anyhow::Result<()> {
        if let Some(tx) = self.shutdown.take() {
            // The server may have stopped already, in which case there is no one to tell.
            let _ = tx.send(());
        }
        self.task.await.context("server task")?;
        self.workers.stop().await;
        Ok(())
    }
}

/// Job workers running in this process.
pub struct Workers {
    stop: tokio::sync::watch::Sender<bool>,
    tasks: Vec<tokio::task::JoinHandle<()>>,
}

impl Workers {
    pub fn start(state: &AppState, registry: &crate::jobs::Registry, count: u32) -> Workers {
        let (stop, rx) = tokio::sync::watch::channel(false);
        let tasks = (0..count)
            .map(|_| tokio::spawn(crate::jobs::worker(state.ctx(), registry.clone(), rx.clone())))
            .collect();
        Workers { stop, tasks }
    }

    /// Let each worker finish the job in hand, then stop.
    pub async fn stop(self) {
        // Workers that ended already have dropped their receivers; nothing to tell them.
        let _ = self.stop.send(true);
        for t in self.tasks {
            if let Err(e) = t.await {
                tracing::error!(error = %e, "a job worker ended abnormally");
            }
        }
    }
}

/// Bind and serve in the background.
pub async fn start(state: AppState, listen: SocketAddr) -> anyhow::Result<Running> {
    let listener = TcpListener::bind(listen).await.with_context(|| format!("listening on {listen}"))?;
    start_on(state, listener).await
}

/// Serve on a listener bound already (the tests bind port 0 first, to know the base URL),
/// with the standard jobs.
pub async fn start_on(state: AppState, listener: TcpListener) -> anyhow::Result<Running> {
    start_with_jobs(state, listener, crate::jobs::Registry::standard()).await
}

/// Serve, with `state.cfg.workers` job workers running `registry`'s kinds of job.
pub async fn start_with_jobs(state: AppState, listener: TcpListener, registry: crate::jobs::Registry) -> anyhow::Result<Running> {
    let addr = listener.local_addr()?;
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let app = crate::router::router(state.clone());
    spawn_housekeeping(state.clone());
    spawn_key_watch(state.clone());
    let registry = registry;
    let max_connections = state.cfg.max_connections;
    // The peer address reaches one place only: the in-memory rate limits.
    let timeout = state.cfg.request_timeout;
    let task = tokio::spawn(crate::http::server::serve(listener, app, max_connections, timeout, async move {
        // A dropped sender means the owner is gone: shut down too.
        let _ = rx.await;
    }));
    let workers = Workers::start(&state, &registry, state.cfg.workers);
    Ok(Running { addr, state, shutdown: Some(tx), task, workers })
}

/// Every 30 s: does the database know a newer key than ours? Then a key rotation ran on another
/// machine, and anything this process encrypts now would be under a key the others retire:
/// signing stops here (503) until the process is restarted with the current key file.
fn spawn_key_watch(state: AppState) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(30));
        loop {
            tick.tick().await;
            if let Err(e) = check_keys(&state).await {
                tracing::warn!(error = format!("{e:#}"), "checking the key register failed");
            }
        }
    });
}

/// One look at the key register (see `spawn_key_watch`).
pub async fn check_keys(state: &AppState) -> anyhow::Result<()> {
    use std::sync::atomic::Ordering;
    let ours = i64::from(state.keys.fields.current_id());
    if let Some(newest) = crate::db::keys::newest_live(&state.db).await?
        && newest > ours
        && !state.keys_stale.swap(true, Ordering::Relaxed)
    {
        tracing::error!(ours, newest, "a key rotation ran elsewhere: this process no longer signs anything; restart it with the current key file");
    }
    Ok(())
}

fn spawn_housekeeping(state: AppState) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(600));
        loop {
            tick.tick().await;
            let cfg = &state.cfg;
            match staff::store::purge_expired_sessions(&state.db, now(), cfg.session_idle_secs, cfg.session_max_secs).await {
                Ok(n) if n > 0 => tracing::info!(sessions = n, "purged expired sessions"),
                Ok(_) => {}
                Err(e) => tracing::warn!(error = format!("{e:#}"), "purging sessions failed"),
            }
            if let Err(e) = crate::http::abuse::purge_used_form_tokens(&state.db, now()).await {
                tracing::warn!(error = format!("{e:#}"), "purging used form tokens failed");
            }
            let before = now() - i64::from(cfg.pending_days) * 86_400;
            match crate::supporters::service::purge(&state, before).await {
                Ok((0, 0)) => {}
                Ok((rows, people)) => tracing::info!(rows, people, "purged what was never confirmed"),
                Err(e) => tracing::warn!(error = format!("{e:#}"), "purging what was never confirmed failed"),
            }
            // The file outbox holds addresses in clear: mails older than the pending time go.
            let outbox = cfg.outbox_dir();
            let max_age = Duration::from_secs(u64::from(cfg.pending_days) * 86_400);
            match tokio::task::spawn_blocking(move || purge_outbox(&outbox, max_age)).await {
                Ok(Ok(0)) => {}
                Ok(Ok(n)) => tracing::info!(mails = n, "purged old mails from the outbox"),
                Ok(Err(e)) => tracing::warn!(error = format!("{e:#}"), "purging the outbox failed"),
                Err(e) => tracing::warn!(error = %e, "purging the outbox failed"),
            }
            if let Err(e) = staff::store::purge_throttle(&state.db, now()).await {
                tracing::warn!(error = format!("{e:#}"), "purging the sign-in throttle failed");
            }
        }
    });
}

/// Delete `.eml` files older than `max_age` from the file outbox. Returns how many went.
pub fn purge_outbox(dir: &std::path::Path, max_age: Duration) -> anyhow::Result<usize> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Ok(0) };
    let mut n = 0;
    for entry in entries {
        let entry = entry.context("reading the outbox")?;
        let path = entry.path();
        // Mails, and the temporary files a crash left behind.
        if path.extension().is_none_or(|e| e != "eml" && e != "tmp") {
            continue;
        }
        let old = entry.metadata().and_then(|m| m.modified()).ok().and_then(|t| t.elapsed().ok()).is_some_and(|age| age > max_age);
        if old {
            std::fs::remove_file(&path).with_context(|| format!("removing {}", path.display()))?;
            n += 1;
        }
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    #[test]
    fn data_folders_are_private_and_a_loose_one_is_tightened() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let new = dir.path().join("a/b");
        super::private_dir(&new).unwrap();
        assert_eq!(std::fs::metadata(&new).unwrap().permissions().mode() & 0o777, 0o700);
        std::fs::set_permissions(&new, std::fs::Permissions::from_mode(0o755)).unwrap();
        super::private_dir(&new).unwrap();
        assert_eq!(std::fs::metadata(&new).unwrap().permissions().mode() & 0o777, 0o700);
    }

    #[test]
    fn old_mails_leave_the_outbox() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.eml"), "x").unwrap();
        std::fs::write(dir.path().join(".b.eml.tmp"), "x").unwrap();
        std::fs::write(dir.path().join("keep.txt"), "x").unwrap();
        assert_eq!(super::purge_outbox(dir.path(), std::time::Duration::from_secs(3600)).unwrap(), 0, "young mails stay");
        std::thread::sleep(std::time::Duration::from_millis(20));
        assert_eq!(super::purge_outbox(dir.path(), std::time::Duration::from_millis(1)).unwrap(), 2, "old mails and leftovers of a crash");
        assert!(!dir.path().join("a.eml").exists() && !dir.path().join(".b.eml.tmp").exists() && dir.path().join("keep.txt").exists());
    }
}
