#!/usr/bin/env python3
"""Build ner_heldout.jsonl: news paragraphs with gold entity spans, written for rasd.

The paragraphs and their annotations live in ``_ner_heldout_a.py`` (politics, diplomacy,
conflict, economy) and ``_ner_heldout_b.py`` (sport, culture, science, business, local news),
each a list ``CASES`` of ``{"id", "domain", "text", "entities": [(span, occurrence, label)]}``.
They were written by annotators who never saw rasd's gazetteers, models or outputs, after the
tagger of session 3 was trained; nothing in rasd was tuned on them. ``occurrence`` is the
1-based index of the span among all occurrences of that substring in the text, so no offset is
typed by hand; this script turns each into ``start``/``end`` and checks every span.

    python benchmarks/data/_make_ner_heldout.py          # rewrite + validate
    python benchmarks/data/_make_ner_heldout.py --check  # validate the file only

Written for rasd; Apache-2.0. The paragraphs are test items, not factual claims.
"""
from __future__ import annotations

import collections
import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "ner_heldout.jsonl"
PARTS = ("_ner_heldout_a.py", "_ner_heldout_b.py")
LABELS = {"PER", "ORG", "LOC", "MISC"}


def _cases() -> list[dict]:
    out = []
    for name in PARTS:
        spec = importlib.util.spec_from_file_location(name[:-3], HERE / name)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)  # type: ignore[union-attr]
        out.extend(mod.CASES)
    return out


def _locate(text: str, span: str, occurrence: int) -> int:
    pos = -1
    for _ in range(occurrence):
        pos = text.find(span, pos + 1)
        if pos < 0:
            raise ValueError(f"{span!r} occurs fewer than {occurrence} times")
    return pos


def build() -> list[dict]:
    rows = []
    for case in _cases():
        text = case["text"]
        ents = []
        for span, occ, label in case["entities"]:
            if label not in LABELS:
                raise ValueError(f"{case['id']}: bad label {label!r}")
            start = _locate(text, span, occ)
            ents.append({"start": start, "end": start + len(span), "text": span, "label": label})
        ents.sort(key=lambda e: e["start"])
        rows.append({"id": case["id"], "domain": case["domain"], "text": text, "entities": ents})
    return rows


def validate(rows: list[dict]) -> collections.Counter:
    counts: collections.Counter = collections.Counter()
    ids = set()
    for r in rows:
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        prev_end = 0
        for e in r["entities"]:
            assert r["text"][e["start"]:e["end"]] == e["text"], (r["id"], e)
            assert e["start"] >= prev_end, (r["id"], "overlap", e)
            assert e["text"] == e["text"].strip() and e["text"], (r["id"], e)
            prev_end = e["end"]
            counts[e["label"]] += 1
    return counts


def main(argv: list[str]) -> int:
    if "--check" in argv:
        rows = [json.loads(ln) for ln in OUT.read_text(encoding="utf-8").splitlines()]
    else:
        rows = build()
        with open(OUT, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = validate(rows)
    print(f"{len(rows)} paragraphs, {sum(counts.values())} entities: {dict(sorted(counts.items()))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
