"""Check the knowledge-base TSV files in rasd/kb/data/. Exit status 1 on any error.

Run: python rasd/kb/data/_build/validate.py
Checks: headers, column counts, unique ids (within and across files), forbidden characters
(presentation forms U+FB50-U+FEFF, diacritics U+064B-U+0652 and other combining marks, tatweel
U+0640, bidi and zero-width controls), NFC, coordinate ranges, ISO codes, references between files
(capital_id, country, refers_to), allowed values of kind/origin/gender, the 193 UN member states,
and (as warnings) places that lie implausibly far from their country's centroid.
"""
from __future__ import annotations

import math
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
sys.path.insert(0, str(HERE))
from countries import EXTRA_STATES, UN_MEMBERS  # noqa: E402

HEADERS = {
    "countries.tsv": ["id", "iso2", "iso3", "name_ar", "aliases_ar", "nisba_ar", "name_en",
                      "capital_id", "lat", "lon", "region"],
    "cities.tsv": ["id", "name_ar", "aliases_ar", "country", "lat", "lon", "kind", "notes"],
    "regions.tsv": ["id", "name_ar", "aliases_ar", "country", "lat", "lon", "kind"],
    "organizations.tsv": ["id", "name_ar", "aliases_ar", "kind", "country", "name_en"],
    "people.tsv": ["id", "name_ar", "aliases_ar", "role_ar", "role_en", "country", "active",
                   "name_en"],
    "given_names.tsv": ["name_ar", "origin", "gender"],
    "surnames.tsv": ["name_ar", "origin"],
    "nisba_general.tsv": ["form_ar", "refers_to", "kind"],
    "triggers.tsv": ["word_ar", "kind", "notes"],
}
MINIMUM = {"countries.tsv": 198, "cities.tsv": 350, "organizations.tsv": 250, "people.tsv": 300,
           "given_names.tsv": 1500, "surnames.tsv": 800, "triggers.tsv": 300}
# columns that must be Arabic script (apart from spaces and a few marks)
ARABIC_COLS = {"name_ar", "nisba_ar", "role_ar", "form_ar", "word_ar"}
REGIONS = {"middle_east", "north_africa", "sub_saharan_africa", "europe", "caucasus", "central_asia",
           "south_asia", "east_asia", "southeast_asia", "oceania", "north_america",
           "central_america", "caribbean", "south_america"}
CITY_KINDS = {"capital", "city", "town"}
REGION_KINDS = {"territory", "region", "province", "sea", "gulf", "strait", "canal", "river", "lake",
                "ocean", "continent", "peninsula", "island", "desert", "mountain", "valley", "area",
                "corridor", "crossing", "landmark", "line"}
ORG_KINDS = {"igo", "armed_group", "party", "media", "company", "ngo", "court", "gov", "sport",
             "other"}
ORIGINS = {"arabic", "persian", "turkish", "european", "english", "french", "spanish", "russian",
           "african", "other"}
GENDERS = {"m", "f", "u"}
NISBA_KINDS = {"city", "region", "continental", "ethnic", "religious", "political"}
TRIGGER_KINDS = {"person_title", "org_head", "loc_head", "speech_verb", "source_cue"}
ACTIVE = re.compile(r"^\d{4}-(\d{4})?(\|\d{4}-(\d{4})?)*$")
ID = re.compile(r"^(place|actor):[a-z0-9][a-z0-9-]*$")
# countries so large (or scattered) that a city far from the centroid is normal
WIDE = {"RU", "US", "CA", "CN", "AU", "BR", "KI", "IN", "ID", "AR", "CL", "KZ", "DZ", "MX", "FM",
        "NZ", "DK", "FR", "ES", "PT", "GB", "NO", "CD", "SD", "LY", "SA", "IR", "EG"}

errors: list[str] = []
warnings: list[str] = []


def bad_char(c: str) -> str | None:
    o = ord(c)
    if 0xFB50 <= o <= 0xFEFF:
        return "presentation form"
    if 0x064B <= o <= 0x065F or o == 0x0670 or 0x06D6 <= o <= 0x06ED:
        return "diacritic/combining mark"
    if o == 0x0640:
        return "tatweel"
    if o in (0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x061C) or 0x202A <= o <= 0x202E \
            or 0x2066 <= o <= 0x2069:
        return "invisible/bidi control"
    if unicodedata.category(c) in ("Cc", "Cf", "Mn") and c not in "\t":
        return f"control/format/mark {unicodedata.name(c, hex(o))}"
    return None


def is_arabic_text(s: str) -> bool:
    for c in s:
        if c in " .-+()0123456789":
            continue
        if not ("\u0600" <= c <= "\u06ff"):
            return False
    return any("\u0621" <= c <= "\u064a" for c in s)


def read(name: str) -> list[dict[str, str]]:
    path = DATA / name
    if not path.exists():
        errors.append(f"{name}: missing")
        return []
    text = path.read_text(encoding="utf-8")
    rows, header = [], None
    for n, line in enumerate(text.split("\n"), 1):
        if not line or line.startswith("#"):
            continue
        for c in line:
            why = bad_char(c)
            if why:
                errors.append(f"{name}:{n}: {why} U+{ord(c):04X} in {line[:60]!r}")
                break
        if unicodedata.normalize("NFC", line) != line:
            errors.append(f"{name}:{n}: not NFC")
        cells = line.split("\t")
        if header is None:
            header = cells
            if header != HEADERS[name]:
                errors.append(f"{name}: header {header} != {HEADERS[name]}")
            continue
        if len(cells) != len(header):
            errors.append(f"{name}:{n}: {len(cells)} columns, expected {len(header)}")
            continue
        row = dict(zip(header, cells))
        row["_line"] = str(n)
        for col in header:
            v = row[col]
            if v != v.strip() or "  " in v:
                errors.append(f"{name}:{n}: stray whitespace in {col}: {v!r}")
            if col.endswith("_ar") and v:
                for part in v.split("|"):
                    if not part:
                        errors.append(f"{name}:{n}: empty item in {col}")
                    elif col in ARABIC_COLS and not is_arabic_text(part):
                        errors.append(f"{name}:{n}: {col} not Arabic: {part!r}")
                    elif col == "aliases_ar" and not any("\u0621" <= c <= "\u064a" for c in part) \
                            and name != "organizations.tsv":
                        errors.append(f"{name}:{n}: alias without Arabic letters: {part!r}")
                items = v.split("|")
                if len(items) != len(set(items)):
                    errors.append(f"{name}:{n}: repeated item in {col}")
        rows.append(row)
    if name in MINIMUM and len(rows) < MINIMUM[name]:
        errors.append(f"{name}: {len(rows)} rows, expected at least {MINIMUM[name]}")
    return rows


def coords(name: str, row: dict[str, str]) -> tuple[float, float] | None:
    try:
        lat, lon = float(row["lat"]), float(row["lon"])
    except ValueError:
        errors.append(f"{name}:{row['_line']}: bad coordinates {row['lat']},{row['lon']}")
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        errors.append(f"{name}:{row['_line']}: coordinates out of range {lat},{lon}")
        return None
    if not re.fullmatch(r"-?\d{1,3}\.\d{2}", row["lat"]) or \
            not re.fullmatch(r"-?\d{1,3}\.\d{2}", row["lon"]):
        errors.append(f"{name}:{row['_line']}: coordinates not 2 decimals")
    return lat, lon


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def unique(name: str, rows: list[dict[str, str]], col: str) -> None:
    for value, n in Counter(r[col] for r in rows).items():
        if n > 1:
            errors.append(f"{name}: {col} {value!r} appears {n} times")


def main() -> int:
    data = {name: read(name) for name in HEADERS}
    countries, cities, regions = data["countries.tsv"], data["cities.tsv"], data["regions.tsv"]
    orgs, people = data["organizations.tsv"], data["people.tsv"]

    all_ids: dict[str, str] = {}
    for name in ("countries.tsv", "cities.tsv", "regions.tsv", "organizations.tsv", "people.tsv"):
        unique(name, data[name], "id")
        for r in data[name]:
            if not ID.match(r["id"]):
                errors.append(f"{name}:{r['_line']}: bad id {r['id']!r}")
            if r["id"] in all_ids and all_ids[r["id"]] != name:
                errors.append(f"{name}: id {r['id']} also in {all_ids[r['id']]}")
            all_ids.setdefault(r["id"], name)

    # countries
    iso2s = set()
    centroid = {}
    for r in countries:
        iso2 = r["iso2"]
        iso2s.add(iso2)
        if r["id"] != f"place:{iso2.lower()}" or not re.fullmatch(r"[A-Z]{2}", iso2):
            errors.append(f"countries.tsv:{r['_line']}: id/iso2 mismatch {r['id']} {iso2}")
        if not re.fullmatch(r"[A-Z]{3}", r["iso3"]):
            errors.append(f"countries.tsv:{r['_line']}: bad iso3 {r['iso3']}")
        if r["region"] not in REGIONS:
            errors.append(f"countries.tsv:{r['_line']}: unknown region {r['region']}")
        c = coords("countries.tsv", r)
        if c:
            centroid[iso2] = c
        if r["capital_id"] and all_ids.get(r["capital_id"]) != "cities.tsv":
            errors.append(f"countries.tsv:{r['_line']}: capital {r['capital_id']} not in cities.tsv")
        if not r["capital_id"]:
            warnings.append(f"countries.tsv: {r['iso2']} has no capital_id (disputed; see README)")
    unique("countries.tsv", countries, "iso3")
    unique("countries.tsv", countries, "name_ar")
    present = {i.lower() for i in iso2s}
    missing = sorted(UN_MEMBERS - present)
    if len(UN_MEMBERS) != 193:
        errors.append(f"UN member list has {len(UN_MEMBERS)} codes, expected 193")
    if missing:
        errors.append(f"countries.tsv: UN member states missing: {missing}")
    if EXTRA_STATES - present:
        errors.append(f"countries.tsv: missing {sorted(EXTRA_STATES - present)}")
    un_count = len(UN_MEMBERS & present)

    # nisba collisions between countries
    owner = defaultdict(set)
    for r in countries:
        for f in r["nisba_ar"].split("|") if r["nisba_ar"] else []:
            owner[f].add(r["iso2"])
        for f in [r["name_ar"]] + (r["aliases_ar"].split("|") if r["aliases_ar"] else []):
            owner["name:" + f].add(r["iso2"])
    for f, who in owner.items():
        if len(who) > 1:
            errors.append(f"countries.tsv: {f!r} belongs to several countries {sorted(who)}")

    # cities and regions
    capitals = {r["capital_id"] for r in countries if r["capital_id"]}
    for name, rows, kinds in (("cities.tsv", cities, CITY_KINDS), ("regions.tsv", regions,
                                                                    REGION_KINDS)):
        for r in rows:
            c = coords(name, r)
            if r["kind"] not in kinds:
                errors.append(f"{name}:{r['_line']}: unknown kind {r['kind']}")
            cc = r["country"]
            if cc and cc not in iso2s:
                errors.append(f"{name}:{r['_line']}: unknown country {cc}")
            if name == "cities.tsv":
                if (r["kind"] == "capital") != (r["id"] in capitals):
                    errors.append(f"cities.tsv:{r['_line']}: kind capital but not a capital_id "
                                  f"(or the reverse): {r['id']}")
            if c and cc and cc in centroid and cc not in WIDE:
                d = km(c, centroid[cc])
                limit = 900 if name == "cities.tsv" else 1500
                if d > limit:
                    warnings.append(f"{name}: {r['id']} is {d:.0f} km from the centroid of {cc}")
    # a name used by several places: fine when the notes say so
    by_name = defaultdict(list)
    for r in cities + regions + countries:
        for n in [r["name_ar"]] + (r["aliases_ar"].split("|") if r["aliases_ar"] else []):
            by_name[n].append(r)
    for n, rs in by_name.items():
        ids = sorted({r["id"] for r in rs})
        if len(ids) > 1:
            noted = any("ambiguous" in r.get("notes", "") or "same name" in r.get("notes", "")
                        for r in rs)
            (warnings if noted else errors).append(
                f"place name {n!r} shared by {ids}" + ("" if noted else " without a note"))

    # organizations and people
    for r in orgs:
        if r["kind"] not in ORG_KINDS:
            errors.append(f"organizations.tsv:{r['_line']}: unknown kind {r['kind']}")
        if r["country"] and r["country"] not in iso2s:
            errors.append(f"organizations.tsv:{r['_line']}: unknown country {r['country']}")
    for r in people:
        if r["country"] and r["country"] not in iso2s:
            errors.append(f"people.tsv:{r['_line']}: unknown country {r['country']}")
        if not ACTIVE.match(r["active"]):
            errors.append(f"people.tsv:{r['_line']}: bad active {r['active']!r}")
    actor_names = defaultdict(set)
    for r in orgs + people:
        for n in [r["name_ar"]] + (r["aliases_ar"].split("|") if r["aliases_ar"] else []):
            actor_names[n].add(r["id"])
    for n, ids in actor_names.items():
        if len(ids) > 1:
            errors.append(f"actor name {n!r} shared by {sorted(ids)}")
    for n, ids in actor_names.items():
        if n in by_name:
            warnings.append(f"{n!r} names an actor {sorted(ids)} and a place "
                            f"{sorted({r['id'] for r in by_name[n]})}")

    # names and context words
    unique("given_names.tsv", data["given_names.tsv"], "name_ar")
    for r in data["given_names.tsv"]:
        if r["origin"] not in ORIGINS or r["gender"] not in GENDERS:
            errors.append(f"given_names.tsv:{r['_line']}: bad origin/gender {r}")
    unique("surnames.tsv", data["surnames.tsv"], "name_ar")
    for r in data["surnames.tsv"]:
        if r["origin"] not in ORIGINS:
            errors.append(f"surnames.tsv:{r['_line']}: bad origin {r['origin']}")
    unique("nisba_general.tsv", data["nisba_general.tsv"], "form_ar")
    country_nisba = {f for r in countries for f in r["nisba_ar"].split("|")}
    for r in data["nisba_general.tsv"]:
        if r["kind"] not in NISBA_KINDS:
            errors.append(f"nisba_general.tsv:{r['_line']}: unknown kind {r['kind']}")
        if r["refers_to"] and r["refers_to"] not in all_ids:
            errors.append(f"nisba_general.tsv:{r['_line']}: unknown refers_to {r['refers_to']}")
        if r["form_ar"] in country_nisba:
            errors.append(f"nisba_general.tsv:{r['_line']}: {r['form_ar']} is a country nisba")
    seen = Counter((r["word_ar"], r["kind"]) for r in data["triggers.tsv"])
    for k, n in seen.items():
        if n > 1:
            errors.append(f"triggers.tsv: {k} repeated")
    for r in data["triggers.tsv"]:
        if r["kind"] not in TRIGGER_KINDS:
            errors.append(f"triggers.tsv:{r['_line']}: unknown kind {r['kind']}")

    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print()
    for name, rows in data.items():
        extra = f" ({un_count} UN member states)" if name == "countries.tsv" else ""
        print(f"{name:20s} {len(rows):5d} rows{extra}")
    print(f"\n{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
