"""Content readers: every file under ``content/`` becomes ``RawArticle``s or a ``Problem``.

    read_content(content_dir, config) -> (articles, problems)

Readers are chosen by file type from a small registry (``register_reader``); the built-in ones
(Markdown with front matter, plain text with an optional ``NAME.yml`` sidecar, JSON / JSON
Lines, saved HTML) register the same way a third-party reader would. See ``core`` for the
walk and the bad-input rules, ``encoding`` for how bytes become text, ``metadata`` for how
front matter, sidecars, page metadata and the text's own source line become metadata.
"""
from __future__ import annotations

from .core import ReadContext, ReadError, read_content, register_reader, registered_suffixes, slugify
from .encoding import DecodeError, Decoded, decode_bytes
from .markup import markdown_to_text

__all__ = ["DecodeError", "Decoded", "ReadContext", "ReadError", "decode_bytes", "markdown_to_text",
           "read_content", "register_reader", "registered_suffixes", "slugify"]
