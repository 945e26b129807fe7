"""Arabic-aware site search that works from ``file://``: an index file plus a small script.

Why our own search: lunr (mkdocs' search) does no Arabic normalisation, so "اسعار" never finds
"أسعار" and "البوكمال" never finds "بالبوكمال"; Pagefind stems better but needs a server.
Here the index is a plain ``<script src>`` file (``window.BRIEFING_SEARCH = {...}``), so it
loads from disk with no fetch().

Matching is the same on both sides because the Python side writes its rules INTO the index:
``table.fold`` (every character ``generator.nlp.normalise.norm`` changes, derived from ``norm``
itself) and the prefix/suffix lists from ``assets/search/stemming.yaml``. ``search.js`` applies
exactly those tables to the query; ``tests/test_search.py`` runs both on the same inputs.

A word is indexed under several *forms*: itself, and what remains after removing one proclitic
combination (و ف + ب ل ك + ال) and/or one suffix (keeping ``min_stem`` letters). A query word
matches a page when one of its forms is among the page's forms; the exact word ranks higher.
"""
from __future__ import annotations

import hashlib
import json
import posixpath
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from collections.abc import Callable
from typing import Any

import jinja2

import generator

from .yamlio import load_yaml
from .config import Config
from .models import Site, Story
from .nlp.normalise import fold_table as _fold_table, norm
from .render import write_page
from .render.views import lead_excerpt

ASSETS = Path(generator.__file__).parent / "assets" / "search"
TEMPLATES = Path(generator.__file__).parent.parent / "templates"
INDEX_FILE = "assets/search-index.js"
INDEX_VERSION = 2  # 2: pages carry "m", the line that tells same-titled hits apart

# Characters whose normalised form is looked up once and shipped to the browser. Every key of
# normalise._FOLD/_DROP lies in these ranges (a test checks it).
_SCAN_RANGES = ((0x00A0, 0x0100), (0x0600, 0x0700), (0x0750, 0x0780), (0x08A0, 0x0900), (0x2000, 0x2070),
                (0xFB50, 0xFE00), (0xFE70, 0xFF00))


@lru_cache(maxsize=1)
def stemming_rules() -> dict[str, Any]:
    """Prefix and suffix lists (from stemming.yaml), expanded into the lists the matcher uses."""
    data = load_yaml((ASSETS / "stemming.yaml").read_text(encoding="utf-8"))
    conj = [""] + [norm(x) for x in data["conjunctions"]]
    prep = [""] + [norm(x) for x in data["prepositions"]]
    art = ["", norm(data["article"])]
    contractions = {norm(k): norm(v) for k, v in (data.get("contractions") or {}).items()}
    prefixes: set[str] = set()
    for c in conj:
        for p in prep:
            for a in art:
                s = p + a
                s = contractions.get(s, s)
                if c + s:
                    prefixes.add(c + s)
    suffixes = sorted({norm(x) for x in data["suffixes"]}, key=lambda s: (-len(s), s))
    return {"min_stem": int(data["min_stem"]),
            "prefixes": sorted(prefixes, key=lambda s: (-len(s), s)),
            "suffixes": suffixes}


@lru_cache(maxsize=1)
def fold_table() -> dict[str, str]:
    """Every character ``norm`` changes (to '' when dropped), for the JavaScript normaliser."""
    return {chr(cp): out for cp, out in _fold_table(_SCAN_RANGES).items()}


def _has_arabic(s: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" for c in s)


# runs of isalpha() or isnumeric() characters (checked over all of Unicode), as search.js /[\p{L}\p{N}]+/u
_TOKEN_RUN = re.compile(r"[^\W_]+")


def tokens(text: str) -> list[str]:
    """Normalised, lower-cased word tokens of ``text`` (the query and the pages alike)."""
    return _TOKEN_RUN.findall(norm(text or "").lower())


def forms(token: str) -> list[str]:
    """The forms a normalised token is indexed/queried under; the token itself comes first."""
    return list(_forms(token))


@lru_cache(maxsize=200_000)
def _forms(token: str) -> tuple[str, ...]:
    out = [token]
    if not _has_arabic(token):
        return tuple(out)
    rules = stemming_rules()
    n = rules["min_stem"]
    bases = [token]
    for p in rules["prefixes"]:
        if token.startswith(p) and len(token) - len(p) >= n:
            bases.append(token[len(p):])
    for b in bases:
        if b not in out:
            out.append(b)
        for s in rules["suffixes"]:
            if b.endswith(s) and len(b) - len(s) >= n:
                stem = b[: -len(s)]
                if stem not in out:
                    out.append(stem)
    return tuple(out)


def analyse_query(text: str) -> list[list[str]]:
    """Forms of each query word (what search.js computes in the browser)."""
    return [forms(t) for t in tokens(text)]


# --------------------------------------------------------------------------- the index


@dataclass(frozen=True)
class SearchPage:
    url: str  # site-relative path, e.g. "articles/x.html" or "en/stories/y.html"
    title: str
    lang: str
    kind: str  # article | story
    snippet: str
    title_text: str
    text: str
    parts: tuple[str, ...] = ()  # what ``text`` is joined from (by spaces), when it is
    meta: str = ""  # outlet and date of an article, dates of a story: tells same-titled hits apart


def _clip(s: str, n: int = 220) -> str:
    s = " ".join((s or "").split())
    return s if len(s) <= n else s[: n - 1].rstrip() + "…"


def _searchable(site: Site) -> list[Any]:
    """The records with search pages, in index order: articles, then stories (each by id)."""
    return [*sorted(site.articles, key=lambda a: a.id), *sorted(site.stories, key=lambda s: s.id)]


def _when(value: str | None, lang: str, config: Config | None, outlet_style: str | None = None) -> str:
    """A date as the site's pages write it (ISO without a config)."""
    from .render.views import show_date

    if not value:
        return ""
    return (show_date(value, lang, config, outlet_style) if config is not None else None) or value[:10]


def _meta(rec: Any, lang: str, config: Config | None) -> str:
    """The line under a hit's title: "Mosaique FM · 4 August 2023"; a story's first and last days."""
    if isinstance(rec, Story):
        first, last = (_when(rec.first_published, lang, config), _when(rec.last_published, lang, config))
        return first if first == last else " – ".join(x for x in (first, last) if x)
    names = (rec.outlet.name_ar, rec.outlet.name_en) if lang == "ar" else (rec.outlet.name_en, rec.outlet.name_ar)
    outlet = next((n for n in names if n), "")
    return " · ".join(x for x in (outlet, _when(rec.published, lang, config, rec.outlet.month_style)) if x)


def _pages_of(rec: Any, config: Config | None = None) -> list[SearchPage]:
    """The two search pages (ar, en) of an article or a story."""
    from .render.views import page_path  # the page engineer's URL scheme, so links match the site

    if isinstance(rec, Story):
        s = rec
        tl_ar = " ".join(t.text_ar for t in s.timeline)
        tl_en = " ".join(t.text_en for t in s.timeline)
        return [_page(page_path("story", "ar", s.id), s.title_ar, "ar", "story",
                      _clip(s.summary.ar or tl_ar), s.title_ar, (s.summary.ar, tl_ar), _meta(s, "ar", config)),
                _page(page_path("story", "en", s.id), s.title_en or s.title_ar, "en", "story",
                      _clip(s.summary.en or tl_en), f"{s.title_en} {s.title_ar}",
                      (s.summary.en, tl_en, s.summary.ar), _meta(s, "en", config))]
    a = rec
    ents_ar = " ".join(e.text for e in a.facts.entities)
    ents_en = " ".join(e.name_en or "" for e in a.facts.entities)
    title_ar = a.title or lead_excerpt(a) or a.id  # an untitled article is listed by its lead, as elsewhere
    title_en = a.title_en or title_ar
    return [_page(page_path("article", "ar", a.id), title_ar, "ar", "article",
                  _clip(a.summary.ar or a.body), title_ar, (a.summary.ar, a.body, a.outlet.name_ar or "", ents_ar),
                  _meta(a, "ar", config)),
            _page(page_path("article", "en", a.id), title_en, "en", "article",
                  _clip(a.summary.en or a.summary.ar or a.body), f"{title_en} {title_ar}",
                  (a.summary.en, a.body, a.outlet.name_en or "", ents_en), _meta(a, "en", config))]


def _page(url: str, title: str, lang: str, kind: str, snippet: str, title_text: str,
          parts: tuple[str, ...], meta: str = "") -> SearchPage:
    return SearchPage(url, title, lang, kind, snippet, title_text, " ".join(parts), parts, meta)


def search_pages(site: Site, config: Config | None = None) -> list[SearchPage]:
    """What is searchable: each article and story page, in both languages."""
    return [p for rec in _searchable(site) for p in _pages_of(rec, config)]


def _page_forms(text: str) -> list[str]:
    """The distinct forms of a text's tokens, in order of first appearance."""
    seen: dict[str, None] = {}
    for tok in tokens(text):
        for f in _forms(tok):
            seen.setdefault(f)
    return list(seen)


def _joined_forms(texts: list[str], known: dict[str, list[str]]) -> list[str]:
    """``_page_forms(" ".join(texts))`` from the forms of each text (``known`` keeps them by text).

    The same list: ``norm`` and ``lower`` change one character at a time and a token never spans
    a space, so the tokens of the joined text are those of each text in turn. Why: an article's
    two pages both hold its body, which was tokenised twice (half the index's cold time)."""
    seen: dict[str, None] = {}
    for t in texts:
        got = known.get(t)
        if got is None:
            got = known[t] = _page_forms(t)
        seen.update(dict.fromkeys(got))
    return list(seen)


PART_RECORDS = 50  # articles or stories per part of the index (a job for a page worker)


class SearchIndexParts:
    """The search index made in parts, then put together (same bytes as one pass).

    Why: tokenising every page is most of the index's cold time (~10 ms an article) and the
    pages' texts (bodies, summaries, timelines) most of its memory. Each part (``jobs``: the page
    workers run them beside the pages) takes a run of consecutive records and writes, per page,
    its listing (url, title, language, kind, snippet) and its title and body forms, through a
    memo keyed by the page's text (a build that adds one article tokenises two pages). ``finish``
    reads the parts in order into the postings: it never holds a page's text.
    """

    def __init__(self, site: Site, out_dir: Path | None, cache: Path | None = None,
                 config: Config | None = None) -> None:
        self.records = _searchable(site)
        self.config = config  # dates in the listing as the pages write them (ISO without one)
        self.out_dir = Path(out_dir) if out_dir is not None else None
        self.cache = cache
        self.bounds = [(i, min(i + PART_RECORDS, len(self.records)))
                       for i in range(0, len(self.records), PART_RECORDS)]

    def _part_file(self, k: int) -> Path:
        assert self.out_dir is not None
        return self.out_dir.with_name(self.out_dir.name + ".search-parts") / f"{k:06d}.pickle"

    def _entries(self, k: int) -> list[tuple[tuple[str, str, str, str, str, str], list[str], list[str]]]:
        from .memo import Memo, code_fingerprint

        memo = Memo(self.cache, code_fingerprint("search.py", "nlp/normalise.py", "assets/search/stemming.yaml"))
        out = []
        lo, hi = self.bounds[k]
        for rec in self.records[lo:hi]:
            known: dict[str, list[str]] = {}  # forms by text, for the record's two pages
            for p in _pages_of(rec, self.config):
                key = memo.key(hashlib.sha256(f"{p.title_text}\0{p.text}".encode()).hexdigest()) if self.cache else ""
                got = memo.get(key) if key else None
                if got is None:
                    title_forms = _joined_forms([p.title_text], known)
                    got = (title_forms, _joined_forms([p.title_text, *p.parts], known))
                    if key:
                        memo.put(key, got)
                out.append(((p.url, p.title, p.lang, p.kind, p.snippet, p.meta), got[0], got[1]))
        return out

    def make_part(self, k: int) -> None:
        """Part ``k`` into its file (in a page worker)."""
        import pickle

        f = self._part_file(k)
        f.parent.mkdir(parents=True, exist_ok=True)
        tmp = f.with_suffix(".tmp")
        tmp.write_bytes(pickle.dumps(self._entries(k), protocol=4))
        tmp.replace(f)

    def jobs(self) -> list[Callable[[], None]]:
        return [lambda k=k: self.make_part(k) for k in range(len(self.bounds))]

    def index(self) -> dict[str, Any]:
        """The index as data, from the parts (a part no worker made is made here)."""
        import pickle

        listing: list[dict[str, str]] = []
        body: dict[str, list[int]] = {}
        title: dict[str, list[int]] = {}
        for k in range(len(self.bounds)):
            f = self._part_file(k) if self.out_dir is not None else None
            entries = pickle.loads(f.read_bytes()) if f is not None and f.is_file() else self._entries(k)
            for (u, t, lang, kind, snippet, meta), t_forms, b_forms in entries:
                i = len(listing)
                listing.append({"u": u, "t": t, "l": lang, "k": kind, "s": snippet, "m": meta})
                for target, forms_ in ((title, t_forms), (body, b_forms)):
                    for form in forms_:
                        target.setdefault(form, []).append(i)
        rules = stemming_rules()
        return {
            "version": INDEX_VERSION,
            "table": {"fold": fold_table(), "prefixes": rules["prefixes"], "suffixes": rules["suffixes"],
                      "min_stem": rules["min_stem"]},
            "pages": listing,
            "terms": {k: body[k] for k in sorted(body)},
            "titles": {k: title[k] for k in sorted(title)},
        }

    def finish(self) -> Path:
        """Write ``assets/search-index.js`` (and the search script/style) under ``out_dir``."""
        import shutil

        assert self.out_dir is not None
        index = self.index()
        target = self.out_dir / INDEX_FILE
        target.parent.mkdir(parents=True, exist_ok=True)
        payload = json.dumps(index, ensure_ascii=False, sort_keys=False, separators=(",", ":"))
        del index
        # "</" could close a <script> element if the file were ever inlined; keep it inert.
        payload = payload.replace("</", "<\\/")
        target.write_text(f"window.BRIEFING_SEARCH = {payload};\n", encoding="utf-8")
        copy_search_assets(self.out_dir)
        shutil.rmtree(self._part_file(0).parent, ignore_errors=True)
        return target


def build_index(site: Site, cache: Path | None = None, config: Config | None = None) -> dict[str, Any]:
    """The index as data: pages, form -> page postings (body and title), and the shared tables.

    ``cache``: a folder for the memo of each page's forms, keyed by its text (a build that adds
    one article tokenises two pages, not every page); ``config``: dates in the pages' listing as
    the site writes them (ISO without one)."""
    return SearchIndexParts(site, None, cache, config).index()


def search(index: dict[str, Any], query: str, lang: str | None = None, limit: int = 20) -> list[dict[str, Any]]:
    """Rank pages for ``query`` (the Python twin of search.js, used by tests and tools).

    Every query word must match (AND). Per word: 2 points when the exact word is on the page,
    1 for another form, +1 when it is in the title. Ties: title, then URL (deterministic).
    """
    words = analyse_query(query)
    if not words:
        return []
    terms, titles, pages = index["terms"], index["titles"], index["pages"]
    scores: dict[int, int] | None = None
    for fs in words:
        word_score: dict[int, int] = {}
        for j, f in enumerate(fs):
            w = 2 if j == 0 else 1
            for i in terms.get(f, ()):
                word_score[i] = max(word_score.get(i, 0), w)
        in_title = {i for f in fs for i in titles.get(f, ())}
        for i in word_score:
            if i in in_title:
                word_score[i] += 1
        if scores is None:
            scores = word_score
        else:
            scores = {i: scores[i] + s for i, s in word_score.items() if i in scores}
    hits = [(s, i) for i, s in (scores or {}).items() if lang is None or pages[i]["l"] == lang]
    hits.sort(key=lambda x: (-x[0], pages[x[1]]["t"], pages[x[1]]["u"]))
    return [dict(pages[i], score=s) for s, i in hits[:limit]]


def write_search_index(site: Site, out_dir: Path, cache: Path | None = None) -> Path:
    """Write ``assets/search-index.js`` (and the search script/style) under ``out_dir``.

    ``out_dir`` is the docs folder before mkdocs (mkdocs copies the files) or the built site;
    ``cache``: see ``build_index``.
    """
    return SearchIndexParts(site, out_dir, cache).finish()


def copy_search_assets(out_dir: Path) -> None:
    """search.js and search.css into ``out_dir/assets/search/``."""
    dest = Path(out_dir) / "assets" / "search"
    dest.mkdir(parents=True, exist_ok=True)
    for name in ("search.js", "search.css"):
        (dest / name).write_bytes((ASSETS / name).read_bytes())


# --------------------------------------------------------------------------- search pages


def search_page_path(lang: str) -> str:
    return "search.html" if lang == "ar" else "en/search.html"


def _env() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True,
                              undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)


# UI strings: English message ids, translated through the gettext catalogue
# (generator/locale/<lang>/LC_MESSAGES/briefing.po). The link to the other language is written in
# that language, so it is not translated.
_UI_EN: dict[str, str | tuple[str, str]] = {
    'title': 'Search',
    'label': 'Search articles and stories (Arabic or English)',
    'placeholder': 'e.g. البوكمال or Abu Kamal',
    'button': ('button', 'Search'),  # (context, id): the verb on the button, not the page name
    'none': 'No results.',
    'loading': 'Loading the search index…',
    'noscript': 'Search needs JavaScript.',
    'article': 'article',
    'story': 'story',
    'data': 'Data downloads',
}
_OTHER_LANGUAGE = {"ar": 'Search in English', "en": 'البحث بالعربية'}


@lru_cache(maxsize=2)
def ui_strings(lang: str) -> dict[str, str]:
    """The UI strings of ``lang``."""
    from .render.env import translations

    t = translations(lang)
    out = {k: t.pgettext(*v) if isinstance(v, tuple) else t.gettext(v) for k, v in _UI_EN.items()}
    return {**out, 'other': _OTHER_LANGUAGE[lang]}


def render_search_pages(site: Site, docs_dir: Path, config: Config) -> int:
    """Write ``search.ar.md`` / ``search.en.md`` into the docs folder; returns pages written."""
    env = _env()
    written = 0
    for lang in ("ar", "en"):
        page = search_page_path(lang)
        root = posixpath.relpath(".", posixpath.dirname(page) or ".")
        root = "" if root == "." else root + "/"
        other = search_page_path("en" if lang == "ar" else "ar")
        html = env.get_template("search/search.html").render(
            lang=lang, dir="rtl" if lang == "ar" else "ltr", ui=ui_strings(lang), root=root,
            other=posixpath.relpath(other, posixpath.dirname(page) or "."),
            data=f"{root}data.html")
        write_page(Path(docs_dir), f"search.{lang}.md", ui_strings(lang)["title"], html)
        written += 1
    return written
