"""The store commands from the command line, and their documentation in README.md."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest
from store_fixtures import ARTICLES, SYNDICATED, write_jsonl

from rasd.cli import build_parser, main
from rasd.store import Store

ROOT = Path(__file__).resolve().parents[2]
STORE_COMMANDS = ("ingest", "search", "top-actors", "quotes", "events", "timeline", "export")


def test_ingest_then_query_from_the_cli(tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "c.db")
    assert main(["ingest", str(corpus), "--db", db, "--jobs", "2"]) == 0
    err = capsys.readouterr().err
    assert "3 stored" in err and "0 skipped" in err
    copy = write_jsonl(tmp_path / "copy.jsonl", [SYNDICATED, ARTICLES[0]])
    assert main(["ingest", str(copy), "--db", db, "-q"]) == 0
    with Store(db) as s:
        assert s.count() == 4

    assert main(["search", "العراق", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "«والعراق»" in out and "«بالعراق»" in out
    assert main(["search", "الصفدي", "--db", db, "--format", "jsonl"]) == 0
    assert [json.loads(x)["id"] for x in capsys.readouterr().out.splitlines()] == ["t-amman"]

    assert main(["top-actors", "--db", db, "--limit", "3"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 4
    assert main(["quotes", "--speaker", "الصفدي", "--db", db]) == 0
    assert "الصفدي" in capsys.readouterr().out
    assert main(["events", "--counts", "--db", db]) == 0
    assert main(["timeline", "الصفدي", "--db", db]) == 0
    capsys.readouterr()
    assert main(["export", "--format", "jsonl", "--db", db]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 3


def test_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "غزة", "--db", str(tmp_path / "missing.db")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("rasd: error E400: no database") and err.count("\n") == 1
    assert not (tmp_path / "missing.db").exists()
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary")
    assert main(["ingest", str(bad), "--db", str(tmp_path / "b.db")]) == 2
    assert "skipped" in capsys.readouterr().err


def _store_options() -> set[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    opts = set()
    for name in STORE_COMMANDS:
        for action in sub.choices[name]._actions:
            opts.update(o for o in action.option_strings if o.startswith("--") and o != "--help")
    return opts


def test_every_store_command_and_option_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Corpus store"):]
    for name in STORE_COMMANDS:
        assert f"rasd {name}" in section, name
    missing = sorted(o for o in _store_options() if o not in section)
    assert not missing, f"undocumented options: {missing}"
    assert "RASD_DB" in section and "~/.local/share/rasd/rasd.db" in section


def _dying_worker(tasks):  # noqa: ANN001, ANN202
    import os

    if any("بلينكن" in text for text, _, _ in tasks):
        os._exit(9)  # as if killed by the kernel
    from rasd.store.ingestion import prepare

    return [(origin, prepare(text, meta)) for text, meta, origin in tasks]


def test_a_dead_worker_stops_the_ingest_with_one_error(tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import rasd.store.ingestion as ingest_mod

    monkeypatch.setattr(ingest_mod, "_prepare_task", _dying_worker)
    db = str(tmp_path / "w.db")
    assert main(["ingest", str(corpus), "--db", db, "--jobs", "2", "-q"]) == 2
    assert "rasd: error E400: a worker process died" in capsys.readouterr().err
    monkeypatch.undo()
    assert main(["ingest", str(corpus), "--db", db, "-q"]) == 0
    with Store(db) as s:
        assert s.count() == len(ARTICLES) and s.integrity_check() == "ok"


def test_rasd_actors_without_inputs_reads_the_corpus_database(tmp_path, capsys):
    """`rasd actors --db FILE` (issue 8's spelling) lists the corpus's most mentioned actors."""
    from rasd.cli import main

    from _support import ROOT

    db = tmp_path / "c.db"
    assert main(["ingest", str(ROOT / "examples" / "news.jsonl"), "--db", str(db), "-q"]) == 0
    capsys.readouterr()
    assert main(["actors", "--db", str(db), "--limit", "3"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split()[:2] == ["mentions", "articles"] and len(out) == 4
