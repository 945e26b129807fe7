#!/usr/bin/env python3
"""Build heldout8_gold.json from the hand annotations below (tuning set 8: t01..t06).

Spans are (surface, occurrence index), located by search; the helpers and their conventions are
tests/heldout_tools/annotate.py.
Run: python3 tests/heldout8/build_gold.py  (writes heldout8_gold.json next to this file)
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(TESTS, 'heldout_tools'))  # annotate.py, common.py
from annotate import FILES, Gold, write_set  # noqa: E402

_GOLD = Gold('heldout8')
ARTICLES = _GOLD.articles   # key -> dict
article, finish_article = _GOLD.article, _GOLD.finish_article
E, N, A, D, ENT, F = _GOLD.E, _GOLD.N, _GOLD.A, _GOLD.D, _GOLD.ENT, _GOLD.F


# ---------------------------------------------------------------------------------------------- h01
article('h01', 't01_nuseirat_school.txt',
        {'name_ar': 'القدس العربي', 'name_en': 'Al-Quds Al-Arabi', 'domain': 'alquds.co.uk'},
        '2024-09-12',
        'Written for this set; publication date 2024-09-12 (Thursday) set by the author and recorded in '
        't01_nuseirat_school.yml. Consistent with the text: "ظهر أمس الأربعاء" = 2024-09-11 = 8 Rabi al-Awwal 1446 '
        '(Umm al-Qura), "فجر الثلاثاء" and "قبل يومين" = 2024-09-10. High confidence (by construction).',
        '18 شهيدا بينهم 6 من موظفي الأونروا بغارة على مدرسة تؤوي نازحين في النصيرات.. والاحتلال يزعم ضرب «مركز قيادة» لحماس')
IDF = 'Israeli army'
SCHOOL = 'Al-Jaouni School, Nuseirat refugee camp'
CDF = 'Palestinian Civil Defence (Gaza)'
MB = 'Mahmoud Basal (Gaza Civil Defence spokesman)'
MED = 'medical sources at Al-Awda Hospital'
MOHW = 'Gaza Ministry of Health (via WAFA)'
PL = 'Philippe Lazzarini (UNRWA Commissioner-General)'
WIT = 'eyewitnesses'
LOCAL = 'local sources'
WED = 'ظهر أمس الأربعاء، الموافق 8 ربيع الأول 1446 هـ'
E('killing/casualties', IDF, SCHOOL, None, None, None, 'asserted', '18 شهيدا بينهم 6 من موظفي الأونروا')
E('airstrike/shelling', IDF, SCHOOL, None, None, None, 'asserted', 'غارة على مدرسة تؤوي نازحين في النصيرات')
E('airstrike/shelling', IDF, SCHOOL, None, None, IDF, 'reported', 'ضرب «مركز قيادة» لحماس')
E('killing/casualties', IDF, SCHOOL, '2024-09-11', WED + ' (same sentence)', None, 'asserted',
  'استشهد 18 فلسطينيا، بينهم خمسة أطفال وثلاث نساء، وأصيب العشرات')
E('airstrike/shelling', IDF, SCHOOL, '2024-09-11', WED, None, 'asserted',
  'غارة إسرائيلية استهدفت ظهر أمس الأربعاء، الموافق 8 ربيع الأول 1446 هـ، مدرسة الجاعوني التابعة لوكالة غوث وتشغيل اللاجئين الفلسطينيين (أونروا) في مخيم النصيرات وسط قطاع غزة')
E('killing/casualties', None, SCHOOL, None, None, MB, 'reported',
  'طواقمه انتشلت جثامين الشهداء من تحت أنقاض الجناح الشرقي للمدرسة')
E('airstrike/shelling', IDF, SCHOOL, None, None, MB, 'reported',
  'صاروخين على الأقل أصابا صفوفا مكتظة بالعائلات بشكل مباشر')
E('killing/casualties', IDF, 'Al-Awda Hospital, Nuseirat', None, None, MED, 'reported',
  'المستشفى استقبل جثامين 14 شهيدا ونحو 30 مصابا')
E('other', None, "Al-Aqsa Martyrs Hospital, Deir al-Balah", None, None, MED, 'reported',
  'نُقل آخرون إلى مستشفى شهداء الأقصى في دير البلح')
E('killing/casualties', IDF, 'Gaza Strip', None,
  'منذ السابع من تشرين الأول/أكتوبر 2023 — start of the war; a cumulative toll has no single date', MOHW, 'reported',
  'حصيلة العدوان الإسرائيلي المتواصل على القطاع منذ السابع من تشرين الأول/أكتوبر 2023 ارتفعت إلى 41 ألفا و84 شهيدا، و95 ألفا و29 مصابا')
E('airstrike/shelling', IDF, SCHOOL, None, None, IDF, 'reported',
  'شن «ضربة دقيقة» على «إرهابيين كانوا يعملون داخل مركز قيادة وسيطرة تابع لحماس، أقيم داخل مجمع كان يستخدم سابقا مدرسة الجاعوني»')
E('statement', IDF, None, None, None, None, 'asserted',
  'مدعيا أنه «اتخذ خطوات عديدة لتقليل خطر إلحاق الأذى بالمدنيين»، من بينها استخدام ذخائر دقيقة ومراقبة جوية')
E('other', IDF, None, None, 'لاحقا — vague ("later")', None, 'asserted', 'نشر الجيش لاحقا قائمة بأسماء ثمانية')
E('killing/casualties', IDF, SCHOOL, None, None, IDF, 'reported', 'عناصر في حماس والجهاد الإسلامي قُتلوا في الغارة')
E('statement', 'local sources in Nuseirat camp', None, None, None, None, 'asserted',
  'أكدت مصادر محلية في المخيم أن معظم الضحايا «مدنيون نازحون لا علاقة لهم بأي نشاط عسكري»')
E('airstrike/shelling', IDF, SCHOOL, None, None, PL, 'reported', 'مدرسة تحولت إلى ملجأ «تعرضت للقصف مجددا»')
E('killing/casualties', IDF, SCHOOL, None, None, PL, 'reported', 'ستة من زملائه قُتلوا')
E('killing/casualties', IDF, 'Gaza Strip', None, None, PL, 'reported',
  'عدد موظفي الوكالة الذين قُتلوا منذ بدء الحرب تجاوز 220 موظفا')
E('statement', 'Juliette Touma (UNRWA)', None, None, None, 'Agence France-Presse', 'reported',
  'نقلت وكالة فرانس برس عن المتحدثة باسم الأونروا جولييت توما قولها إن «المدارس لم تعد أماكن آمنة، ولا مكان آمنا في غزة»')
E('airstrike/shelling', IDF, SCHOOL, None, None, WIT, 'reported',
  'الغارة وقعت بينما كانت العائلات تتجمع لتناول طعام الغداء داخل الصفوف')
E('airstrike/shelling', IDF, SCHOOL, None, 'بعد دقائق — minutes after the first strike (vague)', WIT, 'reported',
  'صاروخا آخر سقط بعد دقائق على المكان نفسه')
E('displacement', None, 'from Beit Hanoun to Al-Jaouni School', None,
  'منذ كانون الثاني/يناير الماضي — month only (January 2024); a month cannot date an event', None, 'asserted',
  'لجأ إلى المدرسة مع عائلته منذ كانون الثاني/يناير الماضي')
E('airstrike/shelling', IDF, SCHOOL, None, None, 'Abu Khalil al-Najjar (displaced resident of Beit Hanoun)',
  'reported', 'فجأة صار كل إشي نار وغبرة')
E('statement', 'Hamas', None, None, None, None, 'asserted', 'دانت حركة المقاومة الإسلامية (حماس) في بيان «المجزرة المروعة»')
E('accusation', 'Hamas', None, None, None, None, 'asserted',
  'اعتبرت أن مزاعم الاحتلال بوجود مقاتلين في المدرسة «أكاذيب مكشوفة لتبرير استهداف المدنيين العزل»')
E('airstrike/shelling', IDF, 'Al-Mawasi, west of Khan Younis', '2024-09-10', 'فجر الثلاثاء', None, 'asserted',
  'غارات استهدفت فجر الثلاثاء خيام نازحين في منطقة المواصي غرب خان يونس جنوبي القطاع')
E('killing/casualties', IDF, 'Al-Mawasi, west of Khan Younis', '2024-09-10', 'فجر الثلاثاء (the strikes it reports on)',
  CDF, 'reported', 'أسفرت عن استشهاد 19 شخصا على الأقل')
E('airstrike/shelling', IDF, SCHOOL, None, 'تموز/يوليو الماضي — month only (July 2024)', None, 'asserted',
  'كانت مدرسة الجاعوني نفسها قد تعرضت لقصف مماثل في تموز/يوليو الماضي')
E('killing/casualties', IDF, SCHOOL, None, 'تموز/يوليو الماضي — month only (July 2024)', None, 'asserted',
  'أدى إلى استشهاد 16 نازحا')
E('killing/casualties', IDF, 'Maghazi refugee camp', '2024-09-10', 'قبل يومين', LOCAL, 'reported', 'استشهد أربعة مواطنين')
E('airstrike/shelling', IDF, 'Maghazi refugee camp', '2024-09-10', 'قبل يومين (same sentence)', LOCAL, 'reported',
  'قصف منزل لعائلة أبو سمرة في مخيم المغازي المجاور')
E('airstrike/shelling', IDF, 'Gaza Strip', None, None, 'UNRWA', 'reported', 'تعرضت أكثر من 190 منشأة تابعة للأونروا للقصف')

N('18', 'people', 'Palestinians killed in the strike on Al-Jaouni School (headline)', 'exact', '18 شهيدا')
N('6', 'people', 'UNRWA staff among the dead (headline)', 'exact', '6 من موظفي الأونروا')
N('18', 'people', 'Palestinians killed in the strike on Al-Jaouni School', 'exact', '18 فلسطينيا')
N('5', 'people', 'children among the dead', 'exact', 'خمسة أطفال')
N('3', 'people', 'women among the dead', 'exact', 'ثلاث نساء')
N(None, 'people', 'wounded in the strike', 'vague', 'العشرات')
N(None, 'people', 'displaced people sheltering in the school', 'vague', 'آلاف النازحين')
N('12000', 'people', 'displaced people the school sheltered', 'approx', 'نحو 12 ألف نازح')
N('2', 'missiles', 'missiles that hit the classrooms directly', 'at least', 'صاروخين على الأقل')
N('14', 'people', 'bodies received at Al-Awda Hospital', 'exact', '14 شهيدا')
N('30', 'people', 'wounded received at Al-Awda Hospital', 'approx', 'نحو 30 مصابا')
N('3', 'times capacity', "load of Al-Aqsa Martyrs Hospital relative to its capacity", 'more than', 'أكثر من ثلاثة أضعاف')
N('41084', 'people', 'Palestinians killed in Gaza since 7 October 2023 (Health Ministry)', 'exact', '41 ألفا و84 شهيدا')
N('95029', 'people', 'Palestinians wounded in Gaza since 7 October 2023 (Health Ministry)', 'exact', '95 ألفا و29 مصابا')
N('10000', 'people', 'people missing in Gaza (Health Ministry)', 'approx', 'نحو عشرة آلاف شخص')
N('8', 'people', 'people the Israeli army named as Hamas/Islamic Jihad members killed in the strike', 'exact', 'ثمانية')
N('6', 'people', 'UNRWA staff killed in the strike (Lazzarini)', 'exact', 'ستة من زملائه')
N('220', 'people', 'UNRWA staff killed since the war began', 'more than', '220 موظفا')
N('19', 'people', 'people killed in the strikes on al-Mawasi tents', 'at least', '19 شخصا على الأقل')
N('16', 'people', 'displaced people killed in the July strike on the same school', 'exact', '16 نازحا')
N('4', 'people', 'people killed in the strike on the Abu Samra home, Maghazi', 'exact', 'أربعة مواطنين')
N('190', 'facilities', 'UNRWA facilities hit since the war began', 'more than', 'أكثر من 190 منشأة')

D('أمس', '2024-09-11', 'relative')
D('الأربعاء', '2024-09-11', 'weekday')
D('8 ربيع الأول 1446 هـ', '2024-09-11', 'absolute')
D('منذ أشهر', None, 'vague')
D('منذ السابع من تشرين الأول/أكتوبر 2023', '2023-10-07', 'absolute')
D('سابقا', None, 'vague')
D('لاحقا', None, 'vague')
D('بعد دقائق', None, 'vague')
D('منذ كانون الثاني/يناير الماضي', '2024-01', 'absolute')
D('الثلاثاء', '2024-09-10', 'weekday')
D('تموز/يوليو الماضي', '2024-07', 'absolute')
D('قبل يومين', '2024-09-10', 'relative')

A(IDF, 'يزعم', False, 'ضرب «مركز قيادة» لحماس')
A(MB, 'قال', False, 'طواقمه انتشلت جثامين الشهداء من تحت أنقاض الجناح الشرقي للمدرسة، التي كانت تؤوي نحو 12 ألف نازح')
A(MB, 'مضيفا', True, 'صاروخين على الأقل أصابا صفوفا مكتظة بالعائلات بشكل مباشر، ولا يزال هناك مفقودون تحت الركام')
A(MED, 'أفادت', False,
  'المستشفى استقبل جثامين 14 شهيدا ونحو 30 مصابا، فيما نُقل آخرون إلى مستشفى شهداء الأقصى في دير البلح، الذي يعمل بأكثر من ثلاثة أضعاف طاقته الاستيعابية')
A(MOHW, 'نقلت', False,
  'حصيلة العدوان الإسرائيلي المتواصل على القطاع منذ السابع من تشرين الأول/أكتوبر 2023 ارتفعت إلى 41 ألفا و84 شهيدا، و95 ألفا و29 مصابا، غالبيتهم من الأطفال والنساء')
A(MOHW, 'لافتة', False, 'نحو عشرة آلاف شخص ما زالوا في عداد المفقودين')
A(IDF, 'زعم', False,
  'أنه شن «ضربة دقيقة» على «إرهابيين كانوا يعملون داخل مركز قيادة وسيطرة تابع لحماس، أقيم داخل مجمع كان يستخدم سابقا مدرسة الجاعوني»')
A(IDF, 'مدعيا', False,
  'أنه «اتخذ خطوات عديدة لتقليل خطر إلحاق الأذى بالمدنيين»، من بينها استخدام ذخائر دقيقة ومراقبة جوية')
A(IDF, 'قال', False, 'إنهم عناصر في حماس والجهاد الإسلامي قُتلوا في الغارة')
A('local sources in Nuseirat camp', 'أكدت', False, 'معظم الضحايا «مدنيون نازحون لا علاقة لهم بأي نشاط عسكري»')
A(PL, 'قال', False, 'مدرسة تحولت إلى ملجأ «تعرضت للقصف مجددا»')
A(PL, 'مضيفا', False, 'ستة من زملائه قُتلوا، «وهي أعلى حصيلة بين موظفينا في حادث منفرد»')
A(PL, 'أشار', False, 'عدد موظفي الوكالة الذين قُتلوا منذ بدء الحرب تجاوز 220 موظفا')
A('Juliette Touma (UNRWA) (via Agence France-Presse)', 'نقلت', True, 'المدارس لم تعد أماكن آمنة، ولا مكان آمنا في غزة')
A(WIT, 'روى', False,
  'الغارة وقعت بينما كانت العائلات تتجمع لتناول طعام الغداء داخل الصفوف، وأن صاروخا آخر سقط بعد دقائق على المكان نفسه')
A('Abu Khalil al-Najjar (displaced resident of Beit Hanoun)', 'قال', True,
  'كنا قاعدين بالصف بنستنى الأكل، فجأة صار كل إشي نار وغبرة، طلعت أدوّر على ولادي بين الشهدا.. وين بدنا نروح؟ ما ضل مكان نروح عليه')
A('Hamas', 'دانت', True, 'المجزرة المروعة')
A('Hamas', 'اعتبرت', False, 'مزاعم الاحتلال بوجود مقاتلين في المدرسة «أكاذيب مكشوفة لتبرير استهداف المدنيين العزل»')
A(CDF, 'قال', False, 'إنها أسفرت عن استشهاد 19 شخصا على الأقل')
A(LOCAL, 'بحسب', False, 'قبل يومين، استشهد أربعة مواطنين بقصف منزل لعائلة أبو سمرة في مخيم المغازي المجاور')
A('UNRWA', 'وفق', False, 'منذ بداية الحرب، تعرضت أكثر من 190 منشأة تابعة للأونروا للقصف')

ENT('الأونروا', 'ORG', 'UNRWA')
ENT('للأونروا', 'ORG', 'UNRWA')
ENT('أونروا', 'ORG', 'UNRWA')
ENT('وكالة غوث وتشغيل اللاجئين الفلسطينيين', 'ORG', 'UNRWA')
ENT('الوكالة', 'ORG', 'UNRWA')
ENT('النصيرات', 'LOC', 'Nuseirat refugee camp')
ENT('مخيم النصيرات', 'LOC', 'Nuseirat refugee camp')
ENT('الاحتلال', 'ORG', 'Israel')
ENT('جيش الاحتلال', 'ORG', IDF)
ENT('الجيش', 'ORG', IDF)
ENT('حماس', 'ORG', 'Hamas')
ENT('حركة المقاومة الإسلامية', 'ORG', 'Hamas')
ENT('الجهاد الإسلامي', 'ORG', 'Palestinian Islamic Jihad')
ENT('غزة', 'LOC', 'Gaza Strip')
ENT('قطاع غزة', 'LOC', 'Gaza Strip')
ENT('القدس العربي', 'ORG', 'Al-Quds Al-Arabi')
ENT('مدرسة الجاعوني', 'LOC', 'Al-Jaouni School')
ENT('الدفاع المدني', 'ORG', CDF)
ENT('محمود بصل', 'PER', 'Mahmoud Basal')
ENT('مستشفى العودة', 'LOC', 'Al-Awda Hospital (Nuseirat)')
ENT('مستشفى شهداء الأقصى', 'LOC', 'Al-Aqsa Martyrs Hospital')
ENT('دير البلح', 'LOC', 'Deir al-Balah')
ENT('وكالة الأنباء والمعلومات الفلسطينية', 'ORG', 'WAFA (Palestinian News and Information Agency)')
ENT('وفا', 'ORG', 'WAFA (Palestinian News and Information Agency)')
ENT('وزارة الصحة', 'ORG', 'Gaza Ministry of Health')
ENT('فيليب لازاريني', 'PER', 'Philippe Lazzarini')
ENT('إكس', 'MISC', 'X (formerly Twitter)')
ENT('وكالة فرانس برس', 'ORG', 'Agence France-Presse')
ENT('جولييت توما', 'PER', 'Juliette Touma')
ENT('أبو خليل النجار', 'PER', 'Abu Khalil al-Najjar')
ENT('بيت حانون', 'LOC', 'Beit Hanoun')
ENT('الأمم المتحدة', 'ORG', 'United Nations')
ENT('المواصي', 'LOC', 'Al-Mawasi')
ENT('خان يونس', 'LOC', 'Khan Younis')
ENT('أبو سمرة', 'PER', 'Abu Samra (family)')
ENT('مخيم المغازي', 'LOC', 'Maghazi refugee camp')

F('Palestinians killed (martyrs)', 'شهيدا')
F('Palestinians killed (martyrs)', 'الشهداء')
F('Palestinians killed (martyrs, dialect spelling)', 'الشهدا')
F('killing (martyrdom)', 'استشهد')
F('killing (martyrdom)', 'استشهاد')
F('the strike (massacre)', 'المجزرة')
F('the strike (massacre)', 'المجزرة المروعة')
F('Israel', 'الاحتلال')
F('Israeli army', 'جيش الاحتلال')
F('Israeli war on Gaza', 'العدوان الإسرائيلي')
F('Israeli war on Gaza', 'الحرب')
F('Israeli army claim (distancing)', 'يزعم')
F('Israeli army claim (distancing)', 'زعم')
F('Israeli army claim (distancing)', 'مدعيا')
F('Israeli army claim (distancing)', 'مزاعم')
F('Israeli army claim (Hamas wording)', 'أكاذيب مكشوفة')
F('the school (Israeli army wording)', 'مركز قيادة')
F('the school (Israeli army wording)', 'مركز قيادة وسيطرة')
F('the school (as shelter)', 'ملجأ')
F('Hamas fighters (Israeli army wording, quoted)', 'إرهابيين')
F('Hamas fighters (Hamas wording)', 'مقاتلين')
F('victims as civilians', 'مدنيون نازحون')
F('victims as civilians', 'المدنيين العزل')
F('displaced people', 'نازحين')
F('displaced people', 'النازحين')
F('displaced people', 'نازح')
F('displaced people', 'نازحا')
finish_article('h01')

# ---------------------------------------------------------------------------------------------- h02
article('h02', 't02_niger_coup.txt',
        {'name_ar': 'فرانس 24', 'name_en': 'France 24', 'domain': 'france24.com'},
        '2023-08-02',
        'Written for this set; publication date 2023-08-02 (Wednesday) set by the author and recorded in '
        't02_niger_coup.yml. Consistent with the text: first evacuation flight landed "فجر الأربعاء", ECOWAS summit '
        '"الأحد الماضي" = 2023-07-30, ultimatum ending "الأحد المقبل" = 2023-08-06, coup on 26 July. High confidence '
        '(by construction).',
        'انقلاب النيجر: فرنسا تجلي مئات الرعايا من نيامي و«إيكواس» تلوّح بالقوة مع اقتراب انتهاء مهلتها')
FR = 'France'
FMFA = 'French Ministry for Europe and Foreign Affairs'
CC = 'Catherine Colonna'
ECO = 'ECOWAS'
CNSP = 'National Council for the Safeguard of the Homeland (CNSP)'
PG = 'Presidential Guard (Niger)'
AA = 'Amadou Abdramane (CNSP spokesman)'
SUPP = 'supporters of the junta'
E('displacement', FR, 'Niamey', None, None, None, 'asserted', 'فرنسا تجلي مئات الرعايا من نيامي')
E('statement', ECO, None, None, None, None, 'asserted', '«إيكواس» تلوّح بالقوة مع اقتراب انتهاء مهلتها')
E('displacement', FR, 'from Niamey to Charles de Gaulle Airport (Paris)', '2023-08-02', 'فجر الأربعاء', None, 'asserted',
  'وصلت إلى مطار رواسي شارل ديغول قرب باريس فجر الأربعاء أول طائرة فرنسية تقل 262 شخصا تم إجلاؤهم من نيامي')
E('other', CNSP, 'Niger', None, None, None, 'asserted', 'الانقلاب العسكري الذي أطاح بالرئيس النيجري محمد بازوم')
E('statement', FMFA, None, None, None, None, 'asserted',
  'أعلنت وزارة الخارجية الفرنسية في بيان أن «نحو 600 فرنسي» أبدوا رغبتهم في المغادرة')
E('displacement', FR, 'Niamey', None, None, FMFA, 'planned', 'الطائرات الفرنسية ستنقل أيضا رعايا أوروبيين وأجانب آخرين')
E('displacement', FR, 'Niamey', '2023-08-02', 'خلال اليوم — today (the day of the interview and of publication)', CC,
  'predicted', 'عملية الإجلاء «ستنتهي على الأرجح خلال اليوم»')
E('statement', CC, None, None, None, None, 'asserted', 'مؤكدة أن «لا نية لدى فرنسا لسحب قواتها من النيجر»')
E('displacement', 'Italy', 'Niamey', None, None, None, 'asserted', 'أرسلت إيطاليا طائرة عسكرية لإجلاء نحو 90 من رعاياها')
E('displacement', 'Spain', 'Niamey', None, None, 'Spain', 'planned', 'ستجلي أكثر من 70 شخصا')
E('statement', 'Germany', None, None, None, None, 'asserted', 'دعت ألمانيا مواطنيها إلى الانضمام إلى الرحلات الفرنسية')
E('other', PG, 'Niamey', '2023-07-26', '26 تموز/يوليو', None, 'asserted',
  'عناصر من الحرس الرئاسي قد احتجزوا بازوم في مقر إقامته في 26 تموز/يوليو')
E('other', 'Abdourahamane Tchiani', 'Niger', None, None, None, 'asserted',
  'يعلن قائد الحرس الجنرال عبد الرحمن تياني نفسه رئيسا لـ«المجلس الوطني لحماية الوطن»')
E('other', CNSP, 'Niger', None, None, None, 'asserted', 'علّق العمل بالدستور وأغلق الحدود')
E('other', ECO, 'Abuja', '2023-07-30', 'الأحد الماضي', None, 'asserted',
  'أمهلت قادة الانقلاب، خلال قمة طارئة عقدتها في أبوجا الأحد الماضي، سبعة أيام لإعادة بازوم إلى منصبه')
E('statement', ECO, 'Abuja', '2023-07-30', 'الأحد الماضي (same sentence)', None, 'asserted',
  'ملوّحة باتخاذ «كل الإجراءات الضرورية، بما فيها استخدام القوة»')
E('other', ECO, 'Niger', None, None, None, 'asserted', 'فرضت المجموعة عقوبات مالية على النيجر')
E('other', 'Nigeria', 'Niger', None, None, 'NIGELEC', 'reported', 'قطعت نيجيريا المجاورة إمدادات الكهرباء عن جارتها')
E('other', SUPP, 'French Embassy, Niamey', '2023-07-30', 'الأحد', None, 'asserted',
  'تجمع الأحد آلاف من أنصار المجلس العسكري أمام السفارة الفرنسية')
E('other', SUPP, 'French Embassy, Niamey', '2023-07-30', 'الأحد (same sentence)', None, 'asserted',
  'يحاول بعضهم اقتحام المبنى ويضرموا النار في أحد أبوابه')
E('other', 'Nigerien security forces', 'French Embassy, Niamey', None, None,
  'eyewitness (speaking to Agence France-Presse)', 'reported', 'قوات الأمن أطلقت الغاز المسيل للدموع لتفريق المحتجين')
E('accusation', CNSP, None, None, None, None, 'asserted', 'اتهم المجلس العسكري فرنسا بأنها «تسعى للتدخل عسكريا» لإعادة بازوم')
E('statement', FR, None, None, None, None, 'asserted', 'نفته باريس')
E('statement', AA, None, '2023-08-01', 'مساء الثلاثاء — the televised statement', None, 'asserted',
  'قال المتحدث باسم المجلس العقيد أمادو عبد الرحمن إن «أي عدوان على النيجر سيواجه برد فوري وحازم»')
E('statement', AA, None, '2023-08-01', 'مساء الثلاثاء (same sentence)', None, 'asserted',
  'مضيفا أن المجلس «لن يرضخ للتهديدات»')
E('statement', 'Governments of Mali and Burkina Faso', None, None, None, None, 'asserted',
  'حكومتا مالي وبوركينا فاسو قد حذرتا في بيان مشترك من أن أي تدخل عسكري في النيجر «سيعتبر إعلان حرب» على البلدين')
E('statement', 'Ousmane Maiga (Sahel researcher)', None, None, None, None, 'asserted',
  'قال الباحث المتخصص في شؤون منطقة الساحل عثمان مايغا لفرانس 24 إن «خيار التدخل العسكري محفوف بالمخاطر، فالجيش النيجري نفسه منقسم، والمنطقة برمتها تعيش على وقع انقلابات متتالية»')
E('displacement', None, 'Niamey', None, None, 'French evacuee (teacher living in Niamey)', 'reported',
  'غادرنا على عجل وتركنا كل شيء خلفنا')
E('other', 'ECOWAS defence chiefs', 'Abuja', '2023-08-02', 'بدءا من الأربعاء — start of the meeting', None, 'planned',
  'يجتمع قادة أركان جيوش دول المجموعة في أبوجا بدءا من الأربعاء')
E('other', ECO, None, '2023-08-06', 'الأحد المقبل', None, 'planned', 'تنتهي مهلة إيكواس الأحد المقبل')

N(None, 'people', 'nationals France is evacuating from Niamey (headline)', 'vague', 'مئات الرعايا')
N('262', 'people', 'evacuees on the first French flight', 'exact', '262 شخصا')
N('12', 'people', 'babies among the evacuees on the first flight', 'exact', '12 رضيعا')
N('600', 'people', 'French nationals who asked to leave Niger', 'approx', 'نحو 600 فرنسي')
N('1500', 'people', 'French troops deployed in Niger', 'approx', 'نحو 1500 عسكري')
N('90', 'people', 'Italian nationals Italy is evacuating', 'approx', 'نحو 90 من رعاياها')
N('70', 'people', 'people Spain will evacuate', 'more than', 'أكثر من 70 شخصا')
N('7', 'days', "length of ECOWAS's ultimatum to the coup leaders", 'exact', 'سبعة أيام')
N(None, 'people', 'junta supporters gathered at the French embassy', 'vague', 'آلاف من أنصار المجلس العسكري')
N(None, 'people', 'protesters who tried to storm the embassy', 'vague', 'بعضهم')

D('الأربعاء', '2023-08-02', 'weekday', 0)
D('اليوم', '2023-08-02', 'relative')
D('26 تموز/يوليو', '2023-07-26', 'absolute')
D('الأحد الماضي', '2023-07-30', 'relative')
D('الأحد', '2023-07-30', 'weekday', 1)
D('الثلاثاء', '2023-08-01', 'weekday')
D('منذ سنوات', None, 'vague')
D('الأحد', '2023-07-30', 'weekday', 2)
D('الأربعاء', '2023-08-02', 'weekday', 1)
D('الأحد المقبل', '2023-08-06', 'relative')

A(FMFA, 'أعلنت', False, '«نحو 600 فرنسي» أبدوا رغبتهم في المغادرة')
A(FMFA, 'مشيرة', False, 'الطائرات الفرنسية ستنقل أيضا رعايا أوروبيين وأجانب آخرين')
A(CC, 'قالت', False, 'عملية الإجلاء «ستنتهي على الأرجح خلال اليوم»')
A(CC, 'مؤكدة', True, 'لا نية لدى فرنسا لسحب قواتها من النيجر')
A('Spain', 'أعلنت', False, 'أنها ستجلي أكثر من 70 شخصا')
A('people close to Mohamed Bazoum', 'بحسب', False, 'لا يزال الرئيس المنتخب محتجزا مع زوجته ونجله')
A(ECO, 'ملوّحة', True, 'كل الإجراءات الضرورية، بما فيها استخدام القوة')
A('NIGELEC', 'بحسب', False, 'قطعت نيجيريا المجاورة إمدادات الكهرباء عن جارتها')
A('eyewitness (speaking to Agence France-Presse)', 'قال', False, 'قوات الأمن أطلقت الغاز المسيل للدموع لتفريق المحتجين')
A(CNSP, 'اتهم', False, 'فرنسا بأنها «تسعى للتدخل عسكريا» لإعادة بازوم')
A(AA, 'قال', True, 'أي عدوان على النيجر سيواجه برد فوري وحازم')
A(AA, 'مضيفا', False, 'المجلس «لن يرضخ للتهديدات»')
A('Governments of Mali and Burkina Faso', 'حذرتا', False, 'أي تدخل عسكري في النيجر «سيعتبر إعلان حرب» على البلدين')
A('Ousmane Maiga (Sahel researcher)', 'قال', True,
  'خيار التدخل العسكري محفوف بالمخاطر، فالجيش النيجري نفسه منقسم، والمنطقة برمتها تعيش على وقع انقلابات متتالية')
A('French evacuee (teacher living in Niamey)', 'قالت', True,
  'غادرنا على عجل وتركنا كل شيء خلفنا، الأجواء في المدينة باتت متوترة جدا منذ يوم الأحد')

ENT('النيجر', 'LOC', 'Niger')
ENT('فرنسا', 'LOC', 'France')
ENT('نيامي', 'LOC', 'Niamey')
ENT('إيكواس', 'ORG', ECO)
ENT('مطار رواسي شارل ديغول', 'LOC', 'Charles de Gaulle Airport')
ENT('باريس', 'LOC', 'Paris')
ENT('محمد بازوم', 'PER', 'Mohamed Bazoum')
ENT('بازوم', 'PER', 'Mohamed Bazoum')
ENT('وزارة الخارجية الفرنسية', 'ORG', FMFA)
ENT('كاترين كولونا', 'PER', CC)
ENT('فرانس إنتر', 'ORG', 'France Inter')
ENT('إيطاليا', 'LOC', 'Italy')
ENT('إسبانيا', 'LOC', 'Spain')
ENT('ألمانيا', 'LOC', 'Germany')
ENT('الحرس الرئاسي', 'ORG', PG)
ENT('الحرس', 'ORG', PG)
ENT('عبد الرحمن تياني', 'PER', 'Abdourahamane Tchiani')
ENT('المجلس الوطني لحماية الوطن', 'ORG', CNSP)
ENT('المجلس العسكري', 'ORG', CNSP)
ENT('المجلس', 'ORG', CNSP)
ENT('المجموعة الاقتصادية لدول غرب أفريقيا', 'ORG', ECO)
ENT('المجموعة', 'ORG', ECO)
ENT('أبوجا', 'LOC', 'Abuja')
ENT('نيجيريا', 'LOC', 'Nigeria')
ENT('نيجيلك', 'ORG', 'NIGELEC')
ENT('السفارة الفرنسية', 'LOC', 'French Embassy, Niamey')
ENT('روسيا', 'LOC', 'Russia')
ENT('وكالة فرانس برس', 'ORG', 'Agence France-Presse')
ENT('أمادو عبد الرحمن', 'PER', 'Amadou Abdramane')
ENT('مالي', 'LOC', 'Mali')
ENT('بوركينا فاسو', 'LOC', 'Burkina Faso')
ENT('الساحل', 'LOC', 'Sahel')
ENT('عثمان مايغا', 'PER', 'Ousmane Maiga')
ENT('فرانس 24', 'ORG', 'France 24')
ENT('الجيش النيجري', 'ORG', 'Niger Armed Forces')

F('coup', 'انقلاب')
F('coup', 'الانقلاب العسكري')
F('coup leaders', 'قادة الانقلاب')
F('coups in the region', 'انقلابات متتالية')
F('junta (CNSP)', 'المجلس العسكري')
F('junta supporters', 'أنصار المجلس العسكري')
F('Mohamed Bazoum (legitimacy)', 'الرئيس المنتخب')
F('Mohamed Bazoum', 'الرئيس النيجري')
F('ECOWAS threat', 'تلوّح بالقوة')
F('ECOWAS threat', 'استخدام القوة')
F('military intervention', 'تدخل عسكري')
F('military intervention', 'التدخل العسكري')
F('military intervention', 'للتدخل عسكريا')
F('military intervention (junta wording)', 'عدوان')
F('military intervention (Mali/Burkina wording)', 'إعلان حرب')
F('ECOWAS pressure (junta wording)', 'للتهديدات')
F('evacuation', 'إجلاء')
F('evacuation', 'الإجلاء')
F('foreign nationals', 'الرعايا')
F('foreign nationals', 'رعايا')
F('protesters', 'المحتجين')
finish_article('h02')

# ---------------------------------------------------------------------------------------------- h03
article('h03', 't03_beirut_port.txt',
        {'name_ar': 'النهار', 'name_en': 'An-Nahar', 'domain': 'annahar.com'},
        '2023-08-05',
        'Written for this set; publication date 2023-08-05 (Saturday) set by the author and recorded in '
        't03_beirut_port.yml. Consistent with the text: the anniversary march "مساء أمس الجمعة" = 2023-08-04, the '
        'third anniversary of 4 August 2020; "الأسبوع المقبل" = ISO week 2023-W32. High confidence (by construction).',
        'في الذكرى الثالثة لانفجار المرفأ: أهالي الضحايا في الشارع مجددا… والتحقيق معلّق منذ كانون الثاني')
PORT = 'Port of Beirut'
BIT = 'Tarek Bitar'
OUE = 'Ghassan Oueidat'
FAM = "families of the Beirut port explosion victims"
JS = 'judicial source (speaking to An-Nahar)'
HQ = "Hiyam Qassem (mother of a victim)"
GOVL = 'Government of Lebanon'
E('other', FAM, 'Beirut', None, None, None, 'asserted', 'أهالي الضحايا في الشارع مجددا')
E('other', FAM, 'Beirut (from Karantina to the Emigrant Statue, Port of Beirut)', '2023-08-04', 'مساء أمس الجمعة',
  None, 'asserted',
  'سار أهالي ضحايا انفجار مرفأ بيروت، مساء أمس الجمعة، من أمام مركز فوج إطفاء بيروت في الكرنتينا إلى تمثال المغترب قبالة المرفأ')
E('explosion', None, PORT, '2020-08-04', '4 آب 2020', None, 'asserted', 'انفجار 4 آب 2020')
E('killing/casualties', None, 'Beirut', '2020-08-04', '4 آب 2020 (same sentence)', None, 'asserted',
  'أودى بحياة أكثر من 220 شخصا وأصاب نحو 6500 آخرين')
E('other', None, 'Beirut', '2020-08-04', '4 آب 2020 (same sentence)', None, 'asserted', 'دمّر أحياء واسعة من العاصمة')
E('killing/casualties', None, PORT, None, None, None, 'asserted', 'قضى في الانفجار')
E('accusation', 'William Noun', None, None, None, None, 'asserted',
  'قال ويليام نون، شقيق الإطفائي جو نون الذي قضى في الانفجار، في كلمة باسم الأهالي: «تلات سنين ونحنا عم نركض ورا الحقيقة، وكل ما يقرّب القاضي من الكبار بيوقّفوه.. بس نحنا ما رح نسكت، ومش رح نترك دم ولادنا يروح هدر»')
E('other', 'politicians charged in the port case', None, None, None, None, 'asserted',
  'الدعاوى التي أقامها سياسيون مدعى عليهم لكفّ يده')
E('other', f'{BIT}; {OUE}', None, None, 'كانون الثاني الماضي — month only (January 2023)', None, 'asserted',
  'المواجهة التي اندلعت في كانون الثاني الماضي مع النائب العام التمييزي القاضي غسان عويدات')
E('accusation', OUE, None, None, None, None, 'asserted', 'ادعى على البيطار بتهمة «اغتصاب السلطة»')
E('other', OUE, None, None, None, None, 'asserted', 'أخلى سبيل الموقوفين الـ17 في الملف')
E('other', BIT, None, '2023-01-23', '23 كانون الثاني', None, 'asserted',
  'البيطار قد استأنف تحقيقاته في 23 كانون الثاني بعد توقف دام 13 شهرا')
E('accusation', BIT, None, '2023-01-23', '23 كانون الثاني (same sentence)', None, 'asserted',
  'ادعى على ثمانية أشخاص جدد، بينهم المدير العام للأمن العام اللواء عباس إبراهيم والمدير العام لأمن الدولة اللواء طوني صليبا، إضافة إلى عويدات نفسه')
E('accusation', BIT, None, None, None, None, 'asserted',
  'سبق للمحقق العدلي أن ادعى على رئيس الحكومة السابق حسان دياب والوزراء السابقين علي حسن خليل وغازي زعيتر ونهاد المشنوق ويوسف فنيانوس')
E('other', BIT, None, None, None, None, 'asserted', 'أصدر مذكرتي توقيف غيابيتين بحق خليل وفنيانوس')
E('other', None, 'Tayouneh, Beirut', '2021-10-14', '14 تشرين الأول 2021', None, 'asserted',
  'قضية المرفأ قد فجّرت في 14 تشرين الأول 2021 اشتباكات دامية في منطقة الطيونة')
E('other', 'Hezbollah; Amal Movement', 'Tayouneh, Beirut', '2021-10-14', '14 تشرين الأول 2021 (same sentence)', None,
  'asserted', 'تظاهرة دعا إليها «حزب الله» وحركة «أمل» للمطالبة بتنحية البيطار')
E('killing/casualties', None, 'Tayouneh, Beirut', '2021-10-14', '14 تشرين الأول 2021 (same sentence)', None, 'asserted',
  'سقط فيها سبعة قتلى وأكثر من 30 جريحا')
E('statement', JS, None, None, None, None, 'asserted',
  'قال مصدر قضائي لـ«النهار» إن «لا مؤشرات إلى عودة قريبة للمحقق العدلي إلى ملفه قبل بتّ محكمة التمييز بدعاوى الرد والمخاصمة العالقة أمامها»')
E('statement', JS, None, None, None, None, 'asserted',
  'مشيرا إلى أن «الهيئة العامة لمحكمة التمييز معطلة بفعل الشغور في عدد من مراكزها»')
E('statement', HQ, None, None, None, None, 'asserted',
  'قالت هيام قاسم، والدة أحد ضحايا الانفجار، إن الأهالي «لن يقبلوا بأي تسوية سياسية تطيح بالتحقيق»')
E('other', FAM, 'Geneva', '2023-W32', 'الأسبوع المقبل', HQ, 'planned',
  'سيتوجهون الأسبوع المقبل إلى مجلس حقوق الإنسان التابع للأمم المتحدة في جنيف')
E('other', 'Lebanese and international organisations and public figures', None, None,
  'آذار الماضي — month only (March 2023)', None, 'asserted',
  'أكثر من 160 منظمة وشخصية لبنانية ودولية قد وجهت في آذار الماضي رسالة مماثلة إلى المجلس')
E('accusation', 'sources in the Development and Liberation bloc', None, None, None, None, 'asserted',
  'اعتبرت مصادر في كتلة «التنمية والتحرير» أن «المحقق العدلي تجاوز صلاحياته بالادعاء على نواب يتمتعون بالحصانة»')
E('other', GOVL, 'Lebanon', '2023-08-04', 'أمس', None, 'asserted', 'الحكومة قد أعلنت الحداد الرسمي أمس')
E('other', GOVL, 'Lebanon', '2023-08-04', 'أمس (same sentence)', None, 'asserted',
  'أقفلت الإدارات العامة والمدارس في ذكرى الانفجار')

N('220', 'people', 'people killed by the 4 August 2020 explosion', 'more than', 'أكثر من 220 شخصا')
N('6500', 'people', 'people wounded by the 4 August 2020 explosion', 'approx', 'نحو 6500 آخرين')
N('3', 'years', 'time the families have pursued the truth', 'exact', 'تلات سنين')
N('17', 'people', 'detainees in the port case released by Oueidat', 'exact', 'الموقوفين الـ17')
N('13', 'months', 'length of the halt in the investigation before January 2023', 'exact', '13 شهرا')
N('8', 'people', 'new defendants charged by Bitar in January 2023', 'exact', 'ثمانية أشخاص')
N('2', 'arrest warrants', 'arrest warrants in absentia issued by Bitar (Khalil, Fenianos)', 'exact', 'مذكرتي توقيف')
N('7', 'people', 'people killed in the Tayouneh clashes', 'exact', 'سبعة قتلى')
N('30', 'people', 'people wounded in the Tayouneh clashes', 'more than', 'أكثر من 30 جريحا')
N('160', 'organisations and public figures', 'signatories of the March letter to the Human Rights Council',
  'more than', 'أكثر من 160 منظمة وشخصية')

D('منذ كانون الثاني', '2023-01', 'absolute')
D('أمس', '2023-08-04', 'relative', 0)
D('الجمعة', '2023-08-04', 'weekday')
D('4 آب 2020', '2020-08-04', 'absolute')
D('منذ أشهر', None, 'vague')
D('كانون الثاني الماضي', '2023-01', 'absolute')
D('23 كانون الثاني', '2023-01-23', 'absolute')
D('اليوم', '2023-08-05', 'relative')
D('14 تشرين الأول 2021', '2021-10-14', 'absolute')
D('الأسبوع المقبل', '2023-W32', 'relative')
D('آذار الماضي', '2023-03', 'absolute')
D('أمس', '2023-08-04', 'relative', 1)

A('William Noun (for the victims\' families)', 'قال', True,
  'تلات سنين ونحنا عم نركض ورا الحقيقة، وكل ما يقرّب القاضي من الكبار بيوقّفوه.. بس نحنا ما رح نسكت، ومش رح نترك دم ولادنا يروح هدر')
A(JS, 'قال', True,
  'لا مؤشرات إلى عودة قريبة للمحقق العدلي إلى ملفه قبل بتّ محكمة التمييز بدعاوى الرد والمخاصمة العالقة أمامها')
A(JS, 'مشيرا', True, 'الهيئة العامة لمحكمة التمييز معطلة بفعل الشغور في عدد من مراكزها')
A(HQ, 'قالت', False, 'الأهالي «لن يقبلوا بأي تسوية سياسية تطيح بالتحقيق»')
A(HQ, 'كاشفة', False,
  'أنهم سيتوجهون الأسبوع المقبل إلى مجلس حقوق الإنسان التابع للأمم المتحدة في جنيف، لمطالبته بتشكيل بعثة دولية مستقلة لتقصي الحقائق')
A('sources in the Development and Liberation bloc', 'اعتبرت', True,
  'المحقق العدلي تجاوز صلاحياته بالادعاء على نواب يتمتعون بالحصانة')

ENT('المرفأ', 'LOC', PORT)
ENT('مرفأ بيروت', 'LOC', PORT)
ENT('فوج إطفاء بيروت', 'ORG', 'Beirut Fire Brigade')
ENT('الكرنتينا', 'LOC', 'Karantina')
ENT('تمثال المغترب', 'LOC', 'Emigrant Statue (Beirut)')
ENT('ويليام نون', 'PER', 'William Noun')
ENT('جو نون', 'PER', 'Joe Noun')
ENT('طارق البيطار', 'PER', BIT)
ENT('البيطار', 'PER', BIT)
ENT('غسان عويدات', 'PER', OUE)
ENT('عويدات', 'PER', OUE)
ENT('للأمن العام', 'ORG', 'General Directorate of General Security (Lebanon)')
ENT('عباس إبراهيم', 'PER', 'Abbas Ibrahim')
ENT('أمن الدولة', 'ORG', 'State Security Directorate (Lebanon)')
ENT('طوني صليبا', 'PER', 'Tony Saliba')
ENT('حسان دياب', 'PER', 'Hassan Diab')
ENT('علي حسن خليل', 'PER', 'Ali Hassan Khalil')
ENT('خليل', 'PER', 'Ali Hassan Khalil')
ENT('غازي زعيتر', 'PER', 'Ghazi Zaiter')
ENT('نهاد المشنوق', 'PER', 'Nohad Machnouk')
ENT('يوسف فنيانوس', 'PER', 'Youssef Fenianos')
ENT('فنيانوس', 'PER', 'Youssef Fenianos')
ENT('الطيونة', 'LOC', 'Tayouneh')
ENT('حزب الله', 'ORG', 'Hezbollah')
ENT('أمل', 'ORG', 'Amal Movement')
ENT('النهار', 'ORG', 'An-Nahar')
ENT('محكمة التمييز', 'ORG', 'Court of Cassation (Lebanon)')
ENT('الهيئة العامة لمحكمة التمييز', 'ORG', 'General Assembly of the Court of Cassation (Lebanon)')
ENT('هيام قاسم', 'PER', 'Hiyam Qassem')
ENT('مجلس حقوق الإنسان', 'ORG', 'United Nations Human Rights Council')
ENT('المجلس', 'ORG', 'United Nations Human Rights Council')
ENT('للأمم المتحدة', 'ORG', 'United Nations')
ENT('جنيف', 'LOC', 'Geneva')
ENT('التنمية والتحرير', 'ORG', 'Development and Liberation bloc')
ENT('وزارة العدل', 'ORG', 'Ministry of Justice (Lebanon)')

F('explosion victims', 'الضحايا')
F('explosion victims', 'ضحايا')
F("victims' families", 'أهالي')
F("victims' families", 'الأهالي')
F("families' demand", 'الحقيقة والعدالة')
F("families' demand", 'الحقيقة')
F('explosion victims (dialect)', 'دم ولادنا')
F('officials blocking the probe (dialect)', 'الكبار')
F('Tarek Bitar (title)', 'المحقق العدلي')
F('removal of Bitar', 'لكفّ يده')
F('removal of Bitar', 'بتنحية البيطار')
F('charge against Bitar', 'اغتصاب السلطة')
F('politicians charged', 'سياسيون مدعى عليهم')
F('investigation frozen', 'مجمّدا')
F('investigation frozen', 'معلّق')
F('Tayouneh clashes', 'اشتباكات دامية')
F('political settlement', 'تسوية سياسية')
F('immunity of MPs', 'بالحصانة')
F('judicial vacancies', 'الشغور')
finish_article('h03')

# ---------------------------------------------------------------------------------------------- h04
article('h04', 't04_iran_strikes.txt',
        {'name_ar': 'الميادين', 'name_en': 'Al Mayadeen', 'domain': 'almayadeen.net'},
        '2024-10-27',
        'Written for this set; publication date 2024-10-27 (Sunday) set by the author and recorded in '
        't04_iran_strikes.yml. Consistent with the text: strikes "فجر أمس السبت" = 2024-10-26, Khamenei "اليوم '
        'الأحد", funeral "غدا الإثنين" = 2024-10-28, True Promise II on 1 October. High confidence (by construction).',
        'الجيش الإيراني: استشهاد 4 عسكريين في التصدي للعدوان الإسرائيلي.. والدفاعات الجوية أحبطت الجزء الأكبر من الهجوم')
IRA = 'Islamic Republic of Iran Army'
ISR = 'Israel'
IAF = 'Israeli Air Force'
IAD = 'Iranian air defences'
ADHQ = 'Khatam al-Anbiya Air Defence Headquarters (Iran)'
IRGC = 'Islamic Revolutionary Guard Corps'
PROV = 'military sites in Tehran, Khuzestan and Ilam provinces'
SAT = 'فجر أمس السبت'
E('killing/casualties', ISR, 'Iran', None, None, IRA, 'reported', 'استشهاد 4 عسكريين في التصدي للعدوان الإسرائيلي')
E('other', IAD, 'Iran', None, None, IRA, 'reported', 'الدفاعات الجوية أحبطت الجزء الأكبر من الهجوم')
E('killing/casualties', ISR, PROV, '2024-10-26', SAT + ' (same sentence)', IRA, 'reported',
  'استشهاد أربعة من عناصره خلال تصديهم للعدوان الإسرائيلي')
E('airstrike/shelling', ISR, PROV, '2024-10-26', SAT, IRA, 'reported',
  'للعدوان الإسرائيلي الذي استهدف فجر أمس السبت مواقع عسكرية في محافظات طهران وخوزستان وإيلام')
E('other', IAD, PROV, '2024-10-26', SAT + ' (same sentence)', IRA, 'reported',
  'منظومات الدفاع الجوي "تصدت بنجاح للهجوم وأحبطت جزءا كبيرا منه"')
E('killing/casualties', ISR, 'Iran', None, None, IRA, 'reported',
  'الشهداء الأربعة "ارتقوا أثناء أداء واجبهم في صد الصواريخ المعادية"')
E('other', None, 'Tehran', '2024-10-28', 'غدا الإثنين', IRA, 'planned', 'جثامينهم ستُشيَّع غدا الإثنين في العاصمة طهران')
E('airstrike/shelling', ISR, PROV, None, None, ADHQ, 'reported',
  'الكيان الصهيوني المجرم هاجم، في عمل عدواني، مراكز عسكرية في محافظات طهران وخوزستان وإيلام')
E('statement', ADHQ, None, None, None, None, 'asserted',
  'مضيفا أن الأضرار "كانت محدودة"، وأن "أبعاد الحادث قيد التحقيق"')
E('explosion', None, 'Tehran outskirts', None, None, 'eyewitnesses in western Tehran (speaking to Al Mayadeen)',
  'reported', 'سمعوا دوي انفجارات متتالية في محيط العاصمة')
E('other', IAD, 'Tehran', None, None, 'eyewitnesses in western Tehran (speaking to Al Mayadeen)', 'reported',
  'إطلاق المضادات الأرضية')
E('other', None, 'Tehran', '2024-10-26', 'صباح السبت', 'Iranian media', 'reported',
  'الحياة عادت إلى طبيعتها في العاصمة صباح السبت')
E('other', None, 'Imam Khomeini International Airport', '2024-10-26', 'صباح السبت (same sentence)', 'Iranian media',
  'reported', 'الرحلات الجوية استؤنفت في مطار الإمام الخميني الدولي بعد تعليقها لساعات')
E('airstrike/shelling', IAF, 'Iran', None, None, 'Daniel Hagari (Israeli army spokesman)', 'reported',
  'طائرات إسرائيلية نفذت "ضربات دقيقة" على منشآت لتصنيع الصواريخ ومنظومات دفاع جوي')
E('airstrike/shelling', IAF, 'Iran', None, None, 'Israeli security officials (via Channel 12)', 'reported',
  'نحو 100 طائرة شاركت في الهجوم على ثلاث موجات')
E('statement', 'Ali Khamenei', None, '2024-10-27', 'اليوم الأحد', None, 'asserted',
  'قال قائد الثورة الإسلامية السيد علي خامنئي، اليوم الأحد، إن "شر الكيان الصهيوني قبل ليلتين لا ينبغي تضخيمه ولا التقليل من شأنه"')
E('statement', 'Iranian Ministry of Foreign Affairs', None, None, None, None, 'asserted',
  'أكدت وزارة الخارجية الإيرانية أن طهران "تحتفظ بحقها المشروع في الدفاع عن نفسها" وفق المادة 51 من ميثاق الأمم المتحدة، وأنها "ترى نفسها ملزمة بالرد على أي عدوان خارجي"')
E('other', 'Abbas Araghchi', None, '2024-10-26', 'أمس', 'Abbas Araghchi', 'reported',
  'أجرى أمس اتصالات بنظرائه في عدد من دول المنطقة')
E('other', IRGC, ISR, None, 'في الوقت المناسب — "at the appropriate time", vague future', IRGC, 'predicted',
  'العدو الصهيوني سيتلقى ردا متناسبا ومؤلما في الوقت المناسب')
E('airstrike/shelling', IRGC, ISR, '2024-10-01', 'الأول من تشرين الأول/أكتوبر الجاري', None, 'asserted',
  'الحرس قد نفّذ في الأول من تشرين الأول/أكتوبر الجاري عملية "الوعد الصادق 2"')
E('airstrike/shelling', IRGC, 'Israeli military bases', '2024-10-01', 'الأول من تشرين الأول/أكتوبر الجاري (same sentence)',
  None, 'asserted', 'أطلق خلالها نحو 200 صاروخ باليستي على قواعد عسكرية إسرائيلية')
E('killing/casualties', ISR, 'Tehran; Beirut', None, None, None, 'asserted',
  'اغتيال الشهيد إسماعيل هنية في طهران والشهيد السيد حسن نصر الله في بيروت')
E('statement', 'Hezbollah', None, None, None, None, 'asserted',
  'أكد حزب الله في بيان أن "العدوان على الجمهورية الإسلامية لن يغيّر من معادلات الصراع شيئا"')
E('statement', 'Ansar Allah (Houthis)', None, None, None, None, 'asserted',
  'رأت حركة أنصار الله في اليمن أن الهجوم "يكشف عجز العدو أمام صمود المحور"، مؤكدة وقوفها "إلى جانب إيران في أي خيار تتخذه"')

N('4', 'people', 'Iranian soldiers killed (headline)', 'exact', '4 عسكريين')
N('4', 'people', 'Iranian soldiers killed resisting the Israeli strikes', 'exact', 'أربعة من عناصره')
N('4', 'people', 'Iranian soldiers killed (army statement)', 'exact', 'الشهداء الأربعة')
N('100', 'aircraft', 'Israeli aircraft taking part in the attack (Channel 12)', 'approx', 'نحو 100 طائرة')
N('3', 'waves', 'waves of the Israeli attack', 'exact', 'ثلاث موجات')
N('1600', 'kilometres', 'distance flown by some Israeli aircraft', 'more than', 'أكثر من 1600 كيلومتر')
N('200', 'missiles', 'ballistic missiles fired at Israel on 1 October (True Promise II)', 'approx', 'نحو 200 صاروخ')

D('أمس', '2024-10-26', 'relative', 0)
D('السبت', '2024-10-26', 'weekday', 0)
D('غدا', '2024-10-28', 'relative')
D('الإثنين', '2024-10-28', 'relative')
D('السبت', '2024-10-26', 'weekday', 1)
D('لساعات', None, 'vague')
D('اليوم', '2024-10-27', 'relative')
D('الأحد', '2024-10-27', 'weekday')
D('قبل ليلتين', '2024-10-26', 'relative')
D('أمس', '2024-10-26', 'relative', 1)
D('في الوقت المناسب', None, 'vague')
D('الأول من تشرين الأول/أكتوبر الجاري', '2024-10-01', 'absolute')

A(IRA, None, False, 'استشهاد 4 عسكريين في التصدي للعدوان الإسرائيلي.. والدفاعات الجوية أحبطت الجزء الأكبر من الهجوم')
A(IRA, 'أعلن', False,
  'استشهاد أربعة من عناصره خلال تصديهم للعدوان الإسرائيلي الذي استهدف فجر أمس السبت مواقع عسكرية في محافظات طهران وخوزستان وإيلام')
A(IRA, 'مؤكدا', False, 'منظومات الدفاع الجوي "تصدت بنجاح للهجوم وأحبطت جزءا كبيرا منه"')
A(IRA, 'قال', False,
  'الشهداء الأربعة "ارتقوا أثناء أداء واجبهم في صد الصواريخ المعادية"، وإن جثامينهم ستُشيَّع غدا الإثنين في العاصمة طهران')
A(ADHQ, 'أوضح', True, 'الكيان الصهيوني المجرم هاجم، في عمل عدواني، مراكز عسكرية في محافظات طهران وخوزستان وإيلام')
A(ADHQ, 'مضيفا', False, 'الأضرار "كانت محدودة"، وأن "أبعاد الحادث قيد التحقيق"')
A('eyewitnesses in western Tehran (speaking to Al Mayadeen)', 'قال', False,
  'إنهم سمعوا دوي انفجارات متتالية في محيط العاصمة، تزامنا مع إطلاق المضادات الأرضية')
A('Iranian media', 'أكدت', False,
  'الحياة عادت إلى طبيعتها في العاصمة صباح السبت، وأن الرحلات الجوية استؤنفت في مطار الإمام الخميني الدولي بعد تعليقها لساعات')
A('Daniel Hagari (Israeli army spokesman)', 'زعم', False,
  'طائرات إسرائيلية نفذت "ضربات دقيقة" على منشآت لتصنيع الصواريخ ومنظومات دفاع جوي')
A('Israeli security officials (via Channel 12)', 'نقلت', False,
  'نحو 100 طائرة شاركت في الهجوم على ثلاث موجات، وقطع بعضها أكثر من 1600 كيلومتر')
A('Ali Khamenei', 'قال', True, 'شر الكيان الصهيوني قبل ليلتين لا ينبغي تضخيمه ولا التقليل من شأنه')
A('Iranian Ministry of Foreign Affairs', 'أكدت', False,
  'طهران "تحتفظ بحقها المشروع في الدفاع عن نفسها" وفق المادة 51 من ميثاق الأمم المتحدة، وأنها "ترى نفسها ملزمة بالرد على أي عدوان خارجي"')
A('Abbas Araghchi', 'أعلن', False, 'أنه أجرى أمس اتصالات بنظرائه في عدد من دول المنطقة')
A(IRGC, 'حذّر', True, 'العدو الصهيوني سيتلقى ردا متناسبا ومؤلما في الوقت المناسب')
A('Hezbollah', 'أكد', True, 'العدوان على الجمهورية الإسلامية لن يغيّر من معادلات الصراع شيئا')
A('Ansar Allah (Houthis)', 'رأت', False, 'الهجوم "يكشف عجز العدو أمام صمود المحور"')
A('Ansar Allah (Houthis)', 'مؤكدة', False, 'وقوفها "إلى جانب إيران في أي خيار تتخذه"')

ENT('الجيش الإيراني', 'ORG', IRA)
ENT('الجيش', 'ORG', IRA)
ENT('طهران', 'LOC', 'Tehran')
ENT('خوزستان', 'LOC', 'Khuzestan')
ENT('إيلام', 'LOC', 'Ilam')
ENT('مقر الدفاع الجوي', 'ORG', ADHQ)
ENT('الكيان الصهيوني', 'ORG', ISR)
ENT('للميادين', 'ORG', 'Al Mayadeen')
ENT('مطار الإمام الخميني الدولي', 'LOC', 'Imam Khomeini International Airport')
ENT('جيش الاحتلال', 'ORG', 'Israeli army')
ENT('دانيال هاغاري', 'PER', 'Daniel Hagari')
ENT('القناة 12', 'ORG', 'Channel 12 (Israel)')
ENT('علي خامنئي', 'PER', 'Ali Khamenei')
ENT('وزارة الخارجية الإيرانية', 'ORG', 'Iranian Ministry of Foreign Affairs')
ENT('ميثاق الأمم المتحدة', 'MISC', 'Charter of the United Nations')
ENT('عباس عراقجي', 'PER', 'Abbas Araghchi')
ENT('حرس الثورة الإسلامية', 'ORG', IRGC)
ENT('الحرس', 'ORG', IRGC)
ENT('الوعد الصادق 2', 'MISC', 'Operation True Promise II')
ENT('إسماعيل هنية', 'PER', 'Ismail Haniyeh')
ENT('حسن نصر الله', 'PER', 'Hassan Nasrallah')
ENT('بيروت', 'LOC', 'Beirut')
ENT('محور المقاومة', 'ORG', 'Axis of Resistance')
ENT('المحور', 'ORG', 'Axis of Resistance')
ENT('حزب الله', 'ORG', 'Hezbollah')
ENT('الجمهورية الإسلامية', 'LOC', 'Iran')
ENT('حركة أنصار الله', 'ORG', 'Ansar Allah (Houthis)')
ENT('اليمن', 'LOC', 'Yemen')
ENT('إيران', 'LOC', 'Iran')

F('Israeli strikes (aggression)', 'للعدوان الإسرائيلي')
F('Israeli strikes (aggression)', 'العدوان')
F('Israeli strikes (aggression)', 'عمل عدواني')
F('aggression (any)', 'عدوان')
F('Israel', 'الكيان الصهيوني')
F('Israel', 'الكيان الصهيوني المجرم')
F('Israel', 'العدو الصهيوني')
F('Israel', 'العدو')
F('Israeli army', 'جيش الاحتلال')
F('Israeli missiles', 'الصواريخ المعادية')
F('Israeli army claim (distancing)', 'زعم')
F('killed Iranian soldiers (martyrs)', 'استشهاد')
F('killed Iranian soldiers (martyrs)', 'الشهداء')
F('killed Iranian soldiers (martyrs)', 'ارتقوا')
F('Haniyeh and Nasrallah (martyrs)', 'الشهيد')
F('killing of Haniyeh and Nasrallah', 'اغتيال')
F('Iranian air defence action', 'التصدي')
F('Iranian air defence action', 'تصديهم')
F('Axis of Resistance', 'محور المقاومة')
F('Axis of Resistance', 'المحور')
F('Axis steadfastness', 'صمود')
F('Iranian retaliation', 'ردا متناسبا ومؤلما')
F('Ali Khamenei (title)', 'قائد الثورة الإسلامية')
finish_article('h04')

# ---------------------------------------------------------------------------------------------- h05
article('h05', 't05_kuwait_rain.txt',
        {'name_ar': 'القبس', 'name_en': 'Al-Qabas', 'domain': 'alqabas.com'},
        '2023-11-16',
        'Written for this set; publication date 2023-11-16 (Thursday) set by the author and recorded in '
        't05_kuwait_rain.yml (a morning print edition). Consistent with the text: rain "أمس الأربعاء" = 2023-11-15, '
        'schools closed "اليوم الخميس", more rain expected "حتى مساء غد الجمعة" = 2023-11-17. High confidence (by '
        'construction).',
        'أمطار الأربعاء تغرق الشوارع وتعطل الدراسة.. و«الداخلية»: أكثر من 350 بلاغا خلال ساعات')
MOI = 'Ministry of Interior (Kuwait)'
KFF = 'Kuwait Fire Force'
MOE = 'Ministry of Education (Kuwait)'
DA = 'Dherar Al-Ali (Meteorological Department) (via KUNA)'
MPW = 'Ministry of Public Works (Kuwait)'
DGCA = 'Directorate General of Civil Aviation (Kuwait)'
SEC = 'security source (speaking to Al-Qabas)'
KW = 'Kuwait'
E('other', None, KW, '2023-11-15', 'الأربعاء', None, 'asserted', 'أمطار الأربعاء تغرق الشوارع')
E('other', None, KW, None, 'the school closure is on Thursday 2023-11-16 (body); the headline gives no day for it',
  None, 'asserted', 'تعطل الدراسة')
E('other', MOI, KW, None, 'خلال ساعات — vague', MOI, 'reported', 'أكثر من 350 بلاغا خلال ساعات')
E('other', None, KW, '2023-11-15', 'أمس الأربعاء', None, 'asserted',
  'شهدت البلاد أمس الأربعاء هطول أمطار غزيرة مصحوبة بعواصف رعدية')
E('other', None, KW, '2023-11-15', 'أمس الأربعاء (same sentence)', None, 'asserted',
  'تسببت في غرق عدد من الشوارع والأنفاق الرئيسية وتعطل مئات المركبات')
E('other', MOI, KW, '2023-11-15', 'أمس الأربعاء (same sentence); منذ ساعات الفجر الأولى', MOI, 'reported',
  'غرفة عملياتها تلقت منذ ساعات الفجر الأولى أكثر من 350 بلاغا')
E('other', 'Kuwaiti police and firefighters', 'Jahra; Farwaniya; Ahmadi', None, None, MOI, 'reported',
  'رجال الأمن والإطفاء تمكنوا من إنقاذ 47 شخصا علقوا في مركباتهم بمناطق الجهراء والفروانية والأحمدي')
E('other', 'Kuwaiti police and firefighters', KW, None, None, MOI, 'reported', 'سحب نحو 120 مركبة متعطلة')
E('other', 'Kuwaiti security and traffic patrols', KW, None, None, SEC, 'reported',
  'الدوريات الأمنية ودوريات المرور انتشرت عند مداخل الأنفاق المغمورة')
E('other', None, 'Sixth Ring Road', None, None, SEC, 'reported', 'طريق الدائري السادس أغلق جزئيا لنحو ثلاث ساعات')
E('other', None, 'Sixth Ring Road near Sulaibikhat', None, None, SEC, 'reported',
  'غمرت المياه أحد مساراته قرب منطقة الصليبخات')
E('other', KFF, KW, None, 'الساعات الـ24 الماضية — the 24 hours before the statement', KFF, 'reported',
  'فرقها تعاملت مع 63 حادثا خلال الساعات الـ24 الماضية')
E('other', None, 'Salmiya', None, None, KFF, 'reported', 'تسرب مياه إلى سرداب مجمع تجاري في منطقة السالمية')
E('other', None, 'Khaitan', None, None, KFF, 'reported', 'سقوط جزء من سقف منزل قديم في منطقة خيطان')
E('other', MOE, KW, '2023-11-16', 'اليوم الخميس', MOE, 'reported',
  'تعطيل الدراسة اليوم الخميس في جميع المدارس الحكومية والخاصة')
E('statement', 'Adel Al-Mane', None, None, None, None, 'asserted',
  'قال وزير التربية عادل المانع في تصريح صحفي إن «سلامة أبنائنا الطلبة فوق كل اعتبار»')
E('other', None, 'Kuwait International Airport', None, None, DA, 'reported',
  'كمية الأمطار المسجلة في محطة مطار الكويت الدولي بلغت 41 ملم')
E('other', None, 'Jahra', None, None, DA, 'reported', 'سجلت محطة الجهراء نحو 53 ملم')
E('other', None, KW, None,
  'حتى مساء غد الجمعة — end point (until Friday evening 2023-11-17), not the date of the event', DA, 'predicted',
  'استمرار فرص الأمطار الرعدية حتى مساء غد الجمعة، مع رياح نشطة قد تتجاوز سرعتها 50 كيلومترا في الساعة')
E('other', None, 'Kuwait International Airport', None, None, DGCA, 'reported',
  'تأخير رحلتين قادمتين لنحو 40 دقيقة بسبب تدني مدى الرؤية')
E('statement', 'Jahra residents', None, None, None, None, 'asserted', 'اشتكى سكان من تكرار غرق الشوارع مع كل موسم أمطار')
E('statement', 'Abu Fahd al-Enezi (Jahra resident)', None, None, None, None, 'asserted',
  'قال المواطن أبو فهد العنزي لـ«القبس»: «كل سنة نفس السالفة، الشوارع تصير بحر والمناهيل ما تسحب.. وين الصيانة اللي يقولون عنها؟ عيالنا ما قدروا يطلعون من البيت»')
E('other', MPW, KW, None, None, MPW, 'reported',
  'فرق الطوارئ التابعة لها «عملت بكامل طاقتها» لشفط المياه من 14 نفقا وتقاطعا')
E('other', None, KW, '2023-11-15', 'مساء أمس', MPW, 'reported', '«أغلب الطرق عادت إلى وضعها الطبيعي» مساء أمس')
E('accusation', 'members of the National Assembly (Kuwait)', None, None, None, None, 'asserted',
  'عددا من نواب مجلس الأمة انتقدوا، في تغريدات على منصة «إكس»، ما وصفوه بـ«تكرار المشهد ذاته كل شتاء»')

N('350', 'reports', 'emergency reports received by the Interior Ministry (headline)', 'more than', 'أكثر من 350 بلاغا', 0)
N('350', 'reports', 'emergency reports received by the Interior Ministry operations room', 'more than',
  'أكثر من 350 بلاغا', 1)
N('47', 'people', 'people rescued from stranded vehicles', 'exact', '47 شخصا')
N('120', 'vehicles', 'broken-down vehicles towed', 'approx', 'نحو 120 مركبة')
N('3', 'hours', 'partial closure of the Sixth Ring Road', 'approx', 'نحو ثلاث ساعات')
N('63', 'incidents', 'incidents handled by the Fire Force', 'exact', '63 حادثا')
N('24', 'hours', 'period covered by the Fire Force figure', 'exact', 'الساعات الـ24')
N('41', 'millimetres', 'rainfall at Kuwait International Airport station', 'exact', '41 ملم')
N('53', 'millimetres', 'rainfall at Jahra station', 'approx', 'نحو 53 ملم')
N('50', 'km/h', 'expected wind speed', 'more than', '50 كيلومترا في الساعة')
N('2', 'flights', 'incoming flights delayed at Kuwait airport', 'exact', 'رحلتين')
N('40', 'minutes', 'delay of the two incoming flights', 'approx', 'نحو 40 دقيقة')
N('14', 'tunnels and intersections', 'tunnels and intersections pumped dry by Public Works', 'exact', '14 نفقا وتقاطعا')
N(None, 'people', 'MPs who criticised the flooding on X', 'vague', 'عددا من نواب مجلس الأمة')

D('الأربعاء', '2023-11-15', 'weekday', 0)
D('خلال ساعات', None, 'vague')
D('أمس', '2023-11-15', 'relative', 0)
D('الأربعاء', '2023-11-15', 'weekday', 1)
D('منذ ساعات الفجر الأولى', None, 'relative')
D('الساعات الـ24 الماضية', None, 'relative')
D('أمس', '2023-11-15', 'relative', 1)
D('اليوم', '2023-11-16', 'relative', 0)
D('الخميس', '2023-11-16', 'weekday')
D('نوفمبر', None, 'vague')
D('منذ سنوات', None, 'vague')
D('غد', '2023-11-17', 'relative')
D('الجمعة', '2023-11-17', 'relative')
D('أمس', '2023-11-15', 'relative', 2)

A(MOI, None, False, 'أكثر من 350 بلاغا خلال ساعات')
A(MOI, 'أعلنت', False,
  'غرفة عملياتها تلقت منذ ساعات الفجر الأولى أكثر من 350 بلاغا تتعلق بتجمعات المياه وتعطل المركبات واحتجاز أشخاص داخل سياراتهم')
A(MOI, 'أوضحت', False,
  'رجال الأمن والإطفاء تمكنوا من إنقاذ 47 شخصا علقوا في مركباتهم بمناطق الجهراء والفروانية والأحمدي، إضافة إلى سحب نحو 120 مركبة متعطلة')
A(MOI, 'مؤكدة', False, 'عدم تسجيل أي وفيات أو إصابات بليغة حتى ساعة إعداد البيان')
A(SEC, 'قال', False,
  'الدوريات الأمنية ودوريات المرور انتشرت عند مداخل الأنفاق المغمورة، وإن طريق الدائري السادس أغلق جزئيا لنحو ثلاث ساعات بعد أن غمرت المياه أحد مساراته قرب منطقة الصليبخات')
A(KFF, 'قالت', False,
  'فرقها تعاملت مع 63 حادثا خلال الساعات الـ24 الماضية، أبرزها تسرب مياه إلى سرداب مجمع تجاري في منطقة السالمية، وسقوط جزء من سقف منزل قديم في منطقة خيطان، من دون تسجيل إصابات')
A(MOE, 'أعلنت', False, 'تعطيل الدراسة اليوم الخميس في جميع المدارس الحكومية والخاصة، حرصا على سلامة الطلبة والعاملين')
A('Adel Al-Mane', 'قال', True, 'سلامة أبنائنا الطلبة فوق كل اعتبار')
A(DA, 'نقلت', False,
  'كمية الأمطار المسجلة في محطة مطار الكويت الدولي بلغت 41 ملم، فيما سجلت محطة الجهراء نحو 53 ملم، وهي «من أعلى الكميات اليومية المسجلة في نوفمبر منذ سنوات»')
A(DA, 'متوقعا', False,
  'استمرار فرص الأمطار الرعدية حتى مساء غد الجمعة، مع رياح نشطة قد تتجاوز سرعتها 50 كيلومترا في الساعة')
A(DGCA, 'أفادت', False,
  'حركة الملاحة في مطار الكويت الدولي «سارت بشكل طبيعي»، باستثناء تأخير رحلتين قادمتين لنحو 40 دقيقة بسبب تدني مدى الرؤية')
A('Jahra residents', 'اشتكى', False, 'تكرار غرق الشوارع مع كل موسم أمطار')
A('Abu Fahd al-Enezi (Jahra resident)', 'قال', True,
  'كل سنة نفس السالفة، الشوارع تصير بحر والمناهيل ما تسحب.. وين الصيانة اللي يقولون عنها؟ عيالنا ما قدروا يطلعون من البيت')
A(MPW, 'أكدت', False, 'فرق الطوارئ التابعة لها «عملت بكامل طاقتها» لشفط المياه من 14 نفقا وتقاطعا')
A(MPW, 'مشيرة', False, '«أغلب الطرق عادت إلى وضعها الطبيعي» مساء أمس')
A('members of the National Assembly (Kuwait)', 'وصفوه', True, 'تكرار المشهد ذاته كل شتاء')

ENT('الداخلية', 'ORG', MOI)
ENT('وزارة الداخلية', 'ORG', MOI)
ENT('الوزارة', 'ORG', MOI)
ENT('الجهراء', 'LOC', 'Jahra')
ENT('الفروانية', 'LOC', 'Farwaniya')
ENT('الأحمدي', 'LOC', 'Ahmadi')
ENT('القبس', 'ORG', 'Al-Qabas')
ENT('الدائري السادس', 'LOC', 'Sixth Ring Road')
ENT('الصليبخات', 'LOC', 'Sulaibikhat')
ENT('قوة الإطفاء العامة', 'ORG', KFF)
ENT('السالمية', 'LOC', 'Salmiya')
ENT('خيطان', 'LOC', 'Khaitan')
ENT('وزارة التربية', 'ORG', MOE)
ENT('عادل المانع', 'PER', 'Adel Al-Mane')
ENT('وكالة الأنباء الكويتية', 'ORG', 'Kuwait News Agency (KUNA)')
ENT('كونا', 'ORG', 'Kuwait News Agency (KUNA)')
ENT('إدارة الأرصاد الجوية', 'ORG', 'Kuwait Meteorological Department')
ENT('ضرار العلي', 'PER', 'Dherar Al-Ali')
ENT('مطار الكويت الدولي', 'LOC', 'Kuwait International Airport')
ENT('الإدارة العامة للطيران المدني', 'ORG', DGCA)
ENT('أبو فهد العنزي', 'PER', 'Abu Fahd al-Enezi')
ENT('وزارة الأشغال العامة', 'ORG', MPW)
ENT('مجلس الأمة', 'ORG', 'National Assembly (Kuwait)')
ENT('إكس', 'MISC', 'X (formerly Twitter)')

F('rain', 'أمطار')
F('rain', 'الأمطار')
F('rain', 'أمطار غزيرة')
F('rain', 'الأمطار الرعدية')
F('thunderstorms', 'عواصف رعدية')
F('flooding', 'تغرق')
F('flooding', 'غرق')
F('flooding', 'المغمورة')
F('flooding', 'غمرت')
F('school closure', 'تعطل الدراسة')
F('school closure', 'تعطيل الدراسة')
F('drainage failure (resident, dialect)', 'المناهيل ما تسحب')
F('recurring failure (MPs)', 'تكرار المشهد ذاته كل شتاء')
F('recurring failure (residents)', 'تكرار غرق الشوارع')
F('accountability', 'بمحاسبة')
finish_article('h05')

# ---------------------------------------------------------------------------------------------- h06
article('h06', 't06_sfax_shipwreck.txt',
        {'name_ar': 'موزاييك أف أم', 'name_en': 'Mosaique FM', 'domain': 'mosaiquefm.net'},
        '2023-08-04',
        'Written for this set; publication date 2023-08-04 (Friday) set by the author and recorded in '
        't06_sfax_shipwreck.yml; the text itself says "اليوم الجمعة 4 أوت 2023". The shipwreck "ليلة الأربعاء إلى '
        'الخميس" is dated to Thursday 2023-08-03. High confidence (by construction).',
        'صفاقس: انتشال 9 جثث لمهاجرين وإنقاذ 23 إثر غرق مركب قبالة سواحل العامرة')
HJ = 'Houssem Eddine Jebabli (National Guard spokesman)'
NG = 'Tunisian National Guard'
MG = 'Tunisian Maritime Guard'
AMRA = 'off El Amra, Sfax'
TRC = 'Tunisian Red Crescent (Sfax regional branch)'
SEC6 = 'security source (speaking to Mosaique FM)'
FTDES = 'Tunisian Forum for Economic and Social Rights (FTDES)'
NIGHT = 'ليلة الأربعاء إلى الخميس — the night of Wednesday to Thursday; dated to Thursday 2023-08-03'
E('killing/casualties', None, AMRA, None, None, None, 'asserted', 'انتشال 9 جثث لمهاجرين', 0)
E('other', MG, AMRA, None, None, None, 'asserted', 'إنقاذ 23', 0)
E('other', None, AMRA, None, None, None, 'asserted', 'غرق مركب قبالة سواحل العامرة')
E('killing/casualties', None, AMRA, '2023-08-03', NIGHT + ' (same sentence)', HJ, 'reported',
  'وحدات الحرس البحري بصفاقس تمكنت من انتشال 9 جثث لمهاجرين غير نظاميين من دول إفريقيا جنوب الصحراء')
E('other', MG, AMRA, '2023-08-03', NIGHT + ' (same sentence)', HJ, 'reported', 'إنقاذ 23 آخرين')
E('other', None, AMRA, '2023-08-03', NIGHT, HJ, 'reported',
  'غرق مركب كان يقلهم قبالة سواحل منطقة العامرة ليلة الأربعاء إلى الخميس')
E('other', None, 'Jebiniana', None, None, HJ, 'reported',
  'المركب الحديدي انطلق من أحد شواطئ جبنيانة وعلى متنه نحو 45 مهاجرا')
E('other', NG, AMRA, None, None, HJ, 'reported', 'عمليات البحث متواصلة للعثور على قرابة 13 مفقودا')
E('statement', 'Houssem Eddine Jebabli', None, None, None, None, 'asserted',
  'مرجّحا أن تكون الحمولة الزائدة وسوء الأحوال الجوية وراء غرقه')
E('other', "Public Prosecutor's Office (Sfax)", 'Sfax', None, None, 'Faouzi Masmoudi (Sfax courts spokesman)',
  'reported',
  'النيابة العمومية أذنت بفتح بحث تحقيقي وعرض الجثث على الطب الشرعي بالمستشفى الجامعي الحبيب بورقيبة لتحديد هويات أصحابها')
E('other', TRC, 'Sfax', None, None, TRC, 'reported', 'متطوعيها قدموا الإسعافات الأولية للناجين')
E('other', None, 'Sfax', None, None, TRC, 'reported', 'امرأة حاملا من بينهم نُقلت إلى المستشفى في حالة حرجة')
E('other', NG, 'Sfax and Mahdia coasts', '2023-W30', 'خلال الأسبوع الماضي', SEC6, 'reported',
  'وحدات الحرس الوطني أحبطت خلال الأسبوع الماضي 52 محاولة اجتياز للحدود البحرية خلسة انطلاقا من سواحل صفاقس والمهدية')
E('other', NG, 'Sfax and Mahdia coasts', '2023-W30', 'خلال الأسبوع الماضي (same sentence)', SEC6, 'reported',
  'ضبطت 1870 مهاجرا من بينهم 112 تونسيا')
E('other', NG, 'Sfax and Mahdia coasts', '2023-W30', 'خلال الأسبوع الماضي (same sentence)', SEC6, 'reported',
  'إيقاف 14 منظّما')
E('killing/casualties', None, 'Chaffar beach, Mahres', '2023-08-02', 'قبل يومين', None, 'asserted',
  'الوحدات الأمنية قد انتشلت قبل يومين جثتي طفلين لفظهما البحر على شاطئ الشفار بمعتمدية المحرس جنوب المدينة')
E('statement', 'Mohamed Hedi Ben Salem (El Amra fisherman)', None, None, None, None, 'asserted',
  'قال البحار محمد الهادي بن سالم لموزاييك: "البحر ولّى مقبرة، كل جمعة نلقاو جثث تطفى ولا تعلق في الشباك.. الناس هاذي تموت قدّام عينينا وحد ما يتحرك"')
E('killing/casualties', None, 'off the Tunisian coast', None,
  'منذ بداية السنة الحالية — since January 2023 (a period)', FTDES, 'reported',
  'لقي أكثر من 900 مهاجر حتفهم أو فُقدوا قبالة السواحل التونسية منذ بداية السنة الحالية')
E('statement', 'Romdhane Ben Amor', None, None, None, None, 'asserted',
  'قال المتحدث باسم المنتدى رمضان بن عمر إن "المقاربة الأمنية وحدها فشلت"')
E('other', 'Tunisia; European Union', None, '2023-07-16', '16 جويلية الماضي', None, 'asserted',
  'مذكرة التفاهم التي وقعتها تونس مع الاتحاد الأوروبي في 16 جويلية الماضي')
E('killing/casualties', None, 'Sakiet Ezzit, Sfax', '2023-07-03', '3 جويلية', None, 'asserted',
  'مقتل مواطن تونسي في مواجهات مع مهاجرين بحي ساقية الزيت في 3 جويلية')
E('displacement', 'Tunisian authorities', 'from Sfax to the Libyan and Algerian border areas', None, None, None,
  'asserted', 'عمليات ترحيل لمئات المهاجرين نحو المناطق الحدودية مع ليبيا والجزائر')
E('visit/inspection', 'Giorgia Meloni; Ursula von der Leyen; Mark Rutte', 'Tunisia', '2023-06-11', '11 جوان الماضي', None,
  'asserted',
  'رئيسة الحكومة الإيطالية جورجيا ميلوني ورئيسة المفوضية الأوروبية أورسولا فون دير لاين ورئيس الوزراء الهولندي مارك روته قد زاروا تونس في 11 جوان الماضي')
E('other', 'Giorgia Meloni; Ursula von der Leyen; Mark Rutte', 'Tunisia', '2023-06-11', '11 جوان الماضي (same sentence)',
  None, 'asserted', 'التقوا الرئيس قيس سعيد لبحث ملف الهجرة')

N('9', 'people', 'bodies of migrants recovered (headline)', 'exact', '9 جثث', 0)
N('23', 'people', 'migrants rescued (headline)', 'exact', '23', 0)
N('9', 'people', 'bodies of migrants recovered off El Amra', 'exact', '9 جثث', 1)
N('23', 'people', 'migrants rescued off El Amra', 'exact', '23 آخرين')
N('45', 'people', 'migrants aboard the boat', 'approx', 'نحو 45 مهاجرا')
N('13', 'people', 'migrants missing', 'approx', 'قرابة 13 مفقودا')
N('1', 'people', 'pregnant woman among the survivors taken to hospital in critical condition', 'exact', 'امرأة حاملا')
N('52', 'attempts', 'irregular sea-crossing attempts foiled last week', 'exact', '52 محاولة')
N('1870', 'people', 'migrants intercepted last week', 'exact', '1870 مهاجرا')
N('112', 'people', 'Tunisians among the migrants intercepted', 'exact', '112 تونسيا')
N('14', 'people', 'smuggling organisers arrested', 'exact', '14 منظّما')
N('2', 'people', 'bodies of children recovered on Chaffar beach', 'exact', 'جثتي طفلين')
N('900', 'people', 'migrants dead or missing off Tunisia since January (FTDES)', 'more than', 'أكثر من 900 مهاجر')
N('600', 'people', 'migrants dead or missing off Tunisia in 2022 (FTDES)', 'approx', 'نحو 600')
N('1', 'people', 'Tunisian killed in clashes in Sakiet Ezzit', 'exact', 'مواطن تونسي')
N(None, 'people', 'migrants expelled to the border areas', 'vague', 'مئات المهاجرين')

D('اليوم', '2023-08-04', 'relative')
D('الجمعة', '2023-08-04', 'weekday')
D('4 أوت 2023', '2023-08-04', 'absolute')
D('الأربعاء', '2023-08-02', 'weekday')
D('الخميس', '2023-08-03', 'weekday')
D('الأسبوع الماضي', '2023-W30', 'relative')
D('قبل يومين', '2023-08-02', 'relative')
D('منذ بداية السنة الحالية', None, 'relative')
D('سنة 2022', None, 'vague')
D('16 جويلية الماضي', '2023-07-16', 'absolute')
D('منذ مطلع جويلية', '2023-07', 'absolute')
D('3 جويلية', '2023-07-03', 'absolute')
D('11 جوان الماضي', '2023-06-11', 'absolute')

A(HJ, 'أفاد', False,
  'وحدات الحرس البحري بصفاقس تمكنت من انتشال 9 جثث لمهاجرين غير نظاميين من دول إفريقيا جنوب الصحراء، وإنقاذ 23 آخرين، إثر غرق مركب كان يقلهم قبالة سواحل منطقة العامرة ليلة الأربعاء إلى الخميس')
A(HJ, 'أوضح', False,
  'المركب الحديدي انطلق من أحد شواطئ جبنيانة وعلى متنه نحو 45 مهاجرا، من بينهم نساء وأطفال، وأن عمليات البحث متواصلة للعثور على قرابة 13 مفقودا')
A(HJ, 'مرجّحا', False, 'تكون الحمولة الزائدة وسوء الأحوال الجوية وراء غرقه')
A('Faouzi Masmoudi (Sfax courts spokesman)', 'قال', False,
  'الناجين يحملون جنسيات إيفوارية وغينية وكاميرونية وسودانية، وإن النيابة العمومية أذنت بفتح بحث تحقيقي وعرض الجثث على الطب الشرعي بالمستشفى الجامعي الحبيب بورقيبة لتحديد هويات أصحابها')
A(TRC, 'أفادت', False, 'متطوعيها قدموا الإسعافات الأولية للناجين')
A(TRC, 'مشيرة', False, 'امرأة حاملا من بينهم نُقلت إلى المستشفى في حالة حرجة')
A(SEC6, 'أكد', False,
  'وحدات الحرس الوطني أحبطت خلال الأسبوع الماضي 52 محاولة اجتياز للحدود البحرية خلسة انطلاقا من سواحل صفاقس والمهدية، وضبطت 1870 مهاجرا من بينهم 112 تونسيا، إلى جانب إيقاف 14 منظّما')
A('Mohamed Hedi Ben Salem (El Amra fisherman)', 'قال', True,
  'البحر ولّى مقبرة، كل جمعة نلقاو جثث تطفى ولا تعلق في الشباك.. الناس هاذي تموت قدّام عينينا وحد ما يتحرك')
A(FTDES, 'حسب', False,
  'لقي أكثر من 900 مهاجر حتفهم أو فُقدوا قبالة السواحل التونسية منذ بداية السنة الحالية، مقابل نحو 600 طيلة سنة 2022')
A('Romdhane Ben Amor (FTDES)', 'قال', True, 'المقاربة الأمنية وحدها فشلت')

ENT('صفاقس', 'LOC', 'Sfax')
ENT('العامرة', 'LOC', 'El Amra')
ENT('الإدارة العامة للحرس الوطني', 'ORG', NG)
ENT('حسام الدين الجبابلي', 'PER', 'Houssem Eddine Jebabli')
ENT('الجبابلي', 'PER', 'Houssem Eddine Jebabli')
ENT('الحرس البحري', 'ORG', MG)
ENT('إفريقيا جنوب الصحراء', 'LOC', 'Sub-Saharan Africa')
ENT('موزاييك', 'ORG', 'Mosaique FM')
ENT('جبنيانة', 'LOC', 'Jebiniana')
ENT('فوزي المصمودي', 'PER', 'Faouzi Masmoudi')
ENT('النيابة العمومية', 'ORG', "Public Prosecutor's Office (Sfax)")
ENT('المستشفى الجامعي الحبيب بورقيبة', 'LOC', 'Habib Bourguiba University Hospital (Sfax)')
ENT('الهيئة الجهوية للهلال الأحمر التونسي', 'ORG', TRC)
ENT('الحرس الوطني', 'ORG', NG)
ENT('المهدية', 'LOC', 'Mahdia')
ENT('الشفار', 'LOC', 'Chaffar')
ENT('المحرس', 'LOC', 'Mahres')
ENT('محمد الهادي بن سالم', 'PER', 'Mohamed Hedi Ben Salem')
ENT('المنتدى التونسي للحقوق الاقتصادية والاجتماعية', 'ORG', FTDES)
ENT('المنتدى', 'ORG', FTDES)
ENT('رمضان بن عمر', 'PER', 'Romdhane Ben Amor')
ENT('تونس', 'LOC', 'Tunisia')
ENT('الاتحاد الأوروبي', 'ORG', 'European Union')
ENT('ساقية الزيت', 'LOC', 'Sakiet Ezzit')
ENT('ليبيا', 'LOC', 'Libya')
ENT('الجزائر', 'LOC', 'Algeria')
ENT('جورجيا ميلوني', 'PER', 'Giorgia Meloni')
ENT('المفوضية الأوروبية', 'ORG', 'European Commission')
ENT('أورسولا فون دير لاين', 'PER', 'Ursula von der Leyen')
ENT('مارك روته', 'PER', 'Mark Rutte')
ENT('قيس سعيد', 'PER', 'Kais Saied')

F('migrants (legal status)', 'مهاجرين غير نظاميين')
F('migrants', 'مهاجرين')
F('migrants', 'مهاجرا')
F('migrants', 'مهاجر')
F('migrants', 'المهاجرين')
F('irregular crossing', 'اجتياز للحدود البحرية خلسة')
F('smugglers', 'منظّما')
F('shipwreck', 'غرق')
F('shipwreck', 'غرقه')
F('the sea as a graveyard (fisherman)', 'مقبرة')
F('migrant deaths', 'حتفهم')
F('migration policy', 'المقاربة الأمنية')
F('migration policy', 'ملف الهجرة')
F('expulsions', 'ترحيل')
F('tension in Sfax', 'توتر')
finish_article('h06')

# ---------------------------------------------------------------------------------------------- output
UNCERTAIN = [
    'Texts are newly written for this set (realistic, not copied) by an annotator who had not seen the extractor '
    'code or its data files, nor the texts/annotations of the blind held-out sets. Public figures and broad facts '
    'follow real events (al-Jaouni school strike, Nuseirat, Sept 2024; Niger coup and French evacuation, July-Aug '
    '2023; Beirut port probe and third anniversary, Aug 2023; Israeli strikes on Iran, 26 Oct 2024; Sfax migrant '
    'shipwrecks, summer 2023) but figures are approximate and the Kuwait rain story (Nov 2023) is invented in its '
    'details. Minor people (Abu Khalil al-Najjar, the Abu Samra family, Ousmane Maiga, Hiyam Qassem, Abu Fahd '
    'al-Enezi, Mohamed Hedi Ben Salem) are invented; quotes of real officials are written for the set.',
    'Article keys are h01..h06 (the shared validator expects them); files are t01..t06. Rows are sorted by position.',
    'Dates follow the earlier tuning sets: part-of-day words (فجر، ظهر، صباح، مساء، ليلة) stay outside date surfaces; '
    '"أمس/اليوم/غدا + weekday" is two dates; future weekdays (غدا الإثنين، غد الجمعة) are kind relative; "X الماضي/'
    'الجاري" stays in the surface (الأحد الماضي = relative day; تموز/يوليو الماضي = absolute month); "منذ" stays in '
    'the surface when it opens the expression; periods (منذ بداية السنة الحالية، الساعات الـ24 الماضية، منذ ساعات '
    'الفجر الأولى) are relative with value null; "سنة 2022" and the generic "نوفمبر" (in "من أعلى الكميات في نوفمبر '
    'منذ سنوات") are vague. Event-anchored phrases (منذ بدء الحرب، منذ بداية الحرب، بعد أسبوع من الانقلاب، في '
    'الذكرى الثالثة، حتى ساعة إعداد البيان) and recurring ones (كل سنة، كل شتاء، كل جمعة = every week in Tunisian) '
    'are not dates. "للسنة الثالثة على التوالي" is not annotated (ordinal, no anchor).',
    'h01: the Hijri date "8 ربيع الأول 1446 هـ" is 2024-09-11 in the Umm al-Qura calendar (local calendars can differ '
    'by a day); it agrees with "أمس الأربعاء". h04: "قبل ليلتين" (Khamenei, Sunday) is read as the night ending at '
    'dawn on Saturday 2024-10-26. h03 "حتى اليوم" keeps "اليوم" = publication day.',
    'Event dates: an expression that dates a report or a statement does not date the event; events in the same '
    'sentence as a dated event inherit its date (h01 Mawasi toll, h02 embassy storming, h03 Tayouneh toll, h06 '
    'recovery and rescue in the shipwreck sentence); "حتى مساء غد الجمعة" (until) is an end point, not an event date; '
    'month-only expressions never date an event. h06 "ليلة الأربعاء إلى الخميس" is dated to Thursday 2023-08-03.',
    'Numbers: durations with a numeral are number rows (سبعة أيام، 13 شهرا، تلات سنين، نحو ثلاث ساعات، نحو 40 '
    'دقيقة); "الساعات الـ24 الماضية" is both a number (24 hours) and a date (relative, null), as the two earlier '
    'conventions disagree. Numerals inside names are not numbers (فرانس 24، القناة 12، الوعد الصادق 2) nor is the '
    'article number in "المادة 51 من ميثاق الأمم المتحدة". Ordinals (أول طائرة، الطابق، صاروخا آخر) are not numbers; '
    'the dual "حكومتا"/"البلدين" is not a count. Singular and dual counted nouns in casualty counts are rows (امرأة '
    'حاملا، مواطن تونسي، جثتي طفلين، صاروخين، مذكرتي توقيف، رحلتين). "غالبيتهم"/"معظم الضحايا" are proportions, not '
    'counts. Vague quantities are rows only for people (العشرات، آلاف النازحين، مئات الرعايا، بعضهم، عددا من نواب '
    'مجلس الأمة), not for vehicles, streets or schools. Headline figures are separate rows from the body figures.',
    'Entities: one canonical per surface in an article, so metonymic uses keep the place canonical (باريس = Paris for '
    'the French government, طهران = Tehran for the Iranian state). "الاحتلال" (h01) is ORG Israel, "الكيان الصهيوني" '
    '(h04) ORG Israel, "الجمهورية الإسلامية" LOC Iran. Fused ل+ال surfaces are their own rows (للأونروا، للأمن '
    'العام، للأمم المتحدة، للميادين); "لكفّ" etc. are not entities. Quote marks split names: حركة «أمل» → "أمل". '
    'Long official names are one maximal mention (الهيئة العامة لمحكمة التمييز، المستشفى الجامعي الحبيب بورقيبة، '
    'الهيئة الجهوية للهلال الأحمر التونسي، ميثاق الأمم المتحدة). Generic nouns (القطاع، المخيم، العاصمة، البلاد، '
    'المدينة، المستشفى، الحكومة، التلفزيون الرسمي) are not entities. "أبو سمرة" (a family) is PER.',
    'Attribution spans follow the seeds: complement after أن/إن/بأن (fused pronouns kept: "أنه", "إنها", "إنهم", '
    '"أنها", "أنهم"); inside the quotation marks when the whole complement is quoted; mixed quotes direct_quote false; '
    'masdar complements of أعلن/أعلنت are the span; markers (بحسب، وفق، حسب) span the clause they qualify; headline '
    'colons ("الجيش الإيراني:"، «الداخلية»:) are attributions with verb null. Calls appended to a report (داعيا، '
    'مطالبة، مطالبين) are neither attributions nor events. A denial with no content ("وهو ما نفته باريس") is a '
    'statement event but no attribution.',
    'Event typing choices: the Niger coup, detentions, self-proclamations, ultimatums, sanctions, protests, rescues, '
    'rain and flooding, road closures, school closures, funerals and agreements are "other" (no schema type fits); '
    'evacuations of nationals and the Sfax expulsions are displacement; recovered bodies are killing/casualties with '
    'no actor (as in the earlier sets); charges by a judge (ادعى على) and criticism that blames others are '
    'accusation; a threatened retaliation is "other", predicted. Statement rows only where the content is not an '
    'event; a resident\'s quote describing the strike is an airstrike row, not a statement. The h02 kicker "انقلاب '
    'النيجر:" is a topic label, not an event row; nominal back-references in the same sentence (h02 "عملية إجلاء '
    'أطلقتها فرنسا", h01 "مركز لإيواء") are not separate rows. The headline figure "6 من موظفي الأونروا" keeps the '
    'counted noun phrase in its span.',
]


description = {
    'summary': 'Eighth gold set (TUNING): six Arabic news articles written for this set in the style of real outlets '
               '(Al-Quds Al-Arabi on the Israeli strike on the al-Jaouni UNRWA school in Nuseirat, France 24 on the '
               'Niger coup and the evacuation of foreigners, An-Nahar on the Beirut port investigation at its third '
               'anniversary, Al Mayadeen on the Israeli strikes on Iran and the Iranian army statements, Al-Qabas on '
               'heavy rain in Kuwait, Mosaique FM on a migrant shipwreck off Sfax), annotated by hand without looking '
               'at the extractors. Same format and conventions as ../shared/dev-set/seeds_gold.json. "file" is '
               'relative to tests/. Offsets are Python str indices into open(path, encoding="utf-8").read().',
    'uncertain_points': UNCERTAIN,
    'files': FILES,
    'counts': _GOLD.counts(),
}

if __name__ == '__main__':
    write_set(_GOLD, HERE, description)
