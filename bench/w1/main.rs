//! The helper bench/w1.sh runs (W1: signature intake end to end over HTTP).
//!
//!     tadamun-w1 tokens BASE PAGE_PATH COUNT OUT_FILE [CONNECTIONS]
//!         GET the petition page COUNT times and write its fresh form token, URL-encoded, one
//!         per line (every signature needs a token of its own).
//!     tadamun-w1 rate BASE ACTION_PATH TOKEN_FILE RATE SECONDS CONNECTIONS EMAIL_PREFIX
//!         Offer signatures at a fixed RATE per second (open loop: the schedule does not wait
//!         for answers) over CONNECTIONS keep-alive connections; each request's latency counts
//!         from when it was due, so a stalled server is not hidden (no coordinated omission).
//!         Requests still queued 5 s after the schedule ends are not sent; they count at the
//!         lateness they reached (`unsent_late`).
//!     tadamun-w1 raw SQLITE_URL SECONDS
//!         The yardstick: one signature row per commit on one connection, through tadamun's own
//!         SQLite settings (WAL, synchronous = FULL), into a table shaped like `signatures`.
//!     tadamun-w1 direct SQLITE_URL SECONDS CALLERS
//!         Diagnosis: the server's own signature intake (`petitions::intake`, batches of
//!         signatures per transaction), from CALLERS concurrent tasks, without HTTP.
//!     tadamun-w1 count DATABASE_URL
//!         Signatures in the database.
//!
//! HTTP/1.1 is spoken by hand over tokio's TcpStream: enough for this server's answers
//! (Content-Length or chunked bodies), and cheap, since the generator shares the cores.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

type Conn = BufReader<TcpStream>;

fn host_of(base: &str) -> anyhow::Result<String> {
    let host = base.strip_prefix("http://").context("BASE must be http://host:port")?;
    Ok(host.trim_end_matches('/').to_string())
}

async fn connect(host: &str) -> std::io::Result<Conn> {
    let stream = TcpStream::connect(host).await?;
    stream.set_nodelay(true)?;
    Ok(BufReader::with_capacity(64 * 1024, stream))
}

/// Send one request and read its answer: (status, body).
async fn roundtrip(conn: &mut Conn, request: &[u8], body: &mut Vec<u8>) -> std::io::Result<u16> {
    use std::io::{Error, ErrorKind};
    conn.get_mut().write_all(request).await?;
    let mut line = String::new();
    if conn.read_line(&mut line).await? == 0 {
        return Err(Error::new(ErrorKind::UnexpectedEof, "connection closed"));
    }
    let status: u16 = line.split(' ').nth(1).and_then(|s| s.parse().ok()).ok_or_else(|| Error::new(ErrorKind::InvalidData, line.clone()))?;
    let (mut length, mut chunked) = (0usize, false);
    loop {
        line.clear();
        if conn.read_line(&mut line).await? == 0 {
            return Err(Error::new(ErrorKind::UnexpectedEof, "connection closed in the headers"));
        }
        if line == "\r\n" {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            let value = value.trim();
            if name.eq_ignore_ascii_case("content-length") {
                length = value.parse().map_err(|_| Error::new(ErrorKind::InvalidData, "content-length"))?;
            } else if name.eq_ignore_ascii_case("transfer-encoding") && value.eq_ignore_ascii_case("chunked") {
                chunked = true;
            }
        }
    }
    body.clear();
    if chunked {
        loop {
            line.clear();
            conn.read_line(&mut line).await?;
            let size = usize::from_str_radix(line.trim().split(';').next().unwrap_or(""), 16).map_err(|_| Error::new(ErrorKind::InvalidData, "chunk size"))?;
            let start = body.len();
            body.resize(start + size, 0);
            conn.read_exact(&mut body[start..]).await?;
            line.clear();
            conn.read_line(&mut line).await?;
            if size == 0 {
                break;
            }
        }
    } else {
        body.resize(length, 0);
        conn.read_exact(body).await?;
    }
    Ok(status)
}

fn url_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn token_in(page: &[u8]) -> Option<String> {
    let page = std::str::from_utf8(page).ok()?;
    let needle = "name=\"form_token\" value=\"";
    let start = page.find(needle)? + needle.len();
    let end = page[start..].find('"')? + start;
    Some(page[start..end].to_string())
}

async fn tokens(base: &str, path: &str, count: usize, out: &str, connections: usize) -> anyhow::Result<()> {
    let host = Arc::new(host_of(base)?);
    let request = Arc::new(format!("GET {path} HTTP/1.1\r\nHost: {host}\r\n\r\n").into_bytes());
    let next = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..connections {
        let (host, request, next) = (host.clone(), request.clone(), next.clone());
        tasks.push(tokio::spawn(async move {
            let mut conn = connect(&host).await?;
            let mut body = Vec::new();
            let mut got = Vec::new();
            while next.fetch_add(1, Ordering::Relaxed) < count {
                let status = roundtrip(&mut conn, &request, &mut body).await?;
                if status != 200 {
                    bail!("GET {}: status {status}", String::from_utf8_lossy(&request));
                }
                got.push(url_encode(&token_in(&body).context("no form token in the petition page")?));
            }
            anyhow::Ok(got)
        }));
    }
    let mut all = String::new();
    for t in tasks {
        for token in t.await?? {
            all.push_str(&token);
            all.push('\n');
        }
    }
    std::fs::write(out, all)?;
    let secs = started.elapsed().as_secs_f64();
    println!("tokens: count={count} seconds={secs:.2} per_second={:.0}", count as f64 / secs);
    Ok(())
}

fn percentile(sorted: &[u32], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let i = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    f64::from(sorted[i]) / 1000.0
}

#[allow(clippy::too_many_arguments)]
async fn rate(base: &str, action: &str, token_file: &str, rate: f64, seconds: f64, connections: usize, prefix: &str) -> anyhow::Result<()> {
    let host = host_of(base)?;
    let tokens: Vec<String> = std::fs::read_to_string(token_file)?.lines().map(str::to_string).collect();
    let total = (rate * seconds).round() as usize;
    if tokens.len() < total {
        bail!("{total} requests need as many tokens; {token_file} has {}", tokens.len());
    }
    // Every request prepared beforehand: the generator's work during the run is sending.
    let requests: Arc<Vec<Vec<u8>>> = Arc::new(
        tokens[..total]
            .iter()
            .enumerate()
            .map(|(i, token)| {
                let body = format!("form_token={token}&name=W1+Signer&email=w1-{prefix}-{i}%40example.org&country=DE&city=Berlin&consent=yes");
                format!(
                    "POST {action} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
                    body.len()
                )
                .into_bytes()
            })
            .collect(),
    );
    let mut conns = Vec::with_capacity(connections);
    for _ in 0..connections {
        conns.push(connect(&host).await?);
    }
    let (tx, rx) = tokio::sync::mpsc::unbounded_channel::<(usize, Instant)>();
    let rx = Arc::new(tokio::sync::Mutex::new(rx));
    let start = Instant::now() + Duration::from_millis(50);
    let give_up = start + Duration::from_secs_f64(seconds + 5.0);
    let mut workers = Vec::new();
    for mut conn in conns {
        let (rx, requests, host) = (rx.clone(), requests.clone(), host.clone());
        workers.push(tokio::spawn(async move {
            let mut latencies: Vec<u32> = Vec::new();
            let (mut ok, mut other, mut errors, mut late) = (0u64, 0u64, 0u64, 0u64);
            let mut last_done = Instant::now();
            let mut body = Vec::new();
            loop {
                let next = rx.lock().await.recv().await;
                let Some((i, due)) = next else { break };
                if Instant::now() > give_up {
                    // Still queued long after the schedule ended: counted, at the lateness it
                    // has already reached, but not sent (the run would never end otherwise).
                    late += 1;
                    latencies.push(Instant::now().saturating_duration_since(due).as_micros().min(u128::from(u32::MAX)) as u32);
                    continue;
                }
                match roundtrip(&mut conn, &requests[i], &mut body).await {
                    Ok(303) => ok += 1,
                    Ok(_) => other += 1,
                    Err(_) => {
                        errors += 1;
                        if let Ok(fresh) = connect(&host).await {
                            conn = fresh;
                        }
                    }
                }
                last_done = Instant::now();
                latencies.push(last_done.saturating_duration_since(due).as_micros().min(u128::from(u32::MAX)) as u32);
            }
            (latencies, ok, other, errors, late, last_done)
        }));
    }
    for i in 0..total {
        let due = start + Duration::from_secs_f64(i as f64 / rate);
        tokio::time::sleep_until(due.into()).await;
        tx.send((i, due)).map_err(|_| anyhow::anyhow!("the workers stopped"))?;
    }
    drop(tx);
    let (mut all, mut ok, mut other, mut errors, mut late) = (Vec::with_capacity(total), 0, 0, 0, 0);
    let mut end = start;
    for w in workers {
        let (l, o, x, e, n, done) = w.await?;
        all.extend(l);
        ok += o;
        other += x;
        errors += e;
        late += n;
        end = end.max(done);
    }
    all.sort_unstable();
    let secs = end.saturating_duration_since(start).as_secs_f64();
    println!(
        "rate: offered={rate:.0} requests={total} seconds={secs:.2} achieved={:.0} ok303={ok} other={other} errors={errors} unsent_late={late} p50_ms={:.2} p90_ms={:.2} p99_ms={:.2} p999_ms={:.2} max_ms={:.2}",
        (ok + other) as f64 / secs,
        percentile(&all, 0.50),
        percentile(&all, 0.90),
        percentile(&all, 0.99),
        percentile(&all, 0.999),
        all.last().map(|&m| f64::from(m) / 1000.0).unwrap_or(f64::NAN),
    );
    Ok(())
}

async fn raw(url: &str, seconds: f64) -> anyhow::Result<()> {
    let db = tadamun::db::Db::connect(url).await?;
    if db.backend != tadamun::db::Backend::Sqlite {
        bail!("raw measures SQLite; PostgreSQL's yardstick is pgbench");
    }
    // The columns, constraint and indexes of `signatures`, without the foreign keys (no
    // petition or supporter rows to point at).
    for sql in [
        "DROP TABLE IF EXISTS w1_raw",
        "CREATE TABLE w1_raw (id INTEGER PRIMARY KEY, petition_id INTEGER NOT NULL, supporter_id INTEGER NOT NULL,
            confirmed INTEGER NOT NULL DEFAULT 0, country TEXT NOT NULL, lang TEXT NOT NULL, city_ct BLOB, comment_ct BLOB,
            key_id INTEGER NOT NULL, consent_lead INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL, confirmed_at INTEGER,
            UNIQUE (petition_id, supporter_id))",
        "CREATE INDEX w1_raw_tally ON w1_raw (petition_id, confirmed, country)",
        "CREATE INDEX w1_raw_by_time ON w1_raw (petition_id, created_at)",
        "CREATE INDEX w1_raw_pending ON w1_raw (confirmed, created_at)",
        "CREATE INDEX w1_raw_by_supporter ON w1_raw (supporter_id)",
        "CREATE INDEX w1_raw_by_key ON w1_raw (key_id)",
    ] {
        sqlx::query(sqlx::AssertSqlSafe(sql)).execute(&db.pool).await?;
    }
    let mut conn = db.pool.acquire().await?;
    let started = Instant::now();
    let until = started + Duration::from_secs_f64(seconds);
    let mut n: i64 = 0;
    while Instant::now() < until {
        // Each statement is its own transaction: one durable commit (an fsync) per row.
        let id = (u64::from_be_bytes(tadamun::crypto::random_bytes::<8>()) >> 1) as i64 | 1;
        sqlx::query(
            "INSERT INTO w1_raw (id, petition_id, supporter_id, confirmed, country, lang, city_ct, comment_ct, key_id, consent_lead, created_at)
             VALUES ($1, 1, $2, 0, 'DE', 'en', $3, NULL, 1, 1, $4)",
        )
        .bind(id)
        .bind(n + 1)
        .bind(tadamun::crypto::random_bytes::<46>().to_vec())
        .bind(tadamun::db::now())
        .execute(&mut *conn)
        .await?;
        n += 1;
    }
    let secs = started.elapsed().as_secs_f64();
    println!("raw: rows={n} seconds={secs:.2} per_second={:.0}", n as f64 / secs);
    Ok(())
}

async fn direct(url: &str, seconds: f64, callers: usize) -> anyhow::Result<()> {
    use tadamun::petitions::{model::SignInput, routes::countries, store};
    let db = tadamun::db::Db::connect(url).await?;
    db.migrate().await?;
    tadamun::campaigns::demo::seed_if_empty(&db, None).await?;
    let path = url.trim_start_matches("sqlite:");
    let ring = tadamun::crypto::load_or_create_keyring(&std::path::Path::new(path).with_file_name("master.key"))?;
    let campaign = tadamun::campaigns::store::find_by_slug(&db, "defend-idlib").await?.context("demo campaign")?;
    let petition = store::find(&db, campaign.id.0, "open-the-borders").await?.context("demo petition")?.id;
    let intake = tadamun::petitions::intake::Intake::start(&db, tadamun::crypto::FieldKeys::new(&ring)).await?;
    let next = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let until = started + Duration::from_secs_f64(seconds);
    let mut tasks = Vec::new();
    for _ in 0..callers {
        let (intake, next) = (intake.clone(), next.clone());
        tasks.push(tokio::spawn(async move {
            let mut done = 0u64;
            while Instant::now() < until {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let input = SignInput {
                    name: "W1 Signer".into(),
                    email: format!("w1-direct-{i}@example.org"),
                    country: "DE".into(),
                    city: "Berlin".into(),
                    comment: String::new(),
                    consent: true,
                };
                let signing = input.parse(countries()).map_err(|e| anyhow::anyhow!("{e:?}"))?;
                let token_hash = format!("w1-direct-{i}");
                let token_expires = tadamun::db::now() + 7 * 3600;
                intake
                    .sign(tadamun::petitions::intake::Request { petition, signing, lang: tadamun::i18n::Lang::En, token_hash, token_expires })
                    .await?;
                done += 1;
            }
            anyhow::Ok(done)
        }));
    }
    let mut total = 0;
    for t in tasks {
        total += t.await??;
    }
    let secs = started.elapsed().as_secs_f64();
    let commits = intake.stats().batches.load(Ordering::Relaxed).max(1);
    println!("direct: signatures={total} seconds={secs:.2} per_second={:.0} per_commit={:.1}", total as f64 / secs, total as f64 / commits as f64);
    Ok(())
}

async fn count(url: &str) -> anyhow::Result<()> {
    let db = tadamun::db::Db::connect(url).await?;
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM signatures").fetch_one(&db.pool).await?;
    println!("{n}");
    db.pool.close().await;
    Ok(())
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let a = |i: usize| args.get(i).map(String::as_str).context("missing argument (see the top of bench/w1/main.rs)");
    match a(0)? {
        "tokens" => tokens(a(1)?, a(2)?, a(3)?.parse()?, a(4)?, args.get(5).map(|s| s.parse()).transpose()?.unwrap_or(16)).await,
        "rate" => rate(a(1)?, a(2)?, a(3)?, a(4)?.parse()?, a(5)?.parse()?, a(6)?.parse()?, a(7)?).await,
        "raw" => raw(a(1)?, a(2)?.parse()?).await,
        "direct" => direct(a(1)?, a(2)?.parse()?, a(3)?.parse()?).await,
        "count" => count(a(1)?).await,
        other => bail!("unknown command {other:?} (see the top of bench/w1/main.rs)"),
    }
}
