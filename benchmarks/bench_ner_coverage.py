"""NER recall split by what the model can know about each gold entity.

    python benchmarks/bench_ner_coverage.py [--model PATH] [--set dev|test]

Each gold entity of ANERcorp dev (the last 10% of train; pass a model fitted on the first 90%)
or test (the shipped model by default) falls in one bucket: *seen* (its text is an entity in the
training part), *unseen, whole name in a gazetteer* (the span gazetteer matches exactly that span
with that class), *unseen, part in a gazetteer* (some of its tokens match a gazetteer name), or
*unseen, no gazetteer evidence*. Prints recalled / total per bucket and type. Needs
../shared/data/ner.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_ner_dev import TRAIN, tag_dev  # noqa: E402

from rasd.ner import load_tagger  # noqa: E402
from rasd.ner.features import span_gazetteer  # noqa: E402
from rasd.ner.scorer import chunks  # noqa: E402
from rasd.ner.train import read_conll, split_dev  # noqa: E402

TEST = ROOT.parent / "shared" / "data" / "ner" / "anercorp_test.txt"
BUCKETS = ("seen", "unseen, whole name in a gazetteer", "unseen, part in a gazetteer",
           "unseen, no gazetteer evidence")


def bucket(tokens: list[str], match: list[tuple[str, ...]], typ: str, a: int, b: int,
           seen: set[str]) -> str:
    if " ".join(tokens[a:b]) in seen:
        return BUCKETS[0]
    if b - a == 1:
        whole = f"m=U-{typ}" in match[a]
    else:
        whole = (f"m=B-{typ}" in match[a] and all(f"m=I-{typ}" in match[j] for j in range(a + 1, b))
                 and (b == len(tokens) or f"m=I-{typ}" not in match[b]))
    if whole:
        return BUCKETS[1]
    return BUCKETS[2] if any(match[j] for j in range(a, b)) else BUCKETS[3]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default=None)
    ap.add_argument("--set", choices=("dev", "test"), default="test")
    args = ap.parse_args(argv)
    if not TRAIN.exists():
        print(f"ANERcorp not found at {TRAIN.parent} (needs ../shared/data)", file=sys.stderr)
        return 2
    sents = read_conll(TRAIN)
    if args.set == "dev":
        fit, evald = split_dev(sents, 0.1)
    else:
        fit, evald = sents, read_conll(TEST)
    seen = {" ".join(w for w, _ in s[a:b]) for s in fit for _, a, b in chunks([t for _, t in s])}
    gaz = span_gazetteer()
    toks = [[w for w, _ in s] for s in evald]
    gold = [[t.replace("PERS", "PER") for _, t in s] for s in evald]
    pred = tag_dev(load_tagger(args.model), toks)
    n: collections.Counter = collections.Counter()
    hit: collections.Counter = collections.Counter()
    for tk, g, p in zip(toks, gold, pred):
        found = chunks(p)
        m = gaz.match(tk)
        for c in chunks(g):
            k = (c[0], bucket(tk, m, *c, seen))
            n[k] += 1
            hit[k] += c in found
    types = ("PER", "ORG", "LOC", "MISC")
    print(f"| {args.set} entities | " + " | ".join(types) + " |")
    print("| --- |" + " ---: |" * len(types))
    for b in BUCKETS:
        print(f"| {b} | " + " | ".join(f"{hit[(t, b)]} / {n[(t, b)]}" for t in types) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
