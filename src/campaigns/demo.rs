//! The demo campaign seeded into an empty database: the call of 27 December 2019 to defend
//! Idlib, its facts and its three demands, retold in our own words in Arabic and English.

use anyhow::Context;

use super::model::{Slug, TextInput};
use super::store;
use crate::db::{Db, now};
use crate::i18n::Lang;
use crate::staff::StaffId;

pub const SLUG: &str = "defend-idlib";

const AR_TITLE: &str = "دافعوا عن إدلب: نداء للتضامن الدولي";
const AR_SUMMARY: &str = "هجوم جديد على محافظة إدلب يدفع عشرات الآلاف إلى النزوح في عزّ الشتاء. ندعو المنظمات في كل البلدان إلى التحرك معًا.";
const AR_CALL: &str = "\
## ما يحدث الآن

في أواخر كانون الأول/ديسمبر 2019 بدأ هجوم جديد على محافظة إدلب في شمال غرب سوريا، آخر منطقة ما زالت خارج سيطرة النظام.

- نزح ما يصل إلى **30,000** شخص من محيط مدينة معرة النعمان خلال أيام.
- منذ بدء الهجوم في نيسان/أبريل قُتل أكثر من **1,400** شخص.
- اضطر نحو **مليون** شخص إلى الفرار باتجاه الحدود التركية.

تعيش آلاف العائلات في مخيمات مؤقتة في برد الشتاء. نقص الوقود يهدد الرعاية الطبية ويرفع أسعار الغذاء والنقل.

## ما نطالب به

ندعو النقابات والمنظمات الشعبية وكل من يقف مع الشعب السوري إلى بناء جبهة تضامن دولية موحدة تعمل من أجل:

1. **أيام عالمية للعمل التضامني** تُنظَّم في المدن حول العالم في الموعد نفسه.
2. **عرقلة كل محاولة لدعم النظام أو إضفاء الشرعية عليه**، من المؤتمرات إلى صفقات التجارة.
3. **الضغط على الحكومات، ولا سيما في أوروبا، لفتح حدودها أمام اللاجئين.**

وقّعوا، انشروا النداء، وانضموا إلى أيام العمل.";
const AR_SHARE: &str = "إدلب تحت القصف ومليون إنسان على الطرقات. انضموا إلى حملة التضامن الدولية.";

const EN_TITLE: &str = "Defend Idlib: a call for international solidarity";
const EN_SUMMARY: &str = "A new offensive on Idlib province is driving tens of thousands from their homes in the middle of winter. We call on organisations in every country to act together.";
const EN_CALL: &str = "\
## What is happening

In late December 2019 a new offensive began against Idlib province in north-west Syria, the last region still outside the regime's control.

- Up to **30,000** people fled the area around the town of Maarat al-Numan within days.
- Since the offensive began in April, more than **1,400** people have been killed.
- About **one million** people have been forced to flee towards the Turkish border.

Thousands of families are living in makeshift camps through the winter cold. Fuel shortages endanger medical care and push up the price of food and transport.

## What we demand

We call on trade unions, people's organisations and everyone who stands with the Syrian people to build a united international solidarity front that works for:

1. **International days of solidarity action**, held in cities around the world on the same days.
2. **Obstructing every effort to support or legitimise the regime**, from conferences to trade deals.
3. **Pressure on governments, above all in Europe, to open their borders to refugees.**

Sign, share the call, and join the days of action.";
const EN_SHARE: &str = "Idlib is under bombardment and a million people are on the roads. Join the international solidarity campaign.";

const AR_ORG: &str = "لجنة تنسيق حملة التضامن";
const EN_ORG: &str = "The solidarity campaign's coordinating committee";

/// Seed the demo campaign (published, Arabic first) unless some campaign exists already.
/// Returns whether it seeded.
pub async fn seed_if_empty(db: &Db, author: Option<StaffId>) -> anyhow::Result<bool> {
    if store::count(db, false).await? > 0 {
        return Ok(false);
    }
    let now = now();
    let slug = Slug::parse(SLUG).map_err(|e| anyhow::anyhow!("demo slug: {e}"))?;
    let Some(id) = store::create(db, &slug, &[Lang::Ar, Lang::En], Lang::Ar, now).await? else {
        return Ok(false);
    };
    for (lang, title, summary, call, share, org) in [
        (Lang::Ar, AR_TITLE, AR_SUMMARY, AR_CALL, AR_SHARE, AR_ORG),
        (Lang::En, EN_TITLE, EN_SUMMARY, EN_CALL, EN_SHARE, EN_ORG),
    ] {
        let text = TextInput { title: title.into(), summary: summary.into(), call_md: call.into(), share_text: share.into(), lead_org: org.into() }
            .parse()
            .map_err(|e| anyhow::anyhow!("demo text for {lang} does not validate: {e:?}"))?;
        store::save_text(db, id, lang, &text, author, now, None)
            .await
            .context("saving demo text")?;
    }
    seed_facts(db, id, now).await?;
    seed_petition(db, id.0, author, now).await?;
    store::set_published(db, id, true, now).await?;
    Ok(true)
}

/// The statement's own figures, dated 27 December 2019, with the statement as their source.
async fn seed_facts(db: &Db, campaign: super::model::CampaignId, now: i64) -> anyhow::Result<()> {
    use crate::facts::model::{PointInput, SeriesInput, Day};
    use crate::facts::store as facts;
    let series = [
        (
            "Up to", "up-to", "30000",
            "People who fled the area around Maarat al-Numan", "Maarat al-Numan, Idlib province",
            "الذين فرّوا من محيط معرة النعمان", "معرة النعمان، محافظة إدلب",
        ),
        (
            "More than", "more-than", "1400",
            "People killed since the offensive began in April 2019", "Idlib province",
            "القتلى منذ بدء الهجوم في نيسان/أبريل 2019", "محافظة إدلب",
        ),
        (
            "About", "about", "1000000",
            "People forced to flee towards the Turkish border since April 2019", "Idlib province",
            "الذين أُجبروا على الفرار نحو الحدود التركية منذ نيسان/أبريل 2019", "محافظة إدلب",
        ),
    ];
    for (position, (_, qualifier, value, en_label, en_place, ar_label, ar_place)) in series.into_iter().enumerate() {
        let settings = SeriesInput {
            unit: "people".into(),
            headline: true,
            position: position.to_string(),
            texts: vec![(Lang::Ar, ar_label.into(), ar_place.into()), (Lang::En, en_label.into(), en_place.into())],
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

/// The third demand as an open petition, in Arabic and English.
async fn seed_petition(db: &Db, campaign: i64, author: Option<StaffId>, now: i64) -> anyhow::Result<()> {
    use crate::petitions::{model, store as petitions};
    let Some(id) = petitions::create(db, campaign, PETITION_SLUG, 10_000, now).await? else { return Ok(()) };
    let texts = [
        (
            Lang::Ar,
            "افتحوا الحدود أمام الفارّين من إدلب",
            "حكومات الاتحاد الأوروبي ودوله الأعضاء",
            "نحن الموقّعين أدناه نطالبكم بفتح حدودكم أمام اللاجئين الفارّين من القصف في إدلب، \
وبوقف كل ترحيل إلى سوريا، وبضمان ممرات آمنة وقانونية لطالبي اللجوء.\n\n\
مليون إنسان على الطرقات في عزّ الشتاء: لا يجوز أن تُغلق الأبواب في وجوههم.",
        ),
        (
            Lang::En,
            "Open the borders to the people fleeing Idlib",
            "The governments of the European Union and its member states",
            "We, the undersigned, call on you to open your borders to the refugees fleeing the \
bombardment of Idlib, to stop every deportation to Syria, and to guarantee safe and legal \
routes for people seeking asylum.\n\nA million people are on the roads in the middle of \
winter: no door may be shut in their faces.",
        ),
    ];
    for (lang, title, addressee, body) in texts {
        let text = model::TextInput { title: title.into(), addressee: addressee.into(), body_md: body.into() }
            .parse()
            .map_err(|e| anyhow::anyhow!("demo petition text for {lang} does not validate: {e:?}"))?;
        petitions::save_text(db, id, lang, &text, author.map(|a| a.0), now, 0).await?;
    }
    petitions::set_status(db, id, model::Status::Open, now).await?;
    Ok(())
}
