//! The map of a day's events, drawn on the server as SVG (no script, no tiles from another
//! host): the land of the world without national borders (borders here are contested), and
//! the events as points, gathered into one numbered point where they are too close to tell
//! apart. Each point is a link: to the event, or to the list of its country's events.

use super::model::EventId;

/// One point of the map: where, how many events, and where its link goes.
pub struct Point {
    pub x: f64,
    pub y: f64,
    pub count: usize,
    /// The one event's id when `count` is 1.
    pub event: Option<EventId>,
    /// The country of the events it gathers (the list's filter), when all share one.
    pub country: Option<String>,
    pub radius: f64,
}

/// Cells of this size (in the land path's units, the box being 1000 wide) hold one point: the
/// events inside are gathered. About 2% of the width: points a thumb can tell apart on a phone.
const CELL: f64 = 20.0;

/// Gather `(id, lat, lon, country)` into points.
pub fn points(events: &[(EventId, f64, f64, String)]) -> Vec<Point> {
    let mut cells: std::collections::BTreeMap<(i64, i64), Vec<(f64, f64, EventId, &str)>> = std::collections::BTreeMap::new();
    for (id, lat, lon, country) in events {
        if !lat.is_finite() || !lon.is_finite() {
            continue;
        }
        let (x, y) = crate::places::project(*lat, *lon);
        cells.entry(((x / CELL).floor() as i64, (y / CELL).floor() as i64)).or_default().push((x, y, *id, country.as_str()));
    }
    cells
        .into_values()
        .map(|inside| {
            let n = inside.len();
            let x = inside.iter().map(|p| p.0).sum::<f64>() / n as f64;
            let y = inside.iter().map(|p| p.1).sum::<f64>() / n as f64;
            let first = inside[0].3;
            let country = inside.iter().all(|p| p.3 == first).then(|| first.to_string());
            // Area grows with the count, slowly: a hundred events is not a hundred times bigger.
            let radius = 4.0 + 2.5 * (n as f64).ln_1p();
            Point { x, y, count: n, event: (n == 1).then_some(inside[0].2), country, radius }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn close_events_are_gathered_and_far_ones_are_not() {
        let id = |n: i64| -> EventId { n.to_string().parse().unwrap() };
        let events = vec![
            (id(1), 52.52, 13.40, "DE".to_string()),
            (id(2), 52.50, 13.45, "DE".to_string()),
            (id(3), 36.20, 37.13, "SY".to_string()),
        ];
        let pts = points(&events);
        assert_eq!(pts.len(), 2);
        let berlin = pts.iter().find(|p| p.count == 2).unwrap();
        assert_eq!((berlin.event, berlin.country.as_deref()), (None, Some("DE")));
        let aleppo = pts.iter().find(|p| p.count == 1).unwrap();
        assert_eq!(aleppo.event, Some(id(3)));
        assert!(aleppo.x > berlin.x && aleppo.y > berlin.y, "Aleppo is east and south of Berlin");
        assert!(points(&[(id(4), f64::NAN, 0.0, "XX".into())]).is_empty());
    }
}
