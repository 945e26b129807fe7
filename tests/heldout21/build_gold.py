#!/usr/bin/env python3
"""Build heldout21_gold.json from the hand annotations below (BLIND set 21: keys h01..h06, files c01..c06).

Spans are (surface, occurrence index), located by search; the helpers and their conventions are
tests/heldout_tools/annotate.py.
Run: python3 tests/heldout21/build_gold.py  (writes heldout21_gold.json next to this file)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(TESTS, 'heldout_tools'))  # annotate.py, common.py
from annotate import FILES, Gold, basis, outlet, write_set  # noqa: E402

_GOLD = Gold('heldout21')
ARTICLES = _GOLD.articles   # key -> dict
article, finish_article = _GOLD.article, _GOLD.finish_article
E, N, A, D, ENT, F = _GOLD.E, _GOLD.N, _GOLD.A, _GOLD.D, _GOLD.ENT, _GOLD.F


# ---------------------------------------------------------------------------------------------- h01
FN = 'c01_masyaf_strikes.txt'
article('h01', FN, outlet('عنب بلدي', 'Enab Baladi', 'enabbaladi.net'), '2024-09-09',
        basis('2024-09-09', FN, 'Consistent with the text: the strikes "ليل الأحد- الاثنين 8 من أيلول" = the night of '
              'Sunday 2024-09-08, the Foreign Ministry statement "اليوم الاثنين" = 2024-09-09; Levantine month names '
              '(أيلول، آب، تشرين الأول).'),
        'قتلى وجرحى بغارات إسرائيلية على مركز البحوث العلمية في مصياف غربي حماة')
ISR = 'Israel'
MAS = 'Masyaf'
MASR = 'Masyaf (western Hama countryside)'
SSRC = 'Scientific Studies and Research Center, Masyaf'
CENTRAL = 'central region of Syria'
SRC1 = 'Syrian military source (via SANA)'
HADDAD = 'Fayez Haddad (director of Masyaf National Hospital)'
SOHR = 'Syrian Observatory for Human Rights'
ABU = 'Abu Ali (resident of al-Jourah, Masyaf)'
SMFA = 'Syrian Ministry of Foreign Affairs'
YED = 'Yedioth Ahronoth'
NIGHT = 'ليل الأحد- الاثنين 8 من أيلول'
E('killing/casualties', ISR, MAS, None, None, None, 'asserted', 'قتلى وجرحى')
E('airstrike/shelling', ISR, SSRC, None, None, None, 'asserted', 'غارات إسرائيلية على مركز البحوث العلمية في مصياف')
E('killing/casualties', ISR, MASR, '2024-09-08', NIGHT, None, 'asserted', 'قُتل 16 شخصًا وأصيب 43 آخرون')
E('airstrike/shelling', ISR, MASR, '2024-09-08', NIGHT + ' (same sentence)', None, 'asserted',
  'غارات جوية إسرائيلية استهدفت مواقع عسكرية ومركزًا للبحوث العلمية في محيط مدينة مصياف بريف حماة الغربي')
E('airstrike/shelling', ISR, CENTRAL, None, None, SRC1, 'reported',
  'العدو الإسرائيلي شن عدوانًا جويًا من اتجاه شمال غربي لبنان مستهدفًا عددًا من المواقع العسكرية في المنطقة الوسطى')
E('other', 'Syrian air defences', CENTRAL, None, None, SRC1, 'reported', 'وسائط الدفاع الجوي تصدت للصواريخ وأسقطت بعضها')
E('killing/casualties', None, 'Masyaf National Hospital', None, None, HADDAD, 'reported', 'المستشفى استقبل 12 جثة')
E('killing/casualties', None, MAS, None, None, SOHR, 'reported',
  'حصيلة القتلى ارتفعت إلى 18، بينهم خمسة عسكريين من قوات النظام')
E('explosion', ISR, 'woodland near the research centre, Masyaf', None, None, SOHR, 'reported',
  'الغارات تسببت باندلاع حرائق في أحراش قريبة من المركز استمرت نحو ساعتين')
E('other', None, 'al-Jourah, Masyaf', None, None, ABU, 'reported', 'البيت كله اهتز والقزاز تكسر')
E('accusation', SMFA, None, '2024-09-09', 'اليوم الاثنين', None, 'asserted',
  'اتهمت وزارة الخارجية السورية، في بيان اليوم الاثنين، إسرائيل بـ"الاعتداء السافر على السيادة السورية"')
E('statement', SMFA, None, '2024-09-09', 'اليوم الاثنين (same sentence)', None, 'asserted',
  'مطالبة مجلس الأمن بتحمل مسؤولياته')
E('statement', YED, None, None, None, None, 'asserted',
  'ذكرت صحيفة "يديعوت أحرونوت" أن المركز المستهدف يُستخدم لتطوير صواريخ دقيقة بإشراف خبراء إيرانيين')
E('airstrike/shelling', ISR, MAS, None, 'في آب 2022 — month only', 'media reports', 'reported',
  'تعرض لغارات إسرائيلية في آب 2022')
E('airstrike/shelling', ISR, 'Syria', None, 'منذ 7 من تشرين الأول 2023 — start of an ongoing campaign, not the date '
  'of one strike', None, 'asserted', 'تكثف إسرائيل منذ 7 من تشرين الأول 2023 ضرباتها على مواقع في سوريا')
E('airstrike/shelling', ISR, 'Syria', None, 'منذ مطلع العام الحالي (vague, year only)', SOHR, 'reported',
  'نحو 60 استهدافًا إسرائيليًا للأراضي السورية')

N('16', 'people', 'killed', 'exact', '16 شخصًا')
N('43', 'people', 'injured', 'exact', '43 آخرون')
N('12', 'people', 'bodies received at Masyaf National Hospital', 'exact', '12 جثة')
N('2', 'people', 'civilians among the bodies (killed in a car on the Masyaf road)', 'exact', 'جثتان')
N('6', 'people', 'injured in a very critical condition', 'exact', 'ست حالات')
N('18', 'people', 'dead (SOHR toll)', 'exact', '18')
N('5', 'people', 'government soldiers among the dead (SOHR)', 'exact', 'خمسة عسكريين')
N('2', 'hours', 'duration of the fires', 'approx', 'نحو ساعتين')
N('60', 'strikes', 'Israeli strikes on Syria since the start of the year (SOHR)', 'approx', 'نحو 60 استهدافًا')

D('الأحد', '2024-09-08', 'weekday')
D('الاثنين', '2024-09-09', 'weekday', 0)
D('8 من أيلول', '2024-09-08', 'absolute')
D('منذ أشهر', None, 'vague')
D('للصبح', None, 'vague')
D('اليوم', '2024-09-09', 'relative')
D('الاثنين', '2024-09-09', 'weekday', 1)
D('حتى لحظة إعداد هذا التقرير', None, 'vague')
D('منذ عام 2005', None, 'vague')
D('آب 2022', '2022-08', 'absolute')
D('7 من تشرين الأول 2023', '2023-10-07', 'absolute')
D('منذ مطلع العام الحالي', None, 'vague')

A(SRC1, 'نقلت', True,
  'العدو الإسرائيلي شن عدوانًا جويًا من اتجاه شمال غربي لبنان مستهدفًا عددًا من المواقع العسكرية في المنطقة الوسطى')
A(SRC1, 'مضيفًا', False, 'وسائط الدفاع الجوي تصدت للصواريخ وأسقطت بعضها')
A(HADDAD, 'قال', False, 'المستشفى استقبل 12 جثة، بينها جثتان لمدنيَّين كانا يستقلان سيارة على طريق مصياف- وادي '
  'العيون، وإن ست حالات من الجرحى "حرجة جدًا"')
A(SOHR, 'قال', False, 'حصيلة القتلى ارتفعت إلى 18، بينهم خمسة عسكريين من قوات النظام')
A(SOHR, 'مشيرًا', False, 'الغارات تسببت باندلاع حرائق في أحراش قريبة من المركز استمرت نحو ساعتين')
A(ABU, 'قال', True, 'الضربة كانت متل الزلزال، البيت كله اهتز والقزاز تكسر، وضلينا للصبح ما منعرف شو صاير')
A(SMFA, 'اتهمت', False, 'إسرائيل بـ"الاعتداء السافر على السيادة السورية"')
A(YED, 'ذكرت', False, 'المركز المستهدف يُستخدم لتطوير صواريخ دقيقة بإشراف خبراء إيرانيين')
A('media reports', 'بحسب', False, 'يتبع مركز مصياف لمركز الدراسات والبحوث العلمية، الذي تفرض عليه الولايات المتحدة '
  'عقوبات منذ عام 2005، وسبق أن تعرض لغارات إسرائيلية في آب 2022')
A(ISR, 'تقول', False, 'إنها مرتبطة بإيران و"حزب الله"')

ENT('مركز البحوث العلمية', 'ORG', 'Scientific Studies and Research Center')
ENT('مصياف', 'LOC', 'Masyaf')
ENT('حماة', 'LOC', 'Hama')
ENT('سوريا', 'LOC', 'Syria')
ENT('الوكالة السورية للأنباء', 'ORG', 'SANA (Syrian Arab News Agency)')
ENT('سانا', 'ORG', 'SANA (Syrian Arab News Agency)')
ENT('لبنان', 'LOC', 'Lebanon')
ENT('مستشفى مصياف الوطني', 'LOC', 'Masyaf National Hospital')
ENT('فايز حداد', 'PER', 'Fayez Haddad')
ENT('عنب بلدي', 'ORG', 'Enab Baladi')
ENT('وادي العيون', 'LOC', 'Wadi al-Uyun')
ENT('المرصد السوري لحقوق الإنسان', 'ORG', SOHR)
ENT('قوات النظام', 'ORG', 'Syrian government forces')
ENT('الجورة', 'LOC', 'Al-Jourah (Masyaf)')
ENT('أبو علي', 'PER', 'Abu Ali')
ENT('وزارة الخارجية السورية', 'ORG', SMFA)
ENT('إسرائيل', 'LOC', 'Israel')
ENT('مجلس الأمن', 'ORG', 'United Nations Security Council')
ENT('الجيش الإسرائيلي', 'ORG', 'Israel Defense Forces')
ENT('يديعوت أحرونوت', 'ORG', YED)
ENT('مركز الدراسات والبحوث العلمية', 'ORG', 'Scientific Studies and Research Center')
ENT('الولايات المتحدة', 'LOC', 'United States')
ENT('إيران', 'LOC', 'Iran')
ENT('حزب الله', 'ORG', 'Hezbollah')
ENT('المرصد', 'ORG', SOHR)

F('Israel (SANA wording: the Israeli enemy)', 'العدو الإسرائيلي')
F('the strikes (SANA wording: air aggression)', 'عدوانًا جويًا')
F('the strikes (Syrian Foreign Ministry wording)', 'الاعتداء السافر')
F('the strikes', 'الغارات')
finish_article('h01')

# ---------------------------------------------------------------------------------------------- h02
FN = 'c02_galaxy_leader.txt'
article('h02', FN, outlet('المصدر أونلاين', 'Al-Masdar Online', 'almasdaronline.com'), '2023-11-20',
        basis('2023-11-20', FN, 'Consistent with the text: the seizure "مساء أمس الأحد" = 2023-11-19, the video '
              '"اليوم الاثنين" = 2023-11-20, "الأسبوع الماضي" = 2023-W46.'),
        'الحوثيون يستولون على سفينة شحن في البحر الأحمر ويقتادونها إلى سواحل الحديدة')
HOU = 'Houthis'
GL = 'Galaxy Leader (southern Red Sea)'
SALIF = 'Salif port (Hodeidah)'
SAREE = 'Yahya Saree (Houthi military spokesman)'
PMO = "Prime Minister's Office (Israel)"
NYK = 'NYK Line spokesman (via Reuters)'
ERYANI = 'Muammar al-Eryani (Yemeni information minister)'
YGOV = 'Government of Yemen (internationally recognised)'
FISH = 'fisherman from Salif (unnamed)'
YEST2 = 'مساء أمس الأحد'
E('capture/control', HOU, 'Red Sea', None, None, None, 'asserted', 'الحوثيون يستولون على سفينة شحن في البحر الأحمر')
E('other', HOU, 'Hodeidah coast', None, None, None, 'asserted', 'يقتادونها إلى سواحل الحديدة')
E('capture/control', HOU, GL, '2023-11-19', YEST2, None, 'asserted',
  'استولت جماعة الحوثي، مساء أمس الأحد، على سفينة الشحن "غالاكسي ليدر" أثناء إبحارها في جنوب البحر الأحمر')
E('other', HOU, SALIF, '2023-11-19', YEST2 + ' (same sentence)', None, 'asserted',
  'اقتادتها إلى ميناء الصليف بمحافظة الحديدة غربي اليمن')
E('capture/control', 'Houthi naval forces', 'Yemeni coast', None, None, SAREE, 'reported',
  'القوات البحرية تمكنت من الاستيلاء على سفينة إسرائيلية واقتيادها إلى الساحل اليمني')
E('airstrike/shelling', HOU, None, None, None, SAREE, 'predicted',
  'الجماعة ستستهدف "كل السفن التي تملكها أو تشغلها شركات إسرائيلية"')
E('other', HOU, None, '2023-11-20', 'اليوم الاثنين', None, 'asserted', 'مقطع مصور نشرته الجماعة اليوم الاثنين')
E('capture/control', HOU, GL, None, 'اليوم الاثنين dates the video, not the boarding', None, 'asserted',
  'مسلحين ينزلون من مروحية على سطح السفينة ويسيطرون على غرفة القيادة')
E('statement', PMO, None, None, None, None, 'asserted',
  'نفى مكتب رئيس الوزراء الإسرائيلي بنيامين نتنياهو أن تكون السفينة إسرائيلية')
E('accusation', PMO, None, None, None, None, 'asserted', 'وصف الحادثة بأنها "عمل إرهابي إيراني"')
E('statement', NYK, None, None, None, None, 'asserted',
  'نقلت وكالة "رويترز" عن متحدث باسم شركة "نيبون يوسن" اليابانية المشغلة للسفينة أن الطاقم يضم بحارة من الفلبين '
  'وبلغاريا ورومانيا وأوكرانيا والمكسيك، وأن نحو 17 منهم فلبينيون')
E('statement', NYK, None, None, None, None, 'asserted', 'مؤكدًا أن السفينة لم تكن تحمل أي شحنة')
E('statement', YGOV, None, None, None, None, 'asserted', 'أدانت الحكومة اليمنية المعترف بها دوليًا عملية "القرصنة"')
E('accusation', ERYANI, None, None, None, None, 'asserted', 'اتهم وزير الإعلام معمر الإرياني إيران بالوقوف وراءها')
E('statement', ERYANI, None, None, None, None, 'asserted',
  'قائلًا إنها "تهدد أمن الملاحة الدولية في أحد أهم الممرات المائية في العالم"')
E('other', HOU, SALIF, None, None, FISH, 'reported', 'جابوا السفينة قدام الميناء')
E('airstrike/shelling', HOU, 'towards Eilat', None, 'منذ 19 أكتوبر الماضي — start of an ongoing campaign', HOU,
  'reported', 'إطلاق دفعات من الصواريخ والطائرات المسيّرة باتجاه مدينة إيلات جنوبي إسرائيل')
E('airstrike/shelling', HOU, 'Red Sea', None, 'الأسبوع الماضي dates the threat, not the attacks', HOU, 'predicted',
  'استهداف السفن الإسرائيلية في البحر الأحمر')

N('25', 'people', 'sailors on board', 'exact', '25 بحارًا')
N('17', 'people', 'Filipino crew members', 'approx', 'نحو 17 منهم')
N('12', 'percent', 'share of world trade passing through Bab al-Mandab', 'approx', 'نحو 12%')

D('أمس', '2023-11-19', 'relative')
D('الأحد', '2023-11-19', 'weekday')
D('اليوم', '2023-11-20', 'relative')
D('الاثنين', '2023-11-20', 'weekday')
D('قبل المغرب', None, 'vague')
D('19 أكتوبر الماضي', '2023-10-19', 'absolute')
D('الأسبوع الماضي', '2023-W46', 'relative')

A(SAREE, 'قال', True, 'القوات البحرية تمكنت من الاستيلاء على سفينة إسرائيلية واقتيادها إلى الساحل اليمني')
A(SAREE, 'مؤكدًا', False, 'الجماعة ستستهدف "كل السفن التي تملكها أو تشغلها شركات إسرائيلية"')
A(PMO, 'نفى', False, 'تكون السفينة إسرائيلية')
A(PMO, 'مؤكدًا', False, 'أنها "مملوكة لشركة بريطانية وتشغلها شركة يابانية"')
A(PMO, 'وصف', False, 'أنها "عمل إرهابي إيراني"')
A(NYK, 'نقلت', False, 'الطاقم يضم بحارة من الفلبين وبلغاريا ورومانيا وأوكرانيا والمكسيك، وأن نحو 17 منهم فلبينيون')
A(NYK, 'مؤكدًا', False, 'السفينة لم تكن تحمل أي شحنة')
A(ERYANI, 'اتهم', False, 'إيران بالوقوف وراءها')
A(ERYANI, 'قائلًا', False, 'إنها "تهدد أمن الملاحة الدولية في أحد أهم الممرات المائية في العالم"')
A(FISH, 'قال', True, 'شفنا الطيارة فوق البحر قبل المغرب، وبعدين جابوا السفينة قدام الميناء والقوارب حواليها من كل جهة')
A(HOU, 'أعلنوا', False, 'إطلاق دفعات من الصواريخ والطائرات المسيّرة باتجاه مدينة إيلات جنوبي إسرائيل')
A(HOU, 'هددوا', False, 'استهداف السفن الإسرائيلية في البحر الأحمر')

ENT('الحوثيون', 'ORG', HOU)
ENT('البحر الأحمر', 'LOC', 'Red Sea')
ENT('الحديدة', 'LOC', 'Hodeidah')
ENT('جماعة الحوثي', 'ORG', HOU)
ENT('غالاكسي ليدر', 'MISC', 'Galaxy Leader')
ENT('الصليف', 'LOC', 'Salif')
ENT('اليمن', 'LOC', 'Yemen')
ENT('قطاع غزة', 'LOC', 'Gaza Strip')
ENT('يحيى سريع', 'PER', 'Yahya Saree')
ENT('المسيرة', 'ORG', 'Al-Masirah')
ENT('القوات البحرية', 'ORG', 'Houthi naval forces')
ENT('الجماعة', 'ORG', HOU)
ENT('مكتب رئيس الوزراء الإسرائيلي', 'ORG', PMO)
ENT('بنيامين نتنياهو', 'PER', 'Benjamin Netanyahu')
ENT('رويترز', 'ORG', 'Reuters')
ENT('نيبون يوسن', 'ORG', 'NYK Line')
ENT('الفلبين', 'LOC', 'Philippines')
ENT('بلغاريا', 'LOC', 'Bulgaria')
ENT('رومانيا', 'LOC', 'Romania')
ENT('أوكرانيا', 'LOC', 'Ukraine')
ENT('المكسيك', 'LOC', 'Mexico')
ENT('الحكومة اليمنية', 'ORG', 'Government of Yemen')
ENT('معمر الإرياني', 'PER', 'Muammar al-Eryani')
ENT('إيران', 'LOC', 'Iran')
ENT('المصدر أونلاين', 'ORG', 'Al-Masdar Online')
ENT('باب المندب', 'LOC', 'Bab-el-Mandeb')
ENT('إيلات', 'LOC', 'Eilat')
ENT('إسرائيل', 'LOC', 'Israel')

F('the seized ship (Houthi wording: an Israeli ship)', 'سفينة إسرائيلية')
F('the seizure (Yemeni government wording)', 'القرصنة')
F('the seizure (Israeli wording)', 'عمل إرهابي إيراني')
F('the seizure', 'الحادثة')
finish_article('h02')

# ---------------------------------------------------------------------------------------------- h03
FN = 'c03_beledweyne_floods.txt'
article('h03', FN, outlet('شبيلي', 'Shabelle Media Network', 'shabellemedia.com'), '2023-11-14',
        basis('2023-11-14', FN, 'Consistent with the text: the local authorities\' announcement "اليوم الثلاثاء" = '
              '2023-11-14, the prime minister\'s visit "أمس الاثنين" = 2023-11-13, the UAE flight "الخميس المقبل" = '
              '2023-11-16.'),
        'فيضانات نهر شبيلي تغمر بلدوين.. نزوح أكثر من 200 ألف شخص ومقتل سبعة على الأقل')
BEL = 'Beledweyne'
LOCAUTH = 'Hirshabelle local authorities'
MAYOR = 'Omar Abdi Ali (mayor of Beledweyne)'
HAMZA = 'Hamza Abdi Barre (via SONNA)'
OCHA = 'United Nations Office for the Coordination of Humanitarian Affairs (OCHA)'
HALIMA = 'Halima Nur (displaced mother of five)'
UAE = 'United Arab Emirates'
WFP = 'World Food Programme'
SODMA = 'Somali Disaster Management Agency (SoDMA)'
TUE3 = 'اليوم الثلاثاء (day of the announcement, kept as the date of what it announces)'
E('other', None, BEL, None, None, None, 'asserted', 'فيضانات نهر شبيلي تغمر بلدوين')
E('displacement', None, BEL, None, None, None, 'asserted', 'نزوح أكثر من 200 ألف شخص')
E('killing/casualties', None, BEL, None, None, None, 'asserted', 'مقتل سبعة على الأقل')
E('other', None, BEL, '2023-11-14', TUE3, LOCAUTH, 'reported', 'مياه نهر شبيلي غمرت نحو 85% من أحياء مدينة بلدوين')
E('displacement', None, 'Beledweyne -> higher ground east of the city', '2023-11-14', TUE3 + ' (same sentence)',
  LOCAUTH, 'reported', 'أجبر عشرات الآلاف من السكان على الفرار إلى المناطق المرتفعة شرقي المدينة')
E('displacement', None, BEL, None, 'خلال 72 ساعة (vague)', MAYOR, 'reported',
  'أكثر من 200 ألف شخص نزحوا من منازلهم خلال 72 ساعة')
E('killing/casualties', None, BEL, None, None, MAYOR, 'reported', 'سبعة أشخاص على الأقل لقوا حتفهم غرقًا')
E('killing/casualties', None, 'Koshin, Beledweyne', None, None, MAYOR, 'reported', 'ثلاثة أطفال جرفتهم المياه في حي كوشين')
E('visit/inspection', 'Hamza Abdi Barre', BEL, '2023-11-13', 'أمس الاثنين', None, 'asserted', 'زيارته المدينة أمس الاثنين')
E('other', 'Federal Government of Somalia', None, None, None, HAMZA, 'reported',
  'الحكومة الفيدرالية خصصت 500 ألف دولار كمساعدات عاجلة للمتضررين')
E('statement', HAMZA, None, None, None, None, 'asserted', 'داعيًا المنظمات الإنسانية إلى "التحرك قبل فوات الأوان"')
E('other', None, 'Somalia', None, 'حتى نهاية ديسمبر المقبل — month only', OCHA, 'predicted',
  'الأمطار الغزيرة المرتبطة بظاهرة "إل نينيو" قد تطال 1.6 مليون شخص في أنحاء البلاد')
E('killing/casualties', None, 'Somalia', None, 'منذ مطلع أكتوبر الماضي — start of a cumulative toll', OCHA, 'reported',
  'الفيضانات أودت بحياة 31 شخصًا على مستوى البلاد')
E('other', None, BEL, None, 'في منتصف الليل (vague)', HALIMA, 'reported', 'المياه دخلت بيتنا في منتصف الليل')
E('displacement', None, BEL, None, None, HALIMA, 'reported', 'أخذنا الأولاد وهربنا بملابسنا فقط')
E('other', 'Somali National Army and ATMIS', BEL, None, None, None, 'asserted',
  'نفذت قوارب تابعة للجيش الصومالي وقوات بعثة الاتحاد الأفريقي الانتقالية في الصومال (أتميس) عمليات إنقاذ لعشرات '
  'العائلات العالقة فوق أسطح المنازل')
E('other', None, 'roads to Beledweyne from Mogadishu and Jowhar', None, None, None, 'asserted',
  'انقطعت الطرق البرية المؤدية إلى المدينة من جهتي مقديشو وجوهر')
E('other', UAE, 'Beledweyne Airport', '2023-11-16', 'الخميس المقبل', UAE, 'planned',
  'سترسل الخميس المقبل طائرة تحمل 30 طنًا من المواد الغذائية والطبية إلى مطار بلدوين')
E('other', WFP, BEL, None, None, WFP, 'reported', 'بدأ توزيع مساعدات نقدية على نحو 4 آلاف أسرة')
E('other', None, BEL, None, 'في مايو 2023 — month only', None, 'asserted', 'كان أشدها في مايو 2023')
E('displacement', None, BEL, None, 'في مايو 2023 — month only (same sentence)', None, 'asserted',
  'نزح قرابة 250 ألف شخص')
E('other', None, 'Shabelle River at Beledweyne', '2023-W46', 'خلال الأسبوع الجاري', SODMA, 'reported',
  'ارتفع منسوب النهر خلال الأسبوع الجاري إلى ما بين 7 و8 أمتار')

N('200000', 'people', 'displaced (headline)', 'more than', 'أكثر من 200 ألف شخص', 0)
N('7', 'people', 'dead (headline)', 'at least', 'سبعة على الأقل')
N('85', 'percent', 'share of Beledweyne districts flooded', 'approx', 'نحو 85%')
N(None, 'people', 'residents who fled to higher ground', 'vague', 'عشرات الآلاف من السكان')
N('200000', 'people', 'displaced within 72 hours (mayor)', 'more than', 'أكثر من 200 ألف شخص', 1)
N('72', 'hours', 'period of the displacement', 'exact', '72 ساعة')
N('7', 'people', 'drowned (mayor)', 'at least', 'سبعة أشخاص على الأقل')
N('3', 'people', 'children swept away in Koshin', 'exact', 'ثلاثة أطفال')
N('500000', 'US dollars', 'emergency aid allocated by the federal government', 'exact', '500 ألف دولار')
N('1600000', 'people', 'people the El Niño rains may affect', 'exact', '1.6 مليون شخص')
N('31', 'people', 'flood deaths nationwide since early October (OCHA)', 'exact', '31 شخصًا')
N('5', 'people', 'children of Halima Nur', 'exact', 'خمسة أطفال')
N(None, 'families', 'stranded families rescued', 'vague', 'عشرات العائلات')
N('30', 'tonnes', 'food and medical supplies on the UAE plane', 'exact', '30 طنًا')
N('4000', 'families', 'families receiving WFP cash aid', 'approx', 'نحو 4 آلاف أسرة')
N('250000', 'people', 'displaced in the May 2023 floods', 'approx', 'قرابة 250 ألف شخص')
N('7', 'metres', 'river level this week (lower bound)', 'exact', '7', ctx='ما بين 7 و8')
N('8', 'metres', 'river level this week (upper bound)', 'exact', '8 أمتار')

D('اليوم', '2023-11-14', 'relative')
D('الثلاثاء', '2023-11-14', 'weekday')
D('خلال 72 ساعة', None, 'vague')
D('أمس', '2023-11-13', 'relative')
D('الاثنين', '2023-11-13', 'weekday')
D('نهاية ديسمبر المقبل', '2023-12', 'absolute')
D('مطلع أكتوبر الماضي', '2023-10', 'absolute')
D('منتصف الليل', None, 'vague')
D('الخميس المقبل', '2023-11-16', 'relative')
D('مايو 2023', '2023-05', 'absolute')
D('خلال الأسبوع الجاري', '2023-W46', 'relative')
D('منذ عقود', None, 'vague')

A(LOCAUTH, 'أعلنت', False, 'مياه نهر شبيلي غمرت نحو 85% من أحياء مدينة بلدوين، مركز إقليم هيران وسط الصومال، ما أجبر '
  'عشرات الآلاف من السكان على الفرار إلى المناطق المرتفعة شرقي المدينة')
A(MAYOR, 'قال', True, 'أكثر من 200 ألف شخص نزحوا من منازلهم خلال 72 ساعة')
A(MAYOR, 'مضيفًا', False, 'سبعة أشخاص على الأقل لقوا حتفهم غرقًا، بينهم ثلاثة أطفال جرفتهم المياه في حي كوشين')
A(HAMZA, 'نقلت', False, 'الحكومة الفيدرالية خصصت 500 ألف دولار كمساعدات عاجلة للمتضررين')
A(OCHA, 'حذر', False, 'الأمطار الغزيرة المرتبطة بظاهرة "إل نينيو" قد تطال 1.6 مليون شخص في أنحاء البلاد حتى نهاية '
  'ديسمبر المقبل')
A(OCHA, 'مشيرًا', False, 'الفيضانات أودت بحياة 31 شخصًا على مستوى البلاد منذ مطلع أكتوبر الماضي')
A(HALIMA, 'قالت', True, 'المياه دخلت بيتنا في منتصف الليل، أخذنا الأولاد وهربنا بملابسنا فقط، ولم نستطع أن نأخذ شيئًا')
A(UAE, 'أعلنت', False, 'أنها سترسل الخميس المقبل طائرة تحمل 30 طنًا من المواد الغذائية والطبية إلى مطار بلدوين')
A(WFP, 'قال', False, 'إنه بدأ توزيع مساعدات نقدية على نحو 4 آلاف أسرة')
A(SODMA, 'بحسب', False, 'ارتفع منسوب النهر خلال الأسبوع الجاري إلى ما بين 7 و8 أمتار، وهو مستوى لم يسجل منذ عقود')

ENT('شبيلي', 'LOC', 'Shabelle River')
ENT('بلدوين', 'LOC', BEL)
ENT('هيرشبيلي', 'LOC', 'Hirshabelle')
ENT('هيران', 'LOC', 'Hiran')
ENT('الصومال', 'LOC', 'Somalia')
ENT('عمر عبدي علي', 'PER', 'Omar Abdi Ali')
ENT('كوشين', 'LOC', 'Koshin (Beledweyne)')
ENT('وكالة الأنباء الصومالية', 'ORG', 'Somali National News Agency (SONNA)')
ENT('صونا', 'ORG', 'Somali National News Agency (SONNA)')
ENT('حمزة عبدي بري', 'PER', 'Hamza Abdi Barre')
ENT('مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية', 'ORG', OCHA)
ENT('أوتشا', 'ORG', OCHA)
ENT('إل نينيو', 'MISC', 'El Niño')
ENT('حليمة نور', 'PER', 'Halima Nur')
ENT('للجيش الصومالي', 'ORG', 'Somali National Army')
ENT('بعثة الاتحاد الأفريقي الانتقالية في الصومال', 'ORG', 'African Union Transition Mission in Somalia (ATMIS)')
ENT('أتميس', 'ORG', 'African Union Transition Mission in Somalia (ATMIS)')
ENT('مقديشو', 'LOC', 'Mogadishu')
ENT('جوهر', 'LOC', 'Jowhar')
ENT('الإمارات', 'LOC', UAE)
ENT('مطار بلدوين', 'LOC', 'Beledweyne Airport')
ENT('برنامج الأغذية العالمي', 'ORG', WFP)
ENT('هيئة إدارة الكوارث الصومالية', 'ORG', SODMA)

F('those affected by the floods', 'للمتضررين')
F('stranded families', 'العائلات العالقة')
F('the low-lying districts', 'الأحياء المنخفضة')
F('the floods', 'الفيضانات')
finish_article('h03')

# ---------------------------------------------------------------------------------------------- h04
FN = 'c04_syria_coast.txt'
article('h04', FN, outlet('اندبندنت عربية', 'Independent Arabia', 'independentarabia.com'), '2025-03-09',
        basis('2025-03-09', FN, 'Consistent with the text: the SOHR toll and al-Sharaa\'s speech "اليوم الأحد" = '
              '2025-03-09, the first attacks "الخميس 6 مارس (آذار)" = "الخميس الماضي" = 2025-03-06; double month '
              'forms "مارس (آذار)", "ديسمبر (كانون الأول)".'),
        'الساحل السوري.. أكثر من ألف قتيل في ثلاثة أيام والشرع يدعو إلى "الحفاظ على الوحدة الوطنية"')
COAST = 'Syrian coast'
SHARAA = 'Ahmed al-Sharaa'
JAB = 'Jableh countryside'
LOYAL = 'Assad loyalist gunmen'
MOD = 'Syrian Ministry of Defense'
PRES = 'Syrian Presidency'
ACT = 'activists and rights groups'
SAMER = 'Samer (pseudonym; Baniyas resident)'
PED = 'Geir Pedersen (UN envoy for Syria)'
THU4 = 'الخميس 6 مارس (آذار)'
E('killing/casualties', None, COAST, None, 'في ثلاثة أيام (vague)', None, 'asserted', 'أكثر من ألف قتيل في ثلاثة أيام')
E('statement', SHARAA, None, None, None, None, 'asserted', 'الشرع يدعو إلى "الحفاظ على الوحدة الوطنية"')
E('killing/casualties', None, COAST, '2025-03-09', 'اليوم الأحد (day of the announcement, kept as the date of the '
  'toll; منذ الخميس الماضي is the start of the cumulative toll)', SOHR, 'reported',
  'ارتفعت حصيلة أعمال العنف التي يشهدها الساحل السوري منذ الخميس الماضي إلى أكثر من ألف قتيل، بينهم 740 مدنيًا')
E('other', None, COAST, '2025-03-06', THU4, None, 'asserted', 'بدأت المواجهات الخميس 6 مارس (آذار)')
E('advance/offensive', LOYAL, JAB, '2025-03-06', THU4 + ' (same sentence)', None, 'asserted',
  'شن مسلحون موالون للنظام السابق هجمات منسقة على حواجز ودوريات لقوات الأمن العام في ريف جبلة')
E('killing/casualties', LOYAL, JAB, '2025-03-06', THU4 + ' (same sentence)', None, 'asserted', 'مقتل 13 عنصرًا أمنيًا')
E('other', MOD, 'Latakia and Tartus governorates', None, None, None, 'asserted',
  'تدفع وزارة الدفاع بتعزيزات كبيرة إلى محافظتي اللاذقية وطرطوس')
E('statement', SHARAA, 'Mezzeh, Damascus', '2025-03-09', 'اليوم', None, 'asserted',
  'قال الرئيس السوري للمرحلة الانتقالية أحمد الشرع، في كلمة ألقاها من مسجد في حي المزة بدمشق اليوم، إن "ما يجري في '
  'الساحل من التحديات المتوقعة"')
E('statement', SHARAA, 'Mezzeh, Damascus', '2025-03-09', 'اليوم (same sentence)', None, 'asserted',
  'داعيًا السوريين إلى "الحفاظ على الوحدة الوطنية والسلم الأهلي"')
E('other', PRES, None, None, 'في وقت لاحق (vague)', PRES, 'reported', 'تشكيل لجنة وطنية مستقلة للتحقيق في الانتهاكات')
E('other', 'independent national investigation committee', None, None, 'خلال 30 يومًا (vague)', PRES, 'planned',
  'ترفع تقريرها خلال 30 يومًا')
E('accusation', ACT, 'Baniyas, al-Mukhtariyah and Qardaha', None, None, None, 'asserted',
  'اتهم ناشطون ومنظمات حقوقية مجموعات مسلحة تقاتل إلى جانب القوات الحكومية بتنفيذ "إعدامات ميدانية" بحق مدنيين من '
  'الطائفة العلوية في بانياس والمختارية والقرداحة')
E('other', MOD, None, None, None, MOD, 'reported', 'أوقفت عددًا من العناصر "المتجاوزين"')
E('other', MOD, None, None, None, MOD, 'reported', 'أحالتهم إلى القضاء العسكري')
E('other', None, 'Baniyas', None, 'طول الليل (vague)', SAMER, 'reported', 'سمعنا رصاص طول الليل')
E('other', None, 'Baniyas', None, None, SAMER, 'reported', 'جيراننا راحوا وما رجعوا')
E('displacement', None, 'affected villages -> Khmeimim Air Base', None, None, None, 'asserted',
  'نزح آلاف السكان من القرى المتضررة نحو قاعدة حميميم الجوية الروسية')
E('other', None, 'Khmeimim Air Base', None, None, None, 'asserted', 'تجمع قرابة 5 آلاف شخص أمام بواباتها')
E('displacement', None, 'across the Nahr al-Kabir to Akkar, northern Lebanon', None, None, None, 'asserted',
  'عبرت عشرات العائلات النهر الكبير الجنوبي إلى عكار في شمال لبنان')
E('statement', PED, None, None, None, None, 'asserted',
  'قال المبعوث الأممي إلى سوريا غير بيدرسون إنه "يشعر بقلق بالغ" إزاء التقارير عن سقوط ضحايا مدنيين')
E('killing/casualties', None, 'Jableh and Baniyas countryside', None, None, SOHR, 'reported',
  'نحو 60% من الضحايا المدنيين سقطوا في ريفي جبلة وبانياس')

N('1000', 'people', 'killed in three days (headline)', 'more than', 'أكثر من ألف قتيل', 0)
N('3', 'days', 'duration of the violence (headline)', 'exact', 'ثلاثة أيام')
N('1000', 'people', 'killed since Thursday (SOHR)', 'more than', 'أكثر من ألف قتيل', 1)
N('740', 'people', 'civilians among the dead (SOHR)', 'exact', '740 مدنيًا')
N('13', 'people', 'General Security members killed in the first attacks', 'exact', '13 عنصرًا أمنيًا')
N('30', 'days', 'deadline for the committee report', 'exact', '30 يومًا')
N(None, 'people', 'members detained for violations (Ministry of Defense)', 'vague', 'عددًا من العناصر')
N(None, 'people', 'residents displaced towards Khmeimim', 'vague', 'آلاف السكان')
N('5000', 'people', 'people gathered at the gates of Khmeimim', 'approx', 'قرابة 5 آلاف شخص')
N(None, 'families', 'families who crossed into Lebanon', 'vague', 'عشرات العائلات')
N('60', 'percent', 'share of civilian victims killed in the Jableh and Baniyas countryside (SOHR)', 'approx', 'نحو 60%')

D('في ثلاثة أيام', None, 'vague')
D('الخميس الماضي', '2025-03-06', 'relative')
D('اليوم', '2025-03-09', 'relative', 0)
D('الأحد', '2025-03-09', 'weekday')
D('ديسمبر (كانون الأول) الماضي', '2024-12', 'absolute')
D('الخميس', '2025-03-06', 'weekday', 1)
D('6 مارس (آذار)', '2025-03-06', 'absolute')
D('اليوم', '2025-03-09', 'relative', 1)
D('في وقت لاحق', None, 'vague')
D('خلال 30 يومًا', None, 'vague')
D('الجمعة', '2025-03-07', 'weekday')
D('طول الليل', None, 'vague')

A(SHARAA, 'يدعو', False, 'إلى "الحفاظ على الوحدة الوطنية"')
A(SOHR, 'بحسب', False,
  'ارتفعت حصيلة أعمال العنف التي يشهدها الساحل السوري منذ الخميس الماضي إلى أكثر من ألف قتيل، بينهم 740 مدنيًا')
A(SHARAA, 'قال', True, 'ما يجري في الساحل من التحديات المتوقعة')
A(PRES, 'أعلنت', False, 'تشكيل لجنة وطنية مستقلة للتحقيق في الانتهاكات، على أن ترفع تقريرها خلال 30 يومًا')
A(ACT, 'اتهم', False, 'مجموعات مسلحة تقاتل إلى جانب القوات الحكومية بتنفيذ "إعدامات ميدانية" بحق مدنيين من الطائفة '
  'العلوية في بانياس والمختارية والقرداحة')
A(MOD, 'قالت', False, 'إنها أوقفت عددًا من العناصر "المتجاوزين" وأحالتهم إلى القضاء العسكري')
A(SAMER, 'روى', True, 'من يوم الجمعة ما طلعنا من البيت، سمعنا رصاص طول الليل، وجيراننا راحوا وما رجعوا')
A(PED, 'قال', False, 'إنه "يشعر بقلق بالغ" إزاء التقارير عن سقوط ضحايا مدنيين')
A(SOHR, 'أشار', False, 'نحو 60% من الضحايا المدنيين سقطوا في ريفي جبلة وبانياس')

ENT('الساحل السوري', 'LOC', COAST)
ENT('الشرع', 'PER', SHARAA)
ENT('المرصد السوري لحقوق الإنسان', 'ORG', SOHR)
ENT('بشار الأسد', 'PER', 'Bashar al-Assad')
ENT('قوات الأمن العام', 'ORG', 'General Security (Syria)')
ENT('جبلة', 'LOC', 'Jableh')
ENT('وزارة الدفاع', 'ORG', MOD)
ENT('اللاذقية', 'LOC', 'Latakia')
ENT('طرطوس', 'LOC', 'Tartus')
ENT('أحمد الشرع', 'PER', SHARAA)
ENT('المزة', 'LOC', 'Mezzeh')
ENT('دمشق', 'LOC', 'Damascus')
ENT('القوات الحكومية', 'ORG', 'Syrian government forces')
ENT('الطائفة العلوية', 'MISC', 'Alawites')
ENT('بانياس', 'LOC', 'Baniyas')
ENT('المختارية', 'LOC', 'Al-Mukhtariyah')
ENT('القرداحة', 'LOC', 'Qardaha')
ENT('سامر', 'PER', 'Samer')
ENT('اندبندنت عربية', 'ORG', 'Independent Arabia')
ENT('قاعدة حميميم الجوية', 'LOC', 'Khmeimim Air Base')
ENT('النهر الكبير الجنوبي', 'LOC', 'Nahr al-Kabir')
ENT('عكار', 'LOC', 'Akkar')
ENT('لبنان', 'LOC', 'Lebanon')
ENT('سوريا', 'LOC', 'Syria')
ENT('غير بيدرسون', 'PER', 'Geir Pedersen')
ENT('المرصد', 'ORG', SOHR)

F('Assad loyalists (gunmen loyal to the former regime)', 'مسلحون موالون للنظام السابق')
F('the killings of Alawite civilians (activists\' wording)', 'إعدامات ميدانية')
F('the offending fighters (Ministry of Defense wording)', 'المتجاوزين')
F('the violence (al-Sharaa wording)', 'التحديات المتوقعة')
F('the violence', 'أعمال العنف')
finish_article('h04')

# ---------------------------------------------------------------------------------------------- h05
FN = 'c05_aqaba_chlorine.txt'
article('h05', FN, outlet('الغد', 'Al-Ghad', 'alghad.com'), '2022-06-28',
        basis('2022-06-28', FN, 'Consistent with the text: the PSD toll "صباح اليوم الثلاثاء" = 2022-06-28, the leak '
              '"بعد ظهر أمس الاثنين" = 2022-06-27, the prime minister\'s visit "مساء أمس" = 2022-06-27.'),
        'فاجعة ميناء العقبة: 13 وفاة و260 إصابة بتسرب غاز الكلورين.. والخصاونة يتفقد المصابين')
PORT = 'Port of Aqaba'
PSD = 'Public Security Directorate (Jordan)'
KHAS = 'Bisher Al-Khasawneh'
RAW = 'Nidal al-Rawashdeh (director of Prince Hashem Military Hospital)'
SALEM = 'Salem al-Huwaitat (port worker)'
MOE = 'Jordanian Ministry of Environment'
ASEZA = 'sources in the Aqaba Special Economic Zone Authority'
TUE5 = 'صباح اليوم الثلاثاء (day of the statistic, kept as the date of the toll it gives)'
YEST5 = 'بعد ظهر أمس الاثنين'
E('killing/casualties', None, PORT, None, None, None, 'asserted', '13 وفاة و260 إصابة')
E('other', None, PORT, None, None, None, 'asserted', 'تسرب غاز الكلورين')
E('visit/inspection', KHAS, 'Aqaba', None, None, None, 'asserted', 'الخصاونة يتفقد المصابين')
E('killing/casualties', None, PORT, '2022-06-28', TUE5, PSD, 'reported',
  'ارتفع عدد الوفيات جراء حادثة تسرب الغاز السام في ميناء العقبة إلى 13 حالة')
E('killing/casualties', None, PORT, '2022-06-28', TUE5 + ' (same sentence)', PSD, 'reported',
  'بلغ عدد المصابين 260 شخصًا')
E('other', None, 'Aqaba hospitals', None, None, PSD, 'reported', 'غادر أكثر من نصفهم المستشفيات')
E('other', None, PORT, '2022-06-27', YEST5, None, 'asserted',
  'سقط صهريج يحتوي على نحو 25 طنًا من غاز الكلورين أثناء رفعه بواسطة رافعة لتحميله على متن باخرة متجهة إلى جيبوتي')
E('explosion', None, PORT, '2022-06-27', YEST5 + ' (same sentence)', None, 'asserted',
  'أدى إلى انفجاره وانتشار سحابة صفراء كثيفة فوق الرصيف')
E('other', 'Jordanian Civil Defence hazardous-materials teams', PORT, None, 'خلال ساعات (vague)', PSD, 'reported',
  'فرق الدفاع المدني المتخصصة بالتعامل مع المواد الخطرة "سيطرت على مصدر التسرب خلال ساعات"')
E('visit/inspection', 'Bisher Al-Khasawneh, Mazen al-Faraya and Firas al-Hawari', 'Aqaba hospitals', '2022-06-27',
  'مساء أمس', None, 'asserted',
  'تفقد رئيس الوزراء بشر الخصاونة، يرافقه وزير الداخلية مازن الفراية ووزير الصحة فراس الهواري، المصابين في مستشفيات '
  'العقبة مساء أمس')
E('other', KHAS, None, '2022-06-27', 'مساء أمس (same sentence)', None, 'asserted',
  'وجه بتشكيل لجنة تحقيق برئاسة وزير الداخلية')
E('other', 'investigation committee (headed by the interior minister)', None, None, 'خلال أسبوع (vague)', None,
  'planned', 'تقدم تقريرها خلال أسبوع')
E('killing/casualties', None, 'Prince Hashem Military Hospital (Aqaba)', None, None, RAW, 'reported',
  'المستشفى استقبل 123 مصابًا')
E('statement', RAW, None, None, None, None, 'asserted',
  'لافتًا إلى أن معظم الحالات "اختناق وتهيج في الجهاز التنفسي"')
E('other', None, PORT, None, None, SALEM, 'reported', 'الغاز الأصفر طالع من التنك')
E('killing/casualties', None, PORT, None, None, SALEM, 'reported', 'في شباب وقعوا قدامي')
E('displacement', 'Jordanian authorities', 'Aqaba South Beach and areas near the port', None, None, None, 'asserted',
  'أخلت السلطات قرابة 3 آلاف شخص من الشاطئ الجنوبي والمناطق القريبة من الميناء')
E('other', 'Jordanian authorities', PORT, None, 'حتى إشعار آخر (vague)', None, 'asserted',
  'علقت العمل في الرصيف المتضرر حتى إشعار آخر')
E('statement', MOE, 'Aqaba', None, None, None, 'asserted',
  'طمأنت وزارة البيئة المواطنين بأن نسب الكلور في هواء المدينة عادت إلى معدلاتها الطبيعية')
E('other', None, PORT, None, None, ASEZA, 'reported', 'الخسائر الأولية بنحو 1.5 مليون دينار')
E('statement', ASEZA, None, None, None, None, 'asserted', 'مشيرة إلى أن 3 من القتلى عمال أجانب')

N('13', 'people', 'dead (headline)', 'exact', '13 وفاة')
N('260', 'people', 'injured (headline)', 'exact', '260 إصابة')
N('13', 'people', 'dead (PSD)', 'exact', '13 حالة')
N('260', 'people', 'injured (PSD)', 'exact', '260 شخصًا')
N('25', 'tonnes', 'chlorine in the fallen tank', 'approx', 'نحو 25 طنًا')
N('123', 'people', 'injured received at Prince Hashem Military Hospital', 'exact', '123 مصابًا')
N('8', 'people', 'injured on ventilators', 'exact', '8')
N('3000', 'people', 'people evacuated', 'approx', 'قرابة 3 آلاف شخص')
N('1500000', 'Jordanian dinars', 'initial losses', 'approx', 'نحو 1.5 مليون دينار')
N('3', 'people', 'foreign workers among the dead', 'exact', '3 من القتلى')

D('اليوم', '2022-06-28', 'relative')
D('الثلاثاء', '2022-06-28', 'weekday')
D('أمس', '2022-06-27', 'relative', 0)
D('الاثنين', '2022-06-27', 'weekday')
D('خلال ساعات', None, 'vague')
D('حاليًا', None, 'vague')
D('أمس', '2022-06-27', 'relative', 1)
D('خلال أسبوع', None, 'vague')
D('حتى إشعار آخر', None, 'vague')

A(PSD, 'وفق', False, 'ارتفع عدد الوفيات جراء حادثة تسرب الغاز السام في ميناء العقبة إلى 13 حالة، فيما بلغ عدد المصابين '
  '260 شخصًا غادر أكثر من نصفهم المستشفيات')
A(PSD, 'قالت', False, 'فرق الدفاع المدني المتخصصة بالتعامل مع المواد الخطرة "سيطرت على مصدر التسرب خلال ساعات"، وإن '
  'الأجواء في محيط الميناء "آمنة حاليًا"')
A(RAW, 'قال', False, 'المستشفى استقبل 123 مصابًا، بينهم 8 يخضعون للتنفس الاصطناعي')
A(RAW, 'لافتًا', False, 'معظم الحالات "اختناق وتهيج في الجهاز التنفسي"')
A(SALEM, 'قائلًا', True, 'شفنا الغاز الأصفر طالع من التنك، ركضنا بس ما قدرنا نتنفس، في شباب وقعوا قدامي وما حدا قدر '
  'يشيلهم')
A(MOE, 'طمأنت', False, 'نسب الكلور في هواء المدينة عادت إلى معدلاتها الطبيعية')
A(ASEZA, 'مشيرة', False, '3 من القتلى عمال أجانب')

ENT('العقبة', 'LOC', 'Aqaba')
ENT('الخصاونة', 'PER', KHAS)
ENT('مديرية الأمن العام', 'ORG', PSD)
ENT('جيبوتي', 'LOC', 'Djibouti')
ENT('الدفاع المدني', 'ORG', 'Civil Defence Directorate (Jordan)')
ENT('بشر الخصاونة', 'PER', KHAS)
ENT('مازن الفراية', 'PER', 'Mazen al-Faraya')
ENT('فراس الهواري', 'PER', 'Firas al-Hawari')
ENT('مستشفى الأمير هاشم العسكري', 'LOC', 'Prince Hashem Military Hospital (Aqaba)')
ENT('نضال الرواشدة', 'PER', 'Nidal al-Rawashdeh')
ENT('الغد', 'ORG', 'Al-Ghad')
ENT('سالم الحويطات', 'PER', 'Salem al-Huwaitat')
ENT('وزارة البيئة', 'ORG', MOE)
ENT('سلطة منطقة العقبة الاقتصادية الخاصة', 'ORG', 'Aqaba Special Economic Zone Authority')

F('the incident (tragedy)', 'فاجعة')
F('the gas', 'الغاز السام')
F('the incident', 'الحادثة')
finish_article('h05')

# ---------------------------------------------------------------------------------------------- h06
FN = 'c06_ibn_khatib_fire.txt'
article('h06', FN, outlet('السومرية', 'Alsumaria', 'alsumaria.tv'), '2021-04-25',
        basis('2021-04-25', FN, 'Consistent with the text: the Interior Ministry toll "اليوم الأحد" = 2021-04-25, the '
              'fire "ليلة السبت 12 رمضان" = 2021-04-24 (1 Ramadan 1442 = 2021-04-13), al-Kadhimi\'s session "فجر '
              'اليوم" = 2021-04-25, the Health Ministry figures "أمس" = 2021-04-24.'),
        'فاجعة ابن الخطيب.. 82 قتيلاً و110 مصابين بحريق في مستشفى لمرضى كورونا ببغداد والكاظمي يوقف وزير الصحة عن '
        'العمل')
HOSP = 'Ibn al-Khatib Hospital, Baghdad'
IMOI = 'Iraqi Ministry of Interior'
CDD = 'Iraqi Civil Defence Directorate'
KAD = 'Mustafa Al-Kadhimi'
HAIDER = 'Haider Kadhim (relative of a patient)'
HALB = 'Mohamed al-Halbousi'
IHCHR = 'Iraqi High Commission for Human Rights'
CIT = 'citizens gathered at the hospital'
SUN6 = 'اليوم الأحد (day of the announcement, kept as the date of the toll it announces)'
FIRE6 = 'ليلة السبت 12 رمضان'
DAWN6 = 'فجر اليوم'
E('killing/casualties', None, HOSP, None, None, None, 'asserted', '82 قتيلاً و110 مصابين', 0)
E('other', None, HOSP, None, None, None, 'asserted', 'حريق في مستشفى لمرضى كورونا ببغداد')
E('other', KAD, None, None, None, None, 'asserted', 'الكاظمي يوقف وزير الصحة عن العمل')
E('killing/casualties', None, HOSP, '2021-04-25', SUN6, IMOI, 'reported',
  'ارتفاع حصيلة ضحايا الحريق الذي اندلع في مستشفى ابن الخطيب المخصص لمرضى كورونا في منطقة جسر ديالى جنوب شرقي بغداد '
  'إلى 82 قتيلاً و110 مصابين')
E('other', None, HOSP, '2021-04-24', FIRE6, CDD, 'reported', 'كان الحريق قد اندلع ليلة السبت 12 رمضان')
E('explosion', None, 'intensive care ward, Ibn al-Khatib Hospital', '2021-04-24', FIRE6 + ' (same sentence)', CDD,
  'reported', 'انفجار أسطوانات أوكسجين في ردهة العناية المركزة')
E('other', 'Iraqi Civil Defence teams', HOSP, None, None, CDD, 'reported',
  'فرقها أنقذت 90 مريضًا من أصل 120 كانوا داخل المستشفى')
E('other', KAD, None, '2021-04-25', DAWN6, None, 'asserted',
  'قرر رئيس مجلس الوزراء مصطفى الكاظمي، خلال جلسة طارئة عقدها فجر اليوم، إيقاف وزير الصحة حسن التميمي ومحافظ بغداد '
  'محمد جابر العطا عن العمل وإحالتهما إلى التحقيق')
E('other', KAD, None, '2021-04-25', DAWN6 + ' (same sentence)', None, 'asserted',
  'أمهل لجنة التحقيق خمسة أيام لإعلان نتائجها')
E('other', KAD, 'Iraq', '2021-04-25', DAWN6 + ' (same sentence)', None, 'asserted',
  'أعلن الحداد الرسمي في عموم البلاد ثلاثة أيام')
E('statement', KAD, None, None, None, None, 'asserted',
  'قال الكاظمي في بيان إن "ما حدث جريمة إهمال ولن نسمح بمرورها من دون محاسبة"')
E('other', 'Government of Iraq', None, None, None, KAD, 'planned',
  'الحكومة ستصرف تعويضات لذوي الضحايا بقيمة 10 ملايين دينار لكل عائلة')
E('other', None, HOSP, None, None, HAIDER, 'reported', 'النار صعدت بثواني')
E('statement', HALB, None, None, None, None, 'asserted', 'طالب رئيس مجلس النواب محمد الحلبوسي بإقالة وزير الصحة')
E('statement', IHCHR, None, None, None, None, 'asserted',
  'عدت المفوضية العليا لحقوق الإنسان الحادثة "جريمة بحق المرضى المنهكين بسبب الوباء"')
E('statement', IHCHR, None, None, None, None, 'asserted', 'داعية إلى محاسبة المقصرين')
E('accusation', CIT, HOSP, None, 'صباح اليوم dates the gathering', None, 'asserted',
  'اتهم مواطنون تجمعوا أمام المستشفى صباح اليوم إدارته بـ"التقصير"')
E('other', CIT, HOSP, '2021-04-25', 'صباح اليوم', None, 'asserted', 'مواطنون تجمعوا أمام المستشفى صباح اليوم')
E('killing/casualties', None, HOSP, None, None, CIT, 'reported', 'كثيرًا من المرافقين قضوا وهم يحاولون إنقاذ ذويهم')
E('killing/casualties', None, 'Iraq', '2021-04-24', 'أمس', 'Iraqi Ministry of Health', 'reported',
  'سجلت وزارة الصحة أمس أكثر من 7 آلاف إصابة جديدة و35 وفاة')

N('82', 'people', 'dead (headline)', 'exact', '82 قتيلاً', 0)
N('110', 'people', 'injured (headline)', 'exact', '110 مصابين', 0)
N('82', 'people', 'dead (Ministry of Interior)', 'exact', '82 قتيلاً', 1)
N('110', 'people', 'injured (Ministry of Interior)', 'exact', '110 مصابين', 1)
N('90', 'people', 'patients rescued by civil defence', 'exact', '90 مريضًا')
N('120', 'people', 'patients inside the hospital', 'exact', '120')
N('5', 'days', 'deadline given to the investigation committee', 'exact', 'خمسة أيام')
N('3', 'days', 'national mourning', 'exact', 'ثلاثة أيام')
N('10000000', 'Iraqi dinars', 'compensation per victim family', 'exact', '10 ملايين دينار')
N(None, 'people', 'companions who died trying to save their relatives', 'vague', 'كثيرًا من المرافقين')
N('7000', 'people', 'new COVID-19 infections recorded yesterday', 'more than', 'أكثر من 7 آلاف إصابة')
N('35', 'people', 'COVID-19 deaths recorded yesterday', 'exact', '35 وفاة')
N('1', 'percent', 'share of the population vaccinated (less than)', 'exact', '1%')

D('اليوم', '2021-04-25', 'relative', 0)
D('الأحد', '2021-04-25', 'weekday')
D('السبت', '2021-04-24', 'weekday')
D('12 رمضان', '2021-04-24', 'absolute')
D('اليوم', '2021-04-25', 'relative', 1)
D('اليوم', '2021-04-25', 'relative', 2)
D('أمس', '2021-04-24', 'relative')

A(IMOI, 'أعلنت', False, 'ارتفاع حصيلة ضحايا الحريق الذي اندلع في مستشفى ابن الخطيب المخصص لمرضى كورونا في منطقة جسر '
  'ديالى جنوب شرقي بغداد إلى 82 قتيلاً و110 مصابين')
A(CDD, 'بحسب', False, 'كان الحريق قد اندلع ليلة السبت 12 رمضان، إثر انفجار أسطوانات أوكسجين في ردهة العناية المركزة')
A(CDD, 'قالت', False, 'فرقها أنقذت 90 مريضًا من أصل 120 كانوا داخل المستشفى لحظة وقوع الحادث')
A(KAD, 'قال', True, 'ما حدث جريمة إهمال ولن نسمح بمرورها من دون محاسبة')
A(KAD, 'مؤكدًا', False, 'الحكومة ستصرف تعويضات لذوي الضحايا بقيمة 10 ملايين دينار لكل عائلة')
A(HAIDER, 'قال', True, 'النار صعدت بثواني، الناس چانت تركض والمرضى على الأوكسجين ما يكدرون يتحركون، ومحد اجه يساعدنا '
  'بالبداية')
A(HALB, 'طالب', False, 'بإقالة وزير الصحة')
A(IHCHR, 'عدت', False, 'الحادثة "جريمة بحق المرضى المنهكين بسبب الوباء"')
A(CIT, 'اتهم', False, 'إدارته بـ"التقصير"')
A(CIT, 'مؤكدين', False, 'أجهزة الإنذار والإطفاء لم تعمل، وأن كثيرًا من المرافقين قضوا وهم يحاولون إنقاذ ذويهم')

ENT('ابن الخطيب', 'LOC', 'Ibn al-Khatib Hospital')
ENT('كورونا', 'MISC', 'COVID-19')
ENT('بغداد', 'LOC', 'Baghdad')
ENT('الكاظمي', 'PER', KAD)
ENT('وزارة الداخلية العراقية', 'ORG', IMOI)
ENT('مستشفى ابن الخطيب', 'LOC', 'Ibn al-Khatib Hospital')
ENT('جسر ديالى', 'LOC', 'Jisr Diyala')
ENT('مديرية الدفاع المدني', 'ORG', CDD)
ENT('مجلس الوزراء', 'ORG', 'Council of Ministers of Iraq')
ENT('مصطفى الكاظمي', 'PER', KAD)
ENT('حسن التميمي', 'PER', 'Hassan al-Tamimi')
ENT('محمد جابر العطا', 'PER', 'Mohammed Jaber al-Atta')
ENT('حيدر كاظم', 'PER', 'Haider Kadhim')
ENT('للسومرية نيوز', 'ORG', 'Alsumaria News')
ENT('مجلس النواب', 'ORG', 'Council of Representatives of Iraq')
ENT('محمد الحلبوسي', 'PER', HALB)
ENT('المفوضية العليا لحقوق الإنسان', 'ORG', IHCHR)
ENT('وزارة الصحة', 'ORG', 'Iraqi Ministry of Health')

F('the fire (tragedy)', 'فاجعة')
F('the fire (al-Kadhimi wording)', 'جريمة إهمال')
F('the patients (rights commission wording)', 'المرضى المنهكين')
F('the hospital management (citizens\' wording)', 'التقصير')
finish_article('h06')

UNCERTAIN = [
    'BLIND set: the texts were newly written for this set (realistic, not copied) and annotated by hand by an '
    'annotator who had not read the extractor code or its data files (generator/), had not run the extractors or '
    '"briefing eval" on them while writing or annotating, and had read of the other gold sets only the builders and '
    'notes of sets 1-13 and the titles of sets 1-19 (to avoid their topics). Broad facts follow real events (the '
    'Israeli strikes on the Masyaf research centre of 8 Sep 2024; the Houthi seizure of the Galaxy Leader on 19 Nov '
    '2023; the Shabelle floods in Beledweyne in Nov 2023; the violence on the Syrian coast from 6 Mar 2025; the '
    'chlorine tank accident at the port of Aqaba of 27 Jun 2022; the Ibn al-Khatib hospital fire in Baghdad of 24 Apr '
    '2021), but minor figures and all quotes are written for the set. Minor people are invented (Fayez Haddad, Abu '
    'Ali, Omar Abdi Ali, Halima Nur, Samer, Nidal al-Rawashdeh, Salem al-Huwaitat, Haider Kadhim); romanisations of '
    'minor names are the annotator\'s own. Two of the brief\'s six suggested topics (pager explosions, Hajj heat '
    'deaths) already appear among the titles of sets 14-19, so h05 (Aqaba chlorine) and h06 (Ibn al-Khatib fire) '
    'are the annotator\'s own choice.',
    'Article keys are h01..h06 (the shared validator expects them); files are c01..c06. Rows are sorted by position.',
    'Dialect: h01 (Syrian: متل، ضلينا، ما منعرف شو صاير), h02 (Yemeni: شفنا، جابوا، حواليها), h04 (Syrian coast: ما '
    'طلعنا، راحوا وما رجعوا), h05 (Jordanian: طالع من التنك، ما حدا قدر يشيلهم) and h06 (Iraqi: چانت، ما يكدرون، محد '
    'اجه) quote colloquial speech; events inside those quotes are annotated like other reported events (البيت كله '
    'اهتز والقزاز تكسر؛ جابوا السفينة قدام الميناء؛ سمعنا رصاص طول الليل؛ جيراننا راحوا وما رجعوا (other: gone, '
    'fate unstated)؛ في شباب وقعوا قدامي (casualties)؛ النار صعدت بثواني). "ركضنا" (ran from the gas) and "الناس '
    'چانت تركض" are not displacement; "ما طلعنا من البيت" is negated, no row.',
    'Dates follow heldout12/13: part-of-day words (ليل، مساء، صباح، فجر، بعد ظهر، ليلة) and منذ/حتى before a day or '
    'month stay outside; "أمس/اليوم + weekday" is two dates; "ليل الأحد- الاثنين 8 من أيلول" is three (الأحد, '
    'الاثنين, 8 من أيلول) and the strikes are dated to 2024-09-08 by the day number (set 4 dated a bare "ليلة الأحد '
    'إلى الاثنين" to the Monday; here the text names the 8th); "X المقبل/الماضي" weekdays are relative days (الخميس '
    'المقبل, الخميس الماضي); named months are absolute (آب 2022, نهاية ديسمبر المقبل, مطلع أكتوبر الماضي, مايو 2023, '
    'the double form "ديسمبر (كانون الأول) الماضي" is one surface); Hijri "12 رمضان" (1442 implied) = 2021-04-24; '
    'year-only expressions are vague (منذ عام 2005, منذ مطلع العام الحالي). Vague: منذ أشهر، للصبح (Syrian "until '
    'morning")، حتى لحظة إعداد هذا التقرير، قبل المغرب (Yemeni "before sunset prayer")، خلال 72 ساعة، خلال 30 يومًا، '
    'خلال أسبوع، خلال ساعات، حاليًا، منتصف الليل، طول الليل، في وقت لاحق، حتى إشعار آخر، في ثلاثة أيام (also numbers '
    'where a numeral is in them). Not dates: بثواني and بالبداية in the Iraqi quote (speed and sequence, not time '
    'points), لحظة وقوع الحادث (event-anchored), بعدين (connective), قبل فوات الأوان (idiom). "حتى لحظة إعداد هذا '
    'التقرير" keeps حتى (like "حتى الآن" in set 13) and vague spans keep منذ (منذ أشهر، منذ عام 2005، منذ عقود، منذ '
    'مطلع العام الحالي; set 13: منذ عام 2019، منذ سنوات). "خلال الأسبوع الجاري" (h03) is the week of publication, '
    '2023-W46 (relative), and dates the river rise it qualifies.',
    'Event dates: an announcement day is kept as the date of the toll or state it announces (heldout12/13 '
    'convention): the flooding of Beledweyne and the flight to higher ground (اليوم الثلاثاء), the SOHR coast toll '
    '(اليوم الأحد, although "منذ الخميس الماضي" starts the cumulative count), the Aqaba PSD toll (صباح اليوم '
    'الثلاثاء), the Iraqi Interior Ministry toll (اليوم الأحد). Not dated: the boarding shown in the video published '
    '"اليوم الاثنين", the Houthi threats "الأسبوع الماضي" (the threat, not the attacks), ongoing campaigns given only a '
    'start (منذ 7 من تشرين الأول 2023, منذ 19 أكتوبر الماضي), month-only mentions, and the citizens\' accusation '
    '(صباح اليوم dates their gathering, which is its own row).',
    'Numbers: bodies are people (12 جثة، جثتان); ranges none; fractions not annotated (أكثر من نصفهم); "أقل من 1%" '
    'is exact for lack of a "less than" qualifier (as set 4 did for "up to"); "18" with no counted noun is the bare '
    'numeral; "نحو 17 منهم" keeps منهم. Units used: people, families, hours, days, percent, strikes, tonnes, and '
    'currencies. Not numbers: the duals in place lists (محافظتي اللاذقية وطرطوس، ريفي جبلة وبانياس، جهتي مقديشو '
    'وجوهر، ضفتي النهر), ordinals (موجة ثالثة), vague non-people quantities (عددًا من المواقع العسكرية، دفعات), '
    '"شباب" without a numeral.',
    'Entities: classifiers outside (مدينة، ريف، حي، محافظة/محافظتي، ولاية، إقليم، نهر، ميناء، قناة، صحيفة، شركة، '
    'مضيق، دولة before الإمارات، منطقة); kept whole: قطاع غزة، جماعة الحوثي، قوات الأمن العام، قاعدة حميميم الجوية '
    '(the adjective الروسية outside)، مطار بلدوين، مستشفى مصياف الوطني، مستشفى الأمير هاشم العسكري، النهر الكبير '
    'الجنوبي. Route "طريق مصياف- وادي العيون" is two places, not a road name. "مركز البحوث العلمية" (title) and '
    '"مركز الدراسات والبحوث العلمية" are the SSRC (ORG); "مركزًا للبحوث العلمية" (indefinite) and "المركز" are not '
    'entities. Short forms listed: المرصد, الجماعة (Houthis), الشرع, الكاظمي, الخصاونة, ابن الخطيب (the hospital), '
    'صونا, أوتشا, أتميس, القوات البحرية (Houthi naval forces, as set 11). Generic, not entities: الحكومة الفيدرالية، '
    'الرئاسة، السلطات، الميناء، المستشفى، المنطقة الوسطى، الساحل اليمني، الشاطئ الجنوبي، القضاء العسكري، العدو '
    'الإسرائيلي (framing). Listed although borderline: الساحل السوري (region, LOC), الطائفة العلوية (MISC Alawites), '
    'الحكومة اليمنية (ORG), كورونا (MISC), غالاكسي ليدر (MISC, a ship). Fused ل + article: للسومرية نيوز، للجيش '
    'الصومالي are their own surfaces.',
    'Attributions follow heldout12/13: complements after أن/إن (fused pronoun kept: إنها، إنه، أنها), the whole '
    'quote inside the marks for direct quotes, mixed quotes false; "نقلت X عن Y" relays are "Y (via X)" with verb '
    'نقلت; a statement "في بيان بثته قناة المسيرة" is Saree\'s own (no via: the channel broadcasts, it does not '
    'relay); participial verbs with a content clause (مضيفًا، مشيرًا، مؤكدًا، لافتًا، قائلًا، مشيرة، مؤكدين) are '
    'attributions, participial calls (داعيًا، داعية، مطالبة) are statement rows without attribution; finite calls '
    'and demands (يدعو in the h04 headline, طالب) are statements and attributions. Accusations (اتهم/اتهمت، وصف '
    '... بأنها، عدت ... "جريمة") are attributions of their complement. "أعلن(ت/وا) + nominal" is an attribution of the '
    'nominal and the event reported. "بحسب ما أعلن/أفادت" has the verb بحسب. "سجل المرصد" and "قدرت مصادر" are not '
    'reporting verbs: the figures are reported rows attributed to them without an attribution row. "لم يعلق الجيش '
    'الإسرائيلي" is neither.',
    'Event typing follows heldout11-13: accidental fires and leaks are "other" (as the Hamdaniya fire in set 11), '
    'explosions (oxygen cylinders, the chlorine tank) and fires caused by strikes are "explosion"; hospitals receiving '
    'bodies or injured give casualty rows; the seizure and the boarding of the ship are capture/control, towing it to '
    'port is "other"; threats to target ships are airstrike/shelling (predicted); the loyalists\' attacks on '
    'checkpoints are advance/offensive; reinforcements, committees, suspensions, mourning, compensation, rescues, '
    'arrests, road cuts and aid are "other"; evacuation and flight are displacement; a publication of a video is '
    '"other". Headlines carry their own rows; "وقعت الحادثة" and "ويأتي الحريق" are back-references, not rows; '
    '"منذ سقوط نظام بشار الأسد في ديسمبر (كانون الأول) الماضي" (h04) is a time anchor, not a row (its month is a date '
    'row); habitual or background states (تتعرض بلدوين لفيضانات متكررة، تفرض عليه الولايات المتحدة عقوبات، زوارق صغيرة '
    'تحيط بها) are not rows.',
]

description = {
    'summary': 'Twenty-first gold set (BLIND: never tuned on; nobody reads its misses): six Arabic news articles '
               'written for this set in the style of real outlets of six countries (Enab Baladi on the Israeli strikes '
               'on the Masyaf research centre, with a Syrian colloquial quote; Al-Masdar Online on the Houthi seizure '
               'of the Galaxy Leader, with a Yemeni fisherman\'s words; Shabelle on the Beledweyne floods; Independent '
               'Arabia on the violence on the Syrian coast in March 2025; Al-Ghad on the chlorine leak at the port of '
               'Aqaba, with a Jordanian worker\'s account; Alsumaria on the Ibn al-Khatib hospital fire in Baghdad, '
               'with a Hijri date and an Iraqi colloquial quote), annotated by hand without looking at the extractors. '
               'Same format and conventions as ../shared/dev-set/seeds_gold.json and tests/heldout9-13. "file" is '
               'relative to tests/. Offsets are Python str indices into open(path, encoding="utf-8").read().',
    'uncertain_points': UNCERTAIN,
    'files': FILES,
    'counts': _GOLD.counts(),
}

if __name__ == '__main__':
    write_set(_GOLD, HERE, description)
