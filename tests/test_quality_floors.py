"""Quality floors for times, quantities and actors, on the gold sets shipped in benchmarks/data.

The floors live in benchmarks/baseline.json; lowering one is a deliberate, visible change.
The full side-by-side measurement is benchmarks/bench_times.py and benchmarks/bench_actors.py.
"""

from __future__ import annotations

import json
import sys

import pytest

import rasd
from rasd.text.normalize import MATCH, normalize

from _support import ROOT

DATA = ROOT / "benchmarks" / "data"
BASELINE = json.loads((ROOT / "benchmarks" / "baseline.json").read_text(encoding="utf-8"))


def load(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def time_accuracy(cases: list[dict]) -> float:
    """Share of gold time items found with the exact span, type and value (and range end)."""
    right = total = 0
    for c in cases:
        got = rasd.extract(c["sentence"], published=c["published"]).to_dict()["times"]
        by_text = {t["text"]: t for t in got}
        for g in c["expected"]:
            total += 1
            p = by_text.get(g["text"])
            if p and p["type"] == g["type"] and p["value"] == g["value"] and p.get("range_end") == g.get("end"):
                right += 1
    return right / total


def quantity_accuracy(cases: list[dict]) -> float:
    """Share of gold quantities found with the exact span, value, unit and approximate flag."""
    right = total = 0
    for c in cases:
        got = rasd.extract(c["sentence"]).to_dict()["quantities"]
        by_text = {q["text"]: q for q in got}
        for g in c["expected"]:
            total += 1
            p = by_text.get(g["text"])
            if (
                p
                and abs(p["value"] - g["value"]) <= 1e-3 * max(1.0, abs(g["value"]))
                and normalize(p["unit"] or "", MATCH) == normalize(g["unit"] or "", MATCH)
                and p["approximate"] == g["approximate"]
            ):
                right += 1
    return right / total


@pytest.mark.parametrize("split", ["gold", "heldout"])
def test_time_resolution_not_below_floor(split):
    acc = time_accuracy(load(f"times_{split}.jsonl"))
    assert acc >= BASELINE["times"][split], f"times on {split}: {acc:.3f} < floor {BASELINE['times'][split]}"


@pytest.mark.parametrize("split", ["gold", "heldout"])
def test_quantity_accuracy_not_below_floor(split):
    acc = quantity_accuracy(load(f"quantities_{split}.jsonl"))
    assert acc >= BASELINE["quantities"][split], f"quantities on {split}: {acc:.3f} < floor {BASELINE['quantities'][split]}"


def test_actor_coreference_not_below_floor():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import bench_actors
    finally:
        sys.path.pop(0)
    r = bench_actors.evaluate("oracle")
    floor = BASELINE["actors"]
    assert r["b3"]["f1"] >= floor["b3_f1_oracle"], r["b3"]
    assert r["id_consistency"]["rate"] >= floor["id_consistency_oracle"], r["id_consistency"]


@pytest.mark.parametrize("split", ["gold", "heldout"])
def test_quote_attribution_not_below_floor(split):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import bench_quotes
    finally:
        sys.path.pop(0)
    bench_quotes.GOLD = DATA / ("quotes_gold.jsonl" if split == "gold" else "quotes_heldout.jsonl")
    r = bench_quotes.evaluate()
    floor = BASELINE["quotes"][split]
    assert r["precision"] >= floor["precision"] and r["recall"] >= floor["recall"], (split, r, floor)


@pytest.mark.parametrize("split", ["gold", "heldout"])
def test_event_detection_not_below_floor(split):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import bench_events
    finally:
        sys.path.pop(0)
    bench_events.GOLD = DATA / ("events_gold.jsonl" if split == "gold" else "events_heldout.jsonl")
    r = bench_events.evaluate()
    floor = BASELINE["events"][split]
    assert r["precision"] >= floor["precision"] and r["recall"] >= floor["recall"], (split, r["precision"], r["recall"], floor)
