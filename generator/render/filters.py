"""Jinja2 filters for bilingual pages: dates (babel), digits, bidi isolation, safe URLs.

Why filters and not template logic: every page kind (article, story, index, home) formats dates
and mixed-direction runs the same way, and the rules (which month names an outlet uses, when to
show Arabic-Indic digits) are configuration, not layout. Every filter that returns ``Markup``
escapes its input first, so templates can never leak untrusted text unescaped.
"""
from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache
from urllib.parse import urlsplit

from babel.dates import format_date as _babel_format_date
from markupsafe import Markup, escape

# Babel locale per Arabic month-name style (DESIGN §3: ar_SY gives تشرين الثاني, ar_EG نوفمبر).
MONTH_LOCALES = {"levantine": "ar_SY", "egyptian": "ar_EG", "maghrebi": "ar_MA"}
DEFAULT_MONTH_STYLE = "egyptian"

_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

# A left-to-right run inside Arabic text: Latin letters or digits, possibly joined by the
# punctuation that keeps dates, numbers, URLs and names together (2017-11-08, 5%, 3/11, U.S.).
_LTR_RUN = re.compile(
    r"[A-Za-z0-9\u00C0-\u024F](?:[A-Za-z0-9\u00C0-\u024F.,:/%'’+\-–]*[A-Za-z0-9\u00C0-\u024F%])?"
    r"(?:\.?\s+[A-Za-z\u00C0-\u024F](?:[A-Za-z0-9\u00C0-\u024F.'’\-]*[A-Za-z0-9\u00C0-\u024F])?)*"
)


def month_style_for(outlet_style: str | None, config_style: str = "auto") -> str:
    """The month style to use: the config wins unless it is ``auto``, then the outlet's own."""
    if config_style and config_style != "auto":
        return config_style
    return outlet_style if outlet_style in MONTH_LOCALES else DEFAULT_MONTH_STYLE


def arabic_digits(text: str) -> str:
    """ASCII digits -> Arabic-Indic digits (babel never emits them, DESIGN §3)."""
    return str(text).translate(_ARABIC_INDIC)


def parse_iso(value: str | None) -> tuple[_dt.date | None, str | None]:
    """Parse an ISO date value of any granularity: (date, granularity) or (None, None).

    ``2017-11-08`` -> day, ``2017-11`` -> month, ``2017`` -> year; datetimes keep their day.
    Weeks (``2017-W45``) and anything else return (None, None): the caller shows them as written.
    """
    if not value:
        return None, None
    v = str(value).strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}([T ].*)?", v):
            return _dt.date.fromisoformat(v[:10]), "day"
        if re.fullmatch(r"\d{4}-\d{2}", v):
            return _dt.date(int(v[:4]), int(v[5:7]), 1), "month"
        if re.fullmatch(r"\d{4}", v):
            return _dt.date(int(v), 1, 1), "year"
    except ValueError:
        return None, None
    return None, None


def hijri_date(d: _dt.date, lang: str) -> str | None:
    """The Hijri (Umm al-Qura) date, e.g. ``19 صفر 1439 هـ``; None outside hijridate's range."""
    try:
        from hijridate import Gregorian

        h = Gregorian(d.year, d.month, d.day).to_hijri()
    except (ImportError, OverflowError, ValueError):
        return None
    if lang == "ar":
        return f"{h.day} {h.month_name('ar')} {h.year} هـ"
    return f"{h.day} {h.month_name('en')} {h.year} AH"


@lru_cache(maxsize=1 << 14)
def format_date(value: str | None, lang: str, month_style: str = DEFAULT_MONTH_STYLE, *,
                digits: bool = False, hijri: bool = False) -> str | None:
    """Format an ISO date for a reader in ``lang``; None when the value is unknown.

    Arabic pages use the month names of the outlet's region (or the configured style);
    English pages use English months; an ISO week reads "week of <Monday>". Other unparseable
    values are returned as written. Remembered: a site shows the same few hundred dates on
    thousands of pages, and babel parses its locale on every call.
    """
    d, gran = parse_iso(value)
    locale = MONTH_LOCALES.get(month_style, "ar_EG") if lang == "ar" else "en"
    if d is None and value and re.fullmatch(r"\d{4}-W\d{2}", str(value)):
        # an ISO week reads as the week of its Monday: "week of 30 October 2017"
        try:
            monday = _dt.date.fromisocalendar(int(value[:4]), int(value[6:]), 1)
        except ValueError:
            return str(value)
        day = _babel_format_date(monday, "d MMMM y", locale=locale)
        out = f"أسبوع {day}" if lang == "ar" else f"week of {day}"
        return arabic_digits(out) if lang == "ar" and digits else out
    if d is None:
        return str(value) if value else None
    pattern = {"day": "d MMMM y", "month": "MMMM y", "year": "y"}[gran or "day"]
    out = _babel_format_date(d, pattern, locale=locale)
    if hijri and gran == "day":
        h = hijri_date(d, lang)
        if h:
            out = f"{out} ({h})"
    if lang == "ar" and digits:
        out = arabic_digits(out)
    return out


def bidi(text: str | None, lang: str = "ar") -> Markup:
    """Escape ``text`` and isolate left-to-right runs inside right-to-left text with ``<bdi>``.

    In an RTL paragraph ``2017-11-08`` or ``U.S. Army`` would otherwise be reordered by the
    Unicode bidi algorithm (DESIGN §2 "Mixed-direction runs"). On LTR pages nothing is wrapped.
    """
    if text is None:
        return Markup("")
    s = str(text)
    if lang != "ar":
        return escape(s)
    return _bidi_rtl(s)


@lru_cache(maxsize=1 << 16)
def _bidi_rtl(s: str) -> Markup:
    """``bidi`` on an Arabic page, remembered: names, places and labels recur on every page."""
    return wrap_runs(s, _LTR_RUN, '<bdi dir="ltr">')


def wrap_runs(s: str, pattern: re.Pattern[str], open_tag: str) -> Markup:
    """Escape ``s`` and wrap every match of ``pattern`` in ``open_tag`` ... ``</bdi>``."""
    out: list[str] = []
    pos = 0
    for m in pattern.finditer(s):
        out.append(str(escape(s[pos:m.start()])))
        out.append(f"{open_tag}{escape(m.group())}</bdi>")
        pos = m.end()
    out.append(str(escape(s[pos:])))
    return Markup("".join(out))


def ltr(text: str | None) -> Markup:
    """Escape and mark a whole value as left-to-right (ISO dates, numbers, ids)."""
    if text is None:
        return Markup("")
    return Markup('<bdi dir="ltr">%s</bdi>') % str(text)


def safe_url(url: str | None) -> str | None:
    """Keep only absolute http(s) URLs; anything else (``javascript:``, ``data:``) is dropped."""
    if not url:
        return None
    u = str(url).strip()
    if any(ord(c) < 32 for c in u):
        return None
    try:
        parts = urlsplit(u)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return u


def meta_title(text: str | None) -> str:
    """A page title safe for mkdocs/Material chrome, which prints ``page.title`` unescaped.

    Material writes ``{{ page.title }}`` raw in the header and ``page.title | striptags`` (which
    un-escapes entities) in ``<title>``: so angle brackets are replaced by look-alikes and the
    rest HTML-escaped. The page body shows the real title, escaped by Jinja2.
    """
    s = " ".join(str(text or "").split())
    s = s.replace("<", "‹").replace(">", "›")
    return str(escape(s))
