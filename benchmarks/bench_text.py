#!/usr/bin/env python3
"""Speed of rasd's Arabic text layer beside CAMeL Tools' comparable utilities.

Both sides run in one process on the same texts (default: the 1,000 articles of
``../shared/data/news/news_sample_1000.jsonl`` beside the repository):

* rasd, full layer, per article: ``a = Article(text); a.tokens; a.sentence_spans``
  (the CLITIC view with its offset map, tokens with offsets and clitic splits,
  sentences), and the same plus the MATCH view components match on;
* rasd parts, each timed alone on inputs built beforehand: ``normalize_view``
  (MATCH, CLITIC), ``tokenize`` (given the CLITIC view), ``split_sentences``
  (given the tokens);
* CAMeL Tools, per article: ``normalize_unicode`` -> ``dediac_ar`` ->
  ``normalize_alef_ar`` -> ``normalize_alef_maksura_ar`` ->
  ``normalize_teh_marbuta_ar`` -> ``simple_word_tokenize`` (no offsets, no
  clitics, no sentences).

Method: texts are loaded once; each side is warmed up with one full pass; then
each side runs ``--repeat`` passes over all articles (sides interleaved) and the
median pass time counts. Words are ``len(text.split())`` summed over articles.
rasd's per-word segmentation caches are cleared before every timed full-layer
and tokenize pass (:func:`clear_word_caches`), so each pass sees the corpus as a
fresh process would (the vocabulary, tables and regexes stay loaded); the "warm
cache" row shows the steady state of a long-running process that has seen every
word before, and the "new process" row times each pass in a fresh Python process
(a check that no cache was missed). The headline ratio is rasd full layer over
the CAMeL chain, from medians; the per-round ratio (the two run back to back)
is steadier on a shared machine. Peak memory is taken by tracemalloc in
separate, untimed passes.

camel-tools is installed for the benchmark only, without torch: see
benchmarks/README.md. When it or the data file is missing, the script says so
and exits 0. When ``camel_tools`` is not importable but ``.venv-bench`` exists
in the repository, the script re-runs itself with that environment's Python.

    python benchmarks/bench_text.py [--repeat 5] [--data PATH] [--json] [--profile]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any, Callable

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = (REPO / ".." / "shared" / "data" / "news" / "news_sample_1000.jsonl").resolve()
BENCH_VENV_PYTHON = REPO / ".venv-bench" / "bin" / "python"
_REEXEC_GUARD = "RASD_BENCH_REEXEC"


def _skip(msg: str) -> None:
    print(f"bench_text: skipped: {msg}")
    sys.exit(0)


def _import_camel() -> dict[str, Callable] | None:
    try:
        from camel_tools.tokenizers.word import simple_word_tokenize
        from camel_tools.utils.dediac import dediac_ar
        from camel_tools.utils.normalize import (
            normalize_alef_ar,
            normalize_alef_maksura_ar,
            normalize_teh_marbuta_ar,
            normalize_unicode,
        )
    except ImportError:
        return None
    return {
        "normalize_unicode": normalize_unicode,
        "dediac_ar": dediac_ar,
        "normalize_alef_ar": normalize_alef_ar,
        "normalize_alef_maksura_ar": normalize_alef_maksura_ar,
        "normalize_teh_marbuta_ar": normalize_teh_marbuta_ar,
        "simple_word_tokenize": simple_word_tokenize,
    }


def load_texts(path: Path) -> list[str]:
    texts = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                t = json.loads(line).get("text")
                if isinstance(t, str) and t:
                    texts.append(t)
    return texts


# --- the two sides -----------------------------------------------------------


def make_sides(camel: dict[str, Callable]) -> dict[str, Any]:
    from rasd.article import Article
    from rasd.text.clitics import CLITIC
    from rasd.text.normalize import MATCH, normalize_view
    from rasd.text.sentences import split_sentences
    from rasd.text.tokenize import tokenize

    def rasd_full(texts: list[str]) -> int:
        n = 0
        for t in texts:
            a = Article(t)
            n += len(a.tokens)
            a.sentence_spans
        return n

    def rasd_full_match(texts: list[str]) -> int:
        n = 0
        for t in texts:
            a = Article(t)
            a.view(MATCH)
            n += len(a.tokens)
            a.sentence_spans
        return n

    def view_match(texts: list[str]) -> int:
        return sum(len(normalize_view(t, MATCH).text) for t in texts)

    def view_clitic(texts: list[str]) -> int:
        return sum(len(normalize_view(t, CLITIC).text) for t in texts)

    cu, dd = camel["normalize_unicode"], camel["dediac_ar"]
    na, nm, nt = camel["normalize_alef_ar"], camel["normalize_alef_maksura_ar"], camel["normalize_teh_marbuta_ar"]
    swt = camel["simple_word_tokenize"]

    def camel_chain(texts: list[str]) -> int:
        n = 0
        for t in texts:
            n += len(swt(nt(nm(na(dd(cu(t)))))))
        return n

    def camel_normalize(texts: list[str]) -> int:
        return sum(len(nt(nm(na(dd(cu(t)))))) for t in texts)

    return {
        "Article": Article,
        "CLITIC": CLITIC,
        "normalize_view": normalize_view,
        "tokenize": tokenize,
        "split_sentences": split_sentences,
        "rasd_full": rasd_full,
        "rasd_full_match": rasd_full_match,
        "view_match": view_match,
        "view_clitic": view_clitic,
        "camel_chain": camel_chain,
        "camel_normalize": camel_normalize,
        "camel_tokenize": lambda texts: sum(len(swt(t)) for t in texts),
    }


def clear_word_caches() -> None:
    """Forget every word rasd has segmented, keeping what is loaded once
    (vocabulary, exceptions, tables, regexes): the state of a fresh process
    after its first article. Names every per-word cache the text layer has;
    the "fresh process" row checks that none is missed."""
    from rasd.text import clitics, tokenize

    clitics.segment.cache_clear()
    for mod in (clitics, tokenize):
        for name in ("_SEGMENTS",):  # tokenize's own memo of segment(), if present
            cache = getattr(mod, name, None)
            if isinstance(cache, dict):
                cache.clear()


_WARM_TEXT = "قال الرئيس إن الحكومة ستعقد اجتماعا."


def fresh_pass(texts: list[str]) -> float:
    """One timed full-layer pass in this (fresh) process, after one short warm-up text."""
    from rasd.article import Article

    a = Article(_WARM_TEXT)
    a.tokens, a.sentence_spans
    gc.collect()
    t0 = time.perf_counter()
    for t in texts:
        a = Article(t)
        a.tokens
        a.sentence_spans
    return time.perf_counter() - t0


def _fresh_process_times(data: Path, repeat: int) -> list[float]:
    """Full-layer pass times, each in a new Python process (no word cache at all)."""
    out = []
    for _ in range(repeat):
        cp = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--data", str(data), "--fresh-pass"],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, _REEXEC_GUARD: "1"},
        )
        out.append(float(cp.stdout.strip().splitlines()[-1]))
    return out


def _each(fn: Callable[[str, Any], Any], pairs: list[tuple[str, Any]]) -> None:
    """Run ``fn`` on every pair, keeping no result (as the full-layer pass does)."""
    for a, b in pairs:
        fn(a, b)


def _timed(fn: Callable[[], Any], before: Callable[[], None] | None = None) -> float:
    if before is not None:
        before()
    gc.collect()
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def _peak(fn: Callable[[], Any], before: Callable[[], None] | None = None) -> int:
    """Peak bytes traced while ``fn`` runs (results are not kept)."""
    if before is not None:
        before()
    gc.collect()
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        fn()
        return tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()


def run(texts: list[str], camel: dict[str, Callable], repeat: int, data: Path) -> dict[str, Any]:
    s = make_sides(camel)
    clear = clear_word_caches
    words = sum(len(t.split()) for t in texts)
    chars = sum(len(t) for t in texts)

    # Warm-up: loads the vocabulary, builds tables, compiles regexes on both sides.
    t0 = time.perf_counter()
    s["rasd_full"](texts[:1])
    first_call = time.perf_counter() - t0
    clear()
    s["rasd_full_match"](texts)
    s["camel_chain"](texts)
    s["camel_normalize"](texts)

    # Inputs of the parts, built once.
    clitic_views = [s["normalize_view"](t, s["CLITIC"]) for t in texts]
    token_lists = [s["tokenize"](t, v) for t, v in zip(texts, clitic_views)]
    tok, split = s["tokenize"], s["split_sentences"]
    pairs_v = list(zip(texts, clitic_views))
    pairs_t = list(zip(texts, token_lists))
    # Keep these long-lived inputs (360,000 tokens) out of the cyclic GC's scans:
    # every full collection walks all tracked objects, so they would slow the
    # passes that do not use them and tilt the comparison.
    gc.collect()
    gc.freeze()

    runs: dict[str, tuple[Callable[[], Any], Callable[[], None] | None]] = {
        # The compared pair first and side by side, so that both see the same load.
        "rasd_full": (lambda: s["rasd_full"](texts), clear),
        "camel_chain": (lambda: s["camel_chain"](texts), None),
        "rasd_full_match": (lambda: s["rasd_full_match"](texts), clear),
        "rasd_full_warm_cache": (lambda: s["rasd_full"](texts), None),
        "rasd_view_match": (lambda: s["view_match"](texts), None),
        "rasd_view_clitic": (lambda: s["view_clitic"](texts), None),
        "rasd_tokenize": (lambda: _each(tok, pairs_v), clear),
        "rasd_sentences": (lambda: _each(split, pairs_t), None),
        "camel_normalize": (lambda: s["camel_normalize"](texts), None),
        "camel_tokenize": (lambda: s["camel_tokenize"](texts), None),
    }
    times: dict[str, list[float]] = {k: [] for k in runs}
    for _ in range(repeat):
        for name, (fn, before) in runs.items():  # sides interleaved in every round
            times[name].append(_timed(fn, before))
    # On a shared machine the load drifts between rounds; the ratio within each
    # round, where rasd and CAMeL ran back to back, is steadier than a ratio of medians.
    round_ratios = [c / r for r, c in zip(times["rasd_full"], times["camel_chain"])]
    clear()
    del clitic_views, token_lists, pairs_v, pairs_t
    gc.unfreeze()
    gc.collect()

    times["rasd_full_fresh_process"] = _fresh_process_times(data, repeat)

    figures: dict[str, Any] = {}
    for name, ts in times.items():
        med = statistics.median(ts)
        figures[name] = {
            "seconds_median": round(med, 4),
            "seconds_min": round(min(ts), 4),
            "seconds_max": round(max(ts), 4),
            "words_per_s": round(words / med),
            "articles_per_s": round(len(texts) / med, 1),
        }

    memory = {
        "rasd_full_peak_bytes": _peak(lambda: s["rasd_full"](texts), clear),
        "camel_chain_peak_bytes": _peak(lambda: s["camel_chain"](texts), None),
    }
    rasd_tokens = s["rasd_full"](texts)
    camel_tokens = s["camel_chain"](texts)
    clear()

    import camel_tools

    import rasd

    return {
        "data": None,  # filled by main
        "articles": len(texts),
        "words": words,
        "chars": chars,
        "repeat": repeat,
        "tokens": {"rasd": rasd_tokens, "camel": camel_tokens},
        "rasd_first_call_seconds": round(first_call, 3),
        "figures": figures,
        "ratio_rasd_full_over_camel": round(figures["rasd_full"]["words_per_s"] / figures["camel_chain"]["words_per_s"], 3),
        "ratio_rasd_full_over_camel_per_round_median": round(statistics.median(round_ratios), 3),
        "ratio_rasd_full_over_camel_per_round": [round(x, 3) for x in round_ratios],
        "ratio_rasd_full_over_camel_best": round(min(times["camel_chain"]) / min(times["rasd_full"]), 3),
        "ratio_rasd_full_match_over_camel": round(
            figures["rasd_full_match"]["words_per_s"] / figures["camel_chain"]["words_per_s"], 3
        ),
        "ratio_rasd_warm_over_camel": round(
            figures["rasd_full_warm_cache"]["words_per_s"] / figures["camel_chain"]["words_per_s"], 3
        ),
        "memory": {
            **memory,
            "process_max_rss_bytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
        },
        "versions": {
            "python": platform.python_version(),
            "rasd": getattr(rasd, "__version__", "?"),
            "rasd_git": _git_state(),
            "camel_tools": getattr(camel_tools, "__version__", "?"),
            "machine": f"{platform.machine()} {_cpu_model()}",
        },
    }


def _git_state() -> str:
    """The commit measured, and whether rasd/ had uncommitted changes."""
    try:
        head = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True, timeout=10
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(REPO), "status", "--porcelain", "--", "rasd"], capture_output=True, text=True, timeout=10
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "?"
    return f"{head or '?'}{' + uncommitted changes in rasd/' if dirty else ''}"


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "?"


# --- output --------------------------------------------------------------------

_ROWS = [
    ("rasd_full", "rasd full layer: Article(t).tokens + .sentence_spans"),
    ("camel_chain", "CAMeL: 5 normalizers + simple_word_tokenize"),
    ("rasd_full_match", "rasd full layer + MATCH view (a.view(MATCH))"),
    ("rasd_full_warm_cache", "rasd full layer, segment cache warm"),
    ("rasd_full_fresh_process", "rasd full layer, each pass a new process"),
    ("rasd_view_match", "  rasd part: normalize_view(t, MATCH)"),
    ("rasd_view_clitic", "  rasd part: normalize_view(t, CLITIC)"),
    ("rasd_tokenize", "  rasd part: tokenize(t, clitic_view)"),
    ("rasd_sentences", "  rasd part: split_sentences(t, tokens)"),
    ("camel_normalize", "  CAMeL part: the 5 normalizers"),
    ("camel_tokenize", "  CAMeL part: simple_word_tokenize alone"),
]


def _mib(n: int) -> str:
    return f"{n / 2**20:.1f} MiB"


def print_table(r: dict[str, Any]) -> None:
    v = r["versions"]
    print(f"data: {r['data']}")
    print(
        f"{r['articles']} articles, {r['words']:,} words, {r['chars']:,} chars; "
        f"median of {r['repeat']} passes after one warm-up pass"
    )
    print(f"python {v['python']}, rasd {v['rasd']} ({v['rasd_git']}), camel_tools {v['camel_tools']}, {v['machine']}")
    print()
    w = max(len(label) for _, label in _ROWS)
    print(f"{'':{w}}  {'words/s':>10}  {'articles/s':>10}  {'median s':>9}  {'min-max s':>15}")
    for key, label in _ROWS:
        f = r["figures"][key]
        print(
            f"{label:{w}}  {f['words_per_s']:>10,}  {f['articles_per_s']:>10,.1f}  "
            f"{f['seconds_median']:>9.3f}  {f['seconds_min']:>7.3f}-{f['seconds_max']:<7.3f}"
        )
    print()
    print(f"ratio rasd/CAMeL (words/s), full layer:              {r['ratio_rasd_full_over_camel']:.2f}x")
    print(
        f"  same, median of per-round ratios: {r['ratio_rasd_full_over_camel_per_round_median']:.2f}x "
        f"(rounds: {', '.join(f'{x:.2f}' for x in r['ratio_rasd_full_over_camel_per_round'])}); "
        f"best pass over best pass: {r['ratio_rasd_full_over_camel_best']:.2f}x"
    )
    print(f"ratio rasd/CAMeL (words/s), full layer + MATCH view: {r['ratio_rasd_full_match_over_camel']:.2f}x")
    print(f"ratio rasd/CAMeL (words/s), segment cache warm:      {r['ratio_rasd_warm_over_camel']:.2f}x")
    m = r["memory"]
    print(
        f"peak traced memory during one pass: rasd {_mib(m['rasd_full_peak_bytes'])}, "
        f"CAMeL {_mib(m['camel_chain_peak_bytes'])}; process max RSS {_mib(m['process_max_rss_bytes'])}"
    )
    print(
        f"tokens: rasd {r['tokens']['rasd']:,}, CAMeL {r['tokens']['camel']:,}; "
        f"rasd first call (loads vocabulary, builds tables): {r['rasd_first_call_seconds']:.2f} s"
    )


def profile(texts: list[str], camel: dict[str, Callable], top: int = 15) -> None:
    import cProfile
    import pstats

    s = make_sides(camel)
    s["rasd_full"](texts[:1])  # load the vocabulary and tables outside the profile
    clear_word_caches()
    pr = cProfile.Profile()
    pr.enable()
    s["rasd_full"](texts)
    pr.disable()
    for key in ("cumulative", "tottime"):
        print(f"--- rasd full layer, one pass, cold segment cache: top {top} by {key} ---")
        pstats.Stats(pr, stream=sys.stdout).strip_dirs().sort_stats(key).print_stats(top)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--repeat", type=int, default=5, help="timed passes per side (median counts; default 5)")
    p.add_argument("--data", type=Path, default=DEFAULT_DATA, help=f"JSON Lines with a 'text' field (default {DEFAULT_DATA})")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument("--profile", action="store_true", help="also cProfile one rasd pass (top 15)")
    p.add_argument("--fresh-pass", action="store_true", help=argparse.SUPPRESS)  # internal: one pass, print seconds
    args = p.parse_args(argv)
    if args.repeat < 1:
        p.error("--repeat must be at least 1")

    camel = _import_camel()
    if camel is None:
        if (
            BENCH_VENV_PYTHON.exists()
            and not os.environ.get(_REEXEC_GUARD)
            and Path(sys.prefix).resolve() != BENCH_VENV_PYTHON.parent.parent.resolve()
        ):
            os.environ[_REEXEC_GUARD] = "1"
            os.execv(str(BENCH_VENV_PYTHON), [str(BENCH_VENV_PYTHON), str(Path(__file__).resolve()), *sys.argv[1:]])
        _skip("camel_tools is not importable; install it as benchmarks/README.md says (a .venv-bench without torch)")
    if not args.data.is_file():
        _skip(f"data file not found: {args.data}")
    try:
        import rasd  # noqa: F401
    except ImportError:
        _skip("rasd is not importable in this Python; pip install -e . into it")

    texts = load_texts(args.data)
    if not texts:
        _skip(f"no texts in {args.data}")
    if args.fresh_pass:
        print(f"{fresh_pass(texts):.6f}")
        return 0
    r = run(texts, camel, args.repeat, args.data)
    r["data"] = str(args.data)
    if args.json:
        print(json.dumps(r, indent=2, ensure_ascii=False))
    else:
        print_table(r)
    if args.profile:
        print()
        profile(texts, camel)
    return 0


if __name__ == "__main__":
    sys.exit(main())
