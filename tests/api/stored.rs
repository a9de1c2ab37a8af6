//! What the database holds is read back as what it is, or as an error that names the value:
//! never a quiet default (a bad status shown as a draft, a bad day as today, a bad language as
//! English). And the harness's own promise: a test that panics still drops its database.

use crate::common::{Options, TestApp, backend_name};
use tadamun::campaigns::store as campaigns;
use tadamun::petitions::store as petitions;

async fn exec(app: &TestApp, sql: &str) {
    sqlx::query(sqlx::AssertSqlSafe(sql.to_string())).execute(&app.state.db.pool).await.unwrap();
}

#[tokio::test]
async fn stored_values_that_do_not_parse_are_errors_naming_them() {
    let app = TestApp::spawn_with(Options { demo: true, ..Default::default() }).await;
    let db = &app.state.db;
    let campaign = campaigns::find_by_slug(db, "defend-idlib").await.unwrap().unwrap();

    exec(&app, "UPDATE petitions SET status = 'bogus'").await;
    let err = petitions::find(db, campaign.id, "open-the-borders").await.unwrap_err();
    assert!(format!("{err:#}").contains("\"bogus\""), "{err:#}");
    let page = app.agent().get("/en/c/defend-idlib/p/open-the-borders").await;
    assert_eq!(page.status, 500, "not a draft's 404");
    exec(&app, "UPDATE petitions SET status = 'open'").await;

    exec(&app, "UPDATE fact_points SET day = '2019-02-30'").await;
    let series = tadamun::facts::store::list_series(db, campaign.id).await.unwrap();
    let ids: Vec<_> = series.iter().map(|s| s.id).collect();
    let err = tadamun::facts::store::points(db, &ids, true).await.unwrap_err();
    assert!(format!("{err:#}").contains("2019-02-30"), "{err:#}");
    exec(&app, "UPDATE fact_points SET day = '2019-12-27'").await;

    exec(&app, "UPDATE fact_points SET value = 'abc'").await;
    let err = tadamun::facts::store::points(db, &ids, true).await.unwrap_err();
    assert!(format!("{err:#}").contains("\"abc\""), "{err:#}");
    exec(&app, "UPDATE fact_points SET value = '30000'").await;

    exec(&app, "UPDATE petition_texts SET lang = 'xx' WHERE lang = 'de'").await;
    let petition = petitions::find(db, campaign.id, "open-the-borders").await.unwrap().unwrap();
    let err = petitions::texts(db, petition.id).await.unwrap_err();
    assert!(format!("{err:#}").contains("\"xx\""), "{err:#}");
    exec(&app, "UPDATE petition_texts SET lang = 'de' WHERE lang = 'xx'").await;

    exec(&app, "UPDATE campaigns SET languages = 'ar,en,zz'").await;
    let err = campaigns::find_by_slug(db, "defend-idlib").await.unwrap_err();
    assert!(format!("{err:#}").contains("\"zz\""), "{err:#}");
    exec(&app, "UPDATE campaigns SET languages = 'ar,en', default_lang = 'qq'").await;
    let err = campaigns::find_by_slug(db, "defend-idlib").await.unwrap_err();
    assert!(format!("{err:#}").contains("\"qq\""), "{err:#}");
    exec(&app, "UPDATE campaigns SET default_lang = 'ar'").await;
    assert!(campaigns::find_by_slug(db, "defend-idlib").await.unwrap().is_some());
    app.finish().await;
}

/// On PostgreSQL every test makes a database; one whose test panicked must not be left behind.
#[tokio::test]
async fn a_test_that_panics_still_drops_its_database() {
    if backend_name() != "postgres" {
        return;
    }
    let (tx, rx) = tokio::sync::oneshot::channel();
    let outcome = tokio::spawn(async move {
        let app = TestApp::spawn().await;
        let (name,): (String,) = sqlx::query_as("SELECT CAST(current_database() AS TEXT)").fetch_one(&app.state.db.pool).await.unwrap();
        tx.send(name).unwrap();
        panic!("this test fails on purpose");
    })
    .await;
    assert!(outcome.is_err(), "the task panicked");
    let name = rx.await.unwrap();
    let admin = std::env::var(crate::common::POSTGRES_ENV).unwrap();
    use sqlx::Connection;
    let mut conn = sqlx::AnyConnection::connect(&admin).await.unwrap();
    let (left,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM pg_database WHERE datname = $1").bind(&name).fetch_one(&mut conn).await.unwrap();
    assert_eq!(left, 0, "database {name} outlived its test");
}
