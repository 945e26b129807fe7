#!/usr/bin/env python3
"""Build heldout15_gold.json from the hand annotations below (BLIND set 15: j01..j06).

Spans are (surface, occurrence index), located by search; the helpers and their conventions are
tests/heldout_tools/annotate.py.
Run: python3 tests/heldout15/build_gold.py  (writes heldout15_gold.json next to this file)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(TESTS, 'heldout_tools'))  # annotate.py, common.py
from annotate import FILES, Gold, write_set  # noqa: E402

_GOLD = Gold('heldout15')
ARTICLES = _GOLD.articles   # key -> dict
article, finish_article = _GOLD.article, _GOLD.finish_article
E, N, A, D, ENT, F = _GOLD.E, _GOLD.N, _GOLD.A, _GOLD.D, _GOLD.ENT, _GOLD.F


# ---------------------------------------------------------------------------------------------- h01
article('h01', 'j01_libya_oil_shutdown.txt',
        {'name_ar': 'الوسط', 'name_en': 'Al-Wasat', 'domain': 'alwasat.ly'},
        '2024-08-27',
        'Written for this set; publication date 2024-08-27 (Tuesday) set by the author and recorded in '
        'j01_libya_oil_shutdown.yml. Consistent with the text: the shutdown announcement "مساء أمس الإثنين" = '
        '2024-08-26, the ordered cut at El Feel "صباح اليوم الثلاثاء" = 2024-08-27, the takeover of the bank '
        'headquarters "الأحد الماضي" = 2024-08-25. High confidence (by construction).',
        'حكومة حماد تعلن وقف إنتاج النفط وتصديره.. وأزمة المصرف المركزي تدخل أسبوعها الثاني')
GNS = 'Government of National Stability (Libya)'
HAMMAD = 'Osama Hammad'
PC = 'Presidential Council (Libya)'
CBL = 'Central Bank of Libya'
SHAR = 'Sharara oil field'
FEEL = 'an engineer at the El Feel oil field'
NOCREU = 'two National Oil Corporation officials (via Reuters)'
SALEM = 'Salem Boukhris (employee at Es Sider port)'
UNSMIL = 'United Nations Support Mission in Libya'
KOURY = 'Stephanie Koury (UNSMIL acting head)'
E('other', GNS, 'Libya', None, None, None, 'asserted', 'حكومة حماد تعلن وقف إنتاج النفط وتصديره')
E('other', GNS, 'Libya (all oil fields and ports)', '2024-08-26', 'مساء أمس الإثنين', None, 'asserted',
  'أعلنت الحكومة الليبية المكلفة من مجلس النواب برئاسة أسامة حماد، مساء أمس الإثنين، حالة "القوة القاهرة" على جميع '
  'الحقول والموانئ النفطية، ووقف إنتاج النفط وتصديره')
E('statement', HAMMAD, None, None, None, None, 'asserted',
  'قال حماد، في بيان مصور، إن "الاعتداءات المتكررة على قيادات المصرف وموظفيه" أجبرت حكومته على اتخاذ هذا القرار')
E('accusation', HAMMAD, None, None, None, None, 'asserted',
  'متهما المجلس الرئاسي بـ"السطو على المؤسسات السيادية خارج إطار القانون"')
E('other', None, SHAR, None, 'بعد ساعات — event-anchored, no date expression', None, 'asserted',
  'توقف الإنتاج في حقل الشرارة')
E('other', None, 'El Feel oil field', '2024-08-27', 'اعتبارا من صباح اليوم الثلاثاء (start of the ordered cut)', FEEL,
  'reported', 'العاملين تلقوا تعليمات بخفض الإنتاج تدريجيا اعتبارا من صباح اليوم الثلاثاء')
E('other', PC, 'Tripoli', '2024-08-18', '18 أغسطس الجاري', None, 'asserted',
  'أصدر المجلس الرئاسي برئاسة محمد المنفي قرارا بإقالة المحافظ الصادق الكبير وتكليف عبد الفتاح غفار بتسيير أعمال المصرف')
E('statement', 'House of Representatives and High Council of State (Libya)', None, None, None, None, 'asserted',
  'رفضه مجلس النواب والمجلس الأعلى للدولة')
E('other', None, 'Tripoli', '2024-08-18', 'مساء 18 أغسطس', None, 'asserted',
  'مصعب مسلم قد خُطف من أمام منزله في طرابلس مساء 18 أغسطس')
E('other', None, 'Tripoli', None, 'بعد ساعات — event-anchored, no date expression', None, 'asserted',
  'يُفرج عنه بعد ساعات')
E('other', 'handover committee formed by the Presidential Council', 'Central Bank of Libya headquarters, Al-Fateh Street, '
  'Tripoli', '2024-08-25', 'الأحد الماضي', None, 'asserted',
  'تسلمت لجنة التسليم والاستلام التي شكلها الرئاسي، الأحد الماضي، مقر المصرف في شارع الفتح بالعاصمة')
E('other', CBL, 'Tripoli', None, None, CBL, 'reported', 'تعليق جميع أعماله ومعاملاته المالية إلى حين "زوال التهديد"')
E('other', None, 'Libya', None, None, NOCREU, 'predicted',
  'الإغلاق الشامل قد يخفض الإنتاج بما يتراوح بين 700 ألف ومليون برميل يوميا')
E('other', None, 'Es Sider oil port', None, 'من الصبح (vague)', SALEM, 'reported', 'الناقلات واقفة برا من الصبح')
E('other', None, 'Es Sider oil port', None, None, SALEM, 'reported', 'العمال قاعدين في بيوتهم')
E('statement', UNSMIL, None, None, None, None, 'asserted',
  'أعربت بعثة الأمم المتحدة للدعم في ليبيا عن "قلقها البالغ" إزاء التطورات')
E('statement', KOURY, None, None, 'خلال الأيام المقبلة (vague)', None, 'asserted',
  'دعت القائمة بأعمال رئيسة البعثة ستيفاني خوري الأطراف كافة إلى "تعليق القرارات الأحادية" والجلوس إلى طاولة الحوار '
  'خلال الأيام المقبلة')
E('statement', KOURY, None, None, None, None, 'asserted', 'محذرة من أن استمرار الأزمة "يهدد لقمة عيش الليبيين"')

N('270000', 'barrels per day', 'Sharara output before the stop', 'approx', 'نحو 270 ألف برميل')
N('2', 'people', 'NOC officials quoted by Reuters', 'exact', 'مسؤولَين')
N('700000', 'barrels per day', 'output the shutdown may remove (lower bound)', 'exact', '700 ألف')
N('1000000', 'barrels per day', 'output the shutdown may remove (upper bound)', 'exact', 'مليون برميل', 0)
N('1200000', 'barrels per day', "Libya's current oil output", 'exact', '1.2 مليون برميل')
N('90', 'percent', "share of oil in Libya's revenues", 'more than', 'أكثر من 90%')
N('2300000', 'people', 'government employees paid by the central bank', 'approx', 'نحو مليونين و300 ألف موظف')

D('أمس', '2024-08-26', 'relative')
D('الإثنين', '2024-08-26', 'weekday')
D('اليوم', '2024-08-27', 'relative', ctx='صباح اليوم الثلاثاء')
D('الثلاثاء', '2024-08-27', 'weekday')
D('18 أغسطس الجاري', '2024-08-18', 'absolute')
D('18 أغسطس', '2024-08-18', 'absolute', ctx='مساء 18 أغسطس')
D('الأحد الماضي', '2024-08-25', 'relative')
D('حاليا', None, 'vague')
D('من الصبح', None, 'vague')
D('خلال الأيام المقبلة', None, 'vague')

A(HAMMAD, 'قال', False, '"الاعتداءات المتكررة على قيادات المصرف وموظفيه" أجبرت حكومته على اتخاذ هذا القرار')
A(HAMMAD, 'متهما', False, 'المجلس الرئاسي بـ"السطو على المؤسسات السيادية خارج إطار القانون"')
A(FEEL, 'أفاد', False, 'العاملين تلقوا تعليمات بخفض الإنتاج تدريجيا اعتبارا من صباح اليوم الثلاثاء')
A(CBL, 'أعلن', False, 'تعليق جميع أعماله ومعاملاته المالية إلى حين "زوال التهديد"')
A(NOCREU, 'نقلت', False, 'الإغلاق الشامل قد يخفض الإنتاج بما يتراوح بين 700 ألف ومليون برميل يوميا، من أصل 1.2 مليون برميل '
  'تنتجها البلاد حاليا')
A(SALEM, 'قال', True, 'الناقلات واقفة برا من الصبح، ومحد يعرف إمتى نرجعو نشحنو، والعمال قاعدين في بيوتهم')
A(UNSMIL, 'أعربت', False, '"قلقها البالغ" إزاء التطورات')
A(KOURY, 'دعت', False, 'الأطراف كافة إلى "تعليق القرارات الأحادية" والجلوس إلى طاولة الحوار خلال الأيام المقبلة')
A(KOURY, 'محذرة', False, 'استمرار الأزمة "يهدد لقمة عيش الليبيين"')

ENT('حماد', 'PER', HAMMAD)
ENT('المصرف المركزي', 'ORG', CBL)
ENT('مجلس النواب', 'ORG', 'House of Representatives (Libya)')
ENT('أسامة حماد', 'PER', HAMMAD)
ENT('المجلس الرئاسي', 'ORG', PC)
ENT('مصرف ليبيا المركزي', 'ORG', CBL)
ENT('المصرف', 'ORG', CBL)
ENT('حقل الشرارة', 'LOC', SHAR)
ENT('حقل الفيل', 'LOC', 'El Feel oil field')
ENT('بوابة الوسط', 'ORG', 'Al-Wasat (Libya)')
ENT('محمد المنفي', 'PER', 'Mohamed al-Menfi')
ENT('الصادق الكبير', 'PER', 'Sadiq al-Kabir')
ENT('عبد الفتاح غفار', 'PER', 'Abdel Fattah Ghaffar')
ENT('المجلس الأعلى للدولة', 'ORG', 'High Council of State (Libya)')
ENT('مصعب مسلم', 'PER', 'Musab Msallem')
ENT('طرابلس', 'LOC', 'Tripoli')
ENT('الرئاسي', 'ORG', PC)
ENT('شارع الفتح', 'LOC', 'Al-Fateh Street (Tripoli)')
ENT('رويترز', 'ORG', 'Reuters')
ENT('المؤسسة الوطنية للنفط', 'ORG', 'National Oil Corporation')
ENT('السدرة', 'LOC', 'Es Sider')
ENT('سالم بوخريص', 'PER', 'Salem Boukhris')
ENT('الوسط', 'ORG', 'Al-Wasat (Libya)')
ENT('بعثة الأمم المتحدة للدعم في ليبيا', 'ORG', UNSMIL)
ENT('البعثة', 'ORG', UNSMIL)
ENT('ستيفاني خوري', 'PER', 'Stephanie Koury')
ENT('ليبيا', 'LOC', 'Libya')

F('the force-majeure declaration', 'القوة القاهرة')
F("the Presidential Council's move (Hammad wording: seizure)", 'السطو على المؤسسات السيادية')
F('attacks on the bank staff (Hammad wording)', 'الاعتداءات المتكررة')
F('the crisis', 'الأزمة')
F('the shutdown', 'الإغلاق الشامل')
F('unilateral decisions (UNSMIL wording)', 'القرارات الأحادية')
finish_article('h01')

# ---------------------------------------------------------------------------------------------- h02
article('h02', 'j02_tunisia_election.txt',
        {'name_ar': 'الصباح', 'name_en': 'Assabah', 'domain': 'assabahnews.tn'},
        '2024-10-08',
        'Written for this set; publication date 2024-10-08 (Tuesday) set by the author and recorded in '
        'j02_tunisia_election.yml. Consistent with the text: the results announcement "مساء أمس الاثنين" = '
        '2024-10-07, the vote "يوم الأحد 6 أكتوبر" = 2024-10-06, the Zammel sentence "الثلاثاء الماضي" = 2024-10-01. '
        'High confidence (by construction).',
        'هيئة الانتخابات تعلن فوز قيس سعيد بولاية ثانية بـ90.69%.. ونسبة المشاركة لا تتجاوز 28.8%')
ISIE = 'Independent High Authority for Elections (ISIE)'
SAIED = 'Kais Saied'
BOUASKER = 'Farouk Bouasker (ISIE president)'
JEBABLI = 'Ramzi Jebabli (Zammel campaign director) (via Mosaique FM)'
HEDI = 'Mohamed el-Hedi (retiree in Ettadhamen)'
DEF = "Ayachi Zammel's defence team"
NSF = 'National Salvation Front (Tunisia)'
TUN = 'Tunisia'
E('other', SAIED, TUN, None, None, ISIE, 'reported', 'فوز قيس سعيد بولاية ثانية بـ90.69%')
E('other', SAIED, TUN, '2024-10-06', 'يوم الأحد 6 أكتوبر (election day)', ISIE, 'reported',
  'فوز الرئيس المنتهية ولايته قيس سعيد في الانتخابات الرئاسية')
E('other', None, TUN, '2024-10-06', 'يوم الأحد 6 أكتوبر', None, 'asserted',
  'الانتخابات الرئاسية التي جرت يوم الأحد 6 أكتوبر')
E('other', SAIED, TUN, None, None, BOUASKER, 'reported', 'سعيد تحصل على مليونين و438 ألفا و954 صوتا')
E('other', 'Ayachi Zammel', TUN, None, None, BOUASKER, 'reported', 'حل المرشح العياشي زمال ثانيا بنسبة 7.35 بالمائة')
E('other', 'Zouhair Maghzaoui', TUN, None, None, BOUASKER, 'reported',
  'جاء الأمين العام لحركة الشعب زهير المغزاوي ثالثا بنسبة 1.97 بالمائة')
E('other', None, TUN, None, None, BOUASKER, 'reported', 'نسبة المشاركة بلغت 28.8 بالمائة')
E('other', None, TUN, None, None, BOUASKER, 'reported', 'أدلى قرابة 2.8 مليون ناخب بأصواتهم')
E('statement', BOUASKER, None, None, None, None, 'asserted',
  'معتبرا أن "العملية جرت في كنف الشفافية ولم تُسجل أي خروقات من شأنها التأثير على النتائج"')
E('visit/inspection', SAIED, "Kais Saied's campaign headquarters, Tunis", '2024-10-06', 'ليلة الأحد', None, 'asserted',
  'كان سعيد قد توجه ليلة الأحد إلى مقر حملته بالعاصمة')
E('other', SAIED, "Kais Saied's campaign headquarters, Tunis", '2024-10-06', 'ليلة الأحد (same sentence)', None,
  'asserted', 'احتفل مع أنصاره')
E('statement', SAIED, "Kais Saied's campaign headquarters, Tunis", '2024-10-06', 'ليلة الأحد (same sentence)', None,
  'asserted', 'قال في كلمة قصيرة: "هذه مواصلة للثورة، وسنبني ونشيد وسنطهر البلاد من الفاسدين والخونة والمتآمرين"')
E('statement', "Ayachi Zammel's campaign", None, None, None, None, 'asserted', 'رفضت حملة زمال النتائج المعلنة')
E('accusation', JEBABLI, None, None, None, None, 'asserted',
  'نقلت إذاعة "موزاييك أف أم" عن مدير الحملة رمزي الجبابلي قوله إن "المسار الانتخابي شابته إخلالات جسيمة منذ البداية"')
E('other', "Ayachi Zammel's campaign", 'Administrative Court (Tunisia)', None, None, JEBABLI, 'planned',
  'الحملة ستطعن في النتائج أمام المحكمة الإدارية')
E('other', None, TUN, '2024-10-01', 'الثلاثاء الماضي', None, 'asserted',
  'صدر في حقه الثلاثاء الماضي حكم ابتدائي بالسجن 12 عاما في أربع قضايا')
E('statement', DEF, None, None, None, None, 'asserted', 'تعتبره هيئة الدفاع عنه "محاكمة سياسية"')
E('statement', HEDI, 'Ettadhamen, Tunis', None, None, None, 'asserted',
  'قال محمد الهادي، وهو متقاعد في الستين من عمره: "ما مشيتش نصوت، الناس تعبت، والأسعار شاعلة والخبز ما تلقاهوش"')
E('other', 'main opposition parties (Ennahda)', TUN, None, None, None, 'asserted',
  'قاطعت أحزاب المعارضة الرئيسية، وفي مقدمتها حركة النهضة، الاستحقاق')
E('statement', NSF, None, None, None, None, 'asserted',
  'دعت جبهة الخلاص الوطني أنصارها إلى "عدم إضفاء الشرعية على مهزلة"')
E('other', ISIE, TUN, None, 'في أجل أقصاه 9 نوفمبر المقبل — a deadline, not the date', None, 'planned',
  'تعلن الهيئة النتائج النهائية')

N('90.69', 'percent', "Saied's share of the vote (headline)", 'exact', '90.69%')
N('28.8', 'percent', 'turnout (headline)', 'exact', '28.8%')
N('90.69', 'percent', "Saied's share of the vote", 'exact', '90.69 بالمائة')
N('2438954', 'votes', 'votes for Saied', 'exact', 'مليونين و438 ألفا و954 صوتا')
N('7.35', 'percent', "Zammel's share of the vote", 'exact', '7.35 بالمائة')
N('1.97', 'percent', "Maghzaoui's share of the vote", 'exact', '1.97 بالمائة')
N('28.8', 'percent', 'turnout', 'exact', '28.8 بالمائة')
N('2800000', 'people', 'voters who cast a ballot', 'approx', 'قرابة 2.8 مليون ناخب')
N('9700000', 'people', 'registered voters', 'exact', '9.7 ملايين')
N('12', 'years', 'prison sentence of Zammel', 'exact', '12 عاما')
N('4', 'cases', 'cases in which Zammel was sentenced', 'exact', 'أربع قضايا')
N('60', 'years', 'age of Mohamed el-Hedi', 'exact', 'الستين من عمره')
N('55', 'percent', 'turnout in the 2019 run-off', 'exact', '55 بالمائة')

D('أمس', '2024-10-07', 'relative')
D('الاثنين', '2024-10-07', 'weekday')
D('الأحد', '2024-10-06', 'weekday', 0)
D('6 أكتوبر', '2024-10-06', 'absolute')
D('الأحد', '2024-10-06', 'weekday', 1)
D('مطلع سبتمبر الماضي', '2024-09', 'absolute')
D('الثلاثاء الماضي', '2024-10-01', 'relative')
D('منذ عام 2011', None, 'vague')
D('عام 2019', None, 'vague')
D('9 نوفمبر المقبل', '2024-11-09', 'absolute')

A(ISIE, 'تعلن', False, 'فوز قيس سعيد بولاية ثانية بـ90.69%')
A(ISIE, 'أعلنت', False, 'فوز الرئيس المنتهية ولايته قيس سعيد في الانتخابات الرئاسية التي جرت يوم الأحد 6 أكتوبر، بعد حصوله '
  'على 90.69 بالمائة من أصوات الناخبين')
A(BOUASKER, 'قال', False, 'سعيد تحصل على مليونين و438 ألفا و954 صوتا، فيما حل المرشح العياشي زمال ثانيا بنسبة 7.35 بالمائة، '
  'وجاء الأمين العام لحركة الشعب زهير المغزاوي ثالثا بنسبة 1.97 بالمائة')
A(BOUASKER, 'أضاف', False, 'نسبة المشاركة بلغت 28.8 بالمائة، إذ أدلى قرابة 2.8 مليون ناخب بأصواتهم من أصل 9.7 ملايين مسجلين')
A(BOUASKER, 'معتبرا', True, 'العملية جرت في كنف الشفافية ولم تُسجل أي خروقات من شأنها التأثير على النتائج')
A(SAIED, 'قال', True, 'هذه مواصلة للثورة، وسنبني ونشيد وسنطهر البلاد من الفاسدين والخونة والمتآمرين')
A(JEBABLI, 'نقلت', True, 'المسار الانتخابي شابته إخلالات جسيمة منذ البداية')
A(JEBABLI, 'مؤكدا', False, 'الحملة ستطعن في النتائج أمام المحكمة الإدارية')
A(DEF, 'تعتبره', True, 'محاكمة سياسية')
A(HEDI, 'قال', True, 'ما مشيتش نصوت، الناس تعبت، والأسعار شاعلة والخبز ما تلقاهوش')
A(NSF, 'دعت', False, 'أنصارها إلى "عدم إضفاء الشرعية على مهزلة"')

ENT('هيئة الانتخابات', 'ORG', ISIE)
ENT('قيس سعيد', 'PER', SAIED)
ENT('الهيئة العليا المستقلة للانتخابات', 'ORG', ISIE)
ENT('الهيئة', 'ORG', ISIE)
ENT('فاروق بوعسكر', 'PER', 'Farouk Bouasker')
ENT('قصر المؤتمرات', 'LOC', 'Palais des Congrès (Tunis)')
ENT('سعيد', 'PER', SAIED)
ENT('العياشي زمال', 'PER', 'Ayachi Zammel')
ENT('حركة الشعب', 'ORG', "People's Movement (Tunisia)")
ENT('زهير المغزاوي', 'PER', 'Zouhair Maghzaoui')
ENT('بوعسكر', 'PER', 'Farouk Bouasker')
ENT('زمال', 'PER', 'Ayachi Zammel')
ENT('موزاييك أف أم', 'ORG', 'Mosaique FM')
ENT('رمزي الجبابلي', 'PER', 'Ramzi Jebabli')
ENT('المحكمة الإدارية', 'ORG', 'Administrative Court (Tunisia)')
ENT('التضامن', 'LOC', 'Ettadhamen')
ENT('محمد الهادي', 'PER', 'Mohamed el-Hedi')
ENT('حركة النهضة', 'ORG', 'Ennahda')
ENT('جبهة الخلاص الوطني', 'ORG', NSF)

F('Saied (outgoing president)', 'المنتهية ولايته')
F("Saied's opponents (Saied wording: traitors)", 'الخونة')
F('the electoral process (Zammel campaign wording: serious irregularities)', 'إخلالات جسيمة')
F("Zammel's trial (defence wording)", 'محاكمة سياسية')
F('the election (NSF wording: farce)', 'مهزلة')
F('the vote (ISIE wording: transparency)', 'الشفافية')
finish_article('h02')

# ---------------------------------------------------------------------------------------------- h03
article('h03', 'j03_kamal_adwan_raid.txt',
        {'name_ar': 'القدس', 'name_en': 'Al-Quds', 'domain': 'alquds.com'},
        '2024-12-28',
        'Written for this set; publication date 2024-12-28 (Saturday) set by the author and recorded in '
        'j03_kamal_adwan_raid.yml. Consistent with the text: the raid "صباح أمس الجمعة" = 2024-12-27, the strike '
        'around the hospital "مساء الخميس" = 2024-12-26, the start of the northern Gaza operation "الخامس من أكتوبر '
        'الماضي" = 2024-10-05. High confidence (by construction).',
        'الاحتلال يقتحم مستشفى كمال عدوان ويضرم النار في أقسامه.. واعتقال مديره الدكتور حسام أبو صفية')
IDF = 'Israel Defense Forces'
KAH = 'Kamal Adwan Hospital (Beit Lahia)'
MOH = 'Gaza Ministry of Health'
MED3 = 'medical sources'
AMNA = 'Amna al-Kahlout (nurse at Kamal Adwan Hospital)'
TEDROS = 'Tedros Adhanom Ghebreyesus'
FRI = 'صباح أمس الجمعة (same sentence)'
THU = 'مساء الخميس (same sentence)'
E('advance/offensive', IDF, KAH, None, None, None, 'asserted', 'الاحتلال يقتحم مستشفى كمال عدوان')
E('other', IDF, KAH, None, None, None, 'asserted', 'يضرم النار في أقسامه')
E('other', IDF, KAH, None, None, None, 'asserted', 'اعتقال مديره الدكتور حسام أبو صفية')
E('advance/offensive', IDF, KAH, '2024-12-27', 'صباح أمس الجمعة', MOH, 'reported',
  'اقتحمت قوات الاحتلال الإسرائيلي، صباح أمس الجمعة، مستشفى كمال عدوان في بلدة بيت لاهيا شمال قطاع غزة')
E('capture/control', IDF, KAH, '2024-12-27', FRI, MOH, 'reported', 'سيطرت على مبانيه بالكامل')
E('other', IDF, KAH, '2024-12-27', FRI, MOH, 'reported', 'أضرمت النار في عدد من أقسامه')
E('encirclement', IDF, KAH, None, 'منذ أكثر من شهرين (vague)', MOH, 'reported',
  'حصار مشدد فرضته على المستشفى ومحيطه منذ أكثر من شهرين')
E('displacement', IDF, KAH, None, None, MOH, 'reported',
  'جيش الاحتلال أجبر نحو 350 شخصا، بينهم 75 مريضا ومرافقا و180 من الكوادر الطبية، على الخروج من المستشفى تحت تهديد '
  'السلاح')
E('other', IDF, 'Al-Fakhura School, Jabalia', None, None, MOH, 'reported', 'اقتادهم إلى مدرسة الفاخورة في جباليا')
E('other', IDF, 'Al-Fakhura School, Jabalia', None, None, MOH, 'reported', 'أخضعهم لتحقيق ميداني في البرد القارس')
E('other', IDF, KAH, None, None, MOH, 'reported',
  'قوات الاحتلال اعتقلت مدير المستشفى الدكتور حسام أبو صفية وعشرات من الأطباء والممرضين')
E('other', IDF, 'Indonesian Hospital (Gaza)', None, None, MOH, 'reported',
  'نقلت عددا من المرضى في حالة حرجة إلى المستشفى الإندونيسي')
E('airstrike/shelling', IDF, KAH, '2024-12-26', 'مساء الخميس', MED3, 'reported',
  'طائرات الاحتلال قد قصفت مساء الخميس محيط المستشفى ومبنى ملاصقا لبوابته الشمالية')
E('killing/casualties', IDF, KAH, '2024-12-26', THU, MED3, 'reported',
  'استشهاد 5 من أفراد الطاقم الطبي، بينهم طبيبة أطفال ومسعفان')
E('accusation', IDF, None, None, None, None, 'asserted',
  'زعم جيش الاحتلال في بيان أن المستشفى "تحوّل إلى معقل لمنظمات إرهابية"')
E('other', IDF, KAH, None, None, IDF, 'reported',
  'قواته اعتقلت خلال العملية أكثر من 240 "مشتبها"، بينهم عناصر من حركة حماس')
E('displacement', IDF, KAH, None, None, IDF, 'reported', 'سهّل إخلاء المرضى والطواقم بشكل آمن')
E('other', IDF, None, '2024-12-27', 'مساء أمس', None, 'asserted', 'أُفرج عنها مساء أمس')
E('displacement', IDF, KAH, None, 'بالليل (vague)', AMNA, 'reported', 'طلّعونا بالليل على البرد')
E('other', IDF, KAH, None, None, AMNA, 'reported', 'شلّحونا وحققوا معنا ساعات')
E('accusation', 'Hamas', None, None, None, None, 'asserted',
  'اتهمت حركة حماس الاحتلال بارتكاب "جريمة حرب مكتملة الأركان"')
E('accusation', 'Hamas', None, None, None, None, 'asserted', 'محمّلة الإدارة الأمريكية المسؤولية عنها')
E('other', IDF, KAH, None, None, TEDROS, 'reported', 'الاقتحام "أخرج آخر مستشفى رئيسي في شمال غزة عن الخدمة"')
E('advance/offensive', IDF, 'northern Gaza Strip', '2024-10-05', 'منذ الخامس من أكتوبر الماضي (start of the operation)',
  None, 'asserted', 'يتعرض شمال القطاع منذ الخامس من أكتوبر الماضي لعملية عسكرية واسعة')
E('statement', 'Israel', None, None, None, None, 'asserted', 'تقول إسرائيل إنها تهدف إلى منع حماس من إعادة تنظيم صفوفها')
E('accusation', 'Palestinians', None, None, None, None, 'asserted', 'يتهمها الفلسطينيون بالسعي إلى تهجير السكان بالقوة')
E('displacement', IDF, 'Jabalia, Beit Lahia and Beit Hanoun -> Sheikh Radwan and western Gaza City', None, None, None,
  'asserted', 'دفعت العملية عشرات الآلاف من سكان جباليا وبيت لاهيا وبيت حانون إلى النزوح نحو حي الشيخ رضوان والأحياء الغربية')
E('killing/casualties', IDF, 'Gaza Strip', None, 'منذ السابع من أكتوبر 2023 (cumulative toll)', MOH, 'reported',
  'حصيلة الشهداء في القطاع ارتفعت إلى 45 ألفا و436 شهيدا منذ السابع من أكتوبر 2023')
E('killing/casualties', IDF, 'Gaza Strip', None, 'خلال الساعات الـ24 الماضية (vague)', MOH, 'reported',
  '37 شهيدا خلال الساعات الـ24 الماضية')

N('2', 'months', 'length of the siege of the hospital', 'more than', 'أكثر من شهرين')
N('350', 'people', 'people forced out of the hospital', 'approx', 'نحو 350 شخصا')
N('75', 'people', 'patients and companions among them', 'exact', '75 مريضا')
N('180', 'people', 'medical staff among them', 'exact', '180 من الكوادر الطبية')
N(None, 'people', 'doctors and nurses detained', 'vague', 'عشرات من الأطباء والممرضين')
N(None, 'people', 'critically ill patients moved to the Indonesian Hospital', 'vague', 'عددا من المرضى')
N('5', 'people', 'medical staff killed in the strike', 'exact', '5 من أفراد الطاقم الطبي')
N('1', 'people', 'paediatrician among the dead', 'exact', 'طبيبة أطفال')
N('2', 'people', 'paramedics among the dead', 'exact', 'مسعفان')
N('240', 'people', '"suspects" the army says it detained', 'more than', 'أكثر من 240 "مشتبها"')
N(None, 'people', 'residents displaced from Jabalia, Beit Lahia and Beit Hanoun', 'vague', 'عشرات الآلاف')
N('45436', 'people', 'people killed in Gaza since 7 October 2023', 'exact', '45 ألفا و436 شهيدا')
N('37', 'people', 'people killed in the last 24 hours', 'exact', '37 شهيدا')
N('24', 'hours', 'period of the daily toll', 'exact', 'الساعات الـ24')

D('أمس', '2024-12-27', 'relative', 0)
D('الجمعة', '2024-12-27', 'weekday')
D('منذ أكثر من شهرين', None, 'vague')
D('الخميس', '2024-12-26', 'weekday')
D('أمس', '2024-12-27', 'relative', 1)
D('الليل', None, 'vague')
D('الخامس من أكتوبر الماضي', '2024-10-05', 'absolute')
D('السابع من أكتوبر 2023', '2023-10-07', 'absolute')
D('خلال الساعات الـ24 الماضية', None, 'vague')

A(MOH, 'وفق', False, 'اقتحمت قوات الاحتلال الإسرائيلي، صباح أمس الجمعة، مستشفى كمال عدوان في بلدة بيت لاهيا شمال قطاع غزة، '
  'وسيطرت على مبانيه بالكامل، وأضرمت النار في عدد من أقسامه، بعد حصار مشدد فرضته على المستشفى ومحيطه منذ أكثر من شهرين')
A(MOH, 'قالت', False, 'جيش الاحتلال أجبر نحو 350 شخصا، بينهم 75 مريضا ومرافقا و180 من الكوادر الطبية، على الخروج من '
  'المستشفى تحت تهديد السلاح، واقتادهم إلى مدرسة الفاخورة في جباليا، حيث أخضعهم لتحقيق ميداني في البرد القارس')
A(MOH, 'أضافت', False, 'قوات الاحتلال اعتقلت مدير المستشفى الدكتور حسام أبو صفية وعشرات من الأطباء والممرضين، ونقلت عددا '
  'من المرضى في حالة حرجة إلى المستشفى الإندونيسي "الذي خرج عن الخدمة ولا يتوفر فيه أي مقومات للعلاج"')
A(MED3, 'وفق', False, 'طائرات الاحتلال قد قصفت مساء الخميس محيط المستشفى ومبنى ملاصقا لبوابته الشمالية، ما أدى إلى '
  'استشهاد 5 من أفراد الطاقم الطبي، بينهم طبيبة أطفال ومسعفان')
A(IDF, 'زعم', False, 'المستشفى "تحوّل إلى معقل لمنظمات إرهابية"، وأن قواته اعتقلت خلال العملية أكثر من 240 "مشتبها"، بينهم '
  'عناصر من حركة حماس')
A(IDF, 'مدعيا', False, 'أنه "سهّل إخلاء المرضى والطواقم بشكل آمن"')
A(AMNA, 'قالت', True, 'طلّعونا بالليل على البرد، شلّحونا وحققوا معنا ساعات، والدكتور حسام ضل لآخر لحظة رافض يطلع ويترك '
  'المرضى')
A('Hamas', 'اتهمت', False, 'الاحتلال بارتكاب "جريمة حرب مكتملة الأركان"')
A('Hamas', 'محمّلة', False, 'الإدارة الأمريكية المسؤولية عنها')
A(TEDROS, 'قال', False, 'الاقتحام "أخرج آخر مستشفى رئيسي في شمال غزة عن الخدمة"')
A('Israel', 'تقول', False, 'إنها تهدف إلى منع حماس من إعادة تنظيم صفوفها')
A('Palestinians', 'يتهمها', False, 'بالسعي إلى تهجير السكان بالقوة')
A(MOH, 'أعلنت', False, 'حصيلة الشهداء في القطاع ارتفعت إلى 45 ألفا و436 شهيدا منذ السابع من أكتوبر 2023، بينهم 37 شهيدا '
  'خلال الساعات الـ24 الماضية')

ENT('الاحتلال', 'ORG', 'Israel')
ENT('مستشفى كمال عدوان', 'LOC', 'Kamal Adwan Hospital')
ENT('حسام أبو صفية', 'PER', 'Hussam Abu Safiya')
ENT('قوات الاحتلال الإسرائيلي', 'ORG', IDF)
ENT('بيت لاهيا', 'LOC', 'Beit Lahia')
ENT('قطاع غزة', 'LOC', 'Gaza Strip')
ENT('وزارة الصحة', 'ORG', MOH)
ENT('غزة', 'LOC', 'Gaza Strip')
ENT('الوزارة', 'ORG', MOH)
ENT('جيش الاحتلال', 'ORG', IDF)
ENT('مدرسة الفاخورة', 'LOC', 'Al-Fakhura School')
ENT('جباليا', 'LOC', 'Jabalia')
ENT('قوات الاحتلال', 'ORG', IDF)
ENT('المستشفى الإندونيسي', 'LOC', 'Indonesian Hospital (Gaza)')
ENT('حماس', 'ORG', 'Hamas')
ENT('آمنة الكحلوت', 'PER', 'Amna al-Kahlout')
ENT('القدس', 'ORG', 'Al-Quds (newspaper)')
ENT('حسام', 'PER', 'Hussam Abu Safiya')
ENT('منظمة الصحة العالمية', 'ORG', 'World Health Organization')
ENT('تيدروس أدهانوم غيبريسوس', 'PER', TEDROS)
ENT('إكس', 'MISC', 'X (formerly Twitter)')
ENT('إسرائيل', 'LOC', 'Israel')
ENT('بيت حانون', 'LOC', 'Beit Hanoun')
ENT('الشيخ رضوان', 'LOC', 'Sheikh Radwan')

F('the raid', 'الاقتحام')
F('the hospital (army wording: terrorist stronghold)', 'معقل لمنظمات إرهابية')
F('the detainees (army wording: suspects)', 'مشتبها')
F('the raid (Hamas wording: war crime)', 'جريمة حرب')
F('the dead (martyrs)', 'الشهداء')
F('the dead (martyrs)', 'شهيدا')
F('the Israeli army (occupation)', 'الاحتلال')
F('displacement (Palestinian wording: forced displacement)', 'تهجير السكان بالقوة')
finish_article('h03')

# ---------------------------------------------------------------------------------------------- h04
article('h04', 'j04_beirut_basta_strike.txt',
        {'name_ar': 'النهار', 'name_en': 'Annahar', 'domain': 'annahar.com'},
        '2024-11-24',
        'Written for this set; publication date 2024-11-24 (Sunday) set by the author and recorded in '
        'j04_beirut_basta_strike.yml. Consistent with the text: the Basta strike "فجر أمس السبت" = 2024-11-23, the '
        'strikes on Ras al-Nabaa and Zuqaq al-Blat "الأحد الماضي" = 2024-11-17, Hochstein in Beirut "الثلاثاء '
        'الماضي" = 2024-11-19; Levantine month names (تشرين الأول، أيلول). High confidence (by construction).',
        'مجزرة في البسطة: 20 شهيداً و66 جريحاً بغارة دمّرت مبنى من ثماني طبقات في قلب بيروت')
IDF4 = 'Israel Defense Forces'
BASTA = 'Al-Mamoun Street, Basta al-Fawqa (Beirut)'
EOC = 'Lebanese Ministry of Public Health (Emergency Operations Center)'
ABUALI = 'Abu Ali Shatila (baker in Basta)'
ISRSRC = 'Israeli security sources (via Israeli media)'
HZSRC = 'a source close to Hezbollah'
MIKATI = 'Najib Mikati'
MOPH = 'Lebanese Ministry of Public Health'
IOM4 = 'International Organization for Migration'
SAT = 'فجر أمس السبت (same sentence)'
E('killing/casualties', None, 'Basta (Beirut)', None, None, None, 'asserted', '20 شهيداً و66 جريحاً')
E('airstrike/shelling', None, 'Basta (Beirut)', None, None, None, 'asserted',
  'بغارة دمّرت مبنى من ثماني طبقات في قلب بيروت')
E('explosion', IDF4, 'Beirut', '2024-11-23', 'فجر أمس السبت', None, 'asserted', 'انفجار هائل هزّ أرجاء العاصمة')
E('airstrike/shelling', IDF4, BASTA, '2024-11-23', SAT, None, 'asserted',
  'غارة إسرائيلية استهدفت مبنى سكنياً من ثماني طبقات في شارع المأمون بمنطقة البسطة الفوقا، فسوّته بالأرض')
E('killing/casualties', IDF4, BASTA, '2024-11-23', 'مساء أمس (date of the updated toll; the strike was the same day)',
  EOC, 'reported', 'الغارة أدّت إلى استشهاد 20 شخصاً وإصابة 66 آخرين بجروح')
E('other', None, BASTA, None, None, EOC, 'reported', 'رفع الأنقاض مستمر')
E('other', 'Lebanese Civil Defense and Islamic Health Committee', BASTA, None, None, None, 'asserted',
  'عملت فرق الدفاع المدني والهيئة الصحية الإسلامية على انتشال الضحايا من تحت الركام')
E('other', 'Lebanese Armed Forces', BASTA, None, None, None, 'asserted', 'طوّق الجيش اللبناني المكان ومنع الاقتراب منه')
E('other', None, BASTA, None, None, ABUALI, 'reported', 'البناية كلها صارت ركام')
E('airstrike/shelling', IDF4, BASTA, None, None, ISRSRC, 'reported', 'الغارة استهدفت قيادياً بارزاً في "حزب الله"')
E('statement', HZSRC, None, None, None, None, 'asserted',
  'نفى مصدر مقرّب من الحزب وجود أيّ شخصية عسكرية في المبنى')
E('statement', HZSRC, None, None, None, None, 'asserted',
  'مؤكداً أن "الضحايا جميعهم مدنيون نازحون من الجنوب والضاحية"')
E('statement', MIKATI, None, None, None, None, 'asserted', 'دان رئيس حكومة تصريف الأعمال نجيب ميقاتي الغارة')
E('statement', MIKATI, None, None, None, None, 'asserted',
  'معتبراً أنها "رسالة دموية مباشرة برفض كل المساعي الجارية للتوصل إلى وقف لإطلاق النار"')
E('airstrike/shelling', IDF4, "Ras al-Nabaa and Zuqaq al-Blat (Beirut)", '2024-11-17', 'الأحد الماضي', None, 'asserted',
  'غارتين على منطقتي رأس النبع وزقاق البلاط الأحد الماضي')
E('killing/casualties', IDF4, "Ras al-Nabaa (Beirut)", '2024-11-17', 'الأحد الماضي (same sentence)', None, 'asserted',
  'أسفرتا عن مقتل مسؤول العلاقات الإعلامية في الحزب محمد عفيف')
E('airstrike/shelling', IDF4, 'Dahieh (southern suburbs of Beirut)', '2024-11-23', 'بعد ظهر أمس', None, 'asserted',
  'شنّ الطيران الحربي الإسرائيلي نحو 12 غارة على الضاحية الجنوبية')
E('statement', 'Avichay Adraee', 'Dahieh (southern suburbs of Beirut)', None, None, None, 'asserted',
  'إنذارات بالإخلاء نشرها المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي')
E('displacement', IDF4, 'Dahieh -> central Beirut and Mount Lebanon', '2024-11-23', 'بعد ظهر أمس (same sentence)', None,
  'asserted', 'دفع مئات العائلات إلى النزوح مجدداً نحو وسط المدينة والجبل')
E('visit/inspection', 'Amos Hochstein', 'Beirut', '2024-11-19', 'الثلاثاء الماضي', None, 'asserted',
  'حملها الموفد الأميركي آموس هوكشتاين إلى بيروت الثلاثاء الماضي')
E('visit/inspection', 'Amos Hochstein', 'Israel', None, None, None, 'asserted', 'يغادر إلى إسرائيل')
E('killing/casualties', IDF4, 'Lebanon', None, 'منذ تشرين الأول 2023 (cumulative toll)', MOPH, 'reported',
  'عدد الشهداء منذ تشرين الأول 2023 تجاوز 3 آلاف و700')
E('displacement', None, 'Lebanon', None, 'منذ 23 أيلول الماضي (cumulative count)', IOM4, 'reported',
  'عدد النازحين بأكثر من 886 ألف شخص منذ 23 أيلول الماضي')

N('20', 'people', 'killed (headline)', 'exact', '20 شهيداً')
N('66', 'people', 'injured (headline)', 'exact', '66 جريحاً')
N('8', 'floors', 'floors of the destroyed building (headline)', 'exact', 'ثماني طبقات', 0)
N('8', 'floors', 'floors of the destroyed building', 'exact', 'ثماني طبقات', 1)
N('20', 'people', 'killed', 'exact', '20 شخصاً')
N('66', 'people', 'injured', 'exact', '66 آخرين')
N('2', 'airstrikes', 'strikes on Ras al-Nabaa and Zuqaq al-Blat', 'exact', 'غارتين')
N('12', 'airstrikes', 'strikes on the southern suburbs', 'approx', 'نحو 12 غارة')
N(None, 'families', 'families displaced again from the southern suburbs', 'vague', 'مئات العائلات')
N('3700', 'people', 'killed in Lebanon since October 2023', 'more than', 'تجاوز 3 آلاف و700')
N('886000', 'people', 'displaced in Lebanon since 23 September (IOM)', 'more than', 'أكثر من 886 ألف شخص')

D('أمس', '2024-11-23', 'relative', 0)
D('السبت', '2024-11-23', 'weekday')
D('أمس', '2024-11-23', 'relative', 1)
D('خلال أسبوع', None, 'vague')
D('الأحد الماضي', '2024-11-17', 'relative')
D('أمس', '2024-11-23', 'relative', 2)
D('الثلاثاء الماضي', '2024-11-19', 'relative')
D('تشرين الأول 2023', '2023-10', 'absolute')
D('23 أيلول الماضي', '2024-09-23', 'absolute')

A(EOC, 'أعلن', False, 'الغارة أدّت إلى استشهاد 20 شخصاً وإصابة 66 آخرين بجروح')
A(EOC, 'لافتاً', False, 'رفع الأنقاض مستمر وأن "الحصيلة مرشحة للارتفاع"')
A(ABUALI, 'روى', True, 'كنا نايمين، فجأة صارت الدني تهزّ. طلعت عالطريق لقيت البناية كلها صارت ركام، والناس عم تصرخ من '
  'تحت الحجار')
A(ISRSRC, 'نقلت', False, 'الغارة استهدفت قيادياً بارزاً في "حزب الله"')
A(HZSRC, 'نفى', False, 'وجود أيّ شخصية عسكرية في المبنى')
A(HZSRC, 'مؤكداً', True, 'الضحايا جميعهم مدنيون نازحون من الجنوب والضاحية')
A(MIKATI, 'معتبراً', False, 'أنها "رسالة دموية مباشرة برفض كل المساعي الجارية للتوصل إلى وقف لإطلاق النار"')
A(MOPH, 'تشير', False, 'عدد الشهداء منذ تشرين الأول 2023 تجاوز 3 آلاف و700')
A(IOM4, 'تقدّر', False, 'عدد النازحين بأكثر من 886 ألف شخص منذ 23 أيلول الماضي')

ENT('البسطة', 'LOC', 'Basta (Beirut)')
ENT('بيروت', 'LOC', 'Beirut')
ENT('شارع المأمون', 'LOC', 'Al-Mamoun Street (Beirut)')
ENT('البسطة الفوقا', 'LOC', 'Basta al-Fawqa (Beirut)')
ENT('مركز عمليات طوارئ الصحة', 'ORG', 'Public Health Emergency Operations Center (Lebanon)')
ENT('وزارة الصحة العامة', 'ORG', MOPH)
ENT('الدفاع المدني', 'ORG', 'Lebanese Civil Defense')
ENT('الهيئة الصحية الإسلامية', 'ORG', 'Islamic Health Committee (Lebanon)')
ENT('الجيش اللبناني', 'ORG', 'Lebanese Armed Forces')
ENT('أبو علي شاتيلا', 'PER', 'Abu Ali Shatila')
ENT('النهار', 'ORG', 'Annahar')
ENT('حزب الله', 'ORG', 'Hezbollah')
ENT('الحزب', 'ORG', 'Hezbollah')
ENT('الضاحية', 'LOC', 'Dahieh')
ENT('نجيب ميقاتي', 'PER', MIKATI)
ENT('رأس النبع', 'LOC', 'Ras al-Nabaa')
ENT('زقاق البلاط', 'LOC', 'Zuqaq al-Blat')
ENT('محمد عفيف', 'PER', 'Mohammad Afif')
ENT('الضاحية الجنوبية', 'LOC', 'Dahieh')
ENT('الجيش الإسرائيلي', 'ORG', IDF4)
ENT('أفيخاي أدرعي', 'PER', 'Avichay Adraee')
ENT('لبنان', 'LOC', 'Lebanon')
ENT('تل أبيب', 'LOC', 'Tel Aviv')
ENT('آموس هوكشتاين', 'PER', 'Amos Hochstein')
ENT('إسرائيل', 'LOC', 'Israel')
ENT('وزارة الصحة', 'ORG', MOPH)
ENT('المنظمة الدولية للهجرة', 'ORG', IOM4)

F('the strike (massacre)', 'مجزرة')
F('the dead (martyrs)', 'شهيداً')
F('the dead (martyrs)', 'الشهداء')
F('the target (Israeli sources: senior commander)', 'قيادياً بارزاً')
F('the victims (Hezbollah source: displaced civilians)', 'مدنيون نازحون')
F('the strike (Mikati wording: bloody message)', 'رسالة دموية')
F('the escalation', 'التصعيد')
finish_article('h04')

# ---------------------------------------------------------------------------------------------- h05
article('h05', 'j05_houthi_un_detentions.txt',
        {'name_ar': 'المشهد اليمني', 'name_en': 'Al-Mashhad Al-Yemeni', 'domain': 'almashhadalyemeni.net'},
        '2025-01-25',
        'Written for this set; publication date 2025-01-25 (Saturday) set by the author and recorded in '
        'j05_houthi_un_detentions.yml. Consistent with the text: the abductions "يوم الخميس 23 رجب 1446هـ الموافق 23 '
        'يناير 2025" = 2025-01-23 (tabular Hijri calendar: 23 Rajab 1446 = 2025-01-23), the UN suspension "أمس الجمعة" '
        '= 2025-01-24, Grundberg in Muscat "الأسبوع الماضي" = 2025-W03. High confidence (by construction).',
        'مليشيا الحوثي تختطف سبعة موظفين أمميين جدد في صنعاء.. والأمم المتحدة تعلّق تحركاتها في مناطق سيطرتها')
HOU = 'Houthis'
SAN = 'Sanaa'
LOCAL = 'local sources (speaking to Al-Mashhad Al-Yemeni)'
GUT = 'António Guterres'
RCO = 'Office of the UN Resident Coordinator in Yemen'
SABASRC = 'a source in the Houthi Security and Intelligence Service (via Saba)'
BRO = 'brother of a detained WFP employee'
ERYANI = 'Muammar al-Eryani'
GRUND = 'Hans Grundberg'
THU5 = 'يوم الخميس 23 رجب 1446هـ الموافق 23 يناير 2025 (same sentence)'
E('other', HOU, SAN, None, None, None, 'asserted', 'مليشيا الحوثي تختطف سبعة موظفين أمميين جدد في صنعاء')
E('other', 'United Nations', 'Houthi-controlled areas (Yemen)', None, None, None, 'asserted',
  'الأمم المتحدة تعلّق تحركاتها في مناطق سيطرتها')
E('other', HOU, SAN, '2025-01-23', 'يوم الخميس 23 رجب 1446هـ الموافق 23 يناير 2025', LOCAL, 'reported',
  'اختطفت مليشيا الحوثي الإرهابية، يوم الخميس 23 رجب 1446هـ الموافق 23 يناير 2025، سبعة موظفين يعملون لدى وكالات تابعة '
  'للأمم المتحدة في العاصمة المختطفة صنعاء')
E('other', HOU, 'Hadda, Shuub and Al-Sabeen (Sanaa)', '2025-01-23', THU5, LOCAL, 'reported',
  'حملة مداهمات جديدة طالت منازلهم في أحياء حدة وشعوب والسبعين')
E('other', HOU, SAN, None, None, GUT, 'reported', '"سلطات الأمر الواقع" احتجزت الموظفين السبعة')
E('other', RCO, 'Houthi-controlled areas (Yemen)', '2025-01-24', 'أمس الجمعة', RCO, 'reported',
  'تعليق جميع التحركات الرسمية للموظفين داخل المناطق الخاضعة لسيطرة الحوثيين وإليها')
E('statement', RCO, None, None, 'حتى إشعار آخر (vague)', None, 'asserted',
  'مشيرا إلى أن القرار سيبقى ساريا حتى إشعار آخر')
E('other', 'Houthi security services', SAN, None, None, SABASRC, 'reported',
  'الأجهزة الأمنية "ضبطت خلية تجسس تعمل تحت غطاء العمل الإنساني لصالح الاستخبارات الأمريكية والإسرائيلية"')
E('other', HOU, SAN, None, 'بعد العشاء — time of day, not a date', BRO, 'reported',
  'جَوا بعد العشاء، كسّروا الباب وشلّوه قدّام عياله')
E('other', None, 'Yemen (Houthi-held areas)', None, None, None, 'asserted',
  'يرتفع عدد موظفي الأمم المتحدة المحتجزين لدى الجماعة إلى 24 موظفا على الأقل')
E('other', HOU, 'Yemen (Houthi-held areas)', None, 'يونيو/حزيران الماضي — month only', None, 'asserted',
  'اختُطف معظمهم في يونيو/حزيران الماضي')
E('accusation', ERYANI, None, None, None, None, 'asserted',
  'اتهم وزير الإعلام والثقافة والسياحة معمر الإرياني المليشيا باستخدام الموظفين الأمميين "ورقة ابتزاز رخيصة للحصول على '
  'مكاسب سياسية ومالية"')
E('visit/inspection', GRUND, 'Muscat', '2025-W03', 'الأسبوع الماضي', None, 'asserted',
  'هانس غروندبرغ قد زار مسقط الأسبوع الماضي')
E('other', GRUND, 'Muscat', '2025-W03', 'الأسبوع الماضي (same sentence)', None, 'asserted',
  'التقى كبير مفاوضي الحوثيين محمد عبدالسلام')
E('other', GRUND, 'Muscat', '2025-W03', 'الأسبوع الماضي (same sentence)', None, 'asserted',
  'بحث معه ملف المحتجزين وخارطة الطريق المتعثرة منذ أكثر من عام')

N('7', 'people', 'UN staff abducted (headline)', 'exact', 'سبعة موظفين', 0)
N('7', 'people', 'UN staff abducted', 'exact', 'سبعة موظفين', 1)
N('24', 'people', 'UN staff held by the Houthis', 'at least', '24 موظفا على الأقل')
N('1', 'people', 'former US embassy employee held', 'exact', 'موظف سابق')
N(None, 'people', 'staff of local and international organisations held', 'vague', 'عشرات العاملين')
N('20', 'agencies', 'UN agencies working in Yemen', 'approx', 'نحو 20 وكالة')
N('19500000', 'people', 'people receiving aid in Yemen', 'approx', 'نحو 19.5 مليون شخص')

D('الخميس', '2025-01-23', 'weekday')
D('23 رجب 1446', '2025-01-23', 'absolute')
D('23 يناير 2025', '2025-01-23', 'absolute')
D('أمس', '2025-01-24', 'relative')
D('الجمعة', '2025-01-24', 'weekday')
D('حتى إشعار آخر', None, 'vague')
D('يونيو/حزيران الماضي', '2024-06', 'absolute')
D('الأسبوع الماضي', '2025-W03', 'relative')
D('منذ أكثر من عام', None, 'vague')
D('هذا العام', None, 'vague')

A(LOCAL, 'بحسب', False, 'اختطفت مليشيا الحوثي الإرهابية، يوم الخميس 23 رجب 1446هـ الموافق 23 يناير 2025، سبعة موظفين يعملون '
  'لدى وكالات تابعة للأمم المتحدة في العاصمة المختطفة صنعاء، في حملة مداهمات جديدة طالت منازلهم في أحياء حدة وشعوب '
  'والسبعين')
A(GUT, 'أكد', False, '"سلطات الأمر الواقع" احتجزت الموظفين السبعة')
A(RCO, 'أعلن', False, 'تعليق جميع التحركات الرسمية للموظفين داخل المناطق الخاضعة لسيطرة الحوثيين وإليها، "حرصا على '
  'سلامتهم"')
A(RCO, 'مشيرا', False, 'القرار سيبقى ساريا حتى إشعار آخر')
A(SABASRC, 'نقلت', False,
  'الأجهزة الأمنية "ضبطت خلية تجسس تعمل تحت غطاء العمل الإنساني لصالح الاستخبارات الأمريكية والإسرائيلية"')
A(BRO, 'قال', True, 'جَوا بعد العشاء، كسّروا الباب وشلّوه قدّام عياله، وما قالوا لنا فين بيودّوه، ومن يومها ما نعرف عنه '
  'شي')
A(ERYANI, 'اتهم', False, 'المليشيا باستخدام الموظفين الأمميين "ورقة ابتزاز رخيصة للحصول على مكاسب سياسية ومالية"')
A('United Nations', 'بحسب', False, 'يعمل في اليمن نحو 20 وكالة أممية ومئات المنظمات الإنسانية التي تقدم المساعدات لنحو 19.5 '
  'مليون شخص')

ENT('مليشيا الحوثي', 'ORG', HOU)
ENT('صنعاء', 'LOC', SAN)
ENT('الأمم المتحدة', 'ORG', 'United Nations')
ENT('للأمم المتحدة', 'ORG', 'United Nations')
ENT('حدة', 'LOC', 'Hadda (Sanaa)')
ENT('شعوب', 'LOC', 'Shuub (Sanaa)')
ENT('السبعين', 'LOC', 'Al-Sabeen (Sanaa)')
ENT('المشهد اليمني', 'ORG', 'Al-Mashhad Al-Yemeni')
ENT('أنطونيو غوتيريش', 'PER', GUT)
ENT('مكتب المنسق المقيم للأمم المتحدة في اليمن', 'ORG', RCO)
ENT('الحوثيين', 'ORG', HOU)
ENT('سبأ', 'ORG', 'Saba News Agency (Houthi-run)')
ENT('جهاز الأمن والمخابرات', 'ORG', 'Security and Intelligence Service (Houthis)')
ENT('برنامج الأغذية العالمي', 'ORG', 'World Food Programme')
ENT('الجماعة', 'ORG', HOU)
ENT('السفارة الأمريكية', 'ORG', 'Embassy of the United States, Sanaa')
ENT('معمر الإرياني', 'PER', ERYANI)
ENT('المليشيا', 'ORG', HOU)
ENT('عدن', 'LOC', 'Aden')
ENT('اليمن', 'LOC', 'Yemen')
ENT('هانس غروندبرغ', 'PER', GRUND)
ENT('مسقط', 'LOC', 'Muscat')
ENT('محمد عبدالسلام', 'PER', 'Mohammed Abdulsalam')

F('the Houthis (outlet wording: terrorist militia)', 'مليشيا الحوثي الإرهابية')
F('Sanaa (outlet wording: the kidnapped capital)', 'العاصمة المختطفة')
F('the Houthi authorities (UN wording)', 'سلطات الأمر الواقع')
F('the detained staff (Houthi wording: spy cell)', 'خلية تجسس')
F('the detainees (Eryani wording: blackmail card)', 'ورقة ابتزاز')
F('the detained (abductees)', 'المختطفين')
F('the detention (abduction)', 'تختطف')
finish_article('h05')

# ---------------------------------------------------------------------------------------------- h06
article('h06', 'j06_el_bayadh_floods.txt',
        {'name_ar': 'الخبر', 'name_en': 'El Khabar', 'domain': 'elkhabar.com'},
        '2024-09-09',
        'Written for this set; publication date 2024-09-09 (Monday) set by the author and recorded in '
        'j06_el_bayadh_floods.yml. Consistent with the text: the floods "مساء السبت" = 2024-09-07, the Civil '
        'Protection statement "أمس" and the minister\'s visit "صبيحة أمس الأحد" = 2024-09-08, the forecast "إلى غاية '
        'مساء غد" = 2024-09-10; Maghrebi month name (أوت). High confidence (by construction).',
        'فيضانات البيض: 6 وفيات ومفقودان وإجلاء 120 عائلة.. ومراد يحل بالولاية')
BAY = 'El Bayadh Province'
DGPC = 'Algerian Civil Protection (Directorate General)'
BENSAADA = 'Youcef Bensaada (El Bayadh Civil Protection spokesman)'
BELK = 'Belkacem (farmer in El Abiodh Sidi Cheikh)'
MERAD = 'Brahim Merad'
SAT6 = 'مساء السبت (same sentence)'
E('other', None, BAY, None, None, None, 'asserted', 'فيضانات البيض')
E('killing/casualties', None, BAY, None, None, None, 'asserted', '6 وفيات ومفقودان')
E('displacement', None, BAY, None, None, None, 'asserted', 'إجلاء 120 عائلة', 0)
E('visit/inspection', MERAD, BAY, None, None, None, 'asserted', 'مراد يحل بالولاية')
E('killing/casualties', None, BAY, '2024-09-07', SAT6, DGPC, 'reported', 'لقي ستة أشخاص حتفهم وفُقد اثنان آخران')
E('other', None, BAY, '2024-09-07', 'مساء السبت', DGPC, 'reported', 'سيول جارفة اجتاحت عدة بلديات بولاية البيض')
E('other', None, BAY, '2024-09-07', SAT6, DGPC, 'reported', 'أمطار طوفانية تهاطلت لأكثر من ثلاث ساعات متواصلة')
E('other', DGPC, 'Bougtob', None, 'أمس dates the statement, not the recovery', DGPC, 'reported',
  'وحداتها انتشلت جثث ستة ضحايا، بينهم طفلان وامرأة')
E('killing/casualties', None, 'Oued Defla, Bougtob', None, None, DGPC, 'reported', 'جرفتهم مياه وادي الدفلة في بلدية بوقطب')
E('other', DGPC, 'Bougtob', None, None, DGPC, 'reported', 'تتواصل عمليات البحث عن شخصين آخرين')
E('other', None, 'near National Road 6 (Bougtob)', None, None, DGPC, 'reported',
  'سيارة نفعية جرفتها السيول قرب الطريق الوطني رقم 6')
E('other', DGPC, BAY, None, None, DGPC, 'reported',
  'أعوان الحماية المدنية تمكنوا من إنقاذ 37 شخصا حاصرتهم المياه داخل منازلهم وسياراتهم')
E('displacement', DGPC, 'Bougtob and El Bayadh -> temporary shelters', None, None, DGPC, 'reported',
  'تم إجلاء 120 عائلة من الأحياء المنخفضة في بوقطب والبيض نحو مراكز إيواء مؤقتة بالمدارس ودور الشباب')
E('other', None, BAY, None, None, BENSAADA, 'reported', 'كمية الأمطار المسجلة تراوحت ما بين 40 و60 ملم في ظرف ساعتين')
E('other', None, 'Oued Defla, Bougtob', None, 'منذ سنوات (vague)', BENSAADA, 'reported',
  '"منسوب الوادي ارتفع بشكل مفاجئ وغير مسبوق منذ سنوات"')
E('other', None, 'El Abiodh Sidi Cheikh', None, None, None, 'asserted', 'خسر عشرات الموالين قطعانهم')
E('other', None, 'El Abiodh Sidi Cheikh', None, None, BELK, 'reported', 'الواد هبط في دقايق')
E('other', None, 'El Abiodh Sidi Cheikh', None, None, BELK, 'reported', 'راحت كامل، حتى الزريبة داها الما')
E('visit/inspection', MERAD, BAY, '2024-09-08', 'صبيحة أمس الأحد', None, 'asserted',
  'حلّ وزير الداخلية والجماعات المحلية والتهيئة العمرانية إبراهيم مراد، صبيحة أمس الأحد، بولاية البيض')
E('visit/inspection', MERAD, BAY, '2024-09-08', 'صبيحة أمس الأحد (same sentence)', None, 'asserted',
  'عاين الأحياء المتضررة')
E('statement', MERAD, BAY, '2024-09-08', 'صبيحة أمس الأحد (same sentence)', None, 'asserted',
  'قدّم التعازي لعائلات الضحايا')
E('other', 'Algerian Ministry of Interior', BAY, None, None, MERAD, 'reported',
  'تخصيص غلاف مالي استعجالي بقيمة 500 مليون دينار لإعادة تأهيل الطرقات والمنشآت المتضررة وتعويض المتضررين')
E('other', None, 'El Bayadh, Naama, Laghouat and Tamanrasset provinces', '2024-09-10',
  'إلى غاية مساء غد (end of the forecast period)', 'Algerian meteorological services', 'predicted',
  'تساقط أمطار رعدية غزيرة على ولايات البيض والنعامة والأغواط وتمنراست')
E('other', None, 'Brezina (El Bayadh)', '2024-08-19', 'في 19 أوت الماضي', None, 'asserted',
  'السيول التي ضربت بلدية بريزينة في 19 أوت الماضي')
E('other', None, 'Brezina (El Bayadh)', '2024-08-19', 'في 19 أوت الماضي (same sentence)', None, 'asserted',
  'خلفت خسائر مادية معتبرة دون تسجيل ضحايا')

N('6', 'people', 'dead (headline)', 'exact', '6 وفيات')
N('2', 'people', 'missing (headline)', 'exact', 'مفقودان')
N('120', 'families', 'families evacuated (headline)', 'exact', '120 عائلة', 0)
N('6', 'people', 'dead', 'exact', 'ستة أشخاص')
N('2', 'people', 'missing', 'exact', 'اثنان آخران')
N('3', 'hours', 'duration of the rain', 'more than', 'أكثر من ثلاث ساعات')
N('6', 'people', 'bodies recovered', 'exact', 'ستة ضحايا')
N('2', 'people', 'children among the dead', 'exact', 'طفلان')
N('1', 'people', 'woman among the dead', 'exact', 'امرأة')
N('2', 'people', 'people still searched for', 'exact', 'شخصين')
N('1', 'vehicles', 'utility vehicle swept away', 'exact', 'سيارة نفعية')
N('37', 'people', 'people rescued', 'exact', '37 شخصا')
N('120', 'families', 'families evacuated', 'exact', '120 عائلة', 1)
N('40', 'millimetres', 'rainfall recorded (lower bound)', 'exact', '40')
N('60', 'millimetres', 'rainfall recorded (upper bound)', 'exact', '60 ملم')
N('2', 'hours', 'period of the rainfall', 'exact', 'ساعتين')
N(None, 'people', 'herders who lost their flocks', 'vague', 'عشرات الموالين')
N('70', 'years', 'age of Belkacem', 'exact', 'السبعين من عمره')
N('500000000', 'Algerian dinars', 'emergency allocation', 'exact', '500 مليون دينار')
N('50', 'millimetres', 'forecast rainfall (up to)', 'exact', '50 ملم')

D('السبت', '2024-09-07', 'weekday')
D('أمس', '2024-09-08', 'relative', 0)
D('منذ سنوات', None, 'vague')
D('أمس', '2024-09-08', 'relative', 1)
D('الأحد', '2024-09-08', 'weekday')
D('غد', '2024-09-10', 'relative')
D('خلال أقل من شهر', None, 'vague')
D('19 أوت الماضي', '2024-08-19', 'absolute')

A(DGPC, 'حسب', False, 'لقي ستة أشخاص حتفهم وفُقد اثنان آخران، إثر سيول جارفة اجتاحت عدة بلديات بولاية البيض، مساء السبت، '
  'جراء أمطار طوفانية تهاطلت لأكثر من ثلاث ساعات متواصلة')
A(DGPC, 'أفادت', False, 'وحداتها انتشلت جثث ستة ضحايا، بينهم طفلان وامرأة، جرفتهم مياه وادي الدفلة في بلدية بوقطب، فيما '
  'تتواصل عمليات البحث عن شخصين آخرين كانا على متن سيارة نفعية جرفتها السيول قرب الطريق الوطني رقم 6')
A(DGPC, 'أضاف', False, 'أعوان الحماية المدنية تمكنوا من إنقاذ 37 شخصا حاصرتهم المياه داخل منازلهم وسياراتهم، وتم إجلاء 120 '
  'عائلة من الأحياء المنخفضة في بوقطب والبيض نحو مراكز إيواء مؤقتة بالمدارس ودور الشباب')
A(BENSAADA, 'قال', False, 'كمية الأمطار المسجلة تراوحت ما بين 40 و60 ملم في ظرف ساعتين')
A(BENSAADA, 'مشيرا', True, 'منسوب الوادي ارتفع بشكل مفاجئ وغير مسبوق منذ سنوات')
A(BELK, 'قال', True, 'الواد هبط في دقايق، ما لحقناش نخرجو الماشية، راحت كامل، حتى الزريبة داها الما')
A(MERAD, 'أعلن', False, 'تخصيص غلاف مالي استعجالي بقيمة 500 مليون دينار لإعادة تأهيل الطرقات والمنشآت المتضررة وتعويض '
  'المتضررين')
A('Algerian meteorological services', 'تتوقع', False, 'تساقط أمطار رعدية غزيرة على ولايات البيض والنعامة والأغواط '
  'وتمنراست، قد تصل كمياتها إلى 50 ملم، إلى غاية مساء غد')

ENT('البيض', 'LOC', 'El Bayadh')
ENT('مراد', 'PER', MERAD)
ENT('الحماية المدنية', 'ORG', DGPC)
ENT('للحماية المدنية', 'ORG', DGPC)
ENT('المديرية العامة للحماية المدنية', 'ORG', DGPC)
ENT('الدفلة', 'LOC', 'Oued Defla (Bougtob)')
ENT('بوقطب', 'LOC', 'Bougtob')
ENT('الطريق الوطني رقم 6', 'LOC', 'National Road 6 (Algeria)')
ENT('يوسف بن سعدة', 'PER', 'Youcef Bensaada')
ENT('مديرية الحماية المدنية لولاية البيض', 'ORG', 'El Bayadh Civil Protection Directorate')
ENT('الخبر', 'ORG', 'El Khabar')
ENT('الأبيض سيدي الشيخ', 'LOC', 'El Abiodh Sidi Cheikh')
ENT('بلقاسم', 'PER', 'Belkacem')
ENT('إبراهيم مراد', 'PER', MERAD)
ENT('بوعلام بوغلاف', 'PER', 'Boualem Boughlef')
ENT('النعامة', 'LOC', 'Naama')
ENT('الأغواط', 'LOC', 'Laghouat')
ENT('تمنراست', 'LOC', 'Tamanrasset')
ENT('بريزينة', 'LOC', 'Brezina')

F('the floods', 'فيضانات')
F('the torrents', 'السيول')
F('the rain (torrential)', 'أمطار طوفانية')
F('the victims', 'الضحايا')
F('the affected people', 'المتضررين')
F('the affected districts', 'الأحياء المتضررة')
finish_article('h06')

UNCERTAIN = [
    'BLIND set: the texts were newly written for this set (realistic, not copied) and annotated by hand by an '
    'annotator who had not read the extractor code or its data files (generator/), had not run the extractors or '
    '"briefing eval" on them while writing or annotating, and had not read set 14. Conventions were taken from '
    '../shared/dev-set (schema, validate.py) and from the builders of sets 12 and 13 (their notes and rows), which '
    'this set follows. Broad facts follow real events (the August 2024 Central Bank of Libya crisis and the eastern '
    'government\'s oil shutdown; the preliminary results of the Tunisian presidential election of 6 Oct 2024; the raid '
    'on Kamal Adwan Hospital of 27 Dec 2024; the Israeli strike on Basta al-Fawqa of 23 Nov 2024; the Houthi detention '
    'of UN staff in Sanaa in January 2025; floods in El Bayadh in September 2024, which are plausible rather than '
    'documented), but minor details, figures of minor events and all quotes are written for the set. Minor people are '
    'invented (Salem Boukhris, the El Feel engineer, Mohamed el-Hedi, Amna al-Kahlout, Abu Ali Shatila, the brother '
    'of a WFP employee, Youcef Bensaada, Belkacem); romanisations of minor names are the annotator\'s own.',
    'Article keys are h01..h06 (the shared validator expects them); files are j01..j06. Rows are sorted by position.',
    'Dialect: h01 (Libyan), h02 (Tunisian), h03 (Gaza Palestinian), h04 (Beiruti), h05 (Sanaani Yemeni) and h06 '
    '(Algerian) quote colloquial speech; events inside those quotes are annotated like any other reported events '
    '(الناقلات واقفة برا من الصبح؛ طلّعونا بالليل على البرد؛ البناية كلها صارت ركام؛ جَوا بعد العشاء، كسّروا الباب '
    'وشلّوه؛ الواد هبط في دقايق). A quote whose content is no event (ما مشيتش نصوت... negated) is a statement row. '
    'Calendars: h05 has a Hijri date "23 رجب 1446" (هـ outside the surface; tabular calendar = 2025-01-23) followed by '
    'its Gregorian equivalent, both absolute; the double month "يونيو/حزيران الماضي" is one absolute month; h04 uses '
    'Levantine month names (تشرين الأول 2023 = absolute month, 23 أيلول الماضي = absolute day); h06 uses the '
    'Maghrebi أوت.',
    'Dates follow heldout12/13: part-of-day words (فجر، صباح، مساء، صبيحة، ليلة، بعد ظهر) and "منذ"/"إلى غاية"/"في أجل '
    'أقصاه" before a day or month stay outside; "اليوم/أمس + weekday" is two dates; "X الماضي" weekdays are relative '
    'days; "مطلع سبتمبر الماضي" is an absolute month; "غد" (in "إلى غاية مساء غد") is a relative day; year-only '
    'expressions are vague (منذ عام 2011، عام 2019، هذا العام) and so are منذ أكثر من شهرين، منذ أكثر من عام، خلال '
    'أقل من شهر، خلال أسبوع، خلال الأيام المقبلة، خلال الساعات الـ24 الماضية، حاليا، منذ سنوات، حتى إشعار آخر، and the '
    'colloquial "من الصبح" and "بالليل" (surface الليل). Not dates: clock/meal times (بعد العشاء)، event-anchored '
    'phrases (بعد ساعات، بعد ساعات من التحقيق، طوال يوم الاقتراع، منذ البداية، من يومها، في ظرف ساعتين، في دقايق)، '
    'ordinals (أسبوعها الثاني). The ISO week of "الأسبوع الماضي" is that of publication - 7 days.',
    'Event dates: a day dates the event of its own clause and of the clauses that share its sentence (noted "same '
    'sentence"); a deadline (في أجل أقصاه 9 نوفمبر المقبل) and the start of a cumulative count (منذ 23 أيلول الماضي، '
    'منذ السابع من أكتوبر 2023) do not date the event; "منذ الخامس من أكتوبر الماضي" dates the start of the northern '
    'Gaza operation (as heldout13 dated a closure "منذ الأربعاء الماضي"); the Tunisian win is dated by election day, '
    'not by the announcement; the Lebanese toll "في حصيلة محدّثة مساء أمس" has the strike\'s day (the same day); the '
    '"أمس" of the Civil Protection statement (h06) dates the statement, not the recovery of bodies. Month-only and '
    'year-only expressions never date an event.',
    'Numbers follow heldout12/13: ranges are two rows (700 ألف / مليون برميل؛ 40 / 60 ملم); votes, cases, months, '
    'hours, floors, airstrikes, agencies, vehicles, barrels per day, millimetres and dinars have their own units; '
    'singular and dual people are rows (مسؤولَين، طبيبة أطفال، مسعفان، طفلان، امرأة، مفقودان، موظف سابق) and so is the one '
    'utility vehicle swept away; ages are rows in years. Spelled-out compounds are one value (مليونين و438 ألفا و954 '
    'صوتا = 2438954; 45 ألفا و436 = 45436; تجاوز 3 آلاف و700 = 3700 "more than", the verb in the span as heldout13 '
    'kept تتجاوز). "قد تصل ... إلى 50 ملم" is exact (no "at most" qualifier). "أكثر من 240 \\"مشتبها\\"" keeps the quote '
    'marks inside its span. Not numbers: the back-reference "الموظفين السبعة", ordinals (الغارة الرابعة، ثانيا، ثالثا، '
    'ثاني مرة، ولاية ثانية، الدور الثاني)، the road number (رقم 6)، vague non-people quantities (عدد من أقسامه، عدة '
    'بلديات، مئات المنظمات، عشرات الآلاف is kept because it counts people), and the dual in the place list "منطقتي".',
    'Entities follow heldout12/13: classifiers outside (منطقة، بلدة، بلدية، ولاية، حي، أحياء، ميناء، وادي as in '
    '"وادي الشاي" -> الشاي، إذاعة، وكالة، منصة، حركة before حماس); quote marks split names. "حركة الشعب" and "حركة '
    'النهضة" keep حركة (People\'s Movement, Ennahda Movement: الشعب/النهضة alone are common nouns). Where ل fuses with '
    'the article the token is the surface (للأمم المتحدة، للحماية المدنية). Facility and body names are kept whole, '
    'hiding the places inside them (مصرف ليبيا المركزي، بعثة الأمم المتحدة للدعم في ليبيا، مكتب المنسق المقيم للأمم '
    'المتحدة في اليمن، مديرية الحماية المدنية لولاية البيض، مركز عمليات طوارئ الصحة، الطريق الوطني رقم 6). Short forms '
    'listed: الرئاسي، المصرف، المصرف المركزي، البعثة، الهيئة، هيئة الانتخابات، الوزارة، الحزب، الجماعة، المليشيا، '
    'الاحتلال (Israel) with قوات/جيش الاحتلال (IDF), حماد، سعيد، بوعسكر، زمال، مراد، حسام. Outlets named in the text are '
    'ORG (بوابة الوسط، الوسط، القدس، النهار، المشهد اليمني، الخبر، رويترز، موزاييك أف أم، سبأ). "السفارة الأمريكية" is '
    'listed (a specific institution). Not entities: generic references (الحكومة الليبية المكلفة، العاصمة، القطاع، '
    'الجنوب، المستشفى، الحملة، لجنة التسليم والاستلام، الإدارة الأمريكية، الطيران الحربي الإسرائيلي، المجتمع الدولي)، '
    'nationality adjectives and the people nouns الليبيين، الفلسطينيون.',
    'Attribution spans follow heldout9-13: the complement after أن/إن/بأن (fused pronoun kept: "أنه", "أنها", "إنها"), '
    'inside the quotation marks when the whole complement is quoted; mixed quotes direct_quote false; markers (بحسب، '
    'وفق، حسب) span the clause they qualify. Finite calls and expressions of concern (دعت، أعربت عن) and حمّل/محمّلة '
    '(responsibility) are statements or accusations and attributions; participial calls and demands (مطالبا، داعيا) '
    'are neither. Participial reporting verbs with a content clause (معتبرا، مؤكدا، مشيرا، لافتاً، محذرة، مدعيا) are '
    'attributions. The announcement of a nominal (أعلن المصرف تعليق أعماله، أعلن مكتب المنسق تعليق التحركات، أعلن '
    'الوزير تخصيص، أعلنت الهيئة فوز سعيد) is an attribution of that nominal and the content event is reported; the '
    'force-majeure declaration with the production halt (h01) is the performative act itself (other, asserted, no '
    'attribution), as heldout13 treated the NOC declaration. Relays are "X (via Y)" (NOC officials via Reuters, Jebabli '
    'via Mosaique FM, a Houthi security source via Saba, Israeli security sources via Israeli media), the relay verb '
    '"نقلت". "تعتبره هيئة الدفاع", "تشير أرقام", "تقدّر المنظمة", "تتوقع [النشرية]" are attributions.',
    'Event typing: the shutdown, force majeure, production cuts, the dismissal decree, the bank takeover and suspension, '
    'abductions, detentions and releases, raids on homes, arrests, interrogation, hospital transfers, arson, rescue and '
    'recovery, cordons, election results, turnout, the vote, the boycott, the court sentence, the planned appeal and '
    'final results, floods, rainfall, herds lost, allocations, meetings and talks are "other"; forced evacuation, '
    'being driven out of the hospital and flight from shelling are displacement; the storming of the hospital and the '
    'northern Gaza operation are advance/offensive, taking control of its buildings is capture/control and the '
    'two-month siege is encirclement; the blast heard over Beirut is "explosion" (actor the striking army); Saied going '
    'to his headquarters, the minister\'s trip and inspection, Hochstein\'s trips and Grundberg\'s visit are '
    'visit/inspection; condolences, rejections, denials, calls and evacuation warnings are statements; charges of '
    'seizure, irregularities, terrorism, war crimes, forced displacement and blackmail are accusations. Headlines '
    'carry their own rows, also nominal ones (اعتقال مديره، فيضانات البيض، إجلاء 120 عائلة).',
]

description = {
    'summary': 'Fifteenth gold set (BLIND: never tuned on; nobody reads its misses): six Arabic news articles written '
               'for this set in the style of real outlets of six countries (Al-Wasat on the eastern Libyan '
               'government\'s oil shutdown during the central bank crisis, with a Libyan colloquial quote; Assabah on '
               'the preliminary results of the Tunisian presidential election, with a Tunisian quote; Al-Quds on the '
               'Israeli raid on Kamal Adwan Hospital in Beit Lahia, with a Gazan quote; Annahar on the Israeli strike '
               'on Basta in Beirut, with Levantine month names and a Beiruti quote; Al-Mashhad Al-Yemeni on the Houthi '
               'abduction of UN staff in Sanaa, with a Hijri date and a Yemeni quote; El Khabar on floods in El Bayadh '
               'with the Maghrebi month أوت and an Algerian quote), annotated by hand without looking at the extractors. '
               'Same format and conventions as ../shared/dev-set/seeds_gold.json and tests/heldout9-13. "file" is '
               'relative to tests/. Offsets are Python str indices into open(path, encoding="utf-8").read().',
    'uncertain_points': UNCERTAIN,
    'files': FILES,
    'counts': _GOLD.counts(),
}

if __name__ == '__main__':
    write_set(_GOLD, HERE, description)
