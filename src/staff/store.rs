//! SQL for staff accounts and sessions.

use anyhow::Context;

use super::model::{Login, Role, StaffId};
use crate::db::Db;

#[derive(sqlx::FromRow, Debug)]
pub struct StaffRow {
    pub id: StaffId,
    pub login: String,
    pub role: Role,
    pub password_hash: String,
}

#[derive(sqlx::FromRow, Debug)]
pub struct SessionRow {
    pub staff_id: StaffId,
    pub login: String,
    pub role: Role,
    pub created_at: i64,
    pub last_seen_at: i64,
}

pub async fn count(db: &Db) -> anyhow::Result<i64> {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM staff").fetch_one(&db.pool).await.context("counting staff")?;
    Ok(n)
}

/// Create an account; `Ok(None)` when the sign-in name is taken.
pub async fn create(db: &Db, login: &Login, role: Role, password_hash: &str, now: i64) -> anyhow::Result<Option<StaffId>> {
    let row: Option<(StaffId,)> = sqlx::query_as(
        "INSERT INTO staff (login, role, password_hash, created_at, password_changed_at) VALUES ($1, $2, $3, $4, $4)
         ON CONFLICT (login) DO NOTHING RETURNING id",
    )
    .bind(login.as_str())
    .bind(role)
    .bind(password_hash)
    .bind(now)
    .fetch_optional(&db.pool)
    .await
    .context("creating a staff account")?;
    Ok(row.map(|(id,)| id))
}

pub async fn find_by_login(db: &Db, login: &Login) -> anyhow::Result<Option<StaffRow>> {
    sqlx::query_as(
        "SELECT id, login, role, password_hash FROM staff WHERE login = $1",
    )
    .bind(login.as_str())
    .fetch_optional(&db.pool)
    .await
    .context("looking up a staff account")
}

pub async fn find_by_id(db: &Db, id: StaffId) -> anyhow::Result<Option<StaffRow>> {
    sqlx::query_as("SELECT id, login, role, password_hash FROM staff WHERE id = $1")
        .bind(id)
        .fetch_optional(&db.pool)
        .await
        .context("looking up a staff account")
}

/// The outcome of claiming a sign-in attempt for a name.
#[derive(Debug, PartialEq, Eq)]
pub enum Attempt {
    /// Go ahead and check the password.
    Allowed,
    /// Locked for this many more seconds: do not check anything.
    Locked(i64),
}

/// Claim one attempt for `name_key`, atomically, *before* the password is checked: the
/// attempt counts as failed until `attempt_succeeded` says otherwise. From the fifth failure
/// on, claiming an attempt locks the name at once (one minute, doubling, at most an hour), so
/// that parallel guesses cannot slip in while the first ones are being checked.
pub async fn claim_attempt(db: &Db, name_key: &str, now: i64) -> anyhow::Result<Attempt> {
    sqlx::query("INSERT INTO login_throttle (name_key, failures, locked_until, updated_at) VALUES ($1, 0, 0, $2) ON CONFLICT (name_key) DO NOTHING")
        .bind(name_key)
        .bind(now)
        .execute(&db.pool)
        .await
        .context("recording a sign-in attempt")?;
    // The lock lengths of `model::lock_seconds`, spelt out for SQL (the new failure count is
    // `failures + 1`).
    let claimed: Option<(i64,)> = sqlx::query_as(
        "UPDATE login_throttle SET failures = failures + 1, updated_at = $2,
           locked_until = CASE
             WHEN failures + 1 < 5 THEN locked_until
             WHEN failures + 1 = 5 THEN $2 + 60
             WHEN failures + 1 = 6 THEN $2 + 120
             WHEN failures + 1 = 7 THEN $2 + 240
             WHEN failures + 1 = 8 THEN $2 + 480
             WHEN failures + 1 = 9 THEN $2 + 960
             WHEN failures + 1 = 10 THEN $2 + 1920
             ELSE $2 + 3600 END
         WHERE name_key = $1 AND locked_until <= $2 RETURNING failures",
    )
    .bind(name_key)
    .bind(now)
    .fetch_optional(&db.pool)
    .await
    .context("claiming a sign-in attempt")?;
    if claimed.is_some() {
        return Ok(Attempt::Allowed);
    }
    let (until,): (i64,) = sqlx::query_as("SELECT locked_until FROM login_throttle WHERE name_key = $1")
        .bind(name_key)
        .fetch_one(&db.pool)
        .await
        .context("reading a sign-in lock")?;
    Ok(Attempt::Locked((until - now).max(1)))
}

/// The password was right: forget the failures.
pub async fn attempt_succeeded(db: &Db, name_key: &str) -> anyhow::Result<()> {
    sqlx::query("DELETE FROM login_throttle WHERE name_key = $1")
        .bind(name_key)
        .execute(&db.pool)
        .await
        .context("clearing sign-in failures")?;
    Ok(())
}

/// Forget names not tried for a day (their locks ended long before).
pub async fn purge_throttle(db: &Db, now: i64) -> anyhow::Result<u64> {
    let done = sqlx::query("DELETE FROM login_throttle WHERE updated_at < $1 AND locked_until < $2")
        .bind(now - 86_400)
        .bind(now)
        .execute(&db.pool)
        .await
        .context("purging the sign-in throttle")?;
    Ok(done.rows_affected())
}

/// A successful sign-in: open a session.
pub async fn sign_in(db: &Db, id: StaffId, token_hash: &str, now: i64) -> anyhow::Result<()> {
    sqlx::query("INSERT INTO sessions (token_hash, staff_id, created_at, last_seen_at) VALUES ($1, $2, $3, $3)")
        .bind(token_hash)
        .bind(id)
        .bind(now)
        .execute(&db.pool)
        .await
        .context("opening a session")?;
    Ok(())
}

pub async fn find_session(db: &Db, token_hash: &str) -> anyhow::Result<Option<SessionRow>> {
    sqlx::query_as(
        "SELECT s.staff_id, st.login, st.role, s.created_at, s.last_seen_at
         FROM sessions s JOIN staff st ON st.id = s.staff_id WHERE s.token_hash = $1",
    )
    .bind(token_hash)
    .fetch_optional(&db.pool)
    .await
    .context("looking up a session")
}

pub async fn touch_session(db: &Db, token_hash: &str, now: i64) -> anyhow::Result<()> {
    sqlx::query("UPDATE sessions SET last_seen_at = $2 WHERE token_hash = $1")
        .bind(token_hash)
        .bind(now)
        .execute(&db.pool)
        .await
        .context("refreshing a session")?;
    Ok(())
}

pub async fn delete_session(db: &Db, token_hash: &str) -> anyhow::Result<()> {
    sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
        .bind(token_hash)
        .execute(&db.pool)
        .await
        .context("deleting a session")?;
    Ok(())
}

/// End every session of an account (sign-out, password change).
pub async fn end_all_sessions(db: &Db, id: StaffId) -> anyhow::Result<u64> {
    let done = sqlx::query("DELETE FROM sessions WHERE staff_id = $1")
        .bind(id)
        .execute(&db.pool)
        .await
        .context("ending sessions")?;
    Ok(done.rows_affected())
}

/// Set a new password and end every session of the account, in one transaction.
pub async fn set_password(db: &Db, id: StaffId, password_hash: &str, now: i64) -> anyhow::Result<()> {
    let mut tx = db.begin_write().await?;
    sqlx::query(
        "UPDATE staff SET password_hash = $2, password_changed_at = $3 WHERE id = $1",
    )
    .bind(id)
    .bind(password_hash)
    .bind(now)
    .execute(&mut *tx)
    .await
    .context("storing a new password")?;
    sqlx::query("DELETE FROM sessions WHERE staff_id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await
        .context("ending sessions")?;
    // Known browsers are known no more: a new password starts afresh everywhere.
    sqlx::query("DELETE FROM staff_devices WHERE staff_id = $1").bind(id).execute(&mut *tx).await.context("forgetting devices")?;
    tx.commit().await.context("committing password change")?;
    Ok(())
}

/// Remove sessions past either timeout; run now and then so the table does not grow.
pub async fn purge_expired_sessions(db: &Db, now: i64, idle_secs: i64, max_secs: i64) -> anyhow::Result<u64> {
    let done = sqlx::query("DELETE FROM sessions WHERE last_seen_at < $1 OR created_at < $2")
        .bind(now - idle_secs)
        .bind(now - max_secs)
        .execute(&db.pool)
        .await
        .context("purging expired sessions")?;
    Ok(done.rows_affected())
}

/// A browser that signed in as `staff` (the hash of its device cookie).
pub async fn add_device(db: &Db, staff: StaffId, token_hash: &str, now: i64) -> anyhow::Result<()> {
    sqlx::query("INSERT INTO staff_devices (token_hash, staff_id, created_at) VALUES ($1, $2, $3) ON CONFLICT (token_hash) DO NOTHING")
        .bind(token_hash)
        .bind(staff)
        .bind(now)
        .execute(&db.pool)
        .await
        .context("remembering a device")?;
    Ok(())
}

/// Whether this device cookie (by hash) signed in as the account named `login` before.
pub async fn known_device(db: &Db, token_hash: &str, login: &Login) -> anyhow::Result<bool> {
    let row: Option<(i64,)> = sqlx::query_as(
        "SELECT d.created_at FROM staff_devices d JOIN staff s ON s.id = d.staff_id WHERE d.token_hash = $1 AND s.login = $2",
    )
    .bind(token_hash)
    .bind(login.as_str())
    .fetch_optional(&db.pool)
    .await
    .context("checking a device")?;
    Ok(row.is_some())
}
