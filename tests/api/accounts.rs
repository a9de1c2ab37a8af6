//! Staff accounts on the web: invitations, roles, disabling, sessions, and two-factor sign-in
//! (wrong, replayed and out-of-window codes refused; recovery codes good once).

use crate::common::{Agent, Options, TestApp, decode_mail, link_in, outbox};
use crate::organisations::approved_organisation;
use tadamun::staff::Role;

const PASSWORD: &str = "a long enough password";

/// The code an authenticator app shows for `secret_text` at `at` (unix seconds).
fn code(secret_text: &str, at: i64) -> String {
    let bytes = AsRef::<[u8]>::as_ref(&totp_rs::Secret::try_from_base32(secret_text.replace(' ', "")).unwrap()).to_vec();
    let totp = totp_rs::Builder::new().with_algorithm(totp_rs::Algorithm::SHA1).with_digits(6).with_step_duration(30).with_secret(bytes).build().unwrap();
    totp.generate(at as u64).to_string()
}

fn now() -> i64 {
    tadamun::db::now()
}

/// Invite through the accounts page and accept through the mailed link: the new account's agent.
async fn invite_and_accept(app: &TestApp, inviter: &mut Agent, email: &str, role: &str, organisation: Option<&str>, login: &str) -> Agent {
    let mut form = vec![("email", email), ("role", role), ("mail_lang", "ar")];
    if let Some(org) = organisation {
        form.push(("organisation", org));
    }
    let res = inviter.submit("/en/staff/accounts", "/en/staff/accounts", &form).await;
    assert_eq!(res.status, 303, "{}", res.body);
    let mail = outbox(app).into_iter().rev().find(|m| m.contains(email)).expect("an invitation mail");
    let mail = decode_mail(&mail);
    assert!(mail.contains("Content-Language: ar"), "the invitation is in the language chosen: {mail}");
    let link = link_in(&mail, "/ar/staff/invitation/").expect("an invitation link");
    let mut newcomer = app.agent();
    let page = newcomer.get(&link).await;
    assert_eq!(page.status, 200, "{}", page.body);
    page.assert_translated();
    let res = newcomer.submit(&link, &link, &[("login", login), ("password", "short"), ("repeat", "short")]).await;
    assert_eq!(res.status, 422, "a short password is refused");
    assert!(res.body.contains(&format!("value=\"{login}\"")), "the name typed is kept");
    let res = newcomer.submit(&link, &link, &[("login", login), ("password", PASSWORD), ("repeat", PASSWORD)]).await;
    assert_eq!(res.status, 303, "{}", res.body);
    // The link works once.
    assert_eq!(app.agent().get(&link).await.status, 404);
    let res = newcomer.sign_in("en", login, PASSWORD).await;
    assert_eq!(res.status, 303, "{}", res.body);
    newcomer
}

#[tokio::test]
async fn an_invited_organisation_admin_enrols_a_second_factor_and_codes_are_good_once() {
    let app = TestApp::spawn_with(Options { demo: true, ..Default::default() }).await;
    let org = approved_organisation(&app, "Union Nord", "nord-union@example.org").await;
    let mut coordinator = app.signed_in("coord").await;
    let org_id = org.id.to_string();
    let mut admin = invite_and_accept(&app, &mut coordinator, "admin@nord.example.org", "org-admin", Some(&org_id), "nord-admin").await;
    // An organisation's admin lands on their organisation.
    let home = admin.get("/en/staff/").await;
    assert_eq!(home.status, 303);
    assert!(home.location().ends_with("/en/staff/org"));
    let page = admin.get("/en/staff/org").await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains("Union Nord"));

    // Enrolment: a QR code drawn on the server and the secret as text.
    // The password first: a session alone does not bind the account to a phone.
    let res = admin.submit("/en/staff/security", "/en/staff/security", &[("action", "enrol-start"), ("password", "not my password")]).await;
    assert_eq!(res.status, 422, "{}", res.body);
    assert!(!res.body.contains("class=\"secret\""));
    let res = admin.submit("/en/staff/security", "/en/staff/security", &[("action", "enrol-start"), ("password", PASSWORD)]).await;
    assert_eq!(res.status, 200, "{}", res.body);
    assert!(res.body.contains("<svg") && res.body.contains("role=\"img\""), "a QR code as inline SVG");
    let start = res.body.find("class=\"secret\">").expect("the secret as text") + "class=\"secret\">".len();
    let secret = res.body[start..start + res.body[start..].find('<').unwrap()].to_string();
    let wrong = admin.submit("/en/staff/security", "/en/staff/security", &[("action", "enrol-finish"), ("code", "000000")]).await;
    assert_eq!(wrong.status, 422, "a wrong code does not turn it on");
    // A wrong code starts over with a new secret.
    let start = wrong.body.find("class=\"secret\">").unwrap() + "class=\"secret\">".len();
    let secret = {
        let fresh = wrong.body[start..start + wrong.body[start..].find('<').unwrap()].to_string();
        assert_ne!(fresh, secret);
        fresh
    };
    let enrol_code = code(&secret, now());
    let done = admin.submit("/en/staff/security", "/en/staff/security", &[("action", "enrol-finish"), ("code", &enrol_code)]).await;
    assert_eq!(done.status, 200, "{}", done.body);
    let recovery: Vec<String> = done.body.split("<li><code>").skip(1).map(|s| s.split('<').next().unwrap().to_string()).collect();
    assert_eq!(recovery.len(), 10, "ten recovery codes, shown once");
    let (stored,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM staff_recovery_codes").fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(stored, 10);
    let dump = crate::common::database_text(&app).await;
    assert!(!dump.contains(&recovery[0]) && !dump.contains(&recovery[0].replace('-', "")), "recovery codes are not stored in clear");

    // Signing in now takes a code: the password alone opens nothing.
    let mut again = app.agent();
    let res = again.sign_in("en", "nord-admin", PASSWORD).await;
    assert_eq!(res.status, 303);
    assert!(res.location().ends_with("/en/staff/login/code"));
    assert_eq!(again.get("/en/staff/org").await.status, 303, "the waiting session opens no staff page");
    // (Four wrong codes: the fifth would lock the account's codes for a minute, as passwords.)
    for bad in ["12345x", &code(&secret, now() - 120), &code(&secret, now() + 120)] {
        let res = again.submit("/en/staff/login/code", "/en/staff/login/code", &[("code", bad)]).await;
        assert_eq!(res.status, 422, "code {bad:?} refused");
    }
    // The code used to enrol (same 30-second step) is not good again.
    let res = again.submit("/en/staff/login/code", "/en/staff/login/code", &[("code", &enrol_code)]).await;
    assert_eq!(res.status, 422, "a replayed code is refused");
    // A recovery code works once, typed loosely.
    let loose = format!("  {}  ", recovery[0].to_uppercase());
    let res = again.submit("/en/staff/login/code", "/en/staff/login/code", &[("code", &loose)]).await;
    assert_eq!(res.status, 303, "{}", res.body);
    assert_eq!(again.get("/en/staff/org").await.status, 200);
    let mut third = app.agent();
    third.sign_in("en", "nord-admin", PASSWORD).await;
    let res = third.submit("/en/staff/login/code", "/en/staff/login/code", &[("code", &recovery[0])]).await;
    assert_eq!(res.status, 422, "a recovery code is good once");

    // The admin sees their sessions and ends one.
    let security = again.get("/en/staff/security").await;
    assert!(security.body.contains("recovery codes left") || security.body.contains("recovery code left"), "{}", security.body);

    // Disabling the account ends its sessions at once.
    let admin_id: (i64,) = sqlx::query_as("SELECT id FROM staff WHERE login = 'nord-admin'").fetch_one(&app.state.db.pool).await.unwrap();
    let res = coordinator.submit("/en/staff/accounts", &format!("/en/staff/accounts/{}", admin_id.0), &[("action", "disable")]).await;
    assert_eq!(res.status, 303, "{}", res.body);
    assert_eq!(again.get("/en/staff/org").await.status, 303, "a disabled account's session ended");
    assert_eq!(admin.get("/en/staff/org").await.status, 303);
    let res = app.agent().sign_in("en", "nord-admin", PASSWORD).await;
    assert_eq!(res.status, 422, "a disabled account cannot sign in");
    app.finish().await;
}

#[tokio::test]
async fn an_organisations_admin_manages_only_its_own_staff() {
    let app = TestApp::spawn_with(Options { demo: true, ..Default::default() }).await;
    let north = approved_organisation(&app, "North", "north@example.org").await;
    let south = approved_organisation(&app, "South", "south@example.org").await;
    let mut admin = app.signed_in_as("north-admin", Role::OrgAdmin, Some(north.id)).await;
    app.staff_account("south-staff", Role::OrgStaff, Some(south.id)).await;
    app.staff_account("north-staff", Role::OrgStaff, Some(north.id)).await;
    let list = admin.get("/en/staff/accounts").await;
    assert_eq!(list.status, 200, "{}", list.body);
    assert!(list.body.contains("north-staff") && !list.body.contains("south-staff") && !list.body.contains(">coord"), "only its own accounts");
    // May not give a coalition role, nor act for another organisation.
    let res = admin.submit("/en/staff/accounts", "/en/staff/accounts", &[("email", "x@example.org"), ("role", "coordinator")]).await;
    assert_eq!(res.status, 403);
    let (south_id,): (i64,) = sqlx::query_as("SELECT id FROM staff WHERE login = 'south-staff'").fetch_one(&app.state.db.pool).await.unwrap();
    let res = admin.submit("/en/staff/accounts", &format!("/en/staff/accounts/{south_id}"), &[("action", "disable")]).await;
    assert_eq!(res.status, 404, "another organisation's account is not found");
    let (north_id,): (i64,) = sqlx::query_as("SELECT id FROM staff WHERE login = 'north-staff'").fetch_one(&app.state.db.pool).await.unwrap();
    let res = admin.submit("/en/staff/accounts", &format!("/en/staff/accounts/{north_id}"), &[("action", "role"), ("role", "coordinator")]).await;
    assert_eq!(res.status, 403, "no promotion to the coalition's roles");
    let res = admin.submit("/en/staff/accounts", &format!("/en/staff/accounts/{north_id}"), &[("action", "role"), ("role", "org-admin")]).await;
    assert_eq!(res.status, 303);
    // Coordinators require two factors of everyone: an account without goes to enrol first.
    let mut coordinator = app.signed_in("coord").await;
    let res = coordinator.submit("/en/staff/accounts", "/en/staff/accounts/two-factor", &[("required", "yes")]).await;
    assert_eq!(res.status, 303);
    let res = admin.get("/en/staff/org").await;
    assert_eq!(res.status, 303);
    assert!(res.location().contains("/en/staff/security?required=1"), "{}", res.location());
    assert_eq!(admin.get("/en/staff/security").await.status, 200);
    // The audit log of the organisation shows the role change; the coalition's shows all.
    let log = crate::common::database_text(&app).await;
    assert!(log.contains("staff-role-changed"));
    app.finish().await;
}
