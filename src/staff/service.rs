//! The sign-in protocol and password changes, apart from the pages that show them, so that
//! the coming API and the command line apply the same rules: every name, real or not, takes
//! the same steps (a throttle claim, one Argon2 check against a real or dummy hash) so that
//! neither answer nor timing tells which names exist; repeated failures lock the name for a
//! while; a new session token at every sign-in; a password change ends every session.

use super::model::{self, Login, Staff};
use super::store;
use crate::crypto;
use crate::db::now;
use crate::error::AppResult;
use crate::state::AppState;

/// How a sign-in went.
pub enum SignIn {
    /// Signed in: the new session's token, and the device token (a new one when the browser
    /// brought none that is known), for the cookies.
    Ok { session: String, device: String },
    /// Too many failures for this name: try again in so many minutes.
    Locked { minutes: i64 },
    /// Wrong name or password (never which).
    Refused,
}

/// The throttle's key for a typed sign-in name: a keyed hash of it, trimmed and lower-cased,
/// whether or not such an account exists.
pub fn throttle_key(state: &AppState, typed: &str) -> String {
    crypto::keyed_hash(&state.keys.throttle, typed.trim().to_lowercase().as_bytes())
}

/// Check a password against a hash on the blocking pool, at most as many at once as there
/// are cores: each check takes ~19 MiB and ~25 ms, and a flood of sign-in attempts must not
/// be able to take the server's memory.
async fn verify(state: &AppState, password: String, hash: String) -> AppResult<bool> {
    let _permit = state.password_work.acquire().await.map_err(|e| anyhow::anyhow!("password work queue: {e}"))?;
    let ok = tokio::task::spawn_blocking(move || model::verify_password(&password, &hash))
        .await
        .map_err(|e| anyhow::anyhow!("password check task: {e}"))?;
    Ok(ok)
}

/// Check a typed name and password; on success start a new session.
/// Sign in. `device` is the device cookie the browser brought, if any: a browser that signed in
/// as this name before is throttled on its own, so strangers guessing the name (and locking it)
/// never lock out the person at their usual browser.
pub async fn sign_in(state: &AppState, typed: &str, password: String, device: Option<String>) -> AppResult<SignIn> {
    if password.chars().count() > model::MAX_PASSWORD_CHARS || typed.is_empty() {
        return Ok(SignIn::Refused);
    }
    let now = now();
    let known = match (&device, Login::parse(typed)) {
        (Some(token), Ok(login)) => store::known_device(&state.db, &crypto::token_hash(token), &login).await?,
        _ => false,
    };
    let key = match (&device, known) {
        (Some(token), true) => format!("{}:{}", throttle_key(state, typed), &crypto::token_hash(token)[..16]),
        _ => throttle_key(state, typed),
    };
    if let store::Attempt::Locked(seconds) = store::claim_attempt(&state.db, &key, now).await? {
        tracing::info!("sign-in refused: name temporarily locked");
        return Ok(SignIn::Locked { minutes: (seconds + 59) / 60 });
    }
    let account = match Login::parse(typed) {
        Ok(login) => store::find_by_login(&state.db, &login).await?,
        Err(_) => None,
    };
    let hash = account.as_ref().map(|a| a.password_hash.clone()).unwrap_or_else(|| model::dummy_hash().to_string());
    let ok = verify(state, password, hash).await? && account.is_some();
    let Some(account) = account.filter(|_| ok) else {
        tracing::info!("sign-in failed");
        return Ok(SignIn::Refused);
    };
    store::attempt_succeeded(&state.db, &key).await?;
    // A new session id at every sign-in.
    let token = crypto::random_token();
    store::sign_in(&state.db, account.id, &crypto::token_hash(&token), now).await?;
    let device = match device.filter(|_| known) {
        Some(device) => device,
        None => {
            let device = crypto::random_token();
            store::add_device(&state.db, account.id, &crypto::token_hash(&device), now).await?;
            device
        }
    };
    tracing::info!(staff_id = %account.id, "signed in");
    Ok(SignIn::Ok { session: token, device })
}

/// End every session of the account, on every device.
pub async fn sign_out(state: &AppState, staff: &Staff) -> AppResult<()> {
    let ended = store::end_all_sessions(&state.db, staff.id).await?;
    tracing::info!(staff_id = %staff.id, ended, "signed out");
    Ok(())
}

/// How a password change went.
pub enum PasswordChange {
    /// Changed; every session of the account has ended.
    Changed,
    Locked { minutes: i64 },
    /// Refused: the message id and the form field it is about.
    Refused { message: crate::text::Problem, field: &'static str },
}

/// Change one's own password; guessing the current one from a session left open is
/// throttled like a sign-in.
pub async fn change_password(state: &AppState, staff: &Staff, current: String, new: String, repeat: String) -> AppResult<PasswordChange> {
    if let Err(message) = model::check_new_password(&new) {
        return Ok(PasswordChange::Refused { message, field: "new" });
    }
    if new != repeat {
        return Ok(PasswordChange::Refused { message: "password-mismatch".into(), field: "repeat" });
    }
    let wrong = PasswordChange::Refused { message: "password-wrong".into(), field: "current" };
    let Some(account) = store::find_by_id(&state.db, staff.id).await? else { return Ok(wrong) };
    let key = throttle_key(state, &account.login);
    if let store::Attempt::Locked(seconds) = store::claim_attempt(&state.db, &key, now()).await? {
        return Ok(PasswordChange::Locked { minutes: (seconds + 59) / 60 });
    }
    if !verify(state, current, account.password_hash.clone()).await? {
        return Ok(wrong);
    }
    store::attempt_succeeded(&state.db, &key).await?;
    let new_hash = {
        let _permit = state.password_work.acquire().await.map_err(|e| anyhow::anyhow!("password work queue: {e}"))?;
        tokio::task::spawn_blocking(move || model::hash_password(&new)).await.map_err(|e| anyhow::anyhow!("password task: {e}"))??
    };
    store::set_password(&state.db, staff.id, &new_hash, now()).await?;
    tracing::info!(staff_id = %staff.id, "password changed; all sessions ended");
    Ok(PasswordChange::Changed)
}
