#!/usr/bin/env python3
"""Build heldout13_gold.json from the hand annotations below (BLIND set 13: y01..y06).

Spans are (surface, occurrence index), located by search; the helpers and their conventions are
tests/heldout_tools/annotate.py.
Run: python3 tests/heldout13/build_gold.py  (writes heldout13_gold.json next to this file)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(TESTS, 'heldout_tools'))  # annotate.py, common.py
from annotate import FILES, Gold, write_set  # noqa: E402

_GOLD = Gold('heldout13')
ARTICLES = _GOLD.articles   # key -> dict
article, finish_article = _GOLD.article, _GOLD.finish_article
E, N, A, D, ENT, F = _GOLD.E, _GOLD.N, _GOLD.A, _GOLD.D, _GOLD.ENT, _GOLD.F


# ---------------------------------------------------------------------------------------------- h01
article('h01', 'y01_alexandria_building_collapse.txt',
        {'name_ar': 'اليوم السابع', 'name_en': 'Youm7', 'domain': 'youm7.com'},
        '2024-10-14',
        'Written for this set; publication date 2024-10-14 (Monday) set by the author and recorded in '
        'y01_alexandria_building_collapse.yml. Consistent with the text: the collapse "فجر اليوم الاثنين" = 2024-10-14, '
        'the evacuation "أمس الأحد" = 2024-10-13. High confidence (by construction).',
        'انهيار عقار من 6 طوابق في كرموز بالإسكندرية.. 4 وفيات و7 مصابين والبحث جارٍ عن مفقودين')
KARM = 'Al-Rasafa Street, Karmouz (Alexandria)'
CPF = 'Egyptian Civil Protection'
SAYED = 'Tarek al-Sayed (Alexandria security director)'
HISHAM = 'Hisham Abdel Fattah (Alexandria health undersecretary)'
KARIM = 'Karim Abdel Hamid (head of West district)'
SABER = 'Saber (grocer next to the building)'
UMM = 'Umm Mohamed (resident of the building)'
CMC = 'Egyptian Cabinet Media Centre'
PP = 'Public Prosecution (Egypt)'
TODAY1 = 'فجر اليوم الاثنين (same sentence)'
E('other', None, 'Karmouz, Alexandria', None, None, None, 'asserted', 'انهيار عقار من 6 طوابق في كرموز بالإسكندرية')
E('killing/casualties', None, 'Karmouz, Alexandria', None, None, None, 'asserted', '4 وفيات و7 مصابين')
E('other', None, 'Karmouz, Alexandria', None, None, None, 'asserted', 'البحث جارٍ عن مفقودين')
E('killing/casualties', None, KARM, '2024-10-14', 'فجر اليوم الاثنين', None, 'asserted',
  'لقي 4 أشخاص مصرعهم وأصيب 7 آخرون')
E('other', None, KARM, '2024-10-14', TODAY1, None, 'asserted',
  'انهيار عقار سكني مكون من 6 طوابق في شارع الرصافة بحي كرموز غرب الإسكندرية')
E('other', CPF, KARM, '2024-10-14', TODAY1, None, 'asserted',
  'تواصل قوات الحماية المدنية عمليات البحث عن شخصين يُعتقد أنهما ما زالا تحت الأنقاض')
E('other', 'Emergency police operations room', 'Alexandria', None, None, SAYED, 'reported',
  'غرفة عمليات النجدة تلقت بلاغا في الساعة الثالثة و40 دقيقة فجرا بانهيار العقار بالكامل')
E('other', '12 ambulances and 5 fire engines', KARM, None, None, SAYED, 'reported',
  'انتقلت على الفور 12 سيارة إسعاف و5 سيارات إطفاء إلى الموقع')
E('other', 'rescue teams', KARM, None, 'خلال الساعات الأولى (vague)', SAYED, 'reported',
  'فرق الإنقاذ انتشلت 9 أشخاص أحياء خلال الساعات الأولى')
E('other', None, 'Ras El Tin General Hospital and Gomhoria Hospital (Alexandria)', None, None, HISHAM, 'reported',
  'المصابين نُقلوا إلى مستشفى رأس التين العام ومستشفى الجمهورية')
E('statement', KARIM, KARM, None, None, None, 'asserted',
  'أكد المهندس كريم عبد الحميد، رئيس حي غرب، أن العقار صدر له قرار إزالة منذ عام 2019 "لكن السكان رفضوا الخروج لعدم '
  'توفر سكن بديل"')
E('displacement', 'West district authority (Alexandria)', KARM, '2024-10-13', 'أمس الأحد', KARIM, 'reported',
  'الحي أخلى أمس الأحد عقارين ملاصقين')
E('other', None, KARM, None, None, SABER, 'reported', 'لقينا البيت كله نازل على الأرض')
E('statement', SABER, KARM, None, None, None, 'asserted',
  'أضاف: "إحنا قلنا للحي من شهرين إن البيت مايل ومحدش سأل فينا"')
E('statement', UMM, KARM, None, None, None, 'asserted',
  'قالت أم محمد، إحدى ساكنات العقار التي نجت مع ابنيها، وهي تبكي: "خرجت بالعيال بهدومنا، وجوزي لسه جوه، ربنا يطمنا عليه"')
E('other', 'Mostafa Madbouly', None, None, None, CMC, 'reported',
  'وجه الدكتور مصطفى مدبولي، رئيس مجلس الوزراء، بتشكيل لجنة فنية عاجلة لمعاينة العقارات المجاورة')
E('other', 'Mostafa Madbouly', None, None, None, CMC, 'reported',
  'صرف تعويض قدره 100 ألف جنيه لأسرة كل متوفى و20 ألف جنيه لكل مصاب')
E('other', PP, 'Alexandria', None, None, None, 'asserted',
  'أمرت النيابة العامة بفتح تحقيق عاجل في الواقعة وانتداب خبراء الهندسة لبيان أسباب الانهيار')
E('other', PP, 'Alexandria', None, None, None, 'asserted', 'التحفظ على مالك العقار')
E('other', PP, 'Alexandria', None, None, None, 'asserted', 'كلفت المباحث بإجراء التحريات')
E('other', None, 'Alexandria', None, 'خلال العام الماضي (vague, year only)', 'unofficial statistics', 'reported',
  'شهدت المحافظة انهيار نحو 15 عقارا خلال العام الماضي')

N('6', 'floors', 'floors of the collapsed building (headline)', 'exact', '6 طوابق', 0)
N('4', 'people', 'dead (headline)', 'exact', '4 وفيات')
N('7', 'people', 'injured (headline)', 'exact', '7 مصابين')
N('4', 'people', 'dead', 'exact', '4 أشخاص')
N('7', 'people', 'injured', 'exact', '7 آخرون')
N('6', 'floors', 'floors of the collapsed building', 'exact', '6 طوابق', 1)
N('2', 'people', 'people believed still under the rubble', 'exact', 'شخصين')
N('12', 'vehicles', 'ambulances sent to the site', 'exact', '12 سيارة إسعاف')
N('5', 'vehicles', 'fire engines sent to the site', 'exact', '5 سيارات إطفاء')
N('9', 'people', 'people pulled out alive', 'exact', '9 أشخاص')
N('2', 'people', 'injured in critical condition', 'exact', 'اثنين', 1)
N('1', 'people', 'girl among the critically injured', 'exact', 'طفلة')
N('8', 'years', 'age of the injured girl', 'exact', '8 سنوات')
N('2', 'buildings', 'adjacent buildings evacuated', 'exact', 'عقارين')
N('2', 'people', 'sons of Umm Mohamed who survived with her', 'exact', 'ابنيها')
N('100000', 'Egyptian pounds', 'compensation per family of each dead person', 'exact', '100 ألف جنيه')
N('20000', 'Egyptian pounds', 'compensation per injured person', 'exact', '20 ألف جنيه')
N('15', 'buildings', 'buildings that collapsed in Alexandria last year (unofficial)', 'approx', 'نحو 15 عقارا')

D('اليوم', '2024-10-14', 'relative', 0)
D('الاثنين', '2024-10-14', 'weekday')
D('خلال الساعات الأولى', None, 'vague')
D('منذ عام 2019', None, 'vague')
D('أمس', '2024-10-13', 'relative')
D('الأحد', '2024-10-13', 'weekday')
D('من شهرين', '2024-08', 'relative')
D('خلال العام الماضي', None, 'vague')

A(SAYED, 'قال', False, 'غرفة عمليات النجدة تلقت بلاغا في الساعة الثالثة و40 دقيقة فجرا بانهيار العقار بالكامل، وانتقلت '
  'على الفور 12 سيارة إسعاف و5 سيارات إطفاء إلى الموقع')
A(SAYED, 'مضيفا', False, 'فرق الإنقاذ انتشلت 9 أشخاص أحياء خلال الساعات الأولى')
A(HISHAM, 'أوضح', False, 'المصابين نُقلوا إلى مستشفى رأس التين العام ومستشفى الجمهورية، وأن حالة اثنين منهم حرجة، '
  'بينهم طفلة تبلغ من العمر 8 سنوات')
A(KARIM, 'أكد', False, 'العقار صدر له قرار إزالة منذ عام 2019 "لكن السكان رفضوا الخروج لعدم توفر سكن بديل"')
A(KARIM, 'لافتا', False, 'الحي أخلى أمس الأحد عقارين ملاصقين بعد ظهور شروخ في جدرانهما')
A(SABER, 'قائلا', True, 'سمعنا صوت زي الرعد، ولما طلعنا لقينا البيت كله نازل على الأرض، والناس بتصرخ من تحت الحجارة')
A(SABER, 'أضاف', True, 'إحنا قلنا للحي من شهرين إن البيت مايل ومحدش سأل فينا')
A(UMM, 'قالت', True, 'خرجت بالعيال بهدومنا، وجوزي لسه جوه، ربنا يطمنا عليه')
A(CMC, 'بحسب', False, 'وجه الدكتور مصطفى مدبولي، رئيس مجلس الوزراء، بتشكيل لجنة فنية عاجلة لمعاينة العقارات المجاورة، '
  'وصرف تعويض قدره 100 ألف جنيه لأسرة كل متوفى و20 ألف جنيه لكل مصاب')
A('unofficial statistics', 'وفق', False, 'شهدت المحافظة انهيار نحو 15 عقارا خلال العام الماضي')

ENT('كرموز', 'LOC', 'Karmouz (Alexandria)')
ENT('الإسكندرية', 'LOC', 'Alexandria')
ENT('شارع الرصافة', 'LOC', 'Al-Rasafa Street (Alexandria)')
ENT('قوات الحماية المدنية', 'ORG', CPF)
ENT('طارق السيد', 'PER', 'Tarek al-Sayed')
ENT('اليوم السابع', 'ORG', 'Youm7')
ENT('هشام عبد الفتاح', 'PER', 'Hisham Abdel Fattah')
ENT('وزارة الصحة', 'ORG', 'Egyptian Ministry of Health and Population')
ENT('مستشفى رأس التين العام', 'LOC', 'Ras El Tin General Hospital')
ENT('مستشفى الجمهورية', 'LOC', 'Gomhoria Hospital (Alexandria)')
ENT('كريم عبد الحميد', 'PER', 'Karim Abdel Hamid')
ENT('صابر', 'PER', 'Saber')
ENT('أم محمد', 'PER', 'Umm Mohamed')
ENT('مصطفى مدبولي', 'PER', 'Mostafa Madbouly')
ENT('مجلس الوزراء', 'ORG', 'Cabinet of Egypt')
ENT('المركز الإعلامي لمجلس الوزراء', 'ORG', CMC)
ENT('النيابة العامة', 'ORG', PP)
ENT('المباحث', 'ORG', 'Egyptian criminal investigation police')

F('the missing', 'مفقودين')
F('the rubble', 'الأنقاض')
F('the collapse', 'الانهيار')
F('the demolition order', 'قرار إزالة')
F('alternative housing', 'سكن بديل')
F('old buildings', 'للعقارات القديمة')
finish_article('h01')

# ---------------------------------------------------------------------------------------------- h02
article('h02', 'y02_mila_earthquake.txt',
        {'name_ar': 'الشروق', 'name_en': 'Echorouk', 'domain': 'echoroukonline.com'},
        '2020-08-08',
        'Written for this set; publication date 2020-08-08 (Saturday) set by the author and recorded in '
        'y02_mila_earthquake.yml. Consistent with the text: the quake "ظهر أمس الجمعة" = 2020-08-07, the ministers\' '
        'visit "اليوم السبت" = 2020-08-08; Maghrebi month names (جويلية، أوت). High confidence (by construction).',
        'زلزال ميلة: 5 جرحى وانهيار منازل بحي الخربة ومئات العائلات تبيت في العراء')
MILA = 'Mila'
KHERBA = 'El Kherba, Mila'
CRAAG = 'CRAAG (Research Centre in Astronomy, Astrophysics and Geophysics)'
BOUAFIA = 'Noureddine Bouafia (Mila Civil Protection spokesman)'
MILACP = 'Mila Civil Protection Directorate'
TAHAR = 'Tahar (retired El Kherba resident)'
FAMS = 'other affected families in El Kherba'
MOULAY = 'Abdelouahab Moulay (Wali of Mila)'
YEST2 = 'ظهر أمس الجمعة (same sentence)'
E('killing/casualties', None, MILA, None, None, None, 'asserted', '5 جرحى', 0)
E('other', None, KHERBA, None, None, None, 'asserted', 'انهيار منازل بحي الخربة')
E('displacement', None, KHERBA, None, None, None, 'asserted', 'مئات العائلات تبيت في العراء')
E('other', None, MILA, '2020-08-07', 'ظهر أمس الجمعة', None, 'asserted',
  'ضربت هزة أرضية بقوة 4.9 درجات على سلم ريشتر، ظهر أمس الجمعة، ولاية ميلة')
E('other', None, MILA, '2020-08-07', YEST2, None, 'asserted', 'هزة ارتدادية ثانية بقوة 4.5 درجات بعد نحو ساعتين')
E('killing/casualties', None, MILA, '2020-08-07', YEST2, None, 'asserted',
  'خلّف 5 جرحى وأضرارا مادية معتبرة في عشرات البنايات، خاصة بحي الخربة في مدينة ميلة')
E('statement', CRAAG, None, None, None, None, 'asserted',
  'أوضح مركز البحث في علم الفلك والفيزياء الفلكية والجيوفيزياء، في بيان، أن مركز الهزة الأولى حُدد على بعد 2 كلم '
  'جنوب غرب بلدية حمالة التابعة لدائرة القرارم قوقة')
E('killing/casualties', None, MILA, None, None, BOUAFIA, 'reported',
  'الجرحى الخمسة أصيبوا بجروح طفيفة وصدمات نفسية')
E('other', None, 'Freres Meghlaoui Hospital (Mila)', None, None, BOUAFIA, 'reported',
  'نقلوا إلى مستشفى الإخوة مغلاوي')
E('statement', BOUAFIA, MILA, None, 'صبيحة اليوم dates the state reported (no deaths so far), not the statement',
  None, 'asserted', 'مؤكدا أنه "لم تسجل أي خسائر في الأرواح إلى غاية صبيحة اليوم"')
E('other', None, KHERBA, None, None, MILACP, 'reported',
  'انزلاق التربة الذي أعقب الزلزال تسبب في انهيار 6 منازل بالكامل وتشقق ما بين 80 و100 بناية بحي الخربة')
E('displacement', None, KHERBA, None, None, MILACP, 'reported',
  'تم إجلاء 214 عائلة نحو مخيم أقيم بالملعب البلدي ومراكز إيواء مؤقتة')
E('other', None, KHERBA, None, None, TAHAR, 'reported', 'الدار تشققت من كل جيهة')
E('displacement', None, KHERBA, None, None, TAHAR, 'reported', 'بتنا في الكرطون قدام الباب')
E('statement', FAMS, KHERBA, None, None, None, 'asserted', 'طالبت عائلات أخرى السلطات بـ"ترحيل فوري" إلى سكنات لائقة')
E('other', 'Abdelaziz Djerad', None, None, None, None, 'asserted',
  'وجه الوزير الأول عبد العزيز جراد وزير الداخلية والجماعات المحلية والتهيئة العمرانية كمال بلجود ووزير السكن كمال '
  'ناصري بالتنقل إلى ميلة')
E('visit/inspection', 'ministerial delegation (Kamel Beldjoud, Kamel Nasri)', MILA, '2020-08-08', 'اليوم السبت', None,
  'planned', 'يعاين الوفد الوزاري، اليوم السبت، الأحياء المتضررة')
E('other', 'ministerial delegation (Kamel Beldjoud, Kamel Nasri)', MILA, '2020-08-08', 'اليوم السبت (same sentence)',
  None, 'planned', 'يشرف على عملية إحصاء البنايات')
E('other', 'Mila wilaya services', MILA, None, None, MOULAY, 'reported',
  'مصالح الولاية خصصت 30 مليون دينار كغلاف أولي للتكفل بالعائلات المتضررة')
E('other', 'CTC technical committees', MILA, None, 'منذ الساعات الأولى (vague)', MOULAY, 'reported',
  'لجانا تقنية تابعة لهيئة المراقبة التقنية للبناء شرعت في معاينة البنايات منذ الساعات الأولى')
E('other', None, MILA, '2020-07-19', '19 جويلية الماضي', None, 'asserted', 'هزة 19 جويلية الماضي التي بلغت قوتها 3.8 درجات')
E('statement', 'experts', None, None, None, None, 'asserted', 'يذكّر خبراء بأن المنطقة تقع على حزام زلزالي نشط')
E('other', None, MILA, None, 'نهاية أوت الجاري — month only (end of August 2020)', 'local sources', 'reported',
  'يتواصل إحصاء الأضرار إلى غاية نهاية أوت الجاري')

N('5', 'people', 'injured (headline)', 'exact', '5 جرحى', 0)
N(None, 'families', 'families sleeping outdoors (headline)', 'vague', 'مئات العائلات')
N('4.9', 'magnitude', 'magnitude of the main quake (Richter)', 'exact', '4.9 درجات')
N('4.5', 'magnitude', 'magnitude of the aftershock', 'exact', '4.5 درجات')
N('2', 'hours', 'time between the quake and the aftershock', 'approx', 'نحو ساعتين')
N('5', 'people', 'injured', 'exact', '5 جرحى', 1)
N('2', 'kilometres', 'distance of the epicentre from Hamala', 'exact', '2 كلم')
N('6', 'houses', 'houses that collapsed completely', 'exact', '6 منازل')
N('80', 'buildings', 'cracked buildings in El Kherba (lower bound)', 'exact', '80')
N('100', 'buildings', 'cracked buildings in El Kherba (upper bound)', 'exact', '100 بناية')
N('214', 'families', 'families evacuated', 'exact', '214 عائلة')
N('70', 'years', 'age of Tahar', 'exact', 'السبعين من عمره')
N('30000000', 'Algerian dinars', 'initial allocation for affected families', 'exact', '30 مليون دينار')
N('3.8', 'magnitude', 'magnitude of the 19 July quake', 'exact', '3.8 درجات')

D('أمس', '2020-08-07', 'relative', 0)
D('الجمعة', '2020-08-07', 'weekday')
D('اليوم', '2020-08-08', 'relative', 0)
D('اليوم', '2020-08-08', 'relative', 1)
D('السبت', '2020-08-08', 'weekday')
D('منذ الساعات الأولى', None, 'vague')
D('أمس', '2020-08-07', 'relative', 1)
D('19 جويلية الماضي', '2020-07-19', 'absolute')
D('نهاية أوت الجاري', '2020-08', 'absolute')

A(CRAAG, 'أوضح', False, 'مركز الهزة الأولى حُدد على بعد 2 كلم جنوب غرب بلدية حمالة التابعة لدائرة القرارم قوقة، وقد سجلت '
  'على الساعة 12 و13 دقيقة، وشعر بها سكان ولايات قسنطينة وجيجل وسطيف')
A(BOUAFIA, 'قال', False, 'الجرحى الخمسة أصيبوا بجروح طفيفة وصدمات نفسية ونقلوا إلى مستشفى الإخوة مغلاوي')
A(BOUAFIA, 'مؤكدا', False, 'أنه "لم تسجل أي خسائر في الأرواح إلى غاية صبيحة اليوم"')
A(MILACP, 'أفادت', False, 'انزلاق التربة الذي أعقب الزلزال تسبب في انهيار 6 منازل بالكامل وتشقق ما بين 80 و100 بناية بحي '
  'الخربة، حيث تم إجلاء 214 عائلة نحو مخيم أقيم بالملعب البلدي ومراكز إيواء مؤقتة')
A(TAHAR, 'قال', True, 'الدار تشققت من كل جيهة، ما قدرناش نرقدو فيها، بتنا في الكرطون قدام الباب')
A(FAMS, 'طالبت', False, 'السلطات بـ"ترحيل فوري" إلى سكنات لائقة')
A(MOULAY, 'أكد', False, 'مصالح الولاية خصصت 30 مليون دينار كغلاف أولي للتكفل بالعائلات المتضررة')
A(MOULAY, 'مضيفا', False, 'لجانا تقنية تابعة لهيئة المراقبة التقنية للبناء شرعت في معاينة البنايات منذ الساعات الأولى')
A('experts', 'يذكّر', False, 'المنطقة تقع على حزام زلزالي نشط، إذ يشهد شمال البلاد عشرات الهزات الخفيفة كل شهر')
A('local sources', 'وفق', False, 'يتواصل إحصاء الأضرار إلى غاية نهاية أوت الجاري')

ENT('ميلة', 'LOC', MILA)
ENT('الخربة', 'LOC', 'El Kherba (Mila)')
ENT('سلم ريشتر', 'MISC', 'Richter scale')
ENT('مركز البحث في علم الفلك والفيزياء الفلكية والجيوفيزياء', 'ORG', CRAAG)
ENT('حمالة', 'LOC', 'Hamala')
ENT('القرارم قوقة', 'LOC', 'Grarem Gouga')
ENT('قسنطينة', 'LOC', 'Constantine')
ENT('جيجل', 'LOC', 'Jijel')
ENT('سطيف', 'LOC', 'Setif')
ENT('مديرية الحماية المدنية لولاية ميلة', 'ORG', MILACP)
ENT('نور الدين بوعافية', 'PER', 'Noureddine Bouafia')
ENT('الشروق', 'ORG', 'Echorouk')
ENT('مستشفى الإخوة مغلاوي', 'LOC', 'Freres Meghlaoui Hospital (Mila)')
ENT('الطاهر', 'PER', 'Tahar')
ENT('عبد العزيز جراد', 'PER', 'Abdelaziz Djerad')
ENT('كمال بلجود', 'PER', 'Kamel Beldjoud')
ENT('كمال ناصري', 'PER', 'Kamel Nasri')
ENT('عبد الوهاب مولاي', 'PER', 'Abdelouahab Moulay')
ENT('هيئة المراقبة التقنية للبناء', 'ORG', 'CTC (Technical Control of Construction agency, Algeria)')

F('the families sleeping outdoors', 'العراء')
F('El Kherba (stricken district)', 'الحي المنكوب')
F('the affected families', 'العائلات المتضررة')
F('rehousing demanded by families', 'ترحيل فوري')
F('the region (seismic belt)', 'حزام زلزالي نشط')
finish_article('h02')

# ---------------------------------------------------------------------------------------------- h03
article('h03', 'y03_somalia_el_dher.txt',
        {'name_ar': 'وكالة الأناضول', 'name_en': 'Anadolu Agency', 'domain': 'aa.com.tr'},
        '2023-01-25',
        'Written for this set; publication date 2023-01-25 (Wednesday) set by the author and recorded in '
        'y03_somalia_el_dher.yml. Consistent with the text: the army announcement "الثلاثاء" = 2023-01-24, the '
        'al-Shabaab statement "2 رجب 1444" = 2023-01-24 (Umm al-Qura: 1 Rajab 1444 = 2023-01-23), "الأسبوع الماضي" = '
        '2023-W03. High confidence (by construction).',
        'الصومال.. الجيش يسيطر على بلدة "عيل طير" بعد معارك مع "الشباب" خلّفت عشرات القتلى')
SNA = 'Somali National Army'
ELD = 'El Dher (Galgaduud)'
BIHI = 'Mohamed Tahlil Bihi (Somali land forces commander) (via SONNA)'
SHAB = 'al-Shabaab (via Radio Andalus)'
ABDI = 'Abdi Nur Hassan (El Dher resident)'
HSM = 'Hassan Sheikh Mohamud'
AFRI = 'United States Africa Command (AFRICOM)'
TUE = 'الثلاثاء (day of the army announcement, kept as the capture date)'
E('capture/control', SNA, ELD, None, None, None, 'asserted', 'الجيش يسيطر على بلدة "عيل طير"')
E('killing/casualties', None, ELD, None, None, None, 'asserted', 'معارك مع "الشباب" خلّفت عشرات القتلى')
E('capture/control', SNA, ELD, '2023-01-24', TUE, SNA, 'reported',
  'سيطرته على بلدة عيل طير الاستراتيجية بإقليم غلغدود وسط البلاد')
E('other', 'Somali National Army and al-Shabaab', ELD, '2023-01-24', 'الثلاثاء (same sentence)', SNA, 'reported',
  'معارك استمرت نحو 6 ساعات مع مسلحي حركة "الشباب"')
E('advance/offensive', 'Federal Government of Somalia', 'central Somalia', None,
  'منذ أغسطس/ آب الماضي — month only (since August 2022)', None, 'asserted',
  'العملية العسكرية الواسعة التي تشنها الحكومة منذ أغسطس/ آب الماضي')
E('killing/casualties', SNA, ELD, None, None, BIHI, 'reported',
  'القوات الحكومية قتلت 27 من عناصر الحركة، بينهم قياديان ميدانيان')
E('killing/casualties', None, ELD, None, None, BIHI, 'reported', '4 جنود قُتلوا وأصيب 9 آخرون في المعارك')
E('advance/offensive', "Somali National Army and Ma'awisley clan militias", 'towards the coast (Galgaduud)', None, None,
  BIHI, 'reported', 'الجيش، مدعوما بمسلحي العشائر المحلية المعروفين بـ"معاويسلي"، "يلاحق فلول الحركة التي فرت نحو الساحل"')
E('statement', BIHI, None, None, None, None, 'asserted', 'مؤكدا أن "عيل طير لن تعود ملاذا للإرهابيين"')
E('other', 'al-Shabaab', ELD, None, '2 رجب 1444 dates the statement, not the withdrawal', SHAB, 'reported',
  'مقاتليها "انسحبوا تكتيكيا" من البلدة')
E('killing/casualties', 'al-Shabaab', ELD, None, None, SHAB, 'reported', 'قتلوا "أكثر من 40 جنديا مرتدا"')
E('displacement', None, 'El Dher -> Dhusamareb', None, 'خلال الأيام الثلاثة الماضية (vague)', ABDI, 'reported',
  'مئات الأسر نزحت خلال الأيام الثلاثة الماضية نحو مدينة ضوسمريب')
E('statement', ABDI, ELD, None, None, None, 'asserted', 'مضيفا أن "البلدة الآن شبه خالية ولا يوجد فيها سوى الجنود"')
E('capture/control', SNA, 'Harardhere (Mudug)', None, 'بعد أسبوع من — event-anchored, no date expression', None,
  'asserted', 'استعادة الجيش ميناء هرارديري في إقليم مدغ')
E('statement', HSM, 'Federal Parliament of Somalia', None, 'مطلع الشهر الجاري — month only (early January 2023)', None,
  'asserted', 'حسن شيخ محمود قد تعهد، في خطاب أمام البرلمان مطلع الشهر الجاري، بـ"القضاء على الشباب خلال عام 2023"')
E('airstrike/shelling', 'United States', 'near Jilib', '2023-W03', 'الأسبوع الماضي', AFRI, 'reported',
  'نفذت الأسبوع الماضي غارة قرب بلدة جلب')
E('killing/casualties', 'United States', 'near Jilib', '2023-W03', 'الأسبوع الماضي (same sentence)', AFRI, 'reported',
  'أسفرت عن مقتل 30 مسلحا')

N(None, 'people', 'killed in the battles (headline)', 'vague', 'عشرات القتلى')
N('6', 'hours', 'duration of the battles for El Dher', 'approx', 'نحو 6 ساعات')
N('27', 'people', 'al-Shabaab members killed (army)', 'exact', '27 من عناصر الحركة')
N('2', 'people', 'al-Shabaab field commanders among the dead', 'exact', 'قياديان')
N('4', 'people', 'soldiers killed', 'exact', '4 جنود')
N('9', 'people', 'soldiers injured', 'exact', '9 آخرون')
N('40', 'people', 'soldiers al-Shabaab claims it killed', 'more than', 'أكثر من 40 جنديا')
N(None, 'families', 'families displaced towards Dhusamareb', 'vague', 'مئات الأسر')
N('3', 'days', 'period of the displacement', 'exact', 'الأيام الثلاثة')
N('30', 'people', 'militants killed in the US strike near Jilib', 'exact', '30 مسلحا')

D('الثلاثاء', '2023-01-24', 'weekday')
D('أغسطس/ آب الماضي', '2022-08', 'absolute')
D('2 رجب 1444', '2023-01-24', 'absolute')
D('خلال الأيام الثلاثة الماضية', None, 'vague')
D('الآن', None, 'vague')
D('منذ سنوات', None, 'vague')
D('مطلع الشهر الجاري', '2023-01', 'relative')
D('خلال عام 2023', None, 'vague')
D('الأسبوع الماضي', '2023-W03', 'relative')

A(SNA, 'أعلن', False, 'سيطرته على بلدة عيل طير الاستراتيجية بإقليم غلغدود وسط البلاد')
A(BIHI, 'نقلت', False, 'القوات الحكومية قتلت 27 من عناصر الحركة، بينهم قياديان ميدانيان، وإن 4 جنود قُتلوا وأصيب 9 آخرون '
  'في المعارك')
A(BIHI, 'أضاف', False,
  'الجيش، مدعوما بمسلحي العشائر المحلية المعروفين بـ"معاويسلي"، "يلاحق فلول الحركة التي فرت نحو الساحل"')
A(BIHI, 'مؤكدا', True, 'عيل طير لن تعود ملاذا للإرهابيين')
A(SHAB, 'زعمت', False, 'مقاتليها "انسحبوا تكتيكيا" من البلدة بعد أن قتلوا "أكثر من 40 جنديا مرتدا"')
A(ABDI, 'قال', False, 'مئات الأسر نزحت خلال الأيام الثلاثة الماضية نحو مدينة ضوسمريب، مركز الإقليم، خوفا من القصف')
A(ABDI, 'مضيفا', True, 'البلدة الآن شبه خالية ولا يوجد فيها سوى الجنود')
A(HSM, 'تعهد', True, 'القضاء على الشباب خلال عام 2023')
A(AFRI, 'وفق', False, 'الولايات المتحدة التي نفذت الأسبوع الماضي غارة قرب بلدة جلب أسفرت عن مقتل 30 مسلحا')

ENT('الصومال', 'LOC', 'Somalia')
ENT('الجيش', 'ORG', SNA)
ENT('عيل طير', 'LOC', 'El Dher')
ENT('الشباب', 'ORG', 'al-Shabaab')
ENT('مقديشو', 'LOC', 'Mogadishu')
ENT('محمد عبدي ورسمي', 'PER', 'Mohamed Abdi Warsame')
ENT('الأناضول', 'ORG', 'Anadolu Agency')
ENT('الجيش الصومالي', 'ORG', SNA)
ENT('غلغدود', 'LOC', 'Galgaduud')
ENT('وكالة الأنباء الصومالية', 'ORG', 'Somali National News Agency (SONNA)')
ENT('صونا', 'ORG', 'Somali National News Agency (SONNA)')
ENT('محمد تهليل بيحي', 'PER', 'Mohamed Tahlil Bihi')
ENT('القوات الحكومية', 'ORG', SNA)
ENT('الحركة', 'ORG', 'al-Shabaab')
ENT('بيحي', 'PER', 'Mohamed Tahlil Bihi')
ENT('معاويسلي', 'ORG', "Ma'awisley")
ENT('الأندلس', 'ORG', 'Radio Andalus')
ENT('عبدي نور حسن', 'PER', 'Abdi Nur Hassan')
ENT('ضوسمريب', 'LOC', 'Dhusamareb')
ENT('هرارديري', 'LOC', 'Harardhere')
ENT('مدغ', 'LOC', 'Mudug')
ENT('المحيط الهندي', 'LOC', 'Indian Ocean')
ENT('حسن شيخ محمود', 'PER', HSM)
ENT('البرلمان', 'ORG', 'Federal Parliament of Somalia')
ENT('بعثة الاتحاد الأفريقي الانتقالية في الصومال', 'ORG', 'African Union Transition Mission in Somalia (ATMIS)')
ENT('أتميس', 'ORG', 'African Union Transition Mission in Somalia (ATMIS)')
ENT('الولايات المتحدة', 'LOC', 'United States')
ENT('جلب', 'LOC', 'Jilib')
ENT('القيادة الأمريكية في أفريقيا', 'ORG', AFRI)
ENT('أفريكوم', 'ORG', AFRI)

F('al-Shabaab remnants (army wording)', 'فلول الحركة')
F('El Dher (army wording: a haven for terrorists)', 'ملاذا للإرهابيين')
F('government soldiers (al-Shabaab wording: apostates)', 'جنديا مرتدا')
F('al-Shabaab\'s withdrawal (its wording: tactical)', 'انسحبوا تكتيكيا')
F('al-Shabaab strongholds', 'معاقل الحركة')
finish_article('h03')

# ---------------------------------------------------------------------------------------------- h04
article('h04', 'y04_sharara_force_majeure.txt',
        {'name_ar': 'ليبيا الأحرار', 'name_en': 'Libya Al-Ahrar', 'domain': 'libyaalahrar.net'},
        '2024-01-08',
        'Written for this set; publication date 2024-01-08 (Monday) set by the author and recorded in '
        'y04_sharara_force_majeure.yml. Consistent with the text: the force-majeure declaration "مساء الأحد" = '
        '2024-01-07, the closure "منذ الأربعاء الماضي" = 2024-01-03, the Dbeibah meeting "الخميس الماضي" = 2024-01-04, '
        'pumping stopped "صباح السبت" = 2024-01-06. High confidence (by construction).',
        'المؤسسة الوطنية للنفط تعلن القوة القاهرة في حقل الشرارة بعد إغلاقه من قبل محتجين')
NOC = 'National Oil Corporation (NOC)'
SHAR = 'Sharara oil field'
HIRAK = 'Fezzan Movement protesters'
BASHIR = 'Bashir al-Sheikh (Fezzan Movement spokesman)'
ABDULS = 'Khalifa Abdulsadek (acting oil and gas minister)'
DBEI = 'Abdul Hamid Dbeibah'
ENG = 'an engineer at the Sharara field (via Reuters)'
E('other', NOC, SHAR, None, None, None, 'asserted', 'المؤسسة الوطنية للنفط تعلن القوة القاهرة في حقل الشرارة')
E('other', 'protesters', SHAR, None, None, None, 'asserted', 'إغلاقه من قبل محتجين')
E('other', NOC, SHAR, '2024-01-07', 'مساء الأحد', None, 'asserted',
  'أعلنت المؤسسة الوطنية للنفط، مساء الأحد، حالة القوة القاهرة في حقل الشرارة النفطي جنوب غربي البلاد')
E('other', HIRAK, SHAR, '2024-01-03', 'منذ الأربعاء الماضي', None, 'asserted',
  'أغلقه محتجون من "حراك فزان" منذ الأربعاء الماضي')
E('other', None, SHAR, None, 'none (the engineer dates the stop to Saturday, the closure began on Wednesday)', None,
  'asserted', 'توقف إنتاج يقدر بنحو 270 ألف برميل يوميا')
E('other', None, SHAR, None, 'حتى الآن (vague)', NOC, 'reported',
  'الإغلاق "تسبب في خسائر تتجاوز 70 مليون دولار حتى الآن"')
E('other', None, 'Zawiya refinery and power stations', None, None, NOC, 'predicted',
  'استمراره "سينعكس على إمدادات مصفاة الزاوية ومحطات الكهرباء"')
E('statement', HIRAK, 'Ubari', None, None, None, 'asserted',
  'يطالب المحتجون، الذين يتجمعون عند مدخل الحقل في منطقة أوباري، بتوفير الوقود وغاز الطهي لمدن الجنوب')
E('other', HIRAK, 'Sharara field entrance, Ubari', None, None, None, 'asserted',
  'يتجمعون عند مدخل الحقل في منطقة أوباري')
E('statement', BASHIR, None, None, None, None, 'asserted',
  'قال الناطق باسم الحراك، بشير الشيخ، في تسجيل مصور بثته صفحات محلية، إن المحتجين "لن يفتحوا الصمام قبل أن تلبي '
  'حكومة الوحدة الوطنية مطالبنا كاملة"')
E('accusation', BASHIR, None, None, None, None, 'asserted', 'متهما الحكومة بـ"تهميش الجنوب ونهب ثرواته منذ سنوات"')
E('statement', ABDULS, None, None, None, None, 'asserted',
  'اعتبر وزير النفط والغاز المكلف خليفة عبد الصادق أن إغلاق الحقول "ابتزاز سياسي يضر بقوت الليبيين"')
E('other', DBEI, 'Tripoli', '2024-01-04', 'الخميس الماضي', None, 'asserted',
  'عبد الحميد الدبيبة قد التقى، الخميس الماضي في طرابلس، وفدا من أعيان فزان')
E('other', 'Government of National Unity', 'southern Libya', '2024-01-04', 'الخميس الماضي (same sentence)', DBEI,
  'reported', 'تخصيص 500 مليون دينار لمشاريع تنموية في الجنوب')
E('other', None, SHAR, '2024-01-06', 'صباح السبت', ENG, 'reported', 'الضخ توقف كليا صباح السبت')
E('other', None, SHAR, None, None, ENG, 'predicted', 'إعادة التشغيل "قد تستغرق 3 أيام على الأقل" بعد فك الاعتصام')

N('270000', 'barrels per day', 'Sharara output halted', 'approx', 'نحو 270 ألف برميل')
N('70000000', 'US dollars', 'losses caused by the closure so far (NOC)', 'more than', 'تتجاوز 70 مليون دولار')
N('500000000', 'Libyan dinars', 'allocation for development projects in the south', 'exact', '500 مليون دينار')
N('1200000', 'barrels per day', "Libya's current oil output", 'approx', 'نحو 1.2 مليون برميل')
N('22', 'percent', "share of Libya's output lost with Sharara", 'approx', 'قرابة 22%')
N('3', 'days', 'time needed to restart the field', 'at least', '3 أيام على الأقل')

D('الأحد', '2024-01-07', 'weekday')
D('الأربعاء الماضي', '2024-01-03', 'relative')
D('حتى الآن', None, 'vague')
D('منذ سنوات', None, 'vague')
D('الخميس الماضي', '2024-01-04', 'relative')
D('خلال العام 2024', None, 'vague')
D('خلال السنوات الماضية', None, 'vague')
D('حاليا', None, 'vague')
D('السبت', '2024-01-06', 'weekday')

A(NOC, 'قالت', False, 'الإغلاق "تسبب في خسائر تتجاوز 70 مليون دولار حتى الآن"')
A(NOC, 'محذرة', False, 'استمراره "سينعكس على إمدادات مصفاة الزاوية ومحطات الكهرباء"')
A(HIRAK, 'يطالب', False, 'بتوفير الوقود وغاز الطهي لمدن الجنوب، وإعادة تأهيل مستشفى أوباري العام، وتوظيف أبناء المنطقة في '
  'الشركات النفطية، إضافة إلى إنشاء مصفاة في الجنوب')
A(BASHIR, 'قال', False, 'المحتجين "لن يفتحوا الصمام قبل أن تلبي حكومة الوحدة الوطنية مطالبنا كاملة"')
A(BASHIR, 'متهما', False, 'الحكومة بـ"تهميش الجنوب ونهب ثرواته منذ سنوات"')
A(ABDULS, 'اعتبر', False, 'إغلاق الحقول "ابتزاز سياسي يضر بقوت الليبيين"')
A(DBEI, 'أعلن', False, 'تخصيص 500 مليون دينار لمشاريع تنموية في الجنوب خلال العام 2024')
A(NOC, 'وفق', False, 'تنتج ليبيا حاليا نحو 1.2 مليون برميل يوميا')
A(ENG, 'نقلت', True, 'الضخ توقف كليا صباح السبت')
A(ENG, 'نقلت', False, 'إعادة التشغيل "قد تستغرق 3 أيام على الأقل" بعد فك الاعتصام')

ENT('المؤسسة الوطنية للنفط', 'ORG', NOC)
ENT('حقل الشرارة', 'LOC', SHAR)
ENT('حراك فزان', 'ORG', 'Fezzan Movement (Hirak Fezzan)')
ENT('المؤسسة', 'ORG', NOC)
ENT('مصفاة الزاوية', 'LOC', 'Zawiya refinery')
ENT('أوباري', 'LOC', 'Ubari')
ENT('مستشفى أوباري العام', 'LOC', 'Ubari General Hospital')
ENT('الحراك', 'ORG', 'Fezzan Movement (Hirak Fezzan)')
ENT('بشير الشيخ', 'PER', 'Bashir al-Sheikh')
ENT('حكومة الوحدة الوطنية', 'ORG', 'Government of National Unity (Libya)')
ENT('خليفة عبد الصادق', 'PER', 'Khalifa Abdulsadek')
ENT('عبد الحميد الدبيبة', 'PER', DBEI)
ENT('طرابلس', 'LOC', 'Tripoli')
ENT('فزان', 'LOC', 'Fezzan')
ENT('أكاكوس للعمليات النفطية', 'ORG', 'Akakus Oil Operations')
ENT('ريبسول', 'ORG', 'Repsol')
ENT('توتال إنرجيز', 'ORG', 'TotalEnergies')
ENT('أو إم في', 'ORG', 'OMV')
ENT('إكوينور', 'ORG', 'Equinor')
ENT('ليبيا', 'LOC', 'Libya')
ENT('الشرارة', 'LOC', SHAR)
ENT('رويترز', 'ORG', 'Reuters')

F('the protesters', 'محتجون')
F('the protesters', 'المحتجون')
F('the protesters', 'المحتجين')
F('the closure (minister wording: political blackmail)', 'ابتزاز سياسي')
F('the south (protesters wording: marginalised)', 'تهميش الجنوب')
F('the sit-in', 'الاعتصام')
F('the force-majeure declaration', 'القوة القاهرة')
finish_article('h04')

# ---------------------------------------------------------------------------------------------- h05
article('h05', 'y05_khor_mor_drone.txt',
        {'name_ar': 'رووداو', 'name_en': 'Rudaw', 'domain': 'rudaw.net'},
        '2024-04-27',
        'Written for this set; publication date 2024-04-27 (Saturday) set by the author and recorded in '
        'y05_khor_mor_drone.yml. Consistent with the text: the attack "مساء أمس الجمعة" = 2024-04-26, "حتى ظهر اليوم '
        'السبت" = 2024-04-27. High confidence (by construction).',
        'هجوم بطائرة مسيرة على حقل كورمور يقتل 4 عمال يمنيين ويقطع الكهرباء عن معظم مناطق إقليم كوردستان')
KM = 'Khor Mor gas field (Chamchamal, Sulaymaniyah)'
RIZ = 'Rizgar Mohammed (Chamchamal district mayor)'
DANA = 'Dana Gas'
MOE = 'KRG Ministry of Electricity'
MASROUR = 'Masrour Barzani'
SECOFF = 'a security official in Sulaymaniyah'
YEST5 = 'مساء أمس الجمعة (same sentence)'
E('airstrike/shelling', None, KM, None, None, None, 'asserted', 'هجوم بطائرة مسيرة على حقل كورمور')
E('killing/casualties', None, KM, None, None, None, 'asserted', 'يقتل 4 عمال يمنيين')
E('other', None, 'Kurdistan Region', None, None, None, 'asserted', 'يقطع الكهرباء عن معظم مناطق إقليم كوردستان')
E('killing/casualties', None, KM, '2024-04-26', 'مساء أمس الجمعة', None, 'asserted',
  'قُتل أربعة عمال يمنيين وأصيب ثلاثة آخرون بجروح')
E('airstrike/shelling', None, KM, '2024-04-26', YEST5, None, 'asserted',
  'هجوم بطائرة مسيرة مفخخة استهدف حقل كورمور للغاز في قضاء جمجمال التابع لمحافظة السليمانية')
E('other', None, KM, '2024-04-26', YEST5, None, 'asserted', 'توقف الإنتاج بشكل كامل')
E('airstrike/shelling', None, KM, None, None, RIZ, 'reported', 'الطائرة المسيرة سقطت على ساحة الخزانات')
E('explosion', None, KM, None, None, RIZ, 'reported', 'تسببت بانفجار كبير وحريق امتدت ألسنته عشرات الأمتار')
E('other', 'Civil Defence teams', KM, None, None, RIZ, 'reported',
  'فرق الدفاع المدني تمكنت من إخماد الحريق بعد نحو أربع ساعات')
E('other', DANA, KM, None, None, DANA, 'reported', 'تعليق عملياتها "حفاظا على سلامة العاملين"')
E('statement', DANA, None, None, None, None, 'asserted', 'موضحة أن العمال القتلى يعملون لدى شركة مقاولات متعاقدة')
E('other', None, 'Kurdistan Region', None, None, MOE, 'reported',
  'توقف إمدادات الغاز أدى إلى خسارة نحو 2500 ميغاواط من الطاقة الكهربائية، أي ما يقارب 45% من إنتاج الإقليم')
E('other', None, 'Erbil, Duhok and Sulaymaniyah', None, None, MOE, 'reported',
  'ساعات التجهيز في أربيل ودهوك والسليمانية تراجعت إلى 8 ساعات يوميا')
E('statement', MASROUR, None, None, None, None, 'asserted', 'أدان رئيس حكومة إقليم كوردستان مسرور بارزاني الهجوم')
E('statement', MASROUR, None, None, None, None, 'asserted',
  'وصفه في تدوينة على منصة إكس بأنه "عمل إرهابي يستهدف قوت المواطنين واقتصاد الإقليم"')
E('other', 'Mohammed Shia al-Sudani', None, None, None, None, 'asserted',
  'وجه رئيس مجلس الوزراء الاتحادي محمد شياع السوداني بتشكيل لجنة تحقيق عليا')
E('statement', SECOFF, None, None, None, None, 'asserted',
  'رجح أن تكون الطائرة "انطلقت من منطقة قريبة من حدود محافظة كركوك"')
E('other', 'Asayish', 'Sulaymaniyah', None, 'اليوم السبت dates the absence of a claim, not the arrests', SECOFF,
  'reported', 'قوات الآسايش اعتقلت شخصين يشتبه بتورطهما في رصد الحقل')
E('airstrike/shelling', None, KM, None, 'منذ عام 2022 (vague)', None, 'asserted',
  'يتعرض حقل كورمور، الذي ينتج نحو 500 مليون قدم مكعب من الغاز يوميا، لهجمات متكررة بالصواريخ والمسيرات')
E('other', None, KM, None, 'نوفمبر/ تشرين الثاني الماضي — month only', None, 'asserted', 'توقف الإنتاج لثلاثة أيام')

N('4', 'people', 'Yemeni workers killed (headline)', 'exact', '4 عمال')
N('4', 'people', 'Yemeni workers killed', 'exact', 'أربعة عمال')
N('3', 'people', 'workers injured', 'exact', 'ثلاثة آخرون')
N('4', 'hours', 'time to put out the fire', 'approx', 'نحو أربع ساعات')
N('2500', 'megawatts', 'generating capacity lost', 'approx', 'نحو 2500 ميغاواط')
N('45', 'percent', "share of the Region's electricity output lost", 'approx', 'ما يقارب 45%')
N('8', 'hours', 'daily hours of power supply in Erbil, Duhok and Sulaymaniyah', 'exact', '8 ساعات')
N('72', 'hours', 'deadline for the investigation committee report', 'exact', '72 ساعة')
N('2', 'people', 'people arrested by the Asayish', 'exact', 'شخصين')
N('500000000', 'cubic feet per day', 'Khor Mor gas output', 'approx', 'نحو 500 مليون قدم مكعب')
N('3', 'days', 'production stop after the November attack', 'exact', 'ثلاثة أيام')

D('أمس', '2024-04-26', 'relative')
D('الجمعة', '2024-04-26', 'weekday')
D('خلال 72 ساعة', None, 'vague')
D('اليوم', '2024-04-27', 'relative')
D('السبت', '2024-04-27', 'weekday')
D('منذ عام 2022', None, 'vague')
D('نوفمبر/ تشرين الثاني الماضي', '2023-11', 'absolute')
D('في الأشهر المقبلة', None, 'vague')

A(RIZ, 'قال', True, 'الطائرة المسيرة سقطت على ساحة الخزانات قرابة الساعة السابعة مساء، وتسببت بانفجار كبير وحريق امتدت '
  'ألسنته عشرات الأمتار')
A(RIZ, 'مشيرا', False, 'فرق الدفاع المدني تمكنت من إخماد الحريق بعد نحو أربع ساعات')
A(DANA, 'أعلنت', False, 'تعليق عملياتها "حفاظا على سلامة العاملين"')
A(DANA, 'موضحة', False, 'العمال القتلى يعملون لدى شركة مقاولات متعاقدة')
A(MOE, 'أفادت', False, 'توقف إمدادات الغاز أدى إلى خسارة نحو 2500 ميغاواط من الطاقة الكهربائية، أي ما يقارب 45% من '
  'إنتاج الإقليم')
A(MOE, 'لافتة', False, 'ساعات التجهيز في أربيل ودهوك والسليمانية تراجعت إلى 8 ساعات يوميا')
A(MASROUR, 'وصفه', False, 'أنه "عمل إرهابي يستهدف قوت المواطنين واقتصاد الإقليم"')
A(SECOFF, 'رجح', False, 'تكون الطائرة "انطلقت من منطقة قريبة من حدود محافظة كركوك"')
A(SECOFF, 'مشيرا', False, 'قوات الآسايش اعتقلت شخصين يشتبه بتورطهما في رصد الحقل')

ENT('حقل كورمور', 'LOC', 'Khor Mor gas field')
ENT('كوردستان', 'LOC', 'Kurdistan Region')
ENT('جمجمال', 'LOC', 'Chamchamal')
ENT('السليمانية', 'LOC', 'Sulaymaniyah')
ENT('رزكار محمد', 'PER', 'Rizgar Mohammed')
ENT('شبكة رووداو الإعلامية', 'ORG', 'Rudaw Media Network')
ENT('الدفاع المدني', 'ORG', 'Civil Defence (Kurdistan Region)')
ENT('دانة غاز', 'ORG', DANA)
ENT('بيرل بتروليوم', 'ORG', 'Pearl Petroleum')
ENT('وزارة الكهرباء', 'ORG', MOE)
ENT('حكومة إقليم كوردستان', 'ORG', 'Kurdistan Regional Government')
ENT('أربيل', 'LOC', 'Erbil')
ENT('دهوك', 'LOC', 'Duhok')
ENT('مسرور بارزاني', 'PER', MASROUR)
ENT('إكس', 'MISC', 'X (formerly Twitter)')
ENT('مجلس الوزراء', 'ORG', 'Council of Ministers of Iraq')
ENT('محمد شياع السوداني', 'PER', 'Mohammed Shia al-Sudani')
ENT('وزارة الداخلية', 'ORG', 'Iraqi Ministry of Interior')
ENT('جهاز الأمن الوطني', 'ORG', 'Iraqi National Security Service')
ENT('كركوك', 'LOC', 'Kirkuk')
ENT('قوات الآسايش', 'ORG', 'Asayish')

F('the attack', 'هجوم')
F('the attack', 'الهجوم')
F('the attack (Barzani wording: terrorist act)', 'عمل إرهابي')
F('the drone (booby-trapped)', 'مسيرة مفخخة')
F('the power crisis', 'أزمة الكهرباء')
F('those behind the attack', 'الجهات التي تقف خلفه')
finish_article('h05')

# ---------------------------------------------------------------------------------------------- h06
article('h06', 'y06_el_obeid_drones.txt',
        {'name_ar': 'القدس العربي', 'name_en': 'Al-Quds Al-Arabi', 'domain': 'alquds.co.uk'},
        '2025-09-16',
        'Written for this set; publication date 2025-09-16 (Tuesday) set by the author and recorded in '
        'y06_el_obeid_drones.yml. Consistent with the text: the drone strike "أمس الاثنين" = 2025-09-15, the village '
        'raids "أمس الأول" = 2025-09-14, IOM\'s "الأسبوع الماضي" = 2025-W37. High confidence (by construction).',
        'مسيّرات «الدعم السريع» تضرب الأبيض.. مقتل 11 مدنيا ونزوح الآلاف من قرى شمال كردفان')
RSF = 'Rapid Support Forces'
OBEID = 'El-Obeid (North Kordofan)'
MED = 'medical sources'
SDN = 'Sudan Doctors Network'
TIB = 'Al-Basha Tibeiq (adviser to the RSF commander)'
WIT = 'eyewitnesses (speaking to Al-Quds Al-Arabi)'
ADAM = 'Adam Abdel Karim (farmer who fled)'
IOM = 'International Organization for Migration'
BARA = 'Bara countryside (North Kordofan)'
RAID = 'أمس الأول (same sentence)'
E('airstrike/shelling', RSF, OBEID, None, None, None, 'asserted', 'مسيّرات «الدعم السريع» تضرب الأبيض')
E('killing/casualties', RSF, OBEID, None, None, None, 'asserted', 'مقتل 11 مدنيا', 0)
E('displacement', None, 'North Kordofan villages', None, None, None, 'asserted', 'نزوح الآلاف من قرى شمال كردفان')
E('killing/casualties', RSF, OBEID, '2025-09-15', 'أمس الاثنين', MED, 'reported',
  'قُتل 11 مدنيا على الأقل، بينهم 3 أطفال، وأصيب أكثر من 20 آخرين')
E('airstrike/shelling', RSF, OBEID, '2025-09-15', 'أمس الاثنين (same sentence)', MED, 'reported',
  'هجوم بطائرات مسيّرة شنته قوات الدعم السريع على مدينة الأبيض')
E('airstrike/shelling', RSF, 'El-Obeid main market and a residential district', None, None, SDN, 'reported',
  'المسيرات استهدفت سوق المدينة الكبير وحيا سكنيا قرب مستشفى الأبيض التعليمي')
E('accusation', SDN, None, None, None, None, 'asserted',
  'متهمة «الدعم السريع» بـ«التعمد في استهداف المدنيين والأعيان المدنية في انتهاك صارخ للقانون الدولي الإنساني»')
E('killing/casualties', RSF, OBEID, None, None, SDN, 'reported',
  'من بين الضحايا بائعة شاي وطفلين كانا في طريقهما إلى المدرسة')
E('other', None, 'El-Obeid hospital', None, None, SDN, 'reported', 'المستشفى استقبل الجرحى')
E('airstrike/shelling', RSF, OBEID, None, None, TIB, 'reported',
  'قواتهم «استهدفت مواقع عسكرية ومخازن أسلحة تابعة للجيش والحركة الإسلامية في الأبيض»')
E('statement', TIB, None, None, None, None, 'asserted', 'نافيا استهداف أي مواقع مدنية')
E('advance/offensive', RSF, 'Um Gurfa, Al-Hamra and Shag Alnom (Bara countryside)', '2025-09-14', 'أمس الأول', WIT,
  'reported', 'عناصر من الدعم السريع اقتحموا أمس الأول قرى أم قرفة والحمرة وشق النوم')
E('other', RSF, BARA, '2025-09-14', RAID, WIT, 'reported', 'نهبوا المواشي وأحرقوا عددا من المنازل')
E('displacement', RSF, 'Bara countryside -> El-Obeid', '2025-09-14', RAID, WIT, 'reported',
  'دفع آلاف السكان إلى الفرار سيرا على الأقدام نحو الأبيض')
E('advance/offensive', RSF, BARA, None, 'من الصباح (vague)', ADAM, 'reported', 'جونا بالعربات والمواتر من الصباح')
E('other', RSF, BARA, None, None, ADAM, 'reported', 'ضربوا الناس وشالوا البهائم')
E('displacement', None, BARA, None, None, ADAM, 'reported', 'طلعنا بالتوب البنلبسو بس')
E('displacement', None, 'Bara locality (North Kordofan)', '2025-W37', 'الأسبوع الماضي', IOM, 'reported',
  'نزح نحو 7 آلاف شخص من محلية بارا خلال الأسبوع الماضي وحده')
E('displacement', None, 'North Kordofan', None, 'منذ بداية العام (vague)', IOM, 'reported',
  'ليرتفع عدد النازحين في ولاية شمال كردفان إلى أكثر من 150 ألف شخص')
E('link-up', 'Sudanese Armed Forces', 'Dilling (South Kordofan)', None,
  'بعد أيام من — event-anchored, no date expression', 'Sudanese Armed Forces', 'reported',
  'فك الحصار عن مدينة الدلنج بولاية جنوب كردفان')
E('other', RSF, 'west of El-Obeid', None, None, 'military sources', 'reported',
  'تحشد فيه قوات الدعم السريع مقاتليها غرب الأبيض')
E('advance/offensive', RSF, OBEID, None, None, 'observers', 'predicted', 'هجوم واسع على المدينة')

N('11', 'people', 'civilians killed (headline)', 'exact', '11 مدنيا', 0)
N(None, 'people', 'people displaced from North Kordofan villages (headline)', 'vague', 'الآلاف')
N('11', 'people', 'civilians killed in El-Obeid', 'at least', '11 مدنيا على الأقل')
N('3', 'people', 'children among the dead', 'exact', '3 أطفال')
N('20', 'people', 'injured in El-Obeid', 'more than', 'أكثر من 20 آخرين')
N('1', 'people', 'tea seller among the dead', 'exact', 'بائعة شاي')
N('2', 'people', 'children on their way to school among the dead', 'exact', 'طفلين')
N(None, 'people', 'villagers who fled towards El-Obeid', 'vague', 'آلاف السكان')
N('50', 'years', 'age of Adam Abdel Karim', 'exact', 'الخمسين من عمره')
N('7000', 'people', 'people displaced from Bara locality last week (IOM)', 'approx', 'نحو 7 آلاف شخص')
N('150000', 'people', 'displaced people in North Kordofan since the start of the year (IOM)', 'more than',
  'أكثر من 150 ألف شخص')

D('أمس', '2025-09-15', 'relative', 0)
D('الاثنين', '2025-09-15', 'weekday')
D('أمس الأول', '2025-09-14', 'relative')
D('من الصباح', None, 'vague')
D('الأسبوع الماضي', '2025-W37', 'relative')
D('منذ بداية العام', None, 'vague')

A(MED, 'وفق', False, 'قُتل 11 مدنيا على الأقل، بينهم 3 أطفال، وأصيب أكثر من 20 آخرين، أمس الاثنين، في هجوم بطائرات مسيّرة '
  'شنته قوات الدعم السريع على مدينة الأبيض، عاصمة ولاية شمال كردفان')
A(SDN, 'قالت', False, 'المسيرات استهدفت سوق المدينة الكبير وحيا سكنيا قرب مستشفى الأبيض التعليمي')
A(SDN, 'متهمة', False,
  '«الدعم السريع» بـ«التعمد في استهداف المدنيين والأعيان المدنية في انتهاك صارخ للقانون الدولي الإنساني»')
A(SDN, 'أوضحت', False, 'من بين الضحايا بائعة شاي وطفلين كانا في طريقهما إلى المدرسة')
A(SDN, 'مشيرة', False, 'المستشفى استقبل الجرحى وسط نقص حاد في الأدوية وأكياس الدم')
A(TIB, 'قال', False, 'قواتهم «استهدفت مواقع عسكرية ومخازن أسلحة تابعة للجيش والحركة الإسلامية في الأبيض»')
A(TIB, 'نافيا', False, 'استهداف أي مواقع مدنية')
A(WIT, 'أفاد', False, 'عناصر من الدعم السريع اقتحموا أمس الأول قرى أم قرفة والحمرة وشق النوم، ونهبوا المواشي وأحرقوا '
  'عددا من المنازل، ما دفع آلاف السكان إلى الفرار سيرا على الأقدام نحو الأبيض')
A(ADAM, 'قال', True, 'جونا بالعربات والمواتر من الصباح، ضربوا الناس وشالوا البهائم، نحن طلعنا بالتوب البنلبسو بس')
A(IOM, 'وفق', False, 'نزح نحو 7 آلاف شخص من محلية بارا خلال الأسبوع الماضي وحده، ليرتفع عدد النازحين في ولاية شمال '
  'كردفان إلى أكثر من 150 ألف شخص منذ بداية العام')
A('Sudanese Armed Forces', 'إعلان', False, 'فك الحصار عن مدينة الدلنج بولاية جنوب كردفان')
A('military sources', 'بحسب', False, 'تحشد فيه قوات الدعم السريع مقاتليها غرب الأبيض')
A('observers', 'يعتبره', False, 'تمهيدا لهجوم واسع على المدينة التي تعد بوابة الطريق إلى أم درمان والخرطوم')

ENT('الدعم السريع', 'ORG', RSF)
ENT('الأبيض', 'LOC', 'El-Obeid')
ENT('شمال كردفان', 'LOC', 'North Kordofan')
ENT('لندن', 'LOC', 'London')
ENT('القدس العربي', 'ORG', 'Al-Quds Al-Arabi')
ENT('قوات الدعم السريع', 'ORG', RSF)
ENT('شبكة أطباء السودان', 'ORG', SDN)
ENT('مستشفى الأبيض التعليمي', 'LOC', 'El-Obeid Teaching Hospital')
ENT('الشبكة', 'ORG', SDN)
ENT('الباشا طبيق', 'PER', 'Al-Basha Tibeiq')
ENT('إكس', 'MISC', 'X (formerly Twitter)')
ENT('للجيش', 'ORG', 'Sudanese Armed Forces')
ENT('الحركة الإسلامية', 'ORG', 'Islamic Movement (Sudan)')
ENT('بارا', 'LOC', 'Bara')
ENT('أم قرفة', 'LOC', 'Um Gurfa')
ENT('الحمرة', 'LOC', 'Al-Hamra (Bara)')
ENT('شق النوم', 'LOC', 'Shag Alnom')
ENT('آدم عبد الكريم', 'PER', 'Adam Abdel Karim')
ENT('المنظمة الدولية للهجرة', 'ORG', IOM)
ENT('الجيش السوداني', 'ORG', 'Sudanese Armed Forces')
ENT('الدلنج', 'LOC', 'Dilling')
ENT('جنوب كردفان', 'LOC', 'South Kordofan')
ENT('أم درمان', 'LOC', 'Omdurman')
ENT('الخرطوم', 'LOC', 'Khartoum')

F('the civilians', 'المدنيين')
F('the strike (SDN wording: flagrant violation)', 'انتهاك صارخ')
F('the people who fled', 'الفارين')
F('the displaced', 'النازحين')
F('RSF forces (RSF adviser wording: their forces)', 'قواتهم')
F('RSF fighters (elements)', 'عناصر')
finish_article('h06')

UNCERTAIN = [
    'BLIND set: the texts were newly written for this set (realistic, not copied) and annotated by hand by an '
    'annotator who had not read the extractor code or its data files (generator/), had not run the extractors or '
    '"briefing eval" on them while writing or annotating, and had not read the texts or annotations of the other '
    'gold sets beyond heldout12\'s builder (as the model of how a builder uses the helpers and of its conventions '
    'notes) and the titles of sets 1-12. Broad facts follow real events or plausible ones (recurrent building '
    'collapses in Alexandria; the Mila earthquake of 7 Aug 2020; the 2022-23 Somali offensive against al-Shabaab in '
    'Galmudug and the capture of Harardhere in Jan 2023; the closure of the Sharara field by Fezzan protesters and '
    'the NOC force majeure of Jan 2024; the drone attack on Khor Mor of 26 Apr 2024; RSF drone strikes on El-Obeid '
    'and raids in the Bara countryside in 2025), but dates of minor events, all figures and all quotes are written '
    'for the set. Minor people are invented (Tarek al-Sayed, Hisham Abdel Fattah, Karim Abdel Hamid, Saber, Umm '
    'Mohamed, Noureddine Bouafia, Tahar, Mohamed Abdi Warsame, Abdi Nur Hassan, Bashir al-Sheikh, Rizgar Mohammed, '
    'Adam Abdel Karim); romanisations of minor names are the annotator\'s own.',
    'Article keys are h01..h06 (the shared validator expects them); files are y01..y06. Rows are sorted by position.',
    'Dialect: h01 (Egyptian), h02 (Algerian) and h06 (Sudanese) quote colloquial speech; events inside those quotes '
    'are annotated like any other reported events (لقينا البيت كله نازل على الأرض؛ الدار تشققت؛ بتنا في الكرطون قدام '
    'الباب؛ جونا بالعربات والمواتر؛ ضربوا الناس وشالوا البهائم؛ طلعنا بالتوب البنلبسو بس). h02 uses the Maghrebi month '
    'names جويلية and أوت; h03 has a Hijri date (2 رجب 1444 = 2023-01-24, هـ outside the surface); h05 and h03 use '
    'the double month forms "نوفمبر/ تشرين الثاني الماضي", "أغسطس/ آب الماضي" (one surface each, absolute months).',
    'Dates follow heldout12: part-of-day words (فجر، ظهر، صبيحة، صباح، مساء) and "منذ"/"حتى"/"إلى غاية" before a day '
    'stay outside; "اليوم/أمس + weekday" is two dates; "X الماضي" weekdays are relative days; month expressions are '
    'absolute months (نهاية أوت الجاري، 19 جويلية الماضي is a day); "مطلع الشهر الجاري" (no month name) is a relative '
    'month; "من شهرين" (Egyptian for "two months ago") is the month of publication - 2 (2024-08, relative); year-only '
    'expressions are vague (منذ عام 2019، خلال العام الماضي، خلال عام 2023، خلال العام 2024، منذ عام 2022، منذ بداية '
    'العام). Vague: خلال الساعات الأولى، منذ الساعات الأولى، خلال الأيام الثلاثة الماضية (also a number)، الآن، حاليا، '
    'حتى الآن، منذ سنوات، خلال السنوات الماضية، في الأشهر المقبلة، من الصباح (Sudanese "since the morning"), and the '
    'deadline "خلال 72 ساعة" (also a number). Not dates: clock times (الساعة الثالثة و40 دقيقة، على الساعة 12 و13 دقيقة، '
    'الساعة السابعة مساء)، كل شهر، يوميا، على الفور، event-anchored phrases (بعد نحو ساعتين of the aftershock، بعد '
    'أسبوع من استعادة...، بعد أيام من إعلان...، بعد نحو أربع ساعات). The ISO week of "الأسبوع الماضي" is that of '
    'publication - 7 days.',
    'Event dates: the army announcement day "الثلاثاء" (h03) is kept as the date of the capture it announces (as '
    'heldout12 did); the Hijri date of the al-Shabaab statement dates the statement, not the withdrawal; "صبيحة '
    'اليوم" (h02) dates the reported absence of deaths, not the injuries; "اليوم السبت" (h05) dates the absence of '
    'a claim, not the arrests; the Sharara production stop (h04 line 1) is undated because the engineer dates it to '
    'Saturday while the closure began on Wednesday. Month-only and year-only expressions never date an event.',
    'Numbers follow heldout12: ranges are two rows (80 / 100 بناية); floors, vehicles, buildings, houses, families, '
    'hours, days, magnitudes, megawatts, barrels and cubic feet per day are rows with their own units; singular and '
    'dual victims and survivors are rows (طفلة، بائعة شاي، طفلين، ابنيها، قياديان، شخصين); ages are rows in years '
    '(8 سنوات، السبعين من عمره، الخمسين من عمره). Not numbers: the back-reference "الجرحى الخمسة", the relative '
    'point "من شهرين", per-person rates (لأسرة كل متوفى، لكل مصاب), ordinals (هزة ارتدادية ثانية، الهزة الأولى), clock '
    'times, vague non-people quantities (عشرات البنايات، عشرات الهزات، عشرات الأمتار، عددا من المنازل، مرات عدة). '
    '"تتجاوز 70 مليون دولار" is "more than"; "قرابة"/"ما يقارب"/"نحو" are approx; "على الأقل" after the noun is '
    '"at least" and stays in the span.',
    'Entities follow heldout12: classifiers outside (حي، مدينة، ولاية، بلدية، دائرة، قضاء، محافظة، إقليم، منطقة، '
    'محلية، ريف، قرى، بلدة، حركة، إذاعة، شركة، كونسورتيوم، ميناء); quote marks split names (وكالة "رويترز" -> رويترز). '
    'Facility and body names are kept whole, hiding the places inside them (شارع الرصافة، مستشفى رأس التين العام، '
    'المركز الإعلامي لمجلس الوزراء، مديرية الحماية المدنية لولاية ميلة، مستشفى الإخوة مغلاوي، حقل الشرارة، مصفاة '
    'الزاوية، مستشفى أوباري العام، حقل كورمور، حكومة إقليم كوردستان، شبكة رووداو الإعلامية، شبكة أطباء السودان، '
    'مستشفى الأبيض التعليمي، بعثة الاتحاد الأفريقي الانتقالية في الصومال، القيادة الأمريكية في أفريقيا). "قوات" is kept '
    'in قوات الحماية المدنية، قوات الآسايش، قوات الدعم السريع but not before بعثة... (ATMIS). "الرسمية" after '
    '"وكالة الأنباء الصومالية" is left out. Honorifics of ordinary people stay outside (عم صابر -> صابر، عمي الطاهر -> '
    'الطاهر) but the kunya "أم محمد" is the name. Names inside titles are listed (مدير أمن الإسكندرية، والي ميلة، '
    'قائممقام جمجمال، رئيس مجلس الوزراء، وكيل وزارة الصحة) while the titles themselves are not (رئيس حي غرب، وزير '
    'الداخلية والجماعات المحلية والتهيئة العمرانية، قائد القوات البرية). Short forms listed: الجيش، الحركة (al-Shabaab), '
    'المؤسسة (NOC), الحراك, الشبكة, الشرارة, القوات الحكومية (Somali army), بيحي. The Richter scale is MISC, X is MISC. '
    'Not entities: generic references (الحكومة، الحكومة الاتحادية، الإقليم، الحي، المحافظة، البلاد، الجنوب، غرفة '
    'عمليات النجدة، الملعب البلدي، ساحة الخزانات، المستشفى، المدرسة)، nationality adjectives.',
    'Attribution spans follow heldout9-12: the complement after أن/إن/بأن (fused pronoun kept: "أنه"), inside the '
    'quotation marks when the whole complement is quoted; mixed quotes direct_quote false; markers (بحسب، وفق) span '
    'the clause they qualify. Participial reporting verbs with a content clause are attributions (مضيفا، مؤكدا، '
    'لافتا، مشيرا، موضحة، محذرة، متهما، متهمة، نافيا); participial calls and demands are not (داعيا، مطالبا); the '
    'finite demands "طالبت" and "يطالب" are statements and attributions. The announcement of a nominal (أعلن الجيش '
    'سيطرته، أعلنت دانة غاز تعليق عملياتها، أعلن [الدبيبة] تخصيص، إعلان الجيش فك الحصار) is an attribution of that '
    'nominal and the content event is reported; the NOC force-majeure declaration is the performative act itself '
    '(other, asserted, no attribution). Relays are "X (via Y)" (Bihi via SONNA, al-Shabaab via Radio Andalus, the '
    'engineer via Reuters). "يعتبره مراقبون" and "يذكّر خبراء" are attributions to unnamed observers/experts. '
    '"أدان ... الهجوم" (no content clause) is a statement without attribution. "لم تعلن أي جهة مسؤوليتها" is neither.',
    'Event typing: building collapse, earthquakes and aftershocks, landslide damage, rescue, search, hospital '
    'transfers, emergency dispatch, directives and committees, compensation, investigations and detention of the '
    'owner, force majeure, field closure, production stops and restart, loss estimates, power cuts, gatherings, '
    'meetings, allocations, technical inspections, looting and beatings, arrests, mobilisation of fighters are '
    '"other"; evacuation of buildings and families, sleeping outdoors and flight are displacement; drone attacks and '
    'strikes are airstrike/shelling (actor null when the text names none) and the explosion and fire they caused '
    'is "explosion"; raids on villages and the army\'s pursuit are advance/offensive; breaking the siege of Dilling '
    'is link-up (the relieving force reaching the besieged garrison); the al-Shabaab "tactical withdrawal" is other; '
    'a predicted RSF attack is advance/offensive (predicted). Headlines carry their own rows; nominal back-references '
    '("السيطرة على عيل طير"، "زلزال أمس") are not rows.',
]

description = {
    'summary': 'Thirteenth gold set (BLIND: never tuned on; nobody reads its misses): six Arabic news articles written '
               'for this set in the style of real outlets of six countries (Youm7 on a building collapse in Karmouz, '
               'Alexandria, with Egyptian colloquial quotes; Echorouk on the Mila earthquake with Algerian month '
               'names and speech; Anadolu Agency on the Somali army taking El Dher from al-Shabaab, with a Hijri-dated '
               'statement; Libya Al-Ahrar on the closure of the Sharara oil field and the NOC force majeure; Rudaw on '
               'the drone attack on the Khor Mor gas field and the power cuts in the Kurdistan Region; Al-Quds '
               'Al-Arabi on RSF drone strikes on El-Obeid and displacement in North Kordofan, with Sudanese '
               'colloquial speech), annotated by hand without looking at the extractors. Same format and conventions '
               'as ../shared/dev-set/seeds_gold.json and tests/heldout9-12. "file" is relative to tests/. Offsets are '
               'Python str indices into open(path, encoding="utf-8").read().',
    'uncertain_points': UNCERTAIN,
    'files': FILES,
    'counts': _GOLD.counts(),
}

if __name__ == '__main__':
    write_set(_GOLD, HERE, description)
