//! The page cache: public pages rendered once and served from memory for a short time.

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::Bytes;

/// Public pages rendered once and served from memory. Entries expire after a short time so that
/// several server processes sharing one database converge; a change made through this process
/// clears the cache at once.
pub struct PageCache {
    entries: std::sync::RwLock<std::collections::HashMap<String, (Instant, Bytes)>>,
    /// Things looked up for hot posts (the petition a signature is for), under the same rules.
    objects: std::sync::RwLock<std::collections::HashMap<String, (Instant, Arc<dyn std::any::Any + Send + Sync>)>>,
    ttl: Duration,
}

impl PageCache {
    pub fn new(ttl: Duration) -> PageCache {
        PageCache { entries: Default::default(), objects: Default::default(), ttl }
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

    pub fn clear(&self) {
        self.objects.write().unwrap_or_else(|e| e.into_inner()).clear();
        self.entries.write().unwrap_or_else(|e| e.into_inner()).clear();
    }
}

