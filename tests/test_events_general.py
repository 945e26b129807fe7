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
])
def test_mentions_are_not_events(gaz, body):
    evs = _events(body, gaz)
    assert all(e.type in ("statement", "visit/inspection") for e in evs), [(e.type, e.subtype, e.text) for e in evs]


def test_origin_is_not_the_place(gaz):
    """"من جنسيات إفريقية جنوب الصحراء" tells where the migrants come from, not where they were rescued."""
    evs = _events("وأنقذت وحدات الحرس البحري 7 مهاجرين من جنسيات إفريقية جنوب الصحراء.", gaz)
    assert [e.subtype for e in evs] == ["rescue"]
    assert evs[0].location_en is None
