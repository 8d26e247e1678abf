"""Normalization of Arabic text, as pure functions and as views that map back.

Two ways in:

* pure ``str -> str`` helpers (:func:`dediac`, :func:`normalize_alef`, ...) for
  lexicon entries, queries and anything else that needs no offsets;
* :func:`normalize_view`, which returns a :class:`NormalizedView`: the
  normalized text plus a map from every normalized character back to the
  characters of the original it came from. Components match on the view and
  report spans of the original, which is never modified.

A view is built from per-character rules. Most characters map to exactly one
character (alef forms, ya, digits); those are rewritten with ``str.translate``
and need no bookkeeping. Only characters that disappear (diacritics, tatweel,
bidi marks) or expand (presentation-form ligatures under NFKC) create entries
in the offset map, so the map of a typical article is a handful of pieces.
A deleted diacritic or tatweel belongs to the letter before it: the span of
``محمّد`` in the original covers the shadda.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from rasd.text import chars

__all__ = [
    "Normalization",
    "MATCH",
    "LIGHT",
    "NormalizedView",
    "normalize_view",
    "normalize",
    "normalize_unicode",
    "dediac",
    "remove_tatweel",
    "remove_invisibles",
    "normalize_alef",
    "normalize_ya",
    "normalize_teh_marbuta",
    "normalize_digits",
]

_DIGIT_MAP = {
    **{d: str(i) for i, d in enumerate(chars.ARABIC_INDIC_DIGITS)},
    **{d: str(i) for i, d in enumerate(chars.PERSIAN_DIGITS)},
    chars.ARABIC_DECIMAL_SEPARATOR: ".",
    chars.ARABIC_THOUSANDS_SEPARATOR: ",",
    chars.ARABIC_PERCENT: "%",
}


@dataclass(frozen=True)
class Normalization:
    """Which rewrites a normalized view applies. Each flag is one rule."""

    name: str
    unicode: bool = True  # NFKC: presentation forms, ligatures, fullwidth, nbsp
    diacritics: bool = True  # harakat, tanwin, shadda, sukun, superscript alef
    tatweel: bool = True
    invisibles: bool = True  # bidi marks, zero-width characters, BOM
    digits: bool = True  # Arabic-Indic and Persian digits and separators -> ASCII
    alef: bool = False  # أ إ آ ٱ -> ا
    ya: bool = False  # ى ی -> ي
    teh_marbuta: bool = False  # ة -> ه
    kaf: bool = False  # ک -> ك
    lower: bool = False  # Latin case folding

    _tables: dict = field(default_factory=dict, compare=False, hash=False, repr=False)

    def map_char(self, c: str) -> str:
        """The normalized form of one original character ('' when it disappears)."""
        return _map_char(self, c)


#: Everything folded: for lexicon lookups, search and matching across spellings.
MATCH = Normalization("match", alef=True, ya=True, teh_marbuta=True, kaf=True, lower=True)
#: Orthography kept (hamza, ya, taa marbuta); marks, tatweel and controls removed.
LIGHT = Normalization("light")


@lru_cache(maxsize=None)
def _map_char(opts: Normalization, c: str) -> str:
    s = unicodedata.normalize("NFKC", c) if opts.unicode else c
    out = []
    for x in s:
        if opts.diacritics and x in chars.DIACRITICS:
            continue
        if opts.tatweel and x == chars.TATWEEL:
            continue
        if opts.invisibles and x in chars.INVISIBLES:
            continue
        if opts.digits and x in _DIGIT_MAP:
            x = _DIGIT_MAP[x]
        elif opts.alef and x in chars.ALEF_VARIANTS:
            x = chars.ALEF
        elif opts.ya and (x == chars.ALEF_MAQSURA or x == chars.FARSI_YA):
            x = chars.YA
        elif opts.teh_marbuta and x == chars.TAA_MARBUTA:
            x = chars.HA
        elif opts.kaf and x == chars.KEHEH:
            x = chars.KAF
        elif opts.lower and x.isupper():
            x = x.lower()
            if len(x) != 1:  # e.g. 'İ' lowers to two characters; keep it as is
                x = s if len(s) == 1 else x
        out.append(x)
    return "".join(out)


@lru_cache(maxsize=1)
def _bmp_candidates() -> tuple[str, ...]:
    """BMP characters that some rule may change: NFKC-unstable ones plus our sets."""
    explicit = (
        set(chars.DIACRITICS)
        | set(chars.INVISIBLES)
        | set(chars.ALEF_VARIANTS)
        | set(_DIGIT_MAP)
        | {chars.TATWEEL, chars.ALEF_MAQSURA, chars.FARSI_YA, chars.TAA_MARBUTA, chars.KEHEH}
    )
    unstable = {
        chr(c)
        for c in range(0x80, 0x10000)
        if not 0xD800 <= c <= 0xDFFF and not unicodedata.is_normalized("NFKC", chr(c))
    }
    upper_latin = {chr(c) for c in range(0x41, 0x5B)} | {
        chr(c) for c in range(0xC0, 0x250) if chr(c).isupper()
    }
    return tuple(sorted(explicit | unstable | upper_latin))


class _Tables:
    """Per-normalization tables: a translate table for 1:1 rewrites, and the
    pattern of characters that need an entry in the offset map."""

    __slots__ = ("translate", "irregular_re", "attach", "irregular")

    def __init__(self, opts: Normalization) -> None:
        translate: dict[int, str] = {}
        irregular: set[str] = set()
        attach: set[str] = set()
        for c in _bmp_candidates():
            m = _map_char(opts, c)
            if m == c:
                continue
            if len(m) == 1:
                translate[ord(c)] = m
            else:
                irregular.add(c)
                if m == "" and (unicodedata.combining(c) or c == chars.TATWEEL):
                    attach.add(c)
        self.translate = translate
        self.irregular = frozenset(irregular)
        self.attach = frozenset(attach)
        cls = "".join(_class_ranges(sorted(irregular)))
        # Astral characters (emoji, mathematical letters) are rare: map them lazily.
        self.irregular_re = re.compile(f"[{cls}\U00010000-\U0010ffff]+")


def _class_ranges(cs: list[str]) -> list[str]:
    """Compact a sorted list of characters into regex class ranges."""
    out: list[str] = []
    i = 0
    while i < len(cs):
        j = i
        while j + 1 < len(cs) and ord(cs[j + 1]) == ord(cs[j]) + 1:
            j += 1
        lo, hi = re.escape(cs[i]), re.escape(cs[j])
        out.append(lo if i == j else f"{lo}-{hi}")
        i = j + 1
    return out


def _tables(opts: Normalization) -> _Tables:
    t = opts._tables.get("t")
    if t is None:
        t = opts._tables["t"] = _Tables(opts)
    return t


class NormalizedView:
    """A normalized copy of a text with a map back to original offsets.

    The map is a list of pieces, each starting at a normalized offset ``n`` and
    an original offset ``o``. A *linear* piece maps character for character;
    an *atomic* piece (``olen > 0``) stands for ``olen`` original characters as
    a whole, e.g. a letter with its diacritics or a ligature that expanded.
    """

    __slots__ = ("original", "text", "normalization", "_n", "_o", "_olen")

    def __init__(
        self,
        original: str,
        text: str,
        normalization: Normalization,
        n: list[int],
        o: list[int],
        olen: list[int],
    ) -> None:
        self.original = original
        self.text = text
        self.normalization = normalization
        self._n = n
        self._o = o
        self._olen = olen

    def __repr__(self) -> str:
        return f"NormalizedView({self.normalization.name!r}, {self.text[:40]!r}, pieces={len(self._n)})"

    def __len__(self) -> int:
        return len(self.text)

    @property
    def is_identity(self) -> bool:
        """True when every normalized offset equals its original offset."""
        return len(self._n) == 1 and self._olen[0] == 0 and self._o[0] == 0 and len(self.text) == len(self.original)

    def _piece(self, n: int) -> int:
        return bisect_right(self._n, n) - 1

    def start_to_original(self, n: int) -> int:
        """Original offset where the normalized character at ``n`` begins."""
        if n >= len(self.text):
            return len(self.original)
        i = self._piece(n)
        if self._olen[i]:
            return self._o[i]
        return self._o[i] + n - self._n[i]

    def end_to_original(self, n: int) -> int:
        """Original offset just after the normalized character at ``n - 1``."""
        if n <= 0:
            return self.start_to_original(0) if self.text else 0
        i = self._piece(n - 1)
        if self._olen[i]:
            return self._o[i] + self._olen[i]
        return self._o[i] + n - self._n[i]

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized span to the original span that produced it."""
        if end <= start:
            o = self.start_to_original(start)
            return o, o
        return self.start_to_original(start), self.end_to_original(end)

    def from_original(self, o: int, side: str = "start") -> int:
        """Normalized offset for original offset ``o``.

        ``side='start'`` gives the first normalized character at or after ``o``;
        ``side='end'`` gives the end of the normalized characters before ``o``.
        An offset inside an atomic piece moves to its start or its end.
        """
        if o <= 0:
            return 0
        if o >= len(self.original):
            return len(self.text)
        i = bisect_right(self._o, o) - 1
        if i < 0:
            return 0
        n0, o0, olen = self._n[i], self._o[i], self._olen[i]
        nlen = (self._n[i + 1] if i + 1 < len(self._n) else len(self.text)) - n0
        if olen:
            if o == o0:
                return n0
            return n0 + nlen if side == "end" or o >= o0 + olen else n0
        if o - o0 < nlen:
            return n0 + (o - o0)
        return n0 + nlen  # inside characters that were removed

    def span_from_original(self, start: int, end: int) -> tuple[int, int]:
        """Map an original span to the normalized span inside it."""
        s = self.from_original(start, "start")
        e = self.from_original(end, "end")
        return (s, max(s, e))


def normalize_view(text: str, normalization: Normalization = MATCH) -> NormalizedView:
    """Normalize ``text`` and keep the map back to its original offsets."""
    t = _tables(normalization)
    table = t.translate
    attach = t.attach
    out: list[str] = []
    ns: list[int] = []
    os_: list[int] = []
    olens: list[int] = []
    npos = 0  # normalized characters emitted
    pos = 0  # original characters consumed

    def linear(n: int, o: int) -> None:
        # Start a linear piece unless the previous one simply continues.
        if ns and olens[-1] == 0 and n - ns[-1] == o - os_[-1]:
            return
        ns.append(n)
        os_.append(o)
        olens.append(0)

    for m in t.irregular_re.finditer(text):
        a, b = m.span()
        if text[a] in attach and a > pos:
            a -= 1  # the letter before a diacritic carries it
        if a > pos:
            seg = text[pos:a].translate(table)
            linear(npos, pos)
            out.append(seg)
            npos += len(seg)
        i = a
        while i < b:
            c = text[i]
            j = i + 1
            while j < b and text[j] in attach:
                j += 1
            mapped = _map_char(normalization, c)
            if mapped:
                if j - i == 1 and len(mapped) == 1:
                    linear(npos, i)
                else:
                    ns.append(npos)
                    os_.append(i)
                    olens.append(j - i)
                out.append(mapped)
                npos += len(mapped)
            i = j
        pos = b
    if pos < len(text) or not ns:
        seg = text[pos:].translate(table)
        linear(npos, pos)
        out.append(seg)
    return NormalizedView(text, "".join(out), normalization, ns, os_, olens)


def normalize(text: str, normalization: Normalization = MATCH) -> str:
    """The normalized text alone, for lexicon entries and queries."""
    t = _tables(normalization)
    if t.irregular_re.search(text) is None:  # only one-to-one character mappings: no offset map needed
        return text.translate(t.translate)
    return normalize_view(text, normalization).text


# --- single-rule helpers -------------------------------------------------------

_DEDIAC = {ord(c): None for c in chars.DIACRITICS}
_TATWEEL = {ord(chars.TATWEEL): None}
_INVISIBLE = {ord(c): None for c in chars.INVISIBLES}
_ALEF = {ord(c): chars.ALEF for c in chars.ALEF_VARIANTS}
_YA = {ord(chars.ALEF_MAQSURA): chars.YA, ord(chars.FARSI_YA): chars.YA}
_TEH = {ord(chars.TAA_MARBUTA): chars.HA}
_DIGITS = {ord(k): v for k, v in _DIGIT_MAP.items()}


def normalize_unicode(text: str) -> str:
    """NFKC: presentation forms and ligatures become plain letters (ﻷ -> لأ)."""
    return unicodedata.normalize("NFKC", text)


def dediac(text: str) -> str:
    """Remove harakat, tanwin, shadda, sukun and superscript alef."""
    return text.translate(_DEDIAC)


def remove_tatweel(text: str) -> str:
    """Remove the kashida (ـ) used to stretch words."""
    return text.translate(_TATWEEL)


def remove_invisibles(text: str) -> str:
    """Remove bidi marks and embeddings, zero-width characters and the BOM."""
    return text.translate(_INVISIBLE)


def normalize_alef(text: str) -> str:
    """أ إ آ ٱ -> ا."""
    return text.translate(_ALEF)


def normalize_ya(text: str) -> str:
    """Alef maqsura ى and Farsi ya ی -> ي."""
    return text.translate(_YA)


def normalize_teh_marbuta(text: str) -> str:
    """ة -> ه, as both spellings occur at the end of the same word."""
    return text.translate(_TEH)


def normalize_digits(text: str) -> str:
    """Arabic-Indic and Persian digits, ٫ ٬ ٪ -> ASCII digits , . %."""
    return text.translate(_DIGITS)
