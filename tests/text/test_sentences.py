"""Sentences: split at terminators and line breaks, not inside quotes, numbers or abbreviations."""

from __future__ import annotations

from rasd.text.sentences import split_sentences
from rasd.text.tokenize import tokenize


def sentences(text):
    return [text[a:b] for a, b, _, _ in split_sentences(text, tokenize(text))]


def test_terminators_and_line_breaks():
    text = "أعلنت الحكومة استقالتها. هل تتشكل حكومة جديدة؟ لا أحد يعرف!\nعنوان بلا نقطة\nوقال المتحدث؛ إن الأمر انتهى"
    assert sentences(text) == [
        "أعلنت الحكومة استقالتها.",
        "هل تتشكل حكومة جديدة؟",
        "لا أحد يعرف!",
        "عنوان بلا نقطة",
        "وقال المتحدث؛",
        "إن الأمر انتهى",
    ]


def test_quotes_keep_their_sentences_together():
    text = "وقال كيري «وقعنا على اتفاق تاريخي. يجب عرضه على مجلس الأمن». ثم غادر القاعة."
    assert sentences(text) == [
        "وقال كيري «وقعنا على اتفاق تاريخي. يجب عرضه على مجلس الأمن».",
        "ثم غادر القاعة.",
    ]


def test_a_quote_that_closes_after_its_full_stop_ends_the_sentence():
    text = "وقال المتحدث «لن نتراجع.» وغادر المنصة."
    assert sentences(text) == ["وقال المتحدث «لن نتراجع.»", "وغادر المنصة."]


def test_abbreviations_and_decimals_do_not_split():
    text = "(أ.ف.ب) صرح د. محمد الأحمد بأن النمو بلغ 3.5 بالمئة هذا العام. وتوقع المزيد."
    assert sentences(text) == [
        "(أ.ف.ب) صرح د. محمد الأحمد بأن النمو بلغ 3.5 بالمئة هذا العام.",
        "وتوقع المزيد.",
    ]


def test_not_at_every_comma():
    text = "زار الوزير عمان، والتقى نظيره، وبحث معه العلاقات الثنائية."
    assert len(sentences(text)) == 1


def test_year_marker_before_full_stop_ends_a_sentence():
    text = "بدأت الأزمة عام 2020م. واستمرت حتى اليوم."
    assert sentences(text) == ["بدأت الأزمة عام 2020م.", "واستمرت حتى اليوم."]


def test_unclosed_quote_does_not_swallow_the_next_paragraph():
    text = "قال النائب «إن الحكومة فشلت. ولم تفعل شيئا.\n\nوفي سياق آخر، ارتفعت الأسعار. وتراجعت الليرة."
    got = sentences(text)
    assert got[-2:] == ["وفي سياق آخر، ارتفعت الأسعار.", "وتراجعت الليرة."]
