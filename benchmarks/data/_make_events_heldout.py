#!/usr/bin/env python3
"""Build the held-out set for issue 7 (political events coded in PLOVER).

Writes events_heldout.jsonl beside this file, then validates it and prints counts.

Written by a second author who read only the conventions in README.md ("Events gold")
and the generator of events_gold.jsonl, not that set's sentences, so that the event
extractor can be checked on text it was never tuned on. Same record shape, same span
notation (``"#n"`` selects the n-th occurrence, overlapping hits counted), same checks;
the minimum counts are smaller (3 sentences per type, 70 with events, 30 negatives).

    python benchmarks/data/_make_events_heldout.py          # rewrite + validate
    python benchmarks/data/_make_events_heldout.py --check  # validate the file only

Written for rasd; Apache-2.0.
"""
from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "events_heldout.jsonl"
ID_PREFIX = "h-ev"

MIN_PER_TYPE = 3
MIN_NEGATIVES = 30
MIN_POSITIVES = 70
sys.path.insert(0, str(HERE))
# the ontology and the clitic lists are the first set's (benchmarks/data/_make_events_gold.py)
from _make_events_gold import CLITICS, ENCLITICS, MODES, TYPES, _LOWER  # noqa: E402,F401


def E(trigger, type_, mode=None, s=None, t=None, loc=None, time=None,
      neg=False, fut=False, dem=False):
    return {"trigger": trigger, "type": type_, "mode": mode, "negated": neg, "future": fut,
            "demanded": dem, "source": s, "target": t, "location": loc, "time_text": time}


def C(published, sentence, events, *tags):
    return (published, sentence, events, list(tags))

# ---------------------------------------------------------------------------
# Sentences with events
# ---------------------------------------------------------------------------
POS = [
    # ---------------- AGREE ----------------
    C("2024-03-18", "وقعت الحكومة الصومالية وإدارة بونتلاند في مقديشو اتفاقا لتقاسم عائدات الموانئ.",
      [E("وقعت", "AGREE", s="الحكومة الصومالية", t="إدارة بونتلاند", loc="مقديشو")],
      "verb", "vso", "trap_waw_root", "horn_of_africa"),
    C("2024-04-22", "ويعتزم المجلس العسكري في النيجر التوقيع على اتفاق دفاعي مع روسيا خلال زيارة وزير الدفاع الروسي إلى نيامي.",
      [E("التوقيع", "AGREE", s="المجلس العسكري في النيجر", t="روسيا", loc="نيامي", fut=True),
       E("زيارة", "CONSULT", "visit", s="وزير الدفاع الروسي", loc="نيامي", fut=True)],
      "verbal_noun", "future", "yatazim", "two_events", "sahel"),
    C("2023-07-30", "لم يتوصل الجيش السوداني وقوات الدعم السريع إلى اتفاق في جدة حتى الآن.",
      [E("اتفاق", "AGREE", s="الجيش السوداني", t="قوات الدعم السريع", loc="جدة", neg=True)],
      "verbal_noun", "light_verb", "negated", "lam", "trap_hatta_negated_no_time"),
    C("2024-10-14", "واتفق البرلمان الليبي والمجلس الأعلى للدولة الاثنين على تشكيل حكومة موحدة.",
      [E("اتفق", "AGREE", s="البرلمان الليبي", t="المجلس الأعلى للدولة", time="الاثنين")],
      "verb", "vso", "embedded_content_not_coded", "maghreb"),
    C("2023-04-16", "وقد أبرم اتفاق لتبادل الأسرى بين الحوثيين والحكومة اليمنية برعاية أممية في مسقط.",
      [E("اتفاق", "AGREE", s="الحوثيين", t="الحكومة اليمنية", loc="مسقط")],
      "verbal_noun", "light_verb", "passive", "bayna_pair", "embedded_content_not_coded", "yemen"),
    C("2025-02-03", "وإذا وقعت أديس أبابا وأسمرة اتفاقا حدوديا جديدا فإن ذلك سينهي عقدين من التوتر.",
      [E("وقعت", "AGREE", s="أديس أبابا", t="أسمرة", dem=True)],
      "verb", "demanded", "idha", "trap_waw_root"),

    # ---------------- CONSULT ----------------
    C("2024-05-08", "استقبل الرئيس الموريتاني في نواكشوط الأربعاء وفدا من الاتحاد الأفريقي.",
      [E("استقبل", "CONSULT", "visit", s="الرئيس الموريتاني", t="وفدا من الاتحاد الأفريقي", loc="نواكشوط", time="الأربعاء")],
      "verb", "vso", "host_is_source"),
    C("2024-01-21", "وتلقى أمير الكويت اتصالا هاتفيا من الرئيس الإيراني تناول العلاقات الثنائية.",
      [E("اتصالا", "CONSULT", "phone", s="الرئيس الإيراني", t="أمير الكويت")],
      "verbal_noun", "light_verb", "trap_received_call", "gulf"),
    C("2024-09-02", "ومن المقرر أن تستأنف في نيروبي الأسبوع المقبل المفاوضات بين الحكومة الإثيوبية وجيش تحرير أورومو.",
      [E("المفاوضات", "CONSULT", s="الحكومة الإثيوبية", t="جيش تحرير أورومو", loc="نيروبي", time="الأسبوع المقبل", fut=True)],
      "verbal_noun", "bayna_pair", "future", "min_al_muqarrar", "horn_of_africa"),
    C("2023-07-24", "ولم يلتق الرئيس التونسي قيس سعيد أي مسؤول أوروبي خلال قمة روما.",
      [E("يلتق", "CONSULT", s="الرئيس التونسي قيس سعيد", neg=True),
       E("قمة", "CONSULT", "multilateral", loc="روما")],
      "verb", "verbal_noun", "negated", "lam", "two_events", "same_type_twice", "background_event_coded", "europe"),
    C("2024-06-11", "وتناولت المحادثات التي جرت في الرباط بين وزير الخارجية المغربي ناصر بوريطة ونظيره الموريتاني أمن الحدود المشتركة.",
      [E("المحادثات", "CONSULT", s="وزير الخارجية المغربي ناصر بوريطة", t="نظيره الموريتاني", loc="الرباط")],
      "verbal_noun", "bayna_pair", "maghreb"),
    C("2024-02-27", "وزير الدفاع السعودي يبحث في واشنطن مع المسؤولين الأمريكيين ملف الأمن البحري.",
      [E("يبحث", "CONSULT", s="وزير الدفاع السعودي", t="المسؤولين الأمريكيين", loc="واشنطن")],
      "verb", "svo", "headline", "gulf"),
    C("2025-01-13", "واجتمع رئيس الوزراء اللبناني بقائد الجيش في السراي الحكومي لبحث انتشار الوحدات العسكرية جنوب الليطاني.",
      [E("اجتمع", "CONSULT", s="رئيس الوزراء اللبناني", t="قائد الجيش", loc="السراي الحكومي")],
      "verb", "vso", "purpose_not_coded", "levant"),

    # ---------------- SUPPORT ----------------
    C("2023-06-05", "وثمن مجلس الأمن الدولي جهود الوساطة التي تبذلها قطر بين كيغالي وكينشاسا.",
      [E("ثمن", "SUPPORT", "praise", s="مجلس الأمن الدولي", t="قطر")],
      "verb", "vso", "embedded_content_not_coded", "trap_bayna_in_content"),
    C("2024-11-19", "وأيدت الجامعة العربية بالإجماع ترشيح الدبلوماسي المصري لمنصب المدير العام لليونسكو.",
      [E("أيدت", "SUPPORT", s="الجامعة العربية", t="الدبلوماسي المصري")],
      "verb", "vso"),
    C("2024-03-02", "وجددت موسكو تأييدها للمجلس العسكري الحاكم في بوركينا فاسو.",
      [E("تأييد", "SUPPORT", s="موسكو", t="مجلس العسكري الحاكم في بوركينا فاسو")],
      "verbal_noun", "enclitic_outside", "lil_article", "sahel"),
    C("2022-07-26", "ولم تبد واشنطن أي تأييد لخطة الانتخابات المبكرة في تونس.",
      [E("تأييد", "SUPPORT", s="واشنطن", neg=True)],
      "verbal_noun", "light_verb", "negated", "lam", "topic_place_not_location"),
    C("2024-04-03", "وهنأ العاهل المغربي الملك محمد السادس الرئيس السنغالي الجديد بفوزه في الانتخابات.",
      [E("هنأ", "SUPPORT", "praise", s="العاهل المغربي الملك محمد السادس", t="الرئيس السنغالي الجديد")],
      "verb", "vso", "sahel"),
    C("2023-07-18", "واعترفت إسرائيل بسيادة المغرب على الصحراء الغربية في يوليو 2023.",
      [E("اعترفت", "SUPPORT", "recognize", s="إسرائيل", t="المغرب", time="يوليو 2023")],
      "verb", "vso", "maghreb"),

    # ---------------- CONCEDE ----------------
    C("2024-08-12", "وأطلقت جماعة الشباب سراح ثلاثة من موظفي الإغاثة الكينيين بعد وساطة قبلية.",
      [E("أطلقت", "CONCEDE", "release", s="جماعة الشباب", t="موظفي الإغاثة الكينيين"),
       E("وساطة", "CONSULT", "third-party")],
      "verb", "verbal_noun", "two_events", "background_event_coded", "trap_atlaqa_sarah", "horn_of_africa"),
    C("2024-05-27", "وأعلنت الحكومة التشادية رفع حظر التجول المفروض على العاصمة نجامينا منذ شهرين.",
      [E("رفع", "CONCEDE", "policy", s="الحكومة التشادية", loc="العاصمة نجامينا")],
      "verbal_noun", "embedded_content_not_coded", "trap_lifted_curfew_not_coerce", "sahel"),
    C("2024-09-05", "وأعلنت جبهة فانو وقف إطلاق النار من جانب واحد في إقليم أمهرة اعتبارا من منتصف ليل الجمعة.",
      [E("وقف إطلاق النار", "CONCEDE", "ceasefire", s="جبهة فانو", loc="إقليم أمهرة", time="منتصف ليل الجمعة")],
      "verbal_noun", "multiword_trigger", "horn_of_africa"),
    C("2024-01-30", "ولن تطلق إسرائيل سراح الأسرى الفلسطينيين قبل تسلم قائمة الرهائن الأحياء.",
      [E("تطلق", "CONCEDE", "release", s="إسرائيل", t="الأسرى الفلسطينيين", neg=True, fut=True)],
      "verb", "negated", "future", "lan", "levant"),
    C("2024-07-05", "وأصدر الرئيس الجزائري عفوا عن أكثر من ألفي سجين بمناسبة عيد الاستقلال.",
      [E("عفوا", "CONCEDE", "release", s="الرئيس الجزائري", t="أكثر من ألفي سجين")],
      "verbal_noun", "light_verb", "maghreb"),
    C("2024-06-26", "وتراجعت الحكومة الكينية عن زيادة الضرائب بعد احتجاجات دامية.",
      [E("تراجعت", "CONCEDE", "policy", s="الحكومة الكينية"),
       E("احتجاجات", "PROTEST", "demonstrate")],
      "verb", "verbal_noun", "two_events", "background_event_coded", "implicit_source"),

    # ---------------- COOPERATE ----------------
    C("2024-02-14", "وتعاونت أجهزة الاستخبارات المغربية والإسبانية في تعقب شبكة لتهريب المهاجرين.",
      [E("تعاونت", "COOPERATE", "intelligence", s="أجهزة الاستخبارات المغربية والإسبانية")],
      "verb", "vso", "maghreb", "europe"),
    C("2024-10-28", "وأجرت القوات البحرية السعودية والمصرية مناورات مشتركة في البحر الأحمر الأسبوع الماضي.",
      [E("مناورات", "COOPERATE", "military", s="القوات البحرية السعودية والمصرية", loc="البحر الأحمر", time="الأسبوع الماضي")],
      "verbal_noun", "light_verb", "gulf"),
    C("2024-12-09", "وسيوسع الأردن والعراق التعاون الأمني على الحدود لمكافحة تهريب المخدرات.",
      [E("التعاون", "COOPERATE", "security", s="الأردن", t="العراق", fut=True)],
      "verbal_noun", "future", "sa", "purpose_not_coded", "levant", "iraq"),
    C("2023-05-15", "وتنسق تركيا وقطر مواقفهما بشأن الملف السوري.",
      [E("تنسق", "COOPERATE", "diplomatic", s="تركيا", t="قطر")],
      "verb", "vso", "gulf"),
    C("2023-09-20", "ولم تعد فرنسا تتعاون عسكريا مع المجلس العسكري في مالي.",
      [E("تتعاون", "COOPERATE", "military", s="فرنسا", t="المجلس العسكري في مالي", neg=True)],
      "verb", "negated", "lam", "trap_lam_yaud", "sahel"),
    C("2024-03-07", "وستتبادل مالي وبوركينا فاسو والنيجر المعلومات الاستخباراتية ضمن تحالف دول الساحل.",
      [E("تتبادل", "COOPERATE", "intelligence", s="مالي", t="بوركينا فاسو والنيجر", fut=True)],
      "verb", "future", "sa", "sahel"),

    # ---------------- AID ----------------
    C("2024-04-15", "ووصلت إلى ميناء بورتسودان سفينة محملة بثلاثة آلاف طن من المساعدات الغذائية المقدمة من السعودية.",
      [E("المساعدات", "AID", "humanitarian", s="السعودية", loc="ميناء بورتسودان")],
      "verbal_noun", "participle_adjective_not_coded"),
    C("2024-07-29", "وصرف صندوق النقد الدولي لمصر شريحة جديدة بقيمة 1.2 مليار دولار من القرض المتفق عليه.",
      [E("صرف", "AID", "economic", s="صندوق النقد الدولي", t="مصر")],
      "verb", "vso", "participle_adjective_not_coded"),
    C("2024-06-20", "وستقدم اليابان منحة بقيمة عشرين مليون دولار لدعم اللاجئين السودانيين في تشاد.",
      [E("منحة", "AID", "humanitarian", s="اليابان", t="اللاجئين السودانيين", loc="تشاد", fut=True)],
      "verbal_noun", "light_verb", "future", "sa", "purpose_not_coded", "sahel"),
    C("2023-11-02", "ومنحت ألمانيا حق اللجوء لمعارض مصري بارز.",
      [E("اللجوء", "AID", "asylum", s="ألمانيا", t="معارض مصري بارز")],
      "verbal_noun", "light_verb", "europe"),
    C("2024-08-08", "وتعهدت واشنطن بتزويد الجيش اللبناني بمعدات عسكرية خلال العام المقبل.",
      [E("تزويد", "AID", "military", s="واشنطن", t="الجيش اللبناني", time="العام المقبل", fut=True)],
      "verbal_noun", "future", "pledge", "levant"),
    C("2024-11-25", "ولم تصل أي مساعدات إنسانية إلى مدينة الفاشر منذ ثلاثة أشهر.",
      [E("مساعدات", "AID", "humanitarian", loc="مدينة الفاشر", neg=True)],
      "verbal_noun", "negated", "lam", "implicit_source"),

    # ---------------- RETREAT ----------------
    C("2024-08-06", "وأكملت القوات الألمانية انسحابها من النيجر في أغسطس.",
      [E("انسحاب", "RETREAT", "withdraw", s="القوات الألمانية", loc="النيجر", time="أغسطس")],
      "verbal_noun", "enclitic_outside", "sahel"),
    C("2024-05-02", "ستسحب بعثة الاتحاد الأفريقي في الصومال ألفي جندي من قواعدها بحلول نهاية يونيو.",
      [E("تسحب", "RETREAT", "withdraw", s="بعثة الاتحاد الأفريقي في الصومال", time="نهاية يونيو", fut=True)],
      "verb", "future", "sa", "horn_of_africa"),
    C("2025-03-10", "وسلم مئات من مقاتلي حركة 23 مارس أسلحتهم إلى الجيش الكونغولي في غوما.",
      [E("سلم", "RETREAT", "disarm", s="مقاتلي حركة 23 مارس", t="الجيش الكونغولي", loc="غوما")],
      "verb", "vso"),
    C("2024-12-17", "ولن تغادر القوات الروسية قاعدة حميميم في المدى المنظور، بحسب مصدر عسكري.",
      [E("تغادر", "RETREAT", "withdraw", s="القوات الروسية", loc="قاعدة حميميم", neg=True, fut=True)],
      "verb", "negated", "future", "lan", "levant"),
    C("2022-08-31", "وأخلت فصائل مسلحة مقراتها في المنطقة الخضراء ببغداد الليلة الماضية.",
      [E("أخلت", "RETREAT", "withdraw", s="فصائل مسلحة", loc="المنطقة الخضراء ببغداد", time="الليلة الماضية")],
      "verb", "vso", "iraq"),
    C("2021-11-16", "وانسحبت قوات العمالقة من مواقعها في محيط مدينة الحديدة الثلاثاء.",
      [E("انسحبت", "RETREAT", "withdraw", s="قوات العمالقة", loc="محيط مدينة الحديدة", time="الثلاثاء")],
      "verb", "vso", "yemen"),

    # ---------------- REQUEST ----------------
    C("2023-09-11", "ودعا الاتحاد الأفريقي المجلس العسكري في غينيا إلى تسليم السلطة للمدنيين في أقرب وقت.",
      [E("دعا", "REQUEST", "concede", s="الاتحاد الأفريقي", t="المجلس العسكري في غينيا")],
      "verb", "vso", "embedded_content_not_coded", "sahel"),
    C("2024-03-25", "وطالبت منظمة العفو الدولية السلطات البحرينية بالإفراج عن المعتقلين السياسيين.",
      [E("طالبت", "REQUEST", "concede", s="منظمة العفو الدولية", t="السلطات البحرينية")],
      "verb", "vso", "demand_is_request", "participle_adjective_not_coded", "gulf"),
    C("2024-10-10", "وحثت واشنطن أنقرة على سحب قواتها من شمال سوريا.",
      [E("حثت", "REQUEST", "retreat", s="واشنطن", t="أنقرة")],
      "verb", "vso", "demand_is_request", "topic_place_not_location", "levant"),
    C("2024-01-05", "وطلب العراق رسميا الخميس من التحالف الدولي إنهاء مهمته العسكرية على أراضيه.",
      [E("طلب", "REQUEST", "retreat", s="العراق", t="التحالف الدولي", time="الخميس")],
      "verb", "vso", "demand_is_request", "iraq"),
    C("2024-07-01", "وستطلب الجزائر الأسبوع المقبل من مجلس الأمن عقد جلسة طارئة.",
      [E("تطلب", "REQUEST", "consult", s="الجزائر", t="مجلس الأمن", time="الأسبوع المقبل", fut=True)],
      "verb", "future", "sa", "embedded_content_not_coded", "maghreb"),
    C("2024-10-03", "ولم تطلب الحكومة اللبنانية أي مساعدة عسكرية من فرنسا.",
      [E("تطلب", "REQUEST", "aid", s="الحكومة اللبنانية", t="فرنسا", neg=True)],
      "verb", "negated", "lam", "embedded_content_not_coded", "levant"),

    # ---------------- ACCUSE ----------------
    C("2024-01-03", "وحملت وزارة الخارجية الصومالية إثيوبيا مسؤولية تقويض سيادة البلاد.",
      [E("حملت", "ACCUSE", "allege", s="وزارة الخارجية الصومالية", t="إثيوبيا")],
      "verb", "vso", "horn_of_africa"),
    C("2024-04-25", "واستنكرت جامعة الدول العربية اقتحام مستوطنين باحات المسجد الأقصى.",
      [E("استنكرت", "ACCUSE", "disapprove", s="جامعة الدول العربية", t="مستوطنين")],
      "verb", "vso", "embedded_content_not_coded", "topic_place_not_location", "levant"),
    C("2023-02-14", "وفتحت النيابة العامة الفرنسية تحقيقا في شبهات تمويل ليبي لحملة الرئيس الأسبق.",
      [E("تحقيقا", "ACCUSE", "investigate", s="النيابة العامة الفرنسية")],
      "verbal_noun", "light_verb", "europe"),
    C("2022-06-08", "وتقدمت الحكومة العراقية بشكوى إلى مجلس الأمن ضد تركيا بسبب القصف في دهوك.",
      [E("شكوى", "ACCUSE", "allege", s="الحكومة العراقية", t="تركيا"),
       E("القصف", "ASSAULT", loc="دهوك")],
      "verbal_noun", "light_verb", "two_events", "background_event_coded", "implicit_source", "iraq"),
    C("2024-03-04", "ولم يتهم البيان الختامي أي طرف بالمسؤولية عن تفجير مقديشو.",
      [E("يتهم", "ACCUSE", "allege", s="البيان الختامي", neg=True)],
      "verb", "negated", "lam", "embedded_content_not_coded", "horn_of_africa"),
    C("2023-10-09", "واتهم برنامج الأغذية العالمي الحوثيين بنهب شحنات القمح في الحديدة.",
      [E("اتهم", "ACCUSE", "allege", s="برنامج الأغذية العالمي", t="الحوثيين")],
      "verb", "vso", "embedded_content_not_coded", "topic_place_not_location", "yemen"),

    # ---------------- REJECT ----------------
    C("2023-11-16", "وأبدت الحكومة السودانية رفضها القاطع لنشر قوات أفريقية على أراضيها.",
      [E("رفض", "REJECT", "mobilize", s="الحكومة السودانية")],
      "verbal_noun", "light_verb", "enclitic_outside", "embedded_content_not_coded"),
    C("2024-03-08", "واستخدمت روسيا حق النقض ضد مشروع قرار يدعو إلى وقف إطلاق النار في السودان.",
      [E("النقض", "REJECT", s="روسيا")],
      "verbal_noun", "light_verb", "embedded_content_not_coded", "trap_ceasefire_in_content"),
    C("2024-02-19", "ولم ترفض الحكومة الإثيوبية دعوة كينيا للحوار، لكنها اشترطت وقف الهجمات أولا.",
      [E("ترفض", "REJECT", "consult", s="الحكومة الإثيوبية", t="كينيا", neg=True)],
      "verb", "negated", "lam", "embedded_content_not_coded", "horn_of_africa"),
    C("2023-06-21", "والبرلمان الكويتي رفض بأغلبية كبيرة مشروع قانون الاتفاقية الأمنية الخليجية.",
      [E("رفض", "REJECT", "agree", s="البرلمان الكويتي")],
      "verb", "svo", "embedded_content_not_coded", "gulf"),
    C("2024-02-05", "وسترفض المعارضة السنغالية أي تأجيل للانتخابات الرئاسية.",
      [E("ترفض", "REJECT", s="المعارضة السنغالية", fut=True)],
      "verb", "future", "sa", "sahel"),

    # ---------------- THREATEN ----------------
    C("2024-05-14", "وتوعدت جماعة نصرة الإسلام والمسلمين باستهداف القوافل العسكرية على طريق غاو.",
      [E("توعدت", "THREATEN", "assault", s="جماعة نصرة الإسلام والمسلمين")],
      "verb", "vso", "embedded_content_not_coded", "topic_place_not_location", "sahel"),
    C("2023-08-04", "وهدد الاتحاد الأوروبي بتعليق مساعداته إلى النيجر إذا لم يفرج المجلس العسكري عن الرئيس محمد بازوم.",
      [E("هدد", "THREATEN", "sanction", s="الاتحاد الأوروبي", t="النيجر")],
      "verb", "vso", "embedded_content_not_coded", "trap_condition_of_threat", "sahel"),
    C("2023-10-13", "ولوح رئيس الوزراء الإثيوبي باستخدام القوة للوصول إلى البحر الأحمر.",
      [E("لوح", "THREATEN", "assault", s="رئيس الوزراء الإثيوبي")],
      "verb", "vso", "embedded_content_not_coded", "horn_of_africa"),
    C("2023-09-04", "ولم تهدد الكويت بسحب سفيرها من بغداد رغم الأزمة الحدودية.",
      [E("تهدد", "THREATEN", "sanction", s="الكويت", neg=True)],
      "verb", "negated", "lam", "embedded_content_not_coded", "generic_war_not_coded", "gulf", "iraq"),
    C("2024-04-10", "إيران تحذر إسرائيل من رد ساحق إذا استهدفت منشآتها النووية.",
      [E("تحذر", "THREATEN", "assault", s="إيران", t="إسرائيل")],
      "verb", "svo", "headline", "trap_condition_of_threat"),
    C("2023-12-12", "وهدد رئيس الوزراء المجري باستخدام حق النقض ضد حزمة المساعدات الأوروبية لأوكرانيا.",
      [E("هدد", "THREATEN", "reject", s="رئيس الوزراء المجري")],
      "verb", "vso", "embedded_content_not_coded", "europe"),

    # ---------------- PROTEST ----------------
    C("2023-12-04", "أضرب المعلمون في المغرب عن العمل للأسبوع الثالث احتجاجا على نظام التوظيف الجديد.",
      [E("أضرب", "PROTEST", "strike", s="المعلمون", loc="المغرب")],
      "verb", "vso", "purpose_not_coded", "maghreb"),
    C("2024-12-28", "وتظاهر آلاف الصرب في بلغراد مساء السبت ضد الحكومة.",
      [E("تظاهر", "PROTEST", "demonstrate", s="آلاف الصرب", t="الحكومة", loc="بلغراد", time="مساء السبت")],
      "verb", "vso", "europe"),
    C("2024-09-16", "وقطع محتجون غاضبون الطريق الرابط بين صنعاء والحديدة.",
      [E("قطع", "PROTEST", "obstruct", s="محتجون غاضبون", loc="الطريق الرابط بين صنعاء والحديدة")],
      "verb", "vso", "trap_bayna_places", "yemen"),
    C("2024-02-12", "ويواصل معتقلون فلسطينيون إضرابهم عن الطعام في سجن عوفر منذ عشرين يوما.",
      [E("إضراب", "PROTEST", "hunger-strike", s="معتقلون فلسطينيون", loc="سجن عوفر", time="عشرين يوما")],
      "verbal_noun", "enclitic_outside", "levant"),
    C("2023-04-20", "وستقاطع أحزاب المعارضة الموريتانية الانتخابات التشريعية المقبلة.",
      [E("تقاطع", "PROTEST", "boycott", s="أحزاب المعارضة الموريتانية", fut=True)],
      "verb", "future", "sa", "maghreb"),
    C("2024-07-03", "ولم تشهد العاصمة الكينية نيروبي أي أعمال شغب خلال احتجاجات الثلاثاء.",
      [E("شغب", "PROTEST", "riot", loc="العاصمة الكينية نيروبي", neg=True),
       E("احتجاجات", "PROTEST", "demonstrate", loc="العاصمة الكينية نيروبي", time="الثلاثاء")],
      "verbal_noun", "negated", "lam", "two_events", "same_type_twice", "implicit_source"),

    # ---------------- SANCTION ----------------
    C("2023-12-11", "وفرض الاتحاد الأوروبي حزمة عقوبات جديدة على قادة المجلس العسكري في مالي.",
      [E("عقوبات", "SANCTION", s="الاتحاد الأوروبي", t="قادة المجلس العسكري في مالي")],
      "verbal_noun", "light_verb", "sahel"),
    C("2024-07-31", "واستدعت الجزائر سفيرها لدى مدريد للتشاور.",
      [E("استدعت", "SANCTION", "diplomatic", s="الجزائر", t="مدريد")],
      "verb", "vso", "purpose_not_coded", "trap_istadaa_ambassador", "maghreb", "europe"),
    C("2023-09-13", "وأعلنت بوركينا فاسو طرد ثلاثة دبلوماسيين فرنسيين من أراضيها.",
      [E("طرد", "SANCTION", "diplomatic", s="بوركينا فاسو", t="ثلاثة دبلوماسيين فرنسيين")],
      "verbal_noun", "trap_tard_diplomats", "sahel"),
    C("2018-12-14", "وفرضت الأمم المتحدة حظرا على توريد الأسلحة إلى جنوب السودان.",
      [E("حظرا", "SANCTION", "embargo", s="الأمم المتحدة", t="جنوب السودان")],
      "verbal_noun", "light_verb", "horn_of_africa"),
    C("2024-05-30", "وسيفرض الاتحاد الأوروبي رسوما إضافية على الحبوب القادمة من روسيا وبيلاروسيا اعتبارا من يوليو.",
      [E("رسوما", "SANCTION", "economic", s="الاتحاد الأوروبي", t="روسيا وبيلاروسيا", time="يوليو", fut=True)],
      "verbal_noun", "light_verb", "future", "sa", "europe"),

    # ---------------- MOBILIZE ----------------
    C("2024-05-13", "وحشدت قوات الدعم السريع آلاف المقاتلين حول مدينة الفاشر.",
      [E("حشدت", "MOBILIZE", "troops", s="قوات الدعم السريع", loc="مدينة الفاشر")],
      "verb", "vso"),
    C("2024-12-30", "ونشرت السلطات الفرنسية أربعين ألف شرطي في أنحاء البلاد ليلة رأس السنة.",
      [E("نشرت", "MOBILIZE", "police", s="السلطات الفرنسية", time="ليلة رأس السنة")],
      "verb", "vso", "europe"),
    C("2024-04-14", "وأعلنت القوات المسلحة الأردنية حالة التأهب القصوى على الحدود الشمالية.",
      [E("التأهب", "MOBILIZE", "alert", s="القوات المسلحة الأردنية")],
      "verbal_noun", "light_verb", "levant"),
    C("2023-10-09", "واستدعى الجيش الإسرائيلي خمسين ألفا من جنود الاحتياط تحسبا لتصعيد على الجبهة الشمالية.",
      [E("استدعى", "MOBILIZE", "troops", s="الجيش الإسرائيلي")],
      "verb", "vso", "trap_istadaa_reservists", "purpose_not_coded", "levant"),
    C("2023-08-07", "وسترسل الحكومة الإثيوبية وحدات إضافية من الجيش إلى إقليم أمهرة.",
      [E("ترسل", "MOBILIZE", "troops", s="الحكومة الإثيوبية", loc="إقليم أمهرة", fut=True)],
      "verb", "future", "sa", "horn_of_africa"),
    C("2023-05-30", "ونشرت قوة كفور تعزيزات إضافية في شمال كوسوفو بعد اشتباكات بين الشرطة ومحتجين صرب.",
      [E("تعزيزات", "MOBILIZE", "troops", s="قوة كفور", loc="شمال كوسوفو"),
       E("اشتباكات", "ASSAULT", s="الشرطة", t="محتجين صرب")],
      "verbal_noun", "light_verb", "two_events", "background_event_coded", "bayna_pair", "europe"),

    # ---------------- COERCE ----------------
    C("2023-06-02", "وأوقفت الشرطة السنغالية عشرات من أنصار المعارض عثمان سونكو في داكار.",
      [E("أوقفت", "COERCE", "arrest", s="الشرطة السنغالية", t="أنصار المعارض عثمان سونكو", loc="داكار")],
      "verb", "vso", "trap_awqafa_arrest", "sahel"),
    C("2024-02-21", "واحتجز صحفيان بريطانيان في مطار طرابلس لساعات قبل ترحيلهما.",
      [E("احتجز", "COERCE", "arrest", t="صحفيان بريطانيان", loc="مطار طرابلس"),
       E("ترحيل", "COERCE", "deport", t="صحفيان بريطانيان")],
      "verb", "verbal_noun", "passive", "enclitic_outside", "two_events", "same_type_twice", "implicit_source", "maghreb"),
    C("2025-04-23", "وحظرت السلطات الأردنية جماعة الإخوان المسلمين وصادرت ممتلكاتها.",
      [E("حظرت", "COERCE", "ban", s="السلطات الأردنية", t="جماعة الإخوان المسلمين"),
       E("صادرت", "COERCE", "seize", s="السلطات الأردنية", t="جماعة الإخوان المسلمين")],
      "verb", "vso", "two_events", "same_type_twice", "shared_subject", "levant"),
    C("2023-08-10", "وحجبت الحكومة الإثيوبية منصات التواصل الاجتماعي في إقليم أوروميا.",
      [E("حجبت", "COERCE", "censor", s="الحكومة الإثيوبية", loc="إقليم أوروميا")],
      "verb", "vso", "horn_of_africa"),
    C("2024-05-15", "وستفرض السلطات في كاليدونيا الجديدة حظر التجول ليلا اعتبارا من الخميس.",
      [E("حظر التجول", "COERCE", "curfew", s="السلطات", loc="كاليدونيا الجديدة", time="الخميس", fut=True)],
      "verbal_noun", "multiword_trigger", "light_verb", "future", "sa", "europe"),
    C("2023-07-20", "ونفت وزارة الداخلية العراقية أن تكون قد اعتقلت أي ناشط في احتجاجات البصرة.",
      [E("اعتقلت", "COERCE", "arrest", s="وزارة الداخلية العراقية", loc="البصرة", neg=True),
       E("احتجاجات", "PROTEST", "demonstrate", loc="البصرة")],
      "verb", "verbal_noun", "negated", "nafa", "embedded_pronoun_source", "two_events", "background_event_coded", "iraq"),
    C("2024-02-01", "وفرقت الشرطة الفرنسية بالغاز المسيل للدموع مسيرة لمزارعين غاضبين قرب مقر البرلمان الأوروبي في ستراسبورغ.",
      [E("فرقت", "COERCE", s="الشرطة الفرنسية", t="مزارعين غاضبين", loc="ستراسبورغ"),
       E("مسيرة", "PROTEST", "demonstrate", s="مزارعين غاضبين", loc="ستراسبورغ")],
      "verb", "verbal_noun", "two_events", "europe"),

    # ---------------- ASSAULT ----------------
    C("2024-06-14", "وقصفت مسيرات تركية مواقع لحزب العمال الكردستاني في جبال قنديل فجر الجمعة.",
      [E("قصفت", "ASSAULT", "drone", s="مسيرات تركية", t="حزب العمال الكردستاني", loc="جبال قنديل", time="فجر الجمعة")],
      "verb", "vso", "trap_masirat_drones", "iraq"),
    C("2024-03-15", "واستهدف هجوم انتحاري بسيارة مفخخة نقطة تفتيش في مقديشو أمس، مما أسفر عن مقتل سبعة جنود.",
      [E("استهدف", "ASSAULT", "explosion", loc="مقديشو", time="أمس")],
      "verb", "one_event_repeated_mention", "result_not_coded", "implicit_source", "horn_of_africa"),
    C("2024-01-18", "وخطف مسلحون مجهولون أربعة مهندسين صينيين في ولاية زمفرة شمال غربي نيجيريا.",
      [E("خطف", "ASSAULT", "abduct", s="مسلحون مجهولون", t="أربعة مهندسين صينيين", loc="ولاية زمفرة")],
      "verb", "vso", "sahel"),
    C("2024-09-23", "واغتيل قيادي في حركة الشباب بعبوة ناسفة زرعت في سيارته بمدينة كسمايو.",
      [E("اغتيل", "ASSAULT", "assassinate", t="قيادي في حركة الشباب", loc="مدينة كسمايو")],
      "verb", "passive", "implicit_source", "one_event_elaboration", "horn_of_africa"),
    C("2019-04-09", "ولم يطلق الجنود النار على المتظاهرين في الخرطوم، بحسب بيان للجيش.",
      [E("يطلق", "ASSAULT", "firearms", s="الجنود", t="المتظاهرين", loc="الخرطوم", neg=True)],
      "verb", "negated", "lam", "participle_adjective_not_coded"),
    C("2024-10-02", "وإذا هاجمت إسرائيل منشآت نفطية إيرانية فإن طهران سترد بضرب القواعد الأمريكية في الخليج.",
      [E("هاجمت", "ASSAULT", s="إسرائيل", dem=True),
       E("ضرب", "ASSAULT", s="طهران", t="القواعد الأمريكية", loc="الخليج", fut=True, dem=True)],
      "verb", "verbal_noun", "demanded", "idha", "future", "sa", "two_events", "same_type_twice", "gulf"),
    C("2023-05-08", "وتعرضت مدينة خاركيف لقصف مدفعي عنيف ليل الأحد.",
      [E("قصف", "ASSAULT", "artillery", loc="مدينة خاركيف", time="ليل الأحد")],
      "verbal_noun", "implicit_source", "europe"),
    C("2024-01-20", "وأطلقت فصائل عراقية مسلحة صواريخ على قاعدة حرير في أربيل.",
      [E("أطلقت", "ASSAULT", "artillery", s="فصائل عراقية مسلحة", loc="قاعدة حرير")],
      "verb", "vso", "iraq"),

    # ---------------- more SVO and pluperfect ----------------
    C("2023-08-29", "ووزير الخارجية القطري أجرى في طهران مباحثات مع المسؤولين الإيرانيين حول الملف النووي.",
      [E("مباحثات", "CONSULT", s="وزير الخارجية القطري", t="المسؤولين الإيرانيين", loc="طهران")],
      "verbal_noun", "light_verb", "svo", "gulf"),
    C("2023-07-17", "وكانت السلطات الليبية قد رحلت مئات المهاجرين النيجريين إلى بلادهم عبر مطار مصراتة.",
      [E("رحلت", "COERCE", "deport", s="السلطات الليبية", t="المهاجرين النيجريين", loc="مطار مصراتة")],
      "verb", "svo", "pluperfect", "maghreb"),
    C("2024-08-15", "والمتظاهرون اعتصموا الخميس أمام مقر المجلس الرئاسي في طرابلس.",
      [E("اعتصموا", "PROTEST", "demonstrate", s="المتظاهرون", loc="طرابلس", time="الخميس")],
      "verb", "svo", "maghreb"),
    C("2025-01-07", "وواشنطن لن ترفع العقوبات المفروضة على دمشق قبل تشكيل حكومة جامعة.",
      [E("ترفع", "CONCEDE", "policy", s="واشنطن", t="دمشق", neg=True, fut=True)],
      "verb", "svo", "negated", "future", "lan", "trap_lifted_sanctions_not_sanction",
      "participle_adjective_not_coded", "levant"),
]

# ---------------------------------------------------------------------------
# Hard negatives: no political event
# ---------------------------------------------------------------------------
NEG = [
    # sport
    ("sport", "2024-03-21", "وانسحب المنتخب المغربي من المعسكر التدريبي في الرباط بسبب سوء الأحوال الجوية."),
    ("sport", "2023-11-05", "وفرض الأهلي حصارا على مرمى الزمالك في الدقائق الأخيرة دون أن ينجح في التسجيل."),
    ("sport", "2024-02-09", "وأوقف الاتحاد الأفريقي لكرة القدم مدافع منتخب السنغال أربع مباريات بعد اعتدائه على الحكم."),
    ("sport", "2024-07-15", "ووقع نادي برشلونة مع المهاجم السعودي عقدا لمدة ثلاثة مواسم."),
    ("sport", "2023-01-19", "واحتج لاعبو المنتخب العراقي على قرار الحكم بإلغاء الهدف."),
    ("sport", "2024-10-18", "وتوعد مدرب الوداد جماهير الرجاء بانتصار كبير في ديربي الدار البيضاء."),
    ("sport", "2023-09-24", "وشن العداء الكيني هجوما متأخرا في الكيلومتر الأخير ليحسم سباق ماراثون برلين."),
    # metaphor
    ("metaphor", "2024-01-08", "وغزت المسلسلات التركية شاشات التلفزيون في الخليج."),
    ("metaphor", "2023-06-17", "وانفجر الجمهور ضحكا عند ظهور الممثل على المسرح."),
    ("metaphor", "2024-08-19", "واندلعت معركة شرسة بين شركات الطيران الخليجية على مسارات آسيا."),
    ("metaphor", "2022-10-11", "وسقطت قلعة الأسهم الصغيرة تحت ضربات المضاربين في بورصة الدار البيضاء."),
    ("metaphor", "2024-04-29", "وهددت موجة البيع بمحو مكاسب البورصة السعودية منذ بداية العام."),
    # economic / technical
    ("economic", "2024-05-06", "ووقعت شركة أرامكو السعودية وشركة صينية اتفاقية لتوريد المحفزات الكيميائية."),
    ("economic", "2023-03-28", "واستدعت شركة تويوتا آلاف السيارات في الخليج لإصلاح عيب في الوسائد الهوائية."),
    ("economic", "2024-09-30", "وانسحب المستثمرون الأجانب من سندات الخزانة المصرية الأسبوع الماضي."),
    ("economic", "2024-02-26", "ورفض مجلس إدارة شركة الاتصالات الكويتية عرض الاستحواذ المقدم من منافس إماراتي."),
    ("economic", "2023-12-18", "وتعاونت جامعة الملك عبد الله مع شركة ناشئة لتطوير بطاريات تعمل بالصوديوم."),
    ("economic", "2024-06-03", "وأفرجت الجمارك عن شحنة الهواتف المحتجزة في ميناء جدة بعد استكمال الأوراق."),
    # culture term
    ("culture_term", "2024-06-22", "وتحتضن مدينة الصويرة تظاهرة موسيقية تحتفي بتراث الكناوة."),
    # fiction
    ("fiction", "2023-10-25", "وفاز الروائي الليبي بجائزة عن روايته التي ترصد حصار طرابلس في القرن السادس عشر."),
    ("fiction", "2024-11-07", "ويعرض مسرح الحمراء في دمشق مسرحية عن جندي يرفض إطلاق النار على أبناء قريته."),
    ("fiction", "2024-03-12", "وفي الحلقة الأخيرة من المسلسل، يعتقل المحقق زعيم العصابة بعد مطاردة في شوارع بيروت."),
    ("fiction", "2023-08-28", "وتدور أحداث اللعبة في عالم خيالي حيث تغزو جيوش التنانين ممالك الشمال."),
    # science
    ("science", "2024-01-25", "واكتشف علماء في جامعة القاهرة أن الفيروس يهاجم خلايا الكبد بشكل انتقائي."),
    ("science", "2024-01-15", "وأطلقت وكالة الفضاء الإماراتية قمرا صناعيا لرصد التغيرات المناخية."),
    ("nonpolitical", "2023-05-02", "واتفق علماء الآثار على أن النقوش المكتشفة في العلا تعود إلى الألفية الأولى قبل الميلاد."),
    # weather / nature / medicine
    ("weather", "2024-05-19", "وتهدد العاصفة الرملية حركة الملاحة الجوية في مطارات الكويت."),
    ("weather", "2023-08-01", "وضربت موجة حر شديدة جنوب العراق لترتفع الحرارة إلى خمسين درجة."),
    ("nature", "2024-03-03", "وزحفت الكثبان الرملية على الطريق الرابط بين نواكشوط ونواذيبو."),
    ("weather", "2024-04-16", "وحذرت هيئة الأرصاد الجوية العمانية من أمطار غزيرة على محافظة ظفار."),
    ("nature", "2024-09-10", "وانسحبت مياه الفيضان من قرى ولاية الجزيرة بعد أسبوع من الغمر."),
    ("nature", "2023-02-22", "وأجرى الفريق الطبي عملية جراحية لفصل توأمين سياميين يمنيين في الرياض."),
    # non-political agree / meet / visit / invite / refuse
    ("nonpolitical", "2024-08-24", "والتقى الفنان اللبناني جمهوره في دار الأوبرا بمسقط بعد غياب طويل."),
    ("nonpolitical", "2023-07-10", "وزار أكثر من مليون سائح مدينة البتراء خلال النصف الأول من العام."),
    ("nonpolitical", "2024-06-30", "وحصل طالب سوداني على منحة دراسية كاملة في جامعة أكسفورد."),
    ("nonpolitical", "2023-04-27", "ودعت العائلة الأقارب والأصدقاء إلى حفل الزفاف في قاعة الفندق."),
    ("nonpolitical", "2024-10-21", "ورفض المريض تناول الدواء فنقل إلى العناية المركزة."),
]

# ---------------------------------------------------------------------------
# Span helpers shared with the first set (benchmarks/data/_make_events_gold.py).
from _make_events_gold import boundary_ok, nth, occurrences, resolve  # noqa: E402
from _make_events_gold import validate as _validate  # noqa: E402


def build() -> list[dict]:
    rows, i = [], 0
    for pub, sent, events, tags in POS:
        i += 1
        cid = f"{ID_PREFIX}{i:03d}"
        evs = []
        for e in events:
            trig, occ = resolve(sent, e["trigger"], cid)
            rec = {"trigger": trig, "occurrence": occ, "type": e["type"], "mode": e["mode"],
                   "negated": e["negated"], "future": e["future"], "demanded": e["demanded"]}
            for role in ("source", "target", "location"):
                if e[role] is None:
                    rec[role] = None
                else:
                    s, n = resolve(sent, e[role], f"{cid} {role}")
                    rec[role] = {"text": s, "occurrence": n}
            rec["time_text"] = e["time_text"]
            evs.append(rec)
        evs.sort(key=lambda e: nth(sent, e["trigger"], e["occurrence"]))
        flags = set()
        for e in evs:
            if e["negated"]:
                flags.add("negated")
            if e["future"]:
                flags.add("future")
            if e["demanded"]:
                flags.add("demanded")
        rows.append({"id": cid, "published": pub, "sentence": sent, "events": evs,
                     "tags": sorted(set(tags) | flags)})
    for kind, pub, sent in NEG:
        i += 1
        rows.append({"id": f"{ID_PREFIX}{i:03d}", "published": pub, "sentence": sent, "events": [],
                     "tags": ["negative", f"neg_{kind}"]})
    return rows


def validate(rows: list[dict]) -> None:
    """The first set's checks, with this set's smaller minimums."""
    _validate(rows, (MIN_PER_TYPE, MIN_NEGATIVES, MIN_POSITIVES))


def main() -> None:
    if "--check" in sys.argv[1:]:
        rows = [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines() if line.strip()]
    else:
        rows = build()
        OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    validate(rows)


if __name__ == "__main__":
    main()
