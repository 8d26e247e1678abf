"""Crash safety: an ingest killed with SIGKILL midway, then run again, stores every article exactly once."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from store_fixtures import generated_articles, write_jsonl

from rasd.store import Store, content_hash

N = 1000  # the issue: an ingest of 1,000 articles killed midway


def _stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return con.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0  # tables not created yet


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_sigkill_midway_then_again_stores_every_article_once(tmp_path: Path) -> None:
    articles = generated_articles(N)
    corpus = write_jsonl(tmp_path / "gen.jsonl", articles)
    db = tmp_path / "crash.db"
    cmd = [sys.executable, "-m", "rasd.cli", "ingest", str(corpus), "--db", str(db), "-q"]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    # killed twice, at a quarter and at half of the articles, then run to the end
    for fraction in (4, 2):
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 180
        while _stored(db) < N // fraction:
            assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else "ingest ended early"
            assert time.monotonic() < deadline, "ingest too slow to be killed midway"
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stderr.close()
        killed_at = _stored(db)
        assert N // fraction <= killed_at < N, killed_at

    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr

    with Store(db) as s:
        assert s.integrity_check() == "ok"
        rows = s.conn.execute("SELECT id, content_hash, text, record_json FROM articles").fetchall()
        assert len(rows) == N
        assert {r["content_hash"] for r in rows} == {content_hash(a["text"]) for a in articles}
        assert {r["id"] for r in rows} == {a["id"] for a in articles}
        for r in rows:  # no partial article: every child table agrees with the record
            rec = json.loads(r["record_json"])
            assert s.record(r["id"])["text"] == r["text"]
            for kind in ("entities", "quotes", "quantities", "times", "events"):
                n = s.conn.execute(f"SELECT count(*) FROM {kind} WHERE article_id = ?", (r["id"],)).fetchone()[0]
                assert n == len(rec[kind]), (r["id"], kind)
            assert s.conn.execute("SELECT count(*) FROM search_docs WHERE article_id = ?", (r["id"],)).fetchone()[0] == 1
            assert s.conn.execute("SELECT count(*) FROM minhashes WHERE article_id = ?", (r["id"],)).fetchone()[0] == 1
        orphans = s.conn.execute(
            "SELECT count(*) FROM entities WHERE article_id NOT IN (SELECT id FROM articles)"
        ).fetchone()[0]
        assert orphans == 0
