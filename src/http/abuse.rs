//! Abuse protection for public forms without CAPTCHAs or third parties:
//!
//! - a signed form token carrying the time the form was served: a post sooner than a person
//!   could fill the form, or hours later, or with a forged or reused token, is refused;
//! - an in-memory rate limit per client address, keyed by a keyed hash of the address whose
//!   key is random, held only in memory and replaced every UTC day, so nothing about an address
//!   is ever written anywhere and yesterday's hashes cannot be linked to today's.
//!
//! (The honeypot field and the per-email throttle on confirmation mails belong to the forms.)

use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::RwLock;

use anyhow::Context;
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use crate::crypto::{self, Secret};
use crate::db::Db;

/// Why a form token was refused. Each maps to a Fluent message id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormTokenError {
    Malformed,
    TooFast,
    Expired,
    Reused,
}

impl FormTokenError {
    pub fn message_id(self) -> &'static str {
        match self {
            FormTokenError::Malformed => "form-token-bad",
            FormTokenError::TooFast => "form-token-fast",
            FormTokenError::Expired => "form-token-expired",
            FormTokenError::Reused => "form-token-reused",
        }
    }
}

/// Issues and checks signed form tokens: `issued-ms.random.mac`, the MAC binding both to the
/// form they were issued for.
pub struct FormTokens {
    key: Secret,
    pub min_fill_ms: i64,
    pub max_age_ms: i64,
}

impl FormTokens {
    pub fn new(key: Secret) -> FormTokens {
        FormTokens { key, min_fill_ms: 2_000, max_age_ms: 6 * 3_600_000 }
    }

    fn mac(&self, form: &str, issued: i64, random: &str) -> String {
        let mac = crypto::keyed_hash(&self.key, format!("{form}\0{issued}\0{random}").as_bytes());
        mac[..32].to_string()
    }

    pub fn issue(&self, form: &str, now_ms: i64) -> String {
        let random = crypto::to_hex(&crypto::random_bytes::<8>());
        format!("{now_ms}.{random}.{}", self.mac(form, now_ms, &random))
    }

    /// Check a token's signature and age. Returns the hash under which it is marked used.
    pub fn check(&self, form: &str, token: &str, now_ms: i64) -> Result<String, FormTokenError> {
        let mut parts = token.split('.');
        let (Some(issued), Some(random), Some(mac), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
            return Err(FormTokenError::Malformed);
        };
        let issued_text = issued;
        let issued: i64 = issued.parse().map_err(|_| FormTokenError::Malformed)?;
        // Only the canonical spelling: "+1000" or "01000" would parse to the same time and,
        // hashed differently, let one token be used many times.
        if issued.to_string() != issued_text || random.len() != 16 || !random.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(FormTokenError::Malformed);
        }
        if !crypto::constant_time_eq(mac, &self.mac(form, issued, random)) {
            return Err(FormTokenError::Malformed);
        }
        let age = now_ms - issued;
        if age < self.min_fill_ms {
            return Err(FormTokenError::TooFast);
        }
        if age > self.max_age_ms {
            return Err(FormTokenError::Expired);
        }
        // What is marked used: the signed content, not the spelling of it.
        Ok(crypto::token_hash(&format!("{form}\0{issued}\0{random}")))
    }
}

/// Mark a checked token used, inside the transaction that acts on the form. False if it was
/// used already (a replay, or a double submit).
pub async fn consume_form_token(conn: &mut sqlx::AnyConnection, token_hash: &str, expires_at: i64) -> anyhow::Result<bool> {
    let done = sqlx::query("INSERT INTO used_form_tokens (token_hash, expires_at) VALUES ($1, $2) ON CONFLICT (token_hash) DO NOTHING")
        .bind(token_hash)
        .bind(expires_at)
        .execute(&mut *conn)
        .await
        .context("marking a form token used")?;
    Ok(done.rows_affected() == 1)
}

pub async fn purge_used_form_tokens(db: &Db, now: i64) -> anyhow::Result<u64> {
    let done = sqlx::query("DELETE FROM used_form_tokens WHERE expires_at < $1")
        .bind(now)
        .execute(&db.pool)
        .await
        .context("purging used form tokens")?;
    Ok(done.rows_affected())
}

/// The client's address, for the rate limit only: from the configured proxy header, else the
/// peer. It is never logged, stored or passed on.
fn client_address(cfg: &crate::config::Config, headers: &axum::http::HeaderMap, extensions: &axum::http::Extensions) -> Option<IpAddr> {
    let peer = extensions.get::<axum::extract::ConnectInfo<std::net::SocketAddr>>().map(|axum::extract::ConnectInfo(a)| *a);
    if let Some(name) = &cfg.client_address_header {
        // A proxy that appends (X-Forwarded-For) puts the address it saw last: in the last
        // line when it adds a line, at the end of the line when it extends one. Whatever the
        // client sent comes before.
        let from_proxy = headers
            .get_all(name.as_str())
            .iter()
            .next_back()
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.rsplit(',').next())
            .map(|v| v.trim().parse::<IpAddr>());
        match from_proxy {
            Some(Ok(addr)) => return Some(addr),
            // Misconfigured proxy: count the peer (the proxy itself), so the limit still holds,
            // and say so without the value.
            Some(Err(_)) | None => tracing::warn!(header = name.as_str(), "the client address header is missing or not an address; counting the peer"),
        }
    }
    peer.map(|p| p.ip())
}

/// Requests per client address, counted in memory only.
pub struct AddressLimiter {
    limiter: DefaultKeyedRateLimiter<u64>,
    /// (UTC day number, that day's random key).
    key: RwLock<(i64, Secret)>,
    /// The minute counters were last pruned: addresses whose allowance has refilled are
    /// forgotten every minute, so memory holds only the last minutes' addresses.
    pruned: std::sync::atomic::AtomicI64,
}

impl AddressLimiter {
    /// `per_minute` requests a minute on average, bursts of up to `burst`.
    pub fn new(per_minute: u32, burst: u32) -> AddressLimiter {
        let quota = Quota::per_minute(NonZeroU32::new(per_minute.max(1)).expect("at least 1"))
            .allow_burst(NonZeroU32::new(burst.max(1)).expect("at least 1"));
        AddressLimiter { limiter: RateLimiter::keyed(quota), key: RwLock::new((i64::MIN, Secret::random())), pruned: std::sync::atomic::AtomicI64::new(0) }
    }

    fn hash(&self, addr: IpAddr, day: i64) -> u64 {
        {
            let key = self.key.read().unwrap_or_else(|e| e.into_inner());
            if key.0 == day {
                return Self::keyed(&key.1, addr);
            }
        }
        let mut key = self.key.write().unwrap_or_else(|e| e.into_inner());
        if key.0 != day {
            // A new day: a new key, and yesterday's counters (under yesterday's hashes) go.
            *key = (day, Secret::random());
            self.limiter.retain_recent();
        }
        Self::keyed(&key.1, addr)
    }

    /// IPv6 addresses count by their /64: one subscriber usually holds a whole /64, and
    /// counting each address apart would hand them 2^64 fresh allowances.
    fn keyed(key: &Secret, addr: IpAddr) -> u64 {
        let bytes = match addr {
            IpAddr::V4(v4) => v4.to_ipv6_mapped().octets(),
            IpAddr::V6(v6) => {
                let mut o = v6.octets();
                o[8..].fill(0);
                o
            }
        };
        let hash = blake3::keyed_hash(key.expose(), &bytes);
        u64::from_le_bytes(hash.as_bytes()[..8].try_into().expect("8 bytes"))
    }

    /// Whether this request may go ahead now: its client address (see `client_address`) has
    /// allowance left. A request whose address cannot be told goes ahead.
    pub fn allows(&self, cfg: &crate::config::Config, headers: &axum::http::HeaderMap, extensions: &axum::http::Extensions, now: i64) -> bool {
        client_address(cfg, headers, extensions).is_none_or(|addr| self.allow(addr, now))
    }

    /// Whether a request from `addr` may go ahead now (`now` in epoch seconds picks the day).
    pub fn allow(&self, addr: IpAddr, now: i64) -> bool {
        let minute = now.div_euclid(60);
        if self.pruned.swap(minute, std::sync::atomic::Ordering::Relaxed) != minute {
            self.limiter.retain_recent();
        }
        let key = self.hash(addr, now.div_euclid(86_400));
        self.limiter.check_key(&key).is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens() -> FormTokens {
        FormTokens::new(Secret::random())
    }

    #[test]
    fn form_tokens_check_signature_form_and_age() {
        let t = tokens();
        let token = t.issue("petition:1", 1_000_000);
        assert!(t.check("petition:1", &token, 1_005_000).is_ok());
        assert_eq!(t.check("petition:1", &token, 1_000_500), Err(FormTokenError::TooFast));
        assert_eq!(t.check("petition:1", &token, 1_000_000 + 7 * 3_600_000), Err(FormTokenError::Expired));
        assert_eq!(t.check("petition:2", &token, 1_005_000), Err(FormTokenError::Malformed), "another form");
        let forged = token.replacen("1000000", "1000001", 1);
        assert_eq!(t.check("petition:1", &forged, 1_005_000), Err(FormTokenError::Malformed));
        for bad in ["", "a.b.c", "1.2", "1.0123456789abcdef.00.extra"] {
            assert_eq!(t.check("petition:1", bad, 1_005_000), Err(FormTokenError::Malformed), "{bad}");
        }
        assert_eq!(tokens().check("petition:1", &token, 1_005_000), Err(FormTokenError::Malformed), "another server key");
        for respelt in [format!("+{token}"), format!("0{token}")] {
            assert_eq!(t.check("petition:1", &respelt, 1_005_000), Err(FormTokenError::Malformed), "{respelt}");
        }
    }

    #[test]
    fn the_limiter_counts_each_address_and_forgets_at_midnight() {
        let limiter = AddressLimiter::new(1, 3);
        let a: IpAddr = "203.0.113.5".parse().unwrap();
        let b: IpAddr = "2001:db8::1".parse().unwrap();
        let day = 20_000 * 86_400;
        assert!((0..3).all(|_| limiter.allow(a, day)));
        assert!(!limiter.allow(a, day), "burst used up");
        assert!(limiter.allow(b, day), "others are not affected");
        let same_net: IpAddr = "2001:db8::ffff:1".parse().unwrap();
        assert!(limiter.allow(same_net, day) && limiter.allow(b, day));
        assert!(!limiter.allow(same_net, day), "one /64 shares one allowance");
        // Addresses whose allowance has refilled are forgotten each minute.
        let many = AddressLimiter::new(600, 1);
        for i in 0..5_000u32 {
            assert!(many.allow(IpAddr::from(i.to_be_bytes()), day));
        }
        assert!(many.limiter.len() >= 5_000);
        // (The limiter's own clock decides what has refilled: one allowance is 100 ms here.)
        std::thread::sleep(std::time::Duration::from_millis(250));
        many.allow(a, day + 120);
        assert!(many.limiter.len() <= 1, "{} entries kept", many.limiter.len());
        let h1 = limiter.hash(a, 20_000);
        let h2 = limiter.hash(a, 20_001);
        assert_ne!(h1, h2, "a new key every day");
    }
}
