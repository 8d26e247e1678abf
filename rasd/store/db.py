"""The corpus store: one SQLite file (WAL mode) with articles, their records and a search index.

Every article is written in one transaction with all its child rows, so a
crash leaves either the whole article or nothing. An article whose text was
stored before (same SHA-256) is not stored again.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rasd.errors import StoreError
from rasd.kb import name_key
from rasd.store.schema import MIGRATIONS

__all__ = ["Store", "default_db_path", "content_hash", "Prepared", "record_json", "load_record"]


def default_db_path() -> Path:
    """``$RASD_DB`` when set, else ``~/.local/share/rasd/rasd.db``."""
    env = os.environ.get("RASD_DB")
    if env:
        return Path(env).expanduser()
    return Path.home() / ".local" / "share" / "rasd" / "rasd.db"


def content_hash(text: str) -> str:
    """SHA-256 (hex) of the UTF-8 text: what makes two articles the same article."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Prepared:
    """An extracted article ready to store: its record and what the index needs."""

    record: dict[str, Any]
    content_hash: str
    title_terms: list[str]
    body_terms: list[str]
    signature: bytes | None = None  # MinHash hash values (uint64, little endian)


def _span(obj: Any) -> tuple[Any, Any, Any, Any]:
    if not isinstance(obj, dict):
        return None, None, None, None
    return obj.get("text"), obj.get("id"), obj.get("start"), obj.get("end")


class Store:
    """An open corpus database. Use as a context manager or call :meth:`close`."""

    def __init__(self, path: str | os.PathLike[str] | None = None, *, create: bool = True) -> None:
        """Open (and upgrade) the database at ``path`` (default: :func:`default_db_path`);
        with ``create=False`` a missing database is an error instead of a new file."""
        self.path = Path(path).expanduser() if path is not None else default_db_path()
        if not create and not self.path.exists():
            raise StoreError(f"no database at {self.path}", hint="create one with: rasd ingest FILE_OR_DIR --db " + str(self.path))
        try:
            if create:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(str(self.path), isolation_level=None, timeout=30.0)
        except (OSError, sqlite3.Error) as e:
            raise StoreError(f"cannot open the database {self.path}: {e}") from None
        self.conn.row_factory = sqlite3.Row
        try:
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as e:
            self.conn.close()
            raise StoreError(f"{self.path} is not a rasd database or is damaged: {e}") from None

    # --- life cycle ---------------------------------------------------------------

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _migrate(self) -> None:
        c = self.conn
        c.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        applied = {r[0] for r in c.execute("SELECT name FROM migrations")}
        known = {name for name, _ in MIGRATIONS}
        unknown = applied - known
        if unknown:
            raise StoreError(
                f"{self.path} was written by a newer rasd (migrations {', '.join(sorted(unknown))})",
                hint="upgrade rasd",
            )
        for name, statements in MIGRATIONS:
            if name in applied:
                continue
            self._begin()
            try:
                # another process may have applied it while we waited for the lock
                if c.execute("SELECT 1 FROM migrations WHERE name = ?", (name,)).fetchone():
                    c.execute("ROLLBACK")
                    continue
                for sql in statements:
                    c.execute(sql)
                c.execute("INSERT INTO migrations (name, applied_at) VALUES (?, ?)", (name, _now()))
                c.execute("COMMIT")
            except BaseException:
                c.execute("ROLLBACK")
                raise

    def migrations(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT name FROM migrations ORDER BY name")]

    # --- writing ------------------------------------------------------------------

    def has_hash(self, digest: str) -> str | None:
        """The id of the article stored with this content hash, if any."""
        row = self.conn.execute("SELECT id FROM articles WHERE content_hash = ?", (digest,)).fetchone()
        return row[0] if row else None

    def has_id(self, article_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def root_of(self, article_id: str) -> str:
        row = self.conn.execute("SELECT duplicate_of FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row[0] if row and row[0] else article_id

    def _begin(self) -> None:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as e:
            raise StoreError(f"cannot write to {self.path}: {e}", hint="another process may be writing to it; try again") from None

    def add(self, prep: Prepared, *, duplicate_of: str | None = None) -> bool:
        """Store one article with all its records in one transaction; False if its text is stored already."""
        rec = prep.record
        aid = rec["id"]
        c = self.conn
        self._begin()
        try:
            if c.execute("SELECT 1 FROM articles WHERE content_hash = ?", (prep.content_hash,)).fetchone():
                c.execute("ROLLBACK")
                return False
            c.execute(
                "INSERT INTO articles (id, content_hash, title, url, source, published, text, record_json, duplicate_of, ingested_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (aid, prep.content_hash, rec.get("title"), rec.get("url"), rec.get("source"), rec.get("published"),
                 rec["text"], record_json(rec), duplicate_of, _now()),
            )
            self._children(aid, rec)
            doc = c.execute("INSERT INTO search_docs (article_id) VALUES (?)", (aid,)).lastrowid
            c.execute(
                "INSERT INTO search (rowid, title, body, skel) VALUES (?, ?, ?, ?)",
                (doc, " ".join(prep.title_terms), " ".join(prep.body_terms), _skels(prep.title_terms + prep.body_terms)),
            )
            if prep.signature is not None:
                c.execute("INSERT INTO minhashes (article_id, signature) VALUES (?, ?)", (aid, prep.signature))
            c.execute("COMMIT")
        except sqlite3.Error as e:
            c.execute("ROLLBACK")
            raise StoreError(f"cannot store article {aid!r} in {self.path}: {e}") from None
        except BaseException:
            c.execute("ROLLBACK")
            raise
        return True

    def _children(self, aid: str, rec: dict[str, Any]) -> None:
        c = self.conn
        c.executemany(
            'INSERT INTO entities (article_id, n, start, "end", text, label, actor_id, name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
            [(aid, i, e["start"], e["end"], e["text"], e.get("label"), e.get("id"), e.get("name")) for i, e in enumerate(rec.get("entities", []))],
        )
        for a in rec.get("actors", []):
            c.execute(
                "INSERT OR IGNORE INTO actors (article_id, actor_id, name, name_key, label, kb, mentions) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (aid, a["id"], a["name"], name_key(a["name"]), a.get("label"), int(bool(a.get("kb"))), len(a.get("mentions", []))),
            )
            c.executemany(
                'INSERT INTO actor_mentions (article_id, actor_id, start, "end", text, name_key, kind) VALUES (?, ?, ?, ?, ?, ?, ?)',
                [(aid, a["id"], m["start"], m["end"], m["text"], name_key(m["text"]), m.get("kind")) for m in a.get("mentions", [])],
            )
        rows = []
        for i, q in enumerate(rec.get("quotes", [])):
            st, sid, ss, se = _span(q.get("speaker"))
            vt, vid, _, _ = _span(q.get("via"))
            rows.append((aid, i, q["start"], q["end"], q["content"], int(bool(q.get("direct"))), q.get("cue"), st, sid, ss, se, vt, vid, q.get("speaker_kind")))
        c.executemany(
            'INSERT INTO quotes (article_id, n, start, "end", content, direct, cue, speaker_text, speaker_id, speaker_start, speaker_end, via_text, via_id, speaker_kind)'
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        c.executemany(
            'INSERT INTO quantities (article_id, n, start, "end", text, value, unit, approximate) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
            [(aid, i, q["start"], q["end"], q["text"], _num(q.get("value")), q.get("unit"), int(bool(q.get("approximate")))) for i, q in enumerate(rec.get("quantities", []))],
        )
        c.executemany(
            'INSERT INTO times (article_id, n, start, "end", text, type, value) VALUES (?, ?, ?, ?, ?, ?, ?)',
            [(aid, i, t["start"], t["end"], t["text"], t.get("type"), _str(t.get("value"))) for i, t in enumerate(rec.get("times", []))],
        )
        rows = []
        for i, ev in enumerate(rec.get("events", [])):
            src, src_id, _, _ = _span(ev.get("source"))
            tgt, tgt_id, _, _ = _span(ev.get("target"))
            loc, loc_id, _, _ = _span(ev.get("location"))
            tm = ev.get("time")
            tm_text = tm.get("text") if isinstance(tm, dict) else None
            tm_value = _str(tm.get("value")) if isinstance(tm, dict) else None
            rows.append((aid, i, ev["start"], ev["end"], ev["text"], ev["type"], _str(ev.get("mode")), int(bool(ev.get("negated"))), int(bool(ev.get("future"))),
                         src, src_id, tgt, tgt_id, loc, loc_id, tm_text, tm_value))
        c.executemany(
            'INSERT INTO events (article_id, n, start, "end", text, type, mode, negated, future, source_text, source_id, target_text, target_id,'
            " location_text, location_id, time_text, time_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )

    # --- reading ------------------------------------------------------------------

    def count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM articles").fetchone()[0]

    def signatures(self) -> Iterator[tuple[str, bytes]]:
        yield from self.conn.execute("SELECT article_id, signature FROM minhashes")

    def record(self, article_id: str) -> dict[str, Any] | None:
        """The article record (docs/RECORD.md) as it was extracted."""
        row = self.conn.execute("SELECT text, record_json FROM articles WHERE id = ?", (article_id,)).fetchone()
        return load_record(row[0], row[1]) if row else None

    def integrity_check(self) -> str:
        return self.conn.execute("PRAGMA integrity_check").fetchone()[0]


def record_json(rec: dict[str, Any]) -> str:
    """The record as stored: everything but ``text``, which has its own column."""
    return json.dumps({k: v for k, v in rec.items() if k != "text"}, ensure_ascii=False)


def load_record(text: str, stored: str) -> dict[str, Any]:
    """The record back from its stored form, ``text`` in its place (after ``published``)."""
    rec: dict[str, Any] = {}
    for k, v in json.loads(stored).items():
        rec[k] = v
        if k == "published":
            rec["text"] = text
    rec.setdefault("text", text)
    return rec


def _skels(terms: list[str]) -> str:
    from rasd.store.textindex import skel_of

    return " ".join(skel_of(t) for t in terms)


def _num(v: Any) -> float | None:
    try:
        return float(v) if v is not None else None
    except (TypeError, ValueError):
        return None


def _str(v: Any) -> str | None:
    return None if v is None else str(v)


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
