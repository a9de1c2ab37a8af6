//! The coalition: an organisation endorses (JavaScript off, with a logo), its contact confirms
//! by mail, a moderator decides with a reason mailed back in the organisation's language; the
//! public list and the partner page; an organisation's staff see only their own supporters.

use crate::common::{Agent, Options, TestApp, decode_mail, link_in, outbox};
use tadamun::staff::Role;

const CAMPAIGN: &str = "defend-idlib";

async fn demo() -> TestApp {
    TestApp::spawn_with(Options { demo: true, ..Default::default() }).await
}

/// A small PNG logo with a planted text chunk and bytes appended after its end.
pub fn planted_png() -> Vec<u8> {
    let img = image::RgbaImage::from_fn(40, 30, |x, y| image::Rgba([(x * 6) as u8, (y * 8) as u8, 120, 255]));
    let mut png = Vec::new();
    img.write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png).unwrap();
    // A tEXt chunk ("Comment" = a GPS-like secret) before IEND, and HTML after it.
    let iend = png.len() - 12;
    let data = b"Comment\0GPS 36.2021N 37.1343E";
    let mut chunk = (data.len() as u32).to_be_bytes().to_vec();
    chunk.extend_from_slice(b"tEXt");
    chunk.extend_from_slice(data);
    let mut crc_input = b"tEXt".to_vec();
    crc_input.extend_from_slice(data);
    chunk.extend_from_slice(&crc32(&crc_input).to_be_bytes());
    png.splice(iend..iend, chunk);
    png.extend_from_slice(b"<html><script>alert(1)</script></html>");
    png
}

fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for b in data {
        crc ^= u32::from(*b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

/// Endorse through the public form as `lang`, in a browser-like agent.
pub async fn endorse(agent: &mut Agent, lang: &str, fields: &[(&str, &str)], logo: Option<&[u8]>) -> crate::common::Resp {
    let form = agent.get(&format!("/{lang}/c/{CAMPAIGN}/endorse")).await;
    assert_eq!(form.status, 200, "{}", form.body);
    form.assert_translated();
    let token = form.hidden("form_token");
    let mut all = vec![("form_token", token.as_str())];
    all.extend_from_slice(fields);
    let files: Vec<(&str, &str, &[u8])> = logo.map(|l| vec![("logo", "logo.png", l)]).unwrap_or_default();
    agent.post_multipart(&format!("/{lang}/c/{CAMPAIGN}/endorse"), &all, &files).await
}

pub fn good_fields<'a>(name: &'a str, email: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("name", name),
        ("kind", "union"),
        ("country", "FR"),
        ("city", "Lyon"),
        ("website_url", "syndicat.example.org"),
        ("contact_name", "Amal Haddad"),
        ("contact_email", email),
        ("statement", "Nous soutenons l'appel."),
    ]
}

/// Endorse, confirm from the mail, and approve as a coordinator: the approved organisation.
pub async fn approved_organisation(app: &TestApp, name: &str, email: &str) -> tadamun::organisations::model::Organisation {
    let mut public = app.agent();
    let res = endorse(&mut public, "fr", &good_fields(name, email), Some(&planted_png())).await;
    assert_eq!(res.status, 303, "{}", res.body);
    app.wait_for_jobs().await;
    let mail = outbox(app).into_iter().rev().find(|m| m.contains(email)).expect("a mail to the contact");
    let link = link_in(&decode_mail(&mail), "/fr/endorse/confirm/").expect("a confirmation link");
    let page = public.get(&link).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains(name), "the page names the organisation");
    let done = public.post(&link, &[]).await;
    assert_eq!(done.status, 200, "{}", done.body);
    let campaign = tadamun::campaigns::store::find_by_slug(&app.state.db, CAMPAIGN).await.unwrap().unwrap();
    let pending = tadamun::organisations::store::list(&app.state.db, campaign.id, tadamun::organisations::model::Status::Pending, 100, 0).await.unwrap();
    let org = pending.into_iter().find(|o| o.name == name).expect("pending after confirmation");
    let mut staff = app.signed_in(&format!("coord-{}", org.referral)).await;
    let base = format!("/en/staff/campaigns/{CAMPAIGN}/organisations");
    let res = staff.submit(&format!("{base}/{}", org.id), &format!("{base}/{}/decide", org.id), &[("decision", "approve")]).await;
    assert_eq!(res.status, 303, "{}", res.body);
    app.wait_for_jobs().await;
    tadamun::organisations::store::find(&app.state.db, org.id).await.unwrap().unwrap()
}

#[tokio::test]
async fn an_organisation_endorses_confirms_and_is_approved_with_a_clean_logo() {
    let app = demo().await;
    let org = approved_organisation(&app, "Syndicat des Travailleurs", "contact@syndicat.example.org").await;
    assert_eq!(org.status, tadamun::organisations::model::Status::Approved);
    assert_eq!(org.lang, tadamun::i18n::Lang::Fr, "the organisation's language is the form's");

    // The decision went to the contact, in French.
    let mails: Vec<String> = outbox(&app).iter().map(|m| decode_mail(m)).filter(|m| m.contains("contact@syndicat.example.org")).collect();
    assert_eq!(mails.len(), 2, "confirmation, then decision");
    assert!(mails[1].contains("Content-Language: fr") && mails[1].contains(&format!("/fr/c/{CAMPAIGN}/o/{}", org.referral)), "the decision, in French, with the partner page: {}", mails[1]);

    // Public: the list groups by country and kind; the partner page; the logo, re-encoded.
    let mut reader = app.agent();
    let list = reader.get(&format!("/en/c/{CAMPAIGN}/endorsers")).await;
    assert_eq!(list.status, 200);
    list.assert_translated();
    assert!(list.body.contains("Syndicat des Travailleurs") && list.body.contains("France") && list.body.contains("Unions"), "{}", list.body);
    let partner = reader.get(&format!("/ar/c/{CAMPAIGN}/o/{}", org.referral)).await;
    assert_eq!(partner.status, 200, "{}", partner.body);
    partner.assert_translated();
    assert!(partner.body.contains(&format!("?via={}", org.referral)), "actions through the page carry its code");
    let logo = reqwest::get(format!("{}/logos/{}.png", app.base, org.id)).await.unwrap();
    assert_eq!(logo.status(), 200);
    assert_eq!(logo.headers()["content-type"], "image/png");
    let bytes = logo.bytes().await.unwrap();
    assert!(bytes.ends_with(&[0, 0, 0, 0, b'I', b'E', b'N', b'D', 0xAE, 0x42, 0x60, 0x82]), "nothing after IEND");
    let text = String::from_utf8_lossy(&bytes);
    assert!(!text.contains("GPS") && !text.contains("tEXt") && !text.contains("<html"), "no planted chunk or trailer survives");
    // The contact person is never in clear in the database.
    let dump = crate::common::database_text(&app).await;
    assert!(!dump.contains("contact@syndicat.example.org") && !dump.contains("Amal Haddad"), "contact in clear in the database");
    app.finish().await;
}

#[tokio::test]
async fn bad_endorsements_get_messages_in_the_readers_language_and_keep_what_was_typed() {
    let app = demo().await;
    let mut agent = app.agent();
    let mut fields = good_fields("", "not an email");
    fields.retain(|(k, _)| *k != "kind");
    fields.push(("kind", "cartel"));
    fields.retain(|(k, _)| *k != "website_url");
    fields.push(("website_url", "javascript:alert(1)"));
    let res = endorse(&mut agent, "ar", &fields, Some(b"<svg onload=alert(1)>")).await;
    assert_eq!(res.status, 422, "{}", res.body);
    res.assert_translated();
    for field in ["name", "kind", "website_url", "logo", "contact_email"] {
        assert!(res.body.contains(&format!("href=\"#endorse-{field}\"")), "no summary link for {field}: {}", res.body);
    }
    assert!(res.body.contains("value=\"Lyon\""), "what was typed is kept");
    assert!(res.body.contains("<title>"), "page has a title");
    // Hostile text: bidi overrides and stacked marks are refused like everywhere else.
    let mut fields = good_fields("Evil\u{202E}gro", "x@example.org");
    fields.push(("statement", "a\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}"));
    let res = endorse(&mut agent, "en", &fields, None).await;
    assert_eq!(res.status, 422);
    // Nothing was stored, no mail queued.
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM organisations WHERE status = 'unconfirmed'").fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(n, 0, "nothing stored");
    app.finish().await;
}

#[tokio::test]
async fn rejecting_needs_a_reason_which_is_mailed_back_and_only_moderators_decide() {
    let app = demo().await;
    let mut public = app.agent();
    let res = endorse(&mut public, "de", &good_fields("Verein Nord", "nord@example.org"), None).await;
    assert_eq!(res.status, 303);
    app.wait_for_jobs().await;
    let mail = decode_mail(&outbox(&app).into_iter().find(|m| m.contains("nord@example.org")).unwrap());
    let link = link_in(&mail, "/de/endorse/confirm/").unwrap();
    assert_eq!(public.post(&link, &[]).await.status, 200);
    let campaign = tadamun::campaigns::store::find_by_slug(&app.state.db, CAMPAIGN).await.unwrap().unwrap();
    let org = tadamun::organisations::store::list(&app.state.db, campaign.id, tadamun::organisations::model::Status::Pending, 10, 0).await.unwrap().remove(0);
    let base = format!("/en/staff/campaigns/{CAMPAIGN}/organisations/{}", org.id);

    // An organisation's admin may not moderate (not even another organisation's endorsement).
    let other = approved_organisation(&app, "Autre", "autre@example.org").await;
    let mut admin = app.signed_in_as("other-admin", Role::OrgAdmin, Some(other.id)).await;
    assert_eq!(admin.get(&base).await.status, 403);

    let mut moderator = app.signed_in_as("mod", Role::Moderator, None).await;
    let res = moderator.submit(&base, &format!("{base}/decide"), &[("decision", "reject"), ("reason", "  ")]).await;
    assert_eq!(res.status, 422, "a rejection needs a reason");
    let res = moderator.submit(&base, &format!("{base}/decide"), &[("decision", "reject"), ("reason", "Nicht im Sinne des Aufrufs.")]).await;
    assert_eq!(res.status, 303, "{}", res.body);
    app.wait_for_jobs().await;
    let mails: Vec<String> = outbox(&app).iter().map(|m| decode_mail(m)).filter(|m| m.contains("nord@example.org")).collect();
    assert!(mails.last().unwrap().contains("Nicht im Sinne des Aufrufs."), "the reason is mailed back");
    // A moderator cannot write campaigns or read signatures.
    assert_eq!(moderator.get(&format!("/en/staff/campaigns/{CAMPAIGN}")).await.status, 403);
    assert_eq!(moderator.get(&format!("/en/staff/campaigns/{CAMPAIGN}/petitions/open-the-borders/signatures")).await.status, 403);
    // Not listed, no partner page.
    assert!(!app.agent().get(&format!("/en/c/{CAMPAIGN}/endorsers")).await.body.contains("Verein Nord"));
    assert_eq!(app.agent().get(&format!("/en/c/{CAMPAIGN}/o/{}", org.referral)).await.status, 404);
    app.finish().await;
}

const PETITION_PAGE: &str = "/c/defend-idlib/p/open-the-borders";

/// Sign through a partner's page (`?via=`), ticking the boxes given, and confirm from the mail.
async fn sign_via(app: &TestApp, referral: &str, email: &str, boxes: &[(&str, &str)]) {
    let mut agent = app.agent();
    let page = agent.get(&format!("/en{PETITION_PAGE}?via={referral}")).await;
    assert_eq!(page.status, 200);
    let token = page.hidden("form_token");
    let mut form = vec![("form_token", token.as_str()), ("name", "Lina Partner"), ("email", email), ("country", "DE"), ("via", referral)];
    form.extend_from_slice(boxes);
    let res = agent.post(&format!("/en{PETITION_PAGE}/sign"), &form).await;
    assert_eq!(res.status, 303, "{}", res.body);
    app.wait_for_jobs().await;
    let mail = outbox(app).into_iter().rev().find(|m| m.contains(&format!("To: {email}"))).expect("a confirmation mail");
    let link = link_in(&mail, "/en/confirm/").expect("a confirm link");
    // The page shows what confirming will record, the partner's consent too.
    let page = agent.get(&link).await;
    let partner_box = boxes.iter().any(|(k, _)| *k == "consent_partner") && referral != "abcdefghjk";
    assert_eq!(page.body.contains("May contact you about this campaign"), partner_box, "{}", page.body);
    assert_eq!(agent.post(&link, &[]).await.status, 303);
}

#[tokio::test]
async fn a_partner_page_credits_its_signatures_and_its_staff_see_only_those_who_chose_it() {
    let app = demo().await;
    let north = approved_organisation(&app, "North Union", "north@example.org").await;
    let south = approved_organisation(&app, "South Union", "south@example.org").await;
    // The petition through the partner page shows the partner's own box, never ticked.
    let page = app.agent().get(&format!("/en{PETITION_PAGE}?via={}", north.referral)).await;
    assert!(page.body.contains("North Union") && page.body.contains("name=\"consent_partner\"") && !page.body.contains("name=\"consent_partner\" value=\"yes\" checked"));
    // An unknown code is the plain page.
    let plain = app.agent().get(&format!("/en{PETITION_PAGE}?via=zzzzzzzzzz")).await;
    assert!(!plain.body.contains("consent_partner"));

    sign_via(&app, &north.referral, "yes-north@example.org", &[("consent_partner", "yes")]).await;
    sign_via(&app, &north.referral, "no-box@example.org", &[]).await;
    sign_via(&app, &south.referral, "yes-south@example.org", &[("consent_partner", "yes"), ("consent", "yes")]).await;
    // A forged code for another campaign's partner, or a box with no partner, records nothing.
    sign_via(&app, "abcdefghjk", "forged@example.org", &[("consent_partner", "yes")]).await;

    assert_eq!(tadamun::organisations::store::tally(&app.state.db, north.id).await.unwrap(), 2, "both came through North's page");
    assert_eq!(tadamun::organisations::store::tally(&app.state.db, south.id).await.unwrap(), 1);
    let partner_page = app.agent().get(&format!("/en/c/{CAMPAIGN}/o/{}", north.referral)).await;
    assert!(partner_page.body.contains("2 actions came through this page"), "{}", partner_page.body);

    let mut north_staff = app.signed_in_as("north-staff", Role::OrgStaff, Some(north.id)).await;
    let list = north_staff.get("/en/staff/org/supporters").await;
    assert_eq!(list.status, 200, "{}", list.body);
    list.assert_translated();
    assert!(list.body.contains("yes-north@example.org"), "{}", list.body);
    for other in ["no-box@example.org", "yes-south@example.org", "forged@example.org"] {
        assert!(!list.body.contains(other), "{other} never chose North");
    }
    // Exact-email search finds only its own supporters.
    let found = north_staff.submit("/en/staff/org/supporters", "/en/staff/org/supporters", &[("email", "YES-NORTH@example.org")]).await;
    assert!(found.body.contains("yes-north@example.org"));
    let other = north_staff.submit("/en/staff/org/supporters", "/en/staff/org/supporters", &[("email", "yes-south@example.org")]).await;
    assert!(!other.body.contains("<bdi>yes-south@example.org</bdi>") && other.body.contains("Nobody with this email"), "only the typed address, no row");
    // Staff may read, not export; the organisation's admin exports.
    let res = north_staff.submit("/en/staff/org", "/en/staff/org/export", &[]).await;
    assert_eq!(res.status, 403);
    let mut north_admin = app.signed_in_as("north-admin", Role::OrgAdmin, Some(north.id)).await;
    let csv = north_admin.submit("/en/staff/org", "/en/staff/org/export", &[]).await;
    assert_eq!(csv.status, 200);
    assert!(csv.body.starts_with('\u{feff}') && csv.body.contains("yes-north@example.org") && !csv.body.contains("yes-south"), "{}", csv.body);
    // With a key registered, the export is sealed to it: no address in what leaves the server.
    let identity = age::x25519::Identity::generate();
    let res = north_admin.submit("/en/staff/org", "/en/staff/org/key", &[("age_recipient", &identity.to_public().to_string())]).await;
    assert_eq!(res.status, 303, "{}", res.body);
    let bad = north_admin.submit("/en/staff/org", "/en/staff/org/key", &[("age_recipient", "age1nope")]).await;
    assert_eq!(bad.status, 422);
    let (status, sealed) = north_admin.submit_for_bytes("/en/staff/org", "/en/staff/org/export", &[]).await;
    assert_eq!(status, 200);
    assert!(!String::from_utf8_lossy(&sealed).contains("yes-north"), "sealed, not clear");
    let opened = age::decrypt(&identity, &sealed).expect("opens with the organisation's key");
    assert!(String::from_utf8(opened).unwrap().contains("yes-north@example.org"));
    // Neither organisation's pages name another's: the organisation comes from the account.
    let south_home = app.signed_in_as("south-admin", Role::OrgAdmin, Some(south.id)).await.get("/en/staff/org").await;
    assert!(south_home.body.contains("South Union") && !south_home.body.contains("North Union"));
    // The own page names each consent; withdrawing the partner's takes the person off its list
    // and its export, and leaves the lead organisation's.
    let mail = outbox(&app).into_iter().find(|m| m.contains("To: yes-south@example.org")).unwrap();
    let own = link_in(&decode_mail(&mail), "/en/me/").expect("an own-page link");
    let mut person = app.agent();
    let page = person.get(&own).await;
    assert!(page.body.contains("South Union") && page.body.contains("coordinating committee"), "both consents, by name: {}", page.body);
    let res = person.post(&format!("{own}/consent"), &[("org", &format!("org:{}", south.id))]).await;
    assert_eq!(res.status, 303);
    let mut south_admin = app.signed_in_as("south-admin-2", Role::OrgAdmin, Some(south.id)).await;
    assert!(!south_admin.get("/en/staff/org/supporters").await.body.contains("yes-south@example.org"), "withdrawn: off the partner's list");
    let csv = south_admin.submit("/en/staff/org", "/en/staff/org/export", &[]).await;
    assert!(!csv.body.contains("yes-south@example.org"), "withdrawn: out of the partner's export");
    let (lead,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM consents WHERE org LIKE 'lead:%' AND granted = 1").fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(lead, 1, "the lead organisation's consent stays");
    let audit = crate::common::database_text(&app).await;
    assert!(audit.contains("org-supporters-exported") && audit.contains("org-supporters-read"), "reading and exporting are audited");
    app.finish().await;
}

/// Found by review: a form token used twice stored two endorsements and mailed twice; nothing
/// capped the mails one address gets; a rejected organisation's staff kept their pages;
/// moderators could not see the logo they approve.
#[tokio::test]
async fn the_endorsement_form_mails_no_one_again_and_again_and_rejection_ends_an_organisations_staff() {
    let app = demo().await;
    let count = |app: &TestApp| {
        let pool = app.state.db.pool.clone();
        async move {
            let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM organisations WHERE status = 'unconfirmed'").fetch_one(&pool).await.unwrap();
            n
        }
    };
    let mut agent = app.agent();
    let form = agent.get(&format!("/en/c/{CAMPAIGN}/endorse")).await;
    let token = form.hidden("form_token");
    let mut fields = vec![("form_token", token.as_str())];
    fields.extend(good_fields("Replay Org", "victim@example.org"));
    for _ in 0..2 {
        let res = agent.post_multipart(&format!("/en/c/{CAMPAIGN}/endorse"), &fields, &[]).await;
        assert_eq!(res.status, 303, "the same answer either way");
    }
    assert_eq!(count(&app).await, 1, "a token is good once");
    for i in 0..4 {
        let res = endorse(&mut agent, "en", &good_fields(&format!("Org {i}"), "victim@example.org"), None).await;
        assert_eq!(res.status, 303);
    }
    assert_eq!(count(&app).await, 3, "at most three endorsements a day name one address");
    app.wait_for_jobs().await;
    let mails = outbox(&app).iter().filter(|m| m.contains("To: victim@example.org")).count();
    assert_eq!(mails, 3);

    // Moderators see a pending organisation's logo; the public does not.
    let pending = approved_organisation(&app, "Logo Org", "logo@example.org").await;
    let mut moderator = app.signed_in_as("mod-logo", Role::Moderator, None).await;
    let logo = moderator.get(&format!("/en/staff/campaigns/{CAMPAIGN}/organisations/{}/logo", pending.id)).await;
    assert_eq!(logo.status, 200);
    // Rejected afterwards: its admin's session ends and signing in is refused.
    let mut admin = app.signed_in_as("logo-admin", Role::OrgAdmin, Some(pending.id)).await;
    assert_eq!(admin.get("/en/staff/org").await.status, 200);
    let base = format!("/en/staff/campaigns/{CAMPAIGN}/organisations/{}", pending.id);
    let res = moderator.submit(&base, &format!("{base}/decide"), &[("decision", "reject"), ("reason", "Not ours.")]).await;
    assert_eq!(res.status, 303);
    assert_eq!(admin.get("/en/staff/accounts").await.status, 303, "the session no longer works");
    assert_eq!(admin.get("/en/staff/audit").await.status, 303);
    let res = app.agent().sign_in("en", "logo-admin", "correct horse battery staple").await;
    assert_eq!(res.status, 422, "a rejected organisation's staff cannot sign in");
    app.finish().await;
}

/// Every action form, not only the petition's, shows the partner's own box when its page
/// brought the reader: a letter and an answer to an event are credited to the partner, and its
/// box, ticked, makes the person one of its supporters once they confirm.
#[tokio::test]
async fn letters_and_answers_to_events_through_a_partner_page_credit_it_and_record_its_consent() {
    let app = demo().await;
    let db = &app.state.db.pool;
    let north = approved_organisation(&app, "North Union", "north@example.org").await;
    let (action,): (i64,) = sqlx::query_as("SELECT MIN(id) FROM letter_actions WHERE status = 'open'").fetch_one(db).await.unwrap();
    let partner_page = app.agent().get(&format!("/en/c/{CAMPAIGN}/o/{}", north.referral)).await.body;
    assert!(partner_page.contains(&format!("/letters/{action}?via={}", north.referral)), "the partner page leads to the letter action: {partner_page}");
    // A letter through the partner page.
    let (subject, body): (String, String) = sqlx::query_as("SELECT subject, body FROM letter_texts WHERE action_id = $1 AND lang = 'en'").bind(action).fetch_one(db).await.unwrap();
    let (country,): (String,) = sqlx::query_as("SELECT t.country FROM letter_targets lt JOIN targets t ON t.id = lt.target_id WHERE lt.action_id = $1 AND t.public = 1 LIMIT 1").bind(action).fetch_one(db).await.unwrap();
    let page = format!("/en/c/{CAMPAIGN}/letters/{action}");
    let mut agent = app.agent();
    let shown = agent.get(&format!("{page}?via={}", north.referral)).await;
    assert!(shown.body.contains("North Union") && shown.body.contains("name=\"consent_partner\"") && !shown.body.contains("name=\"consent_partner\" value=\"yes\" checked"), "{}", shown.body);
    assert!(!app.agent().get(&format!("{page}?via=zzzzzzzzzz")).await.body.contains("consent_partner"), "an unknown code is the plain page");
    let token = shown.hidden("form_token");
    let fields = [("form_token", token.as_str()), ("name", "Rami Writer"), ("email", "writer-north@example.org"), ("country", country.as_str()), ("subject", subject.as_str()), ("body", body.as_str()), ("via", north.referral.as_str()), ("consent_partner", "yes")];
    let res = agent.post(&page, &fields).await;
    assert_eq!(res.status, 303, "{}", res.body);
    assert!(res.location().contains(&format!("via={}", north.referral)), "the page after keeps the partner");
    app.wait_for_jobs().await;
    let mail = decode_mail(&outbox(&app).into_iter().find(|m| m.contains("To: writer-north@example.org")).unwrap());
    let confirm = link_in(&mail, "/en/letters/confirm/").unwrap();
    // Nothing is a consent before the person confirms.
    let (before,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM consents WHERE org = $1 AND granted = 1").bind(tadamun::organisations::store::consent_key(north.id)).fetch_one(db).await.unwrap();
    assert_eq!(before, 0);
    agent.post(&confirm, &[]).await;
    // An answer to an event through the partner's code, its box left unticked: credited, no consent.
    let (event,): (i64,) = sqlx::query_as("SELECT MIN(id) FROM events WHERE status = 'approved' AND starts_at > $1").bind(tadamun::db::now()).fetch_one(db).await.unwrap();
    let event_page = format!("/en/c/{CAMPAIGN}/events/{event}");
    for (email, ticked) in [("goer-north@example.org", true), ("goer-plain@example.org", false)] {
        let mut agent = app.agent();
        let shown = agent.get(&format!("{event_page}?via={}", north.referral)).await;
        assert!(shown.body.contains("name=\"consent_partner\""), "{}", shown.body);
        let token = shown.hidden("form_token");
        let mut form = vec![("form_token", token.as_str()), ("name", "Goer"), ("email", email), ("via", north.referral.as_str())];
        if ticked {
            form.push(("consent_partner", "yes"));
        }
        assert_eq!(agent.post(&format!("{event_page}/attend"), &form).await.status, 303);
        app.wait_for_jobs().await;
        let mail = decode_mail(&outbox(&app).into_iter().rev().find(|m| m.contains(&format!("To: {email}"))).unwrap());
        let link = link_in(&mail, "/en/events/attend/").unwrap();
        assert_eq!(agent.post(&link, &[]).await.status, 200);
    }
    app.wait_for_jobs().await;
    assert_eq!(tadamun::organisations::store::tally(&app.state.db, north.id).await.unwrap(), 3, "a letter action and two answers came through North's page");
    let mut north_staff = app.signed_in_as("north-letters", Role::OrgStaff, Some(north.id)).await;
    let list = north_staff.get("/en/staff/org/supporters").await.body;
    assert!(list.contains("writer-north@example.org") && list.contains("goer-north@example.org"), "{list}");
    assert!(!list.contains("goer-plain@example.org"), "an unticked box is no consent");
    // The reminders wait for their day; the harness wants an empty queue at the end.
    sqlx::query("DELETE FROM jobs WHERE run_at > $1").bind(tadamun::db::now()).execute(db).await.unwrap();
    app.finish().await;
}

/// Write a letter to the demo's open letter action as `email`, through `via` when given, with
/// `boxes` ticked; returns the confirmation link of the mail it caused (or `None`: no mail).
async fn write_letter(app: &TestApp, email: &str, via: Option<&str>, boxes: &[(&str, &str)]) -> Option<String> {
    let db = &app.state.db.pool;
    let (action,): (i64,) = sqlx::query_as("SELECT MIN(id) FROM letter_actions WHERE status = 'open'").fetch_one(db).await.unwrap();
    let (subject, body): (String, String) = sqlx::query_as("SELECT subject, body FROM letter_texts WHERE action_id = $1 AND lang = 'en'").bind(action).fetch_one(db).await.unwrap();
    let (country,): (String,) = sqlx::query_as("SELECT t.country FROM letter_targets lt JOIN targets t ON t.id = lt.target_id WHERE lt.action_id = $1 AND t.public = 1 LIMIT 1").bind(action).fetch_one(db).await.unwrap();
    let page = format!("/en/c/{CAMPAIGN}/letters/{action}");
    let mut agent = app.agent();
    let before = outbox(app).len();
    let shown = agent.get(&format!("{page}{}", via.map(|v| format!("?via={v}")).unwrap_or_default())).await;
    let token = shown.hidden("form_token");
    let mut fields = vec![("form_token", token.as_str()), ("name", "Writer"), ("email", email), ("country", country.as_str()), ("subject", subject.as_str()), ("body", body.as_str())];
    if let Some(v) = via {
        fields.push(("via", v));
    }
    fields.extend_from_slice(boxes);
    assert_eq!(agent.post(&page, &fields).await.status, 303);
    app.wait_for_jobs().await;
    let mails = outbox(app);
    if mails.len() == before {
        return None;
    }
    // The newest mail to this address: the one whose link still confirms.
    let mut links = Vec::new();
    for m in mails.iter().filter(|m| m.contains(&format!("To: {email}"))) {
        let link = link_in(&decode_mail(m), "/en/letters/confirm/").unwrap();
        if agent.get(&link).await.status == 200 {
            links.push(link);
        }
    }
    links.pop()
}

async fn consents_of(app: &TestApp, email: &str) -> Vec<String> {
    let email = tadamun::supporters::model::Email::parse(email).unwrap();
    let mut conn = app.state.db.pool.acquire().await.unwrap();
    let Some(person) = tadamun::supporters::store::find_by_email(&mut conn, &app.state.keys.fields, &email).await.unwrap() else { return Vec::new() };
    let rows: Vec<(String,)> = sqlx::query_as("SELECT org FROM consents WHERE supporter_id = $1 AND granted = 1 ORDER BY org").bind(person).fetch_all(&mut *conn).await.unwrap();
    rows.into_iter().map(|(o,)| o).collect()
}

/// Cross-flows through a partner's code: boxes ticked by someone else never become a person's
/// consent; the confirmation page says what confirming records; a no given after the boxes
/// were ticked wins; a partner rejected meanwhile gains no one.
#[tokio::test]
async fn boxes_ticked_by_someone_else_or_before_a_no_become_no_consent() {
    let app = demo().await;
    let db = &app.state.db.pool;
    let north = approved_organisation(&app, "North Union", "north@example.org").await;
    let both = [("consent", "yes"), ("consent_partner", "yes")];
    // Bob writes, nothing ticked; a stranger writes again as Bob through North, both ticked.
    write_letter(&app, "bob@example.org", None, &[]).await.unwrap();
    let link = write_letter(&app, "bob@example.org", Some(&north.referral), &both).await.unwrap();
    let mut agent = app.agent();
    let page = agent.get(&link).await.body;
    assert!(!page.contains("May contact you about this campaign") && !page.contains("News of the campaign"), "{page}");
    agent.post(&link, &[]).await;
    assert!(consents_of(&app, "bob@example.org").await.is_empty(), "the stranger's boxes are not Bob's");
    assert_eq!(tadamun::organisations::store::tally(&app.state.db, north.id).await.unwrap(), 0, "nor does the stranger's code credit North with Bob's letter");
    // A first writing with both boxes: the page says what confirming records, before it does.
    let link = write_letter(&app, "carol@example.org", Some(&north.referral), &both).await.unwrap();
    let page = agent.get(&link).await.body;
    assert!(page.contains("News of the campaign") && page.contains("May contact you about this campaign") && page.contains("North Union"), "{page}");
    // Carol unsubscribes (one click, from that mail) before she confirms: her no wins.
    let mail = outbox(&app).into_iter().find(|m| m.contains("To: carol@example.org")).unwrap();
    let unsubscribe = link_in(&mail, "/en/unsubscribe/").unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(1_100)).await;
    let res = reqwest::Client::new().post(format!("{}{unsubscribe}", app.base)).header("content-type", "application/x-www-form-urlencoded").body("List-Unsubscribe=One-Click").send().await.unwrap();
    assert_eq!(res.status(), 200);
    agent.post(&link, &[]).await;
    assert!(consents_of(&app, "carol@example.org").await.is_empty(), "an unsubscribe after the boxes wins");
    // Erin ticks, unsubscribes, then a stranger writes again as Erin with both boxes: the
    // ticks kept from before her no are not hers any more.
    write_letter(&app, "erin@example.org", Some(&north.referral), &both).await.unwrap();
    let mail = outbox(&app).into_iter().find(|m| m.contains("To: erin@example.org")).unwrap();
    let unsubscribe = link_in(&mail, "/en/unsubscribe/").unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(1_100)).await;
    let res = reqwest::Client::new().post(format!("{}{unsubscribe}", app.base)).header("content-type", "application/x-www-form-urlencoded").body("List-Unsubscribe=One-Click").send().await.unwrap();
    assert_eq!(res.status(), 200);
    let link = write_letter(&app, "erin@example.org", Some(&north.referral), &both).await.unwrap();
    let page = agent.get(&link).await.body;
    assert!(!page.contains("May contact you about this campaign"), "{page}");
    agent.post(&link, &[]).await;
    assert!(consents_of(&app, "erin@example.org").await.is_empty(), "a no between two writings wins");
    // An answer to an event through North, its box ticked; North is rejected before it is
    // confirmed: North gains no one.
    let (event,): (i64,) = sqlx::query_as("SELECT MIN(id) FROM events WHERE status = 'approved' AND starts_at > $1").bind(tadamun::db::now()).fetch_one(db).await.unwrap();
    let event_page = format!("/en/c/{CAMPAIGN}/events/{event}");
    let shown = agent.get(&format!("{event_page}?via={}", north.referral)).await;
    let token = shown.hidden("form_token");
    let form = [("form_token", token.as_str()), ("name", "Dave"), ("email", "dave@example.org"), ("via", north.referral.as_str()), ("consent_partner", "yes")];
    assert_eq!(agent.post(&format!("{event_page}/attend"), &form).await.status, 303);
    app.wait_for_jobs().await;
    let attend = link_in(&decode_mail(&outbox(&app).into_iter().find(|m| m.contains("To: dave@example.org")).unwrap()), "/en/events/attend/").unwrap();
    assert!(agent.get(&attend).await.body.contains("North Union"), "the page names the partner");
    sqlx::query("UPDATE organisations SET status = 'rejected' WHERE id = $1").bind(north.id).execute(db).await.unwrap();
    assert!(!agent.get(&attend).await.body.contains("North Union"), "a rejected partner is not named");
    assert_eq!(agent.post(&attend, &[]).await.status, 200);
    assert!(consents_of(&app, "dave@example.org").await.is_empty(), "a rejected partner gains no one");
    // The reminders wait for their day; the harness wants an empty queue at the end.
    app.wait_for_jobs().await;
    sqlx::query("DELETE FROM jobs WHERE run_at > $1").bind(tadamun::db::now()).execute(db).await.unwrap();
    app.finish().await;
}
