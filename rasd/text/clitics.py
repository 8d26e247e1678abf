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

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rasd.text.normalize import Normalization, normalize

__all__ = ["CLITIC", "Segmentation", "segment", "vocabulary"]

#: The normalization clitic analysis and its lexicon use.
CLITIC = Normalization("clitic", alef=True, ya=True, kaf=True, lower=True)

_CONJ = ("و", "ف")
_PREP = ("ب", "ك", "ل")
_FUTURE_FOLLOWERS = frozenset("يتنا")  # imperfect prefixes after سـ
_ENCLITICS = ("هما", "كما", "هم", "هن", "ها", "كم", "نا", "ني", "ه", "ك", "ي")

#: A remainder must be this frequent, and at least 1/RATIO as frequent as the
#: whole word, for a clitic reading to win. ك is a rare clitic and needs more.
_MIN_COUNT = {"و": 2, "ف": 2, "ب": 2, "ل": 2, "ك": 10, "س": 2}
_RATIO = {"و": 6.0, "ف": 3.0, "ب": 3.0, "ل": 3.0, "ك": 1.0, "س": 2.0}
_MIN_REST = {"ك": 3, "س": 3}

@dataclass(frozen=True, slots=True)
class Segmentation:
    """How a word splits, as lengths in the characters of its normalized form.

    ``prefix`` is the proclitic string (conjunction, preposition, future
    marker), ``article`` whether ``ال`` follows it (for ``لل`` the article's
    alef is elided in writing, so ``article`` is true and ``prefix`` is ``ل``),
    ``suffix`` the enclitic pronoun.
    """

    prefix: str
    article: bool
    suffix: str
    elided_alef: bool = False

    @property
    def prefix_len(self) -> int:
        """Characters before the base (the base keeps the article)."""
        return len(self.prefix) + (1 if self.elided_alef else 0)

    @property
    def stem_offset(self) -> int:
        """Characters before the stem (prefix and article)."""
        if self.elided_alef:
            return len(self.prefix) + 1
        return len(self.prefix) + (2 if self.article else 0)

    @property
    def is_split(self) -> bool:
        return bool(self.prefix or self.suffix or self.elided_alef)


NO_SPLIT = Segmentation("", False, "")


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


@lru_cache(maxsize=200_000)
def segment(word: str) -> Segmentation:
    """Split a word (already in :data:`CLITIC` normalization) into its clitics.

    >>> segment("والسيسي")
    Segmentation(prefix='و', article=True, suffix='', elided_alef=False)
    """
    if len(word) < 3 or not ("\u0621" <= word[0] <= "\u064a"):
        return NO_SPLIT
    vocab = vocabulary()
    if word in _exceptions():
        return _with_suffix(word, Segmentation("", word.startswith("ال"), ""), vocab)
    whole = vocab.get(word, 0)
    best = Segmentation("", word.startswith("ال") and len(word) >= 4, "")
    best_count = -1
    for prefix, article, elided in _prefixes(word):
        if not prefix:
            continue
        rest = word[len(prefix) :]
        if rest[:1].isdigit():
            return Segmentation(prefix, False, "")
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
            best, best_count = Segmentation(prefix, article, "", elided), count
    return _with_suffix(word, best, vocab)


def _with_suffix(word: str, seg: Segmentation, vocab: dict[str, int]) -> Segmentation:
    if seg.article:
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
            return Segmentation(seg.prefix, False, suf)
    return seg
