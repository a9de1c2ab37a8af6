//! The group-commit writer on the backend the harness picks: concurrent requests share
//! commits, every acknowledged write is there, and a failing request is rolled back alone.


use std::sync::atomic::Ordering;

use crate::common::TestApp;
use sqlx::AnyConnection;
use tadamun::db::writer::{WriteFuture, Writer};

async fn table(app: &TestApp) {
    sqlx::query("CREATE TABLE t (id BIGINT PRIMARY KEY, note TEXT NOT NULL)").execute(&app.state.db.pool).await.unwrap();
}

fn insert(id: i64) -> impl for<'c> FnOnce(&'c mut AnyConnection) -> WriteFuture<'c, i64> + Send + 'static {
    move |conn: &mut AnyConnection| -> WriteFuture<'_, i64> {
        Box::pin(async move {
            sqlx::query("INSERT INTO t (id, note) VALUES ($1, 'x')").bind(id).execute(conn).await?;
            Ok(id)
        })
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn concurrent_writes_share_commits_and_all_land() {
    let app = TestApp::spawn().await;
    table(&app).await;
    let writer = Writer::start(&app.state.db, 256).await.unwrap();
    let mut tasks = Vec::new();
    for id in 0..500 {
        let w = writer.clone();
        tasks.push(tokio::spawn(async move { w.write(insert(id)).await }));
    }
    for (id, t) in tasks.into_iter().enumerate() {
        assert_eq!(t.await.unwrap().unwrap(), id as i64);
    }
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM t").fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(n, 500);
    let commits = writer.stats().commits.load(Ordering::Relaxed);
    assert_eq!(writer.stats().requests.load(Ordering::Relaxed), 500);
    assert!(commits < 500, "requests were grouped ({commits} commits for 500 writes)");
    app.finish().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_failing_request_is_rolled_back_alone() {
    let app = TestApp::spawn().await;
    table(&app).await;
    let writer = Writer::start(&app.state.db, 64).await.unwrap();
    writer.write(insert(1)).await.unwrap();
    let mut tasks = Vec::new();
    for id in [2i64, 1, 3] {
        // The second one breaks the primary key, after writing something else first.
        let w = writer.clone();
        tasks.push(tokio::spawn(async move {
            w.write(move |conn: &mut AnyConnection| -> WriteFuture<'_, ()> {
                Box::pin(async move {
                    sqlx::query("INSERT INTO t (id, note) VALUES ($1, 'first')").bind(id + 1000).execute(&mut *conn).await?;
                    sqlx::query("INSERT INTO t (id, note) VALUES ($1, 'x')").bind(id).execute(&mut *conn).await?;
                    Ok(())
                })
            })
            .await
        }));
    }
    let outcomes: Vec<bool> = futures_join(tasks).await;
    assert_eq!(outcomes, vec![true, false, true]);
    let ids: Vec<(i64,)> = sqlx::query_as("SELECT id FROM t ORDER BY id").fetch_all(&app.state.db.pool).await.unwrap();
    let ids: Vec<i64> = ids.into_iter().map(|(i,)| i).collect();
    assert_eq!(ids, vec![1, 2, 3, 1002, 1003], "the failed request left nothing behind");
    app.finish().await;
}

async fn futures_join(tasks: Vec<tokio::task::JoinHandle<anyhow::Result<()>>>) -> Vec<bool> {
    let mut out = Vec::new();
    for t in tasks {
        let r = t.await.unwrap();
        if let Err(e) = &r {
            eprintln!("request failed: {e:#}");
        }
        out.push(r.is_ok());
    }
    out
}

#[tokio::test(flavor = "multi_thread")]
async fn a_panicking_write_fails_alone_and_the_writer_goes_on() {
    let app = TestApp::spawn().await;
    table(&app).await;
    let writer = Writer::start(&app.state.db, 64).await.unwrap();
    let panicking = writer
        .write(|_conn: &mut AnyConnection| -> WriteFuture<'_, ()> { Box::pin(async move { panic!("on purpose") }) })
        .await;
    assert!(format!("{:#}", panicking.unwrap_err()).contains("panicked"));
    assert_eq!(writer.write(insert(5)).await.unwrap(), 5);
    app.finish().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_write_that_hides_a_database_error_cannot_be_reported_committed() {
    let app = TestApp::spawn().await;
    table(&app).await;
    let writer = Writer::start(&app.state.db, 64).await.unwrap();
    writer.write(insert(1)).await.unwrap();
    // This request swallows its own failed insert and says Ok. On PostgreSQL its failure has
    // aborted the transaction; the batch must fail as a whole rather than claim success.
    let hidden = writer
        .write(|conn: &mut AnyConnection| -> WriteFuture<'_, ()> {
            Box::pin(async move {
                let _ = sqlx::query("INSERT INTO t (id, note) VALUES (1, 'dup')").execute(&mut *conn).await;
                Ok(())
            })
        })
        .await;
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM t").fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(n, 1);
    if app.state.db.backend == tadamun::db::Backend::Postgres {
        assert!(hidden.is_err(), "reported as committed although PostgreSQL threw it away");
    }
    // Either way the writer still works.
    assert_eq!(writer.write(insert(2)).await.unwrap(), 2);
    app.finish().await;
}
