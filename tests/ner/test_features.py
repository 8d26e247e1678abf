from rasd.ner.features import PAD, split_clitics, token_features, window_features
from rasd.text.normalize import MATCH, normalize


def test_split_clitics_strips_conjunction_preposition_and_article():
    assert split_clitics(normalize("والأردن", MATCH)) == ("وال", "اردن")
    assert split_clitics(normalize("لباريس", MATCH)) == ("ل", "باريس")
    assert split_clitics(normalize("للأمم", MATCH)) == ("لل", "امم")
    assert split_clitics("في") == ("", "في")  # too short to strip


def test_token_features_stem_lexicon_and_frequency():
    f = token_features("والأردن")
    assert "s=اردن" in f and "p=وال" in f and "al=True" in f
    assert "g=country" in token_features("بفرنسا")
    assert "g=title" in token_features("الرئيس")
    assert "g=speech" in token_features("وقال")
    assert "g=orghead" in token_features("وزارة")
    # a common word has a high frequency class, a foreign surname a low one or none
    common = next(x for x in token_features("الحكومة") if x.startswith("fq="))
    rare = next(x for x in token_features("بيتروفيتش") if x.startswith("fq="))
    assert rare == "fq=oov" or int(rare[3:]) <= int(common[3:]) - 5  # at least 2.5 Zipf apart


def test_nisba_and_foreign_shape():
    assert "nisba=1" in token_features("الكرواتي")
    assert "nisba=1" in token_features("الإنجليزية")
    assert any(x.startswith("fe=") for x in token_features("بيتروفيتش"))


def test_non_arabic_tokens():
    assert "sh=num" in token_features("2006")
    assert "sh=punct" in token_features("،") or "sh=punct" in token_features(",")
    assert token_features(PAD) == ["pad"]


def test_window_features_have_neighbours_and_padding():
    toks = ["وقال", "الرئيس", "ماكرون"]
    w = window_features(toks)
    assert len(w) == 3
    assert "-1|pad" in w[0] and "-2|pad" in w[0]
    assert "-1|w=الرئيس" in w[2] and "1|w=الرئيس" in w[0] and "+1|w=الرئيس" not in w[0]
    assert "2|pad" in w[2]


def test_window_features_dropout_removes_identity_everywhere():
    toks = ["قال", "ماكرون", "إن"]
    w = window_features(toks, drop=[False, True, False])
    assert not any("w=ماكرون" in x or "s=ماكرون" in x for feats in w for x in feats)
    assert any(x.startswith("0|len=") for x in w[1])  # shape evidence stays


def test_data_files_have_no_presentation_forms_or_diacritics():
    # lexicons must be typed in plain letters, or they never match real text
    from pathlib import Path

    data = Path(__file__).resolve().parents[2] / "rasd" / "ner" / "data"
    for path in data.glob("*.tsv"):
        text = path.read_text(encoding="utf-8")
        bad = [c for c in set(text) if 0xFB50 <= ord(c) <= 0xFEFF or 0x064B <= ord(c) <= 0x0652]
        assert not bad, (path.name, [hex(ord(c)) for c in bad])


def test_lexicon_lookup_normalizes_both_sides():
    # hamza and taa marbuta spelled differently from the list still match
    assert "g=orghead" in token_features("وزاره")
    assert "g=country" in token_features("والاردن")


def test_span_gazetteer_longest_match_with_proclitics_on_the_first_word():
    from rasd.ner.features import SpanGazetteer, norm

    def key(name):
        return tuple(norm(w) for w in name.split())

    gaz = SpanGazetteer({key("الأمم المتحدة"): frozenset({"ORG"}),
                         key("مجلس الأمن"): frozenset({"ORG"}),
                         key("مجلس الأمن الدولي"): frozenset({"ORG"}),
                         key("ريال مدريد"): frozenset({"ORG"}),
                         key("مدريد"): frozenset({"LOC"}),
                         key("ليون"): frozenset({"LOC", "ORG"})},
                        freq={"ليون": 45})
    toks = "وطالب مجلس الأمن الدولي والأمم المتحدة لريال مدريد في ليون".split()
    m = gaz.match(toks)
    assert m[0] == ()
    # the longest name wins and names do not overlap
    assert m[1] == ("m=B-ORG",) and m[2] == ("m=I-ORG",) and m[3] == ("m=I-ORG",)
    # و + ال and ل on the first word of a name are stripped; later words must match as written
    assert m[4] == ("m=B-ORG",) and m[5] == ("m=I-ORG",)
    assert m[6] == ("m=B-ORG",) and m[7] == ("m=I-ORG",)  # not مدريد alone
    # a one-word name that is also a common word is flagged as weak evidence; both classes kept
    assert set(m[9]) == {"m=U-LOC", "m=U-ORG", "m=Uc-LOC", "m=Uc-ORG"}
    # a later word carrying a clitic does not continue a name
    assert gaz.match("الأمم والمتحدة".split()) == [(), ()]


def test_shipped_span_gazetteer_reaches_the_window_features():
    toks = "وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن".split()
    w = window_features(toks)
    assert "0|m=B-ORG" in w[3] and "0|m=I-ORG" in w[4]
    assert "0|m=B-PER" in w[5] and "0|m=I-PER" in w[6]
    assert "-1|m=I-ORG" in w[5]  # neighbours see the match too


def test_gazetteer_files_are_well_formed():
    from pathlib import Path

    from rasd.ner.features import SPAN_CLASSES

    data = Path(__file__).resolve().parents[2] / "rasd" / "ner" / "data"
    for name in ("gazetteer_names.tsv", "names_foreign.tsv"):
        lines = [ln for ln in (data / name).read_text(encoding="utf-8").splitlines()
                 if ln and not ln.startswith("#")]
        assert len(lines) > 5000, name
        assert len(set(lines)) == len(lines), name
        for ln in lines:
            kind, entry = ln.split("\t")
            assert entry == " ".join(entry.split()) and not entry.isascii(), (name, ln)
            if name == "gazetteer_names.tsv":
                assert kind in SPAN_CLASSES, ln
            else:
                assert kind in ("given_foreign", "surname_foreign"), ln


def test_person_name_words_feed_word_features_but_not_nisbas():
    # the first and last words of gazetteer names, except nisbas (محمد شياع السوداني)
    assert "g=plast" in token_features("غوتيريش")
    assert "g=pfirst" in token_features("أنطونيو")
    assert "g=plast" not in token_features("السوداني")
    assert "g=surname_foreign" in token_features("بيتروفيتش") or \
        "g=plast" in token_features("بيتروفيتش")


def test_features_of_keeps_recent_words_and_stays_bounded(monkeypatch):
    # the summed tagger's two models ask for the same new words' features one after the other
    from rasd.ner import features as F

    lex = F.lexicons()
    monkeypatch.setattr(F, "_FEATURE_CACHE_MAX", 3)
    lex.feature_cache.clear()
    words = ["والأردن", "لباريس", "بيتروفيتش", "ماكرون", "2024"]
    for w in words:
        assert list(F.features_of(w, lex)) == F.token_features(w, lex)
        assert F.features_of(w, lex) is F.features_of(w, lex)  # the second ask is a look-up
    assert len(lex.feature_cache) <= 3
    assert F.features_of(F.PAD, lex) == ("pad",)
    lex.feature_cache.clear()


def test_window_features_hide_removes_list_evidence_of_a_name_everywhere():
    # training-time gazetteer dropout: the name looks as a name nobody listed would
    toks = "وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن".split()
    full = window_features(toks)
    assert any(x.startswith("0|m=") or x.startswith("0|g=") for x in full[5])
    hidden = window_features(toks, hide=[False] * 5 + [True, True, False])
    for i in (5, 6):
        assert not any(x.startswith(("0|g=", "0|m=")) for x in hidden[i])
        assert any(x.startswith("0|w=") for x in hidden[i])  # the word itself stays
    # the neighbours no longer see the name's evidence either, but keep their own
    assert not any(x.startswith(("1|m=", "1|g=")) for x in hidden[7])
    assert "0|m=B-ORG" in hidden[3]
    # "m": a common word of a hidden name keeps its word-list evidence, loses the whole name
    partial = window_features(toks, hide=[False] * 5 + ["m", True, False])
    assert not any(x.startswith("0|m=") for x in partial[5])
