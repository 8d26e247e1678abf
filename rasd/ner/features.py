"""Token features for the NER tagger.

Almost every feature of a token is a function of that token's own surface form,
so the tagger can score a word type once and reuse the score wherever the type
occurs (see :mod:`rasd.ner.model`). Context enters through *windows*: the
features of the neighbours at offsets -2..+2, each prefixed with its offset. The
one exception is the whole-name gazetteer (:class:`SpanGazetteer`): whether a
token is the first, an inner or the only word of a known name depends on its
neighbours, so those ``m=`` features are computed per sentence and their
weights added on top of the per-type scores.

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
from collections.abc import Iterator
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
    "SpanGazetteer",
    "span_gazetteer",
    "split_clitics",
    "token_features",
    "window_features",
    "zipf",
]

DATA_DIR = Path(__file__).parent / "data"
#: Window offsets the model looks at.
OFFSETS: tuple[int, ...] = (-2, -1, 0, 1, 2)
#: Pseudo-token standing for the positions before and after a sentence.
PAD = "\x00PAD"
#: Features that name the word itself; training drops them for some tokens so
#: the model learns to tag from everything else (names it has never seen).
IDENTITY_KEYS = frozenset({"w", "s"})
#: Features that come from the shipped lists (hidden by training-time gazetteer dropout).
GAZETTEER_PREFIXES = ("g=", "m=")
#: Feature kinds also emitted for neighbouring tokens (offset != 0).
CONTEXT_KEYS = frozenset({"w", "s", "p", "ss2", "fq", "al", "sh", "g", "nisba", "pz", "m"})

_ARABIC = re.compile(r"^[\u0621-\u064A\u0671-\u06D3]+$")
_DIGITS = re.compile(r"^[0-9][0-9.,/:%-]*$")
_LATIN = re.compile(r"^[A-Za-z][A-Za-z.'-]*$")
_PUNCT = re.compile(r"^[^\w]+$")
# letters of foreign sounds (g, v, p, ch) and endings common in transliterations
_FOREIGN_LETTERS = frozenset("گچپڤڨژ")
_FOREIGN_ENDINGS = ("يتش", "فيتش", "وفيتش", "يفيتش", "سكي", "وف", "يف", "وفا", "يفا", "نكو",
                    "يو", "يني", "يللي", "يلي", "ولا", "ينو", "وني", "يز", "وز", "تون", "سون",
                    "برغ", "بورغ", "فيلد", "مان", "ستاين", "شتاين", "ير", "يه", "وس", "يس", "اس")
#: position of each ending in _FOREIGN_ENDINGS (features keep that order) and the lengths to try
_ENDING_RANK = {e: i for i, e in enumerate(_FOREIGN_ENDINGS)}
_ENDING_LENGTHS = tuple(sorted({len(e) for e in _FOREIGN_ENDINGS}))
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
        #: recent words' features (see features_of)
        self.feature_cache: dict[str, tuple[str, ...]] = {}
        kinds: dict[str, set[str]] = {}
        with open(data_dir / "wordfreq_ar.tsv", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#"):
                    continue
                w, z = line.rstrip("\n").split("\t")
                self.freq[w] = int(z)
        # kb_snapshot.tsv: the rasd.kb gazetteers as compiled when the model was trained
        for name in ("lexicon.tsv", "names.tsv", "names_foreign.tsv", "gazetteer_extra.tsv",
                     "kb_snapshot.tsv"):
            _read_kinds(data_dir / name, kinds)
        _read_person_words(data_dir / "gazetteer_names.tsv", kinds)
        # a nisba ending a name (محمد شياع السوداني) is evidence of a nisba, not of a name
        nisbas = set().union(*(v for k, v in kinds.items() if k.startswith("nisba")))
        for k in ("pfirst", "plast"):
            kinds[k] = kinds.get(k, set()) - nisbas
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


def _tsv_entries(path: Path) -> Iterator[tuple[str, str]]:
    """(kind, entry) pairs of a ``kind<TAB>entry`` data file; nothing when it is absent."""
    if not path.exists():
        return
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                kind, entry = line.rstrip("\n").split("\t")[:2]
                yield kind, entry


def _read_kinds(path: Path, kinds: dict[str, set[str]]) -> None:
    for kind, entry in _tsv_entries(path):
        _add(kinds, kind, entry)


def _read_person_words(path: Path, kinds: dict[str, set[str]]) -> None:
    """First and last words of the whole person names (kinds ``pfirst``, ``plast``)."""
    for kind, entry in _tsv_entries(path):
        if not kind.startswith("person"):
            continue
        words = [w for w in (_norm(x) for x in entry.split()) if len(w) >= 2]
        if not words:
            continue
        if len(words) > 1:
            kinds.setdefault("pfirst", set()).add(words[0])
        kinds.setdefault("plast", set()).add(words[-1])


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
        # the gender tells a club or a man (ليون الفرنسي) from a city or a woman (ليون الفرنسية)
        feats.append("nisba=1")
    # transliteration shape
    if not _FOREIGN_LETTERS.isdisjoint(s):
        feats.append("fl=1")
    ends = [_ENDING_RANK[e] for e in (s[-k:] for k in _ENDING_LENGTHS if n > k + 1) if e in _ENDING_RANK]
    if ends:
        feats.extend(f"fe={_FOREIGN_ENDINGS[i]}" for i in sorted(ends))
    vowels = s.count("ا") + s.count("و") + s.count("ي")
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


def zipf(token: str, lex: Lexicons | None = None) -> int:
    """How common a word is in general Arabic (Zipf x10, 0 when unlisted): the word as written
    (MATCH-normalized) or its clitic-stripped stem, whichever is more common."""
    freq = (lex or lexicons()).freq
    w = _norm(token)
    return max(freq.get(w, 0), freq.get(split_clitics(w)[1], 0))


#: Word types whose features a Lexicons keeps (emptied when full): enough for the new types of
#: one tagger call, which the summed tagger's models ask for one after the other.
_FEATURE_CACHE_MAX = 20_000


def features_of(token: str, lex: Lexicons) -> tuple[str, ...]:
    """:func:`token_features` of a token (``("pad",)`` for the padding token), kept by ``lex``
    for a while so that models tagging the same words compute them once."""
    if token == PAD:
        return ("pad",)
    cache = lex.feature_cache
    feats = cache.get(token)
    if feats is None:
        if len(cache) >= _FEATURE_CACHE_MAX:
            cache.clear()
        feats = cache[token] = tuple(token_features(token, lex))
    return feats


#: Entity class of each gazetteer kind, for whole-name matching (kinds not listed,
#: such as given names or titles, are single words that are not names alone).
SPAN_CLASSES: dict[str, str] = {
    "person": "PER", "person_sport": "PER", "person_politics": "PER", "person_arab": "PER",
    "person_culture": "PER",
    "org": "ORG", "club": "ORG", "company": "ORG", "media": "ORG", "org_intl": "ORG",
    "org_party": "ORG", "org_company": "ORG", "org_media": "ORG", "org_edu": "ORG",
    "org_club": "ORG", "org_gov": "ORG",
    "country": "LOC", "city": "LOC", "region": "LOC",
    "currency": "MISC", "competition": "MISC", "event": "MISC", "misc": "MISC",
    "misc_currency": "MISC", "misc_religion": "MISC", "misc_event": "MISC", "misc_product": "MISC",
}
#: Gazetteer files whose entries are matched as whole names.
SPAN_FILES: tuple[str, ...] = ("names.tsv", "gazetteer_extra.tsv", "gazetteer_names.tsv",
                               "kb_spans.tsv")
_SPAN_MAX = 8
#: A one-word match on a word at least this common (Zipf x10) is flagged as weak evidence.
_COMMON_ZIPF = 40


class SpanGazetteer:
    """Whole names from the gazetteers, matched longest-first over a sentence's tokens.

    The first word of a match may carry proclitics (والأمم المتحدة, لريال مدريد);
    later words must match as written (MATCH-normalized). Each matched token
    gets ``m=B-<class>`` / ``m=I-<class>`` (``m=U-<class>`` for a one-word name,
    plus ``m=Uc-<class>`` when that word is common in general Arabic).
    """

    def __init__(self, entries: dict[tuple[str, ...], frozenset[str]],
                 freq: dict[str, int] | None = None) -> None:
        self.entries = entries
        self.freq = freq or {}
        self.lengths: dict[str, tuple[int, ...]] = {}
        firsts: dict[str, set[int]] = {}
        for key in entries:
            firsts.setdefault(key[0], set()).add(len(key))
        self.lengths = {k: tuple(sorted(v, reverse=True)) for k, v in firsts.items()}
        #: the second words of the names of two or more words, by first word: most candidate
        #: starts fail here, before any longer key is built
        seconds: dict[str, set[str]] = {}
        for key in entries:
            if len(key) > 1:
                seconds.setdefault(key[0], set()).add(key[1])
        self.seconds: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in seconds.items()}
        self._start_cache: dict[str, tuple[tuple[str, tuple[int, ...]], ...]] = {}
        self._recent: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
        self._feature_cache: dict[tuple[frozenset[str], str, bool], tuple[str, ...]] = {}

    @classmethod
    def from_files(cls, data_dir: Path = DATA_DIR, files: tuple[str, ...] = SPAN_FILES,
                   freq: dict[str, int] | None = None) -> "SpanGazetteer":
        entries: dict[tuple[str, ...], set[str]] = {}
        for name in files:
            for kind, entry in _tsv_entries(data_dir / name):
                cls_ = SPAN_CLASSES.get(kind)
                if cls_ is None:
                    continue
                key = tuple(_norm(w) for w in entry.split())
                if 0 < len(key) <= _SPAN_MAX and all(key):
                    entries.setdefault(key, set()).add(cls_)
        return cls({k: frozenset(v) for k, v in entries.items()}, freq)

    @staticmethod
    def names(match: list[tuple[str, ...]]) -> list[tuple[int, int, list[str]]]:
        """The names a :meth:`match` result found: (first token, end, classes)."""
        out = []
        for i, feats in enumerate(match):
            heads = [f[4:] for f in feats if f.startswith(("m=B-", "m=U-"))]
            if not heads:
                continue
            j = i + 1
            if any(f.startswith("m=B-") for f in feats):
                while j < len(match) and any(f.startswith("m=I-") for f in match[j]):
                    j += 1
            out.append((i, j, heads))
        return out


    def _starts(self, token: str) -> tuple[tuple[str, tuple[int, ...]], ...]:
        """(first-word form, name lengths) pairs a name starting at ``token`` may have."""
        got = self._start_cache.get(token)
        if got is None:
            if len(self._start_cache) > 300_000:
                self._start_cache.clear()
            got = tuple((f, self.lengths[f]) for f in _first_forms(_norm(token)) if f in self.lengths)
            self._start_cache[token] = got
        return got

    def match(self, tokens: list[str]) -> list[tuple[str, ...]]:
        """Span features of each token (an empty tuple where nothing matched).

        The tagger and the entities component ask for the same sentence in turn,
        so the latest sentences' results are kept."""
        key = tuple(tokens)
        got = self._recent.get(key)
        if got is None:
            if len(self._recent) >= 2048:
                self._recent.clear()
            got = self._recent[key] = self._match(tokens)
        return got

    def _match(self, tokens: list[str] | tuple[str, ...]) -> list[tuple[str, ...]]:
        n = len(tokens)
        cache = self._start_cache
        starts = [cache.get(t) for t in tokens]
        if None in starts:
            starts = [s if s is not None else self._starts(t) for s, t in zip(starts, tokens)]
        if not any(starts):
            return [()] * n
        out: list[tuple[str, ...]] = [()] * n
        words = [_norm(t) for t in tokens]
        entries = self.entries
        seconds = self.seconds
        i = 0
        while i < n:
            if not starts[i]:
                i += 1
                continue
            best: tuple[int, frozenset[str]] | None = None
            nxt = words[i + 1] if i + 1 < n else None
            for first, lengths in starts[i]:
                longer = nxt in seconds.get(first, ())
                for L in lengths:
                    if best is not None and L <= best[0]:
                        break
                    if i + L > n or (L > 1 and not longer):
                        continue
                    classes = entries.get((first, *words[i + 1:i + L]))
                    if classes:
                        best = (L, classes)
                        break
            if best is None:
                i += 1
                continue
            L, classes = best
            if L == 1:
                w = words[i]
                common = max(self.freq.get(w, 0), self.freq.get(split_clitics(w)[1], 0)) >= _COMMON_ZIPF
                out[i] = self._features(classes, "U", common)
            else:
                out[i] = self._features(classes, "B", False)
                inner = self._features(classes, "I", False)
                for j in range(i + 1, i + L):
                    out[j] = inner
            i += L
        return out

    def _features(self, classes: frozenset[str], tag: str, common: bool) -> tuple[str, ...]:
        key = (classes, tag, common)
        got = self._feature_cache.get(key)
        if got is None:
            cs = sorted(classes)
            f = [f"m={tag}-{c}" for c in cs]
            if common:
                f += [f"m=Uc-{c}" for c in cs]
            got = self._feature_cache[key] = tuple(f)
        return got


@lru_cache(maxsize=300_000)
def _first_forms(word: str) -> tuple[str, ...]:
    """Forms the first word of a name may take once its proclitics are stripped."""
    pre, s = split_clitics(word)
    if not pre:
        return (word,)
    forms = [word, s, "ال" + s]
    if pre[0] in _PROCLITIC_CONJ:
        forms.append(word[1:])
    return tuple(dict.fromkeys(forms))


_SPANS: SpanGazetteer | None = None


def span_gazetteer() -> SpanGazetteer:
    """The shipped whole-name gazetteer, loaded once per process."""
    global _SPANS
    if _SPANS is None:
        _SPANS = SpanGazetteer.from_files(freq=lexicons().freq)
    return _SPANS


@lru_cache(maxsize=200_000)
def _cached_token_features(token: str) -> tuple[str, ...]:
    return tuple(token_features(token))


def window_features(tokens: list[str], drop: list[bool] | None = None,
                    hide: list[bool | str] | None = None) -> list[list[str]]:
    """Features of each position: its own features and its neighbours' (prefixed by offset).

    ``drop[i]`` removes the identity features of token ``i`` everywhere they
    appear (training-time word dropout); ``hide[i]`` removes its lexicon and
    whole-name evidence (training-time gazetteer dropout: names no list knows).
    """
    n = len(tokens)
    own = []
    spans = span_gazetteer().match(list(tokens))
    for i, t in enumerate(tokens):
        f = _cached_token_features(t)
        if drop is not None and drop[i]:
            f = tuple(x for x in f if x.split("=", 1)[0] not in IDENTITY_KEYS)
        if hide is not None and hide[i]:
            if hide[i] == "m":  # a common word of a hidden name: no whole-name evidence
                own.append(f)
            else:
                own.append(tuple(x for x in f if not x.startswith(GAZETTEER_PREFIXES)))
            continue
        own.append(f + spans[i])
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
