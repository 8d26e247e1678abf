"""Queries over a store: search, actors, quotes, events, timelines, exports.

Each function takes an open :class:`~rasd.store.Store` and returns plain dicts,
so that the CLI, an HTTP API and a web page all show the same thing. Near-
duplicates (``duplicate_of`` set) are left out unless asked for, so that a
syndicated story is counted once.
"""

from __future__ import annotations

import csv
import json
import re
import sqlite3
from collections.abc import Iterator
from typing import Any, TextIO

from rasd.errors import QueryError, StoreError
from rasd.kb import name_key
from rasd.store.db import Store, load_record
from rasd.store.textindex import parse_query, snippet

__all__ = ["search", "resolve_actor", "top_actors", "quotes", "events", "event_counts", "timeline", "export", "EXPORT_KINDS", "EXPORT_FORMATS"]

EXPORT_KINDS = ("articles", "entities", "actors", "quotes", "quantities", "times", "events")
EXPORT_FORMATS = ("jsonl", "csv", "parquet", "plover")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
#: Column weights of bm25(): title, body, skeletons.
_BM25 = "bm25(search, 4.0, 1.0, 0.5)"
#: The day of an event: its own resolved date when its sentence gives one, else the publication date.
_EVENT_DATE = (
    "CASE WHEN e.time_value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' "
    "THEN substr(e.time_value, 1, 10) ELSE a.published END"
)


def _date(value: str | None, what: str) -> str | None:
    if value is None:
        return None
    if not _DATE.match(value):
        raise QueryError(f"{what} {value!r} is not a date", hint="write YYYY-MM-DD, YYYY-MM or YYYY")
    return value


def _limit(n: int | None) -> int:
    if n is None:
        return -1
    if n < 0:
        raise QueryError(f"limit {n} is negative", hint="give a number of results, 0 for all")
    return n or -1


def resolve_actor(store: Store, actor: str) -> list[str]:
    """Actor ids for an id (``actor:…``, ``place:…``) or a name in any of its stored forms."""
    actor = (actor or "").strip()
    if not actor or "\x00" in actor or len(actor) > 200:
        raise QueryError("give an actor id (actor:…, place:…) or a name")
    if re.match(r"^[a-z]+:[\w\-.]+$", actor):
        return [actor]
    key = name_key(actor)
    ids = [r[0] for r in store.conn.execute(
        "SELECT actor_id FROM actors WHERE name_key = ? UNION SELECT actor_id FROM actor_mentions WHERE name_key = ?", (key, key)
    )]
    if not ids:
        raise QueryError(f"no actor called {actor!r} in {store.path}", hint="see the names with: rasd top-actors")
    return sorted(ids)


def _in(ids: list[str]) -> str:
    return "(" + ",".join("?" * len(ids)) + ")"


def search(
    store: Store,
    query: str,
    *,
    since: str | None = None,
    until: str | None = None,
    source: str | None = None,
    entity: str | None = None,
    limit: int = 20,
    mark: tuple[str, str] = ("«", "»"),
) -> list[dict[str, Any]]:
    """Articles matching ``query`` (see :func:`rasd.store.textindex.parse_query`), best first (BM25),
    each with a snippet of its original text in which the matched words are marked."""
    parsed = parse_query(query)
    sql = [
        f"SELECT a.id, a.title, a.published, a.source, a.url, {_BM25} AS score",
        "FROM search JOIN search_docs d ON d.rowid = search.rowid JOIN articles a ON a.id = d.article_id",
        "WHERE search MATCH ? AND a.duplicate_of IS NULL",
    ]
    params: list[Any] = [parsed.fts()]
    if since := _date(since, "--since"):
        sql.append("AND a.published >= ?")
        params.append(since)
    if until := _date(until, "--until"):
        sql.append("AND a.published <= ? || '~'")
        params.append(until)
    if source:
        sql.append("AND a.source = ?")
        params.append(source)
    if entity:
        ids = resolve_actor(store, entity)
        sql.append(f"AND a.id IN (SELECT article_id FROM actors WHERE actor_id IN {_in(ids)})")
        params.extend(ids)
    sql.append("ORDER BY score LIMIT ?")
    params.append(_limit(limit))
    try:
        rows = store.conn.execute(" ".join(sql), params).fetchall()
    except sqlite3.OperationalError as e:  # not expected: every term is quoted
        raise QueryError(f"the search index could not run this query ({e})", hint="search for plain words") from None
    out = []
    for r in rows:
        # the text only for the hits shown, not for every match ranked
        text = store.conn.execute("SELECT text FROM articles WHERE id = ?", (r["id"],)).fetchone()[0]
        title = r["title"] or ""
        out.append({
            "id": r["id"], "title": r["title"], "published": r["published"], "source": r["source"], "url": r["url"],
            "score": round(-r["score"], 4),
            "title_snippet": snippet(title, parsed, width=len(title) + 1, mark=mark) if title else None,
            "snippet": snippet(text, parsed, mark=mark),
        })
    return out


def top_actors(store: Store, *, label: str | None = None, limit: int | None = 20) -> list[dict[str, Any]]:
    """Actors by mentions across original articles: id, name, label, mentions, articles."""
    sql = (
        "SELECT ac.actor_id AS id, max(ac.label) AS label, sum(ac.mentions) AS mentions, count(*) AS articles,"
        " (SELECT x.name FROM actors x WHERE x.actor_id = ac.actor_id GROUP BY x.name ORDER BY count(*) DESC, x.name LIMIT 1) AS name"
        " FROM actors ac JOIN articles a ON a.id = ac.article_id WHERE a.duplicate_of IS NULL"
        + (" AND ac.label = ?" if label else "")
        + " GROUP BY ac.actor_id ORDER BY mentions DESC, articles DESC, ac.actor_id LIMIT ?"
    )
    params: list[Any] = ([label] if label else []) + [_limit(limit)]
    return [dict(r) for r in store.conn.execute(sql, params)]


def quotes(store: Store, *, speaker: str | None = None, since: str | None = None, until: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    """Quotes by date: speaker, content, direct or not, cue, outlet, article."""
    sql = [
        "SELECT a.published AS date, q.article_id, q.start, q.\"end\", q.content, q.direct, q.cue, q.speaker_text, q.speaker_id,"
        " q.via_text, q.via_id, a.source, a.title FROM quotes q JOIN articles a ON a.id = q.article_id WHERE a.duplicate_of IS NULL"
    ]
    params: list[Any] = []
    if speaker:
        ids = resolve_actor(store, speaker)
        sql.append(f"AND q.speaker_id IN {_in(ids)}")
        params.extend(ids)
    if since := _date(since, "--since"):
        sql.append("AND a.published >= ?")
        params.append(since)
    if until := _date(until, "--until"):
        sql.append("AND a.published <= ? || '~'")
        params.append(until)
    sql.append("ORDER BY a.published, q.article_id, q.start LIMIT ?")
    params.append(_limit(limit))
    return [dict(r) for r in store.conn.execute(" ".join(sql), params)]


def _event_filter(store: Store, type_: str | None, actor: str | None, since: str | None, until: str | None) -> tuple[str, list[Any]]:
    sql, params = "", []  # type: ignore[var-annotated]
    if type_:
        if not re.match(r"^[A-Za-z_]{2,20}$", type_):
            raise QueryError(f"{type_!r} is not a PLOVER event type", hint="e.g. ASSAULT, CONSULT, REQUEST, AID")
        sql += " AND e.type = ?"
        params.append(type_.upper())
    if actor:
        ids = resolve_actor(store, actor)
        sql += f" AND (e.source_id IN {_in(ids)} OR e.target_id IN {_in(ids)})"
        params.extend(ids + ids)
    if since := _date(since, "--since"):
        sql += f" AND {_EVENT_DATE} >= ?"
        params.append(since)
    if until := _date(until, "--until"):
        sql += f" AND {_EVENT_DATE} <= ? || '~'"
        params.append(until)
    return sql, params


def events(store: Store, *, type: str | None = None, actor: str | None = None, since: str | None = None, until: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:  # noqa: A002
    """Events by date: type, trigger, source, target, location, article and offsets."""
    where, params = _event_filter(store, type, actor, since, until)
    sql = (
        f"SELECT {_EVENT_DATE} AS date, e.article_id, e.start, e.\"end\", e.text, e.type, e.mode, e.negated, e.future,"
        " e.source_text, e.source_id, e.target_text, e.target_id, e.location_text, e.location_id, a.source AS outlet"
        " FROM events e JOIN articles a ON a.id = e.article_id WHERE a.duplicate_of IS NULL" + where
        + " ORDER BY date, e.article_id, e.start LIMIT ?"
    )
    return [dict(r) for r in store.conn.execute(sql, params + [_limit(limit)])]


def event_counts(store: Store, *, type: str | None = None, actor: str | None = None, since: str | None = None, until: str | None = None) -> list[dict[str, Any]]:  # noqa: A002
    """Events per PLOVER type across original articles."""
    where, params = _event_filter(store, type, actor, since, until)
    sql = (
        "SELECT e.type, count(*) AS events, count(DISTINCT e.article_id) AS articles"
        " FROM events e JOIN articles a ON a.id = e.article_id WHERE a.duplicate_of IS NULL" + where
        + " GROUP BY e.type ORDER BY events DESC, e.type"
    )
    return [dict(r) for r in store.conn.execute(sql, params)]


def timeline(store: Store, actor: str, *, limit: int | None = None) -> list[dict[str, Any]]:
    """Events and statements of an actor by date, each with its article and offsets."""
    ids = resolve_actor(store, actor)
    items: list[dict[str, Any]] = []
    for ev in events(store, actor=actor):
        role = "source" if ev["source_id"] in ids else "target"
        other = ev["target_text"] if role == "source" else ev["source_text"]
        items.append({"date": ev["date"], "kind": "event", "type": ev["type"], "role": role, "text": ev["text"], "other": other,
                      "article_id": ev["article_id"], "start": ev["start"], "end": ev["end"], "negated": ev["negated"]})
    for q in quotes(store, speaker=actor):
        items.append({"date": q["date"], "kind": "quote", "type": "direct" if q["direct"] else "indirect", "role": "speaker",
                      "text": q["content"], "other": q["via_text"], "article_id": q["article_id"], "start": q["start"], "end": q["end"], "negated": None})
    items.sort(key=lambda x: (x["date"] or "9999", x["article_id"], x["start"]))
    return items[: limit or None]


# --- export -------------------------------------------------------------------------


def _rows(store: Store, kind: str, include_duplicates: bool) -> Iterator[dict[str, Any]]:
    dup = "" if include_duplicates else " WHERE a.duplicate_of IS NULL"
    if kind == "articles":
        sql = "SELECT a.id, a.title, a.url, a.source, a.published, a.duplicate_of, a.content_hash, a.ingested_at, a.text FROM articles a" + dup + " ORDER BY a.published, a.id"
    else:
        sql = f"SELECT t.* FROM {kind} t JOIN articles a ON a.id = t.article_id{dup} ORDER BY a.published, t.article_id" + (", t.start" if kind not in ("actors",) else "")
    for r in store.conn.execute(sql):
        yield dict(r)


def export(store: Store, fmt: str, out: TextIO | str, *, kind: str = "articles", include_duplicates: bool = False) -> int:
    """Write one kind of record in ``fmt``; returns the number of rows written.

    ``jsonl`` of articles is the article record (docs/RECORD.md), one per line;
    ``plover`` is one PLOVER event per line; ``csv`` and ``parquet`` are flat tables.
    ``out`` is a text stream, or a file path (required for parquet).
    """
    if fmt not in EXPORT_FORMATS:
        raise QueryError(f"unknown export format {fmt!r}", hint=f"one of: {', '.join(EXPORT_FORMATS)}")
    if kind not in EXPORT_KINDS:
        raise QueryError(f"unknown record kind {kind!r}", hint=f"one of: {', '.join(EXPORT_KINDS)}")
    n = 0
    if fmt == "parquet":
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise StoreError("Parquet export needs pyarrow, which is not installed", hint="install it with: pip install 'rasd[parquet]'") from None
        if not isinstance(out, str):
            raise StoreError("Parquet is binary: give a file with --out", hint="rasd export --format parquet --out corpus.parquet")
        rows = list(_rows(store, kind, include_duplicates))
        pq.write_table(pa.Table.from_pylist(rows), out)
        return len(rows)
    stream: TextIO = open(out, "w", encoding="utf-8", newline="") if isinstance(out, str) else out  # noqa: SIM115
    try:
        if fmt == "plover":
            from rasd.export import plover_events

            dup = "" if include_duplicates else " WHERE duplicate_of IS NULL"
            for text, rj in store.conn.execute("SELECT text, record_json FROM articles" + dup + " ORDER BY published, id"):
                for ev in plover_events(load_record(text, rj)):
                    stream.write(json.dumps(ev, ensure_ascii=False) + "\n")
                    n += 1
        elif fmt == "jsonl" and kind == "articles":
            dup = "" if include_duplicates else " WHERE duplicate_of IS NULL"
            for text, rj in store.conn.execute("SELECT text, record_json FROM articles" + dup + " ORDER BY published, id"):
                stream.write(json.dumps(load_record(text, rj), ensure_ascii=False) + "\n")
                n += 1
        elif fmt == "jsonl":
            for row in _rows(store, kind, include_duplicates):
                stream.write(json.dumps(row, ensure_ascii=False) + "\n")
                n += 1
        else:
            writer = None
            for row in _rows(store, kind, include_duplicates):
                if writer is None:
                    writer = csv.DictWriter(stream, fieldnames=list(row))
                    writer.writeheader()
                writer.writerow(row)
                n += 1
        stream.flush()
    finally:
        if isinstance(out, str):
            stream.close()
    return n

