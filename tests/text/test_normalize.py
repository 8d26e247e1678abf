"""The normalized views: what each rule folds, and that every span maps back."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.text.normalize import (
    LIGHT,
    MATCH,
    dediac,
    normalize,
    normalize_alef,
    normalize_digits,
    normalize_teh_marbuta,
    normalize_unicode,
    normalize_view,
    normalize_ya,
    remove_invisibles,
    remove_tatweel,
)

# A wire sentence as it arrives from a CMS: diacritics, a tatweel, a bidi mark,
# presentation forms pasted from a PDF, and Arabic-Indic digits.
MESSY = "\u200fقالَ وزيرُ الخارجيّة إنّ بـ١٢٠٠ جنديٍّ وصلوا إلى ﺍﻟﺤﺪﻭﺩ ﻷن الوضعَ خطير"


def test_match_view_folds_every_variant():
    v = normalize_view(MESSY, MATCH)
    assert v.text == "قال وزير الخارجيه ان ب1200 جندي وصلوا الي الحدود لان الوضع خطير"


def test_light_view_keeps_orthography():
    v = normalize_view("أعلنت الحكومةُ المصرية، يومَ الأحد، أن ٣ وزراء استقالوا.", LIGHT)
    assert v.text == "أعلنت الحكومة المصرية، يوم الأحد، أن 3 وزراء استقالوا."


@pytest.mark.parametrize(
    "word",
    ["الخارجيّة", "جنديٍّ", "ﺍﻟﺤﺪﻭﺩ", "ﻷن", "بـ١٢٠٠", "وزيرُ", "قالَ"],
)
def test_spans_of_normalized_words_map_back_to_the_original_word(word):
    v = normalize_view(MESSY, MATCH)
    target = normalize(word, MATCH)
    i = v.text.index(target)
    start, end = v.span_to_original(i, i + len(target))
    assert MESSY[start:end] == word


def test_diacritics_belong_to_the_letter_before_them():
    text = "محمّدٌ"
    v = normalize_view(text, MATCH)
    assert v.text == "محمد"
    assert v.span_to_original(0, 4) == (0, len(text))
    assert v.span_to_original(2, 3) == (2, 4)  # م with its shadda


def test_ligature_expanding_to_two_letters_maps_to_the_one_character():
    text = "ﻻ تراجع"
    v = normalize_view(text, MATCH)
    assert v.text.startswith("لا")
    assert v.span_to_original(0, 1) == (0, 1)
    assert v.span_to_original(1, 2) == (0, 1)


def test_bidi_marks_are_outside_every_span():
    text = "\u200fالأردن\u202c و\u200eمصر"
    v = normalize_view(text, MATCH)
    assert v.text == "الاردن ومصر"
    s, e = v.span_to_original(0, 6)
    assert text[s:e] == "الأردن"


def test_from_original_and_back_round_trip():
    v = normalize_view(MESSY, MATCH)
    for n in range(len(v.text)):
        o = v.start_to_original(n)
        back = v.from_original(o)
        # the first normalized character of that original character (a ligature
        # expands into several that share one original position)
        assert back <= n and v.start_to_original(back) == o


def test_identity_view_for_clean_text():
    v = normalize_view("قال الوزير إن المحادثات مستمرة", LIGHT)
    assert v.is_identity
    assert v.span_to_original(4, 10) == (4, 10)


def test_single_rule_helpers():
    assert dediac("مَدْرَسَةٌ") == "مدرسة"
    assert remove_tatweel("الســلام") == "السلام"
    assert remove_invisibles("\u200fعمان\u200d") == "عمان"
    assert normalize_alef("أإآٱ") == "اااا"
    assert normalize_ya("مصطفى") == "مصطفي"
    assert normalize_teh_marbuta("القاهرة") == "القاهره"
    assert normalize_digits("١٤/٣/٢٠١٩ و۱۲ و١٫٥") == "14/3/2019 و12 و1.5"
    assert normalize_unicode("ﺍﻟﻌﺮﺏ") == "العرب"


def test_match_folds_spelling_variants_to_one_form():
    assert normalize("الأمريكية") != normalize("الأميركية")  # different letters, not a normalization
    assert normalize("إيران") == normalize("ايران")
    assert normalize("مستشفى") == normalize("مستشفي")
    assert normalize("الإمارات") == normalize("الامارات")


def test_normalization_is_idempotent_on_messy_text():
    once = normalize(MESSY)
    assert normalize(once) == once


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(
    list("ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآؤئ٠١٢٣٤٥٦٧٨٩0123456789 abcXYZ.,،؛")
    + ["\u064b", "\u0651", "\u0670", "\u0640", "\u200f", "\ufefb", "ﷲ", "\U0001F600"]), max_size=30))
def test_normalize_fast_path_equals_the_view(text):
    # normalize() skips the offset map when every character maps one to one; it must give
    # exactly the view's text, with diacritics, tatweel, ligatures and marks mixed in
    for opts in (MATCH, LIGHT):
        assert normalize(text, opts) == normalize_view(text, opts).text
