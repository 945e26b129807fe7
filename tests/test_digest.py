"""Weekly digest: weeks, HTML for mail clients, its own plain text, safe headers, .eml, SMTP, pages."""
from __future__ import annotations

import email
import logging
import re
import socket
from email import policy
from pathlib import Path

import pytest

from generator.config import Config, SmtpConfig
from generator.models import Conflict, NumberMention, Site, Story, Summary, TimelineEntry
from generator.publish import digest as dg
from tests.conftest import ALMAYADEEN, BODY_1, BODY_2, make_article

BASE = "https://briefing.example.org/"
HOSTILE = "<script>alert(1)</script>\r\nBcc: victim@example.com\nX-Evil: 1"
SENDER = "الموجز اليومي <briefing@example.org>"


def _site(hostile: bool = False) -> Site:
    a1 = make_article("a1", BODY_1, title="النظام السوري يستعيد البوكمال على حدود العراق",
                      url="https://www.aljazeera.net/news/1", published="2017-11-08",
                      numbers=[("أربعة مدنيين", "4", "civilians killed", "exact")])
    a2 = make_article("a2", BODY_2, title=HOSTILE if hostile else "تقدم الجيش السوري في البوكمال",
                      outlet=ALMAYADEEN, published="2017-11-09",
                      numbers=[("6 مسلحين", "6", "militants killed", "exact")])
    a3 = make_article("a3", "ضرب زلزال بقوة 7.3 درجات المنطقة الحدودية بين إيران والعراق.", title="زلزال",
                      published="2017-11-13")  # next week, no story
    story = Story(
        id="abu-kamal", title_ar=HOSTILE if hostile else "معركة البوكمال",
        title_en=HOSTILE if hostile else "The battle for Abu Kamal",
        article_ids=("a1", "a2"), outlet_ids=("aljazeera", "almayadeen"),
        summary=Summary(ar="سيطرت القوات الحكومية على البوكمال في 2017-11-08. وقتل أربعة مدنيين. ونزح الآلاف.",
                        en="Government forces took Abu Kamal. Four civilians were killed. Thousands fled."),
        timeline=(TimelineEntry(date="2017-11-08", granularity="day", type="capture/control",
                                text_ar="سيطرة القوات الحكومية على البوكمال",
                                text_en="Government forces took Abu Kamal", reported_by=("a1", "a2"),
                                first_reported_by="a1", independent_sources=2,
                                conflicts=(Conflict(kind="number", description_en="Deaths: 4 vs 6",
                                                    sides=({"outlet": "aljazeera", "text": "أربعة مدنيين"},
                                                           {"outlet": "almayadeen", "text": "6 مسلحين"})),)),),
        first_published="2017-11-08", last_published="2017-11-09")
    return Site(articles=(a1, a2, a3), stories=(story,), generated="2017-11-10T00:00:00+00:00")


def _cfg(**kw) -> Config:
    smtp = kw.pop("smtp", SmtpConfig(sender=SENDER, recipients=("analyst@example.org",)))
    return Config(base_url=kw.pop("base_url", BASE), smtp=smtp, **kw)


@pytest.mark.parametrize("value,label,start,end", [
    ("2017-W45", "2017-W45", "2017-11-06", "2017-11-12"),
    ("2017-11-08", "2017-W45", "2017-11-06", "2017-11-12"),
    ("2017W45", "2017-W45", "2017-11-06", "2017-11-12"),
    ("2016-01-03", "2015-W53", "2015-12-28", "2016-01-03"),  # ISO year differs from the calendar year
    ("2018-12-31", "2019-W01", "2018-12-31", "2019-01-06"),
])
def test_parse_week(value, label, start, end):
    w = dg.parse_week(value)
    assert (w.label, w.start.isoformat(), w.end.isoformat()) == (label, start, end)


@pytest.mark.parametrize("bad", ["2017-W54", "نوفمبر", "2017-11", ""])
def test_parse_week_rejects(bad):
    with pytest.raises(ValueError):
        dg.parse_week(bad)


def test_html_for_mail_clients():
    d = dg.render_digest(_site(), "2017-W45", "ar", _cfg())
    html = d.html
    assert "<style" not in html.split("</head>")[0] or "@media" in html  # only the @media rule kept
    assert "@media" in html
    assert 'style="' in html  # inlined
    for td in re.findall(r"<td\b[^>]*>", html):
        assert 'dir="rtl"' in td and ('align="right"' in td or 'align="center"' in td), td
    for block in re.findall(r"<(?:p|h1|h2)\b[^>]*>", html):
        assert 'dir="rtl"' in block, block
    assert f'href="{BASE}stories/abu-kamal.html"' in html
    assert "معركة البوكمال" in html and "سيطرة القوات الحكومية على البوكمال" in html
    assert '<bdi dir="ltr">2017-11-08</bdi>' in html  # ISO date inside Arabic isolated
    assert "Deaths: 4 vs 6" in html and "الميادين" in html  # conflict flagged with outlet names
    assert "ونزح الآلاف" not in html  # two-line summary: the third sentence is cut


def test_plain_text_has_its_own_layout():
    d = dg.render_digest(_site(), "2017-W45", "ar", _cfg())
    assert "<" not in d.text.replace("<script", "")  # no tags
    lines = [ln for ln in d.text.splitlines() if ln]
    assert all(ln.startswith(dg.RLM) for ln in lines)  # Arabic paragraphs start right-to-left
    assert f"{dg.LRM}2017-11-08{dg.LRM}" in d.text
    assert f"{BASE}stories/abu-kamal.html" in d.text
    en = dg.render_digest(_site(), "2017-W45", "en", _cfg())
    assert "The battle for Abu Kamal" in en.text and "generated from the extracted facts" in en.text
    assert f"{dg.RLM}أربعة مدنيين{dg.RLM}" in en.text  # Arabic run isolated in English text


def test_hostile_title_never_reaches_headers_or_markup():
    site = _site(hostile=True)
    for lang in ("ar", "en"):
        d = dg.render_digest(site, "2017-W45", lang, _cfg())
        msg = dg.build_message(d, _cfg(), site.generated)
        head = msg.as_bytes(policy=policy.SMTP).split(b"\r\n\r\n", 1)[0].decode("ascii")
        assert "victim" not in head and "X-Evil" not in head and "script" not in head
        assert msg["Bcc"] is None
        assert "<script" not in d.html
        assert re.search(r"&lt;(<bdi dir=\"ltr\">)?script", d.html)  # shown as text


def test_week_without_stories_lists_articles_and_empty_week_says_so():
    d = dg.render_digest(_site(), "2017-W46", "ar", _cfg())
    assert dg.ui_strings("ar")["no_stories"] in d.html and "زلزال" in d.html
    assert f"{BASE}articles/a3.html" in d.html
    e = dg.render_digest(_site(), "2017-W40", "en", _cfg())
    assert dg.ui_strings("en")["empty"] in e.html and dg.ui_strings("en")["empty"] in e.text


def test_empty_base_url_warns_and_uses_relative_links(caplog):
    with caplog.at_level(logging.WARNING):
        d = dg.render_digest(_site(), "2017-W45", "en", _cfg(base_url=""))
    assert "base_url" in caplog.text
    assert 'href="en/stories/abu-kamal.html"' in d.html


def test_eml_files_multipart_utf8_and_deterministic(tmp_path):
    written = dg.write_digests(_site(), "2017-W45", _cfg(), lang="both", out_dir=tmp_path / "a")
    assert [p.name for p, _ in written] == ["2017-W45.ar.eml", "2017-W45.en.eml"]
    again = dg.write_digests(_site(), "2017-W45", _cfg(), lang="both", out_dir=tmp_path / "b")
    for (p, _), (q, _) in zip(written, again):
        assert p.read_bytes() == q.read_bytes()
    msg = email.message_from_bytes(written[0][0].read_bytes(), policy=policy.default)
    assert msg.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in msg.iter_parts()] == ["text/plain", "text/html"]
    assert all(p.get_content_charset() == "utf-8" for p in msg.iter_parts())
    assert str(msg["Subject"]) == "الموجز: موجز الأسبوع 2017-W45"
    assert msg["From"].addresses[0].display_name == "الموجز اليومي"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_send_through_smtp_and_parse_what_arrives(tmp_path):
    controller_mod = pytest.importorskip("aiosmtpd.controller")

    class Collect:
        def __init__(self) -> None:
            self.envelopes = []

        async def handle_DATA(self, server, session, envelope):
            self.envelopes.append(envelope)
            return "250 OK"

    handler = Collect()
    port = _free_port()
    ctl = controller_mod.Controller(handler, hostname="127.0.0.1", port=port)
    ctl.start()
    try:
        cfg = _cfg(smtp=SmtpConfig(host="127.0.0.1", port=port, sender=SENDER,
                                   recipients=("analyst@example.org", "مكتب <desk@example.org>"),
                                   username_env="BRIEFING_TEST_NO_SUCH_USER"))
        site = _site(hostile=True)
        written = dg.write_digests(site, "2017-W45", cfg, lang="both", out_dir=tmp_path)
        assert dg.send_digests([m for _, m in written], cfg) == 2
    finally:
        ctl.stop()
    assert len(handler.envelopes) == 2
    subjects = []
    for env in handler.envelopes:
        assert env.mail_from == "briefing@example.org"
        assert sorted(env.rcpt_tos) == ["analyst@example.org", "desk@example.org"]
        msg = email.message_from_bytes(env.original_content, policy=policy.default)
        subjects.append(str(msg["Subject"]))
        assert msg["From"].addresses[0].display_name == "الموجز اليومي"
        assert msg["Bcc"] is None and msg["X-Evil"] is None
        html = msg.get_body(("html",)).get_content()
        text = msg.get_body(("plain",)).get_content()
        assert "<script" not in html
        links = re.findall(r'href="([^"]+)"', html)
        assert links and all(u.startswith(BASE) for u in links)
        assert f"{BASE}" in text
    assert subjects == ["الموجز: موجز الأسبوع 2017-W45", "Briefing: Weekly digest 2017-W45"]


def test_send_refuses_without_recipients():
    with pytest.raises(ValueError):
        dg.send_digests([], _cfg(smtp=SmtpConfig(recipients=())))


def test_digest_pages_are_escaped_blocks_with_relative_links(tmp_path):
    n = dg.render_digest_pages(_site(hostile=True), tmp_path, _cfg())
    assert n == 2 * 2 + 2  # two weeks x two languages + two indexes
    for lang, up in (("ar", "../"), ("en", "../")):
        text = (tmp_path / "digests" / f"2017-W45.{lang}.md").read_text(encoding="utf-8")
        body = text.split("---\n", 2)[2].strip("\n")
        assert "\n\n" not in body and all(not ln.startswith((" ", "\t")) for ln in body.splitlines())
        assert "<script" not in text and re.search(r"&lt;(<bdi dir=\"ltr\">)?script", body)
        assert f'href="{up}stories/abu-kamal.html"' in body
        assert BASE not in body
    index = (tmp_path / "digests" / "index.ar.md").read_text(encoding="utf-8")
    assert index.index("2017-W46") < index.index("2017-W45")  # newest first
    assert 'href="2017-W45.html"' in index


def test_real_seed_week(project):
    """The real pipeline on the seed content: the week 2017-W45 digest mentions both articles."""
    from generator.build import collect
    from generator.config import load_config

    cfg = load_config(project, base_url=BASE)
    site = collect(cfg)
    if not site.articles:
        pytest.skip("the readers produced no articles from content/")
    d = dg.render_digest(site, "2017-W45", "ar", cfg)
    assert "البوكمال" in d.html
    if not site.stories:
        assert dg.ui_strings("ar")["no_stories"] in d.html
    assert Path(str(project)).is_dir()


def test_seed_key_facts_say_what_was_counted_and_skip_breakdowns(project):
    """Key facts read 'أربعة مدنيين قتلى', not a bare noun phrase, and the breakdown of a count
    ('بينهم طفلان وامرأة') is not listed as facts of its own."""
    from generator.build import collect
    from generator.config import load_config

    site = collect(load_config(project, base_url=BASE))
    by_id = {a.id: a for a in site.articles}
    story = next(s for s in site.stories if len(s.article_ids) == 2)
    ar = [f["text"] for f in dg._key_facts(story, by_id, "ar")]
    en = [f["text"] for f in dg._key_facts(story, by_id, "en")]
    assert "أربعة مدنيين قتلى" in ar, ar
    assert not any(t.startswith(("طفلان", "امرأة")) for t in ar), ar
    assert any("killed" in t for t in en), en
    assert "about 120,000 people displaced" in en, en  # worded as the English briefing words counts


def test_key_facts_skip_a_share_of_nothing():
    """'35 في المئة' with nothing it is a share of is no key fact; a count beside it still is."""
    import dataclasses

    from generator.models import NumberMention
    body = "وارتفع التضخم إلى 35 في المئة. وقتل أربعة مدنيين في القصف."
    a = make_article("p1", body)
    share = NumberMention("35 في المئة", body.index("35"), body.index("35") + 11, value="35", unit="percent",
                          counts="percent", qualifier="exact", role="percent")
    count = NumberMention("أربعة مدنيين", body.index("أربعة"), body.index("أربعة") + 12, value="4", unit="people",
                          counts="civilians killed", qualifier="exact", role="killed")
    a = dataclasses.replace(a, facts=dataclasses.replace(a.facts, numbers=(share, count)))
    story = Story(id="s", title_ar="س", title_en="S", article_ids=("p1",), outlet_ids=("aljazeera",),
                  summary=Summary(ar="س", en="S"), timeline=(), first_published="2017-11-08",
                  last_published="2017-11-08")
    for lang in ("ar", "en"):
        texts = [f["text"] for f in dg._key_facts(story, {"p1": a}, lang)]
        assert len(texts) == 1 and "35" not in texts[0], (lang, texts)


@pytest.mark.parametrize("lang,n,expected", [
    ("en", 1, "1 article"), ("en", 2, "2 articles"),
    ("ar", 1, "مقال واحد"), ("ar", 2, "مقالان"), ("ar", 3, "3 مقالات"), ("ar", 11, "11 مقالًا"),
])
def test_counts_take_the_plural_form_of_the_language(lang, n, expected):
    assert dg.count_label("article", n, lang, _cfg()) == expected


@pytest.mark.parametrize("lang,articles,sources", [("en", "2 articles", "(2 sources)"), ("ar", "مقالان", "(مصدران)")])
def test_digest_counts_read_as_language(lang, articles, sources):
    """The story's article count and a timeline row's source count, in the email's text and HTML
    ("1 articles", "(1 sources)" read wrong; Arabic has a dual)."""
    import html as _html
    import re as _re

    d = dg.render_digest(_site(), "2017-W45", lang, _cfg())
    for part in (d.text, _html.unescape(_re.sub(r"<[^>]+>", "", d.html))):
        assert articles in part and sources in part, part


def test_key_facts_lead_with_the_toll_and_leave_out_measures():
    """A quake story told magnitude first: the key facts start with the dead and injured, then other
    counts; a magnitude or a distance measures the scene and is no key fact."""
    from dataclasses import replace as _replace

    body = ("ضرب زلزال بقوة 7 درجات على بعد 70 كيلومترا من مراكش، ودمر 40 منزلا وقتل امرأة. "
            "وأعلنت الوزارة أن 2681 شخصا قتلوا وأصيب 2501 آخرون.")
    a = make_article("q", body, published="2023-09-11")
    spec = [("7 درجات", "7", "magnitude", "magnitude", None), ("70 كيلومترا", "70", "kilometres", "distance", None),
            ("40 منزلا", "40", "houses destroyed", "buildings", "destroyed"),
            ("2681 شخصا", "2681", "people killed", "people", "killed"),
            ("2501", "2501", "people injured", "people", "injured"),
            ("امرأة", "1", "women killed", "people", "killed")]
    nums = tuple(NumberMention(t, body.index(t), body.index(t) + len(t), value=v, unit=u, counts=c,
                               qualifier="exact", role=r) for t, v, c, u, r in spec)
    a = _replace(a, facts=_replace(a.facts, numbers=nums))
    story = Story(id="quake", title_ar="زلزال", title_en="Quake", article_ids=("q",), outlet_ids=("aljazeera",),
                  first_published="2023-09-11", last_published="2023-09-11")
    facts = [f["text"] for f in dg._key_facts(story, {"q": a}, "en")]
    assert facts[:2] == ["2,681 people killed", "2,501 people injured"], facts
    assert facts[2] == "40 houses destroyed", facts  # one woman told by a bare noun comes last
    assert not any("magnitude" in f or "kilometre" in f for f in facts), facts


def test_key_facts_say_what_happened_to_what_they_count():
    """'more than 3,000 people' or 'two operations' say nothing of what happened: no key fact (the
    English briefing drops the same numbers); the toll beside them stays, in both languages."""
    from dataclasses import replace as _replace

    body = "شارك أكثر من 3000 شخص في عمليتين على 40 قرية، وقتل 24 شخصا."
    a = make_article("d", body, published="2023-09-14")
    spec = [("أكثر من 3000 شخص", "3000", "people", "people", None), ("عمليتين", "2", "operations", None, None),
            ("40 قرية", "40", "villages", None, None), ("24 شخصا", "24", "people killed", "people", "killed")]
    nums = tuple(NumberMention(t, body.index(t), body.index(t) + len(t), value=v, unit=u, counts=c,
                               qualifier="exact", role=r) for t, v, c, u, r in spec)
    a = _replace(a, facts=_replace(a.facts, numbers=nums))
    story = Story(id="daraa", title_ar="درعا", title_en="Daraa", article_ids=("d",), outlet_ids=("aljazeera",),
                  first_published="2023-09-14", last_published="2023-09-14")
    assert [f["text"] for f in dg._key_facts(story, {"d": a}, "en")] == ["24 people killed"]
    assert [f["text"] for f in dg._key_facts(story, {"d": a}, "ar")] == ["24 شخصا قتلى"]


def _date_conflict_site() -> Site:
    site = _site()
    story = site.stories[0]
    entry = story.timeline[0]
    dated = Conflict(kind="date", description_en="Different dates for the same event: 2017-11-08 vs 2017-11-09",
                     description_ar="تواريخ مختلفة للحدث نفسه: 2017-11-08 مقابل 2017-11-09",
                     sides=({"outlet": "aljazeera", "text": "الأربعاء", "value": "2017-11-08"},
                            {"outlet": "almayadeen", "text": "الخميس", "value": "2017-11-09"}))
    entry = TimelineEntry(**{**entry.__dict__, "conflicts": (dated,) + entry.conflicts})
    return Site(articles=site.articles, stories=(Story(**{**story.__dict__, "timeline": (entry,)}),),
                generated=site.generated)


@pytest.mark.parametrize("lang,dated,other_in_lang", [
    ("en", "Different dates for the same event: 8 November 2017 vs 9 November 2017", True),
    ("ar", "تواريخ مختلفة للحدث نفسه: 8 تشرين الثاني 2017 مقابل 9 تشرين الثاني 2017", False),
])
def test_conflicts_are_written_in_the_readers_language_and_dates(lang, dated, other_in_lang):
    from generator.render.views import conflict_text

    conflicts = _date_conflict_site().stories[0].timeline[0].conflicts
    cfg = _cfg(month_style="levantine")
    assert conflict_text(conflicts[0], lang, cfg) == (dated, True)  # no ISO values in prose
    # a conflict with no Arabic description stays English, and says so, so the page marks it lang="en"
    assert conflict_text(conflicts[1], lang, cfg) == ("Deaths: 4 vs 6", other_in_lang)
    html = dg.render_digest(_date_conflict_site(), "2017-W45", lang, cfg).html
    assert re.sub(r"<[^>]+>", "", html).count(dated.split(": ")[1]) == 1
    assert ("2017-11-09" in html) is False


def test_a_conflict_says_which_event_the_sources_disagree_on():
    """The digest lists only a few timeline entries: a conflict names its entry."""
    en = dg.render_digest(_site(), "2017-W45", "en", _cfg())
    assert "Sources disagree: Government forces took Abu Kamal. Deaths: 4 vs 6" in en.text
    assert re.search(r"Sources disagree: <b[^>]*>Government forces took Abu Kamal</b>\. Deaths: 4 vs 6",
                     en.html.replace("\n", " "))


def test_arabic_key_facts_add_no_outcome_their_noun_already_says():
    """"49 وفاة قتلى" and "56 مصابا جرحى" read a digest: a count whose noun names what happened (a counted noun of that
    role in numbers.yaml) takes no label; a count of civilians still says they were killed."""
    from dataclasses import replace as _replace

    body = "لقي 49 وفاة في الحريق، وأصيب 56 مصابا، وقتل أربعة مدنيين، ونزح 1200 نازح."
    a = make_article("f", body, published="2024-06-13")
    spec = [("49 وفاة", "49", "people killed", "killed"), ("56 مصابا", "56", "people injured", "injured"),
            ("أربعة مدنيين", "4", "civilians killed", "killed"), ("1200 نازح", "1200", "people displaced", "displaced")]
    nums = tuple(NumberMention(t, body.index(t), body.index(t) + len(t), value=v, unit="people", counts=c,
                               qualifier="exact", role=r) for t, v, c, r in spec)
    a = _replace(a, facts=_replace(a.facts, numbers=nums))
    story = Story(id="fire", title_ar="حريق", title_en="Fire", article_ids=("f",), outlet_ids=("aljazeera",),
                  first_published="2024-06-13", last_published="2024-06-13")
    facts = [f["text"] for f in dg._key_facts(story, {"f": a}, "ar")]
    assert facts == ["49 وفاة", "56 مصابا", "أربعة مدنيين قتلى", "1200 نازح"], facts
