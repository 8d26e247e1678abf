"""Shared test helpers. ``SHARED`` is ../shared beside the checkout, absent on a user's clone."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
NEWS_SAMPLE = SHARED / "data" / "news" / "news_sample_1000.jsonl"
ANERCORP_TEST = SHARED / "data" / "ner" / "anercorp_test.txt"


def need_shared(path: Path) -> None:
    """Skip the calling test when a ../shared data file is absent (a user's fresh clone)."""
    if not path.exists():
        pytest.skip(f"needs {path} (../shared/data is only on developer and CI machines)")


def assert_spans_point_at_text(record: dict) -> None:
    """The contract's offset rule, for every span of an article record."""
    text = record["text"]
    for kind in ("entities", "quotes", "quantities", "times", "events"):
        for r in record[kind]:
            claimed = r["content"] if kind == "quotes" else r["text"]
            assert text[r["start"] : r["end"]] == claimed, (kind, r)
            for sub in ("speaker", "via", "source", "target", "location"):
                s = r.get(sub)
                if isinstance(s, dict) and "start" in s:
                    assert text[s["start"] : s["end"]] == s["text"], (kind, sub, s)
    for start, end in record["sentences"]:
        assert 0 <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
