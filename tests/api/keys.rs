//! The database knows its keys: a key file that does not belong to it is refused at start,
//! never silently replaced or used.

use crate::common::TestApp;
use tadamun::crypto::load_or_create_keyring;
use tadamun::db::keys::{open_keyring, register, retire};

#[tokio::test]
async fn a_key_file_that_does_not_belong_to_the_database_is_refused() {
    let app = TestApp::spawn().await;
    let db = &app.state.db;
    let path = app.data_dir().join("master.key");
    let original = std::fs::read_to_string(&path).unwrap();
    // The file the server started with is accepted again.
    open_keyring(db, &path).await.unwrap();

    // Missing: never replaced by a new key while the database knows one.
    std::fs::remove_file(&path).unwrap();
    let err = open_keyring(db, &path).await.unwrap_err().to_string();
    assert!(err.contains("is missing"), "{err}");
    assert!(!path.exists(), "no new key file was made");

    // Another database's key file (same key number, another key).
    let other = tempfile::tempdir().unwrap();
    load_or_create_keyring(&other.path().join("k")).unwrap();
    std::fs::copy(other.path().join("k"), &path).unwrap();
    let err = open_keyring(db, &path).await.unwrap_err().to_string();
    assert!(err.contains("belongs to another database"), "{err}");

    // A rotation ran elsewhere: the old copy lacks the new key, and once the old key is
    // retired, a file holding only it is refused too.
    std::fs::write(&path, &original).unwrap();
    let rotated_dir = tempfile::tempdir().unwrap();
    let rotated = rotated_dir.path().join("master.key");
    std::fs::write(&rotated, &original).unwrap();
    let mut ring = load_or_create_keyring(&rotated).unwrap();
    ring.add_key(&rotated).unwrap();
    register(db, &ring).await.unwrap();
    let err = open_keyring(db, &path).await.unwrap_err().to_string();
    assert!(err.contains("lacks"), "{err}");
    let retired = ring.retire_old_keys(&rotated).unwrap();
    retire(db, &retired).await.unwrap();
    let err = open_keyring(db, &path).await.unwrap_err().to_string();
    assert!(err.contains("retired"), "{err}");
    // The rotated file is the one that works.
    open_keyring(db, &rotated).await.unwrap();
    app.finish().await;
}

/// A running server holds the key lock, and rotation (which replaces the key file by rename)
/// cannot take it, before or after the file is replaced.
#[tokio::test]
async fn rotation_waits_for_no_server_even_after_the_key_file_was_replaced() {
    let app = TestApp::spawn().await;
    let path = app.data_dir().join("master.key");
    let err = tadamun::crypto::lock_keyring_exclusive(&path).unwrap_err().to_string();
    assert!(err.contains("stop every server"), "{err}");
    let mut ring = load_or_create_keyring(&path).unwrap();
    ring.add_key(&path).unwrap();
    assert!(tadamun::crypto::lock_keyring_exclusive(&path).is_err(), "the lock outlives the rename");
    app.finish().await;
}

/// A key rotation on another machine (a newer key in the register than this process's): the
/// process stops signing (503 in the reader's language) instead of encrypting under a key the
/// others are about to retire.
#[tokio::test]
async fn a_process_whose_key_is_outdated_stops_signing() {
    let app = TestApp::spawn_with(crate::common::Options { demo: true, ..Default::default() }).await;
    let mut agent = app.agent();
    let page = agent.get("/en/c/defend-idlib/p/open-the-borders").await;
    let token = page.hidden("form_token");
    let other = tempfile::tempdir().unwrap();
    let mut ring = load_or_create_keyring(&app.data_dir().join("master.key")).unwrap();
    ring.add_key(&other.path().join("master.key")).unwrap();
    register(&app.state.db, &ring).await.unwrap();
    tadamun::app::check_keys(&app.state).await.unwrap();
    let res = agent
        .post("/ar/c/defend-idlib/p/open-the-borders/sign", &[("form_token", &token), ("name", "K"), ("email", "k@example.org"), ("country", "DE")])
        .await;
    assert_eq!(res.status, 503);
    assert!(res.body.contains("غير متاح الآن"), "{}", res.body);
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM signatures").fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(n, 0);
    app.finish().await;
}
