"""The build, stage by stage. Read this first.

    read -> analyse -> cluster -> summarise -> render -> publish

All data is gathered before anything is written (pelican's "context, then output"). The site
is built in a staging folder beside ``site/`` and swapped in only when mkdocs succeeded, so a
failed or interrupted build leaves the previous site whole. ``content/`` is only ever read.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

from .config import Config, build_time
from .models import Article, BuildReport, Site, Story
from .nlp.analyse import analyse
from .nlp.entities import Gazetteer
from .publish.exports import write_exports
from .publish.mkdocs import publish_site
from .readers import read_content
from .render import render_site
from .stories import build_stories
from .summarise import summarise_all


class BuildFailed(Exception):
    """Raised when the build cannot produce a site at all (e.g. mkdocs failed)."""


def _progress(label: str, done: int, total: int, stream=sys.stderr) -> None:
    if total >= 50 and stream.isatty():
        stream.write(f"\r{label}: {done}/{total}")
        if done == total:
            stream.write("\n")
        stream.flush()


def analyse_articles(raws, gazetteer: Gazetteer) -> list[Article]:
    out = []
    for i, raw in enumerate(raws, 1):
        out.append(analyse(raw, gazetteer))
        _progress("analysing", i, len(raws))
    return out


def collect(config: Config, report: BuildReport | None = None) -> Site:
    """Stages 1-4: read, analyse, cluster, summarise. Everything the outputs need, nothing written.

    The site, the digest and the archive all start from this one ``Site``.
    """
    report = report if report is not None else BuildReport()
    t0 = time.perf_counter()

    def stage(name: str, t: float) -> float:
        now = time.perf_counter()
        report.stage_seconds[name] = round(now - t, 3)
        return now

    # 1. read: every content file becomes a RawArticle or a Problem naming the file
    raws, problems = read_content(config.content_path, config)
    report.problems.extend(problems)
    report.articles_read = len(raws)
    report.articles_skipped = sum(1 for p in problems if p.severity == "error")
    t = stage("read", t0)

    # 2. analyse: sentences and facts (dates, numbers, entities, attributions, events)
    gazetteer = Gazetteer.load(config.user_gazetteers)
    articles = analyse_articles(raws, gazetteer)
    t = stage("analyse", t)

    # 3. cluster: articles from different outlets about the same event become stories
    stories: list[Story] = build_stories(articles, config)
    report.stories = len(stories)
    t = stage("cluster", t)

    # 4. summarise: Arabic extractive summary, English briefing from the facts
    articles, stories = summarise_all(articles, stories, config)
    stage("summarise", t)

    return Site(articles=tuple(articles), stories=tuple(stories),
                generated=build_time().isoformat(), problems=tuple(report.problems))


def build(config: Config) -> BuildReport:
    """Build the site described by ``config``; returns the report (problems included)."""
    t0 = time.perf_counter()
    report = BuildReport()
    site = collect(config, report)
    t = time.perf_counter()

    # 5. render + publish: pages into a staging docs folder, mkdocs into a staging site, swap
    def fill_docs(docs_dir: Path) -> int:
        pages = render_site(site, docs_dir, config)
        write_exports(site, docs_dir / "data")
        return pages

    report.pages_written = publish_site(fill_docs, config)
    report.stage_seconds["render+publish"] = round(time.perf_counter() - t, 3)
    report.seconds = time.perf_counter() - t0
    return report
