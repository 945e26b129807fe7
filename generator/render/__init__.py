"""Render the Site into the mkdocs docs folder: one Markdown page per language per page.

Each page is YAML front matter (``yaml.safe_dump``: a title safe for the theme chrome) followed
by ONE raw HTML block produced by a Jinja2 template (autoescape on). The block starts at column
0 and has no blank line inside, so Python-Markdown passes it through untouched: nothing from an
article (``*emphasis*``, ``<script>``, ``{{ }}``) can become Markdown, HTML or template code.
Files follow mkdocs-static-i18n's suffix structure (``page.ar.md`` / ``page.en.md``).
"""
from __future__ import annotations

import gc
import hashlib
import multiprocessing as mp
import os
import shutil
from collections.abc import Callable
from functools import lru_cache
from itertools import groupby
from pathlib import Path
from typing import Any

import yaml

from ..config import Config
from ..models import Article, Conflict, Site, Story
from . import filters, views
from ..memo import digest as _digest
from .env import ASSETS, LOCALE_DIR, PACKAGED_TEMPLATES, catalogue, make_env, templates_dir

__all__ = ["PageSink", "render_site", "render_page", "write_page"]


def _html_block(html: str) -> str:
    """Collapse the template output into one raw HTML block (no blank or indented lines)."""
    lines = [ln.strip() for ln in html.splitlines()]
    return "\n".join(ln for ln in lines if ln) + "\n"


def write_page(docs_dir: Path, rel_path: str, title: str | None, html: str,
               meta: dict[str, Any] | None = None) -> None:
    """One docs page: YAML front matter (a title safe for the theme chrome) + one raw HTML block."""
    front = {"title": filters.meta_title(title), "briefing_html": True}  # see publish/mkdocs_hooks.py
    front.update(meta or {})
    text = "---\n" + yaml.safe_dump(front, allow_unicode=True, sort_keys=True) + "---\n\n" + _html_block(html)
    path = docs_dir / rel_path
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def render_page(env, template: str, **ctx: Any) -> str:
    return env.get_template(template).render(**ctx)


def _copy_assets(docs_dir: Path) -> None:
    """CSS and fonts beside the pages (no CDN, no web fonts: works offline)."""
    for sub in ("css", "fonts"):
        src = ASSETS / sub
        if src.is_dir():
            shutil.copytree(src, docs_dir / "assets" / sub, dirs_exist_ok=True)


def _common(site: Site, lang: str, config: Config, page: str) -> dict[str, Any]:
    gen = views.show_date(site.generated[:10], lang, config) if site.generated else None
    nav = {
        "home": views.rel(page, views.page_path("home", lang)),
        "articles": views.rel(page, views.page_path("articles", lang)),
        "stories": views.rel(page, views.page_path("stories", lang)),
        "data": views.rel(page, views.page_path("data", lang)),
        "digests": views.rel(page, views.page_path("digests", lang)),
        "search": views.rel(page, views.page_path("search", lang)),
    }
    return {"site_title": config.title_ar if lang == "ar" else config.title_en, "updated": gen,
            "updated_iso": site.generated, "nav": nav, "page_path": page}


def _article_ctx(a: Article, lang: str, config: Config, site: Site, stories_of: dict[str, list[Story]]) -> dict:
    page = views.page_path("article", lang, a.id)
    other = "en" if lang == "ar" else "ar"
    style = filters.month_style_for(a.outlet.month_style, config.month_style)
    return {
        "a": a,
        "lead": None if a.title else views.lead_excerpt(a),
        "card": views.article_card(a, lang, config, page),
        "date_shown": filters.format_date(a.published, lang, style, digits=config.arabic_digits, hijri=config.hijri),
        "url": filters.safe_url(a.raw.url),
        "paragraphs": views.body_paragraphs(a),
        "facts": views.facts_view(a, lang, config),
        "twin": views.rel(page, views.page_path("article", other, a.id)),
        "stories": [views.story_card(s, lang, config, page, a.outlet.month_style) for s in stories_of.get(a.id, [])],
    }


# An outlet id the outlet-name table lacks (e.g. a hostile or odd outlet value) still renders.
_NO_NAMES: dict[str, str | None] = {"ar": None, "en": None}


def _framing_key(f, key: str, lang: str) -> str:
    """What a framing row's key shows on a page: words of the text as they are, cited sources by
    their name in the page's language (the key itself may be an id); the template translates the
    voice row's modalities."""
    if f.kind == "sources":
        ar, en = f.names.get(key, (None, None))
        return (ar if lang == "ar" else en) or en or ar or key
    return key


def _conflict_view(c: Conflict, lang: str, config: Config) -> dict[str, Any]:
    text, in_lang = views.conflict_text(c, lang, config)
    return {"text": text, "in_lang": in_lang}


def _story_ctx(s: Story, lang: str, config: Config, by_id: dict[str, Article], outlets: dict) -> dict:
    page = views.page_path("story", lang, s.id)
    other = "en" if lang == "ar" else "ar"
    articles = [views.article_card(by_id[i], lang, config, page) for i in s.article_ids if i in by_id]
    cards = {c["id"]: c for c in articles}
    timeline = []
    for t in s.timeline:
        timeline.append({
            "date": views.show_date(t.date, lang, config),
            "iso": t.date, "type": t.type, "text_ar": t.text_ar, "text_en": t.text_en,
            "not_after": views.show_date(getattr(t, "not_after", None), lang, config),
            "reported_by": [cards.get(i, {"id": i, "href": None, "outlet_ar": None, "outlet_en": None})
                            for i in t.reported_by],
            "first": cards.get(t.first_reported_by or "", None),
            "independent": t.independent_sources,
            "conflicts": [_conflict_view(c, lang, config) for c in t.conflicts],
        })
    framing = [{"referent": f.referent, "kind": f.kind,
                "label": (f.label_ar if lang == "ar" else f.label_en) or f.label_en or f.referent,
                "terms": [(o, outlets.get(o, _NO_NAMES), [(_framing_key(f, t, lang), n) for t, n in terms])
                          for o, terms in sorted(f.terms.items())]}
               for f in s.framing]
    return {"s": s, "articles": articles, "timeline": timeline, "framing": framing,
            "outlets": [(o, outlets.get(o, _NO_NAMES)) for o in s.outlet_ids],
            "twin": views.rel(page, views.page_path("story", other, s.id))}


# --------------------------------------------------------------------------- incremental rendering


class PageSink:
    """Where ``render_site`` puts article and story pages: rendered now, or left out because their
    inputs did not change since the last build.

    Each page comes with a fingerprint of everything it is made from (``page_fingerprint``).
    ``previous`` (from the last build's manifest, see ``generator.incremental``) maps a docs path
    to ``(fingerprint, source hash)``; a page whose fingerprint is the same is not rendered: its
    source hash is taken from the manifest (``reused``) and its maker is kept (``materialise``
    renders it after all, when mkdocs must rebuild it anyway). Pages that are rendered are shared
    between worker processes when there are many (``workers``).
    """

    def __init__(self, previous: dict[str, tuple[str, str]] | None = None, workers: int = 1) -> None:
        self.previous = previous or {}
        self.workers = workers
        self.fingerprints: dict[str, str] = {}  # docs path -> fingerprint (every fingerprinted page)
        self.reused: dict[str, str] = {}  # docs path -> source hash (pages not rendered this time)
        self._deferred: dict[str, Callable[[], None]] = {}
        self._todo: list[Callable[[], None]] = []
        self._extra: list[Callable[[], None]] = []

    def add(self, rel_path: str, fingerprint: str | None, make: Callable[[], None]) -> None:
        if fingerprint is not None:
            self.fingerprints[rel_path] = fingerprint
            prev = self.previous.get(rel_path)
            if prev is not None and prev[0] == fingerprint:
                self.reused[rel_path] = prev[1]
                self._deferred[rel_path] = make
                return
        self._todo.append(make)

    def add_jobs(self, jobs: list[Callable[[], None]]) -> None:
        """Work for the page workers besides the pages (parts of the site-wide files), spread
        evenly among the pages so that every worker's chunk gets its share. Only done when there
        are workers: the caller makes in its own process what no worker made."""
        self._extra.extend(jobs)

    def run(self, beside: Callable[[], None] | None = None) -> None:
        """Render the pages that are not reused (in worker processes when there are many).

        ``beside``: work for this process while the workers render (the site-wide files: exports,
        search index, feeds), instead of leaving it idle; it runs after the pages without workers.
        """
        todo, extra, self._todo, self._extra = self._todo, self._extra, [], []
        if extra and _parallel(len(todo), self.workers):
            step = len(todo) / len(extra)
            for k in reversed(range(len(extra))):
                todo.insert(int(k * step), extra[k])
        _run_all(todo, self.workers, beside)

    def materialise(self, rel_paths: list[str]) -> None:
        """Render reused pages after all (the build decided to give them to mkdocs)."""
        for r in rel_paths:
            make = self._deferred.pop(r, None)
            if make is not None:
                make()
                self.reused.pop(r, None)


_JOBS: list[Callable[[], None]] = []
CHUNKS_PER_WORKER = 8  # a worker process renders one chunk of consecutive pages, then exits
MAX_CHUNK = 400  # pages: a worker's copies of the records it touched go when it exits
BESIDE_MAX_PAGES = 8000  # larger sites write their site-wide files before the workers start


def _run_chunk(bounds: tuple[int, int]) -> int:
    for make in _JOBS[bounds[0]:bounds[1]]:
        make()
    return bounds[1] - bounds[0]


def _parallel(n_jobs: int, workers: int) -> bool:
    """Whether ``_run_all`` forks workers for this many jobs (fewer are not worth the start-up)."""
    return workers > 1 and n_jobs >= 200 and "fork" in mp.get_all_start_methods()


def _run_all(jobs: list[Callable[[], None]], workers: int, beside: Callable[[], None] | None = None) -> None:
    """Run page makers, in forked worker processes when there are many (the makers are closures
    over the site, which a fork shares for free; each writes its own files).

    Memory, which decides whether 10,000 articles fit: a forked worker shares the parent's pages
    until it writes to them, and CPython writes to every object it touches (reference counts) and,
    in a full collection, to every container object there is. So the collector is told to leave
    the parent's objects alone (``gc.freeze``), and each worker renders one chunk of consecutive
    pages (the records of neighbouring articles lie together in memory) and exits, giving back the
    pages it copied: the workers hold a few chunks' worth, not each a copy of the whole site.
    """
    global _JOBS
    if not _parallel(len(jobs), workers):
        for make in jobs:
            make()
        if beside is not None:
            beside()
        return
    if beside is not None and len(jobs) > BESIDE_MAX_PAGES:
        # memory first: the parent writing the exports while workers share its pages would copy
        # every record it reads (10,000 articles: +1 GB); at this size the overlap saves little
        beside()
        beside = None
    size = min(-(-len(jobs) // (workers * CHUNKS_PER_WORKER)), MAX_CHUNK)
    chunks = [(i, min(i + size, len(jobs))) for i in range(0, len(jobs), size)]
    _JOBS = jobs
    gc.collect()
    gc.freeze()
    pool = mp.get_context("fork").Pool(processes=workers, maxtasksperchild=1)
    try:
        done = pool.map_async(_run_chunk, chunks, chunksize=1)
        if beside is not None:
            beside()
        done.get()  # a worker's exception is raised here
        pool.close()
    except BaseException:
        pool.terminate()
        raise
    finally:
        pool.join()
        _JOBS = []
        gc.unfreeze()


@lru_cache(maxsize=8)
def _code_fingerprint(tdir: str) -> str:
    """Templates, locale catalogues and the render code: what every page is made with."""
    h = hashlib.sha256()
    here = Path(__file__).parent
    files = [*sorted(Path(tdir).glob("**/*")), *sorted(PACKAGED_TEMPLATES.glob("**/*")),
             *sorted(here.glob("*.py")), *sorted(LOCALE_DIR.glob("**/*.po"))]
    for f in files:
        if f.is_file():
            h.update(str(f).encode())
            h.update(f.read_bytes())
    return h.hexdigest()


def render_fingerprint(config: Config) -> str:
    """What all article and story pages depend on besides their own data: code, templates and
    configuration (a story page adds the names of its outlets, see ``render_site``)."""
    from .. import __version__

    h = hashlib.sha256(__version__.encode())
    h.update(_code_fingerprint(str(templates_dir(config))).encode())
    h.update(_digest(config).encode())
    return h.hexdigest()


def _story_outlets(s: Story) -> set[str]:
    """Outlet ids a story page names (its outlets and those of its framing rows)."""
    return set(s.outlet_ids) | {o for f in s.framing for o in f.terms}


def page_fingerprint(base: str, kind: str, lang: str, own: str, related: list[str]) -> str:
    """A page's inputs: the shared fingerprint, its own record and the records it shows cards of."""
    h = hashlib.sha256(f"{base}|{kind}|{lang}|{own}".encode())
    for r in related:
        h.update(r.encode())
    return h.hexdigest()


def render_site(site: Site, docs_dir: Path, config: Config, sink: PageSink | None = None,
                run: bool = True) -> int:
    """Write every page (both languages) into ``docs_dir``; returns the number of pages written.

    With a ``sink``, article and story pages whose inputs did not change since the last build are
    not rendered (the sink says which); without one, everything is rendered. ``run=False`` leaves
    the article and story pages in the sink for the caller's ``sink.run()``.
    """
    sink = sink if sink is not None else PageSink()
    docs_dir.mkdir(parents=True, exist_ok=True)
    _copy_assets(docs_dir)
    articles = views.newest_first(site.articles)
    by_id = {a.id: a for a in site.articles}
    stories = sorted(site.stories, key=lambda s: (s.last_published or s.first_published or "", s.id), reverse=True)
    stories_of: dict[str, list[Story]] = {}
    for s in stories:
        for i in s.article_ids:
            stories_of.setdefault(i, []).append(s)
    outlets = views.outlet_names(site)
    base = render_fingerprint(config)
    art_digest = {a.id: _digest(a) for a in site.articles}
    story_digest = {s.id: _digest(s) for s in stories}
    written = 0
    makers: dict[str, tuple[Callable[[Article], None], Callable[[Story], None]]] = {}
    for lang in views.LANGS:
        env = make_env(config, lang)
        for name in ("article.html", "story.html"):  # compiled once here, not in every worker
            env.get_template(name)

        # (lang and env bound now: article and story pages are rendered after this loop)
        def page(kind: str, template: str, title: str | None, ident: str | None = None,
                 meta: dict[str, Any] | None = None, lang: str = lang, env: Any = env, **ctx: Any) -> None:
            nonlocal written
            path = views.page_path(kind, lang, ident)
            html = render_page(env, template, **_common(site, lang, config, path), **ctx)
            write_page(docs_dir, views.source_path(kind, lang, ident), title, html, meta)
            written += kind not in ("article", "story")  # those are counted by the sink

        def article_page(a: Article, lang: str = lang, page: Callable[..., None] = page) -> None:
            title = a.title if lang == "ar" else (a.title_en or a.title)
            page("article", "article.html", title, a.id, **_article_ctx(a, lang, config, site, stories_of))

        def story_page(s: Story, lang: str = lang, page: Callable[..., None] = page) -> None:
            page("story", "story.html", s.title_ar if lang == "ar" else s.title_en, s.id,
                 **_story_ctx(s, lang, config, by_id, outlets))

        makers[lang] = (article_page, story_page)

        home = views.page_path("home", lang)
        idx = views.page_path("articles", lang)
        groups = [(day, [views.article_card(a, lang, config, idx) for a in items])
                  for day, items in groupby(articles, key=lambda a: (a.published or "")[:10])]
        groups = [(views.show_date(day, lang, config) if day else None, cards)
                  for day, cards in groups]
        t = catalogue(lang)

        page("articles", "articles_index.html", t("Articles"), groups=groups, total=len(articles))
        sidx = views.page_path("stories", lang)
        page("stories", "stories_index.html", t("Stories"),
             stories=[views.story_card(s, lang, config, sidx) for s in stories])
        page("data", "data.html", t("Data"),
             data_base=views.rel(views.page_path("data", lang), "data"))
        page("home", "home.html", config.title_ar if lang == "ar" else config.title_en,
             latest_articles=[views.article_card(a, lang, config, home) for a in articles[:10]],
             latest_stories=[views.story_card(s, lang, config, home) for s in stories[:5]],
             counts={"articles": len(articles), "stories": len(stories), "outlets": len(outlets)},
             data_base=views.rel(home, "data"))
    # an article's (a story's) two language pages one after the other: the same worker renders
    # both, from the same records (``views.body_paragraphs`` is shared)
    for a in articles:
        for lang in views.LANGS:
            fp = page_fingerprint(base, "article", lang, art_digest[a.id],
                                  [story_digest[s.id] for s in stories_of.get(a.id, [])])
            sink.add(views.source_path("article", lang, a.id), fp, lambda a=a, f=makers[lang][0]: f(a))
    for s in stories:
        fp_related = ([art_digest[i] for i in s.article_ids if i in art_digest]
                      + [_digest((o, outlets.get(o))) for o in sorted(_story_outlets(s))])
        for lang in views.LANGS:
            fp = page_fingerprint(base, "story", lang, story_digest[s.id], fp_related)
            sink.add(views.source_path("story", lang, s.id), fp, lambda s=s, f=makers[lang][1]: f(s))
    if run:
        sink.run()
    return written + len(sink.fingerprints)
