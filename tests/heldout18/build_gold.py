#!/usr/bin/env python3
"""Build heldout18_gold.json from the hand annotations below (BLIND set 18: h01..h06, files f01..f06).

Spans are (surface, occurrence index), located by search; the helpers and their conventions are
tests/heldout_tools/annotate.py.
Run: python3 tests/heldout18/build_gold.py  (writes heldout18_gold.json next to this file)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(TESTS, 'heldout_tools'))  # annotate.py, common.py
from annotate import FILES, Gold, basis, outlet, write_set  # noqa: E402

_GOLD = Gold('heldout18')
ARTICLES = _GOLD.articles   # key -> dict
article, finish_article = _GOLD.article, _GOLD.finish_article
E, N, A, D, ENT, F = _GOLD.E, _GOLD.N, _GOLD.A, _GOLD.D, _GOLD.ENT, _GOLD.F


# ---------------------------------------------------------------------------------------------- h01
FN = 'f01_arbaat_dam.txt'
article('h01', FN, outlet('السوداني', 'Al-Sudani', 'alsudaninews.com'), '2024-08-26',
        basis('2024-08-26', FN, 'Monday. Consistent with the text: the collapse "مساء السبت" = 2024-08-24, the '
              'governor\'s statement "أمس الأحد" = 2024-08-25, the delegation "اليوم الاثنين" = 2024-08-26.'),
        _GOLD.first_line(FN))
DAM = 'Arbaat Dam'
ARB = 'Arbaat (Red Sea State)'
SRC = 'local sources'
NOUR = 'Mustafa Mohamed Nour (Red Sea State governor)'
OSMAN = 'Osman Idris Hamid (Red Sea State civil defence director)'
OHAJ = 'Mohamed Tahir Ohaj (Arbaat resident)'
OCHA = 'Office for the Coordination of Humanitarian Affairs'
MOH = 'Sudanese Ministry of Health'
RC = 'Resistance committees (Sudan)'
SAT = 'مساء السبت (same sentence)'
E('other', None, 'Arbaat Dam, north of Port Sudan', None, None, None, 'asserted',
  'انهيار سد أربعات يجرف 20 قرية شمال بورتسودان')
E('killing/casualties', None, ARB, None, None, None, 'asserted', '30 قتيلاً على الأقل ومئات المفقودين')
E('killing/casualties', None, ARB, '2024-08-24', SAT, SRC, 'reported', 'لقي 30 شخصاً على الأقل مصرعهم وفُقد المئات')
E('other', None, DAM, '2024-08-24', 'مساء السبت', SRC, 'reported',
  'انهيار سد أربعات الواقع على بعد نحو 40 كيلومتراً شمال مدينة بورتسودان بولاية البحر الأحمر')
E('other', None, 'Red Sea State', None, None, SRC, 'reported', 'أمطار غزيرة استمرت ثلاثة أيام متتالية')
E('other', None, ARB, None, 'أمس الأحد dates the governor\'s statement, not the flooding', NOUR, 'reported',
  'السيول "جرفت 20 قرية بالكامل وألحقت أضراراً جزئية بنحو 50 قرية أخرى"')
E('other', 'Sudanese Civil Defence', ARB, None, 'حتى مساء أمس — cumulative count up to yesterday evening', NOUR,
  'reported', 'فرق الدفاع المدني انتشلت 18 جثة حتى مساء أمس')
E('other', None, 'Khor Arbaat', None, None, None, 'asserted', 'لا يزال البحث جارياً عن المفقودين في مجرى خور أربعات')
E('statement', OSMAN, ARB, None, None, None, 'asserted',
  'أوضح مدير الدفاع المدني بالولاية، العميد عثمان إدريس حامد، أن قواته تواجه صعوبات كبيرة في الوصول إلى المناطق '
  'المتضررة')
E('other', None, 'national road (Red Sea State)', None, None, OSMAN, 'reported',
  'انقطاع الطرق وانجراف جسرين على الطريق القومي')
E('statement', OSMAN, ARB, None, None, None, 'asserted',
  'مضيفاً أن "الآليات لا تستطيع التحرك في الوحل، ونحن نعتمد على القوارب وطائرة مروحية واحدة"')
E('other', None, ARB, None, 'بالليل (part of day only)', OHAJ, 'reported', 'الموية جات بالليل زي الجبل')
E('killing/casualties', None, ARB, None, None, OHAJ, 'reported', 'أخوي وعيالو التلاتة لسه ما لقيناهم')
E('displacement', None, 'a hilltop near Arbaat', None, None, OHAJ, 'reported',
  'أسرته قضت يومين على قمة جبل قريب بلا طعام ولا ماء')
E('other', 'rescue teams', 'a hilltop near Arbaat', None, None, OHAJ, 'reported', 'تصل إليهم فرق الإنقاذ')
E('other', None, ARB, None, None, OCHA, 'reported', 'نحو 50 ألف شخص تضرروا من الكارثة')
E('displacement', None, 'Arbaat -> Port Sudan and nearby highlands', None, None, OCHA, 'reported',
  'نزح أكثر من خمسة آلاف منهم إلى بورتسودان والمرتفعات المجاورة')
E('statement', 'Red Sea State Water Corporation', 'Port Sudan', None, None, None, 'asserted',
  'حذرت هيئة مياه ولاية البحر الأحمر من أزمة عطش في بورتسودان')
E('visit/inspection', 'Ibrahim Jaber (Sovereignty Council member)', ARB, '2024-08-26', 'اليوم الاثنين', None,
  'asserted', 'وصل وفد حكومي برئاسة عضو مجلس السيادة الفريق أول إبراهيم جابر إلى المنطقة اليوم الاثنين')
E('other', MOH, ARB, None, None, MOH, 'reported', 'إرسال 12 طناً من الأدوية والمحاليل الوريدية')
E('accusation', RC, 'Red Sea State', None, None, None, 'asserted',
  'اتهمت لجان المقاومة في البحر الأحمر السلطات بـ"الإهمال"')
E('statement', 'citizens (Arbaat area)', DAM, None, 'منذ أسابيع (vague)', RC, 'reported',
  'المواطنين حذروا منذ أسابيع من تشققات في جسم السد')

N('20', 'villages', 'villages swept away (headline)', 'exact', '20 قرية', 0)
N('30', 'people', 'dead (headline)', 'at least', '30 قتيلاً على الأقل')
N(None, 'people', 'missing (headline)', 'vague', 'مئات المفقودين')
N('30', 'people', 'dead', 'at least', '30 شخصاً على الأقل')
N(None, 'people', 'missing', 'vague', 'المئات')
N('40', 'kilometres', 'distance of the dam north of Port Sudan', 'approx', 'نحو 40 كيلومتراً')
N('3', 'days', 'duration of the heavy rain', 'exact', 'ثلاثة أيام')
N('20', 'villages', 'villages swept away completely', 'exact', '20 قرية', 1)
N('50', 'villages', 'villages partly damaged', 'approx', 'نحو 50 قرية')
N('18', 'people', 'bodies recovered by the civil defence', 'exact', '18 جثة')
N('2', 'bridges', 'bridges washed away on the national road', 'exact', 'جسرين')
N('1', 'aircraft', 'helicopters available to the civil defence', 'exact', 'طائرة مروحية واحدة')
N('1', 'people', "witness's missing brother", 'exact', 'أخوي')
N('3', 'people', "witness's brother's missing children", 'exact', 'عيالو التلاتة')
N('2', 'days', 'days the family spent on the hilltop', 'exact', 'يومين')
N('50000', 'people', 'people affected (OCHA)', 'approx', 'نحو 50 ألف شخص')
N('5000', 'people', 'people displaced (OCHA)', 'more than', 'أكثر من خمسة آلاف')
N('60', 'percent', "share of Port Sudan's drinking water from the dam (lower bound)", 'exact', '60')
N('70', 'percent', "share of Port Sudan's drinking water from the dam (upper bound)", 'exact', '70 في المئة')
N('12', 'tonnes', 'medicines and IV fluids sent by the health ministry', 'exact', '12 طناً')
N('25000000', 'cubic metres', 'storage capacity of the dam', 'exact', '25 مليون متر مكعب')

D('السبت', '2024-08-24', 'weekday')
D('أمس', '2024-08-25', 'relative', 0)
D('الأحد', '2024-08-25', 'weekday')
D('أمس', '2024-08-25', 'relative', 1)
D('اليوم', '2024-08-26', 'relative')
D('الاثنين', '2024-08-26', 'weekday')
D('منذ أسابيع', None, 'vague')
D('عام 2003', None, 'vague')

A(SRC, 'بحسب', False, 'لقي 30 شخصاً على الأقل مصرعهم وفُقد المئات، إثر انهيار سد أربعات الواقع على بعد نحو 40 '
  'كيلومتراً شمال مدينة بورتسودان بولاية البحر الأحمر، مساء السبت، بعد أمطار غزيرة استمرت ثلاثة أيام متتالية')
A(NOUR, 'قال', False, 'السيول "جرفت 20 قرية بالكامل وألحقت أضراراً جزئية بنحو 50 قرية أخرى"')
A(NOUR, 'مشيراً', False, 'فرق الدفاع المدني انتشلت 18 جثة حتى مساء أمس')
A(OSMAN, 'أوضح', False, 'قواته تواجه صعوبات كبيرة في الوصول إلى المناطق المتضررة بسبب انقطاع الطرق وانجراف جسرين على '
  'الطريق القومي')
A(OSMAN, 'مضيفاً', True, 'الآليات لا تستطيع التحرك في الوحل، ونحن نعتمد على القوارب وطائرة مروحية واحدة')
A(OHAJ, 'قائلاً', True, 'الموية جات بالليل زي الجبل، ما لحقنا نشيل أي حاجة، أخوي وعيالو التلاتة لسه ما لقيناهم')
A(OHAJ, 'أضاف', False, 'أسرته قضت يومين على قمة جبل قريب بلا طعام ولا ماء قبل أن تصل إليهم فرق الإنقاذ')
A(OCHA, 'وفق', False, 'نحو 50 ألف شخص تضرروا من الكارثة، ونزح أكثر من خمسة آلاف منهم إلى بورتسودان والمرتفعات المجاورة')
A(MOH, 'أعلنت', False, 'إرسال 12 طناً من الأدوية والمحاليل الوريدية تحسباً لتفشي الكوليرا')
A(RC, 'اتهمت', False, 'السلطات بـ"الإهمال"')
A(RC, 'مؤكدة', False, 'المواطنين حذروا منذ أسابيع من تشققات في جسم السد دون أن تتحرك الجهات المختصة')

ENT('سد أربعات', 'LOC', DAM)
ENT('بورتسودان', 'LOC', 'Port Sudan')
ENT('البحر الأحمر', 'LOC', 'Red Sea State')
ENT('السوداني', 'ORG', 'Al-Sudani')
ENT('مصطفى محمد نور', 'PER', 'Mustafa Mohamed Nour')
ENT('الدفاع المدني', 'ORG', 'Sudanese Civil Defence')
ENT('خور أربعات', 'LOC', 'Khor Arbaat')
ENT('عثمان إدريس حامد', 'PER', 'Osman Idris Hamid')
ENT('محمد طاهر أوهاج', 'PER', 'Mohamed Tahir Ohaj')
ENT('أربعات', 'LOC', 'Arbaat')
ENT('مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية', 'ORG', OCHA)
ENT('أوتشا', 'ORG', OCHA)
ENT('هيئة مياه ولاية البحر الأحمر', 'ORG', 'Red Sea State Water Corporation')
ENT('مجلس السيادة', 'ORG', 'Transitional Sovereignty Council')
ENT('إبراهيم جابر', 'PER', 'Ibrahim Jaber')
ENT('وزارة الصحة الاتحادية', 'ORG', MOH)
ENT('لجان المقاومة', 'ORG', RC)

F('the missing', 'المفقودين')
F('the dam collapse (disaster)', 'الكارثة')
F('the authorities (resistance committees: negligence)', 'الإهمال')
F('the affected areas', 'المناطق المتضررة')
F('Port Sudan water shortage', 'أزمة عطش')
finish_article('h01')

# ---------------------------------------------------------------------------------------------- h02
FN = 'f02_iraq_dust_storm.txt'
article('h02', FN, outlet('السومرية نيوز', 'Alsumaria', 'alsumaria.tv'), '2022-05-16',
        basis('2022-05-16', FN, 'Monday. Consistent with the text: "اليوم الاثنين" = 2022-05-16, the storm began '
              '"منذ مساء أمس" = 2022-05-15, the Hijri bulletin date "15 شوال 1443" = 2022-05-16 (Umm al-Qura: 1 Shawwal '
              '1443 = 2022-05-02), "مساء غد الثلاثاء" = 2022-05-17, "الخامس من أيار الجاري" = 2022-05-05.'),
        _GOLD.first_line(FN))
MOHI = 'Iraqi Ministry of Health'
BADR = 'Saif al-Badr (Iraqi health ministry spokesman)'
MEDS = 'medical source (Anbar)'
ICAA = 'Iraqi Civil Aviation Authority'
MET = 'Iraqi Meteorological Organization and Seismology'
ABUH = 'Abu Haidar (taxi driver, Dora)'
FALAHI = 'Jassim al-Falahi (Iraqi deputy environment minister)'
KADH = 'Mustafa Al-Kadhimi'
E('killing/casualties', None, 'Iraq', None, None, None, 'asserted', 'أكثر من 4 آلاف حالة اختناق في العراق')
E('other', None, 'Iraq', None, None, None, 'asserted', 'تعطيل الدوام الرسمي', 0)
E('other', None, 'Baghdad and Najaf airports', None, None, None, 'asserted', 'توقف الرحلات في مطاري بغداد والنجف')
E('killing/casualties', None, 'Iraq', '2022-05-16',
  'اليوم الاثنين (day of the announcement, kept as the date of the count)', MOHI, 'reported',
  'تسجيل أكثر من 4 آلاف حالة اختناق في عموم المحافظات')
E('other', None, 'Iraq', '2022-05-15', 'منذ مساء أمس', None, 'asserted', 'العاصفة الترابية التي ضربت البلاد منذ مساء أمس')
E('killing/casualties', None, 'Iraq (1200 in Baghdad)', None, 'حتى الساعة الثانية ظهراً (clock time only)', BADR,
  'reported', 'المستشفيات استقبلت 4120 حالة اختناق حتى الساعة الثانية ظهراً، بينها قرابة 1200 حالة في بغداد وحدها')
E('other', None, 'Iraq', None, None, BADR, 'reported', 'أغلبهم غادروا المستشفيات بعد تلقي العلاج')
E('killing/casualties', None, 'Ramadi Teaching Hospital, Anbar', None, None, MEDS, 'reported',
  'وفاة رجل في الستين من عمره يعاني من مرض رئوي مزمن')
E('killing/casualties', None, 'Saladin Governorate', None, 'خلال الساعات الماضية (vague)', None, 'asserted',
  'سجلت محافظة صلاح الدين 350 حالة اختناق خلال الساعات الماضية')
E('other', KADH, 'Iraq', '2022-05-16', 'اليوم', None, 'asserted',
  'قرر رئيس مجلس الوزراء مصطفى الكاظمي تعطيل الدوام الرسمي في الدوائر الحكومية اليوم')
E('other', ICAA, 'Baghdad International Airport and Al Najaf International Airport', None, 'لساعات (vague)',
  ICAA, 'reported', 'تعليق الرحلات في مطاري بغداد الدولي والنجف الدولي لساعات')
E('other', ICAA, 'Basra International Airport', None, None, ICAA, 'reported',
  'تحويل رحلتين قادمتين من إسطنبول إلى مطار البصرة الدولي')
E('other', None, 'Iraq', '2022-05-17', 'مساء غد الثلاثاء', MET, 'predicted', 'تنحسر العاصفة تدريجياً مساء غد الثلاثاء')
E('other', None, 'western and central Iraq', None, None, MET, 'reported',
  'انخفض مدى الرؤية إلى نحو 300 متر في المناطق الغربية والوسطى')
E('other', None, 'Dora, Baghdad', None, 'من الصبح (vague)', ABUH, 'reported', 'التراب دخل للبيوت والسيارات')
E('other', ABUH, 'Dora, Baghdad', None, None, ABUH, 'reported', 'أمي أخذناها للمستشفى')
E('statement', FALAHI, 'Iraq', None, None, None, 'asserted',
  'حذر وكيل وزارة البيئة جاسم الفلاحي من أن العراق "يدفع ثمن التصحر والجفاف وقلة الأمطار"')
E('other', None, 'Iraq', None, 'خلال العقدين الماضيين (vague)', FALAHI, 'reported',
  'عدد الأيام المغبرة ارتفع من 243 يوماً إلى 272 يوماً في السنة خلال العقدين الماضيين')
E('statement', FALAHI, 'Iraq', None, None, None, 'asserted',
  'دعا الفلاحي الحكومة إلى إنشاء أحزمة خضراء حول المدن وإطلاق حصة مائية عادلة من دول المنبع')
E('other', None, 'Iraq', '2022-05-05', 'في الخامس من أيار الجاري', None, 'asserted',
  'عاصفة مماثلة ضربت العراق في الخامس من أيار الجاري')
E('killing/casualties', None, 'Iraq', '2022-05-05', 'في الخامس من أيار الجاري (same sentence)', None, 'asserted',
  'أسفرت عن وفاة شخص واحد وإصابة نحو 5 آلاف آخرين بحالات اختناق')

N('4000', 'people', 'suffocation cases (headline)', 'more than', 'أكثر من 4 آلاف حالة اختناق', 0)
N('4000', 'people', 'suffocation cases (health ministry)', 'more than', 'أكثر من 4 آلاف حالة اختناق', 1)
N('4120', 'people', 'suffocation cases received by hospitals by 2 pm', 'exact', '4120 حالة اختناق')
N('1200', 'people', 'suffocation cases in Baghdad', 'approx', 'قرابة 1200 حالة')
N('1', 'people', 'man who died in Anbar', 'exact', 'رجل')
N('60', 'years', 'age of the man who died', 'exact', 'الستين من عمره')
N('350', 'people', 'suffocation cases in Saladin', 'exact', '350 حالة اختناق')
N('2', 'flights', 'flights from Istanbul diverted to Basra', 'exact', 'رحلتين')
N('300', 'metres', 'visibility in the west and centre', 'approx', 'نحو 300 متر')
N('1', 'people', "witness's mother taken to hospital", 'exact', 'أمي')
N('243', 'days', 'dusty days per year (before)', 'exact', '243 يوماً')
N('272', 'days', 'dusty days per year (now)', 'exact', '272 يوماً')
N('2', 'decades', 'period of the rise in dusty days', 'exact', 'العقدين')
N('39', 'percent', "share of Iraq's area affected by desertification", 'approx', 'نحو 39%')
N('1', 'people', 'dead in the storm of 5 May', 'exact', 'شخص واحد')
N('5000', 'people', 'suffocation cases in the storm of 5 May', 'approx', 'نحو 5 آلاف آخرين')

D('اليوم', '2022-05-16', 'relative', 0)
D('الاثنين', '2022-05-16', 'weekday')
D('أمس', '2022-05-15', 'relative')
D('منتصف نيسان الماضي', '2022-04', 'absolute')
D('خلال الساعات الماضية', None, 'vague')
D('اليوم', '2022-05-16', 'relative', 1)
D('لساعات', None, 'vague', ctx='الدولي لساعات')
D('15 شوال 1443', '2022-05-16', 'absolute')
D('غد', '2022-05-17', 'relative', ctx='مساء غد الثلاثاء')
D('الثلاثاء', '2022-05-17', 'relative')
D('من الصبح', None, 'vague')
D('خلال العقدين الماضيين', None, 'vague')
D('الخامس من أيار الجاري', '2022-05-05', 'absolute')

A(MOHI, 'أعلنت', False, 'تسجيل أكثر من 4 آلاف حالة اختناق في عموم المحافظات جراء العاصفة الترابية التي ضربت البلاد منذ '
  'مساء أمس')
A(BADR, 'قال', True, 'المستشفيات استقبلت 4120 حالة اختناق حتى الساعة الثانية ظهراً، بينها قرابة 1200 حالة في بغداد وحدها')
A(BADR, 'مبيناً', False, 'معظم المصابين من كبار السن والأطفال ومرضى الربو، وأن أغلبهم غادروا المستشفيات بعد تلقي العلاج')
A(MEDS, 'أفاد', False, 'وفاة رجل في الستين من عمره يعاني من مرض رئوي مزمن بعد وصوله إلى مستشفى الرمادي التعليمي في حالة حرجة')
A(ICAA, 'أعلنت', False, 'تعليق الرحلات في مطاري بغداد الدولي والنجف الدولي لساعات بسبب انعدام الرؤية، وتحويل رحلتين قادمتين '
  'من إسطنبول إلى مطار البصرة الدولي')
A(MET, 'توقعت', False, 'تنحسر العاصفة تدريجياً مساء غد الثلاثاء، بعد أن انخفض مدى الرؤية إلى نحو 300 متر في المناطق '
  'الغربية والوسطى')
A(ABUH, 'يقول', True, 'من الصبح ما نشوف شي، التراب دخل للبيوت والسيارات، وأمي أخذناها للمستشفى لأن ما كدرت تتنفس')
A(FALAHI, 'حذر', False, 'العراق "يدفع ثمن التصحر والجفاف وقلة الأمطار"')
A(FALAHI, 'مشيراً', False, 'عدد الأيام المغبرة ارتفع من 243 يوماً إلى 272 يوماً في السنة خلال العقدين الماضيين، وأن نحو '
  '39% من مساحة البلاد باتت متأثرة بالتصحر')
A(FALAHI, 'دعا', False, 'الحكومة إلى إنشاء أحزمة خضراء حول المدن وإطلاق حصة مائية عادلة من دول المنبع')

ENT('بغداد', 'LOC', 'Baghdad')
ENT('النجف', 'LOC', 'Najaf')
ENT('العراق', 'LOC', 'Iraq')
ENT('وزارة الصحة العراقية', 'ORG', MOHI)
ENT('سيف البدر', 'PER', 'Saif al-Badr')
ENT('الوزارة', 'ORG', MOHI)
ENT('للسومرية نيوز', 'ORG', 'Alsumaria')
ENT('الأنبار', 'LOC', 'Al Anbar Governorate')
ENT('مستشفى الرمادي التعليمي', 'LOC', 'Ramadi Teaching Hospital')
ENT('صلاح الدين', 'LOC', 'Saladin Governorate')
ENT('مجلس الوزراء', 'ORG', 'Council of Ministers of Iraq')
ENT('مصطفى الكاظمي', 'PER', KADH)
ENT('سلطة الطيران المدني', 'ORG', ICAA)
ENT('بغداد الدولي', 'LOC', 'Baghdad International Airport')
ENT('النجف الدولي', 'LOC', 'Al Najaf International Airport')
ENT('إسطنبول', 'LOC', 'Istanbul')
ENT('مطار البصرة الدولي', 'LOC', 'Basra International Airport')
ENT('الهيئة العامة للأنواء الجوية والرصد الزلزالي', 'ORG', MET)
ENT('أبو حيدر', 'PER', 'Abu Haidar')
ENT('الدورة', 'LOC', 'Dora (Baghdad)')
ENT('وزارة البيئة', 'ORG', 'Iraqi Ministry of Environment')
ENT('جاسم الفلاحي', 'PER', 'Jassim al-Falahi')
ENT('الفلاحي', 'PER', 'Jassim al-Falahi')

F('the dust storm', 'العاصفة الترابية')
F('suffocation cases', 'حالة اختناق')
F('desertification', 'التصحر')
F('zero visibility', 'انعدام الرؤية')
F('upstream countries (Turkey, Iran)', 'دول المنبع')
finish_article('h02')

# ---------------------------------------------------------------------------------------------- h03
FN = 'f03_algeria_presidential.txt'
article('h03', FN, outlet('الشروق', 'Echorouk', 'echoroukonline.com'), '2024-09-09',
        basis('2024-09-09', FN, 'Monday. Consistent with the text: the vote "يوم السبت" = "7 سبتمبر" = 2024-09-07, '
              'the announcement "مساء أمس الأحد" = 2024-09-08, the campaign start "15 أوت الماضي" = 2024-08-15 '
              '(Maghrebi month name).'),
        _GOLD.first_line(FN))
ALG = 'Algeria'
TEB = 'Abdelmadjid Tebboune'
ANIE = 'Independent National Electoral Authority (Algeria)'
CHARFI = 'Mohamed Charfi (ANIE president)'
HASS = 'Abdelaali Hassani Cherif'
CAMPS = 'campaign directorates of the three candidates'
BELK = 'Rachid Belkacemi (Tebboune campaign director) (via Algeria Press Service)'
RIYAD = 'Riyad (greengrocer, Bab El Oued)'
CC = 'Constitutional Court (Algeria)'
E('other', TEB, ALG, None, None, None, 'asserted', 'تبون يفوز بعهدة ثانية بـ94.65 بالمائة')
E('accusation', CAMPS, ALG, None, None, None, 'asserted', 'مديريات الحملات تندد بـ"تضارب الأرقام"')
E('other', TEB, ALG, '2024-09-08', 'مساء أمس الأحد (day of the announcement, kept as the date of the result)',
  CHARFI, 'reported', 'فوز المترشح الحر عبد المجيد تبون بعهدة رئاسية ثانية')
E('other', None, ALG, '2024-09-07', 'يوم السبت', None, 'asserted', 'الانتخابات الرئاسية المسبقة التي جرت يوم السبت')
E('other', HASS, ALG, None, None, None, 'asserted',
  'حل مرشح حركة مجتمع السلم عبد العالي حساني شريف في المرتبة الثانية بـ178 ألفا و797 صوتا')
E('other', 'Youcef Aouchiche', ALG, None, None, None, 'asserted',
  'جاء السكرتير الأول لجبهة القوى الاشتراكية يوسف أوشيش ثالثا بـ122 ألفا و146 صوتا')
E('statement', CHARFI, 'Abdelatif Rahal International Conference Centre, Algiers', None, None, None, 'asserted',
  'أوضح شرفي، في ندوة صحفية بالمركز الدولي للمؤتمرات عبد اللطيف رحال بالعاصمة، أن "نسبة المشاركة المتوسطة" بلغت 48.03 '
  'بالمائة')
E('accusation', CAMPS, ALG, None, 'بعد ساعات من الإعلان (event-anchored)', None, 'asserted',
  'أصدرت مديريات حملات المترشحين الثلاثة، بمن فيهم تبون، بيانا مشتركا نددت فيه بـ"ضبابية وتناقض وتضارب الأرقام" المعلنة')
E('other', 'Movement of Society for Peace', CC, None, 'في الآجال القانونية (no date)', HASS, 'planned',
  'حركته "ستودع طعنا لدى المحكمة الدستورية في الآجال القانونية"')
E('accusation', HASS, ALG, None, None, None, 'asserted', 'مضيفا: "لن نسكت على تزوير إرادة الناخبين"')
E('statement', BELK, ALG, None, None, None, 'asserted',
  'نقلت وكالة الأنباء الجزائرية عن مدير حملة المترشح تبون، رشيد بلقاسمي، قوله إن الحملة "تحترم المؤسسات" لكنها تطالب '
  'بـ"توضيحات حول نسبة المشاركة"')
E('statement', RIYAD, 'Bab El Oued, Algiers', None, None, None, 'asserted',
  'قال رياض، وهو بائع خضر في الثلاثين من عمره، إن "الناس ما فاقوش بالانتخابات، كل واحد يجري على خبزتو"')
E('other', 'supporters of Abdelmadjid Tebboune', 'Oran and Constantine', '2024-09-08', 'مساء الأحد', None, 'asserted',
  'جاب أنصار الرئيس شوارع وهران وقسنطينة مساء الأحد في مواكب سيارات احتفالا بالفوز')
E('other', CC, ALG, None, 'في غضون عشرة أيام (vague)', None, 'planned',
  'تعلن المحكمة الدستورية النتائج النهائية في غضون عشرة أيام')
E('other', TEB, ALG, None, 'قبل نهاية الشهر الجاري — month only (September 2024)', None, 'planned',
  'يؤدي الرئيس المنتخب اليمين الدستورية قبل نهاية الشهر الجاري')
E('other', None, ALG, '2024-08-15', 'في 15 أوت الماضي', None, 'asserted',
  'كانت الحملة الانتخابية قد انطلقت في 15 أوت الماضي')
E('other', 'the three candidates', ALG, None, None, None, 'asserted', 'جاب خلالها المترشحون الثلاثة أكثر من 40 ولاية')
E('other', 'several opposition parties', ALG, None, None, None, 'asserted', 'قاطعت أحزاب معارضة عدة هذا الاستحقاق')

N('94.65', 'percent', "Tebboune's share of the votes (headline)", 'exact', '94.65 بالمائة', 0)
N('5329253', 'votes', 'votes for Tebboune', 'exact', '5 ملايين و329 ألفا و253 صوتا')
N('94.65', 'percent', "Tebboune's share of the votes", 'exact', '94.65 بالمائة', 1)
N('178797', 'votes', 'votes for Hassani Cherif', 'exact', '178 ألفا و797 صوتا')
N('3.17', 'percent', "Hassani Cherif's share of the votes", 'exact', '3.17 بالمائة')
N('122146', 'votes', 'votes for Aouchiche', 'exact', '122 ألفا و146 صوتا')
N('2.16', 'percent', "Aouchiche's share of the votes", 'exact', '2.16 بالمائة')
N('48.03', 'percent', 'turnout ("average turnout" per ANIE)', 'exact', '48.03 بالمائة')
N('39.88', 'percent', 'turnout in the December 2019 presidential election', 'exact', '39.88 بالمائة')
N('24000000', 'people', 'registered voters at home and abroad', 'more than', 'يفوق 24 مليونا')
N('30', 'years', 'age of Riyad', 'exact', 'الثلاثين من عمره')
N('10', 'days', 'deadline for the final results', 'exact', 'عشرة أيام')
N('21', 'days', 'length of the election campaign', 'exact', '21 يوما')
N('40', 'provinces', 'wilayas toured by the candidates', 'more than', 'أكثر من 40 ولاية')

D('7 سبتمبر', '2024-09-07', 'absolute')
D('أمس', '2024-09-08', 'relative')
D('الأحد', '2024-09-08', 'weekday', 0)
D('السبت', '2024-09-07', 'weekday')
D('ديسمبر 2019', '2019-12', 'absolute')
D('الأحد', '2024-09-08', 'weekday', 1)
D('في غضون عشرة أيام', None, 'vague')
D('نهاية الشهر الجاري', '2024-09', 'relative')
D('15 أوت الماضي', '2024-08-15', 'absolute')

A(CHARFI, 'أعلن', False, 'فوز المترشح الحر عبد المجيد تبون بعهدة رئاسية ثانية، بعد حصوله على 5 ملايين و329 ألفا و253 '
  'صوتا، أي ما نسبته 94.65 بالمائة من الأصوات المعبر عنها، في الانتخابات الرئاسية المسبقة التي جرت يوم السبت')
A(CHARFI, 'أوضح', False, '"نسبة المشاركة المتوسطة" بلغت 48.03 بالمائة، مقابل 39.88 بالمائة في رئاسيات ديسمبر 2019')
A(CHARFI, 'مشيرا', False, 'عدد الناخبين المسجلين يفوق 24 مليونا داخل الوطن وخارجه')
A(CAMPS, 'تندد', True, 'تضارب الأرقام', 0)
A(CAMPS, 'نددت', True, 'ضبابية وتناقض وتضارب الأرقام')
A(CAMPS, 'مؤكدة', False, 'ما ورد في محاضر الفرز التي تسلمها ممثلوها "لا يتطابق" مع ما قدمه رئيس السلطة')
A(HASS, 'قال', False, 'حركته "ستودع طعنا لدى المحكمة الدستورية في الآجال القانونية"')
A(HASS, 'مضيفا', True, 'لن نسكت على تزوير إرادة الناخبين')
A(BELK, 'نقلت', False, 'الحملة "تحترم المؤسسات" لكنها تطالب بـ"توضيحات حول نسبة المشاركة"')
A(RIYAD, 'قال', True, 'الناس ما فاقوش بالانتخابات، كل واحد يجري على خبزتو')

ENT('تبون', 'PER', TEB)
ENT('السلطة الوطنية المستقلة للانتخابات', 'ORG', ANIE)
ENT('محمد شرفي', 'PER', 'Mohamed Charfi')
ENT('عبد المجيد تبون', 'PER', TEB)
ENT('حركة مجتمع السلم', 'ORG', 'Movement of Society for Peace')
ENT('عبد العالي حساني شريف', 'PER', HASS)
ENT('جبهة القوى الاشتراكية', 'ORG', 'Socialist Forces Front')
ENT('يوسف أوشيش', 'PER', 'Youcef Aouchiche')
ENT('شرفي', 'PER', 'Mohamed Charfi')
ENT('السلطة', 'ORG', ANIE)
ENT('المركز الدولي للمؤتمرات عبد اللطيف رحال', 'LOC', 'Abdelatif Rahal International Conference Centre')
ENT('الشروق', 'ORG', 'Echorouk')
ENT('المحكمة الدستورية', 'ORG', CC)
ENT('وكالة الأنباء الجزائرية', 'ORG', 'Algeria Press Service')
ENT('رشيد بلقاسمي', 'PER', 'Rachid Belkacemi')
ENT('باب الوادي', 'LOC', 'Bab El Oued')
ENT('رياض', 'PER', 'Riyad')
ENT('وهران', 'LOC', 'Oran')
ENT('قسنطينة', 'LOC', 'Constantine')

F('the announced figures (campaigns: contradictory)', 'تضارب الأرقام')
F('Tebboune (independent candidate)', 'المترشح الحر')
F('the turnout (ANIE wording)', 'نسبة المشاركة المتوسطة')
F('the election (Hassani: forgery of the voters\' will)', 'تزوير إرادة الناخبين')
F('the election (as a national appointment)', 'الاستحقاق')
finish_article('h03')

# ---------------------------------------------------------------------------------------------- h04
FN = 'f04_basra_power_protests.txt'
article('h04', FN, outlet('العربي الجديد', 'Al-Araby Al-Jadeed', 'alaraby.co.uk'), '2023-07-20',
        basis('2023-07-20', FN, 'Thursday. Consistent with the text: the clashes "ليل الأربعاء" = 2023-07-19, the '
              'governor\'s announcement "الخميس" = 2023-07-20, "الأسبوع الماضي" = 2023-W28.'),
        _GOLD.first_line(FN))
BAS = 'Basra'
ZH = 'Zubair and Hayyaniyah, Basra'
HAY = 'Hayyaniyah, Basra'
SEC = 'security source (Basra Police Command)'
BCD = 'Basra Civil Defence Directorate'
ALIK = 'Ali Kadhim (protester, Hayyaniyah)'
MOUSSA = 'Ahmed Moussa (Iraqi electricity ministry spokesman)'
EIDANI = 'Asaad Al Eidani (Basra governor)'
SUD = "Mohammed Shia' al-Sudani (via Iraqi News Agency)"
ACT = 'activists in Basra'
WED = 'ليل الأربعاء (same sentence)'
E('other', None, BAS, None, None, None, 'asserted', 'احتجاجات الكهرباء تتجدد في البصرة')
E('killing/casualties', None, BAS, None, None, None, 'asserted', '14 مصاباً في مواجهات مع قوات الأمن')
E('killing/casualties', None, ZH, '2023-07-19', WED, None, 'asserted', 'أصيب 14 شخصاً، بينهم ثمانية من عناصر الأمن')
E('other', 'riot police and protesters', ZH, '2023-07-19', 'ليل الأربعاء', None, 'asserted',
  'مواجهات اندلعت ليل الأربعاء بين قوات مكافحة الشغب ومحتجين غاضبين من الانقطاع المتواصل للتيار الكهربائي في قضاء الزبير '
  'وحي الحيانية')
E('other', None, BAS, None, None, None, 'asserted', 'تجاوزت فيه درجات الحرارة 49 درجة مئوية')
E('other', 'protesters', 'Basra–Zubair road', None, None, SEC, 'reported',
  'المحتجين "أغلقوا طريق البصرة - الزبير بالإطارات المحترقة ورشقوا القوات بالحجارة"')
E('other', 'Iraqi security forces', BAS, None, None, SEC, 'reported', 'القوات اعتقلت 11 شخصاً')
E('other', 'Iraqi security forces', BAS, None, None, SEC, 'reported', 'أطلقت الغاز المسيل للدموع لتفريق التجمعات')
E('explosion', None, HAY, None, None, BCD, 'reported', 'انفجرت محولة كهربائية بسبب الأحمال الزائدة')
E('other', None, HAY, None, None, BCD, 'reported', 'احتراق ثلاثة منازل متلاصقة من دون تسجيل إصابات')
E('other', None, HAY, None, None, ALIK, 'reported', 'الكهرباء تجي ساعتين وتنطفي أربع')
E('other', None, 'Iraq', None, None, MOUSSA, 'reported', 'انخفاض إمدادات الغاز الإيراني "بأكثر من 50%"')
E('other', None, 'Iraq', '2023-W28', 'خلال الأسبوع الماضي', MOUSSA, 'reported',
  'المنظومة خسرت نحو 5 آلاف ميغاواط خلال الأسبوع الماضي')
E('other', 'Iraqi Ministry of Electricity', 'Iraq', None, None, MOUSSA, 'reported',
  'فرق الوزارة تعمل على مدار الساعة لإعادة التوازن إلى الشبكة')
E('other', EIDANI, BAS, '2023-07-20', 'الخميس (day of the announcement)', EIDANI, 'reported',
  'تقليص الدوام الرسمي في الدوائر الحكومية إلى أربع ساعات يومياً حتى نهاية آب المقبل')
E('statement', EIDANI, BAS, None, None, None, 'asserted',
  'دعا المحتجين إلى "عدم الانجرار وراء المندسين الذين يريدون حرف التظاهرات عن سلميتها"')
E('other', 'Government of Iraq', 'Iraq', None, None, SUD, 'reported', 'الحكومة "سددت ديون الغاز الإيراني بالكامل"')
E('other', 'Government of Iraq', 'Iraq', None, 'قبل صيف العام المقبل (vague)', SUD, 'reported',
  'تعمل على ربط الشبكة الوطنية بدول الخليج قبل صيف العام المقبل')
E('accusation', ACT, BAS, None, None, None, 'asserted',
  'ناشطين في البصرة اتهموا الحكومات المتعاقبة بهدر أكثر من 80 مليار دولار على قطاع الكهرباء منذ عام 2003 "من دون أي نتيجة"')
E('other', None, BAS, None, 'في تموز 2018 — month only', None, 'asserted',
  'البصرة شهدت في تموز 2018 احتجاجات واسعة على تردي الخدمات وتلوث مياه الشرب')
E('killing/casualties', None, BAS, None, 'في تموز 2018 — month only', None, 'asserted', 'قُتل خلالها أكثر من 12 متظاهراً')
E('other', None, BAS, None, 'في تموز 2018 — month only', None, 'asserted', 'أُحرقت مقار حكومية وحزبية')

N('14', 'people', 'injured (headline)', 'exact', '14 مصاباً')
N('50', 'degrees Celsius', 'temperature (headline)', 'approx', '50 درجة')
N('14', 'people', 'injured', 'exact', '14 شخصاً')
N('8', 'people', 'security personnel among the injured', 'exact', 'ثمانية من عناصر الأمن')
N('49', 'degrees Celsius', 'temperature', 'more than', '49 درجة مئوية')
N('11', 'people', 'people arrested', 'exact', '11 شخصاً')
N('3', 'houses', 'houses burnt after the transformer explosion', 'exact', 'ثلاثة منازل')
N('28', 'years', 'age of Ali Kadhim', 'exact', '28 عاماً')
N('2', 'hours', 'hours of power supply (witness)', 'exact', 'ساعتين')
N('4', 'hours', 'hours of power cut (witness)', 'exact', 'أربع', ctx='وتنطفي أربع')
N('50', 'percent', 'drop in Iranian gas supplies', 'more than', 'أكثر من 50%')
N('5000', 'megawatts', 'generation capacity lost last week', 'approx', 'نحو 5 آلاف ميغاواط')
N('4', 'hours', 'reduced daily working hours of government offices', 'exact', 'أربع ساعات')
N('80000000000', 'US dollars', 'money the activists say was wasted on the electricity sector', 'more than',
  'أكثر من 80 مليار دولار')
N('12', 'people', 'protesters killed in July 2018', 'more than', 'أكثر من 12 متظاهراً')

D('الأربعاء', '2023-07-19', 'weekday')
D('الأسبوع الماضي', '2023-W28', 'relative')
D('الخميس', '2023-07-20', 'weekday')
D('نهاية آب المقبل', '2023-08', 'absolute')
D('صيف العام المقبل', None, 'vague')
D('منذ عام 2003', None, 'vague')
D('تموز 2018', '2018-07', 'absolute')

A(SEC, 'قال', False, 'المحتجين "أغلقوا طريق البصرة - الزبير بالإطارات المحترقة ورشقوا القوات بالحجارة"')
A(SEC, 'مبيناً', False, 'القوات اعتقلت 11 شخصاً وأطلقت الغاز المسيل للدموع لتفريق التجمعات')
A(BCD, 'بحسب', False, 'انفجرت محولة كهربائية بسبب الأحمال الزائدة، ما أدى إلى احتراق ثلاثة منازل متلاصقة من دون تسجيل '
  'إصابات')
A(ALIK, 'يقول', True, 'الكهرباء تجي ساعتين وتنطفي أربع، أطفالنا ما يناموا من الحر، وإحنا قاعدين على نفط بلد كامل')
A(MOUSSA, 'عزا', False, 'تراجع ساعات التجهيز إلى انخفاض إمدادات الغاز الإيراني "بأكثر من 50%"')
A(MOUSSA, 'موضحاً', False, 'المنظومة خسرت نحو 5 آلاف ميغاواط خلال الأسبوع الماضي، وأن فرق الوزارة تعمل على مدار الساعة '
  'لإعادة التوازن إلى الشبكة')
A(EIDANI, 'أعلن', False, 'تقليص الدوام الرسمي في الدوائر الحكومية إلى أربع ساعات يومياً حتى نهاية آب المقبل')
A(EIDANI, 'دعا', False, 'المحتجين إلى "عدم الانجرار وراء المندسين الذين يريدون حرف التظاهرات عن سلميتها"')
A(SUD, 'نقلت', False, 'الحكومة "سددت ديون الغاز الإيراني بالكامل"، وإنها تعمل على ربط الشبكة الوطنية بدول الخليج قبل صيف '
  'العام المقبل')
A(ACT, 'اتهموا', False, 'الحكومات المتعاقبة بهدر أكثر من 80 مليار دولار على قطاع الكهرباء منذ عام 2003 "من دون أي نتيجة"')

ENT('البصرة', 'LOC', BAS)
ENT('قوات الأمن', 'ORG', 'Iraqi security forces')
ENT('قوات مكافحة الشغب', 'ORG', 'Iraqi riot police')
ENT('الزبير', 'LOC', 'Zubair')
ENT('الحيانية', 'LOC', 'Hayyaniyah (Basra)')
ENT('العراق', 'LOC', 'Iraq')
ENT('قيادة شرطة البصرة', 'ORG', 'Basra Police Command')
ENT('العربي الجديد', 'ORG', 'Al-Araby Al-Jadeed')
ENT('طريق البصرة - الزبير', 'LOC', 'Basra–Zubair road')
ENT('القوات', 'ORG', 'Iraqi security forces')
ENT('مديرية الدفاع المدني', 'ORG', BCD)
ENT('علي كاظم', 'PER', 'Ali Kadhim')
ENT('وزارة الكهرباء', 'ORG', 'Iraqi Ministry of Electricity')
ENT('أحمد موسى', 'PER', 'Ahmed Moussa')
ENT('الوزارة', 'ORG', 'Iraqi Ministry of Electricity')
ENT('أسعد العيداني', 'PER', 'Asaad Al Eidani')
ENT('وكالة الأنباء العراقية', 'ORG', 'Iraqi News Agency')
ENT('واع', 'ORG', 'Iraqi News Agency')
ENT('محمد شياع السوداني', 'PER', "Mohammed Shia' al-Sudani")
ENT('دول الخليج', 'LOC', 'Gulf states')

F('the power cuts', 'الانقطاع المتواصل')
F('the protesters (angry)', 'محتجين غاضبين')
F('infiltrators among the protesters (governor)', 'المندسين')
F('successive governments (activists)', 'الحكومات المتعاقبة')
F('the deterioration of services', 'تردي الخدمات')
finish_article('h04')

# ---------------------------------------------------------------------------------------------- h05
FN = 'f05_jordan_elections.txt'
article('h05', FN, outlet('رؤيا', 'Roya News', 'royanews.tv'), '2024-09-11',
        basis('2024-09-11', FN, 'Wednesday. Consistent with the text: the press conference "ظهر اليوم الأربعاء" = '
              '2024-09-11, polling "صباح أمس الثلاثاء" = 2024-09-10; Levantine month name (تشرين الثاني 2020).'),
        _GOLD.first_line(FN))
JOR = 'Jordan'
IEC = 'Independent Election Commission (Jordan)'
MAAY = 'Musa Maaytah (IEC chairman)'
IAF = 'Islamic Action Front'
SAQQA = 'Wael al-Saqqa (IAF secretary-general)'
KHAL = 'Samer al-Khalayleh (losing candidate, Zarqa second district)'
PSD = 'Public Security Directorate (Jordan)'
MEDK = 'medical source (Karak)'
UMMK = 'Umm Khaled (voter, Jabal al-Nasr)'
TUE = 'صباح أمس الثلاثاء (same sentence)'
E('statement', IEC, JOR, None, None, None, 'asserted', 'الهيئة المستقلة: 32.25% نسبة الاقتراع في الانتخابات النيابية')
E('other', IAF, JOR, None, None, None, 'asserted', '"العمل الإسلامي" يتصدر القوائم الحزبية')
E('statement', MAAY, JOR, None, None, None, 'asserted',
  'أعلن رئيس مجلس مفوضي الهيئة المستقلة للانتخاب، موسى المعايطة، أن نسبة الاقتراع في انتخابات مجلس النواب العشرين بلغت '
  '32.25%')
E('other', 'voters', JOR, None, None, MAAY, 'reported', 'أدلى مليون و638 ألف ناخب بأصواتهم')
E('other', IAF, JOR, None, 'ظهر اليوم الأربعاء dates the press conference, not the result', MAAY, 'reported',
  'حصول حزب جبهة العمل الإسلامي على نحو 450 ألف صوت في الدائرة العامة')
E('other', IAF, JOR, None, None, MAAY, 'reported',
  'يمنحه 17 مقعداً من أصل 41 مقعداً مخصصة للقوائم الحزبية، إضافة إلى 14 مقعداً في الدوائر المحلية')
E('other', None, JOR, '2024-09-10', 'صباح أمس الثلاثاء', None, 'asserted',
  'صناديق الاقتراع قد فُتحت في السابعة من صباح أمس الثلاثاء في 1649 مركزاً انتخابياً في مختلف المحافظات')
E('other', None, JOR, '2024-09-10', TUE, None, 'asserted', 'أُغلقت عند السابعة مساءً')
E('other', None, JOR, '2024-09-10', TUE, None, 'asserted', 'تبدأ عمليات الفرز')
E('statement', SAQQA, None, None, None, None, 'asserted',
  'قال الأمين العام للحزب وائل السقا، في تصريح لـ"رؤيا"، إن النتيجة "رسالة ثقة من الأردنيين بالمشروع الإصلاحي"')
E('statement', SAQQA, None, None, None, None, 'asserted',
  'مؤكداً أن الحزب "سيتعامل بمسؤولية" مع موقعه الجديد تحت القبة')
E('accusation', KHAL, 'Zarqa', None, None, None, 'asserted',
  'اتهم مرشح خاسر عن الدائرة الثانية في الزرقاء، هو سامر الخلايلة، منافسين له بـ"شراء الأصوات علناً أمام مراكز الاقتراع"')
E('other', PSD, 'Irbid, Zarqa and Mafraq governorates', None, 'خلال يوم الاقتراع (event-anchored)', PSD, 'reported',
  'ضبط 9 أشخاص في محافظات إربد والزرقاء والمفرق بشبهة استخدام "المال الأسود"')
E('killing/casualties', None, 'Karak', '2024-09-10', 'مساء أمس', MEDK, 'reported',
  'أصيب شاب في العشرين من عمره بعيار ناري طائش خلال احتفالات أنصار أحد الفائزين مساء أمس')
E('other', None, 'Karak Government Hospital', None, None, MEDK, 'reported', 'نُقل إلى مستشفى الكرك الحكومي')
E('other', UMMK, 'Jabal al-Nasr, Amman', None, None, UMMK, 'reported', 'إحنا رحنا انتخبنا')
E('other', None, JOR, None, 'خلال الأيام المقبلة (vague)', None, 'planned',
  'تُنشر النتائج النهائية في الجريدة الرسمية خلال الأيام المقبلة')

N('32.25', 'percent', 'turnout (headline)', 'exact', '32.25%', 0)
N('32.25', 'percent', 'turnout', 'exact', '32.25%', 1)
N('1638000', 'people', 'voters who cast ballots', 'exact', 'مليون و638 ألف ناخب')
N('5100000', 'people', 'eligible voters', 'approx', 'نحو 5.1 مليون')
N('450000', 'votes', 'IAF votes in the national constituency', 'approx', 'نحو 450 ألف صوت')
N('17', 'seats', 'IAF seats from the party lists', 'exact', '17 مقعداً')
N('41', 'seats', 'seats reserved for party lists', 'exact', '41 مقعداً', 0)
N('14', 'seats', 'IAF seats in the local constituencies', 'exact', '14 مقعداً')
N('1649', 'polling stations', 'polling stations', 'exact', '1649 مركزاً')
N('9', 'people', 'people held on suspicion of vote-buying', 'exact', '9 أشخاص')
N('1', 'people', 'young man hit by celebratory gunfire in Karak', 'exact', 'شاب')
N('20', 'years', 'age of the injured young man', 'exact', 'العشرين من عمره')
N('41', 'seats', 'seats reserved for parties by the 2022 law', 'exact', '41 مقعداً', 1)
N('138', 'seats', 'seats in the House of Representatives', 'exact', '138')
N('29.9', 'percent', 'turnout in the November 2020 election', 'approx', 'نحو 29.9%')

D('اليوم', '2024-09-11', 'relative')
D('الأربعاء', '2024-09-11', 'weekday')
D('أمس', '2024-09-10', 'relative', 0)
D('الثلاثاء', '2024-09-10', 'weekday')
D('أمس', '2024-09-10', 'relative', 1)
D('عام 2022', None, 'vague')
D('تشرين الثاني 2020', '2020-11', 'absolute')
D('خلال الأيام المقبلة', None, 'vague')

A(IEC, None, False, '32.25% نسبة الاقتراع في الانتخابات النيابية')
A(MAAY, 'أعلن', False, 'نسبة الاقتراع في انتخابات مجلس النواب العشرين بلغت 32.25%، بعد أن أدلى مليون و638 ألف ناخب '
  'بأصواتهم من أصل نحو 5.1 مليون يحق لهم الاقتراع')
A(MAAY, 'أوضح', False, 'النتائج الأولية أظهرت حصول حزب جبهة العمل الإسلامي على نحو 450 ألف صوت في الدائرة العامة، ما '
  'يمنحه 17 مقعداً من أصل 41 مقعداً مخصصة للقوائم الحزبية، إضافة إلى 14 مقعداً في الدوائر المحلية')
A(SAQQA, 'قال', False, 'النتيجة "رسالة ثقة من الأردنيين بالمشروع الإصلاحي"')
A(SAQQA, 'مؤكداً', False, 'الحزب "سيتعامل بمسؤولية" مع موقعه الجديد تحت القبة')
A(KHAL, 'اتهم', False, 'منافسين له بـ"شراء الأصوات علناً أمام مراكز الاقتراع"')
A(PSD, 'أعلنت', False, 'ضبط 9 أشخاص في محافظات إربد والزرقاء والمفرق بشبهة استخدام "المال الأسود" خلال يوم الاقتراع')
A(MEDK, 'بحسب', False, 'أصيب شاب في العشرين من عمره بعيار ناري طائش خلال احتفالات أنصار أحد الفائزين مساء أمس، ونُقل إلى '
  'مستشفى الكرك الحكومي وحالته مستقرة')
A(UMMK, 'قالت', True, 'إحنا رحنا انتخبنا عشان بدنا نشوف تغيير، مش بدنا نفس الوجوه كل مرة')

ENT('الهيئة المستقلة', 'ORG', IEC)
ENT('العمل الإسلامي', 'ORG', IAF)
ENT('الهيئة المستقلة للانتخاب', 'ORG', IEC)
ENT('موسى المعايطة', 'PER', 'Musa Maaytah')
ENT('مجلس النواب', 'ORG', 'House of Representatives (Jordan)')
ENT('المعايطة', 'PER', 'Musa Maaytah')
ENT('عمّان', 'LOC', 'Amman')
ENT('جبهة العمل الإسلامي', 'ORG', IAF)
ENT('وائل السقا', 'PER', 'Wael al-Saqqa')
ENT('للحزب', 'ORG', IAF)
ENT('الحزب', 'ORG', IAF)
ENT('رؤيا', 'ORG', 'Roya News')
ENT('الزرقاء', 'LOC', 'Zarqa')
ENT('سامر الخلايلة', 'PER', 'Samer al-Khalayleh')
ENT('مديرية الأمن العام', 'ORG', PSD)
ENT('إربد', 'LOC', 'Irbid')
ENT('المفرق', 'LOC', 'Mafraq')
ENT('الكرك', 'LOC', 'Karak')
ENT('مستشفى الكرك الحكومي', 'LOC', 'Karak Government Hospital')
ENT('أم خالد', 'PER', 'Umm Khaled')
ENT('جبل النصر', 'LOC', 'Jabal al-Nasr (Amman)')
ENT('الجريدة الرسمية', 'ORG', 'Official Gazette (Jordan)')

F('vote-buying money', 'المال الأسود')
F('vote-buying (losing candidate)', 'شراء الأصوات')
F('parliament (under the dome)', 'تحت القبة')
F('the IAF programme (IAF wording)', 'المشروع الإصلاحي')
F('the same old faces (voter)', 'نفس الوجوه')
finish_article('h05')

# ---------------------------------------------------------------------------------------------- h06
FN = 'f06_tleil_explosion.txt'
article('h06', FN, outlet('النهار', 'An-Nahar', 'annahar.com'), '2021-08-15',
        basis('2021-08-15', FN, 'Sunday. Consistent with the text: the explosion "فجر اليوم الأحد" = 2021-08-15, the '
              'army raid "مساء أمس السبت" = 2021-08-14, the mourning day "يوم غد الاثنين" = 2021-08-16.'),
        _GOLD.first_line(FN))
TLL = 'Tleil, Akkar'
LAF = 'Lebanese Armed Forces'
LRC = 'Lebanese Red Cross'
CMD = 'Lebanese Army Command'
HASSAN = 'Hamad Hassan (Lebanese caretaker health minister)'
ASAAD = 'Mohammad al-Asaad (survivor)'
KHODR = 'Ahmad Khodr (Akkar activist)'
TEMB = 'Embassy of Turkey in Beirut'
SUN = 'فجر اليوم الأحد (same sentence)'
SAT = 'مساء أمس السبت (same sentence)'
E('killing/casualties', None, TLL, None, None, None, 'asserted', '28 قتيلاً و79 جريحاً', 0)
E('explosion', None, 'Akkar', None, None, None, 'asserted', 'انفجار خزان وقود في عكار')
E('other', LAF, TLL, None, None, None, 'asserted', 'الجيش يوقف صاحب الأرض')
E('explosion', None, TLL, '2021-08-15', 'فجر اليوم الأحد', None, 'asserted', 'انفجر خزان للوقود في بلدة التليل في قضاء عكار')
E('other', 'dozens of young men', TLL, '2021-08-15', SUN, None, 'asserted',
  'كان عشرات الشبان يتجمعون حوله لتعبئة غالونات من البنزين')
E('killing/casualties', None, TLL, '2021-08-15', SUN, LRC, 'reported', 'سقوط 28 قتيلاً و79 جريحاً')
E('other', LAF, TLL, '2021-08-14', 'مساء أمس السبت', None, 'asserted', 'الجيش اللبناني قد دهم المكان مساء أمس السبت')
E('other', LAF, TLL, '2021-08-14', SAT, None, 'asserted', 'صادر نحو 60 ألف ليتر من البنزين المخزّن')
E('other', LAF, TLL, '2021-08-14', SAT, None, 'asserted', 'يبدأ توزيع قسم منها على الأهالي')
E('other', LAF, TLL, None, None, CMD, 'reported', 'توقيف صاحب الأرض المدعو إيلي نعمة')
E('other', None, TLL, None, None, CMD, 'reported', 'التحقيقات جارية "لكشف ملابسات الانفجار"')
E('killing/casualties', None, TLL, None, None, HASSAN, 'reported',
  'معظم الجرحى يعانون حروقاً من الدرجتين الثانية والثالثة')
E('other', None, 'hospitals in Beirut', None, None, HASSAN, 'reported',
  '12 منهم نُقلوا إلى مستشفيات بيروت بسبب خطورة حالتهم')
E('other', None, 'hospitals in Tripoli and Akkar', None, None, HASSAN, 'reported',
  'توزع الباقون على مستشفيات طرابلس وعكار')
E('explosion', None, TLL, None, None, ASAAD, 'reported', 'صار في نار بكل مكان')
E('killing/casualties', None, TLL, None, 'لهلق (vague)', ASAAD, 'reported', 'ابن عمي بعدو مفقود لهلق')
E('other', 'Michel Aoun', 'Baabda Palace', '2021-08-15', 'ظهر اليوم', None, 'asserted',
  'دعا رئيس الجمهورية ميشال عون المجلس الأعلى للدفاع إلى اجتماع طارئ في قصر بعبدا ظهر اليوم')
E('other', 'Hassan Diab', 'Lebanon', '2021-08-16', 'يوم غد الاثنين', None, 'planned',
  'الحداد الرسمي يوم غد الاثنين وإقفال الإدارات العامة')
E('accusation', KHODR, 'Akkar', None, None, None, 'asserted',
  'اتهم الناشط العكاري أحمد خضر "المحتكرين والسلطة التي تحميهم" بـ"قتل أبناء عكار مرتين"')
E('other', 'protesters', TLL, None, None, None, 'asserted', 'عمد محتجون غاضبون إلى إحراق منزل صاحب الأرض في التليل')
E('other', 'protesters', 'Halba–Abdeh international road', None, None, None, 'asserted',
  'قطعوا الطريق الدولية بين حلبا والعبدة بالإطارات المشتعلة')
E('other', LAF, 'Halba–Abdeh international road', None, 'قرابة الظهر (time of day only)', None, 'asserted',
  'تعيد وحدات الجيش فتحها قرابة الظهر')
E('statement', TEMB, 'Beirut', None, None, None, 'asserted',
  'أعلنت السفارة التركية في بيروت استعداد أنقرة لاستقبال 10 مصابين بحروق بليغة للعلاج في مستشفياتها')
E('other', LRC, TLL, None, None, None, 'asserted', 'يجري الصليب الأحمر عمليات بحث عن ثلاثة مفقودين على الأقل')
E('explosion', None, 'Port of Beirut', '2020-08-04', 'في 4 آب 2020', None, 'asserted', 'انفجار مرفأ بيروت في 4 آب 2020')
E('killing/casualties', None, 'Port of Beirut', '2020-08-04', 'في 4 آب 2020 (same sentence)', None, 'asserted',
  'أودى بحياة أكثر من 200 شخص وجرح الآلاف')

N('28', 'people', 'dead (headline)', 'exact', '28 قتيلاً', 0)
N('79', 'people', 'injured (headline)', 'exact', '79 جريحاً', 0)
N(None, 'people', 'young men gathered around the tank', 'vague', 'عشرات الشبان')
N('28', 'people', 'dead (Red Cross)', 'exact', '28 قتيلاً', 1)
N('79', 'people', 'injured (Red Cross)', 'exact', '79 جريحاً', 1)
N('60000', 'litres', 'petrol seized by the army', 'approx', 'نحو 60 ألف ليتر')
N('12', 'people', 'injured transferred to Beirut hospitals', 'exact', '12 منهم')
N('1', 'people', "survivor's missing cousin", 'exact', 'ابن عمي')
N('10', 'people', 'burn victims Turkey offers to treat', 'exact', '10 مصابين')
N('3', 'people', 'missing', 'at least', 'ثلاثة مفقودين على الأقل')
N('200', 'people', 'dead in the Beirut port explosion', 'more than', 'أكثر من 200 شخص')
N(None, 'people', 'injured in the Beirut port explosion', 'vague', 'الآلاف')

D('اليوم', '2021-08-15', 'relative', 0)
D('الأحد', '2021-08-15', 'weekday')
D('أمس', '2021-08-14', 'relative')
D('السبت', '2021-08-14', 'weekday')
D('منذ أشهر', None, 'vague')
D('لهلق', None, 'vague')
D('اليوم', '2021-08-15', 'relative', 1)
D('غد', '2021-08-16', 'relative', ctx='يوم غد الاثنين')
D('الاثنين', '2021-08-16', 'relative')
D('4 آب 2020', '2020-08-04', 'absolute')

A(LRC, 'وفق', False, 'سقوط 28 قتيلاً و79 جريحاً')
A(CMD, 'أعلنت', False, 'توقيف صاحب الأرض المدعو إيلي نعمة')
A(CMD, 'مشيرة', False, 'التحقيقات جارية "لكشف ملابسات الانفجار"')
A(HASSAN, 'أفاد', True, 'معظم الجرحى يعانون حروقاً من الدرجتين الثانية والثالثة')
A(HASSAN, 'موضحاً', False, '12 منهم نُقلوا إلى مستشفيات بيروت بسبب خطورة حالتهم، فيما توزع الباقون على مستشفيات طرابلس وعكار')
A(ASAAD, 'روى', True, 'كنا واقفين عم نعبّي، فجأة صار في نار بكل مكان، ما عرفت كيف ركضت، وابن عمي بعدو مفقود لهلق')
A(KHODR, 'اتهم', False, '"المحتكرين والسلطة التي تحميهم" بـ"قتل أبناء عكار مرتين"')
A(TEMB, 'أعلنت', False, 'استعداد أنقرة لاستقبال 10 مصابين بحروق بليغة للعلاج في مستشفياتها')

ENT('التليل', 'LOC', 'Tleil (Akkar)')
ENT('عكار', 'LOC', 'Akkar District')
ENT('الجيش', 'ORG', LAF)
ENT('لبنان', 'LOC', 'Lebanon')
ENT('الصليب الأحمر اللبناني', 'ORG', LRC)
ENT('الجيش اللبناني', 'ORG', LAF)
ENT('قيادة الجيش', 'ORG', CMD)
ENT('إيلي نعمة', 'PER', 'Elie Neeme')
ENT('حمد حسن', 'PER', 'Hamad Hassan')
ENT('بيروت', 'LOC', 'Beirut')
ENT('طرابلس', 'LOC', 'Tripoli, Lebanon')
ENT('محمد الأسعد', 'PER', 'Mohammad al-Asaad')
ENT('النهار', 'ORG', 'An-Nahar')
ENT('ميشال عون', 'PER', 'Michel Aoun')
ENT('المجلس الأعلى للدفاع', 'ORG', 'Higher Defence Council (Lebanon)')
ENT('قصر بعبدا', 'LOC', 'Baabda Palace')
ENT('حسان دياب', 'PER', 'Hassan Diab')
ENT('أحمد خضر', 'PER', 'Ahmad Khodr')
ENT('حلبا', 'LOC', 'Halba')
ENT('العبدة', 'LOC', 'Abdeh')
ENT('السفارة التركية', 'ORG', TEMB)
ENT('أنقرة', 'LOC', 'Ankara')
ENT('الصليب الأحمر', 'ORG', LRC)
ENT('مرفأ بيروت', 'LOC', 'Port of Beirut')

F('the explosion (tragedy)', 'فاجعة')
F('the hoarded petrol', 'البنزين المخزّن')
F('the fuel crisis', 'أزمة محروقات خانقة')
F('fuel hoarders (activist)', 'المحتكرين')
F('the protesters (angry)', 'محتجون غاضبون')
finish_article('h06')

# ============================================================================================== END ARTICLES
UNCERTAIN = [
    'BLIND set: the texts were newly written for this set (realistic, not copied from any real article) and '
    'annotated by hand by an annotator who had not read the extractor code or its data files (generator/), had '
    'not run the extractors or "briefing eval" on them while writing or annotating, and had read only the titles '
    'of the other sets and the builders/notes of sets 12-13 as the model of the conventions. Broad facts follow '
    'real events, but minor dates, all figures and all quotes are written for the set; minor people are invented '
    'and their romanisations are the annotator\'s own.',
    'Article keys are h01..h06 (the shared validator expects them); files are f01..f06. Rows are sorted by position.',
    'Topics and outlets: h01 Al-Sudani (Sudan) on the collapse of the Arbaat dam north of Port Sudan (Aug 2024), '
    'with a Sudanese colloquial witness; h02 Alsumaria (Iraq) on the dust storm of 16 May 2022, with an Iraqi '
    'colloquial witness and a Hijri date; h03 Echorouk (Algeria) on the preliminary results of the 7 Sep 2024 '
    'presidential election, with Algerian speech and the Maghrebi month أوت; h04 Al-Araby Al-Jadeed (Qatar/London) '
    'on power-cut protests in Basra (Jul 2023); h05 Roya News (Jordan) on the 10 Sep 2024 parliamentary election, '
    'with Jordanian speech and Levantine month names; h06 An-Nahar (Lebanon) on the Tleil fuel-tank explosion in '
    'Akkar (15 Aug 2021), with Lebanese speech. The Latakia wildfires of the brief were already used by an earlier '
    'set, so h06 is a topic chosen by the annotator.',
    'Dates follow heldout12-13: part-of-day words (فجر، ظهر، مساء، صباح، ليل) and منذ/حتى/قبل/خلال/في before a day '
    'or month stay outside the surface, except in the vague year phrase "منذ عام 2003" (as set 13\'s "منذ عام '
    '2019"); "اليوم/أمس + weekday" is two dates; a future weekday after غد is kind relative (as heldout4); '
    '"منتصف نيسان الماضي"، "نهاية آب المقبل"، "تموز 2018"، "ديسمبر 2019"، "تشرين الثاني 2020" are absolute months; '
    '"نهاية الشهر الجاري" is a relative month; "الأسبوع الماضي" is the ISO week of publication - 7 days; '
    '"15 شوال 1443" is 2022-05-16 (Umm al-Qura). Vague: منذ أسابيع، منذ أشهر، خلال الساعات الماضية، لساعات (as '
    'heldout10)، من الصبح (as set 13\'s من الصباح)، لهلق (Lebanese "until now")، خلال العقدين الماضيين (also a '
    'number)، خلال الأيام المقبلة، في غضون عشرة أيام (a deadline, also a number, as set 13\'s خلال 72 ساعة)، صيف '
    'العام المقبل (no ISO form for a season)، year-only expressions (عام 2003، عام 2022). Not dates: clock times '
    '(الساعة الثانية ظهراً، السابعة من صباح، السابعة مساءً)، "قرابة الظهر" (time of day only)، "تلك الليلة" and '
    '"بالليل" (anaphoric / part of day)، يومياً، على مدار الساعة، في السنة، كل مرة، event-anchored phrases (بعد ساعات '
    'من الإعلان، خلال يوم الاقتراع، بعد أيام من إحياء...)، durations with a numeral (ثلاثة أيام متتالية، يومين، 21 '
    'يوما: numbers only).',
    'Event dates: as set 13, the day of an announcement is kept as the date of the fact it announces when the text '
    'gives no other date for it (h02 the ministry count "اليوم الاثنين"; h03 the win "مساء أمس الأحد"; h04 the '
    'governor\'s working-hours cut "الخميس"); but a date that only qualifies the statement while the text dates the '
    'fact otherwise is not used (h01 the governor "أمس الأحد" vs the flood of Saturday; h05 "ظهر اليوم الأربعاء" '
    'dates the press conference). "حتى مساء أمس" (h01) is a cumulative count and does not date the recoveries. '
    'Month-only and year-only expressions never date an event (h04 July 2018 protests). Events sharing a sentence '
    'with a day expression take it ("same sentence").',
    'Numbers follow heldout12-13: ranges are two rows (60 / 70 في المئة); villages, bridges, aircraft, flights, '
    'seats, votes, polling stations, provinces, houses, tonnes, litres, megawatts, cubic metres, metres, degrees, '
    'decades, days, hours are rows with their own units; singular kin victims in witness quotes are rows (أخوي، '
    'أمي، ابن عمي) as are singular victims (رجل، شاب); written-out compounds are one value (5 ملايين و329 ألفا و253 '
    'صوتا = 5329253; مليون و638 ألف ناخب = 1638000). Not numbers: the back-reference "المترشحين الثلاثة"، ordinals '
    '(ثامن عاصفة، عهدة ثانية، المرتبة الثانية، ثالثا، مجلس النواب العشرين، الدرجتين الثانية والثالثة، الذكرى السنوية '
    'الأولى)، the dual in place lists (مطاري بغداد والنجف)، "مرتين" (rhetorical, in a quote)، vague non-people '
    'quantities (أحزاب معارضة عدة). "يفوق/لم تتجاوز/تجاوزت" give "more than" (the hedge kept in the span only when '
    'adjacent: "يفوق 24 مليونا"); "تلامس 50 درجة" is approx; "لم تتجاوز ... نحو 29.9%" is approx (نحو in span).',
    'Entities follow heldout12-13: classifiers outside (بلدة، قضاء، حي، محافظة، ولاية، منطقة، مدينة، حزب before '
    'جبهة العمل الإسلامي، مطاري before "بغداد الدولي"/"النجف الدولي", listed as the airports); "حركة" kept in حركة '
    'مجتمع السلم (part of the name); "ل" fused with the article gives the whole token (للسومرية نيوز، للحزب). Bodies '
    'and facilities kept whole (سد أربعات، خور أربعات، هيئة مياه ولاية البحر الأحمر، مستشفى الرمادي التعليمي، مطار '
    'البصرة الدولي، قيادة شرطة البصرة، طريق البصرة - الزبير، المركز الدولي للمؤتمرات عبد اللطيف رحال، مستشفى الكرك '
    'الحكومي، قصر بعبدا، مرفأ بيروت). Short forms listed: الوزارة (h02 health, h04 electricity)، السلطة (h03 ANIE)، '
    'القوات (h04 security forces)، الحزب/للحزب (h05 IAF)، الجيش (h06)، الهيئة المستقلة، العمل الإسلامي، الصليب '
    'الأحمر. "قوات الأمن" and "قوات مكافحة الشغب" are listed as state forces; "دول الخليج" is listed (LOC). Not '
    'entities: العاصمة، الولاية، المحافظة، البلاد، الحكومة، حكومة تصريف الأعمال، الطريق القومي/الدولية، الدائرة '
    'العامة/الثانية، قانون الانتخاب، "السلطة" in the h06 quote (the authorities), nationality adjectives, diseases.',
    'Attributions and events follow heldout12-13: "اتهم/اتهمت/اتهموا X بـ..." and "نددت بـ..." are accusations '
    'with an attribution of the object phrase (as set 13\'s طالبت); "عزا X إلى Y" is an attribution and the cause '
    'is the reported event; finite دعا (urging) is a statement with an attribution, but "دعا ... المجلس الأعلى '
    'للدفاع إلى اجتماع" (convening) is an event (other) without one; the declaration of mourning (h06) is '
    'performative (other, planned, no attribution); "أعلن/أعلنت + nominal" is an attribution and the content is '
    'reported (h02 flights, h04 working hours, h05 arrests, h06 arrest), except where the content is not an event '
    '(h06 Turkish embassy offer: statement). Headline "الهيئة المستقلة: ..." (h05) is a statement with an '
    'attribution whose verb is null. Relays "نقلت X عن Y قوله" are "Y (via X)" (h03 statement row, h04 events). '
    'Missing people in witness quotes are killing/casualties (h01 أخوي وعيالو، h06 ابن عمي); fire from an '
    'explosion is explosion; an exploding transformer is explosion; suffocation cases are killing/casualties; '
    'elections, results, turnout-related acts, arrests, diversions, closures, road blocking, arson are "other".',
]

description = {
    'summary': 'Eighteenth gold set (BLIND: never tuned on; nobody reads its misses): six Arabic news articles '
               'written for this set in the style of real outlets of six countries, annotated by hand without '
               'looking at the extractors. Same format and conventions as ../shared/dev-set/seeds_gold.json and '
               'tests/heldout12-13. "file" is relative to tests/. Offsets are Python str indices into '
               'open(path, encoding="utf-8").read().',
    'uncertain_points': UNCERTAIN,
    'files': FILES,
    'counts': _GOLD.counts(),
}

if __name__ == '__main__':
    write_set(_GOLD, HERE, description)
