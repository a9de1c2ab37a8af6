//! The site in a real headless Chromium, driven over WebDriver: with JavaScript disabled (as a
//! supporter behind Tor Browser's safest setting would have it), and with it enabled only to
//! let axe-core audit accessibility. Needs Debian's `chromium` and `chromium-driver`; without
//! them these tests say so and skip (`.ci/run` installs them and sets `TADAMUN_REQUIRE_ALL`).

mod common;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::{Options, TestApp};
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
    common::require_tool("chromium and chromium-driver (browser tests)", Path::new(CHROMEDRIVER).exists() && Path::new(CHROMIUM).exists())
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

    d.find(By::Css(".banner a")).await.unwrap().click().await.unwrap();
    wait_for_path(d, "/ar/staff/campaigns/defend-idlib").await;
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
async fn add_history(app: &TestApp) -> i64 {
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
    series.0
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
        let section = d.find(By::Css(&format!("section[aria-labelledby='series-{series}']"))).await.unwrap();
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
async fn pages_pass_axe_core_in_arabic_and_english_on_phone_and_desktop() {
    if !browser_available() {
        return;
    }
    let axe_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tools/node_modules/axe-core/axe.min.js");
    if !common::require_tool("axe-core (npm ci --prefix tools)", axe_path.exists()) {
        return;
    }
    let axe = std::fs::read_to_string(&axe_path).unwrap();
    let app = TestApp::spawn_with(Options { demo: true, ..Default::default() }).await;
    let series = add_history(&app).await;
    let (point,): (i64,) = sqlx::query_as("SELECT MIN(id) FROM fact_points").fetch_one(&app.state.db.pool).await.unwrap();
    let (login, password) = app.coordinator("tariq").await;
    let mut failures = Vec::new();
    let axe_run = format!(
        "{axe}\nconst done = arguments[arguments.length - 1];\
         axe.run(document, {{ runOnly: {{ type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }} }})\
         .then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' — ' + v.nodes.map(n => n.target.join(' ')).join(', '))))\
         .catch(e => done(['axe failed: ' + e]));"
    );
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
        d.goto(format!("{}/en/staff/login", app.base)).await.unwrap();
        d.find(By::Id("login")).await.unwrap().send_keys(&login).await.unwrap();
        d.find(By::Id("password")).await.unwrap().send_keys(&password).await.unwrap();
        d.find(By::Css("form button[type=submit]")).await.unwrap().click().await.unwrap();
        wait_for_path(d, "/en/staff/").await;
        for lang in ["ar", "en"] {
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
            ] {
                pages.push(format!("/{lang}{p}"));
            }
        }
        for page in &pages {
            d.goto(format!("{}{page}", app.base)).await.unwrap();
            // Nothing may scroll sideways on a phone.
            let inner: i64 = d.execute("return window.innerWidth", vec![]).await.unwrap().convert().unwrap();
            assert_eq!(inner, i64::from(width), "the viewport must be {width}px wide");
            let overflow = d.execute("return document.documentElement.scrollWidth - window.innerWidth", vec![]).await.unwrap();
            let overflow: i64 = overflow.convert().unwrap();
            if overflow > 0 {
                failures.push(format!("{page} at {width}px: {overflow}px of horizontal overflow"));
            }
            let ret = d.execute_async(&axe_run, vec![]).await.unwrap();
            let violations: Vec<String> = ret.convert().unwrap();
            for v in violations {
                failures.push(format!("{page} at {width}px: {v}"));
            }
        }
        browser.quit().await;
    }
    assert!(failures.is_empty(), "accessibility problems:\n{}", failures.join("\n"));
    app.finish().await;
}
