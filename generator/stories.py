"""Stories across outlets (placeholder: one story per manual `story:` key; full version in issue 4)."""
from __future__ import annotations

from .config import Config
from .models import Article, Story


def build_stories(articles: list[Article], config: Config) -> list[Story]:
    return []
