"""The database: migrations, idempotent ingest, one transaction per article."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from store_fixtures import ARTICLES

from rasd.errors import StoreError
from rasd.store import Store, default_db_path, ingest
from rasd.store.schema import MIGRATIONS


def test_migrations_are_recorded_and_applied_once(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    with Store(db) as s:
        assert s.migrations() == [name for name, _ in MIGRATIONS]
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with Store(db) as s:  # reopening applies nothing again
        assert s.conn.execute("SELECT count(*) FROM migrations").fetchone()[0] == len(MIGRATIONS)
        assert s.integrity_check() == "ok"


def test_a_database_from_a_newer_rasd_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    with Store(db) as s:
        s.conn.execute("INSERT INTO migrations VALUES ('9999_from_the_future', '2030-01-01')")
    with pytest.raises(StoreError, match="newer rasd"):
        Store(db)


def test_a_file_that_is_not_a_database_gives_a_store_error(tmp_path: Path) -> None:
    bad = tmp_path / "notes.db"
    bad.write_text("not sqlite at all, just text " * 100)
    with pytest.raises(StoreError) as e:
        Store(bad)
    assert e.value.code.startswith("E4")


def test_default_path_comes_from_rasd_db(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("RASD_DB", str(tmp_path / "x.db"))
    assert default_db_path() == tmp_path / "x.db"
    monkeypatch.delenv("RASD_DB")
    assert default_db_path() == Path.home() / ".local" / "share" / "rasd" / "rasd.db"


def test_ingesting_the_same_articles_again_stores_nothing(store: Store, corpus: Path) -> None:
    before = store.count()
    report = ingest(store, [str(corpus), str(corpus)])
    assert (report.stored, report.duplicates, report.skipped) == (0, 2 * len(ARTICLES), [])
    assert store.count() == before == len(ARTICLES)
    assert store.integrity_check() == "ok"


def test_child_rows_match_the_record(store: Store) -> None:
    for (aid,) in store.conn.execute("SELECT id FROM articles").fetchall():
        rec = store.record(aid)
        for kind in ("entities", "quotes", "quantities", "times", "events"):
            n = store.conn.execute(f"SELECT count(*) FROM {kind} WHERE article_id = ?", (aid,)).fetchone()[0]
            assert n == len(rec[kind]), (aid, kind)
        assert store.conn.execute("SELECT count(*) FROM search_docs WHERE article_id = ?", (aid,)).fetchone()[0] == 1
    rec = store.record("t-amman")
    assert rec["schema"] == 1 and rec["text"] == ARTICLES[2]["text"]


def test_an_article_that_fails_halfway_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from rasd.store.db import Store as S

    def broken(self, aid, rec):  # noqa: ANN001, ANN202
        self.conn.execute('INSERT INTO entities (article_id, n, start, "end", text) VALUES (?, 0, 0, 1, ?)', (aid, "x"))
        raise sqlite3.OperationalError("disk I/O error (simulated)")

    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(ARTICLES[0], ensure_ascii=False) + "\n", encoding="utf-8")
    with Store(tmp_path / "h.db") as s:
        monkeypatch.setattr(S, "_children", broken)
        with pytest.raises(StoreError, match="simulated"):
            ingest(s, [str(path)])
        monkeypatch.undo()
        for table in ("articles", "entities", "search_docs", "search", "minhashes"):
            assert s.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
        assert ingest(s, [str(path)]).stored == 1


def test_an_article_whose_extraction_fails_is_skipped_and_its_batch_stored(tmp_path: Path) -> None:
    # a one-process ingest runs articles through the pipeline in batches; one article that a
    # component rejects is named as skipped, and the others of its batch are stored as usual
    from rasd.article import Article
    from rasd.errors import PipelineError
    from rasd.pipeline import Pipeline

    class RejectsAmman:
        name, requires, provides = "rejects", (), ("x",)

        def __call__(self, article):  # noqa: ANN001, ANN204
            if "عمان" in article.text:
                raise PipelineError("cannot handle this article (simulated)")
            return article

    pipeline = Pipeline(["entities", RejectsAmman()])
    path = tmp_path / "all.jsonl"
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    rejected = [a["id"] for a in ARTICLES if "عمان" in a["text"]]
    assert rejected and len(rejected) < len(ARTICLES)
    with Store(tmp_path / "b.db") as s:
        report = ingest(s, [str(path)], pipeline=pipeline)
        assert report.stored == len(ARTICLES) - len(rejected)
        assert [reason for _, reason in report.skipped] == ["cannot handle this article (simulated)"] * len(rejected)
        for a in ARTICLES:
            rec = s.record(a["id"]) if a["id"] not in rejected else None
            if rec is not None:
                assert rec["entities"] == pipeline(Article(a["text"], id=a["id"])).to_dict()["entities"]
        assert s.integrity_check() == "ok"


def test_worker_processes_store_the_records_one_process_stores(tmp_path: Path, corpus: Path) -> None:
    # --jobs 2 sends articles to workers in small batches; every record must be the same as
    # a one-process ingest's, and stored once
    with Store(tmp_path / "one.db") as one, Store(tmp_path / "two.db") as two:
        r1 = ingest(one, [str(corpus)])
        r2 = ingest(two, [str(corpus)], jobs=2)
        assert (r1.stored, r1.skipped) == (r2.stored, r2.skipped) == (len(ARTICLES), [])
        for a in ARTICLES:
            assert one.record(a["id"]) == two.record(a["id"])
