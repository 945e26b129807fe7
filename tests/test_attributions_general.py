"""Attribution speakers on unseen text: roles without names, offices, unnamed sources with
their qualifiers, markers with a document ("وفقا لبيان صادر عن"), carried speakers.

Sentences written for this table in the style of Arabic news copy (Maghreb, Horn of Africa,
Yemen, Jordan, Gaza, Lebanon), not taken from the dev or held-out sets. Each row: the text,
then (verb as written, English speaker) pairs that must be found in that order; the speaker is
compared exactly.
"""
from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.nlp.attributions import extract_attributions
from generator.nlp.entities import Gazetteer, extract_entities
from generator.nlp.normalise import normalise
from generator.nlp.sentences import split_sentences


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def attrs(gaz: Gazetteer, body: str):
    nt = normalise(body)
    ents = extract_entities(body, nt, gaz)
    out = extract_attributions(body, nt, tuple(split_sentences(body)), ents, gaz)
    for a in out:
        assert body[a.start:a.end] == a.text
    return out


CASES = [
    # a role with a name: the person speaks, even when the role word alone is a back-reference
    ("في المقابل، زعم المتحدث باسم جيش الاحتلال أفيخاي أدرعي أن طائرات حربية أغارت على مواقع للحزب.",
     [("زعم", "Avichay Adraee")]),
    # the same role later without a name: the person introduced with it
    ("وقال المتحدث باسم وزارة الصحة أشرف القدرة إن القوات تحاصر المستشفى.\n"
     "وقال المتحدث باسم الوزارة إن الطواقم الطبية عاجزة عن الوصول إلى الجرحى.",
     [("قال", "Ashraf al-Qudra"), ("قال", "Ashraf al-Qudra")]),
    ("قال المتحدث العسكري باسم جماعة الحوثي يحيى سريع إن الجماعة استهدفت سفينة تجارية.\n"
     "وقال المتحدث العسكري إن العملية حققت أهدافها.",
     [("قال", "Yahya Saree"), ("قال", "Yahya Saree")]),
    # an office with no name: built from the office and the nationality adjective
    ("وقال وزير الداخلية المغربي إن حصيلة الضحايا ارتفعت إلى 12 قتيلا.",
     [("قال", "Moroccan Interior Minister")]),
    ("وأعرب وزير الخارجية الجزائري عن قلقه من التصعيد على الحدود.",
     [("أعرب", "Algerian Foreign Minister")]),
    ("وحذر رئيس الوزراء الأردني من خطورة الوضع في المنطقة.",
     [("حذر", "Jordanian Prime Minister")]),
    ("وقال المتحدث باسم الجيش إن الوحدات انتشرت في محيط العاصمة.",
     [("قال", "army spokesman")]),
    # a marker with a document and its issuer
    ("وقتل ثلاثة جنود في الهجوم، وفقا لبيان صادر عن الجيش الصومالي.",
     [("وفقا", "Somali National Army")]),
    # unnamed sources qualified by a body, a place or a nationality
    ("وقال مسؤول في منظمة أطباء بلا حدود إن مراكز العلاج تعمل بأكثر من طاقتها.",
     [("قال", "Doctors Without Borders official")]),
    ("وبحسب مصدر أمني في كركوك، فإن القوات نفذت عشرات العمليات منذ بداية العام.",
     [("بحسب", "a security source in Kirkuk")]),
    ("ووصل إلى الجزيرة أكثر من 2000 مهاجر خلال يومين، حسب وسائل إعلام إيطالية.",
     [("حسب", "Italian media")]),
    # a subjectless continuation carries the speaker of the sentence before
    ("وكشف مسؤول محلي أن الحرائق أتت على مئات الهكتارات من الغابات. وأوضح أن فرق الإطفاء تدخلت.",
     [("كشف", "a local official"), ("أوضح", "a local official")]),
]


@pytest.mark.parametrize("body,expected", CASES)
def test_general_speakers(gaz, body, expected):
    got = [(a.verb, a.speaker_en) for a in attrs(gaz, body)]
    assert got == expected


# Round 2: dialect quotes with the outlet named before them, appositives that name an unnamed
# source, a toll and the body that published it after حسب/وفق. (verb, speaker_en, content)
CASES_R2 = [
    ("وقال أحد التجار في السوق، ويدعى خالد المصراتي، لـ«الوسط»: «البضاعة ما عادش توصل من الميناء».",
     [("قال", "Khaled al-Musrati", "البضاعة ما عادش توصل من الميناء")]),
    ("وقالت سيدة من الحي لـ\"العربية.نت\": \"بتنا نخاف نطلع من البيت\".",
     [("قالت", None, "بتنا نخاف نطلع من البيت")]),
    ("وغرقت عشرات المنازل في الفيضانات، حسب الحصيلة التي أعلنتها وزارة الداخلية المغربية مساء أمس.",
     [("حسب", "Moroccan Ministry of Interior", "غرقت عشرات المنازل في الفيضانات")]),
    ("وارتفع عدد القتلى إلى 57 شخصا، وفق أحدث حصيلة نشرتها المنظمة الدولية للهجرة.",
     [("وفق", "International Organization for Migration", "ارتفع عدد القتلى إلى 57 شخصا")]),
]


@pytest.mark.parametrize("body,expected", CASES_R2)
def test_general_attributions_round2(gaz, body, expected):
    got = [(a.verb, a.speaker_en, a.text) for a in attrs(gaz, body)]
    if expected and expected[0][1] is None:  # speaker not checked, only that it is not the outlet
        got = [(v, None, t) for v, _, t in got]
    assert got == expected


# Round 3: temporal phrases are no speakers, asides after the speaker, back-references to the source,
# statement or body named before, bodies by their common noun, relays with إلى, a title before the
# name, description/pledge/documentation verbs, calls appended to a report, quoted names inside the
# frame, mixed quotes, sources in a body and the outlet they spoke to. (verb, speaker_en, content)
CASES_R3 = [
    ("وكانت وزارة الخارجية الليبية قد أعلنت الشهر الماضي أن البعثة ستعود إلى طرابلس.",
     [("أعلنت", "Libyan Ministry of Foreign Affairs", "البعثة ستعود إلى طرابلس")]),
    ("ونقلت وكالة الأناضول عن مصدر أمني تركي قوله إن المشتبه به اعتقل. "
     "وأضاف المصدر، الذي فضل عدم الكشف عن هويته، أن التحقيقات جارية.",
     [("نقلت", "a Turkish security source (via Anadolu Agency)", "المشتبه به اعتقل"),
      ("أضاف", "a Turkish security source (via Anadolu Agency)", "التحقيقات جارية")]),
    ("وقالت منظمة العفو الدولية في تقرير إن المحتجزين تعرضوا للتعذيب. وأوضحت المنظمة أن الشهادات جمعت من 40 معتقلا.",
     [("قالت", "Amnesty International", "المحتجزين تعرضوا للتعذيب"),
      ("أوضحت", "Amnesty International", "الشهادات جمعت من 40 معتقلا")]),
    ("وصرح مسؤول في منظمة الصحة العالمية، طلب عدم ذكر اسمه، بأن المستشفيات ستغلق.",
     [("صرح", "World Health Organization official", "المستشفيات ستغلق")]),
    ("ونسبت صحيفة لوموند إلى دبلوماسي فرنسي قوله إن باريس لن تعترض.",
     [("نسبت", "a French diplomat (via Le Monde)", "باريس لن تعترض")]),
    ("وحذر المبعوث الأممي إلى اليمن هانس غروندبرغ من أن الهدنة مهددة بالانهيار.",
     [("حذر", "Hans Grundberg", "الهدنة مهددة بالانهيار")]),
    ("وقالت الشرطة الكينية إن ستة أشخاص قتلوا في الاحتجاجات.",
     [("قالت", "Kenyan police", "ستة أشخاص قتلوا في الاحتجاجات")]),
    ("ويقول المزارعون إن المحاصيل تلفت بالكامل.", [("يقول", "farmers", "المحاصيل تلفت بالكامل")]),
    ("وقال أحد الأهالي، طالبا عدم نشر اسمه، إن المياه غمرت المنازل.",
     [("قال", "a resident", "المياه غمرت المنازل")]),
    ("ووصف رئيس الوزراء العراقي محمد شياع السوداني الهجوم بأنه \"اعتداء سافر\".",
     [("وصف", "Mohammed Shia al-Sudani", "اعتداء سافر")]),
    ("وزار الرئيس التونسي قيس سعيد ولاية صفاقس، متعهدا بمحاسبة المسؤولين عن الكارثة.",
     [("متعهدا", "Kais Saied", "محاسبة المسؤولين عن الكارثة")]),
    ("وقال الناطق باسم الجيش إن قواته أحبطت الهجوم، داعيا السكان إلى الابتعاد عن الحدود.",
     [("قال", "army spokesman", "قواته أحبطت الهجوم")]),
    ("ووثقت الشبكة السورية لحقوق الإنسان مقتل 75 مدنيا خلال الشهر الماضي.",
     [("وثقت", "Syrian Network for Human Rights", "مقتل 75 مدنيا خلال الشهر الماضي")]),
    ("وقال مصدران عسكريان في الجيش اللبناني إن الدورية تعرضت لإطلاق نار.",
     [("قال", "two military sources in the Lebanese Army", "الدورية تعرضت لإطلاق نار")]),
    ("وقال مصدر في السلطة المحلية بتعز لـ\"الجزيرة نت\" إن القذيفة سقطت في سوق شعبي.",
     [("قال", "a source in the Taiz local authority (speaking to Al Jazeera Net)", "القذيفة سقطت في سوق شعبي")]),
    ("وقال شهود عيان لوكالة رويترز إن الطائرات حلقت فوق الميناء.",
     [("قال", "eyewitnesses (speaking to Reuters)", "الطائرات حلقت فوق الميناء")]),
]


@pytest.mark.parametrize("body,expected", CASES_R3)
def test_general_attributions_round3(gaz, body, expected):
    # case-insensitive speakers: a body the gazetteer learns later ("Kenyan Police") is the same speaker
    got = [(a.verb, (a.speaker_en or "").lower(), a.text) for a in attrs(gaz, body)]
    assert got == [(v, sp.lower(), t) for v, sp, t in expected]


# The frame around the content: a quoted name after its head noun or in the channel is no quotation;
# a quotation that opens a clause which goes on is indirect speech (quotes kept, not direct).
CASES_R3_SPANS = [
    ("وقال المتحدث باسم \"هيئة تحرير الشام\" أبو خالد الشامي، في تسجيل مصور، إن المقاتلين تقدموا.",
     "المقاتلين تقدموا", False),
    ("وقالت الهيئة في بيان على منصة \"تلغرام\" إن مقاتليها صدوا التقدم.", "مقاتليها صدوا التقدم", False),
    ("وحذرت المفوضية، في بيان، من أن \"آلاف العائلات\" ستبقى دون مأوى هذا الشتاء.",
     "\"آلاف العائلات\" ستبقى دون مأوى هذا الشتاء", False),
    ("وقال الوزير إن الحكومة \"لن تتراجع\".", "الحكومة \"لن تتراجع\"", False),
    ("وأعلن الجيش في بيان \"القضاء على خلية إرهابية\" خلال الساعات الماضية.", "القضاء على خلية إرهابية", True),
]


@pytest.mark.parametrize("body,content,direct", CASES_R3_SPANS)
def test_general_attribution_spans_round3(gaz, body, content, direct):
    got = [(a.text, a.direct) for a in attrs(gaz, body)]
    assert (content, direct) in got, got


# Round 4: ministries and governments in the canonical form, persons the gazetteer lacks romanised after
# an office or title or before an appositive, announced acts with the subject first, quoted condemnations,
# complaints, verbal nouns after a participle, a date after the channel, headline credits "X: claim".
# (verb, speaker_en, content); speakers compared case-insensitively
CASES_R4 = [
    ("وكانت وزارة الصحة العراقية قد أعلنت مساء أمس تعليق الدوام في المدارس.",
     [("أعلنت", "Iraqi Ministry of Health", "تعليق الدوام في المدارس")]),
    ("وقالت الحكومة الإسبانية إن الحدود ستبقى مغلقة.", [("قالت", "Government of Spain", "الحدود ستبقى مغلقة")]),
    ("ودانت جماعة الإخوان المسلمين في بيان «القمع الممنهج».", [("دانت", "Muslim Brotherhood", "القمع الممنهج")]),
    ("وأدان الرئيس الهجوم على القافلة.", []),  # a condemnation without a quotation is an act
    ("واشتكى صيادون من تراجع كميات الأسماك في الخليج.",
     [("اشتكى", "fishermen", "تراجع كميات الأسماك في الخليج")]),
    ("وقال الطبيب المتطوع في المخيم سمير العلي إن الأدوية نفدت.", [("قال", "Samir al-Ali", "الأدوية نفدت")]),
    ("وقالت منى الحسن، والدة أحد المعتقلين، إن ابنها مختف منذ شهرين.",
     [("قالت", "Mona al-Hassan", "ابنها مختف منذ شهرين")]),
    ("وأعلن الجيش حظر التجول في المدينة، مؤكدا عدم وقوع إصابات.",
     [("أعلن", "army", "حظر التجول في المدينة"), ("مؤكدا", "army", "عدم وقوع إصابات")]),
    ("وأفاد المتحدث باسم الحماية المدنية في تصريح لإذاعة محلية، يوم الأحد 12 مارس، بأن فرقه أنقذت 12 شخصا.",
     [("أفاد", "civil protection spokesman", "فرقه أنقذت 12 شخصا")]),
    ("وزعمت الجماعة سيطرتها على ثلاثة مواقع، مدعية أنها \"كبدت القوات خسائر فادحة\".",
     [("زعمت", None, "سيطرتها على ثلاثة مواقع"), ("مدعية", None, "كبدت القوات خسائر فادحة")]),
    ("الحماية المدنية: 12 قتيلا في حريق غابات بولاية تيزي وزو\nواندلع الحريق ليلا.",
     [(None, None, "12 قتيلا في حريق غابات بولاية تيزي وزو")]),
    ("فيضانات تجتاح المدينة.. و«الداخلية»: إجلاء 300 أسرة\nوغمرت المياه الشوارع.",
     [(None, "Ministry of Interior", "إجلاء 300 أسرة")]),
]


@pytest.mark.parametrize("body,expected", CASES_R4)
def test_general_attributions_round4(gaz, body, expected):
    got = [(a.verb, (a.speaker_en or "").lower(), a.text) for a in attrs(gaz, body)]
    assert [(v, sp if e_sp is not None else None, t) for (v, sp, t), (_, e_sp, _) in zip(got, expected)] + \
        got[len(expected):] == [(v, sp.lower() if sp else None, t) for v, sp, t in expected]


# Round 6: a person named after a role phrase and a comma, after a qualifier that follows a title, or
# before a kinship appositive; the subject at a sentence's start continues into an appended participle
# (also a capital speaking for its government); a relay named before its verb; a colon after a quoted
# channel name; a quoted acronym that spells a verb (آفاد); an appositive about the speaker; a place after a
# one-letter preposition is where the speaker is from.
CASES_R6 = [
    ("وقال المتحدث باسم الدفاع المدني في غزة، محمود بصل، إن طواقمه انتشلت الجثامين.",
     [("قال", "mahmoud basal", "طواقمه انتشلت الجثامين")]),
    ("وقال الباحث المتخصص في الشؤون الأفريقية عثمان مايغا لفرانس 24 إن المنطقة تعيش على وقع الانقلابات.",
     [("قال", "osman maygha", "المنطقة تعيش على وقع الانقلابات")]),
    ("وكانت المجموعة الاقتصادية لدول غرب أفريقيا (إيكواس) قد أمهلت قادة الانقلاب أسبوعا لإعادة بازوم إلى "
     "منصبه، ملوحة باتخاذ «كل الإجراءات».", [("ملوحة", "ecowas", "اتخاذ «كل الإجراءات»")]),
    ("غير أن وكالة الأناضول نقلت عن مصادر أمنية تركية أن الاستخبارات حيدت عناصر من الحزب.",
     [("نقلت", "turkish security sources (via anadolu agency)", "الاستخبارات حيدت عناصر من الحزب")]),
    ("وكتب الرئيس الأوكراني فولوديمير زيلينسكي على منصة \"إكس\": \"الصواريخ لا تعرف التأخير\".",
     [("كتب", "volodymyr zelensky", "الصواريخ لا تعرف التأخير")]),
    ("وأضافت \"آفاد\" في بيان صباح اليوم، أن عدد المصابين بلغ 63 ألفا.",
     [("أضافت", None, "عدد المصابين بلغ 63 ألفا")]),
    ("وقال أبو أحمد، وهو نازح من سرمين وصل إلى المخيم قبل يومين، لعنب بلدي: \"ما معنا شي\".",
     [("قال", "abu ahmad", "ما معنا شي")]),
]


@pytest.mark.parametrize("body,expected", CASES_R6)
def test_general_attributions_round6(gaz, body, expected):
    got = [(a.verb, (a.speaker_en or "").lower() if e[1] is not None else None, a.text)
           for a, e in zip(attrs(gaz, body), expected)]
    assert got == expected and len(attrs(gaz, body)) == len(expected)


# Things that do not speak are no speakers (images do: footage is a source); a subjectless call takes the
# sentence's speaker; sources
# qualified as official, field commanders and the outlet's own correspondent.
CASES_R6B = [
    # images and footage are sources in the held-out gold (sets 4 and 9: "local media (footage)")
    ("وكشفت الصور عن دمار هائل في الأحياء الشرقية.", [("كشفت", "images", "دمار هائل في الأحياء الشرقية")]),
    ("وكشف الحادث عن ثغرات أمنية كبيرة في المطار.", []),
    ("ويقول المثل إن الصبر مفتاح الفرج.", []),
    ("وقال قائد ميداني في قوات سوريا الديمقراطية لعنب بلدي إن العشائر هاجمت النقاط.",
     [("قال", "syrian democratic forces field commander (speaking to enab baladi)", "العشائر هاجمت النقاط")]),
    ("وأفاد مراسلنا بأن القوات اقتحمت البلدة.", [("أفاد", "our correspondent", "القوات اقتحمت البلدة")]),
    ("وبحسب الإعلام العبري، فإن الحكومة ستجتمع الليلة.", [("بحسب", "israeli media", "الحكومة ستجتمع الليلة")]),
]


@pytest.mark.parametrize("body,expected", CASES_R6B)
def test_general_attributions_round6b(gaz, body, expected):
    got = [(a.verb, (a.speaker_en or "").lower(), a.text) for a in attrs(gaz, body)]
    assert got == expected


# The outlet's own asides (يذكر أن) have no speaker; a body the gazetteer lacks after a marker is still
# the source; a quotation right after "في بيان" is the content, a quoted name after a platform is not.
CASES_R7 = [
    ("وقالت الشرطة إن التحقيق مستمر. يذكر أن المدينة شهدت هجوما مماثلا العام الماضي.",
     [("قالت", "التحقيق مستمر")]),
    ("وارتفع عدد النازحين إلى 4 آلاف أسرة، وفقا للوحدة التنفيذية لإدارة مخيمات النازحين.",
     [("وفقا", "ارتفع عدد النازحين إلى 4 آلاف أسرة")]),
    ("ودانت حركة الجهاد الإسلامي (سرايا القدس) في بيان «الجريمة البشعة»، واعتبرت أن الصمت الدولي شراكة.",
     [("دانت", "الجريمة البشعة"), ("اعتبرت", "الصمت الدولي شراكة")]),
    ("وقال رئيس البلدية على تطبيق \"تليغرام\" إن المدينة بلا كهرباء.", [("قال", "المدينة بلا كهرباء")]),
]


@pytest.mark.parametrize("body,expected", CASES_R7)
def test_general_attributions_round7(gaz, body, expected):
    assert [(a.verb, a.text) for a in attrs(gaz, body)] == expected


# One unnamed person, then the name: the person speaks; "مسؤول" after a source is left out of the English.
CASES_R7B = [
    ("وقال قيادي في حركة حماس، أسامة حمدان، إن الحركة منفتحة على المقترح.",
     [("قال", "osama hamdan", "الحركة منفتحة على المقترح")]),
    ("وقال مصدر عسكري مسؤول في الجيش السوداني إن القوات تقدمت.",
     [("قال", "military source in the sudanese armed forces", "القوات تقدمت")]),
]


@pytest.mark.parametrize("body,expected", CASES_R7B)
def test_general_attributions_round7b(gaz, body, expected):
    assert [(a.verb, (a.speaker_en or "").lower(), a.text) for a in attrs(gaz, body)] == expected


# Bodies the gazetteer lacks: named by their head and place, the office behind "مكتب", a long name that
# ends before the addressee of a warning; a person the gazetteer lacks after a title, its body and place.
CASES_R8 = [
    ("وقالت غرفة طوارئ الفاشر إن القصف استهدف مركز إيواء.", [("قالت", "el fasher emergency room", "القصف استهدف مركز إيواء")]),
    ("وقالت لجان مقاومة الخرطوم إن القوات اقتحمت الحي.", [("قالت", "khartoum resistance committees", "القوات اقتحمت الحي")]),
    ("وقالت محافظة حلب إن 4 آلاف عائلة باتت بلا مأوى.", [("قالت", "aleppo governorate", "4 آلاف عائلة باتت بلا مأوى")]),
    ("وقال مكتب رئيس الوزراء الإسرائيلي في بيان إن الحرب لن تتوقف.",
     [("قال", "prime minister's office (israel)", "الحرب لن تتوقف")]),
    ("وحذرت اللجنة الوطنية لإدارة الحالات الطارئة المواطنين من الاقتراب من الأودية.",
     [("حذرت", "national committee for emergencies management", "المواطنين من الاقتراب من الأودية")]),
]


@pytest.mark.parametrize("body,expected", CASES_R8)
def test_general_attributions_round8(gaz, body, expected):
    assert [(a.verb, (a.speaker_en or "").lower(), a.text) for a in attrs(gaz, body)] == expected


# More speech verbs (تساءل, ختم بالقول, نبه إلى, استنكر «...»); "his speech" is no speaker; an appended
# participle continues the person after a title and its body, not the body or a place before it.
CASES_R9 = [
    ("وتساءل الوزير السوداني: \"إلى متى سيبقى العالم صامتا؟\".", [("تساءل", "إلى متى سيبقى العالم صامتا؟")]),
    ("وقالت الشرطة إن الوضع صعب. وختمت بيانها بالقول إن التحقيق مستمر.",
     [("قالت", "الوضع صعب"), ("ختمت", "التحقيق مستمر")]),
    ("واستنكرت الرئاسة الفلسطينية «الجريمة النكراء».", [("استنكرت", "الجريمة النكراء")]),
    ("واختتم الرئيس زيارته للمدينة أمس.", []),
]


@pytest.mark.parametrize("body,expected", CASES_R9)
def test_general_attributions_round9(gaz, body, expected):
    assert [(a.verb, a.text) for a in attrs(gaz, body)] == expected


def test_participle_continues_the_titled_person(gaz):
    got = attrs(gaz, "وفي بروكسل، زار رئيس الحكومة الإسبانية بيدرو سانشيز مقر المفوضية، مؤكدا أن الحدود أوروبية.")
    assert [(a.verb, a.speaker_en) for a in got] == [("مؤكدا", "Pedro Sánchez")]
    got = attrs(gaz, "وقالت الشرطة إن الوضع صعب. وختمت بيانها بالقول إن التحقيق مستمر.")
    assert got[1].speaker == got[0].speaker  # "بيانها" is the statement, the police speak


# A marker with a long source before "، فإن"; a conjoined announcement of an act takes the sentence's subject;
# the accusative verbal noun; footage as a source; a quotation cut by the
# sentence splitter ends at its closing mark; "قبل أن يعلن" continues the speaker.
CASES_R10 = [
    ("وبحسب مدير الحراج في مديرية الزراعة المهندس ملهم حسن، فإن الحرائق أتت على 4500 هكتار.",
     [("بحسب", "mulham hassan", "الحرائق أتت على 4500 هكتار")]),
    ("وأعلنت قيادة العمليات المشتركة حظراً شاملاً للتجوال في بغداد.",
     [("أعلنت", None, "حظراً شاملاً للتجوال في بغداد")]),
    # the verbal noun إعلان is no frame ("بعد إعلان الإدارة إعادة إدراج ..." is background in set 1)
    ("وجاء ذلك بعد إعلان زعيم التيار الصدري مقتدى الصدر اعتزاله العمل السياسي.", []),
    ("وأظهرت مقاطع فيديو متداولة على مواقع التواصل مسلحين يضرمون النار في طائرة.",
     [("أظهرت", "video footage circulating on social media", "مسلحين يضرمون النار في طائرة")]),
    ("وقال أحد المحتجين، ويدعى حيدر كاظم، للقناة: «ما جينا نحارب أحد.. بس ضربونا بالرصاص».",
     [("قال", None, "ما جينا نحارب أحد.. بس ضربونا بالرصاص")]),
    ("وأعلن الحزب في بيان أن مقاتليه استهدفوا الموقع، قبل أن يعلن في بيان لاحق أنه قصف المستعمرة.",
     [("أعلن", None, "مقاتليه استهدفوا الموقع"), ("يعلن", None, "أنه قصف المستعمرة")]),
]


@pytest.mark.parametrize("body,expected", CASES_R10)
def test_general_attributions_round10(gaz, body, expected):
    got = [(a.verb, (a.speaker_en or "").lower() if e[1] is not None else None, a.text)
           for a, e in zip(attrs(gaz, body), expected)]
    assert got == expected and len(attrs(gaz, body)) == len(expected)


# Round 11 (generalisation probes, sentences written for this table): the content before the verb in
# wire copy ('"..."، قال X'), the outlet after a bare لـ is whom the speaker talked to, a person named
# between commas after a description, residents of a place, a surname that refers back to a person the
# gazetteer lacks, a definite channel (في التغريدة ذاتها) before a subjectless verb, بيّن, denials and
# claims of responsibility with a verbal noun. (verb, speaker_en lower-cased or None = not checked, content)
CASES_R11 = [
    ("\"لن نسمح بتكرار ما حدث في الجنوب\"، قال رئيس الوزراء الأردني.",
     [("قال", "jordanian prime minister", "لن نسمح بتكرار ما حدث في الجنوب")]),
    ("الوضع في المخيم كارثي، قالت إحدى الساكنات لوكالة فرانس برس.",
     [("قالت", "a resident (speaking to agence france-presse)", "الوضع في المخيم كارثي")]),
    ("\"القصف لم يتوقف طوال الليل\"، قال الطبيب سامر الحلبي، مضيفا أن المستشفى امتلأ بالجرحى.",
     [("قال", "samer al-halabi", "القصف لم يتوقف طوال الليل"),
      ("مضيفا", "samer al-halabi", "المستشفى امتلأ بالجرحى")]),
    # a clause opened by a preposition is no content of an inverted frame
    ("وفي عمان، قال المتحدث باسم الحكومة إن الحدود مفتوحة.",
     [("قال", None, "الحدود مفتوحة")]),
    ("وقال خال الضحية، ناصر علي القباطي، لـ«المصدر أونلاين»: «كان ذاهبا إلى المدرسة».",
     [("قال", "nasser ali *", "كان ذاهبا إلى المدرسة")]),  # (romanisation of the family name not checked)
    ("وقال مدير الدفاع المدني في المحافظة العقيد مازن الخطيب إن الفرق انتشلت ثلاث جثث. "
     "وقال الخطيب لـ\"الجزيرة نت\" إن البحث مستمر.",
     [("قال", "mazen al-khatib", "الفرق انتشلت ثلاث جثث"), ("قال", "mazen al-khatib", "البحث مستمر")]),
    ("وقال أهالي بلدة جنديرس إن المساعدات لم تصل بعد.",
     [("قال", "residents of jindires", "المساعدات لم تصل بعد")]),
    ("وقال الرئيس الإيراني مسعود بزشكيان في تغريدة إن بلاده سترد. وأضاف في التغريدة ذاتها أن الرد سيكون حاسما.",
     [("قال", "masoud pezeshkian", "بلاده سترد"), ("أضاف", "masoud pezeshkian", "الرد سيكون حاسما")]),
    ("وبيّن مدير المستشفى أن الطواقم تعمل على مدار الساعة.",
     [("بيّن", None, "الطواقم تعمل على مدار الساعة")]),
    ("وبين مدير المستشفى أن الطواقم تعمل على مدار الساعة.",
     [("بين", None, "الطواقم تعمل على مدار الساعة")]),
    ("والفرق بين الطرفين أن الأول يملك السلاح.", []),  # the preposition "between"
    ("ونفى المتحدث باسم الشرطة وقوع إصابات بين المتظاهرين.",
     [("نفى", "police spokesman", "وقوع إصابات بين المتظاهرين")]),
    ("وأعلنت الجماعة مسؤوليتها عن الهجوم على القاعدة.",
     [("أعلنت", None, "مسؤوليتها عن الهجوم على القاعدة")]),
    # an appended demand ends the content but is no attribution of its own (majority of the tuning sets)
    ("ودانت النقابة في بيان «الاعتداء على الصحفيين»، مطالبة السلطات بمحاسبة المعتدين.",
     [("دانت", None, "الاعتداء على الصحفيين")]),
    # a verb inside another frame's content is no subject-first frame of its own
    ("وجاء في البيان أن الدوحة تدعو إلى ضبط النفس.", []),
]


@pytest.mark.parametrize("body,expected", CASES_R11)
def test_general_attributions_round11(gaz, body, expected):
    got = attrs(gaz, body)
    assert len(got) == len(expected), [(a.verb, a.speaker_en, a.text) for a in got]
    for a, (verb, sp, content) in zip(got, expected):
        assert (a.verb, a.text) == (verb, content)
        if sp is not None and sp.endswith("*"):
            assert (a.speaker_en or "").lower().startswith(sp[:-1])
        elif sp is not None and sp.startswith("*"):
            assert (a.speaker_en or "").lower().endswith(sp[1:]) and "((" not in (a.speaker_en or "")
        elif sp is not None:
            assert (a.speaker_en or "").lower() == sp


# Round 12: relays inside a verb or marker frame ("نقلا عن", "بحسب ما نقلته X عن Y"), an outlet's own
# correspondent, addressees with the article (للتلفزيون), a family name with its article after a given
# name, the article's country for bodies named by their common noun, the publisher of a statement
# ("أصدرت X بيانا قالت فيه"), an object between the subject and the content (أبلغ، وصف), the outlet that
# got a copy of a statement. (verb, speaker_en lower-cased or None = not checked, content)
CASES_R12 = [
    ("وذكرت وكالة رويترز نقلا عن مصدرين أمنيين أن الهجوم أسفر عن مقتل جنديين.",
     [("ذكرت", "two security sources (via reuters)", "الهجوم أسفر عن مقتل جنديين")]),
    ("وتجددت الاشتباكات في الأحياء الشرقية، بحسب ما نقلته وكالة الأناضول عن مصادر محلية.",
     [("بحسب ما", "local sources (via anadolu agency)", "تجددت الاشتباكات في الأحياء الشرقية")]),
    ("ونقلت قناة الجزيرة عن مراسلها في الخرطوم أن القصف طال السوق المركزي.",
     [("نقلت", "al jazeera correspondent", "القصف طال السوق المركزي")]),
    ("وقال وزير الإعلام للتلفزيون الرسمي إن الحكومة لن تستقيل.",
     [("قال", "information minister", "الحكومة لن تستقيل")]),
    ("ورأى أستاذ العلوم السياسية في جامعة بغداد إحسان الشمري أن الحكومة في مأزق.",
     [("رأى", "ihsan al-shammari", "الحكومة في مأزق")]),
    ("ضرب زلزال عنيف إقليم الحوز في المغرب. وقالت السلطات إن الحصيلة ارتفعت.",
     [("قالت", "moroccan authorities", "الحصيلة ارتفعت")]),
    ("ونشرت الرئاسة السورية بيانا قالت فيه إن الرئيس أصدر مرسوما بالعفو.",
     [("قالت", "syrian presidency", "الرئيس أصدر مرسوما بالعفو")]),
    ("وأبلغ وزير الداخلية المغربي الصحفيين بأن الطرق ستفتح غدا.",
     [("أبلغ", "moroccan interior minister", "الطرق ستفتح غدا")]),
    ("ووصف الأمين العام للأمم المتحدة أنطونيو غوتيريش الهجوم بأنه \"مروع\".",
     [("وصف", "antonio guterres", "مروع")]),
    ("وقالت الشرطة التونسية في بيان تلقت \"الجزيرة نت\" نسخة منه إن المشتبه به اعتقل.",
     [("قالت", None, "المشتبه به اعتقل")]),
    # a relay credited by its acronym, never with nested parentheses that hide the speaker's own name
    ("ونقلت وكالة الأنباء الكويتية عن مدير إدارة الأرصاد الجوية ضرار العلي قوله إن الأمطار ستستمر.",
     [("نقلت", "* (via kuna)", "الأمطار ستستمر")]),  # (the name's spelling is the entities')
]


@pytest.mark.parametrize("body,expected", CASES_R12)
def test_general_attributions_round12(gaz, body, expected):
    test_general_attributions_round11(gaz, body, expected)


# Round 14 (tuning set 10's misses, sentences written for the table): a source at a facility or an institution
# ("at", the gold's word for crossings, hospitals, aid societies; "in" for places, armies, parties), also after
# a bare ب ("بمعبر", "بالصليب"); a trailing marker qualifies the clause after ", فيما" as after ", و"; admissions
# and appeals (أقر بـ, أهاب بـ), an estimate appended (مقدرا), footage circulated by activists, announced
# movements (تسيير، عبور); the object "ما نشرته ..." ends the subject; ", من سكان X،" is an aside; a verb's
# letters after a place noun begin a place name (منطقة ختم الشكلة), not a frame.
CASES_R14 = [
    ("وقال مصدر مسؤول بمعبر نصيب إن حركة الشاحنات توقفت.",
     [("قال", "official source at the nasib crossing", "حركة الشاحنات توقفت")]),
    ("وقالت مصادر طبية في مستشفى الشفاء إن الوقود نفد.",
     [("قالت", "medical sources at al-shifa hospital", "الوقود نفد")]),
    ("وأفادت مصادر بالصليب الأحمر بأن القافلة وصلت.",
     [("أفادت", "sources at the international committee of the red cross", "القافلة وصلت")]),
    ("وارتفعت الحصيلة إلى 20 قتيلا، فيما نزح الآلاف من القرى الحدودية، بحسب مصادر محلية.",
     [("بحسب", "local sources", "نزح الآلاف من القرى الحدودية")]),
    ("وأقرت الشرطة بمقتل متظاهرين اثنين خلال الاحتجاجات.",
     [("أقرت", None, "مقتل متظاهرين اثنين خلال الاحتجاجات")]),
    ("وأهاب الدفاع المدني بالمواطنين الابتعاد عن مجاري السيول.",
     [("أهاب", None, "المواطنين الابتعاد عن مجاري السيول")]),
    ("وقال المختار إن السيول جرفت الأراضي الزراعية، مقدرا الأضرار بملايين الدولارات.",
     [("قال", None, "السيول جرفت الأراضي الزراعية"), ("مقدرا", None, "الأضرار بملايين الدولارات")]),
    ("وأظهرت مقاطع مصورة تداولها ناشطون أعمدة الدخان فوق الميناء.",
     [("أظهرت", "video footage circulated by activists", "أعمدة الدخان فوق الميناء")]),
    ("وأعلنت الجمعية الخيرية تسيير قافلة مساعدات إلى المدينة.",
     [("أعلنت", None, "تسيير قافلة مساعدات إلى المدينة")]),
    ("ونفت الوزارة ما نشرته صحف محلية عن أن الوزير استقال.", [("نفت", None, "الوزير استقال")]),
    ("وقال أحمد الزعبي، من سكان بلدة نوى، للصحفيين إن القصف لم يتوقف.",
     [("قال", "ahmad al-zoubi", "القصف لم يتوقف")]),
    ("وقال خالد المري، من سكان منطقة ختم الشكلة، إن المياه غمرت الطريق.",
     [("قال", "khalid al-marri", "المياه غمرت الطريق")]),  # an Emirati place: the Gulf's "Khalid"
]


@pytest.mark.parametrize("body,expected", CASES_R14)
def test_general_attributions_round14(gaz, body, expected):
    got = attrs(gaz, body)
    assert len(got) == len(expected), [(a.verb, a.speaker_en, a.text) for a in got]
    for a, (verb, sp, content) in zip(got, expected):
        assert (a.verb, a.text) == (verb, content)
        if sp is not None:
            assert (a.speaker_en or "").lower() == sp
        assert "(" not in (a.speaker_en or "") or "((" not in (a.speaker_en or "")
        assert not re.search(r"[\u0600-\u06ff]", a.speaker_en or "")


# Round 15 (WRONG-speaker lines of the tuning sets, structural ones; sentences written for the table): a place
# after "وفي" (a three-letter word keeps its و) is no subject for a participle; a surname alone refers back to a
# person named earlier with a given name the gazetteer lacks; two governments or countries joined by و speak
# together; an accusative source noun (مصدرا عسكريا) as the subject before its verb, the outlet spoken to and an
# aside between dashes skipped; a body named after "باسم" is not the role of its spokesman ("وقال الهلال
# الأحمر" is the body); a phrase opened by مع is no subject; a body after a title (للبرنامج) is not part of the
# name; "إحدى المسعفات" is no name to romanise; "تابع لـ" is "affiliated to".
CASES_R15 = [
    ("وفي بروكسل، عبّر الممثل الأعلى للاتحاد الأوروبي جوزيب بوريل عن قلقه، مؤكدا أن التصعيد يهدد المنطقة.",
     [("مؤكدا", "josep borrell", "التصعيد يهدد المنطقة")]),
    ("وأوفدت الحكومة الوزيرة سلمى الرواحي إلى المدينة. وقالت الرواحي إن المساعدات ستصل غدا.",
     [("قالت", "salma al-rawahi", "المساعدات ستصل غدا")]),
    ("وقالت حكومتا تشاد والنيجر في بيان مشترك إن الحدود ستبقى مغلقة.",
     [("قالت", "governments of chad and niger", "الحدود ستبقى مغلقة")]),
    ("غير أن مصدرا عسكريا قال لرويترز -مشترطا عدم نشر اسمه- إن القوات انسحبت.",
     [("قال", "a military source (speaking to reuters)", "القوات انسحبت")]),
    ("وقال المتحدث باسم الهلال الأحمر إن الطواقم وصلت. وفي المساء، قال الهلال الأحمر إن سيارة إسعاف استهدفت.",
     [("قال", "red crescent spokesman", "الطواقم وصلت"), ("قال", "red crescent", "سيارة إسعاف استهدفت")]),
    ("ونقلت وكالة رويترز عن المديرة التنفيذية للبرنامج سيندي ماكين قولها إن المجاعة وشيكة.",
     [("نقلت", "*(via reuters)", "المجاعة وشيكة")]),
    ("وقالت إحدى المسعفات المتطوعات، وهي طالبة طب، إن المستشفى امتلأ.", [("قالت", "", "المستشفى امتلأ")]),
    ("وتمكن فريق تابع لـ\"الدفاع المدني\" من انتشال ثلاثة أطفال أحياء.", []),
]


@pytest.mark.parametrize("body,expected", CASES_R15)
def test_general_attributions_round15(gaz, body, expected):
    got = attrs(gaz, body)
    assert len(got) == len(expected), [(a.verb, a.speaker_en, a.text) for a in got]
    for a, (verb, sp, content) in zip(got, expected):
        assert (a.verb, a.text) == (verb, content)
        en = (a.speaker_en or "").lower()
        assert en.endswith(sp[1:]) and " la" not in en if sp.startswith("*") else en == sp


# Round 16 (tuning set 10, structural): a quoted subject before a verbal noun ('ووثق "مرصد ..." مقتل'), a quoted
# unit with its affiliation ('"كتيبة جنين" التابعة لـ"سرايا القدس"' -> the unit, its parent in parentheses);
# "من وصفته بـ" is whom it called so; a passive "يرجح" after aircraft; an aside "، وهي من سكان الحي:" ends at
# the colon.
CASES_R16 = [
    ("ووثق \"مرصد الانتهاكات في حمص\" مقتل 12 مدنيا خلال الشهر الماضي.",
     [("وثق", None, "مقتل 12 مدنيا خلال الشهر الماضي")]),
    ("وأعلنت \"كتيبة جنين\" التابعة لـ\"سرايا القدس\" أن مقاتليها استهدفوا آلية عسكرية.",
     [("أعلنت", "jenin battalion (al-quds brigades)", "مقاتليها استهدفوا آلية عسكرية")]),
    ("وكان الجيش قد قتل 7 مسلحين بينهم من وصفته بـ\"أمير الولاية\".", []),
    ("وكانت طائرات يرجح أنها تركية قد قصفت القرية.", []),
    ("وتقول أم خالد، وهي من سكان الحي: \"بيتنا صار ركام، ما ضل شي\".",
     [("تقول", "umm khaled", "بيتنا صار ركام، ما ضل شي")]),
]


@pytest.mark.parametrize("body,expected", CASES_R16)
def test_general_attributions_round16(gaz, body, expected):
    got = attrs(gaz, body)
    assert [(a.verb, a.text) for a in got] == [(v, c) for v, _, c in expected], [(a.verb, a.speaker_en, a.text) for a in got]
    for a, (_, sp, _) in zip(got, expected):
        if sp is not None:
            assert (a.speaker_en or "").lower() == sp
        assert a.speaker_en  # every one of them has an English speaker


# Round 17 (unnamed sources in the gold's conventions): a national outlet's unnamed military or security
# sources are its country's ("Israeli military sources (via Channel 12)"; an international agency adds nothing);
# "بحسب ما علمته X من مصادر" -> "sources (speaking to X)".
CASES_R17 = [
    ("ونقلت القناة 12 الإسرائيلية عن مصادر عسكرية أن الجيش استدعى الاحتياط.",
     [("نقلت", "israeli military sources (via channel 12)", "الجيش استدعى الاحتياط")]),
    ("ونقلت وكالة رويترز عن مصادر أمنية أن الجيش استدعى الاحتياط.",
     [("نقلت", "security sources (via reuters)", "الجيش استدعى الاحتياط")]),
    ("وتجددت المواجهات في الحي، وفق ما علمته الجزيرة نت من مصادر ميدانية.",
     [("وفق", "field sources (speaking to al jazeera net)", "تجددت المواجهات في الحي")]),
]


@pytest.mark.parametrize("body,expected", CASES_R17)
def test_general_attributions_round17(gaz, body, expected):
    test_general_attributions_round11(gaz, body, expected)


# Round 18 (generalisation probes written for the table; no gold set changes): the إن inside a quoted outlet's
# name ('لشبكة "سي إن إن" بأن') is no complementiser; a spokesperson the gazetteer lacks right after the body
# ("المتحدثة باسم مفوضية اللاجئين أولغا سارادو") is the speaker; "one of" a group of people (أحد النازحين); an
# office's head noun already in its body's name is not repeated ("مدير مستشفى X" -> "X Hospital director"); a
# body's alternative name is not put inside a role phrase.
CASES_R18 = [
    ("وقال مسؤول أمريكي لشبكة \"سي إن إن\" إن واشنطن تدرس الخيارات.",
     [("قال", "a us official (speaking to cnn)", "واشنطن تدرس الخيارات")]),
    ("وقالت المتحدثة باسم مفوضية اللاجئين أولغا سارادو إن أعداد الفارين تتزايد.",
     [("قالت", None, "أعداد الفارين تتزايد")]),
    ("وقال أحد النازحين لـ\"العربي الجديد\" إن المخيم يفتقر إلى المياه.",
     [("قال", "a displaced person (speaking to al-araby al-jadeed)", "المخيم يفتقر إلى المياه")]),
    ("وقال المتحدث باسم الجيش الإسرائيلي إن العملية مستمرة.", [("قال", "israeli army spokesman", "العملية مستمرة")]),
]


@pytest.mark.parametrize("body,expected", CASES_R18)
def test_general_attributions_round18(gaz, body, expected):
    test_general_attributions_round11(gaz, body, expected)
    for a in attrs(gaz, body):
        assert "spokesperson" not in (a.speaker_en or "") or "باسم مفوضية" not in body


def test_office_head_not_repeated(gaz):
    got = attrs(gaz, "وأوضح مدير مستشفى الأقصى في دير البلح أن المستشفى خرج عن الخدمة.")
    assert len(got) == 1 and got[0].speaker_en.endswith("Hospital director")
    assert "hospital hospital" not in got[0].speaker_en.lower()


# Round 19 (probes written for the table): offices without a name (الرئيس + nationality, the UN
# Secretary-General); with a name, the person.
CASES_R19 = [
    ("وكتب الرئيس الأمريكي على منصة تروث سوشيال أن الاتفاق قريب.", [("كتب", "us president", "الاتفاق قريب")]),
    ("وأعرب الأمين العام للأمم المتحدة عن قلقه البالغ إزاء التصعيد.",
     [("أعرب", "un secretary-general", "قلقه البالغ إزاء التصعيد")]),
    ("وقال الرئيس السوري بشار الأسد إن الحرب انتهت. وأضاف الرئيس أن إعادة الإعمار ستبدأ.",
     [("قال", "bashar al-assad", "الحرب انتهت"), ("أضاف", "bashar al-assad", "إعادة الإعمار ستبدأ")]),
]


@pytest.mark.parametrize("body,expected", CASES_R19)
def test_general_attributions_round19(gaz, body, expected):
    test_general_attributions_round11(gaz, body, expected)


def _reporting_words() -> list[str]:
    """The reporting lexicon's own words and phrases, for fragments that reach the frames' rarer branches."""
    from pathlib import Path

    from generator.yamlio import load_yaml

    out: set[str] = set()

    def walk(x: object) -> None:
        if isinstance(x, str):
            out.add(x)
        elif isinstance(x, dict):
            for k, v in x.items():
                walk(k) if isinstance(k, str) else None
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    walk(load_yaml((Path(__file__).resolve().parents[1] / "generator" / "data" / "reporting.yaml").read_text("utf-8")))
    return sorted(w for w in out if 0 < len(w) < 40 and not w.isascii())


_FRAGMENTS = _reporting_words() + ["إن", "أن", "،", ".", ":", "\"", "«", "»", "(", ")", "-", "\n", "الجيش", "وزارة",
                                   "الصحة", "مصادر", "محلية", "لـ", "الجزيرة", "رويترز", "قوله", "3", "أمس"]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(_FRAGMENTS), st.sampled_from([" ", " ", "", "  "])), max_size=30))
def test_reporting_fragments_never_crash(gaz, words):
    """Fragments of the reporting lexicon in random order: extract_attributions is called directly (analyse()
    catches a failure per fact type, which would hide it); spans must hold."""
    body = "".join(w + sep for w, sep in words)
    attrs(gaz, body)


# Round 20: a capital speaking is its state, credited by the country's name (as the sets credit Israel, Spain, Iran).
CASES_R20 = [
    ("وقالت طهران إن الرد سيكون حاسما.", [("قالت", "iran", "الرد سيكون حاسما")]),
    ("وكانت أنقرة قد أغلقت مجالها الجوي، متهمة الحزب بالتغلغل في المطار.",
     [("متهمة", "turkey", "الحزب بالتغلغل في المطار")]),
]


@pytest.mark.parametrize("body,expected", CASES_R20)
def test_general_attributions_round20(gaz, body, expected):
    test_general_attributions_round11(gaz, body, expected)


# Round 21: a time clause ("بعد أن", "قبل أن") is neither the complement of a verbal-noun report nor part of the
# speaker: the verbal noun before it is the content, which runs on to the clause end (the sets' convention).
CASES_R21 = [
    ("وأعلنت الحماية المدنية وفاة شاب في العشرينات، بعد أن جرفته مياه الوادي ليلا.",
     [("أعلنت", "civil protection", "وفاة شاب في العشرينات، بعد أن جرفته مياه الوادي ليلا")]),
    ("وأعلن الحرس الوطني انتشال ثلاث جثث قبل أن يعلق عمليات البحث بسبب الأحوال الجوية.",
     [("أعلن", None, "انتشال ثلاث جثث قبل أن يعلق عمليات البحث بسبب الأحوال الجوية")]),
    ("وقال وزير النقل الأردني بعد أن تفقد موقع الحادث إن الطريق سيغلق أسبوعا.",
     [("قال", "jordanian transport minister", "الطريق سيغلق أسبوعا")]),
    # unnamed sources in the gold's phrasing: their field, whom they are close to (a pronoun refers back to the
    # person the clause names by a role), where they are or come from (a countryside with its direction, a part of
    # a country, a camp named before), Western/Arab/European qualifiers, proper names without "the"
    ("وقال مصدر قضائي لصحيفة الأخبار إن الملف أحيل إلى النيابة.",
     [("قال", "a judicial source (speaking to al-akhbar)", "الملف أحيل إلى النيابة")]),
    ("وقالت مصادر مقربة من الحكومة إن التعديل الوزاري تأجل.",
     [("قالت", "sources close to the government", "التعديل الوزاري تأجل")]),
    ("واعتقل الجيش الرئيس محمد بازوم في القصر. ولم يظهر الرئيس المعزول منذ أسبوع، وفق مقربين منه.",
     [("وفق", "people close to mohamed bazoum", "لم يظهر الرئيس المعزول منذ أسبوع")]),
    ("وقال ناشطون في ريف حماة الشمالي إن الطائرات استهدفت سوقا شعبيا.",
     [("قال", "activists in the northern hama countryside", "الطائرات استهدفت سوقا شعبيا")]),
    ("وأشارت مصادر أهلية من الريف الغربي إلى انفجار عبوة ناسفة.",
     [("أشارت", "local sources from the western countryside", "انفجار عبوة ناسفة")]),
    ("وقالت مصادر محلية في جنوب لبنان إن المسيرة استهدفت دراجة نارية.",
     [("قالت", "local sources in southern lebanon", "المسيرة استهدفت دراجة نارية")]),
    ("وداهمت القوات مخيم جنين فجرا. وقال ناشطون في المخيم إن الجرافات دمرت الشوارع.",
     [("قال", "activists in jenin refugee camp", "الجرافات دمرت الشوارع")]),
    ("وقال مصدر دبلوماسي غربي إن المفاوضات دخلت مرحلة حاسمة.",
     [("قال", "a western diplomatic source", "المفاوضات دخلت مرحلة حاسمة")]),
    ("وقال مسؤول أوروبي إن بروكسل ستفرج عن الأموال.", [("قال", "a european official", "بروكسل ستفرج عن الأموال")]),
    ("وقال مصدر في حركة حماس إن الوفد يصل القاهرة غدا.", [("قال", "source in hamas", "الوفد يصل القاهرة غدا")]),
    ("وقال ضابط في الجيش اللبناني إن الدورية تعرضت لإطلاق نار.",
     [("قال", "lebanese army officer", "الدورية تعرضت لإطلاق نار")]),
    ("وقال ذوو المفقودين إن أحدا لم يبلغهم بمصير أبنائهم.",
     [("قال", "relatives of the missing", "أحدا لم يبلغهم بمصير أبنائهم")]),
    ("وقال عمال إنقاذ إن فرص العثور على ناجين تتضاءل.",
     [("قال", "rescue workers", "فرص العثور على ناجين تتضاءل")]),
]


@pytest.mark.parametrize("body,expected", CASES_R21)
def test_general_attributions_round21(gaz, body, expected):
    """(verb, lower-case English speaker or None when only the span is checked, content) in order."""
    got = [(a.verb, (a.speaker_en or "").lower(), a.text) for a in attrs(gaz, body)]
    assert len(got) == len(expected), got
    for (v, sp, t), (ev, esp, et) in zip(got, expected):
        assert (v, t) == (ev, et)
        assert esp is None or sp == esp, (sp, esp)


# a spokesperson of a body the gazetteer lacks (the person named after it, else the body's
# spokesperson); whose a team or a source is ("تابع لـ"); the sentence's subject speaks for a later
# "وقال"/"وشدد" that names none
CASES_R22 = [
    ("وقال متحدث باسم الشرطة إن التحقيق جار.", [("قال", "a police spokesman", "التحقيق جار")]),
    ('وقال فريق إنقاذ تابع لـ"آفاد" إن ثلاثة ناجين انتشلوا من تحت الأنقاض.',
     [("قال", "afad rescue team", "ثلاثة ناجين انتشلوا من تحت الأنقاض")]),
    ("وقال مصدر طبي تابع لوزارة الصحة إن عدد القتلى ارتفع.",
     [("قال", "medical source at the ministry of health", "عدد القتلى ارتفع")]),
    ("وتفقد وزير الصحة الأردني المستشفى، وقال إن الجرحى بحالة مستقرة.",
     [("قال", "jordanian health minister", "الجرحى بحالة مستقرة")]),
    ("واستقبل الرئيس عبد الفتاح السيسي وزير الخارجية الأمريكي، وشدد على أن الحل السياسي هو الطريق.",
     [("شدد", "abdel fattah el-sisi", "الحل السياسي هو الطريق")]),
]


@pytest.mark.parametrize("body,expected", CASES_R22)
def test_general_attributions_round22(gaz, body, expected):
    test_general_attributions_round21(gaz, body, expected)


# Round 23: a head named by the body it belongs to (general staff, commander-in-chief, headquarters,
# delegation, military administration of the capital), in English order
CASES_R23 = [
    ("وأعلن القائد العام للقوات المسلحة سحب الوحدات من المدينة.",
     [("أعلن", "commander-in-chief of the armed forces", "سحب الوحدات من المدينة")]),
    ("وقالت هيئة الأركان العامة للقوات المسلحة المالية إن الوضع تحت السيطرة.",
     [("قالت", "malian armed forces general staff", "الوضع تحت السيطرة")]),
    ("وقالت رئاسة الأركان العامة للجيش التشادي في بيان إن الهجوم أُحبط.",
     [("قالت", "chadian army general staff", "الهجوم أُحبط")]),
    ("وكانت مندوبية الحكومة الإسبانية في مليلية قد أكدت وفاة شاب.",
     [("أكدت", "spanish government delegation in melilla", "وفاة شاب")]),
    ("وأوضح مقر الدفاع الجوي في طهران أن الأضرار كانت محدودة.",
     [("أوضح", None, "الأضرار كانت محدودة")]),
    ("وتعرضت خاركيف وأوديسا لقصف ليلي. وقالت الإدارة العسكرية للعاصمة إن الدفاعات اعترضت جميع المسيرات.",
     [("قالت", "kyiv military administration", "الدفاعات اعترضت جميع المسيرات")]),
    ("وذكر مراسل الجزيرة في حمص أن القصف تواصل حتى الفجر.",
     [("ذكر", "al jazeera correspondent", "القصف تواصل حتى الفجر")]),
    # a person named after the head speaks
    ("وقال القائد العام للقوات المسلحة مصطفى الكاظمي إن التحقيق بدأ.",
     [("قال", "mustafa al-kadhimi", "التحقيق بدأ")]),
    # a ministry named with its country's adjective, in English order
    ("وقالت وزارة الصحة السودانية إن المستشفيات خرجت عن الخدمة.",
     [("قالت", "sudanese ministry of health", "المستشفيات خرجت عن الخدمة")]),
    # a place of two words called by its last word, as the article names it in full elsewhere; the body named by
    # its head alone later is that body
    ("وسيطرت القوات على مدينة ود مدني الشهر الماضي. وقالت لجان مقاومة مدني في بيان إن المسلحين هاجموا القرية. "
     "وكانت لجان المقاومة قد حذرت من حشود حول القرية.",
     [("قالت", "wad madani resistance committees", "المسلحين هاجموا القرية"),
      ("حذرت", "wad madani resistance committees", "حشود حول القرية")]),
    ("وقالت غرفة طوارئ الفاشر إن المستشفى خرج عن الخدمة. وأضافت غرفة الطوارئ أن الجرحى بلا علاج.",
     [("قالت", "el fasher emergency room", "المستشفى خرج عن الخدمة"),
      ("أضافت", "el fasher emergency room", "الجرحى بلا علاج")]),
    # a back-reference to the body named by a short name earlier in the sentence, whose full name has that head
    ("ونقلت وكالة الصحافة الفرنسية عن مصدر طبي أن القصف استمر. وتضررت 40 مدرسة تابعة للأونروا، وفق بيانات الوكالة.",
     [("نقلت", "a medical source (via agence france-presse)", "القصف استمر"),
      ("وفق", "unrwa", "تضررت 40 مدرسة تابعة للأونروا")]),
    # a relative of the person named before, by a kin noun with a pronoun (siblings share the family name)
    ("وشيّع الأهالي جثمان الجندي حيدر عبد الأمير. وقال شقيقه علي لوكالة الأنباء: \"كان ينتظر إجازته\".",
     [("قال", "ali abdul-amir (brother of haidar abdul-amir)", "كان ينتظر إجازته")]),
    ("وقتل الشاب محمود الخطيب برصاص قناص. وقالت والدته إن ابنها كان ذاهبا إلى عمله.",
     [("قالت", "mother of mahmoud al-khatib", "ابنها كان ذاهبا إلى عمله")]),
    # a definite group is the group the article named more precisely before
    ("ودخل إضراب سائقي الشاحنات يومه العاشر. وارتفع سعر الوقود، وهو ما يقول السائقون إنه يلتهم الأجرة.",
     [("يقول", "truck drivers", "إنه يلتهم الأجرة")]),
    ("وقال السكان إن المياه غمرت الشوارع.", [("قال", "residents", "المياه غمرت الشوارع")]),
    # a name as English puts it before a noun
    ("واتهم مسؤولون في الأمم المتحدة التحالف بعرقلة وصول الوقود.",
     [("اتهم", "un officials", "التحالف بعرقلة وصول الوقود")]),
    ("وقال متحدث باسم الأمم المتحدة إن القوافل توقفت.", [("قال", "un spokesman", "القوافل توقفت")]),
    # an office named again without its qualifier is the office holder quoted before (the latest)
    ("وقال رئيس بلدية بنت جبيل إن القصف طال منازل. وتابع رئيس البلدية أن الأهالي نزحوا.",
     [("قال", "mayor of bint jbeil", "القصف طال منازل"), ("تابع", "mayor of bint jbeil", "الأهالي نزحوا")]),
    ("وقال وزير الخارجية الأمريكي إن واشنطن قلقة. وقال وزير الخارجية الإيراني إن طهران سترد. "
     "وأضاف وزير الخارجية أن بلاده لن تتراجع.",
     [("قال", None, "واشنطن قلقة"), ("قال", "iranian foreign minister", "طهران سترد"),
      ("أضاف", "iranian foreign minister", "بلاده لن تتراجع")]),
    ("وقال رئيس البلدية إن الأهالي نزحوا.", [("قال", "mayor", "الأهالي نزحوا")]),
    # an estimate of a count or a size is the content of قدّر
    ("ويقدر البنك الدولي حجم الخسائر بنحو 5 مليارات دولار.",
     [("يقدر", "world bank", "حجم الخسائر بنحو 5 مليارات دولار")]),
    ("وتقدر الأمم المتحدة أعداد النازحين بأكثر من مليون شخص.",
     [("تقدر", "united nations", "أعداد النازحين بأكثر من مليون شخص")]),
    # a new paragraph that opens with a subjectless reporting verb continues the speaker who ends the paragraph
    # before; one that opens otherwise breaks the chain
    ("وقال وزير الصحة الأردني فراس الهواري إن المستشفيات جاهزة.\n\nوأضاف أن الطواقم تعمل على مدار الساعة.",
     [("قال", "firas hawari", "المستشفيات جاهزة"), ("أضاف", "firas hawari", "الطواقم تعمل على مدار الساعة")]),
    ("وقال الناطق باسم الحكومة إن الاجتماع انتهى.\n\nوتشهد المدينة توترا.\n\nوأكد أن القرار سيصدر غدا.",
     [("قال", "government spokesman", "الاجتماع انتهى")]),
    # unnamed sources with their number
    ("ونقلت رويترز عن ثلاثة مسؤولين أمنيين عراقيين قولهم إن الهجوم نفذ بطائرة مسيرة.",
     [("نقلت", "three iraqi security officials (via reuters)", "الهجوم نفذ بطائرة مسيرة")]),
    ("وقال عدد من الشهود لوكالة الأناضول إن الدبابات دخلت البلدة.",
     [("قال", "several witnesses (speaking to anadolu agency)", "الدبابات دخلت البلدة")]),
    ("وقال ثلاثة من السكان إن المياه غمرت منازلهم.", [("قال", "three residents", "المياه غمرت منازلهم")]),
    # a marker inside a verb's subject relays the verb's statement: one attribution, not two
    ("وقالت وكالة الأنباء الرسمية نقلا عن وزارة الداخلية إن خمسة أشخاص اعتقلوا.",
     [("قالت", None, "خمسة أشخاص اعتقلوا")]),
    # a deputy of an office; an outlet's own sources
    ("وقال نائب رئيس الوزراء العراقي إن الحكومة ستعوض المتضررين.",
     [("قال", "iraqi deputy prime minister", "الحكومة ستعوض المتضررين")]),
    ("وقال نائب وزير الخارجية الروسي إن موسكو مستعدة للحوار.",
     [("قال", "russian deputy foreign minister", "موسكو مستعدة للحوار")]),
    ("ونقلت قناة العربية عن مصادرها أن الوفد سيصل غدا.",
     [("نقلت", "its sources (via al arabiya)", "الوفد سيصل غدا")]),
    ("وشردت الحرب أكثر من تسعة ملايين شخص، بحسب تقديرات أممية.",
     [("بحسب", "united nations", "شردت الحرب أكثر من تسعة ملايين شخص")]),
    # a member, an adviser, a military spokesperson of a body or an office; the person named after them speaks
    ("وقال عضو في المكتب السياسي لحركة حماس إن المفاوضات متوقفة.",
     [("قال", "hamas political bureau member", "المفاوضات متوقفة")]),
    ("وقال المستشار الإعلامي لرئيس الوزراء إن الحكومة ستعقد اجتماعا.",
     [("قال", "media adviser to the prime minister", "الحكومة ستعقد اجتماعا")]),
    ("وقال مستشار رئيس الوزراء العراقي إن بغداد ترفض التدخل.",
     [("قال", "adviser to the iraqi prime minister", "بغداد ترفض التدخل")]),
    ("وقال الناطق العسكري باسم الحوثيين إن القوات استهدفت سفينة.",
     [("قال", "houthi military spokesman", "القوات استهدفت سفينة")]),
    ("وأعلن الناطق العسكري باسم كتائب القسام أبو عبيدة أن المقاتلين دمروا دبابة.",
     [("أعلن", "abu obaida", "المقاتلين دمروا دبابة")]),
    # a director-general of a body; a military commander; a body's noun is no part of a person's name
    ("وقال مدير عام الدفاع المدني إن الفرق انتشلت جثثا.",
     [("قال", "director-general of the civil defence", "الفرق انتشلت جثثا")]),
    ("وقال قائد عسكري في الجيش الوطني إن القوات تقدمت.", [("قال", None, "القوات تقدمت")]),
    ("وقال أمين عام اتحاد النقابات إن الإضراب مستمر.", [("قال", "", "الإضراب مستمر")]),
    ("وقال رئيس هيئة الأركان الإسرائيلي إن الحرب ستطول.", [("قال", "israeli chief of staff", "الحرب ستطول")]),
    ("وقال وزير الدولة لشؤون الإعلام إن الحكومة ترفض.", [("قال", "minister of state", "الحكومة ترفض")]),
    # a government inside a phrase by its country's adjective
    ("وقالت مصادر في الحكومة اليمنية إن المفاوضات تعثرت.",
     [("قالت", "sources in the yemeni government", "المفاوضات تعثرت")]),
    ("وقال مصدر مقرب من الحكومة التونسية إن القرار نهائي.",
     [("قال", "a source close to the tunisian government", "القرار نهائي")]),
    # an MP (نائب alone, with a nationality or في/عن) and a deputy (نائب before an office or a head)
    ("وقال نائب عراقي إن الجلسة تأجلت.", [("قال", "an iraqi mp", "الجلسة تأجلت")]),
    ("وقال نائب عن محافظة البصرة إن المياه ملوثة.", [("قال", "an mp for basra", "المياه ملوثة")]),
    ("وقال نائب القائد العام للقوات المسلحة إن القوات جاهزة.",
     [("قال", "deputy commander-in-chief of the armed forces", "القوات جاهزة")]),
    ("وطالبت عائلات الأسرى الحكومة بإبرام صفقة.", [("طالبت", "prisoners' families", "الحكومة بإبرام صفقة")]),
    # a definite back-reference with no antecedent in the article: its English, not the Arabic
    ("وأصدرت الوزارة بيانا قالت فيه إن الوضع مستقر.", [("قالت", "the ministry", "الوضع مستقر")]),
    ("وقال المصدر ذاته إن الحصيلة مرشحة للارتفاع.", [("قال", "the source", "الحصيلة مرشحة للارتفاع")]),
    # Maghreb offices: wali, delegate, governor of a province, head of a municipal council
    ("وأكد والي ولاية بجاية أن الحرائق أخمدت.", [("أكد", "wali of bejaia", "الحرائق أخمدت")]),
    ("وقال عامل إقليم الحوز إن فرق الإنقاذ تواصل عملها.", [("قال", "governor of al haouz", "فرق الإنقاذ تواصل عملها")]),
    ("وصرح رئيس المجلس البلدي لمدينة صفاقس بأن الشوارع غمرت.", [("صرح", "mayor of sfax", "الشوارع غمرت")]),
    # Iraqi local offices and members of a council
    ("وقال قائممقام قضاء سنجار إن العائلات عادت.", [("قال", "sinjar district mayor", "العائلات عادت")]),
    ("وقال مدير ناحية الشرقاط إن المسلحين انسحبوا.", [("قال", "shirqat subdistrict director", "المسلحين انسحبوا")]),
    ("وقال مختار القرية إن السكان نزحوا.", [("قال", "village mukhtar", "السكان نزحوا")]),
    ("وقال عضو مجلس محافظة نينوى إن الخدمات معدومة.",
     [("قال", "nineveh provincial council member", "الخدمات معدومة")]),
    # one of a group: no romanised "name" of it; an official of a body
    ("وقال أحد قادة المقاومة الشعبية إن المقاتلين صدوا الهجوم.", [("قال", "", "المقاتلين صدوا الهجوم")]),
    ("وقال أحد المسؤولين في الهلال الأحمر الليبي إن المساعدات وصلت.",
     [("قال", "libyan red crescent official", "المساعدات وصلت")]),
    # unnamed individuals by their trade; ambassadors and coordinators
    ("وقال سائق شاحنة إن الطريق مقطوع.", [("قال", "a truck driver", "الطريق مقطوع")]),
    ("وقالت معلمة من الحي إن المدارس مغلقة.", [("قالت", "a teacher", "المدارس مغلقة")]),
    ("وقال السفير الأمريكي في بغداد إن واشنطن تدعم الحكومة.", [("قال", "us ambassador", "واشنطن تدعم الحكومة")]),
    ("وقال رئيس اتحاد الصيادين إن القوارب غرقت.", [("قال", "", "القوارب غرقت")]),
    # what was not said ("دون أن تعلن ...") is no attribution
    ("وقصفت طائرات مواقع في الريف، دون أن تعلن عمّان رسمياً مسؤوليتها عن الضربة.", []),
]


@pytest.mark.parametrize("body,expected", CASES_R23)
def test_general_attributions_round23(gaz, body, expected):
    test_general_attributions_round21(gaz, body, expected)


# Round 24: views and counts on record (يرى, أحصى), verbal nouns of shelter, closures and delays, threats and
# blame appended to a statement, reports, papers and estimates named by their origin, the saying verb between
# ما and the source of a marker, a thing "it called so" with its object pronoun
CASES_R24 = [
    ("ويرى محللون أن الحكومة تتجنب المواجهة مع المحتجين.",
     [("يرى", "analysts", "الحكومة تتجنب المواجهة مع المحتجين")]),
    ("وأحصى المرصد مقتل 40 شخصا منذ بدء الاشتباكات.", [("أحصى", None, "مقتل 40 شخصا منذ بدء الاشتباكات")]),
    ("وأعلن الدفاع المدني إيواء 300 عائلة في المدارس.", [("أعلن", None, "إيواء 300 عائلة في المدارس")]),
    ("وأعلنت جمعية المصارف إقفال الفروع ثلاثة أيام.", [("أعلنت", None, "إقفال الفروع ثلاثة أيام")]),
    ("وأعلن مطار القاهرة الدولي تأخير عدد من الرحلات بسبب العاصفة.",
     [("أعلن", None, "تأخير عدد من الرحلات بسبب العاصفة")]),
    ("وقال وزير الداخلية إن الوضع خطير، متوعدا بملاحقة المتورطين.",
     [("قال", "interior minister", "الوضع خطير"), ("متوعدا", "interior minister", "ملاحقة المتورطين")]),
    ("وقال رئيس الحزب إن الهجوم مدان، محملا الحكومة مسؤولية التقصير.",
     [("قال", None, "الهجوم مدان")]),
    ("وتحدثت تقارير غربية عن تهريب الأسلحة عبر الحدود.", [("تحدثت", "western reports", "تهريب الأسلحة عبر الحدود")]),
    ("ووصفتها صحف عبرية بأنها ضربة موجعة.", [("وصفتها", "hebrew-language newspapers", "أنها ضربة موجعة")]),
    ("ويشهد السد تراجعا حادا في منسوبه بحسب تقديرات محلية.",
     [("بحسب", "local estimates", "يشهد السد تراجعا حادا في منسوبه")]),
    ("ووقع الانفجار في الطابق الثالث، وفق ما يقوله سكان الحي.",
     [("وفق", "residents", "وقع الانفجار في الطابق الثالث")]),
    ("وهو ما اعتبرته المعارضة \"انقلابا على الدستور\".", [("اعتبرته", "opposition", "انقلابا على الدستور")]),
    # pronoun subjects: an adverb with a pronoun is when, not who; "لكنه" is the speaker just quoted
    ("من جهته، ترأس وزير الداخلية بسام المولوي اجتماعا طارئا، أكد بعده أن \"القانون فوق الجميع\". "
     "لكنه أقر بأن \"المودعين أصحاب حق\".",
     [("أكد", "bassam al-mawlawi", "القانون فوق الجميع"), ("أقر", "bassam al-mawlawi", "المودعين أصحاب حق")]),
    # a title and its body, then a person the gazetteer lacks, before a warning or a demand
    ("من جانبه، حذر عضو لجنة الزراعة والمياه النيابية ثائر الجبوري من أن \"الصيف سيكون الأقسى\".",
     [("حذر", "thaer al-jubouri", "الصيف سيكون الأقسى")]),
    ("وطالب رئيس بلدية المدينة سمير العلي الحكومة بإرسال المساعدات.",
     [("طالب", "samir al-ali", "الحكومة بإرسال المساعدات")]),
    # a role described first, then the person between commas; a name that begins with ف is no conjunction
    ("في المقابل، نفى المستشار الإعلامي لقائد الدعم السريع، الباشا طبيق، استهداف المستشفى، "
     "واتهم الجيش والحركات المسلحة المتحالفة معه باتخاذ المنشآت دروعا.",
     [("نفى", "al-basha tubaiq", "استهداف المستشفى"),
      ("اتهم", "al-basha tubaiq", "الجيش والحركات المسلحة المتحالفة معه باتخاذ المنشآت دروعا")]),
    ("وقال مدير المركز الإعلامي لـ\"قسد\"، فرهاد شامي، لعنب بلدي، إن الطائرات التركية نفذت 30 ضربة.",
     [("قال", "farhad shami", "الطائرات التركية نفذت 30 ضربة")]),
    ("وقال المتحدث باسم الجيش، العميد يحيى رسول، إن القوات تقدمت.", [("قال", "yahya rasool", "القوات تقدمت")]),
    # the name first, the description after it: the name speaks
    ("وفي السوق، قال الحاج سيد عبدالعال، بائع طماطم، لـ«المصري اليوم»: «الأسعار نار».",
     [("قال", "sayed abdulaal", "الأسعار نار")]),
    # a person named in part refers back to the person named in full; a lone given name the entities end early
    ("وأدانت الرئاسة الهجوم، وحمّل الناطق باسمها نبيل أبو ردينة الاحتلال المسؤولية عن \"الإرهاب\". "
     "وأكد أبو ردينة أن \"الجرائم لن تكسر إرادتنا\".",
     [("حمّل", "nabil abu rudeineh", "الاحتلال المسؤولية عن \"الإرهاب\""),
      ("أكد", "nabil abu rudeineh", "الجرائم لن تكسر إرادتنا")]),
    ("وقال محمود عبد الرحيم، أحد أهالي القرية، لـ\"اليوم السابع\": \"كنا في الحقل\". وأضاف عبد الرحيم أن الأهالي تبرعوا بالدم.",
     [("قال", "mahmoud abdel rahim", "كنا في الحقل"), ("أضاف", "mahmoud abdel rahim", "الأهالي تبرعوا بالدم")]),
    ("وقال المتحدث باسم الوزارة خالد شمال، في تصريح للمدى، إن \"الإيرادات لا تشكل سوى 35%\".",
     [("قال", "khaled shamal", "الإيرادات لا تشكل سوى 35%")]),
    # an outlet the entities lack after the speaker's name is whom it was said to; a kunya keeps its name
    ("وقالت المحامية سعاد الهادي لنواة إن الحكم جائر.", [("قالت", "souad al-hadi", "الحكم جائر")]),
    ("وروت أم علي، وهي من سكان المبنى المجاور، ما جرى: \"كنا على الشرفة\".", [("روت", "umm ali", "كنا على الشرفة")]),
    # a marker opening the sentence: the source up to the comma (a body the entities end early or lack), or
    # up to ", فقد"; the content after it
    ("ووفق معطيات هيئة رصد الانتهاكات، نفذت القوات أكثر من 300 مداهمة منذ مطلع العام.",
     [("وفق", None, "نفذت القوات أكثر من 300 مداهمة منذ مطلع العام")]),
    ("وبحسب الحصيلة الأخيرة التي أعلنتها وزارة الصحة، فقد ارتفع عدد القتلى إلى 12.",
     [("بحسب", None, "ارتفع عدد القتلى إلى 12")]),
    # ", على أن" is a condition, not the verb's complementiser: the verbal noun is the content
    ("وأعلنت مديرية التربية في المحافظة تعليق الدوام في المدارس يوم الأحد، على أن يستأنف الاثنين.",
     [("أعلنت", None, "تعليق الدوام في المدارس يوم الأحد، على أن يستأنف الاثنين")]),
    # a channel between the verb and the denied thing ("أي صلة")
    ("وكانت حركة حماس قد نفت، في بيان أصدرته مساء أمس، أي صلة لها بالهجوم.",
     [("نفت", "hamas", "أي صلة لها بالهجوم")]),
    # a marker's clause ends at the comma before a participle; the participle continues its source
    ("وتضررت عشرات المنازل في القرية، بحسب ما قاله مزارع من المنطقة لعنب بلدي، مشيرا إلى أن المياه غمرت الحقول.",
     [("بحسب ما", "a farmer (speaking to enab baladi)", "تضررت عشرات المنازل في القرية"),
      ("مشيرا", "a farmer (speaking to enab baladi)", "المياه غمرت الحقول")]),
    # a platform's quoted name after عبر belongs to the channel; a source described at length
    ("وأعلنت الشرطة في بيان عبر \"فيسبوك\"، أن دورياتها انتشرت في الأحياء.",
     [("أعلنت", None, "دورياتها انتشرت في الأحياء")]),
    ("كشف مسؤول أمني رفيع مطّلع على سير التحقيقات في حادثة انفجار المستودع بالعاصمة لـ\"الشرق الأوسط\"، اليوم "
     "الاثنين، أن الانفجار نجم عن تخزين مواد كيميائية.",
     [("كشف", "a senior security official (speaking to asharq al-awsat)", "الانفجار نجم عن تخزين مواد كيميائية")]),
    # a spokesman named by his office's adjective before the body and his name: the person speaks
    ("وأعلن المركز الوطني للأرصاد عن أمطار غزيرة. وقال المتحدث الرسمي للمركز حسين القحطاني لـ«عكاظ» إن الأمطار "
     "بلغت 179 ملم.", [("قال", "hussein al-qahtani", "الأمطار بلغت 179 ملم")]),
    # "الناطق باسمها": the spokesman of the body named before; the media office of an office, the country's
    ("وتنظر المحكمة الاتحادية العليا في الدعوى. ومن المقرر أن تعقد المحكمة جلسة يوم 24 أيلول الجاري، وفقاً لما "
     "أعلنه الناطق باسمها.", [("وفقاً لما", "federal supreme court spokesman", None)]),
    ("وتصاعد التوتر في كركوك شمالي العراق. وذكر المكتب الإعلامي لرئيس الوزراء في بيان، أن \"القوات ستتعامل بحزم\".",
     [("ذكر", "iraqi prime minister's media office", "القوات ستتعامل بحزم")]),
    # a definite back-reference after لـ: the body named before
    ("واستدعت وزارة الخارجية العراقية السفير الإيراني، وفق بيان للوزارة.",
     [("وفق", "iraqi ministry of foreign affairs", "استدعت وزارة الخارجية العراقية السفير الإيراني")]),
    # a name, then where the person lives: the named place does not speak
    ("وقالت سلمى محمدي، إحدى ساكنات مخيم الزعتري، وهي تبكي: \"احترقت خيمتنا\".",
     [("قالت", "salma mohamady", "احترقت خيمتنا")]),
    # "باسم" after a spokesman is "in the name of", never the given name; a body with no antecedent
    ("ولفت المتحدث باسم البلدية إلى أن المياه غمرت الشوارع.",
     [("لفت", "municipality spokesman", "المياه غمرت الشوارع")]),
    # what is stressed after على; his speech after the speaker is no part of the speaker
    ("وشدد وزير الخارجية المصري على ضرورة وقف إطلاق النار.",
     [("شدد", "egyptian foreign minister", "ضرورة وقف إطلاق النار")]),
    ("وشدد الوزير على أن الحكومة لن تتراجع.", [("شدد", "the minister", "الحكومة لن تتراجع")]),
    ("وختم المتحدث حديثه بالقول إن الحكومة ستعوض المتضررين.",
     [("ختم", "the spokesman", "الحكومة ستعوض المتضررين")]),
    ("ونوّه المكتب إلى أن الطريق مغلق.", [("نوّه", "the office", "الطريق مغلق")]),
    ("وأشارت التقديرات الأولية إلى مقتل 40 شخصا.", [("أشارت", "preliminary estimates", "مقتل 40 شخصا")]),
    # a channel noun inside a body's name is no speech of the speaker ("هيئة قناة السويس")
    ("وقال رئيس هيئة قناة السويس أسامة ربيع الأسبوع الماضي إن إيرادات القناة تراجعت.",
     [("قال", "osama rabie", "إيرادات القناة تراجعت")]),
    # a quotation, then ", وأن ...": a second thing said by the same speaker
    ("وأكد الوزير أن \"الدولة لن تسمح بأخذ الحق باليد\"، وأن القوى الأمنية ستعمل على حماية المصارف.",
     [("أكد", "the minister", "الدولة لن تسمح بأخذ الحق باليد"),
      ("أكد", "the minister", "القوى الأمنية ستعمل على حماية المصارف")]),
    ("وقال المدير إن \"الوضع صعب\"، وأنه سيزور المنطقة غدا.",
     [("قال", "the director", "الوضع صعب"), ("قال", "the director", "أنه سيزور المنطقة غدا")]),
    # what is ruled out, after أي
    ("واستبعدت وزارة الطاقة أي انقطاع للتيار الكهربائي هذا الأسبوع.",
     [("استبعدت", None, "أي انقطاع للتيار الكهربائي هذا الأسبوع")]),
    # the body speaking later is the body, not the spokesman the article introduced with its name
    ("وأوضح الناطق الإعلامي للمديرية العامة للدفاع المدني بمنطقة مكة المكرمة العقيد محمد القرني، أن الفرق باشرت "
     "400 بلاغ. ودعا الدفاع المدني المواطنين إلى الابتعاد عن الأودية.",
     [("أوضح", "mohammed al-qarni", "الفرق باشرت 400 بلاغ"),
      ("دعا", "saudi civil defence", "المواطنين إلى الابتعاد عن الأودية")]),
    # a city's municipality (أمانة) named by its city
    ("وأكدت أمانة جدة أنها دفعت بأكثر من 2500 عامل لسحب المياه.",
     [("أكدت", "jeddah municipality", "أنها دفعت بأكثر من 2500 عامل لسحب المياه")]),
    # "محاميه": the lawyer of the person named before, as kin are named
    ("واعتقلت الشرطة الصحفي أحمد كمال. وقال محاميه إن موكله بريء.",
     [("قال", "lawyer of ahmed kamal", "موكله بريء")]),
]


@pytest.mark.parametrize("body,expected", CASES_R24)
def test_general_attributions_round24(gaz, body, expected):
    """(verb, lower-case English speaker or None, content or None when only the speaker is checked) in order."""
    got = [(a.verb, (a.speaker_en or "").lower(), a.text) for a in attrs(gaz, body)]
    assert len(got) == len(expected), got
    for (v, sp, t), (ev, esp, et) in zip(got, expected):
        assert v == ev and (et is None or t == et), (v, t)
        assert esp is None or sp == esp, (sp, esp)


CASES_R25 = [
    # a dateline (a place, a dash) before a verb-first sentence: the place is no subject
    ("نواكشوط- حذر وزير الصحة الموريتاني من أن الأمطار ستزيد الإصابات.",
     [("حذر", None, "الأمطار ستزيد الإصابات")]),
    ("عمّان - أعلنت مديرية الأمن العام أن الطريق الصحراوي أغلق.",
     [("أعلنت", None, "الطريق الصحراوي أغلق")]),
    # a threat on record: its content after (ب)أن; a threat to act ("توعد بالرد") is none
    ("وتوعد المتحدث باسم الحركة بأن الرد سيكون قاسيا.", [("توعد", None, "الرد سيكون قاسيا")]),
    ("وتوعد الجيش بالرد على الهجوم.", []),
    # an estimate with the masculine past (its shadda or at the clause start)
    ("وقدّر رئيس البلدية الخسائر بنحو مليوني دولار.", [("قدّر", None, "الخسائر بنحو مليوني دولار")]),
    # thanks, when the object is quoted
    ("وشكر رئيس الحكومة في كلمة \"فرق الإنقاذ التي عملت ليلا ونهارا\".",
     [("شكر", None, "فرق الإنقاذ التي عملت ليلا ونهارا")]),
    # a hint, and "contenting himself with saying"
    ("وقال الوزير إن الحوار مستمر، ملمحا إلى أن أطرافا تعرقله.",
     [("قال", "the minister", "الحوار مستمر"), ("ملمحا", "the minister", "أطرافا تعرقله")]),
    ("ورفض المحافظ تحديد موعد للانتخابات، مكتفيا بالقول إنها ستجري قريبا.",
     [("مكتفيا", None, "إنها ستجري قريبا")]),
    # a quoted body's name inside a title before the person: the person is the subject (not the earlier speaker
    # a bare role would point back to)
    ("وقال رئيس الحكومة نجيب ميقاتي إن الحوار ضروري. في المقابل، اتهم رئيس حزب \"الكتائب\" سامي الجميل، في مؤتمر "
     "صحافي، الحكومة بالتقصير.",
     [("قال", "najib mikati", "الحوار ضروري"), ("اتهم", "sami al-gemayel", "الحكومة بالتقصير")]),
    # a relayed source with a quoted name inside it
    ("وقال رئيس الحكومة نجيب ميقاتي إن الحوار ضروري. ونقلت قناة \"الميادين\" عن رئيس حزب \"الكتائب\" سامي الجميل "
     "قوله إن الجلسة لن تنعقد.",
     [("قال", "najib mikati", "الحوار ضروري"), ("نقلت", "sami al-gemayel (via al mayadeen)", "الجلسة لن تنعقد")]),
    # a role, then the name between commas: "فضل" is the given name here, an aside only before what was preferred
    ("وقال مدير المرصد، فضل عبد الله، لوكالة الأناضول، إن الضحايا مدنيون.",
     [("قال", "fadel abdullah", "الضحايا مدنيون")]),
    ("وقال مصدر أمني، فضل عدم الكشف عن اسمه، إن الهجوم وقع فجرا.",
     [("قال", "a security source", "الهجوم وقع فجرا")]),
    # a conjoined call whose first words are whom it calls on: the body that spoke before calls
    ("وأعربت منظمة الصحة العالمية عن قلقها من تفشي المرض، ودعت جميع الأطراف إلى حماية المستشفيات.",
     [("أعربت", "world health organization", "قلقها من تفشي المرض"),
      ("دعت", "world health organization", "جميع الأطراف إلى حماية المستشفيات")]),
    ("وأعربت منظمة الصحة العالمية عن قلقها من تفشي المرض، ودعت الطرفين إلى حماية المستشفيات.",
     [("أعربت", "world health organization", "قلقها من تفشي المرض"),
      ("دعت", "world health organization", "الطرفين إلى حماية المستشفيات")]),
    # a statement (Maghrebi بلاغ) as a marker's document, a channel, and a back-reference to its author
    ("لقي ثلاثة أشخاص مصرعهم في حادث سير بإقليم تازة، وفق ما أفاد به بلاغ للمديرية العامة للأمن الوطني. "
     "وأوضح البلاغ ذاته أن السائق كان في حالة سكر.",
     [("وفق", "general directorate for national security (morocco)", "لقي ثلاثة أشخاص مصرعهم في حادث سير بإقليم تازة"),
      ("أوضح", "general directorate for national security (morocco)", "السائق كان في حالة سكر")]),
    ("أعلنت وزارة الصحة في بلاغ أن الحصيلة ارتفعت إلى 12 وفاة.",
     [("أعلنت", "ministry of health", "الحصيلة ارتفعت إلى 12 وفاة")]),
    # a cause on record (أرجع/عزا X إلى Y); giving back is none
    ("وأرجع وزير الزراعة، في تصريح صحفي، ارتفاع الأسعار إلى موجة الجفاف.",
     [("أرجع", "agriculture minister", "ارتفاع الأسعار إلى موجة الجفاف")]),
    ("وعزا خبراء الفيضانات إلى انسداد قنوات التصريف.", [("عزا", "experts", "الفيضانات إلى انسداد قنوات التصريف")]),
    ("وأرجعت الشرطة الأموال المسروقة.", []),
    # "في تصريح إلى X": whom the statement was made to, then the content; a place's office in the gold's order
    ("وقال رئيس بلدية صيدا، في تصريح إلى \"الوكالة الوطنية للإعلام\"، إن المياه غمرت الأسواق.",
     [("قال", "mayor of sidon", "المياه غمرت الأسواق")]),
    ("وقال محافظ حمص إن الطرق أعيد فتحها.", [("قال", "governor of homs", "الطرق أعيد فتحها")]),
    ("وقال مدير مستشفى الشفاء إن الوقود نفد.", [("قال", "al-shifa hospital director", "الوقود نفد")]),
    # "مصدر تحدث لـX": a relative clause naming whom the source spoke to, inside the subject (no frame of its own);
    # a conjoined accusation with a quoted charge after a bare بـ keeps the speaker
    ("ونفى مصدر أمني تحدث للجزيرة نت وقوع إصابات في صفوف الجنود، مؤكدا أن الوضع تحت السيطرة، واتهم \"الجماعة\" "
     "بـ\"نشر الشائعات\".",
     [("نفى", "a security source (speaking to al jazeera net)", "وقوع إصابات في صفوف الجنود"),
      ("مؤكدا", "a security source (speaking to al jazeera net)", "الوضع تحت السيطرة"),
      ("اتهم", "a security source (speaking to al jazeera net)", '"الجماعة" بـ"نشر الشائعات"')]),
    ("وقالت مصادر محلية تحدثت لوكالة الأناضول إن القصف استمر حتى الفجر.",
     [("قالت", "local sources (speaking to anadolu agency)", "القصف استمر حتى الفجر")]),
    # a clause with no conjunction after a comma ("..., تقول إنها ..."): the sentence's subject says it
    ("وتنفذ القوات الروسية منذ أشهر ضربات على محطات الطاقة، تقول إنها تستهدف منشآت عسكرية.",
     [("تقول", "russian forces", "إنها تستهدف منشآت عسكرية")]),
    # a lone given name names the person introduced in full before; "وهي تشير إلى ...": what she does while
    # speaking, no statement of its own
    ("وفي مخيم الزعتري، تجلس فاطمة محمود العلي (40 عاماً) أمام خيمتها. وتقول فاطمة \"لم يبق لنا شيء\"، وتضيف "
     "وهي تشير إلى الركام \"هنا كان بيتي\".",
     [("تقول", "fatima mahmoud al-ali", "لم يبق لنا شيء"), ("تضيف", "fatima mahmoud al-ali", "هنا كان بيتي")]),
    # a spokeswoman of the body named before, "in reply to a question" no part of her; spokeswoman as the gold writes
    ("وامتنعت الشرطة الإسرائيلية عن التعليق، إذ قالت متحدثة باسمها ردا على سؤال لوكالة رويترز: \"التحقيق جار\".",
     [("قالت", "israeli police spokeswoman", "التحقيق جار")]),
    # a long channel (a press conference, where, after what) between the speaker and the quotation
    ("وقال رئيس الوزراء محمد شياع السوداني، في مؤتمر صحفي عقده مساء أمس في بغداد في ختام اجتماع طارئ لمجلس الوزراء "
     "استمر ثلاث ساعات ناقش خلاله تداعيات الحريق، \"لن نسمح بتكرار هذه المأساة\".",
     [("قال", "mohammed shia al-sudani", "لن نسمح بتكرار هذه المأساة")]),
    # a platform quoted after على inside the channel; a hospital whose place's English already names it
    ("وقال مستشفى الشفاء، في منشور عبر صفحته على \"فيسبوك\"، إنه استقبل جثامين ثلاثة قتلى.",
     [("قال", "al-shifa hospital", "إنه استقبل جثامين ثلاثة قتلى")]),
    # the subject before the verb, only a time after it, then the channel and the verbal noun
    ("وكان رئيس الوزراء نجيب ميقاتي قد أعلن مساء أمس، في تغريدة على \"إكس\"، تعليق عمله السياسي.",
     [("أعلن", "najib mikati", "تعليق عمله السياسي")]),
    # an order issued, announced as a verbal noun
    ("وأعلنت وزارة الداخلية الأردنية صدور مذكرات توقيف بحق ثلاثة مشتبه بهم.",
     [("أعلنت", None, "صدور مذكرات توقيف بحق ثلاثة مشتبه بهم")]),
    # a relay whose saying is followed by the occasion ("قوله، خلال لقاء ...، إن")
    ("ونقلت وكالة الأنباء القطرية عن أمير قطر تميم بن حمد قوله، خلال لقاء مع وفد أمريكي في الدوحة أمس، إن "
     "\"الحل السياسي هو الطريق الوحيد\".",
     [("نقلت", "tamim bin hamad al thani (via qna)", "الحل السياسي هو الطريق الوحيد")]),
    # what an outlet learnt from its sources: they spoke to it; a family learning something reports nothing
    ("وعلمت \"الجزيرة نت\" من مصادر أمنية أن الحدود ستغلق غدا.",
     [("علمت", "security sources (speaking to al jazeera net)", "الحدود ستغلق غدا")]),
    ("وعلمت العائلة من الجيران أن المنزل تضرر.", []),
    # an unnamed head of a body, in the gold sets' order
    ("وقال رئيس الهلال الأحمر المصري إن القوافل جاهزة.", [("قال", "head of the egyptian red crescent", "القوافل جاهزة")]),
]


@pytest.mark.parametrize("body,expected", CASES_R25)
def test_general_attributions_round25(gaz, body, expected):
    """(verb, lower-case English speaker or None, content or None when only the speaker is checked) in order."""
    got = [(a.verb, (a.speaker_en or "").lower(), a.text) for a in attrs(gaz, body)]
    assert len(got) == len(expected), got
    for (v, sp, t), (ev, esp, et) in zip(got, expected):
        assert v == ev and (et is None or t == et), (v, t)
        assert esp is None or sp == esp, (sp, esp)


# round 26: an aside about the subject between it and its verb; engineers, technicians and families as sources
CASES_R26 = [
    # subject first, then an aside ("who asked not to be named"), then the verb: the subject speaks
    ("وتعطلت الكهرباء في الحي، غير أن مصدرا طبيا في المستشفى، فضل عدم الكشف عن هويته، رجح أن يرتفع عدد الضحايا.",
     [("رجح", "a medical source", "يرتفع عدد الضحايا")]),
    ("لكن مسؤولا أمنيا، طلب عدم ذكر اسمه، قال إن الهجوم نفذ بطائرة مسيرة.",
     [("قال", "a security official", "الهجوم نفذ بطائرة مسيرة")]),
    # an aside that is no subject's: the verb after it keeps the subject named before the aside
    ("وأكد الجيش، الذي يسيطر على المدينة، أن المعارك انتهت.", [("أكد", "army", "المعارك انتهت")]),
    # an engineer or a technician at a site speaks without a name
    ("وقال مهندس يعمل في مصفاة الزاوية إن الإنتاج توقف بالكامل.", [("قال", "an engineer", "الإنتاج توقف بالكامل")]),
    ("وأوضح فني في المحطة أن المولد تعطل بسبب الحرارة.", [("أوضح", "a technician", "المولد تعطل بسبب الحرارة")]),
    # families as a group; "other" stays with them, not with what they asked for
    ("فيما طالبت عائلات أخرى السلطات بتعويض عاجل.", [("طالبت", "other families", "السلطات بتعويض عاجل")]),
    ("وقالت عائلات في القرية إن أبناءها ما زالوا تحت الأنقاض.",
     [("قالت", None, "أبناءها ما زالوا تحت الأنقاض")]),
    # "وهو يشير إلى ...": what the speaker does while speaking, after an aside or right after the subject
    ('وفي القرية، قال أبو محمد، وهو مزارع في الستين من عمره، وهو يشير إلى حقله المحروق: "خسرنا كل شيء".',
     [("قال", "abu mohammed", "خسرنا كل شيء")]),
    ('وقال الطبيب وهو يشير إلى الأسرة الفارغة: "لا دواء لدينا".', [("قال", "the doctor", "لا دواء لدينا")]),
    # a bare subject pronoun after a comma: the speaker just quoted goes on
    ("وأشار الوزير إلى أن الحكومة ستدفع التعويضات، وهو يؤكد أن العمل جار.",
     [("أشار", "the minister", "الحكومة ستدفع التعويضات"), ("يؤكد", "the minister", "العمل جار")]),
    # the kind of count is the source: the marker keeps its head noun
    ("وارتفع عدد النازحين إلى خمسة آلاف، وفق إحصاءات غير رسمية.",
     [("وفق", "unofficial statistics", "ارتفع عدد النازحين إلى خمسة آلاف")]),
    ("وبلغت الخسائر مليون دولار، بحسب أرقام رسمية.", [("بحسب", "official figures", "بلغت الخسائر مليون دولار")]),
]


@pytest.mark.parametrize("body,expected", CASES_R26)
def test_general_attributions_round26(gaz, body, expected):
    """(verb, lower-case English speaker or None, content) in order."""
    got = [(a.verb, (a.speaker_en or "").lower(), a.text) for a in attrs(gaz, body)]
    assert len(got) == len(expected), got
    for (v, sp, t), (ev, esp, et) in zip(got, expected):
        assert v == ev and t == et, (v, t)
        assert esp is None or sp == esp, (sp, esp)


# round 27: whom a conjoined call addresses is no new speaker; the officials the press names often
CASES_R27 = [
    # a named body or country before the call's content, after a clause the speaker already spoke
    ('وأدان الناطق باسم الرئاسة نبيل أبو ردينة الاقتحام، محذرا من أن "استمراره سيفجر المنطقة"، '
     "وطالب الإدارة الأمريكية بالتدخل الفوري.",
     [("محذرا", "nabil abu rudeineh", None), ("طالب", "nabil abu rudeineh", None)]),
    ("وقال وزير الخارجية أيمن الصفدي إن الوضع خطير، وطالب مجلس الأمن بتحمل مسؤولياته.",
     [("قال", "ayman safadi", None), ("طالب", "ayman safadi", None)]),
    # people addressed in the plural (-ين) after a conjoined call
    ('وأعلن محافظ ذي قار تعطيل الدوام الرسمي، ودعا المتظاهرين إلى "الحفاظ على سلمية الاحتجاج".',
     [("أعلن", "governor of dhi qar", None), ("دعا", "governor of dhi qar", None)]),
    # a new subject after a pause keeps its own clause
    ("وقال الوزير إن الحصيلة ارتفعت، فيما طالبت الأمم المتحدة بفتح الممرات.",
     [("قال", "the minister", None), ("طالبت", None, None)]),
    # whom it was said to, right after a conjoined verb: the one who spoke before goes on
    ('وتفقد وزير الداخلية موقع الحريق صباح أمس، وقال للصحافيين: "لن نسمح بتكرار ما حدث".',
     [("قال", "interior minister", "لن نسمح بتكرار ما حدث")]),
    # an acting head is a title: the person after it speaks
    ("وقالت القائمة بأعمال رئيسة البعثة الأممية ستيفاني خوري إن الحوار هو الحل.",
     [("قالت", "stephanie koury", "الحوار هو الحل")]),
    ('ودعت القائمة بأعمال رئيسة البعثة ستيفاني خوري الأطراف كافة إلى "الحوار".',
     [("دعت", "stephanie koury", None)]),
    # a relative of "one of" a group is no named person: no romanised name
    ('وقال شقيق أحد الموظفين المحتجزين، طالبا عدم الكشف عن اسمه: "اقتحموا البيت ليلا".',
     [("قال", "", "اقتحموا البيت ليلا")]),
    # officials of the region by their press names
    ("وقال المتحدث باسم الخارجية الإيرانية إسماعيل بقائي إن طهران سترد.", [("قال", "esmaeil baghaei", None)]),
    ("وأكد وزير الداخلية المغربي عبد الوافي لفتيت أن الانتخابات ستجري في موعدها.",
     [("أكد", "abdelouafi laftit", None)]),
]


@pytest.mark.parametrize("body,expected", CASES_R27)
def test_general_attributions_round27(gaz, body, expected):
    """(verb, lower-case English speaker or None, content or None when only the speaker is checked) in order."""
    got = [(a.verb, (a.speaker_en or "").lower(), a.text) for a in attrs(gaz, body)]
    assert len(got) == len(expected), got
    for (v, sp, t), (ev, esp, et) in zip(got, expected):
        assert v == ev and (et is None or t == et), (v, t)
        assert esp is None or sp == esp, (sp, esp)


# Round 28 (sets 20-21's classes): a role named again ("وأكد الوزير") is the person whose appositive held it, not
# the nearer person whose words before the name merely pass over it; a subject and its appositive before a verb
# without a conjunction keep the verb ("X، الباحث في علم المناخ، قال لهسبريس إن": not the outlet); a Maghrebi
# given name with the article is a name ("الطاهر، والد أحد الضحايا").
CASES_R28 = [
    ("وزار المهندس سامي العتيبي، نائب رئيس الوزراء ووزير الداخلية، موقع الانفجار صباح اليوم، يرافقه اللواء خالد "
     "المطيري محافظ المدينة. وأكد الوزير أن التحقيقات جارية.", [("أكد", "sami al-otaibi", None)]),
    ("وتفقدت الدكتورة هالة الزين، وزيرة الصحة، المستشفى أمس، برفقة العميد نبيل حداد قائد الشرطة. وقالت الوزيرة إن "
     "الجرحى بحالة مستقرة.", [("قالت", "hala al-zein", None)]),
    ("وقالت وزيرة الصحة هالة الزين إن المستشفيات مستنفرة. وأضافت الوزيرة أن الأدوية متوفرة.",
     [("قالت", "hala al-zein", None), ("أضافت", "hala al-zein", None)]),
    ("غير أن محمد العلمي، الباحث في علم المناخ، قال لهسبريس إن الكميات كبيرة.",
     [("قال", "mohammed al-elmi", "الكميات كبيرة")]),
    ("وكان سمير الخطيب، المتحدث باسم الدفاع المدني، أكد لقناة الجزيرة أن الفرق تعمل.",
     [("أكد", "samir al-khatib", "الفرق تعمل")]),
    ('وفي صفاقس التونسية، قال الهادي، وهو صاحب مقهى، لإذاعة محلية: "خسرنا كل شيء".', [("قال", "hedi", None)]),
    ("وفي الدار البيضاء، قال المختار بنعلي، أحد التجار، لهسبريس إن المياه غمرت المحلات.",
     [("قال", "mokhtar benali", None)]),
    # the Maghreb's والي is its press's "Wali"; Sudan's is a governor
    ("وأكد والي ولاية تيزي وزو، في تصريح للصحافة، أن لجنة ستشرع في إحصاء الخسائر بالجزائر.",
     [("أكد", "wali of tizi ouzou", None)]),
    ("وقال والي الحوض الشرقي إن الوضع مستقر على الحدود بين موريتانيا ومالي.",
     [("قال", "wali of hodh ech chargui", None)]),
    ("وقال والي ولاية الخرطوم إن المياه انحسرت في السودان.", [("قال", "governor of khartoum", None)]),
    # a rank adjective after an unnamed source: "senior"; an MP's constituency
    ("ونقلت وكالة رويترز عن مصدر أمني لبناني رفيع أن الانفجارات نجمت عن عبوات مزروعة.",
     [("نقلت", "a senior lebanese security source (via reuters)", None)]),
    ("وقال مصدر عسكري كبير إن الهجوم صد.", [("قال", "a senior military source", None)]),
    ("واتهم نائب عن مدينة الزرقاء الحكومة بالتقصير.", [("اتهم", "an mp for zarqa", "الحكومة بالتقصير")]),
    # a person's office named before him speaks; the person a described role serves is not the one named after it
    ("ونفى مكتب رئيس الوزراء الإسرائيلي بنيامين نتنياهو أن يكون الوفد قد غادر الدوحة.",
     [("نفى", "prime minister's office (israel)", None)]),
    ("ونقلت وكالة الأنباء الجزائرية عن مستشار الرئيس تبون، كمال سيدي السعيد، قوله إن الانتخابات ستجري في موعدها.",
     [("نقلت", "kamel sidi al-said (via aps)", None)]),
    # an appositive that names an unnamed source with a kunya the entities lack
    ('وقالت إحدى سكان مخيم جباليا، وتدعى أم خالد، للجزيرة نت: "لم يبق لنا شيء".', [("قالت", "umm khaled", None)]),
    # groups that speak without a body: civil society, travellers, specialists, elders and notables of a place;
    # two joined by و speak together (and the object of an accusing verb begins after both)
    ("وحمّلت فعاليات مدنية بالمدينة البلدية مسؤولية الفيضانات.",
     [("حمّلت", "civil society groups", "البلدية مسؤولية الفيضانات")]),
    ("وقال ركاب لوكالة الأنباء إن الرحلة تأخرت عشر ساعات.", [("قال", None, "الرحلة تأخرت عشر ساعات")]),
    ("في وقت يقدر فيه متخصصون أن إعادة الإعمار ستستغرق سنوات.", [("يقدر", "specialists", None)]),
    ("وأعلن أعيان وحكماء مدينة مصراتة التوصل إلى هدنة بين الطرفين.", [("أعلن", "misrata elders and notables", None)]),
    ("واتهم ناشطون ومنظمات حقوقية قوات الأمن بتعذيب المعتقلين.",
     [("اتهم", "activists and rights groups", "قوات الأمن بتعذيب المعتقلين")]),
    ("فيما نفت المجموعات الإسلامية أي علاقة لها بالاغتيال.", [("نفت", "islamist groups", None)]),
    # the name a speaker asked to be called by
    ('وقالت إحدى النازحات، طلبت الإشارة إليها باسم "منى"، لوكالة الأنباء إن الخيام غرقت.', [("قالت", "mona", None)]),
    # a conjoined describing verb whose words before the content are only its object: the speaker before describes
    ('وقال الوزير إن الوضع خطير، ووصف الهجوم بأنه "عمل جبان".',
     [("قال", "the minister", None), ("وصف", "the minister", "عمل جبان")]),
    ('وقال الوزير إن الوضع خطير، ووصف الرئيس الهجوم بأنه "عمل جبان".',
     [("قال", "the minister", None), ("وصف", "president", "عمل جبان")]),
    ("وطمأنت وزارة الصحة الأهالي بأن المياه صالحة للشرب.", [("طمأنت", None, "المياه صالحة للشرب")]),
    # a title, its body, then a person the gazetteer names: the gazetteer's English, not a romanisation
    ("وقال المدير العام لمنظمة الصحة العالمية تيدروس أدهانوم غيبريسوس إن المستشفى خرج عن الخدمة.",
     [("قال", "tedros adhanom ghebreyesus", None)]),
]


@pytest.mark.parametrize("body,expected", CASES_R28)
def test_general_attributions_round28(gaz, body, expected):
    """(verb, lower-case English speaker or None, content or None when only the speaker is checked) in order."""
    got = [(a.verb, (a.speaker_en or "").lower(), a.text) for a in attrs(gaz, body)]
    assert len(got) == len(expected), got
    for (v, sp, t), (ev, esp, et) in zip(got, expected):
        assert v == ev and (et is None or t == et), (v, t)
        assert esp is None or sp == esp, (sp, esp)


def test_a_statement_named_again_is_not_the_person_before_it(gaz):
    """"وأشار بيان الغرفة إلى ... بمن فيهم أبو بكر البغدادي، كما اتهم البيان التحالف" read Abu Bakr al-Baghdadi as
    the speaker: the role word "البيان" that asks for its antecedent lay in the 'appositive' of the person before
    it. The statement is the body's, named in the sentence before."""
    body = ("وأصدرت قيادة العمليات المشتركة بيانا حول المعارك. وأشار بيان القيادة إلى أن المسلحين فروا بمن فيهم "
            "القيادي سالم الورفلي، كما اتهم البيان جهات خارجية بتسهيل فرارهم.")
    got = [(a.verb, a.speaker, a.text) for a in attrs(gaz, body)]
    accuse = next((g for g in got if g[0] and "اتهم" in g[0]), None)
    assert accuse is not None and "الورفلي" not in (accuse[1] or ""), got


# round 29: the holder of a described role named between commas after its qualifier; a head noun and its quoted
# name; a cable as a channel; a conjoined verb after a "فيما" clause with its own subject
CASES_R29 = [
    # a role, its qualifier, then its holder between commas: the holder speaks (object verb, marker at the end)
    ('وحمّل وزير الداخلية في حكومة الوحدة الوطنية، عماد الطرابلسي، المهربين "المسؤولية الكاملة" عن الغرق.',
     [("حمّل", "emad al-trabelsi", 'المهربين "المسؤولية الكاملة" عن الغرق')]),
    ("وارتفع عدد الضحايا إلى 40 قتيلا، بحسب ما أعلنه وزير الصحة في الحكومة الليبية، عثمان عبد الجليل.",
     [("بحسب ما", "othman abduljalil", None)]),
    # no holder after the comma: the office speaks, the comma ends it
    ("وارتفع عدد الضحايا إلى 40 قتيلا، بحسب ما أعلنه وزير الصحة في الحكومة الليبية، دون تفاصيل أخرى.",
     [("بحسب ما", "health minister", None)]),
    # a head noun, then the quoted name it opens: the named body speaks, the object follows the closing quote
    ('وحمّلت حركة «الجهاد الإسلامي» الاحتلال «المسؤولية الكاملة» عن حياة الأسرى.',
     [("حمّلت", "palestinian islamic jihad", "الاحتلال «المسؤولية الكاملة» عن حياة الأسرى")]),
    # a cable of condolence is how it was said, not who said it
    ('واستقبل الرئيس عبد المجيد تبون السفير، وقال في برقية تعزية إن "الجزائر تقف إلى جانب الشعب الليبي".',
     [("قال", "abdelmadjid tebboune", None)]),
    # a conjoined verb after a "فيما" clause with a subject of its own: that subject, not the speaker before
    ("وقال وزير الخارجية إن الاجتماع كان مثمرا.\n"
     'وزار الوفد المستشفى، فيما التقى الرئيس التركي رجب طيب أردوغان عائلات الضحايا، ووصف الحادث بأنه "مأساة وطنية".',
     [("قال", None, None), ("وصف", "recep tayyip erdogan", None)]),
    # an aside about the speaker after the outlet and the channel, then the content
    ("وقال أحد المصلين لوكالة الأناضول عبر الهاتف، طالبا عدم ذكر اسمه، إن القذيفة سقطت قرب المسجد.",
     [("قال", "a worshipper (speaking to anadolu agency)", "القذيفة سقطت قرب المسجد")]),
    # a family name of two words, or a lone family name fronted by أما, names the person introduced in full
    ("وأكد رئيس الوزراء أحمد عوض بن مبارك أن الحكومة ستدفع الرواتب. واتهم بن مبارك الحوثيين بنهب الإيرادات.",
     [("أكد", "ahmed awad bin mubarak", None), ("اتهم", "ahmed awad bin mubarak", None)]),
    ("وقال رئيس مجلس النواب نبيه بري إن الجلسة مفتوحة. وقال النائب محمد رعد إن الكتلة ستصوت.\n"
     "أما بري فقال للصحافيين: «المطلوب حكومة سريعة».",
     [("قال", "nabih berri", None), ("قال", "mohammad raad", None), ("قال", "nabih berri", None)]),
    # what a correspondent documented; media described by their loyalty
    ("وأفرج عن عشرات المعتقلين من السجن المركزي، بحسب ما وثقه مراسل عنب بلدي.",
     [("بحسب ما", "enab baladi correspondent", None)]),
    ("وأفادت وسائل إعلام معارضة بأن القصف استهدف سوقا شعبيا.", [("أفادت", "opposition media", None)]),
    # a kunya and a family name the entities lack (one that is also a place's name) is romanised, not left Arabic
    ('وروى أبو خليل صبرا، صاحب محل في السوق، لـ"الأخبار": "كنا نايمين وصحينا على الصوت".',
     [("روى", "abu khalil sabra", None)]),
    # a threat's quoted words after its object and بـ; a threat to act with a verbal noun stays no statement
    ('وتوعد الرئيس الإيراني مسعود بزشكيان، في كلمة متلفزة، المعتدين بـ"رد حازم".',
     [("توعد", "masoud pezeshkian", "رد حازم")]),
    ("وتوعد الجيش بالرد على الهجوم في الوقت المناسب.", []),
    # a verb describing an indefinite noun (a relative clause with no pronoun) goes on with the sentence's subject
    ('وتبنت حركة الشباب، في بيان على "تلغرام"، هجمات بعبوات ناسفة قالت إنها استهدفت قوافل عسكرية.',
     [("قالت", "al-shabaab", None)]),
    # armed groups with no name, and the two places they are from
    ("وأعلنت فصائل من حماة وحمص سيطرتها على الطريق الدولي.", [("أعلنت", "factions from hama and homs", None)]),
    ("وقال مسلحون مجهولون في تسجيل مصور إنهم نفذوا الهجوم.", [("قال", "unidentified gunmen", None)]),
    # a marker at the sentence's end with an unnamed source, where it is and the outlet it spoke to; the source
    # named again ("وأوضح المصدر") is the same
    ("وارتفع عدد الغرقى إلى 40، وفق ما أفاد به مصدر في الحماية المدنية لموقع هسبريس.\n"
     "وأوضح المصدر أن البحث متواصل.",
     [("وفق", "a source in the civil protection (speaking to hespress)", None),
      ("أوضح", "a source in the civil protection (speaking to hespress)", "البحث متواصل")]),
    # a body's own officer named by a feminine possessive: the body named before, the role, where
    ('وأعلنت منظمة الصحة العالمية وصول شحنة أدوية. ونقلت المنظمة عن منسقها الطبي في غزة أن "المستشفيات منهكة".',
     [("أعلنت", None, None), ("نقلت", "world health organization medical coordinator in gaza (via world health organization)", None)]),
]


@pytest.mark.parametrize("body,expected", CASES_R29)
def test_general_attributions_round29(gaz, body, expected):
    """(verb, lower-case English speaker or None, content or None when only the speaker is checked) in order."""
    got = [(a.verb, (a.speaker_en or "").lower(), a.text) for a in attrs(gaz, body)]
    assert len(got) == len(expected), got
    for (v, sp, t), (ev, esp, et) in zip(got, expected):
        assert v == ev and (et is None or t == et), (v, t)
        assert esp is None or sp == esp, (sp, esp)


@pytest.mark.parametrize("body,speaker", [
    # the outlet a source speaks to (ل) is not the body the source belongs to: "medical source in Sudan Tribune
    # (speaking to Sudan Tribune)" read a briefing of the user corpus
    ('وقال مصدر طبي بالمستشفى لـ"سودان تربيون" إن ثلاث قذائف سقطت على القسم.', "a medical source (speaking to sudan tribune)"),
    ("وقال مصدر طبي بالمستشفى لوكالة رويترز إن ثلاث قذائف سقطت على القسم.", "a medical source (speaking to reuters)"),
    ("وقالت مصادر بالهلال الأحمر المصري إن الشاحنات عبرت المعبر.", "sources at the egyptian red crescent"),
])
def test_the_outlet_spoken_to_is_not_the_sources_body(gaz, body, speaker):
    got = [(a.speaker_en or "").lower() for a in attrs(gaz, body)]
    assert got == [speaker], got
