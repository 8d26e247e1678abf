#!/usr/bin/env python3
"""Build the held-out set for issue 6 (attributed statements: who said what,
through whom).

Writes quotes_heldout.jsonl beside this file, then validates it and prints
counts. The paragraphs were written by a second author who did not see the
paragraphs of quotes_gold.jsonl, only its conventions, so the set is held out
from whatever the extractor was tuned on. The format, the marks and the checks
are those of _make_quotes_gold.py.

Each paragraph is written below with inline marks, so no offset or occurrence
is typed by hand:

    [c1:...]   the content of a statement (what was said)
    [k1:...]   its cue (the speech verb, participle, noun or preposition, as written)
    [s1:...]   a speaker span
    [v1:...]   an intermediary outlet (via)
    [n1:...]   a look-alike that is NOT a statement (documented in ``not_quotes``)

``Q`` lists the statements of a paragraph by label; ``NQ`` gives each ``n``
mark its reason. The marks are stripped to give ``text`` and each
``occurrence`` is computed as the 1-based index of that exact substring among
all its occurrences in ``text``.

    python benchmarks/data/_make_quotes_heldout.py          # rewrite + validate
    python benchmarks/data/_make_quotes_heldout.py --check  # validate the file only

Written for rasd; Apache-2.0.
"""
from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "quotes_heldout.jsonl"

MIN_PARAGRAPHS, MIN_STATEMENTS, MIN_NOT_QUOTES = 15, 50, 10
MIN_WORDS, MAX_WORDS = 60, 150

KINDS = {"named", "titled", "anonymous", "collective", "dropped"}
OPEN_MARKS = "«“\""
CLOSE_MARKS = "»”\""
ALL_MARKS = "«»“”\"'‘’"
DIACRITICS = re.compile(r"[\u064B-\u0652\u0670\u0640]")

# cue (diacritics removed, a glued و/ف stripped when needed) -> cue type.
# The first set's list, plus the inflections this set uses (رأت، أشار، شدد،
# أضافوا، تابعت، معتبرة ...).
CUE_TYPE: dict[str, str] = {}
for _w in ("قال قالت قالوا يقول تقول قلت أكد أكدت يؤكد أوضح أوضحت أضاف أضافت ذكر ذكرت "
           "صرح صرحت أعلن أعلنت نفى نفت حذر حذرت حذروا اعتبر اعتبرت كشف كشفت تابع تابعت "
           "رأى يرى ترى أفاد أفادت زعم زعمت نقلت "
           "رأت أضافوا أكدوا أشار أشارت شدد شددت اعتبروا").split():
    CUE_TYPE[_w] = "verb"
for _w in ("مشيرا مشيرة مؤكدا مؤكدة مؤكدين معتبرا معتبرة مضيفا مضيفة قائلا محذرا معلنا").split():
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
P.append(("h-qt01", """
[n1:أعلن البنك المركزي المصري، مساء الخميس، تثبيت أسعار الفائدة الأساسية] للمرة الثالثة على التوالي، في
قرار جاء متوافقا مع توقعات السوق. [k1:وقالت] [s1:لجنة السياسة النقدية] في بيان إن [c1:الضغوط التضخمية
لا تزال قائمة رغم تراجع المعدل السنوي للتضخم إلى 12.5 في المئة في أيلول]. [k2:ونقلت] [v1:وكالة بلومبرغ
الشرق] عن [s2:مصرفيين في القاهرة] أن [c2:البنك يفضل الانتظار حتى يتضح أثر زيادة أسعار الوقود على
الأسعار]. في المقابل، [k3:رأت] كبيرة الاقتصاديين في بنك الاستثمار "النيل كابيتال" [s3:رانيا الشاذلي]
أن [c3:الباب بات مفتوحا أمام خفض الفائدة بواقع 200 نقطة أساس في اجتماع كانون الأول]، [k4:مضيفة] أن
[c4:استقرار سعر صرف الجنيه يمنح صانعي القرار هامشا أوسع للتحرك].
""", [Q("c1", "k1", "s1", "collective"), Q("c2", "k2", "s2", "anonymous", "v1"),
      Q("c3", "k3", "s3", "titled"), Q("c4", "k4", "s3", "dropped")],
    {"n1": "announcement_no_clause"},
    ["economy", "egypt", "central_bank", "trap_announcement", "chain", "via", "naqalat_an_anna",
     "titled", "long_title", "feminine", "participle"]))

P.append(("h-qt02", """
أصدرت الدائرة الجنائية المختصة بقضايا الإرهاب في المحكمة الابتدائية بتونس، فجر السبت، أحكاما بالسجن
تتراوح بين أربعة أعوام و66 عاما بحق متهمين في ما بات يعرف بقضية "[n1:التآمر على أمن الدولة]". [k1:وقال]
المحامي وعضو هيئة الدفاع [s1:سامي العكرمي] ل[v1:إذاعة موزاييك] إن [c1:الأحكام "صدرت من دون مرافعات" وفي
غياب أغلب المتهمين]، [k2:مؤكدا] أن [c2:الدفاع سيستأنف الحكم خلال الآجال القانونية]. من جهته، [k3:أفاد]
المتحدث باسم المحاكم [s2:محمد الزيتوني] بأن [c3:المحاكمة جرت "وفق الإجراءات المعمول بها" وفي جلسات
علنية]، [n2:نافيا وجود أي ضغوط سياسية على القضاء]. [k4:واعتبرت] [s3:جبهة الخلاص الوطني] المعارضة في
بيان أن [c4:الأحكام "تصفية حسابات" مع الخصوم السياسيين]. [n3:يذكر أن المحاكمة انطلقت في آذار الماضي]
وسط انتقادات من منظمات حقوقية محلية ودولية.
""", [Q("c1", "k1", "s1", "titled", "v1"), Q("c2", "k2", "s1", "dropped", "v1"),
      Q("c3", "k3", "s2", "titled"), Q("c4", "k4", "s3", "collective")],
    {"n1": "case_name_in_quotes", "n2": "nafa_noun_no_clause", "n3": "yudhkar_anna_editorial"},
    ["courts", "tunisia", "via", "via_carried", "participle", "bi_anna", "partial_quote",
     "scare_quotes_inside_content", "collective", "trap_case_name", "trap_nafa_noun",
     "trap_yudhkar"]))

P.append(("h-qt03", """
[k1:أكد] مدرب المنتخب الجزائري [s1:فلاديمير بيتكوفيتش]، في المؤتمر الصحفي الذي سبق مواجهة غينيا، أن
[c1:فريقه لا يملك هامشا للخطأ في سباق التأهل إلى كأس العالم]. [k2:وأضاف]: «[c2:نحترم المنافس كثيرا.
لكننا نلعب على أرضنا وأمام جمهورنا، وهدفنا الوحيد هو النقاط الثلاث]». [k3:وأوضح] أن [c3:المدافع رامي بن
سبعيني تعافى من الإصابة وسيكون جاهزا للمشاركة منذ البداية]. أما [s2:رياض محرز] [k4:فقال]:
"[c4:نعرف حجم المسؤولية، والجماهير تنتظر منا ردة فعل قوية بعد تعثر الجولة الماضية]". وكان الاتحاد
الجزائري لكرة القدم قد [n1:أعلن قائمة تضم 26 لاعبا] الأسبوع الماضي، فيما [n2:تابع آلاف المشجعين الحصة
التدريبية الأخيرة] في ملعب نيلسون مانديلا.
""", [Q("c1", "k1", "s1", "titled"), Q("c2", "k2", "s1", "dropped", d=True),
      Q("c3", "k3", "s1", "dropped"), Q("c4", "k4", "s2", "named", d=True)],
    {"n1": "announcement_no_clause", "n2": "taba3a_watch"},
    ["sport", "press_conference", "algeria", "direct", "guillemets", "straight_quotes",
     "multi_sentence_quote", "dropped", "amma_fa", "svo", "named", "trap_announcement",
     "trap_speech_verb_other_sense"]))

P.append(("h-qt04", """
[k1:أعلنت] [s1:وزارة الصحة العراقية]، الأحد، أن [c1:عدد الإصابات المؤكدة بالكوليرا ارتفع إلى 312 حالة في
خمس محافظات]، [k2:مشيرة] إلى أن [c2:معظم الحالات سجلت في السليمانية وكركوك]. [k3:وقال] المتحدث باسم
الوزارة [s2:سيف البدري] ل[v1:وكالة الأنباء العراقية] إن [c3:الفرق الصحية "تسيطر على الوضع"، وإن مخزون
الأدوية والمحاليل يكفي لثلاثة أشهر]، [n1:داعيا المواطنين إلى غلي مياه الشرب قبل استخدامها]. [n2:وكشفت
الفحوص المخبرية عن تلوث شبكات المياه] في عدد من الأحياء الشعبية. [k4:وحذر] ممثل منظمة الصحة العالمية
في العراق [s3:كريم الهاشمي] من أن [c4:ارتفاع درجات الحرارة قد يسرّع انتشار العدوى خلال الأسابيع
المقبلة].
""", [Q("c1", "k1", "s1", "collective"), Q("c2", "k2", "s1", "dropped"),
      Q("c3", "k3", "s2", "titled", "v1"), Q("c4", "k4", "s3", "titled")],
    {"n1": "call_with_ila_noun", "n2": "kashafa_an_noun"},
    ["health", "iraq", "collective", "feminine", "participle", "via", "coordinated_inna",
     "hadhdhara_min_anna", "long_title", "trap_call_to_noun", "trap_kashafa_an"]))

P.append(("h-qt05", """
[c1:ارتفعت حصيلة ضحايا السيول التي اجتاحت مدينة المرج شرقي ليبيا إلى 27 قتيلا، بينهم ستة أطفال]،
[k1:بحسب] ما نقلته [v1:قناة ليبيا الأحرار] عن [s1:مصادر في الهلال الأحمر الليبي]. [k2:وقال] مدير المركز
الوطني للأرصاد الجوية [s2:عبد الحكيم المبروك] إن [c2:كميات الأمطار التي هطلت خلال 24 ساعة تعادل معدل
ثلاثة أشهر]، [k3:محذرا] من أن [c3:منخفضا جويا جديدا قد يضرب المنطقة نهاية الأسبوع]. [n1:ومن المرجح أن
ترتفع الحصيلة] مع استمرار عمليات البحث تحت الأنقاض. [k4:وأكد] [s3:سكان] تحدثوا إلى [v2:وكالة فرانس
برس] أن [c4:فرق الإنقاذ وصلت متأخرة إلى الأحياء المنكوبة]، فيما [n2:نفت السلطات المحلية هذه الاتهامات].
""", [Q("c1", "k1", "s1", "anonymous", "v1"), Q("c2", "k2", "s2", "titled"),
      Q("c3", "k3", "s2", "dropped"), Q("c4", "k4", "s3", "anonymous", "v2")],
    {"n1": "impersonal_passive_no_speaker", "n2": "nafa_noun_no_clause"},
    ["climate_disaster", "libya", "postposed_attribution", "paragraph_initial_content",
     "bihasb_ma_naqalathu", "via", "anonymous", "participle", "hadhdhara_min_anna",
     "trap_impersonal", "trap_nafa_noun"]))

P.append(("h-qt06", """
[n1:أعلنت السلطة الوطنية المستقلة للانتخابات في الجزائر النتائج المؤقتة للاقتراع الرئاسي] مساء الأحد.
[k1:وقال] رئيس السلطة [s1:محمد شرفي] في مؤتمر صحفي إن [c1:نسبة المشاركة بلغت 48 في المئة]، [k2:معتبرا]
أن [c2:الاقتراع جرى "في أجواء هادئة" ومن دون حوادث تذكر]. غير أن [s2:حركة مجتمع السلم]، التي حل مرشحها
ثانيا، [k3:قالت] في بيان إن [c3:الأرقام المعلنة "متناقضة" مع محاضر الفرز التي تسلمها ممثلوها]،
[k4:مؤكدة] أنها [c4:ستطعن في النتائج أمام المحكمة الدستورية]. ونقلت [v1:صحيفة الخبر] عن [s3:قيادي في
الحركة] [k5:قوله]: «[c5:لن نقبل بمصادرة إرادة الناخبين. سنسلك كل الطرق القانونية المتاحة]». وجاءت هذه
التصريحات [n2:بعد أن أعلنت المحكمة الدستورية تلقيها ثلاثة طعون].
""", [Q("c1", "k1", "s1", "titled"), Q("c2", "k2", "s1", "dropped"),
      Q("c3", "k3", "s2", "collective"), Q("c4", "k4", "s2", "dropped"),
      Q("c5", "k5", "s3", "anonymous", "v1", d=True)],
    {"n1": "announcement_no_clause", "n2": "baada_an_temporal"},
    ["elections", "maghreb", "algeria", "trap_announcement", "participle", "svo",
     "collective", "pronoun_suffix_particle", "chain", "direct", "multi_sentence_quote",
     "guillemets", "trap_baada_an"]))

P.append(("h-qt07", """
[n1:هل تنجح مسقط حيث أخفق الآخرون؟] [k1:أكد] وزير الخارجية العماني [s1:بدر البوسعيدي] أن [c1:المحادثات بين
الوفدين جرت في "أجواء بناءة"، وأن جولة جديدة ستعقد في مسقط خلال أسبوعين]. [k2:وكشف] [s2:مصدر دبلوماسي
خليجي] ل[v1:صحيفة الشرق الأوسط] أن [c2:الوساطة العمانية حظيت بدعم سعودي وقطري كامل]، [k3:مضيفا] أن
[c3:الخلاف لا يزال قائما حول آلية رفع العقوبات وجدولها الزمني]. [k4:وأوضح] [s3:المصدر] أن [c4:الرياض
تلقت إحاطة مفصلة عن مجريات الجولة الأولى]. في الأثناء، [n2:شدد المجلس الوزاري لمجلس التعاون الخليجي على
أهمية الحلول الدبلوماسية] في ختام اجتماعه بالكويت.
""", [Q("c1", "k1", "s1", "titled"), Q("c2", "k2", "s2", "anonymous", "v1"),
      Q("c3", "k3", "s2", "dropped", "v1"), Q("c4", "k4", "s3", "anonymous", "v1")],
    {"n1": "headline_question", "n2": "akkada_ala_noun"},
    ["gulf_diplomacy", "oman", "trap_headline_question", "coordinated_anna", "anonymous",
     "via", "via_carried", "anaphoric_anonymous", "participle", "trap_akkada_ala"]))

P.append(("h-qt08", """
«[c1:لن نسمح بأن تتحول أرض العراق إلى ساحة لتصفية الحسابات الإقليمية. قرار الحرب والسلم يعود إلى
الدولة وحدها]»، [k1:قال] رئيس مجلس الوزراء العراقي [s1:محمد شياع السوداني] في كلمة متلفزة مساء
الثلاثاء. [k2:وأضاف] أن [c2:الحكومة ماضية "مهما كانت الضغوط" في حصر السلاح بيد الدولة]. في المقابل،
[k3:اعتبر] [s2:الإطار التنسيقي] في بيان عقب اجتماعه الدوري أن [c3:الحوار بين القوى السياسية هو السبيل
الوحيد لمعالجة ملف الفصائل]. [k4:وقال] [s3:نائب عن ائتلاف دولة القانون]، طلب عدم ذكر اسمه، ل[v1:قناة
الشرقية] إن [c4:الخلافات حول قانون الحشد الشعبي لم تحسم بعد، وإن التصويت قد يؤجل إلى الفصل التشريعي
المقبل]. [n1:يذكر أن البرلمان العراقي أخفق ثلاث مرات في عقد جلسة التصويت على القانون].
""", [Q("c1", "k1", "s1", "titled", d=True), Q("c2", "k2", "s1", "dropped"),
      Q("c3", "k3", "s2", "collective"), Q("c4", "k4", "s3", "anonymous", "v1")],
    {"n1": "yudhkar_anna_editorial"},
    ["iraq", "politics", "direct", "speaker_after_quote", "multi_sentence_quote", "guillemets",
     "dropped", "scare_quotes_inside_content", "collective", "anonymous", "via",
     "coordinated_inna", "trap_yudhkar"]))
P.append(("h-qt09", """
[k1:نقلت] [v1:وكالة سبأ] الحكومية عن رئيس مجلس القيادة الرئاسي اليمني [s1:رشاد العليمي] أن [c1:الحكومة
لن تدخر جهدا لصرف رواتب الموظفين المتأخرة قبل نهاية الشهر]. [k2:وأشار] إلى أن [c2:الوديعة السعودية
الجديدة ستسهم في وقف تدهور سعر الريال]. في المقابل، [k3:قال] عضو المكتب السياسي لجماعة الحوثيين
[s2:محمد البخيتي] في حديث ل[v2:قناة المسيرة] إن [c3:أي تصعيد ضد موانئ الحديدة سيقابل برد "مختلف" هذه
المرة]. [k4:وتابع] [s4:البخيتي]: «[c4:من يراهن على الحصار واهم. شعبنا صمد عشر سنوات وسيصمد أكثر]». على الصعيد
الإنساني، [c5:أكثر من 17 مليون يمني يعانون انعدام الأمن الغذائي]، [k5:وفق] [s3:برنامج الأغذية العالمي].
""", [Q("c1", "k1", "s1", "titled", "v1"), Q("c2", "k2", "s1", "dropped", "v1"),
      Q("c3", "k3", "s2", "titled", "v2"), Q("c4", "k4", "s4", "named", "v2", d=True),
      Q("c5", "k5", "s3", "collective")], {},
    ["yemen", "politics", "naqalat_an_anna", "via", "via_carried", "dropped", "long_title",
     "fi_hadith_li", "partial_quote", "direct", "named_repeat", "multi_sentence_quote", "guillemets",
     "postposed_attribution", "noun_cue"]))

P.append(("h-qt10", """
[n1:كشفت شركة مايكروسوفت، الأربعاء، عن نموذج جديد للذكاء الاصطناعي يدعم اللهجات العربية] ضمن مساعدها
الرقمي «[n2:كوبايلوت]». [k1:وقال] رئيس الشركة [s1:براد سميث] في مقابلة مع [v1:قناة سكاي نيوز عربية] إن
[c1:المنطقة العربية باتت "سوقا استراتيجية" للشركة]، [k2:مضيفا]: «[c2:سنضاعف استثماراتنا في مراكز
البيانات بالخليج خلال عامين]». [k3:وبحسب] [s2:شركة الأبحاث آي دي سي]، فإن [c3:الإنفاق على الذكاء
الاصطناعي في الشرق الأوسط سيبلغ سبعة مليارات دولار بحلول عام 2027]. غير أن [s3:خبراء في الأمن
السيبراني] [k4:حذروا] في حديث ل[v2:صحيفة الاقتصادية] من أن [c4:تخزين بيانات المستخدمين خارج المنطقة
يثير مخاوف تتعلق بالخصوصية والسيادة الرقمية].
""", [Q("c1", "k1", "s1", "titled", "v1"), Q("c2", "k2", "s1", "dropped", "v1", d=True),
      Q("c3", "k3", "s2", "collective"), Q("c4", "k4", "s3", "anonymous", "v2")],
    {"n1": "kashafa_an_noun", "n2": "product_name_in_quotes"},
    ["tech", "trap_kashafa_an", "trap_product_name", "fi_muqabala_maa", "via", "via_carried",
     "participle", "participle_colon_direct", "direct", "guillemets", "noun_cue", "fa_inna", "svo",
     "anonymous", "hadhdhara_min_anna"]))

P.append(("h-qt11", """
[c1:أرجأت غرفة الجنايات الاستئنافية بالدار البيضاء، الاثنين، النظر في ملف الاتجار بالبشر الذي يتابع فيه
14 متهما إلى الثاني عشر من الشهر المقبل]، [k1:وفق] ما أوردته [s1:جريدة هسبريس] الإلكترونية. [k2:وأوضح]
المحامي [s2:يوسف الحلوي]، الذي ينوب عن عدد من الضحايا، ل[v1:موقع اليوم 24] أن [c2:التأجيل جاء بطلب من
هيئة الدفاع لاستكمال إعداد مرافعاتها]. و[n1:نفى المتهم الرئيسي التهم المنسوبة إليه] خلال الجلسة
السابقة، فيما رفعت الهيئة الجلسة [n2:من دون أن تبت في طلب السراح المؤقت]. [k3:وقالت] [s3:الجمعية
المغربية لحقوق الإنسان] في بيان إن [c3:الضحايا ينتظرون العدالة منذ أكثر من عامين]، [k4:معتبرة] أن
[c4:بطء المساطر القضائية "يضاعف معاناتهم" ويشجع على الإفلات من العقاب]، [k5:ومشيرة] إلى أن [c5:بعضهم ما زال يتلقى تهديدات].
""", [Q("c1", "k1", "s1", "collective"), Q("c2", "k2", "s2", "titled", "v1"),
      Q("c3", "k3", "s3", "collective"), Q("c4", "k4", "s3", "dropped"),
      Q("c5", "k5", "s3", "dropped")],
    {"n1": "nafa_noun_no_clause", "n2": "min_dun_an"},
    ["courts", "morocco", "postposed_attribution", "paragraph_initial_content",
     "outlet_as_speaker", "wafq_ma_awradathu", "via", "relative_clause_between", "trap_nafa_noun",
     "trap_min_dun_an", "collective", "participle", "feminine"]))
P.append(("h-qt12", """
[k1:كشف] وزير الصحة والحماية الاجتماعية المغربي [s1:أمين التهراوي] أن [c1:عدد الإصابات بالحصبة منذ مطلع
العام تجاوز 25 ألف حالة]، [k2:مؤكدا] أن [c2:الحملة الاستدراكية للتلقيح شملت أكثر من أربعة ملايين طفل].
[k3:وقال] [s2:التهراوي] في جلسة الأسئلة الشفوية بمجلس النواب: “[c3:الوضع تحت السيطرة. لكن التراخي في
التلقيح خلال السنوات الأخيرة كلفنا غاليا]”. في المقابل، [k4:قال] [s3:أطباء] في مستشفيات عمومية
ل[v1:صحيفة الصباح] إن [c4:أقسام طب الأطفال "تجاوزت طاقتها الاستيعابية" منذ أسابيع]. [k5:وأضافوا] أن
[c5:النقص في الأطر التمريضية يزيد الضغط على الطواقم العاملة]. و[n1:أكد عدد من النواب على ضرورة تعميم
التلقيح في المناطق القروية النائية].
""", [Q("c1", "k1", "s1", "titled"), Q("c2", "k2", "s1", "dropped"),
      Q("c3", "k3", "s2", "named", d=True), Q("c4", "k4", "s3", "anonymous", "v1"),
      Q("c5", "k5", "s3", "dropped", "v1")],
    {"n1": "akkada_ala_noun"},
    ["health", "morocco", "long_title", "kashafa_anna", "participle", "direct", "curly_quotes",
     "multi_sentence_quote", "anonymous", "via", "via_carried", "plural_agreement",
     "trap_akkada_ala"]))

P.append(("h-qt13", """
تراجعت معظم البورصات الخليجية في تعاملات الأحد، وقاد مؤشر السوق السعودية الخسائر بانخفاض نسبته 1.4 في
المئة، بينما [n1:تابع المستثمرون بقلق بيانات التضخم الأميركية]. "[c1:السوق تسعّر احتمال خفض إنتاج تحالف
أوبك+. المستثمرون يفضلون الترقب على المجازفة في هذه المرحلة]"، [k1:قال] رئيس إدارة الأصول في شركة
الرمز للأوراق المالية [s1:طارق العبدلي] ل[v1:وكالة رويترز]. [k2:وتابع] أن [c2:أسهم البنوك قد تستعيد
توازنها سريعا بفضل هوامش الربح المرتفعة]. [k3:ووفقا] لبيانات [s2:مجموعة بورصات لندن]، فإن [c3:المستثمرين
الأجانب كانوا بائعين صافين للأسبوع الثالث على التوالي]. [n2:وأفاد صغار المستثمرين من موجة الصعود] التي
شهدتها السوق مطلع الشهر.
""", [Q("c1", "k1", "s1", "titled", "v1", d=True), Q("c2", "k2", "s1", "dropped", "v1"),
      Q("c3", "k3", "s2", "collective")],
    {"n1": "taba3a_watch", "n2": "afada_benefit"},
    ["economy", "markets", "gulf", "direct", "straight_quotes", "speaker_after_quote",
     "multi_sentence_quote", "long_title", "via", "via_carried", "tabaa_anna", "noun_cue",
     "fa_inna", "trap_speech_verb_other_sense"]))

P.append(("h-qt14", """
[n1:ماذا تريد الرياض من التقارب مع أنقرة؟] [n2:أعلنت وزارة الخارجية السعودية، مساء الاثنين، زيارة مرتقبة
لوزير الخارجية التركي] إلى الرياض، هي الثانية خلال أقل من عام. [n3:وأكد الجانبان في اتصال هاتفي على عمق
العلاقات الأخوية بين البلدين]، وبحثا سبل تعزيز التعاون في مجالات الدفاع والطاقة والاستثمار. [n4:ويعتقد
على نطاق واسع أن الملف السوري سيتصدر جدول المباحثات]، إلى جانب التطورات في البحر الأحمر. وتأتي الزيارة
[n5:بعد أن وقع البلدان اتفاقية لإنشاء مجلس تنسيق استراتيجي]. [n6:يذكر أن حجم التبادل التجاري بين البلدين
تجاوز ثمانية مليارات دولار العام الماضي].
""", [], {"n1": "headline_question", "n2": "announcement_no_clause", "n3": "akkada_ala_noun",
          "n4": "impersonal_passive_no_speaker", "n5": "baada_an_temporal",
          "n6": "yudhkar_anna_editorial"},
    ["gulf_diplomacy", "saudi", "turkey", "negative", "trap_headline_question",
     "trap_announcement", "trap_akkada_ala", "trap_impersonal", "trap_baada_an",
     "trap_yudhkar"]))

P.append(("h-qt15", """
«[c1:لم أكن في أفضل حالاتي اليوم، لكنني قاتلت على كل نقطة. هذا ما يهم في النهاية]»، [k1:قالت] المصنفة
الأولى عربيا [s1:أنس جابر] في المؤتمر الصحفي عقب تأهلها إلى الدور ربع النهائي من بطولة الدوحة.
[k2:وأضافت] في حديث ل[v1:قناة بي إن سبورتس] أن [c2:الإصابة في الكتف "لم تعد تزعجها" كما في الموسم
الماضي]. [k3:وتابعت]: «[c3:أريد أن أمنح الجمهور العربي لقبا يستحقه. أشعر بطاقة مختلفة هنا]». أما
منافستها البولندية [s2:ماغدا لينيت] [k4:فقالت] إن [c4:الرياح القوية أثرت على إرسالها طوال المجموعة
الثانية]. و[n1:تابع نحو خمسة آلاف متفرج اللقاء] من مدرجات الملعب الرئيسي.
""", [Q("c1", "k1", "s1", "titled", d=True), Q("c2", "k2", "s1", "dropped", "v1"),
      Q("c3", "k3", "s1", "dropped", "v1", d=True), Q("c4", "k4", "s2", "titled")],
    {"n1": "taba3a_watch"},
    ["sport", "press_conference", "tennis", "direct", "guillemets", "speaker_after_quote",
     "multi_sentence_quote", "feminine", "fi_hadith_li", "via", "via_carried",
     "paragraph_tabaat", "amma_fa", "svo", "trap_speech_verb_other_sense"]))

P.append(("h-qt16", """
[k1:حذرت] [s1:المنظمة العالمية للأرصاد الجوية]، في تقرير نشرته الثلاثاء، من أن [c1:المنطقة العربية تسخن
بمعدل يفوق ضعف المتوسط العالمي]، [n1:داعية الحكومات إلى الاستثمار في أنظمة الإنذار المبكر]. [k2:وقالت]
الأمينة العامة للمنظمة [s2:سيليست ساولو] في مؤتمر صحفي بجنيف: «[c2:موجات الحر باتت أطول وأشد. لم يعد
بوسعنا التعامل معها بوصفها أحداثا استثنائية]». [k3:واعتبر] [s3:خبراء مناخ] تحدثوا إلى [v1:موقع بي بي
سي عربي] أن [c3:المدن الساحلية في مصر وتونس هي الأكثر عرضة لارتفاع منسوب البحر]، [n2:محذرين من تآكل
الشواطئ]. [n3:يذكر أن صيف العام الماضي سجل درجات حرارة قياسية في عدة دول عربية].
""", [Q("c1", "k1", "s1", "collective"), Q("c2", "k2", "s2", "titled", d=True),
      Q("c3", "k3", "s3", "anonymous", "v1")],
    {"n1": "call_with_ila_noun", "n2": "hadhdhara_min_noun", "n3": "yudhkar_anna_editorial"},
    ["climate_disaster", "un", "collective", "feminine", "hadhdhara_min_anna", "direct",
     "guillemets", "multi_sentence_quote", "anonymous", "via", "trap_call_to_noun",
     "trap_hadhdhara_min_noun", "trap_yudhkar"]))

P.append(("h-qt17", """
[k1:قال] [s1:ثلاثة مسؤولين في قطاع النفط] ل[v1:وكالة رويترز] إن [c1:استئناف صادرات نفط إقليم كردستان عبر
ميناء جيهان التركي قد يتأخر أسابيع إضافية]، [k2:مؤكدين] أن [c2:الخلاف بين بغداد وأربيل لا يزال يدور حول
كلفة الإنتاج والنقل]. من جهتها، [k3:أعلنت] [s2:وزارة النفط العراقية] أنها [c3:مستعدة لتسلم 230 ألف
برميل يوميا من حقول الإقليم فور التوصل إلى اتفاق]، فيما [k4:نفت] [s3:حكومة إقليم كردستان] أن [c4:تكون
قد عرقلت المفاوضات]، [k5:معتبرة] أن [c5:المطالب المالية لبغداد "غير واقعية" في ظل الظروف الحالية].
و[n1:كشفت حكومة الإقليم عن خطة لتسوية مستحقات الشركات الأجنبية] المتراكمة منذ عامين.
""", [Q("c1", "k1", "s1", "anonymous", "v1"), Q("c2", "k2", "s1", "dropped", "v1"),
      Q("c3", "k3", "s2", "collective"), Q("c4", "k4", "s3", "collective"),
      Q("c5", "k5", "s3", "dropped")],
    {"n1": "kashafa_an_noun"},
    ["economy", "iraq", "oil", "anonymous", "via", "via_carried", "plural_participle",
     "pronoun_suffix_particle", "denial", "collective", "participle", "feminine",
     "scare_quotes_inside_content", "trap_kashafa_an"]))
# --------------------------------------------------------------------------- build
# The parsing and span helpers are the first set's (benchmarks/data/_make_quotes_gold.py).
sys.path.insert(0, str(HERE))
from _make_quotes_gold import (  # noqa: E402
    AR_LETTER,
    MARK,
    PROCLITICS,
    check_span,
    is_letter,
    locate,
    occurrence_of,
    parse,
    ref,
)
from _make_quotes_gold import validate as _validate  # noqa: E402


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
def validate(rows: list[dict]) -> list[str]:
    """The first set's checks, with this set's smaller minimums."""
    return _validate(rows, {"min_words": MIN_WORDS, "max_words": MAX_WORDS, "paragraphs": MIN_PARAGRAPHS,
                            "statements": MIN_STATEMENTS, "not_quotes": MIN_NOT_QUOTES}, cue_key)


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
