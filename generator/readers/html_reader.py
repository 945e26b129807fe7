"""A saved web page: the article text and the page's own metadata.

Main text comes from trafilatura (``bare_extraction``, offline: it is given the HTML, never a
URL), which drops navigation, footers and related-article lists. When trafilatura is missing or
finds nothing, a plain tag stripper keeps the text of the page's ``<article>`` (or ``<body>``)
minus scripts, styles, navigation, headers, footers and asides, and the user is told.

Metadata is read from the page head only (``og:title``, ``<title>``, ``article:published_time``,
``og:site_name``, canonical URL, JSON-LD ``datePublished``), never from a date guessed out of
the text: a wrong publication date would poison relative-date resolution downstream.
"""
from __future__ import annotations

import html as _html
import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urlparse

_DATE_META = ("article:published_time", "og:published_time", "datepublished", "date", "dc.date",
              "dc.date.issued", "pubdate", "publishdate", "publish-date", "sailthru.date",
              "parsely-pub-date")
_SKIP = {"script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside",
         "form", "button", "select", "iframe", "figure"}
_BLOCK = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
          "ol", "blockquote", "pre", "table", "tr", "br", "hr", "dd", "dt", "figcaption"}
_VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source",
         "track", "wbr", "param"}


@dataclass
class Page:
    body: str
    meta: dict[str, tuple[str, str]] = field(default_factory=dict)  # key -> (value, where from)
    used_fallback: str | None = None


class _HeadParser(HTMLParser):
    """Collects meta tags, <title>, canonical link, <html lang> and JSON-LD blocks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.title = ""
        self.canonical: str | None = None
        self.lang: str | None = None
        self.jsonld: list[str] = []
        self._in: str | None = None
        self._buf: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "html" and a.get("lang"):
            self.lang = a["lang"]
        elif tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").strip().lower()
            if key and a.get("content") and key not in self.meta:
                self.meta[key] = a["content"].strip()
        elif tag == "link" and "canonical" in a.get("rel", "").lower().split() and a.get("href"):
            self.canonical = self.canonical or a["href"].strip()
        elif tag == "title" and not self.title:
            self._in, self._buf = "title", []
        elif tag == "script" and "ld+json" in a.get("type", "").lower():
            self._in, self._buf = "jsonld", []
        elif tag == "time" and a.get("datetime") and "time" not in self.meta and a.get("pubdate") is not None:
            self.meta["time"] = a["datetime"]

    def handle_data(self, data: str) -> None:
        if self._in:
            self._buf.append(data)

    def handle_endtag(self, tag: str) -> None:
        if self._in == "title" and tag == "title":
            self.title = " ".join("".join(self._buf).split())
            self._in = None
        elif self._in == "jsonld" and tag == "script":
            self.jsonld.append("".join(self._buf))
            self._in = None


class _TextParser(HTMLParser):
    """Fallback extractor: text of <article> (else <body>) without boilerplate elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: dict[str, list[str]] = {"article": [], "body": []}
        self.skip = 0
        self.inside: dict[str, int] = {"article": 0, "body": 0}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            if tag not in _VOID:
                self.skip += 1
            return
        if tag in self.inside:
            self.inside[tag] += 1
        if tag in _BLOCK:
            self._emit("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self._emit("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if tag in _BLOCK:
            self._emit("\n")
        if tag in self.inside:
            self.inside[tag] = max(0, self.inside[tag] - 1)

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self._emit(data)

    def _emit(self, s: str) -> None:
        for k in ("article", "body"):
            if self.inside[k]:
                self.parts[k].append(s)

    def text(self) -> str:
        raw = "".join(self.parts["article"]) if "".join(self.parts["article"]).strip() else "".join(self.parts["body"])
        lines = [" ".join(ln.split()) for ln in raw.split("\n")]
        return "\n".join(ln for ln in lines if ln)


def strip_tags(html_text: str) -> str:
    p = _TextParser()
    p.feed(html_text)
    p.close()
    return p.text()


def _jsonld_values(blocks: list[str]) -> dict[str, str]:
    found: dict[str, str] = {}

    def visit(node: object) -> None:
        if isinstance(node, list):
            for x in node:
                visit(x)
        elif isinstance(node, dict):
            for key in ("datePublished", "headline", "url"):
                v = node.get(key)
                if isinstance(v, str) and v.strip() and key not in found:
                    found[key] = v.strip()
            pub = node.get("publisher")
            if isinstance(pub, dict) and isinstance(pub.get("name"), str) and "publisher" not in found:
                found["publisher"] = pub["name"].strip()
            if "@graph" in node:
                visit(node["@graph"])

    for b in blocks:
        try:
            visit(json.loads(b))
        except (json.JSONDecodeError, RecursionError):
            continue
    return found


def _clean_title(title: str, site: str | None) -> str:
    """Drop a trailing " | Site" / " - Site" from a <title>."""
    parts = re.split(r"\s+[|\-–—]\s+", title)
    if len(parts) > 1 and (site is None or parts[-1].strip() == site or len(parts[-1].split()) <= 3):
        return " - ".join(parts[:-1]).strip() or title
    return title


def _trafilatura_text(html_text: str) -> tuple[str | None, str | None]:
    """(text, problem). Problem says why trafilatura could not be used."""
    try:
        import trafilatura
    except Exception as e:  # ImportError, or a broken optional dependency (lxml_html_clean)
        return None, f"trafilatura unavailable ({type(e).__name__}); used a plain tag stripper"
    try:
        doc = trafilatura.bare_extraction(html_text, include_comments=False, include_tables=True,
                                          with_metadata=False)
    except Exception as e:
        return None, f"trafilatura failed ({type(e).__name__}); used a plain tag stripper"
    if doc is None:
        return None, "trafilatura found no main text; used a plain tag stripper"
    text = doc.get("text") if isinstance(doc, dict) else getattr(doc, "text", None)
    if not text or not text.strip():
        return None, "trafilatura found no main text; used a plain tag stripper"
    return text, None


def extract_html(html_text: str) -> Page:
    head = _HeadParser()
    try:
        head.feed(html_text)
        head.close()
    except Exception:  # malformed markup: keep whatever was collected
        pass
    ld = _jsonld_values(head.jsonld)
    meta: dict[str, tuple[str, str]] = {}
    site = head.meta.get("og:site_name") or ld.get("publisher")
    title = head.meta.get("og:title") or ld.get("headline")
    if title:
        meta["title"] = (_html.unescape(title), "og:title" if head.meta.get("og:title") else "json-ld headline")
    elif head.title:
        meta["title"] = (_clean_title(head.title, site), "<title>")
    for key in _DATE_META:
        if head.meta.get(key):
            meta["published"] = (head.meta[key], key)
            break
    else:
        if ld.get("datePublished"):
            meta["published"] = (ld["datePublished"], "json-ld datePublished")
        elif head.meta.get("time"):
            meta["published"] = (head.meta["time"], "<time pubdate>")
    url = head.canonical or head.meta.get("og:url") or ld.get("url")
    if url:
        meta["url"] = (url, "canonical link" if head.canonical else "og:url")
    if site:
        meta["outlet"] = (site, "og:site_name" if head.meta.get("og:site_name") else "json-ld publisher")
    elif url and urlparse(url).hostname:
        meta["outlet"] = (urlparse(url).hostname or "", "domain of the page URL")
    if head.lang and re.match(r"^[A-Za-z]{2,3}", head.lang):
        meta["lang"] = (head.lang.split("-")[0].lower(), "<html lang>")
    if head.meta.get("author"):
        meta["author"] = (head.meta["author"], "meta author")

    text, problem = _trafilatura_text(html_text)
    if text is None:
        text = strip_tags(html_text)
    return Page(body=text, meta=meta, used_fallback=problem)
