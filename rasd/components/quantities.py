"""Quantities: every number with its unit, its value and whether it is approximate.

``بـ1200 جندي`` -> value 1200, unit جندي (span ``1200 جندي``, the clitic outside);
``نحو 3.5 مليار دولار`` -> 3500000000 دولار, approximate; ``40 بالمئة`` -> 40 %;
``جنديان`` -> 2 جندي. Numbers inside time expressions (years, dates), identifiers
(``المادة 5``, ``القرار 2254``), phone numbers and scores are not quantities.
"""

from __future__ import annotations

from bisect import bisect_left

from rasd.article import Article
from rasd.components.lexicon import norm, table
from rasd.components.numbers import NumberMatch, approximator_before, parse_number
from rasd.records import Quantity
from rasd.text.clitics import CLITIC, vocabulary
from rasd.text.normalize import LIGHT, normalize
from rasd.text.tokenize import NUMBER, PUNCT, WORD, Token

_PERCENT_WORDS = {("بالمئه",), ("بالمائه",), ("بالميه",), ("في", "المئه"), ("في", "المائه"), ("بالمئة",)}
#: Words before a number that make it a label, not an amount.
_IDENTIFIER_HEADS = frozenset(
    norm(w)
    for w in "المادة مادة القرار قرار رقم الرقم الفقرة فقرة البند بند الفصل الطريق طريق الحافلة الحلقة الصفحة صفحة الغرفة الكيلو الساعة الجولة الدورة النسخة الإصدار الموديل العدد الطابق الفرقة اللواء الكتيبة الآية رؤية مستشفى شارع ميدان جامعة الوحدة مجموعة قوى السورة المرحلة الدقيقة الأسبوع الفئة خط".split()
)
#: Words after a number that cannot be its counted noun.
_NOT_UNITS = frozenset(
    norm(w)
    for w in (
        "من في على إلى الى عن مع أو او و ثم قد لا لم لن ما أن إن أنه انه التي الذي الذين هذا هذه ذلك تلك "
        "حتى منذ خلال بعد قبل عند لدى بين حول نحو دون غير كل بعض أي وفق حسب بحسب مقابل إثر عقب فيما بينما كما "
        "عاما عام سنة هو هي هم نحن أنا قال قالت أضاف وأضاف مشيرا بالمئة بالمائة "
        "آخر آخرين آخرون أخرى أخريات قرب فوق تحت أمام خلف وسط إضافي إضافيين جديد جديدة فقط أيضا تقريبا"
    ).split()
)


def singular(word: str) -> str:
    """The counted noun in its base form: صاروخا -> صاروخ, أشخاص -> شخص, دبابات -> دبابة."""
    plurals = table("plurals.tsv")
    key = norm(word)
    if key in plurals:
        return plurals[key][0]
    w = normalize(word, LIGHT)
    if w.endswith("ًا"):
        w = w[:-2]
    if len(w) > 3 and w.endswith("ا") and not w.endswith("اا") and (not norm(w).endswith("يا") or len(w) > 4):
        w = w[:-1]  # accusative tanwin: صاروخا, قتيلا, مدنيا
    if len(w) > 4 and w.endswith("ات"):
        return w[:-2] + "ة"
    if len(w) > 4 and (w.endswith("ين") or w.endswith("ون")):
        return w[:-2]  # مدنيين -> مدني، متهمين -> متهم
    return w


def _unit(article: Article, tokens: list[Token], j: int, vague: bool = False) -> tuple[str | None, int]:
    """The unit after a number: %, a currency or a counted noun; and the index after it."""
    if j >= len(tokens):
        return None, j
    t = tokens[j]
    if t.kind == PUNCT and t.text in ("%", "٪"):
        return "%", j + 1
    for key in _PERCENT_WORDS:
        if tuple(x.norm for x in tokens[j : j + len(key)]) == key:
            return "%", j + len(key)
    if t.kind != WORD or t.prefix:
        return None, j
    currencies = table("currencies.tsv")
    if t.article and t.stem_norm in currencies and vague:
        return currencies[t.stem_norm][0], j + 1  # ملايين الدولارات
    if t.norm in currencies:
        unit = currencies[t.norm][0]
        k = j + 1
        if k < len(tokens) and tokens[k].norm in currencies and currencies[tokens[k].norm][0].startswith("جنيه"):
            return currencies[tokens[k].norm][0], k + 1
        if k < len(tokens) and tokens[k].norm in ("امريكي", "اميركي", "اردني", "سعودي", "عراقي", "كويتي", "قطري", "مصري", "سوري", "لبناني", "تونسي", "جزائري", "مغربي", "ليبي", "يمني", "عماني", "بحريني", "اماراتي", "تركي", "اسرائيلي", "ايراني"):
            return unit, k + 1
        return unit, k
    if t.norm in _NOT_UNITS or len(t.norm) < 2:
        return None, j
    if t.article and not vague:
        return None, j  # a counted noun is indefinite: نصف المباني is half of something
    vocab = vocabulary()
    cn = normalize(t.text, CLITIC)
    if cn[0] in "بلكف" and vocab.get(cn[1:], 0) > vocab.get(cn, 0):
        return None, j  # بجروح: a preposition and a word, not a noun
    text = article.text[t.stem_start : t.base_end]
    return singular(text), j + 1


def _dual(tok: Token) -> str | None:
    """The singular of a dual noun of the plural lexicon's singulars: جنديان -> جندي."""
    if tok.kind != WORD:
        return None
    b = tok.base_norm
    for suf in ("ان", "ين"):
        if b.endswith(suf) and len(b) > 4:
            stem = b[: -len(suf)]
            for cand in (stem, stem[:-1] + "ه" if stem.endswith("ت") else None):
                if cand and cand in _countable():
                    return _countable()[cand]
            if suf == "ان" and stem.endswith("ي") and len(stem) >= 3 and not tok.article and vocabulary().get(normalize(tok.text, CLITIC)[:-2], 0) >= 2:
                return normalize(tok.text, LIGHT)[:-2]  # شرطيان، جنديان
            if stem.endswith("ت") and len(stem) >= 4 and not tok.article:
                # جرعتين، حافلتين: a feminine noun the lexicon knows, in the dual
                fem = normalize(tok.text, CLITIC)
                fem = fem[: len(fem) - len(suf) - 1] + "ة"
                if vocabulary().get(fem, 0) >= 2 and vocabulary().get(normalize(tok.text, CLITIC), 0) == 0:
                    return normalize(fem, LIGHT)
    return None


def _countable() -> dict[str, str]:
    d = getattr(_countable, "_cache", None)
    if d is None:
        d = {norm(sing): sing for (sing,) in table("plurals.tsv").values()}
        _countable._cache = d  # type: ignore[attr-defined]
    return d


def _is_excluded(tokens: list[Token], m: NumberMatch, unit: str | None) -> bool:
    tok = tokens[m.first]
    prev = tokens[m.first - 1] if m.first else None
    if prev is not None and prev.base_norm in _IDENTIFIER_HEADS:
        return True
    if tok.kind == NUMBER:
        digits = tok.base_norm
        if digits.startswith("0") and len(digits) >= 5:
            return True  # a phone number
        if prev is not None and prev.text in ("+", "-") and prev.end == tok.start:
            return True  # a phone number, a model name (إف-16)
        if prev is not None and prev.kind == "latin" and prev.end == tok.start:
            return True  # M5
        nxt = tokens[m.last] if m.last < len(tokens) else None
        if nxt is not None and nxt.text in ("-", ":") and nxt.start == tokens[m.last - 1].end:
            after = tokens[m.last + 1] if m.last + 1 < len(tokens) else None
            if after is not None and after.kind == NUMBER and after.start == nxt.end:
                return True  # a score 2-1 or a clock time 10:30
        if prev is not None and prev.text in ("-", ":") and prev.end == tok.start and m.first >= 2 and tokens[m.first - 2].kind == NUMBER:
            return True
        if unit is None and m.last == m.first + 1 and digits.isdigit() and len(digits) == 4 and 1900 <= int(digits) <= 2100:
            return True  # a year that no time rule claimed
        if unit is None and prev is not None and prev.article and prev.kind == WORD and prev.base_norm not in ("الي", "الا"):
            return True  # الفرقة 17: a label after a definite noun
    return False


class Quantities:
    """Adds ``quantities``; skips numbers that a time expression already covers."""

    name = "quantities"
    requires = ("tokens", "sentences", "times")
    provides = ("quantities",)

    def __call__(self, article: Article) -> Article:
        taken = sorted((t.start, t.end) for t in article.times)
        for sent in article.sentence_tokens():
            i = 0
            while i < len(sent):
                tok = sent[i]
                if _inside(taken, tok.base_start, tok.end):
                    i += 1
                    continue
                dual = _dual(tok) if tok.kind == WORD else None
                if dual is not None and article.quantities and article.quantities[-1].end == tok.start - 1 and article.quantities[-1].value == 2:
                    dual = None  # طائرتين مسيرتين: an adjective agreeing with the dual noun
                if dual is not None:
                    article.quantities.append(
                        Quantity(tok.base_start, tok.base_end, article.text[tok.base_start : tok.base_end], 2, dual, False)
                    )
                    i += 1
                    continue
                m = parse_number(sent, i)
                if m is None:
                    i += 1
                    continue
                if m.from_words and i > 0 and sent[i - 1].base_norm in _ORDINAL_HEADS and sent[i].norm in ("عشر", "عشره"):
                    i = m.last  # الحادي عشر: an ordinal
                    continue
                if m.from_words and m.value == 1 and not m.vague:
                    i = m.last  # واحد/واحدة: an adjective (ليلة واحدة), not an amount
                    continue
                if m.from_words and m.value < 1:
                    unit, end = None, m.last  # ثلث قيمتها: a share of something, unitless
                    nxt = sent[m.last] if m.last < len(sent) else None
                    after = sent[m.last + 1] if m.last + 1 < len(sent) else None
                    if nxt is not None and nxt.kind == WORD and not nxt.article and not _has_enclitic(nxt) and not nxt.prefix and not (after is not None and after.article):
                        unit, end = _unit(article, sent, m.last)  # نصف نقطة: half a point
                else:
                    unit, end = _unit(article, sent, m.last, vague=m.vague)
                if m.vague and unit is None and m.value < 1000 or (m.vague and unit is None and m.last == m.first + 1):
                    i = m.last
                    continue
                if unit is None:
                    unit = _range_unit(article, sent, m.last)
                if _is_excluded(sent, m, unit) or _inside(taken, sent[m.first].base_start, sent[end - 1].end):
                    i = max(m.last, i + 1)
                    continue
                a = approximator_before(sent, m.first)
                start = sent[a].base_start if a is not None else sent[m.first].base_start
                last = sent[end - 1]
                stop = last.base_end if last.kind == WORD and end > m.last else last.end
                article.quantities.append(
                    Quantity(start, stop, article.text[start:stop], m.value, unit, a is not None or m.vague)
                )
                i = max(end, i + 1)
        return article


_ORDINAL_HEADS = frozenset(norm(w) for w in "الحادي الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع الحادية الثانية الثالثة الرابعة الخامسة السادسة السابعة الثامنة التاسعة".split())


def _has_enclitic(tok: Token) -> bool:
    """A pronoun glued to the end (قيمتها), even where the clitic splitter kept the word whole."""
    if tok.suffix:
        return True
    w = normalize(tok.text, CLITIC)
    vocab = vocabulary()
    for suf in ("هما", "هم", "هن", "ها", "ه"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            stem = w[: -len(suf)]
            if vocab.get(stem, 0) or (stem.endswith("ت") and vocab.get(stem[:-1] + "ة", 0)):
                return True
    return False


def _range_unit(article: Article, sent: list[Token], j: int) -> str | None:
    """The unit a range shares: من 10 إلى 15 قرشا، بين 200 و300 مقاتل."""
    if j >= len(sent):
        return None
    k = j
    if sent[k].norm in ("الي", "حتي", "-"):
        k += 1
    elif not (sent[k].kind == NUMBER and sent[k].prefix == "و"):
        return None
    if k >= len(sent) or sent[k].kind != NUMBER:
        return None
    m = parse_number(sent, k)
    if m is None:
        return None
    unit, _ = _unit(article, sent, m.last)
    return unit


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does [start, end) overlap one of the sorted, disjoint ``spans``?"""
    k = bisect_left(spans, (end,))
    return k > 0 and spans[k - 1][1] > start


def create() -> Quantities:
    return Quantities()
