"""Entities on news paragraphs from outside ANERcorp: exact-span P/R/F1 against gold.

    python benchmarks/bench_ner_heldout.py [--model PATH] [--errors]

Runs rasd's entities component (the shipped tagger, or ``--model``) on
``benchmarks/data/ner_heldout.jsonl`` (64 paragraphs of 2015-2025 news written for rasd by
annotators who never saw its gazetteers or outputs; conventions in
benchmarks/data/_make_ner_heldout.py) and scores the entities' (start, end, label) exactly.
Gold has no currencies (ANERcorp tags دولار as MISC, the gold does not), so "PER+ORG+LOC" is the
headline. Runs without ../shared.
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
from rasd.ner import load_tagger  # noqa: E402

GOLD = ROOT / "benchmarks" / "data" / "ner_heldout.jsonl"
TYPES = ("PER", "ORG", "LOC", "MISC")


def _prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def run(model: str | None = None, errors: bool = False) -> dict[str, tuple[float, float, float]]:
    comp = create_entities()
    if model:
        comp._tagger = load_tagger(model)
    tp: collections.Counter = collections.Counter()
    npred: collections.Counter = collections.Counter()
    ngold: collections.Counter = collections.Counter()
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        gold = {(e["start"], e["end"], e["label"]) for e in case["entities"]}
        pred = {(e.start, e.end, e.label) for e in comp(Article(case["text"])).entities}
        for s in (gold, pred):
            assert all(x[2] in TYPES for x in s)
        for t in TYPES:
            g = {x for x in gold if x[2] == t}
            p = {x for x in pred if x[2] == t}
            tp[t] += len(g & p)
            npred[t] += len(p)
            ngold[t] += len(g)
        if errors:
            text = case["text"]
            for s, e, lab in sorted(gold - pred):
                print(f"{case['id']} missed   {lab:4} {text[s:e]}")
            for s, e, lab in sorted(pred - gold):
                print(f"{case['id']} spurious {lab:4} {text[s:e]}")
    out = {t: _prf(tp[t], npred[t], ngold[t]) for t in TYPES}
    main3 = ("PER", "ORG", "LOC")
    out["PER+ORG+LOC"] = _prf(sum(tp[t] for t in main3), sum(npred[t] for t in main3),
                              sum(ngold[t] for t in main3))
    out["all"] = _prf(sum(tp.values()), sum(npred.values()), sum(ngold.values()))
    out["_gold"] = {t: ngold[t] for t in TYPES}  # type: ignore[assignment]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default=None)
    ap.add_argument("--errors", action="store_true", help="list every missed and spurious span")
    args = ap.parse_args(argv)
    res = run(args.model, args.errors)
    gold = res.pop("_gold")
    print("| type | gold | precision | recall | F1 |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for k, (p, r, f) in res.items():
        n = gold.get(k, sum(gold[t] for t in (("PER", "ORG", "LOC") if k == "PER+ORG+LOC" else TYPES)))
        print(f"| {k} | {n} | {p:.3f} | {r:.3f} | {f:.3f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
