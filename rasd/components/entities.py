"""Named entities: the trained tagger over each sentence, then the knowledge base
for names the tagger missed.

The tagger (:mod:`rasd.ner`) labels tokens as they are written, clitics and all,
like its training data; a span is then cut to the name itself: it starts after
the proclitics of its first token (``والأردن`` -> ``الأردن``, ``لباريس`` ->
``باريس``) and ends before an enclitic pronoun of its last.

A span the tagger cut short of a name the gazetteers know is completed to the
whole name (ريال + مدريد -> ريال مدريد), and a name whose first letter the clitic
splitter took for a proclitic keeps it (كاليفورنيا، باسم). A place's head noun that
belongs to its name joins it (قطاع غزة، معبر رفح). Named things of several words that
the gazetteers know only as MISC (كأس العالم، اتفاق أوسلو) are added where the tagger,
trained on ANERcorp's narrower MISC, found nothing.

Names the tagger missed are added from the knowledge base when they are
unambiguous there: a multi-word alias (الأمم المتحدة), or a single word that is
a country, a capital or an organization's acronym. Labels are PER, ORG, LOC, MISC.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from rasd.article import Article
from rasd.components.lexicon import table
from rasd.kb import KnowledgeBase, name_key
from rasd.ner.features import SpanGazetteer, lexicons, norm, span_gazetteer, split_clitics
from rasd.records import Entity
from rasd.text.normalize import MATCH, normalize
from rasd.text.tokenize import PUNCT, WORD, Token

#: Head nouns that belong to a place's name (معبر رفح is not رفح); heads of administrative units
#: (مدينة، ولاية، منطقة) and directions stay outside.
_PLACE_HEADS = frozenset(normalize(w, MATCH) for w in (
    "قطاع معبر مخيم نهر بحيرة جزيرة جزر جبل جبال مضيق وادي سد مطار ميناء ملعب استاد ستاد "
    "قصر قلعة صحراء هضبة شبه").split())

#: First words of the names of events, agreements and competitions.
_EVENT_HEADS = frozenset(normalize(w, MATCH) for w in (
    "اتفاق اتفاقية معاهدة قمة مؤتمر كأس بطولة دوري جائزة مهرجان معرض أولمبياد دورة حرب معركة "
    "عملية إعلان مبادرة منتدى ماراثون").split())

#: Longest knowledge-base alias matched, in tokens.
_MAX_ALIAS_TOKENS = 6


def _spans_from_tags(tags: list[str]) -> list[tuple[int, int, str]]:
    """IOB2 tags -> (first token, last token exclusive, label); a stray I- opens a span."""
    out: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        kind, _, lab = tag.partition("-")
        if start >= 0 and (kind != "I" or lab != label):
            out.append((start, i, label))
            start = -1
        if kind == "B" or (kind == "I" and start < 0):
            start, label = i, lab
    return out


@lru_cache(maxsize=200_000)
def _word_kind(word: str) -> str:
    """"nisba" for a nationality or origin adjective (المصري), "head" for an organization's or
    a place's head noun (البنك، وزارة، مدينة), by the NER lexicons; "" otherwise."""
    w = norm(word)
    kinds = lexicons().kinds_of((w, split_clitics(w)[1]))
    if "orghead" in kinds or "lochead" in kinds:
        return "head"
    return "nisba" if any(k.startswith("nisba") for k in kinds) else ""


class _WordKinds:
    """``_word_kind`` of a sentence's words, looked up only for the words asked about."""

    def __init__(self, words: list[str]) -> None:
        self.words = words

    def __getitem__(self, i: int) -> str:
        return _word_kind(self.words[i])


def _add_named_things(spans: list[tuple[int, int, str]], match: list[tuple[str, ...]],
                      words: list[str]) -> list[tuple[int, int, str]]:
    """Named things of several words the gazetteers know only as MISC (كأس العالم، اتفاق
    أوسلو), where the tagger found nothing."""
    if not any(match):
        return spans
    out = list(spans)
    for a, b, classes in SpanGazetteer.names(match):
        if b - a < 2 or classes != ["MISC"]:
            continue
        inside = [s for s in out if s[0] < b and a < s[1]]
        # a place inside an event's name (اتفاق أوسلو، أولمبياد باريس) gives way to the event
        if inside and not (words[a] in _EVENT_HEADS
                           and all(s[2] == "LOC" and a < s[0] and s[1] <= b for s in inside)):
            continue
        out = [s for s in out if s not in inside] + [(a, b, "MISC")]
    return sorted(out)


def _complete_to_names(spans: list[tuple[int, int, str]], match: list[tuple[str, ...]],
                       kinds: Sequence[str] | _WordKinds) -> list[tuple[int, int, str]]:
    """Widen the tagger's spans to the whole gazetteer names that start with them.

    The tagger follows ANERcorp, which often tags part of a name (ريال and مدريد
    apart, البنك المركزي without المصري); when a known name of the span's class
    starts where the span starts and covers it, and no span reaches outside the
    name, the name is kept whole. Names are not widened to the left, where the
    gazetteers' longer forms add titles and heads (الملك عبدالله الثاني، شركة أرامكو).
    """
    if not spans or not any(match):
        return spans
    out = list(spans)
    for a, b, classes in SpanGazetteer.names(match):
        if b - a < 2:
            continue
        inside = [s for s in out if s[0] < b and a < s[1]]
        if not inside or any(s[0] < a or s[1] > b for s in inside) or min(inside)[0] != a:
            continue  # a name is only completed to the right: words before it are titles or heads
        if len(inside) == 1 and inside[0][:2] == (a, b):
            continue
        label = next((s[2] for s in inside if s[2] in classes), None)
        if label is None:
            continue
        covered = {k for s in inside for k in range(s[0], s[1])}
        added = [k for k in range(a, b) if k not in covered]
        if added and all(kinds[k] == "nisba" for k in added) and kinds[a] != "head":
            continue  # الأهلي المصري is الأهلي; البنك المركزي المصري is one name
        out = [s for s in out if s not in inside] + [(a, b, label)]
    return sorted(out)


def _trim_nisbas(spans: list[tuple[int, int, str]], words: list[str],
                 kinds: Sequence[str] | _WordKinds) -> list[tuple[int, int, str]]:
    """Drop a nationality adjective the tagger took into a known organization (الترجي التونسي -> الترجي).

    Not for people, whose family names are often nisbas (محمد شياع السوداني).

    As :func:`_complete_to_names` never adds a nisba alone: only when the words before it
    are a gazetteer name of the span's class and the span does not start with a head noun
    (البنك المركزي المصري stays whole, and so does النجم الساحلي, which is no name without it).
    """
    out = []
    for a, b, label in spans:
        if b - a >= 2 and label == "ORG" and kinds[b - 1] == "nisba" and kinds[a] != "head":
            rest = SpanGazetteer.names(span_gazetteer().match(words[a:b - 1]))
            if any(x == 0 and y == b - 1 - a and label in classes for x, y, classes in rest):
                b -= 1
        out.append((a, b, label))
    return out


def _span(article: Article, toks: list[Token], kb: KnowledgeBase | None = None) -> tuple[int, int]:
    first, last = toks[0], toks[-1]
    start = first.base_start if first.kind == WORD else first.start
    end = last.base_end if last.kind == WORD and last.suffix else last.end
    if kb is not None and first.prefix and start > first.start:
        # ويتكوف، وليد، كاليفورنيا: a name whose first letters the clitic splitter took for
        # a proclitic (و "and", ك "like")
        whole = article.text[first.start : end]
        if kb.lookup(whole) or (first.prefix == "و" and (
                name_key(first.norm) in kb.given_names or name_key(first.norm) in kb.surnames)):
            start = first.start
        else:
            starts = span_gazetteer().lengths
            if first.norm in starts and first.base_norm not in starts:
                start = first.start
    return start, end


class Entities:
    """Adds ``entities``: the tagger's names plus unambiguous knowledge-base names."""

    name = "entities"
    requires = ("tokens", "sentences")
    provides = ("entities",)

    def __init__(self, tagger=None, kb: KnowledgeBase | None = None) -> None:  # noqa: ANN001
        self._tagger = tagger
        self._kb = kb

    @property
    def tagger(self):  # noqa: ANN201
        if self._tagger is None:
            from rasd.ner import load_tagger

            self._tagger = load_tagger()
        return self._tagger

    @property
    def kb(self) -> KnowledgeBase:
        if self._kb is None:
            self._kb = KnowledgeBase.load()
        return self._kb

    def __call__(self, article: Article) -> Article:
        sents = [s for s in article.sentence_tokens() if s]
        if not sents:
            return article
        words = [[t.text for t in s] for s in sents]
        return self._add(article, sents, words, self.tagger.tag_many(words))

    def pipe(self, articles: list[Article]) -> list[Article]:
        """Several articles at once: one tagger call for all their sentences (the same entities)."""
        tag_docs = getattr(self.tagger, "tag_docs", None)
        if tag_docs is None or len(articles) < 2:
            return [self(a) for a in articles]
        sents = [[s for s in a.sentence_tokens() if s] for a in articles]
        words = [[[t.text for t in s] for s in ss] for ss in sents]
        tags = tag_docs(words)
        return [self._add(a, ss, ws, ts) if ss else a for a, ss, ws, ts in zip(articles, sents, words, tags)]

    def _add(self, article: Article, sents: list[list[Token]], words: list[list[str]],
             tags: list[list[str]]) -> Article:
        found: list[Entity] = []
        gazetteer = span_gazetteer()
        for sent, sent_words, sent_tags in zip(sents, words, tags):
            taken = [False] * len(sent)
            spans = _spans_from_tags(list(sent_tags))
            match = gazetteer.match(sent_words)
            if spans:
                kinds = _WordKinds(sent_words)
                spans = _trim_nisbas(_complete_to_names(spans, match, kinds), sent_words, kinds)
            spans = _add_named_things(spans, match, [t.base_norm for t in sent])
            for a, b, label in spans:
                if label == "LOC" and a > 0 and sent[a - 1].kind == WORD \
                        and sent[a - 1].base_norm in _PLACE_HEADS and not taken[a - 1]:
                    a -= 1  # قطاع غزة، معبر رفح، نهر الدانوب: the head is part of the place's name
                while a < b and sent[a].kind == PUNCT:
                    a += 1
                while b > a and sent[b - 1].kind == PUNCT:
                    b -= 1
                if a >= b:
                    continue
                start, end = _span(article, sent[a:b], self.kb)
                if end <= start:
                    continue
                found.append(Entity(start, end, article.text[start:end], label))
                for k in range(a, b):
                    taken[k] = True
            found.extend(self._from_kb(article, sent, taken))
        found.sort(key=lambda e: e.start)
        currencies = table("currencies.tsv")
        # ANERcorp tags currencies as MISC; a currency is a unit, not an actor (quantities has it)
        found = [e for e in found if not (e.label == "MISC" and name_key(e.text) in currencies)]
        article.entities.extend(found)
        return article

    def _from_kb(self, article: Article, sent: list[Token], taken: list[bool]) -> list[Entity]:
        out: list[Entity] = []
        index, firsts = _alias_index(self.kb)
        i = 0
        while i < len(sent):
            if taken[i] or sent[i].kind != WORD or name_key(sent[i].base_norm) not in firsts:
                i += 1
                continue
            match = None
            for n in range(min(_MAX_ALIAS_TOKENS, len(sent) - i), 0, -1):
                if any(taken[i : i + n]) or sent[i + n - 1].kind == PUNCT:
                    continue
                words = [sent[i].base_norm] + [t.norm for t in sent[i + 1 : i + n]]
                label = index.get(name_key(" ".join(words)))
                if label is not None:
                    match = (n, label)
                    break
            if match is None:
                i += 1
                continue
            n, label = match
            start, end = _span(article, sent[i : i + n])
            out.append(Entity(start, end, article.text[start:end], label))
            i += n
        return out


@lru_cache(maxsize=1)
def _alias_index(kb: KnowledgeBase) -> tuple[dict[str, str], frozenset[str]]:
    """Aliases safe to match without the tagger: several words, or one word naming a
    country, a capital or an organization by a name of four letters or more."""
    from rasd.text.clitics import vocabulary

    vocab = {name_key(w): n for w, n in vocabulary().items()}
    out: dict[str, str] = {}
    for key, hits in kb._aliases.items():  # noqa: SLF001 - the knowledge base's own index
        entries = {kb.entries[i] for _, i in hits}
        if len({e.label for e in entries}) != 1:
            continue
        entry = next(iter(entries))
        if " " in key:
            out[key] = entry.label
        elif entry.kind == "country" or (entry.kind == "city" and entry.id in kb.capital_of):
            out[key] = entry.label
        elif entry.kind == "org" and len(key) >= 4 and not key.isascii() and vocab.get(key, 0) < 5:
            out[key] = entry.label  # حماس، داعش; not العربية, which is mostly an adjective
    return out, frozenset(k.split(" ")[0] for k in out)


def create() -> Entities:
    return Entities()
