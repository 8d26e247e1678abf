"""Compile the gazetteers of ``rasd/kb/data`` into the word list the NER features read.

The tagger's features must be the same at run time as when it was trained, so
the model does not read ``rasd/kb/data`` directly (it keeps growing): training
writes a snapshot, ``rasd/ner/data/kb_snapshot.tsv`` (``kind<TAB>word``),
and the shipped model is used with that snapshot.

Kinds: ``given``/``given_foreign``, ``surname``/``surname_foreign``,
``country``/``country_part``, ``city``/``city_part``, ``region``/``region_part``,
``org``/``org_part``, ``person_part``, ``nisba_country``, ``nisba_<kind>`` from
nisba_general.tsv, and the trigger kinds ``title``, ``orghead``, ``lochead``,
``speech``, ``sourcecue``.
"""

from __future__ import annotations

import csv
from pathlib import Path

__all__ = ["KB_DIR", "SNAPSHOT", "WORDFREQ", "compile_snapshot", "compile_wordfreq"]

KB_DIR = Path(__file__).resolve().parent.parent / "kb" / "data"
SNAPSHOT = Path(__file__).resolve().parent / "data" / "kb_snapshot.tsv"
#: Whole names of the kb (``class<TAB>name``), matched as spans by the NER features.
SPANS = Path(__file__).resolve().parent / "data" / "kb_spans.tsv"
_TRIGGERS = {"person_title": "title", "org_head": "orghead", "loc_head": "lochead",
             "speech_verb": "speech", "source_cue": "sourcecue"}


def _rows(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with open(path, encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _names(row: dict[str, str], *cols: str) -> list[str]:
    out = []
    for c in cols:
        for v in (row.get(c) or "").split("|"):
            v = v.strip()
            if v and not v.isascii():
                out.append(v)
    return out


def compile_snapshot(kb_dir: Path = KB_DIR, out_path: Path = SNAPSHOT,
                     spans_path: Path = SPANS) -> int:
    """Write the snapshots (words, and whole names to ``spans_path``); returns the number of
    (kind, word) rows (0 when kb_dir is absent)."""
    pairs: set[tuple[str, str]] = set()
    spans: set[tuple[str, str]] = set()

    def add_name(kind: str, name: str, head_only: bool = True) -> None:
        words = name.split()
        if len(words) == 1:
            pairs.add((kind, words[0]))
        else:
            for i, w in enumerate(words):
                pairs.add((f"{kind}_part" if (i or not head_only) else kind + "_head", w))

    for r in _rows(kb_dir / "given_names.tsv"):
        kind = "given" if r.get("origin") == "arabic" else "given_foreign"
        for n in _names(r, "name_ar"):
            pairs.update((kind, w) for w in n.split())
    for r in _rows(kb_dir / "surnames.tsv"):
        kind = "surname" if r.get("origin") == "arabic" else "surname_foreign"
        for n in _names(r, "name_ar"):
            pairs.update((kind, w) for w in n.split())
    for fname, kind in (("countries.tsv", "country"), ("cities.tsv", "city"),
                        ("regions.tsv", "region"), ("organizations.tsv", "org")):
        for r in _rows(kb_dir / fname):
            for n in _names(r, "name_ar", "aliases_ar"):
                add_name(kind, n)
                spans.add((kind, n))
            for n in _names(r, "nisba_ar"):
                pairs.update(("nisba_country", w) for w in n.split())
    for r in _rows(kb_dir / "people.tsv"):
        for n in _names(r, "name_ar", "aliases_ar"):
            pairs.update(("person_part", w) for w in n.split())
            spans.add(("person", n))
    for r in _rows(kb_dir / "nisba_general.tsv"):
        for n in _names(r, "form_ar"):
            pairs.update((f"nisba_{r.get('kind') or 'other'}", w) for w in n.split())
    for r in _rows(kb_dir / "triggers.tsv"):
        kind = _TRIGGERS.get(r.get("kind") or "")
        if kind:
            for n in _names(r, "word_ar"):
                # a multi-word trigger (رئيس الوزراء) counts by its first word
                pairs.add((kind, n.split()[0]))
    if not pairs:
        return 0
    with open(spans_path, "w", encoding="utf-8") as fh:
        fh.write("# compiled from rasd/kb/data by rasd.ner.gazetteer.compile_snapshot; kind<TAB>name\n")
        for kind, n in sorted(spans):
            fh.write(f"{kind}\t{n}\n")
    with open(out_path, "w", encoding="utf-8") as fh:
        fh.write("# compiled from rasd/kb/data by rasd.ner.gazetteer.compile_snapshot; kind<TAB>word\n")
        for kind, w in sorted(pairs):
            fh.write(f"{kind}\t{w}\n")
    return len(pairs)


WORDFREQ = Path(__file__).resolve().parent / "data" / "wordfreq_ar.tsv"


def compile_wordfreq(out_path: Path = WORDFREQ, min_zipf: float = 1.8) -> int:
    """Rebuild ``wordfreq_ar.tsv`` from the ``wordfreq`` package (a training-time dependency).

    Keys are MATCH-normalized words; the value is the Zipf frequency x10 (the
    largest over spellings that normalize alike). Returns the number of words.
    """
    import math
    from importlib.metadata import version

    import wordfreq

    from rasd.text.normalize import MATCH, normalize

    out: dict[str, float] = {}
    for w, f in wordfreq.get_frequency_dict("ar", "best").items():
        z = math.log10(f) + 9
        if z < min_zipf:
            continue
        k = normalize(w, MATCH)
        if k and " " not in k:
            out[k] = max(out.get(k, 0.0), z)
    with open(out_path, "w", encoding="utf-8") as fh:
        fh.write("# Arabic word frequencies (Zipf scale x10), MATCH-normalized; "
                 f"from the wordfreq package {version('wordfreq')} "
                 "(data CC BY-SA 4.0)\n")
        for k, z in sorted(out.items(), key=lambda kv: -kv[1]):
            fh.write(f"{k}\t{int(round(z * 10))}\n")
    return len(out)
