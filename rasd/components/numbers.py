"""Numbers in Arabic news: digits with separators, number words, duals and scale words.

Parsing works on tokens (see :mod:`rasd.text.tokenize`), so that a number glued
to a clitic (``بـ1200``, ``و٣٠٠``) is read from its base and its span starts
after the clitic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rasd.components.lexicon import phrases, table
from rasd.text.tokenize import NUMBER, WORD, Token

_THOUSANDS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
_PLAIN = re.compile(r"^\d+(?:\.\d+)?$")
_COMMA_DECIMAL = re.compile(r"^\d+,\d{1,2}$")
#: Longest digit string read as a number; longer ones are identifiers, not amounts.
MAX_DIGITS = 16


_PLURAL_SCALES = frozenset({"الاف", "ملايين", "مليارات"})


@dataclass(slots=True)
class NumberMatch:
    value: float | int
    first: int  # token index where the number starts
    last: int  # token index after the number
    vague: bool = False  # عشرات، مئات
    from_words: bool = False


def digits_value(s: str) -> float | int | None:
    """Value of a normalized digit string: 1,200 / 1200 / 1.5 / 3,5; None if not a number."""
    if len(s.replace(",", "").replace(".", "")) > MAX_DIGITS:
        return None
    if _THOUSANDS.match(s):
        v = float(s.replace(",", ""))
    elif _PLAIN.match(s):
        v = float(s)
    elif _COMMA_DECIMAL.match(s):
        v = float(s.replace(",", "."))
    else:
        return None
    return int(v) if v.is_integer() else v


def _word(tok: Token) -> tuple[str, str, bool] | None:
    """(kind, value, has_waw) when the token is a number word, possibly after و."""
    if tok.kind != WORD:
        return None
    words = table("number_words.tsv")
    n = tok.norm
    if n in words:
        return words[n][1], words[n][0], False
    if n.startswith("و") and n[1:] in words:
        return words[n[1:]][1], words[n[1:]][0], True
    bare = n[len(tok.prefix) :]
    if tok.prefix and bare in words:  # بمليوني: the clitic splitter may read ي as "my"
        return words[bare][1], words[bare][0], True
    b = tok.base_norm
    if b in words:
        return words[b][1], words[b][0], bool(tok.prefix)
    return None


def _scale_after(tokens: list[Token], j: int) -> tuple[float, int]:
    """A scale word (ألف، مليون، مليار) right after a number, and ونصف after it."""
    if j < len(tokens):
        w = _word(tokens[j])
        if w and w[0] in ("scale",) and not w[2]:
            scale = float(w[1])
            j += 1
            if j < len(tokens) and tokens[j].norm in ("ونصف",):
                return scale * 1.5, j + 1
            return scale, j
    return 1.0, j


def parse_number(tokens: list[Token], i: int) -> NumberMatch | None:
    """The number that starts at ``tokens[i]``, or None."""
    tok = tokens[i]
    if tok.kind == NUMBER:
        v = digits_value(tok.base_norm)
        if v is None:
            return None
        scale, j = _scale_after(tokens, i + 1)
        value = v * scale
        if j < len(tokens) and tokens[j].norm == "ونصف" and scale == 1:
            value += 0.5
            j += 1
        return NumberMatch(_clean(value), i, j)
    w = _word(tok)
    if w is None or (w[2] and tok.prefix not in ("", "و", "ب", "ل", "وب", "ول")):
        return None
    kind = w[0]
    if kind == "scale" and tok.base_norm in _PLURAL_SCALES:
        kind = "vague"  # آلاف النازحين: thousands, no number before
    if kind == "vague":
        j = i + 1
        value = float(w[1])
        if j < len(tokens) and tokens[j].norm in ("الالاف", "الاف") and value < 1000:
            value *= 1000
            j += 1
        elif j < len(tokens) and tokens[j].norm in ("ملايين", "مليارات") and value < 1000:
            value *= 1_000_000 if tokens[j].norm == "ملايين" else 1_000_000_000
            j += 1  # عشرات ملايين الدولارات
        elif j < len(tokens) and tokens[j].norm in ("الملايين",):
            value *= 1_000_000
            j += 1
        return NumberMatch(_clean(value), i, j, vague=True, from_words=True)
    if kind in ("fraction", "fraction_ambiguous"):
        if kind == "fraction_ambiguous":
            return None
        scale, j = _scale_after(tokens, i + 1)
        return NumberMatch(_clean(float(w[1]) * scale), i, j, from_words=True)  # نصف مليون
    if kind == "teen":
        if i + 1 < len(tokens) and tokens[i + 1].norm in ("عشر", "عشره"):
            total, j = float(w[1]) + 10, i + 2
        else:
            return None
    elif kind in ("unit", "ten", "hundred", "scale", "scale_dual"):
        total, j = 0.0, i
    else:
        return None
    current = total
    total = 0.0
    first_word = j == i
    while j < len(tokens):
        w = _word(tokens[j])
        if w is None:
            break
        k, v, waw = w[0], float(w[1]), w[2]
        if not first_word and not waw and k not in ("scale", "scale_dual", "hundred", "unit"):
            break
        if not first_word and waw and k in ("scale", "scale_dual"):
            break
        if k == "unit" and v == 10 and current and current < 10 and not waw:
            current += 10  # ثلاثة عشر
        elif k in ("unit", "ten"):
            if not first_word and not waw:
                break
            current += v
        elif k == "hundred":
            if current and current < 10 and not waw:
                current *= v  # ثلاث مئة
            else:
                if not first_word and not waw:
                    break
                current += v
        elif k == "scale":
            total += (current or 1) * v
            current = 0
        elif k == "scale_dual":
            if current:
                break
            total += v
        elif k == "fraction" and waw and v == 0.5:
            # مليون ونصف (المليون)
            last_scale = 1.0
            for s in (1e9, 1e6, 1e3):
                if total >= s:
                    last_scale = s
                    break
            total += 0.5 * last_scale if total else 0.5
            nxt = tokens[j + 1] if j + 1 < len(tokens) else None
            if nxt is not None and nxt.article and table("number_words.tsv").get(nxt.stem_norm, ("", ""))[1] == "scale":
                j += 1
        else:
            break
        first_word = False
        j += 1
    value = total + current
    if value <= 0:
        return None
    if j < len(tokens) and 1 < value < 10:
        w = _word(tokens[j])
        if w and w[0] == "fraction_plural" and not w[2]:
            return NumberMatch(_clean(value * float(w[1])), i, j + 1, from_words=True)  # ثلاثة أرباع
    return NumberMatch(_clean(value), i, j, from_words=True)


def _clean(v: float) -> float | int:
    return int(v) if float(v).is_integer() else round(v, 6)


def approximator_before(tokens: list[Token], i: int) -> int | None:
    """Index of the first token of an approximator (نحو، أكثر من) that ends right before ``i``.

    The approximator's first word may carry a clitic (بنحو، لأكثر من).
    """
    approx = phrases("approximators.txt")
    for length in (4, 3, 2, 1):
        a = i - length
        if a < 0:
            continue
        window = tokens[a:i]
        if tuple(t.base_norm if k == 0 else t.norm for k, t in enumerate(window)) in approx:
            return a
        if tuple(t.norm for t in window) in approx:
            return a
    return None
