"""Weekly digest: an email per language (HTML + its own plain text) and an archive page per week.

Why this shape:
- Mail clients ignore <style> and most layout CSS, so the HTML is a table layout with the CSS
  inlined by ``css_inline`` (``@media`` kept for phones), ``dir``/``align`` on every block and
  cell (Outlook ignores ``dir`` inherited from <body>), and mixed-direction runs isolated.
- The plain-text part comes from its own template (html2text output of a table layout is
  unreadable); Arabic lines start with RLM and Latin/digit runs inside them are wrapped in LRM
  so ``2017-11-08`` is not reversed.
- Headers never carry text from articles: the subject is built from the configured site title
  and the week, every header value is stripped of control characters, and the stdlib
  ``email.policy`` encodes non-ASCII (RFC 2047) and folds lines.
- One ``.eml`` per language (``2017-W45.ar.eml`` / ``2017-W45.en.eml``): subject, direction and
  the reader's language differ, and a bilingual mail would be twice as long for everyone.
- Nothing is sent unless asked (``send_digests``); SMTP credentials come only from environment
  variables named in ``config.smtp``.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import logging
import os
import posixpath
import re
import smtplib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import format_datetime, parseaddr
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup, escape

from ..briefing_en import count_phrase, phrasing, plain_count, tells_outcome
from ..config import Config
from ..models import Article, NumberMention, Site, Story
from ..nlp.normalise import norm
from ..nlp.numbers import role_nouns
from ..nlp.sentences import split_sentences
from ..render import filters, write_page
from ..render.views import conflict_text, page_path, show_date

log = logging.getLogger(__name__)

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
LANGS = ("ar", "en")
MAX_FACTS = 4
# units of numbers that measure rather than count what happened (numbers.yaml): never key facts
MEASURE_UNITS = frozenset({"magnitude", "distance", "area", "volume", "weight", "rain", "power", "points", "times",
                           "years", "months", "weeks", "days", "hours", "minutes"})
MAX_TIMELINE = 3
MAX_OTHER_ARTICLES = 20

# Left-to-right runs (Latin, digits, ISO dates) and Arabic runs, for isolating one inside the other.
_LTR = re.compile(r"[A-Za-z0-9\u00C0-\u024F](?:[A-Za-z0-9\u00C0-\u024F.,:/%'+\-]*[A-Za-z0-9\u00C0-\u024F%])?"
                  r"(?:\s+[A-Za-z\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F.'\-]*)*")
_RTL = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]"
                  r"(?:[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF\s\u064B-\u065F\-]*"
                  r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF])?")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029\u0085]+")
LRM, RLM = "\u200e", "\u200f"

# UI strings: English message ids, translated through the gettext catalogue
# (generator/locale/<lang>/LC_MESSAGES/briefing.po). The link to the other language is written in
# that language, so it is not translated.
_UI_EN = {
    'digest': 'Weekly digest',
    'week': 'Week',
    'stories': 'Stories',
    'facts': 'Key facts',
    'timeline': 'Timeline highlights',
    'conflicts': 'Sources disagree',
    'outlets': 'outlets',
    'read': 'Read the full story',
    'other': 'Other articles this week',
    'no_stories': 'No stories formed this week; these are the articles published in it:',
    'empty': 'No articles were published in this week.',
    'site': 'Site',
    'archive': 'Digest archive',
    'data': 'Data downloads',
    'search': 'Search',
    'unknown': 'unknown',
    'generated': 'English text generated from the extracted facts, not translated.',
    'from': 'from',
    'index': 'Weekly digests',
    'no_weeks': 'No digests yet.',
}
_OTHER_LANGUAGE = {"ar": 'English digest', "en": 'الموجز بالعربية'}


@lru_cache(maxsize=2)
def ui_strings(lang: str) -> dict[str, str]:
    """The UI strings of ``lang``."""
    from ..render.env import catalogue

    t = catalogue(lang)
    return {**{k: t(v) for k, v in _UI_EN.items()}, 'other_lang': _OTHER_LANGUAGE[lang]}


# --------------------------------------------------------------------------- weeks


@dataclass(frozen=True)
class Week:
    """An ISO week: ``label`` like ``2017-W45``, Monday ``start`` to Sunday ``end`` (inclusive)."""

    label: str
    start: _dt.date
    end: _dt.date

    def contains(self, iso: str | None) -> bool:
        d = _date(iso)
        return d is not None and self.start <= d <= self.end


def _date(iso: str | None) -> _dt.date | None:
    if not iso or not re.match(r"\d{4}-\d{2}-\d{2}", str(iso)):
        return None
    try:
        return _dt.date.fromisoformat(str(iso)[:10])
    except ValueError:
        return None


def parse_week(value: str) -> Week:
    """``2017-W45`` (or any ISO day, taken as its week) -> Week. ValueError when neither."""
    v = value.strip()
    m = re.fullmatch(r"(\d{4})-?W(\d{1,2})", v, re.IGNORECASE)
    if m:
        start = _dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
    else:
        d = _date(v)
        if d is None or len(v) != 10:
            raise ValueError(f"not an ISO week (2017-W45) or day (2017-11-08): {value!r}")
        start = d - _dt.timedelta(days=d.isoweekday() - 1)
    y, w, _ = start.isocalendar()
    return Week(f"{y}-W{w:02d}", start, start + _dt.timedelta(days=6))


def week_of(iso: str | None) -> str | None:
    d = _date(iso)
    if d is None:
        return None
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def site_weeks(site: Site) -> list[str]:
    """Every week with at least one dated article, oldest first."""
    return sorted({w for a in site.articles if (w := week_of(a.published))})


# --------------------------------------------------------------------------- text helpers


def clean_header(text: str) -> str:
    """One line for a header: control characters (CR, LF, NUL, ...) become spaces."""
    return " ".join(_CONTROL.sub(" ", str(text or "")).split())


def isolate(text: str | None, lang: str) -> Markup:
    """Escape ``text`` and isolate the runs of the other direction with <bdi> (HTML)."""
    if not text:
        return Markup("")
    s = str(text)
    if lang == "ar":
        return filters.bidi(s, "ar")
    return filters.wrap_runs(s, _RTL, '<bdi dir="rtl" lang="ar">')


def isolate_text(text: str | None, lang: str) -> str:
    """Plain-text isolation: LRM around Latin/digit runs in Arabic, RLM around Arabic runs in English."""
    if not text:
        return ""
    s = " ".join(str(text).split())
    if lang == "ar":
        return _LTR.sub(lambda m: f"{LRM}{m.group()}{LRM}", s)
    return _RTL.sub(lambda m: f"{RLM}{m.group()}{RLM}", s)


def two_lines(text: str, limit: int = 320) -> str:
    """The first two sentences of a summary (clipped), for a digest entry."""
    text = " ".join((text or "").split())
    if not text:
        return ""
    sents = split_sentences(text)
    if sents:
        text = " ".join(text[s.start:s.end].strip() for s in sents[:2])
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# --------------------------------------------------------------------------- view model


class Links:
    """Links to site pages: absolute from ``base_url``, else relative to ``from_page`` (warned)."""

    def __init__(self, config: Config, from_page: str | None = None) -> None:
        base = (config.base_url or "").strip()
        self.base = base.rstrip("/") + "/" if base else ""
        self.from_page = from_page

    def __call__(self, path: str) -> str:
        if self.from_page is not None:
            return posixpath.relpath(path, posixpath.dirname(self.from_page) or ".")
        return self.base + path


def translations(lang: str):
    from ..render.env import translations as _t

    return _t(lang)


_COUNT_IDS = {"article": ("%(num)d article", "%(num)d articles"),
              "source": ("%(num)d source", "%(num)d sources"),
              "story": ("%(num)d story", "%(num)d stories")}


def count_label(what: str, n: int, lang: str, config: Config) -> str:
    """"1 article" / "3 articles", "مقال واحد" / "مقالان" / "3 مقالات": the number with its noun in
    the plural form the language wants (gettext plural forms; Arabic has six)."""
    singular, plural = _COUNT_IDS[what]
    text = translations(lang).ngettext(singular, plural, n) % {"num": n}
    return filters.arabic_digits(text) if lang == "ar" and config.arabic_digits else text


_TOLD_NUMBER = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]|واحد")


def _fact_rank(n: NumberMention) -> int:
    if n.value == "1" and not _TOLD_NUMBER.search(n.text):
        return 3  # one person told by a bare noun ("عنصر", "امرأة"): a detail, not a key figure
    if n.role in phrasing()["key_number_roles"]:  # the human toll (english.yaml), the first key facts
        return 0
    if n.unit in (None, "people", "families"):
        return 1
    return 2


def _tells_outcome(n: NumberMention) -> bool:
    """Whether a count says what happened to what it counts, as the English briefing requires of a
    number sentence: a key role (killed, displaced...) or an outcome word in what it counts."""
    return n.role in phrasing()["key_number_roles"] or tells_outcome(n.counts or "")


def _key_facts(story: Story, by_id: dict[str, Article], lang: str) -> list[dict[str, Any]]:
    """Counted numbers reported by the story's articles (casualties, displaced...), one per value."""
    seen: set[tuple[str | None, str | None]] = set()
    out: list[dict[str, Any]] = []
    candidates = []
    for k, aid in enumerate(story.article_ids):
        a = by_id.get(aid)
        if a is None:
            continue
        for n in a.facts.numbers:
            if n.value is None or not (n.counts or n.role) or n.part_of is not None:
                continue  # a breakdown ("بينهم طفلان") is part of the count it breaks down
            if n.unit == "percent" and n.counts in (None, "percent"):
                continue  # "35 في المئة" alone: a share of nothing the reader is told is no key fact
            if n.unit in MEASURE_UNITS:
                continue  # a magnitude, a distance, a duration: context, not a key fact
            if not _tells_outcome(n):
                continue  # "more than 3,000 people", "two operations": says nothing of what happened
            candidates.append((_fact_rank(n), k, n.start, a, n))
    # the human toll first (killed, injured, displaced...), then other counts of people, then things;
    # within a rank, story order then text order
    for _rank, _k, _start, a, n in sorted(candidates, key=lambda c: c[:3]):
        key = (n.value, n.counts or n.role)
        if key in seen:
            continue
        seen.add(key)
        outlet = (a.outlet.name_ar or a.outlet.name_en) if lang == "ar" else (a.outlet.name_en or a.outlet.name_ar)
        if lang == "ar":
            # the count as written, and what happened to them when the words do not say it
            # ("أربعة مدنيين" + قتلى): the role's Arabic label is a UI string (msgctxt "role")
            role = translations("ar").pgettext("role", n.role) if n.role else None
            says = role is None or role == n.role or role in n.text or _names_outcome(n.text, n.role)
            text = n.text if says else f"{n.text} {role}"
        else:  # as the English briefing words a count: "about 120,000 people displaced", "one vehicle destroyed"
            text = count_phrase(n, with_outcome=True) or plain_count(n)
        if not text.strip():
            continue
        out.append({"text": text, "outlet": outlet})
        if len(out) >= MAX_FACTS:
            return out
    return out


def _names_outcome(text: str, role: str | None) -> bool:
    """Whether a count's own words already say what happened to what it counts: one of its words is a
    counted noun of that role in numbers.yaml ("49 وفاة", "56 مصابا": no "قتلى"/"جرحى" after them)."""
    if not role:
        return False
    words = role_nouns().get(role, frozenset())
    toks = norm(text).split()
    return any(" ".join(toks[i:i + k]) in words for k in (1, 2, 3) for i in range(len(toks)))


def _timeline(story: Story, lang: str, config: Config) -> list[dict[str, Any]]:
    entries = sorted(story.timeline, key=lambda t: (t.date or t.not_after or "9999", t.type))
    # Prefer entries that several sources confirm, then keep time order.
    ranked = sorted(range(len(entries)), key=lambda i: (-entries[i].independent_sources, i))[:MAX_TIMELINE]
    out = []
    for i in sorted(ranked):
        t = entries[i]
        out.append({"date": show_date(t.date or t.not_after, lang, config), "iso": t.date,
                    "text": (t.text_ar or t.text_en) if lang == "ar" else (t.text_en or t.text_ar),
                    "sources": t.independent_sources,
                    "sources_label": count_label("source", t.independent_sources, lang, config)})
    return out


def _conflicts(story: Story, lang: str, outlet_names: dict[str, str], config: Config) -> list[dict[str, Any]]:
    out = []
    for t in story.timeline:
        for c in t.conflicts:
            sides = []
            for side in c.sides:
                outlet = str(side.get("outlet") or "")
                sides.append({"outlet": outlet_names.get(outlet, outlet), "text": str(side.get("text") or ""),
                              "value": "" if side.get("value") is None else str(side.get("value"))})
            desc, in_lang = conflict_text(c, lang, config)
            # which timeline entry the sources disagree on: the digest may not list that entry
            event = (t.text_ar or t.text_en) if lang == "ar" else (t.text_en or t.text_ar)
            out.append({"kind": c.kind, "event": event or "", "description": desc, "in_lang": in_lang,
                        "sides": sides})
    return out


def _article_item(a: Article, lang: str, config: Config, link: Links) -> dict[str, Any]:
    return {"title": (a.title or a.id) if lang == "ar" else (a.title_en or a.title or a.id),
            "title_is_ar": lang == "en" and not a.title_en,
            "outlet": (a.outlet.name_ar or a.outlet.name_en) if lang == "ar" else (a.outlet.name_en or a.outlet.name_ar),
            "date": show_date(a.published, lang, config),
            "summary": two_lines(a.summary.ar if lang == "ar" else (a.summary.en or a.summary.ar)),
            "href": link(page_path("article", lang, a.id))}


def digest_view(site: Site, week: Week, lang: str, config: Config, link: Links) -> dict[str, Any]:
    """Everything a digest template shows for ``week`` in ``lang`` (no HTML here)."""
    by_id = {a.id: a for a in site.articles}
    in_week = {a.id for a in site.articles if week.contains(a.published)}
    stories = [s for s in site.stories if any(i in in_week for i in s.article_ids)]
    stories.sort(key=lambda s: (-len(s.outlet_ids), -len(s.article_ids), s.id))
    storied = {i for s in stories for i in s.article_ids}
    names: dict[str, str] = {}
    for a in site.articles:
        o = a.outlet
        shown = (o.name_ar or o.name_en) if lang == "ar" else (o.name_en or o.name_ar)
        if o.id and shown:
            names.setdefault(o.id, shown)
    items = []
    for s in stories:
        title = s.title_ar if lang == "ar" else (s.title_en or s.title_ar)
        summary = s.summary.ar if lang == "ar" else (s.summary.en or s.summary.en_facts)
        outlets = []
        for i in s.article_ids:
            a = by_id.get(i)
            if a is not None:
                name = (a.outlet.name_ar or a.outlet.name_en) if lang == "ar" else (a.outlet.name_en or a.outlet.name_ar)
                if name and name not in outlets:
                    outlets.append(name)
        items.append({
            "id": s.id, "title": title or s.id, "summary": two_lines(summary),
            "generated": lang == "en" and s.summary.en_generated and bool(summary),
            "articles": len(s.article_ids), "articles_label": count_label("article", len(s.article_ids), lang, config),
            "outlets": outlets,
            "first": show_date(s.first_published, lang, config), "last": show_date(s.last_published, lang, config),
            "facts": _key_facts(s, by_id, lang), "timeline": _timeline(s, lang, config),
            "conflicts": _conflicts(s, lang, names, config), "href": link(page_path("story", lang, s.id)),
        })
    week_articles = sorted((a for a in site.articles if a.id in in_week),
                           key=lambda a: (a.published or "", a.id), reverse=True)
    others = [_article_item(a, lang, config, link) for a in week_articles if a.id not in storied]
    ui = ui_strings(lang)
    site_title = clean_header(config.title_ar if lang == "ar" else config.title_en)
    range_text = f"{show_date(week.start.isoformat(), lang, config)} – {show_date(week.end.isoformat(), lang, config)}"
    return {
        "lang": lang, "dir": "rtl" if lang == "ar" else "ltr", "align": "right" if lang == "ar" else "left",
        "ui": ui, "site_title": site_title, "week": week.label, "range": range_text,
        "stories": items, "others": others[:MAX_OTHER_ARTICLES], "others_total": len(others),
        "no_stories": not items and bool(others), "empty": not week_articles,
        "article_count": len(week_articles),
        "home": link("index.html" if lang == "ar" else "en/index.html"),
        "archive": link(f"digests/{week.label}.html" if lang == "ar" else f"en/digests/{week.label}.html"),
        "search": link("search.html" if lang == "ar" else "en/search.html"),
        "data": link("data.html" if lang == "ar" else "en/data.html"),
        "subject": subject(config, week, lang),
    }


def subject(config: Config, week: Week, lang: str) -> str:
    """Built from the configured title and the week only: no article text ever reaches a header."""
    title = clean_header(config.title_ar if lang == "ar" else config.title_en)
    if lang == "ar":
        return clean_header(f"{title}: {ui_strings('ar')['digest']} {week.label}")
    return clean_header(f"{title}: {ui_strings('en')['digest']} {week.label}")


# --------------------------------------------------------------------------- rendering


@dataclass(frozen=True)
class Digest:
    week: str
    lang: str
    subject: str
    html: str
    text: str


def _env() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["iso"] = isolate
    env.filters["isotext"] = isolate_text
    return env


_ENV: jinja2.Environment | None = None


def env() -> jinja2.Environment:
    global _ENV
    if _ENV is None:
        _ENV = _env()
    return _ENV


def _text_env() -> jinja2.Environment:
    e = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=False,
                           undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                           keep_trailing_newline=True)
    e.filters["isotext"] = isolate_text
    return e


_TEXT_ENV: jinja2.Environment | None = None


def _finish_text(text: str, lang: str) -> str:
    lines = [ln.rstrip() for ln in text.splitlines()]
    out: list[str] = []
    for ln in lines:
        if not ln and out and not out[-1]:
            continue  # at most one blank line
        out.append(f"{RLM}{ln}" if (lang == "ar" and ln) else ln)
    return "\n".join(out).strip("\n") + "\n"


def render_digest(site: Site, week: Week | str, lang: str, config: Config) -> Digest:
    """The digest for ``week`` in ``lang``: subject, inlined HTML and plain text."""
    import css_inline

    global _TEXT_ENV
    wk = parse_week(week) if isinstance(week, str) else week
    if not (config.base_url or "").strip():
        log.warning("digest: config.base_url is empty; links in the email are relative and will not work "
                    "from a mail client (set base_url in briefing.yml)")
    view = digest_view(site, wk, lang, config, Links(config))
    html = env().get_template("email/digest.html").render(**view)
    inliner = css_inline.CSSInliner(keep_at_rules=True, load_remote_stylesheets=False)
    html = inliner.inline(html)
    if _TEXT_ENV is None:
        _TEXT_ENV = _text_env()
    text = _finish_text(_TEXT_ENV.get_template("email/digest.txt").render(**view), lang)
    return Digest(week=wk.label, lang=lang, subject=view["subject"], html=html, text=text)


# --------------------------------------------------------------------------- email


def _address(raw: str) -> Address:
    name, addr = parseaddr(clean_header(raw))
    if "@" not in addr:
        raise ValueError(f"not an email address: {raw!r}")
    user, domain = addr.rsplit("@", 1)
    return Address(display_name=clean_header(name), username=user, domain=domain)


def build_message(digest: Digest, config: Config, generated: str | None = None) -> EmailMessage:
    """A multipart/alternative UTF-8 message (text first, HTML preferred by clients)."""
    msg = EmailMessage()
    sender = _address(config.smtp.sender)
    msg["Subject"] = clean_header(digest.subject)
    msg["From"] = sender
    rcpts = [_address(r) for r in config.smtp.recipients]
    msg["To"] = rcpts if rcpts else "undisclosed-recipients:;"
    when = None
    if generated:
        try:
            when = _dt.datetime.fromisoformat(generated)
        except ValueError:
            when = None
    if when is not None:
        if when.tzinfo is None:
            when = when.replace(tzinfo=_dt.UTC)
        msg["Date"] = format_datetime(when)
    ident = hashlib.sha256(f"{digest.week}|{digest.lang}|{digest.html}".encode()).hexdigest()[:16]
    msg["Message-ID"] = f"<briefing-digest-{digest.week}-{digest.lang}-{ident}@{sender.domain}>"
    msg["Content-Language"] = digest.lang
    msg.set_content(digest.text, subtype="plain", charset="utf-8")
    msg.add_alternative(digest.html, subtype="html", charset="utf-8")
    msg.set_boundary(f"briefing-{ident}")  # deterministic .eml files (same input, same bytes)
    return msg


def write_digests(site: Site, week: str, config: Config, lang: str = "both",
                  out_dir: Path | None = None) -> list[tuple[Path, EmailMessage]]:
    """Render and write ``<week>.<lang>.eml`` for each requested language; returns (path, message)."""
    wk = parse_week(week)
    langs = list(LANGS) if lang == "both" else [lang]
    if any(lg not in LANGS for lg in langs):
        raise ValueError(f"--lang must be ar, en or both, not {lang!r}")
    out = Path(out_dir) if out_dir is not None else config.resolve(Path("digests"))
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for lg in langs:
        msg = build_message(render_digest(site, wk, lg, config), config, site.generated)
        path = out / f"{wk.label}.{lg}.eml"
        path.write_bytes(msg.as_bytes(policy=SMTP_POLICY))
        written.append((path, msg))
    return written


def send_digests(messages: Iterable[EmailMessage], config: Config, timeout: float = 30.0) -> int:
    """Deliver through ``config.smtp``; credentials only from the environment. Returns messages sent."""
    smtp = config.smtp
    if not smtp.recipients:
        raise ValueError("smtp.recipients is empty in briefing.yml: nobody to send the digest to")
    user = os.environ.get(smtp.username_env or "", "")
    password = os.environ.get(smtp.password_env or "", "")
    sent = 0
    with smtplib.SMTP(smtp.host, smtp.port, timeout=timeout) as conn:
        conn.ehlo()
        if smtp.starttls:
            conn.starttls()
            conn.ehlo()
        if user:
            conn.login(user, password)
        for msg in messages:
            conn.send_message(msg, from_addr=_address(smtp.sender).addr_spec,
                              to_addrs=[_address(r).addr_spec for r in smtp.recipients])
            sent += 1
    return sent


def write_digest_pdf(digest: Digest, path: Path) -> Path | None:
    """A PDF of the digest when weasyprint is installed (optional extra); None otherwise."""
    try:
        import weasyprint  # type: ignore[import-not-found]
    except ImportError:
        return None
    weasyprint.HTML(string=digest.html).write_pdf(str(path))
    return path


# --------------------------------------------------------------------------- archive pages on the site


def render_digest_pages(site: Site, docs_dir: Path, config: Config, weeks: Sequence[str] | None = None,
                        sink: Any = None, run: bool = True) -> int:
    """Write ``digests/<week>.ar.md``/``.en.md`` and ``digests/index.*.md``; returns pages written.

    With a ``sink`` (``render.PageSink``) a week page whose inputs did not change since the last
    build (its articles, the stories they are in and those stories' articles, the outlet names,
    templates, code and configuration) is not rendered again. ``run=False`` leaves the week pages
    in the sink for the caller's ``sink.run()``.
    """
    from ..memo import code_fingerprint, digest
    from ..render import PageSink

    sink = sink if sink is not None else PageSink()
    docs_dir = Path(docs_dir)
    labels = list(weeks) if weeks is not None else site_weeks(site)
    labels = sorted({parse_week(w).label for w in labels}, reverse=True)
    by_week: dict[str, list[Article]] = {}
    for a in site.articles:
        w = week_of(a.published)
        if w is not None:
            by_week.setdefault(w, []).append(a)
    stories_of: dict[str, list[Story]] = {}
    for st in site.stories:
        for i in st.article_ids:
            stories_of.setdefault(i, []).append(st)
    art_digest = {a.id: digest(a) for a in site.articles}
    names = sorted({(a.outlet.id, a.outlet.name_ar, a.outlet.name_en) for a in site.articles if a.outlet.id},
                   key=lambda t: tuple(x or "" for x in t))
    base = digest((code_fingerprint("publish/digest.py", "render/*.py", "locale/**/*.po"),
                   _templates_fingerprint(), config, names))
    written = 0
    for lang in LANGS:
        prefix = "" if lang == "ar" else "en/"
        rows = []
        for label in labels:
            wk = parse_week(label)
            in_week = by_week.get(label, [])
            touched = {st.id: st for a in in_week for st in stories_of.get(a.id, [])}
            storied = {i for st in touched.values() for i in st.article_ids}
            fp = digest((base, lang, label, sorted(art_digest[a.id] for a in in_week),
                         sorted(digest(st) for st in touched.values()),
                         sorted(art_digest.get(i, "") for i in storied)))

            def make(label: str = label, wk: Week = wk, lang: str = lang, prefix: str = prefix) -> None:
                page = f"{prefix}digests/{label}.html"
                view = digest_view(site, wk, lang, config, Links(config, from_page=page))
                view["twin"] = posixpath.relpath(f"{'en/' if lang == 'ar' else ''}digests/{label}.html",
                                                 posixpath.dirname(page))
                view["index"] = "index.html"
                html = env().get_template("email/digest_page.html").render(**view)
                write_page(docs_dir, f"digests/{label}.{lang}.md", f"{view['ui']['digest']} {label}", html)

            sink.add(f"digests/{label}.{lang}.md", fp, make)
            written += 1
            rows.append({"week": label, "href": f"{label}.html",
                         "range": f"{show_date(wk.start.isoformat(), lang, config)} – "
                                  f"{show_date(wk.end.isoformat(), lang, config)}",
                         "stories": len(touched), "articles": len(in_week),
                         "stories_label": count_label("story", len(touched), lang, config),
                         "articles_label": count_label("article", len(in_week), lang, config)})
        ui = ui_strings(lang)
        html = env().get_template("email/digest_index.html").render(
            lang=lang, dir="rtl" if lang == "ar" else "ltr", align="right" if lang == "ar" else "left",
            ui=ui, weeks=rows)
        write_page(docs_dir, f"digests/index.{lang}.md", ui["index"], html)
        written += 1
    env().get_template("email/digest_page.html")  # compiled once here, not in every worker
    if run:
        sink.run()
    return written


def _templates_fingerprint() -> str:
    h = hashlib.sha256()
    for f in sorted(TEMPLATES.glob("**/*")):
        if f.is_file():
            h.update(f.relative_to(TEMPLATES).as_posix().encode())
            h.update(f.read_bytes())
    return h.hexdigest()
