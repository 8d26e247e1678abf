"""Non-country nisba adjectives and context (trigger) words.

NISBA: one line each: stem;refers_to;kind;plural forms
  stem is the masculine singular with ال (الحلبي). build.py emits the stem, the feminine (ة), both
  without ال, and, for kinds that name people (ethnic, religious, political), the sound plurals
  (ون، ين). Explicit plural forms (broken plurals) are added as written, with and without ال.
TRIGGERS: (kind, note, words); '_' stands for a space inside one entry.
"""

NISBA = """
# cities
الحلبي;place:aleppo;city;
الدمشقي;place:damascus;city;
الحمصي;place:homs;city;
الحموي;place:hama;city;
الإدلبي;place:idlib;city;
الرقاوي;place:raqqa;city;
الديري;place:deir-ez-zor;city;
الدرعاوي;place:daraa;city;
الغزي;place:gaza;city;
الغزاوي;place:gaza-strip;city;
المقدسي;place:jerusalem;city;
النابلسي;place:nablus;city;
الخليلي;place:hebron;city;
الجنيني;place:jenin;city;
اليافاوي;place:jaffa;city;
الحيفاوي;place:haifa;city;
العكاوي;place:acre;city;
البغدادي;place:baghdad;city;
البصري;place:basra;city;
الموصلي;place:mosul;city;
الكربلائي;place:karbala;city;
النجفي;place:najaf;city;
التكريتي;place:tikrit;city;
الفلوجي;place:fallujah;city;
الكركوكي;place:kirkuk;city;
الأربيلي;place:erbil;city;
القاهري;place:cairo;city;
الإسكندراني;place:alexandria;city;
السكندري;place:alexandria;city;
البيروتي;place:beirut;city;
الطرابلسي;;city;Tripoli in Lebanon or Libya
الصيداوي;place:sidon;city;
الصنعاني;place:sanaa;city;
العدني;place:aden;city;
التعزي;place:taiz;city;
المكي;place:mecca;city;
المصراتي;place:misrata;city;
الزنتاني;place:zintan;city;
البنغازي;place:benghazi;city;
الصفاقسي;place:sfax;city;
القيرواني;place:kairouan;city;
الوهراني;place:oran;city;
القسنطيني;place:constantine;city;
الفاسي;place:fes;city;
المراكشي;place:marrakesh;city;
الطنجاوي;place:tangier;city;
الطهراني;place:tehran;city;
الأصفهاني;place:isfahan;city;
الشيرازي;place:shiraz;city;
التبريزي;place:tabriz;city;
الإسطنبولي;place:istanbul;city;
الباريسي;place:paris;city;
اللندني;place:london;city;
الموسكوفي;place:moscow;city;
النيويوركي;place:new-york;city;
# regions and territories
الحضرمي;place:hadramawt;region;
الصعيدي;place:upper-egypt;region;
السيناوي;place:sinai;region;
الحجازي;place:hejaz;region;
النجدي;place:najd;region;
الأحسائي;place:al-ahsa;region;
القطيفي;place:qatif;region;
الحوراني;place:hauran;region;
الجولاني;place:golan-heights;region;also a surname (Abu Mohammad al-Julani)
البقاعي;place:beqaa;region;
الخليجي;place:gulf-region;region;
المغاربي;place:maghreb;region;
الشامي;place:levant;region;
المشرقي;place:levant;region;
الكردستاني;place:kurdistan;region;
الكشميري;place:kashmir;region;
الإنجليزي;place:england;region;
الإنكليزي;place:england;region;
الانجليزي;place:england;region;
الاسكتلندي;place:scotland;region;
الويلزي;place:wales;region;
الكتالوني;place:catalonia;region;
الباسكي;place:basque-country;region;
الشيشاني;place:chechnya;region;
القرمي;place:crimea;region;
الدارفوري;place:darfur;region;
الأحوازي;place:khuzestan;region;
البلوشي;;region;Baloch (Iran/Pakistan)
# continents and world regions
الأوروبي;place:europe;continental;
الأفريقي;place:africa;continental;
الإفريقي;place:africa;continental;
الآسيوي;place:asia;continental;
اللاتيني;place:latin-america;continental;
الأمريكي_اللاتيني;place:latin-america;continental;
العربي;place:arab-world;ethnic;عرب
# ethnic groups
الكردي;place:kurdistan;ethnic;أكراد|كرد
التركماني;;ethnic;تركمان
الآشوري;;ethnic;
السرياني;;ethnic;
الكلداني;;ethnic;
الأمازيغي;;ethnic;أمازيغ
البربري;;ethnic;بربر
الشركسي;;ethnic;شركس
الفارسي;;ethnic;فرس
البشتوني;;ethnic;بشتون
الأويغوري;place:xinjiang;ethnic;أويغور|الإيغور
الهزاري;;ethnic;هزارة
البدوي;;ethnic;بدو
الغجري;;ethnic;غجر
الفلاماني;;ethnic;
# religions and sects
الإسلامي;;religious;
المسلم;;religious;مسلمون|مسلمين
الشيعي;;religious;شيعة
السني;;religious;
العلوي;;religious;
الدرزي;;religious;دروز
الإسماعيلي;;religious;
الإيزيدي;;religious;
اليزيدي;;religious;
الزيدي;;religious;
المسيحي;;religious;
القبطي;;religious;أقباط
الماروني;;religious;موارنة
الأرثوذكسي;;religious;
الكاثوليكي;;religious;
البروتستانتي;;religious;
الإنجيلي;;religious;
اليهودي;;religious;يهود
البوذي;;religious;
الهندوسي;;religious;هندوس
السلفي;;religious;
الصوفي;;religious;
الوهابي;;religious;
# political and organizational
الإخواني;actor:muslim-brotherhood;political;
الحمساوي;actor:hamas;political;
الفتحاوي;actor:fatah;political;
الحوثي;actor:houthis;political;also the surname of the Houthi leaders
الداعشي;actor:isis;political;دواعش
القاعدي;actor:al-qaeda;political;
الطالباني;actor:taliban;political;also the surname of Jalal Talabani
الصهيوني;;political;صهاينة
الجهادي;;political;
البعثي;actor:baath-party;political;
الصدري;actor:sadrist-movement;political;
الأطلسي;actor:nato;political;
الأممي;actor:united-nations;political;
الشيوعي;;political;
الليبرالي;;political;
الجمهوري;;political;
الديمقراطي;;political;
"""

TRIGGERS = [
("person_title", "", """
الرئيس رئيس الرئيسة رئيسة رئيس_الوزراء رئيسة_الوزراء رئيس_الحكومة رئيسة_الحكومة رئيس_مجلس_الوزراء
نائب_الرئيس نائب_رئيس نائبة_الرئيس رئيس_الجمهورية وزير الوزير وزيرة الوزيرة وزير_الخارجية وزيرة_الخارجية
وزير_الدفاع وزيرة_الدفاع وزير_الداخلية وزير_المالية وزير_الإعلام وزير_الدولة وزيرة_الدولة وكيل_وزارة
الملك الملكة العاهل الأمير الأميرة ولي_العهد ولي_عهد السلطان الشيخ الشيخة السيد السيدة الآنسة الدكتور
الدكتورة د. الأستاذ الأستاذة أ. أ.د. البروفيسور البروفسور المهندس المهندسة م. المستشار المستشارة النائب
النائبة السيناتور عضو_الكونغرس عضو_مجلس_الشيوخ الحاكم حاكم المحافظ محافظ العمدة رئيس_البلدية اللواء
العميد العقيد المقدم الرائد النقيب الملازم الفريق الفريق_أول المشير الجنرال الأدميرال العماد
رئيس_الأركان قائد القائد المتحدث_باسم المتحدثة_باسم الناطق_باسم الناطقة_باسم المتحدث_الرسمي
الناطق_الرسمي المتحدث الناطق السفير السفيرة المبعوث المبعوثة المبعوث_الخاص المندوب المندوبة
الممثل_الخاص القنصل الأمين_العام الأمينة_العامة الأمين_العام_المساعد المدير المديرة المدير_العام
المديرة_العامة رئيس_تحرير رئيسة_تحرير المراسل المراسلة الصحفي الصحفية الصحافي الصحافية الكاتب الكاتبة
الشاعر الشاعرة الروائي الروائية الفنان الفنانة الممثل الممثلة المخرج المخرجة المطرب المطربة المغني
المغنية الموسيقار المدرب المدربة المدير_الفني اللاعب اللاعبة المهاجم المدافع لاعب_الوسط الظهير الجناح
صانع_الألعاب حارس_مرمى حارس_المرمى الحارس النجم النجمة البطل البطلة العداء العداءة السباح السباحة
الملاكم لاعب_التنس لاعبة_التنس السائق الدراج الإمام الأب البطريرك المطران الكاردينال البابا الحاخام
آية_الله المرجع المفتي شيخ_الأزهر الداعية القاضي القاضية المدعي_العام النائب_العام المحامي المحامية
الخبير الخبيرة المحلل المحللة الباحث الباحثة الأكاديمي الطبيب الطبيبة رجل_الأعمال سيدة_الأعمال
الملياردير الناشط الناشطة القيادي القيادية زعيم الزعيم زعيمة مؤسس المؤسس الرئيس_التنفيذي
المدير_التنفيذي رئيس_مجلس_الإدارة الوالي المرشد المرشد_الأعلى المفوض المفوضة المقرر_الخاص المقررة_الخاصة
المنسق المنسقة الوسيط السكرتير الأسير الأسيرة الشهيد الشهيدة المرحوم الراحل الراحلة الفقيد الفقيدة
الحاج الحاجة الطفل الطفلة الشاب الشابة المواطن المواطنة الفتى الفتاة السجين المعتقل المعتقلة الجندي
الضابط الرقيب المقاتل مستر مسيو مدام السير اللورد الليدي البارونة الأمير_الوليد? ولي_ولي_العهد
الحبر_الأعظم رئيس_البرلمان رئيس_مجلس_النواب رئيس_مجلس_الشيوخ رئيس_الاستخبارات رئيس_جهاز
مستشار_الأمن_القومي المستشار_الألماني المستشارة_الألمانية كبير_المفاوضين كبيرة_المفاوضين
"""),
("org_head", "", """
وزارة الوزارة حزب الحزب حركة الحركة صحيفة الصحيفة جريدة الجريدة مجلة المجلة وكالة الوكالة مجلس المجلس
منظمة المنظمة جامعة الجامعة شركة الشركة مجموعة المجموعة بنك البنك مصرف المصرف هيئة الهيئة لجنة اللجنة
اتحاد الاتحاد نادي النادي فريق قناة القناة فضائية جمعية الجمعية مؤسسة المؤسسة محكمة المحكمة جيش الجيش
قوات القوات كتائب كتيبة ألوية سرايا فيلق فرقة الفرقة تنظيم التنظيم جماعة الجماعة جبهة الجبهة تحالف
التحالف ائتلاف الائتلاف تيار التيار كتلة الكتلة برلمان البرلمان مجلس_النواب مجلس_الشيوخ مجلس_الأمة
مجلس_الشورى حكومة الحكومة رئاسة الرئاسة إدارة الإدارة مديرية دائرة الدائرة مكتب المكتب مركز المركز
معهد المعهد أكاديمية الأكاديمية كلية الكلية مدرسة المدرسة مستشفى المستشفى صندوق الصندوق بعثة البعثة
سفارة السفارة قنصلية القنصلية مفوضية المفوضية أمانة الأمانة سلطة السلطة جهاز الجهاز مخابرات المخابرات
استخبارات الاستخبارات شرطة الشرطة الدفاع_المدني رابطة الرابطة نقابة النقابة غرفة_التجارة منتدى المنتدى
إذاعة الإذاعة تلفزيون التلفزيون شبكة الشبكة دار مصلحة المصلحة بلدية البلدية ديوان الديوان سلاح_الجو
القوات_الجوية القوات_البحرية الحرس ميليشيا ميليشيات مليشيا مليشيات فصيل فصائل مجمع المجمع مختبر
شركات مصانع مصنع المصنع بورصة البورصة سوق_الأوراق_المالية اللجنة_الأولمبية المنتخب منتخب أسرة_تحرير
"""),
("loc_head", "", """
مدينة المدينة محافظة المحافظة ولاية الولاية منطقة المنطقة إقليم الإقليم قرية القرية بلدة البلدة مخيم
المخيم نهر النهر جبل الجبل جبال بحر البحر بحيرة البحيرة خليج الخليج مضيق المضيق جزيرة الجزيرة جزر
شبه_جزيرة صحراء الصحراء وادي الوادي سهل السهل هضبة تلة تلال مطار المطار ميناء الميناء مرفأ المرفأ شارع
الشارع حي الحي ساحة الساحة ميدان الميدان طريق الطريق جسر الجسر معبر المعبر حاجز الحاجز ضاحية الضاحية
عاصمة العاصمة دولة بلاد قضاء القضاء ناحية الناحية كفر تل بئر حوض سد السد قاعدة مستوطنة المستوطنة مستعمرة
قلعة القلعة مسجد المسجد كنيسة الكنيسة معبد فندق قصر القصر ملعب الملعب استاد ستاد محطة المحطة سجن
السجن معسكر المعسكر حقل الحقل مقاطعة المقاطعة أرخبيل قارة القارة محيط المحيط شاطئ برج ريف أطراف مشارف
بلدات قرى مدن مخيمات أحياء محافظات ولايات أقاليم
"""),
("speech_verb", "", """
قال قالت يقول تقول أكد أكدت يؤكد تؤكد أوضح أوضحت يوضح توضح أضاف أضافت يضيف تضيف صرح صرحت يصرح تصرح
أعلن أعلنت يعلن تعلن أفاد أفادت يفيد تفيد ذكر ذكرت يذكر تذكر أشار أشارت يشير تشير شدد شددت يشدد تشدد
لفت لفتت نفى نفت ينفي تنفي اعتبر اعتبرت يعتبر تعتبر رأى رأت يرى ترى أعرب أعربت حذر حذرت يحذر تحذر
طالب طالبت يطالب تطالب دعا دعت يدعو تدعو كشف كشفت يكشف تكشف أبلغ أبلغت أردف أردفت تابع تابعت استطرد
علق علقت كتب كتبت غرد غردت نقل نقلت وصف وصفت يصف تصف أقر أقرت اعترف اعترفت زعم زعمت ادعى ادعت
أورد أوردت روى روت أجاب أجابت رد ردت نوه نوهت تساءل تساءلت هدد هددت توعد توعدت ندد نددت أدان أدانت
انتقد انتقدت رحب رحبت جدد جددت اتهم اتهمت وعد وعدت قالوا أكدوا أعلنوا أوضحوا مضيفا مضيفة مشيرا مشيرة
مؤكدا مؤكدة موضحا موضحة لافتا لافتة معتبرا معتبرة محذرا محذرة قائلا قائلة متابعا منوها أفصح أفصحت
"""),
("source_cue", "attribution marker before a source (according to)", """
بحسب حسب وفقا وفق طبقا نقلا_عن على_لسان نقلت_عن
"""),
]
