"""Countries: facts compiled by hand (ISO 3166-1 codes, Arabic names as news writes them,
capitals, approximate centroids). One line per country, fields separated by ';':

iso2;iso3;name_ar;aliases_ar;nisba stems;extra nisba forms;name_en;capital slug;lat;lon;region

A nisba stem is the masculine singular adjective (أردني); build.py inflects it (ة، ون، ين، ات) and
adds ال. A multiword stem (كوري شمالي، جنوب أفريقي) is inflected as a phrase. Extra forms
(broken plurals, odd forms) are taken as written and also get ال when they are one word.
"""

COUNTRIES = """
af;AFG;أفغانستان;افغانستان|إمارة أفغانستان الإسلامية|جمهورية أفغانستان الإسلامية;أفغاني|افغاني;أفغان|افغان;Afghanistan;kabul;33.94;67.71;south_asia
al;ALB;ألبانيا;البانيا|جمهورية ألبانيا;ألباني|الباني;;Albania;tirana;41.15;20.17;europe
dz;DZA;الجزائر;الجمهورية الجزائرية الديمقراطية الشعبية|الجمهورية الجزائرية;جزائري;;Algeria;algiers;28.03;1.66;north_africa
ad;AND;أندورا;اندورا|إمارة أندورا;أندوري;;Andorra;andorra-la-vella;42.55;1.60;europe
ao;AGO;أنغولا;أنجولا|انغولا|انجولا;أنغولي|أنجولي;;Angola;luanda;-11.20;17.87;sub_saharan_africa
ag;ATG;أنتيغوا وباربودا;أنتيغوا وبربودا|أنتيجوا وباربودا|انتيغوا وباربودا;;;Antigua and Barbuda;st-johns;17.06;-61.80;caribbean
ar;ARG;الأرجنتين;الارجنتين|جمهورية الأرجنتين;أرجنتيني|ارجنتيني;;Argentina;buenos-aires;-38.42;-63.62;south_america
am;ARM;أرمينيا;ارمينيا|أرمينية|جمهورية أرمينيا;أرميني|ارميني;أرمن|ارمن;Armenia;yerevan;40.07;45.04;caucasus
au;AUS;أستراليا;استراليا|أوستراليا|كومنولث أستراليا;أسترالي|استرالي;;Australia;canberra;-25.27;133.78;oceania
at;AUT;النمسا;جمهورية النمسا;نمساوي;;Austria;vienna;47.52;14.55;europe
az;AZE;أذربيجان;اذربيجان|جمهورية أذربيجان;أذربيجاني|اذربيجاني|أذري|اذري;;Azerbaijan;baku;40.14;47.58;caucasus
bs;BHS;جزر البهاما;البهاما|جزر الباهاما|الباهاما|كومنولث جزر البهاما;بهامي;;Bahamas;nassau;25.03;-77.40;caribbean
bh;BHR;البحرين;مملكة البحرين;بحريني;;Bahrain;manama;26.07;50.56;middle_east
bd;BGD;بنغلاديش;بنجلاديش|بنغلادش|بنغلاديش الشعبية|جمهورية بنغلاديش الشعبية;بنغلاديشي|بنجلاديشي|بنغالي;;Bangladesh;dhaka;23.68;90.36;south_asia
bb;BRB;باربادوس;بربادوس;باربادوسي;;Barbados;bridgetown;13.19;-59.54;caribbean
by;BLR;بيلاروسيا;بيلاروس|روسيا البيضاء|جمهورية بيلاروسيا;بيلاروسي;;Belarus;minsk;53.71;27.95;europe
be;BEL;بلجيكا;مملكة بلجيكا;بلجيكي;;Belgium;brussels;50.50;4.47;europe
bz;BLZ;بليز;;بليزي;;Belize;belmopan;17.19;-88.50;central_america
bj;BEN;بنين;جمهورية بنين;بنيني;;Benin;porto-novo;9.31;2.32;sub_saharan_africa
bt;BTN;بوتان;بهوتان|مملكة بوتان;بوتاني;;Bhutan;thimphu;27.51;90.43;south_asia
bo;BOL;بوليفيا;دولة بوليفيا المتعددة القوميات;بوليفي;;Bolivia;sucre;-16.29;-63.59;south_america
ba;BIH;البوسنة والهرسك;البوسنة|البوسنه والهرسك;بوسني|بوسنوي;;Bosnia and Herzegovina;sarajevo;43.92;17.68;europe
bw;BWA;بوتسوانا;بتسوانا|جمهورية بوتسوانا;بوتسواني;;Botswana;gaborone;-22.33;24.68;sub_saharan_africa
br;BRA;البرازيل;جمهورية البرازيل الاتحادية;برازيلي;;Brazil;brasilia;-14.24;-51.93;south_america
bn;BRN;بروناي;بروناي دار السلام|سلطنة بروناي;;;Brunei;bandar-seri-begawan;4.54;114.73;southeast_asia
bg;BGR;بلغاريا;جمهورية بلغاريا;بلغاري;;Bulgaria;sofia;42.73;25.49;europe
bf;BFA;بوركينا فاسو;بوركينافاسو|بوركينا;بوركيني;;Burkina Faso;ouagadougou;12.24;-1.56;sub_saharan_africa
bi;BDI;بوروندي;جمهورية بوروندي;;;Burundi;gitega;-3.37;29.92;sub_saharan_africa
cv;CPV;الرأس الأخضر;الراس الاخضر|كابو فيردي|كاب فيردي|جمهورية الرأس الأخضر;;;Cabo Verde;praia;16.00;-24.01;sub_saharan_africa
kh;KHM;كمبوديا;مملكة كمبوديا;كمبودي;;Cambodia;phnom-penh;12.57;104.99;southeast_asia
cm;CMR;الكاميرون;جمهورية الكاميرون;كاميروني;;Cameroon;yaounde;7.37;12.35;sub_saharan_africa
ca;CAN;كندا;;كندي;;Canada;ottawa;56.13;-106.35;north_america
cf;CAF;جمهورية أفريقيا الوسطى;أفريقيا الوسطى|إفريقيا الوسطى|جمهورية إفريقيا الوسطى|افريقيا الوسطى;;;Central African Republic;bangui;6.61;20.94;sub_saharan_africa
td;TCD;تشاد;جمهورية تشاد;تشادي;;Chad;ndjamena;15.45;18.73;sub_saharan_africa
cl;CHL;تشيلي;شيلي|جمهورية تشيلي;تشيلي|شيلي;;Chile;santiago;-35.68;-71.54;south_america
cn;CHN;الصين;جمهورية الصين الشعبية|الصين الشعبية;صيني;;China;beijing;35.86;104.20;east_asia
co;COL;كولومبيا;جمهورية كولومبيا;كولومبي;;Colombia;bogota;4.57;-74.30;south_america
km;COM;جزر القمر;القمر|الاتحاد القمري|جمهورية القمر المتحدة;قمري;;Comoros;moroni;-11.88;43.87;sub_saharan_africa
cg;COG;الكونغو;جمهورية الكونغو|الكونغو برازافيل|الكونغو-برازافيل|الكونغو برازفيل;;;Republic of the Congo;brazzaville;-0.23;15.83;sub_saharan_africa
cd;COD;جمهورية الكونغو الديمقراطية;الكونغو الديمقراطية|الكونغو الديموقراطية|جمهورية الكونغو الديموقراطية|الكونغو كينشاسا|الكونغو-كينشاسا|زائير;كونغولي;;Democratic Republic of the Congo;kinshasa;-4.04;21.76;sub_saharan_africa
cr;CRI;كوستاريكا;كوستا ريكا|جمهورية كوستاريكا;كوستاريكي;;Costa Rica;san-jose-cr;9.75;-83.75;central_america
ci;CIV;ساحل العاج;كوت ديفوار|كوت دي فوار|جمهورية كوت ديفوار;إيفواري|ايفواري;;Cote d'Ivoire;yamoussoukro;7.54;-5.55;sub_saharan_africa
hr;HRV;كرواتيا;جمهورية كرواتيا;كرواتي;;Croatia;zagreb;45.10;15.20;europe
cu;CUB;كوبا;جمهورية كوبا;كوبي;;Cuba;havana;21.52;-77.78;caribbean
cy;CYP;قبرص;جمهورية قبرص;قبرصي;;Cyprus;nicosia;35.13;33.43;europe
cz;CZE;التشيك;جمهورية التشيك|تشيكيا;تشيكي;;Czechia;prague;49.82;15.47;europe
dk;DNK;الدنمارك;الدانمارك|الدنمرك|مملكة الدنمارك;دنماركي|دانماركي|دنمركي;;Denmark;copenhagen;56.26;9.50;europe
dj;DJI;جيبوتي;جمهورية جيبوتي;;;Djibouti;djibouti-city;11.83;42.59;sub_saharan_africa
dm;DMA;دومينيكا;كومنولث دومينيكا;;;Dominica;roseau;15.41;-61.37;caribbean
do;DOM;جمهورية الدومينيكان;الدومينيكان;دومينيكاني;;Dominican Republic;santo-domingo;18.74;-70.16;caribbean
ec;ECU;الإكوادور;الاكوادور|إكوادور|جمهورية الإكوادور;إكوادوري|اكوادوري;;Ecuador;quito;-1.83;-78.18;south_america
eg;EGY;مصر;جمهورية مصر العربية;مصري;;Egypt;cairo;26.82;30.80;north_africa
sv;SLV;السلفادور;جمهورية السلفادور;سلفادوري;;El Salvador;san-salvador;13.79;-88.90;central_america
gq;GNQ;غينيا الاستوائية;غينيا الإستوائية|جمهورية غينيا الاستوائية;;;Equatorial Guinea;malabo;1.65;10.27;sub_saharan_africa
er;ERI;إريتريا;اريتريا|أريتريا|ارتيريا|إرتيريا|دولة إريتريا;إريتري|اريتري|ارتيري;;Eritrea;asmara;15.18;39.78;sub_saharan_africa
ee;EST;إستونيا;استونيا|جمهورية إستونيا;إستوني|استوني;;Estonia;tallinn;58.60;25.01;europe
sz;SWZ;إسواتيني;اسواتيني|إيسواتيني|سوازيلاند|سوازيلند|مملكة إسواتيني;;;Eswatini;mbabane;-26.52;31.47;sub_saharan_africa
et;ETH;إثيوبيا;اثيوبيا|أثيوبيا|جمهورية إثيوبيا الديمقراطية الاتحادية;إثيوبي|اثيوبي|أثيوبي;;Ethiopia;addis-ababa;9.15;40.49;sub_saharan_africa
fj;FJI;فيجي;جزر فيجي|جمهورية فيجي;;;Fiji;suva;-17.71;178.07;oceania
fi;FIN;فنلندا;فنلنده|جمهورية فنلندا;فنلندي;;Finland;helsinki;61.92;25.75;europe
fr;FRA;فرنسا;الجمهورية الفرنسية;فرنسي;;France;paris;46.23;2.21;europe
ga;GAB;الغابون;الجابون|غابون|جمهورية الغابون;غابوني|جابوني;;Gabon;libreville;-0.80;11.61;sub_saharan_africa
gm;GMB;غامبيا;جامبيا|جمهورية غامبيا;غامبي;;Gambia;banjul;13.44;-15.31;sub_saharan_africa
ge;GEO;جورجيا;;جورجي;;Georgia;tbilisi;42.32;43.36;caucasus
de;DEU;ألمانيا;المانيا|جمهورية ألمانيا الاتحادية;ألماني|الماني;ألمان|الالمان;Germany;berlin;51.17;10.45;europe
gh;GHA;غانا;جانا|جمهورية غانا;غاني;;Ghana;accra;7.95;-1.02;sub_saharan_africa
gr;GRC;اليونان;الجمهورية اليونانية;يوناني;;Greece;athens;39.07;21.82;europe
gd;GRD;غرينادا;جرينادا|غرانادا;;;Grenada;st-georges;12.26;-61.60;caribbean
gt;GTM;غواتيمالا;جواتيمالا|جمهورية غواتيمالا;غواتيمالي|جواتيمالي;;Guatemala;guatemala-city;15.78;-90.23;central_america
gn;GIN;غينيا;جمهورية غينيا|غينيا كوناكري;غيني;;Guinea;conakry;9.95;-9.70;sub_saharan_africa
gw;GNB;غينيا بيساو;غينيا-بيساو|جمهورية غينيا بيساو;;;Guinea-Bissau;bissau;11.80;-15.18;sub_saharan_africa
gy;GUY;غيانا;جيانا|غويانا|جمهورية غيانا التعاونية;غياني;;Guyana;georgetown;4.86;-58.93;south_america
ht;HTI;هايتي;جمهورية هايتي;;;Haiti;port-au-prince;18.97;-72.29;caribbean
hn;HND;هندوراس;جمهورية هندوراس;هندوراسي;;Honduras;tegucigalpa;15.20;-86.24;central_america
hu;HUN;المجر;هنغاريا|هنجاريا;مجري|هنغاري;;Hungary;budapest;47.16;19.50;europe
is;ISL;آيسلندا;أيسلندا|ايسلندا|إيسلندا|آيسلاندا;آيسلندي|أيسلندي|ايسلندي;;Iceland;reykjavik;64.96;-19.02;europe
in;IND;الهند;جمهورية الهند;هندي;هنود;India;new-delhi;20.59;78.96;south_asia
id;IDN;إندونيسيا;اندونيسيا|أندونيسيا|جمهورية إندونيسيا;إندونيسي|اندونيسي;;Indonesia;jakarta;-0.79;113.92;southeast_asia
ir;IRN;إيران;ايران|الجمهورية الإسلامية الإيرانية|الجمهورية الاسلامية الايرانية|الجمهورية الإسلامية في إيران;إيراني|ايراني;;Iran;tehran;32.43;53.69;middle_east
iq;IRQ;العراق;جمهورية العراق;عراقي;;Iraq;baghdad;33.22;43.68;middle_east
ie;IRL;أيرلندا;إيرلندا|ايرلندا|إيرلاندا|جمهورية أيرلندا;أيرلندي|إيرلندي|ايرلندي;;Ireland;dublin;53.41;-8.24;europe
il;ISR;إسرائيل;اسرائيل|دولة إسرائيل|دولة الاحتلال|الكيان الإسرائيلي|الكيان الصهيوني;إسرائيلي|اسرائيلي;;Israel;;31.05;34.85;middle_east
it;ITA;إيطاليا;ايطاليا|الجمهورية الإيطالية;إيطالي|ايطالي;;Italy;rome;41.87;12.57;europe
jm;JAM;جامايكا;جمايكا;جامايكي;;Jamaica;kingston;18.11;-77.30;caribbean
jp;JPN;اليابان;;ياباني;;Japan;tokyo;36.20;138.25;east_asia
jo;JOR;الأردن;الاردن|المملكة الأردنية الهاشمية|المملكة الاردنية الهاشمية|المملكة الأردنية;أردني|اردني;;Jordan;amman;30.59;36.24;middle_east
kz;KAZ;كازاخستان;قازاقستان|كزاخستان|جمهورية كازاخستان;كازاخستاني|كازاخي|قازاقي;;Kazakhstan;astana;48.02;66.92;central_asia
ke;KEN;كينيا;جمهورية كينيا;كيني;;Kenya;nairobi;-0.02;37.91;sub_saharan_africa
ki;KIR;كيريباتي;كيريباس|جمهورية كيريباتي;;;Kiribati;south-tarawa;-3.37;-168.73;oceania
kp;PRK;كوريا الشمالية;جمهورية كوريا الديمقراطية الشعبية|كوريا الديمقراطية;كوري شمالي;;North Korea;pyongyang;40.34;127.51;east_asia
kr;KOR;كوريا الجنوبية;جمهورية كوريا;كوري جنوبي;;South Korea;seoul;35.91;127.77;east_asia
kw;KWT;الكويت;دولة الكويت;كويتي;;Kuwait;kuwait-city;29.31;47.48;middle_east
kg;KGZ;قيرغيزستان;قرغيزستان|قيرغيزيا|قرغيزيا|الجمهورية القيرغيزية;قيرغيزي|قرغيزي;;Kyrgyzstan;bishkek;41.20;74.77;central_asia
la;LAO;لاوس;جمهورية لاو الديمقراطية الشعبية;لاوسي;;Laos;vientiane;19.86;102.50;southeast_asia
lv;LVA;لاتفيا;جمهورية لاتفيا;لاتفي;;Latvia;riga;56.88;24.60;europe
lb;LBN;لبنان;الجمهورية اللبنانية;لبناني;;Lebanon;beirut;33.85;35.86;middle_east
ls;LSO;ليسوتو;مملكة ليسوتو;;;Lesotho;maseru;-29.61;28.23;sub_saharan_africa
lr;LBR;ليبيريا;جمهورية ليبيريا;ليبيري;;Liberia;monrovia;6.43;-9.43;sub_saharan_africa
ly;LBY;ليبيا;دولة ليبيا|الجماهيرية الليبية;ليبي;;Libya;tripoli-ly;26.34;17.23;north_africa
li;LIE;ليختنشتاين;ليشتنشتاين|إمارة ليختنشتاين;;;Liechtenstein;vaduz;47.17;9.56;europe
lt;LTU;ليتوانيا;جمهورية ليتوانيا;ليتواني;;Lithuania;vilnius;55.17;23.88;europe
lu;LUX;لوكسمبورغ;لوكسمبورج|لوكسمبرغ|دوقية لوكسمبورغ الكبرى;لوكسمبورغي;;Luxembourg;luxembourg-city;49.82;6.13;europe
mg;MDG;مدغشقر;جمهورية مدغشقر;مدغشقري;;Madagascar;antananarivo;-18.77;46.87;sub_saharan_africa
mw;MWI;مالاوي;ملاوي|جمهورية مالاوي;;;Malawi;lilongwe;-13.25;34.30;sub_saharan_africa
my;MYS;ماليزيا;;ماليزي;;Malaysia;kuala-lumpur;4.21;101.98;southeast_asia
mv;MDV;جزر المالديف;المالديف|جمهورية المالديف;مالديفي;;Maldives;male;3.20;73.22;south_asia
ml;MLI;مالي;جمهورية مالي;;;Mali;bamako;17.57;-4.00;sub_saharan_africa
mt;MLT;مالطا;مالطة|جمهورية مالطا;مالطي;;Malta;valletta;35.94;14.38;europe
mh;MHL;جزر مارشال;جمهورية جزر مارشال;;;Marshall Islands;majuro;7.13;171.18;oceania
mr;MRT;موريتانيا;الجمهورية الإسلامية الموريتانية;موريتاني;;Mauritania;nouakchott;21.01;-10.94;north_africa
mu;MUS;موريشيوس;جمهورية موريشيوس;موريشيوسي;;Mauritius;port-louis;-20.35;57.55;sub_saharan_africa
mx;MEX;المكسيك;الولايات المكسيكية المتحدة;مكسيكي;;Mexico;mexico-city;23.63;-102.55;north_america
fm;FSM;ميكرونيزيا;ولايات ميكرونيزيا المتحدة|ميكرونيسيا;;;Micronesia;palikir;7.43;150.55;oceania
md;MDA;مولدوفا;مولدافيا|جمهورية مولدوفا;مولدوفي|مولدافي;;Moldova;chisinau;47.41;28.37;europe
mc;MCO;موناكو;إمارة موناكو;;;Monaco;monaco-city;43.74;7.42;europe
mn;MNG;منغوليا;مونغوليا;منغولي;;Mongolia;ulaanbaatar;46.86;103.85;east_asia
me;MNE;الجبل الأسود;مونتينيغرو|الجبل الاسود;;;Montenegro;podgorica;42.71;19.37;europe
ma;MAR;المغرب;المملكة المغربية;مغربي;مغاربة;Morocco;rabat;31.79;-7.09;north_africa
mz;MOZ;موزمبيق;موزامبيق|جمهورية موزمبيق;موزمبيقي;;Mozambique;maputo;-18.67;35.53;sub_saharan_africa
mm;MMR;ميانمار;بورما;ميانماري|بورمي;;Myanmar;naypyidaw;21.91;95.96;southeast_asia
na;NAM;ناميبيا;جمهورية ناميبيا;ناميبي;;Namibia;windhoek;-22.96;18.49;sub_saharan_africa
nr;NRU;ناورو;جمهورية ناورو;;;Nauru;yaren;-0.52;166.93;oceania
np;NPL;نيبال;;نيبالي;;Nepal;kathmandu;28.39;84.12;south_asia
nl;NLD;هولندا;مملكة هولندا|هولاندا;هولندي;;Netherlands;amsterdam;52.13;5.29;europe
nz;NZL;نيوزيلندا;نيوزيلاندا|نيوزلندا;نيوزيلندي|نيوزيلاندي;;New Zealand;wellington;-40.90;174.89;oceania
ni;NIC;نيكاراغوا;نيكاراجوا|جمهورية نيكاراغوا;نيكاراغوي;;Nicaragua;managua;12.87;-85.21;central_america
ne;NER;النيجر;جمهورية النيجر;نيجري;;Niger;niamey;17.61;8.08;sub_saharan_africa
ng;NGA;نيجيريا;جمهورية نيجيريا الاتحادية;نيجيري;;Nigeria;abuja;9.08;8.68;sub_saharan_africa
mk;MKD;مقدونيا الشمالية;مقدونيا|جمهورية مقدونيا الشمالية;مقدوني;;North Macedonia;skopje;41.61;21.75;europe
no;NOR;النرويج;مملكة النرويج;نرويجي;;Norway;oslo;60.47;8.47;europe
om;OMN;سلطنة عمان;عمان;عماني;;Oman;muscat;21.51;55.92;middle_east
pk;PAK;باكستان;جمهورية باكستان الإسلامية;باكستاني;;Pakistan;islamabad;30.38;69.35;south_asia
pw;PLW;بالاو;جمهورية بالاو;;;Palau;ngerulmud;7.51;134.58;oceania
pa;PAN;بنما;جمهورية بنما|باناما;بنمي;;Panama;panama-city;8.54;-80.78;central_america
pg;PNG;بابوا غينيا الجديدة;بابوا نيو غينيا;;;Papua New Guinea;port-moresby;-6.31;143.96;oceania
py;PRY;باراغواي;الباراغواي|باراجواي|البارغواي;باراغوياني|باراغواني;;Paraguay;asuncion;-23.44;-58.44;south_america
pe;PER;بيرو;البيرو|جمهورية بيرو;بيروفي;;Peru;lima;-9.19;-75.02;south_america
ph;PHL;الفلبين;الفيليبين|الفليبين|جمهورية الفلبين;فلبيني|فيليبيني;;Philippines;manila;12.88;121.77;southeast_asia
pl;POL;بولندا;بولونيا|جمهورية بولندا;بولندي;;Poland;warsaw;51.92;19.15;europe
pt;PRT;البرتغال;الجمهورية البرتغالية;برتغالي;;Portugal;lisbon;39.40;-8.22;europe
qa;QAT;قطر;دولة قطر;قطري;;Qatar;doha;25.35;51.18;middle_east
ro;ROU;رومانيا;;روماني;;Romania;bucharest;45.94;24.97;europe
ru;RUS;روسيا;روسيا الاتحادية|الاتحاد الروسي;روسي;روس;Russia;moscow;61.52;105.32;europe
rw;RWA;رواندا;جمهورية رواندا;رواندي;;Rwanda;kigali;-1.94;29.87;sub_saharan_africa
kn;KNA;سانت كيتس ونيفيس;سانت كيتس ونافيس|سانت كريستوفر ونيفيس;;;Saint Kitts and Nevis;basseterre;17.36;-62.78;caribbean
lc;LCA;سانت لوسيا;سانتا لوسيا;;;Saint Lucia;castries;13.91;-60.98;caribbean
vc;VCT;سانت فنسنت وجزر غرينادين;سانت فنسنت والغرينادين|سانت فينسنت وجزر غرينادين;;;Saint Vincent and the Grenadines;kingstown;12.98;-61.29;caribbean
ws;WSM;ساموا;دولة ساموا المستقلة;;;Samoa;apia;-13.76;-172.10;oceania
sm;SMR;سان مارينو;جمهورية سان مارينو;;;San Marino;san-marino-city;43.94;12.46;europe
st;STP;ساو تومي وبرينسيب;ساوتومي وبرينسيب|سان تومي وبرينسيب;;;Sao Tome and Principe;sao-tome;0.19;6.61;sub_saharan_africa
sa;SAU;السعودية;المملكة العربية السعودية|المملكة السعودية;سعودي;;Saudi Arabia;riyadh;23.89;45.08;middle_east
sn;SEN;السنغال;جمهورية السنغال;سنغالي;;Senegal;dakar;14.50;-14.45;sub_saharan_africa
rs;SRB;صربيا;جمهورية صربيا;صربي;;Serbia;belgrade;44.02;21.01;europe
sc;SYC;سيشل;جزر سيشل|سيشيل|جمهورية سيشل;;;Seychelles;victoria-sc;-4.68;55.49;sub_saharan_africa
sl;SLE;سيراليون;جمهورية سيراليون;سيراليوني;;Sierra Leone;freetown;8.46;-11.78;sub_saharan_africa
sg;SGP;سنغافورة;جمهورية سنغافورة;سنغافوري;;Singapore;singapore-city;1.35;103.82;southeast_asia
sk;SVK;سلوفاكيا;الجمهورية السلوفاكية;سلوفاكي;;Slovakia;bratislava;48.67;19.70;europe
si;SVN;سلوفينيا;جمهورية سلوفينيا;سلوفيني;;Slovenia;ljubljana;46.15;14.99;europe
sb;SLB;جزر سليمان;جزر سولومون;;;Solomon Islands;honiara;-9.65;160.16;oceania
so;SOM;الصومال;جمهورية الصومال الفيدرالية|جمهورية الصومال;صومالي;;Somalia;mogadishu;5.15;46.20;sub_saharan_africa
za;ZAF;جنوب أفريقيا;جنوب إفريقيا|جنوب افريقيا|جمهورية جنوب أفريقيا|جمهورية جنوب إفريقيا;جنوب أفريقي|جنوب إفريقي|جنوب افريقي;;South Africa;pretoria;-30.56;22.94;sub_saharan_africa
ss;SSD;جنوب السودان;دولة جنوب السودان|جمهورية جنوب السودان;جنوب سوداني;;South Sudan;juba;6.88;31.31;sub_saharan_africa
es;ESP;إسبانيا;اسبانيا|أسبانيا|مملكة إسبانيا;إسباني|اسباني|أسباني;;Spain;madrid;40.46;-3.75;europe
lk;LKA;سريلانكا;سري لانكا|سيريلانكا|جمهورية سريلانكا الديمقراطية الاشتراكية;سريلانكي;;Sri Lanka;sri-jayawardenepura-kotte;7.87;80.77;south_asia
sd;SDN;السودان;جمهورية السودان;سوداني;;Sudan;khartoum;12.86;30.22;north_africa
sr;SUR;سورينام;جمهورية سورينام;;;Suriname;paramaribo;3.92;-56.03;south_america
se;SWE;السويد;مملكة السويد;سويدي;;Sweden;stockholm;60.13;18.64;europe
ch;CHE;سويسرا;الاتحاد السويسري;سويسري;;Switzerland;bern;46.82;8.23;europe
sy;SYR;سوريا;سورية|الجمهورية العربية السورية;سوري;;Syria;damascus;34.80;38.97;middle_east
tj;TJK;طاجيكستان;طاجكستان|جمهورية طاجيكستان;طاجيكي|طاجيكستاني;;Tajikistan;dushanbe;38.86;71.28;central_asia
tz;TZA;تنزانيا;جمهورية تنزانيا المتحدة;تنزاني;;Tanzania;dodoma;-6.37;34.89;sub_saharan_africa
th;THA;تايلاند;تايلند|مملكة تايلاند;تايلاندي|تايلندي;;Thailand;bangkok;15.87;100.99;southeast_asia
tl;TLS;تيمور الشرقية;تيمور ليشتي|تيمور-ليشتي|جمهورية تيمور الشرقية;;;Timor-Leste;dili;-8.87;125.73;southeast_asia
tg;TGO;توغو;توجو|جمهورية توغو;توغولي;;Togo;lome;8.62;0.82;sub_saharan_africa
to;TON;تونغا;تونجا|مملكة تونغا;;;Tonga;nukualofa;-21.18;-175.20;oceania
tt;TTO;ترينيداد وتوباغو;ترينيداد وتوباجو|ترينداد وتوباغو;;;Trinidad and Tobago;port-of-spain;10.69;-61.22;caribbean
tn;TUN;تونس;الجمهورية التونسية;تونسي;توانسة;Tunisia;tunis;33.89;9.54;north_africa
tr;TUR;تركيا;الجمهورية التركية|جمهورية تركيا;تركي;أتراك|اتراك;Turkiye;ankara;38.96;35.24;middle_east
tm;TKM;تركمانستان;;تركمانستاني;;Turkmenistan;ashgabat;38.97;59.56;central_asia
tv;TUV;توفالو;;;;Tuvalu;funafuti;-7.11;177.65;oceania
ug;UGA;أوغندا;اوغندا|أوغاندا|جمهورية أوغندا;أوغندي|اوغندي;;Uganda;kampala;1.37;32.29;sub_saharan_africa
ua;UKR;أوكرانيا;اوكرانيا;أوكراني|اوكراني;;Ukraine;kyiv;48.38;31.17;europe
ae;ARE;الإمارات;الامارات|الإمارات العربية المتحدة|الامارات العربية المتحدة|دولة الإمارات العربية المتحدة|دولة الإمارات|دولة الامارات;إماراتي|اماراتي;;United Arab Emirates;abu-dhabi;23.42;53.85;middle_east
gb;GBR;بريطانيا;المملكة المتحدة|بريطانيا العظمى|المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية;بريطاني;;United Kingdom;london;55.38;-3.44;europe
us;USA;الولايات المتحدة;أمريكا|امريكا|أميركا|اميركا|الولايات المتحدة الأمريكية|الولايات المتحدة الأميركية|الولايات المتحدة الامريكية|الولايات المتحدة الاميركية;أمريكي|أميركي|امريكي|اميركي;أمريكان|أميركان|امريكان|اميركان;United States;washington;37.09;-95.71;north_america
uy;URY;الأوروغواي;أوروغواي|الاوروغواي|اوروغواي|أوروجواي|الأوروجواي;أوروغواياني|اوروغواياني|أوروغوايي;;Uruguay;montevideo;-32.52;-55.77;south_america
uz;UZB;أوزبكستان;اوزبكستان|جمهورية أوزبكستان;أوزبكي|اوزبكي|أوزبكستاني;;Uzbekistan;tashkent;41.38;64.59;central_asia
vu;VUT;فانواتو;جمهورية فانواتو;;;Vanuatu;port-vila;-15.38;166.96;oceania
ve;VEN;فنزويلا;جمهورية فنزويلا البوليفارية;فنزويلي;;Venezuela;caracas;6.42;-66.59;south_america
vn;VNM;فيتنام;جمهورية فيتنام الاشتراكية;فيتنامي;;Vietnam;hanoi;14.06;108.28;southeast_asia
ye;YEM;اليمن;الجمهورية اليمنية;يمني;;Yemen;sanaa;15.55;48.52;middle_east
zm;ZMB;زامبيا;جمهورية زامبيا;زامبي;;Zambia;lusaka;-13.13;27.85;sub_saharan_africa
zw;ZWE;زيمبابوي;زمبابوي|جمهورية زيمبابوي;;;Zimbabwe;harare;-19.02;29.15;sub_saharan_africa
ps;PSE;فلسطين;دولة فلسطين|الأراضي الفلسطينية|الاراضي الفلسطينية|الأراضي الفلسطينية المحتلة;فلسطيني;;Palestine;;31.95;35.23;middle_east
va;VAT;الفاتيكان;دولة الفاتيكان|دولة مدينة الفاتيكان|الكرسي الرسولي|حاضرة الفاتيكان;فاتيكاني;;Vatican City;vatican-city;41.90;12.45;europe
xk;XKX;كوسوفو;كوسوفا|جمهورية كوسوفو;كوسوفي;;Kosovo;pristina;42.60;20.90;europe
tw;TWN;تايوان;جمهورية الصين|فورموزا;تايواني;;Taiwan;taipei;23.70;120.96;east_asia
eh;ESH;الصحراء الغربية;الجمهورية العربية الصحراوية الديمقراطية|الصحراء المغربية;صحراوي;;Western Sahara;laayoune;24.22;-12.89;north_africa
"""

# The 193 UN member states, by ISO 3166-1 alpha-2 (for the validator).
UN_MEMBERS = set("""
af al dz ad ao ag ar am au at az bs bh bd bb by be bz bj bt bo ba bw br bn bg bf bi cv kh cm ca cf
td cl cn co km cg cd cr ci hr cu cy cz dk dj dm do ec eg sv gq er ee sz et fj fi fr ga gm ge de gh
gr gd gt gn gw gy ht hn hu is in id ir iq ie il it jm jp jo kz ke ki kp kr kw kg la lv lb ls lr ly
li lt lu mg mw my mv ml mt mh mr mu mx fm md mc mn me ma mz mm na nr np nl nz ni ne ng mk no om pk
pw pa pg py pe ph pl pt qa ro ru rw kn lc vc ws sm st sa sn rs sc sl sg sk si sb so za ss es lk sd
sr se ch sy tj tz th tl tg to tt tn tr tm tv ug ua ae gb us uy uz vu ve vn ye zm zw
""".split())

EXTRA_STATES = {"ps", "va", "xk", "tw", "eh"}
