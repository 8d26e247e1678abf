"""Cities: capitals (kind set to 'capital' by build.py when a country names it) and main cities.
One line per city, fields separated by ';':

slug;name_ar;aliases_ar;country iso2;lat;lon;c|t (city|town);notes

Coordinates are city centres from general knowledge, rounded to 2 decimals (about 1 km).
"""

CAPITALS = """
kabul;كابل;كابول;af;34.53;69.17;c;
tirana;تيرانا;;al;41.33;19.82;c;
algiers;الجزائر العاصمة;;dz;36.75;3.06;c;الجزائر is also the country (place:dz)
andorra-la-vella;أندورا لا فيلا;اندورا لا فيلا;ad;42.51;1.52;c;
luanda;لواندا;لوندا;ao;-8.84;13.23;c;
st-johns;سانت جونز;;ag;17.12;-61.85;c;
buenos-aires;بوينس آيرس;بوينس ايرس|بوينوس آيرس|بوينوس ايرس;ar;-34.60;-58.38;c;
yerevan;يريفان;يرفان;am;40.18;44.51;c;
canberra;كانبرا;كانبيرا;au;-35.28;149.13;c;
vienna;فيينا;;at;48.21;16.37;c;
baku;باكو;;az;40.41;49.87;c;
nassau;ناساو;;bs;25.05;-77.35;c;
manama;المنامة;;bh;26.23;50.59;c;
dhaka;دكا;داكا;bd;23.81;90.41;c;
bridgetown;بريدج تاون;بريدجتاون;bb;13.10;-59.62;c;
minsk;مينسك;;by;53.90;27.57;c;
brussels;بروكسل;;be;50.85;4.35;c;also stands for the EU institutions in political news
belmopan;بلموبان;;bz;17.25;-88.77;c;
porto-novo;بورتو نوفو;بورتونوفو;bj;6.50;2.63;c;official capital; Cotonou is the seat of government
thimphu;تيمفو;تيمبو;bt;27.47;89.64;c;
sucre;سوكري;سوكرى;bo;-19.03;-65.26;c;constitutional capital; La Paz is the seat of government
sarajevo;سراييفو;سرايفو;ba;43.86;18.41;c;
gaborone;غابورون;جابورون;bw;-24.65;25.91;c;
brasilia;برازيليا;;br;-15.79;-47.88;c;
bandar-seri-begawan;بندر سري بكاوان;بندر سري بيغاوان;bn;4.90;114.94;c;
sofia;صوفيا;;bg;42.70;23.32;c;also a female given name
ouagadougou;واغادوغو;واجادوجو|واغادوجو;bf;12.37;-1.52;c;
gitega;غيتيغا;جيتيجا;bi;-3.43;29.92;c;capital since 2019; Bujumbura is the largest city
praia;برايا;;cv;14.93;-23.51;c;
phnom-penh;بنوم بنه;بنوم بن|فنوم بنه;kh;11.56;104.92;c;
yaounde;ياوندي;ياوندى;cm;3.85;11.50;c;
ottawa;أوتاوا;اوتاوا;ca;45.42;-75.70;c;
bangui;بانغي;بانجي;cf;4.39;18.56;c;
ndjamena;نجامينا;انجامينا|إنجامينا|نجامنا;td;12.13;15.06;c;
santiago;سانتياغو;سانتياجو|سانتياغو دي تشيلي;cl;-33.45;-70.67;c;
beijing;بكين;بيجين|بيجينغ|بيكين;cn;39.90;116.41;c;stands for the Chinese government in political news
bogota;بوغوتا;بوجوتا;co;4.71;-74.07;c;
moroni;موروني;;km;-11.70;43.26;c;
brazzaville;برازافيل;برازفيل;cg;-4.26;15.24;c;
kinshasa;كينشاسا;;cd;-4.44;15.27;c;
san-jose-cr;سان خوسيه;سان خوسي;cr;9.93;-84.08;c;also a city in California
yamoussoukro;ياموسوكرو;ياموسكرو;ci;6.83;-5.29;c;official capital; Abidjan is the economic capital
zagreb;زغرب;;hr;45.81;15.98;c;
havana;هافانا;;cu;23.11;-82.37;c;
nicosia;نيقوسيا;نيكوسيا;cy;35.19;33.38;c;
prague;براغ;براج;cz;50.08;14.44;c;
copenhagen;كوبنهاغن;كوبنهاجن|كوبنهاغ;dk;55.68;12.57;c;
djibouti-city;جيبوتي;مدينة جيبوتي;dj;11.59;43.15;c;same name as the country (place:dj)
roseau;روسو;;dm;15.30;-61.39;c;
santo-domingo;سانتو دومينغو;سانتو دومينجو;do;18.49;-69.93;c;
quito;كيتو;;ec;-0.18;-78.47;c;
cairo;القاهرة;;eg;30.04;31.24;c;stands for the Egyptian government in political news
san-salvador;سان سلفادور;سان سالفادور;sv;13.69;-89.22;c;
malabo;مالابو;;gq;3.75;8.78;c;
asmara;أسمرة;اسمرة|أسمرا|اسمرا;er;15.32;38.93;c;
tallinn;تالين;;ee;59.44;24.75;c;
mbabane;مبابان;مباباني;sz;-26.31;31.14;c;
addis-ababa;أديس أبابا;اديس ابابا|أديس ابابا;et;9.03;38.74;c;seat of the African Union
suva;سوفا;;fj;-18.14;178.44;c;
helsinki;هلسنكي;هلسنكى;fi;60.17;24.94;c;
paris;باريس;;fr;48.86;2.35;c;stands for the French government in political news
libreville;ليبرفيل;ليبرفيل;ga;0.42;9.47;c;
banjul;بانجول;;gm;13.45;-16.58;c;
tbilisi;تبليسي;تيبليسي;ge;41.72;44.79;c;
berlin;برلين;;de;52.52;13.40;c;stands for the German government in political news
accra;أكرا;اكرا;gh;5.60;-0.19;c;
athens;أثينا;اثينا;gr;37.98;23.73;c;
st-georges;سانت جورجز;سانت جورج;gd;12.06;-61.75;c;
guatemala-city;غواتيمالا سيتي;مدينة غواتيمالا|جواتيمالا سيتي;gt;14.63;-90.51;c;
conakry;كوناكري;كوناكرى;gn;9.64;-13.58;c;
bissau;بيساو;;gw;11.86;-15.60;c;
georgetown;جورج تاون;جورجتاون;gy;6.80;-58.16;c;
port-au-prince;بورت أو برنس;بورتوبرنس|بور أو برنس;ht;18.59;-72.31;c;
tegucigalpa;تيغوسيغالبا;تيجوسيجالبا;hn;14.07;-87.19;c;
budapest;بودابست;;hu;47.50;19.04;c;
reykjavik;ريكيافيك;ريكجافيك;is;64.15;-21.94;c;
new-delhi;نيودلهي;نيو دلهي|دلهي;in;28.61;77.21;c;
jakarta;جاكرتا;;id;-6.21;106.85;c;
tehran;طهران;;ir;35.69;51.39;c;stands for the Iranian government in political news
baghdad;بغداد;;iq;33.32;44.36;c;stands for the Iraqi government in political news
dublin;دبلن;;ie;53.35;-6.26;c;
rome;روما;;it;41.90;12.50;c;also the football club AS Roma
kingston;كينغستون;كينجستون;jm;17.97;-76.79;c;
tokyo;طوكيو;;jp;35.68;139.69;c;
amman;عمان;العاصمة عمان|العاصمة الأردنية;jo;31.95;35.93;c;ambiguous: عمان is also Oman (place:om); stands for the Jordanian government in political news
astana;أستانا;استانا|نور سلطان|نورسلطان;kz;51.17;71.45;c;named Nur-Sultan 2019-2022
nairobi;نيروبي;;ke;-1.29;36.82;c;
south-tarawa;تاراوا الجنوبية;تاراوا;ki;1.33;172.98;c;
pyongyang;بيونغ يانغ;بيونغيانغ|بيونج يانج;kp;39.04;125.76;c;
seoul;سول;سيول;kr;37.57;126.98;c;
kuwait-city;مدينة الكويت;الكويت العاصمة;kw;29.38;47.99;c;الكويت alone is usually the country (place:kw)
bishkek;بيشكيك;بشكيك;kg;42.87;74.59;c;
vientiane;فيينتيان;فيينتيان|فينتيان;la;17.98;102.63;c;
riga;ريغا;ريجا;lv;56.95;24.11;c;
beirut;بيروت;;lb;33.89;35.50;c;stands for the Lebanese government in political news
maseru;ماسيرو;;ls;-29.31;27.48;c;
monrovia;مونروفيا;;lr;6.30;-10.80;c;
tripoli-ly;طرابلس;طرابلس الغرب|طرابلس الليبية;ly;32.89;13.19;c;ambiguous: also Tripoli in Lebanon (place:tripoli-lb)
vaduz;فادوز;;li;47.14;9.52;c;
vilnius;فيلنيوس;فيلنوس;lt;54.69;25.28;c;
luxembourg-city;لوكسمبورغ;مدينة لوكسمبورغ;lu;49.61;6.13;c;same name as the country (place:lu)
antananarivo;أنتاناناريفو;انتاناناريفو;mg;-18.88;47.51;c;
lilongwe;ليلونغوي;ليلونجوي;mw;-13.96;33.79;c;
kuala-lumpur;كوالالمبور;كوالا لمبور|كوالا لامبور;my;3.14;101.69;c;
male;ماليه;;mv;4.18;73.51;c;
bamako;باماكو;;ml;12.64;-8.00;c;
valletta;فاليتا;;mt;35.90;14.51;c;
majuro;ماجورو;;mh;7.09;171.38;c;
nouakchott;نواكشوط;انواكشوط;mr;18.07;-15.96;c;
port-louis;بورت لويس;;mu;-20.16;57.50;c;
mexico-city;مكسيكو سيتي;مدينة مكسيكو|مكسيكو;mx;19.43;-99.13;c;
palikir;باليكير;;fm;6.92;158.16;c;
chisinau;كيشيناو;كيشيناو|كيشينيف;md;47.01;28.86;c;
monaco-city;موناكو;;mc;43.74;7.42;c;same name as the country (place:mc); also AS Monaco
ulaanbaatar;أولان باتور;أولانباتار|اولان باتور|أولان باتار;mn;47.89;106.91;c;
podgorica;بودغوريتسا;بودغوريكا|بودجوريتسا;me;42.44;19.26;c;
rabat;الرباط;;ma;34.02;-6.84;c;stands for the Moroccan government in political news
maputo;مابوتو;;mz;-25.97;32.57;c;
naypyidaw;نايبيداو;نايبيتاو|ناي بي تاو;mm;19.76;96.08;c;
windhoek;ويندهوك;;na;-22.56;17.08;c;
yaren;يارين;;nr;-0.55;166.92;c;de facto capital
kathmandu;كاتماندو;;np;27.72;85.32;c;
amsterdam;أمستردام;امستردام;nl;52.37;4.90;c;constitutional capital; The Hague is the seat of government
wellington;ويلينغتون;ولينغتون|ويلنجتون;nz;-41.29;174.78;c;
managua;ماناغوا;ماناجوا;ni;12.11;-86.24;c;
niamey;نيامي;;ne;13.51;2.13;c;
abuja;أبوجا;ابوجا;ng;9.08;7.40;c;
skopje;سكوبيه;سكوبي;mk;42.00;21.43;c;
oslo;أوسلو;اوسلو;no;59.91;10.75;c;
muscat;مسقط;;om;23.59;58.41;c;
islamabad;إسلام آباد;اسلام اباد|إسلام أباد|إسلاماباد;pk;33.68;73.05;c;
ngerulmud;نغيرولمود;;pw;7.50;134.62;c;
panama-city;مدينة بنما;بنما سيتي;pa;8.98;-79.52;c;
port-moresby;بورت مورسبي;;pg;-9.44;147.18;c;
asuncion;أسونسيون;اسونسيون;py;-25.26;-57.58;c;
lima;ليما;;pe;-12.05;-77.04;c;
manila;مانيلا;;ph;14.60;120.98;c;
warsaw;وارسو;فارسوفيا;pl;52.23;21.01;c;
lisbon;لشبونة;لشبونه;pt;38.72;-9.14;c;
doha;الدوحة;;qa;25.29;51.53;c;stands for the Qatari government in political news
bucharest;بوخارست;;ro;44.43;26.10;c;
moscow;موسكو;;ru;55.76;37.62;c;stands for the Russian government in political news
kigali;كيغالي;كيجالي;rw;-1.94;30.06;c;
basseterre;باستير;باسيتير;kn;17.30;-62.72;c;
castries;كاستريس;;lc;14.01;-60.99;c;
kingstown;كينغستاون;كينجستاون;vc;13.16;-61.22;c;
apia;آبيا;ابيا;ws;-13.83;-171.76;c;
san-marino-city;سان مارينو;مدينة سان مارينو;sm;43.94;12.45;c;same name as the country (place:sm)
sao-tome;ساو تومي;;st;0.34;6.73;c;
riyadh;الرياض;;sa;24.71;46.68;c;stands for the Saudi government in political news
dakar;داكار;دكار;sn;14.72;-17.47;c;
belgrade;بلغراد;;rs;44.79;20.45;c;
victoria-sc;فيكتوريا;;sc;-4.62;55.45;c;ambiguous: also a given name and an Australian state
freetown;فريتاون;;sl;8.48;-13.23;c;
singapore-city;سنغافورة;;sg;1.29;103.85;c;city-state; same name as the country (place:sg)
bratislava;براتيسلافا;براتسلافا;sk;48.15;17.11;c;
ljubljana;ليوبليانا;لوبليانا;si;46.06;14.51;c;
honiara;هونيارا;;sb;-9.43;159.96;c;
mogadishu;مقديشو;مقديشيو;so;2.05;45.32;c;
pretoria;بريتوريا;;za;-25.75;28.19;c;executive capital; Cape Town is legislative, Bloemfontein judicial
juba;جوبا;;ss;4.85;31.58;c;
madrid;مدريد;;es;40.42;-3.70;c;also the football clubs Real and Atletico Madrid
sri-jayawardenepura-kotte;سري جاياواردنابورا كوتي;كوتي;lk;6.89;79.90;c;official capital; Colombo is the commercial capital
khartoum;الخرطوم;;sd;15.50;32.56;c;government moved to Port Sudan during the 2023- war
paramaribo;باراماريبو;;sr;5.85;-55.20;c;
stockholm;ستوكهولم;;se;59.33;18.07;c;
bern;برن;بيرن;ch;46.95;7.45;c;
damascus;دمشق;;sy;33.51;36.29;c;stands for the Syrian government
dushanbe;دوشنبه;دوشانبي;tj;38.56;68.79;c;
dodoma;دودوما;;tz;-6.16;35.75;c;official capital; Dar es Salaam is the largest city
bangkok;بانكوك;;th;13.76;100.50;c;
dili;ديلي;;tl;-8.56;125.57;c;
lome;لومي;لومى;tg;6.13;1.22;c;
nukualofa;نوكوالوفا;;to;-21.14;-175.20;c;
port-of-spain;بورت أوف سبين;بورت اوف سبين;tt;10.66;-61.51;c;
tunis;تونس العاصمة;;tn;36.81;10.18;c;تونس is usually the country (place:tn)
ankara;أنقرة;انقرة;tr;39.93;32.86;c;stands for the Turkish government in political news
ashgabat;عشق آباد;عشق أباد|عشقاباد|عشق اباد;tm;37.96;58.33;c;
funafuti;فونافوتي;;tv;-8.52;179.20;c;
kampala;كمبالا;كامبالا;ug;0.35;32.58;c;
kyiv;كييف;;ua;50.45;30.52;c;stands for the Ukrainian government in political news
abu-dhabi;أبوظبي;أبو ظبي|ابوظبي|ابو ظبي;ae;24.45;54.38;c;
london;لندن;;gb;51.51;-0.13;c;stands for the British government in political news
washington;واشنطن;واشنطن العاصمة|واشنطن دي سي;us;38.91;-77.04;c;stands for the US government in political news; also the US state
montevideo;مونتيفيديو;مونتفيديو;uy;-34.90;-56.16;c;
tashkent;طشقند;;uz;41.30;69.24;c;
port-vila;بورت فيلا;;vu;-17.73;168.32;c;
caracas;كاراكاس;كراكاس;ve;10.48;-66.90;c;
hanoi;هانوي;;vn;21.03;105.85;c;
sanaa;صنعاء;;ye;15.37;44.19;c;constitutional capital, held by the Houthis since 2014; Aden is the government's temporary capital
lusaka;لوساكا;;zm;-15.39;28.32;c;
harare;هراري;;zw;-17.83;31.05;c;
vatican-city;مدينة الفاتيكان;;va;41.90;12.45;c;city-state; the country is place:va
pristina;بريشتينا;بريشتنا;xk;42.66;21.17;c;
taipei;تايبيه;تايبي;tw;25.03;121.57;c;
laayoune;العيون;;eh;27.15;-13.20;c;administered by Morocco; العيون is also a common noun (eyes, springs)
jerusalem;القدس;القدس الشريف|القدس المحتلة|بيت المقدس|القدس الغربية|أورشليم;;31.78;35.22;c;status disputed: claimed as capital by Israel and by Palestine (East Jerusalem); capital_id of neither is set
"""

CITIES = """
# Syria: governorate capitals and towns in the news
aleppo;حلب;;sy;36.20;37.16;c;
homs;حمص;;sy;34.73;36.71;c;
hama;حماة;حماه;sy;35.13;36.75;c;
latakia;اللاذقية;;sy;35.52;35.78;c;
tartus;طرطوس;;sy;34.89;35.89;c;
idlib;إدلب;ادلب;sy;35.93;36.63;c;
raqqa;الرقة;;sy;35.95;39.01;c;
deir-ez-zor;دير الزور;دير الزور;sy;35.34;40.14;c;
hasakah;الحسكة;;sy;36.50;40.75;c;
qamishli;القامشلي;قامشلو;sy;37.05;41.22;c;
daraa;درعا;;sy;32.62;36.10;c;
suwayda;السويداء;;sy;32.71;36.57;c;
quneitra;القنيطرة;;sy;33.13;35.82;t;ambiguous: also Kenitra in Morocco (place:kenitra)
manbij;منبج;;sy;36.53;37.95;c;
kobani;عين العرب;كوباني;sy;36.89;38.35;t;
afrin;عفرين;;sy;36.51;36.87;t;
azaz;أعزاز;اعزاز|إعزاز;sy;36.59;37.05;t;
jarablus;جرابلس;;sy;36.82;38.01;t;
al-bab;الباب;مدينة الباب;sy;36.37;37.52;t;ambiguous: الباب is a common noun (the door)
palmyra;تدمر;;sy;34.56;38.28;t;
douma;دوما;;sy;33.57;36.40;t;الدوما is also the Russian parliament
jableh;جبلة;;sy;35.36;35.93;t;
baniyas;بانياس;;sy;35.18;35.95;t;
maarat-al-numan;معرة النعمان;;sy;35.65;36.67;t;
saraqib;سراقب;;sy;35.86;36.80;t;
jisr-al-shughur;جسر الشغور;;sy;35.81;36.32;t;
khan-shaykhun;خان شيخون;;sy;35.44;36.65;t;
abu-kamal;البوكمال;أبو كمال|ابو كمال;sy;34.45;40.92;t;
mayadin;الميادين;;sy;35.02;40.45;t;also the Lebanese TV channel (actor:al-mayadeen)
tal-abyad;تل أبيض;تل ابيض;sy;36.70;38.95;t;
ras-al-ayn;رأس العين;راس العين|سري كانيه;sy;36.85;40.07;t;
harasta;حرستا;;sy;33.56;36.37;t;
darayya;داريا;;sy;33.46;36.24;t;
zabadani;الزبداني;;sy;33.72;36.10;t;
qusayr;القصير;;sy;34.51;36.58;t;
salamiyah;السلمية;سلمية;sy;35.01;37.05;t;
busra-al-sham;بصرى الشام;بصرى;sy;32.52;36.48;t;
nawa;نوى;;sy;32.89;36.04;t;
tal-rifaat;تل رفعت;;sy;36.47;37.10;t;
tabqa;الطبقة;;sy;35.84;38.55;t;
qardaha;القرداحة;;sy;35.46;36.06;t;
jaramana;جرمانا;;sy;33.49;36.35;t;
sayyida-zaynab;السيدة زينب;;sy;33.44;36.34;t;
# Iraq: governorate capitals and towns in the news
basra;البصرة;;iq;30.51;47.78;c;
mosul;الموصل;;iq;36.34;43.13;c;
erbil;أربيل;اربيل|إربيل|هولير;iq;36.19;44.01;c;capital of the Kurdistan Region
sulaymaniyah;السليمانية;;iq;35.56;45.44;c;
duhok;دهوك;دهوك;iq;36.87;42.99;c;
kirkuk;كركوك;;iq;35.47;44.39;c;
tikrit;تكريت;;iq;34.60;43.68;c;
ramadi;الرمادي;;iq;33.43;43.30;c;
fallujah;الفلوجة;;iq;33.35;43.78;c;
baqubah;بعقوبة;;iq;33.75;44.64;c;
hillah;الحلة;;iq;32.48;44.43;c;
karbala;كربلاء;كربلاء المقدسة;iq;32.62;44.02;c;
najaf;النجف;النجف الأشرف;iq;32.03;44.34;c;
kut;الكوت;;iq;32.51;45.82;c;
diwaniyah;الديوانية;;iq;31.99;44.92;c;
samawah;السماوة;;iq;31.31;45.28;c;
nasiriyah;الناصرية;;iq;31.04;46.26;c;
amarah;العمارة;;iq;31.84;47.14;c;
halabja;حلبجة;;iq;35.18;45.99;t;
samarra;سامراء;;iq;34.20;43.87;c;
tal-afar;تلعفر;تل عفر;iq;36.37;42.45;t;
sinjar;سنجار;شنكال;iq;36.32;41.88;t;
haditha;حديثة;;iq;34.14;42.38;t;
al-qaim;القائم;;iq;34.37;41.09;t;
baiji;بيجي;;iq;34.93;43.49;t;
zakho;زاخو;;iq;37.14;42.68;t;
umm-qasr;أم قصر;ام قصر;iq;30.04;47.96;t;
kadhimiya;الكاظمية;;iq;33.38;44.34;t;district of Baghdad
abu-ghraib;أبو غريب;ابو غريب;iq;33.29;44.07;t;
khanaqin;خانقين;;iq;34.35;45.39;t;
zubayr;الزبير;;iq;30.39;47.70;t;
fao;الفاو;;iq;29.98;48.47;t;
hit;هيت;;iq;33.64;42.83;t;
# Jordan: governorate capitals and towns
irbid;إربد;اربد;jo;32.56;35.85;c;
zarqa;الزرقاء;;jo;32.07;36.09;c;
mafraq;المفرق;;jo;32.34;36.21;c;
ajloun;عجلون;;jo;32.33;35.75;t;
jerash;جرش;;jo;32.28;35.90;t;
salt;السلط;;jo;32.04;35.73;c;capital of Balqa governorate
madaba;مادبا;مأدبا;jo;31.72;35.79;t;
karak;الكرك;;jo;31.18;35.70;t;
tafilah;الطفيلة;;jo;30.84;35.60;t;
maan;معان;;jo;30.19;35.73;t;
aqaba;العقبة;;jo;29.53;35.01;c;
ramtha;الرمثا;;jo;32.56;36.01;t;
russeifa;الرصيفة;;jo;32.02;36.05;c;
wadi-musa;وادي موسى;;jo;30.32;35.48;t;
petra;البتراء;البترا;jo;30.33;35.44;t;archaeological site
zaatari-camp;مخيم الزعتري;الزعتري;jo;32.30;36.32;t;refugee camp
sahab;سحاب;;jo;31.87;36.00;t;
deir-alla;دير علا;;jo;32.20;35.62;t;
ruwaished;الرويشد;;jo;32.50;38.20;t;
# Lebanon
tripoli-lb;طرابلس;طرابلس الشام|طرابلس اللبنانية;lb;34.44;35.83;c;ambiguous: also Tripoli in Libya (place:tripoli-ly)
sidon;صيدا;;lb;33.56;35.37;c;
tyre;صور;مدينة صور;lb;33.27;35.20;c;ambiguous: صور is a common noun (pictures); also Sur in Oman (place:sur-om)
zahle;زحلة;;lb;33.85;35.90;c;
baalbek;بعلبك;;lb;34.01;36.21;c;
nabatieh;النبطية;;lb;33.38;35.48;c;
baabda;بعبدا;;lb;33.83;35.54;t;seat of the presidential palace; stands for the Lebanese presidency
halba;حلبا;;lb;34.54;36.08;t;
jbeil;جبيل;بيبلوس;lb;34.12;35.65;t;
jounieh;جونيه;جونية;lb;33.98;35.62;t;
hermel;الهرمل;;lb;34.39;36.39;t;
bint-jbeil;بنت جبيل;;lb;33.12;35.43;t;
marjayoun;مرجعيون;;lb;33.36;35.59;t;
khiam;الخيام;;lb;33.33;35.61;t;
naqoura;الناقورة;;lb;33.12;35.14;t;UNIFIL headquarters
aley;عاليه;;lb;33.81;35.60;t;
arsal;عرسال;;lb;34.18;36.42;t;
kfar-kila;كفركلا;كفر كلا;lb;33.29;35.56;t;
aita-al-shaab;عيتا الشعب;;lb;33.10;35.33;t;
ain-al-hilweh;مخيم عين الحلوة;عين الحلوة;lb;33.55;35.38;t;refugee camp
nahr-al-bared;مخيم نهر البارد;نهر البارد;lb;34.50;35.95;t;refugee camp
# Palestine: Gaza Strip (the Strip itself is place:gaza-strip in regions.tsv)
gaza;غزة;مدينة غزة;ps;31.50;34.47;c;the city; غزة alone often means the Gaza Strip (place:gaza-strip)
khan-yunis;خان يونس;خانيونس|خان يونس;ps;31.35;34.31;c;
rafah;رفح;;ps;31.29;34.25;c;ambiguous: Egyptian Rafah across the border (place:rafah-eg)
deir-al-balah;دير البلح;;ps;31.42;34.35;c;
jabalia;جباليا;مخيم جباليا;ps;31.53;34.48;c;
beit-lahia;بيت لاهيا;;ps;31.55;34.50;t;
beit-hanoun;بيت حانون;;ps;31.54;34.54;t;
nuseirat;النصيرات;مخيم النصيرات;ps;31.45;34.39;t;
bureij;البريج;مخيم البريج;ps;31.44;34.40;t;
maghazi;المغازي;مخيم المغازي;ps;31.42;34.38;t;
zawaida;الزوايدة;;ps;31.43;34.37;t;
bani-suheila;بني سهيلا;;ps;31.34;34.33;t;
abasan;عبسان;عبسان الكبيرة;ps;31.32;34.35;t;
khuzaa;خزاعة;;ps;31.31;34.36;t;
shati-camp;مخيم الشاطئ;الشاطئ;ps;31.53;34.45;t;
# Palestine: West Bank governorate centres, towns and camps
ramallah;رام الله;;ps;31.90;35.20;c;seat of the Palestinian Authority; stands for it in political news
al-bireh;البيرة;;ps;31.91;35.22;c;
nablus;نابلس;;ps;32.22;35.26;c;
hebron;الخليل;;ps;31.53;35.10;c;
bethlehem;بيت لحم;;ps;31.70;35.20;c;
jenin;جنين;;ps;32.46;35.30;c;
tulkarm;طولكرم;;ps;32.31;35.03;c;
qalqilya;قلقيلية;;ps;32.19;34.97;c;
salfit;سلفيت;;ps;32.08;35.18;t;
tubas;طوباس;;ps;32.32;35.37;t;
jericho;أريحا;اريحا;ps;31.86;35.46;c;
yatta;يطا;;ps;31.45;35.09;t;
dura;دورا;;ps;31.51;35.03;t;
halhul;حلحول;;ps;31.58;35.10;t;
beit-jala;بيت جالا;;ps;31.71;35.19;t;
beit-sahour;بيت ساحور;;ps;31.70;35.23;t;
huwara;حوارة;;ps;32.15;35.26;t;
qabatiya;قباطية;;ps;32.41;35.28;t;
tammun;طمون;;ps;32.28;35.39;t;
al-ram;الرام;;ps;31.85;35.23;t;
silwad;سلواد;;ps;31.98;35.26;t;
turmus-ayya;ترمسعيا;;ps;32.03;35.29;t;
beita;بيتا;;ps;32.14;35.29;t;
abu-dis;أبو ديس;ابو ديس;ps;31.76;35.26;t;
azariya;العيزرية;;ps;31.77;35.26;t;
balata-camp;مخيم بلاطة;بلاطة;ps;32.21;35.29;t;refugee camp
nur-shams-camp;مخيم نور شمس;نور شمس;ps;32.32;35.05;t;refugee camp
jenin-camp;مخيم جنين;;ps;32.46;35.29;t;refugee camp
tulkarm-camp;مخيم طولكرم;;ps;32.31;35.04;t;refugee camp
aqabat-jabr-camp;مخيم عقبة جبر;عقبة جبر;ps;31.84;35.44;t;refugee camp
shuafat-camp;مخيم شعفاط;شعفاط;ps;31.81;35.24;t;refugee camp
qalandia;قلنديا;مخيم قلنديا;ps;31.86;35.21;t;refugee camp and checkpoint
silwan;سلوان;;ps;31.77;35.24;t;neighbourhood of Jerusalem
sheikh-jarrah;الشيخ جراح;حي الشيخ جراح;ps;31.80;35.23;t;neighbourhood of Jerusalem
# Israel
tel-aviv;تل أبيب;تل ابيب|تل أبيب يافا;il;32.09;34.78;c;stands for the Israeli government in political news
haifa;حيفا;;il;32.79;34.99;c;
jaffa;يافا;;il;32.05;34.75;c;
eilat;إيلات;ايلات|أم الرشراش;il;29.56;34.95;c;
beersheba;بئر السبع;بئر سبع;il;31.25;34.79;c;
ashkelon;عسقلان;أشكلون;il;31.67;34.57;c;
ashdod;أسدود;اسدود|أشدود;il;31.80;34.65;c;
sderot;سديروت;;il;31.52;34.60;t;
nazareth;الناصرة;;il;32.70;35.30;c;
acre;عكا;;il;32.93;35.08;c;
netanya;نتانيا;;il;32.33;34.86;c;
tiberias;طبريا;;il;32.79;35.53;t;
safed;صفد;;il;32.97;35.50;t;
lod;اللد;;il;31.95;34.89;c;
ramla;الرملة;;il;31.93;34.87;c;
umm-al-fahm;أم الفحم;ام الفحم;il;32.52;35.15;t;
dimona;ديمونا;;il;31.07;35.03;t;
kiryat-shmona;كريات شمونة;كريات شمونا;il;33.21;35.57;t;
nahariya;نهاريا;;il;33.01;35.10;t;
herzliya;هرتسليا;هرتزليا;il;32.17;34.84;c;
rishon-lezion;ريشون لتسيون;ريشون ليتسيون;il;31.97;34.80;c;
petah-tikva;بتاح تكفا;بيتح تكفا;il;32.09;34.89;c;
metula;المطلة;ميتولا;il;33.28;35.58;t;
rahat;رهط;;il;31.39;34.75;t;
ariel;أرئيل;أريئيل|أرييل;ps;32.10;35.17;t;Israeli settlement in the occupied West Bank
maale-adumim;معاليه أدوميم;معاليه ادوميم;ps;31.78;35.30;t;Israeli settlement in the occupied West Bank
# Yemen: governorate capitals and towns
aden;عدن;;ye;12.79;45.02;c;temporary seat of the internationally recognised government
taiz;تعز;;ye;13.58;44.02;c;
hodeidah;الحديدة;;ye;14.80;42.95;c;
ibb;إب;اب;ye;13.97;44.18;c;
dhamar;ذمار;;ye;14.54;44.41;c;
marib;مأرب;مارب;ye;15.46;45.33;c;
al-bayda-ye;البيضاء;مدينة البيضاء;ye;13.99;45.57;t;ambiguous: also Bayda in Libya (place:al-bayda-ly)
hajjah;حجة;;ye;15.69;43.60;t;
saada;صعدة;;ye;16.94;43.76;c;
al-hazm;الحزم;;ye;16.16;44.78;t;capital of al-Jawf governorate
amran;عمران;;ye;15.66;43.94;t;
mahwit;المحويت;;ye;15.47;43.55;t;
al-jabin;الجبين;;ye;14.70;43.60;t;capital of Raymah governorate
al-hawtah;الحوطة;;ye;13.05;44.88;t;capital of Lahij governorate
zinjibar;زنجبار;;ye;13.13;45.38;t;capital of Abyan governorate
dhale;الضالع;;ye;13.70;44.73;t;
ataq;عتق;;ye;14.54;46.83;t;capital of Shabwah governorate
mukalla;المكلا;;ye;14.54;49.12;c;
ghaydah;الغيضة;;ye;16.21;52.18;t;capital of al-Mahrah governorate
hadibu;حديبو;;ye;12.65;54.02;t;capital of Socotra
seiyun;سيئون;سيئون;ye;15.94;48.79;t;
tarim;تريم;;ye;16.05;49.00;t;
mokha;المخا;;ye;13.32;43.25;t;
zabid;زبيد;;ye;14.20;43.32;t;
ras-isa;رأس عيسى;راس عيسى;ye;15.11;42.67;t;oil terminal
midi;ميدي;;ye;16.32;42.80;t;
rada;رداع;;ye;14.42;44.84;t;
# Libya
benghazi;بنغازي;;ly;32.12;20.09;c;
misrata;مصراتة;مصراته;ly;32.38;15.09;c;
sirte;سرت;;ly;31.21;16.59;c;
sabha;سبها;;ly;27.04;14.43;c;
tobruk;طبرق;;ly;32.08;23.98;c;seat of the House of Representatives
derna;درنة;درنه;ly;32.77;22.64;c;
al-bayda-ly;البيضاء;;ly;32.76;21.76;c;ambiguous: also Bayda in Yemen (place:al-bayda-ye)
zawiya;الزاوية;;ly;32.76;12.73;c;
zliten;زليتن;;ly;32.47;14.57;t;
khoms;الخمس;;ly;32.65;14.26;t;
gharyan;غريان;;ly;32.17;13.02;t;
ajdabiya;أجدابيا;اجدابيا;ly;30.76;20.23;t;
bani-walid;بني وليد;;ly;31.76;13.99;t;
tarhuna;ترهونة;;ly;32.44;13.63;t;
al-marj;المرج;;ly;32.49;20.83;t;
ghadames;غدامس;;ly;30.13;9.50;t;
kufra;الكفرة;;ly;24.20;23.29;t;
ubari;أوباري;اوباري;ly;26.59;12.78;t;
murzuq;مرزق;;ly;25.92;13.92;t;
ras-lanuf;راس لانوف;رأس لانوف;ly;30.50;18.55;t;oil terminal
brega;البريقة;مرسى البريقة;ly;30.41;19.58;t;oil terminal
sabratha;صبراتة;;ly;32.79;12.49;t;
zuwara;زوارة;;ly;32.93;12.08;t;
tajoura;تاجوراء;;ly;32.88;13.35;t;
zintan;الزنتان;;ly;31.93;12.25;t;
nalut;نالوت;;ly;31.87;10.98;t;
hun;هون;;ly;29.12;15.95;t;
# Egypt
alexandria;الإسكندرية;الاسكندرية;eg;31.20;29.92;c;
giza;الجيزة;;eg;30.01;31.21;c;
port-said;بورسعيد;بور سعيد;eg;31.26;32.30;c;
suez;السويس;;eg;29.97;32.55;c;
ismailia;الإسماعيلية;الاسماعيلية;eg;30.60;32.27;c;
luxor;الأقصر;الاقصر;eg;25.69;32.64;c;
aswan;أسوان;اسوان;eg;24.09;32.90;c;
asyut;أسيوط;اسيوط;eg;27.18;31.18;c;
sohag;سوهاج;;eg;26.56;31.69;c;
minya;المنيا;;eg;28.11;30.75;c;
faiyum;الفيوم;;eg;29.31;30.84;c;
beni-suef;بني سويف;;eg;29.07;31.10;c;
qena;قنا;;eg;26.16;32.73;c;
hurghada;الغردقة;;eg;27.26;33.81;c;
sharm-el-sheikh;شرم الشيخ;;eg;27.92;34.33;c;
mansoura;المنصورة;;eg;31.04;31.38;c;
tanta;طنطا;;eg;30.79;31.00;c;
zagazig;الزقازيق;;eg;30.59;31.50;c;
damanhur;دمنهور;;eg;31.04;30.47;c;
damietta;دمياط;;eg;31.42;31.81;c;
kafr-el-sheikh;كفر الشيخ;;eg;31.11;30.94;c;
shibin-el-kom;شبين الكوم;;eg;30.55;31.01;c;
banha;بنها;;eg;30.47;31.18;c;
arish;العريش;;eg;31.13;33.80;c;
rafah-eg;رفح المصرية;;eg;31.28;34.24;t;ambiguous: رفح usually means Rafah in Gaza (place:rafah)
sheikh-zuweid;الشيخ زويد;;eg;31.21;34.11;t;
marsa-matruh;مرسى مطروح;مطروح;eg;31.35;27.24;c;
el-tor;الطور;;eg;28.24;33.62;t;
kharga;الخارجة;;eg;25.44;30.55;t;
new-administrative-capital;العاصمة الإدارية الجديدة;العاصمة الإدارية|العاصمة الادارية الجديدة;eg;30.02;31.76;c;
el-alamein;العلمين;العلمين الجديدة;eg;30.83;28.95;t;
helwan;حلوان;;eg;29.85;31.33;c;
shubra-el-kheima;شبرا الخيمة;;eg;30.13;31.24;c;
mahalla;المحلة الكبرى;المحلة;eg;30.97;31.17;c;
ain-sokhna;العين السخنة;;eg;29.60;32.32;t;
safaga;سفاجا;;eg;26.75;33.94;t;
dahab;دهب;;eg;28.50;34.51;t;ambiguous: ذهب (gold) differs, but دهب is Egyptian spelling of gold too
taba;طابا;;eg;29.49;34.89;t;
nuweiba;نويبع;;eg;29.03;34.66;t;
6th-of-october;مدينة السادس من أكتوبر;السادس من أكتوبر|6 أكتوبر;eg;29.94;30.92;c;
# Saudi Arabia
jeddah;جدة;جده;sa;21.49;39.19;c;
mecca;مكة المكرمة;مكة|مكه;sa;21.42;39.83;c;
medina;المدينة المنورة;;sa;24.47;39.61;c;المدينة alone is a common noun (the city)
dammam;الدمام;;sa;26.42;50.09;c;
khobar;الخبر;;sa;26.22;50.20;c;ambiguous: الخبر is a common noun (the news)
dhahran;الظهران;;sa;26.29;50.11;c;
taif;الطائف;;sa;21.27;40.42;c;
tabuk;تبوك;;sa;28.38;36.57;c;
abha;أبها;ابها;sa;18.22;42.51;c;
jazan;جازان;جيزان;sa;16.89;42.55;c;
najran;نجران;;sa;17.49;44.13;c;
hail;حائل;;sa;27.52;41.69;c;
buraidah;بريدة;;sa;26.33;43.97;c;
hofuf;الهفوف;;sa;25.38;49.59;c;
qatif;القطيف;;sa;26.56;50.01;c;
jubail;الجبيل;;sa;27.01;49.66;c;
yanbu;ينبع;;sa;24.09;38.06;c;
khamis-mushait;خميس مشيط;;sa;18.31;42.73;c;
arar;عرعر;;sa;30.98;41.04;t;
sakaka;سكاكا;;sa;29.97;40.21;t;
al-baha;الباحة;;sa;20.01;41.47;t;
neom;نيوم;;sa;28.00;35.20;t;planned city; coordinates approximate
al-ula;العلا;;sa;26.61;37.92;t;
unaizah;عنيزة;;sa;26.08;43.99;t;
ras-tanura;رأس تنورة;راس تنورة;sa;26.64;50.16;t;
abqaiq;بقيق;أبقيق;sa;25.93;49.67;t;
# United Arab Emirates
dubai;دبي;;ae;25.20;55.27;c;
sharjah;الشارقة;;ae;25.35;55.42;c;
ajman;عجمان;;ae;25.41;55.51;c;
ras-al-khaimah;رأس الخيمة;راس الخيمة;ae;25.80;55.98;c;
fujairah;الفجيرة;;ae;25.13;56.33;c;
umm-al-quwain;أم القيوين;ام القيوين;ae;25.56;55.55;t;
al-ain;العين;مدينة العين;ae;24.21;55.74;c;ambiguous: العين is a common noun (the eye)
# Qatar, Kuwait, Bahrain, Oman
wakrah;الوكرة;;qa;25.17;51.60;t;
al-khor;الخور;;qa;25.68;51.50;t;
lusail;لوسيل;;qa;25.42;51.49;t;
ras-laffan;رأس لفان;راس لفان;qa;25.91;51.55;t;
al-rayyan;الريان;;qa;25.29;51.42;c;
jahra;الجهراء;;kw;29.34;47.66;t;
ahmadi;الأحمدي;الاحمدي;kw;29.08;48.08;t;
muharraq;المحرق;;bh;26.26;50.61;t;
riffa;الرفاع;;bh;26.13;50.56;t;
salalah;صلالة;;om;17.02;54.09;c;
sohar;صحار;;om;24.35;56.71;t;
nizwa;نزوى;;om;22.93;57.53;t;
sur-om;صور;صور العمانية;om;22.57;59.53;t;ambiguous: usually Tyre in Lebanon (place:tyre)
duqm;الدقم;;om;19.66;57.70;t;
khasab;خصب;;om;26.18;56.25;t;
# Sudan and South Sudan
omdurman;أم درمان;ام درمان;sd;15.64;32.48;c;
khartoum-north;الخرطوم بحري;;sd;15.64;32.53;c;
port-sudan;بورتسودان;بور سودان|بورت سودان;sd;19.62;37.22;c;seat of the army-backed government during the 2023- war
wad-madani;ود مدني;;sd;14.40;33.52;c;
el-fasher;الفاشر;;sd;13.63;25.35;c;
nyala;نيالا;;sd;12.05;24.88;c;
el-geneina;الجنينة;;sd;13.45;22.45;c;
el-obeid;الأبيض;الابيض;sd;13.18;30.22;c;ambiguous: الأبيض is a common adjective (white)
kassala;كسلا;;sd;15.45;36.40;c;
gedaref;القضارف;;sd;14.03;35.38;c;
kosti;كوستي;;sd;13.16;32.66;c;
atbara;عطبرة;;sd;17.70;33.98;c;
dongola;دنقلا;;sd;19.17;30.48;t;
kadugli;كادقلي;كادوقلي;sd;11.01;29.72;t;
ed-daein;الضعين;;sd;11.46;26.13;t;
zalingei;زالنجي;;sd;12.91;23.47;t;
sennar;سنار;;sd;13.55;33.60;t;
ed-damazin;الدمازين;;sd;11.79;34.36;t;
rabak;ربك;;sd;13.18;32.74;t;
al-fulah;الفولة;;sd;11.73;28.34;t;
shendi;شندي;;sd;16.69;33.43;t;
babanusa;بابنوسة;;sd;11.33;27.82;t;
dilling;الدلنج;;sd;12.05;29.65;t;
en-nahud;النهود;;sd;12.70;28.43;t;
malakal;ملكال;;ss;9.53;31.66;t;
wau;واو;;ss;7.70;27.99;t;
bentiu;بانتيو;بنتيو;ss;9.23;29.79;t;
# Tunisia
sfax;صفاقس;;tn;34.74;10.76;c;
sousse;سوسة;;tn;35.83;10.64;c;
kairouan;القيروان;;tn;35.68;10.10;c;
bizerte;بنزرت;;tn;37.27;9.87;c;
gabes;قابس;;tn;33.88;10.10;c;
gafsa;قفصة;;tn;34.43;8.78;c;
monastir;المنستير;;tn;35.78;10.83;c;
nabeul;نابل;;tn;36.46;10.74;c;
medenine;مدنين;;tn;33.35;10.51;t;
tataouine;تطاوين;;tn;32.93;10.45;t;
kasserine;القصرين;;tn;35.17;8.84;t;
sidi-bouzid;سيدي بوزيد;;tn;35.04;9.48;t;
ben-guerdane;بن قردان;;tn;33.14;11.22;t;
djerba;جربة;;tn;33.81;10.86;t;island
tozeur;توزر;;tn;33.92;8.13;t;
mahdia;المهدية;;tn;35.50;11.06;t;
beja;باجة;;tn;36.73;9.18;t;
jendouba;جندوبة;;tn;36.50;8.78;t;
kef;الكاف;;tn;36.17;8.71;t;
siliana;سليانة;;tn;36.08;9.37;t;
zaghouan;زغوان;;tn;36.40;10.14;t;
kebili;قبلي;;tn;33.70;8.97;t;ambiguous: قبلي is also a common word (tribal, before me)
ariana;أريانة;اريانة;tn;36.86;10.19;c;
ben-arous;بن عروس;;tn;36.75;10.23;c;
manouba;منوبة;;tn;36.81;10.10;t;
# Algeria
oran;وهران;;dz;35.70;-0.63;c;
constantine;قسنطينة;;dz;36.37;6.61;c;
annaba;عنابة;;dz;36.90;7.77;c;
blida;البليدة;;dz;36.47;2.83;c;
batna;باتنة;;dz;35.56;6.17;c;
setif;سطيف;;dz;36.19;5.41;c;
tlemcen;تلمسان;;dz;34.88;-1.32;c;
bejaia;بجاية;;dz;36.75;5.08;c;
tizi-ouzou;تيزي وزو;;dz;36.71;4.05;c;
ouargla;ورقلة;;dz;31.95;5.33;c;
ghardaia;غرداية;;dz;32.49;3.67;c;
tamanrasset;تمنراست;تامنغست;dz;22.79;5.52;t;
biskra;بسكرة;;dz;34.85;5.73;c;
bechar;بشار;;dz;31.62;-2.22;c;
sidi-bel-abbes;سيدي بلعباس;;dz;35.19;-0.63;c;
skikda;سكيكدة;;dz;36.88;6.91;c;
djelfa;الجلفة;;dz;34.67;3.25;c;
mostaganem;مستغانم;;dz;35.93;0.09;c;
chlef;الشلف;;dz;36.17;1.33;c;
in-amenas;عين أميناس;عين امناس;dz;28.05;9.55;t;gas field
hassi-messaoud;حاسي مسعود;;dz;31.68;6.07;t;
tindouf;تندوف;;dz;27.67;-8.15;t;Sahrawi refugee camps nearby
adrar;أدرار;ادرار;dz;27.87;-0.29;t;
el-oued;الوادي;;dz;33.37;6.87;c;ambiguous: الوادي is a common noun (the valley)
medea;المدية;;dz;36.26;2.75;t;
tiaret;تيارت;;dz;35.37;1.32;c;
# Morocco, Western Sahara, Mauritania, Spanish North Africa
casablanca;الدار البيضاء;كازابلانكا|الدارالبيضاء;ma;33.57;-7.59;c;
marrakesh;مراكش;;ma;31.63;-8.01;c;
fes;فاس;;ma;34.03;-5.00;c;
tangier;طنجة;;ma;35.76;-5.83;c;
agadir;أكادير;اكادير|أغادير;ma;30.43;-9.60;c;
meknes;مكناس;;ma;33.90;-5.55;c;
oujda;وجدة;;ma;34.68;-1.91;c;
kenitra;القنيطرة;;ma;34.26;-6.58;c;ambiguous: also Quneitra in Syria (place:quneitra)
tetouan;تطوان;;ma;35.57;-5.37;c;
safi;آسفي;اسفي;ma;32.30;-9.24;c;
el-jadida;الجديدة;;ma;33.25;-8.51;c;ambiguous: الجديدة is a common adjective (new)
nador;الناظور;;ma;35.17;-2.93;c;
al-hoceima;الحسيمة;;ma;35.25;-3.94;t;
essaouira;الصويرة;;ma;31.51;-9.77;t;
ouarzazate;ورزازات;;ma;30.92;-6.89;t;
beni-mellal;بني ملال;;ma;32.34;-6.36;c;
errachidia;الراشيدية;;ma;31.93;-4.42;t;
dakhla;الداخلة;;eh;23.68;-15.96;t;administered by Morocco; also Dakhla oasis in Egypt
smara;السمارة;;eh;26.74;-11.67;t;administered by Morocco
nouadhibou;نواذيبو;انواذيبو;mr;20.94;-17.04;c;
ceuta;سبتة;;es;35.89;-5.32;c;Spanish enclave claimed by Morocco
melilla;مليلية;;es;35.29;-2.94;c;Spanish enclave claimed by Morocco
# Turkey
istanbul;إسطنبول;اسطنبول|إستانبول|استانبول;tr;41.01;28.98;c;
izmir;إزمير;ازمير;tr;38.42;27.14;c;
gaziantep;غازي عنتاب;عنتاب;tr;37.07;37.38;c;
antalya;أنطاليا;انطاليا;tr;36.90;30.71;c;
adana;أضنة;اضنة;tr;37.00;35.32;c;
bursa;بورصة;;tr;40.19;29.06;c;ambiguous: بورصة is a common noun (stock exchange)
konya;قونية;;tr;37.87;32.48;c;
diyarbakir;ديار بكر;دياربكر;tr;37.91;40.24;c;
sanliurfa;شانلي أورفا;أورفا|اورفا;tr;37.17;38.79;c;
antakya;أنطاكيا;انطاكيا|هاتاي;tr;36.20;36.16;c;
kahramanmaras;كهرمان مرعش;مرعش;tr;37.58;36.94;c;
mersin;مرسين;;tr;36.81;34.64;c;
kilis;كلس;;tr;36.72;37.12;t;
malatya;ملاطية;;tr;38.35;38.31;c;
van;فان;;tr;38.50;43.38;c;
trabzon;طرابزون;;tr;41.00;39.72;c;
# Iran
mashhad;مشهد;;ir;36.30;59.61;c;ambiguous: مشهد is a common noun (scene)
isfahan;أصفهان;اصفهان;ir;32.65;51.67;c;
tabriz;تبريز;;ir;38.08;46.29;c;
shiraz;شيراز;;ir;29.59;52.58;c;
qom;قم;;ir;34.64;50.88;c;
ahvaz;الأهواز;الأحواز|الاهواز|أهواز;ir;31.32;48.67;c;
bandar-abbas;بندر عباس;;ir;27.18;56.27;c;
kermanshah;كرمانشاه;;ir;34.31;47.07;c;
bushehr;بوشهر;;ir;28.97;50.84;c;
natanz;نطنز;;ir;33.51;51.92;t;nuclear site
fordow;فوردو;;ir;34.88;50.99;t;nuclear site
karaj;كرج;;ir;35.84;50.94;c;
zahedan;زاهدان;;ir;29.50;60.86;c;
chabahar;تشابهار;جابهار|شابهار;ir;25.29;60.64;t;
arak;أراك;اراك;ir;34.09;49.69;c;
yazd;يزد;;ir;31.90;54.37;c;
kerman;كرمان;;ir;30.28;57.08;c;
abadan;عبادان;آبادان;ir;30.34;48.30;c;
# Wider region
limassol;ليماسول;;cy;34.68;33.04;c;
larnaca;لارنكا;لارناكا;cy;34.92;33.62;c;
kandahar;قندهار;;af;31.63;65.71;c;
herat;هرات;هيرات;af;34.35;62.20;c;
mazar-i-sharif;مزار شريف;;af;36.71;67.11;c;
jalalabad;جلال آباد;جلال اباد;af;34.43;70.45;c;
karachi;كراتشي;;pk;24.86;67.01;c;
lahore;لاهور;;pk;31.55;74.34;c;
peshawar;بيشاور;بشاور;pk;34.01;71.58;c;
quetta;كويتا;;pk;30.18;66.98;c;
rawalpindi;راولبندي;روالبندي;pk;33.60;73.04;c;
mumbai;مومباي;بومباي;in;19.08;72.88;c;
kolkata;كولكاتا;كلكتا;in;22.57;88.36;c;
chennai;تشيناي;شيناي|مدراس;in;13.08;80.27;c;
bangalore;بنغالور;بنغالورو;in;12.97;77.59;c;
hyderabad-in;حيدر آباد;حيدر اباد;in;17.39;78.49;c;also Hyderabad in Pakistan
srinagar;سريناغار;سرينجار;in;34.08;74.80;c;
colombo;كولومبو;;lk;6.93;79.86;c;commercial capital of Sri Lanka
la-paz;لاباز;لا باز;bo;-16.50;-68.15;c;seat of government of Bolivia
almaty;ألماتي;الماتي|ألما آتا;kz;43.24;76.89;c;
# World cities
new-york;نيويورك;;us;40.71;-74.01;c;seat of the United Nations
los-angeles;لوس أنجلوس;لوس انجلوس|لوس أنجليس|لوس أنجلس;us;34.05;-118.24;c;
chicago;شيكاغو;شيكاجو;us;41.88;-87.63;c;
san-francisco;سان فرانسيسكو;سان فرانسسكو;us;37.77;-122.42;c;
houston;هيوستن;هيوستون;us;29.76;-95.37;c;
miami;ميامي;;us;25.76;-80.19;c;
boston;بوسطن;;us;42.36;-71.06;c;
philadelphia;فيلادلفيا;فلادلفيا;us;39.95;-75.17;c;
geneva;جنيف;;ch;46.20;6.14;c;
zurich;زيورخ;زوريخ;ch;47.38;8.54;c;
davos;دافوس;;ch;46.80;9.84;t;
lausanne;لوزان;;ch;46.52;6.63;c;
munich;ميونخ;ميونيخ;de;48.14;11.58;c;
frankfurt;فرانكفورت;;de;50.11;8.68;c;
hamburg;هامبورغ;هامبورج;de;53.55;9.99;c;
milan;ميلانو;ميلان;it;45.46;9.19;c;ميلان also names the football club AC Milan
turin;تورينو;تورين;it;45.07;7.69;c;
naples;نابولي;;it;40.85;14.27;c;
barcelona;برشلونة;;es;41.39;2.17;c;also the football club FC Barcelona
valencia;فالنسيا;بلنسية;es;39.47;-0.38;c;also Valencia CF
seville;إشبيلية;اشبيلية|سيفيا;es;37.39;-5.98;c;also Sevilla FC
manchester;مانشستر;;gb;53.48;-2.24;c;
liverpool;ليفربول;;gb;53.41;-2.98;c;also Liverpool FC
birmingham;برمنغهام;برمنجهام|بيرمنغهام;gb;52.49;-1.89;c;
marseille;مرسيليا;;fr;43.30;5.37;c;
lyon;ليون;;fr;45.76;4.84;c;ambiguous: ليون is also Leon (given name)
strasbourg;ستراسبورغ;ستراسبورج;fr;48.57;7.75;c;seat of the European Parliament
the-hague;لاهاي;;nl;52.08;4.30;c;seat of the ICJ and the ICC
rotterdam;روتردام;;nl;51.92;4.48;c;
antwerp;أنتويرب;انتويرب|أنفرس;be;51.22;4.40;c;
saint-petersburg;سان بطرسبورغ;سانت بطرسبرغ|سان بطرسبرغ|سانت بطرسبورغ;ru;59.93;30.34;c;
sochi;سوتشي;;ru;43.60;39.73;c;
kazan;قازان;;ru;55.80;49.11;c;
kharkiv;خاركيف;خاركوف;ua;49.99;36.23;c;
odesa;أوديسا;اوديسا|أوديسا;ua;46.48;30.72;c;
mariupol;ماريوبول;;ua;47.10;37.54;c;
donetsk;دونيتسك;;ua;48.02;37.80;c;
luhansk;لوغانسك;لوهانسك;ua;48.57;39.31;c;
kherson;خيرسون;;ua;46.64;32.62;c;
zaporizhzhia;زابوريجيا;زاباروجيا|زابوروجيا;ua;47.84;35.14;c;
bakhmut;باخموت;;ua;48.60;38.00;t;
sevastopol;سيفاستوبول;سيباستوبول;ua;44.62;33.53;c;in Crimea, annexed by Russia in 2014
lviv;لفيف;لفوف;ua;49.84;24.03;c;
shanghai;شنغهاي;شانغهاي;cn;31.23;121.47;c;
hong-kong;هونغ كونغ;هونج كونج|هونغ كونج;cn;22.32;114.17;c;
guangzhou;غوانغتشو;قوانغتشو|غوانزو;cn;23.13;113.26;c;
shenzhen;شنتشن;شينزين;cn;22.54;114.06;c;
osaka;أوساكا;اوساكا;jp;34.69;135.50;c;
sydney;سيدني;;au;-33.87;151.21;c;
melbourne;ملبورن;ميلبورن;au;-37.81;144.96;c;
toronto;تورونتو;تورنتو;ca;43.65;-79.38;c;
montreal;مونتريال;;ca;45.50;-73.57;c;
vancouver;فانكوفر;;ca;49.28;-123.12;c;
sao-paulo;ساو باولو;ساوباولو;br;-23.55;-46.63;c;
rio-de-janeiro;ريو دي جانيرو;ريو دي جانيرو|ريو;br;-22.91;-43.17;c;
lagos;لاغوس;لاجوس;ng;6.52;3.38;c;
johannesburg;جوهانسبرغ;جوهانسبرج;za;-26.20;28.05;c;
cape-town;كيب تاون;كيبتاون;za;-33.92;18.42;c;
durban;ديربان;دوربان;za;-29.86;31.02;c;
abidjan;أبيدجان;ابيدجان;ci;5.36;-4.01;c;economic capital of Cote d'Ivoire
cotonou;كوتونو;;bj;6.37;2.39;c;seat of government of Benin
dar-es-salaam;دار السلام;;tz;-6.79;39.21;c;
mombasa;مومباسا;;ke;-4.04;39.67;c;
goma;غوما;جوما;cd;-1.68;29.22;c;
bujumbura;بوجومبورا;;bi;-3.38;29.36;c;
"""
