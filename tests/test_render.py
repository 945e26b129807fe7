"""Rendering: filters (babel months per region, digits, bidi), escaping, fact -> sentence links.

Records are hand-made (tests/conftest.py), so these tests need no extractor. The hostile-content
tests run the real mkdocs build and look at the HTML a reader would get.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import make_article
from generator.config import load_config
from generator.models import Site
from generator.publish.exports import write_exports
from generator.publish.mkdocs import publish_site
from generator.render import filters, render_site, views
from generator.render.env import PACKAGED_TEMPLATES, templates_dir


@pytest.mark.parametrize("value,style,expected", [
    ("2017-11-08", "levantine", "8 تشرين الثاني 2017"),
    ("2017-11-08", "egyptian", "8 نوفمبر 2017"),
    ("2017-11-08", "maghrebi", "8 نونبر 2017"),
    ("2017-01-15", "levantine", "15 كانون الثاني 2017"),
    ("2017-06-03", "maghrebi", "3 يونيو 2017"),
    ("2017-11", "levantine", "تشرين الثاني 2017"),
    ("2017", "egyptian", "2017"),
    ("2017-11-08T14:30:00+03:00", "egyptian", "8 نوفمبر 2017"),
])
def test_arabic_dates_follow_month_style(value, style, expected):
    assert filters.format_date(value, "ar", style) == expected


@pytest.mark.parametrize("value,expected", [
    ("2017-11-08", "8 November 2017"), ("2017-11", "November 2017"), ("2017-W45", "week of 6 November 2017"), (None, None),
])
def test_english_dates(value, expected):
    assert filters.format_date(value, "en", "levantine") == expected


@pytest.mark.parametrize("outlet_style,config_style,expected", [
    ("levantine", "auto", "levantine"), ("egyptian", "auto", "egyptian"), (None, "auto", "egyptian"),
    ("levantine", "maghrebi", "maghrebi"), ("egyptian", "levantine", "levantine"),
])
def test_config_month_style_overrides_outlet(outlet_style, config_style, expected):
    assert filters.month_style_for(outlet_style, config_style) == expected


@pytest.mark.parametrize("text,expected", [
    ("8 نوفمبر 2017", "٨ نوفمبر ٢٠١٧"), ("120 ألف", "١٢٠ ألف"), ("5%", "٥%"), ("بلا أرقام", "بلا أرقام"),
])
def test_arabic_indic_digits(text, expected):
    assert filters.arabic_digits(text) == expected


def test_arabic_digits_and_hijri_in_dates():
    out = filters.format_date("2017-11-08", "ar", "levantine", digits=True, hijri=True)
    assert out == "٨ تشرين الثاني ٢٠١٧ (١٩ صفر ١٤٣٩ هـ)"
    assert filters.format_date("2017-11-08", "en", "levantine", hijri=True) == "8 November 2017 (19 Safar 1439 AH)"


@pytest.mark.parametrize("text,expected", [
    ("حررت في 2017-11-08 المدينة", 'حررت في <bdi dir="ltr">2017-11-08</bdi> المدينة'),
    ("قال مسؤول في U.S. Army إن", 'قال مسؤول في <bdi dir="ltr">U.S. Army</bdi> إن'),
    ("نحو 120 ألف شخص", 'نحو <bdi dir="ltr">120</bdi> ألف شخص'),
    ("تشكل حوالى 5% من المدينة", 'تشكل حوالى <bdi dir="ltr">5%</bdi> من المدينة'),
    ("وكالة <b>سانا</b>", 'وكالة &lt;<bdi dir="ltr">b</bdi>&gt;سانا&lt;/<bdi dir="ltr">b</bdi>&gt;'),
    ("حررت في 2017.", 'حررت في <bdi dir="ltr">2017</bdi>.'),
    ("بلا رموز لاتينية", "بلا رموز لاتينية"),
])
def test_bidi_wraps_ltr_runs_and_escapes(text, expected):
    assert str(filters.bidi(text, "ar")) == expected


def test_bidi_leaves_english_pages_alone():
    assert str(filters.bidi("Abu Kamal <x>", "en")) == "Abu Kamal &lt;x&gt;"


@pytest.mark.parametrize("url,kept", [
    ("https://www.aljazeera.net/news/1", True), ("http://sana.sy/?p=1", True), ("javascript:alert(1)", False),
    ("JavaScript:alert(1)", False), ("data:text/html,<script>", False), ("//evil.example/x", False),
    ("/relative/path", False), ("https://x.org/\nJavascript:1", False), (None, False),
])
def test_safe_url(url, kept):
    assert (filters.safe_url(url) is not None) == kept


def test_meta_title_never_contains_markup():
    t = filters.meta_title("</title><script>alert(1)</script> & تقدم")
    assert "<" not in t and ">" not in t
    assert "&amp;" in t


# --------------------------------------------------------------------------- rendered pages


def _render(tmp_path: Path, site: Site, **cfg) -> Path:
    docs = tmp_path / "docs"
    render_site(site, docs, load_config(tmp_path, **cfg))
    return docs


def test_every_fact_links_to_an_existing_sentence(tmp_path, sample_site):
    docs = _render(tmp_path, sample_site)
    for a in sample_site.articles:
        for lang in ("ar", "en"):
            page = (docs / views.source_path("article", lang, a.id)).read_text(encoding="utf-8")
            ids = set(re.findall(r'<span class="sentence" id="(s-\d+)"', page))
            box = page[page.index('class="facts-box"'):page.index('id="body"')]
            links = re.findall(r'href="#([^"]+)"', box)
            assert links, f"{a.id}/{lang}: the facts box has no links"
            assert set(links) <= ids, f"{a.id}/{lang}: links to missing sentences {set(links) - ids}"
            assert len(ids) == len(a.sentences)


def test_each_fact_links_to_the_sentence_that_contains_it(sample_articles, tmp_path):
    cfg = load_config(tmp_path)
    for a in sample_articles:
        fv = views.facts_view(a, "ar", cfg)
        for f in fv["dates"] + fv["numbers"] + fv["attributions"] + fv["events"]:
            s = a.sentences[int(f.anchor[2:])]
            assert s.start <= f.start < s.end
            assert a.body[f.start:f.start + len(f.text)] == f.text


def test_sentence_spans_preserve_the_body_text(sample_articles):
    for a in sample_articles:
        html = "\n".join(str(p) for p in views.body_paragraphs(a))
        text = re.sub(r"<[^>]+>", "", html).replace("&#34;", '"').replace("&#39;", "'")
        assert text.split() == a.body.split()


def test_pages_are_one_raw_html_block(tmp_path, sample_site):
    docs = _render(tmp_path, sample_site)
    for md in docs.rglob("*.md"):
        text = md.read_text(encoding="utf-8")
        front, body = text.split("---\n\n", 1)
        assert body.startswith("<div class=\"briefing"), md
        assert "\n\n" not in body.strip() and not re.search(r"^\s", body, re.M), md


def test_markdown_bypass_gives_what_python_markdown_gives(tmp_path, sample_site):
    """The mkdocs hook skips Python-Markdown for our raw-HTML pages (its HTML block parser was most
    of mkdocs' time): only sound if Markdown would return each block unchanged. Checked here on
    every page kind, with the extensions mkdocs.yml enables."""
    import markdown
    import yaml

    from generator.publish import mkdocs_hooks

    docs = _render(tmp_path, sample_site)
    pages = sorted(docs.rglob("*.md"))
    assert len(pages) >= 10
    for md in pages:
        front, body = md.read_text(encoding="utf-8")[4:].split("---\n\n", 1)
        assert yaml.safe_load(front)["briefing_html"] is True, md
        assert mkdocs_hooks.is_raw_block(body), md
        assert markdown.markdown(body, extensions=["toc", "tables"]) == body.strip(), md
    assert not mkdocs_hooks.is_raw_block("<div>a</div>\n\n*b*")
    assert not mkdocs_hooks.is_raw_block("# title\n<div>a</div>")


def test_english_page_marks_generated_text_and_arabic_original(tmp_path, sample_articles):
    from dataclasses import replace

    from generator.models import Summary

    a = replace(sample_articles[0], summary=Summary(ar="ملخص", en="Syrian government forces took Abu Kamal."))
    docs = _render(tmp_path, Site(articles=(a,), stories=(), generated="2017-11-10T00:00:00+00:00"))
    en = (docs / "articles/a1.en.md").read_text(encoding="utf-8")
    assert "This English text was generated from extracted facts, not translated." in en
    assert '<section class="article-body original-body" id="body" lang="ar" dir="rtl">' in en
    assert '<q lang="ar" dir="rtl" class="original">البوكمال</q>' in en
    assert 'href="../../articles/a1.html"' in en
    ar = (docs / "articles/a1.ar.md").read_text(encoding="utf-8")
    assert 'href="../en/articles/a1.html"' in ar and "ملخص" in ar


def test_unknown_metadata_is_shown_not_invented(tmp_path):
    from generator.models import UNKNOWN_OUTLET

    a = make_article("x", "نص بلا بيانات.", title=None, outlet=UNKNOWN_OUTLET, published=None)
    docs = _render(tmp_path, Site(articles=(a,), stories=(), generated="2017-11-10T00:00:00+00:00"))
    ar = (docs / "articles/x.ar.md").read_text(encoding="utf-8")
    en = (docs / "articles/x.en.md").read_text(encoding="utf-8")
    assert ar.count("غير معروف") >= 3  # outlet, date, url
    assert en.count(">unknown<") >= 3
    assert "تاريخ غير معروف" in (docs / "articles/index.ar.md").read_text(encoding="utf-8")


def test_config_digits_and_month_style_reach_the_page(tmp_path, sample_site):
    docs = _render(tmp_path, sample_site, arabic_digits=True, month_style="levantine")
    ar = (docs / "articles/a1.ar.md").read_text(encoding="utf-8")
    assert "تشرين الثاني" in ar and "نوفمبر" not in ar.split('id="body"')[0]
    assert "٢٠١٧" in ar


def test_empty_site_renders_every_index(tmp_path):
    docs = _render(tmp_path, Site(articles=(), stories=(), generated="2017-11-10T00:00:00+00:00"))
    assert "لا توجد قصص بعد." in (docs / "stories/index.ar.md").read_text(encoding="utf-8")
    assert "No articles yet." in (docs / "articles/index.en.md").read_text(encoding="utf-8")
    assert (docs / "index.ar.md").is_file() and (docs / "data.en.md").is_file()


def test_story_page_renders_timeline_with_links(tmp_path, sample_site):
    docs = _render(tmp_path, sample_site)
    ar = (docs / "stories/abu-kamal-2017-11.ar.md").read_text(encoding="utf-8")
    assert "سيطرة القوات الحكومية على البوكمال" in ar
    assert 'href="../articles/a1.html"' in ar and 'href="../en/stories/abu-kamal-2017-11.html"' in ar
    en = (docs / "stories/abu-kamal-2017-11.en.md").read_text(encoding="utf-8")
    assert "Government forces took Abu Kamal" in en


def test_templates_dir_resolution(tmp_path):
    assert templates_dir(load_config(tmp_path)) == PACKAGED_TEMPLATES
    own = tmp_path / "templates"
    own.mkdir()
    (own / "home.html").write_text("<div class=\"briefing\">{{ _('Home') }} custom</div>", encoding="utf-8")
    assert templates_dir(load_config(tmp_path)) == own
    docs = _render(tmp_path, Site(articles=(), stories=(), generated="2017-11-10T00:00:00+00:00"))
    assert "الرئيسية custom" in (docs / "index.ar.md").read_text(encoding="utf-8")


# --------------------------------------------------------------------------- hostile content, real build

HOSTILE_TITLE = "</title><script>alert(1)</script> هجوم {{ 7*7 }} *نجمة*"
HOSTILE_BODY = ("قال مسؤول <script>alert(2)</script> إن {% if true %}القوات{% endif %} تقدمت.\n"
                "<img src=x onerror=alert(3)> ثم **تراجعت** [رابط](javascript:alert(4)) {{ config }}.")


def test_hostile_content_never_reaches_the_built_html(tmp_path):
    a = make_article("evil", HOSTILE_BODY, title=HOSTILE_TITLE, url="javascript:alert(5)",
                     entities=[("<script>alert(2)</script>", "MISC", None, "<b>x</b>", 0)])
    site = Site(articles=(a,), stories=(), generated="2017-11-10T00:00:00+00:00")
    cfg = load_config(tmp_path)

    def fill(docs: Path, sink=None) -> int:
        n = render_site(site, docs, cfg)
        write_exports(site, docs / "data")
        return n

    publish_site(fill, cfg)
    for page in ("articles/evil.html", "en/articles/evil.html", "index.html", "articles/index.html"):
        html = (cfg.site_path / page).read_text(encoding="utf-8")
        assert "<script>alert" not in html, page
        assert "<img src=x" not in html and "onerror=alert" not in html.replace("onerror=alert(3)&gt;", ""), page
        assert not re.search(r"(href|src|action)\s*=\s*[\"']?\s*javascript:", html, re.I), page
        assert "<b>x</b>" not in html and "<strong>تراجعت</strong>" not in html, page
        assert "49" not in html.split("md-content")[1], page  # {{ 7*7 }} was not evaluated
    ar = (cfg.site_path / "articles/evil.html").read_text(encoding="utf-8")
    plain = re.sub(r"</?(bdi|mark|span)\b[^>]*>", "", ar)  # bidi isolation and sentence wrappers
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in plain
    assert "{{ 7*7 }}" in plain and "{% if true %}" in plain and "**تراجعت**" in plain
    title = re.search(r"<title>(.*?)</title>", ar, re.S).group(1)
    assert "<" not in title


@pytest.mark.parametrize("value,lang,style,expected", [
    ("2017-W44", "en", "egyptian", "week of 30 October 2017"),
    ("2017-W44", "ar", "levantine", "أسبوع 30 تشرين الأول 2017"),
    ("2017-W44", "ar", "egyptian", "أسبوع 30 أكتوبر 2017"),
    ("2017-W99", "en", "egyptian", "2017-W99"),
])
def test_iso_weeks_read_as_the_week_of_their_monday(value, lang, style, expected):
    from generator.render.filters import format_date
    assert format_date(value, lang, style) == expected


@pytest.mark.parametrize("rows", [
    [{"id": "a1", "title": "سيطرة على «البوكمال»، بعد معارك", "n": 3, "x": None},
     {"id": "a2", "title": 'قال: "انسحبنا"\nثم سطر ثانٍ', "n": 0, "x": "نعم, لا"},
     {"id": "a3", "title": "", "n": 12, "x": 2.5}],
    [{"id": "b1", "title": None, "n": 1, "x": True}, {"id": "b2", "title": "  مسافات  ", "n": 2, "x": False}],
])
def test_csv_rows_are_written_as_pandas_writes_them(tmp_path, rows):
    """exports._write_csv streams rows through the csv module; the bytes must be pandas' own."""
    pd = pytest.importorskip("pandas")
    from generator.publish.exports import _write_csv

    cols = ["id", "title", "n", "x"]
    _write_csv(iter(rows), cols, tmp_path / "ours.csv")
    pd.DataFrame(rows, columns=cols).to_csv(tmp_path / "pandas.csv", index=False, encoding="utf-8-sig",
                                            lineterminator="\n")
    assert (tmp_path / "ours.csv").read_bytes() == (tmp_path / "pandas.csv").read_bytes()


def test_an_article_page_names_months_one_way(tmp_path, sample_site):
    """Al Mayadeen writes Levantine months; its page's story card does too (it said "نوفمبر" beside
    the article's "تشرين الثاني"). The story page keeps the site's default."""
    docs = _render(tmp_path, sample_site)
    ar = (docs / "articles/a2.ar.md").read_text(encoding="utf-8")
    card = ar.split('class="in-stories"')[1].split("</div>")[0]
    assert "تشرين الثاني" in card and "نوفمبر" not in card
    assert "نوفمبر" in (docs / "stories/index.ar.md").read_text(encoding="utf-8")


def test_facts_box_names_an_entity_as_prose_does(sample_articles, tmp_path):
    """Another English form in brackets that repeats the name's words ("Syrian government (Government of
    Syria)") is left out of the facts box, as out of the briefing; the export keeps the name as extracted."""
    import dataclasses

    a = sample_articles[0]
    e = a.facts.entities[0]
    e2 = dataclasses.replace(e, name_en="Syrian government (Government of Syria)")
    art = dataclasses.replace(a, facts=dataclasses.replace(a.facts, entities=(e2,) + tuple(a.facts.entities[1:])))
    fv = views.facts_view(art, "en", load_config(tmp_path))
    shown = [i["name_en"] for g in fv["entities"] for i in g["items"] if i["text"] == e.text]
    assert shown == ["Syrian government"]
    assert art.facts.entities[0].name_en == "Syrian government (Government of Syria)"
