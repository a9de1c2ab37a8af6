//! The page cache: public pages rendered once and served from memory for a short time, and
//! pages kept for as long as the data they were made from has not changed.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use axum::body::Bytes;

/// Past this many bytes of kept pages, all of them are dropped (and made again when asked).
const KEPT_BYTES: usize = 128 << 20;

/// A kept page or thing is made again after this long even when its data's version is the
/// same: a change the version cannot see (a row edited by hand in the database) lasts no longer.
const KEPT_MAX_AGE: Duration = Duration::from_secs(60);

/// Public pages rendered once and served from memory. Entries expire after a short time so that
/// several server processes sharing one database converge; a change made through this process
/// clears the cache at once.
///
/// Beside the expiring entries, *kept* pages (`get_kept`/`put_kept`) do not expire: each is
/// stored with the version of the data it was made from, a fingerprint its handler reads from
/// the database (`version`/`put_version`). A version read is good until the next `clear` (every
/// write of this process clears the cache, which moves the generation on) and for at most the
/// handler's chosen time (for writes made by other processes). A page kept this way is served
/// for as long as its data's version is the same, whatever the expiry time, also with the
/// expiring cache turned off (and at most `KEPT_MAX_AGE`); a write elsewhere on the site costs
/// one version read, not the page.
pub struct PageCache {
    entries: std::sync::RwLock<HashMap<String, (Instant, Bytes)>>,
    /// Things looked up for hot posts (the petition a signature is for), under the same rules.
    objects: std::sync::RwLock<HashMap<String, (Instant, Arc<dyn std::any::Any + Send + Sync>)>>,
    ttl: Duration,
    /// Moved on by every `clear`.
    generation: AtomicU64,
    /// Pages kept while their data is unchanged: key -> (version, when made, body).
    kept: std::sync::RwLock<Kept>,
    /// Things several kept pages are made from (a day's map), under the same rule:
    /// key -> (version, when made, value).
    kept_objects: std::sync::RwLock<HashMap<String, (u64, Instant, Arc<dyn std::any::Any + Send + Sync>)>>,
    /// Versions read from the database: key -> (generation, when read, version).
    versions: std::sync::RwLock<HashMap<String, (u64, Instant, u64)>>,
    /// One request at a time makes a given page or reads a given version; the others wait for
    /// it and take what it made, instead of all making it at once.
    turns: [tokio::sync::Mutex<()>; 16],
}

#[derive(Default)]
struct Kept {
    pages: HashMap<String, (u64, Instant, Bytes)>,
    bytes: usize,
}

impl PageCache {
    pub fn new(ttl: Duration) -> PageCache {
        PageCache {
            entries: Default::default(),
            objects: Default::default(),
            ttl,
            generation: AtomicU64::new(0),
            kept: Default::default(),
            kept_objects: Default::default(),
            versions: Default::default(),
            turns: Default::default(),
        }
    }

    pub fn get(&self, key: &str) -> Option<Bytes> {
        let entries = self.entries.read().unwrap_or_else(|e| e.into_inner());
        entries.get(key).filter(|(at, _)| at.elapsed() < self.ttl).map(|(_, b)| b.clone())
    }

    pub fn put(&self, key: String, body: Bytes) {
        let mut entries = self.entries.write().unwrap_or_else(|e| e.into_inner());
        if entries.len() > 10_000 {
            entries.clear();
        }
        entries.insert(key, (Instant::now(), body));
    }

    pub fn get_object<T: Clone + Send + Sync + 'static>(&self, key: &str) -> Option<T> {
        let objects = self.objects.read().unwrap_or_else(|e| e.into_inner());
        objects.get(key).filter(|(at, _)| at.elapsed() < self.ttl).and_then(|(_, v)| v.downcast_ref::<T>().cloned())
    }

    pub fn put_object<T: Send + Sync + 'static>(&self, key: String, value: T) {
        let mut objects = self.objects.write().unwrap_or_else(|e| e.into_inner());
        if objects.len() > 10_000 {
            objects.clear();
        }
        objects.insert(key, (Instant::now(), Arc::new(value)));
    }

    /// Drop everything: called after every write of this process.
    pub fn clear(&self) {
        // Versions are read again after a write; kept pages stay, filed under the version of
        // their data.
        self.generation.fetch_add(1, Ordering::SeqCst);
        self.objects.write().unwrap_or_else(|e| e.into_inner()).clear();
        self.entries.write().unwrap_or_else(|e| e.into_inner()).clear();
        self.versions.write().unwrap_or_else(|e| e.into_inner()).clear();
    }

    /// The cache's generation: read it *before* reading a version from the database.
    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::SeqCst)
    }

    /// A kept page, when it was made from this version of its data (less than `KEPT_MAX_AGE` ago).
    pub fn get_kept(&self, key: &str, version: u64) -> Option<Bytes> {
        let kept = self.kept.read().unwrap_or_else(|e| e.into_inner());
        kept.pages.get(key).filter(|(v, at, _)| *v == version && at.elapsed() < KEPT_MAX_AGE).map(|(_, _, b)| b.clone())
    }

    /// Keep a page made, after its data's `version` was read, from what the database held.
    pub fn put_kept(&self, key: String, version: u64, body: Bytes) {
        let mut kept = self.kept.write().unwrap_or_else(|e| e.into_inner());
        if kept.bytes + body.len() > KEPT_BYTES {
            *kept = Kept::default();
        }
        kept.bytes += body.len();
        if let Some((_, _, old)) = kept.pages.insert(key, (version, Instant::now(), body)) {
            kept.bytes -= old.len();
        }
    }

    /// A thing kept with `put_kept_object`, when it was made from this version of its data (less
    /// than `KEPT_MAX_AGE` ago).
    pub fn get_kept_object<T: Clone + Send + Sync + 'static>(&self, key: &str, version: u64) -> Option<T> {
        let objects = self.kept_objects.read().unwrap_or_else(|e| e.into_inner());
        objects.get(key).filter(|(v, at, _)| *v == version && at.elapsed() < KEPT_MAX_AGE).and_then(|(_, _, o)| o.downcast_ref::<T>().cloned())
    }

    /// Keep a thing made, after its data's `version` was read, from what the database held.
    pub fn put_kept_object<T: Send + Sync + 'static>(&self, key: String, version: u64, value: T) {
        let mut objects = self.kept_objects.write().unwrap_or_else(|e| e.into_inner());
        if objects.len() > 1_000 {
            objects.clear();
        }
        objects.insert(key, (version, Instant::now(), Arc::new(value)));
    }

    /// A version read from the database less than `max_age` ago, since the last `clear`.
    pub fn version(&self, key: &str, generation: u64, max_age: Duration) -> Option<u64> {
        let versions = self.versions.read().unwrap_or_else(|e| e.into_inner());
        versions.get(key).filter(|(g, at, _)| *g == generation && at.elapsed() < max_age).map(|(_, _, v)| *v)
    }

    /// Record a version, read from the database after `generation` was read.
    pub fn put_version(&self, key: String, generation: u64, version: u64) {
        let mut versions = self.versions.write().unwrap_or_else(|e| e.into_inner());
        if versions.len() > 10_000 {
            versions.clear();
        }
        versions.insert(key, (generation, Instant::now(), version));
    }

    /// Wait for the turn to make what `key` names (see `turns`).
    pub async fn turn(&self, key: &str) -> tokio::sync::MutexGuard<'_, ()> {
        use std::hash::{BuildHasher, BuildHasherDefault, DefaultHasher};
        let slot = BuildHasherDefault::<DefaultHasher>::default().hash_one(key) as usize % self.turns.len();
        self.turns[slot].lock().await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_page_lasts_while_its_data_has_the_same_version() {
        let cache = PageCache::new(Duration::ZERO);
        let g = cache.generation();
        cache.put_kept("p".into(), 7, Bytes::from_static(b"body"));
        assert_eq!(cache.get_kept("p", 7).as_deref(), Some(&b"body"[..]), "kept with the expiring cache off");
        assert_eq!(cache.get_kept("p", 8), None, "another version of the data");
        cache.put_version("v".into(), g, 7);
        assert_eq!(cache.version("v", g, Duration::from_secs(1)), Some(7));
        assert_eq!(cache.version("v", g, Duration::ZERO), None, "read too long ago");
        // A write: versions are read again (the page stays, filed under its version).
        cache.clear();
        let g2 = cache.generation();
        assert_ne!(g, g2);
        assert_eq!(cache.version("v", g2, Duration::from_secs(1)), None);
        assert_eq!(cache.version("v", g, Duration::from_secs(1)), None);
        assert_eq!(cache.get_kept("p", 7).as_deref(), Some(&b"body"[..]));
        cache.put_kept("p".into(), 9, Bytes::from_static(b"new"));
        assert_eq!((cache.get_kept("p", 7), cache.get_kept("p", 9).as_deref()), (None, Some(&b"new"[..])));
        cache.put_kept_object("o".into(), 9, 42_u32);
        assert_eq!((cache.get_kept_object::<u32>("o", 9), cache.get_kept_object::<u32>("o", 8)), (Some(42), None));
    }
}
