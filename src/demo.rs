//! The demo campaign seeded into an empty database: the call of 27 December 2019 to defend
//! Idlib: its call, facts and third demand as a petition, in every shipped language
//! (`locales/{lang}/demo.toml`).

use anyhow::Context;

use crate::campaigns::model::{Slug, TextInput};
use crate::campaigns::store;
use crate::db::texts::Expect;
use crate::db::{Db, now};
use crate::i18n::Lang;
use crate::staff::StaffId;

pub const SLUG: &str = "defend-idlib";

/// The demo's texts in one language (`locales/{lang}/demo.toml`).
#[derive(serde::Deserialize)]
struct DemoTexts {
    title: String,
    summary: String,
    share: String,
    lead_org: String,
    call: String,
    /// Label and place of the statement's three figures, in the order of `FIGURES`.
    facts: Vec<FactTexts>,
    petition: PetitionTexts,
    day: DayTexts,
}

#[derive(serde::Deserialize)]
struct DayTexts {
    title: String,
    body: String,
}

#[derive(serde::Deserialize)]
struct FactTexts {
    label: String,
    place: String,
}

#[derive(serde::Deserialize)]
struct PetitionTexts {
    title: String,
    addressee: String,
    body: String,
}

fn demo_texts() -> anyhow::Result<Vec<(Lang, DemoTexts)>> {
    Lang::ALL
        .into_iter()
        .map(|lang| {
            let texts: DemoTexts = toml::from_str(lang.demo_toml()).with_context(|| format!("locales/{lang}/demo.toml"))?;
            anyhow::ensure!(texts.facts.len() == FIGURES.len(), "locales/{lang}/demo.toml: one [[facts]] per figure");
            Ok((lang, texts))
        })
        .collect()
}

/// The statement's figures: qualifier and value, all dated 27 December 2019.
const FIGURES: [(&str, &str); 3] = [("up-to", "30000"), ("more-than", "1400"), ("about", "1000000")];

/// Seed the demo campaign (published, Arabic first) unless some campaign exists already.
/// Returns whether it seeded.
pub async fn seed_if_empty(db: &Db, keys: &crate::crypto::FieldKeys, author: Option<StaffId>) -> anyhow::Result<bool> {
    if store::count(db, false).await? > 0 {
        return Ok(false);
    }
    let now = now();
    let slug = Slug::parse(SLUG).map_err(|e| anyhow::anyhow!("demo slug: {e}"))?;
    let demo = demo_texts()?;
    let Some(id) = store::create(db, &slug, &Lang::ALL, Lang::Ar, now).await? else {
        return Ok(false);
    };
    for (lang, t) in &demo {
        let lang = *lang;
        let text = TextInput {
            title: t.title.clone(),
            summary: t.summary.clone(),
            call_md: t.call.clone(),
            share_text: t.share.clone(),
            lead_org: t.lead_org.clone(),
        }
            .parse()
            .map_err(|e| anyhow::anyhow!("demo text for {lang} does not validate: {e:?}"))?;
        store::save_text(db, id, lang, &text, author, now, false, Expect::Any)
            .await
            .context("saving demo text")?;
    }
    seed_facts(db, id, &demo, now).await?;
    seed_petition(db, id, &demo, author, now).await?;
    seed_organisations(db, keys, id, now).await?;
    seed_day_of_action(db, keys, id, &demo, now).await?;
    seed_targets(db, keys, id, now).await?;
    seed_watch(db, id, now).await?;
    store::set_published(db, id, true, now).await?;
    Ok(true)
}

/// A demo organisation: name, kind, country, city, language, statement (in its language).
type DemoOrg = (&'static str, &'static str, &'static str, &'static str, Lang, &'static str);

/// Endorsing organisations from several countries, each writing in its own language; all
/// marked as demo data, with example.org contacts.
const ORGANISATIONS: [DemoOrg; 5] = [
    ("رابطة المعلّمين السوريين في المهجر (تجريبي)", "union", "TR", "غازي عنتاب", Lang::Ar, "نوقّع على النداء لأنّ طلّابنا في مخيّمات الشمال السوري يحتاجون إلى تضامن لا ينقطع."),
    ("Syndicat santé Rhône (démo)", "union", "FR", "Lyon", Lang::Fr, "Les soignantes et soignants du Rhône signent l'appel : les hôpitaux d'Idlib sont bombardés."),
    ("Refugees Welcome Rhein-Main (Demo)", "community", "DE", "Frankfurt am Main", Lang::De, "Wir unterzeichnen den Aufruf und fordern offene Grenzen für Geflüchtete aus Idlib."),
    ("Red de Apoyo a Personas Refugiadas (demo)", "ngo", "ES", "Madrid", Lang::Es, "Nos adherimos al llamamiento: ninguna normalización del régimen de Bachar al Asad."),
    ("Manchester Faith Solidarity Network (demo)", "faith", "GB", "Manchester", Lang::En, "People of every faith in Manchester endorse the call and will join the days of action."),
];

/// The demo's endorsing organisations, approved; the first has a partner page of its own.
async fn seed_organisations(db: &Db, keys: &crate::crypto::FieldKeys, campaign: crate::campaigns::model::CampaignId, now: i64) -> anyhow::Result<()> {
    use crate::organisations::{model, store as orgs};
    for (n, (name, kind, country, city, lang, statement)) in ORGANISATIONS.into_iter().enumerate() {
        let input = model::EndorseInput {
            name: name.into(),
            kind: kind.into(),
            country: country.into(),
            city: city.into(),
            website: String::new(),
            contact_name: "Demo Contact".into(),
            contact_email: format!("contact{n}@example.org"),
            statement: statement.into(),
        };
        let e = input.parse(crate::countries::countries()).map_err(|e| anyhow::anyhow!("demo organisation {name} does not validate: {e:?}"))?;
        let mut tx = db.begin_write().await?;
        let id = orgs::insert(&mut tx, keys, campaign, &e, lang, None, now).await?;
        tx.commit().await.context("committing a demo organisation")?;
        sqlx::query("UPDATE organisations SET status = 'approved', confirmed_at = $2, decided_at = $2 WHERE id = $1").bind(id).bind(now).execute(&db.pool).await?;
        if n == 0 {
            let page = model::PageInput {
                statement: statement.into(),
                page_md: "نحن رابطة تجمع معلّمات ومعلّمين سوريين يعيشون في تركيا وأوروبا.\n\n- ندعم مدارس المخيّمات في الشمال السوري.\n- ننظّم وقفات في يوم التحرّك.".into(),
                call_to_action: "وقّعوا معنا".into(),
            };
            let text = page.parse().map_err(|e| anyhow::anyhow!("demo partner page: {e:?}"))?;
            orgs::save_text(db, id, Lang::Ar, &text, now).await?;
            let page_en = model::PageInput {
                statement: "We endorse the call because our pupils in the camps of northern Syria need solidarity that does not stop.".into(),
                page_md: "We are an association of Syrian teachers living in Turkey and Europe.\n\n- We support schools in the camps of northern Syria.\n- We hold vigils on the days of action.".into(),
                call_to_action: "Sign with us".into(),
            };
            orgs::save_text(db, id, Lang::En, &page_en.parse().map_err(|e| anyhow::anyhow!("demo partner page: {e:?}"))?, now).await?;
        }
    }
    Ok(())
}

/// Demo decision-makers: interior ministries of European states, marked as demo data, with
/// example.org addresses (never a real ministry's) and, where a regulator reserves numbers for
/// fiction (Germany's 030 23125, France's 01 99, Britain's 020 7946 0), such a number; in one
/// group.
const TARGETS: [(&str, &str, &str, &str, &str); 5] = [
    ("Federal Minister of the Interior (demo)", "Bundesministerium des Innern und für Heimat", "DE", "de", "+49 30 23125 001"),
    ("Ministre de l'Intérieur (démo)", "Ministère de l'Intérieur", "FR", "fr", "+33 1 99 00 00 01"),
    ("Ministra del Interior (demo)", "Ministerio del Interior", "ES", "es", ""),
    ("Minister for Asylum and Migration (demo)", "Ministerie van Asiel en Migratie", "NL", "en", ""),
    ("Home Secretary (demo)", "Home Office", "GB", "en", "+44 20 7946 0001"),
];

async fn seed_targets(db: &Db, keys: &crate::crypto::FieldKeys, campaign: crate::campaigns::model::CampaignId, now: i64) -> anyhow::Result<()> {
    use crate::targets::{model, store as targets};
    let mut tx = db.begin_write().await?;
    let (group, _) = targets::group_named(&mut tx, campaign, "Interior ministries of European states (demo)", now).await?;
    for (n, (name, institution, country, lang, phone)) in TARGETS.into_iter().enumerate() {
        let input = model::TargetInput {
            name: name.into(),
            role: String::new(),
            institution: institution.into(),
            country: country.into(),
            lang: lang.into(),
            emails: format!("minister{n}@example.org"),
            phones: phone.into(),
            public: true,
            demo: true,
            ..Default::default()
        };
        let draft = input.parse(crate::countries::countries()).map_err(|e| anyhow::anyhow!("demo decision-maker {name} does not validate: {e:?}"))?;
        let id = targets::insert(&mut tx, keys, campaign, &draft, now).await?;
        targets::join_group(&mut tx, group, id).await?;
    }
    tx.commit().await.context("committing the demo decision-makers")?;
    Ok(())
}

/// One demo item on the watch list, three weeks ahead, naming two demo ministries.
async fn seed_watch(db: &Db, campaign: crate::campaigns::model::CampaignId, now: i64) -> anyhow::Result<()> {
    use crate::watch::model::{SourceInput, WatchInput};
    let start = jiff::Timestamp::from_second(now)?.to_zoned(jiff::tz::TimeZone::UTC).date().checked_add(jiff::Span::new().days(21))?;
    let texts = [
        (Lang::Ar, "مؤتمر أوروبي حول «العودة الطوعية» إلى سوريا (تجريبي)", "وزراء داخلية يجتمعون لبحث إعادة اللاجئين السوريين إلى بلد ما زال يحكمه نظام الأسد."),
        (Lang::En, "European conference on \"voluntary return\" to Syria (demo)", "Interior ministers meet to discuss sending Syrian refugees back to a country still ruled by the Assad regime."),
        (Lang::Fr, "Conférence européenne sur le « retour volontaire » en Syrie (démo)", "Des ministres de l'Intérieur se réunissent pour renvoyer des réfugiés syriens vers un pays toujours gouverné par le régime de Bachar al-Assad."),
        (Lang::Es, "Conferencia europea sobre el «retorno voluntario» a Siria (demo)", "Ministros del Interior se reúnen para devolver a personas refugiadas sirias a un país gobernado todavía por el régimen de Bachar al Asad."),
        (Lang::De, "Europäische Konferenz zur „freiwilligen Rückkehr“ nach Syrien (Demo)", "Innenministerien beraten, syrische Geflüchtete in ein Land zurückzuschicken, das noch immer vom Assad-Regime beherrscht wird."),
    ];
    let people: Vec<(crate::targets::model::TargetId,)> = sqlx::query_as("SELECT id FROM targets WHERE campaign_id = $1 AND country IN ('DE', 'NL')").bind(campaign).fetch_all(&db.pool).await?;
    let input = WatchInput {
        kind: "conference".into(),
        starts_on: start.to_string(),
        ends_on: start.checked_add(jiff::Span::new().days(1))?.to_string(),
        place: "Brussels".into(),
        country: "BE".into(),
        texts: texts.iter().map(|(l, t, d)| (*l, t.to_string(), d.to_string())).collect(),
        sources: vec![SourceInput { title: "Demo source: an announcement".into(), publisher: "example.org".into(), url: "https://example.org/demo-announcement".into(), published: String::new() }],
        people: people.into_iter().map(|(id,)| id).collect(),
    };
    let draft = input.parse(Lang::Ar).map_err(|e| anyhow::anyhow!("the demo watch item does not validate: {e:?}"))?;
    let item = crate::watch::store::insert(db, campaign, &draft, now).await?;
    // An alert raised from it: a call action aimed at the two ministries, live.
    let i18n = crate::i18n::I18n::load()?;
    let call = crate::calls::model::CallInput {
        status: "open".into(),
        texts: texts.iter().map(|(l, t, _)| (*l, i18n.tr(*l, "alert-call-title", &[("item", crate::i18n::Arg::Str(t))]), i18n.tr(*l, "alert-call-script", &[("item", crate::i18n::Arg::Str(t))]))).collect(),
        targets: draft.people.clone(),
    };
    let call = call.parse(Lang::Ar).map_err(|e| anyhow::anyhow!("the demo call action does not validate: {e:?}"))?;
    let mut tx = db.begin_write().await?;
    crate::calls::store::insert(&mut tx, campaign, &call, Some(item), Some(now), now).await?;
    tx.commit().await.context("committing the demo alert")?;
    // A letter campaign to every demo ministry, spread over their working hours.
    let all: Vec<(crate::targets::model::TargetId,)> = sqlx::query_as("SELECT id FROM targets WHERE campaign_id = $1").bind(campaign).fetch_all(&db.pool).await?;
    let letter = crate::letters::model::ActionInput {
        status: "open".into(),
        mode: "spread".into(),
        per_hour: "30".into(),
        day_start: "9".into(),
        day_end: "17".into(),
        test_mode: false,
        texts: Lang::ALL.iter().map(|l| (*l, i18n.tr(*l, "letter-demo-subject", &[]), i18n.tr(*l, "letter-demo-body", &[]))).collect(),
        targets: all.into_iter().map(|(id,)| id).collect(),
    };
    let letter = letter.parse(Lang::Ar).map_err(|e| anyhow::anyhow!("the demo letter action does not validate: {e:?}"))?;
    crate::letters::store::save(db, campaign, None, &letter, now).await?;
    Ok(())
}

/// The statement's own figures, dated 27 December 2019, with the statement as their source.
async fn seed_facts(db: &Db, campaign: crate::campaigns::model::CampaignId, demo: &[(Lang, DemoTexts)], now: i64) -> anyhow::Result<()> {
    use crate::facts::model::{PointInput, SeriesInput, Day};
    use crate::facts::store as facts;
    for (position, (qualifier, value)) in FIGURES.into_iter().enumerate() {
        let settings = SeriesInput {
            unit: "people".into(),
            headline: true,
            position: position.to_string(),
            texts: demo
                .iter()
                .map(|(lang, t)| (*lang, t.facts[position].label.clone(), t.facts[position].place.clone()))
                .collect(),
            ..Default::default()
        }
        .parse(Lang::Ar)
        .map_err(|e| anyhow::anyhow!("demo series does not validate: {e:?}"))?;
        let id = facts::create_series(db, campaign, &settings, now).await?;
        let point = PointInput {
            value: value.into(),
            qualifier: qualifier.into(),
            day: "2019-12-27".into(),
            source_title: "دافع عن إدلب! هزيمة الأسد والمحتلين الروس الإيرانيين!".into(),
            source_publisher: "RCIT".into(),
            source_url: "http://www.thecommunists.net".into(),
            source_published: "2019-12-27".into(),
            ..Default::default()
        }
        .parse(settings.unit, Day::today())
        .map_err(|e| anyhow::anyhow!("demo point does not validate: {e:?}"))?;
        facts::add_points(db, id, &[point], None, now).await?;
    }
    Ok(())
}

pub const PETITION_SLUG: &str = "open-the-borders";

/// The third demand as an open petition, in every shipped language.
async fn seed_petition(db: &Db, campaign: crate::campaigns::model::CampaignId, demo: &[(Lang, DemoTexts)], author: Option<StaffId>, now: i64) -> anyhow::Result<()> {
    use crate::petitions::{model, store as petitions};
    let Some(id) = petitions::create(db, campaign, PETITION_SLUG, 10_000, now).await? else { return Ok(()) };
    for (lang, t) in demo {
        let p = &t.petition;
        let text = model::TextInput { title: p.title.clone(), addressee: p.addressee.clone(), body_md: p.body.clone() }
            .parse()
            .map_err(|e| anyhow::anyhow!("demo petition text for {lang} does not validate: {e:?}"))?;
        petitions::save_text(db, id, *lang, &text, author, now, false, Expect::New).await?;
    }
    petitions::set_status(db, id, model::Status::Open, now).await?;
    Ok(())
}

/// A demo event: city, country, time zone's city as GeoNames names it, language, title,
/// description, kind, capacity.
type DemoEvent = (&'static str, &'static str, Lang, &'static str, &'static str, &'static str, Option<i64>);

const EVENTS: [DemoEvent; 7] = [
    ("Berlin", "DE", Lang::De, "Kundgebung für Idlib (Demo)", "Treffpunkt vor dem Roten Rathaus. Bringt Kerzen mit.", "rally", Some(300)),
    ("Paris", "FR", Lang::Fr, "Rassemblement pour Idlib (démo)", "Place de la République, avec les associations syriennes de Paris.", "rally", None),
    ("Madrid", "ES", Lang::Es, "Vigilia por Idlib (demo)", "Una vigilia silenciosa frente al Congreso.", "vigil", Some(150)),
    ("London", "GB", Lang::En, "Vigil for Idlib (demo)", "A candle-lit vigil on Parliament Square.", "vigil", None),
    ("Gaziantep", "TR", Lang::Ar, "وقفة تضامنية مع إدلب (تجريبي)", "وقفة أمام مقرّ البلدية، بمشاركة منظمات المجتمع المدني السوري.", "vigil", Some(200)),
    ("Beirut", "LB", Lang::Ar, "لقاء تضامني مع أهل إدلب (تجريبي)", "لقاء وحوار مع ناشطين من إدلب.", "meeting", Some(80)),
    ("Toronto", "CA", Lang::En, "Rally for Idlib (demo)", "Nathan Phillips Square. Bring signs and warm clothes.", "rally", None),
];

/// The demo's day of action, thirty days after the seeding, with events in several cities,
/// countries and time zones, in their organisers' languages, all approved.
async fn seed_day_of_action(db: &Db, keys: &crate::crypto::FieldKeys, campaign: crate::campaigns::model::CampaignId, demo: &[(Lang, DemoTexts)], now: i64) -> anyhow::Result<()> {
    use crate::events::{model, store as events};
    let date = jiff::Timestamp::from_second(now)?.to_zoned(jiff::tz::TimeZone::UTC).date().checked_add(jiff::Span::new().days(30))?;
    let input = model::DayInput {
        first_day: date.to_string(),
        last_day: String::new(),
        texts: demo.iter().map(|(l, t)| (*l, t.day.title.clone(), t.day.body.clone())).collect(),
    };
    let draft = input.parse(Lang::Ar).map_err(|e| anyhow::anyhow!("demo day of action: {e:?}"))?;
    let day = events::add_day(db, campaign, &draft, now).await?;
    for (n, (city, country, lang, title, description, kind, capacity)) in EVENTS.into_iter().enumerate() {
        let event = model::EventInput {
            title: title.into(),
            description: description.into(),
            languages: vec![lang.code().to_string()],
            kind: kind.into(),
            starts: format!("{date}T18:00"),
            ends: format!("{date}T20:00"),
            time_zone: String::new(),
            country: country.into(),
            city: city.into(),
            city_id: String::new(),
            address: "Demo address".into(),
            address_public: n % 2 == 0,
            capacity: capacity.map(|c| c.to_string()).unwrap_or_default(),
            accessibility: String::new(),
            organiser_name: "Demo Organiser".into(),
            organiser_email: format!("organiser{n}@example.org"),
        };
        let draft = event.parse(crate::countries::countries(), (draft.first_day, draft.last_day), lang).map_err(|(e, choices)| anyhow::anyhow!("demo event in {city}: {e:?} {choices:?}"))?;
        let mut tx = db.begin_write().await?;
        events::add_event(&mut tx, keys, day, &draft, lang, model::Status::Approved, None, None, now).await?;
        tx.commit().await.context("committing a demo event")?;
    }
    Ok(())
}
