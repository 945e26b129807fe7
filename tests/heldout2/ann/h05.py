from annlib import E, N, A, D

FILE = 'heldout2/texts/k05_egypt.txt'
OUTLET = {'name_ar': 'اليوم السابع', 'name_en': 'Youm7', 'domain': 'youm7.com'}
PUBLISHED = '2024-03-07'
PUBLISHED_BASIS = ('Written for this set; publication date 2024-03-07 (sidecar k05_egypt.yml). Consistent with the text: '
                   '"اجتماعها الاستثنائي أمس الأربعاء" = 2024-03-06 and "اليوم الخميس" = 2024-03-07. Outlet from '
                   '"لـ\\"اليوم السابع\\"".')
HAS_TITLE = True

CBE = 'Central Bank of Egypt'
MPC = 'Monetary Policy Committee (Central Bank of Egypt)'
IMF = 'International Monetary Fund'
HOL = 'Ivanna Vladkova Hollar'
MAD = 'Mostafa Madbouly'
EG = 'Egypt'

EVENTS = [
    E('other', CBE, EG, 'المركزي يرفع الفائدة 6%'),
    E('other', CBE, EG, 'يحرر سعر الصرف'),
    E('other', IMF, EG, 'صندوق النقد يرفع قرض مصر إلى 8 مليارات دولار'),
    E('other', MPC, EG,
      'قررت لجنة السياسة النقدية بالبنك المركزي المصري، في اجتماعها الاستثنائي أمس الأربعاء، رفع سعري العائد على الإيداع والإقراض بواقع 600 نقطة أساس، ليصلا إلى 27.25% و28.25% على الترتيب',
      date='2024-03-06', basis='أمس الأربعاء'),
    E('other', MPC, EG, 'السماح لسعر صرف الجنيه بأن يتحدد وفقاً لآليات السوق', date='2024-03-06',
      basis='أمس الأربعاء (same sentence)'),
    E('statement', CBE, None,
      'قال البنك المركزي المصري، في بيان، إن "توحيد سعر الصرف إجراء بالغ الأهمية، إذ يساهم في القضاء على تراكم الطلب على النقد الأجنبي بعد إغلاق الفجوة بين سعر الصرف في السوقين الرسمية والموازية"'),
    E('other', None, EG,
      'تراجع سعر الجنيه المصري أمام الدولار الأمريكي في البنوك إلى نحو 49.5 جنيه للشراء خلال تعاملات أمس',
      date='2024-03-06', basis='خلال تعاملات أمس'),
    E('other', IMF, EG,
      'التوصل إلى اتفاق على مستوى الخبراء مع مصر بشأن المراجعتين الأولى والثانية لبرنامج الإصلاح الاقتصادي، يرفع قيمة القرض من 3 مليارات دولار إلى 8 مليارات دولار',
      mod='reported', attr=IMF),
    E('statement', HOL, None,
      'قالت رئيسة بعثة الصندوق إلى مصر، إيفانا فلادكوفا هولار، في بيان، إن "السلطات المصرية أبدت التزاماً قوياً بالتحول إلى نظام سعر صرف مرن"'),
    E('other', EG, EG, 'مصر قد تحصل على تمويل إضافي بنحو 1.2 مليار دولار من صندوق الصلابة والاستدامة',
      mod='predicted', attr=HOL),
    E('other', None, EG, 'سجل معدل التضخم السنوي العام في المدن المصرية 29.8% في يناير الماضي', mod='reported',
      attr='CAPMAS', basis='يناير الماضي — month only (2024-01); event dates cannot be months'),
    E('other', None, EG, 'بلغ ذروة تاريخية عند 38% في سبتمبر 2023', mod='reported', attr='CAPMAS',
      basis='سبتمبر 2023 — month only (2023-09)'),
    E('statement', MAD, 'New Administrative Capital',
      'أكد رئيس مجلس الوزراء الدكتور مصطفى مدبولي، خلال مؤتمر صحفي عقده بمقر الحكومة في العاصمة الإدارية الجديدة اليوم الخميس، أن الدولة "لن تسمح بعودة السوق الموازية للعملة مرة أخرى"',
      date='2024-03-07', basis='اليوم الخميس'),
    E('other', 'United Arab Emirates (Ras El Hekma deal)', 'Ras El Hekma',
      'صفقة تطوير مدينة رأس الحكمة مع الإمارات ستوفر 35 مليار دولار استثمارات مباشرة', mod='predicted', attr=MAD),
    E('other', EG, EG, 'تسلمت مصر منها 10 مليارات دولار حتى الآن', mod='reported', attr=MAD,
      basis='حتى الآن — up to now (period), no date'),
    E('other', 'Egyptian government', EG,
      'الحكومة ستطرح حزمة جديدة للحماية الاجتماعية بقيمة 180 مليار جنيه، تشمل زيادة الحد الأدنى للأجور إلى 6 آلاف جنيه شهرياً اعتباراً من أول مارس',
      mod='planned', attr=MAD, date='2024-03-01', basis='اعتباراً من أول مارس (effective date of the wage increase)'),
    E('statement', 'Hani Abu al-Fotouh', None,
      'قال الخبير المصرفي هاني أبو الفتوح لـ"اليوم السابع" إن رفع الفائدة بهذا الحجم يستهدف امتصاص السيولة واحتواء الضغوط التضخمية'),
    E('other', None, EG, 'يتراجع التضخم تدريجياً خلال النصف الثاني من العام الجاري', mod='predicted',
      attr='Hani Abu al-Fotouh', basis='خلال النصف الثاني من العام الجاري — second half of 2024, no day/week value'),
    E('other', None, EG, 'الأسواق شهدت تراجعاً في أسعار بعض السلع المستوردة بنحو 10% خلال الساعات الماضية',
      mod='reported', attr='Ahmed Sheiha', basis='خلال الساعات الماضية — period, no value'),
    E('other', MPC, EG, 'تعقد لجنة السياسة النقدية اجتماعها الدوري المقبل في 28 مارس الجاري', mod='planned',
      date='2024-03-28', basis='28 مارس الجاري'),
]

NUMBERS = [
    N('6', 'percent', 'interest-rate rise in percentage points (headline)', 'exact', '6%'),
    N('8000000000', 'US dollars', 'new size of the IMF loan to Egypt (headline)', 'exact', '8 مليارات دولار', occ=0),
    N('600', 'basis points', 'rise in the central bank deposit and lending rates', 'exact', '600 نقطة أساس'),
    N('27.25', 'percent', 'new overnight deposit rate', 'exact', '27.25%'),
    N('28.25', 'percent', 'new overnight lending rate', 'exact', '28.25%'),
    N('49.5', 'Egyptian pounds', 'bank buying rate of the US dollar after the float', 'approx', 'نحو 49.5 جنيه'),
    N('30.85', 'Egyptian pounds', 'US dollar rate before the decision', 'exact', '30.85 جنيه'),
    N('37', 'percent', "fall in the pound's value", 'more than', '37%'),
    N('3000000000', 'US dollars', 'original size of the IMF loan', 'exact', '3 مليارات دولار'),
    N('8000000000', 'US dollars', 'new size of the IMF loan', 'exact', '8 مليارات دولار', occ=1),
    N('1200000000', 'US dollars', 'possible extra financing from the Resilience and Sustainability Facility', 'approx',
      'نحو 1.2 مليار دولار'),
    N('29.8', 'percent', 'annual urban headline inflation, January 2024', 'exact', '29.8%'),
    N('38', 'percent', 'record annual inflation, September 2023', 'exact', '38%'),
    N('35000000000', 'US dollars', 'direct investment from the Ras El Hekma deal', 'exact', '35 مليار دولار'),
    N('10000000000', 'US dollars', 'Ras El Hekma money received so far', 'exact', '10 مليارات دولار'),
    N('180000000000', 'Egyptian pounds', 'value of the new social-protection package', 'exact', '180 مليار جنيه'),
    N('6000', 'Egyptian pounds', 'new monthly minimum wage', 'exact', '6 آلاف جنيه'),
    N('10', 'percent', 'fall in prices of some imported goods', 'approx', 'نحو 10%'),
]

ENTITIES = [
    ('المركزي', 'ORG', CBE),
    ('البنك المركزي المصري', 'ORG', CBE),
    ('لجنة السياسة النقدية', 'ORG', MPC),
    ('صندوق النقد', 'ORG', IMF),
    ('صندوق النقد الدولي', 'ORG', IMF),
    ('الصندوق', 'ORG', IMF),
    ('صندوق الصلابة والاستدامة', 'ORG', 'Resilience and Sustainability Facility (IMF)'),
    ('للجهاز المركزي للتعبئة العامة والإحصاء', 'ORG', 'CAPMAS'),
    ('مجلس الوزراء', 'ORG', 'Cabinet of Egypt'),
    ('اليوم السابع', 'ORG', 'Youm7'),
    ('شعبة المستوردين', 'ORG', 'Importers Division (Cairo Chamber of Commerce)'),
    ('الغرفة التجارية', 'ORG', 'Cairo Chamber of Commerce'),
    ('إيفانا فلادكوفا هولار', 'PER', HOL),
    ('مصطفى مدبولي', 'PER', MAD),
    ('مدبولي', 'PER', MAD),
    ('هاني أبو الفتوح', 'PER', 'Hani Abu al-Fotouh'),
    ('أحمد شيحة', 'PER', 'Ahmed Sheiha'),
    ('مصر', 'LOC', EG),
    ('العاصمة الإدارية الجديدة', 'LOC', 'New Administrative Capital'),
    ('رأس الحكمة', 'LOC', 'Ras El Hekma'),
    ('الإمارات', 'LOC', 'United Arab Emirates'),
    ('القاهرة', 'LOC', 'Cairo'),
]

ATTRIBUTIONS = [
    A(CBE, 'قال',
      'توحيد سعر الصرف إجراء بالغ الأهمية، إذ يساهم في القضاء على تراكم الطلب على النقد الأجنبي بعد إغلاق الفجوة بين سعر الصرف في السوقين الرسمية والموازية',
      dq=True),
    A(IMF, 'أعلن',
      'التوصل إلى اتفاق على مستوى الخبراء مع مصر بشأن المراجعتين الأولى والثانية لبرنامج الإصلاح الاقتصادي، يرفع قيمة القرض من 3 مليارات دولار إلى 8 مليارات دولار'),
    A(HOL, 'قالت', 'السلطات المصرية أبدت التزاماً قوياً بالتحول إلى نظام سعر صرف مرن', dq=True),
    A(HOL, 'مضيفة', 'مصر قد تحصل على تمويل إضافي بنحو 1.2 مليار دولار من صندوق الصلابة والاستدامة'),
    A('CAPMAS', 'وفقاً', 'سجل معدل التضخم السنوي العام في المدن المصرية 29.8% في يناير الماضي'),
    A(MAD, 'أكد', 'الدولة "لن تسمح بعودة السوق الموازية للعملة مرة أخرى"'),
    A(MAD, 'مشيراً',
      'صفقة تطوير مدينة رأس الحكمة مع الإمارات ستوفر 35 مليار دولار استثمارات مباشرة، تسلمت مصر منها 10 مليارات دولار حتى الآن'),
    A(MAD, 'أضاف',
      'الحكومة ستطرح حزمة جديدة للحماية الاجتماعية بقيمة 180 مليار جنيه، تشمل زيادة الحد الأدنى للأجور إلى 6 آلاف جنيه شهرياً اعتباراً من أول مارس'),
    A('Hani Abu al-Fotouh', 'قال', 'رفع الفائدة بهذا الحجم يستهدف امتصاص السيولة واحتواء الضغوط التضخمية'),
    A('Hani Abu al-Fotouh', 'متوقعاً', 'يتراجع التضخم تدريجياً خلال النصف الثاني من العام الجاري'),
    A('Ahmed Sheiha', 'قال',
      'الأسواق شهدت تراجعاً في أسعار بعض السلع المستوردة بنحو 10% خلال الساعات الماضية، بعد اختفاء الفارق بين سعري الدولار في البنوك والسوق السوداء'),
]

DATES = [
    D('أمس', '2024-03-06', 'relative', ctx='أمس الأربعاء'),
    D('الأربعاء', '2024-03-06', 'weekday'),
    D('أمس', '2024-03-06', 'relative', ctx='تعاملات أمس'),
    D('يناير الماضي', '2024-01', 'absolute'),
    D('سبتمبر 2023', '2023-09', 'absolute'),
    D('اليوم', '2024-03-07', 'relative', ctx='اليوم الخميس'),
    D('الخميس', '2024-03-07', 'weekday'),
    D('حتى الآن', None, 'relative'),
    D('أول مارس', '2024-03-01', 'absolute'),
    D('النصف الثاني من العام الجاري', None, 'relative'),
    D('الساعات الماضية', None, 'relative'),
    D('28 مارس الجاري', '2024-03-28', 'absolute'),
]

FRAMING = [
    ('exchange-rate float', 'يحرر سعر الصرف'),
    ('exchange-rate float', 'توحيد سعر الصرف'),
    ('exchange-rate float', 'نظام سعر صرف مرن'),
    ('parallel (black) market', 'السوق الموازية'),
    ('parallel (black) market', 'السوق السوداء'),
    ('parallel (black) market', 'الموازية'),
    ('IMF', 'صندوق النقد'),
    ('IMF', 'الصندوق'),
    ('Egyptian state/government', 'الدولة'),
    ('Egyptian state/government', 'الحكومة'),
    ('inflation', 'التضخم'),
    ('inflation', 'الضغوط التضخمية'),
    ('social protection', 'للحماية الاجتماعية'),
]

UNCERTAIN = [
    'The September 2023 peak (events[11]) follows "وفقاً للجهاز المركزي ..." in the same sentence and is attributed to CAPMAS, although the attribution span (attributions[4]) covers only the January figure before the marker.',
    'Economic facts (rate rise, float, depreciation, loan, inflation prints, deals) are typed other; the rate decision dated "أمس الأربعاء" is the outlet\'s voice (asserted), the IMF agreement is reported (أعلن).',
    'Units beyond the seeds: basis points, US dollars, Egyptian pounds; money values are written out in full (8 مليارات = 8000000000). The headline "6%" is the rise in percentage points. Currencies (الجنيه، الدولار) are not entities.',
    '"المراجعتين الأولى والثانية" (the first and second reviews) is a dual with ordinals naming the reviews, not counted (like the seeds\' "بلدتا").',
    '"اليوم" in "اليوم السابع" (the outlet\'s name) is not a date; "شهرياً" (monthly) is a frequency, not a date; "المقبل" in "اجتماعها الدوري المقبل" is an adjective.',
    '"أول مارس" (1 March, in "اعتباراً من أول مارس") is resolved to 2024-03-01 and dates the planned wage increase (events[15]); the package announcement itself is undated.',
    '"الغرفة التجارية بالقاهرة": "الغرفة التجارية" (ORG) and "القاهرة" (LOC) are separate mentions; the framing term "الموازية" counts the bare adjective standing for the parallel market in the CBE quote (its occurrence inside "السوق الموازية" is counted under the longer term).',
]
