"""Events beyond war reporting: the trigger lexicon and role attachment on topics the seeds never had.

Each row is a sentence in ordinary Arabic news language (banks, water, protests, raids and arrests,
quakes/floods/fires/storms, elections, decrees, courts, talks, aid, prisoner releases) and the
event(s) it must yield: (type or subtype, words the span must contain). Actor and place checks
compare a part of the English name, so they do not hang on the gazetteer's exact spelling.
Rows of the second table must yield no event (mentions, demands, names that hold a trigger word).
"""
from __future__ import annotations

import pytest

from generator.models import RawArticle
from generator.nlp.analyse import analyse
from generator.nlp.entities import Gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def _events(body: str, gaz: Gazetteer):
    art = analyse(RawArticle(id="t", source_file="t.txt", body=body, published="2024-03-10"), gaz)
    for e in art.facts.events:
        assert body[e.start:e.end] == e.text
    return art.facts.events


# (sentence, [(type or subtype, words in the span)], actor_en part or None, location_en part or None)
CASES = [
    # banks and money
    ("وأغلقت المصارف اللبنانية أبوابها أمام المودعين لمدة ثلاثة أيام.",
     [("economy", "أغلقت المصارف اللبنانية أبوابها")], None, None),
    ("وهبطت الليرة اللبنانية إلى مستوى قياسي جديد أمام الدولار.",
     [("economy", "هبطت الليرة اللبنانية")], None, None),
    ("وقرر البنك المركزي الأردني تثبيت أسعار الفائدة.",
     [("economy", "تثبيت أسعار الفائدة")], "Jordan", None),
    # water and drought
    ("وجفت بحيرة ساوة في محافظة المثنى بالكامل.",
     [("disaster", "جفت بحيرة ساوة")], None, None),
    ("وقطعت السلطات التركية المياه عن محطة علوك في ريف الحسكة.",
     [("outage", "قطعت السلطات التركية المياه")], None, "Hasakah"),
    # protests
    ("وخرج آلاف المحتجين إلى شوارع الخرطوم للمطالبة بالحكم المدني.",
     [("protest", "خرج آلاف المحتجين")], None, "Khartoum"),
    ("ونظم المعلمون وقفة احتجاجية أمام وزارة التربية في عمان.",
     [("protest", "نظم المعلمون وقفة احتجاجية")], None, None),
    ("وأضرب عمال الموانئ عن العمل احتجاجا على تأخر الرواتب.",
     [("protest", "أضرب عمال الموانئ عن العمل")], None, None),
    # "ساحة الشهداء" is a square, not a death
    ("وفرقت قوات الأمن المتظاهرين بالغاز المسيل للدموع في ساحة الشهداء.",
     [("protest", "فرقت قوات الأمن المتظاهرين")], None, None),
    # raids and arrests, passive and verbal-noun forms; a و-joined second verb is its own clause
    ("وداهمت قوة أمنية منزلا في حي الكرامة واعتقلت ثلاثة مطلوبين.",
     [("raid", "داهمت قوة أمنية منزلا"), ("arrest", "اعتقلت ثلاثة مطلوبين")], None, None),
    ("وتم اعتقال خمسة أشخاص يشتبه في تورطهم بالهجوم.",
     [("arrest", "تم اعتقال خمسة أشخاص")], None, None),
    ("وألقت الشرطة القبض على المتهم الرئيسي في القضية.",
     [("arrest", "ألقت الشرطة القبض")], None, None),
    ("وأفرجت السلطات عن عشرات المعتقلين بموجب عفو رئاسي.",
     [("release", "أفرجت السلطات عن عشرات المعتقلين")], None, None),
    # the agent of a passive: "على يد", "من قبل"
    ("وقتل مسلحان على يد قوات الأمن في العريش.",
     [("killing/casualties", "قتل مسلحان")], "security forces", "Arish"),
    # quakes, floods, fires, storms
    ("وضربت هزة أرضية بقوة 5.2 درجات ولاية ملاطية شرق تركيا.",
     [("disaster", "ضربت هزة أرضية")], None, "Malatya"),
    ("وغمرت مياه الفيضانات عشرات القرى في ولاية الجزيرة.",
     [("disaster", "غمرت مياه الفيضانات")], None, "Gezira"),
    ("والتهمت النيران مئات الهكتارات من الغابات في ولاية بجاية.",
     [("fire", "التهمت النيران")], None, None),
    ("واجتاحت العاصفة دانيال مدن الشرق الليبي.",
     [("disaster", "اجتاحت العاصفة دانيال")], None, None),
    ("وجرى تدمير عشرات المنازل جراء السيول.",
     [("destruction", "جرى تدمير عشرات المنازل")], None, None),
    # elections, decrees, courts
    ("وأدلى الناخبون بأصواتهم في الانتخابات البلدية.",
     [("election", "أدلى الناخبون بأصواتهم")], None, None),
    ("وفاز حزب العدالة والتنمية بأغلبية مقاعد البرلمان.",
     [("election", "فاز حزب العدالة والتنمية")], "Justice and Development", None),
    ("وأصدر الرئيس التونسي مرسوما بحل المجلس الأعلى للقضاء.",
     [("decree", "أصدر الرئيس التونسي مرسوما")], None, None),
    ("وقضت محكمة الجنايات بإعدام ثلاثة متهمين.",
     [("ruling", "قضت محكمة الجنايات بإعدام")], None, None),
    ("وحكمت المحكمة على الناشط بالسجن خمس سنوات.",
     [("ruling", "حكمت المحكمة على الناشط بالسجن")], None, None),
    # talks, aid, prisoner exchanges
    ("واستأنف الوفدان المفاوضات في جنيف برعاية الأمم المتحدة.",
     [("negotiation", "استأنف الوفدان المفاوضات")], None, "Geneva"),
    ("ودخلت 200 شاحنة محملة بالمساعدات إلى قطاع غزة عبر معبر رفح.",
     [("aid", "دخلت 200 شاحنة محملة بالمساعدات")], None, "Gaza"),
    ("ووزع برنامج الأغذية العالمي مساعدات غذائية على 50 ألف أسرة في مأرب.",
     [("aid", "وزع برنامج الأغذية العالمي مساعدات")], "World Food", "Marib"),
    # a release told twice in one clause is one event
    ("وأفرجت حماس عن 13 رهينة إسرائيلية مقابل إطلاق سراح 39 أسيرا فلسطينيا.",
     [("release", "أفرجت حماس عن 13 رهينة")], "Hamas", None),
    ("وجرت عملية تبادل للأسرى بين الحكومة والحوثيين في مطار صنعاء.",
     [("exchange", "عملية تبادل للأسرى")], None, "Sanaa"),
    # casualty idioms
    ("ولقي ثلاثة أشخاص حتفهم في حادث سير.",
     [("killing/casualties", "لقي ثلاثة أشخاص حتفهم")], None, None),
    ("وأسفر الانفجار عن مقتل سبعة أشخاص.",
     [("killing/casualties", "مقتل سبعة أشخاص")], None, None),
    ("وارتفعت حصيلة ضحايا الزلزال إلى 2900 قتيل.",
     [("killing/casualties", "ضحايا الزلزال")], None, None),
    # unnamed agents of a kind; a nationality after the strike noun names the agent before its verb
    ("وأحرق محتجون غاضبون مقر قيادة الشرطة في الناصرية.",
     [("arson", "أحرق محتجون غاضبون")], "protesters", "Nasiriyah"),
    ("وتواصل فرق الإنقاذ البحث عن ناجين تحت الأنقاض في مدينة أنطاكيا.",
     [("rescue", "فرق الإنقاذ")], "rescue teams", "Antakya"),
    ("وقالت وزارة الصحة إن غارات إسرائيلية استهدفت مدينتي خان يونس ورفح.",
     [("airstrike/shelling", "غارات إسرائيلية استهدفت")], "Israeli", "Rafah"),
    # the speaker's own forces: "قال الجيش إن قواته ..."
    ("وأكد الجيش السوداني أن قواته استعادت السيطرة على مدينة سنجة.",
     [("capture/control", "قواته استعادت السيطرة")], "Sudanese Armed Forces", "Sinja"),
]


@pytest.mark.parametrize("body,expected,actor,location", CASES, ids=[c[0][:30] for c in CASES])
def test_general_event_table(gaz, body, expected, actor, location):
    evs = [e for e in _events(body, gaz) if e.type != "statement"]
    got = [(e.type, e.subtype, e.text, e.actor_en, e.location_en) for e in evs]
    assert len(evs) == len(expected), got
    for (typ, words), e in zip(expected, evs):
        assert typ in (e.type, e.subtype), got
        assert words in e.text, got
    if actor is not None:
        assert any(e.actor_en and actor.lower() in e.actor_en.lower() for e in evs), got
    if location is not None:
        assert any(e.location_en and location.lower() in e.location_en.lower() for e in evs), got


@pytest.mark.parametrize("body", [
    "وطالب المحتجون بالإفراج عن المعتقلين.",                       # a demand names the release
    "ودعت المعارضة إلى إجراء انتخابات مبكرة.",                      # a call for a vote
    "وقال الوزير إن الحكومة ترفض تجميد الودائع.",                   # a refusal, not a freeze
    "ويقع مستشفى الشهداء في وسط المدينة.",                          # a name holding شهداء
    "وتحدث الخبراء عن مخاوف من تدمير البنية التحتية.",             # a fear, no destruction
    "وزار الوفد ساحة الشهداء في بيروت.",                            # the visit only
    "وعلى صعيد النزوح، قالت المفوضية إن الأرقام في تزايد.",          # a topic heading, no displacement
])
def test_mentions_are_not_events(gaz, body):
    evs = _events(body, gaz)
    assert all(e.type in ("statement", "visit/inspection") for e in evs), [(e.type, e.subtype, e.text) for e in evs]


def test_origin_is_not_the_place(gaz):
    """"من جنسيات إفريقية جنوب الصحراء" tells where the migrants come from, not where they were rescued."""
    evs = _events("وأنقذت وحدات الحرس البحري 7 مهاجرين من جنسيات إفريقية جنوب الصحراء.", gaz)
    assert [e.subtype for e in evs] == ["rescue"]
    assert evs[0].location_en is None


# Round 2 (issue 3): non-combat clauses, type fixes, statements. Own sentences, not from any gold set.
CASES_R2 = [
    # evacuations are displacement; "أجّلت" (postponed) is not
    ("وأجلت فرق الدفاع المدني نحو 300 عائلة من الأحياء المنكوبة في مدينة درنة.",
     [("displacement", "أجلت فرق الدفاع المدني نحو 300 عائلة")], None, "Derna"),
    ("وتم إجلاء مئات السياح من الفنادق الساحلية بسبب الحرائق.",
     [("displacement", "إجلاء مئات السياح")], None, None),
    # funerals, condolences
    ("وشيع المئات جثامين الضحايا في مقبرة البلدة بعد صلاة الظهر.",
     [("burial", "شيع المئات جثامين الضحايا")], None, None),
    ("وقدم وزير الداخلية التعازي لأسر الضحايا.",
     [("condolence", "قدم وزير الداخلية التعازي")], None, None),
    # fire spreading
    ("وأتت النيران على مئات الهكتارات من أشجار الزيتون في ولاية سطيف.",
     [("fire", "أتت النيران على مئات الهكتارات")], None, None),
    ("وامتدت الحرائق إلى منازل القرويين في سفوح الجبال.",
     [("fire", "امتدت الحرائق إلى منازل")], None, None),
    # tear gas, closures, suspensions, deployments
    ("واستخدمت الشرطة الغاز المسيل للدموع لتفريق المعتصمين أمام البرلمان.",
     [("shooting", "استخدمت الشرطة الغاز المسيل للدموع")], None, None),
    ("وأغلق محتجون الطريق الدولي بالإطارات المشتعلة.",
     [("closure", "أغلق محتجون الطريق الدولي")], "protesters", None),
    ("وعلقت شركة الطيران رحلاتها إلى المدينة، وأعلنت السلطات تعليق الدراسة في المدارس.",
     [("other", "علقت شركة الطيران رحلاتها"), ("suspension", "تعليق الدراسة")], None, None),
    ("وانتشرت قوات الجيش في الشوارع الرئيسية للمدينة.",
     [("deployment", "انتشرت قوات الجيش")], None, None),
    # an arrest noun with a figure after it needs no predicate
    ("وأعلنت المديرية توقيف 12 شخصا بتهمة التهريب.",
     [("arrest", "توقيف 12 شخصا")], None, None),
    # bodies recovered are casualties; an ongoing recovery is not told
    ("وانتشل الغواصون جثث خمسة مهاجرين قبالة سواحل صفاقس.",
     [("killing/casualties", "انتشل الغواصون جثث خمسة مهاجرين")], None, "Sfax"),
    # the attack began with a blast: the blast; a missile fell: a strike
    ("وكان الهجوم قد بدأ صباح الأحد بتفجير شاحنة مفخخة قرب بوابة القاعدة.",
     [("explosion", "بتفجير شاحنة مفخخة")], None, None),
    ("وقال شهود إن الصاروخ سقط قرب مدرسة للنازحين في المدينة.",
     [("airstrike/shelling", "الصاروخ سقط قرب مدرسة")], None, None),
    # ending a siege retakes the place; storming a building takes it; fire traps, it does not encircle
    ("وأعلن الجيش انتهاء الحصار الذي فرضه المسلحون على المجمع التجاري.",
     [("capture/control", "انتهاء الحصار")], None, None),
    ("واقتحم مسلحون مبنى البلدية واحتجزوا عددا من الموظفين.",
     [("capture/control", "اقتحم مسلحون مبنى البلدية"), ("arrest", "احتجزوا عددا من الموظفين")], "gunmen", None),
    ("ولقي خمسة من رجال الإطفاء حتفهم بعدما حاصرتهم النيران في الغابة.",
     [("killing/casualties", "لقي خمسة من رجال الإطفاء حتفهم")], None, None),
    # a toll's span starts at its figure
    ("العراق: أكثر من 200 قتيل في حريق قاعة الأعراس",
     [("killing/casualties", "أكثر من 200 قتيل")], None, None),
]


@pytest.mark.parametrize("body,expected,actor,location", CASES_R2, ids=[c[0][:30] for c in CASES_R2])
def test_general_event_table_round2(gaz, body, expected, actor, location):
    test_general_event_table(gaz, body, expected, actor, location)


def test_diplomats_meeting_is_no_link_up(gaz):
    """"التقى" between officials is a meeting; link-up is for forces meeting on the ground."""
    evs = _events("والتقى وزير الخارجية المصري نظيره التركي في أنقرة.", gaz)
    assert [(e.type, e.subtype) for e in evs] == [("other", "meeting")], [(e.type, e.subtype, e.text) for e in evs]
    evs = _events("والتقت القوات المتقدمة من الشمال بالقوات القادمة من الجنوب عند الجسر.", gaz)
    assert [e.type for e in evs] == ["link-up"], [(e.type, e.subtype, e.text) for e in evs]


# (sentence, words of the statement span, speaker part, date or None)
STATEMENTS = [
    # condemnations, solidarity, descriptions, promises: positions with no أن-clause
    ("وأدان الأمين العام للأمم المتحدة أنطونيو غوتيريش التفجير، ووصفه بأنه \"عمل جبان\".",
     "أدان الأمين العام للأمم المتحدة أنطونيو غوتيريش التفجير، ووصفه بأنه", "Guterres", None),
    ("وأعربت جامعة الدول العربية عن تضامنها مع الشعب المغربي.",
     "أعربت جامعة الدول العربية عن تضامنها", "Arab League", None),
    ("ونددت منظمة العفو الدولية بالحكم.", "نددت منظمة العفو الدولية", "Amnesty", None),
    # a statement dated by its own temporal phrase between the verb and what was said
    ("وأكد رئيس الوزراء الأردني بشر الخصاونة، في كلمة ألقاها يوم الأحد، أن \"الحكومة لن تتراجع عن قرارها\".",
     "أكد رئيس الوزراء الأردني بشر الخصاونة", None, "2024-03-10"),
    ("وكان الرئيس التونسي قد تعهد، أمس، بأن \"الدولة ستحمي حدودها\".",
     "تعهد، أمس، بأن", None, "2024-03-09"),
]


@pytest.mark.parametrize("body,words,speaker,date", STATEMENTS, ids=[c[0][:30] for c in STATEMENTS])
def test_statements_table(gaz, body, words, speaker, date):
    evs = [e for e in _events(body, gaz) if e.type == "statement"]
    got = [(e.text, e.actor_en, e.date, e.location_en) for e in evs]
    assert len(evs) == 1, got
    assert words in evs[0].text, got
    assert evs[0].location_en is None, got
    if speaker is not None:
        assert evs[0].actor_en and speaker.lower() in evs[0].actor_en.lower(), got
    assert evs[0].date == date, got


# Round 3 (issue 3): every predicate clause that tells a happening is a candidate. Verbs of change
# and of acts that the typed lexicon does not name give an "other" event (subtype "happening");
# clause openers (بعدما, بعد أن, فيما, ما أدى إلى) and a verb after a comma start a clause of their own.
# Own sentences, not from any gold set.
CASES_R3 = [
    ("وتضررت عشرات المنازل في القرى الجبلية جراء الأمطار الغزيرة.",
     [("happening", "تضررت عشرات المنازل")], None, None),
    ("وانقطعت الطرق المؤدية إلى مدينة الحسكة بعد تساقط الثلوج.",
     [("happening", "انقطعت الطرق المؤدية إلى مدينة الحسكة")], None, "Hasakah"),
    ("ووصل وفد من صندوق النقد الدولي إلى بيروت مساء الاثنين.",
     [("happening", "وصل وفد من صندوق النقد الدولي")], None, "Beirut"),
    ("وقررت الحكومة المغربية تمديد العمل بالتوقيت الصيفي شهرا إضافيا.",
     [("happening", "قررت الحكومة المغربية تمديد العمل")], None, None),
    ("وافتتح وزير الصحة مستشفى ميدانيا في مدينة الموصل.",
     [("happening", "افتتح وزير الصحة مستشفى ميدانيا")], None, "Mosul"),
    # a clause opener ends the clause before it: two happenings
    ("وتوقفت حركة القطارات بين المدينتين، بعدما ارتفع منسوب النهر إلى مستوى قياسي.",
     [("happening", "توقفت حركة القطارات بين المدينتين"), ("happening", "ارتفع منسوب النهر")], None, None),
    # a verb after a comma is its own clause: the clashes and the tear gas used in them
    ("واندلعت مواجهات بين الشبان وقوات الشرطة، استخدمت فيها الأخيرة الغاز المسيل للدموع.",
     [("other", "مواجهات بين الشبان"), ("shooting", "استخدمت فيها الأخيرة الغاز")], None, None),
    # a past act in a relative clause is told
    ("وحضر المراسم وزير الدفاع الذي قدم التعازي لأسرة الضحية.",
     [("happening", "حضر المراسم وزير الدفاع"), ("condolence", "قدم التعازي")], None, None),
    # talks launched: a happening (the round of talks is no visit)
    ("وانطلقت في الدوحة جولة جديدة من المحادثات.",
     [("happening", "انطلقت في الدوحة جولة جديدة")], None, "Doha"),
    # plans: a present verb after "على أن" is planned
    ("ووقعت الحكومة اتفاقا مع البنك الدولي، على أن ينطلق المشروع رسميا الشهر المقبل.",
     [("agreement/ceasefire", "وقعت الحكومة اتفاقا"), ("happening", "ينطلق المشروع رسميا")], None, None),
]


@pytest.mark.parametrize("body,expected,actor,location", CASES_R3, ids=[c[0][:30] for c in CASES_R3])
def test_general_event_table_round3(gaz, body, expected, actor, location):
    test_general_event_table(gaz, body, expected, actor, location)


@pytest.mark.parametrize("body", [
    "وأكد الوزير ضرورة فتح الطرق أمام قوافل الإغاثة.",                 # a verbal noun after a noun
    "وتأخر الإعلان عن النتائج بسبب توقف الإنترنت في عدة مناطق.",          # a verbal noun after بسبب
    "وطالبت النقابة بإعادة فتح المعبر الحدودي.",                          # إعادة: ة, a noun
    "وتعد محافظة السويس الأكثر تضررا من الأزمة.",                         # تضررا: an accusative noun
    "وفر السكان هرباً من القصف نحو الحدود.",                               # هرباً: a noun with tanwin
    "وارتفع عدد الإصابات بالكوليرا في المخيمات.",                          # a toll that rises
    "وقال المدير إن المستشفى يستقبل يوميا مئات المراجعين.",                # a habit, not a happening
    "وسقطت القذيفة في أرض زراعية دون أن تسجل إصابات.",                    # negated through أن
])
def test_generic_verbs_need_a_clause(gaz, body):
    evs = _events(body, gaz)
    assert not any(e.subtype == "happening" for e in evs), [(e.type, e.subtype, e.text) for e in evs]


# Round 3, typed triggers for what the generic verbs should not swallow: reaching a city's edge,
# repelling an attack, massacres and losses inflicted, displacement, migrants entering, rescues,
# missiles launched, statements of feeling; own sentences.
CASES_R3_TYPED = [
    ("ووصلت القوات المهاجمة إلى مشارف مدينة الرقة مساء الأحد.",
     [("advance/offensive", "وصلت القوات المهاجمة إلى مشارف")], None, "Raqqa"),
    ("وتصدت وحدات الجيش لهجوم واسع على مواقعها في ريف حماة.",
     [("counter-attack", "تصدت وحدات الجيش لهجوم واسع")], None, None),
    ("وكبدت القوات المهاجمين خسائر فادحة في الأرواح.",
     [("killing/casualties", "كبدت القوات المهاجمين خسائر")], None, None),
    ("وارتكبت الميليشيا مجزرة جديدة في القرية.",
     [("killing/casualties", "ارتكبت الميليشيا مجزرة")], None, None),
    ("وشردت المعارك آلاف العائلات من قراها.",
     [("displacement", "شردت المعارك آلاف العائلات")], None, None),
    ("ووصلت عشرات العائلات النازحة إلى مخيمات الشمال.",
     [("displacement", "وصلت عشرات العائلات النازحة إلى مخيمات")], None, None),
    ("ودخل مئات المهاجرين إلى الجزيرة خلال الليل.",
     [("arrival", "دخل مئات المهاجرين")], None, None),
    ("وانتشل متطوعون طفلا حيا من تحت الأنقاض.",
     [("rescue", "انتشل متطوعون طفلا حيا")], None, None),
    ("وقال المسؤول إن 40 جثة انتشلت من تحت الأنقاض حتى الآن.",
     [("killing/casualties", "40 جثة انتشلت")], None, None),
    ("وأطلقت القوات الروسية 40 صاروخا على مدن أوكرانية.",
     [("airstrike/shelling", "أطلقت القوات الروسية 40 صاروخا")], None, None),
    # a strike's target is no strike of its own; a clause opener (إذ) ends the clause before it
    ("ونفذت الطائرات ضربات على 12 صاروخا كانت معدة للإطلاق.",
     [("airstrike/shelling", "نفذت الطائرات ضربات")], None, None),
    # a trigger word inside a quoted name tells nothing
    ('ودخلت فصائل "غرفة عمليات الفتح" بلدة كفرنبودة.',
     [("capture/control", "دخلت فصائل")], None, None),
]


@pytest.mark.parametrize("body,expected,actor,location", CASES_R3_TYPED, ids=[c[0][:30] for c in CASES_R3_TYPED])
def test_general_event_table_round3_typed(gaz, body, expected, actor, location):
    test_general_event_table(gaz, body, expected, actor, location)


@pytest.mark.parametrize("body,kind", [
    ("وعبر وزير الخارجية عن قلقه من التصعيد.", "statement"),                    # عبّر عن: no crossing
    ("وأدانت الحكومة الهجوم.", "statement"),                                    # the attack named again
    ("وحذرت لجان المقاومة من حشود لقوات الدعم السريع.", "statement"),          # دعم inside a name accuses no one
])
def test_positions_only(gaz, body, kind):
    evs = _events(body, gaz)
    assert [e.type for e in evs] == [kind], [(e.type, e.subtype, e.text) for e in evs]


def test_via_is_no_crossing(gaz):
    evs = _events("وقال المتحدث عبر قناته في تلغرام إن الوضع هادئ.", gaz)
    assert not any(e.type == "advance/offensive" for e in evs), [(e.type, e.text) for e in evs]


def test_opener_idh_starts_the_clause(gaz):
    """"إذ" opens a clause: the strike after it does not reach back over what came before."""
    evs = _events("وتزامن ذلك مع تصعيد جوي، إذ استهدفت غارات جوية سوقا شعبيا في المدينة.", gaz)
    assert [e.text for e in evs if e.type == "airstrike/shelling"] == ["تصعيد جوي",
                                                                     "استهدفت غارات جوية سوقا شعبيا في المدينة"], \
        [(e.type, e.text) for e in evs]


# Round 3, heldout8 lessons: a و-joined subject before a verb opens a clause after something told;
# charges filed (ادّعى على) accuse, "يُدعى" names; what is condemned was told already; an
# intervention is a noun; evacuation flights, arson, gatherings; own sentences.
CASES_R3_MORE = [
    ("قصف مدفعي على أطراف البلدة والقوات الخاصة تعتقل عشرة مطلوبين",
     [("airstrike/shelling", "قصف مدفعي على أطراف البلدة"), ("arrest", "القوات الخاصة تعتقل")], None, None),
    ("وادعى المحقق العدلي على ثلاثة وزراء سابقين.",
     [("accusation", "ادعى المحقق العدلي على ثلاثة وزراء")], None, None),
    # Rome is where they are flown to: the briefing reads a displacement's place as where from
    ("وستنقل الطائرات العسكرية رعايا أوروبيين إلى روما.",
     [("displacement", "ستنقل الطائرات العسكرية رعايا")], None, None),
    ("وأضرم محتجون النار في مبنى البلدية.",
     [("arson", "أضرم محتجون النار")], "protesters", None),
    ("وتجمع مئات المحتجين أمام مبنى البرلمان.",
     [("protest", "تجمع مئات المحتجين")], None, None),
]


@pytest.mark.parametrize("body,expected,actor,location", CASES_R3_MORE, ids=[c[0][:30] for c in CASES_R3_MORE])
def test_general_event_table_round3_more(gaz, body, expected, actor, location):
    test_general_event_table(gaz, body, expected, actor, location)


@pytest.mark.parametrize("body", [
    "وقال أحد السكان، ويدعى علي حسن، إن الوضع صعب.",                  # يُدعى: named, no charge
    "وحذر الوزير من أي تدخل عسكري في البلاد.",                        # an intervention, no one enters
    "ودانت الحركة في بيان المجزرة المروعة.",                           # the massacre condemned, told before
])
def test_no_new_event(gaz, body):
    evs = _events(body, gaz)
    assert all(e.type == "statement" for e in evs), [(e.type, e.subtype, e.text) for e in evs]


# Round 3, rescues, bodies, decisions, storms and returns to normal; own sentences.
CASES_R3_LAST = [
    ("وتمكنت فرق الإنقاذ من إنقاذ 12 شخصا علقوا في سياراتهم.",
     [("rescue", "إنقاذ 12 شخصا")], None, None),
    ("وانتشلت وحدات الحرس البحري 9 جثث لمهاجرين قبالة السواحل.",
     [("killing/casualties", "9 جثث")], None, None),
    ("وأسفرت الغارة عن قتل 3 مسلحين.",
     [("killing/casualties", "قتل 3 مسلحين")], None, None),
    ("وشاركت نحو 100 طائرة في الهجوم على المنشآت العسكرية.",
     [("airstrike/shelling", "الهجوم على المنشآت العسكرية")], None, None),
    ("وعادت الحياة إلى طبيعتها في المدينة صباح السبت.",
     [("happening", "عادت الحياة إلى طبيعتها")], None, None),
    ("واستؤنفت الرحلات الجوية في المطار بعد تعليقها لساعات.",
     [("happening", "استؤنفت الرحلات الجوية")], None, None),
    ("وقررت وزارة التربية تعطيل الدراسة في جميع المدارس.",
     [("suspension", "قررت وزارة التربية تعطيل الدراسة")], None, None),
    ("وأغلق الطريق الساحلي جزئيا لثلاث ساعات.",
     [("closure", "أغلق الطريق الساحلي")], None, None),
    ("وأعقبت المواجهات عمليات ترحيل لمئات المهاجرين نحو الحدود.",
     [("displacement", "ترحيل لمئات المهاجرين")], None, None),
    ("وغرقت الشوارع في عدة أحياء بعد هطول أمطار غزيرة.",
     [("disaster", "غرقت الشوارع")], None, None),
    ("وشهدت البلاد أمس هطول أمطار غزيرة.",
     [("disaster", "هطول أمطار غزيرة")], None, None),
    # the wounded taken to hospital: a happening, not a casualty count (they are not counted)
    ("ونقل الجرحى إلى مستشفيات المدينة.",
     [("happening", "نقل الجرحى إلى مستشفيات")], None, None),
    # a facility hit is a strike; a person hit is a casualty
    ("وأصيبت محطة الكهرباء الرئيسية بضربتين مباشرتين.",
     [("airstrike/shelling", "أصيبت محطة الكهرباء الرئيسية")], None, None),
    ("وأصيب ثلاثة أشخاص بشظايا القذيفة.",
     [("killing/casualties", "أصيب ثلاثة أشخاص")], None, None),
    # a short quoted name after its head noun tells nothing ("كتلة «التحرير»")
    ('وقالت مصادر في كتلة «التنمية والتحرير» إن الوضع معقد.', [], None, None),
    # shot down by air defences: an interception, not a strike; a leak is an incident
    ("وأسقطت الدفاعات الجوية 37 صاروخا و55 مسيرة.",
     [("interception", "أسقطت الدفاعات الجوية 37 صاروخا")], None, None),
    ("وأدت الأمطار إلى تسرب مياه إلى سرداب مجمع تجاري.",
     [("incident", "تسرب مياه إلى سرداب")], None, None),
    ("وأقفلت الإدارات العامة والمدارس في ذكرى الانفجار.",
     [("closure", "أقفلت الإدارات العامة والمدارس")], None, None),
]


@pytest.mark.parametrize("body,expected,actor,location", CASES_R3_LAST, ids=[c[0][:30] for c in CASES_R3_LAST])
def test_general_event_table_round3_last(gaz, body, expected, actor, location):
    test_general_event_table(gaz, body, expected, actor, location)


def test_attack_judged_is_no_attack(gaz):
    """"أن الهجوم يكشف ضعف العدو": the attack is the topic of a judgement, told elsewhere."""
    evs = _events("وقالت الحركة إن الهجوم يكشف ضعف العدو.", gaz)
    assert not any(e.type in ("advance/offensive", "airstrike/shelling") for e in evs), [(e.type, e.text) for e in evs]


# Actors and places, round 3: a country as the subject of a verb acts (and is no scene); a verbal
# noun takes the subject of the clause it is the object of; the article's scene is the place it
# names as a place ("في نيامي", "من نيامي"), not the country that acts in it.
@pytest.mark.parametrize("body,typ,actor,location", [
    ("وأطلقت روسيا 40 صاروخا على مدن أوكرانية.", "airstrike/shelling", "Russia", None),
    ("وتسلمت مصر الدفعة الأولى من القرض.", "economy", "Egypt", None),
    ("وأعلن الرئيس التركي رجب طيب أردوغان حالة الطوارئ في عشر ولايات.", "emergency", "Erdo", None),
])
def test_subjects_act(gaz, body, typ, actor, location):
    evs = [e for e in _events(body, gaz) if typ in (e.type, e.subtype)]
    assert evs, [(e.type, e.subtype, e.text) for e in _events(body, gaz)]
    assert evs[0].actor_en and actor.lower() in evs[0].actor_en.lower(), [(e.type, e.actor_en, e.location_en) for e in evs]
    assert evs[0].location_en is None or actor.lower() not in evs[0].location_en.lower()


def test_scene_is_the_place_named_as_a_place(gaz):
    body = ("فرنسا تجلي مئات الرعايا من نيامي\n"
            "بدأت فرنسا إجلاء رعاياها من نيامي أمس. وقالت فرنسا إن الوضع في نيامي متوتر. "
            "وأرسلت فرنسا طائرة ثانية. وستنقل الطائرات الفرنسية رعايا أوروبيين أيضا.")
    evs = [e for e in _events(body, gaz) if e.type == "displacement"]
    assert evs and all(e.location_en and "Niamey" in e.location_en for e in evs), \
        [(e.text, e.location_en) for e in evs]


# Round 4: a support verb reaches its clash noun over places and a time, and prefers the event it
# forces over the clashes that force it; visits by moving to a place; أمر after قد; a present verb
# after قبل أن tells what followed; own sentences.
CASES_R4 = [
    ("وشهدت عدة مناطق في الجنوب ليل الأربعاء مواجهات بين محتجين وقوات الأمن.",
     [("other", "مواجهات بين محتجين")], None, None),
    ("وأجبرت المعارك آلاف الأشخاص على النزوح من المدينة.",
     [("displacement", "النزوح")], None, None),
    ("وتنقل وزير الداخلية إلى ولاية بجاية، حيث عاين الأضرار التي خلفتها الحرائق.",
     [("visit/inspection", "تنقل وزير الداخلية إلى ولاية بجاية"), ("visit/inspection", "عاين الأضرار")], None, "Bejaia"),
    ("وكان الرئيس قد أمر بتشديد العقوبات على المخالفين.",
     [("happening", "أمر بتشديد العقوبات")], None, None),
    ("وبدأ الإضراب في المدينة قبل أن يتسع ليشمل محافظات أخرى.",
     [("happening", "يتسع ليشمل محافظات أخرى")], None, None),
]


@pytest.mark.parametrize("body,expected,actor,location", CASES_R4, ids=[c[0][:30] for c in CASES_R4])
def test_general_event_table_round4(gaz, body, expected, actor, location):
    test_general_event_table(gaz, body, expected, actor, location)


@pytest.mark.parametrize("body,expected", [
    # entering a city's quarters is an advance, entering the city a capture
    ("وفصائل المعارضة تدخل أحياء حلب الغربية.", [("advance/offensive", "تدخل أحياء حلب")]),
    # an event ranked by a superlative was told already; an operations room is no operation
    ("وهي واحدة من أكثر الهجمات دموية منذ بدء الحرب.", []),
    ("وأعلنت غرفة العمليات أن الوضع هادئ.", []),
    # a quoted name of an operation tells nothing of its own
    ('وقال إن ما بدأ "عملية عسكرية خاصة" صار حربا شاملة.', []),
])
def test_round4_ranked_and_named(gaz, body, expected):
    evs = [e for e in _events(body, gaz) if e.type != "statement"]
    got = [(e.type, e.subtype, e.text) for e in evs]
    assert len(evs) == len(expected), got
    for (typ, words), e in zip(expected, evs):
        assert typ in (e.type, e.subtype) and words in e.text, got


@pytest.mark.parametrize("body,typ,actor", [
    # a span that starts after its proclitic و still reads the nationality of its strike noun
    ("فصائل المعارضة تتقدم في ريف حلب.. وغارات روسية مكثفة على إدلب", "airstrike/shelling", "Russia"),
    # a toll's cause stands before its figure
    ("وارتفعت حصيلة العدوان الإسرائيلي على القطاع إلى 41 ألف شهيد.", "killing/casualties", "Israel"),
    ("وقصفت طائرة مسيرة تابعة للاحتلال التركي موقعا قرب المطار.", "airstrike/shelling", "Turk"),
])
def test_national_agents(gaz, body, typ, actor):
    evs = [e for e in _events(body, gaz) if e.type == typ]
    assert evs and evs[-1].actor_en and actor.lower() in evs[-1].actor_en.lower(), \
        [(e.type, e.text, e.actor_en) for e in _events(body, gaz)]


# Round 5 (statements): a participle that takes a position after a named speaker's clause is a statement
# (an accusation with متهما), and right after a statement of the same speaker it goes on with that one;
# an announcing verb whose content is a verbal noun tells the act announced (type other, on the
# speaker's word), not a statement. Own sentences, not from any gold set.
@pytest.mark.parametrize("body,typ,words,speaker", [
    ('وأدانت وزارة الخارجية الأردنية الهجوم، مؤكدة أن "أمن المنطقة خط أحمر".',
     "statement", 'أدانت وزارة الخارجية الأردنية الهجوم، مؤكدة أن "أمن المنطقة خط أحمر', "Jordan"),
    ("وقال الرئيس التركي رجب طيب أردوغان إن بلاده لن تقف مكتوفة الأيدي، متهما الغرب بدعم الإرهاب.",
     "accusation", "متهما الغرب بدعم الإرهاب", "Erdogan"),
    ('وتحدث الأمين العام للأمم المتحدة أنطونيو غوتيريش عن الوضع الإنساني، محذرا من أن "الوقت ينفد".',
     "statement", 'محذرا من أن "الوقت ينفد', "Guterres"),
])
def test_position_participles(gaz, body, typ, words, speaker):
    evs = [e for e in _events(body, gaz) if e.type == typ]  # "قال الرئيس ... إن" is a statement of its own (round 8)
    got = [(e.type, e.text, e.actor_en) for e in evs]
    assert len(evs) == 1 and evs[0].type == typ and words in evs[0].text, got
    assert evs[0].actor_en and speaker.lower() in evs[0].actor_en.lower(), got


@pytest.mark.parametrize("body,words,actor", [
    ("وأعلنت وزارة الداخلية العراقية إغلاق المنافذ الحدودية مع سوريا.", "إغلاق المنافذ الحدودية مع سوريا", "Iraq"),
    ("وتفقد رئيس الوزراء العراقي محمد شياع السوداني موقع الحادث، وأعلن تشكيل لجنة للتحقيق.",
     "تشكيل لجنة للتحقيق", "Sudani"),
])
def test_announced_act_is_the_event(gaz, body, words, actor):
    evs = _events(body, gaz)
    got = [(e.type, e.subtype, e.text, e.actor_en, e.modality) for e in evs]
    assert not any(e.type == "statement" for e in evs), got
    ann = [e for e in evs if e.subtype == "announced"]
    assert len(ann) == 1 and ann[0].text == words and ann[0].modality == "reported", got
    assert ann[0].actor_en and actor.lower() in ann[0].actor_en.lower(), got


# Round 5 (precision): people reached or searched for are no toll; an event named again after a
# demonstrative tells nothing new; spellings that a generated conjugation would catch ("فجرا" at dawn,
# "لجان" committees) are no verbs; infiltration is an advance. Own sentences.
@pytest.mark.parametrize("body,expected", [
    ("ولم تتمكن سيارات الإسعاف من الوصول إلى عشرات الجرحى في الحي.", []),
    ("وتواصل فرق الدفاع المدني البحث عن 20 مفقودا تحت الأنقاض.", []),
    ("وارتفع عدد القتلى منذ الفجر إلى 55 قتيلا.", [("killing/casualties", "55 قتيلا")]),
    ("وأسفر القصف عن 12 قتيلا في السوق.", [("killing/casualties", "12 قتيلا")]),
    ("ويعد هذا الهجوم الأكبر منذ سنوات.", []),
    ("وشن مسلحون هجوما فجرا على حاجز للشرطة في مدينة العريش.", [("advance/offensive", "شن مسلحون هجوما فجرا")]),
    ("وحاولت مجموعة مسلحة التسلل إلى موقع عسكري قرب الحدود.", [("advance/offensive", "التسلل إلى موقع عسكري")]),
])
def test_round5_precision(gaz, body, expected):
    evs = [e for e in _events(body, gaz) if e.type not in ("statement", "accusation") and e.subtype != "announced"]
    got = [(e.type, e.subtype, e.text) for e in evs]
    assert len(evs) == len(expected), got
    for (typ, words), e in zip(expected, evs):
        assert typ in (e.type, e.subtype) and words in e.text, got


def test_committees_are_no_refuge(gaz):
    """"لجان" (committees) is not the feminine plural of لجأ (sought refuge)."""
    evs = _events("وشكلت الوزارة لجان تحقيق في المحافظات المتضررة.", gaz)
    assert not any(e.type == "displacement" for e in evs), [(e.type, e.text) for e in evs]


# Round 5 (recall): a strike named with its own target is told, not only the means of the toll; a figure
# written out counts; a fire devouring (تلتهم) is told in a headline. Own sentences.
@pytest.mark.parametrize("body,expected", [
    ("مقتل 12 شخصا بغارات روسية على ريف إدلب",
     [("killing/casualties", "12 شخصا"), ("airstrike/shelling", "غارات روسية على ريف إدلب")]),
    ("وقتل 3 مدنيين بضربة جوية.", [("killing/casualties", "قتل 3 مدنيين")]),
    ("الكويت: خمس وفيات في حادث سير", [("killing/casualties", "خمس وفيات")]),
    ("حرائق تلتهم غابات جبال الأطلس", [("fire", "حرائق تلتهم غابات")]),
])
def test_round5_recall(gaz, body, expected):
    evs = [e for e in _events(body, gaz) if e.type not in ("statement", "accusation")]
    got = [(e.type, e.subtype, e.text) for e in evs]
    assert len(evs) == len(expected), got
    for (typ, words), e in zip(expected, evs):
        assert typ in (e.type, e.subtype) and words in e.text, got


# Round 5 (generic acts): continuing, spreading, suspending, distributing and managing to are told with
# their object; "علق على" (commented) and "علقوا داخل" (stranded) are not suspensions. Own sentences.
@pytest.mark.parametrize("body,words", [
    ("وواصلت فرق الإطفاء مكافحة الحرائق في الغابات.", "واصلت فرق الإطفاء مكافحة الحرائق"),
    ("وعلّق رئيس الوزراء جلسات مجلس الوزراء حتى إشعار آخر.", "علّق رئيس الوزراء جلسات مجلس الوزراء"),
    ("ووزعت البلدية خياما على السكان.", "وزعت البلدية خياما"),
])
def test_generic_acts(gaz, body, words):
    evs = _events(body, gaz)
    assert any(e.type == "other" and words in e.text for e in evs), [(e.type, e.subtype, e.text) for e in evs]


@pytest.mark.parametrize("body", [
    "وعلّق الوزير على القرار بالقول إنه متسرع.",
    "وعلق عشرات الطلاب داخل السكن الجامعي.",
])
def test_no_suspension(gaz, body):
    evs = _events(body, gaz)
    assert not any(e.subtype == "happening" for e in evs), [(e.type, e.subtype, e.text) for e in evs]


# Round 6 (recall, general mechanisms): a siege imposed (an accusative noun taken by a support verb, not an
# adverb such as "حداداً"); assassinations; arson and release nouns with a pronoun (أفرجوا عنهما); accusations
# exchanged; foiled or handled attacks are counter-attacks (air defences that foil a strike are not); attacks with
# small arms and border crossings are advances; a body found is a death; fighters forced to flee; a clash with its
# own predicate; results listed after a cue (subject between) or after "إلى جانب"; the outbreak of fighting between
# named sides; a part of a toll told with its own verb, its means inside it. Own sentences, not from any gold set.
@pytest.mark.parametrize("body,expected", [
    ("وتفرض القوات منذ شهرين حصارا على بلدة مضايا.", [("encirclement", "حصارا على بلدة مضايا")]),
    # the adverb حداداً is no object of a verb; the crowd going out into the streets is told (round s18)
    ("وخرج السكان إلى الشوارع حداداً على أرواح الضحايا.", [("other", "خرج السكان إلى الشوارع")]),
    ("وشهدت مدينة جاسم خلال الشهر الماضي سلسلة عمليات اغتيال طالت عناصر سابقين في الفصائل.",
     [("killing/casualties", "سلسلة عمليات اغتيال")]),
    ("وشملت الاعتداءات إحراق عدد من السيارات.", [("arson", "إحراق عدد من السيارات")]),
    ("وخطف مسلحون تاجرين ثم أفرجوا عنهما بعد دفع فدية.",
     [("arrest", "خطف مسلحون تاجرين"), ("release", "أفرجوا عنهما")]),
    ("وتبادل الطرفان الاتهامات بالمسؤولية عن انهيار الهدنة.", [("accusation", "تبادل الطرفان الاتهامات")]),
    ("وأحبطت قوات الأمن هجوما لمسلحين من حركة الشباب على حاجز قرب مقديشو.",
     [("counter-attack", "أحبطت قوات الأمن هجوما")]),
    ("وأحبطت الدفاعات الجوية هجوما بطائرات مسيرة على القاعدة.", [("interception", "أحبطت الدفاعات الجوية")]),
    ("واستهدف مسلحون دورية للشرطة بالأسلحة الخفيفة قرب الرمادي.",
     [("advance/offensive", "استهدف مسلحون دورية للشرطة")]),
    ("وحاول مهربون اجتياز الحدود باتجاه الأراضي الأردنية.", [("advance/offensive", "اجتياز الحدود")]),
    ("عُثر على جثة شاب مقتولا بطلق ناري في ريف درعا.", [("killing/casualties", "عُثر على جثة شاب")]),
    ("وأجبرت قوات الأمن المسلحين على الفرار باتجاه الجبال.", [("flight", "أجبرت قوات الأمن المسلحين على الفرار")]),
    ("وقال مصدر إن الاشتباك استمر نحو ثلاث ساعات.", [("other", "الاشتباك استمر نحو ثلاث ساعات")]),
    ("وأسفرت الغارات عن تدمير ثلاثة جسور ومقتل سائق.",
     [("destruction", "تدمير ثلاثة جسور"), ("killing/casualties", "مقتل سائق")]),
    ("وأسفر القصف عن مقتل خمسة أشخاص، إلى جانب دمار كبير في السوق.",
     [("killing/casualties", "مقتل خمسة أشخاص"), ("destruction", "دمار كبير في السوق")]),
    ("وهو الهجوم الأكبر على القاعدة منذ سنوات.", []),
    ("ونزح مئات الآلاف منذ اندلاع القتال بين الجيش والمتمردين في مايو الماضي.",
     [("displacement", "نزح مئات الآلاف"), ("other", "اندلاع القتال بين الجيش والمتمردين")]),
    ("وتضررت عشرات المنازل منذ اندلاع القتال في المدينة.", [("happening", "تضررت عشرات المنازل")]),
    ("ووثق المرصد مقتل 30 شخصا خلال الشهر الماضي، بينهم 12 قضوا في عمليات اغتيال.",
     [("killing/casualties", "مقتل 30 شخصا"), ("killing/casualties", "12 قضوا في عمليات اغتيال")]),
])
def test_round6_recall(gaz, body, expected):
    evs = [e for e in _events(body, gaz) if e.type not in ("statement",)]
    got = [(e.type, e.subtype, e.text) for e in evs]
    assert len(evs) == len(expected), got
    for (typ, words), e in zip(expected, evs):
        assert typ in (e.type, e.subtype) and words in e.text, got


def test_foiled_attack_names_the_attacker(gaz):
    evs = _events("وأحبطت قوات الأمن هجوما لمسلحين من حركة الشباب على حاجز قرب مقديشو.", gaz)
    ca = [e for e in evs if e.type == "counter-attack"]
    assert ca and ca[0].actor_en and "shabaab" in ca[0].actor_en.lower(), [(e.type, e.actor_en) for e in evs]


# Round 6, step 2: repelled attacks (handled, foiled after the attack noun, "تم التصدي لها"), losses inflicted,
# rockets launched as a verbal noun, curfews, claims in the present and the attack claimed (the claimer acts),
# obituaries, storming a palace (an attempt to storm is an assault), evacuations (إخلاء), fire reaching
# houses, a disaster told after "بعد أن", flights disrupted, cancelled, alerts raised, people forced to leave
# their homes, retirement from politics, a clash with its sides named (the means of a killing in its clause).
# Own sentences.
@pytest.mark.parametrize("body,expected", [
    ("وتعاملت قوات الأمن مع الهجوم قرب الحاجز.", [("counter-attack", "تعاملت قوات الأمن مع الهجوم")]),
    ("وقالت الشرطة إن الهجوم المسلح على الحاجز أحبط.", [("counter-attack", "الهجوم المسلح على الحاجز أحبط")]),
    ("وتم التصدي لها وإلحاق خسائر كبيرة في صفوف المهاجمين.",
     [("counter-attack", "تم التصدي لها"), ("killing/casualties", "إلحاق خسائر كبيرة")]),
    ("ورد الجيش بإطلاق عشرات القذائف على مواقع المسلحين.", [("airstrike/shelling", "إطلاق عشرات القذائف")]),
    ("وأعلنت الحكومة حظرا شاملا للتجول في العاصمة.", [("decree", "حظرا شاملا للتجول")]),
    ("الحوثيون يتبنون هجوما على سفينة تجارية في البحر الأحمر",
     [("statement", "الحوثيون يتبنون"), ("advance/offensive", "هجوما على سفينة تجارية")]),
    ("ونعت الحركة ثلاثة من مقاتليها.", [("statement", "نعت الحركة ثلاثة من مقاتليها")]),
    ("واقتحم محتجون القصر الرئاسي في العاصمة.", [("capture/control", "اقتحم محتجون القصر الرئاسي")]),
    ("وتحاول الفصائل منذ أيام اقتحام مقر الفرقة العسكرية.", [("advance/offensive", "اقتحام مقر الفرقة العسكرية")]),
    ("وجرى إخلاء مئات العائلات من الأحياء المنخفضة.", [("displacement", "إخلاء مئات العائلات")]),
    ("وقال الدفاع المدني إن الحرائق طالت عشرات المنازل.", [("fire", "الحرائق طالت عشرات المنازل")]),
    ("وأكد الحاكم وفاة شخصين بعد أن جرفت السيول سيارتهما في الوادي.",
     [("killing/casualties", "وفاة شخصين"), ("disaster", "جرفت السيول سيارتهما")]),
    ("وأدت العاصفة إلى اضطراب كبير في حركة الملاحة.", [("disruption", "اضطراب كبير في حركة الملاحة")]),
    ("وألغت شركة الطيران عشرات الرحلات بسبب الضباب.", [("disruption", "ألغت شركة الطيران عشرات الرحلات")]),
    ("ورفع الجيش درجة الاستعداد في المناطق الحدودية.", [("emergency", "رفع الجيش درجة الاستعداد")]),
    ("ما اضطر مئات السكان إلى مغادرة منازلهم.", [("displacement", "مغادرة منازلهم")]),
    ('وقال صاحب المنزل: "المياه دخلت البيت".', []),
    ("وأعلن السياسي البارز اعتزاله العمل السياسي.", [("resignation", "اعتزاله العمل السياسي")]),
    ("وقتل 12 شخصا في اشتباكات بين قبيلتين في الولاية.", [("killing/casualties", "قتل 12 شخصا في اشتباكات")]),
    ("وأصيب جنديان، في اشتباكات مع مهربين قرب الحدود.",
     [("killing/casualties", "أصيب جنديان"), ("other", "اشتباكات مع مهربين")]),
])
def test_round6_step2(gaz, body, expected):
    evs = _events(body, gaz)
    got = [(e.type, e.subtype, e.text) for e in evs]
    assert len(evs) == len(expected), got
    for (typ, words), e in zip(expected, evs):
        assert typ in (e.type, e.subtype) and words in e.text, got


def test_claimed_attack_is_the_claimers(gaz):
    evs = _events("الحوثيون يتبنون هجوما على سفينة تجارية في البحر الأحمر", gaz)
    att = [e for e in evs if e.type == "advance/offensive"]
    assert att and att[0].actor_en and "houthi" in att[0].actor_en.lower(), [(e.type, e.actor_en) for e in evs]


def test_headline_with_a_decimal_point(gaz):
    evs = _events("التضخم يقفز إلى 35.7% في أبريل.. وخبراء: موجة غلاء\nالقاهرة - ارتفع معدل التضخم السنوي.", gaz)
    assert any(e.text.startswith("التضخم يقفز") for e in evs), [(e.type, e.text) for e in evs]


# Round 6 (actors): the killer named with the means of a killing inside its span (برصاص مسلحين, باشتباك مع,
# في هجوم شنه ...), the attacker after an agent verb, a killing caused by an attack told beside it, both sides of
# a clash between two named bodies, a nationality's forces as the gazetteer names them. Own sentences.
@pytest.mark.parametrize("body,typ,actor", [
    ("وقتل الشاب برصاص مسلحين مجهولين في بلدة طفس.", "killing/casualties", "gunmen"),
    ("مقتل ثلاثة مهربين باشتباك مع الجيش الأردني قرب الحدود", "killing/casualties", "Jordanian Armed Forces"),
    ("وقتل خمسة جنود في هجوم شنه مسلحون من حركة الشباب على قاعدة عسكرية.", "advance/offensive", "Shabaab"),
    ("وقتل خمسة جنود في هجوم شنه مسلحون من حركة الشباب على قاعدة عسكرية.", "killing/casualties", "Shabaab"),
    ("ونزح الآلاف منذ اندلاع القتال بين الجيش السوداني وقوات الدعم السريع.", "other",
     "Sudanese Armed Forces and Rapid Support Forces"),
    ("واستهدف قصف مدفعي سوري قرى في ريف إدلب الجنوبي.", "airstrike/shelling", "Syrian government forces"),
])
def test_round6_actors(gaz, body, typ, actor):
    evs = [e for e in _events(body, gaz) if e.type == typ]
    assert evs and evs[0].actor_en and actor.lower() in evs[0].actor_en.lower(), \
        [(e.type, e.text, e.actor_en) for e in _events(body, gaz)]


# Round 6, step 3 (tuning sets 7 and 8, sets 9 and 10 held aside): a war or clashes fought between sides (خاض) are
# "other", a war waged on someone an offensive; an attack with its target after بعد is told; a strike with its own
# target named as the means of a death is told apart (بقصف منزل); a form-I act listed after إضافة إلى; searches
# go on although the missing they look for are no toll; air defences meeting an attack intercept it. Own sentences.
@pytest.mark.parametrize("body,expected", [
    ("ويخوض الجيش والمتمردون حربا منذ عامين.", [("other", "يخوض الجيش والمتمردون حربا")]),
    ("ووصلت القوات إلى القرية بعد هجمات متفرقة على قرى في الريف الغربي.",
     [("advance/offensive", "هجمات متفرقة على قرى")]),
    ("واستشهد ثلاثة مواطنين بقصف منزل في مخيم جباليا.",
     [("killing/casualties", "استشهد ثلاثة مواطنين"), ("airstrike/shelling", "قصف منزل في مخيم جباليا")]),
    ("وأعلنت الشرطة تلقي عشرات البلاغات، إضافة إلى سحب نحو 80 مركبة متعطلة.", [("happening", "سحب نحو 80 مركبة")]),
    ("وقال خفر السواحل إن عمليات البحث متواصلة للعثور على المفقودين.", [("rescue", "عمليات البحث متواصلة")]),
    ("وأكدت وزارة الدفاع أن الدفاعات الجوية تصدت للهجوم فوق العاصمة.",
     [("interception", "الدفاعات الجوية تصدت للهجوم")]),
])
def test_round6_step3(gaz, body, expected):
    test_round6_recall(gaz, body, expected)


# Round 6, step 4 (precision): a blast heard (صوت انفجار) is no blast told; an event named after a condemnation
# with a proclitic article (بالهجوم) is the one told before; "أول هجوم من نوعه" ranks it; an aid convoy crossing is
# aid, not an advance; a measure extended (توسعه ليشمل) is no offensive; an area of operations names none; a
# counter-attack reaches its object over a short aside; the wounded counted after the dead are one toll; what a
# call is to reaches back over its addressee. Own sentences.
@pytest.mark.parametrize("body,expected", [
    ('وقال أحد السكان: "استيقظنا على صوت انفجار قوي هز الحي".', []),
    ("وأدانت البعثة الأممية بالهجوم، وقالت في بيان إن قواتها ستبقى.", [("statement", "أدانت البعثة الأممية بالهجوم")]),
    ("وقتل جنديان في أول هجوم من نوعه على المدينة منذ سنوات.", [("killing/casualties", "قتل جنديان")]),
    ("وعبرت اليوم أول قافلة مساعدات إلى شمال غربي سوريا من معبر باب الهوى.", [("aid", "عبرت اليوم أول قافلة مساعدات")]),
    ("وفرضت السلطات حظرا للتجول قبل أن توسعه ليشمل جميع المحافظات.", [("decree", "فرضت السلطات حظرا للتجول")]),
    ("وقالت البعثة إن دورياتها تواصل عملها في منطقة عملياتها رغم الظروف.", []),
    ("وقوة من الحشد أحبطت، مساء أمس، محاولة تسلل لمسلحين قرب الحدود.", [("counter-attack", "أحبطت")]),
    ("وقالت الوزارة إن الغارة أسفرت عن سقوط 12 قتيلا وعدد كبير من الجرحى.", [("killing/casualties", "12 قتيلا وعدد كبير من الجرحى")]),
    ("ودعا المجلس في بيان أنصار الأحزاب المتنافسة إلى الانسحاب من الشوارع.", [("statement", "دعا المجلس")]),
])
def test_round6_precision(gaz, body, expected):
    test_round6_step2(gaz, body, expected)


@pytest.mark.parametrize("body,place", [
    # a flag names no scene ("سفينة ترفع علم بنما"), the sea the ship sailed is the place
    ("واستهدفت المسيرات سفينة ترفع علم بنما في البحر الأحمر.", "Red Sea"),
])
def test_flag_is_no_scene(gaz, body, place):
    evs = _events(body, gaz)
    assert evs and evs[0].location_en and place.lower() in evs[0].location_en.lower(), \
        [(e.type, e.location_en) for e in evs]


@pytest.mark.parametrize("body,typ,actor", [
    # the people fleeing "amid" a clash are displaced by no one named; a visit noun takes its clause's subject
    ("وتجددت الاشتباكات بين الجيش وقوات الدعم السريع في الفاشر، وسط نزوح مئات الأسر نحو المخيمات.",
     "displacement", None),
])
def test_circumstance_has_no_agent(gaz, body, typ, actor):
    evs = [e for e in _events(body, gaz) if e.type == typ]
    assert evs and evs[0].actor_en == actor, [(e.type, e.text, e.actor_en) for e in _events(body, gaz)]


# Generalisation probes (own sentences on topics the gold sets lack): camps of the displaced name no flight; an
# attack judged by a verb that is an event only in its own context ("يحمل"); a truce entering into force is
# no capture; what a protest is against is mentioned, not told.
@pytest.mark.parametrize("body,expected", [
    ("وتخشى المنظمات الإنسانية من تفشي الأمراض في مخيمات النزوح.", []),
    ("ويرى محللون أن الهجوم يحمل رسائل سياسية إلى الحكومة الجديدة.", []),
    ("ودخلت الهدنة حيز التنفيذ عند منتصف الليل وسط ترقب حذر.", [("agreement/ceasefire", "الهدنة حيز التنفيذ")]),
    ("وقطع محتجون الطريق الدولي بالإطارات المشتعلة احتجاجا على انقطاع المياه.",
     [("protest", "قطع محتجون الطريق الدولي")]),
])
def test_generalisation_probes(gaz, body, expected):
    test_round6_step2(gaz, body, expected)


@pytest.mark.parametrize("body,expected", [
    # responsibility claimed by no one names the blast, told before
    ("ولم تعلن أي جهة مسؤوليتها عن التفجير حتى الآن.", []),
    # a multi-word raid noun is a support verb's object; a flood listed as a result; two shells
    ("ونفذت قوات الأمن حملة مداهمات واسعة في أحياء المدينة أسفرت عن توقيف 30 مطلوبا.",
     [("raid", "نفذت قوات الأمن حملة مداهمات"), ("arrest", "توقيف 30 مطلوبا")]),
    ("وأسفرت الأمطار الغزيرة عن غرق عشرات المنازل في المدينة.", [("disaster", "غرق عشرات المنازل")]),
    ("وسقطت قذيفتان على حي سكني دون وقوع إصابات.", [("airstrike/shelling", "سقطت قذيفتان على حي سكني")]),
])
def test_generalisation_probes_2(gaz, body, expected):
    test_round6_step2(gaz, body, expected)


# Events round 5: the toll that an accused act caused is told as it happened (the act itself is what is
# charged); a relative clause ends where the sentence's own predicate resumes (كان, لم ...).
@pytest.mark.parametrize("body,expected", [
    ("واتهم مسؤول محلي المسلحين بقصف سوق شعبي في المدينة، ما أدى إلى إصابة خمسة باعة.",
     [("accusation", "اتهم مسؤول محلي المسلحين"), ("killing/casualties", "إصابة خمسة باعة")]),
    ("واتهمت الحركة الجيش بارتكاب مجزرة بحق المدنيين.", [("accusation", "اتهمت الحركة الجيش")]),
    ("وأعلن الدفاع المدني أن المبنى الذي قصف فجر اليوم كان خاليا من السكان.",
     [("airstrike/shelling", "قصف فجر اليوم")]),
    # what a place became describes it; as a clause's own verb it is told
    ("وتضم المدينة عشرات المباني التي تحولت إلى ملاجئ للعائلات.", []),
    ("وتحول المطار إلى قاعدة عسكرية بعد سيطرة الجيش عليه.", [("happening", "تحول المطار إلى قاعدة عسكرية")]),
    # an order told with what it orders after ب: the order is the event, the act ordered is not told as done
    ("ووجهت الهيئة بإخلاء المناطق المنخفضة قبل وصول العاصفة.", [("happening", "وجهت الهيئة بإخلاء المناطق")]),
    ("ووجه المحافظ بتوفير الوجبات للسائقين.", [("happening", "وجه المحافظ بتوفير الوجبات")]),
    ("وأمرت المحكمة بإطلاق سراح المتهمين.", [("happening", "أمرت المحكمة بإطلاق سراح")]),
    # not an order: a name after the verb, a noun after a preposition, an object noun first, a bare أمر
    ("ووجه بوتين رسالة إلى الغرب.", []),
    ("ووقف الشعب في وجه بريطانيا.", []),
    ("ووجه الجيش ضربات بصواريخ دقيقة.", [("airstrike/shelling", "وجه الجيش ضربات")]),
    ("وهذا أمر بديهي.", []),
    # a clash sparked is no blast; a bridge blown up is
    ("وكانت القضية قد فجرت اشتباكات دامية في المنطقة.", [("other", "اشتباكات دامية")]),
    ("وفجرت الجماعة الجسر الرئيسي في المدينة.", [("explosion", "فجرت الجماعة الجسر")]),
    # the noun a verb requires is its complement: one happening, not two
    ("وتوصلت الأطراف إلى اتفاق لوقف إطلاق النار مساء أمس.", [("negotiation", "توصلت الأطراف إلى اتفاق لوقف")]),
    # the conditions of a detention name it, they tell no arrest
    ("وأعربت المفوضية عن قلقها من ظروف احتجازهم في مراكز مكتظة.", [("statement", "أعربت المفوضية عن قلقها")]),
    ("وتحدث التقرير عن أوضاع اعتقال قاسية.", []),
    # a building hit is a strike, not an injury; people hit are
    ("وقتل رجل بعد إصابة مصنع في المدينة بصاروخ مباشر.",
     [("killing/casualties", "قتل رجل"), ("airstrike/shelling", "إصابة مصنع في المدينة بصاروخ")]),
    ("وأعلنت الوزارة إصابة ثلاثة مدنيين.", [("killing/casualties", "إصابة ثلاثة مدنيين")]),
    # a toll not given is none; "لا يزال" (still) negates nothing
    ("ولم تعلن السلطات حتى الآن حصيلة رسمية للضحايا.", []),
    ("ولا يزال 40 شخصا في عداد المفقودين.", [("killing/casualties", "في عداد المفقودين")]),
    # a deal signed; joining; a march
    ("ووقعت مصر الشهر الماضي مع الإمارات صفقة لتطوير منطقة رأس الحكمة.", [("agreement/ceasefire", "وقعت مصر")]),
    ("وكان القيادي قد انضم إلى اتفاق التسوية عام 2018.", [("happening", "انضم إلى اتفاق التسوية")]),
    ("وسار أهالي الضحايا، مساء أمس الجمعة، من أمام مركز الإطفاء إلى المرفأ.", [("protest", "سار أهالي الضحايا")]),
    ("وسار الوضع على ما يرام.", []),
    # forces taking up positions; a standing position is no event
    ("وتمركز قناصة على أسطح المباني داخل المنطقة الخضراء.", [("deployment", "تمركز قناصة على أسطح المباني")]),
    ("وتتمركز القوات الدولية في المنطقة منذ سنوات.", []),
    ("وانطفأت الأنوار في المدينة بعد القصف.", [("happening", "انطفأت الأنوار في المدينة")]),
    # strikes told in colloquial speech: a house shelled, a shell fallen, the plane that struck
    ("وقال أحد السكان إن «بيتنا انقصف مرتين»", [("airstrike/shelling", "بيتنا انقصف مرتين")]),
    ("وقالت جارته إن «الدار اللي جنبنا طاحت عليها قذيفة»", [("airstrike/shelling", "طاحت عليها قذيفة")]),
    ("وأضاف أن «الطيارة ضربت السوق الصبح»", [("airstrike/shelling", "الطيارة ضربت السوق")]),
    ("وضرب الزلزال المدينة فجرا.", [("disaster", "ضرب الزلزال المدينة")]),
    # a burial told in the first person
    ("وقال أحد الأهالي: «دفنا أكثر من مئة شخص في حفرة كبيرة قرب المقابر»", [("burial", "دفنا أكثر من مئة شخص")]),
    # overstepping one's powers is a judgement (charged by the speaker), not a happening; a figure exceeded is
    ("وقال النائب إن المحقق تجاوز صلاحياته بالادعاء على نواب.", [("accusation", "قال النائب إن المحقق تجاوز صلاحياته")]),
    ("وتجاوز سعر الدولار 70 جنيها في السوق الموازية.", [("happening", "تجاوز سعر الدولار 70 جنيها")]),
    # a currency freed as a purpose is no place taken; a city described by its long siege; an epithet
    ("وتحتاج البنوك إلى السيولة اللازمة لتحرير سعر الصرف.", []),
    ("وأعلن الجيش تحرير المدينة.", [("capture/control", "تحرير المدينة")]),
    ("ولم تفتح الطرق في تعز المحاصرة منذ سبع سنوات.", []),
    ("ونعى الحزب أربعة منهم بوصفهم «شهداء على طريق القدس».", [("statement", "نعى الحزب أربعة منهم")]),
    # nothing announced: a claim not made
    ("وقصفت طائرات الموقع دون أن تعلن أي دولة مسؤوليتها عن الضربة.", [("airstrike/shelling", "قصفت طائرات الموقع")]),
    ("ولم يعلن الجيش إغلاق المعابر.", []),
    # the wound that killed him is told with his death, not as a second casualty
    ("واستشهد نائب مدير الشرطة العقيد خالد سالم، فجر أمس، إثر إصابته بعيار ناري في الرأس.",
     [("killing/casualties", "إثر إصابته بعيار ناري")]),
    # fighters eliminated; the judiciary and corruption eliminated are no toll
    ("وأعلن الجيش القضاء على ما لا يقل عن 300 مسلح في المعارك.", [("killing/casualties", "القضاء على ما لا يقل عن 300 مسلح")]),
    ("وأحال القضاء ثلاثة عناصر إلى المحكمة.", [("happening", "أحال القضاء ثلاثة عناصر")]),
    ("ودعا إلى القضاء على الفساد.", []),
    # an operation named as the setting of what is told is no event of its own
    ("وأصيب عشرة عسكريين بحروق خلال عملية إجلاء السكان.", [("killing/casualties", "أصيب عشرة عسكريين")]),
    # a judgement that charges someone with lies or overstepping is an accusation
    ("واعتبرت مصادر نيابية أن «الوزير تجاوز صلاحياته بإصدار القرار»", [("accusation", "اعتبرت مصادر نيابية")]),
    # an attempt to take a building, its subject and a time between, is an assault
    ("وتحاول قوات الدعم السريع منذ أسابيع اقتحام مقر سلاح المدرعات.", [("advance/offensive", "اقتحام مقر سلاح المدرعات")]),
    # a general strike that spread over a city; one called for is only mentioned
    ("وعمّ الإضراب الشامل، اليوم الأحد، مدينة طولكرم حدادا على الضحايا.", [("protest", "الإضراب الشامل")]),
    ("ودعت النقابات إلى إضراب شامل.", [("statement", "دعت النقابات")]),
    # counted people who travel are no toll; a toll told before them stays
    ("وذكر مصدر أن 42 مصابا فلسطينيا و380 من حاملي الجنسيات الأجنبية عبروا أمس إلى الأراضي المصرية.", []),
    ("وقتل 12 شخصا وأصيب 30 آخرون عادوا إلى منازلهم بعد العلاج.", [("killing/casualties", "قتل 12 شخصا")]),
    # a threat brandished is a position on record
    ("ولوّح الرئيس بالتدخل العسكري إذا لم تنسحب القوات.", [("statement", "لوّح الرئيس بالتدخل العسكري")]),
    # an appeal made is a position on record, as a call is
    ("وأهابت شرطة دبي بالسائقين تجنب الطرق المغمورة بالمياه.", [("statement", "أهابت شرطة دبي بالسائقين")]),
    ("وناشدت الأمم المتحدة الأطراف وقف القتال.", [("statement", "ناشدت الأمم المتحدة الأطراف")]),
    # a place left without power
    ("وقال رئيس البلدية إن المدينة باتت بلا كهرباء منذ صباح اليوم.", [("outage", "بلا كهرباء")]),
])
def test_round5_results_and_relatives(gaz, body, expected):
    test_round6_step2(gaz, body, expected)


@pytest.mark.parametrize("body,typ,unwanted", [
    ("وأعلن الدفاع المدني أن المبنى الذي قصف فجر اليوم كان خاليا من السكان.", "airstrike/shelling", "خاليا"),
])
def test_relative_clause_ends_at_the_main_predicate(gaz, body, typ, unwanted):
    evs = [e for e in _events(body, gaz) if e.type == typ]
    assert evs and unwanted not in evs[0].text, [(e.type, e.text) for e in _events(body, gaz)]


@pytest.mark.parametrize("body,typ,place", [
    # the paragraph's scene, set by a strike, holds for a fire told after it with no place of its own (the strike's
    # blast at work: an explosion)
    ("قصفت طائرات حربية مدينة الزاوية غرب طرابلس. واحترقت عشرات السيارات في الشوارع.", "explosion", "Zawiya"),
    ("اندلع حريق في سوق مدينة الزاوية غرب طرابلس. واحترقت عشرات السيارات في الشوارع.", "fire", "Zawiya"),
])
def test_paragraph_scene_for_every_happening(gaz, body, typ, place):
    evs = [e for e in _events(body, gaz) if typ in (e.type, e.subtype)]
    assert evs and evs[0].location_en and place.lower() in evs[0].location_en.lower(), \
        [(e.type, e.subtype, e.location_en) for e in _events(body, gaz)]


@pytest.mark.parametrize("body,unnamed_actor", [
    # the agent named for most of an article's strikes and raids is the agent of the one that names none
    ("شنت طائرات إسرائيلية غارات على خان يونس. وقصفت طائرات إسرائيلية مخيم المغازي. "
     "وتعرض حي الزيتون لقصف مدفعي عنيف.", "Israel"),
    # named once only: no agent is spread
    ("شنت طائرات إسرائيلية غارات على خان يونس. وتعرض حي الزيتون لقصف مدفعي عنيف.", None),
])
def test_dominant_agent_of_war_acts(gaz, body, unnamed_actor):
    evs = [e for e in _events(body, gaz) if e.type == "airstrike/shelling"]
    last = evs[-1].actor_en if evs else "no strike"
    assert (last is None and unnamed_actor is None) or (unnamed_actor and last and unnamed_actor in last), \
        [(e.text, e.actor_en) for e in evs]


@pytest.mark.parametrize("body,expected", [
    # the toll a disaster or an attack took, told in a relative clause after it, is an event of its own
    ("وتعيد الكارثة إلى الأذهان زلزال عام 1999 الذي أودى بحياة أكثر من 17 ألف شخص.",
     [("killing/casualties", "أودى بحياة أكثر من 17 ألف شخص")]),
    ("وتبنت الجماعة الغارة التي قتلت ستة مدنيين قرب السوق.",
     [("statement", "تبنت الجماعة الغارة"), ("killing/casualties", "قتلت ستة مدنيين")]),
    # with no figure the relative clause only describes the attack
    ("وندد الأهالي بالهجوم الذي قتل فيه الجنود.", [("statement", "ندد الأهالي")]),
    # dawn between the verb and its object is a time, no trigger that cuts the clause
    ("وقصفت المدفعية، فجر اليوم، مواقع للمسلحين في ريف حماة.", [("airstrike/shelling", "فجر اليوم، مواقع للمسلحين")]),
    ("واعتقلت قوات الأمن، فجر الخميس، أربعة شبان من بلدة يعبد.", [("arrest", "أربعة شبان من بلدة يعبد")]),
    # entering a city's edges with the subject and a time between is an advance; aid entering is not
    ("ودخلت قوات الجيش، صباح اليوم الخميس، أطراف مدينة الرقة الشمالية.", [("advance/offensive", "أطراف مدينة الرقة")]),
    ("ودخلت قافلة المساعدات الأممية، صباح اليوم، إلى أحياء المدينة الشرقية.", [("aid", "قافلة المساعدات")]),
    # the wounded taken to hospital, in the dual passive too; quoting (نقلا عن) is no transfer
    ("وأوضح أن المسعفَين نُقلا إلى مستشفى الرازي في المدينة.", [("happening", "نُقلا إلى مستشفى الرازي")]),
    ("وقال نقلا عن مصادر في المستشفى إن حالته مستقرة.", []),
    # people kept out of their homes are displaced
    ("وذكرت البلدية أن نحو 3 آلاف من الأهالي ما زالوا خارج منازلهم منذ الفيضان.", [("displacement", "خارج منازلهم")]),
    # a support verb reaches its object over an aside of time between commas, and its span with it
    ("ونفذت الشرطة، مساء أمس الأحد، حملة مداهمات في حي البساتين.", [("raid", "حملة مداهمات في حي البساتين")]),
    ("وشنت المقاتلات، ليل الأربعاء، غارات على ريف حماة، وقتل أربعة مدنيين.",
     [("airstrike/shelling", "شنت المقاتلات، ليل الأربعاء، غارات على ريف حماة"), ("killing/casualties", "قتل أربعة مدنيين")]),
    # an aside that is no time leaves the verb without an object
    ("وأعلنت الوزارة، في بيان، إغلاق المعابر.", [("closure", "إغلاق المعابر")]),
    # one more result of a list its cue opened, after a comma
    ("وأسفر الانفجار عن مقتل حارسين، وتدمير أربع شاحنات.",
     [("killing/casualties", "مقتل حارسين"), ("destruction", "تدمير أربع شاحنات")]),
    ("وأدت السيول إلى غرق عشرات المنازل، وانهيار جسر رئيسي.", [("disaster", "غرق عشرات المنازل"), ("collapse", "انهيار جسر")]),
    # a crowd marching is a protest; one man walking, or a path followed, is none
    ("وسار مئات الطلاب، ظهر اليوم، من أمام الجامعة إلى مقر الحكومة رافعين لافتات.", [("protest", "سار مئات الطلاب")]),
    ("وسار الوزير أمام الصحفيين إلى القاعة.", [("happening", "سار الوزير")]),
    ("وسارت الحكومة الجديدة على نهج سابقتها.", []),
    # people flowing across a border are a happening; aid flowing in is not told by this verb
    ("وتدفق آلاف اللاجئين على المعابر الحدودية خلال الليل.", [("happening", "تدفق آلاف اللاجئين على المعابر")]),
    ("وقال المسؤول إن تدفق البضائع على الأسواق طبيعي.", []),
    # a capture noun with its taker and the place taken is told, after منذ and بعد too
    ("وتدهورت الخدمات منذ سيطرة المتمردين على عاصمة الإقليم في مارس الماضي.",
     [("capture/control", "سيطرة المتمردين على عاصمة الإقليم")]),
    # a place under someone's control, or control of a fire, is no place taken
    ("وتخضع البلدة لسيطرة فصائل المعارضة منذ سنوات.", []),
    ("وارتفع عدد القتلى في المناطق الخاضعة لسيطرتها إلى 300.", [("killing/casualties", "القتلى")]),
    ("وقال إن فرق الدفاع المدني عملت ساعات قبل سيطرة عناصرها على الحريق.", []),
    # a centre, a house or a car targeted is struck; a plan or a campaign aimed at places is no strike
    ("وأكدت البلدية أن الاعتداء استهدف مركزا صحيا في البلدة.", [("airstrike/shelling", "استهدف مركزا صحيا")]),
    ("وقالت الوزارة إن الخطة الجديدة تستهدف مراكز المدن الكبرى.", []),
])
def test_round6_events(gaz, body, expected):
    test_round6_step2(gaz, body, expected)


# Round 7: rules judged first on sets 3, 5 and 6 (news the earlier rules were not tuned on). Own sentences.
@pytest.mark.parametrize("body,expected", [
    # a crowd of civilians storming a place is a happening ("other"), not a military offensive
    ("واقتحم عشرات المودعين الغاضبين فرعين لمصرف في مدينة صيدا.", [("other", "اقتحم عشرات المودعين")]),
    ("وشن مئات المستوطنين هجوما على قرية بورين جنوب نابلس.", [("other", "هجوما على قرية بورين")]),
    ("وقال شهود إن المستوطنين تجمعوا عند مدخل القرية قبل أن يهاجموا المنازل.", [("other", "يهاجموا المنازل")]),
    ("وأفادت مصادر محلية بهجوم نفذه عشرات المستوطنين على أطراف بلدة سنجل.", [("other", "نفذه عشرات المستوطنين")]),
    ("ودخل مودع غاضب إلى فرع المصرف في الحمرا حاملا مسدسا.", [("other", "دخل مودع غاضب إلى فرع المصرف")]),
    # an army's assault stays an offensive, also on protesters or settlers as its target
    ("وهاجمت قوات الجيش مواقع المتمردين في ريف المدينة.", [("advance/offensive", "هاجمت قوات الجيش")]),
    ("واقتحمت قوات الاحتلال بلدة بيتا جنوب نابلس.", [("advance/offensive", "اقتحمت قوات الاحتلال بلدة بيتا")]),
    ("وهاجم مسلحون مجهولون المتظاهرين في ساحة التحرير.", [("advance/offensive", "هاجم مسلحون مجهولون المتظاهرين")]),
    ("وشنت القوات الحكومية هجوما على المحتجين في وسط المدينة.", [("advance/offensive", "هجوما على المحتجين")]),
    # trigger families the lexicon lacked: arrests of a named activist or journalist, shooting with an indefinite
    # "نار", a town's entrances closed, aircraft flying over, the bare "فر", people sheltered, chants, searches
    # for the missing, ambulances and crews sent, tolls "راح ضحيته", collisions and overturned vehicles,
    # convictions and sentences, witnesses heard
    ("وأوقفت السلطات الصحفي كريم الهادي في مطار قرطاج.", [("arrest", "أوقفت السلطات الصحفي")]),
    ("وأغلقت قوات الأمن مداخل المدينة الرئيسية منذ صباح اليوم.", [("closure", "أغلقت قوات الأمن مداخل المدينة")]),
    ("وسمع السكان أصوات تحليق مكثف للطيران الحربي فوق المدينة.", [("overflight", "تحليق مكثف للطيران الحربي")]),
    ("فر آلاف المدنيين من البلدة باتجاه الحدود خلال الليل.", [("displacement", "فر آلاف المدنيين من البلدة")]),
    ("وجرى إيواء نحو 500 أسرة في مدارس المدينة.", [("displacement", "إيواء نحو 500 أسرة")]),
    ("وردد المحتجون هتافات تطالب بإسقاط الحكومة.", [("protest", "ردد المحتجون هتافات")]),
    ("وتبحث فرق الدفاع المدني عن مفقودين تحت أنقاض المبنى المنهار.", [("rescue", "تبحث فرق الدفاع المدني عن مفقودين")]),
    ("ودفعت الهيئة بعشرات سيارات الإسعاف إلى مكان الانفجار.", [("deployment", "دفعت الهيئة بعشرات سيارات الإسعاف")]),
    ("ويعد الحريق الأسوأ منذ الحادث الذي راح ضحيته 15 عاملا عام 2015.", [("killing/casualties", "راح ضحيته 15 عاملا")]),
    ("واصطدمت حافلة تقل عمالا بشاحنة على الطريق الصحراوي.", [("incident", "اصطدمت حافلة تقل عمالا بشاحنة")]),
    ("وانقلبت شاحنة محملة بالوقود على الطريق الدولي.", [("incident", "انقلبت شاحنة محملة بالوقود")]),
    ("وأدانت محكمة الجنايات ثلاثة متهمين بالسجن عشر سنوات.", [("ruling", "أدانت محكمة الجنايات ثلاثة متهمين بالسجن")]),
    ("وصدرت أحكام بالإعدام بحق خمسة متهمين.", [("ruling", "صدرت أحكام بالإعدام")]),
    ("واستمعت النيابة لأقوال الشهود في الحادث.", [("investigation", "استمعت النيابة لأقوال الشهود")]),
    # ... and what they do not catch: a condemnation, a coup, shelters named, wages paid
    ("وأدانت الخارجية الهجوم على القافلة.", [("statement", "أدانت الخارجية الهجوم على القافلة")]),
    ("وانتقد المعارضون انقلاب الجيش على الدستور.", [("accusation", "انتقد المعارضون")]),
    ("وافتتحت البلدية مراكز الإيواء في المدارس.", [("happening", "افتتحت البلدية مراكز الإيواء")]),
    ("وتحتاج الأسر النازحة إلى مواد إيواء عاجلة.", []),
    ("وقالت الشركة إنها ستدفع رواتب العمال نهاية الشهر.", []),
    # submitting is no advance; going to the scene is a visit; families evacuated are displaced (a man released is not)
    ("وتقدمت عائلة الضحية بشكوى إلى النيابة العامة.", [("complaint", "تقدمت عائلة الضحية بشكوى")]),
    ("ورحبت الحكومة بالمساعدات التي تقدمت بها الدول المانحة.", []),
    ("وتقدمت القوات باتجاه وسط المدينة.", [("advance/offensive", "تقدمت القوات باتجاه وسط المدينة")]),
    ("وتوجه وزير الداخلية إلى موقع الانفجار.", [("visit/inspection", "توجه وزير الداخلية إلى موقع الانفجار")]),
    ("وأخلت فرق الدفاع المدني 20 أسرة من منازلها.", [("displacement", "أخلت فرق الدفاع المدني 20 أسرة")]),
    ("وأخلت المحكمة سبيل المتهمين.", [("release", "أخلت المحكمة سبيل المتهمين")]),
    # the wound one died of, who is behind an attack, a stop demanded, a threatened act: named, not told
    ("وتوفي الجريح متأثرا بإصابته في القصف.", [("killing/casualties", "توفي الجريح متأثرا بإصابته")]),
    ("وقالت الوزارة إن جماعات مسلحة تقف وراء عمليات الاغتيال.", []),
    ("وطالب المجلس بوقف حصار المدينة فورا.", [("statement", "طالب المجلس بوقف حصار المدينة")]),
    ("وهدد النائب بالاستقالة من البرلمان.", [("statement", "هدد النائب بالاستقالة")]),
    ("وتوعد قائد الجيش بالرد على الهجوم.", [("statement", "توعد قائد الجيش بالرد")]),
    ("وقال إن الجفاف يهدد حياة الآلاف بالجوع.", []),
    # protests or clashes spreading are no advance
    ("وقال إن الاحتجاجات تتوسع في المدن الجنوبية.", [("protest", "الاحتجاجات تتوسع")]),
    # an aggression told (indefinite; from the air a strike) is an offensive; any aggression, or the aggression
    # condemned, is none
    ("وشنت قوات الاحتلال فجر اليوم عدوانا واسعا على مخيم جنين.", [("advance/offensive", "عدوانا واسعا على مخيم جنين")]),
    ("وشن العدو، مساء أمس، عدواناً جوياً على مبنى سكني في الضاحية.", [("airstrike/shelling", "عدواناً جوياً على مبنى سكني")]),
    ("وقال إن أي عدوان على البلاد سيواجه برد حازم.", []),
    ("ودان الرئيس العدوان على غزة.", [("statement", "دان الرئيس العدوان على غزة")]),
    # a stolen limelight is no kidnapping; a crowd cutting a road is a protest; a clash during which something
    # happened is told, one the events came after is their background
    ("وخطف اللاعب الأضواء في المباراة.", []),
    ("وقطع المحتجون طريقا رئيسيا لساعات.", [("protest", "قطع المحتجون طريقا رئيسيا")]),
    ("وأصيب جنديان خلال اشتباك مع مجموعة من المهربين على الحدود.",
     [("killing/casualties", "أصيب جنديان"), ("other", "اشتباك مع مجموعة من المهربين")]),
    ("ودخلت القوات البلدة بعد معارك مع المسلحين.", [("capture/control", "دخلت القوات البلدة")]),
    # relief flown in, the wounded taken to a medical complex; villages cut off by snow are under no siege
    ("ونقلت مروحيات الجيش مساعدات غذائية إلى القرى المحاصرة بالثلوج.", [("aid", "نقلت مروحيات الجيش مساعدات غذائية")]),
    ("ونقل المصاب إلى مجمع الشفاء الطبي في المدينة.", [("happening", "نقل المصاب إلى مجمع الشفاء الطبي")]),
    # a warning of weather to come is the forecast weather; a warning of a figurative storm or of a policy is a position
    ("وحذرت هيئة الأرصاد من أمطار غزيرة وسيول في المناطق الجنوبية حتى يوم الجمعة.",
     [("forecast", "حذرت هيئة الأرصاد من أمطار غزيرة")]),
    ("وأكد المركز الوطني للأرصاد في نشرته الأخيرة ارتفاع درجات الحرارة، محذرا من أمطار رعدية على المرتفعات.",
     [("forecast", "محذرا من أمطار رعدية على المرتفعات")]),
    ("وحذر الرئيس من عاصفة سياسية تهدد البلاد.", [("statement", "حذر الرئيس من عاصفة سياسية")]),
    ("وحذر الخبراء من موجة غلاء جديدة.", [("statement", "حذر الخبراء من موجة غلاء")]),
    # the casualties a hospital took in are a toll told with its place; a routine in the present or a delegation received is none
    ("وقال مدير الصحة إن مستشفى المدينة استقبل 35 جريحا منذ مساء أمس.", [("killing/casualties", "مستشفى المدينة استقبل 35 جريحا")]),
    ("ويستقبل المستشفى نحو 200 مراجع يوميا.", []),
    # talks held by phone or with a counterpart, envoys sent; a search, or a budget discussed, is no meeting
    ("وبحث رئيس الوزراء، في اتصال هاتفي مع الرئيس التركي، ملف المياه.", [("meeting", "بحث رئيس الوزراء، في اتصال هاتفي")]),
    ("وأوفد الرئيس وزير خارجيته إلى القاهرة لبحث الأزمة.", [("meeting", "أوفد الرئيس وزير خارجيته إلى القاهرة")]),
    ("وتبحث فرق الإنقاذ عن ناجين تحت الأنقاض.", [("rescue", "تبحث فرق الإنقاذ عن ناجين")]),
    ("وبحث المجلس مشروع الموازنة الجديدة.", []),
    # people sleeping rough or in tents are displaced; a mourning tent, or a court ruling with قضت, is no displacement
    ("وقضى آلاف السكان ليلتهم في العراء خوفا من الهزات الارتدادية.", [("displacement", "قضى آلاف السكان ليلتهم في العراء")]),
    ("وقال إن مئات العائلات باتت تقيم في خيام قرب الطريق.", [("displacement", "مئات العائلات باتت تقيم في خيام")]),
    ("وأقام الأهالي خيمة عزاء للضحايا.", [("happening", "أقام الأهالي خيمة عزاء")]),
    ("وقضت المحكمة بسجن المتهمين عشر سنوات.", [("ruling", "قضت المحكمة بسجن المتهمين")]),
    # the wounded listed after the dead with "إلى جانب" are the same toll
    ("وأسفر القصف عن مقتل 12 شخصا، إلى جانب إصابة 30 آخرين.", [("killing/casualties", "مقتل 12 شخصا، إلى جانب إصابة 30 آخرين")]),
    # the crowd that attacks may be named in the sentence before ("كما هاجموا"); soldiers named there keep the offensive
    ("وأحرق مستوطنون، فجر اليوم، مركبتين في قرية المغير. كما هاجموا منازل المواطنين ورشقوها بالحجارة.",
     [("arson", "أحرق مستوطنون"), ("other", "هاجموا منازل المواطنين")]),
    ("واقتحم جنود الاحتلال البلدة فجر اليوم. كما هاجموا منازل المواطنين في الحي الشرقي.",
     [("advance/offensive", "اقتحم جنود الاحتلال البلدة"), ("advance/offensive", "هاجموا منازل المواطنين")]),
    # banks closing their doors, with the other verb of closing
    ("والبنوك تقفل أبوابها غدا احتجاجا على الاعتداءات.", [("economy", "البنوك تقفل أبوابها")]),
])
def test_round7_events(gaz, body, expected):
    test_round6_step2(gaz, body, expected)


# Round 8: rules judged by cross-validation (misses read on sets 1-5, sets 6-10 checked by their
# tables only). Own sentences.
@pytest.mark.parametrize("body,expected", [
    # a plain verb of saying by a named official or body is a position on record ...
    ("وقال وزير الخارجية الأردني أيمن الصفدي إن المملكة لن تقبل بأي حل على حساب الفلسطينيين.",
     [("statement", "قال وزير الخارجية الأردني أيمن الصفدي إن المملكة لن تقبل")]),
    ("وأكدت وزارة الصحة أن المستشفيات الحكومية تعمل بكامل طاقتها.",
     [("statement", "أكدت وزارة الصحة أن المستشفيات الحكومية")]),
    ("وأوضح البنك المركزي المصري أن الاحتياطيات الأجنبية كافية لتغطية الواردات.",
     [("statement", "أوضح البنك المركزي المصري أن الاحتياطيات")]),
    # an official not named ("قال المسؤول", "the official") is a source only
    ("وأوضح محافظ البنك المركزي أن الاحتياطيات الأجنبية كافية لتغطية الواردات.", []),
    # ... a resident's or a driver's account, a remark to one outlet and "قال إن" with no speaker are sources only
    # (round 15 tried the remark to one outlet and the relay as statements: the older sets' floors forbid it)
    ("وقال أحد سكان الحي إن الحياة هنا لم تعد تطاق.", []),
    ("وقالت المواطنة فاطمة حسن إن الأسعار لم تعد تطاق.", []),
    ("وقال وزير المالية اللبناني يوسف الخليل لرويترز إن الحكومة تدرس خيارات عدة.", []),
    ("ونقلت وكالة الأنباء الألمانية عن وزير الداخلية التونسي كمال الفقي قوله إن الوضع تحت السيطرة.", []),
    ("وقال إن الحكومة تدرس خيارات عدة.", []),
    # a goal after حتى/لحين is not told: the call is the event, the expulsion or the withdrawal only aimed at
    ("ودعا زعيم الجماعة أنصاره إلى مواصلة القتال حتى طرد القوات الأجنبية من البلاد.",
     [("statement", "دعا زعيم الجماعة أنصاره إلى مواصلة القتال حتى طرد")]),
    ("وبقي المعتصمون في الساحة حتى انسحاب قوات الأمن.", []),
    ("وأكد المتظاهرون بقاءهم في الشارع لحين رحيل الحكومة.", []),
    # a witness's account stays a source also when given "in a statement" to a paper; an official's is on record
    ("وقال أحد سكان القرية، في تصريح لصحيفة محلية، إن الحياة هنا لم تعد تطاق.", []),
    ("وقال وزير الداخلية، في تصريح لصحيفة محلية، إن الحياة ستعود إلى طبيعتها.", [("statement", "قال وزير الداخلية")]),
    # the acts an announcing verb announces are the events, with no statement of the announcement besides them
    ("وأعلن محافظ البصرة أسعد العيداني تقديم استقالته، والحداد ثلاثة أيام في المحافظة.",
     [("resignation", "استقالته"), ("mourning", "الحداد ثلاثة أيام")]),
])
def test_round8_events(gaz, body, expected):
    test_round6_step2(gaz, body, expected)


# Round 9 (generalisation): a participle after a verb of saying is a position of its own; after a position
# taken (أدان, وصف ... بأنه, تعهد) it goes on with that one. Own sentences.
@pytest.mark.parametrize("body,expected", [
    # "قال X إن ...، مضيفا أن ...": two positions of the same speaker
    ("وقال وزير الخارجية الأردني أيمن الصفدي إن المملكة لن تقبل بأي حل على حساب الفلسطينيين، مضيفا أن "
     "الحوار هو الطريق الوحيد.",
     [("statement", "قال وزير الخارجية الأردني"), ("statement", "مضيفا أن الحوار هو الطريق")]),
    ("وأكدت وزارة الصحة أن المستشفيات الحكومية تعمل بكامل طاقتها، محذرة من أن المخزون لا يكفي لأكثر من شهرين.",
     [("statement", "أكدت وزارة الصحة"), ("statement", "محذرة من أن المخزون")]),
    # a participle after a position taken (a trigger, a demand) continues it
    ("وطالبت منظمة العفو الدولية السلطات الليبية بمحاسبة المسؤولين، محذرة من أن حياة المعتقلين في خطر.",
     [("statement", "طالبت منظمة العفو الدولية السلطات الليبية بمحاسبة المسؤولين، محذرة من أن")]),
    ("وأدان رئيس الوزراء الأردني بشر الخصاونة التفجير، معتبرا أنه عمل جبان يستهدف أمن المملكة.",
     [("statement", "أدان رئيس الوزراء الأردني بشر الخصاونة التفجير، معتبرا أنه عمل جبان")]),
    ("ووصف وزير الداخلية العراقي عبد الأمير الشمري الهجوم بأنه عمل إرهابي، مؤكدا أن الأجهزة الأمنية لن تتهاون.",
     [("statement", "الهجوم بأنه عمل إرهابي، مؤكدا أن الأجهزة")]),
    # words carried by an outlet stay a source ("نقلت رويترز عن ... قوله إن"): the gold counts them as often
    # as not (round 9 tried them on record: sets 7-9 up, sets 1 and 8 an extra each, set 1 under its floor)
    ("ونقلت وكالة رويترز عن مصدر في الوزارة قوله إن الإنتاج سيعود إلى مستواه خلال أسبوع.", []),
])
def test_round9_participles(gaz, body, expected):
    test_round6_step2(gaz, body, expected)


# Round 9: a headline tells what happened in the present tense after its subject; a word of that shape the
# lexicon does not know is a happening there (not a verb of saying, a noun of the shape, or in the body).
@pytest.mark.parametrize("body,expected", [
    ("عمال النظافة يرفعون أكوام القمامة من شوارع البصرة\nالبصرة - بدأت البلدية حملة واسعة.",
     [("happening", "يرفعون أكوام القمامة")]),
    ("البلدية تزيل عشرات الأكشاك المخالفة وسط عمان\nعمان - نفذت البلدية حملة.",
     [("happening", "تزيل عشرات الأكشاك")]),
    # a verb of saying or warning in a headline is no happening
    ("وزير المالية يقول إن الموازنة ستقر الشهر المقبل\nبغداد - قال الوزير إن الموازنة جاهزة.", []),
    ("المعارضة تحذر من تأجيل الانتخابات في تونس\nتونس - قالت أحزاب إن الموعد ثابت.", []),
    # nor a form-II verbal noun, a plural or a nisba of that shape
    ("تطعيم الأطفال في مخيمات إدلب\nإدلب - بدأت فرق صحية حملة.", []),
    # in the body the present tense is a habit, not a happening
    ("وعمال النظافة يرفعون القمامة كل صباح من شوارع المدينة.", []),
])
def test_round9_headline_verbs(gaz, body, expected):
    evs = [e for e in _events(body, gaz) if e.subtype == "happening"]
    got = [(e.type, e.subtype, e.text) for e in evs]
    assert len(evs) == len(expected), got
    for (typ, words), e in zip(expected, evs):
        assert typ in (e.type, e.subtype) and words in e.text, got


# Round 9: an official arriving somewhere visits it; anyone else (a delegation too: round 3) arriving is a happening.
@pytest.mark.parametrize("body,typ", [
    ("ووصل وزير الخارجية التركي إلى دمشق صباح اليوم في زيارة رسمية.", "visit/inspection"),
    ("وصلت رئيسة المفوضية الأوروبية إلى كييف في زيارة لم يعلن عنها مسبقا.", "visit/inspection"),
    ("وقالت مصادر إن المبعوث الأممي سيصل إلى طرابلس الأسبوع المقبل.", "visit/inspection"),
    ("ووصلت الشحنة الأولى من القمح إلى ميناء العقبة صباح اليوم.", "other"),
])
def test_round9_official_arrival_is_a_visit(gaz, body, typ):
    evs = _events(body, gaz)
    assert any(e.type == typ and "وصل" in e.text or e.type == typ and "يصل" in e.text for e in evs), \
        [(e.type, e.subtype, e.text) for e in evs]


# Round 9: the figure of a toll counted in cases ("14 حالة وفاة") starts its span, as a plain figure does.
@pytest.mark.parametrize("body,words", [
    ("وأعلنت السلطات الصحية في اليمن تسجيل 12 حالة وفاة بالكوليرا في محافظة الحديدة.", "12 حالة وفاة"),
    ("وقالت الوزارة إن 9 حالات وفاة و300 إصابة سجلت خلال يومين.", "9 حالات وفاة"),
])
def test_round9_cases_counted(gaz, body, words):
    evs = [e for e in _events(body, gaz) if e.type == "killing/casualties"]
    assert evs and evs[0].text.startswith(words), [(e.type, e.text) for e in evs]


# Round 9: projectiles that fall are a strike, the noun (مقذوفات) like قذائف, with the verb of falling after it
# as its predicate; a projectile named without one, or something else falling, is none.
@pytest.mark.parametrize("body,expected", [
    ("وأفاد شهود بأن المقذوفات سقطت قرب مدرسة ابتدائية في الحي الشرقي.", 1),
    ("وقال مصدر أمني إن قذيفتين سقطتا على سوق شعبي وسط المدينة.", 1),
    ("وشهدت المنطقة خلال الأسابيع الماضية سقوط مقذوفات في أراض زراعية.", 1),
    ("وتحدث التقرير عن نوع المقذوفات المستخدمة في النزاع.", 0),
    ("وسقطت الحكومة بعد تصويت البرلمان على حجب الثقة.", 0),
])
def test_round9_projectiles_fall(gaz, body, expected):
    evs = [e for e in _events(body, gaz) if e.type == "airstrike/shelling"]
    assert len(evs) == expected, [(e.type, e.text) for e in _events(body, gaz)]


# Round 9: a figure of the displaced counts a displacement; the people a place shelters and a share of the
# displaced do not.
@pytest.mark.parametrize("body,expected", [
    ("ويعيش في مخيمات عرسال نحو 60 ألف نازح سوري منذ سنوات.", 1),
    ("وأدت المعارك إلى أكثر من مليون نازح في ولايات دارفور.", 1),
    ("وكانت المدرسة تؤوي نحو 900 نازح عند قصفها.", 0),
    ("وتستضيف الولاية وحدها نحو 40% من النازحين في البلاد.", 0),
])
def test_round9_displaced_counted(gaz, body, expected):
    evs = [e for e in _events(body, gaz) if e.type == "displacement"]
    assert len(evs) == expected, [(e.type, e.text) for e in _events(body, gaz)]


# Round 9: an order's object after ب may follow a long subject and object (and a time set off by commas).
@pytest.mark.parametrize("body,words", [
    ("ووجه رئيس حكومة إقليم كردستان مسرور بارزاني مستشفيات أربيل ودهوك باستقبال الجرحى.", "باستقبال الجرحى"),
    ("ووجه وزير الداخلية العراقي عبد الأمير الشمري قادة الشرطة بتشديد الإجراءات الأمنية.", "بتشديد الإجراءات"),
])
def test_round9_long_orders(gaz, body, words):
    evs = [e for e in _events(body, gaz) if e.subtype == "happening"]
    assert evs and words in evs[0].text, [(e.type, e.subtype, e.text) for e in _events(body, gaz)]


# Round 10: كلّف gives a task with its object after ب, as وجّه and أوعز do: the assignment is the event; a cost
# (كلّف + a sum) orders nothing.
@pytest.mark.parametrize("body,expected", [
    ("وكلفت الحكومة لجنة فنية بمعاينة المباني المتضررة.", 1),
    ("وكلف وزير الداخلية الأجهزة الأمنية بملاحقة الجناة.", 1),
    ("كلف الرئيس رئيس الوزراء، مساء أمس، بتشكيل حكومة جديدة.", 1),
    ("وكلف المشروع نحو مليون دولار.", 0),
    ("وكلفت الحرب الاقتصاد خسائر بمليارات الدولارات.", 0),
])
def test_round10_tasks_given(gaz, body, expected):
    evs = [e for e in _events(body, gaz) if e.subtype == "happening"]
    assert len(evs) == expected, [(e.type, e.subtype, e.text) for e in _events(body, gaz)]


# Round 10: a definite event noun told earlier in the article, named again by someone who tells of it (a speech
# verb or participle right after it), is a back-reference, not a new event; named first that way, it is told.
@pytest.mark.parametrize("body,expected", [
    ("أدى انهيار مبنى سكني في الحي القديم إلى مقتل شخصين. وروى أحد الجيران لحظات الانهيار قائلا: سمعنا صوتا قويا.", 0),
    ("وقع انفجار في مستودع للوقود مساء أمس. وروى أحد العمال لحظات الانفجار قائلا إن النوافذ تحطمت.", 0),
    ("وروى أحد العمال لحظات الانفجار قائلا إن النوافذ تحطمت.", 1),
    ("وروى أحد الجيران لحظات الانهيار قائلا: سمعنا صوتا قويا.", 1),
])
def test_round10_named_again_by_a_teller(gaz, body, expected):
    evs = [e for e in _events(body, gaz) if e.trigger.startswith(("الانهيار", "الانفجار"))]
    assert len(evs) == expected, [(e.type, e.subtype, e.text) for e in _events(body, gaz)]


# A date after منذ starts a running span ("since 1 January"): it is not the day of the event that runs since.
@pytest.mark.parametrize("body,date", [
    ("واعترض خفر السواحل أكثر من 9 آلاف مهاجر منذ 1 يناير 2024.", None),
    ("وقتل 40 مدنيا في القصف منذ 2 مارس الجاري.", None),
    ("واعترض خفر السواحل 90 مهاجرا في 1 مارس 2024.", "2024-03-01"),
])
def test_a_date_after_since_is_not_the_event_day(gaz, body, date):
    evs = _events(body, gaz)
    assert evs and all(e.date == date for e in evs), [(e.type, e.date, e.text) for e in evs]


# Where an event names no place of its own: the headline's one place, named again in the body, is the
# article's scene, even when the body names a containing or neighbouring place more often.
@pytest.mark.parametrize("body,span,place", [
    ("كارثة جبلة.. ارتفاع ضحايا الزلزال إلى 40 قتيلا\nوأعلنت مديرية الصحة في اللاذقية ارتفاع عدد الضحايا، ونقل "
     "الجرحى إلى مستشفيات اللاذقية. وقال محافظ اللاذقية إن فرق الإنقاذ تواصل عملها. وتقع جبلة على الساحل السوري.",
     "40 قتيلا", "Jableh"),
    ("فيضانات باكستان.. أكثر من 900 قتيل\nوقالت السلطات في إقليم السند إن المياه جرفت آلاف المنازل في السند. "
     "وتضرر نحو 100 ألف منزل. ووصلت مساعدات إلى السند. وتشهد باكستان أمطارا غزيرة منذ يونيو.",
     "100 ألف منزل", "Pakistan"),
])
def test_location_main_place_prefers_the_headline(gaz, body, span, place):
    evs = [e for e in _events(body, gaz) if span in e.text]
    assert evs and all(place in (e.location_en or "") for e in evs), [(e.type, e.location_en, e.text) for e in evs]


# Where people come from ("من دول إفريقيا جنوب الصحراء") is no scene; where a displacement goes (نحو, إلى,
# باتجاه) is not where people were displaced from, which is how the briefing reads its location.
@pytest.mark.parametrize("body,span,place,not_place", [
    ("وانتشلت وحدات الحرس البحري في صفاقس 12 جثة لمهاجرين من دول إفريقيا جنوب الصحراء.", "12 جثة", "Sfax",
     "Africa"),
    ("ونزح أكثر من 5000 شخص من خان يونس إلى رفح خلال يومين.", "نزح", "Khan Younis", "Rafah"),
    ("ونزحت مئات العائلات من مدينة الفاشر باتجاه بلدة طويلة.", "نزحت", "Fasher", "Tawila"),
    ("وأجبرت المعارك آلاف الأسر على النزوح باتجاه مدينة طويلة.", "النزوح", None, "Tawila"),
    ("وتم ترحيل عشرات المهاجرين نحو المناطق الحدودية مع ليبيا والجزائر.", "ترحيل", None, "Libya"),
])
def test_location_is_not_an_origin_or_a_destination(gaz, body, span, place, not_place):
    evs = [e for e in _events(body, gaz) if span in e.text]
    assert evs, [(e.type, e.location_en, e.text) for e in _events(body, gaz)]
    for e in evs:
        assert not_place not in (e.location_en or ""), (e.type, e.location_en, e.text)
        assert place is None or place in (e.location_en or ""), (e.type, e.location_en, e.text)


# An administrative class noun before a place names the unit (its country's English word), the bare
# name staying an alternative; a place without one, or whose name already says its unit, is left alone.
@pytest.mark.parametrize("body,place", [
    ("وقتل ثلاثة أشخاص في انفجار عبوة ناسفة في محافظة درعا.", "Daraa Governorate (Daraa)"),
    ("وضرب زلزال بقوة 5 درجات ولاية هطاي جنوبي تركيا.", "Hatay Province (Hatay)"),
    ("وقتل خمسة مدنيين في قصف مدفعي على ولاية كسلا.", "Kassala State (Kassala)"),
    ("وقتل ثلاثة أشخاص في انفجار عبوة ناسفة في درعا.", "Daraa"),
])
def test_location_names_the_administrative_unit(gaz, body, place):
    evs = [e for e in _events(body, gaz) if e.type != "statement"]
    assert evs and all(e.location_en == place for e in evs), [(e.type, e.location_en, e.text) for e in evs]


# The article's scene, first named as a unit ("في محافظة درعا"), is that unit for the events that name no place.
@pytest.mark.parametrize("body,span,place", [
    ("موجة اغتيالات جديدة\nقتل مسلحون مجهولون قياديا سابقا في محافظة درعا. وقال ناشطون في درعا إن الاغتيالات "
     "تصاعدت في درعا خلال الشهر الماضي.\nوأصيب ثلاثة مدنيين برصاص عشوائي.",
     "ثلاثة مدنيين", "Daraa Governorate"),
])
def test_location_main_place_as_the_unit_first_named(gaz, body, span, place):
    evs = [e for e in _events(body, gaz) if span in e.text]
    assert evs and all(place in (e.location_en or "") for e in evs), [(e.type, e.location_en, e.text) for e in evs]


# A river or a sea named on the way to the place is a landmark: the place named after it in the event is the scene.
@pytest.mark.parametrize("body,place", [
    ("وقتل ثلاثة مدنيين في قصف جوي على جسر فوق نهر الفرات في بلدة الميادين.", "Mayadin"),
    ("وقتل خمسة صيادين في غارة على قارب في البحر الأحمر قرب ميناء الحديدة.", "Hodeidah"),
    ("وغرق قارب يقل مهاجرين في البحر الأبيض المتوسط.", "Mediterranean"),
])
def test_a_river_on_the_way_is_no_scene(gaz, body, place):
    evs = [e for e in _events(body, gaz) if e.type in ("killing/casualties", "airstrike/shelling", "other")]
    assert evs and any(place in (e.location_en or "") for e in evs), [(e.type, e.location_en, e.text) for e in evs]


# The broad lexicon of what news tells (events.yaml, happening and the typed lists): less common verbs of
# each type and the verbs of everyday news that no earlier table had, one clause each.
CASES_BROAD = [
    # votes, sessions, agreements, office
    ("واقترع 120 نائبا في الجلسة الأولى لانتخاب رئيس البرلمان.", [("other", "اقترع 120 نائبا")]),
    ("ونال المرشح المستقل 41 صوتا في الدورة الثانية.", [("other", "نال المرشح المستقل 41 صوتا")]),
    ("وأبرمت الحكومة اتفاقا مع صندوق النقد الدولي.", [("other", "أبرمت الحكومة")]),
    ("وتنحى رئيس المجلس العسكري عن منصبه.", [("other", "تنحى رئيس المجلس")]),
    ("واختتم وزراء الخارجية العرب اجتماعهم الطارئ في القاهرة.", [("other", "اختتم وزراء الخارجية")]),
    ("ورفع رئيس البرلمان الجلسة إلى الأسبوع المقبل.", [("other", "رفع رئيس البرلمان الجلسة")]),
    ("وتأجلت المحاكمة إلى الشهر المقبل بطلب من الدفاع.", [("other", "تأجلت المحاكمة")]),
    # security, justice, crime
    ("وصادرت السلطات شحنة أسلحة في ميناء بنغازي.", [("other", "صادرت السلطات شحنة أسلحة")]),
    ("واستجوبت النيابة العامة ثلاثة مسؤولين في وزارة النقل.", [("other", "استجوبت النيابة العامة")]),
    ("ومثل المتهمون أمام محكمة الجنايات في تونس.", [("other", "مثل المتهمون أمام محكمة الجنايات")]),
    ("وسطا مسلحون على فرع مصرف في مدينة الكفرة.", [("other", "سطا مسلحون على فرع مصرف")]),
    ("واستسلم عشرات المسلحين للقوات الحكومية.", [("other", "استسلم عشرات المسلحين")]),
    # closures and measures
    ("وأغلقت السلطات الأردنية معبر جابر الحدودي مع سوريا.", [("closure", "أغلقت السلطات الأردنية")]),
    ("وأغلقت الحكومة الجامعات ثلاثة أيام.", [("closure", "أغلقت الحكومة الجامعات")]),
    ("وخففت الحكومة القيود المفروضة على حركة السفر.", [("other", "خففت الحكومة القيود")]),
    ("ودخل قرار زيادة الرواتب حيز التنفيذ أمس.", [("other", "دخل قرار زيادة الرواتب حيز التنفيذ")]),
    # transport, accidents, weather, animals
    ("وتحطمت طائرة شحن عسكرية قرب مطار جوبا.", [("other", "تحطمت طائرة شحن عسكرية")]),
    ("وانحرف قطار ركاب عن مساره قرب محطة المنيا.", [("other", "انحرف قطار ركاب")]),
    ("وهبطت طائرة الرئيس في مطار هواري بومدين.", [("other", "هبطت طائرة الرئيس")]),
    ("ونفقت آلاف الرؤوس من الماشية بسبب الجفاف.", [("other", "نفقت آلاف الرؤوس")]),
    ("وعصفت رياح قوية بالسواحل الشرقية.", [("other", "عصفت رياح قوية")]),
    ("وتضاعفت أسعار الخبز في أسواق المدينة.", [("other", "تضاعفت أسعار الخبز")]),
    ("وتسبب الإضراب في شلل حركة الموانئ.", [("other", "تسبب الإضراب")]),
    # less common verbs of the typed lists
    ("ولفظ الجريح أنفاسه الأخيرة في المستشفى.", [("killing/casualties", "لفظ الجريح أنفاسه")]),
    ("واغتيل قيادي في الحركة بمدينة صيدا.", [("killing/casualties", "اغتيل قيادي")]),
    ("وسقط ثلاثة شبان قتلى برصاص قوات الأمن.", [("killing/casualties", "سقط ثلاثة شبان قتلى")]),
    ("ودكت المدفعية مواقع المسلحين في جبل الزاوية.", [("airstrike/shelling", "دكت المدفعية مواقع المسلحين")]),
    ("وباغت المسلحون دورية للجيش قرب الحدود.", [("advance/offensive", "باغت المسلحون دورية")]),
    ("ونصب مسلحون كمينا لقافلة عسكرية على طريق الموصل.", [("advance/offensive", "نصب مسلحون كمينا")]),
    ("وسقطت البلدة بيد مقاتلي الحركة بعد معارك عنيفة.", [("capture/control", "سقطت البلدة بيد")]),
    ("وجال الوزير في الأحياء المتضررة من السيول.", [("visit/inspection", "جال الوزير في الأحياء")]),
    ("ورحّلت السلطات الليبية 300 مهاجر إلى النيجر.", [("displacement", "رحّلت السلطات الليبية 300 مهاجر")]),
    ("وباتت مئات العائلات ليلتها في العراء بعد الزلزال.", [("displacement", "باتت مئات العائلات")]),
    # a survivor's own account of flight, the way walked
    ('وقالت إحدى الناجيات: "هربنا بالأطفال تحت القصف".', [("displacement", "هربنا بالأطفال")]),
    ("وقطعت العائلة مشيا أكثر من 50 كيلومترا هربا من المعارك.", [("displacement", "قطعت العائلة مشيا")]),
    # a drone that falls, a siege broken, a minister's trip, fire opened
    ("وسقطت الطائرة المسيرة على مستودع للوقود.", [("airstrike/shelling", "سقطت")]),
    ("وتمكنت القوات من فك الحصار عن مدينة كادقلي.", [("link-up", "فك الحصار عن مدينة كادقلي")]),
    ("وتنقل رئيس الحكومة صباح اليوم إلى ولاية تيزي وزو.", [("visit/inspection", "تنقل رئيس الحكومة")]),
    ("وفتح الجنود النار على المحتجين أمام المقر.", [("shooting", "فتح الجنود النار")]),
    # work done, plans adopted, ties cut, weather, prizes
    ("ونجح الفريق الطبي في فصل التوأم الملتصق.", [("other", "نجح الفريق الطبي")]),
    ("واعتمدت الحكومة موازنة العام المقبل.", [("other", "اعتمدت الحكومة موازنة")]),
    ("وقطعت الحكومة علاقاتها الدبلوماسية مع طهران.", [("other", "قطعت الحكومة علاقاتها")]),
    ("واشتدت العاصفة مساء أمس على السواحل الغربية.", [("other", "اشتدت العاصفة")]),
    ("وفاز الفيلم بجائزة أفضل إخراج في المهرجان.", [("other", "فاز الفيلم بجائزة")]),
    # a cause named, a change, a response to come; a war's outbreak on a day named
    ("وأكد المحققون أن الحادث نجم عن خطأ بشري.", [("other", "الحادث نجم عن خطأ بشري")]),
    ("وتغيرت خريطة السيطرة في الشمال خلال أيام.", [("other", "تغيرت خريطة السيطرة")]),
    # control of what is no place, diplomats expelled, people trapped by water, a volcano, a crash told with its verb
    ("وسيطرت فرق الإطفاء على الحريق بعد ساعات.", [("other", "سيطرت فرق الإطفاء على الحريق")]),
    ("وسيطر الجيش على البلدة بعد معارك عنيفة.", [("capture/control", "سيطر الجيش على البلدة")]),
    ("وطردت الحكومة السفير الفرنسي من البلاد.", [("other", "طردت الحكومة السفير الفرنسي")]),
    ("وطردت القوات الحكومية المسلحين من البلدة.", [("capture/control", "طردت القوات الحكومية المسلحين")]),
    ("وحاصرت السيول عشرات العائلات في قرية الوادي.", [("other", "حاصرت السيول عشرات العائلات")]),
    ("وثار بركان إتنا مجددا.", [("other", "ثار بركان إتنا")]),
    ("ووقع حادث تصادم بين قطارين قرب محطة طهطا.", [("incident", "حادث تصادم بين قطارين")]),
    # results announced, a turnout, a strike entered (no capture), roads cut by floods (no protest)
    ("وأعلنت لجنة الانتخابات النتائج الأولية للاقتراع.", [("happening", "أعلنت لجنة الانتخابات النتائج")]),
    ("وبلغت نسبة المشاركة في الانتخابات 42 في المئة.", [("happening", "بلغت نسبة المشاركة")]),
    ("ودخل عمال الموانئ في إضراب مفتوح.", [("protest", "إضراب مفتوح")]),
    ("وأدت السيول إلى قطع الطرق في محافظة حضرموت.", [("happening", "قطع الطرق")]),
    # a ruling is no killing, an epidemic's cases are no wounded, the time since a detention tells none, locusts
    ("وقضت محكمة الجنايات بالسجن المؤبد على 12 متهما.", [("ruling", "قضت محكمة الجنايات بالسجن المؤبد")]),
    ("وقضت القوات الحكومية على عشرات المسلحين.", [("killing/casualties", "قضت القوات الحكومية على عشرات")]),
    ("وارتفع عدد المصابين بالكوليرا في المخيمات إلى 400 حالة.", [("outbreak", "المصابين بالكوليرا")]),
    ("وأصيب 12 طفلا بالحصبة في المخيم.", [("outbreak", "أصيب 12 طفلا بالحصبة")]),
    ("وأصيب 30 شخصا بجروح في القصف.", [("killing/casualties", "أصيب 30 شخصا بجروح")]),
    ("وأفرجت السلطات عن الناشط بعد ستة أشهر من الاحتجاز.", [("release", "أفرجت السلطات عن الناشط")]),
    ("واجتاحت أسراب الجراد مزارع في الصعيد.", [("disaster", "اجتاحت أسراب الجراد")]),
    # shelling exchanged, a crowd fleeing, a find (a body found is a death)
    ("وتبادل الطرفان القصف المدفعي طيلة الليل.", [("airstrike/shelling", "تبادل الطرفان القصف المدفعي")]),
    ("وهرب آلاف السكان من القرى الحدودية باتجاه الداخل.", [("displacement", "هرب آلاف السكان")]),
    ("وهرب السجين من المستشفى.", [("happening", "هرب السجين")]),
    ("وتم العثور على مقبرة جماعية في ترهونة.", [("discovery", "تم العثور على مقبرة جماعية")]),
    ("وتم العثور على جثة شاب في مجرى الوادي.", [("killing/casualties", "العثور على جثة شاب")]),
    # land razed by bulldozers is no flood, a town occupied (not a rank), a siege tightened, crowds in the streets
    ("وجرفت جرافات الاحتلال أراضي زراعية في بلدة بيت أمر.", [("destruction", "جرفت جرافات الاحتلال أراضي")]),
    ("وجرفت السيول عشرات السيارات في الوادي.", [("disaster", "جرفت السيول عشرات السيارات")]),
    ("واحتلت القوات المدينة فجر اليوم.", [("capture/control", "احتلت القوات المدينة")]),
    ("وأطبقت القوات الحصار على المدينة.", [("encirclement", "أطبقت القوات الحصار")]),
    ("ونزل آلاف المحتجين إلى الشوارع في بغداد.", [("protest", "نزل آلاف المحتجين إلى الشوارع")]),
    ("واختنق 20 شخصا جراء الدخان الكثيف.", [("killing/casualties", "اختنق 20 شخصا")]),
    # what begins keeps its own type, unless it is a military operation
    ("وبدأت الانتخابات البرلمانية صباح اليوم.", [("election", "بدأت الانتخابات البرلمانية")]),
    ("وبدأ الإضراب العام في كل المحافظات.", [("protest", "بدأ الإضراب العام")]),
    ("وبدأت المفاوضات بين الطرفين في جدة.", [("negotiation", "بدأت المفاوضات")]),
    ("وأطلقت القوات عملية عسكرية واسعة في الجنوب.", [("advance/offensive", "أطلقت القوات عملية عسكرية")]),
    # military verbs in their other senses: an attack in words, a candidate ahead, a police report, a hospital,
    # a market share
    ("وهاجم رئيس الوزراء المعارضة في خطابه أمام البرلمان.", [("accusation", "هاجم رئيس الوزراء المعارضة")]),
    ("وهاجم مسلحون نقطة للجيش قرب الحدود.", [("advance/offensive", "هاجم مسلحون نقطة للجيش")]),
    ("وتقدم المرشح الإسلامي في السباق الرئاسي بفارق كبير.", [("election", "تقدم المرشح الإسلامي")]),
    ("وحررت الشرطة محضرا بالواقعة.", [("happening", "حررت الشرطة محضرا")]),
    ("ودخل الرئيس المستشفى لإجراء فحوص طبية.", [("happening", "دخل الرئيس المستشفى")]),
    ("وسيطرت الشركة على حصة كبيرة من السوق.", [("happening", "سيطرت الشركة على حصة")]),
    # crowds flocking, prayers held, accounts hacked, an official dismissed
    ("وتوافد آلاف المصلين على المسجد الأقصى.", [("happening", "توافد آلاف المصلين")]),
    ("واخترق قراصنة حسابات وزارة الخارجية.", [("happening", "اخترق قراصنة حسابات")]),
    ("وأقيل محافظ البنك المركزي من منصبه.", [("happening", "أقيل محافظ البنك المركزي")]),
    # praise, apology, a stance shown; a call renewed names the ceasefire it calls for (no ceasefire told)
    ("وأشاد الوزير بجهود فرق الإنقاذ في المدينة.", [("statement", "أشاد الوزير بجهود فرق الإنقاذ")]),
    ("واعتذر رئيس الوزراء لعائلات الضحايا.", [("statement", "اعتذر رئيس الوزراء")]),
    ("وأبدى الرئيس استعداده للحوار مع المعارضة.", [("statement", "أبدى الرئيس استعداده")]),
    ("وجدد الأمين العام دعوته إلى وقف إطلاق النار.", [("statement", "جدد الأمين العام دعوته إلى وقف إطلاق النار")]),
    # a blast heard or felt (no quake), a mine stepped on, a grenade thrown
    ("ودوى انفجار ضخم في وسط العاصمة.", [("explosion", "دوى انفجار ضخم")]),
    ("وهز انفجار عنيف مدينة بنغازي فجر اليوم.", [("explosion", "هز انفجار عنيف")]),
    ("وهز زلزال عنيف جنوب تركيا.", [("disaster", "هز زلزال عنيف")]),
    ("وألقى مجهولون قنبلة يدوية على مركز للشرطة.", [("explosion", "ألقى مجهولون قنبلة يدوية")]),
    # the Maghreb's عرف, a tremor felt, a town ransacked, houses burnt (form I)
    ("وعرفت المنطقة تساقطات مطرية استثنائية يوم السبت.", [("happening", "عرفت المنطقة تساقطات مطرية")]),
    ("وشعر سكان ولاية قسنطينة بهزة أرضية قوية.", [("disaster", "شعر سكان ولاية قسنطينة بهزة")]),
    ("واستباحت قوات الدعم السريع مدينة الجنينة.", [("happening", "استباحت قوات الدعم السريع")]),
    ("وحرقوا عددا من المنازل في القرية.", [("arson", "حرقوا عددا من المنازل")]),
    # consequences told as a result listed (alone, a state: no event)
    ("وأدت العاصفة إلى شلل حركة السير في العاصمة.", [("consequence", "إلى شلل حركة السير")]),
    ("وأسفرت موجة البرد عن نفوق آلاف الرؤوس من الماشية.", [("consequence", "عن نفوق آلاف الرؤوس")]),
    # ... but before the sentence's own verb the dated outbreak only dates it
    ("وقالت المنظمة إن عدد النازحين منذ اندلاع القتال في 15 أبريل تجاوز مليوني شخص.",
     [("displacement", "النازحين منذ اندلاع القتال")]),
    ("ونزح أكثر من مليون شخص من منازلهم منذ اندلاع الحرب في 15 أبريل 2023.",
     [("displacement", "نزح أكثر من مليون شخص"), ("other", "اندلاع الحرب في 15 أبريل")]),
]


@pytest.mark.parametrize("body,expected", CASES_BROAD, ids=[c[0][:30] for c in CASES_BROAD])
def test_broad_lexicon(gaz, body, expected):
    speech = any(typ == "statement" for typ, _ in expected)  # rows of statements count them, the others leave them out
    evs = [e for e in _events(body, gaz) if e.type != "statement" or speech]
    got = [(e.type, e.subtype, e.text) for e in evs]
    assert len(evs) == len(expected), got
    for (typ, words), e in zip(expected, evs):
        assert typ in (e.type, e.subtype), got
        assert words in e.text, got


# Forms of the broad lexicon that are other words too: no event ("صادر عن" issued by, "طبقا" according to,
# "رفع الحصار" demanded, "الآثار" traces, "اتصل" connected in a relative clause).
@pytest.mark.parametrize("body", [
    "وجاء ذلك في بيان صادر عن وزارة الخارجية.",
    "وطالب المحتجون بوقف الحرب ورفع الحصار عن المدينة.",
    "وتحدث التقرير عن آثار الجفاف على المزارعين.",
    "وقال مسؤول طبقا للقانون المعمول به.",
    "وهذا الأمر لا يتصل بالأزمة الحالية.",
    'وقال أحد السكان: "ولما طلعنا لقينا البيت مهدوم".',             # going out to look, no flight
    "وقال الخبير الاقتصادي إن الخطة كانت تشكل عبئا على الموازنة.",  # a state described
    "وجاء ذلك في بيان تلقت الوكالة نسخة منه.",                       # a copy received
    "والوضع صعب على السكان منذ اندلاع الحرب.",
    "واحتل المنتخب المغربي المركز الأول في البطولة.",                 # a rank held, no town occupied
    "واستعادت الليرة جزءا من قيمتها أمام الدولار.",                  # a currency's value regained, no town retaken
    "ويعاني المستشفى من نقص حاد في الأدوية.",                        # a shortage as a state, no consequence told                        # the war's outbreak as a time anchor ...
])
def test_broad_lexicon_other_words(gaz, body):
    evs = [e for e in _events(body, gaz) if e.type != "statement"]
    assert not evs, [(e.type, e.subtype, e.text) for e in evs]


# Wrong events users saw on a tuning corpus (round 15), in sentences of our own: a headline "X: deaths of N"
# is X reporting its own dead, not X killing; "نصاب الجلسة" is a quorum, not "we are hit"; a bank stormed with
# no armed force named is a crowd's doing, not a military offensive.
def test_headline_source_is_no_killer(gaz):
    evs = [e for e in _events("الجيش السوري: مقتل 5 جنود في هجوم على حاجز قرب تدمر", gaz)
           if e.type == "killing/casualties"]
    assert evs and all(e.actor_en is None for e in evs), [(e.type, e.actor_en, e.text) for e in evs]


@pytest.mark.parametrize("body,typ", [
    ("وهدد نواب الكتلة بأن يطيّروا نصاب الجلسة المقبلة.", None),
    ("ويخشى المودعون أن تُقتحم المصارف مجددا في الأيام المقبلة.", "other"),
    ("وقالت جمعية المصارف إن الفروع قد تُقتحم مرة أخرى.", "other"),
    ("واقتحمت قوات الاحتلال فرع البنك في مدينة نابلس.", "advance/offensive"),
])
def test_quorum_and_banks_stormed(gaz, body, typ):
    evs = [e for e in _events(body, gaz) if e.type != "statement"]
    got = [(e.type, e.subtype, e.text) for e in evs]
    assert [e.type for e in evs] == ([typ] if typ else []), got


# A place joined by و to the actor acts with it: it is not the scene of the event.
@pytest.mark.parametrize("body,loc", [
    ("قتل خمسة مدنيين بقصف لقوات النظام السوري وروسيا استهدف بلدة سرمين.", "Sarmin"),
    ("أصيب عشرة أشخاص في غارات للتحالف الدولي والعراق على قضاء سنجار.", "Sinjar"),
])
def test_a_place_coordinated_with_the_actor_is_no_scene(body: str, loc: str, gaz: Gazetteer) -> None:
    evs = [e for e in _events(body, gaz) if e.type in ("killing/casualties", "airstrike/shelling")]
    assert evs and all(loc in (e.location_en or "") for e in evs), [(e.type, e.actor_en, e.location_en) for e in evs]


# "من اتجاه X" / "من أجواء X": where fire came from; the target named after the trigger is the scene.
@pytest.mark.parametrize("body,loc", [
    ("وأطلقت المدفعية قذائف من اتجاه تل أبيب مستهدفة بلدة عيتا الشعب.", "Aita al-Shaab"),
    ("وشنت طائرات حربية غارات من أجواء لبنان استهدفت مواقع قرب حمص.", "Homs"),
])
def test_where_fire_came_from_is_no_scene(body: str, loc: str, gaz: Gazetteer) -> None:
    evs = [e for e in _events(body, gaz) if e.type == "airstrike/shelling"]
    assert evs and all(loc in (e.location_en or "") for e in evs), [(e.type, e.actor_en, e.location_en) for e in evs]


# A place named as the cause fought or rallied for is no scene ("ارتقى على طريق القدس": the Axis's phrase for
# a fighter killed fighting Israel; "تضامنا مع غزة", "إسنادا لغزة"); a road named after its city stays one.
@pytest.mark.parametrize("body,typ,not_place,place", [
    ("وأعلن حزب الله مقتل اثنين من مقاتليه على طريق القدس.", "killing/casualties", "Jerusalem", None),
    ("ونعت حركة الجهاد الإسلامي القيادي محمد سالم الذي استشهد \"على طريق تحرير فلسطين\".", "killing/casualties",
     "Palestin", None),
    ("وشارك آلاف الأردنيين في مسيرة وسط عمان تضامنا مع غزة.", "other", "Gaza", "Amman"),
    ("وقصفت المقاومة مستوطنة المطلة بالصواريخ إسنادا لغزة.", "airstrike/shelling", "Gaza", "Metula"),
    ("وقتل أربعة جنود في كمين على طريق تدمر.", "killing/casualties", "Jerusalem", "Palmyra"),
])
def test_a_cause_is_no_scene(gaz: Gazetteer, body: str, typ: str, not_place: str, place: str | None) -> None:
    evs = [e for e in _events(body, gaz) if typ in (e.type, e.subtype)]
    got = [(e.type, e.actor_en, e.location_en, e.text) for e in _events(body, gaz)]
    assert evs, got
    for e in evs:
        assert not_place not in (e.location_en or ""), got
        assert place is None or place in (e.location_en or ""), got


# Who mourns, reports or speaks of a death did not kill: a death told after an obituary has no killer from it;
# the mourner, not the one mourned, makes the statement.
@pytest.mark.parametrize("body,mourner", [
    ("ونعت المقاومة الإسلامية الشهيد علي حسين ناصر الذي ارتقى \"على طريق القدس\"، ليرتفع عدد شهدائها إلى 80.",
     "Hezbollah"),
    ("ونعت كتائب القسام القائد أحمد يوسف الذي استشهد أثناء أداء واجبه.", "Qassam"),
    ("ونعى الحزب الشيوعي السوداني عضو لجنته المركزية حسن محمد الذي توفي في الخرطوم.", None),
])
def test_the_mourner_is_no_killer(gaz: Gazetteer, body: str, mourner: str | None) -> None:
    evs = _events(body, gaz)
    got = [(e.type, e.actor_en, e.location_en, e.text) for e in evs]
    deaths = [e for e in evs if e.type == "killing/casualties"]
    assert deaths and all(e.actor_en is None for e in deaths), got
    said = [e for e in evs if e.type == "statement"]
    assert said and all(mourner in (e.actor_en or "") if mourner else "Hassan" not in (e.actor_en or "")
                        for e in said), got


# Changes a place or a market goes through, told after شهد or with a predicate, are happenings; a toll that
# rises counts its dead and is no change; a state the place lives in (توتر, غلاء) is none either.
@pytest.mark.parametrize("body,words", [
    ("وشهدت أسواق الموصل ارتفاعا حادا في أسعار الطحين خلال الأسبوع الماضي.", "ارتفاعا حادا"),
    ("ويشهد إقليم كردستان منذ أيام انخفاضا كبيرا في درجات الحرارة.", "انخفاضا كبيرا"),
    ("وتشهد محطات الوقود في عدن إقبالا غير مسبوق بعد شائعات عن أزمة جديدة.", "إقبالا غير مسبوق"),
    ("ومن المتوقع أن يشهد البحر غدا هدوءا نسبيا بعد العاصفة.", "هدوءا نسبيا"),
    ("وأدى إغلاق المعابر إلى ارتفاع أسعار الخضار في غزة.", "ارتفاع أسعار"),
    ("وشهد الوضع الأمني في المدينة تدهورا خطيرا خلال الليل.", "تدهورا خطيرا"),
])
def test_changes_witnessed(gaz: Gazetteer, body: str, words: str) -> None:
    evs = _events(body, gaz)
    assert any(words in e.text and e.type == "other" for e in evs), [(e.type, e.subtype, e.text) for e in evs]


@pytest.mark.parametrize("body", [
    "ارتفاع حصيلة ضحايا انهيار المبنى في حلب",
    "وأعلنت وزارة الصحة ارتفاع أعداد المصابين بالحادث إلى 40.",
    "وتعيش المدينة على وقع توتر شديد منذ أسبوع.",
    "ومع ارتفاع درجات الحرارة يزداد استهلاك الكهرباء.",
    "وتراجع الجيش من مواقعه شرق المدينة.",
])
def test_no_change_told(gaz: Gazetteer, body: str) -> None:
    evs = _events(body, gaz)
    assert not any(e.subtype == "consequence" for e in evs), [(e.type, e.subtype, e.text) for e in evs]


# A present verb of going on tells what happens now, not a habit ("يتواصل إحصاء الأضرار"); work that goes on
# is told by its own noun after تواصل/استمر; a typed noun after the verb tells the event itself (one event).
@pytest.mark.parametrize("body,words,n", [
    ("ويتواصل حصر الخسائر في القرى المتضررة من الفيضانات.", "يتواصل حصر الخسائر", 1),
    ("وتتواصل جهود الوساطة المصرية بين الفصائل في القاهرة.", "تتواصل جهود الوساطة", 1),
    ("واستمرت محاولات المهاجرين عبور السياج الحدودي طوال الليل.", "استمرت محاولات المهاجرين", 1),
    ("ويواصل المبعوث الأممي اتصالاته مع الأطراف الليبية لتحديد موعد للانتخابات.", "يواصل المبعوث الأممي", 1),
    ("وتواصل فرق الدفاع المدني، لليوم الثاني على التوالي، البحث عن المفقودين تحت الأنقاض في جبلة.", "البحث", 1),
])
def test_going_on_now(gaz: Gazetteer, body: str, words: str, n: int) -> None:
    evs = [e for e in _events(body, gaz) if e.type != "statement"]
    got = [(e.type, e.subtype, e.text) for e in evs]
    assert len(evs) == n and any(words in e.text for e in evs), got


@pytest.mark.parametrize("body", [
    "ويستقبل المستشفى نحو 200 مراجع يوميا.",
    "ويعمل المصنع بنصف طاقته منذ سنوات.",
])
def test_a_habit_is_no_event(gaz: Gazetteer, body: str) -> None:
    evs = [e for e in _events(body, gaz) if e.type != "statement"]
    assert not evs, [(e.type, e.subtype, e.text) for e in evs]


# Results of a vote (the rank a candidate came in, votes won, the turnout), results published or appealed, an oath
# taken, work that goes on told by a participle after its noun, weather and losses told by their measure, a report
# received by an operations room: happenings (type other). Sentences of our own.
@pytest.mark.parametrize("body,words", [
    ("وحل مرشح حزب التجمع ثانيا بنسبة 12 بالمئة من الأصوات.", "حل مرشح حزب التجمع ثانيا"),
    ("وجاءت قائمة الوفاق في المرتبة الثالثة بفارق كبير.", "جاءت قائمة الوفاق في المرتبة الثالثة"),
    ("وأفادت الهيئة بأن المرشح المستقل تحصل على 310 آلاف صوت.", "تحصل على 310 آلاف صوت"),
    ("وحصدت الجبهة 23 مقعدا في البرلمان الجديد.", "حصدت الجبهة 23 مقعدا"),
    ("وأضافت اللجنة أن نسبة المشاركة بلغت 41 بالمائة في الدوائر الجنوبية.", "نسبة المشاركة بلغت 41 بالمائة"),
    ("ومن المنتظر أن تعلن المفوضية النتائج النهائية الأسبوع المقبل.", "تعلن المفوضية النتائج النهائية"),
    ("وقال مدير الحملة إنهم سيطعنون في النتائج أمام المجلس الدستوري.", "سيطعنون في النتائج"),
    ("ويؤدي الرئيس الجديد اليمين الدستورية أمام البرلمان يوم الاثنين.", "يؤدي الرئيس الجديد اليمين"),
    ("وقال المتحدث إن البحث لا يزال جاريا عن سبعة صيادين في عرض البحر.", "جاريا"),
    ("وأكد أن عمليات التفتيش متواصلة في الأحياء القديمة.", "متواصلة"),
    ("وتجاوزت درجات الحرارة في البصرة 51 درجة مئوية أمس.", "تجاوزت درجات الحرارة"),
    ("وتراوحت كمية الأمطار المسجلة بين 30 و70 ملم في ساعات قليلة.", "تراوحت كمية الأمطار"),
    ("وأشار إلى أن الخسائر بلغت نحو 40 مليون دولار في الميناء وحده.", "الخسائر بلغت نحو 40 مليون دولار"),
    ("وقال الناطق إن بلاغا ورد إلى غرفة العمليات قرابة منتصف الليل.", "ورد إلى غرفة العمليات"),
    ("وجاب مئات الشبان شوارع المدينة في مواكب سيارات بعد إعلان النتائج.", "جاب مئات الشبان شوارع المدينة"),
])
def test_results_work_and_measures(gaz: Gazetteer, body: str, words: str) -> None:
    evs = _events(body, gaz)
    assert any(words in e.text and e.type == "other" for e in evs), [(e.type, e.subtype, e.text) for e in evs]


# The same verbs in their other senses tell no such happening: a parliament dissolved (a decree if anything), "جاء ذلك"
# (it came after), a quake's magnitude, a rank in a relative clause (background to the clause's own verb), the
# Levantine progressive "عم" ("كنا عم نغني").
@pytest.mark.parametrize("body,not_words", [
    ("وجاء ذلك بعد ساعات من اجتماع الحكومة.", "جاء ذلك"),
    ("وجاء في البيان أن الوزارة ستفتح تحقيقا.", "جاء في البيان"),
    ("ورفض المرشح، الذي حل ثانيا في الدورة الأولى، النتائج المعلنة.", "حل ثانيا"),
    ("وكان الزلزال الذي بلغت قوته 6 درجات قد ضرب المنطقة فجرا.", "بلغت قوته"),
    ("وقال أحد الشبان: كنا عم نغني بالساحة لما بدأ القصف.", "عم نغني"),
])
def test_results_and_measures_not_told(gaz: Gazetteer, body: str, not_words: str) -> None:
    evs = _events(body, gaz)
    assert not any(e.text.startswith(not_words) and e.type == "other" for e in evs), [(e.type, e.subtype, e.text) for e in evs]


# Wrong facts users saw, fixed as classes: the body a struck place belongs to ("مدرسة للأونروا", "تابعة للأونروا") did
# not strike it; the speaker before a headline's colon is the source, not the actor; an attack condemned over the
# speaker's title and name set off by commas is the condemnation's object, not a new attack; surgery, counting votes or
# a peace process are no military operation.
@pytest.mark.parametrize("body,typ,not_actor", [
    ("قصف مدرسة للأونروا في مخيم جباليا", "airstrike/shelling", "UNRWA"),
    ("وأغارت الطائرات على مستودع تابع لبرنامج الأغذية العالمي في خان يونس.", "airstrike/shelling", "World Food"),
    ("الأونروا: غارة على مدرسة تؤوي نازحين في دير البلح", "airstrike/shelling", "UNRWA"),
    ("منظمة الصحة العالمية: اقتحام مستشفى العودة في جباليا", "advance/offensive", "World Health"),
])
def test_owner_and_headline_source_are_no_actor(gaz: Gazetteer, body: str, typ: str, not_actor: str) -> None:
    evs = [e for e in _events(body, gaz) if e.type == typ]
    assert evs and all(not_actor not in (e.actor_en or "") for e in evs), [(e.type, e.actor_en, e.text) for e in evs]


@pytest.mark.parametrize("body", [
    "وأدان رئيس الوزراء، السيد محمد شياع السوداني، الهجوم الإرهابي على الموكب.",
    "وأشار الطبيب إلى أن أربعة من الجرحى أجريت لهم عمليات جراحية دقيقة.",
    "وتبدأ عمليات الفرز فور إغلاق صناديق الاقتراع.",
    "ودعا المبعوث إلى إحياء عملية السلام المتعثرة.",
])
def test_no_operation_or_attack_told(gaz: Gazetteer, body: str) -> None:
    evs = _events(body, gaz)
    assert not any(e.type == "advance/offensive" for e in evs), [(e.type, e.actor_en, e.text) for e in evs]


# A named person's home town is no scene of his death ("من بلدة", "ابن بلدة", "من أبناء مدينة" right after the name or
# after a title and a name the entity reader does not know); who dies (استشهد, قتل + a title: the passive) killed no one.
@pytest.mark.parametrize("body,not_place,place", [
    ("واستشهد الشاب خالد يوسف ابن بلدة قباطية في اشتباك مع قوات الاحتلال في طوباس.", "Qabatiya", "Tubas"),
    ("وقتل الجندي سامي حداد، من أبناء مدينة حمص، في هجوم على حاجز قرب تدمر.", "Homs", "Palmyra"),
    ("ونعت الحركة المقاوم حسن فرحات من بلدة الطيبة الذي ارتقى شهيدا.", "Taybeh", None),
])
def test_home_town_is_no_scene(gaz: Gazetteer, body: str, not_place: str, place: str | None) -> None:
    deaths = [e for e in _events(body, gaz) if e.type == "killing/casualties"]
    got = [(e.actor_en, e.location_en, e.text) for e in deaths]
    assert deaths and all(not_place not in (e.location_en or "") for e in deaths), got
    assert place is None or any(place in (e.location_en or "") for e in deaths), got


@pytest.mark.parametrize("body,victim", [
    ("واستشهد الشاب محمود عيسى برصاص قوات الاحتلال في نابلس.", "Mahmoud"),
    ("وقتل المقاتل ياسر الحمد في معارك ريف حلب الجنوبي.", "Yasser"),
])
def test_who_dies_killed_no_one(gaz: Gazetteer, body: str, victim: str) -> None:
    deaths = [e for e in _events(body, gaz) if e.type == "killing/casualties"]
    assert deaths and all(victim not in (e.actor_en or "") for e in deaths), [(e.actor_en, e.text) for e in deaths]


# An attack by one state on another's capital is made from the air or with missiles ("Israel advanced on Tehran" was a
# wrong fact users saw); an armed group at home, or a state's forces on its own capital, advance.
@pytest.mark.parametrize("body,typ", [
    ("هجوم إسرائيلي على طهران فجر السبت", "airstrike/shelling"),
    ("وشنت إيران هجوما على تل أبيب ليل الثلاثاء.", "airstrike/shelling"),
    ("وشنت قوات الدعم السريع هجوما واسعا على الخرطوم.", "advance/offensive"),
])
def test_attack_on_a_far_capital(gaz: Gazetteer, body: str, typ: str) -> None:
    evs = [e for e in _events(body, gaz) if e.type in ("airstrike/shelling", "advance/offensive")]
    assert evs and evs[0].type == typ, [(e.type, e.actor_en, e.location_en) for e in evs]


# Acts of the authorities and people's movements the lexicon lacked: a raid in the Levant's form I (دهم), a seizure
# (صادر; not "صادر عن": issued), a referral (إحالة), a return (عاد إلى; not "تعود الأزمة إلى": dates back), a rush to
# shelters, obstacles removed, houses turned into barracks, the wounded spread over hospitals, services suspended.
@pytest.mark.parametrize("body,words", [
    ("وكانت قوة من الجيش قد دهمت مستودعا في بلدة عرسال فجر أمس.", "دهمت مستودعا"),
    ("وصادرت الجمارك شحنة أدوية مهربة في ميناء العقبة.", "صادرت الجمارك شحنة"),
    ("وتمت إحالة الموقوفين الأربعة إلى النيابة العامة.", "إحالة الموقوفين"),
    ("وعاد وزير الخارجية إلى عمان مساء أمس.", "عاد وزير الخارجية إلى عمان"),
    ("وهرع الأهالي إلى الملاجئ مع دوي صفارات الإنذار.", "هرع الأهالي إلى الملاجئ"),
    ("وأزالت الجرافات الركام من الشارع الرئيسي.", "أزالت الجرافات الركام"),
    ("وحولت الميليشيا مدرسة القرية إلى معتقل.", "حولت الميليشيا مدرسة القرية"),
    ("وتوزع المصابون على مستشفيات صيدا وصور.", "توزع المصابون على مستشفيات"),
    ("وعلقت منظمة أطباء بلا حدود أنشطتها في المدينة.", "علقت منظمة أطباء بلا حدود أنشطتها"),
])
def test_acts_and_movements(gaz: Gazetteer, body: str, words: str) -> None:
    evs = _events(body, gaz)
    assert any(words in e.text and e.type == "other" for e in evs), [(e.type, e.subtype, e.text) for e in evs]


@pytest.mark.parametrize("body,not_words", [
    ("وجاء ذلك في بيان صادر عن وزارة الداخلية.", "صادر عن"),
    ("وتعود الأزمة بين البلدين إلى العام الماضي.", "تعود الأزمة"),
    ("وعاد ليؤكد أن الحكومة لن تتراجع.", "عاد ليؤكد"),
])
def test_acts_in_other_senses(gaz: Gazetteer, body: str, not_words: str) -> None:
    evs = _events(body, gaz)
    assert not any(not_words in e.text and e.type == "other" for e in evs), [(e.type, e.subtype, e.text) for e in evs]


# The sick and hurt counted by cases of suffocation, heat exhaustion or poisoning are casualties; a sun stroke is no
# strike; "بحالات اختناق" after an injury says how the hurt were hurt (one event).
@pytest.mark.parametrize("body,words,n", [
    ("وسجلت مستشفيات الأنبار 600 حالة اختناق جراء العاصفة الترابية.", "600 حالة اختناق", 1),
    ("واستقبلت المراكز الصحية 85 حالة إجهاد حراري وضربة شمس بين العمال.", "85 حالة إجهاد حراري", 1),
    ("وأدى تسرب الغاز إلى إصابة 40 طالبا بحالات اختناق.", "إصابة 40 طالبا", 1),
])
def test_cases_counted_are_casualties(gaz: Gazetteer, body: str, words: str, n: int) -> None:
    evs = _events(body, gaz)
    hurt = [e for e in evs if e.type == "killing/casualties"]
    assert len(hurt) == n and words in hurt[0].text, [(e.type, e.text) for e in evs]
    assert not any(e.type == "airstrike/shelling" for e in evs), [(e.type, e.text) for e in evs]


# A win told by its noun, services suspended told by theirs, a visit cut short, an inquiry begun, rain that pours, a
# road or a service that stays shut: happenings; "رفض التعليق" is a comment refused, no suspension.
@pytest.mark.parametrize("body,words", [
    ("وأعلنت اللجنة، مساء الأحد، فوز الرئيس المنتهية ولايته بولاية ثالثة.", "فوز الرئيس"),
    ("وقرر البرنامج تعليق أنشطته في الإقليم حتى إشعار آخر.", "تعليق أنشطته"),
    ("وقطع الوزير جولته الخليجية وعاد إلى بلاده.", "قطع الوزير جولته"),
    ("وأوضحت النيابة أنها بدأت التحقيق في ملابسات الحريق.", "بدأت التحقيق"),
    ("وأفادت الأرصاد بأن أمطارا رعدية تهاطلت على الولايات الشرقية.", "تهاطلت"),
    ("وأكدت الهيئة أن المعبر سيبقى مغلقا حتى نهاية الأسبوع.", "سيبقى مغلقا"),
])
def test_wins_suspensions_and_states(gaz: Gazetteer, body: str, words: str) -> None:
    evs = _events(body, gaz)
    assert any(words in e.text and e.type == "other" for e in evs), [(e.type, e.subtype, e.text) for e in evs]


def test_a_comment_refused_is_no_suspension(gaz: Gazetteer) -> None:
    evs = _events("ورفض المتحدث باسم الوزارة التعليق على الحادث.", gaz)
    assert not any("التعليق" in e.text and e.type == "other" for e in evs), [(e.type, e.subtype, e.text) for e in evs]


# A blast after the hurt it caused, told with what blew up ("بانفجار خزان وقود", "بانفجار لغم"), is an event of its own,
# as every gold set has it; a blast named bare stays the means of the deaths.
@pytest.mark.parametrize("body,n", [
    ("ولقي خمسة عمال حتفهم بانفجار صهريج غاز في المنطقة الصناعية.", 1),
    ("وأصيب ثلاثة رعاة بانفجار لغم أرضي شرق المدينة.", 1),
    ("وقتل شخصان بانفجار في السوق.", 0),
])
def test_a_blast_with_what_blew_up(gaz: Gazetteer, body: str, n: int) -> None:
    evs = _events(body, gaz)
    assert len([e for e in evs if e.type == "explosion"]) == n, [(e.type, e.text) for e in evs]


# Blame laid (حمّل ... المسؤولية, the participle محمّلا after a statement) is an accusation, one per act: the
# attribution of the same words merges into it and gives its speaker; bearing responsibility oneself or carrying is none.
@pytest.mark.parametrize("body,n", [
    ("وحمّلت الخارجية الفلسطينية حكومة الاحتلال المسؤولية الكاملة عن التصعيد.", 1),
    ("ونعت الحركة ثلاثة من مقاتليها، محمّلة الاحتلال مسؤولية الجريمة.", 1),
    ("وحمّل رئيس الحزب، في تدوينة على منصة إكس، الحكومة مسؤولية الانهيار.", 1),
    ("وتحمل الشاحنات المساعدات إلى المعبر.", 0),
])
def test_blame_laid(gaz: Gazetteer, body: str, n: int) -> None:
    evs = _events(body, gaz)
    assert len([e for e in evs if e.type == "accusation"]) == n, [(e.type, e.actor_en, e.text) for e in evs]


# A threat is a statement whatever follows توعّد, and the participles of threat and condemnation after a clause take a
# position of their own (متوعدا, مهددا, منددا).
@pytest.mark.parametrize("body,words", [
    ("الحوثيون يتوعدون واشنطن بعد الغارات على صعدة", "يتوعدون واشنطن"),
    ("وعاد الرئيس إلى العاصمة، متوعدا بأن المسؤولين عن الهجوم سيدفعون الثمن.", "متوعدا بأن"),
])
def test_threats_on_record(gaz: Gazetteer, body: str, words: str) -> None:
    evs = _events(body, gaz)
    assert any(words in e.text and e.type == "statement" for e in evs), [(e.type, e.text) for e in evs]


# Outlets, agencies and platforms report what happened and take no part in it; the body the counted victims belong
# to ("ثلاثة من منتسبي قوات مكافحة الإرهاب") did not kill them.
@pytest.mark.parametrize("text,typ,actor", [
    ("السليمانية - شفق نيوز/ قتل ثلاثة أشخاص وأصيب آخرون بانفجار عبوة ناسفة في المدينة.", "killing/casualties", None),
    ("ونشرت قوات الدعم السريع على منصة إكس أن مسيراتها قصفت مواقع في أم درمان.", "airstrike/shelling", "Rapid Support Forces"),
    ("قُتل ثلاثة من منتسبي قوات مكافحة الإرهاب في السليمانية بقصف نفذته طائرة مسيّرة تركية.", "killing/casualties",
     "Turkish aircraft (Turkey)"),
    ("قتل اثنان من عناصر حزب الله في غارة إسرائيلية على بلدة الخيام.", "killing/casualties", "Israeli forces (Israel)"),
    ("قتل أحد عناصر الشرطة برصاص مسلحين مجهولين.", "killing/casualties", "gunmen"),
    ("وقتل مقاتلون من حزب الله في غارة إسرائيلية على بلدة عيترون.", "killing/casualties", "Israeli forces (Israel)"),
    ("ونشر الجيش قائمة بأسماء ثمانية قال إنهم عناصر في حماس قُتلوا في الغارة.", "killing/casualties",
     "Israeli army (Israel Defense Forces)"),
])
def test_voices_and_the_victims_body_are_not_actors(gaz, text, typ, actor):
    evs = [e for e in _events(text, gaz) if e.type == typ]
    assert evs and evs[0].actor_en == actor, [(e.type, e.actor_en) for e in _events(text, gaz)]


# A dateline's place ("بورتسودان 6 يونيو 2024 –", "رام الله 22-6-2023 وفا-") is where the copy was filed: the
# scene is the place the sentence names, and the dateline only when it names none.
@pytest.mark.parametrize("text,typ,place", [
    ("بورتسودان 6 يونيو 2024 – قُتل أكثر من مائة مدني، بينهم 35 طفلا، في هجوم لقوات الدعم السريع على قرية ود النورة.",
     "killing/casualties", "Wad al-Noura"),
    ("غزة- قتل 20 شخصا في غارة على مخيم النصيرات.", "killing/casualties", "Nuseirat"),
    ("رام الله 22-6-2023 وفا- استشهد شاب، وأصيب العشرات، خلال هجوم واسع للمستعمرين على بلدة ترمسعيا.",
     "killing/casualties", "Turmus Ayya"),
    ("بورتسودان 6 يونيو 2024 – قُتل أكثر من مائة مدني، بينهم 35 طفلا.", "killing/casualties", "Port Sudan"),
])
def test_a_dateline_is_the_scene_only_when_nothing_else_is(gaz, text, typ, place):
    evs = [e for e in _events(text, gaz) if e.type == typ]
    assert evs and place in (evs[0].location_en or ""), [(e.type, e.location_en) for e in _events(text, gaz)]


def test_a_country_s_own_forces_do_not_strike_the_country(gaz):
    """"القصف الإسرائيلي ... والقيود التي تفرضها إسرائيل": Israel is who imposes, not the place struck."""
    text = ("وأكد المسؤول أن ما يعطل تدفق المساعدات هو «القصف الإسرائيلي المستمر للجانب الفلسطيني من المعبر والقيود "
            "التي تفرضها إسرائيل على التفتيش».")
    evs = [e for e in _events(text, gaz) if e.type == "airstrike/shelling"]
    assert evs and evs[0].actor_en and evs[0].location_en != "Israel", [(e.actor_en, e.location_en) for e in evs]


@pytest.mark.parametrize("text", [
    "وتحولت تجارة الكبتاغون إلى مصدر دخل رئيسي لجهات نافذة في دمشق.",
    'وقال أحد السكان: "والله ما شفنا زي كذا من سنين، الموية دخلت علينا لين الركب".',
    "ويعاني ذوي الدخل المحدود من ارتفاع الأسعار في المدينة.",
])
def test_income_and_water_entering_are_no_capture(gaz, text):
    """The noun دخل (income) and the dialects' water entering a house (الموية) take nothing."""
    assert not [e for e in _events(text, gaz) if e.type == "capture/control"]


def test_an_attack_on_the_dominant_agent_s_capital_is_not_its_own():
    """In a story of Turkish strikes, an attack in Ankara that names no agent is not Turkey's."""
    from generator.models import Event
    from generator.nlp.events import _dominant_agent
    strike = Event(type="airstrike/shelling", actor="طائرات تركية", actor_en="Turkish aircraft (Turkey)", location=None,
                   location_en="Qamishli", date=None, text="x", start=0, end=1, modality="asserted", attributed_to=None)
    home = Event(type="advance/offensive", actor=None, actor_en=None, location=None, location_en="Ankara", date=None,
                 text="y", start=2, end=3, modality="asserted", attributed_to=None)
    away = Event(type="airstrike/shelling", actor=None, actor_en=None, location=None, location_en="Hasakah", date=None,
                 text="z", start=4, end=5, modality="asserted", attributed_to=None)
    out = _dominant_agent([strike, strike, home, away])
    assert out[2].actor_en is None and out[3].actor_en == "Turkish aircraft (Turkey)"


def test_an_occasion_is_no_agent(gaz):
    """"2764 حالة إجهاد حراري منذ يوم عرفة": the Day of Arafah hurt no one."""
    text = ("كشفت وزارة الصحة أن منشآتها في مكة المكرمة تعاملت مع 2764 حالة إجهاد حراري وضربة شمس منذ يوم عرفة، في ظل "
            "موجة حر شديدة.")
    assert all(e.actor_en != "Day of Arafah" for e in _events(text, gaz)), [(e.type, e.actor_en) for e in _events(text, gaz)]


@pytest.mark.parametrize("text", [
    "وقال مدير الدفاع المدني إن فرق الإطفاء تعمل منذ ساعات على محاصرة النيران في خزانات الوقود.",
    "وتمكنت الفرق من تطويق الحريق بعد ساعات.",
    "ونجحت السلطات في محاصرة الوباء.",
])
def test_containing_a_fire_is_no_siege(gaz, text):
    """"محاصرة النيران": a fire contained, not a town besieged (also the second not_when row of a form counts:
    several rows naming محاصرة each add their words)."""
    assert not [e for e in _events(text, gaz) if e.type == "encirclement"], [(e.type, e.trigger) for e in _events(text, gaz)]


@pytest.mark.parametrize("text,typ", [
    ("وكان المدير العام لمنظمة الصحة العالمية متواجداً في المطار لحظة القصف استعداداً للمغادرة.", "airstrike/shelling"),
    ("وهنأ رئيس مجلس السيادة عبد الفتاح البرهان السودانيين بتحرير المدينة.", "capture/control"),
])
def test_who_was_there_or_congratulates_did_not_strike(gaz, text, typ):
    """A person takes no town and strikes no airport; the moment of a strike ("لحظة القصف") names no agent."""
    evs = [e for e in _events(text, gaz) if e.type == typ]
    assert evs and evs[0].actor_en is None, [(e.type, e.actor_en) for e in _events(text, gaz)]


def test_where_the_dead_came_from_is_no_scene(gaz):
    """"أكثر من 40 من الضحايا هنود، معظمهم من ولاية كيرالا": Kerala is their home, the fire was in Kuwait."""
    text = "وقالت السفارة إن أكثر من 40 من ضحايا الحريق يحملون الجنسية الهندية، معظمهم من ولاية كيرالا."
    assert all("Kerala" not in (e.location_en or "") for e in _events(text, gaz)), \
        [(e.type, e.location_en) for e in _events(text, gaz)]


def test_a_capital_that_speaks_is_no_scene(gaz):
    """"دون أن تعلن عمّان مسؤوليتها": Amman is Jordan speaking, the strike was in al-Sha'ab."""
    text = ("وكانت طائرات يرجح أنها أردنية قد شنت في أيار 2023 غارة على منزل في بلدة الشعاب بريف السويداء، قُتل فيها "
            "تاجر مخدرات مع زوجته وأطفاله الستة، دون أن تعلن عمّان رسمياً مسؤوليتها عن الضربة.")
    assert all(e.location_en != "Amman" for e in _events(text, gaz)), [(e.type, e.location_en) for e in _events(text, gaz)]
    assert [e.location_en for e in _events("وقتل خمسة أشخاص في انفجار في عمّان.", gaz)] == ["Amman"]


def test_a_body_joined_to_the_victims_body_killed_no_one(gaz):
    """"ثمانية قال إنهم عناصر في حماس والجهاد الإسلامي قُتلوا": neither Hamas nor Islamic Jihad killed them."""
    text = "ونشر الجيش قائمة بأسماء ثمانية قال إنهم عناصر في حماس والجهاد الإسلامي قُتلوا في الغارة."
    evs = [e for e in _events(text, gaz) if e.type == "killing/casualties"]
    assert evs and evs[0].actor_en not in ("Hamas", "Palestinian Islamic Jihad"), [(e.type, e.actor_en) for e in evs]


def test_a_nationality_in_the_strike_s_words_beats_the_previous_event_s_agent(gaz):
    """"منذ بدء المواجهات بين حزب الله وإسرائيل، إذ قتل 16 شخصا بغارات إسرائيلية استهدفت ...": the strikes are
    Israel's, not Hezbollah's (the agent of the clash before them)."""
    text = ("شهد جنوب لبنان، أمس، واحداً من أكثر الأيام دموية منذ بدء المواجهات بين «حزب الله» وإسرائيل، إذ قُتل 16 شخصاً "
            "على الأقل بغارات إسرائيلية استهدفت بلدات الهبارية والناقورة.")
    strikes = [e for e in _events(text, gaz) if e.type == "airstrike/shelling"]
    assert strikes and strikes[0].actor_en == "Israeli forces (Israel)", [(e.type, e.actor_en) for e in _events(text, gaz)]


@pytest.mark.parametrize("text", [
    "وغرقت السفينة بعد نحو أسبوعين من استهدافها بصاروخ أطلقته مليشيا الحوثي المدعومة من إيران.",
    "وقصفت فصائل موالية لإيران قاعدة أمريكية في شرق سوريا.",
])
def test_who_backs_the_actor_is_no_scene(gaz, text):
    """"مليشيا الحوثي المدعومة من إيران" read "Houthis carried out strikes on Iran"."""
    assert all(e.location_en != "Iran" for e in _events(text, gaz)), [(e.type, e.location_en) for e in _events(text, gaz)]


# A speaker's own words after a clause ("..., قائلا إن ...") are a position on record like مؤكدا; a detail given
# with مبينا ("مبينا أن الأعمار تتراوح بين ...") is only the source of what it tells; a state denied through كان
# ("لم تكن تحمل أي شحنة") is no happening, so what was said is the statement.
@pytest.mark.parametrize("body,words", [
    ("وندد وزير الخارجية بالهجوم، قائلا إن الاعتداء على السفن يهدد أمن الملاحة في المنطقة.", "قائلا إن"),
    ("وأكد وزير النقل أن الناقلة لم تكن تحمل أي شحنة.", "لم تكن تحمل"),
])
def test_positions_said_after_a_clause(gaz: Gazetteer, body: str, words: str) -> None:
    evs = _events(body, gaz)
    assert any(words in e.text and e.type == "statement" for e in evs), [(e.type, e.text) for e in evs]
    assert not any(e.type != "statement" and e.text.startswith(words.split()[0]) for e in evs), [(e.type, e.text) for e in evs]


@pytest.mark.parametrize("body,not_words", [
    ("وقال مدير المستشفى إن الضحايا طلاب، مبينا أن أعمارهم تتراوح بين 17 و19 عاما.", "مبينا"),
    ("وأضاف أن الحافلة لم تكن تقل أي راكب لحظة الحادث.", "تقل"),
    ("وقال الوزير إن السفينة لن تكون قادرة على الإبحار قبل أسابيع.", "الإبحار"),
])
def test_details_and_denied_states_are_no_events(gaz: Gazetteer, body: str, not_words: str) -> None:
    evs = _events(body, gaz)
    assert not any(not_words in e.text and e.type in ("statement", "other") and e.text.startswith(not_words)
                   for e in evs), [(e.type, e.text) for e in evs]


# Crashes, falls and fires named after the hurt they caused are told ("لقي ... مصرعهم إثر اصطدام قطار", "جراء سقوط
# جدار"), as a result listed ("ما أدى إلى انقلاب عربتين"); a wall or a tank falls, a train leaves the rails.
@pytest.mark.parametrize("body,words", [
    ("وتوفي عاملان وأصيب ثالث إثر سقوط جدار ورشة قديمة في حي الزهور.", "سقوط جدار"),
    ("ولقي سائق مصرعه جراء اصطدام حافلة بشاحنة على الطريق الصحراوي، ما أدى إلى انقلاب الحافلة.", "اصطدام حافلة"),
    ("ولقي سائق مصرعه جراء اصطدام حافلة بشاحنة على الطريق الصحراوي، ما أدى إلى انقلاب الحافلة.", "انقلاب الحافلة"),
    ("وسقطت رافعة ضخمة على موقع بناء في وسط المدينة صباح اليوم.", "سقطت رافعة"),
    ("وخرج قطار بضائع عن القضبان قرب محطة الجيزة دون تسجيل إصابات.", "خرج قطار"),
    ("ويدخل الاتفاق بين الطرفين حيز التنفيذ منتصف ليل الأحد.", "حيز التنفيذ"),
    ("وشكلت الحكومة لجنة للتحقيق في الحادث على أن تقدم تقريرها خلال أسبوعين.", "تقدم تقريرها"),
])
def test_crashes_falls_and_acts_told(gaz: Gazetteer, body: str, words: str) -> None:
    evs = _events(body, gaz)
    assert any(words in e.text and e.type == "other" for e in evs), [(e.type, e.text) for e in evs]


@pytest.mark.parametrize("body,typ,not_typ", [
    ("وعبرت مئات العائلات النهر إلى الضفة الأخرى هربا من القصف.", "displacement", "advance/offensive"),
    ("ويدخل وقف إطلاق النار حيز التنفيذ عند الساعة السادسة صباحا.", "other", "capture/control"),
    ("وأمر الرئيس بتشكيل لجنة تحقيق تقدم تقريرها خلال شهر.", "other", "advance/offensive"),
])
def test_crossings_forces_and_reports_in_their_civil_sense(gaz: Gazetteer, body: str, typ: str, not_typ: str) -> None:
    evs = _events(body, gaz)
    assert any(e.type == typ for e in evs) and not any(e.type == not_typ for e in evs), [(e.type, e.text) for e in evs]


def test_an_act_announced_before_a_later_event_in_what_was_said(gaz: Gazetteer) -> None:
    """"أعلنت الرئاسة تشكيل لجنة ..., على أن ترفع تقريرها": the formation is told although what was said holds an
    event later on."""
    body = "وأعلنت الرئاسة تشكيل لجنة وطنية مستقلة للتحقيق في أحداث الساحل، على أن ترفع تقريرها خلال 30 يوما."
    evs = _events(body, gaz)
    assert any(e.text.startswith("تشكيل لجنة") for e in evs), [(e.type, e.text) for e in evs]


# Losses put at a figure are told with their estimator as the source; a clash after بعد told with how long it lasted
# or what it used is an event of its own (a bare "بعد معارك" stays the background of what followed).
@pytest.mark.parametrize("body,words", [
    ("وقدّرت غرفة التجارة الخسائر الأولية بنحو ثلاثة ملايين دولار.", "الخسائر الأولية بنحو"),
    ("وقال المحافظ إن الخسائر المادية تقدر بحوالي مليوني دينار.", "الخسائر المادية"),
    ("وانسحب المسلحون من البلدة بعد معارك عنيفة دامت أربعة أيام مع الجيش.", "معارك عنيفة دامت"),
    ("وعاد الهدوء إلى الحي بعد اشتباكات استمرت حتى الفجر بين مجموعتين مسلحتين.", "اشتباكات استمرت"),
])
def test_losses_estimated_and_clashes_told_with_their_length(gaz: Gazetteer, body: str, words: str) -> None:
    evs = _events(body, gaz)
    assert any(words in e.text and e.type == "other" for e in evs), [(e.type, e.text) for e in evs]


def test_a_clash_in_a_relative_clause_stays_background(gaz: Gazetteer) -> None:
    body = "وعاد الهدوء إلى المدينة بعد المواجهات التي استمرت نحو ست ساعات."
    assert not any(e.text.startswith("المواجهات") for e in _events(body, gaz)), [(e.type, e.text) for e in _events(body, gaz)]


# A vehicle's route is no scene ("قطار ركاب متجه من القاهرة إلى أسوان ... قرب محطة تلة بمركز المنيا"), and the word
# باب (a gate, a quarter's name: "حي باب الشعبة") hides no ب + إب (Ibb).
@pytest.mark.parametrize("body,not_place", [
    ("ولقي سائق مصرعه إثر اصطدام حافلة متجهة من عمّان إلى العقبة بشاحنة قرب مدينة معان.", "Aqaba"),
    ("وجرفت السيول السيارات والمحلات التجارية بحي باب الشعبة في مدينة آسفي.", "Ibb"),
])
def test_a_route_and_a_gate_are_no_scene(gaz: Gazetteer, body: str, not_place: str) -> None:
    evs = _events(body, gaz)
    assert evs and all(not_place not in (e.location_en or "") for e in evs), [(e.type, e.location_en) for e in evs]


# The work of the response told by its verb: the hurt carried to hospital (their count the object, not a toll of its
# own), crowds dispersed, rubble cleared, compensation paid out, work begun.
@pytest.mark.parametrize("body,words", [
    ("ونقلت سيارات الإسعاف 17 جريحا إلى مستشفيات المدينة.", "نقلت سيارات الإسعاف 17 جريحا"),
    ("ونُقل أحد المصابين في حالة خطيرة إلى العاصمة.", "نُقل أحد المصابين"),
    ("واستخدمت قوات الأمن الغاز المسيل للدموع لتفريق المحتجين أمام مقر الولاية.", "استخدمت قوات الأمن الغاز"),
    ("ورفعت فرق الإنقاذ الأنقاض عن العالقين طوال الليل.", "رفعت فرق الإنقاذ الأنقاض"),
    ("وقالت الوزارة إنها ستصرف تعويضات للمتضررين من الفيضانات.", "ستصرف تعويضات"),
    ("وأوضح المحافظ أن لجنة فنية ستشرع في تقييم الأضرار الأسبوع المقبل.", "ستشرع في تقييم الأضرار"),
])
def test_the_response_told_by_its_verb(gaz: Gazetteer, body: str, words: str) -> None:
    evs = _events(body, gaz)
    assert any(words in e.text and e.type in ("other", "rescue") for e in evs), [(e.type, e.text) for e in evs]


# An attack named again by its definite noun is no new offensive ("قال إن الهجوم لم يستهدف ...", "قلقه إزاء الهجوم
# على المدينة", "أُبلغ بالهجوم مسبقا"); a relative clause that tells who made it keeps it ("الهجمات التي شنها").
@pytest.mark.parametrize("body,offensive", [
    ("وقال المتحدث باسم الحكومة إن الهجوم لم يستهدف أي منشأة مدنية.", False),
    ("وأبدى المبعوث الدولي قلقه البالغ إزاء الهجوم على المدينة.", False),
    ("وقال مسؤول إن البيت الأبيض أُبلغ بالهجوم مسبقا.", False),
    ("ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى مساء اليوم.", False),
    ("وقالت الوزارة إن الهجمات التي شنتها الجماعة على قرى الريف الشرقي أوقعت عشرات الضحايا.", True),
])
def test_an_attack_named_again_is_no_offensive(gaz: Gazetteer, body: str, offensive: bool) -> None:
    evs = _events(body, gaz)
    assert any(e.type == "advance/offensive" for e in evs) == offensive, [(e.type, e.text) for e in evs]


# A fire that strikes set off is the blasts' work, an explosion; a fire in a story with no strike, a fire fought and a
# struck craft's own fire on board stay fires (other).
@pytest.mark.parametrize("body,typ", [
    ("وشنت طائرات حربية غارات على مصفاة النفط في المدينة، ما أدى إلى اندلاع حرائق كبيرة في خزانات الوقود.", "explosion"),
    ("وقصفت المدفعية سوق البلدة صباح اليوم. وأدى القصف إلى احتراق ثلاث شاحنات محملة بالخضار.", "explosion"),
    ("واندلع حريق كبير في سوق الخضار وسط المدينة بسبب تماس كهربائي.", "other"),
    ("وقصفت الطائرات الميناء فجرا. وتمكنت فرق الدفاع المدني من إخماد الحريق بعد ساعات.", "other"),
    ("واستهدف صاروخ ناقلة نفط في البحر الأحمر، واندلع حريق صغير على متنها.", "other"),
])
def test_a_fire_set_off_by_strikes_is_an_explosion(gaz: Gazetteer, body: str, typ: str) -> None:
    evs = _events(body, gaz)
    fires = [e for e in evs if any(w in e.text for w in ("حريق", "حرائق", "احتراق"))]
    assert fires and fires[-1].type == typ, [(e.type, e.subtype, e.text) for e in evs]


# Blasts: two of them (تفجيران/تفجيرين), one told with where it went off after the hurt it caused, one heard by a
# witness in a story of war acts; the sound named again, or heard in a story with no war act, tells none.
@pytest.mark.parametrize("body,blast", [
    ("ووقع تفجيران انتحاريان في سوق شعبي ببغداد.", "تفجيران انتحاريان"),
    ("وقتل 12 شخصا بتفجيرين قرب مدخل الملعب في المدينة.", "تفجيرين قرب مدخل الملعب"),
    ("وقصفت الطائرات أطراف البلدة. وقال أحد السكان: \"سمعنا صوت انفجار قوي قرب المدرسة\".", "انفجار قوي"),
])
def test_blasts_told(gaz: Gazetteer, body: str, blast: str) -> None:
    evs = _events(body, gaz)
    assert any(e.type == "explosion" and blast in e.text for e in evs), [(e.type, e.text) for e in evs]


@pytest.mark.parametrize("body", [
    "وغمرت المياه الحي فجرا. وقال أحد الناجين: \"استيقظنا على صوت انفجار قوي ثم وصلت المياه إلى بيتنا\".",
    "وقصفت الطائرات أطراف البلدة. وقالت سيدة: \"الأطفال ما ناموا من صوت الانفجارات\".",
])
def test_blasts_heard_that_tell_none(gaz: Gazetteer, body: str) -> None:
    evs = _events(body, gaz)
    assert not any(e.type == "explosion" for e in evs), [(e.type, e.text) for e in evs]


# Happenings the lexicon lacked, as classes: a visit or flights called off (the calling off, not a visit), results
# of a vote told by their noun, an oath sworn, crowds going out into the streets or to celebrate, a regime's fall.
@pytest.mark.parametrize("body,typ,words", [
    ("وألغى رئيس الوزراء زيارة كانت مقررة إلى القاهرة بسبب الأحداث.", "other", "ألغى رئيس الوزراء زيارة"),
    ("وأعلنت الشركة إلغاء عشرات الرحلات بسبب العاصفة.", "other", "إلغاء عشرات الرحلات"),
    ("وأظهرت النتائج الأولية حصول الحزب الحاكم على 120 مقعدا في البرلمان.", "other", "حصول الحزب الحاكم على 120 مقعدا"),
    ("وأقسمت الرئيسة المنتخبة اليمين الدستورية أمام البرلمان.", "other", "أقسمت الرئيسة المنتخبة اليمين"),
    ("وخرج آلاف السكان إلى الشوارع احتفالا بانتهاء الحرب.", "other", "خرج آلاف السكان إلى الشوارع"),
    ("واحتفل آلاف الليبيين بسقوط النظام في طرابلس.", "other", "سقوط النظام"),
])
def test_happenings_round_s18(gaz: Gazetteer, body: str, typ: str, words: str) -> None:
    evs = _events(body, gaz)
    assert any(e.type == typ and words in e.text for e in evs), [(e.type, e.subtype, e.text) for e in evs]
    assert not any(e.type == "visit/inspection" for e in evs), [(e.type, e.text) for e in evs]


@pytest.mark.parametrize("body", [
    "وخرج القطار عن القضبان قرب المحطة.",
])
def test_a_train_going_out_is_no_crowd(gaz: Gazetteer, body: str) -> None:
    assert not any(e.subtype == "happening" and "الشوارع" in e.text for e in _events(body, gaz))


# Wrong facts users saw in the briefings, fixed as classes: a storm sweeping a city takes nothing; the dead counted
# by their side did not kill themselves; the home of the crew or the workers killed is no scene; people who fled
# INTO the story's country were not displaced from it (the briefing reads "displaced from {location}").
@pytest.mark.parametrize("body,bad_actor,bad_place", [
    ("تجتاح عاصفة ترابية بغداد ومدنا عراقية أخرى منذ صباح اليوم.", None, None),
    ("وقتل خمسة من عناصر القوات الإيرانية في الهجوم على الموقع الحدودي.", "Iran", None),
    ("وقتل ثلاثة جنود إيرانيين في غارة على مواقعهم قرب الحدود.", "Iran", None),
    ("وقتل ثلاثة بحارة فلبينيين من مانيلا في هجوم على سفينة الشحن في خليج عدن.", None, "Manila"),
    ("وقتل اثنان من أفراد الطاقم، وهما من مدينة مانيلا، في الهجوم على السفينة في البحر الأحمر.", None, "Manila"),
])
def test_wrong_facts_users_saw_s18(gaz: Gazetteer, body: str, bad_actor: str | None, bad_place: str | None) -> None:
    evs = _events(body, gaz)
    assert evs and not any(e.type == "capture/control" for e in evs), [(e.type, e.text) for e in evs]
    if bad_actor:
        assert not any(bad_actor in (e.actor_en or "") for e in evs if e.type == "killing/casualties"), \
            [(e.type, e.actor_en) for e in evs]
    if bad_place:
        assert not any(bad_place in (e.location_en or "") for e in evs), [(e.type, e.location_en) for e in evs]


def test_fled_into_the_storys_country_is_not_displaced_from_it(gaz: Gazetteer) -> None:
    body = ("بيروت - أعلنت الحكومة في لبنان خطة طوارئ. وقال وزير الشؤون الاجتماعية في لبنان إن الوضع صعب.\n\n"
            "ونزح أكثر من 20 ألف سوري إلى لبنان خلال الأيام الماضية هربا من المعارك.")
    disp = [e for e in _events(body, gaz) if e.type == "displacement"]
    assert disp and "Lebanon" not in (disp[0].location_en or ""), [(e.type, e.location_en) for e in disp]
    # fleeing from the scene a strike set in the paragraph keeps that scene
    body = "وقصفت الطائرات الإسرائيلية بلدات في جنوب لبنان. ونزح أكثر من 20 ألف شخص إلى سوريا خلال الأيام الماضية."
    disp = [e for e in _events(body, gaz) if e.type == "displacement"]
    assert disp and "Lebanon" in (disp[0].location_en or ""), [(e.type, e.location_en) for e in disp]


# A strike told with a verb of attack or motion is no advance on a far capital: aircraft attack from the air, and a
# state's attack on places of which one is another state's capital ("Tehran; Isfahan") is a strike too.
@pytest.mark.parametrize("body", [
    "وهاجمت الطائرات الإسرائيلية منشآت عسكرية في طهران وأصفهان فجر اليوم.",
    "وهاجمت المسيرات الروسية محطات الطاقة في كييف وخاركيف.",
])
def test_an_attack_from_the_air_is_no_advance(gaz: Gazetteer, body: str) -> None:
    evs = _events(body, gaz)
    assert evs and not any(e.type == "advance/offensive" for e in evs), [(e.type, e.actor_en, e.location_en) for e in evs]


# A measure a speaker declares or decides, named right after the speaker, is the speaker's own act (its agent); whoever
# sends aid killed no one told after it in the sentence.
@pytest.mark.parametrize("body,words,actor", [
    ("وفي عمّان، أعلن رئيس الوزراء بشر الخصاونة الحداد الرسمي في عموم المملكة ثلاثة أيام.", "الحداد", "Khasawneh"),
    ("وأعلنت الحكومة السورية الحداد الرسمي ثلاثة أيام.", "الحداد", "Syria"),
])
def test_a_declared_measure_is_the_speakers(gaz: Gazetteer, body: str, words: str, actor: str) -> None:
    evs = [e for e in _events(body, gaz) if words in e.text and e.type == "other"]
    assert evs and actor in (evs[0].actor_en or ""), [(e.type, e.text, e.actor_en) for e in _events(body, gaz)]


def test_aid_sent_killed_no_one(gaz: Gazetteer) -> None:
    body = ("وأعلنت وزارة الخارجية المغربية إرسال مساعدات إنسانية إلى ليبيا، رغم انشغال المملكة بتداعيات زلزال الحوز "
            "الذي أودى بحياة نحو 2900 شخص.")
    evs = [e for e in _events(body, gaz) if e.type == "killing/casualties"]
    assert evs and not evs[0].actor_en, [(e.type, e.text, e.actor_en) for e in evs]


# What is condemned was told already, a construct with a definite genitive too ("عملية الاغتيال") and with the
# manner of the condemnation between; a past event commemorated by its anniversary is not told, unless dated.
@pytest.mark.parametrize("body,typ,told", [
    ("وأدانت وزارة الخارجية والمغتربين \"بأشد العبارات\" عملية الاغتيال.", "killing/casualties", False),
    ("وتجمع الآلاف لإحياء الذكرى الرابعة لاغتيال القائد قرب ضريحه.", "killing/casualties", False),
    ("ورفع المحتجون لافتات في الذكرى الثالثة لانفجار 4 آب 2020.", "explosion", True),
])
def test_condemned_and_commemorated(gaz: Gazetteer, body: str, typ: str, told: bool) -> None:
    evs = _events(body, gaz)
    assert any(e.type == typ for e in evs) == told, [(e.type, e.text) for e in evs]


# Positions on record the lexicon lacked: a view taken (اعتبر/رأى/يرى + أن, a named speaker), congratulations and
# condolence cables sent; هنأ folds to هنا ("here"), which tells nothing without the one who congratulates.
@pytest.mark.parametrize("body,words", [
    ("واعتبر وزير الخارجية أيمن الصفدي أن القرار يمثل خطوة مهمة نحو التهدئة.", "اعتبر وزير الخارجية"),
    ("وهنأ الرئيس المصري عبد الفتاح السيسي نظيره التونسي بفوزه في الانتخابات.", "هنأ الرئيس المصري"),
    ("وبعث الرئيس عبد المجيد تبون برقية تعزية إلى الرئيس الإيراني.", "بعث الرئيس عبد المجيد تبون برقية تعزية"),
    ("وقال الرئيس عبد المجيد تبون في برقية تعزية إن الجزائر تقف إلى جانب الشعب اللبناني.", "قال الرئيس عبد المجيد تبون في برقية"),
])
def test_positions_on_record_s18(gaz: Gazetteer, body: str, words: str) -> None:
    evs = _events(body, gaz)
    assert any(e.type == "statement" and words in e.text for e in evs), [(e.type, e.text) for e in evs]


def test_here_is_no_congratulation(gaz: Gazetteer) -> None:
    evs = _events("وقال أحد السكان: \"إحنا قاعدين هنا من الصبح ومحدش سأل علينا\".", gaz)
    assert not any(e.type == "statement" and e.text.startswith("هنا") for e in evs), [(e.type, e.text) for e in evs]


# A massacre committed with its subject and a time between ("ارتكب جيش الاحتلال، فجر أمس، مجزرة"); what a crowd
# celebrates is named, not told again ("احتفالاً باستعادة القصر").
@pytest.mark.parametrize("body,typ,words,absent", [
    ("وارتكبت قوات النظام، فجر اليوم الأحد، مجزرة مروعة بحق المدنيين في القرية.", "killing/casualties", "ارتكبت قوات النظام", None),
    ("وخرج آلاف السكان إلى الشوارع احتفالاً باستعادة المدينة.", "other", "خرج آلاف السكان", "capture/control"),
])
def test_committed_and_celebrated(gaz: Gazetteer, body: str, typ: str, words: str, absent: str | None) -> None:
    evs = _events(body, gaz)
    assert any(e.type == typ and e.text.startswith(words) for e in evs), [(e.type, e.text) for e in evs]
    assert not absent or not any(e.type == absent for e in evs), [(e.type, e.text) for e in evs]


# A capture noun in quotes is the speaker's word or part of a name, not a capture told.
@pytest.mark.parametrize("body", [
    "وأعلنت الفصائل عبر التلفزيون الرسمي «تحرير» المدينة.",
    "وحضر الجلسة نواب كتلتي «الوفاء للمقاومة» و«التنمية والتحرير».",
])
def test_a_quoted_capture_word_is_no_capture(gaz: Gazetteer, body: str) -> None:
    evs = _events(body, gaz)
    assert not any(e.type == "capture/control" for e in evs), [(e.type, e.text) for e in evs]


# A survivor described (apposition or relative clause) is who the witness is, not a happening; a survival told
# stays. One clause told by two triggers is one plain happening.
@pytest.mark.parametrize("body,told", [
    ("وقال أحمد سالم، وهو صياد نجا من الغرق، إن الأمواج كانت عالية.", False),
    ("وروى محمد علي، الذي نجا بأعجوبة، ما جرى في تلك الليلة.", False),
    ("وأضاف أنه نجا بعد أن اختبأ في مخزن قريب.", True),
])
def test_a_survivor_described_is_no_happening(gaz: Gazetteer, body: str, told: bool) -> None:
    evs = _events(body, gaz)
    assert any("نجا" in e.text and e.type == "other" for e in evs) == told, [(e.type, e.text) for e in evs]


def test_one_clause_one_happening(gaz: Gazetteer) -> None:
    body = "وأصدرت مصالح الأرصاد الجوية نشرية خاصة تتوقع فيها تساقط أمطار رعدية غزيرة على ولايات الغرب."
    evs = [(e.type, e.subtype, e.start, e.end) for e in _events(body, gaz)]
    assert len(evs) == len(set(evs)), evs


# Wrong actors read in briefings of set 22: the one buried at a shrine did not bomb it, the victim before a voweled
# passive did not kill, and an outlet that counted strikes did not strike.
@pytest.mark.parametrize("body,typ,actor", [
    ("عشرات القتلى بتفجير قرب ضريح حسن نصر الله في بيروت", "explosion", None),
    ("وكان إسماعيل هنية قد قُتل مع مرافقه بضربة إسرائيلية في طهران.", "killing/casualties", "Israel"),
    ("وبحسب إحصاء لشبكة سي إن إن، تجاوز عدد الغارات الإسرائيلية على القطاع مئة غارة.", "airstrike/shelling", "Israel"),
])
def test_no_actor_from_a_shrine_a_voweled_passive_or_a_counting_outlet(gaz: Gazetteer, body: str, typ: str,
                                                                      actor: str | None) -> None:
    evs = [e for e in _events(body, gaz) if e.type == typ]
    assert evs, [(e.type, e.text, e.actor_en) for e in _events(body, gaz)]
    if actor is None:
        assert not evs[0].actor_en, [(e.type, e.text, e.actor_en) for e in evs]
    else:
        assert actor in (evs[0].actor_en or ""), [(e.type, e.text, e.actor_en) for e in evs]


# Who made an attack named after it by a verb with its pronoun ("غارات شنتها مقاتلات أمريكية") is not the
# subject named before the attack noun ("وفق حصيلة أعلنتها جماعة الحوثي، جراء غارات شنتها ...": the Houthis gave
# the toll): read in a briefing of set 22, "80 people were killed by Houthis".
@pytest.mark.parametrize("body,typ,actor", [
    ("وأعلنت وزارة الصحة التابعة لحماس مقتل 12 شخصا جراء غارات شنتها طائرات إسرائيلية على رفح.",
     "airstrike/shelling", "Israeli"),
    ("ونعى حزب الله ثلاثة من عناصره سقطوا في هجوم نفذه مسلحون مجهولون قرب الحدود.", "advance/offensive", "gunmen"),
])
def test_the_agent_named_after_an_attack_noun_by_its_clause(gaz: Gazetteer, body: str, typ: str, actor: str) -> None:
    evs = [e for e in _events(body, gaz) if e.type == typ]
    assert evs and actor in (evs[0].actor_en or ""), [(e.type, e.text, e.actor_en) for e in _events(body, gaz)]


# A name after a verb behind a preposition or a ب/ل-word is no subject of the verb (a briefing of set 23 read "The
# Syrian government took control of the People's Palace" from citizens storming it after celebrating its fall);
# a unit "من" its body still is ("انتشرت وحدات من الحرس الوطني").
@pytest.mark.parametrize("body,actor", [
    ("وتجمع المئات الذين احتفلوا برحيل الحكومة السورية في ساحة المدينة.", None),
    ("وانتشرت وحدات من الجيش اللبناني في شوارع المدينة.", "Lebanese"),
])
def test_no_subject_behind_a_preposition(gaz: Gazetteer, body: str, actor: str | None) -> None:
    evs = [e for e in _events(body, gaz) if e.trigger != "وتجمع"]
    assert evs, body
    got = evs[0].actor_en
    assert (actor is None and got is None) or (actor is not None and actor in (got or "")), \
        [(e.type, e.text, e.actor_en) for e in evs]


# A capital named as the subject before its verb is its state (headline style: "واشنطن تضرب", "موسكو تعلن"), with
# و before it too; after a preposition it is no subject ("طلبت من باماكو فتح تحقيق").
@pytest.mark.parametrize("body,actor", [
    ("الحوثيون يعلنون أنهم استهدفوا سفينة تجارية وواشنطن تضرب مواقع في الحديدة", "United States"),
    ("موسكو تعلن السيطرة على بلدة جديدة في دونيتسك", "Russia"),
    ("وقالت الخارجية إن الحكومة طلبت من باماكو فتح تحقيق عاجل في الحادثة.", None),
])
def test_a_capital_before_its_verb_is_its_state(gaz: Gazetteer, body: str, actor: str | None) -> None:
    evs = _events(body, gaz)
    named = [e.actor_en for e in evs if e.actor_en]
    if actor is None:
        assert not any("Mali" in a for a in named), [(e.type, e.text, e.actor_en) for e in evs]
    else:
        assert actor in named, [(e.type, e.text, e.actor_en) for e in evs]
