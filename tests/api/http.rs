//! The site as a visitor and a coordinator see it, over HTTP, on the backend the harness picks
//! (SQLite by default; PostgreSQL when `TADAMUN_TEST_POSTGRES_URL` is set).


use crate::common::{Agent, Options, TestApp};

const CSP: &str = "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self'; object-src 'none'; \
                   base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

#[tokio::test]
async fn postgres_backend_is_covered_or_says_why_not() {
    if std::env::var(crate::common::POSTGRES_ENV).is_err() {
        crate::common::loud(&format!(
            "NOTE: these HTTP tests ran on SQLite only. Set {}=postgres://USER@HOST/DB to run them \
             on PostgreSQL too (.ci/run does).",
            crate::common::POSTGRES_ENV
        ));
        return;
    }
    let app = TestApp::spawn().await;
    assert_eq!(app.state.db.backend, tadamun::db::Backend::Postgres);
    app.finish().await;
}

#[tokio::test]
async fn root_picks_language_from_accept_language() {
    let app = TestApp::spawn_with(Options { demo: true, ..Default::default() }).await;
    for (accept, want) in [("ar-SY,ar;q=0.9,en;q=0.5", "/ar/"), ("en-GB,en;q=0.9", "/en/"), ("fr-FR", "/fr/"), ("de-AT,de;q=0.9", "/de/"), ("tr-TR", "/ar/"), ("", "/ar/")] {
        let mut agent = app.agent();
        if !accept.is_empty() {
            agent.accept_language = Some(accept.into());
        }
        let res = agent.get("/").await;
        assert_eq!(res.status, 303, "{accept}");
        assert_eq!(res.location(), want, "{accept}");
        assert!(res.header("vary").contains("Accept-Language"));
    }
    // (Without a language the browser asks for, the campaign's own language: Arabic here;
    // English on a site with no published campaign.)
    let empty = TestApp::spawn().await;
    assert_eq!(empty.agent().get("/").await.location(), "/en/");
    empty.finish().await;
    // With one published campaign the home page goes straight to it.
    let res = app.agent().get("/ar/").await;
    assert_eq!(res.status, 303);
    assert_eq!(res.location(), "/ar/c/defend-idlib");
    app.finish().await;
}

#[tokio::test]
async fn campaign_pages_carry_lang_dir_and_a_plain_link_switcher() {
    let app = TestApp::spawn_with(Options { demo: true, ..Default::default() }).await;
    let mut agent = app.agent();
    let ar = agent.get("/ar/c/defend-idlib").await;
    assert_eq!(ar.status, 200);
    ar.assert_translated();
    assert!(ar.body.starts_with("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">"), "{}", &ar.body[..200]);
    assert!(ar.body.contains("دافعوا عن إدلب"));
    assert!(ar.body.contains("href=\"/en/c/defend-idlib\" lang=\"en\" hreflang=\"en\">English</a>"));
    assert!(ar.body.contains("aria-current=\"page\">العربية</a>"));
    assert!(!ar.body.contains("<script"), "this issue ships no JavaScript");
    let en = agent.get("/en/c/defend-idlib").await;
    assert_eq!(en.status, 200);
    en.assert_translated();
    assert!(en.body.contains("<html lang=\"en\" dir=\"ltr\">"));
    assert!(en.body.contains("Defend Idlib"));
    assert!(en.body.contains("30,000") && en.body.contains("1,400"));
    assert!(!en.body.contains("not yet translated"));
    app.finish().await;
}

#[tokio::test]
async fn unknown_language_or_page_is_a_404_page_in_the_negotiated_language() {
    let app = TestApp::spawn_with(Options { demo: true, ..Default::default() }).await;
    let mut agent = app.agent();
    agent.accept_language = Some("ar".into());
    let res = agent.get("/xx/c/defend-idlib").await;
    assert_eq!(res.status, 404);
    assert!(res.body.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(res.body.contains("الصفحة غير موجودة"));
    let res = agent.get("/en/c/no-such-campaign").await;
    assert_eq!(res.status, 404);
    assert!(res.body.contains("<html lang=\"en\"") && res.body.contains("Page not found"));
    let res = agent.get("/ar/staff/campaigns/x/texts/xx").await;
    assert!(res.status == 303 || res.status == 404);
    app.finish().await;
}

#[tokio::test]
async fn privacy_headers_are_on_every_response() {
    let app = TestApp::spawn_with(Options { demo: true, onion: Some("http://tadamunexampleonionaddressxxxxxxxxxxxxxxxxxxxx.onion".into()), ..Default::default() }).await;
    let mut agent = app.agent();
    for path in ["/", "/en/c/defend-idlib", "/static/style.css", "/en/no-such", "/en/staff/login", "/healthz"] {
        let res = agent.get(path).await;
        assert_eq!(res.header("content-security-policy"), CSP, "{path}");
        assert_eq!(res.header("x-content-type-options"), "nosniff", "{path}");
        assert_eq!(res.header("referrer-policy"), "no-referrer", "{path}");
        assert_eq!(res.header("x-frame-options"), "DENY", "{path}");
        assert_eq!(
            res.header("onion-location"),
            format!("http://tadamunexampleonionaddressxxxxxxxxxxxxxxxxxxxx.onion{path}"),
            "{path}"
        );
    }
    app.finish().await;
}

/// Every `src`, `href` of `<link>`, form `action` and CSS `url()` points at this site.
fn assert_nothing_from_elsewhere(what: &str, body: &str) {
    let lower = body.to_ascii_lowercase();
    for pattern in ["src=\"http", "src=\"//", "srcset=", "action=\"http", "action=\"//", "url(http", "url(//", "url(\"http", "@import"] {
        assert!(!lower.contains(pattern), "{what} loads from elsewhere ({pattern})");
    }
    for (i, _) in lower.match_indices("<link") {
        let tag = &lower[i..i + lower[i..].find('>').unwrap()];
        assert!(!tag.contains("href=\"http") && !tag.contains("href=\"//"), "{what}: {tag}");
    }
    assert!(!lower.contains("<script"), "{what} has a script");
    assert!(!lower.contains(" style=\""), "{what} has an inline style (CSP forbids it)");
    assert!(!lower.contains("<style"), "{what} has a style element (CSP forbids it)");
}

#[tokio::test]
async fn no_page_or_stylesheet_loads_anything_from_another_host() {
    let app = TestApp::spawn_with(Options { demo: true, ..Default::default() }).await;
    let mut agent = app.signed_in("coord").await;
    let css = agent.get("/static/style.css").await;
    assert_nothing_from_elsewhere("style.css", &css.body);
    for physical in ["margin-left", "margin-right", "padding-left", "padding-right", "left:", "right:", "text-align: left", "text-align: right", "float:", "border-left", "border-right"] {
        assert!(!css.body.contains(physical), "style.css uses a physical property: {physical}");
    }
    for lang in ["ar", "en"] {
        for path in [
            format!("/{lang}/c/defend-idlib"),
            format!("/{lang}/staff/"),
            format!("/{lang}/staff/campaigns/defend-idlib"),
            format!("/{lang}/staff/campaigns/defend-idlib/texts/ar"),
            format!("/{lang}/staff/campaigns/defend-idlib/preview/en"),
            format!("/{lang}/staff/campaigns/new"),
            format!("/{lang}/staff/password"),
            format!("/{lang}/nothing-here"),
        ] {
            let res = agent.get(&path).await;
            assert!(res.status == 200 || res.status == 404, "{path}: {}", res.status);
            res.assert_translated();
            assert_nothing_from_elsewhere(&path, &res.body);
        }
    }
    app.finish().await;
}

#[tokio::test]
async fn sign_in_sets_a_strict_httponly_cookie_and_a_new_session_id() {
    let app = TestApp::spawn().await;
    let (login, password) = app.coordinator("amal").await;
    let mut agent = app.agent();
    // A session id planted before sign-in is never adopted.
    agent.cookies.insert("tadamun-session".into(), "ab".repeat(32));
    let page = agent.get("/en/staff/login").await;
    let pre_cookie = page.header("set-cookie").to_string();
    assert!(pre_cookie.contains("HttpOnly") && pre_cookie.contains("SameSite=Strict") && pre_cookie.contains("Path=/"));
    let token = page.hidden("_csrf");
    let res = agent.post("/en/staff/login", &[("_csrf", &token), ("login", &login), ("password", &password)]).await;
    assert_eq!(res.status, 303, "{}", res.body);
    assert_eq!(res.location(), "/en/staff/");
    let set: Vec<_> = res.headers.get_all("set-cookie").iter().map(|v| v.to_str().unwrap().to_string()).collect();
    let session = set.iter().find(|c| c.starts_with("tadamun-session=")).expect("session cookie");
    assert!(session.contains("HttpOnly") && session.contains("SameSite=Strict"), "{session}");
    let value = &agent.cookies["tadamun-session"];
    assert_eq!(value.len(), 64, "256-bit token");
    assert_ne!(value, &"ab".repeat(32));
    // The database holds only the token's hash.
    let (stored,): (String,) = sqlx::query_as("SELECT token_hash FROM sessions").fetch_one(&app.state.db.pool).await.unwrap();
    assert_ne!(&stored, value);
    assert_eq!(stored, tadamun::crypto::token_hash(value));
    let dash = agent.get("/en/staff/").await;
    assert_eq!(dash.status, 200);
    assert!(dash.body.contains("amal"));
    assert_eq!(dash.header("cache-control"), "no-store", "staff pages stay out of caches");
    app.finish().await;
}

#[tokio::test]
async fn wrong_password_keeps_the_name_and_repeated_failures_lock_the_account() {
    let app = TestApp::spawn().await;
    let (login, password) = app.coordinator("basma").await;
    let mut agent = app.agent();
    agent.accept_language = Some("ar".into());
    let res = agent.sign_in("ar", &login, "wrong password").await;
    assert_eq!(res.status, 422);
    assert!(res.body.contains("اسم المستخدم أو كلمة المرور غير صحيحة"));
    assert!(res.body.contains("value=\"basma\""), "the typed name is kept");
    // An unknown account gets the very same answer.
    let res = agent.sign_in("ar", "nobody", "wrong password").await;
    assert_eq!(res.status, 422);
    assert!(res.body.contains("اسم المستخدم أو كلمة المرور غير صحيحة"));
    for _ in 0..4 {
        agent.sign_in("ar", &login, "wrong password").await;
    }
    // Locked now: even the right password is refused, with a message saying for how long.
    let res = agent.sign_in("ar", &login, &password).await;
    assert_eq!(res.status, 422);
    assert!(res.body.contains("محاولات فاشلة كثيرة"), "{}", res.body);
    assert!(!agent.cookies.contains_key("tadamun-session"));
    // Once the lock has run out, the right password works and the count starts again.
    sqlx::query("UPDATE login_throttle SET locked_until = 0").execute(&app.state.db.pool).await.unwrap();
    let res = agent.sign_in("ar", &login, &password).await;
    assert_eq!(res.status, 303);
    let (rows,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM login_throttle").fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(rows, 1, "only the unknown name's record is left");
    app.finish().await;
}

#[tokio::test]
async fn the_throttle_does_not_tell_real_names_from_unknown_ones() {
    let app = TestApp::spawn().await;
    app.coordinator("rania").await;
    let mut agent = app.agent();
    let mut answers = Vec::new();
    for name in ["rania", "nobody-at-all"] {
        for _ in 0..6 {
            let res = agent.sign_in("en", name, "wrong password").await;
            answers.push((name, res.status, res.body.contains("Too many failed attempts")));
        }
    }
    let (real, unknown) = answers.split_at(6);
    let pattern = |a: &[(&str, u16, bool)]| a.iter().map(|(_, s, l)| (*s, *l)).collect::<Vec<_>>();
    assert_eq!(pattern(real), pattern(unknown));
    assert!(pattern(real)[5].1, "the sixth attempt meets the lock");
    // Typed names are kept only as keyed hashes.
    let keys: Vec<(String,)> = sqlx::query_as("SELECT name_key FROM login_throttle").fetch_all(&app.state.db.pool).await.unwrap();
    assert_eq!(keys.len(), 2);
    assert!(keys.iter().all(|(k,)| k.len() == 64 && !k.contains("rania") && !k.contains("nobody")));
    app.finish().await;
}

#[tokio::test]
async fn parallel_guesses_cannot_outrun_the_lock() {
    let app = TestApp::spawn().await;
    let (login, _) = app.coordinator("samir").await;
    let mut agent = app.agent();
    let token = agent.get("/en/staff/login").await.hidden("_csrf");
    let cookie = agent.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ");
    let mut tasks = Vec::new();
    for _ in 0..16 {
        let client = agent.client.clone();
        let url = format!("{}/en/staff/login", app.base);
        let (cookie, token, login) = (cookie.clone(), token.clone(), login.clone());
        tasks.push(tokio::spawn(async move {
            let res = client
                .post(url)
                .header("cookie", cookie)
                .header("sec-fetch-site", "same-origin")
                .form(&[("_csrf", token.as_str()), ("login", login.as_str()), ("password", "a wrong guess")])
                .send()
                .await
                .unwrap();
            res.text().await.unwrap().contains("Too many failed attempts")
        }));
    }
    let mut checked = 0;
    for t in tasks {
        if !t.await.unwrap() {
            checked += 1;
        }
    }
    assert!(checked <= 5, "{checked} passwords were checked in one burst; at most 5 may be");
    app.finish().await;
}

#[tokio::test]
async fn lock_lengths_in_sql_match_the_model() {
    let app = TestApp::spawn().await;
    // A real clock: the housekeeping task forgets records older than a day.
    let mut now = tadamun::db::now();
    for failures in 1..=12 {
        let attempt = tadamun::staff::store::claim_attempt(&app.state.db, "k", now).await.unwrap();
        assert_eq!(attempt, tadamun::staff::store::Attempt::Allowed, "attempt {failures}");
        let (until,): (i64,) = sqlx::query_as("SELECT locked_until FROM login_throttle").fetch_one(&app.state.db.pool).await.unwrap();
        let expected = tadamun::staff::model::lock_seconds(failures);
        if expected > 0 {
            assert_eq!(until - now, expected, "after {failures} failures");
            assert!(matches!(tadamun::staff::store::claim_attempt(&app.state.db, "k", now + 1).await.unwrap(), tadamun::staff::store::Attempt::Locked(_)));
            now = until;
        }
    }
    app.finish().await;
}

#[tokio::test]
async fn forms_refuse_missing_wrong_or_cross_site_tokens_with_a_403_page() {
    let app = TestApp::spawn_with(Options { demo: true, ..Default::default() }).await;
    let mut agent = app.signed_in("chadi").await;
    let good = agent.get("/ar/staff/campaigns/new").await.hidden("_csrf");
    let form = |token: &str| vec![("_csrf".to_string(), token.to_string()), ("slug".into(), "new-one".into()), ("languages".into(), "ar".into()), ("default_lang".into(), "ar".into())];
    let as_refs = |v: &Vec<(String, String)>| v.iter().map(|(a, b)| (a.clone(), b.clone())).collect::<Vec<_>>();
    // Missing and wrong tokens.
    for token in ["", "00", &"f".repeat(64)] {
        let pairs = as_refs(&form(token));
        let pairs: Vec<(&str, &str)> = pairs.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        let res = agent.post("/ar/staff/campaigns/new", &pairs).await;
        assert_eq!(res.status, 403, "token {token:?}");
        // Same site, live session, wrong token: the person's own stale tab, shown what it held.
        assert!(res.body.contains("انتهت صلاحية النموذج") && res.body.contains("new-one"), "403 page in Arabic");
    }
    // A token from another session is worth nothing here.
    let mut other = app.signed_in("dalia").await;
    let foreign = other.get("/ar/staff/campaigns/new").await.hidden("_csrf");
    let pairs = as_refs(&form(&foreign));
    let pairs: Vec<(&str, &str)> = pairs.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(agent.post("/ar/staff/campaigns/new", &pairs).await.status, 403);
    // The right token from another site.
    let pairs = as_refs(&form(&good));
    let pairs: Vec<(&str, &str)> = pairs.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    let req = agent.client.post(format!("{}/ar/staff/campaigns/new", app.base)).header("origin", "https://evil.example").form(&pairs);
    assert_eq!(agent.send(req).await.status, 403);
    let req = agent.client.post(format!("{}/ar/staff/campaigns/new", app.base)).header("sec-fetch-site", "cross-site").form(&pairs);
    assert_eq!(agent.send(req).await.status, 403);
    let req = agent.client.post(format!("{}/ar/staff/campaigns/new", app.base)).header("sec-fetch-site", "same-site").header("origin", "null").form(&pairs);
    assert_eq!(agent.send(req).await.status, 403, "a sibling subdomain is another site too");
    // `Origin: null` is what browsers send on our own forms (no-referrer); the token decides.
    let req = agent.client.post(format!("{}/ar/staff/campaigns/new", app.base)).header("origin", "null").form(&[("_csrf", "bad")]);
    assert_eq!(agent.send(req).await.status, 403);
    // Nothing was created by any of them; the honest post works.
    assert!(tadamun::campaigns::store::find_by_slug(&app.state.db, "new-one").await.unwrap().is_none());
    let res = agent.post("/ar/staff/campaigns/new", &pairs).await;
    assert_eq!(res.status, 303, "{}", res.body);
    // A sign-in form posted without its pre-session cookie is refused too.
    let mut stranger = app.agent();
    let res = stranger.post("/en/staff/login", &[("_csrf", &good), ("login", "chadi"), ("password", "x")]).await;
    assert_eq!(res.status, 403);
    app.finish().await;
}

#[tokio::test]
async fn get_never_changes_state() {
    let app = TestApp::spawn_with(Options { demo: true, ..Default::default() }).await;
    let mut agent = app.signed_in("emad").await;
    for path in ["/en/staff/logout", "/en/staff/campaigns/defend-idlib/publish", "/en/staff/campaigns/defend-idlib/settings"] {
        let res = agent.get(path).await;
        assert_eq!(res.status, 405, "{path}");
        assert!(res.body.contains("<html lang=\"en\""), "{path}: a page, not a bare status");
    }
    assert_eq!(agent.get("/en/staff/").await.status, 200, "still signed in");
    let campaign = tadamun::campaigns::store::find_by_slug(&app.state.db, "defend-idlib").await.unwrap().unwrap();
    assert!(campaign.published);
    app.finish().await;
}

#[tokio::test]
async fn staff_pages_need_a_session() {
    let app = TestApp::spawn_with(Options { demo: true, ..Default::default() }).await;
    let mut agent = app.agent();
    for path in ["/ar/staff/", "/ar/staff/campaigns/new", "/ar/staff/campaigns/defend-idlib", "/ar/staff/campaigns/defend-idlib/preview/ar", "/ar/staff/password"] {
        let res = agent.get(path).await;
        assert_eq!(res.status, 303, "{path}");
        assert_eq!(res.location(), "/ar/staff/login", "{path}");
    }
    // A forged cookie is no session either.
    agent.cookies.insert("tadamun-session".into(), "0".repeat(64));
    assert_eq!(agent.get("/ar/staff/").await.status, 303);
    app.finish().await;
}

#[tokio::test]
async fn a_coordinator_creates_writes_previews_and_publishes_a_campaign() {
    let app = TestApp::spawn().await;
    let mut agent = app.signed_in("farah").await;
    let mut reader = app.agent();

    // Bad slug: the form comes back with the message and what was typed.
    let res = agent
        .submit("/en/staff/campaigns/new", "/en/staff/campaigns/new", &[("slug", "Open Borders!"), ("languages", "ar"), ("languages", "en"), ("default_lang", "en")])
        .await;
    assert_eq!(res.status, 422);
    assert!(res.body.contains("value=\"Open Borders!\""));
    assert!(res.body.contains("lower-case letters"));
    assert!(res.body.contains("aria-invalid=\"true\""));
    let res = agent
        .submit("/en/staff/campaigns/new", "/en/staff/campaigns/new", &[("slug", "open-borders"), ("languages", "ar"), ("languages", "en"), ("default_lang", "en")])
        .await;
    assert_eq!(res.status, 303, "{}", res.body);
    assert_eq!(res.location(), "/en/staff/campaigns/open-borders/texts/en");
    // The same slug again is refused.
    let res = agent.submit("/en/staff/campaigns/new", "/en/staff/campaigns/new", &[("slug", "open-borders"), ("languages", "en"), ("default_lang", "en")]).await;
    assert_eq!(res.status, 422);
    assert!(res.body.contains("Another campaign already uses this name"));

    // Not public before publishing.
    assert_eq!(reader.get("/en/c/open-borders").await.status, 404);

    // Publishing needs the default language's title and call.
    let res = agent.submit("/en/staff/campaigns/open-borders", "/en/staff/campaigns/open-borders/publish", &[("publish", "1")]).await;
    assert_eq!(res.status, 422);
    assert!(res.body.contains("Before publishing"));

    // Hostile input in the text form: a bidi override in the title, an over-long share text.
    let edit = "/en/staff/campaigns/open-borders/texts/en";
    let long_share = "s".repeat(281);
    let res = agent
        .submit(edit, edit, &[("title", "Open \u{202E}sredrob"), ("summary", "Let them in."), ("call", "# Why\n\nBecause."), ("share", &long_share)])
        .await;
    assert_eq!(res.status, 422);
    assert!(res.body.contains("direction-control characters"), "{}", res.body);
    assert!(res.body.contains("at most 280 characters"));
    assert!(res.body.contains("Let them in."), "what was typed comes back");
    assert!(res.body.contains("# Why"));
    assert!(res.body.contains(&long_share));

    // A clean save; script in the call is removed from what readers get.
    let res = agent
        .submit(edit, edit, &[("title", "Open the borders"), ("summary", "Let them in."), ("call", "# Why\n\n<script>alert(1)</script>\n\n**Because** <img src=x onerror=alert(1)>"), ("share", "Open them."), ("lead_org", "Borders Collective"), ("then", "stay")])
        .await;
    assert_eq!(res.status, 303, "{}", res.body);
    let page = agent.get(&res.location().to_string()).await;
    assert!(page.body.contains("Saved."));

    // Status page says what is missing where.
    let overview = agent.get("/en/staff/campaigns/open-borders").await;
    overview.assert_translated();
    assert!(overview.body.contains("Complete"));
    assert!(overview.body.contains("Title, Summary, The call, Share text"), "Arabic lacks everything");

    // Arabic text, then preview it.
    let edit_ar = "/en/staff/campaigns/open-borders/texts/ar";
    let res = agent.submit(edit_ar, edit_ar, &[("title", "افتحوا الحدود"), ("call", "## لماذا\n\nلأنهم بشر."), ("then", "preview")]).await;
    assert_eq!(res.status, 303);
    assert_eq!(res.location(), "/en/staff/campaigns/open-borders/preview/ar");
    let preview = agent.get("/en/staff/campaigns/open-borders/preview/ar").await;
    assert_eq!(preview.status, 200);
    assert!(preview.body.contains("افتحوا الحدود") && preview.body.contains("Preview."));
    assert!(preview.body.contains("<h1 lang=\"ar\" dir=\"auto\">"));

    let res = agent.submit("/en/staff/campaigns/open-borders", "/en/staff/campaigns/open-borders/publish", &[("publish", "1")]).await;
    assert_eq!(res.status, 303);
    let public = reader.get("/en/c/open-borders").await;
    assert_eq!(public.status, 200);
    assert!(public.body.contains("<strong>Because</strong>"));
    assert!(!public.body.contains("<script") && !public.body.contains("onerror"));
    // The Arabic page lacks a summary and share text: those come from English, with a note.
    let public_ar = reader.get("/ar/c/open-borders").await;
    assert!(public_ar.body.contains("افتحوا الحدود"));
    assert!(public_ar.body.contains("لم تُترجم أجزاء من هذه الصفحة"), "{}", public_ar.body);
    assert!(public_ar.body.contains("<p class=\"summary\" lang=\"en\" dir=\"auto\">Let them in.</p>"));

    // Unpublish: gone again for readers (the page cache does not keep it alive).
    let res = agent.submit("/en/staff/campaigns/open-borders", "/en/staff/campaigns/open-borders/publish", &[("publish", "0")]).await;
    assert_eq!(res.status, 303);
    assert_eq!(reader.get("/en/c/open-borders").await.status, 404);
    app.finish().await;
}

#[tokio::test]
async fn a_missing_translation_falls_back_with_a_note_in_the_readers_language() {
    let app = TestApp::spawn().await;
    let mut agent = app.signed_in("ghada").await;
    agent.submit("/ar/staff/campaigns/new", "/ar/staff/campaigns/new", &[("slug", "winter-camps"), ("languages", "ar"), ("languages", "en"), ("default_lang", "ar")]).await;
    let edit = "/ar/staff/campaigns/winter-camps/texts/ar";
    let res = agent.submit(edit, edit, &[("title", "مخيمات الشتاء"), ("call", "ساعدوا العائلات.")]).await;
    assert_eq!(res.status, 303);
    agent.submit("/ar/staff/campaigns/winter-camps", "/ar/staff/campaigns/winter-camps/publish", &[("publish", "1")]).await;
    let en = app.agent().get("/en/c/winter-camps").await;
    assert_eq!(en.status, 200);
    assert!(en.body.contains("<html lang=\"en\" dir=\"ltr\">"), "the interface stays English");
    assert!(en.body.contains("not yet translated into English; they are shown in Arabic"), "{}", en.body);
    assert!(en.body.contains("<h1 lang=\"ar\" dir=\"auto\">مخيمات الشتاء</h1>"));
    assert!(en.body.contains("<div class=\"call\" lang=\"ar\" dir=\"rtl\">"));
    let ar = app.agent().get("/ar/c/winter-camps").await;
    assert!(!ar.body.contains("لم تُترجم"));
    app.finish().await;
}

#[tokio::test]
async fn settings_change_languages_and_refuse_unknown_ones() {
    let app = TestApp::spawn_with(Options { demo: true, ..Default::default() }).await;
    let mut agent = app.signed_in("hadi").await;
    let page = "/en/staff/campaigns/defend-idlib";
    let res = agent.submit(page, "/en/staff/campaigns/defend-idlib/settings", &[("languages", "en"), ("languages", "zz"), ("default_lang", "en")]).await;
    assert_eq!(res.status, 422);
    assert!(res.body.contains("Choose languages from the list"));
    let res = agent.submit(page, "/en/staff/campaigns/defend-idlib/settings", &[("languages", "en"), ("default_lang", "en")]).await;
    assert_eq!(res.status, 303);
    // Switching the default of a published campaign to a language without text is refused.
    let c = tadamun::campaigns::store::find_by_slug(&app.state.db, "defend-idlib").await.unwrap().unwrap();
    let texts = tadamun::campaigns::store::texts(&app.state.db, c.id).await.unwrap();
    assert_eq!(texts.len(), tadamun::i18n::Lang::ALL.len());
    sqlx::query("DELETE FROM campaign_texts WHERE lang = 'ar'").execute(&app.state.db.pool).await.unwrap();
    let res = agent.submit(page, "/en/staff/campaigns/defend-idlib/settings", &[("languages", "ar"), ("default_lang", "ar")]).await;
    assert_eq!(res.status, 422);
    assert!(res.body.contains("Before publishing"));
    let c = tadamun::campaigns::store::find_by_slug(&app.state.db, "defend-idlib").await.unwrap().unwrap();
    assert_eq!(c.languages, vec![tadamun::i18n::Lang::En]);
    assert_eq!(c.default_lang, tadamun::i18n::Lang::En);
    // Arabic is no longer offered: Arabic readers get the English text with a note.
    let ar = app.agent().get("/ar/c/defend-idlib").await;
    assert!(ar.body.contains("Defend Idlib") && ar.body.contains("لم تُترجم"));
    app.finish().await;
}

#[tokio::test]
async fn an_oversized_body_gets_a_413_page() {
    let app = TestApp::spawn_with(Options { demo: true, ..Default::default() }).await;
    let mut agent = app.signed_in("iman").await;
    let edit = "/ar/staff/campaigns/defend-idlib/texts/ar";
    let huge = "ب".repeat(400_000);
    let res = agent.submit(edit, edit, &[("title", "x"), ("call", &huge)]).await;
    assert_eq!(res.status, 413);
    assert!(res.body.contains("<html lang=\"ar\"") && res.body.contains("حجم كبير جدًا"));
    // Long but within the body limit: a field error, not a lost form.
    let long_call = "ب".repeat(40_001);
    let res = agent.submit(edit, edit, &[("title", "x"), ("call", &long_call)]).await;
    assert_eq!(res.status, 422);
    assert!(res.body.contains(&long_call));
    app.finish().await;
}

#[tokio::test]
async fn sign_out_ends_every_session_of_the_account() {
    let app = TestApp::spawn().await;
    let (login, password) = app.coordinator("jamal").await;
    let mut phone = app.agent();
    let mut laptop = app.agent();
    assert_eq!(phone.sign_in("en", &login, &password).await.status, 303);
    assert_eq!(laptop.sign_in("en", &login, &password).await.status, 303);
    let token = phone.get("/en/staff/").await.hidden("_csrf");
    let res = phone.post("/en/staff/logout", &[("_csrf", &token)]).await;
    assert_eq!(res.status, 303);
    assert!(!phone.cookies.contains_key("tadamun-session"));
    assert_eq!(laptop.get("/en/staff/").await.status, 303, "the other device is signed out too");
    // Signing out where the session has already ended just leads to the sign-in page.
    let res = laptop.post("/en/staff/logout", &[("_csrf", "stale")]).await;
    assert_eq!(res.status, 303);
    assert_eq!(res.location(), "/en/staff/login");
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM sessions").fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(n, 0);
    app.finish().await;
}

#[tokio::test]
async fn password_change_checks_input_and_ends_every_session() {
    let app = TestApp::spawn().await;
    let (login, password) = app.coordinator("kamal").await;
    let mut a = app.agent();
    let mut b = app.agent();
    a.sign_in("ar", &login, &password).await;
    b.sign_in("ar", &login, &password).await;
    let path = "/ar/staff/password";
    let res = a.submit(path, path, &[("current", &password), ("new", "short"), ("repeat", "short")]).await;
    assert_eq!(res.status, 422);
    assert!(res.body.contains("١٢"), "Arabic digits in the message");
    let res = a.submit(path, path, &[("current", "wrong one here"), ("new", "a much longer password"), ("repeat", "a much longer password")]).await;
    assert_eq!(res.status, 422);
    let res = a.submit(path, path, &[("current", &password), ("new", "a much longer password"), ("repeat", "a different password!")]).await;
    assert_eq!(res.status, 422);
    let res = a.submit(path, path, &[("current", &password), ("new", "a much longer password"), ("repeat", "a much longer password")]).await;
    assert_eq!(res.status, 303);
    assert_eq!(res.location(), "/ar/staff/login?changed=1");
    assert_eq!(a.get("/ar/staff/").await.status, 303);
    assert_eq!(b.get("/ar/staff/").await.status, 303);
    assert_eq!(a.sign_in("ar", &login, &password).await.status, 422, "old password no longer works");
    assert_eq!(a.sign_in("ar", &login, "a much longer password").await.status, 303);
    app.finish().await;
}

#[tokio::test]
async fn sessions_end_after_idle_and_absolute_timeouts() {
    let app = TestApp::spawn_with(Options { idle_minutes: Some(30), ..Default::default() }).await;
    let mut agent = app.signed_in("layla").await;
    assert_eq!(agent.get("/en/staff/").await.status, 200);
    // 31 minutes without a request.
    sqlx::query("UPDATE sessions SET last_seen_at = last_seen_at - 1860").execute(&app.state.db.pool).await.unwrap();
    assert_eq!(agent.get("/en/staff/").await.status, 303);

    let mut agent = app.agent();
    agent.sign_in("en", "layla", "correct horse battery staple").await;
    // Active all along, but signed in 13 hours ago (the default limit is 12).
    sqlx::query("UPDATE sessions SET created_at = created_at - 46800").execute(&app.state.db.pool).await.unwrap();
    assert_eq!(agent.get("/en/staff/").await.status, 303);
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM sessions").fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(n, 0, "expired sessions are deleted when met");
    app.finish().await;
}

#[tokio::test]
async fn lists_are_paged() {
    let app = TestApp::spawn().await;
    let now = tadamun::db::now();
    for i in 0..25 {
        let slug = tadamun::campaigns::model::Slug::parse(&format!("campaign-{i:02}")).unwrap();
        let id = tadamun::campaigns::store::create(&app.state.db, &slug, &[tadamun::i18n::Lang::En], tadamun::i18n::Lang::En, now + i)
            .await
            .unwrap()
            .unwrap();
        let text = tadamun::campaigns::model::TextInput { title: format!("Campaign {i}"), call_md: "x".into(), ..Default::default() }.parse().unwrap();
        tadamun::campaigns::store::save_text(&app.state.db, id, tadamun::i18n::Lang::En, &text, None, now, false, tadamun::db::texts::Expect::Any).await.unwrap();
        tadamun::campaigns::store::set_published(&app.state.db, id, true, now).await.unwrap();
    }
    let mut reader = app.agent();
    let first = reader.get("/ar/").await;
    assert_eq!(first.status, 200);
    assert!(first.body.contains("٢٥ حملةً"), "count with Arabic digits and the 'many' plural form");
    assert_eq!(first.body.matches("/ar/c/campaign-").count(), 20);
    assert!(first.body.contains("Campaign 24") && !first.body.contains("Campaign 4<"));
    assert!(first.body.contains("الصفحة ١ من ٢"));
    let second = reader.get("/ar/?page=2").await;
    assert_eq!(second.body.matches("/ar/c/campaign-").count(), 5);
    assert!(second.body.contains("rel=\"prev\""));
    // Past the end: the last page.
    let past = reader.get("/ar/?page=9").await;
    assert_eq!(past.body.matches("/ar/c/campaign-").count(), 5);
    // Nonsense page numbers fall back to the first page.
    let odd = reader.get("/ar/?page=-3").await;
    assert_eq!(odd.status, 200);
    assert!(odd.body.contains("Campaign 24"));
    let mut agent = app.signed_in("maha").await;
    let dash = agent.get("/en/staff/?page=2").await;
    assert_eq!(dash.body.matches("/organisations\"").count(), 5, "one row per campaign, each with its endorsements");
    app.finish().await;
}

#[tokio::test]
async fn demo_campaign_is_seeded_once_and_published_in_every_language() {
    let app = TestApp::spawn_with(Options { demo: true, ..Default::default() }).await;
    assert!(!tadamun::demo::seed_if_empty(&app.state.db, &app.state.keys.fields, None).await.unwrap(), "not seeded twice");
    let c = tadamun::campaigns::store::find_by_slug(&app.state.db, "defend-idlib").await.unwrap().unwrap();
    assert!(c.published);
    assert_eq!(c.default_lang, tadamun::i18n::Lang::Ar);
    let texts = tadamun::campaigns::store::texts(&app.state.db, c.id).await.unwrap();
    assert_eq!(texts.len(), tadamun::i18n::Lang::ALL.len(), "a text in every shipped language");
    for (lang, t) in &texts {
        assert!(t.missing().is_empty(), "{lang}");
        assert!(t.call_md.contains("**"), "{lang}: the figures stand out");
    }
    let en = texts.iter().find(|(l, _)| *l == tadamun::i18n::Lang::En).unwrap();
    assert!(en.1.call_md.contains("30,000") && en.1.call_md.contains("1,400"));
    app.finish().await;
}

#[tokio::test]
async fn first_run_creates_one_coordinator_who_can_sign_in() {
    let app = TestApp::spawn().await;
    let first = tadamun::app::first_run(&app.state).await.unwrap();
    let (login, password) = first.coordinator.expect("a coordinator on an empty site");
    assert_eq!(password.len(), 20);
    let again = tadamun::app::first_run(&app.state).await.unwrap();
    assert!(again.coordinator.is_none(), "only on an empty site");
    let mut agent: Agent = app.agent();
    assert_eq!(agent.sign_in("en", &login, &password).await.status, 303);
    app.finish().await;
}

#[tokio::test]
async fn over_https_cookies_are_host_prefixed_and_secure() {
    let app = TestApp::spawn_with(Options { base_url: Some("https://campaign.example.org".into()), ..Default::default() }).await;
    let (login, password) = app.coordinator("nadia").await;
    let mut agent = app.agent();
    let page = agent.get("/en/staff/login").await;
    let pre = page.header("set-cookie");
    assert!(pre.starts_with("__Host-tadamun-pre=") && pre.contains("; Secure") && pre.contains("Path=/"), "{pre}");
    assert!(!pre.contains("Domain="), "__Host- cookies carry no Domain");
    assert!(page.header("strict-transport-security").starts_with("max-age="));
    let token = page.hidden("_csrf");
    // A post whose Origin is this site's public origin passes (no Sec-Fetch-Site: an old browser).
    let req = agent
        .client
        .post(format!("{}/en/staff/login", app.base))
        .header("origin", "https://campaign.example.org")
        .form(&[("_csrf", token.as_str()), ("login", login.as_str()), ("password", password.as_str())]);
    let res = agent.send(req).await;
    assert_eq!(res.status, 303, "{}", res.body);
    let cookie = res.headers.get_all("set-cookie").iter().map(|v| v.to_str().unwrap()).find(|c| c.starts_with("__Host-tadamun-session=")).expect("session cookie");
    assert!(cookie.contains("; Secure") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), "{cookie}");
    assert_eq!(agent.get("/en/staff/").await.status, 200);
    // The plain-HTTP cookie name means nothing here.
    let mut other = app.agent();
    other.cookies.insert("tadamun-session".into(), agent.cookies["__Host-tadamun-session"].clone());
    assert_eq!(other.get("/en/staff/").await.status, 303);
    app.finish().await;
}

#[tokio::test]
async fn a_save_made_from_a_stale_form_keeps_what_was_typed() {
    let app = TestApp::spawn_with(Options { demo: true, ..Default::default() }).await;
    let mut first = app.signed_in("omar").await;
    let mut second = app.signed_in("rasha").await;
    let edit = "/en/staff/campaigns/defend-idlib/texts/en";
    let form_a = first.get(edit).await;
    let form_b = second.get(edit).await;
    let (rev_a, rev_b) = (form_a.hidden("revision"), form_b.hidden("revision"));
    assert_eq!(rev_a, rev_b);
    let save = |token: String, rev: String, title: &'static str| {
        vec![("_csrf".to_string(), token), ("revision".to_string(), rev), ("title".to_string(), title.to_string()), ("call".to_string(), "Call.".to_string())]
    };
    let a = save(form_a.hidden("_csrf"), rev_a, "Title from Omar");
    let a: Vec<(&str, &str)> = a.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    assert_eq!(first.post(edit, &a).await.status, 303);
    let b = save(form_b.hidden("_csrf"), rev_b, "Title from Rasha");
    let b: Vec<(&str, &str)> = b.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let res = second.post(edit, &b).await;
    assert_eq!(res.status, 409);
    assert!(res.body.contains("Someone else saved this text"));
    assert!(res.body.contains("value=\"Title from Rasha\""), "what was typed is kept");
    let c = tadamun::campaigns::store::find_by_slug(&app.state.db, "defend-idlib").await.unwrap().unwrap();
    // The demo campaign is published: the saves are unpublished changes.
    let drafts = tadamun::campaigns::store::drafts(&app.state.db, c.id).await.unwrap();
    let en = drafts.iter().find(|(l, _)| *l == tadamun::i18n::Lang::En).unwrap();
    assert_eq!(en.1.title, "Title from Omar", "the first save stands");
    // Saving again from the returned form replaces it, on purpose.
    let mut again = save(res.hidden("_csrf"), res.hidden("revision"), "Title from Rasha");
    again.push(("draft".to_string(), res.hidden("draft")));
    let again: Vec<(&str, &str)> = again.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    assert_eq!(second.post(edit, &again).await.status, 303);
    app.finish().await;
}

#[tokio::test]
async fn a_form_posted_after_the_session_ended_shows_what_was_typed() {
    let app = TestApp::spawn_with(Options { demo: true, ..Default::default() }).await;
    let mut agent = app.signed_in("sami").await;
    let edit = "/ar/staff/campaigns/defend-idlib/texts/ar";
    let token = agent.get(edit).await.hidden("_csrf");
    // The coordinator writes for two hours; the session ends meanwhile.
    sqlx::query("UPDATE sessions SET last_seen_at = last_seen_at - 7200").execute(&app.state.db.pool).await.unwrap();
    let call = "## نداء طويل\n\nنص كتبته المنسّقة خلال ساعتين ولا يجوز أن يضيع.";
    let res = agent.post(edit, &[("_csrf", &token), ("revision", "1"), ("title", "عنوان جديد"), ("call", call)]).await;
    assert_eq!(res.status, 401);
    res.assert_translated();
    assert!(res.body.contains("<html lang=\"ar\"") && res.body.contains("انتهت جلستكم"));
    assert!(res.body.contains("عنوان جديد") && res.body.contains("ولا يجوز أن يضيع"), "{}", res.body);
    assert!(res.body.contains("href=\"/ar/staff/login\""));
    assert!(!res.body.contains(&token), "no token is shown back");
    // Each kept value is labelled in the reader's language, not by its field's code name.
    assert!(!res.body.contains(">title<") && !res.body.contains(">call<"), "{}", res.body);
    let c = tadamun::campaigns::store::find_by_slug(&app.state.db, "defend-idlib").await.unwrap().unwrap();
    let texts = tadamun::campaigns::store::texts(&app.state.db, c.id).await.unwrap();
    assert!(texts.iter().all(|(_, t)| t.title != "عنوان جديد"), "nothing was saved");
    app.finish().await;
}

#[tokio::test]
async fn passwords_are_never_shown_back() {
    let app = TestApp::spawn().await;
    let mut agent = app.signed_in("hiba").await;
    let token = agent.get("/en/staff/password").await.hidden("_csrf");
    sqlx::query("DELETE FROM sessions").execute(&app.state.db.pool).await.unwrap();
    let res = agent
        .post("/en/staff/password", &[("_csrf", &token), ("current", "correct horse battery staple"), ("new", "a brand new secret"), ("repeat", "a brand new secret")])
        .await;
    assert_eq!(res.status, 401);
    assert!(!res.body.contains("correct horse") && !res.body.contains("brand new secret"));
    app.finish().await;
}

#[tokio::test]
async fn a_tab_older_than_the_last_sign_in_shows_what_was_typed() {
    let app = TestApp::spawn_with(Options { demo: true, ..Default::default() }).await;
    let (login, password) = app.coordinator("wafa").await;
    let mut agent = app.agent();
    agent.sign_in("en", &login, &password).await;
    let edit = "/en/staff/campaigns/defend-idlib/texts/en";
    let old_token = agent.get(edit).await.hidden("_csrf");
    // The session ends; in another tab the coordinator signs in again, to a new session, so
    // the old tab's token no longer matches.
    sqlx::query("UPDATE sessions SET last_seen_at = last_seen_at - 7200").execute(&app.state.db.pool).await.unwrap();
    assert_eq!(agent.sign_in("en", &login, &password).await.status, 303);
    let res = agent.post(edit, &[("_csrf", &old_token), ("title", "Typed in the old tab"), ("call", "Long text.")]).await;
    assert_eq!(res.status, 403);
    assert!(res.body.contains("The form has expired") && res.body.contains("Typed in the old tab"));
    app.finish().await;
}

#[tokio::test]
async fn another_site_cannot_put_its_text_on_our_pages() {
    let app = TestApp::spawn().await;
    let mut stranger = app.agent();
    let req = stranger
        .client
        .post(format!("{}/en/staff/campaigns/new", app.base))
        .header("sec-fetch-site", "cross-site")
        .form(&[("slug", "Call this number: 555-0100")]);
    let res = stranger.send(req).await;
    assert_eq!(res.status, 403);
    assert!(!res.body.contains("555-0100"));
    app.finish().await;
}

/// Sign-in with a different made-up name each time cannot make the server hash passwords
/// without end: one connection gets a handful of attempts a minute, whatever the names.
#[tokio::test]
async fn sign_in_attempts_from_one_connection_are_held_back_whatever_the_name() {
    let app = TestApp::spawn_with(Options { sign_in_per_minute: Some(3), ..Default::default() }).await;
    let mut agent = app.agent();
    let mut statuses = Vec::new();
    for i in 0..5 {
        let res = agent.sign_in("en", &format!("nobody{i}"), "wrong password here").await;
        statuses.push(res.status);
    }
    assert_eq!(statuses, vec![422, 422, 422, 429, 429]);
    let res = agent.sign_in("ar", "nobody9", "x").await;
    assert!(res.status == 429 && res.body.contains("دقيقة"), "in the reader's language: {}", res.body);
    let (rows,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM login_throttle").fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(rows, 3, "refused attempts leave nothing behind");
    app.finish().await;
}

/// Slow clients cannot hold the server: a connection that does not finish its headers, or
/// trickles its body, is closed after the request timeout, and while every connection slot is
/// taken a newcomer waits in the queue and is then served.
#[tokio::test(flavor = "multi_thread")]
async fn half_open_connections_are_closed_and_newcomers_are_served() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let app = TestApp::spawn_with(Options { max_connections: Some(2), request_timeout_seconds: Some(1), ..Default::default() }).await;
    let started = std::time::Instant::now();
    let mut slow = Vec::new();
    for _ in 0..2 {
        let mut s = tokio::net::TcpStream::connect(app.addr).await.unwrap();
        s.write_all(b"GET /en HTTP/1.1\r\nHost: x\r\nX-Slow: ").await.unwrap();
        slow.push(s);
    }
    // Both slots are taken: a normal request waits, then gets its page.
    let res = tokio::time::timeout(std::time::Duration::from_secs(10), reqwest::get(format!("{}/healthz", app.base))).await;
    let res = res.expect("served once a slot is free").unwrap();
    assert_eq!(res.status(), 200);
    for mut s in slow {
        let mut buf = [0u8; 256];
        let n = tokio::time::timeout(std::time::Duration::from_secs(10), s.read(&mut buf)).await.expect("closed, not left hanging");
        // Closed (0 bytes) or answered with an error; never kept open.
        let _ = n;
    }
    assert!(started.elapsed() < std::time::Duration::from_secs(8));
    // A body trickled byte by byte is cut off too.
    let mut s = tokio::net::TcpStream::connect(app.addr).await.unwrap();
    s.write_all(b"POST /en/staff/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\nlogin=").await.unwrap();
    let mut answer = Vec::new();
    let read = tokio::time::timeout(std::time::Duration::from_secs(10), s.read_to_end(&mut answer)).await;
    assert!(read.is_ok(), "the trickling request was ended");
    app.finish().await;
}

/// On a published campaign and an open petition, saving a text changes nothing readers see:
/// the preview shows the change, and the public page takes it only when it is published.
#[tokio::test]
async fn edits_to_public_texts_wait_for_publishing() {
    let app = TestApp::spawn_with(Options { demo: true, ..Default::default() }).await;
    let mut staff = app.signed_in("hala").await;
    let mut reader = app.agent();
    let edit = "/en/staff/campaigns/defend-idlib/texts/en";
    let form = staff.get(edit).await;
    assert!(form.body.contains("Readers can see this text"), "{}", form.body);
    let res = staff
        .post(edit, &[("_csrf", &form.hidden("_csrf")), ("revision", &form.hidden("revision")), ("draft", &form.hidden("draft")), ("title", "A corrected title"), ("call", "Corrected call."), ("then", "preview")])
        .await;
    assert_eq!(res.status, 303);
    let preview = staff.get(res.location()).await;
    assert!(preview.body.contains("A corrected title") && preview.body.contains("unpublished changes"), "{}", preview.body);
    let public = reader.get("/en/c/defend-idlib").await;
    assert!(!public.body.contains("A corrected title"), "readers still see the published text");
    // The editor shows the changes, and publishing them changes the public page.
    let form = staff.get(edit).await;
    assert!(form.body.contains("A corrected title") && form.body.contains("unpublished changes") && form.hidden("draft") == "1");
    // Publishing names the draft seen: a stale one publishes nothing.
    let res = staff.submit(edit, &format!("{edit}/publish"), &[("revision", "99")]).await;
    assert!(staff.get(res.location()).await.body.contains("Nothing was published"));
    assert!(!reader.get("/en/c/defend-idlib").await.body.contains("A corrected title"));
    let res = staff.submit(edit, &format!("{edit}/publish"), &[("revision", &form.hidden("revision"))]).await;
    assert_eq!(res.status, 303);
    assert!(staff.get(res.location()).await.body.contains("The changes are published"));
    assert!(reader.get("/en/c/defend-idlib").await.body.contains("A corrected title"));
    // Discarding drops the changes and keeps what is published.
    let form = staff.get(edit).await;
    assert_eq!(form.hidden("draft"), "0");
    staff.post(edit, &[("_csrf", &form.hidden("_csrf")), ("revision", &form.hidden("revision")), ("draft", "0"), ("title", "Not this"), ("call", "x")]).await;
    // Discarding names the draft seen: a stale page discards nothing (a colleague's newer draft stays).
    let res = staff.submit(edit, &format!("{edit}/discard"), &[("revision", "99")]).await;
    assert!(staff.get(res.location()).await.body.contains("Nothing was discarded"));
    let draft_rev = staff.get(edit).await.hidden("revision");
    assert_eq!(staff.submit(edit, &format!("{edit}/discard"), &[("revision", &draft_rev)]).await.status, 303);
    assert!(!staff.get(edit).await.body.contains("Not this"));
    assert!(reader.get("/en/c/defend-idlib").await.body.contains("A corrected title"));

    // The open petition: the same.
    let p = "/en/staff/campaigns/defend-idlib/petitions/open-the-borders/texts/en";
    let form = staff.get(p).await;
    let res = staff
        .post(p, &[("_csrf", &form.hidden("_csrf")), ("revision", &form.hidden("revision")), ("draft", &form.hidden("draft")), ("title", "Open every border"), ("addressee", "Governments"), ("body", "Now.")])
        .await;
    assert_eq!(res.status, 303);
    let page = "/en/c/defend-idlib/p/open-the-borders";
    assert!(!reader.get(page).await.body.contains("Open every border"));
    let preview = staff.get("/en/staff/campaigns/defend-idlib/petitions/open-the-borders/preview/en").await;
    assert!(preview.body.contains("Open every border") && preview.body.contains("unpublished changes"), "the petition's preview shows the draft");
    let draft_rev = staff.get(p).await.hidden("revision");
    assert_eq!(staff.submit(p, &format!("{p}/publish"), &[("revision", &draft_rev)]).await.status, 303);
    assert!(reader.get(page).await.body.contains("Open every border"));
    app.finish().await;
}

/// A form made from the published text cannot start a draft once someone published a newer
/// text meanwhile: publishing it would undo their publication.
#[tokio::test]
async fn a_draft_from_an_outdated_published_text_is_refused() {
    let app = TestApp::spawn_with(Options { demo: true, ..Default::default() }).await;
    let mut a = app.signed_in("lina").await;
    let mut b = app.signed_in("tarek").await;
    let edit = "/en/staff/campaigns/defend-idlib/texts/es";
    let form_a = a.get(edit).await;
    let form_b = b.get(edit).await;
    let post = |form: &crate::common::Resp, title: &str| {
        vec![("_csrf".to_string(), form.hidden("_csrf")), ("revision".to_string(), form.hidden("revision")), ("draft".to_string(), form.hidden("draft")), ("title".to_string(), title.to_string()), ("call".to_string(), "x".to_string())]
    };
    let fb = post(&form_b, "Título de Tarek");
    let fb: Vec<(&str, &str)> = fb.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    assert_eq!(b.post(edit, &fb).await.status, 303);
    let rev = b.get(edit).await.hidden("revision");
    assert_eq!(b.submit(edit, &format!("{edit}/publish"), &[("revision", &rev)]).await.status, 303);
    let fa = post(&form_a, "Título viejo de Lina");
    let fa: Vec<(&str, &str)> = fa.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let res = a.post(edit, &fa).await;
    assert_eq!(res.status, 409, "{}", res.body);
    assert!(res.body.contains("Título viejo de Lina"), "what was typed is kept");
    app.finish().await;
}

/// Strangers who know a coordinator's sign-in name can lock it for strangers, never for the
/// coordinator at a browser that signed in before (a device cookie); a password change forgets
/// those browsers.
#[tokio::test]
async fn guessing_a_name_does_not_lock_out_its_owner_at_their_usual_browser() {
    let app = TestApp::spawn().await;
    let (login, password) = app.coordinator("nadia").await;
    let mut owner = app.agent();
    assert_eq!(owner.sign_in("en", &login, &password).await.status, 303);
    assert!(owner.cookies.contains_key("tadamun-device"), "a device cookie after signing in");
    owner.cookies.remove("tadamun-session");
    let mut stranger = app.agent();
    for _ in 0..8 {
        stranger.sign_in("en", &login, "a wrong guess").await;
    }
    let res = stranger.sign_in("en", &login, &password).await;
    assert_eq!(res.status, 422, "strangers are locked out, even with the right password");
    assert!(res.body.contains("Too many failed attempts"), "{}", res.body);
    let res = owner.sign_in("en", &login, &password).await;
    assert_eq!(res.status, 303, "the owner's usual browser is not: {}", res.body);
    // A forged device cookie is a stranger's.
    let mut forger = app.agent();
    forger.cookies.insert("tadamun-device".into(), "ab".repeat(32));
    assert_eq!(forger.sign_in("en", &login, &password).await.status, 422);
    app.finish().await;
}
