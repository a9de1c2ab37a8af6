#!/usr/bin/env python3
"""Make locales/<lang>/countries.tsv from CLDR's territory names (npm `cldr-localenames-modern`).

Run once by a developer when CLDR is updated or a language is added, never at build or run
time:

    npm pack cldr-localenames-modern && tar xzf cldr-localenames-modern-*.tgz
    python3 tools/gen-countries.py package locales

Writes one file per language folder found under `locales/` (the shipped languages): a line per
country, its ISO 3166-1 alpha-2 code, a tab, its name. Keeps countries and territories (two
capital letters), without CLDR's groupings (EU, EZ, UN), private-use and unknown codes, and the
exceptionally reserved ones. A name CLDR lacks for a language is an error, not a silent English
fallback.
"""
import json
import os
import sys

SKIP = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AC", "CP", "CQ", "DG", "EA", "IC", "TA"}

root, locales = sys.argv[1], sys.argv[2]
langs = sorted(d for d in os.listdir(locales) if os.path.isdir(os.path.join(locales, d)))
names = {}
for lang in langs:
    data = json.load(open(f"{root}/main/{lang}/territories.json", encoding="utf-8"))
    names[lang] = data["main"][lang]["localeDisplayNames"]["territories"]

codes = sorted(c for c in names["en"] if len(c) == 2 and c.isalpha() and c.isupper() and c not in SKIP)
missing = [f"{lang}:{code}" for code in codes for lang in langs if not names[lang].get(code)]
if missing:
    sys.exit(f"CLDR has no name for {', '.join(missing)}")
for lang in langs:
    with open(os.path.join(locales, lang, "countries.tsv"), "w", encoding="utf-8") as out:
        out.write("# ISO 3166-1 alpha-2 code, tab, the country's name in this language.\n")
        out.write("# From Unicode CLDR (Unicode License v3), made by tools/gen-countries.py; do not edit by hand.\n")
        for code in codes:
            out.write(f"{code}\t{names[lang][code]}\n")
