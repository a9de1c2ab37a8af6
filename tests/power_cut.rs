//! Durability across a power cut, not just a crash. SIGKILL (`tests/crash.rs`) leaves the
//! kernel's page cache alone, so a server that never synced would pass it. Here the data folder
//! sits on a filesystem of the test's own (FUSE, in this process, as LazyFS does it) that keeps
//! every write not yet fsynced in a list it can undo: a "power cut" freezes the filesystem (every
//! later write fails), kills the server, throws away each file's unsynced writes, and mounts the
//! filesystem again (so the kernel keeps no page of the old contents). The server is restarted
//! on what survived, and every signature it acknowledged (a `303` to `…/thanks`) must be there.
//!
//! As LazyFS does by default, only file data is lost: creating, renaming and removing files take
//! effect at once (ext4 and most journalling filesystems commit those in order anyway).
//!
//! The same run with SQLite told never to sync (`db::UNSAFE_NO_SYNC`) must lose acknowledged
//! signatures: proof that the test can fail.
//!
//! Needs `/dev/fuse` and the right to mount (root, or `fusermount3`); skips loudly without them
//! (CI runs it). SQLite only: PostgreSQL's durability is its server's.

mod common;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use fuser::{
    Errno, FileAttr, FileHandle, FileType, FopenFlags, Generation, INodeNo, OpenFlags, RenameFlags, ReplyAttr, ReplyCreate, ReplyData,
    ReplyDirectory, ReplyEmpty, ReplyEntry, ReplyOpen, ReplyStatfs, ReplyWrite, Request, TimeOrNow, WriteFlags,
};

const CAMPAIGN: &str = "defend-idlib";
const PETITION: &str = "open-the-borders";
const CLIENTS: usize = 4;
const ROUNDS: usize = 3;

/// One write that has not been synced, and what it replaced: undone newest first, these give
/// back the file as it was at its last fsync.
struct Undo {
    offset: usize,
    old: Vec<u8>,
    old_len: usize,
}

enum Kind {
    Dir(BTreeMap<OsString, u64>),
    File { data: Vec<u8>, unsynced: Vec<Undo> },
}

struct Node {
    kind: Kind,
    perm: u16,
    mtime: SystemTime,
}

struct State {
    nodes: HashMap<u64, Node>,
    next: u64,
    uid: u32,
    gid: u32,
    /// The power is off: every change fails.
    off: bool,
    fsyncs: u64,
}

/// The filesystem; clones share it, so it outlives an unmount and is mounted again.
#[derive(Clone)]
struct Lossy(Arc<Mutex<State>>);

const TTL: Duration = Duration::ZERO;

impl Lossy {
    fn new(uid: u32, gid: u32) -> Lossy {
        let root = Node { kind: Kind::Dir(BTreeMap::new()), perm: 0o755, mtime: SystemTime::now() };
        Lossy(Arc::new(Mutex::new(State { nodes: HashMap::from([(1, root)]), next: 2, uid, gid, off: false, fsyncs: 0 })))
    }

    /// The power goes: every later change fails, and each file loses what was written to it
    /// since its last fsync. Returns the number of writes lost.
    fn cut(&self) -> usize {
        let mut s = self.0.lock().unwrap();
        s.off = true;
        let mut lost = 0;
        for node in s.nodes.values_mut() {
            if let Kind::File { data, unsynced } = &mut node.kind {
                lost += unsynced.len();
                for undo in unsynced.drain(..).rev() {
                    data.resize(undo.old_len.max(undo.offset + undo.old.len()), 0);
                    data[undo.offset..undo.offset + undo.old.len()].copy_from_slice(&undo.old);
                    data.truncate(undo.old_len);
                }
            }
        }
        lost
    }

    fn power_on(&self) {
        self.0.lock().unwrap().off = false;
    }

    fn fsyncs(&self) -> u64 {
        self.0.lock().unwrap().fsyncs
    }

    fn mount(&self, at: &Path) -> std::io::Result<fuser::BackgroundSession> {
        let mut config = fuser::Config::default();
        config.mount_options = vec![fuser::MountOption::FSName("tadamun-power-cut".into()), fuser::MountOption::RW];
        fuser::spawn_mount(self.clone(), at, &config)
    }
}

impl State {
    fn attr(&self, ino: u64) -> Option<FileAttr> {
        let node = self.nodes.get(&ino)?;
        let (kind, size, nlink) = match &node.kind {
            Kind::Dir(_) => (FileType::Directory, 0, 2),
            Kind::File { data, .. } => (FileType::RegularFile, data.len() as u64, 1),
        };
        Some(FileAttr {
            ino: INodeNo(ino),
            size,
            blocks: size.div_ceil(512),
            atime: node.mtime,
            mtime: node.mtime,
            ctime: node.mtime,
            crtime: node.mtime,
            kind,
            perm: node.perm,
            nlink,
            uid: self.uid,
            gid: self.gid,
            rdev: 0,
            blksize: 4096,
            flags: 0,
        })
    }

    fn child(&self, parent: u64, name: &OsStr) -> Result<u64, Errno> {
        match &self.nodes.get(&parent).ok_or(Errno::ENOENT)?.kind {
            Kind::Dir(children) => children.get(name).copied().ok_or(Errno::ENOENT),
            Kind::File { .. } => Err(Errno::ENOTDIR),
        }
    }

    fn children(&mut self, dir: u64) -> Result<&mut BTreeMap<OsString, u64>, Errno> {
        match &mut self.nodes.get_mut(&dir).ok_or(Errno::ENOENT)?.kind {
            Kind::Dir(children) => Ok(children),
            Kind::File { .. } => Err(Errno::ENOTDIR),
        }
    }

    fn add(&mut self, parent: u64, name: &OsStr, kind: Kind, perm: u16) -> Result<u64, Errno> {
        if self.off {
            return Err(Errno::EIO);
        }
        if self.child(parent, name).is_ok() {
            return Err(Errno::EEXIST);
        }
        let ino = self.next;
        self.next += 1;
        self.nodes.insert(ino, Node { kind, perm, mtime: SystemTime::now() });
        self.children(parent)?.insert(name.to_os_string(), ino);
        Ok(ino)
    }

    /// Change a file's bytes, keeping what they replace until the next fsync.
    fn change(&mut self, ino: u64, offset: usize, bytes: Option<&[u8]>, new_len: Option<usize>) -> Result<(), Errno> {
        if self.off {
            return Err(Errno::EIO);
        }
        let node = self.nodes.get_mut(&ino).ok_or(Errno::ENOENT)?;
        node.mtime = SystemTime::now();
        let Kind::File { data, unsynced } = &mut node.kind else { return Err(Errno::EISDIR) };
        let old_len = data.len();
        match (bytes, new_len) {
            (Some(bytes), _) => {
                let end = offset + bytes.len();
                let old = data[offset.min(old_len)..end.min(old_len)].to_vec();
                unsynced.push(Undo { offset: offset.min(old_len), old, old_len });
                if data.len() < end {
                    data.resize(end, 0);
                }
                data[offset..end].copy_from_slice(bytes);
            }
            (None, Some(len)) => {
                let old = data[len.min(old_len)..].to_vec();
                unsynced.push(Undo { offset: len.min(old_len), old, old_len });
                data.resize(len, 0);
            }
            (None, None) => {}
        }
        Ok(())
    }
}

impl fuser::Filesystem for Lossy {
    fn lookup(&self, _req: &Request, parent: INodeNo, name: &OsStr, reply: ReplyEntry) {
        let s = self.0.lock().unwrap();
        match s.child(parent.0, name) {
            Ok(ino) => reply.entry(&TTL, &s.attr(ino).unwrap(), Generation(0)),
            Err(e) => reply.error(e),
        }
    }

    fn getattr(&self, _req: &Request, ino: INodeNo, _fh: Option<FileHandle>, reply: ReplyAttr) {
        match self.0.lock().unwrap().attr(ino.0) {
            Some(attr) => reply.attr(&TTL, &attr),
            None => reply.error(Errno::ENOENT),
        }
    }

    fn setattr(
        &self,
        _req: &Request,
        ino: INodeNo,
        mode: Option<u32>,
        _uid: Option<u32>,
        _gid: Option<u32>,
        size: Option<u64>,
        _atime: Option<TimeOrNow>,
        _mtime: Option<TimeOrNow>,
        _ctime: Option<SystemTime>,
        _fh: Option<FileHandle>,
        _crtime: Option<SystemTime>,
        _chgtime: Option<SystemTime>,
        _bkuptime: Option<SystemTime>,
        _flags: Option<fuser::BsdFileFlags>,
        reply: ReplyAttr,
    ) {
        let mut s = self.0.lock().unwrap();
        if let Some(size) = size
            && let Err(e) = s.change(ino.0, 0, None, Some(size as usize))
        {
            return reply.error(e);
        }
        if let Some(mode) = mode {
            match s.nodes.get_mut(&ino.0) {
                Some(node) => node.perm = (mode & 0o7777) as u16,
                None => return reply.error(Errno::ENOENT),
            }
        }
        match s.attr(ino.0) {
            Some(attr) => reply.attr(&TTL, &attr),
            None => reply.error(Errno::ENOENT),
        }
    }

    fn mkdir(&self, _req: &Request, parent: INodeNo, name: &OsStr, mode: u32, umask: u32, reply: ReplyEntry) {
        let mut s = self.0.lock().unwrap();
        match s.add(parent.0, name, Kind::Dir(BTreeMap::new()), (mode & !umask & 0o7777) as u16) {
            Ok(ino) => reply.entry(&TTL, &s.attr(ino).unwrap(), Generation(0)),
            Err(e) => reply.error(e),
        }
    }

    fn create(&self, _req: &Request, parent: INodeNo, name: &OsStr, mode: u32, umask: u32, _flags: i32, reply: ReplyCreate) {
        let mut s = self.0.lock().unwrap();
        match s.add(parent.0, name, Kind::File { data: Vec::new(), unsynced: Vec::new() }, (mode & !umask & 0o7777) as u16) {
            Ok(ino) => reply.created(&TTL, &s.attr(ino).unwrap(), Generation(0), FileHandle(0), FopenFlags::empty()),
            Err(e) => reply.error(e),
        }
    }

    fn unlink(&self, _req: &Request, parent: INodeNo, name: &OsStr, reply: ReplyEmpty) {
        let mut s = self.0.lock().unwrap();
        if s.off {
            return reply.error(Errno::EIO);
        }
        // The node itself stays (a process may hold it open); only its name goes.
        match s.children(parent.0).map(|c| c.remove(name)) {
            Ok(Some(_)) => reply.ok(),
            Ok(None) => reply.error(Errno::ENOENT),
            Err(e) => reply.error(e),
        }
    }

    fn link(&self, _req: &Request, ino: INodeNo, newparent: INodeNo, newname: &OsStr, reply: ReplyEntry) {
        let mut s = self.0.lock().unwrap();
        if s.off {
            return reply.error(Errno::EIO);
        }
        if s.child(newparent.0, newname).is_ok() {
            return reply.error(Errno::EEXIST);
        }
        match s.children(newparent.0) {
            Ok(c) => {
                c.insert(newname.to_os_string(), ino.0);
                reply.entry(&TTL, &s.attr(ino.0).unwrap(), Generation(0));
            }
            Err(e) => reply.error(e),
        }
    }

    fn rmdir(&self, _req: &Request, parent: INodeNo, name: &OsStr, reply: ReplyEmpty) {
        let mut s = self.0.lock().unwrap();
        if s.off {
            return reply.error(Errno::EIO);
        }
        let ino = match s.child(parent.0, name) {
            Ok(ino) => ino,
            Err(e) => return reply.error(e),
        };
        if matches!(&s.nodes[&ino].kind, Kind::Dir(c) if !c.is_empty()) {
            return reply.error(Errno::ENOTEMPTY);
        }
        s.children(parent.0).unwrap().remove(name);
        reply.ok();
    }

    fn rename(&self, _req: &Request, parent: INodeNo, name: &OsStr, newparent: INodeNo, newname: &OsStr, flags: RenameFlags, reply: ReplyEmpty) {
        let mut s = self.0.lock().unwrap();
        if s.off {
            return reply.error(Errno::EIO);
        }
        let ino = match s.child(parent.0, name) {
            Ok(ino) => ino,
            Err(e) => return reply.error(e),
        };
        if let Ok(existing) = s.child(newparent.0, newname) {
            if flags.contains(RenameFlags::RENAME_NOREPLACE) {
                return reply.error(Errno::EEXIST);
            }
            if matches!(&s.nodes[&existing].kind, Kind::Dir(c) if !c.is_empty()) {
                return reply.error(Errno::ENOTEMPTY);
            }
        }
        s.children(parent.0).unwrap().remove(name);
        match s.children(newparent.0) {
            Ok(c) => {
                c.insert(newname.to_os_string(), ino);
                reply.ok();
            }
            Err(e) => reply.error(e),
        }
    }

    fn open(&self, _req: &Request, ino: INodeNo, _flags: OpenFlags, reply: ReplyOpen) {
        // No FOPEN_KEEP_CACHE: the kernel drops its cached pages of the file at every open.
        match self.0.lock().unwrap().nodes.contains_key(&ino.0) {
            true => reply.opened(FileHandle(0), FopenFlags::empty()),
            false => reply.error(Errno::ENOENT),
        }
    }

    fn read(
        &self,
        _req: &Request,
        ino: INodeNo,
        _fh: FileHandle,
        offset: u64,
        size: u32,
        _flags: OpenFlags,
        _lock_owner: Option<fuser::LockOwner>,
        reply: ReplyData,
    ) {
        let s = self.0.lock().unwrap();
        match s.nodes.get(&ino.0).map(|n| &n.kind) {
            Some(Kind::File { data, .. }) => {
                let start = (offset as usize).min(data.len());
                let end = (start + size as usize).min(data.len());
                reply.data(&data[start..end]);
            }
            Some(Kind::Dir(_)) => reply.error(Errno::EISDIR),
            None => reply.error(Errno::ENOENT),
        }
    }

    fn write(
        &self,
        _req: &Request,
        ino: INodeNo,
        _fh: FileHandle,
        offset: u64,
        data: &[u8],
        _write_flags: WriteFlags,
        _flags: OpenFlags,
        _lock_owner: Option<fuser::LockOwner>,
        reply: ReplyWrite,
    ) {
        match self.0.lock().unwrap().change(ino.0, offset as usize, Some(data), None) {
            Ok(()) => reply.written(data.len() as u32),
            Err(e) => reply.error(e),
        }
    }

    fn flush(&self, _req: &Request, _ino: INodeNo, _fh: FileHandle, _lock_owner: fuser::LockOwner, reply: ReplyEmpty) {
        reply.ok();
    }

    fn fsync(&self, _req: &Request, ino: INodeNo, _fh: FileHandle, _datasync: bool, reply: ReplyEmpty) {
        let mut s = self.0.lock().unwrap();
        if s.off {
            return reply.error(Errno::EIO);
        }
        s.fsyncs += 1;
        if let Some(Node { kind: Kind::File { unsynced, .. }, .. }) = s.nodes.get_mut(&ino.0) {
            unsynced.clear();
        }
        reply.ok();
    }

    fn readdir(&self, _req: &Request, ino: INodeNo, _fh: FileHandle, offset: u64, mut reply: ReplyDirectory) {
        let s = self.0.lock().unwrap();
        let Some(Kind::Dir(children)) = s.nodes.get(&ino.0).map(|n| &n.kind) else { return reply.error(Errno::ENOTDIR) };
        let mut entries = vec![(ino.0, FileType::Directory, OsString::from(".")), (ino.0, FileType::Directory, OsString::from(".."))];
        for (name, child) in children {
            let kind = if matches!(s.nodes[child].kind, Kind::Dir(_)) { FileType::Directory } else { FileType::RegularFile };
            entries.push((*child, kind, name.clone()));
        }
        for (i, (child, kind, name)) in entries.into_iter().enumerate().skip(offset as usize) {
            if reply.add(INodeNo(child), (i + 1) as u64, kind, name) {
                break;
            }
        }
        reply.ok();
    }

    fn fsyncdir(&self, _req: &Request, _ino: INodeNo, _fh: FileHandle, _datasync: bool, reply: ReplyEmpty) {
        // Names change at once here (see the module doc): nothing to make durable.
        reply.ok();
    }

    fn statfs(&self, _req: &Request, _ino: INodeNo, reply: ReplyStatfs) {
        reply.statfs(1 << 24, 1 << 23, 1 << 23, 1 << 20, 1 << 19, 4096, 255, 4096);
    }
}

/// The server as a child process on the lossy filesystem.
struct Server {
    child: Option<std::process::Child>,
    data: PathBuf,
    port: u16,
    log: PathBuf,
    no_sync: bool,
}

impl Server {
    fn url(&self) -> String {
        format!("sqlite:{}", self.data.join("tadamun.sqlite3").display())
    }

    fn base(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    fn spawn(&mut self) {
        let log = std::fs::OpenOptions::new().create(true).append(true).open(&self.log).unwrap();
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_tadamun"));
        for (k, _) in std::env::vars() {
            if k.starts_with("TADAMUN_") {
                cmd.env_remove(k);
            }
        }
        if self.no_sync {
            cmd.env(tadamun::db::UNSAFE_NO_SYNC, "1");
        }
        let child = cmd
            .arg("--data-dir")
            .arg(&self.data)
            .args(["--database-url", &self.url(), "serve", "--listen", &format!("127.0.0.1:{}", self.port)])
            .args(["--demo", "true", "--form-min-seconds", "0", "--sign-per-minute", "0", "--workers", "0", "--log", "warn"])
            .stdin(Stdio::null())
            .stdout(Stdio::from(log.try_clone().unwrap()))
            .stderr(Stdio::from(log))
            .spawn()
            .expect("start the server");
        self.child = Some(child);
    }

    fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    fn log_tail(&self) -> String {
        let text = std::fs::read_to_string(&self.log).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        lines[lines.len().saturating_sub(40)..].join("\n")
    }

    async fn wait_until_up(&self) -> bool {
        let http = reqwest::Client::builder().timeout(Duration::from_secs(2)).build().unwrap();
        let deadline = Instant::now() + Duration::from_secs(60);
        while Instant::now() < deadline {
            if let Ok(res) = http.get(format!("{}/en/c/{CAMPAIGN}/p/{PETITION}", self.base())).send().await
                && res.status() == 200
            {
                return true;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        false
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill();
    }
}

fn hidden_token(page: &str) -> Option<String> {
    let needle = "name=\"form_token\" value=\"";
    let start = page.find(needle)? + needle.len();
    let end = page[start..].find('"')? + start;
    Some(page[start..end].to_string())
}

/// Sign with fresh emails until told to stop; every acknowledged email is noted.
async fn client(c: usize, round: usize, base: String, acknowledged: Arc<Mutex<Vec<String>>>, stop: Arc<AtomicBool>) {
    let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).timeout(Duration::from_secs(5)).build().unwrap();
    let page = format!("{base}/en/c/{CAMPAIGN}/p/{PETITION}");
    for n in 0.. {
        if stop.load(Ordering::Relaxed) {
            return;
        }
        let email = format!("cut-{round}-{c}-{n}@example.org");
        let Ok(res) = http.get(&page).send().await else { continue };
        let Some(token) = res.text().await.ok().as_deref().and_then(hidden_token) else { continue };
        let form = [("form_token", token.as_str()), ("name", "Power Cut"), ("email", email.as_str()), ("country", "SY"), ("comment", "Open the borders.")];
        if let Ok(res) = http.post(format!("{page}/sign")).form(&form).send().await {
            let location = res.headers().get("location").and_then(|v| v.to_str().ok()).unwrap_or("");
            if res.status() == 303 && location.ends_with("/thanks") {
                acknowledged.lock().unwrap().push(email);
            }
        }
    }
}

/// The emails of the demo petition's signatures, read with the server stopped. Read from a copy
/// outside the mount: this process serves the filesystem, and SQLite here would map the WAL
/// index from it; a page fault on that map holds the memory lock the serving thread may need
/// (an allocation), and both wait for ever.
async fn signed(server: &Server) -> HashSet<String> {
    let copy = tempfile::tempdir().unwrap();
    let data = copy.path().join("data");
    std::fs::create_dir(&data).unwrap();
    std::fs::set_permissions(&data, std::os::unix::fs::PermissionsExt::from_mode(0o700)).unwrap();
    for entry in std::fs::read_dir(&server.data).expect("the data folder survives") {
        let path = entry.unwrap().path();
        if path.is_file() {
            std::fs::write(data.join(path.file_name().unwrap()), std::fs::read(&path).unwrap()).unwrap();
        }
    }
    let db = tadamun::db::Db::connect(&format!("sqlite:{}", data.join("tadamun.sqlite3").display())).await.expect("open the database after the cut");
    let ring = tadamun::crypto::load_or_create_keyring(&data.join("master.key")).expect("the key file survives");
    let keys = tadamun::crypto::FieldKeys::new(&ring);
    let campaign = tadamun::campaigns::store::find_by_slug(&db, CAMPAIGN).await.unwrap().expect("the demo campaign survives");
    let petition = tadamun::petitions::store::find(&db, campaign.id, PETITION).await.unwrap().expect("the demo petition survives");
    let rows = tadamun::petitions::store::all_signatures(&db, &keys, petition.id, "lead:0").await.expect("read signatures");
    if db.backend == tadamun::db::Backend::Sqlite {
        let (check,): (String,) = sqlx::query_as("PRAGMA integrity_check").fetch_one(&db.pool).await.unwrap();
        assert_eq!(check, "ok", "PRAGMA integrity_check after a power cut");
    }
    db.pool.close().await;
    rows.into_iter().map(|r| r.email).collect()
}

struct Outcome {
    acknowledged: usize,
    lost: usize,
    unsynced_writes_dropped: usize,
    fsyncs: u64,
}

/// Sign, cut the power, restart on what survived, count what was acknowledged and is gone:
/// `rounds` times on one filesystem.
async fn power_cuts(rounds: usize, no_sync: bool) -> Option<Outcome> {
    let dir = tempfile::tempdir().unwrap();
    let mountpoint = dir.path().join("mnt");
    std::fs::create_dir(&mountpoint).unwrap();
    let owner = std::os::unix::fs::MetadataExt::uid(&std::fs::metadata(&mountpoint).unwrap());
    let group = std::os::unix::fs::MetadataExt::gid(&std::fs::metadata(&mountpoint).unwrap());
    let fs = Lossy::new(owner, group);
    let mut session = match fs.mount(&mountpoint) {
        Ok(s) => Some(s),
        Err(e) => {
            common::require_tool(&format!("FUSE (/dev/fuse and the right to mount it: {e})"), false);
            return None;
        }
    };
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let mut server = Server { child: None, data: mountpoint.join("data"), port, log: dir.path().join("server.log"), no_sync };
    server.spawn();
    assert!(server.wait_until_up().await, "the server did not come up on the filesystem:\n{}", server.log_tail());

    let acknowledged = Arc::new(Mutex::new(Vec::new()));
    let mut dropped = 0;
    for round in 0..rounds {
        let stop = Arc::new(AtomicBool::new(false));
        let clients: Vec<_> = (0..CLIENTS).map(|c| tokio::spawn(client(c, round, server.base(), acknowledged.clone(), stop.clone()))).collect();
        // Let some signatures through, then cut at a random moment within the next second.
        let first = acknowledged.lock().unwrap().len();
        let deadline = Instant::now() + Duration::from_secs(30);
        while acknowledged.lock().unwrap().len() < first + 20 && Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        let random = u64::from_le_bytes(tadamun::crypto::random_bytes::<8>());
        tokio::time::sleep(Duration::from_millis(random % 1000)).await;
        // The cut: first the disk stops, then the machine. What a client was told after the
        // filesystem froze came from a server that could no longer write: still counted.
        dropped += fs.cut();
        server.kill();
        stop.store(true, Ordering::Relaxed);
        for c in clients {
            c.await.unwrap();
        }
        drop(session.take());
        fs.power_on();
        session = Some(fs.mount(&mountpoint).expect("mount again"));
        server.spawn();
        assert!(server.wait_until_up().await, "round {round}: the server did not come back after the power cut:\n{}", server.log_tail());
    }
    server.kill();
    let acknowledged = acknowledged.lock().unwrap().clone();
    assert!(!acknowledged.is_empty(), "no signature was acknowledged:\n{}", server.log_tail());
    let present = signed(&server).await;
    let lost = acknowledged.iter().filter(|e| !present.contains(*e)).count();
    let fsyncs = fs.fsyncs();
    drop(session);
    Some(Outcome { acknowledged: acknowledged.len(), lost, unsynced_writes_dropped: dropped, fsyncs })
}

/// Every acknowledged signature survives three power cuts, and the database stays sound.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn acknowledged_signatures_survive_a_power_cut() {
    let Some(out) = power_cuts(ROUNDS, false).await else { return };
    println!(
        "power cut: rounds={ROUNDS} acknowledged={} lost={} unsynced_writes_dropped={} fsyncs={}",
        out.acknowledged, out.lost, out.unsynced_writes_dropped, out.fsyncs
    );
    assert_eq!(out.lost, 0, "{} of {} acknowledged signatures lost in a power cut", out.lost, out.acknowledged);
    assert!(out.unsynced_writes_dropped > 0, "the cuts dropped no write at all: they tested nothing");
}

/// The same with SQLite told never to sync: acknowledged signatures are lost, so the test above
/// can fail.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn without_sync_the_power_cut_loses_acknowledged_signatures() {
    let Some(out) = power_cuts(1, true).await else { return };
    println!("power cut without sync: acknowledged={} lost={} fsyncs={}", out.acknowledged, out.lost, out.fsyncs);
    assert!(out.lost > 0, "a server that never syncs lost nothing: the cut does not drop unsynced writes");
}
