//! The supporters store on the backend the harness picks: one person per email whatever its
//! case or spacing (also under concurrent sign-ups), no personal data in clear in the database,
//! ciphertexts bound to their row, consents with their history, export, erasure, and key
//! rotation that survives being stopped half-way.


use crate::common::TestApp;
use sqlx::Acquire;
use tadamun::crypto::{FieldKeys, load_or_create_keyring};
use tadamun::i18n::Lang;
use tadamun::supporters::model::{CountryCode, Email, PersonName, SupporterId};
use tadamun::supporters::store::{self, NewSupporter};

fn new(email: &str, name: &str) -> NewSupporter {
    NewSupporter {
        email: Email::parse(email).unwrap(),
        name: Some(PersonName::parse(name).unwrap()),
        country: Some(CountryCode::parse("DE").unwrap()),
        lang: Lang::Ar,
    }
}

async fn add(app: &TestApp, keys: &FieldKeys, s: &NewSupporter) -> (SupporterId, bool) {
    let mut conn = app.state.db.pool.acquire().await.unwrap();
    let mut tx = conn.begin().await.unwrap();
    let out = store::find_or_create(&mut tx, keys, s, tadamun::db::now()).await.unwrap();
    tx.commit().await.unwrap();
    out
}

#[tokio::test]
async fn one_person_per_email_whatever_the_case_or_spacing() {
    let app = TestApp::spawn().await;
    let keys = &app.state.keys.fields;
    let (a, new_a) = add(&app, keys, &new("Amal@Example.org", "Amal")).await;
    let (b, new_b) = add(&app, keys, &new("  amal@EXAMPLE.ORG ", "A. H.")).await;
    let (c, _) = add(&app, keys, &new("amal2@example.org", "Amal")).await;
    assert!(new_a && !new_b);
    assert_eq!(a, b);
    assert_ne!(a, c);
    let s = store::load(&app.state.db, keys, a).await.unwrap().unwrap();
    assert_eq!(s.email, "amal@example.org");
    assert_eq!(s.name.as_deref(), Some("Amal"), "the first record stands");
    assert_eq!(s.country.as_deref(), Some("DE"));
    app.finish().await;
}

#[tokio::test]
async fn concurrent_sign_ups_of_one_email_make_one_supporter() {
    let app = TestApp::spawn().await;
    let mut tasks = Vec::new();
    for i in 0..16 {
        let state = app.state.clone();
        tasks.push(tokio::spawn(async move {
            let email = if i % 2 == 0 { "Nour@Example.org" } else { "nour@example.org " };
            loop {
                let mut conn = state.db.pool.acquire().await.unwrap();
                let mut tx = conn.begin().await.unwrap();
                let attempt = store::find_or_create(&mut tx, &state.keys.fields, &new(email, "Nour"), tadamun::db::now()).await;
                match attempt {
                    Ok((id, _)) => match tx.commit().await {
                        Ok(()) => return id,
                        Err(e) if format!("{e}").contains("locked") || format!("{e}").contains("busy") => continue,
                        Err(e) => panic!("{e}"),
                    },
                    // SQLite's single writer answers "busy" to the others; they try again.
                    Err(e) if format!("{e:#}").contains("locked") || format!("{e:#}").contains("busy") => continue,
                    Err(e) => panic!("{e:#}"),
                }
            }
        }));
    }
    let mut ids = Vec::new();
    for t in tasks {
        ids.push(t.await.unwrap());
    }
    ids.dedup();
    assert_eq!(ids.len(), 1, "{ids:?}");
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM supporters").fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(n, 1);
    app.finish().await;
}

#[tokio::test]
async fn no_personal_data_is_stored_in_clear() {
    let app = TestApp::spawn().await;
    let keys = &app.state.keys.fields;
    let canaries = ["canary.email.7f3a@example.org", "Canaryname Zqxw"];
    let (id, _) = add(&app, keys, &new(canaries[0], canaries[1])).await;
    let mut conn = app.state.db.pool.acquire().await.unwrap();
    let mut tx = conn.begin().await.unwrap();
    store::set_consent(&mut tx, id, "lead", true, "petition:1", Lang::Ar, 1).await.unwrap();
    tx.commit().await.unwrap();
    drop(conn);
    match app.state.db.backend {
        tadamun::db::Backend::Sqlite => {
            for file in ["tadamun.sqlite3", "tadamun.sqlite3-wal"] {
                let path = app.data_dir().join(file);
                if let Ok(bytes) = std::fs::read(&path) {
                    for canary in canaries.iter().chain(&["canary.email", "Zqxw"]) {
                        let lower = canary.to_lowercase();
                        for needle in [canary.as_bytes(), lower.as_bytes()] {
                            assert!(!bytes.windows(needle.len()).any(|w| w == needle), "{canary} in clear in {file}");
                        }
                    }
                }
            }
        }
        tadamun::db::Backend::Postgres => {
            let rows: Vec<(Vec<u8>, Option<Vec<u8>>)> =
                sqlx::query_as("SELECT email_ct, name_ct FROM supporters").fetch_all(&app.state.db.pool).await.unwrap();
            for (e, n) in rows {
                for canary in ["canary.email", "Zqxw"] {
                    assert!(!e.windows(canary.len()).any(|w| w == canary.as_bytes()));
                    assert!(!n.as_deref().unwrap_or_default().windows(canary.len()).any(|w| w == canary.as_bytes()));
                }
            }
        }
    }
    app.finish().await;
}

#[tokio::test]
async fn a_ciphertext_moved_to_another_row_does_not_decrypt() {
    let app = TestApp::spawn().await;
    let keys = &app.state.keys.fields;
    let (a, _) = add(&app, keys, &new("a@example.org", "A")).await;
    let (b, _) = add(&app, keys, &new("b@example.org", "B")).await;
    sqlx::query("UPDATE supporters SET email_ct = (SELECT email_ct FROM supporters WHERE id = $1) WHERE id = $2")
        .bind(a)
        .bind(b)
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    let err = store::load(&app.state.db, keys, b).await.unwrap_err();
    assert!(format!("{err:#}").contains("did not decrypt"), "{err:#}");
    assert!(store::load(&app.state.db, keys, a).await.unwrap().is_some());
    app.finish().await;
}

#[tokio::test]
async fn consents_keep_their_history_and_erasure_removes_everything() {
    let app = TestApp::spawn().await;
    let keys = &app.state.keys.fields;
    let (id, _) = add(&app, keys, &new("layla@example.org", "Layla")).await;
    for (granted, source, at) in [(true, "petition:3", 10), (false, "unsubscribe", 20)] {
        let mut conn = app.state.db.pool.acquire().await.unwrap();
        let mut tx = conn.begin().await.unwrap();
        store::set_consent(&mut tx, id, "lead", granted, source, Lang::En, at).await.unwrap();
        tx.commit().await.unwrap();
    }
    let now = store::consents(&app.state.db, id).await.unwrap();
    assert_eq!(now.len(), 1);
    assert_eq!((now[0].granted, now[0].source.as_str()), (0, "unsubscribe"));
    let json = store::export(&app.state.db, keys, id).await.unwrap().unwrap();
    assert_eq!(json["email"], "layla@example.org");
    assert_eq!(json["name"], "Layla");
    assert_eq!(json["consent_history"].as_array().unwrap().len(), 2);
    assert_eq!(json["consent_history"][0]["source"], "petition:3");

    assert!(store::erase(&app.state.db, id).await.unwrap());
    assert!(!store::erase(&app.state.db, id).await.unwrap(), "nothing left to erase");
    assert!(store::load(&app.state.db, keys, id).await.unwrap().is_none());
    for table in ["supporters", "consents", "consent_events", "email_slots"] {
        let (n,): (i64,) = sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {table}"))).fetch_one(&app.state.db.pool).await.unwrap();
        assert_eq!(n, 0, "{table}");
    }
    // The same person may come back later as a new supporter.
    let (again, created) = add(&app, keys, &new("layla@example.org", "Layla")).await;
    assert!(created && again != id);
    app.finish().await;
}

#[tokio::test]
async fn key_rotation_can_stop_half_way_and_finish_later() {
    let app = TestApp::spawn().await;
    let path = app.data_dir().join("master.key");
    let old = FieldKeys::new(&load_or_create_keyring(&path).unwrap());
    let mut ids = Vec::new();
    for i in 0..5 {
        ids.push(add(&app, &old, &new(&format!("p{i}@example.org"), &format!("Person {i}"))).await.0);
    }
    let mut ring = load_or_create_keyring(&path).unwrap();
    ring.add_key(&path).unwrap();
    let both = FieldKeys::new(&ring);
    assert_eq!(store::count_on_old_keys(&app.state.db, &both).await.unwrap(), 5);
    // One batch, then a "crash".
    assert_eq!(store::rotate_batch(&app.state.db, &both, 2).await.unwrap(), 2);
    assert_eq!(store::count_on_old_keys(&app.state.db, &both).await.unwrap(), 3);
    // Mid-rotation, everyone can still be read and found by email.
    for (i, id) in ids.iter().enumerate() {
        assert_eq!(store::load(&app.state.db, &both, *id).await.unwrap().unwrap().name.unwrap(), format!("Person {i}"));
        let mut conn = app.state.db.pool.acquire().await.unwrap();
        let found = store::find_by_email(&mut conn, &both, &Email::parse(&format!("P{i}@example.org")).unwrap()).await.unwrap();
        assert_eq!(found, Some(*id));
    }
    while store::rotate_batch(&app.state.db, &both, 2).await.unwrap() > 0 {}
    assert_eq!(store::count_on_old_keys(&app.state.db, &both).await.unwrap(), 0);
    ring.retire_old_keys(&path).unwrap();
    let new_only = FieldKeys::new(&load_or_create_keyring(&path).unwrap());
    for id in &ids {
        assert!(store::load(&app.state.db, &new_only, *id).await.unwrap().is_some());
    }
    let (slots,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM email_slots").fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(slots, 5, "old indexes' slots are gone");
    app.finish().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_rotate_keys_command_rotates_and_resumes() {
    if std::env::var(crate::common::POSTGRES_ENV).is_ok() {
        eprintln!("(the command itself is exercised on SQLite; the store test above covers PostgreSQL)");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let common = tadamun::config::CommonArgs { data_dir: Some(data.clone()), ..Default::default() };
    let cfg = tadamun::config::Config::resolve(&common, None).unwrap();
    let state = tadamun::app::prepare(cfg).await.unwrap();
    for i in 0..7 {
        let mut conn = state.db.pool.acquire().await.unwrap();
        let mut tx = conn.begin().await.unwrap();
        store::find_or_create(&mut tx, &state.keys.fields, &new(&format!("c{i}@example.org"), "C"), 0).await.unwrap();
        tx.commit().await.unwrap();
    }
    // An organisation's contact and a staff member's second factor: encrypted too, and moved
    // with the rest (a retired key takes everything it alone can open with it).
    let campaign = tadamun::campaigns::store::create(&state.db, &tadamun::campaigns::model::Slug::parse("rot").unwrap(), &[tadamun::i18n::Lang::En], tadamun::i18n::Lang::En, 0).await.unwrap().unwrap();
    let endorsement = tadamun::organisations::model::EndorseInput {
        name: "Rotating Union".into(),
        kind: "union".into(),
        country: "FR".into(),
        contact_name: "Rim".into(),
        contact_email: "rim@example.org".into(),
        ..Default::default()
    }
    .parse(tadamun::countries::countries())
    .unwrap();
    let org = {
        let mut tx = state.db.begin_write().await.unwrap();
        let id = tadamun::organisations::store::insert(&mut tx, &state.keys.fields, campaign, &endorsement, tadamun::i18n::Lang::En, None, 0).await.unwrap();
        tx.commit().await.unwrap();
        id
    };
    let login = tadamun::staff::Login::parse("rotating").unwrap();
    let staff_id = tadamun::staff::store::create(&state.db, &login, tadamun::staff::Role::Coordinator, None, "x", 0).await.unwrap().unwrap();
    let secret = [7u8; 20];
    let secret_ct = state.keys.fields.encrypt(tadamun::crypto::FieldRef::new("staff", "totp_secret", staff_id), &secret);
    tadamun::staff::store::enable_totp(&state.db, staff_id, &secret_ct, 1, &[]).await.unwrap();
    state.db.pool.close().await;
    // While a server holds the key file, rotation refuses to start.
    let refused = std::process::Command::new(env!("CARGO_BIN_EXE_tadamun"))
        .args(["admin", "rotate-keys", "--data-dir"])
        .arg(&data)
        .output()
        .unwrap();
    assert!(!refused.status.success() && String::from_utf8_lossy(&refused.stderr).contains("stop every server"));
    drop(state);
    let run = || {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_tadamun"));
        cmd.args(["admin", "rotate-keys", "--batch", "3", "--data-dir"]).arg(&data);
        cmd.output().unwrap()
    };
    let out = run();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.contains("Added key 2") && stdout.contains("Retired keys [1]"), "{stdout}");
    let ring = load_or_create_keyring(&data.join("master.key")).unwrap();
    assert_eq!(ring.ids(), vec![2]);
    assert!(stdout.contains("re-encrypted 9 of 9"), "7 supporters, a contact, a second factor: {stdout}");
    let keys = tadamun::crypto::FieldKeys::new(&ring);
    let db = tadamun::db::Db::connect(&format!("sqlite:{}", data.join("tadamun.sqlite3").display())).await.unwrap();
    let (_, email) = tadamun::organisations::store::contact(&db, &keys, org).await.unwrap().unwrap();
    assert_eq!(email.as_str(), "rim@example.org", "the contact opens with the new key alone");
    let (_, live, _) = tadamun::staff::store::totp_secrets(&db, staff_id).await.unwrap();
    assert_eq!(keys.decrypt(tadamun::crypto::FieldRef::new("staff", "totp_secret", staff_id), &live.unwrap()).unwrap(), secret.to_vec());
    db.pool.close().await;
    // Running it again rotates to key 3.
    let stdout = String::from_utf8_lossy(&run().stdout).to_string();
    assert!(stdout.contains("Added key 3"), "{stdout}");
}

#[tokio::test]
async fn a_form_token_is_used_once() {
    let app = TestApp::spawn().await;
    let tokens = tadamun::http::abuse::FormTokens::new(app.state.keys.form.clone());
    let token = tokens.issue("petition:1", 1_000);
    let hash = tokens.check("petition:1", &token, 9_000).unwrap();
    let mut conn = app.state.db.pool.acquire().await.unwrap();
    assert!(tadamun::http::abuse::consume_form_token(&mut conn, &hash, i64::MAX / 2).await.unwrap());
    assert!(!tadamun::http::abuse::consume_form_token(&mut conn, &hash, i64::MAX / 2).await.unwrap(), "a replay");
    drop(conn);
    assert_eq!(tadamun::http::abuse::purge_used_form_tokens(&app.state.db, i64::MAX).await.unwrap(), 1);
    app.finish().await;
}
