"""The Jinja2 environment: where templates come from, autoescape, UI-string catalogues.

One environment per page language, because the i18n extension binds ``_()`` to one catalogue.
UI strings are English message ids translated through a gettext catalogue
(``generator/locale/<lang>/LC_MESSAGES/briefing.po``, plural forms included).
Autoescape is on for every template and undefined variables are errors (StrictUndefined), so a
typo in a template fails the build instead of printing an empty string.
"""
from __future__ import annotations

import gettext as gettext_mod
import io

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import jinja2
import jinja2.runtime
from markupsafe import Markup

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


LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"


@lru_cache(maxsize=None)
def translations(lang: str) -> gettext_mod.NullTranslations:
    """The gettext catalogue for ``lang`` (``locale/<lang>/LC_MESSAGES/briefing.po``).

    The .po file is compiled in memory with babel, so translators edit one text file and no
    compiled .mo is kept in the repository. Plural forms follow the catalogue's own header
    (Arabic has six; Babel orders them differently from GNU, so the header is what counts).
    """
    po = LOCALE_DIR / lang / "LC_MESSAGES" / "briefing.po"
    if not po.is_file():
        return gettext_mod.NullTranslations()
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as f:
        cat = read_po(f, locale=lang)
    buf = io.BytesIO()
    write_mo(buf, cat)
    buf.seek(0)
    return gettext_mod.GNUTranslations(buf)


def catalogue(lang: str) -> Callable[[str], str]:
    """``gettext`` for ``lang`` (English ids come back unchanged when untranslated)."""
    return translations(lang).gettext


def _cached_gettext(translate: Callable[[str], str]) -> Callable[..., str]:
    """Jinja's newstyle ``gettext`` (``jinja2.ext._make_new_gettext``, same result), called directly
    by ``_()`` and remembering the strings without variables.

    A facts box asks for its labels hundreds of times per page; through the i18n extension each
    ``_()`` was three context calls, a catalogue lookup and a Markup format, a fifth of the time
    of rendering an article page.
    """
    done: dict[str, str] = {}

    @jinja2.pass_context
    def gettext(__context: jinja2.runtime.Context, __string: str, **variables: object) -> str:
        autoescape = __context.eval_ctx.autoescape
        if not variables and autoescape:
            rv = done.get(__string)
            if rv is None:
                rv = done[__string] = Markup(translate(__string)) % variables
            return rv
        out = translate(__string)
        if autoescape:
            out = Markup(out)
        return out % variables

    return gettext


def _bytecode_cache(config: Config) -> jinja2.BytecodeCache | None:
    """Compiled templates kept under the cache folder (None when it cannot be made).

    Compiling the page templates (two languages, their macros and includes) was ~1 s of every
    build, a +1 article build included. Jinja checks each entry against the template's source and
    its own version; the entries are shared by environments with the same options, which
    ``make_env`` gives every language (the language is in the globals, not in the code)."""
    folder = config.cache_path / "jinja"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(folder))


def make_env(config: Config, lang: str) -> jinja2.Environment:
    """A Jinja2 environment for pages in ``lang`` with filters and ``_``/``ngettext`` installed."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(templates_dir(config)), str(PACKAGED_TEMPLATES)]),
        bytecode_cache=_bytecode_cache(config),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        extensions=["jinja2.ext.i18n"],
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.install_gettext_translations(translations(lang), newstyle=True)  # type: ignore[attr-defined]
    env.globals["_"] = env.globals["gettext"] = _cached_gettext(translations(lang).gettext)
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
