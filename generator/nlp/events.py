"""Event frames (placeholder until the full extractor lands)."""
from __future__ import annotations

import datetime as _dt

from ..models import Attribution, DateMention, Entity, Event, Sentence
from .entities import Gazetteer
from .normalise import Normalised


def extract_events(text: str, nt: Normalised, sentences: tuple[Sentence, ...], entities: list[Entity],
                   dates: list[DateMention], attributions: list[Attribution],
                   published: _dt.date | None, gazetteer: Gazetteer) -> list[Event]:
    return []
