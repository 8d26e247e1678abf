#!/usr/bin/env python3
"""Events (issue 7): PLOVER event detection per type, and argument accuracy.

    .venv/bin/python benchmarks/bench_events.py [--failures N] [--json]

Gold: benchmarks/data/events_gold.jsonl (sentences written for rasd, with hard negatives;
conventions in benchmarks/data/README.md). rasd runs end to end (`rasd.extract`).

A predicted event matches a gold event of the same sentence when their trigger spans overlap
and the types agree (each gold event matched once). Precision and recall are over all events
and per type; on matched events, arguments are right when the predicted span overlaps the gold
span (or both are absent), flags when they are equal.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
GOLD = ROOT / "benchmarks" / "data" / "events_gold.jsonl"
ARGS = ("source", "target", "location")


def locate(text: str, sub: str, occurrence: int = 1) -> tuple[int, int]:
    i = -1
    for _ in range(occurrence):
        i = text.index(sub, i + 1)
    return i, i + len(sub)


def overlaps(a, b) -> bool:  # noqa: ANN001
    if a is None or b is None:
        return a is None and b is None
    return max(a[0], b[0]) < min(a[1], b[1])


def evaluate(failures: int = 0) -> dict:
    import rasd

    cases = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    per_type = collections.defaultdict(lambda: {"tp": 0, "pred": 0, "gold": 0})
    arg_right = collections.Counter()
    flag_right = collections.Counter()
    matched = 0
    shown = 0
    started = time.perf_counter()
    neg_cases = neg_clean = 0
    for c in cases:
        text = c["sentence"]
        gold = []
        for g in c["events"]:
            item = {"trigger": locate(text, g["trigger"], g.get("occurrence", 1)), "type": g["type"]}
            for a in ARGS:
                ref = g.get(a)
                item[a] = locate(text, ref["text"], ref.get("occurrence", 1)) if ref else None
            item["negated"] = g.get("negated", False)
            item["future"] = g.get("future", False)
            gold.append(item)
        rec = rasd.extract(text, published=c.get("published")).to_dict()
        pred = []
        for e in rec["events"]:
            item = {"trigger": (e["start"], e["end"]), "type": e["type"], "negated": e["negated"], "future": e.get("future", False)}
            for a in ARGS:
                item[a] = (e[a]["start"], e[a]["end"]) if e.get(a) else None
            pred.append(item)
        if not gold:
            neg_cases += 1
            neg_clean += not pred
        for p in pred:
            per_type[p["type"]]["pred"] += 1
        for g in gold:
            per_type[g["type"]]["gold"] += 1
        used = set()
        for g in gold:
            hit = next((i for i, p in enumerate(pred) if i not in used and p["type"] == g["type"] and overlaps(p["trigger"], g["trigger"])), None)
            if hit is None:
                if shown < failures:
                    shown += 1
                    print(f"{c['id']} missed {g['type']} {text[g['trigger'][0]:g['trigger'][1]]!r}: {text[:90]}")
                continue
            used.add(hit)
            p = pred[hit]
            matched += 1
            per_type[g["type"]]["tp"] += 1
            for a in ARGS:
                arg_right[a] += overlaps(p[a], g[a])
                if not overlaps(p[a], g[a]) and shown < failures:
                    shown += 1
                    gs = text[g[a][0]:g[a][1]] if g[a] else None
                    ps = text[p[a][0]:p[a][1]] if p[a] else None
                    print(f"{c['id']} {g['type']} {a}: gold {gs!r} predicted {ps!r}")
            for f in ("negated", "future"):
                flag_right[f] += p[f] == g[f]
        for i, p in enumerate(pred):
            if i not in used and shown < failures:
                shown += 1
                print(f"{c['id']} extra {p['type']} {text[p['trigger'][0]:p['trigger'][1]]!r}: {text[:90]}")
    tp = sum(v["tp"] for v in per_type.values())
    n_pred = sum(v["pred"] for v in per_type.values())
    n_gold = sum(v["gold"] for v in per_type.values())
    P = tp / n_pred if n_pred else 0.0
    R = tp / n_gold if n_gold else 0.0

    def prf(v: dict) -> dict:
        p = v["tp"] / v["pred"] if v["pred"] else 0.0
        r = v["tp"] / v["gold"] if v["gold"] else 0.0
        return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, **v}

    return {
        "sentences": len(cases),
        "negative_sentences": neg_cases,
        "negatives_clean": neg_clean,
        "gold": n_gold,
        "predicted": n_pred,
        "precision": P,
        "recall": R,
        "f1": 2 * P * R / (P + R) if P + R else 0.0,
        "arguments": {a: arg_right[a] / matched if matched else 0.0 for a in ARGS},
        "flags": {f: flag_right[f] / matched if matched else 0.0 for f in ("negated", "future")},
        "per_type": {t: prf(v) for t, v in sorted(per_type.items())},
        "seconds": time.perf_counter() - started,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--failures", type=int, default=0, metavar="N")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--set", choices=("gold", "heldout"), default="gold", help="gold: the development set; heldout: written later by another author, never tuned on")
    args = ap.parse_args()
    global GOLD
    if args.set == "heldout":
        GOLD = GOLD.with_name("events_heldout.jsonl")
    r = evaluate(args.failures)
    if args.json:
        print(json.dumps(r, indent=1, ensure_ascii=False))
        return 0
    print(f"| events (gold / predicted) | precision | recall | F1 | source | target | location | negated | future | clean negative sentences |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    a, f = r["arguments"], r["flags"]
    print(
        f"| {r['gold']} / {r['predicted']} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} | {a['source']:.3f} | {a['target']:.3f} "
        f"| {a['location']:.3f} | {f['negated']:.3f} | {f['future']:.3f} | {r['negatives_clean']}/{r['negative_sentences']} |"
    )
    print("\n| type | gold | predicted | precision | recall | F1 |\n| --- | ---: | ---: | ---: | ---: | ---: |")
    for t, v in r["per_type"].items():
        print(f"| {t} | {v['gold']} | {v['pred']} | {v['precision']:.2f} | {v['recall']:.2f} | {v['f1']:.2f} |")
    print(f"\n{r['sentences']} sentences in {r['seconds']:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
