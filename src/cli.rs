//! The subcommands other than `serve`: migrations and staff accounts from the shell.
//! Passwords are generated and printed once to the terminal, never logged.

use anyhow::{Context, bail};

use crate::config::{AdminCommand, Config};
use crate::db::{Db, now};
use crate::staff::{Login, Role, model, store};

pub async fn migrate(cfg: &Config) -> anyhow::Result<()> {
    let db = Db::connect(&cfg.database_url).await?;
    db.migrate().await?;
    println!("Database is up to date.");
    Ok(())
}

pub async fn admin(cfg: &Config, command: &AdminCommand) -> anyhow::Result<()> {
    let db = Db::connect(&cfg.database_url).await?;
    db.migrate().await?;
    match command {
        AdminCommand::CreateCoordinator { login } => {
            let login = Login::parse(login).map_err(|_| anyhow::anyhow!("a sign-in name is 3 to 64 of a-z 0-9 . _ -"))?;
            let password = model::generate_password();
            let hash = model::hash_password(&password)?;
            if store::create(&db, &login, Role::Coordinator, None, &hash, now()).await?.is_none() {
                bail!("an account named {} exists already", login.as_str());
            }
            println!("Created coordinator {}.\nPassword (shown once): {password}", login.as_str());
        }
        AdminCommand::ResetPassword { login } => {
            let login = Login::parse(login).map_err(|_| anyhow::anyhow!("a sign-in name is 3 to 64 of a-z 0-9 . _ -"))?;
            let account = store::find_by_login(&db, &login).await?.with_context(|| format!("no account named {}", login.as_str()))?;
            let password = model::generate_password();
            let hash = model::hash_password(&password)?;
            store::set_password(&db, account.id, &hash, now()).await?;
            println!("New password for {} (shown once): {password}\nEvery session of the account has ended.", login.as_str());
        }
        AdminCommand::ResetTwoFactor { login } => {
            let login = Login::parse(login).map_err(|_| anyhow::anyhow!("a sign-in name is 3 to 64 of a-z 0-9 . _ -"))?;
            let account = store::find_by_login(&db, &login).await?.with_context(|| format!("no account named {}", login.as_str()))?;
            store::reset_totp(&db, account.id).await?;
            println!("Two-factor sign-in of {} is off; every session of the account has ended.", login.as_str());
        }
        AdminCommand::RotateKeys { batch } => rotate_keys(cfg, &db, (*batch).clamp(1, 100_000)).await?,
    }
    Ok(())
}

#[derive(askama::Template)]
#[template(path = "mail/test.html")]
struct TestMailHtml<'a> {
    lang: crate::i18n::Lang,
    subject: &'a str,
    body: &'a str,
}

/// Send one test mail with the configured transport and say where it went.
pub async fn send_test_mail(cfg: &Config, to: &str, lang: &str) -> anyhow::Result<()> {
    use askama::Template;
    let lang = crate::i18n::Lang::parse(lang).context("--lang must be ar or en")?;
    let i18n = crate::i18n::I18n::load()?;
    let mailer = crate::mail::Mailer::new(&cfg.mail, cfg.outbox_dir())?;
    let subject = i18n.tr(lang, "mail-test-subject", &[]);
    let body = i18n.tr(lang, "mail-test-body", &[]);
    let html = TestMailHtml { lang, subject: &subject, body: &body }.render().context("rendering the test mail")?;
    let key = format!("test-mail:{}", crate::crypto::random_token());
    let mail = crate::mail::Outgoing {
        to: to.to_string(),
        lang,
        subject,
        text: body,
        html,
        message_id: crate::mail::message_id(&key, &mailer.from_address()),
        unsubscribe: None,
        attachment: None,
    };
    let sent = mailer.send(&mail).await?;
    println!("Test mail sent: {sent}");
    Ok(())
}

/// Rotate the field-encryption key. Resumable: if rows are still on an older key (an earlier
/// run stopped), it carries on with the current key instead of adding another.
async fn rotate_keys(cfg: &Config, db: &Db, batch: i64) -> anyhow::Result<()> {
    use crate::crypto::FieldKeys;
    use crate::supporters::store;
    let path = cfg.key_file();
    let _exclusive = crate::crypto::lock_keyring_exclusive(&path)?;
    let mut ring = crate::db::keys::open_keyring(db, &path).await?;
    let mut keys = FieldKeys::new(&ring);
    use crate::petitions::store as signatures;
    async fn stale(db: &Db, keys: &FieldKeys) -> anyhow::Result<i64> {
        Ok(crate::supporters::store::count_on_old_keys(db, keys).await? + crate::petitions::store::count_on_old_keys(db, keys).await? + crate::db::rotate::count_stale(db, keys).await?)
    }
    let mut left = stale(db, &keys).await?;
    if left == 0 {
        let id = ring.add_key(&path)?;
        crate::db::keys::register(db, &ring).await?;
        keys = FieldKeys::new(&ring);
        left = stale(db, &keys).await?;
        println!("Added key {id} to {}; re-encrypting {left} rows (supporters, signatures, organisations, events, staff second factors).", path.display());
    } else {
        println!("Continuing an earlier rotation to key {}: {left} rows left.", keys.current_id());
    }
    let total = left;
    let mut done = 0;
    loop {
        let mut n = store::rotate_batch(db, &keys, batch).await?;
        if n == 0 {
            n = signatures::rotate_batch(db, &keys, batch).await?;
        }
        if n == 0 {
            n = crate::db::rotate::rotate_batch(db, &keys, batch).await?;
        }
        if n == 0 {
            break;
        }
        done += n as i64;
        println!("re-encrypted {done} of {total}");
    }
    let retired = ring.retire_old_keys(&path)?;
    crate::db::keys::retire(db, &retired).await?;
    println!("Done. Retired keys {retired:?}; the key file now holds key {} only.", ring.current().0);
    Ok(())
}
