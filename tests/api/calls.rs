//! Calls and rapid response: a coordinator raises an alert from a watch item (a call action
//! aimed at the people responsible, prefilled in every language) and it is live at once, on
//! the campaign page; supporters call and say how it went; nothing about a caller is kept; the
//! tallies per decision-maker and country are public; bad reports are refused.

use crate::common::{Options, TestApp, database_text};

const STAFF: &str = "/en/staff/campaigns/defend-idlib";

#[tokio::test]
async fn an_alert_from_the_watch_list_goes_live_and_supporters_report_their_calls() {
    let app = TestApp::spawn_with(Options { demo: true, ..Default::default() }).await;
    let mut coordinator = app.signed_in("c-coord").await;
    let (item,): (i64,) = sqlx::query_as("SELECT MIN(id) FROM watch_items").fetch_one(&app.state.db.pool).await.unwrap();
    let alert = format!("{STAFF}/watch/{item}/alert");
    // The form comes prefilled in every language, aimed at the item's people.
    let form = coordinator.get(&alert).await;
    assert_eq!(form.status, 200);
    assert!(form.body.contains("Call about") && form.body.contains("اتصلوا بشأن") && form.body.contains("Anrufen wegen"), "prefilled in every language");
    let people: Vec<(i64,)> = sqlx::query_as("SELECT target_id FROM watch_people WHERE item_id = $1").bind(item).fetch_all(&app.state.db.pool).await.unwrap();
    assert!(!people.is_empty());
    for (p,) in &people {
        assert!(form.body.contains(&format!("value=\"{p}\" checked")), "the people responsible are chosen");
    }
    // Raise it: live at once, the time from raise to live shown.
    assert!(form.body.contains("Act now:") && form.body.contains("name=\"segment\" value=\"consenting\" checked"), "the mailing is proposed too");
    let mut fields: Vec<(String, String)> = vec![("status".into(), "open".into()), ("raised_at".into(), form.hidden("raised_at")), ("segment".into(), "countries".into()), ("message_ar".into(), "تحرّكوا الآن".into())];
    for l in ["ar", "en", "fr", "es", "de"] {
        fields.push((format!("title_{l}"), format!("Call now ({l})")));
        fields.push((format!("script_{l}"), format!("Please oppose it ({l}).")));
    }
    for (p,) in &people {
        fields.push(("targets".into(), p.to_string()));
    }
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let res = coordinator.submit(&alert, &alert, &fields).await;
    assert_eq!(res.status, 303, "{}", res.body);
    let list = coordinator.get(res.location()).await.body;
    assert!(list.contains("The alert is live") && list.contains("seconds after it was raised") || list.contains("second after it was raised"), "{list}");
    let (call,): (i64,) = sqlx::query_as("SELECT MAX(id) FROM call_actions WHERE watch_item_id = $1").bind(item).fetch_one(&app.state.db.pool).await.unwrap();
    // The alert records the mailing it will start: whom, and what.
    let (segment, messages) = tadamun::calls::store::alert(&app.state.db, call.to_string().parse().unwrap()).await.unwrap();
    assert_eq!(segment, "countries");
    assert_eq!(messages, vec![(tadamun::i18n::Lang::Ar, "تحرّكوا الآن".to_string())]);
    let campaign = app.agent().get("/en/c/defend-idlib").await.body;
    assert!(campaign.contains(&format!("/en/c/defend-idlib/calls/{call}")) && campaign.contains("Call now (en)"), "on the campaign page while it runs");
    // A supporter calls: tel: links, a report per decision-maker.
    let page = format!("/en/c/defend-idlib/calls/{call}");
    let mut supporter = app.agent();
    let shown = supporter.get(&page).await;
    assert!(shown.body.contains("href=\"tel:+"), "{}", shown.body);
    let target = people[0].0.to_string();
    let token = shown.hidden("form_token");
    let report = format!("{page}/report");
    // The country is chosen once, at the top; each card's form carries it, and so does the
    // page the report comes back to.
    assert_eq!(shown.body.matches("<select").count(), 1, "one country list, not one per decision-maker");
    let chosen = supporter.get(&format!("{page}?from=DE")).await.body;
    assert!(chosen.contains("<option value=\"DE\" selected>") && chosen.contains("name=\"country\" value=\"DE\""), "{chosen}");
    assert!(!supporter.get(&format!("{page}?from=%3Cscript%3E")).await.body.contains("name=\"country\" value="), "an unknown country is not carried");
    let res = supporter.post(&report, &[("form_token", &token), ("target", &target), ("outcome", "reached"), ("country", "DE")]).await;
    assert_eq!(res.status, 303, "{}", res.body);
    assert!(res.location().ends_with("?reported=1&from=DE"), "{}", res.location());
    // The same form again counts nothing more (a replay, a double click).
    supporter.post(&report, &[("form_token", &token), ("target", &target), ("outcome", "reached"), ("country", "DE")]).await;
    let (n, at): (i64, i64) = sqlx::query_as("SELECT COUNT(*), MAX(created_at) FROM call_reports").fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(n, 1);
    assert_eq!(at % 86_400, 0, "a report is dated to the day, never the second");
    // Bad reports: another decision-maker, an unknown outcome, a made-up country.
    let (other,): (i64,) = sqlx::query_as("SELECT MIN(id) FROM targets WHERE country = 'FR'").fetch_one(&app.state.db.pool).await.unwrap();
    for (t, o, c, message) in [(other.to_string(), "reached", "", "not one of this action"), (target.clone(), "hung-up", "", "how the call went"), (target.clone(), "voicemail", "XX", "country")] {
        let token = supporter.get(&page).await.hidden("form_token");
        let res = supporter.post(&report, &[("form_token", &token), ("target", &t), ("outcome", o), ("country", c)]).await;
        assert_eq!(res.status, 422, "{t} {o} {c}");
        assert!(res.body.contains(message), "{message}: {}", res.body);
    }
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM call_reports").fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(n, 1, "refused reports count nothing");
    // The tallies: per decision-maker on the action and on their own page; per country.
    let shown = app.agent().get(&page).await.body;
    assert!(shown.contains("1 call reported so far") && shown.contains("Reached: 1") && shown.contains("Germany: 1"), "{shown}");
    let own = app.agent().get(&format!("/en/c/defend-idlib/decision-makers/{target}")).await.body;
    assert!(own.contains("1 call reported to them") && own.contains(&format!("/calls/{call}")) && own.contains(&format!("/watch/{item}")), "{own}");
    // Nothing about the caller is kept: the report row has no room for it, and no address.
    let dump = database_text(&app).await;
    assert!(!dump.contains("127.0.0.1"), "no address stored");
    // A draft is not public; a decision-maker not marked public has no page.
    sqlx::query("UPDATE call_actions SET status = 'draft' WHERE id = $1").bind(call).execute(&app.state.db.pool).await.unwrap();
    assert_eq!(app.agent().get(&page).await.status, 404);
    sqlx::query("UPDATE targets SET public = 0 WHERE id = $1").bind(people[0].0).execute(&app.state.db.pool).await.unwrap();
    assert_eq!(app.agent().get(&format!("/en/c/defend-idlib/decision-makers/{target}")).await.status, 404);
    // A mailing without its message in the campaign's main language is refused.
    let mut bad = fields.clone();
    bad.retain(|(k, _)| *k != "message_ar");
    let res = coordinator.submit(&alert, &alert, &bad).await;
    assert_eq!(res.status, 422, "{}", res.body);
    // A call action needs a title, a script and someone to call.
    let res = coordinator.submit(&format!("{STAFF}/calls/new"), &format!("{STAFF}/calls"), &[("status", "open"), ("title_ar", ""), ("script_en", "Only a script")]).await;
    assert_eq!(res.status, 422);
    assert!(res.body.contains("Choose at least one decision-maker") && res.body.contains("Only a script"), "{}", res.body);
    // Only coordinators.
    let mut moderator = app.signed_in_as("c-mod", tadamun::staff::Role::Moderator, None).await;
    assert_eq!(moderator.get(&alert).await.status, 403);
    assert_eq!(moderator.get(&format!("{STAFF}/calls")).await.status, 403);
    app.finish().await;
}

#[tokio::test]
async fn call_reports_go_through_the_per_address_limit() {
    let app = TestApp::spawn_with(Options { demo: true, sign_per_minute: Some(1), client_address_header: Some("x-real-ip".into()), ..Default::default() }).await;
    let (call,): (i64,) = sqlx::query_as("SELECT MIN(id) FROM call_actions").fetch_one(&app.state.db.pool).await.unwrap();
    let (target,): (i64,) = sqlx::query_as("SELECT MIN(c.target_id) FROM call_targets c JOIN targets t ON t.id = c.target_id WHERE t.public = 1").fetch_one(&app.state.db.pool).await.unwrap();
    let page = format!("/en/c/defend-idlib/calls/{call}");
    let mut agent = app.agent();
    let mut statuses = Vec::new();
    for _ in 0..7 {
        let token = agent.get(&page).await.hidden("form_token");
        let target = target.to_string();
        let form = [("form_token", token.as_str()), ("target", target.as_str()), ("outcome", "reached")];
        let req = agent.client.post(format!("{}{page}/report", app.base)).header("x-real-ip", "203.0.113.9").form(&form);
        statuses.push(agent.send(req).await.status);
    }
    assert_eq!(statuses, vec![303, 303, 303, 303, 303, 422, 422], "a burst, then held back");
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM call_reports").fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(n, 5);
    app.finish().await;
}
