#!/usr/bin/env python3
"""Build heldout12_gold.json from the hand annotations below (BLIND set 12: x01..x06).

Spans are (surface, occurrence index), located by search; the helpers and their conventions are
tests/heldout_tools/annotate.py.
Run: python3 tests/heldout12/build_gold.py  (writes heldout12_gold.json next to this file)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(TESTS, 'heldout_tools'))  # annotate.py, common.py
from annotate import FILES, Gold, write_set  # noqa: E402

_GOLD = Gold('heldout12')
ARTICLES = _GOLD.articles   # key -> dict
article, finish_article = _GOLD.article, _GOLD.finish_article
E, N, A, D, ENT, F = _GOLD.E, _GOLD.N, _GOLD.A, _GOLD.D, _GOLD.ENT, _GOLD.F


# ---------------------------------------------------------------------------------------------- h01
article('h01', 'x01_lebanon_presidential_session.txt',
        {'name_ar': 'النهار', 'name_en': 'An-Nahar', 'domain': 'annahar.com'},
        '2023-06-15',
        'Written for this set; publication date 2023-06-15 (Thursday) set by the author and recorded in '
        'x01_lebanon_presidential_session.yml. Consistent with the text: the session "أمس الأربعاء" = 2023-06-14, '
        'Le Drian\'s visit "الأسبوع المقبل" = 2023-W25. High confidence (by construction).',
        'الجلسة الثانية عشرة: أزعور 59 صوتاً وفرنجية 51.. وتطيير النصاب يُسقط الدورة الثانية')
PARL = 'Lebanese Parliament'
AZOUR = 'Jihad Azour'
FRANG = 'Suleiman Frangieh'
BERRI = 'Nabih Berri (Speaker of Parliament)'
GEAGEA = 'Samir Geagea (Lebanese Forces leader)'
RAAD = 'Mohammad Raad (head of the Loyalty to the Resistance bloc) (via Al-Manar)'
HA = 'Hezbollah and Amal MPs and their allies'
NEJ = 'Parliament, Nejmeh Square (Beirut)'
DIPSRC = 'diplomatic sources (speaking to An-Nahar)'
YEST = 'أمس الأربعاء (same sentence)'
E('other', PARL, NEJ, None, None, None, 'asserted', 'أزعور 59 صوتاً وفرنجية 51')
E('other', HA, NEJ, None, None, None, 'asserted', 'تطيير النصاب يُسقط الدورة الثانية')
E('other', PARL, NEJ, '2023-06-14', 'أمس الأربعاء', None, 'asserted',
  'الجلسة الثانية عشرة لانتخاب رئيس للجمهورية، التي عقدها مجلس النواب أمس الأربعاء في ساحة النجمة')
E('other', PARL, NEJ, '2023-06-14', YEST, None, 'asserted',
  'انتهت الدورة الأولى بحصول الوزير السابق جهاد أزعور على 59 صوتاً مقابل 51 صوتاً لرئيس "تيار المردة" سليمان فرنجية')
E('other', HA, NEJ, '2023-06-14', YEST, None, 'asserted',
  'ينسحب نواب "حزب الله" وحركة "أمل" وحلفاؤهم من القاعة ويطيّروا نصاب الدورة الثانية')
E('other', '128 MPs', NEJ, None, None, None, 'asserted', 'حضر الجلسة 128 نائباً')
E('other', 'Michel Aoun', 'Lebanon', '2022-10-31', '31 تشرين الأول 2022', None, 'asserted',
  'انتهاء ولاية الرئيس ميشال عون في 31 تشرين الأول 2022')
E('other', PARL, NEJ, None, None, None, 'asserted', 'نال الوزير السابق زياد بارود ستة أصوات')
E('other', 'eight MPs', NEJ, None, None, None, 'asserted', 'اقترع ثمانية نواب بعبارة "لبنان الجديد"')
E('other', None, NEJ, None, None, None, 'asserted', 'أثار فقدان ظرف واحد جدلاً استمر نحو 20 دقيقة')
E('statement', BERRI, NEJ, None, None, None, 'asserted',
  'قال رئيس مجلس النواب نبيه بري، قبل أن يرفع الجلسة، إن "الدورة الثانية تحتاج إلى حضور 86 نائباً، وهذا ما لم يتوافر"')
E('other', BERRI, NEJ, None, None, None, 'asserted', 'يرفع الجلسة')
E('statement', BERRI, NEJ, None, None, None, 'asserted',
  'مضيفاً أن "الحوار ثم الحوار هو الطريق الوحيد إلى قصر بعبدا"')
E('accusation', GEAGEA, 'Maarab', '2023-06-14', 'عصر أمس', None, 'asserted',
  'اتهم رئيس حزب "القوات اللبنانية" سمير جعجع، في مؤتمر صحافي عقده في معراب عصر أمس، "حزب الله" بتعطيل الاستحقاق '
  '"عن سابق تصور وتصميم"')
E('statement', GEAGEA, 'Maarab', '2023-06-14', 'عصر أمس (same sentence)', None, 'asserted',
  'معتبراً أن "الأصوات الـ59 رسالة واضحة بأن مرشح الممانعة لا يملك أكثرية في البرلمان"')
E('statement', RAAD, None, None, None, None, 'asserted',
  'نقلت قناة "المنار" عن رئيس كتلة "الوفاء للمقاومة" النائب محمد رعد قوله إن الانسحاب من الجلسة "حق دستوري يمارسه '
  'النواب حين يُفرض عليهم مرشح مواجهة"')
E('statement', RAAD, None, None, None, None, 'asserted', 'مؤكداً أن فرنجية "باقٍ مرشحاً حتى النهاية"')
E('statement', AZOUR, None, None, None, None, 'asserted', 'شكر في بيان "النواب الذين منحوه ثقتهم"')
E('statement', AZOUR, None, None, None, None, 'asserted', 'مؤكداً أنه "لم يكن يوماً مرشح تحدٍّ لأحد"')
E('other', 'relatives of the Beirut port explosion victims', 'Parliament entrance, Banks Street (Beirut)', None, None,
  None, 'asserted', 'تجمع العشرات من أهالي ضحايا انفجار المرفأ عند مدخل المجلس من جهة شارع المصارف')
E('visit/inspection', 'Jean-Yves Le Drian', 'Beirut', '2023-W25', 'الأسبوع المقبل', DIPSRC, 'planned',
  'الموفد الرئاسي الفرنسي جان إيف لودريان سيصل إلى بيروت الأسبوع المقبل')
E('other', 'France', None, '2023-W23', 'قبل أسبوع', DIPSRC, 'reported', 'تكليفه الملف قبل أسبوع')
E('other', 'Jean-Yves Le Drian', 'Beirut', None, None, DIPSRC, 'planned', 'يلتقي رؤساء الكتل النيابية تباعاً')
E('other', None, 'Lebanon', None, None, None, 'asserted',
  'لامس سعر صرف الدولار في السوق الموازية 93 ألف ليرة')
E('other', 'Riad Salameh', 'Lebanon', None, 'نهاية تموز المقبل — month only (end of July 2023)', None, 'planned',
  'انتهاء ولاية حاكم مصرف لبنان رياض سلامة نهاية تموز المقبل')
E('statement', BERRI, None, None, None, None, 'asserted',
  'لم يحدد بري موعداً لجلسة جديدة، مكتفياً بالقول إنه سيدعو إليها "حين تنضج الظروف"')

N('59', 'votes', 'votes for Jihad Azour (headline)', 'exact', '59 صوتاً', 0)
N('51', 'votes', 'votes for Suleiman Frangieh (headline)', 'exact', '51', 0)
N('59', 'votes', 'votes for Jihad Azour in the first round', 'exact', '59 صوتاً', 1)
N('51', 'votes', 'votes for Suleiman Frangieh in the first round', 'exact', '51 صوتاً')
N('128', 'people', 'MPs who attended the session (the whole chamber)', 'exact', '128 نائباً')
N('6', 'votes', 'votes for Ziad Baroud', 'exact', 'ستة أصوات')
N('8', 'people', 'MPs who voted "New Lebanon"', 'exact', 'ثمانية نواب')
N('2', 'ballots', 'blank ballots', 'exact', 'ورقتان بيضاوان')
N('1', 'ballots', 'spoilt ballot', 'exact', 'ورقة ملغاة')
N('1', 'envelopes', 'missing envelope', 'exact', 'ظرف واحد')
N('20', 'minutes', 'duration of the dispute over the missing envelope', 'approx', 'نحو 20 دقيقة')
N('86', 'people', 'MPs needed for the quorum of the second round', 'exact', '86 نائباً')
N('59', 'votes', 'votes for Azour (Geagea)', 'exact', 'الأصوات الـ59')
N(None, 'people', 'relatives of the port explosion victims gathered at Parliament', 'vague', 'العشرات')
N('93000', 'Lebanese pounds', 'parallel-market price of the US dollar', 'approx', '93 ألف ليرة')

D('أمس', '2023-06-14', 'relative', 0)
D('الأربعاء', '2023-06-14', 'weekday')
D('31 تشرين الأول 2022', '2022-10-31', 'absolute')
D('أمس', '2023-06-14', 'relative', 1)
D('الأسبوع المقبل', '2023-W25', 'relative')
D('قبل أسبوع', '2023-W23', 'relative')
D('نهاية تموز المقبل', '2023-07', 'absolute')

A(BERRI, 'قال', True, 'الدورة الثانية تحتاج إلى حضور 86 نائباً، وهذا ما لم يتوافر')
A(BERRI, 'مضيفاً', True, 'الحوار ثم الحوار هو الطريق الوحيد إلى قصر بعبدا')
A(GEAGEA, 'اتهم', False, '"حزب الله" بتعطيل الاستحقاق "عن سابق تصور وتصميم"')
A(GEAGEA, 'معتبراً', True, 'الأصوات الـ59 رسالة واضحة بأن مرشح الممانعة لا يملك أكثرية في البرلمان')
A(RAAD, 'نقلت', False, 'الانسحاب من الجلسة "حق دستوري يمارسه النواب حين يُفرض عليهم مرشح مواجهة"')
A(RAAD, 'مؤكداً', False, 'فرنجية "باقٍ مرشحاً حتى النهاية"')
A(AZOUR, 'شكر', True, 'النواب الذين منحوه ثقتهم')
A(AZOUR, 'مؤكداً', False, 'أنه "لم يكن يوماً مرشح تحدٍّ لأحد"')
A(DIPSRC, 'علمت', False,
  'الموفد الرئاسي الفرنسي جان إيف لودريان سيصل إلى بيروت الأسبوع المقبل، في أول زيارة له منذ تكليفه الملف قبل أسبوع، '
  'على أن يلتقي رؤساء الكتل النيابية تباعاً')
A(BERRI, 'مكتفياً بالقول', False, 'إنه سيدعو إليها "حين تنضج الظروف"')

ENT('أزعور', 'PER', AZOUR)
ENT('فرنجية', 'PER', FRANG)
ENT('مجلس النواب', 'ORG', PARL)
ENT('ساحة النجمة', 'LOC', 'Nejmeh Square (Beirut)')
ENT('جهاد أزعور', 'PER', AZOUR)
ENT('تيار المردة', 'ORG', 'Marada Movement')
ENT('سليمان فرنجية', 'PER', FRANG)
ENT('حزب الله', 'ORG', 'Hezbollah')
ENT('أمل', 'ORG', 'Amal Movement')
ENT('المجلس', 'ORG', PARL)
ENT('ميشال عون', 'PER', 'Michel Aoun')
ENT('زياد بارود', 'PER', 'Ziad Baroud')
ENT('لبنان', 'LOC', 'Lebanon')
ENT('نبيه بري', 'PER', 'Nabih Berri')
ENT('قصر بعبدا', 'LOC', 'Baabda Palace')
ENT('القوات اللبنانية', 'ORG', 'Lebanese Forces')
ENT('سمير جعجع', 'PER', 'Samir Geagea')
ENT('معراب', 'LOC', 'Maarab')
ENT('البرلمان', 'ORG', PARL)
ENT('المنار', 'ORG', 'Al-Manar')
ENT('الوفاء للمقاومة', 'ORG', 'Loyalty to the Resistance bloc')
ENT('محمد رعد', 'PER', 'Mohammad Raad')
ENT('إدارة الشرق الأوسط وآسيا الوسطى', 'ORG', 'IMF Middle East and Central Asia Department')
ENT('صندوق النقد الدولي', 'ORG', 'International Monetary Fund')
ENT('شارع المصارف', 'LOC', 'Banks Street (Beirut)')
ENT('النهار', 'ORG', 'An-Nahar')
ENT('جان إيف لودريان', 'PER', 'Jean-Yves Le Drian')
ENT('بيروت', 'LOC', 'Beirut')
ENT('مصرف لبنان', 'ORG', 'Banque du Liban')
ENT('رياض سلامة', 'PER', 'Riad Salameh')
ENT('بري', 'PER', 'Nabih Berri')

F('the presidential vacuum', 'الشغور')
F('Hezbollah, Amal and allies breaking the quorum', 'تطيير النصاب')
F('Hezbollah and Amal allies', 'حلفاؤهم')
F('Frangieh (Geagea wording: the "rejectionist" axis candidate)', 'مرشح الممانعة')
F('Azour (Raad wording: a confrontation candidate)', 'مرشح مواجهة')
F('the presidential election', 'الاستحقاق')
F('the port explosion', 'انفجار المرفأ')
finish_article('h01')

# ---------------------------------------------------------------------------------------------- h02
article('h02', 'x02_diyala_election_appeals.txt',
        {'name_ar': 'السومرية نيوز', 'name_en': 'Alsumaria News', 'domain': 'alsumaria.tv'},
        '2024-01-09',
        'Written for this set; publication date 2024-01-09 (Tuesday) set by the author and recorded in '
        'x02_diyala_election_appeals.yml. Consistent with the text: the announcement "اليوم الثلاثاء" = 2024-01-09, '
        'al-Amiri\'s meeting "أمس الاثنين" = 2024-01-08, the recount "يوم الخميس المقبل" = 2024-01-11, the provincial '
        'elections "18 كانون الأول الماضي" = 2023-12-18. High confidence (by construction).',
        'المفوضية ترد 87 طعناً وتقبل طعنين في ديالى.. ومحتجون يقطعون طريق بعقوبة - بغداد')
IHEC = 'Independent High Electoral Commission (IHEC)'
GHALAI = 'Jumana al-Ghalai (IHEC spokeswoman)'
SECSRC = 'security source in Diyala (speaking to Alsumaria News)'
AMIRI = 'Hadi al-Amiri (Badr Organization secretary-general)'
AZZAWI = 'Fares al-Azzawi (MP for Diyala)'
OBS = 'observers of local politics'
PROT = 'supporters of losing candidates'
ROAD = 'Baqubah–Baghdad road'
KHALIS = 'two polling stations in Al-Khalis district (Diyala)'
E('other', IHEC, 'Diyala', None, None, None, 'asserted', 'المفوضية ترد 87 طعناً وتقبل طعنين في ديالى')
E('other', 'protesters', ROAD, None, None, None, 'asserted', 'محتجون يقطعون طريق بعقوبة - بغداد')
E('other', IHEC, 'Diyala', '2024-01-09', 'اليوم الثلاثاء (the announcement of the decision)', IHEC, 'reported',
  'رد 87 طعناً من أصل 89 قُدمت على نتائج انتخابات مجلس محافظة ديالى وقبول طعنين فقط')
E('other', PROT, ROAD, '2024-01-09', 'اليوم الثلاثاء (same sentence)', None, 'asserted',
  'قطع العشرات من أنصار مرشحين خاسرين الطريق الرابط بين بعقوبة والعاصمة بغداد احتجاجاً على النتائج')
E('other', 'IHEC Board of Commissioners', None, None, None, GHALAI, 'reported',
  'مجلس المفوضين صادق على قرارات الهيئة القضائية للانتخابات بشأن الطعون المقدمة')
E('other', IHEC, KHALIS, None, None, GHALAI, 'planned',
  'ستُعاد فيهما عملية العد والفرز اليدوي بحضور وكلاء الكيانات السياسية')
E('other', IHEC, 'IHEC office, Baqubah', '2024-01-11', 'يوم الخميس المقبل', GHALAI, 'planned',
  'إعادة العد ستجري يوم الخميس المقبل في مكتب المفوضية في بعقوبة')
E('statement', GHALAI, None, None, None, None, 'asserted',
  'النتائج المعدلة "لن تغيّر على الأرجح توزيع المقاعد الخمسة عشر"')
E('other', 'about 200 protesters', 'entrance of Bani Saad (Diyala)', None,
  'منذ ساعات الصباح الأولى — vague (since the early morning hours)', SECSRC, 'reported',
  'نحو 200 متظاهر أغلقوا الطريق عند مدخل ناحية بني سعد بالإطارات المحترقة منذ ساعات الصباح الأولى')
E('other', 'Law Enforcement Forces (Iraq)', 'entrance of Bani Saad (Diyala)', None, None, SECSRC, 'reported',
  'قوات حفظ القانون انتشرت في المكان من دون تسجيل أي احتكاك')
E('other', None, 'Khan Bani Saad (Diyala)', None, None, SECSRC, 'reported',
  'حركة السير حُوّلت إلى طريق بديل يمر عبر ناحية خان بني سعد، ما تسبب بازدحام امتد لأكثر من ثلاثة كيلومترات')
E('other', None, 'Iraq', '2023-12-18', '18 كانون الأول الماضي', None, 'asserted',
  'كانت الانتخابات المحلية قد جرت في 18 كانون الأول الماضي بنسبة مشاركة بلغت 41 بالمئة')
E('other', IHEC, 'Iraq', None, 'بعد عشرة أيام من الاقتراع — event-anchored (about 2023-12-28), no date expression',
  None, 'asserted', 'أعلنت المفوضية النتائج النهائية بعد عشرة أيام من الاقتراع')
E('other', AMIRI, 'Baqubah', '2024-01-08', 'أمس الاثنين', None, 'asserted',
  'لقائه وجهاء وشيوخ عشائر في بعقوبة أمس الاثنين')
E('statement', AMIRI, 'Baqubah', '2024-01-08', 'أمس الاثنين (same sentence)', None, 'asserted',
  'قال الأمين العام لمنظمة بدر هادي العامري، خلال لقائه وجهاء وشيوخ عشائر في بعقوبة أمس الاثنين، إن "القائمة التي '
  'حصدت أكبر عدد من المقاعد من حقها أن تبادر إلى تشكيل الحكومة المحلية"')
E('accusation', AZZAWI, None, None, None, None, 'asserted', 'اتهم النائب عن المحافظة فارس العزاوي المفوضية بـ"الكيل بمكيالين"')
E('other', None, 'Diyala', None, None, AZZAWI, 'reported',
  'أكثر من 12 ألف صوت ذهبت هدراً بسبب أخطاء في أجهزة التحقق الإلكتروني')
E('other', 'the leading list', 'Diyala', None, None, OBS, 'predicted', 'تحصل القائمة الأولى على ما بين ستة وسبعة مقاعد')
E('other', IHEC, None, None, None, None, 'planned',
  'ترفع المفوضية النتائج النهائية إلى المحكمة الاتحادية العليا للمصادقة عليها')
E('other', 'Diyala Provincial Council', 'Diyala', None, None, None, 'planned',
  'يعقد المجلس الجديد جلسته الأولى خلال 15 يوماً من تاريخ المصادقة')

N('87', 'appeals', 'appeals rejected (headline)', 'exact', '87 طعناً', 0)
N('2', 'appeals', 'appeals accepted (headline)', 'exact', 'طعنين', 0)
N('87', 'appeals', 'appeals rejected', 'exact', '87 طعناً', 1)
N('89', 'appeals', 'appeals lodged against the Diyala results', 'exact', '89')
N('2', 'appeals', 'appeals accepted', 'exact', 'طعنين', 1)
N(None, 'people', 'supporters of losing candidates who cut the road', 'vague', 'العشرات')
N('2', 'polling stations', 'stations in Al-Khalis where the votes are recounted', 'exact', 'محطتين')
N('15', 'seats', 'seats of the Diyala provincial council', 'exact', 'المقاعد الخمسة عشر')
N('200', 'people', 'protesters blocking the road at Bani Saad', 'approx', 'نحو 200 متظاهر')
N('3', 'kilometres', 'length of the traffic jam', 'more than', 'أكثر من ثلاثة كيلومترات')
N('41', 'percent', 'turnout of the provincial elections', 'exact', '41 بالمئة')
N('10', 'days', 'time from the vote to the final results', 'exact', 'عشرة أيام')
N('3', 'days', 'period for lodging appeals', 'exact', 'ثلاثة أيام')
N('12000', 'votes', 'votes wasted by verification-device errors (al-Azzawi)', 'more than', 'أكثر من 12 ألف صوت')
N('6', 'seats', 'expected seats of the leading list, lower bound', 'exact', 'ستة')
N('7', 'seats', 'expected seats of the leading list, upper bound', 'exact', 'سبعة مقاعد')
N('1', 'allies', 'allies the leading list needs', 'at least', 'حليف واحد على الأقل')
N('8', 'seats', 'absolute majority in the council', 'exact', 'ثمانية مقاعد')
N('15', 'days', 'deadline for the first session after ratification', 'exact', '15 يوماً')

D('اليوم', '2024-01-09', 'relative')
D('الثلاثاء', '2024-01-09', 'weekday')
D('الخميس المقبل', '2024-01-11', 'relative')
D('منذ ساعات الصباح الأولى', None, 'vague')
D('18 كانون الأول الماضي', '2023-12-18', 'absolute')
D('منذ عام 2013', None, 'vague')
D('أمس', '2024-01-08', 'relative')
D('الاثنين', '2024-01-08', 'weekday')

A(IHEC, 'أعلنت', False, 'رد 87 طعناً من أصل 89 قُدمت على نتائج انتخابات مجلس محافظة ديالى وقبول طعنين فقط')
A(GHALAI, 'قالت', True, 'مجلس المفوضين صادق على قرارات الهيئة القضائية للانتخابات بشأن الطعون المقدمة')
A(GHALAI, 'مبينة', True,
  'الطعنين المقبولين يتعلقان بمحطتين في قضاء الخالص ستُعاد فيهما عملية العد والفرز اليدوي بحضور وكلاء الكيانات السياسية')
A(GHALAI, 'أضافت', False,
  'إعادة العد ستجري يوم الخميس المقبل في مكتب المفوضية في بعقوبة، وأن النتائج المعدلة "لن تغيّر على الأرجح توزيع '
  'المقاعد الخمسة عشر"')
A(SECSRC, 'أفاد', True,
  'نحو 200 متظاهر أغلقوا الطريق عند مدخل ناحية بني سعد بالإطارات المحترقة منذ ساعات الصباح الأولى')
A(SECSRC, 'لافتاً', True, 'قوات حفظ القانون انتشرت في المكان من دون تسجيل أي احتكاك')
A(SECSRC, 'أضاف', False,
  'حركة السير حُوّلت إلى طريق بديل يمر عبر ناحية خان بني سعد، ما تسبب بازدحام امتد لأكثر من ثلاثة كيلومترات')
A(AMIRI, 'قال', True, 'القائمة التي حصدت أكبر عدد من المقاعد من حقها أن تبادر إلى تشكيل الحكومة المحلية')
A(AZZAWI, 'اتهم', False, 'المفوضية بـ"الكيل بمكيالين"')
A(AZZAWI, 'قال', True, 'أكثر من 12 ألف صوت ذهبت هدراً بسبب أخطاء في أجهزة التحقق الإلكتروني')
A(OBS, 'رجح', False,
  'تحصل القائمة الأولى على ما بين ستة وسبعة مقاعد، ما يجعلها بحاجة إلى حليف واحد على الأقل لضمان الأغلبية المطلقة '
  'داخل المجلس البالغة ثمانية مقاعد')

ENT('المفوضية', 'ORG', IHEC)
ENT('ديالى', 'LOC', 'Diyala')
ENT('بعقوبة', 'LOC', 'Baqubah')
ENT('بغداد', 'LOC', 'Baghdad')
ENT('السومرية نيوز', 'ORG', 'Alsumaria News')
ENT('المفوضية العليا المستقلة للانتخابات', 'ORG', IHEC)
ENT('مجلس محافظة ديالى', 'ORG', 'Diyala Provincial Council')
ENT('جمانة الغلاي', 'PER', 'Jumana al-Ghalai')
ENT('للسومرية نيوز', 'ORG', 'Alsumaria News')
ENT('مجلس المفوضين', 'ORG', 'IHEC Board of Commissioners')
ENT('الهيئة القضائية للانتخابات', 'ORG', 'Judicial Panel for Elections')
ENT('الخالص', 'LOC', 'Al-Khalis')
ENT('الغلاي', 'PER', 'Jumana al-Ghalai')
ENT('بني سعد', 'LOC', 'Bani Saad')
ENT('قوات حفظ القانون', 'ORG', 'Law Enforcement Forces (Iraq)')
ENT('خان بني سعد', 'LOC', 'Khan Bani Saad')
ENT('منظمة بدر', 'ORG', 'Badr Organization')
ENT('هادي العامري', 'PER', 'Hadi al-Amiri')
ENT('فارس العزاوي', 'PER', 'Fares al-Azzawi')
ENT('البرلمان', 'ORG', 'Council of Representatives of Iraq')
ENT('المقدادية', 'LOC', 'Muqdadiya')
ENT('المجلس', 'ORG', 'Diyala Provincial Council')
ENT('المحكمة الاتحادية العليا', 'ORG', 'Federal Supreme Court (Iraq)')

F('the protesters', 'محتجون')
F('the protesters (supporters of losing candidates)', 'أنصار مرشحين خاسرين')
F('the appeals', 'الطعون')
F('IHEC (al-Azzawi wording: double standards)', 'الكيل بمكيالين')
F('the dispute (al-Amiri wording: escalation)', 'التصعيد')
F('the local elections', 'الانتخابات المحلية')
finish_article('h02')

# ---------------------------------------------------------------------------------------------- h03
article('h03', 'x03_sudan_sinja_displacement.txt',
        {'name_ar': 'الشرق الأوسط', 'name_en': 'Asharq Al-Awsat', 'domain': 'aawsat.com'},
        '2024-07-04',
        'Written for this set; publication date 2024-07-04 (Thursday) set by the author and recorded in '
        'x03_sudan_sinja_displacement.yml; the dateline line gives it twice (28 ذو الحجة 1445 هـ = 04 يوليو 2024, '
        'Umm al-Qura). Consistent with the text: the RSF announcement "السبت الماضي" = 2024-06-29, the IOM update '
        '"الثلاثاء" = 2024-07-02, the Dinder strike "أمس" = 2024-07-03. High confidence (by construction).',
        'موجة نزوح جديدة من سنجة نحو القضارف بعد سيطرة «الدعم السريع» على عاصمة سنار')
RSF = 'Rapid Support Forces'
SAF = 'Sudanese Armed Forces'
IOM = 'International Organization for Migration'
AMNA = 'Amna Abdel Rahim (displaced mother from Singa)'
OSMAN = 'Osman al-Tayeb (Humanitarian Aid Commissioner, Gedaref State)'
MILSRC = 'military source (speaking to Asharq Al-Awsat)'
WIT = 'eyewitnesses'
DISP = 'displaced people'
UN = 'United Nations'
NKWETA = 'Clementine Nkweta-Salami (UN humanitarian coordinator in Sudan)'
SINGA = 'Singa (Sennar State)'
E('displacement', None, 'from Singa towards Gedaref', None, None, None, 'asserted', 'موجة نزوح جديدة من سنجة نحو القضارف')
E('capture/control', RSF, SINGA, None, None, None, 'asserted', 'سيطرة «الدعم السريع» على عاصمة سنار')
E('displacement', None, 'from Singa to Gedaref and Blue Nile states', None, None, None, 'asserted',
  'تدفق عشرات الآلاف من المدنيين الفارين من مدينة سنجة، عاصمة ولاية سنار في جنوب شرقي السودان، على ولايتي القضارف '
  'والنيل الأزرق')
E('capture/control', RSF, 'Singa and the 17th Infantry Division headquarters', '2024-06-29',
  'السبت الماضي (the announcement)', RSF, 'reported', 'سيطرتها على المدينة ومقر الفرقة 17 مشاة التابعة للجيش السوداني')
E('displacement', None, 'Singa and surrounding villages', None, 'الثلاثاء dates the IOM update, not the flight', IOM,
  'reported', 'أكثر من 55 ألف شخص فروا من سنجة والقرى المحيطة بها خلال أربعة أيام')
E('displacement', None, 'Sennar', None, None, IOM, 'predicted',
  'يرتفع العدد «بشكل كبير» إذا امتد القتال إلى مدينة سنار')
E('statement', IOM, None, None, None, None, 'asserted',
  'أضافت المنظمة أن نحو 70 في المائة من النازحين الجدد نساء وأطفال')
E('displacement', 'Amna Abdel Rahim', 'Gedaref', '2024-07-03', 'فجر الأربعاء', None, 'asserted',
  'وصلت إلى القضارف فجر الأربعاء')
E('displacement', 'Amna Abdel Rahim and her family', 'from Singa towards Gedaref', None, None, AMNA, 'reported',
  'مشت مع أسرتها يومين قبل أن تجد شاحنة تقلهم')
E('displacement', 'Amna Abdel Rahim and her family', 'Singa', None, None, AMNA, 'reported', 'خرجنا بالهدوم التي علينا')
E('other', RSF, 'road from Singa', None, None, AMNA, 'reported',
  'الدعامة كانوا يفتشون الناس في الطريق ويأخذون التلفونات والقروش')
E('displacement', None, 'Gedaref', None, None, OSMAN, 'reported', 'ما بين 300 و400 أسرة تصل يومياً إلى المدينة')
E('other', 'Gedaref State authorities', 'Gedaref', None, None, OSMAN, 'reported', 'السلطات فتحت 12 مدرسة لإيوائها')
E('statement', OSMAN, 'Gedaref', None, None, None, 'asserted',
  'محذراً من أن «مخزون الغذاء والدواء لن يكفي أكثر من أسبوعين»')
E('other', None, 'Singa–Gedaref road', None, None, DISP, 'reported',
  'تضاعفت أجرة النقل من سنجة إلى القضارف إلى نحو 150 ألف جنيه للشخص الواحد')
E('displacement', None, 'from Singa towards Gedaref', None, None, None, 'asserted',
  'قطع آخرون المسافة سيراً على الأقدام أو على عربات تجرها الحمير')
E('capture/control', RSF, 'Singa', None, None, RSF, 'reported', '«حررت» سنجة «من فلول النظام البائد»')
E('statement', RSF, None, None, None, None, 'asserted', 'متعهدة بحماية المدنيين وممتلكاتهم')
E('statement', MILSRC, None, None, None, None, 'asserted',
  'نفى مصدر عسكري تحدث لـ«الشرق الأوسط» سقوط مقر الفرقة بالكامل')
E('other', SAF, 'east bank of the Blue Nile (Sennar State)', None, None, MILSRC, 'reported',
  'الجيش أعاد تموضع قواته على الضفة الشرقية للنيل الأزرق')
E('accusation', MILSRC, None, None, None, None, 'asserted', 'اتهم «الدعم السريع» بـ«ارتكاب انتهاكات واسعة بحق سكان القرى»')
E('airstrike/shelling', 'unidentified drone', 'popular market, Dinder (Sennar State)', '2024-07-03', 'أمس', WIT,
  'reported', 'مسيّرة قصفت، أمس، سوقاً شعبية في منطقة الدندر')
E('killing/casualties', 'unidentified drone', 'popular market, Dinder (Sennar State)', '2024-07-03', 'أمس (same sentence)',
  WIT, 'reported', 'مقتل ثمانية أشخاص وإصابة آخرين')
E('capture/control', RSF, 'Wad Madani (Gezira State)', None,
  'ديسمبر (كانون الأول) الماضي — month only (December 2023)', None, 'asserted',
  'كانت «قوات الدعم السريع» قد سيطرت على مدينة ود مدني، عاصمة ولاية الجزيرة، في ديسمبر (كانون الأول) الماضي')
E('displacement', None, 'from Gezira State towards Sennar', None, None, None, 'asserted',
  'دفع مئات الآلاف إلى النزوح نحو سنار نفسها')
E('displacement', None, 'Sudan and neighbouring countries', None,
  'منذ اندلاع الحرب — cumulative since 2023-04-15, no single date', UN, 'reported',
  'بلغ عدد النازحين داخل السودان وخارجه قرابة 10 ملايين شخص')
E('other', None, 'Sudan', '2023-04-15', '15 أبريل (نيسان) 2023', UN, 'reported', 'اندلاع الحرب في 15 أبريل (نيسان) 2023')
E('statement', NKWETA, None, None, None, None, 'asserted',
  'دعت منسقة الشؤون الإنسانية في السودان كليمنتاين نكويتا سلامي الطرفين إلى فتح ممرات آمنة')
E('statement', NKWETA, None, None, None, None, 'asserted',
  'قالت إن «المدنيين يدفعون مرة أخرى ثمن حرب لم يختاروها»')

N(None, 'people', 'civilians fleeing Singa', 'vague', 'عشرات الآلاف')
N('55000', 'people', 'people who fled Singa and nearby villages (IOM)', 'more than', 'أكثر من 55 ألف شخص')
N('4', 'days', 'period of the flight counted by IOM', 'exact', 'أربعة أيام')
N('70', 'percent', 'share of women and children among the newly displaced', 'approx', 'نحو 70 في المائة')
N('5', 'people', 'children of Amna Abdel Rahim', 'exact', 'خمسة أطفال')
N('2', 'days', 'days Amna walked with her family', 'exact', 'يومين')
N('300', 'families', 'families arriving in Gedaref each day, lower bound', 'exact', '300')
N('400', 'families', 'families arriving in Gedaref each day, upper bound', 'exact', '400 أسرة')
N('12', 'schools', 'schools opened to shelter the displaced', 'exact', '12 مدرسة')
N('2', 'weeks', 'time the food and medicine stocks will last (upper limit)', 'exact', 'أسبوعين')
N('150000', 'Sudanese pounds', 'fare from Singa to Gedaref per person', 'approx', 'نحو 150 ألف جنيه')
N('1', 'drones', 'drone that struck the Dinder market', 'exact', 'مسيّرة')
N('8', 'people', 'people killed in the Dinder market strike', 'exact', 'ثمانية أشخاص')
N(None, 'people', 'people displaced from Gezira towards Sennar', 'vague', 'مئات الآلاف')
N('10000000', 'people', 'people displaced inside and outside Sudan since the war began (UN)', 'approx',
  'قرابة 10 ملايين شخص')

D('الخميس', '2024-07-04', 'weekday')
D('28 ذو الحجة 1445', '2024-07-04', 'absolute')
D('04 يوليو 2024', '2024-07-04', 'absolute')
D('السبت الماضي', '2024-06-29', 'relative')
D('الثلاثاء', '2024-07-02', 'weekday')
D('خلال أربعة أيام', None, 'vague')
D('الأربعاء', '2024-07-03', 'weekday')
D('أمس', '2024-07-03', 'relative')
D('ديسمبر (كانون الأول) الماضي', '2023-12', 'absolute')
D('15 أبريل (نيسان) 2023', '2023-04-15', 'absolute')

A(RSF, 'أعلنت', False, 'سيطرتها على المدينة ومقر الفرقة 17 مشاة التابعة للجيش السوداني')
A(IOM, 'قالت', False, 'أكثر من 55 ألف شخص فروا من سنجة والقرى المحيطة بها خلال أربعة أيام')
A(IOM, 'مرجحة', False, 'يرتفع العدد «بشكل كبير» إذا امتد القتال إلى مدينة سنار')
A(IOM, 'أضافت', False, 'نحو 70 في المائة من النازحين الجدد نساء وأطفال')
A(AMNA, 'روت', False, 'أنها مشت مع أسرتها يومين قبل أن تجد شاحنة تقلهم')
A(AMNA, 'قالت', True, 'خرجنا بالهدوم التي علينا، والدعامة كانوا يفتشون الناس في الطريق ويأخذون التلفونات والقروش')
A(OSMAN, 'أوضح', False, 'ما بين 300 و400 أسرة تصل يومياً إلى المدينة، وأن السلطات فتحت 12 مدرسة لإيوائها')
A(OSMAN, 'محذراً', True, 'مخزون الغذاء والدواء لن يكفي أكثر من أسبوعين')
A(DISP, 'بحسب', False, 'تضاعفت أجرة النقل من سنجة إلى القضارف إلى نحو 150 ألف جنيه للشخص الواحد')
A(RSF, 'قالت', False, 'إنها «حررت» سنجة «من فلول النظام البائد»')
A(RSF, 'متعهدة', False, 'بحماية المدنيين وممتلكاتهم')
A(MILSRC, 'نفى', False, 'سقوط مقر الفرقة بالكامل')
A(MILSRC, 'مؤكداً', True, 'الجيش أعاد تموضع قواته على الضفة الشرقية للنيل الأزرق')
A(MILSRC, 'اتهم', False, '«الدعم السريع» بـ«ارتكاب انتهاكات واسعة بحق سكان القرى»')
A(WIT, 'أفاد', False, 'مسيّرة قصفت، أمس، سوقاً شعبية في منطقة الدندر، ما أدى إلى مقتل ثمانية أشخاص وإصابة آخرين')
A(UN, 'بحسب', False,
  'بلغ عدد النازحين داخل السودان وخارجه قرابة 10 ملايين شخص منذ اندلاع الحرب في 15 أبريل (نيسان) 2023')
A(NKWETA, 'دعت', False, 'الطرفين إلى فتح ممرات آمنة')
A(NKWETA, 'قالت', True, 'المدنيين يدفعون مرة أخرى ثمن حرب لم يختاروها')

ENT('سنجة', 'LOC', 'Singa')
ENT('القضارف', 'LOC', 'Gedaref')
ENT('الدعم السريع', 'ORG', RSF)
ENT('سنار', 'LOC', 'Sennar')
ENT('الشرق الأوسط', 'ORG', 'Asharq Al-Awsat')
ENT('السودان', 'LOC', 'Sudan')
ENT('النيل الأزرق', 'LOC', 'Blue Nile State')
ENT('قوات الدعم السريع', 'ORG', RSF)
ENT('الفرقة 17 مشاة', 'ORG', '17th Infantry Division (Sudanese army)')
ENT('للجيش السوداني', 'ORG', SAF)
ENT('الفرقة', 'ORG', '17th Infantry Division (Sudanese army)')
ENT('المنظمة الدولية للهجرة', 'ORG', IOM)
ENT('المنظمة', 'ORG', IOM)
ENT('آمنة عبد الرحيم', 'PER', 'Amna Abdel Rahim')
ENT('الدعامة', 'ORG', RSF)
ENT('عثمان الطيب', 'PER', 'Osman al-Tayeb')
ENT('الجيش', 'ORG', SAF)
ENT('للنيل الأزرق', 'LOC', 'Blue Nile (river)')
ENT('الدندر', 'LOC', 'Dinder')
ENT('ود مدني', 'LOC', 'Wad Madani')
ENT('الجزيرة', 'LOC', 'Gezira State')
ENT('الأمم المتحدة', 'ORG', UN)
ENT('كليمنتاين نكويتا سلامي', 'PER', 'Clementine Nkweta-Salami')

F('the RSF', 'الدعم السريع')
F('the RSF', 'قوات الدعم السريع')
F('RSF fighters (colloquial: the Da\'ama)', 'الدعامة')
F('the army (RSF wording: remnants of the former regime)', 'فلول النظام البائد')
F('the capture of Singa (RSF wording: liberated)', 'حررت')
F('displaced people', 'النازحين')
F('the war', 'الحرب')
F('the two warring sides', 'الطرفين')
finish_article('h03')

# ---------------------------------------------------------------------------------------------- h04
article('h04', 'x04_smara_projectiles.txt',
        {'name_ar': 'هسبريس', 'name_en': 'Hespress', 'domain': 'hespress.com'},
        '2023-10-30',
        'Written for this set; publication date 2023-10-30 (Monday) set by the author and recorded in '
        'x04_smara_projectiles.yml. Consistent with the text: the explosions "صباح أمس الأحد" = 2023-10-29, the '
        'funeral "عصر اليوم الاثنين" = 2023-10-30. High confidence (by construction).',
        'انفجارات السمارة.. وفاة شاب وإصابة ثلاثة آخرين والنيابة العامة تفتح بحثاً قضائياً')
SMARA = 'Smara'
LOCSRC = 'local authority source in Smara Province (speaking to Hespress)'
PROS = "King's Prosecutor General at the Laayoune Court of Appeal"
SALEM = 'Mohamed Salem (resident of Al-Wahda, Smara)'
MINURSO = 'MINURSO (UN Mission for the Referendum in Western Sahara)'
ELECTED = 'elected officials and civil-society figures in Smara Province'
COUNCIL = 'President of the Smara Provincial Council (speaking to Hespress)'
SUN = '2023-10-29'
E('explosion', None, SMARA, None, None, None, 'asserted', 'انفجارات السمارة')
E('killing/casualties', None, SMARA, None, None, None, 'asserted', 'وفاة شاب وإصابة ثلاثة آخرين')
E('other', 'Public Prosecution (Morocco)', None, None, None, None, 'asserted', 'النيابة العامة تفتح بحثاً قضائياً')
E('explosion', None, 'residential neighbourhoods of Smara', SUN, 'صباح أمس الأحد', None, 'asserted',
  'أربعة انفجارات متتالية هزت أحياء سكنية متفرقة')
E('killing/casualties', None, SMARA, SUN, 'صباح أمس الأحد (same sentence)', None, 'asserted',
  'وفاة شاب يبلغ من العمر 23 سنة وإصابة ثلاثة أشخاص آخرين، أحدهم في حالة حرجة')
E('airstrike/shelling', None, SMARA, None, 'الساعة الواحدة و20 دقيقة بعد منتصف الليل — clock time only', LOCSRC,
  'reported', 'المقذوفات سقطت تباعاً في حدود الساعة الواحدة و20 دقيقة بعد منتصف الليل')
E('airstrike/shelling', None, 'near Al-Wahda neighbourhood (Smara)', None, None, LOCSRC, 'reported',
  'اثنين منها سقطا قرب حي الوحدة')
E('airstrike/shelling', None, 'sports ground, As-Salam neighbourhood (Smara)', None, None, LOCSRC, 'reported',
  'سقط الثالث بمحاذاة ملعب القرب بحي السلام')
E('airstrike/shelling', None, 'open ground near the airport road (Smara)', None, None, LOCSRC, 'reported',
  'الرابع في أرض خلاء قرب الطريق المؤدية إلى المطار')
E('other', PROS, SMARA, None, None, PROS, 'reported',
  'أمر بفتح بحث قضائي "للكشف عن ملابسات وظروف هذه الانفجارات وتحديد المسؤوليات"')
E('other', 'Scientific and Technical Police', SMARA, None, None, PROS, 'reported',
  'عناصر الشرطة العلمية والتقنية عاينت أماكن سقوط المقذوفات وأخذت عينات منها')
E('other', None, 'Smara Provincial Hospital', None, None, None, 'asserted', 'نُقل المصابون إلى المستشفى الإقليمي بالسمارة')
E('other', None, 'Moulay El Hassan Ben El Mehdi Regional Hospital (Laayoune)', None, None, None, 'asserted',
  'يُحوَّل المصاب الذي يعاني من جروح بليغة على متن مروحية طبية إلى المستشفى الجهوي مولاي الحسن بن المهدي بالعيون')
E('explosion', None, 'Al-Wahda neighbourhood (Smara)', None, None, SALEM, 'reported', 'سمعنا دوياً قوياً اهتزت معه النوافذ')
E('other', 'residents of Al-Wahda', 'Al-Wahda neighbourhood (Smara)', None, None, SALEM, 'reported',
  'خرج الجيران إلى الشارع حفاة')
E('visit/inspection', MINURSO, SMARA, SUN, 'صباح الأحد', MINURSO, 'reported',
  'فريقاً من خبرائها توجه إلى المدينة صباح الأحد "للوقوف على ما جرى"')
E('statement', MINURSO, None, None, None, None, 'asserted',
  'مؤكدة أنها "تتابع الوضع عن كثب" وتنسق مع السلطات المغربية')
E('accusation', ELECTED, 'Smara Province', None, None, None, 'asserted',
  'حمّل عدد من المنتخبين والفاعلين المدنيين بالإقليم جبهة البوليساريو مسؤولية الهجوم')
E('statement', COUNCIL, None, None, None, None, 'asserted',
  'قال رئيس المجلس الإقليمي للسمارة، في تصريح للجريدة، إن "استهداف المدنيين الآمنين عمل إرهابي جبان لن يمر دون محاسبة"')
E('airstrike/shelling', None, 'uninhabited areas around Smara', None,
  'خلال الأشهر الماضية — vague (in recent months)', None, 'asserted', 'سقوط مقذوفات مماثلة في مناطق غير مأهولة')
E('other', None, 'Smara cemetery', '2023-10-30', 'عصر اليوم الاثنين', None, 'planned',
  'يُشيَّع جثمان الضحية عصر اليوم الاثنين بمقبرة المدينة')
E('other', 'security authorities', 'the damaged neighbourhoods of Smara', None,
  'في وقت — simultaneous with the funeral announcement, no date of its own', None, 'asserted',
  'عززت فيه السلطات الأمنية انتشارها في محيط الأحياء المتضررة')

N('1', 'people', 'young man killed (headline)', 'exact', 'شاب', 0)
N('3', 'people', 'people injured (headline)', 'exact', 'ثلاثة آخرين')
N('4', 'explosions', 'successive explosions in Smara', 'exact', 'أربعة انفجارات')
N('1', 'people', 'young man killed', 'exact', 'شاب', 1)
N('23', 'years', 'age of the young man killed', 'exact', '23 سنة')
N('3', 'people', 'people injured', 'exact', 'ثلاثة أشخاص آخرين')
N('1', 'people', 'injured person in critical condition', 'exact', 'أحدهم')
N('2', 'projectiles', 'projectiles that fell near Al-Wahda', 'exact', 'اثنين', 0)
N(None, 'people', 'elected officials and civil-society figures who blamed the Polisario', 'vague', 'عدد من المنتخبين')
N('220', 'kilometres', 'distance from Smara to Laayoune', 'approx', 'نحو 220 كيلومتراً')

D('أمس', SUN, 'relative', 0)
D('الأحد', SUN, 'weekday', 0)
D('الأحد', SUN, 'weekday', 1)
D('أمس', SUN, 'relative', 1)
D('خلال الأشهر الماضية', None, 'vague')
D('اليوم', '2023-10-30', 'relative')
D('الاثنين', '2023-10-30', 'weekday')

A(LOCSRC, 'أفاد', True, 'المقذوفات سقطت تباعاً في حدود الساعة الواحدة و20 دقيقة بعد منتصف الليل')
A(LOCSRC, 'موضحاً', False,
  'اثنين منها سقطا قرب حي الوحدة، فيما سقط الثالث بمحاذاة ملعب القرب بحي السلام، والرابع في أرض خلاء قرب الطريق '
  'المؤدية إلى المطار')
A(PROS, 'أعلن', False, 'أنه أمر بفتح بحث قضائي "للكشف عن ملابسات وظروف هذه الانفجارات وتحديد المسؤوليات"')
A(PROS, 'مشيراً', False, 'عناصر الشرطة العلمية والتقنية عاينت أماكن سقوط المقذوفات وأخذت عينات منها')
A(SALEM, 'قال', True,
  'سمعنا دوياً قوياً اهتزت معه النوافذ، وخرج الجيران إلى الشارع حفاة، ولم نعرف ما الذي يحدث إلا بعد وصول سيارات الإسعاف')
A(MINURSO, 'قالت', False, 'فريقاً من خبرائها توجه إلى المدينة صباح الأحد "للوقوف على ما جرى"')
A(MINURSO, 'مؤكدة', False, 'أنها "تتابع الوضع عن كثب" وتنسق مع السلطات المغربية')
A(ELECTED, 'حمّل', False, 'جبهة البوليساريو مسؤولية الهجوم')
A(COUNCIL, 'قال', True, 'استهداف المدنيين الآمنين عمل إرهابي جبان لن يمر دون محاسبة')

ENT('السمارة', 'LOC', SMARA)
ENT('النيابة العامة', 'ORG', 'Public Prosecution (Morocco)')
ENT('هسبريس', 'ORG', 'Hespress')
ENT('الوحدة', 'LOC', 'Al-Wahda (Smara)')
ENT('السلام', 'LOC', 'As-Salam (Smara)')
ENT('محكمة الاستئناف بالعيون', 'ORG', 'Laayoune Court of Appeal')
ENT('الشرطة العلمية والتقنية', 'ORG', 'Scientific and Technical Police (Morocco)')
ENT('المستشفى الجهوي مولاي الحسن بن المهدي', 'LOC', 'Moulay El Hassan Ben El Mehdi Regional Hospital')
ENT('العيون', 'LOC', 'Laayoune')
ENT('محمد سالم', 'PER', 'Mohamed Salem')
ENT('بعثة الأمم المتحدة لتنظيم الاستفتاء في الصحراء الغربية', 'ORG', MINURSO)
ENT('مينورسو', 'ORG', MINURSO)
ENT('جبهة البوليساريو', 'ORG', 'Polisario Front')
ENT('المجلس الإقليمي للسمارة', 'ORG', 'Smara Provincial Council')
ENT('الجبهة', 'ORG', 'Polisario Front')
ENT('الجدار الأمني', 'LOC', 'Moroccan Wall (Western Sahara berm)')

F('the explosions', 'انفجارات')
F('the projectiles', 'المقذوفات')
F('the attack', 'الهجوم')
F('the attack (council wording: cowardly terrorist act)', 'عمل إرهابي جبان')
F('the victims (peaceful civilians)', 'المدنيين الآمنين')
F('the Polisario Front', 'جبهة البوليساريو')
F('the Polisario Front', 'الجبهة')
finish_article('h04')

# ---------------------------------------------------------------------------------------------- h05
article('h05', 'x05_idlib_hts_protests.txt',
        {'name_ar': 'عنب بلدي', 'name_en': 'Enab Baladi', 'domain': 'enabbaladi.net'},
        '2024-03-16',
        'Written for this set; publication date 2024-03-16 (Saturday) set by the author and recorded in '
        'x05_idlib_hts_protests.yml. Consistent with the text: the protests "أمس الجمعة 15 من آذار" = 2024-03-15, the '
        'amnesty "الخميس الماضي" = 2024-03-14, al-Jolani\'s meeting "الأحد الماضي" = 2024-03-10, the next protest '
        '"الجمعة المقبلة" = 2024-03-22. High confidence (by construction).',
        'للجمعة الثالثة.. آلاف يتظاهرون في إدلب ضد "تحرير الشام" والجولاني يلوّح بعفو عام')
HTS = 'Hayat Tahrir al-Sham (HTS)'
JOLANI = 'Abu Mohammad al-Jolani'
JOLANI_VIA = 'Abu Mohammad al-Jolani (via HTS-affiliated social media accounts)'
HUSSEIN = 'Ahmad al-Hussein (activist, protest organiser in Binnish)'
SSG = 'Syrian Salvation Government'
MOJ = 'Ministry of Justice (Syrian Salvation Government)'
SNHR = 'Syrian Network for Human Rights (SNHR)'
FADEL = 'Fadel Abdul Ghany (SNHR director)'
REPORTS = 'unattributed reports'
ACT = 'activists'
UN = 'United Nations'
IDLIB_W = 'Idlib province and the western Aleppo countryside'
E('other', 'protesters', 'Idlib', None, None, None, 'asserted', 'آلاف يتظاهرون في إدلب ضد "تحرير الشام"')
E('statement', JOLANI, None, None, None, None, 'asserted', 'الجولاني يلوّح بعفو عام')
E('other', 'protesters', IDLIB_W, '2024-03-15', 'أمس الجمعة 15 من آذار', None, 'asserted',
  'خرج آلاف المتظاهرين، أمس الجمعة 15 من آذار، في مدن وبلدات بمحافظة إدلب وريف حلب الغربي')
E('other', 'protesters', 'Clock Square (Idlib), Binnish, Sarmada and Atarib', None, None, None, 'asserted',
  'تركزت أكبر التجمعات في ساحة الساعة وسط مدينة إدلب، وفي مدن بنش وسرمدا والأتارب')
E('statement', HUSSEIN, None, None, None, None, 'asserted',
  'قال الناشط أحمد الحسين، أحد منظمي المظاهرة في بنش، لعنب بلدي، إن المحتجين "لن يتراجعوا قبل تفكيك جهاز الأمن العام '
  'ومحاسبة المسؤولين عن التعذيب"')
E('other', 'masked men', 'Al-Mihrab roundabout (Idlib)', None, None, HUSSEIN, 'reported',
  'عناصر ملثمين "اعتدوا بالعصي على شبان قرب دوار المحراب في إدلب')
E('other', 'local notables', 'Al-Mihrab roundabout (Idlib)', None, None, HUSSEIN, 'reported',
  'يتدخل الوجهاء لتهدئة الموقف')
E('other', 'protesters', 'Idlib', None, 'أواخر شباط الماضي — month only (late February 2024)', None, 'asserted',
  'اندلعت الاحتجاجات أواخر شباط الماضي')
E('killing/casualties', HTS, 'an HTS prison', None, None, REPORTS, 'reported',
  'مقتل عنصر في فصيل "أحرار الشام"، يُعرف باسم "أبو عبيدة تل حديا"، تحت التعذيب في أحد سجون "الهيئة"')
E('other', SSG, 'Idlib', '2024-03-14', 'الخميس الماضي', None, 'asserted',
  'أعلنت "حكومة الإنقاذ" العاملة في إدلب، الخميس الماضي، عفوًا عامًا يشمل "مرتكبي الجنح والمخالفات"')
E('statement', MOJ, None, '2024-03-14', 'الخميس الماضي (same sentence)', None, 'asserted',
  'قالت وزارة العدل في الحكومة إن القرار "يأتي تلبية لمطالب الأهالي"')
E('statement', JOLANI_VIA, 'southern Idlib countryside', '2024-03-10', 'الأحد الماضي', None, 'asserted',
  'نقلت معرفات رديفة لـ"تحرير الشام" عن الجولاني قوله، خلال لقاء مع وجهاء من ريف إدلب الجنوبي الأحد الماضي، إن "أبواب '
  'الإصلاح مفتوحة، لكن الفوضى خط أحمر"')
E('other', JOLANI, 'southern Idlib countryside', '2024-03-10', 'الأحد الماضي', None, 'asserted',
  'لقاء مع وجهاء من ريف إدلب الجنوبي الأحد الماضي')
E('accusation', JOLANI_VIA, None, '2024-03-10', 'الأحد الماضي (same sentence)', None, 'asserted',
  'ملمّحًا إلى أن "جهات خارجية تحاول استغلال الحراك"')
E('other', HTS, 'HTS-controlled areas (north-western Syria)', None,
  'منذ تأسيسها مطلع عام 2017 — cumulative since 2017, no single date', SNHR, 'reported',
  'ما لا يقل عن 2327 حالة اعتقال تعسفي على يد "تحرير الشام" منذ تأسيسها مطلع عام 2017')
E('statement', FADEL, None, None, None, None, 'asserted',
  'قال مدير الشبكة، فضل عبد الغني، لعنب بلدي، إن العفو "خطوة شكلية لا تشمل آلاف المعتقلين على خلفية سياسية"')
E('displacement', None, 'camps in north-western Syria', None, None, UN, 'reported',
  'بينهم نحو مليوني نازح في المخيمات')
E('other', 'protesters', 'Idlib', '2024-03-22', 'الجمعة المقبلة', ACT, 'predicted',
  'تتواصل المظاهرات الجمعة المقبلة تحت شعار "جمعة الحرية للمعتقلين"')

N(None, 'people', 'protesters (headline)', 'vague', 'آلاف', 0)
N(None, 'people', 'protesters in Idlib and the western Aleppo countryside', 'vague', 'آلاف المتظاهرين')
N('1', 'people', 'Ahrar al-Sham member killed under torture', 'exact', 'عنصر')
N('10', 'months', 'time he spent in detention before his death', 'approx', 'نحو عشرة أشهر')
N('2327', 'arrests', 'arbitrary arrests by HTS since 2017 (SNHR)', 'at least', 'ما لا يقل عن 2327 حالة اعتقال')
N('46', 'people', 'children among those arrested', 'exact', '46 طفلًا')
N('41', 'people', 'women among those arrested', 'exact', '41 سيدة')
N(None, 'people', 'people detained on political grounds (SNHR)', 'vague', 'آلاف المعتقلين')
N('4500000', 'people', 'population of opposition-held north-western Syria (UN)', 'more than', 'أكثر من 4.5 مليون شخص')
N('2000000', 'people', 'displaced people living in camps (UN)', 'approx', 'نحو مليوني نازح')

D('أمس', '2024-03-15', 'relative')
D('الجمعة', '2024-03-15', 'weekday', 0)
D('15 من آذار', '2024-03-15', 'absolute')
D('أواخر شباط الماضي', '2024-02', 'absolute')
D('الخميس الماضي', '2024-03-14', 'relative')
D('الأحد الماضي', '2024-03-10', 'relative')
D('مطلع آذار الحالي', '2024-03', 'absolute')
D('مطلع عام 2017', None, 'vague')
D('الجمعة المقبلة', '2024-03-22', 'relative')

A(HUSSEIN, 'قال', False, 'المحتجين "لن يتراجعوا قبل تفكيك جهاز الأمن العام ومحاسبة المسؤولين عن التعذيب"')
A(HUSSEIN, 'مضيفًا', False,
  'عناصر ملثمين "اعتدوا بالعصي على شبان قرب دوار المحراب في إدلب قبل أن يتدخل الوجهاء لتهدئة الموقف"')
A(REPORTS, 'انتشار أنباء', False,
  'مقتل عنصر في فصيل "أحرار الشام"، يُعرف باسم "أبو عبيدة تل حديا"، تحت التعذيب في أحد سجون "الهيئة"، بعد نحو عشرة '
  'أشهر من اعتقاله، دون إبلاغ عائلته')
A(MOJ, 'قالت', False, 'القرار "يأتي تلبية لمطالب الأهالي"')
A(JOLANI_VIA, 'نقلت', True, 'أبواب الإصلاح مفتوحة، لكن الفوضى خط أحمر')
A(JOLANI_VIA, 'ملمّحًا', True, 'جهات خارجية تحاول استغلال الحراك')
A(SNHR, 'وثقت', False,
  'ما لا يقل عن 2327 حالة اعتقال تعسفي على يد "تحرير الشام" منذ تأسيسها مطلع عام 2017، بينهم 46 طفلًا و41 سيدة')
A(FADEL, 'قال', False, 'العفو "خطوة شكلية لا تشمل آلاف المعتقلين على خلفية سياسية"')
A(UN, 'بحسب', False,
  'يعيش في مناطق سيطرة "تحرير الشام" وفصائل المعارضة شمال غربي سوريا أكثر من 4.5 مليون شخص، بينهم نحو مليوني نازح في '
  'المخيمات')
A(ACT, 'يتوقع', False, 'تتواصل المظاهرات الجمعة المقبلة تحت شعار "جمعة الحرية للمعتقلين"')

ENT('إدلب', 'LOC', 'Idlib')
ENT('تحرير الشام', 'ORG', HTS)
ENT('الجولاني', 'PER', JOLANI)
ENT('عنب بلدي', 'ORG', 'Enab Baladi')
ENT('حلب', 'LOC', 'Aleppo')
ENT('هيئة تحرير الشام', 'ORG', HTS)
ENT('أبو محمد الجولاني', 'PER', JOLANI)
ENT('الهيئة', 'ORG', HTS)
ENT('ساحة الساعة', 'LOC', 'Clock Square (Idlib)')
ENT('بنش', 'LOC', 'Binnish')
ENT('سرمدا', 'LOC', 'Sarmada')
ENT('الأتارب', 'LOC', 'Atarib')
ENT('أحمد الحسين', 'PER', 'Ahmad al-Hussein')
ENT('جهاز الأمن العام', 'ORG', 'General Security Service (HTS)')
ENT('دوار المحراب', 'LOC', 'Al-Mihrab roundabout (Idlib)')
ENT('أحرار الشام', 'ORG', 'Ahrar al-Sham')
ENT('أبو عبيدة تل حديا', 'PER', 'Abu Obeida Tal Hadya')
ENT('حكومة الإنقاذ', 'ORG', SSG)
ENT('وزارة العدل', 'ORG', MOJ)
ENT('الشبكة السورية لحقوق الإنسان', 'ORG', SNHR)
ENT('الشبكة', 'ORG', SNHR)
ENT('فضل عبد الغني', 'PER', 'Fadel Abdul Ghany')
ENT('سوريا', 'LOC', 'Syria')
ENT('الأمم المتحدة', 'ORG', UN)

F('the protests', 'الاحتجاجات')
F('the protest movement (al-Jolani wording: the movement)', 'الحراك')
F('the protesters', 'المحتجين')
F('protest (al-Jolani wording: chaos)', 'الفوضى')
F('foreign parties (al-Jolani wording)', 'جهات خارجية')
F('HTS prisons (protesters\' wording: secret prisons)', 'للسجون السرية')
F('the detainees', 'المعتقلين')
F('the amnesty (SNHR wording: a formal step)', 'خطوة شكلية')
finish_article('h05')

# ---------------------------------------------------------------------------------------------- h06
article('h06', 'x06_zawiya_clashes.txt',
        {'name_ar': 'بوابة الوسط', 'name_en': 'Al Wasat', 'domain': 'alwasat.ly'},
        '2024-05-27',
        'Written for this set; publication date 2024-05-27 (Monday) set by the author and recorded in '
        'x06_zawiya_clashes.yml. Consistent with the text: the clashes broke out "ليل السبت" = 2024-05-25 and lasted '
        'until "ظهر أمس الأحد" = 2024-05-26; the truce "ظهر الأحد" = 2024-05-26. High confidence (by construction).',
        'اشتباكات الزاوية: خمسة قتلى بينهم طفل وإغلاق الطريق الساحلي.. والرئاسي يأمر بوقف فوري لإطلاق النار')
ZAW = 'Zawiya'
PC = 'Presidential Council (Libya)'
ZMC = 'Zawiya Medical Center'
WIT_LY = 'eyewitnesses (speaking to Al Wasat)'
ZSD = 'Zawiya Security Directorate'
MAYOR = 'Mayor of Zawiya (speaking to Al Wasat)'
LRC = 'Libyan Red Crescent, Zawiya branch'
UNSMIL = 'United Nations Support Mission in Libya (UNSMIL)'
SECSRC_LY = 'security source (speaking to Al Wasat)'
GROUPS = 'two armed groups (Zawiya)'
E('other', None, ZAW, None, None, None, 'asserted', 'اشتباكات الزاوية')
E('killing/casualties', None, ZAW, None, None, None, 'asserted', 'خمسة قتلى بينهم طفل')
E('other', None, 'coastal road (Zawiya)', None, None, None, 'asserted', 'إغلاق الطريق الساحلي', 0)
E('other', PC, None, None, None, None, 'asserted', 'الرئاسي يأمر بوقف فوري لإطلاق النار')
E('killing/casualties', None, ZAW, None,
  'ليل السبت ... حتى ظهر أمس الأحد — during clashes spanning two days, no single date', None, 'asserted',
  'قُتل خمسة أشخاص، بينهم طفل في الثانية عشرة من عمره، وأصيب 13 آخرون')
E('other', GROUPS, ZAW, '2024-05-25', 'اندلعت ليل السبت (the start; they lasted until noon on Sunday 2024-05-26)', None,
  'asserted', 'اشتباكات مسلحة اندلعت ليل السبت واستمرت حتى ظهر أمس الأحد بين مجموعتين مسلحتين في مدينة الزاوية')
E('killing/casualties', None, ZAW, None, None, ZMC, 'reported',
  'استقبل جثامين خمسة قتلى، بينهم مدنيان، إضافة إلى 13 جريحاً، وصفت حالة ثلاثة منهم بالخطرة')
E('other', GROUPS, 'Harsha bridge checkpoint (Zawiya)', None, None, WIT_LY, 'reported',
  'الاشتباكات بدأت عقب مقتل عنصر تابع لإحدى المجموعتين عند بوابة جسر الحرشة')
E('killing/casualties', None, 'Harsha bridge checkpoint (Zawiya)', None, None, WIT_LY, 'reported',
  'مقتل عنصر تابع لإحدى المجموعتين عند بوابة جسر الحرشة')
E('other', GROUPS, 'Al-Harsha and Abu Issa (Zawiya)', None, None, WIT_LY, 'reported', 'تمتد إلى منطقتي الحرشة وأبو عيسى')
E('airstrike/shelling', None, 'Al-Harsha and Abu Issa (Zawiya)', None, None, WIT_LY, 'reported',
  'سقطت قذائف عشوائية على منازل المواطنين وأحرقت عدداً من السيارات')
E('other', ZSD, 'coastal road between Zawiya and Janzour', None, None, ZSD, 'reported',
  'إغلاق الطريق الساحلي بين الزاوية وجنزور أمام حركة السير')
E('other', 'University of Zawiya', ZAW, None, None, None, 'asserted',
  'علّقت جامعة الزاوية الامتحانات النهائية في كلياتها «حتى إشعار آخر»')
E('other', PC, ZAW, None, None, None, 'asserted',
  'أصدر المجلس الرئاسي، بصفته القائد الأعلى للجيش الليبي، تعليمات إلى رئاسة الأركان العامة بـ«الوقف الفوري لإطلاق النار '
  'وسحب الآليات المسلحة من داخل الأحياء السكنية»')
E('statement', PC, None, None, None, None, 'asserted', 'مؤكداً أنه «لن يتهاون مع أي طرف يعبث بأمن المواطنين»')
E('other', 'committee of elders and notables (Zawiya)', ZAW, '2024-05-26', 'ظهر الأحد', MAYOR, 'reported',
  'لجنة من الحكماء والأعيان «نجحت ظهر الأحد في التوصل إلى هدنة مؤقتة»')
E('statement', MAYOR, None, None, None, None, 'asserted',
  'مضيفاً أن «الهدنة هشة وقد تنهار في أي لحظة إذا لم تتدخل الدولة»')
E('other', None, ZAW, None, None, MAYOR, 'reported', 'الخسائر المادية الأولية بنحو أربعة ملايين دينار')
E('displacement', LRC, 'from Al-Harsha to schools in central Zawiya', None, None, LRC, 'reported',
  'نقل الهلال الأحمر الليبي - فرع الزاوية - نحو 30 عائلة من منطقة الحرشة إلى مدارس في وسط المدينة')
E('other', None, ZAW, None, None, LRC, 'reported', 'فرقه «تعرضت لإطلاق نار أثناء محاولتها إجلاء العالقين»')
E('statement', UNSMIL, None, None, None, None, 'asserted',
  'أعربت بعثة الأمم المتحدة للدعم في ليبيا عن «قلقها البالغ» من تجدد العنف في الزاوية')
E('statement', UNSMIL, None, None, None, None, 'asserted',
  'دعت جميع الأطراف إلى «حماية المدنيين والامتناع عن استخدام الأسلحة في المناطق المأهولة»')
E('other', None, ZAW, None, None, SECSRC_LY, 'reported', 'أوامر قبض صدرت بحق ستة مطلوبين شاركوا في الاشتباكات')
E('killing/casualties', None, ZAW, None, 'قبل نحو شهرين — month only (about March 2024)', None, 'asserted',
  'أسفر عن مقتل شخصين')

N('5', 'people', 'people killed in the clashes (headline)', 'exact', 'خمسة قتلى', 0)
N('1', 'people', 'child among the dead (headline)', 'exact', 'طفل', 0)
N('5', 'people', 'people killed in the clashes', 'exact', 'خمسة أشخاص')
N('1', 'people', 'child among the dead', 'exact', 'طفل', 1)
N('12', 'years', 'age of the child killed', 'exact', 'الثانية عشرة')
N('13', 'people', 'people wounded in the clashes', 'exact', '13 آخرون')
N('2', 'armed groups', 'armed groups that clashed', 'exact', 'مجموعتين مسلحتين')
N('5', 'people', 'dead received by the Zawiya Medical Center', 'exact', 'خمسة قتلى', 1)
N('2', 'people', 'civilians among the dead', 'exact', 'مدنيان')
N('13', 'people', 'wounded received by the Zawiya Medical Center', 'exact', '13 جريحاً')
N('3', 'people', 'wounded in serious condition', 'exact', 'ثلاثة منهم')
N('1', 'people', 'group member whose killing started the clashes', 'exact', 'عنصر')
N('4000000', 'Libyan dinars', 'preliminary estimate of the material losses', 'approx', 'نحو أربعة ملايين دينار')
N('30', 'families', 'families moved by the Red Crescent from Al-Harsha', 'approx', 'نحو 30 عائلة')
N('6', 'people', 'wanted men named in arrest warrants', 'exact', 'ستة مطلوبين')
N('2', 'people', 'people killed in the previous clashes', 'exact', 'شخصين')

D('السبت', '2024-05-25', 'weekday')
D('أمس', '2024-05-26', 'relative')
D('الأحد', '2024-05-26', 'weekday', 0)
D('حتى إشعار آخر', None, 'vague')
D('الأحد', '2024-05-26', 'weekday', 1)
D('في أي لحظة', None, 'vague')
D('الأحد', '2024-05-26', 'weekday', 2)
D('منذ سنوات', None, 'vague')
D('قبل نحو شهرين', '2024-03', 'relative')

A(ZMC, 'قال', False, 'إنه استقبل جثامين خمسة قتلى، بينهم مدنيان، إضافة إلى 13 جريحاً، وصفت حالة ثلاثة منهم بالخطرة')
A(WIT_LY, 'أفاد', False,
  'الاشتباكات بدأت عقب مقتل عنصر تابع لإحدى المجموعتين عند بوابة جسر الحرشة، قبل أن تمتد إلى منطقتي الحرشة وأبو عيسى، '
  'حيث سقطت قذائف عشوائية على منازل المواطنين وأحرقت عدداً من السيارات')
A(ZSD, 'أعلنت', False, 'إغلاق الطريق الساحلي بين الزاوية وجنزور أمام حركة السير')
A(PC, 'أصدر', True, 'الوقف الفوري لإطلاق النار وسحب الآليات المسلحة من داخل الأحياء السكنية')
A(PC, 'مؤكداً', False, 'أنه «لن يتهاون مع أي طرف يعبث بأمن المواطنين»')
A(MAYOR, 'قال', False, 'لجنة من الحكماء والأعيان «نجحت ظهر الأحد في التوصل إلى هدنة مؤقتة»')
A(MAYOR, 'مضيفاً', True, 'الهدنة هشة وقد تنهار في أي لحظة إذا لم تتدخل الدولة')
A(MAYOR, 'قدّر', False, 'الخسائر المادية الأولية بنحو أربعة ملايين دينار')
A(LRC, 'بحسب', False, 'نقل الهلال الأحمر الليبي - فرع الزاوية - نحو 30 عائلة من منطقة الحرشة إلى مدارس في وسط المدينة')
A(LRC, 'أشار', False, 'فرقه «تعرضت لإطلاق نار أثناء محاولتها إجلاء العالقين»')
A(UNSMIL, 'أعربت', False, '«قلقها البالغ» من تجدد العنف في الزاوية')
A(UNSMIL, 'دعت', False, 'جميع الأطراف إلى «حماية المدنيين والامتناع عن استخدام الأسلحة في المناطق المأهولة»')
A(SECSRC_LY, 'قال', True, 'أوامر قبض صدرت بحق ستة مطلوبين شاركوا في الاشتباكات')

ENT('الزاوية', 'LOC', ZAW)
ENT('الطريق الساحلي', 'LOC', 'coastal road (Tripoli–Zawiya)')
ENT('الرئاسي', 'ORG', PC)
ENT('بوابة الوسط', 'ORG', 'Al Wasat')
ENT('طرابلس', 'LOC', 'Tripoli')
ENT('مركز الزاوية الطبي', 'ORG', ZMC)
ENT('فيسبوك', 'MISC', 'Facebook')
ENT('بوابة جسر الحرشة', 'LOC', 'Harsha bridge checkpoint (Zawiya)')
ENT('الحرشة', 'LOC', 'Al-Harsha (Zawiya)')
ENT('أبو عيسى', 'LOC', 'Abu Issa (Zawiya)')
ENT('مديرية أمن الزاوية', 'ORG', ZSD)
ENT('جنزور', 'LOC', 'Janzour')
ENT('جامعة الزاوية', 'ORG', 'University of Zawiya')
ENT('المجلس الرئاسي', 'ORG', PC)
ENT('للجيش الليبي', 'ORG', 'Libyan Army')
ENT('رئاسة الأركان العامة', 'ORG', 'General Staff (Libyan Army)')
ENT('بلدية الزاوية', 'ORG', 'Zawiya Municipality')
ENT('الهلال الأحمر الليبي', 'ORG', 'Libyan Red Crescent')
ENT('بعثة الأمم المتحدة للدعم في ليبيا', 'ORG', UNSMIL)
ENT('وزارة الداخلية', 'ORG', 'Ministry of Interior (Government of National Unity)')
ENT('حكومة الوحدة الوطنية', 'ORG', 'Government of National Unity (Libya)')
ENT('ليبيا', 'LOC', 'Libya')

F('the clashes', 'اشتباكات')
F('the clashes', 'الاشتباكات')
F('the two armed groups', 'مجموعتين مسلحتين')
F('the shells (random)', 'قذائف عشوائية')
F('the violence', 'العنف')
F('the truce (mayor wording: fragile)', 'الهدنة هشة')
F('the gunmen (security wording: wanted men)', 'مطلوبين')
F('civilians (citizens)', 'المواطنين')
finish_article('h06')

UNCERTAIN = [
    'BLIND set: the texts were newly written for this set (realistic, not copied) and annotated by hand by an '
    'annotator who had not read the extractor code or its data files (generator/), had not run the extractors or '
    '"briefing eval" on them while writing or annotating, and had not read the texts or annotations of the other '
    'gold sets beyond the builders\' helper code, their titles and heldout11\'s conventions notes. Broad facts follow '
    'real events (the twelfth Lebanese presidential-election session of 14 Jun 2023, Azour 59 and Frangieh 51; the '
    'Iraqi provincial elections of 18 Dec 2023 and the appeals that followed; the RSF capture of Singa on 29 Jun 2024 '
    'and the flight towards Gedaref; the projectiles that hit Smara on 29 Oct 2023; the protests against HTS in Idlib '
    'in Feb-Mar 2024 after the death of "Abu Obeida Tal Hadya" in detention and the amnesty that followed; the '
    'recurrent armed clashes in Zawiya) but figures are approximate or invented (the Diyala appeal counts, the '
    'minor vote counts, the Dinder strike, the SNHR counts, the whole Zawiya clash of May 2024) and quotes of real '
    'officials are written for the set. Minor people are invented (Fares al-Azzawi, Amna Abdel Rahim, Osman '
    'al-Tayeb, Mohamed Salem, Ahmad al-Hussein); romanisations of minor names are the annotator\'s own.',
    'Article keys are h01..h06 (the shared validator expects them); files are x01..x06. Rows are sorted by position.',
    'Dates: part-of-day words (فجر، صباح، عصر، ظهر، مساء، ليل) and the preceding "يوم"/"حتى"/"إلى حدود" stay '
    'outside date surfaces; "أمس/اليوم + weekday" is two dates; "X الماضي" and "X المقبل(ة)" stay in the surface and '
    'are relative days (السبت الماضي، الخميس الماضي، الأحد الماضي، الخميس المقبل، الجمعة المقبلة); "الأسبوع المقبل" '
    'is the next ISO week and "قبل أسبوع" the ISO week of publication - 7 days; "قبل نحو شهرين" (h06) is resolved to '
    'the month of publication - 2 months (2024-03, relative). The Asharq Al-Awsat dateline (h03) gives three dates: '
    'the weekday, the Hijri date "28 ذو الحجة 1445" and "04 يوليو 2024", both absolute 2024-07-04 (Umm al-Qura), with '
    'the era letters هـ/م left outside the surfaces. "15 من آذار" keeps "من". Month expressions are absolute months '
    '(نهاية تموز المقبل، أواخر شباط الماضي، مطلع آذار الحالي، ديسمبر (كانون الأول) الماضي); year-only expressions '
    'are vague (منذ عام 2013، مطلع عام 2017). Vague: منذ ساعات الصباح الأولى، خلال أربعة أيام (also a number)، خلال '
    'الأشهر الماضية، حتى إشعار آخر، في أي لحظة، منذ سنوات. Not dates: clock times (الساعة الواحدة و20 دقيقة)، يومياً، '
    'ordinal Fridays of a protest movement (للجمعة الثالثة، ثالث جمعة) and protest names (جمعة الحرية للمعتقلين)، '
    'event-anchored phrases (بعد عشرة أيام من الاقتراع، خلال 15 يوماً من تاريخ المصادقة، بعد نحو عشرة أشهر من اعتقاله، '
    'منذ اندلاع الحرب، منذ تأسيسها، قبل أن يرفع الجلسة)، للمرة الأولى، حتى النهاية، "يوماً" meaning "ever".',
    'Event dates: events in the same sentence as a dated event inherit its date unless the cue plainly dates something '
    'else: the IOM update "الثلاثاء" (h03) does not date the flight; "السبت الماضي" (h03) dates the RSF announcement '
    'of the capture and is kept as the capture\'s date; the IHEC decision (h02) takes the day of its announcement. In '
    'h06 the clashes take their start "ليل السبت" (2024-05-25) although they lasted until Sunday noon, and the deaths '
    'and injuries of the same sentence stay undated (they fall on either day). Month-only expressions never date an '
    'event. Events in the sentence after the dated one stay undated (h01 the attendance and vote details, h05 the '
    'gatherings in Binnish, Sarmada and Atarib).',
    'Numbers: ranges are two rows, the lower bound as the bare numeral and the upper with the counted noun (300 / 400 '
    'أسرة؛ ستة / سبعة مقاعد). Counts of votes, ballots, envelopes, appeals, seats, polling stations, schools, '
    'projectiles, explosions and armed groups are rows with their own units (the dual "مجموعتين مسلحتين" and '
    '"محطتين" included); "أحدهم" (one of the injured, critical) is a row of 1 person; singular victims are rows (شاب، '
    'طفل، عنصر); the ordinal age "في الثانية عشرة من عمره" is an age of 12 years; the drone "مسيّرة" that struck the '
    'market is a row like a downed aircraft, but the medical helicopter that carried a patient is not. Not numbers: '
    'the back-reference "الطعنين المقبولين", the per-person rate "للشخص الواحد", the division name "الفرقة 17 '
    'مشاة", clock times, ordinals (الجلسة الثانية عشرة، الدورة الأولى، أول زيارة، الثالث، الرابع، القائمة الأولى), and '
    'vague non-people quantities (عشرات الكيلومترات، عدداً من السيارات). "لن يكفي أكثر من أسبوعين" is 2 weeks, exact '
    '(the negated "أكثر من" is not a hedge). Money keeps its currency (Lebanese pounds, Sudanese pounds, Libyan dinars).',
    'Entities: classifiers stay outside spans (مدينة، ولاية، ولايتي، محافظة، قضاء، ناحية، منطقة، منطقتي، حي، إقليم، '
    'ريف، فصيل، حزب، حركة، كتلة، قناة); quote marks split names (حركة "أمل" -> أمل). Facility and body names are kept '
    'whole, hiding the places inside them (ساحة النجمة، قصر بعبدا، بوابة جسر الحرشة، دوار المحراب، المستشفى الجهوي مولاي '
    'الحسن بن المهدي، محكمة الاستئناف بالعيون، المجلس الإقليمي للسمارة، مجلس محافظة ديالى، مديرية أمن الزاوية، بلدية '
    'الزاوية، مركز الزاوية الطبي، إدارة الشرق الأوسط وآسيا الوسطى، بعثة الأمم المتحدة لتنظيم الاستفتاء في الصحراء '
    'الغربية، بعثة الأمم المتحدة للدعم في ليبيا). "الموقتة" after "حكومة الوحدة الوطنية" is left out. Fused ل+article '
    'tokens are their own surfaces (للسومرية نيوز، للجيش السوداني، للنيل الأزرق (the river)، للجيش الليبي). Short '
    'forms are listed (المجلس، البرلمان، المفوضية، المنظمة، الهيئة، الشبكة، الجبهة، الرئاسي، الجيش، بري، الغلاي). '
    '"لبنان" inside the ballot slogan "لبنان الجديد" is listed as Lebanon; the colloquial "الدعامة" (RSF fighters) is '
    'listed as the RSF; the coastal road and the Moroccan berm (الطريق الساحلي، الجدار الأمني) are LOC; Facebook is '
    'MISC. Not entities: generic references (الحكومة، السلطات، الدولة، العاصمة، المدينة، المطار، المرفأ، مقبرة المدينة، '
    'المستشفى الإقليمي، ملعب القرب، للفرع، الجريدة), titles (الوكيل العام للملك، مفوض العون الإنساني، عميد البلدية، '
    'الأمين العام)، descriptive groups (حلفاؤهم، الحكماء والأعيان، فصائل المعارضة)، the protest name "جمعة الحرية '
    'للمعتقلين" and the slogan quotes, nationality adjectives.',
    'Attribution spans follow heldout9-11: the complement after أن/إن/بأن (fused pronouns kept: "أنه", "إنه", '
    '"إنها"); inside the quotation marks when the whole complement is quoted; mixed quotes direct_quote false; '
    'markers (بحسب) span the clause they qualify. Announcements with a nominal complement are attributions of that '
    'nominal (أعلنت ... رد 87 طعناً، أعلنت ... سيطرتها على المدينة، أعلنت ... إغلاق الطريق الساحلي) and the content '
    'event is reported; the Salvation Government\'s amnesty (h05) is the performative act itself, asserted, with no '
    'attribution. "علمت النهار من مصادر دبلوماسية" is an attribution to the sources (verb علمت); "وفق ما علمت '
    'الجريدة" is the outlet\'s own voice; "بعد انتشار أنباء عن" is an attribution to unattributed reports; relays are '
    '"X (via Y)" (Raad via Al-Manar, al-Jolani via HTS-affiliated accounts), with the statement event asserted and its '
    'actor the relayed speaker. Finite calls and expressions of concern (دعت، أعربت عن) are statements and '
    'attributions; participial calls, demands and appeals (داعياً، مطالباً، مناشداً) are neither. "حمّل ... مسؤولية", '
    '"قدّر", "شكر في بيان", "روت", "رجح", "يتوقع" and "أصدر ... تعليمات بـ«...»" are reporting verbs. Non-responses '
    '("لم تعلق"، "لم يصدر ... أي تعليق"، "لم يرد") are neither statements nor attributions.',
    'Event typing: parliamentary sessions, votes and tallies, walkouts, attendance, adjournment, appeal decisions, '
    'recounts, certification, road closures and traffic diversions, deployments, meetings, protests, assaults with '
    'sticks, robbery at checkpoints, arrest warrants and arbitrary arrests, the amnesty, investigations and forensic '
    'work, hospital transfers, funerals, truces, loss estimates, exam suspensions, exchange-rate moves, the end of a '
    'term of office and the appointment of an envoy are "other"; armed clashes whose parties are not named are '
    '"other" with actor null or the groups as the text names them; projectiles falling and shells hitting houses are '
    'airstrike/shelling (actor null when the text names none), while the explosions as heard or counted are '
    '"explosion"; the arrival and flight of displaced people, the Red Crescent moving families out of the fighting '
    'and displaced people living in camps are displacement; a prediction of more displacement is displacement '
    '(predicted); claims of "liberating" a town are capture/control (reported). Headlines carry their own rows. When '
    'a statement\'s content is itself an event, only the content event is a row (IHEC\'s and the Red Crescent\'s '
    'reports); otherwise the statement row spans speaker, verb and content where they are contiguous.',
]


description = {
    'summary': 'Twelfth gold set (BLIND: never tuned on; nobody reads its misses): six Arabic news articles written '
               'for this set in the style of real outlets of six countries (An-Nahar on the twelfth Lebanese '
               'presidential-election session and the broken quorum, Alsumaria News on the Diyala election appeals '
               'and a road blockade, Asharq Al-Awsat on the flight from Singa to Gedaref after the RSF took the '
               'capital of Sennar, Hespress on the projectiles that hit Smara, Enab Baladi on the protests against '
               'Hayat Tahrir al-Sham in Idlib and the amnesty, Al Wasat on armed clashes in Zawiya), annotated by hand '
               'without looking at the extractors. Same format and conventions as ../shared/dev-set/seeds_gold.json '
               'and tests/heldout9-11. "file" is relative to tests/. Offsets are Python str indices into '
               'open(path, encoding="utf-8").read().',
    'uncertain_points': UNCERTAIN,
    'files': FILES,
    'counts': _GOLD.counts(),
}

if __name__ == '__main__':
    write_set(_GOLD, HERE, description)
