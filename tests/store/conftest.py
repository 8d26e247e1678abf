"""Fixtures of the store tests: small databases in tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest
from store_fixtures import ARTICLES, write_jsonl

from rasd.store import Store, ingest


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "corpus.jsonl", ARTICLES)


@pytest.fixture
def store(tmp_path: Path, corpus: Path):  # noqa: ANN201
    with Store(tmp_path / "rasd.db") as s:
        report = ingest(s, [str(corpus)])
        assert report.stored == len(ARTICLES), report
        yield s
