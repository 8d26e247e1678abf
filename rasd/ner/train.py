"""Train and evaluate the NER tagger.

Training needs python-crfsuite (the ``train`` extra); the model it writes is
read by :class:`rasd.ner.NerTagger` with numpy alone.

Recipe (every choice measured on a dev part held out from the end of the
training file, never on the test split):

* features of :mod:`rasd.ner.features` over a -2..+2 window, with the
  rasd.kb gazetteers (dev F1 0.678 -> 0.713 when they arrived);
* L-BFGS with L1 + L2 regularization (c1 0.05, c2 0.005, 150 iterations);
* the synthetic news sentences of :mod:`rasd.ner.synthetic` added to the training
  part (never to dev): pooled two-fold dev F1 0.781 -> 0.806;
* at tagging time, document consistency (:meth:`NerTagger.tag_many`):
  0.717 -> 0.738 on dev.

Measured on dev and left out (dev F1 of the same setup with it / without it):
word-identity dropout (a second copy of the data with word and stem features
hidden for 50% of entity and 10% of other tokens: 0.696 / 0.713; 25%/2%:
0.725 / 0.736), identity hidden for singleton words (0.718 / 0.731), character
3-grams of the stem (0.670 / 0.678), a -3..+3 window (0.716 / 0.737),
conjunctions of neighbour class and rarity (0.737 / 0.736), dense USE-multilingual
subword embeddings, 16 PCA dimensions at -1..+1 (0.722 / 0.736), a bias
against O (no gain at any value), stronger or weaker regularization.
The options ``copies``, ``drop_*`` and ``rare_max`` stay for further trials.
Measured with the synthetic sentences and left out (pooled two-fold dev F1, shipped
recipe 0.806; docs/BENCHMARKS.md): ANERcorp counted twice 0.800, c2 0.01 0.797,
100 / 300 iterations 0.801 / 0.799,
``align_min=5`` 0.804 (all four synthetic rounds with it: 0.802), BILOU tags 0.799,
per-source feature copies 0.784; gazetteer dropout (``gaz_drop=0.3``: the list evidence of 30%
of the training entities hidden) 0.790, although it lifts dev with the unseen names' lists
masked (benchmarks/bench_ner_masked.py) from 0.715 to 0.757.

By default the model is fitted on the training part, scored on dev, and then
refitted on all of the training file before it is written.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from rasd.ner.features import window_features, zipf
from rasd.ner.model import NerTagger
from rasd.ner.scorer import score

__all__ = ["read_conll", "split_dev", "train", "evaluate", "DEFAULTS"]

DEFAULTS: dict[str, Any] = {
    "c1": 0.05,  # with the whole-name gazetteer, dev F1 0.777; c1 0.01/0.02/0.1/0.2: 0.763/0.771/0.764/0.761
    "c2": 0.005,  # 0.001/0.02: 0.764/0.770
    "max_iterations": 150,
    "drop_entity": 0.5,  # share of entity tokens whose identity is hidden in the dropout copy
    "drop_other": 0.1,  # the same for other tokens
    "rare_max": 0,  # word types seen at most this often train without identity features
    "copies": 0,  # dropout copies added to the original data (1 did not pay on dev)
    "synthetic": 1,  # 1: add the synthetic news sentences of rasd.ner.synthetic (pooled dev 0.781 -> 0.806)
    "extra": "",  # comma-separated CoNLL files also added to the training part
    "real_times": 1,  # copies of the (real) training sentences, to weigh them against the synthetic ones
    "synthetic_glob": "*.txt",  # which synthetic files are read (unused/*.txt: the rounds left out)
    "synthetic_n": 0,  # >0: a random sample of this many synthetic sentences (seeded)
    "align_min": 0,  # >0: synthetic names ANERcorp would not tag are untagged (synthetic.align)
    "align_rate": 0.2,
    "align_types": "ORG,MISC",
    "align_loc": 0,  # 1: places inside an untagged name keep LOC
    "gaz_drop": 0.0,  # share of training entities whose gazetteer evidence is hidden (0.3: masked dev
    # 0.715 -> 0.757, pooled dev 0.806 -> 0.790, test of the fold-0 model 0.746 -> 0.744: not kept)
    "gaz_drop_rare": 0,  # 1: only entities with a rare word, whose common words keep their evidence
}

Sentence = list[tuple[str, str]]


def read_conll(path: str | Path) -> list[Sentence]:
    """Sentences of (token, tag) from a file with one "token tag" a line, blank lines between."""
    sents: list[Sentence] = []
    cur: Sentence = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            if " " in line:
                tok, tag = line.rsplit(" ", 1)
            else:
                tok, tag = line, "O"
            cur.append((tok, tag))
    if cur:
        sents.append(cur)
    return sents


def split_dev(sents: list[Sentence], dev_fraction: float) -> tuple[list[Sentence], list[Sentence]]:
    """The last ``dev_fraction`` of sentences is dev (the corpus is in time order)."""
    n_dev = int(round(len(sents) * dev_fraction))
    if n_dev == 0:
        return sents, []
    return sents[:-n_dev], sents[-n_dev:]


def _fit(sents: list[Sentence], out_path: Path, params: dict[str, Any], seed: int) -> float:
    import pycrfsuite  # training-only dependency

    rng = random.Random(seed)
    sents = list(sents) * int(params.get("real_times", 1))
    if params.get("synthetic"):
        from rasd.ner import synthetic

        more = synthetic.load(synthetic.files(str(params.get("synthetic_glob", "*.txt"))))
        if 0 < int(params.get("synthetic_n", 0)) < len(more):
            more = random.Random(seed).sample(more, int(params["synthetic_n"]))
        if int(params.get("align_min", 0)) > 0:
            more = synthetic.align(more, sents, int(params["align_min"]), float(params["align_rate"]),
                                   str(params.get("align_types", "ORG,MISC")).split(","),
                                   inner_loc=bool(params.get("align_loc")))
        sents += more
    if params.get("extra"):
        sents += [s for f in str(params["extra"]).split(",") if f for s in read_conll(f)]
    counts = Counter(w for s in sents for w, _ in s)
    rare = params["rare_max"]
    trainer = pycrfsuite.Trainer(verbose=False)
    for toks, tags in ((list(t), list(g)) for t, g in (zip(*s) for s in sents)):
        drop = [counts[w] <= rare for w in toks] if rare > 0 else None
        hide = _hidden(tags, float(params.get("gaz_drop", 0)), rng,
                       toks if params.get("gaz_drop_rare") else None)
        trainer.append(window_features(toks, drop, hide), tags)
        for _ in range(params["copies"]):
            drop = [rng.random() < (params["drop_entity"] if g != "O" else params["drop_other"])
                    for g in tags]
            if any(drop):
                trainer.append(window_features(toks, drop), tags)
    trainer.set_params({
        "c1": params["c1"],
        "c2": params["c2"],
        "max_iterations": params["max_iterations"],
        "feature.possible_transitions": True,
    })
    t0 = time.time()
    crf_path = out_path.with_suffix(".crfsuite")
    trainer.train(str(crf_path))
    elapsed = time.time() - t0
    _export(crf_path, out_path)
    crf_path.unlink()
    return elapsed


def _hidden(tags: list[str], share: float, rng: random.Random,
            toks: list[str] | None = None) -> list[bool | str] | None:
    """Tokens of a random ``share`` of the sentence's entities (gazetteer dropout), or None.

    With ``toks``, only entities with a rare word are chosen, and their common words
    (Zipf >= 4) keep their word-list evidence ("m" for those: whole-name evidence only)."""
    if share <= 0:
        return None
    hide: list[bool | str] = [False] * len(tags)
    i = 0
    while i < len(tags):
        if tags[i].startswith("B-"):
            j = i + 1
            while j < len(tags) and tags[j].startswith("I-"):
                j += 1
            if toks is None:
                if rng.random() < share:
                    hide[i:j] = [True] * (j - i)
            else:
                rare = [zipf(t) < 40 for t in toks[i:j]]
                if any(rare) and rng.random() < share:
                    hide[i:j] = [True if r else "m" for r in rare]
            i = j
        else:
            i += 1
    return hide if any(hide) else None


def _export(crf_path: Path, out_path: Path) -> None:
    """Convert a crfsuite model into the numpy model file read by NerTagger."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(crf_path))
    info = tagger.info()
    labels = sorted(tagger.labels(), key=lambda t: (t != "O", t[2:], t[:1]))
    li = {t: i for i, t in enumerate(labels)}
    attrs: dict[str, int] = {}
    rows: list[np.ndarray] = []
    for (attr, label), w in info.state_features.items():
        if w == 0:
            continue
        r = attrs.get(attr)
        if r is None:
            r = attrs[attr] = len(rows)
            rows.append(np.zeros(len(labels), np.float32))
        rows[r][li[label]] = w
    trans = np.zeros((len(labels), len(labels)), np.float32)
    for (a, b), w in info.transitions.items():
        trans[li[a], li[b]] = w
    tagger.close()
    weights = np.stack(rows) if rows else np.zeros((0, len(labels)), np.float32)
    NerTagger.save(out_path, list(attrs), weights, trans, labels)


def _refresh_kb_snapshot() -> None:
    from rasd.ner import features
    from rasd.ner.gazetteer import compile_snapshot

    compile_snapshot()
    features._LEXICONS = None
    features._SPANS = None
    features._cached_token_features.cache_clear()


#: ANERcorp has no article boundaries; evaluation tags runs of this many
#: consecutive sentences as one document (about one news article).
DOC_SENTENCES = 20


def evaluate(tagger: NerTagger, test_path: str | Path,
             doc_sentences: int = DOC_SENTENCES) -> dict[str, dict[str, float]]:
    """Exact-span (conlleval) scores of ``tagger`` on a CoNLL file, overall and per type.

    Sentences are tagged ``doc_sentences`` at a time as one document (see
    :meth:`NerTagger.tag_many`); ``doc_sentences=1`` tags each sentence alone.
    """
    sents = read_conll(test_path)
    return _score(tagger, sents, doc_sentences)


def _score(tagger: NerTagger, sents: Sequence[Sentence],
           doc_sentences: int = DOC_SENTENCES) -> dict[str, dict[str, float]]:
    gold = [[t for _, t in s] for s in sents]
    toks = [[w for w, _ in s] for s in sents]
    pred: list[list[str]] = []
    for a in range(0, len(toks), max(1, doc_sentences)):
        pred.extend(tagger.tag_many(toks[a:a + doc_sentences]))
    return score(gold, pred)


def train(train_path: str | Path, out_path: str | Path, dev_fraction: float = 0.1, seed: int = 0,
          refit: bool = True, snapshot_kb: bool = True, **params: Any) -> dict[str, Any]:
    """Train a tagger and write it to ``out_path``; returns dev scores and timings.

    With ``refit`` (default) the written model is refitted on the whole training
    file after the dev part has been scored; otherwise the dev-scored model is written.
    With ``snapshot_kb`` (default) the gazetteers of ``rasd/kb/data`` are first
    compiled into ``rasd/ner/data/kb_snapshot.tsv``, which the features read.
    """
    p = {**DEFAULTS, **params}
    if snapshot_kb:
        _refresh_kb_snapshot()
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    sents = read_conll(train_path)
    fit_part, dev = split_dev(sents, dev_fraction)
    report: dict[str, Any] = {"params": p, "seed": seed, "train_sentences": len(fit_part),
                              "dev_sentences": len(dev)}
    t0 = time.time()
    report["fit_seconds"] = _fit(fit_part, out_path, p, seed)
    if dev:
        NerTagger._loaded.pop(str(out_path.resolve()), None)
        tagger = NerTagger.load(out_path)
        report["dev"] = _score(tagger, dev)
        if refit:
            report["refit_seconds"] = _fit(sents, out_path, p, seed)
    NerTagger._loaded.pop(str(out_path.resolve()), None)
    report["total_seconds"] = time.time() - t0
    report["model_bytes"] = out_path.stat().st_size
    return report


def format_scores(scores: dict[str, dict[str, float]]) -> str:
    """A small table of precision, recall and F1 per type and overall."""
    lines = [f"{'type':8} {'prec':>6} {'rec':>6} {'f1':>6} {'gold':>6}"]
    for t in [k for k in scores if k != "overall"] + ["overall"]:
        s = scores[t]
        lines.append(f"{t:8} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} "
                     f"{int(s.get('support', 0)):6d}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """``python -m rasd.ner.train train --data PATH`` or ``... eval FILE`` (what ``rasd train ner`` /
    ``rasd eval ner`` call)."""
    import argparse
    import json

    from rasd.ner.model import DEFAULT_MODEL

    ap = argparse.ArgumentParser(prog="python -m rasd.ner.train")
    sub = ap.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("train", help="train the tagger and write the model file")
    t.add_argument("--data", required=True, help="training file, one 'token tag' a line")
    t.add_argument("--out", default=str(DEFAULT_MODEL))
    t.add_argument("--dev-fraction", type=float, default=0.1)
    t.add_argument("--seed", type=int, default=0)
    t.add_argument("--no-refit", action="store_true", help="write the model fitted without the dev part")
    t.add_argument("--no-synthetic", action="store_true", help="train on --data alone (no synthetic news sentences)")
    e = sub.add_parser("eval", help="precision/recall/F1 per type on a CoNLL file")
    e.add_argument("file")
    e.add_argument("--model", default=None)
    e.add_argument("--doc-sentences", type=int, default=DOC_SENTENCES)
    args = ap.parse_args(argv)
    if args.cmd == "train":
        report = train(args.data, args.out, dev_fraction=args.dev_fraction, seed=args.seed,
                       refit=not args.no_refit, synthetic=int(not args.no_synthetic))
        if "dev" in report:
            print("dev (held out from the end of the training file):")
            print(format_scores(report["dev"]))
        print(json.dumps({k: v for k, v in report.items() if k != "dev"}, indent=1))
    else:
        print(format_scores(evaluate(NerTagger.load(args.model), args.file, args.doc_sentences)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
