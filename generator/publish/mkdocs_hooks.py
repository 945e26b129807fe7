"""mkdocs hooks (loaded by path from the generated mkdocs.yml).

1. Pages the generator wrote are one raw HTML block (``render.write_page``: front matter
   ``briefing_html: true``, then a single block that starts with a ``<div`` at column 0 and has no
   blank line). Python-Markdown passes such a block through unchanged, but only after feeding it
   to its HTML block parser, which was ~80 % of mkdocs' time per page (and the i18n plugin
   converts each page for each language). The hook hands Markdown an empty page and puts the
   block back as the page content: the same HTML, without the parse (tests/test_render.py checks
   the equality against Python-Markdown itself).

2. The theme's templates are compiled once and kept (``on_env``: a Jinja bytecode cache in the
   folder ``extra.briefing_template_cache`` names): mkdocs compiles Material's templates anew for
   each language of each run, ~1 s of every build, a +1 article build included, and once per
   part when a large site is built in parts. Jinja checks each entry against the template's
   source and its own version.

3. Material puts ``dir`` on ``<body>`` only; screen readers, browser translation and CSS
``html[dir=rtl]`` rules need it on ``<html>`` too, so each page's root element gets the
direction of its language (``ar`` -> rtl). Pure string edit of the first ``<html`` tag.
"""
from __future__ import annotations

import re
from pathlib import Path

_HTML_TAG = re.compile(r"<html\b([^>]*)>", re.IGNORECASE)
_RTL = {"ar", "fa", "he", "ur"}


def _with_dir(match: re.Match[str]) -> str:
    attrs = match.group(1)
    if re.search(r"\sdir=", attrs):
        return match.group(0)
    lang = re.search(r'\slang="([^"]*)"', attrs)
    code = (lang.group(1) if lang else "").split("-")[0].split("_")[0].lower()
    direction = "rtl" if code in _RTL else "ltr"
    if lang:
        attrs = attrs[: lang.end()] + f' dir="{direction}"' + attrs[lang.end():]
    else:
        attrs = f' dir="{direction}"' + attrs
    return f"<html{attrs}>"


_RAW_ATTR = "_briefing_raw_html"


def is_raw_block(markdown: str) -> bool:
    """One raw HTML block as ``render.write_page`` writes it (a ``<div`` line, no blank line)."""
    body = markdown.strip()
    return body.startswith("<div") and all(line.strip() for line in body.split("\n"))


def on_page_markdown(markdown: str, page, config, files) -> str:  # noqa: ANN001 (mkdocs hook signature)
    if page.meta.get("briefing_html") and is_raw_block(markdown):
        setattr(page, _RAW_ATTR, markdown.strip())
        return ""
    return markdown


def on_page_content(html: str, page, config, files) -> str:  # noqa: ANN001 (mkdocs hook signature)
    raw = getattr(page, _RAW_ATTR, None)
    if raw is None:
        return html
    delattr(page, _RAW_ATTR)
    return raw


def on_post_page(output: str, page, config) -> str:  # noqa: ANN001 (mkdocs hook signature)
    return _HTML_TAG.sub(_with_dir, output, count=1)


def on_env(env, config, files):  # noqa: ANN001, ANN201 (mkdocs hook signature)
    folder = (config.get("extra") or {}).get("briefing_template_cache")
    if folder and env.bytecode_cache is None:
        import jinja2

        try:
            Path(folder).mkdir(parents=True, exist_ok=True)
            env.bytecode_cache = jinja2.FileSystemBytecodeCache(str(folder))
        except OSError:  # no cache only costs time
            pass
    return env
