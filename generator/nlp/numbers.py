"""Number mentions (placeholder until the full extractor lands)."""
from __future__ import annotations

from ..models import NumberMention
from .normalise import Normalised


def extract_numbers(text: str, nt: Normalised) -> list[NumberMention]:
    return []
