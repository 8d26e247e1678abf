"""Regions, provinces, territories, water bodies, areas and landmarks news names.
One line each, fields separated by ';': slug;name_ar;aliases_ar;country iso2 or empty;lat;lon;kind

Coordinates are a representative point (approximate centre), rounded to 2 decimals; for a river
or a long feature it is one point on it. Disputed areas have an empty country.
"""

REGIONS = """
# Palestine and Israel
gaza-strip;قطاع غزة;القطاع المحاصر;ps;31.42;34.37;territory
west-bank;الضفة الغربية;الضفة|الضفة الغربية المحتلة|يهودا والسامرة;ps;31.95;35.25;territory
east-jerusalem;القدس الشرقية;القدس الشرقية المحتلة;ps;31.78;35.24;territory
gaza-envelope;غلاف غزة;مستوطنات غلاف غزة|مستوطنات الغلاف;il;31.45;34.50;area
negev;النقب;صحراء النقب;il;30.80;34.80;desert
galilee;الجليل;الجليل الأعلى|الجليل الأسفل|منطقة الجليل;il;32.90;35.40;region
philadelphi-corridor;محور فيلادلفيا;محور صلاح الدين|ممر فيلادلفيا;ps;31.27;34.23;corridor
netzarim-corridor;محور نتساريم;محور نتزاريم|محور نتسريم;ps;31.45;34.43;corridor
mawasi;المواصي;منطقة المواصي|مواصي خان يونس;ps;31.35;34.27;area
masafer-yatta;مسافر يطا;;ps;31.40;35.15;area
rafah-crossing;معبر رفح;معبر رفح البري;ps;31.25;34.26;crossing
kerem-shalom;معبر كرم أبو سالم;كرم أبو سالم|معبر كيرم شالوم|كيرم شالوم;ps;31.23;34.28;crossing
erez-crossing;معبر بيت حانون;معبر إيرز|حاجز إيرز|معبر ايرز;ps;31.56;34.56;crossing
king-hussein-bridge;جسر الملك حسين;جسر اللنبي|معبر اللنبي|معبر الكرامة|جسر اللمبي;jo;31.87;35.54;crossing
al-aqsa;المسجد الأقصى;الأقصى|المسجد الاقصى|الحرم القدسي الشريف|الحرم القدسي|باحات الأقصى|باحات المسجد الأقصى;;31.78;35.24;landmark
dome-of-the-rock;قبة الصخرة;مسجد قبة الصخرة;;31.78;35.24;landmark
holy-sepulchre;كنيسة القيامة;;;31.78;35.23;landmark
ibrahimi-mosque;المسجد الإبراهيمي;الحرم الإبراهيمي|المسجد الابراهيمي;ps;31.52;35.11;landmark
jordan-valley;غور الأردن;الأغوار|الاغوار|وادي الأردن|منطقة الأغوار;;32.00;35.55;valley
jordan-river;نهر الأردن;;;31.90;35.55;river
dead-sea;البحر الميت;;;31.50;35.50;lake
# Lebanon
south-lebanon;جنوب لبنان;الجنوب اللبناني;lb;33.27;35.40;region
dahieh;الضاحية الجنوبية;الضاحية الجنوبية لبيروت|ضاحية بيروت الجنوبية;lb;33.85;35.51;area
beqaa;البقاع;سهل البقاع|وادي البقاع;lb;33.85;36.00;region
mount-lebanon;جبل لبنان;محافظة جبل لبنان;lb;33.85;35.70;province
akkar;عكار;محافظة عكار;lb;34.55;36.15;province
north-lebanon;الشمال اللبناني;محافظة الشمال|شمال لبنان;lb;34.40;35.90;province
shebaa-farms;مزارع شبعا;;lb;33.28;35.70;territory
kfar-shouba-hills;تلال كفرشوبا;تلال كفر شوبا;lb;33.30;35.67;territory
mount-hermon;جبل الشيخ;جبل حرمون;;33.42;35.86;mountain
litani-river;نهر الليطاني;الليطاني;lb;33.33;35.25;river
blue-line;الخط الأزرق;;;33.10;35.30;line
# Syria
golan-heights;الجولان;هضبة الجولان|الجولان السوري المحتل|الجولان المحتل|مرتفعات الجولان;sy;33.00;35.75;territory
rif-dimashq;ريف دمشق;محافظة ريف دمشق;sy;33.50;36.60;province
eastern-ghouta;الغوطة الشرقية;;sy;33.55;36.40;area
western-ghouta;الغوطة الغربية;;sy;33.45;36.20;area
qalamoun;القلمون;منطقة القلمون;sy;33.90;36.60;area
hauran;حوران;سهل حوران;sy;32.70;36.20;region
syrian-jazira;الجزيرة السورية;منطقة الجزيرة;sy;36.50;40.50;region
northeast-syria;شمال شرق سوريا;شمال شرقي سوريا|الشمال الشرقي السوري;sy;36.50;40.00;region
northwest-syria;شمال غرب سوريا;شمال غربي سوريا|الشمال السوري;sy;36.00;36.80;region
syrian-coast;الساحل السوري;;sy;35.30;35.95;region
syrian-desert;البادية السورية;بادية الشام;sy;34.50;38.50;desert
yarmouk-camp;مخيم اليرموك;;sy;33.47;36.30;area
tanf;التنف;قاعدة التنف;sy;33.50;38.67;landmark
hmeimim;قاعدة حميميم;حميميم;sy;35.41;35.95;landmark
jabal-al-arab;جبل العرب;جبل الدروز;sy;32.65;36.70;mountain
orontes-river;نهر العاصي;العاصي;;35.00;36.40;river
yarmouk-river;نهر اليرموك;;;32.65;35.70;river
# Iraq
iraqi-kurdistan;إقليم كردستان;كردستان العراق|إقليم كردستان العراق|اقليم كردستان|إقليم كوردستان;iq;36.20;44.00;region
nineveh;نينوى;محافظة نينوى;iq;36.20;42.80;province
nineveh-plains;سهل نينوى;;iq;36.40;43.40;area
anbar;الأنبار;محافظة الأنبار|الانبار;iq;33.00;42.00;province
saladin;صلاح الدين;محافظة صلاح الدين;iq;34.50;43.50;province
diyala;ديالى;محافظة ديالى;iq;34.00;45.00;province
babil;بابل;محافظة بابل;iq;32.50;44.50;province
wasit;واسط;محافظة واسط;iq;32.60;45.70;province
qadisiyah;القادسية;محافظة القادسية|محافظة الديوانية;iq;31.80;45.00;province
muthanna;المثنى;محافظة المثنى;iq;30.50;45.50;province
dhi-qar;ذي قار;محافظة ذي قار;iq;31.10;46.20;province
maysan;ميسان;محافظة ميسان;iq;31.90;47.10;province
green-zone;المنطقة الخضراء;;iq;33.30;44.39;area
mosul-dam;سد الموصل;;iq;36.63;42.82;landmark
euphrates;نهر الفرات;الفرات;;35.00;40.00;river
tigris;نهر دجلة;دجلة;;34.00;44.00;river
# Jordan
balqa;البلقاء;محافظة البلقاء;jo;32.05;35.75;province
wadi-araba;وادي عربة;;;30.50;35.20;valley
wadi-rum;وادي رم;;jo;29.58;35.42;area
# Gulf and Arabian Peninsula
persian-gulf;الخليج العربي;الخليج الفارسي|مياه الخليج;;27.00;51.00;gulf
gulf-region;منطقة الخليج;دول الخليج|دول الخليج العربي|الخليج;;25.00;51.00;region
strait-of-hormuz;مضيق هرمز;;;26.57;56.25;strait
eastern-province;المنطقة الشرقية;;sa;23.00;50.00;province
al-ahsa;الأحساء;الاحساء|محافظة الأحساء;sa;25.40;49.60;area
qassim;القصيم;منطقة القصيم;sa;26.00;43.50;province
al-jawf-sa;منطقة الجوف;;sa;29.90;40.20;province
najd;نجد;;sa;24.50;45.00;region
hejaz;الحجاز;;sa;23.00;39.00;region
asir;عسير;منطقة عسير;sa;19.00;42.50;province
empty-quarter;الربع الخالي;صحراء الربع الخالي;;20.00;50.00;desert
tiran-sanafir;جزيرتا تيران وصنافير;تيران وصنافير|جزيرة تيران;sa;27.95;34.55;island
al-udeid;قاعدة العديد;قاعدة العديد الجوية;qa;25.12;51.32;landmark
abu-musa;أبو موسى;جزيرة أبو موسى;;25.87;55.03;island
greater-tunb;طنب الكبرى;جزيرة طنب الكبرى;;26.27;55.30;island
lesser-tunb;طنب الصغرى;جزيرة طنب الصغرى;;26.24;55.15;island
arabian-peninsula;شبه الجزيرة العربية;الجزيرة العربية;;23.00;46.00;peninsula
# Yemen
hadramawt;حضرموت;محافظة حضرموت|وادي حضرموت;ye;16.00;49.00;province
mahrah;المهرة;محافظة المهرة;ye;17.00;51.50;province
shabwah;شبوة;محافظة شبوة;ye;14.80;47.00;province
abyan;أبين;محافظة أبين|ابين;ye;13.60;46.00;province
lahij;لحج;محافظة لحج;ye;13.10;44.90;province
al-jawf-ye;محافظة الجوف;;ye;16.60;45.50;province
socotra;سقطرى;جزيرة سقطرى|أرخبيل سقطرى;ye;12.50;53.90;island
tihama;تهامة;;ye;15.00;43.00;region
bab-el-mandeb;باب المندب;مضيق باب المندب;;12.58;43.33;strait
# Egypt and Sudan
sinai;سيناء;شبه جزيرة سيناء;eg;29.50;33.80;peninsula
north-sinai;شمال سيناء;محافظة شمال سيناء;eg;30.60;33.60;province
south-sinai;جنوب سيناء;محافظة جنوب سيناء;eg;28.60;33.90;province
upper-egypt;الصعيد;صعيد مصر;eg;26.00;32.00;region
nile-delta;دلتا النيل;الدلتا;eg;30.90;31.00;region
sharqia;محافظة الشرقية;;eg;30.70;31.60;province
suez-canal;قناة السويس;;eg;30.50;32.35;canal
aswan-high-dam;السد العالي;;eg;23.97;32.88;landmark
halaib-triangle;مثلث حلايب;حلايب وشلاتين|حلايب;;22.20;35.60;territory
nile;نهر النيل;النيل;;25.70;32.63;river
blue-nile;النيل الأزرق;;;13.55;33.62;river
white-nile;النيل الأبيض;;;13.50;32.50;river
gerd;سد النهضة;سد النهضة الإثيوبي|سد النهضة الإثيوبي الكبير;et;11.22;35.09;landmark
darfur;دارفور;إقليم دارفور;sd;13.50;24.00;region
north-darfur;شمال دارفور;ولاية شمال دارفور;sd;16.00;25.00;province
south-darfur;جنوب دارفور;ولاية جنوب دارفور;sd;11.50;24.90;province
west-darfur;غرب دارفور;ولاية غرب دارفور;sd;13.00;22.70;province
central-darfur;وسط دارفور;ولاية وسط دارفور;sd;12.60;23.80;province
east-darfur;شرق دارفور;ولاية شرق دارفور;sd;11.40;26.30;province
kordofan;كردفان;إقليم كردفان;sd;12.50;29.50;region
north-kordofan;شمال كردفان;ولاية شمال كردفان;sd;14.00;29.80;province
south-kordofan;جنوب كردفان;ولاية جنوب كردفان|جبال النوبة;sd;11.00;30.00;province
west-kordofan;غرب كردفان;ولاية غرب كردفان;sd;11.50;28.00;province
blue-nile-state;ولاية النيل الأزرق;إقليم النيل الأزرق;sd;11.30;34.20;province
white-nile-state;ولاية النيل الأبيض;;sd;13.00;32.50;province
gezira-state;ولاية الجزيرة;;sd;14.40;33.20;province
khartoum-state;ولاية الخرطوم;;sd;15.50;32.60;province
# Maghreb and Libya
cyrenaica;برقة;إقليم برقة|شرق ليبيا;ly;31.00;22.00;region
tripolitania;إقليم طرابلس;غرب ليبيا;ly;31.50;13.50;region
fezzan;فزان;إقليم فزان|جنوب ليبيا;ly;26.00;14.00;region
oil-crescent;الهلال النفطي;منطقة الهلال النفطي;ly;30.50;19.00;area
rif;منطقة الريف;الريف المغربي;ma;35.00;-4.00;region
kabylie;منطقة القبائل;القبائل الكبرى;dz;36.60;4.30;region
# Iran and Turkey
khuzestan;خوزستان;إقليم الأحواز|عربستان;ir;31.50;49.00;province
sistan-baluchestan;سيستان وبلوشستان;سيستان بلوشستان;ir;27.50;60.50;province
iranian-kurdistan;كردستان إيران;كردستان الإيرانية;ir;35.50;47.00;region
anatolia;الأناضول;الاناضول;tr;39.00;33.00;region
hatay-province;لواء إسكندرون;لواء اسكندرون;tr;36.50;36.20;region
incirlik;قاعدة إنجرليك;إنجرليك|انجرليك;tr;37.00;35.43;landmark
kurdistan;كردستان;;;37.00;43.00;region
# Water bodies
red-sea;البحر الأحمر;;;20.00;38.50;sea
mediterranean;البحر الأبيض المتوسط;البحر المتوسط|الأبيض المتوسط;;35.00;18.00;sea
arabian-sea;بحر العرب;;;15.00;65.00;sea
gulf-of-aden;خليج عدن;;;12.50;48.00;gulf
gulf-of-oman;خليج عمان;;;24.50;58.50;gulf
gulf-of-aqaba;خليج العقبة;;;28.75;34.75;gulf
gulf-of-suez;خليج السويس;;;28.75;33.00;gulf
black-sea;البحر الأسود;البحر الاسود;;43.00;35.00;sea
caspian-sea;بحر قزوين;;;41.50;50.50;sea
aegean-sea;بحر إيجه;بحر ايجة;;38.50;25.00;sea
baltic-sea;بحر البلطيق;;;58.00;20.00;sea
north-sea;بحر الشمال;;;56.00;3.00;sea
south-china-sea;بحر الصين الجنوبي;;;12.00;114.00;sea
taiwan-strait;مضيق تايوان;;;24.00;119.50;strait
bosphorus;مضيق البوسفور;البوسفور;tr;41.12;29.07;strait
strait-of-gibraltar;مضيق جبل طارق;;;35.97;-5.50;strait
indian-ocean;المحيط الهندي;;;-20.00;80.00;ocean
atlantic-ocean;المحيط الأطلسي;المحيط الأطلنطي;;0.00;-30.00;ocean
pacific-ocean;المحيط الهادئ;المحيط الهادي;;0.00;-160.00;ocean
# Continents and world regions
africa;أفريقيا;إفريقيا|افريقيا|القارة الأفريقية|القارة الإفريقية|القارة السمراء;;2.00;20.00;continent
europe;أوروبا;اوروبا|أوربا|القارة الأوروبية|القارة العجوز;;54.00;15.00;continent
asia;آسيا;اسيا|القارة الآسيوية;;34.00;100.00;continent
north-america;أمريكا الشمالية;أميركا الشمالية;;45.00;-100.00;continent
south-america;أمريكا الجنوبية;أميركا الجنوبية;;-15.00;-60.00;continent
latin-america;أمريكا اللاتينية;أميركا اللاتينية;;-10.00;-70.00;region
central-america;أمريكا الوسطى;أميركا الوسطى;;13.00;-86.00;region
oceania;أوقيانوسيا;;;-25.00;140.00;continent
antarctica;القارة القطبية الجنوبية;أنتاركتيكا;;-82.00;0.00;continent
arctic;القطب الشمالي;المنطقة القطبية الشمالية;;85.00;0.00;region
middle-east;الشرق الأوسط;منطقة الشرق الأوسط;;29.00;42.00;region
north-africa;شمال أفريقيا;شمال إفريقيا|شمال افريقيا;;27.00;12.00;region
maghreb;المغرب العربي;بلاد المغرب|المغرب الكبير|منطقة المغرب العربي;;31.00;3.00;region
levant;بلاد الشام;الشام|المشرق العربي|المشرق;;34.00;37.00;region
arab-world;الوطن العربي;العالم العربي|المنطقة العربية;;25.00;30.00;region
sahel;منطقة الساحل;الساحل الأفريقي|الساحل الإفريقي|الساحل والصحراء;;15.00;5.00;region
sahara;الصحراء الكبرى;;;23.00;10.00;desert
horn-of-africa;القرن الأفريقي;القرن الإفريقي|منطقة القرن الأفريقي;;8.00;45.00;region
east-africa;شرق أفريقيا;شرق إفريقيا;;0.00;36.00;region
west-africa;غرب أفريقيا;غرب إفريقيا;;12.00;-5.00;region
balkans;البلقان;منطقة البلقان;;43.00;21.00;region
caucasus;القوقاز;منطقة القوقاز;;42.50;44.00;region
central-asia;آسيا الوسطى;;;42.00;65.00;region
south-asia;جنوب آسيا;;;22.00;78.00;region
southeast-asia;جنوب شرق آسيا;جنوب شرقي آسيا;;10.00;110.00;region
east-asia;شرق آسيا;;;35.00;120.00;region
eastern-europe;أوروبا الشرقية;شرق أوروبا;;50.00;25.00;region
western-europe;أوروبا الغربية;غرب أوروبا;;48.00;5.00;region
# Territories and regions elsewhere
crimea;شبه جزيرة القرم;القرم|جزيرة القرم;ua;45.00;34.00;peninsula
donbas;دونباس;حوض دونباس|منطقة دونباس;ua;48.00;38.50;region
kursk-oblast;منطقة كورسك;كورسك;ru;51.50;36.00;province
belgorod-oblast;منطقة بيلغورود;بيلغورود;ru;50.60;36.60;province
chechnya;الشيشان;جمهورية الشيشان;ru;43.40;45.70;province
dagestan;داغستان;جمهورية داغستان;ru;42.50;47.00;province
siberia;سيبيريا;;ru;60.00;105.00;region
transnistria;ترانسنيستريا;ترانسدنيستريا;md;47.20;29.40;territory
abkhazia;أبخازيا;ابخازيا;ge;43.00;41.00;territory
south-ossetia;أوسيتيا الجنوبية;اوسيتيا الجنوبية;ge;42.30;44.00;territory
nagorno-karabakh;ناغورنو كاراباخ;قره باغ|ناغورني قره باغ|كاراباخ|إقليم ناغورني قره باغ;az;39.80;46.75;region
northern-cyprus;شمال قبرص;جمهورية شمال قبرص التركية|قبرص التركية;cy;35.25;33.60;territory
kashmir;كشمير;إقليم كشمير|جامو وكشمير;;34.00;76.00;region
tibet;التبت;;cn;31.00;88.00;region
xinjiang;شينجيانغ;شينجيانغ الويغورية|تركستان الشرقية|إقليم شينجيانغ;cn;41.00;85.00;region
macau;ماكاو;;cn;22.20;113.55;territory
somaliland;أرض الصومال;صوماليلاند|جمهورية أرض الصومال;so;9.50;46.00;territory
puntland;بونتلاند;ولاية بونتلاند;so;9.00;49.00;province
tigray;إقليم تيغراي;تيغراي|تيجراي;et;14.00;39.00;province
amhara;إقليم أمهرة;أمهرة;et;11.50;38.00;province
england;إنجلترا;انجلترا|إنكلترا|انكلترا|إنجلترة;gb;52.50;-1.50;region
scotland;اسكتلندا;إسكتلندا|أسكتلندا|اسكوتلندا;gb;56.50;-4.20;region
wales;ويلز;;gb;52.30;-3.70;region
northern-ireland;أيرلندا الشمالية;ايرلندا الشمالية|إيرلندا الشمالية;gb;54.60;-6.70;region
gibraltar;جبل طارق;;gb;36.14;-5.35;territory
catalonia;كتالونيا;إقليم كتالونيا|كاتالونيا;es;41.80;1.50;region
basque-country;إقليم الباسك;بلاد الباسك;es;43.00;-2.60;region
bavaria;بافاريا;ولاية بافاريا;de;48.90;11.40;region
greenland;غرينلاند;جرينلاند|جزيرة غرينلاند;dk;72.00;-40.00;territory
california;كاليفورنيا;ولاية كاليفورنيا;us;36.80;-119.40;province
texas;تكساس;ولاية تكساس;us;31.00;-99.00;province
florida;فلوريدا;ولاية فلوريدا;us;27.80;-81.70;province
alaska;ألاسكا;الاسكا|ولاية ألاسكا;us;64.20;-149.50;province
hawaii;هاواي;جزر هاواي;us;20.80;-156.30;province
puerto-rico;بورتوريكو;بورتو ريكو;us;18.20;-66.50;territory
guantanamo;غوانتانامو;معتقل غوانتانامو|جوانتانامو;cu;19.90;-75.10;landmark
quebec;كيبيك;مقاطعة كيبيك;ca;52.00;-72.00;province
"""
