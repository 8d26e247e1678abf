#!/usr/bin/env python3
"""Build the gold test sets for issue 5 (times and quantities in Arabic news).

Writes times_gold.jsonl and quantities_gold.jsonl beside this file, then
validates both (exact substrings, word boundaries, value formats, weekday
arithmetic) and prints counts per tag.

Every relative value is computed here from the case's ``published`` date by the
helpers below (never typed by hand), Hijri dates are converted with
``hijridate`` (Umm al-Qura), and every weekday that stands beside an explicit
date is checked against the calendar.

    python benchmarks/data/_make_gold.py          # rewrite + validate
    python benchmarks/data/_make_gold.py --check  # validate the files only

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
WD = {"الاثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6}


def P(s: str) -> date:
    return date.fromisoformat(s)


def add(pub: str, n: int) -> str:
    """published + n days."""
    return (P(pub) + timedelta(days=n)).isoformat()


def wd_onbefore(pub: str, name: str) -> str:
    """Bare weekday in past narration: the most recent one on or before published."""
    p = P(pub)
    return (p - timedelta(days=(p.weekday() - WD[name]) % 7)).isoformat()


def wd_before(pub: str, name: str) -> str:
    """weekday + الماضي: strictly before published."""
    p = P(pub)
    return (p - timedelta(days=(p.weekday() - WD[name]) % 7 or 7)).isoformat()


def wd_after(pub: str, name: str) -> str:
    """weekday with a future marker (سـ، سوف، من المقرر، المقبل، القادم): strictly after published."""
    p = P(pub)
    return (p + timedelta(days=(WD[name] - p.weekday()) % 7 or 7)).isoformat()


def week(pub: str, n: int = 0) -> str:
    y, w, _ = (P(pub) + timedelta(weeks=n)).isocalendar()
    return f"{y}-W{w:02d}"


def month(pub: str, n: int = 0) -> str:
    p = P(pub)
    k = p.year * 12 + (p.month - 1) + n
    return f"{k // 12:04d}-{k % 12 + 1:02d}"


def year(pub: str, n: int = 0) -> str:
    return f"{P(pub).year + n:04d}"


def m_onbefore(pub: str, m: int) -> str:
    """Month name without year, past tense: most recent such month (the current one counts)."""
    p = P(pub)
    return f"{p.year if m <= p.month else p.year - 1:04d}-{m:02d}"


def m_before(pub: str, m: int) -> str:
    """Month name + الماضي: the most recent such month strictly before the current one."""
    p = P(pub)
    return f"{p.year if m < p.month else p.year - 1:04d}-{m:02d}"


def m_onafter(pub: str, m: int) -> str:
    """Month name without year, future tense: next such month (the current one counts)."""
    p = P(pub)
    return f"{p.year if m >= p.month else p.year + 1:04d}-{m:02d}"


def m_after(pub: str, m: int) -> str:
    """Month name + المقبل: the next such month strictly after the current one."""
    p = P(pub)
    return f"{p.year if m > p.month else p.year + 1:04d}-{m:02d}"


def md_onbefore(pub: str, m: int, d: int) -> str:
    """Day + month without year, past: the most recent such day on or before published."""
    p = P(pub)
    c = date(p.year, m, d)
    return (c if c <= p else date(p.year - 1, m, d)).isoformat()


def md_onafter(pub: str, m: int, d: int) -> str:
    """Day + month without year, future: the next such day on or after published."""
    p = P(pub)
    c = date(p.year, m, d)
    return (c if c >= p else date(p.year + 1, m, d)).isoformat()


def md_cur(pub: str, d: int, m: int | None = None) -> str:
    """Day of the current month (الجاري)."""
    p = P(pub)
    if m is not None:
        assert m == p.month, (pub, m)
    return date(p.year, p.month, d).isoformat()


def hij(y: int, m: int, d: int) -> str:
    from hijridate import Hijri

    return Hijri(y, m, d).to_gregorian().isoformat()


def hij_in_year_of(pub: str, m: int, d: int, future: bool = True) -> str:
    """Hijri day+month without a year: the occurrence that fits published and tense."""
    from hijridate import Gregorian

    hy = Gregorian.fromdate(P(pub)).to_hijri().year
    for y in (hy - 1, hy, hy + 1):
        g = hij(y, m, d)
        if (future and g >= pub) or (not future and g <= pub and hij(y + 1, m, d) > pub):
            return g
    raise AssertionError((pub, m, d))


def tod(day: str, part: str) -> str:
    """Part of day: MO (صباح، فجر), AF (بعد الظهر، عصر), EV (مساء), NI (ليلة، ليل); or HH:MM."""
    return f"{day}T{part}" if ":" in part else f"{day}T{part}"


def chk_wd(value: str, name: str) -> str:
    assert P(value[:10]).weekday() == WD[name], f"{value} is not {name}"
    return value


# --------------------------------------------------------------------------- cases
TIMES: list[dict] = []
QUANTS: list[dict] = []


def E(text, typ, value, **kw):
    d = {"text": text, "type": typ, "value": value}
    d.update(kw)
    return d


def T(pub, sentence, expected, tags):
    TIMES.append({"id": f"t{len(TIMES) + 1:03d}", "published": pub, "sentence": sentence,
                  "expected": expected, "tags": tags})


def Q_(text, value, unit, approximate=False):
    return {"text": text, "value": value, "unit": unit, "approximate": approximate}


def Q(sentence, expected, tags):
    QUANTS.append({"id": f"q{len(QUANTS) + 1:03d}", "sentence": sentence, "expected": expected, "tags": tags})


# ============================== TIMES ==============================
# --- Egyptian / Gulf month names -------------------------------------------
T("2023-05-02", "أعلنت وزارة المالية المصرية أن الموازنة الجديدة ستدخل حيز التنفيذ في الأول من يوليو 2023.",
  [E("الأول من يوليو 2023", "DATE", "2023-07-01")], ["egyptian_gulf_months", "ordinal_day", "absolute"])
p = "2022-10-20"
T(p, "ووقعت الحكومة الاتفاق مع الشركة الصينية في 12 فبراير 2020 بعد مفاوضات استمرت ثمانية أشهر.",
  [E("12 فبراير 2020", "DATE", "2020-02-12"), E("ثمانية أشهر", "DURATION", "P8M")],
  ["egyptian_gulf_months", "absolute", "duration"])
p = "2021-09-05"
T(p, "وكانت الانتخابات البرلمانية قد أُجريت في 15 مايو وسط نسبة مشاركة متدنية.",
  [E("15 مايو", "DATE", md_onbefore(p, 5, 15))], ["egyptian_gulf_months", "no_year", "past"])
p = "2024-04-10"
T(p, "ومن المقرر أن تنطلق القمة العربية في 16 مايو المقبل في العاصمة البحرينية المنامة.",
  [E("16 مايو المقبل", "DATE", md_onafter(p, 5, 16))], ["egyptian_gulf_months", "no_year", "future"])
T("2019-08-20", "وتعود جذور الأزمة إلى أغسطس 2013، حين فضّت قوات الأمن اعتصامين في القاهرة والجيزة.",
  [E("أغسطس 2013", "DATE", "2013-08")], ["egyptian_gulf_months", "month_year", "absolute"])
p = "2022-12-28"
T(p, "ويتوقع المحامون أن يصدر الحكم في القضية في 10 يناير المقبل.",
  [E("10 يناير المقبل", "DATE", md_onafter(p, 1, 10))], ["egyptian_gulf_months", "no_year", "future", "year_rollover"])
p = "2023-12-28"
T(p, "قال المتحدث باسم الخارجية إن الجولة المقبلة من المحادثات ستُعقد في 10 فبراير.",
  [E("10 فبراير", "DATE", md_onafter(p, 2, 10))], ["egyptian_gulf_months", "no_year", "future", "year_rollover"])
p = "2024-01-04"
T(p, "وكان الجيش قد أعلن في 28 ديسمبر انسحاب لواءين من شمال القطاع.",
  [E("28 ديسمبر", "DATE", md_onbefore(p, 12, 28))], ["egyptian_gulf_months", "no_year", "past", "year_rollover"])
p = "2020-06-30"
T(p, "وسجلت البلاد أعلى حصيلة يومية للإصابات في 21 يونيه، بحسب بيانات وزارة الصحة.",
  [E("21 يونيه", "DATE", md_onbefore(p, 6, 21))], ["egyptian_gulf_months", "spelling_variant", "no_year", "past"])
T("2021-03-02", "وهبط سعر برميل النفط الأمريكي في إبريل 2020 إلى ما دون الصفر للمرة الأولى في التاريخ.",
  [E("إبريل 2020", "DATE", "2020-04")], ["egyptian_gulf_months", "spelling_variant", "month_year", "absolute"])
p = "2025-02-11"
T(p, "وكان المتحف قد افتتح قاعاته الرئيسية أمام الزوار في أكتوبر الماضي.",
  [E("أكتوبر الماضي", "DATE", m_before(p, 10))], ["egyptian_gulf_months", "month_relative", "past", "year_rollover"])
p = "2023-07-10"
T(p, "وتنطلق امتحانات الدور الثاني للثانوية العامة في أغسطس، وفق الجدول الذي أعلنته الوزارة.",
  [E("أغسطس", "DATE", m_onafter(p, 8))], ["egyptian_gulf_months", "bare_month", "future"])
p = "2023-03-08"
T(p, "وكانت الحكومة قد رفعت أسعار الوقود في نوفمبر بنسبة قاربت الثلث.",
  [E("نوفمبر", "DATE", m_onbefore(p, 11))], ["egyptian_gulf_months", "bare_month", "past", "year_rollover"])

# --- Levantine / Iraqi month names -----------------------------------------
p = "2023-03-16"
T(p, "وقالت الوكالة الرسمية إن الزلزال الذي ضرب البلاد في السادس من شباط الماضي خلّف دمارا واسعا في حلب واللاذقية.",
  [E("السادس من شباط الماضي", "DATE", md_onbefore(p, 2, 6))], ["levantine_months", "ordinal_day", "past"])
p = "2019-06-12"
T(p, "وأقرّ مجلس النواب في كانون الثاني الماضي قانونا جديدا للإيجارات السكنية.",
  [E("كانون الثاني الماضي", "DATE", m_before(p, 1))], ["levantine_months", "month_relative", "past"])
p = "2024-05-21"
T(p, "وتجرى الانتخابات البلدية في 25 أيار الجاري في جميع المحافظات باستثناء العاصمة.",
  [E("25 أيار الجاري", "DATE", md_cur(p, 25, 5))], ["levantine_months", "current_month", "future"])
T("2022-08-04", "أحيا اللبنانيون ذكرى انفجار مرفأ بيروت الذي وقع في الرابع من آب 2020.",
  [E("الرابع من آب 2020", "DATE", "2020-08-04")], ["levantine_months", "ordinal_day", "absolute"])
p = "2021-11-09"
T(p, "وأكدت المفوضية أن العراقيين سيعودون إلى صناديق الاقتراع في تشرين الأول من العام المقبل.",
  [E("تشرين الأول من العام المقبل", "DATE", f"{year(p, 1)}-10")], ["levantine_months", "month_relative", "future"])
p = "2023-10-30"
T(p, "وأعلنت وزارة التربية أن العام الدراسي الجديد سينطلق في أيلول المقبل بمناهج معدلة.",
  [E("أيلول المقبل", "DATE", m_after(p, 9))], ["levantine_months", "month_relative", "future", "year_rollover"])
p = "2020-01-15"
T(p, "وقُتل قائد فيلق القدس في غارة أمريكية قرب مطار بغداد في الثالث من كانون الثاني الجاري.",
  [E("الثالث من كانون الثاني الجاري", "DATE", md_cur(p, 3, 1))], ["levantine_months", "ordinal_day", "current_month", "past"])
p = "2024-06-18"
T(p, "وأكد الوزير أن الحكومة ستقدم مشروع الموازنة إلى البرلمان في تشرين الثاني.",
  [E("تشرين الثاني", "DATE", m_onafter(p, 11))], ["levantine_months", "bare_month", "future"])
p = "2019-04-03"
T(p, "واندلعت الاحتجاجات في 22 شباط رفضا لترشح الرئيس لولاية خامسة.",
  [E("22 شباط", "DATE", md_onbefore(p, 2, 22))], ["levantine_months", "no_year", "past"])
T("2022-03-02", "وسُجّلت أول إصابة بفيروس كورونا في الأردن في الثاني من آذار 2020.",
  [E("الثاني من آذار 2020", "DATE", "2020-03-02")], ["levantine_months", "ordinal_day", "absolute"])
p = "2023-03-08"
T(p, "وكانت الحكومة قد رفعت أسعار المحروقات في أيار بعد أشهر من التردد.",
  [E("أيار", "DATE", m_onbefore(p, 5))], ["levantine_months", "bare_month", "past"])
p = "2021-12-06"
T(p, "وسحبت الشركة موظفيها الأجانب من البلاد في حزيران، بحسب المتحدث باسمها.",
  [E("حزيران", "DATE", m_onbefore(p, 6))], ["levantine_months", "bare_month", "past"])
p = "2024-02-13"
T(p, "وقال المنظمون إن مهرجان الربيع سيقام في نيسان في حدائق المدينة القديمة.",
  [E("نيسان", "DATE", m_onafter(p, 4))], ["levantine_months", "bare_month", "future"])
T("2018-09-20", "وكان قد تولى منصبه في تموز 2014 خلفا لرئيس الوزراء المستقيل.",
  [E("تموز 2014", "DATE", "2014-07")], ["levantine_months", "month_year", "absolute"])
p = "2020-12-10"
T(p, "وصدر الحكم في العاشر من كانون الأول الجاري بعد جلسات استمرت خمسة أشهر.",
  [E("العاشر من كانون الأول الجاري", "DATE", md_cur(p, 10, 12)), E("خمسة أشهر", "DURATION", "P5M")],
  ["levantine_months", "ordinal_day", "current_month", "duration"])

# --- Maghrebi month names -------------------------------------------------
T("2021-01-20", "وتحيي تونس الذكرى العاشرة للثورة التي أطاحت بنظام بن علي في 14 جانفي 2011.",
  [E("14 جانفي 2011", "DATE", "2011-01-14")], ["maghrebi_months", "absolute"])
T("2019-03-05", "وخرج آلاف الجزائريين في مسيرات حاشدة يوم الجمعة 22 فيفري رفضا للعهدة الخامسة.",
  [E("الجمعة 22 فيفري", "DATE", chk_wd("2019-02-22", "الجمعة"))], ["maghrebi_months", "weekday_with_date", "no_year", "past"])
p = "2021-05-10"
T(p, "وأعلنت وزارة التربية أن امتحانات البكالوريا ستنطلق يوم 13 جوان المقبل.",
  [E("13 جوان المقبل", "DATE", md_onafter(p, 6, 13))], ["maghrebi_months", "no_year", "future"])
p = "2020-08-10"
T(p, "وتوقع الديوان الوطني للأرصاد الجوية أن تستمر موجة الحر إلى غاية نهاية أوت.",
  [E("نهاية أوت", "DATE", m_onafter(p, 8))], ["maghrebi_months", "part_of_period", "mod_end", "future"])
p = "2022-03-30"
T(p, "وأعلن مجلس الإفتاء أن الصيام سيبدأ يوم السبت 2 أفريل.",
  [E("السبت 2 أفريل", "DATE", chk_wd(md_onafter(p, 4, 2), "السبت"))], ["maghrebi_months", "weekday_with_date", "no_year", "future"])
p = "2019-05-28"
T(p, "وأعلنت تيريزا ماي الجمعة استقالتها من زعامة حزب المحافظين، بعد نحو ثلاث سنوات على توليها رئاسة الحكومة في جويلية 2016.",
  [E("الجمعة", "DATE", wd_onbefore(p, "الجمعة")), E("نحو ثلاث سنوات", "DURATION", "P3Y"),
   E("جويلية 2016", "DATE", "2016-07")],
  ["maghrebi_months", "weekday", "past", "duration", "approx", "trap_month_name_as_person"])
T("2023-11-02", "ويُنتظر أن تصدر نتائج المسح الوطني للسكان في فيفري 2024.",
  [E("فيفري 2024", "DATE", "2024-02")], ["maghrebi_months", "month_year", "absolute"])
p = "2021-12-20"
T(p, "وسيكون القرار ساري المفعول ابتداء من 1 جانفي، حسب ما نشرته الجريدة الرسمية.",
  [E("1 جانفي", "DATE", md_onafter(p, 1, 1))], ["maghrebi_months", "no_year", "future", "year_rollover"])
p = "2022-05-16"
T(p, "واحتضنت مدينة وهران في ماي الجاري اجتماعا لوزراء الداخلية المغاربيين.",
  [E("ماي الجاري", "DATE", month(p))], ["maghrebi_months", "current_month", "past"])
p = "2020-09-07"
T(p, "وكانت السلطات قد أعادت فتح المساجد في 15 أوت بعد إغلاق دام خمسة أشهر.",
  [E("15 أوت", "DATE", md_onbefore(p, 8, 15)), E("خمسة أشهر", "DURATION", "P5M")],
  ["maghrebi_months", "no_year", "past", "duration"])
T("2022-10-12", "وشهدت البلاد في جويلية 2021 أزمة سياسية انتهت بتجميد أعمال البرلمان.",
  [E("جويلية 2021", "DATE", "2021-07")], ["maghrebi_months", "month_year", "absolute"])
p = "2024-04-22"
T(p, "ويُرتقب أن تفتتح الدورة التشريعية الجديدة في أكتوبر، بعد عطلة صيفية تمتد ثلاثة أشهر.",
  [E("أكتوبر", "DATE", m_onafter(p, 10)), E("ثلاثة أشهر", "DURATION", "P3M")],
  ["maghrebi_months", "bare_month", "future", "duration"])
p = "2023-06-05"
T(p, "ووقّعت الشركتان عقد الشراكة في 20 أفريل بالعاصمة الرباط.",
  [E("20 أفريل", "DATE", md_onbefore(p, 4, 20))], ["maghrebi_months", "no_year", "past"])

# --- combined forms --------------------------------------------------------
p = "2023-03-20"
T(p, "ومن المقرر أن يعقد مؤتمر المانحين في 25 آذار/مارس الجاري في بروكسل.",
  [E("25 آذار/مارس الجاري", "DATE", md_cur(p, 25, 3))], ["combined_months", "current_month", "future"])
p = "2020-09-01"
T(p, "وشهدت المدينة في آب/أغسطس الماضي فيضانات غير مسبوقة أغرقت أحياء كاملة.",
  [E("آب/أغسطس الماضي", "DATE", m_before(p, 8))], ["combined_months", "month_relative", "past"])
T("2019-11-11", "وأعلن رئيس الحكومة استقالته في 29 تشرين الأول/أكتوبر بعد أسبوعين من الاحتجاجات.",
  [E("29 تشرين الأول/أكتوبر", "DATE", md_onbefore("2019-11-11", 10, 29)), E("أسبوعين", "DURATION", "P2W")],
  ["combined_months", "no_year", "past", "duration", "trap_event_anchor"])
p = "2024-02-05"
T(p, "وقال البنك المركزي إن قرار سعر الفائدة التالي سيصدر في آذار (مارس) المقبل.",
  [E("آذار (مارس) المقبل", "DATE", m_after(p, 3))], ["combined_months", "month_relative", "future"])
p = "2022-07-06"
T(p, "وانطلقت الحملة الانتخابية رسميا في 15 حزيران/يونيو الماضي.",
  [E("15 حزيران/يونيو الماضي", "DATE", md_onbefore(p, 6, 15))], ["combined_months", "no_year", "past"])
T("2023-01-09", "وتعرض المصرف لهجوم إلكتروني واسع في كانون الأول/ديسمبر 2022.",
  [E("كانون الأول/ديسمبر 2022", "DATE", "2022-12")], ["combined_months", "month_year", "absolute"])
p = "2021-04-05"
T(p, "ويبدأ تطبيق الرسوم الجمركية الجديدة في الأول من تموز/يوليو المقبل.",
  [E("الأول من تموز/يوليو المقبل", "DATE", md_onafter(p, 7, 1))], ["combined_months", "ordinal_day", "future"])
T("2021-10-01", "وجرى التوقيع على الاتفاق في 13 أيلول (سبتمبر) 2021 بحضور ممثلين عن الأمم المتحدة.",
  [E("13 أيلول (سبتمبر) 2021", "DATE", "2021-09-13")], ["combined_months", "absolute"])

# --- numeric dates -----------------------------------------------------------
T("2019-03-20", "وصدر القرار بتاريخ 14/3/2019 ونُشر في الجريدة الرسمية بعد المصادقة عليه.",
  [E("14/3/2019", "DATE", "2019-03-14")], ["numeric_date", "numeric_dmy"])
T("2019-03-20", "ووفق البيان المؤرخ في ١٤/٣/٢٠١٩، فإن اللجنة ستجتمع مجددا لمراجعة الطعون.",
  [E("١٤/٣/٢٠١٩", "DATE", "2019-03-14")], ["numeric_date", "numeric_dmy", "arabic_indic_digits"])
T("2022-09-10", "وجاء في الوثيقة أن العقد وُقّع في 2022-08-30 بين الطرفين.",
  [E("2022-08-30", "DATE", "2022-08-30")], ["numeric_date", "numeric_iso"])
T("2021-06-01", "وتنتهي مهلة تقديم طلبات الترشح في 15/06/2021.",
  [E("15/06/2021", "DATE", "2021-06-15")], ["numeric_date", "numeric_dmy", "future"])
T("2024-11-03", "وتُقبل الاعتراضات على نتائج القبول حتى ٢٠/١١/٢٠٢٤ فقط.",
  [E("٢٠/١١/٢٠٢٤", "DATE", "2024-11-20")], ["numeric_date", "numeric_dmy", "arabic_indic_digits"])
T("2020-02-02", "وأفادت لائحة الاتهام بأن المتهم من مواليد 07-04-1985 ويقيم في مدينة الزرقاء.",
  [E("07-04-1985", "DATE", "1985-04-07")], ["numeric_date", "numeric_dmy"])
T("2023-06-01", "وبحسب المحضر المؤرخ 3/5/2023، جرى ضبط الشحنة في ميناء العقبة.",
  [E("3/5/2023", "DATE", "2023-05-03")], ["numeric_date", "numeric_dmy", "day_first"])
T("2025-01-22", "ودخل الأمر التنفيذي حيز التنفيذ بتاريخ 2025/01/20 وفق ما نشره البيت الأبيض.",
  [E("2025/01/20", "DATE", "2025-01-20")], ["numeric_date", "numeric_ymd"])
T("2022-12-05", "وأظهر الختم على الطرد تاريخ ٢٠٢٢-١١-٢٨ موعدا للشحن.",
  [E("٢٠٢٢-١١-٢٨", "DATE", "2022-11-28")], ["numeric_date", "numeric_iso", "arabic_indic_digits"])

# --- years -------------------------------------------------------------------
T("2021-10-10", "وتأسست الشركة عام 1998 في دبي، ثم توسعت إلى السوق السعودية سنة 2005.",
  [E("عام 1998", "DATE", "1998"), E("سنة 2005", "DATE", "2005")], ["year"])
T("2022-01-17", "وخاضت البلاد آخر انتخابات رئاسية في 2012 قبل أن يُعلَّق العمل بالدستور.",
  [E("2012", "DATE", "2012")], ["year", "bare_year"])
T("2021-01-04", "وسجّل الاقتصاد انكماشا حادا في العام 2020 بسبب الجائحة.",
  [E("العام 2020", "DATE", "2020")], ["year"])
T("2023-05-15", "ويعيش في المخيم أكثر من عشرين ألف لاجئ منذ عام 2013.",
  [E("عام 2013", "DATE", "2013")], ["year", "trap_quantity_nearby"])
T("2024-07-01", "وتسعى الحكومة إلى خفض الانبعاثات إلى النصف بحلول عام 2030.",
  [E("عام 2030", "DATE", "2030")], ["year", "future"])
T("2019-07-08", "وكان آخر تعداد عام للسكان قد أجري عام ٢٠٠٤.",
  [E("عام ٢٠٠٤", "DATE", "2004")], ["year", "arabic_indic_digits", "trap_aam_general"])
T("2020-10-02", "وشغل الراحل منصب وزير الخارجية من 1998 إلى 2003، ثم انتقل إلى العمل الدبلوماسي في نيويورك.",
  [E("من 1998 إلى 2003", "DATE", "1998", end="2003")], ["year", "range"])
T("2019-02-14", "وتضاعفت صادرات الفوسفات بين عامي 2015 و2018، بحسب أرقام رسمية.",
  [E("بين عامي 2015 و2018", "DATE", "2015", end="2018")], ["year", "range"])
T("2020-03-15", "وهذه أول مرة تُغلق فيها المساجد منذ العام 1918 حين اجتاحت الإنفلونزا الإسبانية العالم.",
  [E("العام 1918", "DATE", "1918")], ["year"])
T("2023-09-19", "ووُلد الفنان في حلب سنة ١٩٤٧ وبدأ الغناء في سن مبكرة.",
  [E("سنة ١٩٤٧", "DATE", "1947")], ["year", "arabic_indic_digits"])

# --- Hijri -------------------------------------------------------------------
T("2023-04-20", "وتستمر عطلة عيد الفطر حتى الأحد 3 شوال 1444 هـ الموافق 23 نيسان 2023.",
  [E("الأحد 3 شوال 1444 هـ", "DATE", chk_wd(hij(1444, 10, 3), "الأحد")),
   E("23 نيسان 2023", "DATE", chk_wd("2023-04-23", "الأحد"))],
  ["hijri", "weekday_with_date", "levantine_months", "absolute", "holiday_not_annotated"])
T("2024-03-05", "وأعلنت المحكمة العليا أن الصيام يبدأ في 1 رمضان 1445هـ وفق تقويم أم القرى.",
  [E("1 رمضان 1445هـ", "DATE", hij(1445, 9, 1))], ["hijri", "absolute"])
T("2023-06-20", "ويقف الحجاج على صعيد عرفات في 9 ذي الحجة 1444 هـ في ذروة مناسك الحج.",
  [E("9 ذي الحجة 1444 هـ", "DATE", hij(1444, 12, 9))], ["hijri", "absolute", "future"])
assert hij(1444, 1, 1) == "2022-07-30"
T("2022-07-31", "وبدأ العام الهجري الجديد في 1 محرم 1444 هـ، الموافق 30 تموز 2022.",
  [E("1 محرم 1444 هـ", "DATE", hij(1444, 1, 1)), E("30 تموز 2022", "DATE", "2022-07-30")],
  ["hijri", "levantine_months", "absolute"])
T("2021-02-10", "وصدر المرسوم الملكي بتاريخ 15 جمادى الآخرة 1442هـ.",
  [E("15 جمادى الآخرة 1442هـ", "DATE", hij(1442, 6, 15))], ["hijri", "absolute"])
T("2019-10-01", "ويبدأ الفصل الدراسي الثاني في 20 ربيع الآخر 1441 هـ وفق التقويم المعتمد.",
  [E("20 ربيع الآخر 1441 هـ", "DATE", hij(1441, 4, 20))], ["hijri", "absolute", "future"])
T("2024-09-10", "وتوفي الشيخ في 27 صفر 1446 هـ ووري الثرى في مقبرة البقيع.",
  [E("27 صفر 1446 هـ", "DATE", hij(1446, 2, 27))], ["hijri", "absolute", "past"])
p = "2024-03-20"
T(p, "وتختتم مسابقة حفظ القرآن الكريم في 27 رمضان بحضور وزير الأوقاف.",
  [E("27 رمضان", "DATE", hij_in_year_of(p, 9, 27, future=True))], ["hijri", "hijri_no_year", "future"])
assert hij(1446, 9, 1) == "2025-03-01"
T("2025-03-02", "وبدأ المسلمون في المملكة الصيام السبت 1 رمضان 1446 هـ الموافق الأول من مارس 2025.",
  [E("السبت 1 رمضان 1446 هـ", "DATE", chk_wd(hij(1446, 9, 1), "السبت")),
   E("الأول من مارس 2025", "DATE", "2025-03-01")],
  ["hijri", "weekday_with_date", "ordinal_day", "egyptian_gulf_months", "absolute"])
T("2022-02-01", "وستطلق الوزارة حملة التبرع بالدم مطلع شعبان 1443 هـ في جميع المناطق.",
  [E("مطلع شعبان 1443 هـ", "DATE", None)], ["hijri", "hijri_month", "part_of_period", "unresolvable_null"])
T("2023-07-25", "وأعلنت الرئاسة أن العاشر من محرم 1445 هـ سيكون عطلة رسمية.",
  [E("العاشر من محرم 1445 هـ", "DATE", hij(1445, 1, 10))], ["hijri", "ordinal_day", "future"])
p = "2023-06-12"
T(p, "وأكدت الهيئة أن الوقوف بعرفة سيوافق 9 ذي الحجة وفق تقويم أم القرى.",
  [E("9 ذي الحجة", "DATE", hij_in_year_of(p, 12, 9, future=True))], ["hijri", "hijri_no_year", "future"])

# --- weekdays, past -----------------------------------------------------------
p = "2023-03-14"
T(p, "وقال وزير الخارجية الأردني أيمن الصفدي الثلاثاء إن المحادثات كانت بناءة.",
  [E("الثلاثاء", "DATE", wd_onbefore(p, "الثلاثاء"))], ["weekday", "past", "same_day"])
p = "2023-03-16"
T(p, "والتقى الرئيس الفرنسي إيمانويل ماكرون الثلاثاء وفدا أردنيا في باريس.",
  [E("الثلاثاء", "DATE", wd_onbefore(p, "الثلاثاء"))], ["weekday", "past"])
p = "2022-11-21"
T(p, "وشنّت الطائرات الحربية غارات على مواقع في شمال سوريا ليل السبت.",
  [E("ليل السبت", "TIME", tod(wd_onbefore(p, "السبت"), "NI"))], ["weekday", "past", "part_of_day"])
p = "2021-05-10"
T(p, "وأصيب عشرات المصلين في مواجهات داخل باحات المسجد الأقصى يوم الجمعة.",
  [E("الجمعة", "DATE", wd_onbefore(p, "الجمعة"))], ["weekday", "past"])
p = "2024-08-04"
T(p, "وأفادت وسائل إعلام رسمية بأن الرئيس وصل إلى القاهرة مساء الخميس في زيارة لم يُعلن عنها مسبقا.",
  [E("مساء الخميس", "TIME", tod(wd_onbefore(p, "الخميس"), "EV"))], ["weekday", "past", "part_of_day"])
p = "2019-12-02"
T(p, "وأعلنت اللجنة المستقلة الأحد النتائج الأولية للانتخابات.",
  [E("الأحد", "DATE", wd_onbefore(p, "الأحد"))], ["weekday", "past"])
p = "2020-03-18"
T(p, "وأغلقت السلطات المدارس والجامعات اعتبارا من الأحد الماضي.",
  [E("الأحد الماضي", "DATE", wd_before(p, "الأحد"))], ["weekday", "past", "weekday_relative"])
p = "2023-01-30"
T(p, "واعتقلت الشرطة ثلاثة مشتبه بهم صباح السبت في حي الشيخ جراح.",
  [E("صباح السبت", "TIME", tod(wd_onbefore(p, "السبت"), "MO"))], ["weekday", "past", "part_of_day"])
p = "2025-06-13"
T(p, "وأعلن الجيش الجمعة أنه استهدف منشآت عسكرية ونووية في عدة مدن.",
  [E("الجمعة", "DATE", wd_onbefore(p, "الجمعة"))], ["weekday", "past", "same_day"])
p = "2022-06-08"
T(p, "وكان البرلمان قد صوّت الخميس الماضي على مشروع قانون الانتخابات.",
  [E("الخميس الماضي", "DATE", wd_before(p, "الخميس"))], ["weekday", "past", "weekday_relative"])
p = "2024-01-02"
T(p, "ووقع الانفجار السبت في سوق شعبي وسط المدينة وأوقع عددا من الضحايا.",
  [E("السبت", "DATE", wd_onbefore(p, "السبت"))], ["weekday", "past", "year_rollover"])
p = "2021-09-15"
T(p, "وقالت الشرطة إن المهاجم أطلق النار ظهر الاثنين على حافلة تقل عمالا.",
  [E("ظهر الاثنين", "TIME", tod(wd_onbefore(p, "الاثنين"), "12:00"))], ["weekday", "past", "part_of_day", "noon"])
p = "2020-11-05"
T(p, "وتظاهر المئات بعد ظهر الأربعاء أمام مقر البرلمان للمطالبة بصرف الرواتب المتأخرة.",
  [E("بعد ظهر الأربعاء", "TIME", tod(wd_onbefore(p, "الأربعاء"), "AF"))], ["weekday", "past", "part_of_day"])
p = "2023-03-16"
T(p, "ووصل الوفد الأمريكي إلى عمّان ظهر الثلاثاء، والتقى رئيس الوزراء ووزير الخارجية.",
  [E("ظهر الثلاثاء", "TIME", tod(wd_onbefore(p, "الثلاثاء"), "12:00"))], ["weekday", "past", "part_of_day", "noon"])
p = "2022-02-21"
T(p, "وأكد مصدر أمني أن الهجوم وقع فجر الأحد واستهدف نقطة تفتيش على الطريق الدولي.",
  [E("فجر الأحد", "TIME", tod(wd_onbefore(p, "الأحد"), "MO"))], ["weekday", "past", "part_of_day", "dawn"])
p = "2019-09-26"
T(p, "وشهدت العاصمة الثلاثاء والأربعاء مظاهرات متفرقة للمطالبة برحيل الحكومة.",
  [E("الثلاثاء", "DATE", wd_onbefore(p, "الثلاثاء")), E("الأربعاء", "DATE", wd_onbefore(p, "الأربعاء"))],
  ["weekday", "past", "clitic_prefix"])
p = "2024-10-07"
T(p, "وعقد المجلس جلسة استثنائية يوم الأحد وأرجأ التصويت على التعديلات.",
  [E("الأحد", "DATE", wd_onbefore(p, "الأحد"))], ["weekday", "past"])

# --- weekdays, future ---------------------------------------------------------
p = "2023-03-14"
T(p, "ومن المقرر أن يزور الوفد دمشق الأحد لإجراء مباحثات مع المسؤولين السوريين.",
  [E("الأحد", "DATE", wd_after(p, "الأحد"))], ["weekday", "future"])
p = "2022-09-29"
T(p, "وسيعقد مجلس الأمن جلسة طارئة الاثنين لبحث التطورات الميدانية.",
  [E("الاثنين", "DATE", wd_after(p, "الاثنين"))], ["weekday", "future", "clitic_prefix"])
p = "2024-05-15"
T(p, "وتُستأنف المفاوضات غير المباشرة الخميس المقبل في الدوحة.",
  [E("الخميس المقبل", "DATE", wd_after(p, "الخميس"))], ["weekday", "future", "weekday_relative"])
p = "2023-12-29"
T(p, "وسوف يعود البرلمان إلى الانعقاد الاثنين بعد عطلة الأعياد.",
  [E("الاثنين", "DATE", wd_after(p, "الاثنين"))], ["weekday", "future", "year_rollover"])
p = "2021-02-17"
T(p, "ويتوقع أن تصل الشحنة الأولى من اللقاحات السبت القادم إلى مطار الملكة علياء.",
  [E("السبت القادم", "DATE", wd_after(p, "السبت"))], ["weekday", "future", "weekday_relative"])
p = "2019-07-11"
T(p, "وستجري الجولة الثانية من الانتخابات الأحد المقبل، على أن تستمر عملية الفرز 48 ساعة.",
  [E("الأحد المقبل", "DATE", wd_after(p, "الأحد")), E("48 ساعة", "DURATION", "PT48H")],
  ["weekday", "future", "weekday_relative", "duration"])
p = "2025-03-03"
T(p, "وسيعقد وزراء الخارجية العرب اجتماعا تحضيريا صباح الثلاثاء في القاهرة.",
  [E("صباح الثلاثاء", "TIME", tod(wd_after(p, "الثلاثاء"), "MO"))], ["weekday", "future", "part_of_day"])
p = "2020-04-23"
T(p, "وأعلنت دار الإفتاء أن الصيام سيبدأ الجمعة بعد ثبوت رؤية الهلال.",
  [E("الجمعة", "DATE", wd_after(p, "الجمعة"))], ["weekday", "future"])
p = "2024-06-26"
T(p, "ومن المنتظر أن يعلن المنتخب قائمته النهائية السبت المقبل قبل السفر إلى المعسكر.",
  [E("السبت المقبل", "DATE", wd_after(p, "السبت"))], ["weekday", "future", "weekday_relative", "sport"])
p = "2022-01-06"
T(p, "وسوف تفتح مراكز الاقتراع أبوابها الأربعاء عند الساعة السابعة صباحا.",
  [E("الأربعاء", "DATE", wd_after(p, "الأربعاء")), E("الساعة السابعة صباحا", "TIME", tod(wd_after(p, "الأربعاء"), "07:00"))],
  ["weekday", "future", "clock_time"])

# --- relative expressions -----------------------------------------------------
p = "2023-03-16"
T(p, "وقُتل جنديان أمس في هجوم بعبوة ناسفة استهدف دورية عسكرية شمال البلاد.",
  [E("أمس", "DATE", add(p, -1))], ["relative", "yesterday", "past"])
p = "2020-01-01"
T(p, "واحتشد الآلاف في ساحة النجمة ليلة أمس رغم البرد القارس.",
  [E("ليلة أمس", "TIME", tod(add(p, -1), "NI"))], ["relative", "yesterday", "part_of_day", "year_rollover"])
p = "2022-05-18"
T(p, "وأعلنت وزارة الصحة اليوم تسجيل أول إصابة بجدري القردة في البلاد.",
  [E("اليوم", "DATE", p)], ["relative", "today"])
p = "2021-08-03"
T(p, "ومن المنتظر أن يصل المبعوث الأممي إلى طرابلس غدا في زيارة تستغرق يومين.",
  [E("غدا", "DATE", add(p, 1)), E("يومين", "DURATION", "P2D")], ["relative", "tomorrow", "future", "duration"])
p = "2024-02-27"
T(p, "وكانت الحكومة قد قدّمت استقالتها إلى الرئيس أول أمس.",
  [E("أول أمس", "DATE", add(p, -2))], ["relative", "day_before_yesterday", "past"])
p = "2023-10-09"
T(p, "وتعقد الجامعة العربية اجتماعا طارئا على مستوى المندوبين بعد غد.",
  [E("بعد غد", "DATE", add(p, 2))], ["relative", "day_after_tomorrow", "future"])
p = "2019-09-25"
T(p, "وقفزت أسعار النفط الأسبوع الماضي بعد الهجمات على منشأتي بقيق وخريص.",
  [E("الأسبوع الماضي", "DATE", week(p, -1))], ["relative", "week", "past"])
p = "2022-03-09"
T(p, "ويبدأ الوفد الأسبوع المقبل جولة أوروبية تشمل برلين وباريس وروما.",
  [E("الأسبوع المقبل", "DATE", week(p, 1))], ["relative", "week", "future"])
p = "2023-11-15"
T(p, "وانخفض معدل التضخم السنوي في الشهر الماضي إلى أدنى مستوى له منذ عامين.",
  [E("الشهر الماضي", "DATE", month(p, -1)), E("عامين", "DURATION", "P2Y")],
  ["relative", "month", "past", "duration"])
p = "2024-12-15"
T(p, "وتدخل الزيادة على رواتب القطاع العام حيز التنفيذ الشهر المقبل.",
  [E("الشهر المقبل", "DATE", month(p, 1))], ["relative", "month", "future", "year_rollover"])
p = "2021-07-20"
T(p, "وسجلت البلاد خلال الشهر الجاري أعلى درجات حرارة منذ بدء التسجيل.",
  [E("الشهر الجاري", "DATE", month(p))], ["relative", "month", "current"])
p = "2022-02-10"
T(p, "وحقق القطاع السياحي العام الماضي إيرادات قياسية رغم القيود الصحية.",
  [E("العام الماضي", "DATE", year(p, -1))], ["relative", "year_rel", "past"])
p = "2023-06-05"
T(p, "وتعتزم الحكومة طرح سندات دولية العام المقبل لتمويل العجز.",
  [E("العام المقبل", "DATE", year(p, 1))], ["relative", "year_rel", "future"])
p = "2020-09-09"
T(p, "وتتوقع الحكومة أن ينكمش الناتج المحلي خلال العام الحالي للمرة الأولى منذ عقدين.",
  [E("العام الحالي", "DATE", year(p)), E("عقدين", "DURATION", "P20Y")], ["relative", "year_rel", "current", "duration"])
p = "2024-04-30"
T(p, "وأُفرج عن الصحفي قبل يومين بعد احتجاز دام ثلاثة أسابيع.",
  [E("قبل يومين", "DATE", add(p, -2)), E("ثلاثة أسابيع", "DURATION", "P3W")], ["relative", "ago", "past", "duration"])
p = "2021-11-24"
T(p, "واختفى الطفل قبل ثلاثة أسابيع أثناء عودته من المدرسة.",
  [E("قبل ثلاثة أسابيع", "DATE", week(p, -3))], ["relative", "ago", "week", "past"])
p = "2023-02-08"
T(p, "ومن المتوقع أن تبدأ أعمال إزالة الأنقاض بعد أسبوعين.",
  [E("بعد أسبوعين", "DATE", week(p, 2))], ["relative", "after_n", "week", "future"])
p = "2019-05-20"
T(p, "وارتفع عدد الإصابات منذ مطلع الشهر إلى أكثر من ألف حالة.",
  [E("مطلع الشهر", "DATE", month(p))], ["relative", "part_of_period", "mod_start", "month"])
p = "2023-03-16"
T(p, "وسقطت قذيفة على حي سكني فجر اليوم دون أن تسفر عن إصابات.",
  [E("فجر اليوم", "TIME", tod(p, "MO"))], ["relative", "today", "part_of_day", "dawn"])
p = "2022-10-25"
T(p, "واندلع الحريق مساء أمس في مستودع للوقود قرب الميناء.",
  [E("مساء أمس", "TIME", tod(add(p, -1), "EV"))], ["relative", "yesterday", "part_of_day"])
p = "2024-01-01"
T(p, "ووصلت أولى طلائع القوات إلى الحدود صباح اليوم.",
  [E("صباح اليوم", "TIME", tod(p, "MO"))], ["relative", "today", "part_of_day"])
p = "2020-05-12"
T(p, "وشهدت أحياء العاصمة الليلة الماضية اشتباكات متقطعة بين فصائل مسلحة.",
  [E("الليلة الماضية", "TIME", tod(add(p, -1), "NI"))], ["relative", "part_of_day", "past"])
p = "2021-03-29"
T(p, "ومن المقرر أن تصدر المحكمة حكمها في القضية مساء اليوم.",
  [E("مساء اليوم", "TIME", tod(p, "EV"))], ["relative", "today", "part_of_day", "future"])
p = "2023-08-17"
T(p, "وتوقعت الأرصاد الجوية أن تنخفض درجات الحرارة بدءا من صباح الغد.",
  [E("صباح الغد", "TIME", tod(add(p, 1), "MO"))], ["relative", "tomorrow", "part_of_day", "future", "weather"])
p = "2022-12-31"
T(p, "ويبدأ العمل بقانون الضريبة الجديد غدا الأحد.",
  [E("غدا الأحد", "DATE", chk_wd(add(p, 1), "الأحد"))], ["relative", "tomorrow", "weekday_with_date", "year_rollover"])
p = "2023-03-14"
T(p, "وقال المتحدث إن الرئيس سيلقي خطابا إلى الأمة اليوم الثلاثاء.",
  [E("اليوم الثلاثاء", "DATE", chk_wd(p, "الثلاثاء"))], ["relative", "today", "weekday_with_date"])
p = "2021-06-02"
T(p, "وقالت اللجنة إنها ستعلن النتائج النهائية هذا الأسبوع.",
  [E("هذا الأسبوع", "DATE", week(p))], ["relative", "week", "current"])
p = "2024-12-30"
T(p, "وتنتهي المهلة الممنوحة للشركات لتسوية أوضاعها نهاية الأسبوع الجاري.",
  [E("نهاية الأسبوع الجاري", "DATE", week(p))], ["relative", "week", "part_of_period", "mod_end", "iso_week_rollover"])
p = "2021-01-03"
T(p, "وناقش مجلس الوزراء الأسبوع الماضي خطة التلقيح الوطنية.",
  [E("الأسبوع الماضي", "DATE", week(p, -1))], ["relative", "week", "past", "iso_week_rollover"])
p = "2023-07-12"
T(p, "وكانت الوزارة قد أعلنت قبل عامين عن خطة مماثلة لم تر النور.",
  [E("قبل عامين", "DATE", year(p, -2))], ["relative", "ago", "year_rel", "past"])
p = "2022-04-14"
T(p, "وتراجعت الصادرات الزراعية قبل ثلاثة أشهر بسبب إغلاق المعابر.",
  [E("قبل ثلاثة أشهر", "DATE", month(p, -3))], ["relative", "ago", "month", "past", "year_rollover"])
p = "2024-09-02"
T(p, "وسيجري التصويت على الثقة بالحكومة بعد ثلاثة أيام.",
  [E("بعد ثلاثة أيام", "DATE", add(p, 3))], ["relative", "after_n", "future"])
p = "2020-06-25"
T(p, "وأعلنت الحكومة في وقت سابق اليوم فرض حظر تجول شامل في ثلاث محافظات.",
  [E("اليوم", "DATE", p)], ["relative", "today", "vague_not_annotated"])
p = "2019-02-28"
T(p, "ووصل الوفد إلى الخرطوم في وقت متأخر من مساء أمس.",
  [E("مساء أمس", "TIME", tod(add(p, -1), "EV"))], ["relative", "yesterday", "part_of_day"])
p = "2025-05-05"
T(p, "وتشهد العاصمة الليلة مباراة حاسمة بين الفريقين على لقب الدوري.",
  [E("الليلة", "TIME", tod(p, "NI"))], ["relative", "tonight", "part_of_day", "sport"])
p = "2023-09-05"
T(p, "وأكدت الوزارة أن الامتحانات ستبدأ الأسبوع القادم في موعدها.",
  [E("الأسبوع القادم", "DATE", week(p, 1))], ["relative", "week", "future"])
p = "2022-08-22"
T(p, "وارتفع عدد الوفيات منذ أمس إلى 14 حالة، بينهم طفلان.",
  [E("أمس", "DATE", add(p, -1))], ["relative", "yesterday", "trap_quantity_nearby"])
p = "2023-12-31"
T(p, "وتستأنف المدارس الدوام غدا بعد العطلة الشتوية.",
  [E("غدا", "DATE", add(p, 1))], ["relative", "tomorrow", "future", "year_rollover"])
p = "2024-01-01"
T(p, "وأطلقت الفصائل رشقات صاروخية أمس على البلدات الحدودية.",
  [E("أمس", "DATE", add(p, -1))], ["relative", "yesterday", "year_rollover"])

# --- parts of periods ---------------------------------------------------------
T("2024-02-20", "وتبدأ أعمال صيانة الطريق مطلع آذار 2024 وتستمر شهرين.",
  [E("مطلع آذار 2024", "DATE", "2024-03"), E("شهرين", "DURATION", "P2M")],
  ["part_of_period", "mod_start", "levantine_months", "duration"])
p = "2021-09-30"
T(p, "وانخفض عدد الإصابات اليومية بشكل ملحوظ منذ أوائل أيلول.",
  [E("أوائل أيلول", "DATE", m_onbefore(p, 9))], ["part_of_period", "mod_start", "levantine_months", "past"])
p = "2022-06-01"
T(p, "ومن المتوقع أن تكتمل المرحلة الأولى من المشروع منتصف حزيران.",
  [E("منتصف حزيران", "DATE", m_onafter(p, 6))], ["part_of_period", "mod_mid", "levantine_months", "future"])
p = "2023-01-15"
T(p, "وعاد آلاف النازحين إلى قراهم في أواخر العام الماضي.",
  [E("أواخر العام الماضي", "DATE", year(p, -1))], ["part_of_period", "mod_end", "year_rel", "past"])
p = "2020-03-10"
T(p, "وتتوقع الحكومة الانتهاء من بناء السد بحلول نهاية العام الجاري.",
  [E("نهاية العام الجاري", "DATE", year(p))], ["part_of_period", "mod_end", "year_rel", "future"])
p = "2019-08-05"
T(p, "وشهدت البلاد في منتصف يوليو موجة حر قياسية تجاوزت فيها الحرارة خمسين درجة.",
  [E("منتصف يوليو", "DATE", m_onbefore(p, 7))], ["part_of_period", "mod_mid", "egyptian_gulf_months", "past", "weather"])
p = "2023-12-29"
T(p, "وستنطلق المرحلة الثانية من برنامج الدعم مطلع العام المقبل.",
  [E("مطلع العام المقبل", "DATE", year(p, 1))], ["part_of_period", "mod_start", "year_rel", "future", "year_rollover"])
p = "2024-06-10"
T(p, "وبدأت الهدنة في أواخر أيار وانهارت بعد أيام قليلة.",
  [E("أواخر أيار", "DATE", m_onbefore(p, 5))], ["part_of_period", "mod_end", "levantine_months", "past", "vague_not_annotated"])
p = "2022-10-18"
T(p, "وسيصدر التقرير النهائي للجنة التحقيق في بداية نوفمبر المقبل.",
  [E("بداية نوفمبر المقبل", "DATE", m_after(p, 11))], ["part_of_period", "mod_start", "egyptian_gulf_months", "future"])
T("2021-02-02", "وتراجعت قيمة الدينار بشكل متواصل منذ نهاية 2019.",
  [E("نهاية 2019", "DATE", "2019")], ["part_of_period", "mod_end", "year"])
T("2025-05-05", "ومن المقرر أن تنتهي ولاية البرلمان الحالي في أواخر أكتوبر 2025.",
  [E("أواخر أكتوبر 2025", "DATE", "2025-10")], ["part_of_period", "mod_end", "egyptian_gulf_months", "future"])
p = "2022-03-03"
T(p, "وارتفعت أسعار الخضار بشكل حاد منذ بداية الأسبوع.",
  [E("بداية الأسبوع", "DATE", week(p))], ["part_of_period", "mod_start", "week", "current"])
p = "2023-11-20"
T(p, "ويتوقع أن يصل المبعوث إلى المنطقة في أواخر الشهر الجاري.",
  [E("أواخر الشهر الجاري", "DATE", month(p))], ["part_of_period", "mod_end", "month", "future"])
T("2020-07-14", "وكانت الشركة قد أعلنت إفلاسها في منتصف عام 2019.",
  [E("منتصف عام 2019", "DATE", "2019")], ["part_of_period", "mod_mid", "year"])
p = "2024-08-28"
T(p, "وتعود الحركة إلى طبيعتها في المطار مع بداية أيلول/سبتمبر المقبل.",
  [E("بداية أيلول/سبتمبر المقبل", "DATE", m_after(p, 9))], ["part_of_period", "mod_start", "combined_months", "future"])

# --- ranges ----------------------------------------------------------------------
p = "2023-04-20"
T(p, "ويقام معرض الكتاب بين 3 و6 أيار في مركز المعارض بالعاصمة.",
  [E("بين 3 و6 أيار", "DATE", md_onafter(p, 5, 3), end=md_onafter(p, 5, 6))], ["range", "levantine_months", "future"])
p = "2024-01-25"
T(p, "وتجرى امتحانات نهاية الفصل من 10 إلى 14 شباط المقبل.",
  [E("من 10 إلى 14 شباط المقبل", "DATE", md_onafter(p, 2, 10), end=md_onafter(p, 2, 14))],
  ["range", "levantine_months", "future"])
p = "2022-08-20"
T(p, "واستضافت المدينة الألعاب المتوسطية من 28 يوليو حتى 8 أغسطس.",
  [E("من 28 يوليو حتى 8 أغسطس", "DATE", md_onbefore(p, 7, 28), end=md_onbefore(p, 8, 8))],
  ["range", "egyptian_gulf_months", "past"])
p = "2021-05-05"
T(p, "ويُعطَّل الدوام الرسمي في الفترة من 12 إلى 16 مايو بمناسبة عيد الفطر.",
  [E("من 12 إلى 16 مايو", "DATE", md_onafter(p, 5, 12), end=md_onafter(p, 5, 16))],
  ["range", "egyptian_gulf_months", "future", "holiday_not_annotated"])
p = "2023-12-20"
T(p, "ويستمر مهرجان الشتاء من 28 ديسمبر إلى 3 يناير في الساحة الرئيسية.",
  [E("من 28 ديسمبر إلى 3 يناير", "DATE", md_onafter(p, 12, 28), end=md_onafter(p, 1, 3))],
  ["range", "egyptian_gulf_months", "future", "year_rollover"])
T("2019-04-01", "وبين عامي 2011 و2014 فقد الاقتصاد أكثر من نصف قيمته.",
  [E("بين عامي 2011 و2014", "DATE", "2011", end="2014")], ["range", "year", "clitic_prefix"])
p = "2023-04-20"
T(p, "ووصل الوفد إلى المنطقة بين 3 و6 أيار/مايو الماضي ضمن جولة تشاورية.",
  [E("بين 3 و6 أيار/مايو الماضي", "DATE", md_onbefore(p, 5, 3), end=md_onbefore(p, 5, 6))],
  ["range", "combined_months", "past"])

# --- durations ----------------------------------------------------------------------
T("2022-01-12", "وقضت المحكمة بسجن المتهمين خمس سنوات مع الأشغال الشاقة.",
  [E("خمس سنوات", "DURATION", "P5Y")], ["duration"])
T("2021-08-30", "وأنهت الولايات المتحدة حربا استمرت عقدين في أفغانستان.",
  [E("عقدين", "DURATION", "P20Y")], ["duration", "dual"])
T("2020-12-10", "وحكم الرئيس المخلوع البلاد لأكثر من ثلاثة عقود قبل أن يطيح به الجيش.",
  [E("أكثر من ثلاثة عقود", "DURATION", "P30Y")], ["duration", "approx", "clitic_prefix"])
T("2023-04-04", "واستمر حصار المدينة اثني عشر يوما قبل التوصل إلى اتفاق.",
  [E("اثني عشر يوما", "DURATION", "P12D")], ["duration", "number_words"])
T("2024-07-22", "وأمهلت المحكمة الحكومة 72 ساعة لتقديم ردها المكتوب.",
  [E("72 ساعة", "DURATION", "PT72H")], ["duration"])
T("2019-10-22", "وأُفرج عن الصحفي بعد عامين ونصف من الاحتجاز دون محاكمة.",
  [E("عامين ونصف", "DURATION", "P30M")], ["duration", "half", "dual"])
T("2022-05-01", "ويعتصم العمال أمام مقر الشركة منذ أسبوعين للمطالبة برواتبهم.",
  [E("أسبوعين", "DURATION", "P2W")], ["duration", "since_duration", "dual"])
T("2020-08-15", "ومددت الحكومة حالة الطوارئ ستة أشهر إضافية.",
  [E("ستة أشهر", "DURATION", "P6M")], ["duration"])
T("2021-10-05", "واستغرقت عملية إنقاذ العمال العالقين نحو ثلاث ساعات.",
  [E("نحو ثلاث ساعات", "DURATION", "PT3H")], ["duration", "approx"])
T("2023-09-01", "وشهد المشروع تأخيرا دام عشر سنوات بسبب الخلافات بين الشركاء.",
  [E("عشر سنوات", "DURATION", "P10Y")], ["duration"])
T("2024-03-18", "وتوقفت المباراة نصف ساعة بسبب الأمطار الغزيرة.",
  [E("نصف ساعة", "DURATION", "PT30M")], ["duration", "half", "sport", "weather"])
T("2022-11-28", "وتستمر الحملة الانتخابية سبعة أيام فقط وفق القانون الجديد.",
  [E("سبعة أيام", "DURATION", "P7D")], ["duration"])
T("2019-06-03", "وظل الطريق الدولي مغلقا يوما واحدا قبل أن تعيد السلطات فتحه.",
  [E("يوما واحدا", "DURATION", "P1D")], ["duration"])
p = "2023-02-20"
T(p, "وخلال الأيام الثلاثة الماضية انتشلت فرق الإنقاذ عشرات العالقين من تحت الأنقاض.",
  [E("الأيام الثلاثة الماضية", "DURATION", "P3D")], ["duration", "anchored_duration"])
T("2021-12-01", "وتستغرق الرحلة من العاصمة إلى الجزيرة ساعة ونصف الساعة.",
  [E("ساعة ونصف الساعة", "DURATION", "PT90M")], ["duration", "half"])
T("2024-10-10", "وعاد المعارض إلى بلاده بعدما أمضى أكثر من عشرين عاما في المنفى.",
  [E("أكثر من عشرين عاما", "DURATION", "P20Y")], ["duration", "approx"])
T("2020-04-01", "وأعلنت الحكومة عزلا شاملا لمدة 14 يوما في محاولة لاحتواء الوباء.",
  [E("14 يوما", "DURATION", "P14D")], ["duration"])
T("2022-06-14", "وتستغرق أعمال الترميم عاما كاملا وفق تقديرات المهندسين.",
  [E("عاما كاملا", "DURATION", "P1Y")], ["duration"])
T("2023-05-30", "وامتد الاجتماع قرابة خمس ساعات دون التوصل إلى اتفاق.",
  [E("قرابة خمس ساعات", "DURATION", "PT5H")], ["duration", "approx"])
T("2021-04-18", "وسجل المهاجم هدف التعادل قبل 10 دقائق من نهاية المباراة.",
  [E("10 دقائق", "DURATION", "PT10M")], ["duration", "sport", "trap_event_anchor"])
T("2024-02-01", "وتعهد الرئيس بإصلاح النظام الضريبي خلال ولايته الممتدة أربع سنوات.",
  [E("أربع سنوات", "DURATION", "P4Y")], ["duration"])
T("2019-12-12", "ويعاني سكان القرى من انقطاع الكهرباء منذ شهرين.",
  [E("شهرين", "DURATION", "P2M")], ["duration", "since_duration", "dual"])

# --- sets -------------------------------------------------------------------------
T("2020-04-15", "وتعلن وزارة الصحة يوميا حصيلة الإصابات الجديدة والوفيات.",
  [E("يوميا", "SET", "P1D")], ["set"])
T("2023-05-09", "ويجتمع الفريق الفني كل أسبوع لمراجعة سير العمل في المشروع.",
  [E("كل أسبوع", "SET", "P1W")], ["set"])
T("2022-07-07", "وتستورد البلاد سنويا نحو مليوني طن من القمح.",
  [E("سنويا", "SET", "P1Y")], ["set", "trap_quantity_nearby"])
T("2021-03-03", "ويصدر البنك المركزي أسبوعيا نشرة حول أسعار صرف العملات.",
  [E("أسبوعيا", "SET", "P1W")], ["set"])
T("2024-08-01", "وترتفع فاتورة الكهرباء شهريا بنحو 3 بالمئة وفق الخطة الحكومية.",
  [E("شهريا", "SET", "P1M")], ["set", "trap_quantity_nearby"])
p = "2019-11-20"
T(p, "ويتظاهر المحتجون كل يوم جمعة منذ شباط الماضي للمطالبة بالتغيير.",
  [E("كل يوم جمعة", "SET", "XXXX-WXX-5"), E("شباط الماضي", "DATE", m_before(p, 2))],
  ["set", "set_weekday", "levantine_months", "month_relative", "past"])
T("2023-10-01", "وتعقد الانتخابات البلدية كل أربع سنوات بموجب القانون.",
  [E("كل أربع سنوات", "SET", "P4Y")], ["set"])
T("2022-02-15", "وتصل قافلة مساعدات إنسانية إلى المخيم كل يوم عبر المعبر الحدودي.",
  [E("كل يوم", "SET", "P1D")], ["set"])
T("2021-06-20", "وتُنظّم القرعة مرة كل عامين بإشراف الاتحاد القاري.",
  [E("كل عامين", "SET", "P2Y")], ["set", "dual", "sport"])

# --- clock times --------------------------------------------------------------
p = "2022-09-20"
T(p, "وانطلقت عملية التصويت عند الساعة السابعة من صباح اليوم في جميع الدوائر.",
  [E("الساعة السابعة من صباح اليوم", "TIME", tod(p, "07:00"))], ["clock_time", "today", "elections"])
p = "2023-02-06"
T(p, "وضرب الزلزال جنوب تركيا عند الساعة 4:17 فجر الاثنين.",
  [E("الساعة 4:17 فجر الاثنين", "TIME", tod(wd_onbefore(p, "الاثنين"), "04:17"))], ["clock_time", "weekday", "past", "same_day"])
p = "2021-07-14"
T(p, "وسيبدأ حظر التجول عند الساعة العاشرة مساء الخميس في جميع المحافظات.",
  [E("الساعة العاشرة مساء الخميس", "TIME", tod(wd_after(p, "الخميس"), "22:00"))],
  ["clock_time", "weekday", "future"])
p = "2024-11-05"
T(p, "وتغلق مراكز الاقتراع أبوابها الساعة 20:00 بالتوقيت المحلي اليوم.",
  [E("الساعة 20:00", "TIME", tod(p, "20:00")), E("اليوم", "DATE", p)], ["clock_time", "today", "elections"])

# --- decades, centuries, quarters, halves, seasons ------------------------------
T("2020-02-02", "وشهدت الجزائر في تسعينيات القرن الماضي حربا أهلية دامية.",
  [E("تسعينيات القرن الماضي", "DATE", "199X")], ["decade"])
T("2022-05-22", "وكان الفريق قد هيمن على البطولات المحلية في الثمانينيات.",
  [E("الثمانينيات", "DATE", "198X")], ["decade", "sport"])
p = "2023-08-08"
T(p, "وبلغ النمو الاقتصادي 3 بالمئة في الربع الثاني من العام الجاري.",
  [E("الربع الثاني من العام الجاري", "DATE", f"{year(p)}-Q2")], ["quarter", "year_rel", "trap_quantity_nearby"])
T("2022-09-12", "وشهد صيف 2022 موجات جفاف غير مسبوقة في أوروبا.",
  [E("صيف 2022", "DATE", "2022-SU")], ["season", "weather"])
T("2021-09-01", "وتراجعت مبيعات السيارات الجديدة في النصف الأول من 2021.",
  [E("النصف الأول من 2021", "DATE", "2021-H1")], ["half_year"])
T("2019-03-30", "وبُني القصر في القرن التاسع عشر على الطراز العثماني.",
  [E("القرن التاسع عشر", "DATE", "18")], ["century"])
p = "2024-10-30"
T(p, "وتراجعت أرباح الشركة في الربع الثالث بنسبة كبيرة مقارنة بالعام الماضي.",
  [E("الربع الثالث", "DATE", f"{year(p)}-Q3"), E("العام الماضي", "DATE", year(p, -1))], ["quarter", "year_rel", "past"])
T("2023-12-04", "وتتوقع الأرصاد شتاء 2024 أكثر جفافا من المعتاد في المنطقة.",
  [E("شتاء 2024", "DATE", "2024-WI")], ["season", "weather"])

# --- PRESENT_REF ------------------------------------------------------------------
T("2022-04-04", "ولم يعد الشباب اليوم يثقون بالأحزاب التقليدية كما في الماضي.",
  [E("اليوم", "DATE", "PRESENT_REF")], ["present_ref", "trap_today_nowadays", "vague_not_annotated"])
p = "2021-10-10"
T(p, "وتختلف صناعة الإعلام اليوم جذريا عما كانت عليه قبل عشرين عاما.",
  [E("اليوم", "DATE", "PRESENT_REF"), E("قبل عشرين عاما", "DATE", year(p, -20))],
  ["present_ref", "trap_today_nowadays", "ago", "past"])

# --- invalid / unresolvable --------------------------------------------------------
T("2023-02-27", "وتضمنت الوثيقة المسرّبة تاريخ 31 فبراير 2023، ما أثار الشكوك حول صحتها.",
  [E("31 فبراير 2023", "DATE", None)], ["invalid_date", "unresolvable_null", "trap"])
T("2022-04-11", "وأشار المحضر إلى أن الحادثة وقعت في 30 شباط 2022 وفق ما دوّنه الموظف خطأً.",
  [E("30 شباط 2022", "DATE", None)], ["invalid_date", "unresolvable_null", "levantine_months", "trap"])
T("2024-05-05", "وتظهر الشهادة المزورة أن صلاحيتها تمتد حتى عام 99999.",
  [], ["negative", "bad_year", "trap"])
T("2021-01-18", "وحُدد موعد الجلسة في 45/13/2020 في خطأ مطبعي تداركته المحكمة لاحقا.",
  [], ["negative", "invalid_date", "numeric_date", "trap", "vague_not_annotated"])

# --- negatives and traps -------------------------------------------------------------
T("2023-01-10", "وأعلنت وزارة الدفاع نشر 2000 جندي إضافي على الحدود الشمالية.",
  [], ["negative", "trap_number_like_year"])
T("2022-05-05", "ودعت الشرطة المواطنين إلى الإبلاغ عن أي معلومات على الرقم المجاني 1999 أو 0791234567.",
  [], ["negative", "trap_phone_number", "trap_number_like_year"])
T("2021-08-12", "وطالب مجلس الوزراء اللبناني بتطبيق القرار 1701 بشكل كامل.",
  [], ["negative", "trap_number_like_year", "trap_resolution_number"])
T("2024-02-18", "وفاز الأهلي على الزمالك 2-1 في قمة الدوري المصري.",
  [], ["negative", "trap_score", "sport"])
T("2023-03-13", "وانتقد نواب من قوى 14 آذار تعطيل جلسات انتخاب رئيس الجمهورية.",
  [], ["negative", "trap_date_in_name", "levantine_months"])
T("2020-01-20", "وقالت رئيسة الوزراء البريطانية السابقة تيريزا ماي إن الاتفاق لا يزال ممكنا.",
  [], ["negative", "trap_month_name_as_person"])
T("2021-06-06", "وأعلنت شركة نيسان اليابانية سحب آلاف السيارات من الأسواق الخليجية.",
  [], ["negative", "trap_month_name_as_brand"])
T("2022-07-01", "وقال المتحدث إن اللجنة ستنظر في الطلب في وقت لاحق.",
  [], ["negative", "vague_not_annotated"])
T("2023-06-06", "وأكد الوزير أن الحكومة ستعلن قريبا عن حزمة إصلاحات اقتصادية جديدة.",
  [], ["negative", "vague_not_annotated"])
T("2021-11-11", "وشهدت المنطقة الحدودية مؤخرا تصاعدا في عمليات التهريب.",
  [], ["negative", "vague_not_annotated"])
T("2022-12-18", "وسجل المهاجم هدف الفوز في الدقيقة 90 من عمر المباراة.",
  [], ["negative", "trap_match_minute", "sport"])
T("2023-12-12", "وارتفع سعر أونصة الذهب إلى 2023 دولارا في التعاملات المبكرة.",
  [], ["negative", "trap_number_like_year", "economy"])
T("2020-05-15", "وأكد الأمين العام للأمم المتحدة أن الرأي العام الدولي لن يقبل باستمرار الحصار.",
  [], ["negative", "trap_aam_general"])
T("2021-03-24", "ونظّم اتحاد الكتاب أمسية شعرية في المركز الثقافي بمشاركة شعراء شباب.",
  [], ["negative", "trap_word_like_relative"])
T("2022-09-09", "ونقلت صحيفة الغد عن مصادر حكومية أن التعديل الوزاري بات وشيكا.",
  [], ["negative", "trap_date_in_name", "trap_word_like_relative"])
T("2023-10-18", "وذكر موقع اليوم السابع أن النيابة فتحت تحقيقا في الحادث.",
  [], ["negative", "trap_date_in_name", "trap_word_like_relative"])
T("2022-06-20", "ومارس الرئيس ضغوطا كبيرة على البرلمان لتمرير الموازنة.",
  [], ["negative", "trap_month_name_as_verb"])
T("2024-04-01", "وقال الرئيس التركي رجب طيب أردوغان إن بلاده لن تتراجع عن موقفها.",
  [], ["negative", "trap_month_name_as_person", "hijri"])
T("2019-10-04", "وانتقد الأمين العام السابق لحزب الاستقلال حميد شباط أداء الحكومة بشدة.",
  [], ["negative", "trap_month_name_as_person", "trap_aam_general"])
T("2023-08-25", "وسجل رمضان صبحي هدفين في شباك الفريق المنافس.",
  [], ["negative", "trap_month_name_as_person", "hijri", "sport"])
T("2021-10-13", "وقال رئيس تحالف عزم خميس الخنجر إن المفاوضات لتشكيل الحكومة مستمرة.",
  [], ["negative", "trap_weekday_as_person"])
T("2020-03-01", "وتخرّج الطبيب في جامعة 6 أكتوبر قبل أن يلتحق بوزارة الصحة.",
  [], ["negative", "trap_date_in_name"])
T("2022-11-02", "وقال أحد المسؤولين إن الاتفاق لم يُحسم بعد.",
  [], ["negative", "trap_weekday_like_word"])
T("2019-01-20", "وحلقت طائرات إف-16 فوق المنطقة لتأمين القافلة.",
  [], ["negative", "trap_model_number"])
T("2024-03-10", "ونشرت المجلة في عددها رقم 2015 تحقيقا موسعا عن الفساد في قطاع الصحة.",
  [], ["negative", "trap_number_like_year"])
T("2023-04-25", "وتحولت أزمة المياه إلى قضية الساعة في الشارع العراقي.",
  [], ["negative", "trap_word_like_time"])
T("2021-05-20", "وتواصل المملكة تنفيذ مشاريع رؤية 2030 في قطاعات السياحة والطاقة.",
  [], ["negative", "trap_date_in_name"])
T("2022-01-01", "وأصيب 1948 شخصا بفيروس كورونا خلال الساعات الأربع والعشرين الماضية.",
  [E("الساعات الأربع والعشرين الماضية", "DURATION", "PT24H")],
  ["trap_number_like_year", "duration", "anchored_duration", "health"])
T("2020-09-15", "وروى المزارع أنه سمع ذات يوم دوي انفجار قرب حقله.",
  [], ["negative", "vague_not_annotated"])
T("2022-02-22", "وشهدت البلاد في السنوات الأخيرة هجرة واسعة للكفاءات.",
  [], ["negative", "vague_not_annotated"])
p = "2023-03-14"
T(p, "وقال الشيخ علي جمعة في خطبة الجمعة الماضية إن التكافل واجب ديني.",
  [E("الجمعة الماضية", "DATE", wd_before(p, "الجمعة"))], ["trap_weekday_as_person", "weekday", "weekday_relative", "past"])
p = "2024-04-02"
T(p, "والتقى رجب طيب أردوغان نظيره العراقي الاثنين في أنقرة.",
  [E("الاثنين", "DATE", wd_onbefore(p, "الاثنين"))], ["trap_month_name_as_person", "weekday", "past"])
T("2022-03-29", "وطالب المندوب بإصدار قرار تحت الفصل السابع من ميثاق الأمم المتحدة.",
  [], ["negative", "trap_ordinal"])
p = "2023-05-14"
T(p, "وكان الفريق قد خسر مباراة الذهاب 3-0 في 30 أبريل على ملعبه.",
  [E("30 أبريل", "DATE", md_onbefore(p, 4, 30))], ["trap_score", "egyptian_gulf_months", "no_year", "past", "sport"])
T("2020-10-20", "وأعيد افتتاح الجسر الذي يربط شارع 26 يوليو بكورنيش النيل.",
  [], ["negative", "trap_date_in_name"])
T("2024-09-16", "وأعلنت الشركة إطلاق خدمات الجيل الخامس في 12 مدينة.",
  [], ["negative", "trap_ordinal"])
T("2021-02-08", "وأكد النائب العام أن التحقيقات ستشمل جميع المتورطين.",
  [], ["negative", "trap_aam_general"])
T("2022-10-03", "وأسفر الحادث عن إصابة 12 شخصا، نُقل 3 منهم إلى مستشفى 57357.",
  [], ["negative", "trap_date_in_name", "trap_number_like_year"])


# ============================== QUANTITIES ==============================
# --- digits --------------------------------------------------------------------------
Q("ونشرت وزارة الدفاع 1200 جندي على الحدود الشمالية لمواجهة عمليات التهريب.",
  [Q_("1200 جندي", 1200, "جندي")], ["digits", "counted_noun", "conflict"])
Q("وأعلن الجيش اعتراض 30 صاروخا أطلقت باتجاه المدن الجنوبية.",
  [Q_("30 صاروخا", 30, "صاروخ")], ["digits", "counted_noun", "conflict"])
Q("وقُتل 15 شخصا وأصيب 40 بجروح في انفجار سيارة مفخخة وسط السوق.",
  [Q_("15 شخصا", 15, "شخص"), Q_("40", 40, None)], ["digits", "counted_noun", "unit_null", "conflict"])
Q("واستقبلت مستشفيات المدينة 1,250 مصابا خلال يومين من القصف.",
  [Q_("1,250 مصابا", 1250, "مصاب")], ["digits", "thousands_separator", "counted_noun", "health", "duration_excluded"])
Q("ووزعت المنظمة ١٢٠٠ سلة غذائية على الأسر النازحة في المخيمات.",
  [Q_("١٢٠٠ سلة", 1200, "سلة")], ["arabic_indic_digits", "counted_noun", "aid"])
Q("وارتفع معدل التضخم السنوي إلى 7.5 بالمئة في أيار.",
  [Q_("7.5 بالمئة", 7.5, "%")], ["digits", "decimal", "percent", "economy"])
Q("وبلغ معدل النمو ١٫٥٪ في الربع الأخير من العام.",
  [Q_("١٫٥٪", 1.5, "%")], ["arabic_indic_digits", "decimal", "percent", "economy", "trap_fraction_word_as_quarter"])
Q("وسجلت وزارة الصحة ١٬٣٥٠ إصابة جديدة بالفيروس خلال الساعات الماضية.",
  [Q_("١٬٣٥٠ إصابة", 1350, "إصابة")], ["arabic_indic_digits", "thousands_separator", "counted_noun", "health"])
Q("ووصل سعر برميل خام برنت إلى 84.6 دولار في تعاملات الصباح.",
  [Q_("84.6 دولار", 84.6, "دولار")], ["digits", "decimal", "currency", "economy"])
Q("وقدّر البنك الدولي كلفة إعادة إعمار المدينة بنحو 3.5 مليار دولار.",
  [Q_("نحو 3.5 مليار دولار", 3.5e9, "دولار", True)], ["digits", "decimal", "scale_word", "currency", "approx", "clitic_prefix"])
Q("ويستضيف الأردن أكثر من 650 ألف لاجئ سوري مسجل لدى المفوضية.",
  [Q_("أكثر من 650 ألف لاجئ", 650000, "لاجئ", True)], ["digits", "scale_word", "counted_noun", "approx"])
Q("وصادرت السلطات 2.3 طن من المخدرات في ميناء العقبة.",
  [Q_("2.3 طن", 2.3, "طن")], ["digits", "decimal", "measure_unit"])
Q("وأطلقت الفصائل ما يقارب 200 قذيفة خلال ليلة واحدة.",
  [Q_("ما يقارب 200 قذيفة", 200, "قذيفة", True)], ["digits", "counted_noun", "approx", "conflict"])
Q("ويبلغ عدد سكان القاهرة الكبرى 21 مليون نسمة بحسب آخر التقديرات.",
  [Q_("21 مليون نسمة", 21_000_000, "نسمة")], ["digits", "scale_word", "counted_noun"])
Q("ورفعت الحكومة الحد الأدنى للأجور إلى 3500 جنيه شهريا.",
  [Q_("3500 جنيه", 3500, "جنيه")], ["digits", "currency", "economy"])
Q("وخصصت الحكومة العراقية 500 مليار دينار لدعم المحافظات المتضررة من السيول.",
  [Q_("500 مليار دينار", 500e9, "دينار")], ["digits", "scale_word", "currency", "economy"])
Q("وبلغت قيمة الاستثمارات الجديدة في قطاع التعدين 12 مليار ريال.",
  [Q_("12 مليار ريال", 12e9, "ريال")], ["digits", "scale_word", "currency", "economy"])
Q("ومنح الاتحاد الأوروبي تونس 150 مليون يورو لدعم الموازنة.",
  [Q_("150 مليون يورو", 150e6, "يورو")], ["digits", "scale_word", "currency", "economy"])
Q("وتراجعت العملة المحلية إلى 90 ألف ليرة مقابل الدولار في السوق الموازية.",
  [Q_("90 ألف ليرة", 90000, "ليرة")], ["digits", "scale_word", "currency", "economy"])
Q("وبلغت عائدات السياحة 8.6 مليار درهم خلال الربع الأول.",
  [Q_("8.6 مليار درهم", 8.6e9, "درهم")], ["digits", "decimal", "scale_word", "currency", "economy", "trap_fraction_word_as_quarter"])
Q("ورصد المرصد زهاء 40 غارة جوية على ريف إدلب الجنوبي.",
  [Q_("زهاء 40 غارة", 40, "غارة", True)], ["digits", "counted_noun", "approx", "conflict"])
Q("ونزحت قرابة 300 عائلة من القرى الحدودية بعد تجدد القصف.",
  [Q_("قرابة 300 عائلة", 300, "عائلة", True)], ["digits", "counted_noun", "approx", "conflict"])
Q("واعتقلت قوات الأمن حوالي 70 متظاهرا في وسط العاصمة.",
  [Q_("حوالي 70 متظاهرا", 70, "متظاهر", True)], ["digits", "counted_noun", "approx", "protest"])
Q("وأصيب ما يزيد على 120 شخصا بحالات اختناق جراء الغاز المسيل للدموع.",
  [Q_("ما يزيد على 120 شخصا", 120, "شخص", True)], ["digits", "counted_noun", "approx", "protest"])
Q("وحصل مرشح المعارضة على أقل من 5 بالمئة من الأصوات.",
  [Q_("أقل من 5 بالمئة", 5, "%", True)], ["digits", "percent", "approx", "elections"])
Q("وشارك ما لا يقل عن 10 آلاف شخص في المسيرة الاحتجاجية.",
  [Q_("ما لا يقل عن 10 آلاف شخص", 10000, "شخص", True)], ["digits", "scale_word", "counted_noun", "approx", "protest"])
Q("ويعمل في قطاع النسيج نحو من 400 ألف عامل معظمهم من النساء.",
  [Q_("نحو من 400 ألف عامل", 400000, "عامل", True)], ["digits", "scale_word", "counted_noun", "approx", "economy"])

# --- clitics -----------------------------------------------------------------------
Q("وعززت القوات مواقعها في المنطقة بـ1200 جندي إضافي.",
  [Q_("1200 جندي", 1200, "جندي")], ["digits", "clitic_prefix", "counted_noun", "conflict"])
Q("ودمرت الغارات 45 منزلا و300 خيمة في المخيم.",
  [Q_("45 منزلا", 45, "منزل"), Q_("300 خيمة", 300, "خيمة")], ["digits", "clitic_prefix", "counted_noun", "conflict"])
Q("وقدّرت الخسائر الأولية بـ٤٥ مليون دولار.",
  [Q_("٤٥ مليون دولار", 45e6, "دولار")], ["arabic_indic_digits", "clitic_prefix", "scale_word", "currency"])
Q("وخُصص الصندوق لـ50 ألف أسرة فقيرة في المناطق الريفية.",
  [Q_("50 ألف أسرة", 50000, "أسرة")], ["digits", "clitic_prefix", "scale_word", "counted_noun", "aid"])
Q("وارتفعت أسعار المواد الغذائية بـ12% خلال عام واحد.",
  [Q_("12%", 12, "%")], ["digits", "clitic_prefix", "percent", "economy"])
Q("وبيعت اللوحة بـ3 ملايين يورو في مزاد بلندن.",
  [Q_("3 ملايين يورو", 3e6, "يورو")], ["digits", "clitic_prefix", "scale_word", "currency"])
Q("وفاز الحزب بـ٧٥ مقعدا من أصل ١٣٨ في البرلمان.",
  [Q_("٧٥ مقعدا", 75, "مقعد"), Q_("١٣٨", 138, None)], ["arabic_indic_digits", "clitic_prefix", "counted_noun", "unit_null", "elections"])
Q("وتبرعت الشركة لـ20 مستشفى حكوميا بأجهزة تنفس اصطناعي.",
  [Q_("20 مستشفى", 20, "مستشفى")], ["digits", "clitic_prefix", "counted_noun", "health"])
Q("وأحالت النيابة 17 متهما إلى المحكمة، وأفرجت عن 9 آخرين بكفالة، وغرّمت الشركة بـ25 ألف دينار.",
  [Q_("17 متهما", 17, "متهم"), Q_("9", 9, None), Q_("25 ألف دينار", 25000, "دينار")],
  ["digits", "clitic_prefix", "counted_noun", "unit_null", "currency", "multi"])

# --- number words --------------------------------------------------------------------
Q("ولجأ ثلاثة آلاف لاجئ إلى المدارس بعد اشتداد المعارك.",
  [Q_("ثلاثة آلاف لاجئ", 3000, "لاجئ")], ["number_words", "compound", "counted_noun", "conflict"])
Q("ووزعت البلدية أربعة آلاف وستمئة بطانية على العائلات المتضررة من العاصفة.",
  [Q_("أربعة آلاف وستمئة بطانية", 4600, "بطانية")], ["number_words", "compound", "counted_noun", "weather", "aid"])
Q("وأسفر انهيار المبنى عن مقتل مئة وخمسين شخصا.",
  [Q_("مئة وخمسين شخصا", 150, "شخص")], ["number_words", "compound", "counted_noun"])
Q("ووصل مئة وخمسون متطوعا إلى المناطق المنكوبة للمساعدة في أعمال الإغاثة.",
  [Q_("مئة وخمسون متطوعا", 150, "متطوع")], ["number_words", "compound", "counted_noun", "aid"])
Q("وشارك في الاجتماع الوزاري عشرون وزيرا من دول المنطقة.",
  [Q_("عشرون وزيرا", 20, "وزير")], ["number_words", "counted_noun"])
Q("وأعيد بناء ألفي منزل في الموصل منذ انتهاء المعارك.",
  [Q_("ألفي منزل", 2000, "منزل")], ["number_words", "dual", "counted_noun"])
Q("وتضم البعثة الأممية ألفين وخمسمئة عنصر من جنسيات مختلفة.",
  [Q_("ألفين وخمسمئة عنصر", 2500, "عنصر")], ["number_words", "compound", "dual", "counted_noun"])
Q("وارتفع عدد ضحايا الفيضانات إلى ألفين بحسب الحصيلة الرسمية.",
  [Q_("ألفين", 2000, None)], ["number_words", "dual", "unit_null", "weather"])
Q("وقُتل خمسة أشخاص في حادث سير على الطريق الصحراوي.",
  [Q_("خمسة أشخاص", 5, "شخص")], ["number_words", "counted_noun", "plural_to_singular"])
Q("واعتقلت الأجهزة الأمنية أحد عشر ناشطا خلال مداهمات ليلية.",
  [Q_("أحد عشر ناشطا", 11, "ناشط")], ["number_words", "compound", "counted_noun"])
Q("وأفرجت السلطات عن سبعة وعشرين سجينا بموجب عفو رئاسي.",
  [Q_("سبعة وعشرين سجينا", 27, "سجين")], ["number_words", "compound", "counted_noun"])
Q("وتضم الحكومة الجديدة أربعة وعشرين وزيرا بينهم ست نساء.",
  [Q_("أربعة وعشرين وزيرا", 24, "وزير"), Q_("ست نساء", 6, "امرأة")],
  ["number_words", "compound", "counted_noun", "plural_to_singular"])
Q("ونفق ثلاثمئة رأس ماشية بسبب الجفاف في الجنوب.",
  [Q_("ثلاثمئة رأس", 300, "رأس")], ["number_words", "counted_noun", "weather"])
Q("وسقط اثنا عشر قتيلا في الاشتباكات التي اندلعت بين العشائر.",
  [Q_("اثنا عشر قتيلا", 12, "قتيل")], ["number_words", "compound", "counted_noun", "conflict"])
Q("وأصدرت المحكمة حكما بالسجن المؤبد على ثمانية متهمين.",
  [Q_("ثمانية متهمين", 8, "متهم")], ["number_words", "counted_noun", "plural_to_singular"])
Q("وتمتلك شركة الطيران الوطنية تسعين طائرة من طرازات مختلفة.",
  [Q_("تسعين طائرة", 90, "طائرة")], ["number_words", "counted_noun"])
Q("ووصل مليون ونصف المليون حاج إلى مكة المكرمة لأداء المناسك.",
  [Q_("مليون ونصف المليون حاج", 1.5e6, "حاج")], ["number_words", "scale_word", "half", "counted_noun"])
Q("وتقدّر الأمم المتحدة عدد النازحين داخليا بمليون ونصف.",
  [Q_("مليون ونصف", 1.5e6, None)], ["number_words", "scale_word", "half", "clitic_prefix", "unit_null"])
Q("وفقد نصف مليون شخص وظائفهم خلال الجائحة.",
  [Q_("نصف مليون شخص", 500000, "شخص")], ["number_words", "scale_word", "half", "counted_noun", "economy"])
Q("وتنتج الحقول الشمالية خمسمئة ألف برميل يوميا.",
  [Q_("خمسمئة ألف برميل", 500000, "برميل")], ["number_words", "compound", "scale_word", "measure_unit", "economy"])
Q("وجمعت الحملة الخيرية خمسة ملايين ريال خلال أسبوع.",
  [Q_("خمسة ملايين ريال", 5e6, "ريال")], ["number_words", "scale_word", "currency", "aid"])
Q("وشارك في السباق ثلاثمائة وخمسة وسبعون عداء من أربعين دولة.",
  [Q_("ثلاثمائة وخمسة وسبعون عداء", 375, "عداء"), Q_("أربعين دولة", 40, "دولة")],
  ["number_words", "compound", "counted_noun", "sport", "spelling_variant"])
Q("وتسلمت الوزارة عشر سيارات إسعاف مجهزة.",
  [Q_("عشر سيارات", 10, "سيارة")], ["number_words", "counted_noun", "plural_to_singular", "health"])
Q("وانتشلت فرق الدفاع المدني جثث تسعة عشر مهاجرا قبالة السواحل.",
  [Q_("تسعة عشر مهاجرا", 19, "مهاجر")], ["number_words", "compound", "counted_noun"])

# --- vague plurals ---------------------------------------------------------------------
Q("وقُتل عشرات المدنيين في قصف استهدف سوقا شعبيا.",
  [Q_("عشرات المدنيين", 10, "مدني", True)], ["vague_plural", "counted_noun", "approx", "conflict"])
Q("واعتقلت الشرطة مئات المحتجين خلال عطلة نهاية الأسبوع.",
  [Q_("مئات المحتجين", 100, "محتج", True)], ["vague_plural", "counted_noun", "approx", "protest"])
Q("وفرّ آلاف السكان من المدينة مع اقتراب المعارك.",
  [Q_("آلاف السكان", 1000, "ساكن", True)], ["vague_plural", "counted_noun", "approx", "conflict"])
Q("وشارك عشرات الآلاف في التظاهرات التي عمّت المدن الكبرى.",
  [Q_("عشرات الآلاف", 10000, None, True)], ["vague_plural", "scale_word", "unit_null", "approx", "protest"])
Q("ونزح مئات الآلاف عن منازلهم منذ بدء العمليات العسكرية.",
  [Q_("مئات الآلاف", 100000, None, True)], ["vague_plural", "scale_word", "unit_null", "approx", "conflict"])
Q("وحُرم ملايين الأطفال من التعليم بسبب إغلاق المدارس.",
  [Q_("ملايين الأطفال", 1e6, "طفل", True)], ["vague_plural", "counted_noun", "approx", "health"])
Q("وسجلت الوزارة عشرات الإصابات الجديدة في المخيمات.",
  [Q_("عشرات الإصابات", 10, "إصابة", True)], ["vague_plural", "counted_noun", "approx", "health"])
Q("وتسببت العاصفة في تضرر آلاف المنازل وانقطاع الكهرباء عن مئات القرى.",
  [Q_("آلاف المنازل", 1000, "منزل", True), Q_("مئات القرى", 100, "قرية", True)],
  ["vague_plural", "counted_noun", "approx", "weather", "multi"])
Q("وأنفقت الحكومة ملايين الدولارات على مشاريع لم تكتمل.",
  [Q_("ملايين الدولارات", 1e6, "دولار", True)], ["vague_plural", "currency", "approx", "economy"])

# --- dual ------------------------------------------------------------------------------
Q("وقُتل جنديان في هجوم على حاجز عسكري شرق البلاد.",
  [Q_("جنديان", 2, "جندي")], ["dual", "counted_noun", "conflict"])
Q("وأطلقت الفصائل صاروخين باتجاه القاعدة الجوية دون وقوع إصابات.",
  [Q_("صاروخين", 2, "صاروخ")], ["dual", "counted_noun", "conflict"])
Q("ونصب الهلال الأحمر ألفي خيمة في المخيم الجديد.",
  [Q_("ألفي خيمة", 2000, "خيمة")], ["dual", "number_words", "counted_noun", "aid"])
Q("وتلقت البلدية منحة بقيمة مليوني دولار لتأهيل شبكة المياه.",
  [Q_("مليوني دولار", 2e6, "دولار")], ["dual", "scale_word", "currency"])
Q("واعتقلت الشرطة شخصين يُشتبه في تورطهما في عملية السطو.",
  [Q_("شخصين", 2, "شخص")], ["dual", "counted_noun"])
Q("وأقر البرلمان اتفاقية قرض بقيمة ملياري دولار مع صندوق النقد الدولي.",
  [Q_("ملياري دولار", 2e9, "دولار")], ["dual", "scale_word", "currency", "economy"])
Q("وأحرز المهاجم هدفين في الشوط الثاني ليقود فريقه إلى الفوز.",
  [Q_("هدفين", 2, "هدف")], ["dual", "counted_noun", "sport"])
Q("وأصيب طفلان بجروح طفيفة جراء سقوط شظايا على منزلهما.",
  [Q_("طفلان", 2, "طفل")], ["dual", "counted_noun", "conflict"])

# --- fractions and percentages ------------------------------------------------------------
Q("ودُمّر نصف المباني في الحي الشرقي بشكل كامل.",
  [Q_("نصف", 0.5, None)], ["fraction", "conflict"])
Q("ويعيش ربع السكان تحت خط الفقر، وفق تقرير أممي.",
  [Q_("ربع", 0.25, None)], ["fraction", "economy"])
Q("وفقدت العملة الوطنية ثلث قيمتها في غضون أشهر.",
  [Q_("ثلث", 0.3333, None)], ["fraction", "economy"])
Q("وتسيطر القوات الحكومية على ثلثي مساحة البلاد.",
  [Q_("ثلثي", 0.6667, None)], ["fraction", "dual", "conflict"])
Q("وبلغت نسبة المشاركة في الانتخابات 40 بالمئة.",
  [Q_("40 بالمئة", 40, "%")], ["percent", "digits", "elections"])
Q("وفاز المرشح بـ 52 في المئة من الأصوات في الجولة الثانية.",
  [Q_("52 في المئة", 52, "%")], ["percent", "digits", "clitic_prefix", "elections"])
Q("وارتفع معدل البطالة بين الشباب إلى 40%.",
  [Q_("40%", 40, "%")], ["percent", "digits", "economy"])
Q("وانخفضت الصادرات النفطية بنسبة ١٢٪ مقارنة بالعام السابق.",
  [Q_("١٢٪", 12, "%")], ["percent", "arabic_indic_digits", "economy"])
Q("وتراجعت الأسهم القيادية 3.2 بالمائة في ختام التداولات.",
  [Q_("3.2 بالمائة", 3.2, "%")], ["percent", "decimal", "spelling_variant", "economy"])
Q("وارتفعت نسبة الفقر إلى 27 في المائة.",
  [Q_("27 في المائة", 27, "%")], ["percent", "digits", "spelling_variant", "economy"])
Q("وخفض البنك المركزي سعر الفائدة بنصف نقطة مئوية.",
  [Q_("نصف نقطة", 0.5, "نقطة")], ["fraction", "clitic_prefix", "economy"])
Q("وزادت مبيعات الشركة بنسبة عشرين بالمئة هذا العام.",
  [Q_("عشرين بالمئة", 20, "%")], ["percent", "number_words", "economy"])
Q("وأظهر استطلاع أن ٦٥٫٤ في المئة من المشاركين يؤيدون الإصلاحات.",
  [Q_("٦٥٫٤ في المئة", 65.4, "%")], ["percent", "arabic_indic_digits", "decimal", "elections"])
Q("وتغطي الغابات ربع مساحة الإقليم، فيما تراجعت المساحات المزروعة بنحو 15%.",
  [Q_("ربع", 0.25, None), Q_("نحو 15%", 15, "%", True)], ["fraction", "percent", "approx", "clitic_prefix", "multi"])

# --- scale words ---------------------------------------------------------------------------
Q("ويعاني 3 ملايين طفل من سوء التغذية الحاد في البلاد.",
  [Q_("3 ملايين طفل", 3e6, "طفل")], ["scale_word", "digits", "counted_noun", "health"])
Q("وتبلغ الكلفة الإجمالية للمشروع 2.5 مليار دولار.",
  [Q_("2.5 مليار دولار", 2.5e9, "دولار")], ["scale_word", "decimal", "currency", "economy"])
Q("وأنتجت البلاد 1.2 مليون طن من القمح في الموسم الماضي.",
  [Q_("1.2 مليون طن", 1.2e6, "طن")], ["scale_word", "decimal", "measure_unit", "economy"])
Q("وبلغ الدين العام ١٠٠ مليار دولار للمرة الأولى.",
  [Q_("١٠٠ مليار دولار", 100e9, "دولار")], ["scale_word", "arabic_indic_digits", "currency", "economy"])
Q("وبلغ حجم التبادل التجاري بين البلدين 7 مليارات درهم.",
  [Q_("7 مليارات درهم", 7e9, "درهم")], ["scale_word", "digits", "currency", "economy"])
Q("وضخّت المملكة 9.5 مليون برميل يوميا خلال الشهر الماضي.",
  [Q_("9.5 مليون برميل", 9.5e6, "برميل")], ["scale_word", "decimal", "measure_unit", "economy"])
Q("ويحتاج القطاع الصحي إلى ٢٫٤ مليون جرعة إضافية من اللقاح.",
  [Q_("٢٫٤ مليون جرعة", 2.4e6, "جرعة")], ["scale_word", "arabic_indic_digits", "decimal", "counted_noun", "health"])
Q("وصوّت 3 ملايين ناخب في الجولة الأولى.",
  [Q_("3 ملايين ناخب", 3e6, "ناخب")], ["scale_word", "digits", "counted_noun", "elections"])

# --- measures, sport, weather, health, elections, multi ---------------------------------
Q("وسجلت درجات الحرارة 48 درجة في الكويت، وهي الأعلى في المنطقة.",
  [Q_("48 درجة", 48, "درجة")], ["measure_unit", "digits", "weather"])
Q("وأُغلق الطريق السريع على امتداد 15 كيلومترا بسبب الثلوج.",
  [Q_("15 كيلومترا", 15, "كيلومتر")], ["measure_unit", "digits", "weather"])
Q("ويبلغ إنتاج الحقل 250 ألف برميل يوميا.",
  [Q_("250 ألف برميل", 250000, "برميل")], ["measure_unit", "scale_word", "digits", "economy"])
Q("وتولّد المحطة الشمسية 600 ميغاواط من الكهرباء.",
  [Q_("600 ميغاواط", 600, "ميغاواط")], ["measure_unit", "digits", "economy"])
Q("وبلغت كمية الأمطار المتساقطة على العاصمة 80 ملم في ساعات.",
  [Q_("80 ملم", 80, "ملم")], ["measure_unit", "digits", "weather"])
Q("وضرب زلزال بقوة 6.8 درجات على مقياس ريختر منطقة الأطلس الكبير.",
  [Q_("6.8 درجات", 6.8, "درجة")], ["measure_unit", "decimal", "clitic_prefix", "plural_to_singular"])
Q("والتهم الحريق مساحة 300 هكتار من الغابات.",
  [Q_("300 هكتار", 300, "هكتار")], ["measure_unit", "digits", "weather"])
Q("وأكد البيان أن القصف أدى إلى مقتل 7 مدنيين بينهم 3 أطفال وتدمير 12 منزلا.",
  [Q_("7 مدنيين", 7, "مدني"), Q_("3 أطفال", 3, "طفل"), Q_("12 منزلا", 12, "منزل")],
  ["multi", "digits", "counted_noun", "plural_to_singular", "conflict"])
Q("وصوّت 65 نائبا لصالح القانون مقابل 42 نائبا عارضوه وامتناع 8.",
  [Q_("65 نائبا", 65, "نائب"), Q_("42 نائبا", 42, "نائب"), Q_("8", 8, None)],
  ["multi", "digits", "counted_noun", "unit_null", "elections"])
Q("وبلغت الموازنة 12.4 مليار دينار بعجز قدره 2.1 مليار دينار.",
  [Q_("12.4 مليار دينار", 12.4e9, "دينار"), Q_("2.1 مليار دينار", 2.1e9, "دينار")],
  ["multi", "scale_word", "decimal", "currency", "economy"])
Q("وتصدّر المنتخب المغربي مجموعته بفارق 3 نقاط عن أقرب منافسيه.",
  [Q_("3 نقاط", 3, "نقطة")], ["digits", "counted_noun", "plural_to_singular", "sport"])
Q("وسجل اللاعب 25 هدفا في 30 مباراة هذا الموسم.",
  [Q_("25 هدفا", 25, "هدف"), Q_("30 مباراة", 30, "مباراة")], ["multi", "digits", "counted_noun", "sport"])
Q("وحصد الرباع 3 ميداليات ذهبية في البطولة العربية.",
  [Q_("3 ميداليات", 3, "ميدالية")], ["digits", "counted_noun", "plural_to_singular", "sport"])
Q("وحصلت القائمة على 1,845,300 صوت في الدوائر الانتخابية الكبرى.",
  [Q_("1,845,300 صوت", 1845300, "صوت")], ["digits", "thousands_separator", "counted_noun", "elections"])
Q("وتلقى أكثر من 4 ملايين شخص جرعتين من اللقاح.",
  [Q_("أكثر من 4 ملايين شخص", 4e6, "شخص", True), Q_("جرعتين", 2, "جرعة")],
  ["multi", "scale_word", "approx", "dual", "counted_noun", "health"])
Q("وتوقعت الأرصاد هطول 100 ملم من الأمطار وانخفاض الحرارة إلى 5 درجات.",
  [Q_("100 ملم", 100, "ملم"), Q_("5 درجات", 5, "درجة")], ["multi", "measure_unit", "plural_to_singular", "weather"])
Q("وسجل ميزان المدفوعات فائضا بقيمة 620 مليون دولار، مقارنة بعجز بلغ 1.1 مليار دولار.",
  [Q_("620 مليون دولار", 620e6, "دولار"), Q_("1.1 مليار دولار", 1.1e9, "دولار")],
  ["multi", "scale_word", "decimal", "currency", "economy"])
Q("واحترقت 14 سيارة في موقف تابع للمستشفى.",
  [Q_("14 سيارة", 14, "سيارة")], ["digits", "counted_noun"])
Q("ودخلت 9 شاحنات تحمل مساعدات طبية عبر المعبر.",
  [Q_("9 شاحنات", 9, "شاحنة")], ["digits", "counted_noun", "plural_to_singular", "aid"])
Q("وأسقطت الدفاعات الجوية 6 طائرات مسيّرة فوق العاصمة.",
  [Q_("6 طائرات", 6, "طائرة")], ["digits", "counted_noun", "plural_to_singular", "conflict"])
Q("وقدّمت الولايات المتحدة 400 مليون دولار مساعدات عسكرية إضافية.",
  [Q_("400 مليون دولار", 400e6, "دولار")], ["scale_word", "digits", "currency", "conflict"])
Q("ونُقل 38 جريحا إلى مستشفيات المدينة، حالة بعضهم حرجة.",
  [Q_("38 جريحا", 38, "جريح")], ["digits", "counted_noun", "health"])
Q("وتم ترحيل ٤٢٠ مهاجرا غير نظامي إلى بلدانهم.",
  [Q_("٤٢٠ مهاجرا", 420, "مهاجر")], ["arabic_indic_digits", "counted_noun"])
Q("وفُقد 23 بحارا إثر غرق سفينة الشحن قبالة السواحل.",
  [Q_("23 بحارا", 23, "بحار")], ["digits", "counted_noun"])
Q("وارتفع سعر ربطة الخبز من 10 إلى 15 قرشا.",
  [Q_("10", 10, "قرش"), Q_("15 قرشا", 15, "قرش")], ["range", "digits", "currency", "economy"])
Q("وتتراوح أعداد المقاتلين المحاصرين بين 200 و300 مقاتل.",
  [Q_("200", 200, "مقاتل"), Q_("300 مقاتل", 300, "مقاتل")], ["range", "digits", "clitic_prefix", "conflict"])
Q("وقُدّرت قيمة الأضرار بـ١٫٢ مليار جنيه.",
  [Q_("١٫٢ مليار جنيه", 1.2e9, "جنيه")], ["arabic_indic_digits", "decimal", "scale_word", "clitic_prefix", "currency"])
Q("وارتفع عدد الوفيات بالحمى إلى 14 حالة، بينهم طفلان.",
  [Q_("14 حالة", 14, "حالة"), Q_("طفلان", 2, "طفل")], ["multi", "digits", "dual", "counted_noun", "health"])
Q("وأعلنت الوزارة تسجيل 3 وفيات و250 إصابة جديدة بالكوليرا.",
  [Q_("3 وفيات", 3, "وفاة"), Q_("250 إصابة", 250, "إصابة")],
  ["multi", "digits", "clitic_prefix", "counted_noun", "plural_to_singular", "health"])
Q("ويتقاضى المعلم المبتدئ راتبا شهريا قدره 400 دينار.",
  [Q_("400 دينار", 400, "دينار")], ["digits", "currency", "economy"])
Q("وأصيب 4 أشخاص بجروح طفيفة جراء تصادم حافلتين على الطريق الساحلي.",
  [Q_("4 أشخاص", 4, "شخص"), Q_("حافلتين", 2, "حافلة")], ["digits", "counted_noun", "plural_to_singular", "dual", "multi"])
Q("وارتفعت حصيلة الاشتباكات القبلية إلى 15 قتيلا و32 جريحا.",
  [Q_("15 قتيلا", 15, "قتيل"), Q_("32 جريحا", 32, "جريح")], ["digits", "counted_noun", "clitic_prefix", "multi", "conflict"])

# --- negatives and traps ---------------------------------------------------------------------
Q("واندلعت الاحتجاجات عام 2011 في عدة مدن قبل أن تتحول إلى نزاع مسلح.",
  [], ["negative", "trap_year"])
Q("وصدر القرار بتاريخ 14/3/2019 ونُشر في الجريدة الرسمية.",
  [], ["negative", "trap_date"])
Q("وللاستفسار يرجى الاتصال على الرقم 0791234567 أو الخط الساخن 911.",
  [], ["negative", "trap_phone_number"])
Q("وأعلن الجيش انتشار الفرقة الرابعة في محيط العاصمة.",
  [], ["negative", "trap_ordinal", "conflict"])
Q("وبدأت الجلسة الساعة 10 صباحا بحضور جميع الأعضاء.",
  [], ["negative", "trap_time_of_day"])
Q("وتنص المادة 5 من الدستور على استقلال السلطة القضائية.",
  [], ["negative", "trap_article_number"])
Q("وفاز الوداد على الرجاء 2-1 في ديربي الدار البيضاء.",
  [], ["negative", "trap_score", "sport"])
Q("وحلّ المنتخب في المرتبة الثالثة عالميا في التصنيف الأخير.",
  [], ["negative", "trap_ordinal", "sport"])
Q("وشدد مجلس الأمن في القرار 2254 على ضرورة الحل السياسي.",
  [], ["negative", "trap_resolution_number"])
Q("ووقعت الاشتباكات على الطريق الدولي M5 قرب معرة النعمان.",
  [], ["negative", "trap_road_number", "conflict"])
Q("ودخل القانون حيز التنفيذ في الأول من يناير.",
  [], ["negative", "trap_date", "trap_ordinal"])
Q("وأجريت الانتخابات التشريعية في 15 مايو 2018.",
  [], ["negative", "trap_date", "elections"])
Q("وحلقت طائرات إف-16 فوق المدينة على علو منخفض.",
  [], ["negative", "trap_model_number"])
Q("وقال أحد الضباط إن الوضع تحت السيطرة بالكامل.",
  [], ["negative", "trap_ahad"])
Q("وخاض الفريق مباراته الأولى في المجموعة الثانية أمام منتخب اليابان.",
  [], ["negative", "trap_ordinal", "sport"])
Q("وانطلقت الجولة الخامسة من المفاوضات في جنيف.",
  [], ["negative", "trap_ordinal"])
Q("واعتمدت الحكومة رؤية 2030 إطارا للإصلاحات الاقتصادية.",
  [], ["negative", "trap_year", "trap_name_with_number"])
Q("واستمرت المحادثات ثلاثة أيام دون تحقيق اختراق.",
  [], ["negative", "duration_excluded"])
Q("واستمر الحصار 48 ساعة قبل أن تنسحب القوات.",
  [], ["negative", "duration_excluded", "conflict"])
Q("ويقع مقر الوزارة في الطابق السابع من المبنى الحكومي.",
  [], ["negative", "trap_ordinal"])
Q("وشارك الرئيس في قمة مجموعة العشرين في نيودلهي.",
  [], ["negative", "trap_name_with_number"])
Q("واتفق وزراء مالية مجموعة السبع على تحديد سقف لسعر النفط.",
  [], ["negative", "trap_name_with_number", "economy"])
Q("وقال الجيش إن الوحدة 8200 المتخصصة في الاستخبارات الإلكترونية شاركت في العملية.",
  [], ["negative", "trap_name_with_number"])
Q("ويحيي الفلسطينيون ذكرى نكبة 1948 بمسيرات في المدن والمخيمات.",
  [], ["negative", "trap_year"])
Q("وتنشر روسيا منظومات إس-400 في قاعدة حميميم.",
  [], ["negative", "trap_model_number"])
Q("وأطلقت الشركة خدمات الجيل الخامس في العاصمة.",
  [], ["negative", "trap_ordinal"])
Q("ووقّع الاتحاد الأوروبي الحزمة العاشرة من العقوبات.",
  [], ["negative", "trap_ordinal"])
Q("وقُتل عام 2011 ستون متظاهرا في يوم واحد.",
  [Q_("ستون متظاهرا", 60, "متظاهر")], ["trap_year", "number_words", "counted_noun", "duration_excluded", "protest"])
Q("واحتفل النادي بلقبه العشرين في تاريخه بعد فوزه 3-0 في المباراة الختامية.",
  [], ["negative", "trap_ordinal", "trap_score", "sport"])
Q("وقالت مصادر طبية إن الحالة الصحية للمصاب مستقرة منذ صباح الثلاثاء.",
  [], ["negative", "no_numbers"])
Q("ونُقل المصابون إلى مستشفى 57357 لعلاج سرطان الأطفال.",
  [], ["negative", "trap_name_with_number", "health"])
Q("ويبدأ التوقيت الصيفي عند الساعة الثانية فجرا من يوم الجمعة 29 مارس.",
  [], ["negative", "trap_time_of_day", "trap_date"])


# --------------------------------------------------------------------------- validation
TYPES = {"DATE", "TIME", "DURATION", "SET"}
DATE_RE = re.compile(r"^(\d{4}(-(\d{2}(-\d{2})?|W\d{2}|Q[1-4]|H[12]|SP|SU|FA|WI))?|\d{3}X|\d{2}|PRESENT_REF)$")
TIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T(\d{2}:\d{2}|MO|AF|EV|NI)$")
DUR_RE = re.compile(r"^P(\d+(\.\d+)?[YMWD])+$|^PT\d+(\.\d+)?[HMS]$")
SET_RE = re.compile(r"^P\d+[YMWD]$|^XXXX-WXX-[1-7]$")
CLITICS = set("وبلفك")
GLUED = re.compile(r"^[وبلفك](ـ|[0-9\u0660-\u0669]|ال)")
ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u066E-\u06D3A-Za-z0-9\u0660-\u0669]")


def _occurs_ok(sentence: str, text: str) -> tuple[bool, str]:
    i = sentence.find(text)
    if i < 0:
        return False, "not a substring"
    # the span must end at a word boundary and start at one (after an optional clitic)
    while i >= 0:
        after = sentence[i + len(text): i + len(text) + 1]
        before = sentence[max(0, i - 2): i]
        end_ok = not after or not ARABIC_LETTER.match(after)
        if not before or not ARABIC_LETTER.match(before[-1:]):
            start_ok = True
        elif before[-1] in CLITICS and (len(before) < 2 or not ARABIC_LETTER.match(before[0])):
            start_ok = True  # one clitic letter glued in front (و، ب، ل، ف، ك)
        elif before[-1] == "ـ":
            start_ok = True
        else:
            start_ok = False
        if end_ok and start_ok:
            return True, ""
        i = sentence.find(text, i + 1)
    return False, "not on a word boundary"


def _check_date_value(v: str) -> None:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v[:10]):
        date.fromisoformat(v[:10])
    if re.fullmatch(r"\d{4}-\d{2}", v):
        assert 1 <= int(v[5:]) <= 12, v
    if re.fullmatch(r"\d{4}-W\d{2}", v):
        date.fromisocalendar(int(v[:4]), int(v[6:]), 1)


def validate(times: list[dict], quants: list[dict]) -> list[str]:
    errs: list[str] = []
    ids = set()
    for c in times:
        where = c["id"]
        if where in ids:
            errs.append(f"{where}: duplicate id")
        ids.add(where)
        date.fromisoformat(c["published"])
        for e in c["expected"]:
            ok, why = _occurs_ok(c["sentence"], e["text"])
            if not ok:
                errs.append(f"{where}: {e['text']!r} {why}")
            if e["type"] not in TYPES:
                errs.append(f"{where}: bad type {e['type']}")
            v = e["value"]
            if v is None:
                continue
            try:
                if e["type"] == "DATE":
                    assert DATE_RE.match(v), v
                    _check_date_value(v)
                    if "end" in e:
                        assert DATE_RE.match(e["end"]) and e["end"] >= v, e["end"]
                        _check_date_value(e["end"])
                elif e["type"] == "TIME":
                    assert TIME_RE.match(v), v
                    _check_date_value(v)
                elif e["type"] == "DURATION":
                    assert DUR_RE.match(v), v
                else:
                    assert SET_RE.match(v), v
            except Exception as ex:  # noqa: BLE001
                errs.append(f"{where}: bad value {v!r} ({ex})")
        if not c["tags"]:
            errs.append(f"{where}: no tags")
        for e in c["expected"]:
            if GLUED.match(e["text"]):
                errs.append(f"{where}: {e['text']!r} starts with a glued clitic")
        texts = collections.Counter(e["text"] for e in c["expected"])
        for t, n in texts.items():
            if c["sentence"].count(t) < n:
                errs.append(f"{where}: {t!r} listed {n}x")
    for c in quants:
        where = c["id"]
        if where in ids:
            errs.append(f"{where}: duplicate id")
        ids.add(where)
        for e in c["expected"]:
            ok, why = _occurs_ok(c["sentence"], e["text"])
            if not ok:
                errs.append(f"{where}: {e['text']!r} {why}")
            if not isinstance(e["value"], (int, float)) or isinstance(e["value"], bool):
                errs.append(f"{where}: value not a number")
            if not isinstance(e["approximate"], bool):
                errs.append(f"{where}: approximate not bool")
            if e["unit"] is not None and (not isinstance(e["unit"], str) or not e["unit"]):
                errs.append(f"{where}: bad unit")
        if not c["tags"]:
            errs.append(f"{where}: no tags")
        for e in c["expected"]:
            if GLUED.match(e["text"]):
                errs.append(f"{where}: {e['text']!r} starts with a glued clitic")
    return errs


def _norm_num(x):
    if isinstance(x, float) and x.is_integer():
        return int(x)
    return x


def write(files: tuple[str, str] = ("times_gold.jsonl", "quantities_gold.jsonl"), times: list[dict] | None = None, quants: list[dict] | None = None) -> None:
    """Write a set's two files (default: this set's)."""
    times = TIMES if times is None else times
    quants = QUANTS if quants is None else quants
    for c in quants:
        for e in c["expected"]:
            e["value"] = _norm_num(e["value"])
    for name, rows in zip(files, (times, quants)):
        with open(HERE / name, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")


def load(name: str) -> list[dict]:
    with open(HERE / name, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def report(times: list[dict], quants: list[dict]) -> None:
    for label, rows in (("times", times), ("quantities", quants)):
        tags = collections.Counter(t for r in rows for t in r["tags"])
        n_exp = sum(len(r["expected"]) for r in rows)
        n_neg = sum(1 for r in rows if not r["expected"])
        print(f"{label}: {len(rows)} cases, {n_exp} expected items, {n_neg} with an empty list")
        print("  " + ", ".join(f"{t} {n}" for t, n in sorted(tags.items(), key=lambda kv: (-kv[1], kv[0]))))
    types = collections.Counter(e["type"] for r in times for e in r["expected"])
    print("times by type:", dict(types))


def main() -> int:
    if "--check" not in sys.argv:
        write()
    times, quants = load("times_gold.jsonl"), load("quantities_gold.jsonl")
    errs = validate(times, quants)
    for e in errs:
        print("ERROR", e)
    report(times, quants)
    assert len(times) >= 170, len(times)
    assert len(quants) >= 120, len(quants)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
