#!/usr/bin/env python3
"""Build heldout10_gold.json from the hand annotations below (tuning set 10: v01..v06).

Spans are (surface, occurrence index), located by search; the helpers and their conventions are
tests/heldout_tools/annotate.py.
Run: python3 tests/heldout10/build_gold.py  (writes heldout10_gold.json next to this file)
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(TESTS, 'heldout_tools'))  # annotate.py, common.py
from annotate import FILES, Gold, write_set  # noqa: E402

_GOLD = Gold('heldout10')
ARTICLES = _GOLD.articles   # key -> dict
article, finish_article = _GOLD.article, _GOLD.finish_article
E, N, A, D, ENT, F = _GOLD.E, _GOLD.N, _GOLD.A, _GOLD.D, _GOLD.ENT, _GOLD.F


# ---------------------------------------------------------------------------------------------- h01
article('h01', 'v01_omdurman_airstrike.txt',
        {'name_ar': 'الجزيرة نت', 'name_en': 'Al Jazeera', 'domain': 'aljazeera.net'},
        '2023-07-09',
        'Written for this set; publication date 2023-07-09 (Sunday) set by the author and recorded in '
        'v01_omdurman_airstrike.yml. Consistent with the text: the Dar es Salaam strike "أمس السبت" = 2023-07-08, '
        'the clashes "صباح اليوم الأحد" = 2023-07-09, the RSF claim "قبل يومين" = 2023-07-07, the war began "منتصف '
        'أبريل/نيسان الماضي" (15 April 2023). Source line "المصدر: الجزيرة + وكالات". High confidence (by construction).',
        'السودان.. 22 قتيلا بغارة جوية على أم درمان والدعم السريع يتهم الجيش بارتكاب "مجزرة"')
SAF = 'Sudanese Armed Forces'
RSF = 'Rapid Support Forces'
UNK_AIR = 'unidentified aircraft'
MOH_SD = 'Sudanese Ministry of Health'
DS = 'Dar es Salaam, Ombada (western Omdurman)'
VIDEO = 'video footage circulated by activists'
EZZAT = 'Youssef Ezzat (RSF political adviser) (via Reuters)'
NABIL = 'Nabil Abdallah (Sudanese army spokesman)'
BURHAN = 'Abdel Fattah al-Burhan'
ADAM = 'Mohamed Adam (Dar es Salaam resident)'
OMBRC = 'Ombada Resistance Committee'
SDU = "Sudan Doctors' Union"
WIT_SD = 'eyewitnesses'
RES_OBEID = 'residents (of El Obeid)'
IOM = 'International Organization for Migration'
GUT = 'António Guterres (UN Secretary-General)'
SAF_RSF = 'Sudanese Armed Forces and Rapid Support Forces'
E('killing/casualties', UNK_AIR, 'Omdurman', None, None, None, 'asserted', '22 قتيلا', 0)
E('airstrike/shelling', UNK_AIR, 'Omdurman', None, None, None, 'asserted', 'غارة جوية على أم درمان')
E('accusation', RSF, 'Omdurman', None, None, None, 'asserted', 'الدعم السريع يتهم الجيش بارتكاب "مجزرة"')
E('killing/casualties', UNK_AIR, DS, '2023-07-08', 'أمس السبت', None, 'asserted',
  'قُتل 22 شخصا على الأقل، بينهم ثلاثة أطفال وامرأتان، وأصيب العشرات')
E('airstrike/shelling', UNK_AIR, DS, '2023-07-08', 'أمس السبت (same sentence)', None, 'asserted',
  'غارة جوية استهدفت حي دار السلام بمنطقة أمبدة غربي مدينة أم درمان')
E('other', SAF_RSF, 'Sudan', None, 'منتصف أبريل/نيسان الماضي — mid-April 2023, month only', None, 'asserted',
  'اندلاع القتال بين الجيش السوداني وقوات الدعم السريع منتصف أبريل/نيسان الماضي')
E('killing/casualties', UNK_AIR, DS, None, None, MOH_SD, 'reported', 'أسفرت عن سقوط 22 قتيلا وعدد كبير من الجرحى')
E('killing/casualties', UNK_AIR, DS, None, None, VIDEO, 'reported',
  'جثثا ملفوفة بأغطية على جانب أحد الشوارع الترابية في الحي')
E('accusation', RSF, DS, None, None, None, 'asserted',
  'اتهمت قوات الدعم السريع -في بيان نشرته على منصة إكس- الجيش بارتكاب "مجزرة بشعة" بحق المدنيين العزل')
E('airstrike/shelling', SAF, DS, None, None, RSF, 'reported', 'طيران "فلول النظام البائد" قصف الحي "بشكل عشوائي"')
E('statement', RSF, None, None, None, None, 'asserted', 'مؤكدة أنها "ستواصل حماية المواطنين والدفاع عنهم"')
E('airstrike/shelling', SAF, 'residential neighbourhoods (Omdurman)', None, None, EZZAT, 'reported',
  'لجأ إلى قصف الأحياء السكنية من الجو')
E('statement', SAF, None, None, None, None, 'asserted', 'نفى الجيش استهداف المدنيين')
E('airstrike/shelling', SAF, None, None, None, NABIL, 'reported', 'تضرب تجمعات المتمردين وخطوط إمدادهم')
E('accusation', NABIL, None, None, None, None, 'asserted',
  'متهما قوات الدعم السريع بالتحصن داخل منازل المواطنين واتخاذهم دروعا بشرية')
E('statement', BURHAN, None, None, 'الشهر الماضي — month only (June 2023)', None, 'asserted',
  'قائد الجيش رئيس مجلس السيادة الفريق أول عبد الفتاح البرهان قد تعهد، في كلمة أمام جنوده بقاعدة وادي سيدنا العسكرية '
  'شمالي أم درمان الشهر الماضي، بـ"القتال حتى النصر"')
E('statement', BURHAN, None, None, None, None, 'asserted', 'مؤكدا أنه لن يقبل أي تسوية "تعيد التمرد إلى المشهد"')
E('airstrike/shelling', UNK_AIR, DS, None, 'قرابة العاشرة صباحا — a clock time only (the Saturday of the lead)', ADAM,
  'reported', 'الغارة وقعت قرابة العاشرة صباحا')
E('airstrike/shelling', UNK_AIR, DS, None, None, ADAM, 'reported', 'الطيارة ضربت الحلة')
E('other', 'residents of Dar es Salaam', 'Al-Nao Hospital (Omdurman)', None, None, ADAM, 'reported',
  'شلناهم في الكارو لحدي مستشفى النو')
E('killing/casualties', UNK_AIR, 'Al-Nao Hospital (Omdurman)', None, 'خلال ساعات — "within hours", vague', OMBRC,
  'reported', 'مستشفى النو استقبل أكثر من 60 مصابا خلال ساعات')
E('statement', OMBRC, None, None, None, None, 'asserted', 'مشيرة إلى نقص حاد في أكياس الدم والمحاليل الوريدية')
E('killing/casualties', None, 'Sudan', None, None, SDU, 'reported',
  'حصيلة القتلى المدنيين منذ بدء المواجهات ارتفعت إلى 1136 قتيلا، إضافة إلى أكثر من 11 ألف جريح')
E('statement', SDU, None, None, None, None, 'asserted',
  'مرجحة أن تكون الأعداد الحقيقية "أعلى بكثير" لأن كثيرا من الجثث ما زالت ملقاة في الشوارع')
E('other', None, 'fighting areas (Sudan)', None, None, SDU, 'reported',
  '67% من المستشفيات في مناطق القتال خرجت عن الخدمة')
E('other', None, 'Corps of Engineers area, southern Omdurman', '2023-07-09', 'صباح اليوم الأحد', WIT_SD, 'reported',
  'اشتباكات عنيفة بالأسلحة الثقيلة اندلعت صباح اليوم الأحد في محيط سلاح المهندسين جنوبي أم درمان')
E('other', None, 'southern Omdurman', '2023-07-09', 'صباح اليوم الأحد (same sentence)', WIT_SD, 'reported',
  'تحليق للطيران الحربي')
E('airstrike/shelling', None, 'Al-Shajara and Al-Kalakla (southern Khartoum)', '2023-07-09',
  'صباح اليوم الأحد (same sentence)', None, 'asserted',
  'سُمع دوي قصف مدفعي متقطع في منطقتي الشجرة والكلاكلة جنوبي الخرطوم')
E('advance/offensive', RSF, 'Armoured Corps headquarters, Al-Shajara (Khartoum)', None,
  'منذ أسابيع — duration ("for weeks"), vague', None, 'asserted',
  'تحاول قوات الدعم السريع منذ أسابيع اقتحام مقر سلاح المدرعات')
E('other', RSF, 'Omdurman', None, 'قبل يومين dates the announcement (2023-07-07), not the downing', RSF, 'reported',
  'أسقطت طائرة حربية من طراز "ميغ" في سماء أم درمان')
E('encirclement', RSF, 'El Obeid (North Kordofan)', None, 'منذ أسابيع — duration ("for weeks"), vague', RES_OBEID,
  'reported', 'تفرض هذه القوات منذ أسابيع حصارا على مدينة الأبيض')
E('displacement', None, 'Sudan', None, None, None, 'asserted', 'نزوح متصاعد')
E('displacement', None, 'Sudan', None, 'منذ 15 أبريل/نيسان الماضي — cumulative since 2023-04-15, no single date', IOM,
  'reported', 'عدد النازحين داخل السودان منذ 15 أبريل/نيسان الماضي تجاوز 2.2 مليون شخص')
E('displacement', None, 'from Sudan to Egypt, Chad and South Sudan', None, None, IOM, 'reported',
  'نحو 700 ألف آخرين فروا إلى دول الجوار، لا سيما مصر وتشاد وجنوب السودان')
E('statement', IOM, None, None, None, None, 'asserted', 'موضحة أن ولاية الخرطوم وحدها مصدر نحو 70% من النازحين داخليا')
E('statement', GUT, None, None, None, None, 'asserted',
  'حذر الأمين العام للأمم المتحدة أنطونيو غوتيريش، في بيان تلاه المتحدث باسمه، من أن السودان "على حافة حرب أهلية شاملة '
  'قد تزعزع استقرار المنطقة بأسرها"')
E('other', 'Saudi Arabia and the United States', 'Jeddah', None,
  'أواخر يونيو/حزيران الماضي — late June 2023, month only', None, 'asserted',
  'المفاوضات التي ترعاها السعودية والولايات المتحدة في مدينة جدة قد عُلّقت أواخر يونيو/حزيران الماضي')
E('accusation', SAF_RSF, None, None, None, None, 'asserted', 'تبادل الطرفان الاتهامات بخرق سلسلة من الهدن المؤقتة')

N('22', 'people', 'people killed in the Omdurman air strike (headline)', 'exact', '22 قتيلا', 0)
N('22', 'people', 'people killed in the Dar es Salaam air strike', 'at least', '22 شخصا على الأقل')
N('3', 'people', 'children among the dead', 'exact', 'ثلاثة أطفال')
N('2', 'people', 'women among the dead', 'exact', 'امرأتان')
N(None, 'people', 'people wounded in the air strike', 'vague', 'العشرات')
N('22', 'people', 'people killed in the air strike (Ministry of Health)', 'exact', '22 قتيلا', 1)
N(None, 'people', 'people wounded in the air strike (Ministry of Health)', 'vague', 'عدد كبير من الجرحى')
N('60', 'people', 'wounded received at Al-Nao Hospital within hours', 'more than', 'أكثر من 60 مصابا')
N('1136', 'people', 'civilians killed since the fighting began (Doctors\' Union)', 'exact', '1136 قتيلا')
N('11000', 'people', 'people wounded since the fighting began (Doctors\' Union)', 'more than', 'أكثر من 11 ألف جريح')
N(None, 'people', 'bodies still lying in the streets', 'vague', 'كثيرا من الجثث')
N('67', 'percent', 'share of hospitals in the fighting areas out of service', 'exact', '67%')
N('1', 'aircraft', 'warplane the RSF says it shot down', 'exact', 'طائرة حربية')
N('2200000', 'people', 'people internally displaced since 15 April (IOM)', 'more than', '2.2 مليون شخص')
N('700000', 'people', 'people who fled to neighbouring countries (IOM)', 'approx', 'نحو 700 ألف آخرين')
N('70', 'percent', 'share of the internally displaced who come from Khartoum State', 'approx', 'نحو 70%')

D('أمس', '2023-07-08', 'relative')
D('السبت', '2023-07-08', 'weekday')
D('منتصف أبريل/نيسان الماضي', '2023-04', 'absolute')
D('الشهر الماضي', '2023-06', 'relative')
D('خلال ساعات', None, 'vague')
D('اليوم', '2023-07-09', 'relative')
D('الأحد', '2023-07-09', 'weekday')
D('منذ أسابيع', None, 'vague', 0)
D('قبل يومين', '2023-07-07', 'relative')
D('منذ أسابيع', None, 'vague', 1)
D('منذ 15 أبريل/نيسان الماضي', '2023-04-15', 'absolute')
D('أواخر يونيو/حزيران الماضي', '2023-06', 'absolute')

A(MOH_SD, 'قالت', False, 'الغارة "أسفرت عن سقوط 22 قتيلا وعدد كبير من الجرحى"')
A(VIDEO, 'أظهرت', False, 'جثثا ملفوفة بأغطية على جانب أحد الشوارع الترابية في الحي')
A(RSF, 'اتهمت', False, 'الجيش بارتكاب "مجزرة بشعة" بحق المدنيين العزل')
A(RSF, 'قالت', False, 'طيران "فلول النظام البائد" قصف الحي "بشكل عشوائي"')
A(RSF, 'مؤكدة', False, 'أنها "ستواصل حماية المواطنين والدفاع عنهم"')
A(EZZAT, 'نقلت', True, 'الجيش فشل في الميدان فلجأ إلى قصف الأحياء السكنية من الجو')
A(SAF, 'نفى', False, 'استهداف المدنيين')
A(NABIL, 'قال', False, 'القوات المسلحة "لا تستهدف الأحياء السكنية، وإنما تضرب تجمعات المتمردين وخطوط إمدادهم"')
A(NABIL, 'متهما', False, 'قوات الدعم السريع بالتحصن داخل منازل المواطنين واتخاذهم دروعا بشرية')
A(BURHAN, 'تعهد', True, 'القتال حتى النصر')
A(BURHAN, 'مؤكدا', False, 'أنه لن يقبل أي تسوية "تعيد التمرد إلى المشهد"')
A(ADAM, None, True, 'ما لقينا عربية', 0)
A(ADAM, 'يقول', False, 'الغارة وقعت قرابة العاشرة صباحا بينما كان معظم الناس داخل بيوتهم')
A(ADAM, 'أضاف', True,
  'الطيارة ضربت الحلة والناس قاعدين في بيوتهم، وما لقينا عربية نودي بيها الجرحى، شلناهم في الكارو لحدي مستشفى النو')
A(OMBRC, 'أفادت', False, 'مستشفى النو استقبل أكثر من 60 مصابا خلال ساعات')
A(OMBRC, 'مشيرة', False, 'نقص حاد في أكياس الدم والمحاليل الوريدية')
A(SDU, 'قالت', False,
  'حصيلة القتلى المدنيين منذ بدء المواجهات ارتفعت إلى 1136 قتيلا، إضافة إلى أكثر من 11 ألف جريح')
A(SDU, 'مرجحة', False, 'تكون الأعداد الحقيقية "أعلى بكثير" لأن كثيرا من الجثث ما زالت ملقاة في الشوارع')
A(SDU, 'أضافت', False, '67% من المستشفيات في مناطق القتال خرجت عن الخدمة')
A(WIT_SD, 'قال', False,
  'اشتباكات عنيفة بالأسلحة الثقيلة اندلعت صباح اليوم الأحد في محيط سلاح المهندسين جنوبي أم درمان، وسط تحليق للطيران الحربي')
A(RSF, 'أعلنت', False, 'أنها أسقطت طائرة حربية من طراز "ميغ" في سماء أم درمان')
A(RES_OBEID, 'بحسب', False,
  'تفرض هذه القوات منذ أسابيع حصارا على مدينة الأبيض، عاصمة ولاية شمال كردفان، وسط شح في الوقود والسلع الأساسية')
A(IOM, 'قالت', False,
  'عدد النازحين داخل السودان منذ 15 أبريل/نيسان الماضي تجاوز 2.2 مليون شخص، وإن نحو 700 ألف آخرين فروا إلى دول الجوار، '
  'لا سيما مصر وتشاد وجنوب السودان')
A(IOM, 'موضحة', False, 'ولاية الخرطوم وحدها مصدر نحو 70% من النازحين داخليا')
A(GUT, 'حذر', False, 'السودان "على حافة حرب أهلية شاملة قد تزعزع استقرار المنطقة بأسرها"')

ENT('السودان', 'LOC', 'Sudan')
ENT('أم درمان', 'LOC', 'Omdurman')
ENT('الدعم السريع', 'ORG', RSF)
ENT('الجيش', 'ORG', SAF)
ENT('الخرطوم', 'LOC', 'Khartoum')
ENT('دار السلام', 'LOC', 'Dar es Salaam (Omdurman)')
ENT('أمبدة', 'LOC', 'Ombada')
ENT('الجيش السوداني', 'ORG', SAF)
ENT('قوات الدعم السريع', 'ORG', RSF)
ENT('وزارة الصحة', 'ORG', MOH_SD)
ENT('إكس', 'MISC', 'X (formerly Twitter)')
ENT('رويترز', 'ORG', 'Reuters')
ENT('يوسف عزت', 'PER', 'Youssef Ezzat')
ENT('محمد حمدان دقلو', 'PER', 'Mohamed Hamdan Dagalo')
ENT('حميدتي', 'PER', 'Mohamed Hamdan Dagalo')
ENT('نبيل عبد الله', 'PER', 'Nabil Abdallah')
ENT('للجزيرة نت', 'ORG', 'Al Jazeera')
ENT('القوات المسلحة', 'ORG', SAF)
ENT('مجلس السيادة', 'ORG', 'Transitional Sovereignty Council')
ENT('عبد الفتاح البرهان', 'PER', BURHAN)
ENT('قاعدة وادي سيدنا العسكرية', 'LOC', 'Wadi Seidna Air Base')
ENT('محمد آدم', 'PER', 'Mohamed Adam')
ENT('مستشفى النو', 'LOC', 'Al-Nao Hospital')
ENT('لجنة مقاومة أمبدة', 'ORG', OMBRC)
ENT('نقابة أطباء السودان', 'ORG', SDU)
ENT('النقابة', 'ORG', SDU)
ENT('سلاح المهندسين', 'LOC', 'Corps of Engineers base (Omdurman)')
ENT('الشجرة', 'LOC', 'Al-Shajara')
ENT('الكلاكلة', 'LOC', 'Al-Kalakla')
ENT('سلاح المدرعات', 'ORG', 'Armoured Corps (Sudanese army)')
ENT('ميغ', 'MISC', 'Mikoyan-Gurevich MiG')
ENT('كردفان', 'LOC', 'Kordofan')
ENT('الأبيض', 'LOC', 'El Obeid')
ENT('شمال كردفان', 'LOC', 'North Kordofan')
ENT('المنظمة الدولية للهجرة', 'ORG', IOM)
ENT('مصر', 'LOC', 'Egypt')
ENT('تشاد', 'LOC', 'Chad')
ENT('جنوب السودان', 'LOC', 'South Sudan')
ENT('للأمم المتحدة', 'ORG', 'United Nations')
ENT('أنطونيو غوتيريش', 'PER', 'António Guterres')
ENT('السعودية', 'LOC', 'Saudi Arabia')
ENT('الولايات المتحدة', 'LOC', 'United States')
ENT('جدة', 'LOC', 'Jeddah')
ENT('الجزيرة', 'ORG', 'Al Jazeera')

F('the RSF', 'الدعم السريع')
F('the RSF', 'قوات الدعم السريع')
F('the RSF ("these forces")', 'هذه القوات')
F('the Sudanese army', 'الجيش')
F('the Sudanese army', 'الجيش السوداني')
F('the Sudanese army', 'القوات المسلحة')
F('the air strike (RSF wording: massacre)', 'مجزرة')
F('the air strike (RSF wording: massacre)', 'مجزرة بشعة')
F('the army (RSF wording: remnants of the former regime)', 'فلول النظام البائد')
F('civilians (unarmed)', 'المدنيين العزل')
F('the RSF (army wording: rebels)', 'المتمردين')
F('the RSF (army wording: rebellion)', 'التمرد')
F('civilians as human shields (army wording)', 'دروعا بشرية')
F('the war (fighting)', 'القتال')
F('the war (confrontations)', 'المواجهات')
F('the war (UN wording: full-scale civil war)', 'حرب أهلية شاملة')
F('the two sides', 'طرفي النزاع')
F('the two sides', 'الطرفان')
F('displaced people', 'النازحين')
F('settlement (Burhan wording)', 'تسوية')
finish_article('h01')

# ---------------------------------------------------------------------------------------------- h02
article('h02', 'v02_kirkuk_isis_attack.txt',
        {'name_ar': 'سكاي نيوز عربية', 'name_en': 'Sky News Arabia', 'domain': 'skynewsarabia.com'},
        '2022-12-27',
        'Written for this set; publication date 2022-12-27 (Tuesday) set by the author and recorded in '
        'v02_kirkuk_isis_attack.yml. Consistent with the text: the attack "ليل الاثنين" = 2022-12-26, the air '
        'strikes "فجر اليوم الثلاثاء" = publication day, the al-Safra attack "في 18 ديسمبر الجاري" nine days before. '
        'Dateline line "سكاي نيوز عربية - أبوظبي". High confidence (by construction).',
        'العراق.. مقتل 4 جنود بهجوم لداعش في كركوك وغارات جوية على مخابئ التنظيم')
IS = 'Islamic State'
IQA = 'Iraqi Army'
IQAF = 'Iraqi Air Force'
SMC = 'Security Media Cell (Iraq)'
WS = 'Wadi al-Shay (south-west of Kirkuk)'
KSRC = 'security source in the Kirkuk Operations Command (speaking to Sky News Arabia)'
JOC_IQ = 'Joint Operations Command (Iraq)'
PMF = 'Popular Mobilization Forces'
MITA = 'Al-Mita village, Al-Udhaim (northern Diyala)'
SAFRA = 'Al-Safra village, Al-Rashad subdistrict (south-west of Kirkuk)'
ALI = 'Ali Abdul-Amir (brother of a soldier killed)'
E('killing/casualties', IS, 'Kirkuk Governorate', None, None, None, 'asserted', 'مقتل 4 جنود بهجوم لداعش في كركوك')
E('airstrike/shelling', IQAF, 'Islamic State hideouts (Wadi al-Shay; Hamrin Mountains)', None, None, None, 'asserted',
  'غارات جوية على مخابئ التنظيم')
E('killing/casualties', IS, WS, '2022-12-26', 'ليل الاثنين', SMC, 'reported',
  'قُتل أربعة جنود عراقيين، بينهم ضابط برتبة ملازم أول، وأصيب ثلاثة آخرون بجروح')
E('advance/offensive', IS, WS, '2022-12-26', 'ليل الاثنين (same sentence)', SMC, 'reported',
  'هجوم شنه مسلحون من تنظيم داعش على نقطة مراقبة للجيش العراقي في منطقة وادي الشاي جنوب غربي محافظة كركوك')
E('advance/offensive', IS, WS, None, None, SMC, 'reported',
  'عصابات داعش الإرهابية استهدفت نقطة تابعة لقطعات الجيش بالأسلحة الخفيفة والمتوسطة')
E('counter-attack', IS, WS, None, None, SMC, 'reported', 'تعاملت مع الهجوم')
E('other', 'Iraqi security forces', WS, None, None, SMC, 'reported', 'أجبرت الإرهابيين على الفرار باتجاه الوديان')
E('advance/offensive', IS, WS, None, None, KSRC, 'reported',
  'المهاجمين الذين يقدر عددهم بنحو 10 عناصر "تسللوا من الوديان القريبة مستخدمين مناظير ليلية"')
E('other', None, WS, None, None, KSRC, 'reported', 'الاشتباك استمر قرابة ساعتين قبل وصول التعزيزات')
E('other', None, 'Kirkuk General Hospital', None, None, KSRC, 'reported', 'الجرحى نقلوا إلى مستشفى كركوك العام')
E('airstrike/shelling', IQAF, 'Wadi al-Shay; Hamrin Mountains', '2022-12-27', 'فجر اليوم الثلاثاء', JOC_IQ, 'reported',
  'طائرات "إف-16" تابعة للقوة الجوية العراقية نفذت، فجر اليوم الثلاثاء، ثلاث ضربات جوية استهدفت "أوكارا" للتنظيم في '
  'وادي الشاي وسلسلة جبال حمرين')
E('other', IQAF, 'Wadi al-Shay; Hamrin Mountains', '2022-12-27', 'فجر اليوم الثلاثاء (same sentence)', JOC_IQ,
  'reported', 'تدمير مضافتين')
E('killing/casualties', IQAF, 'Wadi al-Shay; Hamrin Mountains', '2022-12-27', 'فجر اليوم الثلاثاء (same sentence)',
  JOC_IQ, 'reported', 'قتل جميع الإرهابيين المتواجدين فيهما')
E('counter-attack', IS, MITA, '2022-12-26', 'مساء أمس', PMF, 'reported',
  'قوة من الحشد أحبطت، مساء أمس، محاولة تسلل لعناصر من داعش باتجاه قرية الميتة في ناحية العظيم شمالي ديالى')
E('other', PMF, MITA, '2022-12-26', 'مساء أمس (same sentence)', PMF, 'reported', 'القوة عثرت على عبوتين ناسفتين وفككتهما')
E('other', 'Mohammed Shia al-Sudani', 'Iraq', None, None, None, 'asserted',
  'وجه رئيس الوزراء محمد شياع السوداني، القائد العام للقوات المسلحة، بفتح تحقيق في ملابسات الهجوم')
E('killing/casualties', IS, SAFRA, '2022-12-18', 'في 18 ديسمبر الجاري', None, 'asserted',
  'مقتل تسعة من عناصر الشرطة الاتحادية وإصابة اثنين آخرين بهجوم مماثل قرب قرية الصفرة التابعة لناحية الرشاد جنوب غربي '
  'كركوك في 18 ديسمبر الجاري')
E('statement', IS, None, None, 'لاحقا — "later", vague', None, 'asserted', 'تبناه التنظيم لاحقا عبر وكالة "أعماق" التابعة له')
E('killing/casualties', None, 'Hamrin Mountains', None, 'الشهر الماضي — month only (November 2022); it dates the announcement',
  SMC, 'reported', 'مقتل سبعة من عناصر التنظيم بضربات جوية في جبال حمرين')
E('other', 'residents of Shatra', 'Shatra District (Dhi Qar)', '2022-12-27', 'اليوم', None, 'asserted',
  'شيّع الأهالي اليوم جثمان الجندي حيدر عبد الأمير')
E('other', 'family of Haidar Abdul-Amir', 'Shatra District (Dhi Qar)', None, None, ALI, 'reported', 'رجعناه بتابوت')
E('other', 'Iraqi government', 'Iraq', None, 'نهاية عام 2017 — vague (late 2017); it dates the declaration',
  'Iraqi government', 'reported', '"النصر" على داعش')
E('advance/offensive', IS, 'rural and desert areas of Iraq', None, None, None, 'asserted',
  'لا تزال خلايا التنظيم تشن هجمات متفرقة في المناطق الريفية والصحراوية')
E('statement', 'United Nations', None, None, None, None, 'asserted',
  'تقدر الأمم المتحدة عدد مقاتليه في العراق وسوريا بما بين 5 آلاف و7 آلاف عنصر')

N('4', 'people', 'soldiers killed (headline)', 'exact', '4 جنود')
N('4', 'people', 'Iraqi soldiers killed in the Wadi al-Shay attack', 'exact', 'أربعة جنود عراقيين')
N('1', 'people', 'officer (first lieutenant) among the soldiers killed', 'exact', 'ضابط')
N('3', 'people', 'soldiers wounded in the attack', 'exact', 'ثلاثة آخرون')
N('10', 'people', 'attackers', 'approx', 'نحو 10 عناصر')
N('2', 'hours', 'duration of the clash', 'approx', 'قرابة ساعتين')
N('1', 'people', 'wounded soldier in critical condition', 'exact', 'أحدهم')
N('40', 'kilometres', 'distance of Wadi al-Shay from Kirkuk city', 'approx', 'نحو 40 كيلومترا')
N('3', 'air strikes', 'air strikes on IS hideouts', 'exact', 'ثلاث ضربات جوية')
N('2', 'hideouts', 'IS hideouts destroyed', 'exact', 'مضافتين')
N(None, 'people', 'IS members killed in the hideouts (all present, per the Joint Operations Command)', 'vague',
  'جميع الإرهابيين')
N('2', 'explosive devices', 'IEDs found and defused by the PMF', 'exact', 'عبوتين ناسفتين')
N('9', 'days', 'time between the al-Safra attack and this one', 'exact', 'تسعة أيام')
N('9', 'people', 'Federal Police members killed near al-Safra', 'exact', 'تسعة من عناصر الشرطة الاتحادية')
N('2', 'people', 'Federal Police members wounded near al-Safra', 'exact', 'اثنين آخرين')
N('7', 'people', 'IS members killed in air strikes last month', 'exact', 'سبعة من عناصر التنظيم')
N('5000', 'people', 'IS fighters in Iraq and Syria, lower UN estimate', 'exact', '5 آلاف')
N('7000', 'people', 'IS fighters in Iraq and Syria, upper UN estimate', 'exact', '7 آلاف عنصر')

D('الاثنين', '2022-12-26', 'weekday')
D('في وقت لاحق', None, 'vague')
D('اليوم', '2022-12-27', 'relative', 0)
D('الثلاثاء', '2022-12-27', 'weekday')
D('أمس', '2022-12-26', 'relative')
D('18 ديسمبر الجاري', '2022-12-18', 'absolute')
D('منذ أشهر', None, 'vague')
D('لاحقا', None, 'vague')
D('الشهر الماضي', '2022-11', 'relative')
D('اليوم', '2022-12-27', 'relative', 1)
D('نهاية عام 2017', None, 'vague')

A(SMC, 'وفق', False,
  'قُتل أربعة جنود عراقيين، بينهم ضابط برتبة ملازم أول، وأصيب ثلاثة آخرون بجروح، ليل الاثنين، في هجوم شنه مسلحون من '
  'تنظيم داعش على نقطة مراقبة للجيش العراقي في منطقة وادي الشاي جنوب غربي محافظة كركوك')
A(SMC, 'قالت', True,
  'عصابات داعش الإرهابية استهدفت نقطة تابعة لقطعات الجيش بالأسلحة الخفيفة والمتوسطة، مستغلة سوء الأحوال الجوية وانعدام الرؤية')
A(SMC, 'مضيفة', False, 'القوات الأمنية "تعاملت مع الهجوم وأجبرت الإرهابيين على الفرار باتجاه الوديان"')
A(KSRC, 'أوضح', False,
  'المهاجمين الذين يقدر عددهم بنحو 10 عناصر "تسللوا من الوديان القريبة مستخدمين مناظير ليلية"، وأن الاشتباك استمر قرابة '
  'ساعتين قبل وصول التعزيزات')
A(KSRC, 'أضاف', False, 'الجرحى نقلوا إلى مستشفى كركوك العام، وأن حالة أحدهم حرجة')
A(JOC_IQ, 'أعلنت', False,
  'طائرات "إف-16" تابعة للقوة الجوية العراقية نفذت، فجر اليوم الثلاثاء، ثلاث ضربات جوية استهدفت "أوكارا" للتنظيم في '
  'وادي الشاي وسلسلة جبال حمرين، ما أسفر عن "تدمير مضافتين وقتل جميع الإرهابيين المتواجدين فيهما"')
A(PMF, 'ذكرت', False,
  'قوة من الحشد أحبطت، مساء أمس، محاولة تسلل لعناصر من داعش باتجاه قرية الميتة في ناحية العظيم شمالي ديالى، "من دون '
  'تسجيل خسائر في صفوف المقاتلين"')
A(PMF, 'مشيرة', False, 'القوة عثرت على عبوتين ناسفتين وفككتهما')
A(SMC, 'أعلنت', False, 'مقتل سبعة من عناصر التنظيم بضربات جوية في جبال حمرين، بينهم من وصفته بـ"والي كركوك" المزعوم')
A(ALI, 'قال', True, 'أخوي جان ينتظر إجازته حتى يخطب، وبدل ما نزفه رجعناه بتابوت.. لمتى ولدنا يموتون بهالوديان؟')
A('Iraqi government', 'إعلان', False, '"النصر" على داعش')
A('United Nations', 'تقدر', False, 'عدد مقاتليه في العراق وسوريا بما بين 5 آلاف و7 آلاف عنصر، معظمهم في الجانب السوري')

ENT('العراق', 'LOC', 'Iraq')
ENT('داعش', 'ORG', IS)
ENT('كركوك', 'LOC', 'Kirkuk')
ENT('التنظيم', 'ORG', IS)
ENT('سكاي نيوز عربية', 'ORG', 'Sky News Arabia')
ENT('أبوظبي', 'LOC', 'Abu Dhabi')
ENT('تنظيم داعش', 'ORG', IS)
ENT('للجيش العراقي', 'ORG', IQA)
ENT('الشاي', 'LOC', 'Wadi al-Shay')
ENT('خلية الإعلام الأمني', 'ORG', SMC)
ENT('الخلية', 'ORG', SMC)
ENT('الجيش', 'ORG', IQA)
ENT('القوات الأمنية', 'ORG', 'Iraqi security forces')
ENT('قيادة عمليات كركوك', 'ORG', 'Kirkuk Operations Command')
ENT('مستشفى كركوك العام', 'LOC', 'Kirkuk General Hospital')
ENT('حمرين', 'LOC', 'Hamrin Mountains')
ENT('ديالى', 'LOC', 'Diyala')
ENT('صلاح الدين', 'LOC', 'Saladin Governorate')
ENT('قيادة العمليات المشتركة', 'ORG', JOC_IQ)
ENT('إف-16', 'MISC', 'General Dynamics F-16 Fighting Falcon')
ENT('للقوة الجوية العراقية', 'ORG', IQAF)
ENT('للتنظيم', 'ORG', IS)
ENT('هيئة الحشد الشعبي', 'ORG', PMF)
ENT('الحشد', 'ORG', PMF)
ENT('الميتة', 'LOC', 'Al-Mita')
ENT('العظيم', 'LOC', 'Al-Udhaim')
ENT('محمد شياع السوداني', 'PER', 'Mohammed Shia al-Sudani')
ENT('للقوات المسلحة', 'ORG', 'Iraqi Armed Forces')
ENT('الشرطة الاتحادية', 'ORG', 'Federal Police (Iraq)')
ENT('الصفرة', 'LOC', 'Al-Safra')
ENT('الرشاد', 'LOC', 'Al-Rashad')
ENT('القوات العراقية', 'ORG', 'Iraqi forces')
ENT('أعماق', 'ORG', 'Amaq News Agency')
ENT('الشطرة', 'LOC', 'Shatra')
ENT('ذي قار', 'LOC', 'Dhi Qar')
ENT('حيدر عبد الأمير', 'PER', 'Haidar Abdul-Amir')
ENT('علي', 'PER', 'Ali Abdul-Amir')
ENT('الأمم المتحدة', 'ORG', 'United Nations')
ENT('سوريا', 'LOC', 'Syria')

F('Islamic State', 'داعش')
F('Islamic State', 'تنظيم داعش')
F('Islamic State', 'التنظيم')
F('Islamic State', 'للتنظيم')
F('Islamic State (security wording: terrorist gangs)', 'عصابات داعش الإرهابية')
F('IS fighters (terrorists)', 'الإرهابيين')
F('IS cells', 'خلايا التنظيم')
F('IS remnants (government wording)', 'بقايا الخلايا الإرهابية')
F('IS attackers', 'المهاجمين')
F('IS hideouts', 'مخابئ')
F('IS hideouts (dens)', 'أوكارا')
F('IS hideouts (guesthouses)', 'مضافتين')
F('IS hideouts (haven)', 'ملاذا')
F('IS leader (alleged governor of Kirkuk)', 'والي كركوك')
F('Iraqi forces', 'القوات الأمنية')
F('Iraqi forces', 'القوات العراقية')
F('dead soldier (victim)', 'ضحايا')
F('victory over IS (2017)', 'النصر')
finish_article('h02')

# ---------------------------------------------------------------------------------------------- h03
article('h03', 'v03_rafah_aid_trucks.txt',
        {'name_ar': 'الأهرام', 'name_en': 'Al-Ahram', 'domain': 'ahram.org.eg'},
        '2023-12-19',
        'Written for this set; publication date 2023-12-19 (Tuesday) set by the author and recorded in '
        'v03_rafah_aid_trucks.yml. Consistent with the text: the 213 trucks crossed "أمس الاثنين" = 2023-12-18, Kerem '
        'Shalom has received trucks "منذ الأحد الماضي" = 2023-12-17, aid entry began "منذ 21 أكتوبر الماضي". Dateline '
        'and byline line "العريش ـ أحمد عبد الحميد". High confidence (by construction).',
        'الهلال الأحمر: عبور 213 شاحنة مساعدات إلى غزة أمس عبر معبري رفح وكرم أبو سالم')
ERC = 'Egyptian Red Crescent'
GAZA_X = 'Gaza Strip (via the Rafah and Kerem Shalom crossings)'
KS = 'Kerem Shalom crossing'
ZAYED = 'Khaled Zayed (head of the Egyptian Red Crescent in North Sinai)'
MENASRC = 'official source at the Rafah crossing (via Middle East News Agency)'
GRIF = 'Martin Griffiths (UN Under-Secretary-General for Humanitarian Affairs)'
WHITE = 'Thomas White (UNRWA Director of Affairs in Gaza)'
RASH = 'Diaa Rashwan (head of the State Information Service)'
SHOUSHA = 'Mohamed Abdel Fadil Shousha'
DRIVER = 'Sayed Abdel Rahman (truck driver)'
NACD = 'National Alliance for Civil Development Work'
ERCSRC = 'sources at the Egyptian Red Crescent'
E('other', None, GAZA_X, '2023-12-18', 'أمس', ERC, 'reported',
  'عبور 213 شاحنة مساعدات إلى غزة أمس عبر معبري رفح وكرم أبو سالم')
E('other', None, GAZA_X, '2023-12-18', 'أمس الاثنين', ERC, 'reported',
  'عبور 213 شاحنة محملة بالمساعدات الإنسانية إلى قطاع غزة أمس الاثنين، من بينها 4 شاحنات وقود، وذلك عبر معبر رفح البري '
  'ومعبر كرم أبو سالم')
E('other', None, KS, '2023-12-17', 'منذ الأحد الماضي — the first day of the reception', None, 'asserted',
  'يستقبل معبر كرم أبو سالم، الواقع عند نقطة التقاء الحدود المصرية مع قطاع غزة وإسرائيل، شاحنات المساعدات منذ الأحد الماضي '
  'للمرة الأولى')
E('other', None, 'Gaza Strip', '2023-10-07', 'في السابع من أكتوبر الماضي', None, 'asserted',
  'اندلاع الحرب في السابع من أكتوبر الماضي')
E('other', 'Israel', KS, None, None, None, 'asserted', 'موافقة إسرائيلية جاءت إثر ضغوط أممية ودولية متواصلة')
E('other', None, 'Gaza Strip', None, 'منذ 21 أكتوبر الماضي — cumulative since 2023-10-21, no single date', ZAYED,
  'reported',
  'إجمالي ما دخل القطاع منذ 21 أكتوبر الماضي بلغ نحو 4700 شاحنة تحمل قرابة 65 ألف طن من المواد الغذائية والطبية ومياه الشرب')
E('other', 'Israel', 'Al-Awja (Nitzana) crossing', None, 'لأيام — "for days", vague', ZAYED, 'reported',
  'يفرض إجراءات تفتيش معقدة في معبر العوجة تؤخر عبور الشاحنات لأيام')
E('other', None, 'Gaza Strip', None, None, ZAYED, 'reported', 'شاحنات الوقود الأربع تحمل نحو 130 ألف لتر من السولار')
E('statement', ZAYED, None, None, None, None, 'asserted',
  'مشيرا إلى أن الكميات المسموح بها «لا تغطي سوى 10% من احتياجات القطاع اليومية»')
E('other', None, 'Rafah crossing (into Egypt)', '2023-12-18', 'أمس', MENASRC, 'reported',
  '42 مصابا فلسطينيا و380 من حاملي الجنسيات الأجنبية ومزدوجي الجنسية عبروا أمس إلى الأراضي المصرية')
E('other', None, 'hospitals in Al-Arish, Sheikh Zuweid and Ismailia', '2023-12-18', 'أمس (same sentence)', MENASRC,
  'reported', 'نُقل المصابون إلى مستشفيات العريش والشيخ زويد والإسماعيلية لاستكمال علاجهم')
E('statement', GRIF, None, None, None, None, 'asserted',
  'قال وكيل الأمين العام للأمم المتحدة للشؤون الإنسانية مارتن غريفيث إن ما يدخل غزة من مساعدات «لا يزال قطرة في محيط»')
E('statement', GRIF, None, None, None, None, 'asserted',
  'مضيفا أن فتح كرم أبو سالم «خطوة مهمة لكنها غير كافية ما لم يتوقف القصف»')
E('statement', WHITE, None, None, 'لساعات — "for hours", vague', None, 'asserted',
  'حذر توماس وايت، مدير شؤون الأونروا في غزة، من أن «الناس في رفح يقفون في طوابير لساعات للحصول على كيس طحين»')
E('displacement', None, 'Gaza Strip', None, None, WHITE, 'reported',
  'نحو 1.9 مليون شخص، أي قرابة 85% من سكان القطاع، نزحوا من منازلهم منذ بدء الحرب')
E('displacement', None, 'Rafah Governorate', None, 'خلال الأسابيع الماضية — "in recent weeks", vague', WHITE, 'reported',
  'تكدس أكثر من مليون منهم في محافظة رفح وحدها خلال الأسابيع الماضية')
E('statement', RASH, None, None, None, None, 'asserted',
  'أكد ضياء رشوان، رئيس الهيئة العامة للاستعلامات، أن معبر رفح «لم يُغلق من الجانب المصري في أي لحظة منذ بدء الأزمة»')
E('airstrike/shelling', 'Israel Defense Forces', 'Rafah crossing (Palestinian side)', None, None, RASH, 'reported',
  'القصف الإسرائيلي المستمر للجانب الفلسطيني من المعبر')
E('other', 'Israel', 'Gaza crossings', None, None, RASH, 'reported', 'القيود التي تفرضها إسرائيل على التفتيش')
E('visit/inspection', SHOUSHA, 'truck holding area, Al-Arish', '2023-12-18', 'أمس', None, 'asserted',
  'تفقد اللواء الدكتور محمد عبد الفضيل شوشة، محافظ شمال سيناء، أمس، ساحة انتظار الشاحنات بمدينة العريش')
E('other', SHOUSHA, 'Al-Arish', '2023-12-18', 'أمس (same sentence)', None, 'asserted',
  'وجه بتوفير الوجبات والرعاية الطبية للسائقين')
E('other', 'truck drivers', 'Al-Arish–Rafah road', None, 'منذ خمسة أيام — a period, no date', DRIVER, 'reported',
  'ينتظر دوره منذ خمسة أيام')
E('other', 'truck drivers', 'Al-Arish–Rafah road', None, 'بقالنا خمس تيام — a period, no date', DRIVER, 'reported',
  'إحنا واقفين هنا بقالنا خمس تيام')
E('other', None, 'Gaza crossings', None, None, DRIVER, 'reported', 'التفتيش بياخد وقت كتير')
E('other', NACD, 'Gaza Strip', None, 'خلال الساعات المقبلة — "in the coming hours", no date', NACD, 'planned',
  'تسيير قافلة جديدة تضم 120 شاحنة بقيمة تتجاوز 200 مليون جنيه خلال الساعات المقبلة')
E('other', 'Egyptian authorities and the United Nations', 'Gaza crossings', None, None, ERCSRC, 'planned',
  'تعمل السلطات المصرية بالتنسيق مع الأمم المتحدة على رفع عدد الشاحنات إلى 400 شاحنة يوميا')

N('213', 'trucks', 'aid trucks that entered Gaza yesterday (headline)', 'exact', '213 شاحنة', 0)
N('213', 'trucks', 'aid trucks that entered Gaza yesterday', 'exact', '213 شاحنة', 1)
N('4', 'trucks', 'fuel trucks among them', 'exact', '4 شاحنات وقود')
N('4700', 'trucks', 'aid trucks that have entered Gaza since 21 October', 'approx', 'نحو 4700 شاحنة')
N('65000', 'tonnes', 'food, medical supplies and drinking water delivered since 21 October', 'approx', 'قرابة 65 ألف طن')
N('150', 'vehicles', 'ambulances sent into Gaza since 21 October', 'exact', '150 سيارة إسعاف')
N('4', 'trucks', 'fuel trucks that entered yesterday', 'exact', 'شاحنات الوقود الأربع')
N('130000', 'litres', 'diesel carried by the four fuel trucks', 'approx', 'نحو 130 ألف لتر')
N('10', 'percent', "share of Gaza's daily fuel needs covered", 'exact', '10%')
N('42', 'people', 'wounded Palestinians who crossed into Egypt', 'exact', '42 مصابا فلسطينيا')
N('380', 'people', 'foreign and dual nationals who crossed into Egypt', 'exact', '380 من حاملي الجنسيات الأجنبية')
N('1900000', 'people', 'people displaced in Gaza since the war began', 'approx', 'نحو 1.9 مليون شخص')
N('85', 'percent', "share of Gaza's population displaced", 'approx', 'قرابة 85%')
N('1000000', 'people', 'displaced people crowded into Rafah Governorate', 'more than', 'أكثر من مليون')
N('5', 'days', 'days the driver has been waiting', 'exact', 'خمسة أيام')
N('5', 'days', "days the drivers have been waiting (driver's words)", 'exact', 'خمس تيام')
N('120', 'trucks', 'trucks in the new National Alliance convoy', 'exact', '120 شاحنة')
N('200000000', 'Egyptian pounds', 'value of the new convoy', 'more than', '200 مليون جنيه')
N('400', 'trucks', 'daily number of trucks the authorities aim for', 'exact', '400 شاحنة')

D('أمس', '2023-12-18', 'relative', 0)
D('أمس', '2023-12-18', 'relative', 1)
D('الاثنين', '2023-12-18', 'weekday')
D('منذ الأحد الماضي', '2023-12-17', 'relative')
D('السابع من أكتوبر الماضي', '2023-10-07', 'absolute')
D('منذ 21 أكتوبر الماضي', '2023-10-21', 'absolute')
D('لأيام', None, 'vague')
D('أمس', '2023-12-18', 'relative', 2)
D('لساعات', None, 'vague', 0)
D('خلال الأسابيع الماضية', None, 'relative')
D('أمس', '2023-12-18', 'relative', 3)
D('منذ خمسة أيام', None, 'relative')
D('بقالنا خمس تيام', None, 'relative')
D('في غضون ذلك', None, 'vague')
D('خلال الساعات المقبلة', None, 'relative')
D('السابع من أكتوبر', '2023-10-07', 'absolute', 1)

A(ERC, None, False, 'عبور 213 شاحنة مساعدات إلى غزة أمس عبر معبري رفح وكرم أبو سالم')
A(ERC, 'أعلن', False,
  'عبور 213 شاحنة محملة بالمساعدات الإنسانية إلى قطاع غزة أمس الاثنين، من بينها 4 شاحنات وقود، وذلك عبر معبر رفح البري '
  'ومعبر كرم أبو سالم')
A(ZAYED, 'قال', False,
  'إجمالي ما دخل القطاع منذ 21 أكتوبر الماضي بلغ نحو 4700 شاحنة تحمل قرابة 65 ألف طن من المواد الغذائية والطبية ومياه '
  'الشرب، إلى جانب 150 سيارة إسعاف')
A(ZAYED, 'أضاف', False, 'الجانب الإسرائيلي «يفرض إجراءات تفتيش معقدة في معبر العوجة تؤخر عبور الشاحنات لأيام»')
A(ZAYED, 'أوضح', False,
  'شاحنات الوقود الأربع تحمل نحو 130 ألف لتر من السولار، مخصصة لتشغيل مولدات المستشفيات ومحطات تحلية المياه ومنشآت الأونروا')
A(ZAYED, 'مشيرا', False, 'الكميات المسموح بها «لا تغطي سوى 10% من احتياجات القطاع اليومية»')
A(MENASRC, 'نقلت', False,
  '42 مصابا فلسطينيا و380 من حاملي الجنسيات الأجنبية ومزدوجي الجنسية عبروا أمس إلى الأراضي المصرية، ونُقل المصابون إلى '
  'مستشفيات العريش والشيخ زويد والإسماعيلية لاستكمال علاجهم')
A(GRIF, 'قال', False, 'ما يدخل غزة من مساعدات «لا يزال قطرة في محيط»')
A(GRIF, 'مضيفا', False, 'فتح كرم أبو سالم «خطوة مهمة لكنها غير كافية ما لم يتوقف القصف»')
A(WHITE, 'حذر', True, 'الناس في رفح يقفون في طوابير لساعات للحصول على كيس طحين')
A(WHITE, 'لافتا', False,
  'نحو 1.9 مليون شخص، أي قرابة 85% من سكان القطاع، نزحوا من منازلهم منذ بدء الحرب، تكدس أكثر من مليون منهم في محافظة رفح '
  'وحدها خلال الأسابيع الماضية')
A(RASH, 'أكد', False,
  'معبر رفح «لم يُغلق من الجانب المصري في أي لحظة منذ بدء الأزمة»، وأن ما يعطل تدفق المساعدات هو «القصف الإسرائيلي المستمر '
  'للجانب الفلسطيني من المعبر والقيود التي تفرضها إسرائيل على التفتيش»')
A(DRIVER, 'يقول', False, 'إنه ينتظر دوره منذ خمسة أيام')
A(DRIVER, 'أضاف', True,
  'إحنا واقفين هنا بقالنا خمس تيام، والعربية فيها دقيق وميه معدنية، والتفتيش بياخد وقت كتير.. بس مش هنمشي غير لما نسلّم '
  'الحمولة، دول أهلنا')
A(NACD, 'أعلن', False, 'تسيير قافلة جديدة تضم 120 شاحنة بقيمة تتجاوز 200 مليون جنيه خلال الساعات المقبلة')
A(ERCSRC, 'بحسب', False,
  'تعمل السلطات المصرية بالتنسيق مع الأمم المتحدة على رفع عدد الشاحنات إلى 400 شاحنة يوميا، وهو ما يقارب عدد الشاحنات التي '
  'كانت تدخل القطاع قبل السابع من أكتوبر')

ENT('الهلال الأحمر', 'ORG', ERC)
ENT('غزة', 'LOC', 'Gaza Strip')
ENT('رفح', 'LOC', 'Rafah')
ENT('كرم أبو سالم', 'LOC', KS)
ENT('العريش', 'LOC', 'Al-Arish')
ENT('أحمد عبد الحميد', 'PER', 'Ahmed Abdel Hamid')
ENT('الهلال الأحمر المصري', 'ORG', ERC)
ENT('قطاع غزة', 'LOC', 'Gaza Strip')
ENT('معبر رفح البري', 'LOC', 'Rafah Border Crossing')
ENT('معبر كرم أبو سالم', 'LOC', KS)
ENT('إسرائيل', 'LOC', 'Israel')
ENT('خالد زايد', 'PER', 'Khaled Zayed')
ENT('شمال سيناء', 'LOC', 'North Sinai')
ENT('الأهرام', 'ORG', 'Al-Ahram')
ENT('معبر العوجة', 'LOC', 'Al-Awja (Nitzana) crossing')
ENT('زايد', 'PER', 'Khaled Zayed')
ENT('الأونروا', 'ORG', 'UNRWA')
ENT('وكالة أنباء الشرق الأوسط', 'ORG', 'Middle East News Agency')
ENT('معبر رفح', 'LOC', 'Rafah Border Crossing')
ENT('الشيخ زويد', 'LOC', 'Sheikh Zuweid')
ENT('الإسماعيلية', 'LOC', 'Ismailia')
ENT('للأمم المتحدة', 'ORG', 'United Nations')
ENT('مارتن غريفيث', 'PER', 'Martin Griffiths')
ENT('توماس وايت', 'PER', 'Thomas White')
ENT('ضياء رشوان', 'PER', 'Diaa Rashwan')
ENT('الهيئة العامة للاستعلامات', 'ORG', 'State Information Service (Egypt)')
ENT('محمد عبد الفضيل شوشة', 'PER', SHOUSHA)
ENT('طريق العريش - رفح الدولي', 'LOC', 'Al-Arish–Rafah International Road')
ENT('سيد عبد الرحمن', 'PER', 'Sayed Abdel Rahman')
ENT('الشرقية', 'LOC', 'Sharqia Governorate')
ENT('التحالف الوطني للعمل الأهلي التنموي', 'ORG', NACD)
ENT('السلطات المصرية', 'ORG', 'Egyptian authorities')
ENT('الأمم المتحدة', 'ORG', 'United Nations')

F('aid (humanitarian)', 'المساعدات الإنسانية')
F('aid', 'مساعدات')
F('aid', 'المساعدات')
F('Israel (the Israeli side)', 'الجانب الإسرائيلي')
F('Israeli consent', 'موافقة إسرائيلية')
F('international pressure', 'ضغوط أممية ودولية')
F('the war', 'الحرب')
F('the war (crisis)', 'الأزمة')
F('Israeli inspection (complex procedures)', 'إجراءات تفتيش معقدة')
F('Israeli restrictions', 'القيود')
F('Israeli bombardment', 'القصف الإسرائيلي')
F('aid volume (UN wording: a drop in the ocean)', 'قطرة في محيط')
F('Rafah crossing (never closed, Egyptian wording)', 'لم يُغلق')
F('Gazans (kin, driver wording)', 'أهلنا')
F('Palestinian wounded', 'مصابا فلسطينيا')
finish_article('h03')

# ---------------------------------------------------------------------------------------------- h04
article('h04', 'v04_uae_record_rain.txt',
        {'name_ar': 'البيان', 'name_en': 'Al Bayan', 'domain': 'albayan.ae'},
        '2024-04-17',
        'Written for this set; publication date 2024-04-17 (Wednesday) set by the author and recorded in '
        'v04_uae_record_rain.yml. Consistent with the text: the record rain "أمس الثلاثاء" = 2024-04-16, it began '
        '"مساء الاثنين" = 2024-04-15, Emirates\' check-in suspension "صباح اليوم الأربعاء" = publication day. Dateline '
        'line "دبي - البيان". High confidence (by construction).',
        '254.8 ملم في ختم الشكلة.. الإمارات تسجل أعلى هطول أمطار منذ 75 عاماً')
NCM = 'National Centre of Meteorology (UAE)'
UAE = 'United Arab Emirates'
KAS = 'Khatm Al Shakla (Al Ain)'
DXB = 'Dubai International Airport'
DA = 'Dubai Airports'
PG = 'Paul Griffiths (Dubai Airports CEO)'
EK = 'Emirates (airline)'
KHDA = 'Knowledge and Human Development Authority (Dubai)'
DP = 'Dubai Police'
RTA = 'Roads and Transport Authority (Dubai)'
RAKP = 'Ras Al Khaimah Police'
ISFNI = 'Wadi Isfni (Ras Al Khaimah)'
SHJ = 'Al Nahda, Al Taawun and Al Majaz (Sharjah)'
KAABI = 'Salem Al Kaabi (Khatm Al Shakla resident)'
NCEMA = 'National Emergency Crisis and Disaster Management Authority'
FMEDIA = 'foreign media'
RAIN_SPAN = 'no cue of its own: the rain lasted from Monday evening (2024-04-15) to Tuesday evening (2024-04-16)'
E('other', None, UAE, None, None, None, 'asserted', 'الإمارات تسجل أعلى هطول أمطار منذ 75 عاماً')
E('other', None, UAE, '2024-04-16', 'أمس الثلاثاء', NCM, 'reported',
  'سجلت دولة الإمارات أمس الثلاثاء أكبر كمية أمطار في تاريخها المسجل')
E('other', None, KAS, '2024-04-16', 'أمس الثلاثاء (same sentence)', NCM, 'reported',
  'بلغت 254.8 ملم في منطقة ختم الشكلة بمدينة العين خلال 24 ساعة')
E('other', None, UAE, '2024-04-15', 'مساء الاثنين', NCM, 'reported',
  'الأمطار الغزيرة التي بدأت مساء الاثنين واستمرت حتى مساء أمس')
E('other', None, UAE, None, RAIN_SPAN, NCM, 'reported', 'رافقها برق ورعد وتساقط للبرد على مناطق واسعة من الدولة')
E('other', None, DXB, None, RAIN_SPAN, NCM, 'reported', 'محطة مطار دبي الدولي سجلت 142 ملم')
E('statement', NCM, None, None, None, None, 'asserted',
  'نفى المركز ما تداولته وسائل إعلام أجنبية عن أن عمليات الاستمطار تسببت في الأمطار الغزيرة')
E('other', None, UAE, None, None, FMEDIA, 'reported', 'عمليات الاستمطار تسببت في الأمطار الغزيرة')
E('statement', NCM, None, None, None, None, 'asserted',
  'مؤكداً أنه "لم تنفذ أي عمليات تلقيح للسحب خلال الحالة الجوية"')
E('other', None, DXB, '2024-04-16', 'أمس (same sentence)', None, 'asserted',
  'أدت الأمطار إلى اضطراب واسع في حركة الطيران بمطار دبي الدولي')
E('other', DA, DXB, '2024-04-16', 'أمس', DA, 'reported', 'تحويل 45 رحلة قادمة إلى مطارات مجاورة أمس')
E('other', DA, DXB, '2024-04-16', 'أمس (same sentence)', DA, 'reported', 'إلغاء عشرات الرحلات')
E('other', DA, DXB, '2024-04-16', 'أمس (same sentence)', None, 'asserted', 'تعلق استقبال الرحلات القادمة لمدة ساعتين')
E('statement', PG, None, '2024-04-17', 'صباح اليوم', None, 'asserted',
  'قال بول غريفيث، الرئيس التنفيذي لمطارات دبي، في تصريحات إذاعية صباح اليوم، إن المطار يمر "بظروف صعبة للغاية"')
E('other', EK, 'Dubai', '2024-04-17', 'صباح اليوم الأربعاء', EK, 'reported',
  'تعليق إجراءات تسجيل المسافرين المغادرين من دبي من الثامنة صباح اليوم الأربعاء حتى منتصف الليل')
E('other', 'Ministry of Education (UAE)', 'UAE public schools', None,
  'حتى الجمعة المقبل — an end point (2024-04-19), not the date of the decision', None, 'asserted',
  'قررت وزارة التربية والتعليم تمديد العمل بنظام التعلم عن بعد في جميع المدارس الحكومية حتى الجمعة المقبل')
E('other', KHDA, 'Dubai private schools', None, None, KHDA, 'reported', 'استمرار التعلم عن بعد في المدارس الخاصة')
E('other', 'UAE federal government', UAE, None, None, None, 'asserted',
  'مددت الحكومة الاتحادية العمل عن بعد لموظفيها ليومين إضافيين')
E('statement', DP, None, None, None, None, 'asserted', 'أهابت شرطة دبي بالسائقين تجنب الطرق المغمورة بالمياه')
E('other', None, 'Sheikh Zayed Road and tunnels (Dubai)', None, None, None, 'asserted',
  'علقت مئات السيارات في شارع الشيخ زايد وعدد من الأنفاق')
E('other', RTA, 'Dubai Metro Red Line', None, None, None, 'asserted',
  'أغلقت هيئة الطرق والمواصلات عدداً من محطات مترو دبي على الخط الأحمر')
E('killing/casualties', None, ISFNI, '2024-04-16', 'مساء الثلاثاء (same sentence)', RAKP, 'reported',
  'وفاة مواطن في السبعينات من عمره')
E('other', None, ISFNI, '2024-04-16', 'مساء الثلاثاء', RAKP, 'reported', 'جرفت السيول مركبته في وادي إصفني مساء الثلاثاء')
E('other', 'rescue teams', ISFNI, '2024-04-16', 'مساء الثلاثاء (same sentence)', None, 'asserted',
  'تمكنت فرق الإنقاذ من انتشال ثلاثة أشخاص علقوا في مركبة أخرى بالمنطقة ذاتها')
E('other', None, SHJ, None, None, None, 'asserted',
  'شهدت إمارة الشارقة تجمعات كبيرة للمياه في مناطق النهدة والتعاون والمجاز')
E('displacement', None, SHJ, None, None, None, 'asserted',
  'اضطر عدداً من السكان إلى مغادرة منازلهم والانتقال إلى فنادق أو منازل أقارب')
E('other', None, 'Sharjah', None, 'لساعات — "for hours", vague', None, 'asserted',
  'انقطعت الكهرباء عن بعض الأبراج السكنية لساعات')
E('other', None, KAS, None, None, KAABI, 'reported', 'الماي دخل الحوي ووصل لين الركبة')
E('other', None, KAS, None, None, KAABI, 'reported', 'سيارتي غرقت جدام البيت')
E('other', NCEMA, UAE, None, 'مطلع الأسبوع — "early in the week", vague', None, 'asserted',
  'الهيئة الوطنية لإدارة الطوارئ والأزمات والكوارث قد رفعت درجة الاستعداد مطلع الأسبوع')
E('other', NCEMA, 'low-lying areas (UAE)', None, None, None, 'asserted', 'وجهت الجهات المعنية بإخلاء المناطق المنخفضة')
E('other', None, UAE, None, 'الشهر الماضي — month only (March 2024)', None, 'asserted',
  'شهدت الدولة الشهر الماضي حالة عدم استقرار جوي مماثلة لكنها أقل حدة')
E('other', None, UAE, None, 'اليوم وغداً — two days (2024-04-17 and 2024-04-18)', NCM, 'predicted',
  'يشهد الطقس اليوم وغداً تحسناً تدريجياً مع انحسار السحب الركامية')
E('other', None, 'UAE interior', None, None, NCM, 'predicted',
  'تعود درجات الحرارة إلى الارتفاع لتتراوح بين 32 و36 درجة مئوية في المناطق الداخلية')

N('254.8', 'millimetres', 'rainfall at Khatm Al Shakla (headline)', 'exact', '254.8 ملم', 0)
N('75', 'years', 'period for which this is the highest rainfall', 'exact', '75 عاماً')
N('254.8', 'millimetres', 'rainfall at Khatm Al Shakla in 24 hours', 'exact', '254.8 ملم', 1)
N('24', 'hours', 'period of the record rainfall', 'exact', '24 ساعة')
N('142', 'millimetres', 'rainfall at the Dubai International Airport station', 'exact', '142 ملم')
N('95', 'millimetres', "Dubai's average annual rainfall", 'approx', 'نحو 95 ملم')
N('45', 'flights', 'inbound flights diverted from Dubai International', 'exact', '45 رحلة')
N('2', 'hours', 'suspension of inbound flights', 'exact', 'ساعتين')
N('2', 'days', 'extension of remote work for federal employees', 'exact', 'يومين إضافيين')
N('1', 'people', 'citizen who died when the floods swept his vehicle away', 'exact', 'مواطن')
N('3', 'people', 'people rescued from another vehicle', 'exact', 'ثلاثة أشخاص')
N(None, 'people', 'Sharjah residents who left their homes', 'vague', 'عدداً من السكان')
N('32', 'degrees Celsius', 'forecast temperature, lower bound', 'exact', '32')
N('36', 'degrees Celsius', 'forecast temperature, upper bound', 'exact', '36 درجة مئوية')

D('منذ 75 عاماً', None, 'relative')
D('أمس', '2024-04-16', 'relative', 0)
D('الثلاثاء', '2024-04-16', 'weekday', 0)
D('خلال 24 ساعة', None, 'relative')
D('عام 1949', None, 'vague')
D('الاثنين', '2024-04-15', 'weekday')
D('أمس', '2024-04-16', 'relative', 1)
D('أمس', '2024-04-16', 'relative', 2)
D('اليوم', '2024-04-17', 'relative', 0)
D('اليوم', '2024-04-17', 'relative', 1)
D('الأربعاء', '2024-04-17', 'weekday')
D('الجمعة المقبل', '2024-04-19', 'relative')
D('الثلاثاء', '2024-04-16', 'weekday', 1)
D('لساعات', None, 'vague')
D('مطلع الأسبوع', None, 'relative')
D('الشهر الماضي', '2024-03', 'relative')
D('اليوم', '2024-04-17', 'relative', 2)
D('غداً', '2024-04-18', 'relative')

A(NCM, 'بحسب', False,
  'سجلت دولة الإمارات أمس الثلاثاء أكبر كمية أمطار في تاريخها المسجل، إذ بلغت 254.8 ملم في منطقة ختم الشكلة بمدينة العين '
  'خلال 24 ساعة، وهي الأعلى منذ بدء تسجيل البيانات المناخية في الدولة عام 1949')
A(NCM, 'أوضح', False,
  'الأمطار الغزيرة التي بدأت مساء الاثنين واستمرت حتى مساء أمس، رافقها برق ورعد وتساقط للبرد على مناطق واسعة من الدولة')
A(NCM, 'مشيراً', False, 'محطة مطار دبي الدولي سجلت 142 ملم، متجاوزة المعدل السنوي للمدينة البالغ نحو 95 ملم')
A(NCM, 'نفى', False, 'ما تداولته وسائل إعلام أجنبية عن أن عمليات الاستمطار تسببت في الأمطار الغزيرة')
A(FMEDIA, 'تداولته', False, 'عمليات الاستمطار تسببت في الأمطار الغزيرة')
A(NCM, 'مؤكداً', False, 'أنه "لم تنفذ أي عمليات تلقيح للسحب خلال الحالة الجوية"')
A(DA, 'أعلنت', False, 'تحويل 45 رحلة قادمة إلى مطارات مجاورة أمس، وإلغاء عشرات الرحلات')
A(PG, 'قال', False, 'المطار يمر "بظروف صعبة للغاية"')
A(EK, 'أعلنت', False,
  'تعليق إجراءات تسجيل المسافرين المغادرين من دبي من الثامنة صباح اليوم الأربعاء حتى منتصف الليل')
A(KHDA, 'أعلنت', False, 'استمرار التعلم عن بعد في المدارس الخاصة')
A(DP, 'أهابت', False, 'السائقين تجنب الطرق المغمورة بالمياه')
A(RAKP, 'أعلنت', False, 'وفاة مواطن في السبعينات من عمره، بعد أن جرفت السيول مركبته في وادي إصفني مساء الثلاثاء')
A(KAABI, 'قال', True,
  'والله عمري ما شفت مطر جذي، الماي دخل الحوي ووصل لين الركبة، وسيارتي غرقت جدام البيت.. الحمد لله إن العيال كانوا في '
  'البيت وما طلعوا')
A(NCM, 'توقع', False,
  'يشهد الطقس اليوم وغداً تحسناً تدريجياً مع انحسار السحب الركامية، وأن تعود درجات الحرارة إلى الارتفاع لتتراوح بين 32 '
  'و36 درجة مئوية في المناطق الداخلية')

ENT('ختم الشكلة', 'LOC', 'Khatm Al Shakla')
ENT('الإمارات', 'LOC', UAE)
ENT('دبي', 'LOC', 'Dubai')
ENT('البيان', 'ORG', 'Al Bayan')
ENT('العين', 'LOC', 'Al Ain')
ENT('المركز الوطني للأرصاد', 'ORG', NCM)
ENT('المركز', 'ORG', NCM)
ENT('مطار دبي الدولي', 'LOC', DXB)
ENT('مطارات دبي', 'ORG', DA)
ENT('بول غريفيث', 'PER', 'Paul Griffiths')
ENT('طيران الإمارات', 'ORG', EK)
ENT('وزارة التربية والتعليم', 'ORG', 'Ministry of Education (UAE)')
ENT('هيئة المعرفة والتنمية البشرية في دبي', 'ORG', KHDA)
ENT('الحكومة الاتحادية', 'ORG', 'UAE federal government')
ENT('شرطة دبي', 'ORG', DP)
ENT('شارع الشيخ زايد', 'LOC', 'Sheikh Zayed Road')
ENT('هيئة الطرق والمواصلات', 'ORG', RTA)
ENT('مترو دبي', 'LOC', 'Dubai Metro')
ENT('الخط الأحمر', 'LOC', 'Red Line (Dubai Metro)')
ENT('رأس الخيمة', 'LOC', 'Ras Al Khaimah')
ENT('القيادة العامة للشرطة', 'ORG', RAKP)
ENT('إصفني', 'LOC', 'Wadi Isfni')
ENT('الشارقة', 'LOC', 'Sharjah')
ENT('النهدة', 'LOC', 'Al Nahda (Sharjah)')
ENT('التعاون', 'LOC', 'Al Taawun (Sharjah)')
ENT('المجاز', 'LOC', 'Al Majaz (Sharjah)')
ENT('سالم الكعبي', 'PER', 'Salem Al Kaabi')
ENT('الهيئة الوطنية لإدارة الطوارئ والأزمات والكوارث', 'ORG', NCEMA)

F('the rain (record)', 'أعلى هطول أمطار')
F('the rain (record)', 'أكبر كمية أمطار')
F('the rain (heavy)', 'الأمطار الغزيرة')
F('the rain', 'الأمطار')
F('floods', 'السيول')
F('the weather event', 'الحالة الجوية')
F('the weather event (instability)', 'عدم استقرار جوي')
F('cloud seeding', 'الاستمطار')
F('cloud seeding', 'تلقيح للسحب')
F('airport situation (CEO wording)', 'ظروف صعبة للغاية')
F('flight disruption', 'اضطراب واسع')
F('flooded roads', 'الطرق المغمورة بالمياه')
F('the dead man (citizen)', 'مواطن')
F('the weather (improvement)', 'تحسناً تدريجياً')
finish_article('h04')

# ---------------------------------------------------------------------------------------------- h05
article('h05', 'v05_daraa_border_smuggling.txt',
        {'name_ar': 'عنب بلدي', 'name_en': 'Enab Baladi', 'domain': 'enabbaladi.net'},
        '2024-01-08',
        'Written for this set; publication date 2024-01-08 (Monday) set by the author and recorded in '
        'v05_daraa_border_smuggling.yml. Consistent with the text: the border clash "فجر السبت الماضي" = 2024-01-06, '
        'the al-Musayfirah killing "مساء الأحد" = 2024-01-07, the Melh abduction "قبل يومين" = 2024-01-06, the earlier '
        'Jordanian announcement "في 18 من كانون الأول الماضي" = 2023-12-18. Dateline line "عنب بلدي – درعا". High '
        'confidence (by construction).',
        'مقتل خمسة مهربين باشتباك مع الجيش الأردني.. والاغتيالات تتواصل في درعا')
JAF = 'Jordanian Armed Forces'
BORDER = 'Jordan–Syria border'
SMUG = 'armed smuggling groups'
PETRA = 'military source at the General Command of the Jordanian Armed Forces (via Petra)'
EBC = 'Enab Baladi correspondent in the eastern Daraa countryside'
LOCS = 'local sources (speaking to Enab Baladi)'
MDO = 'Martyrs Documentation Office in Daraa'
ABUAHMAD = 'Abu Ahmad (resident of al-Jiza)'
S24 = 'Suwayda 24'
JORSEC = 'Jordanian security sources'
DARAA = 'Daraa Governorate'
SHAAB = 'Al-Shaab (eastern Suwayda countryside)'
MAY23 = 'في أيار 2023 — month only (May 2023)'
DEC18 = 'في 18 من كانون الأول الماضي dates the announcement (2023-12-18), not the clashes'
E('killing/casualties', JAF, BORDER, None, None, None, 'asserted', 'مقتل خمسة مهربين باشتباك مع الجيش الأردني')
E('killing/casualties', None, DARAA, None, None, None, 'asserted', 'الاغتيالات تتواصل في درعا')
E('killing/casualties', JAF, BORDER, '2024-01-06', 'فجر السبت الماضي (same sentence)', JAF, 'reported',
  'مقتل خمسة مهربين وإصابة آخرين')
E('other', 'Jordanian Armed Forces and armed smuggling groups', BORDER, '2024-01-06', 'فجر السبت الماضي (same sentence)',
  JAF, 'reported', 'اشتباكات مع مجموعات مسلحة')
E('advance/offensive', SMUG, BORDER, '2024-01-06', 'فجر السبت الماضي', JAF, 'reported',
  'مجموعات مسلحة حاولت اجتياز الحدود قادمة من الأراضي السورية فجر السبت الماضي')
E('killing/casualties', None, DARAA, None, 'خلال الأيام الماضية — "in recent days", vague', None, 'asserted',
  'شهدت محافظة درعا جنوبي سوريا خلال الأيام الماضية سلسلة عمليات اغتيال طالت عناصر سابقين في فصائل المعارضة ومتهمين '
  'بتجارة المخدرات')
E('advance/offensive', SMUG, 'Eastern Military Region (Jordan–Syria border)', None, None, PETRA, 'reported',
  'رصدت محاولة تسلل وتهريب كميات كبيرة من المواد المخدرة بحماية مجموعات مسلحة')
E('other', JAF, 'Eastern Military Region (Jordan–Syria border)', None, None, PETRA, 'reported', 'تطبيق قواعد الاشتباك')
E('killing/casualties', JAF, 'Eastern Military Region (Jordan–Syria border)', None, None, PETRA, 'reported',
  'مقتل خمسة من المهربين وإصابة آخرين')
E('other', 'smugglers', 'Jordan–Syria border (into Syria)', None, None, PETRA, 'reported', 'فرار البقية إلى العمق السوري')
E('other', JAF, BORDER, None, None, PETRA, 'reported',
  'القوات ضبطت 627 ألف حبة كبتاغون و3 آلاف كف حشيش، إلى جانب بنادق آلية')
E('statement', 'military source at the General Command of the Jordanian Armed Forces', None, None, None,
  'Jordan News Agency (Petra)', 'reported',
  'مؤكداً أن القوات المسلحة "ستضرب بيد من حديد كل من تسول له نفسه العبث بأمن الحدود"')
E('killing/casualties', JAF, BORDER, None, DEC18, JAF, 'reported', 'مقتل وإصابة عدد من المهربين')
E('other', 'Jordanian Armed Forces and smugglers', BORDER, None, DEC18, JAF, 'reported', 'اشتباكات استمرت 14 ساعة')
E('accusation', JAF, None, None, None, None, 'asserted', 'قال إنها كانت مع مجموعات "مرتبطة بميليشيات إيرانية"')
E('other', JAF, BORDER, '2023-12-18', 'حينها — "at the time" (18 Dec 2023)', None, 'asserted', 'اعتقل حينها تسعة أشخاص')
E('other', 'smugglers', 'Lajat and the south-eastern Suwayda countryside', None, None, EBC, 'reported',
  'المهربين ينطلقون عادة من قرى وبلدات في منطقة اللجاة وريف السويداء الجنوبي الشرقي')
E('killing/casualties', 'unknown gunmen', 'Al-Musayfirah (eastern Daraa countryside)', '2024-01-07', 'مساء الأحد', LOCS,
  'reported',
  'قُتل الشاب محمد خالد الزعبي، وهو عنصر سابق في "الجيش الحر" انضم إلى "اتفاق التسوية" عام 2018، برصاص مسلحين مجهولين في '
  'بلدة المسيفرة بريف درعا الشرقي مساء الأحد')
E('other', 'Mohammad Khaled al-Zoubi', DARAA, None, 'عام 2018 — year only', LOCS, 'reported', 'انضم إلى "اتفاق التسوية" عام 2018')
E('killing/casualties', None, 'Nasib–Al-Taybah road (eastern Daraa countryside)', '2024-01-07',
  'في اليوم نفسه — the same day as the al-Zoubi killing (Sunday)', None, 'asserted',
  'عُثر على جثة رجل في الأربعينيات من عمره مقتولاً بطلق ناري في الرأس على طريق نصيب - الطيبة')
E('other', 'the man found dead', DARAA, None, None, LOCS, 'reported', 'متهم بالعمل في تهريب المخدرات لصالح مجموعة محلية')
E('killing/casualties', None, DARAA, None, 'خلال كانون الأول الماضي — month only (December 2023)', MDO, 'reported',
  'مقتل 46 شخصاً في المحافظة خلال كانون الأول الماضي')
E('killing/casualties', 'unknown assailants', DARAA, None, 'خلال كانون الأول الماضي — month only (December 2023)', MDO,
  'reported', '29 قضوا في عمليات اغتيال نفذها مجهولون')
E('killing/casualties', None, DARAA, None, 'تشرين الثاني — month only (November 2023)', MDO, 'reported',
  '38 شخصاً في تشرين الثاني')
E('killing/casualties', 'unknown', 'Al-Jiza (eastern Daraa countryside)', None, None, ABUAHMAD, 'reported',
  'كل يوم في قتيل والقاتل مجهول')
E('other', 'gunmen', 'Melh (eastern Suwayda countryside)', '2024-01-06', 'قبل يومين', S24, 'reported',
  'مسلحين اختطفوا شابين من بلدة ملح بريف المحافظة الشرقي قبل يومين')
E('other', 'gunmen', 'Melh (eastern Suwayda countryside)', None, 'no cue of its own; "قبل يومين" dates the abduction', S24,
  'reported', 'أفرجوا عنهما بعد دفع فدية قدرها 50 مليون ليرة سورية (نحو 3500 دولار أمريكي)')
E('airstrike/shelling', 'Jordanian Air Force (suspected)', SHAAB, None, MAY23, None, 'asserted',
  'طائرات يرجح أنها أردنية قد شنت في أيار 2023 غارة على منزل في بلدة الشعاب بريف السويداء الشرقي')
E('killing/casualties', 'Jordanian Air Force (suspected)', SHAAB, None, MAY23, None, 'asserted',
  'قُتل فيها تاجر المخدرات مرعي الرمثان مع زوجته وأطفاله الستة')
E('statement', JORSEC, None, None, None, None, 'asserted',
  'تقدر مصادر أمنية أردنية أن حبة الكبتاغون الواحدة تباع في أسواق الخليج بما بين 10 و25 دولاراً')

N('5', 'people', 'smugglers killed (headline)', 'exact', 'خمسة مهربين', 0)
N('5', 'people', 'smugglers killed in the border clash', 'exact', 'خمسة مهربين', 1)
N(None, 'people', 'smugglers wounded in the border clash', 'vague', 'آخرين', 0)
N('5', 'people', 'smugglers killed (Jordanian military source)', 'exact', 'خمسة من المهربين')
N(None, 'people', 'smugglers wounded (Jordanian military source)', 'vague', 'آخرين', 1)
N(None, 'people', 'smugglers who fled back into Syria', 'vague', 'البقية')
N('627000', 'pills', 'Captagon pills seized', 'exact', '627 ألف حبة كبتاغون')
N('3000', 'hashish slabs', 'slabs of hashish seized', 'exact', '3 آلاف كف حشيش')
N(None, 'people', 'smugglers killed or wounded in the December clashes', 'vague', 'عدد من المهربين')
N('14', 'hours', 'duration of the December clashes', 'exact', '14 ساعة')
N('9', 'people', 'people arrested in December', 'exact', 'تسعة أشخاص')
N('1', 'people', 'man found shot dead on the Nasib–Al-Taybah road', 'exact', 'رجل')
N('46', 'people', 'people killed in Daraa province in December 2023', 'exact', '46 شخصاً')
N('29', 'people', 'of them killed in assassinations', 'exact', '29')
N('38', 'people', 'people killed in Daraa province in November 2023', 'exact', '38 شخصاً')
N('2', 'people', 'young men abducted from Melh', 'exact', 'شابين')
N('50000000', 'Syrian pounds', 'ransom paid', 'exact', '50 مليون ليرة سورية')
N('3500', 'US dollars', 'ransom paid (dollar equivalent)', 'approx', 'نحو 3500 دولار أمريكي')
N('6', 'people', "al-Ramthan's children killed in the strike", 'exact', 'أطفاله الستة')
N('10', 'US dollars', 'Gulf street price of one Captagon pill, lower bound', 'exact', '10')
N('25', 'US dollars', 'Gulf street price of one Captagon pill, upper bound', 'exact', '25 دولاراً')

D('السبت الماضي', '2024-01-06', 'relative')
D('خلال الأيام الماضية', None, 'relative')
D('18 من كانون الأول الماضي', '2023-12-18', 'absolute')
D('حينها', '2023-12-18', 'relative')
D('خلال فصل الشتاء', None, 'vague')
D('عام 2018', None, 'vague')
D('الأحد', '2024-01-07', 'weekday')
D('في اليوم نفسه', '2024-01-07', 'relative')
D('كانون الأول الماضي', '2023-12', 'absolute', 1)
D('تشرين الثاني', '2023-11', 'absolute')
D('قبل يومين', '2024-01-06', 'relative')
D('أيار 2023', '2023-05', 'absolute')

A(JAF, 'أعلن', False,
  'مقتل خمسة مهربين وإصابة آخرين، في اشتباكات مع مجموعات مسلحة حاولت اجتياز الحدود قادمة من الأراضي السورية فجر السبت الماضي')
A(PETRA, 'نقلت', False,
  'قوات حرس الحدود في المنطقة العسكرية الشرقية "رصدت محاولة تسلل وتهريب كميات كبيرة من المواد المخدرة بحماية مجموعات '
  'مسلحة"، وأنه جرى "تطبيق قواعد الاشتباك، ما أدى إلى مقتل خمسة من المهربين وإصابة آخرين وفرار البقية إلى العمق السوري"')
A(PETRA, 'أضاف', False, 'القوات ضبطت 627 ألف حبة كبتاغون و3 آلاف كف حشيش، إلى جانب بنادق آلية')
A(PETRA, 'مؤكداً', False, 'القوات المسلحة "ستضرب بيد من حديد كل من تسول له نفسه العبث بأمن الحدود"')
A(JAF, 'أعلن', False, 'مقتل وإصابة عدد من المهربين في اشتباكات استمرت 14 ساعة')
A(JAF, 'قال', False, 'إنها كانت مع مجموعات "مرتبطة بميليشيات إيرانية"')
A(EBC, 'قال', False,
  'المهربين ينطلقون عادة من قرى وبلدات في منطقة اللجاة وريف السويداء الجنوبي الشرقي، حيث تنشط مجموعات محلية مرتبطة '
  'بالأجهزة الأمنية السورية و"حزب الله" اللبناني، مستغلين الضباب الكثيف خلال فصل الشتاء لتجاوز نقاط المراقبة')
A(LOCS, 'بحسب', False,
  'قُتل الشاب محمد خالد الزعبي، وهو عنصر سابق في "الجيش الحر" انضم إلى "اتفاق التسوية" عام 2018، برصاص مسلحين مجهولين في '
  'بلدة المسيفرة بريف درعا الشرقي مساء الأحد')
A(LOCS, 'قالت', False, 'إنه متهم بالعمل في تهريب المخدرات لصالح مجموعة محلية')
A(MDO, 'وثق', False,
  'مقتل 46 شخصاً في المحافظة خلال كانون الأول الماضي، بينهم 29 قضوا في عمليات اغتيال نفذها مجهولون، مقابل 38 شخصاً في تشرين '
  'الثاني')
A(ABUAHMAD, 'يقول', True,
  'ما عاد حدا يأمن على حالو، كل يوم في قتيل والقاتل مجهول، والناس صارت تسكّر بوابها من المغرب.. حتى الولاد ما عاد نبعتهم '
  'عالمدرسة لحالهم')
A(S24, 'أفادت', False,
  'مسلحين اختطفوا شابين من بلدة ملح بريف المحافظة الشرقي قبل يومين، وأفرجوا عنهما بعد دفع فدية قدرها 50 مليون ليرة سورية '
  '(نحو 3500 دولار أمريكي)')
A(JORSEC, 'تقدر', False, 'حبة الكبتاغون الواحدة تباع في أسواق الخليج بما بين 10 و25 دولاراً')

ENT('الجيش الأردني', 'ORG', JAF)
ENT('درعا', 'LOC', 'Daraa')
ENT('عنب بلدي', 'ORG', 'Enab Baladi')
ENT('سوريا', 'LOC', 'Syria')
ENT('وكالة الأنباء الأردنية', 'ORG', 'Jordan News Agency (Petra)')
ENT('بترا', 'ORG', 'Jordan News Agency (Petra)')
ENT('القيادة العامة للقوات المسلحة الأردنية', 'ORG', 'General Command of the Jordanian Armed Forces')
ENT('الجيش العربي', 'ORG', JAF)
ENT('قوات حرس الحدود', 'ORG', 'Jordanian Border Guard Forces')
ENT('المنطقة العسكرية الشرقية', 'ORG', 'Eastern Military Region (Jordan)')
ENT('القوات المسلحة', 'ORG', JAF)
ENT('اللجاة', 'LOC', 'Lajat')
ENT('السويداء', 'LOC', 'Suwayda')
ENT('الأجهزة الأمنية السورية', 'ORG', 'Syrian security services')
ENT('حزب الله', 'ORG', 'Hezbollah')
ENT('محمد خالد الزعبي', 'PER', 'Mohammad Khaled al-Zoubi')
ENT('الجيش الحر', 'ORG', 'Free Syrian Army')
ENT('اتفاق التسوية', 'MISC', '2018 Daraa settlement agreement')
ENT('المسيفرة', 'LOC', 'Al-Musayfirah')
ENT('نصيب', 'LOC', 'Nasib')
ENT('الطيبة', 'LOC', 'Al-Taybah (Daraa)')
ENT('مكتب توثيق الشهداء في درعا', 'ORG', MDO)
ENT('أبو أحمد', 'PER', 'Abu Ahmad')
ENT('الجيزة', 'LOC', 'Al-Jiza (Daraa)')
ENT('السويداء 24', 'ORG', S24)
ENT('ملح', 'LOC', 'Melh')
ENT('الشعاب', 'LOC', 'Al-Shaab (Suwayda)')
ENT('مرعي الرمثان', 'PER', 'Marai al-Ramthan')
ENT('عمّان', 'LOC', 'Amman')
ENT('الخليج', 'LOC', 'Gulf states')

F('smugglers', 'مهربين')
F('smugglers', 'المهربين')
F('smugglers (armed groups)', 'مجموعات مسلحة')
F('smugglers (Jordanian wording: linked to Iranian militias)', 'ميليشيات إيرانية')
F('the killings (assassinations)', 'الاغتيالات')
F('the killings (assassinations)', 'عمليات اغتيال')
F('killers (unknown gunmen)', 'مسلحين مجهولين')
F('killers (unknown)', 'مجهولون')
F('former opposition fighters', 'فصائل المعارضة')
F('drugs', 'المخدرات')
F('drugs', 'المواد المخدرة')
F('drug trafficker', 'تاجر المخدرات')
F('Jordanian deterrence (iron fist)', 'بيد من حديد')
F('the 2018 deal (settlement)', 'اتفاق التسوية')
F('the strike (Jordan not acknowledged)', 'طائرات يرجح أنها أردنية')
F('the dead (martyrs)', 'الشهداء')
F('gunmen', 'مسلحين')
finish_article('h05')

# ---------------------------------------------------------------------------------------------- h06
article('h06', 'v06_nur_shams_raid.txt',
        {'name_ar': 'العربي الجديد', 'name_en': 'Al-Araby Al-Jadeed', 'domain': 'alaraby.co.uk'},
        '2024-04-21',
        'Written for this set; publication date 2024-04-21 (Sunday) set by the author and recorded in '
        'v06_nur_shams_raid.yml. Consistent with the text: the withdrawal "مساء أمس السبت" = 2024-04-20 after about 50 '
        'hours, the drone strike "فجر الجمعة" = 2024-04-19, the ministry toll and the general strike "اليوم الأحد" = '
        'publication day. Dateline line "طولكرم ــ العربي الجديد". High confidence (by construction).',
        '14 شهيداً في عدوان الاحتلال على مخيم نور شمس.. ومسيّرة تقصف مجموعة شبان')
IDF = 'Israel Defense Forces'
NS = 'Nur Shams refugee camp (Tulkarm)'
MAN = 'Al-Manshiyya neighbourhood, Nur Shams camp'
MOH_PS = 'Palestinian Ministry of Health'
WIT_PS = 'eyewitnesses (speaking to Al-Araby Al-Jadeed)'
PRCS = 'Palestine Red Crescent Society'
IDFSB = 'Israel Defense Forces (joint statement with the Shin Bet)'
ABSI = 'Mahmoud al-Absi (Nur Shams camp services committee)'
UMM = 'Umm Mohammed (resident of al-Manshiyya)'
TKB = 'Tulkarm Battalion (Al-Quds Brigades)'
PRES = 'Palestinian Presidency'
ABURD = 'Nabil Abu Rudeineh (Palestinian presidential spokesman)'
PPS = "Palestinian Prisoner's Society"
RAID = 'no cue of its own: the raid lasted about 50 hours, ending on the evening of 2024-04-20'
E('killing/casualties', IDF, NS, None, None, None, 'asserted', '14 شهيداً')
E('advance/offensive', IDF, NS, None, None, None, 'asserted', 'عدوان الاحتلال على مخيم نور شمس')
E('airstrike/shelling', IDF, NS, None, None, None, 'asserted', 'مسيّرة تقصف مجموعة شبان')
E('other', IDF, NS, '2024-04-20', 'مساء أمس السبت', None, 'asserted',
  'انسحبت قوات الاحتلال الإسرائيلي مساء أمس السبت من مخيم نور شمس شرقي مدينة طولكرم شمالي الضفة الغربية')
E('advance/offensive', IDF, NS, None, RAID, None, 'asserted', 'عدوان متواصل استمر نحو 50 ساعة')
E('killing/casualties', IDF, NS, None, RAID, None, 'asserted', 'استشهاد 14 فلسطينياً، بينهم ثلاثة أطفال، وإصابة العشرات')
E('other', IDF, NS, None, RAID, None, 'asserted', 'دمار واسع في البنية التحتية والمنازل')
E('killing/casualties', IDF, NS, None, 'cumulative toll; "صباح اليوم الأحد" dates the announcement', MOH_PS, 'reported',
  'ارتفاع حصيلة الشهداء إلى 14')
E('other', None, MAN, '2024-04-21', 'صباح اليوم الأحد (same sentence)', MOH_PS, 'reported',
  'انتشال جثامين ثلاثة شبان من تحت أنقاض منزل في حارة المنشية')
E('killing/casualties', IDF, NS, None,
  'في اليوم الأول من الاقتحام — event-anchored (the first day of the raid), not a date', MOH_PS, 'reported',
  'طه محاميد (15 عاماً)، الذي استشهد برصاص قناص في اليوم الأول من الاقتحام')
E('airstrike/shelling', IDF, MAN, '2024-04-19', 'فجر الجمعة', None, 'asserted',
  'طائرة مسيّرة إسرائيلية قد قصفت، فجر الجمعة، مجموعة من الشبان في حارة المنشية داخل المخيم')
E('killing/casualties', IDF, MAN, '2024-04-19', 'فجر الجمعة (same sentence)', None, 'asserted',
  'استشهاد أربعة منهم وإصابة آخرين بجروح خطيرة')
E('other', IDF, MAN, None, None, WIT_PS, 'reported',
  'قوات الاحتلال منعت طواقم الإسعاف من الوصول إلى المصابين لأكثر من ساعتين')
E('killing/casualties', IDF, NS, None, None, PRCS, 'reported',
  'طواقمها تعاملت مع 23 إصابة خلال العدوان، بينها 11 إصابة بالرصاص الحي')
E('other', IDF, NS, None, 'لساعات — "for hours", vague', PRCS, 'reported',
  'احتجزت إحدى سيارات الإسعاف لساعات وأخضعت المسعفين للتفتيش والتحقيق الميداني')
E('killing/casualties', IDF, NS, None, None, IDFSB, 'reported', 'قضت على عشرة مخربين')
E('other', IDF, NS, None, None, IDFSB, 'reported', 'اعتقلت ثمانية مطلوبين')
E('other', IDF, NS, None, None, IDFSB, 'reported', 'عثر على "عشرات العبوات الناسفة المزروعة تحت الطرقات"')
E('explosion', IDF, NS, None, None, IDFSB, 'reported', 'فجّرها')
E('killing/casualties', None, NS, None, None, IDF, 'reported', 'إصابة ضابط وثلاثة من عناصر حرس الحدود بجروح متفاوتة')
E('other', IDF, NS, None, None, ABSI, 'reported',
  'الجرافات العسكرية من نوع "دي 9" جرفت الشوارع الرئيسية في المخيم بشكل كامل')
E('other', IDF, NS, None, None, ABSI, 'reported', 'دمرت شبكات المياه والكهرباء والصرف الصحي')
E('other', IDF, NS, None, None, ABSI, 'reported', 'هدم أجزاء من 12 منزلاً')
E('other', IDF, NS, None, None, ABSI, 'reported', 'إحراق عدد من المحال التجارية')
E('statement', ABSI, None, None, None, None, 'asserted', 'مقدراً الخسائر الأولية بنحو ثلاثة ملايين دولار')
E('other', IDF, MAN, None, None, UMM, 'reported', 'الجرافات قلبت الشارع كله')
E('other', IDF, MAN, None, None, UMM, 'reported', 'بيتنا صار مكشوف عالشارع')
E('other', 'Tulkarm Battalion and Israeli forces', NS, None, None, TKB, 'reported',
  'مقاتليها خاضوا "اشتباكات عنيفة" مع قوات الاحتلال')
E('explosion', TKB, NS, None, None, TKB, 'reported', 'فجّروا عبوات ناسفة بآلياتها في محاور عدة داخل المخيم')
E('statement', PRES, None, None, None, None, 'asserted', 'دانت الرئاسة الفلسطينية "المجزرة" في المخيم')
E('accusation', ABURD, None, None, None, None, 'asserted',
  'قال الناطق باسمها نبيل أبو ردينة في بيان إن "ما يجري في نور شمس وطولكرم جزء من حرب الإبادة التي تشنها حكومة الاحتلال '
  'على شعبنا في غزة والضفة"')
E('other', None, 'Tulkarm and its two camps', '2024-04-21', 'اليوم الأحد', None, 'asserted',
  'عمّ الإضراب الشامل، اليوم الأحد، مدينة طولكرم ومخيميها')
E('other', 'residents of Tulkarm', 'Tulkarm (from Thabet Thabet Government Hospital)', '2024-04-21',
  'اليوم الأحد (same sentence)', None, 'asserted',
  'شيّع آلاف المواطنين جثامين عدد منهم في موكب انطلق من أمام مستشفى ثابت ثابت الحكومي')
E('killing/casualties', None, 'West Bank (including Jerusalem)', None,
  'منذ السابع من أكتوبر/ تشرين الأول الماضي — cumulative since 2023-10-07', MOH_PS, 'reported',
  'يرتفع عدد الشهداء في الضفة الغربية، بما فيها القدس، منذ السابع من أكتوبر/ تشرين الأول الماضي إلى 474 شهيداً')
E('other', None, 'West Bank', None, 'خلال الفترة ذاتها — the same period (since 2023-10-07)', PPS, 'reported',
  'تجاوز عدد المعتقلين في الضفة خلال الفترة ذاتها 8 آلاف')

N('14', 'people', 'Palestinians killed in the raid (headline)', 'exact', '14 شهيداً')
N('50', 'hours', 'duration of the raid', 'approx', 'نحو 50 ساعة')
N('14', 'people', 'Palestinians killed in the raid', 'exact', '14 فلسطينياً')
N('3', 'people', 'children among the dead', 'exact', 'ثلاثة أطفال')
N(None, 'people', 'people wounded in the raid', 'vague', 'العشرات')
N('14', 'people', 'death toll announced by the Ministry of Health', 'exact', '14', 2)
N('3', 'people', 'young men whose bodies were recovered from the rubble', 'exact', 'ثلاثة شبان')
N('15', 'years', 'age of Taha Mahamid', 'exact', '15 عاماً')
N('4', 'people', 'young men killed by the drone strike', 'exact', 'أربعة منهم')
N(None, 'people', 'people wounded by the drone strike', 'vague', 'آخرين')
N('2', 'hours', 'time ambulances were kept from the wounded', 'more than', 'أكثر من ساعتين')
N('23', 'people', 'injuries treated by the Red Crescent', 'exact', '23 إصابة')
N('11', 'people', 'injuries from live fire', 'exact', '11 إصابة')
N('10', 'people', 'people the Israeli army says it killed ("terrorists")', 'exact', 'عشرة مخربين')
N('8', 'people', 'wanted people the Israeli army says it arrested', 'exact', 'ثمانية مطلوبين')
N('1', 'people', 'Israeli officer wounded', 'exact', 'ضابط')
N('3', 'people', 'Border Police members wounded', 'exact', 'ثلاثة من عناصر حرس الحدود')
N('12', 'houses', 'houses partly demolished', 'exact', '12 منزلاً')
N('3000000', 'US dollars', 'preliminary estimate of the losses', 'approx', 'نحو ثلاثة ملايين دولار')
N('2', 'days', "days the children have not slept (resident's words)", 'exact', 'يومين')
N(None, 'people', 'mourners at the funerals', 'vague', 'آلاف المواطنين')
N(None, 'people', 'dead whose funerals were held', 'vague', 'عدد منهم')
N('474', 'people', 'Palestinians killed in the West Bank since 7 October', 'exact', '474 شهيداً')
N('8000', 'people', 'people detained in the West Bank since 7 October', 'more than', '8 آلاف')

D('أمس', '2024-04-20', 'relative')
D('السبت', '2024-04-20', 'weekday')
D('اليوم', '2024-04-21', 'relative', 0)
D('الأحد', '2024-04-21', 'weekday', 0)
D('الجمعة', '2024-04-19', 'weekday')
D('لساعات', None, 'vague')
D('صارلهم يومين', None, 'relative')
D('اليوم', '2024-04-21', 'relative', 2)  # 2, not 1: occurrence 1 is "اليوم الأول من الاقتحام" (not a date)
D('الأحد', '2024-04-21', 'weekday', 1)
D('منذ السابع من أكتوبر/ تشرين الأول الماضي', '2023-10-07', 'absolute')
D('خلال الفترة ذاتها', None, 'vague')

A(MOH_PS, 'أعلنت', False,
  'ارتفاع حصيلة الشهداء إلى 14، بعد انتشال جثامين ثلاثة شبان من تحت أنقاض منزل في حارة المنشية')
A(MOH_PS, 'مشيرة', False,
  'بين الشهداء الطفل طه محاميد (15 عاماً)، الذي استشهد برصاص قناص في اليوم الأول من الاقتحام')
A(WIT_PS, 'أفاد', False, 'قوات الاحتلال منعت طواقم الإسعاف من الوصول إلى المصابين لأكثر من ساعتين')
A(PRCS, 'قالت', False, 'طواقمها تعاملت مع 23 إصابة خلال العدوان، بينها 11 إصابة بالرصاص الحي')
A(PRCS, 'مؤكدة', False,
  'قوات الاحتلال "احتجزت إحدى سيارات الإسعاف لساعات وأخضعت المسعفين للتفتيش والتحقيق الميداني"')
A(IDFSB, 'زعم', False,
  'قواته "قضت على عشرة مخربين" واعتقلت ثمانية مطلوبين خلال العملية التي وصفها بأنها "عملية لمكافحة الإرهاب"')
A(IDFSB, 'مضيفاً', False, 'أنه عثر على "عشرات العبوات الناسفة المزروعة تحت الطرقات" وفجّرها')
A(IDF, 'أقر', False, 'إصابة ضابط وثلاثة من عناصر حرس الحدود بجروح متفاوتة')
A(ABSI, 'قال', False,
  'الجرافات العسكرية من نوع "دي 9" جرفت الشوارع الرئيسية في المخيم بشكل كامل، ودمرت شبكات المياه والكهرباء والصرف الصحي، '
  'إضافة إلى هدم أجزاء من 12 منزلاً وإحراق عدد من المحال التجارية')
A(ABSI, 'مقدراً', False, 'الخسائر الأولية بنحو ثلاثة ملايين دولار')
A(UMM, 'تقول', True,
  'الجرافات قلبت الشارع كله، ما ضل لا مي ولا كهربا، والولاد صارلهم يومين ما ناموا من صوت الانفجارات.. بيتنا صار مكشوف '
  'عالشارع')
A(TKB, 'أعلنت', False,
  'مقاتليها خاضوا "اشتباكات عنيفة" مع قوات الاحتلال، وفجّروا عبوات ناسفة بآلياتها في محاور عدة داخل المخيم')
A(PRES, 'دانت', True, 'المجزرة')
A(ABURD, 'قال', True,
  'ما يجري في نور شمس وطولكرم جزء من حرب الإبادة التي تشنها حكومة الاحتلال على شعبنا في غزة والضفة')
A(MOH_PS, 'وفق', False,
  'يرتفع عدد الشهداء في الضفة الغربية، بما فيها القدس، منذ السابع من أكتوبر/ تشرين الأول الماضي إلى 474 شهيداً')
A(PPS, 'بحسب', False, 'تجاوز عدد المعتقلين في الضفة خلال الفترة ذاتها 8 آلاف')

ENT('نور شمس', 'LOC', 'Nur Shams camp')
ENT('طولكرم', 'LOC', 'Tulkarm')
ENT('العربي الجديد', 'ORG', 'Al-Araby Al-Jadeed')
ENT('قوات الاحتلال الإسرائيلي', 'ORG', IDF)
ENT('الضفة الغربية', 'LOC', 'West Bank')
ENT('وزارة الصحة', 'ORG', MOH_PS)
ENT('المنشية', 'LOC', 'Al-Manshiyya (Nur Shams camp)')
ENT('طه محاميد', 'PER', 'Taha Mahamid')
ENT('قوات الاحتلال', 'ORG', IDF)
ENT('جمعية الهلال الأحمر الفلسطيني', 'ORG', PRCS)
ENT('جيش الاحتلال', 'ORG', IDF)
ENT('جهاز الأمن العام', 'ORG', 'Shin Bet')
ENT('الشاباك', 'ORG', 'Shin Bet')
ENT('الجيش', 'ORG', IDF)
ENT('حرس الحدود', 'ORG', 'Israel Border Police')
ENT('محمود العبسي', 'PER', 'Mahmoud al-Absi')
ENT('لجنة خدمات مخيم نور شمس', 'ORG', 'Nur Shams Camp Services Committee')
ENT('دي 9', 'MISC', 'Caterpillar D9')
ENT('أم محمد', 'PER', 'Umm Mohammed')
ENT('كتيبة طولكرم', 'ORG', 'Tulkarm Battalion')
ENT('سرايا القدس', 'ORG', 'Al-Quds Brigades')
ENT('حركة الجهاد الإسلامي', 'ORG', 'Palestinian Islamic Jihad')
ENT('الرئاسة الفلسطينية', 'ORG', PRES)
ENT('نبيل أبو ردينة', 'PER', 'Nabil Abu Rudeineh')
ENT('حكومة الاحتلال', 'ORG', 'Government of Israel')
ENT('غزة', 'LOC', 'Gaza Strip')
ENT('الضفة', 'LOC', 'West Bank')
ENT('الإدارة الأميركية', 'ORG', 'United States government')
ENT('مستشفى ثابت ثابت الحكومي', 'LOC', 'Thabet Thabet Government Hospital')
ENT('القدس', 'LOC', 'Jerusalem')
ENT('نادي الأسير الفلسطيني', 'ORG', PPS)

F('Israeli forces (occupation)', 'قوات الاحتلال')
F('Israeli forces (occupation)', 'قوات الاحتلال الإسرائيلي')
F('Israeli army (occupation)', 'جيش الاحتلال')
F('Israeli government (occupation)', 'حكومة الاحتلال')
F('the raid (aggression)', 'عدوان')
F('the raid (aggression)', 'العدوان')
F('the raid (storming)', 'الاقتحام')
F('the raid (Israeli army wording)', 'عملية لمكافحة الإرهاب')
F('the dead (martyrs)', 'شهيداً')
F('the dead (martyrs)', 'الشهداء')
F('killing (martyrdom)', 'استشهاد')
F('killing (martyrdom)', 'استشهد')
F('Palestinians killed (Israeli army wording: terrorists)', 'مخربين')
F('Palestinians detained (Israeli army wording: wanted)', 'مطلوبين')
F('the killings (massacre)', 'المجزرة')
F('the war (genocide)', 'حرب الإبادة')
F('Palestinians (our people)', 'شعبنا')
F('Israeli claims (alleged)', 'زعم')
F('Palestinian detainees', 'المعتقلين')
finish_article('h06')

UNCERTAIN = [
    'Texts are newly written for this set (realistic, not copied) by an annotator who had not seen the extractor '
    'code or its data files, nor run the extractors on them, nor read the texts/annotations of the blind held-out '
    'sets. Broad facts follow real events (the Dar es Salaam/Omdurman air strike of 8 Jul 2023 and the Sudan war '
    'figures of early July 2023; ISIS attacks around Kirkuk in December 2022, incl. the al-Safra attack of 18 Dec '
    '2022; aid through Rafah and the first Kerem Shalom deliveries of 17-18 Dec 2023; the UAE record rain of 16 Apr '
    '2024 (254.8 mm at Khatm Al Shakla); Jordanian border clashes with smugglers in Dec 2023/Jan 2024 and the May '
    '2023 strike that killed Marai al-Ramthan; the Nur Shams raid of 18-20 Apr 2024) but figures are approximate and '
    'the quotes of real officials are written for the set. Minor people are invented (Mohamed Adam, Haidar and Ali '
    'Abdul-Amir, the byline Ahmed Abdel Hamid, Sayed Abdel Rahman, Salem Al Kaabi, Mohammad Khaled al-Zoubi, Abu '
    'Ahmad, Mahmoud al-Absi, Umm Mohammed) and so are some figures (the Ombada hospital count, the Daraa monthly '
    'tolls, the Melh ransom); romanisations of minor names are the annotator\'s own.',
    'Article keys are h01..h06 (the shared validator expects them); files are v01..v06. Rows are sorted by position.',
    'Dates follow heldout9: part-of-day words (فجر، مساء، صباح، ليل) stay outside date surfaces; "أمس/اليوم + weekday" '
    'is two dates; "X الماضي" and "X المقبل" stay in the surface (السبت الماضي, الأحد الماضي = relative day; الجمعة '
    'المقبل = relative day in the future, kind relative because the validator reads a weekday kind as past); an '
    'opening منذ/خلال/ل stays in the surface (منذ أسابيع، منذ 15 أبريل/نيسان الماضي، منذ الأحد الماضي، خلال الأسابيع '
    'الماضية، لساعات، لأيام). Dialect periods "بقالنا خمس تيام" (Egyptian) and "صارلهم يومين" (Levantine) are '
    'relative/null like "منذ خمسة أيام", and also numbers. "منتصف أبريل" and "أواخر يونيو" are month values; year-only '
    'expressions (عام 1949، عام 2018، نهاية عام 2017) are vague. "حينها" (at that time) and "في اليوم نفسه" are '
    'resolved to the day they point back to; "في غضون ذلك" is vague like "في الأثناء". Not dates: event-anchored '
    'phrases (منذ بدء المواجهات، منذ بدء الحرب/الأزمة، خلال العدوان، في اليوم الأول من الاقتحام، بعد تسعة أيام من، '
    'خلال الحالة الجوية), recurring "يوميا"/"كل يوم", clock times (قرابة العاشرة صباحا، من الثامنة صباح، منتصف '
    'الليل), "من المغرب", durations without منذ/خلال (لمدة ساعتين، ليومين إضافيين، لأكثر من ساعتين), ages (في '
    'السبعينات/الأربعينيات من عمره), "فورا".',
    'Event dates: same-sentence events inherit the date, except where the sentence spans a period (v04 rain from '
    'Monday evening to Tuesday evening; v06 50-hour raid and its toll) or the second event plainly follows later (v05 '
    'release of the Melh abductees after a ransom, left undated). A cue that dates an announcement does not date '
    'the event announced (v01 RSF downing of a MiG "قبل يومين"; v02 Hamrin strikes "الشهر الماضي"; v05 December '
    'clashes "في 18 من كانون الأول الماضي"; v06 the ministry\'s cumulative toll "صباح اليوم"), but statements take '
    'the date of their own cue (v04 Paul Griffiths "صباح اليوم"). Month-only and period cues never date an event.',
    'Numbers: as heldout9. Headline figures are rows of their own; singular counted nouns in tolls are rows (ضابط، '
    'مواطن، رجل، طائرة حربية), a possessed "زوجته" (v05) is not; "أحدهم" is a row. Vague quantities only for people '
    '(العشرات، عدد كبير من الجرحى، كثيرا من الجثث، جميع الإرهابيين، آخرين، البقية، عدد من المهربين، عدداً من السكان، '
    'آلاف المواطنين، عدد منهم), not for trucks, flights, cars, devices or shops. Ranges are two rows (5 آلاف و7 آلاف، '
    '32 و36، 10 و25). "تجاوز"/"تتجاوز" before a figure is "more than". Money is whole units (200 مليون جنيه = '
    '200000000). Not numbers: "للمرة الأولى"، "الواحدة"، "إحدى سيارات الإسعاف"، duals of places (منطقتي، معبري، '
    'مخيميها)، "طرفي النزاع"، names with numerals (دي 9، السويداء 24، إف-16).',
    'Entities: classifiers stay outside (حي، منطقة، مدينة، ولاية، محافظة، ناحية، قضاء، قرية، بلدة، حارة، مخيم، إمارة، '
    'وادي، جبال، منصة), so Wadi al-Shay is "الشاي", Wadi Isfni "إصفني", the Hamrin Mountains "حمرين" and Nur Shams '
    'camp "نور شمس" (a debatable choice for the wadis, parallel to heldout9\'s "الغاب"). Facility names keep their head '
    '(قاعدة وادي سيدنا العسكرية، مستشفى النو، مستشفى كركوك العام، معبر رفح البري، معبر كرم أبو سالم، معبر العوجة، مطار '
    'دبي الدولي، شارع الشيخ زايد، مستشفى ثابت ثابت الحكومي)، and so does the named road "طريق العريش - رفح الدولي"; in '
    'the v03 headline "معبري رفح وكرم أبو سالم" gives the bare names. "سلاح المهندسين" (a base, "في محيط") is LOC and '
    '"سلاح المدرعات" (after "مقر") ORG. A nationality adjective after a ministry is left out (وزارة الصحة '
    'السودانية/الفلسطينية -> وزارة الصحة). Fused ل+article tokens are their own surfaces (للجزيرة نت، للأمم المتحدة، '
    'للجيش العراقي، للقوة الجوية العراقية، للتنظيم، للقوات المسلحة). Occupation designations in Al-Araby\'s voice '
    '(قوات الاحتلال، جيش الاحتلال، حكومة الاحتلال) are listed as the Israeli forces/government, like the seeds\' "قوات '
    'النظام". Short forms listed: الجيش، الدعم السريع، النقابة، التنظيم، الخلية، الحشد، المركز، زايد، الضفة، الشاباك. '
    '"القطاع" (the Strip), "الدولة" (the UAE) and "المصادر" are generic, not entities. "عمّان" (Amman, for the '
    'Jordanian government) is LOC.',
    'Attributions as heldout9: complement after أن/إن/بأن (fused pronouns kept), inside the quotes when the whole '
    'complement is quoted, mixed quotes false; a denial (نفى) and a condemnation (دانت) are attributions; a '
    'pull-quote subheading ("ما لقينا عربية") is an attribution with verb null; nested "ما تداولته وسائل إعلام '
    'أجنبية عن أن" gives a foreign-media attribution inside the NCM denial. Participial calls (داعيا، داعياً، '
    'مطالباً) are neither statements nor attributions. The headline colon "الهلال الأحمر:" is an attribution with '
    'verb null. The closing "بحسب" of v03 qualifies only its فيما clause (the convoy has its own أعلن); "وإن" in the '
    'v01 IOM sentence keeps the second figure inside the IOM span.',
    'Event typing: clashes with no parties named have a null actor; repelled or foiled infiltrations are '
    'counter-attack with the attacker as actor (v02 "تعاملت مع الهجوم"، "أحبطت محاولة تسلل"), while the Jordanian '
    '"تطبيق قواعد الاشتباك" is "other" (opening fire, no attack named); attempted border crossings and '
    'infiltrations are advance/offensive; raids into a camp ("عدوان") are advance/offensive; hospitals receiving and '
    'crews treating wounded are killing/casualties; aid entries, crossings of wounded and foreigners, transfers, '
    'arrests, seizures, closures, suspensions, remote learning, funerals, strikes, bulldozing and demolition are '
    '"other"; evacuation of residents is displacement. An attribution whose content is no event gets a statement row '
    '(estimates, warnings, denials, positions). The v01 section heading "نزوح متصاعد" is a displacement row. The '
    'own-voice Omdurman strike keeps the actor "unidentified aircraft" (the text never says whose aircraft; the RSF '
    'and Reuters-relayed claims name the army).',
]


description = {
    'summary': 'Tenth gold set (TUNING): six Arabic news articles written for this set in the style of real outlets '
               '(Al Jazeera Net on the July 2023 air strike on Dar es Salaam in Omdurman and the Sudanese army-RSF '
               'war; Sky News Arabia on an Islamic State attack on an Iraqi army post in Wadi al-Shay, Kirkuk, and '
               'the air strikes after it; Al-Ahram on aid trucks through the Rafah and Kerem Shalom crossings in '
               'December 2023; Al Bayan on the record UAE rainfall of April 2024; Enab Baladi on Jordanian border '
               'clashes with smugglers and assassinations in Daraa and Suwayda; Al-Araby Al-Jadeed on the April 2024 '
               'Israeli raid on Nur Shams camp, Tulkarm), annotated by hand without looking at the extractors. Same '
               'format and conventions as ../shared/dev-set/seeds_gold.json. "file" is relative to tests/. Offsets '
               'are Python str indices into open(path, encoding="utf-8").read().',
    'uncertain_points': UNCERTAIN,
    'files': FILES,
    'counts': _GOLD.counts(),
}

if __name__ == '__main__':
    write_set(_GOLD, HERE, description)
