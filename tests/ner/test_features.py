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
