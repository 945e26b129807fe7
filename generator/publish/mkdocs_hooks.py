"""mkdocs hooks (loaded by path from the generated mkdocs.yml).

Material puts ``dir`` on ``<body>`` only; screen readers, browser translation and CSS
``html[dir=rtl]`` rules need it on ``<html>`` too, so each page's root element gets the
direction of its language (``ar`` -> rtl). Pure string edit of the first ``<html`` tag.
"""
from __future__ import annotations

import re

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


def on_post_page(output: str, page, config) -> str:  # noqa: ANN001 (mkdocs hook signature)
    return _HTML_TAG.sub(_with_dir, output, count=1)
