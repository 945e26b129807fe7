"""The default, offline backend: the English of an article is its facts briefing.

It cannot translate free text; ``summarise`` asks the briefing generator instead
(``generator.briefing_en``). Registered so that ``translation.backend: facts`` is a backend like
any other and the registry lists it.
"""
from __future__ import annotations

from ..config import Config
from .base import TranslationError, register


class FactsTranslator:
    name = "facts"
    translates_text = False

    def translate(self, texts: list[str], src: str = "ar", dst: str = "en") -> list[str]:
        raise TranslationError("the facts backend generates English from extracted facts and does not "
                               "translate free text; set translation.backend to openai or argos")


@register("facts")
def _factory(config: Config) -> FactsTranslator:
    return FactsTranslator()
