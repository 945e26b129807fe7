"""Resolve an outlet from what a user or an article says about it.

The outlet table is data (``data/outlets.yaml``); a project may add a ``outlets.yaml`` of its
own. Resolution is by id, Arabic or English name, alias or web domain, after normalisation,
so "الجزيرة نت", "Al Jazeera" and "aljazeera.net" are one outlet. An unknown name is kept as
written (``id`` derived from it) rather than dropped: the user's metadata is never lost.
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from pathlib import Path


from .yamlio import load_yaml
from .models import Outlet
from .nlp.normalise import norm

DATA = Path(__file__).parent / "data"


def _key(s: str) -> str:
    s = norm(s).lower().strip()
    s = re.sub(r"^(https?://)?(www\.)?", "", s).split("/")[0] if ("." in s and " " not in s) else s
    return re.sub(r"[\s\-_.]+", " ", s).strip()


class OutletTable:
    def __init__(self, rows: list[dict]) -> None:
        self.by_key: dict[str, Outlet] = {}
        self.outlets: list[Outlet] = []
        self.aliases: dict[str, list[str]] = {}
        for row in rows:
            o = Outlet(id=row["id"], name_ar=row.get("name_ar"), name_en=row.get("name_en"),
                       domain=row.get("domain"), month_style=row.get("month_style"))
            self.outlets.append(o)
            names = [row["id"], row.get("name_ar"), row.get("name_en"), row.get("domain"),
                     *(row.get("aliases") or [])]
            self.aliases[o.id] = [n for n in names if n]
            for n in names:
                if n:
                    self.by_key.setdefault(_key(str(n)), o)

    @classmethod
    def load(cls, extra: list[Path] | None = None) -> "OutletTable":
        rows = list(_builtin_rows())
        for p in extra or []:
            if p.is_file():
                rows = (load_yaml(p.read_text(encoding="utf-8")) or []) + rows
        return cls(rows)

    def resolve(self, name: str | None) -> Outlet | None:
        if not name or not str(name).strip():
            return None
        o = self.by_key.get(_key(str(name)))
        if o:
            return o
        name = str(name).strip()
        is_ar = bool(re.search(r"[\u0600-\u06ff]", name))
        slug = "" if is_ar else re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
        if not slug:  # Arabic or symbol-only names get a stable hashed id
            slug = "outlet-" + hashlib.sha1(_key(name).encode()).hexdigest()[:8]
        return Outlet(id=slug, name_ar=name if is_ar else None, name_en=None if is_ar else name)


@lru_cache(maxsize=1)
def _builtin_rows() -> tuple[dict, ...]:
    """outlets.yaml, then the news media and agencies of the gazetteer that it lacks (a sidecar's
    "outlet: Al-Mada" must find المدى as well as "outlet: Al Jazeera" finds الجزيرة); the table
    resolves by first row, so outlets.yaml wins where both name an outlet."""
    rows = list(load_yaml((DATA / "outlets.yaml").read_text(encoding="utf-8")))
    return tuple(rows + _media_rows({r["id"] for r in rows}))


def _media_rows(known_ids: set[str]) -> list[dict]:
    media = load_yaml((DATA / "gazetteer" / "media.yaml").read_text(encoding="utf-8")) or {}
    defaults = media.get("defaults") or {}
    styles = load_yaml((DATA / "month_styles.yaml").read_text(encoding="utf-8")) or {}
    style_of = {country: style for style, countries in styles.items() for country in countries}
    rows = []
    for e in media.get("entries") or []:
        kind = e.get("kind", defaults.get("kind"))
        if kind not in ("media", "agency") or e.get("id") in known_ids:
            continue
        rows.append({"id": e["id"], "name_ar": e.get("name_ar"), "name_en": e.get("name_en"),
                     "aliases": list(e.get("aliases") or []),
                     "month_style": style_of.get(e.get("country"), "egyptian")})
    return rows
