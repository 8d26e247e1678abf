"""Organizations. One line each, fields separated by ';':
slug;name_ar;aliases_ar;kind;country iso2 or empty;name_en

kind: igo | armed_group | party | media | company | ngo | court | gov | sport | other
(gov: a state body that news names as an actor — army, parliament, presidency, intelligence
service; sport: clubs and sports federations — both added to the brief's list because news and
ANERcorp tag them ORG.)
A bare alias that is also a common word (القاعدة the base, الأهرام the pyramids, كان was) is left
out on purpose; the long form is kept.
"""

ORGS = """
# United Nations system
united-nations;الأمم المتحدة;منظمة الأمم المتحدة|هيئة الأمم المتحدة|الامم المتحدة|UN;igo;;United Nations
un-security-council;مجلس الأمن الدولي;مجلس الأمن|مجلس الأمن التابع للأمم المتحدة|مجلس الامن الدولي|UNSC;igo;;UN Security Council
un-general-assembly;الجمعية العامة للأمم المتحدة;الجمعية العامة|UNGA;igo;;UN General Assembly
un-secretariat;الأمانة العامة للأمم المتحدة;;igo;;UN Secretariat
un-human-rights-council;مجلس حقوق الإنسان;مجلس حقوق الإنسان التابع للأمم المتحدة|مجلس حقوق الانسان|UNHRC;igo;;UN Human Rights Council
ohchr;مفوضية الأمم المتحدة السامية لحقوق الإنسان;المفوضية السامية لحقوق الإنسان|مفوضية حقوق الإنسان|OHCHR;igo;;Office of the UN High Commissioner for Human Rights
unhcr;المفوضية السامية للأمم المتحدة لشؤون اللاجئين;مفوضية اللاجئين|مفوضية الأمم المتحدة لشؤون اللاجئين|المفوضية السامية لشؤون اللاجئين|UNHCR;igo;;UNHCR
unrwa;وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين;الأونروا|الاونروا|أونروا|وكالة الغوث|وكالة غوث وتشغيل اللاجئين الفلسطينيين|وكالة غوث اللاجئين|UNRWA;igo;;UNRWA
unicef;منظمة الأمم المتحدة للطفولة;اليونيسف|يونيسف|اليونيسيف|UNICEF;igo;;UNICEF
unesco;منظمة الأمم المتحدة للتربية والعلم والثقافة;اليونسكو|يونسكو|منظمة اليونسكو|UNESCO;igo;;UNESCO
who;منظمة الصحة العالمية;الصحة العالمية|WHO;igo;;World Health Organization
wfp;برنامج الأغذية العالمي;برنامج الغذاء العالمي|WFP;igo;;World Food Programme
fao;منظمة الأغذية والزراعة;منظمة الأغذية والزراعة للأمم المتحدة|منظمة الفاو|FAO;igo;;Food and Agriculture Organization
undp;برنامج الأمم المتحدة الإنمائي;UNDP;igo;;UN Development Programme
unfpa;صندوق الأمم المتحدة للسكان;UNFPA;igo;;UN Population Fund
unep;برنامج الأمم المتحدة للبيئة;UNEP;igo;;UN Environment Programme
un-women;هيئة الأمم المتحدة للمرأة;UN Women;igo;;UN Women
ocha;مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية;أوتشا|مكتب تنسيق الشؤون الإنسانية|OCHA;igo;;UN Office for the Coordination of Humanitarian Affairs
iaea;الوكالة الدولية للطاقة الذرية;وكالة الطاقة الذرية|الطاقة الذرية|IAEA;igo;;International Atomic Energy Agency
imf;صندوق النقد الدولي;النقد الدولي|IMF;igo;;International Monetary Fund
world-bank;البنك الدولي;مجموعة البنك الدولي|World Bank;igo;;World Bank
wto;منظمة التجارة العالمية;WTO;igo;;World Trade Organization
ilo;منظمة العمل الدولية;ILO;igo;;International Labour Organization
iom;المنظمة الدولية للهجرة;IOM;igo;;International Organization for Migration
wmo;المنظمة العالمية للأرصاد الجوية;WMO;igo;;World Meteorological Organization
icao;منظمة الطيران المدني الدولي;إيكاو|ICAO;igo;;International Civil Aviation Organization
imo;المنظمة البحرية الدولية;IMO;igo;;International Maritime Organization
opcw;منظمة حظر الأسلحة الكيميائية;OPCW;igo;;Organisation for the Prohibition of Chemical Weapons
unifil;قوة الأمم المتحدة المؤقتة في لبنان;اليونيفيل|يونيفيل|قوات اليونيفيل|UNIFIL;igo;lb;UN Interim Force in Lebanon
undof;قوة الأمم المتحدة لمراقبة فض الاشتباك;أندوف|UNDOF;igo;sy;UN Disengagement Observer Force
untso;هيئة الأمم المتحدة لمراقبة الهدنة;UNTSO;igo;;UN Truce Supervision Organization
unsmil;بعثة الأمم المتحدة للدعم في ليبيا;البعثة الأممية في ليبيا|البعثة الأممية|UNSMIL;igo;ly;UN Support Mission in Libya
unami;بعثة الأمم المتحدة لمساعدة العراق;يونامي|UNAMI;igo;iq;UN Assistance Mission for Iraq
unitams;بعثة الأمم المتحدة المتكاملة لدعم الانتقال في السودان;يونيتامس|UNITAMS;igo;sd;UN Integrated Transition Assistance Mission in Sudan
minusma;بعثة الأمم المتحدة المتكاملة المتعددة الأبعاد لتحقيق الاستقرار في مالي;مينوسما|MINUSMA;igo;ml;MINUSMA
monusco;بعثة منظمة الأمم المتحدة لتحقيق الاستقرار في جمهورية الكونغو الديمقراطية;مونوسكو|MONUSCO;igo;cd;MONUSCO
interpol;المنظمة الدولية للشرطة الجنائية;الإنتربول|الانتربول|Interpol;igo;;Interpol
# Regional organizations
arab-league;جامعة الدول العربية;الجامعة العربية|جامعة الدول العربيه|Arab League;igo;;League of Arab States
arab-parliament;البرلمان العربي;;igo;;Arab Parliament
gcc;مجلس التعاون لدول الخليج العربية;مجلس التعاون الخليجي|مجلس التعاون|GCC;igo;;Gulf Cooperation Council
oic;منظمة التعاون الإسلامي;التعاون الإسلامي|منظمة المؤتمر الإسلامي|OIC;igo;;Organisation of Islamic Cooperation
african-union;الاتحاد الأفريقي;الاتحاد الإفريقي|الاتحاد الافريقي|AU;igo;;African Union
eu;الاتحاد الأوروبي;الاتحاد الاوروبي|EU;igo;;European Union
european-commission;المفوضية الأوروبية;المفوضية الاوروبية;igo;;European Commission
european-parliament;البرلمان الأوروبي;البرلمان الاوروبي;igo;;European Parliament
european-council;المجلس الأوروبي;;igo;;European Council
council-of-the-eu;مجلس الاتحاد الأوروبي;;igo;;Council of the European Union
ecb;البنك المركزي الأوروبي;المركزي الأوروبي|ECB;igo;;European Central Bank
nato;حلف شمال الأطلسي;الناتو|حلف الناتو|حلف الأطلسي|حلف شمال الأطلنطي|الحلف الأطلسي|NATO;igo;;NATO
osce;منظمة الأمن والتعاون في أوروبا;OSCE;igo;;Organization for Security and Co-operation in Europe
council-of-europe;مجلس أوروبا;;igo;;Council of Europe
opec;منظمة الدول المصدرة للبترول;أوبك|اوبك|منظمة أوبك|OPEC;igo;;OPEC
opec-plus;أوبك+;أوبك بلس|تحالف أوبك+|مجموعة أوبك+|OPEC+;igo;;OPEC+
oapec;منظمة الأقطار العربية المصدرة للبترول;أوابك|OAPEC;igo;;OAPEC
g7;مجموعة السبع;مجموعة الدول السبع|مجموعة السبع الكبار|G7;igo;;Group of Seven
g20;مجموعة العشرين;G20;igo;;Group of Twenty
brics;مجموعة بريكس;بريكس|BRICS;igo;;BRICS
sco;منظمة شنغهاي للتعاون;SCO;igo;;Shanghai Cooperation Organisation
asean;رابطة دول جنوب شرق آسيا;آسيان|رابطة آسيان|ASEAN;igo;;ASEAN
ecowas;المجموعة الاقتصادية لدول غرب أفريقيا;إيكواس|ايكواس|مجموعة إيكواس|ECOWAS;igo;;ECOWAS
aes;تحالف دول الساحل;كونفدرالية دول الساحل;igo;;Alliance of Sahel States
igad;الهيئة الحكومية للتنمية;إيغاد|الإيغاد|IGAD;igo;;IGAD
arab-maghreb-union;اتحاد المغرب العربي;;igo;;Arab Maghreb Union
csto;منظمة معاهدة الأمن الجماعي;CSTO;igo;;Collective Security Treaty Organization
oecd;منظمة التعاون الاقتصادي والتنمية;OECD;igo;;OECD
isdb;البنك الإسلامي للتنمية;IsDB;igo;;Islamic Development Bank
arab-monetary-fund;صندوق النقد العربي;;igo;;Arab Monetary Fund
aiib;البنك الآسيوي للاستثمار في البنية التحتية;AIIB;igo;;Asian Infrastructure Investment Bank
ebrd;البنك الأوروبي لإعادة الإعمار والتنمية;EBRD;igo;;European Bank for Reconstruction and Development
quartet;اللجنة الرباعية الدولية;الرباعية الدولية|اللجنة الرباعية;igo;;Middle East Quartet
# Courts
icj;محكمة العدل الدولية;العدل الدولية|ICJ;court;;International Court of Justice
icc;المحكمة الجنائية الدولية;الجنائية الدولية|ICC;court;;International Criminal Court
echr;المحكمة الأوروبية لحقوق الإنسان;;court;;European Court of Human Rights
stl;المحكمة الخاصة بلبنان;المحكمة الدولية الخاصة بلبنان;court;lb;Special Tribunal for Lebanon
cas;محكمة التحكيم الرياضي;;court;ch;Court of Arbitration for Sport
pca;محكمة التحكيم الدائمة;;court;nl;Permanent Court of Arbitration
us-supreme-court;المحكمة العليا الأمريكية;المحكمة العليا الأميركية;court;us;US Supreme Court
israel-supreme-court;المحكمة العليا الإسرائيلية;;court;il;Supreme Court of Israel
# NGOs and humanitarian organizations
icrc;اللجنة الدولية للصليب الأحمر;الصليب الأحمر الدولي|الصليب الأحمر|ICRC;ngo;ch;International Committee of the Red Cross
ifrc;الاتحاد الدولي لجمعيات الصليب الأحمر والهلال الأحمر;IFRC;ngo;ch;International Federation of Red Cross and Red Crescent Societies
prcs;جمعية الهلال الأحمر الفلسطيني;الهلال الأحمر الفلسطيني;ngo;ps;Palestine Red Crescent Society
sarc;منظمة الهلال الأحمر العربي السوري;الهلال الأحمر العربي السوري|الهلال الأحمر السوري;ngo;sy;Syrian Arab Red Crescent
egyptian-red-crescent;الهلال الأحمر المصري;جمعية الهلال الأحمر المصري;ngo;eg;Egyptian Red Crescent
jordan-red-crescent;الهلال الأحمر الأردني;جمعية الهلال الأحمر الأردني;ngo;jo;Jordan Red Crescent
jhco;الهيئة الخيرية الأردنية الهاشمية;الهيئة الخيرية الهاشمية;ngo;jo;Jordan Hashemite Charity Organization
qatar-charity;قطر الخيرية;;ngo;qa;Qatar Charity
ksrelief;مركز الملك سلمان للإغاثة والأعمال الإنسانية;مركز الملك سلمان للإغاثة;ngo;sa;KSrelief
msf;منظمة أطباء بلا حدود;أطباء بلا حدود|MSF;ngo;;Doctors Without Borders
amnesty;منظمة العفو الدولية;العفو الدولية|أمنستي;ngo;gb;Amnesty International
hrw;هيومن رايتس ووتش;منظمة هيومن رايتس ووتش|هيومان رايتس ووتش|HRW;ngo;us;Human Rights Watch
oxfam;منظمة أوكسفام;أوكسفام|اوكسفام;ngo;gb;Oxfam
save-the-children;منظمة إنقاذ الطفولة;أنقذوا الأطفال|سيف ذا تشيلدرن;ngo;gb;Save the Children
nrc;المجلس النرويجي للاجئين;;ngo;no;Norwegian Refugee Council
irc;لجنة الإنقاذ الدولية;;ngo;us;International Rescue Committee
white-helmets;الدفاع المدني السوري;الخوذ البيضاء|منظمة الخوذ البيضاء;ngo;sy;Syria Civil Defence (White Helmets)
rsf-media;مراسلون بلا حدود;منظمة مراسلون بلا حدود;ngo;fr;Reporters Without Borders
cpj;لجنة حماية الصحفيين;CPJ;ngo;us;Committee to Protect Journalists
btselem;منظمة بتسيلم;بتسيلم;ngo;il;B'Tselem
al-haq;مؤسسة الحق;;ngo;ps;Al-Haq
sohr;المرصد السوري لحقوق الإنسان;المرصد السوري;ngo;gb;Syrian Observatory for Human Rights
euro-med-monitor;المرصد الأورومتوسطي لحقوق الإنسان;المرصد الأورومتوسطي|الأورومتوسطي;ngo;ch;Euro-Mediterranean Human Rights Monitor
greenpeace;منظمة غرينبيس;غرينبيس|السلام الأخضر;ngo;nl;Greenpeace
transparency-international;منظمة الشفافية الدولية;الشفافية الدولية;ngo;de;Transparency International
wef;المنتدى الاقتصادي العالمي;منتدى دافوس;ngo;ch;World Economic Forum
world-central-kitchen;المطبخ المركزي العالمي;منظمة المطبخ المركزي العالمي;ngo;us;World Central Kitchen
ghf;مؤسسة غزة الإنسانية;;ngo;us;Gaza Humanitarian Foundation
muslim-world-league;رابطة العالم الإسلامي;;ngo;sa;Muslim World League
al-azhar;الأزهر الشريف;الأزهر|مشيخة الأزهر|الازهر;other;eg;Al-Azhar
ugtt;الاتحاد العام التونسي للشغل;اتحاد الشغل;ngo;tn;Tunisian General Labour Union
# Palestinian factions and bodies
hamas;حركة المقاومة الإسلامية;حماس|حركة حماس|Hamas;armed_group;ps;Hamas
qassam-brigades;كتائب عز الدين القسام;كتائب القسام|القسام|كتائب الشهيد عز الدين القسام;armed_group;ps;Izz ad-Din al-Qassam Brigades
pij;حركة الجهاد الإسلامي;الجهاد الإسلامي|حركة الجهاد الإسلامي في فلسطين|الجهاد الاسلامي;armed_group;ps;Palestinian Islamic Jihad
quds-brigades;سرايا القدس;;armed_group;ps;Al-Quds Brigades
al-aqsa-martyrs;كتائب شهداء الأقصى;;armed_group;ps;Al-Aqsa Martyrs' Brigades
abu-ali-mustafa-brigades;كتائب الشهيد أبو علي مصطفى;كتائب أبو علي مصطفى;armed_group;ps;Abu Ali Mustafa Brigades
nasser-salah-al-din-brigades;ألوية الناصر صلاح الدين;;armed_group;ps;Al-Nasser Salah al-Deen Brigades
prc;لجان المقاومة الشعبية;;armed_group;ps;Popular Resistance Committees
lions-den;مجموعة عرين الأسود;عرين الأسود;armed_group;ps;Lions' Den
jenin-brigade;كتيبة جنين;;armed_group;ps;Jenin Brigade
fatah;حركة فتح;فتح|حركة التحرير الوطني الفلسطيني;party;ps;Fatah
pflp;الجبهة الشعبية لتحرير فلسطين;الجبهة الشعبية;party;ps;Popular Front for the Liberation of Palestine
dflp;الجبهة الديمقراطية لتحرير فلسطين;الجبهة الديمقراطية;party;ps;Democratic Front for the Liberation of Palestine
pni;المبادرة الوطنية الفلسطينية;;party;ps;Palestinian National Initiative
plo;منظمة التحرير الفلسطينية;منظمة التحرير|م.ت.ف|PLO;other;ps;Palestine Liberation Organization
palestinian-authority;السلطة الفلسطينية;السلطة الوطنية الفلسطينية;gov;ps;Palestinian Authority
# Lebanon
hezbollah;حزب الله;حزب الله اللبناني|Hezbollah;armed_group;lb;Hezbollah
amal;حركة أمل;;party;lb;Amal Movement
fpm;التيار الوطني الحر;;party;lb;Free Patriotic Movement
lebanese-forces;حزب القوات اللبنانية;القوات اللبنانية;party;lb;Lebanese Forces
future-movement;تيار المستقبل;;party;lb;Future Movement
psp;الحزب التقدمي الاشتراكي;التقدمي الاشتراكي;party;lb;Progressive Socialist Party
kataeb;حزب الكتائب اللبنانية;حزب الكتائب|الكتائب اللبنانية;party;lb;Kataeb Party
marada;تيار المردة;;party;lb;Marada Movement
lebanese-army;الجيش اللبناني;;gov;lb;Lebanese Armed Forces
lebanese-parliament;مجلس النواب اللبناني;البرلمان اللبناني;gov;lb;Parliament of Lebanon
# Syria
hts;هيئة تحرير الشام;تحرير الشام|جبهة النصرة|جبهة فتح الشام|النصرة;armed_group;sy;Hayat Tahrir al-Sham
sdf;قوات سوريا الديمقراطية;قسد|SDF;armed_group;sy;Syrian Democratic Forces
ypg;وحدات حماية الشعب;وحدات حماية الشعب الكردية|YPG;armed_group;sy;People's Protection Units
fsa;الجيش السوري الحر;الجيش الحر;armed_group;sy;Free Syrian Army
sna;الجيش الوطني السوري;;armed_group;sy;Syrian National Army
ahrar-al-sham;حركة أحرار الشام;أحرار الشام;armed_group;sy;Ahrar al-Sham
jaysh-al-islam;جيش الإسلام;;armed_group;sy;Jaysh al-Islam
syrian-army;الجيش العربي السوري;الجيش السوري;gov;sy;Syrian Arab Army
syrian-coalition;الائتلاف الوطني السوري;الائتلاف الوطني لقوى الثورة والمعارضة السورية|الائتلاف السوري;other;sy;Syrian National Coalition
syrian-negotiation-commission;هيئة التفاوض السورية;هيئة التفاوض;other;sy;Syrian Negotiation Commission
aanes;الإدارة الذاتية لشمال وشرق سوريا;الإدارة الذاتية|الإدارة الذاتية الكردية;other;sy;Autonomous Administration of North and East Syria
baath-party;حزب البعث العربي الاشتراكي;حزب البعث|البعث;party;sy;Ba'ath Party
# Iraq
pmf;هيئة الحشد الشعبي;الحشد الشعبي|قوات الحشد الشعبي;armed_group;iq;Popular Mobilization Forces
kataib-hezbollah;كتائب حزب الله;كتائب حزب الله العراقي;armed_group;iq;Kata'ib Hezbollah
asaib-ahl-al-haq;عصائب أهل الحق;العصائب;armed_group;iq;Asa'ib Ahl al-Haq
badr-organization;منظمة بدر;فيلق بدر;armed_group;iq;Badr Organization
nujaba;حركة النجباء;حركة حزب الله النجباء|النجباء;armed_group;iq;Harakat al-Nujaba
islamic-resistance-iraq;المقاومة الإسلامية في العراق;;armed_group;iq;Islamic Resistance in Iraq
kataib-sayyid-al-shuhada;كتائب سيد الشهداء;;armed_group;iq;Kata'ib Sayyid al-Shuhada
saraya-al-salam;سرايا السلام;;armed_group;iq;Saraya al-Salam
peshmerga;البيشمركة;قوات البيشمركة|البشمركة;gov;iq;Peshmerga
krg;حكومة إقليم كردستان;حكومة الإقليم;gov;iq;Kurdistan Regional Government
sadrist-movement;التيار الصدري;التيار الوطني الشيعي;party;iq;Sadrist Movement
state-of-law;ائتلاف دولة القانون;دولة القانون;party;iq;State of Law Coalition
kdp;الحزب الديمقراطي الكردستاني;البارتي;party;iq;Kurdistan Democratic Party
puk;الاتحاد الوطني الكردستاني;;party;iq;Patriotic Union of Kurdistan
hikma;تيار الحكمة;تيار الحكمة الوطني;party;iq;National Wisdom Movement
coordination-framework;الإطار التنسيقي;قوى الإطار التنسيقي;party;iq;Coordination Framework
taqaddum-iq;حزب تقدم;;party;iq;Taqaddum (Progress) Party
dawa-party;حزب الدعوة الإسلامية;حزب الدعوة;party;iq;Islamic Dawa Party
iraqi-parliament;مجلس النواب العراقي;البرلمان العراقي;gov;iq;Council of Representatives of Iraq
# Yemen
houthis;جماعة أنصار الله;الحوثيون|الحوثيين|أنصار الله|جماعة الحوثي|جماعة الحوثيين|ميليشيا الحوثي|مليشيا الحوثي;armed_group;ye;Houthis (Ansar Allah)
stc;المجلس الانتقالي الجنوبي;الانتقالي الجنوبي;armed_group;ye;Southern Transitional Council
giants-brigades;ألوية العمالقة;قوات العمالقة;armed_group;ye;Giants Brigades
islah;حزب التجمع اليمني للإصلاح;حزب الإصلاح;party;ye;Al-Islah
gpc;المؤتمر الشعبي العام;حزب المؤتمر الشعبي العام;party;ye;General People's Congress
plc-yemen;مجلس القيادة الرئاسي;المجلس الرئاسي اليمني;gov;ye;Presidential Leadership Council
aqap;تنظيم القاعدة في جزيرة العرب;القاعدة في جزيرة العرب;armed_group;ye;Al-Qaeda in the Arabian Peninsula
# Jihadist and other armed groups
isis;تنظيم الدولة الإسلامية;داعش|تنظيم داعش|الدولة الإسلامية|تنظيم الدولة|الدولة الإسلامية في العراق والشام|الدولة الاسلامية|ISIS|ISIL;armed_group;;Islamic State
isis-k;ولاية خراسان;تنظيم الدولة - ولاية خراسان|داعش خراسان;armed_group;af;Islamic State Khorasan Province
iswap;ولاية غرب أفريقيا;تنظيم الدولة في غرب أفريقيا;armed_group;ng;Islamic State West Africa Province
al-qaeda;تنظيم القاعدة;;armed_group;;Al-Qaeda
aqim;تنظيم القاعدة في بلاد المغرب الإسلامي;القاعدة في بلاد المغرب الإسلامي;armed_group;;Al-Qaeda in the Islamic Maghreb
jnim;جماعة نصرة الإسلام والمسلمين;نصرة الإسلام والمسلمين;armed_group;ml;Jama'at Nusrat al-Islam wal-Muslimin
al-shabaab;حركة الشباب المجاهدين;حركة الشباب|حركة الشباب الصومالية|الشباب المجاهدين;armed_group;so;Al-Shabaab
boko-haram;جماعة بوكو حرام;بوكو حرام;armed_group;ng;Boko Haram
taliban;حركة طالبان;طالبان;armed_group;af;Taliban
ttp;حركة طالبان باكستان;طالبان باكستان;armed_group;pk;Tehrik-i-Taliban Pakistan
pkk;حزب العمال الكردستاني;العمال الكردستاني|PKK;armed_group;tr;Kurdistan Workers' Party
polisario;جبهة البوليساريو;البوليساريو|البوليزاريو;armed_group;eh;Polisario Front
wagner;مجموعة فاغنر;فاغنر|فاجنر|مجموعة فاجنر;armed_group;ru;Wagner Group
africa-corps;الفيلق الأفريقي;الفيلق الإفريقي;armed_group;ru;Africa Corps
muslim-brotherhood;جماعة الإخوان المسلمين;الإخوان المسلمين|الإخوان المسلمون|الإخوان|الاخوان المسلمين;party;eg;Muslim Brotherhood
# Sudan and Libya
rsf;قوات الدعم السريع;الدعم السريع|ميليشيا الدعم السريع|مليشيا الدعم السريع;armed_group;sd;Rapid Support Forces
saf;القوات المسلحة السودانية;الجيش السوداني;gov;sd;Sudanese Armed Forces
splm-n;الحركة الشعبية لتحرير السودان - شمال;الحركة الشعبية - شمال|الحركة الشعبية شمال;armed_group;sd;SPLM-North
jem;حركة العدل والمساواة;;armed_group;sd;Justice and Equality Movement
slm;حركة تحرير السودان;حركة جيش تحرير السودان;armed_group;sd;Sudan Liberation Movement
sovereignty-council;مجلس السيادة الانتقالي;مجلس السيادة;gov;sd;Transitional Sovereignty Council
ffc;قوى الحرية والتغيير;الحرية والتغيير;party;sd;Forces of Freedom and Change
ncp-sd;حزب المؤتمر الوطني;المؤتمر الوطني السوداني;party;sd;National Congress Party
lna;الجيش الوطني الليبي;قوات حفتر|قوات القيادة العامة|القيادة العامة للقوات المسلحة الليبية;armed_group;ly;Libyan National Army
gnu-libya;حكومة الوحدة الوطنية الليبية;;gov;ly;Government of National Unity (Libya)
libya-hor;مجلس النواب الليبي;البرلمان الليبي;gov;ly;House of Representatives (Libya)
libya-presidential-council;المجلس الرئاسي الليبي;;gov;ly;Presidential Council (Libya)
libya-hcs;المجلس الأعلى للدولة;المجلس الأعلى للدولة الليبي;gov;ly;High Council of State (Libya)
# Iran
irgc;الحرس الثوري الإيراني;الحرس الثوري|حرس الثورة الإسلامية|الحرس الثوري الايراني|IRGC;gov;ir;Islamic Revolutionary Guard Corps
quds-force;فيلق القدس;;gov;ir;Quds Force
basij;قوات التعبئة الشعبية;الباسيج|البسيج;gov;ir;Basij
iran-snsc;المجلس الأعلى للأمن القومي الإيراني;المجلس الأعلى للأمن القومي;gov;ir;Supreme National Security Council of Iran
iran-majlis;مجلس الشورى الإسلامي;البرلمان الإيراني;gov;ir;Islamic Consultative Assembly
# Israel
idf;الجيش الإسرائيلي;جيش الدفاع الإسرائيلي|جيش الاحتلال|جيش الاحتلال الإسرائيلي|قوات الاحتلال|قوات الاحتلال الإسرائيلي|الجيش الاسرائيلي|IDF;gov;il;Israel Defense Forces
shin-bet;جهاز الأمن العام الإسرائيلي;الشاباك|الشين بيت|جهاز الشاباك;gov;il;Shin Bet
mossad;الموساد;جهاز الموساد|الموساد الإسرائيلي;gov;il;Mossad
knesset;الكنيست;الكنيست الإسرائيلي;gov;il;Knesset
likud;حزب الليكود;الليكود;party;il;Likud
yesh-atid;حزب يش عتيد;يش عتيد|هناك مستقبل;party;il;Yesh Atid
religious-zionism;حزب الصهيونية الدينية;الصهيونية الدينية;party;il;Religious Zionist Party
otzma-yehudit;حزب عوتسما يهوديت;عوتسما يهوديت|القوة اليهودية;party;il;Otzma Yehudit
shas;حزب شاس;شاس;party;il;Shas
utj;يهدوت هتوراه;حزب يهدوت هتوراه;party;il;United Torah Judaism
yisrael-beiteinu;حزب إسرائيل بيتنا;إسرائيل بيتنا;party;il;Yisrael Beiteinu
israeli-labor;حزب العمل الإسرائيلي;;party;il;Israeli Labor Party
national-unity-il;حزب الوحدة الوطنية الإسرائيلي;معسكر الدولة|أزرق أبيض;party;il;National Unity (Israel)
raam;القائمة العربية الموحدة;القائمة الموحدة|راعم;party;il;United Arab List (Ra'am)
joint-list;القائمة المشتركة;;party;il;Joint List
# Jordan, Egypt and the Maghreb
iaf;حزب جبهة العمل الإسلامي;جبهة العمل الإسلامي;party;jo;Islamic Action Front
jaf;القوات المسلحة الأردنية;الجيش العربي|القوات المسلحة الأردنية - الجيش العربي;gov;jo;Jordan Armed Forces
jordan-gid;دائرة المخابرات العامة;المخابرات العامة الأردنية|المخابرات الأردنية;gov;jo;General Intelligence Directorate (Jordan)
jordan-parliament;مجلس النواب الأردني;البرلمان الأردني;gov;jo;House of Representatives (Jordan)
royal-court-jo;الديوان الملكي الهاشمي;الديوان الملكي;gov;jo;Royal Hashemite Court
egyptian-army;القوات المسلحة المصرية;الجيش المصري;gov;eg;Egyptian Armed Forces
egypt-parliament;مجلس النواب المصري;البرلمان المصري;gov;eg;House of Representatives (Egypt)
fjp;حزب الحرية والعدالة;;party;eg;Freedom and Justice Party
nour-party;حزب النور;;party;eg;Al-Nour Party
nation-future;حزب مستقبل وطن;مستقبل وطن;party;eg;Nation's Future Party
wafd;حزب الوفد;الوفد;party;eg;Wafd Party
ennahda;حركة النهضة;;party;tn;Ennahda
nidaa-tounes;حركة نداء تونس;نداء تونس;party;tn;Nidaa Tounes
pdl;الحزب الدستوري الحر;الدستوري الحر;party;tn;Free Destourian Party
pjd;حزب العدالة والتنمية المغربي;;party;ma;Justice and Development Party (Morocco)
rni;حزب التجمع الوطني للأحرار;التجمع الوطني للأحرار;party;ma;National Rally of Independents
pam;حزب الأصالة والمعاصرة;الأصالة والمعاصرة;party;ma;Authenticity and Modernity Party
istiqlal;حزب الاستقلال;;party;ma;Istiqlal Party
fln;جبهة التحرير الوطني;حزب جبهة التحرير الوطني;party;dz;National Liberation Front (Algeria)
rnd;التجمع الوطني الديمقراطي;;party;dz;National Rally for Democracy
msp;حركة مجتمع السلم;حمس;party;dz;Movement of Society for Peace
# Gulf parliaments
kuwait-national-assembly;مجلس الأمة الكويتي;مجلس الأمة;gov;kw;National Assembly of Kuwait
saudi-shura;مجلس الشورى السعودي;;gov;sa;Shura Council (Saudi Arabia)
# Turkey
akp;حزب العدالة والتنمية;العدالة والتنمية|AKP;party;tr;Justice and Development Party (Turkey)
chp;حزب الشعب الجمهوري;الشعب الجمهوري;party;tr;Republican People's Party
mhp;حزب الحركة القومية;الحركة القومية;party;tr;Nationalist Movement Party
hdp;حزب الشعوب الديمقراطي;;party;tr;Peoples' Democratic Party
turkish-parliament;البرلمان التركي;الجمعية الوطنية الكبرى التركية;gov;tr;Grand National Assembly of Turkey
mit;جهاز الاستخبارات التركي;الاستخبارات التركية;gov;tr;National Intelligence Organization (Turkey)
# United States and Europe
white-house;البيت الأبيض;;gov;us;White House
pentagon;وزارة الدفاع الأمريكية;البنتاغون|البنتاجون|وزارة الحرب الأمريكية|Pentagon;gov;us;US Department of Defense
state-department;وزارة الخارجية الأمريكية;الخارجية الأمريكية|الخارجية الأميركية|وزارة الخارجية الأميركية;gov;us;US State Department
us-congress;الكونغرس;الكونغرس الأمريكي|الكونجرس|الكونغرس الأميركي;gov;us;US Congress
us-senate;مجلس الشيوخ الأمريكي;مجلس الشيوخ الأميركي;gov;us;US Senate
us-house;مجلس النواب الأمريكي;مجلس النواب الأميركي;gov;us;US House of Representatives
cia;وكالة المخابرات المركزية الأمريكية;سي آي إيه|المخابرات الأمريكية|CIA;gov;us;CIA
fbi;مكتب التحقيقات الفيدرالي;إف بي آي|FBI;gov;us;FBI
centcom;القيادة المركزية الأمريكية;سنتكوم|القيادة المركزية الأميركية|CENTCOM;gov;us;US Central Command
us-democrats;الحزب الديمقراطي الأمريكي;الحزب الديمقراطي|الديمقراطيون;party;us;Democratic Party (US)
us-republicans;الحزب الجمهوري;الحزب الجمهوري الأمريكي|الجمهوريون;party;us;Republican Party (US)
kremlin;الكرملين;;gov;ru;Kremlin
state-duma;مجلس الدوما;الدوما;gov;ru;State Duma
united-russia;حزب روسيا الموحدة;روسيا الموحدة;party;ru;United Russia
elysee;قصر الإليزيه;الإليزيه|الاليزيه;gov;fr;Elysee Palace
downing-street;داونينغ ستريت;داوننغ ستريت;gov;gb;Downing Street
uk-labour;حزب العمال البريطاني;حزب العمال;party;gb;Labour Party (UK)
uk-conservatives;حزب المحافظين البريطاني;حزب المحافظين;party;gb;Conservative Party (UK)
bundestag;البوندستاغ;البرلمان الألماني;gov;de;Bundestag
cdu;الحزب الديمقراطي المسيحي;الاتحاد الديمقراطي المسيحي;party;de;Christian Democratic Union
spd;الحزب الاشتراكي الديمقراطي الألماني;الحزب الاشتراكي الديمقراطي;party;de;Social Democratic Party of Germany
afd;حزب البديل من أجل ألمانيا;البديل من أجل ألمانيا;party;de;Alternative for Germany
rn-france;حزب التجمع الوطني الفرنسي;التجمع الوطني الفرنسي;party;fr;National Rally (France)
ccp;الحزب الشيوعي الصيني;;party;cn;Chinese Communist Party
# News agencies
petra;وكالة الأنباء الأردنية;بترا|وكالة بترا|وكالة الانباء الاردنية;media;jo;Jordan News Agency (Petra)
reuters;رويترز;وكالة رويترز|Reuters;media;gb;Reuters
afp;وكالة فرانس برس;فرانس برس|أ ف ب|أ.ف.ب|وكالة الصحافة الفرنسية|AFP;media;fr;Agence France-Presse
ap;أسوشيتد برس;وكالة أسوشيتد برس|أسوشيتدبرس|اسوشيتد برس|أسوشييتد برس|AP;media;us;Associated Press
dpa;وكالة الأنباء الألمانية;د ب أ|DPA;media;de;Deutsche Presse-Agentur
anadolu;وكالة الأناضول;وكالة الأناضول للأنباء;media;tr;Anadolu Agency
bloomberg;بلومبرغ;وكالة بلومبرغ|بلومبيرغ|بلومبرج;media;us;Bloomberg
xinhua;وكالة أنباء شينخوا;شينخوا|وكالة شينخوا|وكالة أنباء الصين الجديدة;media;cn;Xinhua
tass;وكالة تاس;تاس|TASS;media;ru;TASS
ria-novosti;وكالة ريا نوفوستي;ريا نوفوستي;media;ru;RIA Novosti
sputnik;سبوتنيك;وكالة سبوتنيك;media;ru;Sputnik
efe;وكالة إفي;وكالة الأنباء الإسبانية;media;es;EFE
ansa;وكالة أنسا;وكالة الأنباء الإيطالية;media;it;ANSA
kyodo;وكالة كيودو;كيودو;media;jp;Kyodo News
yonhap;وكالة يونهاب;يونهاب;media;kr;Yonhap
irna;وكالة الجمهورية الإسلامية للأنباء;إرنا|ارنا|وكالة إرنا|IRNA;media;ir;IRNA
tasnim;وكالة تسنيم;تسنيم;media;ir;Tasnim News Agency
fars;وكالة فارس;وكالة أنباء فارس;media;ir;Fars News Agency
mehr;وكالة مهر;وكالة مهر للأنباء;media;ir;Mehr News Agency
isna;وكالة إيسنا;وكالة أنباء الطلبة الإيرانية;media;ir;ISNA
spa;وكالة الأنباء السعودية;واس|وكالة واس;media;sa;Saudi Press Agency
wam;وكالة أنباء الإمارات;وام|وكالة وام;media;ae;Emirates News Agency (WAM)
qna;وكالة الأنباء القطرية;وكالة قنا;media;qa;Qatar News Agency
kuna;وكالة الأنباء الكويتية;كونا|وكالة كونا;media;kw;Kuwait News Agency
bna;وكالة أنباء البحرين;;media;bh;Bahrain News Agency
ona;وكالة الأنباء العمانية;;media;om;Oman News Agency
sana;الوكالة العربية السورية للأنباء;سانا|وكالة سانا|وكالة الأنباء السورية|وكالة الأنباء الرسمية سانا|الوكالة السورية للأنباء;media;sy;SANA
ina;وكالة الأنباء العراقية;واع;media;iq;Iraqi News Agency
nna;الوكالة الوطنية للإعلام;الوكالة الوطنية للإعلام اللبنانية;media;lb;National News Agency (Lebanon)
mena;وكالة أنباء الشرق الأوسط;أ ش أ;media;eg;Middle East News Agency
wafa;وكالة الأنباء والمعلومات الفلسطينية;وفا|وكالة وفا;media;ps;WAFA
saba;وكالة الأنباء اليمنية سبأ;وكالة سبأ|سبأ;media;ye;Saba News Agency
map;وكالة المغرب العربي للأنباء;لاماب;media;ma;Maghreb Arabe Presse
aps;وكالة الأنباء الجزائرية;واج;media;dz;Algerie Presse Service
tap;وكالة تونس أفريقيا للأنباء;;media;tn;Tunis Afrique Presse
suna;وكالة السودان للأنباء;سونا;media;sd;Sudan News Agency
lana;وكالة الأنباء الليبية;;media;ly;Libyan News Agency
maan-news;وكالة معا الإخبارية;وكالة معا;media;ps;Ma'an News Agency
shehab;وكالة شهاب للأنباء;وكالة شهاب;media;ps;Shehab News Agency
safa-news;وكالة الصحافة الفلسطينية صفا;وكالة صفا;media;ps;Palestinian Press Agency (Safa)
ammon-news;وكالة عمون الإخبارية;عمون;media;jo;Ammon News
shafaq-news;شفق نيوز;وكالة شفق نيوز;media;iq;Shafaq News
# Broadcasters and websites
al-jazeera;قناة الجزيرة;الجزيرة|شبكة الجزيرة|الجزيرة نت|Al Jazeera;media;qa;Al Jazeera
al-arabiya;قناة العربية;العربية نت|Al Arabiya;media;sa;Al Arabiya
al-hadath;قناة الحدث;;media;sa;Al Hadath
sky-news-arabia;سكاي نيوز عربية;سكاي نيوز|قناة سكاي نيوز عربية;media;ae;Sky News Arabia
bbc;هيئة الإذاعة البريطانية;بي بي سي|بي بي سي عربي|BBC;media;gb;BBC
france24;فرانس 24;قناة فرانس 24;media;fr;France 24
dw;دويتشه فيله;DW;media;de;Deutsche Welle
cnn;سي إن إن;شبكة سي إن إن|CNN;media;us;CNN
fox-news;فوكس نيوز;شبكة فوكس نيوز;media;us;Fox News
cbs;سي بي إس;شبكة سي بي إس|CBS;media;us;CBS News
nbc;إن بي سي;شبكة إن بي سي|NBC;media;us;NBC News
abc-us;إيه بي سي;شبكة إيه بي سي|ABC;media;us;ABC News
rt;روسيا اليوم;آر تي|RT;media;ru;RT
euronews;يورونيوز;;media;fr;Euronews
voa;صوت أمريكا;إذاعة صوت أمريكا;media;us;Voice of America
alhurra;قناة الحرة;;media;us;Alhurra
mcd;مونت كارلو الدولية;راديو مونت كارلو;media;fr;Monte Carlo Doualiya
trt;تي آر تي;تي آر تي عربي|TRT;media;tr;TRT
press-tv;برس تي في;Press TV;media;ir;Press TV
al-alam;قناة العالم;;media;ir;Al-Alam
al-mayadeen;قناة الميادين;شبكة الميادين;media;lb;Al Mayadeen
al-manar;قناة المنار;;media;lb;Al-Manar
lbci;المؤسسة اللبنانية للإرسال;إل بي سي آي|LBCI;media;lb;LBCI
mtv-lebanon;قناة إم تي في;إم تي في;media;lb;MTV Lebanon
al-masirah;قناة المسيرة;;media;ye;Al-Masirah
al-sumaria;قناة السومرية;السومرية;media;iq;Al Sumaria
al-iraqiya;قناة العراقية;;media;iq;Al Iraqiya
rudaw;شبكة رووداو;رووداو;media;iq;Rudaw
kurdistan24;كردستان 24;;media;iq;Kurdistan24
roya;قناة رؤيا;;media;jo;Roya TV
al-mamlaka;قناة المملكة;;media;jo;Al Mamlaka TV
jrtv;التلفزيون الأردني;مؤسسة الإذاعة والتلفزيون الأردنية;media;jo;Jordan Radio and Television
al-qahera-news;قناة القاهرة الإخبارية;القاهرة الإخبارية;media;eg;Al Qahera News
al-aqsa-tv;قناة الأقصى;فضائية الأقصى;media;ps;Al-Aqsa TV
palestine-tv;تلفزيون فلسطين;;media;ps;Palestine TV
i24;آي 24 نيوز;i24;media;il;i24NEWS
kan;هيئة البث الإسرائيلية;هيئة البث الإسرائيلية كان;media;il;Kan
channel-12-il;القناة 12 الإسرائيلية;القناة الثانية عشرة الإسرائيلية;media;il;Channel 12 (Israel)
channel-13-il;القناة 13 الإسرائيلية;;media;il;Channel 13 (Israel)
axios;موقع أكسيوس;أكسيوس|اكسيوس;media;us;Axios
politico;بوليتيكو;موقع بوليتيكو;media;us;Politico
elaph;إيلاف;موقع إيلاف;media;gb;Elaph
hespress;هسبريس;;media;ma;Hespress
# Newspapers and magazines
asharq-al-awsat;صحيفة الشرق الأوسط;الشرق الأوسط اللندنية;media;gb;Asharq Al-Awsat
al-hayat;صحيفة الحياة;الحياة اللندنية;media;gb;Al-Hayat
an-nahar;صحيفة النهار;النهار اللبنانية;media;lb;An-Nahar
al-akhbar-lb;صحيفة الأخبار اللبنانية;الأخبار اللبنانية;media;lb;Al-Akhbar
l-orient-le-jour;لوريان لوجور;;media;lb;L'Orient-Le Jour
al-rai-jo;صحيفة الرأي;الرأي الأردنية;media;jo;Al Rai
al-ghad;صحيفة الغد;الغد الأردنية;media;jo;Al Ghad
ad-dustour;صحيفة الدستور;الدستور الأردنية;media;jo;Ad-Dustour
jordan-times;جوردان تايمز;صحيفة جوردان تايمز;media;jo;The Jordan Times
al-ahram;صحيفة الأهرام;مؤسسة الأهرام;media;eg;Al-Ahram
al-masry-al-youm;المصري اليوم;صحيفة المصري اليوم;media;eg;Al-Masry Al-Youm
youm7;اليوم السابع;صحيفة اليوم السابع;media;eg;Youm7
al-shorouk;صحيفة الشروق;الشروق المصرية;media;eg;Al-Shorouk
okaz;صحيفة عكاظ;عكاظ;media;sa;Okaz
al-riyadh-paper;صحيفة الرياض;;media;sa;Al Riyadh
al-watan-sa;صحيفة الوطن السعودية;الوطن السعودية;media;sa;Al Watan (Saudi Arabia)
al-khaleej;صحيفة الخليج;الخليج الإماراتية;media;ae;Al Khaleej
al-ittihad-ae;صحيفة الاتحاد;الاتحاد الإماراتية;media;ae;Al Ittihad
al-bayan;صحيفة البيان;البيان الإماراتية;media;ae;Al Bayan
the-national;ذا ناشيونال;صحيفة ذا ناشيونال;media;ae;The National
al-quds-al-arabi;القدس العربي;صحيفة القدس العربي;media;gb;Al-Quds Al-Arabi
al-araby-al-jadeed;العربي الجديد;صحيفة العربي الجديد;media;gb;The New Arab
rai-al-youm;رأي اليوم;صحيفة رأي اليوم;media;gb;Rai al-Youm
independent-arabia;إندبندنت عربية;;media;gb;Independent Arabia
al-quds-ps;صحيفة القدس;القدس المقدسية;media;ps;Al-Quds (Jerusalem daily)
nyt;نيويورك تايمز;صحيفة نيويورك تايمز|النيويورك تايمز;media;us;The New York Times
wapo;واشنطن بوست;صحيفة واشنطن بوست|الواشنطن بوست;media;us;The Washington Post
wsj;وول ستريت جورنال;صحيفة وول ستريت جورنال;media;us;The Wall Street Journal
guardian;الغارديان;صحيفة الغارديان|الجارديان|غارديان;media;gb;The Guardian
times-uk;صحيفة التايمز;التايمز;media;gb;The Times
ft;فايننشال تايمز;فاينانشال تايمز|صحيفة فايننشال تايمز;media;gb;Financial Times
the-independent;الإندبندنت;صحيفة الإندبندنت|الاندبندنت;media;gb;The Independent
economist;الإيكونوميست;مجلة الإيكونوميست|ذي إيكونوميست;media;gb;The Economist
telegraph;ديلي تلغراف;التلغراف|صحيفة التلغراف;media;gb;The Daily Telegraph
le-monde;لوموند;صحيفة لوموند;media;fr;Le Monde
le-figaro;لوفيغارو;صحيفة لوفيغارو|لوفيجارو;media;fr;Le Figaro
der-spiegel;دير شبيغل;مجلة دير شبيغل|شبيغل;media;de;Der Spiegel
haaretz;هآرتس;صحيفة هآرتس|هارتس;media;il;Haaretz
yedioth;يديعوت أحرونوت;صحيفة يديعوت أحرونوت|يديعوت;media;il;Yedioth Ahronoth
maariv;معاريف;صحيفة معاريف;media;il;Maariv
times-of-israel;تايمز أوف إسرائيل;;media;il;The Times of Israel
jerusalem-post;جيروزاليم بوست;;media;il;The Jerusalem Post
israel-hayom;يسرائيل هيوم;إسرائيل اليوم;media;il;Israel Hayom
foreign-policy;فورين بوليسي;مجلة فورين بوليسي;media;us;Foreign Policy
daily-sabah;ديلي صباح;;media;tr;Daily Sabah
# Companies
aramco;أرامكو السعودية;أرامكو|شركة أرامكو|ارامكو;company;sa;Saudi Aramco
sabic;سابك;الشركة السعودية للصناعات الأساسية;company;sa;SABIC
pif;صندوق الاستثمارات العامة;;company;sa;Public Investment Fund
adnoc;أدنوك;شركة بترول أبوظبي الوطنية|ادنوك;company;ae;ADNOC
qatarenergy;قطر للطاقة;قطر للبترول;company;qa;QatarEnergy
kpc;مؤسسة البترول الكويتية;;company;kw;Kuwait Petroleum Corporation
noc-libya;المؤسسة الوطنية للنفط;;company;ly;National Oil Corporation (Libya)
sonatrach;سوناطراك;;company;dz;Sonatrach
emirates-airline;طيران الإمارات;;company;ae;Emirates
etihad-airways;الاتحاد للطيران;;company;ae;Etihad Airways
qatar-airways;الخطوط الجوية القطرية;;company;qa;Qatar Airways
saudia;الخطوط الجوية العربية السعودية;الخطوط السعودية;company;sa;Saudia
royal-jordanian;الملكية الأردنية;الخطوط الجوية الملكية الأردنية;company;jo;Royal Jordanian
egyptair;مصر للطيران;;company;eg;EgyptAir
turkish-airlines;الخطوط الجوية التركية;;company;tr;Turkish Airlines
arab-bank;البنك العربي;;company;jo;Arab Bank
suez-canal-authority;هيئة قناة السويس;;gov;eg;Suez Canal Authority
boeing;بوينغ;بوينج|شركة بوينغ;company;us;Boeing
airbus;إيرباص;ايرباص|شركة إيرباص;company;;Airbus
lockheed-martin;لوكهيد مارتن;;company;us;Lockheed Martin
gazprom;غازبروم;غاز بروم;company;ru;Gazprom
rosneft;روسنفت;;company;ru;Rosneft
exxonmobil;إكسون موبيل;اكسون موبيل;company;us;ExxonMobil
chevron;شيفرون;;company;us;Chevron
bp;بريتش بتروليوم;بي بي;company;gb;BP
shell;شركة شل;;company;gb;Shell
totalenergies;توتال إنرجيز;توتال;company;fr;TotalEnergies
eni;إيني;شركة إيني;company;it;Eni
google;غوغل;جوجل|شركة غوغل|Google;company;us;Google
apple;آبل;أبل|شركة آبل|Apple;company;us;Apple
microsoft;مايكروسوفت;Microsoft;company;us;Microsoft
amazon;أمازون;شركة أمازون|Amazon;company;us;Amazon
meta;ميتا;شركة ميتا|فيسبوك|Meta;company;us;Meta
x-corp;منصة إكس;إكس|تويتر;company;us;X (Twitter)
tesla;تسلا;شركة تسلا;company;us;Tesla
openai;أوبن إيه آي;OpenAI;company;us;OpenAI
nvidia;إنفيديا;انفيديا|Nvidia;company;us;Nvidia
tiktok;تيك توك;;company;cn;TikTok
telegram;تيليغرام;تلغرام|تليجرام;company;ae;Telegram
huawei;هواوي;;company;cn;Huawei
samsung;سامسونغ;سامسونج;company;kr;Samsung
toyota;تويوتا;;company;jp;Toyota
# Sport
fifa;الاتحاد الدولي لكرة القدم;فيفا|الفيفا|FIFA;sport;ch;FIFA
uefa;الاتحاد الأوروبي لكرة القدم;يويفا|اليويفا|UEFA;sport;ch;UEFA
afc;الاتحاد الآسيوي لكرة القدم;;sport;my;Asian Football Confederation
caf;الاتحاد الأفريقي لكرة القدم;;sport;eg;Confederation of African Football
ioc;اللجنة الأولمبية الدولية;الأولمبية الدولية;sport;ch;International Olympic Committee
real-madrid;ريال مدريد;الميرنغي|نادي ريال مدريد;sport;es;Real Madrid
fc-barcelona;نادي برشلونة;البارسا|البلوغرانا;sport;es;FC Barcelona
atletico-madrid;أتلتيكو مدريد;أتلتيكو|اتلتيكو مدريد;sport;es;Atletico Madrid
manchester-united;مانشستر يونايتد;اليونايتد|مان يونايتد;sport;gb;Manchester United
manchester-city;مانشستر سيتي;مان سيتي;sport;gb;Manchester City
liverpool-fc;نادي ليفربول;الريدز;sport;gb;Liverpool FC
chelsea;تشيلسي;نادي تشيلسي|تشلسي;sport;gb;Chelsea FC
arsenal;أرسنال;آرسنال|ارسنال|نادي أرسنال;sport;gb;Arsenal FC
tottenham;توتنهام;توتنهام هوتسبير;sport;gb;Tottenham Hotspur
bayern-munich;بايرن ميونخ;البايرن|بايرن ميونيخ;sport;de;Bayern Munich
dortmund;بوروسيا دورتموند;دورتموند;sport;de;Borussia Dortmund
juventus;يوفنتوس;اليوفي|نادي يوفنتوس;sport;it;Juventus
ac-milan;نادي ميلان;إيه سي ميلان;sport;it;AC Milan
inter-milan;إنتر ميلان;الإنتر|انتر ميلان;sport;it;Inter Milan
psg;باريس سان جيرمان;سان جيرمان|باريس سان جرمان;sport;fr;Paris Saint-Germain
al-ahly;النادي الأهلي;الأهلي المصري;sport;eg;Al Ahly
zamalek;نادي الزمالك;الزمالك;sport;eg;Zamalek
al-hilal;نادي الهلال;الهلال السعودي;sport;sa;Al Hilal
al-nassr;نادي النصر;النصر السعودي;sport;sa;Al Nassr
al-ittihad-jeddah;نادي الاتحاد;اتحاد جدة;sport;sa;Al-Ittihad (Jeddah)
al-ahli-jeddah;الأهلي السعودي;أهلي جدة;sport;sa;Al-Ahli (Jeddah)
al-faisaly;نادي الفيصلي;الفيصلي;sport;jo;Al-Faisaly
al-wehdat;نادي الوحدات;;sport;jo;Al-Wehdat
esperance;الترجي الرياضي التونسي;الترجي التونسي|الترجي;sport;tn;Esperance de Tunis
wydad;الوداد البيضاوي;الوداد الرياضي;sport;ma;Wydad AC
raja;الرجاء البيضاوي;الرجاء الرياضي;sport;ma;Raja CA
al-sadd;نادي السد;السد القطري;sport;qa;Al Sadd
"""
