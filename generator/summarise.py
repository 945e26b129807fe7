"""Summaries (placeholder; full version in issue 5)."""
from __future__ import annotations

from .config import Config
from .models import Article, Story


def summarise_all(articles: list[Article], stories: list[Story], config: Config):
    return articles, stories
