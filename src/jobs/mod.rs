//! The job queue: whatever must happen after a change commits (a confirmation mail, a letter
//! to a decision-maker, a reminder) is a job row written in the same transaction as the change
//! (transactional outbox), so a crash can neither lose it nor send it for a change that rolled
//! back.
//!
//! Jobs are typed ([`Job`]): a name, a payload of ids (never personal data: the payload is
//! stored in clear), an optional unique key so that the same job is never queued twice, and the
//! work itself. Workers claim jobs in batches with one `UPDATE … RETURNING` (claiming one row per
//! transaction is ~400 times slower), hold them under a lease, and on failure put them back with
//! exponential backoff; after `MAX_ATTEMPTS` a job is dead and waits for a coordinator's retry.
//! A worker that dies mid-job loses its lease and the job runs again: handlers are idempotent.

pub mod store;
pub mod web;

use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::db::now;
use crate::context::Ctx;

pub const MAX_ATTEMPTS: i64 = 8;
/// How long a claimed job is ours before another worker may take it.
pub const LEASE_SECONDS: i64 = 300;
pub const BATCH: i64 = 64;
/// The longest one job may run; well inside the lease, so a job still running is never
/// claimed by another worker.
pub const JOB_TIMEOUT_SECONDS: u64 = 60;

/// A kind of job.
pub trait Job: Serialize + DeserializeOwned + Send + Sync + 'static {
    /// The name stored with the job; never change it once jobs of this kind exist.
    const KIND: &'static str;

    /// Jobs with the same unique key are queued once (e.g. "confirm-mail:signature:42").
    fn unique_key(&self) -> Option<String> {
        None
    }

    /// Do the work. Must be safe to run again after a crash.
    fn run(self, ctx: Ctx) -> impl Future<Output = anyhow::Result<()>> + Send;
}

/// Seconds to wait before attempt `attempts + 1`: 30 s, doubling, at most 6 hours.
pub fn backoff_seconds(attempts: i64) -> i64 {
    let doublings = (attempts - 1).clamp(0, 20) as u32;
    (30i64 << doublings).min(6 * 3600)
}

type Handler = Arc<dyn Fn(Ctx, String) -> Pin<Box<dyn Future<Output = anyhow::Result<()>> + Send>> + Send + Sync>;

/// Which code runs which kind of job.
#[derive(Clone, Default)]
pub struct Registry {
    handlers: HashMap<&'static str, Handler>,
}

impl std::fmt::Debug for Registry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Registry").field("kinds", &self.handlers.keys().collect::<Vec<_>>()).finish()
    }
}

impl Registry {
    pub fn register<J: Job>(mut self) -> Registry {
        let handler: Handler = Arc::new(|ctx: Ctx, payload: String| {
            Box::pin(async move {
                let job: J = serde_json::from_str(&payload).map_err(|e| anyhow::anyhow!("payload of a {} job: {e}", J::KIND))?;
                job.run(ctx).await
            })
        });
        self.handlers.insert(J::KIND, handler);
        self
    }
}

/// Put `job` on the queue inside the caller's transaction, to run at `run_at` (epoch seconds).
/// Returns false when a job with the same unique key is queued already.
pub async fn enqueue<J: Job>(conn: &mut sqlx::AnyConnection, job: &J, run_at: i64) -> anyhow::Result<bool> {
    let payload = serde_json::to_string(job)?;
    store::insert(conn, J::KIND, job.unique_key().as_deref(), &payload, run_at, now()).await
}

/// Run one job: in a task of its own (a panic becomes a failure, not a dead worker), under a
/// time limit.
async fn run_one(ctx: &Ctx, registry: &Registry, job: &store::Claimed) -> anyhow::Result<()> {
    let Some(handler) = registry.handlers.get(job.kind.as_str()).cloned() else {
        anyhow::bail!("no handler for jobs of kind {:?}", job.kind);
    };
    let task = tokio::spawn(handler(ctx.clone(), job.payload.clone()));
    match tokio::time::timeout(Duration::from_secs(JOB_TIMEOUT_SECONDS), task).await {
        Ok(Ok(outcome)) => outcome,
        Ok(Err(e)) if e.is_panic() => Err(anyhow::anyhow!("the job panicked")),
        Ok(Err(e)) => Err(anyhow::anyhow!("the job's task failed: {e}")),
        Err(_) => Err(anyhow::anyhow!("the job took longer than {JOB_TIMEOUT_SECONDS} s")),
    }
}

/// Claim and run one batch of due jobs. Returns how many were claimed.
pub async fn run_batch(ctx: &Ctx, registry: &Registry) -> anyhow::Result<usize> {
    let claimed_at = now();
    let lease_until = claimed_at + LEASE_SECONDS;
    let batch = store::claim(&ctx.db, BATCH, claimed_at, lease_until).await?;
    let n = batch.len();
    for job in batch {
        // Jobs later in the batch must not start after the lease: another worker may hold them.
        if now() + JOB_TIMEOUT_SECONDS as i64 >= lease_until {
            store::release(&ctx.db, job.id, job.attempts).await?;
            continue;
        }
        // A job that keeps killing its worker (a crash mid-run, not an error) dies here.
        let outcome = if job.attempts > MAX_ATTEMPTS {
            Err(anyhow::anyhow!("claimed {} times without finishing", job.attempts))
        } else {
            run_one(ctx, registry, &job).await
        };
        match outcome {
            Ok(()) => store::complete(&ctx.db, job.id, job.attempts).await?,
            Err(e) => {
                let error = store::redact(&format!("{e:#}"));
                let dead = job.attempts >= MAX_ATTEMPTS;
                tracing::warn!(job = job.id, kind = job.kind, attempts = job.attempts, dead, error, "job failed");
                store::fail(&ctx.db, job.id, job.attempts, &error, dead, now() + backoff_seconds(job.attempts)).await?;
            }
        }
    }
    Ok(n)
}

/// Run jobs until told to stop: a batch whenever there is work, a short sleep when there is
/// none, or when woken by `ctx.job_notify` (this process just queued something).
pub async fn worker(ctx: Ctx, registry: Registry, mut stop: tokio::sync::watch::Receiver<bool>) {
    loop {
        if *stop.borrow() {
            return;
        }
        let ran = match run_batch(&ctx, &registry).await {
            Ok(n) => n,
            Err(e) => {
                tracing::error!(error = format!("{e:#}"), "job worker");
                0
            }
        };
        if ran == 0 {
            tokio::select! {
                _ = ctx.job_notify.notified() => {}
                _ = tokio::time::sleep(Duration::from_secs(1)) => {}
                _ = stop.changed() => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_and_is_capped() {
        assert_eq!(backoff_seconds(1), 30);
        assert_eq!(backoff_seconds(2), 60);
        assert_eq!(backoff_seconds(5), 480);
        assert_eq!(backoff_seconds(40), 6 * 3600);
    }
}
