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

# ---------------------------------------------------------------------------------------------- h04
FN = 'f04_genz212_protests.txt'
article('h04', FN, outlet('هسبريس', 'Hespress', 'hespress.com'), '2025-10-02',
        basis('2025-10-02', FN, 'Publication date 2025-10-02 (Thursday). Consistent with the text: the Lqliaa shooting '
              '"مساء أمس الأربعاء" = 2025-10-01, the protests began "منذ السبت 27 شتنبر" = 2025-09-27, the vandalism '
              '"مساء الثلاثاء" = 2025-09-30, Akhannouch\'s meeting "اليوم الخميس" = 2025-10-02, the next protests "مساء '
              'غد الجمعة" = 2025-10-03; Moroccan month names (شتنبر، دجنبر).'),
        'احتجاجات "جيل زد 212".. مقتل شخصين بالقليعة والداخلية تعلن توقيف 409 أشخاص')
LQ = 'Lqliaa (Inezgane-Aït Melloul)'
MMOI = 'Moroccan Ministry of Interior'
LOCAL = 'Moroccan local authorities'
RG = 'Royal Gendarmerie (Morocco)'
KHAL = 'Rachid El Khalfi (Moroccan interior ministry spokesman)'
GZ = 'GenZ 212'
SALMA = 'Salma (student protester, Casablanca)'
AKH = 'Aziz Akhannouch'
AMDH = 'Moroccan Association for Human Rights (AMDH)'
WIT = 'eyewitnesses'
PP4 = 'Public Prosecution (Morocco)'
YEST4 = 'مساء أمس الأربعاء (same sentence)'
E('killing/casualties', None, LQ, None, None, None, 'asserted', 'مقتل شخصين بالقليعة')
E('other', 'Moroccan security forces', 'Morocco', None, None, MMOI, 'reported', 'توقيف 409 أشخاص', 0)
E('killing/casualties', RG, LQ, '2025-10-01', 'مساء أمس الأربعاء', LOCAL, 'reported', 'لقي شخصان مصرعهما وأصيب آخرون')
E('other', RG, LQ, '2025-10-01', YEST4, LOCAL, 'reported', 'أطلق عناصر من الدرك الملكي النار على محتجين')
E('other', 'protesters', 'Royal Gendarmerie post, Lqliaa', '2025-10-01', YEST4, LOCAL, 'reported',
  'محتجين حاولوا اقتحام مركز للدرك بجماعة القليعة التابعة لعمالة إنزكان أيت ملول')
E('other', 'protesters', 'Royal Gendarmerie post, Lqliaa', None, None, LOCAL, 'reported',
  'مجموعة من الأشخاص حاولوا الاستيلاء على الذخيرة والأسلحة الوظيفية')
E('killing/casualties', None, 'Morocco (23 prefectures and provinces)', None, None, KHAL, 'reported',
  'أعمال الشغب التي شهدتها 23 عمالة وإقليما خلفت إصابة 263 عنصرا من القوات العمومية و23 مدنيا')
E('other', 'rioters', 'Morocco', None, None, KHAL, 'reported', 'إضرام النار في 142 سيارة تابعة للأمن و20 سيارة خاصة')
E('other', 'Moroccan security forces', 'Morocco', None, None, KHAL, 'reported', 'تم توقيف 409 أشخاص')
E('other', GZ, 'Morocco', '2025-09-27', 'منذ السبت 27 شتنبر', None, 'asserted',
  'تنظم حركة "جيل زد 212" احتجاجاتها عبر منصة "ديسكورد" منذ السبت 27 شتنبر')
E('killing/casualties', None, 'Hassan II Hospital, Agadir', None, None, None, 'asserted',
  'وفاة ثماني نساء حوامل بمستشفى الحسن الثاني بأكادير')
E('statement', GZ, None, None, None, None, 'asserted',
  'كتبت الحركة على حسابها: "لا نريد ملاعب كأس العالم، نريد مستشفيات"')
E('other', SALMA, 'Casablanca', None, None, None, 'asserted', 'شاركت في وقفة بالدار البيضاء')
E('statement', SALMA, 'Casablanca', None, None, None, 'asserted',
  'قالت سلمى، طالبة في العشرين من عمرها شاركت في وقفة بالدار البيضاء، لهسبريس: "حنا ما جيناش نخربو، جينا نطالبو '
  'بسبيطار مزيان وقراية ديال بصح"')
E('other', 'Presidency of the Majority (Moroccan government coalition)', None, '2025-10-02', 'اليوم الخميس', None,
  'asserted', 'اجتماع هيئة رئاسة الأغلبية اليوم الخميس')
E('statement', AKH, None, None, 'اليوم الخميس dates the meeting', None, 'asserted',
  'أكد رئيس الحكومة عزيز أخنوش، عقب اجتماع هيئة رئاسة الأغلبية اليوم الخميس، استعداد الحكومة "للحوار والنقاش داخل '
  'المؤسسات والفضاءات العمومية"')
E('statement', AKH, None, None, None, None, 'asserted',
  'مشيرا إلى أن "الاستجابة للمطالب لا يمكن أن تتم بالعنف"')
E('accusation', AMDH, 'Rabat, Tangier and Oujda', None, None, None, 'asserted',
  'اتهمت الجمعية المغربية لحقوق الإنسان قوات الأمن بـ"الاستعمال المفرط للقوة" في تفريق وقفات سلمية بالرباط وطنجة ووجدة')
E('other', None, 'Ait Amira, Inezgane and Tiznit', '2025-09-30', 'مساء الثلاثاء', WIT, 'reported',
  'شهدت مدن أيت عميرة وإنزكان وتيزنيت مساء الثلاثاء أعمال تخريب طالت وكالات بنكية ومحلات تجارية')
E('other', PP4, 'Morocco', None, None, PP4, 'reported', 'متابعة 193 شخصا في حالة اعتقال')
E('other', 'GenZ 212 protesters', 'Morocco', '2025-10-03', 'مساء غد الجمعة', None, 'planned',
  'يخرج المحتجون مجددا مساء غد الجمعة في عدد من المدن')
E('other', 'Morocco', 'Morocco', None, 'في دجنبر المقبل — month only (December 2025)', None, 'planned',
  'تستعد فيه المملكة لاحتضان كأس الأمم الأفريقية في دجنبر المقبل')

N('2', 'people', 'killed in Lqliaa (headline)', 'exact', 'شخصين')
N('409', 'people', 'arrested (headline)', 'exact', '409 أشخاص', 0)
N('2', 'people', 'killed in Lqliaa', 'exact', 'شخصان')
N(None, 'people', 'injured in Lqliaa', 'vague', 'آخرون')
N('23', 'prefectures and provinces', 'prefectures and provinces hit by riots', 'exact', '23 عمالة وإقليما')
N('263', 'people', 'security force members injured', 'exact', '263 عنصرا')
N('23', 'people', 'civilians injured', 'exact', '23 مدنيا')
N('142', 'vehicles', 'security vehicles set on fire', 'exact', '142 سيارة')
N('20', 'vehicles', 'private cars set on fire', 'exact', '20 سيارة')
N('409', 'people', 'arrested', 'exact', '409 أشخاص', 1)
N('8', 'people', 'pregnant women who died at Hassan II Hospital, Agadir', 'exact', 'ثماني نساء')
N('20', 'years', 'age of Salma', 'exact', 'العشرين من عمرها')
N('193', 'people', 'people prosecuted in detention', 'exact', '193 شخصا')

D('أمس', '2025-10-01', 'relative')
D('الأربعاء', '2025-10-01', 'weekday')
D('السبت', '2025-09-27', 'weekday')
D('27 شتنبر', '2025-09-27', 'absolute')
D('اليوم', '2025-10-02', 'relative')
D('الخميس', '2025-10-02', 'weekday')
D('الثلاثاء', '2025-09-30', 'weekday')
D('غد', '2025-10-03', 'relative')
D('الجمعة', '2025-10-03', 'relative')
D('دجنبر المقبل', '2025-12', 'absolute')

A(MMOI, 'تعلن', False, 'توقيف 409 أشخاص', 0)
A(LOCAL, 'وفق', False, 'لقي شخصان مصرعهما وأصيب آخرون، مساء أمس الأربعاء، بعدما أطلق عناصر من الدرك الملكي النار على '
  'محتجين حاولوا اقتحام مركز للدرك بجماعة القليعة التابعة لعمالة إنزكان أيت ملول')
A(LOCAL, 'أوضحت', False, '"مجموعة من الأشخاص حاولوا الاستيلاء على الذخيرة والأسلحة الوظيفية"، ما اضطر عناصر الدرك إلى '
  '"استعمال أسلحتهم في إطار الدفاع الشرعي"')
A(KHAL, 'أفاد', False, 'أعمال الشغب التي شهدتها 23 عمالة وإقليما خلفت إصابة 263 عنصرا من القوات العمومية و23 مدنيا، فضلا '
  'عن إضرام النار في 142 سيارة تابعة للأمن و20 سيارة خاصة')
A(KHAL, 'مضيفا', False, 'أنه تم توقيف 409 أشخاص')
A(GZ, 'كتبت', True, 'لا نريد ملاعب كأس العالم، نريد مستشفيات')
A(SALMA, 'قالت', True, 'حنا ما جيناش نخربو، جينا نطالبو بسبيطار مزيان وقراية ديال بصح')
A(AKH, 'أكد', False, 'استعداد الحكومة "للحوار والنقاش داخل المؤسسات والفضاءات العمومية"')
A(AKH, 'مشيرا', True, 'الاستجابة للمطالب لا يمكن أن تتم بالعنف')
A(AMDH, 'اتهمت', False, 'قوات الأمن بـ"الاستعمال المفرط للقوة" في تفريق وقفات سلمية بالرباط وطنجة ووجدة')
A(WIT, 'حسب', False, 'شهدت مدن أيت عميرة وإنزكان وتيزنيت مساء الثلاثاء أعمال تخريب طالت وكالات بنكية ومحلات تجارية')
A(PP4, 'أعلنت', False, 'متابعة 193 شخصا في حالة اعتقال')

ENT('جيل زد 212', 'ORG', GZ)
ENT('القليعة', 'LOC', 'Lqliaa')
ENT('الداخلية', 'ORG', MMOI)
ENT('الرباط', 'LOC', 'Rabat')
ENT('هسبريس', 'ORG', 'Hespress')
ENT('الدرك الملكي', 'ORG', RG)
ENT('للدرك', 'ORG', RG)
ENT('إنزكان أيت ملول', 'LOC', 'Inezgane-Aït Melloul')
ENT('الدرك', 'ORG', RG)
ENT('وزارة الداخلية', 'ORG', MMOI)
ENT('رشيد الخلفي', 'PER', 'Rachid El Khalfi')
ENT('ديسكورد', 'MISC', 'Discord')
ENT('مستشفى الحسن الثاني', 'LOC', 'Hassan II Hospital (Agadir)')
ENT('أكادير', 'LOC', 'Agadir')
ENT('الحركة', 'ORG', GZ)
ENT('كأس العالم', 'MISC', 'FIFA World Cup')
ENT('سلمى', 'PER', 'Salma')
ENT('الدار البيضاء', 'LOC', 'Casablanca')
ENT('عزيز أخنوش', 'PER', AKH)
ENT('هيئة رئاسة الأغلبية', 'ORG', 'Presidency of the Majority (Moroccan government coalition)')
ENT('الجمعية المغربية لحقوق الإنسان', 'ORG', AMDH)
ENT('طنجة', 'LOC', 'Tangier')
ENT('وجدة', 'LOC', 'Oujda')
ENT('أيت عميرة', 'LOC', 'Aït Amira')
ENT('إنزكان', 'LOC', 'Inezgane')
ENT('تيزنيت', 'LOC', 'Tiznit')
ENT('النيابة العامة', 'ORG', PP4)
ENT('المملكة', 'LOC', 'Morocco')
ENT('كأس الأمم الأفريقية', 'MISC', 'Africa Cup of Nations')

F('the protesters', 'محتجين')
F('the protesters', 'المحتجون')
F('the unrest (ministry wording: riots)', 'أعمال الشغب')
F('the shooting (authorities wording: legitimate self-defence)', 'الدفاع الشرعي')
F('the unrest (vandalism)', 'أعمال تخريب')
F('the police response (AMDH wording: excessive force)', 'الاستعمال المفرط للقوة')
F('the protests (AMDH wording: peaceful sit-ins)', 'وقفات سلمية')
F('the detainees', 'المعتقلين')
finish_article('h04')

# ---------------------------------------------------------------------------------------------- h05
FN = 'f05_shahid_rajaee_explosion.txt'
article('h05', FN, outlet('الأخبار', 'Al-Akhbar', 'al-akhbar.com'), '2025-04-28',
        basis('2025-04-28', FN, 'Publication date 2025-04-28 (Monday). Consistent with the text: the explosion "ظهر '
              'السبت الماضي" = "26 نيسان/أبريل" = 2025-04-26, Pezeshkian\'s visit "أمس الأحد" = 2025-04-27, the toll '
              '"صباح اليوم" and the national mourning "اليوم الاثنين" = 2025-04-28.'),
        'انفجار «الشهيد رجائي»: 57 قتيلاً وأكثر من 1200 جريح.. وبزشكيان يتفقد بندر عباس')
SRP = 'Shahid Rajaee Port (Bandar Abbas)'
HZ = 'Mehrdad Hassanzadeh (Hormozgan crisis management director)'
MOHA = 'Fatemeh Mohajerani (Iranian government spokeswoman)'
PEZ = 'Masoud Pezeshkian'
AUTH5 = 'Iranian authorities'
KARI = 'Reza Karimi (truck driver) (via IRNA)'
TAL = 'Reza Talaei-Nik (Iranian defence ministry spokesman)'
YEST5 = 'أمس الأحد (same sentence)'
E('explosion', None, SRP, None, None, None, 'asserted', 'انفجار «الشهيد رجائي»')
E('killing/casualties', None, SRP, None, None, None, 'asserted', '57 قتيلاً وأكثر من 1200 جريح', 0)
E('visit/inspection', PEZ, 'Bandar Abbas', None, None, None, 'asserted', 'بزشكيان يتفقد بندر عباس')
E('killing/casualties', None, SRP, None, 'ظهر السبت الماضي dates the explosion; the toll is as of the report', HZ,
  'reported', 'ارتفعت حصيلة الانفجار الذي هزّ ميناء الشهيد رجائي قرب مدينة بندر عباس، جنوبي إيران، ظهر السبت الماضي، '
  'إلى 57 قتيلاً وأكثر من 1200 جريح')
E('explosion', None, SRP, '2025-04-26', 'ظهر السبت الماضي', HZ, 'reported',
  'الانفجار الذي هزّ ميناء الشهيد رجائي قرب مدينة بندر عباس، جنوبي إيران، ظهر السبت الماضي')
E('explosion', None, SRP, None, None, MOHA, 'reported', 'الانفجار نجم عن سوء تخزين مواد كيميائية في إحدى الحاويات')
E('statement', MOHA, None, None, None, None, 'asserted', 'مؤكدة أنه «لا مؤشر حتى الآن على عمل تخريبي»')
E('visit/inspection', PEZ, SRP, '2025-04-27', 'أمس الأحد', None, 'asserted',
  'تفقّد الرئيس الإيراني مسعود بزشكيان، أمس الأحد، موقع الانفجار')
E('visit/inspection', PEZ, 'Shahid Mohammadi Hospital, Bandar Abbas', '2025-04-27', YEST5, None, 'asserted',
  'زار عدداً من الجرحى في مستشفى شهيد محمدي في بندر عباس')
E('other', 'Government of Iran', 'Iran', '2025-04-28', 'اليوم الاثنين', None, 'asserted',
  'أعلنت الحكومة الحداد العام في البلاد اليوم الاثنين')
E('other', 'firefighters (with Army and IRGC helicopters)', SRP, None, None, AUTH5, 'reported',
  'فرق الإطفاء تمكنت من السيطرة على نحو 80% من الحريق')
E('other', None, SRP, None, None, None, 'asserted', 'لا تزال ألسنة اللهب تتصاعد من عدد من الحاويات')
E('other', None, SRP, None, None, KARI, 'reported', 'تحطم زجاج الشاحنة فوق رأسي')
E('statement', TAL, None, None, None, None, 'asserted',
  'نفى المتحدث باسم وزارة الدفاع الإيرانية، رضا طلائي نيك، تقارير إعلامية غربية تحدثت عن وجود شحنات من مادة '
  '«بيركلورات الصوديوم» المستخدمة في وقود الصواريخ داخل الحاويات')
E('other', AUTH5, 'Bandar Abbas', None, None, None, 'asserted',
  'أمرت السلطات بإغلاق المدارس والدوائر الرسمية في بندر عباس يومين')
E('statement', AUTH5, 'Bandar Abbas', None, None, None, 'asserted',
  'دعت السكان إلى البقاء في منازلهم وارتداء الكمامات بسبب تلوث الهواء')
E('displacement', None, SRP, None, None, None, 'asserted', 'تم إجلاء العاملين من الأرصفة المجاورة')
E('other', 'Iran and the United States', 'Muscat', '2025-04-26', 'في 26 نيسان/أبريل', None, 'asserted',
  'انطلاق الجولة الثالثة من المفاوضات غير المباشرة بين طهران وواشنطن في مسقط')

N('57', 'people', 'killed (headline)', 'exact', '57 قتيلاً', 0)
N('1200', 'people', 'injured (headline)', 'more than', 'أكثر من 1200 جريح', 0)
N('57', 'people', 'killed', 'exact', '57 قتيلاً', 1)
N('1200', 'people', 'injured', 'more than', 'أكثر من 1200 جريح', 1)
N(None, 'people', 'injured visited by Pezeshkian', 'vague', 'عدداً من الجرحى')
N('80', 'percent', 'share of the fire brought under control', 'approx', 'نحو 80%')
N('30', 'hours', 'firefighting time before 80% control', 'more than', 'أكثر من 30 ساعة')
N('1', 'kilometres', 'distance of Reza Karimi from the blast', 'approx', 'نحو كيلومتر واحد')
N('2', 'days', 'closure of schools and offices in Bandar Abbas', 'exact', 'يومين')
N('85', 'percent', "share of Iran's container traffic passing through the port", 'approx', 'نحو 85%')

D('السبت الماضي', '2025-04-26', 'relative')
D('اليوم', '2025-04-28', 'relative', 0)
D('حتى الآن', None, 'vague')
D('أمس', '2025-04-27', 'relative')
D('الأحد', '2025-04-27', 'weekday')
D('اليوم', '2025-04-28', 'relative', 1)
D('الاثنين', '2025-04-28', 'weekday')
D('26 نيسان/أبريل', '2025-04-26', 'absolute')

A(HZ, 'وفق', False, 'ارتفعت حصيلة الانفجار الذي هزّ ميناء الشهيد رجائي قرب مدينة بندر عباس، جنوبي إيران، ظهر السبت '
  'الماضي، إلى 57 قتيلاً وأكثر من 1200 جريح')
A(MOHA, 'قالت', True, 'المعطيات الأولية تشير إلى أن الانفجار نجم عن سوء تخزين مواد كيميائية في إحدى الحاويات')
A(MOHA, 'مؤكدة', False, 'أنه «لا مؤشر حتى الآن على عمل تخريبي»')
A(AUTH5, 'أفادت', False, 'فرق الإطفاء تمكنت من السيطرة على نحو 80% من الحريق بعد أكثر من 30 ساعة من العمل المتواصل، '
  'بمشاركة مروحيات تابعة للجيش والحرس الثوري')
A(KARI, 'نقلت', False, 'إنه كان على بعد نحو كيلومتر واحد من مكان الانفجار')
A(KARI, 'مضيفاً', True, 'شعرت كأن الأرض انقلبت، وتحطم زجاج الشاحنة فوق رأسي')
A(TAL, 'نفى', False, 'تقارير إعلامية غربية تحدثت عن وجود شحنات من مادة «بيركلورات الصوديوم» المستخدمة في وقود الصواريخ '
  'داخل الحاويات')
A(TAL, 'واصفاً', False, 'أنها «أكاذيب تهدف إلى بث الذعر»')
A(AUTH5, 'دعت', False, 'البقاء في منازلهم وارتداء الكمامات بسبب تلوث الهواء')

ENT('الشهيد رجائي', 'LOC', 'Shahid Rajaee Port')
ENT('بزشكيان', 'PER', PEZ)
ENT('بندر عباس', 'LOC', 'Bandar Abbas')
ENT('طهران', 'LOC', 'Tehran')
ENT('الأخبار', 'ORG', 'Al-Akhbar (Lebanon)')
ENT('إيران', 'LOC', 'Iran')
ENT('هرمزغان', 'LOC', 'Hormozgan')
ENT('مهرداد حسن زاده', 'PER', 'Mehrdad Hassanzadeh')
ENT('الحكومة الإيرانية', 'ORG', 'Government of Iran')
ENT('فاطمة مهاجراني', 'PER', 'Fatemeh Mohajerani')
ENT('مسعود بزشكيان', 'PER', PEZ)
ENT('مستشفى شهيد محمدي', 'LOC', 'Shahid Mohammadi Hospital (Bandar Abbas)')
ENT('للجيش', 'ORG', 'Islamic Republic of Iran Army')
ENT('الحرس الثوري', 'ORG', 'Islamic Revolutionary Guard Corps')
ENT('إرنا', 'ORG', 'Islamic Republic News Agency (IRNA)')
ENT('رضا كريمي', 'PER', 'Reza Karimi')
ENT('وزارة الدفاع الإيرانية', 'ORG', 'Iranian Ministry of Defense')
ENT('رضا طلائي نيك', 'PER', 'Reza Talaei-Nik')
ENT('واشنطن', 'LOC', 'Washington, D.C.')
ENT('مسقط', 'LOC', 'Muscat')

F('the explosion', 'الانفجار')
F('the fire', 'الحريق')
F('sabotage (ruled out by the government)', 'عمل تخريبي')
F('negligence', 'تقصيره')
F('the Western reports (defence ministry wording: lies)', 'أكاذيب')
F('the injured', 'الجرحى')
finish_article('h05')

# ---------------------------------------------------------------------------------------------- h06
FN = 'f06_iraq_election.txt'
article('h06', FN, outlet('اندبندنت عربية', 'Independent Arabia', 'independentarabia.com'), '2025-11-12',
        basis('2025-11-12', FN, 'Publication date 2025-11-12 (Wednesday). Consistent with the text: the turnout '
              'announcement "مساء أمس الثلاثاء" = 2025-11-11 (election day), the special vote "الأحد الماضي" = '
              '2025-11-09.'),
        'العراق.. المشاركة في الانتخابات التشريعية تبلغ 56.11% وائتلاف السوداني يتصدر في بغداد')
IHEC = 'Independent High Electoral Commission (IHEC)'
GHAL = 'Jumana al-Ghalai (IHEC spokeswoman)'
SUD6 = 'Mohammed Shia al-Sudani'
RDC = 'Reconstruction and Development Coalition'
RTR = 'two IHEC sources (via Reuters)'
SNM = 'National Shia Movement (Sadrist Movement)'
SADR = 'Muqtada al-Sadr'
KDPO = 'a Kurdistan Democratic Party official'
PUK = 'Patriotic Union of Kurdistan'
ABUM = 'Abu Mustafa (retired civil servant, Karrada)'
SMC = 'Security Media Cell (Iraq)'
E('other', None, 'Iraq', None, None, None, 'asserted', 'المشاركة في الانتخابات التشريعية تبلغ 56.11%')
E('other', RDC, 'Baghdad', None, None, None, 'asserted', 'ائتلاف السوداني يتصدر في بغداد')
E('other', None, 'Iraq', None, 'مساء أمس الثلاثاء dates the announcement', IHEC, 'reported',
  'نسبة المشاركة في الانتخابات البرلمانية بلغت 56.11 في المئة')
E('other', 'Iraqi voters', 'Iraq', None, None, IHEC, 'reported', 'أدلى أكثر من 12 مليون ناخب بأصواتهم')
E('statement', GHAL, 'Baghdad', None, None, None, 'asserted',
  'قالت المتحدثة باسم المفوضية، جمانة الغلاي، في مؤتمر صحافي ببغداد، إن العملية "جرت بسلاسة ومن دون خروقات تذكر"')
E('other', IHEC, 'Iraq', None, 'خلال 24 ساعة (vague)', GHAL, 'planned',
  'النتائج الأولية للمحافظات الـ18 ستعلن "خلال 24 ساعة"')
E('other', 'security forces personnel and displaced people', 'Iraq', '2025-11-09', 'الأحد الماضي', None, 'asserted',
  'شارك نحو 1.3 مليون من منتسبي القوات الأمنية والنازحين في التصويت الخاص الذي جرى الأحد الماضي')
E('statement', SUD6, None, None, None, None, 'asserted',
  'كتب رئيس الوزراء محمد شياع السوداني، الذي يقود "ائتلاف الإعمار والتنمية"، على منصة "إكس": "نسبة المشاركة رسالة ثقة '
  'بالعملية الديمقراطية وبمستقبل العراق"')
E('other', RDC, 'Baghdad', None, None, RTR, 'reported', 'ائتلاف السوداني حل أولا في العاصمة بغداد')
E('other', SNM, 'Iraq', None, None, None, 'asserted', 'قاطع التيار الوطني الشيعي بزعامة مقتدى الصدر الانتخابات')
E('statement', SNM, None, None, None, None, 'asserted', 'دعا أنصاره إلى البقاء في منازلهم')
E('accusation', SADR, None, None, None, None, 'asserted',
  'اتهم الصدر في بيان "أحزاب الفساد" بـ"شراء الذمم" خلال الحملة الانتخابية')
E('other', 'Kurdistan Democratic Party', 'Kurdistan Region', None, None, KDPO, 'predicted',
  'حزبه "يتوقع الحصول على أكثر من 30 مقعدا"')
E('other', PUK, 'Sulaymaniyah and Halabja', None, None, PUK, 'reported', 'حقق "تقدما واضحا" في السليمانية وحلبجة')
E('statement', ABUM, 'Karrada, Baghdad', None, None, None, 'asserted',
  'قال أبو مصطفى، وهو موظف متقاعد في الستين من عمره من حي الكرادة: "انتخبت لأن أريد أولادي يشتغلون، بس ما عندي أمل كبير"')
E('explosion', None, 'Tarmiyah, north of Baghdad', None, None, SMC, 'reported',
  'انفجار عبوة ناسفة صغيرة قرب مدرسة تستخدم مركزا للاقتراع في قضاء الطارمية شمالي بغداد')
E('other', 'Iraqi security forces', 'Basra', None, None, None, 'asserted',
  'اعتقلت القوات الأمنية 4 أشخاص بتهمة شراء بطاقات ناخبين في البصرة')
E('other', None, 'Iraq', None, 'تشرين الأول/أكتوبر 2021 — month only', None, 'asserted',
  'نسبة المشاركة في انتخابات تشرين الأول/أكتوبر 2021 قد بلغت نحو 41 في المئة')

N('56.11', 'percent', 'voter turnout (headline)', 'exact', '56.11%')
N('56.11', 'percent', 'voter turnout', 'exact', '56.11 في المئة')
N('12000000', 'people', 'voters who cast ballots', 'more than', 'أكثر من 12 مليون ناخب')
N('21400000', 'people', 'eligible voters', 'exact', '21.4 مليون ناخب')
N('18', 'governorates', 'governorates whose preliminary results are due', 'exact', 'للمحافظات الـ18')
N('24', 'hours', 'time until the preliminary results', 'exact', '24 ساعة')
N('7700', 'people', 'candidates', 'more than', 'أكثر من 7700 مرشح')
N('329', 'seats', 'seats in the Council of Representatives', 'exact', '329 مقعدا')
N('83', 'seats', 'seats reserved for women', 'exact', '83 مقعدا')
N('9', 'seats', 'seats reserved for minorities', 'exact', '9 مقاعد')
N('1300000', 'people', 'security personnel and displaced people in the special vote', 'approx', 'نحو 1.3 مليون')
N('2', 'people', 'IHEC sources cited by Reuters', 'exact', 'مصدرين')
N('30', 'seats', 'seats the KDP expects to win', 'more than', 'أكثر من 30 مقعدا')
N('60', 'years', 'age of Abu Mustafa', 'exact', 'الستين من عمره')
N('4', 'people', 'arrested for buying voter cards in Basra', 'exact', '4 أشخاص')
N('41', 'percent', 'turnout in the 2021 election', 'approx', 'نحو 41 في المئة')

D('أمس', '2025-11-11', 'relative')
D('الثلاثاء', '2025-11-11', 'weekday')
D('خلال 24 ساعة', None, 'vague')
D('الأحد الماضي', '2025-11-09', 'relative')
D('تشرين الأول/أكتوبر 2021', '2021-10', 'absolute')
D('منذ عام 2005', None, 'vague')

A(IHEC, 'أعلنت', False, 'نسبة المشاركة في الانتخابات البرلمانية بلغت 56.11 في المئة، بعد أن أدلى أكثر من 12 مليون ناخب '
  'بأصواتهم من أصل 21.4 مليون ناخب يحق لهم التصويت')
A(GHAL, 'قالت', False, 'العملية "جرت بسلاسة ومن دون خروقات تذكر"')
A(GHAL, 'مشيرة', False, 'النتائج الأولية للمحافظات الـ18 ستعلن "خلال 24 ساعة"')
A(SUD6, 'كتب', True, 'نسبة المشاركة رسالة ثقة بالعملية الديمقراطية وبمستقبل العراق')
A(RTR, 'نقلت', False, 'ائتلاف السوداني حل أولا في العاصمة بغداد، من دون أن يحددا عدد المقاعد')
A(SNM, 'دعا', False, 'البقاء في منازلهم')
A(SADR, 'اتهم', False, '"أحزاب الفساد" بـ"شراء الذمم" خلال الحملة الانتخابية')
A(KDPO, 'قال', False, 'حزبه "يتوقع الحصول على أكثر من 30 مقعدا"')
A(PUK, 'أكد', False, 'أنه حقق "تقدما واضحا" في السليمانية وحلبجة')
A(ABUM, 'قال', True, 'انتخبت لأن أريد أولادي يشتغلون، بس ما عندي أمل كبير')
A(SMC, 'أعلنت', False, 'انفجار عبوة ناسفة صغيرة قرب مدرسة تستخدم مركزا للاقتراع في قضاء الطارمية شمالي بغداد، من دون '
  'تسجيل إصابات')

ENT('العراق', 'LOC', 'Iraq')
ENT('السوداني', 'PER', SUD6)
ENT('بغداد', 'LOC', 'Baghdad')
ENT('اندبندنت عربية', 'ORG', 'Independent Arabia')
ENT('المفوضية العليا المستقلة للانتخابات', 'ORG', IHEC)
ENT('المفوضية', 'ORG', IHEC)
ENT('جمانة الغلاي', 'PER', 'Jumana al-Ghalai')
ENT('مجلس النواب', 'ORG', 'Council of Representatives of Iraq')
ENT('محمد شياع السوداني', 'PER', SUD6)
ENT('ائتلاف الإعمار والتنمية', 'ORG', RDC)
ENT('إكس', 'MISC', 'X (formerly Twitter)')
ENT('رويترز', 'ORG', 'Reuters')
ENT('التيار الوطني الشيعي', 'ORG', SNM)
ENT('مقتدى الصدر', 'PER', SADR)
ENT('الصدر', 'PER', SADR)
ENT('أربيل', 'LOC', 'Erbil')
ENT('الحزب الديمقراطي الكردستاني', 'ORG', 'Kurdistan Democratic Party')
ENT('الاتحاد الوطني الكردستاني', 'ORG', PUK)
ENT('السليمانية', 'LOC', 'Sulaymaniyah')
ENT('حلبجة', 'LOC', 'Halabja')
ENT('أبو مصطفى', 'PER', 'Abu Mustafa')
ENT('الكرادة', 'LOC', 'Karrada')
ENT('خلية الإعلام الأمني', 'ORG', SMC)
ENT('الطارمية', 'LOC', 'Tarmiyah')
ENT('البصرة', 'LOC', 'Basra')

F('the election', 'الانتخابات')
F('the vote', 'الاقتراع')
F('the process (IHEC wording: smooth)', 'بسلاسة')
F('the rival parties (al-Sadr wording: parties of corruption)', 'أحزاب الفساد')
F('vote-buying (al-Sadr wording)', 'شراء الذمم')
F('the turnout (al-Sudani wording: a message of trust)', 'رسالة ثقة')
finish_article('h06')

# ---------------------------------------------------------------------------------------------- description
UNCERTAIN = [
    'Event dates: an event is dated only when a temporal expression in the text dates the event itself. Tolls that '
    'rise over days ("ارتفعت حصيلة ...", "قُتل 37 شخصاً ... في اشتباكات اندلعت منذ صباح أمس") are undated and the '
    'outbreak of the fire, clashes or explosion carries the date; a statement made after a dated meeting is undated '
    '(Akhannouch, h04). "منذ السبت 27 شتنبر" dates the start of the GenZ 212 protests (as set 13 dates "منذ الأربعاء '
    'الماضي"). Month-only and year-only expressions never date an event.',
    'Dates: "أمس الأحد" is two rows (أمس relative, الأحد weekday) plus the absolute date when one follows ("13 من '
    'تموز", "26 ذي الحجة 1446"); the future weekday in "مساء غد الجمعة" is relative (as heldout18 does), the dialect '
    '"من مبارح" is relative (since yesterday, like set 13\'s "من شهرين"), "قبل أسبوع واحد" is the ISO week '
    '(2025-W28), "خلال 48 ساعة"/"خلال 24 ساعة" are vague (and their numerals are number rows), "نيسان وأيار الماضيين" '
    'is two month rows (نيسان, أيار الماضيين), "عام 2023" and "منذ عام 2005" are vague. Hijri 26 ذي الحجة 1446 = '
    '2025-06-22 (Umm al-Qura).',
    'Relays: "نقل مراسل عنب بلدي عن مصدر محلي" -> "a local source in al-Mazraa (via Enab Baladi)"; "قال الجيش '
    'الإسرائيلي ... وفق ما نقلته إذاعة الجيش" is one attribution (verb قال) with the speaker "IDF (via Army Radio)"; '
    '"نقلت سانا عن المتحدث ... قوله إن" and "نقلت وكالة إرنا عن سائق ... قوله إنه" are relays with verb نقلت. '
    'When a marker (بحسب، وفق، حسب) qualifies a sentence that also reports the main event (the Kut fire, the port '
    'explosion, the Lqliaa shooting), every event of that sentence is "reported" with the marker\'s source.',
    'Attributions: announcements, confirmations and denials of a nominal (أعلنت ... بدء نشر، تعلن توقيف، أكدت ... رفض '
    'المملكة، أكد ... استعداد الحكومة، نفى ... تقارير) are attributions of that nominal; "اتهم X Y بـ..." and "محملاً '
    'X المسؤولية" span object + content (mixed quote -> direct_quote false); finite calls (دعا، دعت) are statements and '
    'attributions, participial calls and demands (داعياً، مطالباً، مطالبة، داعية، متعهداً) are neither. Condemnations '
    'with no content clause (تدين، أعربت عن إدانة، أدان، دانت) are statements without attribution.',
    'Event typing: clashes, kidnappings, deployments, the fire itself, rescue, transfers of casualties and bodies, '
    'mourning declarations (performative, no attribution), lawsuits, committees, arrests and prosecutions, gatherings, '
    'boycotts, turnout and results, the attempted storming of the gendarmerie post, the gendarmes opening fire and the '
    'gunman shooting worshippers are "other"; missing persons are killing/casualties (as heldout17-21); the suicide '
    'bombing and the port blast are "explosion", the Israeli strike on tanks and the mortar fire are '
    'airstrike/shelling; evacuation of the docks and families fleeing are displacement; dialect quotes of witnesses '
    'are statement rows (plus an event row when the quote reports a concrete event: "صار الانفجار", "تحطم زجاج '
    'الشاحنة"). Background nominal mentions ("منذ سقوط النظام السابق", "حريق مستشفى ابن الخطيب") are not rows; the '
    'KDP seat expectation is predicted, the next GenZ protest and the AFCON hosting are planned.',
    'Entities: classifiers outside (حي، مدينة، بلدة، محافظة، عمالة، جماعة، قضاء، ميناء، منصة، وكالة before a quoted '
    'name, حركة before "جيل زد 212"), titles outside (الشيخ، الرئيس، وزير...), names inside titles listed (مجلس '
    'الوزراء، أنطاكية، للروم الأرثوذكس). Facility and body names kept whole (هايبر ماركت الكورنيش، مستشفى الزهراء '
    'التعليمي، قيادة شرطة واسط، مجلس محافظة واسط، إذاعة الجيش الإسرائيلي — here إذاعة is part of the name "Army '
    'Radio" and is kept, hiding الجيش الإسرائيلي). ل fused with the article gives the whole token (للسومرية نيوز، '
    'للدرك، للجيش، للروم الأرثوذكس). "الحكومة السورية"/"الحكومة الإيرانية" are ORG, bare "الحكومة" is not; '
    '"المملكة" is Saudi Arabia in Okaz and Morocco in Hespress; الطائفة الدرزية / الدروز are MISC Druze; Bedouin '
    '(البدو، بدوية) and generic forces (قوات الأمن، القوات الأمنية، القوات العمومية، الأجهزة الأمنية) are not '
    'entities; "طريق دمشق - السويداء" is two places, not a road entity.',
    'Numbers: singular victims are rows ("ابن عمه"); "آخرون" (unspecified injured) is a vague people row; ages in '
    'years; "للمحافظات الـ18" keeps the fused ل because "المحافظات" is not a substring of the text; "أسبوع واحد" is a '
    'number (1 week) as well as part of the date "قبل أسبوع واحد". Ordinals (الطابق الثاني، الجولة الثالثة) are not '
    'numbers.',
]

description = {
    'summary': 'Twenty-fourth gold set (BLIND: never tuned on; nobody reads its misses): six Arabic news articles '
               'written for this set in the style of real outlets of six countries (Enab Baladi on the July 2025 '
               'Druze-Bedouin clashes in Suwayda and the government deployment, with a Levantine quote; Al Sumaria on '
               'the Kut hypermarket fire, with an Iraqi colloquial quote; Okaz on the Mar Elias church bombing in '
               'Damascus and the Saudi condemnation, with a Hijri date and a Levantine survivor quote; Hespress on the '
               'GenZ 212 protests and the Lqliaa shooting, with Moroccan month names and a Darija quote; Al-Akhbar on '
               'the Shahid Rajaee port explosion near Bandar Abbas; Independent Arabia on turnout in the November 2025 '
               'Iraqi parliamentary election), annotated by hand without looking at the extractors. Same format and '
               'conventions as ../shared/dev-set/seeds_gold.json and tests/heldout12-13. Files are f01..f06, gold '
               'keys h01..h06. "file" is relative to tests/. Offsets are Python str indices into '
               'open(path, encoding="utf-8").read().',
    'uncertain_points': UNCERTAIN,
    'files': FILES,
    'counts': _GOLD.counts(),
}

if __name__ == '__main__':
    write_set(_GOLD, HERE, description)
