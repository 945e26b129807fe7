"""Number mentions in Arabic news: numerals, number words, duals, percentages, vague counts.

Why this shape: analysts compare casualty and displacement figures across outlets, so a number
is only useful with what it counts ("civilians killed") and how sure the text is (نحو = approx,
ما لا يقل عن = at least, العديد = vague). The words (cardinals, multipliers, hedges, counted nouns
with their unit/role/English, predicates such as مقتل/النزوح) live in ``generator/data/numbers.yaml``;
this module compiles them once into one regex over the normalised text and maps matches back to
body offsets with ``nt.span``.

Span convention (gold): the numeral with an adjacent hedge plus the counted noun
("نحو 120 ألف شخص", "حوالى 5%", "العديد من مسلحي التنظيم"); a dual noun alone ("طفلان") is 2; a
singular noun is 1 only in a breakdown ("بينهم طفلان وامرأة") or right after a casualty/damage
noun ("وتدمير سيارة"). Digits inside date mentions (years, "3 تشرين الثاني") are not numbers.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from ..models import NumberMention
from .normalise import Normalised, norm

DATA = Path(__file__).resolve().parents[1] / "data" / "numbers.yaml"


def _alt(words: list[str] | set[str] | dict[str, Any]) -> str:
    """A regex matching any of ``words`` (normalised; a space matches any white space).

    Built as a trie ("ال(?:اثنين|احد|...)") rather than a flat alternation: the extractors try
    it at every word start, and a trie rejects a non-matching position after one character
    instead of after trying every word. Longer words are tried first at each branch.
    """
    forms = sorted({" ".join(norm(w).split()) for w in words if norm(w).strip()})
    trie: dict[str, Any] = {}
    for f in forms:
        node = trie
        for ch in f:
            node = node.setdefault(ch, {})
        node[""] = {}
    return "(?:" + _trie_regex(trie) + ")"


def _trie_regex(node: dict[str, Any]) -> str:
    branches = []
    for ch in sorted(k for k in node if k):
        atom = r"\s+" if ch == " " else re.escape(ch)
        branches.append(atom + _trie_regex(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return "(?:" + body + ")?"
    return body


def _key(s: str) -> str:
    return " ".join(norm(s).split())


@dataclass(frozen=True)
class _Noun:
    category: str
    unit: str
    role: str | None
    event: bool


@dataclass(frozen=True)
class _Lexicon:
    regex: re.Pattern[str]
    cardinal: dict[str, int]
    multiplier: dict[str, tuple[int, str]]  # word -> (factor, single|dual|plural)
    noun: dict[str, _Noun]  # plural/singular forms after a number
    dual: dict[str, _Noun]
    singular: dict[str, _Noun]
    qualifier: dict[str, str]
    percent: frozenset[str]
    predicates: re.Pattern[str]
    predicate: dict[str, tuple[str, str]]  # phrase -> (role, English participle)
    groups: re.Pattern[str]
    group: dict[str, str]
    openers: re.Pattern[str]
    singular_re: re.Pattern[str]
    not_count_before: frozenset[str]


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return yaml.safe_load(DATA.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def cardinal_words() -> dict[str, int]:
    """Normalised cardinal word -> value (1..900), for numbers and for dates ("منذ ثلاثة أيام")."""
    d = _data()
    out: dict[str, int] = {}
    for table in ("units", "teens", "tens", "hundreds"):
        for v, ws in d[table].items():
            for w in ws:
                out[_key(w)] = int(v)
    return out


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    """Load numbers.yaml and compile the extractor's regex (once per process)."""
    d = _data()
    card = cardinal_words()
    mult: dict[str, tuple[int, str]] = {}
    for factor, forms in d["multipliers"].items():
        for kind in ("plural", "dual", "single"):  # single wins for ambiguous "ألفا" after a number
            for w in forms[kind]:
                mult[_key(w)] = (int(factor), kind)
    noun: dict[str, _Noun] = {}
    dual: dict[str, _Noun] = {}
    sing: dict[str, _Noun] = {}
    for e in d["nouns"]:
        n = _Noun(e["category"], e["unit"], e.get("role"), bool(e.get("event")))
        for w in e["forms"]:
            noun.setdefault(_key(w), n)
        for w in e.get("duals") or []:
            dual.setdefault(_key(w), n)
        for w in e.get("singular") or []:
            sing.setdefault(_key(w), n)
    qual = {_key(w): q for q, ws in d["qualifiers_before"].items() for w in ws}
    after_q = {_key(w): q for q, ws in d["qualifiers_after"].items() for w in ws}
    predicate = {_key(w): (e["role"], e["en"]) for e in d["predicates"] for w in reversed(e["words"])}
    # the first listed role wins for a phrase that appears twice
    for e in reversed(d["predicates"]):
        for w in e["words"]:
            predicate[_key(w)] = (e["role"], e["en"])
    group = {_key(w): name for name, ws in d["groups"].items() for w in ws}

    DIG = r"(?<![\d.,:/])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d]|[.,:/]\d)"
    MULT = _alt(list(mult))
    W1 = _alt([w for w in card] + [w for w, (f, k) in mult.items() if k != "plural"])
    W2 = _alt(list(card) + list(mult))
    NUMERAL = rf"(?:{DIG}(?:\s*{MULT}(?!\w))?|{W1}(?!\w)(?:\s+و?{W2}(?!\w))*)"
    NOUN = _alt(list(noun))
    SUF = r"(?:ه|ها|هم|هن|نا|ي)?"
    GROUP = _alt(list(group))
    alts = [
        rf"(?P<num>(?:(?P<hedge>{_alt(list(qual))})\s+)?(?P<pct0>%\s?)?(?P<numeral>{NUMERAL})"
        rf"(?:\s*(?P<pct>{_alt(d['percent'])})(?!\w)|\s+(?:من\s+)?(?P<noun>(?:ال)?{NOUN}{SUF})(?!\w)"
        rf"(?:\s+(?P<grp>{GROUP})(?!\w))?)?(?:\s+(?P<after>{_alt(list(after_q))})(?!\w))?)",
        rf"(?P<vq>(?P<vq_w>{_alt(d['vague_quantifiers'])})\s+(?:(?P<vnoun>(?:ال)?{NOUN}{SUF})(?!\w)"
        rf"(?:\s+(?P<vgrp>{GROUP})(?!\w))?|(?P<vpron>{_alt(d['people_pronouns'])})(?!\w)))",
        rf"(?P<n2>(?P<n2_noun>{NOUN})\s+(?P<n2_num>{_alt(['اثنين', 'اثنان', 'اثنتين', 'اثنتان', 'واحد', 'واحدة', 'واحدا'])}))",
        rf"(?P<tr>{_alt(d['singular_count_triggers'])}\s+(?P<sing>{_alt(list(sing))})(?!\w))",
        rf"(?P<dual>{_alt(list(dual))})",
    ]
    regex = re.compile(r"(?<!\w)(?:[وفبل](?=\w))?(?:" + "|".join(alts) + r")(?!\w)")
    preds = re.compile(r"(?<!\w)(?:[وفبل]|ال)?(" + _alt(list(predicate))[3:-1] + r")(?!\w)")
    groups = re.compile(r"(?<!\w)(?:[وفبل])?(" + GROUP[3:-1] + r")(?!\w)")
    openers = re.compile(r"(?<!\w)(?:و)?(" + _alt(d["breakdown_openers"])[3:-1] + r")(?!\w)")
    singular_re = re.compile(r"(?<!\w)و?(" + _alt(list(sing))[3:-1] + r")(?!\w)")
    return _Lexicon(
        regex=regex, cardinal=card, multiplier=mult, noun=noun, dual=dual, singular=sing,
        qualifier={**qual, **after_q}, percent=frozenset(_key(w) for w in d["percent"]),
        predicates=preds, predicate=predicate, groups=groups, group=group, openers=openers,
        singular_re=singular_re, not_count_before=frozenset(_key(w) for w in d["not_count_before"]),
    )


# ----------------------------------------------------------------------------- values


def _fmt(x: Decimal) -> str:
    """Decimal as a plain string: 120000, 1.5 (never 1.2E+5)."""
    s = format(x, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def parse_cardinal(s: str) -> Decimal | None:
    """Value of a numeral as matched in normalised text: "120 الف" -> 120000, "خمسه وعشرون" -> 25."""
    lx = lexicon()
    s = s.strip()
    m = re.match(r"(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?", s)
    total = Decimal(0)
    current = Decimal(0)
    rest = s
    if m:
        try:
            current = Decimal(m.group(1).replace(",", "") + ("." + m.group(2) if m.group(2) else ""))
        except InvalidOperation:
            return None
        rest = s[m.end():]
    tokens = rest.split()
    words_seen = bool(m)
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        # two-word entries ("ثلاث مئه", "احد عشر")
        two = " ".join(tokens[i:i + 2])
        if i + 1 < len(tokens) and (two in lx.cardinal or two in lx.multiplier):
            tok, i = two, i + 2
        else:
            i += 1
        if tok not in lx.cardinal and tok not in lx.multiplier and tok.startswith("و"):
            tok = tok[1:]
        if tok in lx.cardinal:
            current += lx.cardinal[tok]
            words_seen = True
        elif tok in lx.multiplier:
            factor, kind = lx.multiplier[tok]
            base = current if current else Decimal(2 if kind == "dual" else 1)
            total += base * factor
            current = Decimal(0)
            words_seen = True
        else:
            return None
    if not words_seen:
        return None
    return total + current


def is_counted_noun(word: str) -> bool:
    """True for a noun that follows a count ("منزل", "شخصا"): used by dates to tell 2000 from a year."""
    lx = lexicon()
    w = _key(word)
    return w in lx.noun or (w.startswith("ال") and w[2:] in lx.noun)


# ----------------------------------------------------------------------------- extraction


@dataclass(frozen=True)
class _M:
    i: int  # normalised offsets
    j: int
    value: str | None
    unit: str | None
    noun: _Noun | None
    noun_ar: str | None  # normalised counted noun (for the role search span)
    counted: tuple[int, int] | None  # normalised span of the counted noun
    group: str | None
    qualifier: str
    parent: int | None = None  # normalised start of the number this one breaks down


_CLAUSE_END = re.compile(r"[.!?\n;]|,\s|\s-\s|\"")


def _clause(s: str, i: int, j: int) -> tuple[int, int]:
    lo = max(0, i - 120)
    starts = [m.end() for m in _CLAUSE_END.finditer(s, lo, i)]
    a = starts[-1] if starts else lo
    m = _CLAUSE_END.search(s, j, min(len(s), j + 120))
    b = m.start() if m else min(len(s), j + 120)
    return a, b


def _predicate(lx: _Lexicon, s: str, i: int, j: int) -> tuple[str, str] | None:
    """The nearest predicate (مقتل, قتلوا, النزوح ...) in the clause around s[i:j]."""
    a, b = _clause(s, i, j)
    best: tuple[float, tuple[str, str]] | None = None
    for m in lx.predicates.finditer(s, a, b):
        if i <= m.start() < j:
            continue  # the counted noun itself
        dist = (i - m.end()) if m.end() <= i else 1.5 * (m.start() - j)
        if best is None or dist < best[0]:
            best = (dist, lx.predicate[_key(m.group(1))])
    return best[1] if best else None


def extract_numbers(text: str, nt: Normalised) -> list[NumberMention]:
    """Every count, amount and percentage in ``text`` with what it counts and how sure it is."""
    from .dates import date_spans

    lx = lexicon()
    s = nt.text
    dates = date_spans(text, nt)
    found: list[_M] = []
    for m in lx.regex.finditer(s):
        r = _interpret(lx, m, s)
        if r is None:
            continue
        a, b = nt.span(r.i, r.j)
        if any(a < de and ds < b for ds, de in dates):
            continue
        found.append(r)
    found = _breakdowns(lx, s, found)
    found.sort(key=lambda x: (x.i, x.j))
    index_of = {x.i: k for k, x in enumerate(found)}
    out: list[NumberMention] = []
    for x in found:
        a, b = nt.span(x.i, x.j)
        role, counts = _role_counts(lx, s, x, found)
        if x.unit is None and x.noun is None and role in _PEOPLE_ROLES:
            x = replace(x, unit="people")
        counted_ar = None
        if x.counted:
            ca, cb = nt.span(*x.counted)
            counted_ar = text[ca:cb]
        out.append(NumberMention(
            text=text[a:b], start=a, end=b, value=x.value, unit=x.unit, counts=counts,
            qualifier=x.qualifier, role=role, counted_ar=counted_ar,
            part_of=index_of.get(x.parent) if x.parent is not None else None))
    return out


def _noun_of(lx: _Lexicon, word: str) -> _Noun | None:
    w = _key(word)
    for cand in (w, w[2:] if w.startswith("ال") else None):
        if not cand:
            continue
        if cand in lx.noun:
            return lx.noun[cand]
        for suf in ("ه", "ها", "هم", "هن", "نا", "ي"):
            if cand.endswith(suf) and cand[: -len(suf)] in lx.noun:
                return lx.noun[cand[: -len(suf)]]
    return None


def _interpret(lx: _Lexicon, m: re.Match[str], s: str) -> _M | None:
    g = m.group
    kind = m.lastgroup
    if kind == "num":
        i, j = m.start("num"), m.end("num")
        prev = _prev_word(s, m.start("numeral"))
        if prev in lx.not_count_before:
            return None
        value = parse_cardinal(g("numeral"))
        if value is None:
            return None
        numeral = g("numeral")
        noun = _noun_of(lx, g("noun")) if g("noun") else None
        if g("pct") or g("pct0"):
            unit = "percent"
        else:
            unit = noun.unit if noun else None
        is_digits = numeral[:1].isdigit()
        if (noun is None and not g("pct") and not g("hedge") and is_digits and re.fullmatch(r"\d{4}", numeral)
                and 1900 <= int(numeral) <= 2100):
            return None  # a bare year-like number: a date, not a count
        if noun is None and not g("pct") and not is_digits and value == 1:
            return None  # "في آن واحد"
        if noun is None and not g("pct") and not is_digits and _key(numeral) in _SHORT():
            return None  # ست/سبع/خمس alone are also ordinary words
        qualifier = lx.qualifier[_key(g("hedge"))] if g("hedge") else "exact"
        if g("after"):
            qualifier = lx.qualifier[_key(g("after"))]
        counted = (m.start("noun"), m.end("grp") if g("grp") else m.end("noun")) if g("noun") else None
        if counted is None and not g("pct"):
            nm = re.match(r"\s+([^\W\d_]{2,})", s[j:j + 30])
            w = nm.group(1) if nm else ""
            if nm and w not in _NOT_COUNTED() and w not in lx.predicate and w[1:] not in lx.predicate:
                counted = (j + nm.start(1), j + nm.end(1))  # an unknown noun: kept for the reader, not in the span
        if g("pct"):
            pm = re.match(r"\s+(من\s+[^\W\d_]+)", s[j:j + 40])
            counted = (j + pm.start(1), j + pm.end(1)) if pm else None
        return _M(i, j, _fmt(value), unit, noun, g("noun"), counted, g("grp"), qualifier)
    if kind == "vq":
        i, j = m.start("vq"), m.end("vq")
        if g("vpron"):
            return _M(i, j, None, "people", None, None, None, None, "vague")
        noun = _noun_of(lx, g("vnoun"))
        if noun is None or noun.unit != "people":
            return None  # vague quantities only for people (gold convention)
        return _M(i, j, None, "people", noun, g("vnoun"), (m.start("vnoun"), m.end("vgrp") if g("vgrp") else m.end("vnoun")),
                  g("vgrp"), "vague")
    if kind == "n2":
        i, j = m.start("n2"), m.end("n2")
        noun = _noun_of(lx, g("n2_noun"))
        v = "1" if _key(g("n2_num")).startswith("واحد") else "2"
        return _M(i, j, v, noun.unit if noun else None, noun, g("n2_noun"), (i, m.end("n2_noun")), None, "exact")
    if kind == "tr":
        i, j = m.start("sing"), m.end("sing")
        noun = lx.singular[_key(g("sing"))]
        return _M(i, j, "1", noun.unit, noun, g("sing"), (i, j), None, "exact")
    if kind == "dual":
        i, j = m.start("dual"), m.end("dual")
        noun = lx.dual[_key(g("dual"))]
        return _M(i, j, "2", noun.unit, noun, g("dual"), (i, j), None, "exact")
    return None


@lru_cache(maxsize=1)
def _NOT_COUNTED() -> frozenset[str]:
    return frozenset(_key(w) for w in _data().get("not_counted_words", []))


@lru_cache(maxsize=1)
def _SHORT() -> frozenset[str]:
    return frozenset(_key(w) for w in _data().get("bare_needs_noun", []))


def _prev_word(s: str, i: int) -> str:
    k = i
    while k > 0 and s[k - 1] in " \t\u00a0":
        k -= 1
    e = k
    while k > 0 and s[k - 1].isalpha():
        k -= 1
    return s[k:e]


def _breakdowns(lx: _Lexicon, s: str, found: list[_M]) -> list[_M]:
    """Link "بينهم طفلان وامرأة" to the number it breaks down, adding singular nouns as counts of one.

    The main number is the last valued count before the opener in the same sentence, so both
    "أربعة مدنيين -بينهم طفلان-" and "قتل 3 آلاف مدني في غزة، بينهم 1,200 طفل" are linked.
    """
    out = list(found)
    for m in lx.openers.finditer(s):
        p, q = m.start(1), m.end(1)
        if any(y.i <= p < y.j for y in out):
            continue  # "العديد منهم": the pronoun belongs to a mention
        main = None
        for y in found:
            if y.j <= p and y.parent is None and y.value is not None and y.unit in ("people", None):
                if re.search(r"[.!?\n]", s[y.j:p]) is None:
                    main = y
        if main is None:
            continue
        e = re.compile(r"[-)–.\n;]|,\s").search(s, q, min(len(s), q + 100))
        seg_end = e.start() if e else min(len(s), q + 100)
        taken = [(y.i, y.j) for y in out]
        for k, y in enumerate(out):
            if q <= y.i < seg_end and y.parent is None and y is not main:
                out[k] = replace(y, parent=main.i)
        for sm in lx.singular_re.finditer(s, q, seg_end):
            a, b = sm.start(1), sm.end(1)
            if any(a < tj and ti < b for ti, tj in taken):
                continue
            noun = lx.singular[_key(sm.group(1))]
            out.append(_M(a, b, "1", noun.unit, noun, sm.group(1), (a, b), None, "exact", parent=main.i))
    return out


_PEOPLE_ROLES = ("killed", "injured", "displaced", "arrested", "casualties", "missing")


def _role_counts(lx: _Lexicon, s: str, x: _M, found: list[_M]) -> tuple[str | None, str | None]:
    """(role, English "counts") from the counted noun and the nearest predicate in the clause."""
    if x.unit == "percent":
        return "percent", "percent"
    noun = x.noun
    parent = next((y for y in found if y.i == x.parent), None) if x.parent is not None else None
    pred = _predicate(lx, s, x.i, x.j)
    if pred is None and parent is not None:
        pred = _predicate(lx, s, parent.i, parent.j)
    group = lx.group.get(_key(x.group)) if x.group else None
    if noun is None:
        if x.unit == "people":  # "العديد منهم"
            return (pred[0], f"people {pred[1]}") if pred else (None, "people")
        if pred and pred[0] in _PEOPLE_ROLES:  # "قتل 3 وأصيب 5": the predicate says these are people
            return pred[0], f"people {pred[1]}"
        return (pred[0] if pred else None), None
    if noun.event:
        return noun.role, noun.category
    category = noun.category
    if group and noun.role == "fighters":
        category = f"{group} fighters"
    if pred and (noun.unit in ("people", "vehicles", "aircraft", "buildings", "families") or pred[0] != "killed"):
        if noun.unit == "people" or pred[0] in ("destroyed", "rescued", "displaced", "missing"):
            return pred[0], f"{category} {pred[1]}"
    return noun.role, category
