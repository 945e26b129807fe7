#!/usr/bin/env python3
"""Build heldout4_gold.json from the hand annotations below.

Spans are (surface, occurrence index), located by search; the helpers and their conventions are
tests/heldout_tools/annotate.py.
Run: python3 build_gold.py  (writes heldout4_gold.json next to this file)
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(TESTS, 'heldout_tools'))  # annotate.py, common.py
from annotate import FILES, Gold, write_set  # noqa: E402

_GOLD = Gold('heldout4', sort=())  # rows and entities stay in annotation order, as this set was first written
ARTICLES = _GOLD.articles   # key -> dict
article, finish_article = _GOLD.article, _GOLD.finish_article
E, N, A, D, ENT, F = _GOLD.E, _GOLD.N, _GOLD.A, _GOLD.D, _GOLD.ENT, _GOLD.F


# ---------------------------------------------------------------------------------------------- h01
article('h01', 'n01_tripoli_clashes.txt',
        {'name_ar': 'بوابة الوسط', 'name_en': 'Al-Wasat', 'domain': 'alwasat.ly'},
        '2023-08-16',
        'Written for this set; publication date 2023-08-16 (Wednesday) set by the author and recorded in '
        'n01_tripoli_clashes.yml. Consistent with the text: "مساء أمس الثلاثاء" = 2023-08-15, clashes from Monday '
        'evening 2023-08-14. High confidence (by construction).',
        'اشتباكات «الردع» و«444» تشل طرابلس.. 55 قتيلا وتعليق الرحلات في معيتيقة')
RADAA, B444 = 'Radaa Deterrence Apparatus', '444 Combat Brigade'
BOTH = f'{RADAA} and {B444}'
EMC = 'Emergency Medicine and Support Centre'
LRC = 'Tawfik al-Shukri (Libyan Red Crescent)'
CAA = 'Libyan Civil Aviation Authority'
DBB = 'Abdul Hamid Dbeibah'
E('other', BOTH, 'Tripoli', None, None, None, 'asserted', 'اشتباكات «الردع» و«444» تشل طرابلس')
E('killing/casualties', None, 'Tripoli', None, None, None, 'asserted', '55 قتيلا', 0)
E('other', CAA, 'Mitiga International Airport', None, None, None, 'asserted', 'تعليق الرحلات في معيتيقة')
E('killing/casualties', None, 'Tripoli', None,
  'مساء أمس الثلاثاء — dates the announcement of the toll (2023-08-15), not the deaths', EMC, 'reported',
  'ارتفعت حصيلة الاشتباكات المسلحة التي شهدتها العاصمة طرابلس بين جهاز الردع لمكافحة الجريمة المنظمة والإرهاب واللواء 444 قتال إلى 55 قتيلا و146 جريحا')
E('other', BOTH, 'Tripoli', '2023-08-14', 'مساء الاثنين', 'security sources (speaking to Al-Wasat)', 'reported',
  'اندلعت الاشتباكات مساء الاثنين')
E('other', RADAA, 'Mitiga International Airport', None, None, 'security sources (speaking to Al-Wasat)', 'reported',
  'احتجاز آمر اللواء 444 قتال العقيد محمود حمزة في مطار معيتيقة الدولي من قبل عناصر تابعة لجهاز الردع')
E('other', BOTH, 'Ain Zara; Al-Fornaj; Al-Shatt Road; Souq al-Juma (Tripoli)', None, None, None, 'asserted',
  'امتدت المواجهات، التي استخدمت فيها الأسلحة المتوسطة والثقيلة، إلى أحياء عين زارة والفرناج وطريق الشط وسوق الجمعة')
E('explosion', None, 'Tripoli', None,
  'حتى فجر الثلاثاء — "until dawn on Tuesday" (2023-08-15): the end of a period that began Monday evening',
  None, 'asserted', 'سُمع دوي الانفجارات حتى فجر الثلاثاء')
E('other', None, 'Tripoli', None, None, None, 'asserted', 'أُغلقت عدة طرق رئيسية بالسواتر الترابية')
E('killing/casualties', None, 'University of Tripoli area', None, None, LRC, 'reported',
  'فرق الجمعية انتشلت ثلاث جثث من محيط جامعة طرابلس')
E('displacement', 'Libyan Red Crescent', 'Tripoli clash areas', None, None, LRC, 'reported',
  'أجلت قرابة 234 عائلة من مناطق الاشتباك، إضافة إلى أكثر من 60 طالبا علقوا داخل السكن الجامعي')
E('statement', 'Tawfik al-Shukri', None, None, None, None, 'asserted',
  'أضاف الشكري أن «سيارات الإسعاف لم تتمكن طوال ساعات من الوصول إلى عدد من الجرحى بسبب كثافة النيران»، داعيا الأطراف المتقاتلة إلى فتح ممرات آمنة')
E('other', CAA, 'Mitiga International Airport', None, None, CAA, 'reported',
  'تعليق جميع الرحلات وتحويلها إلى مطار مصراتة الدولي')
E('airstrike/shelling', None, 'Mitiga International Airport (runway area)', None, None, None, 'asserted',
  'سقوط قذائف في محيط المدرج')
E('killing/casualties', None, 'Tripoli', None, None, 'Ministry of Health (Government of National Unity)', 'reported',
  'مستشفيات العاصمة استقبلت عشرات الجرحى، بينهم 9 أطفال وامرأتان')
E('other', None, 'Al-Fornaj, Tripoli', None, None, 'Salem al-Warfalli (Al-Fornaj resident)', 'reported',
  'الرماية ما وقفتش')
E('airstrike/shelling', None, 'Al-Fornaj, Tripoli', None, None, 'Salem al-Warfalli (Al-Fornaj resident)', 'reported',
  'الدار اللي جنبنا طاحت عليها قذيفة')
E('other', 'Government of National Unity; Souq al-Juma Social Council', 'Tripoli', None,
  'في ساعة متأخرة من مساء أمس — dates the announcement (2023-08-15); the agreement was reached on or before it',
  DBB, 'reported',
  'التوصل إلى اتفاق لوقف إطلاق النار بعد اجتماع مع المجلس الاجتماعي لسوق الجمعة')
E('other', 'Government of National Unity', 'Tripoli', None, None, DBB, 'planned',
  'نقل حمزة إلى «جهة محايدة» هي جهاز دعم الاستقرار')
E('statement', DBB, None, None, None, None, 'asserted',
  'أكد الدبيبة أن الحكومة «لن تسمح بعودة الحرب إلى العاصمة»')
E('other', DBB, 'Tripoli', None, None, DBB, 'reported', 'أصدر تعليمات بتشكيل لجنة لحصر الأضرار وتعويض المتضررين')
E('statement', 'United Nations Support Mission in Libya', None, None, None, None, 'asserted',
  'حذرت بعثة الامم المتحدة للدعم في ليبيا من أن «أي تصعيد جديد سيعرض المكاسب الأمنية للخطر»، ودعت جميع الأطراف إلى الحفاظ على الهدوء وتغليب لغة الحوار')
E('killing/casualties', None, 'Tripoli', None, 'أغسطس 2022 — month only (August 2022); a month cannot date an event',
  None, 'asserted', 'قُتل 32 شخصا في معارك بين قوات موالية للدبيبة وأخرى داعمة لغريمه فتحي باشاغا')

N('55', 'people', 'people killed in the Tripoli clashes (headline)', 'exact', '55 قتيلا', 0)
N('55', 'people', 'people killed in the Tripoli clashes (Emergency Medicine Centre)', 'exact', '55 قتيلا', 1)
N('146', 'people', 'people wounded in the Tripoli clashes', 'exact', '146 جريحا')
N('3', 'people', 'bodies recovered by the Red Crescent near the University of Tripoli', 'exact', 'ثلاث جثث')
N('234', 'families', 'families evacuated from the clash areas by the Red Crescent', 'approx', 'قرابة 234 عائلة')
N('60', 'people', 'students evacuated from the university dormitory', 'more than', 'أكثر من 60 طالبا')
N(None, 'people', 'wounded the ambulances could not reach', 'vague', 'عدد من الجرحى')
N(None, 'people', 'wounded received by Tripoli hospitals', 'vague', 'عشرات الجرحى')
N('9', 'people', 'children among the wounded received by hospitals', 'exact', '9 أطفال')
N('2', 'people', 'women among the wounded received by hospitals', 'exact', 'امرأتان')
N('32', 'people', 'people killed in the August 2022 Tripoli fighting', 'exact', '32 شخصا')

D('أمس', '2023-08-15', 'relative', 0)
D('الثلاثاء', '2023-08-15', 'weekday', 0)
D('منذ نحو عام', None, 'vague')
D('الاثنين', '2023-08-14', 'weekday')
D('الثلاثاء', '2023-08-15', 'weekday', 1)
D('طوال ساعات', None, 'vague')
D('أمس', '2023-08-15', 'relative', 1)
D('أغسطس 2022', '2022-08', 'absolute')

A(EMC, 'وفق', False,
  'ارتفعت حصيلة الاشتباكات المسلحة التي شهدتها العاصمة طرابلس بين جهاز الردع لمكافحة الجريمة المنظمة والإرهاب واللواء 444 قتال إلى 55 قتيلا و146 جريحا')
A('security sources (speaking to Al-Wasat)', 'بحسب', False,
  'اندلعت الاشتباكات مساء الاثنين عقب احتجاز آمر اللواء 444 قتال العقيد محمود حمزة في مطار معيتيقة الدولي من قبل عناصر تابعة لجهاز الردع، أثناء محاولته السفر إلى مصراتة')
A(LRC, 'قال', False,
  'فرق الجمعية انتشلت ثلاث جثث من محيط جامعة طرابلس، وأجلت قرابة 234 عائلة من مناطق الاشتباك، إضافة إلى أكثر من 60 طالبا علقوا داخل السكن الجامعي')
A(LRC, 'أضاف', True, 'سيارات الإسعاف لم تتمكن طوال ساعات من الوصول إلى عدد من الجرحى بسبب كثافة النيران')
A(CAA, 'أعلنت', False, 'تعليق جميع الرحلات وتحويلها إلى مطار مصراتة الدولي')
A('Ministry of Health (Government of National Unity)', 'قالت', False,
  'مستشفيات العاصمة استقبلت عشرات الجرحى، بينهم 9 أطفال وامرأتان')
A('Salem al-Warfalli (Al-Fornaj resident)', 'قال', True,
  'الرماية ما وقفتش، والصغار ما رقدوش، قعدنا في الحوش نستنوا ربي يستر، والدار اللي جنبنا طاحت عليها قذيفة')
A(DBB, 'أعلن', False,
  'التوصل إلى اتفاق لوقف إطلاق النار بعد اجتماع مع المجلس الاجتماعي لسوق الجمعة، يقضي بنقل حمزة إلى «جهة محايدة» هي جهاز دعم الاستقرار')
A(DBB, 'أكد', False, 'الحكومة «لن تسمح بعودة الحرب إلى العاصمة»')
A(DBB, 'مشيرا', False, 'أنه أصدر تعليمات بتشكيل لجنة لحصر الأضرار وتعويض المتضررين')
A('United Nations Support Mission in Libya', 'حذرت', True, 'أي تصعيد جديد سيعرض المكاسب الأمنية للخطر')

ENT('الردع', 'ORG', RADAA)
ENT('444', 'ORG', B444)
ENT('طرابلس', 'LOC', 'Tripoli')
ENT('معيتيقة', 'LOC', 'Mitiga International Airport')
ENT('جهاز الردع لمكافحة الجريمة المنظمة والإرهاب', 'ORG', RADAA)
ENT('جهاز الردع', 'ORG', RADAA)
ENT('اللواء 444 قتال', 'ORG', B444)
ENT('مركز طب الطوارئ والدعم', 'ORG', EMC)
ENT('محمود حمزة', 'PER', 'Mahmoud Hamza')
ENT('حمزة', 'PER', 'Mahmoud Hamza')
ENT('مطار معيتيقة الدولي', 'LOC', 'Mitiga International Airport')
ENT('مطار معيتيقة', 'LOC', 'Mitiga International Airport')
ENT('مصراتة', 'LOC', 'Misrata')
ENT('مطار مصراتة الدولي', 'LOC', 'Misrata International Airport')
ENT('الوسط', 'ORG', 'Al-Wasat')
ENT('عين زارة', 'LOC', 'Ain Zara')
ENT('الفرناج', 'LOC', 'Al-Fornaj')
ENT('طريق الشط', 'LOC', 'Al-Shatt Road')
ENT('سوق الجمعة', 'LOC', 'Souq al-Juma')
ENT('المجلس الاجتماعي لسوق الجمعة', 'ORG', 'Souq al-Juma Social Council')
ENT('جمعية الهلال الأحمر الليبي', 'ORG', 'Libyan Red Crescent')
ENT('الجمعية', 'ORG', 'Libyan Red Crescent')
ENT('توفيق الشكري', 'PER', 'Tawfik al-Shukri')
ENT('الشكري', 'PER', 'Tawfik al-Shukri')
ENT('جامعة طرابلس', 'ORG', 'University of Tripoli')
ENT('مصلحة الطيران المدني', 'ORG', CAA)
ENT('وزارة الصحة', 'ORG', 'Ministry of Health (Government of National Unity)')
ENT('حكومة الوحدة الوطنية', 'ORG', 'Government of National Unity')
ENT('مصرف الدم المركزي', 'ORG', 'Central Blood Bank (Tripoli)')
ENT('سالم الورفلي', 'PER', 'Salem al-Warfalli')
ENT('عبدالحميد الدبيبة', 'PER', DBB)
ENT('الدبيبة', 'PER', DBB)
ENT('للدبيبة', 'PER', DBB)
ENT('جهاز دعم الاستقرار', 'ORG', 'Stability Support Apparatus')
ENT('بعثة الامم المتحدة للدعم في ليبيا', 'ORG', 'United Nations Support Mission in Libya')
ENT('فتحي باشاغا', 'PER', 'Fathi Bashagha')

F('Radaa Deterrence Apparatus', 'الردع')
F('Radaa Deterrence Apparatus', 'جهاز الردع')
F('444 Combat Brigade', 'اللواء 444 قتال')
F('clashes', 'الاشتباكات')
F('clashes', 'المواجهات')
F('warring parties', 'الأطراف المتقاتلة')
F('Stability Support Apparatus (as neutral party)', 'جهة محايدة')
F('pro-Dbeibah forces', 'قوات موالية للدبيبة')
F('Fathi Bashagha (as Dbeibah\'s rival)', 'لغريمه')
F('war', 'الحرب')
finish_article('h01')

# ---------------------------------------------------------------------------------------------- h02
article('h02', 'n02_kabylie_fires.txt',
        {'name_ar': 'الشروق', 'name_en': 'Echorouk', 'domain': 'echoroukonline.com'},
        '2023-07-25',
        'Written for this set; publication date 2023-07-25 (Tuesday) set by the author and recorded in '
        'n02_kabylie_fires.yml. Consistent with the text: "أمس الاثنين" = 2023-07-24, "غد الأربعاء" = 2023-07-26, '
        '"جويلية الجاري" = July 2023. High confidence (by construction).',
        'حرائق الغابات: 34 وفاة بينهم 10 عسكريين في بجاية وتيزي وزو والبويرة')
MOI = 'Ministry of Interior (Algeria)'
NB = 'Nassim Bernaoui (Civil Protection)'
LS = 'local sources (speaking to Echorouk)'
RO = 'Rabah Ouamar (Aith Smail resident)'
NIGHT = 'ليلة الأحد إلى الاثنين — the night of Sunday to Monday; dated to Monday 2023-07-24 (the fires broke out overnight)'
E('killing/casualties', None, 'Bejaia; Tizi Ouzou; Bouira', None, None, None, 'asserted',
  '34 وفاة بينهم 10 عسكريين في بجاية وتيزي وزو والبويرة')
E('killing/casualties', None, 'several provinces of eastern and central Algeria', '2023-07-24', NIGHT, MOI, 'reported',
  'لقي 34 شخصا حتفهم، بينهم 10 عسكريين من أفراد الجيش الوطني الشعبي، في حرائق الغابات')
E('other', None, 'several provinces of eastern and central Algeria', '2023-07-24', NIGHT, MOI, 'reported',
  'اندلعت ليلة الأحد إلى الاثنين بعدة ولايات شرق ووسط البلاد')
E('killing/casualties', None, 'Beni Ksila, Bejaia Province', None, None, MOI, 'reported',
  'العسكريين العشرة لقوا حتفهم بمنطقة بني كسيلة بولاية بجاية، بعدما حاصرتهم ألسنة النيران خلال عملية إجلاء السكان')
E('killing/casualties', None, 'Beni Ksila, Bejaia Province', None, None, MOI, 'reported',
  'أصيب 25 عسكريا آخرين بحروق متفاوتة الخطورة نقلوا على إثرها إلى المستشفى العسكري بعين النعجة')
E('other', None, '16 provinces (Algeria)', None,
  'إلى غاية صبيحة اليوم — dates the cumulative count (2023-07-25), not the fires', NB, 'reported',
  'مصالحه سجلت إلى غاية صبيحة اليوم 97 حريقا عبر 16 ولاية، تم إخماد 80 منها')
E('other', 'Civil Protection (Algeria)', None, None, None, NB, 'reported',
  'أكثر من 8 آلاف عون مدعمين بنحو 500 شاحنة إطفاء مجندون في الميدان')
E('other', None, 'Tizi N\'Berber; Aith Smail; Melbou (Bejaia)', None, None, None, 'asserted',
  'أتت النيران على مساحات واسعة من الغطاء النباتي بقرى تيزي نبربر وآيث سماعيل وملبو، وامتدت إلى منازل المواطنين')
E('displacement', None, 'Bejaia Province', None, None, None, 'asserted',
  'إجلاء نحو 1500 شخص نحو مراكز الإيواء والمخيمات الصيفية')
E('other', None, 'Azazga; Ait Chafaa; Yakouren (Tizi Ouzou)', None, None, LS, 'reported',
  'تواصلت عمليات الإخماد ببلديات عزازقة وآيت شافع ويعكوران')
E('displacement', 'local authorities (Tizi Ouzou)', 'Tizi Ouzou Province', None, None, LS, 'reported',
  'أجلت السلطات المحلية سكان قريتين بالكامل')
E('other', None, 'Aith Smail', None, None, RO, 'reported', 'النار جات من كل جيهة')
E('displacement', None, 'Aith Smail', None, None, RO, 'reported', 'خرجنا غير بالحوايج اللي علينا')
E('visit/inspection', 'Brahim Merad', 'Bejaia Province', '2023-07-24', 'أمس الاثنين', None, 'asserted',
  'تنقل وزير الداخلية إبراهيم مراد رفقة المدير العام للحماية المدنية إلى ولاية بجاية أمس الاثنين')
E('visit/inspection', 'Brahim Merad', 'Bejaia Province', '2023-07-24', 'أمس الاثنين (same sentence)', None,
  'asserted', 'عاين الأضرار التي خلفتها الحرائق')
E('statement', 'Brahim Merad', None, None, None, None, 'asserted', 'وعد بتعويض المتضررين «في أقرب الآجال»')
E('other', "People's National Army (Algeria)", 'Kabylie fire zones', None, None,
  'Ministry of National Defence (Algeria)', 'reported',
  'تسخير وحدات من الجيش الوطني الشعبي وطائرات مروحية لمساندة أعوان الحماية المدنية')
E('other', 'Algeria', None, None, None, None, 'asserted', 'وصلت طائرة إطفاء من نوع «كنادير» استأجرتها الجزائر')
E('other', None, 'coastal provinces (Algeria)', '2023-07-26', 'ابتداء من غد الأربعاء — start of the forecast heatwave',
  'National Meteorological Office (Algeria)', 'predicted',
  'موجة حر جديدة ستضرب الولايات الساحلية ابتداء من غد الأربعاء')
E('other', 'Abdelmadjid Tebboune', None, None,
  'منتصف جويلية الجاري — mid-July 2023; not a day', None, 'asserted',
  'كان رئيس الجمهورية عبد المجيد تبون قد أمر، منتصف جويلية الجاري، بتشديد العقوبات على المتسببين في الحرائق العمدية')
E('other', 'Algerian security services', 'Bouira', None, None, 'Algerian security services', 'reported',
  'توقيف 3 أشخاص يشتبه في تورطهم في إضرام النار بغابات البويرة')
E('killing/casualties', None, 'Kabylie', None, 'أوت 2021 — month only (August 2021)', None, 'asserted',
  'حرائق أوت 2021 بمنطقة القبائل خلفت قرابة 90 قتيلا، بينهم 33 عسكريا')

N('34', 'people', 'people killed in the forest fires (headline)', 'exact', '34 وفاة')
N('10', 'people', 'soldiers among the fire dead (headline)', 'exact', '10 عسكريين', 0)
N('34', 'people', 'people killed in the forest fires', 'exact', '34 شخصا')
N('10', 'people', 'soldiers among the fire dead', 'exact', '10 عسكريين', 1)
N('10', 'people', 'soldiers killed at Beni Ksila (numeral in words after the noun)', 'exact', 'العسكريين العشرة')
N('25', 'people', 'soldiers injured (burns)', 'exact', '25 عسكريا')
N('97', 'fires', 'fires recorded by Civil Protection', 'exact', '97 حريقا')
N('16', 'provinces', 'provinces with fires', 'exact', '16 ولاية')
N('80', 'fires', 'fires extinguished', 'exact', '80 منها')
N('8000', 'people', 'Civil Protection agents deployed', 'more than', 'أكثر من 8 آلاف عون')
N('500', 'vehicles', 'fire trucks deployed', 'approx', 'نحو 500 شاحنة إطفاء')
N('1500', 'people', 'people evacuated in Bejaia', 'approx', 'نحو 1500 شخص')
N('2', 'villages', 'villages fully evacuated in Tizi Ouzou', 'exact', 'قريتين')
N('48', 'degrees Celsius', 'forecast maximum temperature ("قد تصل إلى", up to)', 'exact', '48 درجة مئوية')
N('3', 'people', 'people arrested on suspicion of arson in Bouira', 'exact', '3 أشخاص')
N('90', 'people', 'people killed in the August 2021 Kabylie fires', 'approx', 'قرابة 90 قتيلا')
N('33', 'people', 'soldiers among the August 2021 dead', 'exact', '33 عسكريا')

D('الأحد', '2023-07-23', 'weekday')
D('الاثنين', '2023-07-24', 'weekday', 0)
D('أمس', '2023-07-24', 'relative', 0)
D('اليوم', '2023-07-25', 'relative')
D('أمس', '2023-07-24', 'relative', 1)
D('الاثنين', '2023-07-24', 'weekday', 1)
D('في أقرب الآجال', None, 'vague')
D('أوت 2021', '2021-08', 'absolute', 0)
D('غد', '2023-07-26', 'relative')
D('الأربعاء', '2023-07-26', 'relative')
D('منتصف جويلية الجاري', '2023-07', 'absolute')
D('أوت 2021', '2021-08', 'absolute', 1)

A(MOI, 'حسب', False,
  'لقي 34 شخصا حتفهم، بينهم 10 عسكريين من أفراد الجيش الوطني الشعبي، في حرائق الغابات التي اندلعت ليلة الأحد إلى الاثنين بعدة ولايات شرق ووسط البلاد')
A(MOI, 'أوضحت', False,
  'العسكريين العشرة لقوا حتفهم بمنطقة بني كسيلة بولاية بجاية، بعدما حاصرتهم ألسنة النيران خلال عملية إجلاء السكان، فيما أصيب 25 عسكريا آخرين بحروق متفاوتة الخطورة نقلوا على إثرها إلى المستشفى العسكري بعين النعجة')
A(NB, 'أفاد', False, 'مصالحه سجلت إلى غاية صبيحة اليوم 97 حريقا عبر 16 ولاية، تم إخماد 80 منها')
A(NB, 'مؤكدا', True, 'أكثر من 8 آلاف عون مدعمين بنحو 500 شاحنة إطفاء مجندون في الميدان')
A(LS, 'بحسب', False,
  'تواصلت عمليات الإخماد ببلديات عزازقة وآيت شافع ويعكوران، حيث أجلت السلطات المحلية سكان قريتين بالكامل')
A(RO, 'قال', True,
  'النار جات من كل جيهة، ما لحقناش نديو حتى حاجة، خرجنا غير بالحوايج اللي علينا والحمد لله على السلامة')
A('Brahim Merad', 'وعد', False, 'تعويض المتضررين «في أقرب الآجال»')
A('Ministry of National Defence (Algeria)', 'أعلنت', False,
  'تسخير وحدات من الجيش الوطني الشعبي وطائرات مروحية لمساندة أعوان الحماية المدنية')
A('National Meteorological Office (Algeria)', 'حذر', False,
  'موجة حر جديدة ستضرب الولايات الساحلية ابتداء من غد الأربعاء، مع درجات حرارة قد تصل إلى 48 درجة مئوية')
A('Algerian security services', 'أعلنت', False, 'توقيف 3 أشخاص يشتبه في تورطهم في إضرام النار بغابات البويرة')

ENT('بجاية', 'LOC', 'Bejaia')
ENT('تيزي وزو', 'LOC', 'Tizi Ouzou')
ENT('البويرة', 'LOC', 'Bouira')
ENT('الجيش الوطني الشعبي', 'ORG', "People's National Army (Algeria)")
ENT('وزارة الداخلية والجماعات المحلية والتهيئة العمرانية', 'ORG', MOI)
ENT('الوزارة', 'ORG', MOI)
ENT('بني كسيلة', 'LOC', 'Beni Ksila')
ENT('عين النعجة', 'LOC', 'Ain Naadja')
ENT('المديرية العامة للحماية المدنية', 'ORG', 'Civil Protection (Algeria)')
ENT('للحماية المدنية', 'ORG', 'Civil Protection (Algeria)')
ENT('الحماية المدنية', 'ORG', 'Civil Protection (Algeria)')
ENT('نسيم برناوي', 'PER', 'Nassim Bernaoui')
ENT('تيزي نبربر', 'LOC', "Tizi N'Berber")
ENT('آيث سماعيل', 'LOC', 'Aith Smail')
ENT('ملبو', 'LOC', 'Melbou')
ENT('عزازقة', 'LOC', 'Azazga')
ENT('آيت شافع', 'LOC', 'Ait Chafaa')
ENT('يعكوران', 'LOC', 'Yakouren')
ENT('الشروق', 'ORG', 'Echorouk')
ENT('رابح أوعمار', 'PER', 'Rabah Ouamar')
ENT('إبراهيم مراد', 'PER', 'Brahim Merad')
ENT('وزارة الدفاع الوطني', 'ORG', 'Ministry of National Defence (Algeria)')
ENT('كنادير', 'MISC', 'Canadair (water-bombing aircraft)')
ENT('الجزائر', 'LOC', 'Algeria')
ENT('الديوان الوطني للأرصاد الجوية', 'ORG', 'National Meteorological Office (Algeria)')
ENT('عبد المجيد تبون', 'PER', 'Abdelmadjid Tebboune')
ENT('القبائل', 'LOC', 'Kabylie')

F('forest fires', 'حرائق الغابات')
F('fires', 'الحرائق')
F('fires (flames)', 'ألسنة النيران')
F('arsonists', 'المتسببين في الحرائق العمدية')
F('soldiers', 'عسكريين')
F('victims (people affected)', 'المتضررين')
F('Kabylie', 'منطقة القبائل')
finish_article('h02')

# ---------------------------------------------------------------------------------------------- h03
article('h03', 'n03_mogadishu_hotel.txt',
        {'name_ar': 'العربية', 'name_en': 'Al Arabiya', 'domain': 'alarabiya.net'},
        '2022-08-21',
        'Written for this set; publication date 2022-08-21 (Sunday) set by the author and recorded in '
        'n03_mogadishu_hotel.yml. Consistent with the text: "اليوم الأحد", attack began "مساء الجمعة" = '
        '2022-08-19. High confidence (by construction).',
        'الصومال.. انتهاء حصار فندق "الحياة" في مقديشو بعد 30 ساعة ومقتل 21 شخصا')
SHB = 'al-Shabaab'
SSF = 'Somali security forces'
POL = 'Somali Police Force'
AAH = 'Abdifatah Adam Hassan (police spokesman)'
HOTEL = 'Hayat Hotel, Mogadishu'
E('capture/control', SSF, HOTEL, None, None, None, 'asserted', 'انتهاء حصار فندق "الحياة" في مقديشو بعد 30 ساعة')
E('killing/casualties', SHB, HOTEL, None, None, None, 'asserted', 'مقتل 21 شخصا', 0)
E('capture/control', SSF, HOTEL, None,
  'اليوم الأحد — dates the police announcement (2022-08-21), not the end of the siege', POL, 'reported',
  'انتهاء الحصار الذي فرضه مسلحون من حركة الشباب على فندق "الحياة" وسط العاصمة مقديشو، بعد نحو 30 ساعة من المواجهات')
E('other', SHB, HOTEL, None, None, POL, 'reported',
  'الحصار الذي فرضه مسلحون من حركة الشباب على فندق "الحياة" وسط العاصمة مقديشو')
E('killing/casualties', SHB, HOTEL, None, None, POL, 'reported', 'مقتل 21 شخصا على الأقل وإصابة 117 آخرين')
E('killing/casualties', SSF, HOTEL, None, None, AAH, 'reported', 'قتلت جميع المهاجمين')
E('other', SSF, HOTEL, None, None, AAH, 'reported',
  'أنقذت 106 أشخاص كانوا محتجزين داخل المبنى، بينهم 8 أطفال و3 نساء')
E('explosion', SHB, 'Hayat Hotel entrance, K4 junction, Mogadishu', '2022-08-19', 'مساء الجمعة', None, 'asserted',
  'كان الهجوم قد بدأ مساء الجمعة بتفجير سيارتين مفخختين عند مدخل الفندق الواقع عند تقاطع "كي 4" المزدحم')
E('capture/control', SHB, HOTEL, '2022-08-19', 'مساء الجمعة (same sentence: "قبل أن" — right after the blasts)',
  None, 'asserted', 'يقتحم مسلحون مدججون بالأسلحة المبنى ويتحصنوا في طوابقه العليا')
E('killing/casualties', SHB, HOTEL, None, None, AAH, 'reported',
  'من بين القتلى ثلاثة من عناصر الأمن ومسؤولا محليا في بلدية حي حمر ججب')
E('other', None, HOTEL, None, None, AAH, 'reported', 'لا يزال عدد من الأشخاص في عداد المفقودين')
E('killing/casualties', SHB, 'Mogadishu', None, None, 'Ali Haji Adam (Health Minister)', 'reported',
  'المستشفيات استقبلت 117 مصابا، بينهم 15 في حالة حرجة')
E('statement', 'Ali Haji Adam', None, None, None, None, 'asserted', 'مشيرا إلى أن "الحصيلة مرشحة للارتفاع"')
E('statement', SHB, None, None, None, None, 'asserted',
  'تبنت حركة الشباب المرتبطة بتنظيم القاعدة الهجوم في بيان نشرته إذاعة "الأندلس" التابعة لها')
E('other', SHB, HOTEL, None, None, 'al-Shabaab (via Radio Andalus)', 'reported',
  'مقاتليها استهدفوا "مسؤولين حكوميين" كانوا يجتمعون في الفندق')
E('capture/control', 'Gaashaan special forces; Danab Brigade', HOTEL, None, None, 'eyewitnesses', 'reported',
  'وحدات من قوات "غاشان" الخاصة ووحدات "دنب" المدربة أميركيا شاركت في عملية الاقتحام')
E('explosion', None, HOTEL, None, None, 'eyewitnesses', 'reported',
  'انفجارات متتالية أدت إلى انهيار أجزاء من الطابق الثالث')
E('explosion', None, HOTEL, None, None, 'Mohamed Abdi Nur (shopkeeper)', 'reported', 'سمعنا انفجار كبير')
E('other', None, HOTEL, None, None, 'Mohamed Abdi Nur (shopkeeper)', 'reported', 'الرصاص ما وقفش طول الليل')
E('statement', 'Hassan Sheikh Mohamud', None, None, None, None, 'asserted',
  'أدان الرئيس الصومالي حسن شيخ محمود الهجوم، ووصفه بأنه "عمل إرهابي جبان"، متعهدا بملاحقة "الخوارج" حتى القضاء عليهم')
E('other', 'National Security Council (Somalia)', None, '2022-08-20', 'مساء السبت', None, 'asserted',
  'عقد مجلس الأمن القومي اجتماعا طارئا مساء السبت')
E('statement', 'African Union Transition Mission in Somalia (ATMIS)', None, None, None, None, 'asserted',
  'نددت بعثة الاتحاد الإفريقي الانتقالية في الصومال "أتميس" بالهجوم، وقالت في بيان إن قواتها "تقف إلى جانب الجيش الصومالي"')
E('statement', 'United Nations; United States; Turkey', None, None, None, None, 'asserted',
  'أعربت الأمم المتحدة والولايات المتحدة وتركيا عن تضامنها مع الحكومة')
E('advance/offensive', SHB, 'Hiran region (central Somalia, near the Ethiopian border)', None,
  'خلال الأسابيع الأخيرة — vague period', None, 'asserted',
  'شنت الحركة خلال الأسابيع الأخيرة هجمات على قرى في إقليم هيران وسط البلاد قرب الحدود مع إثيوبيا')
E('capture/control', 'Federal Government of Somalia (with ATMIS support)', 'southern and central Somalia', None, None,
  None, 'planned',
  'تسعى الحكومة الصومالية، بدعم من نحو 19 ألف جندي من قوات "أتميس"، إلى استعادة المناطق التي لا تزال تحت سيطرة الشباب في جنوب ووسط البلاد')

N('30', 'hours', 'duration of the hotel siege (headline)', 'exact', '30 ساعة', 0)
N('21', 'people', 'people killed in the hotel attack (headline)', 'exact', '21 شخصا', 0)
N('30', 'hours', 'duration of the hotel siege', 'approx', 'نحو 30 ساعة')
N('21', 'people', 'people killed in the hotel attack (police)', 'at least', '21 شخصا على الأقل')
N('117', 'people', 'people wounded in the hotel attack (police)', 'exact', '117 آخرين')
N(None, 'people', 'attackers killed by security forces ("all")', 'vague', 'جميع المهاجمين')
N('106', 'people', 'hostages rescued from the hotel', 'exact', '106 أشخاص')
N('8', 'people', 'children among the rescued', 'exact', '8 أطفال')
N('3', 'people', 'women among the rescued', 'exact', '3 نساء')
N('2', 'vehicles', 'car bombs detonated at the hotel entrance', 'exact', 'سيارتين مفخختين')
N('3', 'people', 'security personnel among the dead', 'exact', 'ثلاثة من عناصر الأمن')
N('1', 'people', 'local official among the dead', 'exact', 'مسؤولا محليا')
N(None, 'people', 'people still missing', 'vague', 'عدد من الأشخاص')
N('117', 'people', 'wounded received by hospitals (Health Minister)', 'exact', '117 مصابا')
N('15', 'people', 'wounded in critical condition', 'exact', '15 في حالة حرجة')
N('19000', 'people', 'ATMIS troops supporting the government', 'approx', 'نحو 19 ألف جندي')

D('اليوم', '2022-08-21', 'relative')
D('الأحد', '2022-08-21', 'weekday')
D('الجمعة', '2022-08-19', 'weekday')
D('السبت', '2022-08-20', 'weekday')
D('مايو الماضي', '2022-05', 'absolute')
D('الأسابيع الأخيرة', None, 'relative')

A(POL, 'أعلنت', False,
  'انتهاء الحصار الذي فرضه مسلحون من حركة الشباب على فندق "الحياة" وسط العاصمة مقديشو، بعد نحو 30 ساعة من المواجهات، وأسفر عن مقتل 21 شخصا على الأقل وإصابة 117 آخرين')
A(AAH, 'قال', False,
  'قوات الأمن "قتلت جميع المهاجمين وأنقذت 106 أشخاص كانوا محتجزين داخل المبنى، بينهم 8 أطفال و3 نساء"')
A(AAH, 'أضاف', False, 'غالبية الضحايا من المدنيين')
A(AAH, 'موضحا', False,
  'من بين القتلى ثلاثة من عناصر الأمن ومسؤولا محليا في بلدية حي حمر ججب، فيما لا يزال عدد من الأشخاص في عداد المفقودين')
A('Ali Haji Adam (Health Minister)', 'أكد', False, 'المستشفيات استقبلت 117 مصابا، بينهم 15 في حالة حرجة')
A('Ali Haji Adam (Health Minister)', 'مشيرا', True, 'الحصيلة مرشحة للارتفاع')
A('al-Shabaab (via Radio Andalus)', 'زاعمة', False, 'مقاتليها استهدفوا "مسؤولين حكوميين" كانوا يجتمعون في الفندق')
A('eyewitnesses', 'بحسب', False,
  'وحدات من قوات "غاشان" الخاصة ووحدات "دنب" المدربة أميركيا شاركت في عملية الاقتحام، التي تخللتها انفجارات متتالية أدت إلى انهيار أجزاء من الطابق الثالث')
A('Mohamed Abdi Nur (shopkeeper)', 'قال', True,
  'سمعنا انفجار كبير وبعدين الرصاص ما وقفش طول الليل، ناس كثير كانوا محبوسين فوق وما قدرنا نسوي شي')
A('Hassan Sheikh Mohamud', 'وصفه', True, 'عمل إرهابي جبان')
A('African Union Transition Mission in Somalia (ATMIS)', 'قالت', False, 'قواتها "تقف إلى جانب الجيش الصومالي"')

ENT('الصومال', 'LOC', 'Somalia')
ENT('الحياة', 'LOC', 'Hayat Hotel')
ENT('مقديشو', 'LOC', 'Mogadishu')
ENT('الشرطة الصومالية', 'ORG', POL)
ENT('الشرطة', 'ORG', POL)
ENT('حركة الشباب', 'ORG', SHB)
ENT('الشباب', 'ORG', SHB)
ENT('الحركة', 'ORG', SHB)
ENT('عبد الفتاح آدم حسن', 'PER', 'Abdifatah Adam Hassan')
ENT('حسن', 'PER', 'Abdifatah Adam Hassan')
ENT('قوات الأمن', 'ORG', SSF)
ENT('كي 4', 'LOC', 'K4 junction (Mogadishu)')
ENT('حمر ججب', 'LOC', 'Hamar Jajab')
ENT('علي حاجي آدم', 'PER', 'Ali Haji Adam')
ENT('تنظيم القاعدة', 'ORG', 'al-Qaeda')
ENT('الأندلس', 'ORG', 'Radio Andalus')
ENT('غاشان', 'ORG', 'Gaashaan special forces')
ENT('دنب', 'ORG', 'Danab Brigade')
ENT('محمد عبدي نور', 'PER', 'Mohamed Abdi Nur')
ENT('العربية.نت', 'ORG', 'Al Arabiya.net')
ENT('حسن شيخ محمود', 'PER', 'Hassan Sheikh Mohamud')
ENT('مجلس الأمن القومي', 'ORG', 'National Security Council (Somalia)')
ENT('بعثة الاتحاد الإفريقي الانتقالية في الصومال', 'ORG', 'African Union Transition Mission in Somalia (ATMIS)')
ENT('أتميس', 'ORG', 'African Union Transition Mission in Somalia (ATMIS)')
ENT('الجيش الصومالي', 'ORG', 'Somali National Army')
ENT('الأمم المتحدة', 'ORG', 'United Nations')
ENT('الولايات المتحدة', 'LOC', 'United States')
ENT('تركيا', 'LOC', 'Turkey')
ENT('هيران', 'LOC', 'Hiran')
ENT('إثيوبيا', 'LOC', 'Ethiopia')
ENT('الحكومة الصومالية', 'ORG', 'Federal Government of Somalia')

F('al-Shabaab', 'حركة الشباب')
F('al-Shabaab (government term "Khawarij")', 'الخوارج')
F('attack (condemnation)', 'عمل إرهابي جبان')
F('attackers', 'مسلحون')
F('attackers', 'المهاجمين')
F('targets claimed by al-Shabaab', 'مسؤولين حكوميين')
F('victims', 'الضحايا')
F('siege', 'الحصار')
F('storming', 'عملية الاقتحام')
finish_article('h03')

# ---------------------------------------------------------------------------------------------- h04
article('h04', 'n04_yemen_marib_exchange.txt',
        {'name_ar': 'عدن الغد', 'name_en': 'Aden al-Ghad', 'domain': 'adengad.net'},
        '2020-10-16',
        'Written for this set; publication date 2020-10-16 (Friday) set by the author and recorded in '
        'n04_yemen_marib_exchange.yml. Consistent with the text: "مساء أمس الخميس" = 2020-10-15, "اليوم الجمعة". '
        'High confidence (by construction). Pro-government (anti-Houthi) wording.',
        'مليشيا الحوثي تستهدف مأرب بصاروخ باليستي ومسيرات تزامنا مع تنفيذ أكبر صفقة لتبادل الأسرى')
HTH = 'Houthis (Ansar Allah)'
SRC = 'source in the Marib local authority (speaking to Aden al-Ghad)'
COAL = 'Saudi-led coalition'
ICRC = 'International Committee of the Red Cross'
FR = 'Franz Rauchenstein (ICRC)'
E('airstrike/shelling', HTH, 'Marib', None, None, None, 'asserted', 'مليشيا الحوثي تستهدف مأرب بصاروخ باليستي ومسيرات')
E('other', 'Government of Yemen; Houthis (Ansar Allah)', None, None, None, None, 'asserted',
  'تنفيذ أكبر صفقة لتبادل الأسرى')
E('airstrike/shelling', HTH, 'Marib city (residential areas)', '2020-10-15', 'مساء أمس الخميس', None, 'asserted',
  'استهدفت مليشيا الحوثي الانقلابية، مساء أمس الخميس، أحياء سكنية في مدينة مأرب بصاروخ باليستي وثلاث طائرات مسيرة مفخخة')
E('killing/casualties', HTH, 'Marib city', '2020-10-15', 'مساء أمس الخميس (same sentence)', None, 'asserted',
  'مقتل امرأة وإصابة 7 مدنيين بينهم 4 أطفال')
E('airstrike/shelling', HTH, 'near Al-Jufainah IDP camp, south of Marib city', None, None, SRC, 'reported',
  'الصاروخ سقط قرب مخيم الجفينة للنازحين جنوب المدينة')
E('other', 'Yemeni government air defences', 'Marib', None, None, SRC, 'reported',
  'اعترضت الدفاعات الجوية طائرتين مسيرتين قبل وصولهما إلى أهدافهما')
E('airstrike/shelling', HTH, 'Sirwah and Al-Kasara fronts, west of Marib Governorate', None, None, SRC, 'reported',
  'المليشيا قصفت كذلك بقذائف الهاون مواقع الجيش الوطني في جبهتي صرواح والكسارة غرب المحافظة')
E('other', None, 'Sirwah and Al-Kasara fronts, west of Marib Governorate', None,
  'حتى فجر اليوم الجمعة — end of the clashes (2020-10-16); their start is not given', SRC, 'reported',
  'مواجهات عنيفة استمرت حتى فجر اليوم الجمعة')
E('airstrike/shelling', COAL, "Sanaa (Al-Hafa camp; Al-Nahdayn)", None, None, COAL, 'reported',
  'نفذ غارات جوية على أهداف عسكرية مشروعة للمليشيا في العاصمة صنعاء، بينها مخازن للطائرات المسيرة في معسكر الحفا ومنطقة النهدين')
E('accusation', 'Turki al-Maliki', None, None, None, None, 'asserted',
  'متهما الحوثيين باستخدام الأعيان المدنية غطاء لعملياتهم')
E('other', 'Government of Yemen; Houthis (Ansar Allah)', 'Sanaa; Aden; Seiyun; Abha airports', '2020-10-15', 'أمس',
  ICRC, 'reported',
  'اكتمال المرحلة الأولى من عملية تبادل الأسرى بين الحكومة الشرعية وجماعة الحوثي، والتي جرت أمس عبر رحلات جوية متزامنة بين مطارات صنعاء وعدن وسيئون وأبها السعودي')
E('other', 'Government of Yemen; Houthis (Ansar Allah)', None, None, None, ICRC, 'reported',
  'العملية التي تعد الأكبر منذ بداية الحرب تشمل الإفراج عن 1056 أسيرا ومحتجزا، بينهم 15 سعوديا و4 سودانيين')
E('other', 'Government of Yemen; Houthis (Ansar Allah)', None, '2020-10-16', 'اليوم', ICRC, 'planned', 'تستكمل اليوم')
E('other', None, None, None, None, FR, 'predicted', 'مئات العائلات ستجتمع أخيرا بأحبائها بعد سنوات من الانتظار')
E('other', ICRC, None, None, None, FR, 'reported', 'فرق اللجنة أجرت مقابلات مع جميع المحتجزين قبل نقلهم')
E('statement', 'Martin Griffiths', None, None, None, None, 'asserted',
  'رحب المبعوث الأممي إلى اليمن مارتن غريفيث بتنفيذ الصفقة')
E('other', 'Government of Yemen; Houthis (Ansar Allah)', 'Switzerland', None,
  'الشهر الماضي — September 2020; a month cannot date an event', 'Martin Griffiths', 'reported',
  'الاتفاق الذي جرى التوصل إليه في سويسرا الشهر الماضي')
E('other', 'Yemeni government officials', 'Aden International Airport', None, None, None, 'asserted',
  'استقبل عدد من المسؤولين الحكوميين نحو 150 أسيرا من المفرج عنهم')
E('accusation', 'Government of Yemen', None, '2020-W41', 'الأسبوع الماضي', None, 'asserted',
  'كانت الحكومة الشرعية قد أعلنت الأسبوع الماضي أن المليشيا ترفض الإفراج عن وزير الدفاع الأسبق اللواء محمود الصبيحي')
E('advance/offensive', HTH, 'districts of Marib Governorate', None, None,
  'Executive Unit for IDP Camps', 'reported', 'هجوم واسع شنته المليشيا على مديريات المحافظة')
E('displacement', HTH, 'Marib Governorate', None, None, 'Executive Unit for IDP Camps', 'reported',
  'نزوح أكثر من 3 آلاف أسرة')

N('3', 'drones', 'explosive drones launched at Marib', 'exact', 'ثلاث طائرات مسيرة مفخخة')
N('1', 'people', 'woman killed in Marib', 'exact', 'امرأة')
N('7', 'people', 'civilians wounded in Marib', 'exact', '7 مدنيين')
N('4', 'people', 'children among the wounded', 'exact', '4 أطفال')
N('2', 'drones', 'drones intercepted', 'exact', 'طائرتين مسيرتين')
N('1056', 'people', 'prisoners and detainees to be released in the exchange', 'exact', '1056 أسيرا ومحتجزا')
N('15', 'people', 'Saudis among the released', 'exact', '15 سعوديا')
N('4', 'people', 'Sudanese among the released', 'exact', '4 سودانيين')
N(None, 'people', 'detainees interviewed by the ICRC ("all")', 'vague', 'جميع المحتجزين')
N(None, 'people', 'government officials receiving the prisoners in Aden', 'vague', 'عدد من المسؤولين الحكوميين')
N('150', 'people', 'released prisoners arriving at Aden airport', 'approx', 'نحو 150 أسيرا')
N('5', 'years', "years the prisoner's mother waited", 'exact', 'خمس سنين')
N('3000', 'families', 'families displaced by the Houthi offensive on Marib', 'more than', 'أكثر من 3 آلاف أسرة')

D('أمس', '2020-10-15', 'relative', 0)
D('الخميس', '2020-10-15', 'weekday')
D('اليوم', '2020-10-16', 'relative', 0)
D('الجمعة', '2020-10-16', 'weekday')
D('أمس', '2020-10-15', 'relative', 1)
D('اليوم', '2020-10-16', 'relative', 1)
D('الشهر الماضي', '2020-09', 'relative')
D('الأسبوع الماضي', '2020-W41', 'relative')

A(SRC, 'قال', False,
  'الصاروخ سقط قرب مخيم الجفينة للنازحين جنوب المدينة، فيما اعترضت الدفاعات الجوية طائرتين مسيرتين قبل وصولهما إلى أهدافهما')
A(SRC, 'أضاف', False,
  'المليشيا قصفت كذلك بقذائف الهاون مواقع الجيش الوطني في جبهتي صرواح والكسارة غرب المحافظة، وسط مواجهات عنيفة استمرت حتى فجر اليوم الجمعة')
A(COAL, 'أعلن', False,
  'أنه نفذ غارات جوية على أهداف عسكرية مشروعة للمليشيا في العاصمة صنعاء، بينها مخازن للطائرات المسيرة في معسكر الحفا ومنطقة النهدين')
A('Turki al-Maliki', 'قال', False,
  'قيادة التحالف "اتخذت الإجراءات اللازمة لتحييد وتدمير القدرات النوعية للمليشيا الحوثية الإرهابية"')
A(ICRC, 'أعلنت', False,
  'اكتمال المرحلة الأولى من عملية تبادل الأسرى بين الحكومة الشرعية وجماعة الحوثي، والتي جرت أمس عبر رحلات جوية متزامنة بين مطارات صنعاء وعدن وسيئون وأبها السعودي')
A(ICRC, 'بحسب', False,
  'العملية التي تعد الأكبر منذ بداية الحرب تشمل الإفراج عن 1056 أسيرا ومحتجزا، بينهم 15 سعوديا و4 سودانيين، على أن تستكمل اليوم')
A(FR, 'قال', True, 'مئات العائلات ستجتمع أخيرا بأحبائها بعد سنوات من الانتظار')
A(FR, 'مضيفا', False, 'فرق اللجنة أجرت مقابلات مع جميع المحتجزين قبل نقلهم')
A('Martin Griffiths', 'قال', False,
  'الاتفاق الذي جرى التوصل إليه في سويسرا الشهر الماضي "دليل على أن الحوار السلمي ممكن"')
A("mother of a released prisoner (Al-Musaymir, Lahj)", 'قالت', True,
  'خمس سنين وأنا أستنى، ما صدقت لما شفته نازل من الطيارة')
A('Government of Yemen', 'أعلنت', False,
  'المليشيا ترفض الإفراج عن وزير الدفاع الأسبق اللواء محمود الصبيحي، المشمول بقرار مجلس الأمن 2216، رغم المطالبات الدولية المتكررة')
A('Executive Unit for IDP Camps', 'وفقا', False,
  'يأتي التصعيد الحوثي على مأرب بعد أسابيع من هجوم واسع شنته المليشيا على مديريات المحافظة، أسفر عن نزوح أكثر من 3 آلاف أسرة')

ENT('مليشيا الحوثي', 'ORG', HTH)
ENT('جماعة الحوثي', 'ORG', HTH)
ENT('الحوثيين', 'ORG', HTH)
ENT('المليشيا', 'ORG', HTH)
ENT('للمليشيا', 'ORG', HTH)
ENT('مأرب', 'LOC', 'Marib')
ENT('عدن الغد', 'ORG', 'Aden al-Ghad')
ENT('مخيم الجفينة', 'LOC', 'Al-Jufainah IDP camp')
ENT('الجيش الوطني', 'ORG', 'Yemeni National Army')
ENT('صرواح', 'LOC', 'Sirwah')
ENT('الكسارة', 'LOC', 'Al-Kasara')
ENT('تحالف دعم الشرعية في اليمن', 'ORG', COAL)
ENT('التحالف', 'ORG', COAL)
ENT('صنعاء', 'LOC', 'Sanaa')
ENT('معسكر الحفا', 'LOC', 'Al-Hafa military camp')
ENT('النهدين', 'LOC', 'Al-Nahdayn')
ENT('تركي المالكي', 'PER', 'Turki al-Maliki')
ENT('اللجنة الدولية للصليب الأحمر', 'ORG', ICRC)
ENT('اللجنة', 'ORG', ICRC)
ENT('الصليب الأحمر', 'ORG', ICRC)
ENT('الحكومة الشرعية', 'ORG', 'Government of Yemen')
ENT('عدن', 'LOC', 'Aden')
ENT('مطار عدن الدولي', 'LOC', 'Aden International Airport')
ENT('سيئون', 'LOC', 'Seiyun')
ENT('أبها', 'LOC', 'Abha')
ENT('اليمن', 'LOC', 'Yemen')
ENT('فرانز راوخنشتاين', 'PER', 'Franz Rauchenstein')
ENT('مارتن غريفيث', 'PER', 'Martin Griffiths')
ENT('سويسرا', 'LOC', 'Switzerland')
ENT('المسيمير', 'LOC', 'Al-Musaymir')
ENT('لحج', 'LOC', 'Lahj')
ENT('محمود الصبيحي', 'PER', 'Mahmoud al-Subaihi')
ENT('مجلس الأمن', 'ORG', 'United Nations Security Council')
ENT('للوحدة التنفيذية لإدارة مخيمات النازحين', 'ORG', 'Executive Unit for IDP Camps')

F('Houthis', 'مليشيا الحوثي')
F('Houthis', 'المليشيا')
F('Houthis', 'للمليشيا')
F('Houthis', 'جماعة الحوثي')
F('Houthis (putschist)', 'الانقلابية')
F('Houthis (terrorist)', 'الحوثية الإرهابية')
F('Saudi-led coalition', 'تحالف دعم الشرعية')
F('Yemeni government (legitimate)', 'الحكومة الشرعية')
F('coalition targets', 'أهداف عسكرية مشروعة')
F('Houthi escalation', 'التصعيد الحوثي')
F('prisoners', 'الأسرى')
finish_article('h04')

# ---------------------------------------------------------------------------------------------- h05
article('h05', 'n05_pakistan_floods.txt',
        {'name_ar': 'سكاي نيوز عربية', 'name_en': 'Sky News Arabia', 'domain': 'skynewsarabia.com'},
        '2022-08-29',
        'Written for this set; publication date 2022-08-29 (Monday) set by the author and recorded in '
        'n05_pakistan_floods.yml. Consistent with the text: "صباح الاثنين", "أمس الأحد" = 2022-08-28, '
        '"غدا الثلاثاء" = 2022-08-30. High confidence (by construction).',
        'فيضانات باكستان.. أكثر من 1000 قتيل وثلث البلاد تحت الماء')
NDMA = 'National Disaster Management Authority (Pakistan)'
SR = 'Sherry Rehman'
SS = 'Shehbaz Sharif'
OCHA = 'UN Office for the Coordination of Humanitarian Affairs (OCHA)'
UNICEF = 'UNICEF'
GR = 'Ghulam Rasool (farmer near Dadu)'
E('killing/casualties', None, 'Pakistan', None, None, None, 'asserted', 'أكثر من 1000 قتيل')
E('killing/casualties', None, 'Pakistan', None,
  'منذ منتصف يونيو — start of the period covered by the cumulative toll (mid-June 2022); not a day', NDMA, 'reported',
  'ارتفع عدد ضحايا الفيضانات التي تجتاح باكستان منذ منتصف يونيو إلى 1061 قتيلا، بينهم 348 طفلا')
E('other', None, 'Pakistan', None, 'منذ منتصف يونيو — start of the floods (a month, not a day)', NDMA, 'reported',
  'الفيضانات التي تجتاح باكستان منذ منتصف يونيو')
E('other', None, 'Pakistan', None, None, None, 'asserted',
  'تضرر أكثر من 33 مليون شخص من الأمطار الموسمية غير المسبوقة')
E('killing/casualties', None, 'Sindh; Khyber Pakhtunkhwa', None,
  'خلال الساعات الأربع والعشرين الماضية — a 24-hour duration (a number row), not a date', NDMA, 'reported',
  '119 شخصا لقوا حتفهم خلال الساعات الأربع والعشرين الماضية وحدها، معظمهم في إقليمي السند وخيبر بختونخوا')
E('other', None, 'Sindh; Khyber Pakhtunkhwa', None, None, NDMA, 'reported', 'جرفت السيول مئات المنازل والطرق')
E('other', None, 'Swat Valley', None, None, 'local media (footage)', 'reported',
  'انهيار جسر رئيسي في وادي سوات شمال غربي البلاد')
E('other', None, 'Swat River', None, None, None, 'asserted', 'ارتفع منسوب نهر سوات إلى مستويات قياسية')
E('other', None, 'Bahrain (Swat)', None, None, 'local media (footage)', 'reported',
  'دمرت المياه فندقا مطلا على النهر في بلدة بحرين')
E('statement', SR, None, None, None, None, 'asserted',
  'وصفت وزيرة التغير المناخي شيري رحمن الفيضانات بأنها "كارثة إنسانية بحجم مناخي"، مؤكدة أن "ثلث باكستان تقريبا أصبح تحت الماء"، وأن البلاد "لم تشهد شيئا مماثلا من قبل"')
E('other', SS, 'flood-hit areas (Pakistan)', None, None, None, 'asserted',
  'أعلن رئيس الوزراء شهباز شريف حالة الطوارئ في المناطق المنكوبة')
E('visit/inspection', SS, 'Sukkur, Sindh', '2022-08-28', 'أمس الأحد', None, 'asserted',
  'تفقد أمس الأحد مخيمات النازحين في منطقة سكهر بإقليم السند')
E('other', 'Government of Pakistan', None, None, None, SS, 'planned', 'تقديم 25 ألف روبية لكل أسرة متضررة')
E('other', None, 'Pakistan', None, None, OCHA, 'reported', 'دمر أو تضرر قرابة 950 ألف منزل')
E('other', None, 'Pakistan', None, None, OCHA, 'reported', 'جرفت المياه أكثر من 3000 كيلومتر من الطرق و149 جسرا')
E('statement', UNICEF, None, None, None, None, 'asserted',
  'حذرت منظمة الأمم المتحدة للطفولة "يونيسف" من أن أكثر من 3 ملايين طفل معرضون لخطر الأمراض المنقولة بالمياه والغرق وسوء التغذية')
E('other', None, 'Pakistan', None, None, UNICEF, 'reported', 'آلاف المدارس تضررت أو تحولت إلى ملاجئ')
E('other', None, 'Balochistan (roads to Quetta)', None, None, None, 'asserted',
  'انقطعت الطرق المؤدية إلى عاصمة الإقليم كويتا')
E('other', None, 'Balochistan', None, None, 'local authorities (Balochistan)', 'reported',
  'عشرات القرى باتت معزولة تماما')
E('displacement', None, 'near Dadu, Sindh', None, None, None, 'asserted',
  'نزح مع أسرته المكونة من تسعة أفراد إلى مخيم على جانب الطريق السريع')
E('other', None, 'near Dadu, Sindh', None, None, GR, 'reported', 'الماء أخذ كل شيء، البيت والمحصول والبقرتين')
E('other', 'Government of Pakistan; United Nations', None, None, None, None, 'asserted',
  'وجهت الحكومة الباكستانية والأمم المتحدة نداء مشتركا لجمع 160 مليون دولار لمواجهة الكارثة')
E('other', 'Government of Pakistan; United Nations', 'Islamabad; Geneva', '2022-08-30', 'غدا الثلاثاء', None,
  'planned', 'يطلق رسميا في إسلام آباد وجنيف غدا الثلاثاء')
E('other', 'Turkey; United Arab Emirates', 'Islamabad airport', None, None, None, 'asserted',
  'بدأت طائرات تحمل مساعدات من تركيا والإمارات بالوصول إلى مطار إسلام آباد')
E('other', 'United States', None, None, None, 'United States', 'reported',
  'تقديم 30 مليون دولار كمساعدات إنسانية عاجلة')
E('killing/casualties', None, 'Pakistan', None, 'عام 2010 — year only', 'experts', 'reported',
  'فيضانات عام 2010 التي أودت بحياة نحو 1700 شخص')

N('1000', 'people', 'people killed in the floods (headline)', 'more than', 'أكثر من 1000 قتيل')
N('1061', 'people', 'people killed in the floods since mid-June (NDMA)', 'exact', '1061 قتيلا')
N('348', 'people', 'children among the flood dead', 'exact', '348 طفلا')
N('33000000', 'people', 'people affected by the monsoon rains', 'more than', 'أكثر من 33 مليون شخص')
N('119', 'people', 'people killed in the last 24 hours', 'exact', '119 شخصا')
N('24', 'hours', 'period of the latest deaths', 'exact', 'الساعات الأربع والعشرين')
N('1', 'bridges', 'main bridge collapsed in the Swat Valley', 'exact', 'جسر', 0)
N('1', 'hotels', 'riverside hotel destroyed in Bahrain (Swat)', 'exact', 'فندقا')
N('25000', 'Pakistani rupees', 'aid promised per affected family', 'exact', '25 ألف روبية')
N('3400000', 'people', 'people in urgent need of aid (OCHA)', 'approx', 'نحو 3.4 مليون شخص')
N('950000', 'houses', 'houses destroyed or damaged (OCHA)', 'approx', 'قرابة 950 ألف منزل')
N('3000', 'kilometres', 'kilometres of road washed away (OCHA)', 'more than', 'أكثر من 3000 كيلومتر')
N('149', 'bridges', 'bridges washed away (OCHA)', 'exact', '149 جسرا')
N('3000000', 'people', 'children at risk (UNICEF)', 'more than', 'أكثر من 3 ملايين طفل')
N('9', 'people', "members of Ghulam Rasool's displaced family", 'exact', 'تسعة أفراد')
N('2', 'head of livestock', 'cows lost by Ghulam Rasool', 'exact', 'البقرتين')
N('160000000', 'US dollars', 'joint Pakistan–UN flash appeal', 'exact', '160 مليون دولار')
N('30000000', 'US dollars', 'US emergency humanitarian aid', 'exact', '30 مليون دولار')
N('190', 'percent', 'rainfall above the average this year', 'approx', 'نحو 190%')
N('1700', 'people', 'people killed in the 2010 floods', 'approx', 'نحو 1700 شخص')

D('منذ منتصف يونيو', '2022-06', 'absolute')
D('الاثنين', '2022-08-29', 'weekday')
D('من قبل', None, 'vague')
D('أمس', '2022-08-28', 'relative')
D('الأحد', '2022-08-28', 'weekday')
D('غدا', '2022-08-30', 'relative')
D('الثلاثاء', '2022-08-30', 'relative')
D('هذا العام', None, 'relative')
D('عام 2010', None, 'vague')

A(NDMA, 'وفق', False,
  'ارتفع عدد ضحايا الفيضانات التي تجتاح باكستان منذ منتصف يونيو إلى 1061 قتيلا، بينهم 348 طفلا')
A(NDMA, 'قالت', False,
  '119 شخصا لقوا حتفهم خلال الساعات الأربع والعشرين الماضية وحدها، معظمهم في إقليمي السند وخيبر بختونخوا، حيث جرفت السيول مئات المنازل والطرق')
A('local media (footage)', 'أظهرت', False,
  'انهيار جسر رئيسي في وادي سوات شمال غربي البلاد، بعدما ارتفع منسوب نهر سوات إلى مستويات قياسية، كما دمرت المياه فندقا مطلا على النهر في بلدة بحرين')
A(SR, 'وصفت', True, 'كارثة إنسانية بحجم مناخي')
A(SR, 'مؤكدة', True, 'ثلث باكستان تقريبا أصبح تحت الماء')
A(SR, 'مؤكدة', False, 'البلاد "لم تشهد شيئا مماثلا من قبل"')
A(SS, 'متعهدا', False, 'تقديم 25 ألف روبية لكل أسرة متضررة')
A(OCHA, 'بحسب', False,
  'نحو 3.4 مليون شخص بحاجة إلى مساعدات عاجلة، فيما دمر أو تضرر قرابة 950 ألف منزل، وجرفت المياه أكثر من 3000 كيلومتر من الطرق و149 جسرا')
A(UNICEF, 'حذرت', False, 'أكثر من 3 ملايين طفل معرضون لخطر الأمراض المنقولة بالمياه والغرق وسوء التغذية')
A(UNICEF, 'مشيرة', False, 'آلاف المدارس تضررت أو تحولت إلى ملاجئ')
A('local authorities (Balochistan)', 'قالت', False, 'عشرات القرى باتت معزولة تماما')
A(GR, 'قال', True, 'الماء أخذ كل شيء، البيت والمحصول والبقرتين، ما بقي لنا غير هذه الخيمة')
A('United States', 'أعلنت', False, 'تقديم 30 مليون دولار كمساعدات إنسانية عاجلة')
A('experts', 'يقول', False,
  'الأمطار هذا العام فاقت المعدل بنحو 190%، وإن الكارثة تذكر بفيضانات عام 2010 التي أودت بحياة نحو 1700 شخص')

ENT('باكستان', 'LOC', 'Pakistan')
ENT('الهيئة الوطنية لإدارة الكوارث', 'ORG', NDMA)
ENT('الهيئة', 'ORG', NDMA)
ENT('السند', 'LOC', 'Sindh')
ENT('خيبر بختونخوا', 'LOC', 'Khyber Pakhtunkhwa')
ENT('سوات', 'LOC', 'Swat')
ENT('بحرين', 'LOC', 'Bahrain (Swat, Pakistan)')
ENT('شيري رحمن', 'PER', SR)
ENT('شهباز شريف', 'PER', SS)
ENT('سكهر', 'LOC', 'Sukkur')
ENT('مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية', 'ORG', OCHA)
ENT('أوتشا', 'ORG', OCHA)
ENT('منظمة الأمم المتحدة للطفولة', 'ORG', UNICEF)
ENT('يونيسف', 'ORG', UNICEF)
ENT('الأمم المتحدة', 'ORG', 'United Nations')
ENT('بلوشستان', 'LOC', 'Balochistan')
ENT('كويتا', 'LOC', 'Quetta')
ENT('غلام رسول', 'PER', 'Ghulam Rasool')
ENT('دادو', 'LOC', 'Dadu')
ENT('سكاي نيوز عربية', 'ORG', 'Sky News Arabia')
ENT('الحكومة الباكستانية', 'ORG', 'Government of Pakistan')
ENT('إسلام آباد', 'LOC', 'Islamabad')
ENT('مطار إسلام آباد', 'LOC', 'Islamabad International Airport')
ENT('جنيف', 'LOC', 'Geneva')
ENT('تركيا', 'LOC', 'Turkey')
ENT('الإمارات', 'LOC', 'United Arab Emirates')
ENT('الولايات المتحدة', 'LOC', 'United States')

F('floods', 'الفيضانات')
F('disaster', 'الكارثة')
F('disaster (climate)', 'كارثة إنسانية بحجم مناخي')
F('flood-hit areas', 'المناطق المنكوبة')
F('displaced people', 'النازحين')
F('victims', 'ضحايا')
F('monsoon rains', 'الأمطار الموسمية')
finish_article('h05')

# ---------------------------------------------------------------------------------------------- h06
article('h06', 'n06_maan_strike.txt',
        {'name_ar': 'رؤيا', 'name_en': 'Roya News', 'domain': 'royanews.tv'},
        '2022-12-16',
        'Written for this set; publication date 2022-12-16 (Friday) set by the author and recorded in '
        'n06_maan_strike.yml. Consistent with the text: "فجر أمس الخميس" = 2022-12-15, "اليوم الجمعة", strike from '
        '5 December (day 11 on the 15th). High confidence (by construction).',
        'استشهاد نائب مدير شرطة معان خلال أعمال شغب رافقت إضراب الشاحنات')
PSD = 'Public Security Directorate (Jordan)'
GUN = 'unidentified gunmen ("outlaws")'
MF = 'Mazen al-Faraya'
FS = 'Faisal al-Shboul'
GOV = 'Government of Jordan'
E('killing/casualties', GUN, "Ma'an", None, None, None, 'asserted', 'استشهاد نائب مدير شرطة معان')
E('other', None, "Ma'an", None, None, None, 'asserted', 'أعمال شغب رافقت إضراب الشاحنات')
E('killing/casualties', GUN, "Al-Husseiniya, Ma'an Governorate", '2022-12-15', 'فجر أمس الخميس', PSD, 'reported',
  'استشهد نائب مدير شرطة محافظة معان العقيد عبد الرزاق الدلابيح، فجر أمس الخميس، إثر إصابته بعيار ناري في الرأس')
E('other', GUN, "Al-Husseiniya, Ma'an Governorate", None, None, PSD, 'reported',
  'مجموعة من الخارجين عن القانون أطلقت النار باتجاه القوة الأمنية')
E('other', 'protesters', "Al-Husseiniya, Ma'an Governorate", None, None, PSD, 'reported',
  'طريق أغلقه محتجون بالإطارات المشتعلة')
E('killing/casualties', GUN, "Al-Husseiniya, Ma'an Governorate", None, None, PSD, 'reported',
  'إصابة ضابطين آخرين بجروح وُصفت بالمتوسطة')
E('other', 'truck and public transport drivers', "Ma'an", '2022-12-05', 'في الخامس من كانون الأول', None, 'asserted',
  'إضراب سائقي الشاحنات والنقل العام الذي انطلق من معان في الخامس من كانون الأول')
E('other', 'truck and public transport drivers', 'Karak; Tafilah; Aqaba', None, None, None, 'asserted',
  'يتسع ليشمل محافظات الكرك والطفيلة والعقبة')
E('other', GOV, 'Jordan', None, None, None, 'asserted', 'كانت الحكومة قد رفعت سعر لتر السولار إلى 895 فلسا')
E('statement', MF, None, '2022-12-15', 'مساء الخميس — the press conference where the statement was made', None,
  'asserted',
  'أكد وزير الداخلية مازن الفراية، خلال مؤتمر صحفي عقده مساء الخميس، أن "الدولة لن تتهاون مع كل من يعتدي على رجال الأمن"')
E('other', 'Jordanian security services', 'southern Jordan', None, None, MF, 'reported',
  'إلقاء القبض على 44 شخصا متورطين في أعمال التخريب وإغلاق الطرق')
E('other', 'Gendarmerie (Jordan)', 'southern Jordan', None, None, MF, 'reported',
  'قوات الدرك انتشرت في عدد من مناطق الجنوب لتأمين الطرق الرئيسية')
E('statement', FS, None, None, None, None, 'asserted',
  'قال وزير الدولة لشؤون الإعلام الناطق الرسمي باسم الحكومة فيصل الشبول إن الحكومة "لا تملك ترف تخفيض أسعار المحروقات"')
E('other', GOV, 'Jordan', '2022-W51', 'اعتبارا من الأسبوع المقبل — start of the measure', FS, 'planned',
  'الحكومة قررت رفع أجور الشحن المدفوعة للسائقين من قبل الشركات بنسبة 10% اعتبارا من الأسبوع المقبل')
E('other', 'protesters; Gendarmerie (Jordan)', "Ma'an; Karak; Tafilah", '2022-12-14', 'ليل الأربعاء', None,
  'asserted', 'شهدت عدة مناطق في معان والكرك والطفيلة ليل الأربعاء مواجهات بين محتجين وقوات الدرك')
E('other', 'Gendarmerie (Jordan)', "Ma'an; Karak; Tafilah", '2022-12-14', 'ليل الأربعاء (same sentence)', None,
  'asserted', 'استخدمت فيها الأخيرة الغاز المسيل للدموع لتفريق المتجمهرين')
E('other', 'youths (protesters)', "Ma'an; Karak; Tafilah", '2022-12-14', 'ليل الأربعاء (same sentence)', None,
  'asserted', 'أحرق شبان إطارات وحاويات نفايات')
E('other', 'mourners', 'Al-Hashimiya, Zarqa Governorate', '2022-12-16', 'اليوم الجمعة', None, 'asserted',
  'شيّع آلاف الأردنيين جثمان الدلابيح، اليوم الجمعة، في مسقط رأسه بلدة الهاشمية بمحافظة الزرقاء')
E('other', 'Crown Prince Hussein bin Abdullah II', 'Al-Hashimiya, Zarqa Governorate', '2022-12-16',
  'اليوم الجمعة (same sentence)', None, 'asserted', 'قدم التعازي لذويه')
E('statement', 'King Abdullah II', None, '2022-12-15', 'أمس', None, 'asserted',
  'كان الملك عبدالله الثاني قد تعهد، أمس، بأن "الأردن لن يسمح لأي كان بالتطاول على أمنه"، مؤكدا أن الاحتجاج السلمي "حق مكفول" على أن يبقى ضمن القانون')
E('other', None, 'Jordan', None, 'خلال عامين — a two-year duration (a number row), not a date', 'truck drivers',
  'reported', 'أسعار السولار ارتفعت بأكثر من 50% خلال عامين')

N('2', 'people', 'other officers wounded', 'exact', 'ضابطين')
N('895', 'fils', 'price of a litre of diesel', 'exact', '895 فلسا')
N('44', 'people', 'people arrested for vandalism and road blocking', 'exact', '44 شخصا')
N('500000000', 'Jordanian dinars', 'cost of fuel subsidies to the treasury this year', 'approx', 'نحو 500 مليون دينار')
N('10', 'percent', 'rise in freight fees paid to drivers', 'exact', '10%')
N(None, 'people', 'mourners at the funeral', 'vague', 'آلاف الأردنيين')
N('50', 'percent', 'rise in diesel prices over two years', 'more than', 'أكثر من 50%')
N('2', 'years', 'period of the diesel price rise', 'exact', 'عامين')
N('23', 'percent', 'unemployment rate in Jordan', 'approx', 'تقارب 23%')

D('أمس', '2022-12-15', 'relative', 0)
D('الخميس', '2022-12-15', 'weekday', 0)
D('الخامس من كانون الأول', '2022-12-05', 'absolute')
D('الخميس', '2022-12-15', 'weekday', 1)
D('الأيام الماضية', None, 'relative')
D('هذا العام', None, 'relative')
D('الأسبوع المقبل', '2022-W51', 'relative')
D('الأربعاء', '2022-12-14', 'weekday')
D('اليوم', '2022-12-16', 'relative', 0)
D('الجمعة', '2022-12-16', 'weekday')
D('أمس', '2022-12-15', 'relative', 1)

A(PSD, 'وفق', False,
  'استشهد نائب مدير شرطة محافظة معان العقيد عبد الرزاق الدلابيح، فجر أمس الخميس، إثر إصابته بعيار ناري في الرأس خلال تعامل قوة أمنية مع أعمال شغب في منطقة الحسينية')
A(PSD, 'قالت', True,
  'مجموعة من الخارجين عن القانون أطلقت النار باتجاه القوة الأمنية أثناء فتح طريق أغلقه محتجون بالإطارات المشتعلة')
A(PSD, 'مؤكدة', False, 'إصابة ضابطين آخرين بجروح وُصفت بالمتوسطة')
A('truck drivers', 'يقول', False, 'إنه يلتهم معظم أجرة النقلة')
A('Abu Mohammad al-Huwaitat (truck driver)', 'قال', True,
  'والله ما عاد نقدر نكمّل، النقلة من العقبة لعمّان صارت تخسّر، والسولار بياكل كل اشي، شو بدنا نطعمي ولادنا؟')
A(MF, 'أكد', True, 'الدولة لن تتهاون مع كل من يعتدي على رجال الأمن')
A(MF, 'كاشفا', False, 'إلقاء القبض على 44 شخصا متورطين في أعمال التخريب وإغلاق الطرق')
A(MF, 'أضاف', False,
  'قوات الدرك انتشرت في عدد من مناطق الجنوب لتأمين الطرق الرئيسية، وأن الأجهزة الأمنية تعاملت "بأعلى درجات ضبط النفس" خلال الأيام الماضية')
A(FS, 'قال', False, 'الحكومة "لا تملك ترف تخفيض أسعار المحروقات"')
A(FS, 'موضحا', False, 'دعم المحروقات كلف الخزينة نحو 500 مليون دينار هذا العام')
A(FS, 'لفت', False,
  'الحكومة قررت رفع أجور الشحن المدفوعة للسائقين من قبل الشركات بنسبة 10% اعتبارا من الأسبوع المقبل')
A('King Abdullah II', 'تعهد', True, 'الأردن لن يسمح لأي كان بالتطاول على أمنه')
A('King Abdullah II', 'مؤكدا', False, 'الاحتجاج السلمي "حق مكفول" على أن يبقى ضمن القانون')
A('truck drivers', 'يشكو', False, 'أسعار السولار ارتفعت بأكثر من 50% خلال عامين')

ENT('معان', 'LOC', "Ma'an")
ENT('عبد الرزاق الدلابيح', 'PER', 'Abdul Razzaq al-Dalabeh')
ENT('الدلابيح', 'PER', 'Abdul Razzaq al-Dalabeh')
ENT('الحسينية', 'LOC', 'Al-Husseiniya')
ENT('مديرية الأمن العام', 'ORG', PSD)
ENT('المديرية', 'ORG', PSD)
ENT('الكرك', 'LOC', 'Karak')
ENT('الطفيلة', 'LOC', 'Tafilah')
ENT('العقبة', 'LOC', 'Aqaba')
ENT('عمّان', 'LOC', 'Amman')
ENT('أبو محمد الحويطات', 'PER', 'Abu Mohammad al-Huwaitat')
ENT('رؤيا', 'ORG', 'Roya News')
ENT('مازن الفراية', 'PER', MF)
ENT('الفراية', 'PER', MF)
ENT('قوات الدرك', 'ORG', 'Gendarmerie (Jordan)')
ENT('فيصل الشبول', 'PER', FS)
ENT('الشبول', 'PER', FS)
ENT('الهاشمية', 'LOC', 'Al-Hashimiya')
ENT('الزرقاء', 'LOC', 'Zarqa')
ENT('الحسين بن عبدالله الثاني', 'PER', 'Crown Prince Hussein bin Abdullah II')
ENT('عبدالله الثاني', 'PER', 'King Abdullah II')
ENT('الأردن', 'LOC', 'Jordan')

F('killed officer (martyrdom)', 'استشهاد')
F('killed officer (martyrdom)', 'استشهد')
F('riots', 'أعمال شغب')
F('gunmen', 'الخارجين عن القانون')
F('protesters', 'محتجون')
F('protesters', 'محتجين')
F('protesters (crowds)', 'المتجمهرين')
F('protesters (youths)', 'شبان')
F('vandalism', 'أعمال التخريب')
F('strike', 'إضراب')
F('Gendarmerie', 'قوات الدرك')
F('peaceful protest', 'الاحتجاج السلمي')
finish_article('h06')

# ---------------------------------------------------------------------------------------------- output
UNCERTAIN = [
    'Texts are newly written (realistic, not copied) by an annotator who had not seen the extractor code, its data '
    'files or any other held-out texts/annotations. Public figures and broad facts follow real events (Tripoli '
    'clashes Aug 2023; Kabylie fires Jul 2023; Hayat Hotel siege Aug 2022; Yemen prisoner exchange Oct 2020; '
    'Pakistan floods Aug 2022; Ma\'an truck strike Dec 2022) but figures are approximate and minor people (Salem '
    'al-Warfalli, Rabah Ouamar, Mohamed Abdi Nur, Ghulam Rasool, Abu Mohammad al-Huwaitat) are invented.',
    'Conventions as in the earlier held-out sets: part-of-day words (فجر، صباح، صبيحة، مساء، ليلة، ليل) outside date '
    'surfaces; "أمس/اليوم/غد + weekday" split into two dates; future weekdays (غد الأربعاء، غدا الثلاثاء) are kind '
    'relative because the validator admits weekday kind only for the week up to publication; year-only and period '
    'expressions (هذا العام، الأسابيع الأخيرة، الأيام الماضية) are relative with value null; "عام 2010" is vague/null '
    'because a year is not an allowed value; month expressions (أغسطس 2022، أوت 2021، منتصف جويلية الجاري، مايو '
    'الماضي، الشهر الماضي) carry YYYY-MM and never date an event. Durations with a numeral (30 ساعة، الساعات الأربع '
    'والعشرين، عامين، خمس سنين) are numbers, not dates.',
    'Event dates: an expression that dates the announcement of a toll/agreement does not date the event (null, '
    'explained in date_basis); "حتى فجر ..." (until) is an end point, not the event date; statements take the date '
    'of the statement itself (h06 Faraya, King Abdullah; h04 "أعلنت الأسبوع الماضي" accusation = 2020-W41). Events '
    'in the same sentence as a dated event inherit its date (h03 storming, h04 Marib casualties, h06 Wednesday night '
    'clashes). h02 "ليلة الأحد إلى الاثنين" is dated to Monday 2023-07-24.',
    'Numerals inside names are not numbers: "اللواء 444 قتال" / «444» (ORG), "كي 4" (K4 junction), "قرار مجلس الأمن '
    '2216". Ordinals (اليوم الحادي عشر، الطابق الثالث، المرحلة الأولى) are not numbers. Fractions (ثلث) are not '
    'annotated. "العسكريين العشرة" (numeral word after the noun) is a number row. Singular counted nouns in damage or '
    'casualty counts are rows (امرأة، مسؤولا محليا، جسر، فندقا). "قد تصل إلى 48 درجة مئوية" (up to) is given qualifier '
    'exact for lack of an "at most" value. Vague quantities are rows only for people (عشرات الجرحى، عدد من الأشخاص، '
    'جميع المهاجمين، آلاف الأردنيين), not for houses, villages or schools.',
    'Entities: short forms of already-named organisations are listed (الجمعية، الوزارة، المديرية، الهيئة، اللجنة، '
    'الحركة، الشباب، التحالف، المليشيا/للمليشيا, الشرطة); generic "الحكومة" and "الدولة" are not. Quote marks split '
    'names: فندق "الحياة" → "الحياة"; قوات "غاشان" → "غاشان". "بحرين" in h05 is a town in Swat, not the country. '
    '"الحوثي" used adjectivally ("التصعيد الحوثي") is not listed; "مليشيا الحوثي" and "جماعة الحوثي" are the mentions. '
    '"وزارة الصحة بحكومة الوحدة الوطنية" is two mentions (ministry + government). "بعثة الامم المتحدة" keeps the '
    'dropped hamza as written.',
    'Attribution spans follow the seeds: complement after أن/إن (fused pronouns kept: "أنه", "إنه"), inside quotation '
    'marks when the whole complement is quoted, mixed quotes direct_quote false; masdar complements of أعلن/كاشفا/'
    'متعهدا/وعد are the span; markers before or after the content (بحسب، وفق، وفقا) span the clause they qualify. '
    'Calls appended to a report (داعيا ...) are not separate attributions or events.',
    'Event typing choices: clashes, fires, floods, road closures, arrests, deployments, funerals, aid pledges and '
    'prisoner exchanges are "other" (no schema type fits); a militant storming and holding a hotel and the security '
    'forces ending the siege are both capture/control (h03); a missile hitting near a camp is airstrike/shelling; '
    'shooting at a police force is other. Titles carry their own rows (h01 three, h03 two, h06 two).',
]

counts = _GOLD.counts()

description = {
    'summary': 'Fourth held-out gold set: six Arabic news articles written for this set in the style of real outlets '
               '(Al-Wasat on the Radaa/444 Brigade clashes in Tripoli, Echorouk on the Kabylie forest fires, Al '
               'Arabiya on the al-Shabaab siege of the Hayat Hotel in Mogadishu, Aden al-Ghad on Houthi attacks on '
               'Marib, coalition strikes on Sanaa and the ICRC/UN prisoner exchange, Sky News Arabia on the Pakistan '
               'floods, Roya on the Ma\'an truck drivers\' strike), annotated by someone who had not seen the '
               'extractor code or data files, nor the texts/annotations of the earlier held-out sets. Same format and '
               'conventions as /work/shared/dev-set/seeds_gold.json. "file" is relative to tests/. Offsets are Python '
               'str indices into open(path, encoding="utf-8").read().',
    'uncertain_points': UNCERTAIN,
    'files': FILES,
    'counts': counts,
}

if __name__ == '__main__':
    write_set(_GOLD, HERE, description)
