#!/usr/bin/env python3
"""Build heldout24_gold.json from the hand annotations below (BLIND set 24: f01..f06, gold keys h01..h06).

Spans are (surface, occurrence index), located by search; the helpers and their conventions are
tests/heldout_tools/annotate.py.
Run: python3 tests/heldout24/build_gold.py  (writes heldout24_gold.json next to this file)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(TESTS, 'heldout_tools'))  # annotate.py, common.py
from annotate import FILES, Gold, basis, outlet, write_set  # noqa: E402

_GOLD = Gold('heldout24')
ARTICLES = _GOLD.articles   # key -> dict
article, finish_article = _GOLD.article, _GOLD.finish_article
E, N, A, D, ENT, F = _GOLD.E, _GOLD.N, _GOLD.A, _GOLD.D, _GOLD.ENT, _GOLD.F


# ---------------------------------------------------------------------------------------------- h01
FN = 'f01_sweida_clashes.txt'
article('h01', FN, outlet('عنب بلدي', 'Enab Baladi', 'enabbaladi.net'), '2025-07-14',
        basis('2025-07-14', FN, 'Publication date 2025-07-14 (Monday). Consistent with the text: the clashes began '
              '"منذ صباح أمس الأحد، 13 من تموز" = 2025-07-13, the ministry statement and the deployment "اليوم، '
              'الاثنين" / "صباح اليوم" = 2025-07-14; Levantine month names (تموز، كانون الأول، نيسان، أيار).'),
        'اشتباكات دامية بين مقاتلين دروز وعشائر بدوية في السويداء.. والحكومة ترسل قواتها لفض الاشتباك')
SUW = 'Suwayda'
MAQ = 'al-Maqwas, Suwayda'
BOTH1 = 'Druze fighters and Bedouin tribal fighters'
MOI1 = 'Syrian Ministry of Interior'
MOD1 = 'Syrian Ministry of Defense'
ABUQ = 'Murhaf Abu Qasra (Syrian defence minister)'
SRC1 = 'a local source in al-Mazraa (via Enab Baladi)'
ABUK = 'Abu Karam (al-Maqwas resident)'
HIJRI = 'Hikmat al-Hijri'
IDFR = 'Israel Defense Forces (via Army Radio)'
HASAN = 'Suleiman al-Hassan (Bedouin tribal notable)'
E('other', BOTH1, SUW, None, None, None, 'asserted', 'اشتباكات دامية بين مقاتلين دروز وعشائر بدوية في السويداء')
E('other', 'Government of Syria', SUW, None, None, None, 'asserted', 'الحكومة ترسل قواتها لفض الاشتباك')
E('killing/casualties', None, MAQ, None,
  'منذ صباح أمس الأحد dates the start of the clashes; the toll covers two days', MOI1, 'reported',
  'قُتل 37 شخصاً على الأقل وأصيب نحو 50 آخرين')
E('other', BOTH1, MAQ, '2025-07-13', 'منذ صباح أمس الأحد، 13 من تموز', MOI1, 'reported',
  'اشتباكات اندلعت منذ صباح أمس الأحد، 13 من تموز، بين مقاتلين من أبناء الطائفة الدرزية ومسلحين من عشائر البدو في '
  'حي المقوس شرقي مدينة السويداء')
E('other', BOTH1, 'western Suwayda countryside', None, None, MOI1, 'reported',
  'تمتد إلى بلدات في الريف الغربي للمحافظة')
E('other', None, 'Damascus–Suwayda highway', None, None, MOI1, 'reported',
  'خطف تاجر خضار على طريق دمشق - السويداء')
E('other', BOTH1, SUW, None, None, MOI1, 'reported', 'تبعته عمليات خطف متبادلة بين الطرفين')
E('statement', MOI1, None, None, None, None, 'asserted',
  'مشيرة إلى أن "غياب المؤسسات الرسمية المعنية فاقم حالة الفوضى والانفلات الأمني"')
E('other', 'Syrian Army', SUW, '2025-07-14', 'صباح اليوم', MOD1, 'reported',
  'بدء نشر وحدات من الجيش في المناطق المتوترة')
E('other', 'Syrian government forces', SUW, None, None, ABUQ, 'planned',
  'القوات ستعمل على "فض الاشتباك وتأمين ممرات آمنة للمدنيين"')
E('airstrike/shelling', None, 'al-Mazraa (Suwayda)', None, 'منذ ساعات الفجر (vague)', SRC1, 'reported',
  'قذائف هاون سقطت على منازل في البلدة منذ ساعات الفجر')
E('displacement', None, 'al-Mazraa -> Suwayda', None, None, SRC1, 'reported', 'عشرات العائلات نزحت نحو مدينة السويداء')
E('statement', ABUK, MAQ, None, None, None, 'asserted',
  'قال أبو كرم، وهو أحد سكان حي المقوس: "ما حدا عم يقدر يطلع من البيت، الرصاص فوق راسنا من مبارح، والولاد ما ناموا"')
E('accusation', HIJRI, None, None, None, None, 'asserted',
  'اتهم الشيخ حكمت الهجري، الرئيس الروحي لطائفة المسلمين الموحدين الدروز، في بيان مصور، "جهات تسعى لإشعال الفتنة" '
  'بالوقوف وراء التصعيد')
E('airstrike/shelling', 'Israel Defense Forces', "near Tha'la, western Suwayda countryside", None, None, IDFR,
  'reported', 'طائراته استهدفت ثلاث دبابات قرب بلدة ثعلة في ريف السويداء الغربي')
E('statement', HASAN, 'Suwayda countryside', None, None, None, 'asserted',
  'قال سليمان الحسن، أحد وجهاء عشائر البدو في ريف السويداء، لعنب بلدي، إن أبناء العشائر "يدافعون عن أنفسهم بعد '
  'استهداف بيوتهم"')
E('killing/casualties', None, 'Jaramana and Sahnaya', None, 'نيسان وأيار الماضيين — months only (April–May 2025)', None,
  'asserted', 'قُتل أكثر من 100 شخص في مواجهات مماثلة شهدتها جرمانا وصحنايا')

N('37', 'people', 'killed in the clashes', 'at least', '37 شخصاً على الأقل')
N('50', 'people', 'injured in the clashes', 'approx', 'نحو 50 آخرين')
N(None, 'families', 'families displaced from al-Mazraa towards Suwayda city', 'vague', 'عشرات العائلات')
N('3', 'tanks', 'tanks struck by Israeli aircraft near Tha\'la', 'exact', 'ثلاث دبابات')
N('100', 'people', 'killed in the April–May clashes in Jaramana and Sahnaya', 'more than', 'أكثر من 100 شخص')
N('700000', 'people', 'population of Suwayda Governorate', 'approx', 'نحو 700 ألف نسمة')

D('أمس', '2025-07-13', 'relative')
D('الأحد', '2025-07-13', 'weekday')
D('13 من تموز', '2025-07-13', 'absolute')
D('اليوم', '2025-07-14', 'relative', 0)
D('الاثنين', '2025-07-14', 'weekday')
D('اليوم', '2025-07-14', 'relative', 1)
D('منذ ساعات الفجر', None, 'vague')
D('من مبارح', '2025-07-13', 'relative')
D('8 من كانون الأول 2024', '2024-12-08', 'absolute')
D('نيسان', '2025-04', 'absolute')
D('أيار الماضيين', '2025-05', 'absolute')

A(MOI1, 'بحسب', False, 'قُتل 37 شخصاً على الأقل وأصيب نحو 50 آخرين في اشتباكات اندلعت منذ صباح أمس الأحد، 13 من تموز، '
  'بين مقاتلين من أبناء الطائفة الدرزية ومسلحين من عشائر البدو في حي المقوس شرقي مدينة السويداء، قبل أن تمتد إلى '
  'بلدات في الريف الغربي للمحافظة')
A(MOI1, 'قالت', False, 'التوتر بدأ بعد خطف تاجر خضار على طريق دمشق - السويداء، تبعته عمليات خطف متبادلة بين الطرفين')
A(MOI1, 'مشيرة', True, 'غياب المؤسسات الرسمية المعنية فاقم حالة الفوضى والانفلات الأمني')
A(MOD1, 'أعلنت', False, 'بدء نشر وحدات من الجيش في المناطق المتوترة')
A(ABUQ, 'قال', False, 'القوات ستعمل على "فض الاشتباك وتأمين ممرات آمنة للمدنيين"')
A(SRC1, 'نقل', False, 'قذائف هاون سقطت على منازل في البلدة منذ ساعات الفجر، وأن عشرات العائلات نزحت نحو مدينة السويداء')
A(ABUK, 'قال', True, 'ما حدا عم يقدر يطلع من البيت، الرصاص فوق راسنا من مبارح، والولاد ما ناموا')
A(HIJRI, 'اتهم', False, '"جهات تسعى لإشعال الفتنة" بالوقوف وراء التصعيد')
A(IDFR, 'قال', False, 'طائراته استهدفت ثلاث دبابات قرب بلدة ثعلة في ريف السويداء الغربي، "لمنع وصولها إلى المنطقة"')
A(HASAN, 'قال', False, 'أبناء العشائر "يدافعون عن أنفسهم بعد استهداف بيوتهم"')

ENT('السويداء', 'LOC', SUW)
ENT('عنب بلدي', 'ORG', 'Enab Baladi')
ENT('الطائفة الدرزية', 'MISC', 'Druze')
ENT('المقوس', 'LOC', 'al-Maqwas (Suwayda)')
ENT('وزارة الداخلية السورية', 'ORG', MOI1)
ENT('الوزارة', 'ORG', MOI1)
ENT('دمشق', 'LOC', 'Damascus')
ENT('وزارة الدفاع', 'ORG', MOD1)
ENT('الجيش', 'ORG', 'Syrian Army')
ENT('مرهف أبو قصرة', 'PER', 'Murhaf Abu Qasra')
ENT('المزرعة', 'LOC', 'al-Mazraa (Suwayda)')
ENT('أبو كرم', 'PER', 'Abu Karam')
ENT('حكمت الهجري', 'PER', HIJRI)
ENT('طائفة المسلمين الموحدين الدروز', 'MISC', 'Druze')
ENT('الجيش الإسرائيلي', 'ORG', 'Israel Defense Forces')
ENT('ثعلة', 'LOC', "Tha'la")
ENT('إذاعة الجيش الإسرائيلي', 'ORG', 'Army Radio (Israel)')
ENT('الحكومة السورية', 'ORG', 'Government of Syria')
ENT('سليمان الحسن', 'PER', 'Suleiman al-Hassan')
ENT('جرمانا', 'LOC', 'Jaramana')
ENT('صحنايا', 'LOC', 'Sahnaya')
ENT('الدروز', 'MISC', 'Druze')

F('the clashes', 'اشتباكات')
F('the Bedouin fighters', 'مسلحين')
F('the escalation', 'التصعيد')
F('strife (al-Hijri wording)', 'الفتنة')
F('the situation (ministry wording: chaos and lawlessness)', 'الفوضى والانفلات الأمني')
F('the infighting', 'الاقتتال')
F('the former regime', 'النظام السابق')
finish_article('h01')

# ---------------------------------------------------------------------------------------------- h02
FN = 'f02_kut_hypermarket_fire.txt'
article('h02', FN, outlet('السومرية نيوز', 'Al Sumaria', 'alsumaria.tv'), '2025-07-17',
        basis('2025-07-17', FN, 'Publication date 2025-07-17 (Thursday). Consistent with the text: the fire "مساء أمس '
              'الأربعاء" = 2025-07-16, the health ministry delegation "صباح اليوم الخميس" = 2025-07-17.'),
        'فاجعة الكوت.. 61 قتيلا بحريق هايبر ماركت والمحافظ يعلن الحداد ثلاثة أيام')
KUT = 'Kut'
CORN = 'Corniche Hypermarket, Kut'
CD2 = 'Iraqi Civil Defense Directorate'
MAY = 'Mohammed Jamil al-Mayahi (Wasit governor)'
ALI = 'Ali Hussein (relative of a victim)'
PMO = "Iraqi Prime Minister's Media Office"
SUD = 'Mohammed Shia al-Sudani'
SRC2 = 'a source in Wasit Police Command (via Iraqi News Agency)'
ZAM = 'Haidar al-Zamili (Wasit Provincial Council member)'
YEST2 = 'مساء أمس الأربعاء (same sentence)'
E('killing/casualties', None, KUT, None, None, None, 'asserted', '61 قتيلا بحريق هايبر ماركت')
E('other', MAY, 'Wasit', None, None, None, 'asserted', 'المحافظ يعلن الحداد ثلاثة أيام')
E('killing/casualties', None, CORN, None, 'أمس الأربعاء dates the fire; the toll is as of the report', CD2,
  'reported', 'ارتفعت حصيلة ضحايا الحريق الذي اندلع مساء أمس الأربعاء في مبنى "هايبر ماركت الكورنيش" وسط مدينة الكوت، '
  'مركز محافظة واسط، إلى 61 قتيلاً')
E('other', None, CORN, '2025-07-16', 'مساء أمس الأربعاء', CD2, 'reported',
  'الحريق الذي اندلع مساء أمس الأربعاء في مبنى "هايبر ماركت الكورنيش" وسط مدينة الكوت')
E('killing/casualties', None, CORN, None, None, CD2, 'reported', 'لا يزال 11 شخصاً في عداد المفقودين')
E('killing/casualties', None, CORN, None, None, MAY, 'reported', 'أغلب الضحايا قضوا اختناقاً داخل الحمامات والممرات')
E('other', None, CORN, None, None, MAY, 'reported',
  'النيران بدأت في الطابق الثاني وامتدت سريعاً إلى المطعم والأقسام المجاورة')
E('other', MAY, 'Wasit', None, None, None, 'asserted', 'أعلن المياحي الحداد الرسمي في المحافظة لمدة ثلاثة أيام')
E('other', 'Wasit Governorate', None, None, None, MAY, 'reported', 'رفع دعاوى قضائية ضد مالك المبنى وصاحب المشروع')
E('other', CD2, CORN, None, None, CD2, 'reported', 'فرقها تمكنت من إنقاذ أكثر من 45 شخصاً كانوا محاصرين داخل المبنى')
E('other', None, CORN, None, None, CD2, 'reported',
  'التحقيقات الأولية ترجح حدوث "تماس كهربائي" في قسم العطور ومستحضرات التجميل')
E('killing/casualties', None, CORN, None, None, None, 'asserted', 'فقد ابن عمه في الحادث')
E('statement', ALI, CORN, None, None, None, 'asserted',
  'روى علي حسين (34 عاماً)، الذي فقد ابن عمه في الحادث، للسومرية نيوز: "سمعنا صياح من فوك، والدخان صار أسود ما تشوف '
  'إيدك، ناس طلعت من الشبابيك وناس بقت جوه"')
E('other', SUD, 'Baghdad', None, None, PMO, 'reported',
  'وجه رئيس مجلس الوزراء محمد شياع السوداني بتشكيل لجنة تحقيق عليا برئاسة وزير الداخلية عبد الأمير الشمري')
E('other', 'investigation committee (Abdul Amir al-Shammari)', None, None, 'خلال 48 ساعة (deadline, vague)', PMO,
  'planned', 'ترفع نتائجها خلال 48 ساعة')
E('visit/inspection', 'Iraqi Ministry of Health delegation', 'Al-Zahraa Teaching Hospital, Kut', '2025-07-17',
  'صباح اليوم الخميس', None, 'asserted',
  'وصل وفد من وزارة الصحة إلى الكوت صباح اليوم الخميس لمتابعة أوضاع المصابين في مستشفى الزهراء التعليمي')
E('other', None, 'Forensic Medicine Department, Baghdad', None, None, SRC2, 'reported',
  'أرسلت إلى دائرة الطب العدلي في بغداد لإجراء فحوص الحمض النووي')
E('other', "victims' relatives", 'Wasit Governorate building, Kut', None, None, None, 'asserted',
  'تجمع العشرات من ذوي الضحايا أمام مبنى المحافظة مطالبين بمحاسبة المقصرين')
E('accusation', ZAM, CORN, None, None, None, 'asserted',
  'اتهم عضو مجلس محافظة واسط حيدر الزاملي دوائر الدولة بـ"التغاضي عن مخالفات شروط السلامة" في المبنى')
E('other', None, CORN, '2025-W28', 'قبل أسبوع واحد', None, 'asserted', 'المبنى الذي افتتح قبل أسبوع واحد فقط')
E('killing/casualties', None, 'Al-Hamdaniya', None, 'عام 2023 — year only', None, 'asserted',
  'حريق قاعة الأعراس في الحمدانية عام 2023 الذي أودى بحياة أكثر من 100 شخص')

N('61', 'people', 'killed (headline)', 'exact', '61 قتيلا', 0)
N('3', 'days', 'mourning period (headline)', 'exact', 'ثلاثة أيام', 0)
N('61', 'people', 'killed', 'exact', '61 قتيلاً')
N('11', 'people', 'missing', 'exact', '11 شخصاً')
N('3', 'days', 'official mourning period in Wasit', 'exact', 'ثلاثة أيام', 1)
N('45', 'people', 'people rescued from the building', 'more than', 'أكثر من 45 شخصاً')
N('5', 'floors', 'floors of the building', 'exact', 'خمسة طوابق')
N('34', 'years', 'age of Ali Hussein', 'exact', '34 عاماً')
N('1', 'people', "Ali Hussein's cousin killed in the fire", 'exact', 'ابن عمه')
N('48', 'hours', 'deadline for the committee findings', 'exact', '48 ساعة')
N('14', 'bodies', 'unidentified charred bodies', 'exact', '14 جثة')
N(None, 'people', "victims' relatives gathered at the governorate building", 'vague', 'العشرات من ذوي الضحايا')
N('1', 'weeks', 'time since the building opened', 'exact', 'أسبوع واحد')
N('100', 'people', 'killed in the 2023 Hamdaniya wedding hall fire', 'more than', 'أكثر من 100 شخص')

D('أمس', '2025-07-16', 'relative')
D('الأربعاء', '2025-07-16', 'weekday')
D('خلال 48 ساعة', None, 'vague')
D('اليوم', '2025-07-17', 'relative')
D('الخميس', '2025-07-17', 'weekday')
D('قبل أسبوع واحد', '2025-W28', 'relative')
D('خلال السنوات الأخيرة', None, 'vague')
D('عام 2023', None, 'vague')
D('نيسان 2021', '2021-04', 'absolute')

A(CD2, 'بحسب', False, 'ارتفعت حصيلة ضحايا الحريق الذي اندلع مساء أمس الأربعاء في مبنى "هايبر ماركت الكورنيش" وسط مدينة '
  'الكوت، مركز محافظة واسط، إلى 61 قتيلاً، فيما لا يزال 11 شخصاً في عداد المفقودين')
A(MAY, 'قال', True, 'أغلب الضحايا قضوا اختناقاً داخل الحمامات والممرات')
A(MAY, 'مبيناً', True, 'النيران بدأت في الطابق الثاني وامتدت سريعاً إلى المطعم والأقسام المجاورة')
A(MAY, 'مؤكداً', False, 'رفع دعاوى قضائية ضد مالك المبنى وصاحب المشروع')
A(CD2, 'أعلنت', False, 'فرقها تمكنت من إنقاذ أكثر من 45 شخصاً كانوا محاصرين داخل المبنى المؤلف من خمسة طوابق')
A(CD2, 'مشيرة', False, 'التحقيقات الأولية ترجح حدوث "تماس كهربائي" في قسم العطور ومستحضرات التجميل')
A(ALI, 'روى', True, 'سمعنا صياح من فوك، والدخان صار أسود ما تشوف إيدك، ناس طلعت من الشبابيك وناس بقت جوه')
A(PMO, 'بحسب', False, 'وجه رئيس مجلس الوزراء محمد شياع السوداني بتشكيل لجنة تحقيق عليا برئاسة وزير الداخلية عبد الأمير '
  'الشمري، على أن ترفع نتائجها خلال 48 ساعة')
A(SRC2, 'نقلت', False, '14 جثة لم يتم التعرف على هويات أصحابها بعد بسبب تفحمها، وأنها أرسلت إلى دائرة الطب العدلي في '
  'بغداد لإجراء فحوص الحمض النووي')
A(ZAM, 'اتهم', False, 'دوائر الدولة بـ"التغاضي عن مخالفات شروط السلامة" في المبنى')

ENT('الكوت', 'LOC', KUT)
ENT('واسط', 'LOC', 'Wasit Governorate')
ENT('السومرية نيوز', 'ORG', 'Al Sumaria')
ENT('هايبر ماركت الكورنيش', 'LOC', 'Corniche Hypermarket (Kut)')
ENT('مديرية الدفاع المدني', 'ORG', CD2)
ENT('محمد جميل المياحي', 'PER', 'Mohammed Jamil al-Mayahi')
ENT('للسومرية نيوز', 'ORG', 'Al Sumaria')
ENT('المياحي', 'PER', 'Mohammed Jamil al-Mayahi')
ENT('علي حسين', 'PER', 'Ali Hussein')
ENT('بغداد', 'LOC', 'Baghdad')
ENT('مجلس الوزراء', 'ORG', 'Council of Ministers of Iraq')
ENT('محمد شياع السوداني', 'PER', SUD)
ENT('عبد الأمير الشمري', 'PER', 'Abdul Amir al-Shammari')
ENT('وزارة الصحة', 'ORG', 'Iraqi Ministry of Health')
ENT('مستشفى الزهراء التعليمي', 'LOC', 'Al-Zahraa Teaching Hospital (Kut)')
ENT('وكالة الأنباء العراقية', 'ORG', 'Iraqi News Agency (INA)')
ENT('واع', 'ORG', 'Iraqi News Agency (INA)')
ENT('قيادة شرطة واسط', 'ORG', 'Wasit Police Command')
ENT('دائرة الطب العدلي', 'ORG', 'Forensic Medicine Department (Iraq)')
ENT('مجلس محافظة واسط', 'ORG', 'Wasit Provincial Council')
ENT('حيدر الزاملي', 'PER', 'Haidar al-Zamili')
ENT('العراق', 'LOC', 'Iraq')
ENT('الحمدانية', 'LOC', 'Al-Hamdaniya')
ENT('مستشفى ابن الخطيب', 'LOC', 'Ibn al-Khatib Hospital')

F('the fire (outlet wording: tragedy)', 'فاجعة')
F('the fire', 'الحريق')
F('the victims', 'الضحايا')
F('the incident', 'الحادث')
F('those responsible (relatives wording: the negligent)', 'المقصرين')
F('the state departments (accused of turning a blind eye)', 'دوائر الدولة')
finish_article('h02')

# ---------------------------------------------------------------------------------------------- h03
FN = 'f03_mar_elias_church.txt'
article('h03', FN, outlet('عكاظ', 'Okaz', 'okaz.com.sa'), '2025-06-23',
        basis('2025-06-23', FN, 'Publication date 2025-06-23 (Monday). Consistent with the text: the bombing "مساء أمس '
              '(الأحد) 26 ذي الحجة 1446" = 2025-06-22 (Umm al-Qura: 1 Dhu al-Hijjah 1446 = 2025-05-28, 1 Muharram 1447 '
              '= 2025-06-26), the minister\'s visit "صباح اليوم" = 2025-06-23.'),
        'المملكة تدين التفجير الإرهابي في كنيسة مار إلياس بدمشق.. 25 قتيلا و63 مصابا')
MAR = 'Mar Elias Church, Dweila (Damascus)'
SMFA = 'Saudi Ministry of Foreign Affairs'
SMOH3 = 'Syrian Ministry of Health'
SMOI3 = 'Syrian Ministry of Interior'
BABA = 'Noureddine al-Baba (Syrian interior ministry spokesman) (via SANA)'
HAD = 'Elias Haddad (survivor)'
JOHN = 'John X of Antioch'
PED = 'Geir Pedersen'
KAB = 'Hind Kabawat'
YEST3 = 'مساء أمس (الأحد) 26 ذي الحجة 1446 (same sentence)'
E('statement', 'Saudi Arabia', None, None, None, None, 'asserted',
  'المملكة تدين التفجير الإرهابي في كنيسة مار إلياس بدمشق')
E('killing/casualties', None, MAR, None, None, None, 'asserted', '25 قتيلا و63 مصابا', 0)
E('statement', SMFA, None, None, None, None, 'asserted',
  'أعربت وزارة الخارجية عن إدانة المملكة العربية السعودية واستنكارها الشديدين للهجوم الإرهابي')
E('explosion', None, MAR, '2025-06-22', 'مساء أمس (الأحد) 26 ذي الحجة 1446', None, 'asserted',
  'استهدف كنيسة مار إلياس في حي الدويلعة بالعاصمة السورية دمشق، مساء أمس (الأحد) 26 ذي الحجة 1446')
E('killing/casualties', None, MAR, '2025-06-22', YEST3, None, 'asserted', 'أسفر عن سقوط عشرات الضحايا بين قتيل وجريح')
E('statement', SMFA, None, None, None, None, 'asserted',
  'أكدت الوزارة في بيان رفض المملكة القاطع "لاستهداف دور العبادة وترويع الآمنين وسفك دماء الأبرياء"')
E('killing/casualties', None, MAR, None, None, SMOH3, 'reported',
  'ارتفاع حصيلة التفجير إلى 25 قتيلاً و63 مصاباً، بينهم ثلاثة أطفال')
E('other', None, 'Al-Mujtahid Hospital and private hospitals, Damascus', None, None, SMOH3, 'reported',
  'نقلوا إلى مستشفى المجتهد ومستشفيات خاصة في العاصمة')
E('other', 'Islamic State suicide bomber', MAR, None, None, SMOI3, 'reported',
  'انتحارياً ينتمي إلى تنظيم "داعش" دخل الكنيسة خلال القداس وأطلق النار على المصلين')
E('explosion', 'Islamic State suicide bomber', MAR, None, None, SMOI3, 'reported', 'يفجر نفسه بحزام ناسف')
E('other', 'Syrian security services', None, None, None, BABA, 'reported',
  'الأجهزة الأمنية ألقت القبض على شخصين يشتبه في تورطهما بتسهيل الهجوم')
E('other', 'the attacker', MAR, None, None, HAD, 'reported', 'فات واحد وصار يقوص علينا')
E('explosion', None, MAR, None, None, HAD, 'reported', 'صار الانفجار')
E('statement', JOHN, None, None, None, None, 'asserted',
  'أدان بطريرك أنطاكية وسائر المشرق للروم الأرثوذكس يوحنا العاشر الهجوم')
E('accusation', JOHN, None, None, None, None, 'asserted',
  'محملاً الحكومة السورية "المسؤولية الكاملة" عن حماية دور العبادة')
E('statement', PED, None, None, None, None, 'asserted',
  'دعا المبعوث الأممي إلى سوريا غير بيدرسن إلى إجراء تحقيق كامل ومحاسبة المسؤولين عن "الجريمة النكراء"')
E('visit/inspection', KAB, MAR, '2025-06-23', 'صباح اليوم', None, 'asserted',
  'زارت وزيرة الشؤون الاجتماعية والعمل هند قبوات الكنيسة صباح اليوم')
E('other', KAB, MAR, '2025-06-23', 'صباح اليوم (same sentence)', None, 'asserted', 'التقت عدداً من ذوي الضحايا')
E('other', 'Government of Syria', None, None, None, KAB, 'planned', 'الحكومة ستتكفل بعلاج جميع المصابين')
E('statement', 'Jordan, UAE, Qatar and Lebanon', None, None, None, None, 'asserted',
  'دانت كل من الأردن والإمارات وقطر ولبنان الهجوم')

N('25', 'people', 'killed (headline)', 'exact', '25 قتيلا', 0)
N('63', 'people', 'injured (headline)', 'exact', '63 مصابا', 0)
N(None, 'people', 'casualties, dead and injured', 'vague', 'عشرات الضحايا')
N('25', 'people', 'killed', 'exact', '25 قتيلاً')
N('63', 'people', 'injured', 'exact', '63 مصاباً')
N('3', 'people', 'children among the casualties', 'exact', 'ثلاثة أطفال')
N('2', 'people', 'suspects arrested', 'exact', 'شخصين')
N(None, 'people', "victims' relatives the minister met", 'vague', 'عدداً من ذوي الضحايا')
N('2', 'months', 'time since the clashes near Damascus', 'approx', 'نحو شهرين')

D('أمس', '2025-06-22', 'relative')
D('الأحد', '2025-06-22', 'weekday')
D('26 ذي الحجة 1446', '2025-06-22', 'absolute')
D('اليوم', '2025-06-23', 'relative')
D('ديسمبر الماضي', '2024-12', 'absolute')

A(SMFA, 'أكدت', False, 'رفض المملكة القاطع "لاستهداف دور العبادة وترويع الآمنين وسفك دماء الأبرياء"')
A(SMOH3, 'أعلنت', False, 'ارتفاع حصيلة التفجير إلى 25 قتيلاً و63 مصاباً، بينهم ثلاثة أطفال، نقلوا إلى مستشفى المجتهد '
  'ومستشفيات خاصة في العاصمة')
A(SMOI3, 'أوضحت', False, 'انتحارياً ينتمي إلى تنظيم "داعش" دخل الكنيسة خلال القداس وأطلق النار على المصلين قبل أن يفجر '
  'نفسه بحزام ناسف')
A(BABA, 'نقلت', False, 'الأجهزة الأمنية ألقت القبض على شخصين يشتبه في تورطهما بتسهيل الهجوم')
A(HAD, 'قال', True, 'كنا عم نصلي، فجأة فات واحد وصار يقوص علينا، وبعدين صار الانفجار.. ما عاد شفت شي غير الدخان والدم')
A(JOHN, 'محملاً', False, 'الحكومة السورية "المسؤولية الكاملة" عن حماية دور العبادة')
A(PED, 'دعا', False, 'إجراء تحقيق كامل ومحاسبة المسؤولين عن "الجريمة النكراء"')
A(KAB, 'مؤكدة', False, 'الحكومة ستتكفل بعلاج جميع المصابين')

ENT('المملكة', 'LOC', 'Saudi Arabia')
ENT('كنيسة مار إلياس', 'LOC', 'Mar Elias Church (Damascus)')
ENT('دمشق', 'LOC', 'Damascus')
ENT('عكاظ', 'ORG', 'Okaz')
ENT('وزارة الخارجية', 'ORG', SMFA)
ENT('المملكة العربية السعودية', 'LOC', 'Saudi Arabia')
ENT('الدويلعة', 'LOC', 'Dweila (Damascus)')
ENT('الوزارة', 'ORG', SMFA)
ENT('وزارة الصحة السورية', 'ORG', SMOH3)
ENT('مستشفى المجتهد', 'LOC', 'Al-Mujtahid Hospital (Damascus)')
ENT('وزارة الداخلية السورية', 'ORG', SMOI3)
ENT('داعش', 'ORG', 'Islamic State')
ENT('الوكالة العربية السورية للأنباء', 'ORG', 'Syrian Arab News Agency (SANA)')
ENT('سانا', 'ORG', 'Syrian Arab News Agency (SANA)')
ENT('وزارة الداخلية', 'ORG', SMOI3)
ENT('نور الدين البابا', 'PER', 'Noureddine al-Baba')
ENT('إلياس حداد', 'PER', 'Elias Haddad')
ENT('أنطاكية', 'LOC', 'Antioch')
ENT('للروم الأرثوذكس', 'ORG', 'Greek Orthodox Church of Antioch')
ENT('يوحنا العاشر', 'PER', JOHN)
ENT('الحكومة السورية', 'ORG', 'Government of Syria')
ENT('سوريا', 'LOC', 'Syria')
ENT('غير بيدرسن', 'PER', PED)
ENT('هند قبوات', 'PER', KAB)
ENT('الأردن', 'LOC', 'Jordan')
ENT('الإمارات', 'LOC', 'United Arab Emirates')
ENT('قطر', 'LOC', 'Qatar')
ENT('لبنان', 'LOC', 'Lebanon')
ENT('بشار الأسد', 'PER', 'Bashar al-Assad')

F('the attack (Saudi wording: terrorist)', 'للهجوم الإرهابي')
F('the attack', 'الهجوم')
F('the bombing', 'التفجير الإرهابي')
F('the bombing', 'التفجير')
F('the attacker', 'انتحارياً')
F('the victims', 'الضحايا')
F('the attack (UN envoy wording: heinous crime)', 'الجريمة النكراء')
F('terrorism', 'الإرهاب')
finish_article('h03')

# ---------------------------------------------------------------------------------------------- description
UNCERTAIN = [
    'Event dates: an event is dated only when a temporal expression in the text dates the event itself; tolls that '
    'rise over several days ("ارتفعت حصيلة", "قُتل 37 شخصاً ... في اشتباكات اندلعت منذ صباح أمس") are undated, the '
    'outbreak of the fire or clashes carries the date. Month-only and year-only expressions never date an event.',
]

description = {
    'summary': 'Twenty-fourth gold set (BLIND: never tuned on; nobody reads its misses): six Arabic news articles '
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
