"""Article metadata from front matter, sidecar files, JSON objects, HTML meta tags and the text.

Every reader hands its metadata mapping(s) to ``coerce_fields`` and the decoded body to
``finish_article``; so the checks are the same whatever the file type: wrong types become one
warning each (the field is ignored, the article is kept), dates are normalised to ISO strings and
checked for plausibility, and the outlet is taken from the text only when the text names a known
outlet in a recognised way (data/source_lines.yaml). Nothing is invented: what is not found
stays ``None`` / ``UNKNOWN_OUTLET``, and ``metadata_basis`` records where each value came from.
"""
from __future__ import annotations

import datetime as _dt
import re
import weakref
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable


from ..yamlio import load_yaml
from ..config import build_time
from ..models import UNKNOWN_OUTLET, Outlet
from ..nlp.normalise import norm
from ..outlets import OutletTable

DATA = Path(__file__).resolve().parent.parent / "data" / "source_lines.yaml"

KNOWN_KEYS = ("title", "outlet", "published", "url", "lang", "author", "story", "tags")
_LANG = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")


@dataclass
class Fields:
    """Validated metadata from one source (front matter, sidecar, JSON object, HTML head)."""

    label: str  # "front matter", "sidecar x.yml", "html: og:site_name", ...
    values: dict[str, Any] = field(default_factory=dict)
    basis: dict[str, str] = field(default_factory=dict)  # key -> basis label when it differs


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return load_yaml(DATA.read_text(encoding="utf-8")) or {}


# --------------------------------------------------------------------------- dates


def parse_published(value: Any) -> tuple[str | None, str | None]:
    """(ISO string, problem) for a publication date given as YAML date/datetime or a string."""
    if value is None or value == "":
        return None, None
    if isinstance(value, bool) or not isinstance(value, (str, _dt.date)):
        return None, f"published: expected a date like 2017-11-08, got {_show(value)}; ignored"
    parsed: _dt.date | _dt.datetime
    if isinstance(value, _dt.date):
        parsed = value
    else:
        s = value.strip()
        try:
            parsed = _dt.date.fromisoformat(s) if len(s) <= 10 else _dt.datetime.fromisoformat(s)
        except ValueError:
            try:
                parsed = _dt.datetime.fromisoformat(s)
            except ValueError:
                return None, f"published: {s!r} is not an ISO date (e.g. 2017-11-08 or 2017-11-08T10:30:00+03:00); ignored"
    problem = _implausible(parsed)
    if problem:
        return None, problem
    if isinstance(parsed, _dt.datetime):
        return parsed.isoformat(), None
    return parsed.isoformat(), None


def _implausible(d: _dt.date) -> str | None:
    """A wrong date would poison relative-date resolution ("yesterday"), so refuse it."""
    day = d.date() if isinstance(d, _dt.datetime) else d
    if day.year < 1900:
        return f"published: {d.isoformat()} is before 1900; ignored"
    now = build_time()
    limit = now + _dt.timedelta(days=1)
    if isinstance(d, _dt.datetime):
        aware = d if d.tzinfo else d.replace(tzinfo=_dt.timezone.utc)
        future = aware > limit
    else:
        future = day > limit.date()
    if future:
        return f"published: {d.isoformat()} is in the future (build date {now.date().isoformat()}); ignored"
    return None


# --------------------------------------------------------------------------- field coercion


def _show(v: Any) -> str:
    kind = {list: "a list", dict: "a mapping", bool: "true/false", int: "a number", float: "a number"}
    return f"{kind.get(type(v), type(v).__name__)} ({v!r})" if not isinstance(v, str) else repr(v)


def _scalar_text(v: Any) -> str | None:
    if isinstance(v, bool) or v is None:
        return None
    if isinstance(v, (str, int, float)):
        s = str(v).strip()
        return s or None
    return None


def coerce_fields(raw: dict[str, Any], label: str, outlets: OutletTable,
                  warn: Callable[[str], None], *, warn_unknown: bool = True,
                  aliases: dict[str, str] | None = None) -> Fields:
    """Validate a metadata mapping. Wrong types -> ``warn`` (field ignored), never an exception."""
    out = Fields(label=label)
    aliases = aliases or {}
    seen: dict[str, Any] = {}
    for key, value in raw.items():
        k = aliases.get(str(key), str(key))
        if k not in KNOWN_KEYS:
            if warn_unknown:
                warn(f"{label}: unknown key {key!r} ignored (known: {', '.join(KNOWN_KEYS)})")
            continue
        if k in seen:
            continue  # the canonical key (listed first) wins over an alias
        seen[k] = value
    for k, value in seen.items():
        if value is None:
            continue
        where = f"{label}: {k}"
        if k in ("title", "author", "story", "url"):
            if k == "author" and isinstance(value, list) and all(_scalar_text(v) for v in value):
                out.values[k] = ", ".join(_scalar_text(v) or "" for v in value)
                continue
            s = _scalar_text(value)
            if s is None:
                if value != "":
                    warn(f"{where}: expected text, got {_show(value)}; ignored")
                continue
            out.values[k] = s
        elif k == "lang":
            s = _scalar_text(value)
            if s is None or not _LANG.match(s):
                warn(f"{where}: expected a language code like ar or en, got {_show(value)}; using ar")
                continue
            out.values[k] = s.lower()
        elif k == "tags":
            if isinstance(value, str):
                out.values[k] = tuple(t.strip() for t in re.split(r"[,،]", value) if t.strip())
            elif isinstance(value, list) and all(_scalar_text(t) for t in value):
                out.values[k] = tuple(_scalar_text(t) or "" for t in value)
            else:
                warn(f"{where}: expected a list of words, got {_show(value)}; ignored")
        elif k == "published":
            iso, problem = parse_published(value)
            if problem:
                warn(f"{label}: {problem}")
            if iso:
                out.values[k] = iso
        elif k == "outlet":
            o = resolve_outlet(value, outlets)
            if o is None:
                warn(f"{where}: expected an outlet name or id, got {_show(value)}; ignored")
                continue
            out.values[k] = o
    return out


def resolve_outlet(value: Any, outlets: OutletTable) -> Outlet | None:
    """An outlet named by the user (name, alias, id, domain, or a mapping with any of them).

    Unknown names are kept as written (``OutletTable.resolve`` derives an id): the user's
    metadata is never lost, unlike names guessed from the text, which must be known.
    """
    if isinstance(value, dict):
        for key in ("id", "name_ar", "name_en", "name", "domain"):
            s = _scalar_text(value.get(key))
            if s:
                o = outlets.resolve(s)
                if o is not None and o.id in outlets.aliases:
                    return o
        name = next((_scalar_text(value.get(k)) for k in ("name_ar", "name_en", "name", "id")
                     if _scalar_text(value.get(k))), None)
        return outlets.resolve(name) if name else None
    s = _scalar_text(value)
    return outlets.resolve(s) if s else None


# --------------------------------------------------------------------------- title


def title_from_first_line(body: str) -> str | None:
    """The first non-blank line, when it reads like a headline (short, not a sentence).

    The line stays in the body (offsets must not move); only its text is copied into ``title``.
    """
    conf = _data().get("title_line") or {}
    lines = [ln.strip() for ln in body.splitlines()]
    nonblank = [ln for ln in lines if ln]
    if len(nonblank) < 2:
        return None  # a one-line text is an article, not a headline
    first = nonblank[0]
    if len(first.split()) > int(conf.get("max_words", 20)) or len(first) > int(conf.get("max_chars", 200)):
        return None
    tail = first.rstrip("".join(conf.get("ignore_at_end") or ['"', "»", ")"]))
    if not tail or tail.endswith(tuple(conf.get("not_title_endings") or [".", "!", "?", "؟", ":"])):
        return None
    return first


# --------------------------------------------------------------------------- outlet in the text


@dataclass(frozen=True)
class _Rule:
    label: str
    where: tuple[str, int]
    regex: re.Pattern[str]
    noal: bool


@lru_cache(maxsize=8)
def _rules(names: tuple[str, ...]) -> tuple[_Rule, ...]:
    def alternation(ns: list[str]) -> str:
        uniq = sorted(set(ns), key=lambda n: (-len(n), n))
        return "(?P<outlet>" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in uniq) + r")(?!\w)"

    full = alternation(list(names))
    noal = alternation([n[2:] for n in names if n.startswith("ال") and len(n) > 4])
    rules = []
    for row in _data().get("outlet_self_references") or []:
        where = row.get("where") or "anywhere"
        if isinstance(where, dict):
            (kind, n), = where.items()
            w = (str(kind), int(n))
        else:
            w = ("anywhere", 0)
        pat = norm(str(row["pattern"]))
        uses_noal = "{outlet_noal}" in pat
        pat = pat.replace("{outlet_noal}", noal).replace("{outlet}", full)
        rules.append(_Rule(str(row.get("label") or "text"), w, re.compile(pat, re.M | re.I), uses_noal))
    return tuple(rules)


_NAMES: "weakref.WeakKeyDictionary[OutletTable, tuple[str, ...]]" = weakref.WeakKeyDictionary()


def _outlet_names(outlets: OutletTable) -> tuple[str, ...]:
    """Names worth looking for in Arabic text: Arabic ones, and Latin ones of 4+ letters (short
    Latin aliases like "AP" or "RT" would match ordinary words). Computed once per table."""
    cached = _NAMES.get(outlets)
    if cached is None:
        cached = _NAMES[outlets] = _collect_names(outlets)
    return cached


def _collect_names(outlets: OutletTable) -> tuple[str, ...]:
    names: set[str] = set()
    for aliases in outlets.aliases.values():
        for n in aliases:
            n = norm(str(n)).strip()
            if re.search(r"[\u0600-\u06ff]", n) or (len(n) >= 4 and "." not in n):
                names.add(n)
    return tuple(sorted(names))


def outlet_from_text(body: str, outlets: OutletTable) -> tuple[Outlet, str] | None:
    """(outlet, basis) when the text names its own outlet in a recognised way, else None."""
    names = _outlet_names(outlets)
    if not names:
        return None
    text = norm(body)
    lines = [ln for ln in text.splitlines() if ln.strip()]
    for rule in _rules(names):
        kind, n = rule.where
        region = ("\n".join(lines[:n]) if kind == "first_lines"
                  else "\n".join(lines[-n:]) if kind == "last_lines" else text)
        m = rule.regex.search(region)
        if not m:
            continue
        name = ("ال" + m.group("outlet")) if rule.noal else m.group("outlet")
        o = outlets.resolve(name)
        if o is not None and o.id in outlets.aliases:
            return o, f"text: {rule.label}"
    return None


# --------------------------------------------------------------------------- merge


def merge(layers: list[Fields]) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """Values from the first layer that has each key (layers in priority order), with basis."""
    values: dict[str, Any] = {}
    basis: list[tuple[str, str]] = []
    for key in KNOWN_KEYS:
        for layer in layers:
            if key in layer.values:
                values[key] = layer.values[key]
                basis.append((key, layer.basis.get(key, layer.label)))
                break
    return values, basis


__all__ = ["Fields", "coerce_fields", "merge", "outlet_from_text", "parse_published",
           "resolve_outlet", "title_from_first_line", "UNKNOWN_OUTLET"]
