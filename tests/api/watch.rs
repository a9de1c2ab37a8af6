//! The watch list: coordinators keep sourced items linked to decision-makers; the public reads
//! upcoming and past items, and only the decision-makers marked public are named; bad input is
//! answered field by field and changes nothing.

use crate::common::{Options, TestApp};

const STAFF: &str = "/en/staff/campaigns/defend-idlib/watch";

fn item<'a>(starts: &'a str, people: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("kind", "deportation"),
        ("starts_on", starts),
        ("ends_on", ""),
        ("place", "Vienna"),
        ("country", "AT"),
        ("title_ar", "اتفاق ترحيل مع النظام"),
        ("title_en", "A deportation agreement with the regime"),
        ("description_en", "Talks on **returns**. <script>alert(1)</script>"),
        ("source_title_0", "Report on the talks"),
        ("source_publisher_0", "A newspaper"),
        ("source_url_0", "https://example.org/report"),
        ("source_published_0", "2026-11-30"),
        ("people", people),
    ]
}

#[tokio::test]
async fn coordinators_keep_the_watch_list_and_the_public_reads_it() {
    let app = TestApp::spawn_with(Options { demo: true, ..Default::default() }).await;
    let mut coordinator = app.signed_in("w-coord").await;
    let (public, hidden): (i64, i64) = (
        sqlx::query_as::<_, (i64,)>("SELECT MIN(id) FROM targets WHERE country = 'DE'").fetch_one(&app.state.db.pool).await.unwrap().0,
        sqlx::query_as::<_, (i64,)>("SELECT MIN(id) FROM targets WHERE country = 'FR'").fetch_one(&app.state.db.pool).await.unwrap().0,
    );
    sqlx::query("UPDATE targets SET public = 0 WHERE id = $1").bind(hidden).execute(&app.state.db.pool).await.unwrap();
    let (before,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM watch_items").fetch_one(&app.state.db.pool).await.unwrap();
    let new = format!("{STAFF}/new");
    let future = (jiff::Zoned::now().date() + jiff::Span::new().days(10)).to_string();
    let (p, h) = (public.to_string(), hidden.to_string());
    let mut fields = item(&future, &p);
    fields.push(("people", &h));
    let res = coordinator.submit(&new, STAFF, &fields).await;
    assert_eq!(res.status, 303, "{}", res.body);
    let (id,): (i64,) = sqlx::query_as("SELECT MAX(id) FROM watch_items").fetch_one(&app.state.db.pool).await.unwrap();
    // The public list (upcoming), the item's page: sources, only the public decision-maker,
    // the description made safe.
    let list = app.agent().get("/en/c/defend-idlib/watch").await.body;
    assert!(list.contains("A deportation agreement with the regime"), "{list}");
    let page = app.agent().get(&format!("/en/c/defend-idlib/watch/{id}")).await.body;
    assert!(page.contains("<strong>returns</strong>") && !page.contains("<script>alert"), "{page}");
    assert!(page.contains("https://example.org/report") && page.contains("Report on the talks"));
    let (public_name, hidden_name): (String, String) = (
        sqlx::query_as::<_, (String,)>("SELECT name FROM targets WHERE id = $1").bind(public).fetch_one(&app.state.db.pool).await.unwrap().0,
        sqlx::query_as::<_, (String,)>("SELECT name FROM targets WHERE id = $1").bind(hidden).fetch_one(&app.state.db.pool).await.unwrap().0,
    );
    assert!(page.contains(&public_name.replace('\'', "&#x27;")) || page.contains(&public_name), "the public decision-maker is named");
    assert!(!page.contains(&hidden_name.replace('\'', "&#x27;")) && !page.contains(&hidden_name), "a decision-maker not marked public is never named");
    // In Arabic, the Arabic title; the campaign page counts what is coming.
    assert!(app.agent().get(&format!("/ar/c/defend-idlib/watch/{id}")).await.body.contains("اتفاق ترحيل مع النظام"));
    assert!(app.agent().get("/en/c/defend-idlib").await.body.contains("/en/c/defend-idlib/watch"));
    // A past item is listed as past.
    let res = coordinator.submit(&format!("{STAFF}/{id}"), &format!("{STAFF}/{id}"), &item("2020-01-15", &p)).await;
    assert_eq!(res.status, 303);
    assert!(!app.agent().get("/en/c/defend-idlib/watch").await.body.contains("A deportation agreement"));
    assert!(app.agent().get("/en/c/defend-idlib/watch?past=1").await.body.contains("A deportation agreement"));
    // Bad input: each field named, typed text kept, nothing changed.
    let mut bad = item("2027-13-40", &p);
    bad.retain(|(k, _)| !matches!(*k, "kind" | "title_ar" | "source_url_0" | "ends_on"));
    bad.extend([("kind", "war"), ("title_ar", ""), ("source_url_0", "javascript:alert(1)"), ("ends_on", "soon"), ("source_title_1", "A begun row")]);
    let res = coordinator.submit(&new, STAFF, &bad).await;
    assert_eq!(res.status, 422);
    assert!(res.body.contains("javascript:alert(1)") && res.body.contains("A begun row"), "typed text kept");
    assert_eq!(res.body.matches("class=\"error\"").count(), 6, "{}", res.body);
    let mut unsourced = item(&future, &p);
    unsourced.retain(|(k, _)| !k.starts_with("source_"));
    let res = coordinator.submit(&new, STAFF, &unsourced).await;
    assert!(res.status == 422 && res.body.contains("at least one source"));
    let (after,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM watch_items").fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(after, before + 1, "refused forms add nothing");
    // Ids: another's or made up are not found; a moderator may not.
    assert_eq!(app.agent().get("/en/c/defend-idlib/watch/1").await.status, 404);
    let mut moderator = app.signed_in_as("w-mod", tadamun::staff::Role::Moderator, None).await;
    assert_eq!(moderator.get(STAFF).await.status, 403);
    let res = coordinator.submit(&format!("{STAFF}/{id}"), &format!("{STAFF}/{id}/delete"), &[]).await;
    assert_eq!(res.status, 303);
    assert_eq!(app.agent().get(&format!("/en/c/defend-idlib/watch/{id}")).await.status, 404);
    let (audited,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM audit_log WHERE action IN ('watch-saved', 'watch-deleted')").fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(audited, 3);
    app.finish().await;
}
