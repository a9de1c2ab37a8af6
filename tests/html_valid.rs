//! Every kind of page, Arabic and English, public and staff, with and without form errors, is
//! checked by the Nu HTML Checker (npm `vnu-jar`, run with Java). Skips, loudly, where Java or
//! the checker is missing; `.ci/run` installs both.

mod common;

use std::path::Path;
use std::process::Command;

use common::{Options, TestApp};

#[tokio::test(flavor = "multi_thread")]
async fn every_page_is_valid_html() {
    let jar = Path::new(env!("CARGO_MANIFEST_DIR")).join("tools/node_modules/vnu-jar/build/dist/vnu.jar");
    let java = Command::new("java").arg("-version").output().is_ok_and(|o| o.status.success());
    if !common::require_tool("Java and the Nu HTML Checker (npm ci --prefix tools)", java && jar.exists()) {
        return;
    }
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
    for lang in ["ar", "en"] {
        for path in ["/c/defend-idlib", "/c/defend-idlib/facts", "/staff/login", "/no-such-page"] {
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
        ] {
            let res = agent.get(&format!("/{lang}{path}")).await;
            assert_eq!(res.status, 200, "{path}");
            save(format!("staff-{lang}{path}"), &res.body);
        }
        // Pages showing form errors.
        let edit = format!("/{lang}/staff/campaigns/defend-idlib/texts/{lang}");
        let res = agent.submit(&edit, &edit, &[("title", ""), ("share", &"x".repeat(300))]).await;
        assert_eq!(res.status, 422);
        save(format!("error-edit-{lang}"), &res.body);
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
    // Paged home page with several campaigns.
    let now = tadamun::db::now();
    for i in 0..22 {
        let slug = tadamun::campaigns::model::Slug::parse(&format!("more-{i}")).unwrap();
        let id = tadamun::campaigns::store::create(&app.state.db, &slug, &[tadamun::i18n::Lang::Ar], tadamun::i18n::Lang::Ar, now).await.unwrap().unwrap();
        tadamun::campaigns::store::set_published(&app.state.db, id, true, now).await.unwrap();
    }
    let res = reader.get("/ar/?page=2").await;
    save("home-ar".into(), &res.body);

    let output = Command::new("java")
        .args(["-jar"])
        .arg(&jar)
        .args(["--errors-only", "--format", "gnu"])
        .args(&files)
        .output()
        .expect("run the Nu HTML Checker");
    let report = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert!(output.status.success() && report.trim().is_empty(), "invalid HTML:\n{report}");

    // The checker can fail: a broken page is reported.
    let broken = out.path().join("broken.html");
    std::fs::write(&broken, "<!DOCTYPE html><html><title>x</title><p><div></p>").unwrap();
    let output = Command::new("java").args(["-jar"]).arg(&jar).args(["--errors-only"]).arg(&broken).output().unwrap();
    assert!(!output.status.success(), "the checker must reject a broken page");
    app.finish().await;
}
