"""English spellings of Arabic personal names from our own table, before the romanizer's model.

The romanizer (``entities.romanize``) runs an ONNX model for every name it has not met, ~11 ms
each on first sight, and spells the same name part differently from name to name. When every
word of a name is in the tables the name is spelt from them: the press's usual spelling, the same
each time, with no model call. ``spell`` returns None otherwise and the romanizer decides.

The tables: ``data/person_names.yaml`` (given, family and compound names, the particles, the
regional styles), read after the spellings the gazetteer already holds for person names
(``name_spellings`` in titles.yaml; ``name_spellings_by_country``, ``abd_names``,
``abd_names_hyphenated`` and ``regional_spelling_countries`` in transliteration.yaml), so that a
part is spelt as ``entities.person_en`` spells it. Everything is merged once per country into one
dict; spelling a name is a handful of dict lookups.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

from ..yamlio import load_yaml

DATA = Path(__file__).resolve().parents[1] / "data" / "person_names.yaml"

# words that open a two-word unit, and the second words that close one ("حسام الدين", "نصر الله")
_KUNYA = ("ابو", "ابي", "ام")
_COMPOUND_SECOND = ("الدين", "الله")
_JOINERS = ("بن", "ابن", "بنت", "ال", "ولد")  # "ال" is آل once normalised ("آل ثاني" -> "Al Thani")


@lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    if not DATA.is_file():
        return {}
    return load_yaml(DATA.read_text(encoding="utf-8")) or {}


@lru_cache(maxsize=1)
def _gazetteer_lexicon() -> dict[str, Any]:
    """The person-name sections of the gazetteer's lexicon files, from the parse the gazetteer uses
    (``romanize`` has no Gazetteer at hand)."""
    from .entities import lexicon_file  # the gazetteer's own parse (late: entities imports us)

    out: dict[str, Any] = {}
    for stem in ("titles", "transliteration"):
        data = lexicon_file(stem)
        for key in ("name_spellings", "name_spellings_by_country", "abd_names", "abd_names_hyphenated",
                    "regional_spelling_countries"):
            if key in data:
                out[key] = data[key]
    return out


def _tokenizer() -> Callable[[str], tuple[str, ...]]:
    from .entities import _tokens  # the gazetteer's own normalisation (late: entities imports us)

    return _tokens


def _keyed(raw: dict[str, Any] | None, tokens: Callable[[str], tuple[str, ...]]) -> dict[str, str]:
    return {" ".join(tokens(str(k))): str(v) for k, v in (raw or {}).items() if v is not None}


@dataclass(frozen=True)
class _Country:
    """Everything ``spell`` needs for one country (or none): merged once, then only looked up."""
    names: dict[str, str]  # normalised word or two-word unit -> English
    definite: dict[str, str]  # family spellings of words that are also given names, for "ال" + word
    particles: dict[str, str]
    abd: str | None  # how "عبد" + a divine name opens ("Abdul" by default)
    abd_joined: bool
    abd_names: dict[str, str]
    abd_hyphenated: dict[str, str]
    explicit: frozenset[str]  # "عبد X" written out in our own or the country's lists (else composed with ``abd``)


def _styles_for(cc: str | None) -> list[dict[str, Any]]:
    if not cc:
        return []
    return [s for s in (_table().get("styles") or {}).values()
            if isinstance(s, dict) and cc in (s.get("countries") or ())]


@lru_cache(maxsize=64)
def _country(cc: str | None) -> _Country:
    tokens = _tokenizer()
    data, lex = _table(), _gazetteer_lexicon()
    wire = _keyed(lex.get("name_spellings"), tokens)
    local_raw = ((lex.get("name_spellings_by_country") or {}).get(cc) or {}) if cc else {}
    local = _keyed({k: v for k, v in local_raw.items() if k != "abd"}, tokens)
    styles = _styles_for(cc)
    # the Maghreb's and Somalia's own spellings (regional_spelling_countries), and the styles of
    # names read in other languages (Persian, Pashto, Urdu: `exclusive`): only their own lists
    exclusive = bool(cc) and (cc.lower() in {str(x).lower() for x in lex.get("regional_spelling_countries") or ()}
                              or any(s.get("exclusive") for s in styles))
    given = _keyed(data.get("given"), tokens)
    family = _keyed(data.get("family"), tokens)
    compound = _keyed(data.get("compound"), tokens)
    styled: dict[str, str] = {}
    for s in styles:
        styled.update(_keyed(s.get("names"), tokens))
    if exclusive:
        # Maghrebi/Somali usage: only what the region's own lists say (person_en drops name_spellings too)
        names, definite = {**styled, **local}, {}
    else:
        base = {**family, **given, **compound}  # a bare word is read as the given name
        fixed = set(styled) | set(wire) | set(local)
        for s in styles:
            if s.get("family_final_eh"):
                for k, v in family.items():
                    if k not in fixed and k not in given and k.endswith("ه") and re.search(r"[^aeiou]a$", v):
                        base[k] = v[:-1] + "eh"  # "Tarawna" -> "Tarawneh"
        names = {**base, **styled, **wire, **local}
        # with the article a word is a family name: "الحسني" al-Hasani beside the given name Hosni
        definite = {k: family[k] for k in family if k in given and k not in fixed}
    for k in [k for k in names if " " in k]:
        names.setdefault(k.replace(" ", ""), names[k])  # written joined: "نصرالله", "عبدالله"
    particles = _keyed(data.get("particles"), tokens)
    abd, joined = local_raw.get("abd"), False
    for s in styles:
        particles.update(_keyed(s.get("particles"), tokens))
        abd = s.get("abd") or abd
        joined = bool(s.get("abd_joined")) or joined
    if exclusive and not any(s.get("abd") for s in styles):
        abd_names, hyph = {}, {}  # the Maghreb's "Abderrahmane": listed compounds only
    else:
        abd_names = _keyed(lex.get("abd_names"), tokens)
        hyph = _keyed(lex.get("abd_names_hyphenated"), tokens)
    explicit = frozenset(k for k in {**compound, **styled, **local} if k.startswith("عبد"))
    explicit |= frozenset(k.replace(" ", "") for k in explicit)
    return _Country(names, definite, particles, str(abd) if abd else None, joined, abd_names, hyph, explicit)


def _word(t: _Country, w: str) -> str | None:
    """One name word: the table's spelling, or a listed name with the article ("المصري" -> "al-Masri")."""
    got = t.names.get(w)
    if got is not None:
        return got
    if w.startswith("ال") and len(w) > 3:
        got = t.definite.get(w[2:]) or t.names.get(w[2:])
        if got is not None:
            got = got.split("-", 1)[1] if got.lower().startswith(("al-", "el-")) else got
            return "al-" + got[:1].upper() + got[1:]
    return None


def _abd(t: _Country, stem: str, joined_ar: bool) -> str | None:
    """"عبد" + ``stem`` (with or without the article) as ``entities._abd_unit`` writes it: "Abdul
    Razzaq", "Abdulrazzaq" when the Arabic is joined, "Abdul-Hussein" for Shia names, the
    country's "Abdel Fattah" / "Abdirahman"; None when the stem is no listed name."""
    st = stem[2:] if stem.startswith("ال") else stem
    if st in t.abd_hyphenated:
        x = t.abd_hyphenated[st]
        return f"{t.abd} {x}" if t.abd else f"Abdul-{x}"
    if st not in t.abd_names:
        return None
    x = t.abd_names[st]
    if t.abd_joined:
        return f"{t.abd or 'Abdul'}{x.lower()}"
    if t.abd:
        return f"{t.abd} {x}"
    return f"Abdul{x.lower()}" if joined_ar else f"Abdul {x}"


def spell(name: str, country: str | None = None) -> str | None:
    """The table's spelling of ``name`` (Arabic, as written) in the usage of ``country`` (an ISO
    code, as ``romanize`` takes it), or None when a word is not in the table."""
    words = _tokenizer()(name)
    if not words:
        return None
    t = _country(country)
    out: list[str] = []
    i, n = 0, len(words)
    while i < n:
        w = words[i]
        if i + 1 < n:
            nxt = words[i + 1]
            if w == "عبد" and (t.abd or t.abd_joined) and f"{w} {nxt}" not in t.explicit:
                got = _abd(t, nxt, False)  # the country's own "Abdel Rahman" (Egypt), "Abdulrahman" (the Gulf)
                if got is not None:
                    out.append(got)
                    i += 2
                    continue
            pair = t.names.get(f"{w} {nxt}")
            if pair is not None:
                out.append(pair)
                i += 2
                continue
            if w == "عبد":
                got = _abd(t, nxt, False)
                if got is None:
                    return None
                out.append(got)
                i += 2
                continue
            if w in _KUNYA:
                rest = _word(t, nxt)
                if rest is None:
                    return None
                out.append(f"{t.particles.get(w, 'Abu')} {rest}")  # "Abu Bakr", "Umm Kulthum"
                i += 2
                continue
            if nxt in _COMPOUND_SECOND:
                return None  # a "X الدين" the table does not list
        if w in _JOINERS and w in t.particles and (i > 0 or w == "ال"):
            out.append(t.particles[w])
            i += 1
            continue
        joined_abd = w.startswith("عبد") and len(w) > 4
        # the country's own composition first, unless our lists write the name out; else the lists, then composed
        first_abd = joined_abd and bool(t.abd or t.abd_joined) and w not in t.explicit
        got = _abd(t, w[3:], True) if first_abd else None
        got = got or _word(t, w)
        if got is None and joined_abd and not first_abd:
            got = _abd(t, w[3:], True)  # "عبدالرزاق"
        if got is None:
            return None
        out.append(got)
        i += 1
    text = " ".join(out)
    return text[:1].upper() + text[1:]


def preload() -> None:
    """Read the table and build the spellings used when no country is known (``analyse.load_gazetteer``
    loads the language data before freezing it out of the garbage collector's sight)."""
    _country(None)


@lru_cache(maxsize=64)
def words(country: str | None = None) -> dict[str, str]:
    """Every name word and two-word unit the tables spell, in the usage of ``country``, for the romanizer's
    unit-by-unit path (``entities.person_en``: a name with a word the tables lack is still spelt from them
    word by word, "Badr" and "al-Dosari" beside the model's reading of the unknown word); a given name
    that is a family name with the article is listed with it ("الحسني": al-Hasani)."""
    t = _country(country)
    out = dict(t.names)
    for k, v in t.definite.items():
        v = v.split("-", 1)[1] if v.lower().startswith(("al-", "el-")) else v
        out["ال" + k] = "al-" + v[:1].upper() + v[1:]
    return out
