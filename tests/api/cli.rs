//! The binary as an operator meets it: `--help`, subcommands, configuration errors, and the
//! promises that no client address, and no personal data in clear, reaches a log line or the
//! database file.


use std::io::{BufRead, BufReader, Read};
use std::net::IpAddr;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn bin() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_tadamun"));
    for (k, _) in std::env::vars() {
        if k.starts_with("TADAMUN_") {
            cmd.env_remove(k);
        }
    }
    cmd
}

fn run(cmd: &mut Command) -> (bool, String, String) {
    let out = cmd.output().expect("run tadamun");
    (out.status.success(), String::from_utf8_lossy(&out.stdout).into(), String::from_utf8_lossy(&out.stderr).into())
}

#[test]
fn help_documents_every_option() {
    let (ok, top, _) = run(bin().arg("--help"));
    assert!(ok);
    for word in ["serve", "migrate", "admin", "--config", "--data-dir", "--database-url"] {
        assert!(top.contains(word), "--help lacks {word}:\n{top}");
    }
    let (ok, serve, _) = run(bin().args(["serve", "--help"]));
    assert!(ok);
    for option in ["--listen", "--base-url", "--onion-location", "--demo", "--session-idle-minutes", "--session-max-hours", "--max-body-kib", "--log", "TADAMUN_LISTEN", "TADAMUN_DATABASE_URL"] {
        assert!(serve.contains(option), "serve --help lacks {option}:\n{serve}");
    }
    let (ok, admin, _) = run(bin().args(["admin", "--help"]));
    assert!(ok && admin.contains("create-coordinator") && admin.contains("reset-password"));
}

#[test]
fn a_misspelt_config_key_stops_the_server_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("tadamun.toml");
    std::fs::write(&config, "lisen = \"127.0.0.1:1\"\n").unwrap();
    let (ok, _, err) = run(bin().args(["serve", "--config"]).arg(&config).arg("--data-dir").arg(dir.path()));
    assert!(!ok);
    assert!(err.contains("lisen"), "{err}");
    let (ok, _, err) = run(bin().args(["serve", "--base-url", "example.org"]).arg("--data-dir").arg(dir.path()));
    assert!(!ok && err.contains("base_url"), "{err}");
}

#[test]
fn admin_commands_create_and_reset_coordinators() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let (ok, out, err) = run(bin().args(["migrate", "--data-dir"]).arg(&data));
    assert!(ok, "{err}");
    assert!(out.contains("up to date"));
    let (ok, out, err) = run(bin().args(["admin", "create-coordinator", "Nour", "--data-dir"]).arg(&data));
    assert!(ok, "{err}");
    let first = out.lines().find_map(|l| l.strip_prefix("Password (shown once): ")).expect("password printed").to_string();
    assert_eq!(first.len(), 20);
    let (ok, _, err) = run(bin().args(["admin", "create-coordinator", "nour", "--data-dir"]).arg(&data));
    assert!(!ok && err.contains("exists already"), "{err}");
    let (ok, _, err) = run(bin().args(["admin", "create-coordinator", "x y", "--data-dir"]).arg(&data));
    assert!(!ok && err.contains("sign-in name"), "{err}");
    let (ok, out, err) = run(bin().args(["admin", "reset-password", "nour", "--data-dir"]).arg(&data));
    assert!(ok, "{err}");
    assert!(out.contains("Every session of the account has ended"));
    let second = out.lines().find_map(|l| l.strip_prefix("New password for nour (shown once): ")).unwrap();
    assert_ne!(first, second);
    let (ok, _, err) = run(bin().args(["admin", "reset-password", "nobody", "--data-dir"]).arg(&data));
    assert!(!ok && err.contains("no account named nobody"), "{err}");
}

/// A server in a child process, its stdout and stderr captured in full.
struct Child {
    child: std::process::Child,
    base: String,
    output: std::sync::Arc<std::sync::Mutex<String>>,
}

impl Child {
    fn start(data: &std::path::Path, database_url: &str) -> Child {
        Child::start_with(data, database_url, &[])
    }

    fn start_with(data: &std::path::Path, database_url: &str, extra: &[&str]) -> Child {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let mut child = bin()
            .args(["serve", "--listen", &format!("127.0.0.1:{port}"), "--log", "trace", "--form-min-seconds", "0", "--data-dir"])
            .arg(data)
            .args(["--database-url", database_url])
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start server");
        let output = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
        let mut readers = Vec::new();
        for stream in [Box::new(child.stdout.take().unwrap()) as Box<dyn Read + Send>, Box::new(child.stderr.take().unwrap())] {
            let output = output.clone();
            readers.push(std::thread::spawn(move || {
                for line in BufReader::new(stream).lines() {
                    let line = line.unwrap_or_default();
                    let mut out = output.lock().unwrap();
                    out.push_str(&line);
                    out.push('\n');
                }
            }));
        }
        let base = format!("http://127.0.0.1:{port}");
        let started = Instant::now();
        while !output.lock().unwrap().contains("is running at") {
            assert!(started.elapsed() < Duration::from_secs(30), "server did not start: {}", output.lock().unwrap());
            std::thread::sleep(Duration::from_millis(50));
        }
        Child { child, base, output }
    }

    fn stop(mut self) -> String {
        // SIGTERM, as a service manager would; then collect everything it printed.
        let _ = Command::new("kill").args(["-TERM", &self.child.id().to_string()]).status();
        let _ = self.child.wait();
        std::thread::sleep(Duration::from_millis(200));
        let out = self.output.lock().unwrap().clone();
        out
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn no_client_address_reaches_the_logs_or_the_database() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let pg = std::env::var(crate::common::POSTGRES_ENV).ok();
    let (database_url, pg_name) = match &pg {
        Some(admin) => {
            use sqlx::Connection;
            sqlx::any::install_default_drivers();
            let prefix = std::env::var("TADAMUN_TEST_DB_PREFIX").unwrap_or_else(|_| "tadamun_t".into());
            let name = format!("{prefix}_ip_{}", tadamun::crypto::to_hex(&tadamun::crypto::random_bytes::<4>()));
            let mut c = sqlx::AnyConnection::connect(admin).await.unwrap();
            sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}"))).execute(&mut c).await.unwrap();
            (crate::common::with_database(admin, &name), Some(name))
        }
        None => (format!("sqlite:{}", data.join("tadamun.sqlite3").display()), None),
    };
    // The server reads the proxy's header (for its rate limits): the address it carries is read,
    // and must still reach no log line and no table.
    let server = Child::start_with(&data, &database_url, &["--client-address-header", "x-real-ip"]);
    let forwarded = "198.51.100.237";
    // The client speaks from another loopback address, so its address differs from the server's.
    let client_ip: IpAddr = "127.0.0.23".parse().unwrap();
    let client = reqwest::Client::builder().local_address(client_ip).redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let startup = server.output.lock().unwrap().clone();
    let password = startup.split("with the password ").nth(1).unwrap().split_whitespace().next().unwrap().to_string();

    let get = |path: &str| client.get(format!("{}{path}", server.base)).header("x-forwarded-for", forwarded).header("x-real-ip", forwarded).header("forwarded", format!("for={forwarded}"));
    for path in ["/", "/ar/c/defend-idlib", "/en/nothing", "/xx/", "/static/style.css"] {
        get(path).send().await.unwrap();
    }
    // Sign the petition: the sign form's rate limit is the one place that reads the address.
    let page = get("/en/c/defend-idlib/p/open-the-borders").send().await.unwrap().text().await.unwrap();
    let form_token = page.split("name=\"form_token\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
    let signed = client
        .post(format!("{}/en/c/defend-idlib/p/open-the-borders/sign", server.base))
        .header("x-forwarded-for", forwarded)
        .form(&[("form_token", form_token.as_str()), ("name", "Someone"), ("email", "someone@example.org"), ("country", "DE")])
        .send()
        .await
        .unwrap();
    assert_eq!(signed.status(), 303);
    // Sign in (failing once, then succeeding) and edit, so that writes happen too.
    let login_page = get("/en/staff/login").send().await.unwrap();
    let cookie = login_page.headers()["set-cookie"].to_str().unwrap().split(';').next().unwrap().to_string();
    let body = login_page.text().await.unwrap();
    let token = body.split("name=\"_csrf\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
    for pw in ["wrong password", password.as_str()] {
        let res = client
            .post(format!("{}/en/staff/login", server.base))
            .header("x-forwarded-for", forwarded)
            .header("cookie", &cookie)
            .form(&[("_csrf", token.as_str()), ("login", "coordinator"), ("password", pw)])
            .send()
            .await
            .unwrap();
        if pw != "wrong password" {
            assert_eq!(res.status(), 303);
        }
    }
    let output = server.stop();
    assert!(output.contains("request"), "the log was captured: {output}");
    for needle in [forwarded, "127.0.0.23"] {
        assert!(!output.contains(needle), "{needle} appears in the log:\n{output}");
    }
    match pg_name {
        None => {
            let mut files = vec![data.join("tadamun.sqlite3")];
            for extra in ["tadamun.sqlite3-wal", "tadamun.sqlite3-journal"] {
                if data.join(extra).exists() {
                    files.push(data.join(extra));
                }
            }
            for file in files {
                let bytes = std::fs::read(&file).unwrap();
                for needle in [forwarded, "127.0.0.23"] {
                    assert!(!bytes.windows(needle.len()).any(|w| w == needle.as_bytes()), "{needle} in {}", file.display());
                }
            }
        }
        Some(name) => {
            use sqlx::Connection;
            let admin = pg.unwrap();
            let mut c = sqlx::AnyConnection::connect(&database_url).await.unwrap();
            // Every text column of every table, searched for the addresses.
            let tables: Vec<(String, String)> = sqlx::query_as(
                "SELECT table_name::text, column_name::text FROM information_schema.columns WHERE table_schema = 'public' AND data_type = 'text'",
            )
            .fetch_all(&mut c)
            .await
            .unwrap();
            for (table, column) in tables {
                for needle in [forwarded, "127.0.0.23"] {
                    let (n,): (i64,) = sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {table} WHERE {column} LIKE $1")))
                        .bind(format!("%{needle}%"))
                        .fetch_one(&mut c)
                        .await
                        .unwrap();
                    assert_eq!(n, 0, "{needle} in {table}.{column}");
                }
            }
            c.close().await.unwrap();
            let mut c = sqlx::AnyConnection::connect(&admin).await.unwrap();
            sqlx::query(sqlx::AssertSqlSafe(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))).execute(&mut c).await.unwrap();
        }
    }
}

/// The files of a SQLite database: the file, its WAL and journal when there.
fn sqlite_files(data: &std::path::Path) -> Vec<std::path::PathBuf> {
    ["tadamun.sqlite3", "tadamun.sqlite3-wal", "tadamun.sqlite3-journal"].iter().map(|f| data.join(f)).filter(|p| p.exists()).collect()
}

fn assert_nowhere(canaries: &[&str], output: &str, data: &std::path::Path, when: &str) {
    for canary in canaries {
        assert!(!output.contains(canary), "{when}: {canary} appears in the log");
        for file in sqlite_files(data) {
            let bytes = std::fs::read(&file).unwrap();
            assert!(!bytes.windows(canary.len()).any(|w| w == canary.as_bytes()), "{when}: {canary} in clear in {}", file.display());
        }
    }
}

/// The first link in the outbox's mails whose path starts with `prefix`.
fn outbox_link(data: &std::path::Path, prefix: &str) -> String {
    let started = Instant::now();
    loop {
        for entry in std::fs::read_dir(data.join("outbox")).unwrap() {
            let raw = std::fs::read_to_string(entry.unwrap().path()).unwrap_or_default();
            if let Some(link) = crate::common::link_in(&crate::common::decode_mail(&raw), prefix) {
                return link;
            }
        }
        assert!(started.elapsed() < Duration::from_secs(20), "no mail with a {prefix} link");
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn personal_data_never_appears_in_clear_in_the_database_file_or_the_logs() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let url = format!("sqlite:{}", data.join("tadamun.sqlite3").display());
    let (name, email, phone, city) = ("Qanarywazname", "qanary.wazmail@example.org", "+4930555019931", "Qanarywazcity");
    let canaries = [name, email, phone, city, "qanary.wazmail"];
    let comment = format!("Call me on {phone}");
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();

    let server = Child::start(&data, &url);
    let page = client.get(format!("{}/en/c/defend-idlib/p/open-the-borders", server.base)).send().await.unwrap().text().await.unwrap();
    let token = page.split("name=\"form_token\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
    let res = client
        .post(format!("{}/en/c/defend-idlib/p/open-the-borders/sign", server.base))
        .form(&[("form_token", token.as_str()), ("name", name), ("email", email), ("country", "DE"), ("city", city), ("comment", comment.as_str()), ("consent", "yes")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let confirm = outbox_link(&data, "/en/confirm/");
    let res = client.post(format!("{}{confirm}", server.base)).send().await.unwrap();
    assert_eq!(res.status(), 303);
    let me = outbox_link(&data, "/en/me/");
    let output = server.stop();
    assert!(output.contains("signature confirmed"), "the log was captured: {output}");
    assert_nowhere(&canaries, &output, &data, "after signing");
    // What erasure must remove: the person's ciphertexts, as stored now.
    let ciphertexts: Vec<Vec<u8>> = {
        use sqlx::Connection;
        let mut db = sqlx::SqliteConnection::connect(&url).await.unwrap();
        let rows: Vec<(Vec<u8>, Vec<u8>)> = sqlx::query_as("SELECT email_ct, email_bidx FROM supporters").fetch_all(&mut db).await.unwrap();
        rows.into_iter().flat_map(|(ct, bidx)| [ct, bidx]).collect()
    };
    assert_eq!(ciphertexts.len(), 2);
    let in_outbox = || std::fs::read_dir(data.join("outbox")).unwrap().any(|e| std::fs::read_to_string(e.unwrap().path()).unwrap_or_default().contains(email));
    assert!(in_outbox(), "the outbox holds the mail before erasure");

    // Erase, then look again.
    let server = Child::start(&data, &url);
    let res = client.post(format!("{}{me}/erase", server.base)).form(&[("sure", "yes")]).send().await.unwrap();
    assert_eq!(res.status(), 200);
    let output = server.stop();
    assert!(output.contains("erased their data"), "{output}");
    assert_nowhere(&canaries, &output, &data, "after erasure");
    // Gone from the database file itself (secure_delete overwrites freed pages) and the outbox.
    for file in sqlite_files(&data) {
        let bytes = std::fs::read(&file).unwrap();
        for ct in &ciphertexts {
            assert!(!bytes.windows(ct.len()).any(|w| w == ct.as_slice()), "an erased ciphertext survives in {}", file.display());
        }
    }
    assert!(!in_outbox(), "the erased person's mail left the outbox");
}

/// Bare `tadamun` (as a service file or container runs it) and `tadamun worker` read the
/// serving and mail options from the environment, as `serve` does.
#[test]
fn every_command_reads_the_options_that_apply_to_it() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let mut child = bin()
        .env("TADAMUN_DATA_DIR", &data)
        .env("TADAMUN_LISTEN", format!("127.0.0.1:{port}"))
        .env("TADAMUN_BASE_URL", "https://campaign.example")
        .env("TADAMUN_DEMO", "false")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start bare tadamun");
    let mut out = String::new();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    while let Some(Ok(line)) = lines.next() {
        out.push_str(&line);
        out.push('\n');
        if line.contains("is running at") {
            break;
        }
    }
    let res = std::net::TcpStream::connect(("127.0.0.1", port));
    let _ = Command::new("kill").args(["-TERM", &child.id().to_string()]).status();
    let _ = child.wait();
    assert!(out.contains("is running at https://campaign.example/"), "the base URL from the environment: {out}");
    assert!(res.is_ok(), "listening where TADAMUN_LISTEN says");
    // Only the server's own user can read the data folder, the database, its journal and the key.
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&data), 0o700);
    assert_eq!(mode(&data.join("outbox")), 0o700);
    for file in ["tadamun.sqlite3", "master.key"] {
        assert_eq!(mode(&data.join(file)), 0o600, "{file}");
    }
    for journal in ["tadamun.sqlite3-wal", "tadamun.sqlite3-shm"] {
        if data.join(journal).exists() {
            assert_eq!(mode(&data.join(journal)), 0o600, "{journal}");
        }
    }

    // The worker takes the mail options: a wrong one stops it with a message naming it.
    let (ok, _, err) = run(bin().arg("worker").env("TADAMUN_DATA_DIR", &data).env("TADAMUN_MAIL_TRANSPORT", "pigeon"));
    assert!(!ok && err.contains("mail_transport"), "{err}");
    let (ok, _, err) = run(bin().args(["worker", "--mail-transport", "smtp"]).env("TADAMUN_DATA_DIR", &data));
    assert!(!ok && err.contains("smtp_url"), "{err}");
}
