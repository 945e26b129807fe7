"""When an event happened, as far as the text says: the days a date value covers, and whether two
reports can be of one happening in time.

One place for these rules: the story timeline merges mentions with them, and the English
briefing groups a story's mentions with them, so that the two never disagree on whether "nine
bodies recovered" (undated, reported on 4 August) and "a man killed on 3 July" are one event.
"""
from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache
from typing import Any

UNDATED_SPAN_DAYS = 2  # an undated report is news of (at most) this many days before its publication


def publication_date(raw: Any) -> _dt.date | None:
    """The publication day of an article (a RawArticle: ``published`` is ISO or None); None when
    unknown or unreadable (nothing is guessed)."""
    if not raw.published:
        return None
    try:
        return _dt.date.fromisoformat(raw.published[:10])
    except ValueError:
        return None


def own_date(ev: Any) -> str | None:
    """An event's own date, from its sentence; None when only its article's publication day is known
    (an Event with ``date_basis`` "published")."""
    return ev.date if ev.date and ev.date_basis != "published" else None


@lru_cache(maxsize=1 << 14)
def granularity(value: str | None) -> str | None:
    """day | week | month | year of an ISO date value ("2017-11-08", "2017-W45", "2017-11", "2017")."""
    if not value:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return "day"
    if re.fullmatch(r"\d{4}-W\d{2}", value):
        return "week"
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return "month"
    if re.fullmatch(r"\d{4}", value):
        return "year"
    return None


@lru_cache(maxsize=1 << 14)
def date_range(value: str | None) -> tuple[_dt.date, _dt.date] | None:
    """First and last day a date value covers (day, ISO week, month, year). Cached: the timeline
    compares the same few date values for every pair of mentions it weighs."""
    g = granularity(value)
    try:
        if g == "day":
            d = _dt.date.fromisoformat(value)  # type: ignore[arg-type]
            return d, d
        if g == "week":
            y, w = value.split("-W")  # type: ignore[union-attr]
            d = _dt.date.fromisocalendar(int(y), int(w), 1)
            return d, d + _dt.timedelta(days=6)
        if g == "month":
            y, m = (int(x) for x in value.split("-"))  # type: ignore[union-attr]
            first = _dt.date(y, m, 1)
            nxt = _dt.date(y + (m == 12), m % 12 + 1, 1)
            return first, nxt - _dt.timedelta(days=1)
        if g == "year":
            return _dt.date(int(value), 1, 1), _dt.date(int(value), 12, 31)  # type: ignore[arg-type]
    except ValueError:
        return None
    return None


def dates_compatible(a: str | None, b: str | None) -> bool:
    """Unknown is compatible with anything; known dates must overlap (a day inside its week)."""
    if a is None or b is None:
        return True
    ra, rb = date_range(a), date_range(b)
    if ra is None or rb is None:
        return a == b
    return ra[0] <= rb[1] and rb[0] <= ra[1]


def same_time(date_a: str | None, pub_a: _dt.date | None, date_b: str | None, pub_b: _dt.date | None) -> bool:
    """Whether two reports can be of one happening in time: each is an event's own date (None when
    the text gives none) and its article's publication day.

    Dates must overlap. An undated report is news of the last UNDATED_SPAN_DAYS before its
    publication: two undated reports must be published within that many days of each other, and
    a dated one must fall in that window. This holds inside one article too: its undated
    headline is the news of the day, and a date weeks back is background ("since the killing of
    a citizen on 3 July"), not the date of the headline's nine bodies."""
    if date_a is None and date_b is None:
        return pub_a is None or pub_b is None or abs((pub_a - pub_b).days) <= UNDATED_SPAN_DAYS
    if date_a is None or date_b is None:
        dated, pub = (date_b, pub_a) if date_a is None else (date_a, pub_b)
        rng = date_range(dated)
        if pub is None or rng is None:
            return True
        return rng[0] <= pub and pub - _dt.timedelta(days=UNDATED_SPAN_DAYS) <= rng[1]
    return dates_compatible(date_a, date_b)
