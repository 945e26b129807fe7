"""Summaries: Arabic extractive (real sentences, no captions/sources, no cross-outlet repeats,
attributions kept) and the English briefing generated from facts (no Arabic, key facts in it).

Articles are real Arabic: the two seeds (content/*.md) and four written for these tests (an
earthquake, air strikes on Gaza, the Derna floods from two outlets). Facts for the English
tests are given by hand, located by their surface text, so these tests do not wait for the
extractors; the dev-set test at the end runs the real extractors on the seeds.
"""
from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from generator.briefing_en import (
    article_briefing,
    count_phrase,
    format_date_en,
    has_arabic,
    plain_count,
    story_briefing,
    with_article,
)
from generator.config import Config
from generator.models import (
    Article,
    Attribution,
    Entity,
    Event,
    Facts,
    NumberMention,
    Outlet,
    RawArticle,
    Story,
)
from generator.nlp.normalise import norm
from generator.nlp.sentences import split_sentences
from generator.summarise import skipped_paragraphs, summarise_all, tokens

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO.parent / "shared" / "dev-set" / "seeds_gold.json"
ARABIC = re.compile("[\u0600-\u06FF\u0750-\u077F\uFB50-\uFEFF]")

AJ = Outlet("aljazeera", "الجزيرة", "Al Jazeera")
MAY = Outlet("almayadeen", "الميادين", "Al Mayadeen")
ARB = Outlet("alarabiya", "العربية", "Al Arabiya")


def _seed(name: str) -> str:
    text = (REPO / "content" / f"{name}.md").read_text(encoding="utf-8")
    return text.split("---\n", 2)[2]  # body after the YAML front matter


SEED_000 = _seed("000_09431e1766a80a3f")
SEED_002 = _seed("002_6adb1008a1e27dc1")

QUAKE = """زلزال بقوة 6.4 درجات يضرب جنوب تركيا

ضرب زلزال بقوة 6.4 درجات على مقياس ريختر ولاية هاتاي جنوبي تركيا مساء الاثنين، وشعر به سكان في شمال سوريا ولبنان.

فرق الإنقاذ تبحث عن ناجين تحت أنقاض مبنى منهار في أنطاكيا (الأناضول)

وقال وزير الداخلية التركي سليمان صويلو إن حصيلة القتلى ارتفعت إلى ثلاثة أشخاص، فيما أصيب 213 آخرون بجروح.

وأضاف أن فرق الإنقاذ انتشلت ناجين من تحت أنقاض عدد من المباني المنهارة في مدينة أنطاكيا.

وأعلنت إدارة الكوارث والطوارئ التركية (آفاد) أن الزلزال أعقبته هزة ارتدادية بقوة 5.8 درجات بعد ثلاث دقائق.

وفي سوريا، قال الدفاع المدني إن عشرات الأشخاص أصيبوا بحالات هلع في مدن إدلب وحلب، دون تسجيل أضرار كبيرة.

ويأتي الزلزال بعد أسبوعين من زلزالين مدمرين ضربا المنطقة وأوديا بحياة أكثر من 47 ألف شخص في تركيا وسوريا.

المصدر : الجزيرة + وكالات"""

GAZA = """غارات إسرائيلية على خان يونس

قتل ثمانية فلسطينيين بينهم ثلاثة أطفال في غارات جوية إسرائيلية استهدفت منازل في مدينة خان يونس جنوبي قطاع غزة فجر الخميس، وفق ما أفادت به وزارة الصحة في غزة.

وقال المتحدث باسم الدفاع المدني محمود بصل إن طواقم الإنقاذ ما زالت تبحث عن مفقودين تحت الركام.

وأضاف أن عدد المفقودين يقدر بنحو عشرين شخصا معظمهم من النساء والأطفال.

في المقابل، قال الجيش الإسرائيلي إنه استهدف بنى تحتية تابعة لحركة حماس في المنطقة.

وتشير تقديرات الأمم المتحدة إلى نزوح نحو 1.7 مليون شخص داخل القطاع منذ بداية الحرب.

تصوير: رويترز"""

DERNA_AJ = """ارتفاع حصيلة ضحايا الفيضانات في درنة

أعلنت السلطات في شرق ليبيا ارتفاع حصيلة ضحايا الفيضانات التي اجتاحت مدينة درنة إلى أكثر من 5300 قتيل، فيما لا يزال الآلاف في عداد المفقودين.

وقال وزير الصحة في الحكومة المكلفة من مجلس النواب عثمان عبد الجليل إن فرق الإنقاذ انتشلت مئات الجثث من البحر خلال الساعات الماضية.

وأوضح أن انهيار سدين على وادي درنة تسبب في جرف أحياء كاملة نحو البحر.

وقالت المنظمة الدولية للهجرة إن أكثر من 30 ألف شخص نزحوا من المدينة بعد الكارثة.

وتواصل دول عربية وأجنبية إرسال فرق إنقاذ ومساعدات طبية إلى المدينة المنكوبة.

المصدر : وكالات"""

DERNA_ARB = """درنة: أكثر من 5300 قتيل

أعلنت السلطات في شرق ليبيا، اليوم الأربعاء، ارتفاع حصيلة ضحايا الفيضانات التي اجتاحت مدينة درنة إلى أكثر من 5300 قتيل، فيما لا يزال آلاف الأشخاص في عداد المفقودين.

وقالت المنظمة الدولية للهجرة إن أكثر من 30 ألف شخص نزحوا من درنة بعد الكارثة.

وأفاد مراسل العربية بأن فرق الإنقاذ التركية والمصرية وصلت إلى المدينة صباح اليوم للمشاركة في عمليات البحث.

وكانت العاصفة دانيال قد ضربت شرق ليبيا يوم الأحد الماضي مسببة أمطارا غزيرة وسيولا جارفة."""


def _at(body: str, text: str) -> tuple[int, int]:
    start = body.index(text)
    return start, start + len(text)


def article(ident: str, body: str, outlet: Outlet = AJ, published: str = "2017-11-08", *,
            events=(), numbers=(), entities=(), attributions=()) -> Article:
    """An Article with hand-made facts, each located by its surface text in ``body``."""
    title = body.split("\n", 1)[0]
    raw = RawArticle(id=ident, source_file=f"{ident}.md", body=body, title=title, outlet=outlet, published=published)
    evs = tuple(Event(type=t, actor=None, actor_en=a, location=None, location_en=loc, date=d, text=x,
                      start=_at(body, x)[0], end=_at(body, x)[1], modality=m, attributed_to=src)
                for t, a, loc, d, x, m, src in events)
    nums = []
    for text, value, counts, qual, role, part_of in numbers:
        s, e = _at(body, text)
        nums.append(NumberMention(text, s, e, value=value, unit="people", counts=counts, qualifier=qual,
                                  role=role, part_of=part_of))
    ents = tuple(Entity(t, *_at(body, t), type=ty, id=i, name_en=en) for t, ty, i, en in entities)
    atts = tuple(Attribution(speaker=sp, speaker_en=spe, verb=None, text=x, start=_at(body, x)[0],
                             end=_at(body, x)[1], direct=False) for sp, spe, x in attributions)
    facts = Facts(numbers=tuple(nums), entities=ents, attributions=atts, events=evs)
    return Article(raw=raw, sentences=split_sentences(body), facts=facts)


ARTICLES = {
    "seed000": lambda: article("000", SEED_000, AJ, "2017-11-08"),
    "seed002": lambda: article("002", SEED_002, MAY, "2017-11-09"),
    "quake": lambda: article("quake", QUAKE, AJ, "2023-02-20"),
    "gaza": lambda: article("gaza", GAZA, AJ, "2023-11-09"),
    "derna_aj": lambda: article("derna_aj", DERNA_AJ, AJ, "2023-09-13"),
    "derna_arb": lambda: article("derna_arb", DERNA_ARB, ARB, "2023-09-13"),
}


def _summarise(arts: list[Article], stories=(), k: int = 3):
    return summarise_all(arts, list(stories), Config(summary_sentences=k))


def _sentence_text(a: Article, i: int) -> str:
    s = a.sentences[i]
    return a.body[s.start:s.end]


# --------------------------------------------------------------------------- Arabic, per article


@pytest.mark.parametrize("name", sorted(ARTICLES))
@pytest.mark.parametrize("k", [1, 3, 5])
def test_summary_is_real_sentences_of_the_body(name, k):
    a = _summarise([ARTICLES[name]()], k=k)[0][0]
    s = a.summary
    assert s.ar_sentences, "every article here has summary material"
    assert list(s.ar_sentences) == sorted(set(s.ar_sentences))
    texts = [_sentence_text(a, i) for i in s.ar_sentences]
    assert s.ar == " ".join(texts)
    for t in texts:
        assert t in a.body
    # a unit (claim + attribution) may add at most one sentence over the budget, never more
    assert len(texts) <= max(k, 2)
    skipped = skipped_paragraphs(a)
    assert all(a.sentences[i].paragraph not in skipped for i in s.ar_sentences)
    assert "المصدر" not in s.ar and "تصوير" not in s.ar


@pytest.mark.parametrize("name,line,reason", [
    ("seed000", "النظام السوري يستعيد البوكمال على حدود العراق", "heading"),
    ("seed000", "الإعلام الحربي السوري إن قوات النظام", "caption"),
    ("seed000", "قوات النظام قالت إنها التقت القوات العراقية", "caption"),
    ("seed000", "مسؤول إيراني", "heading"),
    ("seed000", "المصدر : الجزيرة + وكالات", "source"),
    ("seed002", "استعادة بلدة قصر علي في ريف حماة", "heading"),
    ("quake", "فرق الإنقاذ تبحث عن ناجين تحت أنقاض", "caption"),
    ("quake", "زلزال بقوة 6.4 درجات يضرب جنوب تركيا", "heading"),
    ("gaza", "تصوير: رويترز", "source"),
    ("derna_aj", "المصدر : وكالات", "source"),
])
def test_captions_headings_and_source_lines_are_skipped(name, line, reason):
    a = ARTICLES[name]()
    skipped = skipped_paragraphs(a)
    para = next(s.paragraph for s in a.sentences if a.body[s.start:s.end].startswith(line))
    assert skipped.get(para) == reason


@pytest.mark.parametrize("name,line", [
    ("seed002", "تقدّم الجيش السوري وحلفاؤه في محور المقاومة"),  # a one-sentence lead is not a title
    ("seed000", "أعلن النظام السوري أن قواته"),
    ("quake", "ضرب زلزال بقوة 6.4 درجات"),
    ("derna_arb", "وكانت العاصفة دانيال قد ضربت"),
])
def test_body_paragraphs_are_kept(name, line):
    a = ARTICLES[name]()
    para = next(s.paragraph for s in a.sentences if a.body[s.start:s.end].startswith(line))
    assert para not in skipped_paragraphs(a)


@pytest.mark.parametrize("name,speaker_line,continuation", [
    ("quake", "وقال وزير الداخلية التركي", "وأضاف أن فرق الإنقاذ"),
    ("gaza", "وقال المتحدث باسم الدفاع المدني", "وأضاف أن عدد المفقودين"),
    ("derna_aj", "وقال وزير الصحة في الحكومة", "وأوضح أن انهيار سدين"),
])
@pytest.mark.parametrize("k", [1, 2, 3, 4, 5, 6])
def test_continuation_never_cut_from_its_speaker(name, speaker_line, continuation, k):
    a = _summarise([ARTICLES[name]()], k=k)[0][0]
    texts = [_sentence_text(a, i) for i in a.summary.ar_sentences]
    if any(t.startswith(continuation) for t in texts):
        assert any(t.startswith(speaker_line) for t in texts)
    # and with enough room the pair is chosen together
    if k >= 6:
        assert any(t.startswith(continuation) for t in texts)


def test_attribution_spanning_two_sentences_stays_whole():
    body = ("قصف على المدينة\n\n"
            "قال المرصد السوري لحقوق الإنسان إن الطائرات الروسية شنت أكثر من عشرين غارة على أحياء المدينة. "
            "وأدت الغارات إلى مقتل اثني عشر مدنيا بينهم أطفال ونساء في الأحياء الشرقية.\n\n"
            "وتشهد المدينة منذ أسبوعين معارك عنيفة بين القوات الحكومية وفصائل المعارضة المسلحة في الريف الشمالي.\n\n"
            "وتقول الأمم المتحدة إن آلاف المدنيين فروا من المدينة باتجاه الحدود التركية خلال الأيام الماضية.")
    claim = ("الطائرات الروسية شنت أكثر من عشرين غارة على أحياء المدينة. "
             "وأدت الغارات إلى مقتل اثني عشر مدنيا بينهم أطفال ونساء في الأحياء الشرقية")
    a = article("air", body, attributions=[("المرصد السوري لحقوق الإنسان", "Syrian Observatory for Human Rights",
                                             claim)])
    first = next(s.index for s in a.sentences if a.body[s.start:s.end].startswith("قال المرصد"))
    for k in range(1, 5):
        got = set(_summarise([a], k=k)[0][0].summary.ar_sentences)
        assert (first in got) == (first + 1 in got), (k, got)


# --------------------------------------------------------------------------- Arabic, per story


def _near_duplicates(x: str, y: str) -> bool:
    """An independent check: word-set overlap of the normalised sentences."""
    a, b = set(norm(x).split()), set(norm(y).split())
    return len(a & b) / max(1, min(len(a), len(b))) >= 0.6


STORIES = {
    "derna": (["derna_aj", "derna_arb"], [
        ("أعلنت السلطات في شرق ليبيا ارتفاع", "أعلنت السلطات في شرق ليبيا، اليوم"),
        ("وقالت المنظمة الدولية للهجرة إن أكثر من 30 ألف شخص نزحوا من المدينة",
         "وقالت المنظمة الدولية للهجرة إن أكثر من 30 ألف شخص نزحوا من درنة"),
    ]),
    "abu_kamal": (["seed000", "seed002"], []),
}


@pytest.mark.parametrize("story", sorted(STORIES))
@pytest.mark.parametrize("k", [2, 3, 5, 8])
def test_story_summary_draws_on_outlets_without_repeats(story, k):
    names, pairs = STORIES[story]
    arts = [ARTICLES[n]() for n in names]
    st = Story(id=story, title_ar="", title_en="", article_ids=tuple(a.id for a in arts),
               outlet_ids=tuple(a.outlet.id for a in arts))
    _, stories = _summarise(arts, [st], k=k)
    s = stories[0].summary
    by_id = {a.id: a for a in arts}
    texts = [_sentence_text(by_id[aid], i) for aid, i in s.ar_sources]
    assert s.ar == " ".join(texts)
    assert len(set(s.ar_sources)) == len(s.ar_sources)
    assert len(texts) <= max(k, 2)
    for i, x in enumerate(texts):
        for y in texts[i + 1:]:
            assert not _near_duplicates(x, y), (x, y)
    for p, q in pairs:
        assert not (any(t.startswith(p) for t in texts) and any(t.startswith(q) for t in texts))
    if k >= 5:
        assert len({aid for aid, _ in s.ar_sources}) == len(arts), "every outlet contributes"


def test_story_same_fact_by_number_is_not_repeated():
    """Two outlets giving the same count (fact key: value + role) are one fact, however worded."""
    a = article("derna_aj", DERNA_AJ, AJ, numbers=[("أكثر من 30 ألف شخص", "30000", "people displaced",
                                                     "more than", "displaced", None)])
    b_body = DERNA_ARB.replace("وقالت المنظمة الدولية للهجرة إن أكثر من 30 ألف شخص نزحوا من درنة بعد الكارثة.",
                               "وبحسب أرقام أممية، اضطر ما يزيد على 30 ألف شخص إلى ترك منازلهم في درنة.")
    b = article("derna_arb", b_body, ARB, numbers=[("ما يزيد على 30 ألف شخص", "30000", "people displaced",
                                                     "more than", "displaced", None)])
    st = Story(id="d", title_ar="", title_en="", article_ids=("derna_aj", "derna_arb"),
               outlet_ids=("aljazeera", "alarabiya"))
    _, stories = _summarise([a, b], [st], k=8)
    texts = [_sentence_text({"derna_aj": a, "derna_arb": b}[aid], i) for aid, i in stories[0].summary.ar_sources]
    assert sum("30 ألف" in t for t in texts) <= 1


def test_tokens_fold_and_stem():
    assert tokens("وأجبرت المعارك") == tokens("واجبرت المعارك")
    assert "في" not in tokens("في المدينة")


# --------------------------------------------------------------------------- English from facts

DERNA_FACTS = {
    "events": [
        ("killing/casualties", None, "Derna", None,
         "ارتفاع حصيلة ضحايا الفيضانات التي اجتاحت مدينة درنة إلى أكثر من 5300 قتيل", "reported",
         "eastern Libyan authorities"),
        ("displacement", None, "Derna", None, "أكثر من 30 ألف شخص نزحوا من المدينة", "reported",
         "International Organization for Migration"),
    ],
    "numbers": [("أكثر من 5300 قتيل", "5300", "people killed", "more than", "killed", None),
             ("أكثر من 30 ألف شخص", "30000", "people displaced", "more than", "displaced", None)],
    "attributions": [("عثمان عبد الجليل", "Othman Abdul Jalil",
                   "فرق الإنقاذ انتشلت مئات الجثث من البحر خلال الساعات الماضية"),
                  ("الحكومة", None, "انهيار سدين على وادي درنة تسبب في جرف أحياء كاملة نحو البحر")],
}

GAZA_FACTS = {
    "events": [("killing/casualties", "Israeli air force", "Khan Younis", "2023-11-09",
             "قتل ثمانية فلسطينيين بينهم ثلاثة أطفال في غارات جوية إسرائيلية", "reported", "Gaza Health Ministry"),
            # names only in Arabic must never leak: this event has no English place and is dropped
            ("capture/control", "Israeli army", "قرية السيال", None, "استهدفت منازل في مدينة خان يونس",
             "asserted", None),
            ("displacement", None, "Gaza Strip", None, "نزوح نحو 1.7 مليون شخص داخل القطاع", "reported",
             "United Nations")],
    "numbers": [("ثمانية فلسطينيين", "8", "Palestinians killed", "exact", "killed", None),
             ("ثلاثة أطفال", "3", "children", "exact", "killed", 0),
             ("نحو 1.7 مليون شخص", "1700000", "people displaced", "approx", "displaced", None)],
    "attributions": [("محمود بصل", "Mahmoud Basal", "طواقم الإنقاذ ما زالت تبحث عن مفقودين تحت الركام"),
                  ("الجيش الإسرائيلي", "Israeli army", "استهدف بنى تحتية تابعة لحركة حماس في المنطقة")],
}

ABU_KAMAL_FACTS = {
    "events": [("capture/control", "Syrian government", "Abu Kamal (Al-Bukamal)", None,
             "النظام السوري يستعيد البوكمال على حدود العراق", "asserted", None),
            ("capture/control", "Syrian government forces", "Abu Kamal (Al-Bukamal)", None,
             "سيطروا على مدينة البوكمال آخر معاقل تنظيم الدولة", "reported", "Syrian government"),
            ("capture/control", "Iraqi forces", "Al-Qa'im District", "2017-W44",
             "طردت القوات العراقية الأسبوع الماضي تنظيم الدولة من قضاء القائم العراقي", "asserted", None),
            ("advance/offensive", "Syrian government forces", "Idlib Governorate", None,
             "يبدأ الجيش السوري قريبا انتزاع السيطرة على محافظة إدلب", "predicted", "Ali Akbar Velayati"),
            ("displacement", None, "Abu Kamal (Al-Bukamal)", None,
             "أجبرت المعارك المستمرة باتجاه البوكمال منذ أسابيع نحو 120 ألف شخص على النزوح من المدينة",
             "reported", "United Nations"),
            ("killing/casualties", "unidentified aircraft", "Al-Sayyal", None, "أربعة مدنيين -بينهم طفلان وامرأة- قتلوا",
             "reported", "local sources"),
            ("statement", "Ali Akbar Velayati", None, None, "خط المقاومة يبدأ من طهران", "asserted", None)],
    "numbers": [("أربعة مدنيين", "4", "civilians killed", "exact", "killed", None),
             ("طفلان", "2", "children", "exact", "killed", 0),
             ("امرأة", "1", "women", "exact", "killed", 0),
             ("نحو 120 ألف شخص", "120000", "people displaced", "approx", "displaced", None)],
    "attributions": [("علي أكبر ولايتي", "Ali Akbar Velayati", "قريبا سنمشط شرق سوريا ثم منطقة إدلب في الغرب"),
                  ("وكالة مهر", "Mehr News Agency", "خط المقاومة يبدأ من طهران")],
}

ENGLISH_CASES = [
    ("derna_aj", DERNA_AJ, DERNA_FACTS, [
        "More than 5,300 people were killed in Derna, according to the eastern Libyan authorities.",
        ("More than 30,000 people were displaced from Derna, according to the International Organization for "
        "Migration."),
        "Sources cited: Othman Abdul Jalil.",
    ]),
    ("gaza", GAZA, GAZA_FACTS, [
        ("On 9 November 2023 eight Palestinians, including three children, were killed by the Israeli air force "
        "in Khan Younis, according to the Gaza Health Ministry."),
        "About 1.7 million people were displaced from the Gaza Strip, according to the United Nations.",
        "Mahmoud Basal",
    ]),
    ("seed000", SEED_000, ABU_KAMAL_FACTS, [
        "The Syrian government took control of Abu Kamal (Al-Bukamal), according to the Syrian government.",
        "In the week of 30 October 2017 Iraqi forces took control of Al-Qa'im District.",
        "About 120,000 people were displaced from Abu Kamal, according to the United Nations.",
        ("Four civilians, including two children and one woman, were killed by unidentified aircraft in Al-Sayyal, "
        "according to local sources."),
        "Ali Akbar Velayati said Syrian government forces would advance on Idlib Governorate.",
    ]),
]


@pytest.mark.parametrize("name,body,facts,expected", ENGLISH_CASES, ids=[c[0] for c in ENGLISH_CASES])
def test_english_briefing_from_facts(name, body, facts, expected):
    a = article(name, body, **facts)
    en = article_briefing(a)
    for sentence in expected:
        assert sentence in en, en
    assert not ARABIC.search(en)
    assert en == article_briefing(a), "deterministic"


def test_english_order_key_events_first_then_future():
    en = article_briefing(article("000", SEED_000, **ABU_KAMAL_FACTS))
    capture = en.index("took control of Abu Kamal")
    killed = en.index("were killed")
    displaced = en.index("were displaced")
    predicted = en.index("would advance")
    assert capture < killed < displaced < predicted
    assert en.count("took control of Abu Kamal") == 1, "the same event from two voices is one sentence"


def test_english_drops_facts_without_english_names():
    facts = {"events": [("capture/control", "قوات النظام", "البوكمال", None, "سيطروا على مدينة البوكمال",
                          "asserted", None),
                         ("visit/inspection", "Qasem Soleimani", None, None,
                          "فيما أكد مسؤول إيراني", "asserted", None)],
                 "numbers": [("أربعة مدنيين", "4", "مدنيين قتلى", "exact", "killed", None)],
                 "attributions": [("علي أكبر ولايتي", None, "قريبا سنمشط شرق سوريا ثم منطقة إدلب في الغرب")]}
    en = article_briefing(article("000", SEED_000, **facts))
    assert not ARABIC.search(en)
    assert "took control" not in en  # no English place: the capture cannot be told
    assert en == "", en


def test_story_briefing_merges_outlets_and_cites_them():
    a = article("derna_aj", DERNA_AJ, AJ, "2023-09-14", **DERNA_FACTS)
    b = article("derna_arb", DERNA_ARB, ARB, "2023-09-14", events=[
        ("killing/casualties", None, "Derna", "2023-09-13",
         "ارتفاع حصيلة ضحايا الفيضانات التي اجتاحت مدينة درنة إلى أكثر من 5300 قتيل", "asserted", None)],
        numbers=[("أكثر من 5300 قتيل", "5300", "people killed", "more than", "killed", None)])
    st = Story(id="d", title_ar="", title_en="", article_ids=("derna_aj", "derna_arb"),
               outlet_ids=("aljazeera", "alarabiya"))
    en = story_briefing(st, {"derna_aj": a, "derna_arb": b})
    assert en.count("5,300") == 1, en
    assert "On 13 September 2023 more than 5,300 people were killed in Derna, according to Al Arabiya and the " \
           "eastern Libyan authorities." in en, en
    assert not ARABIC.search(en)


@pytest.mark.parametrize("value,basis,expected", [
    ("2017-11-03", "text", "On 3 November 2017"),
    ("2017-11-08", "published", "By 8 November 2017"),
    ("2017-W44", None, "In the week of 30 October 2017"),
    ("2017-11", None, "In November 2017"),
    ("2017", None, "In 2017"),
    ("soon", None, None),
    (None, None, None),
])
def test_dates_in_english(value, basis, expected):
    assert format_date_en(value, basis) == expected


@pytest.mark.parametrize("name,expected", [
    ("United Nations", "the United Nations"),
    ("Syrian government", "the Syrian government"),
    ("Syrian government forces", "Syrian government forces"),
    ("local sources", "local sources"),
    ("SANA", "SANA"),
    ("Hezbollah", "Hezbollah"),
    ("Ali Akbar Velayati", "Ali Akbar Velayati"),
    ("Syrian Observatory for Human Rights", "the Syrian Observatory for Human Rights"),
    ("Al Jazeera", "Al Jazeera"),
    # a location naming several places: the article goes with each name, the list reads as English
    ("Spain; United Kingdom; Qatar; United Arab Emirates",
     "Spain, the United Kingdom, Qatar and the United Arab Emirates"),
    ("Jordan; Egypt", "Jordan and Egypt"),
    # coasts, bridges, dams, straits, heights ... ("killed in Syrian coast" read a briefing); not a town
    # whose name opens with such a word, nor a lake
    ("Syrian coast", "the Syrian coast"), ("Allenby Bridge", "the Allenby Bridge"), ("Tishrin Dam", "the Tishrin Dam"),
    ("Strait of Hormuz", "the Strait of Hormuz"), ("Golan Heights", "the Golan Heights"),
    ("Port Sudan", "Port Sudan"), ("Lake Chad", "Lake Chad"),
    ("Embassy of India in Kuwait", "the Embassy of India in Kuwait"),
    ("Port of Aqaba", "the Port of Aqaba"), ("Middle East", "the Middle East"), ("Horn of Africa", "the Horn of Africa"),
    ("Republican Palace", "the Republican Palace"), ("Green Zone", "the Green Zone"),
    # an office named by what it heads takes "the"; a title before a name does not
    ("Governor of Tizi Ouzou (via APS)", "the Governor of Tizi Ouzou (via APS)"), ("Mayor of Zawiya", "the Mayor of Zawiya"),
    ("President Joseph Aoun", "President Joseph Aoun"),
    # an office named without its holder ("Sources cited: Health Minister, ..." read a briefing); a surname that is
    # also an office word stays a name
    ("Health Minister", "the Health Minister"), ("Deputy Interior Minister", "the Deputy Interior Minister"),
    ("Commander-in-Chief of the Iraqi Armed Forces", "the Commander-in-Chief of the Iraqi Armed Forces"),
    ("Abdul Wali", "Abdul Wali"),
    # an outlet's or a body's correspondent or official is someone too
    ("Al Mayadeen correspondent", "an Al Mayadeen correspondent"), ("Rudaw correspondent", "a Rudaw correspondent"),
    ("Saba News Agency correspondent (via SANA)", "a Saba News Agency correspondent (via SANA)"),
    # a lower-case singular role is someone: "according to source in the Yemeni Ministry of Transport" read a briefing
    ("security source at the Basra Police Command", "a security source at the Basra Police Command"),
    ("source in the Yemeni Ministry of Transport", "a source in the Yemeni Ministry of Transport"),
    ("official source at the Rafah crossing", "an official source at the Rafah crossing"),
    ("medical sources at the Hamshari Hospital", "medical sources at the Hamshari Hospital"),
    ("our correspondent", "our correspondent"),
])
def test_article_the(name, expected):
    assert with_article(name) == expected


@pytest.mark.parametrize("place,expected", [
    ("Syrian coast", "More than 1,000 people were killed on the Syrian coast."),
    ("Allenby Bridge", "More than 1,000 people were killed at the Allenby Bridge."),
    ("Nevatim Air Base", "More than 1,000 people were killed at Nevatim Air Base."),
    ("Port Sudan", "More than 1,000 people were killed in Port Sudan."),
    ("Kamal Adwan Hospital", "More than 1,000 people were killed in Kamal Adwan Hospital."),
])
def test_place_takes_its_preposition(place, expected):
    body = "قتل أكثر من ألف شخص."
    facts = {"events": [("killing/casualties", None, place, None, "قتل أكثر من ألف شخص", "asserted", None)],
             "numbers": [("أكثر من ألف شخص", "1000", "people killed", "more than", "killed", None)]}
    assert expected in article_briefing(article("p", body, AJ, "2024-06-10", **facts))


@pytest.mark.parametrize("text,value,counts,qualifier,expected", [
    ("نحو 120 ألف شخص", "120000", "people displaced", "approx", "about 120,000 people"),
    ("أربعة مدنيين", "4", "civilians killed", "exact", "four civilians"),
    ("امرأة", "1", "women", "exact", "one woman"),
    ("العديد من القتلى", None, "Islamic State militants killed", "vague", "many Islamic State militants"),
    ("بعض مسلحيه", None, "Islamic State fighters killed (by Syrian government forces)", "vague",
     "some Islamic State fighters"),
    ("6 مسلحين", "6", "Islamic State militants killed", "exact", "six Islamic State militants"),
    ("أكثر من 47 ألف شخص", "47000", None, "more than", "more than 47,000 people"),
])
def test_count_phrases(text, value, counts, qualifier, expected):
    n = NumberMention(text, 0, len(text), value=value, unit="people", counts=counts, qualifier=qualifier)
    assert count_phrase(n) == expected


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_summaries_are_deterministic_and_english_has_no_arabic(name):
    a1 = _summarise([ARTICLES[name]()])[0][0].summary
    a2 = _summarise([ARTICLES[name]()])[0][0].summary
    assert a1 == a2
    assert not has_arabic(a1.en) and a1.en_generated and a1.en_backend == "facts" and a1.en == a1.en_facts


# --------------------------------------------------------------------------- dev set, real extractors


def _analysed_seeds() -> list[Article]:
    from generator.nlp.analyse import analyse
    from generator.nlp.entities import Gazetteer

    gaz = Gazetteer.load([])
    out = []
    for ident, name, outlet, pub in [("000", "000_09431e1766a80a3f", AJ, "2017-11-08"),
                                     ("002", "002_6adb1008a1e27dc1", MAY, "2017-11-09")]:
        body = (REPO.parent / "shared" / "seeds" / f"{name}.txt").read_text(encoding="utf-8")
        raw = RawArticle(id=ident, source_file=f"{name}.txt", body=body, outlet=outlet, published=pub)
        out.append(analyse(raw, gaz))
    return out


# key events of the seeds: (article, what the English must contain, all on one sentence)
DEV_KEY_EVENTS = [
    ("000", ["took control of Abu Kamal"]),
    ("000", ["120,000", "displaced"]),
    ("000", ["four civilians", "killed"]),
    ("002", ["took control of Deir ez-Zor", "3 November 2017"]),
]


@pytest.mark.parametrize("ident,needles", DEV_KEY_EVENTS)
def test_dev_set_key_events_in_english(ident, needles):
    if not GOLD.is_file():
        pytest.skip(f"dev set absent ({GOLD}); it lives in ../shared beside the repository")
    arts = _analysed_seeds()
    if not any(a.facts.events for a in arts) or not any(a.facts.numbers for a in arts):
        pytest.xfail("extractors not merged yet (events/numbers placeholders return nothing)")
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    assert {a["published"] for a in gold["articles"].values()} >= {"2017-11-08"}
    a = next(x for x in arts if x.id == ident)
    en = article_briefing(a)
    assert not ARABIC.search(en)
    sentences = re.split(r"(?<=\.)\s", en)
    assert any(all(n.lower() in s.lower() for n in needles) for s in sentences), en
    # and the same facts reach the story briefing
    st = Story(id="s", title_ar="", title_en="", article_ids=("000", "002"), outlet_ids=("aljazeera", "almayadeen"))
    _, stories = summarise_all(arts, [st], Config())
    assert any(all(n.lower() in s.lower() for n in needles) for s in re.split(r"(?<=\.)\s", stories[0].summary.en))


def test_seed_summaries_with_current_extractors():
    """Whatever the extractors give today, summaries of the seeds hold the invariants."""
    if not (REPO.parent / "shared" / "seeds").is_dir():
        pytest.skip("seed texts absent (../shared/seeds)")
    arts = _analysed_seeds()
    st = Story(id="s", title_ar="", title_en="", article_ids=("000", "002"), outlet_ids=("aljazeera", "almayadeen"))
    new, stories = summarise_all(arts, [st], Config())
    for a in new:
        assert a.summary.ar and not has_arabic(a.summary.en)
        assert all(a.sentences[i].paragraph not in skipped_paragraphs(a) for i in a.summary.ar_sentences)
    assert stories[0].summary.ar_sources and not has_arabic(stories[0].summary.en)
    assert replace(new[0].summary) == new[0].summary


@pytest.mark.parametrize("text,value,counts,parts,expected", [
    ("أربعة مدنيين", "4", "civilians killed", [("طفلان", "2", "children"), ("امرأة", "1", "women")],
     "four civilians killed, including two children and one woman,"),
    ("سيارة", "1", "vehicles destroyed", [], "one vehicle destroyed"),
    ("نحو 120 ألف شخص", "120000", "people displaced (UN estimate)", [], "about 120,000 people displaced"),
])
def test_count_phrases_with_outcome(text, value, counts, parts, expected):
    n = NumberMention(text, 0, len(text), value=value, unit="people", counts=counts, qualifier="approx"
                      if "نحو" in text else "exact")
    ps = [NumberMention(t, 0, len(t), value=v, unit="people", counts=c, qualifier="exact", part_of=0)
          for t, v, c in parts]
    assert count_phrase(n, ps, with_outcome=True) == expected


def test_number_sentence_punctuation():
    facts = {"numbers": [("أربعة مدنيين", "4", "civilians killed", "exact", "killed", None),
                          ("طفلان", "2", "children", "exact", "killed", 0)],
                 "attributions": [("مصادر محلية", "local sources", "أربعة مدنيين -بينهم طفلان وامرأة- قتلوا")]}
    en = article_briefing(article("000", SEED_000, **facts))
    assert "Four civilians were killed, including two children, according to local sources." in en, en
    assert ",," not in en and ",." not in en


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_fast_norm_equals_norm(name):
    from generator.summarise import fast_norm
    body = ARTICLES[name]().body + " ﻻ أإآ ى ة ٠١٢ « » ـ \u200f"
    assert fast_norm(body) == norm(body)


@pytest.mark.parametrize("name,shown", [
    ("Syrian aircraft (Syria)", "Syrian aircraft"),
    ("Russian aircraft (Russia)", "Russian aircraft"),
    ("Syrian government forces (Syria)", "Syrian government forces"),
    ("Ministry of Health (Gaza)", "Ministry of Health (Gaza)"),      # the place is the point here
    ("Abu Kamal (Al-Bukamal)", "Abu Kamal (Al-Bukamal)"),            # an alternative name, kept
    ("Al-Qa'im (district, Iraq)", "Al-Qa'im (district, Iraq)"),
    ("US forces (United States)", "US forces"),                      # country_words in english.yaml
    ("British warships (United Kingdom)", "British warships"),
    ("Ministry of Interior (Kuwait)", "Ministry of Interior (Kuwait)"),
    # another form whose words are all in the name says nothing more
    ("Hodh Ech Chargui State (Hodh Ech Chargui)", "Hodh Ech Chargui State"),
    ("Royal Moroccan Armed Forces (Royal Armed Forces)", "Royal Moroccan Armed Forces"),
    # ... a country by its adjective, the words in another order ("The Syrian government (Government of Syria)
    # made accusations" read a briefing)
    ("Syrian government (Government of Syria)", "Syrian government"),
    ("Port of Hodeidah (Hodeidah port)", "Port of Hodeidah"),
    ("Port of Hodeidah (Hodeidah port) (Hodeidah)", "Port of Hodeidah"),
    ("Hajjah (Hajjah Governorate)", "Hajjah"), ("North Sinai (North Sinai Governorate)", "North Sinai"),
    ("Al-Husseiniya (Ma'an)", "Al-Husseiniya (Ma'an)"),
    ("Taiz; Hajjah (Hajjah Governorate)", "Taiz; Hajjah"),
    ("Federal Ministry of Health (Sudanese Ministry of Health)", "Federal Ministry of Health (Sudanese Ministry of Health)"),
    ("Al-Tanf (Al-Tanf garrison)", "Al-Tanf (Al-Tanf garrison)"),
    ("Israel (the occupation)", "Israel (the occupation)"),
])
def test_prose_drops_a_country_the_name_already_says(name, shown):
    from generator.briefing_en import english

    assert english(name) == shown


def test_summaries_made_on_all_cores_equal_one_process(tmp_path, monkeypatch):
    """A cold build makes the summaries the memo lacks in forked workers, grouped by story: the
    same records as one process makes them (each story with its articles, in any grouping)."""
    import os

    arts, stories = [], []
    for n in range(36):  # 72 articles, 36 two-outlet stories: enough for the workers
        pair = [ARTICLES[name]() for name in ("derna_aj", "derna_arb")]
        pair = [replace(a, raw=replace(a.raw, id=f"{a.id}-{n}")) for a in pair]
        arts.extend(pair)
        stories.append(Story(id=f"s{n}", title_ar="", title_en="", article_ids=tuple(a.id for a in pair),
                             outlet_ids=tuple(a.outlet.id for a in pair)))
    quake = ARTICLES["quake"]()
    arts.append(replace(quake, raw=replace(quake.raw, id="alone")))  # an article of no story
    forked = summarise_all(arts, stories, Config(root=tmp_path / "a", summary_sentences=3))
    monkeypatch.setattr(os, "cpu_count", lambda: 1)
    single = summarise_all(arts, stories, Config(root=tmp_path / "b", summary_sentences=3))
    assert forked == single
    assert len({a.summary.ar for a in forked[0]}) >= 3 and all(s.summary.ar for s in forked[1])


QUAKE_TOLL = ("حصيلة الزلزال ترتفع\n"
              "ارتفعت حصيلة ضحايا الزلزال في إقليم الحوز إلى 2681 قتيلا بحسب وزارة الداخلية. "
              "وقالت سعاد المرابط إنها فقدت 9 من أفراد عائلتها في الحوز.")


def test_actor_of_another_count_is_not_borrowed():
    """Two casualty mentions at one place: the toll (no actor) and a survivor who lost relatives
    (the extractor's actor is the survivor). The toll must not read "killed by" the survivor."""
    a = article("toll", QUAKE_TOLL, AJ, "2023-09-11", events=[
        ("killing/casualties", None, "Al Haouz", None, "2681 قتيلا", "reported", "Ministry of Interior"),
        ("killing/casualties", "Souad El Merabet", "Al Haouz", None, "فقدت 9 من أفراد عائلتها", "reported", None)],
        numbers=[("2681 قتيلا", "2681", "people killed", "exact", "killed", None),
                 ("9 من أفراد عائلتها", "9", "family members killed", "exact", "killed", None)])
    en = article_briefing(a)
    assert "2,681" in en, en
    assert "killed by Souad El Merabet" not in en, en


HOSPITAL = ("آلاف المصابين في المستشفيات\n"
            "استقبل المستشفى الجامعي محمد السادس في مراكش أكثر من 1400 مصاب منذ ليلة الزلزال. "
            "وقال الطبيب إن أكثر من 3000 شخص تبرعوا بالدم.")


def test_injured_are_not_told_as_killed_nor_by_a_person():
    """A casualty event counting the injured reads "were injured"; a person as its actor (here a hospital
    the entities took for the king it is named after) is no one who killed or wounded them; a count that
    says nothing of what happened ("more than 3,000 people") is no sentence of its own."""
    from dataclasses import replace as _replace

    a = article("hosp", HOSPITAL, AJ, "2023-09-11", events=[
        ("killing/casualties", "Mohammed VI", "Marrakesh", None, "أكثر من 1400 مصاب", "asserted", None)],
        numbers=[("أكثر من 1400 مصاب", "1400", "people injured", "more than", "injured", None),
                 ("أكثر من 3000 شخص", "3000", "people", "more than", None, None)],
        entities=[("محمد السادس", "PER", "king-mohammed-vi", "Mohammed VI")])
    ev = _replace(a.facts.events[0], actor="محمد السادس", actor_id="king-mohammed-vi")
    a = _replace(a, facts=_replace(a.facts, events=(ev,)))
    en = article_briefing(a)
    assert "More than 1,400 people were injured in Marrakesh" in en, en
    assert "killed" not in en and "by Mohammed VI" not in en, en
    assert "3,000" not in en, en


def test_breakdown_parts_that_name_no_kind_are_left_out():
    n = NumberMention("24 شخصا", 0, 7, value="24", unit="people", counts="people killed", qualifier="exact")
    parts = [NumberMention(t, 0, len(t), value=v, unit="people", counts=c, qualifier="exact", part_of=0)
             for t, v, c in [("تسعة عناصر", "9", "soldiers killed"), ("11 شخصا", "11", "people killed")]]
    assert count_phrase(n, parts, with_outcome=True) == "24 people killed, including nine soldiers,"


STRIKES = ("غارات على البوكمال\n"
           "قال المرصد السوري إن طائرات روسية شنت غارات على البوكمال. "
           "وذكرت سانا أن الطيران السوري استهدف تجمعات للمسلحين في البوكمال. "
           "وقالت مصادر محلية إن عشرات القتلى سقطوا في البوكمال. "
           "وكانت قوات النظام قتلت عشرات المسلحين في البوكمال.")


def _strikes_article():
    return article("strikes", STRIKES, MAY, "2017-11-09", events=[
        ("airstrike/shelling", "Russian aircraft (Russia)", "Abu Kamal", None, "طائرات روسية شنت غارات على البوكمال",
         "reported", "Syrian Observatory for Human Rights"),
        ("airstrike/shelling", "Syrian aircraft (Syria)", "Abu Kamal", None, "الطيران السوري استهدف تجمعات للمسلحين",
         "reported", "SANA"),
        ("killing/casualties", None, "Abu Kamal", None, "عشرات القتلى سقطوا في البوكمال", "reported", "local sources"),
        ("killing/casualties", "Syrian government forces", "Abu Kamal", None, "قوات النظام قتلت عشرات المسلحين",
         "asserted", None)])


def test_sources_are_cited_only_for_what_they_said():
    """Mentions of one event type at one place by different actors are not merged into one sentence
    citing every source: each actor's claim is cited to its own source, and a source that named no
    actor is not cited for a sentence that names one."""
    en = article_briefing(_strikes_article())
    assert "Russian aircraft carried out strikes on Abu Kamal, according to the Syrian Observatory for Human " \
           "Rights." in en, en
    assert "Syrian aircraft carried out strikes on Abu Kamal, according to SANA." in en, en
    assert "SANA and" not in en and "and SANA" not in en, en
    killed = next(s for s in en.split(". ") if s.startswith("Syrian government forces"))
    assert "according to local sources" not in killed, en
    assert "local sources also reported it, without saying by whom" in killed, en


def test_one_side_under_two_names_is_one_sentence():
    """"Syrian government" and "Syrian government forces and allies" are one side: one sentence,
    both sources."""
    body = ("استعادة البوكمال\nقال الإعلام الحربي إن الجيش السوري وحلفاءه سيطروا على البوكمال. "
            "وأعلنت الحكومة السورية السيطرة على البوكمال.")
    a = article("side", body, AJ, "2017-11-09", events=[
        ("capture/control", "Syrian government forces and allies", "Abu Kamal", None,
         "الجيش السوري وحلفاءه سيطروا على البوكمال", "reported", "Syrian War Media"),
        ("capture/control", "Syrian government", "Abu Kamal", None, "السيطرة على البوكمال", "reported",
         "Syrian government")])
    en = article_briefing(a)
    assert en.count("took control of Abu Kamal") == 1, en
    assert "according to the Syrian War Media and the Syrian government" in en, en


@pytest.mark.parametrize("num,default,expected", [
    (NumberMention("نحو 45 في المئة", 0, 1, value="45", unit="percent", counts="percent of homes",
                   qualifier="approx"), "", "about 45 percent of homes"),
    (NumberMention("أكثر من 2500 مصاب", 0, 1, value="2500", unit="people", counts="مصاب",
                   qualifier="more than", role="injured"), "", "more than 2,500 people injured"),
    (NumberMention("عشرات", 0, 1, value=None, unit="people", counts=None, qualifier="vague"),
     "people killed", "people killed"),
    (NumberMention("12", 0, 1, value="12", unit="people", counts=None, qualifier="exact"), "", "12"),
])
def test_plain_count_is_one_wording_for_story_and_digest(num, default, expected):
    """The fallback count wording of the story timeline and the digest: English qualifier words,
    never Arabic."""
    assert plain_count(num, default) == expected


def test_one_counted_person_takes_a_singular_verb():
    body = "قصف على مأرب\nقتلت امرأة بقصف حوثي على مأرب."
    a = article("one", body, AJ, "2020-10-15", events=[
        ("killing/casualties", "Houthis", "Marib", None, "قتلت امرأة بقصف حوثي على مأرب", "asserted", None)],
        numbers=[("امرأة", "1", "women killed", "exact", "killed", None)])
    en = article_briefing(a)
    assert "One woman was killed by the Houthis in Marib." in en or "One woman was killed by Houthis in Marib." in en, en


@pytest.mark.parametrize("phrase,expected", [
    ("46 people killed, including 13 children and nine women,",
     "46 people were killed, including 13 children and nine women,"),
    ("one vehicle destroyed", "one vehicle was destroyed"),
    ("about 120,000 people displaced", "about 120,000 people were displaced"),
    ("some people missing", "some people were missing"),
    ("12 people dead", "12 people were found dead"),  # bodies found ("عثر على جثث ستة منهم")
    ("some families homeless", "some families homeless"),  # no participle: left as it is
    ("about 45 percent", "about 45 percent"),
])
def test_count_phrase_as_a_clause(phrase, expected):
    from generator.briefing_en import _as_clause
    assert _as_clause(phrase) == expected


@pytest.mark.parametrize("actor,modality,expected", [
    ("Syrian government forces", "predicted", "Syrian government forces are expected to advance on Idlib."),
    ("Syrian government", "predicted", "The Syrian government is expected to advance on Idlib."),
    ("Rapid Support Forces (Sudan)", "planned", "Rapid Support Forces (Sudan) plan to advance on Idlib."),
    ("Hezbollah", "planned", "Hezbollah plans to advance on Idlib."),
])
def test_unattributed_plan_or_prediction_agrees_with_its_subject(actor, modality, expected):
    body = "تقدم نحو إدلب\nيبدأ الجيش قريبا التقدم نحو محافظة إدلب."
    a = article("plan", body, AJ, "2017-11-09", events=[
        ("advance/offensive", actor, "Idlib", None, "يبدأ الجيش قريبا التقدم نحو محافظة إدلب", modality, None)])
    assert expected in article_briefing(a)


@pytest.mark.parametrize("actor", ["Libyan Red Crescent", "Gaza Ministry of Health", "Syrian Civil Defence (White Helmets)",
                                   "Sudan Doctors' Syndicate", "UNRWA", "World Health Organization",
                                   "United Nations Children's Fund", "Russian Ministry of Defence"])
def test_a_body_that_counts_or_rescues_victims_is_not_their_killer(actor):
    body = "انتشال جثث\nانتشل المسعفون جثث ستة أشخاص قتلوا في زوارة."
    a = article("rescue", body, AJ, "2023-08-08", events=[
        ("killing/casualties", actor, "Zuwara", None, "انتشل المسعفون جثث ستة أشخاص قتلوا في زوارة", "asserted", None)],
        numbers=[("ستة أشخاص", "6", "people killed", "exact", "killed", None)])
    en = article_briefing(a)
    assert "Six people were killed in Zuwara." in en and "killed by" not in en, en


@pytest.mark.parametrize("a,b,same", [
    ("Syrian government", "Syrian government forces and allies", True),
    ("Israeli warplanes (Israeli forces)", "Israeli forces", True),
    ("Syrian aircraft (Syria)", "Syrian government forces", True),
    ("Russian aircraft (Russia)", "Syrian aircraft (Syria)", False),
    ("Hezbollah", "Syrian government forces", False),
    ("Israeli army", "Hamas", False),
    ("Syrian opposition forces", "Syrian government forces", False),
])
def test_one_side_under_two_names(a, b, same):
    from generator.briefing_en import same_actor

    def ev(name, ident=None):
        return Event(type="airstrike/shelling", actor=None, actor_en=name, location=None, location_en=None, date=None,
                     text="x", start=0, end=1, modality="asserted", attributed_to=None, actor_id=ident)
    assert same_actor(ev(a), ev(b)) is same and same_actor(ev(b), ev(a)) is same
    # two named bodies (two gazetteer ids) are two sides, whatever their words share
    assert not same_actor(ev("Syrian Democratic Forces", "sdf"), ev("Syrian government forces", "syrian-government-forces"))


def test_an_unnamed_report_of_another_count_is_its_own_sentence():
    """A source that names no actor and tells another count ('many killed and injured' in a car bomb)
    is not folded into the army's 'many fighters killed' as 'also reported it': it is told apart,
    with its own source, and a count of the killed and injured reads 'killed or injured'."""
    body = ("معارك البوكمال\nقضت وحدات من الجيش على العديد من مسلحي التنظيم في البوكمال. "
            "ولفتت مصادر أهلية إلى انفجار سيارة في البوكمال ما أدى إلى مقتل وإصابة العديد منهم.")
    a = article("apart", body, MAY, "2017-11-09", events=[
        ("killing/casualties", "Syrian government forces", "Abu Kamal", None,
         "قضت وحدات من الجيش على العديد من مسلحي التنظيم", "asserted", None),
        ("killing/casualties", None, "Abu Kamal", None, "مقتل وإصابة العديد منهم", "reported", "local sources")],
        numbers=[("العديد من مسلحي التنظيم", None, "Islamic State fighters killed", "vague", "killed", None),
                 ("العديد منهم", None, "people killed and injured", "vague", "casualties", None)])
    en = article_briefing(a)
    assert "also reported it" not in en, en
    assert "were killed or injured in Abu Kamal, according to local sources." in en, en
    assert "killed by Syrian government forces in Abu Kamal." in en, en


def test_story_briefing_does_not_date_undated_news_by_an_older_event():
    """Nine bodies recovered, reported undated on 4 August by one outlet, are not "killed on 3 July"
    because another outlet dated a killing at the same place to 3 July: two sentences, each with its
    own date (or none)."""
    body_a = "انتشلت وحدات الحرس البحري 9 جثث لمهاجرين قبالة صفاقس."
    body_b = "وتعيش صفاقس على وقع توتر إثر مقتل مواطن تونسي في 3 جويلية."
    a = article("sfax_a", body_a, AJ, "2023-08-04", events=[
        ("killing/casualties", None, "Sfax", None, "انتشلت وحدات الحرس البحري 9 جثث لمهاجرين", "asserted", None)],
        numbers=[("9 جثث لمهاجرين", "9", "migrants killed", "exact", "killed", None)])
    b = article("sfax_b", body_b, ARB, "2023-08-10", events=[
        ("killing/casualties", None, "Sfax", "2023-07-03", "مقتل مواطن تونسي في 3 جويلية", "asserted", None)])
    st = Story(id="s", title_ar="", title_en="", article_ids=("sfax_a", "sfax_b"),
               outlet_ids=("aljazeera", "alarabiya"))
    en = story_briefing(st, {"sfax_a": a, "sfax_b": b})
    assert "On 3 July 2023 nine" not in en, en
    assert "On 3 July 2023 casualties were reported in Sfax, according to Al Arabiya." in en, en
    assert "Nine migrants were killed in Sfax, according to Al Jazeera." in en, en


def test_briefing_tells_the_news_before_the_background():
    """A capture dated years before publication ("during the Islamic State's control of the town")
    ranks after the day's fire, though a capture outranks casualties in the news of the day."""
    body = ("قتل 107 أشخاص في حريق قاعة أعراس في قرقوش.\n\n"
            "وكانت البلدة قد تعرضت لدمار واسع خلال سيطرة تنظيم داعش عليها في تموز 2016.")
    facts = {"events": [("capture/control", "Islamic State", "Qaraqosh", "2016-07",
                         "سيطرة تنظيم داعش عليها في تموز 2016", "asserted", None),
                        ("killing/casualties", None, "Qaraqosh", None, "قتل 107 أشخاص في حريق قاعة أعراس", "asserted",
                         None)],
             "numbers": [("107 أشخاص", "107", "people killed", "exact", "killed", None)]}
    en = article_briefing(article("w", body, AJ, "2023-09-27", **facts))
    assert en.index("107 people were killed") < en.index("Islamic State took control"), en
    fresh = article_briefing(article("w", body, AJ, "2016-07-20", **facts))  # news when it was published
    assert fresh.index("Islamic State took control") < fresh.index("107 people were killed"), fresh


def test_background_without_a_date_of_its_own_says_the_year_of_its_sentence():
    """"Mosul was taken." read as news in a 2023 article about a fire; the sentence says "between 2014
    and 2016", so the briefing says "In 2014 ...", after the news."""
    from dataclasses import replace as _replace

    from generator.models import DateMention
    body = ("قتل 107 أشخاص في حريق قاعة أعراس في قرقوش.\n\n"
            "وكانت البلدة قد دمرت خلال سيطرة تنظيم داعش عليها بين عامي 2014 و2016.")
    facts = {"events": [("capture/control", "Islamic State", "Qaraqosh", None, "سيطرة تنظيم داعش عليها",
                         "asserted", None),
                        ("killing/casualties", None, "Qaraqosh", None, "قتل 107 أشخاص في حريق قاعة أعراس", "asserted",
                         None)],
             "numbers": [("107 أشخاص", "107", "people killed", "exact", "killed", None)]}
    a = article("w", body, AJ, "2023-09-27", **facts)
    years = tuple(DateMention(text=t, start=body.index(t), end=body.index(t) + len(t), value=None,
                              granularity="year", kind="vague", period=t[-4:]) for t in ("عامي 2014", "2016"))
    a = _replace(a, facts=_replace(a.facts, dates=years))
    en = article_briefing(a)
    assert "In 2014 the Islamic State took control of Qaraqosh." in en, en
    assert en.index("107 people were killed") < en.index("In 2014"), en


def test_the_accused_is_in_what_the_accuser_says():
    """"يتهم مسؤولون في الأمم المتحدة التحالف ...": UN officials accuse the coalition; the United Nations is in the
    accusers' own words ("UN officials accused the United Nations" read a briefing of the Yemen war)."""
    from generator.models import RawArticle
    from generator.nlp.analyse import analyse
    from generator.nlp.entities import Gazetteer
    body = ("ويتهم مسؤولون في الأمم المتحدة التحالف العسكري بقيادة السعودية بعرقلة وصول شحنات الوقود والأدوية عبر "
            "ميناء الحديدة.")
    en = article_briefing(analyse(RawArticle(id="y", source_file="y.txt", body=body, published="2017-08-14"),
                                  Gazetteer.load()))
    assert "UN officials" in en and "accused the United Nations" not in en, en


def test_a_platform_is_accused_of_nothing():
    """"انتقد نواب مجلس الأمة، في تغريدات على منصة «إكس»، ...": the MPs criticise on X, they do not accuse X."""
    from generator.models import RawArticle
    from generator.nlp.analyse import analyse
    from generator.nlp.entities import Gazetteer
    body = ("غير أن عددا من نواب مجلس الأمة انتقدوا، في تغريدات على منصة «إكس»، ما وصفوه بـ«تكرار المشهد ذاته كل "
            "شتاء»، مطالبين بمحاسبة الشركات المنفذة لمشاريع تصريف مياه الأمطار.")
    en = article_briefing(analyse(RawArticle(id="k", source_file="k.txt", body=body, published="2023-11-15"),
                                  Gazetteer.load()))
    assert "accused X" not in en and "accused Twitter" not in en, en


def test_an_actor_who_announces_its_own_plan_is_named_once():
    """"X said X would visit Kuwait" read a briefing: who announces their own visit announced plans."""
    body = "وأعلن وزير الدولة الهندي كيرتي سينغ أنه سيزور الكويت غدا."
    facts = {"events": [("visit/inspection", "Kirti Vardhan Singh", "Kuwait", None, "سيزور الكويت", "predicted",
                         "Kirti Vardhan Singh")]}
    en = article_briefing(article("w", body, AJ, "2024-06-12", **facts))
    assert "Kirti Vardhan Singh announced plans to visit Kuwait" in en, en


def test_a_name_with_its_other_form_is_said_in_full_once():
    """"Syrian government forces (Syrian Arab Army)" four times in one briefing: in full the first time, then by
    its main form; a relay ("(via SANA)", "(speaking to X)") is part of each claim and stays."""
    from generator.briefing_en import _names_once
    body = "قتل 12 شخصا في البوكمال."
    facts = {"events": [("killing/casualties", "Syrian government forces (Syrian Arab Army)", "Abu Kamal (Al-Bukamal)",
                         None, "قتل 12 شخصا في البوكمال", "asserted", None)]}
    art = article("w", body, AJ, "2017-11-09", **facts)
    text = ("Syrian government forces (Syrian Arab Army) took Abu Kamal (Al-Bukamal). Syrian government forces "
            "(Syrian Arab Army) and allies shelled Abu Kamal (Al-Bukamal), according to local sources (via SANA); "
            "local sources (via SANA) said so.")
    assert _names_once(text, [art]) == (
        "Syrian government forces (Syrian Arab Army) took Abu Kamal (Al-Bukamal). Syrian government forces and "
        "allies shelled Abu Kamal, according to local sources (via SANA); local sources (via SANA) said so.")


@pytest.mark.parametrize("body,toll,since,scene", [
    # منذ right before the date
    ("قتل ثلاثة أشخاص في غارة على رفح يوم 3 مارس 2024.\n\nوأعلنت وزارة الصحة أن حصيلة القتلى في القطاع ارتفعت "
     "إلى 1200 قتيل منذ الثالث من مارس 2024.", "1200 قتيل", "Since 3 March 2024, 1,200 people were killed",
     "three people were killed in Rafah"),
    # منذ before a lasting state whose first day the date is ("since the war broke out on ...")
    ("قتل ثلاثة أشخاص في غارة على رفح يوم 3 مارس 2024.\n\nويأتي ذلك منذ اندلاع الحرب في 3 مارس 2024، والتي قتل "
     "فيها أكثر من 1200 شخص.", "أكثر من 1200 شخص", "Since 3 March 2024 more than 1,200 people were killed",
     "three people were killed in Rafah"),
    # ... but a day's happening there is no period: the count is that day's
    ("قتل ثلاثة أشخاص في غارة على رفح يوم 3 مارس 2024.\n\nويأتي ذلك منذ هجوم الحركة في 3 مارس 2024، الذي قتل "
     "فيه أكثر من 1200 شخص.", "أكثر من 1200 شخص", None, "three people were killed in Rafah"),
])
def test_a_toll_since_a_date_says_since_and_no_borrowed_place(body, toll, since, scene):
    """"On 7 October 2023 45,436 people were killed in Kamal Adwan Hospital" read a briefing: the ministry's toll
    of the war since that day, placed at the article's scene. A count whose sentence's date follows منذ is told
    "Since ...", and a place its sentence does not name is left out; the day's own strike keeps its date and place."""
    from dataclasses import replace as _replace

    from generator.models import DateMention
    facts = {"events": [("killing/casualties", None, "Rafah", None, "قتل ثلاثة أشخاص في غارة على رفح", "asserted",
                         None),
                        ("killing/casualties", None, "Rafah", None, toll, "asserted", None)],
             "numbers": [("ثلاثة أشخاص", "3", "people killed", "exact", "killed", None),
                         (toll, "1200", "people killed", "more than" if "أكثر" in toll else "exact", "killed", None)]}
    a = article("w", body, AJ, "2024-06-10", **facts)
    events = tuple(_replace(e, location="رفح") for e in a.facts.events)
    day = body.index("3 مارس 2024")
    dates = [DateMention(text="3 مارس 2024", start=day, end=day + 11, value="2024-03-03", granularity="day",
                         kind="absolute")]
    second = body.index("الثالث من مارس 2024") if "الثالث" in body else body.index("3 مارس 2024", day + 1)
    dates.append(DateMention(text=body[second:second + 11], start=second, end=second + 11, value="2024-03-03",
                             granularity="day", kind="absolute"))
    a = _replace(a, facts=_replace(a.facts, events=events, dates=tuple(dates)))
    en = article_briefing(a)
    assert (since in en) if since else ("Since" not in en), en
    assert "in Rafah" in en and en.count("in Rafah") == 1, en
    assert scene in en, en


def test_a_headline_names_each_party_by_its_main_form():
    """"Israel (the occupation) advanced on Kamal Adwan Hospital" was a page title: a headline is short, and a
    name given with its other form is said by its main form there ("Israel", "Abu Kamal"); the summary still
    gives the full form once."""
    from generator.briefing_en import headline
    body = "الاحتلال يقتحم مستشفى في البوكمال"
    facts = {"events": [("advance/offensive", "Israel (the occupation)", "Abu Kamal (Al-Bukamal)", None,
                         "الاحتلال يقتحم مستشفى في البوكمال", "asserted", None)]}
    a = article("h", body, AJ, "2024-12-28", **facts)
    assert headline(a) == "Israel advanced on Abu Kamal", headline(a)
    assert "Israel (the occupation) advanced on Abu Kamal (Al-Bukamal)" in article_briefing(a)


def test_one_article_telling_one_count_at_two_places_is_one_sentence():
    """"82 people were killed in Baghdad. 82 people were killed in Ibn al-Khatib Hospital" read a briefing: one
    article giving the same count of the same outcome twice (headline and body) tells one event; the sentence
    keeps the first place and the count that says most (its breakdown)."""
    body = "82 قتيلا في حريق ببغداد\nلقي 82 شخصا بينهم 10 أطفال حتفهم في حريق مستشفى ابن الخطيب."
    facts = {"events": [("killing/casualties", None, "Baghdad", None, "82 قتيلا في حريق ببغداد", "asserted", None),
                        ("killing/casualties", None, "Ibn al-Khatib Hospital", None,
                         "لقي 82 شخصا بينهم 10 أطفال حتفهم في حريق مستشفى ابن الخطيب", "reported", "Iraqi Ministry of Health")],
             "numbers": [("82 قتيلا", "82", "people killed", "exact", "killed", None),
                         ("82 شخصا", "82", "people killed", "exact", "killed", None),
                         ("10 أطفال", "10", "children", "exact", "killed", 1)]}
    en = article_briefing(article("k", body, AJ, "2021-04-25", **facts))
    assert en.count("were killed") == 1, en
    assert "82 people, including 10 children, were killed in Baghdad, according to the Iraqi Ministry of Health." \
        in en, en
    # a count that does not say its outcome ("11 وفاة، بينهم ثلاثة أطفال" read with no role) joins the one that does
    body2 = "11 قتيلا في الباطنة\nتوفي 11 شخصا بينهم ثلاثة أطفال في عمان."
    facts2 = {"events": [("killing/casualties", None, "Al Batinah", None, "11 قتيلا في الباطنة", "asserted", None),
                         ("killing/casualties", None, "Oman", None, "توفي 11 شخصا بينهم ثلاثة أطفال في عمان", "asserted",
                          None)],
              "numbers": [("11 قتيلا", "11", "people killed", "exact", "killed", None),
                          ("11 شخصا", "11", "people", "exact", None, None),
                          ("ثلاثة أطفال", "3", "children", "exact", None, 1)]}
    en2 = article_briefing(article("o", body2, AJ, "2021-10-05", **facts2))
    assert en2.count("were killed") == 1 and "three children" in en2, en2
    # two articles of a story may tell two happenings with the same count at two places: left apart
    from generator.briefing_en import briefing
    b1, b2 = "قتل ثلاثة أشخاص في المنيا.", "قتل ثلاثة أشخاص في أسوان."
    arts = [article(f"s{i}", b, AJ, "2024-10-20", events=[("killing/casualties", None, place, None, b[:-1], "asserted",
                                                          None)],
                    numbers=[("ثلاثة أشخاص", "3", "people killed", "exact", "killed", None)])
            for i, (b, place) in enumerate([(b1, "Minya"), (b2, "Aswan")])]
    story = briefing(arts, story_mode=True)
    assert "in Minya" in story and "in Aswan" in story, story


@pytest.mark.parametrize("typ,modality,src,expected", [
    ("capture/control", "asserted", None, "Houthis seized a vessel in the Red Sea."),
    ("airstrike/shelling", "asserted", None, "Houthis attacked ships in the Gulf of Aden."),
    ("airstrike/shelling", "predicted", "Yahya Saree", "Yahya Saree said Houthis would attack ships in the Red Sea"),
])
def test_what_is_taken_or_struck_at_sea_is_a_vessel(typ, modality, src, expected):
    """"Houthis took control of the Red Sea" and "Yahya Saree said Houthis would strike the Red Sea" read briefings:
    at sea a capture is a vessel seized and a strike an attack on ships."""
    place = "Gulf of Aden" if "Aden" in expected else "Red Sea"
    body = "استولى الحوثيون على سفينة في البحر."
    facts = {"events": [(typ, "Houthis", place, None, "استولى الحوثيون على سفينة", modality, src)]}
    en = article_briefing(article("s", body, AJ, "2023-11-20", **facts))
    assert expected in en, en


def test_timeline_at_sea():
    from generator.stories import _english
    ev = Event(type="capture/control", actor=None, actor_en="Houthis", location=None, location_en="Red Sea",
               date=None, text="x", start=0, end=1, modality="asserted", attributed_to=None)
    assert _english(ev, [], []) == "Houthis seized a vessel in the Red Sea"
