"""Number extraction on real-style Arabic news sentences (generator/nlp/numbers.py)."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.nlp.dates import extract_dates
from generator.nlp.normalise import norm, normalise
from generator.nlp.numbers import extract_numbers, parse_cardinal

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GOLD = SHARED / "dev-set" / "seeds_gold.json"


def _run(text: str) -> list:
    nt = normalise(text)
    extract_dates(text, nt, None)  # as analyse() does: dates first, numbers skip their digits
    out = extract_numbers(text, nt)
    for n in out:
        assert text[n.start:n.end] == n.text
    return out


# (sentence, every expected mention as (surface, value, unit, qualifier, role))
CASES = [
    # the seeds' patterns
    ("وقالت مصادر محلية إن أربعة مدنيين -بينهم طفلان وامرأة- قتلوا في قصف جوي على معبر السيال.",
     [("أربعة مدنيين", "4", "people", "exact", "killed"), ("طفلان", "2", "people", "exact", "killed"),
      ("امرأة", "1", "people", "exact", "killed")]),
    ("وأجبرت المعارك نحو 120 ألف شخص على النزوح من المدينة، وفق تقديرات الأمم المتحدة.",
     [("نحو 120 ألف شخص", "120000", "people", "approx", "displaced")]),
    ("أسفرت الضربات عن مقتل 6 مسلحين وتدمير سيارة كانوا يستقلونها.",
     [("6 مسلحين", "6", "people", "exact", "killed"), ("سيارة", "1", "vehicles", "exact", "destroyed")]),
    ("وكانت الأحياء تشكل حوالى 5% من المدينة.", [("حوالى 5%", "5", "percent", "approx", "percent")]),
    ("وقضت وحدات من الجيش على العديد من مسلحي التنظيم.",
     [("العديد من مسلحي التنظيم", None, "people", "vague", "killed")]),
    # earthquake in Turkey and Syria, floods in Derna
    ("أسفر الزلزال عن مقتل أكثر من 50 ألف شخص في تركيا وسوريا.",
     [("أكثر من 50 ألف شخص", "50000", "people", "more than", "killed")]),
    ("وارتفعت حصيلة ضحايا الفيضانات في درنة إلى ١١٣٠٠ قتيل، بحسب الهلال الأحمر الليبي.",
     [("١١٣٠٠ قتيل", "11300", "people", "exact", "killed")]),
    ("وقالت المنظمة الدولية للهجرة إن ما لا يقل عن ٣٠ ألف شخص نزحوا من درنة.",
     [("ما لا يقل عن ٣٠ ألف شخص", "30000", "people", "at least", "displaced")]),
    # (a building collapsed is one thing destroyed, as set 4 counts "انهيار جسر رئيسي")
    ("وأصيب خمسة وعشرون شخصا بجروح في انهيار مبنى في حلب.",
     [("خمسة وعشرون شخصا", "25", "people", "exact", "injured"), ("مبنى", "1", "buildings", "exact", "destroyed")]),
    # Gaza, Yemen, Sudan, Iraq
    ("وقتل ثلاثة آلاف مدني في غزة خلال الحرب، بينهم 1,200 طفل.",
     [("ثلاثة آلاف مدني", "3000", "people", "exact", "killed"), ("1,200 طفل", "1200", "people", "exact", "killed")]),
    ("وأعلن الجيش الإسرائيلي مقتل جنديين في اشتباكات شمال القطاع.",
     [("جنديين", "2", "people", "exact", "killed")]),
    ("وقتل 7 من المدنيين وأصيب 12 آخرون في قصف حوثي على تعز.",
     [("7 من المدنيين", "7", "people", "exact", "killed"), ("12 آخرون", "12", "people", "exact", "injured")]),
    ("وقالت الأمم المتحدة إن 1.5 مليون نازح فروا من الخرطوم.",
     [("1.5 مليون نازح", "1500000", "people", "exact", "displaced")]),
    ("واعتقلت القوات العراقية 12 مسلحا من تنظيم داعش في الأنبار.",
     [("12 مسلحا", "12", "people", "exact", "arrested")]),
    ("وسقط عشرات القتلى في هجوم على سوق الفاشر.",
     [("عشرات القتلى", None, "people", "vague", "killed")]),
    ("وقتل مدنيين اثنين في قصف مدفعي على دارفور.", [("مدنيين اثنين", "2", "people", "exact", "killed")]),
    ("وأسفر القصف عن مقتل امرأة وإصابة آخرين.", [("امرأة", "1", "people", "exact", "killed"),
                                                 ("آخرين", None, "people", "vague", "injured")]),
    ("ودمرت الغارات 15 منزلا في خان يونس.", [("15 منزلا", "15", "buildings", "exact", "destroyed")]),
    ("وقتل اثنا عشر مقاتلا من الحوثيين.", [("اثنا عشر مقاتلا", "12", "people", "exact", "killed")]),
    ("ونزح مئتا شخص من القرية.", [("مئتا شخص", "200", "people", "exact", "displaced")]),
    # economy: prices, percentages, money
    ("وارتفع معدل التضخم السنوي في مصر إلى 35.7 في المئة في يونيو.",
     [("35.7 في المئة", "35.7", "percent", "exact", "percent")]),
    ("وتراجع سعر صرف الليرة إلى ١٥ ألف ليرة سورية للدولار الواحد، أي بنسبة ٣٠٪.",
     [("١٥ ألف ليرة سورية", "15000", "money", "exact", None), ("٣٠٪", "30", "percent", "exact", "percent")]),
    ("وقدرت الخسائر بنحو 1.5 مليار دولار.", [("نحو 1.5 مليار دولار", "1500000000", "money", "approx", None)]),
    ("وتقدمت القوات مسافة 10 كيلومترات باتجاه الحديدة.",
     [("10 كيلومترات", "10", "distance", "exact", None)]),
    ("وبلغت نسبة البطالة قرابة ٢٠ بالمئة.", [("قرابة ٢٠ بالمئة", "20", "percent", "approx", "percent")]),
    # not numbers: dates, years, times, ordinals in names, place duals, "one of"
    ("وصدت هجوما على مواقعها في المحطة النفطية الثانية، كما تعرضت بلدتا الجلاء وصبيخان لقصف.", []),
    ("وكان الجيش حرر في 3 تشرين الثاني/ نوفمبر الحالي مدينة دير الزور في عام 2017.", []),
    ("وانفجرت سيارة داخل أحد منازل المواطنين عند الساعة 10:30 في آن واحد.", []),
    ("وحققت القوات بعض التقدم في مناطق عدة.", []),
    ("وقتل 3 وأصيب 5 في انفجار سيارة مفخخة في الموصل.",
     [("3", "3", "people", "exact", "killed"), ("5", "5", "people", "exact", "injured")]),
    ("وارتفعت الأسعار بنسبة ٪٥ خلال الربع الأول.", [("٪٥", "5", "percent", "exact", "percent")]),
    ("ونقلت قناة فرانس 24 عن مصادر محلية أن 5 أشخاص على الأقل قتلوا.",
     [("5 أشخاص على الأقل", "5", "people", "at least", "killed")]),
    # compounds: thousands + و + remainder are one number
    ("وارتفع عدد القتلى في القطاع إلى 31 ألفا و500 قتيل وفق وزارة الصحة.",
     [("31 ألفا و500 قتيل", "31500", "people", "exact", "killed")]),
    ("ونزح أكثر من ثلاثة آلاف و200 شخص من القرى الحدودية.",
     [("أكثر من ثلاثة آلاف و200 شخص", "3200", "people", "more than", "displaced")]),
    ("وأصيب 3 وقتل 2 و5 أصيبوا بجروح.",  # no multiplier before و: separate numbers
     [("3", "3", "people", "exact", "injured"), ("2", "2", "people", "exact", "killed"),
      ("5", "5", "people", "exact", "injured")]),
    # hedges after an unknown counted noun or a pronoun, hedging verbs before the numeral
    ("وقتل 14 صيادا على الأقل في غرق القارب.", [("14 صيادا على الأقل", "14", "people", "at least", "killed")]),
    ("وكان في المبنى 30 شخصا، قتل 6 منهم على الأقل.",
     [("30 شخصا", "30", "people", "exact", None), ("6 منهم على الأقل", "6", "people", "at least", "killed")]),
    ("وقالت المفوضية إن عدد النازحين تجاوز 200 ألف شخص.",
     [("200 ألف شخص", "200000", "people", "more than", None)]),
    # a range: two rows, the lower bound takes the upper's multiplier
    ("وقدرت الأمم المتحدة عدد المقاتلين الأجانب بين 3 و4 آلاف مقاتل.",
     [("بين 3", "3000", "people", "approx", "fighters"), ("4 آلاف مقاتل", "4000", "people", "approx", "fighters")]),
    # vague counts alone need a casualty predicate; coordinated nouns stay in the span
    ("وأصيب المئات في الاشتباكات التي اندلعت قرب الجامعة.", [("المئات", None, "people", "vague", "injured")]),
    # (a crowd is a vague count of people: set 6 counts mourners, "شيع المئات", "جمع غفير")
    ("واحتشد الآلاف في الساحة.", [("الآلاف", None, "people", "vague", None)]),
    ("وخلفت الحرب مئات القتلى والجرحى في المدينة.", [("مئات القتلى والجرحى", None, "people", "vague", "killed")]),
    # durations are numbers; a dual time unit only after a hedge or a duration word
    ("واستمرت المعارك 3 أيام قبل أن تنسحب القوات.", [("3 أيام", "3", "days", "exact", None)]),
    ("وفرضت السلطات حظر التجول لمدة يومين.", [("يومين", "2", "days", "exact", None)]),
    ("واستمر الحصار أكثر من شهرين.", [("أكثر من شهرين", "2", "months", "more than", None)]),
    ("وغادر الوفد الخرطوم منذ يومين.", [("يومين", "2", "days", "exact", None)]),  # the period's count (heldout9)
    # counted nouns beyond people: dams, ships, provinces
    ("وأدى انهيار جسرين إلى عزل القرى.", [("جسرين", "2", "infrastructure", "exact", "destroyed")]),
    ("وعبرت 320 سفينة مضيق هرمز خلال الشهر.", [("320 سفينة", "320", "ships", "exact", None)]),
    ("وشهدت المدينة معارك عنيفة بين 2011 و2014.", []),  # years in a range are not counts
    # a count before a date keeps its numeral
    ("وقتل 5 عام 2014 في المدينة.", [("5", "5", "people", "exact", "killed")]),
    # fractions of a multiplier
    ("ونزح نصف مليون شخص من المدينة.", [("نصف مليون شخص", "500000", "people", "exact", "displaced")]),
    ("ويعيش ربع مليون طفل في المخيمات.", [("ربع مليون طفل", "250000", "people", "exact", "civilians")]),
    ("وتجاوز عدد اللاجئين مليون ونصف لاجئ.", [("مليون ونصف لاجئ", "1500000", "people", "exact", "displaced")]),
    # a number never crosses a line break (a headline above the body)
    ("الأمم المتحدة: المصابون بالكوليرا تجاوزوا مليون\nقالت المنظمة إن الوباء ينتشر.",
     [("مليون", "1000000", None, "exact", None)]),
    # a dual noun of journalists/paramedics is 2; a channel number is no count
    ("وقتل في القصف 3 مدنيين وصحفيان.", [("3 مدنيين", "3", "people", "exact", "killed"),
                                        ("صحفيان", "2", "people", "exact", "killed")]),
    ("ونقلت القناة 13 عن مسؤولين أن المفاوضات متعثرة.", []),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[f"n{i:02d}" for i in range(len(CASES))])
def test_numbers(text: str, expected: list[tuple]) -> None:
    got = [(n.text, n.value, n.unit, n.qualifier, n.role) for n in _run(text)]
    assert got == expected


def test_breakdown_links_to_the_main_number() -> None:
    out = _run("وقالت مصادر محلية إن أربعة مدنيين -بينهم طفلان وامرأة- قتلوا.")
    assert [n.part_of for n in out] == [None, 0, 0]
    assert [n.counts for n in out] == ["civilians killed", "children killed", "women killed"]


def test_counts_names_the_group_when_the_noun_phrase_allows() -> None:
    (n,) = _run("وأسفرت الغارة عن مقتل 9 عناصر من تنظيم داعش ومقتل 6 مسلحي داعش.")[:1]
    assert n.counts == "fighters killed"
    (m,) = _run("وقتل العديد من مسلحي التنظيم.")
    assert m.counts == "Islamic State fighters killed" and m.counted_ar == "مسلحي التنظيم"


def test_unknown_counted_noun_is_in_the_span() -> None:
    # held-out gold convention: numeral + counted noun ("19 مجزرة", "4 أوكار"), known or not
    (n,) = _run("وطوقت القوات المدينة من ثلاثة محاور، فيما تواصل الطائرات غاراتها.")
    assert (n.text, n.value, n.unit, n.counted_ar) == ("ثلاثة محاور", "3", None, "محاور")
    # ... but not a verb, a definite word or a particle
    assert [n.text for n in _run("وقال إن 12 قتلوا و5 الليلة الماضية.")] == ["12", "5"]


def test_vague_quantifiers_only_for_people() -> None:
    assert _run("ودمرت الغارات العديد من المنازل.") == []
    assert [n.text for n in _run("ما أدى إلى مقتل وإصابة العديد منهم.")] == ["العديد منهم"]


@pytest.mark.parametrize("numeral,value", [
    ("120 ألف", "120000"), ("ثلاثة آلاف", "3000"), ("خمسة وعشرون", "25"), ("1,200", "1200"),
    ("1.5 مليون", "1500000"), ("مئة وخمسون", "150"), ("مائتان", "200"), ("ألفان", "2000"), ("أحد عشر", "11"), ("١٬٢٠٠", "1200"),
    ("25 ألفا و700", "25700"), ("ألفين و700", "2700"), ("1.2 مليون و300 ألف", "1500000"),
])
def test_parse_cardinal(numeral: str, value: str) -> None:
    v = parse_cardinal(norm(numeral))  # it reads normalised text, as the extractor matches it
    assert v is not None and format(v.normalize(), "f") == value


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("أإآاىيةهـوفبلمنعدقتلشخصطفلانامرأة ،.-%٪0123456789٠١٢٣٤٥٦٧٨٩\n\u064b\u0651"))
               | st.characters(), max_size=200))
def test_never_crashes_and_offsets_hold(text: str) -> None:
    out = extract_numbers(text, normalise(text))
    for n in out:
        assert 0 <= n.start <= n.end <= len(text)
        assert text[n.start:n.end] == n.text
        assert n.part_of is None or 0 <= n.part_of < len(out)


def test_seed_gold_scores() -> None:
    """Precision/recall (span overlap) and value accuracy against the seed gold."""
    if not GOLD.is_file():
        pytest.skip(f"gold annotations not found at {GOLD} (they ship only beside the development checkout)")
    from generator.evaluate import match, same_number

    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    tp = fp = fn = ok = 0
    for art in gold["articles"].values():
        text = (SHARED / art["file"]).read_text(encoding="utf-8")
        pred = [{"start": n.start, "end": n.end, "value": n.value} for n in _run(text)]
        g = [{"start": x["char_start"], "end": x["char_end"], "value": x["value"]} for x in art["numbers"]]
        pairs = match(g, pred)
        tp, fp, fn = tp + len(pairs), fp + len(pred) - len(pairs), fn + len(g) - len(pairs)
        ok += sum(same_number(g[a]["value"], pred[b]["value"]) for a, b in pairs)
    precision, recall = tp / max(1, tp + fp), tp / max(1, tp + fn)
    print(f"numbers: precision {precision:.2f} recall {recall:.2f} value accuracy {ok / max(1, tp):.2f}")
    assert recall >= 0.9 and precision >= 0.85 and ok / max(1, tp) >= 0.9


# Round 2 (generalising to unseen outlets): numerals inside names, number words after the noun, definite
# duals, "all"/nationality crowds, singulars in breakdowns and damage counts. Sentences written for these tests.
CASES_R2 = [
    # a unit, document or outlet number is no count, also behind a proclitic or a few words after قرار
    ("واندلعت اشتباكات بين قوة الردع والكتيبة 166 قرب المطار.", []),
    ("وتقدمت وحدات بالفرقة 25 نحو المدينة وقتل 3 جنود.", [("3 جنود", "3", "people", "exact", "killed")]),
    ("وطالب المجلس بتطبيق قرار مجلس الأمن 2254 الخاص بسوريا.", []),
    ("ونقلت شبكة السويداء 24 أن 7 أشخاص قتلوا في الاشتباكات.", [("7 أشخاص", "7", "people", "exact", "killed")]),
    ("ونقلت شبكة دير الزور 24 المحلية صورا للدمار.", []),
    # a numeral hyphenated to a word is a model or disease name; a constitution article is no count
    # ("يوم واحد" is a count of one day, as the gold counts "في يوم واحد" (set 3) and "أسبوع واحد" (set 9))
    # (in an outbreak an إصابة is an infection, a case: no role of the injured)
    ("وسجلت الوزارة 120 إصابة جديدة بفيروس كوفيد-19 خلال يوم واحد.", [("120 إصابة", "120", "people", "exact", None),
                                                                   ("يوم واحد", "1", "days", "exact", None)]),
    ("وقصفت طائرات إف-16 مواقع في الجنوب.", []),
    ("وينص الفصل 80 من الدستور على التدابير الاستثنائية.", []),
    ("وكانت الطائرة تقل 150 راكبا حين سقطت.", [("150 راكبا", "150", "people", "exact", None)]),
    # a numeral in a short quoted name (a roundabout, a unit) is no count; a quoted count still is
    ("وانفجرت عبوة ناسفة عند دوار \"كيلو 7\" في المدينة.", []),
    ("وقال \"قتل 5 أشخاص\" في الغارة.", [("5 أشخاص", "5", "people", "exact", "killed")]),
    # a definite number word after a definite noun counts it
    ("وأعلن الجيش أن المسلحين الخمسة قتلوا في الاشتباك.", [("المسلحين الخمسة", "5", "people", "exact", "killed")]),
    ("وقالت الوزارة إن الجنود الثلاثة أصيبوا بجروح طفيفة.", [("الجنود الثلاثة", "3", "people", "exact", "injured")]),
    ("وتوفي 40 شخصا خلال الساعات الست والثلاثين الأولى.",
     [("40 شخصا", "40", "people", "exact", "killed"), ("الساعات الست والثلاثين", "36", "hours", "exact", None)]),
    # definite duals of people and animals count; of things they are references ("حل الدولتين")
    ("وأكد الأطباء أن الطفلين نقلا إلى المستشفى.", [("الطفلين", "2", "people", "exact", "civilians")]),
    ("وخسر المزارع البقرتين والمحصول في الفيضان.", [("البقرتين", "2", "livestock", "exact", None)]),
    ("ويطالب الفلسطينيون بحل الدولتين منذ عقود.", []),
    ("وأجلت السلطات سكان قريتين بسبب اقتراب النيران.", [("قريتين", "2", "places", "exact", None)]),
    # "all" and nationality crowds are vague counts of people; "tens of millions" is no crowd
    ("وقتلت قوات الأمن جميع المهاجمين بعد حصار طويل.", [("جميع المهاجمين", None, "people", "vague", "killed")]),
    ("وتظاهر آلاف التونسيين أمام البرلمان.", [("آلاف التونسيين", None, "people", "vague", None)]),
    ("وعبر عشرات الملايين من الدولارات إلى الحسابات.", []),
    ("وقال إن كثيرين منهم غادروا البلاد.", [("كثيرين منهم", None, "people", "vague", None)]),
    # a breakdown opened by "من بين القتلى" counts its singulars even without a number before it
    ("وأكدت الشرطة أن من بين القتلى ضابطا ومسؤولا محليا.",
     [("ضابطا", "1", "people", "exact", "killed"), ("مسؤولا", "1", "people", "exact", "killed")]),
    # a singular after a damage noun is a count, unless it is a named thing in construct
    ("وأسفر القصف عن تدمير منزل ومقتل امرأة.",
     [("منزل", "1", "buildings", "exact", "destroyed"), ("امرأة", "1", "people", "exact", "killed")]),
    ("وأسفر القصف عن تدمير مبنى البلدية بالكامل.", []),
    # durations: hedged "منذ نحو 10 سنوات" and "بعد 20 ساعة" in a past clause are numbers, not dates
    ("ويعيش النازحون في المخيم منذ نحو 10 سنوات.", [("نحو 10 سنوات", "10", "years", "approx", None)]),
    ("انتهى الحصار بعد 20 ساعة وقتل خمسة مسلحين.",
     [("20 ساعة", "20", "hours", "exact", None), ("خمسة مسلحين", "5", "people", "exact", "killed")]),
]


@pytest.mark.parametrize("text,expected", CASES_R2, ids=[f"r2_{i:02d}" for i in range(len(CASES_R2))])
def test_numbers_round2(text: str, expected: list[tuple]) -> None:
    got = [(n.text, n.value, n.unit, n.qualifier, n.role) for n in _run(text)]
    assert got == expected


# Round 3: duals of other things (explosions, flights, sources, warrants, times), time duals measured from
# an event ("بعد يومين من"), people pronouns with a quantifier, crowds of youths/nationals/supporters/MPs,
# casualty verbs before a singular person, a definite noun with "الـ" + digits, dialect numerals, and a
# breakdown of people that does not count the building in its clause.
CASES_R3 = [
    ("وقال أحد الشهود إنه سمع انفجارين قبل أن تندلع النيران.", [("انفجارين", "2", "explosions", "exact", None)]),
    ("وألغت شركة الطيران رحلتين إلى العاصمة.", [("رحلتين", "2", "flights", "exact", None)]),
    ("وأصدرت النيابة مذكرتي توقيف بحق المتهمين.", [("مذكرتي", "2", "warrants", "exact", None)]),
    ("ووصل الجيش إلى أطراف المدينة بعد يومين من بدء الهجوم.", [("يومين", "2", "days", "exact", None)]),
    ("ووصل الجيش إلى أطراف المدينة قبل يومين.", []),  # a date (dates.py)
    ("وحاول بعضهم اقتحام مبنى المحافظة.", [("بعضهم", None, "people", "vague", None)]),
    ("ونقل الجرحى إلى المستشفى، وحالة أحدهم حرجة.", [("أحدهم", "1", "people", "exact", None)]),
    ("وتجمع مئات الشباب أمام مقر الولاية.", [("مئات الشباب", None, "people", "vague", None)]),
    ("ولا يزال مصير العشرات من العمال مجهولا.", [("العشرات من العمال", None, "people", "vague", None)]),
    ("وتوفي شاب غرقا قبالة الشاطئ.", [("شاب", "1", "people", "exact", "killed")]),
    ("وأصيبت محطة الكهرباء الرئيسية بأضرار.", []),
    ("واعترضت الدفاعات جميع المسيرات الـ12 التي أطلقت ليلا.", [("المسيرات الـ12", "12", "aircraft", "exact", None)]),
    ("وقالت إحدى الأمهات: \"صارلنا تلات أيام ما أكلنا\".", [("تلات أيام", "3", "days", "exact", None)]),
    ("وقتل 18 شخصا بينهم 6 من الموظفين بغارة على مدرسة في المخيم.",
     [("18 شخصا", "18", "people", "exact", "killed"), ("6 من الموظفين", "6", "people", "exact", "killed")]),
]


@pytest.mark.parametrize("text,expected", CASES_R3, ids=[f"r3_{i:02d}" for i in range(len(CASES_R3))])
def test_numbers_round3(text: str, expected: list[tuple]) -> None:
    got = [(n.text, n.value, n.unit, n.qualifier, n.role) for n in _run(text)]
    assert got == expected


# A dot between thousands in a count of whole things; the count of a period that is also a date.
CASES_R4 = [
    ("ووصل 1.200 مهاجر إلى الجزيرة خلال يومين.",
     [("1.200 مهاجر", "1200", "people", "exact", None), ("يومين", "2", "days", "exact", None)]),
    ("وارتفع التضخم إلى 3.5 في المئة.", [("3.5 في المئة", "3.5", "percent", "exact", "percent")]),
    ("وقتل 40 شخصا خلال الساعات الـ24 الماضية.",
     [("40 شخصا", "40", "people", "exact", "killed"), ("الساعات الـ24", "24", "hours", "exact", None)]),
]


@pytest.mark.parametrize("text,expected", CASES_R4, ids=[f"r4_{i:02d}" for i in range(len(CASES_R4))])
def test_numbers_round4(text: str, expected: list[tuple]) -> None:
    got = [(n.text, n.value, n.unit, n.qualifier, n.role) for n in _run(text)]
    assert got == expected


# Singulars joined by و after a casualty or damage trigger are counts of one each.
CASES_R5 = [
    ("وأسفر الهجوم عن مقتل طفل وامرأة ومسن.",
     [("طفل", "1", "people", "exact", "civilians"), ("امرأة", "1", "people", "exact", "civilians"),
      ("مسن", "1", "people", "exact", "killed")]),
    ("وأسفر القصف عن تدمير منزل وسيارة.",
     [("منزل", "1", "buildings", "exact", "destroyed"), ("سيارة", "1", "vehicles", "exact", "destroyed")]),
]


@pytest.mark.parametrize("text,expected", CASES_R5, ids=[f"r5_{i:02d}" for i in range(len(CASES_R5))])
def test_numbers_round5(text: str, expected: list[tuple]) -> None:
    got = [(n.text, n.value, n.unit, n.qualifier, n.role) for n in _run(text)]
    assert [(t, v, u, q) for t, v, u, q, _ in got] == [(t, v, u, q) for t, v, u, q, _ in expected]


# A person opening a reported clause with a casualty verb, a period's count after منذ/خلال, percentage
# points, a quoted count after a hedging verb, a count after a closing quote.
CASES_R6 = [
    ("وأفاد المستشفى بأن امرأة وطفلا أصيبا بشظايا قذيفة.",
     [("امرأة", "1", "people", "exact", "civilians"), ("طفلا", "1", "people", "exact", "civilians")]),
    ("ولم ينفذ الاتفاق منذ سبع سنوات.", [("سبع سنوات", "7", "years", "exact", None)]),
    ("ويتوقع أن يرتفع التضخم خلال الشهرين المقبلين.", [("الشهرين", "2", "months", "exact", None)]),
    ("ورفع البنك المركزي الفائدة بمقدار نقطتين مئويتين.", [("نقطتين مئويتين", "2", "points", "exact", None)]),
    ("وقال مصدر أمني إن عدد القتلى \"يتجاوز 50\".", [("50", "50", None, "more than", None)]),
    ("ونعى «حزب الله» أربعة منهم بوصفهم «شهداء».", [("أربعة منهم", "4", "people", "exact", None)]),
]


@pytest.mark.parametrize("text,expected", CASES_R6, ids=[f"r6_{i:02d}" for i in range(len(CASES_R6))])
def test_numbers_round6(text: str, expected: list[tuple]) -> None:
    got = [(n.text, n.value, n.unit, n.qualifier) for n in _run(text)]
    assert got == [(t, v, u, q) for t, v, u, q, _ in expected]


# Round 7 (generalisation probes written for this table): duals derived from the singulars of counted
# nouns (سائقان, رضيعان, مسيرتين, حافلتين), the dual "آخران", but not an adjective in agreement with a dual
# (طائرتين مسيرتين) nor a dual after a number word (اثنان آخران); known units keep a year-like
# numeral a count (2000 لتر); a document-number word before a number word with its noun (الرحلة ثلاثة أيام).
CASES_R7 = [
    ("استشهد شاب وأصيب آخران برصاص الجيش.",
     [("شاب", "1", "people", "exact"), ("آخران", "2", "people", "exact")]),
    ("وأصيب اثنان آخران بجروح طفيفة.", [("اثنان آخران", "2", "people", "exact")]),
    ("ونجا سائقان من الموت بأعجوبة.", [("سائقان", "2", "people", "exact")]),
    ("وتوفي رضيعان بسبب البرد في المخيم.", [("رضيعان", "2", "people", "exact")]),
    ("وأسقطت الدفاعات الجوية مسيرتين فوق المدينة.", [("مسيرتين", "2", "aircraft", "exact")]),
    ("وأسقطت الدفاعات الجوية طائرتين مسيرتين.", [("طائرتين", "2", "aircraft", "exact")]),
    ("واحترقت حافلتين على الطريق الدولي.", [("حافلتين", "2", "vehicles", "exact")]),
    ("ووزعت الجمعية 2000 لتر من المياه.", [("2000 لتر", "2000", "volume", "exact")]),
    ("واستغرقت الرحلة ثلاثة أيام.", [("ثلاثة أيام", "3", "days", "exact")]),
    ("وأعلنت حركة طالبان سيطرتها على المعبر.", []),  # (طالبان is no dual of طالب)
]


@pytest.mark.parametrize("text,expected", CASES_R7, ids=[f"r7_{i:02d}" for i in range(len(CASES_R7))])
def test_numbers_round7(text: str, expected: list[tuple]) -> None:
    got = [(n.text, n.value, n.unit, n.qualifier) for n in _run(text)]
    assert got == expected


@pytest.mark.parametrize("text", [
    "وقدرت المصادر عدد المسلحين بما بين 5 آلاف و7 آلاف عنصر ينتشرون في الوديان.",
    "وتراوح عدد النازحين بين 3 آلاف و4 آلاف شخص خلال أسبوع.",
])
def test_ranges_of_thousands_do_not_crash(text: str) -> None:
    """A range of two figures with a multiplier matched the pattern without the remainder group
    (IndexError: no such group) and took the whole article's analysis down."""
    out = _run(text)
    assert any(n.value == "7000" or n.value == "4000" for n in out), out


# Round 8 (heldout10's misses, with sentences written for the table): a large or many (عدد كبير من، كثيرا من),
# others after a casualty noun (وإصابة آخرين), a number word after a casualty noun (وإصابة اثنين آخرين), a
# definite number word after a noun with a possessive or a genitive (أطفاله الخمسة، سيارات الإسعاف الثلاث), a
# body found (جثة شاب), one thing after an active damage verb with its subject between (دمر القصف مدرسة,
# أسقطت الدفاعات طائرة), a dual after a damage noun (تدمير مخزنتين), a duration after ل with its adjective
# (ليومين إضافيين), Egyptian تيام and the dialect "منذ" (بقالهم/صارلنا), dialect مية before a noun only
# (مية معدنية is water), a dialect hedge (أكتر من), ranges opened by من and closed by إلى.
CASES_R8 = [
    ("وأسفر الانفجار عن مقتل ثلاثة أشخاص وعدد كبير من المصابين.",
     [("ثلاثة أشخاص", "3", "people", "exact"), ("عدد كبير من المصابين", None, "people", "vague")]),
    ("وقالت المنظمة إن كثيرا من النازحين ما زالوا بلا مأوى.", [("كثيرا من النازحين", None, "people", "vague")]),
    ("قتل جنديان وإصابة آخرين في كمين قرب الحدود.",
     [("جنديان", "2", "people", "exact"), ("آخرين", None, "people", "vague")]),
    ("وأعلنت الشرطة مقتل شرطي وإصابة اثنين آخرين.",
     [("شرطي", "1", "people", "exact"), ("اثنين آخرين", "2", "people", "exact")]),
    ("وقتل المزارع مع أطفاله الخمسة في الغارة.", [("أطفاله الخمسة", "5", "people", "exact")]),
    ("ومنعت القوات سيارات الإسعاف الثلاث من الوصول.", [("سيارات الإسعاف الثلاث", "3", "vehicles", "exact")]),
    ("وعثرت الشرطة على جثة شاب قرب السد.", [("شاب", "1", "people", "exact")]),
    ("ودمر القصف العنيف مدرسة في الحي الشرقي.", [("مدرسة", "1", "buildings", "exact")]),
    ("وأسقطت الدفاعات الجوية طائرة استطلاع فوق الميناء.", [("طائرة", "1", "aircraft", "exact")]),
    ("وهدم الجيش منزلا في البلدة.", [("منزلا", "1", "buildings", "exact")]),
    ("ودمر القصف مبنى البلدية.", []),  # (a construct names the building: no count)
    ("وأسفرت الغارة عن تدمير مخزنتين للذخيرة.", [("مخزنتين", "2", None, "exact")]),
    ("وقررت الوزارة تعليق الدراسة ليومين إضافيين.", [("يومين إضافيين", "2", "days", "exact")]),
    ("وقال أحد السائقين: «بقالهم تلات تيام مستنيين على المعبر».", [("تلات تيام", "3", "days", "exact")]),
    ("وقال: «صارلنا يومين بلا كهربا».", [("يومين", "2", "days", "exact")]),
    ("والعربية فيها ميه معدنية وعيش.", []),
    ("ودفن الأهالي أكتر من مية شخص في المقبرة.", [("أكتر من مية شخص", "100", "people", "more than")]),
    ("ونزح من 3 إلى 5 آلاف شخص عن القرى الحدودية.",
     [("3", "3000", "people", "exact"), ("5 آلاف شخص", "5000", "people", "exact")]),
    ("وارتفعت الحصيلة من 20 إلى 35 قتيلا.", [("20", "20", "people", "exact"), ("35 قتيلا", "35", "people", "exact")]),
]


@pytest.mark.parametrize("text,expected", CASES_R8, ids=[f"r8_{i:02d}" for i in range(len(CASES_R8))])
def test_numbers_round8(text: str, expected: list[tuple]) -> None:
    got = [(n.text, n.value, n.unit, n.qualifier) for n in _run(text)]
    assert got == expected


def _lexicon_words() -> list[str]:
    """Every word and phrase of the numbers and dates data, for fragments that reach the rules' rarer branches
    (a character-level fuzz almost never spells "بين 5 آلاف و7 آلاف")."""
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

    data = Path(__file__).resolve().parents[1] / "generator" / "data"
    for name in ("numbers.yaml", "dates.yaml"):
        walk(load_yaml((data / name).read_text(encoding="utf-8")))
    return sorted(w for w in out if 0 < len(w) < 40)


_FRAGMENT_WORDS = _lexicon_words() + ["3", "5", "10", "2023", "1.200", "25,000", "7.5", "%", "،", ".", "\n", "«", "»",
                                      '"', "(", ")", ":", "-", "/", "ـ", "الـ", "و", "و7", "من", "إلى", "٣", "\u064b"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_FRAGMENT_WORDS), st.sampled_from([" ", " ", "", "  "])), max_size=30),
       st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)) | st.none())
def test_lexicon_fragments_never_crash_numbers_or_dates(words: list[tuple[str, str]], published) -> None:
    """Fragments of the extractors' own phrases in random order: each extractor is called directly (analyse()
    catches a failure per fact type, which would hide it) and its offsets must hold."""
    text = "".join(w + sep for w, sep in words)
    nt = normalise(text)
    for d in extract_dates(text, nt, published):
        assert text[d.start:d.end] == d.text
    for n in extract_numbers(text, nt):
        assert 0 <= n.start <= n.end <= len(text) and text[n.start:n.end] == n.text


# Round 9 (generalisation probes written for the table): duals of people with a possessive pronoun (طفلاها،
# شقيقاه، طفليه), the dual of قاصر.
CASES_R9 = [
    ("وقتلت امرأة وطفلاها في القصف.", [("امرأة", "1", "people", "exact"), ("طفلاها", "2", "people", "exact")]),
    ("وأصيب شقيقاه بجروح طفيفة.", [("شقيقاه", "2", "people", "exact")]),
    ("وقال الأب إن طفليه أصيبا بالشظايا.", [("طفليه", "2", "people", "exact")]),
    ("وأطلق سراح 12 معتقلا بينهم قاصران.",
     [("12 معتقلا", "12", "people", "exact"), ("قاصران", "2", "people", "exact")]),
]


@pytest.mark.parametrize("text,expected", CASES_R9, ids=[f"r9_{i:02d}" for i in range(len(CASES_R9))])
def test_numbers_round9(text: str, expected: list[tuple]) -> None:
    got = [(n.text, n.value, n.unit, n.qualifier) for n in _run(text)]
    assert got == expected


# Round 10 (sets 3, 5, 6 promoted to tuning; sentences written for the table): a few/several (بضعة، عدة) and crowds
# of people, settlers/patients/depositors/advisers and nationality plurals (آلاف الأكراد), the dual of وفاة, the
# -ين dual of a noun with a broken plural after a casualty (not "العاملين في"), nisba duals (سوريان), feminine
# duals in construct (عمليتي اغتيال، جثتي طفلين; not "سيارتي" = my car in a quote), one person with a casualty
# adjective (شخص مفقود), "وكان ضابط ... قد قتل", currencies of the region and millimetres, "شهر واحد".
CASES_R10 = [
    ("وأصيب بضعة جنود بجروح طفيفة.", [("بضعة جنود", None, "people", "vague")]),
    ("واعتقلت الشرطة عدة ناشطين في المدينة.", [("عدة ناشطين", None, "people", "vague")]),
    ("وشارك جمع غفير من أبناء القرية في التشييع.", [("جمع غفير من أبناء", None, "people", "vague")]),
    ("ونزح آلاف الأكراد من القرى الحدودية.", [("آلاف الأكراد", None, "people", "vague")]),
    ("واقتحم عشرات المستوطنين باحات المسجد.", [("عشرات المستوطنين", None, "people", "vague")]),
    ("وأسفرت العاصفة عن وفاتين في الإقليم.", [("وفاتين", "2", "people", "exact")]),
    ("وأعلنت الشرطة وفاة راكبين وإصابة السائق.", [("راكبين", "2", "people", "exact")]),
    ("وقال إن العاملين في المستشفى لم يتقاضوا رواتبهم.", []),
    ("وأكدت المصادر استشهاد سوريين اثنين ومقتل أردنيان في الاشتباك.",
     [("سوريين اثنين", "2", "people", "exact"), ("أردنيان", "2", "people", "exact")]),
    ("وشهدت المحافظة عمليتي خطف خلال الأسبوع.", [("عمليتي خطف", "2", "operations", "exact")]),
    ("وانتشلت فرق الدفاع المدني جثتي طفلين من تحت الأنقاض.", [("جثتي طفلين", "2", "people", "exact")]),
    ('وقال أحد السكان: "وسيارتي غرقت أمام البيت".', []),
    ("ولا يزال البحث جاريا عن صياد مفقود قبالة السواحل.", [("صياد مفقود", "1", "people", "exact")]),
    ("وكان جندي قد قتل في انفجار لغم الشهر الماضي.", [("جندي", "1", "people", "exact")]),
    ("وبلغت قيمة المنحة 50 مليون دينار كويتي.", [("50 مليون دينار كويتي", "50000000", "money", "exact")]),
    ("وبلغ سعر الدولار 90 ألف ليرة لبنانية.", [("90 ألف ليرة لبنانية", "90000", "money", "exact")]),
    ("وصادرت السلطات 3 ملايين شيكل.", [("3 ملايين شيكل", "3000000", "money", "exact")]),
    ("وسجلت محطة الرصد 85 ملم من الأمطار.", [("85 ملم", "85", "rain", "exact")]),
    ("واستمر الإضراب شهر واحد فقط.", [("شهر واحد", "1", "months", "exact")]),
    # (2/n) a range in words, a singular joined to a count, an event noun opening a headline, an elided noun,
    # a breakdown that goes on after a comma, a crowd, a thing collapsed or set on fire (not a named one)
    ("ونزح ما بين ألف وألفي شخص من القرى.", [("ما بين ألف", "1000", "people", "approx"),
                                            ("ألفي شخص", "2000", "people", "approx")]),
    ("وقتل في القصف ستة آلاف وثلاثمائة شخص.", [("ستة آلاف وثلاثمائة شخص", "6300", "people", "exact")]),
    ("وأسفر الحادث عن مقتل شقيقين وطفلين وسائق.", [("شقيقين", "2", "people", "exact"), ("طفلين", "2", "people", "exact"),
                                                  ("سائق", "1", "people", "exact")]),
    ("ودمرت الغارة، ليل الأحد، شاحنتين وسيارة في البلدة.", [("شاحنتين", "2", "vehicles", "exact"),
                                                          ("سيارة", "1", "vehicles", "exact")]),
    ("والتقى الوفد 3 مسؤولين وطبيب في المخيم.", [("3 مسؤولين", "3", "people", "exact")]),
    ("قتيل وعشرات الجرحى في انفجار بميناء المدينة", [("قتيل", "1", "people", "exact"),
                                                   ("عشرات الجرحى", None, "people", "vague")]),
    ("ونقل 9 مصابين، بينهم خمس إصابات بالرصاص الحي وأربع بشظايا القذائف.",
     [("9 مصابين", "9", "people", "exact"), ("خمس إصابات", "5", "people", "exact"), ("أربع", "4", "people", "exact")]),
    ("وارتفع عدد القتلى إلى أربعة، بينهم طفل، وامرأة، إضافة إلى مسعف.",
     [("أربعة", "4", "people", "exact"), ("طفل", "1", "people", "exact"), ("امرأة", "1", "people", "exact"),
      ("مسعف", "1", "people", "exact")]),
    ("وشيع الآلاف جثامين الضحايا في مسقط رأسهم.", [("الآلاف", None, "people", "vague")]),
    ("وتسببت الأمطار في انهيار جسر حيوي شمال المدينة.", [("جسر", "1", "infrastructure", "exact")]),
    ("وأدى الزلزال إلى انهيار سد أبو ظهير.", []),
    # (3/n) a quantifier after a plural of people (not of things), "ونصف المليون", an age told by an ordinal, a dual
    # after a verb that ends like a dialect number word (قتلت: تلت)
    ("وقتل أشخاص عدة في الغارة.", [("أشخاص عدة", None, "people", "vague")]),
    ("وأطلقت الفصائل قذائف عدة على الموقع.", []),
    ("ويعيش في المخيمات نحو مليون ونصف المليون نازح.", [("نحو مليون ونصف المليون نازح", "1500000", "people", "approx")]),
    ("وقتل طفل في الثانية عشرة من عمره.", [("طفل", "1", "people", "exact"), ("الثانية عشرة من عمره", "12", "years", "exact")]),
    ("قتلت امرأتان في قصف على السوق", [("امرأتان", "2", "people", "exact")]),
    # (4/n) tens of thousands without the article; degrees Celsius apart from a magnitude
    ("وفر عشرات آلاف السكان من المدينة.", [("عشرات آلاف السكان", None, "people", "vague")]),
    ("وسجلت الحرارة 49 درجة مئوية في الظل.", [("49 درجة مئوية", "49", "temperature", "exact")]),
    ("وضرب زلزال بقوة 5.8 درجات المنطقة.", [("5.8 درجات", "5.8", "magnitude", "exact")]),
    # (5/n) one more person after a casualty verb (not "آخر" before a noun)
    ("وقتل شرطيان وأصيب ثالث في الهجوم.", [("شرطيان", "2", "people", "exact"), ("ثالث", "1", "people", "exact")]),
    ("وأصيب آخر المعتقلين بوعكة.", []),
    # (6/n) a vague count without article nor noun where a casualty is told; "ونيف" (and some)
    ("وأصيب عشرات بجروح في التدافع.", [("عشرات", None, "people", "vague")]),
    ("وتلقت الوزارة عشرات الرسائل.", []),
    ("وقتل في الحرب 5 آلاف ونيف.", [("5 آلاف ونيف", "5000", "people", "more than")]),
]


@pytest.mark.parametrize("text,expected", CASES_R10, ids=[f"r10_{i:02d}" for i in range(len(CASES_R10))])
def test_numbers_round10(text: str, expected: list[tuple]) -> None:
    got = [(n.text, n.value, n.unit, n.qualifier) for n in _run(text)]
    assert got == expected


# Round 11 (sets 11 and 12 promoted to tuning; sentences written for the table): millions as a vague count of
# people, a time dual after في ظرف or alone, election nouns and armed groups, a breakdown opened by ضمنهم, a teen
# after a definite noun, two number words below twenty joined by و (a range), the عشرة of an ordinal, the minutes
# of a clock time, a definite number word before its noun, participle plurals after a vague quantifier (not a
# broken plural of things), a critical state in hospital, "واحد" after an unknown noun (idioms aside).
CASES_R11 = [
    ("ويواجه ملايين الأشخاص خطر المجاعة في المنطقة.", [("ملايين الأشخاص", None, "people", "vague")]),
    ("وخسرت الشركات ملايين الدولارات.", []),
    ("وهطلت الأمطار بغزارة في ظرف يومين.", [("يومين", "2", "days", "exact")]),
    ("وسار النازحون يومين قبل الوصول إلى المخيم.", [("يومين", "2", "days", "exact")]),
    ("وقبلت المحكمة طعنين ورفضت 30 طعنا.", [("طعنين", "2", "appeals", "exact"), ("30 طعنا", "30", "appeals", "exact")]),
    ("وحصل المرشح على 45 صوتا في الجولة الأولى.", [("45 صوتا", "45", "votes", "exact")]),
    ("واندلعت اشتباكات بين فصيلين مسلحين في المدينة.", [("فصيلين", "2", "groups", "exact")]),
    ("وتتنافس القوائم على المقاعد الخمسة عشر في المجلس.", [("المقاعد الخمسة عشر", "15", "seats", "exact")]),
    ("وتتوقع الاستطلاعات أن تحصل القائمة على ما بين أربعة وخمسة مقاعد.",
     [("ما بين أربعة", "4", "seats", "approx"), ("خمسة مقاعد", "5", "seats", "approx")]),
    ("وانعقدت الدورة الحادية عشرة للمؤتمر أمس.", []),
    ("ودخل الجلسة الثالثة عشرة دون نتيجة.", []),
    ("ووقع الانفجار عند الساعة الثالثة و40 دقيقة فجرا.", []),
    ("واستمر الاجتماع 40 دقيقة.", [("40 دقيقة", "40", "minutes", "exact")]),
    ("ونجا الثلاثة الآخرون من الحادث.", [("الثلاثة الآخرون", "3", "people", "exact")]),
    ("وتوفي طفلها ذو الخمس سنوات بالحصبة.", [("الخمس سنوات", "5", "years", "exact")]),
    ("واعتقلت الشرطة عددا من المعتصمين أمام الوزارة.", [("عددا من المعتصمين", None, "people", "vague")]),
    ("وأغلقت السلطات عددا من الميادين الرئيسية.", []),
    ("وارتفعت حصيلة الضحايا إلى 12 قتيلا، ضمنهم سودانيان.",
     [("12 قتيلا", "12", "people", "exact"), ("سودانيان", "2", "people", "exact")]),
    ("فيما يرقد العشرات في المستشفى بحالة حرجة.", [("العشرات", None, "people", "vague")]),
    ("وتحتاج الحكومة إلى شريك واحد على الأقل لتمرير القانون.", [("شريك واحد على الأقل", "1", None, "at least")]),
    ("وصوت النواب بصوت واحد لصالح القرار.", []),
    ("وخرج المتظاهرون في وقت واحد.", []),
    ("وهو واحد من أكبر المخيمات.", []),
]


@pytest.mark.parametrize("text,expected", CASES_R11, ids=[f"r11_{i:02d}" for i in range(len(CASES_R11))])
def test_numbers_round11(text: str, expected: list[tuple]) -> None:
    got = [(n.text, n.value, n.unit, n.qualifier) for n in _run(text)]
    assert got == expected


def _without_lead(pattern: str, marker: str) -> str:
    """``pattern`` without its first-word lookahead (the group that starts with ``marker``)."""
    a = pattern.index(marker)
    depth, k = 0, a
    while True:
        c = pattern[k]
        if c == "\\":
            k += 2
            continue
        if c == "[":
            k = pattern.index("]", k + 2)
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return pattern[:a] + pattern[k + 1:]
        k += 1


def _corpus_texts() -> list[str]:
    root = Path(__file__).resolve().parent
    files = sorted(root.glob("heldout/texts/*.txt")) + sorted(root.glob("heldout7/texts/*.txt")) + \
        sorted(root.glob("heldout10/texts/*.txt"))
    return [normalise(f.read_text(encoding="utf-8")).text for f in files] + \
        [normalise(t).text for t, _ in CASES_R10 + CASES_R11]


def test_first_word_filter_changes_no_match() -> None:
    """The lookahead on first words (speed) must refuse only positions where no alternative starts: every
    alternative's first words are in it. Same matches with and without it, on real texts."""
    import re

    from generator.nlp import dates as D
    from generator.nlp import numbers as N

    for rx, marker in ((N.lexicon().regex, "(?=\\d|%|"), (D.lexicon().regex, "(?=\\d{4}")):
        bare = re.compile(_without_lead(rx.pattern, marker))
        for s in _corpus_texts():
            assert [(m.start(), m.end(), m.lastgroup) for m in rx.finditer(s)] == \
                [(m.start(), m.end(), m.lastgroup) for m in bare.finditer(s)]


@pytest.mark.parametrize("text,counts", [
    ("توفي 34 شخصا بينهم 10 عسكريين في الحرائق.", "soldiers killed"),
    ("قتل 4 جنود من الجيش في الهجوم.", "soldiers killed"),
    ("قتل ضابطان في الكمين.", "officers killed"),
    ("أصيب شرطيان بجروح في الاشتباك.", "police officers injured"),
    ("قتل خمسة عناصر أمن في التفجير.", "security personnel killed"),
    ("قتل 9 مسلحين في الاشتباكات.", "fighters killed"),
])
def test_armed_men_are_named_for_what_they_are(text, counts):
    """Soldiers, officers, police and security personnel keep the role 'fighters' but their own English
    noun: ten soldiers of an army fighting fires are not 'ten fighters'."""
    got = [n.counts for n in _run(text)]
    assert counts in got, got


CASES_R12 = [
    # a vague count alone whose "من" names where from, not what of ("الآلاف من قرى"): the count of people
    ("وأدى القتال إلى نزوح الآلاف من قرى ريف حماة.", [("الآلاف", None, "people", "vague")]),
    ("ونزح المئات من مدن الساحل نحو الجبال.", [("المئات", None, "people", "vague")]),
    # ... but never of things destroyed
    ("ودمر القصف الآلاف من المنازل.", []),
    # duals listed as words: two sons or daughters with a possessive, two buildings (Egyptian عقار)
    ("وقتلت امرأة مع ابنتيها في القصف.", [("امرأة", "1", "people", "exact"), ("ابنتيها", "2", "people", "exact")]),
    ("واستشهد الصياد مع نجليه قرب الشاطئ.", [("نجليه", "2", "people", "exact")]),
    ("ولديه خبرة طويلة في الإغاثة.", []),
    ("وأخلت السلطات عقارين مجاورين للمبنى المنهار.", [("عقارين", "2", "buildings", "exact")]),
    # a vendor in a breakdown is one person
    # professions and ages in a breakdown or after a casualty trigger are one person each
    ("أصيب 7 أشخاص بينهم ممرضة ومهندس.", [("7 أشخاص", "7", "people", "exact"), ("ممرضة", "1", "people", "exact"),
                                          ("مهندس", "1", "people", "exact")]),
    ("وأعلنت الحركة مقتل قيادي في غارة.", [("قيادي", "1", "people", "exact")]),
    ("وقتلت رضيعة وأصيب والدها.", [("رضيعة", "1", "people", "exact")]),
    # a hedge before a definite numeral ("الـ50"): the article in the span
    ("وأصيب قرابة الـ50 شخصا بحالات اختناق.", [("قرابة الـ50 شخصا", "50", "people", "approx")]),
    # a number word inside a gazetteer name is no count ("رب ثلاثين", a village of south Lebanon)
    ("واستهدف القصف أطراف بلدة رب ثلاثين.", []),
    ("قتل 5 أشخاص بينهم بائع خضار وطفل.", [("5 أشخاص", "5", "people", "exact"), ("بائع", "1", "people", "exact"),
                                          ("طفل", "1", "people", "exact")]),
]


@pytest.mark.parametrize("text,expected", CASES_R12, ids=[f"r12_{i:02d}" for i in range(len(CASES_R12))])
def test_numbers_round12(text: str, expected: list[tuple]) -> None:
    got = [(n.text, n.value, n.unit, n.qualifier) for n in _run(text)]
    assert got == expected


# Bodies recovered or found are the dead, never the rescued; a predicate after a count that has its own
# count ("... وانتشل جثث 4 آخرين") is not the first count's.
CASES_BODIES = [
    ("وأعلن الحرس البحري انتشال جثث 9 مهاجرين قبالة الشاطئ.", [("9 مهاجرين", "killed", "dead")]),
    ("وعثرت فرق البحث على جثامين 6 عمال تحت الركام.", [("6 عمال", "killed", "dead")]),
    ("أنقذ الدفاع المدني 40 شخصا وانتشل جثث 3 آخرين.", [("40 شخصا", "rescued", "rescued"),
                                                       ("3 آخرين", "killed", "dead")]),
    ("وأنقذت السفينة 25 بحارا وقتل 3 آخرون.", [("25 بحارا", "rescued", "rescued"), ("3 آخرون", "killed", "killed")]),
]


@pytest.mark.parametrize("text,expected", CASES_BODIES, ids=[f"bodies_{i}" for i in range(len(CASES_BODIES))])
def test_bodies_are_the_dead(text: str, expected: list[tuple]) -> None:
    got = [(n.text, n.role, (n.counts or "").rsplit(" ", 1)[-1]) for n in _run(text)]
    assert got == expected


# The other persons of the displacement verbs are predicates too; units of time and measure never take a role.
CASES_ROLES_S15 = [
    ("وخلفت الحرب آلاف القتلى وشردت أكثر من مليوني شخص.", [("آلاف القتلى", "killed"), ("أكثر من مليوني شخص", "displaced")]),
    ("وأجلت فرق الدفاع المدني 120 عائلة من الحي.", [("120 عائلة", "displaced")]),
    ("ونزحت مئات الأسر خلال الأيام الخمسة الماضية.", [("مئات الأسر", "displaced"), ("الأيام الخمسة", None)]),
    ("ودمرت السيول الطريق على امتداد 8 كيلومترات.", [("8 كيلومترات", None)]),
]


@pytest.mark.parametrize("text,expected", CASES_ROLES_S15, ids=[f"roles15_{i}" for i in range(len(CASES_ROLES_S15))])
def test_roles_round15(text: str, expected: list[tuple]) -> None:
    assert [(n.text, n.role) for n in _run(text)] == expected


# An exact count written as millions + thousands + units ("مليونين و438 ألفا و954 صوتا") is one number; a list of
# counts after a multiplier ("5 آلاف و300 و200 جريح") is not.
CASES_COMPOUND3 = [
    ("وحصل المرشح على مليونين و438 ألفا و954 صوتا في الاقتراع.", [("مليونين و438 ألفا و954 صوتا", "2438954")]),
    ("ونال الرئيس 5 ملايين و329 ألفا و253 صوتا من أصوات الناخبين.", [("5 ملايين و329 ألفا و253 صوتا", "5329253")]),
    ("وبلغ عدد سكان الولاية مليون و12 ألفا و40 نسمة.", [("مليون و12 ألفا و40 نسمة", "1012040")]),
    ("وبلغ عدد سكان المدينة 25 ألفا و700 نسمة.", [("25 ألفا و700 نسمة", "25700")]),
    ("وقتل 5 آلاف و300 و200 جريح.", [("5 آلاف", "5000"), ("300", "300"), ("200 جريح", "200")]),
]


@pytest.mark.parametrize("text,expected", CASES_COMPOUND3, ids=[f"compound3_{i}" for i in range(len(CASES_COMPOUND3))])
def test_three_part_compound_counts(text: str, expected: list[tuple]) -> None:
    assert [(n.text, n.value) for n in _run(text)] == expected


# People are not destroyed (تضرر of people: affected), countries are not rescued: a role fits its counted noun.
CASES_ROLE_FITS = [
    ("وأرسلت أكثر من 60 دولة فرق إنقاذ إلى المنطقة المنكوبة.", [("أكثر من 60 دولة", None)]),
    ("وتضرر أكثر من 33 مليون شخص من الأمطار الموسمية.", [("أكثر من 33 مليون شخص", None)]),
    ("ودمرت السيول 40 منزلا في القرية.", [("40 منزلا", "destroyed")]),
    ("وأنقذت فرق الدفاع المدني 12 عائلة من الغرق.", [("12 عائلة", "rescued")]),
    ("وأنقذ الصيادون 25 شخصا قبالة الساحل.", [("25 شخصا", "rescued")]),
]


@pytest.mark.parametrize("text,expected", CASES_ROLE_FITS, ids=[f"rolefit_{i}" for i in range(len(CASES_ROLE_FITS))])
def test_a_role_fits_its_counted_noun(text: str, expected: list[tuple]) -> None:
    assert [(n.text, n.role) for n in _run(text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("وأعلنت الوزارة تسجيل أكثر من 4 آلاف حالة اختناق في عموم المحافظات.", [("أكثر من 4 آلاف حالة اختناق", "injured")]),
    ("وسجلت الوزارة 2764 حالة إجهاد حراري بين الحجاج.", [("2764 حالة إجهاد حراري", "injured")]),
    ("وسجلت المستشفيات 12 حالة وفاة.", [("12 حالة وفاة", "killed")]),
])
def test_cases_of_harm_are_the_hurt_not_the_dead(text, expected):
    """"4 آلاف حالة اختناق" in a dust storm are people hurt ("4,000 people were killed in Iraq" read a briefing)."""
    assert [(n.text, n.role) for n in _run(text)] == expected


def test_a_time_or_an_age_is_no_part_of_a_breakdown():
    """"بينهم 37 شهيدا خلال الساعات الـ24 الماضية": the 24 hours are not among the dead ("45,436 people, including
    24 hours, were killed" read a briefing), nor an age among the rescued."""
    nums = _run("وارتفعت الحصيلة إلى 45 ألفا و436 شهيدا، بينهم 37 شهيدا خلال الساعات الـ24 الماضية.")
    assert [(n.value, n.part_of) for n in nums] == [("45436", None), ("37", 0), ("24", None)]
    nums = _run("وأنقذ خفر السواحل 9 أشخاص، بينهم طفل في الخامسة من عمره.")
    assert [(n.text, n.part_of) for n in nums] == [("9 أشخاص", None), ("طفل", 0), ("الخامسة من عمره", None)]


@pytest.mark.parametrize("text,expected", [
    ("أعلنت وزارة الصحة ارتفاع حصيلة الإصابات بوباء الكوليرا في السودان إلى 9613 حالة، بينها 325 وفاة.",
     [("9613 حالة", None), ("325 وفاة", "killed")]),
    ("وقالت الوزارة إن 14 حالة وفاة و420 إصابة جديدة بالكوليرا سجلت أمس.", [("14 حالة وفاة", "killed"), ("420 إصابة", None)]),
    ("وأصيب 12 شخصا في القصف على السوق.", [("12 شخصا", "injured")]),
])
def test_in_an_outbreak_a_case_is_no_wound(text, expected):
    """"9613 حالة إصابة بالكوليرا" read "9,613 people were injured in Kassala" in a briefing."""
    assert [(n.text, n.role) for n in _run(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # the group named again after its count: no new count
    ("قتل خمسة صيادين في القصف. وقالت العائلات إن الصيادين الخمسة خرجوا فجرا.", [("خمسة صيادين", "5")]),
    ("واعتقلت الشرطة 4 ناشطين، ثم أفرجت النيابة عن الناشطين الأربعة.", [("4 ناشطين", "4")]),
    # said first, it is the count; things and places are counted again (every set marks them)
    ("ونعت الجماعة المقاتلين الثلاثة الذين قتلوا في الغارة.", [("المقاتلين الثلاثة", "3")]),
    ("ودخلت 6 شاحنات إلى المدينة، وتحمل الشاحنات الست أدوية.", [("6 شاحنات", "6"), ("الشاحنات الست", "6")]),
    # another value is another count
    ("قتل ثلاثة جنود، ونقل الجرحى الخمسة إلى المستشفى.", [("ثلاثة جنود", "3"), ("الجرحى الخمسة", "5")]),
])
def test_a_definite_group_named_again_is_no_new_count(text, expected):
    """"الضحايا الثلاثة", "الموظفين السبعة" after their count: the newer sets leave such repeats out."""
    assert [(n.text, n.value) for n in _run(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # a short number word before an indefinite plural the nouns list lacks counts it
    ("وقال الطبيب إن ست حالات من المصابين خطيرة.", [("ست حالات", "6")]),
    ("وأحالت النيابة الملف في خمس قضايا فساد.", [("خمس قضايا", "5")]),
    ("وانهار برج من ثماني طبقات وسط المدينة.", [("ثماني طبقات", "8")]),
    ("وشاركت سبع فرق دفاع مدني في إخماد النيران.", [("سبع فرق", "7")]),
    ("وقال أحد السكان: \"راحت تلات بيوت بالسيل\".", [("تلات بيوت", "3")]),
    # alone, or before a name or a definite word, it is an ordinary word
    ("وحضرت ست الحبايب الحفل.", []),
    ("وزارت ست نجاة السوق.", []),
])
def test_a_short_number_word_counts_a_plural_it_stands_before(text, expected):
    assert [(n.text, n.value) for n in _run(text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("وأدى تصادم قطارين قرب المحطة إلى تعطل الحركة.", [("قطارين", "2", "vehicles")]),
    ("وقال المرصد إن الفصائل سيطرت على تلتين قرب السد.", [("تلتين", "2", "places")]),
    ("ودمرت الغارة مستودعين للذخيرة في الريف.", [("مستودعين", "2", "buildings")]),
    ("وأصيب 5 أشخاص بينهم عونان من الحماية المدنية.", [("5 أشخاص", "5", "people"), ("عونان", "2", "people")]),
    ("وشارك في إخماد الحريق 300 عونا.", [("300 عونا", "300", "people")]),
    ("وقال مقران، وهو فلاح من القرية، إن النار أتت على الحقول.", []),
])
def test_duals_of_things_and_people_the_lists_lacked(text, expected):
    assert [(n.text, n.value, n.unit) for n in _run(text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("وتجمع مئات الفقراء أمام مقر الجمعية الخيرية.", [("مئات الفقراء", None, "people")]),
    ("وعلق آلاف المسافرين العالقين في المطار، بينهم عشرات المرافقين.", [("آلاف المسافرين", None, "people"),
                                                                       ("عشرات المرافقين", None, "people")]),
    ("وخسر عشرات الموالين مواشيهم في السيول.", [("عشرات الموالين", None, "people")]),
    ("ونظم عشرات المتقاعدين وقفة احتجاجية.", [("عشرات المتقاعدين", None, "people")]),
    # the weak dual "two workers" stays a dual
    ("وتوفي عاملين آسيويين في انهيار أرضي.", [("عاملين", "2", "people")]),
])
def test_vague_counts_of_people_the_lists_lacked(text, expected):
    assert [(n.text, n.value, n.unit) for n in _run(text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("وقتل في الكمين أحد أفراد الحرس الوطني وأصيب اثنان.", [("أحد أفراد الحرس", "1", "people")]),
    ("واحتجزت القوات إحدى سيارات الإسعاف عند الحاجز.", [("إحدى سيارات الإسعاف", "1", "vehicles")]),
    # a witness introduced, a superlative: no count
    ("وقال أحد سكان البلدة إن الماء غمر البيوت.", []),
    ("ويعد المعبر أحد أهم المنافذ الحدودية.", []),
])
def test_one_of_a_force_or_its_vehicles_is_a_count_of_one(text, expected):
    assert [(n.text, n.value, n.unit) for n in _run(text) if n.value == "1"] == expected


@pytest.mark.parametrize("text,expected", [
    ("وعاد السكان إلى البلدة بعد أكثر من عام على النزوح.", [("أكثر من عام", "1", "years")]),
    ("وانتهى الاشتباك بعد نحو ساعة من بدئه.", [("نحو ساعة", "1", "hours")]),
    ("وبقي المسافرون عالقين قرابة يوم ونصف.", [("قرابة يوم ونصف", "1.5", "days")]),
    ("وقال: \"بقينا شهرا كاملا بلا ماء\".", [("شهرا كاملا", "1", "months")]),
    # after منذ or a span word it is a date (dates.py), not a count
    ("ويعيش السكان بلا كهرباء منذ أكثر من عام.", []),
    ("وسيطرت الفرق على النيران خلال نحو ساعة.", []),
])
def test_one_unit_of_time_hedged_or_whole_is_a_count_of_one(text, expected):
    assert [(n.text, n.value, n.unit) for n in _run(text)] == expected


@pytest.mark.parametrize("text,surface,unit,counts", [
    # "420 هكتارا" had been 420 people displaced in a wildfire, and "نحو 300 هكتار" square kilometres
    ("والتهمت النيران 420 هكتارا من غابات الفلين.", "420 هكتارا", "area", "hectares"),
    ("وأتى الحريق على نحو 300 هكتار من الأحراج.", "نحو 300 هكتار", "area", "hectares"),
    ("وصادرت السلطات 150 دونما من أراضي القرية.", "150 دونما", "area", "dunams"),
    # agents, guards, officials counted by a dual are people (not "people named in pairs")
    ("وأصيب عونان من الحماية المدنية خلال عمليات الإخماد.", "عونان", "people", "people injured"),
])
def test_measures_and_dual_people_say_what_they_count(text, surface, unit, counts) -> None:
    got = {n.text: n for n in _run(text)}
    assert surface in got, list(got)
    assert (got[surface].unit, got[surface].counts) == (unit, counts)


@pytest.mark.parametrize("text,surface,value,counts", [
    # bombings, attacks, belts and bombers counted by a dual alone
    ("وسقط عشرات القتلى بتفجيرين استهدفا سوقا شعبية.", "تفجيرين", "2", "bombings"),
    ("وتبنى التنظيم هجومين على حاجزين للجيش.", "هجومين", "2", "attacks"),
    ("وضبطت القوات حزامين ناسفين داخل المخبأ.", "حزامين ناسفين", "2", "explosive devices"),
    ("وفجر انتحاريان نفسيهما عند مدخل الثكنة.", "انتحاريان", "2", "fighters"),
    # the last two decades count two decades, as the last two months count two months
    ("وتضاعفت العواصف الترابية خلال العقدين الماضيين.", "العقدين", "2", "decades"),
])
def test_duals_of_bombings_attacks_and_bombers_are_counts_of_two(text, surface, value, counts) -> None:
    got = {n.text: n for n in _run(text)}
    assert surface in got, list(got)
    assert (got[surface].value, got[surface].counts) == (value, counts)
