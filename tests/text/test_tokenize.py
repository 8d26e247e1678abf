"""Tokens: offsets into the original, clitic boundaries, numbers glued to clitics."""

from __future__ import annotations

from rasd.text.normalize import normalize_view
from rasd.text.clitics import CLITIC
from rasd.text.tokenize import DATE, LATIN, NUMBER, PUNCT, WORD, tokenize

PARA = (
    "وقال الرئيس المصري عبد الفتاح السيسي للصحفيين في القاهرة، يومَ الثلاثاء، إن بلاده "
    "أرسلت بـ1200 جندي و٣٠٠ مدرعة إلى الحدود منذ 14/3/2019، مشيراً إلى أن والسيسي… "
    "\u200fلا يزال يتابع الملف مع Emmanuel Macron."
)


def by_text(tokens):
    return {t.text: t for t in tokens}


def test_every_token_is_its_original_slice():
    toks = tokenize(PARA)
    for t in toks:
        assert PARA[t.start : t.end] == t.text
        assert t.start <= t.base_start <= t.stem_start <= t.base_end <= t.end


def test_name_comes_out_of_its_conjunction():
    toks = tokenize("التقى وزير الخارجية والسيسي في القاهرة")
    t = by_text(toks)["والسيسي"]
    assert t.prefix == "و" and t.article
    assert "التقى وزير الخارجية والسيسي في القاهرة"[t.base_start : t.base_end] == "السيسي"


def test_number_comes_out_of_its_clitic_and_tatweel():
    toks = tokenize(PARA)
    t = by_text(toks)["بـ1200"]
    assert t.kind == NUMBER and t.prefix == "ب"
    assert PARA[t.base_start : t.base_end] == "1200"
    t = by_text(toks)["و٣٠٠"]
    assert t.kind == NUMBER and t.base_norm == "300"
    assert PARA[t.base_start : t.base_end] == "٣٠٠"


def test_kinds():
    t = by_text(tokenize(PARA))
    assert t["14/3/2019"].kind == DATE
    assert t["Macron"].kind == LATIN
    assert t["،"].kind == PUNCT
    assert t["القاهرة"].kind == WORD


def test_diacritics_and_bidi_marks_do_not_split_words():
    toks = tokenize(PARA)
    texts = [t.text for t in toks]
    assert "يومَ" in texts
    assert "لا" in texts  # the U+200F before it is not part of the token
    assert all("\u200f" not in x for x in texts)


def test_lil_article_restores_the_elided_alef_in_the_normalized_base():
    t = tokenize("دعا الأمين العام للأمم المتحدة")[3]
    assert t.text == "للأمم"
    assert t.base_norm == "الامم"


def test_tokenize_accepts_a_prebuilt_view():
    text = "قال الوزير"
    view = normalize_view(text, CLITIC)
    assert [t.text for t in tokenize(text, view)] == ["قال", "الوزير"]
