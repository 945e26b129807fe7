from annlib import E, N, A, D

FILE = 'heldout2/texts/k02_idlib.txt'
OUTLET = {'name_ar': 'عنب بلدي', 'name_en': 'Enab Baladi', 'domain': 'enabbaladi.net'}
PUBLISHED = '2023-10-08'
PUBLISHED_BASIS = ('Written for this set; publication date 2023-10-08 (sidecar k02_idlib.yml), also printed in the lead: '
                   '"اليوم الأحد 8 من تشرين الأول" (2023-10-08 was a Sunday; year from the sidecar). "الخميس الماضي" = '
                   '2023-10-05, the day of the Homs Military Academy attack. Outlet from "لعنب بلدي" / "مراسل عنب بلدي".')
HAS_TITLE = True

GOVRU = 'Syrian government forces and Russia'
GOV = 'Syrian government forces'
WH = 'Syrian Civil Defence (White Helmets)'
JS = 'Jisr al-Shughur'

EVENTS = [
    E('killing/casualties', GOVRU, 'Jisr al-Shughur; Ariha', 'قتلى وجرحى'),
    E('airstrike/shelling', GOVRU, 'Jisr al-Shughur; Ariha', 'قصف روسي وسوري على جسر الشغور وأريحا'),
    E('killing/casualties', GOVRU, 'Jisr al-Shughur; Ariha (Idlib countryside)',
      'قُتل تسعة مدنيين، بينهم ثلاثة أطفال وامرأتان، وأصيب أكثر من 30 آخرين', date='2023-10-08',
      basis='اليوم الأحد 8 من تشرين الأول'),
    E('airstrike/shelling', GOVRU, 'Jisr al-Shughur; Ariha (Idlib countryside)',
      'قصف جوي ومدفعي لقوات النظام السوري وروسيا استهدف مدينتي جسر الشغور وأريحا في ريف إدلب', date='2023-10-08',
      basis='اليوم الأحد 8 من تشرين الأول'),
    E('airstrike/shelling', 'Russia (Russian air force)', JS,
      'طائرات حربية روسية شنت أربع غارات على الأحياء السكنية في جسر الشغور', mod='reported', attr=WH),
    E('killing/casualties', 'Russia (Russian air force)', JS, 'مقتل خمسة مدنيين وتدمير ثلاثة منازل بشكل كامل',
      mod='reported', attr=WH),
    E('airstrike/shelling', GOV, 'Ariha', 'قوات النظام استهدفت مدينة أريحا بأكثر من 20 قذيفة صاروخية',
      mod='reported', attr=WH),
    E('killing/casualties', GOV, 'Ariha', 'مقتل أربعة مدنيين بينهم طفلان، وإصابة 17 آخرين، بينهم متطوع في الدفاع المدني',
      mod='reported', attr=WH),
    E('killing/casualties', GOVRU, 'Idlib; western Aleppo countryside',
      'ارتفعت حصيلة ضحايا القصف منذ الخميس الماضي إلى 46 قتيلًا، بينهم 13 طفلًا و9 نساء، إضافة إلى أكثر من 200 مصاب',
      mod='reported', attr=WH, basis='منذ الخميس الماضي — start of the counting period (2023-10-05); cumulative toll'),
    E('airstrike/shelling', GOVRU, 'Idlib; western Aleppo countryside (about 40 towns)',
      'أكثر من 150 هجومًا طالت نحو 40 مدينة وبلدة في إدلب وريف حلب الغربي', mod='reported', attr=WH),
    E('airstrike/shelling', None, 'Jisr al-Shughur (market, near a school)',
      'القصف استهدف سوقًا شعبية وسط المدينة ومحيط مدرسة', mod='reported', attr='Mohammad al-Hassan'),
    E('airstrike/shelling', None, 'Turkish observation post, Al-Nayrab (east of Idlib)',
      'سقطت قذائف عدة قرب نقطة المراقبة التركية في بلدة النيرب شرقي إدلب', mod='reported',
      attr='Enab Baladi correspondent'),
    E('airstrike/shelling', 'Hayat Tahrir al-Sham', 'Bsanqoul; Jabal al-Zawiya front (government positions)',
      'مقاتلي "الهيئة" استهدفوا بقذائف المدفعية مواقع لقوات النظام في محيط قرية بسنقول وعلى محور جبل الزاوية',
      mod='reported', attr='Taqi al-Din Omar'),
    E('airstrike/shelling', None, 'Homs Military Academy',
      'هجوم بطائرات مسيّرة استهدف حفل تخريج ضباط في الكلية الحربية بمدينة حمص، الخميس الماضي',
      date='2023-10-05', basis='الخميس الماضي'),
    E('killing/casualties', None, 'Homs Military Academy', 'أسفر عن مقتل 89 شخصًا وإصابة 277 آخرين', mod='reported',
      attr='Syrian government Ministry of Health', date='2023-10-05', basis='الخميس الماضي (same sentence as the attack)'),
    E('accusation', 'Syrian government Ministry of Defence', None,
      'اتهمت وزارة الدفاع في حكومة النظام "تنظيمات إرهابية مدعومة من جهات دولية معروفة" بالوقوف وراء الهجوم'),
    E('displacement', None, 'Jisr al-Shughur; Ariha; Jabal al-Zawiya → border camps near Sarmada and Al-Dana',
      'دفع القصف مئات العائلات إلى النزوح من جسر الشغور وأريحا وقرى جبل الزاوية نحو المخيمات الحدودية قرب سرمدا والدانا',
      mod='reported', attr='Syria Response Coordinators'),
]

NUMBERS = [
    N('9', 'people', 'civilians killed (Jisr al-Shughur and Ariha, 8 Oct)', 'exact', 'تسعة مدنيين'),
    N('3', 'people', 'children among the nine killed', 'exact', 'ثلاثة أطفال'),
    N('2', 'people', 'women among the nine killed', 'exact', 'امرأتان'),
    N('30', 'people', 'people wounded (8 Oct)', 'more than', 'أكثر من 30 آخرين'),
    N('4', 'airstrikes', 'Russian air strikes on Jisr al-Shughur', 'exact', 'أربع غارات'),
    N('5', 'people', 'civilians killed in Jisr al-Shughur (White Helmets)', 'exact', 'خمسة مدنيين'),
    N('3', 'buildings', 'houses completely destroyed in Jisr al-Shughur', 'exact', 'ثلاثة منازل'),
    N('20', 'shells', 'rocket shells fired by government forces at Ariha', 'more than', 'أكثر من 20 قذيفة صاروخية'),
    N('4', 'people', 'civilians killed in Ariha', 'exact', 'أربعة مدنيين'),
    N('2', 'people', 'children among the four killed in Ariha', 'exact', 'طفلان'),
    N('17', 'people', 'people wounded in Ariha', 'exact', '17 آخرين'),
    N('1', 'people', 'Civil Defence volunteer among the wounded in Ariha', 'exact', 'متطوع'),
    N('46', 'people', 'people killed since Thursday (cumulative, White Helmets)', 'exact', '46 قتيلًا'),
    N('13', 'people', 'children among the 46 killed', 'exact', '13 طفلًا'),
    N('9', 'people', 'women among the 46 killed', 'exact', '9 نساء'),
    N('200', 'people', 'people wounded since Thursday', 'more than', 'أكثر من 200 مصاب'),
    N('150', 'attacks', 'attacks the White Helmets responded to since Thursday', 'more than', 'أكثر من 150 هجومًا'),
    N('40', 'towns', 'towns and villages hit', 'approx', 'نحو 40 مدينة وبلدة'),
    N('89', 'people', 'people killed in the Homs Military Academy drone attack', 'exact', '89 شخصًا'),
    N('277', 'people', 'people wounded in the Homs Military Academy drone attack', 'exact', '277 آخرين'),
    N(None, 'families', 'families displaced by the shelling', 'vague', 'مئات العائلات'),
    N('2400', 'families', 'families displaced since the escalation began (Syria Response Coordinators)', 'approx',
      'نحو 2400 عائلة'),
    N('4000000', 'people', 'residents of the opposition-held northwest (UN)', 'more than', 'أكثر من أربعة ملايين شخص'),
]

ENTITIES = [
    ('جسر الشغور', 'LOC', JS),
    ('أريحا', 'LOC', 'Ariha'),
    ('إدلب', 'LOC', 'Idlib'),
    ('حلب', 'LOC', 'Aleppo'),
    ('اللاذقية', 'LOC', 'Latakia'),
    ('حماة', 'LOC', 'Hama'),
    ('حمص', 'LOC', 'Homs'),
    ('روسيا', 'LOC', 'Russia'),
    ('النيرب', 'LOC', 'Al-Nayrab'),
    ('بسنقول', 'LOC', 'Bsanqoul'),
    ('جبل الزاوية', 'LOC', 'Jabal al-Zawiya'),
    ('الكلية الحربية', 'LOC', 'Homs Military Academy'),
    ('سرمدا', 'LOC', 'Sarmada'),
    ('الدانا', 'LOC', 'Al-Dana'),
    ('قوات النظام السوري', 'ORG', GOV),
    ('قوات النظام', 'ORG', GOV),
    ('حكومة النظام', 'ORG', 'Syrian government'),
    ('وزارة الصحة', 'ORG', 'Syrian government Ministry of Health'),
    ('وزارة الدفاع', 'ORG', 'Syrian government Ministry of Defence'),
    ('وزارة الدفاع التركية', 'ORG', 'Turkish Ministry of Defence'),
    ('الدفاع المدني السوري', 'ORG', WH),
    ('الدفاع المدني', 'ORG', WH),
    ('الخوذ البيضاء', 'ORG', WH),
    ('تلغرام', 'MISC', 'Telegram'),
    ('عنب بلدي', 'ORG', 'Enab Baladi'),
    ('هيئة تحرير الشام', 'ORG', 'Hayat Tahrir al-Sham'),
    ('الهيئة', 'ORG', 'Hayat Tahrir al-Sham'),
    ('منسقو استجابة سوريا', 'ORG', 'Syria Response Coordinators'),
    ('الأمم المتحدة', 'ORG', 'United Nations'),
    ('محمد الحسن', 'PER', 'Mohammad al-Hassan'),
    ('تقي الدين عمر', 'PER', 'Taqi al-Din Omar'),
]

ATTRIBUTIONS = [
    A(WH, 'قال',
      'طائرات حربية روسية شنت أربع غارات على الأحياء السكنية في جسر الشغور، ما أدى إلى مقتل خمسة مدنيين وتدمير ثلاثة منازل بشكل كامل'),
    A(WH, 'أضاف',
      'قوات النظام استهدفت مدينة أريحا بأكثر من 20 قذيفة صاروخية، ما أسفر عن مقتل أربعة مدنيين بينهم طفلان، وإصابة 17 آخرين، بينهم متطوع في الدفاع المدني'),
    A(WH, 'بحسب',
      'ارتفعت حصيلة ضحايا القصف منذ الخميس الماضي إلى 46 قتيلًا، بينهم 13 طفلًا و9 نساء، إضافة إلى أكثر من 200 مصاب، بعدما استجابت فرقها لأكثر من 150 هجومًا طالت نحو 40 مدينة وبلدة في إدلب وريف حلب الغربي'),
    A('Mohammad al-Hassan', 'قال', 'القصف استهدف سوقًا شعبية وسط المدينة ومحيط مدرسة'),
    A('Mohammad al-Hassan', 'موضحًا', 'الناس لم يعودوا يعرفون أين يختبئون', dq=True),
    A('Enab Baladi correspondent', 'بحسب', 'سقطت قذائف عدة قرب نقطة المراقبة التركية في بلدة النيرب شرقي إدلب'),
    A('Taqi al-Din Omar', 'قال',
      'مقاتلي "الهيئة" استهدفوا بقذائف المدفعية مواقع لقوات النظام في محيط قرية بسنقول وعلى محور جبل الزاوية، "ردًا على المجازر بحق المدنيين"'),
    A('Syrian government Ministry of Health', 'وفق', 'أسفر عن مقتل 89 شخصًا وإصابة 277 آخرين'),
    A('Syrian government Ministry of Defence', 'اتهمت',
      '"تنظيمات إرهابية مدعومة من جهات دولية معروفة" بالوقوف وراء الهجوم'),
    A('Syria Response Coordinators', 'بحسب',
      'دفع القصف مئات العائلات إلى النزوح من جسر الشغور وأريحا وقرى جبل الزاوية نحو المخيمات الحدودية قرب سرمدا والدانا'),
    A('Syria Response Coordinators', 'قدّر', 'عدد النازحين منذ بدء التصعيد بنحو 2400 عائلة'),
    A('United Nations', 'وفق', 'يقطن فيها أكثر من أربعة ملايين شخص، نصفهم تقريبًا من النازحين'),
]

DATES = [
    D('اليوم', '2023-10-08', 'relative'),
    D('الأحد', '2023-10-08', 'weekday'),
    D('8 من تشرين الأول', '2023-10-08', 'absolute'),
    D('الخميس', '2023-10-05', 'weekday', occ=0),
    D('حتى لحظة تحرير هذا الخبر', None, 'relative'),
    D('الخميس', '2023-10-05', 'weekday', occ=1),
]

FRAMING = [
    ('Syrian government forces', 'قوات النظام'),
    ('Syrian government forces', 'قوات النظام السوري'),
    ('Syrian government', 'حكومة النظام'),
    ('Hayat Tahrir al-Sham', 'هيئة تحرير الشام'),
    ('Hayat Tahrir al-Sham', 'الهيئة'),
    ('HTS fighters', 'مقاتلي'),
    ('opposition factions', 'فصائل المعارضة'),
    ('perpetrators of the Homs attack (government wording, quoted)', 'تنظيمات إرهابية'),
    ('killings of civilians (HTS wording, quoted)', 'المجازر'),
    ('the shelling', 'القصف'),
    ('the escalation', 'التصعيد'),
    ('displaced people', 'النازحين'),
    ('people killed', 'قتلى'),
    ('people killed', 'قتيلًا'),
]

UNCERTAIN = [
    'The White Helmets\' strikes (events[4]–[7]) carry no temporal expression of their own; they are the strikes of the lead (dated 2023-10-08) but by the convention their date is null.',
    '"القصف استهدف سوقًا ..." (events[10]) names no agent; the context (Russian strikes on Jisr al-Shughur) suggests Russia.',
    'HTS shelling of government positions (events[12]) is typed airstrike/shelling, not counter-attack (it is retaliation by fire, not an attack repelled).',
    '"حتى لحظة تحرير هذا الخبر" ("at the time of writing") is kind relative with value null, like "حتى الآن".',
    '"قدّر" (estimated) is treated as a reporting verb (attributions[10]); the estimate clause is not a separate displacement event.',
    '"قذائف عدة" (several shells) is a vague count of objects, not of people, so it is not a number row.',
    '"الكلية الحربية" (the Military Academy) is typed LOC (the place attacked), with canonical "Homs Military Academy".',
]
