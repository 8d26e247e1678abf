"""Token features for the NER tagger.

Every feature of a token is a function of that token's own surface form, so the
tagger can score a word type once and reuse the score wherever the type occurs
(see :mod:`rasd.ner.model`). Context enters only through *windows*: the
features of the neighbours at offsets -2..+2, each prefixed with its offset.

Evidence meant to carry over to names never seen in training:

* the clitic-stripped stem, its affixes and character shape;
* how common the word is in general Arabic (a shipped frequency list): names,
  above all foreign ones, are rare words;
* lexicon membership (titles, speech verbs, organization and place head
  words, given names, countries, cities), looked up on MATCH-normalized forms
  with the clitics stripped, plus a snapshot of the :mod:`rasd.kb` gazetteers
  (:mod:`rasd.ner.gazetteer`);
* nisba adjectives (الكرواتي، الإنجليزية) that precede foreign names;
* transliteration shape: letters and endings typical of foreign names.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from rasd.text.normalize import MATCH, normalize

__all__ = [
    "OFFSETS",
    "IDENTITY_KEYS",
    "CONTEXT_KEYS",
    "PAD",
    "Lexicons",
    "lexicons",
    "split_clitics",
    "token_features",
    "window_features",
]

DATA_DIR = Path(__file__).parent / "data"
#: Window offsets the model looks at.
OFFSETS: tuple[int, ...] = (-2, -1, 0, 1, 2)
#: Pseudo-token standing for the positions before and after a sentence.
PAD = "\x00PAD"
#: Features that name the word itself; training drops them for some tokens so
#: the model learns to tag from everything else (names it has never seen).
IDENTITY_KEYS = frozenset({"w", "s"})
#: Feature kinds also emitted for neighbouring tokens (offset != 0).
CONTEXT_KEYS = frozenset({"w", "s", "p", "ss2", "fq", "al", "sh", "g", "nisba", "pz"})

_ARABIC = re.compile(r"^[\u0621-\u064A\u0671-\u06D3]+$")
_DIGITS = re.compile(r"^[0-9][0-9.,/:%-]*$")
_LATIN = re.compile(r"^[A-Za-z][A-Za-z.'-]*$")
_PUNCT = re.compile(r"^[^\w]+$")
# letters of foreign sounds (g, v, p, ch) and endings common in transliterations
_FOREIGN_LETTERS = frozenset("گچپڤڨژ")
_FOREIGN_ENDINGS = ("يتش", "فيتش", "وفيتش", "يفيتش", "سكي", "وف", "يف", "وفا", "يفا", "نكو",
                    "يو", "يني", "يللي", "يلي", "ولا", "ينو", "وني", "يز", "وز", "تون", "سون",
                    "برغ", "بورغ", "فيلد", "مان", "ستاين", "شتاين", "ير", "يه", "وس", "يس", "اس")
_PROCLITIC_CONJ = ("و", "ف")
NGRAMS: tuple[int, ...] = ()
_PROCLITIC_PREP = ("ب", "ل", "ك")


@lru_cache(maxsize=300_000)
def norm(word: str) -> str:
    """MATCH normalization of one word (cached: the tagger asks for the same words often)."""
    return normalize(word, MATCH)


_norm = norm


def split_clitics(word: str) -> tuple[str, str]:
    """Split a MATCH-normalized word into (proclitics, stem).

    Strips at most one conjunction (و ف), one preposition (ب ل ك) and the
    article ال (or the ل of لل), keeping a stem of at least two letters. The
    split is a guess (وزير is not و + زير); features use it as evidence only.
    """
    pre = ""
    w = word
    if len(w) > 3 and w[0] in _PROCLITIC_CONJ:
        pre, w = w[0], w[1:]
    if len(w) > 3 and w[0] in _PROCLITIC_PREP:
        if w[0] == "ل" and w[1] == "ل" and len(w) > 4:  # لل = ل + ال
            return pre + "لل", w[2:]
        pre, w = pre + w[0], w[1:]
    if len(w) > 3 and w.startswith("ال"):
        pre, w = pre + "ال", w[2:]
    return pre, w


class Lexicons:
    """Word lists used as features, all keyed by MATCH-normalized forms."""

    def __init__(self, data_dir: Path = DATA_DIR) -> None:
        self.freq: dict[str, int] = {}
        self.kinds: dict[str, frozenset[str]] = {}
        kinds: dict[str, set[str]] = {}
        with open(data_dir / "wordfreq_ar.tsv", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#"):
                    continue
                w, z = line.rstrip("\n").split("\t")
                self.freq[w] = int(z)
        # kb_snapshot.tsv: the rasd.kb gazetteers as compiled when the model was trained
        for name in ("lexicon.tsv", "names.tsv", "gazetteer_extra.tsv", "kb_snapshot.tsv"):
            _read_kinds(data_dir / name, kinds)
        for kind, words in kinds.items():
            self.kinds[kind] = frozenset(words)
        # one dict word -> sorted kinds, for a single look-up per candidate form
        index: dict[str, set[str]] = {}
        for kind, words in self.kinds.items():
            for w in words:
                index.setdefault(w, set()).add(kind)
        self.index: dict[str, tuple[str, ...]] = {w: tuple(sorted(k)) for w, k in index.items()}

    def kinds_of(self, forms: tuple[str, ...]) -> tuple[str, ...]:
        found: set[str] = set()
        for f in forms:
            k = self.index.get(f)
            if k:
                found.update(k)
        return tuple(sorted(found))


def _add(kinds: dict[str, set[str]], kind: str, entry: str) -> None:
    for part in _norm(entry).split():
        # a multi-word entry contributes each word; the head word is what matters
        if len(part) >= 2:
            kinds.setdefault(kind, set()).add(part)
            if part.startswith("ال") and len(part) > 4:
                kinds[kind].add(part[2:])


def _read_kinds(path: Path, kinds: dict[str, set[str]]) -> None:
    if not path.exists():
        return
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip() or line.startswith("#"):
                continue
            kind, entry = line.rstrip("\n").split("\t")[:2]
            _add(kinds, kind, entry)


_LEXICONS: Lexicons | None = None


def lexicons() -> Lexicons:
    """The shipped lexicons, loaded once per process."""
    global _LEXICONS
    if _LEXICONS is None:
        _LEXICONS = Lexicons()
    return _LEXICONS


def _shape(word: str) -> str:
    if _ARABIC.match(word):
        return "ar"
    if _DIGITS.match(word):
        return "num"
    if _LATIN.match(word):
        return "lat"
    if _PUNCT.match(word):
        return "punct"
    return "mix"


def _freq_bucket(z: int | None) -> str:
    if z is None:
        return "oov"
    return str(min(z // 5, 14))  # half-Zipf steps


def token_features(token: str, lex: Lexicons | None = None) -> list[str]:
    """Features of one token on its own, as ``key=value`` strings."""
    if token == PAD:
        return ["pad"]
    lex = lex or lexicons()
    w = _norm(token)
    if not w:
        w = token
    sh = _shape(w)
    feats = [f"w={w}", f"sh={sh}"]
    if sh != "ar":
        if sh == "num":
            feats.append(f"nlen={min(len(w), 5)}")
        elif sh == "punct":
            feats.append(f"s={w}")
        return feats
    pre, s = split_clitics(w)
    feats.append(f"s={s}")
    feats.append(f"p={pre}")
    feats.append(f"al={'ال' in pre}")
    n = len(s)
    feats.append(f"len={min(n, 9)}")
    for k in (1, 2, 3):
        if n > k:
            feats.append(f"sp{k}={s[:k]}")
            feats.append(f"ss{k}={s[-k:]}")
    # frequency in general Arabic: the word as written and its stem
    zw = lex.freq.get(w)
    zs = lex.freq.get(s)
    feats.append(f"fq={_freq_bucket(zw)}")
    feats.append(f"fqs={_freq_bucket(zs)}")
    # lexicon membership on the word and its clitic-stripped forms
    forms = (w, s, "ال" + s) if pre else (w,)
    if pre and len(pre) > 1 and pre[0] in _PROCLITIC_CONJ:
        forms = forms + (w[1:],)
    for kind in lex.kinds_of(forms):
        feats.append(f"g={kind}")
    # nisba adjective (nationality and origin): الكرواتي، الإنجليزية، والسوري
    if "ال" in pre and n >= 4 and (s.endswith("ي") or s.endswith("يه")) and not s.endswith("ايه"):
        feats.append("nisba=1")
    # transliteration shape
    if any(c in _FOREIGN_LETTERS for c in s):
        feats.append("fl=1")
    for e in _FOREIGN_ENDINGS:
        if n > len(e) + 1 and s.endswith(e):
            feats.append(f"fe={e}")
    vowels = sum(1 for c in s if c in "اوي")
    feats.append(f"vr={min(4, (4 * vowels) // max(n, 1))}")
    # character n-grams inside the stem (own position only)
    if NGRAMS and n >= 4:
        b = f"<{s}>"
        for k in NGRAMS:
            for i in range(len(b) - k + 1):
                feats.append(f"ng={b[i:i + k]}")
    # pz: "proper-noun-like": no article, rare in general Arabic, not in the lexicon
    if "ال" not in pre and (zs is None or zs < 30):
        feats.append("pz=1")
    return feats


@lru_cache(maxsize=200_000)
def _cached_token_features(token: str) -> tuple[str, ...]:
    return tuple(token_features(token))


def window_features(tokens: list[str], drop: list[bool] | None = None) -> list[list[str]]:
    """Features of each position: its own features and its neighbours' (prefixed by offset).

    ``drop[i]`` removes the identity features of token ``i`` everywhere they
    appear (training-time word dropout).
    """
    n = len(tokens)
    own = []
    for i, t in enumerate(tokens):
        f = _cached_token_features(t)
        if drop is not None and drop[i]:
            f = tuple(x for x in f if x.split("=", 1)[0] not in IDENTITY_KEYS)
        own.append(f)
    pad = ("pad",)
    out: list[list[str]] = []
    for i in range(n):
        feats = ["bias"]
        for o in OFFSETS:
            j = i + o
            f = own[j] if 0 <= j < n else pad
            if o == 0:
                feats.extend(f"0|{x}" for x in f)
            else:
                feats.extend(f"{o}|{x}" for x in f if x == "pad" or x.split("=", 1)[0] in CONTEXT_KEYS)
        out.append(feats)
    return out
