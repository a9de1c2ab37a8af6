//! The layers of `src/`, checked on every test run, so that no import can quietly make a
//! cycle between capabilities' pages again. See ARCHITECTURE.md ("The layers").
//!
//! Bottom to top:
//! 1. foundation: config, context, crypto, db, error, i18n, text, countries, mail, the job
//!    queue (`jobs` but its page), and staff accounts (`staff::model`, `staff::store`: who may
//!    sign in, which the toolkit's session guard reads). Imports only the foundation.
//! 2. toolkit: `http/*` and `state`. Imports the foundation and itself, never a capability.
//! 3. capabilities' rooms (model, store, service, view, jobs, mail, …): import the layers below
//!    and other capabilities' rooms, never any `web`. The privacy core (`supporters`) imports
//!    no other capability at all.
//! 4. capabilities' `web` (handlers): import anything below, never another capability's `web`.
//! 5. top: `router` (the only importer of any `web`), `app`, `cli`, `demo`, `main`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

const CAPABILITIES: &[&str] = &["audit", "campaigns", "events", "facts", "organisations", "petitions", "supporters", "staff", "targets", "watch", "calls", "letters"];
const FOUNDATION: &[&str] = &["config", "context", "crypto", "db", "error", "i18n", "images", "places", "text", "countries", "mail", "jobs"];
const TOOLKIT: &[&str] = &["http", "state"];
const TOP: &[&str] = &["router", "app", "cli", "demo", "main", "lib"];

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Layer {
    Foundation,
    Toolkit,
    /// A capability's rooms other than `web`.
    Rooms(String),
    /// A capability's (or the job queue's) web handlers.
    Web(String),
    Top(String),
}

/// The layer of a module path (`["petitions", "web", "public"]`).
fn layer(path: &[String]) -> Layer {
    let first = path.first().map(String::as_str).unwrap_or("lib");
    let second = path.get(1).map(String::as_str).unwrap_or("");
    if second == "web" {
        return Layer::Web(first.to_string());
    }
    if first == "staff" && (second == "model" || second == "store" || second.is_empty() || second.starts_with(char::is_uppercase)) {
        return Layer::Foundation;
    }
    if FOUNDATION.contains(&first) {
        return Layer::Foundation;
    }
    if TOOLKIT.contains(&first) {
        return Layer::Toolkit;
    }
    if CAPABILITIES.contains(&first) {
        return Layer::Rooms(first.to_string());
    }
    if TOP.contains(&first) {
        return Layer::Top(first.to_string());
    }
    panic!("src/{} is in no layer: add it to tests/architecture.rs and ARCHITECTURE.md", path.join("/"));
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("reading src") {
        let path = entry.expect("dir entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The module path of a file: `src/petitions/web/public.rs` → petitions::web::public.
fn module_of(src: &Path, file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(src).expect("under src").with_extension("");
    let mut parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    if parts.last().is_some_and(|l| l == "mod") {
        parts.pop();
    }
    parts
}

/// The code of a file without comments (doc comments name modules in prose) and without its
/// unit tests (an inline `mod tests`, where `super` means the file itself).
fn code(text: &str) -> String {
    let text = text.split("#[cfg(test)]").next().unwrap_or("");
    text.lines().map(|l| l.split("//").next().unwrap_or("")).collect::<Vec<_>>().join("\n")
}

/// Every module path the file refers to, resolved from `crate::…` and `super::…`.
fn references(module: &[String], is_mod_rs: bool, text: &str) -> BTreeSet<Vec<String>> {
    let mut out = BTreeSet::new();
    let code = code(text);
    let bytes = code.as_bytes();
    let word = |i: usize| -> Vec<String> {
        code[i..]
            .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
            .next()
            .unwrap_or("")
            .split("::")
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect()
    };
    for (i, _) in code.match_indices("crate::") {
        if i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_') {
            continue;
        }
        let path = word(i + "crate::".len());
        // `crate::row_id!` is a macro the crate exports at its root (declared in `db`).
        let is_macro = code[i + "crate::".len()..].trim_start_matches(|c: char| c.is_alphanumeric() || c == '_').starts_with('!');
        if !path.is_empty() && !(path.len() == 1 && is_macro) {
            out.insert(path.into_iter().take(3).collect());
        }
    }
    for (i, _) in code.match_indices("super::") {
        if i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_' || bytes[i - 1] == b':') {
            continue;
        }
        // `super` of a file `a/b.rs` is `a`; of `a/b/mod.rs` (module a::b) it is `a` too.
        let mut base: Vec<String> = module.to_vec();
        let _ = is_mod_rs;
        base.pop();
        let mut rest = word(i + "super::".len());
        while rest.first().is_some_and(|s| s == "super") {
            rest.remove(0);
            base.pop();
        }
        base.extend(rest);
        out.insert(base.into_iter().take(3).collect());
    }
    out
}

/// Why `from` may not import `to`, or `None` when it may.
fn forbidden(from: &Layer, to: &Layer, to_path: &[String]) -> Option<&'static str> {
    use Layer::*;
    match (from, to) {
        (Top(_), _) => None,
        (_, Top(name)) if name == "router" => Some("only the top imports the router"),
        (_, Top(_)) => Some("nothing below the top imports app, cli or demo"),
        (Web(a), Web(b)) if a != b => Some("a capability's handlers never import another's handlers: share a service or view"),
        (Web(_), _) => None,
        (_, Web(_)) => Some("only the router (and a capability's own web) imports web handlers"),
        (Foundation, Foundation) => None,
        (Foundation, _) => Some("the foundation imports only the foundation"),
        (Toolkit, Foundation | Toolkit) => None,
        (Toolkit, _) => Some("the toolkit (http, state) imports no capability"),
        (Rooms(a), Rooms(b)) if a == "supporters" && b != "supporters" => {
            Some("the privacy core (supporters) imports no capability: capabilities register with supporters::service instead")
        }
        (Rooms(_), _) => {
            let _ = to_path;
            None
        }
    }
}

#[test]
fn imports_follow_the_layers() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    assert!(files.len() > 30, "found only {} files under src", files.len());
    let mut broken = Vec::new();
    for file in &files {
        let module = module_of(&src, file);
        let text = std::fs::read_to_string(file).expect("reading a source file");
        // `lib.rs` and `main.rs` only declare or start things.
        if module.is_empty() || module == ["lib"] || module == ["main"] {
            continue;
        }
        let from = layer(&module);
        let is_mod_rs = file.file_name().is_some_and(|n| n == "mod.rs");
        for target in references(&module, is_mod_rs, &text) {
            if target.is_empty() {
                continue;
            }
            let to = layer(&target);
            if let Some(why) = forbidden(&from, &to, &target) {
                broken.push(format!("src/{}.rs imports {}: {why}", module.join("/"), target.join("::")));
            }
        }
    }
    assert!(broken.is_empty(), "imports that break the layers:\n{}", broken.join("\n"));
}

#[test]
fn the_checker_catches_a_wrong_way_import() {
    let public = vec!["petitions".to_string(), "web".to_string(), "public".to_string()];
    let refs = references(&public, false, "use crate::campaigns::web::staff::x; use super::staff::y; // crate::facts::web");
    let layers: Vec<_> = refs.iter().map(|r| (layer(r), r.clone())).collect();
    assert!(layers.iter().any(|(l, _)| *l == Layer::Web("campaigns".into())));
    assert!(!refs.iter().any(|r| r.first().is_some_and(|f| f == "facts")), "comments are not imports: {refs:?}");
    let from = layer(&public);
    assert!(forbidden(&from, &Layer::Web("campaigns".into()), &[]).is_some());
    assert!(forbidden(&from, &Layer::Web("petitions".into()), &[]).is_none(), "its own web may");
    assert!(forbidden(&Layer::Toolkit, &Layer::Rooms("campaigns".into()), &[]).is_some());
    assert!(forbidden(&Layer::Rooms("supporters".into()), &Layer::Rooms("petitions".into()), &[]).is_some());
    assert!(forbidden(&Layer::Rooms("petitions".into()), &Layer::Rooms("supporters".into()), &[]).is_none());
    assert!(forbidden(&Layer::Foundation, &Layer::Toolkit, &[]).is_some());
    assert!(forbidden(&Layer::Rooms("facts".into()), &Layer::Top("router".into()), &[]).is_some());
    // `super` from a web file reaches the capability's rooms.
    let store = references(&public, false, "use super::super::store;");
    assert!(store.contains(&vec!["petitions".to_string(), "store".to_string()]), "{store:?}");
}
