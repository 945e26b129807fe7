#!/usr/bin/env python3
"""Build heldout20_gold.json from the hand annotations below (BLIND set 20: files b01..b06, keys h01..h06).

Spans are (surface, occurrence index), located by search; the helpers and their conventions are
tests/heldout_tools/annotate.py.
Run: python3 tests/heldout20/build_gold.py  (writes heldout20_gold.json next to this file)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(TESTS, 'heldout_tools'))  # annotate.py, common.py
from annotate import FILES, Gold, basis, outlet, write_set  # noqa: E402

_GOLD = Gold('heldout20')
ARTICLES = _GOLD.articles   # key -> dict
article, finish_article = _GOLD.article, _GOLD.finish_article
E, N, A, D, ENT, F = _GOLD.E, _GOLD.N, _GOLD.A, _GOLD.D, _GOLD.ENT, _GOLD.F


# ---------------------------------------------------------------------------------------------- h01
FN = 'b01_minya_train_collision.txt'
article('h01', FN, outlet('الأهرام', 'Al-Ahram', 'ahram.org.eg'), '2024-10-20',
        basis('2024-10-20', FN, 'Publication Sunday. Consistent with the text: the collision "مساء أمس السبت" = '
              '2024-10-19, the minister\'s visit "فجر اليوم" and the resumption "صباح اليوم الأحد" = 2024-10-20, the '
              'Zagazig collision "15 سبتمبر الماضي" = 2024-09-15.'),
        'تصادم قطارين بالمنيا.. 3 وفيات و49 مصابا ووزير النقل يتفقد موقع الحادث')
TALA = 'near Tala station, Minya'
WAZIR = 'Kamel al-Wazir'
ENR = 'Egyptian National Railways'
HAG = 'Hossam Abdel Ghaffar (Egyptian health ministry spokesman)'
MAR = 'Mahmoud Abdel Razek (passenger of the last carriage)'
YEST = 'مساء أمس السبت (same sentence)'
TODAY_F = 'فجر اليوم (same sentence)'
E('other', None, 'Minya', None, None, None, 'asserted', 'تصادم قطارين بالمنيا')
E('killing/casualties', None, 'Minya', None, None, None, 'asserted', '3 وفيات و49 مصابا')
E('visit/inspection', WAZIR, TALA, None, None, None, 'asserted', 'وزير النقل يتفقد موقع الحادث')
E('killing/casualties', None, TALA, '2024-10-19', 'مساء أمس السبت', None, 'asserted', 'لقي 3 أشخاص مصرعهم وأصيب 49 آخرون')
E('other', None, TALA, '2024-10-19', YEST, None, 'asserted',
  'اصطدام قطار ركاب متجه من القاهرة إلى أسوان بمؤخرة قطار بضائع كان متوقفا قرب محطة تلة بمركز المنيا')
E('other', None, TALA, '2024-10-19', YEST, None, 'asserted', 'انقلاب عربتين')
E('other', None, TALA, '2024-10-19', YEST, None, 'asserted', 'خروج عربة ثالثة عن القضبان')
E('other', None, TALA, None, None, ENR, 'reported', 'اصطدم به قطار الركاب بسرعة تقارب 60 كيلومترا في الساعة')
E('other', None, 'Cairo-Aswan main railway line', None, None, ENR, 'reported',
  'حركة القطارات على الخط الرئيسي توقفت نحو خمس ساعات')
E('other', None, 'Cairo-Aswan main railway line', '2024-10-20', 'صباح اليوم الأحد', ENR, 'reported',
  'تعود صباح اليوم الأحد')
E('other', None, TALA, None, None, HAG, 'reported', '35 سيارة إسعاف دُفعت إلى موقع الحادث')
E('other', None, 'Minya University Hospital and Minya General Hospital', None, None, HAG, 'reported',
  'المصابين نُقلوا إلى مستشفى المنيا الجامعي ومستشفى المنيا العام')
E('other', None, 'Minya', None, None, HAG, 'reported', '41 مصابا غادروا المستشفيات بعد تلقي العلاج')
E('visit/inspection', 'Kamel al-Wazir and Emad Kadwani', TALA, '2024-10-20', 'فجر اليوم', None, 'asserted',
  'تفقد الفريق كامل الوزير، نائب رئيس الوزراء للتنمية الصناعية ووزير النقل، موقع الحادث فجر اليوم')
E('other', WAZIR, TALA, '2024-10-20', TODAY_F, None, 'asserted', 'تابع أعمال رفع العربات المنقلبة بالأوناش')
E('statement', WAZIR, TALA, None, None, None, 'asserted',
  'أكد الوزير، في تصريحات للصحفيين، أن "التحقيقات الأولية تشير إلى خطأ بشري"')
E('other', None, TALA, None, None, MAR, 'reported', 'العربية اتقلبت بينا')
E('other', 'villagers (Tala)', TALA, None, None, MAR, 'reported',
  'أهالي القرية "سبقوا الإسعاف" في إخراج المصابين من العربات')
E('other', 'Mohamed Shawky', None, None, None, None, 'asserted',
  'أمر المستشار محمد شوقي، النائب العام، بفتح تحقيق عاجل في الحادث')
E('other', 'Public Prosecution (Egypt)', TALA, None, None, None, 'asserted',
  'انتقل فريق من النيابة العامة لمعاينة الموقع وسماع أقوال سائقي القطارين وعامل البرج')
E('other', 'Emad Kadwani', 'Minya', None, None, None, 'asserted',
  'قرر محافظ المنيا صرف 50 ألف جنيه لأسرة كل متوفى و10 آلاف جنيه لكل مصاب')
E('other', None, 'Zagazig, Sharqia', '2024-09-15', 'يوم 15 سبتمبر الماضي', None, 'asserted',
  'تصادم قطارين في الزقازيق بمحافظة الشرقية يوم 15 سبتمبر الماضي')
E('killing/casualties', None, 'Zagazig, Sharqia', '2024-09-15', '15 سبتمبر الماضي (same sentence)', None, 'asserted',
  'أودى بحياة عدد من الركاب')
E('statement', 'Egyptian Ministry of Transport', 'Cairo-Aswan railway line', None, None, None, 'asserted',
  'تقول وزارة النقل إنها أنجزت نحو 70% من مشروع تطوير نظم الإشارات على خط القاهرة - أسوان، وإن المشروع سيكتمل خلال '
  'العام المقبل')

N('2', 'trains', 'trains that collided (headline)', 'exact', 'قطارين', 0)
N('3', 'people', 'dead (headline)', 'exact', '3 وفيات')
N('49', 'people', 'injured (headline)', 'exact', '49 مصابا')
N('3', 'people', 'dead', 'exact', '3 أشخاص')
N('49', 'people', 'injured', 'exact', '49 آخرون')
N('2', 'carriages', 'carriages that overturned', 'exact', 'عربتين')
N('60', 'kilometres per hour', 'speed of the passenger train at impact', 'approx', 'تقارب 60 كيلومترا')
N('5', 'hours', 'time train traffic on the main line was stopped', 'approx', 'نحو خمس ساعات')
N('35', 'vehicles', 'ambulances sent to the site', 'exact', '35 سيارة إسعاف')
N('41', 'people', 'injured discharged from hospital', 'exact', '41 مصابا')
N('8', 'people', 'injured still under observation', 'exact', 'ثمانية آخرون')
N('2', 'people', 'children among the injured still under observation', 'exact', 'طفلان')
N('50000', 'Egyptian pounds', 'compensation per family of each dead person', 'exact', '50 ألف جنيه')
N('10000', 'Egyptian pounds', 'compensation per injured person', 'exact', '10 آلاف جنيه')
N('5', 'weeks', 'time since the Zagazig collision', 'approx', 'نحو خمسة أسابيع')
N('2', 'trains', 'trains that collided in Zagazig', 'exact', 'قطارين', ctx='تصادم قطارين في الزقازيق')
N(None, 'people', 'passengers killed in the Zagazig collision', 'vague', 'عدد من الركاب')
N('70', 'percent', 'share of the Cairo-Aswan signalling upgrade completed (ministry)', 'approx', 'نحو 70%')

D('أمس', '2024-10-19', 'relative')
D('السبت', '2024-10-19', 'weekday')
D('اليوم', '2024-10-20', 'relative', 0)
D('الأحد', '2024-10-20', 'weekday')
D('اليوم', '2024-10-20', 'relative', 1)
D('15 سبتمبر الماضي', '2024-09-15', 'absolute')
D('خلال العام المقبل', None, 'vague')

A(ENR, 'قالت', False, 'قطار البضائع كان ينتظر إشارة الدخول إلى المحطة عندما اصطدم به قطار الركاب بسرعة تقارب 60 '
  'كيلومترا في الساعة')
A(ENR, 'مشيرة', False, 'حركة القطارات على الخط الرئيسي توقفت نحو خمس ساعات قبل أن تعود صباح اليوم الأحد')
A(HAG, 'أوضح', False, '35 سيارة إسعاف دُفعت إلى موقع الحادث، وأن المصابين نُقلوا إلى مستشفى المنيا الجامعي ومستشفى '
  'المنيا العام')
A(HAG, 'مضيفا', False, '41 مصابا غادروا المستشفيات بعد تلقي العلاج، فيما لا يزال ثمانية آخرون تحت الملاحظة، بينهم طفلان')
A(WAZIR, 'أكد', True, 'التحقيقات الأولية تشير إلى خطأ بشري')
A(MAR, 'قائلا', True, 'كنا قاعدين عادي وفجأة سمعنا خبطة جامدة والعربية اتقلبت بينا، والناس كانت بتطلع من الشبابيك')
A(MAR, 'أضاف', False, 'أهالي القرية "سبقوا الإسعاف" في إخراج المصابين من العربات')
A('Egyptian Ministry of Transport', 'تقول', False, 'إنها أنجزت نحو 70% من مشروع تطوير نظم الإشارات على خط القاهرة - '
  'أسوان، وإن المشروع سيكتمل خلال العام المقبل')

ENT('المنيا', 'LOC', 'Minya')
ENT('القاهرة', 'LOC', 'Cairo')
ENT('أسوان', 'LOC', 'Aswan')
ENT('محطة تلة', 'LOC', 'Tala railway station (Minya)')
ENT('الهيئة القومية لسكك حديد مصر', 'ORG', ENR)
ENT('حسام عبد الغفار', 'PER', 'Hossam Abdel Ghaffar')
ENT('وزارة الصحة والسكان', 'ORG', 'Egyptian Ministry of Health and Population')
ENT('مستشفى المنيا الجامعي', 'LOC', 'Minya University Hospital')
ENT('مستشفى المنيا العام', 'LOC', 'Minya General Hospital')
ENT('كامل الوزير', 'PER', WAZIR)
ENT('عماد كدواني', 'PER', 'Emad Kadwani')
ENT('محمود عبد الرازق', 'PER', 'Mahmoud Abdel Razek')
ENT('الأهرام', 'ORG', 'Al-Ahram')
ENT('محمد شوقي', 'PER', 'Mohamed Shawky')
ENT('النيابة العامة', 'ORG', 'Public Prosecution (Egypt)')
ENT('الزقازيق', 'LOC', 'Zagazig')
ENT('الشرقية', 'LOC', 'Sharqia Governorate')
ENT('وزارة النقل', 'ORG', 'Egyptian Ministry of Transport')

F('the accident', 'الحادث')
F('the collision', 'تصادم')
F('cause named by the minister', 'خطأ بشري')
F('whoever was negligent', 'مقصر')
finish_article('h01')

# ---------------------------------------------------------------------------------------------- h02
FN = 'b02_safi_floods.txt'
article('h02', FN, outlet('هسبريس', 'Hespress', 'hespress.com'), '2025-12-16',
        basis('2025-12-16', FN, 'Publication Tuesday. Consistent with the text: the floods "مساء الأحد 14 دجنبر" = '
              '2025-12-14 (Moroccan month name), the toll update "صباح اليوم الثلاثاء" = 2025-12-16, the weather '
              'warning "يوم السبت الماضي" = 2025-12-13, the head of government\'s visit "أمس الاثنين" = 2025-12-15.'),
        'فيضانات آسفي.. ارتفاع عدد الوفيات إلى 37 والسلطات تواصل البحث عن مفقودين في المدينة العتيقة')
SAFI = 'Safi'
MEDINA = 'Old medina of Safi'
SAFILA = 'Safi local authorities'
RADI = 'El Houssine Radi (climate researcher)'
FZ = 'Fatima Zahra (vegetable seller, Bab Chaaba)'
MOI = 'Moroccan Ministry of Interior'
AKH = 'Aziz Akhannouch'
CIVIC = 'civil society groups (Safi)'
YEST = 'أمس الاثنين (same sentence)'
E('killing/casualties', None, SAFI, None, None, None, 'asserted', 'ارتفاع عدد الوفيات إلى 37')
E('other', 'Moroccan authorities', MEDINA, None, None, None, 'asserted', 'السلطات تواصل البحث عن مفقودين في المدينة العتيقة')
E('killing/casualties', None, SAFI, None, 'مساء الأحد 14 دجنبر dates the floods; the toll is as of publication', SAFILA,
  'reported', 'ارتفعت حصيلة الفيضانات التي اجتاحت مدينة آسفي، مساء الأحد 14 دجنبر، إلى 37 حالة وفاة')
E('other', None, SAFI, '2025-12-14', 'مساء الأحد 14 دجنبر', SAFILA, 'reported', 'اجتاحت مدينة آسفي، مساء الأحد 14 دجنبر')
E('killing/casualties', None, 'Mohammed V Provincial Hospital (Safi)', None, None, SAFILA, 'reported',
  'لا يزال 14 مصابا يتلقون العلاج بالمستشفى الإقليمي محمد الخامس')
E('other', None, 'Oued Chaaba (Safi)', None, 'خلال أقل من ساعة (vague duration)', SAFILA, 'reported',
  'التساقطات الرعدية القوية التي عرفها الإقليم خلال أقل من ساعة تسببت في فيضان وادي الشعبة')
E('other', None, 'Bab Chaaba and the old medina (Safi)', None, None, SAFILA, 'reported',
  'جرفت مياهه عددا من السيارات والمحلات التجارية بحي باب الشعبة والمدينة العتيقة')
E('other', 'Moroccan Civil Protection', SAFI, None, None, SAFILA, 'reported',
  'فرق الوقاية المدنية تمكنت من إنقاذ أزيد من 60 شخصا كانوا عالقين داخل منازلهم')
E('other', 'General Directorate of Meteorology (Morocco)', 'Morocco (several provinces, including Safi)', '2025-12-13',
  'يوم السبت الماضي', None, 'asserted',
  'المديرية العامة للأرصاد الجوية قد أصدرت، يوم السبت الماضي، نشرة إنذارية من المستوى البرتقالي')
E('statement', RADI, SAFI, None, None, None, 'asserted',
  'الحسين الراضي، الباحث في علم المناخ، قال لهسبريس إن الكميات المسجلة فوق المدينة "تجاوزت بكثير ما كان متوقعا"')
E('other', None, 'Bab Chaaba (Safi)', None, None, FZ, 'reported', 'الما دخل علينا فدقيقة')
E('other', None, 'Bab Chaaba (Safi)', None, None, FZ, 'reported', 'هربنا بالدراري للسطح')
E('displacement', None, 'Bab Chaaba (Safi)', None, None, FZ, 'reported', 'جيرانها "باتو فالزنقة"')
E('other', None, 'Bab Chaaba (Safi)', None, None, FZ, 'reported', 'غمرت المياه منازلهم الطينية')
E('displacement', 'Moroccan authorities', SAFI, None, None, MOI, 'reported',
  'السلطات عملت على إيواء 112 أسرة متضررة بشكل مؤقت في مؤسسات تعليمية ودور للشباب')
E('other', 'Moroccan authorities', SAFI, None, None, MOI, 'reported', 'توزيع مساعدات غذائية وأغطية على السكان')
E('other', 'Moroccan Civil Protection and Royal Moroccan Armed Forces', 'Oued Chaaba (Safi)', None, None, MOI, 'reported',
  'تواصل عناصر الوقاية المدنية والقوات المسلحة الملكية عمليات تمشيط مجرى الوادي بحثا عن شخصين ما زالا في عداد '
  'المفقودين')
E('visit/inspection', AKH, SAFI, '2025-12-15', 'أمس الاثنين', None, 'asserted', 'حل عزيز أخنوش، رئيس الحكومة، أمس الاثنين بآسفي')
E('other', AKH, 'Safi province headquarters', '2025-12-15', YEST, None, 'asserted',
  'ترأس اجتماعا بمقر العمالة خصص لتقييم الأضرار')
E('other', 'Government of Morocco', SAFI, '2025-12-15', YEST, AKH, 'reported',
  'رصد غلاف مالي أولي بقيمة 100 مليون درهم لإعادة تأهيل البنيات المتضررة وتعويض التجار')
E('accusation', CIVIC, SAFI, None, None, None, 'asserted', 'حمّلت فعاليات مدنية بالمدينة المجلس الجماعي مسؤولية ما وقع')
E('accusation', CIVIC, SAFI, None, None, None, 'asserted',
  'متهمة إياه بـ"إهمال" تنقية مجاري الوادي رغم تحذيرات متكررة منذ سنوات')
E('statement', 'head of Safi Communal Council', SAFI, None, None, None, 'asserted', 'نفاه رئيس المجلس في تصريح مقتضب')

N('37', 'people', 'dead (headline)', 'exact', '37', ctx='الوفيات إلى 37')
N('37', 'people', 'dead', 'exact', '37 حالة وفاة')
N('14', 'people', 'injured still in hospital', 'exact', '14 مصابا')
N('60', 'people', 'people rescued from their homes', 'more than', 'أزيد من 60 شخصا')
N('30', 'millimetres', 'forecast storm rainfall (lower bound)', 'exact', '30')
N('50', 'millimetres', 'forecast storm rainfall (upper bound)', 'exact', '50 ملم')
N('112', 'families', 'affected families given temporary shelter', 'exact', '112 أسرة')
N('2', 'people', 'people still missing', 'exact', 'شخصين')
N('100000000', 'Moroccan dirhams', 'initial allocation for rehabilitation and compensation', 'exact', '100 مليون درهم')

D('الأحد', '2025-12-14', 'weekday')
D('14 دجنبر', '2025-12-14', 'absolute')
D('اليوم', '2025-12-16', 'relative')
D('الثلاثاء', '2025-12-16', 'weekday')
D('خلال أقل من ساعة', None, 'vague')
D('السبت الماضي', '2025-12-13', 'relative')
D('أمس', '2025-12-15', 'relative')
D('الاثنين', '2025-12-15', 'weekday')
D('منذ سنوات', None, 'vague')

A(SAFILA, 'حسب', False, 'ارتفعت حصيلة الفيضانات التي اجتاحت مدينة آسفي، مساء الأحد 14 دجنبر، إلى 37 حالة وفاة، فيما لا يزال '
  '14 مصابا يتلقون العلاج بالمستشفى الإقليمي محمد الخامس')
A(SAFILA, 'أوضح', False, 'التساقطات الرعدية القوية التي عرفها الإقليم خلال أقل من ساعة تسببت في فيضان وادي الشعبة، الذي '
  'جرفت مياهه عددا من السيارات والمحلات التجارية بحي باب الشعبة والمدينة العتيقة')
A(SAFILA, 'مضيفا', False, 'فرق الوقاية المدنية تمكنت من إنقاذ أزيد من 60 شخصا كانوا عالقين داخل منازلهم')
A(RADI, 'قال', False, 'الكميات المسجلة فوق المدينة "تجاوزت بكثير ما كان متوقعا"')
A(RADI, 'معتبرا', False, 'ضعف شبكة تصريف مياه الأمطار في الأحياء القديمة "ضاعف من حجم الكارثة"')
A(FZ, 'قالت', True, 'الما دخل علينا فدقيقة، ما لحقنا نهزو والو، غير هربنا بالدراري للسطح')
A(FZ, 'أضافت', False, 'جيرانها "باتو فالزنقة" بعدما غمرت المياه منازلهم الطينية')
A(MOI, 'أعلنت', False, 'السلطات عملت على إيواء 112 أسرة متضررة بشكل مؤقت في مؤسسات تعليمية ودور للشباب، مع توزيع مساعدات '
  'غذائية وأغطية على السكان، بينما تواصل عناصر الوقاية المدنية والقوات المسلحة الملكية عمليات تمشيط مجرى الوادي بحثا عن '
  'شخصين ما زالا في عداد المفقودين')
A(AKH, 'أعلن', False, 'رصد غلاف مالي أولي بقيمة 100 مليون درهم لإعادة تأهيل البنيات المتضررة وتعويض التجار')
A(CIVIC, 'حمّلت', False, 'المجلس الجماعي مسؤولية ما وقع')
A(CIVIC, 'متهمة', False, 'إياه بـ"إهمال" تنقية مجاري الوادي رغم تحذيرات متكررة منذ سنوات')

ENT('آسفي', 'LOC', SAFI)
ENT('المدينة العتيقة', 'LOC', MEDINA)
ENT('المستشفى الإقليمي محمد الخامس', 'LOC', 'Mohammed V Provincial Hospital (Safi)')
ENT('وادي الشعبة', 'LOC', 'Oued Chaaba (Safi)')
ENT('باب الشعبة', 'LOC', 'Bab Chaaba (Safi)')
ENT('الوقاية المدنية', 'ORG', 'Moroccan Civil Protection')
ENT('المديرية العامة للأرصاد الجوية', 'ORG', 'General Directorate of Meteorology (Morocco)')
ENT('الحسين الراضي', 'PER', 'El Houssine Radi')
ENT('هسبريس', 'ORG', 'Hespress')
ENT('فاطمة الزهراء', 'PER', 'Fatima Zahra')
ENT('وزارة الداخلية', 'ORG', MOI)
ENT('القوات المسلحة الملكية', 'ORG', 'Royal Moroccan Armed Forces')
ENT('عزيز أخنوش', 'PER', AKH)
ENT('المجلس الجماعي', 'ORG', 'Safi Communal Council')
ENT('المجلس', 'ORG', 'Safi Communal Council')

F('the missing', 'مفقودين')
F('the disaster', 'الكارثة')
F('neglect alleged against the council', 'إهمال')
F('the affected families', 'أسرة متضررة')
finish_article('h02')

# ---------------------------------------------------------------------------------------------- h03
FN = 'b03_tizi_ouzou_fire.txt'
article('h03', FN, outlet('الشروق', 'Echorouk', 'echoroukonline.com'), '2024-07-24',
        basis('2024-07-24', FN, 'Publication Wednesday. Consistent with the text: the outbreak "مساء أول أمس الاثنين" = '
              '2024-07-22, the containment "صباح أمس" and the wali\'s visit "أمس الثلاثاء" = 2024-07-23, the arrests '
              '"ليلة الثلاثاء إلى الأربعاء" = night of 23-24 July; Maghrebi month name جوان.'),
        'تيزي وزو: النيران تلتهم 420 هكتارا بغابات عزازقة وإجلاء سكان قريتين')
AZ = 'Azazga forests (Tizi Ouzou)'
AITS = 'Omar Ait Said (Tizi Ouzou Civil Protection spokesman)'
DGPC = 'Directorate General of Civil Protection (Algeria)'
MOK = 'Mokrane (farmer, Tala Athmane)'
WALI = 'Wali of Tizi Ouzou'
DGF = 'Directorate General of Forests (Algeria)'
HAM = 'Youssef Hamadi (Tizi Ouzou conservator of forests) (via APS)'
HAMS = 'Youssef Hamadi (Tizi Ouzou conservator of forests)'
E('other', None, AZ, None, None, None, 'asserted', 'النيران تلتهم 420 هكتارا بغابات عزازقة')
E('displacement', None, AZ, None, None, None, 'asserted', 'إجلاء سكان قريتين', 0)
E('other', None, AZ, None, 'مساء أول أمس الاثنين dates the outbreak; the burning went on until Tuesday', None, 'asserted',
  'أتت حرائق الغابات التي اندلعت مساء أول أمس الاثنين بغابات عزازقة، شرق ولاية تيزي وزو، على ما لا يقل عن 420 هكتارا '
  'من أشجار الفلين والصنوبر')
E('other', None, AZ, '2024-07-22', 'مساء أول أمس الاثنين', None, 'asserted', 'اندلعت مساء أول أمس الاثنين بغابات عزازقة')
E('displacement', 'Algerian authorities', AZ, None, 'between the outbreak (Monday) and the containment (Tuesday)', None,
  'asserted', 'أجبرت السلطات على إجلاء سكان قريتين')
E('other', 'firefighting teams', AZ, '2024-07-23', 'صباح أمس', None, 'asserted', 'تتمكن فرق الإطفاء من محاصرة ألسنة اللهب صباح أمس')
E('displacement', None, 'Tala Athmane -> primary school in the town centre', None, None, AITS, 'reported',
  '18 عائلة أُجليت من قرية ثالة عثمان نحو مدرسة ابتدائية بوسط المدينة')
E('displacement', None, 'Ighil Bouzel', None, None, AITS, 'reported', 'نُقلت عائلات أخرى من قرية إغيل بوزال إلى بيوت أقاربها')
E('statement', AITS, AZ, None, None, None, 'asserted',
  'مضيفا أن "الوضع تحت السيطرة حاليا لكن الرياح قد تعيد إشعال بعض البؤر"')
E('killing/casualties', None, AZ, None, None, AITS, 'reported',
  'أصيب 7 أشخاص، بينهم عونان من الحماية المدنية، بحروق متفاوتة الخطورة واختناقات')
E('other', None, 'Azazga Hospital', None, None, AITS, 'reported', 'حُوّلوا إلى مستشفى عزازقة')
E('other', DGPC, AZ, None, None, DGPC, 'reported',
  'سخّرت المديرية العامة للحماية المدنية لإخماد الحريق أكثر من 250 عونا و40 شاحنة إطفاء، مدعومين بطائرتين من نوع '
  '"بيريف" للإطفاء')
E('other', "People's National Army (Algeria)", AZ, None, None, DGPC, 'reported',
  'شاركت وحدات من الجيش الوطني الشعبي في فتح المسالك أمام الشاحنات')
E('other', None, AZ, None, None, HAM, 'reported',
  'الحريق أتى على نحو 300 هكتار من الفلين و120 هكتارا من الصنوبر الحلبي')
E('statement', HAMS, AZ, None, None, None, 'asserted', 'مؤكدا أن "إعادة التشجير ستستغرق سنوات"')
E('other', None, 'Tala Athmane', None, None, MOK, 'reported', 'النار جات من الغابة كي البرق')
E('other', None, 'Tala Athmane', None, None, MOK, 'reported', 'خسرت قاع الزيتون تاعي، أكثر من ثلاثين شجرة راحو')
E('visit/inspection', WALI, 'affected areas (Tizi Ouzou)', '2024-07-23', 'أمس الثلاثاء', None, 'asserted',
  'زيارة تفقدية قادته أمس الثلاثاء إلى المناطق المتضررة')
E('other', 'Tizi Ouzou wilaya committee', 'Tizi Ouzou', '2024-W31', 'ابتداء من الأسبوع المقبل', WALI, 'planned',
  'لجنة ولائية ستشرع في إحصاء الخسائر ابتداء من الأسبوع المقبل')
E('statement', WALI, AZ, None, None, None, 'asserted', 'مشيرا إلى أن التحقيقات الأولية "ترجح الفعل الإجرامي"')
E('other', None, AZ, None, None, WALI, 'reported', 'العثور على آثار لإشعال متعمد في ثلاث نقاط متفرقة')
E('other', 'Algerian National Gendarmerie', 'Azazga', None,
  'ليلة الثلاثاء إلى الأربعاء — a night spanning two days (23-24 July)', 'security source', 'reported',
  'أوقفت مصالح الدرك الوطني بعزازقة، ليلة الثلاثاء إلى الأربعاء، شخصين يشتبه في تورطهما في إضرام النار')
E('other', None, 'Algeria', None, 'منذ بداية جوان — month only (since June 2024)', DGF, 'reported',
  'مساحة الغابات المحترقة على المستوى الوطني منذ بداية جوان بلغت نحو 1500 هكتار')

N('420', 'hectares', 'forest area burnt (headline)', 'exact', '420 هكتارا', 0)
N('2', 'villages', 'villages evacuated (headline)', 'exact', 'قريتين', 0)
N('420', 'hectares', 'forest area burnt', 'at least', 'ما لا يقل عن 420 هكتارا')
N('2', 'villages', 'villages evacuated', 'exact', 'قريتين', 1)
N('18', 'families', 'families evacuated from Tala Athmane', 'exact', '18 عائلة')
N('7', 'people', 'injured', 'exact', '7 أشخاص')
N('2', 'people', 'civil protection agents among the injured', 'exact', 'عونان')
N('250', 'people', 'firefighters deployed', 'more than', 'أكثر من 250 عونا')
N('40', 'vehicles', 'fire engines deployed', 'exact', '40 شاحنة إطفاء')
N('2', 'aircraft', 'Beriev firefighting planes', 'exact', 'طائرتين')
N('300', 'hectares', 'cork oak forest burnt (conservator)', 'approx', 'نحو 300 هكتار')
N('120', 'hectares', 'Aleppo pine forest burnt (conservator)', 'exact', '120 هكتارا')
N('60', 'years', 'age of Mokrane (in his sixties)', 'at least', 'الستينات من عمره')
N('30', 'trees', 'olive trees Mokrane lost', 'more than', 'أكثر من ثلاثين شجرة')
N('3', 'sites', 'points where deliberate ignition was found', 'exact', 'ثلاث نقاط')
N('2', 'people', 'suspects arrested', 'exact', 'شخصين')
N('1500', 'hectares', 'forest area burnt nationally since June', 'approx', 'نحو 1500 هكتار')
N('12', 'percent', 'rise in burnt area year on year', 'exact', '12 بالمائة')

D('أول أمس', '2024-07-22', 'relative')
D('الاثنين', '2024-07-22', 'weekday')
D('أمس', '2024-07-23', 'relative', ctx='صباح أمس')
D('حاليا', None, 'vague')
D('أمس', '2024-07-23', 'relative', ctx='أمس الثلاثاء')
D('الثلاثاء', '2024-07-23', 'weekday', 0)
D('الأسبوع المقبل', '2024-W31', 'relative')
D('الثلاثاء', '2024-07-23', 'weekday', 1)
D('الأربعاء', '2024-07-24', 'weekday')
D('بداية جوان', '2024-06', 'absolute')
D('العام الماضي', None, 'vague')

A(AITS, 'أفاد', False, '18 عائلة أُجليت من قرية ثالة عثمان نحو مدرسة ابتدائية بوسط المدينة، فيما نُقلت عائلات أخرى من قرية '
  'إغيل بوزال إلى بيوت أقاربها')
A(AITS, 'مضيفا', True, 'الوضع تحت السيطرة حاليا لكن الرياح قد تعيد إشعال بعض البؤر')
A(AITS, 'حسب', False, 'أصيب 7 أشخاص، بينهم عونان من الحماية المدنية، بحروق متفاوتة الخطورة واختناقات، وحُوّلوا إلى مستشفى '
  'عزازقة، ولم تُسجل أي خسائر في الأرواح')
A(DGPC, 'وفق', False, 'سخّرت المديرية العامة للحماية المدنية لإخماد الحريق أكثر من 250 عونا و40 شاحنة إطفاء، مدعومين '
  'بطائرتين من نوع "بيريف" للإطفاء، كما شاركت وحدات من الجيش الوطني الشعبي في فتح المسالك أمام الشاحنات')
A(HAM, 'نقلت', False, 'الحريق أتى على نحو 300 هكتار من الفلين و120 هكتارا من الصنوبر الحلبي')
A(HAM, 'مؤكدا', True, 'إعادة التشجير ستستغرق سنوات')
A(MOK, 'قال', True, 'النار جات من الغابة كي البرق، خسرت قاع الزيتون تاعي، أكثر من ثلاثين شجرة راحو')
A(WALI, 'أكد', False, 'لجنة ولائية ستشرع في إحصاء الخسائر ابتداء من الأسبوع المقبل')
A(WALI, 'مشيرا', False, 'التحقيقات الأولية "ترجح الفعل الإجرامي" بعد العثور على آثار لإشعال متعمد في ثلاث نقاط متفرقة')
A('security source', 'حسب', False, 'أوقفت مصالح الدرك الوطني بعزازقة، ليلة الثلاثاء إلى الأربعاء، شخصين يشتبه في تورطهما في '
  'إضرام النار')
A(DGF, 'إعلان', False, 'مساحة الغابات المحترقة على المستوى الوطني منذ بداية جوان بلغت نحو 1500 هكتار، أي بارتفاع قدره 12 '
  'بالمائة مقارنة بالفترة نفسها من العام الماضي')

ENT('تيزي وزو', 'LOC', 'Tizi Ouzou')
ENT('عزازقة', 'LOC', 'Azazga')
ENT('عمر آيت سعيد', 'PER', 'Omar Ait Said')
ENT('مديرية الحماية المدنية لولاية تيزي وزو', 'ORG', 'Tizi Ouzou Civil Protection Directorate')
ENT('الشروق', 'ORG', 'Echorouk')
ENT('ثالة عثمان', 'LOC', 'Tala Athmane')
ENT('إغيل بوزال', 'LOC', 'Ighil Bouzel')
ENT('الحماية المدنية', 'ORG', 'Algerian Civil Protection')
ENT('مستشفى عزازقة', 'LOC', 'Azazga Hospital')
ENT('المديرية العامة للحماية المدنية', 'ORG', DGPC)
ENT('بيريف', 'MISC', 'Beriev Be-200')
ENT('الجيش الوطني الشعبي', 'ORG', "People's National Army (Algeria)")
ENT('للمديرية', 'ORG', DGPC)
ENT('وكالة الأنباء الجزائرية', 'ORG', 'Algerian Press Service')
ENT('يوسف حمادي', 'PER', 'Youssef Hamadi')
ENT('مقران', 'PER', 'Mokrane')
ENT('الدرك الوطني', 'ORG', 'Algerian National Gendarmerie')
ENT('المديرية العامة للغابات', 'ORG', DGF)

F('the fire', 'الحريق')
F('arson suspected by the investigators', 'الفعل الإجرامي')
F('deliberate ignition', 'إشعال متعمد')
F('the farmers hit by the fire', 'الفلاحين المتضررين')
finish_article('h03')

# ---------------------------------------------------------------------------------------------- h04
FN = 'b04_mezzouna_wall_collapse.txt'
article('h04', FN, outlet('موزاييك أف أم', 'Mosaique FM', 'mosaiquefm.net'), '2025-04-15',
        basis('2025-04-15', FN, 'Publication Tuesday. Consistent with the text: the third death "صباح اليوم الثلاثاء" = '
              '2025-04-15, the collapse "ظهر أمس الاثنين 14 أفريل" = 2025-04-14 (Tunisian month name), the '
              'presidency communique and the protests "ليلة أمس" = 2025-04-14, the funeral "غدا الأربعاء" = 2025-04-16, '
              'classes resume after "يوم الاثنين القادم" = 2025-04-21.'),
        'المزونة: وفاة ثالث تلميذ إثر سقوط جدار معهد.. وسعيد يقيل المندوب الجهوي للتربية')
SCHOOL = 'Mezzouna secondary school (Sidi Bouzid)'
MED = 'medical source at Farhat Hached University Hospital (Sousse)'
HAJJI = 'Mounir Hajji (Sidi Bouzid regional civil protection director)'
SAIED = 'Kais Saied'
PRES = 'Presidency of Tunisia'
MOE = 'Tunisian Ministry of Education'
UNION = 'General Federation of Secondary Education (Tunisia)'
WIT = 'eyewitnesses'
TAHAR = 'Tahar (father of one of the victims)'
CRDE = 'Sidi Bouzid Regional Education Commissariat'
YEST = 'ظهر أمس الاثنين 14 أفريل (same sentence)'
PROT = 'ليلة أمس (same sentence)'
E('killing/casualties', None, SCHOOL, None, None, None, 'asserted', 'وفاة ثالث تلميذ')
E('other', None, SCHOOL, None, None, None, 'asserted', 'سقوط جدار معهد')
E('other', SAIED, 'Sidi Bouzid', None, None, None, 'asserted', 'سعيد يقيل المندوب الجهوي للتربية')
E('killing/casualties', None, 'Farhat Hached University Hospital, Sousse', '2025-04-15', 'صباح اليوم الثلاثاء', MED,
  'reported', 'توفي صباح اليوم الثلاثاء تلميذ ثالث متأثرا بإصابته البليغة')
E('killing/casualties', None, SCHOOL, None, 'the toll as of publication (deaths on 14 and 15 April)', MED, 'reported',
  'ترتفع حصيلة الضحايا إلى ثلاث وفيات')
E('other', None, SCHOOL, '2025-04-14', 'ظهر أمس الاثنين 14 أفريل', None, 'asserted',
  'جزء من السور الخارجي للمعهد قد انهار، ظهر أمس الاثنين 14 أفريل، على مجموعة من التلاميذ')
E('killing/casualties', None, SCHOOL, '2025-04-14', YEST, None, 'asserted', 'وفاة تلميذين على عين المكان وإصابة اثنين آخرين')
E('other', None, 'Sousse', '2025-04-14', YEST, None, 'asserted', 'نُقل أحدهما في حالة حرجة إلى سوسة')
E('other', 'Tunisian Civil Protection', SCHOOL, None, None, HAJJI, 'reported', 'وحدات الحماية المدنية تدخلت بعد دقائق من البلاغ')
E('other', 'Tunisian Civil Protection', SCHOOL, None, None, HAJJI, 'reported', 'رفعت الأنقاض عن الضحايا')
E('other', SAIED, 'Sidi Bouzid', '2025-04-14', 'ليلة أمس (night of the communique, kept as the decision date)', PRES,
  'reported', 'قرر رئيس الجمهورية قيس سعيد، إثر الحادثة، إعفاء المندوب الجهوي للتربية بسيدي بوزيد من مهامه')
E('statement', SAIED, None, None, None, None, 'asserted',
  'شدد فيه على أن "المسؤولية لا تسقط بالتقادم وكل من قصّر سيحاسب"')
E('other', MOE, SCHOOL, None, None, MOE, 'reported', 'فتح تحقيق إداري عاجل')
E('statement', MOE, None, None, None, None, 'asserted',
  'مؤكدة أن السور "لم يكن مدرجا" ضمن قائمة المؤسسات التي تستوجب الصيانة العاجلة')
E('statement', UNION, 'Sidi Bouzid', None, None, None, 'asserted',
  'قالت نقابة التعليم الثانوي إنها نبهت منذ أشهر إلى هشاشة البنية التحتية لعشرات المعاهد بالجهة')
E('other', None, 'Mezzouna', '2025-04-14', 'ليلة أمس', WIT, 'reported', 'شهدت المزونة ليلة أمس احتجاجات غاضبة')
E('other', 'young protesters', 'main road, Mezzouna', '2025-04-14', PROT, WIT, 'reported',
  'أغلق عشرات الشبان الطريق الرئيسية بالعجلات المطاطية المشتعلة')
E('other', 'Tunisian security forces', 'Mezzouna', '2025-04-14', PROT, WIT, 'reported',
  'استعملت وحدات الأمن الغاز المسيل للدموع لتفريقهم')
E('killing/casualties', None, SCHOOL, None, None, TAHAR, 'reported', 'رجعلي في كفن')
E('other', None, 'Mezzouna cemetery', '2025-04-16', 'غدا الأربعاء', None, 'planned',
  'تُشيّع جنازة الضحايا الثلاثة غدا الأربعاء بمقبرة المزونة')
E('other', CRDE, SCHOOL, None, 'إلى غاية يوم الاثنين القادم — end of the suspension', CRDE, 'reported',
  'تعليق الدروس بالمعهد إلى غاية يوم الاثنين القادم')

N('1', 'people', 'pupil who died today (headline)', 'exact', 'ثالث تلميذ')
N('1', 'people', 'pupil who died today', 'exact', 'تلميذ ثالث')
N('3', 'people', 'dead (toll)', 'exact', 'ثلاث وفيات')
N(None, 'people', 'pupils the wall fell on', 'vague', 'مجموعة من التلاميذ')
N('2', 'people', 'pupils killed on the spot', 'exact', 'تلميذين')
N('2', 'people', 'pupils injured', 'exact', 'اثنين آخرين')
N('1', 'people', 'injured pupil in critical condition', 'exact', 'أحدهما')
N('18', 'years', 'age of the victims (lower bound)', 'exact', '18')
N('19', 'years', 'age of the victims (upper bound)', 'exact', '19 سنة')
N(None, 'people', 'young men who blocked the main road', 'vague', 'عشرات الشبان')

D('اليوم', '2025-04-15', 'relative')
D('الثلاثاء', '2025-04-15', 'weekday')
D('أمس', '2025-04-14', 'relative', 0)
D('الاثنين', '2025-04-14', 'weekday', 0)
D('14 أفريل', '2025-04-14', 'absolute')
D('أمس', '2025-04-14', 'relative', 1)
D('منذ أشهر', None, 'vague')
D('أمس', '2025-04-14', 'relative', 2)
D('الصباح', None, 'vague')
D('غدا', '2025-04-16', 'relative')
D('الأربعاء', '2025-04-16', 'relative')
D('الاثنين القادم', '2025-04-21', 'relative')

A(MED, 'وفق', False, 'توفي صباح اليوم الثلاثاء تلميذ ثالث متأثرا بإصابته البليغة في حادثة سقوط جدار المعهد الثانوي بالمزونة '
  'من ولاية سيدي بوزيد، لترتفع حصيلة الضحايا إلى ثلاث وفيات')
A(HAJJI, 'أفاد', False, 'وحدات الحماية المدنية تدخلت بعد دقائق من البلاغ ورفعت الأنقاض عن الضحايا')
A(HAJJI, 'مبينا', False, 'الأعمار تتراوح بين 18 و19 سنة وأن ثلاثتهم كانوا يستعدون لاجتياز امتحان الباكالوريا')
A(PRES, 'وفق', False, 'قرر رئيس الجمهورية قيس سعيد، إثر الحادثة، إعفاء المندوب الجهوي للتربية بسيدي بوزيد من مهامه')
A(SAIED, 'شدد', True, 'المسؤولية لا تسقط بالتقادم وكل من قصّر سيحاسب')
A(MOE, 'أعلنت', False, 'فتح تحقيق إداري عاجل')
A(MOE, 'مؤكدة', False, 'السور "لم يكن مدرجا" ضمن قائمة المؤسسات التي تستوجب الصيانة العاجلة')
A(UNION, 'قالت', False, 'إنها نبهت منذ أشهر إلى هشاشة البنية التحتية لعشرات المعاهد بالجهة')
A(WIT, 'حسب', False, 'شهدت المزونة ليلة أمس احتجاجات غاضبة، حيث أغلق عشرات الشبان الطريق الرئيسية بالعجلات المطاطية '
  'المشتعلة، واستعملت وحدات الأمن الغاز المسيل للدموع لتفريقهم')
A(TAHAR, 'قال', True, 'ولدي خرج الصباح يقرا ورجعلي في كفن، شكون باش يرجعلي ولدي؟')
A(CRDE, 'أعلنت', False, 'تعليق الدروس بالمعهد إلى غاية يوم الاثنين القادم')

ENT('المزونة', 'LOC', 'Mezzouna')
ENT('سعيد', 'PER', SAIED)
ENT('المعهد الثانوي بالمزونة', 'LOC', SCHOOL)
ENT('سيدي بوزيد', 'LOC', 'Sidi Bouzid')
ENT('المستشفى الجامعي فرحات حشاد', 'LOC', 'Farhat Hached University Hospital (Sousse)')
ENT('سوسة', 'LOC', 'Sousse')
ENT('موزاييك', 'ORG', 'Mosaique FM')
ENT('للحماية المدنية', 'ORG', 'Tunisian Civil Protection')
ENT('منير الحاجي', 'PER', 'Mounir Hajji')
ENT('الحماية المدنية', 'ORG', 'Tunisian Civil Protection')
ENT('قيس سعيد', 'PER', SAIED)
ENT('رئاسة الجمهورية', 'ORG', PRES)
ENT('وزارة التربية', 'ORG', MOE)
ENT('نقابة التعليم الثانوي', 'ORG', UNION)
ENT('الطاهر', 'PER', 'Tahar')
ENT('مقبرة المزونة', 'LOC', 'Mezzouna cemetery')
ENT('المندوبية الجهوية للتربية', 'ORG', CRDE)

F('the incident', 'الحادثة')
F('the victims', 'الضحايا')
F('the dead pupil (shroud)', 'كفن')
F('fragile school infrastructure (union)', 'هشاشة البنية التحتية')
finish_article('h04')

# ---------------------------------------------------------------------------------------------- h05
FN = 'b05_tajoura_clashes.txt'
article('h05', FN, outlet('بوابة الوسط', 'Al-Wasat', 'alwasat.ly'), '2024-07-10',
        basis('2024-07-10', FN, 'Publication Wednesday. Consistent with the text: the ceasefire "فجر اليوم الأربعاء" '
              'and the capture of the headquarters "صباح اليوم" = 2024-07-10; the outbreak "مساء الثلاثاء 3 محرم 1446 '
              'هـ الموافق 9 يوليو 2024" = 2024-07-09 (Umm al-Qura: 1 Muharram 1446 = 2024-07-07); exams resume "السبت '
              'المقبل" = 2024-07-13.'),
        '9 قتلى في اشتباكات بتاجوراء.. وأعيان المدينة يعلنون وقفا لإطلاق النار')
TAJ = 'Tajoura'
ELD = 'Tajoura elders and notables'
RAHBA = 'Rahbat al-Duroo Brigade'
BOTH = 'Rahbat al-Duroo Brigade and Martyr Sabriya Brigade'
LOCS = 'local sources'
OSAMA = 'Osama Ali (Ambulance and Emergency Service spokesman)'
RES = 'residents (Tajoura)'
FIT = 'Abdulsalam al-Fitouri (Tajoura resident)'
BOSTA = 'Bir al-Osta Milad (Tajoura)'
VID = 'videos shared by activists'
TMC = 'Tajoura Municipal Council'
LMOI = 'Libyan Ministry of Interior'
UNSMIL = 'United Nations Support Mission in Libya'
TODAY = 'صباح اليوم (same sentence)'
E('killing/casualties', None, TAJ, None, None, None, 'asserted', '9 قتلى في اشتباكات بتاجوراء')
E('other', ELD, TAJ, None, None, None, 'asserted', 'أعيان المدينة يعلنون وقفا لإطلاق النار')
E('other', ELD, TAJ, '2024-07-10', 'فجر اليوم الأربعاء', ELD, 'reported',
  'التوصل إلى اتفاق لوقف إطلاق النار بين مجموعتين مسلحتين')
E('other', BOTH, TAJ, None, None, None, 'asserted', 'اشتباكات عنيفة استمرت نحو 14 ساعة')
E('killing/casualties', None, TAJ, None, None, None, 'asserted', 'خلّفت تسعة قتلى على الأقل، بينهم طفل، وأكثر من 20 جريحا')
E('other', BOTH, TAJ, '2024-07-09', 'مساء الثلاثاء 3 محرم 1446 هـ الموافق 9 يوليو 2024', LOCS, 'reported',
  'اندلعت الاشتباكات، مساء الثلاثاء 3 محرم 1446 هـ الموافق 9 يوليو 2024، بين كتيبة رحبة الدروع وكتيبة الشهيدة صبرية')
E('killing/casualties', None, 'Coastal Road, Tajoura', None, 'before the outbreak of the clashes (undated)', LOCS,
  'reported', 'مقتل أحد عناصر الأولى في ظروف غامضة قرب الطريق الساحلي بتاجوراء')
E('other', 'Ambulance and Emergency Service (Libya)', TAJ, None, None, OSAMA, 'reported',
  'فرق الجهاز انتشلت جثامين تسعة أشخاص من مناطق الاشتباك')
E('other', 'Ambulance and Emergency Service (Libya)', 'Tajoura National Heart Hospital and Tripoli Medical Centre', None,
  None, OSAMA, 'reported', 'نقلت 23 جريحا إلى مستشفى تاجوراء الوطني للقلب ومركز طرابلس الطبي')
E('other', None, TAJ, None, None, OSAMA, 'reported',
  'سيارتي إسعاف تعرضتا لإطلاق نار أثناء محاولتهما الوصول إلى الجرحى')
E('airstrike/shelling', None, BOSTA, None, None, RES, 'reported', 'قذائف هاون سقطت على منازل في منطقة بئر الأسطى ميلاد')
E('explosion', None, BOSTA, None, None, RES, 'reported', 'احتراق سيارتين')
E('other', None, BOSTA, None, None, RES, 'reported', 'تضرر خزان مياه')
E('displacement', None, 'Tajoura -> Souq al-Jumaa', None, None, RES, 'reported',
  'عشرات العائلات فرت نحو منطقة سوق الجمعة المجاورة')
E('airstrike/shelling', None, TAJ, None, None, FIT, 'reported', 'القذايف طاحت على الحوش')
E('displacement', None, TAJ, None, 'بالليل (vague)', FIT, 'reported', 'طلعنا بالليل وما خذينا شي')
E('capture/control', RAHBA, 'Martyr Sabriya Brigade headquarters, Al-Hamidiya (Tajoura)', '2024-07-10', 'صباح اليوم',
  VID, 'reported',
  'تمكنت قوة من كتيبة رحبة الدروع، صباح اليوم، من السيطرة على مقر الكتيبة الأخرى في منطقة الحميدية')
E('other', None, TAJ, '2024-07-10', TODAY, None, 'asserted',
  'يدخل وقف إطلاق النار حيز التنفيذ عند الساعة العاشرة صباحا')
E('accusation', TMC, TAJ, None, None, None, 'asserted',
  'اتهم المجلس البلدي تاجوراء، في بيان، حكومة الوحدة الوطنية الموقتة بـ"التقاعس" عن حماية المدنيين')
E('other', LMOI, 'around Tajoura', None, None, LMOI, 'reported',
  'دوريات تابعة لها انتشرت في محيط المدينة "لتأمين الطرق وفتح ممرات آمنة"')
E('statement', UNSMIL, TAJ, None, None, None, 'asserted',
  'أعربت بعثة الأمم المتحدة للدعم في ليبيا عن "قلقها البالغ" إزاء الاشتباكات')
E('statement', UNSMIL, TAJ, None, None, None, 'asserted',
  'أكدت البعثة، في تدوينة على منصة "إكس"، أن الاعتداء على الطواقم الطبية "قد يرقى إلى جريمة حرب"')
E('other', 'Libyan Ministry of Education', TAJ, None, None, None, 'asserted',
  'قررت وزارة التربية والتعليم تعليق امتحانات الشهادة الثانوية في مدارس تاجوراء يومين')
E('other', 'Libyan Ministry of Education', TAJ, '2024-07-13', 'السبت المقبل', None, 'planned', 'تُستأنف السبت المقبل')

N('9', 'people', 'killed (headline)', 'exact', '9 قتلى')
N('2', 'armed groups', 'armed groups that agreed the ceasefire', 'exact', 'مجموعتين مسلحتين')
N('14', 'hours', 'duration of the clashes', 'approx', 'نحو 14 ساعة')
N('9', 'people', 'killed', 'at least', 'تسعة قتلى على الأقل')
N('1', 'people', 'child among the dead', 'exact', 'طفل')
N('20', 'people', 'injured', 'more than', 'أكثر من 20 جريحا')
N('1', 'people', 'Rahbat al-Duroo member killed before the clashes', 'exact', 'أحد عناصر الأولى')
N('9', 'people', 'bodies recovered by the ambulance service', 'exact', 'تسعة أشخاص')
N('23', 'people', 'injured taken to hospital', 'exact', '23 جريحا')
N('2', 'vehicles', 'ambulances shot at', 'exact', 'سيارتي إسعاف')
N('2', 'vehicles', 'cars burnt by mortar fire', 'exact', 'سيارتين')
N('1', 'water tanks', 'water tank damaged', 'exact', 'خزان مياه')
N(None, 'families', 'families who fled to Souq al-Jumaa', 'vague', 'عشرات العائلات')
N('2', 'days', 'suspension of secondary-certificate exams', 'exact', 'يومين')

D('اليوم', '2024-07-10', 'relative', 0)
D('الأربعاء', '2024-07-10', 'weekday')
D('الثلاثاء', '2024-07-09', 'weekday')
D('3 محرم 1446', '2024-07-09', 'absolute')
D('9 يوليو 2024', '2024-07-09', 'absolute')
D('الليل', None, 'vague')
D('اليوم', '2024-07-10', 'relative', 1)
D('السبت المقبل', '2024-07-13', 'relative')

A(ELD, 'أعلن', False, 'التوصل إلى اتفاق لوقف إطلاق النار بين مجموعتين مسلحتين في المدينة الواقعة شرق العاصمة طرابلس')
A(LOCS, 'بحسب', False, 'اندلعت الاشتباكات، مساء الثلاثاء 3 محرم 1446 هـ الموافق 9 يوليو 2024، بين كتيبة رحبة الدروع وكتيبة '
  'الشهيدة صبرية، على خلفية مقتل أحد عناصر الأولى في ظروف غامضة قرب الطريق الساحلي بتاجوراء')
A(OSAMA, 'قال', False, 'فرق الجهاز انتشلت جثامين تسعة أشخاص من مناطق الاشتباك، ونقلت 23 جريحا إلى مستشفى تاجوراء الوطني '
  'للقلب ومركز طرابلس الطبي')
A(OSAMA, 'مشيرا', False, 'سيارتي إسعاف تعرضتا لإطلاق نار أثناء محاولتهما الوصول إلى الجرحى')
A(RES, 'أفاد', False, 'قذائف هاون سقطت على منازل في منطقة بئر الأسطى ميلاد، ما أدى إلى احتراق سيارتين وتضرر خزان مياه، وأن '
  'عشرات العائلات فرت نحو منطقة سوق الجمعة المجاورة')
A(FIT, 'قال', True, 'القذايف طاحت على الحوش والصغار يبكوا، طلعنا بالليل وما خذينا شي')
A(VID, 'وفق', False, 'تمكنت قوة من كتيبة رحبة الدروع، صباح اليوم، من السيطرة على مقر الكتيبة الأخرى في منطقة الحميدية')
A(TMC, 'اتهم', False, 'حكومة الوحدة الوطنية الموقتة بـ"التقاعس" عن حماية المدنيين')
A(LMOI, 'قالت', False, 'دوريات تابعة لها انتشرت في محيط المدينة "لتأمين الطرق وفتح ممرات آمنة"')
A(UNSMIL, 'أعربت', False, '"قلقها البالغ" إزاء الاشتباكات')
A(UNSMIL, 'أكدت', False, 'الاعتداء على الطواقم الطبية "قد يرقى إلى جريمة حرب"')

ENT('تاجوراء', 'LOC', TAJ)
ENT('طرابلس', 'LOC', 'Tripoli')
ENT('رحبة الدروع', 'ORG', RAHBA)
ENT('الشهيدة صبرية', 'ORG', 'Martyr Sabriya Brigade')
ENT('الطريق الساحلي', 'LOC', 'Coastal Road (Tajoura)')
ENT('الوسط', 'ORG', 'Al-Wasat')
ENT('جهاز الإسعاف والطوارئ', 'ORG', 'Ambulance and Emergency Service (Libya)')
ENT('أسامة علي', 'PER', 'Osama Ali')
ENT('الجهاز', 'ORG', 'Ambulance and Emergency Service (Libya)')
ENT('مستشفى تاجوراء الوطني للقلب', 'LOC', 'Tajoura National Heart Hospital')
ENT('مركز طرابلس الطبي', 'LOC', 'Tripoli Medical Centre')
ENT('بئر الأسطى ميلاد', 'LOC', BOSTA)
ENT('سوق الجمعة', 'LOC', 'Souq al-Jumaa')
ENT('عبد السلام الفيتوري', 'PER', 'Abdulsalam al-Fitouri')
ENT('الحميدية', 'LOC', 'Al-Hamidiya (Tajoura)')
ENT('المجلس البلدي تاجوراء', 'ORG', TMC)
ENT('حكومة الوحدة الوطنية', 'ORG', 'Government of National Unity (Libya)')
ENT('وزارة الداخلية', 'ORG', LMOI)
ENT('بعثة الأمم المتحدة للدعم في ليبيا', 'ORG', UNSMIL)
ENT('البعثة', 'ORG', UNSMIL)
ENT('إكس', 'MISC', 'X (formerly Twitter)')
ENT('وزارة التربية والتعليم', 'ORG', 'Libyan Ministry of Education')

F('the clashes', 'الاشتباكات')
F('negligence alleged against the GNU', 'التقاعس')
F('armed formations', 'التشكيلات المسلحة')
F('possible war crime (UNSMIL)', 'جريمة حرب')
finish_article('h05')

# ---------------------------------------------------------------------------------------------- h06
FN = 'b06_mali_border_incursion.txt'
article('h06', FN, outlet('صحراء ميديا', 'Sahara Medias', 'saharamedias.net'), '2024-04-22',
        basis('2024-04-22', FN, 'Publication Monday. Consistent with the text: the incursion "فجر يوم 20/04/2024" '
              '(Saturday), the bodies found "صباح أمس" and the summoning of the ambassador "مساء أمس الأحد" = '
              '2024-04-21, the delegation "صباح اليوم الاثنين" = 2024-04-22, UNHCR\'s "الأسبوع الماضي" = 2024-W16.'),
        'موريتانيا تستدعي سفير مالي بعد مقتل منمين في توغل للجيش المالي و"فاغنر" قرب الحدود')
MRT = 'Government of Mauritania'
MFA = 'Mauritanian Ministry of Foreign Affairs'
FAMA = 'Malian Armed Forces and Wagner Group'
BORDER = 'Mali-Mauritania border area (Hodh Ech Chargui)'
ADEL = 'near Adel Bagrou (Hodh Ech Chargui)'
LOCS = 'local sources'
OULD = 'Mohamed Lemine Ould Ely (herder)'
NANI = 'Nani Ould Chrougha (Mauritanian government spokesman)'
MP = 'MP for Amourj'
GS = 'General Staff of the Malian Armed Forces'
UNHCR = 'UNHCR'
CSA = 'Food Security Commission (Mauritania)'
WALIV = 'Wali of Hodh Ech Chargui (via Mauritanian News Agency)'
INC = 'فجر يوم 20/04/2024 (same sentence)'
E('other', MRT, 'Nouakchott', None, None, None, 'asserted', 'موريتانيا تستدعي سفير مالي')
E('killing/casualties', FAMA, BORDER, None, None, None, 'asserted', 'مقتل منمين')
E('advance/offensive', FAMA, BORDER, None, None, None, 'asserted', 'توغل للجيش المالي و"فاغنر" قرب الحدود')
E('other', MFA, 'Nouakchott', '2024-04-21', 'مساء أمس الأحد', None, 'asserted',
  'استدعت وزارة الشؤون الخارجية والتعاون والموريتانيين في الخارج، مساء أمس الأحد، سفير جمهورية مالي في نواكشوط')
E('statement', MFA, 'Nouakchott', '2024-04-21', 'مساء أمس الأحد (same sentence)', None, 'asserted',
  'أبلغته "احتجاج موريتانيا الشديد"')
E('killing/casualties', FAMA, BORDER, None, None, MFA, 'reported', 'مقتل مواطنين موريتانيين')
E('advance/offensive', FAMA, BORDER, None, None, MFA, 'reported',
  'توغل لوحدة من الجيش المالي مدعومة بعناصر من مجموعة فاغنر الروسية في منطقة حدودية تابعة لولاية الحوض الشرقي')
E('advance/offensive', FAMA, ADEL, '2024-04-20', 'فجر يوم 20/04/2024', LOCS, 'reported',
  'القوة المالية دخلت، فجر يوم 20/04/2024، مخيمات للمنمين قرب بلدية عدل بكرو')
E('other', FAMA, ADEL, '2024-04-20', INC, LOCS, 'reported', 'اعتقلت نحو 15 شخصا')
E('killing/casualties', FAMA, 'pastoral area inside Mali, about 12 km from the border', None,
  'صباح أمس dates the discovery of the bodies, not the killing', LOCS, 'reported',
  'يُعثر صباح أمس على جثث ستة منهم في منطقة رعوية داخل الأراضي المالية')
E('advance/offensive', FAMA, ADEL, None, 'مع الفجر (vague)', OULD, 'reported', 'العسكر جاو علينا مع الفجر فالسيارات')
E('other', FAMA, ADEL, None, None, OULD, 'reported', 'شدو الرجالة وربطولهم ايديهم')
E('other', None, ADEL, None, None, OULD, 'reported', 'نجا بعد أن اختبأ بين قطيعه')
E('statement', NANI, 'Nouakchott', None, None, None, 'asserted',
  'قال الناطق باسم الحكومة الموريتانية، الوزير الناني ولد اشروقه، خلال المؤتمر الصحفي الأسبوعي، إن نواكشوط "لن تقبل '
  'المساس بأرواح مواطنيها"')
E('statement', MRT, None, None, None, NANI, 'reported', 'الحكومة طلبت من باماكو فتح تحقيق "شفاف وعاجل" وتسليم الجناة')
E('accusation', MP, None, None, None, None, 'asserted',
  'اتهم نائب عن مقاطعة آمرج، في تدوينة على فيسبوك، الجيش المالي و"فاغنر" بـ"استهداف ممنهج" للمنمين الموريتانيين')
E('statement', MP, None, None, None, None, 'asserted', 'مشيرا إلى أن هذا هو "الحادث الرابع منذ مطلع العام"')
E('statement', GS, None, None, None, None, 'asserted',
  'نفت هيئة الأركان العامة للجيوش المالية، في بيان، أن تكون قواتها قد عبرت الحدود')
E('advance/offensive', 'Malian Armed Forces', 'inside Mali (border area)', None, None, GS, 'reported',
  'وحداتها نفذت "عملية لمكافحة الإرهاب" داخل التراب المالي ضد "عناصر مسلحة" في المنطقة')
E('displacement', None, 'Mali -> Mauritania', None, None, None, 'asserted',
  'أدت الحادثة إلى موجة نزوح جديدة نحو الأراضي الموريتانية')
E('displacement', None, 'Mbera camp near Bassikounou', '2024-W16', 'خلال الأسبوع الماضي', UNHCR, 'reported',
  'أكثر من 1200 شخص وصلوا خلال الأسبوع الماضي إلى مخيم امبره قرب مدينة باسكنو')
E('displacement', None, 'Mbera camp near Bassikounou', None, None, UNHCR, 'reported',
  'يؤوي أصلا ما يزيد على 100 ألف لاجئ من مالي')
E('visit/inspection', 'Mauritanian government delegation (Wali of Hodh Ech Chargui, Fifth Military Region commander)',
  'Adel Bagrou', '2024-04-22', 'صباح اليوم الاثنين', None, 'asserted',
  'أوفدت الحكومة، صباح اليوم الاثنين، وفدا يضم والي الحوض الشرقي وقائد المنطقة العسكرية الخامسة إلى عدل بكرو لتفقد أوضاع '
  'السكان')
E('other', CSA, 'Adel Bagrou', '2024-04-22', 'صباح اليوم الاثنين (same sentence)', CSA, 'reported',
  'تخصيص 50 مليون أوقية قديمة لدعم الأسر المتضررة')
E('other', 'Mauritanian Armed Forces', 'Mali-Mauritania border strip', None, None, WALIV, 'reported',
  'وحدات من الجيش الوطني عززت انتشارها على طول الشريط الحدودي')

N('15', 'people', 'herders arrested', 'approx', 'نحو 15 شخصا')
N('6', 'people', 'arrested herders found dead', 'exact', 'ستة منهم')
N('12', 'kilometres', 'distance of the bodies from the border', 'approx', 'نحو 12 كيلومترا')
N('1200', 'people', 'new arrivals in Mbera camp last week', 'more than', 'أكثر من 1200 شخص')
N('100000', 'people', 'Malian refugees already in Mbera camp', 'more than', 'ما يزيد على 100 ألف لاجئ')
N('50000000', 'old Mauritanian ouguiyas', 'allocation for affected families', 'exact', '50 مليون أوقية')
N('2200', 'kilometres', 'length of the Mali-Mauritania land border', 'more than', '2200 كيلومتر')

D('أمس', '2024-04-21', 'relative', 0)
D('الأحد', '2024-04-21', 'weekday')
D('20/04/2024', '2024-04-20', 'absolute')
D('أمس', '2024-04-21', 'relative', 1)
D('الفجر', None, 'vague')
D('منذ مطلع العام', None, 'vague')
D('الأسبوع الماضي', '2024-W16', 'relative')
D('اليوم', '2024-04-22', 'relative')
D('الاثنين', '2024-04-22', 'weekday')

A(MFA, 'أبلغته', False, '"احتجاج موريتانيا الشديد" على مقتل مواطنين موريتانيين خلال توغل لوحدة من الجيش المالي مدعومة '
  'بعناصر من مجموعة فاغنر الروسية في منطقة حدودية تابعة لولاية الحوض الشرقي')
A(LOCS, 'قالت', False, 'القوة المالية دخلت، فجر يوم 20/04/2024، مخيمات للمنمين قرب بلدية عدل بكرو، واعتقلت نحو 15 شخصا، '
  'قبل أن يُعثر صباح أمس على جثث ستة منهم في منطقة رعوية داخل الأراضي المالية، على بعد نحو 12 كيلومترا من الحدود')
A(OULD, 'روى', True, 'العسكر جاو علينا مع الفجر فالسيارات، شدو الرجالة وربطولهم ايديهم، ؤگالو للنسوان امشو')
A(OULD, 'مضيفا', False, 'أنه نجا بعد أن اختبأ بين قطيعه')
A(NANI, 'قال', False, 'نواكشوط "لن تقبل المساس بأرواح مواطنيها"')
A(NANI, 'مؤكدا', False, 'الحكومة طلبت من باماكو فتح تحقيق "شفاف وعاجل" وتسليم الجناة')
A(MP, 'اتهم', False, 'الجيش المالي و"فاغنر" بـ"استهداف ممنهج" للمنمين الموريتانيين')
A(MP, 'مشيرا', False, 'هذا هو "الحادث الرابع منذ مطلع العام"')
A(GS, 'نفت', False, 'تكون قواتها قد عبرت الحدود')
A(GS, 'مؤكدة', False, 'وحداتها نفذت "عملية لمكافحة الإرهاب" داخل التراب المالي ضد "عناصر مسلحة" في المنطقة')
A(UNHCR, 'قالت', False, 'أكثر من 1200 شخص وصلوا خلال الأسبوع الماضي إلى مخيم امبره قرب مدينة باسكنو، الذي يؤوي أصلا ما '
  'يزيد على 100 ألف لاجئ من مالي')
A(CSA, 'أعلنت', False, 'تخصيص 50 مليون أوقية قديمة لدعم الأسر المتضررة')
A(WALIV, 'نقلت', False, 'وحدات من الجيش الوطني عززت انتشارها على طول الشريط الحدودي، وإن "الوضع مستقر ولا داعي للهلع"')

ENT('موريتانيا', 'LOC', 'Mauritania')
ENT('مالي', 'LOC', 'Mali')
ENT('للجيش المالي', 'ORG', 'Malian Armed Forces')
ENT('فاغنر', 'ORG', 'Wagner Group')
ENT('وزارة الشؤون الخارجية والتعاون والموريتانيين في الخارج', 'ORG', MFA)
ENT('جمهورية مالي', 'LOC', 'Mali')
ENT('نواكشوط', 'LOC', 'Nouakchott')
ENT('الجيش المالي', 'ORG', 'Malian Armed Forces')
ENT('مجموعة فاغنر', 'ORG', 'Wagner Group')
ENT('الحوض الشرقي', 'LOC', 'Hodh Ech Chargui')
ENT('صحراء ميديا', 'ORG', 'Sahara Medias')
ENT('عدل بكرو', 'LOC', 'Adel Bagrou')
ENT('محمد الأمين ولد اعلي', 'PER', 'Mohamed Lemine Ould Ely')
ENT('الناني ولد اشروقه', 'PER', 'Nani Ould Chrougha')
ENT('باماكو', 'LOC', 'Bamako')
ENT('آمرج', 'LOC', 'Amourj')
ENT('فيسبوك', 'MISC', 'Facebook')
ENT('هيئة الأركان العامة للجيوش المالية', 'ORG', GS)
ENT('المفوضية السامية للأمم المتحدة لشؤون اللاجئين', 'ORG', UNHCR)
ENT('مخيم امبره', 'LOC', 'Mbera refugee camp')
ENT('باسكنو', 'LOC', 'Bassikounou')
ENT('المنطقة العسكرية الخامسة', 'ORG', 'Fifth Military Region (Mauritania)')
ENT('مفوضية الأمن الغذائي', 'ORG', CSA)
ENT('الوكالة الموريتانية للأنباء', 'ORG', 'Mauritanian News Agency')
ENT('الجيش الوطني', 'ORG', 'Mauritanian Armed Forces')

F('the incursion', 'توغل')
F('the perpetrators', 'الجناة')
F('systematic targeting (MP)', 'استهداف ممنهج')
F('counter-terrorism operation (Malian army)', 'عملية لمكافحة الإرهاب')
F('the incident', 'الحادثة')
finish_article('h06')


# ---------------------------------------------------------------------------------------------- notes
UNCERTAIN = [
    'BLIND set: the texts were newly written for this set (realistic, not copied) and annotated by hand by an '
    'annotator who had not read the extractor code or its data files (generator/), had not run the extractors or '
    '"briefing eval" on them while writing or annotating, and had not read the texts or annotations of sets 14-21; '
    'sets 12 and 13 (builders and conventions notes) were the model, with a few targeted greps of the builders of '
    'sets 8-13 for precedents (future weekdays, حمّل، أعربت، relays); the titles of all sets were read only to avoid '
    'their topics. Broad facts follow real or plausible events (the Minya train collision of 19 Oct 2024; the '
    'Safi flash floods of 14 Dec 2025; summer wildfires in the Azazga forests of Tizi Ouzou; the wall collapse at the '
    'Mezzouna secondary school on 14 Apr 2025 and President Saied\'s dismissal of the regional education official; '
    'armed-group clashes in Tajoura; the Malian army and Wagner incursions near the Mauritanian border in April 2024 '
    'and the summoning of Mali\'s ambassador), but dates of minor events, all figures and all quotes are written for '
    'the set. Minor people are invented (Mahmoud Abdel Razek, El Houssine Radi, Fatima Zahra, Omar Ait Said, Mokrane, '
    'Mounir Hajji, Tahar, Abdulsalam al-Fitouri, Mohamed Lemine Ould Ely); romanisations of minor names are the '
    'annotator\'s own. Real officials\' quotes (Kamel al-Wazir, Kais Saied\'s communique, Nani Ould Chrougha) are '
    'written for the set.',
    'Article keys are h01..h06 (the shared validator expects them); files are b01..b06. Rows are sorted by position.',
    'Dialect: h01 (Egyptian), h02 (Moroccan Darija), h03 (Algerian/Kabyle-region Arabic), h04 (Tunisian), h05 '
    '(Libyan) and h06 (Hassaniya) quote colloquial speech; events inside those quotes are annotated like any others '
    '(العربية اتقلبت بينا؛ الما دخل علينا فدقيقة؛ هربنا بالدراري للسطح؛ باتو فالزنقة (displacement)؛ النار جات من '
    'الغابة؛ رجعلي في كفن (killing/casualties)؛ القذايف طاحت على الحوش (shelling)؛ طلعنا بالليل (displacement)؛ '
    'العسكر جاو علينا (advance/offensive)؛ شدو الرجالة (arrest, other)).',
    'Dates follow heldout12/13: part-of-day words (فجر، صباح، ظهر، مساء، ليلة) and "يوم"/"منذ"/"إلى غاية" stay outside '
    'the surface, except in the fixed vague "منذ مطلع العام" and "منذ سنوات"/"منذ أشهر" (kept whole as in set 13); '
    '"اليوم/أمس/أول أمس/غدا + weekday" is two dates and a weekday with a day-month date ("الأحد 14 دجنبر") is two dates; '
    'future weekdays and "X المقبل/القادم" are relative (غدا الأربعاء، الاثنين القادم، السبت المقبل); Maghrebi month '
    'names دجنبر، أفريل، جوان; the Hijri "3 محرم 1446" (h05) and its Gregorian "9 يوليو 2024" are two absolute dates '
    '(هـ outside); "20/04/2024" (h06) is absolute; "بداية جوان" is an absolute month; "الأسبوع المقبل" is the next ISO '
    'week and "الأسبوع الماضي" publication - 7 days. Standalone part-of-day words inside colloquial quotes (الصباح، '
    'الليل in بالليل، الفجر in مع الفجر) are vague dates, as set 13 did with "من الصباح". "خلال أقل من ساعة" is a vague '
    'date (like "خلال أربعة أيام") and not a number (no qualifier fits "less than"). Year-only expressions are vague '
    '(خلال العام المقبل، العام الماضي، منذ مطلع العام). Not dates: clock times (الساعة العاشرة صباحا), event-anchored '
    'phrases (بعد نحو خمسة أسابيع من تصادم...، بعد أقل من أسبوعين من إعلان...، بعد دقائق من البلاغ).',
    'Event dates: a cue that dates a different event in the same sentence does not date the casualties or the toll: '
    'the toll rises (h02 line 1, h04 line 1) and the h06 bodies found "صباح أمس" are undated (the cue dates the '
    'discovery, not the killing); the h03 burning of 420 ha and the evacuations (between Monday evening and Tuesday '
    'morning) and the h03 arrests "ليلة الثلاثاء إلى الأربعاء" (a night across two days) are undated. The presidency '
    'communique "ليلة أمس" (h04) dates the dismissal it announces (as the announcement day did in sets 12/13). '
    'Other events in the same sentence as a dated one inherit its date (h01 derailment, h04 deaths and transfer, '
    'h05 ceasefire entry into force, h06 arrests, h06 food-security allocation).',
    'Numbers follow heldout12/13: ranges are two rows (30 / 50 ملم؛ 18 / 19 سنة); trains, carriages, vehicles, '
    'villages, armed groups, aircraft, trees, sites, hours, days, weeks, hectares, millimetres, kilometres and money '
    'are rows with their own units; singular and dual victims are rows (طفل، طفلان، تلميذين، تلميذ ثالث / ثالث تلميذ as '
    '1 person, أحدهما، أحد عناصر الأولى، عونان); the singular damaged "خزان مياه" is a row like a destroyed car; "في '
    'الستينات من عمره" is an age of at least 60 years; "تقارب 60 كيلومترا" is approx (speed, kilometres per hour). '
    'Vague counts of people and families are rows with value null (عدد من الركاب، مجموعة من التلاميذ، عشرات الشبان، '
    'عشرات العائلات). Not numbers: back-references (سائقي القطارين، الضحايا الثلاثة، ثلاثتهم), ordinals (عربة ثالثة، '
    'الحادث الرابع، المنطقة العسكرية الخامسة), per-person rates (لأسرة كل متوفى، لكل مصاب), clock times, vague '
    'non-people quantities (عددا من السيارات، عشرات المعاهد، بعد دقائق), "أقل من ساعة/أسبوعين". "أزيد من" and "ما يزيد '
    'على"/"يزيد طولها على" are "more than"; "ما لا يقل عن" and "على الأقل" are "at least".',
    'Entities follow heldout12/13: classifiers outside (مركز المنيا، محافظة الشرقية، إقليم آسفي، حي باب الشعبة، ولاية، '
    'بلدية، مقاطعة، منطقة، قرية، مدينة، غابات, and كتيبة before Libyan armed-group names, treated like فصيل); quote '
    'marks split names. Facility and body names are kept whole, hiding the places inside them (محطة تلة، مستشفى المنيا '
    'الجامعي، الهيئة القومية لسكك حديد مصر، المستشفى الإقليمي محمد الخامس، مديرية الحماية المدنية لولاية تيزي وزو، مستشفى '
    'عزازقة، المعهد الثانوي بالمزونة، المستشفى الجامعي فرحات حشاد، مقبرة المزونة، مستشفى تاجوراء الوطني للقلب، المجلس '
    'البلدي تاجوراء، مخيم امبره، جمهورية مالي، مجموعة فاغنر (مجموعة kept, as in the English "Wagner Group")). '
    '"الموقتة" after حكومة الوحدة الوطنية is left out. Fused ل+article tokens are their own surfaces (للمديرية، للحماية '
    'المدنية inside the title of the Sidi Bouzid director، للجيش المالي). Short forms listed: سعيد، المجلس (Safi council), '
    'الجهاز (ambulance service), البعثة (UNSMIL), للمديرية (DGPC). "المدينة العتيقة" (Safi\'s old medina) is a LOC '
    'name; Beriev, X and Facebook are MISC. Names inside titles are listed (محافظ المنيا، والي تيزي وزو، والي الحوض '
    'الشرقي، المدير الجهوي للحماية المدنية بسيدي بوزيد) while the titles are not (النائب العام، رئيس الحكومة، وزير النقل، '
    'المندوب الجهوي للتربية، رئيس الجمهورية، الوزير). Not entities: generic references (الحكومة، السلطات، السلطات '
    'المحلية، الإقليم، العمالة، المملكة، العاصمة، المدينة، القرية، الكتيبة الأخرى، القوة المالية)، the exam '
    'name الباكالوريا، nationality adjectives (المالي/المالية، الموريتانية، الروسية).',
    'Attribution spans follow heldout9-13: the complement after أن/إن/بأن (fused pronoun kept: "إنها", "أنه"), inside '
    'the quotation marks when the whole complement is quoted; mixed quotes direct_quote false; markers (بحسب، حسب، '
    'وفق) span the clause or sentence they qualify. Participial reporting verbs with a content clause are '
    'attributions (مضيفا، مشيرا/مشيرة، مؤكدا/مؤكدة، معتبرا، مبينا، متهمة); participial calls, pledges and demands '
    '(داعية، مطالبا، متعهدا بـ) are not. "حمّلت ... مسؤولية" and "اتهم ... بـ" are attributions with the accused and '
    'charge as span; "أعربت عن" spans the quoted concern; "أبلغته احتجاج..." (h06) is an attribution of the protest. '
    'Announcements of a nominal (أعلن عن رصد غلاف، أعلنت فتح تحقيق، أعلنت تعليق الدروس، أعلن الأعيان التوصل إلى اتفاق، '
    'أعلنت تخصيص، إعلان المديرية أن...) are attributions of that nominal and the content event is reported. Denials '
    'with a content clause (نفت ... أن تكون قواتها قد عبرت الحدود) are statements and attributions; the bare "وهو ما '
    'نفاه رئيس المجلس" is a statement without attribution.',
    'Event typing: the train collision, derailment, floods, wildfire spread, wall collapse, rescue, search, hospital '
    'transfers and discharges, ambulance dispatch, deployments, investigations and site inspections by prosecutors, '
    'compensation and allocations, arrests, protests and road blocking, tear gas, dismissal of an official, funerals, '
    'exam and class suspensions, ceasefire agreements, clashes whose only named parties are the groups, shooting at '
    'ambulances, the ambassador\'s summoning, weather warnings and statistics are "other"; evacuation, sheltering, '
    'sleeping in the street, flight and refugee arrivals are displacement; mortar shells falling on houses are '
    'airstrike/shelling (actor null) and the cars they set on fire are "explosion"; the incursion, the raid on herder '
    'camps and the Malian "counter-terrorism operation" are advance/offensive; the seizure of a rival brigade\'s '
    'headquarters is capture/control; official tours of the site are visit/inspection. Headlines carry their own '
    'rows; nominal headline topics ("فيضانات آسفي") and back-references are not rows. Statements are rows only when '
    'their content is not itself an event (expert opinions, pledges, denials, concern, the MP\'s count of incidents).',
]

description = {
    'summary': 'Twentieth gold set (BLIND: never tuned on; nobody reads its misses): six Arabic news articles written '
               'for this set in the style of real outlets of six countries (Al-Ahram on the Minya train collision, '
               'with an Egyptian colloquial witness; Hespress on the Safi flash floods, with Moroccan month names and '
               'Darija; Echorouk on a wildfire in the Azazga forests of Tizi Ouzou, with Algerian speech; Mosaique FM '
               'on the deadly wall collapse at the Mezzouna secondary school and the protests that followed, with '
               'Tunisian speech; Al-Wasat on clashes between armed groups in Tajoura, with a Hijri date and Libyan '
               'speech; Sahara Medias on a Malian army and Wagner incursion near the Mauritanian border, with a numeric '
               'date and Hassaniya speech), annotated by hand without looking at the extractors. Same format and '
               'conventions as ../shared/dev-set/seeds_gold.json and tests/heldout12-13. "file" is relative to tests/. '
               'Offsets are Python str indices into open(path, encoding="utf-8").read().',
    'uncertain_points': UNCERTAIN,
    'files': FILES,
    'counts': _GOLD.counts(),
}

if __name__ == '__main__':
    write_set(_GOLD, HERE, description)
