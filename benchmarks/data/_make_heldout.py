#!/usr/bin/env python3
"""Build the held-out test sets for issue 5 (times and quantities in Arabic news).

Written later than times_gold.jsonl / quantities_gold.jsonl, by a different
author who did not look at the first set's sentences, to measure how well the
extractor generalizes beyond the sentences it was tuned on. Same line format and
conventions as the first set (see README.md), ids prefixed with "h-".

Writes times_heldout.jsonl and quantities_heldout.jsonl beside this file, then
validates both (exact substrings on word boundaries, value formats, real calendar
days and ISO weeks, weekdays next to explicit dates checked against the calendar)
and prints counts per tag. Every relative value is computed from ``published``
with the helpers below; Hijri dates are converted with ``hijridate`` (Umm al-Qura).

    python benchmarks/data/_make_heldout.py          # rewrite + validate
    python benchmarks/data/_make_heldout.py --check  # validate the files only

Written for rasd; Apache-2.0.
"""
from __future__ import annotations

import collections
import json
import re
import sys
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent

# --------------------------------------------------------------------------- helpers
# The date helpers and the validator are the first set's (benchmarks/data/_make_gold.py);
# importing them builds that set's cases in memory too, which is harmless.
sys.path.insert(0, str(HERE))
from _make_gold import (  # noqa: E402
    WD,
    P,
    add,
    wd_onbefore,
    wd_before,
    wd_after,
    week,
    month,
    year,
    m_onbefore,
    m_before,
    m_onafter,
    m_after,
    md_onbefore,
    md_onafter,
    md_cur,
    hij,
    hij_in_year_of,
    tod,
    chk_wd,
    TYPES, DATE_RE, TIME_RE, DUR_RE, SET_RE, CLITICS, GLUED, ARABIC_LETTER,
    _occurs_ok, _check_date_value, validate, _norm_num, write, load, report,
)

# --------------------------------------------------------------------------- cases
TIMES: list[dict] = []
QUANTS: list[dict] = []

# --------------------------------------------------------------------------- cases
TIMES: list[dict] = []
QUANTS: list[dict] = []


def E(text, typ, value, **kw):
    d = {"text": text, "type": typ, "value": value}
    d.update(kw)
    return d


def T(pub, sentence, expected, tags):
    TIMES.append({"id": f"h-t{len(TIMES) + 1:03d}", "published": pub, "sentence": sentence,
                  "expected": expected, "tags": tags})


def Q_(text, value, unit, approximate=False):
    return {"text": text, "value": value, "unit": unit, "approximate": approximate}


def Q(sentence, expected, tags):
    QUANTS.append({"id": f"h-q{len(QUANTS) + 1:03d}", "sentence": sentence, "expected": expected, "tags": tags})


def wd_of(pub: str, name: str) -> str:
    """published itself, checked to be that weekday (اليوم الاثنين)."""
    return chk_wd(pub, name)


# ============================================================== TIMES
# --- weekdays, parts of day, clock times
p = "2024-03-12"
T(p, "أعلنت الهيئة العامة للأرصاد أن موجة الغبار التي اجتاحت الرياض مساء الأحد ستنحسر تدريجيا بحلول صباح الخميس المقبل.",
  [E("مساء الأحد", "TIME", tod(wd_onbefore(p, "الأحد"), "EV")),
   E("صباح الخميس المقبل", "TIME", tod(wd_after(p, "الخميس"), "MO"))],
  ["weekday", "weekday_relative", "part_of_day", "past", "future", "weather", "multi"])
p = "2023-09-18"
T(p, "وكان الهلال قد تغلب على الاتحاد 2-1 مساء الجمعة في الجولة السادسة من دوري روشن، بهدف قاتل في الدقيقة 88.",
  [E("مساء الجمعة", "TIME", tod(wd_onbefore(p, "الجمعة"), "EV"))],
  ["weekday", "part_of_day", "past", "sport", "trap_score", "trap_match_minute"])
p = "2022-11-07"
T(p, "قررت محكمة جنايات القاهرة، اليوم الاثنين، تأجيل محاكمة 12 متهما في القضية المعروفة إعلاميا بـ\"خلية الجيزة\" إلى جلسة 14 ديسمبر المقبل.",
  [E("اليوم الاثنين", "DATE", wd_of(p, "الاثنين")),
   E("14 ديسمبر المقبل", "DATE", md_onafter(p, 12, 14))],
  ["today", "weekday", "egyptian_gulf_months", "future", "court", "multi"])
p = "2024-10-15"
T(p, "قال رئيس الوزراء العراقي الثلاثاء إن انسحاب قوات التحالف سيكتمل بحلول سبتمبر 2026.",
  [E("الثلاثاء", "DATE", wd_onbefore(p, "الثلاثاء")), E("سبتمبر 2026", "DATE", "2026-09")],
  ["weekday", "past", "trap_same_weekday", "egyptian_gulf_months", "multi"])
p = "2023-06-16"
T(p, "وكان البنك المركزي قد أبقى أسعار الفائدة دون تغيير الجمعة الماضية، في خطوة فاجأت الأسواق.",
  [E("الجمعة الماضية", "DATE", wd_before(p, "الجمعة"))],
  ["weekday_relative", "past", "trap_same_weekday", "markets"])
p = "2025-11-20"
T(p, "يصوت الكنيست بالقراءة الأولى على مشروع القانون الاثنين القادم.",
  [E("الاثنين القادم", "DATE", wd_after(p, "الاثنين"))], ["weekday_relative", "future"])
p = "2022-04-29"
T(p, "سوف يلتقي الوفدان في جنيف الأربعاء لاستئناف المحادثات المتعثرة.",
  [E("الأربعاء", "DATE", wd_after(p, "الأربعاء"))], ["weekday", "future"])
p = "2021-08-02"
T(p, "انهار المبنى المكون من خمسة طوابق عصر السبت في حي شعبي بالإسكندرية.",
  [E("عصر السبت", "TIME", tod(wd_onbefore(p, "السبت"), "AF"))], ["weekday", "part_of_day", "past", "disaster"])
p = "2025-06-06"
T(p, "وقع الهجوم الأربعاء عند الساعة الثانية فجرا بالتوقيت المحلي، وفق بيان للجيش.",
  [E("الأربعاء", "DATE", wd_onbefore(p, "الأربعاء")),
   E("الساعة الثانية فجرا", "TIME", wd_onbefore(p, "الأربعاء") + "T02:00")],
  ["weekday", "clock_time", "past", "conflict", "multi"])
p = "2023-10-09"
T(p, "ضرب زلزال بقوة 6.3 درجات ولاية هرات غربي أفغانستان ظهر السبت، تلته هزات ارتدادية استمرت نحو ساعتين.",
  [E("ظهر السبت", "TIME", wd_onbefore(p, "السبت") + "T12:00"), E("نحو ساعتين", "DURATION", "PT2H")],
  ["weekday", "part_of_day", "duration", "past", "disaster", "multi"])
p = "2021-02-17"
T(p, "اندلع الحريق فجر اليوم في سوق الحميدية بدمشق، وتمكنت فرق الإطفاء من إخماده بعد ثلاث ساعات.",
  [E("فجر اليوم", "TIME", tod(p, "MO")), E("بعد ثلاث ساعات", "DURATION", "PT3H")],
  ["today", "part_of_day", "duration", "trap_event_anchor", "disaster", "multi"])
p = "2024-07-01"
T(p, "شهدت العاصمة ليلة أمس اشتباكات متقطعة بين قوات الأمن ومحتجين غاضبين.",
  [E("ليلة أمس", "TIME", tod(add(p, -1), "NI"))], ["yesterday", "part_of_day", "protest"])
p = "2025-03-16"
T(p, "يرتقب أن تهطل أمطار رعدية غزيرة الليلة وصباح الغد على المرتفعات الغربية.",
  [E("الليلة", "TIME", tod(p, "NI")), E("صباح الغد", "TIME", tod(add(p, 1), "MO"))],
  ["today", "tomorrow", "part_of_day", "weather", "future", "multi"])
p = "2023-04-26"
T(p, "ستنطلق المباراة النهائية عند الساعة الثامنة والنصف مساء السبت المقبل على ملعب القاهرة الدولي.",
  [E("الساعة الثامنة والنصف مساء السبت المقبل", "TIME", wd_after(p, "السبت") + "T20:30")],
  ["clock_time", "weekday_relative", "future", "sport"])
p = "2022-12-14"
T(p, "أكد المتحدث أن الاجتماع سيعقد الأحد، عند الساعة العاشرة صباحا بتوقيت بيروت.",
  [E("الأحد", "DATE", wd_after(p, "الأحد")), E("الساعة العاشرة صباحا", "TIME", wd_after(p, "الأحد") + "T10:00")],
  ["weekday", "clock_time", "future", "multi"])
p = "2024-02-10"
T(p, "أقلعت الطائرة من مطار الملكة علياء في تمام الساعة 14:35 من بعد ظهر الجمعة 9 فبراير 2024.",
  [E("الساعة 14:35 من بعد ظهر الجمعة 9 فبراير 2024", "TIME", chk_wd("2024-02-09", "الجمعة") + "T14:35")],
  ["clock_time", "weekday", "egyptian_gulf_months"])
p = "2024-06-30"
T(p, "أغلقت مراكز الاقتراع أبوابها في السابعة مساء اليوم، على أن تعلن النتائج الأولية صباح الثلاثاء.",
  [E("السابعة مساء اليوم", "TIME", p + "T19:00"), E("صباح الثلاثاء", "TIME", tod(wd_after(p, "الثلاثاء"), "MO"))],
  ["clock_time", "today", "weekday", "part_of_day", "future", "elections", "multi"])
p = "2024-02-05"
T(p, "عاجل | الدفاع المدني: 9 قتلى في قصف على خان يونس فجر الاثنين",
  [E("فجر الاثنين", "TIME", tod(wd_onbefore(p, "الاثنين"), "MO"))],
  ["headline", "weekday", "part_of_day", "past", "trap_same_weekday", "conflict"])
p = "2020-08-10"
T(p, "دوى الانفجار في مرفأ بيروت عند الساعة السادسة وسبع دقائق من مساء الرابع من آب/أغسطس 2020، وأودى بحياة أكثر من 200 شخص.",
  [E("الساعة السادسة وسبع دقائق من مساء الرابع من آب/أغسطس 2020", "TIME", "2020-08-04T18:07")],
  ["clock_time", "combined_months", "ordinal_day", "disaster"])
p = "2023-09-09"
T(p, "ضرب زلزال قوي إقليم الحوز مساء الجمعة 8 شتنبر 2023، وشعر به سكان مراكش والدار البيضاء.",
  [E("مساء الجمعة 8 شتنبر 2023", "TIME", chk_wd("2023-09-08", "الجمعة") + "TEV")],
  ["maghrebi_months", "weekday", "part_of_day", "disaster"])
p = "2024-07-25"
T(p, "صادق المجلس الحكومي خلال اجتماعه يوم الخميس 25 يوليوز 2024 على مشروع مرسوم يتعلق بالدعم الاجتماعي المباشر.",
  [E("الخميس 25 يوليوز 2024", "DATE", chk_wd("2024-07-25", "الخميس"))], ["maghrebi_months", "weekday"])

# --- relative days, weeks, months, years
p = "2025-07-14"
T(p, "قال وزير الخارجية الأردني أمس إن بلاده لن تسمح بتحويل أراضيها إلى ساحة للصراع.",
  [E("أمس", "DATE", add(p, -1))], ["yesterday", "past"])
p = "2024-02-29"
T(p, "تبدأ غدا الجمعة أعمال القمة الخليجية الطارئة في الدوحة.",
  [E("غدا الجمعة", "DATE", chk_wd(add(p, 1), "الجمعة"))], ["tomorrow", "weekday", "future", "leap_day"])
p = "2023-12-31"
T(p, "أعلنت وزارة الداخلية أن الطرق الجبلية ستغلق بعد غد أمام الشاحنات الثقيلة بسبب تراكم الثلوج.",
  [E("بعد غد", "DATE", add(p, 2))], ["relative", "future", "year_rollover", "weather"])
p = "2022-03-03"
T(p, "وكانت السلطات قد أخلت أول أمس ثلاث قرى مهددة بانهيارات أرضية.",
  [E("أول أمس", "DATE", add(p, -2))], ["relative", "past", "disaster"])
p = "2024-12-26"
T(p, "يعقد البرلمان العراقي الأسبوع المقبل جلسة استثنائية للتصويت على قانون الموازنة.",
  [E("الأسبوع المقبل", "DATE", week(p, 1))], ["week", "future", "iso_week_rollover"])
p = "2024-01-03"
T(p, "عاد الهدوء إلى أسواق الصرف الأسبوع الماضي بعد اضطرابات شهدتها منذ منتصف ديسمبر.",
  [E("الأسبوع الماضي", "DATE", week(p, -1)), E("منتصف ديسمبر", "DATE", m_onbefore(p, 12))],
  ["week", "iso_week_rollover", "part_of_period", "mod_mid", "egyptian_gulf_months", "year_rollover", "markets", "multi"])
p = "2025-12-29"
T(p, "تصل أولى شحنات المساعدات الغذائية إلى ميناء الحديدة هذا الأسبوع.",
  [E("هذا الأسبوع", "DATE", week(p))], ["week", "iso_week_rollover", "aid"])
p = "2025-01-08"
T(p, "سجلت أسعار المستهلكين في المغرب ارتفاعا بنسبة 0.4 في المئة خلال الشهر الماضي مقارنة مع نونبر 2024.",
  [E("الشهر الماضي", "DATE", month(p, -1)), E("نونبر 2024", "DATE", "2024-11")],
  ["month", "year_rollover", "maghrebi_months", "markets", "multi"])
p = "2024-12-10"
T(p, "تدخل الزيادة في أجور موظفي القطاع العام حيز التنفيذ الشهر المقبل.",
  [E("الشهر المقبل", "DATE", month(p, 1))], ["month", "future", "year_rollover"])
p = "2023-06-20"
T(p, "أكدت الحكومة أن العام المقبل سيشهد خفضا تدريجيا في دعم المحروقات.",
  [E("العام المقبل", "DATE", year(p, 1))], ["year_rel", "future", "economy"])
p = "2026-03-05"
T(p, "تراجعت صادرات البلاد من الفوسفات العام الماضي إلى أدنى مستوى لها في خمس سنوات.",
  [E("العام الماضي", "DATE", year(p, -1)), E("خمس سنوات", "DURATION", "P5Y")],
  ["year_rel", "duration", "past", "economy", "multi"])
p = "2024-04-18"
T(p, "اعتقلت الشرطة المشتبه به قبل ثلاثة أيام في أحد أحياء الدار البيضاء.",
  [E("قبل ثلاثة أيام", "DATE", add(p, -3))], ["ago", "past", "trap_ahad", "court"])
p = "2023-10-11"
T(p, "قبل أسبوعين فقط، كانت الأسواق تتوقع رفعا جديدا لأسعار الفائدة.",
  [E("قبل أسبوعين", "DATE", week(p, -2))], ["ago", "sentence_start", "markets"])
p = "2025-05-31"
T(p, "دخلت الهدنة حيز التنفيذ قبل خمسة أشهر، لكنها تعرضت لخروقات متكررة.",
  [E("قبل خمسة أشهر", "DATE", month(p, -5))], ["ago", "year_rollover", "conflict"])
p = "2022-09-09"
T(p, "وقبل عشر سنوات، كانت المدينة تستقبل نصف مليون سائح سنويا.",
  [E("قبل عشر سنوات", "DATE", year(p, -10)), E("سنويا", "SET", "P1Y")],
  ["ago", "set", "sentence_start", "multi"])
p = "2024-08-05"
T(p, "من المنتظر أن يصدر الحكم بعد ثلاثة أسابيع، بحسب هيئة الدفاع.",
  [E("بعد ثلاثة أسابيع", "DATE", week(p, 3))], ["after_n", "future", "court"])
p = "2025-09-03"
T(p, "تعود الرحلات الجوية بين البلدين إلى طبيعتها بعد يومين، وفق سلطة الطيران المدني.",
  [E("بعد يومين", "DATE", add(p, 2))], ["after_n", "future"])
p = "2023-02-14"
T(p, "ستعلن النتائج النهائية بعد عشرة أيام من انتهاء عمليات الفرز.",
  [E("بعد عشرة أيام", "DURATION", "P10D")], ["duration", "trap_event_anchor", "elections"])
p = "2024-04-02"
T(p, "سجل البديل هدف التعادل قبل خمس دقائق من صافرة النهاية.",
  [E("قبل خمس دقائق", "DURATION", "PT5M")], ["duration", "trap_event_anchor", "sport"])
p = "2019-02-12"
T(p, "انهارت أسعار العقارات في 2008 ولم تتعاف إلا بعد خمس سنوات.",
  [E("2008", "DATE", "2008"), E("بعد خمس سنوات", "DURATION", "P5Y")],
  ["year", "duration", "trap_event_anchor", "markets", "multi"])

# --- parts of periods
p = "2024-01-22"
T(p, "يتوقع صندوق النقد الدولي أن يبدأ تعافي الاقتصاد اللبناني في منتصف العام المقبل.",
  [E("منتصف العام المقبل", "DATE", year(p, 1))], ["part_of_period", "mod_mid", "year_rel", "future", "economy"])
p = "2025-10-14"
T(p, "وتعتزم الشركة طرح أسهمها للاكتتاب العام مطلع 2026.",
  [E("مطلع 2026", "DATE", "2026")], ["part_of_period", "mod_start", "year", "trap_am", "markets"])
p = "2023-06-05"
T(p, "تنتهي أعمال الصيانة في محطة التحلية أواخر الشهر الجاري.",
  [E("أواخر الشهر الجاري", "DATE", month(p))], ["part_of_period", "mod_end", "month"])
p = "2024-11-27"
T(p, "من المتوقع أن تصل الكتلة الهوائية الباردة إلى شمال البلاد نهاية الأسبوع الجاري.",
  [E("نهاية الأسبوع الجاري", "DATE", week(p))], ["part_of_period", "mod_end", "week", "weather"])
p = "2022-10-20"
T(p, "تجري الانتخابات البلدية في أوائل تشرين الثاني/نوفمبر المقبل.",
  [E("أوائل تشرين الثاني/نوفمبر المقبل", "DATE", m_after(p, 11))],
  ["part_of_period", "mod_start", "combined_months", "levantine_months", "future", "elections"])
p = "2019-04-20"
T(p, "تجرى انتخابات البرلمان الأوروبي أواخر ماي المقبل.",
  [E("أواخر ماي المقبل", "DATE", m_after(p, 5))], ["part_of_period", "mod_end", "maghrebi_months", "future", "elections"])
p = "2024-08-14"
T(p, "ارتفع المؤشر العام للبورصة بنسبة 18 بالمئة منذ مطلع العام.",
  [E("مطلع العام", "DATE", year(p))], ["part_of_period", "mod_start", "year_rel", "markets"])
p = "2021-12-01"
T(p, "مع بداية كانون الأول، بدأت أسعار وقود التدفئة ترتفع في الأسواق السورية.",
  [E("بداية كانون الأول", "DATE", m_onbefore(p, 12))], ["part_of_period", "mod_start", "levantine_months", "past"])

# --- month systems, day + month, ordinal days
p = "2021-06-02"
T(p, "تنطلق امتحانات شهادة البكالوريا في الجزائر من 13 إلى 17 جوان الجاري بمشاركة أكثر من 730 ألف مترشح.",
  [E("من 13 إلى 17 جوان الجاري", "DATE", md_cur(p, 13, 6), end=md_cur(p, 17, 6))],
  ["range", "maghrebi_months", "future"])
p = "2024-05-20"
T(p, "كانت الحكومة قد رفعت سعر ربطة الخبز في أيار الماضي.",
  [E("أيار الماضي", "DATE", m_before(p, 5))], ["levantine_months", "past", "trap_month_same_as_current"])
p = "2024-12-15"
T(p, "تنطلق بطولة كأس آسيا للشباب في فبراير المقبل بمشاركة 16 منتخبا.",
  [E("فبراير المقبل", "DATE", m_after(p, 2))], ["egyptian_gulf_months", "future", "year_rollover", "sport"])
p = "2023-10-03"
T(p, "سجلت البلاد في تموز أعلى درجات حرارة منذ بدء التسجيل.",
  [E("تموز", "DATE", m_onbefore(p, 7))], ["levantine_months", "past", "weather"])
p = "2025-01-10"
T(p, "وكانت الطائرة قد أقلعت في 30 ديسمبر من مطار موان قبل أن تتحطم عند الهبوط.",
  [E("30 ديسمبر", "DATE", md_onbefore(p, 12, 30))], ["egyptian_gulf_months", "past", "year_rollover", "disaster"])
p = "2023-11-25"
T(p, "ومن المقرر أن يبدأ تطبيق الرسوم الجمركية الجديدة في 15 يناير.",
  [E("15 يناير", "DATE", md_onafter(p, 1, 15))], ["egyptian_gulf_months", "future", "year_rollover", "economy"])
p = "2023-12-20"
T(p, "تستضيف الرباط المعرض الوطني للصناعة التقليدية من 28 دجنبر إلى 4 يناير.",
  [E("من 28 دجنبر إلى 4 يناير", "DATE", md_onafter(p, 12, 28), end=md_onafter(p, 1, 4))],
  ["range", "maghrebi_months", "future", "year_rollover"])
p = "2024-09-30"
T(p, "أعلنت الرابطة أن مباريات الجولة الثالثة ستقام بين 18 و20 أكتوبر.",
  [E("بين 18 و20 أكتوبر", "DATE", md_onafter(p, 10, 18), end=md_onafter(p, 10, 20))],
  ["range", "egyptian_gulf_months", "future", "sport"])
p = "2023-07-10"
T(p, "تعقد قمة بريكس في جوهانسبرغ بين 22 و24 أغسطس/آب المقبل.",
  [E("بين 22 و24 أغسطس/آب المقبل", "DATE", "2023-08-22", end="2023-08-24")],
  ["range", "combined_months", "future"])
p = "2023-05-28"
T(p, "تستضيف عمّان المؤتمر الإقليمي للمياه من 30 أيار إلى 2 حزيران.",
  [E("من 30 أيار إلى 2 حزيران", "DATE", md_onafter(p, 5, 30), end=md_onafter(p, 6, 2))],
  ["range", "levantine_months", "future"])
p = "2023-03-02"
T(p, "أعلنت وزارة التربية الجزائرية أن العطلة الربيعية تمتد من 16 مارس إلى 2 أفريل.",
  [E("من 16 مارس إلى 2 أفريل", "DATE", md_onafter(p, 3, 16), end=md_onafter(p, 4, 2))],
  ["range", "maghrebi_months", "future"])
p = "2022-02-20"
T(p, "أعلنت الهيئة المستقلة أن الاقتراع سيجري في الخامس عشر من أيار المقبل.",
  [E("الخامس عشر من أيار المقبل", "DATE", "2022-05-15")], ["ordinal_day", "levantine_months", "future", "elections"])
p = "2023-01-05"
T(p, "في الحادي والثلاثين من كانون الأول الماضي، خرج آلاف المتظاهرين إلى شوارع العاصمة.",
  [E("الحادي والثلاثين من كانون الأول الماضي", "DATE", "2022-12-31")],
  ["ordinal_day", "levantine_months", "past", "year_rollover", "sentence_start", "protest"])
p = "2024-09-12"
T(p, "قصفت الطائرات الحربية بلدات في ريف إدلب يوم 9 أيلول/سبتمبر الجاري.",
  [E("9 أيلول/سبتمبر الجاري", "DATE", md_cur(p, 9, 9))], ["combined_months", "levantine_months", "conflict"])
p = "2025-02-03"
T(p, "أقر مجلس النواب الموازنة العامة في 28 كانون الثاني 2025 بأغلبية 70 صوتا.",
  [E("28 كانون الثاني 2025", "DATE", "2025-01-28")], ["levantine_months", "trap_count"])
p = "2021-06-30"
T(p, "يبدأ العمل بقانون الضريبة الجديد اعتبارا من أول يوليه 2021.",
  [E("أول يوليه 2021", "DATE", "2021-07-01")], ["ordinal_day", "egyptian_gulf_months", "spelling_variant"])
p = "2020-05-03"
T(p, "سجلت مصر خلال إبريل الماضي أعلى معدل يومي للإصابات منذ بداية الجائحة.",
  [E("إبريل الماضي", "DATE", m_before(p, 4))], ["egyptian_gulf_months", "spelling_variant", "past", "health"])
p = "2022-08-20"
T(p, "شهدت تونس في أوت الجاري موجة حر غير مسبوقة بلغت فيها الحرارة 48 درجة.",
  [E("أوت الجاري", "DATE", month(p))], ["maghrebi_months", "weather"])
p = "2021-02-25"
T(p, "انطلقت الحملة الانتخابية في 22 فيفري الجاري وتستمر ثلاثة أسابيع.",
  [E("22 فيفري الجاري", "DATE", md_cur(p, 22, 2)), E("ثلاثة أسابيع", "DURATION", "P3W")],
  ["maghrebi_months", "duration", "elections", "multi"])
p = "2024-01-09"
T(p, "تراجعت مبيعات السيارات الجديدة في الجزائر خلال جانفي 2023 بنسبة فاقت التوقعات.",
  [E("جانفي 2023", "DATE", "2023-01")], ["maghrebi_months", "past"])
p = "2023-04-17"
T(p, "وقال المتحدث: \"ما جرى في 15 نيسان لن يتكرر\"، في إشارة إلى اندلاع المعارك في الخرطوم.",
  [E("15 نيسان", "DATE", md_onbefore(p, 4, 15))], ["quoted", "levantine_months", "past", "conflict"])
p = "2024-10-02"
T(p, "\"سنعود إلى منازلنا قبل حلول تشرين الثاني\"، قالت نازحة من بلدة عيترون الجنوبية.",
  [E("تشرين الثاني", "DATE", m_onafter(p, 11))], ["quoted", "levantine_months", "future", "sentence_start"])

# --- numeric dates, years, Hijri
p = "2019-04-02"
T(p, "وبحسب الإفصاح المنشور على موقع السوق بتاريخ ٢٨/٣/٢٠١٩، ستوزع الشركة أرباحا نقدية على مساهميها.",
  [E("٢٨/٣/٢٠١٩", "DATE", "2019-03-28")], ["numeric_date", "numeric_dmy", "arabic_indic_digits", "markets"])
p = "2025-02-01"
T(p, "ونص التعميم المؤرخ في 2025-01-27 على إغلاق المعابر أمام حركة الشاحنات حتى إشعار آخر.",
  [E("2025-01-27", "DATE", "2025-01-27")], ["numeric_date", "numeric_iso"])
p = "2024-11-07"
T(p, "أدلى الناخبون بأصواتهم في 2024/11/05 وسط إقبال وصف بأنه الأعلى منذ عقود.",
  [E("2024/11/05", "DATE", "2024-11-05")], ["numeric_date", "numeric_ymd", "elections", "vague_not_annotated"])
p = "2022-01-12"
T(p, "تقرر تأجيل الجلسة إلى 7/2/2022 بعد تغيب محامي المتهم الرئيسي.",
  [E("7/2/2022", "DATE", "2022-02-07")], ["numeric_date", "numeric_dmy", "future", "court"])
p = "2020-10-14"
T(p, "نشرت الجريدة الرسمية المرسوم رقم 20-245 المؤرخ في ١٢-١٠-٢٠٢٠ والمتعلق بتنظيم الأسعار.",
  [E("١٢-١٠-٢٠٢٠", "DATE", "2020-10-12")], ["numeric_date", "numeric_dmy", "arabic_indic_digits", "trap_decree_number"])
p = "2022-05-15"
T(p, "لم تشهد المدينة فيضانا بهذا الحجم منذ عام 1959، بحسب سجلات الأرصاد.",
  [E("عام 1959", "DATE", "1959")], ["year", "weather"])
p = "2020-01-01"
T(p, "تأسس النادي سنة 1927 على يد مجموعة من الطلبة في حي باب الوادي.",
  [E("سنة 1927", "DATE", "1927")], ["year", "sport"])
p = "2023-01-15"
T(p, "نما الناتج المحلي الإجمالي بمعدل 3.2 بالمئة سنويا في الفترة من 2015 إلى 2019.",
  [E("سنويا", "SET", "P1Y"), E("من 2015 إلى 2019", "DATE", "2015", end="2019")],
  ["set", "range", "year", "economy", "multi"])
p = "2022-06-01"
T(p, "تضاعف عدد سكان المدينة بين عامي 1990 و2020 بفعل الهجرة الداخلية.",
  [E("بين عامي 1990 و2020", "DATE", "1990", end="2020")], ["range", "year"])
p = "2021-09-01"
T(p, "يعود تاريخ بناء القلعة إلى القرن الثاني عشر، وقد رممت آخر مرة في سبعينيات القرن الماضي.",
  [E("القرن الثاني عشر", "DATE", "11"), E("سبعينيات القرن الماضي", "DATE", "197X")],
  ["century", "decade", "multi"])
p = "2023-11-20"
T(p, "خريف 2023 كان الأكثر دفئا في تاريخ البلاد منذ بدء القياسات.",
  [E("خريف 2023", "DATE", "2023-FA")], ["season", "sentence_start", "weather"])
p = "2024-10-30"
T(p, "ارتفعت أرباح المصرف في الربع الثالث من 2024 بنسبة 12 بالمئة على أساس سنوي.",
  [E("الربع الثالث من 2024", "DATE", "2024-Q3")], ["quarter", "markets"])
p = "2025-07-29"
T(p, "تراجع عجز الموازنة خلال النصف الأول من العام الجاري إلى 2.1 مليار دينار.",
  [E("النصف الأول من العام الجاري", "DATE", year(p) + "-H1")], ["half_year", "year_rel", "economy"])
p = "2023-03-20"
T(p, "أعلنت المحكمة العليا في السعودية أن الخميس 1 رمضان 1444 هـ سيكون أول أيام الشهر الكريم.",
  [E("الخميس 1 رمضان 1444 هـ", "DATE", chk_wd(hij(1444, 9, 1), "الخميس"))], ["hijri", "weekday"])
p = "2024-06-10"
T(p, "يقف الحجاج على صعيد عرفات يوم السبت 9 ذي الحجة 1445 هـ الموافق 15 يونيو 2024، وفق تقويم أم القرى.",
  [E("السبت 9 ذي الحجة 1445 هـ", "DATE", chk_wd(hij(1445, 12, 9), "السبت")),
   E("15 يونيو 2024", "DATE", hij(1445, 12, 9))],
  ["hijri", "weekday", "egyptian_gulf_months", "multi"])
p = "2023-07-20"
T(p, "صدر المرسوم الملكي بتاريخ ٢ محرم ١٤٤٥هـ ويعمل به من تاريخ نشره.",
  [E("٢ محرم ١٤٤٥هـ", "DATE", hij(1445, 1, 2))], ["hijri", "arabic_indic_digits"])
p = "2024-03-25"
T(p, "من المتوقع أن يحتشد عشرات الآلاف من المصلين في المسجد الأقصى في 27 رمضان.",
  [E("27 رمضان", "DATE", hij_in_year_of(p, 9, 27, future=True))], ["hijri", "future"])
p = "2025-05-05"
T(p, "وكانت الوزارة قد أعلنت في 15 شوال عن بدء استقبال طلبات التأشيرات.",
  [E("15 شوال", "DATE", hij_in_year_of(p, 10, 15, future=False))], ["hijri", "past"])
p = "2024-01-15"
T(p, "تبدأ حملة التطعيم في أواخر رجب 1445 هـ وتستمر أسبوعين.",
  [E("أواخر رجب 1445 هـ", "DATE", None), E("أسبوعين", "DURATION", "P2W")],
  ["hijri", "part_of_period", "mod_end", "unresolvable_null", "duration", "health", "multi"])

# --- durations and sets
p = "2023-02-08"
T(p, "يعتصم عمال المناجم منذ ستة أسابيع أمام مقر الشركة للمطالبة بأجورهم المتأخرة.",
  [E("ستة أسابيع", "DURATION", "P6W")], ["duration", "protest"])
p = "2022-07-19"
T(p, "قضى المتهم أربعة عقود خلف القضبان قبل أن تبرئه محكمة الاستئناف.",
  [E("أربعة عقود", "DURATION", "P40Y")], ["duration", "court"])
p = "2024-03-05"
T(p, "صدر بحق المدان حكم بالسجن ثلاث سنوات ونصف مع النفاذ.",
  [E("ثلاث سنوات ونصف", "DURATION", "P42M")], ["duration", "half", "court"])
p = "2021-11-11"
T(p, "استمرت المفاوضات نحو ست ساعات دون التوصل إلى اتفاق نهائي.",
  [E("نحو ست ساعات", "DURATION", "PT6H")], ["duration", "approx"])
p = "2023-08-22"
T(p, "تستمر موجة الحر 48 ساعة إضافية على الأقل، وفق خبراء الطقس.",
  [E("48 ساعة", "DURATION", "PT48H")], ["duration", "weather"])
p = "2025-04-02"
T(p, "مدد مجلس الأمن ولاية البعثة الأممية عاما ونصف العام.",
  [E("عاما ونصف العام", "DURATION", "P18M")], ["duration", "half"])
p = "2022-11-30"
T(p, "توقفت المباراة قرابة ربع ساعة بسبب إلقاء مقذوفات على أرض الملعب.",
  [E("قرابة ربع ساعة", "DURATION", "PT15M")], ["duration", "approx", "sport"])
p = "2023-02-10"
T(p, "ارتفعت حصيلة ضحايا الزلزال خلال الأيام الخمسة الماضية إلى أكثر من 20 ألف قتيل.",
  [E("الأيام الخمسة الماضية", "DURATION", "P5D")], ["duration", "disaster", "trap_count"])
p = "2024-09-18"
T(p, "بعد مفاوضات شاقة استمرت اثني عشر شهرا، وقع الطرفان اتفاق السلام.",
  [E("اثني عشر شهرا", "DURATION", "P12M")], ["duration", "number_words"])
p = "2025-08-11"
T(p, "تسري الهدنة الإنسانية لمدة 72 ساعة قابلة للتمديد.",
  [E("72 ساعة", "DURATION", "PT72H")], ["duration", "conflict"])
p = "2022-02-16"
T(p, "يعقد المجلس اجتماعه كل أسبوع لمتابعة تطورات الوضع الوبائي.",
  [E("كل أسبوع", "SET", "P1W")], ["set", "health"])
p = "2024-10-05"
T(p, "تنظم الانتخابات التشريعية في البلاد كل خمس سنوات.",
  [E("كل خمس سنوات", "SET", "P5Y")], ["set", "elections"])
p = "2023-05-12"
T(p, "يتجمع المحتجون في الساحة كل يوم جمعة منذ أكثر من ثلاثة أشهر.",
  [E("كل يوم جمعة", "SET", "XXXX-WXX-5"), E("أكثر من ثلاثة أشهر", "DURATION", "P3M")],
  ["set", "duration", "approx", "protest", "multi"])
p = "2024-06-18"
T(p, "تصدر الهيئة نشرة شهريا عن أسعار المواد الغذائية في الأسواق المحلية.",
  [E("شهريا", "SET", "P1M")], ["set", "markets"])
p = "2023-08-01"
T(p, "تضخ المحطة قرابة 200 ألف متر مكعب من المياه المحلاة يوميا.",
  [E("يوميا", "SET", "P1D")], ["set", "trap_count"])
p = "2023-01-09"
T(p, "قررت الوزارة نشر حصيلة الإصابات أسبوعيا بدلا من يوميا.",
  [E("أسبوعيا", "SET", "P1W"), E("يوميا", "SET", "P1D")], ["set", "health", "multi"])
p = "2022-09-20"
T(p, "شهد صيف 2022 أسوأ موجة جفاف تضرب أوروبا في التاريخ الحديث.",
  [E("صيف 2022", "DATE", "2022-SU")], ["season", "weather"])

# --- long sentences with several expressions
p = "2024-11-18"
T(p, "قال المتحدث باسم الجيش إن الغارات التي بدأت فجر الأحد استمرت نحو أربع ساعات، وإن حصيلتها النهائية ستعلن صباح الأربعاء المقبل بعد انتهاء عمليات البحث.",
  [E("فجر الأحد", "TIME", tod(wd_onbefore(p, "الأحد"), "MO")), E("نحو أربع ساعات", "DURATION", "PT4H"),
   E("صباح الأربعاء المقبل", "TIME", tod(wd_after(p, "الأربعاء"), "MO"))],
  ["weekday", "weekday_relative", "part_of_day", "duration", "past", "future", "conflict", "multi", "long"])
p = "2025-03-27"
T(p, "وفي حين تراجعت أسعار الذهب أمس بنسبة طفيفة، يتوقع المحللون أن تعود إلى الارتفاع خلال الربع الثاني، قبل أن تستقر في النصف الثاني من العام.",
  [E("أمس", "DATE", add(p, -1)), E("الربع الثاني", "DATE", year(p) + "-Q2"),
   E("النصف الثاني من العام", "DATE", year(p) + "-H2")],
  ["yesterday", "quarter", "half_year", "future", "markets", "multi", "long"])
p = "2023-08-30"
T(p, "أعلنت مفوضية الانتخابات أن الاقتراع في الخارج سيجري يومي 16 و17 أيلول، على أن يصوت الناخبون في الداخل في 23 أيلول، وتعلن النتائج خلال 48 ساعة من إغلاق الصناديق.",
  [E("16 و17 أيلول", "DATE", md_onafter(p, 9, 16), end=md_onafter(p, 9, 17)),
   E("23 أيلول", "DATE", md_onafter(p, 9, 23)), E("48 ساعة", "DURATION", "PT48H")],
  ["range", "levantine_months", "duration", "trap_event_anchor", "future", "elections", "multi", "long"])
p = "2022-12-27"
T(p, "بعد أن فشل البرلمان في اختيار رئيس للجمهورية خلال عشر جلسات منذ أيلول الماضي، دعا رئيس المجلس إلى جلسة جديدة في 12 كانون الثاني.",
  [E("أيلول الماضي", "DATE", m_before(p, 9)), E("12 كانون الثاني", "DATE", md_onafter(p, 1, 12))],
  ["levantine_months", "past", "future", "year_rollover", "elections", "multi", "long"])

# --- present reference, invalid dates
p = "2024-04-10"
T(p, "يرى الباحث أن الشباب المغربي اليوم أكثر انفتاحا على العمل الحر من أي جيل سبقه.",
  [E("اليوم", "DATE", "PRESENT_REF")], ["present_ref"])
p = "2023-03-01"
T(p, "حدد الإخطار القضائي 31 نيسان 2023 موعدا للجلسة، في خطأ مطبعي صححته المحكمة.",
  [E("31 نيسان 2023", "DATE", None)], ["invalid_date", "levantine_months", "unresolvable_null", "court"])
p = "2021-03-01"
T(p, "وورد في الوثيقة المسربة تاريخ 29 فبراير 2021، وهو يوم لا وجود له في التقويم.",
  [E("29 فبراير 2021", "DATE", None)], ["invalid_date", "egyptian_gulf_months", "unresolvable_null"])

# --- negatives and traps (no time expression)
p = "2023-05-02"
T(p, "نشرت وزارة الدفاع 1990 جنديا إضافيا على الحدود الشمالية.", [], ["negative", "trap_count_as_year"])
T(p, "دعا المجلس إلى التطبيق الكامل للقرار 2334 بشأن الاستيطان.", [], ["negative", "trap_resolution"])
T(p, "يمكن للمواطنين الإبلاغ عن الحالات المشتبه بها عبر الخط الساخن 1999.", [],
  ["negative", "trap_phone_year"])
T(p, "مارس الاتحاد ضغوطا كبيرة على اللاعبين لتجديد عقودهم قبل انطلاق الموسم.", [], ["negative", "trap_verb_maris"])
T(p, "قال الأمين العام للأمم المتحدة إن الرأي العام الدولي لم يعد يحتمل مزيدا من الصمت.", [], ["negative", "trap_am"])
T(p, "شارك مئات الطلاب في مسيرة دعت إليها حركة 20 فبراير وسط الرباط.", [], ["negative", "trap_name_with_date", "maghrebi"])
T(p, "نقلت صحيفة اليوم السابع عن مصدر أمني أن التحقيقات ما زالت مستمرة.", [], ["negative", "trap_name"])
T(p, "أعلن حزب الغد مقاطعته للانتخابات البرلمانية احتجاجا على قانون الدوائر.", [], ["negative", "trap_name"])
T(p, "أطلقت شركة نيسان طرازا كهربائيا جديدا في السوق الخليجية.", [], ["negative", "trap_brand"])
T(p, "انتهت المباراة بالتعادل 1-1 بعد أن أهدر أحد المهاجمين ركلة جزاء في الدقيقة 90.", [],
  ["negative", "trap_score", "trap_ahad", "trap_match_minute"])
T(p, "تسلمت القوات الجوية دفعة جديدة من مقاتلات إف-16 ومنظومات دفاع جوي متطورة.", [], ["negative", "trap_model"])
T(p, "قال المسؤول إن الاتفاق سيوقع في وقت لاحق، وإن الوفود ستعود إلى طاولة المفاوضات قريبا.", [],
  ["negative", "vague_not_annotated"])
T(p, "تستعد الأسر لاستقبال عيد الأضحى وسط ارتفاع غير مسبوق في أسعار الأضاحي.", [], ["negative", "holiday_not_annotated"])
T(p, "ظهر الرقم 45/13/2020 على الوثيقة المزورة التي ضبطتها الجمارك.", [],
  ["negative", "trap_invalid_numeric", "trap_verb_zahara"])
T(p, "شدد المشاركون في المؤتمر على أن أمن الطاقة بات قضية الساعة في المنطقة.", [], ["negative", "trap_sa3a"])
T(p, "نظمت الجمعية الثقافية أمسية شعرية احتفاء بالشاعر الراحل.", [], ["negative", "trap_amsiya"])
T(p, "تشكل القوى السياسية لأهل السنة ثقلا مهما في البرلمان العراقي.", [], ["negative", "trap_sunna"])
T(p, "اختار المدرب أحد عشر لاعبا من أصحاب الخبرة لمواجهة الفريق الضيف.", [], ["negative", "trap_ahad"])
T(p, "أظهر النظام رسالة خطأ تفيد بأن صلاحية البطاقة تنتهي في العام 99999.", [], ["negative", "trap_year_99999"])
T(p, "بلغ سعر أونصة الذهب 2031 دولارا في التعاملات الفورية.", [], ["negative", "trap_price_as_year"])
T(p, "أعلنت جامعة تشرين في اللاذقية تعليق الدوام بسبب العاصفة الثلجية.", [], ["negative", "trap_name_month"])
T(p, "أكد خميس الخنجر أن تحالفه سيشارك في الحكومة المقبلة.", [], ["negative", "trap_name_weekday"])


# ============================================================== QUANTITIES
Q("قتل 14 شخصا وأصيب 37 في انفجار سيارة مفخخة بسوق شعبي في مدينة أعزاز.",
  [Q_("14 شخصا", 14, "شخص"), Q_("37", 37, None)], ["digits", "counted_noun", "unit_null", "multi", "conflict"])
Q("بلغت قيمة الصفقة 3.2 مليار دولار، وهي الأكبر في تاريخ القطاع.",
  [Q_("3.2 مليار دولار", 3.2e9, "دولار")], ["decimal", "scale_word", "currency", "economy"])
Q("رصدت الحكومة ٤٥٠ مليون ريال لتطوير شبكة الطرق في منطقة عسير.",
  [Q_("٤٥٠ مليون ريال", 450_000_000, "ريال")], ["arabic_indic_digits", "scale_word", "currency", "economy"])
Q("يبلغ متوسط الأجر الشهري 1,750 دينارا في القطاع العام.",
  [Q_("1,750 دينارا", 1750, "دينار")], ["thousands_separator", "currency", "economy"])
Q("تبرع الاتحاد الأوروبي بمليوني يورو لدعم المتضررين من الفيضانات.",
  [Q_("مليوني يورو", 2_000_000, "يورو")], ["dual", "scale_word", "currency", "clitic_prefix", "aid"])
Q("خصصت الحكومة المصرية نصف مليار جنيه لتعويض المزارعين المتضررين.",
  [Q_("نصف مليار جنيه", 500_000_000, "جنيه")], ["fraction", "scale_word", "currency", "economy"])
Q("غرّمت المحكمة الشركة 250 ألف درهم بسبب مخالفات بيئية.",
  [Q_("250 ألف درهم", 250_000, "درهم")], ["digits", "scale_word", "currency", "court"])
Q("ارتفع سعر رغيف الخبز المدعوم من 50 إلى 75 قرشا.",
  [Q_("50", 50, "قرش"), Q_("75 قرشا", 75, "قرش")], ["range", "currency", "economy"])
Q("تجاوز سعر صرف الدولار في السوق الموازية 15 ألف ليرة سورية.",
  [Q_("15 ألف ليرة", 15_000, "ليرة")], ["scale_word", "currency", "economy"])
Q("سجل التضخم السنوي 3.7% في أكتوبر، مقابل ٤٫١٪ في الشهر السابق.",
  [Q_("3.7%", 3.7, "%"), Q_("٤٫١٪", 4.1, "%")], ["percent", "decimal", "arabic_indic_digits", "multi", "economy"])
Q("تراجع معدل البطالة إلى خمسة في المئة للمرة الأولى منذ عقد.",
  [Q_("خمسة في المئة", 5, "%")], ["percent", "number_words", "economy", "trap_ordinal"])
Q("حصل مرشح المعارضة على 47 بالمائة من الأصوات، وفق النتائج الأولية.",
  [Q_("47 بالمائة", 47, "%")], ["percent", "elections"])
Q("قال الجيش إن نحو ثلاثة آلاف وخمسمئة مقاتل انسحبوا من المدينة.",
  [Q_("نحو ثلاثة آلاف وخمسمئة مقاتل", 3500, "مقاتل", True)], ["number_words", "compound", "approx", "conflict"])
Q("وزعت الجمعية سلالا غذائية على أربعمائة وعشرين أسرة في مخيم الزعتري.",
  [Q_("أربعمائة وعشرين أسرة", 420, "أسرة")], ["number_words", "compound", "counted_noun", "aid"])
Q("ضمت القائمة النهائية للمنتخب خمسة عشر لاعبا محليا.",
  [Q_("خمسة عشر لاعبا", 15, "لاعب")], ["number_words", "compound", "counted_noun", "sport"])
Q("دخلت مئتا شاحنة محملة بالمساعدات عبر معبر رفح.",
  [Q_("مئتا شاحنة", 200, "شاحنة")], ["number_words", "dual", "counted_noun", "aid"])
Q("نزح ثلاثمئة ألف شخص من منازلهم خلال أسبوع واحد.",
  [Q_("ثلاثمئة ألف شخص", 300_000, "شخص")], ["number_words", "scale_word", "counted_noun", "duration_excluded", "conflict"])
Q("ارتفع عدد المعتقلين منذ بدء الاحتجاجات إلى ألفين، بحسب منظمة حقوقية.",
  [Q_("ألفين", 2000, None)], ["number_words", "dual", "unit_null", "protest"])
Q("قتل أحد عشر جنديا في كمين نصبه مسلحون على طريق إمداد.",
  [Q_("أحد عشر جنديا", 11, "جندي")], ["number_words", "compound", "counted_noun", "trap_ahad", "conflict"])
Q("أسقطت الدفاعات الجوية طائرتين مسيرتين فوق القاعدة العسكرية.",
  [Q_("طائرتين", 2, "طائرة")], ["dual", "counted_noun", "conflict"])
Q("أصيب شرطيان بجروح طفيفة خلال المواجهات مع المحتجين.",
  [Q_("شرطيان", 2, "شرطي")], ["dual", "counted_noun", "protest"])
Q("استقبلت ألمانيا ألفي لاجئ سوري خلال الشهر الماضي.",
  [Q_("ألفي لاجئ", 2000, "لاجئ")], ["dual", "scale_word", "counted_noun", "aid"])
Q("حصلت المجموعة على قرض بقيمة ملياري دولار من البنك الدولي.",
  [Q_("ملياري دولار", 2_000_000_000, "دولار")], ["dual", "scale_word", "currency", "economy"])
Q("يعيش نصف السكان تحت خط الفقر، وفق تقرير أممي حديث.",
  [Q_("نصف", 0.5, None)], ["fraction", "unit_null", "economy"])
Q("دمرت الفيضانات ثلث الأراضي الزراعية في الإقليم.",
  [Q_("ثلث", 0.3333, None)], ["fraction", "unit_null", "weather"])
Q("تستحوذ الرواتب والأجور على ربع الميزانية العامة للدولة.",
  [Q_("ربع", 0.25, None)], ["fraction", "unit_null", "economy"])
Q("يتطلب تعديل الدستور موافقة ثلثي أعضاء البرلمان.",
  [Q_("ثلثي", 0.6667, None)], ["fraction", "dual", "unit_null", "elections"])
Q("خفض البنك المركزي سعر الفائدة الرئيسي نصف نقطة مئوية.",
  [Q_("نصف نقطة", 0.5, "نقطة")], ["fraction", "measure_unit", "economy"])
Q("أنفقت الأسر ثلاثة أرباع دخلها على الغذاء والسكن.",
  [Q_("ثلاثة أرباع", 0.75, None)], ["fraction", "compound", "unit_null", "economy"])
Q("أصيب عشرات المدنيين في قصف استهدف حيا سكنيا.",
  [Q_("عشرات المدنيين", 10, "مدني", True)], ["vague_plural", "plural_to_singular", "approx", "conflict"])
Q("تظاهر مئات الطلاب أمام مبنى رئاسة الجامعة.",
  [Q_("مئات الطلاب", 100, "طالب", True)], ["vague_plural", "plural_to_singular", "approx", "protest"])
Q("عبر آلاف المهاجرين الحدود خلال الأيام الماضية.",
  [Q_("آلاف المهاجرين", 1000, "مهاجر", True)], ["vague_plural", "plural_to_singular", "approx", "aid"])
Q("أدى عشرات الآلاف من المصلين صلاة الجمعة في المسجد الأقصى.",
  [Q_("عشرات الآلاف", 10_000, None, True)], ["vague_plural", "unit_null", "approx"])
Q("خسر القطاع السياحي ملايين الدولارات جراء الأزمة.",
  [Q_("ملايين الدولارات", 1_000_000, "دولار", True)], ["vague_plural", "currency", "approx", "economy"])
Q("أجلت السلطات نحو 200 عائلة من المنطقة المنكوبة.",
  [Q_("نحو 200 عائلة", 200, "عائلة", True)], ["approx", "counted_noun", "disaster"])
Q("تنتج الحقول الجديدة حوالي 3 ملايين برميل يوميا.",
  [Q_("حوالي 3 ملايين برميل", 3_000_000, "برميل", True)], ["approx", "scale_word", "measure_unit", "economy"])
Q("استوردت البلاد قرابة 40 ألف طن من القمح الروسي.",
  [Q_("قرابة 40 ألف طن", 40_000, "طن", True)], ["approx", "scale_word", "measure_unit", "economy"])
Q("أنقذ خفر السواحل زهاء 600 مهاجر قبالة السواحل الليبية.",
  [Q_("زهاء 600 مهاجر", 600, "مهاجر", True)], ["approx", "counted_noun", "aid"])
Q("حضر المباراة ما يقارب 15 ألف متفرج.",
  [Q_("ما يقارب 15 ألف متفرج", 15_000, "متفرج", True)], ["approx", "scale_word", "counted_noun", "sport"])
Q("ارتفعت حصيلة الزلزال إلى أكثر من 70 قتيلا ومئات الجرحى.",
  [Q_("أكثر من 70 قتيلا", 70, "قتيل", True), Q_("مئات الجرحى", 100, "جريح", True)],
  ["approx", "vague_plural", "plural_to_singular", "clitic_prefix", "multi", "disaster"])
Q("تضرر ما يزيد على 1,200 منزل جراء العاصفة.",
  [Q_("ما يزيد على 1,200 منزل", 1200, "منزل", True)], ["approx", "thousands_separator", "weather"])
Q("سجلت نسبة المشاركة أقل من 30 بالمئة في الدوائر الريفية.",
  [Q_("أقل من 30 بالمئة", 30, "%", True)], ["approx", "percent", "elections"])
Q("اعتقلت قوات الأمن ما لا يقل عن 30 ناشطا خلال المسيرة.",
  [Q_("ما لا يقل عن 30 ناشطا", 30, "ناشط", True)], ["approx", "counted_noun", "protest"])
Q("فاز الفريق بـ3 أهداف نظيفة على ضيفه.",
  [Q_("3 أهداف", 3, "هدف")], ["clitic_prefix", "plural_to_singular", "sport"])
Q("أصيب 5 عناصر من الشرطة و12 متظاهرا في المواجهات.",
  [Q_("5 عناصر", 5, "عنصر"), Q_("12 متظاهرا", 12, "متظاهر")],
  ["clitic_prefix", "plural_to_singular", "multi", "protest"])
Q("خصصت الوزارة منحا دراسية لـ40 ألف طالب جامعي.",
  [Q_("40 ألف طالب", 40_000, "طالب")], ["clitic_prefix", "scale_word", "counted_noun"])
Q("باعت وزارة المالية سندات ب15 مليون دولار في مزاد الأسبوع.",
  [Q_("15 مليون دولار", 15_000_000, "دولار")], ["clitic_prefix", "scale_word", "currency", "economy"])
Q("وزع البرنامج ٨٠٠ بطانية و٦٠٠ مدفأة على النازحين.",
  [Q_("٨٠٠ بطانية", 800, "بطانية"), Q_("٦٠٠ مدفأة", 600, "مدفأة")],
  ["arabic_indic_digits", "clitic_prefix", "counted_noun", "multi", "aid"])
Q("سجلت درجات الحرارة 49 درجة مئوية في البصرة.",
  [Q_("49 درجة", 49, "درجة")], ["measure_unit", "weather"])
Q("هطلت 120 ملم من الأمطار خلال ست ساعات.",
  [Q_("120 ملم", 120, "ملم")], ["measure_unit", "duration_excluded", "weather"])
Q("أتت الحرائق على 3,500 هكتار من الغابات في شمال غرب البلاد.",
  [Q_("3,500 هكتار", 3500, "هكتار")], ["measure_unit", "thousands_separator", "disaster"])
Q("يمتد خط الأنابيب الجديد على مسافة 250 كيلومترا.",
  [Q_("250 كيلومترا", 250, "كيلومتر")], ["measure_unit", "economy"])
Q("تبلغ القدرة الإنتاجية للمحطة الشمسية 600 ميغاواط.",
  [Q_("600 ميغاواط", 600, "ميغاواط")], ["measure_unit", "economy"])
Q("ضرب زلزال بقوة 5.8 درجات على مقياس ريختر جنوب إيران.",
  [Q_("5.8 درجات", 5.8, "درجة")], ["decimal", "measure_unit", "plural_to_singular", "disaster"])
Q("سجل اللاعب 27 نقطة و11 متابعة في فوز فريقه على الأهلي.",
  [Q_("27 نقطة", 27, "نقطة"), Q_("11 متابعة", 11, "متابعة")], ["counted_noun", "multi", "clitic_prefix", "sport"])
Q("حصل الحزب الحاكم على 42 مقعدا من أصل 120 في البرلمان الجديد.",
  [Q_("42 مقعدا", 42, "مقعد"), Q_("120", 120, None)], ["counted_noun", "unit_null", "multi", "elections"])
Q("بلغت نسبة المشاركة 63.4 بالمئة، بحسب الهيئة العليا المستقلة للانتخابات.",
  [Q_("63.4 بالمئة", 63.4, "%")], ["percent", "decimal", "elections"])
Q("أدلى نحو 3.6 ملايين ناخب بأصواتهم حتى منتصف النهار.",
  [Q_("نحو 3.6 ملايين ناخب", 3_600_000, "ناخب", True)], ["approx", "decimal", "scale_word", "elections"])
Q("لم يحصل المرشح المستقل إلا على ثلاثين بالمائة من الأصوات.",
  [Q_("ثلاثين بالمائة", 30, "%")], ["percent", "number_words", "elections"])
Q("فاز المنتخب المغربي بأربعة أهداف مقابل هدفين.",
  [Q_("أربعة أهداف", 4, "هدف"), Q_("هدفين", 2, "هدف")], ["number_words", "dual", "clitic_prefix", "multi", "sport"])
Q("أعلنت وزارة الصحة تسجيل 1,845 إصابة جديدة و23 وفاة خلال الساعات الأربع والعشرين الماضية.",
  [Q_("1,845 إصابة", 1845, "إصابة"), Q_("23 وفاة", 23, "وفاة")],
  ["thousands_separator", "counted_noun", "multi", "duration_excluded", "health"])
Q("تلقى المستشفى الميداني ١٬٢٥٠ جرعة من اللقاح.",
  [Q_("١٬٢٥٠ جرعة", 1250, "جرعة")], ["arabic_indic_digits", "thousands_separator", "health"])
Q("يعاني قرابة مليون ونصف طفل من سوء التغذية الحاد.",
  [Q_("قرابة مليون ونصف طفل", 1_500_000, "طفل", True)], ["approx", "scale_word", "fraction", "health"])
Q("تبلغ الطاقة الاستيعابية للملعب ستين ألف متفرج.",
  [Q_("ستين ألف متفرج", 60_000, "متفرج")], ["number_words", "scale_word", "sport"])
Q("وقع الاتحاد عقدا مع المدرب بقيمة 1.5 مليون يورو سنويا.",
  [Q_("1.5 مليون يورو", 1_500_000, "يورو")], ["decimal", "scale_word", "currency", "sport"])
Q("تخطى المؤشر الرئيسي للسوق 12,400 نقطة لأول مرة في تاريخه.",
  [Q_("12,400 نقطة", 12_400, "نقطة")], ["thousands_separator", "measure_unit", "economy"])
Q("ارتفع سعر خام برنت بنسبة 2.3 في المائة ليصل إلى 84.6 دولار للبرميل.",
  [Q_("2.3 في المائة", 2.3, "%"), Q_("84.6 دولار", 84.6, "دولار")], ["percent", "decimal", "currency", "multi", "economy"])
Q("أفرجت السلطات عن سبع نساء وأربعة أطفال كانوا محتجزين في سجن سري.",
  [Q_("سبع نساء", 7, "امرأة"), Q_("أربعة أطفال", 4, "طفل")],
  ["number_words", "plural_to_singular", "clitic_prefix", "multi", "conflict"])
Q("وصل إلى مطار جدة 3 آلاف حاج قادمين من إندونيسيا.",
  [Q_("3 آلاف حاج", 3000, "حاج")], ["scale_word", "counted_noun"])
Q("أعلنت الشركة تسريح ربع موظفيها البالغ عددهم 8 آلاف موظف.",
  [Q_("ربع", 0.25, None), Q_("8 آلاف موظف", 8000, "موظف")], ["fraction", "scale_word", "multi", "economy"])
Q("استقبل المستشفى 19 مصابا، بينهم 6 في حالة حرجة.",
  [Q_("19 مصابا", 19, "مصاب"), Q_("6", 6, None)], ["counted_noun", "unit_null", "multi", "health"])
Q("يقدر عدد المفقودين في البحر بما بين 200 و300 شخص.",
  [Q_("200", 200, "شخص"), Q_("300 شخص", 300, "شخص")], ["range", "clitic_prefix", "aid"])
Q("حقق صندوق الثروة السيادي عائدا بلغ ٢٫٧ مليار درهم.",
  [Q_("٢٫٧ مليار درهم", 2_700_000_000, "درهم")], ["arabic_indic_digits", "decimal", "scale_word", "currency", "economy"])
Q("دمر القصف 4 مستشفيات و9 مدارس في المنطقة خلال الليل.",
  [Q_("4 مستشفيات", 4, "مستشفى"), Q_("9 مدارس", 9, "مدرسة")], ["plural_to_singular", "clitic_prefix", "multi", "conflict"])
Q("ذكرت الوكالة أن نحو من 500 أسرة ما زالت بلا مأوى.",
  [Q_("نحو من 500 أسرة", 500, "أسرة", True)], ["approx", "counted_noun", "aid"])
Q("ارتفعت أسعار الأغذية بنحو 18٪ على أساس سنوي.",
  [Q_("نحو 18٪", 18, "%", True)], ["approx", "percent", "clitic_prefix", "economy"])
Q("نفذت الطائرات الحربية 30 غارة جوية على مواقع التنظيم.",
  [Q_("30 غارة", 30, "غارة")], ["counted_noun", "conflict"])
Q("عاجل | مقتل 9 وإصابة 40 في حادث سير على الطريق الصحراوي",
  [Q_("9", 9, None), Q_("40", 40, None)], ["headline", "unit_null", "multi", "disaster"])
Q("يحتاج القطاع الصحي إلى ٥ آلاف ممرض وممرضة.",
  [Q_("٥ آلاف ممرض", 5000, "ممرض")], ["arabic_indic_digits", "scale_word", "health"])
Q("ارتفعت ودائع القطاع الخاص في الكويت بمقدار 780 مليون دينار.",
  [Q_("780 مليون دينار", 780_000_000, "دينار")], ["scale_word", "currency", "economy"])
Q("أطلقت الفصائل أكثر من 100 صاروخ باتجاه البلدات الحدودية.",
  [Q_("أكثر من 100 صاروخ", 100, "صاروخ", True)], ["approx", "counted_noun", "conflict"])
Q("بيعت اللوحة في مزاد لندني بمبلغ 4.5 ملايين جنيه إسترليني.",
  [Q_("4.5 ملايين جنيه", 4_500_000, "جنيه")], ["decimal", "scale_word", "currency"])
Q("\"فقدنا 12 رأسا من الماشية في ليلة واحدة\"، قال مزارع من ريف حماة.",
  [Q_("12 رأسا", 12, "رأس")], ["quoted", "counted_noun", "sentence_start", "weather"])
Q("بأكثر من 600 ألف صوت، حسم المرشح الجولة الثانية لصالحه.",
  [Q_("أكثر من 600 ألف صوت", 600_000, "صوت", True)],
  ["approx", "scale_word", "clitic_prefix", "sentence_start", "trap_ordinal", "elections"])
Q("قُدرت الأضرار الأولية بعشرات ملايين الدولارات، وفق محافظ الإقليم.",
  [Q_("عشرات ملايين الدولارات", 10_000_000, "دولار", True)], ["vague_plural", "scale_word", "currency", "approx", "disaster"])

# --- negatives and traps (no quantity)
Q("وقعت الدولتان اتفاقية ترسيم الحدود البحرية عام 2019 في العاصمة القطرية.", [], ["negative", "trap_year"])
Q("طالب المجلس بتنفيذ القرار 2254 دون إبطاء.", [], ["negative", "trap_resolution"])
Q("تنص المادة 12 من الدستور على حرية التعبير والتجمع.", [], ["negative", "trap_article"])
Q("للاستفسار يرجى الاتصال على الرقم 065004000 خلال ساعات الدوام.", [], ["negative", "trap_phone"])
Q("انطلقت المباراة الساعة 9 مساء بتوقيت الرياض.", [], ["negative", "trap_clock"])
Q("انتهت المباراة بفوز الزمالك 2-0 على ملعبه.", [], ["negative", "trap_score"])
Q("حل الفريق في المركز الثالث في ترتيب الدوري بعد الجولة الأخيرة.", [], ["negative", "trap_ordinal"])
Q("أصدرت مجموعة الـ77 والصين بيانا بشأن تمويل المناخ.", [], ["negative", "trap_name_number"])
Q("أحرز النادي لقبه الحادي عشر في تاريخ البطولة.", [], ["negative", "trap_ordinal"])
Q("قال أحد المسؤولين إن المفاوضات تعثرت مجددا.", [], ["negative", "trap_ahad"])
Q("أعلنت الشركة نتائجها المالية عن الربع الأول من العام.", [], ["negative", "trap_fraction_word_as_quarter"])
Q("استمر الحصار المفروض على البلدة ثلاثة أشهر قبل أن يرفع.", [], ["negative", "duration_excluded"])
Q("نشرت الدولة منظومة إس-400 قرب حدودها الجنوبية.", [], ["negative", "trap_model"])
Q("يمر الطريق الدولي M5 عبر مدينة معرة النعمان.", [], ["negative", "trap_road"])
Q("تراجعت الإصابات بفيروس كوفيد-19 في المنطقة بشكل ملحوظ.", [], ["negative", "trap_name_number"])
Q("ناقشت الدورة 78 للجمعية العامة للأمم المتحدة ملف المناخ.", [], ["negative", "trap_ordinal_number"])
Q("سجل المهاجم هدفه الوحيد في الدقيقة 67 من عمر اللقاء.", [], ["negative", "trap_match_minute"])
Q("صدر الحكم في 14/3/2023 عن المحكمة الإدارية العليا.", [], ["negative", "trap_date"])
Q("يحتفل المغاربة بعيد العرش في 30 يوليوز من كل عام.", [], ["negative", "trap_date"])
Q("أكد المتحدث أن الجيل الخامس من الشبكات سيطلق قريبا.", [], ["negative", "trap_ordinal"])


# --------------------------------------------------------------------------- validation
FILES = ("times_heldout.jsonl", "quantities_heldout.jsonl")

# published dates that the cases above rely on being a given weekday
# (bare weekday on the publication day itself, and "weekday + الماضي" on that day)
SAME_DAY = {"2024-10-15": "الثلاثاء", "2023-06-16": "الجمعة", "2024-02-05": "الاثنين"}


def extra_checks(times: list[dict], quants: list[dict]) -> list[str]:
    errs = []
    for pub, name in SAME_DAY.items():
        try:
            chk_wd(pub, name)
        except AssertionError as ex:
            errs.append(f"same-day weekday: {ex}")
    for c in times:
        if not any(t.startswith("trap_") or t == "negative" for t in c["tags"]) and not c["expected"]:
            errs.append(f"{c['id']}: empty expected without negative tag")
        if not c["expected"] and "negative" not in c["tags"]:
            errs.append(f"{c['id']}: empty expected but no 'negative' tag")
        for e in c["expected"]:
            if "end" in e and "range" not in c["tags"]:
                errs.append(f"{c['id']}: range without 'range' tag")
    for c in quants:
        if not c["expected"] and "negative" not in c["tags"]:
            errs.append(f"{c['id']}: empty expected but no 'negative' tag")
        if len({e["text"] for e in c["expected"]}) != len(c["expected"]):
            errs.append(f"{c['id']}: duplicate text")
    return errs


def main() -> int:
    if "--check" not in sys.argv:
        write(FILES, TIMES, QUANTS)
    times, quants = load(FILES[0]), load(FILES[1])
    errs = validate(times, quants) + extra_checks(times, quants)
    for e in errs:
        print("ERROR", e)
    report(times, quants)
    assert len(times) >= 100, len(times)
    assert len(quants) >= 80, len(quants)
    assert sum(1 for r in times if not r["expected"]) >= 15
    assert sum(1 for r in quants if not r["expected"]) >= 15
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
