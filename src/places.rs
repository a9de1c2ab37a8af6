//! The gazetteer: a city typed by an organiser, with the country they picked, becomes a place
//! with coordinates, a population and a time zone, offline. Nothing is fetched at run time:
//! asking a web service where someone organises would tell that service, and a campaign's
//! server may be cut off from it.
//!
//! The data is GeoNames' (CC BY 4.0, credited in [`CREDIT`]), reduced once by
//! tools/gen-places.py to `data/places/cities.tsv` (the script explains the format and the
//! sources) and compiled in. It is plain text because no decompressor is among the crate's
//! dependencies; the records borrow their names from that text, so loading allocates little
//! besides the search index. The land behind the maps of events is Natural Earth's, projected
//! once by tools/gen-land.py; [`project`] places a city on it.
//!
//! Searching is forgiving the way people type: case, accents, Arabic short vowels, tatweel,
//! the forms of alef, ى/ي and ة/ه, the definite article ال, hyphens and apostrophes do not
//! matter; a word of a name ("gladbach" for "Bergisch Gladbach") or its beginning will do.
//! Exact names come first, then names that begin with what was typed, then names with a word
//! that does, each by population: when several remain the organiser chooses, so a town is
//! never silently taken for a bigger one with the same name.

use std::cmp::Reverse;
use std::collections::HashMap;
use std::sync::OnceLock;

use crate::i18n::Lang;

const CITIES: &str = include_str!("../data/places/cities.tsv");

/// The world's land, without borders, as SVG path data for a `viewBox` of `0 0 VIEW_BOX.0 VIEW_BOX.1`.
pub const LAND_PATH: &str = include_str!("../data/land/land.svgpath");

/// Width and height of the box [`LAND_PATH`] and [`project`] draw in.
pub const VIEW_BOX: (f64, f64) = (1000.0, 443.6);

/// What the pages that show this data must say (the GeoNames licence requires the credit).
pub const CREDIT: &str = "Places: GeoNames (geonames.org), CC BY 4.0. Land: Natural Earth (naturalearthdata.com), public domain.";

/// How many places [`find`] answers at most.
pub const MAX_FOUND: usize = 10;

/// A place, as GeoNames knows it.
#[derive(Debug)]
pub struct City {
    /// GeoNames' id: stable, and what a form sends back when the organiser chose from a list.
    pub id: u32,
    /// ISO 3166-1 alpha-2, upper case.
    pub country: &'static str,
    /// GeoNames' name, in Latin letters as the place writes or transliterates it ("Köln", "Ḩamāh").
    pub name: &'static str,
    pub name_ar: Option<&'static str>,
    /// The first-level region (state, governorate, Land) in English, to tell apart places of the same name.
    pub region: Option<&'static str>,
    pub region_ar: Option<&'static str>,
    pub lat: f64,
    pub lon: f64,
    pub population: u32,
    /// IANA time zone.
    pub time_zone: Option<&'static str>,
    /// The zone is the nearest bigger city's, in a country with several zones: a form should
    /// let the organiser check it.
    pub time_zone_guessed: bool,
    /// More names to search by (English, French, Spanish, German), separated by `|`.
    also: &'static str,
}

impl City {
    /// The name to show a reader of `lang`: Arabic readers get the Arabic name when GeoNames
    /// has one, everyone else GeoNames' main name.
    pub fn name_for(&self, lang: Lang) -> &'static str {
        match self.name_ar {
            Some(ar) if lang == Lang::Ar => ar,
            _ => self.name,
        }
    }

    /// The region, likewise (in English when not in Arabic).
    pub fn region_for(&self, lang: Lang) -> Option<&'static str> {
        match self.region_ar {
            Some(ar) if lang == Lang::Ar => Some(ar),
            _ => self.region,
        }
    }
}

/// Places of `country` (ISO code, any case) whose name matches what was `typed`: exact names
/// first, then names beginning with it, then names with a word beginning with it; each by
/// population, the biggest first; at most [`MAX_FOUND`]. Empty for an unknown country or city.
pub fn find(country: &str, typed: &str) -> Vec<&'static City> {
    gazetteer().find(country, typed)
}

/// The place with this GeoNames id, if it is in the gazetteer.
pub fn by_id(id: u32) -> Option<&'static City> {
    let g = gazetteer();
    g.by_id.get(&id).map(|&i| &g.cities[i as usize])
}

/// The time zone of the country's most populous place: a form's first guess for someone in
/// that country (a ministry sits in the capital, and the capital is most often the biggest).
pub fn main_zone(country: &str) -> Option<&'static str> {
    let country = country.trim().to_ascii_uppercase();
    gazetteer().cities.iter().filter(|c| c.country == country && c.time_zone.is_some()).max_by_key(|c| c.population).and_then(|c| c.time_zone)
}

/// A latitude and longitude (degrees) as a point in [`VIEW_BOX`], on the projection
/// [`LAND_PATH`] was drawn with: Natural Earth I (Šavrič et al., 2011), the world
/// [`VIEW_BOX`]`.0` wide, cropped to latitudes 84° N to 60° S. Outside those latitudes a
/// point lands outside the box.
pub fn project(lat: f64, lon: f64) -> (f64, f64) {
    let (x, y) = natural_earth(lat, lon);
    ((x + X0) * SCALE, (Y_TOP - y) * SCALE)
}

// The projection's constants; tools/gen-land.py writes the same into data/land/projection.txt
// and a test checks they agree.
const A: [f64; 5] = [0.870700, -0.131979, -0.013791, 0.003971, -0.001529];
const B: [f64; 5] = [1.007226, 0.015085, -0.044475, 0.028874, -0.005916];
const TOP: f64 = 84.0;
const X0: f64 = A[0] * std::f64::consts::PI;
const SCALE: f64 = VIEW_BOX.0 / (2.0 * X0);
const Y_TOP: f64 = natural_earth(TOP, 0.0).1;

const fn natural_earth(lat: f64, lon: f64) -> (f64, f64) {
    let (p, l) = (lat.to_radians(), lon.to_radians());
    let p2 = p * p;
    let p4 = p2 * p2;
    let x = l * (A[0] + p2 * (A[1] + p2 * A[2]) + p4 * p4 * p2 * (A[3] + p2 * A[4]));
    let y = p * (B[0] + p2 * B[1] + p4 * p2 * (B[2] + p2 * B[3] + p4 * B[4]));
    (x, y)
}

fn gazetteer() -> &'static Gazetteer {
    static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
    GAZETTEER.get_or_init(|| Gazetteer::load(CITIES).expect("the compiled-in gazetteer loads"))
}

/// How a name matched: the order of [`find`]'s answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Match {
    Exact,
    Begins,
    Word,
}

/// A searchable form of a name: `len` bytes of `Gazetteer::keys` from `start`.
#[derive(Clone, Copy)]
struct Key {
    start: u32,
    len: u16,
    city: u32,
    /// The whole name, not a later word of it.
    whole: bool,
}

struct Gazetteer {
    cities: Vec<City>,
    by_id: HashMap<u32, u32>,
    /// Every key's text, one after the other.
    keys: String,
    /// Per country, its keys sorted by text.
    index: HashMap<&'static str, Vec<Key>>,
}

impl Gazetteer {
    fn load(data: &'static str) -> Result<Gazetteer, String> {
        let mut zones: Vec<&'static str> = Vec::new();
        let mut country: Option<(&'static str, Option<&'static str>)> = None;
        let mut regions: HashMap<&'static str, (&'static str, Option<&'static str>)> = HashMap::new();
        let mut cities: Vec<City> = Vec::new();
        for (n, line) in data.lines().enumerate() {
            let bad = |why: &str| format!("data/places/cities.tsv line {}: {why}", n + 1);
            let cells: Vec<&'static str> = line.split('\t').collect();
            match cells[0] {
                "" => return Err(bad("empty line")),
                c if c.starts_with('#') => {}
                "Z" => match cells[..] {
                    [_, zone] if !zone.is_empty() => zones.push(zone),
                    _ => return Err(bad("Z: one zone expected")),
                },
                "C" => {
                    let [_, code, zone] = cells[..] else { return Err(bad("C: a country and a zone expected")) };
                    if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
                        return Err(bad("C: not a country code"));
                    }
                    if country.is_some_and(|(before, _)| before >= code) {
                        return Err(bad("C: countries out of order or repeated"));
                    }
                    let usual = if zone == "-" { None } else { Some(zone_at(&zones, zone).ok_or_else(|| bad("C: unknown zone"))?) };
                    country = Some((code, usual));
                    regions.clear();
                }
                "R" => {
                    let (code, name, ar) = match cells[..] {
                        [_, code, name] => (code, name, None),
                        [_, code, name, ar] => (code, name, Some(ar)),
                        _ => return Err(bad("R: a code, a name and perhaps an Arabic name expected")),
                    };
                    if code.is_empty() || name.is_empty() || regions.insert(code, (name, ar)).is_some() {
                        return Err(bad("R: empty or repeated"));
                    }
                }
                _ => {
                    let (code, usual) = country.ok_or_else(|| bad("a city before any country"))?;
                    if !(7..=9).contains(&cells.len()) {
                        return Err(bad("a city has 7 to 9 cells"));
                    }
                    let cell = |i: usize| cells.get(i).copied().filter(|c| !c.is_empty());
                    let number = |i: usize, what: &str| cells[i].parse::<u32>().map_err(|_| bad(what));
                    let degrees = |i: usize, max: f64| cells[i].parse::<f64>().ok().filter(|d| d.abs() <= max).ok_or_else(|| bad("bad coordinates"));
                    let (time_zone, time_zone_guessed) = match cells[4] {
                        "" => (usual, false),
                        "-" => (None, false),
                        z => {
                            let (guessed, z) = z.strip_prefix('~').map_or((false, z), |z| (true, z));
                            (Some(zone_at(&zones, z).ok_or_else(|| bad("unknown zone"))?), guessed)
                        }
                    };
                    let region = match cell(5) {
                        None => None,
                        Some(r) => Some(*regions.get(r).ok_or_else(|| bad("unknown region"))?),
                    };
                    let name = cells[6];
                    if name.is_empty() {
                        return Err(bad("a city without a name"));
                    }
                    cities.push(City {
                        id: number(0, "bad id")?,
                        country: code,
                        name,
                        name_ar: cell(7),
                        region: region.map(|r| r.0),
                        region_ar: region.and_then(|r| r.1),
                        lat: degrees(2, 90.0)?,
                        lon: degrees(3, 180.0)?,
                        population: number(1, "bad population")?,
                        time_zone,
                        time_zone_guessed,
                        also: cell(8).unwrap_or(""),
                    });
                }
            }
        }
        if cities.is_empty() {
            return Err("data/places/cities.tsv: no cities".into());
        }

        let mut by_id = HashMap::with_capacity(cities.len());
        let mut keys = String::new();
        let mut index: HashMap<&'static str, Vec<Key>> = HashMap::new();
        let mut mine: Vec<(usize, usize)> = Vec::new();
        for (i, city) in cities.iter().enumerate() {
            if by_id.insert(city.id, i as u32).is_some() {
                return Err(format!("data/places/cities.tsv: id {} listed twice", city.id));
            }
            let list = index.entry(city.country).or_default();
            mine.clear();
            for name in std::iter::once(city.name).chain(city.name_ar).chain(city.also.split('|').filter(|a| !a.is_empty())) {
                let start = keys.len();
                fold_into(name, &mut keys);
                let folded = start..keys.len();
                if folded.is_empty() || mine.iter().any(|&(s, l)| keys[s..s + l] == keys[folded.clone()]) {
                    keys.truncate(start);
                    continue;
                }
                mine.push((start, folded.len()));
                let len = u16::try_from(folded.len()).map_err(|_| format!("city {}: a name too long", city.id))?;
                list.push(Key { start: start as u32, len, city: i as u32, whole: true });
                // Each later word starts a key too: the same bytes, from that word on.
                for (at, _) in keys[folded.clone()].match_indices(' ') {
                    let from = start + at + 1;
                    list.push(Key { start: from as u32, len: (folded.end - from) as u16, city: i as u32, whole: false });
                }
            }
        }
        for list in index.values_mut() {
            list.sort_unstable_by(|a, b| text(&keys, a).cmp(text(&keys, b)).then(a.whole.cmp(&b.whole).reverse()));
        }
        Ok(Gazetteer { cities, by_id, keys, index })
    }

    fn find(&self, country: &str, typed: &str) -> Vec<&City> {
        let Some(list) = self.index.get(country.trim().to_ascii_uppercase().as_str()) else { return Vec::new() };
        let mut wanted = String::new();
        fold_into(typed, &mut wanted);
        if wanted.is_empty() {
            return Vec::new();
        }
        let from = list.partition_point(|k| text(&self.keys, k) < wanted.as_str());
        let mut best: HashMap<u32, Match> = HashMap::new();
        for key in list[from..].iter().take_while(|k| text(&self.keys, k).starts_with(wanted.as_str())) {
            let how = match (key.whole, text(&self.keys, key) == wanted) {
                (true, true) => Match::Exact,
                (true, false) => Match::Begins,
                (false, _) => Match::Word,
            };
            best.entry(key.city).and_modify(|m| *m = (*m).min(how)).or_insert(how);
        }
        let mut found: Vec<(Match, &City)> = best.into_iter().map(|(i, how)| (how, &self.cities[i as usize])).collect();
        found.sort_unstable_by_key(|&(how, c)| (how, Reverse(c.population), c.id));
        found.into_iter().take(MAX_FOUND).map(|(_, c)| c).collect()
    }
}

fn text<'a>(keys: &'a str, k: &Key) -> &'a str {
    &keys[k.start as usize..k.start as usize + k.len as usize]
}

fn zone_at(zones: &[&'static str], number: &str) -> Option<&'static str> {
    number.parse::<usize>().ok().and_then(|i| zones.get(i).copied())
}

/// A name as it is searched: lower case; Latin letters without their accents (ß as ss, ø as
/// o…); Arabic without short vowels and tatweel, every alef as ا, ى as ي, ة as ه (hamza on
/// و and ي goes too), without the article ال; hyphens, dots and the like as spaces,
/// apostrophes and ʿayn signs dropped; single spaces, none at the ends.
fn fold_into(name: &str, out: &mut String) {
    let start = out.len();
    let mut space = true; // no space at the start
    let mut push = |c: char, out: &mut String| {
        if c == ' ' {
            if !space {
                out.push(' ');
                space = true;
            }
        } else {
            out.push(c);
            space = false;
        }
    };
    let nfd = icu_normalizer::DecomposingNormalizerBorrowed::new_nfd();
    for c in nfd.normalize_iter(name.chars().flat_map(char::to_lowercase)) {
        match c {
            // Combining marks: Latin accents; Arabic short vowels, shadda, sukun, the hamza and
            // madda NFD splits off alef (أ إ آ), dagger alef; Quranic marks.
            '\u{300}'..='\u{36f}' | '\u{1ab0}'..='\u{1aff}' | '\u{1dc0}'..='\u{1dff}' | '\u{20d0}'..='\u{20ff}' | '\u{fe20}'..='\u{fe2f}' => {}
            '\u{610}'..='\u{61a}' | '\u{64b}'..='\u{65f}' | '\u{670}' | '\u{6d6}'..='\u{6ed}' => {}
            // Tatweel, and the invisible controls of bidirectional text.
            '\u{640}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}' => {}
            '\'' | '`' | '´' | '‘' | '’' | 'ʹ' | 'ʻ' | 'ʼ' | 'ʽ' | 'ʾ' | 'ʿ' | 'ˈ' => {}
            'ٱ' | 'ٲ' | 'ٳ' | 'ٵ' => push('ا', out),
            'ى' | 'ی' | 'ې' => push('ي', out),
            'ة' => push('ه', out),
            'ک' => push('ك', out),
            'ß' => {
                push('s', out);
                push('s', out)
            }
            'æ' => {
                push('a', out);
                push('e', out)
            }
            'œ' => {
                push('o', out);
                push('e', out)
            }
            'þ' => {
                push('t', out);
                push('h', out)
            }
            'ø' => push('o', out),
            'ł' | 'ŀ' => push('l', out),
            'đ' | 'ð' => push('d', out),
            'ħ' => push('h', out),
            'ı' => push('i', out),
            'ŧ' => push('t', out),
            c if c.is_alphanumeric() => push(c, out),
            _ => push(' ', out),
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    // The Arabic article: "اللاذقية" finds GeoNames' "لاذقية", and "الرقة" "رقة".
    if out[start..].contains("ال") {
        let folded: Vec<&str> = out[start..].split(' ').map(|w| w.strip_prefix("ال").filter(|rest| rest.chars().count() >= 2).unwrap_or(w)).collect();
        let joined = folded.join(" ");
        out.truncate(start);
        out.push_str(&joined);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(country: &str, typed: &str) -> Vec<(&'static str, u32)> {
        find(country, typed).iter().map(|c| (c.name, c.population)).collect()
    }

    fn fold(s: &str) -> String {
        let mut out = String::new();
        fold_into(s, &mut out);
        out
    }

    #[test]
    fn the_data_loads_and_holds_what_it_should() {
        // Timed on a load of its own: another test may have loaded the shared one already.
        let started = std::time::Instant::now();
        let fresh = Gazetteer::load(CITIES).unwrap();
        let took = started.elapsed();
        assert_eq!(fresh.cities.len(), gazetteer().cities.len());
        let g = gazetteer();
        let keys: usize = g.index.values().map(Vec::len).sum();
        println!(
            "gazetteer: {} cities, {} with an Arabic name, {} with a time zone ({} guessed), {} search keys ({} KiB of text), {} countries; loaded in {:?}",
            g.cities.len(),
            g.cities.iter().filter(|c| c.name_ar.is_some()).count(),
            g.cities.iter().filter(|c| c.time_zone.is_some()).count(),
            g.cities.iter().filter(|c| c.time_zone_guessed).count(),
            keys,
            g.keys.len() / 1024,
            g.index.len(),
            took,
        );
        assert!(g.cities.len() > 50_000);
        assert!(g.cities.iter().all(|c| c.time_zone.is_some() || c.country == "AQ"));
        let damascus = by_id(170654).unwrap();
        assert_eq!((damascus.name, damascus.name_ar, damascus.country), ("Damascus", Some("دمشق"), "SY"));
        assert_eq!(damascus.time_zone, Some("Asia/Damascus"));
        assert!(!damascus.time_zone_guessed);
        assert!((damascus.lat - 33.5102).abs() < 1e-9 && (damascus.lon - 36.2913).abs() < 1e-9);
        assert_eq!(by_id(2950159).unwrap().region, Some("Berlin"));
        assert!(by_id(1).is_none());
    }

    #[test]
    fn every_time_zone_is_one_the_server_knows() {
        // Events store the zone's name and read it back through jiff (the system's tzdata).
        let zones: Vec<&str> = CITIES.lines().filter_map(|l| l.strip_prefix("Z\t")).collect();
        assert!(zones.len() > 300);
        let unknown: Vec<&str> = zones.into_iter().filter(|z| jiff::tz::TimeZone::get(z).is_err()).collect();
        assert!(unknown.is_empty(), "unknown to this system's time zone database: {unknown:?}");
    }

    #[test]
    fn arabic_and_latin_names_find_the_same_city() {
        for typed in ["Aleppo", "aleppo", "  ALEPPO ", "حلب", "Alep", "Alepo"] {
            let found = find("SY", typed);
            assert_eq!(found.first().map(|c| c.id), Some(170063), "{typed}");
        }
        let aleppo = by_id(170063).unwrap();
        assert_eq!((aleppo.region, aleppo.region_ar), (Some("Aleppo Governorate"), Some("محافظة حلب")));
        assert_eq!(aleppo.name_for(Lang::Ar), "حلب");
        assert_eq!(aleppo.name_for(Lang::De), "Aleppo");
        assert_eq!(aleppo.region_for(Lang::Ar), Some("محافظة حلب"));

        for typed in ["Idlib", "idlib", "إدلب", "ادلب", "أدلب"] {
            assert_eq!(find("sy", typed).first().map(|c| c.id), Some(169389), "{typed}");
        }
        // With short vowels, shadda, tatweel, or the article GeoNames leaves out.
        assert_eq!(find("SY", "دِمَشْق")[0].id, 170654);
        assert_eq!(find("SY", "دمـــشق")[0].id, 170654);
        assert_eq!(find("SY", "اللاذقية")[0].id, 173576);
        assert_eq!(find("SY", "اللاذقيّة")[0].id, 173576);
        assert_eq!(find("SY", "الرقة")[0].id, 172955);
        assert_eq!(find("SY", "Raqqa")[0].id, 172955);
        assert_eq!(find("SY", "Hama")[0].id, 170017);
        assert_eq!(find("SY", "Deir ez Zor")[0].id, 170794);
        assert_eq!(find("SY", "deir-ez-zor")[0].id, 170794);
    }

    #[test]
    fn the_biggest_comes_first_and_homonyms_are_all_offered() {
        let paris = names("FR", "Paris");
        assert_eq!(paris[0].0, "Paris");
        assert!(paris[0].1 > 2_000_000);
        let us = find("US", "Paris");
        assert!(us.len() >= 5, "{:?}", names("US", "Paris"));
        assert!(us.iter().all(|c| c.country == "US" && c.name == "Paris"));
        assert_eq!(us[0].region, Some("Texas"));
        assert!(us.windows(2).all(|w| w[0].population >= w[1].population));

        let springfield = find("US", "Springfield");
        assert!(springfield.len() >= 8, "{springfield:?}");
        assert!(springfield.iter().all(|c| c.name == "Springfield"));
        let regions: std::collections::HashSet<_> = springfield.iter().map(|c| c.region).collect();
        assert_eq!(regions.len(), springfield.len(), "each is told apart by its state");
        assert!(springfield.len() <= MAX_FOUND);
    }

    #[test]
    fn accents_and_other_languages_names_do_not_matter() {
        for typed in ["Köln", "koln", "KÖLN", "Cologne", "Colonia"] {
            assert_eq!(find("DE", typed).first().map(|c| c.id), Some(2886242), "{typed}");
        }
        assert_eq!(find("DE", "neukolln")[0].name, "Neukölln");
        // A first word finds the longer names, the biggest first.
        let frankfurt = names("DE", "Frankfurt");
        assert_eq!(frankfurt[0].0, "Frankfurt am Main");
        assert!(frankfurt.iter().any(|(n, _)| *n == "Frankfurt (Oder)"));
        // A later word, after the names that begin with it.
        assert!(names("DE", "Gladbach").iter().any(|(n, _)| *n == "Bergisch Gladbach"));
        assert_eq!(find("TR", "istanbul")[0].name, "Istanbul");
        assert_eq!(find("TR", "Gaziantep")[0].name, "Gaziantep");
        assert_eq!(find("PL", "lodz")[0].name, "Łódź");
        assert_eq!(find("DK", "Arhus").first().map(|c| c.id), Some(2624652));
    }

    #[test]
    fn nothing_is_found_for_an_unknown_city_or_country() {
        assert!(find("SY", "Atlantis").is_empty());
        assert!(find("SY", "").is_empty());
        assert!(find("SY", " -' ").is_empty());
        assert!(find("QQ", "Paris").is_empty());
        assert!(find("DE", "Aleppo").is_empty());
    }

    #[test]
    fn a_bad_line_fails_naming_it() {
        let good = "# x\nZ\tAsia/Damascus\nC\tSY\t0\nR\t09\tAleppo Governorate\tمحافظة حلب\n170063\t1602264\t36.2012\t37.1612\t\t09\tAleppo\tحلب\tAlep\n";
        let g = Gazetteer::load(good).unwrap();
        assert_eq!(g.find("SY", "alep")[0].time_zone, Some("Asia/Damascus"));
        for (bad, line) in [
            ("C\tSY\t0\n1\t2\t3\t4\t\t\tX\n", 6),
            ("R\t09\tAleppo\n", 6),
            ("C\tsy\t0\n", 6),
            ("C\tTR\t7\n", 6),
            ("C\tTR\t0\n170063\t1\t3\t4\t\t\tAleppo\n", 7),
            ("C\tTR\t0\n1\t1\t91\t4\t\t\tX\n", 7),
            ("C\tTR\t0\n1\tmany\t9\t4\t\t\tX\n", 7),
            ("C\tTR\t0\n1\t1\t9\t4\t~3\t\tX\n", 7),
            ("C\tTR\t0\n1\t1\t9\t4\t\t10\tX\n", 7),
            ("C\tTR\t0\n1\t1\t9\t4\t\t\t\n", 7),
        ] {
            let data: &'static str = format!("{good}{bad}").leak();
            let err = Gazetteer::load(data).err().unwrap_or_else(|| panic!("{bad:?} loads"));
            assert!(err.contains(&format!("line {line}:")) || (bad.starts_with("C\tTR\t0\n170063") && err.contains("170063 listed twice")), "{bad:?}: {err}");
        }
        assert!(Gazetteer::load("1\t2\t3\t4\t\t\tX\n").err().unwrap().contains("line 1: a city before any country"));
        assert!(Gazetteer::load("# nothing\n").is_err());
    }

    #[test]
    fn names_fold_the_way_people_type_them() {
        assert_eq!(fold("  Saint-Étienne "), "saint etienne");
        assert_eq!(fold("Dar‘ā"), "dara");
        assert_eq!(fold("Ma'arrat al-Nu'man"), "maarrat al numan");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("İzmir"), "izmir");
        assert_eq!(fold("أَإِآٱ"), "اااا");
        assert_eq!(fold("مدينة حماة"), "مدينه حماه");
        assert_eq!(fold("مستشفى"), "مستشفي");
        assert_eq!(fold("القامشلي"), "قامشلي");
        assert_eq!(fold("ال"), "ال");
        assert_eq!(fold("\u{200f}حلب\u{200e}"), "حلب");
    }

    #[test]
    fn points_land_where_the_map_has_them() {
        let (w, h) = VIEW_BOX;
        let (dx, dy) = project(33.5102, 36.2913);
        let (bx, by) = project(52.5244, 13.4105);
        println!("Damascus at ({dx:.1}, {dy:.1}), Berlin at ({bx:.1}, {by:.1}) in 0 0 {w} {h}");
        for (x, y) in [(dx, dy), (bx, by)] {
            assert!((0.0..=w).contains(&x) && (0.0..=h).contains(&y));
        }
        // East of the middle; Berlin north-west of Damascus.
        assert!(dx > w / 2.0 && bx > w / 2.0 && bx < dx && by < dy);
        assert!((project(0.0, 0.0).0 - w / 2.0).abs() < 1e-9);
        assert!(project(0.0, -180.0).0.abs() < 1e-9 && (project(0.0, 180.0).0 - w).abs() < 1e-9);
        assert!(project(84.0, 0.0).1.abs() < 1e-9 && (project(-60.0, 0.0).1 - h).abs() < 0.05);

        // The same numbers as the script that drew the land.
        let file = include_str!("../data/land/projection.txt");
        let value = |name: &str| -> Vec<f64> {
            let line = file.lines().find(|l| l.split('\t').next() == Some(name)).unwrap_or_else(|| panic!("{name} in projection.txt"));
            line.split('\t').skip(1).map(|v| v.parse().unwrap()).collect()
        };
        assert_eq!(value("width"), [w]);
        assert_eq!(value("height"), [h]);
        assert_eq!(value("top"), [TOP]);
        assert!((value("scale")[0] - SCALE).abs() < 1e-9 && (value("y_top")[0] - Y_TOP).abs() < 1e-12);
        for city in ["damascus", "berlin"] {
            let v = value(city);
            let (x, y) = project(v[0], v[1]);
            assert!((x - v[2]).abs() < 1e-9 && (y - v[3]).abs() < 1e-9, "{city}");
        }
        assert!(LAND_PATH.starts_with('M') && LAND_PATH.ends_with('z'));
        assert!(LAND_PATH.bytes().all(|b| b"Mlz0123456789.- ".contains(&b)));
    }
}
