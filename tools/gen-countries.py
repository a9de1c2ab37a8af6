#!/usr/bin/env python3
"""Make data/countries.tsv from CLDR's territory names (npm `cldr-localenames-modern`).

Run once by a developer when CLDR is updated, never at build or run time:

    npm pack cldr-localenames-modern && tar xzf cldr-localenames-modern-*.tgz
    python3 tools/gen-countries.py package > data/countries.tsv

Keeps ISO 3166-1 alpha-2 countries and territories: two capital letters, without CLDR's
groupings (EU, EZ, UN), private-use and unknown codes, and the exceptionally reserved ones.
"""
import json
import sys

LANGS = ["en", "ar"]
SKIP = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AC", "CP", "CQ", "DG", "EA", "IC", "TA"}

root = sys.argv[1]
names = {}
for lang in LANGS:
    data = json.load(open(f"{root}/main/{lang}/territories.json", encoding="utf-8"))
    names[lang] = data["main"][lang]["localeDisplayNames"]["territories"]

codes = sorted(c for c in names["en"] if len(c) == 2 and c.isalpha() and c.isupper() and c not in SKIP)
print("# ISO 3166-1 alpha-2 code, English name, Arabic name. From Unicode CLDR (Unicode License v3),")
print("# made by tools/gen-countries.py; do not edit by hand.")
for code in codes:
    print("\t".join([code] + [names[lang].get(code, names["en"][code]) for lang in LANGS]))
