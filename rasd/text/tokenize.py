"""Tokens with original offsets and their clitic split.

Tokens are found on the :data:`~rasd.text.clitics.CLITIC` view of the text (so
diacritics, tatweel and bidi marks never split a word) and reported with
offsets into the original. Each word token knows where its proclitics end and
its enclitic begins, in original offsets: ``والسيسي`` has ``base_start`` at
``ا``; ``بـ1200`` is a number token whose ``base_start`` is at ``1``.
"""

from __future__ import annotations

import re

from rasd.text.clitics import CLITIC, NO_SPLIT, segment
from rasd.text.normalize import NormalizedView, normalize_view

__all__ = ["Token", "tokenize", "WORD", "NUMBER", "DATE", "LATIN", "PUNCT"]

WORD = "word"  # Arabic-script word
NUMBER = "number"  # digits, possibly with separators and glued proclitics (بـ1200)
DATE = "date"  # numeric date: 14/3/2019, 2019-03-14
LATIN = "latin"  # a word in another script (Latin, Cyrillic, ...)
PUNCT = "punct"  # one punctuation mark or symbol

_AR = "\u0621-\u063a\u0641-\u064a\u066e-\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06ff\u0750-\u077f\u08a0-\u08c9"
_NUM = r"\d+(?:[.,]\d+)*"
_TOKEN_RE = re.compile(
    rf"(?P<date>\d{{1,4}}[/\-]\d{{1,2}}[/\-]\d{{1,4}}(?![\d/\-]))"
    rf"|(?P<num>{_NUM})"
    rf"|(?P<cnum>(?:[وف]?[بلك]|[وف])(?:ال)?{_NUM}|ال{_NUM})"
    rf"|(?P<word>[{_AR}]+)"
    rf"|(?P<latin>[^\W\d_]+(?:['’\-][^\W\d_]+)*)"
    rf"|(?P<punct>[^\w\s])"
    rf"|(?P<other>\w)"
)
_KIND = {"date": DATE, "num": NUMBER, "cnum": NUMBER, "word": WORD, "latin": LATIN, "punct": PUNCT, "other": PUNCT}
_TO_MATCH = str.maketrans({"ة": "ه"})  # CLITIC view -> MATCH normalization


class Token:
    """One token: its original span, its normalized form and its clitic split.

    ``base_start``..``base_end`` is the word without proclitics and enclitic
    (the article stays: ``والأردن`` -> ``الأردن``); ``stem_start`` also drops
    the article. All four are offsets into the original text.
    """

    __slots__ = (
        "i",
        "start",
        "end",
        "text",
        "norm",
        "kind",
        "prefix",
        "article",
        "suffix",
        "base_start",
        "base_end",
        "stem_start",
        "base_norm",
    )

    def __init__(self, i: int, start: int, end: int, text: str, norm: str, kind: str) -> None:
        self.i = i
        self.start = start
        self.end = end
        self.text = text
        self.norm = norm
        self.kind = kind
        self.prefix = ""
        self.article = False
        self.suffix = ""
        self.base_start = start
        self.base_end = end
        self.stem_start = start
        #: Normalized form without proclitics and enclitic, article kept; for
        #: ``للأمم`` the elided alef is restored: ``الامم``.
        self.base_norm = norm

    @property
    def stem_norm(self) -> str:
        """Normalized form without any clitic or article."""
        base = self.base_norm
        return base[2:] if self.article and base.startswith("ال") else base

    def __repr__(self) -> str:
        split = ""
        if self.prefix or self.suffix or self.article:
            split = f" [{self.prefix}+{'ال+' if self.article else ''}…+{self.suffix}]"
        return f"Token({self.i}, {self.text!r}, {self.kind}, {self.start}:{self.end}{split})"


def tokenize(text: str, view: NormalizedView | None = None) -> list[Token]:
    """Split ``text`` into tokens; ``view`` is its :data:`CLITIC` view if already built."""
    if view is None:
        view = normalize_view(text, CLITIC)
    elif view.normalization is not CLITIC:
        raise ValueError("tokenize() needs the CLITIC view of the text")
    vt = view.text
    mt = vt.translate(_TO_MATCH)
    identity = view.is_identity
    # Tokens come in order, so the offset map is walked once instead of searched.
    pn, po, pl = view._n, view._o, view._olen
    npieces = len(pn)
    p = 0
    tokens: list[Token] = []
    append = tokens.append
    kinds = _KIND
    new = object.__new__
    for m in _TOKEN_RE.finditer(vt):
        group = m.lastgroup
        ns, ne = m.span()
        if identity:
            os_, oe = ns, ne
        else:
            while p + 1 < npieces and pn[p + 1] <= ns:
                p += 1
            os_ = po[p] if pl[p] else po[p] + ns - pn[p]
            q = p
            while q + 1 < npieces and pn[q + 1] <= ne - 1:
                q += 1
            oe = po[q] + pl[q] if pl[q] else po[q] + ne - pn[q]
            if tokens and os_ < tokens[-1].end:
                # one original character expanded into several words (ﷺ): keep one token
                prev = tokens[-1]
                if oe > prev.end:
                    prev.end = prev.base_end = oe
                    prev.text = text[prev.start : oe]
                continue
        kind = kinds[group]  # type: ignore[index]
        norm = mt[ns:ne]
        tok = new(Token)
        tok.i, tok.start, tok.end, tok.text, tok.norm, tok.kind = len(tokens), os_, oe, text[os_:oe], norm, kind
        tok.prefix, tok.article, tok.suffix = "", False, ""
        tok.base_start, tok.base_end, tok.stem_start, tok.base_norm = os_, oe, os_, norm
        if group == "word":
            seg = segment(vt[ns:ne])
            if seg is not NO_SPLIT:
                if seg.is_split:
                    tok.prefix, tok.article, tok.suffix = seg.prefix, seg.article, seg.suffix
                    b, st, e = ns + seg.prefix_len, ns + seg.stem_offset, ne - len(seg.suffix)
                    core = tok.norm[seg.prefix_len : len(tok.norm) - len(seg.suffix)]
                    tok.base_norm = "ال" + core if seg.elided_alef else core
                    if identity:
                        tok.base_start, tok.stem_start, tok.base_end = os_ + b - ns, os_ + st - ns, os_ + e - ns
                    else:
                        tok.base_start = _start_at(pn, po, pl, npieces, p, b)
                        tok.stem_start = _start_at(pn, po, pl, npieces, p, st)
                        tok.base_end = _end_at(pn, po, pl, npieces, p, e)
                elif seg.article:
                    tok.article = True
                    tok.stem_start = os_ + 2 if identity else _start_at(pn, po, pl, npieces, p, ns + 2)
        elif group == "cnum":
            form = vt[ns:ne]
            norm = tok.norm
            k = len(form) - len(form.lstrip("وفبلكا"))
            lead = form[:k]
            article = lead.endswith("ال")
            prefix = lead[:-2] if article else lead
            tok.prefix, tok.article = prefix, article
            tok.base_norm = norm[len(prefix) :]
            tok.base_start = os_ + len(prefix) if identity else view.start_to_original(ns + len(prefix))
            tok.stem_start = os_ + k if identity else view.start_to_original(ns + k)
        append(tok)
    return tokens


def _start_at(pn: list[int], po: list[int], pl: list[int], npieces: int, p: int, n: int) -> int:
    """Original offset of normalized character ``n``, walking the map from piece ``p``."""
    while p + 1 < npieces and pn[p + 1] <= n:
        p += 1
    return po[p] if pl[p] else po[p] + n - pn[p]


def _end_at(pn: list[int], po: list[int], pl: list[int], npieces: int, p: int, n: int) -> int:
    """Original offset just after normalized character ``n - 1``."""
    n -= 1
    while p + 1 < npieces and pn[p + 1] <= n:
        p += 1
    return po[p] + pl[p] if pl[p] else po[p] + n + 1 - pn[p]
