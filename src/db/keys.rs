//! The database remembers which keys its data is encrypted with (`key_register`), so that a
//! key file that does not belong to it is refused at start instead of making its data
//! unreadable: a missing key file is never replaced by a new key for a database that holds
//! data, a key file from before a rotation (another machine's copy, an old backup) is refused,
//! and so is one whose key differs from the one the database knows under that number.

use std::path::Path;

use anyhow::{Context, bail};

use super::Db;
use crate::crypto::{Keyring, load_or_create_keyring, read_keyring};

/// (key id, check value, retired)
async fn registered(db: &Db) -> anyhow::Result<Vec<(i64, String, bool)>> {
    let rows: Vec<(i64, String, i64)> =
        sqlx::query_as("SELECT key_id, check_value, retired FROM key_register ORDER BY key_id").fetch_all(&db.pool).await.context("reading the key register")?;
    Ok(rows.into_iter().map(|(id, check, retired)| (id, check, retired != 0)).collect())
}

async fn holds_data(db: &Db) -> anyhow::Result<bool> {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM supporters").fetch_one(&db.pool).await.context("counting supporters")?;
    Ok(n > 0)
}

/// The key file for this database: read and checked against the register, or created when
/// both the file and the database are new. Keys not yet registered are registered.
pub async fn open_keyring(db: &Db, path: &Path) -> anyhow::Result<Keyring> {
    let known = registered(db).await?;
    let ring = match read_keyring(path)? {
        Some(ring) => ring,
        None if known.is_empty() && !holds_data(db).await? => load_or_create_keyring(path)?,
        None => bail!(
            "the key file {} is missing, but this database holds data encrypted with keys {:?}: restore the key file from its \
             backup (a new key would leave that data unreadable)",
            path.display(),
            known.iter().filter(|k| !k.2).map(|k| k.0).collect::<Vec<_>>()
        ),
    };
    check(&known, &ring, path)?;
    register(db, &ring).await?;
    Ok(ring)
}

fn check(known: &[(i64, String, bool)], ring: &Keyring, path: &Path) -> anyhow::Result<()> {
    let ours = ring.check_values();
    for (id, check) in &ours {
        if let Some((_, value, retired)) = known.iter().find(|k| k.0 == i64::from(*id)) {
            if value != check {
                bail!("key {id} in {} is not the key {id} this database was encrypted with: this key file belongs to another database", path.display());
            }
            if *retired && Some(id) == ours.last().map(|(i, _)| i) {
                bail!("key {id} in {} was retired by a key rotation: copy the current key file from where the rotation ran", path.display());
            }
        }
    }
    let newest_known = known.iter().filter(|k| !k.2).map(|k| k.0).max();
    if let Some(newest) = newest_known {
        if !ours.iter().any(|(id, _)| i64::from(*id) == newest) {
            bail!(
                "this database uses key {newest}, which {} lacks: a key rotation ran elsewhere; copy the current key file from there",
                path.display()
            );
        }
    }
    Ok(())
}

/// The newest key the database's data may be encrypted with (registered, not retired).
pub async fn newest_live(db: &Db) -> anyhow::Result<Option<i64>> {
    let (newest,): (Option<i64>,) =
        sqlx::query_as("SELECT MAX(key_id) FROM key_register WHERE retired = 0").fetch_one(&db.pool).await.context("reading the key register")?;
    Ok(newest)
}

/// Record the key file's keys (a rotation's new key, a new database's first).
pub async fn register(db: &Db, ring: &Keyring) -> anyhow::Result<()> {
    for (id, check) in ring.check_values() {
        sqlx::query("INSERT INTO key_register (key_id, check_value) VALUES ($1, $2) ON CONFLICT (key_id) DO NOTHING")
            .bind(i64::from(id))
            .bind(check)
            .execute(&db.pool)
            .await
            .context("registering a key")?;
    }
    Ok(())
}

/// Mark keys a finished rotation dropped: a key file still holding them as its newest is refused.
pub async fn retire(db: &Db, ids: &[u32]) -> anyhow::Result<()> {
    for id in ids {
        sqlx::query("UPDATE key_register SET retired = 1 WHERE key_id = $1").bind(i64::from(*id)).execute(&db.pool).await.context("retiring a key")?;
    }
    Ok(())
}
