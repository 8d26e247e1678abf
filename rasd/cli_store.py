"""The corpus-store commands of ``rasd``: ingest, search, top-actors, quotes, events, timeline, export.

Each command opens the database (``--db``, else ``$RASD_DB``, else
``~/.local/share/rasd/rasd.db``), calls one function of :mod:`rasd.store` and
prints its result. Library errors become one line ``rasd: error E4xx: …`` in
:func:`rasd.cli.main`.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from typing import Any

__all__ = ["add_store_commands"]

_RAW = argparse.RawDescriptionHelpFormatter


def _db_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="FILE", help="the corpus database (default: $RASD_DB, else ~/.local/share/rasd/rasd.db)")


def _format_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=("table", "jsonl"), default="table", help="table (default) or one JSON object per line")


def _limit_arg(p: argparse.ArgumentParser, default: int) -> None:
    p.add_argument("--limit", type=int, default=default, metavar="N", help=f"at most N results (default: {default or 'all'}; 0 for all)")


def _date(value: str) -> str:
    from rasd.cli import _date_arg

    return _date_arg(value)


def add_store_commands(sub: Any, input_args: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add the store commands to the ``rasd`` subparsers ``sub``; ``input_args`` adds the inputs of ``extract``."""
    ing = sub.add_parser(
        "ingest",
        help="extract records from articles or RSS/Atom feeds and store them in the corpus database",
        description="Read articles (like extract) or RSS/Atom feed URLs, extract their records and store them. "
        "An article whose text is already stored is skipped; a near-duplicate (a syndicated copy with small edits) "
        "is stored linked to its original and left out of counts.",
        epilog="examples:\n  rasd ingest examples/ --db corpus.db\n  rasd ingest https://example.org/rss.xml --jobs 2\n",
        formatter_class=_RAW,
    )
    input_args(ing)
    for action in ing._actions:  # the same inputs as extract, plus feed URLs
        if action.dest == "inputs":
            action.metavar = "PATH_OR_URL"
            action.help = "files, directories (recursive), - for stdin, or http(s) URLs of RSS/Atom feeds"
    _db_arg(ing)
    ing.add_argument("--jobs", type=int, default=1, metavar="N", help="extract in N worker processes (default 1); the database is written by the main process")
    ing.set_defaults(func=cmd_ingest)

    se = sub.add_parser(
        "search",
        help="full-text search of the stored articles (Arabic spelling variants and clitics match)",
        description="Search titles and texts. Words are matched without their clitics and across spelling "
        "variants (العراق finds والعراق and بالعراق; الأمريكية finds الأميركية). All words must match; "
        '"a phrase" matches words in order; OR between words or phrases gives alternatives; -word excludes.',
        epilog='examples:\n  rasd search "وقف إطلاق النار" --since 2024-01-01\n  rasd search غزة OR لبنان -الضفة --limit 5\n',
        formatter_class=_RAW,
    )
    se.add_argument("query", metavar="QUERY", help="the words to search for")
    _db_arg(se)
    se.add_argument("--since", type=_date, metavar="YYYY-MM-DD", help="articles published on or after this day")
    se.add_argument("--until", type=_date, metavar="YYYY-MM-DD", help="articles published on or before this day")
    se.add_argument("--source", metavar="NAME", help="articles of this outlet only (exact name)")
    se.add_argument("--entity", metavar="ID_OR_NAME", help="articles that mention this actor (an id such as place:iq, or a name)")
    _limit_arg(se, 20)
    _format_arg(se)
    se.set_defaults(func=cmd_search)

    ta = sub.add_parser("top-actors", help="the most mentioned actors of the corpus, with counts",
                        description="Actors by number of mentions across the stored articles (near-duplicates not counted).")
    _db_arg(ta)
    ta.add_argument("--label", choices=("PER", "ORG", "LOC", "MISC"), help="only actors with this label")
    _limit_arg(ta, 20)
    _format_arg(ta)
    ta.set_defaults(func=cmd_top_actors)

    qu = sub.add_parser("quotes", help="stored quotes by date, optionally of one speaker",
                        description="Quotes of the stored articles by date: speaker, content, outlet.",
                        epilog="example:\n  rasd quotes --speaker الصفدي\n", formatter_class=_RAW)
    _db_arg(qu)
    qu.add_argument("--speaker", metavar="ID_OR_NAME", help="quotes of this actor only (an id or a name)")
    qu.add_argument("--since", type=_date, metavar="YYYY-MM-DD", help="published on or after this day")
    qu.add_argument("--until", type=_date, metavar="YYYY-MM-DD", help="published on or before this day")
    _limit_arg(qu, 0)
    _format_arg(qu)
    qu.set_defaults(func=cmd_quotes)

    ev = sub.add_parser("events", help="stored PLOVER events by date, filtered by type, actor and date",
                        description="Events of the stored articles by date (the event's own date when its sentence gives one, else the publication date).",
                        epilog="examples:\n  rasd events --type ASSAULT --since 2024-01-01\n  rasd events --actor place:il --counts\n", formatter_class=_RAW)
    _db_arg(ev)
    ev.add_argument("--type", metavar="T", help="PLOVER event type (ASSAULT, CONSULT, REQUEST, ...)")
    ev.add_argument("--actor", metavar="ID_OR_NAME", help="events with this actor as source or target")
    ev.add_argument("--since", type=_date, metavar="YYYY-MM-DD", help="events on or after this day")
    ev.add_argument("--until", type=_date, metavar="YYYY-MM-DD", help="events on or before this day")
    ev.add_argument("--counts", action="store_true", help="print the number of events per type instead of the events")
    _limit_arg(ev, 0)
    _format_arg(ev)
    ev.set_defaults(func=cmd_events)

    tl = sub.add_parser("timeline", help="events and statements of one actor by date",
                        description="Everything an actor did, suffered or said in the stored articles, by date.",
                        epilog="example:\n  rasd timeline الصفدي\n", formatter_class=_RAW)
    tl.add_argument("actor", metavar="ACTOR", help="an actor id (actor:…, place:…) or a name")
    _db_arg(tl)
    _limit_arg(tl, 0)
    _format_arg(tl)
    tl.set_defaults(func=cmd_timeline)

    ex = sub.add_parser("export", help="export the stored articles or one kind of record",
                        description="Write the stored records: jsonl (the article record of docs/RECORD.md, or rows of one kind), "
                        "csv, parquet (needs pyarrow: pip install 'rasd[parquet]') or plover (one PLOVER event per line).",
                        epilog="examples:\n  rasd export --format jsonl --out corpus.jsonl\n  rasd export --format csv --kind quotes\n", formatter_class=_RAW)
    _db_arg(ex)
    ex.add_argument("--format", choices=("jsonl", "csv", "parquet", "plover"), default="jsonl", help="output format (default: jsonl)")
    ex.add_argument("--kind", choices=("articles", "entities", "actors", "quotes", "quantities", "times", "events"), default="articles",
                    help="what to export (default: articles); ignored by plover")
    ex.add_argument("--out", metavar="FILE", help="write to FILE instead of standard output (required for parquet)")
    ex.add_argument("--include-duplicates", action="store_true", help="also export near-duplicate articles and their records")
    ex.set_defaults(func=cmd_export)


# --- commands -------------------------------------------------------------------------


def _open(args: argparse.Namespace, *, create: bool = False):  # noqa: ANN202
    from rasd.store import Store

    return Store(args.db, create=create)


def _jsonl(rows: list[dict[str, Any]]) -> None:
    for r in rows:
        sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")


def cmd_ingest(args: argparse.Namespace) -> int:
    from rasd.cli import EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, _warn
    from rasd.errors import QueryError
    from rasd.io import DEFAULT_MAX_BYTES
    from rasd.store import ingest

    if args.jobs < 1:
        raise QueryError(f"--jobs {args.jobs}: give at least 1 worker")
    started = time.perf_counter()
    progress = None
    if not args.quiet:
        from tqdm import tqdm

        progress = tqdm(desc="ingest", unit=" articles", file=sys.stderr, disable=None, leave=False)

    def on_item(kind: str, origin: str, detail: str) -> None:
        if kind == "skipped":
            if progress is not None:
                progress.clear()
            _warn(f"skipped {origin}: {detail}")
        elif progress is not None:
            progress.update(1)

    with _open(args, create=True) as store:
        try:
            report = ingest(store, args.inputs, jobs=args.jobs, published=args.published,
                            max_bytes=args.max_bytes or DEFAULT_MAX_BYTES, on_item=on_item)
        finally:
            if progress is not None:
                progress.close()
        total = store.count()
        path = store.path
    if not args.quiet:
        secs = time.perf_counter() - started
        _warn(f"{report.stored} stored, {report.near_duplicates} near-duplicates (stored, linked to their original), "
              f"{report.duplicates} already stored, {len(report.skipped)} skipped in {secs:.1f} s; {total} articles in {path}")
        reasons: dict[str, int] = {}
        for _, reason in report.skipped:
            reasons[reason.split(" (")[0]] = reasons.get(reason.split(" (")[0], 0) + 1
        for reason, n in sorted(reasons.items(), key=lambda x: -x[1]):
            _warn(f"  skipped {n}: {reason}")
    if report.skipped and not (report.stored or report.near_duplicates or report.duplicates):
        return EXIT_USAGE
    return EXIT_SKIPPED if report.skipped else EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    from rasd.store import search

    with _open(args) as store:
        hits = search(store, args.query, since=args.since, until=args.until, source=args.source, entity=args.entity, limit=args.limit)
    if args.format == "jsonl":
        _jsonl(hits)
        return 0
    if not hits:
        sys.stderr.write("rasd: no article matches\n")
    for h in hits:
        sys.stdout.write(f"{h['score']:7.2f}  {h['published'] or '(no date)'}  {h['source'] or ''}  {h['id'][:40]}\n")
        if h["title_snippet"]:
            sys.stdout.write(f"         {h['title_snippet']}\n")
        sys.stdout.write(f"         {h['snippet']}\n\n")
    return 0


def cmd_top_actors(args: argparse.Namespace) -> int:
    from rasd.store import top_actors

    with _open(args) as store:
        rows = top_actors(store, label=args.label, limit=args.limit)
    if args.format == "jsonl":
        _jsonl(rows)
        return 0
    sys.stdout.write(f"{'mentions':>8} {'articles':>8}  {'label':<5} {'id':<40} name\n")
    for r in rows:
        sys.stdout.write(f"{r['mentions']:>8} {r['articles']:>8}  {r['label'] or '':<5} {r['id']:<40} {r['name']}\n")
    return 0


def cmd_quotes(args: argparse.Namespace) -> int:
    from rasd.store import quotes

    with _open(args) as store:
        rows = quotes(store, speaker=args.speaker, since=args.since, until=args.until, limit=args.limit)
    if args.format == "jsonl":
        _jsonl(rows)
        return 0
    for q in rows:
        via = f" via {q['via_text']}" if q["via_text"] else ""
        kind = "direct" if q["direct"] else "indirect"
        sys.stdout.write(f"{q['date'] or '(no date)'}  {q['speaker_text'] or '?'}{via} ({kind}, {q['source'] or '-'}): {q['content']}\n")
    return 0


def cmd_events(args: argparse.Namespace) -> int:
    from rasd.store import event_counts, events

    with _open(args) as store:
        if args.counts:
            rows = event_counts(store, type=args.type, actor=args.actor, since=args.since, until=args.until)
        else:
            rows = events(store, type=args.type, actor=args.actor, since=args.since, until=args.until, limit=args.limit)
    if args.format == "jsonl":
        _jsonl(rows)
        return 0
    if args.counts:
        sys.stdout.write(f"{'events':>7} {'articles':>8}  type\n")
        for r in rows:
            sys.stdout.write(f"{r['events']:>7} {r['articles']:>8}  {r['type']}\n")
        return 0
    for e in rows:
        neg = " (negated)" if e["negated"] else ""
        sys.stdout.write(f"{e['date'] or '(no date)'}  {e['type']:<10} {e['source_text'] or '-'} -> {e['target_text'] or '-'}  «{e['text']}»{neg}  "
                         f"{e['article_id'][:24]}:{e['start']}\n")
    return 0


def cmd_timeline(args: argparse.Namespace) -> int:
    from rasd.store import timeline

    with _open(args) as store:
        rows = timeline(store, args.actor, limit=args.limit)
    if args.format == "jsonl":
        _jsonl(rows)
        return 0
    for r in rows:
        other = f" ({r['other']})" if r["other"] else ""
        sys.stdout.write(f"{r['date'] or '(no date)'}  {r['kind']:<5} {r['type']:<10} {r['role']:<7} {r['text'][:120]}{other}\n")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from rasd.cli import _warn
    from rasd.store import export

    with _open(args) as store:
        n = export(store, args.format, args.out or sys.stdout, kind=args.kind, include_duplicates=args.include_duplicates)
    if args.out:
        _warn(f"{n} rows written to {args.out}")
    return 0
