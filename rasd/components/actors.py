"""Actors: every mention of one person, organization or place tied to one id.

Inside an article, mentions are grouped when they are the same name however
written (MATCH normalization, spelling skeletons: بوتين / بوتن), when one is a
part of another (إيمانويل ماكرون … ماكرون), when the knowledge base knows them
as one entry (حماس / حركة المقاومة الإسلامية), and when a title alone refers
back to a named person (وزير الخارجية الأردني أيمن الصفدي … الوزير).

Ids come from the knowledge base (``place:jo``, ``actor:ayman-safadi``); a name
outside it gets an id derived from its normalized spelling skeleton, so the
same unknown person gets the same id in every article. A capital that acts
(وقالت موسكو إن) stays a place and records the government it stands for.

Adds ``id`` and ``name`` to every entity and a top-level ``actors`` list:
``{"id", "name", "label", "kb", "mentions": [{"start", "end", "text", "kind"}]}``.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from rasd.article import Article
from rasd.kb import KnowledgeBase, name_key, skeleton, slug
from rasd.records import Entity
from rasd.text.tokenize import Token

_PREFIX_BY_LABEL = {"PER": "actor", "ORG": "actor", "LOC": "place", "MISC": "misc"}
#: Words before a place that make it a location, not an actor (في موسكو).
_LOCATIVE = frozenset(name_key(w) for w in "في إلى الى نحو قرب داخل خارج عبر حول لدى أمام".split())
#: Head words of organizations a definite noun can refer back to (الحركة -> حركة حماس).
_ORG_HEADS = frozenset(
    name_key(w)
    for w in "حركة حزب منظمة وكالة وزارة مجلس جماعة هيئة لجنة تنظيم جبهة قوات جيش حكومة شركة صحيفة قناة اتحاد رابطة جامعة محكمة تحالف حلف بعثة".split()
)


@dataclass
class _Group:
    id: str
    name: str
    label: str
    kb: bool
    mentions: list[dict] = field(default_factory=list)


def _entity_tokens(article: Article, e: Entity) -> list[Token]:
    """The tokens an entity overlaps, found by binary search over token starts."""
    starts = article.annotations.get("_token_starts")
    if starts is None or len(starts) != len(article.tokens):
        starts = article.annotations["_token_starts"] = [t.start for t in article.tokens]
    toks = article.tokens
    k = max(0, bisect_right(starts, e.start) - 1)
    out = []
    while k < len(toks) and toks[k].start < e.end:
        if toks[k].end > e.start:
            out.append(toks[k])
        k += 1
    return out


def _lookup_text(article: Article, e: Entity) -> str:
    """The name to look up: for a span after لل, the article is restored (للأمم -> الأمم)."""
    toks = _entity_tokens(article, e)
    if toks and toks[0].article and toks[0].prefix.endswith("ل") and not article.text[e.start : e.start + 2].startswith("ال"):
        rest = article.text[e.start : e.end]
        return "ال" + rest
    return e.text


class Actors:
    """Adds ``id``/``name`` to entities and the ``actors`` list; needs ``entities``."""

    name = "actors"
    requires = ("entities",)
    provides = ("actors",)

    def __init__(self, kb: KnowledgeBase | None = None) -> None:
        self._kb = kb
        self._head_cache: dict[tuple[str, str], frozenset[str]] = {}

    @property
    def kb(self) -> KnowledgeBase:
        if self._kb is None:
            self._kb = KnowledgeBase.load()
        return self._kb

    def __call__(self, article: Article) -> Article:
        kb = self.kb
        groups: dict[str, _Group] = {}
        persons: list[tuple[list[str], str]] = []  # (name words, group id) of PER mentions so far
        for e in article.entities:
            text = _lookup_text(article, e)
            entries = kb.lookup(text, e.label)
            if not entries and e.label == "PER":
                entries = [x for x in kb.lookup_loose(text) if x.label == "PER"]
            gid: str | None = None
            name = text
            if entries:
                entry = entries[0]
                gid, name = entry.id, entry.name
                is_kb = True
            else:
                is_kb = False
                words = name_key(text).split(" ")
                if e.label == "PER":
                    gid, name = self._person_antecedent(words, persons, groups, name)
                if gid is None:
                    key = skeleton(text)
                    for g in groups.values():
                        if not g.kb and g.label == e.label and skeleton(g.name) == key:
                            gid, name = g.id, g.name
                            break
                if gid is None:
                    gid = f"{_PREFIX_BY_LABEL.get(e.label, 'actor')}:{slug(skeleton(text))}"
            if e.label == "PER":
                persons.append((name_key(text).split(" "), gid))
            g = groups.get(gid)
            if g is None:
                g = groups[gid] = _Group(gid, name, e.label, is_kb)
            elif not g.kb and len(name) > len(g.name):
                g.name = name
            e.id = gid
            mention = {"start": e.start, "end": e.end, "text": e.text, "kind": "name"}
            gov = kb.government_of(gid) if is_kb else None
            if gov and not self._locative(article, e):
                e.extra["stands_for"] = gov
                mention["stands_for"] = gov
            g.mentions.append(mention)
        # unknown names: the group's longest form is the canonical name
        for e in article.entities:
            if e.id in groups:
                e.name = groups[e.id].name
        self._titles(article, groups)
        article.fields["actors"] = [
            {"id": g.id, "name": g.name, "label": g.label, "kb": g.kb, "mentions": sorted(g.mentions, key=lambda m: m["start"])}
            for g in groups.values()
        ]
        return article

    @staticmethod
    def _person_antecedent(words, persons, groups, name):  # noqa: ANN001, ANN205
        """An earlier person whose name contains this one as its first or last words."""
        n = len(words)
        for prev, gid in reversed(persons):
            if len(prev) > n and (prev[-n:] == words or prev[:n] == words):
                return gid, groups[gid].name
        return None, name

    def _locative(self, article: Article, e: Entity) -> bool:
        """Is a capital here a location (في موسكو، وصل من موسكو), not its government?"""
        toks = _entity_tokens(article, e)
        if not toks:
            return True
        first = toks[0]
        if first.prefix and first.prefix[-1] in "بل":
            return True  # بموسكو، لموسكو
        i = first.i
        if i == 0:
            return False
        prev = name_key(article.tokens[i - 1].base_norm)
        if prev in _LOCATIVE:
            return True
        if prev == "من" and i >= 2 and name_key(article.tokens[i - 2].stem_norm) in _MOTION:
            return True  # قادما من باريس
        return False

    def _titles(self, article: Article, groups: dict[str, _Group]) -> None:
        """A definite noun alone (الوزير، الحركة، السلطنة، العاصمة الفرنسية) refers back
        to the latest actor it can name; adjectives after it (الأردني، الدولية) narrow it."""
        kb = self.kb
        toks = article.tokens
        inside = sorted((e.start, e.end) for e in article.entities)
        inside_starts = [a for a, _ in inside]
        starts = {e.start for e in article.entities}
        ents = sorted((e for e in article.entities if e.id), key=lambda e: e.start)
        seen: list[Entity] = []  # entities before the current token, in order
        titled: dict[str, list[str]] = {}  # group id -> title words seen before its names
        k = 0
        for t in toks:
            while k < len(ents) and ents[k].end <= t.start:
                e = ents[k]
                k += 1
                seen.append(e)
                if e.label == "PER":
                    first = _entity_tokens(article, e)
                    if first:
                        for back in toks[max(0, first[0].i - 5) : first[0].i]:
                            titled.setdefault(e.id, []).append(name_key(back.stem_norm))
            if not t.article or t.kind != "word" or t.start in starts:
                continue
            p = bisect_right(inside_starts, t.start) - 1
            if p >= 0 and inside[p][0] <= t.start < inside[p][1]:
                continue  # inside a name
            head = name_key(t.stem_norm)
            if len(head) < 3:
                continue
            if not (
                head in _CITY_WORDS
                or head in _COUNTRY_WORDS
                or kb.triggers.get("ال" + head) == "person_title"
                or kb.triggers.get(head) == "person_title"
                or any(head in self._heads(e.id, groups[e.id].name) for e in seen[-30:] if e.id in groups)
            ):
                continue
            nxt = toks[t.i + 1] if t.i + 1 < len(toks) else None
            if nxt is not None and nxt.start in starts:
                continue  # الرئيس ماكرون: the title belongs to the name that follows
            # adjectives after the head: الوزير الأردني، العاصمة الفرنسية، المنظمة الدولية
            j, country, international = t.i + 1, None, False
            while j < len(toks) and toks[j].article and toks[j].start not in starts and j - t.i <= 2:
                c = kb.nisba_country(toks[j].base_norm)
                if c and c.startswith("place:") and len(c) == 8:
                    country = c
                elif name_key(toks[j].stem_norm) in _INTERNATIONAL:
                    international = True
                elif name_key(toks[j].stem_norm) not in _ADJECTIVES:
                    break
                j += 1
            gid = self._antecedent(head, country, international, seen, titled, groups)
            if gid is None:
                continue
            start, end = t.base_start, toks[j - 1].base_end if j - 1 > t.i else t.base_end
            groups[gid].mentions.append({"start": start, "end": end, "text": article.text[start:end], "kind": "title"})

    def _heads(self, gid: str, name: str) -> frozenset[str]:
        """First words (article dropped) of every name an actor goes by: حركة for حركة حماس."""
        key = (gid, name)
        cached = self._head_cache.get(key)
        if cached is None:
            entry = self.kb.get(gid)
            names = [name] + (list(entry.names) if entry is not None else [])
            heads = set()
            for n in names:
                first = name_key(n).split(" ")[0]
                heads.add(first[2:] if first.startswith("ال") else first)
            cached = self._head_cache[key] = frozenset(heads)
        return cached

    def _antecedent(self, head, country, international, seen, titled, groups):  # noqa: ANN001, ANN202
        """The latest entity a definite noun can refer to, or None."""
        kb = self.kb
        article_head = "ال" + head
        is_person_title = kb.triggers.get(article_head) == "person_title" or kb.triggers.get(head) == "person_title"
        for e in reversed(seen):
            entry = kb.get(e.id)
            g = groups.get(e.id)
            if g is None:
                continue
            if e.label == "PER":
                if not is_person_title:
                    continue
                words = titled.get(e.id, [])
                if head not in words and article_head not in words:
                    continue
                if country and (entry is None or f"place:{(entry.country or '').lower()}" != country):
                    if not (entry is None and country):
                        continue
                return e.id
            if is_person_title:
                continue
            if head in _CITY_WORDS and e.label == "LOC" and entry is not None and entry.kind == "city":
                if head == "عاصمه" and e.id not in kb.capital_of:
                    continue
                if country and kb.capital_of.get(e.id) != country:
                    continue
                return e.id
            if head in _COUNTRY_WORDS and entry is not None and entry.kind == "country":
                return e.id
            if international and e.label == "ORG" and entry is not None and entry.info.get("kind") == "igo":
                if head in ("منظمه", "هيئه"):
                    return e.id
            if head in self._heads(e.id, g.name):
                return e.id
        return None


#: Words after "من" that make the place after it a location (قادما من باريس).
_MOTION = frozenset(name_key(w) for w in "قادم قادما عائد عائدا وصل عاد انطلق غادر انسحب فر نزح هرب رحل".split())
_CITY_WORDS = frozenset(name_key(w) for w in "مدينة عاصمة".split())
_COUNTRY_WORDS = frozenset(name_key(w) for w in "دولة بلاد".split())
_INTERNATIONAL = frozenset(name_key(w) for w in "دولية أممية دولي أممي".split())
_ADJECTIVES = frozenset(name_key(w) for w in "جديد جديدة سابق سابقة حالي حالية منتخب منتخبة".split())


def create() -> Actors:
    return Actors()
