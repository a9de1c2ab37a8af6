#!/usr/bin/env python3
"""Make data/countries.tsv from CLDR's territory names (npm `cldr-localenames-modern`).

Run once by a developer when CLDR is updated, never at build or run time:

    npm pack cldr-localenames-modern && tar xzf cldr-localenames-modern-*.tgz
    python3 tools/gen-countries.py package > data/countries.tsv

Keeps ISO 3166-1 alpha-2 countries and territories: two capital letters, without CLDR's
groupings (EU, EZ, UN), private-use and unknown codes, and the exceptionally reserved ones.

Columns, tab-separated: the code, then one name per language in LANGS order (English,
Arabic, French, Spanish, German). src/countries.rs reads the columns in this same order, so
a language added here must be added there too (its COLUMNS) and to `crate::i18n::Lang`.
A name CLDR lacks for a language is an error, not a silent English fallback.
"""
import json
import sys

LANGS = ["en", "ar", "fr", "es", "de"]
LANG_NAMES = {"en": "English", "ar": "Arabic", "fr": "French", "es": "Spanish", "de": "German"}
SKIP = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AC", "CP", "CQ", "DG", "EA", "IC", "TA"}

root = sys.argv[1]
names = {}
for lang in LANGS:
    data = json.load(open(f"{root}/main/{lang}/territories.json", encoding="utf-8"))
    names[lang] = data["main"][lang]["localeDisplayNames"]["territories"]

codes = sorted(c for c in names["en"] if len(c) == 2 and c.isalpha() and c.isupper() and c not in SKIP)
missing = [f"{lang}:{code}" for code in codes for lang in LANGS if not names[lang].get(code)]
if missing:
    sys.exit(f"CLDR has no name for {', '.join(missing)}")
columns = ", ".join(["ISO 3166-1 alpha-2 code"] + [f"{LANG_NAMES[lang]} name ({lang})" for lang in LANGS])
print(f"# Tab-separated columns: {columns}.")
print("# From Unicode CLDR (Unicode License v3), made by tools/gen-countries.py; do not edit by hand.")
for code in codes:
    print("\t".join([code] + [names[lang][code] for lang in LANGS]))
