"""Clitic segmentation of Arabic words: proclitics, article, stem, enclitic.

Arabic writes conjunctions (و ف), prepositions (ب ك ل), the future marker (س),
the article (ال) and object/possessive pronouns (ـه ـها ـهم ...) glued to the
word. Components need the parts apart: the entity in ``والسيسي`` is
``السيسي``; the number in ``بـ1200`` is ``1200``.

Splitting is ambiguous (``وزير`` is one word, ``وقال`` is two), so every
candidate split is scored against a word-frequency lexicon shipped in
``data/vocab.tsv`` (rebuilt by ``scripts/build_vocab.py``): a split wins when
its remainder is a more frequent word than the whole, or when the remainder
carries the article. Unknown words are split only on strong evidence.

Analysis works on a normalized form (:data:`CLITIC`) where alef and ya forms
are folded but taa marbuta is kept, so ``رئيسة`` (a president) is not read as
``رئيس`` + ``ه`` (his president).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from rasd.text.normalize import MATCH, Normalization, NormalizedView, normalize

__all__ = ["CLITIC", "Segmentation", "match_from_clitic", "segment", "vocabulary"]

#: The normalization clitic analysis and its lexicon use.
CLITIC = Normalization("clitic", alef=True, ya=True, kaf=True, lower=True)

_CONJ = ("و", "ف")
_PREP = ("ب", "ك", "ل")
_FUTURE_FOLLOWERS = frozenset("يتنا")  # imperfect prefixes after سـ
_ENCLITICS = ("هما", "كما", "هم", "هن", "ها", "كم", "نا", "ه", "ك")  # not ي: news has nisbas (الإسرائيلي), rarely "my"

#: A remainder must be this frequent, and at least 1/RATIO as frequent as the
#: whole word, for a clitic reading to win. ك is a rare clitic and needs more.
_MIN_COUNT = {"و": 2, "ف": 2, "ب": 2, "ل": 2, "ك": 10, "س": 2}
_RATIO = {"و": 6.0, "ف": 3.0, "ب": 3.0, "ل": 3.0, "ك": 1.0, "س": 2.0}
_MIN_REST = {"ك": 3, "س": 3}

class Segmentation:
    """How a word splits, as lengths in the characters of its normalized form.

    ``prefix`` is the proclitic string (conjunction, preposition, future
    marker), ``article`` whether ``ال`` follows it (for ``لل`` the article's
    alef is elided in writing, so ``article`` is true and ``prefix`` is ``ل``),
    ``suffix`` the enclitic pronoun. ``prefix_len`` counts the characters before
    the base (which keeps the article), ``stem_offset`` those before the stem.

    Only a few dozen distinct splits exist; :func:`make` returns shared instances.
    """

    __slots__ = ("prefix", "article", "suffix", "elided_alef", "prefix_len", "stem_offset", "is_split")

    def __init__(self, prefix: str, article: bool, suffix: str, elided_alef: bool = False) -> None:
        self.prefix = prefix
        self.article = article
        self.suffix = suffix
        self.elided_alef = elided_alef
        self.prefix_len = len(prefix) + (1 if elided_alef else 0)
        self.stem_offset = len(prefix) + 1 if elided_alef else len(prefix) + (2 if article else 0)
        self.is_split = bool(prefix or suffix or elided_alef)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Segmentation) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def _key(self) -> tuple[str, bool, str, bool]:
        return (self.prefix, self.article, self.suffix, self.elided_alef)

    def __repr__(self) -> str:
        return (
            f"Segmentation(prefix={self.prefix!r}, article={self.article}, suffix={self.suffix!r}, "
            f"elided_alef={self.elided_alef})"
        )


_INTERNED: dict[tuple[str, bool, str, bool], Segmentation] = {}


def make(prefix: str, article: bool, suffix: str, elided_alef: bool = False) -> Segmentation:
    """A shared :class:`Segmentation` instance for these parts."""
    key = (prefix, article, suffix, elided_alef)
    seg = _INTERNED.get(key)
    if seg is None:
        seg = _INTERNED[key] = Segmentation(prefix, article, suffix, elided_alef)
    return seg


NO_SPLIT = make("", False, "")
_ARTICLE = make("", True, "")


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, int]:
    """Word counts in :data:`CLITIC` normalization, loaded once."""
    counts: dict[str, int] = {}
    ref = resources.files("rasd.text").joinpath("data/vocab.tsv")
    with ref.open("r", encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            word, _, n = line.rstrip("\n").partition("\t")
            w = normalize(word, CLITIC)
            counts[w] = counts.get(w, 0) + int(n or 1)
    return counts


@lru_cache(maxsize=1)
def _exceptions() -> frozenset[str]:
    """Whole words that only look like clitic + word (بحث is not ب + حث)."""
    ref = resources.files("rasd.text").joinpath("data/clitic_exceptions.txt")
    with ref.open("r", encoding="utf-8") as f:
        return frozenset(
            normalize(line.split("#", 1)[0].strip(), CLITIC)
            for line in f
            if line.split("#", 1)[0].strip()
        )


def _prefixes(word: str) -> list[tuple[str, bool, bool]]:
    """Candidate (prefix, article, elided_alef) readings of the word's start."""
    out: list[tuple[str, bool, bool]] = [("", word.startswith("ال"), False)]
    conj = word[0] if word and word[0] in _CONJ else ""
    rest = word[len(conj) :]
    if conj:
        out.append((conj, rest.startswith("ال"), False))
    if rest[:2] == "لل":
        out.append((conj + "ل", True, True))
    if rest and rest[0] in _PREP:
        after = rest[1:]
        out.append((conj + rest[0], after.startswith("ال"), False))
    if rest[:1] == "س" and rest[1:2] in _FUTURE_FOLLOWERS:
        out.append((conj + "س", False, False))
    return out


_PROCLITIC_FIRST = frozenset("وفبكلس")


@lru_cache(maxsize=200_000)
def segment(word: str) -> Segmentation:
    """Split a word (already in :data:`CLITIC` normalization) into its clitics.

    >>> segment("والسيسي")
    Segmentation(prefix='و', article=True, suffix='', elided_alef=False)
    """
    if len(word) < 3 or not ("\u0621" <= word[0] <= "\u064a"):
        return NO_SPLIT
    if word[0] not in _PROCLITIC_FIRST:
        # no proclitic possible: only the article and an enclitic are left to find
        if word.startswith("ال"):
            return _ARTICLE if len(word) >= 4 or word in _exceptions() else NO_SPLIT
        if word[-1] not in _ENCLITIC_LAST:
            return NO_SPLIT
        return _with_suffix(word, NO_SPLIT, vocabulary())
    vocab = vocabulary()
    exceptions = _exceptions()
    if word[0] in "وف" and word[1:] in exceptions:
        return _with_suffix(word, make(word[0], False, ""), vocab)  # وبحث = و + بحث, not و + ب + حث
    if word in exceptions:
        return _with_suffix(word, make("", word.startswith("ال"), ""), vocab)
    whole = vocab.get(word, 0)
    best = make("", word.startswith("ال") and len(word) >= 4, "")
    best_count = -1
    for prefix, article, elided in _prefixes(word):
        if not prefix:
            continue
        rest = word[len(prefix) :]
        if rest[:1].isdigit():
            return make(prefix, False, "")
        last = prefix[-1]
        if elided:
            # لل + stem: the article's alef is not written (للأمم = ل + الأمم)
            if len(rest) < 3:
                continue
            count = vocab.get("ا" + rest, 0) + 1
        elif article:
            if len(rest) < 4 or rest in _exceptions():
                continue
            count = vocab.get(rest, 0) + 1
        else:
            if len(rest) < _MIN_REST.get(last, 2) or rest in _exceptions():
                continue
            count = vocab.get(rest, 0)
            if count < _MIN_COUNT[last] or count * _RATIO[last] < whole:
                if not (count == 0 and whole == 0 and prefix == "و" and len(rest) >= 3):
                    continue  # an unknown word starting with و is usually و + word
        if count > best_count:
            best, best_count = make(prefix, article, "", elided), count
    return _with_suffix(word, best, vocab)


_ENCLITIC_LAST = frozenset(s[-1] for s in _ENCLITICS)


def _with_suffix(word: str, seg: Segmentation, vocab: dict[str, int]) -> Segmentation:
    if seg.article or word[-1] not in _ENCLITIC_LAST:
        return seg  # the article and a pronoun suffix exclude each other
    body = word[len(seg.prefix) :]
    whole = vocab.get(body, 0)
    for suf in _ENCLITICS:
        if not body.endswith(suf) or len(body) - len(suf) < 3:
            continue
        stem = body[: -len(suf)]
        candidates = [stem]
        if stem.endswith("ت"):
            candidates.append(stem[:-1] + "ة")  # حكومته = حكومة + ه
        if stem.endswith("ا") and suf in ("ه", "ها", "هم", "هما", "هن", "ك", "كم", "نا"):
            candidates.append(stem[:-1] + "ي")  # مستواه = مستوى + ه (ى folds to ي)
        count = max(vocab.get(c, 0) for c in candidates)
        if count >= 3 and count > 2 * whole:
            return make(seg.prefix, False, suf)
    return seg


_TEH_TO_HA = str.maketrans({"ة": "ه"})


def match_from_clitic(view: NormalizedView) -> NormalizedView:
    """The MATCH view from the CLITIC view: they differ only by ة -> ه, one character
    for one, so the offset map is shared and no second pass over the text is needed."""
    return NormalizedView(view.original, view.text.translate(_TEH_TO_HA), MATCH, view._n, view._o, view._olen)
