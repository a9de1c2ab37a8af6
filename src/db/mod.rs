//! Storage: one `AnyPool` over SQLite (the embedded default) or PostgreSQL (at scale).
//!
//! `Any` maps only booleans, integers, floats, text and blobs, so the schema keeps times as i64
//! UTC epoch seconds, flags as integers and ids as i64. Queries use `$1` placeholders, which
//! both engines accept. SQL that differs between the two engines lives in this module only;
//! the migrations are kept in two folders with the same file names.

pub mod id;
pub mod keys;
pub mod rotate;
pub mod texts;
pub mod writer;

pub use id::RowId;

use std::str::FromStr;
use std::time::Duration;

use anyhow::Context;
use sqlx::any::{AnyPoolOptions, install_default_drivers};
use sqlx::{AnyPool, Executor};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

#[derive(Clone, Debug)]
pub struct Db {
    pub pool: AnyPool,
    pub backend: Backend,
}

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("migrations/postgres");

impl Db {
    /// Connect to `url` (`sqlite:PATH` or `postgres://…`), creating the SQLite file if needed.
    pub async fn connect(url: &str) -> anyhow::Result<Db> {
        install_default_drivers();
        if url.starts_with("sqlite:") {
            let path = url.trim_start_matches("sqlite://").trim_start_matches("sqlite:");
            let path = path.split('?').next().unwrap_or(path);
            if let Some(parent) = std::path::Path::new(path).parent() {
                if !parent.as_os_str().is_empty() {
                    std::fs::create_dir_all(parent).with_context(|| format!("creating {}", parent.display()))?;
                }
            }
            // The file is made here, readable by the server's user only (0600); SQLite gives its
            // journal files the same mode. A file found looser is tightened.
            if !path.is_empty() && !path.starts_with(':') {
                use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
                let file = std::fs::OpenOptions::new().write(true).create(true).truncate(false).mode(0o600).open(path);
                let file = file.with_context(|| format!("opening {path}"))?;
                if file.metadata()?.permissions().mode() & 0o077 != 0 {
                    file.set_permissions(std::fs::Permissions::from_mode(0o600)).with_context(|| format!("making {path} private"))?;
                }
            }
            // Validate through the SQLite driver's own parser, so a bad URL fails with its message.
            sqlx::sqlite::SqliteConnectOptions::from_str(url).context("parsing the SQLite database URL")?;
            let url = if url.contains('?') { url.to_string() } else { format!("{url}?mode=rwc") };
            // Only the power-cut test turns durability off, to show that it catches what is lost.
            let synchronous = if std::env::var_os(UNSAFE_NO_SYNC).is_some() {
                tracing::warn!("{UNSAFE_NO_SYNC} is set: SQLite does not sync; a power cut loses acknowledged writes");
                "PRAGMA synchronous = OFF"
            } else {
                "PRAGMA synchronous = FULL"
            };
            let pool = AnyPoolOptions::new()
                .max_connections(8)
                .acquire_timeout(Duration::from_secs(30))
                .after_connect(move |conn, _meta| {
                    Box::pin(async move {
                        // WAL lets readers run beside the writer; FULL makes an acknowledged
                        // write survive a power cut; the busy timeout queues writers.
                        conn.execute("PRAGMA journal_mode = WAL").await?;
                        conn.execute(synchronous).await?;
                        conn.execute("PRAGMA foreign_keys = ON").await?;
                        // Deleted rows (an erased supporter's ciphertexts and index) are
                        // overwritten, not left in free pages.
                        conn.execute("PRAGMA secure_delete = ON").await?;
                        conn.execute("PRAGMA busy_timeout = 10000").await?;
                        // 16 MiB of page cache per connection (the default is 2 MiB): the
                        // blind-index and slot B-trees that every signature touches stay in memory.
                        conn.execute("PRAGMA cache_size = -16384").await?;
                        // Checkpoint every ~40 MB of WAL rather than every 4 MB: fewer
                        // checkpoints (each an fsync of the database file) under a signature
                        // surge; the WAL holds only pages, that is ciphertexts, never clear text.
                        conn.execute("PRAGMA wal_autocheckpoint = 10000").await?;
                        Ok(())
                    })
                })
                .connect(&url)
                .await
                .context("opening the SQLite database")?;
            Ok(Db { pool, backend: Backend::Sqlite })
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            let pool = AnyPoolOptions::new()
                .max_connections(16)
                .acquire_timeout(Duration::from_secs(30))
                .connect(url)
                .await
                .context("connecting to PostgreSQL")?;
            Ok(Db { pool, backend: Backend::Postgres })
        } else {
            anyhow::bail!("database URL must start with sqlite: or postgres://")
        }
    }

    pub async fn migrate(&self) -> anyhow::Result<()> {
        let migrator = match self.backend {
            Backend::Sqlite => &SQLITE_MIGRATIONS,
            Backend::Postgres => &POSTGRES_MIGRATIONS,
        };
        migrator.run(&self.pool).await.context("running database migrations")?;
        Ok(())
    }
}

impl Db {
    /// A transaction that will write. On SQLite it takes the write lock at `BEGIN IMMEDIATE`:
    /// a deferred transaction that reads first and writes later fails at once with "database
    /// is locked" when another connection wrote in between (its snapshot is stale, and SQLite
    /// cannot wait that out), while `IMMEDIATE` waits its turn under the busy timeout.
    pub async fn begin_write(&self) -> anyhow::Result<sqlx::Transaction<'static, sqlx::Any>> {
        let tx = match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await,
            Backend::Postgres => self.pool.begin().await,
        };
        tx.context("beginning a transaction")
    }

    /// Copy the WAL into the database file now (SQLite; nothing on PostgreSQL), so that pages
    /// overwritten by a deletion (`secure_delete`) replace the old ones in the file itself.
    pub async fn checkpoint(&self) -> anyhow::Result<()> {
        if self.backend == Backend::Sqlite {
            sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(&self.pool).await.context("checkpointing the database")?;
        }
        Ok(())
    }

    /// How the group-commit writer begins its transactions (see `begin_write`).
    pub fn begin_sql(&self) -> &'static str {
        match self.backend {
            Backend::Sqlite => "BEGIN IMMEDIATE",
            Backend::Postgres => "BEGIN",
        }
    }

    /// The claim statement of the job queue: take up to `$2` ready jobs (queued and due, or
    /// running with a lapsed lease) and lease them until `$3`. PostgreSQL skips rows another
    /// worker has locked, so several workers never take the same job; SQLite has one writer.
    pub fn claim_jobs_sql(&self) -> &'static str {
        match self.backend {
            Backend::Sqlite => {
                "UPDATE jobs SET state = 'running', attempts = attempts + 1, locked_until = $3
                 WHERE id IN (SELECT id FROM jobs
                              WHERE (state = 'queued' AND run_at <= $1) OR (state = 'running' AND locked_until < $1)
                              ORDER BY run_at, id LIMIT $2)
                 RETURNING id, kind, payload, attempts"
            }
            Backend::Postgres => {
                "UPDATE jobs SET state = 'running', attempts = attempts + 1, locked_until = $3
                 WHERE id IN (SELECT id FROM jobs
                              WHERE (state = 'queued' AND run_at <= $1) OR (state = 'running' AND locked_until < $1)
                              ORDER BY run_at, id LIMIT $2 FOR UPDATE SKIP LOCKED)
                 RETURNING id, kind, payload, attempts"
            }
        }
    }
}

/// Placeholders for statements built at run time with many values (multi-row inserts), in bind
/// order: `$1, $2, …` on PostgreSQL, anonymous `?` on SQLite. sqlx matches every *numbered*
/// SQLite parameter to its argument by asking SQLite for the parameter's name, which walks a
/// list: quadratic in a statement's width (a 64-row insert spent more time there than in
/// SQLite itself). Anonymous parameters bind in order, with no lookup.
pub struct Params {
    sqlite: bool,
    n: usize,
}

impl Params {
    pub fn for_conn(conn: &sqlx::AnyConnection) -> Params {
        Params { sqlite: conn.backend_name().eq_ignore_ascii_case("sqlite"), n: 0 }
    }

    /// The next placeholder.
    pub fn one(&mut self) -> String {
        self.n += 1;
        if self.sqlite { "?".to_string() } else { format!("${}", self.n) }
    }

    /// A parenthesised row of `columns` placeholders.
    pub fn row(&mut self, columns: usize) -> String {
        format!("({})", (0..columns).map(|_| self.one()).collect::<Vec<_>>().join(","))
    }

    /// `rows` rows of `columns` placeholders, comma-separated (the VALUES of an insert).
    pub fn rows(&mut self, rows: usize, columns: usize) -> String {
        (0..rows).map(|_| self.row(columns)).collect::<Vec<_>>().join(",")
    }

    /// `n` placeholders, comma-separated (an IN list).
    pub fn list(&mut self, n: usize) -> String {
        (0..n).map(|_| self.one()).collect::<Vec<_>>().join(",")
    }
}

/// Seconds since the Unix epoch, the only time format the schema stores.
pub fn now() -> i64 {
    jiff::Timestamp::now().as_second()
}

/// Test only: set in a server's environment, SQLite never syncs (`synchronous = OFF`). The
/// power-cut test (`tests/power_cut.rs`) sets it to show that it would catch lost writes.
pub const UNSAFE_NO_SYNC: &str = "TADAMUN_TEST_UNSAFE_NO_SYNC";

/// Whether an error is the database refusing a duplicate key (an id another process made too,
/// or an email two processes added at once): worth one more try, with fresh ids.
pub fn is_duplicate_key(e: &anyhow::Error) -> bool {
    e.chain().any(|c| matches!(c.downcast_ref::<sqlx::Error>(), Some(sqlx::Error::Database(d)) if d.is_unique_violation()))
}
