#!/usr/bin/env python3
"""Quotes (issue 6): statements found with the right speaker, content-span F1, outlet accuracy.

    .venv/bin/python benchmarks/bench_quotes.py [--failures N] [--json]

Gold: benchmarks/data/quotes_gold.jsonl (27 paragraphs of wire copy written for rasd; conventions
in benchmarks/data/README.md). rasd runs end to end (`rasd.extract`).

A predicted statement matches a gold one when their contents overlap with a character F1 of at
least 0.5 (each gold statement is matched at most once, best overlap first). Then:

* speaker right: the predicted speaker span overlaps the gold speaker span, or names the same
  person (for a dropped subject the gold names an earlier mention: another mention of the same
  name, or one with the same actor id, counts);
* precision = matched with the right speaker / predicted; recall = same / gold;
* content F1: mean character-overlap F1 of the matched pairs; exact: share with identical spans;
* via: share of matched pairs whose outlet is right (both none, or overlapping spans);
* direct: share of matched pairs with the right direct/indirect flag.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
GOLD = ROOT / "benchmarks" / "data" / "quotes_gold.jsonl"


def locate(text: str, sub: str, occurrence: int) -> tuple[int, int]:
    i = -1
    for _ in range(occurrence):
        i = text.index(sub, i + 1)
    return i, i + len(sub)


def overlap_f1(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    if inter == 0:
        return 0.0
    p, r = inter / (a[1] - a[0]), inter / (b[1] - b[0])
    return 2 * p * r / (p + r)


def overlaps(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return max(a[0], b[0]) < min(a[1], b[1])


def same_name(text: str, a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    if overlaps(a, b):
        return True
    if a is None or b is None:
        return False
    from rasd.text.normalize import normalize

    x, y = normalize(text[a[0] : a[1]]), normalize(text[b[0] : b[1]])
    return bool(x) and (x == y or x.endswith(" " + y) or y.endswith(" " + x))


def same_actor(rec: dict, pred_speaker: dict | None, gold_span: tuple[int, int] | None) -> bool:
    """The predicted speaker's actor id is the id of the entity at the gold speaker span."""
    if not pred_speaker or not pred_speaker.get("id") or gold_span is None:
        return False
    for e in rec["entities"]:
        if overlaps((e["start"], e["end"]), gold_span) and e.get("id") == pred_speaker["id"]:
            return True
    return False


def evaluate(failures: int = 0) -> dict:
    import rasd

    cases = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    tp = n_pred = n_gold = 0
    content_f1 = exact = via_ok = direct_ok = matched = 0.0
    shown = 0
    started = time.perf_counter()
    for c in cases:
        text = c["text"]
        gold = []
        for q in c["quotes"]:
            g = {
                "content": locate(text, q["content"], q.get("content_occurrence", 1)),
                "speaker": locate(text, q["speaker"]["text"], q["speaker"].get("occurrence", 1)) if q.get("speaker") and q["speaker"].get("text") else None,
                "via": locate(text, q["via"]["text"], q["via"].get("occurrence", 1)) if q.get("via") else None,
                "direct": q["direct"],
            }
            gold.append(g)
        rec = rasd.extract(text, published=c.get("published")).to_dict()
        pred = [
            {
                "content": (q["start"], q["end"]),
                "speaker": (q["speaker"]["start"], q["speaker"]["end"]) if q.get("speaker") else None,
                "speaker_ref": q.get("speaker"),
                "via": (q["via"]["start"], q["via"]["end"]) if q.get("via") else None,
                "direct": q["direct"],
            }
            for q in rec["quotes"]
        ]
        n_pred += len(pred)
        n_gold += len(gold)
        pairs = sorted(
            ((overlap_f1(p["content"], g["content"]), i, j) for i, p in enumerate(pred) for j, g in enumerate(gold)),
            reverse=True,
        )
        used_p, used_g = set(), set()
        for f, i, j in pairs:
            if f < 0.5 or i in used_p or j in used_g:
                continue
            used_p.add(i)
            used_g.add(j)
            p, g = pred[i], gold[j]
            matched += 1
            content_f1 += f
            exact += p["content"] == g["content"]
            via_ok += overlaps(p["via"], g["via"])
            direct_ok += p["direct"] == g["direct"]
            right = same_name(text, p["speaker"], g["speaker"]) or same_actor(rec, p["speaker_ref"], g["speaker"])
            tp += right
            if not right and shown < failures:
                shown += 1
                sp = text[p["speaker"][0] : p["speaker"][1]] if p["speaker"] else None
                gs = text[g["speaker"][0] : g["speaker"][1]] if g["speaker"] else None
                print(f"{c['id']} speaker: gold {gs!r} predicted {sp!r} | {text[g['content'][0]:g['content'][1]][:50]}")
        if failures:
            for j, g in enumerate(gold):
                if j not in used_g and shown < failures:
                    shown += 1
                    print(f"{c['id']} missed: {text[g['content'][0]:g['content'][1]][:70]}")
            for i, p in enumerate(pred):
                if i not in used_p and shown < failures:
                    shown += 1
                    print(f"{c['id']} extra: {text[p['content'][0]:p['content'][1]][:70]}")
    secs = time.perf_counter() - started
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    return {
        "paragraphs": len(cases),
        "gold": n_gold,
        "predicted": n_pred,
        "matched": int(matched),
        "right_speaker": tp,
        "precision": precision,
        "recall": recall,
        "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "content_f1": content_f1 / matched if matched else 0.0,
        "content_exact": exact / matched if matched else 0.0,
        "via_accuracy": via_ok / matched if matched else 0.0,
        "direct_accuracy": direct_ok / matched if matched else 0.0,
        "seconds": secs,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--failures", type=int, default=0, metavar="N", help="print the first N mismatches")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--set", choices=("gold", "heldout"), default="gold", help="gold: the development set; heldout: written later by another author, never tuned on")
    args = ap.parse_args()
    global GOLD
    if args.set == "heldout":
        GOLD = GOLD.with_name("quotes_heldout.jsonl")
    r = evaluate(args.failures)
    if args.json:
        print(json.dumps(r, indent=1))
        return 0
    print("| statements (gold / predicted) | precision | recall | F1 (right speaker) | content F1 | content exact | via accuracy | direct/indirect |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    print(
        f"| {r['gold']} / {r['predicted']} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} | {r['content_f1']:.3f} "
        f"| {r['content_exact']:.3f} | {r['via_accuracy']:.3f} | {r['direct_accuracy']:.3f} |"
    )
    print(f"\n{r['paragraphs']} paragraphs in {r['seconds']:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
