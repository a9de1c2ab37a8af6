//! Every kind of page, Arabic and English, public and staff, with and without form errors, is
//! checked by the Nu HTML Checker (npm `vnu-jar`, run with Java). Skips, loudly, where Java or
//! the checker is missing; `.ci/run` installs both.


use std::path::Path;
use std::process::Command;

use crate::common::{Options, TestApp};


/// The Nu HTML Checker's jar, or `None` (after saying so loudly) where Java or it is missing.
fn checker() -> Option<std::path::PathBuf> {
    let jar = Path::new(env!("CARGO_MANIFEST_DIR")).join("tools/node_modules/vnu-jar/build/dist/vnu.jar");
    let java = Command::new("java").arg("-version").output().is_ok_and(|o| o.status.success());
    crate::common::require_tool("Java and the Nu HTML Checker (npm ci --prefix tools)", java && jar.exists()).then_some(jar)
}

/// Run the checker over `files`; fail with its report when any page has an error.
fn assert_valid(jar: &Path, files: &[std::path::PathBuf]) {
    let output = Command::new("java").args(["-jar"]).arg(jar).args(["--errors-only", "--format", "gnu"]).args(files).output().expect("run the Nu HTML Checker");
    let report = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert!(output.status.success() && report.trim().is_empty(), "invalid HTML:\n{report}");
}

#[tokio::test(flavor = "multi_thread")]
async fn every_page_is_valid_html() {
    let Some(jar) = checker() else { return };
    let app = TestApp::spawn_with(Options { demo: true, ..Default::default() }).await;
    let mut agent = app.signed_in("yara").await;
    let mut reader = app.agent();
    let out = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    let mut save = |name: String, body: &str| {
        let path = out.path().join(format!("{}.html", name.replace('/', "_")));
        std::fs::write(&path, body).unwrap();
        files.push(path);
    };
    for lang in tadamun::i18n::Lang::ALL.map(|l| l.code()) {
        let (watch,): (i64,) = sqlx::query_as("SELECT MIN(id) FROM watch_items").fetch_one(&app.state.db.pool).await.unwrap();
        let (call,): (i64,) = sqlx::query_as("SELECT MIN(id) FROM call_actions").fetch_one(&app.state.db.pool).await.unwrap();
        let (target,): (i64,) = sqlx::query_as("SELECT MIN(target_id) FROM call_targets").fetch_one(&app.state.db.pool).await.unwrap();
        let (letters,): (i64,) = sqlx::query_as("SELECT MIN(id) FROM letter_actions").fetch_one(&app.state.db.pool).await.unwrap();
        for path in [
            "/c/defend-idlib".to_string(),
            "/c/defend-idlib/facts".to_string(),
            "/staff/login".to_string(),
            "/no-such-page".to_string(),
            "/c/defend-idlib/watch".to_string(),
            "/c/defend-idlib/watch?past=1".to_string(),
            format!("/c/defend-idlib/watch/{watch}"),
            format!("/c/defend-idlib/calls/{call}"),
            format!("/c/defend-idlib/calls/{call}?from=DE&reported=1"),
            format!("/c/defend-idlib/decision-makers/{target}"),
            format!("/c/defend-idlib/letters/{letters}"),
            "/letters/confirm/1.0123456789abcdef0123456789abcdef".to_string(),
        ] {
            let res = reader.get(&format!("/{lang}{path}")).await;
            save(format!("{lang}{path}"), &res.body);
        }
        for path in [
            "/staff/",
            "/staff/campaigns/defend-idlib",
            "/staff/campaigns/defend-idlib/texts/en",
            "/staff/campaigns/defend-idlib/texts/ar",
            "/staff/campaigns/defend-idlib/preview/en",
            "/staff/campaigns/new",
            "/staff/password",
            "/staff/jobs",
            "/staff/campaigns/defend-idlib/facts",
            "/staff/campaigns/defend-idlib/facts/new",
            "/staff/campaigns/defend-idlib/facts/1",
            "/staff/campaigns/defend-idlib/facts/1/points/1",
            "/staff/campaigns/defend-idlib/targets",
            "/staff/campaigns/defend-idlib/targets/new",
            "/staff/campaigns/defend-idlib/watch",
            "/staff/campaigns/defend-idlib/watch/new",
            "/staff/campaigns/defend-idlib/calls",
            "/staff/campaigns/defend-idlib/calls/new",
            "/staff/campaigns/defend-idlib/letters",
            "/staff/campaigns/defend-idlib/letters/new",
        ] {
            let res = agent.get(&format!("/{lang}{path}")).await;
            assert_eq!(res.status, 200, "{path}");
            save(format!("staff-{lang}{path}"), &res.body);
        }
        // A letter refused (every field), and a letter action's form.
        let shown = reader.get(&format!("/{lang}/c/defend-idlib/letters/{letters}")).await;
        let res = reader.post(&format!("/{lang}/c/defend-idlib/letters/{letters}"), &[("form_token", &shown.hidden("form_token")), ("name", ""), ("email", "x"), ("country", "XX"), ("subject", ""), ("body", "x")]).await;
        assert_eq!(res.status, 422);
        save(format!("error-letter-{lang}"), &res.body);
        let res = agent.get(&format!("/{lang}/staff/campaigns/defend-idlib/letters/{letters}")).await;
        assert_eq!(res.status, 200);
        save(format!("staff-letters-{lang}"), &res.body);
        // A call action's form, the alerts' forms, and a report refused.
        for path in [format!("/staff/campaigns/defend-idlib/calls/{call}"), format!("/staff/campaigns/defend-idlib/watch/{watch}/alert"), format!("/staff/campaigns/defend-idlib/watch/{watch}/alert-letter")] {
            let res = agent.get(&format!("/{lang}{path}")).await;
            assert_eq!(res.status, 200, "{path}");
            save(format!("staff-{lang}{path}"), &res.body);
        }
        let calls = format!("/{lang}/staff/campaigns/defend-idlib/calls");
        let res = agent.submit(&format!("{calls}/new"), &calls, &[("status", "open"), ("script_en", "x")]).await;
        assert_eq!(res.status, 422);
        save(format!("error-call-{lang}"), &res.body);
        let shown = reader.get(&format!("/{lang}/c/defend-idlib/calls/{call}")).await;
        let res = reader.post(&format!("/{lang}/c/defend-idlib/calls/{call}/report"), &[("form_token", &shown.hidden("form_token")), ("target", "1"), ("outcome", "x")]).await;
        assert_eq!(res.status, 422);
        save(format!("error-call-report-{lang}"), &res.body);
        // A watch list item: its form, and its form with every field refused.
        let res = agent.get(&format!("/{lang}/staff/campaigns/defend-idlib/watch/{watch}")).await;
        assert_eq!(res.status, 200);
        save(format!("staff-watch-{lang}"), &res.body);
        let watch_list = format!("/{lang}/staff/campaigns/defend-idlib/watch");
        let res = agent.submit(&format!("{watch_list}/new"), &watch_list, &[("kind", "x"), ("starts_on", "soon"), ("ends_on", "later"), ("source_url_0", "javascript:x"), ("source_title_0", "t")]).await;
        assert_eq!(res.status, 422);
        save(format!("error-watch-{lang}"), &res.body);
        // A decision-maker's form with every field refused, and an import refused.
        let targets = format!("/{lang}/staff/campaigns/defend-idlib/targets");
        let res = agent.submit(&format!("{targets}/new"), &targets, &[("name", ""), ("country", "XX"), ("lang", "xx"), ("time_zone", "Mars/Olympus"), ("emails", "nope"), ("phones", "12")]).await;
        assert_eq!(res.status, 422);
        save(format!("error-target-{lang}"), &res.body);
        // Deleting a decision-maker with calls behind them, not yet sure: what would go is listed.
        sqlx::query("INSERT INTO call_reports (id, action_id, target_id, outcome, country, created_at) VALUES ($1, $2, $3, 'reached', 'DE', 0) ON CONFLICT DO NOTHING").bind(target).bind(call).bind(target).execute(&app.state.db.pool).await.unwrap();
        let res = agent.submit(&format!("{targets}/{target}"), &format!("{targets}/{target}/delete"), &[]).await;
        assert_eq!(res.status, 422);
        save(format!("error-target-delete-{lang}"), &res.body);
        let res = agent.submit(&targets, &format!("{targets}/import"), &[("csv", "name,country\nx,XX\n")]).await;
        assert_eq!(res.status, 422);
        save(format!("error-targets-import-{lang}"), &res.body);
        let (target,): (i64,) = sqlx::query_as("SELECT MIN(id) FROM targets").fetch_one(&app.state.db.pool).await.unwrap();
        let res = agent.get(&format!("{targets}/{target}")).await;
        assert_eq!(res.status, 200);
        save(format!("staff-target-{lang}"), &res.body);
        // Pages showing form errors.
        let edit = format!("/{lang}/staff/campaigns/defend-idlib/texts/{lang}");
        let res = agent.submit(&edit, &edit, &[("title", ""), ("share", &"x".repeat(300))]).await;
        assert_eq!(res.status, 422);
        save(format!("error-edit-{lang}"), &res.body);
        // A text with unpublished changes (the demo campaign is published): the notice with its
        // two forms, and the preview of the changes.
        let form = agent.get(&edit).await;
        let (revision, draft) = (form.hidden("revision"), form.hidden("draft"));
        let res = agent.submit(&edit, &edit, &[("title", "Draft title"), ("call", "Draft call."), ("revision", &revision), ("draft", &draft)]).await;
        assert_eq!(res.status, 303);
        let res = agent.get(&edit).await;
        assert!(res.body.contains("notice draft"));
        save(format!("draft-edit-{lang}"), &res.body);
        let res = agent.get(&format!("/{lang}/staff/campaigns/defend-idlib/preview/{lang}")).await;
        save(format!("draft-preview-{lang}"), &res.body);
        let new = format!("/{lang}/staff/campaigns/new");
        let res = agent.submit(&new, &new, &[("slug", "??"), ("default_lang", "zz")]).await;
        assert_eq!(res.status, 422);
        save(format!("error-new-{lang}"), &res.body);
        let res = reader.sign_in(lang, "nobody", "nothing").await;
        save(format!("error-login-{lang}"), &res.body);
        // Facts forms with errors, and a refused CSV import.
        let series = format!("/{lang}/staff/campaigns/defend-idlib/facts/1");
        let res = agent.submit(&series, &format!("{series}/points"), &[("value", "x"), ("day", "2999-01-01"), ("source_url", "ftp://a")]).await;
        assert_eq!(res.status, 422);
        save(format!("error-point-{lang}"), &res.body);
        let res = agent.submit(&series, &format!("{series}/import"), &[("csv", "date,value\n2019-01-01,-1\n")]).await;
        assert_eq!(res.status, 422);
        save(format!("error-import-{lang}"), &res.body);
        let new = format!("/{lang}/staff/campaigns/defend-idlib/facts/new");
        let res = agent.submit(&new, &new, &[("unit", "nope")]).await;
        assert_eq!(res.status, 422);
        save(format!("error-series-{lang}"), &res.body);
    }
    // The page that shows a form's text back after the session ended.
    let edit = "/ar/staff/campaigns/defend-idlib/texts/ar";
    let token = agent.get(edit).await.hidden("_csrf");
    sqlx::query("DELETE FROM sessions").execute(&app.state.db.pool).await.unwrap();
    let res = agent.post(edit, &[("_csrf", &token), ("title", "عنوان"), ("call", &"نص طويل ".repeat(60))]).await;
    assert_eq!(res.status, 401);
    save("session-ended-ar".into(), &res.body);
    petition_pages(&app, &mut save).await;
    // Paged home page with several campaigns.
    let now = tadamun::db::now();
    for i in 0..22 {
        let slug = tadamun::campaigns::model::Slug::parse(&format!("more-{i}")).unwrap();
        let id = tadamun::campaigns::store::create(&app.state.db, &slug, &[tadamun::i18n::Lang::Ar], tadamun::i18n::Lang::Ar, now).await.unwrap().unwrap();
        tadamun::campaigns::store::set_published(&app.state.db, id, true, now).await.unwrap();
    }
    let res = reader.get("/ar/?page=2").await;
    save("home-ar".into(), &res.body);

    assert_valid(&jar, &files);

    // The checker can fail: a broken page is reported.
    let broken = out.path().join("broken.html");
    std::fs::write(&broken, "<!DOCTYPE html><html><title>x</title><p><div></p>").unwrap();
    let output = Command::new("java").args(["-jar"]).arg(&jar).args(["--errors-only"]).arg(&broken).output().unwrap();
    assert!(!output.status.success(), "the checker must reject a broken page");
    app.finish().await;
}

/// The demo's open petition, after `/{lang}`.
const PETITION: &str = "/c/defend-idlib/p/open-the-borders";

/// Sign the demo petition over HTTP as a browser would; returns the mail that came for it.
async fn sign(app: &TestApp, lang: &str, fields: &[(&str, &str)]) -> String {
    let mut reader = app.agent();
    let page = format!("/{lang}{PETITION}");
    let token = reader.get(&page).await.hidden("form_token");
    let mut form = vec![("form_token", token.as_str())];
    form.extend_from_slice(fields);
    let res = reader.post(&format!("{page}/sign"), &form).await;
    assert_eq!(res.status, 303, "{}", res.body);
    app.wait_for_jobs().await;
    let email = fields.iter().find(|(k, _)| *k == "email").unwrap().1;
    crate::common::outbox(app).into_iter().find(|m| m.contains(&format!("To: {email}"))).expect("the confirmation mail")
}

/// Every petition page kind: public (plain, with errors, confirmed with a per-country table
/// and a comment), thanks, confirm, unsubscribe, the supporter's own page and the erased page,
/// and the coordinators' petition pages and audit log.
async fn petition_pages(app: &TestApp, save: &mut impl FnMut(String, &str)) {
    // A coordinator of their own (the caller's session has been ended by now).
    let mut agent = app.signed_in("petra").await;
    let mut reader = app.agent();
    // Before any signature: no table, no comments.
    for lang in tadamun::i18n::Lang::ALL.map(|l| l.code()) {
        let res = reader.get(&format!("/{lang}{PETITION}")).await;
        assert_eq!(res.status, 200);
        save(format!("petition-{lang}"), &res.body);
        let res = reader.get(&format!("/{lang}{PETITION}/thanks")).await;
        assert_eq!(res.status, 200);
        save(format!("thanks-{lang}"), &res.body);
        // Every field wrong.
        let page = format!("/{lang}{PETITION}");
        let token = reader.get(&page).await.hidden("form_token");
        let city = "c".repeat(101);
        let res = reader
            .post(&format!("{page}/sign"), &[("form_token", &token), ("name", "a\u{202E}b"), ("email", "not an email"), ("country", "XX"), ("city", &city), ("consent", "yes")])
            .await;
        assert_eq!(res.status, 422, "{}", res.body);
        assert!(res.body.contains("error-summary"));
        save(format!("petition-errors-{lang}"), &res.body);
        // A form-wide error: the form token is refused.
        let res = reader.post(&format!("{page}/sign"), &[("form_token", "forged"), ("name", "x"), ("email", "x@example.org"), ("country", "SY")]).await;
        assert_eq!(res.status, 422, "{}", res.body);
        save(format!("petition-token-error-{lang}"), &res.body);
    }
    // One signature confirmed (Arabic, with a comment), one left pending (English).
    let nour = sign(app, "ar", &[("name", "نور"), ("email", "nour@example.org"), ("country", "DE"), ("city", "برلين"), ("comment", "افتحوا الحدود"), ("consent", "yes")]).await;
    let nour_confirm = crate::common::link_in(&nour, "/ar/confirm/").unwrap();
    let res = reader.get(&nour_confirm).await;
    assert_eq!(res.status, 200);
    save("confirm-ar".into(), &res.body);
    let res = reader.post(&nour_confirm, &[]).await;
    assert_eq!(res.status, 303);
    let res = reader.get(&nour_confirm).await;
    save("confirm-already-ar".into(), &res.body);
    let sam = sign(app, "en", &[("name", "Sam"), ("email", "sam@example.org"), ("country", "GB"), ("consent", "yes")]).await;
    let sam_confirm = crate::common::link_in(&sam, "/en/confirm/").unwrap();
    let sam_own = crate::common::link_in(&sam, "/en/me/").unwrap();
    let sam_unsubscribe = crate::common::link_in(&sam, "/en/unsubscribe/").unwrap();
    let nour_own = crate::common::link_in(&nour, "/ar/me/").unwrap();
    let nour_unsubscribe = crate::common::link_in(&nour, "/ar/unsubscribe/").unwrap();
    let res = reader.get(&sam_confirm).await;
    assert_eq!(res.status, 200);
    save("confirm-en".into(), &res.body);
    for lang in tadamun::i18n::Lang::ALL.map(|l| l.code()) {
        let res = reader.get(&format!("/{lang}{PETITION}?confirmed=1")).await;
        assert_eq!(res.status, 200);
        assert!(res.body.contains("<table") && res.body.contains("افتحوا الحدود"), "{lang}: the table and the comment");
        save(format!("petition-confirmed-{lang}"), &res.body);
        let res = reader.get(&format!("/{lang}/confirm/not-a-token")).await;
        assert_eq!(res.status, 404);
        save(format!("confirm-invalid-{lang}"), &res.body);
        let res = reader.get(&format!("/{lang}/unsubscribe/not-a-token")).await;
        assert_eq!(res.status, 404);
        save(format!("unsubscribe-invalid-{lang}"), &res.body);
        let res = reader.get(&format!("/{lang}/me/not-a-token")).await;
        assert_eq!(res.status, 404);
        save(format!("me-invalid-{lang}"), &res.body);
    }
    // The coordinators' pages while both signatures exist.
    for lang in tadamun::i18n::Lang::ALL.map(|l| l.code()) {
        let base = format!("/{lang}/staff/campaigns/defend-idlib/petitions");
        for (name, path) in [
            ("list", base.clone()),
            ("overview", format!("{base}/open-the-borders")),
            ("text-ar", format!("{base}/open-the-borders/texts/ar")),
            ("text-en", format!("{base}/open-the-borders/texts/en")),
            ("text-saved", format!("{base}/open-the-borders/texts/{lang}?saved=1")),
            ("signatures", format!("{base}/open-the-borders/signatures")),
            ("preview", format!("{base}/open-the-borders/preview/{lang}")),
            ("audit", format!("/{lang}/staff/audit")),
        ] {
            let res = agent.get(&path).await;
            assert_eq!(res.status, 200, "{path}");
            save(format!("staff-petition-{name}-{lang}"), &res.body);
        }
        // The email search (a POST): found, not found, not an email.
        let list = format!("{base}/open-the-borders/signatures");
        for (name, email) in [("found", "sam@example.org"), ("not-found", "nobody@example.org"), ("bad-search", "nonsense")] {
            let res = agent.submit(&list, &list, &[("email", email)]).await;
            assert_eq!(res.status, 200);
            save(format!("staff-petition-signatures-{name}-{lang}"), &res.body);
        }
        // Forms with errors.
        let res = agent.submit(&base, &base, &[("slug", "??"), ("goal", "many")]).await;
        assert_eq!(res.status, 422);
        save(format!("staff-petition-create-error-{lang}"), &res.body);
        let overview = format!("{base}/open-the-borders");
        let res = agent.submit(&overview, &format!("{overview}/goal"), &[("goal", "-3")]).await;
        assert_eq!(res.status, 422);
        save(format!("staff-petition-goal-error-{lang}"), &res.body);
        let text = format!("{overview}/texts/{lang}");
        let long = "x".repeat(201);
        let res = agent.submit(&text, &text, &[("title", ""), ("addressee", &long), ("body", ""), ("revision", "1")]).await;
        assert_eq!(res.status, 422);
        save(format!("staff-petition-text-error-{lang}"), &res.body);
    }
    // A new petition: a draft without texts, and the refusal to open it.
    let base = "/en/staff/campaigns/defend-idlib/petitions";
    let res = agent.submit(base, base, &[("slug", "second-one"), ("goal", "500")]).await;
    assert_eq!(res.status, 303, "{}", res.body);
    for lang in tadamun::i18n::Lang::ALL.map(|l| l.code()) {
        let overview = format!("/{lang}/staff/campaigns/defend-idlib/petitions/second-one");
        let res = agent.get(&overview).await;
        assert_eq!(res.status, 200);
        save(format!("staff-petition-draft-{lang}"), &res.body);
        let res = agent.submit(&overview, &format!("{overview}/status"), &[("status", "open")]).await;
        assert_eq!(res.status, 422);
        save(format!("staff-petition-open-error-{lang}"), &res.body);
    }
    // An export, then the audit log with its line.
    let signatures = "/en/staff/campaigns/defend-idlib/petitions/open-the-borders/signatures";
    let res = agent.submit(signatures, "/en/staff/campaigns/defend-idlib/petitions/open-the-borders/export", &[]).await;
    assert_eq!(res.status, 200);
    for lang in tadamun::i18n::Lang::ALL.map(|l| l.code()) {
        let res = agent.get(&format!("/{lang}/staff/audit")).await;
        assert_eq!(res.status, 200);
        save(format!("staff-audit-{lang}"), &res.body);
    }
    // The supporters' own pages, in both languages (the links work in either).
    for (lang, own, unsubscribe) in [("ar", &nour_own, &nour_unsubscribe), ("en", &sam_own, &sam_unsubscribe)] {
        for page_lang in ["ar", "en"] {
            let own = own.replacen(&format!("/{lang}/"), &format!("/{page_lang}/"), 1);
            let res = reader.get(&own).await;
            assert_eq!(res.status, 200, "{own}");
            save(format!("me-{lang}-signer-{page_lang}"), &res.body);
            let unsubscribe = unsubscribe.replacen(&format!("/{lang}/"), &format!("/{page_lang}/"), 1);
            let res = reader.get(&unsubscribe).await;
            assert_eq!(res.status, 200, "{unsubscribe}");
            save(format!("unsubscribe-{lang}-signer-{page_lang}"), &res.body);
        }
    }
    // Nour withdraws her consent on her page; Sam unsubscribes in one click.
    let org = reader.get(&nour_own).await.hidden("org");
    let res = reader.post(&format!("{nour_own}/consent"), &[("org", &org)]).await;
    assert_eq!(res.status, 303);
    let res = reader.get(&nour_own).await;
    assert!(!res.body.contains("name=\"org\""), "the consent is withdrawn");
    save("me-withdrawn-ar".into(), &res.body);
    let res = reader.post(&sam_unsubscribe, &[("List-Unsubscribe", "One-Click")]).await;
    assert_eq!(res.status, 200);
    save("unsubscribed-en".into(), &res.body);
    // Erasing without ticking the box, then for real; the link then leads nowhere.
    let res = reader.post(&format!("{sam_own}/erase"), &[]).await;
    assert_eq!(res.status, 200);
    save("me-erase-not-sure-en".into(), &res.body);
    for (lang, own) in [("en", &sam_own), ("ar", &nour_own)] {
        let res = reader.post(&format!("{own}/erase"), &[("sure", "yes")]).await;
        assert_eq!(res.status, 200);
        save(format!("erased-{lang}"), &res.body);
        let res = reader.get(own).await;
        assert_eq!(res.status, 404);
        save(format!("me-gone-{lang}"), &res.body);
    }
}

/// The coalition's pages, public and staff, in every language, with and without form errors.
#[tokio::test(flavor = "multi_thread")]
async fn coalition_pages_are_valid_html() {
    let Some(jar) = checker() else { return };
    let app = TestApp::spawn_with(Options { demo: true, ..Default::default() }).await;
    let (org_id, referral): (i64, String) = sqlx::query_as("SELECT id, referral FROM organisations ORDER BY created_at, id LIMIT 1").fetch_one(&app.state.db.pool).await.unwrap();
    let org: tadamun::staff::OrganisationId = org_id.to_string().parse().unwrap();
    let mut coordinator = app.signed_in("cora").await;
    let mut admin = app.signed_in_as("org-admin", tadamun::staff::Role::OrgAdmin, Some(org)).await;
    let mut reader = app.agent();
    let out = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    let mut save = |name: String, body: &str| {
        let path = out.path().join(format!("{}.html", name.replace('/', "_")));
        std::fs::write(&path, body).unwrap();
        files.push(path);
    };
    for lang in tadamun::i18n::Lang::ALL.map(|l| l.code()) {
        for path in [
            "/c/defend-idlib/endorse".to_string(),
            "/c/defend-idlib/endorse/sent".to_string(),
            "/c/defend-idlib/endorsers".to_string(),
            format!("/c/defend-idlib/o/{referral}"),
            format!("{PETITION}?via={referral}"),
            "/endorse/confirm/1.0123456789abcdef0123456789abcdef".to_string(),
            "/staff/invitation/0000000000000000000000000000000000000000000000000000000000000000".to_string(),
        ] {
            let res = reader.get(&format!("/{lang}{path}")).await;
            assert!(res.status == 200 || res.status == 404, "{path}: {}", res.status);
            save(format!("coalition-{lang}{path}"), &res.body);
        }
        let form = reader.get(&format!("/{lang}/c/defend-idlib/endorse")).await;
        let token = form.hidden("form_token");
        let res = reader
            .post_multipart(&format!("/{lang}/c/defend-idlib/endorse"), &[("form_token", &token), ("name", ""), ("kind", "x"), ("website_url", "ftp://x")], &[("logo", "x.png", b"not a picture")])
            .await;
        assert_eq!(res.status, 422);
        save(format!("coalition-endorse-errors-{lang}"), &res.body);
        for path in ["/staff/campaigns/defend-idlib/organisations".to_string(), "/staff/campaigns/defend-idlib/organisations?status=approved".to_string(), format!("/staff/campaigns/defend-idlib/organisations/{org_id}"), "/staff/accounts".to_string(), "/staff/security".to_string()] {
            let res = coordinator.get(&format!("/{lang}{path}")).await;
            assert_eq!(res.status, 200, "{path}");
            save(format!("coalition-coordinator-{lang}{path}"), &res.body);
        }
        let res = coordinator.submit(&format!("/{lang}/staff/accounts"), &format!("/{lang}/staff/accounts"), &[("email", "nope"), ("role", "org-admin")]).await;
        assert_eq!(res.status, 422);
        save(format!("coalition-invite-errors-{lang}"), &res.body);
        let res = coordinator.submit(&format!("/{lang}/staff/security"), &format!("/{lang}/staff/security"), &[("action", "enrol-start"), ("password", "correct horse battery staple")]).await;
        assert_eq!(res.status, 200);
        save(format!("coalition-enrol-{lang}"), &res.body);
        for path in ["/staff/org", "/staff/org/supporters", "/staff/org/page/ar", "/staff/org/page/en", "/staff/accounts", "/staff/audit"] {
            let res = admin.get(&format!("/{lang}{path}")).await;
            assert_eq!(res.status, 200, "{path}");
            save(format!("coalition-admin-{lang}{path}"), &res.body);
        }
        let res = admin.submit(&format!("/{lang}/staff/org"), &format!("/{lang}/staff/org/key"), &[("age_recipient", "age1nope")]).await;
        assert_eq!(res.status, 422);
        save(format!("coalition-key-error-{lang}"), &res.body);
        let page = format!("/{lang}/staff/org/page/{lang}");
        let res = admin.submit(&page, &page, &[("statement", "\u{202E}x"), ("page_md", "ok"), ("call_to_action", "")]).await;
        assert_eq!(res.status, 422);
        save(format!("coalition-page-error-{lang}"), &res.body);
    }
    assert_valid(&jar, &files);
    app.finish().await;
}

/// The days of action's pages, public and staff, in every language, with form errors.
#[tokio::test(flavor = "multi_thread")]
async fn days_of_action_pages_are_valid_html() {
    let Some(jar) = checker() else { return };
    let app = TestApp::spawn_with(Options { demo: true, ..Default::default() }).await;
    let (day, date): (i64, String) = sqlx::query_as("SELECT id, first_day FROM action_days LIMIT 1").fetch_one(&app.state.db.pool).await.unwrap();
    let (event,): (i64,) = sqlx::query_as("SELECT id FROM events WHERE country = 'DE'").fetch_one(&app.state.db.pool).await.unwrap();
    let mut coordinator = app.signed_in("evc").await;
    let mut reader = app.agent();
    let out = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    let mut save = |name: String, body: &str| {
        let path = out.path().join(format!("{}.html", name.replace(['/', '?', '='], "_")));
        std::fs::write(&path, body).unwrap();
        files.push(path);
    };
    for lang in tadamun::i18n::Lang::ALL.map(|l| l.code()) {
        for path in [
            format!("/c/defend-idlib/days/{day}"),
            format!("/c/defend-idlib/days/{day}?country=DE"),
            format!("/c/defend-idlib/days/{day}/submit"),
            format!("/c/defend-idlib/days/{day}/submitted"),
            format!("/c/defend-idlib/events/{event}"),
            format!("/c/defend-idlib/events/{event}?answered=1"),
            "/events/confirm/1.0123456789abcdef0123456789abcdef".to_string(),
            "/events/attend/1.0123456789abcdef0123456789abcdef".to_string(),
            "/events/rsvp/1.0123456789abcdef0123456789abcdef".to_string(),
        ] {
            let res = reader.get(&format!("/{lang}{path}")).await;
            assert!(res.status == 200 || res.status == 404, "{path}: {}", res.status);
            save(format!("days-{lang}{path}"), &res.body);
        }
        let form = reader.get(&format!("/{lang}/c/defend-idlib/days/{day}/submit")).await;
        let token = form.hidden("form_token");
        let starts = format!("{date}T18:00");
        let ends = format!("{date}T17:00");
        let res = reader
            .post_multipart(
                &format!("/{lang}/c/defend-idlib/days/{day}/submit"),
                &[("form_token", &token), ("title", ""), ("kind", "rally"), ("starts", &starts), ("ends", &ends), ("country", "US"), ("city", "Springfield"), ("time_zone", "America/Chicago")],
                &[("photo", "x.jpg", b"nope")],
            )
            .await;
        assert_eq!(res.status, 422);
        save(format!("days-submit-errors-{lang}"), &res.body);
        let page = reader.get(&format!("/{lang}/c/defend-idlib/events/{event}")).await;
        let token = page.hidden("form_token");
        let res = reader.post(&format!("/{lang}/c/defend-idlib/events/{event}/attend"), &[("form_token", &token), ("name", ""), ("email", "x")]).await;
        assert_eq!(res.status, 422);
        save(format!("days-attend-errors-{lang}"), &res.body);
        for path in ["/staff/campaigns/defend-idlib/days".to_string(), "/staff/campaigns/defend-idlib/events?status=approved".to_string(), format!("/staff/campaigns/defend-idlib/events/{event}")] {
            let res = coordinator.get(&format!("/{lang}{path}")).await;
            assert_eq!(res.status, 200, "{path}");
            save(format!("days-staff-{lang}{path}"), &res.body);
        }
        let days = format!("/{lang}/staff/campaigns/defend-idlib/days");
        let res = coordinator.submit(&days, &days, &[("first_day", "nope"), ("last_day", "")]).await;
        assert_eq!(res.status, 422);
        save(format!("days-declare-errors-{lang}"), &res.body);
    }
    // Another event than the one whose public page is checked (this one begins now).
    let (other,): (i64,) = sqlx::query_as("SELECT id FROM events WHERE country <> 'DE' AND status = 'approved' ORDER BY id LIMIT 1").fetch_one(&app.state.db.pool).await.unwrap();
    let manage = crate::common::organiser_page(&app, other, "nour@example.org").await;
    let mut organiser = app.agent();
    // The organiser's page, once someone comes and the event has begun.
    for lang in tadamun::i18n::Lang::ALL.map(|l| l.code()) {
        for path in [manage.clone(), format!("{manage}/edit")] {
            let res = organiser.get(&format!("/{lang}{path}")).await;
            assert_eq!(res.status, 200, "{path}");
            assert!(path.ends_with("/edit") || (res.body.contains("name=\"message\"") && res.body.contains("name=\"attended\"")), "every part of the organiser's page shows: {}", res.body);
            save(format!("days-organiser-{lang}{}", if path.ends_with("/edit") { "-edit" } else { "" }), &res.body);
        }
        let res = organiser.post(&format!("/{lang}{manage}/write"), &[("message", " ")]).await;
        assert_eq!(res.status, 422);
        save(format!("days-organiser-message-errors-{lang}"), &res.body);
        // The moderators' view of the report waiting.
        for path in [format!("/staff/campaigns/defend-idlib/events/{other}"), "/staff/campaigns/defend-idlib/events?reports=pending".to_string()] {
            let res = coordinator.get(&format!("/{lang}{path}")).await;
            assert_eq!(res.status, 200, "{path}");
            assert!(res.body.contains("name=\"decision\" value=\"publish\"") || path.contains("reports="), "the report waits");
            save(format!("days-reports-{lang}{path}"), &res.body);
        }
    }
    assert_valid(&jar, &files);
    app.finish().await;
}
