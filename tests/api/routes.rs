//! Every route of the site, read from the source (so a new route cannot be left out): staff
//! routes answer nobody without a session, and no GET changes what the database holds.

use std::path::Path;

use crate::common::{Options, TestApp};

/// (method, path template) of every `.route(…)` under `src/`.
pub fn routes() -> Vec<(String, String)> {
    let mut files = Vec::new();
    fn walk(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    let mut out = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let base = text.split("const BASE: &str = \"").nth(1).map(|r| r.split('"').next().unwrap().to_string());
        for call in text.split(".route(").skip(1) {
            // Up to the `)` that closes `.route(`.
            let mut depth = 1;
            let end = call
                .char_indices()
                .find(|(_, c)| {
                    match c {
                        '(' => depth += 1,
                        ')' => depth -= 1,
                        _ => {}
                    }
                    depth == 0
                })
                .map(|(i, _)| i)
                .unwrap_or(call.len());
            let call = &call[..end];
            let path = if let Some(rest) = call.strip_prefix('"') {
                rest.split('"').next().unwrap().to_string()
            } else if let Some(rest) = call.strip_prefix("&format!(\"") {
                let raw = rest.split('"').next().unwrap();
                raw.replace("{BASE}", base.as_deref().expect("a BASE for format!")).replace("{{", "{").replace("}}", "}")
            } else if call.starts_with("BASE,") {
                base.clone().expect("BASE")
            } else {
                panic!("a route this test cannot read in {}: {}", file.display(), &call[..call.len().min(60)]);
            };
            for method in ["get", "post"] {
                if call.contains(&format!(" {method}(")) || call.contains(&format!(".{method}(")) || call.contains(&format!(",{method}(")) {
                    out.push((method.to_uppercase(), path.clone()));
                }
            }
        }
    }
    assert!(out.len() > 40, "found only {} routes", out.len());
    out
}

pub fn concrete(template: &str, series: &str, point: &str) -> String {
    template
        .replace("{lang}", "en")
        .replace("{slug}", "defend-idlib")
        .replace("{petition}", "open-the-borders")
        .replace("{text_lang}", "en")
        .replace("{id}", series)
        .replace("{pid}", point)
        .replace("{signature}", "1")
        .replace("{action}", "publish")
        .replace("{token}", "1.0123456789abcdef0123456789abcdef")
        .replace("{file}", &format!("{series}.csv"))
        .replace("{org}", "1")
        .replace("{event}", "1")
        .replace("{day}", "1")
        .replace("{target}", "1")
        .replace("{group}", "1")
        .replace("{item}", "1")
        .replace("{call}", "1")
        .replace("{referral}", "abcdefghjk")
}

async fn table_counts(app: &TestApp) -> Vec<(String, i64)> {
    let mut out = Vec::new();
    for table in [
        "campaigns", "campaign_texts", "campaign_texts_drafts", "petitions", "petition_texts", "petition_texts_drafts", "signatures", "supporters",
        "consents", "consent_events", "fact_series", "fact_points", "fact_point_history", "jobs", "audit_log", "staff", "used_form_tokens",
        "organisations", "organisation_texts", "staff_invitations", "staff_recovery_codes", "settings", "sessions", "action_days", "events", "rsvps", "event_reports", "event_photos",
    ] {
        let (n,): (i64,) = sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {table}"))).fetch_one(&app.state.db.pool).await.unwrap();
        out.push((table.to_string(), n));
    }
    out
}

#[tokio::test]
async fn staff_routes_answer_nobody_without_a_session_and_no_public_get_changes_anything() {
    let app = TestApp::spawn_with(Options { demo: true, ..Default::default() }).await;
    let c = tadamun::campaigns::store::find_by_slug(&app.state.db, "defend-idlib").await.unwrap().unwrap();
    let series = tadamun::facts::store::list_series(&app.state.db, c.id).await.unwrap()[0].id;
    let point = tadamun::facts::store::points(&app.state.db, &[series], true).await.unwrap()[0].id;
    let (series, point) = (series.to_string(), point.to_string());
    let routes = routes();
    let before = table_counts(&app).await;
    let mut stranger = app.agent();
    for (method, template) in &routes {
        let path = concrete(template, &series, &point);
        // Sign-in, its code step and accepting an invitation are for people not signed in.
        let staff = path.contains("/staff/") && !path.ends_with("/staff/login") && !path.ends_with("/staff/login/code") && !path.contains("/staff/invitation/");
        if method == "GET" {
            let res = stranger.get(&path).await;
            if staff {
                assert_eq!(res.status, 303, "GET {path} without a session");
                assert!(res.location().ends_with("/staff/login"), "GET {path} leads to sign-in, not {}", res.location());
            } else {
                assert!(res.status < 500, "GET {path}: {}", res.status);
            }
        } else if staff {
            let res = stranger.post(&path, &[("_csrf", "x"), ("title", "t")]).await;
            // (Signing out without a session just leads to the sign-in page.)
            let ok = res.status == 401 || res.status == 403 || (path.ends_with("/staff/logout") && res.status == 303);
            assert!(ok, "POST {path} without a session: {}", res.status);
        }
    }
    assert_eq!(table_counts(&app).await, before, "a GET changed what the database holds");
    // Signed in, GETs still change nothing but the audit log (reading signatures is recorded).
    let mut staff = app.signed_in("sweep").await;
    let before = table_counts(&app).await;
    for (method, template) in routes.iter().filter(|(m, _)| m == "GET") {
        let path = concrete(template, &series, &point);
        let res = staff.get(&path).await;
        assert!(res.status < 500, "{method} {path}: {}", res.status);
    }
    let after = table_counts(&app).await;
    let changed: Vec<_> = before.iter().zip(&after).filter(|(b, a)| b != a).map(|(b, a)| (b.0.as_str(), b.1, a.1)).collect();
    assert!(changed.iter().all(|(t, _, _)| *t == "audit_log"), "GETs changed {changed:?}");
    app.finish().await;
}
