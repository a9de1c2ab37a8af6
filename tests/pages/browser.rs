//! The site in a real headless Chromium, driven over WebDriver: with JavaScript disabled (as a
//! supporter behind Tor Browser's safest setting would have it), and with it enabled only to
//! let axe-core audit accessibility. Needs Debian's `chromium` and `chromium-driver`; without
//! them these tests say so and skip (`.ci/run` installs them and sets `TADAMUN_REQUIRE_ALL`).


use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::{Options, TestApp};
use serde_json::json;
use thirtyfour::prelude::*;
use thirtyfour::ChromiumLikeCapabilities;

const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const CHROMIUM: &str = "/usr/bin/chromium";

struct Browser {
    driver: WebDriver,
    chromedriver: Child,
    _profile: tempfile::TempDir,
}

impl Browser {
    /// A fresh Chromium with its own profile. `javascript: false` blocks every script.
    async fn start(javascript: bool, accept_language: &str, width: u32) -> Browser {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let chromedriver = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        let url = format!("http://127.0.0.1:{port}");
        let started = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(started.elapsed() < Duration::from_secs(20), "chromedriver did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
        let profile = tempfile::tempdir().unwrap();
        let mut caps = DesiredCapabilities::chrome();
        caps.set_binary(CHROMIUM).unwrap();
        for arg in [
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-features=Translate,MediaRouter",
            "--hide-scrollbars",
            &format!("--window-size={width},900"),
            &format!("--lang={}", accept_language.split(',').next().unwrap()),
            &format!("--user-data-dir={}", profile.path().display()),
        ] {
            caps.add_arg(arg).unwrap();
        }
        let mut prefs = json!({ "intl.accept_languages": accept_language });
        if !javascript {
            prefs["profile.managed_default_content_settings.javascript"] = json!(2);
        }
        caps.add_experimental_option("prefs", prefs).unwrap();
        let driver = WebDriver::new(&url, caps).await.expect("start a Chromium session");
        if width < 500 {
            // Chrome will not make a window narrower than 500 px; the DevTools protocol sets a
            // true phone-width viewport (without touch emulation, so clicks stay clicks).
            driver
                .cdp()
                .send_raw("Emulation.setDeviceMetricsOverride", json!({ "width": width, "height": 780, "deviceScaleFactor": 2, "mobile": false }))
                .await
                .expect("set a phone-width viewport");
        }
        Browser { driver, chromedriver, _profile: profile }
    }

    async fn quit(mut self) {
        self.driver.quit().await.expect("quit");
        let _ = self.chromedriver.kill();
        let _ = self.chromedriver.wait();
    }
}

fn browser_available() -> bool {
    crate::common::require_tool("chromium and chromium-driver (browser tests)", Path::new(CHROMEDRIVER).exists() && Path::new(CHROMIUM).exists())
}

fn screenshot_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Wait until the browser shows `path` (a click on a link or a form's button returns before the
/// next page has loaded).
async fn wait_for_path(driver: &WebDriver, path: &str) {
    let started = Instant::now();
    loop {
        let url = driver.current_url().await.unwrap();
        let ready: bool = driver.execute("return document.readyState === 'complete'", vec![]).await.map(|r| r.convert().unwrap_or(false)).unwrap_or(true);
        if url.path() == path && ready {
            return;
        }
        assert!(started.elapsed() < Duration::from_secs(15), "still at {url} waiting for {path}: {}", driver.source().await.unwrap_or_default());
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn direction(driver: &WebDriver, css: &str) -> String {
    driver.find(By::Css(css)).await.unwrap().css_value("direction").await.unwrap()
}

/// How many pixels the page scrolls sideways (0 when nothing overflows).
async fn sideways_overflow(driver: &WebDriver) -> i64 {
    driver.execute("return document.documentElement.scrollWidth - window.innerWidth", vec![]).await.unwrap().convert().unwrap()
}

/// Sign a coordinator in through the login form.
async fn sign_in(driver: &WebDriver, app: &TestApp, lang: &str, login: &str, password: &str) {
    driver.goto(format!("{}/{lang}/staff/login", app.base)).await.unwrap();
    driver.find(By::Id("login")).await.unwrap().send_keys(login).await.unwrap();
    driver.find(By::Id("password")).await.unwrap().send_keys(password).await.unwrap();
    driver.find(By::Css("form button[type=submit]")).await.unwrap().click().await.unwrap();
    wait_for_path(driver, &format!("/{lang}/staff/")).await;
}

/// The axe-core run (WCAG 2.x A/AA), as a script for `execute_async` returning the violations
/// as "rule: help — nodes"; `None` (after saying so) when axe-core is not installed.
fn axe_script() -> Option<String> {
    let axe_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tools/node_modules/axe-core/axe.min.js");
    if !crate::common::require_tool("axe-core (npm ci --prefix tools)", axe_path.exists()) {
        return None;
    }
    let axe = std::fs::read_to_string(&axe_path).unwrap();
    Some(format!(
        "{axe}\nconst done = arguments[arguments.length - 1];\
         axe.run(document, {{ runOnly: {{ type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }} }})\
         .then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' — ' + v.nodes.map(n => n.target.join(' ')).join(', '))))\
         .catch(e => done(['axe failed: ' + e]));"
    ))
}

/// The page now shown: the viewport is `width` px, nothing scrolls sideways, axe finds nothing.
/// Problems are added to `failures` under `label`.
async fn audit_shown_page(driver: &WebDriver, axe_run: &str, label: &str, width: u32, failures: &mut Vec<String>) {
    let inner: i64 = driver.execute("return window.innerWidth", vec![]).await.unwrap().convert().unwrap();
    assert_eq!(inner, i64::from(width), "the viewport must be {width}px wide");
    let overflow = sideways_overflow(driver).await;
    if overflow > 0 {
        failures.push(format!("{label} at {width}px: {overflow}px of horizontal overflow"));
    }
    let violations: Vec<String> = driver.execute_async(axe_run, vec![]).await.unwrap().convert().unwrap();
    for v in violations {
        failures.push(format!("{label} at {width}px: {v}"));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn arabic_reader_and_coordinator_with_javascript_off() {
    if !browser_available() {
        return;
    }
    let app = TestApp::spawn_with(Options { demo: true, ..Default::default() }).await;
    let (login, password) = app.coordinator("salma").await;
    let browser = Browser::start(false, "ar,en;q=0.5", 360).await;
    let d = &browser.driver;

    // JavaScript really is off in this browser: a page's own script does not run.
    d.goto("data:text/html,<p id=x>off</p><script>document.getElementById('x').textContent='on'</script>").await.unwrap();
    assert_eq!(d.find(By::Id("x")).await.unwrap().text().await.unwrap(), "off", "scripts must be blocked in this session");

    // Arabic preferred: `/` lands on the campaign, right to left.
    d.goto(format!("{}/", app.base)).await.unwrap();
    assert_eq!(d.current_url().await.unwrap().path(), "/ar/c/defend-idlib");
    // The viewport really is a phone's.
    let width = d.find(By::Css("html")).await.unwrap().rect().await.unwrap().width;
    assert!((width - 360.0).abs() < 1.0, "viewport is {width}px wide, not 360");
    assert_eq!(direction(d, "html").await, "rtl");
    assert_eq!(direction(d, "main").await, "rtl");
    let h1 = d.find(By::Css("h1")).await.unwrap().text().await.unwrap();
    assert!(h1.contains("إدلب"), "{h1}");
    d.screenshot(&screenshot_dir().join("campaign-ar-360.png")).await.unwrap();

    // The switcher is a plain link to English.
    d.find(By::Css("nav.langs a[hreflang='en']")).await.unwrap().click().await.unwrap();
    wait_for_path(d, "/en/c/defend-idlib").await;
    assert_eq!(direction(d, "html").await, "ltr");

    // A coordinator signs in (Arabic interface), takes the campaign offline, edits the Arabic
    // call, previews it and publishes it.
    d.goto(format!("{}/ar/staff/login", app.base)).await.unwrap();
    d.find(By::Id("login")).await.unwrap().send_keys(&login).await.unwrap();
    d.find(By::Id("password")).await.unwrap().send_keys(&password).await.unwrap();
    d.find(By::Css("form button[type=submit]")).await.unwrap().click().await.unwrap();
    wait_for_path(d, "/ar/staff/").await;
    assert_eq!(direction(d, "table").await, "rtl");

    d.goto(format!("{}/ar/staff/campaigns/defend-idlib", app.base)).await.unwrap();
    d.find(By::Css("form[action$='/publish'] button")).await.unwrap().click().await.unwrap();
    wait_for_path(d, "/ar/staff/campaigns/defend-idlib").await;
    d.query(By::Css(".notice")).first().await.expect("the saved notice after unpublishing");
    let reader = app.agent().get("/ar/c/defend-idlib").await;
    assert_eq!(reader.status, 404, "unpublished");

    d.goto(format!("{}/ar/staff/campaigns/defend-idlib/texts/ar", app.base)).await.unwrap();
    let call = d.find(By::Id("call")).await.unwrap();
    assert_eq!(call.css_value("direction").await.unwrap(), "rtl");
    call.clear().await.unwrap();
    call.send_keys("## نداء محدَّث\n\nافتحوا الحدود أمام اللاجئين الآن.").await.unwrap();
    d.find(By::Css("button[value='preview']")).await.unwrap().click().await.unwrap();
    wait_for_path(d, "/ar/staff/campaigns/defend-idlib/preview/ar").await;
    let preview = d.find(By::Css(".call")).await.unwrap().text().await.unwrap();
    assert!(preview.contains("افتحوا الحدود أمام اللاجئين الآن"), "{preview}");
    assert!(d.find(By::Css(".banner")).await.is_ok(), "preview banner");

    // The banner leads back to the text; the campaign is offline, so the save needs no publishing.
    d.find(By::Css(".banner a")).await.unwrap().click().await.unwrap();
    wait_for_path(d, "/ar/staff/campaigns/defend-idlib/texts/ar").await;
    assert!(d.find(By::Css(".notice.draft")).await.is_err(), "no unpublished changes on an offline campaign");
    d.goto(format!("{}/ar/staff/campaigns/defend-idlib", app.base)).await.unwrap();
    d.find(By::Css("form[action$='/publish'] button")).await.unwrap().click().await.unwrap();
    wait_for_path(d, "/ar/staff/campaigns/defend-idlib").await;
    let status = d.query(By::Css(".notice")).first().await.unwrap().text().await.unwrap();
    assert!(status.contains("تم الحفظ"), "{status}");

    d.goto(format!("{}/ar/c/defend-idlib", app.base)).await.unwrap();
    let text = d.find(By::Css(".call")).await.unwrap().text().await.unwrap();
    assert!(text.contains("افتحوا الحدود أمام اللاجئين الآن"), "{text}");
    assert_eq!(direction(d, ".call").await, "rtl");
    d.screenshot(&screenshot_dir().join("campaign-ar-edited-360.png")).await.unwrap();
    browser.quit().await;
    app.finish().await;
}

/// Give the demo's first series a history of several values, so its chart has a line.
async fn add_history(app: &TestApp) -> tadamun::facts::model::SeriesId {
    use tadamun::facts::model::{Day, PointInput, Unit};
    let c = tadamun::campaigns::store::find_by_slug(&app.state.db, "defend-idlib").await.unwrap().unwrap();
    let series = tadamun::facts::store::list_series(&app.state.db, c.id).await.unwrap()[0].id;
    let points: Vec<_> = [("2019-12-20", "5000"), ("2019-12-23", "12500"), ("2019-12-25", "21000")]
        .iter()
        .map(|(day, value)| {
            PointInput { value: value.to_string(), qualifier: "about".into(), day: day.to_string(), source_title: "OCHA".into(), ..Default::default() }
                .parse(Unit::People, Day::today())
                .unwrap()
        })
        .collect();
    tadamun::facts::store::add_points(&app.state.db, series, &points, None, 0).await.unwrap();
    app.state.cache.clear();
    series
}

/// The facts page with JavaScript off: the chart is drawn, runs right to left in Arabic, and
/// its points carry exactly the values in the table beneath it.
#[tokio::test(flavor = "multi_thread")]
async fn charts_render_mirror_in_arabic_and_match_their_tables() {
    if !browser_available() {
        return;
    }
    let app = TestApp::spawn_with(Options { demo: true, ..Default::default() }).await;
    let series = add_history(&app).await;
    for (lang, rtl) in [("ar", true), ("en", false)] {
        let browser = Browser::start(false, lang, 360).await;
        let d = &browser.driver;
        d.goto(format!("{}/{lang}/c/defend-idlib/facts", app.base)).await.unwrap();
        let section = d.find(By::Css(format!("section[aria-labelledby='series-{series}']"))).await.unwrap();
        let svg = section.find(By::Css("svg")).await.unwrap();
        let rect = svg.rect().await.unwrap();
        assert!(rect.width > 250.0 && rect.width <= 360.0 && rect.height > 100.0, "{lang}: chart drawn at {rect:?}");
        let circles = section.find_all(By::Css("svg circle.point")).await.unwrap();
        assert_eq!(circles.len(), 4, "{lang}");
        let mut by_day = Vec::new();
        for c in &circles {
            let day = c.attr("data-day").await.unwrap().unwrap();
            let cx: f64 = c.attr("cx").await.unwrap().unwrap().parse().unwrap();
            let title = c.find(By::Css("title")).await.unwrap().inner_html().await.unwrap();
            by_day.push((day, cx, title));
        }
        by_day.sort_by(|a, b| a.0.cmp(&b.0));
        let xs: Vec<f64> = by_day.iter().map(|p| p.1).collect();
        let increasing = xs.windows(2).all(|w| w[0] < w[1]);
        let decreasing = xs.windows(2).all(|w| w[0] > w[1]);
        assert!(if rtl { decreasing } else { increasing }, "{lang}: time must run {} ({xs:?})", if rtl { "right to left" } else { "left to right" });
        // The table holds the same values as the chart, date by date.
        let rows = section.find_all(By::Css("table tbody tr")).await.unwrap();
        assert_eq!(rows.len(), 4);
        for row in rows {
            let day = row.attr("data-day").await.unwrap().unwrap();
            let value = row.find(By::Css("td.value")).await.unwrap().text().await.unwrap();
            let (_, _, title) = by_day.iter().find(|p| p.0 == day).expect("a point for every row");
            assert!(title.contains(&value), "{lang} {day}: chart says {title:?}, table says {value:?}");
        }
        if rtl {
            assert!(by_day.iter().any(|p| p.2.contains("٢١٬٠٠٠")), "Arabic digits in the chart");
        }
        d.screenshot(&screenshot_dir().join(format!("facts-{lang}-360.png"))).await.unwrap();
        browser.quit().await;
    }
    app.finish().await;
}

/// axe-core's WCAG 2.x A/AA rules on the main pages, Arabic and English, phone and desktop.
#[tokio::test(flavor = "multi_thread")]
async fn pages_pass_axe_core_in_every_language_on_phone_and_desktop() {
    if !browser_available() {
        return;
    }
    let Some(axe_run) = axe_script() else { return };
    let app = TestApp::spawn_with(Options { demo: true, ..Default::default() }).await;
    let series = add_history(&app).await;
    let (point,): (i64,) = sqlx::query_as("SELECT MIN(id) FROM fact_points").fetch_one(&app.state.db.pool).await.unwrap();
    let (watch,): (i64,) = sqlx::query_as("SELECT MIN(id) FROM watch_items").fetch_one(&app.state.db.pool).await.unwrap();
    let (call,): (i64,) = sqlx::query_as("SELECT MIN(id) FROM call_actions").fetch_one(&app.state.db.pool).await.unwrap();
    let (target,): (i64,) = sqlx::query_as("SELECT MIN(target_id) FROM call_targets").fetch_one(&app.state.db.pool).await.unwrap();
    let (letters,): (i64,) = sqlx::query_as("SELECT MIN(id) FROM letter_actions").fetch_one(&app.state.db.pool).await.unwrap();
    let (login, password) = app.coordinator("tariq").await;
    let mut failures = Vec::new();
    {
        // The referee can fail: a page with an unlabelled image and no language is caught.
        let browser = Browser::start(true, "en", 1280).await;
        browser.driver.goto("data:text/html,<title>t</title><img src=x.png><input>").await.unwrap();
        let found: Vec<String> = browser.driver.execute_async(&axe_run, vec![]).await.unwrap().convert().unwrap();
        assert!(found.iter().any(|v| v.starts_with("image-alt")), "axe did not run: {found:?}");
        browser.quit().await;
    }
    for width in [360u32, 1280] {
        let browser = Browser::start(true, "en", width).await;
        let d = &browser.driver;
        let mut pages = vec![
            "/ar/c/defend-idlib".to_string(),
            "/en/c/defend-idlib".to_string(),
            "/ar/c/defend-idlib/facts".to_string(),
            "/en/c/defend-idlib/facts".to_string(),
            "/ar/staff/login".to_string(),
            "/en/nothing-here".to_string(),
        ];
        sign_in(d, &app, "en", &login, &password).await;
        for lang in tadamun::i18n::Lang::ALL.map(|l| l.code()) {
            for p in [
                "/staff/",
                "/staff/campaigns/defend-idlib",
                "/staff/campaigns/defend-idlib/texts/en",
                "/staff/campaigns/new",
                "/staff/password",
                "/staff/jobs",
                "/staff/campaigns/defend-idlib/preview/ar",
                "/staff/campaigns/defend-idlib/facts",
                "/staff/campaigns/defend-idlib/facts/new",
                &format!("/staff/campaigns/defend-idlib/facts/{series}"),
                &format!("/staff/campaigns/defend-idlib/facts/{series}/points/{point}"),
                "/staff/campaigns/defend-idlib/targets",
                "/staff/campaigns/defend-idlib/targets/new",
                "/staff/campaigns/defend-idlib/watch",
                "/staff/campaigns/defend-idlib/watch/new",
                "/c/defend-idlib/watch",
                &format!("/c/defend-idlib/watch/{watch}"),
                &format!("/c/defend-idlib/calls/{call}"),
                &format!("/c/defend-idlib/decision-makers/{target}"),
                "/staff/campaigns/defend-idlib/calls",
                &format!("/staff/campaigns/defend-idlib/watch/{watch}/alert"),
                &format!("/c/defend-idlib/letters/{letters}"),
                "/staff/campaigns/defend-idlib/letters",
                &format!("/staff/campaigns/defend-idlib/letters/{letters}"),
                &format!("/staff/campaigns/defend-idlib/watch/{watch}/alert-letter"),
            ] {
                pages.push(format!("/{lang}{p}"));
            }
        }
        for page in &pages {
            d.goto(format!("{}{page}", app.base)).await.unwrap();
            // Nothing may scroll sideways on a phone.
            audit_shown_page(d, &axe_run, page, width, &mut failures).await;
        }
        browser.quit().await;
    }
    assert!(failures.is_empty(), "accessibility problems:\n{}", failures.join("\n"));
    app.finish().await;
}

/// The demo's open petition, after `/{lang}`.
const PETITION: &str = "/c/defend-idlib/p/open-the-borders";

/// The Subject of every mail in the outbox, unfolded and with its RFC 2047 `b` words decoded
/// (`crate::common::outbox` reads bodies; its quoted-printable pass garbles folded headers).
fn outbox_subjects(app: &TestApp) -> Vec<String> {
    let dir = app.data_dir().join("outbox");
    let mut subjects = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|x| x != "eml") {
            continue;
        }
        let raw = std::fs::read_to_string(&path).unwrap();
        let headers = raw.split("\r\n\r\n").next().unwrap().replace("\r\n ", " ").replace("\r\n\t", " ");
        let line = headers.lines().find_map(|l| l.strip_prefix("Subject: ")).expect("a Subject header").to_string();
        let mut subject = String::new();
        for word in line.split(' ') {
            match word.strip_prefix("=?utf-8?b?").and_then(|w| w.strip_suffix("?=")) {
                Some(encoded) => subject.push_str(&String::from_utf8_lossy(&crate::common::base64_decode(encoded))),
                None => {
                    if !subject.is_empty() {
                        subject.push(' ');
                    }
                    subject.push_str(word);
                }
            }
        }
        subjects.push(subject);
    }
    subjects
}

/// The confirmed-signature count the petition page shows.
async fn shown_count(driver: &WebDriver) -> String {
    driver.find(By::Css(".tally .count strong")).await.unwrap().text().await.unwrap()
}

async fn confirmed_in_db(app: &TestApp) -> i64 {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM signatures WHERE confirmed = 1").fetch_one(&app.state.db.pool).await.unwrap();
    n
}

async fn signatures_in_db(app: &TestApp) -> i64 {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM signatures").fetch_one(&app.state.db.pool).await.unwrap();
    n
}

/// Fill the sign form shown in the browser (the country is chosen by its code).
async fn fill_sign_form(driver: &WebDriver, name: &str, email: &str, country: &str, city: &str, comment: &str) {
    driver.find(By::Id("sign-name")).await.unwrap().send_keys(name).await.unwrap();
    driver.find(By::Id("sign-email")).await.unwrap().send_keys(email).await.unwrap();
    driver.find(By::Css(format!("#sign-country option[value='{country}']"))).await.unwrap().click().await.unwrap();
    driver.find(By::Id("sign-city")).await.unwrap().send_keys(city).await.unwrap();
    driver.find(By::Id("sign-comment")).await.unwrap().send_keys(comment).await.unwrap();
}

async fn press_sign(driver: &WebDriver) {
    driver.find(By::Css("section.sign form button[type=submit]")).await.unwrap().click().await.unwrap();
}

/// An Arabic supporter on a phone with JavaScript off signs the petition, gets the mail in
/// Arabic, opens its link (which changes nothing), presses the button and sees the count rise.
#[tokio::test(flavor = "multi_thread")]
async fn arabic_supporter_signs_and_confirms_on_a_phone_with_javascript_off() {
    if !browser_available() {
        return;
    }
    let app = TestApp::spawn_with(Options { demo: true, ..Default::default() }).await;
    let browser = Browser::start(false, "ar,en;q=0.5", 360).await;
    let d = &browser.driver;
    d.goto("data:text/html,<p id=x>off</p><script>document.getElementById('x').textContent='on'</script>").await.unwrap();
    assert_eq!(d.find(By::Id("x")).await.unwrap().text().await.unwrap(), "off", "scripts must be blocked in this session");

    let page = format!("/ar{PETITION}");
    d.goto(format!("{}{page}", app.base)).await.unwrap();
    assert_eq!(d.current_url().await.unwrap().path(), page);
    let width = d.find(By::Css("html")).await.unwrap().rect().await.unwrap().width;
    assert!((width - 360.0).abs() < 1.0, "viewport is {width}px wide, not 360");
    let html = d.find(By::Css("html")).await.unwrap();
    assert_eq!(html.attr("dir").await.unwrap().as_deref(), Some("rtl"));
    assert_eq!(html.attr("lang").await.unwrap().as_deref(), Some("ar"));
    assert_eq!(direction(d, "main").await, "rtl");
    assert_eq!(direction(d, "section.sign form").await, "rtl", "the sign form runs right to left");
    assert_eq!(sideways_overflow(d).await, 0, "the petition page scrolls sideways at 360px");
    let title = d.find(By::Css("h1")).await.unwrap().text().await.unwrap();
    assert!(title.contains("إدلب"), "{title}");
    assert_eq!(shown_count(d).await, "٠");
    assert!(d.find(By::Css("progress")).await.is_ok(), "a progress bar");
    assert!(d.find_all(By::Css(".tally table")).await.unwrap().is_empty(), "no per-country table before any confirmed signature");
    // The honeypot is there but nobody sees it.
    assert!(!d.find(By::Id("sign-website")).await.unwrap().is_displayed().await.unwrap(), "the honeypot must be hidden");
    // The country list is in Arabic.
    let germany = d.find(By::Css("#sign-country option[value='DE']")).await.unwrap().text().await.unwrap();
    assert_eq!(germany, "ألمانيا");
    let consent = d.find(By::Css("label[for='sign-consent']")).await.unwrap().text().await.unwrap();
    assert!(consent.contains("أرسلوا إليّ أخبار الحملة من"), "{consent}");

    fill_sign_form(d, "نور الهدى", "nour.signs@example.org", "DE", "برلين", "افتحوا الحدود الآن").await;
    d.find(By::Id("sign-consent")).await.unwrap().click().await.unwrap();
    assert!(d.find(By::Id("sign-consent")).await.unwrap().is_selected().await.unwrap());
    d.screenshot(&screenshot_dir().join("petition-ar-360-filled.png")).await.unwrap();
    press_sign(d).await;
    wait_for_path(d, &format!("{page}/thanks")).await;
    let h1 = d.find(By::Css("h1")).await.unwrap().text().await.unwrap();
    assert_eq!(h1, "تفقّدوا بريدكم");
    assert_eq!(direction(d, "main").await, "rtl");
    assert_eq!(sideways_overflow(d).await, 0, "the thanks page scrolls sideways at 360px");

    // The confirmation mail, in Arabic.
    app.wait_for_jobs().await;
    let mails = crate::common::outbox(&app);
    assert_eq!(mails.len(), 1, "one confirmation mail");
    let mail = &mails[0];
    assert!(mail.contains("To: nour.signs@example.org"), "{mail}");
    assert!(mail.contains("Content-Language: ar"), "{mail}");
    assert!(mail.contains("مرحبًا،") && !mail.contains("نور الهدى"), "the Arabic greeting, without the typed name: {mail}");
    assert!(mail.contains("وقّعتم على العريضة «"), "the Arabic introduction: {mail}");
    let subjects = outbox_subjects(&app);
    assert!(subjects[0].starts_with("أكّدوا توقيعكم: ") && subjects[0].contains("إدلب"), "the Arabic subject: {subjects:?}");
    let link = crate::common::link_in(mail, "/ar/confirm/").expect("a confirmation link");

    // The link shows a button; opening it confirms nothing (mail scanners follow links).
    d.goto(format!("{}{link}", app.base)).await.unwrap();
    assert_eq!(d.current_url().await.unwrap().path(), link);
    assert_eq!(d.find(By::Css("h1")).await.unwrap().text().await.unwrap(), "أكّدوا توقيعكم");
    assert_eq!(direction(d, "main").await, "rtl");
    assert_eq!(sideways_overflow(d).await, 0, "the confirm page scrolls sideways at 360px");
    let button = d.find(By::Css("main form[method='post'] button[type=submit]")).await.unwrap();
    assert_eq!(button.text().await.unwrap(), "أؤكّد توقيعي");
    assert_eq!(confirmed_in_db(&app).await, 0, "a GET of the link must not confirm");
    let reader = app.agent().get(&page).await;
    assert!(reader.body.contains("<strong>٠</strong>"), "the petition page still counts nothing");
    d.screenshot(&screenshot_dir().join("confirm-ar-360.png")).await.unwrap();

    button.click().await.unwrap();
    wait_for_path(d, &page).await;
    assert_eq!(d.current_url().await.unwrap().query(), Some("confirmed=1"));
    assert_eq!(confirmed_in_db(&app).await, 1);
    let notice = d.find(By::Css(".notice")).await.unwrap().text().await.unwrap();
    assert!(notice.contains("تأكّد توقيعكم"), "{notice}");
    assert_eq!(shown_count(d).await, "١", "the count rises, in Arabic-Indic digits");
    let rows = d.find_all(By::Css(".tally table tbody tr")).await.unwrap();
    assert_eq!(rows.len(), 1, "one country in the per-country table");
    assert_eq!(rows[0].find(By::Css("th")).await.unwrap().text().await.unwrap(), "ألمانيا");
    assert_eq!(rows[0].find(By::Css("td")).await.unwrap().text().await.unwrap(), "١");
    let comments = d.find(By::Css(".comments")).await.unwrap().text().await.unwrap();
    assert!(comments.contains("افتحوا الحدود الآن") && !comments.contains("نور الهدى"), "the comment, without the name: {comments}");
    assert_eq!(sideways_overflow(d).await, 0, "the petition page with its table scrolls sideways at 360px");
    d.screenshot(&screenshot_dir().join("petition-ar-360-confirmed.png")).await.unwrap();

    // Their own page, from the same mail.
    let own = crate::common::link_in(mail, "/ar/me/").expect("a link to their own page");
    d.goto(format!("{}{own}", app.base)).await.unwrap();
    let text = d.find(By::Css("main")).await.unwrap().text().await.unwrap();
    assert!(text.contains("nour.signs@example.org") && text.contains("نور الهدى") && text.contains("مؤكَّد"), "{text}");
    assert_eq!(sideways_overflow(d).await, 0, "the supporter's page scrolls sideways at 360px");
    browser.quit().await;
    app.finish().await;
}

/// A mistyped email (one the browser's own check lets through) comes back in Arabic with an
/// error summary, the field marked, and everything else as typed; corrected, it goes through.
#[tokio::test(flavor = "multi_thread")]
async fn arabic_sign_form_shows_errors_and_keeps_what_was_typed() {
    if !browser_available() {
        return;
    }
    let app = TestApp::spawn_with(Options { demo: true, ..Default::default() }).await;
    let browser = Browser::start(false, "ar,en;q=0.5", 360).await;
    let d = &browser.driver;
    let page = format!("/ar{PETITION}");
    d.goto(format!("{}{page}", app.base)).await.unwrap();
    fill_sign_form(d, "سارة", "sara@localhost", "SY", "حلب", "معًا حتى تُفتح الحدود").await;
    d.find(By::Id("sign-consent")).await.unwrap().click().await.unwrap();
    press_sign(d).await;
    wait_for_path(d, &format!("{page}/sign")).await;

    let summary = d.find(By::Css(".error-summary")).await.unwrap();
    assert_eq!(summary.attr("role").await.unwrap().as_deref(), Some("alert"));
    assert_eq!(summary.find(By::Css("h2")).await.unwrap().text().await.unwrap(), "يرجى تصحيح ما يلي:");
    // On a phone the refusal is on the first screen, and the title says it.
    let top = summary.rect().await.unwrap().y;
    assert!(top < 400.0, "the error summary starts {top} px down");
    let title = d.title().await.unwrap();
    assert!(title.starts_with("خطأ"), "{title}");
    let links = summary.find_all(By::Css("a")).await.unwrap();
    assert_eq!(links.len(), 1, "only the email is wrong");
    assert_eq!(links[0].attr("href").await.unwrap().as_deref(), Some("#sign-email"));
    let item = links[0].text().await.unwrap();
    assert!(item.contains("البريد الإلكتروني") && item.contains("لا يبدو هذا عنوان بريد إلكتروني"), "{item}");
    let email = d.find(By::Id("sign-email")).await.unwrap();
    assert_eq!(email.attr("aria-invalid").await.unwrap().as_deref(), Some("true"));
    assert_eq!(email.prop("value").await.unwrap().as_deref(), Some("sara@localhost"));
    let described = email.attr("aria-describedby").await.unwrap().unwrap_or_default();
    assert!(described.split(' ').any(|id| id == "sign-email-error"), "{described}");
    assert!(d.find(By::Id("sign-email-error")).await.unwrap().text().await.unwrap().contains("لا يبدو هذا عنوان بريد إلكتروني"));
    // Everything else is as typed.
    assert_eq!(d.find(By::Id("sign-name")).await.unwrap().prop("value").await.unwrap().as_deref(), Some("سارة"));
    assert_eq!(d.find(By::Id("sign-country")).await.unwrap().prop("value").await.unwrap().as_deref(), Some("SY"));
    assert_eq!(d.find(By::Id("sign-city")).await.unwrap().prop("value").await.unwrap().as_deref(), Some("حلب"));
    assert_eq!(d.find(By::Id("sign-comment")).await.unwrap().prop("value").await.unwrap().as_deref(), Some("معًا حتى تُفتح الحدود"));
    assert!(d.find(By::Id("sign-consent")).await.unwrap().is_selected().await.unwrap(), "consent stays ticked");
    assert_eq!(direction(d, "main").await, "rtl");
    assert_eq!(sideways_overflow(d).await, 0, "the petition page with errors scrolls sideways at 360px");
    d.screenshot(&screenshot_dir().join("petition-ar-360-errors.png")).await.unwrap();
    assert_eq!(signatures_in_db(&app).await, 0, "nothing stored");

    // Corrected, the same form goes through (its token was renewed).
    let email = d.find(By::Id("sign-email")).await.unwrap();
    email.clear().await.unwrap();
    email.send_keys("sara@example.org").await.unwrap();
    press_sign(d).await;
    wait_for_path(d, &format!("{page}/thanks")).await;
    app.wait_for_jobs().await;
    let mails = crate::common::outbox(&app);
    assert_eq!(mails.len(), 1);
    assert!(mails[0].contains("مرحبًا،") && !mails[0].contains("سارة"), "{}", mails[0]);
    assert_eq!(signatures_in_db(&app).await, 1);
    browser.quit().await;
    app.finish().await;
}

/// Sign the demo petition over HTTP; returns the mail that came for it.
async fn sign_over_http(app: &TestApp, lang: &str, name: &str, email: &str, country: &str, comment: &str) -> String {
    let mut agent = app.agent();
    let page = format!("/{lang}{PETITION}");
    let token = agent.get(&page).await.hidden("form_token");
    let res = agent
        .post(&format!("{page}/sign"), &[("form_token", &token), ("name", name), ("email", email), ("country", country), ("comment", comment), ("consent", "yes")])
        .await;
    assert_eq!(res.status, 303, "{}", res.body);
    app.wait_for_jobs().await;
    crate::common::outbox(app).into_iter().find(|m| m.contains(&format!("To: {email}"))).expect("the confirmation mail")
}

/// axe-core and the sideways-overflow check on the petition pages: public (plain, with errors,
/// confirmed with a per-country table and a comment), thanks, confirm, unsubscribe, the
/// supporter's own page, and the coordinators' petition pages; Arabic and English, phone and
/// desktop.
#[tokio::test(flavor = "multi_thread")]
async fn petition_pages_pass_axe_core_in_every_language_on_phone_and_desktop() {
    if !browser_available() {
        return;
    }
    let Some(axe_run) = axe_script() else { return };
    let app = TestApp::spawn_with(Options { demo: true, ..Default::default() }).await;
    let (login, password) = app.coordinator("rana").await;
    // One confirmed signature with a comment (the table and the comments show), one pending.
    let confirmed = sign_over_http(&app, "ar", "نور", "nour@example.org", "DE", "افتحوا الحدود").await;
    let mut agent = app.agent();
    let res = agent.post(&crate::common::link_in(&confirmed, "/ar/confirm/").unwrap(), &[]).await;
    assert_eq!(res.status, 303);
    let pending = sign_over_http(&app, "en", "Sam", "sam@example.org", "GB", "").await;
    let confirm_link = crate::common::link_in(&pending, "/en/confirm/").unwrap();
    let confirm_token = confirm_link.rsplit('/').next().unwrap().to_string();
    let own_token = crate::common::link_in(&pending, "/en/me/").unwrap().rsplit('/').next().unwrap().to_string();
    let unsubscribe_token = crate::common::link_in(&pending, "/en/unsubscribe/").unwrap().rsplit('/').next().unwrap().to_string();
    // An export, so the audit log has a line.
    let mut staff = app.signed_in("huda").await;
    let signatures = "/en/staff/campaigns/defend-idlib/petitions/open-the-borders/signatures";
    let res = staff.submit(signatures, "/en/staff/campaigns/defend-idlib/petitions/open-the-borders/export", &[]).await;
    assert_eq!(res.status, 200);

    let mut failures = Vec::new();
    for width in [360u32, 1280] {
        let browser = Browser::start(true, "en", width).await;
        let d = &browser.driver;
        let mut pages = Vec::new();
        for lang in tadamun::i18n::Lang::ALL.map(|l| l.code()) {
            for p in [
                PETITION.to_string(),
                format!("{PETITION}?confirmed=1"),
                format!("{PETITION}/thanks"),
                format!("/confirm/{confirm_token}"),
                "/confirm/not-a-token".to_string(),
                format!("/me/{own_token}"),
                "/me/not-a-token".to_string(),
                format!("/unsubscribe/{unsubscribe_token}"),
            ] {
                pages.push(format!("/{lang}{p}"));
            }
        }
        for page in &pages {
            d.goto(format!("{}{page}", app.base)).await.unwrap();
            audit_shown_page(d, &axe_run, page, width, &mut failures).await;
        }
        // The sign form with errors: a name the server refuses (a bidi control) and an email
        // the browser's own check lets through.
        for lang in tadamun::i18n::Lang::ALL.map(|l| l.code()) {
            d.goto(format!("{}/{lang}{PETITION}", app.base)).await.unwrap();
            fill_sign_form(d, "a\u{202E}b", "someone@localhost", "FR", "Lyon", "").await;
            press_sign(d).await;
            wait_for_path(d, &format!("/{lang}{PETITION}/sign")).await;
            assert_eq!(d.find_all(By::Css(".error-summary li")).await.unwrap().len(), 2, "{lang}: two errors shown");
            audit_shown_page(d, &axe_run, &format!("/{lang}{PETITION} (with errors)"), width, &mut failures).await;
        }
        // The coordinators' petition pages.
        sign_in(d, &app, "en", &login, &password).await;
        for lang in tadamun::i18n::Lang::ALL.map(|l| l.code()) {
            let base = format!("/{lang}/staff/campaigns/defend-idlib/petitions");
            for p in [
                base.clone(),
                format!("{base}/open-the-borders"),
                format!("{base}/open-the-borders/texts/ar"),
                format!("{base}/open-the-borders/texts/en"),
                format!("{base}/open-the-borders/signatures"),
                format!("{base}/open-the-borders/signatures?email=sam%40example.org"),
                format!("{base}/open-the-borders/signatures?email=nobody%40example.org"),
                format!("/{lang}/staff/audit"),
            ] {
                d.goto(format!("{}{p}", app.base)).await.unwrap();
                audit_shown_page(d, &axe_run, &p, width, &mut failures).await;
            }
            // The create form with errors (the browser's own checks are switched off so the
            // server's messages show).
            d.goto(format!("{}{base}", app.base)).await.unwrap();
            d.execute("document.querySelectorAll('form').forEach(f => f.noValidate = true)", vec![]).await.unwrap();
            d.find(By::Id("petition-slug")).await.unwrap().send_keys("??").await.unwrap();
            d.find(By::Css("form[action$='/petitions'] button[type=submit]")).await.unwrap().click().await.unwrap();
            // The form posts to its own address: wait for the answer's error summary.
            d.query(By::Css(".error-summary")).first().await.expect("the create form's errors");
            wait_for_path(d, &base).await;
            audit_shown_page(d, &axe_run, &format!("{base} (with errors)"), width, &mut failures).await;
            // The text form with errors.
            let text = format!("{base}/open-the-borders/texts/{lang}");
            d.goto(format!("{}{text}", app.base)).await.unwrap();
            d.execute("document.querySelectorAll('form').forEach(f => f.noValidate = true)", vec![]).await.unwrap();
            d.find(By::Id("title")).await.unwrap().clear().await.unwrap();
            d.find(By::Css(&format!("form[action$='/texts/{lang}'] button[type=submit]"))).await.unwrap().click().await.unwrap();
            d.query(By::Css(".error-summary")).first().await.expect("the text form's errors");
            wait_for_path(d, &text).await;
            audit_shown_page(d, &axe_run, &format!("{text} (with errors)"), width, &mut failures).await;
        }
        browser.quit().await;
    }
    assert!(failures.is_empty(), "accessibility problems:\n{}", failures.join("\n"));
    app.finish().await;
}

/// The coalition's pages pass axe-core and do not scroll sideways, on a phone and a desktop, in
/// every language: public pages, a coordinator's and an organisation admin's.
#[tokio::test(flavor = "multi_thread")]
async fn coalition_pages_pass_axe_core_in_every_language_on_phone_and_desktop() {
    if !browser_available() {
        return;
    }
    let Some(axe_run) = axe_script() else { return };
    let app = TestApp::spawn_with(Options { demo: true, ..Default::default() }).await;
    let (org_id, referral): (i64, String) = sqlx::query_as("SELECT id, referral FROM organisations ORDER BY created_at, id LIMIT 1").fetch_one(&app.state.db.pool).await.unwrap();
    let org: tadamun::staff::OrganisationId = org_id.to_string().parse().unwrap();
    let (coordinator, password) = app.coordinator("axe-coord").await;
    let (admin, _) = app.staff_account("axe-admin", tadamun::staff::Role::OrgAdmin, Some(org)).await;
    let mut failures = Vec::new();
    for width in [360u32, 1280] {
        for (login, pages) in [
            (
                None,
                vec![
                    "/c/defend-idlib/endorse".to_string(),
                    "/c/defend-idlib/endorse/sent".to_string(),
                    "/c/defend-idlib/endorsers".to_string(),
                    format!("/c/defend-idlib/o/{referral}"),
                    format!("{PETITION}?via={referral}"),
                ],
            ),
            (
                Some(&coordinator),
                vec![
                    "/staff/campaigns/defend-idlib/organisations?status=approved".to_string(),
                    format!("/staff/campaigns/defend-idlib/organisations/{org_id}"),
                    "/staff/accounts".to_string(),
                    "/staff/security".to_string(),
                ],
            ),
            (Some(&admin), vec!["/staff/org".to_string(), "/staff/org/supporters".to_string(), "/staff/org/page/ar".to_string(), "/staff/accounts".to_string()]),
        ] {
            let browser = Browser::start(true, "en", width).await;
            let d = &browser.driver;
            if let Some(login) = login {
                d.goto(format!("{}/en/staff/login", app.base)).await.unwrap();
                d.find(By::Id("login")).await.unwrap().send_keys(login).await.unwrap();
                d.find(By::Id("password")).await.unwrap().send_keys(&password).await.unwrap();
                d.find(By::Css("form button[type=submit]")).await.unwrap().click().await.unwrap();
                tokio::time::sleep(Duration::from_millis(300)).await;
            }
            for lang in tadamun::i18n::Lang::ALL.map(|l| l.code()) {
                for p in &pages {
                    let page = format!("/{lang}{p}");
                    d.goto(format!("{}{page}", app.base)).await.unwrap();
                    audit_shown_page(d, &axe_run, &page, width, &mut failures).await;
                }
            }
            browser.quit().await;
        }
    }
    assert!(failures.is_empty(), "accessibility problems:\n{}", failures.join("\n"));
    app.finish().await;
}

/// Read a mail's link from the file outbox: the newest mail to `to` with a link starting `prefix`.
fn mailed_link(app: &TestApp, to: &str, prefix: &str) -> String {
    let mails = crate::common::outbox(app);
    let mail = mails.iter().rev().find(|m| m.contains(&format!("To: {to}"))).unwrap_or_else(|| panic!("no mail to {to}"));
    crate::common::link_in(&crate::common::decode_mail(mail), prefix).unwrap_or_else(|| panic!("no {prefix} link in the mail to {to}"))
}

/// The whole coalition flow in a browser with JavaScript off, on a phone: an organisation
/// endorses with its logo and confirms from the mail; a coordinator approves it and invites its
/// admin; the admin accepts, enrols a second factor and exports the organisation's supporters.
#[tokio::test(flavor = "multi_thread")]
async fn an_organisation_endorses_is_approved_and_its_admin_enrols_and_exports_with_javascript_off() {
    if !browser_available() {
        return;
    }
    let app = TestApp::spawn_with(Options { demo: true, ..Default::default() }).await;
    let (coordinator, password) = app.coordinator("flow-coord").await;
    let logo = tempfile::Builder::new().suffix(".png").tempfile().unwrap();
    image::RgbaImage::from_fn(64, 64, |x, y| image::Rgba([x as u8 * 4, y as u8 * 4, 90, 255])).save_with_format(logo.path(), image::ImageFormat::Png).unwrap();
    for (lang, name, contact, admin_login) in [("ar", "اتحاد عمّال النسيج", "nasij@example.org", "nasij-admin"), ("en", "Textile Workers Union", "textile@example.org", "textile-admin")] {
        // The organisation endorses, on a phone, JavaScript off.
        let public = Browser::start(false, lang, 360).await;
        let d = &public.driver;
        d.goto(format!("{}/{lang}/c/defend-idlib/endorse", app.base)).await.unwrap();
        assert_eq!(direction(d, "html").await, if lang == "ar" { "rtl" } else { "ltr" });
        d.find(By::Id("endorse-name")).await.unwrap().send_keys(name).await.unwrap();
        d.find(By::Css("#endorse-kind option[value='union']")).await.unwrap().click().await.unwrap();
        d.find(By::Css("#endorse-country option[value='TR']")).await.unwrap().click().await.unwrap();
        d.find(By::Id("endorse-logo")).await.unwrap().send_keys(logo.path().to_str().unwrap()).await.unwrap();
        d.find(By::Id("endorse-contact_name")).await.unwrap().send_keys("Rim").await.unwrap();
        d.find(By::Id("endorse-contact_email")).await.unwrap().send_keys(contact).await.unwrap();
        // First with a website the browser takes and we do not: the error is said at the top,
        // the rest is kept.
        d.find(By::Id("endorse-website_url")).await.unwrap().send_keys("ftp://files.example.org").await.unwrap();
        d.find(By::Css("form.stack button[type=submit]")).await.unwrap().click().await.unwrap();
        wait_for_path(d, &format!("/{lang}/c/defend-idlib/endorse")).await;
        assert!(d.find(By::Css(".error-summary a[href='#endorse-website_url']")).await.is_ok(), "the error summary links to the field");
        assert_eq!(d.find(By::Id("endorse-name")).await.unwrap().value().await.unwrap().as_deref(), Some(name));
        assert!(d.title().await.unwrap().len() > 3);
        d.find(By::Id("endorse-website_url")).await.unwrap().clear().await.unwrap();
        d.find(By::Id("endorse-logo")).await.unwrap().send_keys(logo.path().to_str().unwrap()).await.unwrap();
        d.find(By::Css("form.stack button[type=submit]")).await.unwrap().click().await.unwrap();
        wait_for_path(d, &format!("/{lang}/c/defend-idlib/endorse/sent")).await;
        app.wait_for_jobs().await;
        let link = mailed_link(&app, contact, &format!("/{lang}/endorse/confirm/"));
        d.goto(format!("{}{link}", app.base)).await.unwrap();
        d.find(By::Css("main form button")).await.unwrap().click().await.unwrap();
        tokio::time::sleep(Duration::from_millis(300)).await;
        assert!(d.source().await.unwrap().contains("role=\"status\""), "the confirmation is acknowledged");
        public.quit().await;

        // A coordinator approves it and invites its admin.
        let staff = Browser::start(false, "en", 1280).await;
        let d = &staff.driver;
        sign_in(d, &app, "en", &coordinator, &password).await;
        d.goto(format!("{}/en/staff/campaigns/defend-idlib/organisations", app.base)).await.unwrap();
        d.find(By::LinkText(name)).await.unwrap().click().await.unwrap();
        tokio::time::sleep(Duration::from_millis(200)).await;
        d.find(By::Css("button[value='approve']")).await.unwrap().click().await.unwrap();
        wait_for_path(d, "/en/staff/campaigns/defend-idlib/organisations").await;
        let (org_id,): (i64,) = sqlx::query_as("SELECT id FROM organisations WHERE name = $1").bind(name).fetch_one(&app.state.db.pool).await.unwrap();
        d.goto(format!("{}/en/staff/accounts", app.base)).await.unwrap();
        d.find(By::Id("invite-email")).await.unwrap().send_keys(&format!("admin-{contact}")).await.unwrap();
        d.find(By::Css("#invite-role option[value='org-admin']")).await.unwrap().click().await.unwrap();
        d.find(By::Css(format!("#invite-organisation option[value='{org_id}']"))).await.unwrap().click().await.unwrap();
        d.find(By::Css(format!("#invite-mail_lang option[value='{lang}']"))).await.unwrap().click().await.unwrap();
        d.find(By::Css("section[aria-labelledby='invite-heading'] button[type=submit]")).await.unwrap().click().await.unwrap();
        // The same path before and after: wait for the notice the redirect adds.
        let started = Instant::now();
        while !d.current_url().await.unwrap().query().unwrap_or("").contains("done=invited") {
            assert!(started.elapsed() < Duration::from_secs(15), "the invitation was not sent: {}", d.source().await.unwrap_or_default());
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        staff.quit().await;

        // The admin accepts, signs in, enrols a second factor, and exports.
        let link = mailed_link(&app, &format!("admin-{contact}"), &format!("/{lang}/staff/invitation/"));
        let admin = Browser::start(false, lang, 360).await;
        let d = &admin.driver;
        d.goto(format!("{}{link}", app.base)).await.unwrap();
        d.find(By::Id("login")).await.unwrap().send_keys(admin_login).await.unwrap();
        d.find(By::Id("password")).await.unwrap().send_keys("a long enough password").await.unwrap();
        d.find(By::Id("repeat")).await.unwrap().send_keys("a long enough password").await.unwrap();
        d.find(By::Css("main form button")).await.unwrap().click().await.unwrap();
        wait_for_path(d, &format!("/{lang}/staff/login")).await;
        d.find(By::Id("login")).await.unwrap().send_keys(admin_login).await.unwrap();
        d.find(By::Id("password")).await.unwrap().send_keys("a long enough password").await.unwrap();
        d.find(By::Css("form button[type=submit]")).await.unwrap().click().await.unwrap();
        wait_for_path(d, &format!("/{lang}/staff/org")).await;
        assert!(d.source().await.unwrap().contains(name));
        d.goto(format!("{}/{lang}/staff/security", app.base)).await.unwrap();
        d.find(By::Id("password")).await.unwrap().send_keys("a long enough password").await.unwrap();
        d.find(By::Css("input[value='enrol-start'] ~ button")).await.unwrap().click().await.unwrap();
        tokio::time::sleep(Duration::from_millis(300)).await;
        assert!(d.find(By::Css(".qr svg")).await.is_ok(), "the QR code is drawn on the server");
        let secret = d.find(By::Css("code.secret")).await.unwrap().text().await.unwrap();
        let bytes = AsRef::<[u8]>::as_ref(&totp_rs::Secret::try_from_base32(secret.replace(' ', "")).unwrap()).to_vec();
        let code = totp_rs::Builder::new().with_secret(bytes).build().unwrap().generate(tadamun::db::now() as u64).to_string();
        d.find(By::Id("code")).await.unwrap().send_keys(&code).await.unwrap();
        d.find(By::Css("input[value='enrol-finish'] ~ div ~ button")).await.unwrap().click().await.unwrap();
        tokio::time::sleep(Duration::from_millis(300)).await;
        assert_eq!(d.find_all(By::Css("ul.codes li")).await.unwrap().len(), 10, "ten recovery codes shown once");
        d.screenshot(&screenshot_dir().join(format!("two-factor-{lang}-360.png"))).await.unwrap();
        d.goto(format!("{}/{lang}/staff/org", app.base)).await.unwrap();
        d.find(By::Css("form[action$='/staff/org/export'] button")).await.unwrap().click().await.unwrap();
        tokio::time::sleep(Duration::from_millis(500)).await;
        admin.quit().await;
        let (exports,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM audit_log WHERE action = 'org-supporters-exported' AND staff_login = $1").bind(admin_login).fetch_one(&app.state.db.pool).await.unwrap();
        assert_eq!(exports, 1, "the export ran (and is in the audit log)");
    }
    app.finish().await;
}

/// The days of action's pages pass axe-core and do not scroll sideways, on a phone and a
/// desktop, in every language (the map included).
#[tokio::test(flavor = "multi_thread")]
async fn days_of_action_pages_pass_axe_core_in_every_language_on_phone_and_desktop() {
    if !browser_available() {
        return;
    }
    let Some(axe_run) = axe_script() else { return };
    let app = TestApp::spawn_with(Options { demo: true, ..Default::default() }).await;
    let (day,): (i64,) = sqlx::query_as("SELECT id FROM action_days LIMIT 1").fetch_one(&app.state.db.pool).await.unwrap();
    let (event,): (i64,) = sqlx::query_as("SELECT id FROM events WHERE country = 'DE'").fetch_one(&app.state.db.pool).await.unwrap();
    let (login, password) = app.coordinator("axe-days").await;
    // Another event than the one whose public page is checked (this one begins now).
    let (other,): (i64,) = sqlx::query_as("SELECT id FROM events WHERE country <> 'DE' AND status = 'approved' ORDER BY id LIMIT 1").fetch_one(&app.state.db.pool).await.unwrap();
    let manage = crate::common::organiser_page(&app, other, "nour@example.org").await;
    let mut failures = Vec::new();
    for width in [360u32, 1280] {
        let browser = Browser::start(true, "en", width).await;
        let d = &browser.driver;
        let mut pages: Vec<String> = Vec::new();
        for lang in tadamun::i18n::Lang::ALL.map(|l| l.code()) {
            pages.push(format!("/{lang}/c/defend-idlib/days/{day}"));
            pages.push(format!("/{lang}/c/defend-idlib/days/{day}/submit"));
            pages.push(format!("/{lang}/c/defend-idlib/events/{event}"));
            pages.push(format!("/{lang}{manage}"));
            pages.push(format!("/{lang}{manage}/edit"));
        }
        for page in &pages {
            d.goto(format!("{}{page}", app.base)).await.unwrap();
            audit_shown_page(d, &axe_run, page, width, &mut failures).await;
        }
        sign_in(d, &app, "en", &login, &password).await;
        for lang in ["ar", "en"] {
            for p in [
                format!("/{lang}/staff/campaigns/defend-idlib/days"),
                format!("/{lang}/staff/campaigns/defend-idlib/events?status=approved"),
                format!("/{lang}/staff/campaigns/defend-idlib/events/{event}"),
                format!("/{lang}/staff/campaigns/defend-idlib/events/{other}"),
                format!("/{lang}/staff/campaigns/defend-idlib/events?reports=pending"),
            ] {
                d.goto(format!("{}{p}", app.base)).await.unwrap();
                audit_shown_page(d, &axe_run, &p, width, &mut failures).await;
            }
        }
        browser.quit().await;
    }
    assert!(failures.is_empty(), "accessibility problems:\n{}", failures.join("\n"));
    app.finish().await;
}

/// A day of action in a browser with JavaScript off, on a phone, in Arabic and in English: an
/// organiser submits an event (choosing their city from a list), confirms it from the mail; a
/// moderator approves it; a reader finds it on the map, says they will come, confirms, and
/// cancels; the organiser reports after it.
#[tokio::test(flavor = "multi_thread")]
async fn a_day_of_action_from_submission_to_report_with_javascript_off() {
    if !browser_available() {
        return;
    }
    let app = TestApp::spawn_with(Options { demo: true, ..Default::default() }).await;
    let (coordinator, password) = app.coordinator("days-coord").await;
    let (day, date): (i64, String) = sqlx::query_as("SELECT id, first_day FROM action_days LIMIT 1").fetch_one(&app.state.db.pool).await.unwrap();
    for (lang, title, organiser, reader) in [("ar", "وقفة في حمص", "org-ar@example.org", "reader-ar@example.org"), ("en", "Vigil in Springfield", "org-en@example.org", "reader-en@example.org")] {
        let b = Browser::start(false, lang, 360).await;
        let d = &b.driver;
        d.goto(format!("{}/{lang}/c/defend-idlib/days/{day}/submit", app.base)).await.unwrap();
        d.find(By::Id("event-title")).await.unwrap().send_keys(title).await.unwrap();
        d.find(By::Css("#event-kind option[value='vigil']")).await.unwrap().click().await.unwrap();
        // datetime-local takes the digits of the locale's order; JavaScript being off, the
        // value is set by typing into the field as a person would.
        let (country, city) = if lang == "ar" { ("SY", "حمص") } else { ("US", "Springfield") };
        d.find(By::Css(format!("#event-country option[value='{country}']"))).await.unwrap().click().await.unwrap();
        d.find(By::Id("event-city")).await.unwrap().send_keys(city).await.unwrap();
        if lang == "en" {
            d.find(By::Id("event-time_zone")).await.unwrap().send_keys("America/Chicago").await.unwrap();
        }
        d.find(By::Id("event-address")).await.unwrap().send_keys("Main square").await.unwrap();
        d.find(By::Id("event-organiser_name")).await.unwrap().send_keys("Rim").await.unwrap();
        d.find(By::Id("event-organiser_email")).await.unwrap().send_keys(organiser).await.unwrap();
        for (id, value) in [("event-starts", format!("{date}T18:00")), ("event-ends", format!("{date}T20:00"))] {
            // Set through the DevTools protocol's input: a date-time field takes keys in the
            // browser's locale order; its value in the form is always ISO.
            d.execute(&format!("document.getElementById('{id}').value = '{value}'"), vec![]).await.ok();
            if d.find(By::Id(id)).await.unwrap().prop("value").await.unwrap().unwrap_or_default().is_empty() {
                let field = d.find(By::Id(id)).await.unwrap();
                let (y, rest) = value.split_at(4);
                let md = &rest[1..6];
                let hm = &rest[7..];
                field.send_keys(format!("{}{}{}{}", md.replace('-', ""), y, hm.replace(':', ""), "")).await.unwrap();
            }
        }
        d.find(By::Css("form.stack > button[type=submit]")).await.unwrap().click().await.unwrap();
        tokio::time::sleep(Duration::from_millis(400)).await;
        if lang == "en" {
            // Several Springfields: choose one from the list.
            assert!(d.find(By::Css(".error-summary")).await.is_ok(), "the summary says to choose: {}", d.source().await.unwrap());
            d.find(By::Css("input[name='city_id']")).await.unwrap().click().await.unwrap();
            d.find(By::Css("form.stack > button[type=submit]")).await.unwrap().click().await.unwrap();
            tokio::time::sleep(Duration::from_millis(400)).await;
        }
        wait_for_path(d, &format!("/{lang}/c/defend-idlib/days/{day}/submitted")).await;
        app.wait_for_jobs().await;
        let confirm = mailed_link(&app, organiser, &format!("/{lang}/events/confirm/"));
        let manage = mailed_link(&app, organiser, &format!("/{lang}/events/manage/"));
        d.goto(format!("{}{confirm}", app.base)).await.unwrap();
        d.find(By::Css("main form button")).await.unwrap().click().await.unwrap();
        tokio::time::sleep(Duration::from_millis(300)).await;
        b.quit().await;

        // A moderator approves it.
        let staff = Browser::start(false, "en", 1280).await;
        let s = &staff.driver;
        sign_in(s, &app, "en", &coordinator, &password).await;
        s.goto(format!("{}/en/staff/campaigns/defend-idlib/events", app.base)).await.unwrap();
        s.find(By::LinkText(title)).await.unwrap().click().await.unwrap();
        tokio::time::sleep(Duration::from_millis(200)).await;
        s.find(By::Css("button[value='approve']")).await.unwrap().click().await.unwrap();
        wait_for_path(s, "/en/staff/campaigns/defend-idlib/events").await;
        staff.quit().await;

        // A reader finds it on the map, comes, confirms, then cancels.
        let r = Browser::start(false, lang, 360).await;
        let d = &r.driver;
        d.goto(format!("{}/{lang}/c/defend-idlib/days/{day}", app.base)).await.unwrap();
        let (event,): (i64,) = sqlx::query_as("SELECT id FROM events WHERE title = $1").bind(title).fetch_one(&app.state.db.pool).await.unwrap();
        // On the map: a point of its own, or (close to another event) a point for several that
        // leads to the list.
        match d.find(By::Css(format!("svg a[href$='/events/{event}']"))).await {
            Ok(point) => point.click().await.unwrap(),
            Err(_) => {
                assert!(d.find_all(By::Css("svg a circle.many")).await.unwrap().len() > 0, "the event is on the map");
                d.find(By::Css(format!("ul.events a[href$='/events/{event}']"))).await.unwrap().click().await.unwrap();
            }
        }
        wait_for_path(d, &format!("/{lang}/c/defend-idlib/events/{event}")).await;
        d.find(By::Id("rsvp-name")).await.unwrap().send_keys("Nour").await.unwrap();
        d.find(By::Id("rsvp-email")).await.unwrap().send_keys(reader).await.unwrap();
        d.find(By::Css("section.sign form button[type=submit]")).await.unwrap().click().await.unwrap();
        tokio::time::sleep(Duration::from_millis(300)).await;
        app.wait_for_jobs().await;
        let attend = mailed_link(&app, reader, &format!("/{lang}/events/attend/"));
        d.goto(format!("{}{attend}", app.base)).await.unwrap();
        d.find(By::Css("main form button")).await.unwrap().click().await.unwrap();
        tokio::time::sleep(Duration::from_millis(300)).await;
        let (status,): (String,) = sqlx::query_as("SELECT r.status FROM rsvps r JOIN events e ON e.id = r.event_id WHERE e.id = $1").bind(event).fetch_one(&app.state.db.pool).await.unwrap();
        assert_eq!(status, "attending");
        app.wait_for_jobs().await;
        let cancel = mailed_link(&app, reader, &format!("/{lang}/events/rsvp/"));
        d.goto(format!("{}{cancel}", app.base)).await.unwrap();
        d.find(By::Css("main form button")).await.unwrap().click().await.unwrap();
        tokio::time::sleep(Duration::from_millis(300)).await;
        let (status,): (String,) = sqlx::query_as("SELECT r.status FROM rsvps r WHERE r.event_id = $1").bind(event).fetch_one(&app.state.db.pool).await.unwrap();
        assert_eq!(status, "cancelled");
        r.quit().await;

        // After the event, its organiser reports.
        let now = tadamun::db::now();
        sqlx::query("UPDATE events SET starts_at = $2, ends_at = $3 WHERE id = $1").bind(event).bind(now - 7200).bind(now - 3600).execute(&app.state.db.pool).await.unwrap();
        let o = Browser::start(false, lang, 360).await;
        let d = &o.driver;
        d.goto(format!("{}{manage}", app.base)).await.unwrap();
        d.find(By::Id("report-attended")).await.unwrap().send_keys("40").await.unwrap();
        d.find(By::Id("report-text")).await.unwrap().send_keys("Candles and songs.").await.unwrap();
        d.find(By::Css("section[aria-labelledby='report-heading'] button")).await.unwrap().click().await.unwrap();
        tokio::time::sleep(Duration::from_millis(300)).await;
        let (attended,): (i64,) = sqlx::query_as("SELECT attended FROM event_reports WHERE event_id = $1").bind(event).fetch_one(&app.state.db.pool).await.unwrap();
        assert_eq!(attended, 40);
        d.screenshot(&screenshot_dir().join(format!("report-{lang}-360.png"))).await.unwrap();
        o.quit().await;
        sqlx::query("DELETE FROM jobs WHERE kind = 'rsvp-mail' AND run_at > $1").bind(tadamun::db::now()).execute(&app.state.db.pool).await.unwrap();
    }
    app.finish().await;
}

/// Pressure on decision-makers in a browser with JavaScript off, on a phone, in Arabic and in
/// English: a supporter writes a letter, confirms it from the mail and sees it counted once
/// delivered; another calls and says how it went; a coordinator raises an alert from the watch
/// list and sees it live on the campaign page.
#[tokio::test(flavor = "multi_thread")]
async fn letters_calls_and_an_alert_with_javascript_off() {
    if !browser_available() {
        return;
    }
    let app = TestApp::spawn_with(Options { demo: true, ..Default::default() }).await;
    let (coordinator, password) = app.coordinator("pressure-coord").await;
    // The demo's letter action, made quick to deliver: any hour, one a second.
    let (letters,): (i64,) = sqlx::query_as("SELECT MIN(id) FROM letter_actions").fetch_one(&app.state.db.pool).await.unwrap();
    sqlx::query("UPDATE letter_actions SET per_hour = 3600, day_start = 0, day_end = 24 WHERE id = $1").bind(letters).execute(&app.state.db.pool).await.unwrap();
    let (call,): (i64,) = sqlx::query_as("SELECT MIN(id) FROM call_actions").fetch_one(&app.state.db.pool).await.unwrap();
    for (lang, writer, country, delivered) in [("ar", "writer-ar@example.org", "DE", "وصلت رسالة واحدة"), ("en", "writer-en@example.org", "FR", "2 letters delivered")] {
        let b = Browser::start(false, lang, 360).await;
        let d = &b.driver;
        // Write: the campaign's letter is there to edit; name, email, country; send.
        d.goto(format!("{}/{lang}/c/defend-idlib/letters/{letters}", app.base)).await.unwrap();
        let body = d.find(By::Id("letter-body")).await.unwrap();
        assert!(!body.prop("value").await.unwrap().unwrap_or_default().is_empty(), "prefilled");
        d.find(By::Id("letter-name")).await.unwrap().send_keys("Nour").await.unwrap();
        d.find(By::Id("letter-email")).await.unwrap().send_keys(writer).await.unwrap();
        d.find(By::Id("letter-city")).await.unwrap().send_keys("Köln").await.unwrap();
        d.find(By::Css(format!("#letter-country option[value='{country}']"))).await.unwrap().click().await.unwrap();
        d.find(By::Css("section.sign form button[type=submit]")).await.unwrap().click().await.unwrap();
        tokio::time::sleep(Duration::from_millis(400)).await;
        assert!(d.find(By::Css("p.notice")).await.is_ok(), "told to check the mail: {}", d.source().await.unwrap());
        app.wait_for_jobs().await;
        let confirm = mailed_link(&app, writer, &format!("/{lang}/letters/confirm/"));
        d.goto(format!("{}{confirm}", app.base)).await.unwrap();
        d.find(By::Css("main form button")).await.unwrap().click().await.unwrap();
        tokio::time::sleep(Duration::from_millis(400)).await;
        app.wait_for_jobs().await;
        tokio::time::sleep(Duration::from_millis(1_200)).await;
        app.wait_for_jobs().await;
        d.goto(format!("{}/{lang}/c/defend-idlib/letters/{letters}", app.base)).await.unwrap();
        let page = d.source().await.unwrap();
        assert!(page.contains(delivered), "the tally counts it: {page}");
        // Call: a tel: link, then say how it went.
        d.goto(format!("{}/{lang}/c/defend-idlib/calls/{call}", app.base)).await.unwrap();
        assert!(d.find(By::Css("a[href^='tel:+']")).await.is_ok());
        d.find(By::Css("form input[value='voicemail']")).await.unwrap().click().await.unwrap();
        d.find(By::Css("div.card form button[type=submit]")).await.unwrap().click().await.unwrap();
        tokio::time::sleep(Duration::from_millis(400)).await;
        assert!(d.find(By::Css("p.notice")).await.is_ok(), "thanked: {}", d.source().await.unwrap());
        d.screenshot(&screenshot_dir().join(format!("call-{lang}-360.png"))).await.unwrap();
        b.quit().await;
    }
    let (reports,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM call_reports").fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(reports, 2);
    // A coordinator raises an alert from the watch item: live at once on the campaign page.
    let (item,): (i64,) = sqlx::query_as("SELECT MIN(id) FROM watch_items").fetch_one(&app.state.db.pool).await.unwrap();
    for lang in ["ar", "en"] {
        let b = Browser::start(false, lang, 360).await;
        let d = &b.driver;
        sign_in(d, &app, lang, &coordinator, &password).await;
        d.goto(format!("{}/{lang}/staff/campaigns/defend-idlib/watch/{item}/alert", app.base)).await.unwrap();
        d.find(By::Css("form.stack > button[type=submit]")).await.unwrap().click().await.unwrap();
        tokio::time::sleep(Duration::from_millis(400)).await;
        wait_for_path(d, &format!("/{lang}/staff/campaigns/defend-idlib/calls")).await;
        assert!(d.find(By::Css("p.notice")).await.is_ok(), "the time from raise to live is shown");
        b.quit().await;
    }
    let (alerts,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM call_actions WHERE watch_item_id = $1 AND status = 'open'").bind(item).fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(alerts, 3, "the demo's alert and the two raised here");
    let campaign = app.agent().get("/en/c/defend-idlib").await.body;
    assert!(campaign.contains("Call now") && campaign.matches("/en/c/defend-idlib/calls/").count() >= 3);
    app.finish().await;
}
