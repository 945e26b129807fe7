"""Entities from bilingual gazetteers (placeholder until the full extractor lands)."""
from __future__ import annotations

from pathlib import Path

from ..models import Entity
from .normalise import Normalised


class Gazetteer:
    """Bilingual gazetteer: Arabic aliases -> canonical id, type and English name."""

    def __init__(self, entries: list[dict] | None = None) -> None:
        self.entries = entries or []

    @classmethod
    def load(cls, extra: list[Path] | None = None) -> "Gazetteer":
        return cls([])


def extract_entities(text: str, nt: Normalised, gazetteer: Gazetteer) -> list[Entity]:
    return []
