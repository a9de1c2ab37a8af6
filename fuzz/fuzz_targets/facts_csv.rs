//! A pasted CSV through the facts import: points or a line-by-line report, never a panic, and
//! never two values for one date.
#![no_main]
use libfuzzer_sys::fuzz_target;
use tadamun::facts::model::{Day, Unit};

fuzz_target!(|text: String| {
    let today = Day::parse("2026-12-01").unwrap();
    if let Ok(points) = tadamun::facts::csv_io::import(&text, Unit::People, today) {
        let mut days: Vec<_> = points.iter().map(|p| p.day).collect();
        days.sort();
        let n = days.len();
        days.dedup();
        assert_eq!(days.len(), n, "one value per date");
    }
});
