"""Digest render time for a week with 50 stories (target: under 2 seconds).

Not a unit test (no timed tests in the suite): run ``python3 bench/digest_bench.py`` and read the
figure. The week is built from hand-made records (stories with summaries, timelines, conflicts
and counted numbers over 150 articles from several outlets), so it measures the digest itself,
not extraction. Prints the best and median of several runs for both languages, HTML + text +
.eml message, and the site pages for the same week.
"""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from generator.config import Config
from generator.models import (
    Article,
    Conflict,
    Facts,
    NumberMention,
    Outlet,
    RawArticle,
    Site,
    Story,
    Summary,
    TimelineEntry,
)
from generator.nlp.sentences import split_sentences
from generator.publish import digest as dg

OUTLETS = [Outlet("aljazeera", "الجزيرة", "Al Jazeera"), Outlet("almayadeen", "الميادين", "Al Mayadeen"),
           Outlet("enab", "عنب بلدي", "Enab Baladi"), Outlet("sana", "سانا", "SANA")]
PLACES = ["البوكمال", "دير الزور", "حلب", "إدلب", "سراقب", "الرقة", "حماة", "درعا", "القامشلي", "تدمر"]


def make_site(n_stories: int = 50, per_story: int = 3) -> Site:
    articles, stories = [], []
    for s in range(n_stories):
        place = PLACES[s % len(PLACES)]
        ids = []
        for k in range(per_story):
            aid = f"s{s:03d}a{k}"
            day = 6 + (s + k) % 7
            body = (f"أعلن مصدر ميداني أن القوات سيطرت على أحياء في {place} يوم {day} تشرين الثاني/نوفمبر 2017. "
                    f"وقالت مصادر محلية إن {k + 3} مدنيين قتلوا في قصف جوي على {place}، "
                    f"فيما نزح نحو {1000 * (k + 1)} شخص من المدينة.")
            n_text = f"{k + 3} مدنيين"
            start = body.index(n_text)
            nums = (NumberMention(n_text, start, start + len(n_text), str(k + 3), "people", "civilians killed",
                                  "exact"),)
            raw = RawArticle(id=aid, source_file=f"{aid}.md", body=body, title=f"معارك في {place} ({s})",
                             outlet=OUTLETS[k % len(OUTLETS)], published=f"2017-11-{day:02d}")
            articles.append(Article(raw=raw, sentences=split_sentences(body), facts=Facts(numbers=nums),
                                    summary=Summary(ar=body, en=f"Fighting in {place}.")))
            ids.append(aid)
        timeline = tuple(TimelineEntry(
            date=f"2017-11-{6 + t:02d}", granularity="day", type="capture/control",
            text_ar=f"سيطرة القوات على أحياء في {place}", text_en=f"Forces took districts of {place}",
            reported_by=tuple(ids), first_reported_by=ids[0], independent_sources=1 + t % 3,
            conflicts=(Conflict("number", "Deaths: 3 vs 5", ({"outlet": "aljazeera", "text": "3 مدنيين"},
                                                              {"outlet": "almayadeen", "text": "5 مدنيين"})),)
            if t == 0 else ()) for t in range(6))
        stories.append(Story(id=f"story-{s:03d}", title_ar=f"معركة {place} ({s})", title_en=f"Battle for {place} ({s})",
                             article_ids=tuple(ids), outlet_ids=tuple(o.id for o in OUTLETS[:per_story]),
                             timeline=timeline,
                             summary=Summary(ar=f"تقدمت القوات في {place}. وقتل مدنيون. ونزح الآلاف.",
                                             en=f"Forces advanced in {place}. Civilians were killed."),
                             first_published="2017-11-06", last_published="2017-11-12"))
    return Site(articles=tuple(articles), stories=tuple(stories), generated="2017-11-13T00:00:00+00:00")


def main(runs: int = 5) -> None:
    site = make_site()
    cfg = Config(base_url="https://briefing.example.org/")
    dg.render_digest(site, "2017-W45", "ar", cfg)  # warm up (templates compiled once per process)
    for lang in ("ar", "en"):
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            d = dg.render_digest(site, "2017-W45", lang, cfg)
            dg.build_message(d, cfg, site.generated).as_bytes()
            times.append(time.perf_counter() - t)
        print(f"digest {lang}: 50 stories, {len(d.html) // 1024} KiB HTML: best {min(times):.3f}s, "
              f"median {statistics.median(times):.3f}s (target < 2s)")
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        n = dg.render_digest_pages(site, Path(tmp), cfg)
        print(f"digest site pages: {n} pages in {time.perf_counter() - t:.3f}s")
    t = time.perf_counter()
    cold = make_site()
    import importlib
    importlib.reload(dg)
    dg.render_digest(cold, "2017-W45", "ar", cfg)
    print(f"digest ar, cold (fresh template environment): {time.perf_counter() - t:.3f}s")


if __name__ == "__main__":
    main()
