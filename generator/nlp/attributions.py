"""Attributions (placeholder until the full extractor lands)."""
from __future__ import annotations

from ..models import Attribution, Entity, Sentence
from .entities import Gazetteer
from .normalise import Normalised


def extract_attributions(text: str, nt: Normalised, sentences: tuple[Sentence, ...],
                         entities: list[Entity], gazetteer: Gazetteer) -> list[Attribution]:
    return []
