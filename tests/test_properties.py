"""Properties that must hold for any input: hypothesis throws strings nobody thought of."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import rasd
from rasd.text.normalize import LIGHT, MATCH, normalize, normalize_view
from rasd.text.tokenize import tokenize

from _support import assert_spans_point_at_text

# Characters news text and hostile input are made of: Arabic letters and marks,
# presentation forms, digits of three systems, bidi and zero-width controls,
# quotes and brackets, Latin, emoji, line breaks.
_POOL = (
    "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى"
    "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640"
    "ﻷﻻﺍﻟﻌﺮﺏﷺ٠١٢٣٤٥٦٧٨٩۰۱۲0123456789٫٬٪"
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202e\u2066\u2069\ufeff\u00ad"
    " \n\t\r.،؛؟!?:«»“”\"'()[]-–/…%"
    "abcXYZéİ😀👍🏽\u0301"
)
arabicish = st.text(alphabet=st.sampled_from(_POOL), max_size=300)
anything = st.text(max_size=300)
texts = st.one_of(arabicish, anything, st.lists(st.sampled_from(["والسيسي", "بـ1200", "«قال»", "د.", "\n", " ", "ﻷن", "١٫٥"]), max_size=40).map("".join))


@given(texts)
@example("نهآىه")  # a period word (نهاية) ending the text once ran past the last token
@example("وقال الوزير في نهاية")
@settings(max_examples=300, deadline=None)
def test_extract_never_raises_and_offsets_hold(text):
    record = rasd.extract(text, published="2024-05-01").to_dict()
    assert record["text"] == text
    assert_spans_point_at_text(record)
    json.dumps(record, ensure_ascii=False)


@given(texts)
@settings(max_examples=300, deadline=None)
def test_normalization_is_idempotent(text):
    for norm in (MATCH, LIGHT):
        once = normalize(text, norm)
        assert normalize(once, norm) == once


@given(texts, st.data())
@settings(max_examples=300, deadline=None)
def test_offset_map_round_trips(text, data):
    v = normalize_view(text, MATCH)
    n = len(v.text)
    for i in range(n):
        o = v.start_to_original(i)
        assert 0 <= o < len(text)
        assert v.start_to_original(v.from_original(o)) == o
    if n:
        a = data.draw(st.integers(0, n - 1))
        b = data.draw(st.integers(a + 1, n))
        s, e = v.span_to_original(a, b)
        assert 0 <= s < e <= len(text)
        # the original span normalizes back to the normalized span (or a ligature around it)
        assert v.text[a:b] in normalize(text[s:e], MATCH)


@given(texts)
@settings(max_examples=300, deadline=None)
def test_tokens_are_slices_and_ordered(text):
    last = 0
    for t in tokenize(text):
        assert text[t.start : t.end] == t.text
        assert last <= t.start < t.end
        assert t.start <= t.base_start <= t.stem_start <= t.base_end <= t.end
        last = t.end


@given(st.integers(min_value=200_000, max_value=1_000_000), st.sampled_from(["قال الوزير إن الوضع خطير. ", "ﻷن\u200f«", "x\n"]))
@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_large_inputs_up_to_a_megabyte(size, unit):
    text = (unit * (size // len(unit) + 1))[:size]
    record = rasd.extract(text).to_dict()
    assert record["text"] == text
    assert_spans_point_at_text(record)


@given(texts)
@settings(max_examples=300, deadline=None)
def test_match_view_derived_from_the_clitic_view_equals_a_direct_one(text):
    from rasd.article import Article

    derived = Article(text).view(MATCH)
    direct = normalize_view(text, MATCH)
    assert derived.text == direct.text
    for i in range(len(direct.text)):
        assert derived.span_to_original(i, i + 1) == direct.span_to_original(i, i + 1)
