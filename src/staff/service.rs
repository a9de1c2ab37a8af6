//! The sign-in protocol and password changes, apart from the pages that show them, so that
//! the coming API and the command line apply the same rules: every name, real or not, takes
//! the same steps (a throttle claim, one Argon2 check against a real or dummy hash) so that
//! neither answer nor timing tells which names exist; repeated failures lock the name for a
//! while; a new session token at every sign-in; a password change ends every session.

use super::model::{self, Login, Permission, Role, Staff};
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
    /// The password was right and the account has a second factor: this session token only
    /// opens the page where the code is typed.
    NeedsCode { session: String, device: String },
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
    if account.disabled_at.is_some() || !store::organisation_approved(&state.db, account.organisation_id).await? {
        tracing::info!("sign-in refused: account disabled, or its organisation not approved");
        return Ok(SignIn::Refused);
    }
    store::attempt_succeeded(&state.db, &key).await?;
    // A new session id at every sign-in.
    let token = crypto::random_token();
    let needs_code = account.totp_secret_ct.is_some();
    store::sign_in(&state.db, account.id, &crypto::token_hash(&token), now, needs_code).await?;
    let device = match device.filter(|_| known) {
        Some(device) => device,
        None => {
            let device = crypto::random_token();
            store::add_device(&state.db, account.id, &crypto::token_hash(&device), now).await?;
            device
        }
    };
    if needs_code {
        tracing::info!(staff_id = %account.id, "password accepted; waiting for the second factor");
        return Ok(SignIn::NeedsCode { session: token, device });
    }
    tracing::info!(staff_id = %account.id, "signed in");
    Ok(SignIn::Ok { session: token, device })
}

/// End every session of the account, on every device.
pub async fn sign_out(state: &AppState, staff: &Staff) -> AppResult<()> {
    let ended = store::end_all_sessions(&state.db, staff.id).await?;
    tracing::info!(staff_id = %staff.id, ended, "signed out");
    Ok(())
}

/// The account's own password, typed again before a sensitive change.
pub enum PasswordCheck {
    Right,
    Wrong,
    Locked { minutes: i64 },
}

/// Check the signed-in account's password (throttled like a sign-in).
pub async fn check_own_password(state: &AppState, staff: &Staff, typed: String) -> AppResult<PasswordCheck> {
    if typed.is_empty() || typed.chars().count() > model::MAX_PASSWORD_CHARS {
        return Ok(PasswordCheck::Wrong);
    }
    let Some(account) = store::find_by_id(&state.db, staff.id).await? else { return Ok(PasswordCheck::Wrong) };
    let key = throttle_key(state, &account.login);
    if let store::Attempt::Locked(seconds) = store::claim_attempt(&state.db, &key, now()).await? {
        return Ok(PasswordCheck::Locked { minutes: (seconds + 59) / 60 });
    }
    if !verify(state, typed, account.password_hash.clone()).await? {
        return Ok(PasswordCheck::Wrong);
    }
    store::attempt_succeeded(&state.db, &key).await?;
    Ok(PasswordCheck::Right)
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

use super::model::REQUIRE_TWO_FACTOR;

/// Where an account's two-factor secret is encrypted: bound to the staff row, and to whether it
/// is the pending or the live one (a pending secret cannot be moved into the live column).
fn totp_at(id: crate::staff::StaffId, column: &'static str) -> crypto::FieldRef<'static> {
    crypto::FieldRef::new("staff", column, id)
}

/// How typing the second factor went.
pub enum Code {
    /// Signed in: the usable session's new token.
    Ok { session: String },
    Locked { minutes: i64 },
    Refused,
}

/// The code (or a recovery code) typed after the password, for the session waiting for it.
/// Throttled per account like passwords; a code is good once, even under a race.
pub async fn give_code(state: &AppState, waiting_token: &str, typed: &str) -> AppResult<Code> {
    let hash = crypto::token_hash(waiting_token);
    let Some(row) = store::find_session(&state.db, &hash, true).await? else { return Ok(Code::Refused) };
    let now = now();
    if now - row.created_at > 600 {
        store::delete_session(&state.db, &hash).await?;
        return Ok(Code::Refused);
    }
    let key = format!("code:{}", row.staff_id);
    if let store::Attempt::Locked(seconds) = store::claim_attempt(&state.db, &key, now).await? {
        return Ok(Code::Locked { minutes: (seconds + 59) / 60 });
    }
    let (_, secret_ct, last_step) = store::totp_secrets(&state.db, row.staff_id).await?;
    let Some(secret_ct) = secret_ct else { return Ok(Code::Refused) };
    let secret = state.keys.fields.decrypt(totp_at(row.staff_id, "totp_secret"), &secret_ct)?;
    let ok = match super::totp::verify(&secret, typed, now, last_step) {
        Some(step) => store::use_totp_step(&state.db, row.staff_id, step).await?,
        None => {
            let code = super::totp::normalise_recovery_code(typed);
            match matching_recovery_code(state, row.staff_id, code).await? {
                Some(hash) => store::use_recovery_code(&state.db, row.staff_id, &hash, now).await?,
                None => false,
            }
        }
    };
    if !ok {
        tracing::info!("second factor refused");
        return Ok(Code::Refused);
    }
    store::attempt_succeeded(&state.db, &key).await?;
    let session = crypto::random_token();
    if !store::code_given(&state.db, &hash, &crypto::token_hash(&session), now).await? {
        return Ok(Code::Refused);
    }
    tracing::info!(staff_id = %row.staff_id, "signed in with a second factor");
    Ok(Code::Ok { session })
}

/// The stored hash a typed recovery code matches among the account's unused ones (Argon2id,
/// see `model::hash_recovery_code`), checked on the blocking pool within the password-work bound.
async fn matching_recovery_code(state: &AppState, id: crate::staff::StaffId, code: String) -> AppResult<Option<String>> {
    if code.is_empty() || code.len() > 64 {
        return Ok(None);
    }
    let hashes = store::unused_recovery_codes(&state.db, id).await?;
    let _permit = state.password_work.acquire().await.map_err(|e| anyhow::anyhow!("password work queue: {e}"))?;
    let found = tokio::task::spawn_blocking(move || hashes.into_iter().find(|h| model::verify_recovery_code(&code, h)))
        .await
        .map_err(|e| anyhow::anyhow!("recovery code task: {e}"))?;
    Ok(found)
}

/// What the enrolment page shows: the secret as text and as a QR code drawn on the server.
pub struct Enrolment {
    pub secret_text: String,
    pub qr_svg: String,
}

/// Start (or restart) enrolment: a new secret, kept pending until a code from it is typed.
pub async fn start_enrolment(state: &AppState, staff: &Staff, qr_label: &str) -> AppResult<Enrolment> {
    let secret = super::totp::new_secret();
    store::set_totp_pending(&state.db, staff.id, &state.keys.fields.encrypt(totp_at(staff.id, "totp_pending"), &secret)).await?;
    let issuer = state.cfg.base_url.split("://").nth(1).unwrap_or("tadamun").trim_end_matches('/').to_string();
    let uri = super::totp::otpauth_uri(&secret, &format!("tadamun {issuer}"), &staff.login);
    Ok(Enrolment { secret_text: super::totp::secret_text(&secret), qr_svg: super::totp::qr_svg(&uri, qr_label) })
}

/// Finish enrolment with a code from the app: two-factor sign-in is on, and the recovery
/// codes (shown once, stored hashed) are returned. `None`: the code does not match.
pub async fn finish_enrolment(state: &AppState, staff: &Staff, typed: &str) -> AppResult<Option<Vec<String>>> {
    let (pending, _, _) = store::totp_secrets(&state.db, staff.id).await?;
    let Some(pending) = pending else { return Ok(None) };
    let secret = state.keys.fields.decrypt(totp_at(staff.id, "totp_pending"), &pending)?;
    let Some(step) = super::totp::verify(&secret, typed, now(), None) else { return Ok(None) };
    let codes = super::totp::recovery_codes();
    let normalised: Vec<String> = codes.iter().map(|c| super::totp::normalise_recovery_code(c)).collect();
    let hashes = tokio::task::spawn_blocking(move || normalised.iter().map(|c| model::hash_recovery_code(c)).collect::<anyhow::Result<Vec<String>>>())
        .await
        .map_err(|e| anyhow::anyhow!("recovery code task: {e}"))??;
    let live = state.keys.fields.encrypt(totp_at(staff.id, "totp_secret"), &secret);
    store::enable_totp(&state.db, staff.id, &live, step, &hashes).await?;
    crate::audit::store::record(&state.db, staff, "staff-two-factor-on", None, &staff.login, now()).await?;
    tracing::info!(staff_id = %staff.id, "two-factor sign-in enabled");
    Ok(Some(codes))
}

/// How long an invitation link works.
pub const INVITATION_DAYS: i64 = 7;

/// The roles `by` may give, and for which organisation: coordinators any role (an
/// organisation's roles for an approved organisation); an organisation's admin its own
/// organisation's roles only.
pub fn may_give(by: &Staff, role: Role, organisation: Option<crate::staff::OrganisationId>) -> bool {
    if role.of_organisation() != organisation.is_some() {
        return false;
    }
    if by.may(Permission::ManageAllStaff) {
        return true;
    }
    by.may(Permission::ManageOrgStaff) && role.of_organisation() && organisation.is_some() && organisation == by.organisation
}

/// Invite someone: an invitation link (its token stored hashed, working for
/// [`INVITATION_DAYS`]) mailed at once to `email`, which is not kept. The audit log names the
/// role, never the address.
pub async fn invite(state: &AppState, by: &Staff, role: Role, organisation: Option<crate::staff::OrganisationId>, email: &crate::supporters::model::Email, lang: crate::i18n::Lang) -> AppResult<bool> {
    if !may_give(by, role, organisation) {
        return Err(crate::error::AppError::Forbidden);
    }
    let token = crypto::random_token();
    let now = now();
    store::add_invitation(&state.db, &crypto::token_hash(&token), role, organisation, by.id, lang, now, now + INVITATION_DAYS * 86_400).await?;
    let tr = |id: &str, args: &[(&str, crate::i18n::Arg<'_>)]| state.i18n.tr(lang, id, args);
    let role_name = tr(role.label_id(), &[]);
    // Say what the invitation is for, so that a real one can be told from a phishing mail.
    let site = state.cfg.base_url.clone();
    let mut paragraphs = vec![tr("invite-mail-intro", &[("role", crate::i18n::Arg::Str(&role_name))]), tr("invite-context-site", &[("site", crate::i18n::Arg::Str(&site))])];
    if let Some(org) = organisation
        && let Some(o) = crate::organisations::store::find(&state.db, org).await?
    {
        paragraphs.push(tr("invite-context-organisation", &[("organisation", crate::i18n::Arg::Str(&o.name))]));
    }
    paragraphs.push(tr("invite-mail-expires", &[("count", crate::i18n::Arg::Count(INVITATION_DAYS))]));
    let notice = crate::mail::Notice {
        lang,
        subject: tr("invite-mail-subject", &[]),
        paragraphs,
        link: Some((tr("invite-mail-button", &[]), format!("{}/{lang}/staff/invitation/{token}", state.cfg.base_url))),
    };
    let mail = notice.outgoing(email.as_str(), &format!("invitation:{}", crypto::token_hash(&token)), &state.mailer.from_address())?;
    if let Err(e) = state.mailer.send(&mail).await {
        tracing::warn!(error = format!("{e:#}"), "an invitation could not be mailed");
        return Ok(false);
    }
    crate::audit::store::record_about(&state.db, by, "staff-invited", None, organisation, role.as_str(), now).await?;
    Ok(true)
}

/// An invitation its link names, while it can be used.
pub async fn invitation(state: &AppState, token: &str) -> AppResult<Option<store::Invitation>> {
    if token.len() != 64 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Ok(None);
    }
    Ok(store::find_invitation(&state.db, &crypto::token_hash(token)).await?.filter(|i| i.accepted_at.is_none() && i.expires_at > now()))
}

/// How accepting an invitation went.
pub enum Accept {
    Done,
    /// The problem, for the named field.
    Refused { message: crate::text::Problem, field: &'static str },
}

pub async fn accept(state: &AppState, inv: &store::Invitation, login: &str, password: String, repeat: String) -> AppResult<Accept> {
    let login = match Login::parse(login) {
        Ok(l) => l,
        Err(id) => return Ok(Accept::Refused { message: id.into(), field: "login" }),
    };
    if let Err(message) = model::check_new_password(&password) {
        return Ok(Accept::Refused { message, field: "password" });
    }
    if password != repeat {
        return Ok(Accept::Refused { message: "password-mismatch".into(), field: "repeat" });
    }
    let hash = {
        let _permit = state.password_work.acquire().await.map_err(|e| anyhow::anyhow!("password work queue: {e}"))?;
        tokio::task::spawn_blocking(move || model::hash_password(&password)).await.map_err(|e| anyhow::anyhow!("password task: {e}"))??
    };
    match store::accept_invitation(&state.db, inv, &login, &hash, now()).await? {
        Some(id) => {
            tracing::info!(staff_id = %id, "invitation accepted");
            Ok(Accept::Done)
        }
        None => Ok(Accept::Refused { message: "invite-error-login-taken".into(), field: "login" }),
    }
}

/// The accounts `by` may manage: every one for coordinators, their organisation's for its admins.
pub fn scope(by: &Staff) -> AppResult<Option<crate::staff::OrganisationId>> {
    if by.may(Permission::ManageAllStaff) {
        return Ok(None);
    }
    Ok(Some(by.own_organisation(Permission::ManageOrgStaff)?))
}

/// Load an account `by` may manage (never their own: nobody locks themselves out by a click).
pub async fn managed(state: &AppState, by: &Staff, id: crate::staff::StaffId) -> AppResult<store::StaffRow> {
    let row = store::find_by_id(&state.db, id).await?.ok_or(crate::error::AppError::NotFound)?;
    let allowed = match scope(by)? {
        None => true,
        Some(org) => row.organisation_id == Some(org),
    };
    if !allowed {
        return Err(crate::error::AppError::NotFound);
    }
    if row.id == by.id {
        return Err(crate::error::AppError::Forbidden);
    }
    Ok(row)
}

/// Give an account another role, within what `by` may give (an organisation's accounts stay
/// with their organisation).
pub async fn change_role(state: &AppState, by: &Staff, id: crate::staff::StaffId, role: Role) -> AppResult<()> {
    let row = managed(state, by, id).await?;
    if !may_give(by, role, row.organisation_id) {
        return Err(crate::error::AppError::Forbidden);
    }
    store::set_role(&state.db, row.id, role).await?;
    crate::audit::store::record_about(&state.db, by, "staff-role-changed", None, row.organisation_id, &format!("{}: {}", row.login, role.as_str()), now()).await?;
    Ok(())
}

/// Disable an account (its sessions end at once) or enable it again.
pub async fn set_disabled(state: &AppState, by: &Staff, id: crate::staff::StaffId, disabled: bool) -> AppResult<()> {
    let row = managed(state, by, id).await?;
    store::set_disabled(&state.db, row.id, disabled, now()).await?;
    let action = if disabled { "staff-disabled" } else { "staff-enabled" };
    crate::audit::store::record_about(&state.db, by, action, None, row.organisation_id, &row.login, now()).await?;
    Ok(())
}

/// Require (or stop requiring) two-factor sign-in of every account. Coordinators only.
pub async fn require_two_factor(state: &AppState, by: &Staff, on: bool) -> AppResult<()> {
    by.require(Permission::ManageAllStaff)?;
    store::set_setting(&state.db, REQUIRE_TWO_FACTOR, if on { "1" } else { "0" }).await?;
    crate::audit::store::record(&state.db, by, if on { "two-factor-required" } else { "two-factor-optional" }, None, "", now()).await?;
    Ok(())
}

/// A coordinator turns off another account's second factor (a lost phone, no recovery code
/// left): the account enrols again at its next sign-in when two factors are required.
pub async fn reset_two_factor(state: &AppState, by: &Staff, id: crate::staff::StaffId) -> AppResult<()> {
    by.require(Permission::ManageAllStaff)?;
    let row = managed(state, by, id).await?;
    store::reset_totp(&state.db, row.id).await?;
    crate::audit::store::record_about(&state.db, by, "staff-two-factor-reset", None, row.organisation_id, &row.login, now()).await?;
    Ok(())
}
