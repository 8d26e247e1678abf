"""Compare CRF training settings on two dev folds of ANERcorp train (pooled), never on test.

    python benchmarks/bench_ner_folds.py NAME [key=value ...]

Fits the CRF twice with ``rasd.ner.train`` defaults overridden by ``key=value`` (c1, c2,
max_iterations, copies, drop_entity, drop_other, rare_max; ``synthetic=0`` leaves out the synthetic
news sentences, ``synthetic_glob=r1_*.txt,...`` picks files of them, ``real_times=2`` doubles the
ANERcorp part, ``extra=FILE.conll`` adds more data): fold 0 holds out the last 10% of the
training file, fold 1 the 10% before it; each model is fitted on the other 90% (both folds run in
parallel, about 3.5 minutes on 2 cores with the synthetic sentences) and written to ``benchmarks/out/ner_fold{0,1}_NAME.npz``
(reused when present, so delete them after changing features). Dev is tagged as 20-sentence
documents, as ``rasd eval ner`` does. Prints each fold's F1 per type and the pooled P/R/F1: one
dev split moves by about ±0.007 F1 between equivalent models, the pooled figure less. Feature
changes are compared by running this once per version of the code. Needs
../shared/data/ner/anercorp_train.txt and python-crfsuite.
"""

from __future__ import annotations

import sys
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_ner_dev import TRAIN, tag_dev  # noqa: E402

from rasd.ner import load_tagger  # noqa: E402
from rasd.ner import train as T  # noqa: E402
from rasd.ner.scorer import score  # noqa: E402

OUT = ROOT / "benchmarks" / "out"


def _params(argv: list[str]) -> dict:
    p = dict(T.DEFAULTS)
    for kv in argv:
        k, _, v = kv.partition("=")
        if k not in T.DEFAULTS:
            raise SystemExit(f"unknown setting {k!r}; one of {', '.join(T.DEFAULTS)}")
        p[k] = type(T.DEFAULTS[k])(v)
    return p


def _split(sents: list, k: int) -> tuple[list, list]:
    n = len(sents)
    d = int(round(n * 0.1))
    a, b = n - (k + 1) * d, n - k * d
    return sents[:a] + sents[b:], sents[a:b]


def _run(job: tuple[int, str, dict]) -> tuple[list, list]:
    k, name, params = job
    sents = T.read_conll(TRAIN)
    fit, dev = _split(sents, k)
    out = OUT / f"ner_fold{k}_{name}.npz"
    if not out.exists():
        T._fit(fit, out, params, 0)
    tagger = load_tagger(out)
    gold = [[g for _, g in s] for s in dev]
    return gold, tag_dev(tagger, [[w for w, _ in s] for s in dev])


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0].startswith("-"):
        print(__doc__)
        return 2
    if not TRAIN.exists():
        print(f"ANERcorp not found at {TRAIN} (needs ../shared/data)", file=sys.stderr)
        return 2
    name, params = argv[0], _params(argv[1:])
    OUT.mkdir(parents=True, exist_ok=True)
    with Pool(2) as pool:
        res = pool.map(_run, [(0, name, params), (1, name, params)])
    gold_all: list = []
    pred_all: list = []
    for k, (gold, pred) in enumerate(res):
        r = score(gold, pred)
        gold_all += gold
        pred_all += pred
        print(f"{name} fold {k}: " + ", ".join(f"{t} {r[t]['f1']:.3f}" for t in r))
    r = score(gold_all, pred_all)["overall"]
    print(f"{name} pooled: P {r['precision']:.3f} R {r['recall']:.3f} F1 {r['f1']:.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
