"""Train and evaluate the NER tagger.

Training needs python-crfsuite (the ``train`` extra); the model it writes is
read by :class:`rasd.ner.NerTagger` with numpy alone.

Recipe (every choice measured on a dev part held out from the end of the
training file, never on the test split):

* features of :mod:`rasd.ner.features` over a -2..+2 window;
* word-identity dropout: the training data is used twice, once as is and
  once with the word and stem features of a share of tokens removed (more
  often for entity tokens), so the model learns to tag names from their
  shape, affixes, frequency class and context rather than from memory;
* L-BFGS with L1 + L2 regularization.

By default the model is fitted on the training part, scored on dev, and then
refitted on all of the training file before it is written.
"""

from __future__ import annotations

import random
import time
from pathlib import Path
from typing import Any, Iterable, Sequence

import numpy as np

from rasd.ner.features import window_features
from rasd.ner.model import NerTagger
from rasd.ner.scorer import score

__all__ = ["read_conll", "split_dev", "train", "evaluate", "DEFAULTS"]

DEFAULTS: dict[str, Any] = {
    "c1": 0.05,
    "c2": 0.01,
    "max_iterations": 300,
    "drop_entity": 0.5,  # share of entity tokens whose identity is hidden in the dropout copy
    "drop_other": 0.1,  # the same for other tokens
    "copies": 1,  # dropout copies added to the original data
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
    trainer = pycrfsuite.Trainer(verbose=False)
    for toks, tags in ((list(t), list(g)) for t, g in (zip(*s) for s in sents)):
        trainer.append(window_features(toks), tags)
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


def evaluate(tagger: NerTagger, test_path: str | Path) -> dict[str, dict[str, float]]:
    """Exact-span (conlleval) scores of ``tagger`` on a CoNLL file, overall and per type."""
    sents = read_conll(test_path)
    return _score(tagger, sents)


def _score(tagger: NerTagger, sents: Sequence[Sentence]) -> dict[str, dict[str, float]]:
    gold = [[t for _, t in s] for s in sents]
    pred = tagger.tag_many([[w for w, _ in s] for s in sents])
    return score(gold, pred)


def train(train_path: str | Path, out_path: str | Path, dev_fraction: float = 0.1, seed: int = 0,
          refit: bool = True, **params: Any) -> dict[str, Any]:
    """Train a tagger and write it to ``out_path``; returns dev scores and timings.

    With ``refit`` (default) the written model is refitted on the whole training
    file after the dev part has been scored; otherwise the dev-scored model is written.
    """
    p = {**DEFAULTS, **params}
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


def _iter_tokens(sents: Iterable[Sentence]) -> Iterable[str]:
    for s in sents:
        for w, _ in s:
            yield w
