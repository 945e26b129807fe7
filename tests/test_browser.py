"""Browser test: the built Arabic page is really drawn with the shipped Arabic font.

Serves a built site (hand-made articles, the real renderer and the real mkdocs build) over
http.server on 127.0.0.1 in a thread, opens it in Debian's headless chromium via Playwright,
and fails when Arabic is not rendered: the platform font used for the title (CDP
``CSS.getPlatformFontsForNode``) must be Noto Naskh Arabic (not DejaVu, not Last Resort), the
title box must have a width, and its screenshot must contain dark pixels. Screenshots are kept
under /tmp/briefing-shots/ for humans to look at.
"""
from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path

import pytest

from generator.config import load_config
from generator.publish.exports import write_exports
from generator.publish.mkdocs import publish_site
from generator.render import render_site

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
SHOTS = Path("/tmp/briefing-shots")


@pytest.fixture(scope="module")
def served_site(tmp_path_factory, request):
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} not found (install Debian's chromium package to run browser tests)")
    pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    site = request.getfixturevalue("sample_site_factory")()
    root = tmp_path_factory.mktemp("browser-site")
    cfg = load_config(root)

    def fill(docs: Path, sink=None) -> int:
        n = render_site(site, docs, cfg)
        write_exports(site, docs / "data")
        return n

    publish_site(fill, cfg)
    handler = functools.partial(_QuietHandler, directory=str(cfg.site_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args) -> None:  # noqa: A002
        pass


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


def _platform_fonts(page, selector: str) -> list[dict]:
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument", {"depth": -1})
    node = cdp.send("DOM.querySelector", {"nodeId": root["root"]["nodeId"], "selector": selector})
    return cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node["nodeId"]})["fonts"]


def _dark_pixels(png: bytes) -> int:
    """Count dark pixels in a PNG screenshot (decoded with the stdlib: zlib + PNG filters)."""
    import struct
    import zlib

    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width = 8, b"", 0
    height = bpp = 0
    while pos < len(png):
        length, kind = struct.unpack(">I4s", png[pos:pos + 8])
        data = png[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, ctype = struct.unpack(">IIBB", data[:10])
            bpp = {2: 3, 6: 4}[ctype] * depth // 8
        elif kind == b"IDAT":
            idat += data
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * bpp
    prev = bytearray(stride)
    dark = 0
    i = 0
    for _ in range(height):
        ftype = raw[i]
        line = bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if ftype == 1:
                line[x] = (line[x] + a) & 255
            elif ftype == 2:
                line[x] = (line[x] + b) & 255
            elif ftype == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif ftype == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        for x in range(0, stride, bpp):
            if line[x] + line[x + 1] + line[x + 2] < 3 * 128:
                dark += 1
        prev = line
    return dark


@pytest.mark.parametrize("lang,path,expect_font", [
    ("ar", "articles/a1.html", "Noto Naskh Arabic"),
    ("en", "en/articles/a1.html", "Noto Naskh Arabic"),  # the Arabic title quoted on the English page
])
def test_article_page_draws_arabic(served_site, browser, tmp_path, lang, path, expect_font):
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.goto(f"{served_site}/{path}")
    page.wait_for_load_state("load")
    page.evaluate("document.fonts.ready")
    title_sel = "h1.article-title" if lang == "ar" else "section.original-body .sentence"
    box = page.locator(title_sel).first.bounding_box()
    assert box and box["width"] > 20 and box["height"] > 5, f"{title_sel} has no size: {box}"
    fonts = _platform_fonts(page, title_sel)
    names = [f["familyName"] for f in fonts]
    assert names, "no platform font reported for the title"
    glyphs = {f["familyName"]: f["glyphCount"] for f in fonts}
    main = max(glyphs, key=glyphs.get)
    assert main == expect_font, f"title drawn with {names} (expected {expect_font})"
    assert not any(n.startswith(("DejaVu", "Last Resort")) for n in names), names
    shot = page.locator(title_sel).first.screenshot()
    assert _dark_pixels(shot) > 50, "the title's screenshot has no dark pixels: nothing drawn"
    full = page.screenshot(full_page=True)
    (tmp_path / f"article-{lang}.png").write_bytes(full)
    SHOTS.mkdir(parents=True, exist_ok=True)
    (SHOTS / f"article-{lang}.png").write_bytes(full)
    page.close()


@pytest.mark.parametrize("width", [1200, 360])
def test_language_menu_stays_on_screen_rtl(served_site, browser, width):
    """Material's language menu overflowed RTL pages (~19px, DESIGN §3): it must fit the viewport."""
    page = browser.new_page(viewport={"width": width, "height": 800})
    page.goto(f"{served_site}/articles/a1.html")
    page.hover(".md-header__option .md-select")
    page.wait_for_timeout(400)  # the menu slides in with a CSS transition
    left, right, client, scroll = page.evaluate(
        "(() => { const r = document.querySelector('.md-select__inner').getBoundingClientRect();"
        " return [r.left, r.right, document.documentElement.clientWidth, document.documentElement.scrollWidth]; })()")
    assert 0 <= left and right <= client, f"language menu spans {left}..{right} of {client}px"
    assert scroll <= client, f"page scrolls sideways by {scroll - client}px"
    page.close()


def test_fact_link_highlights_sentence(served_site, browser):
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.goto(f"{served_site}/articles/a1.html")
    link = page.locator(".facts-box a.fact-link").first
    target = link.get_attribute("href")
    link.click()
    page.wait_for_function(f"location.hash === '{target}'")
    bg = page.evaluate(f"getComputedStyle(document.querySelector('{target}')).backgroundColor")
    assert bg not in ("rgba(0, 0, 0, 0)", "transparent"), "the linked sentence is not highlighted"
    page.close()
