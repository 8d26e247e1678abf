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
from rasd.components.lexicon import norm, phrases, table
from rasd.components.spans import entity_index
from rasd.records import Entity, Event, SpanRef
from rasd.text.clitics import CLITIC
from rasd.text.tokenize import PUNCT, WORD, Token

_NEGATORS = frozenset({"لم", "لن", "ما", "لا", "ليس", "لسنا", "دون"})
_FUTURE = frozenset({"سوف", "المقرر", "يعتزم", "تعتزم", "ينوي", "تنوي", "يخطط", "تخطط", "المرتقب", "المتوقع", "المنتظر"})
_DEMAND = frozenset(norm(w) for w in "طالب طالبت طالبوا يطالب تطالب مطالبة دعا دعت يدعو تدعو ناشد ناشدت حث حثت".split())
_CONDITIONAL = frozenset(norm(w) for w in "إذا اذا لو حال يتعين".split())
#: Words that make a sentence about sport, where هاجم and سحب are not political.
_SPORT = frozenset(
    norm(w)
    for w in "المباراة مباراة الفريق فريق اللاعب لاعب الدوري البطولة الملعب الشوط المدرب هدف هدفا النادي الكأس مرمى ركلة".split()
)
#: A word right after the trigger that makes it a figure of speech (هجوم إعلامي، حملة انتقادات).
_METAPHOR_NEXT = frozenset(norm(w) for w in "إعلامي إعلاميا كلامي كلاميا لاذع لاذعا حاد إلكتروني إلكترونيا جبهة ناري".split())
#: A later trigger inside the content of one of these is not coded apart: what is demanded,
#: threatened, rejected, condemned, agreed to or discussed (طالب بانسحاب، أدان اقتحام).
_FRAMING = frozenset({"REQUEST", "THREATEN", "REJECT", "ACCUSE", "PROTEST", "SUPPORT", "AGREE", "CONSULT", "CONCEDE"})
_CLAUSE_BREAK = frozenset(norm(w) for w in "ثم لكن بينما فيما حين كما بعدما".split())
_NOT_NP = frozenset(norm(w) for w in "في على من إلى الى عن مع بين حول ضد نحو قد لم لن ما لا أن إن التي الذي الذين هذا هذه ذلك تلك أي كل بعض عدة حتى منذ خلال بعد قبل عند لدى أمام وراء ثم".split())
_ARG_PREP = frozenset(norm(w) for w in "على ضد مع إلى الى نحو بحق".split())
_LOC_PREP = frozenset(norm(w) for w in "في من داخل قرب شمال جنوب شرق غرب وسط".split())


def _imperfects(form: str) -> list[str]:
    """Present/future forms of a past verb: سحب -> يسحب تسحب, أرسل -> يرسل ترسل,
    انسحب -> ينسحب تنسحب (a rough rule; a form that is not a verb yields words news never writes)."""
    if len(form) < 3 or form.startswith(("ال", "ي", "ت", "ن", "م")) or form.endswith(("ه", "ات")):
        return []
    stem = form[1:] if form[0] == "ا" else form
    return ["ي" + stem, "ت" + stem, "ي" + stem + "ون", "ي" + stem + "وا"]


@lru_cache(maxsize=1)
def _triggers() -> dict[tuple[str, ...], tuple[str, str | None]]:
    base = {k: (v[0], v[1] or None if len(v) > 1 else None) for k, v in phrases("event_triggers.tsv").items()}
    out = dict(base)
    for key, val in base.items():
        if len(key) == 1:
            for f in _imperfects(key[0]):
                out.setdefault((f,), val)
    return out


@lru_cache(maxsize=1)
def _contexts() -> dict[str, list[tuple[frozenset[str], int, str, str | None]]]:
    """Triggers that are events only with certain words after them (data/event_contexts.tsv)."""
    from rasd.components.lexicon import _lines

    out: dict[str, list[tuple[frozenset[str], int, str, str | None]]] = {}
    for row in _lines("event_contexts.tsv"):
        needs = frozenset(norm(w) for w in row[1].split("|"))
        entry = (needs, int(row[2]), row[3], (row[4] if len(row) > 4 else "") or None)
        for form in [norm(row[0]), *_imperfects(norm(row[0]))]:
            out.setdefault(form, []).append(entry)
    return out


@lru_cache(maxsize=1)
def _context_words() -> dict[str, str]:
    return {k: v[0] for k, v in table("event_context.tsv").items()}


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    return frozenset(k[0] for k in _triggers()) | frozenset(_contexts())


def _forms(tok: Token) -> list[str]:
    """The forms a token may be looked up by: as written, without clitics, without the
    article, without a pronoun suffix (انسحابها، تضامنه)."""
    out = [tok.norm, tok.base_norm]
    if tok.article:
        out.append(tok.stem_norm)
    if tok.norm[:1] in "وف" and len(tok.norm) > 3 and not tok.prefix:
        out.append(tok.norm[1:])
    for f in list(out):
        for suf in ("ها", "هم", "ه", "هما"):
            if f.endswith(suf) and len(f) - len(suf) >= 4:
                out.append(f[: -len(suf)])
    return out


class _Clause:
    def __init__(self, article: Article, toks: list[Token]) -> None:
        self.article = article
        self.toks = toks
        self.entity_at, self.in_entity = entity_index(article, toks)
        self.sport = any(t.base_norm in _SPORT or t.stem_norm in _SPORT for t in toks)
        ctx = _context_words()
        kinds = {ctx.get(t.base_norm) or ctx.get(t.norm) for t in toks}
        self.fiction = "fiction" in kinds  # a film, a series, a novel: the whole sentence is a plot
        # a company, investors, locusts, a dog, culture: only when next to the trigger (its actor)
        self.business = {
            i for i, t in enumerate(toks) if (ctx.get(t.base_norm) or ctx.get(t.norm)) in ("business", "nature", "culture")
        }
        self.sport = self.sport or "sport" in kinds
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

        def phrase(n: int) -> tuple[int, str, str | None] | None:
            if k + n > len(toks):
                return None
            rest = tuple(x.norm for x in toks[k + 1 : k + n])
            for f in forms:
                hit = trig.get((f, *rest))
                if hit is not None:
                    return k + n, hit[0], hit[1]
            return None

        found = phrase(3) or phrase(2)  # several words first: حظر التجول، وقف إطلاق النار
        if found is not None:
            return found
        ctx = _contexts()
        for f in forms:
            if f in ctx:
                for needs, window, etype, mode in ctx[f]:
                    after = toks[k + 1 : k + 1 + window]
                    if any(x.norm in needs or x.base_norm in needs or x.stem_norm in needs or x.prefix[-1:] in needs or (x.norm[:1] in needs and len(x.norm) > 3) for x in after):
                        return k + 1, etype, mode
                if not any((g,) in trig for g in forms):
                    return None  # a word that is an event only in context (أطلق، نشر)
        return phrase(1)

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
            same_sentence = prev is not None and prev.start >= toks[0].start and prev.end <= toks[k].start
            nounish = self._is_noun(toks[k])
            unbroken = same_sentence and not any(
                t.kind == PUNCT or t.norm in _CLAUSE_BREAK or t.base_norm in _CLAUSE_BREAK
                for t in toks[self._index_of(toks, prev.end) : k]
            )
            purpose = toks[k].prefix[-1:] == "ل" or (k and toks[k - 1].norm in ("علي", "الي", "ب", "عن", "في") and prev is not None and prev.type in _FRAMING)
            near = unbroken and self._index_of(toks, prev.end) >= k - 4
            if unbroken and (
                purpose
                or (nounish and (prev.type == etype or prev.type in _FRAMING))
                or (near and (prev.type == etype or prev.type in _FRAMING))
            ):
                k = end  # ووقعت … اتفاقا: one agreement; أدانت … اقتحام: the content of a condemnation
                continue
            demanded = self._demanded(c, k)
            if demanded and etype != "REQUEST":
                k = end  # طالب بانسحاب القوات: the REQUEST is the event, not a RETREAT
                continue
            source, target, location = self._arguments(c, k, end, etype, mode)
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
            ev.extra["demanded"] = any(t.norm in _CONDITIONAL or t.base_norm in _CONDITIONAL for t in toks[max(0, k - 3) : k])
            article.events.append(ev)
            k = end

    @staticmethod
    def _index_of(toks: list[Token], offset: int) -> int:
        for i, t in enumerate(toks):
            if t.start >= offset:
                return i
        return len(toks)

    # --- flags -----------------------------------------------------------------

    def _figurative(self, c: _Clause, k: int, end: int, etype: str) -> bool:
        toks = c.toks
        if c.sport or c.fiction:
            return True  # sport, fiction, nature, culture: not political events
        if any(abs(i - k) <= 3 for i in c.business):
            return True  # a company or investors as the actor
        if toks[k].base_norm in ("قانون",) or (k and toks[k - 1].base_norm == "قانون"):
            return True  # قانون العقوبات
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
        if j in c.in_time or t.norm in _NOT_NP or t.kind != WORD:
            return None
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

    @staticmethod
    def _is_noun(tok: Token) -> bool:
        """A verbal noun rather than a verb, by form: the article, a feminine or plural
        ending, tanwin, or the masdar patterns انفعال/افتعال/استفعال (انسحاب) and تفعيل (تهديد)."""
        w = tok.stem_norm if tok.article else tok.base_norm
        if tok.article or tok.prefix[-1:] in ("ب", "ل"):
            return True
        if w.endswith(("ات", "ه", "ة")) or (w.endswith("ا") and len(w) >= 5):
            return True
        if len(w) >= 5 and w[-2] == "ا" and w[0] in "اتم":
            return True
        return len(w) >= 5 and w[0] == "ت" and w[-2] == "ي"

    def _clause_bounds(self, c: _Clause, k: int) -> tuple[int, int]:
        toks = c.toks
        a = k
        while a > 0 and not (toks[a - 1].kind == PUNCT and toks[a - 1].text in "،,؛;:") and toks[a - 1].norm not in _CLAUSE_BREAK:
            a -= 1
        b = k
        while b < len(toks) and not (toks[b].kind == PUNCT and toks[b].text in "،,؛;.:"):
            b += 1
        return a, b

    def _first_np(self, c: _Clause, a: int, k: int) -> tuple[SpanRef, int] | None:
        """The first actor of a clause before ``k``: the subject of its opening verb."""
        for x in range(a, k):
            if x in c.in_time or c.toks[x].kind != WORD:
                continue
            if x in c.entity_at:
                return self._np(c, x)
            t = c.toks[x]
            if t.article and t.norm not in _NOT_NP and x > a and not self._match(c, x):
                return self._np(c, x)
        return None

    def _arguments(self, c: _Clause, k: int, end: int, etype: str, mode: str | None):  # noqa: ANN202
        """(source, target, location) from the clause around the trigger."""
        toks = c.toks
        a, b = self._clause_bounds(c, k)
        source = target = location = None
        j = end
        while j < b and (j in c.in_time or toks[j].norm == "قد"):
            j += 1  # وقعت مصر والسودان الأحد …: the subject may follow a time
        noun = self._is_noun(toks[k])
        # source: the genitive of a verbal noun or the subject after a verb (VSO) …
        if j < b and toks[j].kind == WORD and toks[j].norm not in _ARG_PREP and not toks[j].prefix.endswith(("ب", "ل")):
            np = self._np(c, j)
            if np is not None and not (noun and np[0].id is None and toks[j].norm in _NOT_NP):
                source, j = np
        # … else the subject before it: SVO, or the actor of the light verb (أجرت القوات مناورات)
        if source is None:
            found = self._first_np(c, a, k)
            if found is not None:
                source = found[0]
        if source is None:
            bk = k - 1
            while bk >= 0 and (toks[bk].norm == "قد" or toks[bk].norm in _NEGATORS):
                bk -= 1
            if bk >= 0 and bk in c.in_entity:
                source = self._ref(c.in_entity[bk])
        taken = {(source.start, source.end)} if source else set()
        # target and location: the names after the trigger, by the word before them
        x = j if source is not None and j > end else end
        while x < b:
            t = toks[x]
            if x > end and self._match(c, x) and self._match(c, x)[1] != etype and not self._is_noun(t):
                break  # another event's verb: its names are its own
            e = c.entity_at.get(x)
            prev = toks[x - 1].norm if x else ""
            if e is None and t.kind == WORD and target is None and x == (j if j > end else end) and t.norm not in _NOT_NP and not t.prefix and etype not in ("PROTEST",):
                np = self._np(c, x)
                if np is not None and (np[0].id is not None or etype in ("CONSULT", "COOPERATE", "REQUEST", "SUPPORT", "CONCEDE", "AID")):
                    if (np[0].start, np[0].end) not in taken:
                        target = np[0]
                        x = np[1]
                        continue
            if e is None and target is None and t.kind == WORD and prev in _ARG_PREP and (t.article or (x + 1 < b and (x + 1) in c.entity_at)) and t.norm not in _NOT_NP:
                np = self._np(c, x)  # على قوات الدعم السريع، مع الحكومة اليمنية
                if np is not None and (np[0].start, np[0].end) not in taken:
                    target = np[0]
                    x = np[1]
                    continue
            if e is not None and (e.start, e.end) not in taken:
                locative = prev in _LOC_PREP or t.prefix in ("ب", "وب") or prev in ("قرب", "داخل")
                toward = prev in _ARG_PREP or t.prefix[-1:] == "ل"
                if e.label == "LOC" and (locative or (etype == "CONSULT" and mode == "visit")):
                    if location is None:
                        location = self._ref(e)
                elif e.label in ("PER", "ORG") or (e.label == "LOC" and (toward or x == j)):
                    if target is None:
                        target = self._ref(e)
                end_x = x
                while end_x < b and c.in_entity.get(end_x) is e:
                    end_x += 1
                x = end_x
                continue
            x += 1
        if location is None:
            # a place before the trigger in the same clause (في القاهرة وقعت …)
            for y in range(a, k):
                e = c.entity_at.get(y)
                if e is not None and e.label == "LOC" and (e.start, e.end) not in taken and (toks[y - 1].norm in _LOC_PREP if y else False):
                    location = self._ref(e)
                    break
        return source, target, location



def create() -> Events:
    return Events()
