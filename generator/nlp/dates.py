"""Date mentions (placeholder until the full extractor lands)."""
from __future__ import annotations

import datetime as _dt

from ..models import DateMention
from .normalise import Normalised


def extract_dates(text: str, nt: Normalised, published: _dt.date | None) -> list[DateMention]:
    return []
