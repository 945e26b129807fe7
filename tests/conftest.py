"""Shared fixtures: small, generic, hand-made records (no extractor needed).

``make_article`` builds an Article from an Arabic body and fact surfaces: offsets are found in
the body (so ``body[start:end] == text`` holds by construction) and sentences come from the
project's own splitter. Other test files may add fixtures here; keep each one generic.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.models import (Article, Attribution, DateMention, Entity, Event, Facts, NumberMention, Outlet,
                              RawArticle, Site, Story, TimelineEntry)
from generator.nlp.sentences import split_sentences

REPO = Path(__file__).resolve().parents[1]

ALJAZEERA = Outlet(id="aljazeera", name_ar="الجزيرة", name_en="Al Jazeera", domain="aljazeera.net",
                   month_style="egyptian")
ALMAYADEEN = Outlet(id="almayadeen", name_ar="الميادين", name_en="Al Mayadeen", domain="almayadeen.net",
                    month_style="levantine")


def _at(body: str, text: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = body.index(text, start + 1)
    return start, start + len(text)


def make_article(ident: str, body: str, *, title: str | None = "عنوان", outlet: Outlet = ALJAZEERA,
                 published: str | None = "2017-11-08", url: str | None = None,
                 dates=(), numbers=(), entities=(), attributions=(), events=()) -> Article:
    """An Article whose facts are given by their surface text (located in ``body``)."""
    ds = [DateMention(t, *_at(body, t), value=v, granularity=g, kind=k) for t, v, g, k in dates]
    ns = [NumberMention(t, *_at(body, t), value=v, unit="people", counts=c, qualifier=q) for t, v, c, q in numbers]
    es = [Entity(t, *_at(body, t, nth), type=ty, id=i, name_en=en) for t, ty, i, en, nth in entities]
    ats = [Attribution(speaker=sp, speaker_en=spe, verb=vb, text=t, start=_at(body, t)[0], end=_at(body, t)[1],
                       direct=d) for sp, spe, vb, t, d in attributions]
    evs = [Event(type=ty, actor=ac, actor_en=ace, location=lo, location_en=loe, date=dt, text=t,
                 start=_at(body, t)[0], end=_at(body, t)[1], modality="asserted", attributed_to=None)
           for ty, ac, ace, lo, loe, dt, t in events]
    raw = RawArticle(id=ident, source_file=f"{ident}.md", body=body, title=title, outlet=outlet,
                     published=published, url=url)
    return Article(raw=raw, sentences=split_sentences(body),
                   facts=Facts(dates=tuple(ds), numbers=tuple(ns), entities=tuple(es), attributions=tuple(ats),
                               events=tuple(evs)))


BODY_1 = (
    "أعلن النظام السوري أن قواته سيطرت على مدينة البوكمال آخر معاقل تنظيم الدولة على الحدود السورية العراقية.\n"
    "وقالت مصادر محلية للجزيرة الأربعاء إن أربعة مدنيين قتلوا في قصف جوي. وأجبرت المعارك نحو 120 ألف شخص على"
    " النزوح، وفق تقديرات الأمم المتحدة.\n"
    "وقال علي أكبر ولايتي \"قريبا سنمشط شرق سوريا ثم منطقة إدلب في الغرب\"."
)
BODY_2 = (
    "وكان الجيش السوري وحلفاؤه حرروا في 3 تشرين الثاني/ نوفمبر الحالي مدينة دير الزور بالكامل.\n"
    "بدورها، قالت وكالة \"سانا\" إن الطائرات السورية نفذت ضربات أسفرت عن مقتل 6 مسلحين في محيط مدينة البوكمال."
)


def build_sample_articles() -> list[Article]:
    """Two analysed-looking articles from two outlets (facts located by their surface text)."""
    a1 = make_article(
        "a1", BODY_1, title="النظام السوري يستعيد البوكمال على حدود العراق", url="https://www.aljazeera.net/news/1",
        dates=[("الأربعاء", "2017-11-08", "day", "weekday")],
        numbers=[("أربعة مدنيين", "4", "civilians killed", "exact"), ("نحو 120 ألف شخص", "120000",
                                                                       "people displaced", "approx")],
        entities=[("النظام السوري", "ORG", "syrian-government", "Syrian government", 0),
                  ("البوكمال", "LOC", "abu-kamal", "Abu Kamal", 0),
                  ("الأمم المتحدة", "ORG", "un", "United Nations", 0),
                  ("علي أكبر ولايتي", "PER", "ali-akbar-velayati", "Ali Akbar Velayati", 0)],
        attributions=[("علي أكبر ولايتي", "Ali Akbar Velayati", "قال",
                       "قريبا سنمشط شرق سوريا ثم منطقة إدلب في الغرب", True)],
        events=[("capture/control", "النظام السوري", "Syrian government", "البوكمال", "Abu Kamal", "2017-11-08",
                 "سيطرت على مدينة البوكمال")],
    )
    a2 = make_article(
        "a2", BODY_2, title="تقدم الجيش السوري في البوكمال", outlet=ALMAYADEEN, published="2017-11-09",
        dates=[("3 تشرين الثاني/ نوفمبر", "2017-11-03", "day", "absolute")],
        numbers=[("6 مسلحين", "6", "militants killed", "exact")],
        entities=[("دير الزور", "LOC", "deir-ez-zor", "Deir ez-Zor", 0), ("البوكمال", "LOC", "abu-kamal",
                                                                          "Abu Kamal", 0)],
    )
    return [a1, a2]


def build_sample_story() -> Story:
    """A hand-made story over the two sample articles (the pipeline makes none yet)."""
    return Story(
        id="abu-kamal-2017-11", title_ar="معركة البوكمال", title_en="The battle for Abu Kamal",
        article_ids=("a1", "a2"), outlet_ids=("aljazeera", "almayadeen"),
        timeline=(TimelineEntry(date="2017-11-08", granularity="day", type="capture/control",
                                text_ar="سيطرة القوات الحكومية على البوكمال",
                                text_en="Government forces took Abu Kamal", reported_by=("a1", "a2"),
                                first_reported_by="a1"),),
        first_published="2017-11-08", last_published="2017-11-09")


def build_sample_site() -> Site:
    return Site(articles=tuple(build_sample_articles()), stories=(build_sample_story(),),
                generated="2017-11-10T00:00:00+00:00")


@pytest.fixture
def sample_articles() -> list[Article]:
    return build_sample_articles()


@pytest.fixture
def sample_story() -> Story:
    return build_sample_story()


@pytest.fixture
def sample_site() -> Site:
    return build_sample_site()


@pytest.fixture(scope="session")
def sample_site_factory():
    """The builder of the hand-made site, for module- or session-scoped fixtures."""
    return build_sample_site


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project folder with a copy of the repository's seed content/ (tests may add files)."""
    shutil.copytree(REPO / "content", tmp_path / "content")
    return tmp_path
