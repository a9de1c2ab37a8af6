//! Key rotation for the encrypted fields of any table: each `{field}_ct` column is decrypted
//! and encrypted again under the current key, bound to the same (table, field, row id). The
//! supporters (whose blind indexes move too) and signatures have rotations of their own; every
//! other table with encrypted fields is listed in [`TABLES`], so `admin rotate-keys` leaves
//! nothing behind on a key it retires (a secret left behind would be lost with the key).

use anyhow::Context;

use crate::crypto::{FieldKeys, FieldRef};
use crate::db::Db;

/// A table with encrypted fields: its name, the fields (`{field}_ct` columns), and whether it
/// has a `key_id` column (without one, each ciphertext's own key id is read).
pub struct Encrypted {
    pub table: &'static str,
    pub fields: &'static [&'static str],
    pub key_column: bool,
}

/// Every table with encrypted fields beyond supporters and signatures.
pub const TABLES: &[Encrypted] = &[
    Encrypted { table: "organisations", fields: &["contact_name", "contact_email"], key_column: true },
    Encrypted { table: "events", fields: &["address", "organiser_name", "organiser_email"], key_column: true },
    Encrypted { table: "staff", fields: &["totp_secret", "totp_pending"], key_column: false },
    Encrypted { table: "rsvps", fields: &["name"], key_column: false },
    Encrypted { table: "event_messages", fields: &["body"], key_column: false },
    Encrypted { table: "targets", fields: &["emails", "phones"], key_column: true },
    Encrypted { table: "letters", fields: &["subject", "body", "signed"], key_column: false },
];

fn select(t: &Encrypted, current: i64, limit: i64) -> String {
    let cols = t.fields.iter().map(|f| format!("{f}_ct")).collect::<Vec<_>>().join(", ");
    if t.key_column {
        format!("SELECT id, {cols} FROM {} WHERE key_id <> {current} ORDER BY id LIMIT {limit}", t.table)
    } else {
        format!("SELECT id, {cols} FROM {} ORDER BY id", t.table)
    }
}

/// Rows of `t` with a field on a key other than the current one.
async fn stale_rows(conn: &mut sqlx::AnyConnection, keys: &FieldKeys, t: &Encrypted, limit: i64) -> anyhow::Result<Vec<(i64, Vec<Option<Vec<u8>>>)>> {
    use sqlx::Row;
    let current = keys.current_id();
    let rows = sqlx::query(sqlx::AssertSqlSafe(select(t, i64::from(current), limit)))
        .fetch_all(&mut *conn)
        .await
        .with_context(|| format!("reading {} for key rotation", t.table))?;
    let mut out = Vec::new();
    for row in rows {
        let id: i64 = row.try_get(0)?;
        let mut cts = Vec::new();
        for i in 0..t.fields.len() {
            cts.push(row.try_get::<Option<Vec<u8>>, _>(i + 1)?);
        }
        let stale = t.key_column || cts.iter().flatten().any(|ct| FieldKeys::key_id_of(ct) != Some(current));
        if stale {
            out.push((id, cts));
        }
        if out.len() as i64 >= limit {
            break;
        }
    }
    Ok(out)
}

/// How many rows of every listed table are still on an older key.
pub async fn count_stale(db: &Db, keys: &FieldKeys) -> anyhow::Result<i64> {
    let mut conn = db.pool.acquire().await?;
    let mut n = 0;
    for t in TABLES {
        n += stale_rows(&mut conn, keys, t, i64::MAX / 2).await?.len() as i64;
    }
    Ok(n)
}

/// Move up to `limit` rows (of the first table that has any) to the current key, in one
/// transaction; the number moved (0: nothing is left).
pub async fn rotate_batch(db: &Db, keys: &FieldKeys, limit: i64) -> anyhow::Result<usize> {
    for t in TABLES {
        let mut tx = db.begin_write().await?;
        let rows = stale_rows(&mut tx, keys, t, limit).await?;
        if rows.is_empty() {
            continue;
        }
        let sets = t.fields.iter().enumerate().map(|(i, f)| format!("{f}_ct = ${}", i + 2)).collect::<Vec<_>>().join(", ");
        let key = if t.key_column { format!(", key_id = ${}", t.fields.len() + 2) } else { String::new() };
        let sql = format!("UPDATE {} SET {sets}{key} WHERE id = $1", t.table);
        let n = rows.len();
        for (id, cts) in rows {
            let mut q = sqlx::query(sqlx::AssertSqlSafe(sql.clone())).bind(id);
            for (field, ct) in t.fields.iter().zip(cts) {
                q = q.bind(ct.map(|ct| keys.reencrypt(FieldRef::new(t.table, field, RawId(id)), &ct)).transpose()?);
            }
            if t.key_column {
                q = q.bind(i64::from(keys.current_id()));
            }
            q.execute(&mut *tx).await.with_context(|| format!("re-encrypting a row of {}", t.table))?;
        }
        tx.commit().await.context("committing a rotation batch")?;
        return Ok(n);
    }
    Ok(0)
}

/// A row id read as a number (the rotation works on any table).
#[derive(Clone, Copy)]
struct RawId(i64);

impl crate::db::RowId for RawId {
    fn to_raw(self) -> i64 {
        self.0
    }
    fn from_raw(raw: i64) -> Self {
        RawId(raw)
    }
}
