//! What facts pages show: a series' values as readers read them ("up to 30,000 people"), with
//! their dates, sources and chart; used by the facts page and the campaign page.

use super::chart::{self, Chart};
use super::model::{Day, Point, SeriesId, Source};
use super::store::{self, Series, StoredPoint};
use crate::campaigns::model::Campaign;
use crate::error::AppResult;
use crate::i18n::{Arg, I18n, Lang};
use crate::state::AppState;

// ---------------------------------------------------------------------------------------------
// Presenting facts

/// A value with its unit and qualifier, in the reader's language: "up to 30,000 people".
pub fn value_text(i18n: &I18n, lang: Lang, series: &Series, p: &Point) -> String {
    let in_unit = |ascii: &str, n: f64| {
        let formatted = i18n.decimal(lang, ascii);
        let currency = series.currency.clone().unwrap_or_default();
        i18n.tr(lang, series.unit.message_id(), &[("value", Arg::Num(&formatted, n)), ("currency", Arg::Str(&currency))])
    };
    let value = in_unit(p.value.as_str(), p.value.to_f64());
    let low = p.low.as_ref().map(|l| i18n.decimal(lang, l.as_str())).unwrap_or_default();
    i18n.tr(lang, p.qualifier.message_id(), &[("value", Arg::Str(&value)), ("low", Arg::Str(&low))])
}

pub fn day_text(i18n: &I18n, lang: Lang, day: &Day) -> String {
    i18n.date(lang, day.epoch_seconds())
}

/// One row of a series' data table.
pub struct Row {
    pub day: String,
    pub iso: String,
    pub value: String,
    pub source: Source,
    pub source_published: String,
    pub note: String,
    /// "Corrected on … from …", newest first: readers see that a value changed, and what it was.
    pub corrections: Vec<String>,
}

/// A series as readers see it: label, latest value, its source, the chart and the table.
pub struct SeriesView {
    pub id: SeriesId,
    pub label: String,
    pub place: String,
    pub text_lang: Lang,
    pub latest: Option<(String, String, Source)>,
    pub chart: Option<Chart>,
    pub rows: Vec<Row>,
    /// How many values the series has (the table may show fewer).
    pub total: usize,
}

/// How much of a series a page shows: a chart of at most `points` points (spread evenly, the
/// first and last always) and the latest `rows` values. A 5,000-value series no longer makes a
/// page megabytes; the series' CSV always has every value.
#[derive(Clone, Copy, Debug)]
pub struct Bounds {
    pub points: usize,
    pub rows: usize,
}

/// The campaign page: a summary.
pub const SUMMARY: Bounds = Bounds { points: 120, rows: 10 };
/// The facts page: a fuller view.
pub const FULL: Bounds = Bounds { points: 400, rows: 200 };
/// Coordinators' series page: every value (each may need correcting), a readable chart.
pub const STAFF: Bounds = Bounds { points: 400, rows: usize::MAX };

/// At most `max` of `items`, evenly spread, keeping the first and the last.
fn thin<T: Copy>(items: &[T], max: usize) -> Vec<T> {
    if items.len() <= max || max < 2 {
        return items.to_vec();
    }
    let step = (items.len() - 1) as f64 / (max - 1) as f64;
    (0..max).map(|i| items[((i as f64) * step).round() as usize]).collect()
}

pub fn series_view(i18n: &I18n, lang: Lang, fallback: Lang, series: &Series, points: &[&StoredPoint], bounds: Bounds) -> SeriesView {
    series_view_with_history(i18n, lang, fallback, series, points, bounds, &[])
}

/// `series_view`, with each row's corrections from `history` (a series' history rows).
pub fn series_view_with_history(
    i18n: &I18n,
    lang: Lang,
    fallback: Lang,
    series: &Series,
    points: &[&StoredPoint],
    bounds: Bounds,
    history: &[store::HistoryRow],
) -> SeriesView {
    let (label, place, text_lang) = series.label(lang, fallback);
    let all: Vec<&Point> = points.iter().map(|p| &p.point).collect();
    let pts = thin(&all, bounds.points);
    let latest = pts.iter().max_by_key(|p| p.day).map(|p| (value_text(i18n, lang, series, p), day_text(i18n, lang, &p.day), p.source.clone()));
    let chart = (!pts.is_empty()).then(|| {
        let first = pts.iter().map(|p| p.day).min().expect("not empty");
        let last = pts.iter().map(|p| p.day).max().expect("not empty");
        let summary = i18n.tr(
            lang,
            "chart-desc",
            &[
                ("count", Arg::Count(all.len() as i64)),
                ("first", Arg::Str(&day_text(i18n, lang, &first))),
                ("last", Arg::Str(&day_text(i18n, lang, &last))),
                ("latest", Arg::Str(latest.as_ref().map(|l| l.0.as_str()).unwrap_or(""))),
            ],
        );
        let title = if place.is_empty() { label.clone() } else { format!("{label} ({place})") };
        chart::layout(
            format!("chart-{}", series.id),
            title.clone(),
            format!("{title}. {summary}"),
            &pts,
            lang.dir() == "rtl",
            |ascii| i18n.decimal(lang, ascii),
            |p| format!("{}: {}", day_text(i18n, lang, &p.day), value_text(i18n, lang, series, p)),
            |p| i18n.date_short(lang, p.day.epoch_seconds()),
        )
    });
    let rows = points
        .iter()
        .rev()
        .take(bounds.rows)
        .map(|sp| {
            let p = &sp.point;
            Row {
                day: day_text(i18n, lang, &p.day),
                iso: p.day.iso(),
                value: value_text(i18n, lang, series, p),
                source: p.source.clone(),
                source_published: Day::parse(&p.source.published).map(|d| day_text(i18n, lang, &d)).unwrap_or_default(),
                note: p.note.clone(),
                corrections: history
                    .iter()
                    .filter(|h| h.point_id == sp.id && h.change == "correction")
                    .filter_map(|h| {
                        let was = super::model::Amount::from_db(h.value.clone()).ok()?;
                        let qualifier = super::model::Qualifier::parse(&h.qualifier)?;
                        let low = h.low.clone().and_then(|l| super::model::Amount::from_db(l).ok());
                        let old = Point { value: was, low, qualifier, ..p.clone() };
                        Some(i18n.tr(
                            lang,
                            "fact-corrected",
                            &[("date", Arg::Str(&i18n.date(lang, h.changed_at))), ("was", Arg::Str(&value_text(i18n, lang, series, &old)))],
                        ))
                    })
                    .collect(),
            }
        })
        .collect();
    SeriesView { id: series.id, label, place, text_lang, latest, chart, rows, total: all.len() }
}

/// Views of a campaign's series (only headlines when asked), for public pages.
pub async fn views(state: &AppState, campaign: &Campaign, lang: Lang, headlines_only: bool) -> AppResult<Vec<SeriesView>> {
    let series: Vec<Series> =
        store::list_series(&state.db, campaign.id).await?.into_iter().filter(|s| s.headline || !headlines_only).collect();
    let ids: Vec<SeriesId> = series.iter().map(|s| s.id).collect();
    let points = store::points(&state.db, &ids, false).await?;
    let mut out = Vec::with_capacity(series.len());
    for s in &series {
        let mine: Vec<&StoredPoint> = points.iter().filter(|p| p.series_id == s.id).collect();
        // The facts page says what was corrected; the campaign page's summary does not.
        let history = if headlines_only { Vec::new() } else { store::history(&state.db, s.id).await? };
        let bounds = if headlines_only { SUMMARY } else { FULL };
        out.push(series_view_with_history(&state.i18n, lang, campaign.default_lang, s, &mine, bounds, &history));
    }
    Ok(out)
}


#[cfg(test)]
mod tests {
    #[test]
    fn thinning_keeps_the_ends_and_spreads_the_rest() {
        let items: Vec<usize> = (0..5000).collect();
        let kept = super::thin(&items, 120);
        assert_eq!(kept.len(), 120);
        assert_eq!((kept[0], kept[119]), (0, 4999));
        assert!(kept.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(super::thin(&items[..50], 120).len(), 50);
    }
}
