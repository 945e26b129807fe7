"""The translation interface: a protocol, an error type, and a registry of backends by name.

Backends register the way a third party would (``@register("name")`` on a factory taking the
``Config``), and the build picks one by ``translation.backend``. Every backend translates a
*list* of texts so that remote ones can batch and the cache can skip what it already knows.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, runtime_checkable

from ..config import Config


class TranslationError(Exception):
    """A translation could not be made; the message says what to do about it."""


@runtime_checkable
class Translator(Protocol):
    name: str

    def translate(self, texts: list[str], src: str = "ar", dst: str = "en") -> list[str]:
        """One translation per input text, in order."""
        ...


Factory = Callable[[Config], Translator]
_REGISTRY: dict[str, Factory] = {}


def register(name: str) -> Callable[[Factory], Factory]:
    def deco(factory: Factory) -> Factory:
        _REGISTRY[name] = factory
        return factory
    return deco


def backends() -> list[str]:
    return sorted(_REGISTRY)


def create(config: Config) -> Translator:
    """The bare backend named by ``config.translation.backend`` (no cache)."""
    name = config.translation.backend
    if name not in _REGISTRY:
        raise TranslationError(f"unknown translation backend {name!r} (known: {', '.join(backends())})")
    return _REGISTRY[name](config)
