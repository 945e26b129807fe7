"""Argos Translate, offline, with a locally installed Arabic->English package (extra ``argos``).

No model is downloaded at build time: the package must already be installed with ``argospm``.
When the library or the language package is missing the error says which command installs it.
"""
from __future__ import annotations

from ..config import Config
from .base import TranslationError, register

MISSING_LIB = ("the argos translation backend needs the argostranslate package: "
               "pip install briefing[argos]")
MISSING_PKG = ("argostranslate has no {src}->{dst} language package installed: "
               "argospm update && argospm install translate-{src}_{dst}")


def _load(src: str, dst: str):
    try:
        from argostranslate import translate as argos_translate  # type: ignore[import-not-found]
    except ImportError:
        raise TranslationError(MISSING_LIB) from None
    langs = {lang.code: lang for lang in argos_translate.get_installed_languages()}
    if src not in langs or dst not in langs:
        raise TranslationError(MISSING_PKG.format(src=src, dst=dst))
    tr = langs[src].get_translation(langs[dst])
    if tr is None:
        raise TranslationError(MISSING_PKG.format(src=src, dst=dst))
    return tr


class ArgosTranslator:
    name = "argos"
    translates_text = True

    def __init__(self) -> None:
        self._tr: dict[tuple[str, str], object] = {}

    def translate(self, texts: list[str], src: str = "ar", dst: str = "en") -> list[str]:
        if (src, dst) not in self._tr:
            self._tr[(src, dst)] = _load(src, dst)
        tr = self._tr[(src, dst)]
        return [tr.translate(t) for t in texts]  # type: ignore[attr-defined]


@register("argos")
def _factory(config: Config) -> ArgosTranslator:
    _load("ar", "en")  # fail at selection time with the install hint, not midway
    return ArgosTranslator()
