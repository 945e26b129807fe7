from annlib import E, N, A, D

FILE = 'heldout2/texts/k04_yemen.txt'
OUTLET = {'name_ar': 'بي بي سي عربي', 'name_en': 'BBC Arabic', 'domain': 'bbc.com/arabic'}
PUBLISHED = '2017-08-14'
PUBLISHED_BASIS = ('Written for this set; publication date 2017-08-14 (sidecar k04_yemen.yml). Consistent with the text: '
                   'the WHO statement "صدر الاثنين" (2017-08-14 was a Monday), "أمس الأحد" = 2017-08-13, "يوم السبت" = '
                   '2017-08-12. Outlet from "لبي بي سي".')
HAS_TITLE = True

WHO = 'World Health Organization'
UNICEF = 'UNICEF'
WFP = 'World Food Programme'
COA = 'Saudi-led coalition'
YE = 'Yemen'

EVENTS = [
    E('other', None, YE, 'حالات الكوليرا المشتبه بها في اليمن تتجاوز نصف مليون', mod='reported', attr=WHO),
    E('other', None, YE, 'عدد حالات الإصابة المشتبه بها بوباء الكوليرا في اليمن تجاوز 500 ألف حالة', mod='reported',
      attr=WHO),
    E('killing/casualties', None, YE, 'نحو ألفي شخص توفوا منذ بدء تفشي المرض في أواخر أبريل/نيسان الماضي',
      mod='reported', attr=WHO,
      basis='أواخر أبريل/نيسان الماضي — start of the outbreak (month 2017-04); cumulative deaths'),
    E('other', None, YE, 'المرض ينتشر بمعدل خمسة آلاف حالة جديدة يوميا تقريبا', mod='reported', attr=WHO),
    E('statement', 'Nevio Zagaria', None,
      'قال ممثل المنظمة في اليمن، نيفيو زاغاريا، لبي بي سي: "نحن نواجه أسوأ تفش للكوليرا في العالم، والنظام الصحي على حافة الانهيار بعد أكثر من عامين من الحرب"'),
    E('other', None, YE, 'أكثر من نصف المرافق الصحية في اليمن خرج عن الخدمة', mod='reported', attr=UNICEF),
    E('statement', 'Ali al-Maqtari', 'Al-Sabeen Hospital, Sanaa',
      'قال الطبيب علي المقطري إن "الأسرّة لم تعد تكفي، والمرضى يفترشون الممرات والحدائق"'),
    E('statement', WFP, YE, 'حذر برنامج الأغذية العالمي من أن سبعة ملايين يمني باتوا "على بعد خطوة من المجاعة"'),
    E('accusation', 'UN officials', 'Hodeidah port',
      'يتهم مسؤولون في الأمم المتحدة التحالف العسكري بقيادة السعودية بعرقلة وصول شحنات الوقود والأدوية عبر ميناء الحديدة'),
    E('statement', COA, None, 'ينفيه التحالف، الذي يقول إنه يمنع تهريب الأسلحة إلى المتمردين الحوثيين'),
    E('airstrike/shelling', COA, 'Shada district, Saada', 'غارة جوية للتحالف أصابت منزلا في مديرية شدا الحدودية يوم السبت',
      mod='reported', attr='local officials in Saada', date='2017-08-12', basis='يوم السبت'),
    E('killing/casualties', COA, 'Shada district, Saada', 'مقتل تسعة أشخاص من عائلة واحدة، بينهم أربعة أطفال',
      mod='reported', attr='local officials in Saada', date='2017-08-12', basis='يوم السبت (same sentence as the strike)'),
    E('other', 'Yemeni Ministry of Public Health (internationally recognised government)', 'Yemen (13 governorates)',
      'الوزارة أطلقت حملة لمكافحة الوباء في 13 محافظة', mod='reported', attr='Nasser Baoum',
      basis='أمس الأحد — dates the press conference (2017-08-13), not the campaign'),
    E('accusation', 'Nasser Baoum', None, 'اتهم باعوم جماعة الحوثي بعرقلة عمل الفرق الطبية في المناطق الخاضعة لسيطرتها'),
    E('statement', 'Médecins Sans Frontières official', 'Abs district, Hajjah',
      'قال مسؤول في منظمة أطباء بلا حدود إن مراكز العلاج تعمل بأكثر من طاقتها الاستيعابية'),
    E('other', COA, YE, 'تدخل التحالف بقيادة السعودية لدعم حكومة الرئيس عبد ربه منصور هادي ضد الحوثيين',
      basis='مارس/آذار 2015 — month only (2015-03); event dates cannot be months'),
    E('killing/casualties', None, YE, 'قُتل في النزاع أكثر من 8 آلاف شخص', mod='reported', attr='United Nations'),
]

NUMBERS = [
    N('500000', 'cases', 'suspected cholera cases in Yemen (headline)', 'more than', 'نصف مليون'),
    N('500000', 'cases', 'suspected cholera cases in Yemen', 'more than', '500 ألف حالة'),
    N('2000', 'people', 'cholera deaths since late April', 'approx', 'نحو ألفي شخص'),
    N('5000', 'cases', 'new suspected cases per day', 'approx', 'خمسة آلاف حالة'),
    N('40', 'percent', 'share of cases that are children', 'more than', 'أكثر من 40 في المئة'),
    N('2', 'years', 'duration of the war (Zagaria)', 'more than', 'أكثر من عامين'),
    N('30000', 'people', 'health workers unpaid for months (UNICEF)', 'approx', 'نحو 30 ألف عامل صحي'),
    N(None, 'people', 'unpaid health workers who left their jobs', 'vague', 'كثيرين منهم'),
    N('150', 'cases', 'suspected cases received daily at Al-Sabeen hospital (lower bound)', 'approx', 'ما بين 150'),
    N('200', 'cases', 'suspected cases received daily at Al-Sabeen hospital (upper bound)', 'approx', '200 حالة'),
    N('7000000', 'people', 'Yemenis one step from famine (WFP)', 'exact', 'سبعة ملايين يمني'),
    N('17000000', 'people', 'people who do not know where their next meal comes from (WFP)', 'approx', 'نحو 17 مليون شخص'),
    N('60', 'percent', 'share of the population that is food insecure', 'exact', '60 في المئة'),
    N('9', 'people', 'people killed in the coalition air strike on a house in Shada', 'exact', 'تسعة أشخاص'),
    N('1', 'families', 'families the nine victims belonged to', 'exact', 'عائلة واحدة'),
    N('4', 'people', 'children among the nine killed', 'exact', 'أربعة أطفال'),
    N('13', 'provinces', 'governorates covered by the anti-cholera campaign', 'exact', '13 محافظة'),
    N('8000', 'people', 'people killed in the Yemen conflict (UN)', 'more than', 'أكثر من 8 آلاف شخص'),
]

ENTITIES = [
    ('الصحة العالمية', 'ORG', WHO),
    ('منظمة الصحة العالمية', 'ORG', WHO),
    ('المنظمة', 'ORG', WHO),
    ('منظمة الأمم المتحدة للطفولة', 'ORG', UNICEF),
    ('يونيسف', 'ORG', UNICEF),
    ('برنامج الأغذية العالمي', 'ORG', WFP),
    ('البرنامج', 'ORG', WFP),
    ('الأمم المتحدة', 'ORG', 'United Nations'),
    ('بي بي سي', 'ORG', 'BBC'),
    ('التحالف', 'ORG', COA),
    ('للتحالف', 'ORG', COA),
    ('الحوثيين', 'ORG', 'Houthis (Ansar Allah)'),
    ('جماعة الحوثي', 'ORG', 'Houthis (Ansar Allah)'),
    ('الوزارة', 'ORG', 'Yemeni Ministry of Public Health (internationally recognised government)'),
    ('منظمة أطباء بلا حدود', 'ORG', 'Médecins Sans Frontières'),
    ('نيفيو زاغاريا', 'PER', 'Nevio Zagaria'),
    ('علي المقطري', 'PER', 'Ali al-Maqtari'),
    ('ناصر باعوم', 'PER', 'Nasser Baoum'),
    ('باعوم', 'PER', 'Nasser Baoum'),
    ('عبد ربه منصور هادي', 'PER', 'Abd Rabbuh Mansur Hadi'),
    ('اليمن', 'LOC', YE),
    ('مستشفى السبعين', 'LOC', 'Al-Sabeen Hospital (Sanaa)'),
    ('صنعاء', 'LOC', 'Sanaa'),
    ('السعودية', 'LOC', 'Saudi Arabia'),
    ('ميناء الحديدة', 'LOC', 'Port of Hodeidah'),
    ('صعدة', 'LOC', 'Saada'),
    ('شدا', 'LOC', 'Shada'),
    ('عدن', 'LOC', 'Aden'),
    ('عبس', 'LOC', 'Abs'),
    ('حجة', 'LOC', 'Hajjah'),
]

ATTRIBUTIONS = [
    A(WHO, None, 'حالات الكوليرا المشتبه بها في اليمن تتجاوز نصف مليون'),
    A(WHO, 'قالت',
      'عدد حالات الإصابة المشتبه بها بوباء الكوليرا في اليمن تجاوز 500 ألف حالة، وإن نحو ألفي شخص توفوا منذ بدء تفشي المرض في أواخر أبريل/نيسان الماضي'),
    A(WHO, 'أضافت',
      'المرض ينتشر بمعدل خمسة آلاف حالة جديدة يوميا تقريبا، وأن الأطفال يشكلون أكثر من 40 في المئة من الإصابات'),
    A('Nevio Zagaria', 'قال',
      'نحن نواجه أسوأ تفش للكوليرا في العالم، والنظام الصحي على حافة الانهيار بعد أكثر من عامين من الحرب', dq=True),
    A(UNICEF, 'بحسب',
      'نحو 30 ألف عامل صحي في البلاد لم يتقاضوا رواتبهم منذ أشهر، ما دفع كثيرين منهم إلى ترك العمل في المستشفيات والمراكز الصحية'),
    A(UNICEF, 'قالت', 'أكثر من نصف المرافق الصحية في اليمن خرج عن الخدمة'),
    A('Ali al-Maqtari', 'قال', 'الأسرّة لم تعد تكفي، والمرضى يفترشون الممرات والحدائق', dq=True),
    A('Ali al-Maqtari', 'مشيرا', 'المستشفى يستقبل ما بين 150 و200 حالة اشتباه كل يوم'),
    A(WFP, 'حذر', 'سبعة ملايين يمني باتوا "على بعد خطوة من المجاعة"'),
    A(WFP, 'أضاف', 'نحو 17 مليون شخص، أي ما يعادل 60 في المئة من السكان، لا يعرفون من أين ستأتي وجبتهم التالية'),
    A('UN officials', 'يتهم', 'التحالف العسكري بقيادة السعودية بعرقلة وصول شحنات الوقود والأدوية عبر ميناء الحديدة'),
    A(COA, 'يقول', 'إنه يمنع تهريب الأسلحة إلى المتمردين الحوثيين'),
    A('local officials in Saada', 'قال',
      'غارة جوية للتحالف أصابت منزلا في مديرية شدا الحدودية يوم السبت، ما أدى إلى مقتل تسعة أشخاص من عائلة واحدة، بينهم أربعة أطفال'),
    A('Nasser Baoum', 'قال', 'الوزارة أطلقت حملة لمكافحة الوباء في 13 محافظة'),
    A('Nasser Baoum', 'اتهم', 'جماعة الحوثي بعرقلة عمل الفرق الطبية في المناطق الخاضعة لسيطرتها'),
    A('Médecins Sans Frontières official', 'قال', 'مراكز العلاج تعمل بأكثر من طاقتها الاستيعابية'),
    A('United Nations', 'بحسب', 'قُتل في النزاع أكثر من 8 آلاف شخص'),
]

DATES = [
    D('أواخر أبريل/نيسان الماضي', '2017-04', 'absolute'),
    D('الاثنين', '2017-08-14', 'weekday'),
    D('منذ أشهر', None, 'vague'),
    D('السبت', '2017-08-12', 'weekday'),
    D('على الفور', None, 'vague'),
    D('أمس', '2017-08-13', 'relative'),
    D('الأحد', '2017-08-13', 'weekday'),
    D('مارس/آذار 2015', '2015-03', 'absolute'),
]

FRAMING = [
    ('Houthis', 'المتمردين الحوثيين'),
    ('Houthis', 'الحوثيين'),
    ('Houthis', 'جماعة الحوثي'),
    ('Saudi-led coalition', 'التحالف العسكري بقيادة السعودية'),
    ('Saudi-led coalition', 'التحالف بقيادة السعودية'),
    ('Saudi-led coalition', 'التحالف'),
    ('Hadi government', 'الحكومة المعترف بها دوليا'),
    ('the war', 'الحرب'),
    ('the war', 'النزاع'),
    ('cholera epidemic', 'الوباء'),
    ('cholera epidemic', 'بوباء الكوليرا'),
    ('famine', 'المجاعة'),
]

UNCERTAIN = [
    'Headline "الصحة العالمية: ..." is an attribution with verb null (the colon frame) and its event is reported, attributed to WHO; "نصف مليون" is a number (500000) although it contains نصف, while "أكثر من نصف المرافق" (a fraction without a numeral) is not.',
    'Frequency adverbs "يوميا" and "كل يوم" are not annotated as dates (they locate nothing in time); "على الفور" (in "ولم يعلق التحالف على الفور") is a vague date like "فوراً".',
    'Hedges carried by a verb ("تجاوز/تتجاوز 500 ألف") give qualifier "more than" but stay outside the number span; "تقريبا" after "يوميا" makes "خمسة آلاف حالة" approx. The range "ما بين 150 و200 حالة" is two rows.',
    '"التحالف العسكري بقيادة السعودية": only "التحالف" (ORG) and "السعودية" (LOC) are entity mentions; the whole descriptive phrase is a framing term.',
    'Background states (the war "يشهد اليمن نزاعا", unpaid health workers, children\'s share of cases) are not events; the coalition intervention of March 2015 is (type other, no day date).',
    'Disease names (الكوليرا) and "الحكومة المعترف بها دوليا" are not entities.',
]
