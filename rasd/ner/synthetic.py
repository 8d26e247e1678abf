"""Synthetic news sentences written for rasd, added to ANERcorp when the tagger is trained.

ANERcorp's test split is later news than its training split, full of names the training
split never shows (foreign athletes, ministers of other countries, companies). The files in
``data/ner/synthetic/`` of the source tree (training data, not installed with the package)
hold news-style sentences written for rasd by language-model helpers from general knowledge
(no corpus was copied; many minor names are invented, and the facts are not checked), one
sentence a line, each entity marked inline::

    وسجل [PER كاسياس] [PER وراموس] ( 25 ) لفريق [ORG ريال مدريد] في [MISC كأس العالم] .

:func:`read_marked` turns such a file into ANERcorp-style ``(token, tag)`` sentences: the
text is split on spaces with punctuation as separate tokens, clitics stay attached (as in
ANERcorp), and the tags are IOB2 with ANERcorp's ``PERS``. :func:`conform` then applies the
annotation habits measured on ANERcorp's training split where the writers' differ
(``conventions.tsv``: ministries, armies and governments are not entities there; ``شركة``,
``صحيفة``, ``حركة`` stay outside the name they introduce).

Measured on two pooled dev folds of ANERcorp train (``benchmarks/bench_ner_folds.py``): the CRF
on ANERcorp alone 0.781 F1; with the first round (six files) as written 0.788, conformed 0.796;
with both rounds (13 files, shipped) 0.806. Test F1 of the refitted model: 0.732 -> 0.752.
:func:`align` (training option ``align_min``) goes further from ANERcorp's own counts; it
made the two rounds kept aside harmless (0.802 with all four) but not better (0.804 with two).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from rasd.ner.features import _norm, lexicons, split_clitics
from rasd.ner.scorer import chunks

__all__ = ["SYNTHETIC_DIR", "available", "files", "read_marked", "conform", "align", "load", "MarkupError"]

SYNTHETIC_DIR = Path(__file__).resolve().parents[2] / "data" / "ner" / "synthetic"
_CONVENTIONS = SYNTHETIC_DIR / "conventions.tsv"

_TAGS = {"PER": "PERS", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
_ENTITY = re.compile(r"\[(PER|ORG|LOC|MISC) ([^\[\]]+?)\]")
_GLUED = re.compile(r"(\S+)\[(PER|ORG|LOC|MISC) ")
_PUNCT = frozenset('.,،؛;:!?"\'«»()[]{}-/…')
#: A word at least this common (Zipf x10) after a head word makes the name descriptive.
_COMMON = 40

Sentence = list[tuple[str, str]]


class MarkupError(ValueError):
    """A marked-up line that cannot be read (unbalanced or nested brackets, a bracket inside a word)."""


def _tokens(text: str) -> list[str]:
    out: list[str] = []
    for w in text.split():
        lead: list[str] = []
        trail: list[str] = []
        while w and w[0] in _PUNCT:
            lead.append(w[0])
            w = w[1:]
        while w and w[-1] in _PUNCT:
            trail.insert(0, w[-1])
            w = w[:-1]
        out += lead + ([w] if w else []) + trail
    return out


def parse_line(line: str) -> Sentence:
    """The ``(token, tag)`` pairs of one marked-up line; raises :class:`MarkupError`."""
    # a proclitic written outside the bracket (و[PER راموس]) belongs to the word
    line = _GLUED.sub(lambda m: m.group(0) if m.group(1)[-1] in _PUNCT
                      else f"[{m.group(2)} {m.group(1)}", line.strip())
    out: Sentence = []
    pos = 0
    for m in _ENTITY.finditer(line):
        plain = line[pos:m.start()]
        if "[" in plain or "]" in plain:
            raise MarkupError(f"unbalanced bracket before {m.group(0)!r}")
        out += [(t, "O") for t in _tokens(plain)]
        words = _tokens(m.group(2))
        while words and words[0] in _PUNCT:
            out.append((words.pop(0), "O"))
        tail: list[str] = []
        while words and words[-1] in _PUNCT:
            tail.insert(0, words.pop())
        if not words:
            raise MarkupError(f"empty entity {m.group(0)!r}")
        tag = _TAGS[m.group(1)]
        out += [(t, ("B-" if i == 0 else "I-") + tag) for i, t in enumerate(words)]
        out += [(t, "O") for t in tail]
        pos = m.end()
        if pos < len(line) and not line[pos].isspace() and line[pos] not in _PUNCT:
            raise MarkupError(f"entity {m.group(0)!r} ends inside a word")
    rest = line[pos:]
    if "[" in rest or "]" in rest:
        raise MarkupError("unbalanced bracket")
    out += [(t, "O") for t in _tokens(rest)]
    return out


def read_marked(path: str | Path) -> Iterator[Sentence]:
    """Sentences of a marked-up file (lines that cannot be read are skipped)."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip() or line.startswith("#"):
                continue
            try:
                yield parse_line(line)
            except MarkupError:
                continue


def available() -> bool:
    """Whether the synthetic sentences are here (a source checkout, not an installed package)."""
    return _CONVENTIONS.exists()


def files(globs: str = "*.txt") -> list[Path]:
    """The marked-up files matching comma-separated ``globs`` under :data:`SYNTHETIC_DIR`
    (``*.txt``: the sentences training reads; ``unused/*.txt``: the rounds left out)."""
    return sorted({f for g in globs.split(",") if g for f in SYNTHETIC_DIR.glob(g)})


@lru_cache(maxsize=1)
def _conventions() -> dict[tuple[str, str], frozenset[str]]:
    rules: dict[tuple[str, str], set[str]] = {}
    with open(_CONVENTIONS, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip() or line.startswith("#"):
                continue
            action, typ, word = line.rstrip("\n").split("\t")
            rules.setdefault((action, typ), set()).add(_norm(word))
    return {k: frozenset(v) for k, v in rules.items()}


def conform(sent: Sentence, rules: dict[tuple[str, str], frozenset[str]] | None = None,
            stats: Counter | None = None) -> Sentence:
    """The sentence with ANERcorp's annotation habits applied to its entities.

    ``drop``: an entity whose first word (clitics aside) is one of these is not an entity
    (``وزارة الخارجية``، ``الجيش اللبناني``). ``strip``: the head word leaves the entity
    (``شركة [نوكيا]``); when the next word is a common word the name is descriptive
    (``وكالة الأنباء القطرية``، ``الشركة السعودية للكهرباء``) and, as mostly in ANERcorp, not
    an entity at all, except for places (``مطار [الخرطوم]``). Pooled two-fold dev F1 with
    the first 13 files: 0.806 with these descriptive names dropped, 0.789 with them kept.
    """
    rules = rules if rules is not None else _conventions()
    freq = lexicons().freq
    words = [w for w, _ in sent]
    tags = [t for _, t in sent]
    for typ, a, b in chunks([t.replace("PERS", "PER") for t in tags]):
        n = _norm(words[a])
        stem = split_clitics(n)[1]
        forms = {n, stem, "ال" + stem}
        key = "PERS" if typ == "PER" else typ
        if forms & rules.get(("drop", typ), frozenset()):
            for i in range(a, b):
                tags[i] = "O"
            _count(stats, f"drop {typ}")
        elif b - a > 1 and forms & rules.get(("strip", typ), frozenset()):
            tags[a] = "O"
            nxt = _norm(words[a + 1])
            common = max(freq.get(nxt, 0), freq.get(split_clitics(nxt)[1], 0)) >= _COMMON
            if typ != "LOC" and common:
                for i in range(a + 1, b):
                    tags[i] = "O"
                _count(stats, f"drop descriptive {typ}")
            else:
                tags[a + 1] = "B-" + key
                _count(stats, f"strip head {typ}")
    return list(zip(words, tags))


def align(sents: list[Sentence], real: Iterable[Sentence], min_count: int = 5,
          max_rate: float = 0.2, types: Iterable[str] = ("ORG", "MISC"),
          stats: Counter | None = None, inner_loc: bool = False) -> list[Sentence]:
    """Synthetic sentences with the names that ANERcorp would not tag left untagged.

    A name of ``types`` of two or more words whose first word occurs at least
    ``min_count`` times in ``real`` (ANERcorp's training part) but begins a name
    there less than ``max_rate`` of the time is a habit of the writers, not of
    ANERcorp (``كأس العالم``، ``الدوري الإسباني``، ``الحزب الديمقراطي``، ``مركز
    الدراسات``): its tags become O.
    """
    seen: Counter = Counter()
    starts: Counter = Counter()
    loc_b: Counter = Counter()
    loc_i: Counter = Counter()
    for s in real:
        for w, t in s:
            n = _norm(w)
            seen[n] += 1
            if t.startswith("B-"):
                starts[n] += 1
            if t == "B-LOC":
                loc_b[n] += 1
            elif t == "I-LOC":
                loc_i[n] += 1
    keep = frozenset(types)
    out: list[Sentence] = []
    for sent in sents:
        words = [w for w, _ in sent]
        tags = [t for _, t in sent]
        for typ, a, b in chunks([t.replace("PERS", "PER") for t in tags]):
            n = _norm(words[a])
            if (typ in keep and b - a > 1 and seen[n] >= min_count
                    and starts[n] < max_rate * seen[n]):
                for i in range(a, b):
                    tags[i] = "O"
                    if inner_loc:  # a place inside the name stays a place (كأس [آسيا])
                        m = _norm(words[i])
                        if seen[m] >= 3 and 2 * loc_b[m] >= seen[m]:
                            tags[i] = "B-LOC"
                        elif i > a and tags[i - 1] != "O" and seen[m] >= 3 and 2 * loc_i[m] >= seen[m]:
                            tags[i] = "I-LOC"
                _count(stats, f"align {typ}")
        out.append(list(zip(words, tags)))
    return out


def _count(stats: Counter | None, key: str) -> None:
    if stats is not None:
        stats[key] += 1


def load(paths: Iterable[str | Path] | None = None) -> list[Sentence]:
    """Conformed sentences of the given marked-up files (default: :func:`files`)."""
    if not available():
        raise FileNotFoundError(
            f"synthetic training sentences not found at {SYNTHETIC_DIR}: retrain from a source "
            "checkout of rasd, or pass synthetic=0")
    rules = _conventions()
    return [conform(s, rules) for f in (files() if paths is None else paths) for s in read_marked(f)]
