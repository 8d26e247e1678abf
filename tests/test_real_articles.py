"""The offset rule on the 1,000 real articles of ../shared/data (skipped on a user's clone)."""

from __future__ import annotations

import json

import pytest

import rasd

from _support import NEWS_SAMPLE, assert_spans_point_at_text, need_shared


@pytest.mark.shared_data
def test_offsets_hold_on_real_articles():
    need_shared(NEWS_SAMPLE)
    with open(NEWS_SAMPLE, encoding="utf-8") as f:
        articles = [json.loads(line) for line in f if line.strip()]
    for a in articles:
        rec = rasd.extract(a["text"], published=a.get("date"), id=a["id"]).to_dict()
        assert rec["text"] == a["text"]
        assert_spans_point_at_text(rec)
