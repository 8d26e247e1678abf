"""Quality floor: the shipped model on the ANERcorp test split must not drop below the baseline."""

import json
from pathlib import Path

import pytest

from rasd.ner import DEFAULT_MODEL, load_tagger
from rasd.ner.train import evaluate

ROOT = Path(__file__).resolve().parents[2]
TEST = ROOT.parent / "shared" / "data" / "ner" / "anercorp_test.txt"
BASELINE = ROOT / "benchmarks" / "baseline.json"


@pytest.mark.shared_data
@pytest.mark.skipif(not TEST.exists(), reason=f"ANERcorp test split not found at {TEST} (needs ../shared/data)")
@pytest.mark.skipif(not DEFAULT_MODEL.exists(), reason="shipped NER model missing")
def test_ner_f1_not_below_baseline():
    floor = json.loads(BASELINE.read_text(encoding="utf-8"))["ner"]
    scores = evaluate(load_tagger(), TEST)
    assert scores["overall"]["f1"] >= floor["f1"] - 1e-9, (scores["overall"], floor)
