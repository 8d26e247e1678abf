"""NER quality (ANERcorp test split) and tagging speed (news sample), single-threaded.

    python benchmarks/bench_ner.py [--test PATH] [--news PATH] [--model PATH]

Speed is words per second, with the text split on whitespace and punctuation.
"cold" starts with an empty per-word cache (every word type scored once), "warm"
is a second pass. "batched" is how `rasd extract` runs the tagger: 16 articles
per call (`tag_docs`, document consistency kept within each article), cold;
the other figures tag one article per call (`tag_many`).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from pathlib import Path

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rasd.cli import BATCH_ARTICLES  # noqa: E402
from rasd.ner import DEFAULT_MODEL, load_tagger  # noqa: E402
from rasd.ner.train import evaluate, format_scores  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"
_TOKEN = re.compile(r"\w+|[^\w\s]", re.UNICODE)
_SENT_END = frozenset(".!?؟")
BERT_BASE_WORDS_PER_S = 550  # BERT-base token classifier, same CPU, 2 threads (issue 3)


def news_articles(path: Path) -> list[list[list[str]]]:
    """Articles as sentences of tokens (split on whitespace and punctuation)."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line).get("text") or ""
            sents, cur = [], []
            for tok in _TOKEN.findall(text):
                cur.append(tok)
                if tok in _SENT_END or len(cur) >= 200:
                    sents.append(cur)
                    cur = []
            if cur:
                sents.append(cur)
            out.append(sents)
    return out


def speed(tagger, articles: list[list[list[str]]]) -> dict[str, float]:
    n_words = sum(len(s) for a in articles for s in a)
    res = {"words": n_words, "articles": len(articles)}
    tagger.clear_cache()
    for run in ("cold", "warm"):
        t0 = time.perf_counter()
        for a in articles:
            tagger.tag_many(a)
        dt = time.perf_counter() - t0
        res[f"{run}_words_per_s"] = round(n_words / dt)
    if hasattr(tagger, "tag_docs"):
        tagger.clear_cache()
        t0 = time.perf_counter()
        for i in range(0, len(articles), BATCH_ARTICLES):
            tagger.tag_docs(articles[i:i + BATCH_ARTICLES])
        res["batched_cold_words_per_s"] = round(n_words / (time.perf_counter() - t0))
        res["batched_ratio_vs_bert_base"] = round(res["batched_cold_words_per_s"] / BERT_BASE_WORDS_PER_S, 1)
    res["ratio_vs_bert_base"] = round(res["cold_words_per_s"] / BERT_BASE_WORDS_PER_S, 1)
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--test", default=str(SHARED / "ner" / "anercorp_test.txt"))
    ap.add_argument("--news", default=str(SHARED / "news" / "news_sample_1000.jsonl"))
    ap.add_argument("--model", default=None)
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    tagger = load_tagger(args.model)
    from rasd.ner.features import lexicons
    lexicons()
    load_s = time.perf_counter() - t0
    model_path = Path(args.model) if args.model else DEFAULT_MODEL
    files = [model_path] + ([model_path.parent / tagger.nn.sum_with] if hasattr(tagger, "nn") else [])
    report: dict = {"load_seconds": round(load_s, 2), "model_bytes": sum(f.stat().st_size for f in files)}
    if Path(args.test).exists():
        scores = evaluate(tagger, args.test)
        print(format_scores(scores))
        report["test"] = {k: {m: round(v, 4) for m, v in s.items()} for k, s in scores.items()}
    if Path(args.news).exists():
        report["speed"] = speed(load_tagger(args.model), news_articles(Path(args.news)))
    print(json.dumps(report, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
