#!/usr/bin/env python3
"""Build the gold set for issue 4 (actors and places: coreference inside an
article and stable ids across articles).

Writes actors_gold.jsonl beside this file, then validates it and prints counts.

Each paragraph is written below with inline marks, so no offset or occurrence
is typed by hand:

    [surface|key]                  a named mention (kind "name")
    [surface|key|title]            a nominal mention of a named actor (الوزير، الحركة)
    [surface|key|acronym]          a short form when the long form is in the same paragraph
    [surface|key|name|place:ru]    a capital standing for its government ("stands_for")

The marks are stripped to give ``text``; each mention's ``occurrence`` is then
computed as the 1-based index of that exact substring among all its occurrences
in ``text`` (search with ``text.find(s, previous_start + 1)``), so a scorer can
find the span again. ``ENT`` gives every key its kb_id (or None) and label; a key
means the same actor in every paragraph.

    python benchmarks/data/_make_actors_gold.py          # rewrite + validate
    python benchmarks/data/_make_actors_gold.py --check  # validate the file only

Written for rasd; Apache-2.0.
"""
from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "actors_gold.jsonl"
KB = HERE.parent.parent / "rasd" / "kb" / "data"
KB_FILES = ("countries", "cities", "regions", "organizations", "people")

# --------------------------------------------------------------------------- entities
# key -> (kb_id or None, label). None means "not in the knowledge base": the
# system must still give the same id in every paragraph that uses the key.
ENT: dict[str, tuple[str | None, str]] = {
    # places
    "jo": ("place:jo", "LOC"), "amman": ("place:amman", "LOC"), "oman": ("place:om", "LOC"),
    "muscat": ("place:muscat", "LOC"), "zarqa": ("place:zarqa", "LOC"),
    "russeifa": ("place:russeifa", "LOC"), "cairo": ("place:cairo", "LOC"),
    "eg": ("place:eg", "LOC"), "qa": ("place:qa", "LOC"), "us": ("place:us", "LOC"),
    "gaza_strip": ("place:gaza-strip", "LOC"), "khan_yunis": ("place:khan-yunis", "LOC"),
    "rafah": ("place:rafah", "LOC"), "rafah_crossing": ("place:rafah-crossing", "LOC"),
    "arish": ("place:arish", "LOC"), "il": ("place:il", "LOC"), "doha": ("place:doha", "LOC"),
    "west_bank": ("place:west-bank", "LOC"), "brussels": ("place:brussels", "LOC"),
    "paris": ("place:paris", "LOC"), "europe": ("place:europe", "LOC"), "ua": ("place:ua", "LOC"),
    "washington": ("place:washington", "LOC"), "moscow": ("place:moscow", "LOC"),
    "kyiv": ("place:kyiv", "LOC"), "riyadh": ("place:riyadh", "LOC"), "ru": ("place:ru", "LOC"),
    "the_hague": ("place:the-hague", "LOC"), "london": ("place:london", "LOC"),
    "new_york": ("place:new-york", "LOC"), "sa": ("place:sa", "LOC"), "ae": ("place:ae", "LOC"),
    "abu_dhabi": ("place:abu-dhabi", "LOC"), "damascus": ("place:damascus", "LOC"),
    "beirut": ("place:beirut", "LOC"), "lb": ("place:lb", "LOC"), "sy": ("place:sy", "LOC"),
    "hermel": ("place:hermel", "LOC"), "qusayr": ("place:qusayr", "LOC"),
    "aleppo": ("place:aleppo", "LOC"), "idlib": ("place:idlib", "LOC"),
    "fasher": ("place:el-fasher", "LOC"), "darfur": ("place:darfur", "LOC"),
    "khartoum": ("place:khartoum", "LOC"), "port_sudan": ("place:port-sudan", "LOC"),
    "sd": ("place:sd", "LOC"), "ir": ("place:ir", "LOC"), "tehran": ("place:tehran", "LOC"),
    "rome": ("place:rome", "LOC"), "it": ("place:it", "LOC"),
    "aqaba": ("place:aqaba", "LOC"), "texas": ("place:texas", "LOC"), "fr": ("place:fr", "LOC"), "gulf": ("place:gulf-region", "LOC"),
    # people in the knowledge base
    "safadi": ("actor:ayman-safadi", "PER"), "albusaidi": ("actor:badr-albusaidi", "PER"),
    "haitham": ("actor:haitham-bin-tariq", "PER"), "abdullah2": ("actor:abdullah-ii", "PER"),
    "kallas": ("actor:kaja-kallas", "PER"), "sisi": ("actor:abdel-fattah-el-sisi", "PER"),
    "mbar": ("actor:mohammed-bin-abdulrahman", "PER"), "biden": ("actor:joe-biden", "PER"),
    "hayya": ("actor:khalil-al-hayya", "PER"), "abdelatty": ("actor:badr-abdelatty", "PER"),
    "abu_obeida": ("actor:abu-obeida", "PER"), "macron": ("actor:emmanuel-macron", "PER"),
    "putin": ("actor:vladimir-putin", "PER"), "rutte": ("actor:mark-rutte", "PER"),
    "peskov": ("actor:dmitry-peskov", "PER"), "trump": ("actor:donald-trump", "PER"),
    "zelensky": ("actor:volodymyr-zelensky", "PER"), "starmer": ("actor:keir-starmer", "PER"),
    "lavrov": ("actor:sergey-lavrov", "PER"), "mbs": ("actor:mohammed-bin-salman", "PER"),
    "mbz": ("actor:mohamed-bin-zayed", "PER"), "abz": ("actor:abdullah-bin-zayed", "PER"),
    "tamim": ("actor:tamim-bin-hamad", "PER"), "sharaa": ("actor:ahmed-al-sharaa", "PER"),
    "assad": ("actor:bashar-al-assad", "PER"), "maher": ("actor:maher-al-assad", "PER"),
    "shaibani": ("actor:asaad-al-shaibani", "PER"), "jaoun": ("actor:joseph-aoun", "PER"),
    "maoun": ("actor:michel-aoun", "PER"), "berri": ("actor:nabih-berri", "PER"),
    "nsalam": ("actor:nawaf-salam", "PER"), "pedersen": ("actor:geir-pedersen", "PER"),
    "burhan": ("actor:abdel-fattah-al-burhan", "PER"),
    "hemedti": ("actor:mohamed-hamdan-dagalo", "PER"),
    "araghchi": ("actor:abbas-araghchi", "PER"), "witkoff": ("actor:steve-witkoff", "PER"),
    "grossi": ("actor:rafael-grossi", "PER"), "rubio": ("actor:marco-rubio", "PER"),
    # organizations in the knowledge base
    "hamas": ("actor:hamas", "ORG"), "isis": ("actor:isis", "ORG"), "qassam": ("actor:qassam-brigades", "ORG"),
    "idf": ("actor:idf", "ORG"), "eu": ("actor:eu", "ORG"), "nato": ("actor:nato", "ORG"),
    "kremlin": ("actor:kremlin", "ORG"), "un": ("actor:united-nations", "ORG"),
    "unsc": ("actor:un-security-council", "ORG"), "aramco": ("actor:aramco", "ORG"),
    "qatarenergy": ("actor:qatarenergy", "ORG"), "hts": ("actor:hts", "ORG"),
    "hezbollah": ("actor:hezbollah", "ORG"), "leb_parl": ("actor:lebanese-parliament", "ORG"),
    "saf": ("actor:saf", "ORG"), "rsf": ("actor:rsf", "ORG"),
    "sov_council": ("actor:sovereignty-council", "ORG"), "msf": ("actor:msf", "ORG"),
    "iaea": ("actor:iaea", "ORG"), "white_house": ("actor:white-house", "ORG"),
    # NOT in the knowledge base; each appears in two or more paragraphs
    "khawaldeh": (None, "PER"),      # سامر الخوالدة / سامر خوالدة, Zarqa municipality spokesman (invented)
    "tarawneh": (None, "PER"),       # رنا الطراونة, water expert (invented)
    "zarqa_muni": (None, "ORG"),     # بلدية الزرقاء
    "gam": (None, "ORG"),            # أمانة عمان الكبرى / أمانة عمّان الكبرى
    "mwi": (None, "ORG"),            # وزارة المياه والري
    "ghalban": (None, "PER"),        # عماد الغلبان, Khan Yunis ambulance director (invented)
    "amal_relief": (None, "ORG"),    # جمعية الأمل للإغاثة الإنسانية (invented)
    "waha": (None, "ORG"),           # مجموعة الواحة للطاقة (invented)
    "qahtani": (None, "PER"),        # فيصل القحطاني, its chief executive (invented)
    "nassar": (None, "PER"),         # كمال نصار, Lebanese customs director (invented)
    "abakar": (None, "PER"),         # حسين آدم أبكر, El Fasher emergency room (invented)
    "customs_lb": (None, "ORG"),     # إدارة الجمارك اللبنانية
    # NOT in the knowledge base, one paragraph only
    "fourth_division": (None, "ORG"),  # الفرقة الرابعة (Syrian army unit)
}

# --------------------------------------------------------------------------- paragraphs
# (id, group, published, marked text). Groups tie articles about the same actors.
P = [
# g1 — Jordan: the foreign minister, Amman vs Oman, a water cut in Zarqa
("a01", "g1", "2025-03-02",
 "استقبل وزير الخارجية وشؤون المغتربين [أيمن الصفدي|safadi] في [عمان|amman]، الأحد، وزير خارجية "
 "[سلطنة عمان|oman] [بدر البوسعيدي|albusaidi]، وبحث الجانبان سبل تعزيز التعاون الثنائي والتنسيق "
 "بين [الأردن|jo] و[مسقط|muscat|name|place:om] إزاء التطورات الإقليمية. ونقل [البوسعيدي|albusaidi] "
 "رسالة خطية من [السلطان هيثم بن طارق|haitham] إلى [الملك عبدالله الثاني|abdullah2] تتعلق بالأوضاع "
 "في [قطاع غزة|gaza_strip] وجهود تثبيت وقف إطلاق النار. وقال [الصفدي|safadi] في مؤتمر صحفي مشترك "
 "إن التنسيق مع [السلطنة|oman|title] مستمر ولم ينقطع، مؤكدا أن [المملكة|jo|title] ترفض أي محاولة "
 "لتهجير الفلسطينيين من أرضهم. وأضاف [الوزير|safadi|title] أن اجتماعا وزاريا عربيا سيعقد في "
 "[القاهرة|cairo] الشهر المقبل لبحث خطة إعادة إعمار [القطاع|gaza_strip|title]."),
("a02", "g1", "2025-03-10",
 "قال المتحدث باسم [بلدية الزرقاء|zarqa_muni] [سامر الخوالدة|khawaldeh] إن انقطاع المياه عن أحياء "
 "واسعة في [الزرقاء|zarqa] و[الرصيفة|russeifa] دخل يومه الرابع، بعد عطل مفاجئ في خط ناقل رئيسي يغذي "
 "المدينتين. وأوضح [الخوالدة|khawaldeh] أن [البلدية|zarqa_muni|title] خاطبت [وزارة المياه والري|mwi] "
 "لتزويد السكان بالصهاريج، في حين أعلنت [أمانة عمان الكبرى|gam] أنها سترسل عشرين صهريجا إلى المناطق "
 "الأكثر تضررا. وقالت [الوزارة|mwi|title] في بيان إن فرق الصيانة تعمل على مدار الساعة وإن الضخ "
 "سيعود تدريجيا خلال يومين. من جهتها، قالت الخبيرة المائية [رنا الطراونة|tarawneh] إن شبكات "
 "[عمان|amman] و[الزرقاء|zarqa] قديمة وتفقد نحو نصف المياه في الطريق، داعية إلى خطة عاجلة قبل "
 "حلول الصيف."),
("a03", "g1", "2025-03-18",
 "أجرى وزير الخارجية الأردني [أيمن الصفدي|safadi] في [بروكسل|brussels]، الثلاثاء، محادثات مع الممثلة "
 "العليا للسياسة الخارجية في [الاتحاد الأوروبي|eu] [كايا كالاس|kallas]، تناولت الشراكة الاستراتيجية "
 "الشاملة الموقعة بين [الأردن|jo] و[الاتحاد الاوروبي|eu] مطلع العام. وقالت [كالاس|kallas] إن "
 "[التكتل|eu|title] سيواصل دعم [المملكة|jo|title] في تحمل أعباء استضافة اللاجئين. وشدد "
 "[الصفدي|safadi] على ضرورة وقف الاعتداءات على الفلسطينيين في [الضفة الغربية|west_bank] ومنع انهيار "
 "التهدئة في [قطاع غزة|gaza_strip]. وكان [الوزير الأردني|safadi|title] قد وصل إلى [العاصمة البلجيكية|brussels|title] "
 "قادما من [باريس|paris] ضمن جولة أوروبية تشمل عدة عواصم."),
("a04", "g1", "2025-04-01",
 "أعلن الناطق الإعلامي باسم [بلدية الزرقاء|zarqa_muni] [سامر خوالدة|khawaldeh] عودة ضخ المياه إلى "
 "معظم أحياء [الزرقاء|zarqa]، بعد انقطاع استمر أكثر من أسبوع في بعض المناطق. وقال [خوالدة|khawaldeh] "
 "إن [وزارة المياه والري|mwi] أنهت استبدال الجزء المتضرر من الخط الناقل بالتنسيق مع "
 "[أمانة عمّان الكبرى|gam]، مشيرا إلى أن الصهاريج ستبقى في الأحياء المرتفعة حتى نهاية الأسبوع. وكان "
 "[الملك عبد الله الثاني|abdullah2] قد وجه الحكومة إلى معالجة الأزمة فورا. وقالت الخبيرة المائية "
 "[رنا الطراونة|tarawneh] إن الحل المؤقت لا يكفي، وأضافت [الطراونة|tarawneh] أن [الأردن|jo] يحتاج إلى "
 "مشروع الناقل الوطني لتحلية مياه [العقبة|aqaba] ونقلها إلى [عمّان|amman] والمحافظات."),

# g2 — Gaza ceasefire talks: Hamas, Egypt, Qatar
("a05", "g2", "2024-11-12",
 "قالت [حركة المقاومة الإسلامية|hamas] «[حماس|hamas|acronym]» في بيان، الثلاثاء، إن وفدا من قيادتها "
 "سيصل إلى [القاهرة|cairo] خلال أيام لبحث مقترح جديد لوقف إطلاق النار في [قطاع غزة|gaza_strip] وتبادل "
 "الأسرى. وأوضحت [الحركة|hamas|title] أنها تتعامل بإيجابية مع جهود الوسطاء. وكان الرئيس المصري "
 "[عبد الفتاح السيسي|sisi] قد استقبل، الاثنين، رئيس الوزراء وزير الخارجية القطري "
 "[الشيخ محمد بن عبدالرحمن آل ثاني|mbar]، وبحثا الوساطة التي تقودها [مصر|eg] و[قطر|qa] و"
 "[الولايات المتحدة|us]. وقال مصدر مطلع ب[القاهرة|cairo] إن اتصالا هاتفيا جرى مساء أمس بين الرئيس "
 "الأميركي [جو بايدن|biden] و[السيسي|sisi]، تناول ضمانات تنفيذ الاتفاق، مضيفا أن [حماس|hamas|acronym] "
 "أبدت مرونة في ملف الانسحاب."),
("a06", "g2", "2024-11-20",
 "أكد القيادي في [حماس|hamas] [خليل الحية|hayya] أن [الحركة|hamas|title] لن تقبل أي اتفاق لا يضمن "
 "انسحابا كاملا من [قطاع غزة|gaza_strip] وعودة النازحين إلى الشمال. وقال [الحية|hayya] في كلمة "
 "متلفزة إن الضغوط لن تغير موقف [الحركة|hamas|title]، وإن الوسطاء في [القاهرة|cairo] و[الدوحة|doha] "
 "على اطلاع كامل على مطالبها. في المقابل، قالت [القاهرة|cairo|name|place:eg] إنها تواصل اتصالاتها مع "
 "جميع الأطراف، وقال وزير الخارجية المصري [بدر عبدالعاطي|abdelatty] إن الوقت حان لرسالة واضحة "
 "ل[حماس|hamas] و[إسرائيل|il] معا. وأضاف [عبد العاطي|abdelatty] أن [جمعية الأمل|amal_relief] وهيئات "
 "إغاثة أخرى تنتظر فتح الطريق أمام مئات الشاحنات."),
("a07", "g2", "2024-12-02",
 "أعلنت [كتائب عز الدين القسام|qassam]، الجناح العسكري ل[حركة حماس|hamas]، أن مقاتليها استهدفوا "
 "قوة من [الجيش الإسرائيلي|idf] شرقي [خان يونس|khan_yunis] جنوبي [قطاع غزة|gaza_strip]. وقال الناطق "
 "باسم [القسام|qassam] [أبو عبيدة|abu_obeida] في تسجيل مصور إن [الكتائب|qassam|title] ما زالت قادرة "
 "على القتال في [رفح|rafah] وغيرها، في حين قال [جيش الاحتلال|idf] إنه قتل عددا من المسلحين. وقال "
 "مدير الإسعاف والطوارئ في [خان يونس|khan_yunis] [عماد الغلبان|ghalban] إن طواقمه انتشلت جثامين "
 "خمسة أشخاص من تحت الأنقاض، وأضاف [الغلبان|ghalban] أن نقص الوقود يهدد بتوقف سيارات الإسعاف "
 "خلال أيام، وأن [حماس|hamas] لم تعلق على الحصيلة."),
("a08", "g2", "2024-12-15",
 "أكد الرئيس المصري [عبدالفتاح السيسي|sisi] أن [مصر|eg] لن تقبل تصفية القضية الفلسطينية على حساب "
 "أمنها القومي، وذلك خلال لقائه وفدا من البرلمانيين الأوروبيين في [القاهرة|cairo]. وقال "
 "[الرئيس|sisi|title] إن [معبر رفح|rafah_crossing] لم يغلق من الجانب المصري يوما واحدا. وفي "
 "[العريش|arish]، قالت [جمعية الأمل للإغاثة الإنسانية|amal_relief] إن أكثر من مئتي شاحنة محملة "
 "بالمساعدات تنتظر الإذن بالعبور عبر [المعبر|rafah_crossing|title]، وأوضحت [الجمعية|amal_relief|title] "
 "أن بعض الشحنات تنتظر منذ أسابيع. من جهته، قال مدير الإسعاف والطوارئ في [خان يونس|khan_yunis] "
 "[عماد الغلبان|ghalban] إن المستشفيات الميدانية في جنوب [قطاع غزة|gaza_strip] بحاجة ماسة إلى "
 "الوقود والأدوية، داعيا إلى إدخال الإمدادات دون تأخير."),

# g3 — Ukraine, Russia, France, NATO
("a09", "g3", "2025-02-10",
 "دعا الرئيس الفرنسي [إيمانويل ماكرون|macron]، الاثنين، قادة دول أوروبية إلى اجتماع طارئ في "
 "[باريس|paris] لبحث أمن [أوروبا|europe] ومستقبل الدعم المقدم إلى [أوكرانيا|ua]. وقال [ماكرون|macron] "
 "في مقابلة تلفزيونية إن على [القارة|europe|title] أن تتحمل مسؤولية أمنها، وأضاف "
 "[الرئيس الفرنسي|macron|title] أن أي اتفاق بين [واشنطن|washington|name|place:us] و"
 "[موسكو|moscow|name|place:ru] لا يمكن أن يتم من دون [كييف|kyiv|name|place:ua]. وفي السياق، قال الأمين "
 "العام ل[حلف شمال الأطلسي|nato] [مارك روته|rutte] إن [الحلف|nato|title] لن يسمح للرئيس الروسي "
 "[فلاديمير بوتين|putin] بفرض شروطه، مؤكدا أن دول [الناتو|nato|acronym] مطالبة برفع إنفاقها الدفاعي "
 "هذا العام."),
("a10", "g3", "2025-02-14",
 "قال المتحدث باسم [الكرملين|kremlin] [دميتري بيسكوف|peskov]، الجمعة، إن الرئيس [بوتن|putin] مستعد "
 "للقاء نظيره الأميركي [دونالد ترمب|trump] في أي وقت، لكن موعد القمة لم يحدد بعد. وأضاف "
 "[بيسكوف|peskov] أن [الرياض|riyadh|name|place:sa] أبدت استعدادها لاستضافة محادثات تمهيدية بين وفدين "
 "من البلدين. وقالت [موسكو|moscow|name|place:ru] في بيان رسمي إن توسع [حلف شمال الأطلسي|nato] («[الناتو|nato|acronym]») شرقا "
 "هو أصل الأزمة، وإن [بوتن|putin] لن يقبل بوجود قوات أوروبية على الأراضي الأوكرانية. في المقابل، "
 "قالت [كييف|kyiv|name|place:ua] إنها لن تعترف بأي اتفاق يعقد من دون مشاركتها، وإن [الحلف|nato|title] "
 "ملزم بمواصلة دعمها."),
("a11", "g3", "2025-02-20",
 "التقى الرئيس الأوكراني [فولوديمير زيلينسكي|zelensky] في [باريس|paris]، الخميس، الرئيس الفرنسي "
 "[إمانويل ماكرون|macron] ورئيس الوزراء البريطاني [كير ستارمر|starmer]، لبحث ضمانات أمنية لبلاده في "
 "حال التوصل إلى وقف لإطلاق النار. وقال [زيلينسكي|zelensky] إن أي اتفاق سلام يجب أن يمنع "
 "[روسيا|ru] من معاودة الهجوم، فيما أكد [ماكرون|macron] أن [فرنسا|fr] مستعدة للمشاركة في قوة طمأنة "
 "أوروبية. وقال [ستارمر|starmer] إن [لندن|london|name|place:gb] ستقدم دعما إضافيا، وإن الملف سيطرح في "
 "قمة [الناتو|nato] المقبلة في [لاهاي|the_hague]. وغادر [الرئيس الأوكراني|zelensky|title] "
 "[العاصمة الفرنسية|paris|title] متوجها إلى [بروكسل|brussels]."),
("a12", "g3", "2025-03-01",
 "وصف وزير الخارجية الروسي [سيرجي لافروف|lavrov] المحادثات الأخيرة مع الجانب الأميركي بأنها "
 "مفيدة، لكنه قال إن الطريق إلى تسوية في [أوكرانيا|ua] ما زال طويلا. وأوضح [لافروف|lavrov] أن "
 "[روسيا|ru] تريد اتفاقا يعالج جذور النزاع، وأن الرئيس [فلاديمير بوتين|putin] أبلغ "
 "[الولايات المتحدة الأمريكية|us] بذلك. وفي [نيويورك|new_york]، تبنى [مجلس الأمن الدولي|unsc] قرارا "
 "مقتضبا يدعو إلى إنهاء الحرب سريعا، بدعم من [واشنطن|washington|name|place:us]. وقال دبلوماسيون في "
 "[الأمم المتحدة|un] إن القرار هو الأول منذ بدء الحرب، وإن [المنظمة الدولية|un|title] تأمل أن يفتح "
 "الباب أمام مفاوضات، بينما رحب [بوتين|putin] بالقرار."),

# g4 — the US president in the Gulf; a UAE energy company
("a13", "g4", "2025-05-13",
 "وصل الرئيس الأميركي [دونالد ترامب|trump] إلى [الرياض|riyadh]، الثلاثاء، في أولى محطات جولة خليجية "
 "تشمل [قطر|qa] و[الإمارات|ae]، وكان في استقباله ولي العهد السعودي [الأمير محمد بن سلمان|mbs]. وقال "
 "[ترامب|trump] في منتدى استثماري إن [الولايات المتحدة|us] و[السعودية|sa] تدخلان مرحلة جديدة من "
 "الشراكة، فيما أكد [ولي العهد|mbs|title] أن [المملكة|sa|title] ستضخ استثمارات كبيرة في الاقتصاد "
 "الأميركي خلال السنوات المقبلة. ووقع [محمد بن سلمان|mbs] و[ترامب|trump] وثيقة شراكة اقتصادية "
 "استراتيجية، كما وقعت [أرامكو|aramco] مذكرات تفاهم مع شركات أميركية. وقال [الرئيس الأميركي|trump|title] "
 "إن الزيارة ستكون تاريخية."),
("a14", "g4", "2025-05-15",
 "استقبل رئيس دولة [الإمارات|ae] [الشيخ محمد بن زايد آل نهيان|mbz] في [أبوظبي|abu_dhabi]، الخميس، "
 "الرئيس الأميركي [ترمب|trump] في زيارة هي الأولى له إلى [الدولة|ae|title] منذ بداية ولايته "
 "الثانية، بحضور وزير الخارجية [الشيخ عبدالله بن زايد|abz]. وقال [الشيخ محمد بن زايد|mbz] إن "
 "العلاقات مع [واشنطن|washington|name|place:us] استراتيجية وراسخة، في حين قال [ترمب|trump] إن "
 "الاستثمارات الإماراتية ستوفر آلاف الوظائف. وأوضح [عبدالله بن زايد|abz] أن الجانبين وقعا اتفاقيات "
 "في الذكاء الاصطناعي والطاقة، بينها اتفاقية أبرمتها [مجموعة الواحة للطاقة|waha] مع شركة أميركية. "
 "وأكد [رئيس الدولة|mbz|title] أن [الإمارات|ae] ماضية في تنويع اقتصادها."),
("a15", "g4", "2025-05-20",
 "قال وزير الخارجية الاماراتي [عبد الله بن زايد|abz] إن نتائج زيارة الرئيس الأميركي إلى "
 "[الامارات|ae] ستظهر سريعا في قطاعات التقنية والطاقة، مؤكدا أن الشراكة مع "
 "[الولايات المتحدة الأمريكية|us] تمتد لعقود. من جهته، قال الرئيس التنفيذي ل"
 "[مجموعة الواحة للطاقة|waha] [فيصل القحطاني|qahtani] إن [المجموعة|waha|title] ستبدأ بناء محطة "
 "للطاقة الشمسية في ولاية [تكساس|texas] مطلع العام المقبل، بكلفة تتجاوز ملياري دولار. وأوضح "
 "[القحطاني|qahtani] أن المشروع سيوفر الكهرباء لمراكز بيانات تابعة لشركات تقنية كبرى، وأن "
 "[الواحة|waha] تدرس مشاريع مماثلة في [السعودية|sa] و[قطر|qa]."),
("a16", "g4", "2025-06-02",
 "بحث أمير [قطر|qa] [الشيخ تميم بن حمد آل ثاني|tamim] في [الدوحة|doha]، الاثنين، مع وفد من رجال "
 "الأعمال الأميركيين نتائج زيارة الرئيس [ترامب|trump] الأخيرة إلى [الخليج|gulf]، وما تمخض "
 "عنها من اتفاقيات. وأكد [الأمير|tamim|title] أن [قطر|qa] ستواصل الاستثمار في الاقتصاد الأميركي. وفي "
 "السياق، وقعت [قطر للطاقة|qatarenergy] و[مجموعة الواحة للطاقة|waha] الإماراتية اتفاقا لتوريد الغاز "
 "المسال إلى محطة توليد تبنيها [المجموعة|waha|title] في [الولايات المتحدة|us]. وقال [فيصل القحطاني|qahtani]، "
 "الرئيس التنفيذي ل[مجموعة الواحة|waha]، إن الاتفاق يمتد خمسة عشر عاما، فيما قالت [قطر للطاقة|qatarenergy] "
 "إنها تسعى إلى تنويع أسواقها."),

# g5 — Syria's new authorities and Lebanon's new president
("a17", "g5", "2025-01-08",
 "استقبل قائد الإدارة السورية الجديدة [أحمد الشرع|sharaa] في [دمشق|damascus]، الأربعاء، وفدا "
 "دبلوماسيا أوروبيا، في إطار الانفتاح على [سوريا|sy] بعد سقوط نظام [بشار الأسد|assad]. وكان "
 "[الشرع|sharaa]، المعروف سابقا باسم [أبو محمد الجولاني|sharaa]، قد قاد [هيئة تحرير الشام|hts] في "
 "الهجوم الذي انتهى بفرار [الأسد|assad] إلى [موسكو|moscow]، فيما لا يعرف مصير شقيقه "
 "[ماهر الأسد|maher] قائد [الفرقة الرابعة|fourth_division]. وقال وزير الخارجية في الحكومة المؤقتة "
 "[أسعد الشيباني|shaibani] إن [دمشق|damascus|name|place:sy] تريد علاقات متوازنة مع الجميع، مضيفا أن "
 "[الهيئة|hts|title] ستحل نفسها ضمن مؤتمر وطني جامع."),
("a18", "g5", "2025-01-10",
 "انتخب [البرلمان اللبناني|leb_parl]، الخميس، قائد الجيش العماد [جوزاف عون|jaoun] رئيسا للجمهورية، "
 "منهيا شغورا رئاسيا استمر أكثر من عامين منذ انتهاء ولاية الرئيس السابق [ميشال عون|maoun]. وحصل "
 "[عون|jaoun] في الدورة الثانية على أصوات تسعة وتسعين نائبا، بعد أن أعلن [حزب الله|hezbollah] وحلفاؤه "
 "تأييده. وتعهد [الرئيس الجديد|jaoun|title] في خطاب القسم بحصر السلاح في يد الدولة وإعادة إعمار ما "
 "دمرته الحرب في [لبنان|lb]. وقال رئيس [مجلس النواب|leb_parl|title] [نبيه بري|berri] إن الانتخاب "
 "يفتح صفحة جديدة، فيما شهدت شوارع [بيروت|beirut] احتفالات حتى ساعة متأخرة."),
("a19", "g5", "2025-01-22",
 "قال الرئيس اللبناني [جوزيف عون|jaoun] إنه تلقى اتصالا من الرئيس السوري [أحمد الشرع|sharaa] "
 "تناول ضبط الحدود بين البلدين ومنع التهريب. وقالت [بيروت|beirut|name|place:lb] إن لجنة مشتركة "
 "ستجتمع قريبا، فيما أكدت [دمشق|damascus|name|place:sy] التزامها بعلاقات ندية مع [لبنان|lb]. وقال "
 "المدير العام ل[إدارة الجمارك اللبنانية|customs_lb] بالإنابة [كمال نصار|nassar] إن عناصر [الجمارك|customs_lb|title] ضبطوا خلال الأسبوع "
 "الماضي شحنات مهربة قرب [الهرمل|hermel] كانت في طريقها إلى [القصير|qusayr] داخل [سوريا|sy]. وأوضح "
 "[نصار|nassar] أن رئيس الحكومة المكلف [نواف سلام|nsalam] طلب تعزيز الانتشار على المعابر غير "
 "الشرعية."),
("a20", "g5", "2025-02-05",
 "أعلن وزير الخارجية السوري [أسعد حسن الشيباني|shaibani] أن [دمشق|damascus] ستستضيف الشهر المقبل "
 "مؤتمرا للحوار الوطني، بتوجيه من الرئيس [أحمد الشرع|sharaa]. وقال [الشيباني|shaibani] بعد لقائه "
 "المبعوث الأممي [غير بيدرسون|pedersen] إن الحكومة تعمل على إعادة الخدمات إلى [حلب|aleppo] و"
 "[إدلب|idlib]. وأوضح [بيدرسون|pedersen] أن [الأمم المتحدة|un] مستعدة لدعم العملية السياسية ومساعدة [دمشق|damascus|name|place:sy] في مواجهة [تنظيم الدولة الإسلامية|isis] ([داعش|isis|acronym]). وفي "
 "سياق متصل، زار وفد لبناني برئاسة المدير العام ل[إدارة الجمارك اللبنانية|customs_lb] بالإنابة [كمال نصار|nassar] [العاصمة السورية|damascus|title]، "
 "وقال [نصار|nassar] إن الجانبين اتفقا على تبادل المعلومات حول شبكات التهريب عبر الحدود."),

# g6 — Sudan: the army, the Rapid Support Forces, El Fasher
("a21", "g6", "2025-04-10",
 "قال قائد [الجيش السوداني|saf] [عبد الفتاح البرهان|burhan] إن قواته ماضية في استعادة كل المدن "
 "التي تسيطر عليها [قوات الدعم السريع|rsf] بقيادة [محمد حمدان دقلو|hemedti] المعروف بـ«"
 "[حميدتي|hemedti]». وجاءت تصريحات [البرهان|burhan] بعد اشتداد القصف على [الفاشر|fasher] كبرى مدن "
 "إقليم [دارفور|darfur]. وقال منسق غرفة طوارئ [الفاشر|fasher] [حسين آدم أبكر|abakar] إن عشرات "
 "المدنيين قتلوا خلال يومين، وإن المستشفى الوحيد العامل في [المدينة|fasher|title] خرج عن الخدمة. وأضاف "
 "[أبكر|abakar] أن [الدعم السريع|rsf] تمنع خروج العائلات، وأن مخزون الغذاء يكفي أسبوعا فقط."),
("a22", "g6", "2025-04-18",
 "أكد رئيس [مجلس السيادة|sov_council] [عبدالفتاح البرهان|burhan]، الجمعة، أن حكومته لن تتفاوض مع "
 "[حميدتي|hemedti] قبل انسحاب قواته من المدن، وذلك خلال زيارته [الخرطوم|khartoum] التي استعادتها "
 "[القوات المسلحة السودانية|saf] الشهر الماضي. وقال الفريق أول [البرهان|burhan] إن الحكومة ستعود إلى "
 "[العاصمة|khartoum|title] من [بورتسودان|port_sudan] قريبا. من جهتها، دعت [الأمم المتحدة|un] إلى هدنة إنسانية عاجلة، "
 "وقالت [المنظمة الدولية|un|title] إن أكثر من اثني عشر مليون شخص نزحوا منذ بدء الحرب، فيما حذرت من "
 "مجاعة في [دارفور|darfur]."),
("a23", "g6", "2025-04-25",
 "قالت [منظمة أطباء بلا حدود|msf] إن فرقها في شمال [دارفور|darfur] استقبلت مئات الجرحى الفارين من "
 "[الفاشر|fasher] خلال الأسبوع الأخير، وإن معظمهم من النساء والأطفال. وأوضحت [المنظمة|msf|title] أن "
 "الطرق المؤدية إلى [المدينة|fasher|title] باتت خطرة. وقال [حسين أبكر|abakar] من غرفة طوارئ [المدينة|fasher|title] إن القصف لم "
 "يتوقف منذ أيام، مضيفا أن [الدعم السريع|rsf] تحاصر [الفاشر|fasher] من ثلاث جهات. في المقابل، قال "
 "[دقلو|hemedti] في تسجيل صوتي إن قواته لا تستهدف المدنيين، متهما الجيش بتحويل الأحياء السكنية إلى "
 "ثكنات، وداعيا المجتمع الدولي إلى التدخل لوقف الحرب في [السودان|sd]."),

# g7 — Iran–US talks mediated by Oman
("a24", "g7", "2025-04-12",
 "انطلقت في [مسقط|muscat]، السبت، جولة محادثات غير مباشرة بين [إيران|ir] و[الولايات المتحدة|us] "
 "بوساطة [سلطنة عمان|oman]، وترأس وفد [طهران|tehran|name|place:ir] وزير الخارجية "
 "[عباس عراقجي|araghchi]، فيما ترأس الوفد الأميركي المبعوث الخاص [ستيف ويتكوف|witkoff]. وتنقل وزير "
 "الخارجية العماني [بدر البوسعيدي|albusaidi] بين القاعتين حاملا الرسائل. وقال [عراقجي|araghchi] إن "
 "الأجواء كانت بناءة، ووجه الشكر ل[عمان|oman] على وساطتها، بينما قال [البيت الأبيض|white_house] إن "
 "[المبعوث الأميركي|witkoff|title] تحدث مباشرة مع [الوزير الإيراني|araghchi|title] لبضع دقائق. "
 "واتفق الطرفان على جولة ثانية الأسبوع المقبل."),
("a25", "g7", "2025-04-19",
 "عقدت في [روما|rome]، السبت، الجولة الثانية من المحادثات بين [طهران|tehran|name|place:ir] و"
 "[واشنطن|washington|name|place:us] بوساطة [البوسعيدي|albusaidi]، في مقر السفارة العمانية في "
 "[إيطاليا|it]. وقال [عراقجي|araghchi] إن الطرفين توصلا إلى تفاهم أفضل حول المبادئ، بينما وصف مسؤول "
 "أميركي تقدم [ويتكوف|witkoff] بأنه جيد. وكان مدير [الوكالة الدولية للطاقة الذرية|iaea] "
 "[رافائيل غروسي|grossi] قد زار [طهران|tehran] قبل أيام، وقال [غروسي|grossi] إن [الوكالة|iaea|title] "
 "مستعدة للتحقق من أي اتفاق يتم التوصل إليه، وإن [إيران|ir] ما زالت بعيدة عن امتلاك سلاح نووي."),
("a26", "g7", "2025-04-27",
 "أعلن وزير خارجية [سلطنة عمان|oman] [بدر بن حمد البوسعيدي|albusaidi] انتهاء الجولة الثالثة من المحادثات "
 "الإيرانية الأميركية في [مسقط|muscat]، مؤكدا أن الطرفين اتفقا على مواصلة النقاش على المستوى الفني. "
 "وقال [عباس عراقجي|araghchi] إن الخلافات ما زالت قائمة في بعض القضايا الرئيسية، لكن الجدية واضحة. "
 "من جهته، قال وزير الخارجية الأميركي [ماركو روبيو|rubio] إن [الولايات المتحدة الأميركية|us] لن "
 "تسمح ل[إيران|ir] بتخصيب اليورانيوم، وأضاف [روبيو|rubio] أن [واشنطن|washington|name|place:us] تريد "
 "اتفاقا يمكن التحقق منه. ووصف [البوسعيدي|albusaidi] الجولة بأنها الأطول حتى الآن، مضيفا أن "
 "[السلطنة|oman|title] ستواصل دورها."),
]

# --------------------------------------------------------------------------- build
MARK = re.compile(r"\[([^\[\]|]+)\|([a-z0-9_]+)(?:\|(name|title|acronym))?(?:\|([a-z]+:[a-z0-9-]+))?\]")
KINDS = {"name", "title", "acronym"}
LABELS = {"PER", "ORG", "LOC", "MISC"}
AR_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3]")
PROCLITICS = re.compile(r"^(?:[وف]?[بلك]?|[وف]?س?)$")   # و ف ب ل ك (and وب، ول، فب …)
GLUED = re.compile(r"^(?:(?:[وفب]|وب|فب)ال|[وف]?لل)")       # a mention must not start with وال، بال، لل…


def nth_occurrence(text: str, s: str, n: int) -> int:
    """Start of the n-th (1-based) occurrence of s in text, or -1."""
    pos = -1
    for _ in range(n):
        pos = text.find(s, pos + 1)
        if pos < 0:
            return -1
    return pos


def occurrence_at(text: str, s: str, start: int) -> int:
    """1-based occurrence index of the s that starts at `start`."""
    n, pos = 0, -1
    while True:
        pos = text.find(s, pos + 1)
        assert pos >= 0, (s, start)
        n += 1
        if pos == start:
            return n


def build_record(pid: str, group: str, published: str, marked: str) -> dict:
    plain, spans, last = [], [], 0
    length = 0
    for m in MARK.finditer(marked):
        chunk = marked[last:m.start()]
        plain.append(chunk)
        length += len(chunk)
        surface, key, kind, stands = m.group(1), m.group(2), m.group(3) or "name", m.group(4)
        spans.append((length, surface, key, kind, stands))
        plain.append(surface)
        length += len(surface)
        last = m.end()
    plain.append(marked[last:])
    text = "".join(plain)
    assert "[" not in text and "]" not in text and "|" not in text, (pid, "unparsed mark")
    clusters: dict[str, dict] = {}
    for start, surface, key, kind, stands in spans:
        assert key in ENT, (pid, "unknown key", key)
        kb_id, label = ENT[key]
        c = clusters.setdefault(key, {"key": key, "kb_id": kb_id, "label": label, "mentions": []})
        mention = {"text": surface, "occurrence": occurrence_at(text, surface, start), "kind": kind}
        if stands:
            mention["stands_for"] = stands
        c["mentions"].append(mention)
    return {"id": pid, "group": group, "published": published, "text": text,
            "clusters": list(clusters.values())}


# --------------------------------------------------------------------------- validate
def kb_ids() -> set[str]:
    ids: set[str] = set()
    for name in KB_FILES:
        with open(KB / f"{name}.tsv", encoding="utf-8") as f:
            header = None
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                cols = line.rstrip("\n").split("\t")
                if header is None:
                    header = cols
                    assert header[0] == "id", (name, header)
                    continue
                ids.add(cols[0])
    return ids


def validate(records: list[dict]) -> list[str]:
    errors: list[str] = []
    ids = kb_ids()
    seen_ids: set[str] = set()
    key_meta: dict[str, tuple] = {}
    for r in records:
        pid = r.get("id")
        err = lambda msg: errors.append(f"{pid}: {msg}")  # noqa: E731
        if set(r) != {"id", "group", "published", "text", "clusters"}:
            err(f"fields {sorted(r)}")
            continue
        if pid in seen_ids:
            err("duplicate id")
        seen_ids.add(pid)
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["published"]):
            err("published is not YYYY-MM-DD")
        text = r["text"]
        words = len(text.split())
        if not 60 <= words <= 150:
            err(f"{words} words (want 60-150)")
        keys = [c["key"] for c in r["clusters"]]
        if len(keys) != len(set(keys)):
            err("duplicate key in paragraph")
        taken: list[tuple[int, int, str]] = []
        for c in r["clusters"]:
            k = c["key"]
            if c["label"] not in LABELS:
                err(f"{k}: label {c['label']}")
            if c["kb_id"] is not None and c["kb_id"] not in ids:
                err(f"{k}: kb_id {c['kb_id']} not in the knowledge base")
            meta = (c["kb_id"], c["label"])
            if key_meta.setdefault(k, meta) != meta:
                err(f"{k}: kb_id/label differ from another paragraph {key_meta[k]}")
            kinds = [m["kind"] for m in c["mentions"]]
            if "name" not in kinds:
                err(f"{k}: no named mention")
            if "acronym" in kinds and kinds.count("name") == 0:
                err(f"{k}: acronym without a long form")
            for m in c["mentions"]:
                s, n = m["text"], m["occurrence"]
                if m["kind"] not in KINDS:
                    err(f"{k}: kind {m['kind']}")
                if "stands_for" in m and m["stands_for"] not in ids:
                    err(f"{k}: stands_for {m['stands_for']} not in the knowledge base")
                if set(m) - {"text", "occurrence", "kind", "stands_for"}:
                    err(f"{k}: mention fields {sorted(m)}")
                if not isinstance(n, int) or n < 1:
                    err(f"{k}: occurrence {n!r}")
                    continue
                start = nth_occurrence(text, s, n)
                if start < 0:
                    err(f"{k}: '{s}' occurs fewer than {n} times")
                    continue
                end = start + len(s)
                if s != s.strip() or not s:
                    err(f"{k}: '{s}' has outer spaces")
                if GLUED.match(s):
                    err(f"{k}: '{s}' starts with a glued proclitic")
                # left edge: start of a word, or after proclitics only
                w = start
                while w > 0 and AR_LETTER.match(text[w - 1]):
                    w -= 1
                if not PROCLITICS.match(text[w:start]):
                    err(f"{k}: '{s}' #{n} starts inside a word ('{text[w:start]}')")
                if end < len(text) and AR_LETTER.match(text[end]):
                    err(f"{k}: '{s}' #{n} ends inside a word")
                for a, b, other in taken:
                    if start < b and a < end:
                        err(f"{k}: '{s}' #{n} overlaps '{other}'")
                taken.append((start, end, s))
    # corpus-level requirements
    groups = collections.Counter(r["group"] for r in records)
    if len(records) < 24:
        errors.append(f"only {len(records)} paragraphs (want >= 24)")
    if sum(1 for g, n in groups.items() if 3 <= n <= 4) < 6:
        errors.append(f"fewer than 6 groups of 3-4 paragraphs: {dict(groups)}")
    para_keys = collections.defaultdict(set)
    for r in records:
        for c in r["clusters"]:
            para_keys[c["key"]].add(r["id"])
    unknown_shared = [k for k, ps in para_keys.items() if len(ps) >= 2 and key_meta[k][0] is None]
    if len(unknown_shared) < 5:
        errors.append(f"only {len(unknown_shared)} non-KB actors in 2+ paragraphs (want >= 5)")
    return errors


def report(records: list[dict]) -> None:
    kinds = collections.Counter()
    labels = collections.Counter()
    stands = 0
    para_keys = collections.defaultdict(set)
    kb_of = {}
    for r in records:
        for c in r["clusters"]:
            labels[c["label"]] += 1
            para_keys[c["key"]].add(r["id"])
            kb_of[c["key"]] = c["kb_id"]
            for m in c["mentions"]:
                kinds[m["kind"]] += 1
                stands += "stands_for" in m
    n_clusters = sum(len(r["clusters"]) for r in records)
    shared = {k: v for k, v in para_keys.items() if len(v) >= 2}
    shared_nokb = sorted(k for k in shared if kb_of[k] is None)
    multi = sum(1 for r in records for c in r["clusters"] if len(c["mentions"]) >= 2)
    print(f"paragraphs: {len(records)} in {len({r['group'] for r in records})} groups")
    print(f"clusters: {n_clusters} ({multi} with 2+ mentions); labels {dict(sorted(labels.items()))}")
    print(f"mentions: {sum(kinds.values())}; by kind {dict(sorted(kinds.items()))}; stands_for {stands}")
    print(f"distinct keys: {len(para_keys)}; in 2+ paragraphs: {len(shared)} "
          f"({len(shared) - len(shared_nokb)} in the KB, {len(shared_nokb)} not: {', '.join(shared_nokb)})")
    pairs = sum(len(v) * (len(v) - 1) // 2 for v in shared.values())
    print(f"cross-article pairs (same key, two paragraphs): {pairs}")


def main() -> int:
    if "--check" in sys.argv[1:]:
        with open(OUT, encoding="utf-8") as f:
            records = [json.loads(line) for line in f if line.strip()]
    else:
        records = [build_record(*p) for p in P]
        used = {c["key"] for r in records for c in r["clusters"]}
        unused = set(ENT) - used
        assert not unused, f"ENT keys never used: {sorted(unused)}"
        with open(OUT, "w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    errors = validate(records)
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    report(records)
    if errors:
        print(f"{len(errors)} error(s)", file=sys.stderr)
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
