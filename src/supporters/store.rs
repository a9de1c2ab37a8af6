//! SQL for supporters and their consents. Every personal field is encrypted here, on the way
//! in, and decrypted here, on the way out; nothing above this module sees a ciphertext.

use anyhow::Context;

use super::model::{CountryCode, Email, PersonName, SupporterId};
use crate::crypto::{FieldKeys, FieldRef};
use crate::db::Db;
use crate::i18n::Lang;

const TABLE: &str = "supporters";
const EMAIL_DOMAIN: &str = "email";

pub fn at(column: &'static str, id: SupporterId) -> FieldRef<'static> {
    FieldRef::new(TABLE, column, id)
}

/// A supporter as read back, decrypted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Supporter {
    pub id: SupporterId,
    pub email: String,
    pub name: Option<String>,
    pub country: Option<String>,
    pub lang: Lang,
    pub created_at: i64,
    /// Own-page links made in another epoch no longer work (see `service::own_link`).
    pub link_epoch: i64,
}

pub struct NewSupporter {
    pub email: Email,
    pub name: Option<PersonName>,
    pub country: Option<CountryCode>,
    pub lang: Lang,
}

#[derive(sqlx::FromRow)]
struct Row {
    id: SupporterId,
    email_ct: Vec<u8>,
    name_ct: Option<Vec<u8>>,
    country: Option<String>,
    lang: Lang,
    created_at: i64,
    link_epoch: i64,
}

fn decrypt_row(keys: &FieldKeys, r: Row) -> anyhow::Result<Supporter> {
    let id = r.id;
    let email = String::from_utf8(keys.decrypt(at("email", id), &r.email_ct)?).context("email is not text")?;
    let name = match r.name_ct {
        Some(ct) => Some(String::from_utf8(keys.decrypt(at("name", id), &ct)?).context("name is not text")?),
        None => None,
    };
    Ok(Supporter { id, email, name, country: r.country, lang: r.lang, created_at: r.created_at, link_epoch: r.link_epoch })
}

/// The supporter with this email, if there is one: candidates by blind index (under every key,
/// for a rotation in progress), then decrypted and compared, since a 64-bit index may collide.
pub async fn find_by_email(conn: &mut sqlx::AnyConnection, keys: &FieldKeys, email: &Email) -> anyhow::Result<Option<SupporterId>> {
    for bidx in keys.blind_indexes(EMAIL_DOMAIN, email.as_str()) {
        let candidates: Vec<(SupporterId, Vec<u8>)> = sqlx::query_as("SELECT id, email_ct FROM supporters WHERE email_bidx = $1")
            .bind(bidx.to_vec())
            .fetch_all(&mut *conn)
            .await
            .context("looking up supporters by email")?;
        for (id, ct) in candidates {
            if keys.decrypt(at("email", id), &ct)? == email.as_str().as_bytes() {
                return Ok(Some(id));
            }
        }
    }
    Ok(None)
}

/// The supporter with this email, created if there is none. Must run inside the caller's
/// transaction: the email's slot row is locked first, so two sign-ups with the same email,
/// at the same moment, on any engine, make one supporter. Returns the id and whether it is new.
pub async fn find_or_create(
    tx: &mut sqlx::AnyConnection,
    keys: &FieldKeys,
    new: &NewSupporter,
    now: i64,
) -> anyhow::Result<(SupporterId, bool)> {
    let bidx = keys.blind_index(EMAIL_DOMAIN, new.email.as_str()).to_vec();
    sqlx::query("INSERT INTO email_slots (bidx) VALUES ($1) ON CONFLICT (bidx) DO UPDATE SET bidx = excluded.bidx")
        .bind(bidx.clone())
        .execute(&mut *tx)
        .await
        .context("locking an email slot")?;
    if let Some(id) = find_by_email(tx, keys, &new.email).await? {
        return Ok((id, false));
    }
    // Counted as sent no confirmation mail yet today (day 0): the caller counts its own.
    let id = insert_many(tx, keys, &[new], now, 0).await?.into_iter().next().context("the new supporter's id")?;
    Ok((id, true))
}

pub async fn load(db: &Db, keys: &FieldKeys, id: SupporterId) -> anyhow::Result<Option<Supporter>> {
    let row: Option<Row> = sqlx::query_as("SELECT id, email_ct, name_ct, country, lang, created_at, link_epoch FROM supporters WHERE id = $1")
        .bind(id)
        .fetch_optional(&db.pool)
        .await
        .context("loading a supporter")?;
    row.map(|r| decrypt_row(keys, r)).transpose()
}

/// A pending person's name becomes the one typed last, as long as nothing of theirs is
/// confirmed (then the name belongs to what they confirmed and stays).
pub async fn rename_if_unconfirmed(conn: &mut sqlx::AnyConnection, keys: &FieldKeys, id: SupporterId, name: &PersonName, confirmed_table: &'static str) -> anyhow::Result<()> {
    // `confirmed_table` is a code constant (signatures today).
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "UPDATE supporters SET name_ct = $2 WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM {confirmed_table} x WHERE x.supporter_id = $1 AND x.confirmed = 1)"
    )))
    .bind(id)
    .bind(keys.encrypt(at("name", id), name.as_str().as_bytes()))
    .execute(&mut *conn)
    .await
    .context("renaming a pending supporter")?;
    Ok(())
}

/// Record a consent (or its withdrawal) to hear from `org`, with where and in which language it
/// was given, inside the caller's transaction.
pub async fn set_consent(
    tx: &mut sqlx::AnyConnection,
    id: SupporterId,
    org: &str,
    granted: bool,
    source: &str,
    lang: Lang,
    now: i64,
) -> anyhow::Result<()> {
    sqlx::query(
        "INSERT INTO consents (supporter_id, org, granted, source, lang, changed_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (supporter_id, org) DO UPDATE SET granted = excluded.granted, source = excluded.source,
           lang = excluded.lang, changed_at = excluded.changed_at",
    )
    .bind(id)
    .bind(org)
    .bind(i64::from(granted))
    .bind(source)
    .bind(lang.code())
    .bind(now)
    .execute(&mut *tx)
    .await
    .context("recording a consent")?;
    sqlx::query("INSERT INTO consent_events (supporter_id, org, granted, source, lang, at) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(id)
        .bind(org)
        .bind(i64::from(granted))
        .bind(source)
        .bind(lang.code())
        .bind(now)
        .execute(&mut *tx)
        .await
        .context("recording a consent event")?;
    Ok(())
}

/// Whether the person withdrew (this consent, or everything by unsubscribing) at or after
/// `typed_at`, when the boxes now being confirmed were ticked: a later no wins over them.
pub async fn withdrawn_since(conn: &mut sqlx::AnyConnection, supporter: SupporterId, org: &str, typed_at: i64) -> anyhow::Result<bool> {
    let row: Option<(i64,)> = sqlx::query_as(
        "SELECT CAST(1 AS BIGINT) FROM supporters s WHERE s.id = $1 AND (s.unsubscribed_at >= $3
           OR EXISTS (SELECT 1 FROM consents c WHERE c.supporter_id = s.id AND c.org = $2 AND c.granted = 0 AND c.changed_at >= $3))",
    )
    .bind(supporter)
    .bind(org)
    .bind(typed_at)
    .fetch_optional(&mut *conn)
    .await
    .context("reading a later withdrawal")?;
    Ok(row.is_some())
}

/// Record a consent change in a transaction of its own.
pub async fn set_consent_now(db: &Db, id: SupporterId, org: &str, granted: bool, source: &str, lang: Lang, now: i64) -> anyhow::Result<()> {
    let mut tx = db.begin_write().await?;
    set_consent(&mut tx, id, org, granted, source, lang, now).await?;
    tx.commit().await.context("committing a consent change")?;
    Ok(())
}

/// Withdraw every consent this person has given (unsubscribing), with the history of each.
/// False when there is no such person.
pub async fn withdraw_all(db: &Db, id: SupporterId, source: &str, lang: Lang, now: i64) -> anyhow::Result<bool> {
    let mut tx = db.begin_write().await?;
    // Remembered, so that a confirmation of details typed before it records no consent.
    let exists: Option<(i64,)> = sqlx::query_as("UPDATE supporters SET unsubscribed_at = $2 WHERE id = $1 RETURNING id")
        .bind(id)
        .bind(now)
        .fetch_optional(&mut *tx)
        .await
        .context("finding a supporter")?;
    if exists.is_none() {
        return Ok(false);
    }
    let granted: Vec<(String,)> = sqlx::query_as("SELECT org FROM consents WHERE supporter_id = $1 AND granted = 1")
        .bind(id)
        .fetch_all(&mut *tx)
        .await
        .context("reading consents")?;
    for (org,) in granted {
        set_consent(&mut tx, id, &org, false, source, lang, now).await?;
    }
    tx.commit().await.context("committing an unsubscribe")?;
    Ok(true)
}

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow, serde::Serialize)]
pub struct Consent {
    pub org: String,
    pub granted: i64,
    pub source: String,
    pub lang: String,
    pub changed_at: i64,
}

pub async fn consents(db: &Db, id: SupporterId) -> anyhow::Result<Vec<Consent>> {
    sqlx::query_as("SELECT org, granted, source, lang, changed_at FROM consents WHERE supporter_id = $1 ORDER BY org")
        .bind(id)
        .fetch_all(&db.pool)
        .await
        .context("loading consents")
}

/// Everything stored about a person, decrypted, for them to download.
pub async fn export(db: &Db, keys: &FieldKeys, id: SupporterId) -> anyhow::Result<Option<serde_json::Value>> {
    let Some(s) = load(db, keys, id).await? else { return Ok(None) };
    let events: Vec<Consent> = sqlx::query_as(
        "SELECT org, granted, source, lang, at AS changed_at FROM consent_events WHERE supporter_id = $1 ORDER BY at, id",
    )
    .bind(id)
    .fetch_all(&db.pool)
    .await
    .context("loading consent history")?;
    Ok(Some(serde_json::json!({
        "email": s.email,
        "name": s.name,
        "country": s.country,
        "language": s.lang.code(),
        "since": s.created_at,
        "consents": consents(db, id).await?,
        "consent_history": events,
    })))
}

/// Erase a person: their row, consents and history go (cascade), and their email slot too when
/// no one else shares it.
pub async fn erase(db: &Db, id: SupporterId) -> anyhow::Result<bool> {
    let mut tx = db.begin_write().await?;
    // Delete first and learn the index from what was deleted: no read that could go stale.
    let bidx: Option<(Vec<u8>,)> = sqlx::query_as("DELETE FROM supporters WHERE id = $1 RETURNING email_bidx")
        .bind(id)
        .fetch_optional(&mut *tx)
        .await
        .context("erasing a supporter")?;
    let Some((bidx,)) = bidx else { return Ok(false) };
    sqlx::query("DELETE FROM email_slots WHERE bidx = $1 AND NOT EXISTS (SELECT 1 FROM supporters WHERE email_bidx = $1)")
        .bind(bidx)
        .execute(&mut *tx)
        .await
        .context("freeing an email slot")?;
    tx.commit().await.context("committing erasure")?;
    // On SQLite the overwritten pages reach the database file only at a checkpoint: until then
    // the file still holds the old ones (the WAL the new). Erased means gone from the file now.
    db.checkpoint().await?;
    Ok(true)
}

/// How many supporters still have fields under an older key.
pub async fn count_on_old_keys(db: &Db, keys: &FieldKeys) -> anyhow::Result<i64> {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM supporters WHERE key_id <> $1")
        .bind(i64::from(keys.current_id()))
        .fetch_one(&db.pool)
        .await
        .context("counting supporters on old keys")?;
    Ok(n)
}

/// Move up to `limit` supporters to the current key: every field re-encrypted, the blind
/// index recomputed, in one transaction per batch. Safe to stop at any point and run again:
/// each row records its key. Returns how many rows moved.
pub async fn rotate_batch(db: &Db, keys: &FieldKeys, limit: i64) -> anyhow::Result<usize> {
    let current = i64::from(keys.current_id());
    let mut tx = db.begin_write().await?;
    let rows: Vec<(SupporterId, Vec<u8>, Vec<u8>, Option<Vec<u8>>)> =
        sqlx::query_as("SELECT id, email_bidx, email_ct, name_ct FROM supporters WHERE key_id <> $1 ORDER BY id LIMIT $2")
            .bind(current)
            .bind(limit)
            .fetch_all(&mut *tx)
            .await
            .context("reading a rotation batch")?;
    let n = rows.len();
    let mut old_indexes = Vec::with_capacity(n);
    for (id, old_bidx, email_ct, name_ct) in rows {
        old_indexes.push(old_bidx);
        let r = (email_ct, name_ct);
        let email = keys.decrypt(at("email", id), &r.0)?;
        let email_text = String::from_utf8(email.clone()).context("email is not text")?;
        let bidx = keys.blind_index(EMAIL_DOMAIN, &email_text).to_vec();
        sqlx::query("INSERT INTO email_slots (bidx) VALUES ($1) ON CONFLICT (bidx) DO NOTHING")
            .bind(bidx.clone())
            .execute(&mut *tx)
            .await
            .context("adding an email slot")?;
        sqlx::query("UPDATE supporters SET email_bidx = $2, email_ct = $3, name_ct = $4, key_id = $5 WHERE id = $1")
            .bind(id)
            .bind(bidx)
            .bind(keys.encrypt(at("email", id), &email))
            .bind(r.1.map(|ct| keys.reencrypt(at("name", id), &ct)).transpose()?)
            .bind(current)
            .execute(&mut *tx)
            .await
            .context("re-encrypting a supporter")?;
    }
    // The old indexes' slots go, unless another supporter still has that index.
    for old in old_indexes {
        sqlx::query("DELETE FROM email_slots WHERE bidx = $1 AND NOT EXISTS (SELECT 1 FROM supporters WHERE email_bidx = $1)")
            .bind(old)
            .execute(&mut *tx)
            .await
            .context("clearing an old email slot")?;
    }
    tx.commit().await.context("committing a rotation batch")?;
    Ok(n)
}

/// Many sign-ups at once (the signature intake's batches), inside the caller's transaction:
/// lock every email's slot (in index order, so that two processes never wait on each other in
/// a circle), then find each email's supporter by blind index and decryption. `None` for an
/// email nobody has yet. The emails must be distinct.
pub async fn find_many_by_email(tx: &mut sqlx::AnyConnection, keys: &FieldKeys, emails: &[&Email]) -> anyhow::Result<Vec<Option<SupporterId>>> {
    if emails.is_empty() {
        return Ok(Vec::new());
    }
    let mut slots: Vec<Vec<u8>> = emails.iter().map(|e| keys.blind_index(EMAIL_DOMAIN, e.as_str()).to_vec()).collect();
    slots.sort();
    slots.dedup();
    let values = crate::db::Params::for_conn(tx).rows(slots.len(), 1);
    let sql = format!("INSERT INTO email_slots (bidx) VALUES {values} ON CONFLICT (bidx) DO UPDATE SET bidx = excluded.bidx");
    // Only numbered placeholders are spliced in.
    let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
    for s in &slots {
        q = q.bind(s.clone());
    }
    q.execute(&mut *tx).await.context("locking email slots")?;
    // Every index an email may have (one per key, during a rotation).
    let mut wanted: Vec<Vec<u8>> = emails.iter().flat_map(|e| keys.blind_indexes(EMAIL_DOMAIN, e.as_str())).map(|b| b.to_vec()).collect();
    wanted.sort();
    wanted.dedup();
    let sql = format!("SELECT id, email_ct FROM supporters WHERE email_bidx IN ({})", crate::db::Params::for_conn(tx).list(wanted.len()));
    let mut q = sqlx::query_as::<_, (SupporterId, Vec<u8>)>(sqlx::AssertSqlSafe(sql));
    for w in wanted {
        q = q.bind(w);
    }
    let candidates = q.fetch_all(&mut *tx).await.context("looking up supporters by email")?;
    let mut found = vec![None; emails.len()];
    for (id, ct) in candidates {
        let plain = keys.decrypt(at("email", id), &ct)?;
        if let Some(i) = emails.iter().position(|e| e.as_str().as_bytes() == plain.as_slice()) {
            found[i] = Some(id);
        }
    }
    Ok(found)
}

/// Insert new supporters at once (their slots locked by `find_many_by_email`), each counted as
/// having been sent one confirmation mail on `mail_day`. Returns their ids, in order.
pub async fn insert_many(tx: &mut sqlx::AnyConnection, keys: &FieldKeys, news: &[&NewSupporter], now: i64, mail_day: i64) -> anyhow::Result<Vec<SupporterId>> {
    if news.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "INSERT INTO supporters (id, email_bidx, email_ct, name_ct, key_id, country, lang, created_at, updated_at, mail_day, mails_that_day) VALUES {}",
        crate::db::Params::for_conn(tx).rows(news.len(), 11)
    );
    let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
    let mut ids = Vec::with_capacity(news.len());
    for new in news {
        let id = SupporterId::generate();
        ids.push(id);
        q = q
            .bind(id)
            .bind(keys.blind_index(EMAIL_DOMAIN, new.email.as_str()).to_vec())
            .bind(keys.encrypt(at("email", id), new.email.as_str().as_bytes()))
            .bind(new.name.as_ref().map(|n| keys.encrypt(at("name", id), n.as_str().as_bytes())))
            .bind(i64::from(keys.current_id()))
            .bind(new.country.as_ref().map(|c| c.as_str().to_string()))
            .bind(new.lang.code())
            .bind(now)
            .bind(now)
            .bind(mail_day)
            .bind(1i64);
    }
    q.execute(&mut *tx).await.context("adding supporters")?;
    Ok(ids)
}

/// Delete the people created before `before` who have nothing left: no row in any of `tables`
/// (each has a `supporter_id` column; the capabilities that keep people name them) and no
/// consent given; then the email slots nobody uses. Returns how many people went.
pub async fn purge_unattached(db: &Db, before: i64, tables: &[&'static str]) -> anyhow::Result<u64> {
    let kept: String = tables.iter().map(|t| format!(" AND NOT EXISTS (SELECT 1 FROM {t} x WHERE x.supporter_id = supporters.id)")).collect();
    // Only the code's table names are spliced in.
    let people = sqlx::query(sqlx::AssertSqlSafe(format!(
        "DELETE FROM supporters WHERE created_at < $1{kept}
           AND NOT EXISTS (SELECT 1 FROM consents c WHERE c.supporter_id = supporters.id AND c.granted = 1)"
    )))
    .bind(before)
    .execute(&db.pool)
    .await
    .context("purging people with nothing left")?
    .rows_affected();
    if people > 0 {
        sqlx::query("DELETE FROM email_slots WHERE NOT EXISTS (SELECT 1 FROM supporters s WHERE s.email_bidx = email_slots.bidx)")
            .execute(&db.pool)
            .await
            .context("purging unused email slots")?;
    }
    Ok(people)
}

/// End every own-page link sent so far: the next mail carries a new one.
pub async fn end_own_links(db: &Db, id: SupporterId) -> anyhow::Result<()> {
    sqlx::query("UPDATE supporters SET link_epoch = link_epoch + 1 WHERE id = $1").bind(id).execute(&db.pool).await.context("ending own-page links")?;
    Ok(())
}
