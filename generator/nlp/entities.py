"""Entities (people, places, organisations, media) from bilingual gazetteers plus a few rules.

Why a gazetteer first: analysts need *canonical* actors ("Islamic State", not five Arabic
spellings), so every alias of an actor maps to one stable id with an English name. Rules only
catch names the gazetteer lacks (after a classifier noun or a person title) and say so
(``name_source`` "romanized"/"transliterated").

API (other extractors code against this)
=======================================

=====================================  =====================================================
``Gazetteer.load(extra=None)``         packaged data + user files (YAML/CSV); user entries win
``gaz.lookup(surface)``                -> ``GazEntry | None`` (normalised; proclitics و ف ب ل ك
                                       and fused لل are tried; short forms such as "التنظيم"
                                       are *not* resolved here because they need context)
``gaz.lookup_all(surface)``            -> every entry the alias may denote (ambiguous: الميادين)
``gaz.get(id)``                        -> ``GazEntry | None`` by canonical id
``gaz.nisba(word)``                    -> country id for a nationality adjective ("السورية" ->
                                       "syria"), else None
``gaz.demonym(country_id)``            -> English adjective ("Syrian"), else None
``gaz.is_title(words)``                -> True for a person title ("اللواء", "وزير الخارجية")
``gaz.entries(kind=None)``             -> entries (sorted by id), optionally of one kind
``extract_entities(text, nt, gaz)``    -> ``list[Entity]`` sorted by start; maximal,
                                       non-overlapping; ``Entity.id`` is the canonical id
=====================================  =====================================================

``GazEntry`` fields: ``id`` (stable slug: "islamic-state", "abu-kamal", "syrian-government",
"syrian-government-forces", "hezbollah", "afp", "sohr"), ``type`` (PER | ORG | LOC | MISC),
``kind`` (state, city, town, village, governorate, district, river, country, armed_group,
state_forces, government, media, agency, intl_org, ngo, coalition, party, person, ...),
``name_en``, ``name_ar``, ``aliases`` (Arabic surfaces, as written in the data), ``country``
(country id or None), ``short_forms`` (context-dependent back-references: "التنظيم", "الجيش",
"المرصد" -- resolved to the most recent mention of an entry that lists the short form),
``source`` ("gazetteer" | "user").

Data file format (generator/data/gazetteer/*.yaml, and user files)
------------------------------------------------------------------
Either a YAML list of entries, or a mapping ``{defaults: {...}, entries: [...]}`` whose defaults
apply to every entry of the file. An entry::

    - id: abu-kamal                      # stable slug; same id in a user file overrides
      type: LOC                          # PER | ORG | LOC | MISC
      kind: city
      name_en: Abu Kamal (Al-Bukamal)
      name_ar: البوكمال
      aliases: [أبو كمال, بوكمال]        # extra Arabic (or Latin) surfaces
      country: syria
      short_forms: [المدينة]             # optional, context-resolved back-references
      standalone: [المقاومة]             # optional short forms that may stand without antecedent
      needs_cue: false                   # true: only after a classifier/media cue (الباب, العربية);
                                         # prep: also after a directional preposition (إلى صور)
                                         # or before a compass word (صور جنوبي لبنان);
                                         # noun: an outlet only after a media noun or in
                                         # quotes (صحيفة الرياض, «الحياة»)
      not_before: [بأعمال]               # the mention is rejected when the next word is one of these
      not_after: []                      # ... or when the previous word is one of these

CSV user files: header ``id,type,kind,name_en,name_ar,aliases,country`` with aliases
separated by ``|``. See ``generator/data/gazetteer/EXAMPLE_user_gazetteer.yaml``.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache, partial
from itertools import accumulate
from pathlib import Path
from typing import Any, Iterable, NamedTuple


from ..models import Entity
from ..yamlio import load_yaml
from . import person_names
from .normalise import Normalised, norm

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "gazetteer"
OUTLETS_FILE = Path(__file__).resolve().parents[1] / "data" / "outlets.yaml"

_TOKEN = re.compile(r"[A-Za-z0-9\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff]+")
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")  # split() keeps the tokens between the gaps
_PROCLITICS = "وفبلك"
_TERM = "\0"  # trie terminal key


@dataclass(frozen=True)
class GazEntry:
    id: str
    type: str
    kind: str
    name_en: str
    name_ar: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    short_forms: tuple[str, ...] = ()
    standalone: tuple[str, ...] = ()
    needs_cue: bool | str = False
    not_before: tuple[str, ...] = ()
    not_after: tuple[str, ...] = ()
    source: str = "gazetteer"


@lru_cache(maxsize=65536)
def _tokens(s: str) -> tuple[str, ...]:
    return tuple(t.lower() for t in _TOKEN.findall(norm(s)))


def _as_tuple(v: Any) -> tuple[str, ...]:
    if v is None:
        return ()
    if isinstance(v, str):
        return tuple(x.strip() for x in v.split("|") if x.strip())
    return tuple(str(x) for x in v)


def _read_entries(path: Path) -> list[dict[str, Any]]:
    """Raw entry dicts of one data/user file (YAML list, YAML {defaults, entries}, or CSV)."""
    if path.suffix.lower() == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as fh:
            return [dict(r) for r in csv.DictReader(fh)]
    data = load_yaml(path.read_text(encoding="utf-8")) or []
    if isinstance(data, dict):
        defaults = data.get("defaults") or {}
        return [{**defaults, **e} for e in (data.get("entries") or []) if isinstance(e, dict)]
    return [e for e in data if isinstance(e, dict)]


def _read_tsv(path: Path) -> list[dict[str, Any]]:
    """Generated entry tables (places_geonames.tsv): '#' comment lines, a header row, then one
    entry a line with aliases separated by '|'. Read without YAML: thousands of rows load in
    milliseconds."""
    out: list[dict[str, Any]] = []
    header: list[str] | None = None
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            cells = line.rstrip("\n").split("\t")
            if header is None:
                header = cells
                continue
            d = {k: v for k, v in zip(header, cells) if v and k in _ENTRY_FIELDS}
            if "id" in d and "name_ar" in d and "name_en" in d:
                d["source"] = "gazetteer"
                out.append(d)
    return out


class Gazetteer:
    """Bilingual gazetteer: Arabic aliases -> canonical entry, plus the rule lexicons.

    Plain dicts and tuples only, so the object pickles cheaply to worker processes.
    """

    def __init__(self, entries: Iterable[GazEntry] = (), lexicon: dict[str, Any] | None = None) -> None:
        self._by_id: dict[str, GazEntry] = {}
        for e in entries:
            self._by_id[e.id] = e
        lex = lexicon or {}
        self.lexicon = lex
        # alias token tuple -> [(entry id, is_short_form)] ; user entries first
        self._alias: dict[tuple[str, ...], list[tuple[str, bool]]] = {}
        self._trie: dict[str, Any] = {}
        order = sorted(self._by_id.values(), key=lambda e: (e.source != "user", e.id))
        for e in order:
            for a in (e.name_ar, *e.aliases):
                self._add_alias(a, e.id, False)
            for a in (*e.short_forms, *e.standalone):
                self._add_alias(a, e.id, True)
        # nisba adjective forms -> country id ; country id -> demonym
        self._nisba: dict[str, str] = {}
        self._demonym: dict[str, str] = {}
        for n in lex.get("nisba", []):
            cid = n["country"]
            self._demonym.setdefault(cid, n.get("demonym", ""))
            for base in _as_tuple(n.get("ar")):
                for form in _nisba_forms(norm(base)):
                    self._nisba.setdefault(form, cid)
        self._titles: set[tuple[str, ...]] = {_tokens(t) for t in lex.get("titles", [])}
        self._title_max = max((len(t) for t in self._titles), default=1)
        self._title_first = frozenset(t[0] for t in self._titles)

    def _add_alias(self, alias: str, eid: str, short: bool) -> None:
        key = _tokens(alias)
        if not key:
            return
        lst = self._alias.setdefault(key, [])
        if (eid, short) in lst:
            return
        user_first = self._by_id[eid].source == "user"
        if user_first and lst and self._by_id[lst[0][0]].source != "user" and not short:
            # a user alias wins over a packaged one for the same surface
            lst[:] = [x for x in lst if x[1]]
            lst.insert(0, (eid, short))
        else:
            lst.append((eid, short))
        node = self._trie
        for t in key:
            node = node.setdefault(t, {})
        node[_TERM] = key

    # ------------------------------------------------------------------ loading

    @classmethod
    def load(cls, extra: list[Path] | None = None) -> "Gazetteer":
        """Packaged gazetteer files (+ outlets.yaml) and then the user's files, which win."""
        raw: dict[str, dict[str, Any]] = {}
        lexicon: dict[str, Any] = {}
        for path in sorted(DATA_DIR.glob("*.yaml")):
            if path.name.startswith("EXAMPLE"):
                continue
            if path.stem in _LEXICON_FILES:
                lexicon.update(lexicon_file(path.stem))
                continue
            for d in _read_entries(path):
                _merge(raw, d, "gazetteer")
        # a generated place spelled like a given name ("آموس" Imus / Amos) is a place only with a cue
        given = {" ".join(_tokens(w)) for key in ("given_names", "foreign_given_names")
                 for w in _as_tuple(lexicon.get(key))}
        styles = lexicon.get("place_styles") or {}
        for path in sorted(DATA_DIR.glob("*.tsv")):
            for d in _read_tsv(path):
                if d["id"] not in raw:  # a hand-made entry of the same id wins
                    local = styles.get(d.get("country") or "")
                    if local:  # the generated romanisation takes the country's press ending
                        ar, en = _tokens(d["name_ar"]), d["name_en"].split(" ")
                        if ar and len(ar) == len(en):
                            en[-1] = _final_ta(local, ar[-1], en[-1])
                            d["name_en"] = " ".join(en)
                    if not d.get("needs_cue") and " ".join(_tokens(d.get("name_ar") or "")) in given:
                        d["needs_cue"] = True
                    raw[d["id"]] = d
        _apply_place_titles(raw, lexicon.get("place_titles") or {})
        if OUTLETS_FILE.is_file():
            # a surface a gazetteer entry names stays that entry's ("الجزيرة نت": the web edition)
            claimed = {(_tokens(a), eid) for eid, r in raw.items()
                       for a in (r.get("name_ar", ""), *_as_tuple(r.get("aliases")))}
            taken = {t for t, _ in claimed}
            for d in load_yaml(OUTLETS_FILE.read_text(encoding="utf-8")) or []:
                if not isinstance(d, dict) or not d.get("id"):
                    continue
                aliases = [a for a in d.get("aliases") or [] if not re.search(r"[A-Za-z]", a)
                           and (_tokens(a) not in taken or (_tokens(a), d["id"]) in claimed)]
                # "قناة X": the channel noun stays outside the span (a media cue for X instead)
                aliases = [a for a in aliases if not (norm(a).startswith("قناه ") and len(a.split()) == 2)]
                cue_req = {norm(x) for x in lexicon.get("cue_required_outlets", [])}
                prev = raw.get(d["id"], {})
                _merge(raw, {"id": d["id"], "type": "ORG", "kind": "media",
                             "name_en": prev.get("name_en") or d.get("name_en"),
                             "name_ar": d.get("name_ar"),
                             "aliases": list(_as_tuple(prev.get("aliases"))) + aliases,
                             "needs_cue": norm(d.get("name_ar") or "") in cue_req or prev.get("needs_cue", False)},
                       "gazetteer")
        for path in extra or []:
            path = Path(path)
            if path.is_file():
                for d in _read_entries(path):
                    _merge(raw, d, "user")
        entries = []
        for d in raw.values():
            try:
                entries.append(_entry(d))
            except (KeyError, TypeError, ValueError):
                continue  # an incomplete user row is skipped rather than failing the build
        return cls(entries, lexicon)

    # ------------------------------------------------------------------ queries

    def get(self, id: str | None) -> GazEntry | None:
        return self._by_id.get(id) if id else None

    def entries(self, kind: str | None = None) -> list[GazEntry]:
        return [e for _, e in sorted(self._by_id.items()) if kind is None or e.kind == kind]

    def lookup_all(self, surface: str) -> list[GazEntry]:
        toks = _tokens(surface)
        if not toks:
            return []
        for first, _ in _variants(toks[0]):
            hit = self._alias.get((first, *toks[1:]))
            if hit:
                full = [self._by_id[i] for i, short in hit if not short]
                if full:
                    return full
        return []

    def lookup(self, surface: str) -> GazEntry | None:
        hits = self.lookup_all(surface)
        return hits[0] if hits else None

    def nisba(self, word: str) -> str | None:
        toks = _tokens(word)
        if len(toks) != 1:
            return None
        for v, _ in _variants(toks[0]):
            if v in self._nisba:
                return self._nisba[v]
        return None

    def demonym(self, country_id: str | None) -> str | None:
        return self._demonym.get(country_id or "") or None

    def is_title(self, words: str) -> bool:
        return _tokens(words) in self._titles

    def words(self, name: str) -> frozenset[str]:
        """A normalised word list from the lexicon files (stop words, cues, given names...)."""
        return _word_set(self, name)


_LEXICON_FILES = {"nisba", "classifiers", "titles", "lexicon", "transliteration", "foreign_names", "bodies",
                  "place_titles"}


@lru_cache(maxsize=None)
def lexicon_file(stem: str) -> dict[str, Any]:
    """One packaged lexicon file (``_LEXICON_FILES``: DATA_DIR/<stem>.yaml), read and parsed once per process:
    the gazetteer merges them all, and the person-name tables (``person_names``, which have no Gazetteer at
    hand) read the name sections of titles.yaml and transliteration.yaml from the same parse."""
    path = DATA_DIR / f"{stem}.yaml"
    return (load_yaml(path.read_text(encoding="utf-8")) or {}) if path.is_file() else {}

_ENTRY_FIELDS = {"id", "type", "kind", "name_en", "name_ar", "aliases", "country", "short_forms",
                 "standalone", "needs_cue", "not_before", "not_after"}


def _merge(raw: dict[str, dict[str, Any]], d: dict[str, Any], source: str) -> None:
    if not d.get("id"):
        return
    d = {k: v for k, v in d.items() if k in _ENTRY_FIELDS and v not in (None, "")}
    eid = str(d["id"])
    if eid in raw:
        merged = dict(raw[eid])
        old_aliases = _as_tuple(merged.get("aliases"))
        merged.update(d)
        merged["aliases"] = list(dict.fromkeys(old_aliases + _as_tuple(d.get("aliases"))))
        d = merged
    d["source"] = source if source == "user" or eid not in raw else raw[eid].get("source", source)
    raw[eid] = d


def _apply_place_titles(raw: dict[str, dict[str, Any]], titles: dict[str, Any]) -> None:
    """The English names the press and Wikipedia give the most newsworthy places (data
    place_titles.yaml) replace the gazetteer's own for every place entry that has the key among
    its Arabic spellings; a mapping value names the place of each country."""
    if not titles:
        return
    table = {_tokens(k): v for k, v in titles.items()}
    for d in raw.values():
        if str(d.get("type", "")).upper() != "LOC":
            continue
        for a in (d.get("name_ar", ""), *_as_tuple(d.get("aliases"))):
            v = table.get(_tokens(a))
            if isinstance(v, dict):
                v = v.get(d.get("country") or "")
            if v:
                d["name_en"] = str(v)
                break


def _entry(d: dict[str, Any]) -> GazEntry:
    needs = d.get("needs_cue", False)
    if isinstance(needs, str):
        low = needs.strip().lower()
        needs = low if low in ("prep", "noun") else low in ("1", "true", "yes")
    return GazEntry(
        id=str(d["id"]), type=str(d.get("type", "MISC")).upper(), kind=str(d.get("kind", "")),
        name_en=str(d["name_en"]), name_ar=str(d["name_ar"]), aliases=_as_tuple(d.get("aliases")),
        country=d.get("country") or None, short_forms=_as_tuple(d.get("short_forms")),
        standalone=_as_tuple(d.get("standalone")), needs_cue=needs if needs in ("prep", "noun") else bool(needs),
        not_before=tuple(norm(x) for x in _as_tuple(d.get("not_before"))),
        not_after=tuple(norm(x) for x in _as_tuple(d.get("not_after"))),
        source=str(d.get("source", "gazetteer")),
    )


def _nisba_forms(base: str) -> set[str]:
    """All forms of a nisba given its masculine base ("سوري"): gender, number, article. A base
    that starts with "ال" is read both ways: with the article ("السوري") and as a stem whose
    hamza normalisation folded to "ال" ("ألماني", "ألباني" -> "الالمانية")."""
    out: set[str] = set()
    for stem in ({base[2:], base} if base.startswith("ال") else {base}):
        forms = {stem, stem + "ه", stem + "ون", stem + "ين", stem + "ان"}
        out |= forms | {"ال" + f for f in forms}
    return out


@lru_cache(maxsize=65536)
def _variants(tok: str) -> tuple[tuple[str, int], ...]:
    """(form, proclitic length) readings of a token: as is, minus up to two proclitics, and
    لل -> ال (the fused article: the whole token stays the surface, so the offset is 0)."""
    out = [(tok, 0)]
    for p in (0, 1, 2):
        if p and not (len(tok) - p >= 2 and all(c in _PROCLITICS for c in tok[:p])):
            break
        if p == 2 and tok[:2] == "لل":
            break  # ل + ل does not occur: "للبلدة" is ل + البلدة, not ل + ل + بلدة
        rest = tok[p:]
        if p:
            out.append((rest, p))
        if rest.startswith("لل") and len(rest) > 3:
            out.append(("ال" + rest[2:], p))
    return tuple(out)


def _word_set(gaz: Gazetteer, name: str) -> frozenset[str]:
    cache = gaz.__dict__.setdefault("_wordsets", {})
    if name not in cache:
        vals = gaz.lexicon.get(name, [])
        cache[name] = frozenset(" ".join(_tokens(v)) for v in vals)
    return cache[name]


# ====================================================================== extraction


class _Tok(NamedTuple):
    s: int  # normalised start
    e: int  # normalised end
    t: str  # token (lower-cased normalised)


_new_tok = partial(tuple.__new__, _Tok)  # _Tok from an (s, e, t) tuple, without a Python call


@dataclass
class _Found:
    i: int  # first token index
    j: int  # one past the last token index
    p: int  # proclitic chars skipped in the first token
    type: str
    id: str | None
    name_en: str | None
    source: str
    kind: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def extract_entities(text: str, nt: Normalised, gazetteer: Gazetteer) -> list[Entity]:
    """Gazetteer matches (longest first, left to right), then rules for the names it lacks."""
    ntext = nt.text
    toks, joinable = _tokenise(ntext)
    if not toks:
        return []
    fs = [_strip1(t.t) for t in toks]  # proclitic readings of each token, for both passes
    cands = _alias_cands(gazetteer, toks, joinable, fs)
    found: list[_Found | None] = [None] * len(toks)  # token index -> mention covering it
    mentions: list[_Found] = []
    disc = _Discourse()
    _gazetteer_pass(gazetteer, toks, joinable, ntext, found, mentions, disc, cands)
    if disc.rejected and _learn_discourse(gazetteer, mentions, disc):
        # a homograph rejected for want of a cue is named with one elsewhere in the article, or
        # belongs to the article's country: read the article again with that knowledge
        found = [None] * len(toks)
        mentions = []
        _gazetteer_pass(gazetteer, toks, joinable, ntext, found, mentions, disc, cands)
    _rule_pass(gazetteer, toks, joinable, ntext, found, mentions, nt, fs)
    out: list[Entity] = []
    for f in sorted(mentions, key=lambda f: (toks[f.i].s, f.j)):
        s, e = nt.span(toks[f.i].s + f.p, toks[f.j - 1].e)
        if s >= e:
            continue
        out.append(Entity(text=text[s:e], start=s, end=e, type=f.type, id=f.id,
                          name_en=f.name_en, name_source=f.source))
    return out


def _tokenise(ntext: str) -> tuple[list[_Tok], list[bool]]:
    """The article's tokens, lower-cased, and ``_joins`` of each token with the next (False after
    the last). One split() gives the tokens and the gaps between them (two consecutive tokens
    always have a non-empty gap), their offsets are the running sums of the pieces' lengths, and
    the tokens are built as tuples in C (a speed cut: no match object, no Python __init__ per
    token). A token holds only ASCII letters and digits and Arabic letters, whose lower case is
    one character and context-free, so each token is lower-cased on its own."""
    parts = _TOKEN_SPLIT.split(ntext)
    pos = list(accumulate(map(len, parts), initial=0))
    toks = list(map(_new_tok, zip(pos[1::2], pos[2::2], map(str.lower, parts[1::2]))))
    joinable = [g in _JOIN_GAPS or (g == "." and ntext[toks[k + 1].s:toks[k + 1].s + 2].isalpha())
                for k, g in enumerate(parts[2:-1:2])]
    if toks:
        joinable.append(False)
    return toks, joinable


# the gaps `_joins` accepts apart from a dot: one to three spaces, tabs or hyphens
_JOIN_GAPS = frozenset(a + b + c for a in ("", " ", "\t", "-") for b in ("", " ", "\t", "-")
                       for c in (" ", "\t", "-"))


def _joins(ntext: str, a: int, b: int) -> bool:
    """Two tokens belong to one name only across plain spacing (or a hyphen)."""
    gap = ntext[a:b]
    if gap == "." and ntext[b:b + 2].isalpha():
        return True  # "العربية.نت", "الجزيرة.نت": a dot inside a web outlet's name
    return bool(gap) and len(gap) <= 3 and all(c in " \t-" for c in gap)


def _prev_words(toks: list[_Tok], joinable: list[bool], i: int, n: int = 2) -> list[str]:
    """Up to n words before token i, nearest first (stopping at punctuation), proclitic-stripped."""
    out: list[str] = []
    k = i - 1
    while k >= 0 and len(out) < n and joinable[k]:
        out.append(toks[k].t)
        k -= 1
    return out


@lru_cache(maxsize=65536)
def _strip1(w: str) -> tuple[str, ...]:
    return tuple(v for v, _ in _variants(w))


@lru_cache(maxsize=65536)
def _strip1_set(w: str) -> frozenset[str]:
    return frozenset(_strip1(w))


@dataclass
class _Discourse:
    """What the whole article says about its homographs ("one sense per discourse"): entries
    that need a cue and got one somewhere (``confirmed``), the article's main country, and the
    entries a first reading rejected for want of a cue."""

    confirmed: set[str] = field(default_factory=set)
    country: str | None = None
    rejected: set[str] = field(default_factory=set)
    second: bool = False


def _learn_discourse(gaz: Gazetteer, mentions: list[_Found], disc: _Discourse) -> bool:
    """After a first reading: True when a second one could accept a rejected homograph."""
    counts: dict[str, int] = {}
    for f in mentions:
        e = gaz.get(f.id)
        if e is None:
            continue
        if e.needs_cue and not f.extra.get("short"):
            disc.confirmed.add(e.id)
        if e.country and e.country not in _SKIP_COUNTRIES and e.type in ("LOC", "ORG", "PER") \
                and e.kind not in ("media", "agency"):
            counts[e.country] = counts.get(e.country, 0) + 1
    if counts:
        best = max(counts.values())
        tops = [c for c, n in counts.items() if n == best]
        disc.country = tops[0] if len(tops) == 1 and best >= 2 else None
    disc.second = True
    return any(eid in disc.confirmed or (gaz.get(eid) and gaz.get(eid).country == disc.country
                                         and gaz.get(eid).needs_cue == "prep")
               for eid in disc.rejected)


def _alias_cands(gaz: Gazetteer, toks: list[_Tok], joinable: list[bool], fs: list[tuple[str, ...]]
                 ) -> list[tuple[int, list[tuple[int, int, tuple[str, ...]]]]]:
    """The aliases that start at each token, as (token index, [(ntokens, proclitic, alias key)],
    longest first, fewest proclitics next), for the tokens that start one. They depend on the
    text alone, so both readings of an article share them; only the tokens one of whose
    proclitic readings opens an alias are walked down the trie (most open none)."""
    trie = gaz._trie
    firsts = trie.keys()
    whole = gaz.words("whole_words")  # never a proclitic + a name ("باب" is no ب + إب)
    n = len(toks)
    out: list[tuple[int, list[tuple[int, int, tuple[str, ...]]]]] = []
    for i in [k for k, f in enumerate(fs) if not firsts.isdisjoint(f)]:
        cands: list[tuple[int, int, tuple[str, ...]]] = []
        for form, p in _variants(toks[i].t):
            if p and toks[i].t in whole:
                continue
            node = trie.get(form)
            k = i
            while node is not None:
                if _TERM in node:
                    cands.append((k - i + 1, p, node[_TERM]))
                if k + 1 >= n or not joinable[k]:
                    break
                k += 1
                node = node.get(toks[k].t)
        if cands:
            cands.sort(key=lambda c: (-c[0], c[1]))
            out.append((i, cands))
    return out


def _gazetteer_pass(gaz: Gazetteer, toks: list[_Tok], joinable: list[bool], ntext: str,
                    found: list[_Found | None], mentions: list[_Found],
                    disc: _Discourse | None = None,
                    cands_at: list[tuple[int, list[tuple[int, int, tuple[str, ...]]]]] | None = None) -> None:
    if cands_at is None:
        cands_at = _alias_cands(gaz, toks, joinable, [_strip1(t.t) for t in toks])
    last_seen: dict[str, int] = {}  # entry id -> order of its last mention
    order = 0
    nl = ntext.find("\n")
    headline_end = nl if nl > 0 else 0  # a first line followed by a body is a headline
    pending: list[tuple[int, int, int, tuple[str, ...]]] = []
    last_keys: dict[str, tuple[str, ...]] = {}  # entry id -> alias tokens of its last full mention
    nxt = 0  # first token not inside a chosen mention
    for i, cands in cands_at:
        if i < nxt:
            continue
        chosen: _Found | None = None
        for ln, p, key in cands:
            entry, short = _choose(gaz, key, toks, joinable, i, i + ln, p, last_seen, ntext, found, last_keys,
                                   disc)
            if entry is not None:
                chosen = _Found(i, i + ln, p, entry.type, entry.id, entry.name_en,
                                "user" if entry.source == "user" else "gazetteer", entry.kind,
                                {"short": short})
                if not short:
                    last_keys[entry.id] = key
                break
        if chosen is None:
            if toks[i].s < headline_end:
                ln, p, key = cands[0]  # the longest (cands are longest first)
                pending.append((i, ln, p, key))
            continue
        mentions.append(chosen)
        for k in range(chosen.i, chosen.j):
            found[k] = chosen
        order += 1
        last_seen[chosen.id or ""] = order
        nxt = chosen.j
    _headline_short_forms(gaz, pending, found, mentions)


def _headline_short_forms(gaz: Gazetteer, pending: list[tuple[int, int, int, tuple[str, ...]]],
                          found: list[_Found | None], mentions: list[_Found]) -> None:
    """A headline uses the short form before the body names the actor ("المركزي يرفع الفائدة"
    above "البنك المركزي المصري"): it denotes the first later mention of an entry listing it."""
    for i, ln, p, key in pending:
        if any(found[k] is not None for k in range(i, i + ln)):
            continue
        ids = {eid for eid, short in gaz._alias.get(key, []) if short}
        if not ids:
            continue
        later = next((f for f in sorted(mentions, key=lambda f: f.i) if f.i >= i + ln and f.id in ids), None)
        if later is None:
            continue
        f = _Found(i, i + ln, p, later.type, later.id, later.name_en, later.source, later.kind, {"short": True})
        mentions.append(f)
        for k in range(i, i + ln):
            found[k] = f


def _choose_words(gaz: Gazetteer) -> tuple[frozenset[str], ...]:
    """The word lists `_choose` reads at every gazetteer hit, fetched once per gazetteer (a speed
    cut: one cache lookup instead of five calls per hit)."""
    got = gaz.__dict__.get("_choose_words")
    if got is None:
        got = gaz.__dict__["_choose_words"] = tuple(gaz.words(n) for n in (
            "place_classifiers", "media_cues", "report_cues", "place_prepositions", "verb_homographs"))
    return got


def _choose(gaz: Gazetteer, key: tuple[str, ...], toks: list[_Tok], joinable: list[bool],
            i: int, j: int, p: int, last_seen: dict[str, int], ntext: str = "",
            found: list[_Found | None] | None = None,
            last_keys: dict[str, tuple[str, ...]] | None = None,
            disc: _Discourse | None = None) -> tuple[GazEntry | None, bool]:
    """Pick the entry an alias denotes here, or None when the context rejects every reading."""

    def found_before(k: int) -> str:
        f = found[k] if found is not None and 0 <= k < len(found) else None
        return f.type if f is not None else ""

    hits = gaz._alias.get(key, [])
    prev = _prev_words(toks, joinable, i, 3)
    nxt = toks[j].t if j < len(toks) and joinable[j - 1] else ""
    place_cls, media_cues, report_cues, place_preps, verb_homs = _choose_words(gaz)
    prev_forms = [_strip1_set(w) for w in prev]
    prev1 = prev_forms[0] if prev_forms else frozenset()

    def cue(kind: str) -> bool:
        if kind == "place":
            if bool(prev1 & place_cls) or _in_place_list(gaz, toks, joinable, i):
                return True
            # an item of a list of places: "في الحديدة وصنعاء وتعز وحجة"
            if p == 1 and toks[i].t[:1] == "و" and i and joinable[i - 1] and found_before(i - 1) == "LOC":
                return True
            return False
        if kind == "prep":
            # a homograph of a common word ("صور" pictures / Tyre): a classifier, a directional
            # preposition, a weak one closing the clause ("في صور،") or a compass word after it
            if cue("place") or prev1 & gaz.words("place_prepositions_strong"):
                return True
            if prev1 & place_preps and (j >= len(toks) or not joinable[j - 1]):
                return True
            return bool(nxt) and nxt in gaz.words("compass_words")
        if kind in ("media", "noun"):
            if any(f & (media_cues if kind == "media" else gaz.words("media_nouns")) for f in prev_forms[:2]):
                return True
            if ntext and ntext[max(0, toks[i].s - 1):toks[i].s] in _OPEN_Q \
                    and ntext[toks[j - 1].e:toks[j - 1].e + 1] in _CLOSE_Q:
                return True  # a quoted outlet name: «اليوم السابع», لـ"الشروق"
            if kind == "noun":
                return False  # an outlet named like a place or a very common word ("الرياض",
                # "الحياة"): only after a media noun or in quotation marks
            if prev1 & report_cues:
                return True
            # "أفاد شهود عيان للعربية": لـ + outlet after a reporting verb; "قال ...، للميادين إن":
            # لـ + outlet before what was said; "في تصريح لموزاييك"; "قال X لموزاييك: ..."
            to = toks[i].t.startswith("لل") or (p >= 1 and toks[i].t[p - 1] == "ل")
            if not to:
                return False
            if nxt in gaz.words("outlet_complementizers"):
                return True
            if prev1 & gaz.words("statement_nouns"):
                return True
            if ntext[toks[j - 1].e:toks[j - 1].e + 2].strip()[:1] == ":":
                return True
            return any(f & report_cues for f in prev_forms[:3])
        return False

    if len(key) == 1 and key[0] in verb_homs:
        # an acronym spelled like a verb ("آفاد" / "أفاد"): only as a subject after a reporting
        # verb or an organisation noun, or in brackets; never sentence-initial as a verb
        before = ntext[max(0, toks[i].s - 2):toks[i].s]
        quoted = bool(set(before) & _OPEN_Q) and ntext[toks[j - 1].e:toks[j - 1].e + 1] in _CLOSE_Q
        if not ("(" in before or quoted or prev1 & report_cues or prev1 & gaz.words("org_nouns")):
            return None, False

    full: list[GazEntry] = []
    shorts: list[GazEntry] = []
    given_prev: bool | None = None
    for eid, short in hits:
        e = gaz._by_id[eid]
        if nxt and nxt in e.not_before:
            continue
        if e.type == "PER" and len(key) == 1 and p == 0 and prev:
            if given_prev is None:
                given_prev = prev[0] in gaz.words("given_names") or prev[0] in gaz.words("foreign_given_names")
            if given_prev:
                continue  # "بول غريفيث" is not Martin Griffiths: another given name before the family name
        if e.type == "LOC" and p and len(key) == 1 and nxt and nxt not in gaz.words("stop_words") \
                and (toks[i].t in gaz.words("given_names") or name_part_counts(toks[i].t)[0] >= 30):
            continue  # "كريمة بنيعيش" is a woman, not "ك" + Raymah: a given name before a name
        if prev and prev[0] in e.not_after:
            continue
        if not short and e.kind == "country" and len(key) == 1 and key[0] in gaz._nisba and _agrees(prev) \
                and not key[0].startswith("ال"):
            # "طائرات حربية روسية": the feminine nisba adjective, not the country; a definite one
            # cannot qualify an indefinite word, it completes it ("بقيادة السعودية", "تقوده السعودية")
            continue
        (shorts if short else full).append(e)
    if shorts and len(key) == 1 and key[0].startswith("ال") and key[0].endswith("ي") and prev_forms \
            and any(f.startswith("ال") for f in prev_forms[0]):
        shorts = []  # "الجهاز المركزي": an adjective of the noun before it, not a short form
    if full:
        ok = []
        for e in full:
            cued = len(key) == 1 or key == _tokens(e.name_ar)
            need = e.needs_cue if e.needs_cue in ("prep", "noun") else ("place" if e.type == "LOC" else "media")
            if e.needs_cue and cued and not cue(need) and not _discourse_cue(e, disc, prev1, place_preps, toks[i].t, p):
                if disc is not None and not disc.second:
                    disc.rejected.add(e.id)
                continue
            ok.append(e)
        if not ok and not shorts:
            return None, False
        if not ok:
            pass  # every full reading wants a cue ("التيار" the Sudanese daily): a short form may stand
        elif len(ok) > 1:  # ambiguous alias (الميادين city / channel): classifier and cue decide
            if cue("place") or prev1 & place_preps:
                locs = [e for e in ok if e.type == "LOC"]
                if locs:
                    return locs[0], False
            if cue("media"):
                media = [e for e in ok if e.kind in ("media", "agency")]
                if media:
                    return media[0], False
        if ok:
            return ok[0], False
    all_shorts = shorts
    if shorts and last_keys is not None and " ".join(key) in gaz.words("echo_short_forms"):
        # "المقاومة": only an antecedent named with that word ("محور المقاومة", "المقاومة
        # الإسلامية"), not any mention of an entry listing it ("حزب الله")
        shorts = [e for e in shorts if set(key) <= set(last_keys.get(e.id, ()))]
    if all_shorts:
        # a short form denotes the most recently mentioned entry that lists it
        best = max(shorts, key=lambda e: last_seen.get(e.id, 0)) if shorts else None
        if best is not None and last_seen.get(best.id, 0) > 0:
            return best, True
        alone = [e for e in all_shorts if key in {_tokens(s) for s in e.standalone}]
        need = (gaz.lexicon.get("standalone_cues") or {})
        cues = next((v for k2, v in need.items() if _tokens(k2) == key), None)
        if alone and cues is not None:
            if not (prev1 & {" ".join(_tokens(x)) for x in cues}):
                alone = []  # "خط المقاومة" is the Axis; a bare "المقاومة" names nobody
        if alone:
            return alone[0], True
    return None, False


def _discourse_cue(e: GazEntry, disc: _Discourse | None, prev1: frozenset[str], place_preps: frozenset[str],
                   tok: str, p: int) -> bool:
    """A homograph needs no cue of its own where the article settled its sense: the same place
    is named with a cue elsewhere in it ("محافظة معان" ... "شرطة معان"), or the place belongs
    to the article's country and a preposition or ب/ل leads to it ("من العقبة لعمّان" in an
    article about Jordan)."""
    if disc is None or not disc.second:
        return False
    if e.id in disc.confirmed and e.type == "LOC":
        return True
    if e.type == "LOC" and e.needs_cue == "prep" and e.country and e.country == disc.country:
        return bool(prev1 & place_preps) or (p == 1 and tok[:1] in "بل")
    return False


_OPEN_Q = frozenset('"«“')
_OPEN_Q_RE = re.compile('["«“]')
_CLOSE_Q = frozenset('"»”')


def _agrees(prev: list[str]) -> bool:
    """The word before is an indefinite feminine/plural noun or adjective ("طائرات", "حربية"),
    so a following feminine nisba agrees with it as an adjective."""
    if not prev:
        return False
    w = prev[0]
    # an indefinite accusative ("أعلاما روسية") agrees as well
    return not w.startswith(("ال", "وال", "بال", "لل")) and len(w) > 3 and (
        w.endswith(("ه", "ات")) or (len(w) > 4 and w.endswith("ا")))


def _written_otherwise(c: _Ctx, k: int, form: str) -> bool:
    """Token k's classifier ``form`` is written as another word that folds to it: "لإحياء الذكرى" (إحياء,
    reviving: a commemoration) is not "أحياء" (quarters). classifiers.yaml written_otherwise: form -> the first
    letter that makes the other word."""
    letter = _lex_map(c.gaz, "written_otherwise").get(form)
    if not letter or c.nt is None:
        return False
    t = c.toks[k]
    at = t.s + len(t.t) - len(form)  # the classifier after its proclitics
    return at < len(c.nt.index) - 1 and c.nt.original[c.nt.index[at]] == letter


def _in_place_list(gaz: Gazetteer, toks: list[_Tok], joinable: list[bool], i: int) -> bool:
    """True when token i continues a list opened by a plural place classifier:
    "بلدتا الجلاء وصبيخان", "قرى X وY وZ" (each item one or two words)."""
    plural = gaz.words("place_classifiers_plural")
    if i and not toks[i].t.startswith("و") and joinable[i - 1] \
            and not any(v in plural for v in _strip1(toks[i - 1].t)):
        return False  # "أحياء حلب الغربية": a word after a list item and no و is its adjective
    if i and toks[i].t.startswith("و") and toks[i - 1].t in gaz.words("stop_words"):
        return False  # "الجنوبية والشرقية": adjectives coordinated, not list items
    k = i - 1
    steps = 0
    while k >= 0 and steps < 8:
        w = toks[k].t
        if any(v in plural for v in _strip1(w)):
            return True
        steps += 1
        k -= 1
    return False


# ====================================================================== English names


@lru_cache(maxsize=1)
def _romanizer() -> Any:
    """The romanizer (an ``arabic_name_romanizer`` Transliterator), or None when the package is
    absent. Its model runs on ONE ONNX thread: the package's default of two threads made every
    model decode cost ~2.5x the CPU (the second thread spins), and extraction is measured, and run
    by the build's workers, one core per process."""
    try:
        import arabic_name_romanizer as anr
    except Exception:  # pragma: no cover - optional at run time
        return None
    try:
        from arabic_name_romanizer.api import Transliterator, default_resources_dir
        from arabic_name_romanizer.inference import OnnxModel

        return Transliterator(model=OnnxModel(default_resources_dir(), intra_op_threads=1))
    except Exception:  # pragma: no cover - another package version: its own default
        return anr


@lru_cache(maxsize=1)
def _name_index() -> Any:
    """The romanizer's name-part index (an SQLite table of ~32k Arabic name parts with counts
    as given name / surname), or None when the package is absent."""
    try:
        import sqlite3

        from arabic_name_romanizer.api import default_resources_dir

        path = Path(default_resources_dir()) / "names.sqlite3"
        if not path.is_file():
            return None
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    except Exception:  # pragma: no cover - optional at run time
        return None


def preload_romanizer() -> None:
    """Open the romanizer's model and name-part index now (``analyse.load_gazetteer``), not on the
    first unknown name of a run."""
    _romanizer()
    _name_index()


@lru_cache(maxsize=65536)
def name_part_counts(word: str) -> tuple[int, int]:
    """(count as given name, count as surname) of one normalised word in the romanizer's list."""
    conn = _name_index()
    if conn is None or not word:
        return (0, 0)
    try:
        from arabic_name_romanizer.normalize import lookup_key

        rows = conn.execute("SELECT role, SUM(count) FROM units WHERE arabic_key = ? GROUP BY role",
                            (lookup_key(word),)).fetchall()
    except Exception:  # pragma: no cover
        return (0, 0)
    given = sum(c for r, c in rows if r in ("given", "unknown"))
    surname = sum(c for r, c in rows if r == "surname")
    return (int(given), int(surname))


@lru_cache(maxsize=8192)
def romanize(name: str, country: str | None = None) -> str | None:
    """English spelling of a personal name via arabic-name-romanizer (None if unavailable);
    ``country`` (ISO code) asks for that country's usual spelling (Algeria "Brahim", Somalia
    "Abdi Nur", Jordan "Shboul"). A name whose every word is in our own spelling table
    (``person_names.spell``) is spelt from it, with no model call."""
    spelled = person_names.spell(name, country)
    if spelled is not None:
        return spelled
    anr = _romanizer()
    if anr is None:
        return None
    try:
        res = anr.transliterate(name, country=country) if country else anr.transliterate(name)
    except Exception:
        return None
    text = res[0].text if isinstance(res, list) and res else getattr(res, "text", res)
    if not isinstance(text, str) or not text.strip():
        return None
    ar, out = name.split(), text.split()
    if len(ar) == len(out):
        # the romanizer fuses the article with an opening ع ("العكيدات" -> "Lakidat", "العبيدي" ->
        # "Labidi"): the press writes "al-Akidat", "al-Abidi"
        out = ["al-" + o[1].upper() + o[2:] if a.startswith(("الع", "العـ")) and len(o) > 2 and o[0] in "Ll"
               and o[1] in "aeiouAEIOU" else o for a, o in zip(ar, out)]
        text = " ".join(out)
    return _tidy_latin(text)


def _tidy_latin(s: str) -> str:
    parts = []
    for w in s.split():
        low = w.lower()
        if low in ("al", "el") or low.startswith(("al-", "el-")):
            rest = w.split("-", 1)[1] if "-" in w else ""
            parts.append("al-" + rest[:1].upper() + rest[1:] if rest else "al")
        else:
            parts.append(w[:1].upper() + w[1:])
    out = " ".join(parts).replace("al ", "al-")
    return out[:1].upper() + out[1:]


def transliterate(name: str, gaz: Gazetteer, country: str | None = None) -> str:
    """Table transliteration (data: transliteration.yaml) for place names the gazetteer lacks,
    with vowel heuristics so that unknown names read acceptably ("تل السلطان" -> "Tal al-Sultan"
    is out of reach without short vowels, but "Tal al-Saltan" beats "Tl al-Sltan"):

    - ا is "a"; و and ي are consonants (w, y) at the start of a word and next to ا, long vowels
      ("ou"/"u", "i") elsewhere; ة/ه at the end is "a", ه inside a word "h";
    - a consonant cluster that opens a word, or two consonants that close a word with no vowel
      before them, get an "a" (فعل patterns: "Dbs" -> "Dabs", "Aml" -> "Amal");
    - after a long ا the next two consonants take an "i" (فاعل patterns: "Msharqa" -> "Mashariqa").

    ``country`` (the article's, a gazetteer id) selects the Maghreb's French-based usage where
    it applies (`maghreb_place_style`): ش "ch", ع "a", an "e" to open a cluster that is not
    followed by a vowel ("Melbou", but "Ksila"), the article "El" ("El Amra"), assimilated before
    a sun letter inside a name ("Sakiet Ezzit"), Algeria's ج "dj".
    """
    style = _maghreb_style(gaz, country)
    local = (gaz.lexicon.get("place_styles") or {}).get(country or "") or {}
    table: dict[str, str] = {**gaz.lexicon.get("letters", {}), **(style.get("letters") or {})} if style \
        else gaz.lexicon.get("letters", {})
    if local.get("letters"):
        table = {**table, **local["letters"]}  # Iraqi and Gulf "dh" for ض/ظ ("Al-Dhabab", "Al-Udhaim")
    vowels_w = local.get("vowel_waw") or gaz.lexicon.get("vowel_waw", "ou")
    spelled = _lex_map(gaz, "place_word_spellings")
    if local.get("words"):  # the country's usage for common place words (Sudan "Um", Lebanon "Kfar")
        spelled = {**spelled, **{" ".join(_tokens(k)): v for k, v in local["words"].items()}}
    words = []
    words_style = _lex_map(gaz, "maghreb_place_words") if style else {}
    for wi, w in enumerate(_tokens(name)):
        if w in words_style:
            words.append(words_style[w])
            continue
        if w in spelled:
            words.append(spelled[w])
            continue
        prefix = ""
        if w.startswith("ال") and len(w) > 3:
            prefix, w = "al-", w[2:]
            if local.get("drop_article_first") and wi == 0:
                prefix = ""  # Lebanese usage: "Habbariyeh", "Naqoura", "Khiam"
            if style:
                sun = "تثدذرزسشصضطظلن"
                prefix = "El " if wi == 0 or w[0] not in sun else "E" + table.get(w[0], "")[:1]
        if w.isascii():
            words.append(prefix + w[:1].upper() + w[1:])
            continue
        if prefix and w in spelled:
            # a common word after the article ("العودة" -> "al-Awda", "الثورة" -> "al-Thawra"): its
            # vowels are known, the letters alone would give "al-Ouda", "al-Thoura"
            word = spelled[w]
            if local.get("final_iya") and w.endswith("يه"):
                word = re.sub(r"(iyya|iya|ia|ya)$", local["final_iya"], word)  # Syrian "al-Sharqiyah"
            if style and prefix.startswith("E") and prefix != "El ":
                words.append(prefix + word.lower())
            else:
                words.append(prefix + word[:1].upper() + word[1:])
            continue
        dim = None if style else _diminutive(w, table)
        if dim is not None:
            words.append(prefix + dim[:1].upper() + dim[1:])
            continue
        # units: (latin, is_vowel)
        units: list[tuple[str, bool]] = []
        n = len(w)
        for k, ch in enumerate(w):
            prev = w[k - 1] if k else ""
            nxt = w[k + 1] if k + 1 < n else ""
            if ch == "ا":
                units.append(("a", True))
            elif ch in "وي":
                consonant = k == 0 or nxt == "ا" or prev == "ا" or nxt in "وي" and nxt != ""
                if consonant:
                    units.append(("w" if ch == "و" else "y", False))
                elif ch == "و":
                    units.append((vowels_w if k + 1 < n or style else "u", True))  # Maghrebi "Melbou"
                else:
                    units.append(("i", True))
            elif ch == "ه" and k + 1 == n and k > 0:
                units.append(("a", True))
            elif ch == "ء" and k + 1 == n:
                continue
            elif ch == "ع" and k and style:
                if not (units and units[-1][1]):
                    units.append(("a", True))  # Maghrebi "Naadja", "Yakouren": ع after a consonant is a
            elif ch == "ع" and k == 0:
                # initial ع: silent before a vowel ("عيسى" Isa), "a" before a consonant ("عشارة"),
                # و/ي before ا included ("العواميد" al-Awamid, "عيادة")
                if nxt and (nxt not in "اوي" or (nxt in "وي" and k + 2 < n and w[k + 2] == "ا")):
                    units.append(("a", True))
            else:
                lat = table.get(ch, ch if ch.isascii() else "")
                if lat:
                    units.append((lat, lat == "'" and False))
        out: list[str] = []
        emitted = False
        for k, (lat, vow) in enumerate(units):
            out.append(lat)
            emitted = emitted or vow
            nxt = units[k + 1] if k + 1 < len(units) else None
            if vow or nxt is None or nxt[1] or lat == "'":
                continue
            if k == 0:
                if style and k + 2 < len(units) and units[k + 2][1]:
                    continue  # Maghrebi "Ksila", "Fnideq": an opening cluster before a vowel stays
                out.append("e" if style else "a")  # word-initial cluster
                emitted = True
            elif k + 2 == len(units) and (not emitted or (len(units) == 3 and units[0][1])):
                out.append("e" if style else "a")  # final cluster of a short word ("Aml" -> "Amal")
            elif k >= 1 and units[k - 1] == ("a", True) and k + 2 < len(units) and not units[k + 2][1] \
                    and k >= 2 and not units[k - 2][1]:
                pass
            elif k >= 2 and units[k - 1] == ("a", True) and not units[k - 2][1] and k + 2 <= len(units) \
                    and (k + 2 == len(units) or units[k + 2][1]):
                out.append("i")  # فاعل: Salihin, Mashariqa
        word = "".join(out)
        word = re.sub(r"(.)\1{2,}", r"\1\1", word).strip("'") or word
        word = _final_ta(local, w, word)
        if style and prefix.startswith("E") and prefix != "El ":
            words.append(prefix + word)  # "Ezzit": the assimilated article joins the word
            continue
        words.append(prefix + word[:1].upper() + word[1:])
    res = " ".join(words)
    res = unicodedata.normalize("NFC", res)
    return res[:1].upper() + res[1:] if res else res


def _final_ta(local: dict[str, Any], w: str, word: str) -> str:
    """The press's ending for a name in ة of a country whose places Wikipedia titles so (data:
    `place_styles`): Syrian and Iraqi "-iyah" ("Al-Qahtaniyah"), Lebanese "-iyeh" and "-eh" after
    some letters ("Zahleh"), the Gulf's and Yemen's "-ah" ("Al Khaburah", "Maqbanah"). ``w`` is
    the normalised Arabic word (ة folded to ه), ``word`` its romanisation."""
    if not local or not w.endswith("ه") or len(w) <= 2:
        return word
    if local.get("final_iya") and w.endswith("يه") and len(w) > 3:
        return re.sub(r"(iyya|iya|ia|ya)$", local["final_iya"], word)  # Syrian -iyah, Lebanese -iyeh
    if local.get("final_eh_after") and w[-2] in local["final_eh_after"] and word.endswith("a"):
        return word[:-1] + "eh"  # Lebanese "Tayouneh", "Zahleh"
    if local.get("final_ta") and word.endswith("a") and not word.endswith(("aa", "'a")):
        return word + local["final_ta"][1:] if word.endswith(local["final_ta"][:1]) else word
    return word


_WEAK = "اويءئؤى"


def _diminutive(w: str, table: dict[str, str]) -> str | None:
    """The diminutive pattern of place names, فُعَيْلة / فُعَيْلِلة: three or four consonants with ي
    third and a final ة ("الحديدة" Hudayda, "بريدة" Burayda, "الحميرة" Humayra, "عصيفرة" Usayfira),
    which the letters alone read "Hadida", "Asifra"; None for any other shape."""
    if not w.endswith("ه"):
        return None
    stem = w[:-1]
    if len(stem) not in (4, 5) or stem[2] != "ي" or any(stem[x] in _WEAK for x in range(len(stem)) if x != 2):
        return None
    lat = ["" if x == 0 and ch == "ع" else table.get(ch, "") for x, ch in enumerate(stem)]
    if any(not lat[x] for x in range(1, len(stem)) if x != 2):
        return None
    if len(stem) == 4:
        return f"{lat[0]}u{lat[1]}ay{lat[3]}a"
    return f"{lat[0]}u{lat[1]}ay{lat[3]}i{lat[4]}a"


def foreign_en(gaz: Gazetteer, name_ar: str) -> str:
    """English of a non-Arab person's name as Arabic news transliterates it ("إيهور تيريخوف" ->
    "Ihor Terekhov"): a name part the lexicon lists (`foreign_name_parts`: given names, frequent
    surnames) is spelt as listed; a common Arabic name part inside the name (the romanizer's
    name index counts it) is romanised as Arabic ("كاروان محمد" -> "Karwan Mohammed"); any
    other part is transliterated back by `_foreign_word`."""
    parts = _lex_map(gaz, "foreign_name_parts")
    spell = _lex_map(gaz, "name_spellings")
    words = list(_tokens(name_ar))
    out: list[str] = []
    k = 0
    while k < len(words):
        pair = " ".join(words[k:k + 2])
        if k + 1 < len(words) and pair in parts:
            out.append(parts[pair])
            k += 2
            continue
        if k + 1 < len(words) and words[k] in ("عبد", "ابو"):
            # an Arab compound part inside a foreign name ("أمادو عبد الرحمن"): one unit, romanised
            # as Arabic, not letter by letter ("Bd Al-Rahmane")
            out.append(spell.get(pair) or person_en(gaz, pair, arab=True) or _foreign_word(gaz, pair))
            k += 2
            continue
        w = words[k]
        if w in parts:
            out.append(parts[w])
        elif w in spell:
            out.append(spell[w])
        elif (e := gaz.lookup(w)) is not None and e.type == "PER" and _tokens(e.name_ar)[-1:] == (w,):
            out.append(e.name_en.split()[-1])  # "بول غريفيث": the family name as a known person spells it
        elif sum(name_part_counts(w)) >= 20 or w.startswith("ال"):
            out.append(person_en(gaz, w, arab=True) or _foreign_word(gaz, w))
        else:
            out.append(_foreign_word(gaz, w))
        k += 1
    return " ".join(out)


def _foreign_word(gaz: Gazetteer, w: str) -> str:
    """One transliterated foreign word back to Latin letters: a known ending (`foreign_suffixes`:
    -ov, -sky, -enko, -vich, -ier ...) and the letters (`foreign_letters`), where و and ي are
    the vowels o and i between consonants, y/w at the start of the word or beside ا, an initial
    أي/إي reads I and أو O, تش is ch, and a final ه is e (h after a vowel)."""
    sufs = gaz.__dict__.setdefault("_wordsets", {}).get("__fsuf")
    if sufs is None:
        sufs = sorted(_lex_map(gaz, "foreign_suffixes").items(), key=lambda x: -len(x[0]))
        gaz.__dict__["_wordsets"]["__fsuf"] = sufs
    tail = ""
    for ar, lat in sufs:
        if w.endswith(ar) and len(w) - len(ar) >= 2:
            w, tail = w[:-len(ar)], lat
            break
    table: dict[str, str] = gaz.lexicon.get("foreign_letters", {})
    out: list[str] = []
    n = len(w)
    k = 0
    while k < n:
        ch = w[k]
        nxt = w[k + 1] if k + 1 < n else ""
        prev = w[k - 1] if k else ""
        if k == 0 and ch == "ا" and nxt in "يو" and nxt:
            out.append("i" if nxt == "ي" else "o")
            k += 2
            continue
        if ch == "ت" and nxt == "ش":
            out.append("ch")
            k += 2
            continue
        if ch == "و":
            out.append("w" if k == 0 or nxt == "ا" or (prev == "ا" and nxt) else "o")
        elif ch == "ي":
            out.append("y" if k == 0 or nxt == "ا" or (prev == "ا" and nxt) else "i")
        elif ch == "ه" and k == n - 1 and k:
            out.append("h" if prev in "يوا" else "e")
        else:
            out.append(table.get(ch, ch if ch.isascii() else ""))
        k += 1
    word = "".join(out) + tail
    return word[:1].upper() + word[1:] if word else word


def _maghreb_style(gaz: Gazetteer, country: str | None) -> dict[str, Any]:
    """The Maghreb's place-name spelling rules for ``country`` (data `maghreb_place_style`), or {}."""
    spec = gaz.lexicon.get("maghreb_place_style") or {}
    if not country or country not in (spec.get("countries") or ()):
        return {}
    letters = {**(spec.get("letters") or {}), **((spec.get("letters_by_country") or {}).get(country) or {})}
    return {"letters": letters}


def slug(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


# ====================================================================== rules


class _Ctx:
    """Per-article state shared by the rules (tokens, coverage, lexicon word sets)."""

    def __init__(self, gaz: Gazetteer, toks: list[_Tok], joinable: list[bool], ntext: str,
                 found: list[_Found | None], mentions: list[_Found], fs: list[tuple[str, ...]] | None = None
                 ) -> None:
        self.gaz, self.toks, self.joinable, self.ntext = gaz, toks, joinable, ntext
        self.found, self.mentions = found, mentions
        self.n = len(toks)
        self.stop = gaz.words("stop_words")
        self.given = gaz.words("given_names")
        self.titled_given = gaz.words("titled_given_names")
        self.compound = gaz.words("compound_place_prefixes")
        self.org_stop = gaz.words("org_name_stop")
        self.title_mod = gaz.words("title_modifiers")
        self.place_cls = gaz.words("place_classifiers")
        self.resumptive = gaz.words("resumptive_pronouns")
        self.foreign_given = gaz.words("foreign_given_names") | frozenset(
            w for w in _lex_map(gaz, "foreign_name_parts") if " " not in w)
        self.name_stop = gaz.words("name_stop_words")
        self.role_words = gaz.words("role_words")
        self.role_preps = gaz.words("role_prepositions")
        self.all_given = _all_given(gaz)
        self.units = _lex_map(gaz, "military_units")
        self.families = gaz.words("family_nouns")
        self.name_links = gaz.words("name_links")  # particles inside a personal name (titles.yaml)
        # proclitic readings of each token (extract_entities computed them for the gazetteer pass)
        self.fs: list[tuple[str, ...]] = fs if fs is not None else [_strip1(t.t) for t in toks]
        # proclitic reading -> indices of the tokens that have it: the rules' scans visit only the
        # tokens a word list can match instead of testing every token against every list
        at: dict[str, list[int]] = {}
        get = at.get
        for k, forms in enumerate(self.fs):
            for f in forms:
                lst = get(f)
                if lst is None:
                    at[f] = [k]
                else:
                    lst.append(k)
        self.form_at = at

    def at(self, *words: Any) -> list[int]:
        """Ascending indices of the tokens one of whose proclitic readings is in one of ``words``
        (sets or dict key views): the same tokens as testing ``not words.isdisjoint(fs[k])``."""
        at = self.form_at
        keys = at.keys()
        hit: set[int] = set()
        for w in words:
            for f in keys & w:
                hit.update(at[f])
        return sorted(hit)

    def country(self) -> str | None:
        """The article's main country (computed once, on first use)."""
        if not hasattr(self, "_country"):
            self._country = _main_country(self)
        return self._country

    def quoted_starts(self) -> list[int]:
        """Indices of the tokens right after an opening quotation mark."""
        if not hasattr(self, "_qstarts"):
            at = {m.end() for m in _OPEN_Q_RE.finditer(self.ntext)}
            self._qstarts = [k for k, t in enumerate(self.toks) if t.s in at] if at else []
        return self._qstarts

    def free(self, k: int) -> bool:
        return 0 <= k < self.n and self.found[k] is None

    def nisba(self, w: str) -> bool:
        return w in self.gaz._nisba

    def name_word(self, w: str) -> bool:
        """Could be (part of) a proper name: letters, not a stop word, not a nisba adjective."""
        return (len(w) >= 2 and not any(ch.isdigit() for ch in w) and not w.isascii() and w not in self.stop
                and not self.nisba(w))

    def add(self, f: _Found) -> None:
        if any(self.found[k] is not None for k in range(f.i, f.j)):
            return
        self.mentions.append(f)
        for k in range(f.i, f.j):
            self.found[k] = f

    def sep(self, k: int) -> str:
        """Separator between token k and k+1: "space", "comma" or "" (anything else)."""
        if k + 1 >= self.n:
            return ""
        gap = self.ntext[self.toks[k].e:self.toks[k + 1].s]
        if self.joinable[k]:
            return "space"
        if gap.strip() in (",",) and len(gap) <= 3:
            return "comma"
        return ""


def _rule_pass(gaz: Gazetteer, toks: list[_Tok], joinable: list[bool], ntext: str,
               found: list[_Found | None], mentions: list[_Found], nt: Normalised | None = None,
               fs: list[tuple[str, ...]] | None = None) -> None:
    """Names the gazetteer lacks: classifier + name, title + person, given name + family name,
    and "القوات/الجيش + nisba" for forces of a country not listed."""
    c = _Ctx(gaz, toks, joinable, ntext, found, mentions, fs)
    c.nt = nt
    _dateline_outlet(c)
    place_cls = gaz.words("place_classifiers")
    plural_cls = gaz.words("place_classifiers_plural")
    weak_cls = gaz.words("place_classifiers_weak")
    org_cls = _lex_map(gaz, "org_classifiers")
    fac = _lex_map(gaz, "facility_heads")
    fs = c.fs  # proclitic readings of every token, computed once
    heads2 = _rule_heads(gaz)
    # a province's directorate named through a linking word ("مديرية الحماية المدنية لولاية ميلة"):
    # before the country's bodies, which would read "الحماية المدنية" inside it as the national body
    via_heads = _via_heads(gaz)
    if via_heads:
        for k in c.at(via_heads):
            if c.free(k):
                _loc_org(c, k, via_only=True)
    _country_bodies(c, fs)
    _embassies(c)
    fac_pl = _lex_map(gaz, "facility_heads_plural")
    # facilities named by a country's adjective or by their function ("المستشفى السعودي", "القصر
    # الملكي"), tested in the same pass over the tokens as the facility heads
    nisba_fac = _lex_map(gaz, "facility_nisba_heads")
    def_fac = _lex_map(gaz, "facility_definite_names")
    fac_firsts = _first_words(gaz, "facility_nisba_heads", "facility_definite_names")
    named: dict[str, str] = {}
    fac_heads = _facility_any(gaz)
    fac_any = _first_words(gaz, "facility_nisba_heads", "facility_definite_names", "facility_heads",
                           "facility_heads_plural")
    for k in c.at(fac_any):
        if not joinable[k] or not c.free(k):
            continue
        if not fac_firsts.isdisjoint(fs[k]):
            if c.free(k + 1):
                if not nisba_fac.keys().isdisjoint(fs[k]):
                    _nisba_facility(c, k, nisba_fac, named)
                elif any(f"{f} {c.toks[k + 1].t}" in def_fac for f in fs[k]):
                    _nisba_facility(c, k, def_fac, named)
            if not c.free(k) or fac_heads.isdisjoint(fs[k]):
                continue
        fh = next((f for f in fs[k] if f in fac), None)
        if fh is not None:
            _facility(c, k, fh, fac[fh])
        else:
            fh = next(f for f in fs[k] if f in fac_pl)
            _facility_list(c, k + 1, fac_pl[fh])
    for k in c.at(heads2):
        if c.free(k):
            _loc_org(c, k)
            _military_unit(c, k)
    body_forms = _body_lex(gaz).head_forms
    for k in c.at(body_forms):
        if not joinable[k] or not c.free(k):
            continue
        _body(c, k)
    for k in c.at(place_cls, org_cls.keys()):
        if not joinable[k] or not c.free(k):
            continue
        forms = fs[k]
        cls = next((f for f in forms if f in place_cls), None)
        if cls:
            if _coordinated_or_counted(c, k, fs, place_cls) or _written_otherwise(c, k, cls):
                continue
            plural, weak = cls in plural_cls, cls in weak_cls
            j = k - 1
            while j >= 0 and joinable[j] and not place_cls.isdisjoint(fs[j]) and toks[j + 1].t.startswith("و"):
                # "بلدات وقرى X": the list is as strong as its strongest classifier
                other = next(f for f in fs[j] if f in place_cls)
                plural, weak = plural or other in plural_cls, weak and other in weak_cls
                j -= 1
            _place_list(c, k + 1, plural, weak, _lex_map(gaz, "place_classifier_names").get(cls))
            continue
        org = next((f for f in forms if f in org_cls), None)
        if org:
            _org_name(c, k, org_cls[org])
    forces_ends = tuple(sorted(gaz.words("forces_head_endings")))
    for k in [k for k, t in enumerate(toks) if t.t.endswith(forces_ends)]:  # most tokens are none
        if c.free(k):
            _forces_nisba(c, k)
    for k in c.at(c.gaz._title_first):
        if c.free(k):
            _titled_person(c, k)
    for k in c.at(c.gaz.words("person_plurals")):
        if c.joinable[k]:
            _person_list(c, k)
    given_at = set(c.at(c.all_given, c.gaz.words("compound_given_first")))
    # a first name the lists lack counts only right after a speech verb (`_counted_given_subject`)
    after_verb = {k + 1 for k in c.at(c.gaz.words("speech_verbs_subject"))}
    for k in sorted(given_at | after_verb):
        if k in after_verb and c.free(k) and c.toks[k].t in ("ابو", "ام") and k + 1 < c.n and c.joinable[k] \
                and c.toks[k + 1].t in c.all_given and c.free(k + 1) and (
                    _pause_after(c, k + 1) or k + 2 < c.n and c.joinable[k + 1] and _pause_name_word(c, k + 2)
                    and _pause_after(c, k + 2)):
            # a kunya as the subject of a speech verb, before a pause: "وقال أبو علي، صاحب محل", "وقال أبو علي
            # حمدان، من بلدة كفررمان"
            _add_person(c, k, k + 2 if _pause_after(c, k + 1) else k + 3, 0)
        elif k in given_at and c.free(k):
            _bare_person(c, k)
        elif c.free(k) and _counted_given_subject(c, k):
            _add_person(c, k, k + 2, 0)  # "وقالت هيام قاسم، والدة أحد الضحايا"
        elif c.free(k) and k < c.n and c.toks[k].t in c.gaz.words("definite_given_names") and c.joinable[k] \
                and c.free(k + 1) and _pause_after(c, k + 1) and _pause_name_word(c, k + 1) \
                and not _adjective_like(c, c.toks[k + 1].t):
            _add_person(c, k, k + 2, 0)  # "وقال الحسين أوبلا، أحد سكان ...": a definite given name
    for k in c.at(c.families):
        if c.free(k):
            _family(c, k)
    _surname_back_refs(c)
    _given_back_refs(c)
    _name_tail_back_refs(c)
    _lone_name_back_refs(c)
    _org_back_refs(c)
    _place_echoes(c)
    _facility_back_refs(c)
    _late_short_forms(c)
    _quoted_parts(c)
    _quoted_names(c)
    _quoted_foreign_orgs(c)
    _acronyms(c)
    _generic_to_specific(c)
    _homonyms_by_country(c)
    _shadda_homographs(c)
    _ministries_by_adjective(c)
    _bare_portfolios(c)
    _alias_names(c)
    _adjective_homographs(c)


def _adjective_homographs(c: _Ctx) -> None:
    """A one-word town named like a feminine adjective in -ية ("المطرية", "السلمية") right after a
    definite feminine or plural noun it agrees with ("التساقطات المطرية" rainfall, "المعارضة السلمية"
    the peaceful opposition) is the adjective, not the town. A place classifier or a mention before it
    keeps the town ("محافظة السلمية" is not read here: the classifier's rule named it)."""
    cls = c.place_cls | c.gaz.words("place_classifiers_plural")
    for f in list(c.mentions):
        if f.type != "LOC" or f.source != "gazetteer" or f.j - f.i != 1 or f.p or not f.i:
            continue
        w, prev = c.toks[f.i].t, c.toks[f.i - 1].t
        if not (w.startswith("ال") and w.endswith("يه")) or not c.joinable[f.i - 1] or c.found[f.i - 1] is not None:
            continue
        e = c.gaz.get(f.id)
        if e is None or e.kind in ("country", "governorate", "province", "state", "region", "capital"):
            continue
        if prev.startswith("ال") and prev.endswith(("ه", "ات")) and not cls.intersection(_strip1(prev)):
            _unfind(c, f)


_DATELINE_SEP = re.compile(r"^\s*[-–—/]\s*$")


def _dateline_outlet(c: _Ctx) -> None:
    """The outlet of a dateline at the top of an article: "بغداد/ المدى", "جدة - عكاظ", "روداو -
    أربيل", "عمان 27 كانون الثاني (بترا)-", "الحرة / وكالات - دبي". An outlet named like a common word
    (needs a cue) is the outlet there: a place or "وكالات" beside it across a dash or slash, or the
    brackets of a dateline. Only the first lines (the headline and the dateline) are read."""
    media = ("media", "agency")
    limit = c.ntext.find("\n", c.ntext.find("\n") + 1)
    limit = limit if limit >= 0 else len(c.ntext)
    marks = frozenset("-–—/()")
    for k in range(min(c.n, 60)):  # a dateline opens the text: its first lines, at most 60 words
        if c.toks[k].s > limit:
            break
        if not c.free(k):
            continue
        # a dateline's outlet stands beside a dash, a slash or a bracket: look words up only there
        if marks.isdisjoint(c.ntext[c.toks[k - 1].e if k else 0:c.toks[k].s]) and \
                marks.isdisjoint(c.ntext[c.toks[k].e:c.toks[k + 2].s if k + 2 < c.n else len(c.ntext)]):
            continue
        for n in (2, 1):
            if k + n > c.n or any(not c.free(x) for x in range(k, k + n)) \
                    or any(not c.joinable[x] for x in range(k, k + n - 1)):
                continue
            e = c.gaz.lookup(" ".join(c.toks[x].t for x in range(k, k + n)))
            if e is None or e.type != "ORG" or e.kind not in media:
                continue
            before = c.ntext[c.toks[k - 1].e:c.toks[k].s] if k else ""
            after = c.ntext[c.toks[k + n - 1].e:c.toks[k + n].s] if k + n < c.n else ""
            prev_f = c.found[k - 1] if k else None
            nxt_f = c.found[k + n] if k + n < c.n else None
            nxt_w = c.toks[k + n].t if k + n < c.n else ""
            dated = (_DATELINE_SEP.match(before) and prev_f is not None and prev_f.type == "LOC") \
                or (_DATELINE_SEP.match(after) and ((nxt_f is not None and nxt_f.type == "LOC") or nxt_w == "وكالات")) \
                or (before.strip().endswith("(") and after.strip().startswith(")")) \
                or (_DATELINE_SEP.match(before) and _DATELINE_SEP.match(after)) \
                or (after.strip() == "(" and nxt_f is not None and nxt_f.type == "LOC"
                    and c.ntext[c.toks[nxt_f.j - 1].e:][:4].lstrip(") ")[:1] in ("-", "–", "—"))
            # "عمان – الغد – قتل": between two dashes; "الأخبار (نواكشوط) – توفي": before its city in brackets
            if dated:
                c.add(_Found(k, k + n, 0, "ORG", e.id, e.name_en, "gazetteer", e.kind))
                break


def _coordinated_or_counted(c: _Ctx, k: int, fs: list[tuple[str, ...]], place_cls: frozenset[str]) -> bool:
    """The classifier at k opens no name: another classifier is joined to it ("بلدات وقرى X":
    the list starts after the last one), or a number counts it ("50 قرية وبلدة ونقطة")."""
    nxt = k + 1
    if nxt < c.n and c.joinable[k] and c.toks[nxt].t.startswith("و") and not place_cls.isdisjoint(fs[nxt]) \
            and c.free(nxt):
        return True
    j = k - 1
    while j >= 0 and c.joinable[j] and not place_cls.isdisjoint(fs[j]):
        j -= 1  # back over the classifiers coordinated with this one
    if j < 0 or not c.joinable[j]:
        return False
    w = c.toks[j].t
    return w.isdigit() or not c.gaz.words("place_count_words").isdisjoint(_strip1(w))


def _place_echoes(c: _Ctx) -> None:
    """A place the rules found after a classifier ("قرية ود النورة") is the same place where the
    article names it again without one ("فرّت الأسر من ود النورة"): one sense per article."""
    names: dict[tuple[str, ...], _Found] = {}
    for f in c.mentions:
        if f.type == "LOC" and f.kind == "place" and f.source == "transliterated":
            key = (c.toks[f.i].t[f.p:], *(c.toks[x].t for x in range(f.i + 1, f.j)))
            if len(key) > 1 or len(key[0]) >= 4:
                names.setdefault(key, f)
    if not names:
        return
    firsts = {k[0] for k in names}
    for k in c.at(firsts):
        if not c.free(k):
            continue
        for form, p in _variants(c.toks[k].t):
            if form not in firsts:
                continue
            for key, f in names.items():
                n = len(key)
                if key[0] != form or k + n > c.n or f.i == k:
                    continue
                if all(c.toks[k + x].t == key[x] and c.joinable[k + x - 1] and c.free(k + x) for x in range(1, n)):
                    c.add(_Found(k, k + n, p, "LOC", f.id, f.name_en, f.source, f.kind))
                    break
            break


def _late_short_forms(c: _Ctx) -> None:
    """Short forms left unresolved by the gazetteer pass ("الجيش", "القوات المسلحة") whose
    antecedent the rules found ("القوات المسلحة" of the article's country), or, with no
    antecedent, the one entry of the article's country that lists the short form ("الجيش" in an
    article about Sudan is the Sudanese army)."""
    alias = c.gaz._alias
    echo = c.gaz.words("echo_short_forms")
    firsts = _short_firsts(c.gaz)
    country = None
    for k in c.at(firsts):
        if not c.free(k):
            continue
        for form, p in _variants(c.toks[k].t):
            if form not in firsts:
                continue
            hit = None
            for ln in (3, 2, 1):
                if k + ln > c.n or any(not c.joinable[k + x - 1] or not c.free(k + x) for x in range(1, ln)):
                    continue
                key = (form, *(c.toks[k + x].t for x in range(1, ln)))
                lst = alias.get(key)
                if lst and all(short for _, short in lst) and " ".join(key) not in echo:
                    hit = (ln, key, [eid for eid, _ in lst])
                    break
            if hit is None:
                continue
            ln, key, ids = hit
            if ln == 1 and form.startswith("ال") and form.endswith("ي") and k and c.joinable[k - 1] \
                    and any(f.startswith("ال") for f in c.fs[k - 1]):
                break  # "والسجن المركزي": an adjective of the definite noun before, not a short form
            nxt = c.toks[k + ln].t if k + ln < c.n and c.joinable[k + ln - 1] else ""
            if nxt and (c.nisba(nxt) or nxt.startswith("ال")) and not (
                    ln == 1 and form.endswith("ه") and nxt[-1] not in "هيىا" and not c.nisba(nxt)):
                # "الجيش السوداني", "الجيش الحر": a fuller name, not the short form; but a feminine noun's
                # adjective is feminine too: "أن تعلن اللجنة النتائج" names the commission, "النتائج" is
                # the verb's object
                break
            ante = max((f for f in c.mentions if f.i < k and f.id in ids), key=lambda f: f.i, default=None)
            if ante is None:
                if country is None:
                    country = c.country() or ""
                own = [eid for eid in ids if (c.gaz.get(eid) or _NO_ENTRY).country == country] if country else []
                e = c.gaz.get(own[0]) if len(own) == 1 else None
                if e is None or key not in {_tokens(x) for x in e.short_forms}:
                    break
                ante = _Found(k, k, 0, e.type, e.id, e.name_en, "gazetteer", e.kind)
            c.add(_Found(k, k + ln, p, ante.type, ante.id, ante.name_en, ante.source, ante.kind, {"short": True}))
            break


_NO_ENTRY = GazEntry("", "", "", "", "")


def _short_firsts(gaz: Gazetteer) -> frozenset[str]:
    """First words of the aliases that are short forms only (cached per gazetteer)."""
    cache = gaz.__dict__.setdefault("_wordsets", {})
    if "__short_firsts" not in cache:
        cache["__short_firsts"] = frozenset(k[0] for k, lst in gaz._alias.items() if lst and all(s for _, s in lst))
    return cache["__short_firsts"]


def _quoted_parts(c: _Ctx) -> None:
    """A quoted short name («الردع», "444") is the organisation whose name ends with it and is
    named elsewhere in the article ("جهاز الردع", "اللواء 444 قتال"): headlines and later
    mentions quote the distinctive part."""
    orgs = [f for f in c.mentions if f.type == "ORG" and f.j - f.i >= 2 and not f.extra.get("short")]
    if not orgs:
        return
    for k in c.quoted_starts():
        if not c.free(k):
            continue
        for ln in (1, 2):
            j = k + ln
            if j > c.n or any(not c.free(x) for x in range(k, j)) or any(not c.joinable[x] for x in range(k, j - 1)):
                break
            if c.ntext[c.toks[j - 1].e:c.toks[j - 1].e + 1] not in _CLOSE_Q:
                continue
            words = tuple(c.toks[x].t for x in range(k, j))
            if any(w in c.stop or c.nisba(w) or w in c.role_words for w in words) or len("".join(words)) < 3:
                break
            for f in orgs:
                toks = tuple(c.toks[x].t for x in range(f.i, f.j))
                if any(toks[x:x + ln] == words for x in range(1, len(toks) - ln + 1)):
                    c.add(_Found(k, j, 0, f.type, f.id, f.name_en, f.source, f.kind, {"short": True}))
                    break
            break


def _quoted_end(c: _Ctx, k: int, most: int) -> int:
    """The end (exclusive token index) of a quoted name opening at token ``k``: up to ``most`` free
    tokens, through the first one a closing quote follows; -1 when a token that does not join the
    next (a comma, a line end) comes first. The caller checks that the quote closed there."""
    j = k
    while j < c.n and j - k < most and c.free(j):
        j += 1
        if c.ntext[c.toks[j - 1].e:c.toks[j - 1].e + 1] in _CLOSE_Q:
            break
        if j < c.n and not c.joinable[j - 1]:
            return -1
    return j


def _quoted_names(c: _Ctx) -> None:
    """A quoted name after a noun that says what it names: outlets and companies (صحيفة "X",
    شركة "X"), platforms, operations, weapons (طراز "X", منصة "X", معركة "X"), hotels (فندق "X").
    The span is the quoted name; data: `quoted_name_cues` (cue word -> type, English template)."""
    cues = _quoted_cues(c.gaz)
    if not cues:
        return
    for k in c.quoted_starts():
        if k < 1 or not c.free(k):
            continue
        gap = c.ntext[c.toks[k - 1].e:c.toks[k].s]
        if gap.strip() not in ('"', "«", "“", "لـ\"", "ـ\""):
            continue
        spec = next((cues[f] for f in _strip1(c.toks[k - 1].t) if f in cues), None)
        if spec is None and not c.gaz.words("quoted_entry_heads").intersection(_strip1(c.toks[k - 1].t)):
            continue
        j = _quoted_end(c, k, 4)
        if j <= k or c.ntext[c.toks[j - 1].e:c.toks[j - 1].e + 1] not in _CLOSE_Q:
            continue
        words = [c.toks[x].t for x in range(k, j)]
        if any(w in c.stop for w in words) or (len(words) == 1 and c.nisba(words[0])):
            continue
        name_ar = " ".join(words)
        e = next((e for f in _strip1(c.toks[k - 1].t) if (e := c.gaz.lookup(f"{f} {name_ar}")) is not None), None)
        if e is not None:
            # the gazetteer's "head + name" with the name quoted ("حركة «أمل»" -> Amal Movement):
            # the span is the quoted name
            c.add(_Found(k, j, 0, e.type, e.id, e.name_en, "gazetteer", e.kind))
            continue
        if spec is None:
            continue
        if spec[2] == "vessel":
            # ships carry foreign names written in Arabic letters ("روبيمار" Rubymar)
            en = spec[1].format(name=foreign_en(c.gaz, name_ar))
        else:
            rom = romanize(name_ar) if spec[0] != "LOC" else None
            en = spec[1].format(name=rom or transliterate(name_ar, c.gaz))
        c.add(_Found(k, j, 0, spec[0], ("loc-" if spec[0] == "LOC" else "org-") + slug(en), en,
                     "transliterated", spec[2]))


def _quoted_foreign_orgs(c: _Ctx) -> None:
    """A quoted name right before a definite feminine nationality adjective of a non-Arab country
    ("ريبسول" الإسبانية, "إكوينور" النرويجية, «لوموند» الفرنسية) is a company or another body of
    that country, its name written in Arabic letters: spelt back as a foreign name."""
    arab = _lex_map(c.gaz, "romanizer_countries")
    for k in c.quoted_starts():
        if not c.free(k):
            continue
        j = _quoted_end(c, k, 3)
        if j <= k or j >= c.n or not c.free(j):
            continue
        gap = c.ntext[c.toks[j - 1].e:c.toks[j].s]
        if len(gap.strip()) != 1 or gap.strip() not in _CLOSE_Q or len(gap) > 3:
            continue
        adj = c.toks[j].t
        cid = c.gaz._nisba.get(adj)
        if not (cid and adj.startswith("ال") and adj.endswith("ه")) or cid in _SKIP_COUNTRIES \
                or " ".join(_tokens(cid)) in arab:
            continue
        words = [c.toks[x].t for x in range(k, j)]
        if any(not c.name_word(w) or w in c.role_words or w.startswith("ال") for w in words):
            continue
        en = foreign_en(c.gaz, " ".join(words))
        if en:
            c.add(_Found(k, j, 0, "ORG", "org-" + slug(en), en, "transliterated", "company", {"country": cid}))


_PAREN_AFTER = re.compile(r"\s*\(\s*$")


def _acronyms(c: _Ctx) -> None:
    """An organisation's acronym in brackets right after its name ("المجموعة الاقتصادية لدول غرب
    أفريقيا (إيكواس)", "وكالة الأنباء الكويتية (كونا)") is the same organisation, there and
    wherever else the article uses it (quoted in the headline, bare later)."""
    keys: dict[tuple[str, ...], _Found] = {}
    for f in sorted(c.mentions, key=lambda f: f.i):
        if f.type != "ORG" or f.extra.get("short") or f.j >= c.n:
            continue
        gap = c.ntext[c.toks[f.j - 1].e:c.toks[f.j].s]
        if gap.strip() != "(":
            continue
        for ln in (1, 2):
            k, j = f.j, f.j + ln
            if j > c.n or any(not c.free(x) for x in range(k, j)) or any(not c.joinable[x] for x in range(k, j - 1)):
                break
            if c.ntext[c.toks[j - 1].e:c.toks[j - 1].e + 2].strip()[:1] != ")":
                continue
            words = tuple(c.toks[x].t for x in range(k, j))
            if any(not c.name_word(w) or w in c.role_words or w in c.gaz.words("compass_words") for w in words):
                break
            keys.setdefault(words, f)
            break
    if not keys:
        return
    for k in c.at({words[0] for words in keys}):
        if not c.free(k):
            continue
        for words, f in keys.items():
            ln = len(words)
            if k + ln > c.n or any(not c.free(x) for x in range(k, k + ln)):
                continue
            p = next((pp for form, pp in _variants(c.toks[k].t) if form == words[0]), None)
            if p is None or any(c.toks[k + x].t != words[x] for x in range(1, ln)):
                continue
            c.add(_Found(k, k + ln, p, f.type, f.id, f.name_en, f.source, f.kind, {"short": True}))
            break


def _quoted_cues(gaz: Gazetteer) -> dict[str, tuple[str, str, str]]:
    cache = gaz.__dict__.setdefault("_wordsets", {})
    if "__quoted" not in cache:
        out: dict[str, tuple[str, str, str]] = {}
        for key, spec in (gaz.lexicon.get("quoted_name_cues") or {}).items():
            typ, _, rest = str(spec).partition(" ")
            kind = {"ORG": "org", "LOC": "facility", "MISC": "misc", "VESSEL": "vessel"}.get(typ, "misc")
            typ = "MISC" if typ == "VESSEL" else typ  # a ship: MISC, its name spelled back as a foreign one
            for w in _as_tuple(key):
                out[" ".join(_tokens(w))] = (typ, rest or "{name}", kind)
        cache["__quoted"] = out
    return cache["__quoted"]


def _org_back_refs(c: _Ctx) -> None:
    """"وقالت الوزارة", "وبحسب اللجنة", "وقالت الهيئة": a definite head noun alone refers back to
    the last organisation named with that head ("وزارة الداخلية", "الهيئة الوطنية لإدارة
    الكوارث"). Data: `org_back_reference_heads` (the bare nouns that may refer back)."""
    heads = c.gaz.words("org_back_reference_heads")
    if not heads:
        return
    orgs = sorted((f for f in c.mentions if f.type == "ORG" and f.j - f.i >= 2), key=lambda f: f.i)
    by_kind = {" ".join(_tokens(h)): set(_as_tuple(v)) for h, v in
               (c.gaz.lexicon.get("org_back_reference_kinds") or {}).items()}
    if not orgs and not by_kind:
        return
    for k in c.at(heads):
        if not c.free(k):
            continue
        form, p = next(((f, pp) for f, pp in _variants(c.toks[k].t) if f in heads), ("", 0))
        if not form:
            continue
        nxt = c.toks[k + 1].t if k + 1 < c.n and c.joinable[k] else ""
        if (nxt.startswith("ال") and nxt not in c.gaz.words("relative_pronouns")) or (nxt and c.nisba(nxt)):
            continue  # "اللجنة الأولمبية", "الوزارة الأردنية": a fuller name, not a back-reference
        bare = form[2:]
        ante = None
        for f in orgs:
            if f.i >= k:
                break
            first = c.toks[f.i].t[f.p:]
            if bare in (first, first[2:] if first.startswith("ال") else first):
                ante = f
        kinds = by_kind.get(form)
        if form == "الوزاره":
            minister = _minister_ministry(c, k, ante.i if ante is not None else -1)
            if minister is not None:
                c.add(_Found(k, k + 1, p, "ORG", minister[0], minister[1], "gazetteer", "government",
                             {"short": True, "country": minister[2]}))
                continue
        if ante is None and kinds:
            # "المليشيا": the last armed group named, whatever its own name's head
            ante = max((f for f in c.mentions if f.i < k and f.type == "ORG" and f.kind in kinds),
                       key=lambda f: f.i, default=None)
        if ante is not None:
            c.add(_Found(k, k + 1, p, "ORG", ante.id, ante.name_en, ante.source, ante.kind, {"short": True}))


def _minister_ministry(c: _Ctx, k: int, after: int) -> tuple[str, str, str] | None:
    """"وزير الزراعة ... وأضاف أن الوزارة ستوزع": "الوزارة" is the ministry of the minister named
    last before it (within 80 tokens), when no ministry was named since: (id, English, country),
    built as `_country_bodies` builds "وزارة الزراعة" for the article's country."""
    bodies = _country_bodies_index(c.gaz)
    specs = bodies.get("وزاره")
    if not specs:
        return None
    for x in range(k - 1, max(after, k - 80, -1), -1):
        if "وزير" not in _strip1(c.toks[x].t) and "وزيره" not in _strip1(c.toks[x].t):
            continue
        for toks, spec in specs:  # longest portfolio first
            n = len(toks)
            if x + n > c.n or any(c.toks[x + y].t != toks[y] or not c.joinable[x + y - 1] for y in range(1, n)):
                continue
            nxt = c.toks[x + n].t if x + n < c.n and c.joinable[x + n - 1] else ""
            cid = c.gaz._nisba.get(nxt) or c.country()
            if not cid or cid in _SKIP_COUNTRIES:
                return None
            target = spec.get(cid) or spec.get("default")
            e = c.gaz.get(target) if target else None
            if e is not None:
                return e.id, e.name_en or "", cid
            cent, dem = c.gaz.get(cid), c.gaz.demonym(cid)
            if not target or cent is None or not dem:
                return None
            en = target.format(dem=dem, country=cent.name_en)
            generic = target.replace("{dem}", "").replace("{country}", "").replace("()", "")
            return f"{cid}-{slug(generic)}", en, cid
        return None  # the last minister named has no portfolio of the data
    return None


def _facility_back_refs(c: _Ctx) -> None:
    """"مرفأ بيروت" ... "قضية المرفأ": a bare definite facility head refers back to the last
    place named with that head, or of the kind it names ("المخيم" after a listed camp). Data:
    `facility_back_reference_heads`."""
    cache = c.gaz.__dict__.setdefault("_wordsets", {})
    if "__fac_back" not in cache:
        spec = c.gaz.lexicon.get("facility_back_reference_heads") or {}
        cache["__fac_back"] = {" ".join(_tokens(h)): set(_as_tuple(v)) for h, v in spec.items()}
    heads = cache["__fac_back"]
    if not heads:
        return
    locs = sorted((f for f in c.mentions if f.type == "LOC" and not f.extra.get("short")), key=lambda f: f.i)
    if not locs:
        return
    keys = heads.keys()
    for k in c.at(keys):
        if not c.free(k):
            continue
        form, p = next(((f, pp) for f, pp in _variants(c.toks[k].t) if f in heads), ("", 0))
        if not form:
            continue
        nxt = c.toks[k + 1].t if k + 1 < c.n and c.joinable[k] else ""
        if nxt.startswith("ال") or (nxt and c.nisba(nxt)) or nxt in c.gaz.words("facility_suffixes"):
            continue  # "المطار الدولي", "الميناء اللبناني": a fuller name or a description
        bare = form[2:]
        ante = None
        headline = 0 < c.ntext.find("\n") and c.toks[k].s < c.ntext.find("\n")
        for f in locs:
            if f.i >= k and (ante is not None or not headline):
                break  # a headline names the facility before the body does
            first = c.toks[f.i].t[f.p:]
            e = c.gaz.get(f.id)
            if first == bare or (e is not None and e.kind in heads[form]):
                ante = f
                if f.i > k:
                    break
        if ante is not None:
            c.add(_Found(k, k + 1, p, "LOC", ante.id, ante.name_en, ante.source, ante.kind, {"short": True}))


def _lex_map(gaz: Gazetteer, name: str) -> dict[str, str]:
    """A {Arabic word(s): English template} lexicon, keys normalised."""
    cache = gaz.__dict__.setdefault("_wordsets", {})
    key = "__map_" + name
    if key not in cache:
        cache[key] = {" ".join(_tokens(k)): v for k, v in (gaz.lexicon.get(name) or {}).items()}
    return cache[key]


def _plain_en(name: str | None) -> str:
    return re.sub(r"\s*\([^)]*\)", "", name or "").strip()


def _place_en(c: _Ctx, a: int, b: int, p: int = 0) -> str:
    """English for tokens a..b-1 of a place name: gazetteer names where found, else transliterated."""
    parts: list[str] = []
    k = a
    while k < b:
        f = c.found[k]
        if f is not None and f.name_en:
            parts.append(_plain_en(f.name_en))
            k = f.j
            continue
        w = c.toks[k].t[p if k == a else 0:]
        named = _named_place_after_head(c, k, b, w)
        if named is not None:
            parts.append(_plain_en(named[1].name_en))
            k = named[0]
            continue
        spell = _lex_map(c.gaz, "name_spellings")
        stem = w[2:] if w.startswith("ال") else w
        if stem in spell and " " not in stem:  # a place named after a person: "مستشفى الحسين"
            parts.append(("Al-" if w.startswith("ال") and k == a else "al-" if w.startswith("ال") else "") + spell[stem])
        elif w.startswith("ال") and _mostly_given(stem) and (en := person_en(c.gaz, stem, arab=True)):
            # "قاعة الهيثم", "مستشفى الأمل": a given name after the article reads as the name it is
            # (Al-Haitham), which the letters alone miss (Al-Hithm)
            parts.append(("Al-" if k == a else "al-") + en.split()[-1])
        else:
            parts.append(transliterate(w, c.gaz, c.country()))
        k += 1
    return " ".join(x for x in parts if x)


def _named_place_after_head(c: _Ctx, k: int, b: int, first: str) -> tuple[int, GazEntry] | None:
    """A place the gazetteer knows but did not take for want of a cue ("العقبة" is also "the obstacle"), named
    after a facility head that is the cue ("ميناء العقبة", "مستشفيات العقبة"): (end token, the place), for the
    longest such name up to b, when exactly one place of the article's country has it; else None ("شارع الرصافة"
    in Alexandria is no street of Baghdad's Rusafa, nor a name in an article of no known country)."""
    country = c.country()
    if country is None:
        return None
    for j in range(b, k, -1):
        key = (first, *(c.toks[x].t for x in range(k + 1, j)))
        hits = [c.gaz.get(i) for i, short in c.gaz._alias.get(key, ()) if not short]
        places = [e for e in hits if e is not None and e.type == "LOC" and e.country == country]
        if len(places) == 1:
            return j, places[0]
    return None


def _mostly_given(stem: str) -> bool:
    """The romanizer's name list knows ``stem`` well, and as a given name far more than a surname."""
    g, sn = name_part_counts(stem)
    return g >= 100 and g >= 5 * sn


def _unfind(c: _Ctx, f: _Found) -> None:
    if f in c.mentions:
        c.mentions.remove(f)
    for x in range(f.i, f.j):
        if c.found[x] is f:
            c.found[x] = None


def _facility(c: _Ctx, k: int, head: str, template: str) -> None:
    """Head noun that is part of the proper name, kept INSIDE the span: "سد أبو منصور",
    "ميناء رأس عيسى", "مطار حلب الدولي", "وادي الشاي", "مستشفى الأمل". A place name found by
    the gazetteer after the head ("مطار حلب") is absorbed; the English name is built from it."""
    m = k + 1
    if m >= c.n:
        return
    if head in c.gaz.words("facility_heads_definite_only") and not (c.joinable[k] and c.toks[m].t.startswith("ال")):
        return  # "دوار العودة" is a roundabout; "دوار إيمي نولاون" a Moroccan hamlet (douar)
    f = c.found[m]
    if f is not None:
        if f.i != m or f.p:
            return
        if f.type == "PER" and head not in c.gaz.words("facility_heads_named_after_people"):
            return
        if f.type not in ("LOC", "PER"):
            return  # a person after a hospital, a university, an airport names it ("مستشفى محمد السادس")
        j = f.j
    else:
        w = c.toks[m].t
        titles = _lex_map(c.gaz, "facility_person_titles")
        if w in titles and head in c.gaz.words("facility_heads_named_after_people"):
            # a title and a name the lists lack ("مستشفى الملك فهد" King Fahd Hospital, "مستشفى الشهيد
            # محمد الدرة"): up to three name words, not a place, an adjective or a stop word
            e = m + 1
            while e < min(c.n, m + 4) and c.joinable[e - 1] and c.free(e) and c.name_word(c.toks[e].t) \
                    and not _article_clitic(c.toks[e].t) and c.toks[e].t not in c.name_stop \
                    and not _adjective_like(c, c.toks[e].t) and c.toks[e].t not in _lex_map(c.gaz, "facility_suffixes") \
                    and (e == m + 1 or sum(name_part_counts(c.toks[e].t)) >= 3):  # then name parts only
                e += 1
            if e > m + 1:
                name_ar = " ".join(c.toks[x].t for x in range(m + 1, e))
                name = f"{titles[w]} {person_en(c.gaz, name_ar, c.country()) or _place_en(c, m + 1, e)}"
                suffixes = _lex_map(c.gaz, "facility_suffixes")
                if e < c.n and c.joinable[e - 1] and c.free(e) and c.toks[e].t in suffixes:
                    name, e = f"{name} {suffixes[c.toks[e].t]}", e + 1  # "... الجامعي" University
                _add_facility(c, k, e, head, template, name, None)
                return
        if not c.name_word(w) or not c.place_cls.isdisjoint(_strip1(w)) or _article_clitic(w) or w in c.name_stop:
            return
        if _adjective_like(c, w) or w in c.gaz.words("facility_descriptor_words") or _verb_like(c, w):
            return  # "ساحة مفتوحة", "مطار عسكري", "ميناء الصيد", "مدرسة تحولت": no name
        if not (_facility_any(c.gaz) - c.gaz.words("natural_feature_heads")).isdisjoint(_strip1(w)) \
                or (w.startswith("لت") and len(w) >= 5) \
                or (w[:1] in "لب" and w.endswith(("ها", "هم", "هن")) and len(w) >= 5):
            return  # "محطة مطار الكويت", "محطة لتوليد الطاقة", "مدرسة لإيوائها": another facility, a purpose
        if c.toks[m + 1].t in c.resumptive if m + 1 < c.n else False:
            return
        if m + 1 < c.n and c.joinable[m] and (w, c.toks[m + 1].t) in c.gaz._titles:
            return  # "بسجن رجل الأعمال X": a person's title, not a facility's name
        j = m + 1
        if (w in c.compound or w in c.name_links) and j < c.n and c.joinable[m] and c.free(j) \
                and c.name_word(c.toks[j].t) and not _article_clitic(c.toks[j].t):
            j += 1
    suffixes = _lex_map(c.gaz, "facility_suffixes")
    suffix_en = ""
    if j < c.n and c.joinable[j - 1] and c.free(j) and c.toks[j].t in suffixes:
        suffix_en = suffixes[c.toks[j].t]
        j += 1
    name_en = _place_en(c, m, j - (1 if suffix_en else 0))
    if suffix_en:
        name_en = f"{name_en} {suffix_en}"
    _add_facility(c, k, j, head, template, name_en, f)


def _add_facility(c: _Ctx, k: int, j: int, head: str, template: str, name_en: str, f: _Found | None) -> None:
    """Tokens k..j-1 are one facility (or, for the heads in facility_institutions, a body)."""
    en = template.format(name=name_en)
    typ = "LOC"
    inst = _lex_map(c.gaz, "facility_institutions")
    if head in inst:
        typ = "ORG"  # a university is a body (data: facility_institutions)
        e = c.gaz.get(f.id) if f is not None and f.id and f.j == j else None
        if e is not None and e.kind in ("city", "capital"):
            en = inst[head].format(name=_plain_en(e.name_en))
    if f is not None:
        _unfind(c, f)
    p = next((pp for form, pp in _variants(c.toks[k].t) if form == head), 0)
    c.add(_Found(k, j, p, typ, ("org-" if typ == "ORG" else "loc-") + slug(en), en, "transliterated",
                 "org" if typ == "ORG" else "facility"))


def _first_words(gaz: Gazetteer, *names: str) -> frozenset[str]:
    """First words of the keys of some {Arabic: English} lexicons (cached per gazetteer)."""
    cache = gaz.__dict__.setdefault("_wordsets", {})
    key = "__firsts_" + "|".join(names)
    if key not in cache:
        cache[key] = frozenset(k.split()[0] for n in names for k in _lex_map(gaz, n))
    return cache[key]


def _nisba_facility(c: _Ctx, k: int, heads: dict[str, str], named: dict[str, str]) -> None:
    """A definite facility head + a country's adjective is a facility named after the country that
    built or runs it ("المستشفى السعودي بالفاشر" Saudi Hospital (El Fasher), "المستشفى الأردني
    الميداني" Jordanian Field Hospital); the place after ب/في names it, and later mentions in the
    article take that name. Data: `facility_nisba_heads`, `facility_suffixes`."""
    adj = c.toks[k + 1].t
    head = next((f for f in c.fs[k] if f"{f} {adj}" in heads), None)
    if head is not None:  # a named facility of its own ("القصر الملكي"): no adjective of a country
        dem, heads = "", {head: heads[f"{head} {adj}"]}
    else:
        head = next(f for f in c.fs[k] if f in heads)
        cid = c.gaz._nisba.get(adj) if adj.startswith("ال") else None
        dem = c.gaz.demonym(cid) if cid and cid not in _SKIP_COUNTRIES else None
        if not dem:
            return
    j = k + 2
    suffixes = _lex_map(c.gaz, "facility_suffixes")
    suffix = ""
    if j < c.n and c.joinable[j - 1] and c.free(j) and c.toks[j].t in suffixes:
        suffix, j = suffixes[c.toks[j].t] + " ", j + 1
    en = named.get(head + adj + suffix)
    if en is None:
        en = heads[head].format(dem=dem + (" " + suffix.strip() if suffix else "")).strip()
        loc = _place_after(c, j)
        if loc is None and j + 1 < c.n and c.joinable[j] and c.toks[j].t[:1] == "ب" \
                and not c.place_cls.isdisjoint(_strip1(c.toks[j].t)):
            f = c.found[j + 1]  # "بمدينة الفاشر": the place after its classifier
            loc = c.gaz.get(f.id) if f is not None and f.i == j + 1 and f.type == "LOC" and not f.p else None
        if loc is not None:
            en = f"{en} ({_plain_en(loc.name_en)})"
            named[head + adj + suffix] = en
    p = next((pp for form, pp in _variants(c.toks[k].t) if form == head), 0)
    c.add(_Found(k, j, p, "LOC", "loc-" + slug(en), en, "transliterated", "facility"))


def _facility_any(gaz: Gazetteer) -> frozenset[str]:
    cache = gaz.__dict__.setdefault("_wordsets", {})
    if "__fac_any" not in cache:
        cache["__fac_any"] = frozenset(_lex_map(gaz, "facility_heads")) | frozenset(
            _lex_map(gaz, "facility_heads_plural"))
    return cache["__fac_any"]


def _facility_list(c: _Ctx, m: int, template: str) -> None:
    """A dual/plural facility head before several names ("جسري الزيتون والنصر"): each name is a
    facility of its own (the shared head stays outside, it belongs to none of them)."""
    first = True
    while m < c.n and c.free(m):
        w = c.toks[m].t
        if not first and not w.startswith("وال"):
            return  # "والنصر" continues the list, "وسط المدينة" does not
        p = 0 if first else 1
        name = w[p:]
        if not c.name_word(name) or name in c.name_stop or not c.place_cls.isdisjoint(_strip1(name)) \
                or (first and _article_clitic(w)):
            return
        listed = c.joinable[m] and m + 1 < c.n and c.toks[m + 1].t.startswith("و")
        town = _named_place_after_head(c, m, min(c.n, m + 3), name) \
            if first and not listed and c.toks[m - 1].t.endswith("ات") else None
        if town is not None:
            # "مستشفيات العقبة": a city's hospitals, the city a place (its needs_cue met by the head); not a dual
            # head ("جسري الزيتون والنصر") nor a list ("مستشفيات العدان والفروانية"): facilities named so
            j, e = town
            if all(c.free(x) for x in range(m, j)):
                c.add(_Found(m, j, 0, "LOC", e.id, e.name_en, "gazetteer", e.kind))
            return
        en = template.format(name=transliterate(name, c.gaz, c.country()))
        c.add(_Found(m, m + 1, p, "LOC", "loc-" + slug(en), en, "transliterated", "facility"))
        first = False
        if not (c.joinable[m] and m + 1 < c.n and c.toks[m + 1].t.startswith("و")):
            return
        m += 1


def _country_bodies(c: _Ctx, fs: list[tuple[str, ...]]) -> None:
    """Bodies named without their country ("مجلس النواب", "قوات الأمن", "وزارة التربية"): the
    country is a nationality adjective right after them (part of the span), else a place after
    في/ب ("وزارة الصحة في غزة": the place stays its own mention), else the article's main
    country (the country most of its gazetteer places and actors belong to). Data:
    `country_bodies`, and `ministry_domains` for "وزارة" + portfolio."""
    bodies = _country_bodies_index(c.gaz)
    if not bodies:
        return
    heads = _country_body_heads(c.gaz)
    by_two, singles = _country_bodies_by_two(c.gaz)
    own_admin = set(c.gaz.lexicon.get("self_governing_places") or ())
    country: str | None = None
    sanaa: bool | None = None
    for k in c.at(heads):
        if not (c.free(k) or _short_word(c, k)):
            continue
        head = next(f for f in fs[k] if f in bodies)
        # the bodies of this head whose second word is the next token (a dict lookup: "وزارة" opens
        # some 200 portfolios), then the one-word ones
        two = by_two.get((head, c.toks[k + 1].t), ()) if k + 1 < c.n else ()
        for toks, spec in (*two, *singles.get(head, ())):
            n = len(toks)
            if n < 2 and not c.free(k):
                continue  # a short form ("الجيش": the army named before) only opens a longer body ("الجيش الوطني")
            if spec.get("not_after_definite") and k and c.joinable[k - 1] and c.toks[k - 1].t.startswith("ال"):
                continue  # "التجارة البحرية البريطانية": an adjective of the noun before, not the navy
            if k + n > c.n or any(c.toks[k + x].t != toks[x] or not c.joinable[k + x - 1]
                                  or not (c.free(k + x) or _short_word(c, k + x)) for x in range(1, n)):
                continue  # a one-word short form inside is the body's word ("قيادة الجيش": not the army)
            cid = None
            place = None  # a place with its own administration named after the body (Gaza)
            nxt = c.toks[k + n].t if k + n < c.n and c.joinable[k + n - 1] and c.free(k + n) else ""
            end = k + n
            if nxt and spec.get("not_before") and any(_tokens(w) == (nxt,) for w in spec["not_before"]):
                break  # "الشرطة المحلية": the local police of a place, no state's
            if nxt and nxt in c.gaz._nisba:
                cid = c.gaz._nisba[nxt]
                end += 1  # "وزارة الداخلية الأردنية": the adjective is part of the name
            else:
                gov = _government_after(c, k + n) if spec.get("ministry") else None
                if gov is not None:
                    # "وزارة الداخلية بحكومة الوحدة الوطنية": the ministry of one of a country's rival
                    # governments, named after it (the government stays its own mention)
                    tpl, g = gov
                    en = tpl.format(ministry=spec["ministry"])
                    p = next((pp for form, pp in _variants(c.toks[k].t) if form == head), 0)
                    c.add(_Found(k, k + n, p, "ORG", f"{g.id}-{slug(spec['ministry'])}", en, "gazetteer",
                                 "government", {"country": g.country, "government": g.id}))
                    break
                loc = _place_after(c, k + n) if not spec.get("nisba_only") else None
                if loc is not None:
                    cid = loc.country or (loc.id if loc.kind == "country" else None)
                    if loc.id in own_admin:
                        place = loc
                if cid is None and spec.get("nisba_only"):
                    break  # "الشرطة" alone names no country's police
                if cid is None and not spec.get("theatre"):
                    cid = _near_country(c, k, k + n)
                if cid is None:
                    if country is None:
                        country = _main_country(c) or ""
                    cid = country or None
            if cid in _SKIP_COUNTRIES:
                break
            target = (spec.get(cid) if cid else None) or spec.get("default")
            if cid == "yemen" and spec.get("yemen-sanaa"):
                if sanaa is None:  # the article speaks for the Houthis' side (their spokesman, their TV)
                    marks = frozenset(c.gaz.lexicon.get("sanaa_side_markers") or ())
                    sanaa = any(f.id in marks for f in c.mentions)
                if sanaa:
                    target = spec["yemen-sanaa"]
            if not target:
                break
            e = c.gaz.get(target)
            if e is not None and place is not None and spec.get("place_name"):
                # the entry of a self-governing place's country, named after the place ("وزارة
                # الصحة في غزة" -> Gaza Ministry of Health, the entry of "وزارة الصحة الفلسطينية")
                eid, typ, kind = e.id, e.type, e.kind
                en = spec["place_name"].format(dem=_plain_en(place.name_en), country=_plain_en(place.name_en))
            elif e is not None:
                eid, en, typ, kind = e.id, e.name_en, e.type, e.kind
            else:
                dem = c.gaz.demonym(cid) if cid else None
                cent = c.gaz.get(cid)
                if place is not None and ("{country}" in target or spec.get("place_name")):
                    # a place has no demonym: its name stands in its place ("Gaza Ministry of Health")
                    en = target.format(dem=_plain_en(place.name_en), country=_plain_en(place.name_en))
                    cid = place.id
                elif cent is not None and "{dem}" not in target:
                    en = target.format(dem="", country=cent.name_en)  # no demonym needed
                elif (not dem or cent is None) and spec.get("no_country"):
                    # a ministry of no known country is "Ministry of Health"; one of a country with no
                    # demonym in the data takes the country's name ("Kosovo Ministry of ...")
                    en = target.format(dem=_plain_en(cent.name_en)) if cent is not None else spec["no_country"]
                elif not dem or cent is None:
                    if "{dem}" in target or "({country})" not in target:
                        break
                    en = target.replace(" ({country})", "")  # "Ministry of Health": no country known
                else:
                    en = target.format(dem=dem, country=cent.name_en)
                generic = target.replace("{dem}", "").replace("{country}", "").replace("()", "")
                eid, typ, kind = f"{cid or 'x'}-{slug(generic)}", "ORG", spec.get("kind", "government")
            p = next((pp for form, pp in _variants(c.toks[k].t) if form == head), 0)
            for x in range(k, k + n):
                if c.found[x] is not None:
                    _unfind(c, c.found[x])
            c.add(_Found(k, end, p, typ, eid, en, "gazetteer", kind, {"country": cid}))
            break


def _short_word(c: _Ctx, k: int) -> bool:
    """Token k is a one-word short-form mention ("الجيش" read as the army named before)."""
    f = c.found[k]
    return f is not None and f.i == k and f.j == k + 1 and bool(f.extra.get("short"))


def _embassies(c: _Ctx) -> None:
    """An embassy or consulate named by its country's adjective or name ("السفارة الإيرانية في
    بيروت", "سفارة الولايات المتحدة في نواكشوط") is that country's mission in the place named after
    في/ب/لدى, else in the article's country: "Embassy of Iran in Beirut" (the place stays its own
    mention; a country named after the head joins the span). Data: `embassy_heads`, `embassy_the`."""
    heads = _lex_map(c.gaz, "embassy_heads")
    if not heads:
        return
    for k in c.at(heads.keys()):
        if not c.free(k) or k + 1 >= c.n or not c.joinable[k]:
            continue
        head = next(f for f in c.fs[k] if f in heads)
        nxt = c.found[k + 1]
        if nxt is None:
            cid = c.gaz._nisba.get(c.toks[k + 1].t)
            end = k + 2
        elif nxt.i == k + 1 and nxt.type == "LOC" and nxt.p == 0 and c.gaz.get(nxt.id) is not None \
                and c.gaz.get(nxt.id).kind == "country":
            cid, end = nxt.id, nxt.j
        else:
            continue
        if not cid or cid in _SKIP_COUNTRIES or c.gaz.get(cid) is None:
            continue
        m = end
        un = c.found[m + 1] if m + 1 < c.n and c.joinable[m - 1] and c.toks[m].t == "لدي" else None
        if heads[head] == "Permanent Mission":
            # "البعثة الإيرانية لدى الأمم المتحدة": a state's mission to the UN (its only reading as a state's
            # mission: a bare "البعثة المصرية" is as often a sports or pilgrims' delegation)
            if un is None or un.i != m + 1 or un.id != "united-nations":
                continue
            the = "the " if cid in (c.gaz.lexicon.get("embassy_the") or ()) else ""
            _unfind(c, un)
            if nxt is not None:
                _unfind(c, nxt)
            p = next((pp for form, pp in _variants(c.toks[k].t) if form == head), 0)
            c.add(_Found(k, un.j, p, "ORG", f"{cid}-permanent-mission-un",
                         f"Permanent Mission of {the}{_plain_en(c.gaz.get(cid).name_en)} to the United Nations",
                         "gazetteer", "embassy", {"country": cid}))
            continue
        if m < c.n and c.joinable[m - 1] and c.toks[m].t == "لدي" and m + 1 < c.n:
            m += 1  # "سفارة X لدى اليمن": read like في
            loc = c.found[m].id if c.found[m] is not None and c.found[m].i == m and c.found[m].type == "LOC" else None
            host = c.gaz.get(loc) if loc else None
        else:
            host = _place_after(c, m)
        if host is None:
            main = _main_country(c)  # not c.country(): that caches before the later rules' mentions
            host = c.gaz.get(main) if main and main != cid else None
        the = "the " if cid in (c.gaz.lexicon.get("embassy_the") or ()) else ""
        en = f"{heads[head]} of {the}{_plain_en(c.gaz.get(cid).name_en)}"
        if host is not None and host.id != cid:
            # the press writes "X in Kuwait" and "X, Sanaa": an embassy in a country is in its capital
            city = _capitals(c.gaz).get(host.id) if host.kind == "country" and heads[head] == "Embassy" else None
            en = f"{en} in {_plain_en(host.name_en)} ({en}, {_plain_en((city or host).name_en)})"
        if nxt is not None:
            _unfind(c, nxt)
        p = next((pp for form, pp in _variants(c.toks[k].t) if form == head), 0)
        c.add(_Found(k, end, p, "ORG", f"{cid}-{slug(heads[head])}-{host.id if host else 'x'}", en, "gazetteer",
                     "embassy", {"country": cid}))


_GOV_WORDS = (_tokens("حكومة")[0], _tokens("بحكومة")[0])


def _government_after(c: _Ctx, m: int) -> tuple[str, GazEntry] | None:
    """The rival government named right after a ministry, through في or a ب proclitic ("وزارة
    الداخلية بحكومة الوحدة الوطنية", "وزارة الكهرباء في حكومة إقليم كردستان"), with the English
    template of its ministries, when `government_ministries` lists it; else None."""
    if m >= c.n or not c.joinable[m - 1]:
        return None
    govs = c.gaz.lexicon.get("government_ministries") or {}
    k, need_b = m, True
    if c.toks[m].t == "في" and m + 1 < c.n and c.joinable[m]:
        k, need_b = m + 1, False
    f = c.found[k]
    if f is None and k + 1 < c.n and c.joinable[k] and c.toks[k].t in _GOV_WORDS[int(need_b):]:
        # "وزارة الصحة في حكومة الحوثيين": the group is its own mention (the gold sets mark it so), its
        # government's ministry is named as the government's (group_governments: group id -> government id)
        g = c.found[k + 1]
        gid = (c.gaz.lexicon.get("group_governments") or {}).get(g.id) if g is not None and g.i == k + 1 else None
        e = c.gaz.get(gid) if gid in govs else None
        return (govs[gid], e) if e is not None else None
    if f is None or f.i != k or f.type != "ORG" or f.id not in govs:
        return None
    if need_b and not (f.p >= 1 and c.toks[k].t[f.p - 1] == "ب"):
        return None
    e = c.gaz.get(f.id)
    return (govs[f.id], e) if e is not None else None


def _place_after(c: _Ctx, m: int) -> GazEntry | None:
    """The gazetteer place right after a body's name, through في or a ب proclitic ("وزارة الصحة
    في غزة", "الشرطة بالكويت"), else None."""
    if m >= c.n or not c.joinable[m - 1]:
        return None
    k, need_b = m, True
    if c.toks[m].t == "في" and m + 1 < c.n and c.joinable[m]:
        k, need_b = m + 1, False
    f = c.found[k]
    if f is None or f.i != k or f.type != "LOC" or f.extra.get("short"):
        return None
    if need_b and not (f.p >= 1 and c.toks[k].t[f.p - 1] == "ب"):
        return None
    return c.gaz.get(f.id)


def _near_country(c: _Ctx, i: int, j: int) -> str | None:
    """The country named nearest to tokens i..j-1 in their sentence, before the article's main
    country: a state body, a person the gazetteer knows or a nationality adjective of a state noun
    ("للقوات المسلحة الأردنية"), back first, then ahead; else a place, back first, then ahead
    ("وفي بيروت، أعلنت وزارة الداخلية" in an article mostly about Syria). "أعلنت القيادة العامة
    للقوات المسلحة الأردنية أن قوات حرس الحدود ..." is Jordan's border guard. None when the sentence
    names no country (looking further back, to the sentences before, picked other countries' bodies
    as often as the right one)."""
    state = c.gaz.words("state_nouns")
    stops = ".!?؟\n"
    before: list[int] = []
    k = i - 1
    while k >= 0 and not any(ch in stops for ch in c.ntext[c.toks[k].e:c.toks[k + 1].s]):
        before.append(k)
        k -= 1
    after: list[int] = []
    k = j
    while k < c.n and not any(ch in stops for ch in c.ntext[c.toks[k - 1].e:c.toks[k].s]):
        after.append(k)
        k += 1
    for places in (False, True):
        first: str | None = None
        for k in (*before, *after):
            f = c.found[k]
            if f is not None:
                if (f.type == "LOC") == places:
                    cid = _mention_country(c, f)
                    if cid and not places:
                        return cid
                    if cid and first is None:
                        first = cid
                        if c.gaz.get(f.id) is not None and c.gaz.get(f.id).kind == "country" and k in before:
                            return cid  # "وأعربت السعودية، في بيان لوزارة الخارجية": the state named before
                    elif cid and cid != first:
                        # places of two countries in the sentence ("الحسينية" is also an Egyptian
                        # town, "معان" Jordan's): the article's own country, if it is one of them
                        main = _main_country(c)
                        named = {_mention_country(c, c.found[x]) for x in (*before, *after)
                                 if c.found[x] is not None and c.found[x].type == "LOC"}
                        return main if main in named else first
                continue
            if places:
                continue
            cid = c.gaz._nisba.get(c.toks[k].t)
            if cid and cid not in _SKIP_COUNTRIES and any(not state.isdisjoint(c.fs[x]) for x in range(max(0, k - 3), k)):
                return cid  # "للقوات المسلحة الأردنية": the adjective of a state body
        if places and first is not None:
            return first
    return None


def _mention_country(c: _Ctx, f: _Found) -> str | None:
    if f.extra.get("country"):
        return f.extra["country"] if f.extra["country"] not in _SKIP_COUNTRIES else None
    e = c.gaz.get(f.id)
    if e is None or e.kind in ("media", "agency") or f.extra.get("short"):
        return None
    cid = e.id if e.kind == "country" else e.country
    return cid if cid and cid not in _SKIP_COUNTRIES else None


def _main_country(c: _Ctx, skip: frozenset[int] = frozenset()) -> str | None:
    """The country most gazetteer mentions of the article belong to (first mentioned on a tie).
    Outlets do not count: an Egyptian daily quoted on Algeria says nothing of where the news is; nor do
    the mentions in ``skip`` (by id()), which are what the country is asked to decide."""
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for f in c.mentions:
        if id(f) in skip:
            continue
        e = c.gaz.get(f.id)
        if e is None or not e.country or e.country in _SKIP_COUNTRIES or e.kind in ("media", "agency"):
            continue
        counts[e.country] = counts.get(e.country, 0) + 1
        first.setdefault(e.country, f.i)
    if not counts:
        return None
    return max(counts, key=lambda k: (counts[k], -first[k]))


def _country_bodies_by_two(gaz: Gazetteer) -> tuple[dict[tuple[str, str], list[tuple[tuple[str, ...], dict]]],
                                                    dict[str, list[tuple[tuple[str, ...], dict]]]]:
    """`_country_bodies_index` split by length: bodies of two words or more keyed by their first two
    words (longest first), one-word bodies by their word."""
    cache = gaz.__dict__.setdefault("_wordsets", {})
    if "__bodies_two" not in cache:
        two: dict[tuple[str, str], list] = {}
        one: dict[str, list] = {}
        for first, lst in _country_bodies_index(gaz).items():
            for toks, spec in lst:  # already longest first
                if len(toks) >= 2:
                    two.setdefault((first, toks[1]), []).append((toks, spec))
                else:
                    one.setdefault(first, []).append((toks, spec))
        cache["__bodies_two"] = (two, one)
    return cache["__bodies_two"]


def _country_body_heads(gaz: Gazetteer) -> frozenset[str]:
    cache = gaz.__dict__.setdefault("_wordsets", {})
    if "__body_heads" not in cache:
        cache["__body_heads"] = frozenset(_country_bodies_index(gaz))
    return cache["__body_heads"]


def _country_bodies_index(gaz: Gazetteer) -> dict[str, list[tuple[tuple[str, ...], dict]]]:
    cache = gaz.__dict__.setdefault("_wordsets", {})
    if "__bodies" not in cache:
        idx: dict[str, list] = {}
        specs = dict(gaz.lexicon.get("country_bodies") or {})
        entries = {" ".join(_tokens(k)): v for k, v in (gaz.lexicon.get("ministry_entries") or {}).items()}
        for dom, en in (gaz.lexicon.get("ministry_domains") or {}).items():
            specs.setdefault("وزارة " + dom, {**(entries.get(" ".join(_tokens(dom))) or {}),
                                             "default": f"Ministry of {en} ({{country}})",
                                             "ministry": f"Ministry of {en}"})
            # a federal state's ministry ("وزارة الصحة الاتحادية" in Sudan, Somalia, Iraq)
            # (the press also writes it "Sudanese Ministry of Health")
            specs.setdefault(f"وزارة {dom} الاتحادية",
                             {"default": f"Federal Ministry of {en} ({{country}}) ({{dem}} Ministry of {en})"})
        for key, spec in specs.items():
            toks = _tokens(key)
            if toks:
                idx.setdefault(toks[0], []).append((toks, spec))
        for v in idx.values():
            v.sort(key=lambda x: -len(x[0]))
        cache["__bodies"] = idx
    return cache["__bodies"]


def _loc_org(c: _Ctx, k: int, via_only: bool = False) -> None:
    """Organisation head + a named place: "قيادة عمليات الجزيرة" (Jazira Operations Command),
    "نقابة أطباء السودان" (Sudan Doctors' Syndicate), "عمليات كركوك" after قائد. The place
    inside stops being a separate mention. A head with `via` takes the place only behind one of
    its linking words, inside the span ("مديرية الصحة بمحافظة أسوان" Aswan Health Directorate);
    `via_only`: only such heads (the pass before the country's bodies)."""
    heads = _loc_org_heads(c.gaz)
    forms = _strip1(c.toks[k].t)
    if not any(f in heads for f in forms):
        return
    gloss = _lex_map(c.gaz, "org_name_glossary")
    cands = [h for f in forms for h in heads.get(f, ())]
    for ktoks, spec, need_prev in cands:
        n = len(ktoks)
        if k + n >= c.n or (via_only and not spec.get("via")):
            continue
        if any(c.toks[k + x].t != ktoks[x] or not c.joinable[k + x - 1] for x in range(1, n)):
            continue
        if not all(c.free(k + x) for x in range(n)) or not c.joinable[k + n - 1]:
            continue
        if need_prev:
            prev = c.toks[k - 1].t if k and c.joinable[k - 1] else ""
            if not any(f in need_prev for f in _strip1(prev)):
                continue
        if spec.get("not_after"):
            # "رئيس بلدية يارين": the mayor's title names the town, annotated as the place
            prev = c.toks[k - 1].t if k and c.joinable[k - 1] else ""
            if not {" ".join(_tokens(x)) for x in _as_tuple(spec["not_after"])}.isdisjoint(_strip1(prev)):
                continue
        m = k + n
        words: list[str] = []
        while m < c.n and c.free(m) and c.toks[m].t in gloss and len(words) < 2:
            words.append(gloss[c.toks[m].t])
            m += 1
            if not c.joinable[m - 1]:
                break
        if spec.get("via"):
            f = _via_place(c, spec, m)
            if f is None:
                continue
        else:
            f = c.found[m] if m < c.n else None
            if m >= c.n or (m > k + n and not c.joinable[m - 1]):
                continue
            if spec.get("prep"):
                # "محكمة الاستئناف بالعيون", "المجلس الإقليمي للسمارة": the place through a ب/ل proclitic
                f = _prep_place(c, m, f)
                if f is None:
                    continue
            elif f is None or f.type != "LOC" or f.i != m or f.p:
                if not spec.get("any"):
                    continue
                if f is None:
                    w = c.toks[m].t
                    if not c.name_word(w) or w in c.role_words or w in c.name_stop or _article_clitic(w):
                        continue
                    f = _Found(m, m + 1, 0, "LOC", None, transliterate(w, c.gaz), "transliterated")
                elif f.i != m or f.p or f.j - f.i > 2:
                    continue
                else:
                    # a one-word name read as something else ("الجزيرة" the channel): the place
                    w = " ".join(c.toks[x].t for x in range(f.i, f.j))
                    f = _Found(f.i, f.j, 0, "LOC", None, transliterate(w, c.gaz), "transliterated", extra={"old": f})
        e = c.gaz.get(f.id) if f.id else None
        if e is not None and e.country in _as_tuple(spec.get("commune_countries")):
            continue  # "بلدية بريزينة" in Algeria: the commune, a place, not its council
        loc_en = _plain_en(f.name_en)
        if e is not None and e.kind == "country" and (cap := _capitals(c.gaz).get(e.id)) is not None:
            loc_en = _plain_en(cap.name_en)  # "المحكمة الابتدائية بتونس", "بلدية الكويت": the capital's body
        en = spec["en"].format(loc=loc_en, words=" ".join(words)).replace("  ", " ").strip()
        p = next((pp for form, pp in _variants(c.toks[k].t) if form == ktoks[0]), 0)
        if spec.get("prep") or spec.get("outside"):
            # the place after ب/ل stays its own mention, outside the body's span, as for the
            # bodies of bodies.yaml ("هيئة المعرفة ... في دبي"); `outside`: a `via` head's place too
            # ("مكتب الصحة في صنعاء")
            if c.found[m] is None:
                c.add(f)
            c.add(_Found(k, m, p, "ORG", "org-" + slug(en), en, "romanized", "org"))
            return
        _unfind(c, f.extra.get("old", f))
        c.add(_Found(k, f.j, p, "ORG", "org-" + slug(en), en, "romanized", "org"))
        return


@dataclass(frozen=True)
class _BodyLex:
    """bodies.yaml, normalised: head stems, two-word heads, adjectives, chain nouns."""

    heads: dict[str, str]
    head_forms: frozenset[str]  # head stems with and without the article
    phrases: dict[tuple[str, str], str]
    generic: dict[str, tuple[tuple[str, ...], ...]]  # head stem -> the words that make it generic
    adjs: dict[str, tuple[str, bool, bool, bool]]  # definite form -> (English, naming, national, weak)
    nouns: dict[tuple[str, ...], str]  # first word without its article
    noun_max: int
    civil: frozenset[str]  # heads of civil bodies: no country is added to their names
    place_templates: dict[str, str]  # head + a place alone: "Bank of {place}"
    naming: frozenset[str] = frozenset()  # English of the naming adjectives
    national: frozenset[str] = frozenset()  # ... and of those that say a body is national


def _bare(w: str) -> str:
    return w[2:] if w.startswith("ال") and len(w) > 3 else w


def _body_lex(gaz: Gazetteer) -> _BodyLex:
    cache = gaz.__dict__.setdefault("_wordsets", {})
    if "__body_lex" not in cache:
        lex = gaz.lexicon
        heads = {_bare(" ".join(_tokens(k))): v for k, v in (lex.get("body_heads") or {}).items()}
        phrases: dict[tuple[str, str], str] = {}
        for k, v in (lex.get("body_head_phrases") or {}).items():
            t = _tokens(k)
            if len(t) == 2:
                phrases[(_bare(t[0]), t[1])] = v
        generic: dict[str, tuple[tuple[str, ...], ...]] = {}
        for t in map(_tokens, lex.get("body_generic") or ()):
            if len(t) > 1:
                generic[_bare(t[0])] = (*generic.get(_bare(t[0]), ()), t[1:])
        adjs: dict[str, tuple[str, bool, bool, bool]] = {}
        for k, v in (lex.get("body_adjectives") or {}).items():
            v = v if isinstance(v, dict) else {"en": v}
            base = " ".join(_tokens(k))
            spec = (str(v["en"]), bool(v.get("naming")), bool(v.get("national")), bool(v.get("weak")))
            adjs[base] = spec
            if not base.endswith(("ه", "ا")):
                adjs.setdefault(base + "ه", spec)  # feminine: الوطنية, العامة
        nouns: dict[tuple[str, ...], str] = {}
        for k, v in (lex.get("body_nouns") or {}).items():
            t = _tokens(k)
            if t:
                nouns[(_bare(t[0]), *t[1:])] = str(v or "")
        cache["__body_lex"] = _BodyLex(
            heads, frozenset(heads) | frozenset("ال" + h for h in heads), phrases, generic, adjs, nouns,
            max((len(x) for x in nouns), default=1),
            frozenset(_bare(" ".join(_tokens(h))) for h in lex.get("body_civil_heads") or ()),
            {_bare(" ".join(_tokens(h))): v for h, v in (lex.get("body_place_templates") or {}).items()},
            frozenset(a[0] for a in adjs.values() if a[1]), frozenset(a[0] for a in adjs.values() if a[2]))
    return cache["__body_lex"]


def _body_noun(c: _Ctx, m: int, first: str, lex: _BodyLex) -> tuple[str, int] | None:
    """The chain noun (or nouns: "حقوق الإنسان") at token m, read as ``first``: (English, tokens)."""
    stem = _bare(first)
    for n in range(min(lex.noun_max, c.n - m), 0, -1):
        if n > 1 and not all(c.joinable[m + x] and c.free(m + x + 1) for x in range(n - 1)):
            continue
        key = (stem, *(c.toks[m + x].t for x in range(1, n)))
        if key in lex.nouns:
            return lex.nouns[key], n
    return None


def _body_chain(c: _Ctx, m: int, first: str, p: int, lex: _BodyLex, after_definite: bool
                ) -> tuple[list[str], int, bool, int, list[_Found], str | None]:
    """Modifiers of a body's head from token m (``first``: its text without a proclitic of p
    letters): nouns of a construct chain ("و"-coordinated ones joined), adjectives, places, an
    unknown proper name ending a chain; then a nationality adjective. Returns (English units in
    Arabic order, end token, complete (no construct noun left without its complement), number
    of (non-weak) adjectives, places inside, country of a nationality adjective)."""
    units: list[str] = []
    places: list[_Found] = []
    open_construct, any_adj, country = not after_definite, 0, None
    t, pp = first, p
    after_place = False
    while m < c.n:
        f = c.found[m]
        if f is not None:
            if open_construct and f.type == "LOC" and f.i == m and f.p == pp and not f.extra.get("short"):
                units.append(_plain_en(f.name_en))
                places.append(f)
                m, open_construct, after_place = f.j, False, True
                if m < c.n and c.joinable[m - 1] and c.free(m) and c.toks[m].t in lex.adjs:
                    t, pp = c.toks[m].t, 0
                    continue  # "مجلس دير الزور العسكري": an adjective of the head after its place
            break
        if after_place:
            # the head's adjective, nearest the head in English: "Deir ez-Zor Military Council"
            units.insert(len(units) - 1, lex.adjs[t][0])
            any_adj += not lex.adjs[t][3]
            m += 1
            break
        coord = bool(units) and not open_construct and t.startswith("و") and len(t) > 3
        hit = _body_noun(c, m, t[1:] if coord else t, lex)
        if hit is not None and (open_construct or coord):
            en, n = hit
            definite = (t[1:] if coord else t).startswith("ال") or n > 1
            if not en and definite:
                break  # "قيادة شرطة المحافظة": a classifier with the article names no place
            if coord:
                if not units[-1] or not definite:
                    break
                units[-1] = f"{units[-1]} and {en}"
            else:
                units.append(en)
            m += n
            open_construct = not definite
        elif not open_construct and t in lex.adjs:
            units.append(lex.adjs[t][0])
            any_adj += not lex.adjs[t][3]
            m += 1
        elif not open_construct and t in c.gaz._nisba and t.startswith("ال"):
            country = c.gaz._nisba[t]
            m += 1
            break
        elif open_construct and units and not t.startswith("ال") and c.name_word(t) \
                and t not in c.org_stop and t not in c.role_words and t not in c.name_stop \
                and not _adjective_like(c, t) and c.gaz.lookup(t) is None:
            # an unknown proper name ends the chain: a place after a classifier ("مخيم نور شمس"),
            # else one word before a pause ("لجنة مقاومة أمبدة، وهي ...")
            j = _place_extent(c, m, 0) if not c.place_cls.isdisjoint(c.fs[m - 1]) else None
            if j is None and (m + 1 >= c.n or not c.joinable[m]):
                j = m + 1
            if j is None or not all(c.free(x) for x in range(m, j)):
                break
            units.append(_place_en(c, m, j))
            m = j
            open_construct = False
            break
        else:
            break
        if m >= c.n or not c.joinable[m - 1]:
            break
        t, pp = c.toks[m].t, 0
    return units, m, not open_construct, any_adj, places, country


def _join_and(units: list[str]) -> list[str]:
    """"Roads and Transport and Metro" -> "Roads, Transport and Metro"."""
    out = []
    for u in units:
        parts = u.split(" and ")
        out.append(u if len(parts) < 3 else ", ".join(parts[:-1]) + " and " + parts[-1])
    return out


def _body(c: _Ctx, k: int) -> None:
    """An institution the gazetteer lacks, translated from its head noun and modifiers (data:
    bodies.yaml): "هيئة الطرق والمواصلات" -> Roads and Transport Authority, "قوة الإطفاء العامة" ->
    General Fire Force, "الهيئة الوطنية لإدارة الكوارث" -> National Authority for Disaster
    Management, "قيادة شرطة محافظة البصرة" -> Basra Police Command. Every word must be known (or a
    place / an unknown name ending the chain), so a phrase the glossary cannot read names nothing."""
    lex = _body_lex(c.gaz)
    head_en, p, definite, stem = "", 0, False, ""
    if c.toks[k].t in c.gaz.words("head_prepositions"):
        return  # "بقيادة السعودية": led by, no body
    for f, pp in _variants(c.toks[k].t):
        b = _bare(f)
        if b in lex.heads:
            head_en, p, definite, stem = lex.heads[b], pp, f.startswith("ال"), b
            break
    if not head_en:
        return
    nxt = c.toks[k + 1].t
    if any(tuple(c.toks[k + 1 + x].t for x in range(len(g)) if k + 1 + x < c.n) == g
           for g in lex.generic.get(stem, ())):
        return
    m = k + 1
    phrase = lex.phrases.get((stem, nxt))
    if phrase and not definite:
        head_en, m = phrase, k + 2
        if m >= c.n or not c.joinable[m - 1] or not c.free(m):
            return
    units, m, complete, any_adj, places, country = _body_chain(
        c, m, c.toks[m].t, 0, lex, definite)
    if not complete or (not units and not phrase):
        return
    if places and places[0].i == k + 1 and not c.place_cls.isdisjoint(c.fs[k]):
        return  # "مديرية عبس": a Yemeni district, the head a place classifier
    if units and not units[0] and not phrase:
        return  # "مركز ولاية هطاي": the province's capital, not a body
    if len(units) == 1 and places and stem in lex.place_templates:
        units = []
        head_en = lex.place_templates[stem].format(place=_plain_en(places[0].name_en))  # "Bank of X"
    naming = any(u in lex.naming for u in units)
    national = any(u in lex.national for u in units)
    # an ل-phrase: "لإدارة الكوارث", "للأرصاد", "لسوق الجمعة"
    sub: list[str] = []
    if m < c.n and c.joinable[m - 1] and c.free(m) or (m < c.n and c.joinable[m - 1] and c.found[m] is not None
                                                       and c.found[m].type == "LOC" and c.found[m].p == 1):
        t = c.toks[m].t
        if t.startswith("لل") and len(t) > 4:
            first, sp = "ال" + t[2:], 0
        elif t.startswith("ل") and not t.startswith("ال") and len(t) > 3:
            first, sp = t[1:], 1
        else:
            first, sp = "", 0
        if first:
            s_units, s_m, s_ok, _, s_places, s_country = _body_chain(c, m, first, sp, lex, False)
            if s_ok and s_units and any(s_units):
                sub, m = s_units, s_m
                places += s_places
                country = country or s_country
            elif definite and (sp == 0 or _body_noun(c, m, first, lex) is not None) and c.free(m):
                return  # "اللجنة الوطنية لإدارة الحالات ...": a name this glossary cannot read whole
    if not sub and len(units) == 1 and places and places[0].i == k + 1 and m == places[0].j \
            and stem in c.gaz.words("body_seat_heads"):
        return  # "بمركز المنيا", "مركز مصياف": the district or the town, no body of it
    owner = c.found[m] if m < c.n and c.joinable[m - 1] and not sub else None
    if owner is not None and (owner.i != m or owner.type != "ORG" or not naming or not definite
                              or not c.toks[m].t.startswith("ل")):
        owner = None  # "القيادة العامة للقوات المسلحة الأردنية": the body it belongs to
    if definite and not naming and any_adj >= 2 and (stem in lex.civil or (
            k and c.ntext[c.toks[k - 1].e:c.toks[k].s].strip()[-1:] in _OPEN_Q)):
        naming = True  # "«الجمعية الطبية الإسلامية»": a civil body or a quoted one with two adjectives
    if definite and not (naming or ((any_adj or country) and sub)):
        return
    if not definite and not phrase and not units and not places:
        return
    words = [u for u in reversed(_join_and(units)) if u] + [head_en]
    if sub:
        words += ["for", *(u for u in reversed(_join_and(sub)) if u)]
    elif owner is not None:
        words += ["of the", _plain_en(owner.name_en)]
        _unfind(c, owner)
        m = owner.j
    en = re.sub(r"\b(\w+) \1\b", r"\1", " ".join(words))  # "General" + "General Staff"
    if country:
        dem = c.gaz.demonym(country)
        if not dem:
            return
        en = f"{dem} {en}"
    else:
        loc = _place_after(c, m)
        if loc is not None and not places:
            en = f"{en} ({_plain_en(loc.name_en)})"
        elif national and not places and owner is None and stem not in lex.civil \
                and (_near_country(c, k, m) or c.country()):
            ce = c.gaz.get(_near_country(c, k, m) or c.country())
            if ce is not None:
                en = f"{en} ({_plain_en(ce.name_en)})"
    for f in places:
        _unfind(c, f)
    c.add(_Found(k, m, p, "ORG", "org-" + slug(en), en, "romanized", "org"))


def _via_place(c: _Ctx, spec: dict, m: int) -> _Found | None:
    """The gazetteer place behind a loc_org head's linking words at token m ("لولاية ميلة",
    "بمحافظة أسوان", "في نينوى"): found after free linking words, or as a place mention that
    starts on the last of them ("لولاية سطيف" read as the place with its classifier). None when
    no gazetteer place follows ("مديرية الصحة في المحافظة")."""
    for v in _via_links(spec):
        n = len(v)
        if m + n >= c.n or any(c.toks[m + x].t != v[x] or not c.joinable[m + x] for x in range(n)):
            continue
        if not all(c.free(m + x) for x in range(n - 1)):
            continue
        if c.free(m + n - 1):
            f = c.found[m + n]
            if f is not None and f.type == "LOC" and f.i == m + n and not f.p and f.id is not None:
                return f
        else:
            f = c.found[m + n - 1]
            if f is not None and f.type == "LOC" and f.i == m + n - 1 and f.id is not None:
                return f
    return None


def _via_links(spec: dict) -> tuple[tuple[str, ...], ...]:
    """A loc_org head's linking words, normalised and longest first (cached on the spec)."""
    links = spec.get("__via")
    if links is None:
        links = tuple(sorted({_tokens(x) for x in _as_tuple(spec.get("via"))} - {()}, key=len, reverse=True))
        spec["__via"] = links
    return links


def _via_heads(gaz: Gazetteer) -> frozenset[str]:
    """First words of the loc_org heads that take their place through a linking word."""
    cache = gaz.__dict__.setdefault("_wordsets", {})
    if "__via_heads" not in cache:
        cache["__via_heads"] = frozenset(first for first, v in _loc_org_heads(gaz).items()
                                         if any(spec.get("via") for _, spec, _ in v))
    return cache["__via_heads"]


def _rule_heads(gaz: Gazetteer) -> frozenset[str]:
    """First words that can open an ORG-by-rule (loc_org_heads, military units)."""
    cache = gaz.__dict__.setdefault("_wordsets", {})
    if "__rule_heads" not in cache:
        cache["__rule_heads"] = frozenset(_loc_org_heads(gaz)) | frozenset(_lex_map(gaz, "military_units"))
    return cache["__rule_heads"]


def _all_given(gaz: Gazetteer) -> frozenset[str]:
    cache = gaz.__dict__.setdefault("_wordsets", {})
    if "__all_given" not in cache:
        cache["__all_given"] = gaz.words("given_names") | gaz.words("foreign_given_names")
    return cache["__all_given"]


def _loc_org_heads(gaz: Gazetteer) -> dict[str, list[tuple[tuple[str, ...], dict, frozenset[str]]]]:
    """loc_org_heads indexed by first word: [(head tokens, spec, words required before)]."""
    cache = gaz.__dict__.setdefault("_wordsets", {})
    if "__loc_org" not in cache:
        idx: dict[str, list] = {}
        for key, spec in (gaz.lexicon.get("loc_org_heads") or {}).items():
            ktoks = _tokens(key)
            if ktoks:
                after = frozenset(" ".join(_tokens(x)) for x in _as_tuple(spec.get("after")))
                idx.setdefault(ktoks[0], []).append((ktoks, spec, after))
        for v in idx.values():
            v.sort(key=lambda x: -len(x[0]))
        cache["__loc_org"] = idx
    return cache["__loc_org"]


def _capitals(gaz: Gazetteer) -> dict[str, GazEntry]:
    """Country id -> its capital's entry (kind ``capital``), for a country named like its capital."""
    cache = gaz.__dict__.setdefault("_wordsets", {})
    if "__capitals" not in cache:
        cache["__capitals"] = {e.country: e for e in gaz.entries("capital") if e.type == "LOC" and e.country}
    return cache["__capitals"]


def _prep_place(c: _Ctx, m: int, f: _Found | None) -> _Found | None:
    """The gazetteer place at token m behind a ب or ل proclitic ("بالعيون", "للسمارة"), found
    already or looked up here (a place that needs a cue has one: the body before it), else None."""
    w = c.toks[m].t
    if w[:1] not in "بل":
        return None
    if f is not None:  # one word or more ("بسيدي بوزيد", "لتيزي وزو")
        return f if f.type == "LOC" and f.i == m and (f.p == 1 or f.j == m + 1) else None
    for form, pp in _variants(w):
        if pp == 1 or (pp == 0 and form != w):
            e = c.gaz.lookup(form)
            if e is not None and e.type == "LOC" and " ".join(_tokens(e.name_ar)) == form:
                return _Found(m, m + 1, 0, "LOC", e.id, e.name_en, "gazetteer")
    return None


def _military_unit(c: _Ctx, k: int) -> None:
    """"الفرقة الثامنة", "اللواء 52": a unit word followed by an ordinal or a number."""
    units = c.units
    if k + 1 >= c.n or not c.joinable[k] or not c.free(k + 1):
        return
    head = next((f for f in _strip1(c.toks[k].t) if f in units), None)
    if head is None:
        return
    ordinals = _lex_map(c.gaz, "unit_ordinals")
    branches = _lex_map(c.gaz, "unit_branches")
    nxt = c.toks[k + 1].t
    after = c.toks[k + 2].t if k + 2 < c.n and c.joinable[k + 1] and c.free(k + 2) else ""
    end = k + 2
    if after in branches and (nxt in ordinals or (nxt.isdigit() and len(nxt) <= 3)):
        # "الفرقة 17 مشاة", "الفرقة الرابعة مدرعات": the arm of service makes the number an ordinal
        num = ordinals.get(nxt) or _ordinal(int(nxt))
        en = f"{num} {branches[after]} {units[head]}"
        end = k + 3
    elif nxt.isdigit() and len(nxt) <= 3:
        # "الفرقة 20" 20th Division, "اللواء 52" Brigade 52: the press's order (unit_ordinal_numbers)
        ordinal = units[head] in (c.gaz.lexicon.get("unit_ordinal_numbers") or ())
        en = f"{_ordinal(int(nxt))} {units[head]}" if ordinal else f"{units[head]} {nxt}"
    elif nxt in ordinals:
        en = f"{ordinals[nxt]} {units[head]}"
    else:
        return
    # the unit's owner: "الفرقة الثامنة في الجيش", "اللواء 52 في الحشد الشعبي"
    m = end
    if m + 1 < c.n and c.joinable[k + 1] and c.joinable[m] and c.toks[m].t in c.gaz.words("unit_owner_links"):
        f = c.found[m + 1]
        if f is not None and f.type == "ORG" and f.i == m + 1 and f.name_en:
            alt = re.findall(r"\(([A-Z]{2,6})\)", f.name_en)
            en = f"{alt[0] if alt else _plain_en(f.name_en)} {en}"
    p = next((pp for form, pp in _variants(c.toks[k].t) if form == head), 0)
    c.add(_Found(k, end, p, "ORG", "org-" + slug(en), en, "romanized", "unit"))


def _ordinal(n: int) -> str:
    """17 -> "17th", 22 -> "22nd"."""
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def _family(c: _Ctx, k: int) -> None:
    """"عائلة الأسطل" / "آل X": a family name after a family noun (the noun stays outside)."""
    if not c.joinable[k] or not any(f in c.families for f in _strip1(c.toks[k].t)):
        return
    m = k + 1
    if not c.free(m):
        return
    w = c.toks[m].t
    if not w.startswith("ال") or not c.name_word(w) or w in c.name_stop or w in c.role_words:
        return
    rom = romanize(w) or transliterate(w, c.gaz)
    en = f"{rom} (family)"
    c.add(_Found(m, m + 1, 0, "PER", "per-" + slug(rom) + "-family", en, "romanized", "family"))


def _surname_back_refs(c: _Ctx) -> None:
    """A person named in full is later called by the family name alone ("وأضاف القدرة أن",
    "واتهم البرهان", "إضافة إلى عويدات نفسه", "القاضي البيطار", "بحق خليل وفنيانوس"): the lone
    family name is the same person
    - after a speech verb or a noun that takes a person, or before أن/إن/نفسه, or before a pause;
    - after a title ("المحقق العدلي البيطار");
    - beside another person in a و-list;
    - anywhere when the name is distinctive: indefinite, not a given name, no word the gazetteer
      or the lexicon knows ("عويدات", "فنيانوس"). A name that is also a common word ("القدرة",
      "البحر", "حسن") needs one of the cues above."""
    fams: dict[str, _Found] = {}
    for f in sorted(c.mentions, key=lambda f: f.i):
        if f.type == "PER" and f.j - f.i >= 2 and f.kind != "family":
            fams.setdefault(c.toks[f.j - 1].t, f)
    if not fams:
        return
    cues = c.gaz.words("back_ref_cues")
    after = c.gaz.words("back_ref_next")
    before = c.gaz.words("back_ref_before")
    cands: list[tuple[int, int, _Found, bool]] = []  # (token, proclitic, person, cued)
    nl = c.ntext.find("\n")
    head_end = nl if nl >= 0 else -1  # the headline: the first line, when the text has several
    titles = c.gaz.words("titles")
    for k in c.at(fams.keys()):
        if not c.free(k):
            continue
        for form, p in _variants(c.toks[k].t):
            f = fams.get(form)
            if f is None or form in titles:
                continue  # ("كامل الوزير" ... "وأكد الوزير": the title, not the family name)
            if f.i >= k:
                # a headline names the person by the family name before the body names him in
                # full ("أزعور 59 صوتاً وفرنجية 51", "والسوداني يوجه باعتقال"): the same person when
                # the name is distinctive, or a nisba-shaped name opens its clause (و + name)
                if c.toks[k].e <= head_end < c.toks[f.i].s and form not in c.stop and form not in c.role_words \
                        and (_distinctive_surname(c, form) or (c.nisba(form) and p == 1 and c.toks[k].t[0] == "و")
                             or f.source == "gazetteer" and _headline_subject(c, k)):
                    cands.append((k, p, f, True))
                break
            prev = c.toks[k - 1].t if k and c.joinable[k - 1] else ""
            nxt = c.toks[k + 1].t if k + 1 < c.n and c.joinable[k] else ""
            plain = form not in c.stop and form not in c.role_words and not c.nisba(form)
            cued = (prev and any(x in cues or x in before for x in _strip1(prev))) or nxt in after \
                or (len(form) >= 4 and (k + 1 >= c.n or not c.joinable[k]) and plain) \
                or (plain and bool(prev) and _title_before(c, k))
            if cued or (plain and _distinctive_surname(c, form)):
                cands.append((k, p, f, True))
            elif plain:
                cands.append((k, p, f, False))
            break
    cued_at = {k: cued for k, _, _, cued in cands}
    for k, p, f, cued in cands:
        if not cued:
            # a و-list of people: "بحق خليل وفنيانوس" (the neighbour is a person or a cued name)
            left = k - 1 if k and c.joinable[k - 1] and p == 1 and c.toks[k].t[0] == "و" else -1
            right = k + 1 if k + 1 < c.n and c.joinable[k] and c.toks[k + 1].t[:1] == "و" else -1
            cued = any(x >= 0 and ((c.found[x] is not None and c.found[x].type == "PER")
                                   or cued_at.get(x, False)) for x in (left, right))
        if cued:
            c.add(_Found(k, k + 1, p, "PER", f.id, f.name_en, f.source, "person"))


def _headline_subject(c: _Ctx, k: int) -> bool:
    """Token k of a headline is the subject of the present-tense verb after it ("وسعيد يقيل المندوب", "ومراد يحل
    بالولاية") or the person a government is named after ("حكومة حماد تعلن"): a known person's family name there is
    him even when it is a common word."""
    nxt = c.toks[k + 1].t if k + 1 < c.n and c.joinable[k] else ""
    prev = c.toks[k - 1].t if k and c.joinable[k - 1] else ""
    return (len(nxt) >= 3 and nxt[0] in "يت" and nxt not in c.all_given and c.gaz.lookup(nxt) is None) or \
        prev in ("حكومه", "وحكومه", "ادارة", "اداره")


def _given_back_refs(c: _Ctx) -> None:
    """A woman or man of the street introduced in full is later called by the given name alone,
    as the subject of a speech verb ("تجلس حليمة آدم نور ... وتقول حليمة للجزيرة نت"): the lone given
    name right after the verb is that person, when exactly one person named before opens with it."""
    firsts: dict[str, set[tuple[str | None, str | None]]] = {}
    first_at: dict[str, int] = {}
    for f in c.mentions:
        if f.type == "PER" and f.j - f.i >= 2 and f.kind != "family" and not f.p:
            w = c.toks[f.i].t
            if w in c.name_links or w in c.stop:
                continue
            firsts.setdefault(w, set()).add((f.id, f.name_en))
            first_at[w] = min(first_at.get(w, f.i), f.i)
    if not firsts:
        return
    for k in c.at(firsts.keys()):
        w = c.toks[k].t
        if w not in firsts or not c.free(k) or len(firsts[w]) != 1 or first_at[w] >= k \
                or not _after_speech_verb(c, k):
            continue
        if k + 1 < c.n and c.joinable[k] and c.free(k + 1) and c.name_word(c.toks[k + 1].t) \
                and not c.toks[k + 1].t.startswith(("ل", "ب")):
            continue  # "وقال حسن علي": another person's full name
        eid, en = next(iter(firsts[w]))
        c.add(_Found(k, k + 1, 0, "PER", eid, en, "romanized", "person"))


def _lone_name_back_refs(c: _Ctx) -> None:
    """A person named in full and later by one word of the name after a title ("مدير المستشفى الدكتور حسام
    أبو صفية" ... "الدكتور حسام"): the one-word person a rule made there is that person (his id and English
    name, not a second person "Husam" beside "Hussam Abu Safiya"), when exactly one person named before has
    that word as first or last name."""
    full = [f for f in c.mentions if f.type == "PER" and f.j - f.i >= 2 and f.kind != "family"]
    if not full:
        return
    for f in c.mentions:
        if f.type != "PER" or f.j - f.i != 1 or f.source == "gazetteer" or f.kind == "family":
            continue
        w = c.toks[f.i].t[f.p:]
        owners = {(g.id, g.name_en, g.source) for g in full
                  if g.i < f.i and (c.toks[g.i].t[g.p:] == w or c.toks[g.j - 1].t == w)}
        if len(owners) == 1:
            f.id, f.name_en, f.source = next(iter(owners))


def _name_tail_back_refs(c: _Ctx) -> None:
    """A person named in full is later called by the last two or more words of the name: a family
    name of two words ("نبيل أبو ردينة" ... "وأكد أبو ردينة", "محمود عبد الرحيم" ... "وأضاف عبد
    الرحيم") or the father's and family names ("خلف عبد الله الجبوري" ... "عبد الله الجبوري"). The
    later mention is the same person where exactly one person named before ends so; not after
    "بن" (the father: "حسين بن عبدالله الثاني"), nor a person the gazetteer knows."""
    pers = [f for f in c.mentions if f.type == "PER" and f.kind != "family"]
    if len(pers) < 2:
        return
    words = {id(f): (c.toks[f.i].t[f.p:], *(c.toks[x].t for x in range(f.i + 1, f.j))) for f in pers}
    for f in pers:
        w = words[id(f)]
        if len(w) < 2 or f.source == "gazetteer":
            continue  # a person the gazetteer knows is that person ("عبدالله الثاني")
        full = {(g.id, g.name_en) for g in pers if g.i < f.i and len(words[id(g)]) > len(w)
                and words[id(g)][-len(w):] == w and words[id(g)][-len(w) - 1] not in ("بن", "ابن", "بنت")}
        if len(full) == 1:
            f.id, f.name_en = next(iter(full))


def _title_before(c: _Ctx, k: int) -> bool:
    """A person title or role ends right before token k ("القاضي", "المحقق العدلي")."""
    w1 = c.toks[k - 1].t
    if any(x in c.role_words or c.gaz.is_title(x) for x in _strip1(w1)):
        return True
    return k >= 2 and c.joinable[k - 2] and c.gaz.is_title(c.toks[k - 2].t + " " + w1)


def _distinctive_surname(c: _Ctx, w: str) -> bool:
    """A family name no reader takes for a word: indefinite, four letters or more, never a given
    name (the romanizer's name index hardly counts it as one), no gazetteer or lexicon word."""
    if w.startswith("ال") or len(w) < 4 or w in c.all_given or w in c.name_stop or w in c.place_cls:
        return False
    if name_part_counts(w)[0] > 2 or _verb_like(c, w):
        return False
    return c.gaz.lookup(w) is None


def _place_extent(c: _Ctx, m: int, p: int, weak: bool = False, in_list: bool = False) -> int | None:
    """End token of a place name starting at token m (proclitic length p), or None.

    After a weak classifier (منطقة، مناطق) an indefinite word is usually an adjective or a
    verb ("مناطق يسيطر عليها"), so only a definite word counts as a name there, unless it is
    a compound-name prefix ("منطقة بني كسيلة", "قرى تيزي نبربر"), the place is located right
    after ("منطقة سكهر بإقليم السند") or it continues a list of names ("... وملبو").
    An unknown name of two indefinite words is taken whole when a boundary (punctuation, a
    preposition, a stop word) follows ("بلدية حي حمر ججب،")."""
    w = c.toks[m].t[p:]
    if not c.name_word(w) or not c.place_cls.isdisjoint(_strip1(w)):
        return None  # "مدينة وبلدة": a classifier, with or without a proclitic, is never a name
    if w[:1] in "لب" and w[1:] in c.stop:
        return None  # "مدينة لكل مكوناتها": a preposition + a stop word
    if c.gaz.is_title(w) and (m + 1 >= c.n or not c.joinable[m] or not c.free(m + 1) or c.nisba(c.toks[m + 1].t)
                              or not c.name_word(c.toks[m + 1].t)):
        return None  # "انتهاء ولاية الرئيس ميشال عون": a term of office ("الشيخ مصطفى" is a village)
    nxt = c.toks[m + 1].t if m + 1 < c.n and c.joinable[m] else ""
    # "قرية بستان الباشا": an indefinite word + its genitive; after a weak classifier only as the
    # first item of a list ("قرى بستان الباشا والفاخورة")
    construct = not w.startswith("ال") and _construct_second(c, m + 1) and (not weak or _list_goes_on(c, m + 1))
    if weak and not w.startswith("ال") and not in_list and w not in c.compound \
            and not (nxt and not c.place_cls.isdisjoint(_strip1(nxt)) and nxt[:1] in "بف") \
            and not _list_goes_on(c, m) and not construct:
        return None
    if w in c.gaz.words("verb_forms") or (_adjective_like(c, w) and not _unagreeing_nisba(c, m, w)):
        return None  # "قرية ظلت محاصرة", "بلدة صغيرة": a verb or an adjective, not a name
    if len(w) <= 4 and w not in c.compound and c.gaz.lookup(w) is None and (
            w[:1] == "ي" or (w[:1] == "ت" and nxt in c.gaz.words("verb_complement_words"))):
        return None  # "نهر يفصل بين البلدين", "نهر تمر فيه السفن": an imperfect verb
    if nxt in c.resumptive:  # "قرية يسكنها" / "مدينة تسيطر عليها": a relative clause
        return None
    if w in c.compound and c.joinable[m] and c.free(m + 1) and (
            c.name_word(c.toks[m + 1].t) or c.toks[m + 1].t.startswith("ال") and len(c.toks[m + 1].t) > 4):
        if c.toks[m + 1].t in c.compound and m + 2 < c.n and c.joinable[m + 1] and c.free(m + 2) \
                and c.name_word(c.toks[m + 2].t):
            return _place_modifier(c, m + 3)  # "خان بني سعد": a compound prefix before another
        return _place_modifier(c, m + 2)  # "عين الشرقية": a compound prefix + even a common adjective
    if not w.startswith("ال") and nxt and c.free(m + 1) and _second_name_word(c, m + 1):
        return _place_modifier(c, m + 2)
    if construct:
        return _place_modifier(c, m + 2)
    return _place_modifier(c, m + 1)


def _construct_second(c: _Ctx, k: int) -> bool:
    """Token k, definite, completes the indefinite name word before it as its genitive ("بستان
    الباشا", "تل الزعتر"): not an adjective that agrees with the classifier (feminine or nisba
    "التابعة", "الحدودية", "الشرقي"), a participle (الم...: "المحاصر"), a classifier, a place or
    name the rules know, or a stop word."""
    if k >= c.n or not c.joinable[k - 1] or not c.free(k):
        return False
    w = c.toks[k].t
    if not w.startswith("ال") or len(w) < 5 or w.endswith(("ه", "ي", "ين", "ون", "ات")) or w.startswith("الم"):
        return False
    if w in c.stop or w in c.name_stop or w in c.role_words or c.nisba(w) or w in c.gaz.words("compass_words"):
        return False
    if not c.place_cls.isdisjoint(_strip1(w)) or w in c.gaz.words("common_adjectives") \
            or w in c.gaz.words("construct_not_genitives"):
        return False  # "مناطق سيطرة النظام": the parties of a conflict are no place's genitive
    if k + 1 < c.n and c.joinable[k] and c.toks[k + 1].t in c.resumptive:
        return False
    return True


def _unagreeing_nisba(c: _Ctx, m: int, w: str) -> bool:
    """A masculine -ي word right after a feminine classifier cannot be its adjective (that would
    be "قرية عسكرية"), so it is a name ("قرية سركلي", "بلدة كفرنبودي"): not a listed adjective,
    a compass word ("مدينة شمالي سوريا") or a word the lexicon knows as common."""
    if m == 0 or not c.joinable[m - 1] or w.endswith("يه") or not w.endswith("ي"):
        return False
    cls = c.toks[m - 1].t
    if not cls.endswith("ه") or c.place_cls.isdisjoint(_strip1(cls)):
        return False
    return (w not in c.gaz.words("common_adjectives") and w not in c.org_stop
            and w not in c.gaz.words("compass_words") and w not in c.stop and w not in c.name_stop)


def _place_modifier(c: _Ctx, j: int) -> int:
    """A name's end, taking in a distinguishing adjective that belongs to it ("أورم الكبرى",
    "عين العرب الشرقية"). Data: `place_name_modifiers`."""
    if j < c.n and c.joinable[j - 1] and c.free(j) and c.toks[j].t in c.gaz.words("place_name_modifiers"):
        return j + 1
    return j


def _list_goes_on(c: _Ctx, m: int) -> bool:
    """Token m is the first of a list of names ("قرى عنجارة والهوتة وكفرناها"): the next token is
    a و-joined name-like word, itself no verb, adjective or classifier."""
    if m + 1 >= c.n or not c.joinable[m]:
        return False
    nxt = c.toks[m + 1].t
    if not nxt.startswith("و") or len(nxt) < 4:
        return False
    rest = nxt[1:]
    return (c.name_word(rest) and rest not in c.gaz.words("verb_forms") and not _adjective_like(c, rest)
            and c.place_cls.isdisjoint(_strip1(rest)) and rest not in c.name_stop)


def _second_name_word(c: _Ctx, k: int) -> bool:
    """Token k is the second word of an unknown indefinite place name: a name-like word that
    is no verb, adjective, given name or compass word, with a boundary right after it."""
    w = c.toks[k].t
    if w.startswith(("ال", "و")) or len(w) < 3 or not c.name_word(w) or _article_clitic(w):
        return False
    if w in c.gaz.words("verb_forms") or _adjective_like(c, w) or w in c.all_given or w in c.resumptive:
        return False
    if not c.place_cls.isdisjoint(_strip1(w)) or c.gaz.lookup(w) is not None:
        return False
    if k + 1 >= c.n or not c.joinable[k]:
        return True  # punctuation or the end of the text
    nxt = c.toks[k + 1].t
    return nxt in c.stop or nxt in c.gaz.words("place_prepositions")


def _place_list(c: _Ctx, m: int, plural: bool, weak: bool = False, template: str | None = None) -> None:
    """Classifier + name ("قرية السيال"); for plural classifiers a list ("بلدتا الجلاء وصبيخان").
    ``template``: the English of a singular classifier that the press keeps in the name ("مخيم
    زمزم" Zamzam camp; data `place_classifier_names`)."""
    first = True
    after_comma = False
    local = not plural and not c.gaz.words("locality_classifiers").isdisjoint(c.fs[m - 1]) if m else False
    while m < c.n:
        f = c.found[m]
        if f is not None and local and f.i == m and f.type == "LOC" and f.source == "gazetteer" \
                and not f.extra.get("short") and _foreign_town(c, f, c.fs[m - 1]):
            # "حي الوادي" in Sudanese news, "بلدة الجيزة" in Syrian: a local place named like another
            # country's town, not that town
            _unfind(c, f)
            name = " ".join(c.toks[x].t for x in range(m, f.j))[f.p:]
            en = transliterate(name, c.gaz, c.country())
            if template:
                en = template.format(name=en)
            c.add(_Found(m, f.j, f.p, "LOC", "loc-" + slug(en), en, "transliterated", "place"))
            return
        if f is not None:  # a gazetteer name inside the list: keep walking the list
            j = f.j
            if template and not plural and f.i == m and f.type == "LOC" and f.kind != "camp" \
                    and not f.extra.get("short") and template.split("{name}")[-1].strip().lower() \
                    not in (f.name_en or "").lower():
                f.name_en = template.format(name=_plain_en(f.name_en))
        else:
            p = 0
            w = c.toks[m].t
            if not first and w[:1] == "و" and len(w) > 3:
                p = 1
            j = _place_extent(c, m, p, weak, in_list=not first)
            if j is None:
                return
            if after_comma and not _list_item_ends(c, j):
                return  # "..., مبيناً أن", "..., فيما رد": the clause goes on, the list has ended
            name = " ".join(c.toks[x].t for x in range(m, j))[p:]
            en = transliterate(name, c.gaz, c.country())
            if template and not plural:
                en = template.format(name=en)
            c.add(_Found(m, j, p, "LOC", "loc-" + slug(en), en, "transliterated", "place"))
        if not plural:
            return
        first = False
        sep = c.sep(j - 1)
        if sep == "space" and j < c.n and c.toks[j].t.startswith("و"):
            m = j
            after_comma = False
        elif sep == "comma" and j < c.n and (not c.toks[j].t.startswith("و") or c.found[j] is not None):
            m = j  # "قرى X، Y وZ"; after a comma a و-word starts a new clause ("، ويقدر")
            after_comma = True
        else:
            return


@lru_cache(maxsize=4)
def _neighbours(gaz: Gazetteer) -> frozenset[frozenset[str]]:
    """Pairs of countries that share a border (nisba.yaml neighbour_countries)."""
    return frozenset(frozenset(p) for p in gaz.lexicon.get("neighbour_countries") or ())


def _foreign_town(c: _Ctx, f: _Found, classifier: Iterable[str]) -> bool:
    """A gazetteer town, city or province of another country than the article's (which is known)
    and that the article names nowhere else: after a locality classifier (a quarter, town,
    village; ``classifier`` is its proclitic readings) it is a local namesake."""
    e = c.gaz.get(f.id)
    if e is None or not e.country or e.kind not in ("city", "town", "village", "district", "neighbourhood", "governorate"):
        return False
    country = c.country()
    if not country or e.country == country or country in _SKIP_COUNTRIES:
        return False
    if frozenset((country, e.country)) in _neighbours(c.gaz) \
            and not c.gaz.words("border_town_classifiers").isdisjoint(classifier):
        return False  # border news names the neighbour's towns ("بلدة الخيام"), not its quarters ("حي الحمدانية")
    # a country the article names otherwise (a border town in cross-border news: "جنديرس" in an
    # article on Turkey's quake that names Syria) keeps its town
    return not any(_mention_country(c, g) == e.country for g in c.mentions if g is not f)


def _list_item_ends(c: _Ctx, j: int) -> bool:
    """An unknown name after a list's comma ends where a list item ends: at another comma, a
    و-joined next item or the end of the sentence -- not before "أن"/"في"/a verb."""
    if j >= c.n:
        return True
    if c.joinable[j - 1]:
        return c.toks[j].t.startswith("و") and len(c.toks[j].t) > 3
    gap = c.ntext[c.toks[j - 1].e:c.toks[j].s]
    return "," in gap or "،" in gap or "." in gap


def _org_name(c: _Ctx, k: int, template: str) -> None:
    """ORG classifier + name, the classifier inside the span ("حركة النجباء", "وكالة مهر للأنباء")."""
    m = k + 1
    if not c.free(m):
        return
    if k and c.joinable[k - 1] and not c.gaz.words("org_classifier_not_after").isdisjoint(c.fs[k - 1]):
        return  # "عمليات منظمة" (organised), "أماكن تجمع المياه" (where water gathers): no organisation
    if m + 1 < c.n and c.joinable[m] and c.toks[m + 1].t in c.resumptive:
        return  # "منظمة تستخدم فيها": a relative clause, not a name
    names: list[str] = []
    while m < c.n and c.free(m) and len(names) < 3:
        w = c.toks[m].t
        if not c.name_word(w) or w in c.org_stop or (not names and _article_clitic(w)) \
                or (not names and w.startswith("و") and len(w) >= 5 and c.gaz.lookup(w) is None):
            break  # "تجمع للعناصر", "منظمة وشخصية": a preposition + article or a و-noun opens no name
        names.append(w)
        m += 1
        if w.startswith("ال") or not c.joinable[m - 1]:
            break
    if not names:
        return
    suffixes = {" ".join(_tokens(k2)): v for k2, v in (c.gaz.lexicon.get("org_suffixes") or {}).items()}
    suffix_en = ""
    if m < c.n and c.joinable[m - 1] and c.free(m) and c.toks[m].t in suffixes:
        suffix_en = suffixes[c.toks[m].t]
        m += 1
    p = next((pp for f, pp in _variants(c.toks[k].t) if f in _org_keys(c.gaz)), 0)
    name_ar = " ".join(names)
    rom = romanize(name_ar) or transliterate(name_ar, c.gaz)
    en = template.format(name=rom)
    if suffix_en == "News Agency" and en.endswith(" Agency"):
        en = en[: -len(" Agency")] + " News Agency"
    elif suffix_en and suffix_en != "News Agency":
        en = f"{en} ({suffix_en})"
    c.add(_Found(k, m, p, "ORG", "org-" + slug(en), en, "romanized", "org"))


def _org_keys(gaz: Gazetteer) -> frozenset[str]:
    cache = gaz.__dict__.setdefault("_wordsets", {})
    if "__org" not in cache:
        cache["__org"] = frozenset(" ".join(_tokens(k)) for k in (gaz.lexicon.get("org_classifiers") or {}))
    return cache["__org"]


_SKIP_COUNTRIES = {"west", "arab-world", "international", "european-union"}


def _forces_nisba(c: _Ctx, k: int) -> None:
    """"القوات التركية" / "الجيش السوداني" for a country whose forces are not listed; and
    "[قوات/جيش] الاحتلال التركي": the occupation named by its nisba is that country's forces (the
    gazetteer reads a bare "الاحتلال" as Israel, and rejects it before another country's nisba)."""
    if c.toks[k].t.endswith("الاحتلال") or (c.toks[k].t.endswith(("قوات", "جيش")) and k + 1 < c.n
                                             and c.toks[k + 1].t == "الاحتلال" and c.joinable[k]):
        _occupation(c, k)
        return
    if not c.toks[k].t.endswith(("قوات", "الجيش")):
        return
    forms = _strip1(c.toks[k].t)
    head = next((f for f in forms if f in ("القوات", "الجيش", "قوات")), None)
    if not head or not c.joinable[k] or not c.free(k + 1):
        return
    w = c.toks[k + 1].t
    country = c.gaz._nisba.get(w)
    if not country or country in _SKIP_COUNTRIES or (head.startswith("ال") != w.startswith("ال")):
        return
    dem = c.gaz.demonym(country) or ""
    if not dem:
        return
    what = "army" if head == "الجيش" else "forces"
    p = next((pp for f, pp in _variants(c.toks[k].t) if f == head), 0)
    c.add(_Found(k, k + 2, p, "ORG", f"{country}-{what}", f"{dem} {what}", "gazetteer", "state_forces"))


def _occupation(c: _Ctx, k: int) -> None:
    m = k + 1 if c.toks[k].t.endswith("الاحتلال") else k + 2
    if m >= c.n or not c.joinable[m - 1] or not all(c.free(x) for x in range(k, m + 1)):
        return
    country = c.gaz._nisba.get(c.toks[m].t)
    if not country or country in _SKIP_COUNTRIES:
        return
    e = next((x for x in c.gaz.entries("state_forces") if x.country == country and x.id.endswith("-forces")
              and x.id != f"{country}-government-forces"), None)
    dem = c.gaz.demonym(country) or ""
    if e is None and not dem:
        return
    eid, en = (e.id, e.name_en) if e is not None else (f"{country}-forces", f"{dem} forces")
    p = next((pp for f, pp in _variants(c.toks[k].t) if f in ("قوات", "جيش", "الاحتلال")), 0)
    c.add(_Found(k, m + 1, p, "ORG", eid, en, "gazetteer", "state_forces"))


def _title_at(c: _Ctx, k: int) -> int:
    """Number of tokens of the longest person title starting at token k (0 if none)."""
    best = 0
    if not any(f in c.gaz._title_first for f in _strip1(c.toks[k].t)):
        return 0
    for form, _p in _variants(c.toks[k].t):
        for ln in range(1, c.gaz._title_max + 1):
            if k + ln > c.n or (ln > 1 and not c.joinable[k + ln - 2]):
                break
            key = (form, *(c.toks[x].t for x in range(k + 1, k + ln)))
            if key in c.gaz._titles and all(c.free(x) for x in range(k, k + ln)):
                best = max(best, ln)
    return best


def _titled_person(c: _Ctx, k: int) -> None:
    """Title (+ role phrase) + name: "العميد سهيل الحسن" -> "سهيل الحسن"; "المتحدث باسم
    الوزارة أشرف القدرة", "مدير شؤون أونروا في غزة توماس وايت" -> the person after the role.

    Between the title and the name the rule skips named organisations and places, nationality
    adjectives, title modifiers, the role words of the lexicon (شؤون، الركن، المحلي ...), any
    definite word that is not a known name part, a token with a proclitic + article ("للبلدة")
    and a preposition that introduces a named entity ("في غزة"). A name reached after such a
    skip must start with a known first name (given_names, foreign_given_names or the
    romanizer's name list): "الوزارة" or "الدفاع" never become people."""
    ln = _title_at(c, k)
    if not ln:
        return
    m = k + ln
    skips = 0
    skipped_word = False
    foreign = False  # the role belongs to a country whose people the Arabic name lists miss
    arab = _lex_map(c.gaz, "romanizer_countries")
    while m < c.n and c.joinable[m - 1] and skips < 6:
        f = c.found[m]
        w = c.toks[m].t
        if f is not None and f.type in ("ORG", "LOC", "MISC"):
            e = c.gaz.get(f.id)
            foreign = foreign or bool(e is not None and e.country and " ".join(_tokens(e.country)) not in arab)
            m = f.j
        elif f is not None:
            break
        elif c.nisba(w) and not w.startswith("ال") and m + 1 < c.n and c.joinable[m] \
                and c.toks[m + 1].t.startswith("ال") and w in c.titled_given:
            break  # "العقيد الركن تركي المالكي": a given name spelled like a nisba (titled_given_names)
        elif c.nisba(w) or w in c.title_mod:
            foreign = foreign or (c.nisba(w) and c.gaz._nisba[w] not in arab)
            m += 1
        elif _title_at(c, m):
            return  # another title: the name belongs to it ("قائد عمليات كركوك اللواء X")
        elif w in c.role_words or _article_clitic(w) or w.isdigit():
            m += 1
            skipped_word = True
        elif w in c.role_preps and m + 1 < c.n and c.joinable[m] and c.found[m + 1] is not None:
            m += 1
        elif w in c.role_preps and m + 2 < c.n and c.joinable[m] and c.joinable[m + 1] and c.free(m + 1) \
                and c.toks[m + 1].t.startswith("ال") and not _known_surname(c, c.toks[m + 1].t) \
                and c.free(m + 2) and _known_given(c, c.toks[m + 2].t):
            m += 2  # "النائب عن المحافظة فارس العزاوي": the role's common-noun complement, then the name
            skipped_word = True
        elif w.startswith("ال") and not _known_surname(c, w) and m + 1 < c.n and c.joinable[m] \
                and w not in c.foreign_given:  # "ألكسندر" only looks definite
            m += 1
            skipped_word = True
        else:
            break
        skips += 1
    if m >= c.n or not c.joinable[m - 1] or not c.free(m) or _title_at(c, m):
        return
    first = c.toks[m].t
    if c.nt is not None and first in c.gaz.words("hamza_conjunction_homographs"):
        a, b = c.nt.span(c.toks[m].s, c.toks[m].e)
        if "أ" in c.nt.original[a:b]:
            return  # "أفاد مراسل شفق نيوز بأن الشوارع": the conjunction بأن, folded like the name "بان"
    if skipped_word and not _known_given(c, first):
        if foreign:
            _foreign_person(c, m)
        return
    if first.startswith("ال") and not _known_surname(c, first) and first not in c.foreign_given \
            and first not in c.gaz.words("definite_given_names"):
        return  # "الرئيس الأسد" only for a known family name
    j = _person_extent(c, m, titled=True)
    nf = c.found[j] if j and j < c.n and c.joinable[j - 1] else None
    if nf is not None and nf.type == "PER" and nf.i == j and not nf.extra.get("short"):
        # "عبدالحميد الدبيبة": a given name before a person the gazetteer knows by family name
        _unfind(c, nf)
        c.add(_Found(m, nf.j, 0, nf.type, nf.id, nf.name_en, nf.source, nf.kind))
        return
    if nf is not None and _town_as_family_name(c, m, j, nf):
        _unfind(c, nf)  # "وزير الزراعة محمد حسان قطنا": the town's name is his family name
        j = nf.j
    if j:
        _add_person(c, m, j, 0, foreign)
    elif foreign:
        _foreign_person(c, m)


def _town_as_family_name(c: _Ctx, m: int, j: int, nf: _Found) -> bool:
    """A one-word town or village right after a titled person's given names (two or more, none
    definite: no family name yet) is the family name, as many Levantine family names are towns
    ("محمد حسان قطنا"); a city, province or country there stays a place ("زار الوزير ... حلب")."""
    if nf.type != "LOC" or nf.i != j or nf.j != j + 1 or nf.p or j - m < 2:
        return False
    if any(c.toks[x].t.startswith("ال") for x in range(m, j)):
        return False
    e = c.gaz.get(nf.id)
    return e is not None and e.kind in ("town", "village")


def _foreign_person(c: _Ctx, m: int) -> None:
    """A foreign name after the role of a non-Arab country or body ("وزير الطاقة الأوكراني
    جيرمان غالوشينكو", "رئيسة المفوضية الأوروبية ..."): two or three indefinite words that are
    no stop, role or verb words, up to the first word that is not."""
    bad = c.stop | c.role_words | c.name_stop | c.gaz.words("verb_forms") | c.gaz.words("back_ref_next") \
        | c.gaz.words("place_prepositions") | c.resumptive
    j = m
    while j < c.n and j - m < 3 and c.free(j) and (j == m or c.joinable[j - 1]):
        w = c.toks[j].t
        if w.startswith("ال") and w not in c.foreign_given or not c.name_word(w) or _article_clitic(w) \
                or any(f in bad for f in _strip1(w)) or _title_at(c, j):
            break
        j += 1
    if j - m < 2:
        return
    name_ar = " ".join(c.toks[x].t for x in range(m, j))
    en = foreign_en(c.gaz, name_ar)
    c.add(_Found(m, j, 0, "PER", "per-" + slug(en), en, "transliterated", "person"))


def _article_clitic(w: str) -> bool:
    """A proclitic + article token ("بالاتفاق", "للبلدة", "والجيش"): never part of a name."""
    return len(w) > 4 and w.startswith(("بال", "وال", "فال", "كال", "لل"))


def _adjective_like(c: _Ctx, w: str) -> bool:
    """An indefinite adjective or participle after a head noun ("مفتوحة", "عسكري", "رئيسية",
    "مدمرة"): listed in the lexicon (common_adjectives, org_name_stop) or an indefinite nisba
    form (-ي / -ية) that no gazetteer entry names."""
    if w.startswith("ال") or c.gaz.lookup(w) is not None:
        return False
    if w in c.gaz.words("common_adjectives") or w in c.org_stop:
        return True
    return len(w) >= 4 and (w.endswith("يه") or (w.endswith("ي") and name_part_counts(w) == (0, 0)))


def _known_given(c: _Ctx, w: str) -> bool:
    if w in c.name_stop or w in c.stop:
        return False
    if w in c.given or w in c.titled_given or w in c.foreign_given or w in c.name_links:
        return True
    if w.startswith("عبدال") and len(w) >= 7:
        return True  # "عبدالباسط", "عبدالكريم": عبد + a divine name written as one word
    g, _ = name_part_counts(w)
    return g >= 10


def _known_surname(c: _Ctx, w: str) -> bool:
    if w in c.name_stop or w in c.stop or w in c.role_words:
        return False
    _, sn = name_part_counts(w)
    return sn >= 5


def _bare_person(c: _Ctx, k: int) -> None:
    """Given name + family name with no title ("حازم البرغش وهيثم الغازي")."""
    w = c.toks[k].t
    p = 0
    names = c.all_given
    if w not in names and w[:1] in _PROCLITICS and w[1:] in names:
        p = 1
    w = w[p:]
    if not p and _compound_given(c, k):
        pass  # "تقي الدين عمر"
    elif w in c.titled_given and w in names:
        # "حسن" is also an adjective: a name only as the head of a chain of three or more
        # given-name parts ("حسن شيخ محمود"), or as the subject right after a speech verb
        # before a pause ("وقال علي فقيه، وهو من أبناء البلدة")
        if not p and _after_speech_verb(c, k) and k + 2 <= c.n and c.joinable[k] \
                and (k + 2 >= c.n or not c.joinable[k + 1]) \
                and (_pause_name_word(c, k + 1) or _pause_family_name(c, k + 1)):
            _add_person(c, k, k + 2, 0)  # "وقال سالم الكعبي، من سكان ..."
            return
        j = _person_extent(c, k, titled=False, p=p)
        if j and j - k == 2 and _family_before_pause(c, j):
            j += 1  # "وقال عمر يوسف أقديم، أحد سكان الحي": two given names and a family name before a pause
        if j and j - k >= 3 and not any(c.toks[x].t.startswith("ال") for x in range(k + 1, j)):
            _add_person(c, k, j, p)
        return
    elif w not in names:
        return
    j = _person_extent(c, k, titled=False, p=p)
    if j and j - k >= 2:
        if _family_before_pause(c, j):
            j += 1  # "عبد الوافي لفتيت،", "فاطمة محمد أدروب،": given names, then a family name no list knows
        _add_person(c, k, j, p)
        return
    if j == k + 1 and k + 1 < c.n and c.joinable[k] and _pause_name_word(c, k + 1) \
            and (not _adjective_like(c, c.toks[k + 1].t) or not p and _after_speech_verb(c, k)
                 and _apposition_after(c, k + 1)) and (_pause_after(c, k + 1) or _in_person_list(c, k, p)):
        # ("وقالت فاطمة شحادي، وهي نازحة": a family name in -ي no list knows, after a speech verb and before "، وهي")
        _add_person(c, k, k + 2, p)  # "وقال محمود بصل، إن": a given name and a family name before a pause
        return
    if not p and _after_speech_verb(c, k) and _apposition_after(c, k):
        _add_person(c, k, k + 1, 0)  # "وقال يوسف (22 سنة)", "وقالت أولينا، وهي معلمة"


def _person_list(c: _Ctx, k: int) -> None:
    """A list of people after a plural or dual of a role ("الوزراء السابقين علي حسن خليل وغازي
    زعيتر ونهاد المشنوق", "الأسيرين محمد X وأحمد Y"): after the plural and its adjectives
    (nisbas, title modifiers, السابقين), items joined by و or commas, each a known given name and
    one to three more name words, the family name in ال- closing it. A list item the rules
    already found is stepped over; the list ends at the first word that cannot start an item."""
    mods = c.title_mod | c.gaz.words("person_plural_modifiers")
    m = k + 1
    while m < c.n and c.joinable[m - 1] and c.free(m) and (c.nisba(c.toks[m].t) or c.toks[m].t in mods):
        m += 1
    items = 0
    while m < c.n and (m == k + 1 or c.joinable[m - 1] or c.sep(m - 1) == "comma"):
        if items and not (c.toks[m].t[:1] == "و" or c.sep(m - 1) == "comma"):
            return
        f = c.found[m]
        if f is not None:
            if f.type != "PER" or f.i != m:
                return
            m, items = f.j, items + 1
            continue
        p = 1 if items and c.toks[m].t[:1] == "و" and c.toks[m].t[1:] and c.sep(m - 1) != "comma" else 0
        first = c.toks[m].t[p:]
        # "علي" folds like the preposition على: inside a list of people it is the name, when a name
        # part follows it ("المعتقلين على خلفية سياسية" is the preposition)
        if not (first in c.all_given or first in c.titled_given or _known_given(c, first)) \
                or first.startswith("ال") or (c.gaz.lookup(first) is not None and first not in c.all_given):
            return
        if first == "علي" and not _name_after_ali(c, m + 1, lambda x: x < c.n and c.joinable[x - 1] and c.free(x)):
            return
        j = m + 1
        while j < c.n and j - m < 4 and c.joinable[j - 1] and c.free(j):
            w = c.toks[j].t
            if w[:1] == "و" and w not in c.all_given and _known_given(c, w[1:]):
                break  # the next item
            if not c.name_word(w) or w in c.name_stop or w in c.role_words or _article_clitic(w) \
                    or w in c.gaz.words("verb_forms") or _title_at(c, j):
                break
            j += 1
            if w.startswith("ال"):
                break  # the family name closes the item
        if j - m < 2:
            return
        _add_person(c, m, j, p)
        m, items = j, items + 1


def _pause_after(c: _Ctx, k: int) -> bool:
    """Token k ends a clause part: a comma or full stop follows, or "إن/أن" after a speech verb."""
    if k + 1 >= c.n:
        return True
    if not c.joinable[k]:
        gap = c.ntext[c.toks[k].e:c.toks[k + 1].s]
        return "," in gap or "." in gap
    return False


def _family_before_pause(c: _Ctx, j: int) -> bool:
    """Token j, right after a name of given-name units only (no family name in ال- yet, or one
    that closes an "عبد X" unit), is the family name: a name-like indefinite word that no list or
    gazetteer knows, not an adjective, and a comma or full stop follows it ("ترأس عبد الوافي
    لفتيت، أمس"; "قالت فاطمة محمد أدروب، وهي"). Family names of Maghrebi, Sudanese and Somali
    people are rarely in the name lists, and the pause is what tells them from the next word. A
    place the gazetteer pass found there is not free, so it never becomes a family name."""
    if j >= c.n or not c.joinable[j - 1] or not _pause_after(c, j):
        return False
    last = c.toks[j - 1].t
    if last.startswith("ال") and not (j >= 2 and c.toks[j - 2].t == "عبد"):
        return False
    w = c.toks[j].t
    return _pause_name_word(c, j) and not _adjective_like(c, w)


def _in_person_list(c: _Ctx, k: int, p: int) -> bool:
    """Token k (given name) is an item of a و-list of people: a person ends right before it
    ("علي حسن خليل وغازي زعيتر"), or the next item is و + a known given name ("... ونهاد")."""
    prev = c.found[k - 1] if k and c.joinable[k - 1] else None
    if p == 1 and c.toks[k].t[:1] == "و" and prev is not None and prev.type == "PER":
        return True
    if k + 2 < c.n and c.joinable[k + 1]:
        nxt = c.toks[k + 2].t
        return nxt[:1] == "و" and nxt[1:] in c.given and nxt[1:] not in c.titled_given
    return False


def _apposition_after(c: _Ctx, k: int) -> bool:
    """A lone given name is a person when an age in brackets or "، وهو/وهي" follows it."""
    if k + 1 >= c.n or c.joinable[k]:
        return False
    gap = c.ntext[c.toks[k].e:c.toks[k + 1].s]
    nxt = c.toks[k + 1].t
    if "(" in gap and nxt.isdigit():
        return True
    return "," in gap and nxt in ("وهو", "وهي")


def _pause_name_word(c: _Ctx, k: int) -> bool:
    """Token k can end a name before a pause: a name-like indefinite word, no verb, role word,
    pronoun or place."""
    w = c.toks[k].t
    return (c.free(k) and c.name_word(w) and len(w) >= 3 and not w.startswith(("ال", "و"))
            and w not in c.gaz.words("verb_forms") and w not in c.role_words and w not in c.name_stop
            and w not in c.resumptive and not _article_clitic(w))


def _counted_given_subject(c: _Ctx, k: int) -> bool:
    """Token k, right after a speech verb, is a first name the lists lack but the romanizer's
    name index counts mostly as a given name (20 times or more), followed by one name-like
    indefinite word and a pause: "وقالت هيام قاسم، والدة ...". A role, stop word or verb form
    is not ("وقال مصدر أمني،")."""
    if k + 2 > c.n or not c.joinable[k] or (k + 2 < c.n and c.joinable[k + 1]):
        return False  # two words, then a pause
    if not (k > 0 and c.joinable[k - 1] and not c.gaz.words("speech_verbs_subject").isdisjoint(c.fs[k - 1])):
        return False
    w = c.toks[k].t
    if w.startswith("ال") or w in c.stop or w in c.role_words or w in c.name_stop \
            or w in c.gaz.words("verb_forms") or c.gaz.is_title(w):
        return False
    g, sn = name_part_counts(w)
    if g < 20 or g < sn:
        return False
    return _pause_name_word(c, k + 1) and not _adjective_like(c, c.toks[k + 1].t)


def _pause_family_name(c: _Ctx, k: int) -> bool:
    """Token k is a definite family name before a pause: a nisba-shaped word (-ي: "الكعبي") or
    one the name list counts as a surname, free, no role or stop word."""
    w = c.toks[k].t
    if not (c.free(k) and c.name_word(w) and w.startswith("ال") and len(w) >= 5) or _article_clitic(w):
        return False
    if w in c.role_words or w in c.name_stop or w in c.stop:
        return False
    return w.endswith("ي") or _known_surname(c, w)


def _after_speech_verb(c: _Ctx, k: int) -> bool:
    """Token k follows a speech verb directly ("وقال X", "قالت X"): the subject's place."""
    return k > 0 and c.joinable[k - 1] and not c.gaz.words("speech_verbs_subject").isdisjoint(_strip1(c.toks[k - 1].t))




def _person_extent(c: _Ctx, m: int, titled: bool, p: int = 0) -> int | None:
    """End token of a personal name starting at m: a given-name unit ("أبو بكر", "عبد الملك",
    "حازم"), more given names, then at most one family name (an ال-word; after a title also
    an unknown word: "العقيد أشرف القدرة", "محمد حمودة")."""
    toks = c.toks
    first = toks[m].t[p:]
    if first.startswith(("لل", "بال", "وال", "فال", "كال")):
        return None
    if not c.name_word(first) and not (titled and first in c.titled_given):
        return None  # "علي" folds like the preposition "على": a name only after a title

    def ok(k: int) -> bool:
        if not (k < c.n and c.joinable[k - 1] and c.free(k) and c.name_word(toks[k].t)):
            return False
        w = toks[k].t
        if w in c.gaz._title_first and not w.startswith("ال") and not _chained_given(c, w) \
                and w not in c.given and w not in c.titled_given and w not in c.name_links:
            return False  # "محمد أبو سلمية مدير مستشفى": an indefinite title after a name is its role
        return not _article_clitic(w) and w not in c.name_stop and w not in c.role_words

    j = m + 1
    known = first in c.given or first in c.titled_given or first in c.foreign_given
    if titled and not known:
        known = _known_given(c, first)
    if first in c.name_stop or first in c.role_words:
        return None
    if _compound_given(c, m):
        # "حسام الدين الجبابلي", "تقي الدين عمر", "نصر الله": the ـالدين / ـالله unit is one given name
        j = m + 2
        known = True
    elif first in c.name_links:
        if not ok(j):
            return None
        j += 1
        known = True
    elif first in c.gaz.words("definite_given_names") and ok(j) and not toks[j].t.startswith("ال"):
        known = True  # "الحسين أوبلا", "الطيب صالح": a definite given name (Maghreb, Sudan) + the family name
    elif first.startswith("ال") and first not in c.foreign_given:
        # "الرئيس الأسد": a family name alone, after a title only; "الأمير الحسين بن عبدالله
        # الثاني": a definite given name goes on into a بن-chain
        if not titled:
            return None
        if not (j + 1 < c.n and toks[j].t in ("بن", "ابن") and ok(j) and ok(j + 1)):
            return j
        known = True
    elif not known:
        if not (titled and ok(j) and toks[j].t.startswith("ال")):
            return None
        if name_part_counts(first) == (0, 0) and first not in c.foreign_given and _name_index() is not None:
            return None  # "زار الوزير مشهد الحريق": a word no name list knows is not a first name
    chained = 0

    def ali(k: int) -> bool:
        # "حسن علي قاسم": "علي" (a stop word: the preposition على folds alike) is a name part
        # between a known given name and another name part, or before a pause ("وقال شيروان علي،":
        # the preposition never ends a clause)
        return known and k < c.n and toks[k].t == "علي" and c.joinable[k - 1] and c.free(k) \
            and (_name_after_ali(c, k + 1, ok) or _pause_after(c, k))

    while (ok(j) or ali(j)) and j - m < 4:
        w = toks[j].t
        if w in c.name_links and ok(j + 1):
            j += 2
            if toks[j - 1].t.startswith("ال") and not (w == "عبد" and _abd_given(c.gaz, toks[j - 1].t)):
                break  # "أبو الفتوح", "بن الحسين": the family name; "عبد الله" is a father's name
            if toks[j - 1].t.startswith("ال") and ok(j) and toks[j].t.startswith("ال") \
                    and not toks[j].t.endswith("ي") and not _known_surname(c, toks[j].t):
                break  # "اللواء محمد عبد الحليم المعبر": a definite noun, no family name, follows
            continue
        if w.startswith("ال"):
            j += 1
            break
        if w in c.given and w not in c.titled_given:
            j += 1
            continue
        if ali(j):
            j += 1
            continue
        if known and _chained_given(c, w):
            # "حسن شيخ محمود", "عبد الفتاح آدم حسن", "علي حاجي آدم": names of several given-name
            # parts with no family name in ال- (Somali, Sudanese, Gulf, Maghrebi usage)
            j += 1
            chained += 1
            continue
        if known and (titled or first in c.foreign_given):
            # a known first name is followed by the family name: "أسامة حماد", "توماس وايت"
            j += 1
            break
        if known and _known_surname(c, w) and (j + 1 >= c.n or not c.joinable[j] or j - m == 1):
            # "أحمد شيحة، رئيس ...": a given name and a word the name list knows as a family name
            j += 1
            break
        if titled:  # after a title a given name is followed by the family name
            j += 1
        break
    if chained and j - m >= 3 and toks[j - 1].t.startswith("ال") and not _known_surname(c, toks[j - 1].t) \
            and not toks[j - 1].t.endswith("ي"):
        j -= 1  # "حسن شيخ محمود الرئاسة": a full three-part name, then a common definite noun
    if j - m >= 2 and toks[j - 1].t.startswith("ال") and j + 1 < c.n and c.joinable[j - 1] \
            and toks[j].t in ("بن", "ابن", "ولد") and ok(j + 1) and not toks[j + 1].t.startswith("ال") \
            and (sum(name_part_counts(toks[j + 1].t)) >= 5 or toks[j].t == "ولد"):
        j += 2  # "محمد الهادي بن سالم", "محمد الأمين ولد اعلي" (Mauritania): بن/ولد + name after the given names
    regnal = _lex_map(c.gaz, "regnal_ordinals")
    if j < c.n and c.joinable[j - 1] and c.free(j) and toks[j].t in regnal and (
            not toks[j - 1].t.startswith("ال") or (j - 2 > m and toks[j - 2].t in ("بن", "ابن"))):
        j += 1  # "عبدالله الثاني", "محمد السادس": the regnal number belongs to the name
    return j


def _name_after_ali(c: _Ctx, k: int, ok: Any) -> bool:
    """Token k, after a given name and "علي", is itself a name part (an indefinite word the name
    list counts at least 20 times, no stop word): "علي" is then the name, not the preposition
    "على" ("حصل محمد على منحة" keeps "على" a preposition)."""
    if not ok(k):
        return False
    w = c.toks[k].t
    if w.startswith("ال") or w in c.stop or w in c.name_stop or w in c.role_words:
        return False
    return w in c.given or sum(name_part_counts(w)) >= 20


def _abd_given(gaz: Gazetteer, w: str) -> bool:
    """``w`` (an ال-word after "عبد") completes an "عبد X" given name: X is a divine name
    (`abd_names`: "عبد الله", "عبد الفضيل" ...), so the name may go on to the family name ("محمد
    عبد الفضيل شوشة"), where "أبو الفتوح" or "بن الحسين" ends it."""
    stem = w[2:]
    return stem in _lex_map(gaz, "abd_names") or stem in _lex_map(gaz, "abd_names_hyphenated")


def _chained_given(c: _Ctx, w: str) -> bool:
    """A further given-name part of a multi-part name: a word the name list knows mostly as a
    first name (not a stop word, a role word or a definite noun)."""
    if w.startswith("ال") or w in c.name_stop or w in c.stop or w in c.role_words or c.nisba(w):
        return False
    g, sn = name_part_counts(w)
    return g >= 10 and g >= sn


def _compound_given(c: _Ctx, m: int) -> bool:
    """Token m opens a two-word given name of the "X الدين" / "X الله" type (lexicon
    `compound_given_first`: حسام، نور، تقي، نصر، فتح ...)."""
    if m + 1 >= c.n or not c.joinable[m] or not c.free(m + 1):
        return False
    return c.toks[m + 1].t in ("الدين", "الله") and c.toks[m].t in c.gaz.words("compound_given_first")


def _name_units(gaz: Gazetteer, words: list[str]) -> list[str]:
    """Group the words of a personal name into the units a reader says as one: "عبد الرحمن",
    "أبو الفتوح", "حسام الدين", "بن علي" stay together; every other word is a unit."""
    out: list[str] = []
    k = 0
    while k < len(words):
        w = words[k]
        if k + 1 < len(words) and (w in ("عبد", "ابو", "ام", "ابي") or words[k + 1] in ("الدين", "الله")):
            out.append(f"{w} {words[k + 1]}")
            k += 2
            continue
        out.append(w)
        k += 1
    return out


def person_en(gaz: Gazetteer, name_ar: str, country: str | None = None, arab: bool = False) -> str | None:
    """English of an unknown personal name, unit by unit: a spelling from the lexicon
    (`name_spellings`: the common news spelling of frequent name parts), else the romanizer. A
    family name with the article keeps it as "al-" even where the romanizer assimilates or drops
    it ("العبيدي" -> "al-Obeidi", not "Labidi"); "بن"/"آل" read "bin"/"Al". ``arab``: romanise as an
    Arab name even when it opens with a foreign given name (``foreign_en`` asks so for the Arab
    parts of a foreign name: "رجب" is both, and the two would call each other for ever)."""
    spell = _lex_map(gaz, "name_spellings")
    words = list(_tokens(name_ar))
    if not words:
        return None
    regnal = _lex_map(gaz, "regnal_ordinals")
    if len(words) > 1 and words[-1] in regnal:
        head = person_en(gaz, " ".join(words[:-1]), country)
        return f"{head} {regnal[words[-1]]}" if head else None
    units = _name_units(gaz, words)
    # the map's keys are normalised like Arabic (hyphens split): "saudi-arabia" is "saudi arabia"
    cc = _lex_map(gaz, "romanizer_countries").get(" ".join(_tokens(country or ""))) or None
    regional = bool(cc and cc.lower() in gaz.words("regional_spelling_countries"))
    local = _country_spellings(gaz, cc)
    cache = gaz.__dict__.setdefault("_wordsets", {})
    key = "__pspell_" + str(cc)
    if key not in cache:
        # the spellings of the country's usage, merged once per country: the lexicon's (none in Maghrebi/Somali
        # usage: the romanizer's country spelling, not the Levantine one), the country's own over them, and our
        # own tables' words under both, for a name they spell only in part
        base = {} if regional else spell
        if local:
            base = {**base, **{k: v for k, v in local.items() if k != "abd"}}
        cache[key] = {**person_names.words(cc), **base}
    spell = cache[key]
    rc = None if cc and cc.lower() in gaz.words("spelling_only_countries") else cc
    whole = romanize(name_ar, rc)
    if whole is None:
        return None
    if not arab and (words[0] in gaz.words("foreign_given_names") or words[0] in _lex_map(gaz, "foreign_name_parts")):
        return foreign_en(gaz, name_ar)  # "توماس وايت" -> "Thomas White", not the romanizer's "Wait"
    if whole == person_names.spell(name_ar, rc):
        return whole  # every word in our own table: the press's spelling as a whole ("محمد الأمين": Mohamed Lemine)
    got = whole.split()
    parts: list[str] = []
    for k, unit in enumerate(units):
        abd = None if regional or unit in spell else _abd_unit(gaz, unit, local.get("abd"))
        if abd:
            parts.append(abd)
            continue
        listed = unit in spell or (unit.startswith("ال") and unit[2:] in spell)
        if len(got) == len(units) and not listed and not unit.startswith(("ابو ", "ام ")) and not (
                unit.startswith("ال") and not got[k].lower().startswith(("al-", "el-"))):
            parts.append(got[k])  # the romanizer's word, read in the context of the whole name
            continue
        if unit in spell:
            parts.append(spell[unit])
            continue
        if unit in ("بن", "ابن"):
            parts.append("bin")
            continue
        if unit == "ال":
            parts.append("Al")
            continue
        if unit.startswith(("ابو ", "ام ")) and unit not in spell:
            head, rest = unit.split()
            kunya = _kunya_in_whole(got, units, k, rest.startswith("ال")) if head == "ابو" \
                and rest not in spell and rest[2:] not in spell else None
            if kunya:
                # "نبيل أبو ردينة": "Abu Rudeineh" read in the whole name; "أبو الفتوح": "Abu al-Fotouh"
                parts.append(("Abu al-" if rest.startswith("ال") else "Abu ") + kunya)
                continue
            r = person_en(gaz, rest, country)
            if r is None:
                return None
            r = "al-" + r[3:] if r.startswith("Al-") else r
            parts.append(("Abu " if head == "ابو" else "Umm ") + r)
            continue
        if unit.startswith("ال") and len(unit) > 3 and " " not in unit:
            stem = unit[2:]
            r = spell.get(stem) or romanize(stem, rc) or transliterate(stem, gaz)
            r = r.split("-", 1)[1] if r.lower().startswith(("al-", "el-")) else r
            parts.append("al-" + r[:1].upper() + r[1:])
            continue
        r = romanize(unit, rc)
        if r is None:
            return None
        parts.append(r)
    out = " ".join("al-" + x[3:] if x.startswith("Al-") else x for x in parts)
    if not regional and cc not in ("DJ",):
        out = re.sub(r"\b(al-)?Dj", r"\1J", out)  # French "Dj" is Maghrebi: "al-Djabri" -> "al-Jabri"
    out = re.sub(r"(?<=[a-z])'(?=\s|$)", "", out)  # a final ayn is not written: "al-Mani'" -> "al-Mani"
    if not regional:
        # an opening cluster no English word has ("al-Dkhili"): the romanizer dropped a vowel (M/N
        # left alone: the prenasalised "Mbeki", "Ndiaye", "Nkurunziza" are written so)
        out = re.sub(r"\b(al-)?([BDFKQTZ])(?=(?:kh|gh|sh|th|dh|[bdfjkmnqstz]))", r"\1\2a", out)
    if local.get("abd"):
        def abd(m: re.Match[str]) -> str:
            rest = m.group(1)
            if rest.lower() in ("allah", "ullah", "llah", "lah", "ulla", "alla") or not m.group(0)[3:4].strip("-"):
                return m.group(0)  # "Abdullah", "Abdi": no "عبد X" unit
            return f"{local['abd']} {rest[:1].upper()}{rest[1:]}"

        out = re.sub(r"\bAbd(?:ul|el|al)[- ]?([A-Za-z]+)", abd, out)  # "Abdel Hamid", "Abdel Aal"
    return out[:1].upper() + out[1:]


_ABU = ("abu", "abou", "abo")
_ABUL = ("aboul", "abul", "abol")


def _kunya_in_whole(got: list[str], units: list[str], k: int, definite: bool = False) -> str | None:
    """The word after "Abu" in the romanizer's reading of the whole name, for the "أبو X" unit
    ``k``, when the whole name has as many "Abu"s as units in "أبو" and the word is plain ASCII
    (the romanizer reads "أبو ردينة" as "Abu Rudeineh" in a name, "Rodaina" alone); ``definite``
    (X has the article): after the romanizer's "Aboul" ("Aboul Fotouh"). Else None."""
    abus = [x for x, w in enumerate(got[:-1]) if w.lower() in _ABU or definite and w.lower() in _ABUL]
    mine = [x for x, u in enumerate(units) if u.startswith("ابو ")]
    if len(abus) != len(mine) or k not in mine:
        return None
    x = abus[mine.index(k)]
    w = got[x + 1]
    if definite and got[x].lower() in _ABU:
        if not w.lower().startswith(("al-", "el-")):
            return None
        w = w[3:]  # "Abou al-Fotouh"
    elif definite != (got[x].lower() in _ABUL):
        return None
    return w[:1].upper() + w[1:] if w.isascii() and w.isalpha() and len(w) > 2 else None


def _abd_unit(gaz: Gazetteer, unit: str, abd: str | None) -> str | None:
    """English of an "عبد X" name unit as the wire services write it: "Abdul Razzaq" (spaced),
    "Abdulbasit" (written joined), "Abdul-Hussein" (Shia names), "Abdel Hamid" where the
    country writes Abdel (``abd``); None when X is no listed divine or revered name."""
    if unit.startswith("عبد "):
        stem, joined = unit[4:], False
    elif unit.startswith("عبدال") and len(unit) > 6:
        stem, joined = unit[3:], True
    else:
        return None
    stem = stem[2:] if stem.startswith("ال") else stem
    names = _lex_map(gaz, "abd_names")
    revered = _lex_map(gaz, "abd_names_hyphenated")
    if stem in revered:
        return f"{abd or 'Abdul'}-{revered[stem]}" if not abd else f"{abd} {revered[stem]}"
    if stem not in names:
        return None
    if abd:
        return f"{abd} {names[stem]}"
    return f"Abdul{names[stem].lower()}" if joined else f"Abdul {names[stem]}"


def _country_spellings(gaz: Gazetteer, cc: str | None) -> dict[str, str]:
    """`name_spellings_by_country` for one ISO code, keys normalised (cached)."""
    if not cc:
        return {}
    cache = gaz.__dict__.setdefault("_wordsets", {})
    key = "__cspell_" + cc
    if key not in cache:
        raw = (gaz.lexicon.get("name_spellings_by_country") or {}).get(cc) or {}
        cache[key] = {(" ".join(_tokens(k)) if k != "abd" else k): str(v) for k, v in raw.items()}
    return cache[key]


def _add_person(c: _Ctx, m: int, j: int, p: int, foreign: bool = False) -> None:
    """A person's mention; ``foreign``: the role before it belongs to a non-Arab country or body,
    so the name is transliterated back as a foreign one."""
    name_ar = " ".join(c.toks[x].t for x in range(m, j))[p:]
    if foreign:
        en = foreign_en(c.gaz, name_ar)
        c.add(_Found(m, j, p, "PER", "per-" + slug(en), en, "transliterated", "person"))
        return
    en = person_en(c.gaz, name_ar, _person_country(c, j, m))
    if en is None:
        en = transliterate(name_ar, c.gaz)
        src = "transliterated"
    else:
        src = "romanized"
    c.add(_Found(m, j, p, "PER", "per-" + slug(en), en, src, "person"))


def _person_country(c: _Ctx, j: int, m: int | None = None) -> str | None:
    """The country whose usage spells a person's name: that of the role right before the name (a
    nationality adjective or a body or place of a country: "المتحدث باسم الجيش السوداني نبيل عبد
    الله" -> Sudan, "محافظ شمال سيناء اللواء محمد ..." -> Egypt), else of a place in the apposition
    right after it ("خالد زايد، رئيس فرع الهلال الأحمر بشمال سيناء" -> Egypt, in an article mostly
    about Gaza), else the article's main country."""
    if m is not None:
        for x in range(m - 1, max(-1, m - 6), -1):
            if not c.joinable[x]:
                break  # the role ends at punctuation
            f = c.found[x]
            if f is not None:
                if f.type in ("LOC", "ORG") and f.j == x + 1:
                    cid = _mention_country(c, f)
                    if cid and c.gaz.demonym(cid):
                        return cid
                continue
            cid = c.gaz._nisba.get(c.toks[x].t)
            if cid and cid not in _SKIP_COUNTRIES:
                return cid
    if j < c.n and c.sep(j - 1) == "comma":
        for x in range(j, min(c.n, j + 10)):
            if x > j and "." in c.ntext[c.toks[x - 1].e:c.toks[x].s]:
                break
            f = c.found[x]
            if f is not None and f.i == x and f.type == "LOC" and f.id:
                e = c.gaz.get(f.id)
                if e is not None and x > j and c.joinable[x - 1] and c.toks[x - 1].t in \
                        c.gaz.words("locality_classifiers") and (e.country or e.id) != c.country():
                    continue  # "وهو من سكان حي دار السلام": a local neighbourhood, not Tanzania's capital
                cid = (e.country or (e.id if e.kind == "country" else None)) if e is not None else None
                if cid and cid not in _SKIP_COUNTRIES:
                    return cid
    return c.country()


def _generic_to_specific(c: _Ctx) -> None:
    """A generic entry ("الهلال الأحمر" Red Crescent) names the one specific entry that extends its
    Arabic name and that the article names ("الهلال الأحمر المصري"), or else the article's
    country's ("Sudanese Red Crescent" in a Sudan article). Data: `generic_entries` (ids)."""
    cache = c.gaz.__dict__.setdefault("_wordsets", {})
    if "__generic" not in cache:
        gen: dict[str, list[GazEntry]] = {}
        for gid in c.gaz.lexicon.get("generic_entries") or ():
            g = c.gaz.get(gid)
            if g is None:
                continue
            key = _tokens(g.name_ar)
            gen[gid] = [e for e in c.gaz.entries() if e.id != gid and e.type == g.type
                        and any(_tokens(a)[:len(key)] == key and len(_tokens(a)) > len(key)
                                for a in (e.name_ar, *e.aliases))]
        cache["__generic"] = gen
    gen = cache["__generic"]
    todo = [f for f in c.mentions if f.id in gen]
    if not todo:
        return
    named = {f.id for f in c.mentions}
    for f in todo:
        specs = [e for e in gen[f.id] if e.id in named]
        if len(specs) != 1:
            specs = [e for e in gen[f.id] if e.country and e.country == c.country()] if not specs else []
        if len(specs) != 1 and isinstance(c.gaz.lexicon.get("generic_entries"), dict):
            # no national society named or of the article's country: the generic's own default body
            # ("الصليب الأحمر" -> the ICRC, under the ICRC's id)
            fb = c.gaz.get(c.gaz.lexicon["generic_entries"].get(f.id) or "")
            specs = [fb] if fb is not None else specs
        if len(specs) == 1:
            f.id, f.name_en = specs[0].id, specs[0].name_en


_MINISTRY_EN = re.compile(r"^(Ministry (?:of|for) [^()]+?) \(([^()]+)\)$")


def _ministries_by_adjective(c: _Ctx) -> None:
    """A state's ministry is written as the English-language press writes it, its country's
    adjective first ("Syrian Ministry of Health", "Moroccan Ministry of Interior"), whether the
    article names it with the adjective ("وزارة الدفاع التركية") or bare ("وزارة الداخلية" in a
    Moroccan article); a ministry of a self-governing place takes the place's name ("Kurdistan
    Region Ministry of Health"). The tuning gold sets write the adjective form about 30 times to
    13 for the title form "Ministry of Interior (Kuwait)", which stays only where the country has
    no adjective in the data. The Palestinian health ministry is Gaza's where the article names
    Gaza and not the West Bank (the ministry there is "Palestinian"). Data: `self_governing_places`."""
    named: dict[str, str] = {}
    own_admin = c.gaz.lexicon.get("self_governing_places") or ()
    # a rival government's ministry keeps that government's name ("Ministry of Interior (Government
    # of National Unity)"), and so do the mentions that refer back to it
    rival = {f.id for f in c.mentions if f.extra.get("government")}
    for f in c.mentions:
        if f.type != "ORG" or not f.id or not f.name_en or f.id in named or "(" not in f.name_en or f.id in rival:
            continue
        m = _MINISTRY_EN.match(f.name_en)
        if m is None:
            continue
        e = c.gaz.get(f.id)
        own = f.extra.get("country") or (e.country if e is not None else None)
        if not own:
            continue
        if own in own_admin:  # "Ministry of Health (Kurdistan Region)"
            named[f.id] = f"{m.group(2)} {m.group(1)}"
            continue
        dem = c.gaz.demonym(own)
        cent = c.gaz.get(own)
        if not dem:
            continue
        if cent is not None and m.group(2) != cent.name_en and _place_over_country(c, own, own_admin):
            # an entry named after a self-governing place of its country ("Ministry of Health (Gaza)")
            named[f.id] = f"{m.group(2)} {m.group(1)}"
            continue
        named[f.id] = f"{dem} {m.group(1)}"
    if named:
        for f in c.mentions:
            if f.id in named:
                f.name_en = named[f.id]


def _bare_portfolios(c: _Ctx) -> None:
    """A headline's or a quote's bare portfolio is the ministry the article names in full
    ("«الداخلية»: أكثر من 350 بلاغا" ... "وزارة الداخلية"; "الموارد المائية: الخزين ..."): in
    quotation marks or before a colon, where the article names "وزارة" + the same portfolio.
    Data: `ministry_domains`."""
    cache = c.gaz.__dict__.setdefault("_wordsets", {})
    if "__domains" not in cache:
        cache["__domains"] = {_tokens(d) for d in (c.gaz.lexicon.get("ministry_domains") or {})}
    domains = cache["__domains"]
    named: dict[tuple[str, ...], _Found] = {}
    for f in c.mentions:
        if f.type == "ORG" and f.j - f.i >= 2 and c.toks[f.i].t[f.p:] == "وزاره":
            named.setdefault(tuple(c.toks[x].t for x in range(f.i + 1, f.j)), f)
            named.setdefault(tuple(c.toks[x].t for x in range(f.i + 1, f.j - 1)), f)  # + adjective
    named = {k: v for k, v in named.items() if k in domains}
    if not named:
        return
    for k in c.at({d[0] for d in named}):
        if not c.free(k):
            continue
        for form, p in _variants(c.toks[k].t):
            key = next((d for d in named if d[0] == form and k + len(d) <= c.n
                        and all(c.toks[k + x].t == d[x] and c.free(k + x) and c.joinable[k + x - 1]
                                for x in range(1, len(d)))), None)
            if key is None:
                continue
            j = k + len(key)
            before = c.ntext[max(0, c.toks[k].s - 1):c.toks[k].s]
            after = c.ntext[c.toks[j - 1].e:c.toks[j - 1].e + 2].strip()[:1]
            if (before in _OPEN_Q and after in _CLOSE_Q) or (after == ":" and (k == 0 or not c.joinable[k - 1])):
                f = named[key]
                c.add(_Found(k, j, p, f.type, f.id, f.name_en, f.source, f.kind, {"short": True}))
            break


def _alias_names(c: _Ctx) -> None:
    """Some framings of one actor are written differently in English though they share its id
    (the framing table compares them): "قوات الاحتلال" is "Israeli forces" where "جيش الاحتلال"
    is "Israeli army", "حكومة الاحتلال" the "Israeli government". Data: `alias_names` (Arabic
    surface as matched, without proclitics -> English name)."""
    cache = c.gaz.__dict__.setdefault("_wordsets", {})
    if "__alias_names" not in cache:
        table = {_tokens(k): str(v) for k, v in (c.gaz.lexicon.get("alias_names") or {}).items()}
        ids = frozenset(eid for key in table for eid, _ in c.gaz._alias.get(key, ()))
        cache["__alias_names"] = (table, ids)
    table, ids = cache["__alias_names"]
    if not table:
        return
    for f in c.mentions:
        if f.id not in ids or f.source != "gazetteer" or f.extra.get("short"):
            continue
        key = (c.toks[f.i].t[f.p:], *(c.toks[x].t for x in range(f.i + 1, f.j)))
        en = table.get(key)
        if en is not None:
            f.name_en = en


def _place_over_country(c: _Ctx, country: str, own_admin: Any) -> bool:
    """The article names a self-governing place of the country (Gaza) and no other territory of
    it (the West Bank)."""
    ids = {f.id for f in c.mentions if f.type == "LOC" and f.id}
    if not any(p in ids and (c.gaz.get(p) or _NO_ENTRY).country == country for p in own_admin):
        return False
    return not any((e := c.gaz.get(i)) is not None and e.kind == "territory" and e.country == country
                   and i not in own_admin for i in ids)


def _homonyms_by_country(c: _Ctx) -> None:
    """Entries of several countries share a name (outlets: "الشروق" is Egypt's Al-Shorouk and
    Algeria's Echorouk; places: "سوسة" Sousse and Susa, "الجوف" in Yemen and Saudi Arabia): a
    mention is the one of the article's country, where exactly one is."""
    todo = [f for f in c.mentions if f.id and not f.extra.get("short") and f.source == "gazetteer"]
    if not todo:
        return
    shared: list[tuple[_Found, tuple]] = []
    for f in todo:
        rest = tuple(c.toks[x].t for x in range(f.i + 1, f.j))
        # the first token's reading that opens the alias ("للأخبار" is ل + الأخبار, offset 0)
        hits = next((h for form, pp in _variants(c.toks[f.i].t) if pp == f.p
                     and len(h := c.gaz._alias.get((form, *rest), ())) >= 2), ())
        if len(hits) >= 2:
            shared.append((f, hits))
    if not shared:
        return
    # the article's country without the shared names themselves: a Libyan brief naming "البريقة" once is not
    # about Aden because the first reading of the name was Aden's district
    country = _main_country(c, frozenset(id(f) for f, _ in shared)) or ""
    for f, hits in shared:
        cur = c.gaz.get(f.id)
        if cur is None:
            continue
        alts = [c.gaz.get(eid) for eid, short in hits if not short and eid != f.id]
        alts = [e for e in alts if e is not None and e.type == cur.type and e.country
                and (e.kind in ("media", "agency")) == (cur.kind in ("media", "agency"))]
        if not alts:
            continue
        if not country or cur.country == country:
            continue
        own = [e for e in alts if e.country == country]
        if len(own) == 1:
            f.id, f.name_en, f.kind = own[0].id, own[0].name_en, own[0].kind


def _shadda_homographs(c: _Ctx) -> None:
    """Words that only the shadda tells apart, which normalisation drops: "عمّان" (Amman) and
    "عمان" (Oman). The original text's shadda decides; else the context: a cue word nearby
    ("سلطنة", "مسقط" / "الأردنية"), a neighbour in a list of Gulf states, the article's country;
    else a mention the gazetteer pass found with a place cue stays. Data: `shadda_homographs`."""
    cache = c.gaz.__dict__.setdefault("_wordsets", {})
    if "__shadda" not in cache:
        cache["__shadda"] = {
            " ".join(_tokens(k)): {**v, **{key: frozenset(" ".join(_tokens(x)) for x in v.get(key) or ())
                                           for key in ("plain_cues", "shadda_cues")}}
            for k, v in (c.gaz.lexicon.get("shadda_homographs") or {}).items()}
    words = cache["__shadda"]
    if not words or not any(w in c.ntext for w in words):
        return
    for k in c.at(words.keys()):
        hit = next(((form, p) for form, p in _variants(c.toks[k].t) if form in words), None)
        if hit is None:
            continue
        form, p = hit
        v = words[form]
        f = c.found[k]
        if f is not None and (f.i != k or f.j != k + 1 or f.id not in (v["shadda"], v["plain"])):
            continue  # part of a longer name ("سلطنة عمان"), or an outlet ("صحيفة عمان")
        target = None
        if c.nt is not None:
            s, e = c.nt.span(c.toks[k].s, c.toks[k].e)
            if "\u0651" in c.nt.original[s:e]:
                target = v["shadda"]
        if target is None:
            window = {x for j in range(max(0, k - 6), min(c.n, k + 7)) if j != k for x in _strip1(c.toks[j].t)}
            near = [c.found[j] for j in (k - 1, k + 1) if 0 <= j < c.n and c.found[j] is not None]
            neighbours = {(c.gaz.get(g.id) or _NO_ENTRY).country for g in near if g.type == "LOC"}
            country = c.country()
            if window & v["plain_cues"] or neighbours & set(v.get("plain_neighbours") or ()):
                target = v["plain"]
            elif window & v["shadda_cues"]:
                target = v["shadda"]
            elif country in (v.get("shadda_countries") or ()):
                target = v["shadda"]
            elif country in (v.get("plain_countries") or ()):
                target = v["plain"]
            elif f is not None:
                target = f.id
        e = c.gaz.get(target) if target else None
        if e is None:
            continue
        if f is not None:
            f.id, f.name_en, f.type, f.kind = e.id, e.name_en, e.type, e.kind
        else:
            c.add(_Found(k, k + 1, p, e.type, e.id, e.name_en, "gazetteer", e.kind))


def _verb_like(c: _Ctx, w: str) -> bool:
    """A verb after a head noun, by its shape, where no list knows it: a short imperfect ("يقيم",
    "تقيم") or a perfect of the تفعّل pattern ("تحولت", "تضررت"); never a word the gazetteer names."""
    if w.startswith("ال") or w in c.compound:
        return False
    if not ((len(w) <= 4 and w[:1] in "يت") or (len(w) == 5 and w[0] == "ت" and w[-1] == "ت")):
        return False
    return c.gaz.lookup(w) is None

