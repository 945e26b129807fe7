#!/usr/bin/env python3
"""Build heldout16_gold.json from the hand annotations below (BLIND set 16: e01..e06).

Spans are (surface, occurrence index), located by search; the helpers and their conventions are
tests/heldout_tools/annotate.py.
Run: python3 tests/heldout16/build_gold.py  (writes heldout16_gold.json next to this file)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(TESTS, 'heldout_tools'))  # annotate.py, common.py
from annotate import FILES, Gold, basis, outlet, write_set  # noqa: E402

_GOLD = Gold('heldout16')
ARTICLES = _GOLD.articles   # key -> dict
article, finish_article = _GOLD.article, _GOLD.finish_article
E, N, A, D, ENT, F = _GOLD.E, _GOLD.N, _GOLD.A, _GOLD.D, _GOLD.ENT, _GOLD.F


# ---------------------------------------------------------------------------------------------- h01
FN = 'e01_mangaf_fire.txt'
article('h01', FN, outlet('الراي', 'Al-Rai', 'alraimedia.com'), '2024-06-13',
        basis('2024-06-13', FN, 'Consistent with the text: the fire "فجر أمس الأربعاء" = 2024-06-12 (as the real Mangaf '
              'fire), the Indian minister\'s arrival "اليوم الخميس" = 2024-06-13 (Thursday).'),
        'حريق المنقف: 49 وفاة من العمالة الوافدة.. و«الداخلية» تأمر بضبط مالك العقار')
MANGAF = 'Mangaf (Al Ahmadi Governorate)'
MOI = 'Kuwaiti Ministry of Interior'
RASH = 'Mohammed al-Rashidi (Kuwait Fire Force spokesman)'
FAHAD = 'Fahad Yousef Saud Al-Sabah'
MOH = 'Kuwaiti Ministry of Health'
ABUF = 'Abu Fahd (Mangaf resident)'
EMB = 'Embassy of India in Kuwait (via KUNA)'
SINGH = 'Kirti Vardhan Singh'
TEAMS = 'Kuwait Fire Force teams (Mangaf, Fahaheel and Ahmadi stations)'
YEST = 'فجر أمس الأربعاء (same sentence)'
E('other', None, MANGAF, None, None, None, 'asserted', 'حريق المنقف')
E('killing/casualties', None, MANGAF, None, None, None, 'asserted', '49 وفاة من العمالة الوافدة')
E('other', MOI, MANGAF, None, None, None, 'asserted', '«الداخلية» تأمر بضبط مالك العقار')
E('killing/casualties', None, MANGAF, '2024-06-12', 'فجر أمس الأربعاء', None, 'asserted',
  'لقي 49 عاملا وافدا حتفهم وأصيب أكثر من 50 آخرين')
E('other', None, MANGAF, '2024-06-12', YEST, None, 'asserted',
  'حريق ضخم اندلع في بناية سكنية مكونة من ستة طوابق في منطقة المنقف بمحافظة الأحمدي')
E('statement', 'security sources (speaking to Al-Rai)', None, None, None, None, 'asserted',
  'وصفته مصادر أمنية لـ«الراي» بأنه «أسوأ حريق تشهده البلاد منذ عقود»')
E('other', 'Kuwait Fire Force operations room', MANGAF, None, None, RASH, 'reported',
  'بلاغا ورد إلى غرفة العمليات عند الساعة الرابعة و32 دقيقة فجرا')
E('other', TEAMS, MANGAF, None, None, RASH, 'reported', 'توجهت إلى الموقع فرق مراكز المنقف والفحيحيل والأحمدي')
E('other', TEAMS, MANGAF, None, None, RASH, 'reported', 'تمكنت من السيطرة على النيران خلال نحو ساعة')
E('killing/casualties', None, MANGAF, None, None, RASH, 'reported', 'معظم الوفيات ناجمة عن استنشاق الدخان')
E('other', None, MANGAF, None, None, RASH, 'reported', 'الحريق بدأ في غرفة الحارس بالطابق الأرضي نتيجة تماس كهربائي')
E('other', None, MANGAF, None, None, RASH, 'reported', 'امتد بسرعة إلى الطوابق العليا')
E('other', None, MANGAF, None, None, RASH, 'reported', 'عددا من العمال قفزوا من النوافذ هربا من ألسنة اللهب')
E('visit/inspection', FAHAD, MANGAF, '2024-06-12', 'صباح أمس', None, 'asserted',
  'تفقد النائب الأول لرئيس مجلس الوزراء وزير الداخلية الشيخ فهد اليوسف موقع الحادث صباح أمس')
E('other', FAHAD, MANGAF, '2024-06-12', 'صباح أمس (same sentence)', None, 'asserted',
  'أمر بضبط مالك العقار وحارس البناية إلى حين انتهاء التحقيقات')
E('statement', FAHAD, MANGAF, '2024-06-12', 'صباح أمس (same sentence)', None, 'asserted',
  'قال للصحافيين: «ما حدث نتيجة جشع بعض ملاك العقارات، ولن نسمح بتكرار هذه المخالفات»')
E('other', None, 'Adan, Farwaniya and Mubarak Al-Kabeer hospitals', None, None, MOH, 'reported',
  'مستشفيات العدان والفروانية ومبارك الكبير استقبلت 56 مصابا')
E('other', None, 'Adan, Farwaniya and Mubarak Al-Kabeer hospitals', None, None, MOH, 'reported',
  'غادر 18 منهم بعد تلقيهم العلاج')
E('other', None, MANGAF, None, None, ABUF, 'reported', 'شفنا العمال يطيحون من الدرايش')
E('other', 'Mishal Al-Ahmad Al-Jaber Al-Sabah', 'Kuwait', None, None, None, 'asserted',
  'أمر سمو أمير البلاد الشيخ مشعل الأحمد بفتح تحقيق فوري ومحاسبة المتسببين')
E('statement', EMB, 'Kuwait', None, None, None, 'asserted',
  'نقلت وكالة الأنباء الكويتية (كونا) عن السفارة الهندية أن أكثر من 40 من الضحايا يحملون الجنسية الهندية')
E('visit/inspection', SINGH, 'Kuwait', '2024-06-13', 'اليوم الخميس', SINGH, 'planned',
  'سيصل إلى الكويت اليوم الخميس للإشراف على إعادة الجثامين')
E('other', 'Narendra Modi', 'India', None, None, None, 'asserted',
  'قرر رئيس الوزراء الهندي ناريندرا مودي صرف 200 ألف روبية لأسرة كل ضحية')
E('other', 'Kuwait Municipality', MANGAF, '2024-06-12', 'مساء أمس', None, 'asserted',
  'نفذت فرق بلدية الكويت، مساء أمس، حملة تفتيش على 12 بناية في المنقف')
E('other', 'Kuwait Municipality', MANGAF, '2024-06-12', 'مساء أمس (same sentence)', None, 'asserted',
  'حررت خلالها مخالفات لعدد منها')
E('statement', 'specialists', MANGAF, None, None, None, 'asserted',
  'يقدر فيه مختصون أن نحو 30 في المئة من سكن العمال في المنطقة مخالف لاشتراطات السلامة')

N('49', 'people', 'dead migrant workers (headline)', 'exact', '49 وفاة')
N('49', 'people', 'migrant workers killed', 'exact', '49 عاملا')
N('50', 'people', 'injured', 'more than', 'أكثر من 50 آخرين')
N('6', 'floors', 'floors of the burnt building', 'exact', 'ستة طوابق')
N('1', 'hours', 'time needed to control the fire', 'approx', 'نحو ساعة')
N(None, 'people', 'workers who jumped from the windows', 'vague', 'عددا من العمال')
N('56', 'people', 'injured received by the hospitals (Ministry of Health)', 'exact', '56 مصابا')
N('9', 'people', 'injured in critical condition', 'exact', '9', ctx='بينهم 9 حالاتهم')
N('18', 'people', 'injured discharged after treatment', 'exact', '18', ctx='غادر 18 منهم')
N('40', 'people', 'Indian nationals among the dead', 'more than', 'أكثر من 40 من الضحايا')
N('200000', 'Indian rupees', 'relief per victim\'s family (Indian PM)', 'exact', '200 ألف روبية')
N('12', 'buildings', 'buildings inspected by the municipality in Mangaf', 'exact', '12 بناية')
N('30', 'percent', 'share of workers\' housing in the area violating safety rules (specialists)', 'approx',
  'نحو 30 في المئة')

D('أمس', '2024-06-12', 'relative', 0)
D('الأربعاء', '2024-06-12', 'weekday')
D('منذ عقود', None, 'vague')
D('أمس', '2024-06-12', 'relative', 1)
D('اليوم', '2024-06-13', 'relative')
D('الخميس', '2024-06-13', 'weekday')
D('أمس', '2024-06-12', 'relative', 2)

A('security sources (speaking to Al-Rai)', 'وصفته', False, 'أنه «أسوأ حريق تشهده البلاد منذ عقود»')
A(RASH, 'قال', False, 'بلاغا ورد إلى غرفة العمليات عند الساعة الرابعة و32 دقيقة فجرا، فتوجهت إلى الموقع فرق مراكز '
  'المنقف والفحيحيل والأحمدي وتمكنت من السيطرة على النيران خلال نحو ساعة')
A(RASH, 'مضيفا', True, 'معظم الوفيات ناجمة عن استنشاق الدخان، إذ كان العمال نياما لحظة اندلاع الحريق')
A(RASH, 'أوضح', False, 'الحريق بدأ في غرفة الحارس بالطابق الأرضي نتيجة تماس كهربائي، ثم امتد بسرعة إلى الطوابق العليا')
A(RASH, 'لافتا', False, 'عددا من العمال قفزوا من النوافذ هربا من ألسنة اللهب')
A(FAHAD, 'قال', True, 'ما حدث نتيجة جشع بعض ملاك العقارات، ولن نسمح بتكرار هذه المخالفات')
A(MOH, 'أعلنت', False, 'مستشفيات العدان والفروانية ومبارك الكبير استقبلت 56 مصابا، بينهم 9 حالاتهم حرجة يرقدون في '
  'العناية المركزة، فيما غادر 18 منهم بعد تلقيهم العلاج')
A(ABUF, 'قال', True, 'طلعنا على الصراخ، شفنا العمال يطيحون من الدرايش والدخان مغطي البناية، والله منظر ما ينتسى')
A(EMB, 'نقلت', False, 'أكثر من 40 من الضحايا يحملون الجنسية الهندية، معظمهم من ولاية كيرالا')
A(SINGH, 'أعلن', False, 'أنه سيصل إلى الكويت اليوم الخميس للإشراف على إعادة الجثامين')
A('specialists', 'يقدر', False, 'نحو 30 في المئة من سكن العمال في المنطقة مخالف لاشتراطات السلامة')

ENT('المنقف', 'LOC', 'Mangaf')
ENT('الداخلية', 'ORG', MOI)
ENT('الأحمدي', 'LOC', 'Al Ahmadi')
ENT('الراي', 'ORG', 'Al-Rai')
ENT('قوة الإطفاء العام', 'ORG', 'Kuwait Fire Force')
ENT('محمد الرشيدي', 'PER', 'Mohammed al-Rashidi')
ENT('الفحيحيل', 'LOC', 'Fahaheel')
ENT('الرشيدي', 'PER', 'Mohammed al-Rashidi')
ENT('مجلس الوزراء', 'ORG', 'Council of Ministers (Kuwait)')
ENT('فهد اليوسف', 'PER', FAHAD)
ENT('وزارة الصحة', 'ORG', MOH)
ENT('العدان', 'LOC', 'Adan Hospital')
ENT('الفروانية', 'LOC', 'Farwaniya Hospital')
ENT('مبارك الكبير', 'LOC', 'Mubarak Al-Kabeer Hospital')
ENT('أبو فهد', 'PER', 'Abu Fahd')
ENT('مشعل الأحمد', 'PER', 'Mishal Al-Ahmad Al-Jaber Al-Sabah')
ENT('وكالة الأنباء الكويتية', 'ORG', 'Kuwait News Agency (KUNA)')
ENT('كونا', 'ORG', 'Kuwait News Agency (KUNA)')
ENT('السفارة الهندية', 'ORG', 'Embassy of India in Kuwait')
ENT('كيرالا', 'LOC', 'Kerala')
ENT('كيرتي فاردان سينغ', 'PER', SINGH)
ENT('الكويت', 'LOC', 'Kuwait')
ENT('ناريندرا مودي', 'PER', 'Narendra Modi')
ENT('بلدية الكويت', 'ORG', 'Kuwait Municipality')

F('the migrant workers', 'العمالة الوافدة')
F('the fire (worst in decades)', 'أسوأ حريق')
F('the owners (minister wording: greed)', 'جشع')
F('the victims', 'الضحايا')
F('building violations', 'المخالفات')
finish_article('h01')

# ---------------------------------------------------------------------------------------------- h02
FN = 'e02_wadi_kabir_shooting.txt'
article('h02', FN, outlet('جريدة عمان', 'Oman Daily', 'omandaily.om'), '2024-07-17',
        basis('2024-07-17', FN, 'Consistent with the text: the shooting "مساء الاثنين الموافق 9 محرم 1446هـ" = 2024-07-15 '
              '(Umm al-Qura: 1 Muharram 1446 = 2024-07-07), the second police statement "أمس الثلاثاء" = 2024-07-16.'),
        'شرطة عُمان السلطانية: 6 وفيات و28 مصابا في حادثة إطلاق النار بالوادي الكبير ومقتل المهاجمين الثلاثة')
ROP = 'Royal Oman Police'
WK = 'Imam Ali Mosque, Wadi Al Kabir (Muscat)'
IS = 'Islamic State'
ISA = 'Islamic State (via Amaq)'
KHOULA = 'a medical source at Khoula Hospital'
SALIM = 'Salim bin Khamis al-Balushi (Wadi Al Kabir resident)'
SHEHBAZ = 'Shehbaz Sharif'
PKMOFA = 'Pakistani Ministry of Foreign Affairs'
BUDAIWI = 'Jasem Mohamed Albudaiwi'
MON = 'مساء الاثنين الموافق 9 محرم 1446هـ (same sentence)'
E('killing/casualties', None, WK, None, None, ROP, 'reported', '6 وفيات و28 مصابا')
E('advance/offensive', None, WK, None, None, ROP, 'reported', 'حادثة إطلاق النار بالوادي الكبير')
E('killing/casualties', None, WK, None, None, ROP, 'reported', 'مقتل المهاجمين الثلاثة', 0)
E('other', ROP, WK, '2024-07-15', MON, ROP, 'reported', 'انتهاء حادثة إطلاق النار')
E('advance/offensive', None, WK, '2024-07-15', 'مساء الاثنين الموافق 9 محرم 1446هـ', ROP, 'reported',
  'حادثة إطلاق النار التي وقعت مساء الاثنين الموافق 9 محرم 1446هـ قرب مسجد الإمام علي بمنطقة الوادي الكبير في ولاية مطرح')
E('killing/casualties', None, WK, '2024-07-15', MON, ROP, 'reported', 'مقتل المهاجمين الثلاثة', 1)
E('killing/casualties', None, WK, '2024-07-15', MON, ROP, 'reported',
  'الحادثة أسفرت عن وفاة 6 أشخاص، بينهم أحد أفراد الشرطة، وإصابة 28 آخرين')
E('other', 'Royal Oman Police operations centre', 'Muscat', None, None, ROP, 'reported',
  'بلاغا ورد إلى مركز العمليات عند الساعة العاشرة والربع مساء')
E('other', 'Omani security and military forces', WK, None, None, ROP, 'reported',
  'الأجهزة الأمنية والعسكرية تعاملت مع الموقف بكفاءة')
E('killing/casualties', None, WK, None, None, ROP, 'reported',
  'المتوفين هم أربعة مواطنين باكستانيين ومواطن هندي إضافة إلى الشرطي')
E('killing/casualties', None, WK, None, None, ROP, 'reported',
  'توزع المصابون بين مواطنين ومقيمين، بينهم 3 من أفراد الشرطة والدفاع المدني')
E('statement', ROP, None, '2024-07-16', 'أمس الثلاثاء', None, 'asserted',
  'كشفت الشرطة أن منفذي الهجوم ثلاثة إخوة عمانيين «تأثروا بأفكار ضالة»')
E('other', ROP, None, None, 'none (ongoing investigation)', ROP, 'reported', 'التحقيقات مستمرة لمعرفة ملابسات الحادثة')
E('statement', ISA, None, None, None, None, 'asserted',
  'تبنى تنظيم «داعش» الهجوم في بيان نشرته وكالة «أعماق» التابعة له')
E('advance/offensive', IS, WK, None, None, ISA, 'reported', 'ثلاثة من عناصره استهدفوا تجمعا لإحياء ذكرى عاشوراء')
E('other', None, 'Khoula Hospital', None, None, KHOULA, 'reported', 'المستشفى استقبل 19 من المصابين')
E('other', None, 'Royal Hospital and Al Nahdha Hospital (Muscat)', None, None, KHOULA, 'reported',
  'نقل الآخرون إلى المستشفى السلطاني ومستشفى النهضة')
E('advance/offensive', None, WK, None, None, SALIM, 'reported', 'سمعنا طلقات وايد')
E('other', ROP, WK, None, None, SALIM, 'reported', 'الشرطة مسكرة الطرق')
E('statement', SHEHBAZ, None, None, None, None, 'asserted', 'أدان رئيس الوزراء الباكستاني شهباز شريف الهجوم')
E('statement', SHEHBAZ, None, None, None, None, 'asserted', 'قال في منشور على منصة «إكس» إن «الإرهاب لا دين له»')
E('statement', PKMOFA, None, None, None, None, 'asserted',
  'أعلنت وزارة الخارجية الباكستانية أن 30 من مواطنيها كانوا داخل المسجد لحظة الهجوم')
E('other', 'Embassy of Pakistan in Muscat', 'Muscat', None, None, PKMOFA, 'reported',
  'سفارتها في مسقط تتابع أوضاع المصابين')
E('statement', 'GCC Secretariat General', None, None, None, None, 'asserted',
  'أدانت الأمانة العامة لمجلس التعاون لدول الخليج العربية الهجوم')
E('statement', BUDAIWI, None, None, None, None, 'asserted',
  'أكد الأمين العام جاسم البديوي، في بيان، «وقوف دول المجلس إلى جانب سلطنة عُمان في كل ما تتخذه من إجراءات لحفظ أمنها»')
E('other', None, 'area around the Imam Ali Mosque, Wadi Al Kabir', '2024-07-16', 'صباح أمس', None, 'asserted',
  'شهدت المنطقة المحيطة بالمسجد، صباح أمس، إجراءات أمنية مشددة')
E('other', ROP, 'Wadi Al Kabir (Muscat)', '2024-07-16', 'صباح أمس (same sentence)', None, 'asserted',
  'أعادت الشرطة فتح الطرق المغلقة بعد نحو 12 ساعة من الإغلاق')

N('6', 'people', 'dead (headline)', 'exact', '6 وفيات')
N('28', 'people', 'injured (headline)', 'exact', '28 مصابا')
N('3', 'people', 'attackers killed (headline)', 'exact', 'المهاجمين الثلاثة', 0)
N('3', 'people', 'attackers killed', 'exact', 'المهاجمين الثلاثة', 1)
N('6', 'people', 'dead', 'exact', '6 أشخاص')
N('1', 'people', 'policeman among the dead', 'exact', 'أحد أفراد الشرطة')
N('28', 'people', 'injured', 'exact', '28 آخرين')
N('4', 'people', 'Pakistani nationals among the dead', 'exact', 'أربعة مواطنين')
N('1', 'people', 'Indian national among the dead', 'exact', 'مواطن هندي')
N('3', 'people', 'police and civil defence members among the injured', 'exact', '3 من أفراد الشرطة')
N('3', 'people', 'attackers (three Omani brothers)', 'exact', 'ثلاثة إخوة')
N('3', 'people', 'Islamic State members who attacked (IS claim)', 'exact', 'ثلاثة من عناصره')
N('19', 'people', 'injured received by Khoula Hospital', 'exact', '19 من المصابين')
N('4', 'people', 'injured in serious condition at Khoula Hospital', 'exact', '4 منهم')
N('30', 'people', 'Pakistani nationals inside the mosque during the attack', 'exact', '30 من مواطنيها')
N('12', 'hours', 'duration of the road closure', 'approx', 'نحو 12 ساعة')
N('2', 'decades', 'period in which the region saw violence that spared Oman', 'exact', 'العقدين')

D('الاثنين', '2024-07-15', 'weekday')
D('9 محرم 1446', '2024-07-15', 'absolute')
D('أمس', '2024-07-16', 'relative', 0)
D('الثلاثاء', '2024-07-16', 'weekday')
D('أمس', '2024-07-16', 'relative', 1)
D('خلال العقدين الماضيين', None, 'vague')

A(ROP, None, False, '6 وفيات و28 مصابا في حادثة إطلاق النار بالوادي الكبير ومقتل المهاجمين الثلاثة')
A(ROP, 'أعلنت', False, 'انتهاء حادثة إطلاق النار التي وقعت مساء الاثنين الموافق 9 محرم 1446هـ قرب مسجد الإمام علي '
  'بمنطقة الوادي الكبير في ولاية مطرح، بعد مقتل المهاجمين الثلاثة')
A(ROP, 'مشيرة', False, 'الحادثة أسفرت عن وفاة 6 أشخاص، بينهم أحد أفراد الشرطة، وإصابة 28 آخرين')
A(ROP, 'أوضحت', False, 'بلاغا ورد إلى مركز العمليات عند الساعة العاشرة والربع مساء، وأن الأجهزة الأمنية والعسكرية '
  'تعاملت مع الموقف بكفاءة')
A(ROP, 'مضيفة', False, 'المتوفين هم أربعة مواطنين باكستانيين ومواطن هندي إضافة إلى الشرطي، فيما توزع المصابون بين '
  'مواطنين ومقيمين، بينهم 3 من أفراد الشرطة والدفاع المدني')
A(ROP, 'كشفت', False, 'منفذي الهجوم ثلاثة إخوة عمانيين «تأثروا بأفكار ضالة»')
A(ROP, 'مؤكدة', False, 'التحقيقات مستمرة لمعرفة ملابسات الحادثة')
A(ISA, 'زاعما', False, 'ثلاثة من عناصره استهدفوا تجمعا لإحياء ذكرى عاشوراء')
A(KHOULA, 'أفاد', False, 'المستشفى استقبل 19 من المصابين، وأن حالة 4 منهم خطيرة، فيما نقل الآخرون إلى المستشفى '
  'السلطاني ومستشفى النهضة')
A(SALIM, 'قال', True, 'كنا قاعدين في البيت وسمعنا طلقات وايد، حسبناها ألعاب نارية، بعدين شفنا الناس تركض والشرطة '
  'مسكرة الطرق')
A(SHEHBAZ, 'قال', True, 'الإرهاب لا دين له')
A(PKMOFA, 'أعلنت', False, '30 من مواطنيها كانوا داخل المسجد لحظة الهجوم، وأن سفارتها في مسقط تتابع أوضاع المصابين')
A(BUDAIWI, 'أكد', True, 'وقوف دول المجلس إلى جانب سلطنة عُمان في كل ما تتخذه من إجراءات لحفظ أمنها')

ENT('شرطة عُمان السلطانية', 'ORG', ROP)
ENT('الوادي الكبير', 'LOC', 'Wadi Al Kabir')
ENT('مسقط', 'LOC', 'Muscat')
ENT('عُمان', 'ORG', 'Oman Daily')
ENT('مسجد الإمام علي', 'LOC', 'Imam Ali Mosque (Wadi Al Kabir)')
ENT('مطرح', 'LOC', 'Muttrah')
ENT('الشرطة', 'ORG', ROP)
ENT('الدفاع المدني', 'ORG', 'Civil Defence and Ambulance Authority (Oman)')
ENT('داعش', 'ORG', IS)
ENT('أعماق', 'ORG', 'Amaq News Agency')
ENT('عاشوراء', 'MISC', 'Ashura')
ENT('مستشفى خولة', 'LOC', 'Khoula Hospital')
ENT('المستشفى السلطاني', 'LOC', 'Royal Hospital (Muscat)')
ENT('مستشفى النهضة', 'LOC', 'Al Nahdha Hospital')
ENT('سالم بن خميس البلوشي', 'PER', 'Salim bin Khamis al-Balushi')
ENT('شهباز شريف', 'PER', SHEHBAZ)
ENT('إكس', 'MISC', 'X (formerly Twitter)')
ENT('وزارة الخارجية', 'ORG', PKMOFA)
ENT('الأمانة العامة لمجلس التعاون لدول الخليج العربية', 'ORG', 'GCC Secretariat General')
ENT('جاسم البديوي', 'PER', BUDAIWI)
ENT('سلطنة عُمان', 'LOC', 'Oman')

F('the shooting (police wording: incident)', 'الحادثة')
F('the attackers', 'المهاجمين')
F('the attackers (police wording: misguided ideas)', 'بأفكار ضالة')
F('the attack', 'الهجوم')
F('terrorism', 'الإرهاب')
finish_article('h02')

# ---------------------------------------------------------------------------------------------- h03
FN = 'e03_allenby_bridge_shooting.txt'
article('h03', FN, outlet('الغد', 'Al-Ghad', 'alghad.com'), '2024-09-09',
        basis('2024-09-09', FN, 'Consistent with the text: the shooting "صباح أمس الأحد" = 2024-09-08 (as the real '
              'Allenby Bridge shooting), the continued closure "اليوم الاثنين" = 2024-09-09.'),
        'مقتل 3 إسرائيليين وسائق أردني في إطلاق نار على جسر الملك حسين.. والحكومة تفتح تحقيقا')
BRIDGE = 'Allenby Bridge'
JAZI = 'Maher al-Jazi'
IDF = 'Israel Defense Forces'
JMOI = 'Jordanian Ministry of Interior'
SRC = 'an official source at the Jordanian Ministry of Interior (speaking to Al-Ghad)'
PSD = 'Public Security Directorate (Jordan)'
BIBI = 'Benjamin Netanyahu'
SALEM = 'Salem al-Jazi (cousin of Maher al-Jazi)'
SUN = 'صباح أمس الأحد (same sentence)'
E('killing/casualties', None, BRIDGE, None, None, None, 'asserted', 'مقتل 3 إسرائيليين وسائق أردني')
E('advance/offensive', None, BRIDGE, None, None, None, 'asserted', 'إطلاق نار على جسر الملك حسين')
E('other', 'Government of Jordan', None, None, None, None, 'asserted', 'الحكومة تفتح تحقيقا')
E('killing/casualties', JAZI, BRIDGE, '2024-09-08', 'صباح أمس الأحد', None, 'asserted', 'قتل ثلاثة حراس أمن إسرائيليين')
E('advance/offensive', JAZI, BRIDGE, '2024-09-08', SUN, None, 'asserted',
  'عملية إطلاق نار نفذها سائق شاحنة أردني عند الجانب الآخر من جسر الملك حسين (اللنبي)')
E('killing/casualties', IDF, BRIDGE, '2024-09-08', SUN, None, 'asserted', 'تقتله القوات الإسرائيلية في المكان')
E('other', 'Israeli authorities', 'border crossings with Jordan', '2024-09-08', SUN, None, 'asserted',
  'أغلقت السلطات المعابر الحدودية مع الأردن حتى إشعار آخر')
E('other', JAZI, BRIDGE, None, None, IDF, 'reported', 'وصل إلى منطقة الجسر على متن شاحنة قادمة من الأردن، وترجل منها')
E('advance/offensive', JAZI, BRIDGE, None, None, IDF, 'reported', 'أطلق النار باتجاه القوات العاملة في المكان')
E('killing/casualties', JAZI, BRIDGE, None, None, IDF, 'reported',
  'القتلى الثلاثة مدنيون يعملون في سلطة المطارات الإسرائيلية')
E('other', JMOI, None, None, None, JMOI, 'reported', 'بدأت التحقيق في الحادث')
E('statement', SRC, None, None, None, None, 'asserted',
  'أوضح مصدر رسمي في الوزارة لـ«الغد» أن منفذ العملية هو المواطن ماهر ذياب الجازي (39 عاما) من منطقة الحسينية في '
  'محافظة معان')
E('other', PSD, BRIDGE, None, None, PSD, 'reported', 'إغلاق الجسر أمام حركة المسافرين والبضائع من الجانب الأردني')
E('accusation', BIBI, None, None, None, None, 'asserted',
  'اتهم رئيس الوزراء الإسرائيلي بنيامين نتنياهو من وصفه بـ«محور الشر الذي تقوده إيران» بالوقوف وراء العملية')
E('statement', BIBI, None, None, None, None, 'asserted', 'قائلا إن «قتلة حقيرين» يحيطون بإسرائيل')
E('other', 'Howeitat tribesmen and local residents', "Al-Husseiniya (Ma'an)", '2024-09-08', 'مساء أمس', None,
  'asserted', 'توافد المئات من أبناء عشيرة الحويطات وأهالي المنطقة إلى بيت عزاء أقيم للجازي مساء أمس')
E('killing/casualties', None, 'Gaza Strip', None, 'في 7 تشرين الأول 2023 dates the start of the war, not the toll',
  'Gaza Health Ministry', 'reported', 'قتل فيها أكثر من 40 ألف فلسطيني')
E('other', None, "Karameh (Jordan Valley)", None, None, 'transport sector sources', 'predicted',
  'تكدس مئات الشاحنات في منطقة الكرامة')
E('other', 'travellers', BRIDGE, None, None, 'travellers (speaking to Al-Ghad)', 'reported',
  'انتظروا أكثر من 6 ساعات قرب الجسر')
E('other', 'Land Transport Regulatory Commission (Jordan)', BRIDGE, '2024-09-09', 'اليوم الاثنين',
  'Land Transport Regulatory Commission (Jordan)', 'planned', 'الجسر سيبقى مغلقا اليوم الاثنين')

N('3', 'people', 'Israelis killed (headline)', 'exact', '3 إسرائيليين')
N('1', 'people', 'Jordanian driver killed (headline)', 'exact', 'سائق أردني')
N('3', 'people', 'Israeli security guards killed', 'exact', 'ثلاثة حراس')
N('39', 'years', 'age of Maher al-Jazi', 'exact', '39 عاما')
N(None, 'people', 'mourners at the al-Jazi condolence house', 'vague', 'المئات')
N('300', 'vehicles', 'trucks crossing the bridge daily (lower bound)', 'exact', '300')
N('400', 'vehicles', 'trucks crossing the bridge daily (upper bound)', 'exact', '400 شاحنة')
N('3000000', 'people', 'Palestinians in the West Bank for whom the bridge is the only exit', 'more than',
  'أكثر من 3 ملايين فلسطيني')
N('40000', 'people', 'Palestinians killed in the Gaza war (Gaza Health Ministry)', 'more than',
  'أكثر من 40 ألف فلسطيني')
N('6', 'hours', 'time travellers waited near the bridge', 'more than', 'أكثر من 6 ساعات')

D('أمس', '2024-09-08', 'relative', 0)
D('الأحد', '2024-09-08', 'weekday')
D('حتى إشعار آخر', None, 'vague')
D('منذ سنوات', None, 'vague')
D('أمس', '2024-09-08', 'relative', 1)
D('7 تشرين الأول 2023', '2023-10-07', 'absolute')
D('اليوم', '2024-09-09', 'relative')
D('الاثنين', '2024-09-09', 'weekday')

A(IDF, 'قال', False, 'السائق «وصل إلى منطقة الجسر على متن شاحنة قادمة من الأردن، وترجل منها وأطلق النار باتجاه القوات '
  'العاملة في المكان»')
A(IDF, 'مشيرا', False, 'القتلى الثلاثة مدنيون يعملون في سلطة المطارات الإسرائيلية')
A(JMOI, 'أعلنت', False, 'أنها بدأت التحقيق في الحادث')
A(SRC, 'أوضح', False, 'منفذ العملية هو المواطن ماهر ذياب الجازي (39 عاما) من منطقة الحسينية في محافظة معان، وأنه كان '
  'يعمل سائقا لشاحنة تنقل بضائع إلى الضفة الغربية منذ سنوات')
A(PSD, 'أعلنت', False, 'إغلاق الجسر أمام حركة المسافرين والبضائع من الجانب الأردني، إلى حين إعادة فتحه من الجانب الآخر')
A(BIBI, 'اتهم', False, 'من وصفه بـ«محور الشر الذي تقوده إيران» بالوقوف وراء العملية')
A(BIBI, 'قائلا', False, '«قتلة حقيرين» يحيطون بإسرائيل')
A(SALEM, 'قال', True, 'ماهر زلمة هادي وبحاله، عمره ما حكى بالسياسة، كان يطلع الصبح عالجسر ويرجع عالمسا لولاده، ما حدا '
  'كان متوقع إشي')
A('official figures', 'بحسب', False, 'يعبر الجسر يوميا ما بين 300 و400 شاحنة محملة بالمساعدات والبضائع، وهو المنفذ الوحيد '
  'لأكثر من 3 ملايين فلسطيني في الضفة الغربية للسفر إلى الخارج')
A('Gaza Health Ministry', 'وفق', False, 'التي قتل فيها أكثر من 40 ألف فلسطيني')
A('transport sector sources', 'توقعت', False, 'يؤدي استمرار الإغلاق إلى تكدس مئات الشاحنات في منطقة الكرامة')
A('travellers (speaking to Al-Ghad)', 'قال', False, 'إنهم انتظروا أكثر من 6 ساعات قرب الجسر قبل إبلاغهم بتعليق السفر')
A('Land Transport Regulatory Commission (Jordan)', 'أعلنت', False,
  'الجسر سيبقى مغلقا اليوم الاثنين، على أن يصدر بيان لاحق حول موعد استئناف العمل فيه')

ENT('جسر الملك حسين', 'LOC', BRIDGE)
ENT('عمان', 'LOC', 'Amman')
ENT('الغد', 'ORG', 'Al-Ghad')
ENT('اللنبي', 'LOC', BRIDGE)
ENT('القوات الإسرائيلية', 'ORG', IDF)
ENT('الأردن', 'LOC', 'Jordan')
ENT('الجيش الإسرائيلي', 'ORG', IDF)
ENT('سلطة المطارات الإسرائيلية', 'ORG', 'Israel Airports Authority')
ENT('وزارة الداخلية', 'ORG', JMOI)
ENT('الوزارة', 'ORG', JMOI)
ENT('ماهر ذياب الجازي', 'PER', JAZI)
ENT('الحسينية', 'LOC', "Al-Husseiniya (Ma'an)")
ENT('معان', 'LOC', "Ma'an")
ENT('الضفة الغربية', 'LOC', 'West Bank')
ENT('مديرية الأمن العام', 'ORG', PSD)
ENT('بنيامين نتنياهو', 'PER', BIBI)
ENT('إيران', 'LOC', 'Iran')
ENT('إسرائيل', 'LOC', 'Israel')
ENT('الحويطات', 'ORG', 'Howeitat')
ENT('للجازي', 'PER', JAZI)
ENT('سالم الجازي', 'PER', 'Salem al-Jazi')
ENT('ماهر', 'PER', JAZI)
ENT('قطاع غزة', 'LOC', 'Gaza Strip')
ENT('وزارة الصحة', 'ORG', 'Gaza Health Ministry')
ENT('غزة', 'LOC', 'Gaza Strip')
ENT('الكرامة', 'LOC', 'Karameh (Jordan Valley)')
ENT('هيئة تنظيم النقل البري', 'ORG', 'Land Transport Regulatory Commission (Jordan)')

F('the attack (wording: operation)', 'العملية')
F('the attack (wording: incident)', 'الحادث')
F('Iran and its allies (Netanyahu wording)', 'محور الشر')
F('the attackers (Netanyahu wording)', 'قتلة حقيرين')
F('the closure', 'الإغلاق')
finish_article('h03')

# ---------------------------------------------------------------------------------------------- h04
FN = 'e04_majdal_shams_strike.txt'
article('h04', FN, outlet('العربية', 'Al-Arabiya', 'alarabiya.net'), '2024-07-28',
        basis('2024-07-28', FN, 'Consistent with the text: the rocket "مساء أمس السبت" = 2024-07-27 (as the real Majdal '
              'Shams strike), the security cabinet meeting "مساء اليوم الأحد", the funeral "ظهر اليوم" and the Israeli '
              'strikes "فجر اليوم" = 2024-07-28.'),
        '12 قتيلا من الأطفال والفتية بصاروخ على ملعب في مجدل شمس.. وإسرائيل تتوعد «حزب الله»')
MS = 'Majdal Shams (occupied Golan Heights)'
HEZ = 'Hezbollah'
HAGARI = 'Daniel Hagari'
AFIF = 'Mohammad Afif'
BIBI = 'Benjamin Netanyahu'
WAEL = 'Wael Abu Saleh (Majdal Shams resident)'
TARIF = 'Mowafaq Tarif'
LEBGOV = 'Government of Lebanon'
USOFF = 'a US official (via Reuters)'
SAT = 'مساء أمس السبت (same sentence)'
E('killing/casualties', None, MS, None, None, None, 'asserted', '12 قتيلا من الأطفال والفتية')
E('airstrike/shelling', None, MS, None, None, None, 'asserted', 'صاروخ على ملعب في مجدل شمس')
E('statement', 'Israel', None, None, None, None, 'asserted', 'إسرائيل تتوعد «حزب الله»')
E('killing/casualties', None, MS, '2024-07-27', 'مساء أمس السبت', None, 'asserted',
  'قتل 12 طفلا وفتى، تراوحت أعمارهم بين 10 و16 عاما، وأصيب أكثر من 30 آخرين')
E('airstrike/shelling', None, MS, '2024-07-27', SAT, None, 'asserted',
  'سقوط صاروخ على ملعب لكرة القدم في بلدة مجدل شمس الدرزية بهضبة الجولان المحتلة')
E('statement', HAGARI, None, None, None, None, 'asserted',
  'قال المتحدث باسم الجيش الإسرائيلي دانيال هاغاري إن الصاروخ من طراز «فلق 1» إيراني الصنع')
E('airstrike/shelling', HEZ, 'north of Shebaa (south Lebanon) -> Majdal Shams', None, None, HAGARI, 'reported',
  'أطلق من منطقة شمال قرية شبعا في جنوب لبنان')
E('accusation', HAGARI, None, None, None, None, 'asserted', 'مضيفا أن «حزب الله يقف وراء هذا الهجوم مهما أنكر»')
E('statement', AFIF, None, None, None, None, 'asserted',
  'نفى المتحدث باسم «حزب الله» محمد عفيف، في تصريح لوسائل إعلام، «نفيا قاطعا» أي علاقة للحزب بالحادثة')
E('airstrike/shelling', HEZ, 'Israeli military positions in the Golan Heights', None,
  'بعد ساعات من — event-anchored, no date expression', HEZ, 'reported',
  'استهداف مواقع عسكرية إسرائيلية في الجولان بصواريخ «فلق»')
E('other', BIBI, 'United States', None, None, None, 'asserted',
  'قطع رئيس الوزراء الإسرائيلي بنيامين نتنياهو زيارته إلى الولايات المتحدة')
E('other', BIBI, 'Israel', None, None, None, 'asserted', 'عاد إلى إسرائيل')
E('statement', BIBI, None, None, None, None, 'asserted', 'متوعدا بأن «حزب الله سيدفع ثمنا باهظا لم يدفعه من قبل»')
E('other', 'Israeli security cabinet', 'Israel', '2024-07-28', 'مساء اليوم الأحد', None, 'asserted',
  'عقد المجلس الوزاري المصغر للشؤون الأمنية اجتماعا طارئا مساء اليوم الأحد لبحث الرد')
E('other', 'residents of Majdal Shams and nearby villages', MS, '2024-07-28', 'ظهر اليوم', None, 'asserted',
  'شيع آلاف من أهالي مجدل شمس والقرى المجاورة، ظهر اليوم، جثامين الضحايا في موكب مهيب')
E('visit/inspection', 'Israeli ministers', MS, '2024-07-28', 'ظهر اليوم (same sentence)', None, 'asserted',
  'وزراء إسرائيليين حضروا إلى البلدة')
E('statement', TARIF, None, None, None, None, 'asserted',
  'أدان الرئيس الروحي للطائفة الدرزية في إسرائيل الشيخ موفق طريف الهجوم')
E('statement', TARIF, None, None, None, None, 'asserted', 'وصفه بأنه «مجزرة بحق أطفال أبرياء»')
E('statement', LEBGOV, None, None, None, None, 'asserted',
  'أعربت الحكومة اللبنانية عن إدانتها «لكل أشكال العنف والاعتداءات على المدنيين»')
E('statement', LEBGOV, None, None, None, None, 'asserted', 'دعت إلى «وقف الأعمال العدائية على كافة الجبهات»')
E('statement', 'Walid Jumblatt', None, None, None, None, 'asserted',
  'حذر الزعيم الدرزي اللبناني وليد جنبلاط من «محاولات إسرائيل إشعال الفتنة»')
E('statement', USOFF, None, None, None, None, 'asserted',
  'نقلت وكالة رويترز عن مسؤول أميركي أن واشنطن «تعمل على منع تصعيد أوسع»')
E('statement', USOFF, None, None, None, None, 'asserted', 'مضيفا أن لدى إسرائيل «الحق في الدفاع عن نفسها»')
E('airstrike/shelling', 'Israeli Air Force', 'Kfar Kila, Shebaa and Burj al-Shamali (south Lebanon)', '2024-07-28',
  'فجر اليوم', None, 'asserted',
  'مقاتلات إسرائيلية قد شنت فجر اليوم غارات على بلدات كفركلا وشبعا وبرج الشمالي في جنوب لبنان')
E('statement', IDF, None, None, None, None, 'asserted', 'وصفه الجيش الإسرائيلي بأنه رد أولي على ضربة مجدل شمس')

N('12', 'people', 'children and teenagers killed (headline)', 'exact', '12 قتيلا')
N('12', 'people', 'children and teenagers killed', 'exact', '12 طفلا')
N('10', 'years', 'age of the youngest victims', 'exact', '10', ctx='بين 10 و16')
N('16', 'years', 'age of the oldest victims', 'exact', '16 عاما')
N('30', 'people', 'injured', 'more than', 'أكثر من 30 آخرين')
N(None, 'people', 'mourners at the funeral', 'vague', 'آلاف', ctx='شيع آلاف من')
N('11000', 'people', 'population of Majdal Shams', 'approx', 'نحو 11 ألف نسمة')

D('أمس', '2024-07-27', 'relative')
D('السبت', '2024-07-27', 'weekday')
D('أكتوبر الماضي', '2023-10', 'absolute')
D('اليوم', '2024-07-28', 'relative', 0)
D('الأحد', '2024-07-28', 'weekday')
D('اليوم', '2024-07-28', 'relative', 1)
D('اليوم', '2024-07-28', 'relative', 2)
D('عام 1967', None, 'vague')

A(HAGARI, 'قال', False, 'الصاروخ من طراز «فلق 1» إيراني الصنع، وإنه أطلق من منطقة شمال قرية شبعا في جنوب لبنان')
A(HAGARI, 'مضيفا', True, 'حزب الله يقف وراء هذا الهجوم مهما أنكر')
A(AFIF, 'نفى', False, 'أي علاقة للحزب بالحادثة')
A(HEZ, 'إعلان', False, 'استهداف مواقع عسكرية إسرائيلية في الجولان بصواريخ «فلق»')
A(BIBI, 'متوعدا', True, 'حزب الله سيدفع ثمنا باهظا لم يدفعه من قبل')
A(WAEL, 'قال', False, 'الأولاد «كانوا عم يلعبوا طابة متل كل يوم، وصفارة الإنذار ما لحقت تخلص، ما في ولا مكان يتخبوا فيه»')
A(TARIF, 'وصفه', False, 'أنه «مجزرة بحق أطفال أبرياء»')
A(LEBGOV, 'دعت', True, 'وقف الأعمال العدائية على كافة الجبهات')
A('Walid Jumblatt', 'حذر', True, 'محاولات إسرائيل إشعال الفتنة')
A(USOFF, 'نقلت', False, 'واشنطن «تعمل على منع تصعيد أوسع»')
A(USOFF, 'مضيفا', False, 'لدى إسرائيل «الحق في الدفاع عن نفسها»')
A(IDF, 'وصفه', False, 'أنه رد أولي على ضربة مجدل شمس')

ENT('مجدل شمس', 'LOC', 'Majdal Shams')
ENT('إسرائيل', 'LOC', 'Israel')
ENT('حزب الله', 'ORG', HEZ)
ENT('العربية.نت', 'ORG', 'Al-Arabiya')
ENT('الجولان', 'LOC', 'Golan Heights')
ENT('الجيش الإسرائيلي', 'ORG', IDF)
ENT('دانيال هاغاري', 'PER', HAGARI)
ENT('فلق 1', 'MISC', 'Falaq-1 (rocket)')
ENT('شبعا', 'LOC', 'Shebaa')
ENT('لبنان', 'LOC', 'Lebanon')
ENT('محمد عفيف', 'PER', AFIF)
ENT('للحزب', 'ORG', HEZ)
ENT('الحزب', 'ORG', HEZ)
ENT('فلق', 'MISC', 'Falaq (rocket)')
ENT('بنيامين نتنياهو', 'PER', BIBI)
ENT('الولايات المتحدة', 'LOC', 'United States')
ENT('المجلس الوزاري المصغر للشؤون الأمنية', 'ORG', 'Israeli security cabinet')
ENT('وائل أبو صالح', 'PER', 'Wael Abu Saleh')
ENT('موفق طريف', 'PER', TARIF)
ENT('الحكومة اللبنانية', 'ORG', LEBGOV)
ENT('وليد جنبلاط', 'PER', 'Walid Jumblatt')
ENT('رويترز', 'ORG', 'Reuters')
ENT('واشنطن', 'LOC', 'Washington, D.C.')
ENT('كفركلا', 'LOC', 'Kfar Kila')
ENT('برج الشمالي', 'LOC', 'Burj al-Shamali')

F('the strike (Tarif wording: massacre)', 'مجزرة')
F('the victims', 'الضحايا')
F('the strike (wording: incident)', 'الحادثة')
F('the strike (wording: attack)', 'الهجوم')
F('sectarian strife (Jumblatt wording)', 'الفتنة')
finish_article('h04')

# ---------------------------------------------------------------------------------------------- h05
FN = 'e05_ain_al_hilweh_clashes.txt'
article('h05', FN, outlet('الأخبار', 'Al-Akhbar', 'al-akhbar.com'), '2023-08-01',
        basis('2023-08-01', FN, 'Consistent with the text: al-Armoushi killed "ظهر الأحد الماضي" = 2023-07-30 (as the '
              'real Ain al-Hilweh clashes), the clashes began "ليل السبت - الأحد" (night of 29-30 July), the ceasefire '
              '"ليل أمس" = 2023-07-31, gunfire "حتى فجر اليوم" = 2023-08-01; Levantine month names (آذار، تموز).'),
        'عين الحلوة: 11 قتيلاً ونزوح مئات العائلات.. ووقف إطلاق نار هشّ بعد اغتيال العرموشي')
AIH = 'Ain al-Hilweh camp (Sidon)'
ARM = 'Abu Ashraf al-Armoushi'
FATAH = 'Fatah'
ISL = 'Islamist groups (Ain al-Hilweh)'
HAMSH = 'medical sources at Hamshari Hospital'
UNRWA = 'UNRWA'
UMMK = 'Umm Khaled (displaced mother)'
NNA = 'security sources (via National News Agency)'
JPAC = 'Joint Palestinian Action Committee in Lebanon'
LAF = 'Lebanese Armed Forces'
E('killing/casualties', None, AIH, None, None, None, 'asserted', '11 قتيلاً', 0)
E('displacement', None, AIH, None, None, None, 'asserted', 'نزوح مئات العائلات')
E('other', None, AIH, None, None, None, 'asserted', 'وقف إطلاق نار هشّ')
E('killing/casualties', None, AIH, None, None, None, 'asserted', 'اغتيال العرموشي', 0)
E('other', 'Fatah and Islamist groups', AIH, None, 'لليوم الثالث على التوالي (ordinal, not a date)', None, 'asserted',
  'عاش مخيم عين الحلوة، لليوم الثالث على التوالي، على وقع اشتباكات عنيفة بين حركة «فتح» ومجموعات إسلامية متشددة')
E('killing/casualties', None, AIH, '2023-07-30', 'ظهر الأحد الماضي', None, 'asserted',
  'اغتيال قائد قوات الأمن الوطني الفلسطيني في منطقة صيدا، اللواء أبو أشرف العرموشي، وأربعة من مرافقيه في كمين نُصب لهم '
  'ظهر الأحد الماضي داخل المخيم')
E('killing/casualties', None, AIH, None, None, HAMSH, 'reported', 'ارتفعت حصيلة الاشتباكات إلى 11 قتيلاً وأكثر من 40 جريحاً')
E('killing/casualties', None, 'entrance of Ain al-Hilweh camp', None, None, HAMSH, 'reported', 'أصيب جندي في الجيش اللبناني')
E('airstrike/shelling', None, 'Lebanese army post at the entrance of Ain al-Hilweh camp', None, None, HAMSH, 'reported',
  'قذيفة سقطت على أحد المراكز العسكرية عند مدخل المخيم')
E('other', 'Fatah and Islamist groups', AIH, '2023-07-29', 'ليل السبت - الأحد (night of 29-30 July)', None, 'asserted',
  'بدأت المواجهات ليل السبت - الأحد')
E('advance/offensive', None, AIH, '2023-07-29', 'ليل السبت - الأحد (same sentence)', None, 'asserted',
  'محاولة اغتيال استهدفت أحد عناصر المجموعات الإسلامية')
E('other', 'Fatah and Islamist groups', "Al-Tawari, Al-Barksat and Jabal al-Halib (Ain al-Hilweh)", None,
  'none (the spread followed al-Armoushi\'s killing; the cue dates the start)', None, 'asserted',
  'تتوسع بعد مقتل العرموشي لتشمل أحياء الطوارئ والبركسات وجبل الحليب')
E('airstrike/shelling', None, "Al-Tawari, Al-Barksat and Jabal al-Halib (Ain al-Hilweh)", None, None, None, 'asserted',
  'استُخدمت القذائف الصاروخية والرشاشات الثقيلة')
E('accusation', FATAH, None, None, None, None, 'asserted',
  'اتهمت حركة «فتح» في بيان عناصر من «جند الشام» و«الشباب المسلم» بتنفيذ الاغتيال')
E('statement', ISL, None, None, None, None, 'asserted', 'نفت المجموعات الإسلامية أي علاقة لها بالعملية')
E('displacement', None, 'Ain al-Hilweh -> Sidon', None, None, None, 'asserted', 'نزحت مئات العائلات من المخيم نحو صيدا')
E('displacement', None, 'mosques and halls of Sidon', None, None, None, 'asserted', 'لجأ بعضها إلى مساجد المدينة وقاعاتها')
E('displacement', None, 'Ain al-Hilweh -> Sidon', None, None, UNRWA, 'reported', 'عدد النازحين بنحو 2000 شخص')
E('other', UNRWA, AIH, None, None, UNRWA, 'reported', 'تعليق خدماتها في المخيم')
E('other', None, AIH, None, None, UNRWA, 'reported', 'تضرر مدرستين تابعتين لها')
E('displacement', None, 'Al-Mousalli Mosque, Sidon', None, None, None, 'asserted', 'نزحت إلى مسجد الموصلي في صيدا')
E('displacement', None, AIH, None, None, UMMK, 'reported', 'طلعنا بالتياب اللي علينا')
E('airstrike/shelling', None, AIH, None, None, UMMK, 'reported', 'القذايف عم تنزل عالبيوت')
E('other', LAF, 'around Ain al-Hilweh camp', None, None, NNA, 'reported', 'الجيش اللبناني عزز انتشاره حول المخيم')
E('other', LAF, 'road next to Ain al-Hilweh camp', None, None, NNA, 'reported', 'أغلق الطريق المحاذي له')
E('other', None, 'Sidon', None, None, NNA, 'reported', 'أقفلت مدارس ومؤسسات في صيدا أبوابها')
E('other', 'Fatah and Islamist groups', AIH, '2023-07-31', 'ليل أمس', JPAC, 'reported', 'التوصل إلى وقف لإطلاق النار')
E('other', JPAC, 'Sidon', '2023-07-31', 'ليل أمس (same sentence)', JPAC, 'reported',
  'اجتماع عقدته في صيدا بحضور ممثلين عن حركة «أمل» و«حزب الله»')
E('other', None, AIH, '2023-08-01', 'حتى فجر اليوم', None, 'asserted', 'رشقات نارية متقطعة سمعت حتى فجر اليوم')
E('statement', 'Najib Mikati', None, None, None, None, 'asserted',
  'أدان رئيس حكومة تصريف الأعمال نجيب ميقاتي «استخدام الأراضي اللبنانية ساحة لتصفية الحسابات»')
E('other', None, AIH, None, 'منذ آذار الماضي — start of a period, not a date', None, 'asserted',
  'شهد منذ آذار الماضي اشتباكات متفرقة')
E('killing/casualties', None, AIH, None, None, None, 'asserted', 'أودت بحياة 3 أشخاص')
E('visit/inspection', 'Azzam al-Ahmad', 'Beirut', None, 'مطلع تموز — month only', None, 'asserted',
  'عزام الأحمد قد وصل إلى بيروت مطلع تموز')
E('statement', 'Palestinian sources', None, None, None, None, 'asserted',
  'قالت مصادر فلسطينية إنها هدفت إلى «ترتيب البيت الداخلي»')

N('11', 'people', 'killed (headline)', 'exact', '11 قتيلاً', 0)
N(None, 'families', 'displaced families (headline)', 'vague', 'مئات العائلات', 0)
N('4', 'people', 'escorts killed with al-Armoushi', 'exact', 'أربعة من مرافقيه')
N('11', 'people', 'killed in the clashes', 'exact', '11 قتيلاً', 1)
N('40', 'people', 'injured in the clashes', 'more than', 'أكثر من 40 جريحاً')
N('1', 'people', 'Lebanese soldier injured', 'exact', 'جندي')
N('1', 'people', 'Islamist targeted in the assassination attempt', 'exact', 'أحد عناصر')
N(None, 'families', 'families displaced to Sidon', 'vague', 'مئات العائلات', 1)
N('2000', 'people', 'displaced people (UNRWA)', 'approx', 'نحو 2000 شخص')
N('2', 'schools', 'UNRWA schools damaged', 'exact', 'مدرستين')
N('5', 'people', "Umm Khaled's children", 'exact', 'خمسة أولاد')
N('50000', 'people', 'refugees living in the camp', 'more than', 'أكثر من 50 ألف لاجئ')
N('1', 'square kilometres', 'area of the camp', 'approx', 'تقارب كيلومترا مربعا واحدا')
N('3', 'people', 'killed in clashes since March', 'exact', '3 أشخاص')

D('الأحد الماضي', '2023-07-30', 'relative')
D('السبت', '2023-07-29', 'weekday')
D('الأحد', '2023-07-30', 'weekday', 1)
D('أمس', '2023-07-31', 'relative')
D('اليوم', '2023-08-01', 'relative')
D('آذار الماضي', '2023-03', 'absolute')
D('مطلع تموز', '2023-07', 'absolute')

A(HAMSH, 'بحسب', False, 'ارتفعت حصيلة الاشتباكات إلى 11 قتيلاً وأكثر من 40 جريحاً، بينهم مدنيون، فيما أصيب جندي في الجيش '
  'اللبناني بشظايا قذيفة سقطت على أحد المراكز العسكرية عند مدخل المخيم')
A(FATAH, 'اتهمت', False, 'عناصر من «جند الشام» و«الشباب المسلم» بتنفيذ الاغتيال')
A(ISL, 'نفت', False, 'أي علاقة لها بالعملية')
A(UNRWA, 'قدرت', False, 'عدد النازحين بنحو 2000 شخص')
A(UNRWA, 'معلنة', False, 'تعليق خدماتها في المخيم بعد تضرر مدرستين تابعتين لها')
A(UMMK, 'قالت', True, 'طلعنا بالتياب اللي علينا، القذايف عم تنزل عالبيوت والولاد عم يصرخوا، وما حدا سائل فينا')
A(NNA, 'نقلت', False, 'الجيش اللبناني عزز انتشاره حول المخيم وأغلق الطريق المحاذي له، كما أقفلت مدارس ومؤسسات في صيدا '
  'أبوابها')
A(JPAC, 'أعلنت', False, 'التوصل إلى وقف لإطلاق النار بعد اجتماع عقدته في صيدا بحضور ممثلين عن حركة «أمل» و«حزب الله»')
A('Palestinian sources', 'قالت', False, 'إنها هدفت إلى «ترتيب البيت الداخلي»')

ENT('عين الحلوة', 'LOC', 'Ain al-Hilweh')
ENT('العرموشي', 'PER', ARM)
ENT('صيدا', 'LOC', 'Sidon')
ENT('الأخبار', 'ORG', 'Al-Akhbar (Lebanon)')
ENT('فتح', 'ORG', FATAH)
ENT('قوات الأمن الوطني الفلسطيني', 'ORG', 'Palestinian National Security Forces')
ENT('أبو أشرف العرموشي', 'PER', ARM)
ENT('مستشفى الهمشري', 'LOC', 'Hamshari Hospital')
ENT('الجيش اللبناني', 'ORG', LAF)
ENT('الطوارئ', 'LOC', 'Al-Tawari (Ain al-Hilweh)')
ENT('البركسات', 'LOC', 'Al-Barksat (Ain al-Hilweh)')
ENT('جبل الحليب', 'LOC', 'Jabal al-Halib (Ain al-Hilweh)')
ENT('جند الشام', 'ORG', 'Jund al-Sham')
ENT('الشباب المسلم', 'ORG', 'Al-Shabab al-Muslim')
ENT('الأونروا', 'ORG', UNRWA)
ENT('أم خالد', 'PER', 'Umm Khaled')
ENT('مسجد الموصلي', 'LOC', 'Al-Mousalli Mosque (Sidon)')
ENT('الوكالة الوطنية للإعلام', 'ORG', 'National News Agency (Lebanon)')
ENT('هيئة العمل الفلسطيني المشترك', 'ORG', JPAC)
ENT('لبنان', 'LOC', 'Lebanon')
ENT('أمل', 'ORG', 'Amal Movement')
ENT('حزب الله', 'ORG', 'Hezbollah')
ENT('نجيب ميقاتي', 'PER', 'Najib Mikati')
ENT('الجيش', 'ORG', LAF)
ENT('عزام الأحمد', 'PER', 'Azzam al-Ahmad')
ENT('بيروت', 'LOC', 'Beirut')

F('the Islamist groups (wording: extremist)', 'مجموعات إسلامية متشددة')
F('the killers of al-Armoushi (Fatah wording)', 'القتلة')
F('the displaced', 'النازحين')
F('the clashes (Mikati wording: settling scores)', 'تصفية الحسابات')
F('the ceasefire (fragile)', 'هشّ')
finish_article('h05')

# ---------------------------------------------------------------------------------------------- h06
FN = 'e06_sanaa_stampede.txt'
article('h06', FN, outlet('المصدر أونلاين', 'Al-Masdar Online', 'almasdaronline.com'), '2023-04-20',
        basis('2023-04-20', FN, 'Consistent with the text: the stampede "مساء أمس الأربعاء" = 2023-04-19 = "ليلة 28 رمضان '
              '1444هـ" (Umm al-Qura: 1 Ramadan 1444 = 2023-03-23), as the real Bab al-Yemen stampede; al-Mashat\'s '
              'announcement "فجر اليوم" and the families\' gathering "صباح اليوم" = 2023-04-20 (Thursday).'),
        'فاجعة باب اليمن.. 78 قتيلا في تدافع خلال توزيع مساعدات نقدية بصنعاء والحوثيون يعتقلون منظميها')
BAB = 'Maeen School, Bab al-Yemen (Sanaa)'
HOU = 'Houthis'
WIT = 'eyewitnesses (speaking to Al-Masdar Online)'
HARAZI = 'Abdullah al-Harazi (survivor, day labourer)'
HMOI = 'Houthi Ministry of Interior (Sanaa)'
MARWANI = 'Mutahar al-Marwani (head of the Houthi-run Sanaa health office)'
MASHAT = 'Mahdi al-Mashat'
ERYANI = 'Muammar al-Eryani'
WED = 'مساء أمس الأربعاء (same sentence)'
TODAY6 = 'فجر اليوم (same sentence)'
E('killing/casualties', None, BAB, None, None, None, 'asserted', '78 قتيلا')
E('other', None, 'Sanaa', None, None, None, 'asserted', 'تدافع خلال توزيع مساعدات نقدية بصنعاء')
E('other', HOU, 'Sanaa', None, None, None, 'asserted', 'الحوثيون يعتقلون منظميها')
E('killing/casualties', None, BAB, '2023-04-19', 'مساء أمس الأربعاء', None, 'asserted',
  'قتل 78 شخصا على الأقل وأصيب 73 آخرون')
E('other', None, BAB, '2023-04-19', WED, None, 'asserted',
  'تدافع خلال توزيع مساعدات نقدية في مدرسة معين بمنطقة باب اليمن وسط العاصمة صنعاء')
E('other', None, BAB, None, 'منذ ساعات العصر (vague)', WIT, 'reported',
  'مئات الفقراء احتشدوا منذ ساعات العصر أمام بوابة المدرسة')
E('other', HOU, BAB, None, None, WIT, 'reported', 'مسلحين حوثيين أطلقوا النار في الهواء لتفريق الحشود')
E('explosion', None, BAB, None, None, WIT, 'reported', 'أصابت رصاصة سلكا كهربائيا وانفجر')
E('explosion', None, BAB, None, None, HARAZI, 'reported', 'سمعنا رصاص وانفجار')
E('other', None, BAB, None, None, HARAZI, 'reported', 'الناس طاحت فوق بعضها ومحد قدر يقوم')
E('killing/casualties', None, BAB, None, None, HARAZI, 'reported', 'شفت ناس ماتوا قدامي')
E('other', 'traders', BAB, None, None, HMOI, 'reported',
  'التجار قاموا بتوزيع المبالغ «بشكل عشوائي ودون تنسيق مع الجهات المختصة»')
E('other', HMOI, 'Sanaa', None, None, HMOI, 'reported', 'القبض على ثلاثة من المنظمين وإحالتهم إلى النيابة')
E('other', None, 'Al-Thawra Hospital and Kuwait Hospital (Sanaa)', None, None, MARWANI, 'reported',
  'المصابين نقلوا إلى مستشفى الثورة ومستشفى الكويت')
E('other', MASHAT, 'Sanaa', '2023-04-20', 'فجر اليوم', MASHAT, 'reported', 'تشكيل لجنة للتحقيق في الحادثة')
E('other', MASHAT, 'Sanaa', '2023-04-20', TODAY6, MASHAT, 'reported',
  'صرف مليوني ريال لأسرة كل متوفى و100 ألف ريال لكل مصاب')
E('accusation', ERYANI, None, None, None, None, 'asserted',
  'حمّل وزير الإعلام في الحكومة المعترف بها دوليا معمر الإرياني الجماعة المسؤولية الكاملة')
E('accusation', ERYANI, None, None, None, None, 'asserted',
  'متهما إياها بـ«إفقار اليمنيين ونهب رواتبهم منذ ثماني سنوات، ثم قتلهم بالرصاص وهم ينتظرون الصدقات»')
E('other', HOU, BAB, None, None, None, 'asserted', 'فرض مسلحون حوثيون طوقا أمنيا حول المدرسة')
E('other', HOU, BAB, None, None, None, 'asserted', 'منعوا الصحافيين من الاقتراب من الموقع')
E('other', "victims' relatives", 'Al-Thawra Hospital (Sanaa)', '2023-04-20', 'صباح اليوم', None, 'asserted',
  'تجمع العشرات من ذوي الضحايا أمام مستشفى الثورة صباح اليوم')

N('78', 'people', 'killed in the stampede (headline)', 'exact', '78 قتيلا')
N('78', 'people', 'killed in the stampede', 'at least', '78 شخصا على الأقل')
N('73', 'people', 'injured in the stampede', 'exact', '73 آخرون')
N(None, 'people', 'poor people gathered at the school gate', 'vague', 'مئات الفقراء')
N('5000', 'Yemeni rials', 'cash handed to each person', 'exact', '5 آلاف ريال')
N('9', 'US dollars', 'dollar value of the handout', 'approx', 'نحو 9 دولارات')
N('3', 'people', 'organisers arrested', 'exact', 'ثلاثة من المنظمين')
N('13', 'people', 'injured in critical condition', 'exact', '13 منهم')
N('2000000', 'Yemeni rials', 'payment per family of each dead person', 'exact', 'مليوني ريال')
N('100000', 'Yemeni rials', 'payment per injured person', 'exact', '100 ألف ريال')
N('8', 'years', 'period of Houthi impoverishment and unpaid salaries (al-Eryani)', 'exact', 'ثماني سنوات')
N(None, 'people', "victims' relatives gathered at Al-Thawra Hospital", 'vague', 'العشرات')
N('21000000', 'people', 'Yemenis in need of humanitarian aid (UN)', 'more than', 'أكثر من 21 مليون يمني')
N(None, 'people', 'poor people crowding zakat distributions', 'vague', 'الآلاف')

D('أمس', '2023-04-19', 'relative')
D('الأربعاء', '2023-04-19', 'weekday')
D('منذ سنوات', None, 'vague')
D('منذ ساعات العصر', None, 'vague')
D('اليوم', '2023-04-20', 'relative', 1)
D('منذ ثماني سنوات', None, 'vague')
D('اليوم', '2023-04-20', 'relative', 2)
D('منذ عام 2016', None, 'vague')
D('28 رمضان 1444', '2023-04-19', 'absolute')
D('الأيام الأخيرة من الشهر', None, 'vague')

A(WIT, 'أفاد', False, 'مئات الفقراء احتشدوا منذ ساعات العصر أمام بوابة المدرسة للحصول على مبلغ 5 آلاف ريال (نحو 9 '
  'دولارات) يوزعه أحد التجار بمناسبة اقتراب عيد الفطر، وأن مسلحين حوثيين أطلقوا النار في الهواء لتفريق الحشود، فأصابت '
  'رصاصة سلكا كهربائيا وانفجر، ما أثار حالة من الذعر والتدافع')
A(HARAZI, 'قال', True, 'كنا مزحومين عند الباب، وفجأة سمعنا رصاص وانفجار، الناس طاحت فوق بعضها ومحد قدر يقوم، أنا شفت ناس '
  'ماتوا قدامي')
A(HMOI, 'قالت', False, 'التجار قاموا بتوزيع المبالغ «بشكل عشوائي ودون تنسيق مع الجهات المختصة»')
A(HMOI, 'معلنة', False, 'القبض على ثلاثة من المنظمين وإحالتهم إلى النيابة')
A(MARWANI, 'أعلن', False, 'المصابين نقلوا إلى مستشفى الثورة ومستشفى الكويت، وأن 13 منهم في حالة حرجة')
A(MASHAT, 'أعلن', False, 'تشكيل لجنة للتحقيق في الحادثة، وصرف مليوني ريال لأسرة كل متوفى و100 ألف ريال لكل مصاب')
A(ERYANI, 'متهما', False, 'إياها بـ«إفقار اليمنيين ونهب رواتبهم منذ ثماني سنوات، ثم قتلهم بالرصاص وهم ينتظرون الصدقات»')
A('United Nations', 'وفق', False, 'يحتاج أكثر من 21 مليون يمني، أي ما يقارب ثلثي السكان، إلى المساعدات الإنسانية')

ENT('باب اليمن', 'LOC', 'Bab al-Yemen')
ENT('صنعاء', 'LOC', 'Sanaa')
ENT('الحوثيون', 'ORG', HOU)
ENT('المصدر أونلاين', 'ORG', 'Al-Masdar Online')
ENT('مدرسة معين', 'LOC', 'Maeen School (Sanaa)')
ENT('الحوثي', 'ORG', HOU)
ENT('عيد الفطر', 'MISC', 'Eid al-Fitr')
ENT('عبدالله الحرازي', 'PER', 'Abdullah al-Harazi')
ENT('وزارة الداخلية', 'ORG', HMOI)
ENT('الحوثيين', 'ORG', HOU)
ENT('مكتب الصحة', 'ORG', 'Sanaa Health Office (Houthi-run)')
ENT('للحوثيين', 'ORG', HOU)
ENT('مطهر المرواني', 'PER', 'Mutahar al-Marwani')
ENT('مستشفى الثورة', 'LOC', 'Al-Thawra Hospital (Sanaa)')
ENT('مستشفى الكويت', 'LOC', 'Kuwait Hospital (Sanaa)')
ENT('المجلس السياسي الأعلى', 'ORG', 'Supreme Political Council')
ENT('مهدي المشاط', 'PER', MASHAT)
ENT('معمر الإرياني', 'PER', ERYANI)
ENT('الجماعة', 'ORG', HOU)
ENT('الأمم المتحدة', 'ORG', 'United Nations')

F('the stampede (tragedy)', 'فاجعة')
F('the poor', 'الفقراء')
F('the handout (al-Eryani wording: alms)', 'الصدقات')
F('the distribution (Houthi wording: random)', 'عشوائي')
F('the victims', 'الضحايا')
finish_article('h06')

UNCERTAIN = [
    'BLIND set: the texts were newly written for this set (realistic, not copied from any article) and annotated by '
    'hand by an annotator who had not read the extractor code or its data files (generator/), had not run the '
    'extractors or "briefing eval" on them while writing or annotating, and had read of the other gold sets only '
    'heldout11-13\'s builders and conventions notes, heldout14/15\'s date conventions notes and the titles of sets '
    '1-15. Broad facts follow real events (the Mangaf building fire of 12 Jun 2024; the shooting at the Imam Ali '
    'mosque in Wadi Al Kabir, Muscat, of 15 Jul 2024; the Allenby/King Hussein Bridge shooting of 8 Sep 2024; the '
    'rocket on the Majdal Shams football pitch of 27 Jul 2024; the Ain al-Hilweh clashes after the killing of Abu '
    'Ashraf al-Armoushi on 30 Jul 2023; the Bab al-Yemen stampede in Sanaa of 19 Apr 2023), but figures, minor '
    'details and all quotes are written for the set. Two topics of the brief\'s list (Wad al-Noura, the Deir '
    'ez-Zor tribal clashes) were already used by earlier sets, so Ain al-Hilweh and the Sanaa stampede replace '
    'them. Minor people are invented (Mohammed al-Rashidi, Abu Fahd, Salim bin Khamis al-Balushi, Salem al-Jazi, '
    'Wael Abu Saleh, Umm Khaled, Abdullah al-Harazi, Mutahar al-Marwani as quoted); romanisations of minor names are '
    'the annotator\'s own.',
    'Article keys are h01..h06 (the shared validator expects them); files are e01..e06. Rows are sorted by position.',
    'Dialect: h01 (Kuwaiti), h02 (Omani), h03 (Jordanian), h04 (Levantine/Golan), h05 (Palestinian-Lebanese) and h06 '
    '(Sanaani) quote colloquial speech; events inside those quotes are annotated like other reported events (شفنا '
    'العمال يطيحون من الدرايش؛ سمعنا طلقات وايد؛ الشرطة مسكرة الطرق؛ طلعنا بالتياب اللي علينا؛ القذايف عم تنزل '
    'عالبيوت؛ سمعنا رصاص وانفجار؛ الناس طاحت فوق بعضها؛ شفت ناس ماتوا قدامي); habitual or background clauses in '
    'quotes are not events (كان يطلع الصبح عالجسر؛ كانوا عم يلعبوا طابة). Time-of-day words inside dialect quotes '
    '(الصبح، عالمسا، بعدين) and "متل كل يوم" are not dates.',
    'Dates follow heldout13-15: part-of-day words (فجر، صباح، مساء، ظهر، ليل، ليلة) and "منذ"/"حتى"/"في" before a day '
    'or month stay outside; "اليوم/أمس + weekday" is two dates; "ليل السبت - الأحد" (h05) is two weekday dates and '
    'dates the start of the clashes to the Saturday; Hijri dates are absolute days without هـ (9 محرم 1446 = '
    '2024-07-15, 28 رمضان 1444 = 2023-04-19, Umm al-Qura); Levantine month names (7 تشرين الأول 2023 = day, آذار '
    'الماضي and مطلع تموز = months); "أكتوبر الماضي" (h04, July 2024) = 2023-10. Year-only expressions are vague (عام '
    '1967، منذ عام 2016). Vague: منذ عقود، خلال العقدين الماضيين (also a number)، حتى إشعار آخر، منذ سنوات، منذ ساعات '
    'العصر (like heldout12\'s منذ ساعات الصباح الأولى)، منذ ثماني سنوات (also a number)، الأيام الأخيرة من الشهر. Not '
    'dates: clock times (عند الساعة الرابعة و32 دقيقة فجرا، عند الساعة العاشرة والربع مساء)، durations (خلال نحو '
    'ساعة، بعد نحو 12 ساعة من الإغلاق — numbers only)، event-anchored phrases (لحظة اندلاع الحريق، إلى حين انتهاء '
    'التحقيقات، بعد ساعات من إعلان، منذ بدء المواجهات، لحظة الهجوم)، the ordinal "لليوم الثالث على التوالي"، "يوميا"، '
    'the adjective "اليومي" and "بيان لاحق". Religious occasions named without a date (عاشوراء، عيد الفطر) are MISC '
    'entities, not dates.',
    'Event dates: a day dates the event of its own clause and of the clauses that share its sentence (noted "same '
    'sentence"); events in the following sentences stay undated (the fire chief\'s account in h01, the IDF account '
    'in h03, the casualty breakdowns). Exceptions where the cue plainly dates something else: "اليوم الخميس" (h01) '
    'dates the Indian minister\'s arrival, not Modi\'s decision; the second police statement "أمس الثلاثاء" (h02) '
    'dates the statement, the ongoing investigation is undated; "7 تشرين الأول 2023" (h03) dates the start of the '
    'war, not the Gaza toll; the spread of the clashes after al-Armoushi\'s killing (h05) is undated. Announcements '
    'date their content (al-Mashat\'s committee and payments "فجر اليوم", as heldout13 dated a capture by its '
    'announcement day). Month-only and year-only expressions never date an event (عزام الأحمد ... مطلع تموز).',
    'Numbers follow heldout11-13: ranges are two rows (بين 10 و16 عاما -> ages 10 and 16 years; ما بين 300 و400 '
    'شاحنة -> vehicles); singular and dual victims are rows (سائق أردني in the headline toll، أحد أفراد الشرطة، مواطن '
    'هندي، جندي، أحد عناصر [the target of the assassination attempt]، مدرستين), the perpetrator "سائق شاحنة أردني" is '
    'not; back-references are not rows (الشرطي، القتلى الثلاثة), but "المهاجمين الثلاثة" is counted in the headline and '
    'again at its first body mention. Durations are rows (نحو ساعة، نحو 12 ساعة، أكثر من 6 ساعات، ثماني سنوات، '
    'العقدين). Money rows keep the currency as unit (Indian rupees، Yemeni rials، US dollars); "مليوني ريال" = 2000000. '
    '"نحو 30 في المئة" is percent/approx; "تقارب كيلومترا مربعا واحدا" is 1 square kilometre/approx. Vague rows only '
    'for people and families (عددا من العمال، المئات، آلاف، مئات الفقراء، العشرات، الآلاف، مئات العائلات), not for '
    'trucks (مئات الشاحنات). Not numbers: proportions (ثلثي السكان، معظمهم), ordinals (بيان ثان، الأول من نوعه، '
    'لليوم الثالث), "فلق 1" (a name), per-person rates (لأسرة كل متوفى، لكل مصاب), clock times, years.',
    'Entities follow heldout11-13: classifiers outside (منطقة، محافظة، ولاية، بلدة، قرية، بلدات، مخيم، أحياء، عشيرة، '
    'جماعة، تنظيم، حركة، وكالة before رويترز/أعماق/الأونروا، هضبة، مستشفيات); facility and body names kept whole (مسجد '
    'الإمام علي، مستشفى خولة، المستشفى السلطاني، مسجد الموصلي، مستشفى الهمشري، مدرسة معين، جسر الملك حسين، قوة الإطفاء '
    'العام، بلدية الكويت، شرطة عُمان السلطانية، الأمانة العامة لمجلس التعاون لدول الخليج العربية، سلطة المطارات '
    'الإسرائيلية، المجلس الوزاري المصغر للشؤون الأمنية، قوات الأمن الوطني الفلسطيني، هيئة العمل الفلسطيني المشترك '
    '[followed by the separate LOC لبنان]، الوكالة الوطنية للإعلام، المجلس السياسي الأعلى). In h01 the hospitals are '
    'named by their place names after "مستشفيات" (العدان، الفروانية، مبارك الكبير = hospitals) and the fire stations '
    '"مراكز المنقف والفحيحيل والأحمدي" are place mentions. "عُمان" alone is the outlet (Oman Daily) and "سلطنة عُمان" '
    'the country. Nationality adjectives after a ministry are left out (وزارة الخارجية الباكستانية -> وزارة الخارجية) '
    'but "السفارة الهندية" and "الحكومة اللبنانية" are listed whole as names of those bodies; "القوات الإسرائيلية" is '
    'the IDF. Fused ل+article tokens are their own surfaces (للجازي، للحزب، للحوثيين). Names inside titles are listed '
    '(مجلس الوزراء، الجيش الإسرائيلي، حزب الله، مكتب الصحة، قوة الإطفاء العام) and so is the headline metonym "الداخلية" '
    '(h01), whose every token occurrence (including "وزير الداخلية") is the ministry. Short forms listed: الرشيدي، '
    'الشرطة، الوزارة، ماهر، الحزب، الجيش، الجماعة، كونا، اللنبي، فلق. Tribes are ORG (الحويطات). Not entities: generic '
    'references (الحكومة، السلطات، المستشفى، المخيم، المدرسة، دول المجلس، الطائفة الدرزية، مسلحين حوثيين، النيابة), '
    'nationality adjectives, "رمضان" inside a date.',
    'Attribution spans follow heldout11-13: the complement after أن/إن/بأن (fused pronouns kept: أنه، أنها، إنها، إنهم); '
    'inside the quotation marks when the whole complement is quoted; mixed quotes direct_quote false; markers (بحسب، '
    'وفق) span the clause they qualify. "وصفته/وصفه ... بأنه «...»" is an attribution (span from أنه, direct false, as '
    'heldout13\'s وصفه) and a statement event. The headline colon "شرطة عُمان السلطانية:" (h02) is an attribution with '
    'verb null. Announcements and estimates of a nominal (أعلنت ... انتهاء، أعلنت ... إغلاق الجسر، أعلنت ... التوصل '
    'إلى وقف لإطلاق النار، قدرت ... عدد النازحين، معلنة تعليق، معلنة القبض، أعلن ... تشكيل لجنة، إعلان الحزب '
    'استهداف) are attributions of that nominal and the content events are reported. Finite "أكد «...»" with a quoted '
    'nominal, "دعت إلى «...»" and "حذر من «...»" are attributions (direct) and statements; "أدان ... «...»" and '
    '"أعربت عن إدانتها «...»" are statements without attribution; participial calls and demands (مطالبة، داعيا) are '
    'neither. "اتهم ... بالوقوف وراء" and "متهما إياها بـ" are accusations and attributions (span: object + charge); '
    '"حمّل ... المسؤولية" is an accusation without attribution. Relays are "X (via Y)" (the Indian embassy via KUNA, '
    'Islamic State via Amaq, security sources via the National News Agency, a US official via Reuters). "يقدر فيه '
    'مختصون" and "بحسب أرقام رسمية" are attributions to unnamed specialists / official figures.',
    'Event typing: accidental fire, rescue, fire-fighting, hospital transfers, orders and investigations, arrests, '
    'closures of crossings and roads, cordons, inspections, compensation, funerals, mourning gatherings, the stampede, '
    'gatherings, a ceasefire, meetings, clashes with both sides named and gunfire heard are "other"; the shootings '
    'by gunmen (Wadi Al Kabir, Allenby Bridge) and the assassination attempt are advance/offensive (as heldout7/9 '
    'typed the Wad al-Noura and JNIM attacks); the rocket on Majdal Shams, Hezbollah\'s claimed rocket fire, shells '
    'falling on houses and an army post and the Israeli air raids are airstrike/shelling; deaths and injuries '
    '(including the casualty breakdowns by nationality and the assassination of al-Armoushi) are killing/casualties; '
    'the electric wire exploding is "explosion"; flight from the camp and taking refuge are displacement; claims of '
    'responsibility, threats, denials, condemnations and identifications of attackers are statements. Headlines carry '
    'their own rows; nominal back-references (مقتل العرموشي inside the clause on the spread, الحادث, التدافع in "ما أثار '
    'حالة من الذعر والتدافع") are not rows.',
]

description = {
    'summary': 'Sixteenth gold set (BLIND: never tuned on; nobody reads its misses): six Arabic news articles written '
               'for this set in the style of real outlets of six countries (Al-Rai, Kuwait, on the Mangaf building '
               'fire with a Kuwaiti colloquial quote; Oman Daily on the shooting at the Wadi Al Kabir mosque, with a '
               'Hijri date and an Omani quote; Al-Ghad, Jordan, on the Allenby/King Hussein Bridge shooting, with '
               'Levantine month names and a Jordanian quote; Al-Arabiya on the rocket on the Majdal Shams football '
               'pitch, with a Reuters relay; Al-Akhbar, Lebanon, on the Ain al-Hilweh clashes after the killing of Abu '
               'Ashraf al-Armoushi, with Levantine months and a Palestinian-Lebanese quote; Al-Masdar Online, Yemen, '
               'on the Bab al-Yemen stampede in Sanaa, with a Hijri date and a Sanaani quote), annotated by hand '
               'without looking at the extractors. Same format and conventions as ../shared/dev-set/seeds_gold.json '
               'and tests/heldout9-13. "file" is relative to tests/. Offsets are Python str indices into '
               'open(path, encoding="utf-8").read().',
    'uncertain_points': UNCERTAIN,
    'files': FILES,
    'counts': _GOLD.counts(),
}

if __name__ == '__main__':
    write_set(_GOLD, HERE, description)
