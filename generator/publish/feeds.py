"""Atom feeds of the stories, one per language (``feed.ar.xml`` / ``feed.en.xml``).

Written with ``xml.etree.ElementTree`` (stdlib; feedgen is LGPL): every title and summary is
element text, so the serialiser escapes it and a hostile title can never become markup. Links
are absolute from ``config.base_url`` (feed readers need them); with no base_url they are
relative to the feed file and a warning says so. Newest first; before any story exists the
feed lists the articles instead, so it is never silently empty. Timestamps come from the
records and the build clock (SOURCE_DATE_EPOCH), so the output is deterministic.
"""
from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from ..config import Config
from ..models import Article, Site, Story
from ..render.views import page_path

log = logging.getLogger(__name__)

ATOM = "http://www.w3.org/2005/Atom"
MAX_ENTRIES = 100
# Characters XML 1.0 forbids even escaped; article text pasted from the web sometimes has them.
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text(s: str | None) -> str:
    return _XML_BAD.sub("", str(s or ""))


def _stamp(value: str | None, fallback: str) -> str:
    """An RFC 3339 timestamp from an ISO date/datetime (dates become midnight UTC)."""
    v = (value or "").strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        return f"{v}T00:00:00Z"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?.*", v):
        v = v.replace(" ", "T")
        if len(v) == 16:
            v += ":00"
        if not re.search(r"(Z|[+-]\d{2}:\d{2})$", v):
            v += "Z"
        return v
    return fallback


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    el = ET.SubElement(parent, f"{{{ATOM}}}{tag}", {k: v for k, v in attrs.items()})
    if text is not None:
        el.text = _text(text)
    return el


def build_feed(site: Site, lang: str, config: Config) -> ET.Element:
    """The Atom <feed> element for ``lang`` (stories, or articles while there are none)."""
    base = (config.base_url or "").strip()
    base = base.rstrip("/") + "/" if base else ""
    prefix = "" if lang == "ar" else "en/"

    def link(path: str) -> str:
        # without base_url: relative to the feed file, which sits at the site root
        return base + path

    updated = _stamp(site.generated, "1970-01-01T00:00:00Z")
    title = config.title_ar if lang == "ar" else config.title_en
    feed = ET.Element(f"{{{ATOM}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": lang})
    _sub(feed, "title", title)
    _sub(feed, "id", link(f"feed.{lang}.xml") if base else f"urn:briefing:feed:{lang}")
    _sub(feed, "updated", updated)
    _sub(feed, "link", href=link(f"{prefix}index.html"), rel="alternate", type="text/html")
    _sub(feed, "link", href=link(f"feed.{lang}.xml"), rel="self", type="application/atom+xml")
    _sub(feed, "generator", "briefing")

    entries: list[tuple[str, str, str, str, str, str | None]] = []  # sort, id, title, url, summary, published
    if site.stories:
        for s in site.stories:
            entries.append(_story_entry(s, lang))
    else:
        for a in site.articles:
            entries.append(_article_entry(a, lang))
    entries.sort(key=lambda e: (e[0], e[1]), reverse=True)
    for sort_key, ident, etitle, path, summary, published in entries[:MAX_ENTRIES]:
        e = _sub(feed, "entry")
        _sub(e, "title", etitle, type="text")
        url = link(path)
        _sub(e, "id", url if base else f"urn:briefing:{lang}:{ident}")
        _sub(e, "link", href=url, rel="alternate", type="text/html")
        _sub(e, "updated", _stamp(sort_key, updated))
        if published:
            _sub(e, "published", _stamp(published, updated))
        if summary:
            _sub(e, "summary", summary, type="text")
        author = _sub(e, "author")
        _sub(author, "name", title)
    return feed


def _story_entry(s: Story, lang: str) -> tuple[str, str, str, str, str, str | None]:
    title = s.title_ar if lang == "ar" else (s.title_en or s.title_ar)
    summary = s.summary.ar if lang == "ar" else (s.summary.en or s.summary.en_facts)
    return (s.last_published or s.first_published or "", f"story:{s.id}", title or s.id,
            page_path("story", lang, s.id), summary, s.first_published)


def _article_entry(a: Article, lang: str) -> tuple[str, str, str, str, str, str | None]:
    title = (a.title or a.id) if lang == "ar" else (a.title_en or a.title or a.id)
    summary = a.summary.ar if lang == "ar" else (a.summary.en or a.summary.ar)
    return (a.published or "", f"article:{a.id}", title, page_path("article", lang, a.id), summary, a.published)


def write_feeds(site: Site, out_dir: Path, config: Config) -> list[Path]:
    """Write ``feed.ar.xml`` and ``feed.en.xml`` into ``out_dir`` (docs before mkdocs, or the site)."""
    if not (config.base_url or "").strip():
        log.warning("feeds: config.base_url is empty; feed links are relative (most feed readers need "
                    "absolute links: set base_url in briefing.yml)")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    ET.register_namespace("", ATOM)
    written = []
    for lang in ("ar", "en"):
        tree = ET.ElementTree(build_feed(site, lang, config))
        ET.indent(tree)
        path = out_dir / f"feed.{lang}.xml"
        tree.write(path, encoding="utf-8", xml_declaration=True)
        written.append(path)
    return written
