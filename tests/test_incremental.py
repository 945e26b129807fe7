"""Incremental builds (generator.incremental): same bytes as a full build, less work.

A small project is built in full; then one article is added (or one removed, or the config
changed) and the incremental build's tree is compared file by file with a full build of the same
content, SOURCE_DATE_EPOCH fixed. The analysis cache must re-analyse only the new article.
"""
from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from generator import incremental
from generator.build import build
from generator.config import load_config

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]
EPOCH = "1510300000"

EXTRA = ("---\ntitle: زلزال يضرب شمال سوريا\noutlet: عنب بلدي\npublished: 2017-11-09\n---\n"
         "ضرب زلزال بقوة 5 درجات على مقياس ريختر ريف إدلب فجر الخميس.\n\n"
         "وقال الدفاع المدني إن ثلاثة أشخاص قتلوا وأصيب 12 آخرون في انهيار مبان سكنية.\n")


def _tree(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def _diff(a: dict[str, str], b: dict[str, str]) -> list[str]:
    return sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))


@pytest.fixture
def project(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    shutil.copytree(REPO / "content", tmp_path / "content")
    build(load_config(tmp_path), full=True)
    return tmp_path


def _full_tree_of(project: Path, tmp: Path) -> dict[str, str]:
    """A full build of the same content in another project (cold site, warm analysis cache)."""
    other = tmp / "other"
    shutil.copytree(project / "content", other / "content")
    shutil.copytree(project / ".briefing-cache" / "analysis", other / ".briefing-cache" / "analysis")
    build(load_config(other), full=True)
    return _tree(other / "site")


def test_adding_one_article_rebuilds_only_it_and_matches_a_full_build(project: Path, tmp_path_factory):
    (project / "content" / "quake.md").write_text(EXTRA, encoding="utf-8")
    cfg = load_config(project)
    report = build(cfg)
    assert report.analysed == 1 and report.cache_hits == 2
    assert (cfg.site_path / "articles/quake.html").is_file() and (cfg.site_path / "en/articles/quake.html").is_file()
    got = _tree(cfg.site_path)
    want = _full_tree_of(project, tmp_path_factory.mktemp("full"))
    assert not _diff(got, want), _diff(got, want)[:10]


def test_partial_build_gives_mkdocs_only_the_changed_pages(project: Path, monkeypatch):
    (project / "content" / "quake.md").write_text(EXTRA, encoding="utf-8")
    seen: list[int] = []
    real = incremental.plan

    def spy(*args, **kwargs):
        plan, sources = real(*args, **kwargs)
        seen.append(-1 if plan is None else plan.pages_rebuilt)
        if plan is not None:
            assert "articles/quake.ar.md" in plan.rebuilt and "articles/quake.en.md" in plan.rebuilt
        return plan, sources

    monkeypatch.setattr(incremental, "plan", spy)
    build(load_config(project))
    total = len([k for k in json.loads((project / ".briefing-cache" / incremental.MANIFEST).read_text())["sources"]
                 if incremental.page_of(k)])
    assert seen and 0 < seen[0] < total


def test_unchanged_pages_are_not_even_rendered(project: Path, tmp_path_factory):
    """A new article in a story of its own: the seed articles' and story's pages are not rendered
    again (their inputs did not change), and the site still equals a full build."""
    (project / "content" / "quake.md").write_text(EXTRA, encoding="utf-8")
    cfg = load_config(project)
    build(cfg)
    total = incremental.last_stats["pages_total"]
    rendered = incremental.last_stats["pages_rendered"]
    manifest = json.loads((project / ".briefing-cache" / incremental.MANIFEST).read_text())
    pages = [k for k in manifest["inputs"] if k.startswith(("articles/", "stories/"))]
    assert len(pages) >= 8  # 3 articles and 2 stories, in 2 languages
    assert rendered <= total - 6, (rendered, total)  # at least the 2 seed articles and their story
    assert not _diff(_tree(cfg.site_path), _full_tree_of(project, tmp_path_factory.mktemp("full")))


def test_edited_article_rerenders_it_and_its_story(project: Path, tmp_path_factory, monkeypatch):
    from generator import render

    victim = sorted((project / "content").glob("*"))[0]
    victim.write_text(victim.read_text(encoding="utf-8") + "\nوقال مصدر محلي إن الهدوء عاد إلى المدينة.\n",
                      encoding="utf-8")
    made: list[str] = []
    real_add = render.PageSink.add

    def spy(self, rel_path, fingerprint, make):
        real_add(self, rel_path, fingerprint, make)
        if rel_path not in self.reused:
            made.append(rel_path)

    monkeypatch.setattr(render.PageSink, "add", spy)
    cfg = load_config(project)
    build(cfg)
    assert any(m.startswith("stories/") for m in made) and any(m.startswith("articles/") for m in made), made
    assert not _diff(_tree(cfg.site_path), _full_tree_of(project, tmp_path_factory.mktemp("full")))


def test_removed_article_disappears_and_matches_a_full_build(project: Path, tmp_path_factory):
    victim = sorted((project / "content").glob("*"))[0]
    cfg = load_config(project)
    before = set(_tree(cfg.site_path))
    victim.unlink()
    build(cfg)
    got = _tree(cfg.site_path)
    assert len(got) < len(before)
    want = _full_tree_of(project, tmp_path_factory.mktemp("full"))
    assert not _diff(got, want), _diff(got, want)[:10]


def test_unchanged_rebuild_is_byte_identical(project: Path):
    cfg = load_config(project)
    before = _tree(cfg.site_path)
    build(cfg)
    assert not _diff(before, _tree(cfg.site_path))


@pytest.mark.parametrize("change", ["config", "full flag", "site edited"])
def test_config_change_or_full_flag_forces_a_full_rebuild(project: Path, monkeypatch, change):
    calls: list[bool] = []
    real = incremental.plan

    def spy(*args, **kwargs):
        plan, sources = real(*args, **kwargs)
        calls.append(plan is None)
        return plan, sources

    monkeypatch.setattr(incremental, "plan", spy)
    full = False
    if change == "config":
        (project / "briefing.yml").write_text("title_en: Another briefing\n", encoding="utf-8")
    elif change == "full flag":
        full = True
    else:
        (project / "site" / "index.html").write_text("edited by hand", encoding="utf-8")
    build(load_config(project), full=full)
    assert calls == [True]
    if change == "site edited":
        assert "edited by hand" not in (project / "site" / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("parallel", [False, True])
def test_chunked_mkdocs_equals_one_run(project: Path, tmp_path_factory, monkeypatch, parallel):
    """A site built through mkdocs in bounded chunks (here one page pair per run, beside the nav
    pages and the last page every run has), one after the other or on all cores, is
    byte-identical to one mkdocs run over all pages: pages, static files, 404.html,
    sitemap.xml(.gz). Then an incremental build in chunks too."""
    from generator.publish import mkdocs as mk

    (project / "content" / "quake.md").write_text(EXTRA, encoding="utf-8")
    single = _full_tree_of(project, tmp_path_factory.mktemp("single"))
    runs: list[int] = []
    real = incremental.Parts.add

    def counting(self, out):
        runs.append(1)
        return real(self, out)

    monkeypatch.setattr(incremental.Parts, "add", counting)
    monkeypatch.setattr(mk, "MKDOCS_CHUNK_PAGES", 4)
    monkeypatch.setattr(mk, "MKDOCS_PARALLEL_FROM", 0 if parallel else 10 ** 9)
    chunked = _full_tree_of(project, tmp_path_factory.mktemp("chunked"))
    assert len(runs) >= 4, runs  # several parts, not one run
    assert not _diff(chunked, single), _diff(chunked, single)[:10]
    # the first project (built whole before the new article) now builds incrementally, in chunks
    runs.clear()
    cfg = load_config(project)
    build(cfg)
    assert len(runs) >= 2
    assert not _diff(_tree(cfg.site_path), single), _diff(_tree(cfg.site_path), single)[:10]
