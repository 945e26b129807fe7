#!/usr/bin/env python3
"""Build heldout25_gold.json from the hand annotations below (BLIND set 25: h01..h06, files g01..g06).

Spans are (surface, occurrence index), located by search; the helpers and their conventions are
tests/heldout_tools/annotate.py.
Run: python3 tests/heldout25/build_gold.py  (writes heldout25_gold.json next to this file)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(TESTS, 'heldout_tools'))  # annotate.py, common.py
from annotate import FILES, Gold, basis, outlet, write_set  # noqa: E402

_GOLD = Gold('heldout25')
ARTICLES = _GOLD.articles   # key -> dict
article, finish_article = _GOLD.article, _GOLD.finish_article
E, N, A, D, ENT, F = _GOLD.E, _GOLD.N, _GOLD.A, _GOLD.D, _GOLD.ENT, _GOLD.F


# ---------------------------------------------------------------------------------------------- h01
article('h01', 'g01_al_udeid_missiles.txt', outlet('عكاظ', 'Okaz', 'okaz.com.sa'), '2025-06-24',
        basis('2025-06-24', 'g01_al_udeid_missiles.txt',
              'Consistent with the text: the strike "مساء أمس (الإثنين) 27 ذو الحجة 1446هـ" = 2025-06-23 (Umm al-Qura: '
              '1 Dhu al-Hijjah 1446 = 2025-05-28), the US strikes "فجر الأحد الماضي" = 2025-06-22.'),
        'الحرس الثوري يستهدف قاعدة العديد بـ19 صاروخاً.. والدوحة: اعتراض 18 منها دون إصابات')
IRGC = 'Islamic Revolutionary Guard Corps'
UDEID = 'Al Udeid Air Base (Qatar)'
QMOD = 'Qatari Ministry of Defence'
ANSARI = 'Majed al-Ansari (Qatari Foreign Ministry spokesman)'
TRUMP = 'Donald Trump'
SMOFA = 'Saudi Ministry of Foreign Affairs'
MARRI = 'Salem al-Marri (Qatari resident of Al Wakrah)'
MON1 = 'مساء أمس (الإثنين) 27 ذو الحجة 1446هـ'
E('airstrike/shelling', IRGC, UDEID, None, None, None, 'asserted', 'الحرس الثوري يستهدف قاعدة العديد بـ19 صاروخاً')
E('other', 'Qatari air defences', UDEID, None, None, 'Qatar', 'reported', 'اعتراض 18 منها دون إصابات')
E('airstrike/shelling', IRGC, UDEID, '2025-06-23', MON1, None, 'asserted',
  'أطلق الحرس الثوري الإيراني مساء أمس (الإثنين) 27 ذو الحجة 1446هـ، 19 صاروخاً باليستياً باتجاه قاعدة العديد الجوية '
  'جنوب غرب الدوحة')
E('statement', IRGC, None, None, None, None, 'asserted',
  'قال إنه رد على الضربات الأمريكية التي استهدفت منشآت فوردو ونطنز وأصفهان النووية فجر الأحد الماضي')
E('airstrike/shelling', 'United States', 'Fordow, Natanz and Isfahan nuclear facilities (Iran)', '2025-06-22',
  'فجر الأحد الماضي', IRGC, 'reported', 'الضربات الأمريكية التي استهدفت منشآت فوردو ونطنز وأصفهان النووية فجر الأحد الماضي')
E('other', 'Qatari air defences', UDEID, None, None, QMOD, 'reported',
  'الدفاعات الجوية تصدت للهجوم واعترضت 18 صاروخاً')
E('airstrike/shelling', IRGC, UDEID, None, None, QMOD, 'reported', 'سقط صاروخ واحد في منطقة غير مأهولة داخل القاعدة')
E('statement', QMOD, UDEID, None, None, None, 'asserted', 'مؤكدة عدم وقوع أي إصابات أو وفيات')
E('other', None, UDEID, None, 'في وقت سابق (vague)', ANSARI, 'reported',
  'القاعدة «أُخليت في وقت سابق ضمن إجراءات احترازية»')
E('statement', ANSARI, None, None, None, None, 'asserted',
  'مضيفاً أن دولة قطر «تحتفظ بحق الرد المباشر بما يتناسب مع حجم هذا الاعتداء السافر»')
E('airstrike/shelling', IRGC, UDEID, None, None, IRGC, 'reported',
  'العملية التي أطلق عليها اسم «بشائر الفتح» استهدفت «أكبر قاعدة أمريكية في غرب آسيا»')
E('statement', IRGC, None, None, None, None, 'asserted',
  'مشيراً إلى أن عدد الصواريخ يساوي عدد القنابل التي ألقتها القاذفات الأمريكية على المنشآت الإيرانية')
E('other', 'Iran', None, None, None, 'US official (via Reuters)', 'reported',
  'طهران أبلغت واشنطن مسبقاً بموعد الهجوم عبر وسطاء')
E('other', 'Israel and Iran', None, None, 'بعد نحو ثلاث ساعات — event-anchored, no date expression', TRUMP, 'reported',
  'التوصل إلى وقف شامل لإطلاق النار بين إسرائيل وإيران')
E('statement', 'Saudi Arabia', None, None, None, None, 'asserted',
  'أدانت المملكة العربية السعودية بأشد العبارات الهجوم الإيراني')
E('statement', SMOFA, None, None, None, None, 'asserted',
  'قالت وزارة الخارجية في بيان إن الاعتداء «انتهاك صارخ للقانون الدولي ولمبادئ حسن الجوار ولا يمكن تبريره تحت أي ذريعة»')
E('other', 'Saudi Arabia', 'Qatar', None, None, SMOFA, 'reported', 'تسخير كافة إمكاناتها لمساندة الأشقاء في قطر')
E('statement', 'United Arab Emirates, Kuwait, Jordan and Egypt', None, None, None, None, 'asserted',
  'أدانت الإمارات والكويت والأردن ومصر الهجوم')
E('statement', MARRI, 'Al Wakrah', None, None, None, 'asserted',
  'قائلاً: «طلعنا على صوت الانفجارات والسما كلها نور، الأطفال خافوا وايد، بس الحمد لله ما صار شي»')
E('other', 'Qatar', 'Qatar', None, None, None, 'asserted', 'أغلقت قطر مجالها الجوي مؤقتاً')
E('other', 'Qatar', 'Qatar', None, None, None, 'asserted', 'تعيد فتحه بعد منتصف الليل')
E('other', 'Bahrain and Kuwait', 'Bahrain and Kuwait', None, None, None, 'asserted',
  'علّقت البحرين والكويت حركة الطيران لساعات')
E('other', None, 'Hamad International Airport', None, None, 'a source at Hamad International Airport', 'reported',
  'تكدس أكثر من 8 آلاف مسافر في مطار حمد الدولي')

N('19', 'missiles', 'ballistic missiles fired at Al Udeid (headline)', 'exact', '19 صاروخاً', 0)
N('18', 'missiles', 'missiles intercepted (headline)', 'exact', '18 منها')
N('19', 'missiles', 'ballistic missiles fired at Al Udeid', 'exact', '19 صاروخاً', 1)
N('18', 'missiles', 'missiles intercepted', 'exact', '18 صاروخاً')
N('1', 'missiles', 'missile that fell inside the base', 'exact', 'صاروخ واحد')
N('3', 'hours', 'time between the strike and the ceasefire announcement', 'approx', 'نحو ثلاث ساعات')
N('20', 'kilometres', 'distance of Al Wakrah from the base', 'approx', 'نحو 20 كيلومتراً')
N('8000', 'people', 'passengers stranded at Hamad International Airport', 'more than', 'أكثر من 8 آلاف مسافر')
N('10000', 'people', 'US military personnel hosted at Al Udeid', 'approx', 'نحو 10 آلاف عسكري')

D('أمس', '2025-06-23', 'relative')
D('الإثنين', '2025-06-23', 'weekday')
D('27 ذو الحجة 1446', '2025-06-23', 'absolute')
D('الأحد الماضي', '2025-06-22', 'relative')
D('في وقت سابق', None, 'vague')
D('منذ أيام', None, 'vague')

A('Qatar', None, False, 'اعتراض 18 منها دون إصابات')
A(IRGC, 'قال', False, 'إنه رد على الضربات الأمريكية التي استهدفت منشآت فوردو ونطنز وأصفهان النووية فجر الأحد الماضي')
A(QMOD, 'أعلنت', False, 'الدفاعات الجوية تصدت للهجوم واعترضت 18 صاروخاً، فيما سقط صاروخ واحد في منطقة غير مأهولة داخل القاعدة')
A(QMOD, 'مؤكدة', False, 'عدم وقوع أي إصابات أو وفيات')
A(ANSARI, 'أوضح', False, 'القاعدة «أُخليت في وقت سابق ضمن إجراءات احترازية»')
A(ANSARI, 'مضيفاً', False, 'دولة قطر «تحتفظ بحق الرد المباشر بما يتناسب مع حجم هذا الاعتداء السافر»')
A(IRGC, 'قال', False, 'العملية التي أطلق عليها اسم «بشائر الفتح» استهدفت «أكبر قاعدة أمريكية في غرب آسيا»')
A(IRGC, 'مشيراً', False, 'عدد الصواريخ يساوي عدد القنابل التي ألقتها القاذفات الأمريكية على المنشآت الإيرانية')
A('US official (via Reuters)', 'نقلت', False,
  'طهران أبلغت واشنطن مسبقاً بموعد الهجوم عبر وسطاء، وإن القاعدة كانت شبه خالية من الطائرات منذ أيام')
A(TRUMP, 'أعلن', False, 'التوصل إلى وقف شامل لإطلاق النار بين إسرائيل وإيران')
A(SMOFA, 'قالت', False, 'الاعتداء «انتهاك صارخ للقانون الدولي ولمبادئ حسن الجوار ولا يمكن تبريره تحت أي ذريعة»')
A(SMOFA, 'معلنة', False, 'تسخير كافة إمكاناتها لمساندة الأشقاء في قطر')
A(MARRI, 'روى', False, 'أنه شاهد الصواريخ الاعتراضية في السماء')
A(MARRI, 'قائلاً', True, 'طلعنا على صوت الانفجارات والسما كلها نور، الأطفال خافوا وايد، بس الحمد لله ما صار شي')
A('a source at Hamad International Airport', 'بحسب', False, 'تكدس أكثر من 8 آلاف مسافر في مطار حمد الدولي')

ENT('الحرس الثوري', 'ORG', IRGC)
ENT('قاعدة العديد', 'LOC', 'Al Udeid Air Base')
ENT('الدوحة', 'LOC', 'Doha')
ENT('الحرس الثوري الإيراني', 'ORG', IRGC)
ENT('قاعدة العديد الجوية', 'LOC', 'Al Udeid Air Base')
ENT('فوردو', 'LOC', 'Fordow')
ENT('نطنز', 'LOC', 'Natanz')
ENT('أصفهان', 'LOC', 'Isfahan')
ENT('وزارة الدفاع القطرية', 'ORG', QMOD)
ENT('وزارة الخارجية القطرية', 'ORG', 'Qatari Ministry of Foreign Affairs')
ENT('ماجد الأنصاري', 'PER', 'Majed al-Ansari')
ENT('قطر', 'LOC', 'Qatar')
ENT('بشائر الفتح', 'MISC', 'Operation Basharat al-Fath')
ENT('غرب آسيا', 'LOC', 'West Asia')
ENT('رويترز', 'ORG', 'Reuters')
ENT('طهران', 'LOC', 'Tehran')
ENT('واشنطن', 'LOC', 'Washington, D.C.')
ENT('دونالد ترمب', 'PER', 'Donald Trump')
ENT('تروث سوشيال', 'MISC', 'Truth Social')
ENT('إسرائيل', 'LOC', 'Israel')
ENT('إيران', 'LOC', 'Iran')
ENT('المملكة العربية السعودية', 'LOC', 'Saudi Arabia')
ENT('وزارة الخارجية', 'ORG', SMOFA)
ENT('الإمارات', 'LOC', 'United Arab Emirates')
ENT('الكويت', 'LOC', 'Kuwait')
ENT('الأردن', 'LOC', 'Jordan')
ENT('مصر', 'LOC', 'Egypt')
ENT('سالم المري', 'PER', 'Salem al-Marri')
ENT('الوكرة', 'LOC', 'Al Wakrah')
ENT('عكاظ', 'ORG', 'Okaz')
ENT('البحرين', 'LOC', 'Bahrain')
ENT('مطار حمد الدولي', 'LOC', 'Hamad International Airport')
ENT('العديد', 'LOC', 'Al Udeid Air Base')
ENT('للقيادة المركزية الأمريكية', 'ORG', 'United States Central Command')

F('the Iranian attack (Qatari wording)', 'الاعتداء السافر')
F('the Iranian attack (Saudi wording)', 'انتهاك صارخ')
F('Al Udeid (IRGC wording)', 'أكبر قاعدة أمريكية')
F('the Qataris (Saudi wording)', 'الأشقاء')
F('the missile operation (IRGC name)', 'بشائر الفتح')
finish_article('h01')

# ---------------------------------------------------------------------------------------------- h02
article('h02', 'g02_lebanon_return_south.txt', outlet('الأخبار', 'Al-Akhbar', 'al-akhbar.com'), '2024-11-28',
        basis('2024-11-28', 'g02_lebanon_return_south.txt',
              'Consistent with the text: the ceasefire took effect "فجر أمس، الأربعاء 27 تشرين الثاني" = 2024-11-27, '
              'Berri\'s speech "مساء الثلاثاء" = 2024-11-26; Levantine month names (تشرين الثاني، تشرين الأول، تموز).'),
        '«راجعين ولو ع الركام»: عشرات الآلاف يعودون إلى الجنوب في اليوم الأول لوقف إطلاق النار')
IDF = 'Israel Defense Forces'
CDS = 'Lebanese Civil Defense sources'
RAMMAL = 'Hussein Rammal (mayor of Odaisseh) (via National News Agency)'
LAF = 'Lebanese Armed Forces'
ADRAEE = 'Avichay Adraee (Israeli army spokesman)'
BERRI = 'Nabih Berri'
UMMALI = 'Umm Ali (returnee to Kfar Rumman)'
HASAN = 'Hassan (son of Umm Ali)'
MOPH = 'Lebanese Ministry of Public Health'
WED = 'فجر أمس، الأربعاء 27 تشرين الثاني'
E('other', None, 'South Lebanon', None, None, None, 'asserted', 'عشرات الآلاف يعودون إلى الجنوب')
E('other', 'Lebanon and Israel', 'Lebanon', '2024-11-27', WED, None, 'asserted',
  'دخول اتفاق وقف إطلاق النار بين لبنان والعدو الإسرائيلي حيّز التنفيذ')
E('other', None, 'roads to South Lebanon and the Beqaa', '2024-11-27', WED + ' (same sentence)', None, 'asserted',
  'امتلأت الطرقات المؤدية إلى الجنوب والبقاع بآلاف السيارات المحمّلة بالفرش والحقائب')
E('other', None, 'Tyre, Nabatieh and Marjayoun', None, 'خلال 24 ساعة (vague)', CDS, 'reported',
  'أكثر من 120 ألف نازح عادوا خلال 24 ساعة إلى قراهم في صور والنبطية ومرجعيون')
E('other', None, 'Zahrani highway', None, None, None, 'asserted', 'شهد أوتوستراد الزهراني زحمة خانقة امتدت لساعات')
E('other', None, 'Odaisseh', None, None, RAMMAL, 'reported',
  'أكثر من 80 في المئة من منازل البلدة مدمّرة كلياً أو جزئياً')
E('other', LAF, 'south of the Litani', None, None, LAF, 'reported', 'باشر تعزيز انتشاره في قطاع جنوب الليطاني')
E('advance/offensive', IDF, 'outskirts of Khiam', None, None, None, 'asserted',
  'أطلقت قوات الاحتلال النار باتجاه عدد من العائدين عند أطراف بلدة الخيام')
E('killing/casualties', IDF, 'outskirts of Khiam', None, None, None, 'asserted', 'إصابة مواطنين اثنين')
E('displacement', IDF, '62 border villages (South Lebanon)', None, 'حتى إشعار آخر (vague)', ADRAEE, 'reported',
  '«منع» الأهالي من العودة إلى 62 قرية حدودية حتى إشعار آخر')
E('other', IDF, 'near Markaba', None, None, None, 'asserted', 'اعتقلت قوة إسرائيلية أربعة أشخاص في محيط بلدة مركبا')
E('accusation', IDF, 'near Markaba', None, None, None, 'asserted', 'زعمت أنهم عناصر في حزب الله')
E('statement', BERRI, None, '2024-11-26', 'مساء الثلاثاء', None, 'asserted',
  'كان رئيس مجلس النواب نبيه بري قد قال، في كلمة متلفزة مساء الثلاثاء، إن لبنان «اجتاز واحدة من أخطر المراحل في تاريخه»')
E('other', None, 'Kfar Rumman', None, None, UMMALI, 'reported', 'رجعنا ولو ع الحجارة')
E('other', None, 'Kfar Rumman', None, None, UMMALI, 'reported', 'البيت راح')
E('other', 'family of Umm Ali', 'Kfar Rumman', None, None, HASAN, 'planned',
  'العائلة ستنصب خيمة قرب المنزل إلى حين ترميمه')
E('killing/casualties', None, 'Lebanon', None, 'منذ 8 تشرين الأول 2023 — start of the count, not the date of the deaths',
  MOPH, 'reported', 'ارتفع عدد الشهداء منذ 8 تشرين الأول 2023 إلى 3823 شهيداً، إضافة إلى 15859 جريحاً')
E('displacement', None, 'Lebanon', None, None, None, 'asserted', 'تجاوز عدد النازحين مليوناً و200 ألف شخص')
E('other', IDF, 'South Lebanon', None, 'خلال 60 يوماً (deadline, vague)', None, 'planned',
  'انسحاب قوات الاحتلال من الجنوب خلال 60 يوماً')
E('other', LAF, 'South Lebanon', None, None, None, 'planned', 'انتشار 10 آلاف جندي لبناني في المنطقة')

N(None, 'people', 'returnees to the south on the first day (headline)', 'vague', 'عشرات الآلاف')
N('120000', 'people', 'displaced people who returned within 24 hours', 'more than', 'أكثر من 120 ألف نازح')
N('24', 'hours', 'period of the return count', 'exact', '24 ساعة')
N('80', 'percent', 'share of the houses of Odaisseh destroyed fully or partly', 'more than', 'أكثر من 80 في المئة')
N(None, 'people', 'returnees fired at near Khiam', 'vague', 'عدد من العائدين')
N('2', 'people', 'returnees wounded by Israeli fire near Khiam', 'exact', 'مواطنين اثنين')
N('62', 'villages', 'border villages the Israeli army bars residents from', 'exact', '62 قرية')
N('4', 'people', 'people arrested near Markaba', 'exact', 'أربعة أشخاص')
N('24', 'years', 'age of Hassan', 'exact', '24 عاماً')
N('3823', 'people', 'killed in Lebanon since 8 October 2023', 'exact', '3823 شهيداً')
N('15859', 'people', 'wounded in Lebanon since 8 October 2023', 'exact', '15859 جريحاً')
N('1200000', 'people', 'displaced in Lebanon', 'more than', 'مليوناً و200 ألف شخص')
N('60', 'days', 'deadline for the Israeli withdrawal', 'exact', '60 يوماً')
N('10000', 'people', 'Lebanese soldiers to deploy in the south', 'exact', '10 آلاف جندي')

D('أمس', '2024-11-27', 'relative')
D('الأربعاء', '2024-11-27', 'weekday')
D('27 تشرين الثاني', '2024-11-27', 'absolute')
D('تموز 2006', '2006-07', 'absolute')
D('خلال 24 ساعة', None, 'vague')
D('قبل أسابيع', None, 'vague')
D('حتى إشعار آخر', None, 'vague')
D('الثلاثاء', '2024-11-26', 'weekday')
D('8 تشرين الأول 2023', '2023-10-08', 'absolute')
D('خلال 60 يوماً', None, 'vague')

A(CDS, 'قدّرت', False, 'أكثر من 120 ألف نازح عادوا خلال 24 ساعة إلى قراهم في صور والنبطية ومرجعيون')
A(RAMMAL, 'نقلت', False,
  '«أكثر من 80 في المئة من منازل البلدة مدمّرة كلياً أو جزئياً»، وإن الأهالي «لن يجدوا ماءً ولا كهرباء قبل أسابيع»')
A(LAF, 'أعلن', False, 'أنه باشر تعزيز انتشاره في قطاع جنوب الليطاني')
A(ADRAEE, 'أعلن', False, '«منع» الأهالي من العودة إلى 62 قرية حدودية حتى إشعار آخر')
A(IDF, 'زعمت', False, 'أنهم عناصر في حزب الله')
A(BERRI, 'قال', False, 'لبنان «اجتاز واحدة من أخطر المراحل في تاريخه»')
A(UMMALI, 'قالت', True, 'رجعنا ولو ع الحجارة، البيت راح بس الأرض باقية، وما في شي أغلى من ترابنا')
A(HASAN, 'أكد', False, 'العائلة ستنصب خيمة قرب المنزل إلى حين ترميمه')
A(MOPH, 'بحسب', False, 'ارتفع عدد الشهداء منذ 8 تشرين الأول 2023 إلى 3823 شهيداً، إضافة إلى 15859 جريحاً')

ENT('لبنان', 'LOC', 'Lebanon')
ENT('العدو الإسرائيلي', 'ORG', 'Israel')
ENT('البقاع', 'LOC', 'Beqaa Valley')
ENT('الدفاع المدني', 'ORG', 'Lebanese Civil Defense')
ENT('صور', 'LOC', 'Tyre')
ENT('النبطية', 'LOC', 'Nabatieh')
ENT('مرجعيون', 'LOC', 'Marjayoun')
ENT('أوتوستراد الزهراني', 'LOC', 'Zahrani highway')
ENT('الوكالة الوطنية للإعلام', 'ORG', 'National News Agency (Lebanon)')
ENT('العديسة', 'LOC', 'Odaisseh')
ENT('حسين رمال', 'PER', 'Hussein Rammal')
ENT('الجيش اللبناني', 'ORG', LAF)
ENT('الليطاني', 'LOC', 'Litani River')
ENT('العدو', 'ORG', 'Israel')
ENT('قوات الاحتلال', 'ORG', IDF)
ENT('الخيام', 'LOC', 'Khiam')
ENT('جيش العدو', 'ORG', IDF)
ENT('أفيخاي أدرعي', 'PER', 'Avichay Adraee')
ENT('مركبا', 'LOC', 'Markaba')
ENT('حزب الله', 'ORG', 'Hezbollah')
ENT('مجلس النواب', 'ORG', 'Parliament of Lebanon')
ENT('نبيه بري', 'PER', 'Nabih Berri')
ENT('أم علي', 'PER', 'Umm Ali')
ENT('كفررمان', 'LOC', 'Kfar Rumman')
ENT('الأخبار', 'ORG', 'Al-Akhbar')
ENT('حسن', 'PER', 'Hassan')
ENT('وزارة الصحة العامة', 'ORG', MOPH)

F('Israel (Al-Akhbar wording)', 'العدو الإسرائيلي')
F('Israel (short, Al-Akhbar wording)', 'العدو')
F('Israeli forces (occupation)', 'قوات الاحتلال')
F('the displaced', 'النازحين')
F('the returnees', 'العائدين')
F('the dead (martyrs)', 'الشهداء')
F('the destroyed villages (rubble)', 'الركام')
finish_article('h02')

# ---------------------------------------------------------------------------------------------- h03
article('h03', 'g03_gaza_first_exchange.txt', outlet('السومرية نيوز', 'Alsumaria News', 'alsumaria.tv'), '2025-01-20',
        basis('2025-01-20', 'g03_gaza_first_exchange.txt',
              'Consistent with the text: the truce and the handover "أمس الأحد" = 2025-01-19, the prisoners\' release '
              '"فجر اليوم الاثنين" = 2025-01-20, Netanyahu\'s speech "مساء السبت" = 2025-01-18, the next exchange '
              '"السبت المقبل" = 2025-01-25.'),
        'بعد 15 شهراً من الحرب.. الهدنة تدخل حيز التنفيذ في غزة والإفراج عن 3 أسيرات إسرائيليات مقابل 90 أسيراً فلسطينياً')
GCD = 'Palestinian Civil Defence (Gaza)'
PPC = "Palestinian Prisoners' Club (via WAFA)"
UMMANAS = 'Umm Anas (mother of a released prisoner)'
BENGVIR = 'Itamar Ben-Gvir'
BIBI = 'Benjamin Netanyahu'
OCHA = 'United Nations Office for the Coordination of Humanitarian Affairs'
ANSARI3 = 'Majed al-Ansari (Qatari Foreign Ministry spokesman)'
E('other', None, 'Gaza', None, None, None, 'asserted', 'الهدنة تدخل حيز التنفيذ في غزة')
E('other', 'Hamas and Israel', 'Gaza', None, None, None, 'asserted',
  'الإفراج عن 3 أسيرات إسرائيليات مقابل 90 أسيراً فلسطينياً')
E('other', 'Israel and Hamas', 'Gaza Strip', '2025-01-19', 'صباح أمس الأحد', None, 'asserted',
  'دخل اتفاق وقف إطلاق النار في قطاع غزة حيز التنفيذ')
E('statement', 'Israel', None, None, None, None, 'asserted',
  'قالت إسرائيل إنه جاء بسبب عدم تسلمها قائمة بأسماء الأسيرات الثلاث المقرر الإفراج عنهن')
E('airstrike/shelling', 'Israel Defense Forces', 'northern Gaza Strip and Khan Yunis', None, None, GCD, 'reported',
  'شنت طائرات الاحتلال غارات على شمال القطاع ومدينة خان يونس')
E('killing/casualties', 'Israel Defense Forces', 'northern Gaza Strip and Khan Yunis', None, None, GCD, 'reported',
  'استشهاد 19 فلسطينياً وإصابة أكثر من 30 آخرين')
E('other', 'Al-Qassam Brigades', 'Al-Saraya Square, Gaza City', '2025-01-19', 'بعد ظهر الأحد', None, 'asserted',
  'سلمت كتائب القسام، الجناح العسكري لحركة حماس، الأسيرات رومي غونين وإميلي دماري ودورون شتاينبريخر إلى اللجنة الدولية '
  'للصليب الأحمر في ساحة السرايا وسط مدينة غزة')
E('other', 'Israeli authorities', 'Ofer Prison, west of Ramallah', '2025-01-20', 'فجر اليوم الاثنين', None, 'asserted',
  'أفرجت سلطات الاحتلال عن 90 أسيراً فلسطينياً من سجن عوفر غربي رام الله')
E('other', 'Israel Defense Forces', 'Beitunia', None, None, PPC, 'reported',
  'قوات الاحتلال أطلقت قنابل الغاز باتجاه الأهالي المتجمعين قرب السجن في بلدة بيتونيا')
E('killing/casualties', 'Israel Defense Forces', 'Beitunia', None, None, PPC, 'reported', 'إصابة عدد منهم بالاختناق')
E('statement', UMMANAS, None, None, None, None, 'asserted',
  'قالت أم أنس، والدة أحد الأسرى المحررين، وهي تحتضن ابنها: «والله ما صدقت إني رح أشوفه، صرلي شهور بستنى هاللحظة، '
  'الحمد لله»')
E('other', BENGVIR, 'Israel', None, None, BENGVIR, 'reported',
  'استقالته من الحكومة مع وزيرين آخرين من حزبه «عوتسما يهوديت» احتجاجاً على الاتفاق')
E('statement', BIBI, None, '2025-01-18', 'مساء السبت', None, 'asserted',
  'قال رئيس الوزراء بنيامين نتنياهو، في كلمة مساء السبت، إن إسرائيل «تحتفظ بحق استئناف الحرب» إذا فشلت مفاوضات المرحلة '
  'الثانية')
E('other', None, 'Gaza Strip', None, 'في اليوم الأول للهدنة — event-anchored, no date expression', OCHA, 'reported',
  '630 شاحنة مساعدات دخلت القطاع في اليوم الأول للهدنة')
E('other', None, 'northern Gaza governorates', None, None, OCHA, 'reported', '300 شاحنة توجهت إلى المحافظات الشمالية')
E('displacement', None, 'Al-Rashid Street (Gaza)', None, None, None, 'asserted',
  'تجمع آلاف النازحين قرب شارع الرشيد انتظاراً للسماح لهم بالعودة إلى شمال القطاع')
E('other', 'Hamas and Israel', None, None, None, None, 'planned',
  'يُفرج خلالها عن 33 محتجزاً إسرائيلياً مقابل نحو 1900 أسير فلسطيني')
E('other', 'Hamas and Israel', None, '2025-01-25', 'السبت المقبل', ANSARI3, 'planned',
  'الدفعة الثانية من التبادل ستجري السبت المقبل')

N('15', 'months', 'duration of the war (headline)', 'exact', '15 شهراً')
N('3', 'people', 'Israeli women hostages released (headline)', 'exact', '3 أسيرات')
N('90', 'people', 'Palestinian prisoners released (headline)', 'exact', '90 أسيراً', 0)
N('3', 'hours', 'delay of the ceasefire', 'approx', 'قارب ثلاث ساعات')
N('19', 'people', 'Palestinians killed in strikes during the delay', 'exact', '19 فلسطينياً')
N('30', 'people', 'Palestinians injured in strikes during the delay', 'more than', 'أكثر من 30 آخرين')
N(None, 'people', 'masked fighters at the handover', 'vague', 'عشرات المقاتلين')
N('90', 'people', 'Palestinian prisoners released from Ofer', 'exact', '90 أسيراً', 1)
N('69', 'people', 'women among the released prisoners', 'exact', '69 امرأة')
N('21', 'people', 'children among the released prisoners', 'exact', '21 طفلاً')
N(None, 'people', 'relatives who suffered tear-gas suffocation', 'vague', 'عدد منهم')
N('2', 'people', 'ministers resigning with Ben-Gvir', 'exact', 'وزيرين آخرين')
N('630', 'vehicles', 'aid trucks that entered Gaza on the first day', 'exact', '630 شاحنة')
N('300', 'vehicles', 'aid trucks sent to the northern governorates', 'exact', '300 شاحنة')
N(None, 'people', 'displaced people gathered near Al-Rashid Street', 'vague', 'آلاف النازحين')
N('42', 'days', 'duration of the first phase', 'exact', '42 يوماً')
N('33', 'people', 'Israeli hostages to be released in the first phase', 'exact', '33 محتجزاً')
N('1900', 'people', 'Palestinian prisoners to be released in the first phase', 'approx', 'نحو 1900 أسير')
N('4', 'people', 'women hostages in the second exchange', 'exact', '4 أسيرات')

D('أمس', '2025-01-19', 'relative')
D('الأحد', '2025-01-19', 'weekday', 0)
D('الأحد', '2025-01-19', 'weekday', 1)
D('اليوم', '2025-01-20', 'relative', ctx='فجر اليوم الاثنين')
D('الاثنين', '2025-01-20', 'weekday')
D('صرلي شهور', None, 'vague')
D('السبت', '2025-01-18', 'weekday', 0)
D('السبت المقبل', '2025-01-25', 'relative')

A('Israel', 'قالت', False, 'إنه جاء بسبب عدم تسلمها قائمة بأسماء الأسيرات الثلاث المقرر الإفراج عنهن')
A(GCD, 'بحسب', False, 'شنت طائرات الاحتلال غارات على شمال القطاع ومدينة خان يونس، أسفرت عن استشهاد 19 فلسطينياً وإصابة '
  'أكثر من 30 آخرين')
A(PPC, 'نقلت', False, 'قوات الاحتلال أطلقت قنابل الغاز باتجاه الأهالي المتجمعين قرب السجن في بلدة بيتونيا، ما أدى إلى إصابة '
  'عدد منهم بالاختناق')
A(UMMANAS, 'قالت', True, 'والله ما صدقت إني رح أشوفه، صرلي شهور بستنى هاللحظة، الحمد لله')
A(BENGVIR, 'أعلن', False, 'استقالته من الحكومة مع وزيرين آخرين من حزبه «عوتسما يهوديت» احتجاجاً على الاتفاق')
A(BIBI, 'قال', False, 'إسرائيل «تحتفظ بحق استئناف الحرب» إذا فشلت مفاوضات المرحلة الثانية')
A(OCHA, 'أفاد', False, '630 شاحنة مساعدات دخلت القطاع في اليوم الأول للهدنة، بينها 300 شاحنة توجهت إلى المحافظات الشمالية')
A(ANSARI3, 'قال', False, 'الدفعة الثانية من التبادل ستجري السبت المقبل، وتشمل 4 أسيرات')

ENT('غزة', 'LOC', 'Gaza')
ENT('قطاع غزة', 'LOC', 'Gaza Strip')
ENT('إسرائيل', 'LOC', 'Israel')
ENT('الاحتلال', 'ORG', 'Israel')
ENT('خان يونس', 'LOC', 'Khan Yunis')
ENT('الدفاع المدني', 'ORG', GCD)
ENT('كتائب القسام', 'ORG', 'Al-Qassam Brigades')
ENT('حماس', 'ORG', 'Hamas')
ENT('رومي غونين', 'PER', 'Romi Gonen')
ENT('إميلي دماري', 'PER', 'Emily Damari')
ENT('دورون شتاينبريخر', 'PER', 'Doron Steinbrecher')
ENT('اللجنة الدولية للصليب الأحمر', 'ORG', 'International Committee of the Red Cross')
ENT('ساحة السرايا', 'LOC', 'Al-Saraya Square (Gaza City)')
ENT('سجن عوفر', 'LOC', 'Ofer Prison')
ENT('رام الله', 'LOC', 'Ramallah')
ENT('الجبهة الشعبية', 'ORG', 'Popular Front for the Liberation of Palestine')
ENT('خالدة جرار', 'PER', 'Khalida Jarrar')
ENT('وفا', 'ORG', 'WAFA')
ENT('نادي الأسير الفلسطيني', 'ORG', "Palestinian Prisoners' Club")
ENT('قوات الاحتلال', 'ORG', 'Israel Defense Forces')
ENT('بيتونيا', 'LOC', 'Beitunia')
ENT('أم أنس', 'PER', 'Umm Anas')
ENT('إيتمار بن غفير', 'PER', 'Itamar Ben-Gvir')
ENT('عوتسما يهوديت', 'ORG', 'Otzma Yehudit')
ENT('بنيامين نتنياهو', 'PER', 'Benjamin Netanyahu')
ENT('مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية', 'ORG', OCHA)
ENT('شارع الرشيد', 'LOC', 'Al-Rashid Street (Gaza)')
ENT('قطر', 'LOC', 'Qatar')
ENT('مصر', 'LOC', 'Egypt')
ENT('الولايات المتحدة', 'LOC', 'United States')
ENT('وزارة الخارجية القطرية', 'ORG', 'Qatari Ministry of Foreign Affairs')
ENT('ماجد الأنصاري', 'PER', 'Majed al-Ansari')

F('the truce', 'الهدنة')
F('Israel (occupation)', 'الاحتلال')
F('Israeli women captives (prisoners)', 'الأسيرات')
F('Israeli captives (detainees)', 'محتجزاً')
F('the released Palestinian prisoners', 'الأسرى المحررين')
F('the displaced', 'النازحين')
finish_article('h03')

# ---------------------------------------------------------------------------------------------- h04
article('h04', 'g04_sanaa_rahawi.txt', outlet('المصدر أونلاين', 'Al-Masdar Online', 'almasdaronline.com'), '2025-08-31',
        basis('2025-08-31', 'g04_sanaa_rahawi.txt',
              'Consistent with the text: the Houthi announcement "أمس السبت" = 2025-08-30, the strike "ظهر الخميس الماضي" '
              '= 2025-08-28, the raid on UN offices "صباح اليوم الأحد" = 2025-08-31; double month form "24 أغسطس/آب '
              'الجاري".'),
        'الحوثيون يعلنون مقتل رئيس حكومتهم أحمد الرهوي و9 وزراء بغارة إسرائيلية على صنعاء')
HOU = 'Houthis'
MASHAT = 'Mahdi al-Mashat (head of the Houthi Supreme Political Council)'
IDF4 = 'Israel Defense Forces'
KAN = 'Israeli security source (via Israeli Public Broadcasting Corporation)'
LOCAL = 'local sources (Al-Masdar Online)'
HIMYARI = 'Abdullah al-Himyari (Hadda resident)'
ERYANI = 'Muammar al-Eryani (Yemeni information minister)'
HMOH = 'Houthi-run Ministry of Health'
UNS = 'UN sources'
THU = 'ظهر الخميس الماضي (date of the strike in which they were killed)'
E('killing/casualties', 'Israel', 'Sanaa', None, None, HOU, 'reported',
  'مقتل رئيس حكومتهم أحمد الرهوي و9 وزراء بغارة إسرائيلية على صنعاء')
E('killing/casualties', 'Israel', 'Sanaa', '2025-08-28', THU, HOU, 'reported',
  'مقتل رئيس حكومتها غير المعترف بها دولياً أحمد غالب الرهوي وعدد من الوزراء')
E('airstrike/shelling', 'Israel', 'Sanaa', '2025-08-28', 'ظهر الخميس الماضي', HOU, 'reported',
  'الغارة الإسرائيلية التي استهدفت العاصمة صنعاء ظهر الخميس الماضي')
E('killing/casualties', 'Israel', 'Sanaa', None, None, MASHAT, 'reported',
  'الرهوي قُتل مع عدد من رفاقه الوزراء أثناء حضورهم ورشة عمل اعتيادية لتقييم أداء الحكومة')
E('statement', MASHAT, None, None, None, None, 'asserted', 'متوعداً إسرائيل بـ«أيام سوداء»')
E('other', 'Mohammed Miftah', 'Sanaa', None, None, MASHAT, 'planned',
  'نائب رئيس الحكومة محمد مفتاح سيتولى تسيير أعمالها')
E('airstrike/shelling', IDF4, 'Sanaa', '2025-08-28', 'الخميس (day of the announcement, the day of the strike)', IDF4,
  'reported', 'ضرب هدفاً عسكرياً لنظام الحوثيين الإرهابي في منطقة صنعاء')
E('airstrike/shelling', 'Israel', 'Sanaa', None, None, KAN, 'reported',
  'الضربة استهدفت اجتماعاً لكبار قادة الجماعة، بينهم وزير الدفاع محمد العاطفي')
E('airstrike/shelling', 'Israel', 'Hadda and Bait Baws (Sanaa)', None, None, LOCAL, 'reported',
  'الغارات استهدفت فيلا في حي حدة جنوبي صنعاء وموقعاً آخر في منطقة بيت بوس')
E('killing/casualties', 'Israel', 'Sanaa', None, None, LOCAL, 'reported', 'تسعة وزراء على الأقل قُتلوا في الضربة')
E('other', HOU, 'Hadda and Bait Baws (Sanaa)', None, None, LOCAL, 'reported',
  'الجماعة فرضت طوقاً أمنياً مشدداً على المكانين ومنعت الاقتراب منهما')
E('explosion', None, 'Hadda (Sanaa)', None, None, HIMYARI, 'reported', 'الانفجار هز المنطقة قرابة الواحدة ظهراً')
E('other', HOU, 'Hadda (Sanaa)', None, None, HIMYARI, 'reported', 'وصلت أطقم الحوثيين وسكّرت الشارع')
E('accusation', ERYANI, None, None, None, None, 'asserted',
  'حمّل وزير الإعلام في الحكومة الشرعية معمر الإرياني جماعة الحوثي مسؤولية «جرّ اليمن إلى مواجهات إقليمية خدمةً لأجندة '
  'النظام الإيراني»')
E('statement', ERYANI, None, None, None, None, 'asserted', 'مؤكداً أن الشعب اليمني هو من يدفع ثمن مغامراتها')
E('airstrike/shelling', 'Israel', 'Sanaa (presidential palace area and two power stations)', '2025-08-24',
  '24 أغسطس/آب الجاري', None, 'asserted',
  'ضربات إسرائيلية استهدفت محيط القصر الرئاسي ومحطتي كهرباء في صنعاء في 24 أغسطس/آب الجاري')
E('killing/casualties', 'Israel', 'Sanaa', '2025-08-24', '24 أغسطس/آب الجاري (same sentence)', HMOH, 'reported',
  'أسفرت عن مقتل 10 أشخاص وإصابة 102 آخرين')
E('other', HOU, 'WFP and UNICEF offices, Sanaa', '2025-08-31', 'صباح اليوم الأحد', UNS, 'reported',
  'اقتحم مسلحون حوثيون صباح اليوم الأحد مقرات تابعة لبرنامج الأغذية العالمي ومنظمة اليونيسف في صنعاء')
E('other', HOU, 'Sanaa', '2025-08-31', 'صباح اليوم الأحد (same sentence)', UNS, 'reported',
  'احتجزوا 11 موظفاً أممياً على الأقل')
E('other', HOU, 'Houthi-held Yemen', None, 'منذ يونيو/حزيران 2024 — month only', None, 'asserted',
  'احتجزت عشرات الموظفين الأمميين منذ يونيو/حزيران 2024')

N('9', 'people', 'ministers killed (headline)', 'exact', '9 وزراء')
N(None, 'people', 'ministers killed with al-Rahawi (Houthi statement)', 'vague', 'عدد من الوزراء')
N(None, 'people', 'fellow ministers killed with al-Rahawi (al-Mashat)', 'vague', 'عدد من رفاقه')
N('9', 'people', 'ministers killed (local sources)', 'at least', 'تسعة وزراء على الأقل')
N('2', 'power stations', 'power stations struck on 24 August', 'exact', 'محطتي كهرباء')
N('10', 'people', 'killed in the 24 August strikes', 'exact', '10 أشخاص')
N('102', 'people', 'injured in the 24 August strikes', 'exact', '102 آخرين')
N('11', 'people', 'UN staff detained on 31 August', 'at least', '11 موظفاً أممياً على الأقل')
N(None, 'people', 'UN staff detained since June 2024', 'vague', 'عشرات الموظفين')

D('أمس', '2025-08-30', 'relative')
D('السبت', '2025-08-30', 'weekday')
D('الخميس الماضي', '2025-08-28', 'relative')
D('الخميس', '2025-08-28', 'weekday', ctx='أعلن الخميس')
D('24 أغسطس/آب الجاري', '2025-08-24', 'absolute')
D('اليوم', '2025-08-31', 'relative')
D('الأحد', '2025-08-31', 'weekday')
D('يونيو/حزيران 2024', '2024-06', 'absolute')

A(HOU, 'يعلنون', False, 'مقتل رئيس حكومتهم أحمد الرهوي و9 وزراء بغارة إسرائيلية على صنعاء')
A(HOU, 'أعلنت', False, 'مقتل رئيس حكومتها غير المعترف بها دولياً أحمد غالب الرهوي وعدد من الوزراء، في الغارة الإسرائيلية '
  'التي استهدفت العاصمة صنعاء ظهر الخميس الماضي')
A(MASHAT, 'قال', False, 'الرهوي قُتل مع عدد من رفاقه الوزراء أثناء حضورهم ورشة عمل اعتيادية لتقييم أداء الحكومة')
A(MASHAT, 'متوعداً', False, 'إسرائيل بـ«أيام سوداء»')
A(MASHAT, 'أضاف', False, 'نائب رئيس الحكومة محمد مفتاح سيتولى تسيير أعمالها')
A(IDF4, 'أعلن', False, 'أنه «ضرب هدفاً عسكرياً لنظام الحوثيين الإرهابي في منطقة صنعاء»')
A(KAN, 'نقلت', False, 'الضربة استهدفت اجتماعاً لكبار قادة الجماعة، بينهم وزير الدفاع محمد العاطفي')
A(LOCAL, 'قالت', False, 'الغارات استهدفت فيلا في حي حدة جنوبي صنعاء وموقعاً آخر في منطقة بيت بوس')
A(LOCAL, 'مشيرة', False, 'تسعة وزراء على الأقل قُتلوا في الضربة، وأن الجماعة فرضت طوقاً أمنياً مشدداً على المكانين ومنعت '
  'الاقتراب منهما')
A(HIMYARI, 'قال', False, 'الانفجار هز المنطقة قرابة الواحدة ظهراً')
A(HIMYARI, 'مضيفاً', True, 'الضربة كانت قوية، اهتزت البيوت كلها، وشفنا الدخان الأسود يطلع من ورا الجبل، وبعدها بدقايق وصلت '
  'أطقم الحوثيين وسكّرت الشارع')
A(ERYANI, 'حمّل', False, 'جماعة الحوثي مسؤولية «جرّ اليمن إلى مواجهات إقليمية خدمةً لأجندة النظام الإيراني»')
A(ERYANI, 'مؤكداً', False, 'الشعب اليمني هو من يدفع ثمن مغامراتها')
A(HMOH, 'بحسب', False, 'أسفرت عن مقتل 10 أشخاص وإصابة 102 آخرين')
A(UNS, 'وفق', False, 'اقتحم مسلحون حوثيون صباح اليوم الأحد مقرات تابعة لبرنامج الأغذية العالمي ومنظمة اليونيسف في صنعاء، '
  'واحتجزوا 11 موظفاً أممياً على الأقل')

ENT('الحوثيون', 'ORG', HOU)
ENT('أحمد الرهوي', 'PER', 'Ahmed al-Rahawi')
ENT('صنعاء', 'LOC', 'Sanaa')
ENT('الحوثي', 'ORG', HOU)
ENT('أحمد غالب الرهوي', 'PER', 'Ahmed al-Rahawi')
ENT('المجلس السياسي الأعلى', 'ORG', 'Supreme Political Council')
ENT('مهدي المشاط', 'PER', 'Mahdi al-Mashat')
ENT('المسيرة', 'ORG', 'Al-Masirah')
ENT('للجماعة', 'ORG', HOU)
ENT('الرهوي', 'PER', 'Ahmed al-Rahawi')
ENT('إسرائيل', 'LOC', 'Israel')
ENT('محمد مفتاح', 'PER', 'Mohammed Miftah')
ENT('الجيش الإسرائيلي', 'ORG', IDF4)
ENT('الحوثيين', 'ORG', HOU)
ENT('هيئة البث الإسرائيلية', 'ORG', 'Israeli Public Broadcasting Corporation')
ENT('الجماعة', 'ORG', HOU)
ENT('محمد العاطفي', 'PER', 'Mohammed al-Atifi')
ENT('المصدر أونلاين', 'ORG', 'Al-Masdar Online')
ENT('حدة', 'LOC', 'Hadda (Sanaa)')
ENT('بيت بوس', 'LOC', 'Bait Baws')
ENT('عبدالله الحميري', 'PER', 'Abdullah al-Himyari')
ENT('معمر الإرياني', 'PER', 'Muammar al-Eryani')
ENT('اليمن', 'LOC', 'Yemen')
ENT('وزارة الصحة', 'ORG', HMOH)
ENT('برنامج الأغذية العالمي', 'ORG', 'World Food Programme')
ENT('اليونيسف', 'ORG', 'UNICEF')

F('the Houthi leadership (IDF wording)', 'لنظام الحوثيين الإرهابي')
F('the Houthi political council (so-called)', 'ما يسمى')
F('the Houthis\' actions (government wording)', 'مغامراتها')
F('Iran (government wording)', 'النظام الإيراني')
F('the internationally recognised government', 'الحكومة الشرعية')
F('al-Rahawi\'s government (not recognised)', 'غير المعترف بها دولياً')
finish_article('h04')

# ---------------------------------------------------------------------------------------------- h05
article('h05', 'g05_sea_story_marsa_alam.txt', outlet('المصري اليوم', 'Al-Masry Al-Youm', 'almasryalyoum.com'),
        '2024-11-26',
        basis('2024-11-26', 'g05_sea_story_marsa_alam.txt',
              'Consistent with the text: survivors found "صباح اليوم الثلاثاء" = 2024-11-26, the yacht sailed "يوم الأحد '
              'الماضي" = 2024-11-24 and capsized "فجر الإثنين" = 2024-11-25, the weather warning "يوم السبت" = '
              '2024-11-23.'),
        'غرق اليخت «سي ستوري» قبالة مرسى علم.. ارتفاع عدد الناجين إلى 33 والبحث مستمر عن 7 مفقودين')
HANAFI = 'Amr Hanafi (Governor of the Red Sea)'
SATAYA = 'Sataya Reef, south of Marsa Alam'
EMA = 'Egyptian Meteorological Authority'
MEDSRC = 'a medical source'
MAHMOUD = 'Mahmoud Abdel Rahim (surviving sailor)'
MOT = 'Egyptian Ministry of Transport'
SHAWKY = 'Mohamed Shawky (Public Prosecutor of Egypt)'
E('other', None, 'off Marsa Alam', None, None, None, 'asserted', 'غرق اليخت «سي ستوري» قبالة مرسى علم')
E('other', None, 'off Marsa Alam', None, None, None, 'asserted', 'ارتفاع عدد الناجين إلى 33')
E('other', None, 'off Marsa Alam', None, None, None, 'asserted', 'البحث مستمر عن 7 مفقودين')
E('other', None, SATAYA, None, None, HANAFI, 'reported',
  'ارتفاع عدد الناجين من حادث غرق اليخت السياحي «سي ستوري» جنوب مرسى علم إلى 33 شخصاً')
E('other', None, SATAYA, '2024-11-26', 'صباح اليوم الثلاثاء', HANAFI, 'reported',
  'العثور على 5 ناجين داخل إحدى كبائن اليخت صباح اليوم الثلاثاء')
E('killing/casualties', None, SATAYA, None, None, HANAFI, 'reported', 'انتُشلت جثث 4 أشخاص')
E('other', None, SATAYA, None, None, HANAFI, 'reported', 'لا يزال البحث جارياً عن 7 مفقودين')
E('other', 'Sea Story (yacht)', 'Port Ghalib', '2024-11-24', 'يوم الأحد الماضي', None, 'asserted',
  'أبحر من ميناء بورت غالب يوم الأحد الماضي في رحلة سفاري بحرية تستمر 5 أيام')
E('other', None, SATAYA, '2024-11-25', 'فجر الإثنين', None, 'asserted',
  'ينقلب قرابة الساعة الخامسة والنصف من فجر الإثنين في منطقة شعب سطايح')
E('other', None, SATAYA, None, None, HANAFI, 'reported', 'اليخت تعرض لموجة عالية أدت إلى انقلابه خلال دقائق معدودة')
E('other', 'Egyptian Navy', SATAYA, None, None, HANAFI, 'reported',
  'عمليات البحث تجري بمشاركة قطع بحرية تابعة للقوات البحرية وطائرات مروحية وفرق غوص متخصصة')
E('statement', EMA, 'Red Sea', '2024-11-23', 'يوم السبت', None, 'asserted',
  'كانت الهيئة العامة للأرصاد الجوية قد حذرت، يوم السبت، من اضطراب الملاحة البحرية في البحر الأحمر وارتفاع الأمواج ما '
  'بين 2.5 و4 أمتار')
E('other', None, 'Marsa Alam International Hospital', None, None, MEDSRC, 'reported',
  'نُقل الناجون إلى مستشفى مرسى علم الدولي')
E('killing/casualties', None, 'Marsa Alam International Hospital', None, None, MEDSRC, 'reported',
  'يخضع 3 منهم للملاحظة بسبب إصابات وصفت بالمتوسطة')
E('other', None, SATAYA, None, None, MAHMOUD, 'reported', 'الموجة جت من الجنب وقلبت المركب في ثواني')
E('statement', MOT, None, None, None, None, 'asserted',
  'أكدت وزارة النقل أن اليخت حاصل على شهادة صلاحية سارية حتى مارس 2025')
E('other', None, None, None, 'مارس الماضي — month only', MOT, 'reported', 'خضع لآخر تفتيش في مارس الماضي')
E('statement', MOT, None, None, None, None, 'asserted', 'نافية أن يكون الحادث ناجماً عن عيب في التصنيع')
E('other', SHAWKY, None, None, None, None, 'asserted', 'أمر النائب العام المستشار محمد شوقي بفتح تحقيق عاجل في الحادث')
E('other', SHAWKY, None, None, None, None, 'asserted', 'سماع أقوال الناجين وأفراد الطاقم')
E('other', SHAWKY, None, None, None, None, 'asserted', 'طلب تحريات الشرطة حول ملابسات الغرق')

N('33', 'people', 'survivors (headline)', 'exact', '33', 0)
N('7', 'people', 'missing (headline)', 'exact', '7 مفقودين', 0)
N('33', 'people', 'survivors', 'exact', '33 شخصاً')
N('5', 'people', 'survivors found inside a cabin', 'exact', '5 ناجين')
N('4', 'people', 'bodies recovered', 'exact', '4 أشخاص')
N('7', 'people', 'missing', 'exact', '7 مفقودين', 1)
N('44', 'people', 'people on board', 'exact', '44 شخصاً')
N('31', 'people', 'tourists on board', 'exact', '31 سائحاً')
N('13', 'people', 'Egyptian crew members on board', 'exact', '13 من أفراد الطاقم')
N('5', 'days', 'planned length of the safari trip', 'exact', '5 أيام')
N('2.5', 'metres', 'forecast wave height (lower bound)', 'exact', '2.5')
N('4', 'metres', 'forecast wave height (upper bound)', 'exact', '4 أمتار')
N('3', 'people', 'survivors under observation with moderate injuries', 'exact', '3 منهم')
N('35', 'years', 'age of Mahmoud Abdel Rahim', 'exact', '35 عاماً')
N(None, 'people', 'people asleep in the cabins', 'vague', 'ناس كتير')
N('40', 'percent', "Red Sea governorate's share of Egypt's incoming tourism", 'approx', 'نحو 40%')

D('اليوم', '2024-11-26', 'relative', ctx='صباح اليوم الثلاثاء')
D('الثلاثاء', '2024-11-26', 'weekday')
D('الأحد الماضي', '2024-11-24', 'relative')
D('الإثنين', '2024-11-25', 'weekday')
D('السبت', '2024-11-23', 'weekday')
D('مارس 2025', '2025-03', 'absolute')
D('مارس الماضي', '2024-03', 'absolute')
D('منذ سنوات', None, 'vague')

A(HANAFI, 'أعلن', False, 'ارتفاع عدد الناجين من حادث غرق اليخت السياحي «سي ستوري» جنوب مرسى علم إلى 33 شخصاً، بعد العثور '
  'على 5 ناجين داخل إحدى كبائن اليخت صباح اليوم الثلاثاء، فيما انتُشلت جثث 4 أشخاص، ولا يزال البحث جارياً عن 7 مفقودين')
A(HANAFI, 'قال', False, 'اليخت تعرض لموجة عالية أدت إلى انقلابه خلال دقائق معدودة')
A(HANAFI, 'مشيراً', False, 'عمليات البحث تجري بمشاركة قطع بحرية تابعة للقوات البحرية وطائرات مروحية وفرق غوص متخصصة')
A(EMA, 'حذرت', False, 'اضطراب الملاحة البحرية في البحر الأحمر وارتفاع الأمواج ما بين 2.5 و4 أمتار')
A(MEDSRC, 'بحسب', False, 'نُقل الناجون إلى مستشفى مرسى علم الدولي، حيث تلقى أغلبهم الإسعافات الأولية، فيما يخضع 3 منهم '
  'للملاحظة بسبب إصابات وصفت بالمتوسطة')
A(MAHMOUD, 'قائلاً', True, 'الموجة جت من الجنب وقلبت المركب في ثواني، ملحقناش نعمل حاجة، ناس كتير كانت نايمة في الكبائن')
A(MOT, 'أكدت', False, 'اليخت حاصل على شهادة صلاحية سارية حتى مارس 2025، وأنه خضع لآخر تفتيش في مارس الماضي، ولم تُسجل عليه أي '
  'ملاحظات فنية')
A(MOT, 'نافية', False, 'يكون الحادث ناجماً عن عيب في التصنيع')

ENT('سي ستوري', 'MISC', 'Sea Story (yacht)')
ENT('مرسى علم', 'LOC', 'Marsa Alam')
ENT('عمرو حنفي', 'PER', 'Amr Hanafi')
ENT('البحر الأحمر', 'LOC', 'Red Sea')
ENT('بورت غالب', 'LOC', 'Port Ghalib')
ENT('شعب سطايح', 'LOC', 'Sataya Reef')
ENT('للقوات البحرية', 'ORG', 'Egyptian Navy')
ENT('الهيئة العامة للأرصاد الجوية', 'ORG', EMA)
ENT('مستشفى مرسى علم الدولي', 'LOC', 'Marsa Alam International Hospital')
ENT('بريطانيا', 'LOC', 'United Kingdom')
ENT('ألمانيا', 'LOC', 'Germany')
ENT('بلجيكا', 'LOC', 'Belgium')
ENT('الصين', 'LOC', 'China')
ENT('محمود عبد الرحيم', 'PER', 'Mahmoud Abdel Rahim')
ENT('المصري اليوم', 'ORG', 'Al-Masry Al-Youm')
ENT('وزارة النقل', 'ORG', MOT)
ENT('محمد شوقي', 'PER', 'Mohamed Shawky')
ENT('مصر', 'LOC', 'Egypt')

F('the sinking (accident)', 'الحادث')
F('the survivors', 'الناجين')
F('the missing', 'مفقودين')
F('the sinking', 'الغرق')
F('the yacht (boat, colloquial)', 'المركب')
finish_article('h05')

# ---------------------------------------------------------------------------------------------- h06
article('h06', 'g06_el_fasher_fall.txt', outlet('سودان تربيون', 'Sudan Tribune', 'sudantribune.net'), '2025-10-28',
        basis('2025-10-28', 'g06_el_fasher_fall.txt',
              'Consistent with the text: al-Burhan\'s speech "مساء أمس الاثنين" = 2025-10-27, the RSF announcement '
              '"الأحد" = 2025-10-26, the flight "يومي الأحد والاثنين" = 2025-10-26/27.'),
        'البرهان يقر بانسحاب الجيش من الفاشر بعد سيطرة «الدعم السريع» على مقر الفرقة السادسة.. واتهامات بتصفية مدنيين')
SAF = 'Sudanese Armed Forces'
RSF = 'Rapid Support Forces'
BURHAN = 'Abdel Fattah al-Burhan'
FASHER = 'El Fasher'
HQ6 = '6th Infantry Division headquarters, El Fasher'
SDN = 'Sudan Doctors Network'
AJ = 'medical sources (via Al Jazeera)'
QURASHI = 'Al-Fateh Qurashi (RSF spokesman)'
IOM = 'International Organization for Migration'
ISHAQ = 'Ishaq Mohamed (displaced from El Fasher)'
GUTERRES = 'António Guterres'
TURK = 'Volker Türk'
E('other', SAF, FASHER, None, None, BURHAN, 'reported', 'انسحاب الجيش من الفاشر')
E('capture/control', RSF, HQ6, None, None, None, 'asserted', 'سيطرة «الدعم السريع» على مقر الفرقة السادسة')
E('accusation', None, FASHER, None, None, None, 'asserted', 'اتهامات بتصفية مدنيين')
E('other', SAF, FASHER, None, 'مساء أمس الاثنين dates the acknowledgement, not the withdrawal', BURHAN, 'reported',
  'انسحاب القوات المسلحة من مدينة الفاشر عاصمة ولاية شمال دارفور')
E('capture/control', RSF, HQ6, None, 'بعد يوم من — event-anchored, no date expression', RSF, 'reported',
  'سيطرتها على مقر الفرقة السادسة مشاة')
E('other', 'El Fasher military command (SAF)', FASHER, None, None, BURHAN, 'reported',
  'قيادة المنطقة العسكرية في الفاشر قررت مغادرة المدينة إلى مكان آمن')
E('statement', BURHAN, None, None, None, None, 'asserted',
  'مؤكداً أن القوات المسلحة «قادرة على قلب الطاولة واستعادة كل شبر»')
E('capture/control', RSF, FASHER, '2025-10-26', 'الأحد (day of the RSF announcement)', RSF, 'reported', '«تحرير» الفاشر')
E('encirclement', RSF, FASHER, None, None, RSF, 'reported', 'حصار استمر أكثر من 500 يوم')
E('other', RSF, HQ6, '2025-10-26', 'الأحد (same sentence)', None, 'asserted', 'بثت مقاطع مصورة لعناصرها داخل مقر الفرقة')
E('accusation', SDN, FASHER, None, None, None, 'asserted',
  'اتهمت شبكة أطباء السودان عناصر الدعم السريع بقتل ما لا يقل عن 1500 مدني خلال ثلاثة أيام، بينهم مرضى ومرافقون في '
  'المستشفى السعودي للولادة')
E('killing/casualties', RSF, FASHER, None, 'خلال ثلاثة أيام (vague)', SDN, 'reported',
  'قتل ما لا يقل عن 1500 مدني خلال ثلاثة أيام')
E('statement', SDN, None, None, None, None, 'asserted', 'واصفة ما جرى بأنه «إبادة جماعية حقيقية»')
E('advance/offensive', 'gunmen', 'Saudi Maternity Hospital, El Fasher', None, None, AJ, 'reported',
  'مسلحين اقتحموا المستشفى وأطلقوا النار على من فيه')
E('statement', QURASHI, None, None, None, None, 'asserted', 'نفى المتحدث باسم الدعم السريع الفاتح قرشي هذه الاتهامات')
E('statement', QURASHI, None, None, None, None, 'asserted', 'واصفاً إياها بأنها «حملة تضليل يقودها إعلام الفلول»')
E('other', RSF, FASHER, None, None, QURASHI, 'reported', 'قواته «تعمل على تأمين المدنيين وفتح ممرات آمنة لخروجهم»')
E('displacement', None, FASHER, None, 'يومي الأحد والاثنين (two days, 2025-10-26 and 2025-10-27)', IOM, 'reported',
  'أكثر من 26 ألف شخص فروا من الفاشر يومي الأحد والاثنين')
E('displacement', None, 'El Fasher -> Tawila', None, None, IOM, 'reported', 'توجه معظمهم سيراً على الأقدام نحو بلدة طويلة')
E('displacement', None, 'El Fasher -> Tawila', None, None, ISHAQ, 'reported', 'مشينا يومين بكرعينا')
E('other', RSF, 'road from El Fasher to Tawila', None, None, ISHAQ, 'reported',
  'الدعامة كانوا بفتشوا الناس في الطريق وبشيلوا القروش والتلفونات')
E('other', RSF, 'road from El Fasher to Tawila', None, None, ISHAQ, 'reported', 'الما عندو حاجة بضربوه')
E('statement', GUTERRES, FASHER, None, None, None, 'asserted',
  'أعرب الأمين العام للأمم المتحدة أنطونيو غوتيريش عن «قلقه البالغ» إزاء التقارير عن الانتهاكات في الفاشر')
E('statement', TURK, FASHER, None, None, None, 'asserted',
  'دعا المفوض السامي لحقوق الإنسان فولكر تورك إلى «تحرك عاجل» لحماية نحو 250 ألف مدني ما زالوا عالقين في المدينة ومحيطها')

N('500', 'days', 'length of the siege of El Fasher', 'more than', 'أكثر من 500 يوم')
N('1500', 'people', 'civilians killed by the RSF (Sudan Doctors Network)', 'at least', 'ما لا يقل عن 1500 مدني')
N('3', 'days', 'period of the killings', 'exact', 'ثلاثة أيام')
N('26000', 'people', 'people who fled El Fasher on Sunday and Monday', 'more than', 'أكثر من 26 ألف شخص')
N('60', 'kilometres', 'distance of Tawila from El Fasher', 'approx', 'نحو 60 كيلومتراً')
N('2', 'days', 'days Ishaq Mohamed walked', 'exact', 'يومين')
N('250000', 'people', 'civilians still trapped in and around El Fasher', 'approx', 'نحو 250 ألف مدني')
N('5', 'states', 'Darfur states under RSF control', 'exact', 'ولايات دارفور الخمس')

D('أمس', '2025-10-27', 'relative')
D('الاثنين', '2025-10-27', 'weekday', 0)
D('الأحد', '2025-10-26', 'weekday', 0)
D('خلال ثلاثة أيام', None, 'vague')
D('الأحد', '2025-10-26', 'weekday', 1)
D('الاثنين', '2025-10-27', 'weekday', 1)
D('مايو 2024', '2024-05', 'absolute')

A(BURHAN, 'يقر', False, 'انسحاب الجيش من الفاشر')
A(BURHAN, 'أقر', False, 'انسحاب القوات المسلحة من مدينة الفاشر عاصمة ولاية شمال دارفور')
A(RSF, 'إعلان', False, 'سيطرتها على مقر الفرقة السادسة مشاة')
A(BURHAN, 'قال', False, 'قيادة المنطقة العسكرية في الفاشر قررت مغادرة المدينة إلى مكان آمن بسبب «الدمار الممنهج والقتل '
  'الممنهج للمدنيين»')
A(BURHAN, 'مؤكداً', False, 'القوات المسلحة «قادرة على قلب الطاولة واستعادة كل شبر»')
A(RSF, 'أعلنت', False, '«تحرير» الفاشر بعد حصار استمر أكثر من 500 يوم')
A(SDN, 'اتهمت', False, 'عناصر الدعم السريع بقتل ما لا يقل عن 1500 مدني خلال ثلاثة أيام، بينهم مرضى ومرافقون في المستشفى '
  'السعودي للولادة')
A(SDN, 'واصفة', False, 'أنه «إبادة جماعية حقيقية»')
A(AJ, 'نقلت', False, 'مسلحين اقتحموا المستشفى وأطلقوا النار على من فيه')
A(QURASHI, 'نفى', False, 'هذه الاتهامات')
A(QURASHI, 'واصفاً', False, 'أنها «حملة تضليل يقودها إعلام الفلول»')
A(QURASHI, 'قال', False, 'قواته «تعمل على تأمين المدنيين وفتح ممرات آمنة لخروجهم»')
A(IOM, 'ذكرت', False, 'أكثر من 26 ألف شخص فروا من الفاشر يومي الأحد والاثنين، توجه معظمهم سيراً على الأقدام نحو بلدة طويلة '
  'التي تبعد نحو 60 كيلومتراً غرب المدينة')
A(ISHAQ, 'قال', True, 'مشينا يومين بكرعينا، الدعامة كانوا بفتشوا الناس في الطريق وبشيلوا القروش والتلفونات، والما عندو '
  'حاجة بضربوه')
A(GUTERRES, 'أعرب', False, '«قلقه البالغ» إزاء التقارير عن الانتهاكات في الفاشر')
A(TURK, 'دعا', False, '«تحرك عاجل» لحماية نحو 250 ألف مدني ما زالوا عالقين في المدينة ومحيطها')

ENT('البرهان', 'PER', BURHAN)
ENT('الجيش', 'ORG', SAF)
ENT('الفاشر', 'LOC', FASHER)
ENT('الدعم السريع', 'ORG', RSF)
ENT('الفرقة السادسة', 'ORG', '6th Infantry Division (Sudan)')
ENT('مجلس السيادة', 'ORG', 'Transitional Sovereignty Council')
ENT('عبد الفتاح البرهان', 'PER', BURHAN)
ENT('القوات المسلحة', 'ORG', SAF)
ENT('شمال دارفور', 'LOC', 'North Darfur')
ENT('قوات الدعم السريع', 'ORG', RSF)
ENT('الفرقة السادسة مشاة', 'ORG', '6th Infantry Division (Sudan)')
ENT('دارفور', 'LOC', 'Darfur')
ENT('تلغرام', 'MISC', 'Telegram')
ENT('شبكة أطباء السودان', 'ORG', SDN)
ENT('المستشفى السعودي للولادة', 'LOC', 'Saudi Maternity Hospital (El Fasher)')
ENT('الجزيرة', 'ORG', 'Al Jazeera')
ENT('الفاتح قرشي', 'PER', 'Al-Fateh Qurashi')
ENT('المنظمة الدولية للهجرة', 'ORG', IOM)
ENT('طويلة', 'LOC', 'Tawila')
ENT('إسحاق محمد', 'PER', 'Ishaq Mohamed')
ENT('سودان تربيون', 'ORG', 'Sudan Tribune')
ENT('الدعامة', 'ORG', RSF)
ENT('للأمم المتحدة', 'ORG', 'United Nations')
ENT('أنطونيو غوتيريش', 'PER', GUTERRES)
ENT('فولكر تورك', 'PER', TURK)

F('the killing of civilians (al-Burhan wording)', 'القتل الممنهج')
F('the destruction of El Fasher (al-Burhan wording)', 'الدمار الممنهج')
F('the capture of El Fasher (RSF wording)', 'تحرير')
F('the killings (Sudan Doctors Network wording)', 'إبادة جماعية حقيقية')
F('the army-aligned media (RSF wording: remnants)', 'الفلول')
F('RSF fighters (colloquial)', 'الدعامة')
F('the RSF fighters (elements)', 'عناصر')
F('the civilians', 'المدنيين')
finish_article('h06')

UNCERTAIN = [
    'BLIND set: the texts were newly written for this set (realistic, not copied from any article) and annotated by '
    'hand by an annotator who had not read the extractor code or its data files (generator/), had not run the '
    'extractors or "briefing eval" on them while writing or annotating, and had read only heldout13\'s and heldout12\'s '
    'builders, the shared helpers and the titles of the other sets. Broad facts follow real events (the IRGC missile '
    'strike on Al Udeid of 23 Jun 2025; the Lebanon ceasefire of 27 Nov 2024; the Gaza truce and first exchange of '
    '19-20 Jan 2025; the Israeli strike in Sanaa of 28 Aug 2025 that killed Ahmed al-Rahawi; the sinking of the Sea '
    'Story off Marsa Alam on 25 Nov 2024; the fall of El Fasher on 26-27 Oct 2025), but most figures, all quotes and '
    'minor details are written for the set. Minor people are invented (Salem al-Marri, Hussein Rammal, Umm Ali, '
    'Hassan, Umm Anas, Abdullah al-Himyari, Mahmoud Abdel Rahim, Ishaq Mohamed); romanisations are the annotator\'s.',
    'Article keys are h01..h06 (the shared validator expects them); files are g01..g06. Rows are sorted by position.',
    'Dialect: h01 (Gulf), h02 and h03 (Levantine), h04 (Yemeni), h05 (Egyptian), h06 (Sudanese) quote colloquial '
    'speech; events inside the quotes are annotated like other reported events. h01 has a Hijri date (27 ذو الحجة 1446 '
    '= 2025-06-23, هـ outside the surface); h02 uses Levantine month names (تشرين الثاني، تشرين الأول، تموز); h04 uses '
    'the double forms "24 أغسطس/آب الجاري" and "يونيو/حزيران 2024" (one surface each).',
    'Dates follow heldout12/13: part-of-day words (فجر، صباح، مساء، ظهر) and "منذ"/"حتى"/"يوم" stay outside; "اليوم/أمس + '
    'weekday" is two dates; "X الماضي" weekdays are relative days and "السبت المقبل" (h03) is a relative day (the '
    'coming Saturday, 2025-01-25); month expressions are absolute months ("مارس الماضي" = 2024-03). Vague: في وقت '
    'سابق، منذ أيام، منذ سنوات، قبل أسابيع، حتى إشعار آخر، the windows "خلال 24 ساعة" (h02) and "خلال ثلاثة أيام" (h06) '
    '(also numbers), the deadline "خلال 60 يوماً" (also a number), the Levantine "صرلي شهور" ("for months now"). Not '
    'dates: clock times (الساعة 11:15، الساعة الرابعة، الواحدة ظهراً، الساعة الخامسة والنصف، بعد منتصف الليل), durations '
    'that describe how fast or how long something happened (لساعات، خلال دقائق معدودة، في ثواني، 42 يوماً، 5 أيام), and '
    'event-anchored phrases (بعد نحو ثلاث ساعات، بعد يوم من إعلان...، بعد أيام من ضربات...، خلال ساعات التأخير، في اليوم '
    'الأول للهدنة، في اليوم السابع من الهدنة، بعد 15 شهراً من الحرب، لدى وصوله).',
    'Event dates: "مساء أمس الاثنين" (h06) dates al-Burhan\'s acknowledgement, not the withdrawal (left undated); the IDF '
    'announcement day "الخميس" (h04) dates the strike it announces (the same day); the killing of al-Rahawi is dated '
    'by the strike "ظهر الخميس الماضي"; the flight "يومي الأحد والاثنين" spans two days and is left undated; the Lebanese '
    'toll "منذ 8 تشرين الأول 2023" is the start of a count. Month-only expressions never date an event.',
    'Numbers: ranges are two rows (2.5 / 4 أمتار); missiles, vehicles (aid trucks), villages, power stations, states, '
    'hours, days, months, kilometres, metres and years of age have their own units; vague people counts are rows '
    '(عشرات الآلاف، عشرات المقاتلين، آلاف النازحين، عدد من الوزراء، عدد منهم، ناس كتير، عشرات الموظفين), vague non-people '
    'quantities are not (آلاف السيارات). "ولايات دارفور الخمس" is a count (5 states). Not numbers: the back-reference '
    '"الأسيرات الثلاث" (h03, announced in the headline), ordinals (الدفعة الثانية، المرحلة الأولى، الفرقة السادسة), '
    '"إحدى كبائن", "أحد الأسرى", the dual "يومي الأحد والاثنين" and "المكانين". "قارب"/"قرابة"/"نحو" are approx, "أكثر '
    'من"/"تجاوز" more than, "ما لا يقل عن" and "على الأقل" at least.',
    'Entities: classifiers outside (مدينة، بلدة، ولاية، إقليم، منطقة، حي، ميناء، منظمة، حركة، جماعة، دولة، قناة، وكالة + '
    'quoted name); facility and body names kept whole (قاعدة العديد الجوية، مطار حمد الدولي، سجن عوفر، مستشفى مرسى علم '
    'الدولي، المستشفى السعودي للولادة، أوتوستراد الزهراني، ساحة السرايا، شارع الرشيد، شعب سطايح); "قطاع غزة" is one name. '
    'Where ل fuses with the article the whole token is the surface (للقيادة المركزية الأمريكية، للجماعة، للقوات البحرية، '
    'للأمم المتحدة). Name-like designations of forces are listed (قوات الاحتلال، جيش العدو، الجيش، القوات المسلحة، '
    'للقوات البحرية) and so are the Al-Akhbar/Palestinian designations "العدو"، "العدو الإسرائيلي"، "الاحتلال" (Israel, as '
    'in sets 5, 6, 15, 17, 19) and the short forms "الجماعة"/"للجماعة" (the Houthis) and the Sudanese "الدعامة" (RSF). '
    '"غزة" alone is one surface (canonical Gaza) whether it means the Strip or the city; "البحر الأحمر" is canonical Red '
    'Sea also in "محافظ البحر الأحمر" and "محافظة البحر الأحمر". Operation names and platforms are MISC (بشائر الفتح، '
    'تروث سوشيال، تلغرام), the yacht "سي ستوري" is MISC. Not entities: generic references (القاعدة، المطار، الحكومة '
    'الشرعية، القصر الرئاسي، المحافظ، النائب العام as a title، التلفزيون الرسمي الإيراني، قيادة المنطقة العسكرية، الجنوب), '
    'adjectives (حوثيون، إسرائيلية، أمريكية).',
    'Attributions follow heldout12/13: complement after أن/إن (fused pronoun kept: إنه، أنه، أنها، أنهم); mixed quotes '
    'direct_quote false; markers (بحسب، وفق) span the clause they qualify; relays are "X (via Y)" (US official via '
    'Reuters, Hussein Rammal via NNA, Prisoners\' Club via WAFA, Israeli security source via Kan, medical sources via '
    'Al Jazeera) with the verb نقلت; the headline colon "والدوحة:" is an attribution with verb null. Announcements, '
    'acknowledgements, warnings and denials of a nominal (أعلن التوصل، معلنة تسخير، مؤكدة عدم وقوع، أعلن ... «منع»، أعلن '
    'استقالته، يعلنون/أعلنت مقتل، يقر/أقر بانسحاب، إعلان ... سيطرتها، حذرت من، نفى هذه الاتهامات) are attributions of '
    'that nominal and the content event is reported; حمّل، اتهمت، متوعداً، أعرب عن، دعا (finite) are attributions as in '
    'sets 5-14; the participial calls "داعياً" are not. Where a reported complement is not itself an event (the Iranian '
    'justification, the Qatari right to respond, Netanyahu\'s warning, al-Eryani\'s claim, the denials) a statement '
    'event is annotated too; "أدانت" without a content clause is a statement without attribution. The h02 headline '
    'quote «راجعين ولو ع الركام» names no speaker and is neither an attribution nor an event.',
    'Event typing: missile and air strikes (and the missile that fell inside the base) are airstrike/shelling; gunfire '
    'at returnees (h02) and the storming of the hospital with gunfire (h06) are advance/offensive as in heldout16; '
    'interceptions, ceasefires taking effect, returns of the displaced (as in heldout19), traffic jams, prisoner and '
    'hostage releases, handovers, resignations, aid deliveries, airspace closures and flight suspensions, sinkings, '
    'rescues, searches, hospital transfers, inspections, investigations, raids on UN offices, detentions, looting and '
    'beatings are "other"; the Israeli ban on return (as in heldout19) and flight from El Fasher are displacement; the '
    'siege of El Fasher is encirclement; the RSF "liberation" and control of the division HQ are capture/control; the '
    'army withdrawal is other. Events in a reported complement are reported even when they are background facts (the '
    'US strikes on Fordow etc. in the IRGC statement). Headlines carry their own rows.',
]

description = {
    'summary': 'Twenty-fifth gold set (BLIND: never tuned on; nobody reads its misses): six Arabic news articles written '
               'for this set in the style of real outlets of six countries (Okaz on the IRGC missile strike on Al Udeid '
               'with a Hijri date and a Gulf-dialect witness; Al-Akhbar on the return of the displaced to South Lebanon '
               'after the November 2024 ceasefire, with Levantine month names and speech; Alsumaria News on the Gaza '
               'truce and the first hostage-prisoner exchange; Al-Masdar Online on the Israeli strike in Sanaa that '
               'killed the Houthi prime minister Ahmed al-Rahawi; Al-Masry Al-Youm on the sinking of the Sea Story '
               'yacht off Marsa Alam with Egyptian colloquial speech; Sudan Tribune on the fall of El Fasher to the RSF '
               'with Sudanese colloquial speech), annotated by hand without looking at the extractors. Same format and '
               'conventions as ../shared/dev-set/seeds_gold.json and tests/heldout9-13. "file" is relative to tests/. '
               'Offsets are Python str indices into open(path, encoding="utf-8").read().',
    'uncertain_points': UNCERTAIN,
    'files': FILES,
    'counts': _GOLD.counts(),
}

if __name__ == '__main__':
    write_set(_GOLD, HERE, description)
