#!/usr/bin/env python3
"""Build heldout23_gold.json from the hand annotations below (BLIND set 23: e01..e06, keys h01..h06).

Spans are (surface, occurrence index), located by search; the helpers and their conventions are
tests/heldout_tools/annotate.py.
Run: python3 tests/heldout23/build_gold.py  (writes heldout23_gold.json next to this file)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(TESTS, 'heldout_tools'))  # annotate.py, common.py
from annotate import FILES, Gold, write_set  # noqa: E402

_GOLD = Gold('heldout23')
ARTICLES = _GOLD.articles   # key -> dict
article, finish_article = _GOLD.article, _GOLD.finish_article
E, N, A, D, ENT, F = _GOLD.E, _GOLD.N, _GOLD.A, _GOLD.D, _GOLD.ENT, _GOLD.F


# ---------------------------------------------------------------------------------------------- h01
article('h01', 'e01_damascus_falls.txt',
        {'name_ar': 'عنب بلدي', 'name_en': 'Enab Baladi', 'domain': 'enabbaladi.net'},
        '2024-12-09',
        'Written for this set; publication date 2024-12-09 (Monday) set by the author and recorded in '
        'e01_damascus_falls.yml. Consistent with the text: the entry into Damascus "فجر أمس الأحد، 8 من كانون الأول" '
        '= 2024-12-08; Levantine month names (كانون الأول، تشرين الثاني). High confidence (by construction).',
        'سقوط نظام الأسد.. فصائل المعارضة تدخل دمشق وموسكو تعلن لجوء بشار الأسد إليها')
OPP = 'Syrian opposition factions'
MOC = 'Military Operations Command (Syria)'
KREM = 'a Kremlin source (via TASS)'
RMFA = 'Russian Ministry of Foreign Affairs'
JAL = 'Mohammad Ghazi al-Jalali (Syrian prime minister)'
ABUK = 'Abu Khaled (resident of al-Midan, Damascus)'
SHARAA = 'Ahmed al-Sharaa (commander of the Military Operations Command)'
SOHR = 'Syrian Observatory for Human Rights'
EBC = 'Enab Baladi correspondent'
SOUTH = 'factions from Daraa and Suwayda'
IDF = 'Israel Defense Forces'
DAM = 'Damascus'
SUN1 = '2024-12-08'
E('other', None, 'Syria', None, None, None, 'asserted', 'سقوط نظام الأسد')
E('capture/control', OPP, DAM, None, None, None, 'asserted', 'فصائل المعارضة تدخل دمشق')
E('other', 'Bashar al-Assad', 'Moscow', None, None, 'Russia', 'reported', 'لجوء بشار الأسد إليها')
E('capture/control', OPP, DAM, SUN1, 'فجر أمس الأحد، 8 من كانون الأول', None, 'asserted',
  'دخلت فصائل المعارضة السورية العاصمة دمشق')
E('other', None, 'Syria', SUN1, 'فجر أمس الأحد (same sentence)', OPP, 'reported', 'سقوط نظام بشار الأسد')
E('advance/offensive', OPP, 'western Aleppo countryside', None, 'بعد 11 يوماً من — event-anchored, no date', None,
  'asserted', 'إطلاق معركة "ردع العدوان" من ريف حلب الغربي')
E('other', 'Bashar al-Assad', None, None, None, MOC, 'reported', 'بشار الأسد هرب')
E('statement', MOC, None, None, None, None, 'asserted',
  'قالت "إدارة العمليات العسكرية"، في بيان تلاه أحد عناصرها على شاشة التلفزيون السوري، إن "الطاغية بشار الأسد هرب"')
E('other', 'Bashar al-Assad and his family', 'Moscow', None, None, KREM, 'reported',
  'الأسد وأفراد عائلته وصلوا إلى موسكو')
E('other', 'Russia', None, None, None, KREM, 'reported', 'روسيا منحتهم حق اللجوء')
E('other', 'Bashar al-Assad', 'Syria', None, 'في وقت سابق (vague)', RMFA, 'reported', 'الأسد غادر سوريا')
E('other', 'Bashar al-Assad', 'Syria', None, None, RMFA, 'reported', 'أصدر تعليمات بتسليم السلطة سلمياً')
E('statement', JAL, DAM, None, None, None, 'asserted',
  'أعلن رئيس الحكومة، محمد غازي الجلالي، في تسجيل مصور، استعداده للتعاون مع "أي قيادة يختارها الشعب"')
E('other', 'thousands of Syrians', 'Umayyad Square, Damascus', None, None, None, 'asserted',
  'شهدت ساحة الأمويين تجمع آلاف السوريين الذين احتفلوا بسقوط النظام')
E('other', 'hundreds of citizens', "People's Palace and Assad's residence, Damascus", None, None, None, 'asserted',
  'اقتحم مئات المواطنين قصر الشعب ومقر إقامة الأسد')
E('other', OPP, 'Saydnaya Prison', None, None, EBC, 'reported', 'فتح مقاتلو المعارضة أبواب سجن صيدنايا')
E('other', OPP, 'Saydnaya Prison', None, None, EBC, 'reported', 'أُفرج عن مئات المعتقلين، بينهم نساء وأطفال')
E('other', 'Syrian security forces', None, None, 'بـ2013 (year only, vague)', ABUK, 'reported', 'ابني انعتقل بـ2013')
E('statement', SHARAA, 'Umayyad Mosque, Damascus', SUN1, 'عصر الأحد', None, 'asserted',
  'قال قائد "إدارة العمليات العسكرية"، أحمد الشرع، في كلمة ألقاها من الجامع الأموي عصر الأحد، إن "هذا النصر هو لكل '
  'السوريين"')
E('other', None, 'Syria', None, None, SHARAA, 'planned', 'المؤسسات العامة ستبقى تحت إشراف الجلالي حتى تسليمها')
E('capture/control', SOUTH, 'southern Syria (Daraa and Suwayda)', None, None, SOUTH, 'reported',
  'سيطرتها على مواقع عسكرية عدة')
E('airstrike/shelling', 'Israeli Air Force', 'outskirts of Damascus', None, None, None, 'asserted',
  'شنت طائرات إسرائيلية غارات على مستودعات أسلحة في محيط العاصمة')
E('advance/offensive', IDF, 'Golan buffer zone', None, None, IDF, 'reported', 'انتشار قواته في المنطقة العازلة بالجولان')
E('capture/control', OPP, 'Aleppo', '2024-11-30', '30 من تشرين الثاني الماضي', None, 'asserted',
  'سيطرة الفصائل على مدينة حلب في 30 من تشرين الثاني الماضي')
E('capture/control', OPP, 'Hama', '2024-12-05', '5 من كانون الأول', None, 'asserted', 'حماة في 5 من كانون الأول')
E('capture/control', OPP, 'Homs', SUN1, 'فجر الأحد', None, 'asserted', 'حمص فجر الأحد')
E('killing/casualties', None, 'Syria', None, 'منذ بدء العملية — event-anchored', SOHR, 'reported',
  'عدد القتلى منذ بدء العملية بأكثر من 900 شخص')

N('11', 'days', 'days since the launch of the "Deterrence of Aggression" offensive', 'exact', '11 يوماً')
N(None, 'people', 'Syrians gathered in Umayyad Square', 'vague', 'آلاف السوريين')
N(None, 'people', 'citizens who stormed the People\'s Palace', 'vague', 'مئات المواطنين')
N(None, 'people', 'detainees released from Saydnaya', 'vague', 'مئات المعتقلين')
N('52', 'years', 'age of Abu Khaled', 'exact', '52 عاماً')
N('14', 'years', 'years Abu Khaled waited for this day', 'exact', '14 سنة')
N('900', 'people', 'killed since the start of the offensive (SOHR)', 'more than', 'أكثر من 900 شخص')
N('140', 'people', 'civilians among the dead (SOHR)', 'approx', 'نحو 140 مدنياً')

D('أمس', SUN1, 'relative')
D('الأحد', SUN1, 'weekday', 0)
D('8 من كانون الأول', SUN1, 'absolute')
D('في وقت سابق', None, 'vague')
D('2013', None, 'vague')
D('لهلق', None, 'vague')
D('الأحد', SUN1, 'weekday', 1)
D('30 من تشرين الثاني الماضي', '2024-11-30', 'absolute')
D('5 من كانون الأول', '2024-12-05', 'absolute')
D('الأحد', SUN1, 'weekday', 2)

A('Russia', 'تعلن', False, 'لجوء بشار الأسد إليها')
A(OPP, 'أعلنت', False, '"تحرير" المدينة وسقوط نظام بشار الأسد')
A(MOC, 'قالت', True, 'الطاغية بشار الأسد هرب')
A(KREM, 'نقلت', False, 'الأسد وأفراد عائلته وصلوا إلى موسكو، وأن روسيا منحتهم حق اللجوء "لاعتبارات إنسانية"')
A(RMFA, 'ذكرت', False, 'الأسد غادر سوريا بعد مفاوضات مع أطراف النزاع، وأصدر تعليمات بتسليم السلطة سلمياً')
A(JAL, 'أعلن', False, 'استعداده للتعاون مع "أي قيادة يختارها الشعب"')
A(JAL, 'مؤكداً', False, 'أنه باقٍ في منزله بحي المالكي ولن يغادره')
A(EBC, 'بحسب', False, 'فتح مقاتلو المعارضة أبواب سجن صيدنايا، وأُفرج عن مئات المعتقلين، بينهم نساء وأطفال')
A(ABUK, 'قال', True, 'ما عم صدّق، 14 سنة ونحنا ناطرين هاليوم، ابني انعتقل بـ2013 وما بعرف عنه شي لهلق')
A(SHARAA, 'قال', True, 'هذا النصر هو لكل السوريين')
A(SHARAA, 'مضيفاً', False, 'المؤسسات العامة ستبقى تحت إشراف الجلالي حتى تسليمها')
A(SOUTH, 'أعلنت', False, 'سيطرتها على مواقع عسكرية عدة قبل وصولها إلى دمشق')
A(IDF, 'أعلن', False, 'انتشار قواته في المنطقة العازلة بالجولان')
A(SOHR, 'قدّر', False, 'عدد القتلى منذ بدء العملية بأكثر من 900 شخص، بينهم نحو 140 مدنياً')

ENT('الأسد', 'PER', 'Bashar al-Assad')
ENT('دمشق', 'LOC', 'Damascus')
ENT('موسكو', 'LOC', 'Moscow')
ENT('بشار الأسد', 'PER', 'Bashar al-Assad')
ENT('ردع العدوان', 'MISC', 'Operation Deterrence of Aggression')
ENT('حلب', 'LOC', 'Aleppo')
ENT('إدارة العمليات العسكرية', 'ORG', MOC)
ENT('التلفزيون السوري', 'ORG', 'Syrian TV')
ENT('تاس', 'ORG', 'TASS')
ENT('الكرملين', 'ORG', 'Kremlin')
ENT('روسيا', 'LOC', 'Russia')
ENT('وزارة الخارجية الروسية', 'ORG', RMFA)
ENT('سوريا', 'LOC', 'Syria')
ENT('محمد غازي الجلالي', 'PER', 'Mohammad Ghazi al-Jalali')
ENT('المالكي', 'LOC', 'Al-Malki (Damascus)')
ENT('ساحة الأمويين', 'LOC', 'Umayyad Square')
ENT('قصر الشعب', 'LOC', "People's Palace (Syria)")
ENT('سجن صيدنايا', 'LOC', 'Saydnaya Prison')
ENT('عنب بلدي', 'ORG', 'Enab Baladi')
ENT('أبو خالد', 'PER', 'Abu Khaled')
ENT('الميدان', 'LOC', 'Al-Midan (Damascus)')
ENT('أحمد الشرع', 'PER', 'Ahmed al-Sharaa')
ENT('الجامع الأموي', 'LOC', 'Umayyad Mosque')
ENT('الجلالي', 'PER', 'Mohammad Ghazi al-Jalali')
ENT('درعا', 'LOC', 'Daraa')
ENT('السويداء', 'LOC', 'Suwayda')
ENT('الجيش الإسرائيلي', 'ORG', IDF)
ENT('الجولان', 'LOC', 'Golan Heights')
ENT('حماة', 'LOC', 'Hama')
ENT('حمص', 'LOC', 'Homs')
ENT('المرصد السوري لحقوق الإنسان', 'ORG', SOHR)

F('Bashar al-Assad (MOC wording: the tyrant)', 'الطاغية')
F('the Assad government (regime)', 'نظام')
F('the capture of Damascus (liberation)', 'تحرير')
F('the opposition factions', 'فصائل المعارضة')
finish_article('h01')

# ---------------------------------------------------------------------------------------------- h02
article('h02', 'e02_khartoum_palace.txt',
        {'name_ar': 'اندبندنت عربية', 'name_en': 'Independent Arabia', 'domain': 'independentarabia.com'},
        '2025-03-22',
        'Written for this set; publication date 2025-03-22 (Saturday) set by the author and recorded in '
        'e02_khartoum_palace.yml. Consistent with the text: the army announcement "أمس الجمعة الموافق 21 رمضان 1446" '
        '= 2025-03-21 (Ramadan 1446 began on 1 March 2025); double month forms "أبريل (نيسان) 2023". '
        'High confidence (by construction).',
        'الجيش السوداني يستعيد القصر الجمهوري في الخرطوم بعد نحو عامين من سيطرة "الدعم السريع"')
SAF = 'Sudanese Armed Forces'
RSF = 'Rapid Support Forces'
PAL = 'Republican Palace, Khartoum'
NABIL = 'Nabil Abdallah (army spokesman)'
SUNTV = 'sources at Sudan TV (via SUNA)'
AISER = 'Khalid al-Aiser (information minister)'
AMIN = 'Mohamed al-Amin (trader in Omdurman)'
BURHAN = 'Abdel Fattah al-Burhan'
TAYEB = 'Osman al-Tayeb (retired major general, military expert)'
UN = 'United Nations'
FRI = '2025-03-21'
E('capture/control', SAF, PAL, None, None, None, 'asserted', 'الجيش السوداني يستعيد القصر الجمهوري في الخرطوم')
E('capture/control', SAF, PAL, FRI, 'أمس الجمعة الموافق 21 رمضان 1446 (the announcement day)', SAF, 'reported',
  'استعادة السيطرة الكاملة على القصر الجمهوري وسط الخرطوم')
E('advance/offensive', SAF, 'central Khartoum', None, 'استمرت أياماً (vague)', None, 'asserted',
  'معارك عنيفة مع قوات الدعم السريع استمرت أياماً')
E('other', None, 'Sudan', None, 'أبريل (نيسان) 2023 — month only', None, 'asserted',
  'اندلاع الحرب في أبريل (نيسان) 2023')
E('killing/casualties', SAF, 'central Khartoum', None, None, NABIL, 'reported',
  'سحقت فلول الميليشيا في منطقة وسط الخرطوم ودمرت أعداداً كبيرة من أفرادها ومعداتهم')
E('other', SAF, 'ministries area and Souq al-Arabi, Khartoum', None, None, NABIL, 'reported',
  'عمليات التمشيط متواصلة في محيط الوزارات والسوق العربي')
E('other', 'an army captain', PAL, None, None, None, 'asserted', 'ظهر ضابط برتبة نقيب يرفع العلم على البوابة الرئيسية')
E('statement', RSF, PAL, None, None, None, 'asserted',
  'قالت قوات الدعم السريع إن مقاتليها "ما زالوا موجودين في محيط القصر"')
E('airstrike/shelling', RSF, PAL, None, 'بعد ساعات من دخول الجيش — event-anchored', RSF, 'reported',
  'نفذت هجوماً بطائرات مسيرة على القصر')
E('killing/casualties', RSF, PAL, None, None, SUNTV, 'reported',
  'ثلاثة من منسوبيه، بينهم مصور ومنتج، قتلوا في القصف، إلى جانب عدد من الضباط')
E('statement', AISER, None, None, None, None, 'asserted',
  'كتب وزير الإعلام خالد الإعيسر، على منصة "إكس"، أن "العلم مرفوع والقصر عاد والمسيرة مستمرة حتى يكتمل النصر"')
E('other', 'hundreds of citizens', 'Omdurman', None, None, None, 'asserted',
  'خرج مئات المواطنين إلى الشوارع احتفالاً باستعادة القصر')
E('statement', AMIN, 'Omdurman', None, None, None, 'asserted',
  'قال محمد الأمين، وهو تاجر في السوق الشعبي، لـ"اندبندنت عربية": "والله فرحنا شديد، القصر ده رمز البلد، وإن شاء الله '
  'نرجع بيوتنا في الخرطوم قريب"')
E('statement', BURHAN, None, '2025-W11', 'الأسبوع الماضي', None, 'asserted',
  'تعهد الأسبوع الماضي بمواصلة القتال "حتى آخر شبر"')
E('statement', TAYEB, None, None, None, None, 'asserted',
  'يرى الخبير العسكري اللواء المتقاعد عثمان الطيب أن السيطرة على القصر "تحمل رمزية سياسية كبيرة"')
E('capture/control', SAF, 'Wad Madani', None, 'يناير (كانون الثاني) الماضي — month only', None, 'asserted',
  'استعادة مدينة ود مدني')
E('link-up', SAF, 'SAF General Command headquarters, Khartoum', None, 'يناير (كانون الثاني) الماضي — month only',
  None, 'asserted', 'فك الحصار عن مقر القيادة العامة')
E('displacement', None, 'Sudan', None, None, UN, 'reported', 'نزوح أكثر من 12 مليون شخص داخل البلاد وخارجها')
E('killing/casualties', None, 'Sudan', None, None, UN, 'reported', 'قتل عشرات الآلاف')

N('2', 'years', 'time the RSF held the palace (headline)', 'approx', 'نحو عامين')
N('3', 'people', 'Sudan TV staff killed in the drone strike', 'exact', 'ثلاثة')
N('1', 'people', 'cameraman among the dead', 'exact', 'مصور', ctx='بينهم مصور ومنتج')
N('1', 'people', 'producer among the dead', 'exact', 'منتج')
N(None, 'people', 'officers killed in the drone strike', 'vague', 'عدد من الضباط')
N(None, 'people', 'citizens celebrating in Omdurman', 'vague', 'مئات المواطنين')
N('12000000', 'people', 'people displaced inside and outside Sudan (UN)', 'more than', 'أكثر من 12 مليون شخص')
N(None, 'people', 'people killed in the war (UN)', 'vague', 'عشرات الآلاف')
N('5', 'areas', 'areas threatened by famine', 'at least', '5 مناطق على الأقل')

D('أمس', FRI, 'relative')
D('الجمعة', FRI, 'weekday')
D('21 رمضان 1446', FRI, 'absolute')
D('أبريل (نيسان) 2023', '2023-04', 'absolute')
D('الأسبوع الماضي', '2025-W11', 'relative')
D('يناير (كانون الثاني) الماضي', '2025-01', 'absolute')

A(SAF, 'أعلن', False, 'استعادة السيطرة الكاملة على القصر الجمهوري وسط الخرطوم')
A(NABIL, 'قال', False,
  'القوات "سحقت فلول الميليشيا في منطقة وسط الخرطوم ودمرت أعداداً كبيرة من أفرادها ومعداتهم"')
A(NABIL, 'مضيفاً', False, 'عمليات التمشيط متواصلة في محيط الوزارات والسوق العربي')
A(RSF, 'قالت', False,
  'مقاتليها "ما زالوا موجودين في محيط القصر"، وإنها نفذت هجوماً بطائرات مسيرة على القصر بعد ساعات من دخول الجيش إليه')
A(SUNTV, 'نقلت', False, 'ثلاثة من منسوبيه، بينهم مصور ومنتج، قتلوا في القصف، إلى جانب عدد من الضباط')
A(AISER, 'كتب', True, 'العلم مرفوع والقصر عاد والمسيرة مستمرة حتى يكتمل النصر')
A(AMIN, 'قال', True, 'والله فرحنا شديد، القصر ده رمز البلد، وإن شاء الله نرجع بيوتنا في الخرطوم قريب')
A(BURHAN, 'تعهد', False, 'مواصلة القتال "حتى آخر شبر"')
A(TAYEB, 'يرى', False, 'السيطرة على القصر "تحمل رمزية سياسية كبيرة"')
A(TAYEB, 'حذر', False, 'قوات الدعم السريع ما زالت تنتشر في أحياء جنوب الخرطوم وشرقها وفي معظم إقليم دارفور')
A(UN, 'تشير', False, 'الحرب أدت إلى نزوح أكثر من 12 مليون شخص داخل البلاد وخارجها، فيما قتل عشرات الآلاف')

ENT('الجيش السوداني', 'ORG', SAF)
ENT('القصر الجمهوري', 'LOC', 'Republican Palace (Khartoum)')
ENT('الخرطوم', 'LOC', 'Khartoum')
ENT('الدعم السريع', 'ORG', RSF)
ENT('قوات الدعم السريع', 'ORG', RSF)
ENT('نبيل عبدالله', 'PER', 'Nabil Abdallah')
ENT('السوق العربي', 'LOC', 'Souq al-Arabi (Khartoum)')
ENT('الجيش', 'ORG', SAF)
ENT('وكالة السودان للأنباء', 'ORG', 'Sudan News Agency (SUNA)')
ENT('سونا', 'ORG', 'Sudan News Agency (SUNA)')
ENT('التلفزيون القومي', 'ORG', 'Sudan TV')
ENT('خالد الإعيسر', 'PER', 'Khalid al-Aiser')
ENT('إكس', 'MISC', 'X (formerly Twitter)')
ENT('أم درمان', 'LOC', 'Omdurman')
ENT('محمد الأمين', 'PER', 'Mohamed al-Amin')
ENT('السوق الشعبي', 'LOC', 'Souq al-Shaabi (Omdurman)')
ENT('اندبندنت عربية', 'ORG', 'Independent Arabia')
ENT('مجلس السيادة', 'ORG', 'Transitional Sovereignty Council')
ENT('للجيش', 'ORG', SAF)
ENT('عبد الفتاح البرهان', 'PER', BURHAN)
ENT('عثمان الطيب', 'PER', 'Osman al-Tayeb')
ENT('دارفور', 'LOC', 'Darfur')
ENT('ود مدني', 'LOC', 'Wad Madani')
ENT('مقر القيادة العامة', 'LOC', 'SAF General Command headquarters (Khartoum)')
ENT('الأمم المتحدة', 'ORG', UN)

F('RSF (army wording: militia remnants)', 'فلول الميليشيا')
F('RSF (militia)', 'الميليشيا')
F('the recapture of the palace (victory)', 'النصر')
finish_article('h02')

# ---------------------------------------------------------------------------------------------- h03
article('h03', 'e03_nabulsi_roundabout.txt',
        {'name_ar': 'الأخبار', 'name_en': 'Al-Akhbar', 'domain': 'al-akhbar.com'},
        '2024-03-01',
        'Written for this set; publication date 2024-03-01 (Friday) set by the author and recorded in '
        'e03_nabulsi_roundabout.yml. Consistent with the text: the shooting "فجر أمس الخميس" = 2024-02-29; '
        'Levantine month names (كانون الثاني، شباط، تشرين الأول). High confidence (by construction).',
        '«مجزرة الطحين» عند دوار النابلسي: 112 شهيداً وأكثر من 760 جريحاً برصاص الاحتلال')
IDF = 'Israel Defense Forces'
NAB = 'Nabulsi roundabout, Gaza City'
MOHG = 'Gaza Health Ministry'
QUDRA = 'Ashraf al-Qudra (Gaza Health Ministry spokesman)'
WITS = 'eyewitnesses'
MAHM = 'Mahmoud Abu Amra (wounded at the roundabout)'
HAAR = 'military sources (via Haaretz)'
HAMAS = 'Hamas'
GUT = 'António Guterres'
GRIF = 'Martin Griffiths (UN humanitarian chief)'
UNRWA = 'UNRWA'
THU = '2024-02-29'
E('killing/casualties', IDF, NAB, None, None, None, 'asserted', '112 شهيداً وأكثر من 760 جريحاً برصاص الاحتلال')
E('killing/casualties', IDF, NAB, THU, 'فجر أمس الخميس', None, 'asserted',
  'ارتكب جيش الاحتلال الإسرائيلي، فجر أمس الخميس، مجزرة مروّعة بحق آلاف المواطنين')
E('other', 'thousands of Gazans waiting for flour', NAB, THU, 'فجر أمس الخميس (same sentence)', None, 'asserted',
  'تجمّعوا عند دوار النابلسي على شارع الرشيد جنوب غرب مدينة غزة')
E('killing/casualties', IDF, NAB, THU, 'فجر أمس الخميس (same sentence)', MOHG, 'reported',
  'استشهاد 112 فلسطينياً وإصابة أكثر من 760 آخرين')
E('accusation', QUDRA, None, None, None, None, 'asserted',
  'قال المتحدث باسم الوزارة، أشرف القدرة، إن «الاحتلال تعمّد إطلاق النار المباشر على المواطنين الجائعين»')
E('airstrike/shelling', IDF, NAB, None, None, WITS, 'reported', 'الدبابات المتمركزة قرب الدوار فتحت نيرانها')
E('other', None, NAB, None, None, WITS, 'reported', 'وصول نحو 30 شاحنة مساعدات')
E('killing/casualties', IDF, NAB, None, None, None, 'asserted', 'أصيب بشظية في قدمه')
E('other', IDF, NAB, None, None, MAHM, 'reported', 'صاروا يطخوا علينا من كل جهة')
E('killing/casualties', None, NAB, None, None, IDF, 'reported', 'معظم الضحايا سقطوا نتيجة «التدافع والدهس»')
E('other', IDF, NAB, None, None, IDF, 'reported', 'جنوده أطلقوا النار على أشخاص')
E('other', IDF, NAB, None, None, HAAR, 'reported', 'الجنود أطلقوا «طلقات تحذيرية» قبل أن يستهدفوا «مشتبهاً فيهم»')
E('accusation', HAMAS, None, None, None, None, 'asserted',
  'حمّلت حركة «حماس» الإدارة الأميركية «المسؤولية الكاملة» عن المجزرة')
E('statement', GUT, None, None, None, None, 'asserted', 'دعا الأمين العام للأمم المتحدة، أنطونيو غوتيريش، إلى «تحقيق مستقل وفعّال»')
E('statement', GRIF, None, None, None, None, 'asserted',
  'قال منسق الشؤون الإنسانية في الأمم المتحدة، مارتن غريفيث، إن «الحياة تنزف من القطاع بسرعة مرعبة»')
E('other', None, 'northern Gaza Strip', '2024-01-23', 'منذ 23 كانون الثاني الماضي', UNRWA, 'reported',
  'كانت قوافل المساعدات قد توقفت عن الوصول إلى شمال القطاع بشكل شبه كامل')
E('killing/casualties', None, 'northern Gaza Strip', None, 'خلال شباط — month only', UNRWA, 'reported',
  'ستة أطفال على الأقل توفوا بسبب سوء التغذية والجفاف')
E('killing/casualties', IDF, 'Gaza Strip', None, 'منذ السابع من تشرين الأول — since, cumulative', MOHG, 'reported',
  'ارتفعت حصيلة العدوان منذ السابع من تشرين الأول إلى 30035 شهيداً و70457 جريحاً')

N('112', 'people', 'killed (headline)', 'exact', '112 شهيداً')
N('760', 'people', 'injured (headline)', 'more than', 'أكثر من 760 جريحاً')
N(None, 'people', 'people gathered at the roundabout', 'vague', 'آلاف المواطنين')
N('112', 'people', 'killed', 'exact', '112 فلسطينياً')
N('760', 'people', 'injured', 'more than', 'أكثر من 760 آخرين')
N('30', 'trucks', 'aid trucks that arrived', 'approx', 'نحو 30 شاحنة')
N('24', 'years', 'age of Mahmoud Abu Amra', 'exact', '24 عاماً')
N('300000', 'people', 'people in the north on the brink of famine (UNRWA)', 'approx', 'نحو 300 ألف شخص')
N('6', 'people', 'children dead of malnutrition and dehydration in February (UNRWA)', 'at least',
  'ستة أطفال على الأقل')
N('30035', 'people', 'killed since 7 October (cumulative)', 'exact', '30035 شهيداً')
N('70457', 'people', 'injured since 7 October (cumulative)', 'exact', '70457 جريحاً')

D('أمس', THU, 'relative')
D('الخميس', THU, 'weekday')
D('23 كانون الثاني الماضي', '2024-01-23', 'absolute')
D('شباط', '2024-02', 'absolute')
D('السابع من تشرين الأول', '2023-10-07', 'absolute')

A(MOHG, 'وفق', False, 'استشهاد 112 فلسطينياً وإصابة أكثر من 760 آخرين')
A(QUDRA, 'قال', True, 'الاحتلال تعمّد إطلاق النار المباشر على المواطنين الجائعين')
A(QUDRA, 'مشيراً', False, 'مستشفيات الشمال، ولا سيما مجمع الشفاء الطبي ومستشفى كمال عدوان، «عاجزة عن استيعاب هذا العدد '
  'من الإصابات»')
A(WITS, 'روى', False, 'الدبابات المتمركزة قرب الدوار فتحت نيرانها بعد دقائق من وصول نحو 30 شاحنة مساعدات')
A(MAHM, 'قال', True, 'كنا رايحين نجيب كيس طحين للولاد، والله ما معنا إشي، فجأة صاروا يطخوا علينا من كل جهة والناس وقعت '
  'ع الأرض')
A(IDF, 'زعم', False, 'معظم الضحايا سقطوا نتيجة «التدافع والدهس»')
A(IDF, 'أقرّ', False, 'جنوده أطلقوا النار على أشخاص «اقتربوا منهم بطريقة شكّلت تهديداً»')
A(HAAR, 'نقلت', False, 'الجنود أطلقوا «طلقات تحذيرية» قبل أن يستهدفوا «مشتبهاً فيهم»')
A(HAMAS, 'محذّرة', False, 'أنها قد تؤدي إلى إفشال مفاوضات التهدئة الجارية في الدوحة والقاهرة')
A(GUT, 'دعا', False, 'إلى «تحقيق مستقل وفعّال»')
A(GRIF, 'قال', True, 'الحياة تنزف من القطاع بسرعة مرعبة')
A(UNRWA, 'بحسب', False, 'كانت قوافل المساعدات قد توقفت عن الوصول إلى شمال القطاع بشكل شبه كامل منذ 23 كانون الثاني الماضي')
A(UNRWA, 'حذّرت', False, 'نحو 300 ألف شخص يعيشون هناك على حافة المجاعة، وأن ستة أطفال على الأقل توفوا بسبب سوء التغذية '
  'والجفاف خلال شباط')
A(MOHG, 'بحسب', False, 'بهذه المجزرة، ارتفعت حصيلة العدوان منذ السابع من تشرين الأول إلى 30035 شهيداً و70457 جريحاً')

ENT('مجزرة الطحين', 'MISC', 'Flour massacre')
ENT('دوار النابلسي', 'LOC', 'Nabulsi roundabout (Gaza City)')
ENT('الاحتلال', 'ORG', 'Israel')
ENT('جيش الاحتلال الإسرائيلي', 'ORG', IDF)
ENT('شارع الرشيد', 'LOC', 'Al-Rashid Street (Gaza)')
ENT('غزة', 'LOC', 'Gaza City')
ENT('وزارة الصحة في غزة', 'ORG', MOHG)
ENT('الوزارة', 'ORG', MOHG)
ENT('أشرف القدرة', 'PER', 'Ashraf al-Qudra')
ENT('مجمع الشفاء الطبي', 'LOC', 'Al-Shifa Hospital')
ENT('مستشفى كمال عدوان', 'LOC', 'Kamal Adwan Hospital')
ENT('الأخبار', 'ORG', 'Al-Akhbar (Lebanon)')
ENT('محمود أبو عمرة', 'PER', 'Mahmoud Abu Amra')
ENT('جيش الاحتلال', 'ORG', IDF)
ENT('هآرتس', 'ORG', 'Haaretz')
ENT('حماس', 'ORG', 'Hamas')
ENT('الإدارة الأميركية', 'ORG', 'United States government')
ENT('الدوحة', 'LOC', 'Doha')
ENT('القاهرة', 'LOC', 'Cairo')
ENT('للأمم المتحدة', 'ORG', 'United Nations')
ENT('أنطونيو غوتيريش', 'PER', 'António Guterres')
ENT('الأمم المتحدة', 'ORG', 'United Nations')
ENT('مارتن غريفيث', 'PER', 'Martin Griffiths')
ENT('الأونروا', 'ORG', 'UNRWA')
ENT('وزارة الصحة', 'ORG', MOHG)

F('the killings (massacre)', 'مجزرة')
F('the dead (martyrs)', 'شهيداً')
F('Israel (the occupation)', 'الاحتلال')
F('the Israeli war on Gaza (aggression)', 'العدوان')
F('the crowd (the hungry)', 'الجائعين')
F('the victims (IDF wording: stampede and trampling)', 'التدافع والدهس')
finish_article('h03')

# ---------------------------------------------------------------------------------------------- h04
article('h04', 'e04_doha_strike.txt',
        {'name_ar': 'عكاظ', 'name_en': 'Okaz', 'domain': 'okaz.com.sa'},
        '2025-09-10',
        'Written for this set; publication date 2025-09-10 (Wednesday) set by the author and recorded in '
        'e04_doha_strike.yml. Consistent with the text: the strike "عصر أمس (الثلاثاء)" = 2025-09-09, the summit '
        '"الأحد المقبل" = 2025-09-14. High confidence (by construction).',
        'قطر تدين «الاعتداء الإسرائيلي الجبان» على الدوحة.. مقتل 6 بينهم عنصر أمن قطري ونجاة وفد «حماس» المفاوض')
IAF = 'Israeli Air Force'
LEG = 'Legtaifiya, Doha'
MOIQ = 'Qatari Ministry of Interior'
HAMAS = 'Hamas'
ANSARI = 'Majed al-Ansari (Qatari foreign ministry spokesman)'
PMO = "Prime Minister's Office (Israel)"
KAN = 'an Israeli security official (via Kan)'
MARRI = 'Salem al-Marri (resident of the area)'
SMFA = 'Saudi Ministry of Foreign Affairs'
MBS = 'Mohammed bin Salman'
LEAV = 'Karoline Leavitt (White House press secretary)'
DIPL = 'diplomatic sources'
TUE = '2025-09-09'
E('statement', 'Qatar', 'Doha', None, None, None, 'asserted', 'قطر تدين «الاعتداء الإسرائيلي الجبان» على الدوحة')
E('killing/casualties', IAF, 'Doha', None, None, None, 'asserted', 'مقتل 6 بينهم عنصر أمن قطري')
E('other', 'Hamas negotiating delegation', 'Doha', None, None, None, 'asserted', 'نجاة وفد «حماس» المفاوض')
E('airstrike/shelling', IAF, LEG, TUE, 'عصر أمس (الثلاثاء)', None, 'asserted',
  'شنت طائرات حربية إسرائيلية، عصر أمس (الثلاثاء)، غارة استهدفت مبنى سكنياً يقيم فيه أعضاء في المكتب السياسي لحركة حماس '
  'بمنطقة اللقطيفية في العاصمة القطرية الدوحة')
E('killing/casualties', IAF, LEG, None, None, MOIQ, 'reported',
  'مقتل العريف بدر سعد محمد الحميدي الدوسري، أحد منتسبي قوة الأمن الداخلي «لخويا»، وإصابة عدد من عناصر الأمن')
E('other', 'Qatar Civil Defence', LEG, None, None, MOIQ, 'reported', 'فرق الدفاع المدني سيطرت على الحريق')
E('explosion', None, LEG, None, None, MOIQ, 'reported', 'الحريق الذي اندلع في الموقع')
E('killing/casualties', IAF, LEG, None, None, HAMAS, 'reported', 'الغارة أسفرت عن مقتل خمسة من أعضائها')
E('other', 'Israel', LEG, None, None, HAMAS, 'reported', 'العدو فشل في اغتيال إخوتنا في الوفد المفاوض')
E('statement', ANSARI, None, None, None, None, 'asserted',
  'قال المتحدث الرسمي باسم وزارة الخارجية القطرية، الدكتور ماجد الأنصاري، إن دولة قطر «تدين بأشد العبارات هذا الاعتداء '
  'الإسرائيلي الجبان»')
E('statement', PMO, None, None, None, None, 'asserted',
  'أعلن مكتب رئيس الوزراء الإسرائيلي بنيامين نتنياهو أن «إسرائيل بادرت إلى العملية ونفذتها وتتحمل كامل المسؤولية عنها»')
E('airstrike/shelling', IAF, LEG, None, None, KAN, 'reported',
  'نحو 15 طائرة مقاتلة شاركت في الهجوم وألقت 10 ذخائر على الهدف')
E('explosion', None, LEG, None, None, MARRI, 'reported', 'انفجارين ورا بعض')
E('displacement', None, LEG, None, None, MARRI, 'reported', 'الكل طلع من بيته يركض')
E('statement', 'Saudi Arabia', None, None, None, None, 'asserted',
  'أعربت المملكة العربية السعودية، في بيان لوزارة الخارجية، عن إدانتها واستنكارها الشديدين للاعتداء')
E('other', MBS, None, None, None, None, 'asserted',
  'أجرى ولي العهد رئيس مجلس الوزراء الأمير محمد بن سلمان اتصالاً هاتفياً بأمير قطر الشيخ تميم بن حمد آل ثاني')
E('other', 'Donald Trump', None, None, None, LEAV, 'reported', 'دونالد ترمب أُبلغ بالهجوم مسبقاً')
E('other', 'Qatar', 'Doha', '2025-09-14', 'الأحد المقبل', DIPL, 'planned',
  'تستضيف الدوحة الأحد المقبل قمة عربية إسلامية طارئة')

N('6', 'people', 'killed in the strike (headline)', 'exact', '6')
N('1', 'people', 'Qatari security member among the dead (headline)', 'exact', 'عنصر أمن')
N(None, 'people', 'security members injured', 'vague', 'عدد من عناصر الأمن')
N('5', 'people', 'Hamas members killed', 'exact', 'خمسة')
N('15', 'aircraft', 'fighter jets that took part in the strike', 'approx', 'نحو 15 طائرة')
N('10', 'munitions', 'munitions dropped on the target', 'exact', '10 ذخائر')
N('2', 'explosions', 'explosions heard by a resident', 'exact', 'انفجارين')

D('أمس', TUE, 'relative')
D('الثلاثاء', TUE, 'weekday')
D('الأحد المقبل', '2025-09-14', 'relative')

A(MOIQ, 'أعلنت', False,
  'مقتل العريف بدر سعد محمد الحميدي الدوسري، أحد منتسبي قوة الأمن الداخلي «لخويا»، وإصابة عدد من عناصر الأمن')
A(MOIQ, 'مؤكدة', False, 'فرق الدفاع المدني سيطرت على الحريق الذي اندلع في الموقع')
A(HAMAS, 'قالت', False,
  'الغارة أسفرت عن مقتل خمسة من أعضائها، بينهم همام نجل رئيس الحركة في غزة خليل الحية، ومدير مكتبه جهاد لبد')
A(HAMAS, 'مؤكدة', True, 'العدو فشل في اغتيال إخوتنا في الوفد المفاوض')
A(ANSARI, 'قال', False, 'دولة قطر «تدين بأشد العبارات هذا الاعتداء الإسرائيلي الجبان»')
A(ANSARI, 'مؤكداً', False, 'أنها «لن تتهاون مع هذا السلوك الإسرائيلي المتهور»')
A(PMO, 'أعلن', True, 'إسرائيل بادرت إلى العملية ونفذتها وتتحمل كامل المسؤولية عنها')
A(KAN, 'نقلت', False, 'نحو 15 طائرة مقاتلة شاركت في الهجوم وألقت 10 ذخائر على الهدف')
A(MARRI, 'قال', True, 'سمعنا صوت انفجارين ورا بعض، والدخان طلع لين فوق، والكل طلع من بيته يركض')
A(SMFA, 'واصفة', False, 'أنه «انتهاك سافر لسيادة دولة قطر»')
A(MBS, 'أكد', True, 'وقوف المملكة إلى جانب قطر وتسخير كل إمكاناتها لمساندتها')
A(LEAV, 'قالت', False, 'الرئيس دونالد ترمب أُبلغ بالهجوم مسبقاً، وإنه «لا يرى في قصف قطر ما يخدم أهداف إسرائيل أو '
  'الولايات المتحدة»')
A(DIPL, 'وفق', False, 'من المقرر أن تستضيف الدوحة الأحد المقبل قمة عربية إسلامية طارئة لبحث تداعيات الهجوم')

ENT('قطر', 'LOC', 'Qatar')
ENT('الدوحة', 'LOC', 'Doha')
ENT('حماس', 'ORG', 'Hamas')
ENT('اللقطيفية', 'LOC', 'Legtaifiya (Doha)')
ENT('غزة', 'LOC', 'Gaza Strip')
ENT('وزارة الداخلية القطرية', 'ORG', MOIQ)
ENT('بدر سعد محمد الحميدي الدوسري', 'PER', 'Badr Saad Mohammed al-Humaidi al-Dosari')
ENT('قوة الأمن الداخلي', 'ORG', 'Internal Security Force (Lekhwiya)')
ENT('لخويا', 'ORG', 'Internal Security Force (Lekhwiya)')
ENT('الدفاع المدني', 'ORG', 'Qatar Civil Defence')
ENT('همام', 'PER', 'Hammam al-Hayya')
ENT('الحركة', 'ORG', 'Hamas')
ENT('خليل الحية', 'PER', 'Khalil al-Hayya')
ENT('جهاد لبد', 'PER', 'Jihad Labad')
ENT('العدو', 'ORG', 'Israel')
ENT('وزارة الخارجية القطرية', 'ORG', 'Qatari Ministry of Foreign Affairs')
ENT('ماجد الأنصاري', 'PER', 'Majed al-Ansari')
ENT('مكتب رئيس الوزراء الإسرائيلي', 'ORG', PMO)
ENT('بنيامين نتنياهو', 'PER', 'Benjamin Netanyahu')
ENT('إسرائيل', 'LOC', 'Israel')
ENT('هيئة البث الإسرائيلية', 'ORG', 'Israeli Public Broadcasting Corporation (Kan)')
ENT('كان', 'ORG', 'Israeli Public Broadcasting Corporation (Kan)')
ENT('سالم المري', 'PER', 'Salem al-Marri')
ENT('عكاظ', 'ORG', 'Okaz')
ENT('المملكة العربية السعودية', 'LOC', 'Saudi Arabia')
ENT('وزارة الخارجية', 'ORG', SMFA)
ENT('مجلس الوزراء', 'ORG', 'Council of Ministers of Saudi Arabia')
ENT('محمد بن سلمان', 'PER', MBS)
ENT('تميم بن حمد آل ثاني', 'PER', 'Tamim bin Hamad Al Thani')
ENT('المملكة', 'LOC', 'Saudi Arabia')
ENT('واشنطن', 'LOC', 'Washington, D.C.')
ENT('البيت الأبيض', 'ORG', 'White House')
ENT('كارولين ليفيت', 'PER', 'Karoline Leavitt')
ENT('دونالد ترمب', 'PER', 'Donald Trump')
ENT('الولايات المتحدة', 'LOC', 'United States')

F('the strike (Qatari wording: cowardly aggression)', 'الاعتداء')
F('the strike (cowardly)', 'الجبان')
F('Israel (Hamas wording: the enemy)', 'العدو')
F('the strike (Saudi wording: flagrant violation)', 'انتهاك سافر')
F('Israeli conduct (Qatari wording: reckless)', 'المتهور')
finish_article('h04')

# ---------------------------------------------------------------------------------------------- h05
article('h05', 'e05_mauritania_vote.txt',
        {'name_ar': 'صحراء ميديا', 'name_en': 'Sahara Medias', 'domain': 'saharamedias.net'},
        '2024-06-30',
        'Written for this set; publication date 2024-06-30 (Sunday) set by the author and recorded in '
        'e05_mauritania_vote.yml. Consistent with the text: the vote "أمس السبت" = 2024-06-29, the CENI press '
        'conference "فجر اليوم الأحد" = 2024-06-30, the AU report "الثلاثاء المقبل" = 2024-07-02. '
        'High confidence (by construction).',
        'الموريتانيون يختارون رئيسهم.. نسبة المشاركة تتجاوز 55% والغزواني يتصدر النتائج الجزئية')
CENI = 'Independent National Electoral Commission (Mauritania)'
GHAZ = 'Mohamed Ould Ghazouani'
BIRAM = 'Biram Dah Abeid'
SALL = 'Abdourahmane Sall (head of the AU observer mission)'
MARIEM = 'Mariem Mint Ahmed Salem (voter in Rosso)'
MOIM = 'Mauritanian Ministry of Interior and Decentralization'
SAT = '2024-06-29'
SUN = '2024-06-30'
E('other', 'Mauritanian voters', 'Mauritania', None, None, None, 'asserted', 'الموريتانيون يختارون رئيسهم')
E('other', GHAZ, 'Mauritania', None, None, None, 'asserted', 'الغزواني يتصدر النتائج الجزئية')
E('other', None, 'Mauritania', SAT, 'مساء أمس السبت', None, 'asserted',
  'أغلقت مكاتب التصويت في موريتانيا أبوابها مساء أمس السبت')
E('other', 'Mauritanian voters', 'Mauritania', SAT, 'أمس السبت (same sentence)', None, 'asserted',
  'اختار فيه الناخبون رئيساً للبلاد من بين سبعة مترشحين')
E('statement', CENI, 'Nouakchott', SUN, 'فجر اليوم الأحد', None, 'asserted',
  'قالت اللجنة الوطنية المستقلة للانتخابات، في مؤتمر صحفي عقدته فجر اليوم الأحد، إن نسبة المشاركة بلغت 55.3%')
E('other', GHAZ, 'Mauritania', None, None, None, 'asserted', 'حصول الغزواني على 55.6% من الأصوات')
E('other', GHAZ, 'Tevragh Zeina, Nouakchott', SAT, 'صباح أمس', None, 'asserted',
  'أدلى بصوته صباح أمس في مكتب بمقاطعة تفرغ زينة في نواكشوط')
E('statement', GHAZ, 'Tevragh Zeina, Nouakchott', None, None, None, 'asserted',
  'صرح للصحفيين بأنه «واثق من أن الشعب الموريتاني سيختار الاستقرار والتنمية»')
E('statement', BIRAM, 'Nouakchott', None, None, None, 'asserted',
  'قال بيرام الداه اعبيد، في مؤتمر صحفي بمقر حملته، إنه «لن يعترف بأي نتائج مزورة»')
E('accusation', BIRAM, 'Mauritania', None, None, None, 'asserted',
  'متهماً الإدارة بـ«تسويد بطاقات التصويت في عشرات المكاتب بالداخل»')
E('statement', SALL, None, None, None, None, 'asserted',
  'أكد رئيس بعثة مراقبي الاتحاد الأفريقي، عبد الرحمن سال، أن الاقتراع «جرى في أجواء هادئة»')
E('other', 'African Union observer mission', 'Mauritania', None, None, SALL, 'reported',
  'البعثة نشرت 48 مراقباً في ثماني ولايات')
E('other', 'African Union observer mission', None, '2024-07-02', 'الثلاثاء المقبل', SALL, 'planned',
  'ستصدر تقريرها الأولي الثلاثاء المقبل')
E('statement', MARIEM, 'Rosso', None, None, None, 'asserted',
  'قالت الناخبة مريم منت أحمد سالم (61 عاماً) لـ«صحراء ميديا»: «جيت من الصباح بدري وانتظرت ساعتين في الصف، ونبغي الرئيس '
  'الجاي يخفض أسعار الرز والسكر»')
E('other', 'police, gendarmerie and National Guard', 'Mauritania', None, None, MOIM, 'reported',
  'أكثر من 10 آلاف عنصر من الشرطة والدرك والحرس الوطني انتشروا لتأمين الاقتراع')
E('other', CENI, None, None, 'خلال 48 ساعة (vague)', None, 'planned',
  'تعلن اللجنة النتائج المؤقتة الكاملة خلال 48 ساعة')
E('other', None, 'Mauritania', '2024-07-14', '14 يوليو المقبل', None, 'planned',
  'تنظم جولة ثانية في 14 يوليو المقبل')
E('other', GHAZ, 'Mauritania', None, 'يونيو 2019 — month only', None, 'asserted',
  'فاز في انتخابات يونيو 2019 بنسبة 52% من الأصوات')

N('55', 'percent', 'turnout (headline)', 'more than', 'تتجاوز 55%')
N('7', 'candidates', 'presidential candidates', 'exact', 'سبعة مترشحين')
N('55.3', 'percent', 'turnout (CENI)', 'exact', '55.3%')
N('2000000', 'people', 'registered voters', 'approx', 'قرابة مليوني ناخب')
N('4503', 'polling stations', 'polling stations', 'exact', '4503 مكاتب')
N('60', 'percent', 'share of polling stations counted for the partial results', 'approx', 'نحو 60%')
N('55.6', 'percent', 'Ghazouani\'s share in the partial results', 'exact', '55.6%')
N('22.3', 'percent', 'Biram Dah Abeid\'s share in the partial results', 'exact', '22.3%')
N('12.8', 'percent', 'Hamadi Ould Sid El Moctar\'s share in the partial results', 'exact', '12.8%')
N('48', 'people', 'AU observers deployed', 'exact', '48 مراقباً')
N('8', 'regions', 'regions (wilayas) covered by the AU observers', 'exact', 'ثماني ولايات')
N('61', 'years', 'age of Mariem Mint Ahmed Salem', 'exact', '61 عاماً')
N('2', 'hours', 'time Mariem waited in the queue', 'exact', 'ساعتين')
N('10000', 'people', 'security personnel deployed for the vote', 'more than', 'أكثر من 10 آلاف عنصر')
N('48', 'hours', 'deadline for the full provisional results', 'exact', '48 ساعة')
N('52', 'percent', 'Ghazouani\'s share in the 2019 election', 'exact', '52%')
N('2', 'people', 'elected presidents in the first peaceful handover', 'exact', 'رئيسين')

D('أمس', SAT, 'relative', 0)
D('السبت', SAT, 'weekday')
D('اليوم', SUN, 'relative', ctx='فجر اليوم الأحد')
D('الأحد', SUN, 'weekday')
D('أمس', SAT, 'relative', 1)
D('الثلاثاء المقبل', '2024-07-02', 'relative')
D('من الصباح', None, 'vague')
D('خلال 48 ساعة', None, 'vague')
D('14 يوليو المقبل', '2024-07-14', 'absolute')
D('يونيو 2019', '2019-06', 'absolute')
D('عام 1960', None, 'vague')

A(CENI, 'قالت', False, 'نسبة المشاركة بلغت 55.3%، من أصل قرابة مليوني ناخب مسجل، موزعين على 4503 مكاتب تصويت في عموم البلاد')
A(GHAZ, 'صرح', False, 'أنه «واثق من أن الشعب الموريتاني سيختار الاستقرار والتنمية»')
A(BIRAM, 'قال', False, 'إنه «لن يعترف بأي نتائج مزورة»')
A(BIRAM, 'متهماً', False, 'الإدارة بـ«تسويد بطاقات التصويت في عشرات المكاتب بالداخل»')
A(SALL, 'أكد', False, 'الاقتراع «جرى في أجواء هادئة»')
A(SALL, 'مشيراً', False, 'البعثة نشرت 48 مراقباً في ثماني ولايات، وستصدر تقريرها الأولي الثلاثاء المقبل')
A(MARIEM, 'قالت', True, 'جيت من الصباح بدري وانتظرت ساعتين في الصف، ونبغي الرئيس الجاي يخفض أسعار الرز والسكر')
A(MOIM, 'أعلنت', False, 'أكثر من 10 آلاف عنصر من الشرطة والدرك والحرس الوطني انتشروا لتأمين الاقتراع')
A(MOIM, 'مشيرة', False, 'اليوم الانتخابي لم يشهد «أي حادث يذكر»')

ENT('الغزواني', 'PER', GHAZ)
ENT('موريتانيا', 'LOC', 'Mauritania')
ENT('محمد ولد الشيخ الغزواني', 'PER', GHAZ)
ENT('اللجنة الوطنية المستقلة للانتخابات', 'ORG', CENI)
ENT('بيرام الداه اعبيد', 'PER', BIRAM)
ENT('تواصل', 'ORG', 'Tewassoul')
ENT('حمادي ولد سيد المختار', 'PER', 'Hamadi Ould Sid El Moctar')
ENT('تفرغ زينة', 'LOC', 'Tevragh Zeina')
ENT('نواكشوط', 'LOC', 'Nouakchott')
ENT('الاتحاد الأفريقي', 'ORG', 'African Union')
ENT('عبد الرحمن سال', 'PER', 'Abdourahmane Sall')
ENT('روصو', 'LOC', 'Rosso')
ENT('مريم منت أحمد سالم', 'PER', 'Mariem Mint Ahmed Salem')
ENT('صحراء ميديا', 'ORG', 'Sahara Medias')
ENT('وزارة الداخلية واللامركزية', 'ORG', MOIM)
ENT('الشرطة', 'ORG', 'Mauritanian National Police')
ENT('الدرك', 'ORG', 'National Gendarmerie (Mauritania)')
ENT('الحرس الوطني', 'ORG', 'National Guard (Mauritania)')
ENT('اللجنة', 'ORG', CENI)
ENT('المجلس الدستوري', 'ORG', 'Constitutional Council (Mauritania)')

F('the alleged fraud (Biram wording: ballot stuffing)', 'تسويد بطاقات التصويت')
F('the results (Biram wording: rigged)', 'مزورة')
F('the vote (calm atmosphere)', 'أجواء هادئة')
finish_article('h05')

# ---------------------------------------------------------------------------------------------- h06
article('h06', 'e06_aden_power_protests.txt',
        {'name_ar': 'المصدر أونلاين', 'name_en': 'Al-Masdar Online', 'domain': 'almasdaronline.com'},
        '2024-05-21',
        'Written for this set; publication date 2024-05-21 (Tuesday) set by the author and recorded in '
        'e06_aden_power_protests.yml. Consistent with the text: the protests "مساء أمس الاثنين" = 2024-05-20, the '
        'stations out of service "منذ الجمعة الماضية" = 2024-05-17, the earlier protests "12 مايو الجاري". '
        'High confidence (by construction).',
        'عدن.. محتجون يقطعون الشوارع بالإطارات المشتعلة بعد انقطاع الكهرباء 14 ساعة يومياً')
ADEN = 'Aden'
MASC = 'Al-Masdar Online correspondent'
MEDS = 'a medical source at Al-Jumhuriya Teaching Hospital'
WITS6 = 'eyewitnesses'
BAAB = 'Adel Baabboud (head of the Public Electricity Corporation in Aden, via Aden Independent channel)'
BINM = 'Ahmed Awad bin Mubarak (Yemeni prime minister)'
UMMS = 'Umm Sami (housewife in Al-Mansoura)'
STC = 'Southern Transitional Council'
OFFD = 'official data'
MON = '2024-05-20'
E('other', 'protesters', ADEN, None, None, None, 'asserted', 'محتجون يقطعون الشوارع بالإطارات المشتعلة')
E('other', None, ADEN, None, None, None, 'asserted', 'انقطاع الكهرباء 14 ساعة يومياً')
E('other', 'hundreds of citizens', 'Al-Mansoura, Sheikh Othman and Crater (Aden)', MON, 'مساء أمس الاثنين', None,
  'asserted', 'خرج مئات المواطنين في مديريات المنصورة والشيخ عثمان وكريتر بالعاصمة المؤقتة عدن، مساء أمس الاثنين، في '
  'احتجاجات غاضبة')
E('other', None, ADEN, None, None, None, 'asserted', 'الانقطاع المتواصل للتيار الكهربائي، الذي تجاوز 14 ساعة في اليوم')
E('other', 'protesters', 'Al-Mansoura, Aden', MON, 'أمس الاثنين (same event)', MASC, 'reported',
  'المحتجين قطعوا الشارع الرئيسي في المنصورة وأحرقوا إطارات السيارات')
E('other', 'security forces', 'Al-Mansoura, Aden', MON, 'أمس الاثنين (same event)', None, 'asserted',
  'أطلقت قوات أمنية الرصاص في الهواء لتفريقهم')
E('killing/casualties', 'security forces', ADEN, MON, 'خلال المواجهات (of the protests of أمس الاثنين)', MEDS,
  'reported', 'شاباً يبلغ من العمر 19 عاماً أصيب برصاصة في ساقه')
E('other', 'security forces', 'Sheikh Othman, Aden', None, None, WITS6, 'reported',
  'اعتقال ما لا يقل عن سبعة محتجين في الشيخ عثمان')
E('other', None, ADEN, '2024-05-17', 'منذ الجمعة الماضية', BAAB, 'reported',
  'ثلاث محطات خرجت عن الخدمة منذ الجمعة الماضية')
E('other', BINM, None, None, None, None, 'asserted', 'اجتماع مع قيادة وزارة الكهرباء والطاقة')
E('other', 'Yemeni government', None, None, None, BINM, 'reported',
  'الحكومة وجهت بشراء شحنة وقود إسعافية بقيمة 40 مليون دولار')
E('other', None, 'Oil Harbour, Al-Buraiqa (Aden)', None, 'خلال الأيام المقبلة (vague)', BINM, 'planned',
  'تصل إلى ميناء الزيت في البريقة خلال الأيام المقبلة')
E('accusation', BINM, None, None, None, None, 'asserted',
  'اتهم بن مبارك جماعة الحوثي بـ«حرمان الدولة من أكثر من 70% من إيراداتها»')
E('airstrike/shelling', 'Houthis', 'oil export terminals (Yemen)', None, 'أكتوبر/تشرين الأول 2022 — month only', BINM,
  'reported', 'هجماتها بالطائرات المسيرة على موانئ تصدير النفط')
E('statement', UMMS, 'Al-Mansoura, Aden', None, None, None, 'asserted',
  'قالت أم سامي، وهي ربة منزل في حي عبد العزيز عبد الولي بالمنصورة: «عيالي ما يرقدوش الليل من الحر، والكهرباء تجي ساعتين '
  'وتطفي ست، واحنا ما نقدرش نشتري ألواح شمسية»')
E('accusation', STC, None, None, None, None, 'asserted',
  'حمّل المجلس الانتقالي الجنوبي، في بيان، الحكومة «المسؤولية الكاملة عن تدهور الخدمات»')
E('other', None, 'Sheikh Othman, Aden', '2024-05-12', '12 مايو الجاري', None, 'asserted',
  'شهد احتجاجات مماثلة في 12 مايو الجاري')
E('other', 'shopkeepers', 'Sheikh Othman, Aden', '2024-05-12', '12 مايو الجاري (same sentence)', None, 'asserted',
  'أغلقت خلالها المحال التجارية أبوابها لساعات')

N('14', 'hours', 'daily hours of power cuts (headline)', 'exact', '14 ساعة', 0)
N(None, 'people', 'protesters', 'vague', 'مئات المواطنين')
N('14', 'hours', 'daily hours of power cuts', 'more than', 'تجاوز 14 ساعة')
N('40', 'degrees Celsius', 'temperature in Aden', 'exact', '40 درجة مئوية')
N('1', 'people', 'young man wounded by a bullet', 'exact', 'شاباً')
N('19', 'years', 'age of the wounded young man', 'exact', '19 عاماً')
N('7', 'people', 'protesters arrested in Sheikh Othman', 'at least', 'ما لا يقل عن سبعة محتجين')
N('300', 'megawatts', 'generation deficit', 'approx', 'نحو 300 ميغاوات')
N('3', 'power stations', 'power stations out of service', 'exact', 'ثلاث محطات')
N('40000000', 'US dollars', 'value of the emergency fuel shipment', 'exact', '40 مليون دولار')
N('70', 'percent', 'share of state revenue lost (PM\'s claim)', 'more than', 'أكثر من 70%')
N('2', 'hours', 'hours of power supply per cycle (Umm Sami)', 'exact', 'ساعتين')
N('6', 'hours', 'hours of outage per cycle (Umm Sami)', 'exact', 'ست', ctx='وتطفي ست')
N('650', 'megawatts', 'power needed by Aden', 'approx', 'نحو 650 ميغاوات')
N('250', 'megawatts', 'available capacity at best (does not exceed)', 'exact', '250 ميغاوات')
N('1000000', 'US dollars', 'daily cost of running the diesel stations', 'approx', 'نحو مليون دولار')

D('أمس', MON, 'relative')
D('الاثنين', MON, 'weekday')
D('الجمعة الماضية', '2024-05-17', 'relative')
D('خلال الأيام المقبلة', None, 'vague')
D('أكتوبر/تشرين الأول 2022', '2022-10', 'absolute')
D('منذ سنوات', None, 'vague')
D('12 مايو الجاري', '2024-05-12', 'absolute')

A(MASC, 'أفاد', False, 'المحتجين قطعوا الشارع الرئيسي في المنصورة وأحرقوا إطارات السيارات، ورددوا هتافات تطالب برحيل الحكومة')
A(MEDS, 'قال', False, 'شاباً يبلغ من العمر 19 عاماً أصيب برصاصة في ساقه خلال المواجهات')
A(WITS6, 'أفاد', False, 'اعتقال ما لا يقل عن سبعة محتجين في الشيخ عثمان')
A(BAAB, 'نقلت', False, 'العجز في التوليد بلغ نحو 300 ميغاوات، وأن ثلاث محطات خرجت عن الخدمة منذ الجمعة الماضية بسبب نفاد '
  'وقود الديزل والمازوت')
A(BINM, 'أكد', False, 'الحكومة وجهت بشراء شحنة وقود إسعافية بقيمة 40 مليون دولار، تصل إلى ميناء الزيت في البريقة خلال الأيام '
  'المقبلة')
A(BINM, 'اتهم', False, 'جماعة الحوثي بـ«حرمان الدولة من أكثر من 70% من إيراداتها» منذ هجماتها بالطائرات المسيرة على موانئ '
  'تصدير النفط في أكتوبر/تشرين الأول 2022')
A(UMMS, 'قالت', True, 'عيالي ما يرقدوش الليل من الحر، والكهرباء تجي ساعتين وتطفي ست، واحنا ما نقدرش نشتري ألواح شمسية')
A(OFFD, 'وفق', False, 'يقدر احتياج المدينة بنحو 650 ميغاوات، بينما لا تتجاوز القدرة المتاحة 250 ميغاوات في أحسن الأحوال')

ENT('عدن', 'LOC', 'Aden')
ENT('المنصورة', 'LOC', 'Al-Mansoura (Aden)')
ENT('الشيخ عثمان', 'LOC', 'Sheikh Othman')
ENT('كريتر', 'LOC', 'Crater (Aden)')
ENT('المصدر أونلاين', 'ORG', 'Al-Masdar Online')
ENT('مستشفى الجمهورية التعليمي', 'LOC', 'Al-Jumhuriya Teaching Hospital (Aden)')
ENT('عدن المستقلة', 'ORG', 'Aden Independent Channel')
ENT('المؤسسة العامة للكهرباء', 'ORG', 'Public Electricity Corporation (Yemen)')
ENT('عادل باعبود', 'PER', 'Adel Baabboud')
ENT('أحمد عوض بن مبارك', 'PER', 'Ahmed Awad bin Mubarak')
ENT('وزارة الكهرباء والطاقة', 'ORG', 'Yemeni Ministry of Electricity and Energy')
ENT('ميناء الزيت', 'LOC', 'Oil Harbour (Aden)')
ENT('البريقة', 'LOC', 'Al-Buraiqa')
ENT('بن مبارك', 'PER', 'Ahmed Awad bin Mubarak')
ENT('الحوثي', 'ORG', 'Houthis')
ENT('أم سامي', 'PER', 'Umm Sami')
ENT('عبد العزيز عبد الولي', 'LOC', 'Abdulaziz Abdulwali (Al-Mansoura, Aden)')
ENT('المجلس الانتقالي الجنوبي', 'ORG', STC)

F('the government (STC wording: fully responsible)', 'المسؤولية الكاملة')
F('the Houthis (PM wording: depriving the state)', 'حرمان الدولة')
F('Aden (temporary capital)', 'العاصمة المؤقتة')
F('the protests (angry)', 'احتجاجات غاضبة')
finish_article('h06')

UNCERTAIN = [
    'BLIND set: the texts were newly written for this set (realistic, not copied) and annotated by hand by an '
    'annotator who had not read the extractor code or its data files (generator/), had not run the extractors or '
    '"briefing eval" on them while writing or annotating, and read heldout13\'s builder (the model of how a '
    'builder uses the helpers and of its conventions notes), the shared helpers and validator, the titles of the '
    'other sets, and grepped a few annotation rows of sets 1-13 for conventions (a careless glob in one such grep also '
    'printed a handful of number rows of sets 14-19; nothing of this set was taken from them). Broad facts follow real events (the entry of the opposition into Damascus and Assad\'s flight to '
    'Moscow on 8 Dec 2024; the Sudanese army retaking the Republican Palace on 21 Mar 2025; the killings at the '
    'Nabulsi roundabout on 29 Feb 2024; the Israeli strike on Hamas leaders in Doha on 9 Sep 2025; the Mauritanian '
    'presidential vote of 29 Jun 2024; power-cut protests in Aden in 2024), but wording, most figures (partial '
    'results, observers, megawatts, costs) and all quotes are written for the set. Minor people are invented (Abu '
    'Khaled, Mohamed al-Amin, Osman al-Tayeb, Mahmoud Abu Amra, Salem al-Marri, Abdourahmane Sall, Mariem Mint Ahmed '
    'Salem, Adel Baabboud, Umm Sami); romanisations of minor names are the annotator\'s own.',
    'Article keys are h01..h06 (the shared validator expects them); files are e01..e06. Rows are sorted by position.',
    'Dialect: h01 (Damascene), h02 (Sudanese), h03 (Gazan), h04 (Gulf), h05 (Hassaniya-tinged) and h06 (Adeni) '
    'quote colloquial speech; events inside those quotes are annotated like any other reported events (ابني انعتقل '
    'بـ2013؛ صاروا يطخوا علينا؛ انفجارين ورا بعض؛ الكل طلع من بيته يركض). Dialect "لهلق" (until now) and "من الصباح" '
    'are vague dates. Date forms: Levantine months (h01, h03: كانون الأول، تشرين الثاني، كانون الثاني، شباط، تشرين '
    'الأول), a Hijri date (h02: 21 رمضان 1446 = 2025-03-21), double month forms "أبريل (نيسان) 2023", "يناير (كانون '
    'الثاني) الماضي", "أكتوبر/تشرين الأول 2022" (one surface each, absolute months), Okaz\'s "أمس (الثلاثاء)" (two '
    'dates), "X المقبل" weekdays (relative days), "12 مايو الجاري" and "14 يوليو المقبل" (absolute days), a bare month '
    '"خلال شباط" (surface شباط, absolute month).',
    'Dates follow heldout12/13: part-of-day words (فجر، عصر، صباح، مساء) and "منذ"/"خلال" before a day or month stay '
    'outside; "اليوم/أمس + weekday" is two dates; "X الماضي/المقبل" weekdays are relative days; year-only expressions '
    'are vague (2013 in "بـ2013", عام 1960); "خلال 48 ساعة" is vague (and a number); "في وقت سابق"، "منذ سنوات"، "خلال '
    'الأيام المقبلة" are vague. Not dates: clock times (عند الساعة السابعة), event-anchored phrases (بعد 11 يوماً من '
    'إطلاق...، بعد ساعات من دخول الجيش، منذ بدء العملية، بعد دقائق من وصول...), يومياً، كل صيف، مسبقاً. The army\'s '
    'announcement day is kept as the date of the capture it announces (h02, as heldout12/13 did). "منذ 23 كانون الثاني" '
    'dates the start of the aid stop; "منذ السابع من تشرين الأول" does not date the cumulative toll. Month-only '
    'and year-only expressions never date an event.',
    'Numbers follow heldout12/13: singular and dual victims are rows (عنصر أمن، مصور، منتج، شاباً، انفجارين، رئيسين); '
    'ages are rows in years; percentages are rows in percent with the % sign in the span; hedges "تتجاوز/تجاوز" and '
    '"ما لا يقل عن" are kept in the span (as heldout13 kept "تتجاوز 70 مليون دولار"), "على الأقل" after the noun too; '
    '"لا تتجاوز القدرة المتاحة 250 ميغاوات" (an upper bound, no qualifier for it) is exact; dialect "ست" (six hours) '
    'is a row. Vague people quantities are rows (آلاف السوريين، مئات المعتقلين، عدد من الضباط، عشرات الآلاف، عدد من '
    'عناصر الأمن); vague non-people quantities are not (مواقع عسكرية عدة، عشرات المكاتب، أياماً، لساعات). Headline '
    'numbers are rows of their own. Not numbers: ordinals (جولة ثانية، أول تداول), dates, named single people.',
    'Entities follow heldout12/13: classifiers outside (حركة، جماعة، مدينة، حي، مديريات، إقليم، مقاطعة، ولاية، قناة، '
    'وكالة، دولة، منطقة، فرق); facility and body names kept whole (سجن صيدنايا، قصر الشعب، ساحة الأمويين، مجمع الشفاء '
    'الطبي، مستشفى الجمهورية التعليمي، مقر القيادة العامة، ميناء الزيت (a harbour whose name is not a place), وزارة '
    'الصحة في غزة (the ministry\'s usual name), هيئة البث الإسرائيلية، مكتب رئيس الوزراء الإسرائيلي، عدن المستقلة). '
    '"المؤسسة العامة للكهرباء" is listed without "في عدن" (Aden is a separate LOC mention there). The assimilated '
    'forms "للجيش" and "للأمم المتحدة" are listed as their own surfaces (as heldout13 listed "للجيش"). Short forms '
    'listed: الأسد، الجلالي، الغزواني، بن مبارك، الحركة (Hamas)، اللجنة (CENI)، الوزارة (Gaza MoH)، المملكة، الاحتلال '
    '(Israel, ORG as in earlier sets)، العدو (Israel)، جيش الاحتلال، الجيش، سونا، لخويا، كان (Kan, the broadcaster). '
    'Named events/operations are MISC (ردع العدوان، مجزرة الطحين); X is MISC. Neighbourhoods named after people are '
    'LOC (عبد العزيز عبد الولي). Titles are not entities (رئيس الحكومة، وزير الإعلام، ولي العهد) but "مجلس السيادة" '
    'and "مجلس الوزراء" inside titles are listed, as heldout13 listed مجلس الوزراء. Not entities: generic references '
    '(التلفزيون الرسمي، الحكومة، القطاع، القصر، الدوار، المكتب السياسي، الوفد المفاوض، البعثة), nationality adjectives.',
    'Attribution spans follow heldout12/13: the complement after أن/إن/بأن (a fused pronoun kept: "أنه"، "إنه"، '
    '"أنها"), inside the quotation marks when the whole complement is quoted; mixed quotes direct_quote false; markers '
    '(بحسب، وفق) span the clause they qualify. Participial reporting verbs with a content clause are attributions '
    '(مؤكداً، مؤكدة، مضيفاً، مشيراً، مشيرة، محذّرة، متهماً، واصفة); participial calls are not (داعية، داعياً، رافضاً). '
    '"دعا ... إلى «...»" (finite) is a statement and an attribution of its object, as heldout13 did for طالبت; '
    '"اتهم X بـ..." likewise an accusation and an attribution. The announcement of a nominal (أعلنت ... "تحرير" '
    'المدينة، أعلن الجيش استعادة...، أعلن الجلالي استعداده، أعلنت الداخلية مقتل...، موسكو تعلن لجوء...) is an '
    'attribution of that nominal and the content event is reported. Relays are "X (via Y)" (a Kremlin source via '
    'TASS, Sudan TV sources via SUNA, military sources via Haaretz, a security official via Kan, Baabboud via Aden '
    'Independent). "قدّر المرصد"، "تشير تقديرات الأمم المتحدة"، "يرى الخبير" are attributions. "حمّلت حماس الإدارة '
    'الأميركية المسؤولية" and the STC\'s "حمّل ... الحكومة" are accusations without attribution (no content clause).',
    'Event typing: entering/retaking a city or building and announced control are capture/control; the launch of an '
    'offensive, days of battles and the IDF deployment into the Golan buffer zone are advance/offensive; breaking the '
    'siege of the General Command is link-up; air raids, drone attacks, tank fire and the Kan account of the jets are '
    'airstrike/shelling; the fire at the strike site and the explosions heard are explosion; deaths, injuries, tolls '
    'and "crushed the militia" are killing/casualties; the Nabulsi "massacre" sentence is killing/casualties (no '
    'attack type exists) while gunfire at people without a toll (صاروا يطخوا علينا، جنوده أطلقوا النار، طلقات تحذيرية) '
    'is other; residents running from their homes is displacement; flight of Assad, asylum, arrival in Moscow, '
    'storming the palace, prison opening, releases, arrests, protests, road blocking, gatherings, voting, results, '
    'deployments, meetings, fuel purchases, power cuts, station outages, phone calls, summits are other. Headlines '
    'carry their own rows; nominal back-references (سيطرة "الدعم السريع"، استعادة القصر in a later clause) are not rows.',
]

description = {
    'summary': 'Twenty-third gold set (BLIND: never tuned on; nobody reads its misses): six Arabic news articles '
               'written for this set in the style of real outlets of six countries (Enab Baladi on the opposition '
               'entering Damascus and Assad\'s flight to Moscow, with Levantine months and a Damascene quote; '
               'Independent Arabia on the Sudanese army retaking the Republican Palace in Khartoum, with a Hijri date '
               'and a Sudanese quote; Al-Akhbar on the killings at the Nabulsi roundabout in Gaza, with a Gazan quote; '
               'Okaz on the Israeli strike on Hamas leaders in Doha, with a Gulf quote; Sahara Medias on the '
               'Mauritanian presidential vote, with percentages and a Hassaniya-tinged quote; Al-Masdar Online on '
               'power-cut protests in Aden, with money, megawatts and an Adeni quote), annotated by hand without '
               'looking at the extractors. Same format and conventions as ../shared/dev-set/seeds_gold.json and '
               'tests/heldout9-13. "file" is relative to tests/. Offsets are Python str indices into '
               'open(path, encoding="utf-8").read().',
    'uncertain_points': UNCERTAIN,
    'files': FILES,
    'counts': _GOLD.counts(),
}

if __name__ == '__main__':
    write_set(_GOLD, HERE, description)
