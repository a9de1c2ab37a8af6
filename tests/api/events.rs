//! Days of action: the demo's day with events in several countries and time zones; an event
//! submitted with no account, bad input answered in the reader's language with the form kept,
//! an ambiguous city chosen from a list, confirmed by mail, moderated, cancelled; trusted hosts;
//! calendar files read back by an independent iCalendar parser.

use crate::common::{Agent, Options, TestApp, decode_mail, link_in, outbox};
use tadamun::staff::Role;

const CAMPAIGN: &str = "defend-idlib";

async fn demo() -> TestApp {
    TestApp::spawn_with(Options { demo: true, ..Default::default() }).await
}

async fn the_day(app: &TestApp) -> (String, String) {
    let (id, first): (i64, String) = sqlx::query_as("SELECT id, first_day FROM action_days LIMIT 1").fetch_one(&app.state.db.pool).await.unwrap();
    (id.to_string(), first)
}

/// The fields of a good event on `date` in Berlin.
fn event_fields<'a>(date: &'a str, starts: &'a str, ends: &'a str, email: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("title", "Mahnwache am Brandenburger Tor"),
        ("kind", "vigil"),
        ("description", "Mit Kerzen."),
        ("languages", "de"),
        ("languages", "ar"),
        ("starts", starts),
        ("ends", ends),
        ("country", "DE"),
        ("city", "Berlin"),
        ("address", "Pariser Platz"),
        ("capacity", "120"),
        ("organiser_name", "Rania"),
        ("organiser_email", email),
        ("date", date),
    ]
}

async fn submit(agent: &mut Agent, lang: &str, day: &str, fields: &[(&str, &str)], photo: Option<&[u8]>) -> crate::common::Resp {
    let form = agent.get(&format!("/{lang}/c/{CAMPAIGN}/days/{day}/submit")).await;
    assert_eq!(form.status, 200, "{}", form.body);
    form.assert_translated();
    let token = form.hidden("form_token");
    let mut all = vec![("form_token", token.as_str())];
    all.extend_from_slice(fields);
    let files: Vec<(&str, &str, &[u8])> = photo.map(|p| vec![("photo", "p.jpg", p)]).unwrap_or_default();
    agent.post_multipart(&format!("/{lang}/c/{CAMPAIGN}/days/{day}/submit"), &all, &files).await
}

#[tokio::test]
async fn the_demo_day_lists_events_by_country_with_pages_and_calendar_files() {
    let app = demo().await;
    let (day, _) = the_day(&app).await;
    let mut reader = app.agent();
    let campaign = reader.get(&format!("/ar/c/{CAMPAIGN}")).await;
    assert!(campaign.body.contains(&format!("/ar/c/{CAMPAIGN}/days/{day}")), "the campaign page links its day of action");
    let page = reader.get(&format!("/ar/c/{CAMPAIGN}/days/{day}")).await;
    assert_eq!(page.status, 200);
    page.assert_translated();
    assert_eq!(page.body.matches(&format!("<li><a href=\"/ar/c/{CAMPAIGN}/events/")).count(), 7, "seven demo events in the list");
    assert!(page.body.contains("<svg") && page.body.contains("class=\"land\"") && page.body.matches("class=\"point").count() >= 6, "and on the map");
    assert!(page.body.contains("ألمانيا") && page.body.contains("Europe/Berlin"), "countries in Arabic, each event's zone named");
    let german = reader.get(&format!("/en/c/{CAMPAIGN}/days/{day}?country=DE")).await;
    assert_eq!(german.body.matches(&format!("<li><a href=\"/en/c/{CAMPAIGN}/events/")).count(), 1);
    // An event's page and its calendar file, read by an independent parser: 18:00 in Berlin.
    let (event,): (i64,) = sqlx::query_as("SELECT id FROM events WHERE country = 'DE'").fetch_one(&app.state.db.pool).await.unwrap();
    let page = reader.get(&format!("/en/c/{CAMPAIGN}/events/{event}")).await;
    assert_eq!(page.status, 200);
    page.assert_translated();
    assert!(page.body.contains("6:00") || page.body.contains("18:00"), "{}", page.body);
    let ics = reader.get(&format!("/c/{CAMPAIGN}/events/{event}.ics")).await;
    assert_eq!(ics.header("content-type"), "text/calendar; charset=utf-8");
    let cal = ical::IcalParser::new(std::io::BufReader::new(ics.body.as_bytes())).next().expect("a calendar").expect("it parses");
    assert_eq!(cal.events.len(), 1);
    assert_eq!(cal.timezones.len(), 1, "its VTIMEZONE");
    let start = cal.events[0].properties.iter().find(|p| p.name == "DTSTART").unwrap();
    assert!(start.value.as_deref().unwrap().ends_with("T180000"), "{start:?}");
    assert!(start.params.as_ref().unwrap().iter().any(|(k, v)| k == "TZID" && v == &vec!["Europe/Berlin".to_string()]));
    let description = cal.events[0].properties.iter().find(|p| p.name == "DESCRIPTION").unwrap().value.clone().unwrap();
    assert!(description.contains(&format!("/c/{CAMPAIGN}/events/{event}")), "the link is in DESCRIPTION too");
    // The day's feed: every event, each zone once.
    let feed = reader.get(&format!("/c/{CAMPAIGN}/days/{day}.ics")).await;
    let cal = ical::IcalParser::new(std::io::BufReader::new(feed.body.as_bytes())).next().unwrap().unwrap();
    assert_eq!(cal.events.len(), 7);
    assert!(cal.timezones.len() >= 6, "one VTIMEZONE per zone");
    let de = reader.get(&format!("/c/{CAMPAIGN}/days/{day}-DE.ics")).await;
    assert_eq!(ical::IcalParser::new(std::io::BufReader::new(de.body.as_bytes())).next().unwrap().unwrap().events.len(), 1);
    assert_eq!(reader.get(&format!("/c/{CAMPAIGN}/days/{day}-de.ics")).await.status, 404);
    app.finish().await;
}

#[tokio::test]
async fn an_event_is_submitted_checked_confirmed_moderated_and_cancelled() {
    let app = demo().await;
    let (day, date) = the_day(&app).await;
    let mut organiser = app.agent();
    let starts = format!("{date}T18:00");
    let ends = format!("{date}T20:00");
    // Bad input: the end before the start, an unknown zone, a city not found, no title, a
    // photo that is not a picture. The messages come in Arabic; what was typed is kept.
    let early = format!("{date}T17:00");
    let mut fields = event_fields(&date, &starts, &early, "rania@example.org");
    fields.retain(|(k, _)| !matches!(*k, "title" | "city"));
    fields.push(("title", ""));
    fields.push(("city", "Atlantis"));
    let res = submit(&mut organiser, "ar", &day, &fields, Some(b"not a picture")).await;
    assert_eq!(res.status, 422, "{}", res.body);
    res.assert_translated();
    for field in ["title", "city", "photo"] {
        assert!(res.body.contains(&format!("href=\"#event-{field}\"")), "{field}: {}", res.body);
    }
    assert!(res.body.contains("value=\"Pariser Platz\""), "kept");
    let mut fields = event_fields(&date, &starts, &early, "rania@example.org");
    fields.push(("time_zone", "Mars/Olympus"));
    let res = submit(&mut organiser, "en", &day, &fields, None).await;
    assert!(res.body.contains("href=\"#event-time_zone\""), "{}", res.body);
    let fields = event_fields(&date, &starts, &early, "rania@example.org");
    let res = submit(&mut organiser, "en", &day, &fields, None).await;
    assert!(res.body.contains("The end comes before the start"), "{}", res.body);
    // A date outside the day of action.
    let fields = event_fields(&date, "2020-01-01T18:00", "2020-01-01T19:00", "rania@example.org");
    let res = submit(&mut organiser, "en", &day, &fields, None).await;
    assert!(res.body.contains("must start on the day of action"), "{}", res.body);
    // An ambiguous name: the organiser chooses from a list.
    let mut fields = event_fields(&date, &starts, &ends, "rania@example.org");
    fields.retain(|(k, v)| !(*k == "city" || (*k == "country" && *v == "DE")));
    fields.push(("country", "US"));
    fields.push(("city", "Springfield"));
    fields.push(("time_zone", "America/Chicago"));
    let res = submit(&mut organiser, "en", &day, &fields, None).await;
    assert_eq!(res.status, 422);
    assert!(res.body.matches("name=\"city_id\"").count() >= 2, "a list to choose from: {}", res.body);

    // A good one, with a photo.
    let photo = {
        let img = image::RgbImage::from_fn(64, 48, |x, y| image::Rgb([x as u8 * 3, y as u8 * 4, 100]));
        let mut jpeg = Vec::new();
        img.write_to(&mut std::io::Cursor::new(&mut jpeg), image::ImageFormat::Jpeg).unwrap();
        jpeg
    };
    let res = submit(&mut organiser, "en", &day, &event_fields(&date, &starts, &ends, "rania@example.org"), Some(&photo)).await;
    assert_eq!(res.status, 303, "{}", res.body);
    app.wait_for_jobs().await;
    let mail = decode_mail(&outbox(&app).into_iter().find(|m| m.contains("To: rania@example.org")).expect("a mail to the organiser"));
    let confirm = link_in(&mail, "/en/events/confirm/").expect("a confirmation link");
    let manage = link_in(&mail, "/en/events/manage/").expect("a management link");
    assert_eq!(organiser.get(&confirm).await.status, 200);
    assert_eq!(organiser.post(&confirm, &[]).await.status, 200);
    let (event, status): (i64, String) = sqlx::query_as("SELECT id, status FROM events WHERE organiser_email_ct IS NOT NULL AND title LIKE 'Mahnwache%'").fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(status, "pending");
    // Not public before approval.
    assert_eq!(app.agent().get(&format!("/en/c/{CAMPAIGN}/events/{event}")).await.status, 404);
    // A moderator asks for changes (a message is required), then approves.
    let mut moderator = app.signed_in_as("ev-mod", Role::Moderator, None).await;
    let base = format!("/en/staff/campaigns/{CAMPAIGN}/events/{event}");
    let res = moderator.submit(&base, &format!("{base}/decide"), &[("decision", "changes"), ("message", "")]).await;
    assert_eq!(res.status, 422);
    let res = moderator.submit(&base, &format!("{base}/decide"), &[("decision", "changes"), ("message", "Bitte die Uhrzeit prüfen.")]).await;
    assert_eq!(res.status, 303);
    let res = moderator.submit(&base, &format!("{base}/decide"), &[("decision", "approve")]).await;
    assert_eq!(res.status, 303);
    app.wait_for_jobs().await;
    let mails: Vec<String> = outbox(&app).iter().map(|m| decode_mail(m)).filter(|m| m.contains("To: rania@example.org")).collect();
    assert!(mails.iter().any(|m| m.contains("Bitte die Uhrzeit")), "the moderator's message is mailed");
    let page = app.agent().get(&format!("/en/c/{CAMPAIGN}/events/{event}")).await;
    assert_eq!(page.status, 200);
    assert!(!page.body.contains("Pariser Platz"), "the address is for attendees unless made public");
    let photo_res = reqwest::get(format!("{}/event-photos/{event}.jpg", app.base)).await.unwrap();
    assert_eq!(photo_res.status(), 200);
    // The organiser's page; cancelling needs the box ticked.
    let page = organiser.get(&manage).await;
    assert_eq!(page.status, 200);
    page.assert_translated();
    organiser.post(&format!("{manage}/cancel"), &[]).await;
    let (status,): (String,) = sqlx::query_as("SELECT status FROM events WHERE id = $1").bind(event).fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(status, "approved");
    organiser.post(&format!("{manage}/cancel"), &[("sure", "yes")]).await;
    let (status,): (String,) = sqlx::query_as("SELECT status FROM events WHERE id = $1").bind(event).fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(status, "cancelled");
    assert!(app.agent().get(&format!("/en/c/{CAMPAIGN}/events/{event}")).await.body.contains("This event is cancelled"));
    // Neither the organiser's name nor email nor the address in clear in the database.
    let dump = crate::common::database_text(&app).await;
    assert!(!dump.contains("rania@example.org") && !dump.contains("Pariser Platz"));
    app.finish().await;
}

#[tokio::test]
async fn staff_of_an_approved_organisation_are_trusted_hosts() {
    let app = demo().await;
    let (day, date) = the_day(&app).await;
    let org = crate::organisations::approved_organisation(&app, "Host Org", "host@example.org").await;
    let mut host = app.signed_in_as("host-staff", Role::OrgStaff, Some(org.id)).await;
    let (starts, ends) = (format!("{date}T18:00"), format!("{date}T19:30"));
    let res = submit(&mut host, "en", &day, &event_fields(&date, &starts, &ends, "host-staff@example.org"), None).await;
    assert_eq!(res.status, 303, "{}", res.body);
    let (status, host_org): (String, Option<i64>) = sqlx::query_as("SELECT status, host_org FROM events WHERE title LIKE 'Mahnwache%'").fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(status, "approved", "no moderation for a trusted host");
    assert_eq!(host_org.map(|i| i.to_string()), Some(org.id.to_string()));
    // A moderator may not declare days; a coordinator may, and bad dates are refused.
    let mut moderator = app.signed_in_as("day-mod", Role::Moderator, None).await;
    assert_eq!(moderator.get(&format!("/en/staff/campaigns/{CAMPAIGN}/days")).await.status, 403);
    let mut coordinator = app.signed_in("day-coord").await;
    let days = format!("/en/staff/campaigns/{CAMPAIGN}/days");
    let res = coordinator.submit(&days, &days, &[("first_day", "2026-05-10"), ("last_day", "2026-05-01"), ("title_ar", "")]).await;
    assert_eq!(res.status, 422);
    res.assert_translated();
    let res = coordinator.submit(&days, &days, &[("first_day", "2026-05-10"), ("title_ar", "يوم التحرّك الثاني"), ("title_en", "Second day of action")]).await;
    assert_eq!(res.status, 303, "{}", res.body);
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM action_days").fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(n, 2);
    app.finish().await;
}

/// Answer the event as `email` and confirm from the mail: the confirmation page's words.
async fn answer_and_confirm(app: &TestApp, event_page: &str, email: &str) -> String {
    let mut agent = app.agent();
    let page = agent.get(event_page).await;
    assert_eq!(page.status, 200, "{}", page.body);
    let token = page.hidden("form_token");
    let name = email.split('@').next().unwrap_or("Attendee").to_uppercase();
    let res = agent.post(&format!("{event_page}/attend"), &[("form_token", &token), ("name", &name), ("email", email)]).await;
    assert_eq!(res.status, 303, "{}", res.body);
    app.wait_for_jobs().await;
    let mail = decode_mail(&outbox(app).into_iter().rev().find(|m| m.contains(&format!("To: {email}"))).expect("a mail"));
    let link = link_in(&mail, "/en/events/attend/").expect("a confirmation link");
    let res = agent.post(&link, &[]).await;
    assert_eq!(res.status, 200);
    res.body
}

#[tokio::test]
async fn answers_are_confirmed_the_full_event_has_a_waiting_list_and_a_cancellation_moves_it_up() {
    let app = demo().await;
    let (day, date) = the_day(&app).await;
    // An event with one place, approved.
    let mut organiser = app.agent();
    let (starts, ends) = (format!("{date}T18:00"), format!("{date}T20:00"));
    let mut fields = event_fields(&date, &starts, &ends, "small@example.org");
    fields.retain(|(k, _)| *k != "capacity");
    fields.push(("capacity", "1"));
    assert_eq!(submit(&mut organiser, "en", &day, &fields, None).await.status, 303);
    app.wait_for_jobs().await;
    let mail = decode_mail(&outbox(&app).into_iter().find(|m| m.contains("To: small@example.org")).unwrap());
    assert_eq!(organiser.post(&link_in(&mail, "/en/events/confirm/").unwrap(), &[]).await.status, 200);
    let manage = link_in(&mail, "/en/events/manage/").unwrap();
    let (event,): (i64,) = sqlx::query_as("SELECT id FROM events WHERE capacity = 1").fetch_one(&app.state.db.pool).await.unwrap();
    let mut coordinator = app.signed_in("rsvp-coord").await;
    let base = format!("/en/staff/campaigns/{CAMPAIGN}/events/{event}");
    assert_eq!(coordinator.submit(&base, &format!("{base}/decide"), &[("decision", "approve")]).await.status, 303);
    let page = format!("/en/c/{CAMPAIGN}/events/{event}");

    let first = answer_and_confirm(&app, &page, "first@example.org").await;
    assert!(first.contains("You have a place"), "{first}");
    let second = answer_and_confirm(&app, &page, "second@example.org").await;
    assert!(second.contains("waiting list"), "{second}");
    // Reminders are planned at the event's local hours, for the one with a place.
    let starts_at: (i64, String) = sqlx::query_as("SELECT starts_at, time_zone FROM events WHERE id = $1").bind(event).fetch_one(&app.state.db.pool).await.unwrap();
    let planned: Vec<(i64,)> = sqlx::query_as("SELECT run_at FROM jobs WHERE kind = 'rsvp-mail' AND payload LIKE '%reminder%' ORDER BY run_at").fetch_all(&app.state.db.pool).await.unwrap();
    let expected = tadamun::events::model::reminder_times(starts_at.0, &starts_at.1, tadamun::db::now());
    assert_eq!(planned.into_iter().map(|(t,)| t).collect::<Vec<_>>(), expected);
    // The organiser sees who comes (and no one else's attendees).
    let list = organiser.get(&manage).await.body;
    assert!(list.contains("FIRST") && list.contains("SECOND"), "{list}");
    assert!(!list.contains("first@example.org"), "the organiser sees names, never addresses");
    // The first cancels: the second moves up and is told.
    let mail = decode_mail(&outbox(&app).into_iter().rev().find(|m| m.contains("To: first@example.org")).unwrap());
    let cancel = link_in(&mail, "/en/events/rsvp/").expect("a cancel link in every attendee mail");
    let mut first_agent = app.agent();
    assert_eq!(first_agent.get(&cancel).await.status, 200, "a GET changes nothing");
    let res = first_agent.post(&cancel, &[]).await;
    assert!(res.body.contains("no longer expected"), "{}", res.body);
    app.wait_for_jobs().await;
    let moved = outbox(&app).iter().map(|m| decode_mail(m)).any(|m| m.contains("To: second@example.org") && m.contains("you now have a place"));
    assert!(moved, "the waiting list moved up");
    let statuses: Vec<(String,)> = sqlx::query_as("SELECT status FROM rsvps ORDER BY created_at").fetch_all(&app.state.db.pool).await.unwrap();
    assert_eq!(statuses.into_iter().map(|(s,)| s).collect::<Vec<_>>(), vec!["cancelled", "attending"]);
    // Bad input is answered on the page, what was typed kept.
    let mut agent = app.agent();
    let form = agent.get(&page).await;
    let token = form.hidden("form_token");
    let res = agent.post(&format!("{page}/attend"), &[("form_token", &token), ("name", "Kept Name"), ("email", "not an email")]).await;
    assert_eq!(res.status, 422);
    assert!(res.body.contains("value=\"Kept Name\""));
    // Erasing oneself takes one's answers, and the place goes to the next person waiting.
    let third = answer_and_confirm(&app, &page, "third@example.org").await;
    assert!(third.contains("waiting list"), "{third}");
    let mail = outbox(&app).into_iter().rev().find(|m| m.contains("To: second@example.org")).unwrap();
    let own = link_in(&decode_mail(&mail), "/en/me/").expect("an own-page link");
    // The own page and the download say which events they answered, as what, under what name.
    let page = agent.get(&own).await.body;
    assert!(page.contains("Events you said you would attend") && page.contains("You have a place") && page.contains("SECOND"), "{page}");
    let data = agent.get(&format!("{own}/data.json")).await.body;
    assert!(data.contains("event_answers") && data.contains("\"attending\"") && data.contains("SECOND"), "{data}");
    assert_eq!(agent.post(&format!("{own}/erase"), &[("sure", "yes")]).await.status, 200);
    let (gone,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM rsvps r JOIN supporters s ON s.id = r.supporter_id WHERE r.status <> 'cancelled'").fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(gone, 1, "only the third's answer is left");
    let (left,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM rsvps WHERE status = 'attending'").fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(left, 1, "the third has the place");
    app.wait_for_jobs().await;
    assert!(outbox(&app).iter().map(|m| decode_mail(m)).any(|m| m.contains("To: third@example.org") && m.contains("you now have a place")), "the third is told");
    assert!(!outbox(&app).iter().any(|m| m.contains("To: second@example.org")), "the erased person's mails are gone from the outbox");
    // The reminders wait for their day; the harness wants an empty queue at the end.
    sqlx::query("DELETE FROM jobs WHERE kind = 'rsvp-mail' AND run_at > $1").bind(tadamun::db::now()).execute(&app.state.db.pool).await.unwrap();
    app.finish().await;
}

#[tokio::test]
async fn after_the_event_its_organiser_reports_and_the_campaign_shows_the_tally_and_photos() {
    let app = demo().await;
    let (day, date) = the_day(&app).await;
    let mut organiser = app.agent();
    let (starts, ends) = (format!("{date}T18:00"), format!("{date}T20:00"));
    assert_eq!(submit(&mut organiser, "en", &day, &event_fields(&date, &starts, &ends, "reporter@example.org"), None).await.status, 303);
    app.wait_for_jobs().await;
    let mail = decode_mail(&outbox(&app).into_iter().find(|m| m.contains("To: reporter@example.org")).unwrap());
    assert_eq!(organiser.post(&link_in(&mail, "/en/events/confirm/").unwrap(), &[]).await.status, 200);
    let manage = link_in(&mail, "/en/events/manage/").unwrap();
    let (event,): (i64,) = sqlx::query_as("SELECT id FROM events WHERE title LIKE 'Mahnwache%'").fetch_one(&app.state.db.pool).await.unwrap();
    let mut coordinator = app.signed_in("rep-coord").await;
    let base = format!("/en/staff/campaigns/{CAMPAIGN}/events/{event}");
    assert_eq!(coordinator.submit(&base, &format!("{base}/decide"), &[("decision", "approve")]).await.status, 303);
    // Before it starts there is no report form; a report posted anyway is refused.
    assert!(!organiser.get(&manage).await.body.contains("name=\"attended\""));
    assert_eq!(organiser.post_multipart(&format!("{manage}/report"), &[("attended", "10")], &[]).await.status, 404);
    // The event has taken place.
    let now = tadamun::db::now();
    sqlx::query("UPDATE events SET starts_at = $2, ends_at = $3 WHERE id = $1").bind(event).bind(now - 7200).bind(now - 3600).execute(&app.state.db.pool).await.unwrap();
    let page = organiser.get(&manage).await;
    assert!(page.body.contains("name=\"attended\""), "{}", page.body);
    let res = organiser.post_multipart(&format!("{manage}/report"), &[("attended", "many"), ("text", "Kept text")], &[]).await;
    assert_eq!(res.status, 422);
    assert!(res.body.contains("Kept text"), "what was typed is kept");
    let jpeg = {
        let img = image::RgbImage::from_fn(80, 60, |x, y| image::Rgb([x as u8 * 3, y as u8 * 4, 90]));
        let mut out = Vec::new();
        img.write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Jpeg).unwrap();
        out
    };
    // Six photos are one too many: said, not dropped quietly; a decimal is not a headcount.
    let six: Vec<(&str, &str, &[u8])> = (0..6).map(|_| ("photos", "p.jpg", jpeg.as_slice())).collect();
    let res = organiser.post_multipart(&format!("{manage}/report"), &[("attended", "120"), ("text", "x")], &six).await;
    assert_eq!(res.status, 422);
    assert!(res.body.contains("At most 5 more photos"), "{}", res.body);
    let res = organiser.post_multipart(&format!("{manage}/report"), &[("attended", "1.5"), ("text", "x")], &[]).await;
    assert_eq!(res.status, 422);
    let files: Vec<(&str, &str, &[u8])> = (0..5).map(|_| ("photos", "p.jpg", jpeg.as_slice())).collect();
    let res = organiser.post_multipart(&format!("{manage}/report"), &[("attended", "١٢٠"), ("text", "Wir waren **viele**.")], &files).await;
    assert_eq!(res.status, 303, "{}", res.body);
    let (photos,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM event_photos").fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(photos, 5, "at most five photos");
    let (photo,): (i64,) = sqlx::query_as("SELECT MIN(id) FROM event_photos").fetch_one(&app.state.db.pool).await.unwrap();
    // Nothing of it shows before a moderator has looked: not the text, not the photos (faces
    // of people at a protest), not its headcount in the tally.
    assert!(organiser.get(&manage).await.body.contains("Waiting for a moderator"));
    let hidden = |body: &str| !body.contains("took part") && !body.contains("/report-photos/") && !body.contains("viele");
    let page = app.agent().get(&format!("/en/c/{CAMPAIGN}/events/{event}")).await;
    assert!(hidden(&page.body), "{}", page.body);
    let campaign = app.agent().get(&format!("/en/c/{CAMPAIGN}")).await;
    assert!(hidden(&campaign.body) && !campaign.body.contains("120 people"), "{}", campaign.body);
    assert_eq!(reqwest::get(format!("{}/report-photos/{photo}.jpg", app.base)).await.unwrap().status(), 404);
    // The moderators see it waiting, with its photos (theirs only), and publish it.
    let list = coordinator.get(&format!("/en/staff/campaigns/{CAMPAIGN}/events?reports=pending")).await.body;
    assert!(list.contains("Reports waiting (1)") && list.contains(&format!("/events/{event}\"")), "{list}");
    let detail = coordinator.get(&base).await.body;
    assert!(detail.contains("120 people took part") && detail.contains(&format!("{base}/report-photos/{photo}.jpg")), "{detail}");
    let staff_photo = coordinator.get(&format!("{base}/report-photos/{photo}.jpg")).await;
    assert_eq!(staff_photo.status, 200);
    assert_eq!(app.agent().get(&format!("{base}/report-photos/{photo}.jpg")).await.status, 303, "anonymous: to the sign-in");
    let res = coordinator.submit(&base, &format!("{base}/report"), &[("decision", "publish")]).await;
    assert_eq!(res.status, 303);
    let page = app.agent().get(&format!("/en/c/{CAMPAIGN}/events/{event}")).await;
    assert!(page.body.contains("120 people took part") && page.body.contains("<strong>viele</strong>"), "{}", page.body);
    let campaign = app.agent().get(&format!("/en/c/{CAMPAIGN}")).await;
    assert!(campaign.body.contains("1 event held") && campaign.body.contains("1 country") && campaign.body.contains("120 people taking part"), "{}", campaign.body);
    assert_eq!(campaign.body.matches("/report-photos/").count(), 5, "the gallery");
    let res = reqwest::get(format!("{}/report-photos/{photo}.jpg", app.base)).await.unwrap();
    assert_eq!(res.headers()["content-type"], "image/jpeg");
    // A change goes back before the moderators; taken down, it is gone again.
    let res = organiser.post_multipart(&format!("{manage}/report"), &[("attended", "121"), ("text", "Wir waren **viele**!")], &[]).await;
    assert_eq!(res.status, 303);
    assert!(hidden(&app.agent().get(&format!("/en/c/{CAMPAIGN}/events/{event}")).await.body));
    coordinator.submit(&base, &format!("{base}/report"), &[("decision", "publish")]).await;
    assert!(app.agent().get(&format!("/en/c/{CAMPAIGN}/events/{event}")).await.body.contains("121 people took part"));
    coordinator.submit(&base, &format!("{base}/report"), &[("decision", "hide")]).await;
    assert!(hidden(&app.agent().get(&format!("/en/c/{CAMPAIGN}/events/{event}")).await.body));
    assert_eq!(reqwest::get(format!("{}/report-photos/{photo}.jpg", app.base)).await.unwrap().status(), 404);
    assert_eq!(coordinator.submit(&base, &format!("{base}/report"), &[("decision", "bogus")]).await.status, 400);
    let (audited,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM audit_log WHERE action IN ('report-published', 'report-hidden')").fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(audited, 3);
    app.finish().await;
}

#[tokio::test]
async fn the_organiser_changes_the_time_and_everyone_coming_is_told() {
    let app = demo().await;
    let (day, date) = the_day(&app).await;
    let mut organiser = app.agent();
    let (starts, ends) = (format!("{date}T18:00"), format!("{date}T20:00"));
    assert_eq!(submit(&mut organiser, "en", &day, &event_fields(&date, &starts, &ends, "mover@example.org"), None).await.status, 303);
    app.wait_for_jobs().await;
    let mail = decode_mail(&outbox(&app).into_iter().find(|m| m.contains("To: mover@example.org")).unwrap());
    assert_eq!(organiser.post(&link_in(&mail, "/en/events/confirm/").unwrap(), &[]).await.status, 200);
    let manage = link_in(&mail, "/en/events/manage/").unwrap();
    let (event,): (i64,) = sqlx::query_as("SELECT id FROM events WHERE title LIKE 'Mahnwache%'").fetch_one(&app.state.db.pool).await.unwrap();
    // Asked for changes, the organiser edits, and it goes back to the moderators.
    let mut moderator = app.signed_in_as("mv-mod", Role::Moderator, None).await;
    let base = format!("/en/staff/campaigns/{CAMPAIGN}/events/{event}");
    assert_eq!(moderator.submit(&base, &format!("{base}/decide"), &[("decision", "changes"), ("message", "Add the accessibility notes.")]).await.status, 303);
    let edit = format!("{manage}/edit");
    let form = organiser.get(&edit).await;
    assert_eq!(form.status, 200);
    form.assert_translated();
    assert!(form.body.contains("value=\"Mahnwache am Brandenburger Tor\"") && form.body.contains("Pariser Platz"), "prefilled");
    let mut fields = event_fields(&date, &starts, &ends, "ignored@example.org");
    fields.push(("accessibility", "Step-free."));
    let res = organiser.post_multipart(&edit, &fields, &[]).await;
    assert_eq!(res.status, 303, "{}", res.body);
    let (status, email_ct_is_set): (String, i64) = sqlx::query_as("SELECT status, CASE WHEN organiser_email_ct IS NULL THEN 0 ELSE 1 END FROM events WHERE id = $1").bind(event).fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!((status.as_str(), email_ct_is_set), ("pending", 1));
    assert_eq!(moderator.submit(&base, &format!("{base}/decide"), &[("decision", "approve")]).await.status, 303);
    let attendee = answer_and_confirm(&app, &format!("/en/c/{CAMPAIGN}/events/{event}"), "goer@example.org").await;
    assert!(attendee.contains("You have a place"));
    // Approved: the time moves by an hour; the title cannot change here.
    let later = format!("{date}T19:00");
    let mut fields = event_fields(&date, &later, &ends, "ignored@example.org");
    fields.retain(|(k, _)| *k != "title");
    fields.push(("title", "A new title"));
    let res = organiser.post_multipart(&edit, &fields, &[]).await;
    assert_eq!(res.status, 303, "{}", res.body);
    let (title, status): (String, String) = sqlx::query_as("SELECT title, status FROM events WHERE id = $1").bind(event).fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!((title.as_str(), status.as_str()), ("Mahnwache am Brandenburger Tor", "approved"), "what was approved stays; the event stays up");
    app.wait_for_jobs().await;
    let told = outbox(&app).iter().map(|m| decode_mail(m)).any(|m| m.contains("To: goer@example.org") && m.contains("time or place"));
    assert!(told, "the attendee is told of the new time");
    // Its place stays what the moderators approved: a new address is not taken.
    let mut fields = event_fields(&date, &later, &ends, "ignored@example.org");
    fields.retain(|(k, _)| *k != "address");
    fields.push(("address", "Somewhere Else 1"));
    assert_eq!(organiser.post_multipart(&edit, &fields, &[]).await.status, 303);
    let form = organiser.get(&edit).await.body;
    assert!(form.contains("Pariser Platz") && !form.contains("Somewhere Else"), "the approved place stays");
    assert!(form.contains("id=\"event-address\" name=\"address\"") && form.contains("readonly"), "and the form says so");
    let (new_start,): (i64,) = sqlx::query_as("SELECT starts_at FROM events WHERE id = $1").bind(event).fetch_one(&app.state.db.pool).await.unwrap();
    let planned: Vec<(String,)> = sqlx::query_as("SELECT payload FROM jobs WHERE kind = 'rsvp-mail' AND payload LIKE '%reminder%'").fetch_all(&app.state.db.pool).await.unwrap();
    assert!(planned.iter().any(|(p,)| p.contains(&new_start.to_string())), "reminders follow the new time");
    sqlx::query("DELETE FROM jobs WHERE kind = 'rsvp-mail' AND run_at > $1").bind(tadamun::db::now()).execute(&app.state.db.pool).await.unwrap();
    app.finish().await;
}

/// Found by review: a name typed elsewhere reached the organiser; a private address never
/// reached attendees; attendees were not told when an event was called off; trust crossed
/// campaigns; an event form mailed one address without end.
#[tokio::test]
async fn attendees_get_the_address_and_the_news_and_organisers_see_only_the_name_typed_for_them() {
    let app = demo().await;
    let (day, date) = the_day(&app).await;
    let mut organiser = app.agent();
    let (starts, ends) = (format!("{date}T18:00"), format!("{date}T20:00"));
    assert_eq!(submit(&mut organiser, "en", &day, &event_fields(&date, &starts, &ends, "private@example.org"), None).await.status, 303);
    app.wait_for_jobs().await;
    let mail = decode_mail(&outbox(&app).into_iter().find(|m| m.contains("To: private@example.org")).unwrap());
    assert_eq!(organiser.post(&link_in(&mail, "/en/events/confirm/").unwrap(), &[]).await.status, 200);
    let manage = link_in(&mail, "/en/events/manage/").unwrap();
    let (event,): (i64,) = sqlx::query_as("SELECT id FROM events WHERE title LIKE 'Mahnwache%'").fetch_one(&app.state.db.pool).await.unwrap();
    let mut coordinator = app.signed_in("mend-coord").await;
    let base = format!("/en/staff/campaigns/{CAMPAIGN}/events/{event}");
    assert_eq!(coordinator.submit(&base, &format!("{base}/decide"), &[("decision", "approve")]).await.status, 303);
    // The same person signed a petition under their full name; here they answer as "Sam".
    let mut signer = app.agent();
    let petition = signer.get("/en/c/defend-idlib/p/open-the-borders").await;
    let token = petition.hidden("form_token");
    signer.post("/en/c/defend-idlib/p/open-the-borders/sign", &[("form_token", &token), ("name", "Real Fullname"), ("email", "sam@example.org"), ("country", "DE")]).await;
    app.wait_for_jobs().await;
    let page = format!("/en/c/{CAMPAIGN}/events/{event}");
    let mut agent = app.agent();
    let form = agent.get(&page).await;
    let token = form.hidden("form_token");
    agent.post(&format!("{page}/attend"), &[("form_token", &token), ("name", "Sam"), ("email", "sam@example.org")]).await;
    app.wait_for_jobs().await;
    let mail = decode_mail(&outbox(&app).into_iter().rev().find(|m| m.contains("To: sam@example.org") && m.contains("/en/events/attend/")).unwrap());
    agent.post(&link_in(&mail, "/en/events/attend/").unwrap(), &[]).await;
    app.wait_for_jobs().await;
    let list = organiser.get(&manage).await.body;
    assert!(list.contains(">Sam<") && !list.contains("Real Fullname") && !list.contains("sam@example.org"), "{list}");
    // The private address reaches the attendee in the mail that gives them their place.
    let place = outbox(&app).iter().map(|m| decode_mail(m)).find(|m| m.contains("To: sam@example.org") && m.contains("You have a place")).expect("a place");
    assert!(place.contains("Pariser Platz"), "{place}");
    // With the calendar file attached: it parses, and holds the private address for them.
    assert!(place.contains(&format!("filename=\"event-{event}.ics\"")), "{place}");
    let attached = |mail: &str| {
        let from = mail.find("BEGIN:VCALENDAR").expect("a calendar in the mail");
        let to = mail.find("END:VCALENDAR").expect("a whole calendar") + "END:VCALENDAR".len();
        ical::IcalParser::new(std::io::BufReader::new(mail[from..to].as_bytes())).next().expect("a calendar").expect("it parses")
    };
    let cal = attached(&place);
    let prop = |cal: &ical::parser::ical::component::IcalCalendar, name: &str| cal.events[0].properties.iter().find(|p| p.name == name).and_then(|p| p.value.clone()).unwrap_or_default();
    assert!(prop(&cal, "LOCATION").contains("Pariser Platz"));
    assert_eq!(prop(&cal, "STATUS"), "CONFIRMED");
    // The organiser writes to the people coming: each gets it, from the campaign, in a mail of
    // its own; the text is kept encrypted.
    let write = format!("{manage}/write");
    let res = organiser.post(&write, &[("message", "Meet at the north gate.\n\nBring water.")]).await;
    assert_eq!(res.status, 303, "{}", res.body);
    let after = organiser.get(res.location()).await.body;
    assert!(after.contains("on its way to 1 person"), "{after}");
    app.wait_for_jobs().await;
    let note = outbox(&app).iter().map(|m| decode_mail(m)).find(|m| m.contains("To: sam@example.org") && m.contains("Meet at the north gate.")).expect("the message reaches the attendee");
    assert!(note.contains("Bring water.") && !note.contains("private@example.org"), "{note}");
    let (stored,): (Vec<u8>,) = sqlx::query_as("SELECT body_ct FROM event_messages").fetch_one(&app.state.db.pool).await.unwrap();
    assert!(!String::from_utf8_lossy(&stored).contains("north gate"), "kept encrypted");
    // Bad input is refused on the page with the text kept; at most three a day.
    let res = organiser.post(&write, &[("message", "Look \u{202E}txet")]).await;
    assert_eq!(res.status, 422);
    assert!(res.body.contains("Look \u{202E}txet") || res.body.contains("Look &#x202E;txet") || res.body.contains("txet"), "what was typed is kept");
    assert_eq!(organiser.post(&write, &[("message", "   ")]).await.status, 422);
    assert_eq!(organiser.post(&write, &[("message", &"x".repeat(2_001))]).await.status, 422);
    for n in 2..=3 {
        assert_eq!(organiser.post(&write, &[("message", &format!("Update {n}"))]).await.status, 303);
    }
    let res = organiser.post(&write, &[("message", "Update 4")]).await;
    assert_eq!(res.status, 422);
    assert!(res.body.contains("Three messages have gone today") && res.body.contains("Update 4"), "{}", res.body);
    // Another event's link writes to no one here, and a made-up link is not found.
    assert_eq!(organiser.post("/en/events/manage/not-a-link/write", &[("message", "hi")]).await.status, 404);
    app.wait_for_jobs().await;
    assert_eq!(outbox(&app).iter().map(|m| decode_mail(m)).filter(|m| m.contains("To: sam@example.org") && m.contains("write to everyone who has a place")).count(), 3);
    // Called off: told.
    organiser.post(&format!("{manage}/cancel"), &[("sure", "yes")]).await;
    app.wait_for_jobs().await;
    let off = outbox(&app).iter().map(|m| decode_mail(m)).find(|m| m.contains("To: sam@example.org") && m.contains("no longer takes place")).expect("told");
    // Its calendar file takes the event out of their calendar (same UID, cancelled).
    let after = organiser.get(&manage).await.body;
    assert!(!after.contains(">Sam<"), "a cancelled event's organiser no longer sees who was coming");
    let res = organiser.post(&format!("{manage}/write"), &[("message", "Still there?")]).await;
    assert!(res.status == 422 && res.body.contains("no longer takes place") && res.body.contains("Still there?"), "{}", res.body);
    let cal_off = attached(&off);
    assert_eq!(prop(&cal_off, "STATUS"), "CANCELLED");
    assert_eq!(prop(&cal_off, "UID"), prop(&cal, "UID"));
    let seq = |c: &ical::parser::ical::component::IcalCalendar| prop(c, "SEQUENCE").parse::<i64>().unwrap();
    assert!(seq(&cal_off) > seq(&cal), "a calendar takes the cancellation as the newer");
    // At most three events a day mail one organiser address.
    for _ in 0..4 {
        submit(&mut organiser, "en", &day, &event_fields(&date, &starts, &ends, "flooded@example.org"), None).await;
    }
    app.wait_for_jobs().await;
    assert_eq!(outbox(&app).iter().filter(|m| m.contains("To: flooded@example.org")).count(), 3);
    sqlx::query("DELETE FROM jobs WHERE kind = 'rsvp-mail' AND run_at > $1").bind(tadamun::db::now()).execute(&app.state.db.pool).await.unwrap();
    app.finish().await;
}

#[tokio::test]
async fn unconfirmed_events_and_answers_to_long_ended_events_are_purged() {
    let app = demo().await;
    let (day, date) = the_day(&app).await;
    let mut organiser = app.agent();
    let (starts, ends) = (format!("{date}T18:00"), format!("{date}T20:00"));
    assert_eq!(submit(&mut organiser, "en", &day, &event_fields(&date, &starts, &ends, "never-confirmed@example.org"), None).await.status, 303);
    app.wait_for_jobs().await;
    // An answer to a demo event, which then ended long ago.
    let (event,): (i64,) = sqlx::query_as("SELECT MIN(id) FROM events WHERE status = 'approved'").fetch_one(&app.state.db.pool).await.unwrap();
    answer_and_confirm(&app, &format!("/en/c/{CAMPAIGN}/events/{event}"), "long-ago@example.org").await;
    sqlx::query("DELETE FROM jobs WHERE kind = 'rsvp-mail' AND run_at > $1").bind(tadamun::db::now()).execute(&app.state.db.pool).await.unwrap();
    let count = |sql: &'static str| {
        let pool = app.state.db.pool.clone();
        async move { sqlx::query_as::<_, (i64,)>(sql).fetch_one(&pool).await.unwrap().0 }
    };
    assert_eq!(count("SELECT COUNT(*) FROM events WHERE status = 'unconfirmed'").await, 1);
    // Not yet: the event is to come, and the submission is fresh.
    tadamun::supporters::service::purge(&app.state, tadamun::db::now() - 3600).await.unwrap();
    assert_eq!(count("SELECT COUNT(*) FROM events WHERE status = 'unconfirmed'").await, 1);
    assert_eq!(count("SELECT COUNT(*) FROM rsvps").await, 1);
    let long_ago = tadamun::db::now() - (tadamun::events::service::ANSWERS_KEPT_DAYS + 1) * 86_400;
    sqlx::query("UPDATE events SET starts_at = $2, ends_at = $3 WHERE id = $1").bind(event).bind(long_ago - 3600).bind(long_ago).execute(&app.state.db.pool).await.unwrap();
    tadamun::supporters::service::purge(&app.state, tadamun::db::now() + 1).await.unwrap();
    assert_eq!(count("SELECT COUNT(*) FROM events WHERE status = 'unconfirmed'").await, 0, "the unconfirmed submission is gone");
    assert_eq!(count("SELECT COUNT(*) FROM rsvps").await, 0, "answers to a long-ended event are gone");
    app.finish().await;
}

#[tokio::test]
async fn slow_uploads_hold_no_one_else_up() {
    use tokio::io::AsyncWriteExt;
    let app = demo().await;
    let (day, date) = the_day(&app).await;
    let path = format!("/en/c/{CAMPAIGN}/days/{day}/submit");
    // A dozen connections that declare a large photo and send a byte now and then.
    let mut slow = Vec::new();
    for _ in 0..12 {
        let mut s = tokio::net::TcpStream::connect(app.addr).await.unwrap();
        let head = format!("POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: 1000000\r\n\r\n--b\r\n");
        s.write_all(head.as_bytes()).await.unwrap();
        slow.push(s);
    }
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    // Someone else's upload is read and answered at once, not told to come back later.
    let mut organiser = app.agent();
    let (starts, ends) = (format!("{date}T18:00"), format!("{date}T20:00"));
    let started = std::time::Instant::now();
    let res = submit(&mut organiser, "en", &day, &event_fields(&date, &starts, &ends, "not-held-up@example.org"), None).await;
    assert_eq!(res.status, 303, "{}", res.body);
    assert!(started.elapsed() < std::time::Duration::from_secs(5), "{:?}", started.elapsed());
    drop(slow);
    app.finish().await;
}
