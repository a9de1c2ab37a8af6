//! Keys and tokens.
//!
//! The master key lives in a file beside the database, never in it, so that a copy of the
//! database alone (a stolen backup, a leaked dump) cannot be used to forge sessions or, once
//! personal data is encrypted, to read it. Every purpose gets its own key derived from the
//! master key with a distinct context string, so a key shown to one purpose (say a CSRF token)
//! reveals nothing about another.
//!
//! Derivation uses BLAKE3's key-derivation mode; field encryption and key rotation build on this
//! module when supporters' data arrives.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, bail};

pub const KEY_LEN: usize = 32;

/// A secret that never prints.
#[derive(Clone)]
pub struct Secret([u8; KEY_LEN]);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(…)")
    }
}

impl Secret {
    pub fn expose(&self) -> &[u8; KEY_LEN] {
        &self.0
    }
}

/// The keys the running server uses, each derived from the master key.
#[derive(Clone, Debug)]
pub struct Keys {
    /// Keys the CSRF token: token = keyed hash of the session (or pre-session) secret.
    pub csrf: Secret,
    /// Keys the sign-in throttle's record of a typed name.
    pub throttle: Secret,
}

impl Keys {
    pub fn derive(master: &Secret) -> Keys {
        Keys {
            csrf: Secret(blake3::derive_key("tadamun 2026 csrf token v1", master.expose())),
            throttle: Secret(blake3::derive_key("tadamun 2026 sign-in throttle v1", master.expose())),
        }
    }
}

/// Read the master key file, creating it (mode 0600) when it does not exist.
pub fn load_or_create_master_key(path: &Path) -> anyhow::Result<Secret> {
    match std::fs::read(path) {
        Ok(bytes) => {
            let hex = std::str::from_utf8(&bytes).context("master key file is not text")?.trim();
            let raw = from_hex(hex).with_context(|| format!("master key file {} is not hex", path.display()))?;
            let key: [u8; KEY_LEN] = raw
                .try_into()
                .map_err(|_| anyhow::anyhow!("master key file {} must hold {KEY_LEN} bytes", path.display()))?;
            Ok(Secret(key))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let key = random_bytes::<KEY_LEN>();
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).with_context(|| format!("creating {}", parent.display()))?;
            }
            let mut options = std::fs::OpenOptions::new();
            options.write(true).create_new(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::OpenOptionsExt;
                options.mode(0o600);
            }
            let mut file = options.open(path).with_context(|| format!("creating master key file {}", path.display()))?;
            file.write_all(to_hex(&key).as_bytes())?;
            file.sync_all()?;
            tracing::warn!(
                path = %path.display(),
                "created a new master key: back it up separately, never together with the database"
            );
            Ok(Secret(key))
        }
        Err(e) => Err(e).with_context(|| format!("reading master key file {}", path.display())),
    }
}

pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut out = [0u8; N];
    // The operating system's generator failing is not something a server can recover from.
    getrandom::fill(&mut out).expect("the operating system's random generator failed");
    out
}

/// A random token of 256 bits, hex-encoded (URL- and cookie-safe).
pub fn random_token() -> String {
    to_hex(&random_bytes::<32>())
}

/// Hash of a bearer token, for storing: a leaked table of these cannot be replayed.
pub fn token_hash(token: &str) -> String {
    blake3::hash(token.as_bytes()).to_hex().to_string()
}

pub fn keyed_hash(key: &Secret, data: &[u8]) -> String {
    blake3::keyed_hash(key.expose(), data).to_hex().to_string()
}

/// Compare two strings in time independent of where they differ.
pub fn constant_time_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

pub fn to_hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(DIGITS[(b >> 4) as usize] as char);
        out.push(DIGITS[(b & 15) as usize] as char);
    }
    out
}

pub fn from_hex(s: &str) -> anyhow::Result<Vec<u8>> {
    if s.len() % 2 != 0 {
        bail!("odd length");
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).map_err(|_| anyhow::anyhow!("not a hex digit")))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_file_is_created_private_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/master.key");
        let a = load_or_create_master_key(&path).unwrap();
        let b = load_or_create_master_key(&path).unwrap();
        assert_eq!(a.expose(), b.expose());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        assert_eq!(format!("{a:?}"), "Secret(…)");
    }

    #[test]
    fn broken_key_file_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("master.key");
        std::fs::write(&path, "abcd").unwrap();
        assert!(load_or_create_master_key(&path).is_err());
    }

    #[test]
    fn hex_round_trip_and_tokens_differ() {
        let bytes = random_bytes::<16>();
        assert_eq!(from_hex(&to_hex(&bytes)).unwrap(), bytes);
        assert_ne!(random_token(), random_token());
        assert_eq!(random_token().len(), 64);
        assert!(constant_time_eq("abc", "abc"));
        assert!(!constant_time_eq("abc", "abd"));
        assert!(!constant_time_eq("abc", "ab"));
    }
}
