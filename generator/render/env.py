"""The Jinja2 environment: where templates come from, autoescape, UI-string catalogues.

One environment per page language, because the i18n extension binds ``_()`` to one catalogue.
UI strings are English message ids looked up in ``assets/i18n/ui.<lang>.yaml`` (data a
translator edits); a gettext ``.po`` catalogue can replace the lookup without touching templates.
Autoescape is on for every template and undefined variables are errors (StrictUndefined), so a
typo in a template fails the build instead of printing an empty string.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import jinja2
import yaml

import generator

from ..config import Config
from . import filters

ASSETS = Path(generator.__file__).parent / "assets"
PACKAGED_TEMPLATES = Path(generator.__file__).parent.parent / "templates"


def templates_dir(config: Config) -> Path:
    """config.templates_dir if set, else ROOT/templates if it exists, else the repo's templates."""
    if config.templates_dir is not None:
        return config.resolve(config.templates_dir)
    own = config.root / "templates"
    if own.is_dir() and any(own.glob("*.html")):
        return own
    return PACKAGED_TEMPLATES


@lru_cache(maxsize=None)
def catalogue(lang: str) -> dict[str, str]:
    """UI strings for ``lang`` (English ids map to themselves when no file exists)."""
    path = ASSETS / "i18n" / f"ui.{lang}.yaml"
    if not path.is_file():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {str(k): str(v) for k, v in data.items()}


def make_env(config: Config, lang: str) -> jinja2.Environment:
    """A Jinja2 environment for pages in ``lang`` with filters and ``_``/``ngettext`` installed."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(templates_dir(config)), str(PACKAGED_TEMPLATES)]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        extensions=["jinja2.ext.i18n"],
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    cat = catalogue(lang)

    def gettext(message: str) -> str:
        return cat.get(message, message)

    def ngettext(singular: str, plural: str, n: int) -> str:
        return gettext(singular if n == 1 else plural)

    env.install_gettext_callables(gettext, ngettext, newstyle=True)  # type: ignore[attr-defined]
    env.filters["bidi"] = lambda s: filters.bidi(s, lang)
    env.filters["ltr"] = filters.ltr
    env.filters["safe_url"] = filters.safe_url
    env.filters["digits"] = (lambda s: filters.arabic_digits(str(s))) if (lang == "ar" and config.arabic_digits) \
        else (lambda s: str(s))
    env.globals["lang"] = lang
    env.globals["dir"] = "rtl" if lang == "ar" else "ltr"
    env.globals["sep"] = "، " if lang == "ar" else ", "
    env.globals["other_lang"] = "en" if lang == "ar" else "ar"
    return env
