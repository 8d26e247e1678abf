import numpy as np
import pytest

from rasd.ner import NerTagger
from rasd.ner.model import DEFAULT_MODEL
from rasd.ner.scorer import chunks

needs_model = pytest.mark.skipif(not DEFAULT_MODEL.exists(), reason="shipped NER model missing")


def _spans(tokens, tags):
    return {(t, " ".join(tokens[s:e])) for t, s, e in chunks(tags)}


@needs_model
def test_load_is_cached_and_labels_are_rasd_labels():
    a = NerTagger.load()
    assert NerTagger.load() is a
    assert set(a.labels) <= {"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC",
                             "B-MISC", "I-MISC"}
    assert "B-PER" in a.labels


@needs_model
def test_tags_a_realistic_sentence():
    toks = ("وقال الرئيس الفرنسي إيمانويل ماكرون إن فرنسا ستعمل مع الأمم المتحدة "
            "في باريس على دعم لبنان").split()
    tags = NerTagger.load().tag(toks)
    assert len(tags) == len(toks)
    found = _spans(toks, tags)
    assert ("PER", "إيمانويل ماكرون") in found or ("PER", "ماكرون") in found
    assert ("LOC", "فرنسا") in found and ("LOC", "باريس") in found and ("LOC", "لبنان") in found
    assert ("ORG", "الأمم المتحدة") in found


@needs_model
def test_tag_many_matches_tag_and_handles_empty():
    t = NerTagger.load()
    sents = [["زار", "وزير", "الخارجية", "الأردني", "أيمن", "الصفدي", "دمشق"], [], ["القاهرة"]]
    many = t.tag_many(sents)
    assert many[1] == []
    assert many[0] == t.tag(sents[0]) and many[2] == t.tag(sents[2])


@needs_model
def test_output_is_valid_iob2():
    t = NerTagger.load()
    toks = "قال المتحدث باسم وزارة الخارجية الأمريكية نيد برايس للصحفيين في واشنطن".split()
    tags = t.tag(toks)
    for prev, cur in zip(["O"] + tags, tags):
        if cur.startswith("I-"):
            assert prev[2:] == cur[2:], (prev, cur)


def test_tagger_from_hand_made_weights(tmp_path):
    # a two-feature model: the word "باريس" is a place, everything else is O
    labels = ["O", "B-LOC", "I-LOC"]
    attrs = ["bias", "0|w=باريس"]
    w = np.array([[1.0, 0.0, 0.0], [0.0, 5.0, 0.0]])
    path = tmp_path / "m.npz"
    NerTagger.save(path, attrs, w, np.zeros((3, 3)), labels)
    t = NerTagger.load(path)
    assert t.tag(["زار", "باريس"]) == ["O", "B-LOC"]
    assert t.tag(["لباريس"]) == ["O"]  # another surface word


def test_missing_model_names_the_fix(tmp_path):
    with pytest.raises(FileNotFoundError, match="rasd train ner"):
        NerTagger.load(tmp_path / "none.npz")


def test_document_consistency_labels_repeats_and_lone_surnames():
    from rasd.ner.model import _propagate

    sents = [["قال", "المدرب", "إيفان", "بيتروفيتش"], ["وأضاف", "بيتروفيتش", "أن", "وإيفان", "بيتروفيتش"]]
    tags = [["O", "O", "B-PER", "I-PER"], ["O", "O", "O", "O", "O"]]
    out = _propagate(sents, tags, NerTagger._key)
    assert out[0] == tags[0]
    # the full name again (with a clitic) and the surname alone
    assert out[1] == ["O", "B-PER", "O", "B-PER", "I-PER"]


@needs_model
def test_tag_many_consistent_flag():
    t = NerTagger.load()
    sents = [["وقال", "الرئيس", "الفرنسي", "إيمانويل", "ماكرون"], ["وأضاف", "ماكرون"]]
    assert t.tag_many(sents, consistent=False) == [t.tag(s) for s in sents]


@needs_model
def test_names_never_seen_in_training_are_found_through_the_gazetteers():
    # none of these people occurs in ANERcorp; the whole-name gazetteer knows them
    t = NerTagger.load()
    sport = ("وقاد الصربي نوفاك ديوكوفيتش فريقه إلى الفوز في بطولة رولان غاروس بعد أن تغلب على "
             "الإسباني رافائيل نادال في النهائي ، فيما أشاد المدرب الألماني يورغن كلوب بأداء "
             "لاعبيه في ليفربول .").split()
    found = _spans(sport, t.tag(sport))
    assert ("PER", "نوفاك ديوكوفيتش") in found
    assert ("PER", "رافائيل نادال") in found
    assert ("PER", "يورغن كلوب") in found
    politics = ("وقالت كايا كالاس مسؤولة السياسة الخارجية في الاتحاد الأوروبي إن المستشار الألماني "
                "أولاف شولتس سيزور القاهرة الأسبوع المقبل .").split()
    found = _spans(politics, t.tag(politics))
    assert ("PER", "كايا كالاس") in found and ("PER", "أولاف شولتس") in found
    assert ("ORG", "الاتحاد الأوروبي") in found and ("LOC", "القاهرة") in found


@needs_model
def test_a_name_right_after_an_organization_is_its_own_entity():
    t = NerTagger.load()
    toks = ("وقالت مسؤولة السياسة الخارجية في الاتحاد الأوروبي كايا كالاس إن الاتحاد "
            "سيدعم المفاوضات .").split()
    found = _spans(toks, t.tag(toks))
    assert ("PER", "كايا كالاس") in found and ("ORG", "الاتحاد الأوروبي") in found


@needs_model
def test_a_name_with_a_proclitic_keeps_its_whole_span():
    t = NerTagger.load()
    toks = "وأعلن نادي ريال مدريد أن الهدف الثالث لريال مدريد سجله كريم بنزيمة .".split()
    found = _spans(toks, t.tag(toks))
    assert ("ORG", "لريال مدريد") in found  # the tagger's span; records strip the ل
    assert ("PER", "كريم بنزيمة") in found


def test_split_at_names_only_splits_known_names_of_different_classes():
    from rasd.ner.model import _split_at_names

    tags = ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]
    match = [(), ("m=B-ORG",), ("m=I-ORG",), ("m=B-PER",), ("m=I-PER",), ()]
    assert _split_at_names(tags, match) == ["O", "B-ORG", "I-ORG", "B-PER", "I-PER", "O"]
    # one known name followed by an unknown word: the tagger's span stands
    match = [(), ("m=B-ORG",), ("m=I-ORG",), (), (), ()]
    assert _split_at_names(tags, match) == tags
    # two known names that are both of the entity's class stay one entity
    match = [(), ("m=B-ORG",), ("m=I-ORG",), ("m=B-ORG",), ("m=I-ORG",), ()]
    assert _split_at_names(tags, match) == tags


@needs_model
def test_a_full_type_cache_is_emptied_without_changing_tags():
    from rasd.ner.model import cached_type_ids

    t = NerTagger.load()
    t.clear_cache()
    toks = "وقال وزير الخارجية الأردني أيمن الصفدي في عمان إن الأردن يدعم لبنان".split()
    before = t.tag(toks)
    ids = cached_type_ids(t, toks + ["كلمة", "أخرى"], limit=3)  # more types than the limit
    assert len(ids) == len(toks) + 2 and len(t._ids) <= len(set(toks)) + 3
    assert t.tag(toks) == before
    t.clear_cache()


def _brute_force(em, trans, ok, start):
    """The best IOB2-valid path by trying every label sequence (tiny inputs only)."""
    import itertools

    n, k = em.shape
    best, arg = -np.inf, None
    for path in itertools.product(range(k), repeat=n):
        s = em[0, path[0]] + start[path[0]]
        for t in range(1, n):
            s += trans[path[t - 1], path[t]] + ok[path[t - 1], path[t]] + em[t, path[t]]
        if s > best:
            best, arg = s, list(path)
    return arg


def test_viterbi_of_a_batch_of_uneven_sentences_is_exact(tmp_path):
    # sentences of 1 to 5 words decoded together, in no particular order, must each get the
    # best valid path, as if decoded alone (the batch skips sentences that have ended)
    labels = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC"]
    rng = np.random.default_rng(7)
    path = tmp_path / "m.npz"
    NerTagger.save(path, ["bias"], np.zeros((1, 5)), rng.normal(size=(5, 5)), labels)
    t = NerTagger.load(path)
    ems = [rng.normal(size=(n, 5)).astype(np.float32) * 2 for n in (4, 1, 5, 2, 5, 3, 1)]
    got = t._viterbi(ems)
    for em, p in zip(ems, got):
        assert p == _brute_force(em, t._trans, t._ok, t._start_pen)
        assert p == t._viterbi([em])[0]
