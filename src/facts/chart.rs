//! Charts as SVG made on the server: the geometry is computed here and drawn by the
//! `facts/chart.html` template, so every piece of text in it is escaped like any page text.
//! No script, no font, nothing from another host; colours come from the site's stylesheet.
//!
//! Right-to-left: time runs from right to left, and the value axis stands on the right. Text
//! anchors are chosen so that they mean the same in both directions (the SVG inherits the
//! page's `direction`, and `start`/`end` follow it).

use super::model::Point;

/// Drawing size in SVG units; the stylesheet scales it to the column's width.
pub const WIDTH: f64 = 360.0;
pub const HEIGHT: f64 = 190.0;
const LABEL_SIDE: f64 = 64.0;
const OTHER_SIDE: f64 = 14.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 30.0;

pub struct ChartPoint {
    pub x: f64,
    pub y: f64,
    /// For ranges: where the lower bound sits.
    pub y_low: Option<f64>,
    /// The date, for tests and for reading the chart's source.
    pub day: String,
    /// "date: value", shown as the point's `<title>`.
    pub label: String,
}

pub struct Tick {
    pub pos: f64,
    pub label: String,
    pub anchor: &'static str,
}

pub struct Chart {
    /// Unique prefix for the title and description ids.
    pub id: String,
    pub title: String,
    pub desc: String,
    pub points: Vec<ChartPoint>,
    /// The line through the points, as SVG path data.
    pub path: String,
    pub y_ticks: Vec<Tick>,
    pub x_ticks: Vec<Tick>,
    /// Where the value labels stand (left in LTR, right in RTL).
    pub y_label_x: f64,
    pub plot_left: f64,
    pub plot_right: f64,
    pub plot_top: f64,
    pub plot_bottom: f64,
    pub rtl: bool,
}

impl Chart {
    pub fn width(&self) -> f64 {
        WIDTH
    }
    pub fn height(&self) -> f64 {
        HEIGHT
    }
}

/// A "nice" step (1, 2 or 5 times a power of ten) giving about four intervals over `span`.
fn nice_step(span: f64) -> f64 {
    if span <= 0.0 || !span.is_finite() {
        return 1.0;
    }
    let raw = span / 4.0;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0].into_iter().map(|m| m * magnitude).find(|s| *s >= raw).unwrap_or(10.0 * magnitude);
    step
}

/// Tick values as ASCII decimals (for the locale formatter): exact for the steps used here.
fn tick_text(v: f64, step: f64) -> String {
    let decimals = if step >= 1.0 { 0 } else { (-step.log10().floor()) as usize };
    let s = format!("{v:.decimals$}");
    if s == "-0" { "0".into() } else { s }
}

/// Lay out a chart. `format_value` turns a tick's ASCII decimal into locale text, `point_label`
/// gives each point's "date: value" text, `axis_date` a date's short form.
pub fn layout(
    id: String,
    title: String,
    desc: String,
    points: &[&Point],
    rtl: bool,
    format_value: impl Fn(&str) -> String,
    point_label: impl Fn(&Point) -> String,
    axis_date: impl Fn(&Point) -> String,
) -> Chart {
    let (plot_left, plot_right) = if rtl { (OTHER_SIDE, WIDTH - LABEL_SIDE) } else { (LABEL_SIDE, WIDTH - OTHER_SIDE) };
    let (plot_top, plot_bottom) = (TOP, HEIGHT - BOTTOM);
    let values: Vec<f64> = points.iter().flat_map(|p| std::iter::once(p.value.to_f64()).chain(p.low.as_ref().map(|l| l.to_f64()))).collect();
    let lo = values.iter().copied().fold(0.0f64, f64::min);
    let hi = values.iter().copied().fold(0.0f64, f64::max);
    let step = nice_step(hi - lo);
    let axis_lo = (lo / step).floor() * step;
    let mut axis_hi = (hi / step).ceil() * step;
    if axis_hi <= axis_lo {
        axis_hi = axis_lo + step;
    }
    let y_of = |v: f64| plot_bottom - (v - axis_lo) / (axis_hi - axis_lo) * (plot_bottom - plot_top);
    let days: Vec<i64> = points.iter().map(|p| p.day.ordinal()).collect();
    let (first, last) = (days.iter().copied().min().unwrap_or(0), days.iter().copied().max().unwrap_or(0));
    let x_of = |day: i64| {
        let share = if last > first { (day - first) as f64 / (last - first) as f64 } else { 0.5 };
        let inset = 8.0;
        let from_start = inset + share * (plot_right - plot_left - 2.0 * inset);
        if rtl { plot_right - from_start } else { plot_left + from_start }
    };
    let chart_points: Vec<ChartPoint> = points
        .iter()
        .map(|p| ChartPoint {
            x: round(x_of(p.day.ordinal())),
            y: round(y_of(p.value.to_f64())),
            y_low: p.low.as_ref().map(|l| round(y_of(l.to_f64()))),
            day: p.day.iso(),
            label: point_label(p),
        })
        .collect();
    let path = if chart_points.len() >= 2 {
        chart_points.iter().enumerate().map(|(i, p)| format!("{}{} {}", if i == 0 { "M" } else { "L" }, p.x, p.y)).collect::<Vec<_>>().join(" ")
    } else {
        String::new()
    };
    let mut y_ticks = Vec::new();
    let mut v = axis_lo;
    while v <= axis_hi + step / 2.0 && y_ticks.len() < 12 {
        y_ticks.push(Tick { pos: round(y_of(v)), label: format_value(&tick_text(v, step)), anchor: "end" });
        v += step;
    }
    let mut x_ticks = Vec::new();
    if let (Some(first_p), Some(last_p)) = (points.iter().min_by_key(|p| p.day), points.iter().max_by_key(|p| p.day)) {
        if first_p.day == last_p.day {
            x_ticks.push(Tick { pos: round(x_of(first)), label: axis_date(first_p), anchor: "middle" });
        } else {
            x_ticks.push(Tick { pos: round(x_of(first)), label: axis_date(first_p), anchor: "start" });
            x_ticks.push(Tick { pos: round(x_of(last)), label: axis_date(last_p), anchor: "end" });
        }
    }
    let y_label_x = if rtl { plot_right + 6.0 } else { plot_left - 6.0 };
    Chart { id, title, desc, points: chart_points, path, y_ticks, x_ticks, y_label_x, plot_left, plot_right, plot_top, plot_bottom, rtl }
}

fn round(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::model::{PointInput, Unit};

    fn point(day: &str, value: &str) -> Point {
        PointInput { value: value.into(), day: day.into(), source_title: "s".into(), ..Default::default() }
            .parse(Unit::People, crate::facts::model::Day::parse("2026-01-01").unwrap())
            .unwrap()
    }

    fn chart(points: &[Point], rtl: bool) -> Chart {
        let refs: Vec<&Point> = points.iter().collect();
        layout("c".into(), "t".into(), "d".into(), &refs, rtl, |s| s.to_string(), |p| p.value.as_str().to_string(), |p| p.day.iso())
    }

    #[test]
    fn time_runs_the_other_way_in_rtl() {
        let pts = [point("2019-04-01", "100"), point("2019-12-27", "1400")];
        let ltr = chart(&pts, false);
        let rtl = chart(&pts, true);
        assert!(ltr.points[0].x < ltr.points[1].x);
        assert!(rtl.points[0].x > rtl.points[1].x);
        assert!(ltr.y_label_x < ltr.plot_left && rtl.y_label_x > rtl.plot_right);
        // Higher values are higher up.
        assert!(ltr.points[1].y < ltr.points[0].y);
        assert!(ltr.path.starts_with('M'));
    }

    #[test]
    fn axis_is_nice_and_covers_the_data() {
        let pts = [point("2019-04-01", "0"), point("2019-12-27", "1400")];
        let c = chart(&pts, false);
        let labels: Vec<&str> = c.y_ticks.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, ["0", "500", "1000", "1500"]);
        let one = chart(&[point("2019-12-27", "30000")], false);
        assert_eq!(one.points.len(), 1);
        assert!(one.path.is_empty());
        assert_eq!(one.x_ticks.len(), 1);
        let small = chart(&[point("2019-12-27", "0.5"), point("2019-12-28", "1.25")], false);
        assert!(small.y_ticks.iter().any(|t| t.label == "0.5"), "{:?}", small.y_ticks.iter().map(|t| &t.label).collect::<Vec<_>>());
    }
}
