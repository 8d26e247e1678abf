"""Compare NER models on dev, on names unseen in training, and on rasd's own news paragraphs.

    python benchmarks/bench_ner_dev.py NAME=MODEL.npz [NAME=MODEL.npz ...] [--sum 0.5,1,2] [--test PATH]

Needs ../shared/data/ner/anercorp_train.txt. Each model must have been fitted on the first 90% of
that file only (``rasd train ner [--kind nn] --no-refit --out PATH``): the last 10% is dev.

* dev: exact-span P/R/F1 (conlleval), dev tagged as documents of 20 sentences, as rasd eval does;
* unseen recall: recall on the dev entities whose text never occurs as an entity in the first 90%;
* other-source recall: the gold name mentions of benchmarks/data/actors_gold.jsonl (paragraphs
  written for rasd) found with their label by the entities component running that model;
* with two models, ``A+B`` is their union (B's spans added where A found none), and ``--sum``
  adds the second model's emission and transition scores to the first's (a neural model first,
  then a CRF) with each given weight.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rasd.article import Article  # noqa: E402
from rasd.components.entities import create as create_entities  # noqa: E402
from rasd.ner import SumTagger, load_tagger  # noqa: E402
from rasd.ner.scorer import chunks, score  # noqa: E402
from rasd.ner.train import DOC_SENTENCES, read_conll, split_dev  # noqa: E402

TRAIN = ROOT.parent / "shared" / "data" / "ner" / "anercorp_train.txt"
ACTORS_GOLD = ROOT / "benchmarks" / "data" / "actors_gold.jsonl"


def _docs(toks: list[list[str]]):
    for a in range(0, len(toks), DOC_SENTENCES):
        yield toks[a:a + DOC_SENTENCES]


def tag_dev(tagger, toks: list[list[str]]) -> list[list[str]]:
    out: list[list[str]] = []
    for doc in _docs(toks):
        out.extend(tagger.tag_many(doc))
    return out


def tag_sum(nn, crf, toks: list[list[str]], alpha: float) -> list[list[str]]:
    """Viterbi over the neural model's scores plus ``alpha`` times the CRF's (rasd.ner.SumTagger)."""
    return tag_dev(SumTagger(nn, crf, alpha), toks)


def union(first: list[list[str]], second: list[list[str]]) -> list[list[str]]:
    out = []
    for a, b in zip(first, second):
        spans = list(chunks(a))
        used = {i for _, x, y in spans for i in range(x, y)}
        spans += [c for c in chunks(b) if not used.intersection(range(c[1], c[2]))]
        tags = ["O"] * len(a)
        for typ, x, y in spans:
            tags[x] = "B-" + typ
            for i in range(x + 1, y):
                tags[i] = "I-" + typ
        out.append(tags)
    return out


def other_source_recall(path: str) -> float:
    comp = create_entities()
    comp._tagger = load_tagger(path, summed=False)
    total = hit = 0
    for line in ACTORS_GOLD.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        found = collections.Counter((e.text, e.label) for e in comp(Article(d["text"])).entities)
        gold: collections.Counter = collections.Counter()
        for c in d["clusters"]:
            for m in c["mentions"]:
                if m["kind"] == "name":
                    gold[(m["text"], c["label"])] += 1
        for k, n in gold.items():
            total += n
            hit += min(n, found.get(k, 0))
    return hit / total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("models", nargs="+", metavar="NAME=PATH")
    ap.add_argument("--train", default=str(TRAIN))
    ap.add_argument("--sum", default="", metavar="W1,W2", help="weights for the score sum of the first two models")
    ap.add_argument("--test", default="", metavar="PATH",
                    help="also print test F1 of each row (to follow a choice made on dev, never to make it)")
    args = ap.parse_args(argv)
    if not Path(args.train).exists():
        print(f"skipped: {args.train} not found (needs ../shared/data)")
        return 0
    fit, dev = split_dev(read_conll(args.train), 0.1)
    seen = set()
    for s in fit:
        words = [w for w, _ in s]
        seen.update(" ".join(words[a:b]) for _, a, b in chunks([t for _, t in s]))
    toks = [[w for w, _ in s] for s in dev]
    gold = [[t.replace("PERS", "PER") for _, t in s] for s in dev]
    unseen = [(i, c) for i, g in enumerate(gold) for c in chunks(g) if " ".join(toks[i][c[1]:c[2]]) not in seen]

    def row(name: str, pred: list[list[str]], other: float | None) -> None:
        s = score(gold, pred)["overall"]
        rec = sum(c in chunks(pred[i]) for i, c in unseen) / len(unseen)
        other_s = f"{other:.3f}" if other is not None else "–"
        print(f"| {name} | {s['precision']:.3f} / {s['recall']:.3f} / {s['f1']:.3f} | {rec:.3f} | {other_s} |")

    print(f"dev: {len(dev)} sentences, {sum(len(chunks(g)) for g in gold)} entities, {len(unseen)} unseen\n")
    print("| model | dev P / R / F1 | dev unseen recall | other-source recall |")
    print("| --- | --- | ---: | ---: |")
    preds = {}
    taggers = {}
    for spec in args.models:
        name, _, path = spec.partition("=")
        taggers[name] = load_tagger(path, summed=False)  # each model alone; --sum sums two
        preds[name] = tag_dev(taggers[name], toks)
        row(name, preds[name], other_source_recall(path))
    if len(preds) >= 2:
        a, b = list(preds)[:2]
        row(f"{a} ∪ {b}", union(preds[a], preds[b]), None)
        for w in filter(None, args.sum.split(",")):
            row(f"{a} + {w}×{b}", tag_sum(taggers[a], taggers[b], toks, float(w)), None)
    if args.test and Path(args.test).exists():
        test = read_conll(args.test)
        t_toks = [[w for w, _ in s] for s in test]
        t_gold = [[t.replace("PERS", "PER") for _, t in s] for s in test]
        runs = [(n, tag_dev(t, t_toks)) for n, t in taggers.items()]
        if len(taggers) >= 2:
            a, b = list(taggers)[:2]
            runs += [(f"{a} + {w}×{b}", tag_sum(taggers[a], taggers[b], t_toks, float(w)))
                     for w in filter(None, args.sum.split(","))]
        print("\n| model | test P / R / F1 |\n| --- | --- |")
        for n, pred in runs:
            s = score(t_gold, pred)["overall"]
            print(f"| {n} | {s['precision']:.3f} / {s['recall']:.3f} / {s['f1']:.3f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
