#!/usr/bin/env python3
"""Actors (issue 4): in-article coreference (B³, MUC) and id consistency across articles.

    .venv/bin/python benchmarks/bench_actors.py                 # both modes
    .venv/bin/python benchmarks/bench_actors.py --mode oracle   # gold name mentions given
    .venv/bin/python benchmarks/bench_actors.py --mode pipeline # rasd's own entities (needs the NER model)

Gold: benchmarks/data/actors_gold.jsonl (written for rasd; see benchmarks/data/README.md).

* ``oracle`` gives the actors component the gold name and acronym mentions as
  entities (with their labels), so the figures measure grouping, titles and ids
  alone, not the entity tagger.
* ``pipeline`` runs ``rasd.extract`` end to end: entities come from the tagger.

Scores:

* B³ and MUC over the gold mentions of each paragraph (a gold mention the
  system did not produce is a singleton of its own), averaged over mentions;
* id consistency: for every pair of paragraphs sharing a gold key, do the
  system ids of that key's name mentions agree? (false merges, two different
  gold keys under one system id in different articles, are counted apart);
* KB accuracy: share of gold clusters with a ``kb_id`` whose name mentions get
  exactly that id;
* stands_for: share of gold mentions marked as a government whose entity has it.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
GOLD = ROOT / "benchmarks" / "data" / "actors_gold.jsonl"


def locate(text: str, mention: dict) -> tuple[int, int]:
    i = -1
    for _ in range(mention["occurrence"]):
        i = text.index(mention["text"], i + 1)
    return i, i + len(mention["text"])


def load() -> list[dict]:
    cases = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    for c in cases:
        for cl in c["clusters"]:
            for m in cl["mentions"]:
                m["span"] = locate(c["text"], m)
    return cases


def run(case: dict, mode: str):  # noqa: ANN201
    import rasd
    from rasd.article import Article
    from rasd.components.actors import Actors
    from rasd.records import Entity

    if mode == "oracle":
        art = Article(case["text"], published=case["published"])
        for cl in case["clusters"]:
            for m in cl["mentions"]:
                if m["kind"] in ("name", "acronym"):
                    s, e = m["span"]
                    art.entities.append(Entity(s, e, case["text"][s:e], cl["label"]))
        art.entities.sort(key=lambda e: e.start)
        Actors()(art)
    else:
        art = rasd.extract(case["text"], published=case["published"])
    return art


def b3_muc(gold: dict[tuple, str], system: dict[tuple, str]) -> tuple[float, float, float, float]:
    """B³ precision/recall and MUC precision/recall over the gold mentions."""
    g_clusters: dict[str, set] = collections.defaultdict(set)
    s_clusters: dict[str, set] = collections.defaultdict(set)
    for span, key in gold.items():
        g_clusters[key].add(span)
        s_clusters[system.get(span, f"single:{span}")].add(span)
    bp = br = 0.0
    for span, key in gold.items():
        g = g_clusters[key]
        s = s_clusters[system.get(span, f"single:{span}")]
        inter = len(g & s)
        bp += inter / len(s)
        br += inter / len(g)
    n = len(gold)

    def muc(keys: dict[str, set], resp: dict[str, set]) -> tuple[int, int]:
        num = den = 0
        for cluster in keys.values():
            parts = {next((k for k, c in resp.items() if span in c), span) for span in cluster}
            num += len(cluster) - len(parts)
            den += len(cluster) - 1
        return num, den

    rn, rd = muc(g_clusters, s_clusters)
    pn, pd = muc(s_clusters, g_clusters)
    return bp / n, br / n, (pn / pd if pd else 1.0), (rn / rd if rd else 1.0)


def evaluate(mode: str) -> dict:
    cases = load()
    started = time.perf_counter()
    b3p = b3r = mucp = mucr = 0.0
    weight = 0
    key_ids: dict[str, dict[str, str]] = collections.defaultdict(dict)  # key -> paragraph -> system id
    kb_right = kb_total = gov_right = gov_total = 0
    for c in cases:
        art = run(c, mode)
        system: dict[tuple, str] = {}
        for actor in art.fields.get("actors", []):
            for m in actor["mentions"]:
                system[(m["start"], m["end"])] = actor["id"]
        gold: dict[tuple, str] = {}
        ents = {(e.start, e.end): e for e in art.entities}
        for cl in c["clusters"]:
            ids = []
            for m in cl["mentions"]:
                gold[m["span"]] = cl["key"]
                if m["kind"] in ("name", "acronym") and m["span"] in system:
                    ids.append(system[m["span"]])
                if m.get("stands_for"):
                    gov_total += 1
                    e = ents.get(m["span"])
                    if e is not None and e.extra.get("stands_for"):
                        gov_right += 1
            if ids:
                key_ids[cl["key"]][c["id"]] = collections.Counter(ids).most_common(1)[0][0]
            if cl.get("kb_id"):
                kb_total += 1
                names = [m for m in cl["mentions"] if m["kind"] in ("name", "acronym")]
                if names and all(system.get(m["span"]) == cl["kb_id"] for m in names):
                    kb_right += 1
        p, r, mp, mr = b3_muc(gold, system)
        n = len(gold)
        b3p, b3r, mucp, mucr, weight = b3p + p * n, b3r + r * n, mucp + mp * n, mucr + mr * n, weight + n
    secs = time.perf_counter() - started
    agree = pairs = 0
    for key, by_par in key_ids.items():
        for a, b in combinations(sorted(by_par), 2):
            pairs += 1
            agree += by_par[a] == by_par[b]
    # false merges: one system id given to two gold keys
    id_keys: dict[str, set] = collections.defaultdict(set)
    for key, by_par in key_ids.items():
        for sid in by_par.values():
            id_keys[sid].add(key)
    merges = sum(1 for keys in id_keys.values() if len(keys) > 1)

    def f(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    P, R = b3p / weight, b3r / weight
    MP, MR = mucp / weight, mucr / weight
    return {
        "mode": mode,
        "paragraphs": len(cases),
        "mentions": weight,
        "b3": {"precision": P, "recall": R, "f1": f(P, R)},
        "muc": {"precision": MP, "recall": MR, "f1": f(MP, MR)},
        "id_consistency": {"pairs": pairs, "agree": agree, "rate": agree / pairs if pairs else 0.0, "false_merges": merges},
        "kb_accuracy": {"clusters": kb_total, "right": kb_right, "rate": kb_right / kb_total if kb_total else 0.0},
        "stands_for": {"mentions": gov_total, "right": gov_right, "rate": gov_right / gov_total if gov_total else 0.0},
        "seconds": secs,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mode", choices=("oracle", "pipeline", "both"), default="both")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    modes = ["oracle", "pipeline"] if args.mode == "both" else [args.mode]
    results = []
    for mode in modes:
        try:
            results.append(evaluate(mode))
        except Exception as e:  # noqa: BLE001 - report and go on to the next mode
            print(f"{mode}: could not run ({type(e).__name__}: {e})", file=sys.stderr)
    if args.json:
        print(json.dumps(results, indent=1))
        return 0
    print("| mode | B³ P / R / F1 | MUC P / R / F1 | id consistency across articles | false merges | KB id accuracy | stands_for |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for r in results:
        b, m, ic, kb, sf = r["b3"], r["muc"], r["id_consistency"], r["kb_accuracy"], r["stands_for"]
        print(
            f"| {r['mode']} | {b['precision']:.3f} / {b['recall']:.3f} / {b['f1']:.3f} | {m['precision']:.3f} / {m['recall']:.3f} / {m['f1']:.3f} "
            f"| {ic['agree']}/{ic['pairs']} = {ic['rate']:.3f} | {ic['false_merges']} | {kb['right']}/{kb['clusters']} = {kb['rate']:.3f} "
            f"| {sf['right']}/{sf['mentions']} = {sf['rate']:.3f} |"
        )
    if results:
        print(f"\n{results[0]['paragraphs']} paragraphs, {results[0]['mentions']} gold mentions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
