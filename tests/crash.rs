//! Crash safety of signature intake: the real binary, in a child process, is killed with
//! SIGKILL at random moments (the first within 0.6 s, then every 0.5–3 s) and restarted on the
//! same data folder and port while 8 clients sign the demo petition with unique emails. A client
//! whose request failed or got no answer signs again with a fresh form token (and often another
//! spelling of the same email). Afterwards, with the server stopped: every acknowledged signature (a `303` to
//! `…/thanks`) is present exactly once, nothing else is, every signature has its confirmation
//! mail queued (signature and job commit together), and on SQLite `PRAGMA integrity_check`
//! answers `ok`.
//!
//! SQLite always; the same again on PostgreSQL when `TADAMUN_TEST_POSTGRES_URL` is set, in a
//! fresh database beside it (named with `TADAMUN_TEST_DB_PREFIX`, default `tadamun_t`) that is
//! dropped at the end.
//!
//! The README's `cargo test` runs a short form (`TADAMUN_CRASH_SIGNATURES`, default 3,000);
//! `bench/crash.sh` runs the long one (10,000 signatures) by hand.

mod common;

use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const CLIENTS: usize = 8;
const CAMPAIGN: &str = "defend-idlib";
const PETITION: &str = "open-the-borders";
const KILL_MIN_MS: u64 = 500;
const KILL_MAX_MS: u64 = 3_000;

fn random_u64() -> u64 {
    u64::from_le_bytes(tadamun::crypto::random_bytes::<8>())
}

fn signatures_wanted() -> usize {
    std::env::var("TADAMUN_CRASH_SIGNATURES").ok().and_then(|v| v.trim().parse().ok()).unwrap_or(3_000).max(CLIENTS)
}

/// The server as a child process; killed (SIGKILL) and restarted at will. Dropping it kills it,
/// so a failing test leaves no server behind.
struct Server {
    child: Option<std::process::Child>,
    data: PathBuf,
    database_url: String,
    port: u16,
    log: PathBuf,
    starts: u32,
    /// Exits the server made by itself (it should never exit unless killed).
    exits: Vec<String>,
}

impl Server {
    fn new(data: &Path, database_url: &str) -> Server {
        // A fixed port for the whole run: a restarted server must be found where the old one was.
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        Server { child: None, data: data.to_path_buf(), database_url: database_url.to_string(), port, log: data.with_extension("log"), starts: 0, exits: Vec::new() }
    }

    fn base(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    fn spawn(&mut self) {
        assert!(self.child.is_none());
        self.starts += 1;
        let mut log = std::fs::OpenOptions::new().create(true).append(true).open(&self.log).unwrap();
        writeln!(log, "==== start {}", self.starts).unwrap();
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_tadamun"));
        for (k, _) in std::env::vars() {
            if k.starts_with("TADAMUN_") {
                cmd.env_remove(k);
            }
        }
        let child = cmd
            .arg("--data-dir")
            .arg(&self.data)
            .args(["--database-url", &self.database_url, "serve", "--listen", &format!("127.0.0.1:{}", self.port)])
            .args(["--demo", "true", "--form-min-seconds", "0", "--sign-per-minute", "0", "--workers", "0", "--log", "warn"])
            .stdin(Stdio::null())
            .stdout(Stdio::from(log.try_clone().unwrap()))
            .stderr(Stdio::from(log))
            .spawn()
            .expect("start the server");
        self.child = Some(child);
    }

    /// SIGKILL (what `Child::kill` sends on Unix) and reap. Notes an exit that came first.
    fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            if let Ok(Some(status)) = child.try_wait() {
                self.exits.push(format!("start {} exited by itself: {status}", self.starts));
                return;
            }
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    fn log_tail(&self) -> String {
        let text = std::fs::read_to_string(&self.log).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        lines[lines.len().saturating_sub(60)..].join("\n")
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// A PostgreSQL database of this run's own; dropped (even when the test fails) on drop.
struct PgDatabase {
    admin_url: String,
    name: String,
}

impl PgDatabase {
    async fn create(admin_url: &str) -> PgDatabase {
        use sqlx::Connection;
        sqlx::any::install_default_drivers();
        let prefix = std::env::var("TADAMUN_TEST_DB_PREFIX").unwrap_or_else(|_| "tadamun_t".into());
        let name = format!("{prefix}_crash_{}", tadamun::crypto::to_hex(&tadamun::crypto::random_bytes::<4>()));
        let mut conn = sqlx::AnyConnection::connect(admin_url).await.expect("connect to PostgreSQL");
        sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}"))).execute(&mut conn).await.expect("create database");
        conn.close().await.expect("close");
        PgDatabase { admin_url: admin_url.to_string(), name }
    }

    fn url(&self) -> String {
        common::with_database(&self.admin_url, &self.name)
    }
}

impl Drop for PgDatabase {
    fn drop(&mut self) {
        let (admin_url, name) = (self.admin_url.clone(), self.name.clone());
        // Drop may run inside the test's runtime: do the async work on a thread of its own.
        let dropped = std::thread::spawn(move || {
            use sqlx::Connection;
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
            rt.block_on(async move {
                let mut conn = sqlx::AnyConnection::connect(&admin_url).await?;
                sqlx::query(sqlx::AssertSqlSafe(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))).execute(&mut conn).await?;
                conn.close().await
            })
        })
        .join();
        if !matches!(dropped, Ok(Ok(()))) {
            eprintln!("crash: could not drop the PostgreSQL database {}", self.name);
        }
    }
}

/// The email as one client types it on its `attempt`'th try: the same address, differently
/// cased and spaced, which the server must recognise as the same person.
fn typed_email(canonical: &str, n: usize, attempt: usize) -> String {
    match (n + attempt) % 4 {
        0 | 1 => canonical.to_string(),
        2 => format!("  {}  ", canonical.to_uppercase()),
        _ => {
            let (local, domain) = canonical.split_once('@').unwrap();
            let mut local: Vec<char> = local.chars().collect();
            local[0] = local[0].to_ascii_uppercase();
            format!("{}@{} ", local.into_iter().collect::<String>(), domain.to_uppercase())
        }
    }
}

#[derive(Default)]
struct Tally {
    acknowledged: Mutex<Vec<String>>,
    /// Requests that failed or got no answer (the server was down or died under them).
    failed_requests: AtomicU64,
    /// Answers that should never come: (status, what was asked, start of the body).
    unexpected: Mutex<Vec<(u16, String, String)>>,
}

fn hidden_token(page: &str) -> Option<String> {
    let needle = "name=\"form_token\" value=\"";
    let start = page.find(needle)? + needle.len();
    let end = page[start..].find('"')? + start;
    Some(page[start..end].to_string())
}

async fn client(c: usize, count: usize, base: String, tally: Arc<Tally>, deadline: Instant) {
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(20))
        .pool_max_idle_per_host(1)
        .build()
        .unwrap();
    let page = format!("{base}/en/c/{CAMPAIGN}/p/{PETITION}");
    let action = format!("{page}/sign");
    let countries = ["DE", "SY", "FR", "TR", "LB"];
    let unexpected = |status: u16, what: &str, body: String| {
        let mut u = tally.unexpected.lock().unwrap();
        u.push((status, what.to_string(), body.chars().take(300).collect()));
        assert!(u.len() < 50, "too many unexpected answers: {u:?}");
    };
    let backoff = || tokio::time::sleep(Duration::from_millis(20 + random_u64() % 30));
    for n in 0..count {
        let canonical = format!("crash-{c}-{n}@example.org");
        let mut attempt = 0;
        loop {
            assert!(Instant::now() < deadline, "client {c} still signing {canonical} at the deadline");
            let email = typed_email(&canonical, n, attempt);
            attempt += 1;
            let token = match http.get(&page).send().await {
                Ok(res) if res.status() == 200 => match res.text().await.ok().as_deref().map(hidden_token) {
                    Some(Some(token)) => token,
                    Some(None) => {
                        unexpected(200, "GET petition page without a form token", String::new());
                        continue;
                    }
                    None => {
                        tally.failed_requests.fetch_add(1, Ordering::Relaxed);
                        backoff().await;
                        continue;
                    }
                },
                Ok(res) => {
                    let status = res.status().as_u16();
                    unexpected(status, "GET petition page", res.text().await.unwrap_or_default());
                    backoff().await;
                    continue;
                }
                Err(_) => {
                    tally.failed_requests.fetch_add(1, Ordering::Relaxed);
                    backoff().await;
                    continue;
                }
            };
            let name = format!("Crash Tester {c}-{n}");
            let country = countries[(c + n) % countries.len()];
            let mut form = vec![("form_token", token.as_str()), ("name", name.as_str()), ("email", email.as_str()), ("country", country)];
            if n % 3 == 0 {
                form.push(("city", "Gaziantep"));
            }
            if n % 5 == 0 {
                form.push(("comment", "Open the borders."));
            }
            if n % 2 == 0 {
                form.push(("consent", "yes"));
            }
            match http.post(&action).form(&form).send().await {
                Ok(res) => {
                    let status = res.status().as_u16();
                    let location = res.headers().get("location").and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
                    if status == 303 && location.ends_with("/thanks") {
                        tally.acknowledged.lock().unwrap().push(canonical.clone());
                        break;
                    }
                    unexpected(status, &format!("POST sign ({email:?}, location {location:?})"), res.text().await.unwrap_or_default());
                    backoff().await;
                }
                Err(_) => {
                    tally.failed_requests.fetch_add(1, Ordering::Relaxed);
                    backoff().await;
                }
            }
        }
    }
}

async fn wait_until_up(base: &str, deadline: Instant) -> bool {
    let http = reqwest::Client::builder().timeout(Duration::from_secs(2)).build().unwrap();
    while Instant::now() < deadline {
        if let Ok(res) = http.get(format!("{base}/en/c/{CAMPAIGN}/p/{PETITION}")).send().await
            && res.status() == 200
        {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    false
}

struct Report {
    backend: &'static str,
    signatures: usize,
    kills: u32,
    acknowledged: usize,
    found: usize,
    failed_requests: u64,
    unanswered_commits: usize,
    seconds: f64,
    integrity: String,
}

async fn crash_run(backend: &'static str, data: &Path, database_url: &str) -> Report {
    let wanted = signatures_wanted();
    let started = Instant::now();
    // Generous: a client may wait out many restarts of a debug build on a busy machine.
    let deadline = started + Duration::from_secs(180) + Duration::from_millis(60 * wanted as u64);
    let server = Arc::new(Mutex::new(Server::new(data, database_url)));
    let base = server.lock().unwrap().base();
    server.lock().unwrap().spawn();
    // The first start migrates and seeds the demo: not killed before it is up.
    if !wait_until_up(&base, Instant::now() + Duration::from_secs(60)).await {
        panic!("the server did not come up:\n{}", server.lock().unwrap().log_tail());
    }

    let tally = Arc::new(Tally::default());
    let done = Arc::new(AtomicBool::new(false));
    let killer = {
        let (server, done) = (server.clone(), done.clone());
        tokio::spawn(async move {
            let mut kills = 0u32;
            loop {
                // The first kill comes early (200–600 ms), so that even a fast run is cut at
                // least once; later ones at random within the usual range.
                let (min, max) = if kills == 0 { (200, 600) } else { (KILL_MIN_MS, KILL_MAX_MS) };
                let pause = Duration::from_millis(min + random_u64() % (max - min + 1));
                let until = Instant::now() + pause;
                while Instant::now() < until && !done.load(Ordering::Relaxed) {
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
                if done.load(Ordering::Relaxed) {
                    return kills;
                }
                {
                    let mut s = server.lock().unwrap();
                    s.kill();
                    s.spawn();
                }
                kills += 1;
            }
        })
    };
    let per_client = wanted / CLIENTS;
    let extra = wanted % CLIENTS;
    let mut clients = Vec::new();
    for c in 0..CLIENTS {
        let count = per_client + usize::from(c < extra);
        clients.push(tokio::spawn(client(c, count, base.clone(), tally.clone(), deadline)));
    }
    let mut client_failure = None;
    for t in clients {
        if let Err(e) = t.await {
            client_failure.get_or_insert(e);
        }
    }
    done.store(true, Ordering::Relaxed);
    let kills = killer.await.unwrap();
    // Stopped the hard way once more: the check reads what a crash leaves.
    let (exits, log_tail) = {
        let mut s = server.lock().unwrap();
        s.kill();
        (s.exits.clone(), s.log_tail())
    };
    let seconds = started.elapsed().as_secs_f64();
    if let Some(e) = client_failure {
        panic!("{backend}: a client failed: {e}\nserver log:\n{log_tail}");
    }
    let unexpected = tally.unexpected.lock().unwrap().clone();
    assert!(unexpected.is_empty(), "{backend}: unexpected answers from the server: {unexpected:#?}\nserver log:\n{log_tail}");
    assert!(exits.is_empty(), "{backend}: the server exited by itself: {exits:?}\nserver log:\n{log_tail}");
    assert!(kills >= 1, "{backend}: the run ended before the server was killed even once; raise TADAMUN_CRASH_SIGNATURES");

    // Read back everything with the server gone.
    let acknowledged = tally.acknowledged.lock().unwrap().clone();
    let db = tadamun::db::Db::connect(database_url).await.expect("open the database");
    let ring = tadamun::crypto::load_or_create_keyring(&data.join("master.key")).expect("key file");
    let keys = tadamun::crypto::FieldKeys::new(&ring);
    let campaign = tadamun::campaigns::store::find_by_slug(&db, CAMPAIGN).await.unwrap().expect("demo campaign");
    let petition = tadamun::petitions::store::find(&db, campaign.id, PETITION).await.unwrap().expect("demo petition");
    let rows = tadamun::petitions::store::all_signatures(&db, &keys, petition.id, "lead:0").await.expect("read signatures");

    let mut seen: HashMap<String, usize> = HashMap::new();
    for row in &rows {
        *seen.entry(row.email.trim().to_lowercase()).or_default() += 1;
    }
    let twice: Vec<_> = seen.iter().filter(|(_, n)| **n > 1).map(|(e, n)| format!("{e} x{n}")).collect();
    assert!(twice.is_empty(), "{backend}: emails signed more than once: {twice:?}");
    let acked: HashSet<String> = acknowledged.iter().cloned().collect();
    assert_eq!(acked.len(), acknowledged.len(), "{backend}: a client counted an email twice");
    let lost: Vec<_> = acked.iter().filter(|e| !seen.contains_key(*e)).collect();
    assert!(lost.is_empty(), "{backend}: {} acknowledged signatures lost, e.g. {:?}", lost.len(), &lost[..lost.len().min(10)]);
    let strangers: Vec<_> = seen.keys().filter(|e| !acked.contains(*e)).collect();
    assert!(strangers.is_empty(), "{backend}: signatures nobody had acknowledged: {strangers:?}");
    assert_eq!(acknowledged.len(), wanted, "{backend}: every client signs until acknowledged");
    for row in &rows {
        let name = row.name.as_deref().unwrap_or("");
        assert!(name.starts_with("Crash Tester "), "{backend}: a signature with name {name:?}");
    }

    // The signature and its confirmation mail commit together: each signature has its job, and
    // no job names a signature that is not there.
    let payloads: Vec<(String,)> =
        sqlx::query_as("SELECT payload FROM jobs WHERE kind = 'petition-confirm-mail'").fetch_all(&db.pool).await.expect("read jobs");
    let jobs: Vec<serde_json::Value> = payloads.iter().map(|(p,)| serde_json::from_str(p).expect("a job payload")).collect();
    let mailed: HashSet<i64> = jobs.iter().map(|j| j["signature"].as_i64().expect("a signature id in the job")).collect();
    // A second mail for one signature means a client signed again after a request that had
    // committed but was never answered: the kills did hit writes in flight.
    let unanswered_commits = jobs.iter().filter(|j| j["nth"].as_i64().unwrap_or(1) > 1).count();
    let ids: HashSet<i64> = rows.iter().map(|r| r.id.to_string().parse().expect("a numeric id")).collect();
    let unmailed = ids.difference(&mailed).count();
    let orphans = mailed.difference(&ids).count();
    assert_eq!((unmailed, orphans), (0, 0), "{backend}: signatures without their mail job, and mail jobs without their signature");

    let integrity = if db.backend == tadamun::db::Backend::Sqlite {
        let check: Vec<(String,)> = sqlx::query_as("PRAGMA integrity_check").fetch_all(&db.pool).await.expect("integrity check");
        let text = check.into_iter().map(|(s,)| s).collect::<Vec<_>>().join("; ");
        assert_eq!(text, "ok", "{backend}: PRAGMA integrity_check");
        let broken_keys = sqlx::query("PRAGMA foreign_key_check").fetch_all(&db.pool).await.expect("foreign key check");
        assert!(broken_keys.is_empty(), "{backend}: {} rows break a foreign key", broken_keys.len());
        text
    } else {
        "n/a".to_string()
    };
    db.pool.close().await;
    Report {
        backend,
        signatures: wanted,
        kills,
        acknowledged: acknowledged.len(),
        found: rows.len(),
        failed_requests: tally.failed_requests.load(Ordering::Relaxed),
        unanswered_commits,
        seconds,
        integrity,
    }
}

fn print(r: &Report) {
    // One line per backend, for bench/crash.sh to collect.
    println!(
        "crash: backend={} signatures={} clients={CLIENTS} kills={} acknowledged={} found={} exactly_once=yes failed_requests={} unanswered_commits={} integrity_check={} seconds={:.1}",
        r.backend, r.signatures, r.kills, r.acknowledged, r.found, r.failed_requests, r.unanswered_commits, r.integrity, r.seconds
    );
}

/// 8 clients sign while the server is SIGKILLed every 0.5–3 s and restarted: every
/// acknowledged signature survives exactly once, the SQLite file stays sound; then the same on
/// PostgreSQL when `TADAMUN_TEST_POSTGRES_URL` is set.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn acknowledged_signatures_survive_sigkill_exactly_once() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("sqlite");
    let url = format!("sqlite:{}", data.join("tadamun.sqlite3").display());
    print(&crash_run("sqlite", &data, &url).await);

    if let Ok(admin) = std::env::var(common::POSTGRES_ENV) {
        let pg = PgDatabase::create(&admin).await;
        let data = dir.path().join("postgres");
        print(&crash_run("postgres", &data, &pg.url()).await);
        drop(pg);
    }
}
