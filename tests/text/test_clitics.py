"""Clitic splits: names and numbers come out of their proclitics."""

from __future__ import annotations

import pytest

from rasd.text.clitics import CLITIC, segment
from rasd.text.normalize import normalize


def seg(word):
    return segment(normalize(word, CLITIC))


@pytest.mark.parametrize(
    "word, prefix, article",
    [
        ("والسيسي", "و", True),
        ("بالعراق", "ب", True),
        ("والعراق", "و", True),
        ("وقال", "و", False),
        ("ولبنان", "و", False),
        ("ببغداد", "ب", False),
        ("وماكرون", "و", False),  # unknown name after و
        ("ستعقد", "س", False),
        ("وستعقد", "وس", False),
        ("للأمم", "ل", True),
    ],
)
def test_proclitics_are_split(word, prefix, article):
    s = seg(word)
    assert (s.prefix, s.article) == (prefix, article)


@pytest.mark.parametrize(
    "word",
    ["وزير", "وزارة", "وكالة", "فرنسا", "لبنان", "بغداد", "واشنطن", "بوتين", "فيصل", "وليد", "بعقوبة", "كان", "كما", "بحث", "لكن"],
)
def test_words_that_only_look_like_clitic_plus_word_stay_whole(word):
    assert not seg(word).prefix


def test_article_is_kept_in_the_base():
    s = seg("الأردن")
    assert s.prefix == "" and s.article


@pytest.mark.parametrize("word, suffix", [("حكومته", "ه"), ("قواتها", "ها")])
def test_enclitic_pronouns(word, suffix):
    assert seg(word).suffix == suffix


def test_taa_marbuta_is_not_read_as_a_pronoun():
    assert seg("رئيسة").suffix == ""
