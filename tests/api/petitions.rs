//! Petitions over HTTP, on SQLite and (with `TADAMUN_TEST_POSTGRES_URL`) PostgreSQL: signing
//! with JavaScript off, double opt-in with the mail read from a real SMTP listener, counting per
//! country, de-duplication, abuse protection, unsubscribe, a supporter's own page, and the
//! coordinators' list, search, export and audit log.


use crate::common::smtp::SmtpSink;
use crate::common::{Agent, Options, Resp, TestApp, decode_mail, link_in, outbox};

const PAGE: &str = "/c/defend-idlib/p/open-the-borders";

async fn demo(options: Options) -> TestApp {
    TestApp::spawn_with(Options { demo: true, ..options }).await
}

/// Fill in and send the sign form as a browser does.
async fn sign(agent: &mut Agent, lang: &str, fields: &[(&str, &str)]) -> Resp {
    let page = agent.get(&format!("/{lang}{PAGE}")).await;
    assert_eq!(page.status, 200, "{}", page.body);
    let token = page.hidden("form_token");
    let mut form = vec![("form_token", token.as_str())];
    form.extend_from_slice(fields);
    agent.post(&format!("/{lang}{PAGE}/sign"), &form).await
}

fn person<'a>(name: &'a str, email: &'a str, country: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![("name", name), ("email", email), ("country", country), ("city", ""), ("comment", ""), ("consent", "yes")]
}

async fn count(app: &TestApp, confirmed: i64) -> i64 {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM signatures WHERE confirmed = $1")
        .bind(confirmed)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap();
    n
}

/// Confirm through the link of the latest mail in the file outbox that went to `email`.
async fn confirm_from_outbox(app: &TestApp, agent: &mut Agent, lang: &str, email: &str) -> Resp {
    app.wait_for_jobs().await;
    let mails = outbox(app);
    let mail = mails.iter().rev().find(|m| m.contains(&format!("To: {email}"))).unwrap_or_else(|| panic!("no mail to {email}"));
    let link = link_in(mail, &format!("/{lang}/confirm/")).expect("a confirm link");
    let page = agent.get(&link).await;
    assert_eq!(page.status, 200, "{}", page.body);
    agent.post(&link, &[]).await
}

#[tokio::test]
async fn a_signature_counts_once_confirmed_through_the_mailed_link() {
    let sink = SmtpSink::start().await;
    let app = demo(Options { smtp_url: Some(sink.url()), ..Default::default() }).await;
    let mut agent = app.agent();
    let page = agent.get(&format!("/en{PAGE}")).await;
    page.assert_translated();
    assert!(page.body.contains("Open the borders") && page.body.contains("name=\"consent\""));
    assert!(!page.body.contains("<script"), "no script on the sign page");

    let res = sign(&mut agent, "en", &[("name", "Amal Haddad"), ("email", "Amal@Example.org"), ("country", "DE"), ("city", "Berlin"), ("comment", "With you."), ("consent", "yes")]).await;
    assert_eq!(res.status, 303, "{}", res.body);
    assert_eq!(res.location(), format!("/en{PAGE}/thanks"));
    let thanks = agent.get(res.location()).await;
    assert_eq!(thanks.status, 200);
    thanks.assert_translated();
    assert!(thanks.body.contains("Check your email"));
    assert_eq!((count(&app, 0).await, count(&app, 1).await), (1, 0), "pending until confirmed");

    // The mail, as the SMTP server received it.
    let mail = sink.wait_for(1).await.remove(0);
    assert_eq!(mail.to, vec!["<amal@example.org>"]);
    let subject = mail.header("Subject").unwrap();
    assert!(subject.contains("Confirm your signature"), "{subject}");
    assert_eq!(mail.header("Content-Language").as_deref(), Some("en"));
    let list = mail.header("List-Unsubscribe").unwrap();
    assert!(list.contains(&format!("<{}/en/unsubscribe/", app.base)) && list.contains("<mailto:"), "{list}");
    assert_eq!(mail.header("List-Unsubscribe-Post").as_deref(), Some("List-Unsubscribe=One-Click"));
    let body = decode_mail(&mail.data);
    // The mail greets without the name typed on the form (anyone can type anything there).
    assert!(body.contains("Hello,") && !body.contains("Amal Haddad") && body.contains("/en/me/"), "{body}");
    let link = link_in(&body, "/en/confirm/").unwrap();

    // A GET (a mail scanner following the link) changes nothing.
    let confirm_page = agent.get(&link).await;
    assert_eq!(confirm_page.status, 200);
    assert!(confirm_page.body.contains("<form method=\"post\""));
    assert_eq!(count(&app, 1).await, 0, "a GET never confirms");
    let page = agent.get(&format!("/en{PAGE}")).await;
    assert!(!page.body.contains("Signatures by country"), "nothing counts yet");

    // The button confirms; the count and the per-country table show it.
    let res = agent.post(&link, &[]).await;
    assert_eq!(res.status, 303);
    assert_eq!(res.location(), format!("/en{PAGE}?confirmed=1"));
    let page = agent.get(res.location()).await;
    assert!(page.body.contains("your signature is confirmed"), "{}", page.body);
    assert!(page.body.contains("<strong>1</strong>") && page.body.contains("Germany"), "{}", page.body);
    assert!(page.body.contains("With you."), "the public comment is shown");
    assert_eq!(count(&app, 1).await, 1);
    // Pressing again changes nothing.
    agent.post(&link, &[]).await;
    assert_eq!(count(&app, 1).await, 1);
    // The consent to hear from the lead organisation was recorded at confirmation.
    let (supporter,): (tadamun::supporters::model::SupporterId,) = sqlx::query_as("SELECT supporter_id FROM signatures").fetch_one(&app.state.db.pool).await.unwrap();
    let consents = tadamun::supporters::store::consents(&app.state.db, supporter).await.unwrap();
    assert_eq!(consents.len(), 1);
    assert_eq!((consents[0].granted, consents[0].source.as_str(), consents[0].lang.as_str()), (1, "petition:defend-idlib/open-the-borders", "en"));
    // The Arabic page counts the same, in Arabic digits and names.
    let ar = agent.get(&format!("/ar{PAGE}")).await;
    assert!(ar.body.contains("<strong>١</strong>") && ar.body.contains("ألمانيا"), "{}", ar.body);
    app.finish().await;
}

#[tokio::test]
async fn signing_again_in_any_case_or_spacing_never_counts_twice() {
    let app = demo(Options::default()).await;
    let mut agent = app.agent();
    for email in ["nour@example.org", "  NOUR@Example.ORG ", "Nour@example.org"] {
        let res = sign(&mut agent, "ar", &person("نور", email, "SY")).await;
        assert_eq!(res.status, 303, "{}", res.body);
        // (A mail still queued when the details change again is not sent: its link would be stale.)
        app.wait_for_jobs().await;
    }
    assert_eq!(count(&app, 0).await, 1, "one signature");
    let (people,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM supporters").fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(people, 1);
    app.wait_for_jobs().await;
    assert_eq!(outbox(&app).len(), 3, "a new mail for each try while pending");
    // A fourth try the same day sends nothing more: at most three confirmation mails a day.
    sign(&mut agent, "ar", &person("نور", "nour@example.org", "SY")).await;
    app.wait_for_jobs().await;
    assert_eq!(outbox(&app).len(), 3);
    let res = confirm_from_outbox(&app, &mut agent, "ar", "nour@example.org").await;
    assert_eq!(res.status, 303);
    // Once confirmed, signing again changes nothing and sends nothing, and says nothing
    // different: whether an email has signed is not told.
    let again = sign(&mut agent, "ar", &person("نور", "NOUR@example.org", "SY")).await;
    assert_eq!((again.status, again.location()), (303, format!("/ar{PAGE}/thanks").as_str()));
    app.wait_for_jobs().await;
    assert_eq!(outbox(&app).len(), 3);
    assert_eq!((count(&app, 0).await, count(&app, 1).await), (0, 1));
    // Every mail is in Arabic, with the Arabic links.
    for mail in outbox(&app) {
        assert!(mail.contains("Content-Language: ar") && mail.contains("/ar/confirm/"), "{mail}");
    }
    app.finish().await;
}

#[tokio::test]
async fn counts_per_country_come_from_confirmed_signatures_only() {
    let app = demo(Options::default()).await;
    let mut agent = app.agent();
    for (i, country) in ["DE", "DE", "SY", "FR"].iter().enumerate() {
        let email = format!("p{i}@example.org");
        assert_eq!(sign(&mut agent, "en", &person("P", &email, country)).await.status, 303);
        if *country != "FR" {
            assert_eq!(confirm_from_outbox(&app, &mut agent, "en", &email).await.status, 303);
        }
    }
    let (total, per_country) = {
        let campaign = tadamun::campaigns::store::find_by_slug(&app.state.db, "defend-idlib").await.unwrap().unwrap();
        let p = tadamun::petitions::store::find(&app.state.db, campaign.id, "open-the-borders").await.unwrap().unwrap();
        tadamun::petitions::store::tally(&app.state.db, p.id).await.unwrap()
    };
    assert_eq!(total, 3);
    assert_eq!(per_country, vec![("DE".to_string(), 2), ("SY".to_string(), 1)]);
    let page = agent.get(&format!("/en{PAGE}")).await;
    assert!(page.body.contains("<strong>3</strong>"));
    let table = &page.body[page.body.find("<table").unwrap()..page.body.find("</table>").unwrap()];
    assert!(table.contains("Germany") && table.contains("<td class=\"num\">2</td>") && table.contains("Syria"));
    assert!(!table.contains("France"), "unconfirmed signatures are not counted");
    let ar = agent.get(&format!("/ar{PAGE}")).await;
    assert!(ar.body.contains("<strong>٣</strong>") && ar.body.contains("سوريا"), "{}", ar.body);
    app.finish().await;
}

#[tokio::test]
async fn bad_input_gets_a_clear_message_and_the_form_back_filled_in() {
    let app = demo(Options::default()).await;
    let mut agent = app.agent();
    let long = "x".repeat(101);
    let cases: Vec<(Vec<(&str, &str)>, &str)> = vec![
        (person("سلمى", "not-an-email", "SY"), "لا يبدو هذا عنوان بريد إلكتروني"),
        (person(&long, "a@example.org", "SY"), "sign-name-error"),
        (person("سل\u{202E}مى", "a@example.org", "SY"), "sign-name-error"),
        (person("سلمى", "a@example.org", "XX"), "sign-country-error"),
        (person("سلمى", "a@example.org", ""), "sign-country-error"),
        (person("", "", "SY"), "sign-email-error"),
    ];
    for (fields, expected) in cases {
        let res = sign(&mut agent, "ar", &fields).await;
        assert_eq!(res.status, 422, "{fields:?}");
        res.assert_translated();
        assert!(res.body.contains(expected), "{expected} for {fields:?}: {}", res.body);
        assert!(res.body.contains("error-summary"));
        // What was typed comes back (escaped), and a fresh token with it.
        let name = fields[0].1;
        if !name.is_empty() && !name.contains('\u{202E}') {
            assert!(res.body.contains(&format!("value=\"{name}\"")), "the name is kept");
        }
        assert!(!res.hidden("form_token").is_empty());
    }
    let mut fields = person("Salma", "salma@example.org", "SY");
    let comment = "c".repeat(501);
    fields[4] = ("comment", comment.as_str());
    let res = sign(&mut agent, "en", &fields).await;
    assert_eq!(res.status, 422);
    assert!(res.body.contains("sign-comment-error") && res.body.contains(&comment), "the comment is kept");

    // Tokens: missing, forged, replayed (a double submit).
    let res = agent.post(&format!("/en{PAGE}/sign"), &person("Salma", "salma@example.org", "SY")).await;
    assert_eq!(res.status, 422);
    assert!(res.body.contains("could not be checked") && res.body.contains("value=\"salma@example.org\""), "{}", res.body);
    let mut forged = vec![("form_token", "1.0123456789abcdef.00000000000000000000000000000000")];
    forged.extend(person("Salma", "salma@example.org", "SY"));
    assert_eq!(agent.post(&format!("/en{PAGE}/sign"), &forged).await.status, 422);
    let page = agent.get(&format!("/en{PAGE}")).await;
    let token = page.hidden("form_token");
    let mut form = vec![("form_token", token.as_str())];
    form.extend(person("Salma", "salma@example.org", "SY"));
    let first = agent.post(&format!("/en{PAGE}/sign"), &form).await;
    let second = agent.post(&format!("/en{PAGE}/sign"), &form).await;
    assert_eq!((first.status, second.status), (303, 303), "a double submit lands on the same page");
    app.wait_for_jobs().await;
    assert_eq!(outbox(&app).len(), 1, "and sends one mail");
    assert_eq!(count(&app, 0).await, 1);

    // The honeypot: a filled-in hidden field is treated as a bot, told all went well.
    let mut bot = person("Bot", "bot@example.org", "SY");
    bot.push(("website", "http://spam.example"));
    let res = sign(&mut agent, "en", &bot).await;
    assert_eq!(res.status, 303);
    assert_eq!(count(&app, 0).await, 1, "nothing stored");
    // Another site's page cannot post the form.
    let page = agent.get(&format!("/en{PAGE}")).await;
    let token = page.hidden("form_token");
    let req = agent
        .client
        .post(format!("{}/en{PAGE}/sign", app.base))
        .header("sec-fetch-site", "cross-site")
        .form(&[("form_token", token.as_str()), ("name", "X"), ("email", "x@example.org"), ("country", "SY")]);
    assert_eq!(agent.send(req).await.status, 403);
    // An oversized body is refused before it is read whole, with a page in the reader's language.
    let huge = "x".repeat(600 * 1024);
    let res = agent.post(&format!("/ar{PAGE}/sign"), &[("name", huge.as_str())]).await;
    assert_eq!(res.status, 413);
    assert!(res.body.contains("lang=\"ar\""));
    // A draft or unknown petition is not there.
    assert_eq!(agent.get("/en/c/defend-idlib/p/nothing-here").await.status, 404);
    app.finish().await;
}

#[tokio::test]
async fn a_form_sent_faster_than_a_person_can_fill_it_is_refused() {
    let app = demo(Options { form_min_seconds: Some(2), ..Default::default() }).await;
    let mut agent = app.agent();
    let res = sign(&mut agent, "en", &person("Quick", "quick@example.org", "SY")).await;
    assert_eq!(res.status, 422);
    assert!(res.body.contains("quicker than a person") && res.body.contains("value=\"quick@example.org\""));
    // Sent again with the fresh token after a human pause, it goes through.
    tokio::time::sleep(std::time::Duration::from_millis(2100)).await;
    let token = res.hidden("form_token");
    let mut form = vec![("form_token", token.as_str())];
    form.extend(person("Quick", "quick@example.org", "SY"));
    assert_eq!(agent.post(&format!("/en{PAGE}/sign"), &form).await.status, 303);
    app.finish().await;
}

#[tokio::test]
async fn too_many_signatures_from_one_address_are_held_back() {
    let app = demo(Options { sign_per_minute: Some(1), client_address_header: Some("x-real-ip".into()), ..Default::default() }).await;
    let mut agent = app.agent();
    // Behind a proxy that names the client: a burst of five, then a wait.
    let mut statuses = Vec::new();
    for i in 0..6 {
        let page = agent.get(&format!("/en{PAGE}")).await;
        let token = page.hidden("form_token");
        let email = format!("burst{i}@example.org");
        let mut form = vec![("form_token", token.as_str())];
        form.extend(person("Burst", &email, "SY"));
        let req = agent.client.post(format!("{}/en{PAGE}/sign", app.base)).header("x-real-ip", "203.0.113.9").form(&form);
        let res = agent.send(req).await;
        if res.status == 429 {
            assert!(res.body.contains("Wait a minute") && res.body.contains(&format!("value=\"{email}\"")), "{}", res.body);
        }
        statuses.push(res.status);
    }
    assert_eq!(statuses, vec![303, 303, 303, 303, 303, 429]);
    // A client that sends its own header line before the proxy's is still counted by the
    // proxy's (the last) line.
    let page = agent.get(&format!("/en{PAGE}")).await;
    let token = page.hidden("form_token");
    let mut form = vec![("form_token", token.as_str())];
    form.extend(person("Forger", "forger@example.org", "SY"));
    let req = agent.client.post(format!("{}/en{PAGE}/sign", app.base)).header("x-real-ip", "192.0.2.77").header("x-real-ip", "203.0.113.9").form(&form);
    assert_eq!(agent.send(req).await.status, 429, "the forged first line is not the client");
    // Another client is not held back.
    let page = agent.get(&format!("/en{PAGE}")).await;
    let token = page.hidden("form_token");
    let mut form = vec![("form_token", token.as_str())];
    form.extend(person("Other", "other@example.org", "SY"));
    let req = agent.client.post(format!("{}/en{PAGE}/sign", app.base)).header("x-real-ip", "198.51.100.4").form(&form);
    assert_eq!(agent.send(req).await.status, 303);
    app.finish().await;
}

/// The supporter id behind the first signature (for links).
async fn own_links(app: &TestApp, email: &str) -> (String, String) {
    app.wait_for_jobs().await;
    let mails = outbox(app);
    let mail = mails.iter().find(|m| m.contains(&format!("To: {email}"))).unwrap();
    (link_in(mail, "/en/me/").unwrap(), link_in(mail, "/en/unsubscribe/").unwrap())
}

async fn granted(app: &TestApp) -> Vec<i64> {
    let rows: Vec<(i64,)> = sqlx::query_as("SELECT granted FROM consents").fetch_all(&app.state.db.pool).await.unwrap();
    rows.into_iter().map(|(g,)| g).collect()
}

#[tokio::test]
async fn one_click_unsubscribe_works_and_a_get_changes_nothing() {
    let app = demo(Options::default()).await;
    let mut agent = app.agent();
    sign(&mut agent, "en", &person("Mira", "mira@example.org", "LB")).await;
    confirm_from_outbox(&app, &mut agent, "en", "mira@example.org").await;
    assert_eq!(granted(&app).await, vec![1]);
    let (_, unsubscribe) = own_links(&app, "mira@example.org").await;
    let page = agent.get(&unsubscribe).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("<form method=\"post\""));
    assert_eq!(granted(&app).await, vec![1], "a GET changes nothing");
    // RFC 8058: the mail program posts from its own server: no cookie, no Origin.
    let res = reqwest::Client::new()
        .post(format!("{}{unsubscribe}", app.base))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(granted(&app).await, vec![0]);
    let (events,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM consent_events").fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(events, 2, "given, then withdrawn, both kept");
    // A forged or altered link does nothing.
    let forged = unsubscribe.replace(|c: char| c.is_ascii_digit(), "7");
    assert_eq!(agent.post(&forged, &[]).await.status, 404);
    assert_eq!(agent.get("/en/unsubscribe/garbage").await.status, 404);
    app.finish().await;
}

#[tokio::test]
async fn a_supporter_downloads_withdraws_and_erases_from_their_own_page() {
    let app = demo(Options::default()).await;
    let mut agent = app.agent();
    sign(&mut agent, "en", &[("name", "Hadi"), ("email", "hadi@example.org"), ("country", "TR"), ("city", "Gaziantep"), ("comment", "Open them."), ("consent", "yes")]).await;
    confirm_from_outbox(&app, &mut agent, "en", "hadi@example.org").await;
    let (me, _) = own_links(&app, "hadi@example.org").await;
    let page = agent.get(&me).await;
    assert_eq!(page.status, 200);
    page.assert_translated();
    assert!(page.body.contains("hadi@example.org") && page.body.contains("The solidarity campaign"), "{}", page.body);
    // The petition by its title, with what the person gave.
    assert!(page.body.contains("Open the borders") && page.body.contains("Gaziantep") && page.body.contains("Open them."), "{}", page.body);
    assert_eq!(page.header("referrer-policy"), "no-referrer");
    assert_eq!(page.header("cache-control"), "no-store");
    let data = agent.get(&format!("{me}/data.json")).await;
    assert_eq!(data.status, 200);
    let json: serde_json::Value = serde_json::from_str(&data.body).unwrap();
    assert_eq!(json["email"], "hadi@example.org");
    assert_eq!(json["signatures"][0]["city"], "Gaziantep");
    assert_eq!(json["signatures"][0]["comment"], "Open them.");
    assert_eq!(json["consents"][0]["granted"], 1);
    // Withdraw the consent.
    let org = &json["consents"][0]["org"];
    let res = agent.post(&format!("{me}/consent"), &[("org", org.as_str().unwrap())]).await;
    assert_eq!(res.status, 303);
    assert_eq!(granted(&app).await, vec![0]);
    // Erasing needs the box ticked.
    let res = agent.post(&format!("{me}/erase"), &[]).await;
    assert!(res.body.contains("Tick the box"));
    assert_eq!(count(&app, 1).await, 1);
    let res = agent.post(&format!("{me}/erase"), &[("sure", "yes")]).await;
    assert_eq!(res.status, 200);
    assert!(res.body.contains("Your data is erased"));
    for table in ["supporters", "signatures", "consents", "consent_events", "email_slots"] {
        let (n,): (i64,) = sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {table}"))).fetch_one(&app.state.db.pool).await.unwrap();
        assert_eq!(n, 0, "{table} is empty after erasure");
    }
    assert_eq!(agent.get(&me).await.status, 404);
    assert_eq!(agent.get(&format!("{me}/data.json")).await.status, 404);
    let page = agent.get(&format!("/en{PAGE}")).await;
    assert!(page.body.contains("<strong>0</strong>"), "the count drops");
    // Their mail waiting in the file outbox (their address in clear) went too.
    assert!(!outbox(&app).iter().any(|m| m.contains("hadi@example.org")), "no mail to an erased person is kept");
    app.finish().await;
}

#[tokio::test]
async fn coordinators_write_open_search_export_and_the_export_is_audited() {
    let app = demo(Options::default()).await;
    let mut staff = app.signed_in("amina").await;
    let base = "/en/staff/campaigns/defend-idlib/petitions";
    // Create: bad input first.
    let res = staff.submit(base, base, &[("slug", "Bad Slug"), ("goal", "zero")]).await;
    assert_eq!(res.status, 422);
    assert!(res.body.contains("Bad Slug") && res.body.contains("whole number"), "{}", res.body);
    let res = staff.submit(base, base, &[("slug", "open-the-borders"), ("goal", "10")]).await;
    assert!(res.body.contains("already has a petition"));
    let res = staff.submit(base, base, &[("slug", "stop-deportations"), ("goal", "5,000")]).await;
    assert_eq!(res.status, 303, "{}", res.body);
    let p = format!("{base}/stop-deportations");
    // Not public while a draft, and cannot open without text.
    let mut reader = app.agent();
    assert_eq!(reader.get("/en/c/defend-idlib/p/stop-deportations").await.status, 404);
    let res = staff.submit(&p, &format!("{p}/status"), &[("status", "open")]).await;
    assert_eq!(res.status, 422);
    // Texts: errors keep what was typed; Arabic is the default language.
    let res = staff.submit(&format!("{p}/texts/ar"), &format!("{p}/texts/ar"), &[("revision", "0"), ("title", ""), ("addressee", "x"), ("body", "نص")]).await;
    assert_eq!(res.status, 422);
    assert!(res.body.contains("نص"));
    let res = staff
        .submit(&format!("{p}/texts/ar"), &format!("{p}/texts/ar"), &[("revision", "0"), ("title", "أوقفوا الترحيل"), ("addressee", "وزارات الداخلية"), ("body", "**أوقفوا** الترحيل.")])
        .await;
    assert_eq!(res.status, 303, "{}", res.body);
    // A stale form (revision 0 again) is refused with what was typed.
    let res = staff.submit(&format!("{p}/texts/ar"), &format!("{p}/texts/ar"), &[("revision", "0"), ("title", "عنوان آخر"), ("addressee", "x"), ("body", "y")]).await;
    assert_eq!(res.status, 409);
    assert!(res.body.contains("عنوان آخر"));
    let res = staff.submit(&p, &format!("{p}/status"), &[("status", "open")]).await;
    assert_eq!(res.status, 303);
    let page = reader.get("/en/c/defend-idlib/p/stop-deportations").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("أوقفوا الترحيل") && page.body.contains("lang=\"ar\""), "falls back to Arabic, marked as such");

    // 22 signatures on the demo petition, one with a formula for a name.
    for i in 0..22 {
        let email = format!("s{i:02}@example.org");
        let name = if i == 0 { "=HYPERLINK(\"http://evil.example\")".to_string() } else { format!("Signer {i}") };
        assert_eq!(sign(&mut reader, "en", &person(&name, &email, "DE")).await.status, 303);
    }
    let list = staff.get(&format!("{base}/open-the-borders/signatures")).await;
    assert_eq!(list.status, 200);
    list.assert_translated();
    assert_eq!(list.header("cache-control"), "no-store");
    assert_eq!(list.body.matches("<tr>").count(), 21, "20 rows and the header");
    assert!(list.body.contains("rel=\"next\""));
    let page2 = staff.get(&format!("{base}/open-the-borders/signatures?page=2")).await;
    assert_eq!(page2.body.matches("<tr>").count(), 3);
    // Exact email search through the blind index, any case and spacing.
    // A POST, so the address lands in no URL.
    let list_path = format!("{base}/open-the-borders/signatures");
    let found = staff.submit(&list_path, &list_path, &[("email", " S07@Example.org")]).await;
    assert!(found.body.contains("s07@example.org") && found.body.matches("<tr>").count() == 2, "{}", found.body);
    let none = staff.submit(&list_path, &list_path, &[("email", "nobody@example.org")]).await;
    assert!(none.body.contains("No signature of this petition has this email"));
    assert_eq!(staff.get(&format!("{list_path}?email=s07%40example.org")).await.body.matches("<tr>").count(), 21, "a GET lists, it does not search");
    // Export: CSV with formulas neutralised, and a line in the audit log.
    let res = staff.submit(&format!("{base}/open-the-borders/signatures"), &format!("{base}/open-the-borders/export"), &[]).await;
    assert_eq!(res.status, 200);
    assert!(res.header("content-type").starts_with("text/csv"));
    assert!(res.header("content-disposition").contains("attachment"));
    let mut csv = csv::Reader::from_reader(res.body.as_bytes());
    assert_eq!(csv.headers().unwrap().iter().collect::<Vec<_>>(), tadamun::petitions::view::EXPORT_COLUMNS.to_vec());
    let rows: Vec<csv::StringRecord> = csv.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 22);
    let evil = rows.iter().find(|r| &r[4] == "s00@example.org").unwrap();
    assert_eq!(&evil[3], "'=HYPERLINK(\"http://evil.example\")");
    assert_eq!((&evil[2], &evil[5], &evil[8]), ("pending", "DE", "no"), "a pending signature has consented to nothing yet");
    let audit = staff.get("/en/staff/audit").await;
    assert!(audit.body.contains("Signatures exported") && audit.body.contains("amina") && audit.body.contains("open-the-borders (22)"), "{}", audit.body);
    // Reading and searching are in the log too, never the address searched for.
    assert!(audit.body.contains("Signatures read (page)") && audit.body.contains("Signatures searched by email"), "{}", audit.body);
    assert!(!audit.body.contains("s07@example.org") && !audit.body.contains("nobody@example.org"));
    let ar = staff.get("/ar/staff/audit").await;
    assert!(!ar.body.contains("signatures"), "no English in the Arabic log: {}", ar.body);
    // Without a session: no list, no export; a cross-site export is refused.
    let mut anonymous = app.agent();
    assert_eq!(anonymous.get(&format!("{base}/open-the-borders/signatures")).await.status, 303);
    assert_eq!(anonymous.get("/en/staff/audit").await.status, 303);
    let res = staff.post(&format!("{base}/open-the-borders/export"), &[("_csrf", "wrong")]).await;
    assert_eq!(res.status, 403);
    // Closing stops signatures.
    let res = staff.submit(&format!("{base}/open-the-borders"), &format!("{base}/open-the-borders/status"), &[("status", "closed")]).await;
    assert_eq!(res.status, 303);
    let closed = reader.get(&format!("/en{PAGE}")).await;
    assert!(closed.body.contains("This petition is closed") && !closed.body.contains("form_token"));
    let res = reader.post(&format!("/en{PAGE}/sign"), &person("Late", "late@example.org", "DE")).await;
    assert_eq!(res.status, 303);
    assert_eq!(count(&app, 0).await, 22, "nothing signed after closing");
    app.finish().await;
}

#[tokio::test]
async fn unconfirmed_signatures_are_purged_and_people_with_nothing_left_go_too() {
    let app = demo(Options::default()).await;
    let mut agent = app.agent();
    sign(&mut agent, "en", &person("Pending", "pending@example.org", "DE")).await;
    sign(&mut agent, "en", &person("Kept", "kept@example.org", "DE")).await;
    confirm_from_outbox(&app, &mut agent, "en", "kept@example.org").await;
    app.wait_for_jobs().await;
    let (signatures, people) = tadamun::supporters::service::purge(&app.state, tadamun::db::now() + 1).await.unwrap();
    assert_eq!((signatures, people), (1, 1));
    assert_eq!((count(&app, 0).await, count(&app, 1).await), (0, 1));
    let (slots,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM email_slots").fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(slots, 1);
    // The purged signature's link now says it is gone.
    let mails = outbox(&app);
    let mail = mails.iter().find(|m| m.contains("To: pending@example.org")).unwrap();
    let link = link_in(mail, "/en/confirm/").unwrap();
    let res = agent.get(&link).await;
    assert_eq!(res.status, 404);
    assert!(res.body.contains("not valid, or it is too old"));
    app.finish().await;
}

#[tokio::test]
async fn key_rotation_moves_signatures_too() {
    use tadamun::crypto::{FieldKeys, load_or_create_keyring};
    use tadamun::petitions::store as petitions;
    let app = demo(Options::default()).await;
    let mut agent = app.agent();
    for i in 0..3 {
        let email = format!("r{i}@example.org");
        let comment = format!("comment {i}");
        let res = sign(&mut agent, "en", &[("name", "R"), ("email", &email), ("country", "DE"), ("city", "Köln"), ("comment", &comment)]).await;
        assert_eq!(res.status, 303);
    }
    // Rotation runs with the servers stopped (it takes the key file's lock): let the mails go
    // first, since this test's server keeps its old keys.
    app.wait_for_jobs().await;
    let path = app.data_dir().join("master.key");
    let mut ring = load_or_create_keyring(&path).unwrap();
    ring.add_key(&path).unwrap();
    let both = FieldKeys::new(&ring);
    assert_eq!(petitions::count_on_old_keys(&app.state.db, &both).await.unwrap(), 3);
    assert_eq!(petitions::rotate_batch(&app.state.db, &both, 2).await.unwrap(), 2);
    assert_eq!(petitions::count_on_old_keys(&app.state.db, &both).await.unwrap(), 1, "a batch, then a stop");
    while petitions::rotate_batch(&app.state.db, &both, 2).await.unwrap() > 0 {}
    while tadamun::supporters::store::rotate_batch(&app.state.db, &both, 2).await.unwrap() > 0 {}
    ring.retire_old_keys(&path).unwrap();
    let new_only = FieldKeys::new(&load_or_create_keyring(&path).unwrap());
    let campaign = tadamun::campaigns::store::find_by_slug(&app.state.db, "defend-idlib").await.unwrap().unwrap();
    let p = petitions::find(&app.state.db, campaign.id, "open-the-borders").await.unwrap().unwrap();
    let mut rows = petitions::all_signatures(&app.state.db, &new_only, p.id, "lead:0").await.unwrap();
    rows.sort_by(|a, b| a.email.cmp(&b.email));
    let read: Vec<_> = rows.iter().map(|r| (r.email.as_str(), r.city.as_deref(), r.comment.as_deref())).collect();
    assert_eq!(read, vec![("r0@example.org", Some("Köln"), Some("comment 0")), ("r1@example.org", Some("Köln"), Some("comment 1")), ("r2@example.org", Some("Köln"), Some("comment 2"))]);
    app.finish().await;
}

fn signing(email: &str) -> tadamun::petitions::model::Signing {
    tadamun::petitions::model::SignInput { name: "Batch".into(), email: email.into(), country: "SY".into(), ..Default::default() }
        .parse(tadamun::countries::countries())
        .unwrap()
}

#[tokio::test]
async fn signatures_arriving_together_are_written_together_and_one_bad_one_sinks_no_other() {
    use tadamun::petitions::intake::Request;
    use tadamun::petitions::model::PetitionId;
    use tadamun::petitions::store::SignOutcome;
    let app = demo(Options::default()).await;
    let campaign = tadamun::campaigns::store::find_by_slug(&app.state.db, "defend-idlib").await.unwrap().unwrap();
    let petition = tadamun::petitions::store::find(&app.state.db, campaign.id, "open-the-borders").await.unwrap().unwrap().id;
    let request = |email: &str, token: &str, petition: PetitionId| Request {
        petition,
        signing: signing(email),
        lang: tadamun::i18n::Lang::En,
        token_hash: token.to_string(),
        token_expires: tadamun::db::now() + 3600,
    };
    // 40 people, the same person three times in three spellings, a token used twice, and a
    // signature for a petition that does not exist: all sent at once.
    let mut calls = Vec::new();
    for i in 0..40 {
        calls.push(request(&format!("b{i}@example.org"), &format!("t{i}"), petition));
    }
    for (k, spelling) in ["same@example.org", " SAME@example.org", "Same@Example.org "].iter().enumerate() {
        calls.push(request(spelling, &format!("same{k}"), petition));
    }
    calls.push(request("twice@example.org", "t0", petition));
    calls.push(request("nowhere@example.org", "nowhere", i64::MAX.to_string().parse::<PetitionId>().unwrap()));
    let intake = app.state.part::<tadamun::petitions::intake::Intake>().clone();
    let answers = futures_util::future::join_all(calls.into_iter().map(|r| {
        let intake = intake.clone();
        async move { intake.sign(r).await }
    }))
    .await;
    for a in &answers[1..40] {
        assert!(matches!(a, Ok(SignOutcome::New { mail: true, .. })), "{a:?}");
    }
    // Token t0 was sent twice at once: one of the two went through, the other found it used.
    let t0 = [&answers[0], &answers[43]];
    assert_eq!(t0.iter().filter(|a| matches!(a, Ok(SignOutcome::New { mail: true, .. }))).count(), 1, "{t0:?}");
    assert_eq!(t0.iter().filter(|a| matches!(a, Ok(SignOutcome::TokenUsed))).count(), 1, "{t0:?}");
    let same: Vec<_> = answers[40..43].iter().map(|a| a.as_ref().unwrap()).collect();
    assert_eq!(same.iter().filter(|o| matches!(o, SignOutcome::New { .. })).count(), 1, "{same:?}");
    assert_eq!(same.iter().filter(|o| matches!(o, SignOutcome::StillPending { .. })).count(), 2, "{same:?}");
    assert!(answers[44].is_err(), "a signature for no petition fails, alone");
    assert_eq!(count(&app, 0).await, 41);
    let (people,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM supporters").fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(people, 41, "one person per email, however written");
    app.finish().await;
}

/// Another process sharing the database can make the same row ids (its counter walks the same
/// range): the person signing never sees it. The intake finds the id taken, moves this process
/// to a new range and writes the signature again.
#[tokio::test]
async fn a_row_id_another_process_made_never_fails_a_signature() {
    use tadamun::crypto::row_ids;
    use tadamun::petitions::store::SignOutcome;
    use tadamun::supporters::model::SupporterId;
    let app = demo(Options::default()).await;
    let campaign = tadamun::campaigns::store::find_by_slug(&app.state.db, "defend-idlib").await.unwrap().unwrap();
    let petition = tadamun::petitions::store::find(&app.state.db, campaign.id, "open-the-borders").await.unwrap().unwrap().id;
    let intake = app.state.part::<tadamun::petitions::intake::Intake>().clone();
    let moves = row_ids::moves();
    let mut tries = 0;
    // A second can turn between taking the ids and signing: then try again.
    while row_ids::moves() == moves && tries < 5 {
        let start = 0x2000_0000 + tries * 0x10_0000;
        // "The other process": rows under the next 300 ids this process will make.
        row_ids::set_next(start);
        for n in 0..300u32 {
            let id: SupporterId = tadamun::crypto::new_row_id();
            sqlx::query("INSERT INTO supporters (id, email_bidx, email_ct, key_id, lang, created_at, updated_at) VALUES ($1, $2, $3, 1, 'en', $4, $4)")
                .bind(id)
                .bind(format!("taken-{tries}-{n}").into_bytes())
                .bind(vec![0u8; 4])
                .bind(tadamun::db::now())
                .execute(&app.state.db.pool)
                .await
                .unwrap();
        }
        row_ids::set_next(start);
        let answer = intake
            .sign(tadamun::petitions::intake::Request {
                petition,
                signing: signing(&format!("collide{tries}@example.org")),
                lang: tadamun::i18n::Lang::En,
                token_hash: format!("collide{tries}"),
                token_expires: tadamun::db::now() + 3600,
            })
            .await;
        assert!(matches!(answer, Ok(SignOutcome::New { mail: true, .. })), "{answer:?}");
        tries += 1;
    }
    assert!(row_ids::moves() > moves, "no signature met a taken id in {tries} tries");
    let (taken,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM supporters WHERE email_ct = $1").bind(vec![0u8; 4]).fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(taken, 300 * i64::from(tries), "the other process's rows are untouched");
    assert_eq!(count(&app, 0).await, i64::from(tries));
    app.finish().await;
}

/// The consent column of the export as the coordinator downloads it, by email.
async fn exported_consent(staff: &mut Agent) -> std::collections::HashMap<String, String> {
    let base = "/en/staff/campaigns/defend-idlib/petitions/open-the-borders";
    let res = staff.submit(&format!("{base}/signatures"), &format!("{base}/export"), &[]).await;
    assert_eq!(res.status, 200);
    let mut csv = csv::Reader::from_reader(res.body.trim_start_matches('\u{feff}').as_bytes());
    csv.records().map(|r| r.unwrap()).map(|r| (r[4].to_string(), r[8].to_string())).collect()
}

/// Consent is read as it is now wherever it is read: the export, the own page, the download.
/// Unsubscribing (one click, or per organisation on the own page) shows everywhere at once.
#[tokio::test]
async fn consent_is_shown_as_it_is_now_everywhere_it_is_read() {
    let app = demo(Options::default()).await;
    let mut agent = app.agent();
    let mut staff = app.signed_in("amina").await;
    for email in ["one@example.org", "two@example.org"] {
        sign(&mut agent, "en", &person("Someone", email, "DE")).await;
        confirm_from_outbox(&app, &mut agent, "en", email).await;
    }
    let mut without = person("Nobody", "three@example.org", "DE");
    without.retain(|(k, _)| *k != "consent");
    sign(&mut agent, "en", &without).await;
    confirm_from_outbox(&app, &mut agent, "en", "three@example.org").await;
    let consent = exported_consent(&mut staff).await;
    assert_eq!((consent["one@example.org"].as_str(), consent["two@example.org"].as_str(), consent["three@example.org"].as_str()), ("yes", "yes", "no"));

    // One: one-click unsubscribe. Two: withdraws on the own page.
    let (_, unsubscribe) = own_links(&app, "one@example.org").await;
    assert_eq!(agent.post(&unsubscribe, &[]).await.status, 200);
    let (own, _) = own_links(&app, "two@example.org").await;
    let org = format!("lead:{}", tadamun::campaigns::store::find_by_slug(&app.state.db, "defend-idlib").await.unwrap().unwrap().id);
    assert_eq!(agent.post(&format!("{own}/consent"), &[("org", org.as_str())]).await.status, 303);
    let consent = exported_consent(&mut staff).await;
    assert_eq!((consent["one@example.org"].as_str(), consent["two@example.org"].as_str()), ("no", "no"), "the export says what the own page says");
    let page = agent.get(&own).await;
    assert!(page.body.contains("withdrawn") && !page.body.contains(": agreed"), "{}", page.body);
    let download = agent.get(&format!("{own}/data.json")).await;
    assert!(download.body.contains("\"granted\": false") || download.body.contains("\"granted\": 0"), "{}", download.body);
    app.finish().await;
}

/// Every confirm link in the outbox to `email`, oldest first.
fn confirm_links(app: &TestApp, email: &str) -> Vec<String> {
    outbox(app).iter().filter(|m| m.contains(&format!("To: {email}"))).filter_map(|m| link_in(m, "/en/confirm/")).collect()
}

async fn comments(app: &TestApp) -> Vec<String> {
    let db = &app.state.db;
    let campaign = tadamun::campaigns::store::find_by_slug(db, "defend-idlib").await.unwrap().unwrap();
    let p = tadamun::petitions::store::find(db, campaign.id, "open-the-borders").await.unwrap().unwrap();
    let rows = tadamun::petitions::store::all_signatures(db, &app.state.keys.fields, p.id, "lead:0").await.unwrap();
    rows.into_iter().map(|r| r.comment.unwrap_or_default()).collect()
}

/// Someone who knows a supporter's email signs again with other details: the supporter's first
/// link no longer confirms anything (it would confirm the other person's details), the newest
/// link shows what it confirms, and a confirmed signature is never rewritten.
#[tokio::test]
async fn a_pending_signature_is_confirmed_only_with_the_details_its_link_was_mailed_for() {
    let app = demo(Options::default()).await;
    let mut owner = app.agent();
    let mut other = app.agent();
    let details = |comment: &'static str| vec![("name", "Rana"), ("email", "rana@example.org"), ("country", "DE"), ("city", ""), ("comment", comment), ("consent", "yes")];
    sign(&mut owner, "en", &details("Mine.")).await;
    app.wait_for_jobs().await;
    sign(&mut other, "en", &details("tracer-4711")).await;
    app.wait_for_jobs().await;
    let links = confirm_links(&app, "rana@example.org");
    assert_eq!(links.len(), 2, "a mail for each set of details");
    // The first link: superseded, and pressing it changes nothing.
    let page = owner.get(&links[0]).await;
    assert!(page.body.contains("signed this petition again") && !page.body.contains("tracer-4711") && !page.body.contains("<button"), "{}", page.body);
    owner.post(&links[0], &[]).await;
    assert_eq!(count(&app, 1).await, 0, "the first link confirms nobody's details");
    // The newest link shows what it confirms, so the owner can see it is not theirs.
    let page = owner.get(&links[1]).await;
    assert!(page.body.contains("tracer-4711") && page.body.contains("<button"), "{}", page.body);
    owner.post(&links[1], &[]).await;
    assert_eq!(count(&app, 1).await, 1);
    // Once confirmed, signing again rewrites nothing and mails nothing.
    sign(&mut other, "en", &details("rewrite")).await;
    app.wait_for_jobs().await;
    assert_eq!(comments(&app).await, vec!["tracer-4711".to_string()]);
    assert_eq!(confirm_links(&app, "rana@example.org").len(), 2);
    app.finish().await;
}

/// On a closed petition a pending signature no longer becomes confirmed.
#[tokio::test]
async fn a_closed_petition_takes_no_more_confirmations() {
    let app = demo(Options::default()).await;
    let mut agent = app.agent();
    sign(&mut agent, "en", &person("Late", "late@example.org", "FR")).await;
    app.wait_for_jobs().await;
    let mut staff = app.signed_in("amina").await;
    let p = "/en/staff/campaigns/defend-idlib/petitions/open-the-borders";
    assert_eq!(staff.submit(p, &format!("{p}/status"), &[("status", "closed")]).await.status, 303);
    let link = confirm_links(&app, "late@example.org").remove(0);
    let page = agent.get(&link).await;
    assert!(page.body.contains("no longer takes signatures") && !page.body.contains("<button"), "{}", page.body);
    agent.post(&link, &[]).await;
    assert_eq!(count(&app, 1).await, 0);
    // A campaign taken offline counts nothing more either.
    assert_eq!(staff.submit(p, &format!("{p}/status"), &[("status", "open")]).await.status, 303);
    let c = "/en/staff/campaigns/defend-idlib";
    assert_eq!(staff.submit(c, &format!("{c}/publish"), &[("publish", "0")]).await.status, 303);
    assert!(agent.get(&link).await.body.contains("no longer takes signatures"));
    agent.post(&link, &[]).await;
    assert_eq!(count(&app, 1).await, 0);
    app.finish().await;
}

/// Confirming and signing again race (PostgreSQL runs them on separate connections): whatever
/// wins, a confirmed signature carries the details its link was mailed for.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn confirming_and_signing_again_at_once_never_confirm_other_details() {
    let app = demo(Options::default()).await;
    for round in 0..12 {
        let email = format!("race{round}@example.org");
        let mine = vec![("name", "R"), ("email", email.as_str()), ("country", "DE"), ("city", ""), ("comment", "original"), ("consent", "")];
        let theirs = vec![("name", "R"), ("email", email.as_str()), ("country", "DE"), ("city", ""), ("comment", "rewritten"), ("consent", "")];
        let mut a = app.agent();
        sign(&mut a, "en", &mine).await;
        app.wait_for_jobs().await;
        let link = confirm_links(&app, &email).remove(0);
        let mut b = app.agent();
        // Load the form first so both requests start together.
        let page = b.get(&format!("/en{PAGE}")).await;
        let token = page.hidden("form_token");
        let mut form = vec![("form_token", token.as_str())];
        form.extend_from_slice(&theirs);
        let sign_path = format!("/en{PAGE}/sign");
        let (_, _) = tokio::join!(a.post(&link, &[]), b.post(&sign_path, &form));
        app.wait_for_jobs().await;
    }
    let db = &app.state.db;
    let campaign = tadamun::campaigns::store::find_by_slug(db, "defend-idlib").await.unwrap().unwrap();
    let p = tadamun::petitions::store::find(db, campaign.id, "open-the-borders").await.unwrap().unwrap();
    for r in tadamun::petitions::store::all_signatures(db, &app.state.keys.fields, p.id, "lead:0").await.unwrap() {
        if r.confirmed_at.is_some() {
            assert_eq!(r.comment.as_deref(), Some("original"), "{}: a confirmed signature carries its link's details", r.email);
        }
    }
    app.finish().await;
}

/// A coordinator hides a comment that defaces the page: it leaves the petition page, the
/// signature still counts, and the audit log says who did it.
#[tokio::test]
async fn coordinators_hide_a_comment_and_it_is_in_the_audit_log() {
    let app = demo(Options::default()).await;
    let mut agent = app.agent();
    sign(&mut agent, "en", &[("name", "X"), ("email", "x@example.org"), ("country", "DE"), ("comment", "Rude words here")]).await;
    confirm_from_outbox(&app, &mut agent, "en", "x@example.org").await;
    assert!(agent.get(&format!("/en{PAGE}")).await.body.contains("Rude words here"));
    let mut staff = app.signed_in("mona").await;
    let list = format!("/en/staff/campaigns/defend-idlib/petitions/open-the-borders/signatures");
    let page = staff.get(&list).await;
    let action = page.body.split("action=\"").find(|a| a.contains("/hide-comment")).unwrap().split('"').next().unwrap().to_string();
    // Another petition's path cannot hide it.
    let res = staff.submit(&list, &action.replace("open-the-borders", "no-such-petition"), &[]).await;
    assert_eq!(res.status, 404);
    let res = staff.submit(&list, &action, &[("page", "1")]).await;
    assert_eq!(res.status, 303);
    assert!(staff.get(res.location()).await.body.contains("hidden from the petition page"));
    let public = agent.get(&format!("/en{PAGE}")).await;
    assert!(!public.body.contains("Rude words here") && public.body.contains("<strong>1</strong>"), "hidden, still counted");
    let audit = staff.get("/en/staff/audit").await;
    assert!(audit.body.contains("Comment hidden") && audit.body.contains("mona"), "{}", audit.body);
    // Hiding it again changes nothing and logs nothing more.
    assert_eq!(staff.submit(&list, &action, &[("page", "1")]).await.status, 303);
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM audit_log WHERE action = 'hide-comment'").fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(n, 1);
    // Without a session nothing happens.
    assert!(app.agent().post(&action, &[]).await.status >= 400);
    app.finish().await;
}

/// Signing again before confirming replaces the name too (the confirmation page shows it);
/// unsubscribing from a mail before confirming wins over the ticked box.
#[tokio::test]
async fn a_new_revision_carries_the_name_and_a_later_unsubscribe_wins() {
    let app = demo(Options::default()).await;
    let mut agent = app.agent();
    let with = |name: &'static str| vec![("name", name), ("email", "owner@example.org"), ("country", "DE"), ("city", ""), ("comment", ""), ("consent", "yes")];
    sign(&mut agent, "en", &with("Mallory Evil")).await;
    app.wait_for_jobs().await;
    sign(&mut agent, "en", &with("Real Owner")).await;
    app.wait_for_jobs().await;
    let link = confirm_links(&app, "owner@example.org").pop().unwrap();
    let page = agent.get(&link).await;
    assert!(page.body.contains("Real Owner") && !page.body.contains("Mallory Evil"), "{}", page.body);
    // The person unsubscribes from the mail first, then confirms: no consent is recorded.
    let mails = outbox(&app);
    let mail = mails.iter().rev().find(|m| m.contains("To: owner@example.org")).unwrap();
    let unsubscribe = link_in(mail, "/en/unsubscribe/").unwrap();
    assert_eq!(agent.post(&unsubscribe, &[]).await.status, 200);
    agent.post(&link, &[]).await;
    assert_eq!(count(&app, 1).await, 1);
    assert_eq!(granted(&app).await, Vec::<i64>::new(), "the withdrawal came after the box was ticked");
    app.finish().await;
}

/// A link to one's own page ends after 90 days, and at once when the person ends every link
/// (a mail that reached the wrong hands); unsubscribing keeps working.
#[tokio::test]
async fn own_page_links_end_with_time_or_when_the_person_ends_them() {
    let app = demo(Options::default()).await;
    let mut agent = app.agent();
    sign(&mut agent, "en", &person("Lina", "lina@example.org", "DE")).await;
    confirm_from_outbox(&app, &mut agent, "en", "lina@example.org").await;
    let (own, unsubscribe) = own_links(&app, "lina@example.org").await;
    assert_eq!(agent.get(&own).await.status, 200);
    // A link made 91 days ago no longer works.
    let (id,): (tadamun::supporters::model::SupporterId,) = sqlx::query_as("SELECT id FROM supporters").fetch_one(&app.state.db.pool).await.unwrap();
    let person = tadamun::supporters::store::load(&app.state.db, &app.state.keys.fields, id).await.unwrap().unwrap();
    let old = tadamun::supporters::service::own_link_token(&app.state.keys, &person, tadamun::db::now() - 91 * 86_400);
    assert_eq!(agent.get(&format!("/en/me/{old}")).await.status, 404);
    let young = tadamun::supporters::service::own_link_token(&app.state.keys, &person, tadamun::db::now() - 89 * 86_400);
    assert_eq!(agent.get(&format!("/en/me/{young}")).await.status, 200);
    // Ending the links ends this one too; unsubscribing still works.
    let res = agent.post(&format!("{own}/end-links"), &[]).await;
    assert!(res.status == 200 && res.body.contains("Links ended"), "{}", res.body);
    assert_eq!(agent.get(&own).await.status, 404);
    assert_eq!(agent.get(&format!("/en/me/{young}")).await.status, 404);
    assert_eq!(agent.post(&unsubscribe, &[]).await.status, 200);
    app.finish().await;
}
