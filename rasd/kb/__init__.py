"""The knowledge base: countries, places, organizations and people with stable ids.

Loaded once per process from the TSV files in ``data/`` (see data/README.md),
with every name and alias normalized (MATCH) on load, so that الأميركية and
الامريكية, الإمارات and الامارات find the same entry.

    >>> kb = KnowledgeBase.load()
    >>> kb.lookup("الأمم المتحدة")[0].id
    'actor:united-nations'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Any

from rasd.errors import ModelError
from rasd.text.normalize import MATCH, normalize

__all__ = ["Entry", "KnowledgeBase", "name_key", "slug"]

_SPACES = re.compile(r"\s+")
_KIND_LABEL = {"country": "LOC", "city": "LOC", "region": "LOC", "org": "ORG", "person": "PER"}
#: Which entry wins when an alias is shared and no canonical name decides.
_KIND_RANK = {"person": 0, "org": 1, "country": 2, "city": 3, "region": 4}


@lru_cache(maxsize=100_000)
def name_key(text: str) -> str:
    """The form names are indexed and looked up by: MATCH normalization, one space,
    and compound names joined (عبد الله = عبدالله)."""
    key = _SPACES.sub(" ", normalize(text, MATCH)).strip()
    return key.replace("عبد ال", "عبدال").replace("ابو ", "ابو").replace("بن ", "بن")


_TRANSLIT = str.maketrans(
    {
        "ا": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
        "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "a",
        "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w",
        "ي": "y", "ء": "", "ئ": "y", "ؤ": "w", "ة": "a", "ى": "a", "پ": "p", "چ": "ch", "ژ": "zh",
        "گ": "g", "ڤ": "v", " ": "-",
    }
)


def slug(text: str) -> str:
    """An ASCII slug of an Arabic name, for ids of actors outside the knowledge base."""
    s = name_key(text).translate(_TRANSLIT).lower()
    s = re.sub(r"[^a-z0-9-]+", "", s)
    s = re.sub(r"-{2,}", "-", s).strip("-")
    return s or "x"


def skeleton(text: str) -> str:
    """A spelling-tolerant key: long vowels inside words dropped (بوتين = بوتن)."""
    out = []
    for word in name_key(text).split(" "):
        if len(word) > 3:
            word = word[0] + re.sub("[اويء]", "", word[1:-1]) + word[-1]
        out.append(word)
    return " ".join(out)


@dataclass(frozen=True)
class Entry:
    """One knowledge-base entry."""

    id: str
    name: str  # canonical Arabic name
    kind: str  # country, city, region, org, person
    country: str | None = None
    names: tuple[str, ...] = ()
    info: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def label(self) -> str:
        return _KIND_LABEL[self.kind]


def _rows(name: str) -> list[dict[str, str]]:
    try:
        raw = resources.files("rasd.kb").joinpath(f"data/{name}").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError) as e:
        raise ModelError(f"knowledge-base file {name} is missing ({e})", hint="reinstall rasd") from None
    lines = [line for line in raw.splitlines() if line.strip() and not line.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"))) for line in lines[1:]]


def _split(v: str | None) -> list[str]:
    return [x.strip() for x in (v or "").split("|") if x.strip()]


class KnowledgeBase:
    """Entries by id, an alias index, nisba adjectives, and name lists for the tagger."""

    def __init__(self) -> None:
        self.entries: dict[str, Entry] = {}
        self._aliases: dict[str, list[tuple[bool, str]]] = {}
        self._skeletons: dict[str, set[str]] = {}
        self.nisba: dict[str, str] = {}
        self.given_names: frozenset[str] = frozenset()
        self.surnames: frozenset[str] = frozenset()
        self.triggers: dict[str, str] = {}
        self.capital_of: dict[str, str] = {}

    # --- building -------------------------------------------------------------

    def _add(self, entry: Entry, aliases: list[str]) -> None:
        entry = replace(entry, names=tuple(aliases))
        self.entries[entry.id] = entry
        for i, alias in enumerate([entry.name, *aliases]):
            key = name_key(alias)
            if not key:
                continue
            self._aliases.setdefault(key, []).append((i == 0, entry.id))
            self._skeletons.setdefault(skeleton(alias), set()).add(entry.id)

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> KnowledgeBase:
        """The shipped knowledge base, loaded once per process."""
        kb = cls()
        for r in _rows("countries.tsv"):
            e = Entry(r["id"], r["name_ar"], "country", r["iso2"], info={"lat": r.get("lat"), "lon": r.get("lon"), "name_en": r.get("name_en"), "capital": r.get("capital_id") or None})
            kb._add(e, _split(r.get("aliases_ar")))
            for form in _split(r.get("nisba_ar")):
                kb.nisba[name_key(form)] = r["id"]
            if r.get("capital_id"):
                kb.capital_of[r["capital_id"]] = r["id"]
        for r in _rows("cities.tsv"):
            e = Entry(r["id"], r["name_ar"], "city", r.get("country") or None, info={"lat": r.get("lat"), "lon": r.get("lon"), "kind": r.get("kind")})
            kb._add(e, _split(r.get("aliases_ar")))
        for r in _rows("regions.tsv"):
            e = Entry(r["id"], r["name_ar"], "region", r.get("country") or None, info={"lat": r.get("lat"), "lon": r.get("lon"), "kind": r.get("kind")})
            kb._add(e, _split(r.get("aliases_ar")))
        for r in _rows("organizations.tsv"):
            e = Entry(r["id"], r["name_ar"], "org", r.get("country") or None, info={"kind": r.get("kind"), "name_en": r.get("name_en")})
            kb._add(e, _split(r.get("aliases_ar")))
        for r in _rows("people.tsv"):
            e = Entry(r["id"], r["name_ar"], "person", r.get("country") or None, info={"role": r.get("role_ar"), "role_en": r.get("role_en"), "name_en": r.get("name_en")})
            kb._add(e, _split(r.get("aliases_ar")))
        for r in _rows("nisba_general.tsv"):
            if r.get("refers_to"):
                kb.nisba.setdefault(name_key(r["form_ar"]), r["refers_to"])
        kb.given_names = frozenset(name_key(r["name_ar"]) for r in _rows("given_names.tsv"))
        kb.surnames = frozenset(name_key(r["name_ar"]) for r in _rows("surnames.tsv"))
        kb.triggers = {name_key(r["word_ar"]): r["kind"] for r in _rows("triggers.tsv")}
        return kb

    # --- queries -------------------------------------------------------------

    def get(self, id: str) -> Entry | None:
        return self.entries.get(id)

    def lookup(self, text: str, label: str | None = None) -> list[Entry]:
        """Entries a name may refer to, best first: canonical names before aliases,
        then by kind. Tries the name with and without the article."""
        key = name_key(text)
        hits = self._aliases.get(key)
        if not hits:
            alt = key[2:] if key.startswith("ال") and len(key) > 4 else "ال" + key
            hits = self._aliases.get(alt)
        if not hits:
            return []
        seen: dict[str, bool] = {}
        for canonical, id_ in hits:
            seen[id_] = seen.get(id_, False) or canonical
        entries = [self.entries[i] for i in seen]
        if label is not None:
            same = [e for e in entries if e.label == label]
            entries = same or entries
        entries.sort(key=lambda e: (not seen[e.id], _KIND_RANK[e.kind]))
        return entries

    def lookup_loose(self, text: str) -> list[Entry]:
        """Entries whose spelling skeleton matches (بوتن finds بوتين)."""
        return [self.entries[i] for i in sorted(self._skeletons.get(skeleton(text), ()))]

    def nisba_country(self, word: str) -> str | None:
        """The place a nisba adjective refers to: الأردنية -> place:jo."""
        return self.nisba.get(name_key(word))

    def government_of(self, place_id: str) -> str | None:
        """For a capital, the id of the government it can stand for (موسكو -> actor:government-ru)."""
        country = self.capital_of.get(place_id)
        return f"actor:government-{country.split(':', 1)[1]}" if country else None
