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
An unknown counted noun right after the numeral is in the span too ("19 مجزرة"), as is "منهم"
("9 منهم على الأقل"); "25 ألفا و700 شهيد" is one number (25700); a range "ما بين 18 و20 ألفا" is
two approx rows (18000, 20000); durations ("لمدة 7 أيام", "أكثر من ساعتين") are numbers, not dates.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from bisect import bisect_left
from functools import lru_cache
from heapq import heappop, heappush
from pathlib import Path
from typing import Any, Iterator


from ..yamlio import load_yaml
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
    end = node.get("")
    if not branches:
        return end or ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if end:  # a word that ends here, followed by what its list requires (_lead_trie)
        return "(?:" + body + "|" + end + ")"
    if end is not None:
        return "(?:" + body + ")?"
    return body


def _lead_trie(follow: dict[str, list[str]]) -> str:
    """One trie of the phrases of several lists, each phrase followed by what its list requires: ``follow`` maps a
    regex (what must come after the phrase) to its phrases. A phrase of two lists is followed by either.

    Used for the first-word lookaheads of the extractors' big alternations: the trie is walked once per word
    start, whatever the number of lists, and a list's own condition on what follows ("a noun, then a definite
    word") is checked only after one of its phrases."""
    ends: dict[str, list[str]] = {}
    for after, words in follow.items():
        for w in words:
            f = " ".join(norm(w).split())
            if f and after not in ends.setdefault(f, []):
                ends[f].append(after)
    trie: dict[str, Any] = {}
    for f in sorted(ends):
        node = trie
        for ch in f:
            node = node.setdefault(ch, {})
        node[""] = ends[f][0] if len(ends[f]) == 1 else "(?:" + "|".join(ends[f]) + ")"
    return "(?:" + _trie_regex(trie) + ")"


@lru_cache(maxsize=16384)
def _key(s: str) -> str:
    """Lookup key for a matched phrase: normalised, single spaces. (Cached: the same few thousand words and
    phrases are looked up again and again, and a cache hit costs less than folding the string anew.)"""
    return " ".join(norm(s).split())


def _first_words(words: Any) -> list[str]:
    """The first word of each phrase, normalised: the leads of a lookahead that turns away, after a few
    letters, the word starts where no alternative of an extractor's big alternation can match."""
    return [_key(w).split()[0] for w in words if _key(w)]


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
    plain: re.Pattern[str]  # the same regex without compound remainders ("25 ألفا و700")
    ranges: frozenset[str]  # range openers (ما بين)
    verb_qualifier: dict[str, str]  # hedging verb before a numeral -> qualifier
    pronouns: frozenset[str]  # "9 منهم"
    designators: frozenset[str]  # "قرار مجلس الأمن 2216": a document number
    definite_dual_units: frozenset[str]  # units whose definite dual is a count ("الطفلين")
    numeral_names: re.Pattern[str] | None  # "السويداء 24", "اللواء 444 قتال": names, not counts
    name_reach: int  # the longest such name in characters (its spaces doubled): how far around a numeral to look
    weak_duals: frozenset[str]  # "عاملين", "راكبين": duals also read as plurals, counted only with a casualty
    construct_dual: dict[str, _Noun]  # "عمليتي (اغتيال)", "جثتي (طفلين)": a feminine dual in construct
    coord_re: re.Pattern[str]  # "ومرافق", "ومنزلا": a singular that may be joined to a count
    age_ordinal: dict[str, int]  # "العاشرة (من عمره)": an age told by an ordinal
    name_starts: frozenset[str]  # "سد أبو منصور": a name after a singular noun, no count
    vague_alone: re.Pattern[str]  # "الآلاف" read alone where "الآلاف من قرى" is no count of villages


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return load_yaml(DATA.read_text(encoding="utf-8"))


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
    # duals derived from the singulars ("سائق" -> "سائقان", "مسيرة" -> "مسيرتين"): -تان/-تين after a
    # feminine ة, -ان after a masculine; -ين too for things only (for people it is also the plural:
    # "مسلحين"); never a form listed elsewhere, a number word or an excluded homograph (طالبان)
    taken = set(noun) | set(card) | set(mult) | {_key(w) for w in d.get("not_duals", [])}
    for w, n in list(sing.items()):
        if w.endswith(("ا", "ى")) or len(w) < 3:
            continue  # accusatives (مسؤولا) and defective nouns (فتى, مبنى)
        if w.endswith("ه"):
            forms = [w[:-1] + "تان", w[:-1] + "تين"]
        else:
            forms = [w + "ان"] + ([w + "ين"] if n.unit != "people" else [])
        for f in forms:
            if f not in taken and f not in sing:
                dual.setdefault(f, n)
    # "-ين" duals of people whose plural is broken ("عاملين" next to عمال, "راكبين" next to ركاب): also read as a
    # plural ("العاملين في"), so they count only indefinite, with a casualty in the clause (weak_duals)
    sound = {_key(w) for w in d.get("people_sound_plural", [])}
    weak: set[str] = set()
    for w, n in list(sing.items()):
        f = w + "ين"
        if n.unit == "people" and not w.endswith(("ا", "ى", "ه", "ي")) and len(w) >= 3 and w not in sound \
                and f not in taken and f not in sing and f not in dual:
            dual[f] = n
            weak.add(f)
    # a feminine dual in construct ("عمليتي اغتيال", "جثتي طفلين", "سيارتي إسعاف"): -تي/-تا for the nouns in ة of
    # things and bodies, never places (the gold leaves "محافظتي درعا والسويداء" uncounted)
    no_construct = set(d.get("construct_dual_not_units", []))
    people_construct = {_key(w) for w in d.get("construct_dual_people", [])}
    construct: dict[str, _Noun] = {}
    for w, n in noun.items():
        if n.unit in ("people", "families") and w not in people_construct:
            continue  # "سيدتي", "عائلتي", "إصابتي": mostly "my ..." in a quote
        if w.endswith("ه") and " " not in w and len(w) >= 3 and n.unit not in no_construct:
            for f in (w[:-1] + "تي", w[:-1] + "تا"):
                if f not in taken and f not in sing and f not in dual:
                    construct.setdefault(f, n)
    # duals of people with a possessive pronoun ("وقتلت امرأة وطفلاها", "أصيب شقيقاه", "نجليها"): the -ان/-ين of
    # the dual drops its ن before the pronoun
    for w, n in list(dual.items()):
        if n.unit == "people" and len(w) > 4 and w.endswith(("ان", "ين")):
            for suf in ("ه", "ها", "هم"):
                f = w[:-1] + suf if w.endswith("ين") else w[:-2] + "ا" + suf
                if f not in taken and f not in sing:
                    dual.setdefault(f, n)
    qual = {_key(w): q for q, ws in d["qualifiers_before"].items() for w in ws}
    ranges = frozenset(_key(w) for w in d.get("range_openers", []))
    verb_q = {_key(w): q for q, ws in d.get("qualifying_verbs", {}).items() for w in ws}
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
    FRAC = _alt(list(fractions()))
    W2 = _alt(list(card) + list(mult) + list(fractions()))
    WORDS = rf"{W1}(?!\w)(?:\s+و?(?:{FRAC}\s+ال{MULT}|{W2})(?!\w))*"  # ("مليون ونصف المليون")
    # a compound "25 ألفا و700", "ألفين و700", "مليون و200 ألف": thousands + و + remainder
    # ("مليونين و438 ألفا و954": a second remainder after a first that ends in a multiplier)
    REM = (rf"(?P<rem>\s+و\s*(?:{DIG}(?:\s*{MULT}(?!\w))?|{WORDS}|{FRAC}(?:\s+ال{MULT})?(?!\w))"  # "ونصف المليون"
           rf"(?:\s+و\s*{DIG}(?!\s*{MULT}))?)")
    NUMERAL = rf"(?:{FRAC}\s+{MULT}(?!\w)|{DIG}(?:\s*{MULT}(?!\w))?|{WORDS}){REM}?"
    NOUN = _alt(list(noun))
    SUF = r"(?:ه|ها|هم|هن|نا|ي)?"
    GROUP = _alt(list(group))
    time_dual = [w for w, n in dual.items() if n.unit in _TIME_UNITS]
    other_dual = [w for w, n in dual.items() if n.unit not in _TIME_UNITS]
    # "العسكريين العشرة", "الساعات الأربع والعشرين": a definite number word after a definite noun
    UNITS = _alt([w for w, v in card.items() if 3 <= v <= 10])
    TENS = _alt([w for w, v in card.items() if v in range(20, 100, 10)])
    # "الموقوفين الـ17", "المقاعد الخمسة عشر" (a teen: the unit word with ال, then عشر/عشرة bare)
    POSTNUM = rf"ال(?:{UNITS}(?:\s+وال{TENS}|\s+عشره?)?|{TENS})|ال\s*\d{{1,5}}(?![\d.,/])"

    PP = _alt(list(d.get("people_pronoun_counts") or {}) or ["\u0000"])
    age_ord = {_key(w): int(v) for v, ws in (d.get("age_ordinals") or {}).items() for w in ws}
    POD = _alt(d["verb_object_times"])  # a subject or time between verb and object
    THINGS = _alt([w for w, n in sing.items() if n.unit != "people"])
    # a definite number word after its noun: "العسكريين العشرة", a noun with a possessive ("أطفاله الستة") or in
    # construct with a definite genitive ("شاحنات الوقود الأربع")
    POST_NOUN = rf"(?:ال)?{NOUN}(?:ه|ها|هم|هن|نا|\s+ال[^\W\d_]{{2,}})?"  # (one NOUN: the alternation is long)
    NONE = ["\u0000"]  # an alternative that never matches, for a missing list
    N2_WORDS = d["one_or_two_after_noun"]  # "منزل واحد", "طفلين اثنين"
    DUR_ADJ = _alt(d.get("duration_adjectives") or NONE)
    AV, DD = _alt(d.get("active_damage_verbs") or NONE), _alt(d.get("dual_damage_triggers") or NONE)
    OTH, OTH_N = _alt(d.get("others_triggers") or NONE), _alt(d.get("others_words") or NONE)

    def alts(numeral: str) -> list[str]:
        # (a hedge may stand before a definite numeral: "قرابة الـ50 شخصا", "نحو الـ100 ألف")
        return [
            rf"(?P<num>(?:(?P<hedge>{_alt(list(qual) + list(ranges))})\s+(?:ال\s*(?=\d))?)?(?P<pct0>%\s?)?(?P<numeral>{numeral})"
            rf"(?:\s*(?P<pct>{_alt(d['percent'])})(?!\w)|\s+(?:من\s+)?(?P<noun>(?:ال)?{NOUN}{SUF})(?!\w)"
            rf"(?:\s+(?P<grp>{GROUP})(?!\w))?)?(?:\s+(?P<after>{_alt(list(after_q))})(?!\w))?)",
            rf"(?P<vq>(?P<vq_w>{_alt(d['vague_quantifiers'])})\s+(?:(?P<vnoun>(?:ال)?{NOUN}{SUF})(?!\w)"
            rf"(?:\s+(?P<vgrp>{GROUP})(?!\w))?(?:\s+و(?P<vnoun2>(?:ال)?{NOUN})(?!\w))?"
            rf"|(?P<vpron>{_alt(d['people_pronouns'])})(?!\w)"
            r"|(?P<vnis>ال(?:[^\W\d_]{2,}(?:يين|يون)|م[^\W\d_]{3,}(?:ين|ون)))(?!\w)))",
            rf"(?P<vs>{_alt(d.get('vague_alone', []))})",
            rf"(?P<pv>(?P<pv_n>{_alt([w for w, n in noun.items() if n.unit == 'people'])})\s+"
            rf"(?P<pv_q>{_alt(d.get('vague_after') or NONE)})(?!\w))",
            rf"(?P<age>(?P<age_n>{_alt(list(age_ord))}(?:\s+وال{TENS})?)\s+(?:{_alt(d.get('age_after') or NONE)})(?!\w))",
            rf"(?P<pp>{PP})",
            rf"(?P<n2>(?P<n2_noun>{NOUN})\s+(?P<n2_num>{_alt(N2_WORDS)}))",
            rf"(?P<tr>(?P<tr_w>{_alt(d['singular_count_triggers'])})\s+(?P<sing>{_alt(list(sing))})(?!\w))",
            rf"(?P<cs>(?:ان|بان|كان|كانت)\s+\"?(?P<cs_n>{_alt([w for w, n in sing.items() if n.unit == 'people'])})(?!\w))",
            rf"(?P<sa>(?P<sa_n>{_alt([w for w, n in sing.items() if n.unit == 'people'])})\s+"
            rf"(?P<sa_a>{_alt(d.get('casualty_adjectives') or NONE)})(?!\w))",
            rf"(?P<cd>(?P<cd_w>{_alt(list(construct) or NONE)})\s+(?!ال)(?P<cd_g>[^\W\d_]{{2,}})(?!\w))",
            rf"(?P<td>(?:(?P<td_h>{_alt(list(qual))})\s+|{_alt(d.get('duration_before', []))}\s+|(?<=ل))"
            rf"(?P<td_def>ال)?(?P<td_dual>{_alt(time_dual)})(?:\s+{DUR_ADJ}(?!\w))?)",
            # a bare time dual ("مشت مع أسرتها يومين قبل أن"): a duration too (a date claims "قبل يومين")
            rf"(?P<td0>(?P<td0_dual>{_alt(time_dual)})(?:\s+{DUR_ADJ}(?!\w))?)",
            rf"(?P<post>(?P<post_noun>{POST_NOUN})\s+(?P<post_num>{POSTNUM})(?!\w))",
            # a definite number word before its noun: "ذات الثماني سنوات", "الأربعة الآخرين", "الثلاثة أشهر"
            rf"(?P<pre>ال(?P<pre_num>{UNITS})\s+(?P<pre_noun>(?:ال)?{NOUN})(?!\w))",
            rf"(?P<av>{AV}(?:\s+(?:ال[^\W\d_]{{2,}}|{POD})){{0,3}}\s+"
            rf"(?P<av_n>{THINGS})ا?(?!\w))",
            rf"(?P<dd>{DD}\s+(?P<dd_n>[^\W\d_]{{2,}}(?:تين|تان))(?!\w))",
            rf"(?P<oth>{OTH}\s+(?P<oth_n>{OTH_N})(?!\w))",
            rf"(?P<o1>{_alt(d.get('one_more_verbs') or NONE)}\s+(?P<o1_n>{_alt(d.get('one_more_words') or NONE)})(?!\w))",
            rf"(?P<dual>(?P<dual_def>ال|ل)?(?P<dual_w>{_alt(other_dual)}))",
            # ("استشهد فلسطينيان", a nisba dual of any word, is found apart: see _nisba_duals)
        ]

    # Speed: the alternation is tried at every word start, and most words start none of its alternatives. A
    # lookahead on the first words of all of them (one trie) turns those positions away after a few letters.
    # Every alternative above must have its first words here (tests/test_numbers.py checks that the filter
    # changes nothing on a corpus).
    # The leads are whole phrases, not first words: "في ظرف", "ما يقارب", "على الأقل" are refused at "في", "ما",
    # "على" (the commonest words) by their second word. And "أن" opens a count only before a person ("بأن امرأة").
    def first(words: Any) -> list[str]:
        return [k for k in (_key(w) for w in words) if k]

    people_sing = [w for w, n in sing.items() if n.unit == "people"]
    leads = (first(fractions()) + first(card) + first(mult)
             + first(d["vague_quantifiers"]) + first(d.get("vague_alone", [])) + first(age_ord)
             + first(d.get("people_pronoun_counts") or {}) + first(d["singular_count_triggers"])
             + first(construct)
             + first(time_dual) + ["ال" + w for w in first(time_dual)]
             + first(d.get("active_damage_verbs") or []) + first(d.get("dual_damage_triggers") or [])
             + first(d.get("others_triggers") or []) + first(d.get("one_more_verbs") or []) + first(other_dual) + ["ال" + w for w in first(other_dual)]
             + ["ل" + w for w in first(other_dual)] + ["ال" + w for w, v in card.items() if 3 <= v <= 10])
    # A hedge opens a count only before a numeral ("نحو 120", "أكثر من ألف") or a time dual ("نحو ساعتين"), and a
    # counted noun only before a definite word ("العسكريين العشرة", "أطفاله الستة", "شاحنات الوقود الأربع": post),
    # a vague quantifier ("أشخاص عدة": pv), one or two ("منزل واحد": n2) or a casualty adjective ("شخص مفقود":
    # sa). Hedges (نحو, بين, أكثر من) and nouns (اليوم, مدينة, شخص) are among the commonest words of news: their
    # second word is looked at in the lead, not by every alternative. (A possessive only after a noun.)
    # (the words after are told by their first two letters: the condition is written once per phrase of the trie)
    numeral_start = _alt({w[:2] for w in first(fractions()) + first(card) + first(mult) + time_dual + ["ال" + w for w in time_dual]})
    second = _alt({_key(w)[:2] for w in list(d.get("vague_after") or NONE) + N2_WORDS + list(d.get("casualty_adjectives") or NONE)})
    nouns = first(noun) + first(people_sing)
    LEADS = _lead_trie({
        r"(?!\w)": leads,
        rf"\s+(?:\d|%|{numeral_start})": first(list(qual) + list(ranges)),
        rf"(?:ه[امن]?|نا)?\s+(?:ال|{second})": nouns + ["ال" + w for w in nouns],
    })
    # (two leads of two lists each, as branches beside the trie rather than all their pairs inside it: the
    # regex compiles faster)
    lead_pairs = [rf"(?:ان|بان|كان|كانت)\s+\"?{_alt(people_sing)}(?!\w)",
                  rf"{_alt(d.get('duration_before') or NONE)}\s+(?:ال)?{_alt(time_dual)}(?!\w)"]
    LEAD = r"(?=\d|%|" + "|".join([LEADS] + lead_pairs) + ")"
    regex = re.compile(_one_line(r"(?<!\w)(?:[وفبل](?=\w))?" + LEAD + "(?:" + "|".join(alts(NUMERAL)) + r")(?!\w)"))
    plain = re.compile(_one_line(r"(?<!\w)(?:[وفبل](?=\w))?(?:" + "|".join(alts(NUMERAL.replace(REM + "?", "")))
                                 + r")(?!\w)"))
    preds = re.compile(r"(?<!\w)(?:[وفبل]|ال)?(" + _alt(list(predicate))[3:-1] + r")(?!\w)")
    groups = re.compile(r"(?<!\w)(?:[وفبل])?(" + GROUP[3:-1] + r")(?!\w)")
    openers = re.compile(r"(?<!\w)(?:و)?(" + _alt(d["breakdown_openers"])[3:-1] + r")(?!\w)")
    singular_re = re.compile(r"(?<!\w)و?(" + _alt(list(sing))[3:-1] + r")(?!\w)")
    # a singular joined by و to a count, or an event noun opening a list (an accusative ا allowed: "ومنزلا")
    coord_re = re.compile(r"(?<!\w)(و)?(" + _alt(list(sing))[3:-1] + r")ا?(?!\w)")
    return _Lexicon(
        regex=regex, cardinal=card, multiplier=mult, noun=noun, dual=dual, singular=sing,
        qualifier={**qual, **after_q}, percent=frozenset(_key(w) for w in d["percent"]),
        predicates=preds, predicate=predicate, groups=groups, group=group, openers=openers,
        singular_re=singular_re, not_count_before=frozenset(_key(w) for w in d["not_count_before"]),
        plain=plain, ranges=ranges, verb_qualifier=verb_q,
        pronouns=frozenset(_key(w) for w in d["people_pronouns"]),
        designators=frozenset(_key(w) for w in d.get("number_designators", [])),
        definite_dual_units=frozenset(d.get("definite_dual_units", [])),
        numeral_names=_numeral_names(tuple(d.get("names_with_numerals_from", []))),
        name_reach=2 * max((len(_key(n)) for n in _numeral_name_list(tuple(d.get("names_with_numerals_from", [])))),
                           default=0),
        weak_duals=frozenset(weak), construct_dual=construct, coord_re=coord_re, age_ordinal=age_ord,
        name_starts=frozenset(_key(w) for w in d["name_starts"]),
        vague_alone=re.compile(r"(?<!\w)(?:[وفبل](?=\w))?(?P<vs>" + _alt(d.get("vague_alone") or NONE) + r")(?!\w)"),
    )


def _numeral_names(sources: tuple[str, ...]) -> re.Pattern[str] | None:
    """A regex of the names with a numeral in the outlet table and the gazetteer ("السويداء 24")."""
    keep = _numeral_name_list(sources)
    if not keep:
        return None
    first = sorted({_key(n).split()[0] for n in keep})  # (a lookahead on first words: a fast refusal elsewhere)
    return re.compile(r"(?<!\w)(?:[وفبل](?=\w))?(?=" + _alt(first)[3:-1] + ")" + _alt(keep) + r"(?!\w)")


# A line with an Arabic letter and a digit: a file without one holds no name with a numeral (the names are
# one-line scalars) and need not be parsed.
_NAME_LINE = re.compile(r"^(?=[^\n]*[\u0621-\u064a])(?=[^\n]*\d)", re.M)


@lru_cache(maxsize=4)
def _numeral_name_list(sources: tuple[str, ...]) -> list[str]:
    """The names with a numeral in the outlet table and the gazetteer.

    Those files belong to the entity and outlet extractors; they are only read here, so a name
    added there is no count here either. A name whose word is a common word ("كان 11", the
    Israeli broadcaster) is left out: "كان 11 شخصا" is a count.
    """
    base = DATA.parent
    files: list[Path] = []
    for src in sources:
        f = base / src
        files += sorted(x for x in f.glob("*.yaml") if not x.name.startswith("EXAMPLE")) if f.is_dir() else [f]
    names: list[str] = []

    card = cardinal_words()

    def number_word_name(x: str) -> bool:
        """A name of two words or more, one a number word and one not ("رب ثلاثين", a village)."""
        words = _key(x).split()
        return len(words) >= 2 and any(w in card for w in words) and not all(w in card for w in words)

    def walk(x: Any) -> None:
        if isinstance(x, dict):
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
        elif isinstance(x, str) and re.search(r"[\u0621-\u064a]", x) and (re.search(r"\d", norm(x))
                                                                       or number_word_name(x)):
            names.append(x)

    number_line = re.compile(r"^(?=[^\n]*[\u0621-\u064a])(?=[^\n]*(?<!\w)(?:" + "|".join(
        sorted({re.escape(w) for t in ("units", "teens", "tens", "hundreds") for ws in _data()[t].values()
                for w in ws}, key=len, reverse=True)) + r")(?!\w))", re.M)
    for f in files:
        if f.is_file():
            raw = f.read_text(encoding="utf-8")
            # (most gazetteer files have no such name: not parsed, which is slow)
            if _NAME_LINE.search(raw) or number_line.search(raw):
                walk(load_yaml(raw))
    common = {_key(w) for w in _data().get("not_counted_words", [])}
    return [n for n in names if re.sub(r"[\d\s]+", " ", _key(n)).strip() not in common]


def _in_name(lx: _Lexicon, s: str, i: int, j: int) -> bool:
    """Is the numeral s[i:j] inside a name with a numeral? Searched only around it (a name is at most
    ``name_reach`` long), not over the whole article."""
    if lx.numeral_names is None:
        return False
    lo = max(0, i - lx.name_reach)
    return any(x.start() <= i and j <= x.end() for x in lx.numeral_names.finditer(s, lo, min(len(s), j + lx.name_reach)))


def _one_line(pattern: str) -> str:
    """White space inside a number span never includes a line break: a headline's last word
    and the body's first word are not one number ("تتجاوز نصف مليون\\nقالت")."""
    return pattern.replace(r"\s", r"[^\S\n]")


@lru_cache(maxsize=1)
def fractions() -> dict[str, Decimal]:
    """Normalised fraction word -> value ("نصف" -> 0.5), used only with a multiplier or a number."""
    return {_key(w): Decimal(str(v)) for w, v in (_data().get("fractions") or {}).items()}


_PLACE_UNITS = frozenset({"places", "provinces", "countries"})
_TIME_UNITS = frozenset({"days", "weeks", "months", "years", "decades", "hours", "minutes"})
_COORD = re.compile(r"[^\S\n]+و([^\W\d_]{2,})(?!\w)")
# units counted in whole numbers: a dot before three digits separates thousands ("1.200 مهاجر")
_WHOLE_UNITS = frozenset({"people", "families", "vehicles", "buildings", "places", "aircraft", "ships",
                          "projectiles", "livestock", "strikes"})


# ----------------------------------------------------------------------------- values


def _fmt(x: Decimal) -> str:
    """Decimal as a plain string: 120000, 1.5 (never 1.2E+5)."""
    s = format(x, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


_LEAD_DIGITS = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?")
_DIGITS_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?")
_LETTERS = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=4096)
def parse_cardinal(s: str) -> Decimal | None:
    """Value of a numeral as matched in normalised text: "120 الف" -> 120000, "خمسه وعشرون" -> 25. (Cached: the
    same numerals come again and again.)"""
    lx = lexicon()
    s = s.strip()
    m = _LEAD_DIGITS.match(s)
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
    fr = fractions()
    last_factor = 0
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        # two-word entries ("ثلاث مئه", "احد عشر")
        two = " ".join(tokens[i:i + 2])
        if i + 1 < len(tokens) and (two in lx.cardinal or two in lx.multiplier or two in fr):
            tok, i = two, i + 2
        else:
            i += 1
        if tok not in lx.cardinal and tok not in lx.multiplier and tok not in fr and tok.startswith("و"):
            tok = tok[1:]
        if tok.startswith("ال") and tok[2:] in lx.multiplier and i >= 2 and tokens[i - 2].lstrip("و") in fr:
            continue  # "مليون ونصف المليون": the multiplier the fraction is of, named again
        if tok in fr:
            if last_factor and current == 0:
                total += fr[tok] * last_factor  # "مليون ونصف": half of the multiplier before
            else:
                current += fr[tok]  # "نصف مليون" (the multiplier follows), "خمسة ونصف"
            words_seen = True
            continue
        if tok == "":  # "25 ألفا و 700": a detached و
            continue
        if _DIGITS_TOKEN.fullmatch(tok):  # the remainder of "25 ألفا و700"
            current += Decimal(tok.replace(",", ""))
            words_seen = True
        elif tok in lx.cardinal:
            current += lx.cardinal[tok]
            words_seen = True
        elif tok in lx.multiplier:
            factor, kind = lx.multiplier[tok]
            base = current if current else Decimal(2 if kind == "dual" else 1)
            total += base * factor
            current = Decimal(0)
            last_factor = factor
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


@dataclass(slots=True)
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
    num_i: int | None = None  # the bare numeral (hedge, noun and remainder excluded)
    num_j: int | None = None
    rng: bool = False  # opened by ما بين (a range's lower bound)
    mult: int | None = None  # factor of the numeral's multiplier (ألف = 1000)


_CLAUSE_END = re.compile(r"[.!?\n;]|,\s|\s-\s|\"")


def _clause(s: str, i: int, j: int) -> tuple[int, int]:
    a = lo = max(0, i - 120)
    for m in _CLAUSE_END.finditer(s, lo, i):
        a = m.end()
    m = _CLAUSE_END.search(s, j, min(len(s), j + 120))
    b = m.start() if m else min(len(s), j + 120)
    return a, b


_OWN_COUNT = re.compile(r"\s+\d")


def _predicate(lx: _Lexicon, s: str, i: int, j: int) -> tuple[str, str] | None:
    """The nearest predicate (مقتل, قتلوا, النزوح ...) in the clause around s[i:j]."""
    a, b = _clause(s, i, j)
    best: tuple[float, tuple[str, str]] | None = None
    for m in lx.predicates.finditer(s, a, b):
        if i <= m.start() < j:
            continue  # the counted noun itself
        if m.start() >= j and _OWN_COUNT.match(s, m.end()):
            continue  # "أنقذ 30 مهاجرا وانتشل جثث 4 آخرين": a predicate after the count that has its own count
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

    # in_date: does any date span overlap this one? Spans sorted by start, with the running maximum of their
    # ends: those starting before b are a prefix, and one of them reaches past a iff that prefix's maximum does
    spans = sorted(dates)
    starts = [ds for ds, _ in spans]
    reach: list[int] = []
    for _, de in spans:
        reach.append(max(de, reach[-1]) if reach else de)

    def in_date(i: int, j: int) -> bool:
        a, b = nt.span(i, j)
        k = bisect_left(starts, b)
        return k > 0 and reach[k - 1] > a

    pos = 0
    nds = _nisba_candidates(s)
    k_nd = 0
    while True:
        m = lx.regex.search(s, pos)
        limit = m.start() if m is not None else len(s)
        while k_nd < len(nds) and nds[k_nd][0] < limit:
            # a nisba dual where no alternative of the regex starts (it was the last alternative)
            a, b = nds[k_nd]
            k_nd += 1
            if a < pos:
                continue
            pos = b
            r = _nisba_dual(lx, s, a, b)
            if r is not None and not in_date(r.i, r.j):
                found.append(r)
        if m is None:
            break
        if m.start() < pos:
            continue  # (a nisba dual took the text where this match starts: search again after it)
        if m.group("rem") and not _compound_ok(lx, m):
            m = lx.plain.match(s, m.start()) or m  # "5 و3 جرحى": two numbers, not 5 + 3
        if m.lastgroup == "num" and m.group("numeral") and not m.group("numeral")[:1].isdigit():
            cut = _second_number(lx, m)
            if cut is not None:  # "ما بين ألفين وثلاثة آلاف": two numbers (a range), not 2000 + 3000
                m = lx.plain.match(s, m.start(), cut) or m
        pos = max(m.end(), m.start() + 1)
        r = _interpret(lx, m, s, in_date)
        if r is None:
            elided = _elided(lx, m, s, found) or _one_after(lx, m, s)
            if elided is not None:
                found.append(elided)
                continue
            if m.lastgroup == "vq":
                pos = m.end("vq_w")  # "جميع الصواريخ الـ31": no count of people, but a count starts inside
                vn = _noun_of(lx, m.group("vnoun")) if m.group("vnoun") else None
                vm = lx.vague_alone.match(s, m.start()) if vn is not None and vn.unit in _PLACE_UNITS else None
                r = _interpret(lx, vm, s, in_date) if vm is not None else None
                if r is not None:  # "ونزوح الآلاف من قرى شمال كردفان": from where, not of what: the vague count
                    found.append(r)  # alone, with its predicate
                    pos = max(pos, r.j)
            elif m.lastgroup == "n2":
                pos = m.start("n2_num")  # "وإصابة اثنين آخرين": the number word starts a count of its own
            continue
        if r.num_i is not None and r.noun is None and _in_name(lx, s, r.num_i, r.num_j):
            continue  # "السويداء 24", "واللواء 444 قتال": the numeral is part of a name
        if in_date(r.i, r.j):
            if r.num_i is None or in_date(r.num_i, r.num_j):
                continue
            # "قتل 5 عام 2014": the numeral is a count, the word after it starts a date
            r = replace(r, i=r.num_i, j=r.num_j, noun=None, noun_ar=None, counted=None, group=None,
                        unit=None, qualifier="exact", rng=False)
        found.append(r)
        if m.lastgroup in ("tr", "cs"):
            # "مقتل طفل وامرأة ومسن": singulars joined by و after the trigger are counts of one too
            q = r.j
            while True:
                cm = _COORD.match(s, q)
                if cm is None or _key(cm.group(1)) not in lx.singular:
                    break
                noun = lx.singular[_key(cm.group(1))]
                if (noun.unit == "people") != (r.unit == "people"):
                    break  # "تدمير منزل وسيارة" (things), "مقتل طفل وامرأة" (people): no mixing
                found.append(_M(cm.start(1), cm.end(1), "1", noun.unit, noun, cm.group(1), (cm.start(1), cm.end(1)),
                                None, "exact"))
                q = cm.end(1)
            pos = max(pos, q)
    unit_rx, unit_of, unit_not_after = _single_unit()
    for hm in unit_rx.finditer(s):
        i, j = hm.start("su"), hm.end()
        if _prev_word(s, i) in unit_not_after or in_date(i, j) or any(x.i < j and i < x.j for x in found):
            continue  # "منذ أكثر من عام", "خلال أقل من ساعة": dates
        w = _key(hm.group("u") or hm.group("w"))
        unit = unit_of[w]
        q = lx.qualifier[_key(hm.group("h"))] if hm.group("h") else "exact"
        found.append(_M(i, j, "1.5" if hm.group("half") else "1", unit, lx.noun.get(w.split()[0]), None, None, None, q))
    one_rx, one_unit = _one_of()
    for om in one_rx.finditer(s):
        i, j = om.start("one"), om.end()
        if not in_date(i, j) and not any(x.i < j and i < x.j for x in found):
            head = _key(om.group("head"))
            noun = lx.noun.get(head) if one_unit[head] != "people" else None  # (a person: role from the clause)
            found.append(_M(i, j, "1", one_unit[head], noun, None, None, None, "exact"))
    found = _ranges(s, found)
    found = _coordinated(lx, s, found)
    found = _breakdowns(lx, s, found)
    found.sort(key=lambda x: (x.i, x.j))
    found = _drop_definite_repeats(lx, s, found)
    index_of = {x.i: k for k, x in enumerate(found)}
    out: list[NumberMention] = []
    for x in found:
        a, b = nt.span(x.i, x.j)
        role, counts = _role_counts(lx, s, x, found)
        if role == "injured" and _outbreak(s, x.i, x.j):
            role, counts = None, "cases"  # "حصيلة الإصابات بوباء الكوليرا إلى 9613 حالة": infections, not wounds
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


def _second_number(lx: _Lexicon, m: re.Match[str]) -> int | None:
    """Where a second number starts inside a run of number words: "ألفين وثلاثة آلاف" (a range without digits)
    is 2000 and 3000, because a part after و never has a scale as large as the part before it ("ثلاثة آلاف
    وخمسمائة" is one number); "ستة وسبعة" too, because two parts below twenty never add up ("خمسة وعشرون"
    does: a unit and a ten). Returns the offset of that و, or None."""
    a = m.start("numeral")
    words = [(w.start() + a, _key(w.group())) for w in re.finditer(r"\S+", m.group("numeral"))]
    known = lx.cardinal.keys() | lx.multiplier.keys()

    def scale(w: str) -> int:
        if w not in known and w.startswith("و"):
            w = w[1:]
        if w in lx.multiplier:
            return lx.multiplier[w][0]
        return 100 if lx.cardinal.get(w, 0) >= 100 else 0

    def small(ws: list[tuple[int, str]]) -> bool:  # one part below twenty: a unit or a teen
        key = " ".join(w for _, w in ws)
        key = key if key in lx.cardinal else key[1:]
        return 0 < lx.cardinal.get(key, 0) < 20

    seen = 0
    k = 0
    last_small = False
    while k < len(words):
        e = k + 1
        while e < len(words) and not words[e][1].startswith("و"):
            e += 1  # one part: up to the next word with و
        part = max(scale(w) for _, w in words[k:e])
        if k > 0 and (seen and part >= seen or last_small and small(words[k:e])):
            return words[k][0]
        seen = max(seen, part)
        last_small = small(words[k:e])
        k = e
    return None


def _elided(lx: _Lexicon, m: re.Match[str], s: str, found: list[_M]) -> _M | None:
    """"أربع إصابات بالرصاص الحي وثلاث بالرصاص المطاطي": a short number word after و whose noun is the one of
    the count just before it in the sentence (the noun is left out, a preposition follows)."""
    if m.lastgroup != "num" or m.group("noun") or m.group("hedge") or m.group("pct") or not found:
        return None
    k = m.start("numeral")
    if k == 0 or s[k - 1] != "و" or (k >= 2 and s[k - 2].isalpha()):
        return None
    w = _key(m.group("numeral"))
    if w not in _SHORT() or w not in lx.cardinal:
        return None
    nxt = _next_word(s, m.end("numeral"))
    if not (nxt.startswith("ب") or nxt in ("في", "من", "علي", "جراء")):
        return None
    prev = found[-1]
    if prev.noun is None or prev.value is None or re.search(r"[.!?\n]", s[prev.j:k]) or k - prev.j > 80:
        return None
    return _M(k, m.end("numeral"), str(lx.cardinal[w]), prev.unit, prev.noun, prev.noun_ar, None, None, "exact",
              num_i=k, num_j=m.end("numeral"))


def _one_after(lx: _Lexicon, m: re.Match[str], s: str) -> _M | None:
    """"فقدان ظرف واحد", "بحاجة إلى حليف واحد على الأقل": "واحد" after an indefinite noun that numbers.yaml does
    not know counts one of it. Idioms ("في آن واحد", "دفعة واحدة", "من طرف واحد", data: one_idioms), "واحد من"
    (one of) and a word that cannot be a counted noun are left out."""
    if m.lastgroup != "num" or m.group("noun") or m.group("hedge") or m.group("pct") or (
            "rem" in m.re.groupindex and m.group("rem")):
        return None
    k = m.start("numeral")
    if _key(m.group("numeral")) not in ("واحد", "واحده", "واحدا") or s[k - 1:k] in ("", "و"):
        return None
    prev = _prev_word(s, k)
    w = _key(prev)
    if len(w) < 2 or not _unknown_noun(lx, w) or w in lx.cardinal or _bare(w, _ONE_IDIOMS()) in _ONE_IDIOMS():
        return None
    j = m.end("numeral")
    if _next_word(s, j) in ("من", "منهم", "منها", "منهما"):
        return None  # "واحد من أكبر": one of
    i = s.rfind(prev, 0, k)
    qualifier = "exact"
    am = _AFTER_HEDGE.match(s, j, min(len(s), j + 20))
    if am:
        qualifier, j = lx.qualifier[_key(am.group(1))], am.end()
    return _M(i, j, "1", None, None, prev, (i, i + len(prev)), None, qualifier, num_i=k, num_j=m.end("numeral"))


@lru_cache(maxsize=1)
def _ONE_IDIOMS() -> frozenset[str]:
    return frozenset(_key(w) for w in _data().get("one_idioms", []))


def _sentence_predicate(lx: _Lexicon, s: str, i: int) -> tuple[str, str] | None:
    """The last predicate before ``i`` in its sentence, across commas ("أحرق مستعمرون، فجر اليوم، مركبتين")."""
    lo = max(0, i - 120)
    cut = max(s.rfind(c, lo, i) for c in ".!?\n;")
    last = None
    for pm in lx.predicates.finditer(s, max(lo, cut + 1), i):
        last = pm
    return lx.predicate[_key(last.group(1))] if last else None


def _coordinated(lx: _Lexicon, s: str, found: list[_M]) -> list[_M]:
    """A singular noun joined by و to a count is a count of one: "مقتل مريضتين وطفلين ومرافق", "أحرقوا مركبتين
    ومنزلا", "3 قتلى وجريح"; and an event noun before a count, as in a headline: "شهيد وعشرات الإصابات".
    Only people after people told killed, hurt, held ... and things after things destroyed."""
    out = sorted(found, key=lambda x: x.i)
    for cm in _coord_candidates(lx, s, out):
        a, b = cm.start(2), cm.end(0)
        if any(x.i < b and a < x.j for x in out):
            continue
        noun = lx.singular[_key(cm.group(2))]
        people = noun.unit == "people"
        if cm.group(1):  # "... ومرافق": after a count
            prev = next((x for x in reversed(out) if x.j <= cm.start()), None)
            if prev is None or prev.value is None or prev.noun is None or not re.fullmatch(r"[^\S\n]+", s[prev.j:cm.start()]):
                continue
            if (prev.unit == "people") != people:
                continue
            role = prev.noun.role if prev.noun.event else None
            if role is None:
                pred = _predicate(lx, s, prev.i, prev.j) or _sentence_predicate(lx, s, prev.i)
                role = pred[0] if pred else None
            if (people and role not in _PEOPLE_ROLES) or (not people and role != "destroyed"):
                continue
        else:  # "شهيد وعشرات": an event noun before a count
            nxt = next((x for x in out if x.i >= b), None)
            if not (noun.event and people and nxt is not None and nxt.unit == "people"
                    and re.fullmatch(r"[^\S\n]+و?", s[b:nxt.i + (1 if s[nxt.i:nxt.i + 1] == "و" else 0)])):
                continue
            if _prev_word(s, a) and not re.search(r"(?:^|[\n.:,\-])[^\S\n]*$", s[max(0, a - 3):a]):
                continue  # only at the start of a line or a clause ("طفل شهيد" is an adjective)
        out.append(_M(a, b, "1", noun.unit, noun, cm.group(2), (a, b), None, "exact"))
        out.sort(key=lambda x: x.i)
    return out


_GAP = re.compile(r"[^\S\n]+")
_WORD_END = re.compile(r"\w+\Z")


def _coord_candidates(lx: _Lexicon, s: str, out: list[_M]) -> Iterator[re.Match[str]]:
    """The matches of ``coord_re`` that _coordinated can keep, in text order: only a word right after a count
    (white space between: "... ومرافق") or right before one ("شهيد وعشرات") can pass, so only those words are
    tried, not every word of the article. A kept word is a count too: the word after it is tried next
    ("مريضتين وطفلين ومرافق"). ``out`` is the caller's list, read as it grows."""
    if any(" " in w for w in lx.singular):  # (a singular of two words could start a word earlier: scan all)
        yield from lx.coord_re.finditer(s)
        return
    heap: list[int] = []

    def after(j: int) -> None:
        g = _GAP.match(s, j)
        if g:
            heappush(heap, g.end())

    for x in out:
        after(x.j)
        k = x.i + (1 if s[x.i:x.i + 1] == "و" else 0)
        if s[k - 1:k] == "و":
            k -= 1
        e = k
        while e > 0 and s[e - 1] != "\n" and s[e - 1].isspace():
            e -= 1
        if e < k:
            w = _WORD_END.search(s, max(0, e - 60), e)
            if w:
                heappush(heap, w.start())
    last = -1
    while heap:
        p = heappop(heap)
        if p <= last:
            continue
        cm = lx.coord_re.match(s, p)
        if cm is None:
            continue
        last = cm.end()
        n = len(out)
        yield cm
        if len(out) > n:
            after(cm.end())


def _compound_ok(lx: _Lexicon, m: re.Match[str]) -> bool:
    """"25 ألفا و700" is one number only when the part before و ends in a larger multiplier."""
    base = m.string[m.start("numeral"):m.start("rem")]
    last = _key(base).split()[-1] if base.split() else ""
    factor = lx.multiplier.get(last, (None, ""))[0]
    parts = re.split(r"\s+و\s*", _key(m.group("rem")).strip().lstrip("و").strip())
    if len(parts) > 1:  # "و438 ألفا و954": the first remainder must end in a multiplier above the second
        first = parts[0].split()
        inner = lx.multiplier.get(first[-1], (None, ""))[0] if len(first) > 1 else None
        last2 = parse_cardinal(parts[-1])
        if inner is None or last2 is None or not 0 < last2 < inner:
            return False
    rem = parse_cardinal(" و".join(parts))
    return factor is not None and rem is not None and 0 < rem < factor


_FOUR_DIGITS = re.compile(r"\d{4}")
_DOT_THOUSANDS = re.compile(r"\d{1,3}\.\d{3}")
_AFTER_HEDGE = re.compile(_one_line(r"\s+(" + _alt(_data()["hedges_after_bare_count"]) + r")(?!\w)"))
_ARABIC_WORD = re.compile(r"[^\S\n]+([\u0621-\u064a]{2,})(?!\w)")


def _interpret(lx: _Lexicon, m: re.Match[str], s: str, in_date: Any = None) -> _M | None:
    g = m.group
    kind = m.lastgroup
    if kind == "num":
        i, j = m.start("num"), m.end("num")
        k = m.start("numeral")
        if k >= 2 and s[k - 1] == "-" and s[k - 2].isalpha():
            return None  # "كوفيد-19", "إف-16", "إس-400": a model or disease name
        prev = _prev_word(s, m.start("numeral"))
        if _bare(prev, lx.not_count_before) in lx.not_count_before and not (
                g("noun") and not g("numeral")[:1].isdigit()):
            return None  # "واللواء 444", "بالفرقة 25": a unit or document number ("الرحلة ثلاثة أيام": a count)
        value = parse_cardinal(g("numeral"))
        if value is None:
            return None
        numeral = g("numeral")
        noun = _noun_of(lx, g("noun")) if g("noun") else None
        if noun is None and not g("pct") and not g("hedge") and (
                _designated(lx, s, m.start("numeral")) or _quoted_name(s, m.start("numeral"), m.end("numeral"))
                and not _verb_qualifier(lx, s, m.start("numeral"))):  # ('"يتجاوز 50"' is a quoted count)
            return None  # "قرار مجلس الأمن 2216", «444», "تقاطع "كي 4"": a name or number of a thing
        if g("pct") or g("pct0"):
            unit = "percent"
        else:
            unit = noun.unit if noun else None
        is_digits = numeral[:1].isdigit()
        if (noun is None and not g("pct") and (not g("hedge") or _key(g("hedge")) in lx.ranges) and is_digits and _FOUR_DIGITS.fullmatch(numeral)
                and 1900 <= int(numeral) <= 2100):
            return None  # a bare year-like number: a date, not a count
        if noun is None and not g("pct") and not is_digits and value == 1:
            return None  # "في آن واحد"
        if noun is None and not g("pct") and not is_digits and not g("hedge") and _key(numeral) in _SHORT() \
                and not _plural_after(lx, s, j):
            return None  # ست/سبع/خمس alone are also ordinary words (not before a plural: "ست حالات", "أربع قضايا")
        if not is_digits and _key(numeral) in ("عشر", "عشره") and _bare(_key(prev), _TEEN_HEADS()) in _TEEN_HEADS():
            return None  # "الجلسة الثانية عشرة": the end of an ordinal, not ten
        if unit == "minutes" and _CLOCK().search(s, max(0, k - 40), k):
            return None  # "الساعة الواحدة و20 دقيقة": the minutes of a clock time
        hedge = _key(g("hedge")) if g("hedge") else ""
        rng = hedge in lx.ranges
        if rng and not re.match(r"\s+و\s*[\d\w]", s[m.end("numeral"):m.end("numeral") + 4]):
            i, rng, hedge = m.start("numeral"), False, ""  # "بين 5 قتلى" is no range
        qualifier = "approx" if rng else (lx.qualifier[hedge] if hedge else "exact")
        if not hedge:
            qualifier = _verb_qualifier(lx, s, m.start("numeral")) or qualifier
        if g("after"):
            qualifier = lx.qualifier[_key(g("after"))]
        counted = (m.start("noun"), m.end("grp") if g("grp") else m.end("noun")) if g("noun") else None
        if counted is None and not g("pct") and not g("after"):
            nm = _ARABIC_WORD.match(s, j, min(len(s), j + 30))
            w = nm.group(1) if nm else ""
            if nm and w in lx.pronouns:  # "9 منهم على الأقل"
                j, unit = nm.end(1), "people"
            elif nm and (_unknown_noun(lx, w) or w in _PLURALS_AFTER_SHORT()) \
                    and not (in_date and in_date(nm.start(1), nm.end(1))):
                counted = (nm.start(1), nm.end(1))  # an unknown counted noun ("19 مجزرة"): in the span
                j = nm.end(1)
            am = _AFTER_HEDGE.match(s, j, min(len(s), j + 20))
            if am:
                qualifier, j = lx.qualifier[_key(am.group(1))], am.end()
        if g("pct"):
            pm = re.match(r"[^\S\n]+(من[^\S\n]+[^\W\d_]+)", s[j:j + 40])
            counted = (j + pm.start(1), j + pm.end(1)) if pm else None
        mult = None
        last = _key(g("numeral")).split()[-1]
        if last in lx.multiplier and not ("rem" in m.re.groupindex and g("rem")):  # the plain regex has no rem
            mult = lx.multiplier[last][0]
        if mult is None and unit in _WHOLE_UNITS and _DOT_THOUSANDS.fullmatch(numeral):
            value = value * 1000  # "1.200 مهاجر": a dot between thousands (Maghrebi/European usage), not 1.2
        return _M(i, j, _fmt(value), unit, noun, g("noun"), counted, g("grp"), qualifier,
                  num_i=m.start("numeral"), num_j=m.end("numeral"), rng=rng, mult=mult)
    if kind == "pv":
        # "قتل أشخاص عدة", "أصيب مدنيون كثر": a vague quantifier after a plural of people
        i, j = m.start("pv"), m.end("pv")
        noun = lx.noun[_key(g("pv_n"))]
        return _M(i, j, None, "people", noun, g("pv_n"), (i, m.end("pv_n")), None, "vague")
    if kind == "age":
        # "طفل في العاشرة من عمره", "في الخامسة والعشرين من العمر": an age in years
        i, j = m.start("age"), m.end("age")
        words = _key(g("age_n")).split()
        value = lx.age_ordinal[" ".join(words[:2])] if " ".join(words[:2]) in lx.age_ordinal else lx.age_ordinal[words[0]]
        if len(words) > 1 and words[-1].startswith("وال"):
            value += lx.cardinal.get(words[-1][3:], 0)
        return _M(i, j, str(value), "years", _YEARS(), None, None, None, "exact")
    if kind == "vs":
        i, j = m.start("vs"), m.end("vs")
        pred = _predicate(lx, s, i, j)
        if pred is None or pred[0] not in _PEOPLE_ROLES:
            crowd = _crowd_verbs()
            if _bare(_key(_prev_word(s, m.start())), crowd) not in crowd and _bare(_next_word(s, j), crowd) not in crowd:
                return None  # "بلغت الخسائر الملايين": no people; "شيع المئات", "الآلاف تظاهروا": a crowd is
            return _M(i, j, None, "people", None, None, None, None, "vague")
        return _M(i, j, None, "people", None, None, None, None, "vague")
    if kind == "cs":
        # "أفاد المستشفى بأن امرأة وطفلا أصيبا بشظايا": a person opening a reported clause with a casualty
        i, j = m.start("cs_n"), m.end("cs_n")
        pred = _predicate(lx, s, i, j)
        if pred is None or pred[0] not in _PEOPLE_ROLES:
            return None
        noun = lx.singular[_key(g("cs_n"))]
        return _M(i, j, "1", noun.unit, noun, g("cs_n"), (i, j), None, "exact")
    if kind == "pp":
        v = _people_pronoun_counts().get(_key(g("pp")))
        return _M(m.start("pp"), m.end("pp"), None if v is None else str(v), "people", None, None, None, None,
                  "vague" if v is None else "exact")
    if kind == "td":
        # "خلال الشهرين المقبلين": a definite time dual after a duration word counts too (held-out gold);
        # "ليومين إضافيين": a dual after the proclitic ل is a duration, its adjective in the span
        i, j = m.start("td_h") if g("td_h") else (m.start("td_def") if g("td_def") else m.start("td_dual")), m.end("td")
        noun = lx.dual[_key(g("td_dual"))]
        qualifier = lx.qualifier[_key(g("td_h"))] if g("td_h") else "exact"
        return _M(i, j, "2", noun.unit, noun, g("td_dual"), (m.start("td_dual"), j), None, qualifier)
    if kind == "td0":
        i, j = m.start("td0"), m.end("td0")
        noun = lx.dual[_key(g("td0_dual"))]
        return _M(i, j, "2", noun.unit, noun, g("td0_dual"), (i, m.end("td0_dual")), None, "exact")
    if kind == "vq":
        i, j = m.start("vq"), m.end("vq")
        if g("vnis"):
            stem = _key(g("vnis"))[2:]
            if stem in lx.multiplier:
                return None  # "عشرات الملايين" is an amount, not people
            if stem[:1] == "م" and not stem.endswith(("يين", "يون")) and stem[2:3] == "ا":
                return None  # "جميع الميادين", "القوانين": a broken plural of things (مفاعيل), not the participle
                # plural of people ("عدد من المنتخبين", "المعتصمين")
            return _M(i, j, None, "people", None, None, (m.start("vnis"), j), None, "vague")  # "آلاف الأردنيين"
        if g("vpron"):
            return _M(i, j, None, "people", None, None, None, None, "vague")
        noun = _noun_of(lx, g("vnoun"))
        if noun is None or noun.unit not in ("people", "families"):
            return None  # vague quantities only for people and families (gold convention)
        if g("vnoun2") and (_noun_of(lx, g("vnoun2")) or noun).unit == "people":
            j = m.end("vnoun2")  # "آلاف القتلى والمفقودين"
        return _M(i, j, None, noun.unit, noun, g("vnoun"), (m.start("vnoun"), m.end("vgrp") if g("vgrp") else m.end("vnoun")),
                  g("vgrp"), "vague")
    if kind == "n2":
        i, j = m.start("n2"), m.end("n2")
        if _key(g("n2_noun")) in lx.predicate:
            return None  # "وإصابة اثنين آخرين": a casualty noun before the number is no counted noun
        noun = _noun_of(lx, g("n2_noun"))
        v = "1" if _key(g("n2_num")).startswith("واحد") else "2"
        if v == "1" and _bare(_key(s[m.start():m.end("n2_noun")]), _ONE_IDIOMS()) in _ONE_IDIOMS():
            return None  # "بصوت واحد" (unanimously), "في يوم واحد" stays a count
        return _M(i, j, v, noun.unit if noun else None, noun, g("n2_noun"), (i, m.end("n2_noun")), None, "exact")
    if kind == "tr":
        i, j = m.start("sing"), m.end("sing")
        noun = lx.singular[_key(g("sing"))]
        if noun.unit != "people" and (re.match(r"[^\S\n]+ال", s[j:j + 4]) or _next_word(s, j) in lx.name_starts):
            return None  # "تدمير سد مأرب"-like construct "تدمير مبنى البلدية": a named thing, not a count
        if noun.unit != "people" and _key(g("tr_w")) in _people_verbs():
            return None  # "وأصيبت محطة دنيبرو": a casualty verb counts people only
        return _M(i, j, "1", noun.unit, noun, g("sing"), (i, j), None, "exact")
    if kind == "dual":
        i, j = m.start("dual"), m.end("dual")
        noun = lx.dual[_key(g("dual_w"))]
        if g("dual_def") and noun.unit not in lx.definite_dual_units:
            return None  # "حل الدولتين": a definite dual of things is a reference, not a count
        prev = _key(_prev_word(s, i))
        if prev in lx.dual or prev in lx.cardinal or prev[:1] in "وفبل" and prev[1:] in lx.cardinal:
            return None  # "طائرتين مسيرتين" (an adjective in agreement), "اثنان آخران": counted already
        if _key(g("dual_w")) in lx.weak_duals:
            # "وفاة عاملين آسيويين" (two), not "العاملين في الإغاثة" nor "عاملين في المستشفى" (plurals)
            if g("dual_def") or _next_word(s, j) in ("في", "من", "لدي", "ب"):
                return None
            pred = _predicate(lx, s, i, j)
            if pred is None or pred[0] not in _PEOPLE_ROLES:
                return None
        return _M(i, j, "2", noun.unit, noun, g("dual_w"), (i, j), None, "exact")
    if kind == "cd":
        # "عمليتي اغتيال", "جثتي طفلين": a feminine dual in construct with an indefinite noun counts two
        i, j = m.start("cd"), m.end("cd")
        gen = _key(g("cd_g"))
        if gen in _NOT_COUNTED() or gen in lx.cardinal or gen.startswith(("بال", "لل", "وال", "فال", "كال")) or \
                gen[:1] in "وف" and gen != "وقود":
            return None  # "سيارتي وبيتي", "سيارتي بالقرب": "my car", not a construct
        line = s.rfind("\n", 0, i) + 1
        if s.count('"', line, i) % 2 == 1 or gen.endswith("ت") or gen[:1] in "يت" and len(gen) >= 4:
            return None  # '"وسيارتي راحت مع السيل"': in direct speech, or before a verb, "-تي" is "my"
        noun = lx.construct_dual[_key(g("cd_w"))]
        return _M(i, j, "2", noun.unit, noun, g("cd_w"), (i, j), None, "exact")
    if kind == "sa":
        # "البحث جار عن شخص مفقود", "نقل رجل مصاب": one person with a casualty adjective (not "كل شخص مصاب")
        i, j = m.start("sa"), m.end("sa")
        if _key(_prev_word(s, i)) in ("كل", "لكل", "أي", "اي", "لاي", "باي"):
            return None
        noun = lx.singular[_key(g("sa_n"))]
        return _M(i, j, "1", noun.unit, noun, g("sa_n"), (i, j), None, "exact")
    if kind == "pre":
        # "الأربعة الآخرين", "ابنتها ذات الثماني سنوات": a definite number word, then the noun it counts
        i, j = m.start("pre"), m.end("pre")
        noun = _noun_of(lx, g("pre_noun"))
        if noun is None:
            return None
        return _M(i, j, str(lx.cardinal[_key(g("pre_num"))]), noun.unit, noun, g("pre_noun"), (m.start("pre_noun"), j),
                  None, "exact")
    if kind == "post":
        i, j = m.start("post"), m.end("post")
        if g("post_noun") == (g("post_noun").split() or [""])[0] and not g("post_noun").startswith("ال") and \
                _noun_of(lx, g("post_noun")) is not None and _key(g("post_noun")) in lx.noun:
            return None  # an indefinite noun before a definite number word is no phrase
        noun = _noun_of(lx, g("post_noun").split()[0])
        words = [w[3:] if w.startswith("وال") else w[2:] if w.startswith("ال") else w for w in _key(g("post_num")).split()]
        teen = lx.cardinal.get(" ".join(words)) if len(words) == 2 and words[1].startswith("عشر") else None
        value = Decimal(teen) if teen else parse_cardinal(" و".join(words).strip())
        if noun is None or value is None:
            return None
        return _M(i, j, _fmt(value), noun.unit, noun, g("post_noun"), (i, m.end("post_noun")), None, "exact")
    if kind == "av":
        # "أسقطت طائرة حربية", "دمر القصف مدرسة": one thing destroyed (a construct names it: "دمر مبنى البلدية")
        i, j = m.start("av_n"), m.end("av")
        if re.match(r"[^\S\n]+ال", s[j:j + 4]):
            return None
        noun = lx.singular[_key(g("av_n"))]
        if noun.unit in ("aircraft", "projectiles") and not _key(m.group("av")).lstrip("وف").startswith("اسقط"):
            return None  # "وقصفت طائرة مسيرة سيارة": the aircraft is the subject, not a thing destroyed
        return _M(i, j, "1", noun.unit, noun, g("av_n"), (i, j), None, "exact")
    if kind == "dd":
        # "تدمير مضافتين": a feminine dual after a damage noun counts two things, known or not
        i, j = m.start("dd_n"), m.end("dd_n")
        noun = lx.dual.get(_key(g("dd_n")))
        return _M(i, j, "2", noun.unit if noun else None, noun, g("dd_n"), (i, j), None, "exact")
    if kind == "o1":
        # "قتل مدنيان وأصيب ثالث", "استشهد شاب وأصيب آخر": one more person, after a casualty verb
        i, j = m.start("o1_n"), m.end("o1_n")
        if _next_word(s, j) and _noun_of(lx, _next_word(s, j)) is not None:
            return None  # "أصيب آخر مدني": a noun follows, this is an adjective
        return _M(i, j, "1", "people", None, None, None, None, "exact")
    if kind == "oth":
        # "مقتل خمسة مهربين وإصابة آخرين": others hurt, killed or held are a vague count of people
        i, j = m.start("oth_n"), m.end("oth_n")
        return _M(i, j, None, "people", None, None, None, None, "vague")
    return None


_ND_END = re.compile(r"يت?ان(?!\w)")
_ND_WORD = re.compile(r"(?!ال)[^\W\d_]{3,}ي(?:ان|تان)")


def _nisba_candidates(s: str) -> list[tuple[int, int]]:
    """Words that may be a nisba dual ("فلسطينيان", "وسوريتان"): a word ending in -يان/-يتان whose stem, with or
    without a proclitic و/ف/ب/ل, has three letters or more and no article. Found from their ending (a fast
    search) rather than by trying every word."""
    out = []
    for e in _ND_END.finditer(s):
        b = e.end()
        a = e.start()
        while a > 0 and (s[a - 1].isalnum() or s[a - 1] == "_"):
            a -= 1
        w = s[a:b]
        if (w[:1] in "وفبل" and len(w) > 1 and _ND_WORD.fullmatch(w, 1)) or _ND_WORD.fullmatch(w):
            out.append((a, b))
    return out


def _nisba_dual(lx: _Lexicon, s: str, i: int, j: int) -> _M | None:
    """"استشهد فلسطينيان", "أصيبت سوريتان": an unknown nisba dual counts two people where a casualty is told."""
    prev = _key(_prev_word(s, i))
    if prev in lx.dual:
        return None  # ("شابان فلسطينيان": the adjective of a counted dual)
    if lx.openers.fullmatch(prev):
        return _M(i, j, "2", "people", None, None, (i, j), None, "exact")  # "18 وفاة، ضمنها أجنبيان": a breakdown
    pred = _predicate(lx, s, i, j)
    if pred is None or pred[0] not in _PEOPLE_ROLES:
        return None
    return _M(i, j, "2", "people", None, None, (i, j), None, "exact")


_DEFINITE_COUNT = re.compile(r"(?<!\w)ال\w+\s+ال(\w+)$")


def _drop_definite_repeats(lx: _Lexicon, s: str, found: list[_M]) -> list[_M]:
    """A definite noun with a definite number word after it names again a group counted before ("قتل ثلاثة شبان
    ... وفارق الشبان الثلاثة الحياة", "الضحايا الثلاثة", "الموظفين السبعة"): no new count when an earlier mention
    of the article has that value. Said first ("المهاجمين الثلاثة" in a headline), it is the count. People only: the
    newer sets (13-21) leave such repeats of people out 9 times against 2 (sets 4 and 8, older, marked theirs);
    "الولايات العشر", "شاحنات الوقود الأربع" (places, things) all sets mark."""
    seen: set[str] = set()
    out: list[_M] = []
    for x in found:
        dm = _DEFINITE_COUNT.search(s, x.i, x.j)
        if not (dm and dm.end() == x.j and dm.group(1) in lx.cardinal and x.value in seen and x.unit == "people"):
            out.append(x)
        if x.value:
            seen.add(x.value)
    return out


def _unknown_noun(lx: _Lexicon, w: str) -> bool:
    """Could ``w`` (normalised, right after a numeral) be the counted noun? Counted nouns are
    indefinite and are not verbs, particles or predicates ("قتل 3 وأصيب 5", "12 قتلوا")."""
    if w in _NOT_COUNTED() or w in lx.predicate or w[1:] in lx.predicate:
        return False
    if w.startswith(("ال", "و", "ف")) or w.endswith("وا"):
        return False
    if w[0] in "يت" and w.endswith(("ون", "ان")) and len(w) >= 5:
        return False  # يفرون، تقول... imperfect verbs
    return True


def _verb_qualifier(lx: _Lexicon, s: str, i: int) -> str | None:
    """A hedging verb right before the numeral: "تجاوز 1400 قتيل" -> more than."""
    w1 = _prev_word(s, i)
    if not w1:
        return None
    k = s.rfind(w1, 0, i)
    w2 = _prev_word(s, k) if k > 0 else ""
    for cand in (f"{w2} {w1}", w1):
        for c in (cand, cand[1:] if cand[:1] in "وفل" else None):
            if c and c in lx.verb_qualifier:
                return lx.verb_qualifier[c]
    return None


_FROM = re.compile(r"(?<!\w)من\s+$")


def _ranges(s: str, found: list[_M]) -> list[_M]:
    """"ما بين 18 و20 ألفا": the lower bound takes the upper's multiplier; both are approx.

    "من 3 إلى 5 آلاف نازح": the lower bound takes the multiplier and the noun too, but keeps its qualifier: "من
    ... إلى" is also a change ("ارتفعت الحصيلة من 20 إلى 35 قتيلا"), whose figures are exact."""
    out = list(found)
    for k, x in enumerate(out):
        if not x.rng and not (_FROM.search(s, max(0, x.i - 8), x.i) and x.value is not None):
            continue
        nxt = next((y for y in out if y.i >= x.j), None)
        if nxt is None or not re.fullmatch(r"\s+و\s*" if x.rng else r"\s+(?:الي|حتي)\s+", s[x.j:nxt.i]):
            continue  # ("من 10 إلى 15 قتيلا": a range opened by من and closed by إلى)
        k2 = out.index(nxt)
        value = x.value
        if x.mult is None and nxt.mult and x.value is not None:
            value = _fmt(Decimal(x.value) * nxt.mult)
        out[k] = replace(x, value=value, unit=x.unit or nxt.unit, noun=x.noun or nxt.noun,
                         noun_ar=x.noun_ar or nxt.noun_ar, qualifier="approx" if x.rng else x.qualifier)
        if x.rng:
            out[k2] = replace(nxt, qualifier="approx")
    return out


@lru_cache(maxsize=1)
def _people_verbs() -> frozenset[str]:
    return frozenset(_key(w) for w in _data().get("singular_count_verbs", []))


@lru_cache(maxsize=1)
def _TEEN_HEADS() -> frozenset[str]:
    return frozenset(_key(w) for w in _data().get("teen_ordinal_heads", []))


@lru_cache(maxsize=1)
def _CLOCK() -> re.Pattern[str]:
    """The hour of a clock time right before a numeral: "الساعة الواحدة و", "الساعة 10 و" (a one-line search)."""
    words = _data().get("clock_words") or ["\u0000"]
    return re.compile(_one_line(r"(?<!\w)[وفبل]?(?:ال)?" + _alt([_key(w).removeprefix("ال") for w in words])
                                + r"(?:\s+(?:\d{1,2}|[^\W\d_]+)){1,2}\s+و\s*$"))


@lru_cache(maxsize=1)
def _people_pronoun_counts() -> dict[str, int | None]:
    return {_key(w): v for w, v in (_data().get("people_pronoun_counts") or {}).items()}


@lru_cache(maxsize=1)
def _YEARS() -> _Noun:
    return lexicon().noun[_key("عاما")]


@lru_cache(maxsize=1)
def _crowd_verbs() -> frozenset[str]:
    return frozenset(_key(w) for w in _data().get("crowd_verbs", []))


@lru_cache(maxsize=1)
def _NOT_COUNTED() -> frozenset[str]:
    return frozenset(_key(w) for w in _data().get("not_counted_words", []))


def _plural_after(lx: _Lexicon, s: str, j: int) -> bool:
    """Is the word at ``j`` an indefinite plural that numbers.yaml does not know, so that a short number word
    before it counts it ("ست حالات حرجة", "أربع قضايا", "ثماني طبقات", "تسع فرق إطفاء")? A sound feminine plural
    (-ات) or a broken plural of numbers.yaml's plurals_after_short."""
    nm = _ARABIC_WORD.match(s, j, min(len(s), j + 30))
    if nm is None:
        return False
    w = nm.group(1)
    return w in _PLURALS_AFTER_SHORT() or w.endswith("ات") and len(w) > 3 and _unknown_noun(lx, w)


@lru_cache(maxsize=1)
def _single_unit() -> tuple[re.Pattern[str], dict[str, str], frozenset[str]]:
    """"بعد أكثر من عام", "نحو ساعة ونصف", "سنة كاملة": one unit of time, hedged or whole (numbers.yaml
    hedged_single_units, whole_single_units); word -> unit; the words before it that make it a date."""
    d = _data()
    hedged = {_key(w): u for w, u in (d.get("hedged_single_units") or {}).items()}
    whole = {_key(w): u for w, u in (d.get("whole_single_units") or {}).items()}
    hedges = [w for ws in d["qualifiers_before"].values() for w in ws if not w.startswith(("لا", "ما لا", "علي"))]
    rx = re.compile(r"(?<!\w)(?P<su>(?P<h>" + _alt(hedges) + r")\s+(?P<u>" + _alt(list(hedged) or ["\u0000"])
                    + r")(?P<half>\s+ونصف)?|(?P<w>" + _alt(list(whole) or ["\u0000"]) + r"))(?!\w)")
    return rx, {**hedged, **whole}, frozenset(_key(w) for w in d.get("hedged_single_not_after", []))


@lru_cache(maxsize=1)
def _one_of() -> tuple[re.Pattern[str], dict[str, str]]:
    """"أحد عناصر", "إحدى مركبات الإسعاف": one of a force's members or vehicles (numbers.yaml one_of_heads),
    with the definite word after it ("أحد أفراد الشرطة"); head -> unit."""
    heads = {_key(w): unit for unit, ws in (_data().get("one_of_heads") or {}).items() for w in ws}
    rx = re.compile(r"(?<!\w)[وفب]?(?P<one>(?:احد|احدي)\s+(?P<head>" + _alt(list(heads) or ["\u0000"])
                    + r")(?:\s+ال\w+)?)(?!\w)")
    return rx, heads


@lru_cache(maxsize=1)
def role_nouns() -> dict[str, frozenset[str]]:
    """numbers.yaml's counted nouns that carry a role, by role (قتيل, وفاة -> killed; مصاب -> injured ...), normalised:
    a count whose own noun says what happened to it (the digest's Arabic key facts add no label then)."""
    out: dict[str, set[str]] = {}
    for e in _data()["nouns"]:
        if e.get("role"):
            out.setdefault(e["role"], set()).update(_key(w) for w in [*e["forms"], *(e.get("duals") or [])])
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _PLURALS_AFTER_SHORT() -> frozenset[str]:
    return frozenset(_key(w) for w in _data().get("plurals_after_short", []))


@lru_cache(maxsize=1)
def _SHORT() -> frozenset[str]:
    return frozenset(_key(w) for w in _data().get("bare_needs_noun", []))


def _bare(w: str, known: frozenset[str]) -> str:
    """``w`` without a one- or two-letter proclitic (و ف ب ل ك) when the rest is a known word."""
    if w in known:
        return w
    if len(w) >= 3 and w[0] in "وفبلك":
        if w[1:] in known:
            return w[1:]
        if len(w) >= 4 and w[1] in "وفبلك" and w[2:] in known:
            return w[2:]
    if w.startswith("لل") and "ال" + w[2:] in known:
        return "ال" + w[2:]  # "للقرار" = ل + القرار
    return w


def _designated(lx: _Lexicon, s: str, i: int) -> bool:
    """A document word (قرار, مرسوم, قانون) up to four words before a bare numeral on the same line."""
    lo = max(0, s.rfind("\n", 0, i) + 1, i - 60)
    words = _LETTERS.findall(s, lo, i)[-4:]
    return any(_bare(w, lx.designators) in lx.designators for w in words)


_QUOTES = "\"«»“”„'"


def _quoted_name(s: str, i: int, j: int) -> bool:
    """A numeral inside a short quotation ("«444»", "تقاطع "كي 4"") names something: at most three
    words between the quote marks, on one line."""
    a = max((s.rfind(q, max(0, i - 20), i) for q in _QUOTES), default=-1)
    if a < 0:
        return False
    ends = [k for k in (s.find(q, j, j + 20) for q in _QUOTES) if k >= 0]
    if not ends:
        return False
    b = min(ends)
    inner = s[a + 1:b]
    line = s.rfind("\n", 0, a) + 1
    if sum(s.count(q, line, a) for q in _QUOTES) % 2 == 1:
        return False  # the quote before is a closing one: 'نعى «حزب الله» أربعة منهم بوصفهم «...»'
    return "\n" not in inner and not any(q in inner for q in _QUOTES) and len(inner.split()) <= 3


_NEXT_WORD = re.compile(r"[^\S\n]+([^\W\d_]+)")


def _next_word(s: str, j: int) -> str:
    m = _NEXT_WORD.match(s, j)
    return m.group(1) if m else ""


def _prev_word(s: str, i: int) -> str:
    k = i
    while k > 0 and s[k - 1] in " \t\u00a0":
        k -= 1
    e = k
    while k > 0 and s[k - 1].isalpha():
        k -= 1
    return s[k:e]


_SENTENCE_END = re.compile(r"[.!?\n]")


@lru_cache(maxsize=1)
def _DISEASE() -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + _alt(_data().get("disease_words", []))[3:-1] + r")(?!\w)")


def _outbreak(s: str, i: int, j: int) -> bool:
    """Does the sentence of the count at i..j tell of an outbreak of a disease (numbers.yaml disease_words)?"""
    a = max((m.end() for m in _SENTENCE_END.finditer(s, max(0, i - 300), i)), default=max(0, i - 300))
    e = _SENTENCE_END.search(s, j)
    return _DISEASE().search(s, a, e.start() if e else len(s)) is not None
_SEG_END = re.compile(r"[-)–.\n;]|,(?=\s)")
_SEG_GOES_ON = re.compile(r"[^\S\n]+(?:و(?=[^\W\d_])|اضافه\s+الي|فضلا\s+عن|علاوه\s+علي)")


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
        for y in reversed(found):  # (the last one that qualifies)
            if y.j <= p and y.parent is None and y.value is not None and y.unit in ("people", None) \
                    and _SENTENCE_END.search(s, y.j, p) is None:
                main = y
                break
        named = " " in _key(m.group(1))  # "من بين القتلى": the opener names the set itself
        if main is None and not named:
            continue
        lim = min(len(s), q + 160)
        e = _SEG_END.search(s, q, lim)
        while e is not None and e.group() == "," and _SEG_GOES_ON.match(s, e.end()):
            e = _SEG_END.search(s, e.end(), lim)  # "بينهم طفلان هما أميرة وحسن، وامرأة، إضافة إلى مستشار"
        seg_end = e.start() if e else min(len(s), q + 100)
        taken = [(y.i, y.j) for y in out]
        for k, y in enumerate(out):
            if main is not None and q <= y.i < seg_end and y.parent is None and y is not main and \
                    y.unit not in _ROLELESS_UNITS():
                # (not a time or a measure: "بينهم 37 شهيدا خلال الساعات الـ24 الماضية", "بينهم طفل في الخامسة من عمره")
                out[k] = replace(y, parent=main.i)
        for sm in lx.singular_re.finditer(s, q, seg_end):
            a, b = sm.start(1), sm.end(1)
            if any(a < tj and ti < b for ti, tj in taken):
                continue
            noun = lx.singular[_key(sm.group(1))]
            if noun.unit != "people" and (main is None or main.unit in ("people", None)):
                continue  # "بينهم 6 من الموظفين بغارة على مدرسة": a breakdown of people lists people
            out.append(_M(a, b, "1", noun.unit, noun, sm.group(1), (a, b), None, "exact",
                          parent=main.i if main is not None else None))
    return out


@lru_cache(maxsize=1)
def _ROLELESS_UNITS() -> frozenset[str]:
    return frozenset(_data().get("roleless_units", []))


_PEOPLE_ROLES = ("killed", "injured", "displaced", "arrested", "casualties", "missing")


def _role_counts(lx: _Lexicon, s: str, x: _M, found: list[_M]) -> tuple[str | None, str | None]:
    """(role, English "counts") from the counted noun and the nearest predicate in the clause."""
    if x.unit == "percent":
        return "percent", "percent"
    noun = x.noun
    if noun is not None and noun.event:
        return noun.role, noun.category  # (its own role: no predicate needed)
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
    if noun.unit in _ROLELESS_UNITS():
        return noun.role, category  # "مئات الأسر نزحت خلال الأيام الثلاثة": the days are not displaced
    if group and noun.role == "fighters":
        category = f"{group} {category}"  # "Islamic State fighters", "Syrian army soldiers"
    if pred and (noun.unit in ("people", "vehicles", "aircraft", "buildings", "families") or pred[0] != "killed"):
        if noun.unit == "people" and pred[0] != "destroyed" or \
                pred[0] == "destroyed" and noun.unit not in ("people", "families") or \
                pred[0] in ("rescued", "missing", "displaced") and noun.unit in _RESCUABLE:
            # people are not destroyed ("تضرر أكثر من 33 مليون شخص": affected) nor places displaced (residents of
            # places, not the places); countries are not rescued ("أرسلت 60 دولة فرق إنقاذ")
            return pred[0], f"{category} {pred[1]}"
    return noun.role, category


# what can be rescued or go missing besides people: families, and what carries them
_RESCUABLE = frozenset(("families", "vehicles", "aircraft", "ships"))
