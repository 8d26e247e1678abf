"""Training on a tiny hand-made corpus: the round trip crfsuite -> npz -> NerTagger."""

import pytest

pytest.importorskip("pycrfsuite")

from rasd.ner import NerTagger  # noqa: E402
from rasd.ner.train import evaluate, read_conll, split_dev, train  # noqa: E402

SENTS = [
    "زار B-PERS|الرئيس O|ماكرون B-PERS|باريس B-LOC",
    "وقال O|وزير O|الخارجية O|أيمن B-PERS|الصفدي I-PERS|في O|عمان B-LOC",
    "أعلنت O|وزارة B-ORG|الصحة I-ORG|في O|القاهرة B-LOC",
    "التقى O|بلينكن B-PERS|في O|الرياض B-LOC",
]


def _write(path, sents):
    path.write_text("\n\n".join("\n".join(s.replace("O|", "O\n").split("|")) for s in sents) + "\n",
                    encoding="utf-8")


def test_read_conll_and_split(tmp_path):
    p = tmp_path / "c.txt"
    _write(p, SENTS)
    sents = read_conll(p)
    assert len(sents) == 4 and sents[0][2] == ("ماكرون", "B-PERS")
    fit, dev = split_dev(sents, 0.25)
    assert len(fit) == 3 and dev == sents[3:]


def test_train_writes_a_model_that_tags(tmp_path):
    data = tmp_path / "train.txt"
    _write(data, SENTS * 5)
    out = tmp_path / "m.npz"
    report = train(data, out, dev_fraction=0.2, snapshot_kb=False, max_iterations=30, synthetic=0)
    assert out.exists() and report["model_bytes"] > 0 and "dev" in report
    scores = evaluate(NerTagger.load(out), data)
    assert scores["overall"]["f1"] > 0.8


def test_training_adds_the_synthetic_sentences_by_default(tmp_path, monkeypatch):
    from rasd.ner import synthetic

    calls = []
    extra = [[("صرح", "O"), ("المتحدث", "O"), ("يوهانس", "B-PERS"), ("كلاينر", "I-PERS")]]
    monkeypatch.setattr(synthetic, "load", lambda paths=None: calls.append(1) or extra)
    data = tmp_path / "train.txt"
    _write(data, SENTS * 5)
    out = tmp_path / "m.npz"
    train(data, out, dev_fraction=0.2, snapshot_kb=False, max_iterations=10, refit=False)
    assert calls == [1]
    # the synthetic sentence's words are in the model's features
    import numpy as np

    with np.load(out) as z:
        assert "كلاينر" in str(z["attrs"])


def test_gazetteer_dropout_hides_whole_entities():
    import random

    from rasd.ner.train import _hidden

    tags = ["O", "B-PERS", "I-PERS", "O", "B-LOC"]
    assert _hidden(tags, 0.0, random.Random(0)) is None
    assert _hidden(tags, 1.0, random.Random(0)) == [False, True, True, False, True]
    picks = [_hidden(tags, 0.5, random.Random(s)) or [False] * 5 for s in range(200)]
    # a name is hidden as a whole, never one word of it
    assert all(h[1] == h[2] for h in picks)
    share = sum(h[1] for h in picks) / len(picks)
    assert 0.35 < share < 0.65
    # rare-word mode: only names with a rare word; their common words keep list evidence
    toks = ["قال", "محمد", "بونرايت", "في", "القاهرة"]
    h = _hidden(tags, 1.0, random.Random(0), toks)
    assert h[1] == "m" and h[2] is True and h[4] is False
