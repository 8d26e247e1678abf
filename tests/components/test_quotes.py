"""Statements: speakers, contents, outlets; entities are given by hand so the tests do not
depend on the tagger."""

from __future__ import annotations

import pytest

from rasd.components.actors import Actors
from rasd.components.quotes import Quotes
from rasd.pipeline import Pipeline
from rasd.records import Entity

from _support import assert_spans_point_at_text


class GivenEntities:
    """A stand-in for the tagger: marks the names listed."""

    name = "entities"
    requires = ("tokens",)
    provides = ("entities",)

    def __init__(self, names):
        self.names = names

    def __call__(self, article):
        for surface, label in self.names:
            i = -1
            while True:
                i = article.text.find(surface, i + 1)
                if i < 0:
                    break
                article.entities.append(Entity(i, i + len(surface), surface, label))
        article.entities.sort(key=lambda e: e.start)
        return article


def quotes(text, names):
    p = Pipeline([GivenEntities(names), Actors(), Quotes()])
    rec = p.process(text, published="2024-03-12").to_dict()
    assert_spans_point_at_text(rec)
    return [
        (q["cue"], (q["speaker"] or {}).get("text"), (q["via"] or {}).get("text"), q["direct"], q["content"])
        for q in rec["quotes"]
    ]


def test_indirect_speech_participle_and_dropped_subject():
    got = quotes(
        "وقال وزير الخارجية الأردني أيمن الصفدي للصحفيين في عمان إن المحادثات مع الجانب السوري ستستأنف "
        "الأسبوع المقبل، مشيرا إلى أن الوفدين اتفقا على جدول أعمال واضح. وأضاف أن بلاده ستواصل دعم الجهود الدولية.",
        [("أيمن الصفدي", "PER"), ("عمان", "LOC")],
    )
    assert got == [
        ("قال", "أيمن الصفدي", None, False, "المحادثات مع الجانب السوري ستستأنف الأسبوع المقبل"),
        ("مشيرا", "أيمن الصفدي", None, False, "الوفدين اتفقا على جدول أعمال واضح"),
        ("أضاف", "أيمن الصفدي", None, False, "بلاده ستواصل دعم الجهود الدولية"),
    ]


def test_chain_through_an_outlet_with_an_anonymous_speaker():
    got = quotes("ونقلت وكالة رويترز عن دبلوماسي أوروبي رفيع قوله إن الاتفاق بات قريبا.", [("رويترز", "ORG")])
    assert got == [("نقلت", "دبلوماسي أوروبي رفيع", "وكالة رويترز", False, "الاتفاق بات قريبا")]


def test_speaker_then_outlet_after_the_verb():
    got = quotes("وقال الرئيس إيمانويل ماكرون لصحيفة لوموند إن أوروبا يجب أن تتحمل مسؤولية أمنها.", [("إيمانويل ماكرون", "PER"), ("لوموند", "ORG")])
    assert got == [("قال", "إيمانويل ماكرون", "صحيفة لوموند", False, "أوروبا يجب أن تتحمل مسؤولية أمنها")]


@pytest.mark.parametrize(
    "text",
    [
        "وقال الأمين العام لجامعة الدول العربية أحمد أبو الغيط «لا بديل عن الحل السياسي الشامل».",
        "وقال الأمين العام لجامعة الدول العربية أحمد أبو الغيط: “لا بديل عن الحل السياسي الشامل”.",
        'وقال الأمين العام لجامعة الدول العربية أحمد أبو الغيط "لا بديل عن الحل السياسي الشامل".',
    ],
)
def test_direct_quotes_in_every_kind_of_mark_and_the_person_not_the_body(text):
    got = quotes(text, [("جامعة الدول العربية", "ORG"), ("أحمد أبو الغيط", "PER")])
    assert got == [("قال", "أحمد أبو الغيط", None, True, "لا بديل عن الحل السياسي الشامل")]


def test_quote_before_the_verb_and_a_collective_speaker():
    got = quotes("«نحن مستعدون للحوار»، قال المتحدث باسم الحكومة. وقالت الحكومة الأردنية في بيان إن الحدود ستبقى مغلقة.", [])
    assert got == [
        ("قال", "المتحدث باسم الحكومة", None, True, "نحن مستعدون للحوار"),
        ("قالت", "الحكومة الأردنية", None, False, "الحدود ستبقى مغلقة"),
    ]


def test_attribution_with_bihasab():
    got = quotes("وقتل 20 شخصا في القصف، بحسب وزارة الصحة.", [])
    assert got == [("بحسب", "وزارة الصحة", None, False, "قتل 20 شخصا في القصف")]


@pytest.mark.parametrize(
    "text",
    [
        "وأعلنت الشركة أرباحا قياسية هذا العام.",
        "وأكد الوزير على ضرورة التهدئة.",
        "ونفى المتهم التهمة الموجهة إليه.",
        "وانطلقت عملية \"درع الشمال\" فجر الأحد.",
        "هل تنجح المفاوضات في وقف الحرب؟",
    ],
)
def test_look_alikes_are_not_statements(text):
    assert quotes(text, []) == []


def test_speaker_links_to_the_actor_id():
    p = Pipeline([GivenEntities([("أيمن الصفدي", "PER")]), Actors(), Quotes()])
    rec = p.process("وقال أيمن الصفدي إن الحدود مفتوحة.").to_dict()
    assert rec["quotes"][0]["speaker"]["id"] == "actor:ayman-safadi"
