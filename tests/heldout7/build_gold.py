#!/usr/bin/env python3
"""Build heldout7_gold.json from the hand annotations below.

Spans are (surface, occurrence index), located by search; the helpers and their conventions are
tests/heldout_tools/annotate.py.
Run: python3 build_gold.py  (writes heldout7_gold.json next to this file)
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(TESTS, 'heldout_tools'))  # annotate.py, common.py
from annotate import Gold, seeds_schema, write_gold  # noqa: E402

_GOLD = Gold('heldout7', sort=())  # rows and entities stay in annotation order, as this set was first written
ARTICLES = _GOLD.articles   # key -> dict
article, finish_article = _GOLD.article, _GOLD.finish_article
E, N, A, D, ENT, F = _GOLD.E, _GOLD.N, _GOLD.A, _GOLD.D, _GOLD.ENT, _GOLD.F


# ---------------------------------------------------------------------------------------------- h01
article('h01', 's01_aleppo_offensive.txt',
        {'name_ar': 'عنب بلدي', 'name_en': 'Enab Baladi', 'domain': 'enabbaladi.net'},
        '2024-11-29',
        'Written for this set; publication date 2024-11-29 (Friday) set by the author and recorded in '
        's01_aleppo_offensive.yml. Consistent with the text: "اليوم الجمعة 29 من تشرين الثاني", "أمس الخميس" = '
        '2024-11-28, offensive launched "فجر الأربعاء الماضي" = 2024-11-27. High confidence (by construction).',
        'فصائل المعارضة تدخل أحياء حلب الغربية.. وغارات روسية مكثفة على إدلب')
FAC = 'Syrian opposition factions (Military Operations Command)'
MOC = 'Military Operations Command'
SGF = 'Syrian government forces'
CORR = 'Enab Baladi correspondent (Aleppo countryside)'
HAG = 'Hassan Abdul Ghani (Military Operations Command)'
REU = 'two military sources in the Syrian army (via Reuters)'
SANA_SRC = 'military source (via SANA)'
WH = 'Syria Civil Defence (White Helmets)'
SRC_ = 'Syria Response Coordinators'
ABU = 'Abu Ahmad (displaced man from Sarmin)'
RUMOD = 'Ministry of Defence (Russia)'
RUSY = 'Russian and Syrian government air forces'
E('advance/offensive', FAC, 'western neighbourhoods of Aleppo', None, None, None, 'asserted',
  'فصائل المعارضة تدخل أحياء حلب الغربية')
E('airstrike/shelling', 'Russia', 'Idlib', None, None, None, 'asserted', 'غارات روسية مكثفة على إدلب')
E('advance/offensive', FAC, 'western outskirts of Aleppo', '2024-11-29', 'اليوم الجمعة 29 من تشرين الثاني', None,
  'asserted',
  'دخلت فصائل المعارضة السورية المنضوية في "إدارة العمليات العسكرية"، اليوم الجمعة 29 من تشرين الثاني، أحياء في الأطراف الغربية لمدينة حلب')
E('advance/offensive', MOC, 'western Aleppo countryside', None,
  'بعد يومين من — event-anchored ("two days after"); the launch is dated 2024-11-27 only by the later "فجر الأربعاء الماضي"',
  None, 'asserted',
  'إطلاقها معركة "ردع العدوان" ضد قوات النظام السوري والميليشيات الإيرانية المساندة لها')
E('capture/control', FAC, 'New Aleppo; Scientific Research area (western Aleppo)', '2024-11-29', 'صباح اليوم', CORR,
  'reported', 'مقاتلي الفصائل سيطروا صباح اليوم على حي حلب الجديدة ومنطقة البحوث العلمية')
E('advance/offensive', FAC, 'outskirts of Al-Hamdaniyah (Aleppo)', '2024-11-29', 'صباح اليوم (same sentence)', CORR,
  'reported', 'وصلوا إلى مشارف حي الحمدانية')
E('other', SGF, 'Aleppo', '2024-11-29', 'صباح اليوم (same sentence)', CORR, 'reported',
  'انسحاب قوات النظام من عدة نقاط داخل المدينة')
E('capture/control', FAC, 'Anjara; Al-Hota; Kafr Naha; Khan al-Asal; Urum al-Kubra; Regiment 46 base (western Aleppo countryside)',
  '2024-11-28', 'أمس الخميس', MOC, 'reported',
  'كانت الفصائل سيطرت، أمس الخميس، على بلدات وقرى عنجارة والهوتة وكفرناها وخان العسل وأورم الكبرى في ريف حلب الغربي، إضافة إلى "الفوج 46"، أحد أكبر الثكنات العسكرية في المنطقة')
E('capture/control', FAC, 'western Aleppo and Idlib countryside', None,
  'منذ فجر الأربعاء الماضي — start of a period (since 2024-11-27), not the date of the captures', HAG, 'reported',
  'المقاتلين "حرروا أكثر من 50 قرية وبلدة ونقطة عسكرية" منذ فجر الأربعاء الماضي')
E('advance/offensive', MOC, None, None, None, HAG, 'predicted',
  'المعركة "لن تتوقف قبل إبعاد خطر الميليشيات عن أهلنا"')
E('killing/casualties', FAC, None, None, 'منذ بدء الهجوم — event-anchored period, no date', REU, 'reported',
  '"عشرات الجنود" قتلوا منذ بدء الهجوم')
E('airstrike/shelling', RUSY, 'opposition supply lines (north-western Syria)', None, None, REU, 'reported',
  'الطائرات الروسية والسورية كثفت غاراتها على خطوط إمداد الفصائل')
E('counter-attack', FAC, 'Aleppo and Idlib countryside', None, None, SANA_SRC, 'reported',
  'وحدات الجيش "تتصدى لهجوم إرهابي كبير وواسع النطاق" على محاور ريفي حلب وإدلب')
E('killing/casualties', SGF, 'Aleppo and Idlib countryside', None, None, SANA_SRC, 'reported',
  'كبّدت الإرهابيين خسائر فادحة بالعتاد والأرواح')
E('airstrike/shelling', RUSY, 'Idlib and its countryside', None, None, None, 'asserted',
  'تصعيد جوي روسي وسوري على مدينة إدلب وريفها')
E('airstrike/shelling', RUSY, 'Idlib city (market); Sarmin; Ariha; Darat Izza', '2024-11-28', 'مساء أمس', None,
  'asserted',
  'استهدفت غارات جوية، مساء أمس، سوقًا شعبيًا وسط مدينة إدلب، وأحياء سكنية في بلدات سرمين وأريحا ودارة عزة')
E('airstrike/shelling', 'Russian and Syrian government forces', 'Idlib; western Aleppo countryside', None,
  'منذ الأربعاء — start of a period (since 2024-11-27), not one date', WH, 'reported',
  'فرقه استجابت منذ الأربعاء لأكثر من 30 غارة جوية وقصفًا مدفعيًا على مدن وبلدات في إدلب وريف حلب الغربي')
E('killing/casualties', 'Russian and Syrian government forces', 'Idlib; western Aleppo countryside', None, None, WH,
  'reported',
  'قُتل فيها 19 مدنيًا بينهم ستة أطفال وثلاث نساء، وأصيب 67 آخرون')
E('displacement', None, 'eastern Idlib countryside; western Aleppo countryside', None,
  'منذ بدء العمليات العسكرية — event-anchored period, no date', SRC_, 'reported',
  'نزوح أكثر من 7800 عائلة، أي قرابة 41 ألف شخص، من ريف إدلب الشرقي وريف حلب الغربي منذ بدء العمليات العسكرية، معظمهم باتجاه المخيمات الحدودية شمالي إدلب')
E('displacement', None, 'Sarmin -> Atmeh camps', '2024-11-27', 'قبل يومين', None, 'asserted',
  'نازح من سرمين وصل إلى مخيمات أطمة قبل يومين')
E('airstrike/shelling', 'warplanes (unspecified)', 'Sarmin', None, None, ABU, 'reported', 'ضربوا جنب بيتنا مرتين')
E('displacement', None, 'Sarmin', None, 'بالليل — time of day, not a date', ABU, 'reported',
  'حملت الولاد بالسيارة وطلعنا بالليل')
E('killing/casualties', FAC, 'Aleppo', None, 'أمس — dates the announcement by Iranian media (2024-11-28), not the killing',
  'Iranian media (via Tasnim News Agency)', 'reported',
  'مقتل المستشار العسكري في "الحرس الثوري" الإيراني العميد كيومرث بورهاشمي في حلب، خلال هجوم للفصائل')
E('airstrike/shelling', 'Russian Aerospace Forces', None, None, 'اليوم — dates the ministry statement (2024-11-29); the strikes are ongoing',
  RUMOD, 'reported', 'قواتها الجوية "تواصل توجيه ضربات" دعمًا للجيش السوري')
E('killing/casualties', 'Russian Aerospace Forces', None, None, 'خلال الأيام الأخيرة — vague period', RUMOD, 'reported',
  'القضاء على ما لا يقل عن 300 مسلح')
E('capture/control', 'Syrian government forces (with Russian and Iranian support)', 'eastern Aleppo', None,
  'أواخر عام 2016 — late 2016, not a day', None, 'asserted',
  'سيطرت قوات النظام بدعم روسي وإيراني على الأحياء الشرقية للمدينة')
E('encirclement', SGF, 'eastern Aleppo', None, None, None, 'asserted', 'حصار طويل')
E('displacement', SGF, 'eastern Aleppo -> Idlib', None, None, None, 'asserted',
  'تهجير آلاف المقاتلين والمدنيين إلى إدلب')

N('2', 'days', 'days between the launch of the offensive and the entry into Aleppo', 'exact', 'يومين', 0)
N('50', 'places', 'villages, towns and military posts taken since the offensive began (Hassan Abdul Ghani)', 'more than',
  'أكثر من 50 قرية وبلدة ونقطة عسكرية')
N('2', 'people', 'Syrian army military sources quoted by Reuters', 'exact', 'مصدرين عسكريين')
N(None, 'people', 'Syrian army soldiers killed since the offensive began', 'vague', 'عشرات الجنود')
N('30', 'attacks', 'air strikes and artillery shelling the White Helmets responded to', 'more than', 'أكثر من 30 غارة جوية')
N('19', 'people', 'civilians killed in the strikes on Idlib and western Aleppo', 'exact', '19 مدنيًا')
N('6', 'people', 'children among the civilians killed', 'exact', 'ستة أطفال')
N('3', 'people', 'women among the civilians killed', 'exact', 'ثلاث نساء')
N('67', 'people', 'people wounded in the strikes', 'exact', '67 آخرون')
N('7800', 'families', 'families displaced from eastern Idlib and western Aleppo countryside', 'more than',
  'أكثر من 7800 عائلة')
N('41000', 'people', 'people displaced (Syria Response Coordinators)', 'approx', 'قرابة 41 ألف شخص')
N('2', 'times', 'strikes next to Abu Ahmad\'s house in Sarmin', 'exact', 'مرتين')
N('300', 'people', 'gunmen killed by Russian strikes (Russian MoD claim)', 'at least', 'ما لا يقل عن 300 مسلح')
N(None, 'people', 'fighters and civilians forcibly displaced from eastern Aleppo to Idlib (2016)', 'vague',
  'آلاف المقاتلين والمدنيين')

D('اليوم', '2024-11-29', 'relative', 0)
D('الجمعة', '2024-11-29', 'weekday')
D('29 من تشرين الثاني', '2024-11-29', 'absolute')
D('اليوم', '2024-11-29', 'relative', 1)
D('أمس', '2024-11-28', 'relative', 0)
D('الخميس', '2024-11-28', 'weekday')
D('الأربعاء', '2024-11-27', 'weekday', 0)
D('الأربعاء', '2024-11-27', 'weekday', 1)
D('أمس', '2024-11-28', 'relative', 1)
D('قبل يومين', '2024-11-27', 'relative')
D('أمس', '2024-11-28', 'relative', 2)
D('اليوم', '2024-11-29', 'relative', 2)
D('الأيام الأخيرة', None, 'relative')
D('أواخر عام 2016', None, 'vague')

A(CORR, 'قال', False,
  'مقاتلي الفصائل سيطروا صباح اليوم على حي حلب الجديدة ومنطقة البحوث العلمية، ووصلوا إلى مشارف حي الحمدانية، وسط انسحاب قوات النظام من عدة نقاط داخل المدينة')
A(MOC, 'بحسب', False,
  'كانت الفصائل سيطرت، أمس الخميس، على بلدات وقرى عنجارة والهوتة وكفرناها وخان العسل وأورم الكبرى في ريف حلب الغربي، إضافة إلى "الفوج 46"، أحد أكبر الثكنات العسكرية في المنطقة')
A(HAG, 'قال', False, 'المقاتلين "حرروا أكثر من 50 قرية وبلدة ونقطة عسكرية" منذ فجر الأربعاء الماضي')
A(HAG, 'مضيفًا', False, 'المعركة "لن تتوقف قبل إبعاد خطر الميليشيات عن أهلنا"')
A(REU, 'نقلت', False,
  '"عشرات الجنود" قتلوا منذ بدء الهجوم، وأن الطائرات الروسية والسورية كثفت غاراتها على خطوط إمداد الفصائل')
A(SANA_SRC, 'نقلت', False,
  'وحدات الجيش "تتصدى لهجوم إرهابي كبير وواسع النطاق" على محاور ريفي حلب وإدلب، وإنها "كبّدت الإرهابيين خسائر فادحة بالعتاد والأرواح"')
A(WH, 'قال', False,
  'فرقه استجابت منذ الأربعاء لأكثر من 30 غارة جوية وقصفًا مدفعيًا على مدن وبلدات في إدلب وريف حلب الغربي، قُتل فيها 19 مدنيًا بينهم ستة أطفال وثلاث نساء، وأصيب 67 آخرون')
A(SRC_, 'وثق', False,
  'نزوح أكثر من 7800 عائلة، أي قرابة 41 ألف شخص، من ريف إدلب الشرقي وريف حلب الغربي منذ بدء العمليات العسكرية، معظمهم باتجاه المخيمات الحدودية شمالي إدلب')
A(SRC_, 'محذرًا', False, '"كارثة إنسانية" في حال استمرار القصف')
A(ABU, 'قال', True,
  'الطيارات ما عم تفارق السما، ضربوا جنب بيتنا مرتين، حملت الولاد بالسيارة وطلعنا بالليل، ما معنا شي غير هالتياب')
A('Iranian media (via Tasnim News Agency)', 'أعلنت', False,
  'مقتل المستشار العسكري في "الحرس الثوري" الإيراني العميد كيومرث بورهاشمي في حلب، خلال هجوم للفصائل')
A(RUMOD, 'قالت', False, 'قواتها الجوية "تواصل توجيه ضربات" دعمًا للجيش السوري')
A(RUMOD, 'معلنة', True, 'القضاء على ما لا يقل عن 300 مسلح')

ENT('حلب', 'LOC', 'Aleppo')
ENT('إدلب', 'LOC', 'Idlib')
ENT('عنب بلدي', 'ORG', 'Enab Baladi')
ENT('إدارة العمليات العسكرية', 'ORG', MOC)
ENT('إدارة العمليات', 'ORG', MOC)
ENT('ردع العدوان', 'MISC', 'Operation Deterrence of Aggression')
ENT('قوات النظام السوري', 'ORG', SGF)
ENT('قوات النظام', 'ORG', SGF)
ENT('جيش النظام', 'ORG', SGF)
ENT('الجيش', 'ORG', SGF)
ENT('للجيش السوري', 'ORG', SGF)
ENT('حلب الجديدة', 'LOC', 'New Aleppo')
ENT('البحوث العلمية', 'LOC', 'Scientific Research area (Aleppo)')
ENT('الحمدانية', 'LOC', 'Al-Hamdaniyah (Aleppo)')
ENT('عنجارة', 'LOC', 'Anjara')
ENT('الهوتة', 'LOC', 'Al-Hota')
ENT('كفرناها', 'LOC', 'Kafr Naha')
ENT('خان العسل', 'LOC', 'Khan al-Asal')
ENT('أورم الكبرى', 'LOC', 'Urum al-Kubra')
ENT('الفوج 46', 'LOC', 'Regiment 46 base')
ENT('تلجرام', 'MISC', 'Telegram')
ENT('حسن عبد الغني', 'PER', 'Hassan Abdul Ghani')
ENT('رويترز', 'ORG', 'Reuters')
ENT('وكالة الأنباء السورية', 'ORG', 'Syrian Arab News Agency (SANA)')
ENT('سانا', 'ORG', 'Syrian Arab News Agency (SANA)')
ENT('سرمين', 'LOC', 'Sarmin')
ENT('أريحا', 'LOC', 'Ariha')
ENT('دارة عزة', 'LOC', 'Darat Izza')
ENT('الدفاع المدني السوري', 'ORG', WH)
ENT('الخوذ البيضاء', 'ORG', WH)
ENT('منسقو استجابة سوريا', 'ORG', SRC_)
ENT('أبو أحمد', 'PER', 'Abu Ahmad')
ENT('أطمة', 'LOC', 'Atmeh')
ENT('الحرس الثوري', 'ORG', 'Islamic Revolutionary Guard Corps')
ENT('كيومرث بورهاشمي', 'PER', 'Kioumars Pourhashemi')
ENT('تسنيم', 'ORG', 'Tasnim News Agency')
ENT('وزارة الدفاع الروسية', 'ORG', RUMOD)

F('Syrian opposition factions', 'فصائل المعارضة السورية')
F('Syrian opposition factions', 'فصائل المعارضة')
F('Syrian opposition factions', 'الفصائل')
F('opposition fighters', 'مقاتلي الفصائل')
F('fighters', 'المقاتلين')
F('Syrian government forces', 'قوات النظام السوري')
F('Syrian government forces', 'قوات النظام')
F('Syrian government forces', 'جيش النظام')
F('Iran-backed militias', 'الميليشيات الإيرانية')
F('pro-government militias', 'الميليشيات')
F('offensive name ("Deterrence of Aggression")', 'ردع العدوان')
F('opposition offensive (SANA: terrorist attack)', 'هجوم إرهابي')
F('opposition fighters (SANA: terrorists)', 'الإرهابيين')
F('opposition fighters (Russian MoD: gunmen)', 'مسلح')
F('capture (opposition term: liberated)', 'حرروا')
F('capture', 'سيطروا')
F('capture', 'سيطرت')
F('withdrawal', 'انسحاب')
F('air escalation', 'تصعيد جوي')
F('displaced person', 'نازح')
F('forced displacement', 'تهجير')
F('humanitarian catastrophe', 'كارثة إنسانية')
finish_article('h01')

# ---------------------------------------------------------------------------------------------- h02
article('h02', 's02_wad_alnoura.txt',
        {'name_ar': 'سودان تربيون', 'name_en': 'Sudan Tribune', 'domain': 'sudantribune.net'},
        '2024-06-06',
        'Written for this set; publication date 2024-06-06 (Thursday) set by the author, printed in the dateline '
        '("بورتسودان 6 يونيو 2024") and recorded in s02_wad_alnoura.yml. Consistent with "أمس الأربعاء" = '
        '2024-06-05. High confidence (by construction).',
        'مقتل أكثر من 100 مدني في هجوم لـ"الدعم السريع" على قرية ود النورة بالجزيرة')
RSF = 'Rapid Support Forces'
SAF = 'Sudanese Armed Forces'
RC = 'Wad Madani Resistance Committees'
MED = 'medical source at Al-Manaqil Hospital (speaking to Sudan Tribune)'
RES = 'Wad al-Noura resident (unnamed, speaking to Sudan Tribune)'
NAB = 'Nabil Abdallah (Sudanese Armed Forces spokesman)'
NKW = 'Clementine Nkweta-Salami (UN Resident and Humanitarian Coordinator for Sudan)'
OCHA = 'UN Office for the Coordination of Humanitarian Affairs (OCHA)'
WN = 'Wad al-Noura, Al Jazirah State'
E('killing/casualties', RSF, WN, None, None, None, 'asserted', 'مقتل أكثر من 100 مدني')
E('advance/offensive', RSF, WN, None, None, None, 'asserted', 'هجوم لـ"الدعم السريع" على قرية ود النورة بالجزيرة')
E('killing/casualties', RSF, WN, '2024-06-05', 'أمس الأربعاء (same sentence)', None, 'asserted',
  'قُتل أكثر من مائة مدني، بينهم 35 طفلا، وأصيب العشرات')
E('advance/offensive', RSF, WN, '2024-06-05', 'أمس الأربعاء', None, 'asserted',
  'هجوم شنته قوات الدعم السريع، أمس الأربعاء، على قرية ود النورة بولاية الجزيرة وسط السودان')
E('capture/control', RSF, 'Wad Madani', None, 'ديسمبر الماضي — December 2023; a month cannot date an event', None,
  'asserted', 'سيطرة الدعم السريع على عاصمة الولاية ود مدني في ديسمبر الماضي')
E('advance/offensive', RSF, WN, None, None, RC, 'reported',
  'قوات الدعم السريع "هاجمت القرية بالأسلحة الثقيلة والمدافع الرشاشة من عدة اتجاهات"')
E('killing/casualties', RSF, WN, None, None, RC, 'reported', 'مقتل 104 من سكانها في حصيلة أولية')
E('other', None, WN, None, None, RC, 'reported', 'الضحايا دُفنوا في مقبرة جماعية لتعذر نقلهم')
E('other', RSF, WN, None, None, RC, 'reported', 'نهبوا المنازل والمحال التجارية')
E('other', RSF, WN, None, None, RC, 'reported', 'اقتادوا عددا من الشباب إلى جهة غير معلومة')
E('other', None, WN, None, None, None, 'asserted', 'لا يزال مصير العشرات من السكان مجهولا')
E('killing/casualties', RSF, WN, None, None, MED, 'reported',
  'المستشفى استقبل 27 جريحا من القرية، بينهم سبعة في حالة حرجة')
E('advance/offensive', RSF, WN, None, 'الصباح بدري — "early in the morning", time of day only', RES, 'reported',
  'الدعامة جونا الصباح بدري بالتاتشرات وضربوا الحلة بالدوشكا')
E('killing/casualties', RSF, WN, None, None, RES, 'reported', 'الناس وقعت في الشوارع')
E('other', None, WN, None, None, RES, 'reported', 'دفنا أكتر من مية زول في حفرة كبيرة جنب المقابر')
E('killing/casualties', RSF, WN, None, None, NAB, 'reported',
  'ميليشيا الدعم السريع الإرهابية ارتكبت مجزرة جديدة بحق المواطنين العزل في قرية ود النورة')
E('statement', 'Nabil Abdallah', None, None, None, None, 'asserted',
  'مؤكدا أن القوات المسلحة "لن تترك هذه الجرائم تمر دون حساب"')
E('advance/offensive', RSF, 'army and mobilised fighters\' camps, Wad al-Noura area', None, None, RSF, 'reported',
  'قواتها هاجمت "ثلاثة معسكرات للجيش والمستنفرين" في منطقة ود النورة بعد رصد تجمعات لهم')
E('statement', RSF, None, None, None, None, 'asserted', 'نافية استهداف المدنيين')
E('statement', 'Clementine Nkweta-Salami', None, None, None, None, 'asserted',
  'أعربت المنسقة المقيمة للأمم المتحدة ومنسقة الشؤون الإنسانية في السودان كليمنتين نكويتا سلامي عن "صدمتها" إزاء التقارير الواردة من ود النورة، داعية إلى تحقيق "مستقل وشامل"')
E('killing/casualties', RSF, WN, None, None, 'UNICEF', 'reported',
  '35 طفلا على الأقل قتلوا في الهجوم، وأصيب أكثر من 20 آخرين')
E('displacement', None, 'Wad al-Noura and nearby villages -> Al-Manaqil', None, None, OCHA, 'reported',
  'فرّت نحو 1400 أسرة من ود النورة والقرى المجاورة إلى مدينة المناقل')
E('displacement', None, 'Al Jazirah State', None, 'منذ ديسمبر الماضي — since December 2023, a period', OCHA,
  'reported', 'أكثر من 500 ألف شخص نزحوا من ولاية الجزيرة منذ ديسمبر الماضي')
E('statement', RC, None, '2024-W22', 'الأسبوع الماضي', None, 'asserted',
  'كانت لجان المقاومة قد حذرت الأسبوع الماضي من حشود لقوات الدعم السريع في محيط القرية')
E('advance/offensive', RSF, 'western countryside of Wad Madani', None, None, None, 'asserted',
  'هجمات متفرقة على قرى في ريف ود مدني الغربي')
E('capture/control', RSF, 'Wad Madani', '2023-12-18', '18 ديسمبر الماضي', None, 'asserted',
  'سيطرت قوات الدعم السريع على مدينة ود مدني في 18 ديسمبر الماضي')
E('other', SAF, 'Wad Madani', '2023-12-18', '18 ديسمبر الماضي (same sentence)', None, 'asserted', 'انسحاب الجيش منها')
E('advance/offensive', RSF, 'Al Jazirah State', None, None, None, 'asserted', 'تتوسع في معظم محليات الولاية')
E('accusation', None, None, None, None, None, 'asserted', 'اتهامات لها بارتكاب انتهاكات واسعة بحق المدنيين')
E('other', f'{SAF}; {RSF}', 'Sudan', None, 'منذ منتصف أبريل 2023 — start of the war (April 2023), a month only', None,
  'asserted', 'يخوض الجيش وقوات الدعم السريع حربا منذ منتصف أبريل 2023')
E('killing/casualties', None, 'Sudan', None, None, 'United Nations (estimates)', 'reported', 'أودت بحياة عشرات الآلاف')
E('displacement', None, 'Sudan', None, None, 'United Nations (estimates)', 'reported', 'شردت أكثر من تسعة ملايين شخص')

N('100', 'people', 'civilians killed in Wad al-Noura (headline)', 'more than', 'أكثر من 100 مدني')
N('100', 'people', 'civilians killed in Wad al-Noura', 'more than', 'أكثر من مائة مدني')
N('35', 'people', 'children among the dead', 'exact', '35 طفلا', 0)
N(None, 'people', 'people wounded in the attack', 'vague', 'العشرات', 0)
N('104', 'people', 'villagers killed (Resistance Committees, preliminary toll)', 'exact', '104 من سكانها')
N(None, 'people', 'young men abducted by the attackers', 'vague', 'عددا من الشباب')
N(None, 'people', 'villagers whose fate is unknown', 'vague', 'العشرات من السكان')
N('27', 'people', 'wounded received by Al-Manaqil Hospital', 'exact', '27 جريحا')
N('7', 'people', 'wounded in critical condition', 'exact', 'سبعة في حالة حرجة')
N('100', 'people', 'people buried by the villagers (resident, dialect)', 'more than', 'أكتر من مية زول')
N('3', 'camps', 'army and mobilised fighters\' camps the RSF says it attacked', 'exact', 'ثلاثة معسكرات')
N('35', 'people', 'children killed (UNICEF)', 'at least', '35 طفلا على الأقل')
N('20', 'people', 'children wounded (UNICEF)', 'more than', 'أكثر من 20 آخرين')
N('1400', 'families', 'families who fled Wad al-Noura and nearby villages (OCHA)', 'approx', 'نحو 1400 أسرة')
N('500000', 'people', 'people displaced from Al Jazirah State since December 2023', 'more than', 'أكثر من 500 ألف شخص')
N(None, 'people', 'people killed in the war since April 2023', 'vague', 'عشرات الآلاف')
N('9000000', 'people', 'people displaced by the war', 'more than', 'أكثر من تسعة ملايين شخص')

D('6 يونيو 2024', '2024-06-06', 'absolute')
D('أمس', '2024-06-05', 'relative')
D('الأربعاء', '2024-06-05', 'weekday')
D('ديسمبر الماضي', '2023-12', 'absolute', 0)
D('ديسمبر الماضي', '2023-12', 'absolute', 2)
D('الأسبوع الماضي', '2024-W22', 'relative')
D('18 ديسمبر الماضي', '2023-12-18', 'absolute')
D('منتصف أبريل 2023', '2023-04', 'absolute')

A(RC, 'قالت', False,
  'قوات الدعم السريع "هاجمت القرية بالأسلحة الثقيلة والمدافع الرشاشة من عدة اتجاهات"، ما أسفر عن مقتل 104 من سكانها في حصيلة أولية')
A(RC, 'مشيرة', False, 'الضحايا دُفنوا في مقبرة جماعية لتعذر نقلهم')
A(RC, 'أضافت', False,
  'المهاجمين "نهبوا المنازل والمحال التجارية واقتادوا عددا من الشباب إلى جهة غير معلومة"')
A(MED, 'قال', False,
  'المستشفى استقبل 27 جريحا من القرية، بينهم سبعة في حالة حرجة، وسط نقص حاد في الأدوية ومعينات الإسعاف')
A(RES, 'روى', True,
  'الدعامة جونا الصباح بدري بالتاتشرات وضربوا الحلة بالدوشكا، الناس وقعت في الشوارع وما قدرنا نسعف زول، دفنا أكتر من مية زول في حفرة كبيرة جنب المقابر')
A(NAB, 'قال', True,
  'ميليشيا الدعم السريع الإرهابية ارتكبت مجزرة جديدة بحق المواطنين العزل في قرية ود النورة')
A(NAB, 'مؤكدا', False, 'القوات المسلحة "لن تترك هذه الجرائم تمر دون حساب"')
A(RSF, 'قالت', False,
  'قواتها هاجمت "ثلاثة معسكرات للجيش والمستنفرين" في منطقة ود النورة بعد رصد تجمعات لهم')
A(RSF, 'نافية', False, 'استهداف المدنيين')
A(NKW, 'أعربت', False, '"صدمتها" إزاء التقارير الواردة من ود النورة')
A('UNICEF', 'قالت', False, '35 طفلا على الأقل قتلوا في الهجوم، وأصيب أكثر من 20 آخرين')
A(OCHA, 'بحسب', False,
  'فرّت نحو 1400 أسرة من ود النورة والقرى المجاورة إلى مدينة المناقل، لتنضم إلى أكثر من 500 ألف شخص نزحوا من ولاية الجزيرة منذ ديسمبر الماضي')
A(RC, 'حذرت', False, 'حشود لقوات الدعم السريع في محيط القرية')
A('United Nations (estimates)', 'بحسب', False, 'أودت بحياة عشرات الآلاف وشردت أكثر من تسعة ملايين شخص')

ENT('الدعم السريع', 'ORG', RSF)
ENT('قوات الدعم السريع', 'ORG', RSF)
ENT('ود النورة', 'LOC', 'Wad al-Noura')
ENT('الجزيرة', 'LOC', 'Al Jazirah State')
ENT('بورتسودان', 'LOC', 'Port Sudan')
ENT('السودان', 'LOC', 'Sudan')
ENT('ود مدني', 'LOC', 'Wad Madani')
ENT('لجان مقاومة مدني', 'ORG', RC)
ENT('اللجان', 'ORG', RC)
ENT('لجان المقاومة', 'ORG', RC)
ENT('مستشفى المناقل', 'LOC', 'Al-Manaqil Hospital')
ENT('المناقل', 'LOC', 'Al-Manaqil')
ENT('سودان تربيون', 'ORG', 'Sudan Tribune')
ENT('القوات المسلحة', 'ORG', SAF)
ENT('الجيش', 'ORG', SAF)
ENT('للجيش', 'ORG', SAF)
ENT('نبيل عبد الله', 'PER', 'Nabil Abdallah')
ENT('إكس', 'MISC', 'X (Twitter)')
ENT('للأمم المتحدة', 'ORG', 'United Nations')
ENT('كليمنتين نكويتا سلامي', 'PER', 'Clementine Nkweta-Salami')
ENT('منظمة الأمم المتحدة للطفولة', 'ORG', 'UNICEF')
ENT('يونيسف', 'ORG', 'UNICEF')
ENT('مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية', 'ORG', OCHA)
ENT('أوتشا', 'ORG', OCHA)

F('Rapid Support Forces', 'قوات الدعم السريع')
F('Rapid Support Forces', 'الدعم السريع')
F('Rapid Support Forces (army: terrorist militia)', 'ميليشيا الدعم السريع الإرهابية')
F('Rapid Support Forces (colloquial)', 'الدعامة')
F('attackers', 'المهاجمين')
F('Sudanese Armed Forces', 'القوات المسلحة')
F('Sudanese Armed Forces', 'الجيش')
F('army-aligned mobilised fighters', 'المستنفرين')
F('massacre', 'مجزرة جديدة')
F('crimes', 'الجرائم')
F('violations', 'انتهاكات واسعة')
F('victims', 'الضحايا')
F('mass grave', 'مقبرة جماعية')
F('civilians', 'المدنيين')
F('unarmed citizens', 'المواطنين العزل')
F('war', 'حربا')
finish_article('h02')

# ---------------------------------------------------------------------------------------------- h03
article('h03', 's03_quake_hatay_jindires.txt',
        {'name_ar': 'الأناضول', 'name_en': 'Anadolu Agency', 'domain': 'aa.com.tr'},
        '2023-02-09',
        'Written for this set; publication date 2023-02-09 (Thursday) set by the author and recorded in '
        's03_quake_hatay_jindires.yml. Consistent with the text: "صباح اليوم الخميس", "أمس الأربعاء" = 2023-02-08, '
        'quakes "فجر الاثنين 6 فبراير/ شباط الجاري (15 رجب 1444هـ)". High confidence (by construction).',
        'زلزالا قهرمان مرعش.. فرق الإنقاذ تسابق الزمن في هطاي وجنديرس')
AFAD = 'AFAD (Disaster and Emergency Management Presidency)'
KAYA = 'Murat Kaya (AFAD rescue team leader)'
ERD = 'Recep Tayyip Erdoğan'
KHA = 'Khalil al-Ahmad (Jindires resident)'
BAB = 'official at the Bab al-Hawa crossing administration (speaking to Anadolu)'
SMOH = 'Ministry of Health (Syrian government)'
NWS = 'opposition-held north-western Syria'
E('other', 'search and rescue teams', 'Hatay; Jindires', None, None, None, 'asserted',
  'فرق الإنقاذ تسابق الزمن في هطاي وجنديرس')
E('other', 'search and rescue teams', 'Hatay Province', None,
  'لليوم الرابع على التوالي — ordinal count of days since the quake, not a date', None, 'asserted',
  'تواصل فرق البحث والإنقاذ، لليوم الرابع على التوالي، انتشال العالقين من تحت أنقاض المباني المنهارة في ولاية هطاي جنوبي تركيا')
E('killing/casualties', None, 'Turkey', None, None, AFAD, 'reported',
  'ارتفعت حصيلة قتلى الزلزالين اللذين ضربا ولاية قهرمان مرعش إلى 14 ألفا و14 شخصا في البلاد')
E('killing/casualties', None, 'Turkey', None,
  'صباح اليوم الخميس — dates the AFAD statement (2023-02-09), not the injuries', AFAD, 'reported',
  'عدد المصابين بلغ 63 ألفا و794 شخصا')
E('displacement', None, 'quake-hit areas (Turkey)', None, None, None, 'asserted',
  'جرى إجلاء أكثر من 47 ألف شخص من المناطق المنكوبة')
E('other', None, 'Pazarcık, Kahramanmaraş', '2023-02-06', 'فجر الاثنين 6 فبراير/ شباط الجاري (15 رجب 1444هـ)', None,
  'asserted',
  'ضرب زلزال بقوة 7.7 درجات مركزه قضاء بازارجيك في قهرمان مرعش، فجر الاثنين 6 فبراير/ شباط الجاري (15 رجب 1444هـ)')
E('other', None, 'Elbistan, Kahramanmaraş', '2023-02-06', 'بعد ساعات (same sentence as فجر الاثنين 6 فبراير)', None,
  'asserted', 'أعقبه بعد ساعات زلزال ثان بقوة 7.6 درجات مركزه قضاء إلبستان بالولاية نفسها')
E('other', 'AFAD rescue team', 'Cebrail neighbourhood, Antakya (Hatay)', '2023-02-09', 'صباح اليوم', None, 'asserted',
  'تمكن فريق إنقاذ تابع لـ"آفاد" صباح اليوم من انتشال الطفلة إليف (10 أعوام) حية من تحت أنقاض مبنى سكني من 7 طوابق في حي جبرائيل')
E('statement', 'Murat Kaya', None, None, None, None, 'asserted',
  'قال رئيس الفريق مراد كايا للأناضول إن عمليات الإنقاذ "تجري بحذر شديد لأن الأنقاض غير مستقرة"')
E('statement', 'Murat Kaya', None, None, None, None, 'asserted',
  'مضيفا أن الفرق "ما زالت تسمع أصواتا تحت الركام في عدة مبان بالحي"')
E('visit/inspection', ERD, 'Kahramanmaraş; Hatay', '2023-02-08', 'أمس الأربعاء', None, 'asserted',
  'كان الرئيس التركي رجب طيب أردوغان قد تفقد، أمس الأربعاء، المناطق المتضررة في قهرمان مرعش وهطاي')
E('statement', ERD, None, '2023-02-08', 'أمس الأربعاء (same sentence)', None, 'asserted',
  'قال في تصريحات للصحفيين: "لا يمكن الاستعداد لكارثة كهذه"')
E('statement', ERD, None, '2023-02-08', 'أمس الأربعاء (same sentence)', None, 'asserted',
  'مؤكدا أن الدولة "لن تترك أي مواطن في العراء"')
E('other', ERD, 'the ten quake-hit provinces (Turkey)', '2023-02-07', 'الثلاثاء', None, 'asserted',
  'أعلن أردوغان، الثلاثاء، حالة الطوارئ لمدة ثلاثة أشهر في الولايات العشر المتضررة')
E('killing/casualties', None, NWS, None, None, WH, 'reported',
  'ارتفاع عدد الوفيات جراء الزلزال في مناطق سيطرة المعارضة إلى 2037 شخصا، والمصابين إلى أكثر من 2950')
E('statement', WH, None, None, None, None, 'asserted',
  'مرجحا ارتفاع الحصيلة "بسبب وجود مئات العائلات تحت الأنقاض"')
E('other', None, 'Jindires (Afrin, Aleppo countryside)', None, None, WH, 'reported',
  'انهار فيها أكثر من 250 مبنى بشكل كامل')
E('other', 'volunteers', 'Jindires', '2023-02-06', 'مساء الاثنين', None, 'asserted',
  'انتشل متطوعون، مساء الاثنين، رضيعة ولدت تحت أنقاض منزل عائلتها')
E('killing/casualties', None, 'Jindires', '2023-02-06', 'مساء الاثنين (same sentence)', None, 'asserted',
  'والدتها التي فارقت الحياة')
E('other', 'Jindires residents', 'Jindires', None, 'تلت أيام — a duration (number), not a date', KHA, 'reported',
  'صارلنا تلت أيام عم نحفر بإيدينا')
E('other', 'United Nations', 'Bab al-Hawa crossing (Turkey -> north-western Syria)', '2023-02-09', 'اليوم', BAB, 'reported',
  'عبرت اليوم أول قافلة مساعدات أممية إلى شمال غربي سوريا منذ وقوع الزلزال، من معبر باب الهوى الحدودي مع تركيا')
E('killing/casualties', None, 'government-held Syria', None, None, SMOH, 'reported',
  'ارتفاع عدد الوفيات في المناطق الخاضعة لسيطرته إلى 1347 والمصابين إلى 2295')

N('14014', 'people', 'earthquake dead in Turkey (AFAD)', 'exact', '14 ألفا و14 شخصا')
N('63794', 'people', 'people injured in Turkey (AFAD)', 'exact', '63 ألفا و794 شخصا')
N('47000', 'people', 'people evacuated from the quake-hit areas', 'more than', 'أكثر من 47 ألف شخص')
N('7.7', 'magnitude', 'magnitude of the first (Pazarcık) earthquake', 'exact', '7.7 درجات')
N('7.6', 'magnitude', 'magnitude of the second (Elbistan) earthquake', 'exact', '7.6 درجات')
N('10', 'provinces', 'Turkish provinces affected by the two earthquakes', 'exact', '10 ولايات')
N('10', 'years', 'age of the girl Elif rescued in Antakya', 'exact', '10 أعوام')
N('7', 'floors', 'floors of the collapsed residential building in Cebrail', 'exact', '7 طوابق')
N('78', 'hours', 'hours under the rubble before Elif was rescued', 'approx', 'نحو 78 ساعة')
N('3', 'months', 'duration of the state of emergency', 'exact', 'ثلاثة أشهر')
N('10', 'provinces', 'quake-hit provinces under the state of emergency (numeral word after the noun)', 'exact',
  'الولايات العشر')
N('2037', 'people', 'earthquake dead in opposition-held north-western Syria (White Helmets)', 'exact', '2037 شخصا')
N('2950', 'people', 'people injured in north-western Syria (White Helmets)', 'more than', 'أكثر من 2950')
N(None, 'families', 'families still under the rubble (White Helmets)', 'vague', 'مئات العائلات')
N('250', 'buildings', 'buildings fully collapsed in Jindires', 'more than', 'أكثر من 250 مبنى')
N('3', 'days', 'days Jindires residents have been digging (resident, dialect)', 'exact', 'تلت أيام')
N('6', 'vehicles', 'trucks in the first UN aid convoy through Bab al-Hawa', 'exact', '6 شاحنات')
N('1347', 'people', 'earthquake dead in government-held Syria (Syrian Ministry of Health)', 'exact', '1347')
N('2295', 'people', 'people injured in government-held Syria', 'exact', '2295')

D('اليوم', '2023-02-09', 'relative', 0)
D('الخميس', '2023-02-09', 'weekday')
D('الاثنين', '2023-02-06', 'weekday', 0)
D('6 فبراير/ شباط الجاري', '2023-02-06', 'absolute')
D('15 رجب 1444هـ', '2023-02-06', 'absolute')
D('اليوم', '2023-02-09', 'relative', 1)
D('أمس', '2023-02-08', 'relative')
D('الأربعاء', '2023-02-08', 'weekday')
D('الثلاثاء', '2023-02-07', 'weekday')
D('الاثنين', '2023-02-06', 'weekday', 1)
D('اليوم', '2023-02-09', 'relative', 2)

A(AFAD, 'وفق', False,
  'ارتفعت حصيلة قتلى الزلزالين اللذين ضربا ولاية قهرمان مرعش إلى 14 ألفا و14 شخصا في البلاد')
A(AFAD, 'أضافت', False, 'عدد المصابين بلغ 63 ألفا و794 شخصا')
A(KAYA, 'قال', False, 'عمليات الإنقاذ "تجري بحذر شديد لأن الأنقاض غير مستقرة"')
A(KAYA, 'مضيفا', False, 'الفرق "ما زالت تسمع أصواتا تحت الركام في عدة مبان بالحي"')
A(ERD, 'قال', True, 'لا يمكن الاستعداد لكارثة كهذه')
A(ERD, 'مؤكدا', False, 'الدولة "لن تترك أي مواطن في العراء"')
A(WH, 'أعلن', False,
  'ارتفاع عدد الوفيات جراء الزلزال في مناطق سيطرة المعارضة إلى 2037 شخصا، والمصابين إلى أكثر من 2950')
A(WH, 'مرجحا', False, 'ارتفاع الحصيلة "بسبب وجود مئات العائلات تحت الأنقاض"')
A(WH, 'بحسب', False,
  'تعد بلدة جنديرس في منطقة عفرين بريف حلب الشمالي من أكثر المناطق تضررا، إذ انهار فيها أكثر من 250 مبنى بشكل كامل')
A(KHA, 'قال', True,
  'صارلنا تلت أيام عم نحفر بإيدينا، ما في آليات تكفي، في ناس لسا عايشين تحت الردم وما عم نقدر نوصلن')
A(BAB, 'بحسب', False,
  'عبرت اليوم أول قافلة مساعدات أممية إلى شمال غربي سوريا منذ وقوع الزلزال، من معبر باب الهوى الحدودي مع تركيا، وتضم 6 شاحنات محملة بمواد إيواء ونظافة')
A(SMOH, 'أعلنت', False, 'ارتفاع عدد الوفيات في المناطق الخاضعة لسيطرته إلى 1347 والمصابين إلى 2295')

ENT('قهرمان مرعش', 'LOC', 'Kahramanmaraş')
ENT('هطاي', 'LOC', 'Hatay')
ENT('جنديرس', 'LOC', 'Jindires')
ENT('الأناضول', 'ORG', 'Anadolu Agency')
ENT('للأناضول', 'ORG', 'Anadolu Agency')
ENT('تركيا', 'LOC', 'Turkey')
ENT('إدارة الكوارث والطوارئ التركية', 'ORG', AFAD)
ENT('آفاد', 'ORG', AFAD)
ENT('بازارجيك', 'LOC', 'Pazarcık')
ENT('إلبستان', 'LOC', 'Elbistan')
ENT('سوريا', 'LOC', 'Syria')
ENT('أنطاكيا', 'LOC', 'Antakya')
ENT('إليف', 'PER', 'Elif')
ENT('جبرائيل', 'LOC', 'Cebrail (Antakya)')
ENT('مراد كايا', 'PER', 'Murat Kaya')
ENT('رجب طيب أردوغان', 'PER', ERD)
ENT('أردوغان', 'PER', ERD)
ENT('الدفاع المدني السوري', 'ORG', WH)
ENT('الخوذ البيضاء', 'ORG', WH)
ENT('الدفاع المدني', 'ORG', WH)
ENT('عفرين', 'LOC', 'Afrin')
ENT('حلب', 'LOC', 'Aleppo')
ENT('خليل الأحمد', 'PER', 'Khalil al-Ahmad')
ENT('معبر باب الهوى', 'LOC', 'Bab al-Hawa border crossing')
ENT('وزارة الصحة', 'ORG', SMOH)
ENT('للنظام السوري', 'ORG', 'Syrian government')

F('earthquakes', 'الزلزالين')
F('earthquake', 'الزلزال')
F('disaster', 'كارثة')
F('disaster areas', 'المناطق المنكوبة')
F('rubble', 'الأنقاض')
F('rubble', 'أنقاض')
F('rubble', 'الركام')
F('rubble (dialect)', 'الردم')
F('trapped people', 'العالقين')
F('rescue teams', 'فرق البحث والإنقاذ')
F('rescue teams', 'فرق الإنقاذ')
F('race against time', 'تسابق الزمن')
F('opposition-held areas', 'مناطق سيطرة المعارضة')
F('government-held areas', 'المناطق الخاضعة لسيطرته')
F('Syrian government (regime)', 'للنظام السوري')
F('state of emergency', 'حالة الطوارئ')
finish_article('h03')

# ---------------------------------------------------------------------------------------------- h04
article('h04', 's04_ukraine_energy_strikes.txt',
        {'name_ar': 'بي بي سي عربي', 'name_en': 'BBC Arabic', 'domain': 'bbc.com/arabic'},
        '2024-03-22',
        'Written for this set; publication date 2024-03-22 (Friday) set by the author and recorded in '
        's04_ukraine_energy_strikes.yml. Consistent with the text: "ليل الخميس/الجمعة" (night of 21 to 22 March), '
        '"صباح أمس الخميس" = 2024-03-21, Peskov interview published "اليوم", Russian election "الأسبوع الماضي" '
        '(15-17 March 2024 = ISO week 2024-W11). High confidence (by construction).',
        'روسيا تشن "أكبر هجوم" على منشآت الطاقة في أوكرانيا وخاركيف بلا كهرباء')
UAF = 'Ukrainian Air Force'
UAUTH = 'Ukrainian authorities'
GAL = 'German Galushchenko (Energy Minister of Ukraine)'
UHE = 'Ukrhydroenergo'
TER = 'Ihor Terekhov (Mayor of Kharkiv)'
SYN = 'Oleh Syniehubov (Governor of Kharkiv Oblast)'
OLE = 'Olena (Kharkiv resident)'
KCMA = 'Kyiv City Military Administration'
KLI = 'Vitali Klitschko (Mayor of Kyiv)'
PES = 'Dmitry Peskov (via Argumenty i Fakty)'
NIGHT = 'ليل الخميس/الجمعة — the night of Thursday to Friday; dated to Friday 2024-03-22 (strikes overnight)'
E('airstrike/shelling', 'Russia', 'Ukraine (energy facilities)', None, None, None, 'asserted',
  'روسيا تشن "أكبر هجوم" على منشآت الطاقة في أوكرانيا')
E('other', None, 'Kharkiv', None, None, None, 'asserted', 'خاركيف بلا كهرباء')
E('airstrike/shelling', 'Russia', 'several regions of Ukraine (energy facilities)', '2024-03-22', NIGHT, None, 'asserted',
  'شنت روسيا ليل الخميس/الجمعة هجوما واسعا بالصواريخ والطائرات المسيرة استهدف منشآت الطاقة في مناطق عدة من أوكرانيا')
E('other', 'Russia', 'Kharkiv', '2024-03-22', NIGHT + ' (same sentence)', UAUTH, 'reported',
  'انقطاع الكهرباء عن مئات الآلاف من السكان في مدينة خاركيف')
E('killing/casualties', 'Russia', 'Ukraine', '2024-03-22', NIGHT + ' (same sentence)', UAUTH, 'reported',
  'مقتل خمسة أشخاص على الأقل')
E('airstrike/shelling', 'Russia', 'Ukraine', None, None, UAF, 'reported',
  'روسيا أطلقت 88 صاروخا من أنواع مختلفة و63 طائرة مسيرة من طراز "شاهد" إيرانية الصنع')
E('other', 'Ukrainian air defences', 'Ukraine', None, None, UAF, 'reported', 'الدفاعات الجوية أسقطت 37 صاروخا و55 مسيرة')
E('statement', 'German Galushchenko', None, None, None, None, 'asserted',
  'وصف وزير الطاقة الأوكراني جيرمان غالوشينكو الهجوم بأنه "الأكبر على قطاع الطاقة الأوكراني في الآونة الأخيرة"')
E('accusation', 'German Galushchenko', None, None, None, None, 'asserted',
  'مشيرا إلى أن الهدف "ليس فقط إلحاق الضرر، بل محاولة إحداث انهيار واسع في منظومة الطاقة، كما حدث العام الماضي"')
E('airstrike/shelling', 'Russia', 'Dnipro Hydroelectric Station, Zaporizhzhia', None, None, UHE, 'reported',
  'أصيبت محطة دنيبرو الكهرومائية في زابوريجيا، أكبر محطة لتوليد الطاقة الكهرومائية في البلاد، بضربتين مباشرتين')
E('statement', UHE, None, None, None, None, 'asserted', 'استبعدت أي خطر لانهيار السد')
E('airstrike/shelling', 'Russia', 'Kharkiv (critical infrastructure)', None, None, TER, 'reported',
  'المدينة تعرضت لنحو 15 ضربة استهدفت "البنية التحتية الحيوية"')
E('other', None, 'Kharkiv', None, None, TER, 'reported', 'إنها باتت "بلا كهرباء"')
E('other', 'emergency crews (Kharkiv)', 'Kharkiv', None, None, SYN, 'reported',
  'فرق الطوارئ تعمل على إعادة التيار إلى المستشفيات ومحطات ضخ المياه')
E('explosion', None, 'Saltivka, Kharkiv', None, None, OLE, 'reported', 'استيقظنا على سلسلة انفجارات')
E('other', None, 'Saltivka, Kharkiv', None, None, OLE, 'reported', 'انطفأ كل شيء')
E('airstrike/shelling', 'Russia', 'Kyiv', '2024-03-21', 'صباح أمس الخميس', None, 'asserted',
  'قصف صاروخي استهدف العاصمة كييف صباح أمس الخميس')
E('other', 'Ukrainian air defences', 'Kyiv', None, None, KCMA, 'reported',
  'الدفاعات الجوية اعترضت جميع الصواريخ الـ31 التي أطلقت على المدينة')
E('killing/casualties', None, 'Kyiv', None, None, KLI, 'reported',
  'سقوط الحطام أدى إلى إصابة 17 شخصا على الأقل، بينهم طفل')
E('other', None, 'Shevchenkivskyi District, Kyiv', None, None, KLI, 'reported',
  'ألحق أضرارا بمبان سكنية في حي شيفتشينكيفسكي')
E('statement', 'Volodymyr Zelensky', None, None, None, None, 'asserted',
  'كتب الرئيس الأوكراني فولوديمير زيلينسكي على منصة "إكس": "الصواريخ الروسية لا تعرف التأخير، على عكس حزم المساعدات لبلدنا. ومسيرات شاهد لا تعرف التردد، على عكس بعض السياسيين"، داعيا الحلفاء إلى تزويد أوكرانيا بمزيد من منظومات "باتريوت" للدفاع الجوي')
E('airstrike/shelling', 'Russian Armed Forces', 'Ukraine (energy and military-industrial facilities)', None, None, RUMOD,
  'reported',
  'قواتها نفذت "ضربة مكثفة بأسلحة دقيقة بعيدة المدى" على منشآت الطاقة والصناعات العسكرية الأوكرانية')
E('advance/offensive', 'Ukraine', 'Belgorod Oblast (Russia)', None, None, RUMOD, 'reported',
  '"الهجمات الإرهابية" التي شنتها كييف على منطقة بيلغورود الروسية')
E('statement', 'Dmitry Peskov', None, None,
  'اليوم — dates the newspaper\'s publication of the interview (2024-03-22), not when Peskov spoke', None, 'asserted',
  'نقلت صحيفة "أرغومنتي إي فاكتي" الروسية، اليوم، عن المتحدث باسم الكرملين دميتري بيسكوف قوله: "نحن في حالة حرب"')
E('statement', 'Dmitry Peskov', None, None, None, None, 'asserted',
  'مضيفا أن ما بدأ "عملية عسكرية خاصة" تحول إلى حرب "عندما أصبح الغرب الجماعي مشاركا فيها إلى جانب أوكرانيا"')
E('statement', 'James Waterhouse', None, None, None, None, 'asserted',
  'يقول مراسل بي بي سي في كييف، جيمس ووترهاوس، إن الدفاعات الجوية الأوكرانية تعاني من نقص متزايد في الذخائر، في ظل تعثر حزمة مساعدات أمريكية بقيمة 60 مليار دولار في الكونغرس منذ أشهر')
E('other', 'Vladimir Putin', 'Russia', '2024-W11', 'الأسبوع الماضي', None, 'asserted',
  'إعادة انتخاب الرئيس فلاديمير بوتين لولاية خامسة في الانتخابات الرئاسية التي جرت الأسبوع الماضي')
E('other', 'Vladimir Putin', 'Russia', None, None, 'official results (Russian presidential election)', 'reported',
  'حصل فيها على أكثر من 87 في المئة من الأصوات')

N(None, 'people', 'Kharkiv residents left without power', 'vague', 'مئات الآلاف من السكان')
N('5', 'people', 'people killed in the overnight strikes', 'at least', 'خمسة أشخاص على الأقل')
N('88', 'missiles', 'missiles launched by Russia (Ukrainian Air Force)', 'exact', '88 صاروخا')
N('63', 'drones', 'Shahed drones launched by Russia', 'exact', '63 طائرة مسيرة')
N('37', 'missiles', 'missiles shot down', 'exact', '37 صاروخا')
N('55', 'drones', 'drones shot down', 'exact', '55 مسيرة')
N('2', 'strikes', 'direct hits on the Dnipro Hydroelectric Station', 'exact', 'ضربتين مباشرتين')
N('15', 'strikes', 'strikes on Kharkiv (mayor)', 'approx', 'نحو 15 ضربة')
N('44', 'days', 'days since the previous missile attack on Kyiv', 'exact', '44 يوما')
N('31', 'missiles', 'missiles fired at Kyiv, all intercepted', 'exact', 'الصواريخ الـ31')
N('17', 'people', 'people injured by falling debris in Kyiv', 'at least', '17 شخصا على الأقل')
N('1', 'people', 'child among the injured in Kyiv', 'exact', 'طفل')
N(None, 'people', 'politicians Zelensky contrasts with the drones ("some")', 'vague', 'بعض السياسيين')
N('60000000000', 'US dollars', 'stalled US aid package for Ukraine', 'exact', '60 مليار دولار')
N('87', 'percent', 'Putin\'s share of the vote (official results)', 'more than', 'أكثر من 87 في المئة')

D('الخميس', '2024-03-21', 'weekday', 0)
D('الجمعة', '2024-03-22', 'weekday')
D('في الآونة الأخيرة', None, 'vague')
D('العام الماضي', None, 'relative')
D('أمس', '2024-03-21', 'relative')
D('الخميس', '2024-03-21', 'weekday', 1)
D('اليوم', '2024-03-22', 'relative')
D('منذ أشهر', None, 'vague')
D('الأسبوع الماضي', '2024-W11', 'relative')

A(UAUTH, 'بحسب', False,
  'انقطاع الكهرباء عن مئات الآلاف من السكان في مدينة خاركيف، ثانية كبرى مدن البلاد، ومقتل خمسة أشخاص على الأقل')
A(UAF, 'قال', False,
  'روسيا أطلقت 88 صاروخا من أنواع مختلفة و63 طائرة مسيرة من طراز "شاهد" إيرانية الصنع، وإن الدفاعات الجوية أسقطت 37 صاروخا و55 مسيرة')
A(GAL, 'وصف', True, 'الأكبر على قطاع الطاقة الأوكراني في الآونة الأخيرة')
A(GAL, 'مشيرا', False,
  'الهدف "ليس فقط إلحاق الضرر، بل محاولة إحداث انهيار واسع في منظومة الطاقة، كما حدث العام الماضي"')
A(UHE, 'وفق', False,
  'أصيبت محطة دنيبرو الكهرومائية في زابوريجيا، أكبر محطة لتوليد الطاقة الكهرومائية في البلاد، بضربتين مباشرتين')
A(UHE, 'استبعدت', False, 'أي خطر لانهيار السد')
A(TER, 'قال', False, 'المدينة تعرضت لنحو 15 ضربة استهدفت "البنية التحتية الحيوية"، وإنها باتت "بلا كهرباء"')
A(SYN, 'قال', False, 'فرق الطوارئ تعمل على إعادة التيار إلى المستشفيات ومحطات ضخ المياه')
A(OLE, 'قالت', True,
  'استيقظنا على سلسلة انفجارات، ثم انطفأ كل شيء. لا ماء ولا تدفئة، والناس يقفون في طوابير أمام المتاجر')
A(KCMA, 'قالت', False, 'الدفاعات الجوية اعترضت جميع الصواريخ الـ31 التي أطلقت على المدينة')
A(KLI, 'قال', False,
  'سقوط الحطام أدى إلى إصابة 17 شخصا على الأقل، بينهم طفل، وألحق أضرارا بمبان سكنية في حي شيفتشينكيفسكي')
A('Volodymyr Zelensky', 'كتب', True,
  'الصواريخ الروسية لا تعرف التأخير، على عكس حزم المساعدات لبلدنا. ومسيرات شاهد لا تعرف التردد، على عكس بعض السياسيين')
A(RUMOD, 'قالت', False,
  'قواتها نفذت "ضربة مكثفة بأسلحة دقيقة بعيدة المدى" على منشآت الطاقة والصناعات العسكرية الأوكرانية، ردا على ما وصفته بـ"الهجمات الإرهابية" التي شنتها كييف على منطقة بيلغورود الروسية')
A(PES, 'نقلت', True, 'نحن في حالة حرب')
A(PES, 'مضيفا', False,
  'ما بدأ "عملية عسكرية خاصة" تحول إلى حرب "عندما أصبح الغرب الجماعي مشاركا فيها إلى جانب أوكرانيا"')
A('James Waterhouse (BBC correspondent in Kyiv)', 'يقول', False,
  'الدفاعات الجوية الأوكرانية تعاني من نقص متزايد في الذخائر، في ظل تعثر حزمة مساعدات أمريكية بقيمة 60 مليار دولار في الكونغرس منذ أشهر')
A('official results (Russian presidential election)', 'وفق', False, 'حصل فيها على أكثر من 87 في المئة من الأصوات')

ENT('روسيا', 'LOC', 'Russia')
ENT('أوكرانيا', 'LOC', 'Ukraine')
ENT('خاركيف', 'LOC', 'Kharkiv')
ENT('سلاح الجو الأوكراني', 'ORG', UAF)
ENT('شاهد', 'MISC', 'Shahed (drone)')
ENT('جيرمان غالوشينكو', 'PER', 'German Galushchenko')
ENT('محطة دنيبرو الكهرومائية', 'LOC', 'Dnipro Hydroelectric Station')
ENT('زابوريجيا', 'LOC', 'Zaporizhzhia')
ENT('أوكرهيدروإنيرغو', 'ORG', UHE)
ENT('إيهور تيريخوف', 'PER', 'Ihor Terekhov')
ENT('تليغرام', 'MISC', 'Telegram')
ENT('أوليه سينيهوبوف', 'PER', 'Oleh Syniehubov')
ENT('أولينا', 'PER', 'Olena')
ENT('سالتيفكا', 'LOC', 'Saltivka (Kharkiv)')
ENT('بي بي سي', 'ORG', 'BBC')
ENT('كييف', 'LOC', 'Kyiv')
ENT('الإدارة العسكرية للعاصمة', 'ORG', KCMA)
ENT('فيتالي كليتشكو', 'PER', 'Vitali Klitschko')
ENT('شيفتشينكيفسكي', 'LOC', 'Shevchenkivskyi District (Kyiv)')
ENT('فولوديمير زيلينسكي', 'PER', 'Volodymyr Zelensky')
ENT('إكس', 'MISC', 'X (Twitter)')
ENT('باتريوت', 'MISC', 'Patriot (air defence system)')
ENT('وزارة الدفاع الروسية', 'ORG', RUMOD)
ENT('بيلغورود', 'LOC', 'Belgorod')
ENT('أرغومنتي إي فاكتي', 'ORG', 'Argumenty i Fakty')
ENT('الكرملين', 'ORG', 'Kremlin')
ENT('دميتري بيسكوف', 'PER', 'Dmitry Peskov')
ENT('جيمس ووترهاوس', 'PER', 'James Waterhouse')
ENT('الكونغرس', 'ORG', 'United States Congress')
ENT('فلاديمير بوتين', 'PER', 'Vladimir Putin')

F('massive attack', 'أكبر هجوم')
F('massive attack', 'هجوما واسعا')
F('energy facilities', 'منشآت الطاقة')
F('critical infrastructure', 'البنية التحتية الحيوية')
F('air defences', 'الدفاعات الجوية')
F('Russian description of its strike', 'ضربة مكثفة بأسلحة دقيقة بعيدة المدى')
F('Ukrainian attacks on Belgorod (Russian MoD: terrorist)', 'الهجمات الإرهابية')
F('Russian term for the war', 'عملية عسكرية خاصة')
F('war', 'حرب')
F('the West (Peskov)', 'الغرب الجماعي')
F('allies of Ukraine', 'الحلفاء')
finish_article('h04')

# ---------------------------------------------------------------------------------------------- h05
article('h05', 's05_ceuta_crossings.txt',
        {'name_ar': 'هسبريس', 'name_en': 'Hespress', 'domain': 'hespress.com'},
        '2021-05-19',
        'Written for this set; publication date 2021-05-19 (Wednesday) set by the author and recorded in '
        's05_ceuta_crossings.yml. Consistent with the text: "صباح اليوم الأربعاء", "مساء أمس الثلاثاء" = 2021-05-18, '
        '"فجر الاثنين 17 ماي الجاري". High confidence (by construction). Moroccan (Maghrebi) month names: ماي، يوليوز، غشت.',
        'تدفق غير مسبوق للمهاجرين على سبتة المحتلة يعمّق الأزمة بين الرباط ومدريد')
MIG = 'migrants'
ESGOV = 'Government of Spain'
MAR = 'Fernando Grande-Marlaska (via Europa Press)'
DEL = 'Spanish Government Delegation in Ceuta'
BEN = 'Karima Benyaich (via Europa Press)'
MDQ = "sources at the M'diq-Fnideq prefecture (speaking to Hespress)"
YOU = 'Youssef (unemployed Fnideq resident, 22)'
E('other', MIG, 'Ceuta', None, None, None, 'asserted', 'تدفق غير مسبوق للمهاجرين على سبتة المحتلة')
E('other', MIG, 'Fnideq and Belyounech beaches -> Ceuta', '2021-05-19',
  'صباح اليوم الأربعاء (same sentence; "لليوم الثالث على التوالي" is an ordinal count, not a date)', None, 'asserted',
  'تواصلت محاولات مئات الشباب والقاصرين العبور سباحة نحو مدينة سبتة المحتلة انطلاقا من شواطئ الفنيدق وبليونش')
E('other', 'Moroccan authorities', 'Fnideq coastline', '2021-05-19', 'صباح اليوم الأربعاء', None, 'asserted',
  'تعزيزات أمنية نشرتها السلطات المغربية صباح اليوم الأربعاء على طول الشريط الساحلي')
E('other', MIG, 'Ceuta', None,
  'منذ فجر الاثنين 17 ماي الجاري — start of the period (2021-05-17), not one date', ESGOV, 'reported',
  'أزيد من ثمانية آلاف مهاجر، بينهم قرابة ألف وخمسمائة قاصر، دخلوا سبتة منذ فجر الاثنين 17 ماي الجاري')
E('other', 'Spanish authorities', 'Ceuta -> Morocco', None,
  'إلى حدود مساء أمس الثلاثاء — end of a period ("until Tuesday evening", 2021-05-18), not the date of the returns',
  MAR, 'reported', 'السلطات أعادت "نحو 5600 شخص" إلى المغرب إلى حدود مساء أمس الثلاثاء')
E('killing/casualties', None, 'Ceuta (sea)', None, None, DEL, 'reported',
  'وفاة شاب مغربي غرقا أثناء محاولته بلوغ المدينة سباحة')
E('other', 'Guardia Civil', 'Ceuta (sea)', None, None, None, 'asserted',
  'أنقذ الحرس المدني الإسباني عشرات آخرين، بينهم رضع حملهم ذووهم على عوامات بلاستيكية')
E('visit/inspection', 'Pedro Sánchez', 'Ceuta; Melilla', '2021-05-18', 'أمس', None, 'asserted',
  'حل رئيس الحكومة الإسبانية بيدرو سانشيز، أمس، بسبتة ومليلية')
E('statement', 'Pedro Sánchez', None, '2021-05-18', 'أمس (same sentence)', None, 'asserted',
  'متعهدا بإعادة "النظام" إلى المدينتين "بحزم"')
E('other', ESGOV, 'Ceuta border with Fnideq', '2021-05-18', 'أمس (same sentence)', None, 'asserted',
  'أمرت مدريد بنشر وحدات من الجيش على الحدود مع الفنيدق')
E('other', 'Morocco', 'Madrid', '2021-05-18', 'مساء أمس', None, 'asserted',
  'قررت الرباط، مساء أمس، استدعاء سفيرتها في مدريد كريمة بنيعيش للتشاور')
E('other', 'Arancha González Laya', 'Madrid', '2021-05-18',
  'مساء أمس (same sentence: "ساعات بعد" — hours before the recall)', None, 'asserted',
  'استدعائها من طرف وزيرة الخارجية الإسبانية أرانتشا غونزاليس لايا لإبلاغها "رفض" مدريد لما يحدث')
E('statement', 'Karima Benyaich', None, None, None, None, 'asserted',
  'قالت بنيعيش، في تصريح لوكالة "أوروبا بريس" قبل مغادرتها مقر الوزارة: "هناك أفعال لها عواقب، ويجب تحملها"')
E('other', 'Spain', 'Logroño', None, 'أبريل الماضي — April 2021; a month cannot date an event', None, 'asserted',
  'استقبلت إسبانيا غالي للعلاج من فيروس كورونا في مستشفى بمدينة لوغرونيو بهوية مزيفة')
E('accusation', 'Ministry of Foreign Affairs (Morocco)', None, None, None, None, 'asserted',
  'اعتبرته وزارة الشؤون الخارجية المغربية "تصرفا منافيا لروح الشراكة وحسن الجوار"')
E('other', 'Moroccan authorities', 'Ceuta border fence (Fnideq side)', None, None, MDQ, 'reported',
  'السلطات "تعاملت بحكمة وضبط للنفس" مع الحشود التي تجمعت منذ الأحد قرب السياج الحدودي')
E('other', None, 'Fnideq', '2021-05-19', 'صباح اليوم', MDQ, 'reported',
  'الوضع "عاد إلى طبيعته بشكل تدريجي" صباح اليوم')
E('other', None, 'Tarajal crossing (Fnideq-Ceuta)', None, None, YOU, 'reported', 'سدو المعبر')
E('other', 'Youssef', 'Fnideq -> Ceuta', None, None, YOU, 'planned', 'حتى أنا غادي نعاود نجرب')
E('statement', 'Margaritis Schinas', None, None, None, None, 'asserted',
  'عبّر نائب رئيسة المفوضية الأوروبية مارغريتيس سخيناس عن تضامن الاتحاد الأوروبي مع إسبانيا، مؤكدا أن "سبتة هي أوروبا، وهذه الحدود حدود أوروبية"')
E('other', MIG, 'Ceuta border fence', '2018-07-26', '26 يوليوز 2018', None, 'asserted',
  'اقتحم أزيد من 600 مهاجر من دول جنوب الصحراء السياج الحدودي')
E('other', MIG, 'Ceuta border fence', '2018-08-22', '22 غشت من العام نفسه', None, 'asserted',
  'اقتحم 116 آخرون السياج في 22 غشت من العام نفسه')
E('other', 'Spanish authorities', 'Ceuta -> Morocco', None,
  'no cue of its own: follows the 22 August 2018 storming ("فأعادتهم")', None, 'asserted',
  'أعادتهم السلطات الإسبانية إلى المغرب بموجب اتفاقية ثنائية لإعادة القبول موقعة سنة 1992')

N(None, 'people', 'youths and minors trying to swim to Ceuta', 'vague', 'مئات الشباب والقاصرين')
N('8000', 'people', 'migrants who entered Ceuta since 17 May (Spanish government)', 'more than', 'أزيد من ثمانية آلاف مهاجر')
N('1500', 'people', 'minors among them', 'approx', 'قرابة ألف وخمسمائة قاصر')
N('5600', 'people', 'people returned to Morocco (Marlaska)', 'approx', 'نحو 5600 شخص')
N('1', 'people', 'young Moroccan man drowned', 'exact', 'شاب مغربي')
N(None, 'people', 'others rescued at sea by the Guardia Civil', 'vague', 'عشرات آخرين')
N('22', 'years', 'age of Youssef', 'exact', '22 سنة')
N('600', 'people', 'migrants who stormed the Ceuta fence on 26 July 2018', 'more than', 'أزيد من 600 مهاجر')
N('116', 'people', 'migrants who stormed the fence on 22 August 2018 and were returned', 'exact', '116 آخرون')

D('اليوم', '2021-05-19', 'relative', 0)
D('الأربعاء', '2021-05-19', 'weekday')
D('الاثنين', '2021-05-17', 'weekday')
D('17 ماي الجاري', '2021-05-17', 'absolute')
D('أمس', '2021-05-18', 'relative', 0)
D('الثلاثاء', '2021-05-18', 'weekday')
D('أمس', '2021-05-18', 'relative', 1)
D('أمس', '2021-05-18', 'relative', 2)
D('أبريل الماضي', '2021-04', 'absolute')
D('الأحد', '2021-05-16', 'weekday')
D('اليوم', '2021-05-19', 'relative', 1)
D('26 يوليوز 2018', '2018-07-26', 'absolute')
D('22 غشت من العام نفسه', '2018-08-22', 'absolute')
D('سنة 1992', None, 'vague')

A(ESGOV, 'قالت', False,
  'أزيد من ثمانية آلاف مهاجر، بينهم قرابة ألف وخمسمائة قاصر، دخلوا سبتة منذ فجر الاثنين 17 ماي الجاري، في أكبر موجة عبور تشهدها المدينة')
A(MAR, 'أوضح', False, 'السلطات أعادت "نحو 5600 شخص" إلى المغرب إلى حدود مساء أمس الثلاثاء')
A(DEL, 'أكدت', False, 'وفاة شاب مغربي غرقا أثناء محاولته بلوغ المدينة سباحة')
A('Pedro Sánchez', 'متعهدا', False, 'إعادة "النظام" إلى المدينتين "بحزم"')
A(BEN, 'قالت', True, 'هناك أفعال لها عواقب، ويجب تحملها')
A('Ministry of Foreign Affairs (Morocco)', 'اعتبرته', True, 'تصرفا منافيا لروح الشراكة وحسن الجوار')
A(MDQ, 'أكدت', False, 'السلطات "تعاملت بحكمة وضبط للنفس" مع الحشود التي تجمعت منذ الأحد قرب السياج الحدودي')
A(MDQ, 'مشيرة', False, 'الوضع "عاد إلى طبيعته بشكل تدريجي" صباح اليوم')
A(YOU, 'قال', True,
  'ما بقا والو هنا، من نهار سدو المعبر والخدمة مشات، الدراري كاملين باغيين يقطعو، وحتى أنا غادي نعاود نجرب')
A('Margaritis Schinas', 'مؤكدا', True, 'سبتة هي أوروبا، وهذه الحدود حدود أوروبية')

ENT('سبتة', 'LOC', 'Ceuta')
ENT('الرباط', 'LOC', 'Rabat')
ENT('مدريد', 'LOC', 'Madrid')
ENT('الفنيدق', 'LOC', 'Fnideq')
ENT('بليونش', 'LOC', 'Belyounech')
ENT('الحكومة الإسبانية', 'ORG', ESGOV)
ENT('مندوبية الحكومة الإسبانية', 'ORG', DEL)
ENT('فرناندو غراندي مارلاسكا', 'PER', 'Fernando Grande-Marlaska')
ENT('كادينا سير', 'ORG', 'Cadena SER')
ENT('المغرب', 'LOC', 'Morocco')
ENT('أوروبا بريس', 'ORG', 'Europa Press')
ENT('الحرس المدني', 'ORG', 'Guardia Civil')
ENT('بيدرو سانشيز', 'PER', 'Pedro Sánchez')
ENT('مليلية', 'LOC', 'Melilla')
ENT('الجيش', 'ORG', 'Spanish Army')
ENT('كريمة بنيعيش', 'PER', 'Karima Benyaich')
ENT('بنيعيش', 'PER', 'Karima Benyaich')
ENT('أرانتشا غونزاليس لايا', 'PER', 'Arancha González Laya')
ENT('البوليساريو', 'ORG', 'Polisario Front')
ENT('إبراهيم غالي', 'PER', 'Brahim Ghali')
ENT('غالي', 'PER', 'Brahim Ghali')
ENT('إسبانيا', 'LOC', 'Spain')
ENT('لوغرونيو', 'LOC', 'Logroño')
ENT('وزارة الشؤون الخارجية', 'ORG', 'Ministry of Foreign Affairs (Morocco)')
ENT('المضيق الفنيدق', 'LOC', "M'diq-Fnideq Prefecture")
ENT('هسبريس', 'ORG', 'Hespress')
ENT('يوسف', 'PER', 'Youssef')
ENT('بروكسل', 'LOC', 'Brussels')
ENT('المفوضية الأوروبية', 'ORG', 'European Commission')
ENT('مارغريتيس سخيناس', 'PER', 'Margaritis Schinas')
ENT('الاتحاد الأوروبي', 'ORG', 'European Union')
ENT('أوروبا', 'LOC', 'Europe')
ENT('جنوب الصحراء', 'LOC', 'Sub-Saharan Africa')

F('Ceuta (occupied)', 'سبتة المحتلة')
F('unprecedented influx', 'تدفق غير مسبوق')
F('migrants', 'للمهاجرين')
F('migrants', 'مهاجر')
F('minors', 'القاصرين')
F('minors', 'قاصر')
F('crossing wave', 'موجة عبور')
F('crowds', 'الحشود')
F('crisis', 'الأزمة')
F('border fence', 'السياج الحدودي')
F('storming (the fence)', 'اقتحم')
F('Moroccan view of Spain\'s reception of Ghali', 'تصرفا منافيا لروح الشراكة وحسن الجوار')
F('restraint of Moroccan authorities', 'بحكمة وضبط للنفس')
F('readmission', 'إعادة القبول')
finish_article('h05')

# ---------------------------------------------------------------------------------------------- h06
article('h06', 's06_arbat_drone_strike.txt',
        {'name_ar': 'شفق نيوز', 'name_en': 'Shafaq News', 'domain': 'shafaq.com'},
        '2023-09-19',
        'Written for this set; publication date 2023-09-19 (Tuesday) set by the author and recorded in '
        's06_arbat_drone_strike.yml. Consistent with the text: "مساء أمس الاثنين" = 2023-09-18, "اليوم الثلاثاء". '
        'High confidence (by construction). Iraqi/Levantine month names (نيسان).',
        'مسيّرة تركية تقتل ثلاثة من "مكافحة الإرهاب" في مطار عربت بالسليمانية.. وبغداد تدين')
CTG = 'Sulaymaniyah Counter-Terrorism Group'
CTD = 'Kurdistan Region Counter-Terrorism Department'
TUR = 'Turkey'
TAF = 'Turkish Armed Forces'
PKK = "Kurdistan Workers' Party (PKK)"
SEC = 'security source in Sulaymaniyah (speaking to Shafaq News)'
KAR = 'Karwan Mohammed (taxi driver)'
IQMFA = 'Ministry of Foreign Affairs (Iraq)'
ARB = 'Arbat airfield, Sulaymaniyah'
E('killing/casualties', TUR, ARB, None, None, None, 'asserted',
  'مسيّرة تركية تقتل ثلاثة من "مكافحة الإرهاب" في مطار عربت بالسليمانية')
E('statement', 'Government of Iraq', None, None, None, None, 'asserted', 'بغداد تدين')
E('killing/casualties', TUR, ARB, '2023-09-18', 'مساء أمس الاثنين (same sentence)', None, 'asserted',
  'قُتل ثلاثة من منتسبي قوات مكافحة الإرهاب في السليمانية وأصيب ثلاثة آخرون')
E('airstrike/shelling', TUR, ARB, '2023-09-18', 'مساء أمس الاثنين', None, 'asserted',
  'قصف نفذته طائرة مسيّرة تركية، مساء أمس الاثنين، على مطار عربت الزراعي جنوب شرقي مدينة السليمانية بإقليم كوردستان')
E('airstrike/shelling', TUR, ARB, None, None, CTG, 'reported',
  'طائرة مسيرة تابعة للاحتلال التركي قصفت مقاتلينا أثناء تدريب روتيني في مطار عربت')
E('killing/casualties', TUR, ARB, None, None, CTG, 'reported', 'استشهاد ثلاثة منهم وإصابة ثلاثة آخرين بجروح')
E('airstrike/shelling', TUR, ARB, None, None, SEC, 'reported',
  'المسيرة "أطلقت صاروخين على تجمع للعناصر قرب مدرج المطار"')
E('killing/casualties', TUR, 'Sulaymaniyah', None, None, SEC, 'reported',
  'الجرحى نقلوا إلى مستشفى الطوارئ في السليمانية، وحالة أحدهم خطرة')
E('explosion', TUR, ARB, None, None, KAR, 'reported', 'سمعنا انفجارين ورا بعض')
E('statement', 'Abdul Latif Rashid', None, None, None, None, 'asserted',
  'أدان رئيس الجمهورية عبد اللطيف جمال رشيد القصف، واصفا إياه بـ"الانتهاك الصارخ لسيادة العراق"')
E('accusation', 'Bafel Talabani', None, None, None, None, 'asserted',
  'حمّل رئيس الاتحاد الوطني الكوردستاني بافل جلال طالباني الحكومة الاتحادية مسؤولية "الصمت" إزاء "الانتهاكات التركية المتكررة"')
E('statement', IQMFA, None, None, None, None, 'asserted',
  'أدانت وزارة الخارجية العراقية "بأشد العبارات" القصف، وقالت في بيان إن "تكرار هذه الاعتداءات يمثل انتهاكا سافرا لسيادة العراق وحرمة أراضيه، وخرقا لمبادئ حسن الجوار"، مطالبة أنقرة بـ"الكف عن هذه الأعمال"')
E('killing/casualties', 'National Intelligence Organization (MIT)', 'northern Iraq', None, None,
  'Turkish security sources (via Anadolu Agency)', 'reported',
  'جهاز الاستخبارات "حيّد" عناصر من "بي كي كي" في عملية بشمال العراق')
E('airstrike/shelling', TAF, 'near Sargele, Kani Masi subdistrict, Amedi District (Duhok)', '2023-09-19', 'صباح اليوم',
  CTD, 'reported',
  'طائرة مسيرة تابعة للجيش التركي قصفت صباح اليوم سيارة من نوع "بيك آب" قرب قرية سركلي التابعة لناحية كاني ماسي في قضاء العمادية')
E('killing/casualties', TAF, 'near Sargele, Amedi District (Duhok)', '2023-09-19', 'صباح اليوم (same sentence)', CTD,
  'reported', 'مقتل اثنين من عناصر حزب العمال الكوردستاني كانا بداخلها')
E('other', TAF, 'near Sargele, Amedi District (Duhok)', '2023-09-19', 'صباح اليوم (same sentence)', CTD, 'reported',
  'احتراق السيارة بالكامل')
E('advance/offensive', TAF, 'Metina; Zap; Avashin (north of Duhok)', None,
  'منذ نيسان 2022 — start of the operation (April 2022), a month only', None, 'asserted',
  'تشن القوات التركية منذ نيسان 2022 عملية عسكرية برية وجوية تحت اسم "المخلب - القفل" ضد مسلحي الحزب في مناطق متينا والزاب وآفاشين شمالي دهوك')
E('other', TUR, 'Sulaymaniyah International Airport', '2023-04-03', 'الثالث من نيسان الماضي', None, 'asserted',
  'كانت أنقرة قد أغلقت مجالها الجوي أمام الرحلات من وإلى مطار السليمانية الدولي في الثالث من نيسان الماضي')
E('accusation', TUR, None, '2023-04-03', 'الثالث من نيسان الماضي (same sentence)', None, 'asserted',
  'متهمة حزب العمال بـ"التغلغل" في المطار')
E('airstrike/shelling', TUR, 'vicinity of Sulaymaniyah International Airport', None,
  'بعد أيام — event-anchored ("days later"), no date', None, 'asserted',
  'تستهدف مسيرة تركية محيطه بعد أيام، أثناء وجود قائد "قوات سوريا الديمقراطية" مظلوم عبدي فيه')

N('3', 'people', 'counter-terrorism members killed (headline)', 'exact', 'ثلاثة من "مكافحة الإرهاب"')
N('3', 'people', 'counter-terrorism members killed at Arbat', 'exact', 'ثلاثة من منتسبي')
N('3', 'people', 'counter-terrorism members wounded at Arbat', 'exact', 'ثلاثة آخرون')
N('3', 'people', 'fighters killed (CTG statement)', 'exact', 'ثلاثة منهم')
N('3', 'people', 'fighters wounded (CTG statement)', 'exact', 'ثلاثة آخرين')
N('2', 'missiles', 'missiles fired by the drone (security source)', 'exact', 'صاروخين')
N('1', 'people', 'wounded in critical condition', 'exact', 'أحدهم')
N('2', 'explosions', 'explosions heard by the taxi driver', 'exact', 'انفجارين')
N('1', 'vehicles', 'pick-up struck and burnt near Sargele', 'exact', 'سيارة', 1)
N('2', 'people', 'PKK members killed near Sargele', 'exact', 'اثنين من عناصر')

D('أمس', '2023-09-18', 'relative')
D('الاثنين', '2023-09-18', 'weekday')
D('حتى لحظة إعداد هذا الخبر', None, 'relative')
D('اليوم', '2023-09-19', 'relative', 0)
D('الثلاثاء', '2023-09-19', 'weekday')
D('اليوم', '2023-09-19', 'relative', 1)
D('نيسان 2022', '2022-04', 'absolute')
D('الثالث من نيسان الماضي', '2023-04-03', 'absolute')

A(CTG, 'قالت', True,
  'طائرة مسيرة تابعة للاحتلال التركي قصفت مقاتلينا أثناء تدريب روتيني في مطار عربت، ما أدى إلى استشهاد ثلاثة منهم وإصابة ثلاثة آخرين بجروح')
A(SEC, 'قال', False, 'المسيرة "أطلقت صاروخين على تجمع للعناصر قرب مدرج المطار"')
A(SEC, 'لافتا', False, 'الجرحى نقلوا إلى مستشفى الطوارئ في السليمانية، وحالة أحدهم خطرة')
A(KAR, 'قال', True, 'سمعنا انفجارين ورا بعض، والناس كلها طلعت تركض، ماكو يوم يمر بلا طيارات تركية فوق روسنا')
A('Abdul Latif Rashid', 'واصفا', True, 'الانتهاك الصارخ لسيادة العراق')
A('Bafel Talabani', 'حمّل', False, 'الحكومة الاتحادية مسؤولية "الصمت" إزاء "الانتهاكات التركية المتكررة"')
A(IQMFA, 'قالت', True,
  'تكرار هذه الاعتداءات يمثل انتهاكا سافرا لسيادة العراق وحرمة أراضيه، وخرقا لمبادئ حسن الجوار')
A('Turkish security sources (via Anadolu Agency)', 'نقلت', False,
  'جهاز الاستخبارات "حيّد" عناصر من "بي كي كي" في عملية بشمال العراق')
A(CTD, 'أعلن', False,
  'طائرة مسيرة تابعة للجيش التركي قصفت صباح اليوم سيارة من نوع "بيك آب" قرب قرية سركلي التابعة لناحية كاني ماسي في قضاء العمادية، ما أدى إلى مقتل اثنين من عناصر حزب العمال الكوردستاني كانا بداخلها، واحتراق السيارة بالكامل')
A(TUR, 'متهمة', False, 'حزب العمال بـ"التغلغل" في المطار')

ENT('مكافحة الإرهاب', 'ORG', CTG)
ENT('قوات مكافحة الإرهاب', 'ORG', CTG)
ENT('جهاز مكافحة الإرهاب', 'ORG', CTD)
ENT('مطار عربت', 'LOC', 'Arbat airfield')
ENT('السليمانية', 'LOC', 'Sulaymaniyah')
ENT('مطار السليمانية الدولي', 'LOC', 'Sulaymaniyah International Airport')
ENT('بغداد', 'LOC', 'Baghdad')
ENT('مستشفى الطوارئ', 'LOC', 'Sulaymaniyah Emergency Hospital')
ENT('شفق نيوز', 'ORG', 'Shafaq News')
ENT('إقليم كوردستان', 'LOC', 'Kurdistan Region')
ENT('كاروان محمد', 'PER', 'Karwan Mohammed')
ENT('عبد اللطيف جمال رشيد', 'PER', 'Abdul Latif Rashid')
ENT('العراق', 'LOC', 'Iraq')
ENT('الاتحاد الوطني الكوردستاني', 'ORG', 'Patriotic Union of Kurdistan')
ENT('بافل جلال طالباني', 'PER', 'Bafel Talabani')
ENT('الحكومة الاتحادية', 'ORG', 'Federal Government of Iraq')
ENT('وزارة الخارجية', 'ORG', IQMFA)
ENT('أنقرة', 'LOC', 'Ankara')
ENT('الحكومة التركية', 'ORG', 'Government of Turkey')
ENT('وكالة الأناضول', 'ORG', 'Anadolu Agency')
ENT('جهاز الاستخبارات', 'ORG', 'National Intelligence Organization (MIT)')
ENT('بي كي كي', 'ORG', PKK)
ENT('دهوك', 'LOC', 'Duhok')
ENT('للجيش التركي', 'ORG', TAF)
ENT('سركلي', 'LOC', 'Sargele')
ENT('كاني ماسي', 'LOC', 'Kani Masi')
ENT('العمادية', 'LOC', 'Amedi')
ENT('حزب العمال الكوردستاني', 'ORG', PKK)
ENT('حزب العمال', 'ORG', PKK)
ENT('الحزب', 'ORG', PKK)
ENT('القوات التركية', 'ORG', TAF)
ENT('المخلب - القفل', 'MISC', 'Operation Claw-Lock')
ENT('متينا', 'LOC', 'Metina')
ENT('الزاب', 'LOC', 'Zap')
ENT('آفاشين', 'LOC', 'Avashin')
ENT('قوات سوريا الديمقراطية', 'ORG', 'Syrian Democratic Forces')
ENT('مظلوم عبدي', 'PER', 'Mazloum Abdi')

F('Turkey (occupation)', 'للاحتلال التركي')
F('Turkish strikes (aggressions)', 'الاعتداءات المتكررة')
F('Turkish strikes (aggressions)', 'الاعتداءات')
F('Turkish strikes (violations)', 'الانتهاكات التركية المتكررة')
F('Turkish strike (violation)', 'الانتهاك الصارخ')
F('Turkish strikes (violation)', 'انتهاكا سافرا')
F('Iraqi sovereignty', 'لسيادة العراق')
F('killed CTG members (martyrdom)', 'استشهاد')
F('CTG members (our fighters)', 'مقاتلينا')
F('PKK (Turkish usage)', 'بي كي كي')
F('PKK members killed (Turkish term: neutralised)', 'حيّد')
F('PKK fighters', 'مسلحي الحزب')
F('PKK presence (Turkish term: infiltration)', 'التغلغل')
F('federal government inaction', 'الصمت')
F('Turkish drone', 'مسيّرة تركية')
finish_article('h06')


# ---------------------------------------------------------------------------------------------- output
UNCERTAIN = [
    'Texts are newly written (realistic, not copied) by an annotator who had not seen the extractor code, its data '
    'files, the extractors\' output on these texts, or the texts/annotations of the blind held-out sets. Public figures '
    'and broad facts follow real events (opposition entry into western Aleppo, 29 Nov 2024; RSF attack on Wad al-Noura, '
    '5 Jun 2024; Kahramanmaras earthquakes, Feb 2023; Russian strikes on Ukrainian energy and Kyiv, 21-22 Mar 2024; '
    'Ceuta crossings, 17-19 May 2021; Turkish drone strike on Arbat airfield, 18 Sep 2023) but figures are approximate '
    'and minor people (Abu Ahmad, Murat Kaya, Elif, Khalil al-Ahmad, Olena, Youssef, Karwan Mohammed, the unnamed Wad '
    'al-Noura resident) are invented; romanisations of minor names and places are the annotator\'s own.',
    'Conventions as in the earlier held-out sets: part-of-day words (فجر، صباح، مساء، ليل) outside date surfaces; bare '
    'weekday surfaces ("فجر الأربعاء الماضي" -> "الأربعاء"); "اليوم/أمس + weekday" split into two dates; a dateline date '
    'beside "اليوم" is a third surface (h01 "29 من تشرين الثاني"); year-only and vague expressions ("أواخر عام 2016", '
    '"سنة 1992") are vague/null; periods (الأيام الأخيرة، العام الماضي، حتى لحظة إعداد هذا الخبر) are relative/null; '
    'month expressions carry YYYY-MM and never date an event; "الأسبوع الماضي" is the ISO week of publication - 7 days.',
    'Event dates: a cue that dates an announcement does not date the event (h01 Pourhashemi, Russian MoD; h03 AFAD '
    'injuries; h04 Peskov). "منذ + weekday/month" opens a period and is not the event date (h01 captures and White '
    'Helmets strikes, h05 entries since 17 May); "إلى حدود/حتى ..." is an end point (h05 returns). Events in the same '
    'sentence as a dated event inherit its date (h01 Hamdaniyah/withdrawal, h02 lead killings, h03 second quake and the '
    'baby\'s mother, h05 Sánchez\'s pledge and the army deployment, González Laya\'s summons, h06 killings). "ليل '
    'الخميس/الجمعة" (h04) is dated to the Friday, as "ليلة الأحد إلى الاثنين" was in heldout4. The 1992-agreement '
    'returns in h05 have no cue of their own and stay undated.',
    'Hijri date: "15 رجب 1444هـ" (h03) = 2023-02-06 (Umm al-Qura, 1 Rajab 1444 = 23 Jan 2023); the Gregorian date '
    'beside it is authoritative. Maghrebi months in h05: ماي (May), يوليوز (July), غشت (August); "22 غشت من العام نفسه" '
    'takes its year from the preceding "26 يوليوز 2018". Levantine/Iraqi months: تشرين الثاني (h01), نيسان (h06); '
    'Anadolu\'s double form "6 فبراير/ شباط الجاري" is one surface.',
    'Numbers: every numeral and counted noun, including numbers in words (مائة، ثمانية آلاف، ألف وخمسمائة، تسعة '
    'ملايين), dialect numerals inside quotes (أكتر من مية زول، تلت أيام), duals (مصدرين، مرتين، ضربتين، صاروخين، '
    'انفجارين، يومين), singulars in casualty/damage counts (شاب مغربي، طفل، سيارة، أحدهم), ages (10 أعوام، 22 سنة), '
    'magnitudes (7.7) and money (60 مليار دولار). Not numbers: numerals in names (الفوج 46), ordinals (اليوم الثالث/'
    'الرابع، ولاية خامسة، ثانية كبرى، أول قافلة), the place-name duals المدينتين/البلدين, dates. "بعد يومين من" (h01) is '
    'an event-anchored duration (a number, not a date) while "قبل يومين" is a date (not a number). "مرتين" (h01) and '
    '"أحدهم" (h06) are the most debatable rows. Vague counts are rows only for people or families (عشرات الجنود، '
    'العشرات، مئات العائلات، بعض السياسيين), not for bases, buildings or villages. The bare figures "1347"/"2295" '
    '(h03) are rows without a noun beside them.',
    'Entities: classifiers (مدينة، قرية، بلدة، حي، منطقة، ولاية، قضاء، ناحية، محافظة، ريف، عمالة) outside spans; facility '
    'names keep their head noun (مطار عربت، مطار السليمانية الدولي، مستشفى المناقل، معبر باب الهوى، محطة دنيبرو '
    'الكهرومائية). Names followed by a nationality adjective keep only the name (وزارة الخارجية العراقية -> وزارة '
    'الخارجية; الحرس المدني الإسباني -> الحرس المدني) except where the adjective is part of the usual name (وزارة '
    'الدفاع الروسية، سلاح الجو الأوكراني، إدارة الكوارث والطوارئ التركية، الحكومة الإسبانية). Name + "في" + place is '
    'two mentions (قوات مكافحة الإرهاب في السليمانية، جهاز مكافحة الإرهاب في إقليم كوردستان). Two different bodies '
    'share "مكافحة الإرهاب" in h06 (Sulaymaniyah CTG vs the KRG Counter-Terrorism Department). Fused ل+article tokens '
    'are whole surfaces (للجيش السوري، للجيش، للأمم المتحدة، للأناضول، للنظام السوري، للجيش التركي). State-force '
    'designations are entities (قوات النظام، جيش النظام، الجيش، القوات المسلحة، القوات التركية، الحكومة الاتحادية); '
    'descriptive groups (فصائل المعارضة، الميليشيات الإيرانية، المستنفرين، الدعامة) are framing only. Metonymic capitals '
    '(الرباط، مدريد، أنقرة، بغداد، كييف) stay LOC. In h02 the adjective "مدني" (civilian) was kept out of the text as a '
    'standalone name of Wad Madani because the validator cannot list a surface with non-mention occurrences.',
    'Attributions follow the seeds: complement after أن/إن (fused pronouns kept), inside the quotation marks when the '
    'whole complement is quoted, mixed quotes direct_quote false; masdar complements (أعلنت مقتل، وثق نزوح، متعهدا '
    'بإعادة، نافية استهداف) are the span; markers after the content (بحسب، وفق) span the clause they qualify. Relayed '
    'speech is "X (via Y)" (Reuters sources, SANA source, Marlaska/Benyaich via Europa Press, Peskov via Argumenty i '
    'Fakty, Turkish sources via Anadolu). "فيما" clauses after an attributed complement are the outlet\'s voice (h02 '
    'missing villagers, h03 evacuations, h05 Guardia Civil rescues), as in the earlier sets.',
    'Actors: filled when the clause or the immediately preceding sentence names the agent of the same strike wave (h01 '
    'White Helmets strikes -> Russian and Syrian government forces; h04 Dnipro station and Kharkiv strikes -> Russia; '
    'h02 scattered raids -> RSF); null for drowning, falling debris and quakes. Event typing: raids and attacks on '
    'villages/camps/regions are advance/offensive; rescues, evacuations by no named agent, closures, deployments, power '
    'cuts, crossings, storming of a border fence, returns of migrants, ambassador recalls, elections and damage are '
    'other; condemnations and promises are statements; blaming/intent claims (Galushchenko, Talabani, Moroccan MFA, '
    'Turkey on PKK "infiltration") are accusations. "تحييد" (neutralised, h06) is typed killing/casualties. The Belgorod '
    '"terrorist attacks" (h04) are typed advance/offensive for lack of detail.',
]

def _write(out_path):
    counts = _GOLD.counts()
    description = {
        'summary': SUMMARY,
        'uncertain_points': UNCERTAIN,
        'files': {
            'build_gold.py': 'script that produced this file (annotations as surfaces + occurrence index; offsets '
                             'located by search, never typed by hand)',
            '../heldout_tools/validate_gold.py': 'shared validator',
            'texts/': 'the six articles (title line first, one paragraph per line) and NAME.yml sidecars with '
                      'outlet/published',
        },
        'counts': counts,
    }
    write_gold(out_path, {'description': description, 'schema': seeds_schema('heldout7', _GOLD.units()),
                          'articles': ARTICLES, 'story': {'timeline': []}, 'differences': []})
    print('wrote', os.path.basename(out_path) + ':', json.dumps(counts))


SUMMARY = ('Seventh held-out gold set (a TUNING set): six Arabic news articles written for this set in the style of '
           'real outlets (Enab Baladi on the opposition "Deterrence of Aggression" offensive reaching western Aleppo '
           'and Russian/Syrian strikes on Idlib, Sudan Tribune on the RSF attack on Wad al-Noura in Al Jazirah, '
           'Anadolu Agency on the Kahramanmaras earthquakes in Hatay and Jindires, BBC Arabic on Russian strikes on '
           'Ukraine\'s energy grid, Kharkiv and Kyiv, Hespress on the Ceuta crossings and the Morocco-Spain crisis, '
           'Shafaq News on the Turkish drone strike on Arbat airfield and a strike near Amedi), annotated by someone '
           'who had not seen the extractor code or data files nor run any extractor on them. Same format and '
           'conventions as /work/shared/dev-set/seeds_gold.json. "file" is relative to tests/. Offsets are Python '
           'str indices into open(path, encoding="utf-8").read().')

if __name__ == '__main__':
    _write(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'heldout7_gold.json'))
