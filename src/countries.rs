//! Countries, named in the reader's language, from Unicode CLDR (`locales/<lang>/countries.tsv`, made once
//! by tools/gen-countries.py; compiled in, nothing fetched at run time). Lists are sorted with
//! ICU4X's collator for each language, so Arabic names come in Arabic alphabetical order and
//! German's "Österreich" sorts with the O's.

use std::collections::HashMap;

use anyhow::Context;
use icu_collator::Collator;
use icu_collator::options::CollatorOptions;
use icu_locale_core::Locale;

use crate::i18n::Lang;

pub struct Countries {
    /// Per language: (code, name), sorted by name for that language.
    lists: HashMap<Lang, Vec<(String, String)>>,
}

impl std::fmt::Debug for Countries {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Countries").finish_non_exhaustive()
    }
}

/// One language's `countries.tsv`: a line per country, its code, a tab, its name.
fn parse_names(lang: Lang, data: &str) -> anyhow::Result<Vec<(String, String)>> {
    let file = format!("locales/{lang}/countries.tsv");
    let mut rows: Vec<(String, String)> = Vec::new();
    for (n, line) in data.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cells: Vec<&str> = line.split('\t').collect();
        anyhow::ensure!(cells.len() == 2, "{file} line {}: 2 tab-separated cells expected (code, name), found {}", n + 1, cells.len());
        let (code, name) = (cells[0], cells[1]);
        anyhow::ensure!(CountryCode::parse(code).is_ok_and(|c| c.as_str() == code), "{file} line {}: {code:?} is not a country code", n + 1);
        anyhow::ensure!(!name.trim().is_empty(), "{file} line {}: empty name", n + 1);
        anyhow::ensure!(!rows.iter().any(|(c, _)| c == code), "{file} line {}: {code} listed twice", n + 1);
        rows.push((code.to_string(), name.to_string()));
    }
    anyhow::ensure!(!rows.is_empty(), "{file}: no countries");
    Ok(rows)
}

impl Countries {
    pub fn load() -> anyhow::Result<Countries> {
        Countries::from_sources(Lang::ALL.map(|l| (l, l.countries_tsv())).as_slice())
    }

    /// Every language must name the same countries: a name missing in one language is an
    /// error, not a silent English fallback.
    fn from_sources(sources: &[(Lang, &str)]) -> anyhow::Result<Countries> {
        let mut lists = HashMap::new();
        let mut first: Option<(Lang, Vec<String>)> = None;
        for &(lang, data) in sources {
            let mut list = parse_names(lang, data)?;
            let mut codes: Vec<String> = list.iter().map(|(c, _)| c.clone()).collect();
            codes.sort_unstable();
            match &first {
                None => first = Some((lang, codes)),
                Some((other, want)) => {
                    if let Some(code) = want.iter().find(|c| !codes.contains(c)).or_else(|| codes.iter().find(|c| !want.contains(c))) {
                        anyhow::bail!("locales/{lang}/countries.tsv and locales/{other}/countries.tsv differ: {code} is in one only");
                    }
                }
            }
            let locale: Locale = lang.code().parse().context("collation locale")?;
            let collator = Collator::try_new((&locale).into(), CollatorOptions::default()).with_context(|| format!("collation data for {lang}"))?;
            list.sort_by(|a, b| collator.compare(&a.1, &b.1));
            lists.insert(lang, list);
        }
        Ok(Countries { lists })
    }

    /// Every country, named and sorted for `lang` (for a form's list).
    pub fn list(&self, lang: Lang) -> &[(String, String)] {
        &self.lists[&lang]
    }

    pub fn name(&self, lang: Lang, code: &str) -> Option<&str> {
        self.lists[&lang].iter().find(|(c, _)| c == code).map(|(_, n)| n.as_str())
    }

    /// A country code from a form: well formed and one of the known countries.
    pub fn parse(&self, input: &str) -> Result<CountryCode, &'static str> {
        let code = CountryCode::parse(input)?;
        if self.name(Lang::En, code.as_str()).is_some() { Ok(code) } else { Err("country-error") }
    }
}

/// An ISO 3166-1 alpha-2 country code, upper case (`Countries::parse` also checks it is in the list).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CountryCode(String);

impl CountryCode {
    pub fn parse(input: &str) -> Result<CountryCode, &'static str> {
        let value = input.trim().to_ascii_uppercase();
        if value.len() == 2 && value.bytes().all(|b| b.is_ascii_uppercase()) {
            Ok(CountryCode(value))
        } else {
            Err("country-error")
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The country list, compiled in, loaded once.
pub fn countries() -> &'static Countries {
    static COUNTRIES: std::sync::OnceLock<Countries> = std::sync::OnceLock::new();
    COUNTRIES.get_or_init(|| Countries::load().expect("the compiled-in country list loads"))
}

/// A country's name in `lang` (its code, for a code no longer in the list).
pub fn country_name(lang: Lang, code: &str) -> String {
    countries().name(lang, code).map(str::to_string).unwrap_or_else(|| code.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(c: &Countries, lang: Lang) -> Vec<&str> {
        c.list(lang).iter().map(|(_, n)| n.as_str()).collect()
    }

    fn at(names: &[&str], name: &str) -> usize {
        names.iter().position(|n| *n == name).unwrap_or_else(|| panic!("{name} not listed"))
    }

    #[test]
    fn every_language_names_the_same_countries() {
        let c = Countries::load().unwrap();
        let mut en: Vec<&str> = c.list(Lang::En).iter().map(|(k, _)| k.as_str()).collect();
        en.sort_unstable();
        assert!(en.len() > 240);
        for lang in Lang::ALL {
            let mut codes: Vec<&str> = c.list(lang).iter().map(|(k, _)| k.as_str()).collect();
            codes.sort_unstable();
            assert_eq!(codes, en, "{lang}");
        }
    }

    #[test]
    fn countries_are_named_in_every_language() {
        let c = Countries::load().unwrap();
        for (lang, syria) in
            [(Lang::Ar, "سوريا"), (Lang::En, "Syria"), (Lang::Fr, "Syrie"), (Lang::Es, "Siria"), (Lang::De, "Syrien")]
        {
            assert_eq!(c.name(lang, "SY"), Some(syria), "{lang}");
        }
        assert_eq!(c.name(Lang::Fr, "DE"), Some("Allemagne"));
        assert_eq!(c.name(Lang::Es, "ES"), Some("España"));
        assert_eq!(c.name(Lang::De, "AT"), Some("Österreich"));
        assert_eq!(c.name(Lang::De, "QQ"), None);
    }

    #[test]
    fn lists_are_sorted_per_language() {
        let c = Countries::load().unwrap();

        let en = names(&c, Lang::En);
        assert_eq!(en[0], "Afghanistan");
        assert!(c.list(Lang::En).iter().position(|(k, _)| k == "AX").unwrap() < 5, "Åland sorts with A");

        let ar = names(&c, Lang::Ar);
        assert!(ar[0].starts_with(['آ', 'أ', 'إ', 'ا']), "{}", ar[0]);
        assert!(at(&ar, "سوريا") > at(&ar, "ألمانيا"));

        // German: umlauts sort with their base letter, not after Z.
        let de = names(&c, Lang::De);
        assert_eq!(de[0], "Afghanistan");
        let o = at(&de, "Österreich");
        assert!(at(&de, "Oman") < o && o < at(&de, "Pakistan"), "{:?}", &de[o - 2..o + 2]);
        assert!(de[o - 1].starts_with(['O', 'Ö']) && de[o + 1].starts_with(['O', 'Ö', 'P']), "{:?}", &de[o - 1..=o + 1]);
        assert!(at(&de, "Afghanistan") < at(&de, "Ägypten") && at(&de, "Ägypten") < at(&de, "Albanien"));

        // Spanish: accented letters sort with their base letter.
        let es = names(&c, Lang::Es);
        assert_eq!(es[0], "Afganistán");
        assert!(at(&es, "Baréin") < at(&es, "Bélgica") && at(&es, "Bélgica") < at(&es, "Belice"));
        assert!(at(&es, "Japón") < at(&es, "Jordania"));
        assert!(at(&es, "Emiratos Árabes Unidos") < at(&es, "España") && at(&es, "España") < at(&es, "Estados Unidos"));

        // French: "Îles …" and "États-Unis" among the I's and E's.
        let fr = names(&c, Lang::Fr);
        assert_eq!(fr[0], "Afghanistan");
        assert!(at(&fr, "Hongrie") < at(&fr, "Îles Åland") && at(&fr, "Îles Åland") < at(&fr, "Inde"));
        assert!(at(&fr, "Espagne") < at(&fr, "États-Unis") && at(&fr, "États-Unis") < at(&fr, "Finlande"));
    }

    #[test]
    fn a_bad_line_or_a_missing_country_fails_naming_it() {
        let good = "# header\nSY\tSyria\n";
        let c = Countries::from_sources(&[(Lang::En, good), (Lang::De, "SY\tSyrien\n")]).unwrap();
        assert_eq!(c.name(Lang::De, "SY"), Some("Syrien"));
        for bad in ["SY", "DE\tGermany\tx", "sy\tSyria"] {
            let err = Countries::from_sources(&[(Lang::En, &format!("{good}{bad}\n"))]).unwrap_err().to_string();
            assert!(err.contains("locales/en/countries.tsv line 3"), "{err}");
        }
        let err = Countries::from_sources(&[(Lang::En, &format!("{good}SY\tSyria\n"))]).unwrap_err();
        assert!(err.to_string().contains("line 3: SY listed twice"), "{err}");
        let err = Countries::from_sources(&[(Lang::En, "SY\tSyria\nDE\tGermany\n"), (Lang::Fr, "SY\tSyrie\n")]).unwrap_err();
        assert!(err.to_string().contains("DE is in one only"), "{err}");
    }

    #[test]
    fn codes_are_parsed_against_the_list() {
        let c = Countries::load().unwrap();
        assert_eq!(c.parse(" sy ").unwrap().as_str(), "SY");
        assert!(c.parse("QQ").is_err() && c.parse("EU").is_err() && c.parse("Syria").is_err());
    }
}
