//! The test harness: the real server, started in this process on port 0 over a fresh
//! database, driven over HTTP.
//!
//! Backend: SQLite in a temporary folder by default. With `TADAMUN_TEST_POSTGRES_URL` set to a
//! PostgreSQL URL (a database the tests may connect to, e.g. `postgres://postgres@127.0.0.1/test`)
//! every `TestApp` creates a database of its own beside it, named with
//! `TADAMUN_TEST_DB_PREFIX` (default `tadamun_t`), and drops it in `finish()`.
#![allow(dead_code)]

pub mod smtp;

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::PathBuf;

use sqlx::Connection;
use tadamun::app::Running;
use tadamun::config::{CommonArgs, Config, ServeArgs};
use tadamun::state::AppState;

pub const POSTGRES_ENV: &str = "TADAMUN_TEST_POSTGRES_URL";

pub struct TestApp {
    dead_jobs_expected: bool,
    pub addr: SocketAddr,
    pub base: String,
    pub state: AppState,
    running: Option<Running>,
    pub dir: tempfile::TempDir,
    postgres: Option<(String, String)>,
    /// What a restart starts again with.
    cfg: Config,
    registry: tadamun::jobs::Registry,
}

#[derive(Default, Clone)]
pub struct Options {
    pub demo: bool,
    pub onion: Option<String>,
    pub idle_minutes: Option<u32>,
    /// Pretend the site is served at this origin (e.g. `https://…`) behind a proxy.
    pub base_url: Option<String>,
    /// Kinds of job the app's worker runs, beyond the standard ones.
    pub jobs: Option<tadamun::jobs::Registry>,
    /// Leave failed (dead) jobs in place at the end without failing the test.
    pub dead_jobs_expected: bool,
    /// Job workers in the app (default 1, as `serve` runs).
    pub workers: Option<u32>,
    /// Seconds a public form must be open before it is sent (default 0 in tests; 2 in `serve`).
    pub form_min_seconds: Option<u32>,
    /// Sign-form posts a minute per client address (default 0 = off in tests; 10 in `serve`).
    pub sign_per_minute: Option<u32>,
    /// Staff sign-in attempts a minute per client address (default 0 = off in tests; 10 in `serve`).
    pub sign_in_per_minute: Option<u32>,
    pub max_connections: Option<u32>,
    pub request_timeout_seconds: Option<u32>,
    /// Header the client address is read from (a reverse proxy's).
    pub client_address_header: Option<String>,
    /// Send mail over SMTP to this URL (a `smtp::SmtpSink`) instead of the file outbox.
    pub smtp_url: Option<String>,
}

pub fn backend_name() -> &'static str {
    if std::env::var(POSTGRES_ENV).is_ok() { "postgres" } else { "sqlite" }
}

fn random_suffix() -> String {
    tadamun::crypto::to_hex(&tadamun::crypto::random_bytes::<6>())
}

/// Replace the database name (the URL's path) in a PostgreSQL URL.
pub fn with_database(url: &str, name: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (url, None),
    };
    let after_scheme = base.find("://").map(|i| i + 3).unwrap_or(0);
    let host_end = base[after_scheme..].find('/').map(|i| after_scheme + i).unwrap_or(base.len());
    let mut out = format!("{}/{}", &base[..host_end], name);
    if let Some(q) = query {
        out.push('?');
        out.push_str(q);
    }
    out
}

impl TestApp {
    pub async fn spawn() -> TestApp {
        TestApp::spawn_with(Options::default()).await
    }

    pub async fn spawn_with(options: Options) -> TestApp {
        if let Ok(filter) = std::env::var("TADAMUN_TEST_LOG") {
            // Several tests share the process: only the first one installs the subscriber.
            let _ = tracing_subscriber::fmt().with_env_filter(filter).with_test_writer().try_init();
        }
        let dir = tempfile::tempdir().expect("temp dir");
        let mut postgres = None;
        let database_url = match std::env::var(POSTGRES_ENV) {
            Ok(admin_url) => {
                sqlx::any::install_default_drivers();
                let prefix = std::env::var("TADAMUN_TEST_DB_PREFIX").unwrap_or_else(|_| "tadamun_t".into());
                let name = format!("{prefix}_{}", random_suffix());
                let mut conn = sqlx::AnyConnection::connect(&admin_url).await.expect("connect to PostgreSQL");
                sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}"))).execute(&mut conn).await.expect("create database");
                conn.close().await.expect("close");
                postgres = Some((admin_url.clone(), name.clone()));
                with_database(&admin_url, &name)
            }
            Err(_) => format!("sqlite:{}", dir.path().join("data/tadamun.sqlite3").display()),
        };
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().unwrap();
        let common = CommonArgs { config: None, data_dir: Some(dir.path().join("data")), database_url: Some(database_url) };
        let serve = ServeArgs {
            listen: Some(addr),
            demo: Some(options.demo),
            onion_location: options.onion.clone(),
            session_idle_minutes: options.idle_minutes,
            base_url: options.base_url.clone(),
            workers: options.workers,
            form_min_seconds: Some(options.form_min_seconds.unwrap_or(0)),
            sign_per_minute: Some(options.sign_per_minute.unwrap_or(0)),
            sign_in_per_minute: Some(options.sign_in_per_minute.unwrap_or(0)),
            max_connections: options.max_connections,
            request_timeout_seconds: options.request_timeout_seconds,
            client_address_header: options.client_address_header.clone(),
            mail: tadamun::config::MailArgs {
                mail_transport: options.smtp_url.as_ref().map(|_| "smtp".to_string()),
                smtp_url: options.smtp_url.clone(),
                ..Default::default()
            },
            ..Default::default()
        };
        let cfg = Config::resolve(&common, Some(&serve)).expect("config");
        let state = tadamun::app::prepare(cfg.clone()).await.expect("prepare");
        if options.demo {
            tadamun::demo::seed_if_empty(&state.db, &state.keys.fields, None).await.expect("demo");
        }
        let registry = options.jobs.clone().unwrap_or_else(tadamun::jobs::Registry::standard);
        let running = tadamun::app::start_with_jobs(state.clone(), listener, registry.clone()).await.expect("start");
        TestApp { dead_jobs_expected: options.dead_jobs_expected, addr, base: format!("http://{addr}"), state, running: Some(running), dir, postgres, cfg, registry }
    }

    /// Stop the server in the middle of its work and start it again on the same database and
    /// key file, as a service manager would after a restart: a new process state, a new port.
    pub async fn restart(&mut self) {
        if let Some(running) = self.running.take() {
            running.stop().await.expect("server stopped");
        }
        self.state.db.pool.close().await;
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        self.addr = listener.local_addr().unwrap();
        self.base = format!("http://{}", self.addr);
        self.state = tadamun::app::prepare(self.cfg.clone()).await.expect("prepare again");
        self.running = Some(tadamun::app::start_with_jobs(self.state.clone(), listener, self.registry.clone()).await.expect("start again"));
    }

    pub fn data_dir(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    /// A browser-like visitor: keeps cookies, sends `Origin` on posts as browsers do.
    pub fn agent(&self) -> Agent {
        Agent {
            base: self.base.clone(),
            client: reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap(),
            cookies: HashMap::new(),
            accept_language: None,
        }
    }

    /// A coordinator account made through the store; returns (login, password).
    pub async fn coordinator(&self, login: &str) -> (String, String) {
        self.staff_account(login, tadamun::staff::Role::Coordinator, None).await
    }

    /// A staff account of any role (an organisation's roles name their organisation).
    pub async fn staff_account(&self, login: &str, role: tadamun::staff::Role, organisation: Option<tadamun::staff::OrganisationId>) -> (String, String) {
        let password = "correct horse battery staple".to_string();
        let hash = tadamun::staff::model::hash_password(&password).unwrap();
        let login_v = tadamun::staff::Login::parse(login).unwrap();
        tadamun::staff::store::create(&self.state.db, &login_v, role, organisation, &hash, tadamun::db::now())
            .await
            .unwrap()
            .expect("new account");
        (login.to_string(), password)
    }

    /// An agent signed in to a new account of `role`.
    pub async fn signed_in_as(&self, login: &str, role: tadamun::staff::Role, organisation: Option<tadamun::staff::OrganisationId>) -> Agent {
        let (login, password) = self.staff_account(login, role, organisation).await;
        let mut agent = self.agent();
        let res = agent.sign_in("en", &login, &password).await;
        assert_eq!(res.status, 303, "sign-in failed: {}", res.body);
        agent
    }

    /// An agent signed in as a fresh coordinator.
    pub async fn signed_in(&self, login: &str) -> Agent {
        let (login, password) = self.coordinator(login).await;
        let mut agent = self.agent();
        let res = agent.sign_in("en", &login, &password).await;
        assert_eq!(res.status, 303, "sign-in failed: {}", res.body);
        agent
    }

    /// Wait (up to 20 s) until no job is queued or running.
    pub async fn wait_for_jobs(&self) {
        let started = std::time::Instant::now();
        loop {
            let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM jobs WHERE state IN ('queued', 'running') AND run_at <= $1")
                .bind(tadamun::db::now())
                .fetch_one(&self.state.db.pool)
                .await
                .unwrap();
            if n == 0 {
                return;
            }
            assert!(started.elapsed() < std::time::Duration::from_secs(20), "{n} jobs still waiting after 20 s");
            self.state.job_notify.notify_waiters();
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
    }

    /// Fail the test if it left work behind: every job must have run (or, when the test says
    /// so, died).
    pub async fn assert_no_jobs_left(&self) {
        let left: Vec<(i64, String, String)> = sqlx::query_as("SELECT id, kind, state FROM jobs ORDER BY id")
            .fetch_all(&self.state.db.pool)
            .await
            .unwrap();
        let left: Vec<_> = left.into_iter().filter(|(_, _, state)| !(self.dead_jobs_expected && state == "dead")).collect();
        assert!(left.is_empty(), "the test left jobs unprocessed: {left:?}");
    }

    /// Stop the server and drop the PostgreSQL database the test used. Fails the test if jobs
    /// were left unprocessed.
    pub async fn finish(mut self) {
        self.wait_for_jobs().await;
        self.assert_no_jobs_left().await;
        if let Some(running) = self.running.take() {
            running.stop().await.expect("server stopped cleanly");
        }
        self.state.db.pool.close().await;
        if let Some((admin_url, name)) = self.postgres.take() {
            drop_database(&admin_url, &name).await;
        }
    }
}

async fn drop_database(admin_url: &str, name: &str) {
    let mut conn = sqlx::AnyConnection::connect(admin_url).await.expect("connect to PostgreSQL");
    sqlx::query(sqlx::AssertSqlSafe(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")))
        .execute(&mut conn)
        .await
        .expect("drop database");
}

/// A test that panicked (or returned early) never reached `finish()`: its PostgreSQL database
/// is dropped here. Drop cannot wait on the test's runtime, so a thread with a runtime of its
/// own does it, and the test waits for that thread.
impl Drop for TestApp {
    fn drop(&mut self) {
        let Some((admin_url, name)) = self.postgres.take() else { return };
        let dropped = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("a runtime to drop the database");
            rt.block_on(drop_database(&admin_url, &name));
        })
        .join();
        if dropped.is_err() {
            eprintln!("could not drop a test's PostgreSQL database (see the message above)");
        }
    }
}

#[derive(Debug)]
pub struct Resp {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub body: String,
}

impl Resp {
    pub fn header(&self, name: &str) -> &str {
        self.headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or("")
    }

    pub fn location(&self) -> &str {
        self.header("location")
    }

    /// The value of a hidden input, e.g. the CSRF token.
    pub fn hidden(&self, name: &str) -> String {
        let needle = format!("name=\"{name}\" value=\"");
        let start = self.body.find(&needle).unwrap_or_else(|| panic!("no hidden {name} in {}", self.body)) + needle.len();
        let end = self.body[start..].find('"').unwrap() + start;
        self.body[start..end].to_string()
    }

    /// The value of the input with this id, unescaped.
    pub fn value_of(&self, id: &str) -> String {
        let at = self.body.find(&format!("id=\"{id}\"")).unwrap_or_else(|| panic!("no #{id}"));
        let start = self.body[at..].find("value=\"").unwrap() + at + 7;
        let end = self.body[start..].find('"').unwrap() + start;
        unescape(&self.body[start..end])
    }

    /// The text of the textarea with this id, unescaped.
    pub fn textarea(&self, id: &str) -> String {
        let at = self.body.find(&format!("id=\"{id}\"")).unwrap_or_else(|| panic!("no #{id}"));
        let start = self.body[at..].find('>').unwrap() + at + 1;
        let end = self.body[start..].find("</textarea>").unwrap() + start;
        unescape(&self.body[start..end])
    }

    /// Panic with the body when a page shows a missing translation.
    pub fn assert_translated(&self) {
        assert!(!self.body.contains('⟦'), "missing translation in page: {}", self.body);
    }
}

pub struct Agent {
    pub base: String,
    pub client: reqwest::Client,
    pub cookies: HashMap<String, String>,
    pub accept_language: Option<String>,
}

impl Agent {
    fn cookie_header(&self) -> String {
        self.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ")
    }

    fn absorb(&mut self, headers: &reqwest::header::HeaderMap) {
        for v in headers.get_all("set-cookie") {
            let text = v.to_str().unwrap();
            let pair = text.split(';').next().unwrap();
            let (k, val) = pair.split_once('=').unwrap();
            if val.is_empty() || text.contains("Max-Age=0") {
                self.cookies.remove(k);
            } else {
                self.cookies.insert(k.to_string(), val.to_string());
            }
        }
    }

    pub async fn send(&mut self, req: reqwest::RequestBuilder) -> Resp {
        let mut req = req.header("cookie", self.cookie_header());
        if let Some(al) = &self.accept_language {
            req = req.header("accept-language", al);
        }
        let res = req.send().await.expect("request");
        let status = res.status().as_u16();
        let headers = res.headers().clone();
        self.absorb(&headers);
        let body = res.text().await.unwrap_or_default();
        Resp { status, headers, body }
    }

    pub async fn get(&mut self, path: &str) -> Resp {
        let req = self.client.get(format!("{}{path}", self.base));
        self.send(req).await
    }

    /// A form post as a browser sends it from this site.
    pub async fn post(&mut self, path: &str, form: &[(&str, &str)]) -> Resp {
        let req = self
            .client
            .post(format!("{}{path}", self.base))
            .header("origin", self.base.clone())
            .header("sec-fetch-site", "same-origin")
            .form(form);
        self.send(req).await
    }

    /// Fetch `form_page`, post `form` to `action` with its CSRF token, and return the status and
    /// the body as bytes (a download that is not text).
    pub async fn submit_for_bytes(&mut self, form_page: &str, action: &str, form: &[(&str, &str)]) -> (u16, Vec<u8>) {
        let token = self.get(form_page).await.hidden("_csrf");
        let mut all: Vec<(&str, &str)> = vec![("_csrf", &token)];
        all.extend_from_slice(form);
        let res = self
            .client
            .post(format!("{}{action}", self.base))
            .header("origin", self.base.clone())
            .header("sec-fetch-site", "same-origin")
            .header("cookie", self.cookie_header())
            .form(&all)
            .send()
            .await
            .expect("request");
        let status = res.status().as_u16();
        (status, res.bytes().await.unwrap_or_default().to_vec())
    }

    /// Post raw bytes as a urlencoded form body (for bodies a browser would not send).
    pub async fn post_raw(&mut self, path: &str, body: Vec<u8>) -> Resp {
        let req = self
            .client
            .post(format!("{}{path}", self.base))
            .header("origin", self.base.clone())
            .header("sec-fetch-site", "same-origin")
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body);
        self.send(req).await
    }

    /// A `multipart/form-data` post as a browser sends a form with a file: `files` are
    /// (field, file name, bytes).
    pub async fn post_multipart(&mut self, path: &str, fields: &[(&str, &str)], files: &[(&str, &str, &[u8])]) -> Resp {
        let boundary = "----tadamun-test-boundary-7f3a";
        let mut body = Vec::new();
        for (name, value) in fields {
            body.extend_from_slice(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n").as_bytes());
        }
        for (name, file, bytes) in files {
            body.extend_from_slice(
                format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{file}\"\r\nContent-Type: application/octet-stream\r\n\r\n").as_bytes(),
            );
            body.extend_from_slice(bytes);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        let req = self
            .client
            .post(format!("{}{path}", self.base))
            .header("origin", self.base.clone())
            .header("sec-fetch-site", "same-origin")
            .header("content-type", format!("multipart/form-data; boundary={boundary}"))
            .body(body);
        self.send(req).await
    }

    /// Fetch `form_page`, then post `form` to `action` with the page's CSRF token.
    pub async fn submit(&mut self, form_page: &str, action: &str, form: &[(&str, &str)]) -> Resp {
        let page = self.get(form_page).await;
        assert_eq!(page.status, 200, "GET {form_page}: {}", page.body);
        let token = page.hidden("_csrf");
        let mut all: Vec<(&str, &str)> = vec![("_csrf", &token)];
        all.extend_from_slice(form);
        self.post(action, &all).await
    }

    pub async fn sign_in(&mut self, lang: &str, login: &str, password: &str) -> Resp {
        let path = format!("/{lang}/staff/login");
        self.submit(&path, &path, &[("login", login), ("password", password)]).await
    }
}

/// The mails in the app's file outbox, decoded from quoted-printable, oldest first.
pub fn outbox(app: &TestApp) -> Vec<String> {
    let dir = app.data_dir().join("outbox");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok()).filter(|e| e.path().extension().is_some_and(|x| x == "eml")).collect())
        .unwrap_or_default();
    files.sort_by_key(|e| e.metadata().and_then(|m| m.modified()).ok());
    files.iter().map(|e| decode_mail(&std::fs::read_to_string(e.path()).unwrap())).collect()
}

/// The mail with its base64 parts decoded too (lettre sends mostly non-ASCII text, such as
/// Arabic, as base64).
pub fn decode_mail(raw: &str) -> String {
    let text = decode_qp(raw);
    let mut out = String::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        out.push_str(line);
        out.push('\n');
        if line.eq_ignore_ascii_case("Content-Transfer-Encoding: base64") {
            // Headers up to the blank line, then the base64 lines up to the next blank line.
            while let Some(h) = lines.next() {
                out.push_str(h);
                out.push('\n');
                if h.trim().is_empty() {
                    break;
                }
            }
            let mut encoded = String::new();
            while let Some(b) = lines.peek() {
                if b.trim().is_empty() || b.starts_with("--") {
                    break;
                }
                encoded.push_str(b.trim());
                lines.next();
            }
            out.push_str(&String::from_utf8_lossy(&base64_decode(&encoded)));
            out.push('\n');
        }
    }
    out
}

pub fn base64_decode(s: &str) -> Vec<u8> {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = Vec::new();
    let (mut acc, mut bits) = (0u32, 0);
    for c in s.bytes().filter(|c| *c != b'=') {
        let Some(v) = ALPHABET.iter().position(|a| *a == c) else { continue };
        acc = (acc << 6) | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    out
}

/// Undo quoted-printable soft line breaks and `=XX` escapes (enough to read links and text).
fn decode_qp(raw: &str) -> String {
    // The headers are not quoted-printable (an encoded word ends in "?=" before a fold).
    let split = raw.find("\r\n\r\n").or_else(|| raw.find("\n\n")).unwrap_or(raw.len());
    let (head, body) = raw.split_at(split);
    format!("{head}{}", decode_qp_body(body))
}

fn decode_qp_body(raw: &str) -> String {
    let joined = raw.replace("=\r\n", "").replace("=\n", "");
    let bytes = joined.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'=' && i + 2 < bytes.len() && bytes[i + 1].is_ascii_hexdigit() && bytes[i + 2].is_ascii_hexdigit() {
            out.push(u8::from_str_radix(&joined[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The path (from `/{lang}/…`) of the first link in `mail` whose path starts with `prefix`,
/// e.g. `/en/confirm/`.
pub fn link_in(mail: &str, prefix: &str) -> Option<String> {
    let start = mail.find(prefix)?;
    let end = mail[start..].find(|c: char| c.is_whitespace() || c == '"' || c == '<' || c == '>').map(|e| start + e).unwrap_or(mail.len());
    Some(mail[start..end].to_string())
}

/// Skip (loudly) unless `tool` exists; fail instead when `TADAMUN_REQUIRE_ALL` is set (CI).
pub fn require_tool(what: &str, present: bool) -> bool {
    if present {
        return true;
    }
    if std::env::var("TADAMUN_REQUIRE_ALL").is_ok() {
        panic!("{what} is required (TADAMUN_REQUIRE_ALL is set) but missing");
    }
    loud(&format!("SKIPPED: {what} is not installed on this machine; .ci/run installs it."));
    false
}

/// A line the test command shows even for a passing test: written to the process's standard
/// error directly, which the test harness does not capture (it captures `eprintln!`).
pub fn loud(message: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "\n*** {message} ***\n");
}

/// Everything the test's database holds, as text to search for clear personal data: on SQLite
/// the database file and its WAL byte for byte; on PostgreSQL every row of every table.
pub async fn database_text(app: &TestApp) -> String {
    if app.state.db.backend == tadamun::db::Backend::Sqlite {
        let data = app.data_dir();
        let mut out = String::new();
        for name in ["tadamun.sqlite3", "tadamun.sqlite3-wal"] {
            if let Ok(bytes) = std::fs::read(data.join(name)) {
                out.push_str(&String::from_utf8_lossy(&bytes));
            }
        }
        return out;
    }
    let tables: Vec<(String,)> = sqlx::query_as("SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public'")
        .fetch_all(&app.state.db.pool)
        .await
        .unwrap();
    let mut out = String::new();
    for (table,) in tables {
        let rows: Vec<(String,)> = sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT t::text FROM \"{table}\" t"))).fetch_all(&app.state.db.pool).await.unwrap();
        for (row,) in rows {
            out.push_str(&row);
            out.push('\n');
        }
    }
    out
}

/// An event's organiser page (its path after the language) with someone coming and the event
/// begun, so that every part shows: who comes, the message form, the report form (with a
/// report saved, waiting for the moderators).
pub async fn organiser_page(app: &TestApp, event: i64, email: &str) -> String {
    let mut attendee = app.agent();
    let page = format!("/en/c/defend-idlib/events/{event}");
    let form = attendee.get(&page).await;
    let token = form.hidden("form_token");
    attendee.post(&format!("{page}/attend"), &[("form_token", &token), ("name", "Nour"), ("email", email)]).await;
    app.wait_for_jobs().await;
    let mail = outbox(app).into_iter().rev().find(|m| m.contains(&format!("To: {email}"))).expect("a confirmation mail");
    let link = link_in(&decode_mail(&mail), "/en/events/attend/").expect("a confirmation link");
    attendee.post(&link, &[]).await;
    app.wait_for_jobs().await;
    let now = tadamun::db::now();
    // Reminders wait for days to come; the harness wants an empty queue at the end.
    sqlx::query("DELETE FROM jobs WHERE kind = 'rsvp-mail' AND run_at > $1").bind(now).execute(&app.state.db.pool).await.unwrap();
    sqlx::query("UPDATE events SET starts_at = $2, ends_at = $3 WHERE id = $1").bind(event).bind(now - 3600).bind(now + 3600).execute(&app.state.db.pool).await.unwrap();
    app.state.cache.clear();
    let id: tadamun::events::model::EventId = event.to_string().parse().unwrap();
    let manage = format!("/events/manage/{}", app.state.keys.sign_link(tadamun::crypto::LinkPurpose::EventManage, id));
    // A report with a photo, waiting for the moderators.
    let png = {
        let img = image::RgbImage::from_fn(40, 30, |x, y| image::Rgb([x as u8 * 6, y as u8 * 8, 120]));
        let mut out = Vec::new();
        img.write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png).unwrap();
        out
    };
    let res = attendee.post_multipart(&format!("/en{manage}/report"), &[("attended", "12"), ("text", "Candles and songs.")], &[("photos", "p.png", png.as_slice())]).await;
    assert_eq!(res.status, 303, "{}", res.body);
    manage
}

/// HTML's escapes undone (what a browser sends back of a field).
pub fn unescape(s: &str) -> String {
    s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'").replace("&#39;", "'").replace("&#34;", "\"").replace("&amp;", "&")
}
