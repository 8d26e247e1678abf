#!/usr/bin/env python3
"""Speed of the corpus store: ingest throughput and search latency.

1. Ingest throughput: the 1,000 articles of
   ``../shared/data/news/news_sample_1000.jsonl`` ingested into a fresh
   database with the full default pipeline, ``--jobs 1`` and ``--jobs 2``
   (wall time from the first read to the last commit, pipeline loading
   included, as a user of ``rasd ingest`` sees it).
2. Search latency: a database of ``--articles`` (default 10,000) articles, each
   made of 3 to 5 paragraphs drawn from different sample articles (so that the
   near-duplicate check does not fold them), then ``--queries`` (default 100)
   searches with ``rasd.store.search`` (limit 20, snippets included): p50 and
   p95 of the wall time per query. The records of this database are made by a
   pipeline without components (text layer only): search reads the full-text
   index and the texts, which do not depend on the records, and building
   10,000 full records would take most of an hour on this machine.

Databases are built under ``--dir`` (default ``/tmp/rasd-bench-store``); no
data is copied into the repository. When the sample file is absent, the script
says so and exits 0.

    python benchmarks/bench_store.py [--data PATH] [--dir DIR] [--articles N] [--queries N] [--skip-ingest] [--json]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "news" / "news_sample_1000.jsonl"


def _load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def bench_ingest(data: Path, workdir: Path, jobs: int) -> dict:
    from rasd.store import Store, ingest

    db = workdir / f"ingest-jobs{jobs}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    start = time.perf_counter()
    with Store(db) as store:
        report = ingest(store, [str(data)], jobs=jobs)
        n = store.count()
    secs = time.perf_counter() - start
    return {"jobs": jobs, "articles": n, "stored": report.stored, "near_duplicates": report.near_duplicates,
            "skipped": len(report.skipped), "seconds": round(secs, 1), "articles_per_s": round(n / secs, 2),
            "db_mb": round(db.stat().st_size / 1e6, 1)}


def recombined(articles: list[dict], n: int, seed: int = 13) -> list[dict]:
    """``n`` articles, each 3-5 paragraphs of different sample articles."""
    rng = random.Random(seed)
    paras = [[p.strip() for p in a["text"].split("\n") if 80 < len(p.strip()) < 700] for a in articles]
    paras = [(i, ps) for i, ps in enumerate(paras) if ps]
    out = []
    for k in range(n):
        picks = rng.sample(paras, rng.randint(3, 5))
        text = "\n".join(rng.choice(ps) for _, ps in picks)
        src = articles[picks[0][0]]
        out.append({"id": f"bench-{k:05d}", "title": src.get("title"), "source": src.get("source"),
                    "published": (src.get("date") or "")[:10] or None, "text": text})
    return out


def build_search_db(articles: list[dict], workdir: Path, n: int) -> tuple[Path, dict]:
    from rasd.io import RawArticle
    from rasd.pipeline import Pipeline
    from rasd.store import Store, ingest

    db = workdir / f"search-{n}.db"
    if db.exists():
        with Store(db) as s:
            if s.count() >= n:
                return db, {"articles": s.count(), "reused": True}
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    items = (RawArticle(text=a["text"], origin=a["id"], id=a["id"], title=a["title"], source=a["source"], published=a["published"])
             for a in recombined(articles, n))
    start = time.perf_counter()
    with Store(db) as s:
        report = ingest(s, [], items=items, pipeline=Pipeline([]))
        count = s.count()
    return db, {"articles": count, "near_duplicates": report.near_duplicates, "build_seconds": round(time.perf_counter() - start, 1),
                "db_mb": round(db.stat().st_size / 1e6, 1)}


def queries(articles: list[dict], n: int, seed: int = 5) -> list[str]:
    """Words, word pairs, phrases and OR queries from the sample titles."""
    rng = random.Random(seed)
    words = [w for a in articles for w in (a.get("title") or "").split() if len(w) >= 4 and w.isalpha()]
    out = []
    for i in range(n):
        kind = i % 4
        if kind == 0:
            out.append(rng.choice(words))
        elif kind == 1:
            out.append(f"{rng.choice(words)} {rng.choice(words)}")
        elif kind == 2:
            title = (rng.choice(articles).get("title") or "").split()
            j = rng.randrange(max(1, len(title) - 1))
            out.append('"' + " ".join(title[j : j + 2]) + '"')
        else:
            out.append(f"{rng.choice(words)} OR {rng.choice(words)}")
    return out


def bench_search(db: Path, qs: list[str]) -> dict:
    from rasd.store import Store, search

    times, hits = [], []
    with Store(db, create=False) as s:
        search(s, qs[0])  # warm the page cache
        for q in qs:
            t = time.perf_counter()
            hits.append(len(search(s, q, limit=20)))
            times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return {"queries": len(qs), "p50_ms": round(statistics.median(times), 1), "p95_ms": round(times[int(0.95 * len(times)) - 1], 1),
            "max_ms": round(times[-1], 1), "mean_hits": round(sum(hits) / len(hits), 1), "queries_without_hits": hits.count(0)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--dir", type=Path, default=Path("/tmp/rasd-bench-store"))
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--queries", type=int, default=100)
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--skip-ingest", action="store_true", help="only the search benchmark")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if not args.data.exists():
        print(f"bench_store: {args.data} is absent (../shared/data is only on developer and CI machines); nothing measured")
        return 0
    args.dir.mkdir(parents=True, exist_ok=True)
    articles = _load(args.data)
    result: dict = {"data": str(args.data), "ingest": [], "search": None}
    if not args.skip_ingest:
        for jobs in args.jobs:
            r = bench_ingest(args.data, args.dir, jobs)
            result["ingest"].append(r)
            print(f"ingest --jobs {jobs}: {r['articles']} articles in {r['seconds']} s = {r['articles_per_s']} articles/s "
                  f"({r['near_duplicates']} near-duplicates, {r['skipped']} skipped, {r['db_mb']} MB)", flush=True)
    db, built = build_search_db(articles, args.dir, args.articles)
    print(f"search database: {built}", flush=True)
    r = bench_search(db, queries(articles, args.queries))
    r["database"] = built
    result["search"] = r
    print(f"search over {built['articles']} articles: p50 {r['p50_ms']} ms, p95 {r['p95_ms']} ms, max {r['max_ms']} ms "
          f"({r['queries']} queries, {r['mean_hits']} hits on average, {r['queries_without_hits']} without hits)")
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
