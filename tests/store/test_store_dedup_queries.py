"""Near-duplicates and the queries over records: top actors, quotes, events, timeline, export."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

import rasd
from store_fixtures import ARTICLES, SYNDICATED, write_jsonl

from rasd.errors import QueryError, StoreError
from rasd.store import Store, event_counts, events, export, ingest, quotes, search, timeline, top_actors


def _mentions(store: Store, actor_id: str) -> int:
    return next((a["mentions"] for a in top_actors(store, limit=0) if a["id"] == actor_id), 0)


def test_a_syndicated_copy_is_linked_to_its_original_and_not_counted(store: Store, tmp_path: Path) -> None:
    safadi = store.conn.execute("SELECT actor_id FROM actors WHERE article_id = 't-amman' AND name LIKE '%الصفدي%'").fetchone()[0]
    before_mentions = _mentions(store, safadi)
    before_events = sum(r["events"] for r in event_counts(store))
    before_quotes = len(quotes(store))
    report = ingest(store, [str(write_jsonl(tmp_path / "copy.jsonl", [SYNDICATED]))])
    assert (report.stored, report.near_duplicates) == (0, 1)
    row = store.conn.execute("SELECT duplicate_of FROM articles WHERE id = 't-amman-copy'").fetchone()
    assert row["duplicate_of"] == "t-amman"
    # the copy is stored (exported on request) but counts once
    assert _mentions(store, safadi) == before_mentions
    assert sum(r["events"] for r in event_counts(store)) == before_events
    assert len(quotes(store)) == before_quotes
    assert {h["id"] for h in search(store, "الصفدي")} == {"t-amman"}
    out = io.StringIO()
    assert export(store, "jsonl", out, include_duplicates=True) == len(ARTICLES) + 1


def test_different_articles_are_not_near_duplicates(store: Store) -> None:
    assert store.conn.execute("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL").fetchone()[0] == 0


def test_near_duplicates_are_found_after_reopening(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "r.db"
    with Store(db) as s:
        ingest(s, [str(corpus)])
    with Store(db) as s:  # a new process: the LSH index is rebuilt from stored signatures
        assert ingest(s, [str(write_jsonl(tmp_path / "copy.jsonl", [SYNDICATED]))]).near_duplicates == 1


def test_top_actors_quotes_events_timeline(store: Store) -> None:
    top = top_actors(store, limit=0)
    assert all(top[i]["mentions"] >= top[i + 1]["mentions"] for i in range(len(top) - 1))
    assert {"id", "name", "label", "mentions", "articles"} <= set(top[0])
    assert all(a["label"] == "LOC" for a in top_actors(store, label="LOC"))
    said = quotes(store, speaker="الصفدي")
    assert said and all(q["article_id"] == "t-amman" for q in said)
    assert any("الأردن سيواصل العمل" in q["content"] for q in said)
    evs = events(store)
    assert evs == sorted(evs, key=lambda e: (e["date"] or "", e["article_id"], e["start"]))
    assert all(e["date"] >= "2024-05-01" for e in events(store, since="2024-05-01"))
    if evs:
        t = evs[0]["type"]
        assert all(e["type"] == t for e in events(store, type=t))
    tl = timeline(store, "الصفدي")
    assert any(x["kind"] == "quote" for x in tl)
    assert [x["date"] for x in tl] == sorted(x["date"] for x in tl)
    with pytest.raises(QueryError):
        events(store, type="DROP TABLE")


def test_exports(store: Store, tmp_path: Path) -> None:
    out = io.StringIO()
    assert export(store, "jsonl", out) == 3
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert {r["id"] for r in records} == {a["id"] for a in ARTICLES}
    for r in records:  # the record contract, unchanged
        assert {"schema", "id", "text", "sentences", "entities", "quotes", "quantities", "times", "events"} <= set(r)
    a = ARTICLES[2]
    direct = rasd.extract(a["text"], published=a["published"], id=a["id"], title=a["title"], source=a["source"]).to_dict()
    exported = next(r for r in records if r["id"] == a["id"])
    assert json.dumps(exported, ensure_ascii=False) == json.dumps(direct, ensure_ascii=False)  # same keys, same order
    out = io.StringIO()
    n = export(store, "csv", out, kind="quotes")
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(rows) == n == sum(len(r["quotes"]) for r in records)
    out = io.StringIO()
    export(store, "plover", out)
    plover = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(plover) == sum(len(r["events"]) for r in records)
    path = tmp_path / "q.jsonl"
    assert export(store, "jsonl", str(path), kind="events") == len(plover)


def test_parquet_export_needs_pyarrow(store: Store, tmp_path: Path) -> None:
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        with pytest.raises(StoreError, match=r"rasd\[parquet\]"):
            export(store, "parquet", str(tmp_path / "a.parquet"))
    else:
        assert export(store, "parquet", str(tmp_path / "a.parquet")) == 3
