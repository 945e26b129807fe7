"""Arabic normalisation for matching, with a map back to the original text.

Matching happens on a normalised copy (hamza/alef forms folded, alef maqsura -> yeh, teh marbuta
-> heh, tatweel and diacritics removed, presentation forms decomposed, Arabic-Indic/Persian digits
-> ASCII, Arabic punctuation -> ASCII), but every offset we report must index the text the reader
sees. ``Normalised`` keeps, for each character of the normalised string, the index of the original
character it came from, so a match ``norm[i:j]`` maps back to ``orig[to_orig(i):to_orig_end(j)]``.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Characters removed entirely for matching: harakat, shadda, sukun, dagger alef, tatweel,
# Quranic marks, and the invisible bidi/format controls pasted text often carries.
_DROP = set(
    [chr(c) for c in range(0x064B, 0x0660)]  # fathatan .. sukun, maddah/hamza above/below marks
    + ["\u0670", "\u0640"]  # dagger alef, tatweel
    + [chr(c) for c in range(0x06D6, 0x06EE)]  # Quranic annotation signs
    + ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\ufeff"]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
)

_FOLD = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي",
    "ة": "ه", "ۀ": "ه", "ە": "ه",
    "ؤ": "و", "ئ": "ي",
    "ک": "ك", "ڪ": "ك",
    "،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ".", "٬": ",", "۔": ".",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ",
    "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "″": '"',
    "‘": "'", "’": "'",
    "–": "-", "—": "-", "‒": "-", "―": "-",
}
for _i in range(10):
    _FOLD[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic
    _FOLD[chr(0x06F0 + _i)] = str(_i)  # Persian / Urdu


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """Normalised form of one character ('' when it is dropped)."""
    if ch in _DROP:
        return ""
    if ch in _FOLD:
        return _FOLD[ch]
    o = ord(ch)
    if 0xFB50 <= o <= 0xFEFF:  # presentation forms: decompose, then fold each part
        decomposed = unicodedata.normalize("NFKC", ch)
        if decomposed != ch:
            return "".join(_fold_char(c) for c in decomposed)
    return ch


@dataclass(frozen=True)
class Normalised:
    """A normalised string plus the original index of each of its characters."""

    original: str
    text: str
    index: tuple[int, ...]  # len(text) + 1 entries; the last is len(original)

    def to_orig(self, i: int) -> int:
        """Original offset of normalised position ``i`` (start of a span)."""
        return self.index[i]

    def to_orig_end(self, j: int) -> int:
        """Original offset just past normalised position ``j - 1`` (end of a span).

        Characters dropped after the last matched one (diacritics on the final letter) are
        included, so the original span ends on a whole grapheme.
        """
        if j <= 0:
            return 0
        end = self.index[j - 1] + 1
        orig = self.original
        while end < len(orig) and _fold_char(orig[end]) == "" and orig[end] not in "\u200e\u200f\u061c":
            end += 1
        return end

    def span(self, i: int, j: int) -> tuple[int, int]:
        return self.to_orig(i), self.to_orig_end(j)


def normalise(text: str) -> Normalised:
    """The normalised text and its map back. Runs between the characters that fold to other than
    one character (dropped marks, decomposed ligatures) fold one for one with ``str.translate``: the
    same result as folding character by character (tests/test_fuzz.py), several times faster."""
    table = _NORM_TABLE or _norm_table()
    out: list[str] = []
    index: list[int] = []
    last = 0
    for m in _uneven().finditer(text):
        p = m.start()
        if p > last:
            out.append(text[last:p].translate(table))
            index.extend(range(last, p))
        f = table[ord(text[p])]
        out.append(f)
        index.extend([p] * len(f))
        last = p + 1
    out.append(text[last:].translate(table))
    index.extend(range(last, len(text) + 1))
    return Normalised(original=text, text="".join(out), index=tuple(index))


def normalise_slow(text: str) -> Normalised:
    """``normalise`` character by character: the reference the tests compare it with."""
    out: list[str] = []
    index: list[int] = []
    for pos, ch in enumerate(text):
        folded = _fold_char(ch)
        for f in folded:
            out.append(f)
            index.append(pos)
    index.append(len(text))
    return Normalised(original=text, text="".join(out), index=tuple(index))


@lru_cache(maxsize=1)
def _uneven() -> "re.Pattern[str]":
    """The characters whose normalised form is not exactly one character."""
    cps = sorted(cp for cp, v in (_NORM_TABLE or _norm_table()).items() if len(v) != 1)
    return re.compile("[" + "".join(re.escape(chr(cp)) for cp in cps) + "]")


def norm(text: str) -> str:
    """Just the normalised string (for gazetteer keys, lexicon entries, overlap and framing counts).

    ``str.translate`` with the fold table: the same result as folding character by character, an
    order of magnitude faster on whole article bodies (clustering and framing call it on each).
    """
    return text.translate(_NORM_TABLE or _norm_table())


AR_LETTERS = "\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff"
PROCLITICS = "وفبلك"


# Code point ranges where ``norm`` changes anything (Latin-1 punctuation, Arabic blocks, general
# punctuation, presentation forms): enough to build a translate() table equal to ``norm``.
FOLD_RANGES = ((0x0000, 0x2100), (0xFB50, 0xFF00))


@lru_cache(maxsize=8)
def fold_table(ranges: tuple[tuple[int, int], ...] = FOLD_RANGES) -> dict[int, str]:
    """{code point: folded text} for every character ``norm`` changes (to '' when it drops it).

    ``text.translate(fold_table())`` equals ``norm(text)`` and is several times faster; the search
    index ships the same table to the browser so the JavaScript normaliser cannot drift.
    """
    table: dict[int, str] = {}
    for lo, hi in ranges:
        for cp in range(lo, hi):
            ch = chr(cp)
            out = _fold_char(ch)
            if out != ch:
                table[cp] = out
    return table


_NORM_TABLE: dict[int, str] = {}


def _norm_table() -> dict[int, str]:
    _NORM_TABLE.update(fold_table())
    return _NORM_TABLE
