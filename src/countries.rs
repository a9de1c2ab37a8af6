//! Countries, named in the reader's language, from Unicode CLDR (data/countries.tsv, made once
//! by tools/gen-countries.py; compiled in, nothing fetched at run time). Lists are sorted with
//! ICU4X's collator for each language, so Arabic names come in Arabic alphabetical order.

use std::collections::HashMap;

use anyhow::Context;
use icu_collator::Collator;
use icu_collator::options::CollatorOptions;
use icu_locale_core::Locale;

use crate::i18n::Lang;
use crate::supporters::model::CountryCode;

const DATA: &str = include_str!("../data/countries.tsv");

pub struct Countries {
    /// Per language: (code, name), sorted by name for that language.
    lists: HashMap<Lang, Vec<(String, String)>>,
}

impl std::fmt::Debug for Countries {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Countries").finish_non_exhaustive()
    }
}

impl Countries {
    pub fn load() -> anyhow::Result<Countries> {
        let mut rows: Vec<(String, String, String)> = Vec::new();
        for (n, line) in DATA.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut cells = line.split('\t');
            let (Some(code), Some(en), Some(ar)) = (cells.next(), cells.next(), cells.next()) else {
                anyhow::bail!("data/countries.tsv line {}: three cells expected", n + 1);
            };
            rows.push((code.to_string(), en.to_string(), ar.to_string()));
        }
        let mut lists = HashMap::new();
        for lang in Lang::ALL {
            let locale: Locale = lang.code().parse().context("collation locale")?;
            let collator = Collator::try_new((&locale).into(), CollatorOptions::default())
                .with_context(|| format!("collation data for {lang}"))?;
            let mut list: Vec<(String, String)> = rows
                .iter()
                .map(|(code, en, ar)| (code.clone(), if lang == Lang::Ar { ar.clone() } else { en.clone() }))
                .collect();
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_are_named_in_both_languages_and_sorted_per_language() {
        let c = Countries::load().unwrap();
        assert!(c.list(Lang::En).len() > 240);
        assert_eq!(c.list(Lang::En).len(), c.list(Lang::Ar).len());
        assert_eq!(c.name(Lang::Ar, "SY"), Some("سوريا"));
        assert_eq!(c.name(Lang::En, "SY"), Some("Syria"));
        assert_eq!(c.list(Lang::En)[0].1, "Afghanistan");
        assert!(c.list(Lang::En).iter().position(|(k, _)| k == "AX").unwrap() < 5, "Åland sorts with A");
        let ar: Vec<&str> = c.list(Lang::Ar).iter().map(|(_, n)| n.as_str()).collect();
        assert!(ar[0].starts_with(['آ', 'أ', 'إ', 'ا']), "{}", ar[0]);
        assert!(ar.iter().position(|n| *n == "سوريا").unwrap() > ar.iter().position(|n| *n == "ألمانيا").unwrap());
        assert_eq!(c.parse(" sy ").unwrap().as_str(), "SY");
        assert!(c.parse("QQ").is_err() && c.parse("EU").is_err() && c.parse("Syria").is_err());
    }
}
