"""Atom feeds: newest first, absolute links, hostile text escaped, articles when no story exists."""
from __future__ import annotations

import logging
import xml.etree.ElementTree as ET

import pytest

from generator.config import Config
from generator.models import Site, Story
from generator.publish.feeds import write_feeds
from tests.conftest import ALMAYADEEN, BODY_1, BODY_2, make_article

A = "{http://www.w3.org/2005/Atom}"
HOSTILE = '<script>alert("x")</script> & ]]> \x01 <img src=x onerror=alert(1)>'
BASE = "https://briefing.example.org/"


def _stories_site() -> Site:
    a1 = make_article("a1", BODY_1, title="النظام السوري يستعيد البوكمال", published="2017-11-08")
    a2 = make_article("a2", BODY_2, title="تقدم الجيش", outlet=ALMAYADEEN, published="2017-11-09")
    old = Story(id="old", title_ar="معركة دير الزور", title_en="Battle for Deir ez-Zor", article_ids=("a2",),
                outlet_ids=("almayadeen",), first_published="2017-11-03", last_published="2017-11-03")
    new = Story(id="new", title_ar=HOSTILE, title_en=HOSTILE, article_ids=("a1",), outlet_ids=("aljazeera",),
                first_published="2017-11-08", last_published="2017-11-09")
    return Site(articles=(a1, a2), stories=(old, new), generated="2017-11-10T00:00:00+00:00")


def _entries(path):
    root = ET.parse(path).getroot()
    return root, root.findall(f"{A}entry")


@pytest.mark.parametrize("lang,prefix", [("ar", ""), ("en", "en/")])
def test_story_feed_newest_first_absolute_links(tmp_path, lang, prefix):
    write_feeds(_stories_site(), tmp_path, Config(base_url=BASE))
    root, entries = _entries(tmp_path / f"feed.{lang}.xml")
    assert root.tag == f"{A}feed"
    links = [e.find(f"{A}link").get("href") for e in entries]
    assert links == [f"{BASE}{prefix}stories/new.html", f"{BASE}{prefix}stories/old.html"]
    assert entries[0].find(f"{A}updated").text == "2017-11-09T00:00:00Z"


def test_hostile_title_is_text_not_markup(tmp_path):
    write_feeds(_stories_site(), tmp_path, Config(base_url=BASE))
    for lang in ("ar", "en"):
        raw = (tmp_path / f"feed.{lang}.xml").read_text(encoding="utf-8")
        assert "<script" not in raw and "<img" not in raw
        root, entries = _entries(tmp_path / f"feed.{lang}.xml")
        assert not [el for el in root.iter() if el.tag.rsplit("}", 1)[-1] in ("script", "img")]
        assert entries[0].find(f"{A}title").text == HOSTILE.replace("\x01", "")


def test_articles_when_there_are_no_stories(tmp_path, caplog):
    s = _stories_site()
    site = Site(articles=s.articles, stories=(), generated=s.generated)
    with caplog.at_level(logging.WARNING):
        write_feeds(site, tmp_path, Config(base_url=""))
    assert "base_url" in caplog.text
    _, entries = _entries(tmp_path / "feed.ar.xml")
    assert [e.find(f"{A}link").get("href") for e in entries] == ["articles/a2.html", "articles/a1.html"]
    assert [e.find(f"{A}title").text for e in entries] == ["تقدم الجيش", "النظام السوري يستعيد البوكمال"]


def test_feeds_are_deterministic(tmp_path):
    write_feeds(_stories_site(), tmp_path / "a", Config(base_url=BASE))
    write_feeds(_stories_site(), tmp_path / "b", Config(base_url=BASE))
    for lang in ("ar", "en"):
        assert (tmp_path / "a" / f"feed.{lang}.xml").read_bytes() == (tmp_path / "b" / f"feed.{lang}.xml").read_bytes()
