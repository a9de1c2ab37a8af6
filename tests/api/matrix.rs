//! The authorization matrix: every staff route (read from the source, so none is left out),
//! every role and a stranger, with the answer each must get written below. An organisation's
//! roles act for their own organisation only; the coalition's moderators moderate and nothing
//! else; only coordinators manage campaigns and read every supporter.

use crate::common::{Agent, Options, TestApp};
use crate::organisations::approved_organisation;
use crate::routes::{concrete, routes};
use tadamun::staff::Role;

const C: u8 = 1; // coordinator
const M: u8 = 2; // moderator
const A: u8 = 4; // an organisation's admin
const S: u8 = 8; // an organisation's staff
const ALL: u8 = C | M | A | S;

/// Who may use each staff route (method, path template). A route missing here fails the test.
const MAY: &[(&str, &str, u8)] = &[
    ("GET", "/{lang}/staff", ALL),
    ("GET", "/{lang}/staff/", C | M),
    ("GET", "/{lang}/staff/password", ALL),
    ("POST", "/{lang}/staff/password", ALL),
    ("GET", "/{lang}/staff/security", ALL),
    ("POST", "/{lang}/staff/security", ALL),
    ("GET", "/{lang}/staff/accounts", C | A),
    ("POST", "/{lang}/staff/accounts", C | A),
    ("POST", "/{lang}/staff/accounts/{id}", C | A),
    ("POST", "/{lang}/staff/accounts/two-factor", C),
    ("GET", "/{lang}/staff/audit", C | A),
    ("GET", "/{lang}/staff/jobs", C),
    ("POST", "/{lang}/staff/jobs/{id}/retry", C),
    ("GET", "/{lang}/staff/campaigns/new", C),
    ("POST", "/{lang}/staff/campaigns/new", C),
    ("GET", "/{lang}/staff/org", A | S),
    ("GET", "/{lang}/staff/org/supporters", A | S),
    ("POST", "/{lang}/staff/org/supporters", A | S),
    ("POST", "/{lang}/staff/org/export", A),
    ("POST", "/{lang}/staff/org/key", A),
    ("GET", "/{lang}/staff/org/page/{text_lang}", A | S),
    ("POST", "/{lang}/staff/org/page/{text_lang}", A | S),
    ("GET", "/{lang}/staff/campaigns/{slug}/organisations", C | M),
    ("GET", "/{lang}/staff/campaigns/{slug}/organisations/{org}", C | M),
    ("POST", "/{lang}/staff/campaigns/{slug}/organisations/{org}/decide", C | M),
    ("GET", "/{lang}/staff/campaigns/{slug}/organisations/{org}/logo", C | M),
    ("GET", "/{lang}/staff/campaigns/{slug}/events", C | M),
    ("GET", "/{lang}/staff/campaigns/{slug}/events/{event}", C | M),
    ("POST", "/{lang}/staff/campaigns/{slug}/events/{event}/decide", C | M),
    ("POST", "/{lang}/staff/campaigns/{slug}/events/{event}/report", C | M),
    ("GET", "/{lang}/staff/campaigns/{slug}/events/{event}/report-photos/{file}", C | M),
    // Every other route under a campaign: coordinators only.
    ("*", "/{lang}/staff/campaigns/{slug}", C),
];

fn may(method: &str, template: &str) -> u8 {
    if let Some((_, _, who)) = MAY.iter().find(|(m, t, _)| *m == method && *t == template) {
        return *who;
    }
    if template.starts_with("/{lang}/staff/campaigns/{slug}") && !template.contains("/organisations") && !template.contains("/events") {
        return C;
    }
    panic!("{method} {template}: write who may use it in tests/api/matrix.rs");
}

/// Routes that are not anyone's to reach through this sweep: signing in and out, and accepting
/// an invitation (they have tests of their own).
fn swept(template: &str) -> bool {
    template.contains("/staff") && !["/staff/login", "/staff/login/code", "/staff/logout"].iter().any(|p| template.ends_with(p)) && !template.contains("/staff/invitation/")
}

async fn csrf(agent: &mut Agent) -> String {
    agent.get("/en/staff/security").await.hidden("_csrf")
}

#[tokio::test]
async fn every_role_gets_exactly_what_the_table_says_on_every_staff_route() {
    let app = TestApp::spawn_with(Options { demo: true, ..Default::default() }).await;
    let own = approved_organisation(&app, "Own Org", "own@example.org").await;
    let other = approved_organisation(&app, "Other Org", "other@example.org").await;
    let c = tadamun::campaigns::store::find_by_slug(&app.state.db, "defend-idlib").await.unwrap().unwrap();
    let series = tadamun::facts::store::list_series(&app.state.db, c.id).await.unwrap()[0].id.to_string();
    let point = tadamun::facts::store::points(&app.state.db, &[series.parse().unwrap()], true).await.unwrap()[0].id.to_string();
    let mut agents = vec![
        (C, app.signed_in("m-coord").await),
        (M, app.signed_in_as("m-mod", Role::Moderator, None).await),
        (A, app.signed_in_as("m-admin", Role::OrgAdmin, Some(own.id)).await),
        (S, app.signed_in_as("m-staff", Role::OrgStaff, Some(own.id)).await),
    ];
    let mut stranger = app.agent();
    let mut checked = 0;
    for (method, template) in routes().into_iter().filter(|(_, t)| swept(t)) {
        let who = may(&method, &template);
        let path = concrete(&template, &series, &point).replace("/organisations/1", &format!("/organisations/{}", other.id));
        for (role, agent) in agents.iter_mut() {
            let allowed = who & *role != 0;
            let res = if method == "GET" {
                agent.get(&path).await
            } else {
                let token = csrf(agent).await;
                agent.post(&path, &[("_csrf", &token)]).await
            };
            let label = format!("{method} {path} as role {role}");
            assert!(res.status < 500, "{label}: {}", res.status);
            if allowed {
                assert_ne!(res.status, 403, "{label} is allowed: {}", res.body.chars().take(300).collect::<String>());
                if res.status == 303 {
                    assert!(!res.location().ends_with("/staff/login"), "{label}: sent to sign in");
                }
            } else if method == "GET" && template == "/{lang}/staff/" {
                assert_eq!((res.status, res.location()), (303, "/en/staff/org"), "{label}: an organisation's staff go to their organisation");
            } else {
                assert_eq!(res.status, 403, "{label} must be refused");
            }
        }
        let res = if method == "GET" { stranger.get(&path).await } else { stranger.post(&path, &[("_csrf", "x")]).await };
        if method == "GET" {
            // (`/staff` is a permanent redirect to `/staff/` for everyone.)
            assert!(res.status == 303 || (res.status == 308 && path.ends_with("/staff")), "GET {path} without a session: {}", res.status);
        } else {
            assert!(res.status == 401 || res.status == 403, "POST {path} without a session: {}", res.status);
        }
        checked += 1;
    }
    assert!(checked > 40, "swept only {checked} routes");

    // Another organisation: its accounts are not found, its moderation pages refused, and
    // signature ids (neighbours included) reach nothing for an organisation's roles.
    let (other_staff, _) = app.staff_account("o-staff", Role::OrgStaff, Some(other.id)).await;
    let (other_id,): (i64,) = sqlx::query_as("SELECT id FROM staff WHERE login = $1").bind(&other_staff).fetch_one(&app.state.db.pool).await.unwrap();
    let admin = &mut agents[2].1;
    let token = csrf(admin).await;
    for action in ["disable", "enable", "reset-two-factor"] {
        let res = admin.post(&format!("/en/staff/accounts/{other_id}"), &[("_csrf", &token), ("action", action)]).await;
        assert!(res.status == 404 || res.status == 403, "{action} on another organisation's account: {}", res.status);
    }
    let res = admin.post(&format!("/en/staff/accounts/{other_id}"), &[("_csrf", &token), ("action", "role"), ("role", "org-admin")]).await;
    assert_eq!(res.status, 404);
    let (max_sig,): (Option<i64>,) = sqlx::query_as("SELECT MAX(id) FROM signatures").fetch_one(&app.state.db.pool).await.unwrap();
    let base = max_sig.unwrap_or(1);
    for id in [base - 1, base, base + 1] {
        let path = format!("/en/staff/campaigns/defend-idlib/petitions/open-the-borders/signatures/{id}/hide-comment");
        assert_eq!(admin.post(&path, &[("_csrf", &token)]).await.status, 403);
    }
    // The other organisation's supporters are in no page the admin can open.
    let list = admin.get("/en/staff/org/supporters").await;
    assert!(!list.body.contains("Other Org"));
    app.finish().await;
}
