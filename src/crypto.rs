//! Keys, field encryption, blind indexes and tokens.
//!
//! The keys live in a key file beside the database, never in it, so that a copy of the
//! database alone (a stolen backup, a leaked dump) can neither be read nor used to forge
//! sessions. The file is a keyring: one key per line, `<id> <64 hex digits>`; the highest id is
//! the current key, older ones stay until `admin rotate-keys` has moved every ciphertext to the
//! current key. (A file holding one bare hex line, as the first version wrote it, is key 1.)
//!
//! Every purpose gets its own subkey, derived from a keyring key with HKDF-SHA256 and a distinct
//! info string, so a key shown to one purpose (say a CSRF token) reveals nothing about another.
//!
//! Field encryption: XChaCha20-Poly1305 with a random 192-bit nonce (HChaCha20 from the
//! `chacha20` crate, then ring's ChaCha20-Poly1305, which is about eight times faster here than
//! a pure-Rust AEAD on short fields; a test checks it against an independent implementation).
//! The associated data binds
//! the ciphertext to its table, column and row id (a ciphertext copied into another row or
//! column does not decrypt), and to its header. Layout: `0x01 | key id (u32 BE) | nonce (24) |
//! ciphertext and tag`.
//!
//! Blind index: a keyed BLAKE3 hash of a normalised value (an email), truncated to 64 bits,
//! under a subkey of the same keyring key. At the sizes we target 64 bits is in practice unique
//! (so the index does link a person's rows, as any exact-match index must); it is useless
//! without the key file, and lookups still decrypt and compare candidates, as CipherSweet
//! advises for truncated indexes, so a collision could never merge two people.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, bail};

use crate::db::RowId;

pub const KEY_LEN: usize = 32;
const CIPHERTEXT_VERSION: u8 = 1;
const HEADER_LEN: usize = 1 + 4 + 24;
pub const BLIND_INDEX_LEN: usize = 8;

/// A secret that never prints.
#[derive(Clone)]
pub struct Secret([u8; KEY_LEN]);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(…)")
    }
}

impl Secret {
    /// A fresh random secret that lives only in memory.
    pub fn random() -> Secret {
        Secret(random_bytes::<KEY_LEN>())
    }

    pub fn expose(&self) -> &[u8; KEY_LEN] {
        &self.0
    }

    /// A subkey for one purpose (HKDF-SHA256, `info` naming the purpose and its version).
    pub fn subkey(&self, info: &str) -> Secret {
        let hk = hkdf::Hkdf::<sha2::Sha256>::new(Some(b"tadamun keyring v1"), &self.0);
        let mut out = [0u8; KEY_LEN];
        hk.expand(info.as_bytes(), &mut out).expect("32 bytes is a valid HKDF-SHA256 output length");
        Secret(out)
    }
}

/// The keys in the key file, oldest first; the last one is current. Keys a rotation retired
/// leave only their link subkey behind (`link <id> <hex>` lines): it cannot decrypt anything,
/// and it keeps the unsubscribe links of every mail ever sent working.
#[derive(Clone, Debug)]
pub struct Keyring {
    keys: Vec<(u32, Secret)>,
    retired_links: Vec<(u32, Secret)>,
}

const LINK_SUBKEY: &str = "tadamun signed link v1";

impl Keyring {
    pub fn current(&self) -> (u32, &Secret) {
        let (id, key) = self.keys.last().expect("a keyring is never empty");
        (*id, key)
    }

    pub fn ids(&self) -> Vec<u32> {
        self.keys.iter().map(|(id, _)| *id).collect()
    }

    fn parse(text: &str, path: &Path) -> anyhow::Result<Keyring> {
        let mut keys = Vec::new();
        let mut retired_links = Vec::new();
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(rest) = line.strip_prefix("link ") {
                let (id, hex) = rest.split_once(' ').with_context(|| format!("{}:{}: expected `link <id> <hex>`", path.display(), n + 1))?;
                let id = id.parse::<u32>().with_context(|| format!("{}:{}: key id", path.display(), n + 1))?;
                let raw = from_hex(hex.trim()).with_context(|| format!("{}:{}: key is not hex", path.display(), n + 1))?;
                let key: [u8; KEY_LEN] = raw.try_into().map_err(|_| anyhow::anyhow!("{}:{}: a key must be {KEY_LEN} bytes", path.display(), n + 1))?;
                retired_links.push((id, Secret(key)));
                continue;
            }
            let (id, hex) = match line.split_once(' ') {
                Some((id, hex)) => (id.parse::<u32>().with_context(|| format!("{}:{}: key id", path.display(), n + 1))?, hex.trim()),
                None if keys.is_empty() => (1, line),
                None => bail!("{}:{}: expected `<id> <hex key>`", path.display(), n + 1),
            };
            let raw = from_hex(hex).with_context(|| format!("{}:{}: key is not hex", path.display(), n + 1))?;
            let key: [u8; KEY_LEN] =
                raw.try_into().map_err(|_| anyhow::anyhow!("{}:{}: a key must be {KEY_LEN} bytes", path.display(), n + 1))?;
            if keys.iter().any(|(k, _): &(u32, Secret)| *k >= id) {
                bail!("{}:{}: key ids must increase", path.display(), n + 1);
            }
            keys.push((id, Secret(key)));
        }
        if keys.is_empty() {
            bail!("key file {} holds no key", path.display());
        }
        Ok(Keyring { keys, retired_links })
    }

    /// Per key: a value that tells one key from another without revealing it.
    pub fn check_values(&self) -> Vec<(u32, String)> {
        self.keys.iter().map(|(id, key)| (*id, keyed_hash(key, b"tadamun key check v1"))).collect()
    }

    fn to_text(&self) -> String {
        let mut out = String::from("# tadamun keyring: <id> <key>. Keep this file out of database backups.\n");
        for (id, key) in &self.keys {
            out.push_str(&format!("{id} {}\n", to_hex(key.expose())));
        }
        if !self.retired_links.is_empty() {
            out.push_str("# Retired keys' link subkeys: they check old unsubscribe links, and decrypt nothing.\n");
            for (id, key) in &self.retired_links {
                out.push_str(&format!("link {id} {}\n", to_hex(key.expose())));
            }
        }
        out
    }

    /// Add a new current key and write the file (atomically: a crash leaves the old or the new
    /// file, never half of one). Returns the new key's id.
    pub fn add_key(&mut self, path: &Path) -> anyhow::Result<u32> {
        let id = self.current().0 + 1;
        self.keys.push((id, Secret(random_bytes::<KEY_LEN>())));
        write_private(path, &self.to_text())?;
        Ok(id)
    }

    /// Drop every key but the current one (after a finished rotation) and write the file. Each
    /// dropped key leaves its link subkey, so unsubscribe links in mail already sent still work.
    pub fn retire_old_keys(&mut self, path: &Path) -> anyhow::Result<Vec<u32>> {
        let current = self.keys.pop().expect("never empty");
        let retired = self.keys.iter().map(|(id, _)| *id).collect();
        for (id, key) in self.keys.drain(..) {
            self.retired_links.push((id, key.subkey(LINK_SUBKEY)));
        }
        self.keys = vec![current];
        write_private(path, &self.to_text())?;
        Ok(retired)
    }
}

/// Write `text` to a new private file (mode 0600) beside `path`, synced, and return its name.
fn write_temp(path: &Path, text: &str) -> anyhow::Result<std::path::PathBuf> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let tmp = dir.join(format!(".{}.{}.tmp", path.file_name().and_then(|n| n.to_str()).unwrap_or("key"), to_hex(&random_bytes::<6>())));
    let mut options = std::fs::OpenOptions::new();
    // A new file only: never one planted or left behind, never through a symbolic link.
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(&tmp).with_context(|| format!("writing {}", tmp.display()))?;
    file.write_all(text.as_bytes())?;
    file.sync_all()?;
    Ok(tmp)
}

/// Make a rename or link durable: sync the folder that holds it.
fn sync_dir(path: &Path) -> anyhow::Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::File::open(dir).and_then(|d| d.sync_all()).with_context(|| format!("syncing {}", dir.display()))
}

/// Replace the key file atomically (a crash leaves the old or the new one) and durably.
fn write_private(path: &Path, text: &str) -> anyhow::Result<()> {
    let tmp = write_temp(path, text)?;
    std::fs::rename(&tmp, path).with_context(|| format!("replacing {}", path.display()))?;
    sync_dir(path)
}

/// Hold a shared lock on the key file for as long as the returned file lives: every process
/// that encrypts with the keyring does, and key rotation needs the lock to itself.
pub fn lock_keyring_shared(path: &Path) -> anyhow::Result<std::fs::File> {
    let lock = lock_path(path);
    let file = open_lock(&lock)?;
    file.lock_shared().with_context(|| format!("locking {}", lock.display()))?;
    Ok(file)
}

/// The lock lives in a file of its own beside the key file: the key file is replaced by a
/// rename at every rotation, and a lock on the replaced file would guard nothing.
fn lock_path(path: &Path) -> std::path::PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    path.with_file_name(name)
}

fn open_lock(lock: &Path) -> anyhow::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(lock).with_context(|| format!("opening {}", lock.display()))
}

/// The key file to ourselves, or an error saying who is in the way.
pub fn lock_keyring_exclusive(path: &Path) -> anyhow::Result<std::fs::File> {
    let file = open_lock(&lock_path(path))?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(std::fs::TryLockError::WouldBlock) => bail!(
            "a tadamun process is using the key file {}: stop every server and worker before rotating keys",
            path.display()
        ),
        Err(std::fs::TryLockError::Error(e)) => Err(e).with_context(|| format!("locking {}", path.display())),
    }
}

/// Read the key file; `None` when there is none.
pub fn read_keyring(path: &Path) -> anyhow::Result<Option<Keyring>> {
    match std::fs::metadata(path) {
        Ok(_) => load_or_create_keyring(path).map(Some),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e).with_context(|| format!("reading key file {}", path.display())),
    }
}

/// Read the key file, creating it (mode 0600, one fresh key) when it does not exist. Only for
/// a database that holds nothing yet: see `db::keys::open_keyring`.
pub fn load_or_create_keyring(path: &Path) -> anyhow::Result<Keyring> {
    match std::fs::read_to_string(path) {
        Ok(text) => {
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                let mode = std::fs::metadata(path)?.permissions().mode();
                if mode & 0o077 != 0 {
                    tracing::warn!(path = %path.display(), mode = format!("{:o}", mode & 0o777), "the key file can be read by others: chmod 600 it");
                }
            }
            Keyring::parse(&text, path)
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            // Two processes starting at once on a fresh folder must end up with one key: the
            // new file is linked into place, which fails if another process was first.
            let ring = Keyring { keys: vec![(1, Secret(random_bytes::<KEY_LEN>()))], retired_links: Vec::new() };
            let tmp = write_temp(path, &ring.to_text())?;
            let linked = std::fs::hard_link(&tmp, path);
            std::fs::remove_file(&tmp).with_context(|| format!("removing {}", tmp.display()))?;
            match linked {
                Ok(()) => {
                    sync_dir(path)?;
                    tracing::warn!(
                        path = %path.display(),
                        "created a new key file: back it up separately, never together with the database"
                    );
                    Ok(ring)
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => load_or_create_keyring(path),
                Err(e) => Err(e).with_context(|| format!("creating key file {}", path.display())),
            }
        }
        Err(e) => Err(e).with_context(|| format!("reading key file {}", path.display())),
    }
}

/// Where a field's ciphertext lives; bound into the ciphertext as associated data.
#[derive(Clone, Copy, Debug)]
pub struct FieldRef<'a> {
    pub table: &'a str,
    pub column: &'a str,
    pub row: i64,
}

impl<'a> FieldRef<'a> {
    pub fn new(table: &'a str, column: &'a str, row: impl RowId) -> FieldRef<'a> {
        FieldRef { table, column, row: row.to_raw() }
    }
}

struct FieldKey {
    id: u32,
    key: Secret,
    blind: Secret,
}

/// XChaCha20-Poly1305 (draft-irtf-cfrg-xchacha): a subkey from HChaCha20 over the first 16
/// nonce bytes, then ChaCha20-Poly1305 (RFC 8439) with the last 8 bytes as its nonce.
fn xchacha_subkey(key: &Secret, nonce: &[u8; 24]) -> (ring::aead::LessSafeKey, ring::aead::Nonce) {
    let first: [u8; 16] = nonce[..16].try_into().expect("16 bytes");
    let sub = chacha20::hchacha::<chacha20::R20>(&(*key.expose()).into(), &first.into());
    let sealing = ring::aead::LessSafeKey::new(
        ring::aead::UnboundKey::new(&ring::aead::CHACHA20_POLY1305, sub.as_slice()).expect("a 32-byte key"),
    );
    let mut n12 = [0u8; 12];
    n12[4..].copy_from_slice(&nonce[16..]);
    (sealing, ring::aead::Nonce::assume_unique_for_key(n12))
}

pub fn xchacha_seal(key: &Secret, nonce: &[u8; 24], aad: &[u8], msg: &[u8]) -> Vec<u8> {
    let (sealing, n) = xchacha_subkey(key, nonce);
    let mut buf = Vec::with_capacity(msg.len() + 16);
    buf.extend_from_slice(msg);
    sealing.seal_in_place_append_tag(n, ring::aead::Aad::from(aad), &mut buf).expect("any field fits ChaCha20-Poly1305");
    buf
}

pub fn xchacha_open(key: &Secret, nonce: &[u8; 24], aad: &[u8], sealed: &[u8]) -> Option<Vec<u8>> {
    let (opening, n) = xchacha_subkey(key, nonce);
    let mut buf = sealed.to_vec();
    let len = opening.open_in_place(n, ring::aead::Aad::from(aad), &mut buf).ok()?.len();
    buf.truncate(len);
    Some(buf)
}

/// Encryption and blind indexes with every key of the keyring (old ones to read, the current
/// one to write).
pub struct FieldKeys {
    keys: Vec<FieldKey>,
}

impl std::fmt::Debug for FieldKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FieldKeys").field("ids", &self.keys.iter().map(|k| k.id).collect::<Vec<_>>()).finish()
    }
}

fn aad(header: &[u8], at: FieldRef<'_>) -> Vec<u8> {
    let mut out = Vec::with_capacity(header.len() + at.table.len() + at.column.len() + 10);
    out.extend_from_slice(header);
    out.extend_from_slice(at.table.as_bytes());
    out.push(0);
    out.extend_from_slice(at.column.as_bytes());
    out.push(0);
    out.extend_from_slice(&at.row.to_be_bytes());
    out
}

impl FieldKeys {
    pub fn new(ring: &Keyring) -> FieldKeys {
        FieldKeys {
            keys: ring
                .keys
                .iter()
                .map(|(id, master)| FieldKey {
                    id: *id,
                    key: master.subkey("tadamun field encryption v1"),
                    blind: master.subkey("tadamun blind index v1"),
                })
                .collect(),
        }
    }

    pub fn current_id(&self) -> u32 {
        self.keys.last().expect("never empty").id
    }

    fn key(&self, id: u32) -> Option<&FieldKey> {
        self.keys.iter().find(|k| k.id == id)
    }

    /// Encrypt with the current key.
    pub fn encrypt(&self, at: FieldRef<'_>, plaintext: &[u8]) -> Vec<u8> {
        let key = self.keys.last().expect("never empty");
        let nonce = nonce();
        let mut out = Vec::with_capacity(HEADER_LEN + plaintext.len() + 16);
        out.push(CIPHERTEXT_VERSION);
        out.extend_from_slice(&key.id.to_be_bytes());
        out.extend_from_slice(&nonce);
        let aad = aad(&out, at);
        out.extend_from_slice(&xchacha_seal(&key.key, &nonce, &aad, plaintext));
        out
    }

    /// The key id a ciphertext was made with (for rotation), if it is one of ours.
    pub fn key_id_of(ciphertext: &[u8]) -> Option<u32> {
        (ciphertext.len() >= HEADER_LEN + 16 && ciphertext[0] == CIPHERTEXT_VERSION)
            .then(|| u32::from_be_bytes(ciphertext[1..5].try_into().expect("4 bytes")))
    }

    pub fn decrypt(&self, at: FieldRef<'_>, ciphertext: &[u8]) -> anyhow::Result<Vec<u8>> {
        let id = Self::key_id_of(ciphertext).context("not a field ciphertext")?;
        let key = self.key(id).with_context(|| format!("key {id} is not in the key file"))?;
        let (header, sealed) = ciphertext.split_at(HEADER_LEN);
        let nonce: [u8; 24] = header[5..].try_into().expect("24 bytes");
        let aad = aad(header, at);
        xchacha_open(&key.key, &nonce, &aad, sealed)
            .ok_or_else(|| anyhow::anyhow!("a field did not decrypt: wrong key, or moved or altered data ({}.{})", at.table, at.column))
    }

    /// Decrypt with whatever key made it, encrypt with the current one.
    pub fn reencrypt(&self, at: FieldRef<'_>, ciphertext: &[u8]) -> anyhow::Result<Vec<u8>> {
        Ok(self.encrypt(at, &self.decrypt(at, ciphertext)?))
    }

    /// The blind index of an already normalised value under the current key.
    pub fn blind_index(&self, domain: &str, normalised: &str) -> [u8; BLIND_INDEX_LEN] {
        Self::index_with(&self.keys.last().expect("never empty").blind, domain, normalised)
    }

    /// The value's index under every key, for lookups while a rotation is under way.
    pub fn blind_indexes(&self, domain: &str, normalised: &str) -> Vec<[u8; BLIND_INDEX_LEN]> {
        self.keys.iter().map(|k| Self::index_with(&k.blind, domain, normalised)).collect()
    }

    fn index_with(key: &Secret, domain: &str, normalised: &str) -> [u8; BLIND_INDEX_LEN] {
        let mut hasher = blake3::Hasher::new_keyed(key.expose());
        hasher.update(domain.as_bytes());
        hasher.update(&[0]);
        hasher.update(normalised.as_bytes());
        let mut out = [0u8; BLIND_INDEX_LEN];
        out.copy_from_slice(&hasher.finalize().as_bytes()[..BLIND_INDEX_LEN]);
        out
    }
}

/// The keys the running server uses, each derived from the current keyring key.
#[derive(Debug)]
pub struct Keys {
    /// Keys the CSRF token: token = keyed hash of the session (or pre-session) secret.
    pub csrf: Secret,
    /// Keys the sign-in throttle's record of a typed name.
    pub throttle: Secret,
    /// Signs public forms' tokens.
    pub form: Secret,
    /// Field encryption and blind indexes, with every key of the keyring.
    pub fields: FieldKeys,
    /// Sign the links in mails (confirm, unsubscribe, a supporter's own page); current first.
    /// Links signed before a key rotation keep working while the old key is in the keyring.
    links: Vec<Secret>,
    /// Retired keys' link subkeys: they check unsubscribe links only. Unsubscribing must work
    /// for years from any mail; the own page (export, erase) and confirmation need a live key.
    retired_links: Vec<Secret>,
}

/// What a signed link is for: a link made for one purpose does not work for another.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkPurpose {
    Confirm,
    Unsubscribe,
    SelfService,
    /// An organisation's contact confirming its endorsement.
    Endorse,
    /// An event's organiser confirming it.
    EventConfirm,
    /// An event's organiser managing it (status, changes, attendees).
    EventManage,
    /// A person confirming they attend an event.
    RsvpConfirm,
    /// A person cancelling their attendance.
    RsvpCancel,
    /// A person confirming the letters they wrote.
    LetterConfirm,
}

impl LinkPurpose {
    fn label(self) -> &'static str {
        match self {
            LinkPurpose::Confirm => "confirm",
            LinkPurpose::Unsubscribe => "unsubscribe",
            LinkPurpose::SelfService => "self-service",
            LinkPurpose::Endorse => "endorse",
            LinkPurpose::EventConfirm => "event-confirm",
            LinkPurpose::EventManage => "event-manage",
            LinkPurpose::RsvpConfirm => "rsvp-confirm",
            LinkPurpose::RsvpCancel => "rsvp-cancel",
            LinkPurpose::LetterConfirm => "letter-confirm",
        }
    }
}

impl Keys {
    pub fn derive(ring: &Keyring) -> Keys {
        let (_, current) = ring.current();
        Keys {
            csrf: current.subkey("tadamun csrf token v1"),
            throttle: current.subkey("tadamun sign-in throttle v1"),
            form: current.subkey("tadamun form token v1"),
            fields: FieldKeys::new(ring),
            links: ring.keys.iter().rev().map(|(_, k)| k.subkey(LINK_SUBKEY)).collect(),
            retired_links: ring.retired_links.iter().rev().map(|(_, k)| k.clone()).collect(),
        }
    }

    fn link_mac(key: &Secret, purpose: LinkPurpose, id: i64, version: Option<i64>) -> String {
        let message = match version {
            None => format!("{}\0{id}", purpose.label()),
            Some(v) => format!("{}\0{id}\0{v}", purpose.label()),
        };
        keyed_hash(key, message.as_bytes())[..32].to_string()
    }

    /// `id.mac`: a link token that names a row and proves we made it, for one purpose.
    pub fn sign_link(&self, purpose: LinkPurpose, id: impl RowId) -> String {
        let id = id.to_raw();
        format!("{id}.{}", Self::link_mac(&self.links[0], purpose, id, None))
    }

    /// `id.version.mac`: a link token for one version of a row (a signature's details as they
    /// were when the link was mailed).
    pub fn sign_versioned_link(&self, purpose: LinkPurpose, id: impl RowId, version: i64) -> String {
        let id = id.to_raw();
        format!("{id}.{version}.{}", Self::link_mac(&self.links[0], purpose, id, Some(version)))
    }

    /// The row a link token names, if we signed it for this purpose (under any key we hold).
    pub fn verify_link<T: RowId>(&self, purpose: LinkPurpose, token: &str) -> Option<T> {
        match self.verify_versioned_link(purpose, token)? {
            (id, None) => Some(id),
            (_, Some(_)) => None,
        }
    }

    /// The row and version a token names: `id.mac` tokens name no version.
    pub fn verify_versioned_link<T: RowId>(&self, purpose: LinkPurpose, token: &str) -> Option<(T, Option<i64>)> {
        let parts: Vec<&str> = token.split('.').collect();
        let (id_text, version_text, mac) = match parts.as_slice() {
            [id, mac] => (*id, None, *mac),
            [id, version, mac] => (*id, Some(*version), *mac),
            _ => return None,
        };
        let canonical = |text: &str| text.parse::<i64>().ok().filter(|n| n.to_string() == text);
        let id = canonical(id_text)?;
        let version = match version_text {
            Some(v) => Some(canonical(v)?),
            None => None,
        };
        if mac.len() != 32 {
            return None;
        }
        let retired: &[Secret] = if purpose == LinkPurpose::Unsubscribe { &self.retired_links } else { &[] };
        self.links
            .iter()
            .chain(retired)
            .any(|k| constant_time_eq(mac, &Self::link_mac(k, purpose, id, version)))
            .then_some((T::from_raw(id), version))
    }
}

/// A fresh 192-bit nonce. Nonces must never repeat but need not be secret, so they come from a
/// ChaCha20 stream per thread seeded from the operating system, not from a system call each
/// (which cost more than the encryption itself).
fn nonce() -> [u8; 24] {
    use chacha20::rand_core::{Rng, SeedableRng};
    thread_local! {
        static STREAM: std::cell::RefCell<chacha20::ChaCha20Rng> =
            std::cell::RefCell::new(chacha20::ChaCha20Rng::from_seed(random_bytes::<32>()));
    }
    let mut out = [0u8; 24];
    STREAM.with(|s| s.borrow_mut().fill_bytes(&mut out));
    out
}

pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut out = [0u8; N];
    // The operating system's generator failing is not something a server can recover from.
    getrandom::fill(&mut out).expect("the operating system's random generator failed");
    out
}

/// A fresh row id for a table whose id is bound into its fields' encryption (so it is made
/// before the insert): the second it was made (since 2024) in the high bits, 30 bits below.
/// Rows made in the same second land side by side in the B-tree instead of on a random page
/// each, which keeps the pages an insert dirties (and the WAL) small. The 30 bits are a counter
/// from a random start per process: one process never makes the same id twice in a second (it
/// would need 2³⁰ ids), where 30 random bits collided at a few thousand ids a second. Processes
/// sharing one database start at random points and advance at about the same pace, so their
/// ranges can meet (odds of about (ids a second of both)/2³⁰ at start) and then keep meeting:
/// the writer that finds an id taken calls [`row_id_taken`], which moves this process to a new
/// random point, and writes again. Ids are not secrets: links that name them are signed.
pub fn new_row_id<T: RowId>() -> T {
    const EPOCH_2024: i64 = 1_704_067_200;
    let secs = (jiff::Timestamp::now().as_second() - EPOCH_2024).max(1);
    let low = row_ids::NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed) & 0x3FFF_FFFF;
    T::from_raw((secs << 30) | i64::from(low))
}

/// The database refused a row id this process made as already taken (another process walks the
/// same range): move to a fresh random point, so the next ids are free again.
pub fn row_id_taken() {
    use std::sync::atomic::Ordering;
    row_ids::NEXT.store(u32::from_be_bytes(random_bytes::<4>()), Ordering::Relaxed);
    row_ids::MOVES.fetch_add(1, Ordering::Relaxed);
    tracing::warn!("a row id was already taken (another process made it); moved to a new range");
}

/// The row id counter, reachable by tests that need a collision to happen.
#[doc(hidden)]
pub mod row_ids {
    use std::sync::LazyLock;
    use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};

    pub(super) static NEXT: LazyLock<AtomicU32> = LazyLock::new(|| AtomicU32::new(u32::from_be_bytes(crate::crypto::random_bytes::<4>())));
    pub(super) static MOVES: AtomicU64 = AtomicU64::new(0);

    /// Test only: the next row id's low bits will be `next`.
    pub fn set_next(next: u32) {
        NEXT.store(next, Ordering::Relaxed);
    }

    /// How often this process moved its range after a collision.
    pub fn moves() -> u64 {
        MOVES.load(Ordering::Relaxed)
    }
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
        let a = load_or_create_keyring(&path).unwrap();
        let b = load_or_create_keyring(&path).unwrap();
        assert_eq!(a.current().1.expose(), b.current().1.expose());
        assert_eq!(a.current().0, 1);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        assert_eq!(format!("{:?}", a.current().1), "Secret(…)");
    }

    #[test]
    fn concurrent_first_starts_agree_on_one_key() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("master.key");
        let handles: Vec<_> = (0..8)
            .map(|_| {
                let path = path.clone();
                std::thread::spawn(move || load_or_create_keyring(&path).unwrap().current().1.expose().to_vec())
            })
            .collect();
        let keys: Vec<Vec<u8>> = handles.into_iter().map(|h| h.join().unwrap()).collect();
        assert!(keys.windows(2).all(|w| w[0] == w[1]), "everyone got the same key");
        let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().filter_map(|e| e.ok()).collect();
        assert_eq!(leftovers.len(), 1, "no temporary files left");
    }

    #[test]
    fn rotation_needs_the_key_file_to_itself() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("master.key");
        load_or_create_keyring(&path).unwrap();
        let server = lock_keyring_shared(&path).unwrap();
        let err = lock_keyring_exclusive(&path).unwrap_err();
        assert!(format!("{err:#}").contains("stop every server"), "{err:#}");
        drop(server);
        assert!(lock_keyring_exclusive(&path).is_ok());
    }

    #[test]
    fn old_single_key_files_and_broken_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("master.key");
        std::fs::write(&path, "ab".repeat(32)).unwrap();
        assert_eq!(load_or_create_keyring(&path).unwrap().ids(), vec![1]);
        for bad in ["abcd", "", "1 zz", "2 00\n1 00", &format!("2 {}\n1 {}", "ab".repeat(32), "cd".repeat(32))] {
            std::fs::write(&path, bad).unwrap();
            assert!(load_or_create_keyring(&path).is_err(), "{bad:?}");
        }
    }

    fn at(row: i64) -> FieldRef<'static> {
        FieldRef { table: "supporters", column: "email", row }
    }

    #[test]
    fn fields_round_trip_and_are_bound_to_their_place() {
        let dir = tempfile::tempdir().unwrap();
        let ring = load_or_create_keyring(&dir.path().join("k")).unwrap();
        let keys = FieldKeys::new(&ring);
        let a = keys.encrypt(at(7), b"amal@example.org");
        let b = keys.encrypt(at(7), b"amal@example.org");
        assert_ne!(a, b, "random nonces");
        assert!(!a.windows(5).any(|w| w == b"amal@"), "no plaintext in the ciphertext");
        assert_eq!(keys.decrypt(at(7), &a).unwrap(), b"amal@example.org");
        assert!(keys.decrypt(at(8), &a).is_err(), "another row");
        assert!(keys.decrypt(FieldRef { column: "name", ..at(7) }, &a).is_err(), "another column");
        let mut tampered = a.clone();
        *tampered.last_mut().unwrap() ^= 1;
        assert!(keys.decrypt(at(7), &tampered).is_err());
        let mut other_key = a.clone();
        other_key[4] = 9;
        assert!(keys.decrypt(at(7), &other_key).is_err(), "unknown key id");
        assert!(keys.decrypt(at(7), b"short").is_err());
    }

    #[test]
    fn rotation_reads_old_writes_new() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k");
        let mut ring = load_or_create_keyring(&path).unwrap();
        let old = FieldKeys::new(&ring);
        let c1 = old.encrypt(at(1), b"x");
        let idx1 = old.blind_index("email", "x@y.org");
        assert_eq!(ring.add_key(&path).unwrap(), 2);
        let ring = load_or_create_keyring(&path).unwrap();
        assert_eq!(ring.ids(), vec![1, 2]);
        let both = FieldKeys::new(&ring);
        assert_eq!(both.decrypt(at(1), &c1).unwrap(), b"x");
        let c2 = both.reencrypt(at(1), &c1).unwrap();
        assert_eq!(FieldKeys::key_id_of(&c1), Some(1));
        assert_eq!(FieldKeys::key_id_of(&c2), Some(2));
        assert_ne!(both.blind_index("email", "x@y.org"), idx1);
        assert!(both.blind_indexes("email", "x@y.org").contains(&idx1), "old index still found mid-rotation");
        let mut ring = ring;
        assert_eq!(ring.retire_old_keys(&path).unwrap(), vec![1]);
        let new_only = FieldKeys::new(&load_or_create_keyring(&path).unwrap());
        assert_eq!(new_only.decrypt(at(1), &c2).unwrap(), b"x");
        assert!(new_only.decrypt(at(1), &c1).is_err());
    }

    #[test]
    fn our_xchacha20_poly1305_matches_an_independent_implementation() {
        use chacha20poly1305::aead::{Aead, KeyInit, Payload};
        for len in [0usize, 1, 23, 64, 65, 1000] {
            let key = Secret(random_bytes::<32>());
            let nonce = random_bytes::<24>();
            let msg: Vec<u8> = (0..len).map(|i| (i * 7) as u8).collect();
            let aad = b"supporters\0email\0\x01";
            let ours = xchacha_seal(&key, &nonce, aad, &msg);
            let theirs = chacha20poly1305::XChaCha20Poly1305::new_from_slice(key.expose())
                .unwrap()
                .encrypt(&nonce.into(), Payload { msg: &msg, aad })
                .unwrap();
            assert_eq!(ours, theirs, "length {len}");
            assert_eq!(xchacha_open(&key, &nonce, aad, &ours).unwrap(), msg);
            assert!(xchacha_open(&key, &nonce, b"other", &ours).is_none());
        }
    }

    #[test]
    fn row_ids_never_repeat_within_a_process() {
        let handles: Vec<_> = (0..4).map(|_| std::thread::spawn(|| (0..50_000).map(|_| new_row_id::<i64>()).collect::<Vec<_>>())).collect();
        let mut all: Vec<i64> = handles.into_iter().flat_map(|h| h.join().unwrap()).collect();
        let n = all.len();
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), n, "200,000 ids made at once, within a second or two: none twice");
    }

    #[test]
    fn nonces_never_repeat_across_threads() {
        let handles: Vec<_> = (0..4).map(|_| std::thread::spawn(|| (0..5000).map(|_| nonce()).collect::<Vec<_>>())).collect();
        let mut all: Vec<[u8; 24]> = handles.into_iter().flat_map(|h| h.join().unwrap()).collect();
        let n = all.len();
        all.sort();
        all.dedup();
        assert_eq!(all.len(), n);
    }

    #[test]
    fn signed_links_name_one_row_for_one_purpose() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("master.key");
        let mut ring = load_or_create_keyring(&path).unwrap();
        let keys = Keys::derive(&ring);
        let token = keys.sign_link(LinkPurpose::Confirm, 42);
        assert_eq!(keys.verify_link::<i64>(LinkPurpose::Confirm, &token), Some(42));
        assert_eq!(keys.verify_link::<i64>(LinkPurpose::Unsubscribe, &token), None, "another purpose");
        assert_eq!(keys.verify_link::<i64>(LinkPurpose::Confirm, &token.replacen("42", "43", 1)), None, "another row");
        assert_eq!(keys.verify_link::<i64>(LinkPurpose::Confirm, &token.replacen("42", "042", 1)), None, "respelt");
        for bad in ["", "42", "42.", "x.y", "42.zz"] {
            assert_eq!(keys.verify_link::<i64>(LinkPurpose::Confirm, bad), None, "{bad}");
        }
        ring.add_key(&path).unwrap();
        let rotated = Keys::derive(&ring);
        assert_eq!(rotated.verify_link(LinkPurpose::Confirm, &token), Some(42), "old links survive a rotation");
        assert_ne!(rotated.sign_link(LinkPurpose::Confirm, 42), token, "new links use the new key");
        // A versioned link names its version; altering either number breaks it.
        let v = keys.sign_versioned_link(LinkPurpose::Confirm, 42, 3);
        assert_eq!(keys.verify_versioned_link::<i64>(LinkPurpose::Confirm, &v), Some((42, Some(3))));
        assert_eq!(keys.verify_link::<i64>(LinkPurpose::Confirm, &v), None, "an unversioned reader refuses it");
        assert_eq!(keys.verify_versioned_link::<i64>(LinkPurpose::Confirm, &v.replacen(".3.", ".4.", 1)), None, "another version");
        assert_eq!(keys.verify_versioned_link::<i64>(LinkPurpose::Confirm, &v.replacen(".3.", ".03.", 1)), None, "respelt");
        assert_eq!(keys.verify_versioned_link::<i64>(LinkPurpose::Confirm, &token), Some((42, None)));
    }

    #[test]
    fn unsubscribe_links_outlive_a_finished_rotation_and_nothing_else_does() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("master.key");
        let mut ring = load_or_create_keyring(&path).unwrap();
        let old_key_hex = to_hex(ring.current().1.expose());
        let keys = Keys::derive(&ring);
        let unsubscribe = keys.sign_link(LinkPurpose::Unsubscribe, 7);
        let own = keys.sign_link(LinkPurpose::SelfService, 7);
        ring.add_key(&path).unwrap();
        ring.retire_old_keys(&path).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(!text.contains(&old_key_hex), "the retired key itself is gone from the file");
        let after = Keys::derive(&load_or_create_keyring(&path).unwrap());
        assert_eq!(after.verify_link::<i64>(LinkPurpose::Unsubscribe, &unsubscribe), Some(7), "unsubscribing keeps working");
        assert_eq!(after.verify_link::<i64>(LinkPurpose::SelfService, &own), None, "the own page needs a live key");
        assert_eq!(after.fields.current_id(), 2);
    }

    #[test]
    fn subkeys_differ_by_purpose() {
        let dir = tempfile::tempdir().unwrap();
        let ring = load_or_create_keyring(&dir.path().join("k")).unwrap();
        let keys = Keys::derive(&ring);
        assert_ne!(keys.csrf.expose(), keys.throttle.expose());
        assert_ne!(keys.csrf.expose(), ring.current().1.expose());
        let fields = FieldKeys::new(&ring);
        assert_ne!(fields.blind_index("email", "a"), fields.blind_index("phone", "a"), "domains separate");
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
