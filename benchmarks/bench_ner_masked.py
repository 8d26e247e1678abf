"""Dev as the test split sees it: names that no gazetteer knows.

    python benchmarks/bench_ner_masked.py [--share S] NAME=FOLD0.npz[,FOLD1.npz] [NAME=NN.npz+CRF.npz@2 ...]

Why: on ANERcorp's test split (later news) 390 of 907 person mentions have no gazetteer evidence;
on dev (the last 10% of train) only 18 of the 436 person mentions unseen in training lack it,
because the gazetteers were compiled from general knowledge that covers the training years well.
So dev cannot show what helps with names nobody listed. This benchmark hides them: for every dev
entity whose text never occurs as an entity in the fitted part, each of its words rarer than
Zipf 4 in general Arabic is removed from every shipped list (whole names containing it, given and
family names, places, organizations), and dev is tagged with those lists. The models are fitted as
usual, with the full lists (as the shipped model is fitted before the test's names exist).

A model is one CRF or neural file per fold (``benchmarks/out/ner_fold{0,1}_NAME.npz`` of
``bench_ner_folds.py``; one file: fold 0 only), or ``NN.npz+CRF.npz@W`` for the sum of a neural
model and a CRF at weight W (fold 0). Prints pooled P/R/F1 on dev with the lists masked, and the
recall of the masked entities by type. ``--share 0.5`` masks a random half of the unseen entities
(seeded), nearer the test split's share of names without evidence. Needs ../shared/data/ner/anercorp_train.txt.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_ner_dev import TRAIN, tag_dev  # noqa: E402
from bench_ner_folds import _split  # noqa: E402

import rasd.ner.features as F  # noqa: E402
from rasd.ner import SumTagger, load_tagger  # noqa: E402
from rasd.ner import train as T  # noqa: E402
from rasd.ner.scorer import chunks, score  # noqa: E402

#: words at least this common (Zipf x10) stay in the lists: names nobody knows are rare words
COMMON = 40
LISTS = ("names.tsv", "names_foreign.tsv", "gazetteer_names.tsv", "gazetteer_extra.tsv",
         "kb_spans.tsv", "kb_snapshot.tsv")


def _norm_type(t: str) -> str:
    return "PER" if t == "PERS" else t


def _masked_dir(words: set[str], tmp: Path) -> Path:
    out = tmp / "data"
    shutil.copytree(F.DATA_DIR, out)
    for name in LISTS:
        src = F.DATA_DIR / name
        if not src.exists():
            continue
        with open(src, encoding="utf-8") as fh, open(out / name, "w", encoding="utf-8") as oh:
            for line in fh:
                if not line.startswith("#") and "\t" in line:
                    entry = line.rstrip("\n").split("\t")[1]
                    ws = {F.norm(w) for w in entry.split()}
                    ws |= {F.split_clitics(w)[1] for w in ws}
                    if ws & words:
                        continue
                oh.write(line)
    return out


def _use_lists(data_dir: Path) -> None:
    F._LEXICONS = F.Lexicons(data_dir)
    F._SPANS = F.SpanGazetteer.from_files(data_dir, freq=F._LEXICONS.freq)
    F._cached_token_features.cache_clear()


def _tagger(spec: str, k: int):
    if "+" in spec:  # a sum of two fold-0 models
        nn_path, _, rest = spec.partition("+")
        crf_path, _, w = rest.partition("@")
        return SumTagger(load_tagger(nn_path, summed=False), load_tagger(crf_path, summed=False),
                         float(w or 2))
    return load_tagger(spec.split(",")[k], summed=False)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("models", nargs="+", metavar="NAME=MODEL")
    ap.add_argument("--share", type=float, default=1.0,
                    help="share of the unseen dev entities whose rare words are masked (seeded)")
    args = ap.parse_args(argv)
    if not TRAIN.exists():
        print(f"ANERcorp not found at {TRAIN} (needs ../shared/data)", file=sys.stderr)
        return 2
    share = args.share
    rng = random.Random(0)
    models = dict(a.split("=", 1) for a in args.models)
    sents = T.read_conll(TRAIN)
    gold_all: list = []
    pred_all: dict[str, list] = {n: [] for n in models}
    hits: dict[str, dict[str, int]] = {n: {} for n in models}
    totals: dict[str, int] = {}
    # every model must have a file for each fold scored: one fold-0-only model limits the run to fold 0
    folds = (0, 1) if all("+" not in m and "," in m for m in models.values()) else (0,)
    for k in folds:
        fit, dev = _split(sents, k)
        seen = set()
        for s in fit:
            toks = [w for w, _ in s]
            seen.update(" ".join(toks[a:b]) for _, a, b in chunks([g for _, g in s]))
        toks = [[w for w, _ in s] for s in dev]
        gold = [[g for _, g in s] for s in dev]
        masked_ents = []
        words: set[str] = set()
        for si, g in enumerate(gold):
            for t, a, b in sorted(chunks(g), key=lambda c: c[1]):
                if " ".join(toks[si][a:b]) in seen or rng.random() >= share:
                    continue
                rare = set()
                for w in toks[si][a:b]:
                    if F.zipf(w) < COMMON:
                        n = F.norm(w)
                        rare |= {n, F.split_clitics(n)[1]}
                if rare:
                    words |= rare
                    masked_ents.append((si, _norm_type(t), a, b))
        with tempfile.TemporaryDirectory() as tmp:
            _use_lists(_masked_dir(words, Path(tmp)))
            preds = {name: tag_dev(_tagger(spec, k), toks) for name, spec in models.items()}
        _use_lists(F.DATA_DIR)
        gold_all += gold
        for name, p in preds.items():
            pred_all[name] += p
            spans = [{(_norm_type(t), a, b) for t, a, b in chunks(x)} for x in p]
            for si, t, a, b in masked_ents:
                hits[name][t] = hits[name].get(t, 0) + ((t, a, b) in spans[si])
        for _, t, _, _ in masked_ents:
            totals[t] = totals.get(t, 0) + 1
        print(f"fold {k}: {len(masked_ents)} entities masked ({len(words)} words)", file=sys.stderr)
    types = sorted(totals)
    print("| model | masked dev P / R / F1 | recall of masked entities: " + " / ".join(
        f"{t} ({totals[t]})" for t in types) + " |")
    print("| --- | --- | --- |")
    for name in models:
        r = score(gold_all, pred_all[name])["overall"]
        rec = " / ".join(f"{hits[name].get(t, 0) / totals[t]:.3f}" for t in types)
        print(f"| {name} | {r['precision']:.3f} / {r['recall']:.3f} / {r['f1']:.4f} | {rec} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
