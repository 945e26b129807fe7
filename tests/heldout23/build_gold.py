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

if __name__ == '__main__':
    write_set(_GOLD, HERE, {'summary': 'draft', 'uncertain_points': [], 'files': FILES, 'counts': _GOLD.counts()})
