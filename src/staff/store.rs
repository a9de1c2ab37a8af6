//! SQL for staff accounts and sessions.

use anyhow::Context;

use super::model::{Login, OrganisationId, Role, StaffId};
use crate::db::Db;

#[derive(sqlx::FromRow, Debug)]
pub struct StaffRow {
    pub id: StaffId,
    pub login: String,
    pub role: Role,
    pub password_hash: String,
    pub organisation_id: Option<OrganisationId>,
    pub disabled_at: Option<i64>,
    /// The two-factor secret, encrypted (bound to `staff.totp_secret`, the row id); `None` until enrolled.
    pub totp_secret_ct: Option<Vec<u8>>,
}

const STAFF_COLUMNS: &str = "id, login, role, password_hash, organisation_id, disabled_at, totp_secret_ct";

#[derive(sqlx::FromRow, Debug)]
pub struct SessionRow {
    pub staff_id: StaffId,
    pub login: String,
    pub role: Role,
    pub organisation_id: Option<OrganisationId>,
    /// 1 when the account has two-factor sign-in.
    pub two_factor: i64,
    pub created_at: i64,
    pub last_seen_at: i64,
}

pub async fn count(db: &Db) -> anyhow::Result<i64> {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM staff").fetch_one(&db.pool).await.context("counting staff")?;
    Ok(n)
}

/// Create an account; `Ok(None)` when the sign-in name is taken. An organisation's admin or
/// staff names its organisation; the coalition's staff name none.
pub async fn create(db: &Db, login: &Login, role: Role, organisation: Option<OrganisationId>, password_hash: &str, now: i64) -> anyhow::Result<Option<StaffId>> {
    anyhow::ensure!(role.of_organisation() == organisation.is_some(), "a {} account {} an organisation", role.as_str(), if organisation.is_some() { "names no" } else { "needs" });
    let row: Option<(StaffId,)> = sqlx::query_as(
        "INSERT INTO staff (login, role, organisation_id, password_hash, created_at, password_changed_at) VALUES ($1, $2, $3, $4, $5, $5)
         ON CONFLICT (login) DO NOTHING RETURNING id",
    )
    .bind(login.as_str())
    .bind(role)
    .bind(organisation)
    .bind(password_hash)
    .bind(now)
    .fetch_optional(&db.pool)
    .await
    .context("creating a staff account")?;
    Ok(row.map(|(id,)| id))
}

pub async fn find_by_login(db: &Db, login: &Login) -> anyhow::Result<Option<StaffRow>> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {STAFF_COLUMNS} FROM staff WHERE login = $1")))
    .bind(login.as_str())
    .fetch_optional(&db.pool)
    .await
    .context("looking up a staff account")
}

pub async fn find_by_id(db: &Db, id: StaffId) -> anyhow::Result<Option<StaffRow>> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {STAFF_COLUMNS} FROM staff WHERE id = $1")))
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

/// A successful sign-in: open a session (waiting for the second factor when `awaiting_code`).
pub async fn sign_in(db: &Db, id: StaffId, token_hash: &str, now: i64, awaiting_code: bool) -> anyhow::Result<()> {
    sqlx::query("INSERT INTO sessions (token_hash, staff_id, created_at, last_seen_at, awaiting_code) VALUES ($1, $2, $3, $3, $4)")
        .bind(token_hash)
        .bind(id)
        .bind(now)
        .bind(i64::from(awaiting_code))
        .execute(&db.pool)
        .await
        .context("opening a session")?;
    Ok(())
}

/// A live session (`awaiting_code` false), or one opened by the password and waiting for the
/// second factor (true). A disabled account has none, nor has the account of an organisation
/// that is not (or no longer) approved.
pub async fn find_session(db: &Db, token_hash: &str, awaiting_code: bool) -> anyhow::Result<Option<SessionRow>> {
    sqlx::query_as(
        "SELECT s.staff_id, st.login, st.role, st.organisation_id, CASE WHEN st.totp_secret_ct IS NULL THEN 0 ELSE 1 END AS two_factor,
           s.created_at, s.last_seen_at
         FROM sessions s JOIN staff st ON st.id = s.staff_id WHERE s.token_hash = $1 AND st.disabled_at IS NULL AND s.awaiting_code = $2
           AND (st.organisation_id IS NULL OR EXISTS (SELECT 1 FROM organisations o WHERE o.id = st.organisation_id AND o.status = 'approved'))",
    )
    .bind(token_hash)
    .bind(i64::from(awaiting_code))
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

/// The second factor was given: the session becomes usable, under a new token (the one that
/// waited for the code is never the one that works).
pub async fn code_given(db: &Db, waiting_hash: &str, new_hash: &str, now: i64) -> anyhow::Result<bool> {
    let done = sqlx::query("UPDATE sessions SET token_hash = $2, awaiting_code = 0, created_at = $3, last_seen_at = $3 WHERE token_hash = $1 AND awaiting_code = 1")
        .bind(waiting_hash)
        .bind(new_hash)
        .bind(now)
        .execute(&db.pool)
        .await
        .context("completing a sign-in")?;
    Ok(done.rows_affected() == 1)
}

/// One session of an account, as its owner sees it (by the hash of its token).
#[derive(sqlx::FromRow, Debug, Clone)]
pub struct SessionInfo {
    pub token_hash: String,
    pub created_at: i64,
    pub last_seen_at: i64,
}

pub async fn sessions_of(db: &Db, id: StaffId) -> anyhow::Result<Vec<SessionInfo>> {
    sqlx::query_as("SELECT token_hash, created_at, last_seen_at FROM sessions WHERE staff_id = $1 AND awaiting_code = 0 ORDER BY last_seen_at DESC LIMIT 100")
        .bind(id)
        .fetch_all(&db.pool)
        .await
        .context("listing sessions")
}

/// End one session of an account (by its token's hash); only that account's.
pub async fn end_session(db: &Db, id: StaffId, token_hash: &str) -> anyhow::Result<bool> {
    let done = sqlx::query("DELETE FROM sessions WHERE staff_id = $1 AND token_hash = $2")
        .bind(id)
        .bind(token_hash)
        .execute(&db.pool)
        .await
        .context("ending a session")?;
    Ok(done.rows_affected() == 1)
}

/// An account as the accounts page lists it.
#[derive(sqlx::FromRow, Debug, Clone)]
pub struct AccountRow {
    pub id: StaffId,
    pub login: String,
    pub role: Role,
    pub organisation_id: Option<OrganisationId>,
    pub organisation_name: Option<String>,
    pub disabled_at: Option<i64>,
    pub two_factor: i64,
    pub created_at: i64,
}

/// Every account (`None`) or one organisation's, by sign-in name, a page at a time.
pub async fn accounts(db: &Db, organisation: Option<OrganisationId>, limit: i64, offset: i64) -> anyhow::Result<Vec<AccountRow>> {
    sqlx::query_as(
        "SELECT s.id, s.login, s.role, s.organisation_id, o.name AS organisation_name, s.disabled_at,
           CASE WHEN s.totp_secret_ct IS NULL THEN 0 ELSE 1 END AS two_factor, s.created_at
         FROM staff s LEFT JOIN organisations o ON o.id = s.organisation_id
         WHERE $1 IS NULL OR s.organisation_id = $1 ORDER BY s.login LIMIT $2 OFFSET $3",
    )
    .bind(organisation)
    .bind(limit)
    .bind(offset)
    .fetch_all(&db.pool)
    .await
    .context("listing staff accounts")
}

pub async fn account_count(db: &Db, organisation: Option<OrganisationId>) -> anyhow::Result<i64> {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM staff WHERE $1 IS NULL OR organisation_id = $1")
        .bind(organisation)
        .fetch_one(&db.pool)
        .await
        .context("counting staff accounts")?;
    Ok(n)
}

pub async fn set_role(db: &Db, id: StaffId, role: Role) -> anyhow::Result<()> {
    sqlx::query("UPDATE staff SET role = $2 WHERE id = $1").bind(id).bind(role).execute(&db.pool).await.context("changing a role")?;
    Ok(())
}

/// Disable an account and end its sessions at once (one transaction), or enable it again.
pub async fn set_disabled(db: &Db, id: StaffId, disabled: bool, now: i64) -> anyhow::Result<()> {
    let mut tx = db.begin_write().await?;
    sqlx::query("UPDATE staff SET disabled_at = $2 WHERE id = $1")
        .bind(id)
        .bind(disabled.then_some(now))
        .execute(&mut *tx)
        .await
        .context("disabling an account")?;
    if disabled {
        sqlx::query("DELETE FROM sessions WHERE staff_id = $1").bind(id).execute(&mut *tx).await.context("ending sessions")?;
    }
    tx.commit().await.context("committing an account change")?;
    Ok(())
}

/// An invitation, as its link finds it.
#[derive(sqlx::FromRow, Debug, Clone)]
pub struct Invitation {
    pub token_hash: String,
    pub role: Role,
    pub organisation_id: Option<OrganisationId>,
    pub lang: crate::i18n::Lang,
    pub expires_at: i64,
    pub accepted_at: Option<i64>,
}

pub async fn add_invitation(db: &Db, token_hash: &str, role: Role, organisation: Option<OrganisationId>, by: StaffId, lang: crate::i18n::Lang, now: i64, expires_at: i64) -> anyhow::Result<()> {
    sqlx::query("INSERT INTO staff_invitations (token_hash, role, organisation_id, invited_by, lang, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)")
        .bind(token_hash)
        .bind(role)
        .bind(organisation)
        .bind(by)
        .bind(lang)
        .bind(now)
        .bind(expires_at)
        .execute(&db.pool)
        .await
        .context("adding an invitation")?;
    Ok(())
}

pub async fn find_invitation(db: &Db, token_hash: &str) -> anyhow::Result<Option<Invitation>> {
    sqlx::query_as("SELECT token_hash, role, organisation_id, lang, expires_at, accepted_at FROM staff_invitations WHERE token_hash = $1")
        .bind(token_hash)
        .fetch_optional(&db.pool)
        .await
        .context("reading an invitation")
}

/// Accept an invitation: the account is made and the invitation used, together; `Ok(None)`
/// when the sign-in name is taken or the invitation was used or expired meanwhile.
pub async fn accept_invitation(db: &Db, inv: &Invitation, login: &Login, password_hash: &str, now: i64) -> anyhow::Result<Option<StaffId>> {
    let mut tx = db.begin_write().await?;
    let used = sqlx::query("UPDATE staff_invitations SET accepted_at = $2 WHERE token_hash = $1 AND accepted_at IS NULL AND expires_at > $2")
        .bind(&inv.token_hash)
        .bind(now)
        .execute(&mut *tx)
        .await
        .context("using an invitation")?;
    if used.rows_affected() != 1 {
        return Ok(None);
    }
    let row: Option<(StaffId,)> = sqlx::query_as(
        "INSERT INTO staff (login, role, organisation_id, password_hash, created_at, password_changed_at) VALUES ($1, $2, $3, $4, $5, $5)
         ON CONFLICT (login) DO NOTHING RETURNING id",
    )
    .bind(login.as_str())
    .bind(inv.role)
    .bind(inv.organisation_id)
    .bind(password_hash)
    .bind(now)
    .fetch_optional(&mut *tx)
    .await
    .context("creating an invited account")?;
    if row.is_none() {
        // The name is taken: the invitation stays usable.
        return Ok(None);
    }
    tx.commit().await.context("committing an invitation")?;
    Ok(row.map(|(id,)| id))
}

/// Two-factor secrets, encrypted: the pending one (shown for enrolment) and the live one.
pub async fn totp_secrets(db: &Db, id: StaffId) -> anyhow::Result<(Option<Vec<u8>>, Option<Vec<u8>>, Option<i64>)> {
    let row: Option<(Option<Vec<u8>>, Option<Vec<u8>>, Option<i64>)> =
        sqlx::query_as("SELECT totp_pending_ct, totp_secret_ct, totp_last_step FROM staff WHERE id = $1").bind(id).fetch_optional(&db.pool).await.context("reading two-factor secrets")?;
    Ok(row.unwrap_or((None, None, None)))
}

pub async fn set_totp_pending(db: &Db, id: StaffId, ct: &[u8]) -> anyhow::Result<()> {
    sqlx::query("UPDATE staff SET totp_pending_ct = $2 WHERE id = $1").bind(id).bind(ct.to_vec()).execute(&db.pool).await.context("storing an enrolment secret")?;
    Ok(())
}

/// Enrolment done: the pending secret becomes the live one (re-encrypted by the caller for its
/// new place), with the step of the code that proved it and fresh recovery codes (hashed).
pub async fn enable_totp(db: &Db, id: StaffId, secret_ct: &[u8], step: i64, recovery_hashes: &[String]) -> anyhow::Result<()> {
    let mut tx = db.begin_write().await?;
    sqlx::query("UPDATE staff SET totp_secret_ct = $2, totp_last_step = $3, totp_pending_ct = NULL WHERE id = $1")
        .bind(id)
        .bind(secret_ct.to_vec())
        .bind(step)
        .execute(&mut *tx)
        .await
        .context("enabling two-factor sign-in")?;
    sqlx::query("DELETE FROM staff_recovery_codes WHERE staff_id = $1").bind(id).execute(&mut *tx).await.context("replacing recovery codes")?;
    for hash in recovery_hashes {
        sqlx::query("INSERT INTO staff_recovery_codes (staff_id, code_hash) VALUES ($1, $2)").bind(id).bind(hash).execute(&mut *tx).await.context("storing a recovery code")?;
    }
    tx.commit().await.context("committing two-factor sign-in")?;
    Ok(())
}

/// Record the step of a code just used, only if it is later than any used before: of two
/// requests with the same code, one wins (replays fail even when they race).
pub async fn use_totp_step(db: &Db, id: StaffId, step: i64) -> anyhow::Result<bool> {
    let done = sqlx::query("UPDATE staff SET totp_last_step = $2 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)")
        .bind(id)
        .bind(step)
        .execute(&db.pool)
        .await
        .context("recording a two-factor code")?;
    Ok(done.rows_affected() == 1)
}

/// The hashes of an account's recovery codes not used yet.
pub async fn unused_recovery_codes(db: &Db, id: StaffId) -> anyhow::Result<Vec<String>> {
    let rows: Vec<(String,)> = sqlx::query_as("SELECT code_hash FROM staff_recovery_codes WHERE staff_id = $1 AND used_at IS NULL LIMIT 20")
        .bind(id)
        .fetch_all(&db.pool)
        .await
        .context("reading recovery codes")?;
    Ok(rows.into_iter().map(|(h,)| h).collect())
}

/// Use a recovery code (by its stored hash): once, even when two requests race.
pub async fn use_recovery_code(db: &Db, id: StaffId, hash: &str, now: i64) -> anyhow::Result<bool> {
    let done = sqlx::query("UPDATE staff_recovery_codes SET used_at = $3 WHERE staff_id = $1 AND code_hash = $2 AND used_at IS NULL")
        .bind(id)
        .bind(hash)
        .bind(now)
        .execute(&db.pool)
        .await
        .context("using a recovery code")?;
    Ok(done.rows_affected() == 1)
}

pub async fn recovery_codes_left(db: &Db, id: StaffId) -> anyhow::Result<i64> {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM staff_recovery_codes WHERE staff_id = $1 AND used_at IS NULL")
        .bind(id)
        .fetch_one(&db.pool)
        .await
        .context("counting recovery codes")?;
    Ok(n)
}

pub async fn setting(db: &Db, name: &str) -> anyhow::Result<Option<String>> {
    let row: Option<(String,)> = sqlx::query_as("SELECT value FROM settings WHERE name = $1").bind(name).fetch_optional(&db.pool).await.context("reading a setting")?;
    Ok(row.map(|(v,)| v))
}

pub async fn set_setting(db: &Db, name: &str, value: &str) -> anyhow::Result<()> {
    sqlx::query("INSERT INTO settings (name, value) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET value = excluded.value")
        .bind(name)
        .bind(value)
        .execute(&db.pool)
        .await
        .context("saving a setting")?;
    Ok(())
}

/// Turn an account's second factor off: secrets and recovery codes gone, sessions ended.
pub async fn reset_totp(db: &Db, id: StaffId) -> anyhow::Result<()> {
    let mut tx = db.begin_write().await?;
    sqlx::query("UPDATE staff SET totp_secret_ct = NULL, totp_pending_ct = NULL, totp_last_step = NULL WHERE id = $1").bind(id).execute(&mut *tx).await.context("resetting two-factor sign-in")?;
    sqlx::query("DELETE FROM staff_recovery_codes WHERE staff_id = $1").bind(id).execute(&mut *tx).await.context("removing recovery codes")?;
    sqlx::query("DELETE FROM sessions WHERE staff_id = $1").bind(id).execute(&mut *tx).await.context("ending sessions")?;
    tx.commit().await.context("committing a two-factor reset")?;
    Ok(())
}

/// Whether an account's organisation (if it has one) is approved: only then may it sign in.
pub async fn organisation_approved(db: &Db, organisation: Option<OrganisationId>) -> anyhow::Result<bool> {
    let Some(id) = organisation else { return Ok(true) };
    let row: Option<(String,)> = sqlx::query_as("SELECT status FROM organisations WHERE id = $1").bind(id).fetch_optional(&db.pool).await.context("reading an organisation's status")?;
    Ok(row.is_some_and(|(s,)| s == "approved"))
}
