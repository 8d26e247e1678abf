"""Events: PLOVER types, arguments from word order and construct state, flags; the PLOVER export."""

from __future__ import annotations

import pytest

import rasd
from rasd.export import plover_events

from _support import assert_spans_point_at_text


def events(text, published="2024-03-12"):
    rec = rasd.extract(text, published=published).to_dict()
    assert_spans_point_at_text(rec)
    return rec, [
        (
            e["type"],
            e["text"],
            (e["source"] or {}).get("text"),
            (e["target"] or {}).get("text"),
            (e["location"] or {}).get("text"),
            e["negated"],
            e.get("future"),
            e["time"],
        )
        for e in rec["events"]
    ]


def test_airstrike_with_source_place_and_time():
    _, got = events("قصفت الطائرات الإسرائيلية مواقع في جنوب لبنان فجر الثلاثاء.")
    assert got == [("ASSAULT", "قصفت", "الطائرات الإسرائيلية", None, "لبنان", False, False, "2024-03-12TMO")]


def test_verbal_noun_in_construct_state():
    _, got = events("وأعلنت فرنسا انسحاب القوات الفرنسية من مالي.")
    assert ("RETREAT", "انسحاب", "القوات الفرنسية", None, "مالي", False, False, None) in got


def test_a_demand_to_withdraw_is_a_request_not_a_retreat():
    _, got = events("وطالب البرلمان العراقي بانسحاب القوات الأمريكية من البلاد.")
    assert [g[0] for g in got] == ["REQUEST"]
    assert got[0][2] == "البرلمان العراقي"


def test_negated_and_future_events():
    _, got = events("ولم تنسحب القوات الروسية من المدينة حتى الآن.")
    assert got[0][0] == "RETREAT" and got[0][5] is True
    _, got = events("ومن المقرر أن يزور الرئيس الفرنسي الرياض الأسبوع المقبل.")
    assert got[0][0] == "CONSULT" and got[0][6] is True and got[0][4] == "الرياض"  # the place visited


def test_meeting_between_two_named_officials():
    _, got = events("والتقى وزير الخارجية الأردني أيمن الصفدي نظيره المصري بدر عبد العاطي في القاهرة أمس.")
    assert got == [("CONSULT", "التقى", "أيمن الصفدي", "بدر عبد العاطي", "القاهرة", False, False, "2024-03-11")]


def test_one_event_per_occurrence():
    _, got = events("ووقعت الحكومة والمعارضة اتفاقا لوقف إطلاق النار في الدوحة.")
    assert [g[0] for g in got] == ["AGREE"]


@pytest.mark.parametrize(
    "text",
    [
        "وشن الفريق هجوما قويا على مرمى المنافس في الشوط الثاني.",
        "وشن النائب هجوما إعلاميا لاذعا على الوزير.",
        "واتفق الخبراء على أن الوضع الاقتصادي صعب.",
        "ووقع الانفجار قرب السوق بسبب تسرب الغاز.",
        "وانسحب اللاعب من المباراة بسبب الإصابة.",
    ],
)
def test_sport_metaphor_and_look_alikes_are_not_events(text):
    _, got = events(text)
    assert got == []


def test_time_is_never_the_publication_date_passed_off_as_found():
    _, got = events("واعتقلت قوات الاحتلال 15 شابا في مخيم جنين.")
    assert got[0][0] == "COERCE" and got[0][7] is None


def test_plover_export_fields_and_offsets():
    rec, _ = events("قصفت الطائرات الإسرائيلية مواقع في جنوب لبنان فجر الثلاثاء.")
    [p] = plover_events(rec)
    for key in ("id", "date", "actor", "recipient", "event", "mode", "event_text", "text_info", "cite_info"):
        assert key in p
    assert p["event"] == "ASSAULT" and p["date"] == "2024-03-12" and p["date_source"] == "text"
    trig = p["text_info"]["trigger"]
    assert rec["text"][trig["start"] : trig["end"]] == trig["text"]
    s, e = p["text_info"]["sentence"]
    assert p["event_text"] == rec["text"][s:e]
