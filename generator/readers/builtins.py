"""The built-in readers: Markdown with front matter, plain text, JSON / JSON Lines, saved HTML.

They register themselves with ``register_reader`` exactly as a third-party reader would.
"""
from __future__ import annotations

import json
import re
from typing import Any

import yaml

from ..models import RawArticle
from .common import finish_article, sidecar_fields
from .core import ReadContext, ReadError, _yaml_reason, load_metadata_yaml, register_reader
from .encoding import is_blank, sniff_declared_charset
from .markup import leading_heading, markdown_to_text
from .metadata import Fields, coerce_fields

# --------------------------------------------------------------------------- Markdown

_FM_OPEN = re.compile(r"\A---[ \t]*(?:\r\n|\n|\r)")
_FM_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r\n|\n|\r|\Z)", re.M)


def split_front_matter(text: str) -> tuple[str | None, str, int]:
    """(front matter YAML or None, body, line number where the body starts).

    The body is everything after the closing ``---`` line, byte for byte.
    """
    m = _FM_OPEN.match(text)
    if not m:
        return None, text, 1
    close = _FM_CLOSE.search(text, m.end())
    if not close:
        raise ReadError("front matter starts with '---' on line 1 but has no closing '---' line")
    fm = text[m.end(): close.start()]
    return fm, text[close.end():], text.count("\n", 0, close.end()) + 1


def parse_front_matter(fm: str) -> dict[str, Any]:
    try:
        data = load_metadata_yaml(fm)
    except yaml.YAMLError as e:
        raise ReadError(f"front matter is not valid YAML ({_yaml_reason(e)})") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ReadError(f"front matter must be key: value lines (a mapping), got a {type(data).__name__}")
    return data


def read_markdown(ctx: ReadContext) -> list[RawArticle]:
    text = ctx.text()
    fm, md, _ = split_front_matter(text)
    front = coerce_fields(parse_front_matter(fm), "front matter", ctx.outlets, ctx.warn) if fm is not None else None
    body = markdown_to_text(md)
    if is_blank(body):
        raise ReadError("no article text after the front matter" if fm is not None else "empty file (only whitespace)")
    heading = leading_heading(md)
    return [finish_article(ctx, body, [front, sidecar_fields(ctx)],
                           title=(heading, "markdown: heading") if heading else None, markdown=md)]


# --------------------------------------------------------------------------- plain text


def read_text(ctx: ReadContext) -> list[RawArticle]:
    """The decoded file is the body as is (only a byte-order mark is dropped; line endings are
    kept so offsets match what the user pasted)."""
    body = ctx.text()
    return [finish_article(ctx, body, [sidecar_fields(ctx)])]


# --------------------------------------------------------------------------- JSON / JSON Lines

_JSON_ALIASES = {"text": "body", "content": "body", "source": "outlet", "site_name": "outlet",
                 "date": "published", "published_at": "published", "pubDate": "published",
                 "headline": "title", "link": "url"}
_BODY_KEYS = ("body", "text", "content")


def _json_item(ctx: ReadContext, obj: Any, where: str, article_id: str) -> RawArticle | None:
    if not isinstance(obj, dict):
        ctx.problem(f"{where}: expected an object with title, body, outlet ..., got "
                    f"{type(obj).__name__}; skipped", "error")
        return None
    body_key = next((k for k in _BODY_KEYS if k in obj), None)
    if body_key is None:
        ctx.problem(f"{where}: no article text (expected a 'body' or 'text' key); skipped", "error")
        return None
    body = obj[body_key]
    if not isinstance(body, str):
        ctx.problem(f"{where}: '{body_key}' must be text, got {type(body).__name__}; skipped", "error")
        return None
    if is_blank(body):
        ctx.problem(f"{where}: empty article text; skipped", "error")
        return None
    meta = {k: v for k, v in obj.items() if k not in _BODY_KEYS}
    fields = coerce_fields(meta, f"{where}", ctx.outlets, ctx.warn, warn_unknown=False,
                           aliases=_JSON_ALIASES)
    fields.label = "json"
    return finish_article(ctx, body, [fields, sidecar_fields(ctx)], article_id=article_id)


def read_json(ctx: ReadContext) -> list[RawArticle]:
    text = ctx.text()
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise ReadError(f"not valid JSON: {e.msg} at line {e.lineno}, column {e.colno}") from None
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]  # {"articles": [...]} export shape
    if isinstance(data, dict):
        art = _json_item(ctx, data, "object", "")  # a bad object is an error Problem already
        return [art] if art is not None else []
    if not isinstance(data, list):
        raise ReadError(f"expected a JSON object or a list of objects, got {type(data).__name__}")
    out = []
    for i, obj in enumerate(data, 1):
        art = _json_item(ctx, obj, f"item {i}", ctx.item_id(i))
        if art is not None:
            out.append(art)
    if not out and not data:
        raise ReadError("empty JSON list (no articles)")
    return out


def read_jsonl(ctx: ReadContext) -> list[RawArticle]:
    text = ctx.text()
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            ctx.problem(f"line {n}: not valid JSON ({e.msg}, column {e.colno}); skipped", "error")
            continue
        art = _json_item(ctx, obj, f"line {n}", ctx.item_id(n))
        if art is not None:
            out.append(art)
    return out


# --------------------------------------------------------------------------- HTML


def read_html(ctx: ReadContext) -> list[RawArticle]:
    from .html_reader import extract_html

    html_text = ctx.text(declared=sniff_declared_charset(ctx.data))
    page = extract_html(html_text)
    if page.used_fallback:
        ctx.warn(f"html: {page.used_fallback}")
    if is_blank(page.body):
        raise ReadError("no article text found in the page")
    meta_src = {k: v for k, (v, _) in page.meta.items()}
    fields = coerce_fields(meta_src, "html", ctx.outlets, ctx.warn, warn_unknown=False)
    for k, (_, src) in page.meta.items():
        if k in fields.values:
            fields.basis[k] = f"html: {src}"
    return [finish_article(ctx, page.body, [sidecar_fields(ctx), fields])]


register_reader((".md", ".markdown"), read_markdown)
register_reader((".txt", ".text"), read_text)
register_reader((".json",), read_json)
register_reader((".jsonl", ".ndjson"), read_jsonl)
register_reader((".html", ".htm"), read_html)
