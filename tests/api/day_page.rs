//! The day of action's page is kept in memory while its data is unchanged (it reads every
//! approved event of the day): a change is on the very next request, whether made by this
//! process (approve, cancel: the cache's generation moves on) or by another one sharing the
//! database (the day's version, read again within a second). The page never waits for the
//! page cache's expiry: it does not use it.

use crate::common::{Options, TestApp, decode_mail, link_in, outbox};

const CAMPAIGN: &str = "defend-idlib";

fn map_of(body: &str) -> &str {
    let start = body.find("<svg").expect("a map");
    &body[start..start + body[start..].find("</svg>").expect("the map's end")]
}

fn heading(body: &str) -> &str {
    let start = body.find("<h2 id=\"events-heading\">").expect("the list's heading");
    &body[start..start + body[start..].find("</h2>").unwrap()]
}

#[tokio::test]
async fn a_change_to_an_event_is_on_the_next_day_page() {
    let app = TestApp::spawn_with(Options { demo: true, ..Default::default() }).await;
    let (day, date): (i64, String) = sqlx::query_as("SELECT id, first_day FROM action_days LIMIT 1").fetch_one(&app.state.db.pool).await.unwrap();
    let page = format!("/en/c/{CAMPAIGN}/days/{day}");
    let mut reader = app.agent();
    let before = reader.get(&page).await;
    assert_eq!(before.status, 200);
    assert!(before.body.contains("7 events"), "{}", heading(&before.body));
    // Served again from memory: the same bytes.
    assert_eq!(reader.get(&page).await.body, before.body);

    // An event far from the demo's, submitted and confirmed: not public yet.
    let mut organiser = app.agent();
    let submit = format!("/en/c/{CAMPAIGN}/days/{day}/submit");
    let form = organiser.get(&submit).await;
    let token = form.hidden("form_token");
    let (starts, ends) = (format!("{date}T18:00"), format!("{date}T20:00"));
    let fields = [
        ("form_token", token.as_str()),
        ("title", "Vigil in Reykjavik"),
        ("kind", "vigil"),
        ("languages", "en"),
        ("starts", &starts),
        ("ends", &ends),
        ("country", "IS"),
        ("city", "Reykjavik"),
        ("address", "Austurvöllur"),
        ("organiser_name", "Rania"),
        ("organiser_email", "reykjavik@example.org"),
    ];
    let res = organiser.post_multipart(&submit, &fields, &[]).await;
    assert_eq!(res.status, 303, "{}", res.body);
    app.wait_for_jobs().await;
    let mail = decode_mail(&outbox(&app).into_iter().find(|m| m.contains("To: reykjavik@example.org")).expect("a mail to the organiser"));
    assert_eq!(organiser.post(&link_in(&mail, "/en/events/confirm/").unwrap(), &[]).await.status, 200);
    let manage = link_in(&mail, "/en/events/manage/").unwrap();
    let (event,): (i64,) = sqlx::query_as("SELECT id FROM events WHERE title = 'Vigil in Reykjavik'").fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(reader.get(&page).await.body, before.body, "a pending event is not on the page");

    // Approved: on the very next request, in the list and as a point of the map.
    let mut coordinator = app.signed_in("day-page-coord").await;
    let base = format!("/en/staff/campaigns/{CAMPAIGN}/events/{event}");
    assert_eq!(coordinator.submit(&base, &format!("{base}/decide"), &[("decision", "approve")]).await.status, 303);
    let after = reader.get(&page).await;
    assert!(after.body.contains("8 events"), "{}", heading(&after.body));
    assert!(after.body.contains("Vigil in Reykjavik"));
    let link = format!("href=\"/en/c/{CAMPAIGN}/events/{event}\"");
    assert!(map_of(&after.body).contains(&link), "a point of its own on the map");
    // Every language's page too.
    let arabic = reader.get(&format!("/ar/c/{CAMPAIGN}/days/{day}")).await;
    assert!(map_of(&arabic.body).contains(&format!("href=\"/ar/c/{CAMPAIGN}/events/{event}\"")));

    // Cancelled by its organiser: gone on the next request.
    organiser.post(&format!("{manage}/cancel"), &[("sure", "yes")]).await;
    let cancelled = reader.get(&page).await;
    assert!(cancelled.body.contains("7 events"), "{}", heading(&cancelled.body));
    assert!(!cancelled.body.contains("Vigil in Reykjavik") && !map_of(&cancelled.body).contains(&link));

    // Another process sharing the database approves it again (written here straight into the
    // database, which clears nothing in this process): on the page within a second.
    sqlx::query("UPDATE events SET status = 'approved' WHERE id = $1").bind(event).execute(&app.state.db.pool).await.unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let elsewhere = reader.get(&page).await;
    assert!(elsewhere.body.contains("8 events") && map_of(&elsewhere.body).contains(&link), "{}", heading(&elsewhere.body));
    // And renamed there (its revision moves on): the list follows.
    sqlx::query("UPDATE events SET title = 'Vigil by the harbour', revision = revision + 1 WHERE id = $1").bind(event).execute(&app.state.db.pool).await.unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    assert!(reader.get(&page).await.body.contains("Vigil by the harbour"));
    app.finish().await;
}
