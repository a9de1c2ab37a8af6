//! SQL for staff accounts and sessions.

use anyhow::Context;

use super::model::{Login, Role, StaffId};
use crate::db::Db;

#[derive(sqlx::FromRow, Debug)]
pub struct StaffRow {
    pub id: i64,
    pub login: String,
    pub role: String,
    pub password_hash: String,
    pub failed_logins: i64,
    pub locked_until: i64,
}

#[derive(sqlx::FromRow, Debug)]
pub struct SessionRow {
    pub staff_id: i64,
    pub login: String,
    pub role: String,
    pub created_at: i64,
    pub last_seen_at: i64,
}

pub async fn count(db: &Db) -> anyhow::Result<i64> {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM staff").fetch_one(&db.pool).await.context("counting staff")?;
    Ok(n)
}

/// Create an account; `Ok(None)` when the sign-in name is taken.
pub async fn create(db: &Db, login: &Login, role: Role, password_hash: &str, now: i64) -> anyhow::Result<Option<StaffId>> {
    let row: Option<(i64,)> = sqlx::query_as(
        "INSERT INTO staff (login, role, password_hash, created_at, password_changed_at) VALUES ($1, $2, $3, $4, $4)
         ON CONFLICT (login) DO NOTHING RETURNING id",
    )
    .bind(login.as_str())
    .bind(role.as_str())
    .bind(password_hash)
    .bind(now)
    .fetch_optional(&db.pool)
    .await
    .context("creating a staff account")?;
    Ok(row.map(|(id,)| StaffId(id)))
}

pub async fn find_by_login(db: &Db, login: &Login) -> anyhow::Result<Option<StaffRow>> {
    sqlx::query_as(
        "SELECT id, login, role, password_hash, failed_logins, locked_until FROM staff WHERE login = $1",
    )
    .bind(login.as_str())
    .fetch_optional(&db.pool)
    .await
    .context("looking up a staff account")
}

pub async fn find_by_id(db: &Db, id: StaffId) -> anyhow::Result<Option<StaffRow>> {
    sqlx::query_as("SELECT id, login, role, password_hash, failed_logins, locked_until FROM staff WHERE id = $1")
        .bind(id.0)
        .fetch_optional(&db.pool)
        .await
        .context("looking up a staff account")
}

/// Count a failed sign-in and lock the account when the count calls for it.
/// Returns the number of consecutive failures.
pub async fn record_failure(db: &Db, id: StaffId, now: i64) -> anyhow::Result<i64> {
    let (failures,): (i64,) =
        sqlx::query_as("UPDATE staff SET failed_logins = failed_logins + 1 WHERE id = $1 RETURNING failed_logins")
            .bind(id.0)
            .fetch_one(&db.pool)
            .await
            .context("recording a failed sign-in")?;
    let lock = super::model::lock_seconds(failures);
    if lock > 0 {
        sqlx::query("UPDATE staff SET locked_until = $2 WHERE id = $1")
            .bind(id.0)
            .bind(now + lock)
            .execute(&db.pool)
            .await
            .context("locking an account")?;
    }
    Ok(failures)
}

/// A successful sign-in: clear the failure count and open a session, in one transaction.
pub async fn sign_in(db: &Db, id: StaffId, token_hash: &str, now: i64) -> anyhow::Result<()> {
    let mut tx = db.pool.begin().await.context("beginning sign-in")?;
    sqlx::query("UPDATE staff SET failed_logins = 0, locked_until = 0 WHERE id = $1")
        .bind(id.0)
        .execute(&mut *tx)
        .await
        .context("clearing failed sign-ins")?;
    sqlx::query("INSERT INTO sessions (token_hash, staff_id, created_at, last_seen_at) VALUES ($1, $2, $3, $3)")
        .bind(token_hash)
        .bind(id.0)
        .bind(now)
        .execute(&mut *tx)
        .await
        .context("opening a session")?;
    tx.commit().await.context("committing sign-in")?;
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
        .bind(id.0)
        .execute(&db.pool)
        .await
        .context("ending sessions")?;
    Ok(done.rows_affected())
}

/// Set a new password and end every session of the account, in one transaction.
pub async fn set_password(db: &Db, id: StaffId, password_hash: &str, now: i64) -> anyhow::Result<()> {
    let mut tx = db.pool.begin().await.context("beginning password change")?;
    sqlx::query(
        "UPDATE staff SET password_hash = $2, password_changed_at = $3, failed_logins = 0, locked_until = 0 WHERE id = $1",
    )
    .bind(id.0)
    .bind(password_hash)
    .bind(now)
    .execute(&mut *tx)
    .await
    .context("storing a new password")?;
    sqlx::query("DELETE FROM sessions WHERE staff_id = $1")
        .bind(id.0)
        .execute(&mut *tx)
        .await
        .context("ending sessions")?;
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
