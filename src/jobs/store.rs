//! SQL for the job queue.

use anyhow::Context;

use crate::db::Db;

#[derive(Debug, sqlx::FromRow)]
pub struct Claimed {
    pub id: i64,
    pub kind: String,
    pub payload: String,
    pub attempts: i64,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct JobRow {
    pub id: i64,
    pub kind: String,
    pub state: String,
    pub attempts: i64,
    pub run_at: i64,
    pub last_error: Option<String>,
    pub created_at: i64,
}

pub async fn insert(conn: &mut sqlx::AnyConnection, kind: &str, unique_key: Option<&str>, payload: &str, run_at: i64, now: i64) -> anyhow::Result<bool> {
    let done = sqlx::query(
        "INSERT INTO jobs (kind, unique_key, payload, state, run_at, created_at) VALUES ($1, $2, $3, 'queued', $4, $5)
         ON CONFLICT (unique_key) DO NOTHING",
    )
    .bind(kind)
    .bind(unique_key)
    .bind(payload)
    .bind(run_at)
    .bind(now)
    .execute(&mut *conn)
    .await
    .context("queueing a job")?;
    Ok(done.rows_affected() == 1)
}

pub async fn claim(db: &Db, limit: i64, now: i64, lease_until: i64) -> anyhow::Result<Vec<Claimed>> {
    sqlx::query_as(db.claim_jobs_sql())
        .bind(now)
        .bind(limit)
        .bind(lease_until)
        .fetch_all(&db.pool)
        .await
        .context("claiming jobs")
}

/// Done: the row goes; its unique key is free again (a later, new job may reuse it). Only
/// while the claim is still ours (`attempts` is what our claim set), so a worker that lost its
/// lease cannot touch another's claim.
pub async fn complete(db: &Db, id: i64, attempts: i64) -> anyhow::Result<()> {
    sqlx::query("DELETE FROM jobs WHERE id = $1 AND state = 'running' AND attempts = $2")
        .bind(id)
        .bind(attempts)
        .execute(&db.pool)
        .await
        .context("completing a job")?;
    Ok(())
}

/// Give back a claimed job without running it (the claim does not count as an attempt).
pub async fn release(db: &Db, id: i64, attempts: i64) -> anyhow::Result<()> {
    sqlx::query(
        "UPDATE jobs SET state = 'queued', attempts = attempts - 1, locked_until = 0
         WHERE id = $1 AND state = 'running' AND attempts = $2",
    )
    .bind(id)
    .bind(attempts)
    .execute(&db.pool)
    .await
    .context("giving back a job")?;
    Ok(())
}

/// An error text fit to keep and show: a mail server's answer can quote the recipient's
/// address, so anything address-like is replaced, and the text is cut short.
pub fn redact(error: &str) -> String {
    let redacted: Vec<String> = error
        .split(' ')
        .map(|word| if word.contains('@') { "[address]".to_string() } else { word.to_string() })
        .collect();
    redacted.join(" ").chars().take(2000).collect()
}

/// Put a failed job back for later (or mark it dead), if the claim is still ours.
pub async fn fail(db: &Db, id: i64, attempts: i64, error: &str, dead: bool, retry_at: i64) -> anyhow::Result<()> {
    let error = redact(error);
    sqlx::query(
        "UPDATE jobs SET state = $3, last_error = $4, run_at = $5, locked_until = 0
         WHERE id = $1 AND state = 'running' AND attempts = $2",
    )
    .bind(id)
    .bind(attempts)
    .bind(if dead { "dead" } else { "queued" })
    .bind(error)
    .bind(retry_at)
    .execute(&db.pool)
    .await
    .context("recording a failed job")?;
    Ok(())
}

/// A coordinator's retry of a dead (or failing) job: run it again now, with a fresh count.
pub async fn retry(db: &Db, id: i64, now: i64) -> anyhow::Result<bool> {
    let done = sqlx::query("UPDATE jobs SET state = 'queued', attempts = 0, run_at = $2 WHERE id = $1 AND state IN ('dead', 'queued')")
        .bind(id)
        .bind(now)
        .execute(&db.pool)
        .await
        .context("retrying a job")?;
    Ok(done.rows_affected() == 1)
}

/// Jobs that failed at least once (still retrying, or dead), newest first.
pub async fn troubled(db: &Db, limit: i64, offset: i64) -> anyhow::Result<Vec<JobRow>> {
    sqlx::query_as(
        "SELECT id, kind, state, attempts, run_at, last_error, created_at FROM jobs
         WHERE state = 'dead' OR (state = 'queued' AND attempts > 0) ORDER BY created_at DESC, id DESC LIMIT $1 OFFSET $2",
    )
    .bind(limit)
    .bind(offset)
    .fetch_all(&db.pool)
    .await
    .context("listing failed jobs")
}

/// How many jobs `troubled` lists in all.
pub async fn troubled_count(db: &Db) -> anyhow::Result<i64> {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM jobs WHERE state = 'dead' OR (state = 'queued' AND attempts > 0)")
        .fetch_one(&db.pool)
        .await
        .context("counting failed jobs")?;
    Ok(n)
}

/// How many jobs are in each state.
pub async fn counts(db: &Db) -> anyhow::Result<Vec<(String, i64)>> {
    sqlx::query_as("SELECT state, COUNT(*) FROM jobs GROUP BY state ORDER BY state")
        .fetch_all(&db.pool)
        .await
        .context("counting jobs")
}

#[cfg(test)]
mod tests {
    #[test]
    fn addresses_never_reach_the_error_column() {
        let e = super::redact("sending a mail over SMTP: permanent error (550): <amal@example.org> unknown, also x@y.z");
        assert!(!e.contains("amal") && !e.contains("x@y"), "{e}");
        assert!(e.contains("550") && e.contains("[address]"));
    }
}

/// Queue many jobs of one kind at once, inside the caller's transaction: (unique key, payload)
/// each. Returns the unique keys that were queued (a key queued already is skipped).
pub async fn insert_many(conn: &mut sqlx::AnyConnection, kind: &str, jobs: &[(String, String)], run_at: i64, now: i64) -> anyhow::Result<Vec<String>> {
    if jobs.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "INSERT INTO jobs (kind, unique_key, payload, state, run_at, created_at) VALUES {} ON CONFLICT (unique_key) DO NOTHING RETURNING unique_key",
        crate::db::Params::for_conn(conn).rows(jobs.len(), 6)
    );
    // Only placeholders are spliced in.
    let mut q = sqlx::query_as::<_, (String,)>(sqlx::AssertSqlSafe(sql));
    for (key, payload) in jobs {
        q = q.bind(kind).bind(key.clone()).bind(payload.clone()).bind("queued").bind(run_at).bind(now);
    }
    let queued = q.fetch_all(&mut *conn).await.context("queueing jobs")?;
    Ok(queued.into_iter().map(|(k,)| k).collect())
}
