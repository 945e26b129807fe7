"""Arabic search: normalisation + light stemming (Python), the same in the browser (JS), the pages.

Pages are hand-made articles with real Arabic sentences; each query row names the pages it must
find and pages it must not find, so a stemmer that is too weak or too greedy fails.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator import search
from generator.config import Config
from generator.models import Site, Story, Summary
from generator.nlp import normalise as nz
from tests.conftest import make_article

ARTICLES = {
    "abukamal": ("تقدم الجيش في البوكمال", "وقالت مصادر ميدانية إن القوات تقدمت بالبوكمال بعد معارك عنيفة مع مسلحي التنظيم."),
    "prices": ("الوقود يرتفع", "ارتفعت أسعار الوقود في دمشق للمرة الثالثة هذا العام، وسط شكاوى السكان."),
    "minister": ("تصريحات", "وقال الوزير إن الحكومة ستعيد فتح المعابر الحدودية قريبا."),
    "hama": ("قصف", "تعرضت قرى في ريف حماة الشمالي لقصف مدفعي أسفر عن مقتل مدنيين."),
    "hospital": ("إغلاق", "أغلق المستشفى الوحيد في البلدة أبوابه بسبب نقص الأدوية."),
    "quake": ("هزة أرضية", "ضرب زلزال بقوة 7.3 درجات المنطقة الحدودية بين إيران والعراق."),
}


def _site() -> Site:
    arts = [make_article(k, body, title=title, published="2017-11-08") for k, (title, body) in ARTICLES.items()]
    arts[0] = make_article("abukamal", ARTICLES["abukamal"][1], title=ARTICLES["abukamal"][0],
                           published="2017-11-08")
    arts = [a if a.id != "quake" else type(a)(raw=a.raw, sentences=a.sentences, facts=a.facts,
                                                  title_en="Earthquake on the Iran-Iraq border")
            for a in arts]
    story = Story(id="fuel-2017", title_ar="أزمة المحروقات", title_en="Fuel crisis", article_ids=("prices",),
                  outlet_ids=("aljazeera",), summary=Summary(ar="شح المحروقات في العاصمة", en="Fuel shortage"))
    return Site(articles=tuple(arts), stories=(story,), generated="2017-11-10T00:00:00+00:00")


@pytest.fixture(scope="module")
def index() -> dict:
    return search.build_index(_site())


def _ids(hits: list[dict]) -> set[str]:
    return {Path(h["u"]).stem for h in hits}


# query, pages it must find (Arabic pages), pages it must not find
QUERIES = [
    ("البوكمال", {"abukamal"}, {"prices", "minister"}),           # ال form finds بال form
    ("بالبوكمال", {"abukamal"}, set()),                           # clitic + ال
    ("بوكمال", {"abukamal"}, set()),                              # bare stem
    ("اسعار", {"prices"}, {"abukamal"}),                          # no hamza finds أسعار
    ("أسعار", {"prices"}, set()),
    ("الأسعار", {"prices"}, set()),                               # with ال
    ("وأسعار", {"prices"}, set()),                                # with و
    ("أَسْعَارُ", {"prices"}, set()),                               # diacritics
    ("الوقــود", {"prices"}, set()),                              # tatweel
    ("وزير", {"minister"}, {"prices"}),                           # الوزير found without ال
    ("للوزير", {"minister"}, set()),                              # لل = ل + ال
    ("حماه", {"hama"}, set()),                                    # ة written ه
    ("بحماة", {"hama"}, set()),                                   # clitic ب
    ("مستشفي", {"hospital"}, set()),                              # ى written ي
    ("ايران", {"quake"}, set()),                                  # إ written ا
    ("زلزال ايران", {"quake"}, {"prices"}),                       # two words: both must match
    ("زلزال دمشق", set(), {"quake", "prices"}),                   # AND: no page has both
    ("حلب", set(), {"abukamal", "prices", "minister", "hama", "hospital", "quake"}),
    ("دمشق", {"prices"}, {"hama"}),
]


@pytest.mark.parametrize("query,must,must_not", QUERIES)
def test_query_finds_the_right_pages(index, query, must, must_not):
    found = _ids(search.search(index, query, lang="ar"))
    assert must <= found, f"{query!r} should find {must - found}"
    assert not (must_not & found), f"{query!r} should not find {must_not & found}"


def test_exact_word_ranks_first(index):
    # "البوكمال" exact would outrank a stem-only match; here both words are in the same page,
    # so check the score difference directly on a query that matches exactly vs by stem.
    exact = search.search(index, "الوقود", lang="ar")[0]
    stem = search.search(index, "والوقود", lang="ar")[0]
    assert exact["score"] > stem["score"]


def test_english_pages_and_language_filter(index):
    hits = search.search(index, "earthquake", lang="en")
    assert [Path(h["u"]).stem for h in hits] == ["quake"]
    assert all(h["u"].startswith("en/") for h in hits)
    assert search.search(index, "earthquake", lang="ar") == []
    story = search.search(index, "المحروقات", lang="ar")
    assert [h["k"] for h in story] == ["story"]


@pytest.mark.parametrize("word,form", [
    ("بالبوكمال", "بوكمال"), ("والأسعار", "اسعار"), ("للمدينة", "مدينه"), ("وللمدينة", "مدينه"),
    ("فالحكومة", "حكومه"), ("العراقية", "عراق"), ("المعارك", "معارك"),
])
def test_forms_include_the_stem(word, form):
    assert form in search.forms(search.tokens(word)[0])


@pytest.mark.parametrize("word,not_form", [
    ("وزير", "ير"),       # too short a remainder: never strip below min_stem letters
    ("بلد", "لد"),
    ("كمال", "ال"),
])
def test_forms_never_go_below_min_stem(word, not_form):
    assert not_form not in search.forms(search.tokens(word)[0])


def test_fold_table_covers_the_normaliser():
    """Every character normalise.py folds or drops is in the table shipped to the browser."""
    table = search.fold_table()
    for ch in list(nz._FOLD) + list(nz._DROP):
        assert table.get(ch, ch) == nz.norm(ch), f"U+{ord(ch):04X} missing from the search fold table"


def test_index_file_is_a_script_and_inert(tmp_path):
    arts = list(_site().articles)
    arts.append(make_article("evil", "نص عادي عن البوكمال.", title="</script><script>alert(1)</script>"))
    site = Site(articles=tuple(arts), stories=(), generated="x")
    path = search.write_search_index(site, tmp_path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("window.BRIEFING_SEARCH = ") and text.rstrip().endswith(";")
    assert "</script" not in text
    data = json.loads(text[len("window.BRIEFING_SEARCH = "):].rstrip().rstrip(";"))
    assert data["table"]["prefixes"] and data["table"]["fold"]["أ"] == "ا"
    assert (tmp_path / "assets/search/search.js").is_file()
    # deterministic
    again = search.write_search_index(site, tmp_path / "b").read_text(encoding="utf-8")
    assert again == text


def test_search_pages_are_one_html_block(tmp_path):
    n = search.render_search_pages(_site(), tmp_path, Config())
    assert n == 2
    for lang, root in (("ar", ""), ("en", "../")):
        text = (tmp_path / f"search.{lang}.md").read_text(encoding="utf-8")
        _front, body = text.split("---\n", 2)[1:]
        block = body.strip("\n")
        assert "\n\n" not in block and all(not ln.startswith((" ", "\t")) for ln in block.splitlines())
        assert f'src="{root}assets/search-index.js"' in block
        assert f'lang="{lang}"' in block


# --------------------------------------------------------------------------- the same in the browser

JS_INPUTS = ["البوكمال", "بالبوكمال", "أسعار الوقود", "إِسْعَافٌ", "وللمدينة", "مستشفى حماة", "الوقــــود",
             "فالحكومة العراقية", "Abu Kamal 2017", "٣ تشرين الثاني", "ﻻ", "كمال وزير بلد", "«السيطرة» على دير الزور"]


def _chromium():
    if not Path("/usr/bin/chromium").exists():
        pytest.skip("Chromium is not installed at /usr/bin/chromium")
    sync = pytest.importorskip("playwright.sync_api")
    return sync


@pytest.fixture(scope="module")
def browser_page(tmp_path_factory):
    sync = _chromium()
    out = tmp_path_factory.mktemp("js")
    search.write_search_index(_site(), out)
    html = out / "t.html"
    html.write_text('<!doctype html><meta charset="utf-8"><script src="assets/search-index.js"></script>'
                    '<script src="assets/search/search.js"></script>', encoding="utf-8")
    with sync.sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page()
        page.goto(html.as_uri())
        yield page
        browser.close()


@pytest.mark.parametrize("text", JS_INPUTS)
def test_js_normaliser_matches_python(browser_page, text):
    js = browser_page.evaluate("t => BriefingSearch.analyseQuery(t, window.BRIEFING_SEARCH.table)", text)
    assert js == search.analyse_query(text)


@pytest.mark.parametrize("query", ["البوكمال", "اسعار", "للوزير", "زلزال ايران", "earthquake", "حلب"])
def test_js_ranking_matches_python(browser_page, index, query):
    js = browser_page.evaluate("q => BriefingSearch.search(window.BRIEFING_SEARCH, q, '', 20)", query)
    py = search.search(index, query)
    assert [(h["u"], h["score"]) for h in js] == [(h["u"], h["score"]) for h in py]


def test_untitled_article_is_listed_by_its_lead_not_its_id():
    """A pasted article without a headline showed its file id (002_6adb...) as the result title."""
    body = "تقدم الجيش السوري وحلفاؤه في محور المقاومة في مدينة البوكمال الحدودية مع العراق. وقالت مصادر إن المعارك مستمرة."
    site = Site(articles=(make_article("002_6adb1008a1e27dc1", body, title=None, published="2017-11-09"),),
                stories=(), generated="2017-11-10T00:00:00+00:00")
    titles = [p["t"] for p in search.build_index(site)["pages"]]
    assert titles and not any("002_6adb" in t for t in titles), titles
    assert any(t.startswith("تقدم الجيش السوري وحلفاؤه") for t in titles), titles


@pytest.mark.parametrize("texts", [
    ["قصف مدفعي على بلدة سراقب", "وقال الدفاعُ المدنيّ إنّ ثلاثة أشخاص قُتلوا،وأُصيب آخرون.", "عنب بلدي", ""],
    ["Shelling on Saraqib", "Civil Defence: three killed—others hurt (AFP)", "Enab Baladi", "Idlib Saraqib"],
    ["الـــمـــدينة", "بالمدينة-والمدينة", "ﻻ إله", "٣ قتلى و١٢ جريحا", "İstanbul ǅemal"],
])
def test_forms_of_joined_texts_are_the_forms_of_each_text(texts):
    """The index takes a page's forms from the forms of its parts (an article's body once for
    both pages): the same list, in the same order, as the forms of the joined text."""
    known: dict[str, list[str]] = {}
    assert search._joined_forms(texts, known) == search._page_forms(" ".join(texts))
    assert search._joined_forms(texts[::-1], known) == search._page_forms(" ".join(texts[::-1]))


def test_each_hit_says_its_outlet_and_date_as_the_pages_do():
    """Two articles may share a title ("Casualties were reported in Sfax"): the listing line tells
    them apart with the outlet and the date, in the page's language and month names."""
    pages = {(Path(p["u"]).stem, p["l"]): p for p in search.build_index(_site(), config=Config())["pages"]}
    assert pages[("abukamal", "en")]["m"] == "Al Jazeera · 8 November 2017"
    assert pages[("abukamal", "ar")]["m"] == "الجزيرة · 8 نوفمبر 2017"
    levantine = search.build_index(_site(), config=Config(month_style="levantine"))["pages"]
    assert any(p["m"] == "الجزيرة · 8 تشرين الثاني 2017" for p in levantine)
    assert all(p["m"] == "" for p in levantine if p["k"] == "story")  # the story has no dates
