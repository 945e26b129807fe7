"""Summaries + English briefing cost per article (issue 5 target: < 20 ms per article).

    python bench/summary_bench.py [--n 300] [--words 600] [--story-size 8]

Articles are the two seeds (content/*.md) replicated plus synthetic articles from
bench/corpus.py (sentence templates of real outlet copy, ~--words words each). They are analysed
first with the real extractors (not timed), grouped into stories of --story-size articles, then
the summarise stage (Arabic extractive summary per article and per story, English facts
briefing per article and per story; translation backend ``facts``) is timed in this process.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpus import make_article, make_stories

from generator.config import Config
from generator.models import (
    UNKNOWN_OUTLET,
    Article,
    RawArticle,
    Story,
)
from generator.nlp.analyse import analyse
from generator.nlp.entities import Gazetteer
from generator.outlets import OutletTable
from generator.summarise import summarise_all, summarise_article


def _split(text: str) -> tuple[dict[str, str], str]:
    """Front matter (flat key: value) and body of a content .md file."""
    _, front, body = text.split("---\n", 2)
    meta = {}
    for line in front.splitlines():
        k, _, v = line.partition(":")
        meta[k.strip()] = v.strip()
    return meta, body


def corpus(n: int, words: int) -> list[RawArticle]:
    import datetime as dt

    raws = []
    for p in sorted((ROOT / "content").glob("*.md")):
        meta, body = _split(p.read_text(encoding="utf-8"))
        raws.append((meta, body))
    rng = random.Random(11)
    specs = make_stories(max(3, n // 8), rng, dt.date(2017, 1, 1))
    seeds = list(raws)
    table = OutletTable.load()
    out: list[RawArticle] = []
    for i in range(n):
        if i % 10 < 2 and seeds:  # a fifth of the corpus: the seeds, replicated
            meta, body = seeds[i % len(seeds)]
        else:
            _, text = make_article(i, rng.choice(specs), rng, words)
            meta, body = _split(text)
        out.append(RawArticle(id=f"b{i:05d}", source_file=f"b{i:05d}.md", body=body,
                              outlet=table.resolve(meta.get("outlet")) or UNKNOWN_OUTLET,
                              published=meta.get("published")))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--words", type=int, default=600)
    ap.add_argument("--story-size", type=int, default=8)
    ap.add_argument("--sentences", type=int, default=3)
    a = ap.parse_args()
    gaz = Gazetteer.load([])
    raws = corpus(a.n, a.words)
    t = time.perf_counter()
    articles: list[Article] = [analyse(r, gaz) for r in raws]
    t_analyse = time.perf_counter() - t
    stories = [Story(id=f"s{k}", title_ar="", title_en="",
                     article_ids=tuple(x.id for x in articles[k:k + a.story_size]), outlet_ids=())
               for k in range(0, len(articles), a.story_size)]
    cfg = Config(summary_sentences=a.sentences)
    summarise_article(articles[0], cfg)  # load the data files once, as a build does
    per_article = []
    for art in articles:
        t = time.perf_counter()
        summarise_article(art, cfg)
        per_article.append((time.perf_counter() - t) * 1000)
    t = time.perf_counter()
    new_articles, _new_stories = summarise_all(articles, stories, cfg)
    t_all = time.perf_counter() - t
    facts = sum(len(x.facts.events) + len(x.facts.numbers) + len(x.facts.attributions) for x in articles)
    sents = statistics.mean(len(x.sentences) for x in articles)
    en_len = statistics.mean(len(x.summary.en) for x in new_articles)
    print(f"articles: {len(articles)} (~{a.words} words, {sents:.0f} sentences each; events+numbers+"
          f"attributions: {facts}), stories: {len(stories)} of {a.story_size}")
    print(f"analyse (not part of the figure): {t_analyse:.1f} s")
    print(f"per article summary + English briefing: mean {statistics.mean(per_article):.2f} ms, "
          f"median {statistics.median(per_article):.2f} ms, max {max(per_article):.2f} ms")
    print(f"summarise stage incl. story summaries: {t_all * 1000 / len(articles):.2f} ms per article "
          f"({t_all:.2f} s total; mean English briefing {en_len:.0f} chars)  [target < 20 ms]")


if __name__ == "__main__":
    main()
