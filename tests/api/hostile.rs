//! Input a browser would not send, or a person should not be able to publish: refused with a
//! message, never stored in a changed form, never shown to readers.

use crate::common::{Options, TestApp, outbox};

const PAGE: &str = "/c/defend-idlib/p/open-the-borders";

async fn demo() -> TestApp {
    TestApp::spawn_with(Options { demo: true, ..Default::default() }).await
}

async fn title_en(app: &TestApp) -> String {
    let c = tadamun::campaigns::store::find_by_slug(&app.state.db, "defend-idlib").await.unwrap().unwrap();
    let texts = tadamun::campaigns::store::texts(&app.state.db, c.id).await.unwrap();
    texts.into_iter().find(|(l, _)| *l == tadamun::i18n::Lang::En).unwrap().1.title
}

/// Bytes that are not UTF-8 are refused, not stored as U+FFFD; a body of thousands of empty
/// fields is refused before it is parsed into thousands of strings.
#[tokio::test]
async fn bodies_that_are_not_utf8_or_absurdly_many_fields_are_refused() {
    let app = demo().await;
    let mut staff = app.signed_in("amina").await;
    let path = "/en/staff/campaigns/defend-idlib/texts/en";
    let page = staff.get(path).await;
    let csrf = page.hidden("_csrf");
    let before = title_en(&app).await;
    for body in [format!("_csrf={csrf}&revision=1&title=%FF%FE").into_bytes(), [format!("_csrf={csrf}&revision=1&title=").into_bytes(), vec![0xff, 0xfe]].concat()] {
        let res = staff.post_raw(path, body).await;
        assert_eq!(res.status, 400, "{}", res.body);
    }
    assert_eq!(title_en(&app).await, before);
    let flood = format!("_csrf={csrf}&{}", "a&".repeat(100_000));
    assert_eq!(staff.post_raw(path, flood.into_bytes()).await.status, 400);
    // The public sign form too.
    let mut agent = app.agent();
    let res = agent.post_raw(&format!("/en{PAGE}/sign"), b"name=%C3%28&email=x%40example.org".to_vec()).await;
    assert_eq!(res.status, 400);
    app.finish().await;
}

/// Names with nothing visible, letters under hundreds of accents, and comments whose line
/// breaks a browser counts once.
#[tokio::test]
async fn the_sign_form_refuses_invisible_names_and_stacked_marks() {
    let app = demo().await;
    let sign = |name: String, comment: String| {
        let mut agent = app.agent();
        async move {
            let page = agent.get(&format!("/en{PAGE}")).await;
            let token = page.hidden("form_token");
            agent
                .post(&format!("/en{PAGE}/sign"), &[("form_token", &token), ("name", &name), ("email", "m@example.org"), ("country", "DE"), ("comment", &comment)])
                .await
        }
    };
    let res = sign("\u{200B}\u{200D}\u{FEFF}".into(), String::new()).await;
    assert_eq!(res.status, 422);
    assert!(res.body.contains("id=\"sign-name-error\""), "{}", res.body);
    // On a phone the top of the page says it, and so does the title.
    assert!(res.body.contains("<title>Error: "), "{}", res.body);
    let summary = res.body.find("class=\"error-summary\"").expect("a summary");
    assert!(summary < res.body.find("<article").unwrap(), "the summary comes before the petition");
    assert!(res.body[summary..].contains("href=\"#sign-name\""), "it links to the field");
    let res = sign("Mira".into(), format!("a{}", "\u{0301}".repeat(490))).await;
    assert_eq!(res.status, 422);
    assert!(res.body.contains("too many accents"), "{}", res.body);
    let res = sign(format!("M{}", "\u{0301}".repeat(30)), String::new()).await;
    assert_eq!(res.status, 422);
    // 500 characters as the browser counts them: each CRLF is one.
    let res = sign("Mira".into(), format!("{}{}", "a".repeat(490), "\r\nb".repeat(5))).await;
    assert_eq!(res.status, 303, "{}", res.body);
    // (Its mail goes before the next signing revises the details: a queued mail for details
    // replaced meanwhile is not sent.)
    app.wait_for_jobs().await;
    // A name of over 100 characters says the limit.
    let res = sign("n".repeat(101), String::new()).await;
    assert!(res.status == 422 && res.body.contains("at most 100 characters"), "{}", res.body);
    // Marks of pasted Arabic are kept.
    let res = sign("نور\u{200F} (Nour)".into(), String::new()).await;
    assert_eq!(res.status, 303, "{}", res.body);
    app.wait_for_jobs().await;
    assert_eq!(outbox(&app).len(), 2, "the two accepted signings, each mailed");
    app.finish().await;
}

/// An id has one spelling: `01` and `+1` name nothing.
#[tokio::test]
async fn ids_have_one_spelling() {
    let app = demo().await;
    let c = tadamun::campaigns::store::find_by_slug(&app.state.db, "defend-idlib").await.unwrap().unwrap();
    let id = tadamun::facts::store::list_series(&app.state.db, c.id).await.unwrap()[0].id;
    let mut reader = app.agent();
    assert_eq!(reader.get(&format!("/c/defend-idlib/facts/{id}.csv")).await.status, 200);
    for other in [format!("0{id}"), format!("+{id}"), format!("{id} "), format!("{id}.0")] {
        assert_eq!(reader.get(&format!("/c/defend-idlib/facts/{other}.csv")).await.status, 404, "{other}");
    }
    let mut staff = app.signed_in("amina").await;
    assert_eq!(staff.get(&format!("/en/staff/campaigns/defend-idlib/facts/{id}")).await.status, 200);
    assert_eq!(staff.get(&format!("/en/staff/campaigns/defend-idlib/facts/0{id}")).await.status, 404);
    app.finish().await;
}

/// A query string cannot make the petition page skip the cache: the page after a confirmation
/// is cached too, whatever `?confirmed=` says.
#[tokio::test]
async fn any_confirmed_query_is_served_from_the_cache() {
    let app = demo().await;
    let mut reader = app.agent();
    let key = format!("/en{PAGE}?confirmed");
    assert!(app.state.cache.get(&key).is_none());
    let first = reader.get(&format!("/en{PAGE}?confirmed=1")).await;
    assert_eq!(first.status, 200);
    let cached = app.state.cache.get(&key).expect("the confirmed page is cached");
    let second = reader.get(&format!("/en{PAGE}?confirmed=anything-else-{}", 7)).await;
    assert_eq!(second.status, 200);
    assert_eq!(app.state.cache.get(&key).unwrap(), cached, "served from the same entry");
    app.finish().await;
}

/// A consent box the form did not show (no lead organisation named) records nothing, even when
/// a crafted post says `consent=yes`.
#[tokio::test]
async fn consent_to_no_named_organisation_records_nothing() {
    let app = demo().await;
    sqlx::query("UPDATE campaign_texts SET lead_org = ''").execute(&app.state.db.pool).await.unwrap();
    app.state.cache.clear();
    let mut agent = app.agent();
    let page = agent.get(&format!("/en{PAGE}")).await;
    assert!(!page.body.contains("name=\"consent\""), "no box without an organisation to name");
    let token = page.hidden("form_token");
    let res = agent
        .post(&format!("/en{PAGE}/sign"), &[("form_token", &token), ("name", "N"), ("email", "n@example.org"), ("country", "DE"), ("consent", "yes")])
        .await;
    assert_eq!(res.status, 303);
    app.wait_for_jobs().await;
    let link = outbox(&app).iter().find_map(|m| crate::common::link_in(m, "/en/confirm/")).unwrap();
    agent.post(&link, &[]).await;
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM consents").fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(n, 0);
    app.finish().await;
}

/// The sign form takes posts from its own pages only: another site's `Origin` is refused even
/// without `Sec-Fetch-Site`.
#[tokio::test]
async fn the_sign_form_refuses_another_sites_origin() {
    let app = demo().await;
    let mut agent = app.agent();
    let page = agent.get(&format!("/en{PAGE}")).await;
    let token = page.hidden("form_token");
    let form = [("form_token", token.as_str()), ("name", "N"), ("email", "o@example.org"), ("country", "DE")];
    let req = agent.client.post(format!("{}/en{PAGE}/sign", app.base)).header("origin", "https://evil.example").form(&form);
    assert_eq!(agent.send(req).await.status, 403);
    let req = agent.client.post(format!("{}/en{PAGE}/sign", app.base)).header("origin", app.base.clone()).form(&form);
    assert_eq!(agent.send(req).await.status, 303, "our own origin");
    app.finish().await;
}

/// The own page's forms (withdraw, erase, end links) refuse another site's post; the link's
/// token is the first guard, this the second.
#[tokio::test]
async fn the_own_page_refuses_posts_from_another_site() {
    let app = demo().await;
    let mut agent = app.agent();
    let page = agent.get(&format!("/en{PAGE}")).await;
    let token = page.hidden("form_token");
    agent.post(&format!("/en{PAGE}/sign"), &[("form_token", &token), ("name", "E"), ("email", "e@example.org"), ("country", "DE")]).await;
    app.wait_for_jobs().await;
    let own = outbox(&app).iter().find_map(|m| crate::common::link_in(m, "/en/me/")).unwrap();
    for (path, form) in [("erase", vec![("sure", "yes")]), ("end-links", vec![]), ("consent", vec![("org", "lead:1")])] {
        let req = agent.client.post(format!("{}{own}/{path}", app.base)).header("origin", "https://evil.example").header("sec-fetch-site", "cross-site").form(&form);
        assert_eq!(agent.send(req).await.status, 403, "{path}");
    }
    assert_eq!(agent.get(&own).await.status, 200, "nothing was erased or ended");
    app.finish().await;
}
