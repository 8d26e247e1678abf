"""Political events coded in PLOVER, with their actors, time and place.

Triggers are verbs and verbal nouns from data/event_triggers.tsv (قصفت، القصف،
انسحاب، اعتقال، مباحثات …), each with its PLOVER type and, where the word
implies one, its mode. Arguments come from the same clause:

* a verb takes its source from the name after it (VSO) or before it (SVO), and
  its target from the next name, or one after على، ضد، مع، إلى؛
* a verbal noun takes its source from the genitive after it (انسحاب القوات
  الفرنسية من مالي: source القوات الفرنسية, location مالي);
* ``location`` is a place in the clause (after في or بـ when there is one);
* ``time`` is the value of a time expression in the same sentence, else null
  (never the publication date passed off as found).

Flags: ``negated`` (لم، لن، ما، لا، نفى أن), and the added fields ``future``
(سـ، سوف، من المقرر، يعتزم) and ``demanded`` (طالب بـ، دعا إلى، إذا): a demand
to withdraw is a REQUEST event; the withdrawal inside it is not a RETREAT.
One event per trigger occurrence; sport and metaphor (هجوم إعلامي، هاجم
الفريق المنافس) are not political events.
"""

from __future__ import annotations

from functools import lru_cache

from rasd.article import Article
from rasd.components.lexicon import norm, phrases
from rasd.records import Entity, Event, SpanRef
from rasd.text.clitics import CLITIC
from rasd.text.tokenize import PUNCT, WORD, Token

_NEGATORS = frozenset({"لم", "لن", "ما", "لا", "ليس", "لسنا", "دون"})
_FUTURE = frozenset({"سوف", "المقرر", "يعتزم", "تعتزم", "ينوي", "تنوي", "يخطط", "تخطط", "المرتقب", "المتوقع", "المنتظر"})
_DEMAND = frozenset(norm(w) for w in "طالب طالبت طالبوا يطالب تطالب مطالبة دعا دعت يدعو تدعو ناشد ناشدت حث حثت إذا اذا لو".split())
#: Words that make a sentence about sport, where هاجم and سحب are not political.
_SPORT = frozenset(
    norm(w)
    for w in "المباراة مباراة الفريق فريق المنتخب اللاعب لاعب الدوري البطولة الملعب الشوط المدرب هدف هدفا النادي الكأس مرمى ركلة".split()
)
#: A word right after the trigger that makes it a figure of speech (هجوم إعلامي، حملة انتقادات).
_METAPHOR_NEXT = frozenset(norm(w) for w in "إعلامي إعلاميا كلامي كلاميا لاذع لاذعا حاد إلكتروني إلكترونيا جبهة ناري".split())
#: Triggers that need a word after them to be political: وقع (signed / happened).
_NEEDS_NEXT = {
    norm("وقع"): frozenset(norm(w) for w in "اتفاق اتفاقا اتفاقية مذكرة معاهدة بروتوكول على".split()),
    norm("وقعت"): frozenset(norm(w) for w in "اتفاق اتفاقا اتفاقية مذكرة معاهدة بروتوكول على".split()),
    norm("طلب"): frozenset(norm(w) for w in "من رسميا".split()),
    norm("طلبت"): frozenset(norm(w) for w in "من رسميا".split()),
}
_ARG_PREP = frozenset(norm(w) for w in "على ضد مع إلى الى نحو بحق".split())
_LOC_PREP = frozenset(norm(w) for w in "في من داخل قرب شمال جنوب شرق غرب وسط".split())


@lru_cache(maxsize=1)
def _triggers() -> dict[tuple[str, ...], tuple[str, str | None]]:
    return {k: (v[0], v[1] or None if len(v) > 1 else None) for k, v in phrases("event_triggers.tsv").items()}


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    return frozenset(k[0] for k in _triggers())


def _forms(tok: Token) -> list[str]:
    """The forms a token may be looked up by: as written, without clitics, without the article."""
    out = [tok.norm, tok.base_norm]
    if tok.article:
        out.append(tok.stem_norm)
    if tok.norm[:1] in "وف" and len(tok.norm) > 3 and not tok.prefix:
        out.append(tok.norm[1:])
    return out


class _Clause:
    def __init__(self, article: Article, toks: list[Token]) -> None:
        self.article = article
        self.toks = toks
        self.entity_at: dict[int, Entity] = {}
        self.in_entity: dict[int, Entity] = {}
        if toks:
            lo, hi = toks[0].start, toks[-1].end
            k = 0
            for e in sorted((e for e in article.entities if e.end > lo and e.start < hi), key=lambda e: e.start):
                while k < len(toks) and toks[k].end <= e.start:
                    k += 1
                j = k
                while j < len(toks) and toks[j].start < e.end:
                    self.in_entity[j] = e
                    if j == k:
                        self.entity_at[j] = e
                    j += 1
        self.sport = any(t.base_norm in _SPORT or t.stem_norm in _SPORT for t in toks)
        # tokens inside time expressions (فجر الثلاثاء is dawn, not فجّر)
        self.in_time: set[int] = set()
        spans = [(t.start, t.end) for t in article.times]
        if spans:
            for i, t in enumerate(toks):
                if any(a <= t.start < b for a, b in spans):
                    self.in_time.add(i)


class Events:
    """Adds ``events`` (PLOVER); needs entities and times."""

    name = "events"
    requires = ("tokens", "sentences", "entities", "times")
    provides = ("events",)

    def __call__(self, article: Article) -> Article:
        for toks in article.sentence_tokens():
            if toks:
                self._sentence(article, _Clause(article, toks))
        return article

    def _match(self, c: _Clause, k: int) -> tuple[int, str, str | None] | None:
        """A trigger starting at token ``k``: (end index, type, mode)."""
        toks = c.toks
        t = toks[k]
        if t.kind != WORD or k in c.in_entity or k in c.in_time:
            return None
        forms = _forms(t)
        if not any(f in _first_words() for f in forms):
            return None
        trig = _triggers()
        for n in (3, 2, 1):
            if k + n > len(toks):
                continue
            rest = tuple(x.norm for x in toks[k + 1 : k + n])
            for f in forms:
                hit = trig.get((f, *rest))
                if hit is not None:
                    need = _NEEDS_NEXT.get(f)
                    if need is not None and not any(x.base_norm in need or x.norm in need for x in toks[k + n : k + n + 3]):
                        return None
                    return k + n, hit[0], hit[1]
        return None

    def _sentence(self, article: Article, c: _Clause) -> None:
        toks = c.toks
        times = [t for t in article.times if toks[0].start <= t.start < toks[-1].end]
        time_value = next((t.value for t in times if t.type in ("DATE", "TIME") and t.value), None)
        k = 0
        while k < len(toks):
            m = self._match(c, k)
            if m is None:
                k += 1
                continue
            end, etype, mode = m
            if self._figurative(c, k, end, etype):
                k = end
                continue
            prev = article.events[-1] if article.events else None
            if prev is not None and prev.type == etype and toks[k].start - prev.end < 40 and toks[k].start > prev.start and prev.start >= toks[0].start and not any(t.kind == PUNCT for t in toks[max(0, k - 4) : k]):
                k = end  # ووقعت الحكومة والمعارضة اتفاقا: one agreement, not two
                continue
            demanded = self._demanded(c, k)
            if demanded and etype != "REQUEST":
                k = end  # طالب بانسحاب القوات: the REQUEST is the event, not a RETREAT
                continue
            source, target = self._arguments(c, k, end)
            location = self._location(c, k, end, (source, target))
            start, stop = toks[k].base_start, toks[end - 1].base_end if toks[end - 1].suffix else toks[end - 1].end
            t0 = toks[k]
            if not t0.prefix and t0.norm[:1] in "وف" and (t0.norm, ) not in _triggers() and (t0.norm[1:],) in _triggers():
                view = article.view(CLITIC)  # وتظاهر: the trigger starts after the conjunction
                start = view.start_to_original(view.from_original(start) + 1)
            ev = Event(
                start,
                stop,
                article.text[start:stop],
                etype,
                mode,
                self._negated(c, k),
                source,
                target,
                time_value,
                location,
            )
            ev.extra["future"] = self._future(c, k)
            ev.extra["demanded"] = False
            article.events.append(ev)
            k = end

    # --- flags -----------------------------------------------------------------

    def _figurative(self, c: _Clause, k: int, end: int, etype: str) -> bool:
        toks = c.toks
        if c.sport and etype in ("ASSAULT", "RETREAT", "SANCTION", "MOBILIZE", "THREATEN", "COERCE", "REJECT", "PROTEST"):
            return True
        nxt = toks[end] if end < len(toks) else None
        if nxt is not None and (nxt.norm in _METAPHOR_NEXT or nxt.stem_norm in _METAPHOR_NEXT):
            return True
        # اتفق الخبراء على أن …: agreeing on an opinion, not an agreement
        if etype == "AGREE" and any(toks[j].norm == "علي" and j + 1 < len(toks) and toks[j + 1].norm == "ان" for j in range(end, min(len(toks) - 1, end + 4))):
            return True
        return False

    def _negated(self, c: _Clause, k: int) -> bool:
        toks = c.toks
        for j in range(max(0, k - 3), k):
            if toks[j].norm in _NEGATORS or toks[j].base_norm in _NEGATORS:
                return True
            if toks[j].base_norm in ("نفي", "نفت", "ينفي", "تنفي", "نفى"):
                return True
        return False

    def _future(self, c: _Clause, k: int) -> bool:
        toks = c.toks
        t = toks[k]
        if "س" in t.prefix or (t.norm[:1] == "س" and len(t.norm) > 4 and t.norm[1:2] in "يتن"):
            return True
        for j in range(max(0, k - 5), k):
            if toks[j].norm in _FUTURE or toks[j].base_norm in _FUTURE or toks[j].stem_norm in _FUTURE:
                return True
            if "س" in toks[j].prefix:
                return True
        return False

    def _demanded(self, c: _Clause, k: int) -> bool:
        toks = c.toks
        for j in range(max(0, k - 3), k):
            b = toks[j].base_norm
            if b in _DEMAND or (b[:1] in "وف" and b[1:] in _DEMAND):
                return True
        return False

    # --- arguments ---------------------------------------------------------------

    def _ref(self, e: Entity) -> SpanRef:
        return SpanRef(e.start, e.end, e.text, e.id)

    def _np(self, c: _Clause, j: int) -> tuple[SpanRef, int] | None:
        """An entity at ``j``, a title followed by a name (the name), or a definite noun
        phrase (القوات الإسرائيلية)."""
        toks = c.toks
        if j >= len(toks):
            return None
        if j not in c.entity_at:
            # وزير الخارجية الأردني أيمن الصفدي، نظيره المصري بدر عبد العاطي: the person
            for x in range(j + 1, min(len(toks), j + 5)):
                if toks[x].kind == PUNCT or self._match(c, x):
                    break
                if x in c.entity_at and c.entity_at[x].label == "PER":
                    e = c.entity_at[x]
                    end = x
                    while end < len(toks) and c.in_entity.get(end) is e:
                        end += 1
                    return self._ref(e), end
        if j in c.entity_at:
            e = c.entity_at[j]
            end = j
            while end < len(toks) and c.in_entity.get(end) is e:
                end += 1
            return self._ref(e), end
        t = toks[j]
        if t.kind == WORD and t.article and len(t.stem_norm) >= 3 and not self._match(c, j):
            end = j + 1
            while end < len(toks) and end - j < 3 and toks[end].article and toks[end].kind == WORD and end not in c.in_entity and not self._match(c, end):
                end += 1
            start = t.base_start
            stop = toks[end - 1].end
            return SpanRef(start, stop, c.article.text[start:stop], None), end
        if t.kind == WORD and not t.article and j + 1 < len(toks) and (toks[j + 1].article or (j + 1) in c.entity_at) and not self._match(c, j):
            # construct: قوات الاحتلال، جيش الاحتلال، وزارة الخارجية
            end = j + 1
            if end in c.entity_at:
                e = c.entity_at[end]
                while end < len(toks) and c.in_entity.get(end) is e:
                    end += 1
            else:
                while end < len(toks) and end - j <= 3 and toks[end].article and toks[end].kind == WORD:
                    end += 1
            start, stop = t.base_start, toks[end - 1].end
            return SpanRef(start, stop, c.article.text[start:stop], None), end
        return None

    def _arguments(self, c: _Clause, k: int, end: int) -> tuple[SpanRef | None, SpanRef | None]:
        toks = c.toks
        source = target = None
        j = end
        # VSO / genitive after the trigger
        if j < len(toks) and toks[j].kind == WORD and toks[j].norm not in _ARG_PREP and not toks[j].prefix.endswith("ب"):
            np = self._np(c, j)
            if np is not None:
                source, j = np
        # SVO: a name before the trigger
        if source is None:
            b = k - 1
            while b >= 0 and (toks[b].norm == "قد" or toks[b].norm in _NEGATORS):
                b -= 1
            if b >= 0 and b in c.in_entity and c.in_entity[b].label in ("PER", "ORG", "LOC"):
                source = self._ref(c.in_entity[b])
        # target: the next name (نظيره المصري بدر عبد العاطي), or one after على/ضد/مع/إلى
        if j < len(toks) and toks[j].kind == WORD and j not in c.entity_at and toks[j].norm not in _ARG_PREP:
            np = self._np(c, j)
            if np is not None and np[0].id is not None:
                return source, np[0]
        for x in range(j, min(len(toks), j + 6)):
            t = toks[x]
            if t.kind == PUNCT or self._match(c, x):
                break
            if x in c.entity_at and (x == j or toks[x - 1].norm in _ARG_PREP or t.prefix in ("ب", "ل")):
                e = c.entity_at[x]
                if e.label in ("PER", "ORG") or (e.label == "LOC" and e.extra.get("stands_for")):
                    target = self._ref(e)
                    break
                if e.label == "LOC" and (toks[x - 1].norm in _ARG_PREP or x == j) and source is not None:
                    target = self._ref(e)  # زار الرياض، هجوم على إسرائيل
                    break
        return source, target

    def _location(self, c: _Clause, k: int, end: int, args: tuple) -> SpanRef | None:
        toks = c.toks
        taken = {(a.start, a.end) for a in args if a is not None}
        best = None
        stop = end
        while stop < len(toks) and not (toks[stop].kind == PUNCT and toks[stop].text in "،,؛;.") and stop - end < 25:
            stop += 1
        for x in range(max(0, k - 6), stop):
            e = c.entity_at.get(x)
            if e is None or e.label != "LOC" or (e.start, e.end) in taken or e.extra.get("stands_for") and x < k:
                continue
            prev = toks[x - 1] if x else None
            if toks[x].prefix in ("ب", "وب") or (prev is not None and prev.norm in _LOC_PREP):
                return self._ref(e)
            if best is None:
                best = self._ref(e)
        return best


def create() -> Events:
    return Events()
