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

from dataclasses import dataclass, field

from rasd.article import Article
from rasd.kb import KnowledgeBase, name_key, skeleton, slug
from rasd.records import Entity
from rasd.text.tokenize import Token

_PREFIX_BY_LABEL = {"PER": "actor", "ORG": "actor", "LOC": "place", "MISC": "misc"}
#: Words before a place that make it a location, not an actor (في موسكو).
_LOCATIVE = frozenset(name_key(w) for w in "في إلى الى من عن نحو قرب داخل خارج عبر حول لدى بين مع أمام".split())
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
    return [t for t in article.tokens if t.end > e.start and t.start < e.end]


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
        toks = _entity_tokens(article, e)
        if not toks:
            return True
        first = toks[0]
        if first.prefix and first.prefix[-1] in "بل":
            return True  # بموسكو، لموسكو
        i = first.i
        return i > 0 and name_key(article.tokens[i - 1].base_norm) in _LOCATIVE

    def _titles(self, article: Article, groups: dict[str, _Group]) -> None:
        """A definite title or organization head alone refers back to the latest match."""
        kb = self.kb
        toks = article.tokens
        covered = sorted((e.start, e.end) for e in article.entities)
        spans_by_start = {e.start: e for e in article.entities}
        last_person_with: dict[str, str] = {}  # title stem -> group id
        last_org_with: dict[str, str] = {}
        ent_iter = sorted(article.entities, key=lambda e: e.start)
        k = 0
        for t in toks:
            while k < len(ent_iter) and ent_iter[k].end <= t.start:
                e = ent_iter[k]
                k += 1
                if e.label == "PER" and e.id:
                    # titles in the few tokens before the name: وزير الخارجية الأردني أيمن الصفدي
                    first = _entity_tokens(article, e)
                    if first:
                        for back in toks[max(0, first[0].i - 4) : first[0].i]:
                            if kb.triggers.get(name_key(back.stem_norm)) == "person_title" or kb.triggers.get(name_key(back.base_norm)) == "person_title":
                                last_person_with[name_key(back.stem_norm)] = e.id
                elif e.label == "ORG" and e.id:
                    head = name_key(e.text).split(" ")[0]
                    head = head[2:] if head.startswith("ال") else head
                    if head in _ORG_HEADS:
                        last_org_with[head] = e.id
                    entry = kb.get(e.id)
                    if entry is not None:
                        for alias in (entry.name, *entry.names):
                            h = name_key(alias).split(" ")[0]
                            if h in _ORG_HEADS:
                                last_org_with[h] = e.id
            if not t.article or t.start in spans_by_start or any(s <= t.start < e for s, e in covered):
                continue
            stem = name_key(t.stem_norm)
            nxt = toks[t.i + 1] if t.i + 1 < len(toks) else None
            if nxt is not None and nxt.start in spans_by_start:
                continue  # الرئيس ماكرون: the title belongs to the name that follows
            gid = last_person_with.get(stem) or last_org_with.get(stem)
            if gid and gid in groups:
                start, end = t.base_start, t.base_end
                groups[gid].mentions.append({"start": start, "end": end, "text": article.text[start:end], "kind": "title"})


def create() -> Actors:
    return Actors()
