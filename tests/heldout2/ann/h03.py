from annlib import E, N, A, D

FILE = 'heldout2/texts/k03_iraq.txt'
OUTLET = {'name_ar': 'السومرية نيوز', 'name_en': 'Alsumaria News', 'domain': 'alsumaria.tv'}
PUBLISHED = '2019-11-29'
PUBLISHED_BASIS = ('Written for this set; publication date 2019-11-29 (sidecar k03_iraq.yml). Consistent with the text: '
                   '"اليوم الجمعة" (2019-11-29 was a Friday), the Nasiriyah clashes "أمس الخميس" = 2019-11-28 and '
                   'Abdul-Mahdi\'s resignation announcement after the Friday sermon. Dateline "السومرية نيوز/ بغداد".')
HAS_TITLE = True

AAM = 'Adil Abdul-Mahdi'
COR = 'Alsumaria News correspondent in Dhi Qar'
HCHR = 'Iraqi High Commission for Human Rights'
NAS = 'Nasiriyah'

EVENTS = [
    E('other', AAM, None, 'عزمه تقديم استقالته', mod='planned', attr=AAM),
    E('killing/casualties', None, NAS, 'حصيلة ضحايا الناصرية ترتفع إلى 32 قتيلاً'),
    E('other', AAM, None, 'سيقدم إلى مجلس النواب طلب استقالته من رئاسة الحكومة', mod='planned', attr=AAM,
      basis='اليوم الجمعة — dates the announcement (2019-11-29), not the resignation'),
    E('other', AAM, None, 'سأرفع إلى مجلس النواب الموقر الكتاب الرسمي بطلب الاستقالة من رئاسة الحكومة الحالية',
      mod='planned', attr=AAM),
    E('statement', AAM, None, 'مضيفاً أن الحكومة بذلت كل جهدها للاستجابة لمطالب المتظاهرين وتقديم حزم الإصلاح'),
    E('killing/casualties', None, NAS,
      'حصيلة ضحايا المواجهات التي شهدتها مدينة الناصرية أمس الخميس ارتفعت إلى 32 قتيلاً وأكثر من 225 جريحاً',
      mod='reported', attr='medical source in Dhi Qar', date='2019-11-28', basis='أمس الخميس'),
    E('killing/casualties', None, 'Al-Hussein Teaching Hospital, Nasiriyah',
      'وفاة عدد من المصابين في مستشفى الحسين التعليمي متأثرين بجراحهم', mod='reported', attr='medical source in Dhi Qar'),
    E('other', 'Iraqi security forces', 'Al-Zaytoun and Al-Nasr bridges, Nasiriyah',
      'قوات الأمن أطلقت الرصاص الحي على المتظاهرين قرب جسري الزيتون والنصر وسط المدينة', mod='reported', attr=COR),
    E('other', 'protesters', 'Dhi Qar police command headquarters, Nasiriyah',
      'محتجين غاضبين أحرقوا مقر قيادة شرطة المحافظة وعدداً من العجلات العسكرية', mod='reported', attr=COR),
    E('other', 'Iraqi security forces', 'Al-Zaytoun and Al-Nasr bridges, Nasiriyah',
      'تنسحب القوات الأمنية من محيط الجسرين', mod='reported', attr=COR),
    E('killing/casualties', None, NAS, 'مستشفيات المدينة استقبلت عشرات الجرحى بإصابات في الرأس والصدر',
      mod='reported', attr='Abdul-Hussein al-Jabiri'),
    E('statement', 'Dhi Qar Health Directorate', NAS, 'الدائرة أطلقت نداءً عاجلاً للتبرع بالدم', mod='reported',
      attr='Abdul-Hussein al-Jabiri'),
    E('killing/casualties', None, 'Iraq (Baghdad and southern provinces)',
      'عدد ضحايا الاحتجاجات منذ الأول من تشرين الأول الماضي بلغ 380 قتيلاً', mod='reported', attr=HCHR,
      basis='منذ الأول من تشرين الأول الماضي — start of the counting period (2019-10-01); cumulative toll'),
    E('killing/casualties', None, 'Baghdad and southern provinces',
      'عدد المصابين تجاوز 15 ألفاً في بغداد والمحافظات الجنوبية', mod='reported', attr=HCHR),
    E('statement', 'Fadhil al-Gharawi', None,
      'طالب عضو المفوضية فاضل الغراوي الحكومة بـ"الكشف عن الجهات التي تطلق النار على المتظاهرين السلميين ومحاسبتها"'),
    E('killing/casualties', None, 'Al-Ahrar Bridge, Baghdad',
      'مقتل متظاهرَين اثنين وإصابة 18 آخرين بجروح جراء إطلاق قنابل الغاز المسيل للدموع قرب جسر الأحرار، مساء أمس',
      mod='reported', attr='security source', date='2019-11-28', basis='مساء أمس'),
    E('other', None, 'Al-Ahrar Bridge, Baghdad', 'إطلاق قنابل الغاز المسيل للدموع قرب جسر الأحرار، مساء أمس',
      mod='reported', attr='security source', date='2019-11-28', basis='مساء أمس'),
    E('other', 'protesters', 'Tahrir Square; Khilani Square (Baghdad)',
      'لا يزال آلاف المحتجين يعتصمون في ساحة التحرير وساحة الخلاني منذ أسابيع',
      basis='منذ أسابيع — vague ("for weeks")'),
    E('other', 'Commander-in-Chief of the Armed Forces (Adil Abdul-Mahdi)', 'Dhi Qar',
      'سحب الفريق الركن جميل الشمري من مهمة خلية الأزمة في ذي قار، بعد ساعات من تكليفه، وإحالته إلى التحقيق',
      mod='reported', attr='Commander-in-Chief of the Armed Forces (Adil Abdul-Mahdi)'),
    E('other', 'Adel al-Dakhili', 'Dhi Qar', 'تقديم استقالته', mod='reported', attr='Adel al-Dakhili', occ=1),
    E('other', 'Adel al-Dakhili', 'Dhi Qar', 'الحداد في المحافظة ثلاثة أيام على أرواح الضحايا', mod='reported',
      attr='Adel al-Dakhili'),
    E('statement', "Supreme religious authority (Marja'iya, Ali al-Sistani)", 'Karbala',
      'كانت المرجعية الدينية العليا قد دعت، في خطبة الجمعة التي ألقاها الشيخ عبد المهدي الكربلائي في كربلاء اليوم، مجلس النواب إلى "إعادة النظر في خياراته" وإلى الحفاظ على سلمية التظاهرات',
      date='2019-11-29', basis='اليوم'),
    E('other', 'protesters', 'Iraq', 'يشهد العراق منذ مطلع تشرين الأول احتجاجات غير مسبوقة',
      basis='منذ مطلع تشرين الأول — start of the period (month 2019-10); event dates cannot be months'),
]

NUMBERS = [
    N('32', 'people', 'people killed in the Nasiriyah clashes (headline)', 'exact', '32 قتيلاً', occ=0),
    N('32', 'people', 'people killed in the Nasiriyah clashes on 28 Nov (medical source)', 'exact', '32 قتيلاً', occ=1),
    N('225', 'people', 'people wounded in the Nasiriyah clashes', 'more than', 'أكثر من 225 جريحاً'),
    N(None, 'people', 'wounded who died in Al-Hussein hospital', 'vague', 'عدد من المصابين'),
    N(None, 'people', 'wounded received by Nasiriyah hospitals', 'vague', 'عشرات الجرحى'),
    N('380', 'people', 'protest deaths since 1 October (High Commission for Human Rights)', 'exact', '380 قتيلاً'),
    N('15000', 'people', 'people wounded in the protests since 1 October', 'more than', '15 ألفاً'),
    N('2', 'people', 'protesters killed near Al-Ahrar Bridge, Baghdad', 'exact', 'متظاهرَين اثنين'),
    N('18', 'people', 'people wounded near Al-Ahrar Bridge', 'exact', '18 آخرين'),
    N(None, 'people', 'protesters holding sit-ins in Tahrir and Khilani squares', 'vague', 'آلاف المحتجين'),
    N('3', 'days', 'days of mourning declared in Dhi Qar', 'exact', 'ثلاثة أيام'),
]

ENTITIES = [
    ('عبد المهدي', 'PER', AAM),
    ('عادل عبد المهدي', 'PER', AAM),
    ('عبد المهدي الكربلائي', 'PER', 'Abdul-Mahdi al-Karbalai'),
    ('عبد الحسين الجابري', 'PER', 'Abdul-Hussein al-Jabiri'),
    ('فاضل الغراوي', 'PER', 'Fadhil al-Gharawi'),
    ('جميل الشمري', 'PER', 'Jamil al-Shammari'),
    ('عادل الدخيلي', 'PER', 'Adel al-Dakhili'),
    ('السومرية نيوز', 'ORG', 'Alsumaria News'),
    ('للسومرية نيوز', 'ORG', 'Alsumaria News'),
    ('مجلس الوزراء', 'ORG', 'Council of Ministers (Iraq)'),
    ('مجلس النواب', 'ORG', 'Council of Representatives (Iraq)'),
    ('للمجلس', 'ORG', 'Council of Representatives (Iraq)'),
    ('المرجعية الدينية العليا', 'ORG', "Supreme religious authority (Marja'iya, Ali al-Sistani)"),
    ('المفوضية العليا لحقوق الإنسان', 'ORG', HCHR),
    ('المفوضية', 'ORG', HCHR),
    ('قوات الأمن', 'ORG', 'Iraqi security forces'),
    ('القوات الأمنية', 'ORG', 'Iraqi security forces'),
    ('للقوات المسلحة', 'ORG', 'Iraqi Armed Forces'),
    ('خلية الأزمة', 'ORG', 'Crisis Cell (Dhi Qar)'),
    ('الناصرية', 'LOC', NAS),
    ('بغداد', 'LOC', 'Baghdad'),
    ('النجف', 'LOC', 'Najaf'),
    ('ذي قار', 'LOC', 'Dhi Qar'),
    ('مستشفى الحسين التعليمي', 'LOC', 'Al-Hussein Teaching Hospital'),
    ('الزيتون', 'LOC', 'Al-Zaytoun Bridge'),
    ('النصر', 'LOC', 'Al-Nasr Bridge'),
    ('جسر الأحرار', 'LOC', 'Al-Ahrar Bridge'),
    ('ساحة التحرير', 'LOC', 'Tahrir Square (Baghdad)'),
    ('ساحة الخلاني', 'LOC', 'Khilani Square (Baghdad)'),
    ('كربلاء', 'LOC', 'Karbala'),
    ('العراق', 'LOC', 'Iraq'),
]

ATTRIBUTIONS = [
    A(AAM, 'أعلن',
      'أنه سيقدم إلى مجلس النواب طلب استقالته من رئاسة الحكومة، وذلك استجابة لدعوة المرجعية الدينية العليا في النجف خلال خطبة الجمعة'),
    A(AAM, 'قال',
      'سأرفع إلى مجلس النواب الموقر الكتاب الرسمي بطلب الاستقالة من رئاسة الحكومة الحالية، ليتسنى للمجلس إعادة النظر في خياراته',
      dq=True),
    A(AAM, 'مضيفاً', 'الحكومة بذلت كل جهدها للاستجابة لمطالب المتظاهرين وتقديم حزم الإصلاح'),
    A('medical source in Dhi Qar', 'أفاد',
      'حصيلة ضحايا المواجهات التي شهدتها مدينة الناصرية أمس الخميس ارتفعت إلى 32 قتيلاً وأكثر من 225 جريحاً، بعد وفاة عدد من المصابين في مستشفى الحسين التعليمي متأثرين بجراحهم'),
    A(COR, 'ذكر', 'قوات الأمن أطلقت الرصاص الحي على المتظاهرين قرب جسري الزيتون والنصر وسط المدينة'),
    A(COR, 'أضاف',
      'محتجين غاضبين أحرقوا مقر قيادة شرطة المحافظة وعدداً من العجلات العسكرية، قبل أن تنسحب القوات الأمنية من محيط الجسرين'),
    A('Abdul-Hussein al-Jabiri', 'قال', 'مستشفيات المدينة استقبلت عشرات الجرحى بإصابات في الرأس والصدر', dq=True),
    A('Abdul-Hussein al-Jabiri', 'مبيناً', 'الدائرة أطلقت نداءً عاجلاً للتبرع بالدم'),
    A(HCHR, 'قالت',
      'عدد ضحايا الاحتجاجات منذ الأول من تشرين الأول الماضي بلغ 380 قتيلاً، وإن عدد المصابين تجاوز 15 ألفاً في بغداد والمحافظات الجنوبية'),
    A('Fadhil al-Gharawi', 'طالب', 'الكشف عن الجهات التي تطلق النار على المتظاهرين السلميين ومحاسبتها', dq=True),
    A('security source', 'أفاد',
      'مقتل متظاهرَين اثنين وإصابة 18 آخرين بجروح جراء إطلاق قنابل الغاز المسيل للدموع قرب جسر الأحرار، مساء أمس'),
    A('Commander-in-Chief of the Armed Forces (Adil Abdul-Mahdi)', 'أعلن',
      'سحب الفريق الركن جميل الشمري من مهمة خلية الأزمة في ذي قار، بعد ساعات من تكليفه، وإحالته إلى التحقيق'),
    A('Adel al-Dakhili', 'أعلن', 'تقديم استقالته، والحداد في المحافظة ثلاثة أيام على أرواح الضحايا'),
    A("Supreme religious authority (Marja'iya, Ali al-Sistani)", 'دعت', 'إعادة النظر في خياراته', dq=True, occ=1),
]

DATES = [
    D('اليوم', '2019-11-29', 'relative', ctx='اليوم الجمعة'),
    D('الجمعة', '2019-11-29', 'weekday', ctx='اليوم الجمعة'),
    D('في غضون ذلك', None, 'vague'),
    D('أمس', '2019-11-28', 'relative', ctx='أمس الخميس'),
    D('الخميس', '2019-11-28', 'weekday'),
    D('الأول من تشرين الأول الماضي', '2019-10-01', 'absolute'),
    D('أمس', '2019-11-28', 'relative', ctx='مساء أمس'),
    D('منذ أسابيع', None, 'vague'),
    D('اليوم', '2019-11-29', 'relative', ctx='كربلاء اليوم'),
    D('مطلع تشرين الأول', '2019-10', 'absolute'),
]

FRAMING = [
    ('protesters', 'المتظاهرين'),
    ('protesters', 'المتظاهرين السلميين'),
    ('protesters', 'محتجين غاضبين'),
    ('protesters', 'المحتجين'),
    ('protests', 'الاحتجاجات'),
    ('protests', 'التظاهرات'),
    ('clashes (Nasiriyah)', 'المواجهات'),
    ('victims', 'ضحايا'),
    ('victims', 'الضحايا'),
    ('people killed', 'قتيلاً'),
    ('security forces', 'قوات الأمن'),
    ('security forces', 'القوات الأمنية'),
    ('religious authority', 'المرجعية الدينية العليا'),
]

UNCERTAIN = [
    '"خطبة الجمعة" (twice) is read as the name of the Friday sermon, not as a temporal expression, so only "اليوم الجمعة" yields a weekday date; an annotator who reads "الجمعة" there as the date would add 2019-11-29 twice.',
    'The resignation (events[0], [2], [3]) is typed other with modality planned and attributed to Abdul-Mahdi; the headline row spans "عزمه تقديم استقالته" without the verb يعلن.',
    'Firing live ammunition / tear gas at protesters, arson of the police HQ and the withdrawal of the security forces are typed other (no schema type fits better).',
    '"عبد المهدي" inside "عبد المهدي الكربلائي" (the Karbala preacher) is not a mention of the prime minister.',
    '"الحكومة", "الدائرة" (the Dhi Qar health directorate) and "المحافظة" are generic nouns and not listed as entities; "للمجلس" (the parliament) is.',
    '"مطلع تشرين الأول" is resolved to the month 2019-10 (absolute); "في غضون ذلك" (meanwhile) is a vague date like the seeds\' "في الأثناء".',
    'The sit-in (events[17]) may be read as a background state rather than an event.',
]
