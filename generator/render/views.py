"""View models: what a template needs from an Article or Story, computed once in Python.

Templates stay declarative; the things that need care live here: where each page sits in the
site (and the relative link from one page to another), the body cut into paragraphs and
``<span class="sentence" id="s-N">`` sentences, and the link from every fact to its sentence.
Untrusted text is never pre-formatted into HTML here except through ``filters.bidi``/``escape``.
"""
from __future__ import annotations

import hashlib
import posixpath
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

from ..briefing_en import english
from ..config import Config
from ..models import Article, Conflict, Site, Story
from . import filters

LANGS = ("ar", "en")


# --------------------------------------------------------------------------- page locations


def slug(ident: str) -> str:
    """A file-name-safe slug for an article/story id; a hash suffix keeps changed ids distinct."""
    s = re.sub(r"[^A-Za-z0-9_-]+", "-", ident).strip("-")[:80]
    if s != ident or not s:
        s = f"{s or 'item'}-{hashlib.sha1(ident.encode('utf-8')).hexdigest()[:8]}"
    return s


def page_path(kind: str, lang: str, ident: str | None = None) -> str:
    """Site-relative output path of a page (``use_directory_urls: false``, English under en/)."""
    base = {
        "home": "index.html",
        "articles": "articles/index.html",
        "stories": "stories/index.html",
        "data": "data.html",
        "digests": "digests/index.html",
        "search": "search.html",
        "article": f"articles/{slug(ident or '')}.html",
        "story": f"stories/{slug(ident or '')}.html",
    }[kind]
    return base if lang == "ar" else f"en/{base}"


def source_path(kind: str, lang: str, ident: str | None = None) -> str:
    """Docs-relative Markdown source of a page (mkdocs-static-i18n suffix structure)."""
    stem = page_path(kind, "ar", ident)[: -len(".html")]
    return f"{stem}.{lang}.md"


def rel(from_page: str, to_path: str) -> str:
    """Relative URL from one site page to another site path (works from file:// too)."""
    return posixpath.relpath(to_path, posixpath.dirname(from_page) or ".")


# --------------------------------------------------------------------------- body and facts


def _sentence_for(article: Article, offset: int) -> int | None:
    s = article.sentence_at(offset)
    if s is not None:
        return s.index
    before = [x for x in article.sentences if x.start <= offset]
    if before:
        return before[-1].index
    return article.sentences[0].index if article.sentences else None


def _marks(article: Article) -> list[tuple[int, int, str]]:
    """Non-overlapping spans of short facts (dates, numbers, entities) to ``<mark>`` in the body."""
    f = article.facts
    spans = [(d.start, d.end, "date") for d in f.dates] + [(n.start, n.end, "number") for n in f.numbers] \
        + [(e.start, e.end, "entity") for e in f.entities]
    spans.sort(key=lambda x: (x[0], -(x[1] - x[0]), x[2]))
    out: list[tuple[int, int, str]] = []
    last = -1
    for s, e, k in spans:
        if s >= last and 0 <= s < e <= len(article.body):
            out.append((s, e, k))
            last = e
    return out


def _segment_html(article: Article, start: int, end: int, marks: list[tuple[int, int, str]],
                  lang: str) -> Markup:
    body = article.body
    parts: list[str] = []
    pos = start
    for s, e, k in marks:
        if e <= start or s >= end or s < pos:
            continue
        e = min(e, end)
        parts.append(str(filters.bidi(body[pos:s], lang)))
        parts.append(f'<mark class="fact fact-{k}">{filters.bidi(body[s:e], lang)}</mark>')
        pos = e
    parts.append(str(filters.bidi(body[pos:end], lang)))
    return Markup("".join(parts))


_LAST_BODY: list[Any] = [None, None]  # (article, its paragraphs): both language pages of an article


def body_paragraphs(article: Article) -> list[Markup]:
    """The body as paragraphs (one per line), each sentence wrapped in a targetable span.

    The same for both language pages of the article (they are rendered one after the other), so
    the last article's paragraphs are kept."""
    if _LAST_BODY[0] is article:
        return list(_LAST_BODY[1])
    paragraphs = _body_paragraphs(article)
    _LAST_BODY[:] = [article, paragraphs]
    return list(paragraphs)


def _body_paragraphs(article: Article) -> list[Markup]:
    body = article.body
    marks = _marks(article)
    lang = "ar" if article.raw.lang == "ar" else "en"
    paragraphs: list[Markup] = []
    sentences = sorted(article.sentences, key=lambda s: s.start)
    for m in re.finditer(r"[^\n]+", body):
        ls, le = m.start(), m.end()
        if not body[ls:le].strip():
            continue
        parts: list[str] = []
        pos = ls
        for s in sentences:
            if s.end <= ls or s.start >= le:
                continue
            ss, se = max(s.start, ls), min(s.end, le)
            if ss > pos:
                parts.append(str(_segment_html(article, pos, ss, marks, lang)))
            parts.append(f'<span class="sentence" id="s-{s.index}">'
                         f'{_segment_html(article, ss, se, marks, lang)}</span>')
            pos = se
        if pos < le:
            parts.append(str(_segment_html(article, pos, le, marks, lang)))
        paragraphs.append(Markup("".join(parts).strip()))
    return paragraphs


@dataclass(frozen=True)
class Fact:
    """One row of a facts box: the fields a template shows plus the sentence it links to."""

    kind: str
    text: str
    start: int
    anchor: str | None  # "s-N"
    fields: dict[str, Any]


def _fact(article: Article, kind: str, text: str, start: int, **fields: Any) -> Fact:  # noqa: D401
    idx = _sentence_for(article, start)
    return Fact(kind=kind, text=text, start=start, anchor=None if idx is None else f"s-{idx}", fields=fields)


def _arabic_names(article: Article) -> dict[str, str]:
    """English source names of this article -> the Arabic words the article names them with, so an
    Arabic page shows "المصدر: الإعلام الحربي السوري" rather than the English canonical name.

    A relayed source "X (via Y)" reads "X عبر Y" when both halves are named in the text."""
    out: dict[str, str] = {}
    for e in article.facts.entities:
        if e.name_en and e.name_en not in out:
            out[e.name_en] = e.text
    for a in article.facts.attributions:
        if a.speaker_en and a.speaker and a.speaker_en not in out:
            out[a.speaker_en] = a.speaker
    for a in article.facts.attributions:
        if a.speaker_en and a.via and a.speaker:
            via_ar = out.get(a.via)
            out.setdefault(f"{a.speaker_en} (via {a.via})", f"{a.speaker} عبر {via_ar}" if via_ar else a.speaker)
    return out


def facts_view(article: Article, lang: str, config: Config) -> dict[str, Any]:
    """Facts grouped for the facts box; entities grouped by type, each with all its mentions."""
    f = article.facts
    style = filters.month_style_for(article.outlet.month_style, config.month_style)

    def fmt(value: str | None) -> str | None:
        return filters.format_date(value, lang, style, digits=config.arabic_digits, hijri=config.hijri)

    dates = [_fact(article, "date", d.text, d.start, value=d.value or d.period, shown=fmt(d.value or d.period),
                   granularity=d.granularity, date_kind=d.kind) for d in f.dates]
    numbers = [_fact(article, "number", n.text, n.start, value=n.value, unit=n.unit, counts=n.counts,
                     counted_ar=n.counted_ar, qualifier=n.qualifier) for n in f.numbers]
    groups: dict[str, dict[str, dict[str, Any]]] = {}
    for e in sorted(f.entities, key=lambda e: e.start):
        key = e.id or e.text
        g = groups.setdefault(e.type, {})
        if key not in g:
            # (shown as prose shows it: another form that repeats the name's words is left out)
            g[key] = {"text": e.text, "name_en": english(e.name_en) or e.name_en, "id": e.id, "mentions": []}
        idx = _sentence_for(article, e.start)
        anchor = None if idx is None else f"s-{idx}"
        if anchor and anchor not in g[key]["mentions"]:
            g[key]["mentions"].append(anchor)
    type_order = ["PER", "ORG", "LOC", "GPE", "FAC", "MEDIA", "MISC"]
    entities = [
        {"type": t, "items": list(groups[t].values())}
        for t in sorted(groups, key=lambda t: (type_order.index(t) if t in type_order else 99, t))
    ]
    arabic_of = _arabic_names(article)
    attributions = [_fact(article, "attribution", a.text, a.start, speaker=a.speaker, speaker_en=a.speaker_en,
                          verb=a.verb, direct=a.direct, via=a.via, via_ar=arabic_of.get(a.via or ""))
                    for a in f.attributions]
    events = [_fact(article, "event", ev.text, ev.start, type=ev.type, actor=ev.actor, actor_en=ev.actor_en,
                    location=ev.location, location_en=ev.location_en, date=ev.date, shown_date=fmt(ev.date),
                    modality=ev.modality, attributed_to=ev.attributed_to,
                    attributed_ar=arabic_of.get(ev.attributed_to or "")) for ev in f.events]
    empty = not (dates or numbers or entities or attributions or events)
    return {"dates": dates, "numbers": numbers, "entities": entities, "attributions": attributions,
            "events": events, "empty": empty}


# --------------------------------------------------------------------------- records


def _sort_key_newest(published: str | None, ident: str) -> tuple[int, str, str]:
    return (0 if published else 1, "".join(chr(0x10FFFF - ord(c)) for c in (published or "")), ident)


def newest_first(articles: Iterable[Article]) -> list[Article]:
    """Newest first by publication date; unknown dates last; ties by id (deterministic)."""
    return sorted(articles, key=lambda a: _sort_key_newest(a.published, a.id))


def lead_excerpt(a: Article, words: int = 12) -> str | None:
    """The first sentence, cut to a few words: what an untitled article is listed by (shown as such)."""
    if not a.sentences:
        return None
    s = a.sentences[0]
    toks = a.body[s.start:s.end].split()
    return " ".join(toks[:words]) + (" …" if len(toks) > words else "")


def show_date(value: str | None, lang: str, config: Config, outlet_style: str | None = None) -> str | None:
    """An ISO date as the site's pages write it: the config's (or, with ``auto``, the outlet's) month
    names and digits; None for no date."""
    return filters.format_date(value, lang, filters.month_style_for(outlet_style, config.month_style),
                               digits=config.arabic_digits)


def article_card(a: Article, lang: str, config: Config, from_page: str) -> dict[str, Any]:
    """The few fields an index or home page shows for an article, with its link."""
    return {
        "id": a.id,
        "title": a.title,
        "lead": None if a.title else lead_excerpt(a),
        "title_en": a.title_en,
        "outlet_ar": a.outlet.name_ar,
        "outlet_en": a.outlet.name_en,
        "outlet_id": a.outlet.id,
        "published": a.published,
        "date": show_date(a.published, lang, config, a.outlet.month_style),
        "href": rel(from_page, page_path("article", lang, a.id)),
    }


def story_card(s: Story, lang: str, config: Config, from_page: str,
               outlet_style: str | None = None) -> dict[str, Any]:
    """A story's card; on an article page its dates take the article's month names
    (``outlet_style``), so one page does not say both "أيلول" and "سبتمبر"."""
    return {
        "id": s.id,
        "title_ar": s.title_ar,
        "title_en": s.title_en,
        "articles": len(s.article_ids),
        "outlets": len(s.outlet_ids),
        "first": show_date(s.first_published, lang, config, outlet_style),
        "last": show_date(s.last_published, lang, config, outlet_style),
        "sort": s.last_published or s.first_published or "",
        "href": rel(from_page, page_path("story", lang, s.id)),
    }


def outlet_names(site: Site) -> dict[str, dict[str, str | None]]:
    out: dict[str, dict[str, str | None]] = {}
    for a in site.articles:
        if a.outlet.id and a.outlet.id not in out:
            out[a.outlet.id] = {"ar": a.outlet.name_ar, "en": a.outlet.name_en}
    return out


def esc(s: Any) -> Markup:
    return escape("" if s is None else str(s))


# --------------------------------------------------------------------------- conflicts


def conflict_text(c: Conflict, lang: str, config: Config) -> tuple[str, bool]:
    """What a timeline conflict says in ``lang``, and whether that text is in ``lang``.

    A date conflict is written from its sides' dates, formatted as the page formats dates
    ("Different dates for the same event: 2 August 2023 vs 7 August 2023"), not from the ISO
    values of its data record. Others keep their description (English when no Arabic one exists,
    which the caller marks as English)."""
    if c.kind == "date":
        from .env import translations

        _ = translations(lang).gettext
        values = dict.fromkeys(str(side["value"]) for side in c.sides if side.get("value"))
        dates = [show_date(v, lang, config) or v for v in values]
        return f"{_('Different dates for the same event')}: " + f" {_('vs')} ".join(dates), True
    if lang == "ar" and c.description_ar:
        return c.description_ar, True
    return c.description_en, lang == "en"

