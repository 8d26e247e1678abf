"""The ``rasd`` command line: thin commands over library functions.

Each command parses its arguments and calls the library. A library error
becomes one line on stderr (``rasd: error E101: ...``) and an exit code:

* 0 — everything was processed;
* 1 — some inputs were skipped (each named on stderr), the rest processed;
* 2 — usage error, or nothing could be processed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Sequence
from typing import Any, TextIO

from rasd import __version__
from rasd.article import Article, parse_published
from rasd.errors import InputError, RasdError

EXIT_OK = 0
EXIT_SKIPPED = 1
EXIT_USAGE = 2

_EPILOG_EXTRACT = """\
examples:
  rasd extract examples/                       # every article under a directory
  rasd extract article.txt --published 2023-03-16 --format table
  cat article.txt | rasd extract - --published 2023-03-16
  rasd extract feed.jsonl > records.jsonl      # one record per line

Inputs: plain UTF-8 text, HTML (main text extracted), JSON Lines or JSON with a
"text" field and optional id, title, url, source, published. Exit status: 0 all
processed, 1 some inputs skipped (named on stderr), 2 usage error or nothing read.
"""


def _date_arg(value: str) -> str:
    try:
        d = parse_published(value)
    except RasdError as e:
        raise argparse.ArgumentTypeError(str(e)) from None
    assert d is not None
    return d


def _size_arg(value: str) -> int:
    units = {"k": 1024, "m": 1024**2, "g": 1024**3}
    v = value.strip().lower().rstrip("b")
    mult = units.get(v[-1:], 1)
    try:
        n = int(float(v[:-1] if v[-1:] in units else v) * mult)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a size (e.g. 10M, 500k)") from None
    if n <= 0:
        raise argparse.ArgumentTypeError("size must be positive")
    return n


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rasd",
        description="rasd (رصد): Arabic news into records an analyst can check.",
    )
    parser.add_argument("--version", action="version", version=f"rasd {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    ex = sub.add_parser(
        "extract",
        help="extract records from articles and print them",
        description="Read articles and print one record per article (the record is described in docs/RECORD.md).",
        epilog=_EPILOG_EXTRACT,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ex.add_argument("inputs", nargs="+", metavar="FILE_OR_DIR", help="files, directories (recursive) or - for stdin")
    ex.add_argument("--published", type=_date_arg, metavar="YYYY-MM-DD", help="publication date for articles that carry none")
    ex.add_argument("--format", choices=("jsonl", "json", "table"), default="jsonl", help="output format (default: jsonl)")
    ex.add_argument("--max-bytes", type=_size_arg, default=None, metavar="SIZE", help="largest article to read (default: 10M)")
    ex.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary on stderr")
    ex.set_defaults(func=cmd_extract)
    return parser


# --- output ---------------------------------------------------------------------


def _table(rec: dict[str, Any], out: TextIO) -> None:
    title = rec.get("title") or ""
    out.write(f"== {rec['id'][:16]}  {rec.get('published') or '(no date)'}  {title}\n")
    out.write(f"   {len(rec['text'])} characters, {len(rec['sentences'])} sentences\n")
    for e in rec["entities"]:
        out.write(f"   entity    {e['start']:>6}:{e['end']:<6} {e['label']:<5} {e['text']}  {e.get('id') or ''}\n")
    for t in rec["times"]:
        out.write(f"   time      {t['start']:>6}:{t['end']:<6} {t['type']:<5} {t['text']}  -> {t['value']}\n")
    for q in rec["quantities"]:
        approx = "~" if q.get("approximate") else ""
        out.write(f"   quantity  {q['start']:>6}:{q['end']:<6} {q['text']}  -> {approx}{q['value']} {q.get('unit') or ''}\n")
    for q in rec["quotes"]:
        who = (q.get("speaker") or {}).get("text") or "?"
        via = (q.get("via") or {}).get("text")
        kind = "direct" if q["direct"] else "indirect"
        out.write(f"   quote     {q['start']:>6}:{q['end']:<6} {who}{' via ' + via if via else ''} ({kind}, {q.get('cue')}): {q['content'][:80]}\n")
    for ev in rec["events"]:
        src = (ev.get("source") or {}).get("text") or "-"
        tgt = (ev.get("target") or {}).get("text") or "-"
        out.write(f"   event     {ev['start']:>6}:{ev['end']:<6} {ev['type']:<9} {ev['text']}  {src} -> {tgt}\n")


class _Writer:
    def __init__(self, fmt: str, out: TextIO) -> None:
        self.fmt, self.out, self.n = fmt, out, 0

    def write(self, rec: dict[str, Any]) -> None:
        if self.fmt == "jsonl":
            self.out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        elif self.fmt == "json":
            self.out.write(("[\n" if self.n == 0 else ",\n") + json.dumps(rec, ensure_ascii=False, indent=2))
        else:
            _table(rec, self.out)
        self.n += 1

    def close(self) -> None:
        if self.fmt == "json":
            self.out.write("[]\n" if self.n == 0 else "\n]\n")
        self.out.flush()


def _warn(msg: str) -> None:
    sys.stderr.write(f"rasd: {msg}\n")


# --- commands -------------------------------------------------------------------


def cmd_extract(args: argparse.Namespace) -> int:
    from rasd.io import DEFAULT_MAX_BYTES, read_inputs
    from rasd.pipeline import default_pipeline

    pipeline = default_pipeline()
    writer = _Writer(args.format, sys.stdout)
    done = skipped = 0
    started = time.perf_counter()
    progress = None
    if not args.quiet:
        from tqdm import tqdm

        progress = tqdm(desc="extract", unit=" articles", file=sys.stderr, disable=None, leave=False)
    try:
        for item in read_inputs(args.inputs, max_bytes=args.max_bytes or DEFAULT_MAX_BYTES):
            if isinstance(item, InputError):
                skipped += 1
                if progress is not None:
                    progress.clear()
                _warn(f"skipped {item.source}: {item.cause}" + (f" ({item.hint})" if item.hint else ""))
                continue
            for w in item.warnings:
                _warn(f"warning: {w}")
            meta = item.meta()
            if meta["published"] is None:
                meta["published"] = args.published
            try:
                article = pipeline(Article(item.text, **meta))
            except RasdError as e:
                skipped += 1
                _warn(f"skipped {item.origin}: {e}")
                continue
            writer.write(article.to_dict())
            done += 1
            if progress is not None:
                progress.update(1)
    finally:
        if progress is not None:
            progress.close()
        writer.close()
    if not args.quiet:
        secs = time.perf_counter() - started
        _warn(f"{done} article{'s' if done != 1 else ''} extracted, {skipped} skipped in {secs:.1f} s")
    if done == 0 and skipped:
        return EXIT_USAGE
    return EXIT_SKIPPED if skipped else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except RasdError as e:
        _warn(f"error {e.code}: {e}")
        return getattr(e, "exit_code", 1) or 1
    except BrokenPipeError:
        # the reader went away (rasd extract ... | head): not an error. Point
        # stdout at /dev/null so the interpreter's final flush stays quiet.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        _warn("interrupted")
        return 130


if __name__ == "__main__":
    sys.exit(main())
