//! Decision-makers: coordinators add, change, group, import and export them; every bad field
//! and every bad CSV line is answered in the reader's language and changes nothing; addresses
//! are never in clear in the database; another campaign's targets and other roles get nothing.

use crate::common::{Options, TestApp, database_text};

const LIST: &str = "/en/staff/campaigns/defend-idlib/targets";

async fn count(app: &TestApp, table: &str) -> i64 {
    let (n,): (i64,) = sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {table}"))).fetch_one(&app.state.db.pool).await.unwrap();
    n
}

fn minister<'a>(email: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("name", "Federal Minister of the Interior"),
        ("role", "Minister"),
        ("institution", "Bundesministerium des Innern"),
        ("country", "DE"),
        ("lang", "de"),
        ("time_zone", ""),
        ("emails", email),
        ("phones", "+49 30 18681 0"),
        ("public", "yes"),
    ]
}

#[tokio::test]
async fn coordinators_keep_decision_makers_and_bad_input_changes_nothing() {
    let app = TestApp::spawn_with(Options { demo: true, ..Default::default() }).await;
    let mut coordinator = app.signed_in("t-coord").await;
    let before = count(&app, "targets").await;
    let members = count(&app, "target_group_members").await;
    let new = format!("{LIST}/new");
    let res = coordinator.submit(&new, LIST, &minister("minister@bmi.example.org")).await;
    assert_eq!(res.status, 303, "{}", res.body);
    assert_eq!(count(&app, "targets").await, before + 1);
    let (id, zone): (i64, String) = sqlx::query_as("SELECT id, time_zone FROM targets WHERE name = 'Federal Minister of the Interior'").fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(zone, "Europe/Berlin", "the country's main zone when none is typed");
    let list = coordinator.get(LIST).await.body;
    assert!(list.contains("Federal Minister of the Interior") && !list.contains("minister@bmi.example.org"), "the list shows no address");
    let form = coordinator.get(&format!("{LIST}/{id}")).await;
    assert!(form.body.contains("minister@bmi.example.org") && form.body.contains("+4930186810"));
    // The same first address twice is refused; bad fields each get their message, typed text kept.
    let res = coordinator.submit(&new, LIST, &minister("Minister@BMI.example.org")).await;
    assert_eq!(res.status, 422);
    assert!(res.body.contains("already here"), "{}", res.body);
    let mut bad = minister("not-an-address");
    bad.retain(|(k, _)| !matches!(*k, "name" | "phones" | "time_zone" | "country"));
    bad.extend([("name", "Kept \u{202E}name"), ("phones", "030 1234"), ("time_zone", "Mars/Olympus"), ("country", "XX")]);
    let res = coordinator.submit(&new, LIST, &bad).await;
    assert_eq!(res.status, 422);
    for message in ["not an email address", "international form", "country", "Europe/Berlin"] {
        assert!(res.body.contains(message), "{message}: {}", res.body);
    }
    assert!(res.body.contains("value=\"Mars/Olympus\"") && res.body.contains("030 1234"), "what was typed is kept");
    let res = coordinator.submit(&new, LIST, &[("name", "Nobody"), ("country", "FR"), ("lang", "fr"), ("emails", "")]).await;
    assert!(res.status == 422 && res.body.contains("a letter needs somewhere to go"), "a target without an address");
    assert_eq!(count(&app, "targets").await, before + 1, "nothing added by refused forms");
    // Groups.
    let res = coordinator.submit(LIST, &format!("{LIST}/groups"), &[("group", "EU interior ministries")]).await;
    assert_eq!(res.status, 303);
    let (group,): (i64,) = sqlx::query_as("SELECT id FROM target_groups WHERE name = 'EU interior ministries'").fetch_one(&app.state.db.pool).await.unwrap();
    let group = group.to_string();
    let mut change = minister("minister@bmi.example.org");
    change.push(("groups", &group));
    change.retain(|(k, _)| *k != "role");
    change.push(("role", "Federal Minister"));
    let res = coordinator.submit(&format!("{LIST}/{id}"), &format!("{LIST}/{id}"), &change).await;
    assert_eq!(res.status, 303, "{}", res.body);
    assert_eq!(count(&app, "target_group_members").await, members + 1);
    let res = coordinator.submit(LIST, &format!("{LIST}/groups"), &[("group", "x".repeat(121).as_str())]).await;
    assert_eq!(res.status, 422);
    // Addresses are never in clear in the database.
    let dump = database_text(&app).await;
    assert!(!dump.contains("minister@bmi.example.org") && !dump.contains("4930186810"), "a decision-maker's address in clear");
    // Another campaign's id, a made-up id: not found.
    assert_eq!(coordinator.get(&format!("{LIST}/1")).await.status, 404);
    assert_eq!(coordinator.get(&format!("{LIST}/01")).await.status, 404);
    // A group name with a semicolon would come back from the CSV as two groups.
    let res = coordinator.submit(LIST, &format!("{LIST}/groups"), &[("group", "EU; interior")]).await;
    assert_eq!(res.status, 422);
    assert!(res.body.contains("cannot hold a semicolon"), "{}", res.body);
    // One with calls behind them is deleted only when the coordinator, told what goes, is sure.
    let (call,): (i64,) = sqlx::query_as("SELECT MIN(id) FROM call_actions").fetch_one(&app.state.db.pool).await.unwrap();
    sqlx::query("INSERT INTO call_reports (id, action_id, target_id, outcome, country, created_at) VALUES (1, $1, $2, 'reached', 'DE', 0)").bind(call).bind(id).execute(&app.state.db.pool).await.unwrap();
    let form = coordinator.get(&format!("{LIST}/{id}")).await.body;
    assert!(form.contains("1 call reported to them, from every tally") && form.contains("name=\"sure\""), "{form}");
    let res = coordinator.submit(&format!("{LIST}/{id}"), &format!("{LIST}/{id}/delete"), &[]).await;
    assert_eq!(res.status, 422);
    assert!(res.body.contains("Tick the box to delete them"), "{}", res.body);
    assert_eq!(count(&app, "targets").await, before + 1, "nothing deleted");
    let res = coordinator.submit(&format!("{LIST}/{id}"), &format!("{LIST}/{id}/delete"), &[("sure", "yes")]).await;
    assert_eq!(res.status, 303);
    assert_eq!(count(&app, "targets").await, before);
    assert_eq!(count(&app, "target_group_members").await, members, "a deleted decision-maker leaves its groups");
    app.finish().await;
}

const FILE: &str = "name,role,institution,country,language,emails,phones,public,groups\n\
    Minister of the Interior,Minister,Bundesministerium des Innern,DE,de,minister@bmi.example.org,+49 30 18681 0,yes,EU interior ministries\n\
    Ministre de l'Intérieur,Ministre,Ministère de l'Intérieur,FR,fr,ministre@interieur.example.org,,yes,EU interior ministries; France\n\
    Minister van Asiel en Migratie,Minister,Ministerie van Asiel en Migratie,NL,en,minister@asiel.example.org,,no,EU interior ministries\n";

#[tokio::test]
async fn a_csv_import_is_all_or_nothing_and_again_changes_nothing() {
    let app = TestApp::spawn_with(Options { demo: true, ..Default::default() }).await;
    let mut coordinator = app.signed_in("t-imp").await;
    let before = count(&app, "targets").await;
    let (groups, members) = (count(&app, "target_groups").await, count(&app, "target_group_members").await);
    let import = format!("{LIST}/import");
    // One broken row: every bad line named, nothing imported.
    let broken = format!("{FILE}No Address,,,DE,de,,,no,\nBad Country,,,XX,de,x@example.org,,maybe,\n");
    let res = coordinator.submit(LIST, &import, &[("csv", &broken)]).await;
    assert_eq!(res.status, 422);
    assert!(res.body.contains("Line 5") && res.body.contains("Line 6") && res.body.contains("Nothing was imported"), "{}", res.body);
    assert!(res.body.contains("No Address,,,DE"), "the text is kept");
    assert_eq!(count(&app, "targets").await, before);
    assert_eq!(count(&app, "target_groups").await, groups);
    // The good file: three added, two groups made.
    let res = coordinator.submit(LIST, &import, &[("csv", FILE)]).await;
    assert_eq!(res.status, 303, "{}", res.body);
    let page = coordinator.get(res.location()).await.body;
    assert!(page.contains("3 added, 0 updated, 0 unchanged"), "{page}");
    assert_eq!(count(&app, "targets").await, before + 3);
    assert_eq!(count(&app, "target_groups").await, groups + 2);
    assert_eq!(count(&app, "target_group_members").await, members + 4);
    // Again: nothing changes. A changed line updates its target.
    let res = coordinator.submit(LIST, &import, &[("csv", FILE)]).await;
    assert!(coordinator.get(res.location()).await.body.contains("0 added, 0 updated, 3 unchanged"));
    let changed = FILE.replace("Minister van Asiel en Migratie,Minister,", "Minister van Asiel en Migratie,Minister for Asylum,");
    let res = coordinator.submit(LIST, &import, &[("csv", &changed)]).await;
    assert!(coordinator.get(res.location()).await.body.contains("0 added, 1 updated, 2 unchanged"));
    assert_eq!(count(&app, "targets").await, before + 3);
    // A file with only the required columns leaves the others as they were.
    let short = "name,country,language,emails\nMinister of the Interior,DE,de,minister@bmi.example.org\n";
    let res = coordinator.submit(LIST, &import, &[("csv", short)]).await;
    assert!(coordinator.get(res.location()).await.body.contains("0 added, 0 updated, 1 unchanged"), "nothing wiped");
    // The export reads back the same, formulas neutralised, and is audited.
    let text = coordinator.get(&format!("{LIST}/export.csv")).await.body;
    assert!(text.starts_with('\u{feff}') && text.contains("minister@asiel.example.org") && text.contains("Minister for Asylum"), "{text}");
    let res = coordinator.submit(LIST, &import, &[("csv", &text)]).await;
    assert!(coordinator.get(res.location()).await.body.contains("unchanged"), "an export imports back unchanged");
    let (audited,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM audit_log WHERE action = 'targets-exported'").fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(audited, 1);
    // Search and filter, with paging kept.
    let found = coordinator.get(&format!("{LIST}?q=asyl&country=NL")).await.body;
    assert!(found.contains("Minister van Asiel") && !found.contains("Ministre de l"), "{found}");
    app.finish().await;
}

#[tokio::test]
async fn only_coordinators_reach_decision_makers() {
    let app = TestApp::spawn_with(Options { demo: true, ..Default::default() }).await;
    let mut moderator = app.signed_in_as("t-mod", tadamun::staff::Role::Moderator, None).await;
    assert_eq!(moderator.get(LIST).await.status, 403);
    assert_eq!(moderator.get(&format!("{LIST}/export.csv")).await.status, 403);
    let mut stranger = app.agent();
    assert_eq!(stranger.get(LIST).await.status, 303, "to the sign-in");
    app.finish().await;
}
