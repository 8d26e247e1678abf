"""Time expressions in news paragraphs, resolved against the publication date."""

from __future__ import annotations

import pytest

import rasd

from _support import assert_spans_point_at_text


def times(text, published):
    rec = rasd.extract(text, published=published).to_dict()
    assert_spans_point_at_text(rec)
    return {t["text"]: (t["type"], t["value"]) for t in rec["times"]}, rec["times"]


def test_levantine_months_weekdays_and_modifiers():
    # published on Thursday 14 March 2024
    got, _ = times(
        "قال وزير الخارجية يوم الثلاثاء إن الجولة المقبلة من المحادثات ستعقد يوم الأحد المقبل، على أن تختتم "
        "في 25 آذار/مارس الجاري، بعد جولة أولى عقدت في كانون الثاني/يناير الماضي.",
        "2024-03-14",
    )
    assert got["الثلاثاء"] == ("DATE", "2024-03-12")  # يوم stays outside the span
    assert got["الأحد المقبل"] == ("DATE", "2024-03-17")
    assert got["25 آذار/مارس الجاري"] == ("DATE", "2024-03-25")
    assert got["كانون الثاني/يناير الماضي"] == ("DATE", "2024-01")


def test_maghrebi_months_and_numeric_dates():
    got, _ = times(
        "صادق البرلمان التونسي في 10/12/2024 على الميزانية، بعد أن قدمتها الحكومة في أوت الماضي، "
        "على أن يبدأ العمل بها في جانفي 2025، والدفعة الثانية في ١٤/٣/٢٠٢٥.",
        "2024-12-15",
    )
    assert got["10/12/2024"] == ("DATE", "2024-12-10")
    assert got["أوت الماضي"] == ("DATE", "2024-08")
    assert got["جانفي 2025"] == ("DATE", "2025-01")
    assert got["١٤/٣/٢٠٢٥"] == ("DATE", "2025-03-14")


def test_hijri_date_is_converted_with_umm_al_qura():
    got, _ = times("وأعلنت الوزارة أن عيد الفطر يوافق 1 شوال 1444 هـ وأن الدوام يعود في 3 شوال 1444 هـ.", "2023-04-10")
    assert got["1 شوال 1444 هـ"] == ("DATE", "2023-04-21")
    assert got["3 شوال 1444 هـ"] == ("DATE", "2023-04-23")


def test_relative_days_and_parts_of_day():
    # Tuesday 6 February 2024
    got, _ = times(
        "اقتحمت القوات البلدة فجر اليوم الثلاثاء، بعد مواجهات اندلعت مساء أمس، فيما قتل شاب قبل يومين، "
        "ومن المقرر أن يجتمع المجلس غدا.",
        "2024-02-06",
    )
    assert got["فجر اليوم الثلاثاء"] == ("TIME", "2024-02-06TMO")
    assert got["مساء أمس"] == ("TIME", "2024-02-05TEV")
    assert got["قبل يومين"] == ("DATE", "2024-02-04")
    assert got["غدا"] == ("DATE", "2024-02-07")


def test_bare_weekday_past_and_future():
    # Thursday 16 March 2023: past narration -> Tuesday 14; future marker -> Tuesday 21
    got, _ = times("وقال المتحدث الثلاثاء إن الوفد وصل.", "2023-03-16")
    assert got["الثلاثاء"] == ("DATE", "2023-03-14")
    got, _ = times("وستعقد القمة الثلاثاء في الرياض.", "2023-03-16")
    assert got["الثلاثاء"] == ("DATE", "2023-03-21")


def test_month_without_year_takes_the_year_the_tense_implies():
    got, _ = times("ومن المقرر أن يزور الرئيس عمان في 10 فبراير.", "2023-12-28")
    assert got["10 فبراير"] == ("DATE", "2024-02-10")
    got, _ = times("وكان الرئيس قد زار عمان في 10 ديسمبر.", "2023-12-28")
    assert got["10 ديسمبر"] == ("DATE", "2023-12-10")


def test_relative_periods_years_and_period_parts():
    got, _ = times(
        "تراجع التضخم الأسبوع الماضي إلى أدنى مستوى منذ عام 1998، ويتوقع البنك المركزي أن يستقر الشهر المقبل، "
        "بعد ارتفاعه منذ مطلع العام، على أن تنشر الأرقام في منتصف أيار 2023.",
        "2023-03-16",
    )
    assert got["الأسبوع الماضي"] == ("DATE", "2023-W10")
    assert got["عام 1998"] == ("DATE", "1998")
    assert got["الشهر المقبل"] == ("DATE", "2023-04")
    assert got["مطلع العام"] == ("DATE", "2023")
    assert got["منتصف أيار 2023"] == ("DATE", "2023-05")


def test_ranges_durations_and_sets():
    got, recs = times(
        "حكم البلاد من 1998 إلى 2003، ثم أمضى خمس سنوات في المنفى وثلاثة عقود في المعارضة، "
        "وأمهلته المحكمة شهرين واثني عشر يوما، ويراجع الشرطة يوميا.",
        "2023-03-16",
    )
    assert got["من 1998 إلى 2003"] == ("DATE", "1998")
    rng = next(r for r in recs if r["text"] == "من 1998 إلى 2003")
    assert rng["range_end"] == "2003"
    assert got["خمس سنوات"] == ("DURATION", "P5Y")
    assert got["ثلاثة عقود"] == ("DURATION", "P30Y")
    assert got["شهرين"] == ("DURATION", "P2M")
    assert got["اثني عشر يوما"] == ("DURATION", "P12D")
    assert got["يوميا"] == ("SET", "P1D")


def test_impossible_dates_are_null_never_a_guess():
    got, _ = times("وقالت الوزارة إن القرار صدر في 31 فبراير 2023 وإن الموعد هو 99999.", "2023-03-16")
    assert got["31 فبراير 2023"] == ("DATE", None)
    assert "99999" not in got


def test_without_publication_date_relative_values_are_null():
    got, _ = times("وصل الوفد أمس إلى بغداد، وسيغادر يوم الخميس، بعد زيارة في 5 آب/أغسطس 2022.", None)
    assert got["أمس"] == ("DATE", None)
    assert got["5 آب/أغسطس 2022"] == ("DATE", "2022-08-05")


def test_clitic_stays_outside_the_span():
    _, recs = times("وبين 3 و6 أيار 2023 عقدت القمة، وبالأمس وصل الوفد.", "2023-06-01")
    texts = [r["text"] for r in recs]
    assert "بين 3 و6 أيار 2023" in texts


@pytest.mark.parametrize("text", ["نشر الجيش 2000 جندي على الحدود.", "فاز الفريق 2-1 على منافسه.", "مارس الضغط على الحكومة."])
def test_numbers_and_words_that_are_not_times(text):
    got, _ = times(text, "2023-03-16")
    assert got == {}
