"""Turn the bytes of a content file into text, saying how (and how sure) we were.

Arabic news text reaches analysts in UTF-8, UTF-8 with a BOM (Windows Notepad), UTF-16 (Word's
"Unicode text") and Windows-1256 (older Arabic Windows tools and sites). A wrong guess is worse
than a refusal: mojibake would be analysed as if it were Arabic. So the order is: byte-order
mark, strict UTF-8, UTF-16 without a BOM (NUL-byte pattern), a mostly-UTF-8 file with a few bad
bytes (repaired, with a warning), then charset-normalizer, whose answer is checked against the
alternatives by how Arabic (or at least how much like real text) the result reads. Whenever the
choice is not certain, ``Decoded.warning`` says which encoding was chosen so the user can check.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..yamlio import load_yaml

DATA = Path(__file__).resolve().parent.parent / "data" / "source_lines.yaml"

_AR_LETTER = re.compile(r"[\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff]")
_LETTER = re.compile(r"[^\W\d_]")
# Control characters that never appear in text pasted from a page (tab, newlines, form feed,
# vertical tab are allowed).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")

# The legacy Arabic single-byte encodings that charset-normalizer may confuse with each other.
_ARABIC_LEGACY = ("cp1256", "iso8859-6", "mac-arabic")


class DecodeError(Exception):
    """The bytes are not text we can read (binary, or no encoding fits)."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # Python codec name: utf-8, utf-8-sig, utf-16-le, cp1256, ...
    warning: str | None = None  # set when the choice is a guess the user should check


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Very frequent Arabic words (data file): a decoding that yields them is real Arabic."""
    data = load_yaml(DATA.read_text(encoding="utf-8")) or {}
    return frozenset(data.get("common_words") or ())


def arabic_score(text: str) -> float:
    """How much ``text`` reads as Arabic: the share of Arabic letters among letters, weighted by
    the share of words that are frequent function words or carry the article ال. Mojibake from
    the wrong Arabic code page keeps many Arabic letters but loses the words."""
    sample = text[:20000]
    letters = _LETTER.findall(sample)
    if not letters:
        return 0.0
    ar = sum(1 for ch in letters if _AR_LETTER.match(ch)) / len(letters)
    words = [w for w in sample.split() if _LETTER.search(w)]
    common = _common_words()
    hits = sum(1 for w in words if w in common or (len(w) > 3 and w.startswith(("ال", "وال", "بال"))))
    share = min(1.0, 2 * hits / len(words)) if words else 0.0
    return ar * (0.7 + 0.3 * share)


def _codec_name(enc: str) -> str:
    return codecs.lookup(enc).name


def control_ratio(text: str) -> float:
    if not text:
        return 0.0
    return len(_CONTROL.findall(text[:20000])) / min(len(text), 20000)


def _looks_like_text(text: str) -> bool:
    return "\x00" not in text and control_ratio(text) < 0.05


def _sniff_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: text in one script puts only a few distinct values in the high
    byte of each code unit (0x00 for spaces, digits and newlines; 0x06 for Arabic letters), on
    odd offsets for little-endian and even offsets for big-endian, while the low bytes vary."""
    sample = data[: 8192 - 8192 % 2] if len(data) >= 8192 else data[: len(data) - len(data) % 2]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]

    def narrow(bs: bytes) -> bool:
        top = sorted((bs.count(v) for v in set(bs)), reverse=True)[:3]
        return sum(top) >= 0.95 * len(bs)

    if narrow(odd) and len(set(even)) > 3:
        return "utf-16-le"
    if narrow(even) and len(set(odd)) > 3:
        return "utf-16-be"
    return None


def _strict(data: bytes, enc: str) -> str | None:
    try:
        return data.decode(enc)
    except (UnicodeDecodeError, LookupError):
        return None


def sniff_declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first bytes (``<meta charset>``), if any."""
    head = data[:4096].decode("ascii", errors="ignore")
    m = re.search(r"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", head, re.I)
    if not m:
        return None
    try:
        return _codec_name(m.group(1))
    except LookupError:
        return None


def decode_bytes(data: bytes, declared: str | None = None) -> Decoded:
    """Decode a content file. Raises ``DecodeError`` with one clear reason when we cannot."""
    # 1. byte-order marks (UTF-32 first: its LE mark starts with the UTF-16 LE mark)
    for bom, enc, name in (
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
    ):
        if data.startswith(bom):
            text = _strict(data[len(bom):], enc)
            if text is None:
                text = data[len(bom):].decode(enc, errors="replace")
                bad = text.count("\ufffd")
                return _check(Decoded(text, name, f"starts with a {name} byte-order mark but {bad} "
                                                  f"character(s) are invalid; replaced with U+FFFD"))
            return _check(Decoded(text, name))

    # 2. what the file itself declares (HTML <meta charset>), when it decodes cleanly
    if declared and _codec_name(declared) not in ("utf-8",):
        text = _strict(data, declared)
        if text is not None and _looks_like_text(text):
            return _check(Decoded(text, _codec_name(declared)))

    # 3. strict UTF-8 (includes plain ASCII), unless it only "decodes" as control characters
    utf8 = _strict(data, "utf-8")
    if utf8 is not None and "\x00" not in utf8 and control_ratio(utf8) < 0.05:
        return _check(Decoded(utf8, "utf-8"))

    # 4. UTF-16 without a BOM: Arabic in UTF-16-LE is also "valid" UTF-8 (NULs and 0x06 bytes)
    enc = _sniff_utf16(data)
    if enc:
        text = _strict(data[: len(data) - len(data) % 2], enc)
        if text is not None and _looks_like_text(text) and _LETTER.search(text):
            return _check(Decoded(text, enc, f"no byte-order mark; read as {enc.upper()} "
                                             f"from its byte pattern"))
    if b"\x00" in data:
        raise DecodeError("binary file (contains NUL bytes), not text")
    if utf8 is not None:
        return _check(Decoded(utf8, "utf-8"))  # raises: mostly control characters

    # 5. UTF-8 with a few broken bytes (a truncated copy, one stray Latin-1 byte)
    loose = data.decode("utf-8", errors="replace")
    bad = loose.count("\ufffd")
    non_ascii = sum(1 for ch in loose if ord(ch) > 127)
    if bad and non_ascii > 20 * bad:
        first = _first_bad_utf8(data)
        return _check(Decoded(loose, "utf-8", f"{bad} invalid UTF-8 byte sequence(s) (first at byte "
                                              f"{first}) replaced with U+FFFD"))

    # 6. a legacy encoding: charset-normalizer's answer, checked against the Arabic ones
    return _check(_legacy(data))


def _first_bad_utf8(data: bytes) -> int:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        return e.start
    return -1


def _legacy(data: bytes) -> Decoded:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    detected = _codec_name(best.encoding) if best is not None else None
    candidates: list[str] = []
    if detected:
        candidates.append(detected)
    candidates += [e for e in (_codec_name(x) for x in _ARABIC_LEGACY) if e not in candidates]
    scored: list[tuple[float, int, str, str]] = []
    for i, enc in enumerate(candidates):
        text = _strict(data, enc)
        if text is None or not _looks_like_text(text):
            continue
        # prefer the detector's answer on ties (-i keeps candidate order)
        scored.append((round(arabic_score(text), 3), -i, enc, text))
    if not scored:
        raise DecodeError("cannot tell the text encoding (not UTF-8 or UTF-16, and no single-byte "
                          "encoding gives readable text)")
    scored.sort(reverse=True)
    score, _, enc, text = scored[0]
    if score >= 0.6:
        if enc == detected:
            return Decoded(text, enc)  # detector and Arabic check agree: confident
        return Decoded(text, enc, f"not UTF-8; read as {enc} (Arabic text; the detector suggested "
                                  f"{detected or 'nothing'})")
    for _, _, enc, text in scored:
        if enc == detected and best is not None and best.chaos < 0.2 and _LETTER.search(text):
            # not Arabic but coherent: a Latin-script (or other) file in a legacy encoding
            return Decoded(text, enc, f"not UTF-8 and not Arabic; encoding guessed as {enc}: "
                                      f"check the text")
    raise DecodeError("cannot tell the text encoding (not UTF-8 or UTF-16; no Arabic or other "
                      "readable text in Windows-1256, ISO-8859-6 or the detector's guess)")


def _check(d: Decoded) -> Decoded:
    """Reject decodings that are really binary (mostly control characters)."""
    if "\x00" in d.text or control_ratio(d.text) >= 0.05:
        raise DecodeError("binary file (mostly control characters), not text")
    return d


def is_blank(text: str) -> bool:
    """Whitespace only, counting the invisible format characters pasted text carries."""
    stripped = text.strip()
    if not stripped:
        return True
    if any(ch.isalnum() for ch in stripped[:64]):
        return False
    return not "".join(ch for ch in stripped if unicodedata.category(ch) not in ("Cf", "Zs", "Cc", "Zl", "Zp"))
