//! Facts over HTTP, on the backend the harness picks: coordinators keep series and points,
//! corrections keep history, bad input changes nothing, readers get pages, JSON and CSV.


use crate::common::{Agent, Options, TestApp};

async fn demo_series_id(app: &TestApp) -> tadamun::facts::model::SeriesId {
    let c = tadamun::campaigns::store::find_by_slug(&app.state.db, "defend-idlib").await.unwrap().unwrap();
    tadamun::facts::store::list_series(&app.state.db, c.id).await.unwrap()[0].id
}

async fn point_count(app: &TestApp) -> i64 {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM fact_points").fetch_one(&app.state.db.pool).await.unwrap();
    n
}

fn svgs(body: &str) -> Vec<&str> {
    body.match_indices("<svg").map(|(i, _)| &body[i..i + body[i..].find("</svg>").unwrap() + 6]).collect()
}

#[tokio::test]
async fn the_campaign_page_shows_the_statements_figures_with_source_and_chart() {
    let app = TestApp::spawn_with(Options { demo: true, ..Default::default() }).await;
    let mut reader = app.agent();
    let ar = reader.get("/ar/c/defend-idlib").await;
    ar.assert_translated();
    assert!(ar.body.contains("ما يصل إلى ٣٠٬٠٠٠ شخص"), "Arabic digits and qualifier");
    assert!(ar.body.contains("أكثر من ١٬٤٠٠ شخص"));
    assert!(ar.body.contains("نحو ١٬٠٠٠٬٠٠٠ شخص"));
    assert!(ar.body.contains("بتاريخ ٢٧ ديسمبر ٢٠١٩"), "{}", ar.body);
    assert!(ar.body.contains("href=\"http://www.thecommunists.net\" rel=\"noreferrer\""));
    let en = reader.get("/en/c/defend-idlib").await;
    assert!(en.body.contains("up to 30,000 people") && en.body.contains("more than 1,400 people") && en.body.contains("about 1,000,000 people"));
    assert!(en.body.contains("as of December 27, 2019"));
    assert_eq!(svgs(&en.body).len(), 3, "one chart per headline fact");
    for svg in svgs(&en.body).into_iter().chain(svgs(&ar.body)) {
        let lower = svg.to_ascii_lowercase();
        for bad in ["http", "//", "href", "<script", "url(", "<image", "<use", "<foreignobject", "style="] {
            assert!(!lower.contains(bad), "chart contains {bad:?}: {svg}");
        }
        // No event-handler attribute (` onload=`, ` onclick=`…) inside any tag.
        for (i, _) in lower.match_indices(" on") {
            let rest = &lower[i + 3..];
            let name_len = rest.bytes().take_while(|b| b.is_ascii_lowercase()).count();
            let inside_tag = lower[..i].rfind('<') > lower[..i].rfind('>');
            assert!(!(inside_tag && name_len > 0 && rest[name_len..].starts_with('=')), "event handler in chart: {svg}");
        }
        assert!(svg.contains("role=\"img\"") && svg.contains("<title id=") && svg.contains("<desc id="));
    }
    app.finish().await;
}

#[tokio::test]
async fn facts_page_json_and_csv_are_public_for_published_campaigns_only() {
    let app = TestApp::spawn_with(Options { demo: true, ..Default::default() }).await;
    let mut reader = app.agent();
    let page = reader.get("/en/c/defend-idlib/facts").await;
    assert_eq!(page.status, 200);
    page.assert_translated();
    assert!(page.body.contains("<caption>Every value, newest first</caption>"));
    let json = reader.get("/c/defend-idlib/facts.json").await;
    assert_eq!(json.status, 200);
    assert_eq!(json.header("content-type"), "application/json");
    let v: serde_json::Value = serde_json::from_str(&json.body).unwrap();
    let series = v["series"].as_array().unwrap();
    assert_eq!(series.len(), 3);
    assert_eq!(series[0]["unit"], "people");
    assert_eq!(series[0]["labels"]["en"]["label"], "People who fled the area around Maarat al-Numan");
    assert!(series[0]["labels"]["ar"]["label"].as_str().unwrap().contains("معرة النعمان"));
    let p = &series[0]["points"][0];
    assert_eq!((p["date"].as_str(), p["value"].as_str(), p["qualifier"].as_str()), (Some("2019-12-27"), Some("30000"), Some("up-to")));
    assert_eq!(p["source"]["published"], "2019-12-27");
    let id = demo_series_id(&app).await;
    let csv = reader.get(&format!("/c/defend-idlib/facts/{id}.csv")).await;
    assert_eq!(csv.status, 200);
    assert!(csv.header("content-type").starts_with("text/csv"));
    assert!(csv.body.starts_with("\u{feff}date,value,low,qualifier,source_title"), "a byte-order mark for spreadsheets, then the header");
    assert!(csv.body.contains("2019-12-27,30000,,up-to,"));
    assert_eq!(reader.get("/c/defend-idlib/facts/999999.csv").await.status, 404);
    assert_eq!(reader.get("/c/defend-idlib/facts/abc").await.status, 404);
    // Unpublished: nothing is public.
    let c = tadamun::campaigns::store::find_by_slug(&app.state.db, "defend-idlib").await.unwrap().unwrap();
    tadamun::campaigns::store::set_published(&app.state.db, c.id, false, 0).await.unwrap();
    app.state.cache.clear();
    assert_eq!(reader.get("/c/defend-idlib/facts.json").await.status, 404);
    assert_eq!(reader.get("/en/c/defend-idlib/facts").await.status, 404);
    assert_eq!(reader.get(&format!("/c/defend-idlib/facts/{id}.csv")).await.status, 404);
    app.finish().await;
}

async fn new_series(agent: &mut Agent, form: &[(&str, &str)]) -> crate::common::Resp {
    let path = "/en/staff/campaigns/defend-idlib/facts/new";
    agent.submit(path, path, form).await
}

#[tokio::test]
async fn a_coordinator_keeps_a_series_and_bad_input_changes_nothing() {
    let app = TestApp::spawn_with(Options { demo: true, ..Default::default() }).await;
    let mut agent = app.signed_in("lina").await;
    assert_eq!(app.agent().get("/en/staff/campaigns/defend-idlib/facts").await.status, 303, "staff only");

    // A series needs a unit, and a label in the default language (Arabic for the demo).
    let res = new_series(&mut agent, &[("unit", ""), ("label_en", "Fuel price"), ("currency", "SYP")]).await;
    assert_eq!(res.status, 422);
    assert!(res.body.contains("Choose a unit from the list") && res.body.contains("This field is required"));
    assert!(res.body.contains("value=\"Fuel price\""), "typed values come back");
    let res = new_series(&mut agent, &[("unit", "currency-per-litre"), ("label_ar", "سعر المازوت"), ("currency", "pounds")]).await;
    assert_eq!(res.status, 422);
    assert!(res.body.contains("three-letter code"));
    let res = new_series(&mut agent, &[("unit", "currency-per-litre"), ("label_ar", "سعر المازوت"), ("label_en", "Diesel price"), ("place_en", "Idlib"), ("currency", "syp"), ("headline", "1"), ("position", "5")]).await;
    assert_eq!(res.status, 303, "{}", res.body);
    let series_path = res.location().to_string();
    let points_path = format!("{series_path}/points");

    // Bad points: each refused with its message, the form filled in again, nothing stored.
    let before = point_count(&app).await;
    let good = [("value", "650"), ("qualifier", "exact"), ("day", "2019-12-20"), ("source_title", "Local market survey"), ("source_url", "https://example.org/survey")];
    let with = |field: &'static str, value: &'static str| {
        let mut f: Vec<(&str, &str)> = good.iter().filter(|(k, _)| *k != field).copied().collect();
        f.push((field, value));
        f
    };
    for (form, message) in [
        (with("day", "2099-01-01"), "This date is in the future."),
        (with("day", "20/12/2019"), "YYYY-MM-DD"),
        (with("value", "-650"), "A count cannot be negative."),
        (with("value", "six hundred"), "digits only"),
        (with("source_url", "javascript:alert(1)"), "must start with http:// or https://"),
        (with("source_title", ""), "This field is required."),
        (with("qualifier", "roughly"), "Choose how exact"),
    ] {
        let res = agent.submit(&series_path, &points_path, &form).await;
        assert_eq!(res.status, 422, "{form:?}");
        assert!(res.body.contains(message), "{message}: {}", res.body);
        assert!(res.body.contains("value=\"Local market survey\"") || form.iter().any(|(k, v)| *k == "source_title" && v.is_empty()));
    }
    assert_eq!(point_count(&app).await, before, "nothing was stored");

    let res = agent.submit(&series_path, &points_path, &good).await;
    assert_eq!(res.status, 303, "{}", res.body);
    // One value per date: a second one for the same date is refused (correct the first).
    let res = agent.submit(&series_path, &points_path, &with("value", "700")).await;
    assert_eq!(res.status, 422);
    assert!(res.body.contains("has a value for this date already"), "{}", res.body);
    let mut next_day = with("value", "1,200.5");
    next_day.retain(|(k, _)| *k != "day");
    next_day.push(("day", "2019-12-21"));
    let res = agent.submit(&series_path, &points_path, &next_day).await;
    assert_eq!(res.status, 303);
    assert_eq!(point_count(&app).await, before + 2);
    let page = agent.get(&series_path).await;
    page.assert_translated();
    assert!(page.body.contains("1,200.5 SYP per litre"), "{}", page.body);

    // Readers see the new headline fact, in Arabic with Arabic digits.
    let ar = app.agent().get("/ar/c/defend-idlib").await;
    assert!(ar.body.contains("١٬٢٠٠٫٥ SYP للتر الواحد"), "{}", ar.body);
    app.finish().await;
}

#[tokio::test]
async fn a_correction_keeps_the_old_value_with_who_and_why() {
    let app = TestApp::spawn_with(Options { demo: true, ..Default::default() }).await;
    let mut agent = app.signed_in("majd").await;
    let id = demo_series_id(&app).await;
    let (pid,): (i64,) = sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT id FROM fact_points WHERE series_id = {id}"))).fetch_one(&app.state.db.pool).await.unwrap();
    let path = format!("/en/staff/campaigns/defend-idlib/facts/{id}/points/{pid}");
    let page = agent.get(&path).await;
    let revision = page.hidden("revision");
    let fields = |value: &'static str, reason: &'static str| {
        vec![
            ("revision", revision.clone()),
            ("value", value.to_string()),
            ("qualifier", "up-to".to_string()),
            ("day", "2019-12-27".to_string()),
            ("source_title", "دافع عن إدلب! هزيمة الأسد والمحتلين الروس الإيرانيين!".to_string()),
            ("source_url", "http://www.thecommunists.net".to_string()),
            ("reason", reason.to_string()),
        ]
    };
    let as_refs = |v: &Vec<(&'static str, String)>| v.iter().map(|(k, v)| (*k, v.clone())).collect::<Vec<_>>();
    // Without a reason: refused, nothing changed.
    let f = as_refs(&fields("35000", ""));
    let f: Vec<(&str, &str)> = f.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let res = agent.submit(&path, &path, &f).await;
    assert_eq!(res.status, 422);
    assert!(res.body.contains("value=\"35000\""), "typed value kept");
    let f = as_refs(&fields("35000", "The statement's own update of 28 December"));
    let f: Vec<(&str, &str)> = f.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let res = agent.submit(&path, &path, &f).await;
    assert_eq!(res.status, 303, "{}", res.body);
    // The same form again carries a stale revision: refused rather than merged.
    let stale: Vec<(&str, &str)> = f.iter().map(|(k, v)| if *k == "revision" { (*k, revision.as_str()) } else { (*k, *v) }).collect();
    let token = agent.get(&path).await.hidden("_csrf");
    let mut with_token = vec![("_csrf", token.as_str())];
    with_token.extend(stale);
    let res = agent.post(&path, &with_token).await;
    assert_eq!(res.status, 422);
    assert!(res.body.contains("Someone changed this value"));

    let series_page = agent.get(&format!("/en/staff/campaigns/defend-idlib/facts/{id}")).await;
    assert!(series_page.body.contains("up to 35,000 people"));
    assert!(series_page.body.contains("corrected") && series_page.body.contains("up to 30,000 people"));
    assert!(series_page.body.contains("own update of 28 December"));
    assert!(series_page.body.contains("majd"));
    let (old, reason, who): (String, String, Option<i64>) =
        sqlx::query_as("SELECT value, reason, changed_by FROM fact_point_history").fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(old, "30000");
    assert!(reason.starts_with("The statement"));
    assert!(who.is_some());
    // Readers see the correction too, as the page promises: when, and what it was.
    let public = app.agent().get("/en/c/defend-idlib/facts").await;
    assert!(public.body.contains("Corrected on") && public.body.contains("it was up to 30,000 people"), "{}", public.body);

    // Withdraw: gone from the public JSON, kept in the history.
    let page = agent.get(&path).await;
    let revision = page.hidden("revision");
    let res = agent.submit(&path, &format!("{path}/withdraw"), &[("revision", &revision), ("reason", "")]).await;
    assert_eq!(res.status, 422);
    let res = agent.submit(&path, &format!("{path}/withdraw"), &[("revision", &revision), ("reason", "Source retracted it")]).await;
    assert_eq!(res.status, 303);
    let json = app.agent().get("/c/defend-idlib/facts.json").await;
    let v: serde_json::Value = serde_json::from_str(&json.body).unwrap();
    assert!(v["series"][0]["points"].as_array().unwrap().is_empty());
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM fact_point_history").fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(n, 2);
    app.finish().await;
}

#[tokio::test]
async fn csv_import_is_all_or_nothing_with_a_line_by_line_report() {
    let app = TestApp::spawn_with(Options { demo: true, ..Default::default() }).await;
    let mut agent = app.signed_in("nabil").await;
    let id = demo_series_id(&app).await;
    let series_path = format!("/ar/staff/campaigns/defend-idlib/facts/{id}");
    let import = format!("{series_path}/import");
    let before = point_count(&app).await;
    let broken = "date,value,qualifier,source_title,source_url\n\
                  2019-12-01,12000,up-to,UNHCR,https://example.org/a\n\
                  2019-12-15,-3,exact,Bad,\n\
                  2019-12-20,20000,up-to,Ok,ftp://nope\n\
                  2019-12-21,25000\n";
    let res = agent.submit(&series_path, &import, &[("csv", broken)]).await;
    assert_eq!(res.status, 422);
    res.assert_translated();
    assert!(res.body.contains("لم يُستورد شيء"), "report in Arabic");
    assert!(res.body.contains("السطر ٣، العمود value"), "{}", res.body);
    assert!(res.body.contains("السطر ٤، العمود source_url"));
    assert!(res.body.contains("السطر ٥:"));
    assert!(res.body.contains("2019-12-01,12000"), "the pasted text comes back");
    assert_eq!(point_count(&app).await, before, "nothing half-imported");

    let good = "date,value,qualifier,source_title,source_url,note\n\
                2019-12-01,12000,up-to,UNHCR,https://example.org/a,\"First count, partial\"\n\
                2019-12-15,20000,about,OCHA,https://example.org/b,\n";
    let res = agent.submit(&series_path, &import, &[("csv", good)]).await;
    assert_eq!(res.status, 303, "{}", res.body);
    assert_eq!(point_count(&app).await, before + 2);
    // Exported again: the three points, oldest first, the note's comma quoted.
    let csv = agent.get(&format!("{series_path}/export.csv")).await;
    let lines: Vec<&str> = csv.body.lines().collect();
    assert_eq!(lines.len(), 4, "{}", csv.body);
    assert!(lines[1].starts_with("2019-12-01,12000,,up-to,UNHCR") && lines[1].ends_with("\"First count, partial\""));
    assert!(lines[3].starts_with("2019-12-27,30000"));
    // Importing the export again changes nothing (an upsert, not a copy of every row), and says so.
    let before = point_count(&app).await;
    let res = agent.submit(&series_path, &import, &[("csv", &csv.body)]).await;
    assert_eq!(res.status, 303);
    assert_eq!(point_count(&app).await, before, "no row doubled");
    assert!(res.location().ends_with("added=0&corrected=0&unchanged=3"), "{}", res.location());
    assert!(agent.get(res.location()).await.body.contains("تمّ الاستيراد: أُضيفت ٠، وصُحّحت ٠، وبقيت ٣ كما هي."));
    // A changed value becomes a correction, kept in the history; a new date is added.
    let changed = "date,value,qualifier,source_title
2019-12-15,21000,about,OCHA
2019-12-30,25000,about,OCHA
";
    let res = agent.submit(&series_path, &import, &[("csv", changed)]).await;
    assert!(res.location().ends_with("added=1&corrected=1&unchanged=0"), "{}", res.location());
    assert_eq!(point_count(&app).await, before + 1);
    let (history,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM fact_point_history WHERE reason = 'استيراد من ملف'").fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(history, 1);
    // A file naming one date twice is refused, line by line.
    let twice = "date,value,qualifier,source_title
2019-12-15,1,about,A
2019-12-15,2,about,B
";
    let res = agent.submit(&series_path, &import, &[("csv", twice)]).await;
    assert_eq!(res.status, 422);
    assert!(res.body.contains("هذا التاريخ مكرّر في الملف."), "{}", res.body);
    app.finish().await;
}

/// A series of thousands of values: the campaign page shows a summary (a chart of at most
/// `SUMMARY_POINTS`, the latest `SUMMARY_ROWS` values), the facts page all of them.
#[tokio::test]
async fn the_campaign_page_shows_a_bounded_summary_of_a_long_series() {
    let app = TestApp::spawn_with(Options { demo: true, ..Default::default() }).await;
    let id = demo_series_id(&app).await;
    let mut csv = String::from("date,value,qualifier,source_title\n");
    let start = jiff::civil::date(2010, 1, 1);
    for i in 0..3000 {
        let day = start.checked_add(jiff::Span::new().days(i)).unwrap();
        csv.push_str(&format!("{day},{},about,Daily count\n", 1000 + i));
    }
    let mut agent = app.signed_in("fatima").await;
    let series = format!("/en/staff/campaigns/defend-idlib/facts/{id}");
    let res = agent.submit(&series, &format!("{series}/import"), &[("csv", &csv)]).await;
    assert_eq!(res.status, 303, "{}", res.body);
    let page = app.agent().get("/en/c/defend-idlib").await;
    assert!(page.body.len() < 150_000, "the campaign page is {} bytes", page.body.len());
    let facts = app.agent().get("/en/c/defend-idlib/facts").await;
    assert!(facts.body.len() < 400_000, "the facts page is {} bytes", facts.body.len());
    assert!(facts.body.contains("The latest 200 of 3,001 values"), "it says how many it shows");
    let csv = app.agent().get(&format!("/c/defend-idlib/facts/{id}.csv")).await;
    assert!(csv.body.contains("2010-01-01"), "the CSV has every value");
    app.finish().await;
}
