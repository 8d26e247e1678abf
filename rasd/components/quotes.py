"""Attributed statements: who said what, through whom.

A statement needs a speech cue (data/quote_cues.tsv): a verb in any tense and
agreement (قال، أكدت، يضيف), a participle (مشيرا إلى أن، مؤكدين أن، قائلا:),
an attribution (بحسب، وفقا لـ، وفق ما أوردته) or a transmission (نقلت وكالة X
عن Y قوله إن). Its content is either a direct quote in any quote marks
(« » “ ” " ") or the clause after أن/إن (indirect speech), up to the end of
the sentence or the next cue.

The speaker is the named entity next to the cue (VSO or SVO), else an
anonymous or collective noun phrase (دبلوماسي أوروبي رفيع، مصادر مطلعة،
الحكومة الأردنية), else, for a cue with no subject of its own (وأضاف أن …),
the previous speaker. The outlet in between is ``via``: نقلت وكالة رويترز عن …،
قال … لصحيفة لوموند، وفق ما أوردته قناة ….

What does not count: a speech verb without a content clause or quote (أعلنت
الشركة أرباحا، نفى التهمة، أكد على ضرورة …), quote marks with no cue (titles,
song lyrics, scare quotes, operation names), questions in headlines.
"""

from __future__ import annotations

from functools import lru_cache

from rasd.article import Article
from rasd.components.lexicon import table, words
from rasd.components.spans import entity_index
from rasd.records import Entity, Quote, SpanRef
from rasd.text.tokenize import PUNCT, WORD, Token

_OPEN = {"«": "»", "“": "”", "„": "”", '"': '"', "‹": "›"}
_CLAUSE = frozenset({"ان"})  # أن / إن, normalized
_COMMA = frozenset("،,؛;")


@lru_cache(maxsize=1)
def _cues() -> dict[str, str]:
    return {k: v[0] for k, v in table("quote_cues.tsv").items()}


def _cue_kind(tok: Token) -> tuple[str, str] | None:
    """(kind, cue form) when the token is a speech cue, a glued و/ف allowed."""
    if tok.kind != WORD or tok.norm in _IMPERSONAL:
        return None
    cues = _cues()
    for form in (tok.norm, tok.base_norm, tok.norm[1:] if tok.norm[:1] in "وف" and len(tok.norm) > 3 else None):
        if form and form in cues:
            kind = cues[form]
            if kind == "verb_ambiguous":
                return None
            return kind, form
    return None


def _head(tok: Token) -> str:
    n = tok.base_norm
    return n[1:] if len(n) > 3 and n[:1] in "وف" and not tok.prefix else n


class _Sentence:
    """A sentence's tokens with the entities they belong to and its direct quotes."""

    def __init__(self, article: Article, toks: list[Token]) -> None:
        self.article = article
        self.toks = toks
        self.entity_at, self.in_entity = entity_index(article, toks)
        self.directs = self._direct_quotes()
        self._inside = [False] * len(toks)
        for a, b in self.directs:
            for x in range(a + 1, b):
                self._inside[x] = True

    def _direct_quotes(self) -> list[tuple[int, int]]:
        """(opening mark position, closing mark position) of top-level quotes, in one pass."""
        out: list[tuple[int, int]] = []
        stack: list[tuple[str, int]] = []  # (expected closer, opening position)
        for k, t in enumerate(self.toks):
            if t.kind != PUNCT:
                continue
            x = t.text
            if stack and x == stack[-1][0]:
                closer, a = stack.pop()
                if not stack and k > a + 1:
                    out.append((a, k))
            elif x in _OPEN and x != '"' or (x == '"' and not (stack and stack[-1][0] == '"')):
                if len(stack) < 8:
                    stack.append((_OPEN[x], k))
        return out

    def inside_direct(self, k: int) -> bool:
        return self._inside[k]

    def direct_after(self, k: int, limit: int = 4) -> tuple[int, int] | None:
        for a, b in self.directs:
            if k <= a <= k + limit and all(self.toks[x].kind == PUNCT or self.toks[x].norm in ("ان",) for x in range(k, a)):
                return a, b
        return None

    def direct_before(self, k: int) -> tuple[int, int] | None:
        for a, b in self.directs:
            if b < k and all(self.toks[x].kind == PUNCT for x in range(b + 1, k)):
                return a, b
        return None


class Quotes:
    """Adds ``quotes``; needs entities (and uses actor ids when present)."""

    name = "quotes"
    requires = ("tokens", "sentences", "entities")
    provides = ("quotes",)

    def __call__(self, article: Article) -> Article:
        self._last: SpanRef | None = None
        for toks in article.sentence_tokens():
            if toks:
                self._sentence(_Sentence(article, toks))
        return article

    # --- per sentence ------------------------------------------------------------

    def _sentence(self, s: _Sentence) -> None:
        toks = s.toks
        sentence_speaker: SpanRef | None = None
        k = 0
        while k < len(toks):
            cue = _cue_kind(toks[k]) if not s.inside_direct(k) and k not in s.in_entity else None
            if cue is None and toks[k].norm == "في" and k + 1 < len(toks) and toks[k + 1].norm in _NOUN_CUES and sentence_speaker is None and not s.inside_direct(k):
                cue = ("noun", toks[k + 1].norm)  # المتحدث … في حديث لتلفزيون قطر: «…»
            if cue is not None and k > 0 and toks[k - 1].norm == "عدم":
                cue = None  # طلبت عدم ذكر اسمها: a noun, not a cue
            if cue is None:
                k += 1
                continue
            kind, form = cue
            made = None
            if kind == "verb":
                made = self._verb(s, k, form)
            elif kind == "participle":
                made = self._participle(s, k, form, sentence_speaker or self._clause_subject(s, k) or self._last)
            elif kind == "according":
                made = self._according(s, k, form)
            elif kind == "transmit":
                made = self._transmit(s, k, form)
            elif kind == "noun":
                made = self._noun_cue(s, k)
            if made is None:
                k += 1
                continue
            quote, next_k = made
            prev = s.article.quotes[-1] if s.article.quotes else None
            if quote.via is None and prev is not None and prev.via is not None and _same_speaker(quote.speaker, prev.speaker):
                quote.via = prev.via  # later statements of the same speaker keep the outlet
            s.article.quotes.append(quote)
            if quote.speaker is not None:
                sentence_speaker = quote.speaker
                self._last = quote.speaker
            k = max(next_k, k + 1)

    # --- speakers ------------------------------------------------------------------

    def _ref(self, s: _Sentence, a: int, b: int, id: str | None = None) -> SpanRef:
        start = s.toks[a].base_start
        last = s.toks[b - 1]
        end = last.base_end if last.suffix else last.end
        return SpanRef(start, end, s.article.text[start:end], id)

    def _entity_ref(self, e: Entity) -> SpanRef:
        return SpanRef(e.start, e.end, e.text, e.id)

    def _noun_phrase(self, s: _Sentence, k: int) -> tuple[SpanRef, int, str] | None:
        """An anonymous (مصادر مطلعة) or collective (الحكومة الأردنية) speaker at ``k``."""
        toks = s.toks
        if k >= len(toks) or toks[k].kind != WORD:
            return None
        t = toks[k]
        if t.norm in _CLAUSE or t.norm in _NP_STOP or t.norm in _SUBORDINATE or _cue_kind(t) or t.prefix:
            return None
        head = t.stem_norm if t.article else _head(t)
        if k + 1 < len(toks) and t.norm in _NUMBER_WORDS and _head(toks[k + 1]) in words("speaker_nouns.txt"):
            head = _head(toks[k + 1])  # ثلاثة مسؤولين في قطاع النفط
        if head in words("speaker_nouns.txt") and not t.article:
            j = k + 1
            while j < len(toks) and j - k <= 3 and toks[j].kind == WORD and not toks[j].prefix and not toks[j].article:
                if toks[j].norm in _CLAUSE or _cue_kind(toks[j]) or toks[j].norm in _NP_STOP:
                    break
                j += 1
            # مصادر مطلعة، دبلوماسي أوروبي رفيع، مسؤول في الوزارة، ممرضة في مستشفى بحر دار
            if j < len(toks) and t.norm in _NUMBER_WORDS:
                j = max(j, k + 2)
            if j + 1 < len(toks) and toks[j].norm in ("في", "ب", "عن", "من") and toks[j + 1].kind == WORD:
                end_k = j + 1
                if end_k in s.entity_at:
                    e = s.entity_at[end_k]
                    while end_k < len(toks) and s.in_entity.get(end_k) is e:
                        end_k += 1
                else:
                    while end_k < len(toks) and end_k - j <= 4 and toks[end_k].kind == WORD and toks[end_k].norm not in _NP_STOP and not toks[end_k].prefix.endswith("ل") and not _cue_kind(toks[end_k]):
                        end_k += 1
                return self._ref(s, k, end_k), end_k, "anonymous"
            return self._ref(s, k, j), j, "anonymous"
        if t.article and t.kind == WORD and len(t.stem_norm) >= 3 and t.norm not in ("الذي", "التي"):
            j = k + 1
            while j < len(toks) and j - k <= 3 and toks[j].article and toks[j].kind == WORD and not _cue_kind(toks[j]):
                j += 1
            j = _with_on_behalf(s, j)
            return self._ref(s, k, j), j, "collective"
        # a construct chain: وزارة الصحة، مكتب رئيس الوزراء الإسرائيلي، هيئة عمليات التجارة البحرية
        j = k
        while j < len(toks) and j - k < 3 and toks[j].kind == WORD and not toks[j].article and toks[j].norm not in _NP_STOP and not _cue_kind(toks[j]) and (j == k or not toks[j].prefix):
            j += 1
        if j > k and j < len(toks) and toks[j].article and toks[j].kind == WORD and toks[j].norm not in _NP_STOP:
            while j < len(toks) and j - k <= 6 and toks[j].article and toks[j].kind == WORD and not _cue_kind(toks[j]):
                j += 1
            return self._ref(s, k, j), j, "collective"
        if j > k and j in s.entity_at and s.entity_at[j].label in ("LOC", "ORG"):
            e = s.entity_at[j]  # حكومة إقليم كردستان، وكالة سبأ
            while j < len(toks) and s.in_entity.get(j) is e:
                j += 1
            return self._ref(s, k, j), j, "collective"
        return None

    def _speaker_at(self, s: _Sentence, k: int) -> tuple[SpanRef, int, str] | None:
        """A speaker starting at token ``k`` (after a verb): a name, maybe after its title
        (الناطقة باسم الخارجية الفرنسية آن كلير لوجاندر: the person, not the ministry)."""
        toks = s.toks
        while k < len(toks) and toks[k].norm in _ADDRESSEE:
            k += 1  # قال لي يوسف شاهين: لي is who was told, not who spoke
        if k < len(toks) and toks[k].norm in _PREPOSITIONS and k not in s.entity_at:
            return None  # وقال في كلمة أمام مجلس الأمن: the subject is the previous speaker
        candidates: list[tuple[int, Entity]] = []
        for j in range(k, min(len(toks), k + 12)):
            t = toks[j]
            clause = t.norm in _CLAUSE and j not in s.in_entity and (j + 1) not in s.entity_at  # آن كلير is a name
            if (t.kind == PUNCT and t.text not in _OPEN and t.text not in _OPEN.values()) or clause or (j > k and _cue_kind(t)) or t.norm in ("قوله", "قولها"):
                break
            if j in s.entity_at and not toks[j].prefix[-1:] in ("ل", "ب"):
                candidates.append((j, s.entity_at[j]))
            if (
                not candidates
                and j > k
                and self._given_name(t)
                and toks[j - 1].norm not in _PREPOSITIONS
                and j + 1 < len(toks)
                and toks[j + 1].kind == WORD
                and not toks[j + 1].prefix
                and toks[j + 1].norm not in _CLAUSE | _CLAUSE_PRONOUN | _NP_STOP
                and self._surname_like(toks[j + 1])
            ):
                # رئيس الشركة براد سميث: a given name the tagger missed, and the word after it
                return self._ref(s, j, j + 2), j + 2, "titled"
        # the last person before the clause: كبيرة الاقتصاديين في بنك "النيل كابيتال" رانيا الشاذلي
        person = next(((j, e) for j, e in reversed(candidates) if e.label == "PER"), None)
        pick = person or next(((j, e) for j, e in candidates if j == k), None)
        if pick is None and candidates and candidates[0][1].label == "ORG" and not self._noun_phrase(s, k):
            pick = candidates[0]
        if pick is not None:
            j, e = pick
            end = j
            while end < len(toks) and s.in_entity.get(end) is e:
                end += 1
            return self._entity_ref(e), end, "named" if j == k else "titled"
        return self._noun_phrase(s, k)

    def _given_name(self, t: Token) -> bool:
        if t.kind != WORD or t.article or t.prefix:
            return False
        from rasd.kb import KnowledgeBase, name_key

        kb = KnowledgeBase.load()
        return name_key(t.norm) in kb.given_names and t.norm not in _NP_STOP

    def _surname_like(self, t: Token) -> bool:
        """A known surname, or a word the lexicon does not know (سميث): likely a name."""
        from rasd.kb import KnowledgeBase, name_key
        from rasd.text.clitics import CLITIC, vocabulary
        from rasd.text.normalize import normalize

        if name_key(t.norm) in KnowledgeBase.load().surnames:
            return True
        return vocabulary().get(normalize(t.text, CLITIC), 0) == 0

    def _via_after(self, s: _Sentence, k: int) -> tuple[SpanRef | None, int]:
        """An outlet right after the speaker: لصحيفة لوموند، لوكالة فرانس برس، لقناة الجزيرة،
        لـ«الشرق الأوسط»."""
        toks = s.toks
        if k + 1 < len(toks) and toks[k].norm == "ل" and toks[k + 1].kind == PUNCT and toks[k + 1].text in _OPEN:
            for a, b in s.directs:
                if a == k + 1 and b - a <= 5:
                    start, end = toks[a + 1].start, toks[b - 1].end
                    return SpanRef(start, end, s.article.text[start:end]), b + 1
        if k < len(toks) and toks[k].kind == WORD and toks[k].prefix.endswith("ل") and _head_word(toks[k]) in words("outlet_heads.txt"):
            end = _outlet_end(s, k)
            return self._ref(s, k, end), end
        while k < len(toks) and toks[k].kind == PUNCT and toks[k].text in _COMMA:
            k += 1
        if k + 2 < len(toks) and toks[k].norm in ("تحدث", "تحدثت", "تحدثوا") and toks[k + 1].norm in ("الي", "مع"):
            o = k + 2  # سكان تحدثوا إلى وكالة فرانس برس
            if _head_word(toks[o]) in words("outlet_heads.txt") or o in s.entity_at:
                end = _outlet_end(s, o)
                return self._ref(s, o, end), end
        if k + 1 < len(toks) and toks[k].norm in ("في", "خلال") and toks[k + 1].norm in ("حديث", "مقابله", "تصريح", "تصريحات", "لقاء"):
            j = k + 2
            if j < len(toks) and toks[j].norm in ("مع", "الي"):
                j += 1
            if j < len(toks) and (_head_word(toks[j]) in words("outlet_heads.txt") or (j in s.entity_at and s.entity_at[j].label == "ORG")):
                end = _outlet_end(s, j)
                return self._ref(s, j, end), end
            if j < len(toks) and toks[j].prefix.endswith("ل") and (_head_word(toks[j]) in words("outlet_heads.txt") or j in s.in_entity):
                end = _outlet_end(s, j)
                return self._ref(s, j, end), end
            return None, j
        return None, k

    # --- content -------------------------------------------------------------------

    def _content_after(self, s: _Sentence, k: int, limit: int = 16) -> tuple[int, int, bool, int] | None:
        """Content starting near ``k``: a direct quote or an أن/إن clause, possibly after a
        phrase (في مؤتمر صحفي مشترك مع نظيره في عمّان: «…»).
        Returns (start offset, end offset, direct, next token index)."""
        toks = s.toks
        d = s.direct_after(k, 4)
        if d is not None:
            a, b = d
            return toks[a].end, toks[b].start, True, b + 1
        for j in range(k, min(len(toks), k + limit)):
            t = toks[j]
            if t.kind == PUNCT and t.text not in (":", "،", ","):
                return None
            if j > k and _cue_kind(t) is not None and t.norm not in _CLAUSE and toks[j - 1].norm != "عدم":
                return None
            if (t.norm in _CLAUSE or t.norm in _CLAUSE_PRONOUN) and j > 0 and toks[j - 1].norm in _SUBORDINATE:
                return None  # من دون أن، قبل أن، بعد أن: not reported speech
            if t.norm in _CLAUSE or t.base_norm in _CLAUSE or t.norm in _CLAUSE_PRONOUN or t.norm in ("بان", "فان", "وان") or (t.norm in ("قوله", "قولها", "قولهم") and j + 1 < len(toks) and toks[j + 1].norm in _CLAUSE):
                if t.norm in ("قوله", "قولها", "قولهم"):
                    j += 1
                d = s.direct_after(j + 1, 2)
                if d is not None:
                    a, b = d
                    return toks[a].end, toks[b].start, True, b + 1
                return self._clause(s, j + 1)
            if t.kind == PUNCT and t.text == ":":
                d = s.direct_after(j + 1, 1)
                if d is not None:
                    a, b = d
                    return toks[a].end, toks[b].start, True, b + 1
                return None
            if s.inside_direct(j):
                return None
        return None

    def _clause(self, s: _Sentence, k: int) -> tuple[int, int, bool, int] | None:
        """An indirect clause from ``k`` to the end of the sentence or the next cue."""
        toks = s.toks
        if k >= len(toks):
            return None
        j = k
        while j < len(toks):
            t = toks[j]
            if t.kind == PUNCT and t.text in _COMMA and j + 1 < len(toks):
                nxt = _cue_kind(toks[j + 1])
                if nxt is not None or toks[j + 1].norm in ("فيما", "بينما", "وفيما"):
                    break
            j += 1
        end = j
        while end > k and toks[end - 1].kind == PUNCT and toks[end - 1].text not in ("»", "”", '"', ")"):
            end -= 1
        if end <= k:
            return None
        start = toks[k].start
        stop = toks[end - 1].end
        return start, stop, False, j

    def _quote(self, s: _Sentence, content: tuple[int, int, bool, int], cue: str, speaker, via) -> tuple[Quote, int]:  # noqa: ANN001
        start, end, direct, nxt = content
        text = s.article.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        q = Quote(start, end, text[start:end], direct, cue, speaker, via)
        return q, nxt

    # --- cue kinds -------------------------------------------------------------------

    def _verb(self, s: _Sentence, k: int, form: str):  # noqa: ANN202
        toks = s.toks
        speaker, j, kind = None, k + 1, "dropped"
        svo = self._subject_before(s, k)
        via, after_via = self._via_after(s, k + 1)
        if via is not None or (svo is not None and not self._speaker_at(s, k + 1)):
            # أما الرئيس ماكرون فقال لصحيفة لوموند إن … / وكان الوزير بارو قد صرّح بأن …
            j = after_via
            if svo is not None:
                speaker, kind = svo, "named"
        else:
            found = self._speaker_at(s, k + 1)
            if found is not None:
                speaker, j, kind = found
            via, j = self._via_after(s, j)
            if (speaker is None or kind == "collective") and svo is not None:
                speaker, kind = svo, "named"
        content = self._content_after(s, j)
        if content is None:
            # «...»، قال الوزير
            d = s.direct_before(k)
            if d is None:
                return None
            a, b = d
            content = (toks[a].end, toks[b].start, True, j)
        if speaker is None:
            earlier = self._earlier_subject(s, k)
            speaker, kind = (earlier, "named") if earlier is not None else (self._last, "dropped")
        if via is None:
            # قال نائب …، طلب عدم ذكر اسمه، لقناة الشرقية إن …: an outlet before the clause
            cstart = content[0]
            for x in range(k + 1, len(toks)):
                if toks[x].start >= cstart:
                    break
                if toks[x].kind == WORD and toks[x].prefix.endswith("ل") and _head_word(toks[x]) in words("outlet_heads.txt"):
                    end = _outlet_end(s, x)
                    via = self._ref(s, x, end)
                    break
        q, nxt = self._quote(s, content, _cue_text(toks[k]), speaker, via)
        q.extra["speaker_kind"] = kind
        return q, nxt

    def _earlier_subject(self, s: _Sentence, k: int) -> SpanRef | None:
        """A name earlier in the sentence that the verb has as subject, across a relative
        clause: غير أن حركة مجتمع السلم، التي حل مرشحها ثانيا، قالت في بيان إن …"""
        toks = s.toks
        for j in range(k - 1, -1, -1):
            if _cue_kind(toks[j]) is not None or s.inside_direct(j):
                return None
            if j in s.entity_at and s.entity_at[j].label in ("PER", "ORG") and not toks[j].prefix:
                before = toks[j - 1].norm if j else ""
                if j == 0 or before in ("ان", "غير", "اما") or (toks[j - 1].kind == PUNCT):
                    return self._entity_ref(s.entity_at[j])
        return None

    def _noun_cue(self, s: _Sentence, k: int):  # noqa: ANN202
        """في حديث/مقابلة مع + outlet, or وجاء في بيان صادر عن X أن …, with no verb."""
        toks = s.toks
        j = k + 2
        speaker = self._subject_before(s, k)
        kind = "named" if speaker is not None else "collective"
        if j + 1 < len(toks) and toks[j].norm in ("صادر", "صادره") and toks[j + 1].norm == "عن":
            found = self._speaker_at(s, j + 2)
            if found is None:
                return None
            speaker, j, kind = found
        via, j = self._via_after(s, k)
        if speaker is None:
            return None
        content = self._content_after(s, j, 6)
        if content is None:
            return None
        text = s.article.text
        cue = text[toks[k].start : toks[k + 1].end]
        q, nxt = self._quote(s, content, cue, speaker, via)
        q.extra["speaker_kind"] = kind
        return q, nxt

    def _subject_before(self, s: _Sentence, k: int) -> SpanRef | None:
        """SVO: a name just before the verb, maybe with قد or a comma in between
        (وزير الخارجية عباس عراقجي قال، …؛ وكان الوزير جان نويل بارو قد صرّح)."""
        j = k - 1
        while j >= 0 and (s.toks[j].norm in ("قد", "فقد") or (s.toks[j].kind == PUNCT and s.toks[j].text in _COMMA)):
            j -= 1
        if j >= 0 and j in s.in_entity and s.in_entity[j].label in ("PER", "ORG", "LOC"):
            e = s.in_entity[j]
            if s.toks[j].end >= e.end - 1:
                return self._entity_ref(e)
        # غير أن محللين آخرين حذروا من أن …
        for back in (j, j - 1):
            if back >= 0 and _head(s.toks[back]) in words("speaker_nouns.txt"):
                return self._ref(s, back, j + 1)
        return None

    def _clause_subject(self, s: _Sentence, k: int) -> SpanRef | None:
        """The subject after the sentence's opening verb (وشارك أهالي المخيم … مؤكدين أن)."""
        toks = s.toks
        if k < 3 or toks[0].kind != WORD:
            return None
        if 1 in s.entity_at:
            return self._entity_ref(s.entity_at[1])
        found = self._noun_phrase(s, 1)
        return found[0] if found is not None else None

    def _participle(self, s: _Sentence, k: int, form: str, speaker: SpanRef | None):  # noqa: ANN202
        toks = s.toks
        j = k + 1
        if j < len(toks) and toks[j].norm in ("الي", "الى"):
            j += 1
        content = self._content_after(s, j, 3)
        if content is None:
            return None
        q, nxt = self._quote(s, content, _cue_text(toks[k]), speaker, None)
        q.extra["speaker_kind"] = "dropped"
        return q, nxt

    def _according(self, s: _Sentence, k: int, form: str):  # noqa: ANN202
        """بحسب وزارة الصحة / وفقا لمصادر / وفق ما أوردته قناة X: the statement is the sentence's main clause."""
        toks = s.toks
        j = k + 1
        if form in ("وفقا", "طبقا", "نقلا") and j < len(toks) and toks[j].norm in ("ل", "لما", "عن"):
            j += 1
        via = None
        speaker = kind = None
        if j < len(toks) and toks[j].norm in ("ما", "لما"):
            # بحسب ما نقلت وكالة X عن Y / وفق ما أوردته قناة X
            j += 1
            if j < len(toks) and toks[j].kind == WORD:
                j += 1  # the verb: نقلت، أوردته، ذكرت
            if j < len(toks) and _head_word(toks[j]) in words("outlet_heads.txt"):
                end = _outlet_end(s, j)
                via = self._ref(s, j, end)
                j = end
                if j + 1 < len(toks) and toks[j].norm == "نقلا" and toks[j + 1].norm == "عن":
                    j += 1  # وفق ما أوردته وكالة وفا نقلا عن مصادر محلية
                if j < len(toks) and toks[j].norm == "عن":
                    found = self._speaker_at(s, j + 1) or self._loose_np(s, j + 1)
                    if found:
                        speaker, j, kind = found
            else:
                found = self._speaker_at(s, j)
                if found:
                    speaker, j, kind = found
        else:
            if j < len(toks) and toks[j].prefix.endswith("ل") and _head_word(toks[j]) in words("outlet_heads.txt"):
                end = _outlet_end(s, j)
                via = self._ref(s, j, end)
                j = end
            else:
                found = self._speaker_at_loose(s, j)
                if k == 0 or (k == 1 and toks[0].kind == PUNCT):
                    comma = next((x for x in range(j, min(len(toks), j + 8)) if toks[x].kind == PUNCT and toks[x].text in _COMMA), None)
                    if comma is not None and comma > j and all(t.kind == WORD for t in toks[j:comma]):
                        found = (self._ref(s, j, comma), comma, "collective")  # وبحسب شركة الأبحاث آي دي سي، فإن
                if found is not None and k > 0 and found[2] in ("collective", "anonymous"):
                    end = len(toks)
                    while end > j and toks[end - 1].kind == PUNCT:
                        end -= 1
                    if 0 < end - j <= 6 and all(t.kind == WORD for t in toks[j:end]):
                        found = (self._ref(s, j, end), end, found[2])  # بحسب شركة أمبري للأمن البحري
                if found is None:
                    return None
                speaker, j, kind = found
                if _head_word_ref(s, speaker) in words("outlet_heads.txt"):
                    via, speaker = speaker, None
                # مصادر مطلعة تحدثت إلى صحيفة فايننشال تايمز
                if j + 1 < len(toks) and toks[j].norm in ("تحدث", "تحدثت", "تحدثوا") and toks[j + 1].norm in ("الي", "ل"):
                    o = j + 2
                    if o < len(toks) and (_head_word(toks[o]) in words("outlet_heads.txt") or o in s.entity_at):
                        end = _outlet_end(s, o)
                        via, j = self._ref(s, o, end), end
                elif j < len(toks) and toks[j].norm in ("تحدثوا", "تحدثت") and j + 1 < len(toks) and toks[j + 1].prefix.endswith("ل"):
                    end = _outlet_end(s, j + 1)
                    via, j = self._ref(s, j + 1, end), end
        first = 0
        if k > first:
            # the clause before the cue: قتل 20 شخصا، بحسب وزارة الصحة
            end = k
            while end > first and toks[end - 1].kind == PUNCT:
                end -= 1
            if end <= first:
                return None
            t0 = toks[first]
            start = t0.start + 1 if t0.prefix[:1] in ("و", "ف") or (t0.norm[:1] == "و" and not t0.prefix and len(t0.norm) > 3) else t0.start
            content = (start, toks[end - 1].end, False, j)
        else:
            # sentence-initial: وبحسب الوزارة، فإن …  (skip the rest of the source up to the comma)
            while j < len(toks) and not (toks[j].kind == PUNCT and toks[j].text in _COMMA) and toks[j].norm not in ("فان", "ان"):
                j += 1
            while j < len(toks) and toks[j].kind == PUNCT:
                j += 1
            if j < len(toks) and toks[j].norm in ("فان", "ان", "فإن"):
                j += 1
            c = self._clause(s, j)
            if c is None:
                return None
            content = c
        if speaker is None and via is None:
            return None
        q, nxt = self._quote(s, content, _cue_text(toks[k]), speaker, via)
        q.extra["speaker_kind"] = kind or "anonymous"
        return q, max(nxt, j)

    def _loose_np(self, s: _Sentence, k: int):  # noqa: ANN202
        """After عن: whatever stands before the clause (مصرفيين في القاهرة), up to 6 words."""
        toks = s.toks
        j = k
        while j < len(toks) and j - k < 6 and toks[j].kind == WORD and toks[j].norm not in _CLAUSE and toks[j].norm not in _CLAUSE_PRONOUN and toks[j].norm not in ("قوله", "قولها", "قولهم"):
            j += 1
        if j == k or j >= len(toks):
            return None
        return self._ref(s, k, j), j, "anonymous"

    def _speaker_at_loose(self, s: _Sentence, k: int):  # noqa: ANN202
        """After بحسب: an entity (its clitic ل stripped), or a noun phrase."""
        found = self._speaker_at(s, k)
        if found is not None:
            return found
        return None

    def _transmit(self, s: _Sentence, k: int, form: str):  # noqa: ANN202
        """نقلت وكالة رويترز عن مسؤول أوروبي قوله إن …"""
        toks = s.toks
        j = k + 1
        if j >= len(toks):
            return None
        if _head_word(toks[j]) in words("outlet_heads.txt") or (j in s.entity_at and s.entity_at[j].label == "ORG"):
            end = _outlet_end(s, j)
            via = self._ref(s, j, end)
        else:
            return None
        j = end
        if j >= len(toks) or toks[j].norm != "عن":
            return None
        found = self._speaker_at(s, j + 1) or self._loose_np(s, j + 1)
        if found is None:
            return None
        speaker, j, kind = found
        content = self._content_after(s, j, 4)
        if content is None:
            return None
        q, nxt = self._quote(s, content, _cue_text(toks[k]), speaker, via)
        q.extra["speaker_kind"] = kind
        return q, nxt


_ADDRESSEE = frozenset({"لي", "لنا", "له", "لها", "لهم", "لهما", "الي", "لك", "لكم"})
_NUMBER_WORDS = frozenset("ثلاثه اربعه خمسه سته سبعه ثمانيه تسعه عشره عده بعض عشرات مئات الاف".split())
_NOUN_CUES = frozenset({"حديث", "مقابله", "تصريح", "تصريحات", "بيان"})
_PREPOSITIONS = frozenset({"في", "خلال", "امام", "عبر", "علي", "من", "عن", "مع", "الي", "حول", "بعد", "قبل", "لدي", "اثناء"})
_SUBORDINATE = frozenset({"دون", "قبل", "بعد", "اجل", "لاجل", "حتي", "كي", "لكي", "بمجرد", "عدم"})
_CLAUSE_PRONOUN = frozenset({"انه", "انها", "انهم", "انهما", "انهن", "اننا", "انني", "بانه", "بانها", "بانهم", "وانه", "وانها"})
#: Cues with no speaker of their own: the writer's يذكر أن، يشار إلى أن، يعتقد أن.
_IMPERSONAL = frozenset({"يذكر", "ويذكر", "يشار", "ويشار", "يعتقد", "ويعتقد", "يرجح", "ويرجح", "يعتبر", "ويعتبر"})
_NP_STOP = frozenset(
    {"في", "من", "علي", "الي", "عن", "ان", "قوله", "قولها", "قولهم", "لوكاله", "لصحيفه", "الذي", "التي", "الذين", "ل", "لي", "لنا", "له", "لها", "لهم"}
    | {"تحدث", "تحدثت", "تحدثوا", "طلب", "طلبت", "طلبوا", "رفض", "رفضت", "رفضوا", "فضل", "فضلت", "استطلعت", "اطلعت", "اتصلت", "قابلتهم"}
)


def _with_on_behalf(s: _Sentence, j: int) -> int:
    """Extend a speaker over باسم + its body: المتحدث باسم الحكومة."""
    toks = s.toks
    if j < len(toks) and toks[j].norm == "باسم":
        j += 1
        while j < len(toks) and toks[j].kind == WORD and (toks[j].article or j in s.in_entity) and toks[j].norm not in _NP_STOP:
            j += 1
    return j


def _same_speaker(a: SpanRef | None, b: SpanRef | None) -> bool:
    if a is None or b is None:
        return False
    if a.id and b.id:
        return a.id == b.id
    return a.start == b.start or a.text == b.text or a.text.endswith(b.text) or b.text.endswith(a.text)


def _head_word(tok: Token) -> str:
    """The noun of a token without clitics and article: لصحيفة -> صحيفه."""
    return tok.stem_norm if tok.article else tok.base_norm


def _head_word_ref(s: _Sentence, ref: SpanRef) -> str:
    for t in s.toks:
        if t.start <= ref.start < t.end or ref.start <= t.start < ref.end:
            return _head_word(t)
    return ""


def _outlet_end(s: _Sentence, k: int) -> int:
    """End of an outlet's name: the entity it heads or that follows it, else up to 3 words."""
    toks = s.toks
    e = s.in_entity.get(k) or s.entity_at.get(k + 1)
    if e is not None:
        j = k + 1
        while j < len(toks) and (s.in_entity.get(j) is e):
            j += 1
        # وكالة سبأ الحكومية، قناة ليبيا الأحرار، وكالة بلومبرغ الشرق
        while j < len(toks) and j - k <= 5 and toks[j].kind == WORD and toks[j].article and toks[j].norm not in ("عن", "ان") and not _cue_kind(toks[j]) and j not in s.entity_at:
            j += 1
        return j
    j = k + 1
    while j < len(toks) and j - k <= 3 and toks[j].kind == WORD and toks[j].norm not in ("عن", "ان", "في", "من") and not _cue_kind(toks[j]):
        j += 1
    return j


def _cue_text(tok: Token) -> str:
    """The cue as the record gives it: the word without a glued conjunction."""
    if tok.prefix[:1] in ("و", "ف") or (not tok.prefix and tok.norm[:1] in "وف" and tok.norm[1:] in _cues()):
        return tok.text[1:]  # وقال -> قال; بحسب keeps its ب
    return tok.text


def create() -> Quotes:
    return Quotes()
