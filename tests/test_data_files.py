"""Every lexicon and data file shipped in the package is clean, loadable text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from _support import ROOT

DATA_FILES = sorted(p for p in (ROOT / "rasd").rglob("*") if p.suffix in {".tsv", ".txt"} and p.is_file())
PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_presentation_forms_in_data_files(path: Path):
    text = path.read_text(encoding="utf-8")
    m = PRESENTATION_FORMS.search(text)
    assert m is None, f"{path.name} has presentation form U+{ord(m.group()):04X} at {m.start()}; type plain letters"


def test_there_are_data_files():
    assert any(p.name == "vocab.tsv" for p in DATA_FILES)
