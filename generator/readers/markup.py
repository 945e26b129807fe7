"""Markdown (and stray HTML) to plain text, line by line, leaving plain lines byte-identical.

Offsets of every fact index the plain body, and an article pasted into a ``.md`` file with front
matter must keep exactly the text it had as ``.txt`` (the evaluation's gold offsets index the
original text). A Markdown renderer would re-flow paragraphs and collapse double spaces, so this
is a small converter instead: it only touches what is markup (heading marks, emphasis, link
syntax, images, code fences, HTML tags, entities, backslash escapes) and keeps every other
character, including line breaks and repeated spaces.
"""
from __future__ import annotations

import html
import re

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")
_THEMATIC = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_REFDEF = re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]+\S+(?:[ \t]+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?[ \t]*$")
_QUOTE = re.compile(r"^ {0,3}>[ ]?")
_COMMENT = re.compile(r"<!--.*?-->", re.S)

_ESCAPABLE = r"""!"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~"""
_ESCAPE = re.compile(r"\\([" + _ESCAPABLE + r"])")
_CODE = re.compile(r"(`+)(.+?)\1")
_IMAGE = re.compile(r"!\[[^\]]*\](?:\((?:<[^>]*>|[^()\s]*(?:\([^()]*\))?[^()\s]*)(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)|\[[^\]]*\])")
_LINK = re.compile(r"\[([^\]]+)\](?:\((?:<[^>]*>|[^()\s]*(?:\([^()]*\))?[^()\s]*)(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)|\[[^\]]*\])")
_AUTOLINK = re.compile(r"<((?:https?|ftp)://[^>\s]+|[^@>\s]+@[^@>\s]+\.[^@>\s]+)>")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_EM_STAR = re.compile(r"\*(?=[^\s*])(.+?)(?<=[^\s*])\*")
_EM_UNDER = re.compile(r"(?<![^\W_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![^\W_])")

# Private-use characters stand in for escaped characters and code while markup is removed.
_PUA = 0xF0000


def _split_eol(line: str) -> tuple[str, str]:
    for eol in ("\r\n", "\n", "\r"):
        if line.endswith(eol):
            return line[: -len(eol)], eol
    return line, ""


def inline_to_text(s: str) -> str:
    """Inline Markdown to text: only markup characters are removed."""
    if not any(c in s for c in "\\`![]<>&*_~"):
        return s  # a plain line: untouched
    protected: list[str] = []

    def protect(text: str) -> str:
        protected.append(text)
        return chr(_PUA + len(protected) - 1)

    s = _ESCAPE.sub(lambda m: protect(m.group(1)), s)
    s = _CODE.sub(lambda m: protect(m.group(2).strip() if m.group(2).strip() else m.group(2)), s)
    s = _AUTOLINK.sub(lambda m: protect(m.group(1)), s)
    s = _IMAGE.sub("", s)
    prev = None
    while prev != s:  # links may contain emphasis and vice versa
        prev = s
        s = _LINK.sub(r"\1", s)
    s = _TAG.sub("", s)
    for rx in (_STRONG, _STRIKE):
        prev = None
        while prev != s:
            prev = s
            s = rx.sub(lambda m: m.group(m.lastindex), s)
    s = _EM_STAR.sub(r"\1", s)
    s = _EM_UNDER.sub(r"\1", s)
    s = _ENTITY.sub(lambda m: html.unescape(m.group(0)), s)
    if protected:
        s = re.sub("[\U000F0000-\U000FFFFD]",
                   lambda m: protected[ord(m.group(0)) - _PUA] if ord(m.group(0)) - _PUA < len(protected)
                   else m.group(0), s)
    return s


def leading_heading(md: str) -> str | None:
    """Text of the document's first non-blank line when it is a level-1 heading (# or ===)."""
    lines = md.splitlines()
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        m = _ATX.match(line)
        if m and len(m.group(1)) == 1 and m.group(2):
            return inline_to_text(m.group(2)).strip() or None
        if i + 1 < len(lines) and re.match(r"^ {0,3}=+[ \t]*$", lines[i + 1]):
            return inline_to_text(line).strip() or None
        return None
    return None


def markdown_to_text(md: str) -> str:
    """Plain text of a Markdown document (line structure kept, markup lines dropped)."""
    if "<!--" in md:
        md = _COMMENT.sub("", md)
    out: list[str] = []
    fence: str | None = None
    prev_text = False  # previous kept line had text (for setext underlines)
    for line in md.splitlines(keepends=True):
        content, eol = _split_eol(line)
        if fence is not None:
            if re.match(r"^ {0,3}" + re.escape(fence[0]) + "{" + str(len(fence)) + r",}[ \t]*$", content):
                fence = None
            else:
                out.append(line)
            continue
        m = _FENCE.match(content)
        if m:
            fence = m.group(1)
            continue
        if _REFDEF.match(content):
            continue
        if prev_text and _SETEXT.match(content):
            prev_text = False
            continue
        if _THEMATIC.match(content):
            prev_text = False
            continue
        h = _ATX.match(content)
        if h:
            content = h.group(2) or ""
        else:
            while _QUOTE.match(content):
                content = _QUOTE.sub("", content, count=1)
        text = inline_to_text(content)
        out.append(text + eol)
        prev_text = bool(text.strip()) and not h
    return "".join(out)
