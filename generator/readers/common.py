"""The last step every reader shares: metadata layers + body -> ``RawArticle``.

Priority of metadata: what the file itself declares for the reader (front matter, a JSON
object's keys), then the sidecar ``NAME.yml`` the user wrote, then what the page or text says
(HTML meta tags, a source line). The title falls back to the first line when it looks like a
headline; the outlet falls back to a self-reference in the text; nothing else is guessed.
"""
from __future__ import annotations

from typing import Any

from ..models import UNKNOWN_OUTLET, RawArticle
from .core import ReadContext
from .metadata import Fields, coerce_fields, merge, outlet_from_text, title_from_first_line


def sidecar_fields(ctx: ReadContext) -> Fields | None:
    if ctx.sidecar is None:
        return None
    return coerce_fields(ctx.sidecar, f"sidecar {ctx.sidecar_name}", ctx.outlets, ctx.warn)


def finish_article(ctx: ReadContext, body: str, layers: list[Fields | None], *,
                   title: tuple[str, str] | None = None, markdown: str | None = None,
                   article_id: str = "", where: str = "") -> RawArticle:
    """Merge metadata ``layers`` (highest priority first) and fill the fallbacks.

    ``title`` is a reader-specific fallback (e.g. a Markdown ``# heading``) tried before the
    first-line rule. ``where`` prefixes basis labels of multi-article files ("item 3").
    """
    values, basis = merge([x for x in layers if x is not None])
    if "title" not in values:
        if title is not None:
            values["title"] = title[0]
            basis.append(("title", title[1]))
        else:
            first = title_from_first_line(body)
            if first is not None:
                values["title"] = first
                basis.append(("title", "text: first line"))
    if "outlet" not in values:
        found = outlet_from_text(body, ctx.outlets)
        if found is not None:
            values["outlet"], label = found
            basis.append(("outlet", label))
    if where:
        basis = [(k, f"{where} {v}") for k, v in basis]
    order = {k: i for i, k in enumerate(("title", "outlet", "published", "url", "lang", "author",
                                         "story", "tags"))}
    basis.sort(key=lambda kv: order.get(kv[0], 99))
    kwargs: dict[str, Any] = {
        "id": article_id,
        "source_file": "",
        "body": body,
        "title": values.get("title"),
        "outlet": values.get("outlet", UNKNOWN_OUTLET),
        "published": values.get("published"),
        "url": values.get("url"),
        "lang": values.get("lang", "ar"),
        "author": values.get("author"),
        "story": values.get("story"),
        "tags": tuple(values.get("tags", ())),
        "metadata_basis": tuple(basis),
        "markdown": markdown,
    }
    if ctx.decoded is not None:
        kwargs["encoding"] = ctx.decoded.encoding
    return RawArticle(**kwargs)
