"""Offline archive: built once from the seed content, then checked on disk and in Chromium with
every non-file:// request blocked (and recorded: none may be attempted)."""
from __future__ import annotations

import os
import re
import shutil
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from tests.conftest import REPO

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> tuple[Path, Path]:
    """(zip path, unzipped root folder) of the archive built from a copy of content/."""
    from generator.config import load_config
    from generator.publish.archive import ROOT_DIR, build_archive

    proj = tmp_path_factory.mktemp("proj")
    shutil.copytree(REPO / "content", proj / "content")
    old = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = "1510272000"  # 2017-11-10
    try:
        out = build_archive(load_config(proj), proj / "out" / "archive.zip")
    finally:
        if old is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = old
    dest = tmp_path_factory.mktemp("unzipped")
    with zipfile.ZipFile(out) as zf:
        zf.extractall(dest)
    return out, dest / ROOT_DIR


def test_zip_is_sorted_with_fixed_timestamps(archive):
    out, _ = archive
    with zipfile.ZipFile(out) as zf:
        infos = zf.infolist()
    names = [i.filename for i in infos]
    assert names == sorted(names)
    assert {i.date_time for i in infos} == {(2017, 11, 10, 0, 0, 0)}
    for must in ("briefing/index.html", "briefing/en/index.html", "briefing/search.html",
                 "briefing/assets/search-index.js", "briefing/assets/search/search.js",
                 "briefing/digests/2017-W45.html", "briefing/data/articles.json"):
        assert must in names
    assert not [n for n in names if "/lunr/" in n or n.endswith("404.html")]


def test_zip_dir_is_byte_reproducible(archive, tmp_path):
    from generator.publish.archive import zip_dir

    _, root = archive
    zip_dir(root, tmp_path / "a.zip")
    zip_dir(root, tmp_path / "b.zip")
    assert (tmp_path / "a.zip").read_bytes() == (tmp_path / "b.zip").read_bytes()


class _Refs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.refs: list[tuple[str, str, str]] = []

    def handle_starttag(self, tag, attrs):
        for k, v in attrs:
            if k in ("href", "src") and v:
                self.refs.append((tag, k, v))


def test_every_internal_link_resolves_and_nothing_is_remote(archive):
    _, root = archive
    pages = sorted(root.rglob("*.html"))
    assert len(pages) >= 10
    broken, remote = [], []
    for f in pages:
        p = _Refs()
        p.feed(f.read_text(encoding="utf-8"))
        for tag, attr, url in p.refs:
            u = urlsplit(url)
            if u.scheme or u.netloc:
                # Links out (the original article) are fine; anything the page LOADS must be local.
                if attr == "src" or tag == "link":
                    remote.append((f.relative_to(root).as_posix(), url))
                continue
            if not u.path:
                continue  # same-page fragment
            target = f.parent / unquote(u.path)
            if u.path.endswith("/"):
                target = target / "index.html"
            if not target.exists():
                broken.append((f.relative_to(root).as_posix(), url))
    assert not broken, broken[:20]
    assert not remote, remote[:20]


def test_no_cdn_or_web_fonts_in_styles(archive):
    _, root = archive
    for css in root.rglob("*.css"):
        text = css.read_text(encoding="utf-8", errors="replace")
        assert "fonts.googleapis" not in text and "fonts.gstatic" not in text, css


@pytest.fixture(scope="module")
def browser():
    if not Path("/usr/bin/chromium").exists():
        pytest.skip("Chromium is not installed at /usr/bin/chromium")
    sync = pytest.importorskip("playwright.sync_api")
    with sync.sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def offline_page(browser):
    """A page whose context aborts (and records) every request that is not file://."""
    context = browser.new_context()
    attempted: list[str] = []

    def guard(route):
        url = route.request.url
        if url.startswith("file://"):
            route.continue_()
        else:
            attempted.append(url)
            route.abort()

    context.route("**/*", guard)
    page = context.new_page()
    yield page, attempted
    context.close()


def test_offline_home_link_and_arabic_search(archive, offline_page):
    _, root = archive
    page, attempted = offline_page
    page.goto((root / "index.html").as_uri())
    assert page.locator("html").get_attribute("lang") == "ar"
    assert page.locator("html").get_attribute("dir") == "rtl"
    # follow a link from the Arabic home page to an article and back to the site
    link = page.locator(".briefing-home li.article-item a").first
    href = link.get_attribute("href")
    link.click()
    page.wait_for_load_state()
    assert page.url.startswith("file://") and page.url.endswith(href)
    assert page.locator("h1.article-title").count() == 1
    # search an Arabic word with a clitic and without hamza/ال: finds the Abu Kamal article
    page.goto((root / "search.html").as_uri())
    page.fill("#briefing-q", "بالبوكمال")
    hits = page.locator(".briefing-search-results li a")
    hits.first.wait_for()
    assert hits.count() >= 1
    assert "البوكمال" in hits.first.inner_text()
    # each hit says its outlet and date, as the pages write them (two articles may share a title)
    metas = page.locator(".briefing-search-results li .hit-meta").all_inner_texts()
    assert any(re.search(r"(الجزيرة|الميادين) · \d+ (نوفمبر|تشرين الثاني) 2017", m) for m in metas), metas
    hits.first.click()
    page.wait_for_load_state()
    assert "/articles/" in page.url or "/stories/" in page.url
    assert "البوكمال" in page.locator("h1").first.inner_text()
    assert not attempted, attempted


def test_offline_english_search_page_and_digest(archive, offline_page):
    _, root = archive
    page, attempted = offline_page
    page.goto((root / "en" / "search.html").as_uri() + "?q=%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82")  # العراق
    hits = page.locator(".briefing-search-results li a")
    hits.first.wait_for()
    assert hits.first.get_attribute("href").startswith(("../en/articles/", "../en/stories/"))
    hits.first.click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "en"
    page.goto((root / "digests" / "2017-W45.html").as_uri())
    assert page.locator(".briefing-digest").count() == 1
    assert not attempted, attempted
