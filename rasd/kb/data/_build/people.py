"""Prominent political figures 2010-2026. One line each, fields separated by ';':
slug;name_ar;aliases_ar;role_ar;role_en;country iso2;active;name_en

role is the role the person is best known for in 2010-2026 news; active gives the years of that
role ("2017-" = still in office at the time of compiling, to the compiler's knowledge).
"""

PEOPLE = """
# Jordan
abdullah-ii;الملك عبدالله الثاني;عبدالله الثاني|عبد الله الثاني|الملك عبد الله الثاني|عبدالله الثاني ابن الحسين|الملك عبدالله الثاني ابن الحسين;ملك الأردن;King of Jordan;jo;1999-;Abdullah II
crown-prince-hussein-jo;الأمير الحسين بن عبدالله الثاني;ولي العهد الأمير الحسين|الأمير الحسين بن عبد الله الثاني;ولي العهد الأردني;Crown Prince of Jordan;jo;2009-;Crown Prince Hussein bin Abdullah
queen-rania;الملكة رانيا العبدالله;الملكة رانيا|رانيا العبدالله;ملكة الأردن;Queen of Jordan;jo;1999-;Queen Rania
ayman-safadi;أيمن الصفدي;الصفدي|ايمن الصفدي;وزير الخارجية الأردني;Foreign Minister of Jordan;jo;2017-;Ayman Safadi
nasser-judeh;ناصر جودة;;وزير الخارجية الأردني;Foreign Minister of Jordan;jo;2009-2017;Nasser Judeh
jafar-hassan;جعفر حسان;;رئيس الوزراء الأردني;Prime Minister of Jordan;jo;2024-;Jafar Hassan
bisher-khasawneh;بشر الخصاونة;الخصاونة;رئيس الوزراء الأردني;Prime Minister of Jordan;jo;2020-2024;Bisher Khasawneh
omar-razzaz;عمر الرزاز;الرزاز;رئيس الوزراء الأردني;Prime Minister of Jordan;jo;2018-2020;Omar Razzaz
hani-mulki;هاني الملقي;الملقي;رئيس الوزراء الأردني;Prime Minister of Jordan;jo;2016-2018;Hani Mulki
abdullah-ensour;عبدالله النسور;عبد الله النسور;رئيس الوزراء الأردني;Prime Minister of Jordan;jo;2012-2016;Abdullah Ensour
mohammad-momani;محمد المومني;المومني;وزير الاتصال الحكومي الناطق باسم الحكومة الأردنية;Government Spokesman of Jordan;jo;2024-;Mohammad Momani
# Egypt
abdel-fattah-el-sisi;عبد الفتاح السيسي;السيسي|عبدالفتاح السيسي;الرئيس المصري;President of Egypt;eg;2014-;Abdel Fattah el-Sisi
mohamed-morsi;محمد مرسي;مرسي;الرئيس المصري;President of Egypt;eg;2012-2013;Mohamed Morsi
hosni-mubarak;حسني مبارك;مبارك|محمد حسني مبارك;الرئيس المصري;President of Egypt;eg;1981-2011;Hosni Mubarak
adly-mansour;عدلي منصور;;الرئيس المصري المؤقت;Interim President of Egypt;eg;2013-2014;Adly Mansour
mostafa-madbouly;مصطفى مدبولي;مدبولي;رئيس الوزراء المصري;Prime Minister of Egypt;eg;2018-;Mostafa Madbouly
sameh-shoukry;سامح شكري;شكري;وزير الخارجية المصري;Foreign Minister of Egypt;eg;2014-2024;Sameh Shoukry
badr-abdelatty;بدر عبد العاطي;عبد العاطي|بدر عبدالعاطي;وزير الخارجية المصري;Foreign Minister of Egypt;eg;2024-;Badr Abdelatty
abbas-kamel;عباس كامل;;رئيس المخابرات العامة المصرية;Director of Egyptian General Intelligence;eg;2018-2024;Abbas Kamel
hassan-rashad;حسن رشاد;;رئيس المخابرات العامة المصرية;Director of Egyptian General Intelligence;eg;2024-;Hassan Rashad
mohamed-hussein-tantawi;محمد حسين طنطاوي;المشير طنطاوي|طنطاوي;رئيس المجلس الأعلى للقوات المسلحة;Head of the Supreme Council of the Armed Forces;eg;2011-2012;Mohamed Hussein Tantawi
mohamed-elbaradei;محمد البرادعي;البرادعي;نائب الرئيس المصري;Vice President of Egypt;eg;2013-2013;Mohamed ElBaradei
mohamed-badie;محمد بديع;;المرشد العام لجماعة الإخوان المسلمين;Supreme Guide of the Muslim Brotherhood;eg;2010-;Mohamed Badie
ahmed-el-tayeb;أحمد الطيب;شيخ الأزهر أحمد الطيب;شيخ الأزهر;Grand Imam of Al-Azhar;eg;2010-;Ahmed el-Tayeb
# Palestine
mahmoud-abbas;محمود عباس;أبو مازن|ابو مازن|الرئيس عباس;الرئيس الفلسطيني;President of Palestine;ps;2005-;Mahmoud Abbas
mohammad-mustafa;محمد مصطفى;;رئيس الوزراء الفلسطيني;Prime Minister of Palestine;ps;2024-;Mohammad Mustafa
mohammad-shtayyeh;محمد اشتية;اشتية|محمد اشتيه;رئيس الوزراء الفلسطيني;Prime Minister of Palestine;ps;2019-2024;Mohammad Shtayyeh
rami-hamdallah;رامي الحمد الله;الحمد الله;رئيس الوزراء الفلسطيني;Prime Minister of Palestine;ps;2013-2019;Rami Hamdallah
salam-fayyad;سلام فياض;فياض;رئيس الوزراء الفلسطيني;Prime Minister of Palestine;ps;2007-2013;Salam Fayyad
riyad-al-maliki;رياض المالكي;;وزير الخارجية الفلسطيني;Foreign Minister of Palestine;ps;2007-2024;Riyad al-Maliki
varsen-aghabekian;فارسين أغابكيان شاهين;فارسين أغابكيان|أغابكيان;وزيرة الخارجية الفلسطينية;Foreign Minister of Palestine;ps;2025-;Varsen Aghabekian Shahin
hussein-al-sheikh;حسين الشيخ;;نائب الرئيس الفلسطيني;Vice President of Palestine;ps;2025-;Hussein al-Sheikh
majed-faraj;ماجد فرج;;رئيس جهاز المخابرات العامة الفلسطينية;Head of Palestinian General Intelligence;ps;2009-;Majed Faraj
jibril-rajoub;جبريل الرجوب;الرجوب;أمين سر اللجنة المركزية لحركة فتح;Secretary of the Fatah Central Committee;ps;2017-;Jibril Rajoub
riyad-mansour;رياض منصور;;المندوب الفلسطيني لدى الأمم المتحدة;Palestinian Ambassador to the UN;ps;2005-;Riyad Mansour
marwan-barghouti;مروان البرغوثي;البرغوثي;القيادي في حركة فتح;Fatah leader;ps;2002-;Marwan Barghouti
mustafa-barghouti;مصطفى البرغوثي;;الأمين العام للمبادرة الوطنية الفلسطينية;Secretary-General of the Palestinian National Initiative;ps;2002-;Mustafa Barghouti
ismail-haniyeh;إسماعيل هنية;هنية|اسماعيل هنية;رئيس المكتب السياسي لحركة حماس;Head of the Hamas Political Bureau;ps;2017-2024;Ismail Haniyeh
yahya-sinwar;يحيى السنوار;السنوار|يحيى السنوار;رئيس المكتب السياسي لحركة حماس;Head of the Hamas Political Bureau;ps;2024-2024;Yahya Sinwar
mohammed-sinwar;محمد السنوار;;القائد العسكري لحركة حماس في غزة;Hamas military commander in Gaza;ps;2024-2025;Mohammed Sinwar
khaled-meshaal;خالد مشعل;مشعل;رئيس حركة حماس في الخارج;Head of Hamas abroad;ps;1996-;Khaled Meshaal
khalil-al-hayya;خليل الحية;;رئيس حركة حماس في غزة وكبير مفاوضيها;Hamas leader in Gaza and chief negotiator;ps;2024-;Khalil al-Hayya
mousa-abu-marzouk;موسى أبو مرزوق;أبو مرزوق;عضو المكتب السياسي لحركة حماس;Hamas Political Bureau member;ps;1992-;Mousa Abu Marzouk
saleh-al-arouri;صالح العاروري;العاروري;نائب رئيس المكتب السياسي لحركة حماس;Deputy Head of the Hamas Political Bureau;ps;2017-2024;Saleh al-Arouri
mohammed-deif;محمد الضيف;;القائد العام لكتائب القسام;Commander of the Qassam Brigades;ps;2002-2024;Mohammed Deif
abu-obeida;أبو عبيدة;ابو عبيدة;الناطق باسم كتائب القسام;Spokesman of the Qassam Brigades;ps;2006-2025;Abu Obeida
osama-hamdan;أسامة حمدان;;القيادي في حركة حماس;Hamas official;ps;2010-;Osama Hamdan
sami-abu-zuhri;سامي أبو زهري;أبو زهري;القيادي في حركة حماس;Hamas official;ps;2010-;Sami Abu Zuhri
izzat-al-rishq;عزت الرشق;الرشق;عضو المكتب السياسي لحركة حماس;Hamas Political Bureau member;ps;2010-;Izzat al-Rishq
basem-naim;باسم نعيم;;عضو المكتب السياسي لحركة حماس;Hamas Political Bureau member;ps;2021-;Basem Naim
hazem-qassem;حازم قاسم;;الناطق باسم حركة حماس;Hamas spokesman;ps;2015-;Hazem Qassem
mahmoud-al-zahar;محمود الزهار;الزهار;القيادي في حركة حماس;Hamas official;ps;1987-;Mahmoud al-Zahar
ziyad-al-nakhalah;زياد النخالة;النخالة;الأمين العام لحركة الجهاد الإسلامي;Secretary-General of Palestinian Islamic Jihad;ps;2018-;Ziyad al-Nakhalah
ramadan-shallah;رمضان عبد الله شلح;رمضان شلح|شلح;الأمين العام لحركة الجهاد الإسلامي;Secretary-General of Palestinian Islamic Jihad;ps;1995-2018;Ramadan Shallah
# Israel
benjamin-netanyahu;بنيامين نتنياهو;نتنياهو|بنيامين نتانياهو|نتانياهو|بنيامين نتانيهو;رئيس الوزراء الإسرائيلي;Prime Minister of Israel;il;2009-2021|2022-;Benjamin Netanyahu
naftali-bennett;نفتالي بينيت;بينيت;رئيس الوزراء الإسرائيلي;Prime Minister of Israel;il;2021-2022;Naftali Bennett
yair-lapid;يائير لابيد;لابيد;رئيس الوزراء الإسرائيلي;Prime Minister of Israel;il;2022-2022;Yair Lapid
isaac-herzog;إسحاق هرتسوغ;هرتسوغ|يتسحاق هرتسوغ|اسحاق هرتسوغ;الرئيس الإسرائيلي;President of Israel;il;2021-;Isaac Herzog
reuven-rivlin;رؤوفين ريفلين;ريفلين;الرئيس الإسرائيلي;President of Israel;il;2014-2021;Reuven Rivlin
shimon-peres;شمعون بيريز;بيريز;الرئيس الإسرائيلي;President of Israel;il;2007-2014;Shimon Peres
yoav-gallant;يوآف غالانت;غالانت|يوآف جالانت;وزير الدفاع الإسرائيلي;Defence Minister of Israel;il;2022-2024;Yoav Gallant
israel-katz;يسرائيل كاتس;كاتس|إسرائيل كاتس;وزير الدفاع الإسرائيلي;Defence Minister of Israel;il;2024-;Israel Katz
gideon-saar;جدعون ساعر;ساعر;وزير الخارجية الإسرائيلي;Foreign Minister of Israel;il;2024-;Gideon Sa'ar
eli-cohen;إيلي كوهين;;وزير الخارجية الإسرائيلي;Foreign Minister of Israel;il;2023-2024;Eli Cohen
itamar-ben-gvir;إيتمار بن غفير;بن غفير|ايتمار بن غفير;وزير الأمن القومي الإسرائيلي;National Security Minister of Israel;il;2022-;Itamar Ben-Gvir
bezalel-smotrich;بتسلئيل سموتريتش;سموتريتش;وزير المالية الإسرائيلي;Finance Minister of Israel;il;2022-;Bezalel Smotrich
benny-gantz;بيني غانتس;غانتس|بيني جانتس;وزير الدفاع الإسرائيلي;Defence Minister of Israel;il;2020-2022;Benny Gantz
avigdor-lieberman;أفيغدور ليبرمان;ليبرمان;وزير الدفاع الإسرائيلي;Defence Minister of Israel;il;2016-2018;Avigdor Lieberman
ehud-barak;إيهود باراك;;وزير الدفاع الإسرائيلي;Defence Minister of Israel;il;2007-2013;Ehud Barak
ron-dermer;رون ديرمر;ديرمر;وزير الشؤون الاستراتيجية الإسرائيلي;Strategic Affairs Minister of Israel;il;2022-2025;Ron Dermer
herzi-halevi;هرتسي هاليفي;هاليفي;رئيس أركان الجيش الإسرائيلي;IDF Chief of Staff;il;2023-2025;Herzi Halevi
eyal-zamir;إيال زامير;زامير;رئيس أركان الجيش الإسرائيلي;IDF Chief of Staff;il;2025-;Eyal Zamir
daniel-hagari;دانيال هاغاري;هاغاري;المتحدث باسم الجيش الإسرائيلي;IDF Spokesperson;il;2023-2025;Daniel Hagari
avichay-adraee;أفيخاي أدرعي;أدرعي|افيخاي ادرعي;المتحدث باسم الجيش الإسرائيلي للإعلام العربي;IDF Arabic-language spokesperson;il;2005-;Avichay Adraee
david-barnea;ديفيد برنياع;برنياع;رئيس جهاز الموساد;Director of the Mossad;il;2021-;David Barnea
ronen-bar;رونين بار;;رئيس جهاز الشاباك;Director of the Shin Bet;il;2021-2025;Ronen Bar
# Lebanon
joseph-aoun;جوزاف عون;العماد جوزاف عون|جوزيف عون;الرئيس اللبناني;President of Lebanon;lb;2025-;Joseph Aoun
michel-aoun;ميشال عون;ميشيل عون|العماد ميشال عون;الرئيس اللبناني;President of Lebanon;lb;2016-2022;Michel Aoun
michel-suleiman;ميشال سليمان;ميشيل سليمان;الرئيس اللبناني;President of Lebanon;lb;2008-2014;Michel Suleiman
nawaf-salam;نواف سلام;;رئيس الوزراء اللبناني;Prime Minister of Lebanon;lb;2025-;Nawaf Salam
najib-mikati;نجيب ميقاتي;ميقاتي;رئيس الوزراء اللبناني;Prime Minister of Lebanon;lb;2021-2025;Najib Mikati
saad-hariri;سعد الحريري;الحريري;رئيس الوزراء اللبناني;Prime Minister of Lebanon;lb;2016-2020;Saad Hariri
tammam-salam;تمام سلام;;رئيس الوزراء اللبناني;Prime Minister of Lebanon;lb;2014-2016;Tammam Salam
hassan-diab;حسان دياب;;رئيس الوزراء اللبناني;Prime Minister of Lebanon;lb;2020-2021;Hassan Diab
nabih-berri;نبيه بري;بري;رئيس مجلس النواب اللبناني;Speaker of the Parliament of Lebanon;lb;1992-;Nabih Berri
hassan-nasrallah;حسن نصر الله;نصر الله|نصرالله|حسن نصرالله|السيد حسن نصر الله;الأمين العام لحزب الله;Secretary-General of Hezbollah;lb;1992-2024;Hassan Nasrallah
naim-qassem;نعيم قاسم;الشيخ نعيم قاسم;الأمين العام لحزب الله;Secretary-General of Hezbollah;lb;2024-;Naim Qassem
hashem-safieddine;هاشم صفي الدين;صفي الدين;رئيس المجلس التنفيذي لحزب الله;Head of Hezbollah's Executive Council;lb;2001-2024;Hashem Safieddine
mohammad-raad;محمد رعد;;رئيس كتلة الوفاء للمقاومة;Head of the Loyalty to the Resistance bloc;lb;2000-;Mohammad Raad
gebran-bassil;جبران باسيل;باسيل;رئيس التيار الوطني الحر;Leader of the Free Patriotic Movement;lb;2015-;Gebran Bassil
samir-geagea;سمير جعجع;جعجع;رئيس حزب القوات اللبنانية;Leader of the Lebanese Forces;lb;1986-;Samir Geagea
walid-jumblatt;وليد جنبلاط;جنبلاط;الزعيم الدرزي اللبناني;Lebanese Druze leader;lb;1977-;Walid Jumblatt
youssef-rajji;يوسف رجي;رجي;وزير الخارجية اللبناني;Foreign Minister of Lebanon;lb;2025-;Youssef Rajji
abdallah-bou-habib;عبد الله بو حبيب;بو حبيب;وزير الخارجية اللبناني;Foreign Minister of Lebanon;lb;2021-2025;Abdallah Bou Habib
# Syria
bashar-al-assad;بشار الأسد;الأسد|بشار الاسد|الرئيس الأسد;الرئيس السوري;President of Syria;sy;2000-2024;Bashar al-Assad
ahmed-al-sharaa;أحمد الشرع;الشرع|أبو محمد الجولاني|الجولاني|احمد الشرع;الرئيس السوري;President of Syria;sy;2025-;Ahmed al-Sharaa
asaad-al-shaibani;أسعد حسن الشيباني;أسعد الشيباني|الشيباني;وزير الخارجية السوري;Foreign Minister of Syria;sy;2024-;Asaad Hassan al-Shaibani
murhaf-abu-qasra;مرهف أبو قصرة;أبو قصرة;وزير الدفاع السوري;Defence Minister of Syria;sy;2024-;Murhaf Abu Qasra
anas-khattab;أنس خطاب;;وزير الداخلية السوري;Interior Minister of Syria;sy;2025-;Anas Khattab
mohammed-al-bashir;محمد البشير;;رئيس حكومة تصريف الأعمال السورية;Caretaker Prime Minister of Syria;sy;2024-2025;Mohammed al-Bashir
walid-muallem;وليد المعلم;;وزير الخارجية السوري;Foreign Minister of Syria;sy;2006-2020;Walid Muallem
faisal-mekdad;فيصل المقداد;المقداد;وزير الخارجية السوري;Foreign Minister of Syria;sy;2020-2024;Faisal Mekdad
bashar-jaafari;بشار الجعفري;;المندوب السوري لدى الأمم المتحدة;Syrian Ambassador to the UN;sy;2006-2020;Bashar Jaafari
hussein-arnous;حسين عرنوس;عرنوس;رئيس الوزراء السوري;Prime Minister of Syria;sy;2020-2024;Hussein Arnous
maher-al-assad;ماهر الأسد;ماهر الاسد;قائد الفرقة الرابعة في الجيش السوري;Commander of the Syrian Army's 4th Division;sy;2000-2024;Maher al-Assad
mazloum-abdi;مظلوم عبدي;مظلوم كوباني;القائد العام لقوات سوريا الديمقراطية;Commander-in-Chief of the SDF;sy;2015-;Mazloum Abdi
# Iraq
mohammed-shia-al-sudani;محمد شياع السوداني;السوداني|محمد شياع;رئيس الوزراء العراقي;Prime Minister of Iraq;iq;2022-;Mohammed Shia al-Sudani
mustafa-al-kadhimi;مصطفى الكاظمي;الكاظمي;رئيس الوزراء العراقي;Prime Minister of Iraq;iq;2020-2022;Mustafa al-Kadhimi
adil-abdul-mahdi;عادل عبد المهدي;عبد المهدي;رئيس الوزراء العراقي;Prime Minister of Iraq;iq;2018-2020;Adil Abdul-Mahdi
haider-al-abadi;حيدر العبادي;العبادي;رئيس الوزراء العراقي;Prime Minister of Iraq;iq;2014-2018;Haider al-Abadi
nouri-al-maliki;نوري المالكي;المالكي;رئيس الوزراء العراقي;Prime Minister of Iraq;iq;2006-2014;Nouri al-Maliki
abdul-latif-rashid;عبد اللطيف رشيد;عبد اللطيف جمال رشيد;الرئيس العراقي;President of Iraq;iq;2022-;Abdul Latif Rashid
barham-salih;برهم صالح;;الرئيس العراقي;President of Iraq;iq;2018-2022;Barham Salih
fuad-masum;فؤاد معصوم;معصوم;الرئيس العراقي;President of Iraq;iq;2014-2018;Fuad Masum
jalal-talabani;جلال طالباني;الطالباني|جلال الطالباني;الرئيس العراقي;President of Iraq;iq;2005-2014;Jalal Talabani
fuad-hussein;فؤاد حسين;;وزير الخارجية العراقي;Foreign Minister of Iraq;iq;2020-;Fuad Hussein
ibrahim-al-jaafari;إبراهيم الجعفري;;وزير الخارجية العراقي;Foreign Minister of Iraq;iq;2014-2018;Ibrahim al-Jaafari
hoshyar-zebari;هوشيار زيباري;زيباري;وزير الخارجية العراقي;Foreign Minister of Iraq;iq;2003-2014;Hoshyar Zebari
muqtada-al-sadr;مقتدى الصدر;الصدر|السيد مقتدى الصدر;زعيم التيار الصدري;Leader of the Sadrist Movement;iq;2003-;Muqtada al-Sadr
ali-al-sistani;علي السيستاني;السيستاني|المرجع علي السيستاني|آية الله علي السيستاني;المرجع الشيعي الأعلى في العراق;Grand Ayatollah in Iraq;iq;1992-;Ali al-Sistani
masoud-barzani;مسعود بارزاني;مسعود البارزاني;زعيم الحزب الديمقراطي الكردستاني;Leader of the Kurdistan Democratic Party;iq;1979-;Masoud Barzani
nechirvan-barzani;نيجيرفان بارزاني;نيجيرفان البارزاني;رئيس إقليم كردستان العراق;President of the Kurdistan Region;iq;2019-;Nechirvan Barzani
masrour-barzani;مسرور بارزاني;مسرور البارزاني;رئيس حكومة إقليم كردستان;Prime Minister of the Kurdistan Region;iq;2019-;Masrour Barzani
bafel-talabani;بافل طالباني;بافل الطالباني;رئيس الاتحاد الوطني الكردستاني;Leader of the Patriotic Union of Kurdistan;iq;2020-;Bafel Talabani
mohammed-al-halbousi;محمد الحلبوسي;الحلبوسي;رئيس مجلس النواب العراقي;Speaker of the Council of Representatives of Iraq;iq;2018-2023;Mohammed al-Halbousi
qais-al-khazali;قيس الخزعلي;الخزعلي;الأمين العام لعصائب أهل الحق;Secretary-General of Asa'ib Ahl al-Haq;iq;2007-;Qais al-Khazali
hadi-al-amiri;هادي العامري;العامري;الأمين العام لمنظمة بدر;Secretary-General of the Badr Organization;iq;2003-;Hadi al-Amiri
ammar-al-hakim;عمار الحكيم;;زعيم تيار الحكمة;Leader of the National Wisdom Movement;iq;2009-;Ammar al-Hakim
abu-mahdi-al-muhandis;أبو مهدي المهندس;;نائب رئيس هيئة الحشد الشعبي;Deputy Head of the Popular Mobilization Forces;iq;2014-2020;Abu Mahdi al-Muhandis
faleh-al-fayyadh;فالح الفياض;الفياض;رئيس هيئة الحشد الشعبي;Head of the Popular Mobilization Forces;iq;2014-;Falih al-Fayyadh
# Gulf: Saudi Arabia
king-salman;الملك سلمان بن عبد العزيز;سلمان بن عبد العزيز|الملك سلمان|سلمان بن عبدالعزيز|خادم الحرمين الشريفين الملك سلمان;ملك السعودية;King of Saudi Arabia;sa;2015-;King Salman bin Abdulaziz
king-abdullah-sa;الملك عبد الله بن عبد العزيز;عبد الله بن عبد العزيز|الملك عبدالله بن عبدالعزيز;ملك السعودية;King of Saudi Arabia;sa;2005-2015;King Abdullah bin Abdulaziz
mohammed-bin-salman;الأمير محمد بن سلمان;محمد بن سلمان|ولي العهد السعودي الأمير محمد بن سلمان|بن سلمان;ولي العهد رئيس مجلس الوزراء السعودي;Crown Prince and Prime Minister of Saudi Arabia;sa;2017-;Mohammed bin Salman
mohammed-bin-nayef;الأمير محمد بن نايف;محمد بن نايف;ولي العهد السعودي;Crown Prince of Saudi Arabia;sa;2015-2017;Mohammed bin Nayef
faisal-bin-farhan;الأمير فيصل بن فرحان;فيصل بن فرحان|فيصل بن فرحان آل سعود;وزير الخارجية السعودي;Foreign Minister of Saudi Arabia;sa;2019-;Faisal bin Farhan
adel-al-jubeir;عادل الجبير;الجبير;وزير الدولة للشؤون الخارجية السعودي;Saudi Minister of State for Foreign Affairs;sa;2018-;Adel al-Jubeir
saud-al-faisal;الأمير سعود الفيصل;سعود الفيصل;وزير الخارجية السعودي;Foreign Minister of Saudi Arabia;sa;1975-2015;Saud al-Faisal
khalid-bin-salman;الأمير خالد بن سلمان;خالد بن سلمان;وزير الدفاع السعودي;Defence Minister of Saudi Arabia;sa;2022-;Khalid bin Salman
turki-al-faisal;الأمير تركي الفيصل;تركي الفيصل;رئيس الاستخبارات السعودية الأسبق;Former Saudi intelligence chief;sa;1977-2001;Turki al-Faisal
# Gulf: UAE
mohamed-bin-zayed;الشيخ محمد بن زايد آل نهيان;محمد بن زايد|الشيخ محمد بن زايد|بن زايد;رئيس دولة الإمارات;President of the UAE;ae;2022-;Mohamed bin Zayed Al Nahyan
khalifa-bin-zayed;الشيخ خليفة بن زايد آل نهيان;خليفة بن زايد|الشيخ خليفة بن زايد;رئيس دولة الإمارات;President of the UAE;ae;2004-2022;Khalifa bin Zayed Al Nahyan
mohammed-bin-rashid;الشيخ محمد بن راشد آل مكتوم;محمد بن راشد|الشيخ محمد بن راشد;نائب رئيس دولة الإمارات رئيس مجلس الوزراء حاكم دبي;Vice President and Prime Minister of the UAE, Ruler of Dubai;ae;2006-;Mohammed bin Rashid Al Maktoum
abdullah-bin-zayed;الشيخ عبدالله بن زايد آل نهيان;عبدالله بن زايد|عبد الله بن زايد|الشيخ عبدالله بن زايد;وزير الخارجية الإماراتي;Foreign Minister of the UAE;ae;2006-;Abdullah bin Zayed Al Nahyan
mansour-bin-zayed;الشيخ منصور بن زايد آل نهيان;منصور بن زايد;نائب رئيس دولة الإمارات;Vice President of the UAE;ae;2023-;Mansour bin Zayed Al Nahyan
tahnoun-bin-zayed;الشيخ طحنون بن زايد آل نهيان;طحنون بن زايد;مستشار الأمن الوطني الإماراتي;National Security Adviser of the UAE;ae;2016-;Tahnoun bin Zayed Al Nahyan
khaled-bin-mohamed-bin-zayed;الشيخ خالد بن محمد بن زايد آل نهيان;خالد بن محمد بن زايد;ولي عهد أبوظبي;Crown Prince of Abu Dhabi;ae;2023-;Khaled bin Mohamed bin Zayed
anwar-gargash;أنور قرقاش;قرقاش;المستشار الدبلوماسي لرئيس دولة الإمارات;Diplomatic Adviser to the UAE President;ae;2021-;Anwar Gargash
# Gulf: Qatar, Kuwait, Bahrain, Oman
tamim-bin-hamad;الشيخ تميم بن حمد آل ثاني;تميم بن حمد|الشيخ تميم|أمير قطر الشيخ تميم بن حمد آل ثاني;أمير قطر;Emir of Qatar;qa;2013-;Tamim bin Hamad Al Thani
hamad-bin-khalifa;الشيخ حمد بن خليفة آل ثاني;حمد بن خليفة;أمير قطر;Emir of Qatar;qa;1995-2013;Hamad bin Khalifa Al Thani
mohammed-bin-abdulrahman;الشيخ محمد بن عبدالرحمن آل ثاني;محمد بن عبدالرحمن|محمد بن عبد الرحمن آل ثاني|الشيخ محمد بن عبد الرحمن آل ثاني;رئيس مجلس الوزراء وزير الخارجية القطري;Prime Minister and Foreign Minister of Qatar;qa;2023-;Mohammed bin Abdulrahman Al Thani
hamad-bin-jassim;الشيخ حمد بن جاسم آل ثاني;حمد بن جاسم;رئيس الوزراء وزير الخارجية القطري;Prime Minister and Foreign Minister of Qatar;qa;2007-2013;Hamad bin Jassim Al Thani
khalid-bin-khalifa;الشيخ خالد بن خليفة بن عبدالعزيز آل ثاني;خالد بن خليفة;رئيس مجلس الوزراء القطري;Prime Minister of Qatar;qa;2020-2023;Khalid bin Khalifa Al Thani
majed-al-ansari;ماجد الأنصاري;الأنصاري;المتحدث الرسمي باسم وزارة الخارجية القطرية;Spokesman of the Qatari Foreign Ministry;qa;2022-;Majed al-Ansari
mohammed-al-khulaifi;محمد بن عبدالعزيز الخليفي;محمد الخليفي|الخليفي;وزير الدولة بوزارة الخارجية القطرية;Qatari Minister of State at the Foreign Ministry;qa;2023-;Mohammed Al-Khulaifi
mishal-al-ahmad;الشيخ مشعل الأحمد الجابر الصباح;مشعل الأحمد|الشيخ مشعل الأحمد;أمير الكويت;Emir of Kuwait;kw;2023-;Mishal Al-Ahmad Al-Jaber Al-Sabah
nawaf-al-ahmad;الشيخ نواف الأحمد الجابر الصباح;نواف الأحمد|الشيخ نواف الأحمد;أمير الكويت;Emir of Kuwait;kw;2020-2023;Nawaf Al-Ahmad Al-Jaber Al-Sabah
sabah-al-ahmad;الشيخ صباح الأحمد الجابر الصباح;صباح الأحمد|الشيخ صباح الأحمد;أمير الكويت;Emir of Kuwait;kw;2006-2020;Sabah Al-Ahmad Al-Jaber Al-Sabah
ahmad-abdullah-al-sabah;الشيخ أحمد عبدالله الأحمد الصباح;أحمد عبدالله الأحمد;رئيس مجلس الوزراء الكويتي;Prime Minister of Kuwait;kw;2024-;Ahmad Abdullah Al-Ahmad Al-Sabah
abdullah-al-yahya;عبدالله اليحيا;عبدالله علي اليحيا|اليحيا;وزير الخارجية الكويتي;Foreign Minister of Kuwait;kw;2024-;Abdullah Al-Yahya
hamad-bin-isa;الملك حمد بن عيسى آل خليفة;حمد بن عيسى|ملك البحرين;ملك البحرين;King of Bahrain;bh;1999-;Hamad bin Isa Al Khalifa
salman-bin-hamad;الأمير سلمان بن حمد آل خليفة;سلمان بن حمد;ولي العهد رئيس مجلس الوزراء البحريني;Crown Prince and Prime Minister of Bahrain;bh;2020-;Salman bin Hamad Al Khalifa
abdullatif-al-zayani;عبداللطيف الزياني;عبد اللطيف الزياني|الزياني;وزير الخارجية البحريني;Foreign Minister of Bahrain;bh;2020-;Abdullatif Al Zayani
haitham-bin-tariq;السلطان هيثم بن طارق;هيثم بن طارق|السلطان هيثم;سلطان عمان;Sultan of Oman;om;2020-;Haitham bin Tariq
qaboos-bin-said;السلطان قابوس بن سعيد;قابوس بن سعيد|السلطان قابوس;سلطان عمان;Sultan of Oman;om;1970-2020;Qaboos bin Said
badr-albusaidi;بدر البوسعيدي;بدر بن حمد البوسعيدي|البوسعيدي;وزير الخارجية العماني;Foreign Minister of Oman;om;2020-;Badr Albusaidi
yusuf-bin-alawi;يوسف بن علوي;يوسف بن علوي بن عبدالله;الوزير المسؤول عن الشؤون الخارجية العماني;Omani Minister Responsible for Foreign Affairs;om;1997-2020;Yusuf bin Alawi
jasem-albudaiwi;جاسم البديوي;جاسم محمد البديوي|البديوي;الأمين العام لمجلس التعاون الخليجي;Secretary-General of the GCC;kw;2023-;Jasem Albudaiwi
nayef-al-hajraf;نايف الحجرف;الحجرف;الأمين العام لمجلس التعاون الخليجي;Secretary-General of the GCC;kw;2020-2023;Nayef al-Hajraf
# Yemen
abdul-malik-al-houthi;عبد الملك الحوثي;عبدالملك الحوثي|الحوثي;زعيم جماعة أنصار الله (الحوثيين);Leader of the Houthis;ye;2004-;Abdul-Malik al-Houthi
mahdi-al-mashat;مهدي المشاط;المشاط;رئيس المجلس السياسي الأعلى للحوثيين;President of the Houthi Supreme Political Council;ye;2018-;Mahdi al-Mashat
mohammed-abdulsalam;محمد عبد السلام;محمد عبدالسلام;الناطق باسم جماعة أنصار الله وكبير مفاوضيها;Houthi spokesman and chief negotiator;ye;2015-;Mohammed Abdulsalam
yahya-saree;يحيى سريع;;المتحدث العسكري باسم قوات الحوثيين;Houthi military spokesman;ye;2019-;Yahya Saree
mohammed-ali-al-houthi;محمد علي الحوثي;;عضو المجلس السياسي الأعلى للحوثيين;Member of the Houthi Supreme Political Council;ye;2015-;Mohammed Ali al-Houthi
rashad-al-alimi;رشاد العليمي;العليمي;رئيس مجلس القيادة الرئاسي اليمني;Chairman of Yemen's Presidential Leadership Council;ye;2022-;Rashad al-Alimi
abdrabbuh-mansur-hadi;عبد ربه منصور هادي;عبدربه منصور هادي;الرئيس اليمني;President of Yemen;ye;2012-2022;Abdrabbuh Mansur Hadi
ali-abdullah-saleh;علي عبد الله صالح;علي عبدالله صالح;الرئيس اليمني;President of Yemen;ye;1978-2012;Ali Abdullah Saleh
aidarous-al-zubaidi;عيدروس الزبيدي;الزبيدي;رئيس المجلس الانتقالي الجنوبي;President of the Southern Transitional Council;ye;2017-;Aidarous al-Zubaidi
ahmed-awad-bin-mubarak;أحمد عوض بن مبارك;بن مبارك;رئيس الوزراء اليمني;Prime Minister of Yemen;ye;2024-2025;Ahmed Awad bin Mubarak
salem-bin-breik;سالم بن بريك;;رئيس الوزراء اليمني;Prime Minister of Yemen;ye;2025-;Salem bin Breik
maeen-abdulmalik;معين عبد الملك;معين عبدالملك;رئيس الوزراء اليمني;Prime Minister of Yemen;ye;2018-2024;Maeen Abdulmalik
shaya-al-zindani;شائع الزنداني;الزنداني;وزير الخارجية اليمني;Foreign Minister of Yemen;ye;2024-;Shaya al-Zindani
# Libya
muammar-gaddafi;معمر القذافي;القذافي|العقيد معمر القذافي;الزعيم الليبي;Leader of Libya;ly;1969-2011;Muammar Gaddafi
saif-al-islam-gaddafi;سيف الإسلام القذافي;سيف الاسلام القذافي;نجل الزعيم الليبي الراحل;Son of Muammar Gaddafi;ly;2011-;Saif al-Islam Gaddafi
khalifa-haftar;خليفة حفتر;حفتر|المشير خليفة حفتر;قائد الجيش الوطني الليبي;Commander of the Libyan National Army;ly;2014-;Khalifa Haftar
saddam-haftar;صدام حفتر;;القيادي في الجيش الوطني الليبي ونجل خليفة حفتر;Libyan National Army commander, son of Khalifa Haftar;ly;2019-;Saddam Haftar
abdul-hamid-dbeibah;عبد الحميد الدبيبة;الدبيبة|عبدالحميد الدبيبة;رئيس حكومة الوحدة الوطنية الليبية;Prime Minister of Libya's Government of National Unity;ly;2021-;Abdul Hamid Dbeibah
mohamed-al-menfi;محمد المنفي;المنفي;رئيس المجلس الرئاسي الليبي;Chairman of Libya's Presidential Council;ly;2021-;Mohamed al-Menfi
aguila-saleh;عقيلة صالح;;رئيس مجلس النواب الليبي;Speaker of Libya's House of Representatives;ly;2014-;Aguila Saleh
fayez-al-sarraj;فايز السراج;السراج;رئيس المجلس الرئاسي لحكومة الوفاق الوطني الليبية;Head of Libya's Government of National Accord;ly;2016-2021;Fayez al-Sarraj
fathi-bashagha;فتحي باشاغا;باشاغا;رئيس الحكومة الليبية المكلفة من مجلس النواب;Prime Minister designated by Libya's House of Representatives;ly;2022-2023;Fathi Bashagha
osama-hammad;أسامة حماد;;رئيس الحكومة الليبية في الشرق;Prime Minister of the eastern Libyan government;ly;2023-;Osama Hammad
mustafa-abdul-jalil;مصطفى عبد الجليل;عبد الجليل;رئيس المجلس الوطني الانتقالي الليبي;Chairman of Libya's National Transitional Council;ly;2011-2012;Mustafa Abdul Jalil
# Maghreb
kais-saied;قيس سعيد;الرئيس قيس سعيد;الرئيس التونسي;President of Tunisia;tn;2019-;Kais Saied
beji-caid-essebsi;الباجي قايد السبسي;السبسي|الباجي قائد السبسي;الرئيس التونسي;President of Tunisia;tn;2014-2019;Beji Caid Essebsi
moncef-marzouki;المنصف المرزوقي;المرزوقي|منصف المرزوقي;الرئيس التونسي;President of Tunisia;tn;2011-2014;Moncef Marzouki
zine-el-abidine-ben-ali;زين العابدين بن علي;بن علي;الرئيس التونسي;President of Tunisia;tn;1987-2011;Zine El Abidine Ben Ali
rached-ghannouchi;راشد الغنوشي;الغنوشي;رئيس حركة النهضة;Leader of Ennahda;tn;1991-;Rached Ghannouchi
najla-bouden;نجلاء بودن;بودن;رئيسة الحكومة التونسية;Prime Minister of Tunisia;tn;2021-2023;Najla Bouden
sara-zaafrani-zenzri;سارة الزعفراني الزنزري;سارة الزعفراني;رئيسة الحكومة التونسية;Prime Minister of Tunisia;tn;2025-;Sara Zaafrani Zenzri
mohamed-ali-nafti;محمد علي النفطي;النفطي;وزير الخارجية التونسي;Foreign Minister of Tunisia;tn;2024-;Mohamed Ali Nafti
abdelmadjid-tebboune;عبد المجيد تبون;تبون|عبدالمجيد تبون;الرئيس الجزائري;President of Algeria;dz;2019-;Abdelmadjid Tebboune
abdelaziz-bouteflika;عبد العزيز بوتفليقة;بوتفليقة;الرئيس الجزائري;President of Algeria;dz;1999-2019;Abdelaziz Bouteflika
said-chengriha;السعيد شنقريحة;شنقريحة|سعيد شنقريحة;رئيس أركان الجيش الجزائري;Chief of Staff of the Algerian Army;dz;2019-;Said Chengriha
ahmed-attaf;أحمد عطاف;عطاف;وزير الخارجية الجزائري;Foreign Minister of Algeria;dz;2023-;Ahmed Attaf
ramtane-lamamra;رمطان لعمامرة;لعمامرة;وزير الخارجية الجزائري;Foreign Minister of Algeria;dz;2021-2023;Ramtane Lamamra
mohammed-vi;الملك محمد السادس;محمد السادس|العاهل المغربي محمد السادس;ملك المغرب;King of Morocco;ma;1999-;Mohammed VI
nasser-bourita;ناصر بوريطة;بوريطة;وزير الخارجية المغربي;Foreign Minister of Morocco;ma;2017-;Nasser Bourita
aziz-akhannouch;عزيز أخنوش;أخنوش|اخنوش;رئيس الحكومة المغربية;Head of Government of Morocco;ma;2021-;Aziz Akhannouch
saadeddine-othmani;سعد الدين العثماني;العثماني;رئيس الحكومة المغربية;Head of Government of Morocco;ma;2017-2021;Saadeddine Othmani
abdelilah-benkirane;عبد الإله بنكيران;بنكيران|عبد الاله بنكيران;رئيس الحكومة المغربية;Head of Government of Morocco;ma;2011-2017;Abdelilah Benkirane
mohamed-ould-ghazouani;محمد ولد الشيخ الغزواني;ولد الغزواني|الغزواني|محمد ولد الغزواني;الرئيس الموريتاني;President of Mauritania;mr;2019-;Mohamed Ould Ghazouani
mohamed-ould-abdel-aziz;محمد ولد عبد العزيز;ولد عبد العزيز;الرئيس الموريتاني;President of Mauritania;mr;2009-2019;Mohamed Ould Abdel Aziz
brahim-ghali;إبراهيم غالي;;الأمين العام لجبهة البوليساريو;Secretary-General of the Polisario Front;eh;2016-;Brahim Ghali
# Sudan and Horn of Africa
abdel-fattah-al-burhan;عبد الفتاح البرهان;البرهان|عبدالفتاح البرهان|الفريق أول عبد الفتاح البرهان;رئيس مجلس السيادة السوداني وقائد الجيش;Chairman of Sudan's Sovereignty Council and army chief;sd;2019-;Abdel Fattah al-Burhan
mohamed-hamdan-dagalo;محمد حمدان دقلو;حميدتي|دقلو|محمد حمدان دقلو حميدتي;قائد قوات الدعم السريع;Commander of the Rapid Support Forces;sd;2013-;Mohamed Hamdan Dagalo (Hemedti)
abdelrahim-dagalo;عبد الرحيم دقلو;عبدالرحيم دقلو;نائب قائد قوات الدعم السريع;Deputy Commander of the Rapid Support Forces;sd;2019-;Abdelrahim Dagalo
omar-al-bashir;عمر البشير;البشير|عمر حسن البشير;الرئيس السوداني;President of Sudan;sd;1989-2019;Omar al-Bashir
abdalla-hamdok;عبد الله حمدوك;حمدوك|عبدالله حمدوك;رئيس الوزراء السوداني;Prime Minister of Sudan;sd;2019-2022;Abdalla Hamdok
kamil-idris;كامل إدريس;كامل ادريس;رئيس الوزراء السوداني;Prime Minister of Sudan;sd;2025-;Kamil Idris
malik-agar;مالك عقار;;نائب رئيس مجلس السيادة السوداني;Deputy Chairman of Sudan's Sovereignty Council;sd;2023-;Malik Agar
abdel-aziz-al-hilu;عبد العزيز الحلو;;قائد الحركة الشعبية لتحرير السودان - شمال;Leader of SPLM-North;sd;2017-;Abdel Aziz al-Hilu
minni-minnawi;مني أركو مناوي;مناوي|مني مناوي;حاكم إقليم دارفور;Governor of Darfur;sd;2021-;Minni Minnawi
salva-kiir;سلفا كير;سلفاكير|سلفا كير ميارديت;رئيس جنوب السودان;President of South Sudan;ss;2011-;Salva Kiir
riek-machar;رياك مشار;مشار;النائب الأول لرئيس جنوب السودان;First Vice President of South Sudan;ss;2020-;Riek Machar
abiy-ahmed;آبي أحمد;أبي أحمد|ابي احمد;رئيس الوزراء الإثيوبي;Prime Minister of Ethiopia;et;2018-;Abiy Ahmed
isaias-afwerki;أسياس أفورقي;أفورقي|اسياس افورقي;الرئيس الإريتري;President of Eritrea;er;1993-;Isaias Afwerki
hassan-sheikh-mohamud;حسن شيخ محمود;;الرئيس الصومالي;President of Somalia;so;2022-;Hassan Sheikh Mohamud
mohamed-farmaajo;محمد عبد الله فرماجو;فرماجو;الرئيس الصومالي;President of Somalia;so;2017-2022;Mohamed Abdullahi Farmaajo
ismail-omar-guelleh;إسماعيل عمر جيله;جيله;رئيس جيبوتي;President of Djibouti;dj;1999-;Ismail Omar Guelleh
# Turkey and Iran
recep-tayyip-erdogan;رجب طيب أردوغان;أردوغان|اردوغان|رجب طيب اردوغان|الرئيس التركي أردوغان;الرئيس التركي;President of Turkey;tr;2014-;Recep Tayyip Erdogan
hakan-fidan;هاكان فيدان;فيدان;وزير الخارجية التركي;Foreign Minister of Turkey;tr;2023-;Hakan Fidan
mevlut-cavusoglu;مولود جاويش أوغلو;جاويش أوغلو|مولود تشاووش أوغلو;وزير الخارجية التركي;Foreign Minister of Turkey;tr;2014-2023;Mevlut Cavusoglu
ahmet-davutoglu;أحمد داود أوغلو;داود أوغلو;رئيس الوزراء التركي;Prime Minister of Turkey;tr;2014-2016;Ahmet Davutoglu
binali-yildirim;بن علي يلدريم;يلدريم;رئيس الوزراء التركي;Prime Minister of Turkey;tr;2016-2018;Binali Yildirim
hulusi-akar;خلوصي أكار;أكار;وزير الدفاع التركي;Defence Minister of Turkey;tr;2018-2023;Hulusi Akar
yasar-guler;يشار غولر;غولر;وزير الدفاع التركي;Defence Minister of Turkey;tr;2023-;Yasar Guler
ibrahim-kalin;إبراهيم قالن;قالن;رئيس جهاز الاستخبارات التركي;Director of Turkish National Intelligence;tr;2023-;Ibrahim Kalin
abdullah-ocalan;عبد الله أوجلان;أوجلان|اوجلان;زعيم حزب العمال الكردستاني المسجون;Jailed leader of the PKK;tr;1978-;Abdullah Ocalan
ali-khamenei;علي خامنئي;خامنئي|آية الله علي خامنئي|المرشد الإيراني علي خامنئي|السيد علي خامنئي;المرشد الأعلى الإيراني;Supreme Leader of Iran;ir;1989-;Ali Khamenei
masoud-pezeshkian;مسعود بزشكيان;بزشكيان;الرئيس الإيراني;President of Iran;ir;2024-;Masoud Pezeshkian
ebrahim-raisi;إبراهيم رئيسي;ابراهيم رئيسي;الرئيس الإيراني;President of Iran;ir;2021-2024;Ebrahim Raisi
hassan-rouhani;حسن روحاني;روحاني;الرئيس الإيراني;President of Iran;ir;2013-2021;Hassan Rouhani
mahmoud-ahmadinejad;محمود أحمدي نجاد;أحمدي نجاد|احمدي نجاد;الرئيس الإيراني;President of Iran;ir;2005-2013;Mahmoud Ahmadinejad
abbas-araghchi;عباس عراقجي;عراقجي;وزير الخارجية الإيراني;Foreign Minister of Iran;ir;2024-;Abbas Araghchi
hossein-amir-abdollahian;حسين أمير عبد اللهيان;عبد اللهيان|أمير عبداللهيان|حسين أمير عبداللهيان;وزير الخارجية الإيراني;Foreign Minister of Iran;ir;2021-2024;Hossein Amir-Abdollahian
mohammad-javad-zarif;محمد جواد ظريف;ظريف;وزير الخارجية الإيراني;Foreign Minister of Iran;ir;2013-2021;Mohammad Javad Zarif
ali-larijani;علي لاريجاني;لاريجاني;أمين المجلس الأعلى للأمن القومي الإيراني;Secretary of Iran's Supreme National Security Council;ir;2025-;Ali Larijani
ali-shamkhani;علي شمخاني;شمخاني;أمين المجلس الأعلى للأمن القومي الإيراني;Secretary of Iran's Supreme National Security Council;ir;2013-2023;Ali Shamkhani
qasem-soleimani;قاسم سليماني;سليماني;قائد فيلق القدس;Commander of the Quds Force;ir;1998-2020;Qasem Soleimani
esmail-qaani;إسماعيل قاآني;قاآني|اسماعيل قاآني;قائد فيلق القدس;Commander of the Quds Force;ir;2020-;Esmail Qaani
hossein-salami;حسين سلامي;سلامي;القائد العام للحرس الثوري الإيراني;Commander-in-Chief of the IRGC;ir;2019-2025;Hossein Salami
mohammad-bagheri;محمد باقري;باقري;رئيس هيئة الأركان العامة للقوات المسلحة الإيرانية;Chief of Staff of the Iranian Armed Forces;ir;2016-2025;Mohammad Bagheri
mohammad-bagher-ghalibaf;محمد باقر قاليباف;قاليباف;رئيس البرلمان الإيراني;Speaker of the Iranian Parliament;ir;2020-;Mohammad Bagher Ghalibaf
esmaeil-baghaei;إسماعيل بقائي;بقائي;المتحدث باسم وزارة الخارجية الإيرانية;Spokesman of the Iranian Foreign Ministry;ir;2024-;Esmaeil Baghaei
# United States
donald-trump;دونالد ترامب;ترامب|ترمب|دونالد ترمب|الرئيس ترامب;الرئيس الأمريكي;President of the United States;us;2017-2021|2025-;Donald Trump
joe-biden;جو بايدن;بايدن|جوزيف بايدن;الرئيس الأمريكي;President of the United States;us;2021-2025;Joe Biden
barack-obama;باراك أوباما;أوباما|اوباما|باراك اوباما;الرئيس الأمريكي;President of the United States;us;2009-2017;Barack Obama
kamala-harris;كامالا هاريس;هاريس;نائبة الرئيس الأمريكي;Vice President of the United States;us;2021-2025;Kamala Harris
jd-vance;جيه دي فانس;فانس|جي دي فانس;نائب الرئيس الأمريكي;Vice President of the United States;us;2025-;JD Vance
mike-pence;مايك بنس;بنس;نائب الرئيس الأمريكي;Vice President of the United States;us;2017-2021;Mike Pence
marco-rubio;ماركو روبيو;روبيو;وزير الخارجية الأمريكي;US Secretary of State;us;2025-;Marco Rubio
antony-blinken;أنتوني بلينكن;بلينكن|انتوني بلينكن;وزير الخارجية الأمريكي;US Secretary of State;us;2021-2025;Antony Blinken
mike-pompeo;مايك بومبيو;بومبيو;وزير الخارجية الأمريكي;US Secretary of State;us;2018-2021;Mike Pompeo
rex-tillerson;ريكس تيلرسون;تيلرسون;وزير الخارجية الأمريكي;US Secretary of State;us;2017-2018;Rex Tillerson
john-kerry;جون كيري;كيري;وزير الخارجية الأمريكي;US Secretary of State;us;2013-2017;John Kerry
hillary-clinton;هيلاري كلينتون;كلينتون;وزيرة الخارجية الأمريكية;US Secretary of State;us;2009-2013;Hillary Clinton
pete-hegseth;بيت هيغسيث;هيغسيث|هيجسيث;وزير الدفاع الأمريكي;US Secretary of Defense;us;2025-;Pete Hegseth
lloyd-austin;لويد أوستن;أوستن|لويد اوستن;وزير الدفاع الأمريكي;US Secretary of Defense;us;2021-2025;Lloyd Austin
mark-esper;مارك إسبر;إسبر;وزير الدفاع الأمريكي;US Secretary of Defense;us;2019-2020;Mark Esper
jim-mattis;جيمس ماتيس;ماتيس;وزير الدفاع الأمريكي;US Secretary of Defense;us;2017-2019;Jim Mattis
ashton-carter;آشتون كارتر;;وزير الدفاع الأمريكي;US Secretary of Defense;us;2015-2017;Ashton Carter
chuck-hagel;تشاك هيغل;هيغل;وزير الدفاع الأمريكي;US Secretary of Defense;us;2013-2015;Chuck Hagel
leon-panetta;ليون بانيتا;بانيتا;وزير الدفاع الأمريكي;US Secretary of Defense;us;2011-2013;Leon Panetta
jake-sullivan;جيك سوليفان;سوليفان;مستشار الأمن القومي الأمريكي;US National Security Adviser;us;2021-2025;Jake Sullivan
mike-waltz;مايك والتز;والتز;مستشار الأمن القومي الأمريكي;US National Security Adviser;us;2025-2025;Mike Waltz
john-bolton;جون بولتون;بولتون;مستشار الأمن القومي الأمريكي;US National Security Adviser;us;2018-2019;John Bolton
steve-witkoff;ستيف ويتكوف;ويتكوف;المبعوث الأمريكي الخاص إلى الشرق الأوسط;US Special Envoy to the Middle East;us;2025-;Steve Witkoff
jared-kushner;جاريد كوشنر;كوشنر;كبير مستشاري الرئيس الأمريكي;Senior Adviser to the US President;us;2017-2021;Jared Kushner
amos-hochstein;آموس هوكشتاين;هوكشتاين|عاموس هوكشتاين;المبعوث الأمريكي الخاص;US Special Envoy;us;2021-2025;Amos Hochstein
brett-mcgurk;بريت ماكغورك;ماكغورك;منسق البيت الأبيض لشؤون الشرق الأوسط;White House Middle East Coordinator;us;2021-2025;Brett McGurk
tom-barrack;توم باراك;توماس باراك;السفير الأمريكي لدى تركيا والمبعوث الخاص إلى سوريا;US Ambassador to Turkey and Special Envoy for Syria;us;2025-;Tom Barrack
morgan-ortagus;مورغان أورتاغوس;أورتاغوس;نائبة المبعوث الأمريكي الخاص إلى الشرق الأوسط;US Deputy Special Envoy to the Middle East;us;2025-;Morgan Ortagus
massad-boulos;مسعد بولس;;كبير مستشاري الرئيس الأمريكي للشؤون العربية والأفريقية;Senior Adviser to the US President on Arab and African Affairs;us;2025-;Massad Boulos
mike-huckabee;مايك هاكابي;هاكابي;السفير الأمريكي لدى إسرائيل;US Ambassador to Israel;us;2025-;Mike Huckabee
linda-thomas-greenfield;ليندا توماس غرينفيلد;توماس غرينفيلد;المندوبة الأمريكية لدى الأمم المتحدة;US Ambassador to the UN;us;2021-2025;Linda Thomas-Greenfield
nikki-haley;نيكي هيلي;هيلي;المندوبة الأمريكية لدى الأمم المتحدة;US Ambassador to the UN;us;2017-2018;Nikki Haley
karoline-leavitt;كارولين ليفيت;ليفيت;المتحدثة باسم البيت الأبيض;White House Press Secretary;us;2025-;Karoline Leavitt
matthew-miller;ماثيو ميلر;ميلر;المتحدث باسم وزارة الخارجية الأمريكية;US State Department Spokesperson;us;2023-2025;Matthew Miller
john-kirby;جون كيربي;كيربي;منسق الاتصالات الاستراتيجية في مجلس الأمن القومي الأمريكي;NSC Coordinator for Strategic Communications;us;2022-2025;John Kirby
# Russia and Ukraine
vladimir-putin;فلاديمير بوتين;بوتين|بوتن|فلاديمير بوتن|الرئيس بوتين;الرئيس الروسي;President of Russia;ru;2012-;Vladimir Putin
dmitry-medvedev;دميتري ميدفيديف;ميدفيديف|ديمتري ميدفيديف|مدفيديف;نائب رئيس مجلس الأمن الروسي;Deputy Chairman of the Security Council of Russia;ru;2020-;Dmitry Medvedev
mikhail-mishustin;ميخائيل ميشوستين;ميشوستين;رئيس الوزراء الروسي;Prime Minister of Russia;ru;2020-;Mikhail Mishustin
sergey-lavrov;سيرغي لافروف;لافروف|سيرجي لافروف;وزير الخارجية الروسي;Foreign Minister of Russia;ru;2004-;Sergey Lavrov
sergei-shoigu;سيرغي شويغو;شويغو|سيرجي شويجو;أمين مجلس الأمن الروسي;Secretary of the Security Council of Russia;ru;2024-;Sergei Shoigu
andrei-belousov;أندريه بيلوسوف;بيلوسوف;وزير الدفاع الروسي;Defence Minister of Russia;ru;2024-;Andrei Belousov
dmitry-peskov;دميتري بيسكوف;بيسكوف|ديمتري بيسكوف;المتحدث باسم الكرملين;Kremlin Spokesman;ru;2012-;Dmitry Peskov
maria-zakharova;ماريا زاخاروفا;زاخاروفا;المتحدثة باسم وزارة الخارجية الروسية;Russian Foreign Ministry Spokeswoman;ru;2015-;Maria Zakharova
vassily-nebenzia;فاسيلي نيبينزيا;نيبينزيا|نيبيزيا;المندوب الروسي لدى الأمم المتحدة;Russian Ambassador to the UN;ru;2017-;Vassily Nebenzia
mikhail-bogdanov;ميخائيل بوغدانوف;بوغدانوف;نائب وزير الخارجية الروسي والمبعوث الرئاسي للشرق الأوسط;Russian Deputy Foreign Minister and presidential envoy for the Middle East;ru;2011-;Mikhail Bogdanov
valery-gerasimov;فاليري غيراسيموف;غيراسيموف;رئيس هيئة الأركان العامة الروسية;Chief of the Russian General Staff;ru;2012-;Valery Gerasimov
yevgeny-prigozhin;يفغيني بريغوجين;بريغوجين;مؤسس مجموعة فاغنر;Founder of the Wagner Group;ru;2014-2023;Yevgeny Prigozhin
alexei-navalny;أليكسي نافالني;نافالني;المعارض الروسي;Russian opposition leader;ru;2011-2024;Alexei Navalny
volodymyr-zelensky;فولوديمير زيلينسكي;زيلينسكي|فلاديمير زيلينسكي;الرئيس الأوكراني;President of Ukraine;ua;2019-;Volodymyr Zelensky
dmytro-kuleba;دميترو كوليبا;كوليبا;وزير الخارجية الأوكراني;Foreign Minister of Ukraine;ua;2020-2024;Dmytro Kuleba
andrii-sybiha;أندريه سيبيها;سيبيها|أندري سيبيها;وزير الخارجية الأوكراني;Foreign Minister of Ukraine;ua;2024-;Andrii Sybiha
petro-poroshenko;بيترو بوروشينكو;بوروشينكو;الرئيس الأوكراني;President of Ukraine;ua;2014-2019;Petro Poroshenko
alexander-lukashenko;ألكسندر لوكاشينكو;لوكاشينكو|الكسندر لوكاشينكو;رئيس بيلاروسيا;President of Belarus;by;1994-;Alexander Lukashenko
# Europe
emmanuel-macron;إيمانويل ماكرون;ماكرون|ايمانويل ماكرون|إمانويل ماكرون;الرئيس الفرنسي;President of France;fr;2017-;Emmanuel Macron
francois-hollande;فرانسوا هولاند;هولاند;الرئيس الفرنسي;President of France;fr;2012-2017;Francois Hollande
nicolas-sarkozy;نيكولا ساركوزي;ساركوزي;الرئيس الفرنسي;President of France;fr;2007-2012;Nicolas Sarkozy
jean-noel-barrot;جان نويل بارو;بارو;وزير الخارجية الفرنسي;Foreign Minister of France;fr;2024-;Jean-Noel Barrot
jean-yves-le-drian;جان إيف لودريان;لودريان|جان ايف لودريان;وزير الخارجية الفرنسي;Foreign Minister of France;fr;2017-2022;Jean-Yves Le Drian
laurent-fabius;لوران فابيوس;فابيوس;وزير الخارجية الفرنسي;Foreign Minister of France;fr;2012-2016;Laurent Fabius
catherine-colonna;كاترين كولونا;كولونا;وزيرة الخارجية الفرنسية;Foreign Minister of France;fr;2022-2024;Catherine Colonna
sebastien-lecornu;سيباستيان لوكورنو;لوكورنو;رئيس الوزراء الفرنسي;Prime Minister of France;fr;2025-;Sebastien Lecornu
francois-bayrou;فرانسوا بايرو;بايرو;رئيس الوزراء الفرنسي;Prime Minister of France;fr;2024-2025;Francois Bayrou
michel-barnier;ميشيل بارنييه;بارنييه;رئيس الوزراء الفرنسي;Prime Minister of France;fr;2024-2024;Michel Barnier
gabriel-attal;غابرييل أتال;أتال;رئيس الوزراء الفرنسي;Prime Minister of France;fr;2024-2024;Gabriel Attal
marine-le-pen;مارين لوبان;لوبان;زعيمة اليمين المتطرف الفرنسي;French far-right leader;fr;2011-;Marine Le Pen
angela-merkel;أنجيلا ميركل;ميركل|انجيلا ميركل;المستشارة الألمانية;Chancellor of Germany;de;2005-2021;Angela Merkel
olaf-scholz;أولاف شولتس;شولتس|أولاف شولتز|شولتز;المستشار الألماني;Chancellor of Germany;de;2021-2025;Olaf Scholz
friedrich-merz;فريدريش ميرتس;ميرتس|فريدريش ميرز|ميرز;المستشار الألماني;Chancellor of Germany;de;2025-;Friedrich Merz
frank-walter-steinmeier;فرانك فالتر شتاينماير;شتاينماير;الرئيس الألماني;President of Germany;de;2017-;Frank-Walter Steinmeier
annalena-baerbock;أنالينا بيربوك;بيربوك|أنالينا بربوك;وزيرة الخارجية الألمانية;Foreign Minister of Germany;de;2021-2025;Annalena Baerbock
johann-wadephul;يوهان فاديفول;فاديفول;وزير الخارجية الألماني;Foreign Minister of Germany;de;2025-;Johann Wadephul
heiko-maas;هايكو ماس;;وزير الخارجية الألماني;Foreign Minister of Germany;de;2018-2021;Heiko Maas
keir-starmer;كير ستارمر;ستارمر;رئيس الوزراء البريطاني;Prime Minister of the United Kingdom;gb;2024-;Keir Starmer
rishi-sunak;ريشي سوناك;سوناك;رئيس الوزراء البريطاني;Prime Minister of the United Kingdom;gb;2022-2024;Rishi Sunak
liz-truss;ليز تراس;تراس;رئيسة الوزراء البريطانية;Prime Minister of the United Kingdom;gb;2022-2022;Liz Truss
boris-johnson;بوريس جونسون;جونسون;رئيس الوزراء البريطاني;Prime Minister of the United Kingdom;gb;2019-2022;Boris Johnson
theresa-may;تيريزا ماي;;رئيسة الوزراء البريطانية;Prime Minister of the United Kingdom;gb;2016-2019;Theresa May
david-cameron;ديفيد كاميرون;كاميرون;رئيس الوزراء البريطاني;Prime Minister of the United Kingdom;gb;2010-2016;David Cameron
david-lammy;ديفيد لامي;لامي;وزير الخارجية البريطاني;Foreign Secretary of the United Kingdom;gb;2024-2025;David Lammy
yvette-cooper;إيفيت كوبر;كوبر;وزيرة الخارجية البريطانية;Foreign Secretary of the United Kingdom;gb;2025-;Yvette Cooper
king-charles-iii;الملك تشارلز الثالث;تشارلز الثالث|الملك تشارلز;ملك بريطانيا;King of the United Kingdom;gb;2022-;Charles III
queen-elizabeth-ii;الملكة إليزابيث الثانية;إليزابيث الثانية|الملكة إليزابيث;ملكة بريطانيا;Queen of the United Kingdom;gb;1952-2022;Elizabeth II
giorgia-meloni;جورجيا ميلوني;ميلوني;رئيسة الوزراء الإيطالية;Prime Minister of Italy;it;2022-;Giorgia Meloni
antonio-tajani;أنطونيو تاياني;تاياني;وزير الخارجية الإيطالي;Foreign Minister of Italy;it;2022-;Antonio Tajani
mario-draghi;ماريو دراغي;دراغي;رئيس الوزراء الإيطالي;Prime Minister of Italy;it;2021-2022;Mario Draghi
pedro-sanchez;بيدرو سانشيز;سانشيز;رئيس الوزراء الإسباني;Prime Minister of Spain;es;2018-;Pedro Sanchez
jose-manuel-albares;خوسيه مانويل ألباريس;ألباريس;وزير الخارجية الإسباني;Foreign Minister of Spain;es;2021-;Jose Manuel Albares
viktor-orban;فيكتور أوربان;أوربان;رئيس الوزراء المجري;Prime Minister of Hungary;hu;2010-;Viktor Orban
donald-tusk;دونالد توسك;توسك;رئيس الوزراء البولندي;Prime Minister of Poland;pl;2023-;Donald Tusk
kyriakos-mitsotakis;كيرياكوس ميتسوتاكيس;ميتسوتاكيس;رئيس الوزراء اليوناني;Prime Minister of Greece;gr;2019-;Kyriakos Mitsotakis
nikos-christodoulides;نيكوس خريستودوليدس;خريستودوليدس;الرئيس القبرصي;President of Cyprus;cy;2023-;Nikos Christodoulides
pope-francis;البابا فرنسيس;بابا الفاتيكان فرنسيس|البابا فرانسيس;بابا الفاتيكان;Pope;va;2013-2025;Pope Francis
pope-leo-xiv;البابا ليو الرابع عشر;البابا لاوون الرابع عشر|ليو الرابع عشر;بابا الفاتيكان;Pope;va;2025-;Pope Leo XIV
pope-benedict-xvi;البابا بنديكت السادس عشر;بنديكت السادس عشر;بابا الفاتيكان;Pope;va;2005-2013;Pope Benedict XVI
# EU, NATO and international organizations
ursula-von-der-leyen;أورسولا فون دير لاين;فون دير لاين|اورسولا فون دير لاين;رئيسة المفوضية الأوروبية;President of the European Commission;;2019-;Ursula von der Leyen
josep-borrell;جوزيب بوريل;بوريل;الممثل الأعلى للاتحاد الأوروبي للشؤون الخارجية والسياسة الأمنية;EU High Representative for Foreign Affairs;;2019-2024;Josep Borrell
kaja-kallas;كايا كالاس;كالاس;الممثلة العليا للاتحاد الأوروبي للشؤون الخارجية والسياسة الأمنية;EU High Representative for Foreign Affairs;;2024-;Kaja Kallas
federica-mogherini;فيديريكا موغيريني;موغيريني;الممثلة العليا للاتحاد الأوروبي للشؤون الخارجية;EU High Representative for Foreign Affairs;;2014-2019;Federica Mogherini
charles-michel;شارل ميشال;;رئيس المجلس الأوروبي;President of the European Council;;2019-2024;Charles Michel
antonio-costa;أنطونيو كوستا;;رئيس المجلس الأوروبي;President of the European Council;;2024-;Antonio Costa
mark-rutte;مارك روته;روته|مارك روتي;الأمين العام لحلف شمال الأطلسي;NATO Secretary-General;;2024-;Mark Rutte
jens-stoltenberg;ينس ستولتنبرغ;ستولتنبرغ|يانس ستولتنبرغ;الأمين العام لحلف شمال الأطلسي;NATO Secretary-General;;2014-2024;Jens Stoltenberg
antonio-guterres;أنطونيو غوتيريش;غوتيريش|انطونيو غوتيريس|غوتيريس|أنطونيو جوتيريش;الأمين العام للأمم المتحدة;UN Secretary-General;;2017-;Antonio Guterres
ban-ki-moon;بان كي مون;;الأمين العام للأمم المتحدة;UN Secretary-General;;2007-2016;Ban Ki-moon
kofi-annan;كوفي أنان;أنان;المبعوث الأممي والعربي المشترك إلى سوريا;Joint UN-Arab League Envoy for Syria;;2012-2012;Kofi Annan
stephane-dujarric;ستيفان دوجاريك;دوجاريك;المتحدث باسم الأمين العام للأمم المتحدة;Spokesman for the UN Secretary-General;;2014-;Stephane Dujarric
tedros-adhanom;تيدروس أدهانوم غيبريسوس;تيدروس|تيدروس أدهانوم;المدير العام لمنظمة الصحة العالمية;Director-General of the WHO;;2017-;Tedros Adhanom Ghebreyesus
rafael-grossi;رافائيل غروسي;غروسي;المدير العام للوكالة الدولية للطاقة الذرية;Director General of the IAEA;;2019-;Rafael Grossi
yukiya-amano;يوكيا أمانو;أمانو;المدير العام للوكالة الدولية للطاقة الذرية;Director General of the IAEA;;2009-2019;Yukiya Amano
philippe-lazzarini;فيليب لازاريني;لازاريني;المفوض العام لوكالة الأونروا;Commissioner-General of UNRWA;;2020-;Philippe Lazzarini
martin-griffiths;مارتن غريفيث;غريفيث|مارتن غريفيثس;وكيل الأمين العام للأمم المتحدة للشؤون الإنسانية;UN Under-Secretary-General for Humanitarian Affairs;;2021-2024;Martin Griffiths
tom-fletcher;توم فليتشر;فليتشر;وكيل الأمين العام للأمم المتحدة للشؤون الإنسانية;UN Under-Secretary-General for Humanitarian Affairs;;2024-;Tom Fletcher
volker-turk;فولكر تورك;;مفوض الأمم المتحدة السامي لحقوق الإنسان;UN High Commissioner for Human Rights;;2022-;Volker Turk
michelle-bachelet;ميشيل باشليه;باشليه;مفوضة الأمم المتحدة السامية لحقوق الإنسان;UN High Commissioner for Human Rights;;2018-2022;Michelle Bachelet
filippo-grandi;فيليبو غراندي;غراندي;المفوض السامي للأمم المتحدة لشؤون اللاجئين;UN High Commissioner for Refugees;;2016-2025;Filippo Grandi
francesca-albanese;فرانشيسكا ألبانيزي;ألبانيزي;المقررة الخاصة للأمم المتحدة المعنية بحالة حقوق الإنسان في الأراضي الفلسطينية;UN Special Rapporteur on the occupied Palestinian territories;;2022-;Francesca Albanese
karim-khan;كريم خان;;المدعي العام للمحكمة الجنائية الدولية;Prosecutor of the International Criminal Court;;2021-;Karim Khan
fatou-bensouda;فاتو بنسودا;بنسودا;المدعية العامة للمحكمة الجنائية الدولية;Prosecutor of the International Criminal Court;;2012-2021;Fatou Bensouda
kristalina-georgieva;كريستالينا غورغيفا;غورغيفا|جورجيفا;المديرة العامة لصندوق النقد الدولي;Managing Director of the IMF;;2019-;Kristalina Georgieva
ajay-banga;أجاي بانغا;بانغا;رئيس البنك الدولي;President of the World Bank;;2023-;Ajay Banga
mirjana-spoljaric;ميريانا سبولياريتش;سبولياريتش;رئيسة اللجنة الدولية للصليب الأحمر;President of the ICRC;;2022-;Mirjana Spoljaric Egger
tor-wennesland;تور وينسلاند;وينسلاند;منسق الأمم المتحدة الخاص لعملية السلام في الشرق الأوسط;UN Special Coordinator for the Middle East Peace Process;;2021-2024;Tor Wennesland
nickolay-mladenov;نيكولاي ملادينوف;ملادينوف;منسق الأمم المتحدة الخاص لعملية السلام في الشرق الأوسط;UN Special Coordinator for the Middle East Peace Process;;2015-2020;Nickolay Mladenov
sigrid-kaag;سيغريد كاغ;كاغ;كبيرة منسقي الأمم المتحدة للشؤون الإنسانية وإعادة الإعمار في غزة;UN Senior Humanitarian and Reconstruction Coordinator for Gaza;;2023-2025;Sigrid Kaag
geir-pedersen;غير بيدرسون;بيدرسون|غير بيدرسن;المبعوث الأممي الخاص إلى سوريا;UN Special Envoy for Syria;;2019-2025;Geir Pedersen
staffan-de-mistura;ستيفان دي ميستورا;دي ميستورا;المبعوث الأممي الخاص;UN Special Envoy (Syria 2014-2019, Western Sahara 2021-);;2014-;Staffan de Mistura
lakhdar-brahimi;الأخضر الإبراهيمي;الإبراهيمي|الاخضر الابراهيمي;المبعوث الأممي والعربي المشترك إلى سوريا;Joint UN-Arab League Envoy for Syria;dz;2012-2014;Lakhdar Brahimi
hans-grundberg;هانس غروندبرغ;غروندبرغ;المبعوث الأممي الخاص إلى اليمن;UN Special Envoy for Yemen;;2021-;Hans Grundberg
ismail-ould-cheikh-ahmed;إسماعيل ولد الشيخ أحمد;ولد الشيخ أحمد|إسماعيل ولد الشيخ;المبعوث الأممي الخاص إلى اليمن;UN Special Envoy for Yemen;mr;2015-2018;Ismail Ould Cheikh Ahmed
jamal-benomar;جمال بن عمر;بن عمر;المبعوث الأممي الخاص إلى اليمن;UN Special Envoy for Yemen;ma;2011-2015;Jamal Benomar
ghassan-salame;غسان سلامة;;المبعوث الأممي الخاص إلى ليبيا;UN Special Envoy for Libya;lb;2017-2020;Ghassan Salame
stephanie-williams;ستيفاني ويليامز;;المبعوثة الأممية إلى ليبيا بالإنابة;Acting UN Special Envoy for Libya;us;2020-2022;Stephanie Williams
abdoulaye-bathily;عبد الله باتيلي;باتيلي;المبعوث الأممي الخاص إلى ليبيا;UN Special Envoy for Libya;sn;2022-2024;Abdoulaye Bathily
hanna-tetteh;هانا تيتيه;تيتيه;المبعوثة الأممية الخاصة إلى ليبيا;UN Special Envoy for Libya;gh;2025-;Hanna Tetteh
volker-perthes;فولكر بيرتس;بيرتس;رئيس بعثة الأمم المتحدة في السودان;Head of UNITAMS;de;2021-2023;Volker Perthes
ahmed-aboul-gheit;أحمد أبو الغيط;أبو الغيط|احمد ابو الغيط;الأمين العام لجامعة الدول العربية;Secretary-General of the Arab League;eg;2016-;Ahmed Aboul Gheit
nabil-elaraby;نبيل العربي;;الأمين العام لجامعة الدول العربية;Secretary-General of the Arab League;eg;2011-2016;Nabil Elaraby
amr-moussa;عمرو موسى;;الأمين العام لجامعة الدول العربية;Secretary-General of the Arab League;eg;2001-2011;Amr Moussa
hossam-zaki;حسام زكي;;الأمين العام المساعد لجامعة الدول العربية;Assistant Secretary-General of the Arab League;eg;2016-;Hossam Zaki
hissein-brahim-taha;حسين إبراهيم طه;;الأمين العام لمنظمة التعاون الإسلامي;Secretary-General of the OIC;td;2021-;Hissein Brahim Taha
yousef-al-othaimeen;يوسف العثيمين;العثيمين;الأمين العام لمنظمة التعاون الإسلامي;Secretary-General of the OIC;sa;2016-2021;Yousef Al-Othaimeen
mohammed-al-issa;محمد بن عبد الكريم العيسى;محمد العيسى|العيسى;الأمين العام لرابطة العالم الإسلامي;Secretary-General of the Muslim World League;sa;2016-;Mohammed Al-Issa
moussa-faki;موسى فقي محمد;موسى فكي|موسى فقي;رئيس مفوضية الاتحاد الأفريقي;Chairperson of the African Union Commission;td;2017-2025;Moussa Faki Mahamat
mahmoud-ali-youssouf;محمود علي يوسف;;رئيس مفوضية الاتحاد الأفريقي;Chairperson of the African Union Commission;dj;2025-;Mahmoud Ali Youssouf
# Asia and the Americas
xi-jinping;شي جين بينغ;شي جينبينغ|الرئيس شي|شي جين بينج;الرئيس الصيني;President of China;cn;2013-;Xi Jinping
li-qiang;لي تشيانغ;لي تشيانج;رئيس مجلس الدولة الصيني;Premier of China;cn;2023-;Li Qiang
li-keqiang;لي كه تشيانغ;لي كيشيانغ;رئيس مجلس الدولة الصيني;Premier of China;cn;2013-2023;Li Keqiang
wang-yi;وانغ يي;وانج يي;وزير الخارجية الصيني;Foreign Minister of China;cn;2013-2022|2023-;Wang Yi
narendra-modi;ناريندرا مودي;مودي;رئيس الوزراء الهندي;Prime Minister of India;in;2014-;Narendra Modi
shehbaz-sharif;شهباز شريف;;رئيس الوزراء الباكستاني;Prime Minister of Pakistan;pk;2022-2023|2024-;Shehbaz Sharif
imran-khan;عمران خان;;رئيس الوزراء الباكستاني;Prime Minister of Pakistan;pk;2018-2022;Imran Khan
nawaz-sharif;نواز شريف;;رئيس الوزراء الباكستاني;Prime Minister of Pakistan;pk;2013-2017;Nawaz Sharif
asim-munir;عاصم منير;;قائد الجيش الباكستاني;Chief of Army Staff of Pakistan;pk;2022-;Asim Munir
hibatullah-akhundzada;هبة الله آخوند زاده;هبة الله أخوند زاده|آخوند زاده;زعيم حركة طالبان;Supreme Leader of the Taliban;af;2016-;Hibatullah Akhundzada
amir-khan-muttaqi;أمير خان متقي;متقي;وزير الخارجية في حكومة طالبان;Taliban Foreign Minister;af;2021-;Amir Khan Muttaqi
zabihullah-mujahid;ذبيح الله مجاهد;;المتحدث باسم حركة طالبان;Taliban spokesman;af;2007-;Zabihullah Mujahid
ashraf-ghani;أشرف غني;;الرئيس الأفغاني;President of Afghanistan;af;2014-2021;Ashraf Ghani
hamid-karzai;حامد كرزاي;كرزاي;الرئيس الأفغاني;President of Afghanistan;af;2001-2014;Hamid Karzai
kim-jong-un;كيم جونغ أون;كيم جونغ اون|كيم جونج أون|كيم;زعيم كوريا الشمالية;Leader of North Korea;kp;2011-;Kim Jong Un
yoon-suk-yeol;يون سوك يول;;رئيس كوريا الجنوبية;President of South Korea;kr;2022-2025;Yoon Suk Yeol
lee-jae-myung;لي جاي ميونغ;لي جاي ميونج;رئيس كوريا الجنوبية;President of South Korea;kr;2025-;Lee Jae-myung
shinzo-abe;شينزو آبي;;رئيس الوزراء الياباني;Prime Minister of Japan;jp;2012-2020;Shinzo Abe
fumio-kishida;فوميو كيشيدا;كيشيدا;رئيس الوزراء الياباني;Prime Minister of Japan;jp;2021-2024;Fumio Kishida
shigeru-ishiba;شيغيرو إيشيبا;إيشيبا;رئيس الوزراء الياباني;Prime Minister of Japan;jp;2024-2025;Shigeru Ishiba
sanae-takaichi;ساناي تاكايتشي;تاكايتشي;رئيسة الوزراء اليابانية;Prime Minister of Japan;jp;2025-;Sanae Takaichi
anwar-ibrahim;أنور إبراهيم;;رئيس الوزراء الماليزي;Prime Minister of Malaysia;my;2022-;Anwar Ibrahim
prabowo-subianto;برابوو سوبيانتو;برابوو;الرئيس الإندونيسي;President of Indonesia;id;2024-;Prabowo Subianto
joko-widodo;جوكو ويدودو;ويدودو;الرئيس الإندونيسي;President of Indonesia;id;2014-2024;Joko Widodo
kassym-jomart-tokayev;قاسم جومارت توكاييف;توكاييف;رئيس كازاخستان;President of Kazakhstan;kz;2019-;Kassym-Jomart Tokayev
ilham-aliyev;إلهام علييف;علييف|الهام علييف;رئيس أذربيجان;President of Azerbaijan;az;2003-;Ilham Aliyev
nikol-pashinyan;نيكول باشينيان;باشينيان;رئيس الوزراء الأرميني;Prime Minister of Armenia;am;2018-;Nikol Pashinyan
justin-trudeau;جاستن ترودو;ترودو;رئيس الوزراء الكندي;Prime Minister of Canada;ca;2015-2025;Justin Trudeau
mark-carney;مارك كارني;كارني;رئيس الوزراء الكندي;Prime Minister of Canada;ca;2025-;Mark Carney
anthony-albanese;أنتوني ألبانيزي;;رئيس الوزراء الأسترالي;Prime Minister of Australia;au;2022-;Anthony Albanese
luiz-inacio-lula-da-silva;لويس إيناسيو لولا دا سيلفا;لولا دا سيلفا;الرئيس البرازيلي;President of Brazil;br;2023-;Luiz Inacio Lula da Silva
jair-bolsonaro;جايير بولسونارو;بولسونارو;الرئيس البرازيلي;President of Brazil;br;2019-2022;Jair Bolsonaro
javier-milei;خافيير ميلي;ميلي;الرئيس الأرجنتيني;President of Argentina;ar;2023-;Javier Milei
nicolas-maduro;نيكولاس مادورو;مادورو;الرئيس الفنزويلي;President of Venezuela;ve;2013-;Nicolas Maduro
claudia-sheinbaum;كلاوديا شينباوم;شينباوم;الرئيسة المكسيكية;President of Mexico;mx;2024-;Claudia Sheinbaum
gustavo-petro;غوستافو بيترو;بيترو;الرئيس الكولومبي;President of Colombia;co;2022-;Gustavo Petro
# Africa
cyril-ramaphosa;سيريل رامافوزا;رامافوزا;رئيس جنوب أفريقيا;President of South Africa;za;2018-;Cyril Ramaphosa
jacob-zuma;جاكوب زوما;زوما;رئيس جنوب أفريقيا;President of South Africa;za;2009-2018;Jacob Zuma
bola-tinubu;بولا تينوبو;تينوبو;الرئيس النيجيري;President of Nigeria;ng;2023-;Bola Tinubu
william-ruto;وليام روتو;روتو|ويليام روتو;الرئيس الكيني;President of Kenya;ke;2022-;William Ruto
paul-kagame;بول كاغامي;كاغامي;الرئيس الرواندي;President of Rwanda;rw;2000-;Paul Kagame
felix-tshisekedi;فيليكس تشيسيكيدي;تشيسيكيدي;رئيس جمهورية الكونغو الديمقراطية;President of the DR Congo;cd;2019-;Felix Tshisekedi
yoweri-museveni;يويري موسيفيني;موسيفيني;الرئيس الأوغندي;President of Uganda;ug;1986-;Yoweri Museveni
mahamat-deby;محمد إدريس ديبي;محمد ديبي|محمد إدريس ديبي إتنو;الرئيس التشادي;President of Chad;td;2021-;Mahamat Idriss Deby
idriss-deby;إدريس ديبي;إدريس ديبي إتنو;الرئيس التشادي;President of Chad;td;1990-2021;Idriss Deby
abdourahamane-tiani;عبد الرحمن تياني;تياني;رئيس المجلس العسكري في النيجر;Head of Niger's military government;ne;2023-;Abdourahamane Tiani
assimi-goita;عاصمي غويتا;غويتا|أسيمي غويتا;رئيس المجلس العسكري في مالي;Head of Mali's military government;ml;2021-;Assimi Goita
ibrahim-traore;إبراهيم تراوري;تراوري;رئيس المجلس العسكري في بوركينا فاسو;Head of Burkina Faso's military government;bf;2022-;Ibrahim Traore
bassirou-diomaye-faye;باسيرو ديوماي فاي;ديوماي فاي;الرئيس السنغالي;President of Senegal;sn;2024-;Bassirou Diomaye Faye
macky-sall;ماكي سال;;الرئيس السنغالي;President of Senegal;sn;2012-2024;Macky Sall
# Jihadist leaders
abu-bakr-al-baghdadi;أبو بكر البغدادي;ابو بكر البغدادي;زعيم تنظيم الدولة الإسلامية;Leader of the Islamic State;iq;2010-2019;Abu Bakr al-Baghdadi
abu-ibrahim-al-hashimi;أبو إبراهيم الهاشمي القرشي;أبو إبراهيم القرشي;زعيم تنظيم الدولة الإسلامية;Leader of the Islamic State;iq;2019-2022;Abu Ibrahim al-Hashimi al-Qurashi
osama-bin-laden;أسامة بن لادن;بن لادن|اسامة بن لادن;زعيم تنظيم القاعدة;Leader of al-Qaeda;sa;1988-2011;Osama bin Laden
ayman-al-zawahiri;أيمن الظواهري;الظواهري;زعيم تنظيم القاعدة;Leader of al-Qaeda;eg;2011-2022;Ayman al-Zawahiri
saif-al-adel;سيف العدل;;القيادي في تنظيم القاعدة;Al-Qaeda leader;eg;2022-;Saif al-Adel
abubakar-shekau;أبو بكر شيكاو;شيكاو;زعيم جماعة بوكو حرام;Leader of Boko Haram;ng;2009-2021;Abubakar Shekau
"""
