//! Languages: which ones the site speaks, UI strings (Fluent), and numbers, dates and plural
//! categories (ICU4X, compiled-in CLDR data).
//!
//! Decisions taken on purpose:
//! - Fluent's bidi isolation marks are off. Messages only interpolate numbers and dates that we
//!   format ourselves; text a person typed is never spliced into a message but placed in its own
//!   element with `dir="auto"` or `<bdi>` by the templates, which isolates it in HTML terms.
//! - Fluent prints numbers with ASCII digits, so every number is formatted by ICU4X before it
//!   reaches a message; plural selection gets the raw number as a separate argument.
//! - Arabic uses Arabic-Indic digits (`ar-u-nu-arab`), as in Syria and most of the Mashriq.
//!   ICU4X's plain `ar` would give Latin digits.
//! - The locale files are compiled into the binary: a server never starts with a missing or
//!   half-copied translation.

use std::collections::HashMap;

use anyhow::Context;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use icu_datetime::DateTimeFormatter;
use icu_datetime::fieldsets::{T, YMD, YMDT};
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_locale_core::Locale;
use icu_plurals::{PluralCategory, PluralRules};

/// The Fluent files of one language folder, one per capability plus `main` (chrome, errors and
/// the form kit). A new capability adds its file here; every language must have it.
macro_rules! ftl_files {
    ($code:literal) => {
        [
            ("main", include_str!(concat!("../../locales/", $code, "/main.ftl"))),
            ("staff", include_str!(concat!("../../locales/", $code, "/staff.ftl"))),
            ("campaigns", include_str!(concat!("../../locales/", $code, "/campaigns.ftl"))),
            ("facts", include_str!(concat!("../../locales/", $code, "/facts.ftl"))),
            ("petitions", include_str!(concat!("../../locales/", $code, "/petitions.ftl"))),
            ("supporters", include_str!(concat!("../../locales/", $code, "/supporters.ftl"))),
            ("jobs", include_str!(concat!("../../locales/", $code, "/jobs.ftl"))),
            ("audit", include_str!(concat!("../../locales/", $code, "/audit.ftl"))),
            ("organisations", include_str!(concat!("../../locales/", $code, "/organisations.ftl"))),
            ("events", include_str!(concat!("../../locales/", $code, "/events.ftl"))),
            ("targets", include_str!(concat!("../../locales/", $code, "/targets.ftl"))),
            ("watch", include_str!(concat!("../../locales/", $code, "/watch.ftl"))),
            ("calls", include_str!(concat!("../../locales/", $code, "/calls.ftl"))),
            ("letters", include_str!(concat!("../../locales/", $code, "/letters.ftl"))),
        ]
    };
}

/// The shipped languages, one line each: variant, code (the URL segment and the folder under
/// `locales/`), name in itself, direction, and the ICU4X locale (where the numbering system
/// is chosen on purpose). Adding a language is a folder of `.ftl` files and one line here.
macro_rules! languages {
    ($($variant:ident $code:literal $endonym:literal $dir:literal $icu:literal;)*) => {
        /// A language the site's interface is shipped in.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Lang {
            $($variant,)*
        }

        impl Lang {
            pub const ALL: [Lang; [$($code),*].len()] = [$(Lang::$variant),*];

            pub fn code(self) -> &'static str {
                match self {
                    $(Lang::$variant => $code,)*
                }
            }

            /// The language's name in itself, as shown in the language switcher.
            pub fn endonym(self) -> &'static str {
                match self {
                    $(Lang::$variant => $endonym,)*
                }
            }

            pub fn dir(self) -> &'static str {
                match self {
                    $(Lang::$variant => $dir,)*
                }
            }

            /// The locale ICU4X formats with (the numbering system is chosen here).
            fn icu_locale(self) -> &'static str {
                match self {
                    $(Lang::$variant => $icu,)*
                }
            }

            /// The language's Fluent files, as (capability, source).
            fn ftl(self) -> &'static [(&'static str, &'static str)] {
                match self {
                    $(Lang::$variant => &ftl_files!($code),)*
                }
            }

            /// `locales/{code}/countries.tsv`: every country's name in this language (CLDR).
            pub fn countries_tsv(self) -> &'static str {
                match self {
                    $(Lang::$variant => include_str!(concat!("../../locales/", $code, "/countries.tsv")),)*
                }
            }

            /// `locales/{code}/demo.toml`: the demo campaign's texts in this language.
            pub fn demo_toml(self) -> &'static str {
                match self {
                    $(Lang::$variant => include_str!(concat!("../../locales/", $code, "/demo.toml")),)*
                }
            }
        }
    };
}

languages! {
    // Arabic-Indic digits, as in Syria and most of the Mashriq (plain `ar` gives Latin digits).
    Ar "ar" "العربية" "rtl" "ar-u-nu-arab";
    En "en" "English" "ltr" "en";
    Fr "fr" "Français" "ltr" "fr";
    Es "es" "Español" "ltr" "es";
    De "de" "Deutsch" "ltr" "de";
}

impl Lang {
    pub fn parse(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }
}

crate::stored_code!(Lang, "language", Lang::parse, Lang::code);

/// As its code (`"ar"`), in exports.
impl serde::Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// The language fallback every per-language text uses: of `texts`, the one in `lang` if it is
/// written (`written` says so), else the one in `default`, else the first written one.
/// Returns the text and the language it is in, or `None` when nothing is written.
pub fn pick<'a, T>(texts: &'a [(Lang, T)], lang: Lang, default: Lang, written: impl Fn(&T) -> bool) -> Option<(&'a T, Lang)> {
    let usable = |l: Lang| texts.iter().find(|(tl, t)| *tl == l && written(t));
    usable(lang)
        .or_else(|| usable(default))
        .or_else(|| texts.iter().find(|(_, t)| written(t)))
        .map(|(l, t)| (t, *l))
}

/// Pick the best shipped language from an `Accept-Language` header; English when none fits.
pub fn negotiate(accept_language: Option<&str>) -> Lang {
    negotiate_shipped(accept_language).unwrap_or(Lang::En)
}

/// The shipped language a browser asks for, if it asks for one.
pub fn negotiate_shipped(accept_language: Option<&str>) -> Option<Lang> {
    let header = accept_language?;
    let mut ranges: Vec<(f32, usize, &str)> = header
        .split(',')
        .enumerate()
        .filter_map(|(i, part)| {
            let mut pieces = part.trim().split(';');
            let tag = pieces.next()?.trim();
            let q = pieces
                .find_map(|p| p.trim().strip_prefix("q=").and_then(|q| q.trim().parse::<f32>().ok()))
                .unwrap_or(1.0);
            (q > 0.0 && !tag.is_empty()).then_some((q, i, tag))
        })
        .collect();
    // Highest quality first; among equals, the order the browser gave.
    ranges.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap_or(std::cmp::Ordering::Equal).then(a.1.cmp(&b.1)));
    ranges
        .iter()
        .find_map(|(_, _, tag)| {
            let primary = tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
            Lang::parse(&primary)
        })
}

struct LangData {
    bundle: FluentBundle<FluentResource>,
    decimal: DecimalFormatter,
    date: DateTimeFormatter<YMD>,
    date_short: DateTimeFormatter<YMD>,
    date_time: DateTimeFormatter<YMDT>,
    time: DateTimeFormatter<T>,
    plurals: PluralRules,
}

/// Everything needed to speak every shipped language. Built once at start-up.
pub struct I18n {
    langs: HashMap<Lang, LangData>,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("I18n").finish_non_exhaustive()
    }
}

/// Arguments for a message: numbers are passed raw (for plural selection) and pre-formatted.
pub enum Arg<'a> {
    /// Text we made (a formatted date, a language name); never text a person typed.
    Str(&'a str),
    /// A count: `$name` gets the locale's digits and `$name-n` the number for selectors.
    Count(i64),
    /// A number already formatted (`text`), with its value for plural selectors (`$name-n`).
    Num(&'a str, f64),
}

impl I18n {
    pub fn load() -> anyhow::Result<I18n> {
        let mut langs = HashMap::new();
        for lang in Lang::ALL {
            let langid: unic_langid::LanguageIdentifier = lang.code().parse().context("language id")?;
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            bundle.set_use_isolating(false);
            for (file, source) in lang.ftl() {
                let resource = FluentResource::try_new(source.to_string())
                    .map_err(|(_, errors)| anyhow::anyhow!("syntax errors in locales/{lang}/{file}.ftl: {errors:?}"))?;
                bundle
                    .add_resource(resource)
                    .map_err(|errors| anyhow::anyhow!("messages of locales/{lang}/{file}.ftl defined twice: {errors:?}"))?;
            }
            let locale: Locale = lang.icu_locale().parse().context("ICU locale")?;
            let decimal = DecimalFormatter::try_new((&locale).into(), Default::default())
                .with_context(|| format!("number formatting data for {lang}"))?;
            let date = DateTimeFormatter::try_new((&locale).into(), YMD::long())
                .with_context(|| format!("date formatting data for {lang}"))?;
            let date_short = DateTimeFormatter::try_new((&locale).into(), YMD::medium())
                .with_context(|| format!("date formatting data for {lang}"))?;
            let date_time = DateTimeFormatter::try_new((&locale).into(), YMDT::medium())
                .with_context(|| format!("date and time formatting data for {lang}"))?;
            let time = DateTimeFormatter::try_new((&locale).into(), T::hm())
                .with_context(|| format!("time formatting data for {lang}"))?;
            let plurals = PluralRules::try_new_cardinal((&locale).into())
                .with_context(|| format!("plural rules for {lang}"))?;
            langs.insert(lang, LangData { bundle, decimal, date, date_short, date_time, time, plurals });
        }
        Ok(I18n { langs })
    }

    fn data(&self, lang: Lang) -> &LangData {
        &self.langs[&lang]
    }

    /// The message `id` (or `id.attribute`) in `lang`. A missing message shows as `⟦id⟧`,
    /// which the tests look for on every page they fetch.
    /// Whether `lang` has a message `id` (for names that may or may not have one).
    pub fn has(&self, lang: Lang, id: &str) -> bool {
        self.data(lang).bundle.has_message(id)
    }

    pub fn tr(&self, lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let bundle = &self.data(lang).bundle;
        let (msg_id, attr) = match id.split_once('.') {
            Some((m, a)) => (m, Some(a)),
            None => (id, None),
        };
        let pattern = bundle.get_message(msg_id).and_then(|m| match attr {
            Some(a) => m.get_attribute(a).map(|a| a.value()),
            None => m.value(),
        });
        let Some(pattern) = pattern else {
            tracing::warn!(lang = lang.code(), id, "missing translation");
            return format!("⟦{id}⟧");
        };
        let mut fluent_args = FluentArgs::new();
        for (name, arg) in args {
            match arg {
                Arg::Str(s) => fluent_args.set(name.to_string(), FluentValue::from(s.to_string())),
                // `$name-n` is the number's CLDR plural category, chosen by ICU4X, not Fluent's
                // own rules (intl_pluralrules gets Arabic wrong from 100 up: 160 is "many").
                Arg::Count(n) => {
                    fluent_args.set(name.to_string(), FluentValue::from(self.number(lang, *n)));
                    fluent_args.set(format!("{name}-n"), FluentValue::from(category_name(self.plural_category(lang, *n))));
                }
                Arg::Num(text, n) => {
                    fluent_args.set(name.to_string(), FluentValue::from(text.to_string()));
                    let category = n.to_string().parse::<Decimal>().map(|d| self.data(lang).plurals.category_for(&d)).unwrap_or(PluralCategory::Other);
                    fluent_args.set(format!("{name}-n"), FluentValue::from(category_name(category)));
                }
            }
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        if !errors.is_empty() {
            tracing::warn!(lang = lang.code(), id, errors = ?errors, "translation formatting errors");
        }
        text.into_owned()
    }

    /// The name of language `named`, in `lang` (e.g. "arabe" on a French page).
    pub fn language_name(&self, lang: Lang, named: Lang) -> String {
        self.tr(lang, &format!("language-{named}"), &[])
    }

    /// An integer in the locale's digits and grouping.
    pub fn number(&self, lang: Lang, n: i64) -> String {
        self.data(lang).decimal.format(&Decimal::from(n)).to_string()
    }

    /// An exact decimal written as ASCII (`-1234.5`) in the locale's digits, grouping and
    /// decimal mark. Text that is not such a number comes back unchanged.
    pub fn decimal(&self, lang: Lang, ascii: &str) -> String {
        match ascii.parse::<Decimal>() {
            Ok(d) => self.data(lang).decimal.format(&d).to_string(),
            Err(_) => ascii.to_string(),
        }
    }

    /// A calendar date (UTC) in the locale's long form, e.g. "December 27, 2019".
    pub fn date(&self, lang: Lang, epoch_seconds: i64) -> String {
        self.format_date(lang, epoch_seconds, false)
    }

    /// A calendar date in the locale's medium form, e.g. "Dec 27, 2019" (chart axes).
    pub fn date_short(&self, lang: Lang, epoch_seconds: i64) -> String {
        self.format_date(lang, epoch_seconds, true)
    }

    /// A moment (UTC) with its date and time in the locale's medium form, for logs people read
    /// (the audit log, failed jobs); the time is UTC, as the column heading says.
    pub fn date_time(&self, lang: Lang, epoch_seconds: i64) -> String {
        let Ok(ts) = jiff::Timestamp::from_second(epoch_seconds) else {
            return String::new();
        };
        let z = ts.to_zoned(jiff::tz::TimeZone::UTC);
        let (d, t) = (z.date(), z.time());
        let Ok(date) = icu_calendar::Date::try_new_iso(i32::from(d.year()), d.month() as u8, d.day() as u8) else {
            return String::new();
        };
        let Ok(time) = icu_datetime::input::Time::try_new(t.hour() as u8, t.minute() as u8, t.second() as u8, 0) else {
            return String::new();
        };
        self.data(lang).date_time.format(&icu_datetime::input::DateTime { date, time }).to_string()
    }

    /// A calendar date (no time zone involved: an event's local date) in the locale's long form.
    pub fn civil_date(&self, lang: Lang, d: jiff::civil::Date) -> String {
        match icu_calendar::Date::try_new_iso(i32::from(d.year()), d.month() as u8, d.day() as u8) {
            Ok(date) => self.data(lang).date.format(&date).to_string(),
            Err(_) => String::new(),
        }
    }

    /// A time of day (an event's local time) in the locale's form and digits.
    pub fn time_of_day(&self, lang: Lang, hour: u8, minute: u8) -> String {
        match icu_datetime::input::Time::try_new(hour, minute, 0, 0) {
            Ok(time) => self.data(lang).time.format(&time).to_string(),
            Err(_) => String::new(),
        }
    }

    fn format_date(&self, lang: Lang, epoch_seconds: i64, short: bool) -> String {
        let Ok(ts) = jiff::Timestamp::from_second(epoch_seconds) else {
            return String::new();
        };
        let d = ts.to_zoned(jiff::tz::TimeZone::UTC).date();
        let Ok(date) = icu_calendar::Date::try_new_iso(i32::from(d.year()), d.month() as u8, d.day() as u8) else {
            return String::new();
        };
        let data = self.data(lang);
        if short { data.date_short.format(&date).to_string() } else { data.date.format(&date).to_string() }
    }

    pub fn plural_category(&self, lang: Lang, n: i64) -> PluralCategory {
        self.data(lang).plurals.category_for(n)
    }

    /// Every message id (with `.attribute` forms) of a shipped language, for completeness tests.
    pub fn message_ids(lang: Lang) -> anyhow::Result<std::collections::BTreeSet<String>> {
        use fluent_syntax::ast::Entry;
        let mut ids = std::collections::BTreeSet::new();
        for (file, source) in lang.ftl() {
            let resource = FluentResource::try_new(source.to_string())
                .map_err(|_| anyhow::anyhow!("syntax error in locales/{lang}/{file}.ftl"))?;
            for entry in resource.entries() {
                if let Entry::Message(m) = entry {
                    ids.insert(m.id.name.to_string());
                    for a in &m.attributes {
                        ids.insert(format!("{}.{}", m.id.name, a.id.name));
                    }
                }
            }
        }
        Ok(ids)
    }
}

/// The variant key a Fluent selector matches for a plural category.
fn category_name(c: PluralCategory) -> &'static str {
    match c {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_key() {
        let all: Vec<_> = Lang::ALL.iter().map(|l| (l, I18n::message_ids(*l).unwrap())).collect();
        for (lang, ids) in &all {
            for (other, other_ids) in &all {
                let missing: Vec<_> = other_ids.difference(ids).collect();
                assert!(missing.is_empty(), "{lang} lacks keys that {other} has: {missing:?}");
            }
        }
        assert!(all[0].1.len() > 50, "suspiciously few messages");
    }

    #[test]
    fn every_message_formats_without_errors() {
        let i18n = I18n::load().unwrap();
        for lang in Lang::ALL {
            for id in I18n::message_ids(lang).unwrap() {
                let text = i18n.tr(
                    lang,
                    &id,
                    &[("count", Arg::Count(3)), ("language", Arg::Str("x")), ("date", Arg::Str("d")), ("minutes", Arg::Count(2))],
                );
                assert!(!text.contains('⟦'), "{lang} {id}");
                assert!(!text.trim().is_empty() || id.ends_with(".placeholder"), "{lang} {id} is empty");
            }
        }
    }

    #[test]
    fn negotiation_follows_quality_and_order() {
        assert_eq!(negotiate(Some("ar-SY,ar;q=0.9,en;q=0.8")), Lang::Ar);
        assert_eq!(negotiate(Some("fr-FR,fr;q=0.9,en;q=0.8,ar;q=0.7")), Lang::Fr);
        assert_eq!(negotiate(Some("tr-TR,es;q=0.5")), Lang::Es);
        assert_eq!(negotiate(Some("en;q=0.2, ar;q=0.9")), Lang::Ar);
        assert_eq!(negotiate(Some("de")), Lang::De);
        assert_eq!(negotiate(Some("tr")), Lang::En);
        assert_eq!(negotiate(Some("ar;q=0, en")), Lang::En);
        assert_eq!(negotiate(Some(";;;,,,q=")), Lang::En);
        assert_eq!(negotiate(None), Lang::En);
    }

    #[test]
    fn arabic_numbers_use_arabic_indic_digits() {
        let i18n = I18n::load().unwrap();
        assert_eq!(i18n.number(Lang::Ar, 1_400), "١٬٤٠٠");
        assert_eq!(i18n.number(Lang::En, 30_000), "30,000");
        assert_eq!(i18n.number(Lang::Ar, 0), "٠");
        assert_eq!(i18n.decimal(Lang::Ar, "1.25"), "١٫٢٥");
        assert_eq!(i18n.decimal(Lang::En, "-1234.5"), "-1,234.5");
        assert_eq!(i18n.decimal(Lang::En, "n/a"), "n/a");
    }

    #[test]
    fn dates_are_localised() {
        let i18n = I18n::load().unwrap();
        let ts = 1_577_404_800; // 2019-12-27 UTC
        assert_eq!(i18n.date(Lang::En, ts), "December 27, 2019");
        let ar = i18n.date(Lang::Ar, ts);
        assert!(ar.contains("ديسمبر") && ar.contains("٢٠١٩"), "{ar}");
        // With the time, for logs: 14:05 UTC.
        let en = i18n.date_time(Lang::En, ts + 14 * 3600 + 5 * 60);
        assert!(en.contains("2019") && en.contains("2:05"), "{en}");
        let de = i18n.date_time(Lang::De, ts + 14 * 3600 + 5 * 60);
        assert!(de.contains("14:05"), "{de}");
        assert!(i18n.date_time(Lang::Ar, ts + 14 * 3600 + 5 * 60).contains("٠٥"));
    }

    #[test]
    fn arabic_has_all_six_plural_categories() {
        let i18n = I18n::load().unwrap();
        use PluralCategory::*;
        let cases = [(0, Zero), (1, One), (2, Two), (3, Few), (10, Few), (11, Many), (99, Many), (100, Other), (102, Other), (103, Few), (160, Many), (1011, Many)];
        for (n, want) in cases {
            assert_eq!(i18n.plural_category(Lang::Ar, n), want, "ar {n}");
        }
        assert_eq!(i18n.plural_category(Lang::En, 1), One);
        assert_eq!(i18n.plural_category(Lang::En, 0), Other);
        // The Fluent messages pick the matching form too: six different texts for six numbers.
        let forms: std::collections::BTreeSet<String> = [0, 1, 2, 3, 11, 100]
            .iter()
            .map(|n| i18n.tr(Lang::Ar, "campaign-count", &[("count", Arg::Count(*n))]))
            .collect();
        assert_eq!(forms.len(), 6, "{forms:?}");
        assert!(i18n.tr(Lang::Ar, "campaign-count", &[("count", Arg::Count(11))]).contains("١١"));
        // From 100 up the rule looks at the last two digits: 160 takes the form of 60.
        let form = |n| i18n.tr(Lang::Ar, "form-error-too-long-n", &[("count", Arg::Count(n))]);
        assert_eq!(form(160).replace("١٦٠", "N"), form(60).replace("٦٠", "N"));
        assert_eq!(form(103).replace("١٠٣", "N"), form(3).replace("٣", "N"));
        assert_eq!(i18n.tr(Lang::En, "campaign-count", &[("count", Arg::Count(1))]), "1 campaign");
        assert_eq!(i18n.tr(Lang::En, "campaign-count", &[("count", Arg::Count(1200))]), "1,200 campaigns");
    }

    #[test]
    fn pick_falls_back_to_the_default_then_any() {
        let texts = [(Lang::Ar, "نص"), (Lang::En, ""), (Lang::Fr, "texte")];
        let written = |t: &&str| !t.is_empty();
        assert_eq!(pick(&texts, Lang::Fr, Lang::Ar, written), Some((&"texte", Lang::Fr)));
        assert_eq!(pick(&texts, Lang::En, Lang::Ar, written), Some((&"نص", Lang::Ar)), "empty is not written");
        assert_eq!(pick(&texts, Lang::De, Lang::Es, written), Some((&"نص", Lang::Ar)), "any written one last");
        assert_eq!(pick(&[(Lang::En, "")], Lang::En, Lang::En, written), None);
    }

    #[test]
    fn missing_message_is_visible() {
        let i18n = I18n::load().unwrap();
        assert_eq!(i18n.tr(Lang::En, "no-such-message", &[]), "⟦no-such-message⟧");
    }
}
