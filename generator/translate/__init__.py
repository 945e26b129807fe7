"""Translation backends behind one small interface, with a persistent cache.

    translator = get_translator(config)        # by config.translation.backend, cached
    translator.translate(["..."], src="ar", dst="en")

Built-ins: ``facts`` (default, offline: English generated from the facts, see briefing_en),
``openai`` (any OpenAI-compatible chat endpoint), ``argos`` (offline Argos Translate).
A third party adds one with ``@register("name")`` on a factory taking the Config.
"""
from __future__ import annotations

from ..config import Config
from . import argos as _argos  # noqa: F401  (registers "argos")
from . import facts as _facts  # noqa: F401  (registers "facts")
from . import openai as _openai  # noqa: F401  (registers "openai")
from .base import TranslationError, Translator, backends, create, register
from .cache import CachedTranslator, TranslationCache


def get_translator(config: Config) -> Translator:
    """The configured backend; text backends are wrapped in the persistent cache."""
    inner = create(config)
    if not getattr(inner, "translates_text", True):
        return inner
    cache = TranslationCache(config.cache_path / "translations")
    tc = config.translation
    return CachedTranslator(inner, cache, tc.model, tc.base_url if tc.backend == "openai" else None)


__all__ = [
    "CachedTranslator",
    "TranslationCache",
    "TranslationError",
    "Translator",
    "backends",
    "create",
    "get_translator",
    "register",
]
