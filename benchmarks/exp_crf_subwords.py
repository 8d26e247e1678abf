"""Experiment (session 2, not kept): the CRF with dense USE-multilingual subword features.

    python benchmarks/exp_crf_subwords.py D OFFSETS [SCALE]     # e.g. 16 0 0.3, 32 -1,0,1 0.3, 32 none

Each word's mean subword embedding is reduced by whitened PCA (fitted on the training part's
words) to D dimensions, times SCALE, and given to crfsuite as real-valued attributes of the
tokens at OFFSETS ("none": the plain CRF, the baseline). The CRF is fitted on the first 90% of
the training file with the shipped model's settings and scored on the last 10% as 20-sentence
documents with document consistency. Needs the train extra (python-crfsuite, the USE package,
sentencepiece) and ../shared/data.
"""
import sys, time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
import pycrfsuite  # noqa: E402
from rasd.ner.train import read_conll, split_dev  # noqa: E402
from rasd.ner.features import window_features  # noqa: E402
from rasd.ner.model import _propagate, stem_key  # noqa: E402
from rasd.ner.scorer import score  # noqa: E402
from rasd.ner.train_nn import load_use_table, subword_ids  # noqa: E402
D = int(sys.argv[1]); OFFS = [int(x) for x in sys.argv[2].split(",")] if sys.argv[2] != "none" else []
SCALE = float(sys.argv[3]) if len(sys.argv) > 3 else 1.0
s = read_conll(ROOT.parent / 'shared' / 'data' / 'ner' / 'anercorp_train.txt'); fit, dev = split_dev(s, 0.1)
vecs = {}
if OFFS:
    table = load_use_table()
    types = sorted({w for x in s for w, _ in x})
    raw = np.zeros((len(types), 512), np.float32)
    for i, w in enumerate(types):
        ids = subword_ids(w)
        if ids: raw[i] = table[ids].mean(0)
    fit_types = sorted({w for x in fit for w, _ in x}); idx = {w: i for i, w in enumerate(types)}
    X = raw[[idx[w] for w in fit_types]]
    mu = X.mean(0); U, S, Vt = np.linalg.svd(X - mu, full_matrices=False)
    P = Vt[:D].T / (S[:D] / np.sqrt(len(X)))  # whitened PCA
    Z = (raw - mu) @ P * SCALE
    vecs = {w: Z[idx[w]] for w in types}
def xseq(toks):
    wf = window_features(toks)
    out = []
    for i, feats in enumerate(wf):
        d = {f: 1.0 for f in feats}
        for o in OFFS:
            j = i + o
            if 0 <= j < len(toks):
                v = vecs[toks[j]]
                for k in range(D): d[f"{o}|u{k}"] = float(v[k])
        out.append(d)
    return out
tr = pycrfsuite.Trainer(verbose=False)
for x in fit:
    tr.append(pycrfsuite.ItemSequence(xseq([w for w, _ in x])), [t for _, t in x])
tr.set_params({"c1": 0.02, "c2": 0.005, "max_iterations": 150, "feature.possible_transitions": True})
t0 = time.time(); path = f"/tmp/rasd_crf_subwords_{D}_{sys.argv[2]}_{SCALE}.crfsuite"; tr.train(path)
tg = pycrfsuite.Tagger(); tg.open(path)
toks = [[w for w, _ in x] for x in dev]; gold = [[t.replace("PERS", "PER") for _, t in x] for x in dev]
pred = []
for a in range(0, len(toks), 20):
    doc = toks[a:a+20]
    tags = [[t.replace("PERS", "PER") for t in tg.tag(pycrfsuite.ItemSequence(xseq(x)))] for x in doc]
    pred.extend(_propagate(doc, tags, stem_key))
r = score(gold, pred)
print(sys.argv[1:], round(time.time() - t0), {k: round(v, 4) for k, v in r["overall"].items()},
      {t: round(r[t]["f1"], 3) for t in ("PER", "ORG", "LOC", "MISC")}, flush=True)
