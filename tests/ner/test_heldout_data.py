"""The NER held-out gold set is well formed (benchmarks/data/ner_heldout.jsonl)."""

import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "ner_heldout.jsonl"


def test_every_gold_span_points_at_its_text_and_none_overlap():
    rows = [json.loads(ln) for ln in GOLD.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 64
    labels = set()
    for r in rows:
        end = 0
        for e in r["entities"]:
            assert r["text"][e["start"]:e["end"]] == e["text"], (r["id"], e)
            assert e["start"] >= end, (r["id"], e)
            end = e["end"]
            labels.add(e["label"])
            # proclitics stay outside: a span never starts right after a letter of the same word
            assert e["start"] == 0 or not r["text"][e["start"] - 1].isalpha() or \
                r["text"][e["start"] - 1] in "وفبلك", (r["id"], e)
    assert labels == {"PER", "ORG", "LOC", "MISC"}
