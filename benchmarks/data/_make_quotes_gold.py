#!/usr/bin/env python3
"""Build the gold set for issue 6 (attributed statements: who said what,
through whom).

Writes quotes_gold.jsonl beside this file, then validates it and prints counts.

Each paragraph is written below with inline marks, so no offset or occurrence
is typed by hand:

    [c1:...]   the content of a statement (what was said)
    [k1:...]   its cue (the speech verb, participle, noun or preposition, as written)
    [s1:...]   a speaker span
    [v1:...]   an intermediary outlet (via)
    [n1:...]   a look-alike that is NOT a statement (documented in ``not_quotes``)

Marks nest (a nested quote inside a direct quote). ``Q`` lists the statements
of a paragraph by label; ``NQ`` gives each ``n`` mark its reason. The marks are
stripped to give ``text`` and each ``occurrence`` is computed as the 1-based
index of that exact substring among all its occurrences in ``text`` (search
with ``text.find(s, previous_start + 1)``, so occurrences inside longer strings
count: "الصفدي" inside "أيمن الصفدي" is its first occurrence).

    python benchmarks/data/_make_quotes_gold.py          # rewrite + validate
    python benchmarks/data/_make_quotes_gold.py --check  # validate the file only

Written for rasd; Apache-2.0.
"""
from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "quotes_gold.jsonl"

KINDS = {"named", "titled", "anonymous", "collective", "dropped"}
OPEN_MARKS = "«“\""
CLOSE_MARKS = "»”\""
ALL_MARKS = "«»“”\"'‘’"
DIACRITICS = re.compile(r"[\u064B-\u0652\u0670\u0640]")

# cue (diacritics removed, a glued و/ف stripped when needed) -> cue type
CUE_TYPE: dict[str, str] = {}
for _w in ("قال قالت قالوا يقول تقول قلت أكد أكدت يؤكد أوضح أوضحت أضاف أضافت ذكر ذكرت "
           "صرح صرحت أعلن أعلنت نفى نفت حذر حذرت حذروا اعتبر اعتبرت كشف كشفت تابع تابعت "
           "رأى يرى ترى أفاد أفادت زعم زعمت نقلت").split():
    CUE_TYPE[_w] = "verb"
for _w in ("مشيرا مشيرة مؤكدا مؤكدة مؤكدين معتبرا مضيفا مضيفة قائلا محذرا معلنا").split():
    CUE_TYPE[_w] = "participle"
for _w in ("في بيان", "في تصريح", "في حديث", "في مقابلة مع", "بحسب", "حسب", "وفقا", "وفق", "قوله"):
    CUE_TYPE[_w] = "noun_prep"


def cue_key(cue: str) -> str | None:
    c = DIACRITICS.sub("", cue)
    if c in CUE_TYPE:
        return c
    if c[:1] in "وف" and c[1:] in CUE_TYPE:
        return c[1:]
    return None


def Q(c, k, s, kind, v=None, d=False):
    return {"c": c, "k": k, "s": s, "kind": kind, "v": v, "d": d}


# --------------------------------------------------------------------------- paragraphs
# Each entry: (id, marked text, [Q(...)], {n-label: reason}, [tags])
P: list[tuple[str, str, list, dict, list]] = []

P.append(("qt01", """
[k1:أكد] وزير الخارجية الأردني [s1:أيمن الصفدي]، الثلاثاء، أن [c1:المملكة لن تقبل بأي ترتيبات
تفرض على الشعب الفلسطيني خارج إطار الشرعية الدولية]، [k2:مشيرا] إلى أن [c2:التهجير القسري خط أحمر
لا يمكن تجاوزه]. [k3:وقال] [s2:الصفدي] في مؤتمر صحفي مشترك مع نظيره المصري في عمّان: «[c3:لا أمن
ولا استقرار في المنطقة من دون دولة فلسطينية مستقلة. هذا موقفنا الثابت وسيبقى كذلك]». [k4:وأضاف] أن
[c4:بلاده ستواصل التنسيق مع القاهرة والدوحة لضمان تدفق المساعدات إلى قطاع غزة]، [k5:معتبرا] أن
[c5:القيود المفروضة على المعابر "عقاب جماعي" لأكثر من مليوني إنسان].
""", [Q("c1", "k1", "s1", "titled"), Q("c2", "k2", "s1", "dropped"),
      Q("c3", "k3", "s2", "named", d=True), Q("c4", "k4", "s1", "dropped"),
      Q("c5", "k5", "s1", "dropped")], {},
    ["jordan", "titled", "participle", "dropped", "direct", "guillemets", "multi_sentence_quote",
     "scare_quotes_inside_content", "vso"]))

P.append(("qt02", """
نقلت [v1:وكالة رويترز] عن [s1:دبلوماسي أوروبي رفيع] [k1:قوله] إن [c1:الاتحاد الأوروبي يدرس حزمة عقوبات
جديدة تستهدف قطاع الطاقة الروسي قبل نهاية الشهر]. [k2:وأوضح] [s2:الدبلوماسي]، الذي طلب عدم الكشف عن
هويته لأنه غير مخول بالحديث إلى وسائل الإعلام، أن [c2:الخلاف لا يزال قائما بين الدول الأعضاء حول سقف
أسعار الغاز المسال]. في المقابل، [k3:قال] المتحدث باسم الكرملين [s3:دميتري بيسكوف] للصحفيين إن
[c3:موسكو "لن تلتفت" إلى أي إجراءات أحادية]، [k4:مضيفا] أن [c4:الاقتصاد الروسي أثبت قدرته على التكيف].
[k5:وبحسب] [s4:مصادر مطلعة] تحدثت إلى [v2:صحيفة فايننشال تايمز]، فإن [c5:المفوضية الأوروبية تسعى إلى
إقرار الحزمة قبل قمة بروكسل المقبلة].
""", [Q("c1", "k1", "s1", "anonymous", "v1"), Q("c2", "k2", "s2", "anonymous", "v1"),
      Q("c3", "k3", "s3", "titled"), Q("c4", "k4", "s3", "dropped"),
      Q("c5", "k5", "s4", "anonymous", "v2")], {},
    ["ukraine_russia", "chain", "via", "anonymous", "via_carried", "noun_cue", "participle",
     "partial_quote"]))

P.append(("qt03", """
[k1:قالت] الناطقة باسم الخارجية الفرنسية [s1:آن كلير لوجاندر] إن [c1:باريس تدين بأشد العبارات استهداف
قافلة المساعدات الإنسانية في شمال دارفور]، [n1:داعية جميع الأطراف إلى احترام القانون الدولي الإنساني].
أما الرئيس الفرنسي [s2:إيمانويل ماكرون] [k2:فقال] ل[v1:صحيفة لوموند] إن [c2:فرنسا مستعدة لاستضافة مؤتمر
دولي لدعم السودان في الربيع المقبل]. وكان وزير الخارجية [s3:جان نويل بارو] قد [k3:صرّح] في وقت سابق
بأن [c3:الحل العسكري لن ينهي معاناة السودانيين]. [k4:ووفقا] ل[s4:مكتب الأمم المتحدة لتنسيق الشؤون
الإنسانية]، فإن [c4:أكثر من 25 مليون سوداني يحتاجون إلى مساعدات غذائية عاجلة]، في حين [k5:تقول]
[s5:منظمات إغاثة محلية] إن [c5:الأرقام الفعلية أعلى من ذلك بكثير].
""", [Q("c1", "k1", "s1", "titled"), Q("c2", "k2", "s2", "titled", "v1"),
      Q("c3", "k3", "s3", "titled"), Q("c4", "k4", "s4", "collective"),
      Q("c5", "k5", "s5", "anonymous")],
    {"n1": "call_with_ila_noun"},
    ["sudan", "france", "titled", "via", "svo", "pluperfect", "noun_cue", "present_tense",
     "feminine", "trap_call_to_noun"]))

P.append(("qt04", """
“[c1:لا يمكن للمجتمع الدولي أن يقف متفرجا على ما يجري في غزة. الصمت اليوم تواطؤ]”، [k1:يقول] الأمين
العام لجامعة الدول العربية [s1:أحمد أبو الغيط] في حديث ل[v1:قناة العربية] بثته مساء الأحد. [k2:ويرى]
[s2:أبو الغيط] أن [c2:الحديث عن "اليوم التالي" سابق لأوانه ما دامت العمليات العسكرية مستمرة]،
[k3:محذرا] من أن [c3:استمرار الحرب سيدفع المنطقة بأسرها نحو مواجهة أوسع]. وكان مجلس الجامعة على
المستوى الوزاري قد [n1:أكد على ضرورة وقف إطلاق النار الفوري والشامل] في ختام دورته العادية، فيما
[k4:أعلنت] [s3:الأمانة العامة] أن [c4:اجتماعا طارئا سيعقد في القاهرة الأسبوع المقبل].
""", [Q("c1", "k1", "s1", "titled", "v1", d=True), Q("c2", "k2", "s2", "named", "v1"),
      Q("c3", "k3", "s1", "dropped", "v1"), Q("c4", "k4", "s3", "collective")],
    {"n1": "akkada_ala_noun"},
    ["arab_league", "curly_quotes", "speaker_after_quote", "multi_sentence_quote", "present_tense",
     "via", "via_carried", "participle", "trap_akkada_ala"]))

P.append(("qt05", """
[k1:نفت] [s1:قوات الدعم السريع]، في بيان نشرته على منصاتها، أن [c1:تكون عناصرها قد استهدفت مخيم زمزم
للنازحين قرب الفاشر]، [k2:مؤكدة] أن [c2:الاتهامات الموجهة إليها جزء من "حملة تضليل ممنهجة" تقف وراءها
جهات معروفة]. في المقابل، [k3:قال] المتحدث باسم الجيش السوداني [s2:نبيل عبد الله] ل[v1:وكالة الأنباء
الألمانية] إن [c3:القصف انطلق من مواقع تسيطر عليها تلك القوات شرقي المخيم]. و[n1:نفى قائد ميداني في
الدعم السريع التهمة] خلال مقطع مصور، من دون أن يقدم تفاصيل. [k4:وبحسب] [s3:شهود عيان] تحدثوا إلى
[v2:قناة الجزيرة]، فإن [c4:عشرات الأسر فرت سيرا على الأقدام نحو بلدة طويلة]، بينما [k5:حذرت]
[s4:منظمة أطباء بلا حدود] من أن [c5:المستشفى الوحيد العامل في المنطقة بات عاجزا عن استقبال مزيد من
الجرحى].
""", [Q("c1", "k1", "s1", "collective"), Q("c2", "k2", "s1", "dropped"),
      Q("c3", "k3", "s2", "titled", "v1"), Q("c4", "k4", "s3", "anonymous", "v2"),
      Q("c5", "k5", "s4", "collective")],
    {"n1": "nafa_noun_no_clause"},
    ["sudan", "denial", "collective", "feminine", "via", "noun_cue", "trap_nafa_noun"]))

P.append(("qt06", """
[n1:أعلنت شركة أرامكو السعودية، الثلاثاء، أرباحا قياسية للربع الثالث] بلغت 32.6 مليار دولار، متجاوزة
توقعات المحللين. [k1:وقال] الرئيس التنفيذي للشركة [s1:أمين الناصر] إن [c1:الطلب العالمي على النفط لا
يزال متينا رغم المخاوف من تباطؤ الاقتصاد الصيني]. [k2:وأضاف]: «[c2:نحن مستعدون لرفع الطاقة الإنتاجية
إذا احتاجت الأسواق إلى ذلك]». كما [k3:أعلنت] [s2:الشركة] أنها [c3:ستوزع أرباحا إضافية على المساهمين
مطلع العام المقبل]. [k4:ورأى] [s3:محللون] استطلعت آراءهم [v1:وكالة بلومبرغ] أن [c4:النتائج تعكس
قدرة الشركة على التكيف مع تقلبات الأسعار]، غير أن [s4:محللين آخرين] [k5:حذروا] من أن [c5:خفض الإنتاج
المتفق عليه ضمن تحالف أوبك+ قد يضغط على الإيرادات في الربع الأخير].
""", [Q("c1", "k1", "s1", "titled"), Q("c2", "k2", "s1", "dropped", d=True),
      Q("c3", "k3", "s2", "collective"), Q("c4", "k4", "s3", "anonymous", "v1"),
      Q("c5", "k5", "s4", "anonymous")],
    {"n1": "announcement_no_clause"},
    ["economy", "trap_announcement", "pronoun_suffix_particle", "dropped", "direct",
     "svo", "plural_agreement", "via"]))

P.append(("qt07", """
[n1:قال الجمهور المغربي كلمته] في مدرجات ملعب مولاي عبد الله بالرباط، حيث [n2:تابع أكثر من 60 ألف
متفرج المباراة] التي حسمها المنتخب بهدفين نظيفين. وافتتح إبراهيم دياز التسجيل في الدقيقة 34، قبل أن
[n3:يضيف يوسف النصيري الهدف الثاني] برأسية متقنة. [k1:وقال] المدرب [s1:وليد الركراكي] في المؤتمر
الصحفي عقب اللقاء: «[c1:اللاعبون قدموا مباراة كبيرة، لكننا لم نحقق شيئا بعد. الطريق إلى اللقب لا
يزال طويلا]». [k2:وتابع]: «[c2:أشكر الجماهير على هذا الدعم الاستثنائي، وأعدهم بأننا سنقاتل حتى آخر
دقيقة]».
""", [Q("c1", "k1", "s1", "titled", d=True), Q("c2", "k2", "s1", "dropped", d=True)],
    {"n1": "qala_kalimatahu", "n2": "taba3a_watch", "n3": "adafa_add_goal"},
    ["sport", "trap_qala_kalimatahu", "trap_speech_verb_other_sense", "direct", "guillemets",
     "multi_sentence_quote", "paragraph_final_tabaa"]))

P.append(("qt08", """
وزير الخارجية الإيراني [s1:عباس عراقجي] [k1:قال]، في مقابلة مع [v1:قناة الميادين]، إن [c1:طهران لن
تتفاوض تحت الضغط أو التهديد]. [k2:وكشف] [s2:عراقجي] أن [c2:رسائل غير مباشرة جرى تبادلها مع واشنطن عبر
سلطنة عمان خلال الأسابيع الماضية]، [k3:مضيفا] أن [c3:الكرة الآن في ملعب الإدارة الأميركية]. في
المقابل، [k4:زعم] [s3:مسؤول إسرائيلي] في حديث ل[v2:هيئة البث الإسرائيلية] أن [c4:إيران تسرّع وتيرة
تخصيب اليورانيوم في منشأة فوردو]، فيما [k5:أفادت] [s4:الوكالة الدولية للطاقة الذرية] في تقريرها
الفصلي بأن [c5:مفتشيها لم يتمكنوا من الوصول إلى المنشأة منذ ثلاثة أشهر]. [n1:يذكر أن المحادثات غير
المباشرة توقفت في حزيران الماضي] إثر الضربات التي استهدفت منشآت نووية إيرانية.
""", [Q("c1", "k1", "s1", "titled", "v1"), Q("c2", "k2", "s2", "named", "v1"),
      Q("c3", "k3", "s1", "dropped", "v1"), Q("c4", "k4", "s3", "anonymous", "v2"),
      Q("c5", "k5", "s4", "collective")],
    {"n1": "yudhkar_anna_editorial"},
    ["iran", "svo", "via", "via_carried", "participle", "trap_yudhkar"]))

P.append(("qt09", """
[k1:اعتبر] الأمين العام للأمم المتحدة [s1:أنطونيو غوتيريش] أن [c1:الوضع الإنساني في قطاع غزة بلغ مستوى
غير مسبوق من السوء]. [k2:وقال] في كلمة أمام مجلس الأمن الدولي في نيويورك: “[c2:لقد نفدت الكلمات.
الأطفال يموتون جوعا أمام أعين العالم، وهذا عار على ضميرنا الجماعي]”. [k3:وأفاد] [s2:مكتب الأمم المتحدة
لحقوق الإنسان] بأن [c3:فرقه وثقت مقتل أكثر من 200 شخص قرب مراكز توزيع المساعدات خلال شهر واحد]. من
جهته، [k4:أكد] المندوب الفلسطيني لدى الأمم المتحدة [s3:رياض منصور] أن [c4:الشعب الفلسطيني لن يغادر
أرضه مهما اشتدت المعاناة]. [n1:ويعتبر معبر كرم أبو سالم المنفذ الرئيسي لدخول الشاحنات] إلى القطاع.
""", [Q("c1", "k1", "s1", "titled"), Q("c2", "k2", "s1", "dropped", d=True),
      Q("c3", "k3", "s2", "collective"), Q("c4", "k4", "s3", "titled")],
    {"n1": "yuatabar_passive"},
    ["un", "gaza", "curly_quotes", "multi_sentence_quote", "dropped", "bi_anna",
     "trap_yuatabar_passive"]))

P.append(("qt10", """
[k1:ذكرت] [s1:الوكالة الوطنية للإعلام] أن [c1:مسيرة إسرائيلية استهدفت سيارة على طريق بلدة برج الملوك
في قضاء مرجعيون]. وفي تعليق على الغارات المتواصلة، [k2:قال] رئيس الحكومة اللبنانية [s2:نواف سلام] في
تصريح للصحفيين: «[c2:[k3:قلت] للموفد الأميركي بوضوح: "[c3:لا سلاح خارج إطار الدولة، ولا قرار حرب وسلم
إلا بيدها]"، وهذا ما سنلتزم به]». [k4:وأوضح] أن [c4:الجيش اللبناني سينتشر في كامل منطقة جنوب الليطاني
وفق جدول زمني واضح]. وكانت [s3:بيروت] قد [k5:أكدت] مرارا أن [c5:استمرار الاحتلال لخمس نقاط حدودية
يعرقل تنفيذ اتفاق وقف الأعمال العدائية].
""", [Q("c1", "k1", "s1", "collective"), Q("c2", "k2", "s2", "titled", d=True),
      Q("c3", "k3", "s2", "dropped", d=True), Q("c4", "k4", "s2", "dropped"),
      Q("c5", "k5", "s3", "collective")], {},
    ["lebanon", "nested_quote", "first_person", "agency_as_speaker", "capital_as_speaker",
     "pluperfect", "svo", "guillemets"]))

P.append(("qt11", """
[k1:أفادت] [s1:وزارة الصحة الفلسطينية] بأن [c1:شابين استشهدا برصاص قوات الاحتلال خلال اقتحامها مخيم نور
شمس شرق طولكرم فجر اليوم]. و[c2:اعتقلت قوات الاحتلال 15 شابا على الأقل من المخيم]، [k2:وفق] ما أوردته
[v1:وكالة وفا] نقلا عن [s2:مصادر محلية]. وشارك [s3:أهالي المخيم] في تشييع الشهيدين، [k3:مؤكدين] أن
[c3:الاقتحامات المتكررة لن تكسر إرادتهم]. [k4:وحسب] [s4:شهود عيان]، فإن [c4:الجرافات العسكرية دمرت
أجزاء واسعة من البنية التحتية في المخيم]. وتأتي الاقتحامات في إطار عملية "[n1:السور الحديدي]" التي
يشنها جيش الاحتلال في شمال الضفة الغربية منذ مطلع العام.
""", [Q("c1", "k1", "s1", "collective"), Q("c2", "k2", "s2", "anonymous", "v1"),
      Q("c3", "k3", "s3", "collective"), Q("c4", "k4", "s4", "anonymous")],
    {"n1": "operation_name_in_quotes"},
    ["west_bank", "bi_anna", "postposed_attribution", "via", "plural_participle", "noun_cue",
     "trap_operation_name"]))

P.append(("qt12", """
[k1:صرّح] الرئيس الأميركي [s1:دونالد ترامب] للصحفيين على متن الطائرة الرئاسية بأن [c1:التوصل إلى
اتفاق تجاري مع الصين بات قريبا جدا]، [k2:قائلا]: “[c2:سنلتقي الرئيس شي قريبا، وأعتقد أننا سنبرم صفقة
عظيمة للبلدين]”. [k3:وأعلن] [s2:البيت الأبيض] أن [c3:الرئيس سيتوجه إلى كوريا الجنوبية الأسبوع المقبل
للمشاركة في قمة آسيا والمحيط الهادئ]. [k4:وقال] [s3:مسؤولان في الإدارة] ل[v1:صحيفة وول ستريت جورنال]
إن [c4:واشنطن قد تخفض الرسوم الجمركية على بعض السلع الصينية مقابل تعهدات بشراء منتجات زراعية أميركية].
[n1:وأعلنت وزارة الخزانة الأميركية حزمة عقوبات جديدة] على شركات صينية متهمة بمساعدة روسيا.
""", [Q("c1", "k1", "s1", "titled"), Q("c2", "k2", "s1", "dropped", d=True),
      Q("c3", "k3", "s2", "collective"), Q("c4", "k4", "s3", "anonymous", "v1")],
    {"n1": "announcement_no_clause"},
    ["usa", "qailan", "curly_quotes", "via", "dual", "trap_announcement"]))

P.append(("qt13", """
[k1:قال] الرئيس التركي [s1:رجب طيب أردوغان] إن [c1:بلاده لن تسمح بقيام ممر إرهابي على حدودها الجنوبية
تحت أي ظرف]، [k2:معتبرا] أن [c2:على قوات سوريا الديمقراطية أن تلقي سلاحها وتندمج في مؤسسات الدولة
السورية دون إبطاء]. [k3:وبحسب] ما نقلته [v1:وكالة الأناضول] عن [s2:مصادر أمنية]، فإن [c3:الجيش التركي
عزز مواقعه قرب منبج خلال الأيام الماضية]. من جهته، [k4:أوضح] وزير الخارجية [s3:هاكان فيدان] في مؤتمر
صحفي مع نظيره السوري في أنقرة أن [c4:التنسيق الأمني بين البلدين يسير في الاتجاه الصحيح]. [k5:وتابع]
[s4:فيدان] أن [c5:عودة اللاجئين يجب أن تكون طوعية وآمنة وكريمة].
""", [Q("c1", "k1", "s1", "titled"), Q("c2", "k2", "s1", "dropped"),
      Q("c3", "k3", "s2", "anonymous", "v1"), Q("c4", "k4", "s3", "titled"),
      Q("c5", "k5", "s4", "named")], {},
    ["turkey", "participle", "chain", "via", "noun_cue", "tabaa_with_subject"]))

P.append(("qt14", """
[k1:أوضح] وزير الخارجية المصري [s1:بدر عبد العاطي]، خلال اتصال هاتفي مع نظيره الإيطالي، أن [c1:القاهرة
تعمل مع الوسطاء على تثبيت وقف إطلاق النار والانتقال إلى المرحلة الثانية من الاتفاق]. وجاء [k2:في بيان]
صادر عن [s2:وزارة الخارجية المصرية] أن [c2:الوزيرين بحثا ترتيبات مؤتمر إعادة إعمار غزة المزمع عقده في
القاهرة]. و[n1:شدد الجانبان على أهمية حماية المدنيين] وضمان وصول المساعدات دون عوائق. وكان الرئيس
[s3:عبد الفتاح السيسي] قد [k3:أكد] في كلمة متلفزة أن [c3:مصر لن تكون طرفا في أي مخطط لتهجير
الفلسطينيين من أرضهم]، [k4:مضيفا]: «[c4:هذا ظلم لا يمكن أن نشارك فيه]».
""", [Q("c1", "k1", "s1", "titled"), Q("c2", "k2", "s2", "collective"),
      Q("c3", "k3", "s3", "titled"), Q("c4", "k4", "s3", "dropped", d=True)],
    {"n1": "akkada_ala_noun"},
    ["egypt", "noun_cue", "fi_bayan", "pluperfect", "participle_colon_direct",
     "trap_akkada_ala"]))

P.append(("qt15", """
[k1:قال] الرئيس الأوكراني [s1:فولوديمير زيلينسكي]، في مقابلة مع [v1:شبكة سي إن إن] الأميركية، إنه
[c1:مستعد للقاء نظيره الروسي في أي وقت ومكان]، [k2:مشيرا] إلى أن [c2:الضمانات الأمنية الغربية يجب أن
تسبق أي اتفاق لوقف إطلاق النار]. في المقابل، [k3:نقلت] [v2:وكالة تاس] الروسية عن المتحدث باسم الكرملين
[s2:دميتري بيسكوف] أن [c3:موسكو لم تتلق أي مقترحات ملموسة من كييف]. [k4:وحذر] الأمين العام لحلف شمال
الأطلسي [s3:مارك روته] من أن [c4:روسيا قد تكون قادرة على مهاجمة دولة في الحلف خلال خمس سنوات].
[k5:وأضاف] [s4:روته] أن [c5:على الحلفاء رفع إنفاقهم الدفاعي دون تأخير].
""", [Q("c1", "k1", "s1", "titled", "v1"), Q("c2", "k2", "s1", "dropped", "v1"),
      Q("c3", "k3", "s2", "titled", "v2"), Q("c4", "k4", "s3", "titled"),
      Q("c5", "k5", "s4", "named")], {},
    ["ukraine_russia", "pronoun_suffix_particle", "via", "via_carried", "chain_without_qawlihi",
     "hadhdhara_min_anna"]))

P.append(("qt16", """
[k1:أكدت] [s1:وزارة الداخلية السورية]، في بيان نقلته [v1:وكالة الأنباء السورية]، أن [c1:قواتها استعادت
السيطرة على عدد من القرى في ريف السويداء الغربي]. والرئيس السوري [s2:أحمد الشرع] [k2:قال] في لقاء مع
وجهاء المحافظة إن [c2:الدولة ستحاسب كل من تورط في الانتهاكات بحق المدنيين أيا كان انتماؤه]. [k3:وكشفت]
[s3:مصادر مطلعة] ل[v2:صحيفة الشرق الأوسط] أن [c3:وفدا حكوميا سيزور المحافظة خلال الأيام المقبلة لبحث
ترتيبات أمنية جديدة]. [k4:وأفاد] [s4:المرصد السوري لحقوق الإنسان] بأن [c4:حصيلة القتلى ارتفعت إلى أكثر
من 300 منذ بدء الاشتباكات]، في حين [n1:أعلنت المحافظة الحداد ثلاثة أيام] على أرواح الضحايا.
""", [Q("c1", "k1", "s1", "collective", "v1"), Q("c2", "k2", "s2", "titled"),
      Q("c3", "k3", "s3", "anonymous", "v2"), Q("c4", "k4", "s4", "collective")],
    {"n1": "announcement_no_clause"},
    ["syria", "svo", "via", "statement_relayed_by_agency", "feminine", "trap_announcement"]))

P.append(("qt17", """
[k1:حذرت] [s1:منظمة الصحة العالمية] من أن [c1:انتشار الكوليرا في عدد من دول القرن الأفريقي بات يشكل
تهديدا إقليميا]، [k2:مشيرة] إلى أن [c2:عدد الإصابات المسجلة منذ مطلع العام تجاوز 120 ألفا]. [k3:وقال]
المدير العام للمنظمة [s2:تيدروس أدهانوم غيبريسوس] في إحاطة صحفية بجنيف: "[c3:نحتاج إلى تمويل عاجل.
اللقاحات متوفرة، لكن المال غير متوفر]". [k4:وأضاف] أن [c4:المنظمة أرسلت أكثر من مليون جرعة لقاح فموي
إلى السودان وإثيوبيا]. و[n1:كشفت الفحوص المخبرية عن سلالة شديدة العدوى] في إقليم أمهرة. [k5:تقول]
[s3:ممرضة في مستشفى بحر دار]، طلبت عدم ذكر اسمها: "[c5:الأسرّة ممتلئة، والمرضى ينامون على الأرض]".
""", [Q("c1", "k1", "s1", "collective"), Q("c2", "k2", "s1", "dropped"),
      Q("c3", "k3", "s2", "titled", d=True), Q("c4", "k4", "s2", "dropped"),
      Q("c5", "k5", "s3", "anonymous", d=True)],
    {"n1": "kashafa_an_noun"},
    ["health", "straight_quotes", "multi_sentence_quote", "feminine", "participle",
     "present_tense", "trap_kashafa_an"]))

P.append(("qt18", """
[k1:أفادت] [s1:دائرة الأرصاد الجوية الأردنية] بأن [c1:منخفضا جويا عميقا سيؤثر على المملكة اعتبارا من
مساء الخميس]، [n1:محذرة من تشكل السيول في الأودية والمناطق المنخفضة]. [k2:وقال] مدير الدائرة [s2:رائد
آل خطاب] ل[v1:قناة المملكة] إن [c2:كميات الأمطار قد تتجاوز 60 ملم في المرتفعات الشمالية]. [k3:وأضاف]
أن [c3:درجات الحرارة ستنخفض إلى ما دون الصفر ليلا في المناطق الجبلية]. [k4:وأعلنت] [s3:وزارة التربية
والتعليم] أن [c4:الدوام المدرسي سيعلق يوم الأحد في جميع محافظات المملكة]. [k5:وبحسب] [s4:خبراء أرصاد]،
فإن [c5:الموسم المطري الحالي هو الأفضل منذ عقد].
""", [Q("c1", "k1", "s1", "collective"), Q("c2", "k2", "s2", "titled", "v1"),
      Q("c3", "k3", "s2", "dropped", "v1"), Q("c4", "k4", "s3", "collective"),
      Q("c5", "k5", "s4", "anonymous")],
    {"n1": "hadhdhara_min_noun"},
    ["weather", "jordan", "via", "via_carried", "noun_cue", "trap_warn_noun"]))

P.append(("qt19", """
[n1:أعلنت المفوضية العليا المستقلة للانتخابات في العراق النتائج الأولية] للانتخابات التشريعية بعد يومين
من الاقتراع. [k1:وقالت] [s1:المفوضية] في مؤتمر صحفي ببغداد إن [c1:نسبة المشاركة بلغت 56 بالمئة، وهي
الأعلى منذ عام 2010]. [k2:وقال] [s2:مصدر في المفوضية] ل[v1:وكالة فرانس برس] إن [c2:عمليات العد والفرز
اليدوي ستشمل نحو خمسة بالمئة من المحطات]. فيما [k3:اعتبر] [s3:ائتلاف دولة القانون] أن [c3:النتائج لا
تعكس الإرادة الحقيقية للناخبين]، [k4:معلنا] أنه [c4:سيطعن بها أمام الهيئة القضائية للانتخابات].
[n2:ويرجح أن تستغرق مفاوضات تشكيل الحكومة عدة أشهر]، كما جرى في الدورات السابقة.
""", [Q("c1", "k1", "s1", "collective"), Q("c2", "k2", "s2", "anonymous", "v1"),
      Q("c3", "k3", "s3", "collective"), Q("c4", "k4", "s3", "dropped")],
    {"n1": "announcement_no_clause", "n2": "impersonal_passive_no_speaker"},
    ["iraq", "elections", "trap_announcement", "pronoun_suffix_particle", "participle", "via",
     "trap_impersonal"]))

P.append(("qt20", """
نقلت [v1:وكالة فرانس برس] عن [s1:مسؤول أمني ليبي] [k1:قوله] إن [c1:اشتباكات عنيفة اندلعت ليل الاثنين في
حي أبو سليم جنوبي طرابلس]. [k2:وأضاف] [s2:المسؤول]، الذي فضل عدم الكشف عن اسمه، أن [c2:قوات حكومية
انتشرت في محيط الحي لاحتواء الموقف]. [k3:وأكدت] [s3:بعثة الأمم المتحدة للدعم في ليبيا] في بيان أن
[c3:الهجمات العشوائية على الأحياء السكنية قد ترقى إلى جرائم حرب]. أما رئيس حكومة الوحدة الوطنية
[s4:عبد الحميد الدبيبة] [k4:فقال] في كلمة مصورة إن [c4:حكومته لن تسمح بعودة الميليشيات إلى العاصمة].
"[c5:لم ننم طوال الليل، والرصاص كان يخترق النوافذ]"، [k5:قال] [s5:أحد سكان الحي] ل[v2:قناة ليبيا
الأحرار].
""", [Q("c1", "k1", "s1", "anonymous", "v1"), Q("c2", "k2", "s2", "anonymous", "v1"),
      Q("c3", "k3", "s3", "collective"), Q("c4", "k4", "s4", "titled"),
      Q("c5", "k5", "s5", "anonymous", "v2", d=True)], {},
    ["libya", "chain", "via", "via_carried", "svo", "straight_quotes", "speaker_after_quote"]))

P.append(("qt21", """
[k1:قال] القيادي في حركة حماس [s1:باسم نعيم] ل[v1:قناة الجزيرة] إن [c1:الحركة سلّمت ردها على المقترح
الأخير للوسطاء بروح إيجابية]، [k2:مؤكدا] أن [c2:أي اتفاق يجب أن يضمن انسحابا كاملا من القطاع]. في
المقابل، [k3:ذكر] [s2:مكتب رئيس الوزراء الإسرائيلي] في بيان أن [c3:الرد يجري تقييمه وأن قرارا سيتخذ
خلال ساعات]. [k4:ووفق] ما أوردته [v2:هيئة البث الإسرائيلية] عن [s3:مسؤولين مطلعين]، فإن [c4:الوفد
الإسرائيلي سيتوجه إلى الدوحة مطلع الأسبوع]. [k5:وتقول] [s4:المعارضة الإسرائيلية] إن [c5:الحكومة
تماطل لأسباب سياسية داخلية على حساب حياة المحتجزين].
""", [Q("c1", "k1", "s1", "titled", "v1"), Q("c2", "k2", "s1", "dropped", "v1"),
      Q("c3", "k3", "s2", "collective"), Q("c4", "k4", "s3", "anonymous", "v2"),
      Q("c5", "k5", "s4", "collective")], {},
    ["gaza", "negotiations", "via", "via_carried", "noun_cue", "present_tense",
     "coordinated_anna_inside_content"]))

P.append(("qt22", """
[k1:أعلن] المتحدث العسكري باسم جماعة أنصار الله [s1:يحيى سريع] أن [c1:قوات الجماعة استهدفت سفينة
تجارية في البحر الأحمر بصاروخ باليستي]. [k2:وقال] في بيان متلفز إن [c2:العمليات ستستمر حتى وقف العدوان
على غزة ورفع الحصار عنها]، في إشارة إلى الهجمات التي بدأتها الجماعة بعد عملية "[n1:طوفان الأقصى]". من
جهتها، [k3:أكدت] [s2:هيئة عمليات التجارة البحرية البريطانية] أن [c3:السفينة أبلغت عن انفجار قريب منها
دون وقوع إصابات بين أفراد الطاقم]. و[c4:كانت السفينة ترفع علم ليبيريا وتتجه إلى قناة السويس]،
[k4:بحسب] [s3:شركة أمبري للأمن البحري].
""", [Q("c1", "k1", "s1", "titled"), Q("c2", "k2", "s1", "dropped"),
      Q("c3", "k3", "s2", "collective"), Q("c4", "k4", "s3", "collective")],
    {"n1": "operation_name_in_quotes"},
    ["yemen", "red_sea", "alana_anna", "postposed_attribution", "noun_cue",
     "trap_operation_name"]))

P.append(("qt23", """
افتتح مهرجان البحر الأحمر السينمائي دورته الجديدة بعرض فيلم «[n1:وداعا جوليا]» للمخرج السوداني محمد
كردفاني، المقتبس جزئيا عن أجواء رواية «[n2:موسم الهجرة إلى الشمال]». وفي الحفل الختامي، رددت الجماهير
مع الفنانة نانسي عجاج مقطع «[n3:يا وطني يا بلد أحبابي]» وسط تصفيق حار. [k1:وقال] [s1:كردفاني] في ندوة
أعقبت العرض: «[c1:أردت أن أحكي عن الانقسام من داخل البيت الواحد، لا من نشرات الأخبار]». [k2:وأضاف]:
«[c2:السينما لا تقدم حلولا، لكنها تطرح الأسئلة التي نخاف منها]». ويعد الفيلم من أبرز نماذج ما يسميه
النقاد "[n4:السينما الجديدة]" في السودان.
""", [Q("c1", "k1", "s1", "named", d=True), Q("c2", "k2", "s1", "dropped", d=True)],
    {"n1": "film_title_in_quotes", "n2": "book_title_in_quotes", "n3": "song_lyrics_in_quotes",
     "n4": "scare_quotes_term"},
    ["culture", "trap_title", "trap_lyrics", "trap_scare_quotes", "guillemets", "dropped"]))

P.append(("qt24", """
[n1:هل تنجح الوساطة القطرية في إنهاء النزاع شرقي الكونغو الديمقراطية؟] سؤال يتردد في الأوساط الدبلوماسية
منذ توقيع إعلان المبادئ في الدوحة الشهر الماضي. و[n2:أكد الاجتماع الوزاري على ضرورة احترام وقف إطلاق
النار] وتبادل الأسرى، كما [n3:أعلنت الأطراف تشكيل لجنة مراقبة مشتركة]. [n4:ويعتقد على نطاق واسع أن
نجاح الاتفاق] مرهون بانسحاب حركة إم 23 من مدينة غوما. [n5:يذكر أن قطر رعت جولات سابقة] بين الطرفين
ضمن ما بات يعرف بـ"[n6:مسار الدوحة]".
""", [],
    {"n1": "headline_question", "n2": "akkada_ala_noun", "n3": "announcement_no_clause",
     "n4": "impersonal_passive_no_speaker", "n5": "yudhkar_anna_editorial",
     "n6": "scare_quotes_term"},
    ["negative", "congo", "trap_headline_question", "trap_akkada_ala", "trap_announcement",
     "trap_impersonal", "trap_yudhkar", "trap_scare_quotes"]))

P.append(("qt25", """
[n1:أعلن البنك المركزي المصري خفض سعر الفائدة الرئيسي بمقدار نقطة مئوية] في اجتماعه الأخير، وهو
الخفض الثاني منذ مطلع العام. و[n2:أفاد آلاف المزارعين من برنامج الدعم الجديد] الذي أطلقته وزارة
الزراعة، بينما [n3:رأى مشروع العاصمة الإدارية النور] بعد سنوات من التأجيل. و[n4:نفت الحكومة الشائعات]
المتداولة على مواقع التواصل، في حين [n5:حذر البنك من مغبة التوسع في الاقتراض الخارجي]. وفي سوق الأسهم،
[n6:تابع المستثمرون بقلق تراجع المؤشر الرئيسي] للجلسة الثالثة على التوالي.
""", [],
    {"n1": "announcement_no_clause", "n2": "afada_benefit", "n3": "raa_annur_idiom",
     "n4": "nafa_noun_no_clause", "n5": "hadhdhara_min_noun", "n6": "taba3a_watch"},
    ["negative", "economy", "egypt", "trap_announcement", "trap_speech_verb_other_sense",
     "trap_nafa_noun", "trap_warn_noun"]))

P.append(("qt26", """
[n1:ماذا يريد ترامب من غرينلاند؟] تتصدر الجزيرة القطبية النقاش في كوبنهاغن منذ أسابيع، وسط قلق مما يسميه
مسؤولون دنماركيون "[n2:الضغط الناعم]" على الإقليم. وشاركت قطع بحرية أوروبية في مناورات «[n3:الحارس
الشمالي]» قرب سواحل الجزيرة، فيما [n4:كشف الجيش الدنماركي عن خطة] لتعزيز دورياته في المنطقة. وأنشد
المحتفلون في العاصمة نوك «[n5:بلادنا، أرض الجليد والضوء]» خلال إحياء العيد الوطني. و[n6:قال سكان
الجزيرة كلمتهم] في انتخابات الربيع الماضي، حين منحوا الأحزاب المطالبة بالاستقلال أغلبية واضحة.
""", [],
    {"n1": "headline_question", "n2": "scare_quotes_term", "n3": "operation_name_in_quotes",
     "n4": "kashafa_an_noun", "n5": "song_lyrics_in_quotes", "n6": "qala_kalimatahu"},
    ["negative", "greenland", "trap_headline_question", "trap_scare_quotes",
     "trap_operation_name", "trap_kashafa_an", "trap_lyrics", "trap_qala_kalimatahu"]))

P.append(("qt27", """
وتوالت ردود الفعل على الإعلان عن جولة جديدة من المفاوضات. المتحدث باسم الخارجية القطرية [s1:ماجد
الأنصاري] [k1:في حديث] ل[v1:تلفزيون قطر]: «[c1:الوساطة مستمرة رغم كل العقبات، ولن نتخلى عن دورنا ما دام
هناك أمل في وقف الحرب]». أما [s2:ستيف ويتكوف] [k2:فأكد] للصحفيين في البيت الأبيض أن [c2:الطرفين باتا
أقرب من أي وقت مضى إلى اتفاق شامل]. [s3:جاريد كوشنر]، صهر الرئيس الأميركي، [k3:في مقابلة مع] [v2:شبكة
سي بي إس]: «[c3:لدينا خطة واقعية لإعادة الإعمار، والتمويل الخليجي جاهز]». [k4:وقال] [s4:ويتكوف] إن
[c4:الجولة ستعقد في شرم الشيخ بمشاركة وفود من مصر وقطر وتركيا]، [k5:معتبرا] أن [c5:الأيام المقبلة
ستكون حاسمة لمستقبل المنطقة].
""", [Q("c1", "k1", "s1", "titled", "v1", d=True), Q("c2", "k2", "s2", "named"),
      Q("c3", "k3", "s3", "named", "v2", d=True), Q("c4", "k4", "s4", "named"),
      Q("c5", "k5", "s2", "dropped")], {},
    ["gaza", "negotiations", "noun_cue", "telegraphic_colon", "named", "svo", "via",
     "apposition_title_after_name"]))


# --------------------------------------------------------------------------- build
MARK = re.compile(r"\[([cksvn]\d+):")


def parse(marked: str) -> tuple[str, dict[str, tuple[int, int]]]:
    """Strip the marks; return the text and label -> (start, end)."""
    src = re.sub(r"\s*\n\s*", " ", marked).strip()
    out: list[str] = []
    spans: dict[str, tuple[int, int]] = {}
    stack: list[tuple[str, int]] = []
    i = 0
    n = 0  # length of the output so far
    while i < len(src):
        m = MARK.match(src, i)
        if m:
            stack.append((m.group(1), n))
            i = m.end()
            continue
        ch = src[i]
        if ch == "]":
            if not stack:
                raise ValueError(f"unbalanced ] at {i}: {src[max(0, i - 30):i + 5]}")
            lab, st = stack.pop()
            if lab in spans:
                raise ValueError(f"label {lab} used twice")
            spans[lab] = (st, n)
            i += 1
            continue
        if ch == "[":
            raise ValueError(f"stray [ at {i}: {src[i:i + 20]}")
        out.append(ch)
        n += 1
        i += 1
    if stack:
        raise ValueError(f"unclosed marks {stack}")
    return "".join(out), spans


def occurrence_of(text: str, s: str, start: int) -> int:
    pos, n = -1, 0
    while True:
        pos = text.find(s, pos + 1)
        if pos == -1 or pos > start:
            raise ValueError(f"span {s!r} not found at {start}")
        n += 1
        if pos == start:
            return n


def locate(text: str, s: str, occ: int) -> int:
    pos = -1
    for _ in range(occ):
        pos = text.find(s, pos + 1)
        if pos == -1:
            return -1
    return pos


def ref(text: str, spans, lab) -> dict:
    st, en = spans[lab]
    s = text[st:en]
    return {"text": s, "occurrence": occurrence_of(text, s, st)}


def build() -> list[dict]:
    rows = []
    for pid, marked, qs, nq, tags in P:
        text, spans = parse(marked)
        quotes = []
        for q in qs:
            c = ref(text, spans, q["c"])
            k = text[slice(*spans[q["k"]])]
            sp = ref(text, spans, q["s"]) if q["s"] else {"text": None, "occurrence": None}
            quotes.append({
                "content": c["text"], "content_occurrence": c["occurrence"],
                "direct": q["d"], "cue": k,
                "speaker": {"text": sp["text"], "occurrence": sp["occurrence"], "kind": q["kind"]},
                "via": ref(text, spans, q["v"]) if q["v"] else None,
                "_start": spans[q["c"]][0],
            })
        quotes.sort(key=lambda r: r.pop("_start"))
        used = {q[f] for q in qs for f in "cksv" if q[f]}
        unused = [lab for lab in spans if lab[0] != "n" and lab not in used]
        if unused:
            raise ValueError(f"{pid}: marked but unused labels {unused}")
        nlabs = sorted((lab for lab in spans if lab[0] == "n"), key=lambda lab: spans[lab][0])
        if set(nlabs) != set(nq):
            raise ValueError(f"{pid}: n marks {nlabs} vs reasons {sorted(nq)}")
        not_quotes = [{**ref(text, spans, lab), "why": nq[lab]} for lab in nlabs]
        rows.append({"id": pid, "text": text, "quotes": quotes, "not_quotes": not_quotes,
                     "tags": tags})
    return rows


# --------------------------------------------------------------------------- validate
AR_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3A-Za-z0-9]")
PROCLITICS = set("وفبلك")


def is_letter(ch: str) -> bool:
    return bool(AR_LETTER.match(ch))


def check_span(text: str, s: str, occ: int, what: str, errs: list, glue_check=True) -> int:
    pos = locate(text, s, occ)
    if pos < 0:
        errs.append(f"{what}: {s!r} occurrence {occ} not found")
        return -1
    if s != s.strip():
        errs.append(f"{what}: {s!r} has outer whitespace")
    if glue_check:
        # starts at a word start, or after proclitics only; ends at a word end
        j = pos
        while j > 0 and is_letter(text[j - 1]):
            j -= 1
        if any(ch not in PROCLITICS for ch in text[j:pos]) or pos - j > 2:
            errs.append(f"{what}: {s!r} starts inside a word")
        end = pos + len(s)
        if end < len(text) and is_letter(text[end]):
            errs.append(f"{what}: {s!r} ends inside a word")
        if re.match(r"^(وال|فال|بال|كال|لل)", s):
            errs.append(f"{what}: {s!r} starts with a glued clitic")
    return pos


def validate(rows: list[dict], limits: dict | None = None, cue_of=None) -> list[str]:  # noqa: ANN001
    """Every check of a set; ``limits`` overrides the minimum counts and the paragraph length,
    ``cue_of`` the cue look-up (a set may know more cues)."""
    cue_of = cue_of or cue_key
    lim = {"min_words": 60, "max_words": 160, "paragraphs": 22, "statements": 70, "not_quotes": 20, **(limits or {})}
    errs: list[str] = []
    ids = set()
    for r in rows:
        pid, text = r["id"], r["text"]
        if pid in ids:
            errs.append(f"{pid}: duplicate id")
        ids.add(pid)
        if not r.get("tags"):
            errs.append(f"{pid}: no tags")
        if "[" in text or "]" in text:
            errs.append(f"{pid}: leftover mark")
        nw = len(text.split())
        if not lim["min_words"] <= nw <= lim["max_words"]:
            errs.append(f"{pid}: {nw} words (want {lim['min_words']}-{lim['max_words']})")
        prev_end = -1
        for i, q in enumerate(r["quotes"]):
            w = f"{pid} quote {i + 1}"
            c = q["content"]
            pos = check_span(text, c, q["content_occurrence"], w + " content", errs, glue_check=False)
            if pos < 0:
                continue
            if c[0] in ALL_MARKS or c[-1] in ALL_MARKS:
                errs.append(f"{w}: content starts or ends with a quote mark")
            if c[0] in " .،,:؛" or c[-1] in " ،,:؛":
                errs.append(f"{w}: content starts or ends with punctuation/space")
            end = pos + len(c)
            if q["direct"]:
                if pos == 0 or text[pos - 1] not in OPEN_MARKS or end >= len(text) \
                        or text[end] not in CLOSE_MARKS:
                    errs.append(f"{w}: direct content not enclosed in quote marks")
            else:
                if c.endswith("."):
                    errs.append(f"{w}: indirect content ends with a full stop")
            if pos < prev_end and not (q["direct"]):
                pass
            prev_end = end
            if not isinstance(q["direct"], bool):
                errs.append(f"{w}: direct not bool")
            if cue_of(q["cue"]) is None:
                errs.append(f"{w}: unknown cue {q['cue']!r}")
            elif q["cue"] not in text:
                errs.append(f"{w}: cue {q['cue']!r} not in text")
            sp = q["speaker"]
            if sp["kind"] not in KINDS:
                errs.append(f"{w}: bad kind {sp['kind']}")
            if sp["text"] is not None:
                spos = check_span(text, sp["text"], sp["occurrence"], w + " speaker", errs)
                if sp["kind"] == "dropped" and spos >= 0 and spos >= pos:
                    errs.append(f"{w}: dropped speaker does not precede the content")
            elif sp["kind"] != "anonymous":
                errs.append(f"{w}: null speaker must be anonymous")
            if q["via"] is not None:
                check_span(text, q["via"]["text"], q["via"]["occurrence"], w + " via", errs)
        for j, n in enumerate(r.get("not_quotes", [])):
            check_span(text, n["text"], n["occurrence"], f"{pid} not_quote {j + 1}", errs,
                       glue_check=False)
            if not n.get("why"):
                errs.append(f"{pid} not_quote {j + 1}: no reason")
    nq = sum(len(r["quotes"]) for r in rows)
    nn = sum(len(r.get("not_quotes", [])) for r in rows)
    if len(rows) < lim["paragraphs"]:
        errs.append(f"only {len(rows)} paragraphs (want >= {lim['paragraphs']})")
    if nq < lim["statements"]:
        errs.append(f"only {nq} statements (want >= {lim['statements']})")
    if nn < lim["not_quotes"]:
        errs.append(f"only {nn} non-statements (want >= {lim['not_quotes']})")
    return errs


def report(rows: list[dict]) -> None:
    qs = [q for r in rows for q in r["quotes"]]
    nqs = [n for r in rows for n in r.get("not_quotes", [])]
    print(f"{len(rows)} paragraphs, {len(qs)} statements, {len(nqs)} non-statements "
          f"({sum(1 for r in rows if not r['quotes'])} paragraphs with no statement)")
    print("direct:", collections.Counter("direct" if q["direct"] else "indirect" for q in qs))
    print("via:", collections.Counter("via" if q["via"] else "no via" for q in qs))
    print("speaker kind:", collections.Counter(q["speaker"]["kind"] for q in qs))
    print("cue type:", collections.Counter(CUE_TYPE[cue_key(q["cue"])] for q in qs))
    print("cue:", collections.Counter(cue_key(q["cue"]) for q in qs).most_common())
    print("not quotes:", collections.Counter(n["why"] for n in nqs).most_common())
    print("words:", min(len(r["text"].split()) for r in rows), "-",
          max(len(r["text"].split()) for r in rows))


def main() -> int:
    if "--check" in sys.argv[1:]:
        rows = [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines() if line]
    else:
        rows = build()
        with OUT.open("w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    errs = validate(rows)
    for e in errs:
        print("ERROR", e)
    report(rows)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
