"""Write the knowledge-base TSV files in rasd/kb/data/ from the hand-compiled facts beside this
script. Run: python rasd/kb/data/_build/build.py  (then validate.py).

Every output file: a '#' provenance comment, a header line, then one row per entry; columns are
TAB-separated, multi-valued columns use '|'. Arabic is written in plain letters (no presentation
forms, diacritics or tatweel); validate.py checks that.
"""
from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))

import cities as _cities  # noqa: E402
import context as _context  # noqa: E402
import countries as _countries  # noqa: E402
import names as _names  # noqa: E402
import orgs as _orgs  # noqa: E402
import people as _people  # noqa: E402
import regions as _regions  # noqa: E402

PROVENANCE = "# compiled by hand from general knowledge of public facts; built by _build/build.py"

ORIGINS = {"arabic", "persian", "turkish", "european", "english", "french", "spanish", "russian",
           "african", "other"}
ORIGIN_MAP = {"german": "european", "italian": "european", "portuguese": "european",
              "kurdish": "other"}
# Slavic names that are not Russian (Ukrainian, Belarusian, Balkan, Polish): 'european'.
NOT_RUSSIAN = set("""
فولوديمير بيترو دميترو ميخائيلو أولكسندر أندري ميلوش سلوبودان نيكولا زوران دراغان غوران بوغدان
زيلينسكي كوليبا سيبيها بوروشينكو يانوكوفيتش زالوجني سيرسكي ريزنيكوف أوميروف شميهال يرماك لوكاشينكو
كليتشكو شيفتشينكو زينتشينكو مودريتش راكيتيتش ماندجوكيتش إبراهيموفيتش ديوكوفيتش إيفانوفيتش يانكوفيتش
ميلوسيفيتش فوتشيتش كاراجيتش ملاديتش ليفاندوفسكي شتشيسني بلاشيكوفسكي دودا توسك كاتشينسكي موراوسكي
""".split())


def lines(block: str) -> list[str]:
    out = []
    for raw in block.strip("\n").split("\n"):
        line = raw.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def clean(text: str) -> str:
    return unicodedata.normalize("NFC", text.strip())


def uniq(values, drop=()) -> list[str]:
    seen, out = set(drop), []
    for v in values:
        v = clean(v)
        if v and v not in seen:
            seen.add(v)
            out.append(v)
    return out


def write(name: str, header: list[str], rows: list[list[str]]) -> None:
    path = OUT / name
    with path.open("w", encoding="utf-8", newline="\n") as f:
        f.write(PROVENANCE + "\n")
        f.write("\t".join(header) + "\n")
        for row in rows:
            assert len(row) == len(header), (name, row)
            for cell in row:
                assert "\t" not in cell and "\n" not in cell, (name, row)
            f.write("\t".join(row) + "\n")
    print(f"{name}: {len(rows)} rows")


def with_al(word: str) -> str:
    return word if word.startswith("ال") else "ال" + word


def inflect_nisba(stem: str, plurals: bool = True) -> list[str]:
    """أردني -> أردني أردنية أردنيون أردنيين أردنيات + the same with ال.
    A phrase (كوري شمالي، جنوب أفريقي) inflects its adjective words."""
    words = stem.split()
    if len(words) == 1:
        forms = [stem, stem + "ة"]
        if plurals:
            forms += [stem + "ون", stem + "ين", stem + "ات"]
        return forms + [with_al(f) for f in forms]
    if all(w.endswith("ي") for w in words):  # كوري شمالي
        masc = words
        fem = [w + "ة" for w in words]
        return [" ".join(masc), " ".join(fem), " ".join(with_al(w) for w in masc),
                " ".join(with_al(w) for w in fem)]
    # جنوب أفريقي: only the last word inflects; ال goes on the first word (الجنوب أفريقي)
    head, last = words[:-1], words[-1]
    masc = head + [last]
    fem = head + [last + "ة"]
    out = [" ".join(masc), " ".join(fem)]
    out += [" ".join([with_al(head[0])] + head[1:] + [last]),
            " ".join([with_al(head[0])] + head[1:] + [last + "ة"])]
    if plurals:
        out += [" ".join(head + [last + "ون"]), " ".join(head + [last + "ين"])]
    return out


def build_countries() -> tuple[list[list[str]], set[str]]:
    rows, names_taken = [], set()
    parsed = [line.split(";") for line in lines(_countries.COUNTRIES)]
    for f in parsed:
        assert len(f) == 11, f
        names_taken.add(clean(f[2]))
        names_taken.update(clean(a) for a in f[3].split("|") if a)
    capitals = set()
    for (iso2, iso3, name_ar, aliases, stems, extra, name_en, cap, lat, lon, region) in parsed:
        forms = []
        for stem in (s for s in stems.split("|") if s):
            forms += inflect_nisba(clean(stem))
        for e in (e for e in extra.split("|") if e):
            e = clean(e)
            forms += [e] + ([with_al(e)] if " " not in e else [])
        forms = [x for x in uniq(forms) if x not in names_taken]
        cap_id = f"place:{cap}" if cap else ""
        if cap:
            capitals.add(cap)
        rows.append([f"place:{iso2}", iso2.upper(), iso3, clean(name_ar),
                     "|".join(uniq(aliases.split("|"), drop={clean(name_ar)})),
                     "|".join(forms), name_en, cap_id, f"{float(lat):.2f}", f"{float(lon):.2f}",
                     region])
    write("countries.tsv", ["id", "iso2", "iso3", "name_ar", "aliases_ar", "nisba_ar", "name_en",
                            "capital_id", "lat", "lon", "region"], rows)
    return rows, capitals


def build_cities(capitals: set[str]) -> list[list[str]]:
    rows = []
    for block in (_cities.CAPITALS, _cities.CITIES):
        for line in lines(block):
            f = line.split(";", 7)
            assert len(f) == 8, f
            slug, name_ar, aliases, cc, lat, lon, k, notes = f
            kind = "capital" if slug in capitals else {"c": "city", "t": "town"}[k]
            rows.append([f"place:{slug}", clean(name_ar),
                         "|".join(uniq(aliases.split("|"), drop={clean(name_ar)})), cc.upper(),
                         f"{float(lat):.2f}", f"{float(lon):.2f}", kind, notes.strip()])
    write("cities.tsv", ["id", "name_ar", "aliases_ar", "country", "lat", "lon", "kind", "notes"],
          rows)
    return rows


def build_regions() -> None:
    rows = []
    for line in lines(_regions.REGIONS):
        f = line.split(";")
        assert len(f) == 7, f
        slug, name_ar, aliases, cc, lat, lon, kind = f
        rows.append([f"place:{slug}", clean(name_ar),
                     "|".join(uniq(aliases.split("|"), drop={clean(name_ar)})), cc.upper(),
                     f"{float(lat):.2f}", f"{float(lon):.2f}", kind])
    write("regions.tsv", ["id", "name_ar", "aliases_ar", "country", "lat", "lon", "kind"], rows)


def build_orgs() -> None:
    rows = []
    for line in lines(_orgs.ORGS):
        f = line.split(";")
        assert len(f) == 6, f
        slug, name_ar, aliases, kind, cc, name_en = f
        rows.append([f"actor:{slug}", clean(name_ar),
                     "|".join(uniq(aliases.split("|"), drop={clean(name_ar)})), kind, cc.upper(),
                     name_en])
    write("organizations.tsv", ["id", "name_ar", "aliases_ar", "kind", "country", "name_en"], rows)


def build_people() -> None:
    rows = []
    for line in lines(_people.PEOPLE):
        f = line.split(";")
        assert len(f) == 8, f
        slug, name_ar, aliases, role_ar, role_en, cc, active, name_en = f
        rows.append([f"actor:{slug}", clean(name_ar),
                     "|".join(uniq(aliases.split("|"), drop={clean(name_ar)})), clean(role_ar),
                     role_en, cc.upper(), active, name_en])
    write("people.tsv", ["id", "name_ar", "aliases_ar", "role_ar", "role_en", "country", "active",
                         "name_en"], rows)


def tokens(block: str) -> list[str]:
    return [t.replace("_", " ") for t in block.split() if "?" not in t]


def compound_variants(name: str) -> list[str]:
    """عبد الله -> عبد الله, عبدالله; نصر الله -> نصر الله, نصرالله."""
    out = [name]
    if name.startswith("عبد ") and name.count(" ") == 1:
        out.append(name.replace(" ", "", 1))
    if name.endswith(" الله") and name.count(" ") == 1:
        out.append(name.replace(" ", "", 1))
    return out


def origin_of(origin: str, name: str) -> str:
    o = ORIGIN_MAP.get(origin, origin)
    if o == "russian" and name in NOT_RUSSIAN:
        o = "european"
    assert o in ORIGINS, o
    return o


def build_names() -> None:
    given: dict[str, list[str]] = {}
    for origin, gender, block in _names.GIVEN:
        for tok in tokens(block):
            for name in compound_variants(clean(tok)):
                if name in given:
                    if given[name][1] != gender:
                        given[name][1] = "u"
                    continue
                given[name] = [origin_of(origin, name), gender]
    write("given_names.tsv", ["name_ar", "origin", "gender"],
          [[n, o, g] for n, (o, g) in given.items()])

    surnames: dict[str, str] = {}
    for origin, block in _names.SURNAMES:
        for tok in tokens(block):
            name = clean(tok)
            surnames.setdefault(name, origin_of(origin, name))
    write("surnames.tsv", ["name_ar", "origin"], [[n, o] for n, o in surnames.items()])


PEOPLE_KINDS = {"ethnic", "religious", "political"}


def build_context() -> None:
    rows, seen = [], set()

    def add(form: str, ref: str, kind: str) -> None:
        form = clean(form)
        if form not in seen:
            seen.add(form)
            rows.append([form, ref, kind])

    for line in lines(_context.NISBA):
        stem, ref, kind, extra = line.split(";", 3)
        stem = stem.replace("_", " ")
        bare = stem[2:] if stem.startswith("ال") else stem
        if " " in bare:  # الأمريكي اللاتيني
            w1, w2 = bare.split(" ", 1)
            w2 = w2[2:] if w2.startswith("ال") else w2
            for f in (f"ال{w1} ال{w2}", f"ال{w1}ة ال{w2}ة", f"{w1} {w2}", f"{w1}ة {w2}ة"):
                add(f, ref, kind)
            continue
        forms = [with_al(bare), with_al(bare) + "ة", bare, bare + "ة"]
        if kind in PEOPLE_KINDS:
            forms += [with_al(bare) + "ون", with_al(bare) + "ين", bare + "ون", bare + "ين"]
        # plural forms: only explicit words (the note column, if any, is free text)
        for f in forms:
            add(f, ref, kind)
        for p in extra.split("|"):
            p = p.strip()
            if p and all("\u0600" <= c <= "\u06ff" or c == " " for c in p):
                add(p, ref, kind)
                if " " not in p:
                    add(with_al(p), ref, kind)
    write("nisba_general.tsv", ["form_ar", "refers_to", "kind"], rows)

    trig, seen_t = [], set()
    for kind, note, block in _context.TRIGGERS:
        for tok in tokens(block):
            word = clean(tok)
            if (word, kind) in seen_t:
                continue
            seen_t.add((word, kind))
            trig.append([word, kind, note])
    write("triggers.tsv", ["word_ar", "kind", "notes"], trig)


def main() -> None:
    _, capitals = build_countries()
    build_cities(capitals)
    build_regions()
    build_orgs()
    build_people()
    build_names()
    build_context()


if __name__ == "__main__":
    main()
