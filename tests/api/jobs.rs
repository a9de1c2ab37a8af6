//! The job queue on the backend the harness picks: jobs written in the caller's transaction,
//! de-duplicated, run by the app's own worker, retried with backoff, dead after too many
//! failures, retried by hand, re-run after a lost lease, never run twice by parallel workers.


use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use crate::common::{Options, TestApp};
use serde::{Deserialize, Serialize};
use sqlx::Acquire;
use tadamun::jobs::{self, Job, Registry};

/// What each test's jobs did, by the test's own token (tests share this process).
fn runs() -> &'static Mutex<HashMap<String, Vec<u32>>> {
    static RUNS: OnceLock<Mutex<HashMap<String, Vec<u32>>>> = OnceLock::new();
    RUNS.get_or_init(Default::default)
}

fn ran(token: &str) -> Vec<u32> {
    let mut v = runs().lock().unwrap().get(token).cloned().unwrap_or_default();
    v.sort();
    v
}

#[derive(Serialize, Deserialize)]
struct Record {
    token: String,
    n: u32,
    /// Fail this many times before succeeding.
    failures: u32,
}

impl Job for Record {
    const KIND: &'static str = "test-record";

    fn unique_key(&self) -> Option<String> {
        Some(format!("{}:{}", self.token, self.n))
    }

    async fn run(self, _ctx: tadamun::context::Ctx) -> anyhow::Result<()> {
        let mut all = runs().lock().unwrap();
        let attempts = all.entry(format!("{}-attempts-{}", self.token, self.n)).or_default();
        attempts.push(0);
        if attempts.len() as u32 <= self.failures {
            anyhow::bail!("failing on purpose ({} of {})", attempts.len(), self.failures);
        }
        all.entry(self.token.clone()).or_default().push(self.n);
        Ok(())
    }
}

fn token() -> String {
    tadamun::crypto::random_token()[..12].to_string()
}

async fn spawn(workers: u32, dead_expected: bool) -> TestApp {
    let app = TestApp::spawn_with(Options {
        jobs: Some(Registry::standard().register::<Record>()),
        dead_jobs_expected: dead_expected,
        workers: Some(workers),
        ..Default::default()
    })
    .await;
    app
}

async fn enqueue_committed(app: &TestApp, jobs: &[Record]) -> usize {
    let mut conn = app.state.db.pool.acquire().await.unwrap();
    let mut tx = conn.begin().await.unwrap();
    let mut queued = 0;
    for job in jobs {
        if jobs::enqueue(&mut tx, job, tadamun::db::now()).await.unwrap() {
            queued += 1;
        }
    }
    tx.commit().await.unwrap();
    app.state.job_notify.notify_waiters();
    queued
}

#[tokio::test]
async fn jobs_live_and_die_with_their_transaction_and_are_queued_once() {
    let app = spawn(1, false).await;
    let t = token();
    // Rolled back: no job.
    {
        let mut conn = app.state.db.pool.acquire().await.unwrap();
        let mut tx = conn.begin().await.unwrap();
        jobs::enqueue(&mut tx, &Record { token: t.clone(), n: 99, failures: 0 }, 0).await.unwrap();
        tx.rollback().await.unwrap();
    }
    let queued = enqueue_committed(&app, &[
        Record { token: t.clone(), n: 1, failures: 0 },
        Record { token: t.clone(), n: 2, failures: 0 },
        Record { token: t.clone(), n: 1, failures: 0 },
    ])
    .await;
    assert_eq!(queued, 2, "the duplicate unique key is not queued");
    app.wait_for_jobs().await;
    assert_eq!(ran(&t), vec![1, 2]);
    app.finish().await;
}

#[tokio::test]
async fn failures_back_off_then_die_and_a_retry_runs_them() {
    // No worker of the app's own: this test runs batches by hand, at chosen times.
    let app = spawn(0, true).await;
    let registry = Registry::standard().register::<Record>();
    let t = token();
    enqueue_committed(&app, &[Record { token: t.clone(), n: 7, failures: 100 }]).await;
    assert_eq!(jobs::run_batch(&app.state.ctx(), &registry).await.unwrap(), 1);
    let (state, attempts, run_at, error): (String, i64, i64, Option<String>) =
        sqlx::query_as("SELECT state, attempts, run_at, last_error FROM jobs").fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!((state.as_str(), attempts), ("queued", 1));
    assert!(run_at >= tadamun::db::now() + 25, "backs off about 30 s");
    assert!(error.unwrap().contains("failing on purpose"));
    // Not due yet: nothing runs.
    assert_eq!(jobs::run_batch(&app.state.ctx(), &registry).await.unwrap(), 0);
    for _ in 1..jobs::MAX_ATTEMPTS {
        sqlx::query("UPDATE jobs SET run_at = 0").execute(&app.state.db.pool).await.unwrap();
        jobs::run_batch(&app.state.ctx(), &registry).await.unwrap();
    }
    let (state, attempts): (String, i64) = sqlx::query_as("SELECT state, attempts FROM jobs").fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!((state.as_str(), attempts), ("dead", jobs::MAX_ATTEMPTS));
    let troubled = jobs::store::troubled(&app.state.db, 10, 0).await.unwrap();
    assert_eq!(troubled.len(), 1);
    // A coordinator's retry: this time the job is told to succeed.
    sqlx::query("UPDATE jobs SET payload = $1").bind(serde_json::to_string(&Record { token: t.clone(), n: 7, failures: 0 }).unwrap()).execute(&app.state.db.pool).await.unwrap();
    assert!(jobs::store::retry(&app.state.db, troubled[0].id, tadamun::db::now()).await.unwrap());
    assert_eq!(jobs::run_batch(&app.state.ctx(), &registry).await.unwrap(), 1);
    assert_eq!(ran(&t), vec![7]);
    app.finish().await;
}

#[tokio::test]
async fn a_lost_lease_lets_another_worker_run_the_job() {
    let app = spawn(0, false).await;
    let registry = Registry::standard().register::<Record>();
    let t = token();
    enqueue_committed(&app, &[Record { token: t.clone(), n: 3, failures: 0 }]).await;
    let now = tadamun::db::now();
    // A worker claims the job and dies before finishing it.
    let claimed = jobs::store::claim(&app.state.db, 10, now, now + 60).await.unwrap();
    assert_eq!(claimed.len(), 1);
    assert!(jobs::store::claim(&app.state.db, 10, now, now + 60).await.unwrap().is_empty(), "leased");
    // The lease lapses; the next worker takes it.
    sqlx::query("UPDATE jobs SET locked_until = 1").execute(&app.state.db.pool).await.unwrap();
    assert_eq!(jobs::run_batch(&app.state.ctx(), &registry).await.unwrap(), 1);
    assert_eq!(ran(&t), vec![3]);
    app.finish().await;
}

#[tokio::test]
async fn parallel_workers_never_run_a_job_twice() {
    let app = spawn(0, false).await;
    let registry = Registry::standard().register::<Record>();
    let t = token();
    let all: Vec<Record> = (0..300).map(|n| Record { token: t.clone(), n, failures: 0 }).collect();
    enqueue_committed(&app, &all).await;
    let mut tasks = Vec::new();
    for _ in 0..4 {
        let (state, registry) = (app.state.clone(), registry.clone());
        tasks.push(tokio::spawn(async move {
            let mut total = 0;
            loop {
                match jobs::run_batch(&state.ctx(), &registry).await {
                    Ok(0) => return Ok::<usize, anyhow::Error>(total),
                    Ok(n) => total += n,
                    // SQLite may answer "busy" to a second writer: a real worker just tries again.
                    Err(e) if format!("{e:#}").contains("locked") => tokio::task::yield_now().await,
                    Err(e) => return Err(e),
                }
            }
        }));
    }
    let mut total = 0;
    for task in tasks {
        total += task.await.unwrap().unwrap();
    }
    assert_eq!(total, 300);
    assert_eq!(ran(&t), (0..300).collect::<Vec<_>>(), "each exactly once");
    app.finish().await;
}

#[tokio::test]
async fn a_job_of_unknown_kind_fails_visibly() {
    let app = spawn(0, true).await;
    let registry = Registry::standard();
    let t = token();
    enqueue_committed(&app, &[Record { token: t, n: 1, failures: 0 }]).await;
    jobs::run_batch(&app.state.ctx(), &registry).await.unwrap();
    let (error,): (Option<String>,) = sqlx::query_as("SELECT last_error FROM jobs").fetch_one(&app.state.db.pool).await.unwrap();
    assert!(error.unwrap().contains("no handler"));
    sqlx::query("UPDATE jobs SET state = 'dead'").execute(&app.state.db.pool).await.unwrap();
    app.finish().await;
}

#[tokio::test]
async fn coordinators_see_failed_jobs_without_addresses_and_can_retry_them() {
    let app = spawn(0, false).await;
    let registry = Registry::standard().register::<Record>();
    let t = token();
    enqueue_committed(&app, &[Record { token: t.clone(), n: 5, failures: 0 }]).await;
    // As if a mail server had refused it, quoting the address, too many times.
    sqlx::query("UPDATE jobs SET state = 'dead', attempts = 8, last_error = $1")
        .bind(jobs::store::redact("SMTP 550 <amal@example.org> mailbox unknown"))
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    assert_eq!(app.agent().get("/en/staff/jobs").await.status, 303, "staff only");
    let mut agent = app.signed_in("yusuf").await;
    let page = agent.get("/en/staff/jobs").await;
    page.assert_translated();
    assert!(page.body.contains("failed for good") && page.body.contains("test-record"));
    assert!(page.body.contains("[address]") && !page.body.contains("amal@"), "{}", page.body);
    let (id,): (i64,) = sqlx::query_as("SELECT id FROM jobs").fetch_one(&app.state.db.pool).await.unwrap();
    let res = agent.submit("/en/staff/jobs", &format!("/en/staff/jobs/{id}/retry"), &[]).await;
    assert_eq!(res.status, 303);
    assert_eq!(agent.get(&res.location().to_string()).await.status, 200);
    assert_eq!(jobs::run_batch(&app.state.ctx(), &registry).await.unwrap(), 1);
    assert_eq!(ran(&t), vec![5]);
    let res = agent.submit("/en/staff/jobs", "/en/staff/jobs/999999/retry", &[]).await;
    assert_eq!(res.status, 404);
    app.finish().await;
}

#[derive(Serialize, Deserialize)]
struct Panics {
    token: String,
}

impl Job for Panics {
    const KIND: &'static str = "test-panics";

    async fn run(self, _ctx: tadamun::context::Ctx) -> anyhow::Result<()> {
        panic!("a job that panics, on purpose");
    }
}

#[tokio::test]
async fn a_panicking_job_fails_without_taking_the_worker_down() {
    let app = spawn(0, true).await;
    let registry = Registry::standard().register::<Record>().register::<Panics>();
    let t = token();
    {
        let mut conn = app.state.db.pool.acquire().await.unwrap();
        let mut tx = conn.begin().await.unwrap();
        jobs::enqueue(&mut tx, &Panics { token: t.clone() }, 0).await.unwrap();
        jobs::enqueue(&mut tx, &Record { token: t.clone(), n: 1, failures: 0 }, 0).await.unwrap();
        tx.commit().await.unwrap();
    }
    assert_eq!(jobs::run_batch(&app.state.ctx(), &registry).await.unwrap(), 2);
    assert_eq!(ran(&t), vec![1], "the next job still ran");
    let (state, error): (String, Option<String>) =
        sqlx::query_as("SELECT state, last_error FROM jobs WHERE kind = 'test-panics'").fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(state, "queued");
    assert!(error.unwrap().contains("panicked"));
    sqlx::query("UPDATE jobs SET state = 'dead'").execute(&app.state.db.pool).await.unwrap();
    app.finish().await;
}

#[tokio::test]
async fn a_worker_that_lost_its_lease_cannot_finish_anothers_claim() {
    let app = spawn(0, false).await;
    let t = token();
    enqueue_committed(&app, &[Record { token: t, n: 1, failures: 0 }]).await;
    let now = tadamun::db::now();
    let first = jobs::store::claim(&app.state.db, 1, now, now + 1).await.unwrap().remove(0);
    // The lease lapses; a second worker claims the job.
    let second = jobs::store::claim(&app.state.db, 1, now + 2, now + 300).await.unwrap().remove(0);
    assert_eq!((first.id, first.attempts, second.attempts), (second.id, 1, 2));
    jobs::store::complete(&app.state.db, first.id, first.attempts).await.unwrap();
    jobs::store::fail(&app.state.db, first.id, first.attempts, "late", false, 0).await.unwrap();
    let (state, attempts): (String, i64) = sqlx::query_as("SELECT state, attempts FROM jobs").fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!((state.as_str(), attempts), ("running", 2), "the late worker changed nothing");
    jobs::store::complete(&app.state.db, second.id, second.attempts).await.unwrap();
    app.finish().await;
}
