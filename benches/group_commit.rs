//! The group-commit writer against one row per commit, both durable (SQLite, WAL,
//! `synchronous = FULL`), in the same run: 64 concurrent writers insert a signature-sized row
//! each time. Prints a table. With `TADAMUN_BENCH_POSTGRES_URL` set (a database it may create
//! tables in), PostgreSQL too.
//!
//!     cargo bench --bench group_commit

use std::sync::Arc;
use std::time::Instant;

use sqlx::AnyConnection;
use tadamun::db::Db;
use tadamun::db::writer::{WriteFuture, Writer};

const ROWS: i64 = 20_000;
const CLIENTS: i64 = 64;

async fn setup(db: &Db, table: &str) {
    sqlx::query(sqlx::AssertSqlSafe(format!("DROP TABLE IF EXISTS {table}"))).execute(&db.pool).await.unwrap();
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "CREATE TABLE {table} (id BIGINT PRIMARY KEY, petition BIGINT NOT NULL, country TEXT NOT NULL, blob_ct BYTEA NOT NULL, created_at BIGINT NOT NULL)"
    ).replace("BYTEA", if db.backend == tadamun::db::Backend::Sqlite { "BLOB" } else { "BYTEA" })))
    .execute(&db.pool)
    .await
    .unwrap();
}

fn sql(table: &str) -> String {
    format!("INSERT INTO {table} (id, petition, country, blob_ct, created_at) VALUES ($1, 1, 'SY', $2, 0)")
}

async fn one_per_commit(db: &Db) -> f64 {
    setup(db, "bench_raw").await;
    let started = Instant::now();
    let mut tasks = Vec::new();
    for c in 0..CLIENTS {
        let db = db.clone();
        tasks.push(tokio::spawn(async move {
            let q = sql("bench_raw");
            for i in (c..ROWS).step_by(CLIENTS as usize) {
                loop {
                    let r = sqlx::query(sqlx::AssertSqlSafe(q.clone())).bind(i).bind(vec![7u8; 120]).execute(&db.pool).await;
                    match r {
                        Ok(_) => break,
                        Err(e) if e.to_string().contains("locked") => continue,
                        Err(e) => panic!("{e}"),
                    }
                }
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    ROWS as f64 / started.elapsed().as_secs_f64()
}

async fn grouped(db: &Db) -> (f64, f64) {
    setup(db, "bench_group").await;
    let writer = Arc::new(Writer::start(db, 512).await.unwrap());
    let started = Instant::now();
    let mut tasks = Vec::new();
    for c in 0..CLIENTS {
        let writer = writer.clone();
        tasks.push(tokio::spawn(async move {
            for i in (c..ROWS).step_by(CLIENTS as usize) {
                writer
                    .write(move |conn: &mut AnyConnection| -> WriteFuture<'_, ()> {
                        Box::pin(async move {
                            sqlx::query(sqlx::AssertSqlSafe(sql("bench_group"))).bind(i).bind(vec![7u8; 120]).execute(conn).await?;
                            Ok(())
                        })
                    })
                    .await
                    .unwrap();
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let rate = ROWS as f64 / started.elapsed().as_secs_f64();
    let commits = writer.stats().commits.load(std::sync::atomic::Ordering::Relaxed) as f64;
    (rate, ROWS as f64 / commits)
}

#[tokio::main]
async fn main() {
    let dir = tempfile::tempdir().unwrap();
    let mut targets = vec![("SQLite (WAL, synchronous=FULL)", format!("sqlite:{}", dir.path().join("bench.sqlite3").display()))];
    if let Ok(url) = std::env::var("TADAMUN_BENCH_POSTGRES_URL") {
        targets.push(("PostgreSQL", url));
    }
    println!("{ROWS} inserts of a signature-sized row from {CLIENTS} concurrent clients");
    println!("| database | one row per commit (rows/s) | group commit (rows/s) | rows per commit | ratio |");
    println!("|---|---:|---:|---:|---:|");
    for (name, url) in targets {
        let db = Db::connect(&url).await.unwrap();
        let raw = one_per_commit(&db).await;
        let (group, per_commit) = grouped(&db).await;
        println!("| {name} | {raw:.0} | {group:.0} | {per_commit:.1} | {:.1}x |", group / raw);
    }
}
