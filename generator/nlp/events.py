"""Typed event frames: who did what, where, when, and on whose word.

Why: a timeline of a story needs clause-level events ("Syrian government forces took Abu Kamal",
"4 civilians killed in an airstrike near Abu Kamal") with the agent, place and date, and with
the *voice*: the outlet's own claim (asserted), a source's claim (reported, ``attributed_to``),
or a forecast/plan (predicted/planned). Competing outlets differ exactly there.

How: trigger words from ``generator/data/events.yaml`` (verbs with their conjugations
generated, nouns with article/proclitics/suffixes, support verbs such as شن/حقق/تعرض that take
the type of the noun after them) are looked up token by token in the normalised text. Each
trigger gets the clause around it (clauses end at ", و..."/ثم/كما/حيث, at an attribution's
frame, at a dash aside), minus the reporting frame; background uses are skipped (relative
clauses "التي تسيطر عليها", negation, "بعد معارك", back-references "ويأتي تحرير ...").
The actor is the subject entity of the clause (before the verb, or right after it), the
location the first place entity in the span, the date a dated expression inside the span.
An attribution whose content holds no event (or an accusation) becomes a statement/accusation
event that includes the speaker and the verb.
"""
from __future__ import annotations

import bisect
import datetime as _dt
import gc
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import compress, count
from operator import attrgetter
from pathlib import Path
from typing import Any


from ..yamlio import load_yaml
from ..models import EVENT_TYPES, Attribution, DateMention, Entity, Event, Sentence
from .attributions import load_lexicon as load_reporting
from .entities import Gazetteer
from .normalise import AR_LETTERS, Normalised, norm

DATA = Path(__file__).resolve().parents[1] / "data" / "events.yaml"
GENERIC = "happening"  # the verbs of clear happenings the typed lexicon does not name (events.yaml)


@lru_cache(maxsize=1)
def _data_lists() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """events.yaml's word_lists and affixes, read once (the module's constants below are built from them)."""
    raw = load_yaml(DATA.read_text(encoding="utf-8"))
    return raw.get("word_lists") or {}, raw.get("affixes") or {}


def _words(name: str) -> frozenset[str]:
    """The normalised words of events.yaml's word_lists entry ``name`` (its comment there says what it is for)."""
    return frozenset(norm(w) for w in _data_lists()[0][name])


def _word_tuple(name: str) -> tuple[str, ...]:
    """A word_lists entry as written, in order (for a prefix test: str.startswith takes a tuple)."""
    return tuple(norm(w) for w in _data_lists()[0][name])


def _affixes(name: str) -> tuple[str, ...]:
    """events.yaml's affixes entry ``name``, in order (the trigger forms are generated in that order)."""
    return tuple(_data_lists()[1][name])
_WORD = re.compile(rf"[{AR_LETTERS}A-Za-z0-9]+")
_PAREN = re.compile(r"(?:(?<=\s)|^)[-–—]([^-–—\n]{1,120}?)[-–—](?=\s|$)")  # a dash aside: "- في تصريح -"

_PAST_SUFFIX = _affixes("past_suffix")
_PRES_SUFFIX = _affixes("pres_suffix")
_NOUN_PREFIX = _affixes("noun_prefix")
_NOUN_SUFFIX = _affixes("noun_suffix")
_INDEFINITE_PREFIX = _affixes("indefinite_prefix")


@dataclass(frozen=True)
class Trigger:
    type: str
    kind: str  # verb | noun | light
    seq: tuple[str, ...] = ()  # following words of a multi-word noun
    future: bool = False
    definite: bool = False
    clause_start: bool = False
    needs_predicate: bool = False
    passive: bool = False
    window: int = 5
    requires_after: tuple[str, ...] = ()
    requires_before: tuple[str, ...] = ()
    override: str | None = None
    present: bool = False
    state_in_present: bool = False
    light_ok: bool = False  # a support verb may take it although it needs a predicate
    needs_count: bool = False  # people nouns: an event only when counted
    not_after: tuple[str, ...] = ()  # words that may not follow within 3 words ("حرر سعر الصرف")
    requires_next: tuple[str, ...] = ()  # one of them must come within 4 words ("ادعى المحقق على")
    not_before: tuple[str, ...] = ()  # words that may not precede within 3 words ("الدفاعات الجوية أحبطت")
    bare: bool = False  # a past stem with no suffix: a verbal noun too ("صد", "فتح") after a preposition
    taken_only: bool = False  # told only with its taker and the place taken ("بعد سيطرة الجيش على البلدة")
    participle: bool = False  # a participle as the predicate ("التحقيقات جارية"): its feminine ة is no noun's


@dataclass(frozen=True)
class Lexicon:
    forms: dict[str, tuple[Trigger, ...]]
    predicates: frozenset[str]
    preps: frozenset[str]
    background_preps: frozenset[str]
    back_reference: frozenset[str]
    relatives: frozenset[str]
    negations: frozenset[str]
    result_cues: frozenset[str]
    support: frozenset[str]
    allies: frozenset[str]
    allies_en: str
    predicted: frozenset[str]
    planned: frozenset[str]
    window: int
    accusation_cues: tuple[tuple[str, ...], ...]
    # form -> (words that may not follow it, words that may not precede it): "فجر الاثنين"
    # (dawn, not "detonated"), "جولة من المحادثات", "رفع الحصار"
    blocked: dict[str, tuple[frozenset[str], frozenset[str]]] = None  # type: ignore[assignment]
    bylines: frozenset[str] = frozenset()
    count_words: frozenset[str] = frozenset()
    disaster_cues: frozenset[str] = frozenset()
    # words before a trigger noun that make it a mere mention ("طالب بالإفراج عن", "تورطهم بالهجوم")
    mention_cues: frozenset[str] = frozenset()
    mention_verbs: frozenset[str] = frozenset()  # demands, calls, refusals: a verbal noun up to 4 words on
    # markers of the agent of a passive or of a noun ("على يد", "من قبل"): word pairs
    agent_markers: tuple[tuple[str, ...], ...] = ()
    # a subject that is the speaker's own side ("قالت الوزارة إن قواتها ..."): the actor is the speaker
    own_side: frozenset[str] = frozenset()
    generic_actors: dict[str, str] = None  # type: ignore[assignment]  # "المحتجون" -> "protesters"
    counted_types: frozenset[str] = frozenset()
    victim_verbs: frozenset[str] = frozenset()  # "فقد", "أصيب": the subject suffers the event  # types whose predicate-less nouns count with a figure after them
    # words after which a form of a generic happening verb is a verbal noun ("أثناء فتح طريق")
    noun_context: frozenset[str] = frozenset()
    # words and word pairs that open a clause of their own ("بعدما", "بعد أن", "ما أدى")
    openers: frozenset[str] = frozenset()
    opener_pairs: frozenset[tuple[str, str]] = frozenset()
    opener_not_before: frozenset[str] = frozenset()
    description_cues: frozenset[str] = frozenset()  # "القصف بأنه": what follows describes, adds nothing
    name_heads: frozenset[str] = frozenset()  # first words of quoted names ("إدارة العمليات العسكرية")
    name_before: frozenset[str] = frozenset()  # heads right before a quoted name ("كتلة «التنمية والتحرير»")
    superlatives: frozenset[str] = frozenset()  # "أكثر الهجمات دموية": an event ranked, not told
    superlatives_after: frozenset[str] = frozenset()  # "وهو الهجوم الأعنف منذ أشهر"
    not_triggers: frozenset[str] = frozenset()  # words a generated form would wrongly catch ("وزارة")
    position_participles: frozenset[str] = frozenset()  # "..., مؤكدا أن", "محذرا من": a position on record
    announce_verbs: frozenset[str] = frozenset()  # "أعلنت إيران إغلاق منافذها": the announced act is the event
    stance_nouns: frozenset[str] = frozenset()  # "أعلن رفضه": a stance announced is a statement
    remark_verbs: frozenset[str] = frozenset()  # "قال/أكد/أوضح X أن": a statement when said in public
    witness_words: frozenset[str] = frozenset()  # "أحد سكان", "المواطنة", "سائق": an account, not a position
    remark_pronouns: frozenset[str] = frozenset()  # "قال له", "أكد لنا": no outlet
    remark_openers: frozenset[str] = frozenset()  # "إن", "أن", "بأن": what is said is a clause
    demonstratives: frozenset[str] = frozenset()  # "هذا الهجوم": an event named again
    number_words: frozenset[str] = frozenset()  # "ثلاث وفيات": a figure written out
    onset_only: frozenset[str] = frozenset()  # "اندلاع القتال": nouns told only right after their outbreak
    onset_words: frozenset[str] = frozenset()
    directives: frozenset[str] = frozenset()  # "وجه بإخلاء", "أوعز بتشكيل" (with و/ف): an order told, not what it orders
    movement_verbs: frozenset[str] = frozenset()  # "42 مصابا عبروا إلى مصر": people who travel are no toll
    taken_only: frozenset[str] = frozenset()  # "بعد سيطرة الجيش على البلدة": told only with taker and place
    taken_not: frozenset[str] = frozenset()  # "سيطرة الدفاع المدني على الحريق": control, no place taken
    time_words: frozenset[str] = frozenset()  # "شنت الطائرات، فجر اليوم، غارات": an aside of time between commas
    civil_agents: frozenset[str] = frozenset()
    warning_verbs: frozenset[str] = frozenset()  # "تحذر", "محذرا": a warning of ...
    forecast_words: frozenset[str] = frozenset()  # ... rain, a heatwave, a storm: the weather forecast is the event
    shelter_words: frozenset[str] = frozenset()  # "مدرسة تؤوي 800 نازح": people sheltered, no displacement told
    headline_not: frozenset[str] = frozenset()  # words of a present tense's shape that are no verb ("تحت", "يوم")
    forecast_not: frozenset[str] = frozenset()  # "عاصفة سياسية", "موجة غلاء": a figure of speech, no weather  # "اقتحم مودعون فرعا مصرفيا": a crowd's assault is no military offensive


def _n(words: Any) -> tuple[str, ...]:
    return tuple(norm(w) for w in (words or []))


@lru_cache(maxsize=4)
def load_lexicon(path: str = str(DATA)) -> Lexicon:
    """events.yaml's lexicon, built once per process. The cyclic collector is paused meanwhile: the ~120,000
    trigger forms made are all kept, so its passes over them while they are made (a fifth of the build) free
    nothing."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _build_lexicon(path)
    finally:
        if enabled:
            gc.enable()


def _build_lexicon(path: str) -> Lexicon:
    raw = load_yaml(Path(path).read_text(encoding="utf-8"))
    forms: dict[str, dict[Trigger, None]] = {}  # ordered, duplicate-free
    needs_pred = set(_n(raw.get("needs_predicate")))
    light_ok = set(_n(raw.get("light_objects")))
    needs_count = set(_n(raw.get("needs_count")))
    taken_only = set(_n(raw.get("taken_only")))

    def add(form: str, trig: Trigger) -> None:
        forms.setdefault(form, {})[trig] = None

    accusatives: list[tuple[str, str]] = []

    for typ in raw["types"]:
        spec = raw["types"][typ] or {}
        for v in spec.get("verbs") or []:
            base = dict(type=typ, kind="verb", clause_start=bool(v.get("clause_start")),
                        requires_after=_n(v.get("requires_after_any") or
                                          ([v["requires_after"]] if v.get("requires_after") else [])),
                        requires_before=_n(v.get("requires_before_any")), override=v.get("type"),
                        state_in_present=bool(v.get("state_in_present")),
                        not_after=_n(v.get("not_after_any")), requires_next=_n(v.get("requires_near_any")),
                        not_before=_n(v.get("not_before_any")), participle=bool(v.get("participle")))
            past_t = Trigger(**base)
            bare_t = Trigger(**base, bare=True)
            pres_t = Trigger(**base, present=True)
            fut_t = Trigger(**base, future=True, present=True)
            for stem in _n(v.get("past")):
                for proc in ("", "و", "ف"):
                    for suf in _PAST_SUFFIX:
                        if suf == "ا" and (typ == GENERIC or len(stem) <= 3):
                            # "هربا", "فجرا" (at dawn), "نقلا عن", "برا" (by land): an accusative noun or
                            # adverb far more often than a dual verb
                            continue
                        add(proc + stem + suf, bare_t if not suf and len(stem) <= 3 else past_t)
            for stem in _n(v.get("present")):
                for proc in ("", "و", "ف", "ل", "ول", "فل"):
                    for fut in ("", "س"):
                        if fut and "ل" in proc:
                            continue
                        for pers in "يتن":
                            for suf in _PRES_SUFFIX:
                                add(proc + fut + pers + stem + suf, fut_t if fut else pres_t)
            for f in _n(v.get("forms")):
                for proc in ("", "و", "ف"):
                    add(proc + f, Trigger(**base))
        # verbal nouns that are also verb forms ("تحسن", "تدهور"): only their accusative ("شهد الطقس تحسنا"),
        # so that the verb readings stay (events.yaml consequence accusatives)
        accusatives.extend((typ, h) for h in _n(spec.get("accusatives")))
        for noun in spec.get("nouns") or []:
            words = _n(noun.split())
            head = words[0]
            bare_head = head[2:] if head.startswith("ال") and len(head) > 4 else head
            if len(words) == 1 and not bare_head.endswith(("ه", "ات", "ا", "ي", "ين", "ون")):
                accusatives.append((typ, bare_head))
            for pre in _NOUN_PREFIX:
                for suf in _NOUN_SUFFIX if len(words) == 1 else ("",):
                    f = pre + (bare_head[:-1] + "ت" if suf and bare_head.endswith("ه") else bare_head) + suf
                    add(f, Trigger(type=typ, kind="noun", seq=words[1:], definite="ال" in pre or "لل" == pre,
                                   needs_predicate=norm(noun) in needs_pred or
                                   (len(words) == 1 and head in needs_pred),
                                   light_ok=norm(noun) in light_ok or len(words) == 1 and head in light_ok,
                                   needs_count=len(words) == 1 and (head in needs_count or bare_head in needs_count),
                                   taken_only=len(words) == 1 and bare_head in taken_only))
    # the accusative alif of an indefinite noun ("فرضت القوات حصارا", "نفذ الجيش اقتحاما"): the object of a
    # support verb or next to a predicate only, since such a form is often an adverb ("حداداً على", "براً")
    for typ, head in accusatives:
        for proc in _INDEFINITE_PREFIX:
            if proc + head + "ا" not in forms:
                add(proc + head + "ا", Trigger(type=typ, kind="noun", needs_predicate=True, light_ok=True))
    for lv in raw.get("light_verbs") or []:
        for f in _n(lv["forms"]):
            for proc in ("", "و", "ف"):
                add(proc + f, Trigger(type=lv.get("type") or "", kind="light", window=int(lv.get("window", 5)),
                                      passive=bool(lv.get("passive")), override=lv.get("type")))
    for bad in _n(raw.get("not_triggers")):
        forms.pop(bad, None)
    mod = raw.get("modality") or {}
    return Lexicon(
        forms={k: tuple(v) for k, v in forms.items()},  # dict keys keep insertion order
        predicates=frozenset(_n(raw.get("predicates"))),
        preps=frozenset(_n(raw.get("prepositions"))),
        background_preps=frozenset(_n(raw.get("background_preps"))),
        back_reference=frozenset(_n(raw.get("back_reference"))),
        relatives=frozenset(_n(raw.get("relatives"))),
        negations=frozenset(_n(raw.get("negations"))),
        result_cues=frozenset(_n(raw.get("result_cues"))),
        support=frozenset(_n(raw.get("support_nouns"))),
        allies=frozenset(_n(raw.get("allies"))),
        allies_en=raw.get("allies_en", "and allies"),
        predicted=frozenset(_n(mod.get("predicted"))),
        planned=frozenset(_n(mod.get("planned"))),
        window=int(mod.get("window", 10)),
        accusation_cues=tuple(_n(c.split()) for c in raw.get("accusation_cues") or []),
        blocked=_blocked(raw.get("not_when") or []),
        bylines=frozenset(_n(raw.get("bylines"))),
        count_words=frozenset(_n(raw.get("count_words"))),
        disaster_cues=frozenset(_n(raw.get("disaster_cues"))),
        mention_cues=frozenset(_n(raw.get("mention_cues"))),
        mention_verbs=frozenset(_n(raw.get("mention_verbs"))),
        agent_markers=tuple(_n(c.split()) for c in raw.get("agent_markers") or []),
        own_side=frozenset(_n(raw.get("own_side"))),
        generic_actors={norm(k): v for k, v in (raw.get("generic_actors") or {}).items()},
        counted_types=frozenset(raw.get("counted_types") or []),
        victim_verbs=frozenset(_n(raw.get("victim_verbs"))),
        noun_context=frozenset(_n(raw.get("noun_context"))),
        openers=frozenset(w for w in _n((raw.get("clause_openers") or {}).get("words")) if " " not in w),
        opener_pairs=frozenset(tuple(p.split()) for p in _n((raw.get("clause_openers") or {}).get("pairs"))),
        opener_not_before=frozenset(_n((raw.get("clause_openers") or {}).get("not_before"))),
        description_cues=frozenset(_n(raw.get("description_cues"))),
        name_heads=frozenset(_n(raw.get("name_heads"))),
        name_before=frozenset(_n(raw.get("name_before"))),
        superlatives=frozenset(_n(raw.get("superlatives"))),
        superlatives_after=frozenset(_n(raw.get("superlatives_after"))),
        not_triggers=frozenset(_n(raw.get("not_triggers"))),
        position_participles=frozenset(_n(raw.get("position_participles"))),
        announce_verbs=frozenset(_n(raw.get("announce_verbs"))),
        stance_nouns=frozenset(_n(raw.get("stance_nouns"))),
        remark_verbs=frozenset(_n(raw.get("remark_verbs"))),
        witness_words=frozenset(_n(raw.get("witness_words"))),
        remark_pronouns=frozenset(_n(raw.get("remark_pronouns"))),
        remark_openers=frozenset(_n(raw.get("remark_openers"))),
        demonstratives=frozenset(_n(raw.get("demonstratives"))),
        number_words=frozenset(_n(raw.get("number_words"))),
        onset_only=frozenset(w[2:] if w.startswith("ال") and len(w) > 4 else w for w in _n(raw.get("onset_only"))),
        onset_words=frozenset(_n(raw.get("onset_words"))),
        directives=frozenset(p + w for w in _n(raw.get("directive_verbs")) for p in ("", "و", "ف")),
        movement_verbs=frozenset(_n(raw.get("movement_verbs"))),
        time_words=frozenset(_n(raw.get("time_words"))),
        taken_not=frozenset(_n(raw.get("taken_not"))),
        taken_only=frozenset(_n(raw.get("taken_only"))),
        civil_agents=frozenset(_n(raw.get("civil_agents"))),
        warning_verbs=frozenset(_n(raw.get("warning_verbs"))),
        forecast_words=frozenset(_n(raw.get("forecast_words"))),
        forecast_not=frozenset(_n(raw.get("forecast_not"))),
        headline_not=frozenset(_n(raw.get("headline_not"))),
        shelter_words=frozenset(_n(raw.get("shelter_words"))),
    )


def _blocked(rows: list[dict]) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    out: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
    for r in rows:
        nxt, prv = frozenset(_n(r.get("next"))), frozenset(_n(r.get("prev")))
        for f in _n(r["forms"]):
            for pre in ("", "و", "ف", "ال", "وال", "بال", "فال"):
                old = out.get(pre + f)  # (several rows may name the same form: each adds its words)
                out[pre + f] = (old[0] | nxt, old[1] | prv) if old else (nxt, prv)
    return out


# ----------------------------------------------------------------------------- context


@dataclass(slots=True)
class _Tok:
    s: int
    e: int
    w: str

    @property
    def bare(self) -> str:
        w = self.w
        return w[1:] if len(w) > 3 and w[0] in "وف" else w


@dataclass
class _Hit:
    i: int  # token index of the trigger
    j: int  # token index just after it
    trig: Trigger
    hamza: bool = False  # written with أ after any و/ف: a form-IV past verb ("أخلى"), not a verbal noun
    # written with a damma on its first letter after any و/ف ("قُتل", "وأُصيب"): a past verb's passive
    damma: bool = False
    obj: int = -1  # what a verb of ordering orders (_ordered)

@dataclass
class _Ev:
    type: str
    s: int  # normalised span
    e: int
    i: int  # trigger token
    trig_s: int
    trig_e: int
    kind: str
    future: bool
    passive: bool = False
    actor: Entity | None = None
    actor_en: str | None = None
    attribution: Attribution | None = None
    conj: bool = False  # the trigger is joined by و ("ويحرر"): a new happening
    rel: bool = False  # the trigger verb opens a relative clause ("الذي قدم التعازي")
    trig_word: str = ""  # the trigger's stem form without و/ف (for verbs that take a verbal noun)
    past: bool = False  # a past-tense verb trigger
    inherited: bool = False  # the agent is the previous event's of the sentence (its own words name none)
    # a past verb written with a damma on its first letter: who comes before it suffered it
    voweled_passive: bool = False
    heard: bool = False  # a blast told by its sound ("سمعنا صوت انفجار"): a war story's only


def extract_events(text: str, nt: Normalised, sentences: tuple[Sentence, ...], entities: list[Entity],
                   dates: list[DateMention], attributions: list[Attribution],
                   published: _dt.date | None, gazetteer: Gazetteer) -> list[Event]:
    """All event mentions of one article, sorted by start."""
    lex = load_lexicon()
    rlex = load_reporting()
    t = nt.text
    toks = [_Tok(a, b, t[a:b]) for a, b in map(re.Match.span, _WORD.finditer(t))]
    starts = starts_of(toks)

    def o2n(i: int) -> int:
        return bisect.bisect_left(nt.index, i)

    def orig(s: int, e: int) -> tuple[int, int]:
        return nt.span(s, e) if e > s else (nt.to_orig(s), nt.to_orig(s))

    ents = sorted(((o2n(e.start), o2n(e.end), e) for e in entities), key=lambda x: (x[0], x[1]))
    ent_starts = [x[0] for x in ents]
    atts = [(o2n(a.start), o2n(a.end), a) for a in attributions]
    accusing = {id(a) for _, _, a in atts if a.verb and _is_accusation(a.verb, rlex)}
    denying = {id(a) for _, _, a in atts if a.verb and (_is_denial(a.verb, rlex) or _negated_frame(text, a))}

    def ents_in(s: int, e: int) -> list[tuple[int, int, Entity]]:
        k = bisect.bisect_left(ent_starts, s)
        out = []
        while k < len(ents) and ents[k][0] < e:
            out.append(ents[k])
            k += 1
        # entities that start before s but reach into it
        lo = max(0, bisect.bisect_left(ent_starts, s) - 3)
        return [x for x in ents[lo:k] if x[0] < e and x[1] > s]

    atts_sorted = sorted(atts, key=lambda x: x[0])
    att_starts = [x[0] for x in atts_sorted]
    max_len = max((x[1] - x[0] for x in atts), default=0)

    def content_of(p: int) -> tuple[int, int, Attribution] | None:
        """The narrowest reported content holding position p."""
        if not atts or p < att_starts[0] or p - max_len > att_starts[-1]:
            return None
        best = None
        k = bisect.bisect_right(att_starts, p) - 1
        while k >= 0 and p - att_starts[k] <= max_len:
            cs, ce, a = atts_sorted[k]
            if p < ce and (best is None or ce - cs < best[1] - best[0]):
                best = (cs, ce, a)
            k -= 1
        return best

    sent_bounds = [(o2n(x.start), o2n(x.end)) for x in sentences]
    countries = frozenset(e.id for e in entities if e.type == "LOC" and e.id and getattr(gazetteer.get(e.id), "kind", "") == "country")
    # a capital named as the subject before its verb is its state ("واشنطن تضرب منصات صواريخ", "موسكو تعلن")
    capitals = {e.id: (g.country, gazetteer.get(g.country)) for e in entities if e.type == "LOC" and e.id
                and (g := gazetteer.get(e.id)) is not None and g.kind == "capital" and g.country
                and gazetteer.get(g.country) is not None}
    # outlets, news agencies and social platforms report, quote and are quoted: they take no part in what
    # they report ("قتل ثلاثة أشخاص ... وفق شفق نيوز", "نشرت قوات الدعم السريع على منصة إكس")
    voices = frozenset(e.id for e in entities if e.id and (getattr(gazetteer.get(e.id), "kind", "") in _VOICE_KINDS
                       or e.type == "MISC" and getattr(gazetteer.get(e.id), "kind", "") not in _AGENT_THINGS))

    def orig_at(p: int, delta: int = 0) -> str:
        """The original character at normalised position p, or ``delta`` after it (ة, إ and tanwin,
        which folding loses)."""
        if not 0 <= p < len(nt.index) - 1:
            return ""
        q = nt.index[p] + delta
        return text[q] if 0 <= q < len(text) else ""
    found: list[_Ev] = []
    cand = _candidates(toks, lex)
    for sent in sentences:
        ss, se = o2n(sent.start), o2n(sent.end)
        k0 = bisect.bisect_left(starts, ss)
        k1 = bisect.bisect_left(starts, se)
        if k1 <= k0:
            continue
        c0 = bisect.bisect_left(cand, k0)
        if (c0 == len(cand) or cand[c0] >= k1) and not _in_title(t, ss, se, k0, k1, toks, lex):
            continue  # no trigger form in the sentence and no headline verb: nothing to look at
        seg = t[ss:se]
        paren = [(ss + m.start(), ss + m.end()) for m in _PAREN.finditer(seg)] \
            if "-" in seg or "–" in seg or "—" in seg else []
        if k1 - k0 <= 12 and toks[k0].w in lex.bylines:
            continue  # "تحرير علي خفاجي", "إعداد ...": a credit line, not an event
        inside = frozenset(q for es, ee, _e in ents_in(ss, se) if _e.type in ("ORG", "LOC", "PER")
                           for q in range(bisect.bisect_left(starts, es), bisect.bisect_left(starts, ee)))
        inside |= _quoted_names(t, ss, se, starts, toks, lex)
        hits = _hits(toks, k0, k1, lex, inside, orig_at, t)
        if _in_title(t, ss, se, k0, k1, toks, lex):
            hits = _headline_verbs(toks, k0, k1, lex, inside, hits, t)
        sent_events: list[_Ev] = []
        absorbed: set[int] = set()
        for h in hits:
            if h.i in absorbed:
                continue
            ev = _event(h, hits, absorbed, toks, k0, k1, ss, se, t, lex, paren, content_of)
            if ev is None:
                continue
            c = content_of(toks[h.i].e - 1)
            if c is not None:
                if id(c[2]) in denying or id(c[2]) in accusing and not _result_told(toks, h.i, k0, lex):
                    continue
                ev.attribution = c[2]
            sent_events.append(ev)
        sent_events = _typed_first(_merge_same(sent_events, toks, starts, lex, t))
        # the earlier event of a clause ends where the next one starts ("قتلوا في قصف ...")
        sent_events.sort(key=lambda e: e.s)
        for a, b in zip(sent_events, sent_events[1:]):
            if a.s < b.s < a.e and b.s >= a.trig_e:
                a.e = _trim(t, a.s, _drop_prep(toks, starts, b.s, lex))
        sent_events = _one_per_clause(sent_events, t)
        for ev in sent_events:
            _actor(ev, toks, starts, ents_in, t, lex, sent_events, atts, ss, countries, voices, capitals)
        _national_actors(sent_events, toks, starts, lex, gazetteer, k0, t)
        found.extend(sent_events)

    out: list[Event] = []
    last_para, last_loc = -1, None
    main_place = _main_place(entities, text)
    if main_place is not None:  # "محافظة درعا" where the article first names its scene as a unit
        key = main_place.id or main_place.text
        first = next((x for x in ents if (x[2].id or x[2].text) == key), None)
        if first is not None:
            main_place = _admin_unit(first[2], t, gazetteer, first[0])
    direct = {id(ev): _location(ev, ents_in, t, _sentence_of(sent_bounds, ev.s), gazetteer) for ev in found}
    _war_story(found, sent_bounds, t)
    for ev in found:
        s, e = orig(ev.s, ev.e)
        if e <= s:
            continue
        ts, te = orig(ev.trig_s, ev.trig_e)
        loc = direct[id(ev)] if ev.type not in _SPEECH else None  # a position has no scene
        if loc is not None and ev.type in _WAR_ACTS and _own_country(loc, ev.actor_en, gazetteer):
            loc = None  # "القصف الإسرائيلي ... والقيود التي تفرضها إسرائيل": Israel's forces do not strike Israel
        if loc is None and ev.type == "killing/casualties":
            # the place of the strike or blast that caused it, told in the same sentence
            sb = _sentence_of(sent_bounds, ev.s)
            loc = next((direct[id(o)] for o in found if o.type in ("airstrike/shelling", "explosion")
                        and sb[0] <= o.s < sb[1] and direct[id(o)] is not None), None)
        para = t.count("\n", 0, ev.s)
        # "نزح أكثر من 20 ألف سوري إلى لبنان": only where they went is named; the story's scene (Lebanon) is their
        # refuge, not the place they were displaced from
        # (a place after the flight's word: "أجبرت المعارك المستمرة باتجاه البوكمال ... على النزوح" names where the
        # fighting went, not where people fled to)
        refuge = frozenset(x[2].id or x[2].text for x in ents_in(ev.s, ev.e) if x[2].type == "LOC"
                           and x[0] >= _flight_end(ev, toks, starts, lex)
                           and _destination(ev, t, x[0])) if loc is None and ev.type == "displacement" else frozenset()
        if loc is None and ev.type not in _SPEECH and para == last_para and last_loc is not None \
                and (last_loc.id or last_loc.text) not in refuge:
            loc = last_loc  # the paragraph's scene: "في البوكمال ... وقتلت بعض مسلحيه"
        if loc is None and (ev.type in _SCENE or ev.type not in EVENT_TYPES) and main_place is not None \
                and (main_place.id or main_place.text) not in refuge:
            loc = main_place  # the article's scene: the place it names most
        if loc is not None and ev.type in _LOCAL:
            last_para, last_loc = para, loc
        elif para != last_para:
            last_para, last_loc = para, None
        a = ev.attribution
        modality = _modality(ev, toks, starts, t, lex, a, o2n)
        date = None
        for d in dates:
            if s <= d.start and d.end <= e and d.value and d.kind != "vague" and not _since(text, d.start):
                date = d.value
                break
        actor = ev.actor
        if ev.type == "advance/offensive" and _far_attack(loc.name_en if loc is not None else None, ev.actor_en):
            ev.type = "airstrike/shelling"  # "هجوم إسرائيلي على طهران": from the air, not an advance on Tehran
        core = ev.type in EVENT_TYPES
        out.append(Event(
            type=ev.type if core else "other", subtype=None if core else ev.type, actor=actor.text if actor else None, actor_en=ev.actor_en,
            location=loc.text if loc else None, location_en=loc.name_en if loc else None,
            date=date, text=text[s:e], start=s, end=e, modality=modality,
            attributed_to=(a.speaker_en or a.speaker) if a is not None else None,
            trigger=text[ts:te], actor_id=actor.id if actor else None,
            location_id=loc.id if loc else None, date_basis="text" if date else None))
    out = _dominant_agent(out)
    out.extend(_statements(text, nt, sentences, attributions, out, rlex, lex, accusing, denying, o2n, entities, dates))
    out.sort(key=lambda e: (e.start, e.end, e.type))
    for n, ev in enumerate(out):
        if ev.type in _SPEECH:  # "أعربت الجامعة عن تضامنها": the position reaches over what was said
            a = next((a for a in attributions if ev.start < a.start <= ev.end + 2 and a.end > ev.end
                      and not text[ev.end:a.start].strip(" \"«")), None)
            if a is not None:
                out[n] = replace(ev, end=a.end, text=text[ev.start:a.end])
    return _distinct(_forecasts(_join_statements(out, text, sentences, lex), lex))


def _distinct(evs: list[Event]) -> list[Event]:
    """One statement or one plain happening per span: two triggers of one clause ("أصدرت الأرصاد نشرية خاصة تتوقع
    فيها تساقط أمطار") may each have told the same clause; the first told stays. (Two typed acts may share a span:
    "المركزي يرفع الفائدة ويحرر سعر الصرف" tells two.)"""
    seen: set[tuple] = set()
    out = []
    for ev in evs:
        key = (ev.type, ev.subtype, ev.start, ev.end)
        if key not in seen or not (ev.type == "statement" or ev.subtype == GENERIC):
            seen.add(key)
            out.append(ev)
    return out


def _flight_end(ev: _Ev, toks: list[_Tok], starts: list[int], lex: Lexicon) -> int:
    """Where the last word of flight in a displacement's span ends ("أجبرت المعارك ... نحو 120 ألف على النزوح": the
    noun a support verb took, not the verb)."""
    end = ev.trig_e
    for q in range(bisect.bisect_left(starts, ev.trig_e), bisect.bisect_left(starts, ev.e)):
        if any(tr.type == "displacement" for tr in lex.forms.get(toks[q].w, ())):
            end = toks[q].e
    return end


_FIRE_FOUGHT = _word_tuple("fire_fought")


def _war_story(found: list[_Ev], sent_bounds: list[tuple[int, int]], t: str) -> None:
    """What an article's war acts make of its fires and heard blasts. A blast told by its sound ("سمعنا صوت انفجار")
    is one only in a story of war acts or of other blasts. A fire told after (or in the sentence of) a strike of the
    same article is the strike's blast at work: an explosion ("أدت الغارات إلى اندلاع حرائق ضخمة", "احتراق حافلتين");
    a fire fought (events.yaml fire_fought) stays the response's work, and the struck craft's own burning (a fire on
    board, "احتراق السيارة" named again by its article) is the damage it took."""
    if not any(o.type in _WAR_ACTS or o.type == "explosion" and not o.heard for o in found):
        found[:] = [o for o in found if not o.heard]  # a blast heard in a story of no war act: a simile, a dam
    war = [o.s for o in found if o.type == "airstrike/shelling"]
    if not war:
        return
    for ev in found:
        after = t[ev.trig_e:ev.trig_e + 12].split()
        if ev.type == "fire" and not any(x in ev.trig_word for x in _FIRE_FOUGHT) \
                and "متن" not in t[ev.s:ev.e] \
                and not (after and after[0].startswith("ال") and ev.trig_word == "احتراق"):
            sb = _sentence_of(sent_bounds, ev.s)
            if any(p < ev.s or sb[0] <= p < sb[1] for p in war):
                ev.type = "explosion"


def _forecasts(evs: list[Event], lex: Lexicon) -> list[Event]:
    """A warning of weather to come ("الأرصاد تحذر من أمطار غزيرة حتى الأحد", "محذرا من موجة حر جديدة") tells
    the forecast weather (type other, predicted), not a position: what is warned of is a happening to come. The
    weather word comes within three words after the first من of the eight after the verb."""
    if not lex.forecast_words:
        return evs
    out = []
    for ev in evs:
        if ev.type == "statement" and ev.trigger and _bare(norm(ev.trigger)) in lex.warning_verbs:
            k = ev.text.find(ev.trigger)
            words = _WORD.findall(norm(ev.text[k + len(ev.trigger):])) if k >= 0 else []
            m = words.index("من") if "من" in words[:8] else -1  # past the speaker: "حذرت الهيئة في نشرة خاصة من"
            if m >= 0 and any((w in lex.forecast_words or _strip_al(w) in lex.forecast_words)
                              and (words[q + 1:q + 2] or [""])[0] not in lex.forecast_not  # "عاصفة سياسية": a figure
                              for q, w in enumerate(words[m + 1:m + 4], m + 1)):
                ev = replace(ev, type="other", subtype="forecast", modality="predicted")
        out.append(ev)
    return out


_SPEECH = ("statement", "accusation")
# the acts of a war whose agent an article leaves unsaid once it has named it ("استشهد 3 في قصف على خان يونس")
_WAR_ACTS = ("airstrike/shelling", "advance/offensive", "encirclement")


def _dominant_agent(evs: list[Event]) -> list[Event]:
    """An article about one side's strikes and raids names the agent of a few and leaves it unsaid for the
    rest: the agent named for most of its war acts (at least twice, two thirds of those named) is the agent of
    the war acts that name none."""
    named: dict[str, list] = {}
    for e in evs:
        if e.type in _WAR_ACTS and e.actor_en:
            named.setdefault(e.actor_en, [0, e])[0] += 1
    if not named:
        return evs
    total = sum(n for n, _ in named.values())
    n, top = max(named.values(), key=lambda x: x[0])
    if n < 2 or 3 * n < 2 * total:
        return evs
    # not an attack on the agent's own capital ("الهجوم الذي استهدف مبنى ... في العاصمة أنقرة" in a story of Turkish
    # strikes in Syria is not Turkey's)
    return [replace(e, actor=top.actor, actor_en=top.actor_en, actor_id=top.actor_id)
            if e.type in _WAR_ACTS and not e.actor_en and not _at_home(e.location_en, top.actor_en) else e for e in evs]


def _at_home(place_en: str | None, actor_en: str | None) -> bool:
    """Is the place the capital of the actor's own state (events.yaml capitals: "Ankara" for "Turkish aircraft")?"""
    home = _capital_of(place_en)
    return bool(home and actor_en and home in actor_en)
_JOINER = re.compile(r"[\s,،و]*")


def _join_statements(evs: list[Event], text: str, sentences: tuple[Sentence, ...], lex: Lexicon) -> list[Event]:
    """One position per speaker and sentence: in "أدان الرئيس الهجوم، ووصفه بأنه ..." the و-joined speech
    verb with no speaker of its own continues the statement before it, and so does a participle right
    after a position taken ("وصفت الوزيرة الفيضانات بأنها ...، مؤكدة أن ..."): it extends it instead of
    standing alone. A participle after a verb of saying adds a position of its own ("قال المتحدث إن ...،
    مضيفا أن ..."), and so does one after a told event ("نزوح 7800 عائلة ...، محذرا من")."""
    out: list[Event] = []
    for ev in evs:
        prev = next((o for o in reversed(out) if o.type in _SPEECH), None)
        trig = norm(ev.trigger or "")
        if ev.type == "statement" and prev is not None and prev.end <= ev.start and prev.actor_en \
                and _same_sentence(sentences, prev.start, ev.start) \
                and _JOINER.fullmatch(text[prev.end:ev.start].replace("\"", "").replace("»", "")) is not None \
                and (trig[:1] == "و" and ev.actor_en in (None, prev.actor_en)
                     or trig in lex.position_participles and _position_verb(prev, lex)):
            out[out.index(prev)] = replace(prev, text=text[prev.start:ev.end], end=ev.end)
            continue
        out.append(ev)
    return out


def _position_verb(ev: Event, lex: Lexicon) -> bool:
    """Is this statement told by an act of taking a position (a statement trigger of the lexicon: "أدان",
    "وصف ... بأنه", "تعهد", "تبنى", "أعرب عن"; or a demand, a call, a warning, a denial: "طالبت", "دعا",
    "نفى")? A participle goes on with it ("أدان ميقاتي العدوان، معتبرا أنه ...", "طالبت الإدارة ...، محذرة
    من ..."); after a verb of saying (قال, أكد, أوضح, أضاف) or an accusation it is a position of its own
    ("قال المتحدث إن ...، مضيفا أن ...", "اتهمت الجبهة الحزب بـ...، مؤكدة أن ...")."""
    w = norm(ev.trigger or "")
    return w in _ACT_VERBS or _bare(w) in _ACT_VERBS or any(tr.type in _SPEECH for x in (w, _bare(w)) for tr in lex.forms.get(x, ()))


def _same_sentence(sentences: tuple[Sentence, ...], a: int, b: int) -> bool:
    return any(s.start <= a < s.end and s.start <= b < s.end for s in sentences)


_SINCE = _words("since_words")  # see _since
_LANDMARK_KINDS = _words("landmark_kinds")  # see _past_landmark
_FIGURE_WORDS = _words("figure_words")
_NUMERAL_WORDS = _FIGURE_WORDS | load_lexicon().number_words  # "ثلاث وفيات": a figure written out


def _merge_same(evs: list[_Ev], toks: list[_Tok], starts: list[int], lex: Lexicon, t: str) -> list[_Ev]:
    """One event per happening: a subject noun and its verb of the same type ("قذائف أصابت",
    "السيول جرفت") are one event, and a toll's "1400 قتيل" after a casualty event of the same
    sentence only counts its victims; so do the wounded coordinated with the dead ("استشهد 50 وأصيب
    العشرات", "بلغ عدد القتلى 8574، فيما أصيب 50 ألفا"). A strike or blast named only as the
    means of a killing ("قتل 3 بضربة جوية", "في اشتباكات وغارات جوية") is part of it, unless it
    is told with its own agent or verb ("في قصف جوي من طائرات ...", "في غارات استهدفت ...")."""
    out: list[_Ev] = []
    for ev in sorted(evs, key=lambda e: (e.s, e.i)):
        k = bisect.bisect_left(starts, ev.trig_s)
        prev_w = toks[k - 1].w if k > 0 else ""
        if ev.type == "killing/casualties":
            toll = ev.kind == "noun" and (any(c.isdigit() for c in prev_w) or prev_w in _NUMERAL_WORDS)
            # "وفاة عدد من المصابين": people named inside a casualty event are its victims
            people = ev.kind == "noun" and any(tr.needs_count for tr in lex.forms.get(toks[k].w, ())) and any(
                o.type == ev.type and o.trig_s < ev.trig_s < o.e and 0 < ev.i - o.i <= 4 and not _sep(t, toks, o.i, ev.i)
                for o in out)
            hurt = _strip_al(_bare(toks[k].w)).startswith(_INJURY) or (  # "هنية في طهران والشهيد نصر الله في بيروت"
                ev.kind == "noun" and toks[k].w[:1] == "و" and _strip_al(toks[k].w[1:]) in _VICTIMS
                and not _sep(t, toks, k - 1, k))
            host = next((o for o in reversed(out) if o.type == ev.type and o.trig_s < ev.trig_s and (
                ev.trig_s < o.e or _JOIN.fullmatch(t[o.e:ev.s]) or _JOIN_COUNT.fullmatch(t[o.e:ev.s]))), None)
            # "بينهم 29 قضوا في عمليات اغتيال نفذها مجهولون": the killings named as the means of the verb's toll
            means = host is not None and host.kind == "verb" and ev.kind == "noun" and prev_w in ("في", "جراء", "بسبب")
            if host is not None and (toll or hurt or people or means):
                host.e = max(host.e, ev.e)
                continue
            # "استشهد العقيد ...، إثر إصابته بعيار ناري": the wound that killed him, told with his death
            own = next((o for o in reversed(out) if o.type == ev.type and o.trig_s < ev.trig_s), None)
            if own is not None and ev.kind == "noun" and prev_w in ("اثر", "جراء", "بعد", "عقب") \
                    and _strip_al(_bare(toks[k].w)).startswith("اصابت") and toks[k].w.endswith(("ه", "ها", "هم")):
                own.e = max(own.e, ev.e)
                continue
        # (a clash told by its sides is the means too: "قتل 32 شخصا في معارك بين قوات ...")
        sides = ev.type == "other" and k + 1 < len(toks) and toks[k + 1].w in ("مع", "بين")
        if ev.kind == "noun" and (ev.type in ("airstrike/shelling", "explosion") or sides) and _means_only(toks, k, lex):
            host = next((o for o in out if o.type == "killing/casualties" and o.trig_s < ev.trig_s < o.e
                         and not _sep(t, toks, o.i, k)), None)
            if host is not None:
                continue
        twin = next((o for o in out if o.type == ev.type and o.s <= ev.trig_s < o.e and ev.s <= o.trig_s < ev.e
                     and {o.kind, ev.kind} == {"noun", "verb"}
                     and (o.trig_s < ev.trig_s) == (o.kind == "noun")
                     and not _sep(t, toks, min(o.i, ev.i), max(o.i, ev.i))), None)
        if twin is not None:
            keep = twin if twin.kind == "verb" else ev
            other = ev if keep is twin else twin
            # the subject noun opens the span ("غارات إسرائيلية استهدفت ..."), not the clause before it
            keep.s, keep.e = max(min(keep.s, other.s), other.s if other.trig_s - other.s < 40 else 0), max(keep.e, other.e)
            if keep is ev:
                out[out.index(twin)] = ev
            continue
        out.append(ev)
    return out


# generic verbs whose object is a verbal noun: the decision and what it decides are one event
_COMPLEMENT_VERBS = _words("complement_verbs")


def _typed_first(evs: list[_Ev]) -> list[_Ev]:
    """A generic happening verb adds an event only to a clause that tells nothing typed: in "ارتفعت
    حصيلة القتلى إلى 55" or "المستشفيات استقبلت عشرات الجرحى" the toll is the event."""
    typed = [e for e in evs if e.type != GENERIC and not e.rel]  # a relative clause tells its own
    out = []
    for e in evs:
        if e.type == GENERIC:
            if any(o.trig_s < e.e and o.trig_e > e.s for o in typed) or any(
                    o.rel and o.type != GENERIC and e.s <= o.trig_s < e.trig_s for o in evs):
                continue  # "عدد الموظفين الذين قتلوا ... تجاوز 220": the toll, not a happening
            # "قررت اللجنة رفع سعر الفائدة": a decision whose object is a typed verbal noun is that event
            obj = next((o for o in typed if e.trig_e <= o.trig_s and o.s - e.trig_e < 90
                        and e.trig_word in _COMPLEMENT_VERBS), None)
            if obj is not None:
                obj.s = min(obj.s, e.s)
                continue
        out.append(e)
    return out


def _coordinated(a: _Ev, b: _Ev, t: str) -> bool:
    """Is b a happening of its own after a: joined by و, or a past verb after a comma ("، تسلمت مصر ...")?"""
    return b.conj or (b.past and bool(_PUNCT.search(t[a.trig_e:b.trig_s])))


def _one_per_clause(evs: list[_Ev], t: str) -> list[_Ev]:
    """Two triggers of one export type with clauses from the same start tell one happening ("أفرجت حماس
    عن 13 رهينة مقابل إطلاق سراح 39 أسيرا", "التوصل إلى اتفاق ... يرفع قيمة القرض"): the first stays."""
    out: list[_Ev] = []
    for ev in evs:
        key = ev.type if ev.type in EVENT_TYPES else "other"
        if any(o.s == ev.s and (o.type if o.type in EVENT_TYPES else "other") == key
               and not _coordinated(o, ev, t) for o in out):
            continue
        out.append(ev)
    return out


_VICTIMS = _words("victims")
_INJURY = _word_tuple("injury")
_JOIN = re.compile(r"[\s,،]*(?:و|فيما|وان|بينما|الي جانب|اضافه الي)?\s*")  # "مقتل 15 شخصا، إلى جانب إصابة 23 آخرين"
# "22 قتيلا وعدد كبير من الجرحى", "وعشرات الجرحى": the wounded counted after the dead
_JOIN_COUNT = re.compile(r"[\s,،]*و(?:عدد|العشرات|عشرات|المئات|مئات)(?:\s+كبير)?(?:\s+من)?\s*")


_TARGETS = _words("targets")


def _means_only(toks: list[_Tok], k: int, lex: Lexicon) -> bool:
    """Is the noun at k only the means of a killing ("بضربة جوية", "في اشتباكات وغارات")? Not when it is
    told with its own agent, verb or target ("بغارات إسرائيلية على جنوب لبنان")."""
    w, prev = toks[k].w, (toks[k - 1].w if k else "")
    means = (w.startswith("ب") and not w.startswith("بال") or w.startswith("بال")) or prev in ("في", "جراء", "بسبب")
    if not means and w.startswith("و") and prev in lex.forms and k > 1:
        means = toks[k - 2].w in ("في", "جراء", "بسبب") or toks[k - 1].w.startswith("ب")
    if not means:
        return False
    if k + 1 < len(toks) and _strip_al(_bare(toks[k + 1].w)) in _TARGETS:
        return False  # "استشهد أربعة بقصف منزل لعائلة ...": the strike told with its own target
    if k + 1 < len(toks) and toks[k + 1].w in _BLAST_PLACES \
            and any(tr.type == "explosion" for tr in lex.forms.get(w, ())):
        return False  # "مقتل 84 شخصا بتفجيرين قرب مرقد سليماني": the blast told with where it went off
    for q in range(k + 1, min(len(toks), k + 4)):
        x = toks[q].w
        if x in ("من", "الذي", "التي", "علي", "ضد") or x in _AGENT_VERBS or any(
                tr.kind in ("verb", "light") for tr in lex.forms.get(x, ())):
            return False
    return True


def _is_accusation(verb: str, rlex: Any) -> bool:
    v = norm(verb)
    e = rlex.verbs.get(v) or rlex.participles.get(v)
    return bool(e and e.get("accusation"))


def _negated_frame(text: str, a: Attribution) -> bool:
    """Is the verb that frames what was said negated ("لم يعلن الجيش ...", "دون أن تعلن عمّان ...")? Then
    nothing was said: neither a statement nor the act it would announce."""
    if not a.verb:
        return False
    lo = max(0, a.start - 300)
    vpos = text.rfind(a.verb, lo, a.start)
    if vpos < 0:
        return False
    before = _WORD.findall(norm(text[max(lo, vpos - 40):vpos]))[-2:]
    return bool(before) and (before[-1] in _VERB_NEGATIONS or any(w in ("دون", "بدون") for w in before))


def _is_denial(verb: str, rlex: Any) -> bool:
    e = rlex.verbs.get(norm(verb))
    return bool(e and e.get("denial"))


def _sentence_of(bounds: list[tuple[int, int]], p: int) -> tuple[int, int]:
    k = bisect.bisect_right(bounds, (p, 1 << 62)) - 1
    if k >= 0 and bounds[k][0] <= p < bounds[k][1]:
        return bounds[k]
    return p, p


# ----------------------------------------------------------------------------- triggers


def _context_ok(trig: Trigger, toks: list[_Tok], i: int, j: int, k0: int, k1: int) -> bool:
    """The words a trigger needs around it (requires_after/before) are there, and none it forbids."""
    if trig.requires_next and not any(toks[q].w in trig.requires_next for q in range(j, min(k1, j + 4))):
        return False
    if trig.not_before and any(toks[q].w in trig.not_before or _bare(toks[q].w) in trig.not_before
                               for q in range(max(k0, i - 3), i)):
        return False
    if trig.not_after and any(toks[q].w in trig.not_after or _strip_al(toks[q].w) in trig.not_after
                              or _bare(toks[q].w) in trig.not_after for q in range(j, min(k1, j + 3))):
        return False
    ok_after = not trig.requires_after or _any_word(trig.requires_after, toks, j, min(k1, j + 12), True)
    ok_before = not trig.requires_before or _any_word(trig.requires_before, toks, max(k0, i - 6), i, False)
    if trig.requires_after and trig.requires_before:
        return ok_after or ok_before
    return ok_after and ok_before


def _any_word(words: frozenset[str], toks: list[_Tok], a: int, b: int, waw: bool) -> bool:
    """Is a token in [a, b) one of ``words``, as written or without ال (with ``waw``, also without a
    first و: "والمدارس")? One loop with the lookups inlined: it runs for every candidate trigger."""
    for q in range(a, b):
        w = toks[q].w
        if w in words or len(w) > 4 and w[:2] == "ال" and w[2:] in words or waw and w[:1] == "و" and w[1:] in words:
            return True
    return False


_QUOTED = re.compile(r"[\"«“]([^\"»”\n]{2,60})[\"»”]")


def _quoted_names(t: str, ss: int, se: int, starts: list[int], toks: list[_Tok], lex: Lexicon) -> frozenset[int]:
    """Tokens of a short quoted name that opens with a name head ("إدارة العمليات العسكرية", "غرفة
    عمليات ..."): a trigger word there names a body, it tells nothing."""
    if not lex.name_heads or '"' not in t[ss:se] and "«" not in t[ss:se] and "“" not in t[ss:se]:
        return frozenset()
    out: set[int] = set()
    for m in _QUOTED.finditer(t, ss, se):
        a, b = m.start(1), m.end(1)
        k, k_end = bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)
        if 1 <= k_end - k <= 4 and k < len(toks) and (_bare(toks[k].w) in lex.name_heads and k_end - k >= 2
                                                     or k > 0 and _bare(toks[k - 1].w) in lex.name_before):
            out.update(range(k, k_end))
    return frozenset(out)


def _hits(toks: list[_Tok], k0: int, k1: int, lex: Lexicon, inside: frozenset[int] = frozenset(),
          orig_at: Any = None, t: str = "") -> list[_Hit]:
    out: list[_Hit] = []
    forms = lex.forms
    # only the tokens that are a trigger form or a verb of ordering are looked at (a few in a hundred)
    cand = _candidates(toks, lex)
    n_cand = len(cand)
    pos = bisect.bisect_left(cand, k0)
    k = k0
    while True:
        if pos < n_cand and cand[pos] < k:
            pos = bisect.bisect_left(cand, k, pos)
        if pos >= n_cand or cand[pos] >= k1:
            break
        k = cand[pos]
        pos += 1
        obj = _ordered(toks, k, k0, k1, t, lex, inside) if t and toks[k].w in lex.directives else None
        if obj is not None:
            out.append(_Hit(k, k + 1, _DIRECTIVE, obj=obj))  # "وجهت الهيئة بإخلاء المناطق": the order is the event
            k += 1
            continue
        cands = forms.get(toks[k].w)
        if not cands or k in inside:  # "هيئة تحرير الشام", "ساحة التحرير": a word of a name is no trigger
            k += 1
            continue
        if orig_at is not None and any(tr.kind == "verb" for tr in cands):
            cands = _written_noun(cands, toks[k], orig_at)
        best: _Hit | None = None
        prev = _bare(toks[k - 1].w) if k > k0 else ""
        nominal = prev in lex.preps or prev in lex.support or prev in lex.result_cues or \
            toks[k].w.startswith(("ال", "وال", "بال", "لل", "فال"))
        if cands and len(cands) > 1:
            ok = tuple(tr for tr in cands if _context_ok(tr, toks, k, k + 1 + len(tr.seq), k0, k1))
            # a reading whose required context is there is the more specific one ("تدخل ... لدعم")
            cands = tuple(tr for tr in ok if tr.requires_after or tr.requires_before or tr.requires_next) or ok or cands
            if any(tr.type == GENERIC for tr in cands):
                # a typed reading whose context is there wins over a generic verb ("استقالته": his
                # resignation, not "he resigned it"); without one, the generic verb stays
                typed = tuple(tr for tr in cands if tr.type != GENERIC and tr in ok)
                if typed and all(tr.kind == "light" for tr in typed) and not any(
                        tr.kind == "noun" and not tr.seq and (not tr.needs_predicate or tr.light_ok)
                        for q in range(k + 1, min(k1, k + 6)) for tr in forms.get(toks[q].w, ())):
                    typed = ()  # "واصلت فرق الإطفاء مكافحة الحرائق": no event noun for the support verb to take
                cands = typed or tuple(tr for tr in cands if tr.type == GENERIC)
        for trig in cands or ():
            n = len(trig.seq)
            if n:
                if k + n >= k1:
                    continue  # the words of a multi-word noun must all be in the sentence
                if not all(_strip_al(toks[k + 1 + q].w) == _strip_al(trig.seq[q]) for q in range(n)):
                    continue
            if best is None or n > len(best.trig.seq) or (
                    n == len(best.trig.seq) and _rank(trig, nominal) > _rank(best.trig, nominal)):
                best = _Hit(k, k + 1 + n, trig)
        if best is not None and toks[k].w in lex.blocked and _blocked_at(toks, k, best.j, k0, k1, lex):
            best = None  # "قصفت الطائرات، فجر اليوم، مواقع ...": dawn cuts no clause, it is no trigger
        if best is not None:
            if orig_at is not None:
                tk = toks[k]
                first = tk.s + 1 if tk.w[:1] in "وف" and len(tk.w) > 3 else tk.s
                best.hamza = orig_at(first) == "أ"
                best.damma = orig_at(first, 1) == "\u064f"
            out.append(best)
            k = best.j
        else:
            k += 1
    return out


# an order given with its object after ب ("وجه بتوفير الوجبات", "أوعز بإخلاء المنطقة"): a happening (type other)
_DIRECTIVE = Trigger(type=GENERIC, kind="verb")


def _ordered(toks: list[_Tok], k: int, k0: int, k1: int, t: str, lex: Lexicon, inside: frozenset[int]) -> int | None:
    """The token of what a verb of ordering at k orders: an indefinite verbal noun after ب, right after the verb
    or after its subject and object, up to eleven words on, a time set off by commas between ("وجه بتوفير",
    "وجهت الهيئة بإخلاء", "وجه رئيس حكومة الإقليم مستشفيات أربيل ودهوك باستقبال الجرحى"); None when an object noun comes first ("وجه
    الجيش ضربة بصاروخ", "وجهت نداء"), a clause ends, the ب-word is a name ("وجه بوتين رسالة") or a definite
    means ("بالصواريخ"), or the verb's form is a noun after a preposition ("في وجه بريطانيا")."""
    if k > k0 and (_bare(toks[k - 1].w) in lex.preps or toks[k - 1].w in lex.noun_context):
        return None
    for q in range(k + 1, min(k1, k + 12)):
        w = toks[q].w
        if _PUNCT.search(t[toks[q - 1].e:toks[q].s]) and w not in lex.time_words and toks[q - 1].w not in lex.time_words:
            return None  # (not a time set off by commas: "وجّه، فجر الأربعاء، وزارتي الداخلية والصحة باستنفار ...")
        if w[:1] == "ب" and not w.startswith("بال") and len(w) > 3 and q not in inside:
            return q
        if w in lex.forms:
            return None
    return None


def _written_noun(cands: tuple[Trigger, ...], tk: _Tok, orig_at: Any) -> tuple[Trigger, ...]:
    """Drop verb readings that the original spelling rules out, which folding hides: a word ending in
    ة is a noun ("إعادة", "منحة", not "أعاده"/"منحه"), and a generic happening verb written with إ is
    a verbal noun of form IV ("إحالته إلى التحقيق", not "أحالته")."""
    last = orig_at(tk.e - 1)
    if last == "ة" or orig_at(tk.e - 1, 1) == "\u064b" or orig_at(tk.e - 2, 1) == "\u064b":
        # ة, or a tanwin ("هرباً", "هرب\u064bا"): a noun, unless a participle that is the predicate ("جارية")
        return tuple(tr for tr in cands if tr.kind != "verb" or tr.participle)
    first = orig_at(tk.s + 1) if tk.w[:1] in "وف" and len(tk.w) > 3 else orig_at(tk.s)
    if first == "إ" or orig_at(tk.s) == "إ":
        return tuple(tr for tr in cands if not (tr.kind == "verb" and tr.type == GENERIC))
    return cands


def _rank(t: Trigger, nominal: bool) -> int:
    """Verb readings win unless the context is nominal (after a preposition, with ال)."""
    if nominal:
        return {"noun": 2, "verb": 1, "light": 0}[t.kind]
    return {"verb": 2, "noun": 1, "light": 0}[t.kind]


def _bare(w: str) -> str:
    return w[1:] if len(w) > 3 and w[0] in "وف" else w


def _definite(w: str) -> bool:
    """A definite noun, its article after a proclitic too ("الهجوم", "والهجوم", "بالهجوم", "للهجوم")."""
    return w.startswith(("ال", "وال", "فال", "بال", "وبال", "كال")) or w.startswith("لل") and len(w) > 4


def _strip_al(w: str) -> str:
    return w[2:] if w.startswith("ال") and len(w) > 4 else w


def _attack_word(w: str) -> bool:
    """Is w an attack noun of events.yaml attack_nouns, with its article and a proclitic ("والهجوم", "بالهجوم")?"""
    for pre in ("وبال", "وال", "فال", "بال", "كال", "لل", "ال"):
        if w.startswith(pre):
            return w[len(pre):] in _ATTACK_WORDS
    return False


def _prev_word(toks: list[_Tok], i: int, k0: int) -> str:
    return toks[i - 1].w if i - 1 >= k0 else ""


def _event(h: _Hit, hits: list[_Hit], absorbed: set[int], toks: list[_Tok], k0: int, k1: int,
           ss: int, se: int, t: str, lex: Lexicon, paren: list[tuple[int, int]], content_of: Any) -> _Ev | None:
    trig = h.trig
    tk = toks[h.i]
    prev = _bare(_prev_word(toks, h.i, k0))
    nxt = _bare(toks[h.j].w) if h.j < k1 else ""
    # background and non-events
    raw_prev = _prev_word(toks, h.i, k0)
    if prev in lex.negations or raw_prev[1:] in lex.negations and raw_prev[:1] in "وف":
        return None
    if prev == "ان" and h.i - 2 >= k0 and _bare(toks[h.i - 2].w) in lex.negations:
        return None  # "دون أن تسجل إصابات", "لا أن": negated through أن
    if prev in _NEGATED_KANA and h.i - 2 >= k0 and toks[h.i - 2].w in _VERB_NEGATIONS:
        return None  # "السفينة لم تكن تحمل أي شحنة": negated through كان
    if prev in lex.relatives and not (trig.kind == "verb" and not trig.present):
        # "التي تسيطر عليها", "حيث تسيطر": a background state; a past act in a relative clause is told
        # ("حيث أجلت السلطات", "ولي العهد الذي قدم التعازي")
        return None
    if prev in lex.relatives and prev != "حيث" and any(
            h.i - 4 <= h2.i <= h.i - 2 and h2.trig.kind == "noun" and not _sep(t, toks, h2.i, h.i - 1)
            # "فيضانات عام 2010 التي أودت بحياة 1700 شخص": the toll a disaster or an attack took is told
            and not (trig.type == "killing/casualties" != h2.trig.type and _figure_near(toks, h.j, k1))
            for h2 in hits):
        return None  # "الزلزال المدمر الذي ضرب ...": the relative clause describes the event its noun names
    onset = prev in _ONSET and h.i - 2 >= k0 and _bare(toks[h.i - 2].w) == "منذ"
    if (prev == "منذ" or onset) and not (onset and trig.kind == "noun" and (nxt == "بين" or _dated_after(toks, h.j, k1, t, lex))) \
            and not (prev == "منذ" and _taken_by(toks, h, k1, trig)):
        # "منذ بدء تفشي المرض", "منذ اندلاع القتال": an anchor in time; the outbreak of fighting between
        # named sides, or on a day named, is told ("منذ اندلاع القتال بين الجيش وقوات الدعم السريع منتصف أبريل",
        # "منذ اندلاع الحرب في 15 أبريل")
        return None
    if trig.kind == "noun" and lex.onset_only and _strip_al(_bare(tk.w)) in lex.onset_only and prev not in lex.onset_words:
        return None  # "وقف الحرب", "مناطق القتال": named, not told
    if trig.state_in_present and trig.present and not trig.future:
        return None  # "تسيطر الحكومة على العاصمة": a standing state, not an event
    if trig.kind in ("verb", "light") and tk.w[0] in "يت" and nxt in ("عليها", "عليه", "عليهم", "فيها"):
        return None  # "مناطق يسيطر عليها": a state, described in passing
    if prev in lex.back_reference and trig.kind in ("verb", "noun") and h.i - 1 >= k0 and _bare(toks[h.i - 1].w) == prev:
        return None  # "وتزامن تقدم الفصائل مع ...": the advance named again, as a verbal noun
    nxt2 = _bare(toks[h.j + 1].w) if nxt == "قد" and h.j + 1 < k1 else nxt  # "الهجوم قد بدأ"
    if trig.kind == "noun" and (prev in lex.back_reference or nxt in lex.back_reference or prev in lex.result_cues
                                or nxt in lex.result_cues or any(x.kind == "light" for x in lex.forms.get(nxt2, ()))):
        return None  # a back-reference, or the cause named as subject ("السيول أجبرت ... على النزوح")
    if trig.kind == "noun" and prev == "من" and h.i - 2 >= k0 and _bare(toks[h.i - 2].w) in _DURATIONS and _definite(tk.w):
        return None  # "بعد ستة أشهر من الاحتجاز", "بعد أيام من الهجوم": the time since an event named, not told
    if trig.kind == "noun" and prev in lex.demonstratives and tk.w.startswith(("ال", "وال")):
        return None  # "ويعد هذا الهجوم الأكبر منذ سنوات": the event told before, named again
    if trig.kind == "noun" and (prev in lex.superlatives or nxt in lex.superlatives_after and tk.w.startswith(("ال", "وال"))):
        return None  # "في أعنف مواجهات تعيشها العاصمة", "وهو الهجوم الأعنف منذ أشهر": ranked, told before
    if _mentioned(toks, h, k0, t, lex):
        return None  # "طالبوا بالإفراج عن", "دعت إلى إجراء انتخابات", "تورطهم بالهجوم": mentioned, not told
    if _bare(tk.w) in _SURVIVAL and any(
            toks[q].w in _DESCRIBERS
            and not any(_PUNCT.search(t[toks[r - 1].e:toks[r].s]) for r in range(q + 1, h.i + 1))
            for q in range(max(k0, h.i - 6), h.i)):
        # "قال عبدالله مقبول، وهو عامل في الميناء نجا من القصف، لـ...", "روى محمد الأسعد، الذي نجا بأعجوبة": who
        # the witness is, not a happening told
        return None
    if trig.kind == "noun" and trig.type == "capture/control" and h.j == h.i + 1 and (
            t[max(0, tk.s - 1):tk.s] in _QUOTES or t[tk.e:tk.e + 1] in _QUOTES):
        # "أعلنت عبر التلفزيون الرسمي «تحرير» المدينة", "كتلتا «الوفاء للمقاومة» و«التنمية والتحرير»": the speaker's
        # word in quotes or a name, not a capture told
        return None
    if trig.kind == "noun" and tk.w[:1] == "ل" and any(
            _strip_al(_bare(toks[q].w)) in _ANNIVERSARY for q in range(max(k0, h.i - 3), h.i)) and not any(
            toks[q].w[:1].isdigit() for q in range(h.j, min(k1, h.j + 5))):
        # "لإحياء الذكرى الرابعة لاغتيال سليماني": a past event commemorated, not told (one dated is: "في الذكرى
        # الثالثة لانفجار 4 آب 2020")
        return None
    if trig.kind == "noun" and trig.type in _MEANS_TYPES and _struck(toks, h, k0, t, hits):
        return None  # "ضربات على 14 صاروخا": the missiles are what was struck, not a strike of their own
    if trig.kind == "noun" and typ_is_cause(trig, raw_prev):
        return None  # "ضحايا القصف", "حصيلة ضحايا الاحتجاجات": the cause named, not a new event
    if trig.kind == "verb" and not trig.present and not trig.participle and h.i > k0 \
            and toks[h.i - 1].w in ("ان", "بان") \
            and not (h.i - 2 >= k0 and _bare(toks[h.i - 2].w) in ("بعد", "قبل", "منذ")):  # "بعد أن جرفت السيول"
        c = content_of(tk.s)
        if c is not None and c[0] >= toks[h.i - 1].s:
            return None  # "قال إن رفع الفائدة بهذا الحجم يستهدف ...": a verbal noun after إنّ, a topic
    if trig.kind == "noun" and h.j < k1 and any(x.type == "statement" for x in lex.forms.get(toks[h.j].w, ())):
        return None  # "هجوم تبناه التنظيم": the claim is the event told
    if trig.clause_start and not _at_clause_start(toks, h.i, k0, t, lex):
        return None
    blk = lex.blocked.get(tk.w)
    if blk and ((h.j < k1 and (nxt in blk[0] or toks[h.j].w in blk[0] or _strip_al(toks[h.j].w) in blk[0]))
                or prev in blk[1] or raw_prev in blk[1]):
        return None
    if not _context_ok(trig, toks, h.i, h.j, k0, k1):
        return None  # the words it is about are not there (either side for a two-sided rule)
    bare_noun = trig.bare and trig.kind == "verb" and (prev in lex.preps or raw_prev in lex.preps) and prev != "ب"
    listed = prev in ("الي", "عن") and h.i - 2 >= k0 and (
        _bare(toks[h.i - 2].w) in lex.result_cues or _strip_al(_bare(toks[h.i - 2].w)) in ("اضافه",)
        or _result_before(toks, h.i - 2, k0, t, lex)) or _listed_after(toks, h.i, k0, t, lex)
    if bare_noun and trig.type in ("counter-attack", GENERIC) and not listed:
        return None  # "في صد الصواريخ": a form-I verbal noun after a preposition, no act of its own
    if trig.type == GENERIC and not listed and (prev in lex.noun_context or raw_prev in lex.noun_context or prev in lex.preps
                                 or raw_prev[:1] in "بل" and raw_prev[1:] in lex.noun_context):
        return None  # "أثناء فتح طريق", "بعد توقف القتال": a verbal noun, not the clause's verb
    if trig.type == GENERIC and trig.present and not trig.future and not _in_title(t, ss, se, k0, k1, toks, lex) \
            and not _intended(toks, h.i, k0, lex) and not _ongoing(h, hits, toks, lex):
        # "المستشفى يستقبل 200 حالة يوميا": a habit or a state, unless planned or in a headline; a verb of going
        # on ("يتواصل إحصاء الأضرار") tells what happens now
        return None
    if trig.kind == "verb" and any(h2.trig.kind == "noun" and h2.trig.type == "explosion" and h2.i < h.i <= h2.j + 2
                                   and not _sep(t, toks, h2.i, h.i) for h2 in hits):
        return None  # "انفجار عبوة ناسفة استهدفت دورية": the blast's own verb, one event
    if trig.kind == "noun" and trig.type == "advance/offensive" and tk.w.startswith(("ال", "وال")) and any(
            h.j <= h2.i <= h.j + 4 and h2.trig.type == "counter-attack" and h2.trig.kind == "verb"
            and not _sep(t, toks, h.i, h2.i) for h2 in hits):
        return None  # "الهجوم الإرهابي الجبان أُحبط": the attack is told by its repelling
    if trig.kind == "noun" and trig.type == "rescue" and any(
            h.j <= h2.i <= h.j + 3 and h2.trig.type == "killing/casualties"
            and (not h2.trig.needs_count or _counted(toks, h2, k0, k1, lex)) for h2 in hits):
        return None  # "انتشال 9 جثث": bodies recovered are the casualties, no rescue
    typ, kind, passive, future, i_start = trig.type, trig.kind, trig.passive, trig.future, h.i
    if typ == "killing/casualties" and trig.kind == "noun" and _strip_al(_bare(tk.w)) == "اصابه" \
            and _strip_al(nxt) in _TARGETS:
        typ = "airstrike/shelling"  # "بعد إصابة مصنع في المدينة بصاروخ": a building hit, no one hurt
    if typ == "killing/casualties" and _strip_al(_bare(tk.w)).startswith(_INJURY) and any(
            toks[q].w[:1] == "ب" and (toks[q].w[1:] in _DISEASES or _strip_al(toks[q].w[1:]) in _DISEASES)
            for q in range(h.j, min(k1, h.j + (2 if trig.kind == "noun" else 4)))):
        # "المصابين بالكوليرا", "35 إصابة جديدة بحمى الضنك", "أصيب 12 شخصا بالحصبة": an epidemic's cases, nobody hurt
        typ = "outbreak"
    if typ == "capture/control" and trig.kind == "verb" and _control_of_no_place(toks, h, k1):
        typ = GENERIC  # "سيطرت فرق الإطفاء على الحريق": a fire brought under control, no place taken
    if typ == "capture/control" and any(_bare(toks[q].w) in _ATTEMPT for q in range(max(k0, h.i - 7), h.i)):
        typ = "advance/offensive"  # "تحاول القوات منذ أسابيع اقتحام المقر": an attempt to take it is an assault
    if bare_noun:
        kind = "noun"  # "أسفرت عن قتل 3 عناصر": the verbal noun tells it, its span starts at it
    light_obj: _Hit | None = None
    if kind == "light":
        if prev == "منذ":
            return None  # "منذ بدء العملية البرية": an anchor in time
        objs: list[_Hit] = []
        for h2 in hits:
            if h2.i > h.i and h2.i - h.i <= trig.window and h2.trig.kind == "noun" and h2.i not in absorbed \
                    and not _blocked_at(toks, h2.i, h2.j, k0, k1, lex) \
                    and (not h2.trig.needs_predicate or trig.override or h2.trig.light_ok):
                if _sep(t, toks, h.i, h2.i) and not _time_aside(t, toks, h.i, h2.i, lex):
                    break
                if h2.trig.needs_count and not _counted(toks, h2, k0, k1, lex):
                    continue  # "سقط قرب مخيم للنازحين": people named, not the support verb's object
                objs.append(h2)
                if not h2.trig.needs_predicate:
                    break
        # a plain event noun wins over a clash noun before it ("أجبرت المعارك ... على النزوح": the
        # clashes are the cause, the flight is the event)
        noun = next((h2 for h2 in objs if not h2.trig.needs_predicate), objs[0] if objs else None)
        if noun is None:
            # "الصاروخ سقط قرب المخيم": the strike noun is the subject right before the support verb
            noun = next((h2 for h2 in hits if h2.j == h.i and h2.trig.kind == "noun" and h2.trig.type in _MEANS_TYPES), None)
            if noun is None or trig.override:
                return None
        absorbed.add(noun.i)
        light_obj = noun
        # "بدأ الجيش عملية عسكرية" starts an offensive; "بدأت الانتخابات", "بدأ الإضراب العام" start what they name
        typ = trig.override if trig.override and noun.trig.type in _OVERRIDDEN else noun.trig.type
        # "بدأ الهجوم بتفجير سيارتين مفخختين", "الهجوم قد بدأ بقصف مدفعي": the attack began with a
        # blast or a strike; the means gives the type
        if noun.trig.type in _MEANS_TYPES and trig.override and (
                toks[noun.i].w.startswith("ب") or noun.trig.kind == "noun" and noun.trig.type == "airstrike/shelling"):
            typ = noun.trig.type  # "أطلقت 88 صاروخا": missiles launched are a strike, not an offensive
        else:
            means = next((h2 for h2 in hits if noun.j <= h2.i <= noun.j + 3 and h2.trig.kind == "noun"
                          and h2.trig.type in _MEANS_TYPES and toks[h2.i].w.startswith("ب")
                          and not _sep(t, toks, noun.i, h2.i)), None)
            if means is not None and noun.trig.type == "advance/offensive":
                absorbed.add(means.i)
                typ = means.trig.type
        kind = "verb"
    elif kind == "noun":
        # "ما أسفر عن تدمير مضافتين", "إضافة إلى هدم أجزاء من 12 منزلا", "إلى جانب دمار واسع": a result listed is told
        result = listed or prev == "جانب" and h.i - 2 >= k0 and toks[h.i - 2].w == "الي" or onset
        # "في اشتباكات مع مجموعات مسلحة", "مواجهات بين الجيش والمتمردين": a clash with its sides named is told
        result = result or typ == "other" and nxt in ("مع", "بين")
        if trig.taken_only and not _taken_by(toks, h, k1, trig):
            return None  # "تمت السيطرة على الحريق", "تحت سيطرة الجيش": no place taken told
        result = result or typ in _CAUSE_TOLD and (prev in _CAUSE_PREPS or raw_prev in _CAUSE_PREPS)
        if trig.needs_predicate and not result and not _predicate_near(toks, h, k0, k1, t, lex) \
                and not _in_title(t, ss, se, k0, k1, toks, lex) \
                and not (typ in lex.counted_types and _count_follows(toks, h.j, k1)):
            return None
        if trig.needs_count and not _counted(toks, h, k0, k1, lex) and not (
                h.i == k0 and _in_title(t, ss, se, k0, k1, toks, lex)):
            return None
        if trig.needs_count and _moved(toks, h.j, k1, t, lex):
            return None  # "42 مصابا ... عبروا أمس إلى الأراضي المصرية": the wounded crossing, no toll told
        if trig.needs_count and _negated_before(toks, h.i, k0, t):
            return None  # "لم تعلن السلطات حصيلة رسمية للضحايا": a toll not given is none
        if trig.needs_count and _people_object(toks, h, k0, t, lex):
            return None  # "وصول سيارات الإسعاف إلى عشرات الجرحى", "للعثور على 13 مفقودا": people reached, not a toll
        if typ == "disaster" and not result and not _predicate_near(toks, h, k0, k1, t, lex) and not any(
                _bare(toks[q].w) in lex.disaster_cues or toks[q].w in lex.disaster_cues
                for q in range(h.j, min(k1, h.j + 4))):
            return None  # "زلزال تركيا", "ضحايا الفيضانات": the disaster named, not told
        # (and "خلال عملية إجلاء السكان", "في إطار عملية إجلاء": an operation named as the setting of what is told)
        if prev in lex.background_preps and typ in ("other", "capture/control", "advance/offensive") or (
                prev in lex.background_preps or prev == "اطار") and trig.seq and _strip_al(_bare(tk.w)) in ("عمليه", "عمليات"):
            # "بعد هجمات متفرقة على قرى في ريف ود مدني": an attack with its own target after بعد is told
            target = typ == "advance/offensive" and any(toks[q].w == "علي" for q in range(h.j, min(k1, h.j + 3))) \
                or _taken_by(toks, h, k1, trig) or typ == "other" and not _definite(tk.w) and nxt in ("مع", "بين") \
                and prev in ("خلال", "اثناء")
            # ("خلال اشتباك مع مجموعة من المهربين": a clash with its other side named, during which something happened,
            # is told; "بعد معارك مع التنظيم" is the background of what followed)
            # ("بعد اشتباكات عنيفة استمرت يومين استخدمت فيها الأسلحة المتوسطة": a clash told with how long it lasted or
            # what it used is an event of its own, not a bare background)
            told = typ == "other" and not trig.seq and not _definite(tk.w) \
                and _bare(tk.w) not in ("اشتباك", "معركه", "مواجهه") \
                and any(_bare(toks[q].w) in _CLASH_TOLD for q in range(h.j, min(k1, h.j + 2)))
            if not _agent_follows(toks, h.j, k1) and not target and not told:
                return None
        for h2 in hits:
            if h.j <= h2.i <= h.j + 3 and h2.trig.kind == "noun" and toks[h2.i].w[0] == "و" \
                    and h2.trig.type == trig.type and not _sep(t, toks, h.i, h2.i):
                absorbed.add(h2.i)  # "مقتل وإصابة": one casualty event
            elif h.j <= h2.i <= h.j + 1 and h2.trig.kind == "noun" and not _sep(t, toks, h.i, h2.i) and (
                    toks[h2.i].w[0] == "و" and h2.i == h.j and toks[h2.i - 1].w not in lex.preps
                    or h2.i == h.j and h2.trig.type == trig.type):
                absorbed.add(h2.i)  # "مقتل واعتقال", "قصف مدفعي وانفجارات", "انفجار عبوة ناسفة": one event
        # a verb trigger of the same clause takes its object noun ("صدت هجوما")
    if trig is _DIRECTIVE:
        absorbed.update(h2.i for h2 in hits if h2.i == h.obj)  # what is ordered ("بإخلاء") is no event of its own
    if kind == "verb":
        if typ == "statement" and trig.kind == "verb" and _bare(tk.w) not in lex.mention_verbs and any(
                h.j <= h2.i <= h.j + 6 and h2.trig.kind == "noun" and not h2.trig.needs_predicate
                and (toks[h2.i].w in trig.requires_after or _strip_al(_bare(toks[h2.i].w)) in trig.requires_after)
                and h2.trig.type not in _CONDEMNED for h2 in hits):
            # (a threat stays the event: "هدد النائب بالاستقالة": the resignation is only threatened)
            return None  # "أعلن الجيش انتهاء الحصار": the announced event is told, attributed to the speaker
        if trig.kind == "verb" and trig.requires_after and typ not in _SPEECH:
            # "توصلت الأطراف إلى اتفاق": the noun the verb requires is its complement, one happening
            absorbed.update(h2.i for h2 in hits if h.j <= h2.i <= h.j + 3 and h2.trig.kind == "noun"
                            and not _sep(t, toks, h.i, h2.i) and (toks[h2.i].w in trig.requires_after
                                                                   or _strip_al(toks[h2.i].w) in trig.requires_after))
        for h2 in hits:
            if typ == GENERIC:
                break  # a generic verb leaves a typed noun its own event ("اندلعت الاشتباكات")
            if typ in _SPEECH and not toks[h2.i].w.startswith(("ال", "وال", "بال", "لل")):
                continue  # "تتبنى هجوما على مدرسة": the claim and the attack it claims, told for the first time
            aside = typ == "counter-attack" and _ASIDE.fullmatch(t[tk.e:toks[h2.i].s]) is not None
            if h2.i > h.i and h2.i - h.i <= (6 if aside else 5) and h2.trig.kind == "noun" and (
                    _plain_object(toks, h2.i, lex) or typ in ("counter-attack", "interception")) \
                    and (not _sep(t, toks, h.i, h2.i) or aside) and toks[h2.i - 1].w not in lex.onset_words:
                absorbed.add(h2.i)  # "صدت هجوما", "تتصدى لهجوم": the verb's object
            elif h2.i > h.i and h2.i - h.i <= 5 and h2.trig.kind == "noun" and h2.trig.type == typ \
                    and typ in _MEANS_TYPES and toks[h2.i].w[:1] == "ب" and not toks[h2.i].w.startswith("بال") \
                    and not any(h.i < h3.i < h2.i and h3.trig.kind in ("verb", "light") for h3 in hits) \
                    and "." not in t[toks[h.i].e:toks[h2.i].s]:
                absorbed.add(h2.i)  # "استهدفت ... أحياء سكنية بصاروخ باليستي": the means of the strike told
            elif typ in _SPEECH and h.i < h2.i <= h.i + 10 and h2.trig.kind == "noun" and h2.trig.type in _CONDEMNED \
                    and toks[h2.i].w.startswith(("ال", "وال")) and _plain_object(toks, h2.i, lex) \
                    and not any(h.i < h3.i < h2.i for h3 in hits) and not _FULL_STOP.search(t[tk.e:toks[h2.i].s]) \
                    and ":" not in t[tk.e:toks[h2.i].s] and not any(toks[q].w in lex.remark_openers for q in range(h.i + 1, h2.i)):
                # "أدان رئيس الجمهورية، الدكتور حسن شيخ محمود، الهجوم": the attack condemned over the speaker's
                # title and name set off by commas is the verb's object, not a new attack
                absorbed.add(h2.i)
    cl_s, cl_e = _clause(toks, starts_of(toks), h.i, k0, k1, ss, se, t, lex, paren, content_of, hits)
    if light_obj is not None and toks[light_obj.i].s >= cl_e:
        # "شن الجيش، فجر اليوم، هجوما على البلدة": the clause goes on over the aside to the object
        cl_e = max(cl_e, _clause(toks, starts_of(toks), light_obj.i, k0, k1, ss, se, t, lex, paren, content_of, hits)[1])
    if kind == "noun" and (prev in lex.preps or prev in lex.result_cues or toks[h.i].w[0] in "بل" and prev
                           or i_start > k0 and toks[h.i].s > cl_s) or trig.kind == "light" and prev in lex.preps:
        # a support verbal noun after a preposition ("بعد سقوط قذائف") starts its own span too
        start = tk.s + (1 if tk.w[:1] in "وف" and _proclitic(toks, h.i, lex)
                        or tk.w[:1] in "بل" and not tk.w.startswith("لل") and tk.w[1:] in lex.forms else 0)
        if kind == "noun" and typ == "killing/casualties":
            start = _figure_start(toks, h.i, k0, t, start)  # "أكثر من 1000 قتيل": the toll with its figure
        if (prev in lex.support or onset) and h.i - 1 >= k0 and toks[h.i - 1].e > cl_s:
            start = toks[h.i - 1].s
            if toks[h.i - 1].w[0] in "وف" and toks[h.i - 1].w[1:] in lex.support:
                start += 1  # "وتم اعتقال": the conjunction is outside the span
        cl_s = max(cl_s, start)
    else:
        cl_s = _after_complementiser(toks, starts_of(toks), cl_s, tk.s)
    if kind == "noun" and prev in ("الي", "عن"):
        # "أدت الهجمات ... إلى اضطراب حركة التجارة", "أسفرت عن مقتل": the result told from its cue
        for q in range(h.i - 2, max(k0, h.i - 14) - 1, -1):
            if toks[q].s < cl_s and not (toks[q].s >= ss):
                break
            if _PUNCT.search(t[toks[q].e:toks[q + 1].s]):
                break
            if toks[q].w in lex.result_cues or _bare(toks[q].w) in lex.result_cues:
                if typ != "killing/casualties":  # "أسفرت عن مقتل": the toll starts at the noun
                    cl_s = toks[q].s
                break
    # (a construct with a definite genitive is definite too: "أدانت الوزارة عملية الاغتيال")
    if kind == "noun" and trig.kind == "noun" and (_definite(tk.w) or h.j - 1 > h.i and _definite(toks[h.j - 1].w)) \
            and any(h.i - 12 <= h2.i < h.i and h2.trig.type == "statement" and h2.trig.kind == "verb"
            and not h2.trig.requires_after and not _sep(t, toks, h2.i, h.i) for h2 in hits):
        return None  # "دانت حماس في بيان «المجزرة المروعة»": what is condemned was told already
    if kind == "noun" and trig.kind == "noun" and typ in _BACK_REF_TYPES and _definite(tk.w) \
            and not _says_more(toks, h.j, cl_e, lex, t):
        return None  # "أدان الرئيس القصف", "قتلوا في الهجوم": the event already told, named again
    if kind == "noun" and trig.kind == "noun" and _definite(tk.w) and h.j < k1 and toks[h.j].w in _frame_verbs() \
            and _told_before(toks, h.i, k0):
        return None  # "روى جاره لحظات الانهيار قائلا": the collapse told before, named again by who tells of it
    # (and "شن العدو عدوانا جويا": the noun a support verb took, from the air; عدوان names no means of its own)
    air = light_obj if light_obj is not None and toks[light_obj.i].w == "عدوانا" and light_obj.trig.type == typ else None
    if typ == "advance/offensive" and (trig.kind == "noun" or air is not None) and any(
            _bare(toks[q].w) in _AIR_WORDS or _bare(toks[q].w) in _MISSILE_WORDS or air is not None and toks[q].w == "جويا"
            for q in (range(max(k0, h.i - 5), min(k1, h.j + 5)) if air is None else range(air.j, min(k1, air.j + 2)))
            if q not in (h.i,)):
        typ = "airstrike/shelling"  # "100 طائرة شاركت في الهجوم", "هجوم بالصواريخ والمسيرات": from the air
    if (typ == "advance/offensive" or typ == "capture/control" and "دخل" in tk.w) and _civil_agent(toks, h, k0, k1, t, lex):
        # "اقتحم مودعون غاضبون خمسة فروع مصرفية", "هجوم نفذه مئات المستوطنين", "دخل المودع إلى فرع المصرف":
        # a crowd, no army (a seat of power stormed stays taken: "اقتحم محتجون القصر الرئاسي")
        typ = "other"
    if kind == "noun" and typ in _BACK_REF_TYPES and trig.kind == "noun" and _definite(tk.w) \
            and _judged(toks, h.j, k1, lex):
        return None  # "أن الهجوم يكشف عجز العدو": the attack named as a topic, not told
    if typ == "advance/offensive" and kind == "noun" and trig.kind == "noun" and _definite(tk.w) \
            and _attack_word(tk.w) and not any(
                toks[q].w in lex.relatives for q in range(h.j, min(k1, h.j + 3))):
        # "الهجوم لم يستهدف أي موقع", "إزاء الهجوم على حمص": the attack named again (events.yaml attack_nouns)
        return None
    heard = typ == "explosion" and trig.kind == "noun" and prev in _SOUND_WORDS
    if heard and _definite(tk.w):
        return None  # "ما ناموا من صوت الانفجارات": the blasts named again by their sound
    if typ == "statement" and h.i > k0 and any(x.kind == "noun" for x in lex.forms.get(toks[h.i - 1].w, ())):
        cl_s = max(cl_s, toks[h.i - 1].s)  # "هجوم تبناه التنظيم": the claim of the attack
    return _Ev(type=typ, s=cl_s, e=cl_e, i=h.i, trig_s=tk.s, trig_e=toks[h.j - 1].e, kind=kind,
               future=future, passive=passive, conj=tk.w[0] == "و" or raw_prev == "و", rel=prev in lex.relatives,
               trig_word=_bare(tk.w),
               past=trig.kind == "verb" and not trig.present, heard=heard,
               # "سليماني قُتل بضربة أميركية": a past verb voweled فُعِل is a passive, its subject the victim
               voweled_passive=trig.kind == "verb" and not trig.present and h.damma)


_AGENT_SKIP = _words("agent_skip")
_ARMED = _words("armed")


def _ongoing(h: _Hit, hits: list[_Hit], toks: list[_Tok], lex: Lexicon) -> bool:
    """Is ``h`` a present verb of going on ("يتواصل إحصاء الأضرار", events.yaml ongoing_verbs) whose work is no
    typed noun after it? A typed noun as its object tells it itself ("تواصل فرق الإنقاذ، لليوم الثالث، البحث عن
    ناجين"); one after a preposition ("القرى المتضررة من الفيضانات") is no object."""
    return _bare(toks[h.i].w) in _ONGOING and not any(
        h.i < h2.i <= h.i + 14 and h2.trig.kind == "noun" and h2.trig.type != GENERIC
        and not h2.trig.needs_predicate and toks[h2.i - 1].w not in lex.preps and toks[h2.i - 1].w != "من" for h2 in hits)


def _civil_word(w: str, lex: Lexicon) -> bool:
    for x in (w, _bare(w)):
        if x in lex.civil_agents or _strip_al(x) in lex.civil_agents:
            return True
        if x.startswith("لل") and x[2:] in lex.civil_agents:
            return True  # "هجوم للمستوطنين"
    return False


def _civil_agent(toks: list[_Tok], h: _Hit, k0: int, k1: int, t: str, lex: Lexicon) -> bool:
    """Is the agent of an assault a crowd of civilians (settlers, depositors, migrants, protesters)?
    Storming a bank branch or a village by a crowd is a happening of its own kind ("other"), not a
    military offensive. The agent is the first noun after the trigger (past quantities, adjectives and
    the agent verb of a noun: "هجوم واسع نفذه مئات المستوطنين", "اقتحم مودع آخر"), the noun right
    before it ("مستوطنون هاجموا"), or, for a plural verb with no noun subject, a crowd named up to 25 words
    before (in this sentence or the one before) with no armed force after it ("المستوطنين تجمعوا ... قبل أن
    يهاجموا"). A crowd after
    على/ضد or as the object is the target, not the agent. A bank or a shop stormed with no armed force
    named next to the verb is a crowd's doing too ("يخشى المودعون أن تُقتحم المصارف مجددا")."""
    if not lex.civil_agents:
        return False
    if _civil_target(toks, h, k0, k1):
        return True
    for q in range(h.j, min(k1, h.j + 5)):
        if _sep(t, toks, q - 1, q) and q > h.j:
            break
        w = toks[q].w
        if _civil_word(w, lex):
            return True
        if not (w in _AGENT_SKIP or _bare(w) in _AGENT_SKIP or w in _AGENT_VERBS or w.isdigit() or w in lex.number_words):
            break
    q = h.i - 1
    while q >= k0 and toks[q].w in ("قد", "كانوا", "كانت", "كان"):
        q -= 1
    if q >= k0 and not _sep(t, toks, q, h.i) and _civil_word(toks[q].w, lex):
        return True
    if h.trig.kind == "verb" and toks[h.i].w.endswith("وا"):
        nxt = toks[h.j].w if h.j < k1 else ""
        if nxt and (_civil_word(nxt, lex) or _strip_al(_bare(nxt)) in _ARMED):
            return False
        for q in range(h.i - 1, max(0, h.i - 25) - 1, -1):  # (into the sentence before: "أحرق مستوطنون ... كما هاجموا")
            w = toks[q].w
            if _strip_al(_bare(w)) in _ARMED or _bare(w) in _ARMED:
                return False
            if _civil_word(w, lex) and not (q > k0 and toks[q - 1].w in ("علي", "ضد")):
                return True
    return False


_CIVIL_TARGETS = _words("civil_targets")


def _civil_target(toks: list[_Tok], h: _Hit, k0: int, k1: int) -> bool:
    """Is what is stormed a bank, a branch or a shop, named right after the verb or right before it (over قد), with
    no armed force among the four words on either side ("تُقتحم المصارف", "المصارف قد تُقتحم"; not "اقتحمت قوات
    الاحتلال فرع البنك")?"""
    q = h.i - 1
    while q >= k0 and toks[q].w in ("قد", "ان"):
        q -= 1
    near = [h.j] if h.j < k1 else []
    if q >= k0:
        near.append(q)
    if not any(_strip_al(_bare(toks[r].w)) in _CIVIL_TARGETS for r in near):
        return False
    return not any(_strip_al(_bare(toks[r].w)) in _ARMED or toks[r].w in _ARMED
                   for r in range(max(k0, h.i - 4), min(k1, h.j + 4)))


def _blocked_at(toks: list[_Tok], i: int, j: int, k0: int, k1: int, lex: Lexicon) -> bool:
    """Is the trigger form at i ruled out by the words next to it (not_when: "منطقة عملياتها", "فجر الاثنين")?"""
    blk = lex.blocked.get(toks[i].w)
    if not blk:
        return False
    prev = _bare(toks[i - 1].w) if i > k0 else ""
    raw_prev = toks[i - 1].w if i > k0 else ""
    nxt = _bare(toks[j].w) if j < k1 else ""
    return (j < k1 and (nxt in blk[0] or toks[j].w in blk[0] or _strip_al(toks[j].w) in blk[0])) \
        or prev in blk[1] or raw_prev in blk[1]


def _result_told(toks: list[_Tok], i: int, k0: int, lex: Lexicon) -> bool:
    """Is the trigger at i the result of what a clause tells ("ما أدى إلى إصابة ثلاثة مدنيين", "أسفر عن
    مقتل")? In an accusation ("اتهم المصدر القوات بقصف منازل، ما أدى إلى إصابة ثلاثة") the act is what is
    charged, but its toll is told as it happened."""
    return i - 2 >= k0 and toks[i - 1].w in ("الي", "عن") and (
        toks[i - 2].w in lex.result_cues or _bare(toks[i - 2].w) in lex.result_cues)


def _listed_after(toks: list[_Tok], i: int, k0: int, t: str, lex: Lexicon) -> bool:
    """Is the و-noun at i, after a comma, one more result of a list its cue opened a few words before ("أسفر
    الهجوم عن مقتل جنديين، وتدمير ثلاث طائرات")?"""
    if i - 1 < k0 or toks[i].w[:1] != "و" or not _PUNCT.search(t[toks[i - 1].e:toks[i].s]):
        return False
    for q in range(i - 2, max(k0, i - 10) - 1, -1):
        if "." in t[toks[q].e:toks[q + 1].s]:
            return False
        if _bare(toks[q].w) in lex.result_cues and any(toks[r].w in ("عن", "الي") for r in range(q + 1, min(i, q + 4))):
            return True
    return False


def _result_before(toks: list[_Tok], q: int, k0: int, t: str, lex: Lexicon) -> bool:
    """A result cue a few words before token q in the same clause, its subject between ("أسفرت الغارات
    عن تدمير ثلاثة جسور")?"""
    for r in range(q - 1, max(k0, q - 4) - 1, -1):
        if _PUNCT.search(t[toks[r].e:toks[r + 1].s]):
            return False
        if _bare(toks[r].w) in lex.result_cues:
            return True
    return False


def _struck(toks: list[_Tok], h: _Hit, k0: int, t: str, hits: list[_Hit]) -> bool:
    """Is a weapon noun the target of a strike named just before it ("غارات على مخازن الصواريخ",
    "ضربات على 14 صاروخا")?"""
    q = h.i - 1
    while q >= k0 and h.i - q <= 3 and (any(c.isdigit() for c in toks[q].w) or toks[q].w in _NUMERAL_WORDS
                                        or _bare(toks[q].w) in ("مخازن", "مستودعات", "منصات", "منصه", "مخزن")):
        q -= 1
    if q < k0 or _bare(toks[q].w) not in ("علي", "ضد"):
        return False
    return any(q - 3 <= h2.i < q and h2.trig.type in _MEANS_TYPES and not _sep(t, toks, h2.i, h.i) for h2 in hits)


def _intended(toks: list[_Tok], i: int, k0: int, lex: Lexicon) -> bool:
    """A plan or forecast right before a present-tense verb ("على أن يطلق", "من المقرر أن تعقد",
    "يعتزم أن")."""
    for q in range(i - 1, max(k0, i - 4) - 1, -1):
        w = _bare(toks[q].w)
        if w in lex.planned or w in lex.predicted or _strip_al(w) in lex.planned:
            return True
        if w == "ان" and q > k0 and _bare(toks[q - 1].w) in ("علي", "قبل", "بعد"):
            return True  # "على أن يطلق": planned; "قبل أن يتسع": told in a narrative
    return False


_BACK_REF_TYPES = ("advance/offensive", "airstrike/shelling", "explosion")


_MISSILE_WORDS = _words("missile_words")


def _judged(toks: list[_Tok], j: int, k1: int, lex: Lexicon) -> bool:
    """Is a definite event noun the subject of a judgement ("الهجوم يكشف", "القصف يمثل انتهاكا"): a
    present-tense verb right after it that tells nothing itself?"""
    if j >= k1:
        return False
    w = toks[j].w
    # a verb form that is an event only in its own context ("يحمل" mercy aid) judges here ("الهجوم يحمل رسائل")
    return w[:1] in "يت" and len(w) > 3 and w not in lex.predicates and all(
        tr.requires_after or tr.requires_before or tr.requires_next for tr in lex.forms.get(w, ()))


def _told_before(toks: list[_Tok], i: int, k0: int) -> bool:
    """Was the word of the event noun at i (without ال and و/ف) written in an earlier sentence of the article?"""
    stem = _strip_al(_bare(toks[i].w))
    return any(_strip_al(_bare(toks[q].w)) == stem for q in range(k0))


def _says_more(toks: list[_Tok], j: int, cl_e: int, lex: Lexicon, t: str) -> bool:
    """Does the clause go on after a definite event noun with something of its own (an agent, a place,
    a time, a verb), rather than end or turn to how it is described ("القصف بأنه")?"""
    if j >= len(toks) or toks[j].s >= cl_e or _PUNCT.search(t[toks[j - 1].e:toks[j].s]):
        return False
    return toks[j].w not in lex.description_cues


def _mentioned(toks: list[_Tok], h: _Hit, k0: int, t: str, lex: Lexicon) -> bool:
    """Is the trigger only mentioned: right after a mention word ("تورطهم بالهجوم", "مخاوف من تدمير"), or
    a verbal noun a few words after a demand, call or refusal ("طالب المحتجون بالإفراج عن")?"""
    w = toks[h.i].w
    # a finite verb ("قتل", "يعتقل") is told; verbal nouns (nouns, and forms such as تجميد/إطلاق) may be mentioned
    finite = h.trig.kind in ("verb", "light") and (_bare(w)[:1] not in "تا" or h.hamza)  # "وإغلاق": a verbal noun
    # "دعا «الإطار» في بيان أنصار التيار إلى «الانسحاب»": what a call is to reaches back over its addressee
    reach = 10 if h.i > k0 and toks[h.i - 1].w == "الي" else 5
    punct = _punct_gaps(toks, t)
    for n, q in enumerate(range(h.i - 1, max(k0, h.i - reach) - 1, -1)):
        x = toks[q].w
        if q + 1 in punct:
            return False
        if n == 0 and (not finite or h.trig.bare) and (x in lex.mention_cues or _bare(x) in lex.mention_cues or _strip_al(x) in lex.mention_cues):
            return True
        if n == 1 and not finite and toks[q + 1].w in ("الي", "علي", "عن", "ب", "في", "من") and (
                x in lex.mention_cues or _bare(x) in lex.mention_cues):
            return True
        if not finite and (x in lex.mention_verbs or _bare(x) in lex.mention_verbs
                           or x[:1] in "لب" and x[1:] in lex.mention_verbs):  # "لدعوة المتظاهرين إلى الانسحاب"
            return True
        if n > 0 and x in _verb_forms(lex):
            return False
    return False


_MEANS_TYPES = ("explosion", "airstrike/shelling")
# what a statement condemns or claims ("أدان الهجوم", "تبنى التفجير") is its object, not a new event
_CONDEMNED = ("advance/offensive", "airstrike/shelling", "explosion", "killing/casualties")
_ATTEMPT = _words("attempt")
_ATTACK_WORDS = _words("attack_nouns")
_SOUND_WORDS = _words("sound_words")
_SURVIVAL = _words("survival_verbs")
_DESCRIBERS = _words("describers")
_QUOTES = frozenset('"«»“”')
_ANNIVERSARY = _words("anniversary_words")
_DECLARE_VERBS = _words("declare_verbs")
_BLAST_PLACES = _words("blast_places")
_ONSET = _words("onset")
_DATE_WORDS = _words("date_words")


def _dated_after(toks: list[_Tok], j: int, k1: int, t: str, lex: Lexicon) -> bool:
    """Does "في" + a day follow at j ("في 15 أبريل", "في السابع من أكتوبر", "في الثاني من تشرين الأول"), ending its
    clause? Before the sentence's own verb the phrase only dates it ("عدد النازحين منذ اندلاع القتال في 15 أبريل
    تجاوز 1.1 مليون")."""
    if not (j + 1 < k1 and toks[j].w == "في" and (toks[j + 1].w[:1].isdigit() or toks[j + 1].w in _DATE_WORDS)):
        return False
    verbs = _verb_forms(lex)
    for q in range(j + 2, min(k1, j + 9)):
        if _PUNCT.search(t[toks[q - 1].e:toks[q].s]):
            return True
        if toks[q].w in verbs:
            return False
    return True


_CAUSE_HEADS = _words("cause_heads")
_CAUSE_PREPS = _words("cause_preps")
_CLASH_TOLD = _words("clash_told")
_CAUSE_TOLD = frozenset({"incident"})  # the needs_predicate nouns a cause preposition tells (events.yaml cause_preps)


def typ_is_cause(trig: Trigger, prev: str) -> bool:
    return trig.type not in ("killing/casualties", "disaster") and prev in _CAUSE_HEADS


_STARTS_CACHE: list[tuple[list[_Tok], list[int]]] = []
_CAND_CACHE: list[tuple[list[_Tok], Any, list[int]]] = []
_TRIGGER_WORDS: list[tuple[Any, frozenset[str]]] = []  # (lexicon, its trigger forms and verbs of ordering)
_WORD_OF = attrgetter("w")
_VERB_FORMS: list[tuple[Any, frozenset[str]]] = []


def _verb_forms(lex: Lexicon) -> frozenset[str]:
    """The forms with a verb or support-verb reading, once per lexicon."""
    if not _VERB_FORMS or _VERB_FORMS[0][0] is not lex:
        _VERB_FORMS[:] = [(lex, frozenset(w for w, trs in lex.forms.items()
                                          if any(tr.kind in ("verb", "light") for tr in trs)))]
    return _VERB_FORMS[0][1]
_PUNCT_CACHE: list[tuple[list[_Tok], str, frozenset[int]]] = []


def _punct_gaps(toks: list[_Tok], t: str) -> frozenset[int]:
    """The tokens q (q >= 1) with a comma, semicolon or colon (_PUNCT) between token q - 1 and q, found
    by one scan of the text per token list (held by identity, as starts_of), not a search of each gap."""
    if _PUNCT_CACHE and _PUNCT_CACHE[0][0] is toks and _PUNCT_CACHE[0][1] is t:
        return _PUNCT_CACHE[0][2]
    starts = starts_of(toks)
    got = frozenset(q for q in (bisect.bisect_right(starts, m.start()) for m in _PUNCT.finditer(t))
                    if 0 < q < len(toks))
    _PUNCT_CACHE[:] = [(toks, t, got)]
    return got


def _candidates(toks: list[_Tok], lex: Lexicon) -> list[int]:
    """The indices of the tokens that are a trigger form or a verb of ordering, computed once per token
    list and lexicon (held by identity, as starts_of): _hits looks at these only."""
    if _CAND_CACHE and _CAND_CACHE[0][0] is toks and _CAND_CACHE[0][1] is lex:
        return _CAND_CACHE[0][2]
    if not _TRIGGER_WORDS or _TRIGGER_WORDS[0][0] is not lex:
        _TRIGGER_WORDS[:] = [(lex, frozenset(lex.forms) | lex.directives)]
    got = list(compress(count(), map(_TRIGGER_WORDS[0][1].__contains__, map(_WORD_OF, toks))))
    _CAND_CACHE[:] = [(toks, lex, got)]
    return got


def starts_of(toks: list[_Tok]) -> list[int]:
    """Token starts, computed once per token list (held by identity: see _vocab_of)."""
    if _STARTS_CACHE and _STARTS_CACHE[0][0] is toks:
        return _STARTS_CACHE[0][1]
    got = [tk.s for tk in toks]
    _STARTS_CACHE[:] = [(toks, got)]
    return got


def _time_aside(t: str, toks: list[_Tok], a: int, b: int, lex: Lexicon) -> bool:
    """Is the only boundary between tokens a and b a short aside of time between commas ("شن الجيش، فجر
    اليوم، هجوما", "نفذت القوات، مساء أمس، حملة دهم")? The verb reaches its object over it."""
    gap = t[toks[a].e:toks[b].s]
    m = _ASIDE.search(gap)
    if m is None or not any(w in lex.time_words for w in _n(re.split(r"[\s,،]+", m.group().strip(" ,،")))):
        return False
    rest = gap[:m.start()] + " " + gap[m.end():]
    return not any(c in rest for c in ",;.:،") and not any(toks[q].w in ("ثم", "حيث") for q in range(a + 1, b + 1))


def _sep(t: str, toks: list[_Tok], a: int, b: int) -> bool:
    """A clause boundary between tokens a and b (comma, ثم)."""
    for q in range(a + 1, b + 1):
        gap = t[toks[q - 1].e:toks[q].s]
        if any(c in gap for c in ",;.:") or toks[q].w in ("ثم", "حيث"):
            return True
    return False


def _plain_object(toks: list[_Tok], i: int, lex: Lexicon) -> bool:
    w = toks[i].w
    return not (w[0] in "بل" and not w.startswith("ال")) and toks[i - 1].w not in lex.preps


_AGENT_VERBS = _words("agent_verbs")


_TAKEN_NOT = load_lexicon().taken_not | frozenset(_strip_al(w) for w in load_lexicon().taken_not)


def _taken_by(toks: list[_Tok], h: _Hit, k1: int, trig: Trigger) -> bool:
    """A capture noun with its taker and the place taken ("منذ سيطرة الدعم السريع على ود مدني", "بعد سيطرة
    الجيش على البلدة"): a happening told, not a time anchor. The taker comes first, then على."""
    if trig.type != "capture/control" or trig.present or h.j >= k1 or toks[h.j].w == "علي":
        return False
    q = next((q for q in range(h.j + 1, min(k1, h.j + 5)) if toks[q].w == "علي"), None)
    return q is not None and q + 1 < k1 and _strip_al(toks[q + 1].w) not in _TAKEN_NOT and toks[q + 1].w not in _TAKEN_NOT


_CONTROL_NOT_PLACE = _words("control_not_place")
_OVERRIDDEN = frozenset(_data_lists()[0]["override_types"])
_DISEASES = _words("diseases")
_DURATIONS = _words("durations")


def _control_of_no_place(toks: list[_Tok], h: _Hit, k1: int) -> bool:
    """Is what a capture verb brings under control, after على within eight words, no place (a fire, floods,
    prices, an epidemic: events.yaml control_not_place)?"""
    q = next((q for q in range(h.j, min(k1, h.j + 8)) if toks[q].w == "علي"), None)
    return q is not None and q + 1 < k1 and toks[q + 1].w in _CONTROL_NOT_PLACE


def _agent_follows(toks: list[_Tok], j: int, k1: int) -> bool:
    """'إثر هجوم مباغت شنته حركة حماس': the noun has its own agent verb, so it is told, not background."""
    return any(toks[q].w in _AGENT_VERBS for q in range(j, min(k1, j + 3)))


def _predicate_near(toks: list[_Tok], h: _Hit, k0: int, k1: int, t: str, lex: Lexicon) -> bool:
    """An event predicate within three words of the noun, in the same clause ("تواصلت فيه الاشتباكات",
    "حريقا صغيرا اندلع")."""
    for q in range(h.i - 1, max(k0, h.i - 3) - 1, -1):
        if _bare(toks[q].w) in lex.predicates or toks[q].w in lex.predicates:
            # "منذ بدء العملية البرية": an anchor in time, not the event
            return not (q > k0 and _bare(toks[q - 1].w) in lex.background_preps)
        if _PUNCT.search(t[toks[q].e:toks[q + 1].s]):
            break
    for q in range(h.j, min(k1, h.j + 3)):
        if _PUNCT.search(t[toks[q - 1].e:toks[q].s]):
            break
        if _bare(toks[q].w) in lex.predicates or toks[q].w in lex.predicates:
            return True
    return False


def _in_title(t: str, ss: int, se: int, k0: int, k1: int, toks: list[_Tok], lex: Lexicon) -> bool:
    """A headline line (the article's first line, no full stop): nouns stand without verbs there."""
    if "\n" in t[:ss].strip():
        return False
    line_end = t.find("\n", ss)
    # no full stop in the line: a decimal point ("35.7%") and the ".." of headlines are none
    return line_end >= 0 and _FULL_STOP.search(t[ss:line_end].rstrip(".")) is None


_FULL_STOP = re.compile(r"(?<![.\d])\.(?![.\d])")
_HEADLINE_VERB = Trigger(type=GENERIC, kind="verb", present=True)
_NISBA_ENDS = _affixes("nisba_ends")


@lru_cache(maxsize=1)
def _said_words() -> frozenset[str]:
    """Verbs of saying, warning and claiming (reporting.yaml and events.yaml): no happening of their own."""
    lex = load_lexicon()
    return frozenset(load_reporting().verbs) | lex.warning_verbs | lex.remark_verbs


def _headline_verbs(toks: list[_Tok], k0: int, k1: int, lex: Lexicon, inside: frozenset[int], hits: list[_Hit],
                    t: str) -> list[_Hit]:
    """A headline tells what happened in the present tense after its subject ("فرق الإنقاذ تسابق الزمن",
    "محتجون يقطعون طريق بعقوبة", "المفوضية ترد 87 طعنا"): a word there that has the shape of a present
    tense (ي/ت, then at least three letters), after a subject of the same headline clause, is a happening
    when the lexicon reads no trigger there (none, or none whose required words are there: "يرفعون أكوام
    القمامة" is no rate raised). Not a plural or feminine noun (ات, ة), a nisba (تركي, يمنية),
    a form-II verbal noun (تطعيم, تحذير: ت, two letters, ي, one letter) or a word listed in headline_not."""
    at = {h.i: h for h in hits}
    covered = {q for h in hits for q in range(h.i + 1, h.j)}  # the later words of a multi-word trigger
    said = _said_words()
    extra, dropped = [], set()
    for q in range(k0 + 1, k1):
        w = toks[q].w
        b = _bare(w)
        if q in inside or q in covered or b[:1] not in "يت":
            continue
        if any(tr.type in _SPEECH or _context_ok(tr, toks, q, q + 1 + len(tr.seq), k0, k1) for tr in lex.forms.get(w, ())):
            continue  # the lexicon reads it ("روسيا تشن أكبر هجوم"); not one whose words are not there ("يرفعون")
        if b[:1] not in "يت" or len(b) < 4 or b.endswith(("ات", "ه") + _NISBA_ENDS) or len(b) == 5 and b[3] == "ي" \
                or b in lex.headline_not or w in lex.headline_not or w in said or b in said:
            continue  # (nor a verb of saying: "الحوثيون يقولون", "الأرصاد تحذر من", "الاحتلال يزعم")
        if _PUNCT.search(t[toks[q - 1].e:toks[q].s]) or "." in t[toks[q - 1].e:toks[q].s]:
            continue  # no subject before it in its clause
        prev = _bare(toks[q - 1].w)
        if prev in lex.preps or toks[q - 1].w in lex.preps or prev in lex.noun_context or prev in lex.negations:
            continue
        extra.append(_Hit(q, q + 1, _HEADLINE_VERB))
        if q in at:
            dropped.add(id(at[q]))
    if not extra:
        return hits
    return sorted([h for h in hits if id(h) not in dropped] + extra, key=lambda h: h.i)


_HEDGES = _words("hedges")


_CASE_WORDS = _words("case_words")  # "14 حالة وفاة": the figure counts cases of the noun


def _figure_start(toks: list[_Tok], i: int, k0: int, t: str, start: int) -> int:
    """Where the figure before a toll noun begins, with its hedge ("أكثر من 1000 قتيل", "نحو 30 قتيلا") and the
    word of cases between ("14 حالة وفاة", "بثماني حالات وفاة")."""
    q, best = i - 1, start
    while q >= k0 and i - q <= 4 and not _PUNCT.search(t[toks[q].e:toks[q + 1].s]):
        w = toks[q].w
        if any(c.isdigit() for c in w) or w in _NUMERAL_WORDS:
            best = toks[q].s
        elif w not in _HEDGES and w not in _CASE_WORDS:
            break
        q -= 1
    if best != start:  # the hedge right before the figure belongs to it
        k = q + 1
        while k < i and toks[k].s < best and toks[k].w in _HEDGES:
            best = toks[k].s
            break
    return best


def _count_follows(toks: list[_Tok], j: int, k1: int) -> bool:
    """A figure right after the noun ("توقيف 3 أشخاص", "مداهمة 12 منزلا"): the act is told with its toll. A
    small figure written out ("وتدمير ثلاثة منازل" after a toll) is rather a result listed with it."""
    return j < k1 and (any(c.isdigit() for c in toks[j].w) or toks[j].w in _FIGURE_WORDS)


def _figure_near(toks: list[_Tok], j: int, k1: int) -> bool:
    """A figure within four words after j ("أودت بحياة نحو 1700 شخص", "قتل أكثر من 30"): a toll given."""
    return any(any(c.isdigit() for c in toks[q].w) or toks[q].w in _NUMERAL_WORDS for q in range(j, min(k1, j + 4)))


# a toll rising or reaching a figure: "ارتفع عدد القتلى منذ الفجر إلى 55", "بلغت الحصيلة 30 قتيلا"
_TOLL_CUES = _words("toll_cues")
_OBJECT_PREPS = _words("object_preps")


_VERB_NEGATIONS = _words("verb_negations")
_NEGATED_KANA = _words("negated_kana")


def _moved(toks: list[_Tok], j: int, k1: int, t: str, lex: Lexicon) -> bool:
    """Are counted people the subject of a verb of going somewhere in their clause ("42 مصابا و380 من حاملي
    الجنسيات الأجنبية عبروا أمس إلى الأراضي المصرية")? They travel; no toll is told."""
    for q in range(j, min(k1, j + 10)):
        if _PUNCT.search(t[toks[q - 1].e:toks[q].s]):
            return False
        if toks[q].w in lex.movement_verbs:
            return True
    return False


def _negated_before(toks: list[_Tok], i: int, k0: int, t: str) -> bool:
    """A past or future verb negated (لم/لن) up to seven words before token i in its clause ("لم تعلن السلطات
    حصيلة للضحايا"); not لا/ما, which also open "لا يزال" (still: "لا يزال 40 شخصا في عداد المفقودين")."""
    for q in range(i - 1, max(k0, i - 8) - 1, -1):
        if _PUNCT.search(t[toks[q].e:toks[q + 1].s]):
            return False
        if toks[q].w in _VERB_NEGATIONS:
            return True
    return False


def _people_object(toks: list[_Tok], h: _Hit, k0: int, t: str, lex: Lexicon) -> bool:
    """Are counted people the object of something else than a toll: their count phrase right after إلى,
    على, بين, عن or ل ("البحث عن 20 مفقودا", "وصول سيارات الإسعاف إلى عشرات الجرحى", "للعثور على قرابة 13 مفقودا", "حصيلة رسمية
    للضحايا", "بين الجرحى نحو 110 من عناصر الأمن"), with no toll rising or reaching a figure before it in
    the clause ("ارتفع عدد القتلى إلى 55" is a toll)?"""
    q = h.i - 1
    w = toks[h.i].w
    if w[:1] == "ل" and not w.startswith("ال") or w.startswith("لل"):
        prep_at = h.i  # "للضحايا"
    else:
        while q >= k0 and h.i - q <= 4 and toks[q].w not in _OBJECT_PREPS and (
                any(c.isdigit() for c in toks[q].w) or toks[q].w in _NUMERAL_WORDS
                                            or toks[q].w in lex.count_words or toks[q].w in _HEDGES):
            q -= 1
        if q < k0 or toks[q].w not in _OBJECT_PREPS or _PUNCT.search(t[toks[q].e:toks[q + 1].s]):
            return False
        prep_at = q
    for r in range(prep_at - 1, max(k0, prep_at - 12) - 1, -1):
        if _PUNCT.search(t[toks[r].e:toks[r + 1].s]):
            break
        x = toks[r].w
        if x in _TOLL_CUES or _bare(x) in _TOLL_CUES or _strip_al(x) in _TOLL_CUES or _bare(x) in lex.result_cues:
            return False  # "أسفرت عن 20 قتيلا": a toll caused
    return True


_TOLL_WORDS = _words("toll_words")


def _counted(toks: list[_Tok], h: _Hit, k0: int, k1: int, lex: Lexicon) -> bool:
    """A people noun with a figure or a count word near it ("1400 قتيل", "عدد النازحين", "آلاف القتلى")."""
    if h.trig.type == "displacement":
        # "عدد النازحين": a toll of the displaced; "يؤوي 800 نازح" are people sheltered (shelter_words); a figure
        # of the displaced otherwise counts them ("أكثر من مليون نازح بسبب الجفاف", "يقيم فيها 600 ألف نازح")
        if any(_strip_al(toks[q].w) in _TOLL_WORDS or _bare(toks[q].w) in _TOLL_WORDS for q in range(max(k0, h.i - 2), h.i)):
            return True
        if any(_bare(toks[q].w) in lex.shelter_words or toks[q].w in lex.shelter_words for q in range(max(k0, h.i - 6), h.i)):
            return False
        if h.i - 2 >= k0 and toks[h.i - 1].w == "من" and (any(c.isdigit() for c in toks[h.i - 2].w)
                                                          or toks[h.i - 2].w in ("المئه", "المائه")):
            return False  # "مصدر نحو 70% من النازحين", "70 في المائة من النازحين": a share, not a count
    for q in range(max(k0, h.i - 3), h.i):
        w = toks[q].w
        if any(c.isdigit() for c in w) or w in lex.count_words or _bare(w) in lex.count_words \
                or w in _NUMERAL_WORDS or _strip_al(w) in lex.count_words:
            return True
    for q in range(h.j, min(k1, h.j + 2)):
        if any(c.isdigit() for c in toks[q].w):
            return True
    return False


_PUNCT = re.compile(r"[,;:]")
_PRONOUN_COMP = _words("pronoun_comp")
_CONNECTIVES = _words("connectives")
_SUBSET = _words("subset")


def _at_clause_start(toks: list[_Tok], i: int, k0: int, t: str, lex: Lexicon) -> bool:
    if i == k0:
        return True
    gap = t[toks[i - 1].e:toks[i].s]
    return any(c in gap for c in ",;:\"") or toks[i - 1].w in _CONNECTIVES


_OPENER_FIRSTS = frozenset(p[0] for p in load_lexicon().opener_pairs)


@lru_cache(maxsize=1)
def _frame_verbs() -> frozenset[str]:
    rl = load_reporting()
    return frozenset(rl.verbs) | frozenset(rl.participles)


def _opener(toks: list[_Tok], q: int, lex: Lexicon) -> int:
    """How many words of a clause opener start at token q ("بعدما", "بعد أن", "ما أدى"), 0 if none."""
    w = toks[q].w
    if w in lex.openers and not (q + 1 < len(toks) and toks[q + 1].w in lex.opener_not_before):
        return 1
    if q + 1 < len(toks) and (w, toks[q + 1].w) in lex.opener_pairs:
        return 2
    return 0


def _boundary_before(toks: list[_Tok], q: int, t: str, lex: Lexicon, hits_at: set[int]) -> bool:
    """Does a new clause start at token q?"""
    w = toks[q].w
    if w in ("ثم", "حيث") or (w in lex.openers or w in _OPENER_FIRSTS) and _opener(toks, q, lex):
        return True
    if q in _punct_gaps(toks, t):
        if w in _CONNECTIVES or (len(w) > 3 and w[0] in "وف") or q in hits_at or w[0] == "ل" \
                or w in _frame_verbs():
            return True  # "...، قال مسؤول إن": a reporting frame starts after the comma
        if w in _SUBSET and q + 2 < len(toks) and any(tr.kind == "verb" for tr in lex.forms.get(toks[q + 2].w, ())):
            return True  # "مقتل 46 شخصا، بينهم 29 قضوا في ...": a part of the toll told with its own verb
    if w in ("وان", "وانها", "وانه", "وانهم", "وبان"):
        return True
    return False


_HIT_SETS: dict[int, tuple] = {}


def _hit_sets(hits: list[_Hit], toks: list[_Tok], k0: int, lex: Lexicon) -> tuple:
    """The trigger positions a sentence's clauses are cut by, computed once per sentence: all hits;
    verbs joined by و (a second verb opens its own clause: "داهمت قوة منزلا واعتقلت ثلاثة"); past acts
    in a relative clause (they start at their verb: "وزير الدفاع الذي قدم التعازي"); all verbs."""
    key = id(hits)
    got = _HIT_SETS.get(key)
    if got is not None and got[0] is hits:
        return got[1]
    noun_at = {h.i for h in hits if h.trig.kind == "noun"}
    sets = ({h.i for h in hits},
            {h.i for h in hits if h.trig.kind in ("verb", "light") and toks[h.i].w[0] == "و"
             and not h.trig.present and h.trig.type != "killing/casualties"},
            {h.i for h in hits if h.trig.kind in ("verb", "light") and not h.trig.present
             and h.i > k0 and toks[h.i - 1].w in lex.relatives and (
                 h.i - 2 not in noun_at or h.trig.type == "killing/casualties" and _figure_near(toks, h.j, len(toks)))},
            {h.i for h in hits if h.trig.kind in ("verb", "light")})
    _HIT_SETS.clear()
    _HIT_SETS[key] = (hits, sets)
    return sets


def _clause(toks: list[_Tok], starts: list[int], i: int, k0: int, k1: int, ss: int, se: int, t: str,
            lex: Lexicon, paren: list[tuple[int, int]], content_of: Any, hits: list[_Hit]) -> tuple[int, int]:
    """Normalised [start, end) of the clause around trigger token i."""
    p = toks[i].e - 1
    for a, b in paren:
        if a <= p < b:
            return _strip_dash(t, a, b)
    lo, hi = ss, se
    c = content_of(p)
    if c is not None:
        lo, hi = max(lo, c[0]), min(hi, c[1])
    hits_at, verbs_at, rel_verbs, verb_at = _hit_sets(hits, toks, k0, lex)
    # "هجوم حوثي على سفينة وواشنطن تضرب منصات": a و-joined subject right before a verb opens a new
    # clause when something was told before it (not "الجيش والشرطة أطلقا": one compound subject)
    # (the cheap test of a verb next first: few words are followed by one)
    svo = {q for q in range(max(k0 + 1, i - 2), min(k1, i + 12))
           if q + 1 in verb_at and toks[q].w[:1] == "و" and len(toks[q].w) > 2 and _proclitic(toks, q, lex)
           and toks[q + 1].w not in lex.blocked
           and not any(c in t[toks[q].e:toks[min(q + 2, k1 - 1)].s] for c in ",;:.")
           and any(k0 <= h.i < q and toks[h.i].s >= lo for h in hits)}
    q = i
    while q > k0 and toks[q - 1].s >= lo:
        if q == i and i in rel_verbs:
            break
        if q in svo and q < i:
            break
        if _boundary_before(toks, q, t, lex, hits_at) and q != i:
            break
        if q == i and q in verbs_at and any(h.i < i and h.trig.kind in ("verb", "light") and h.i >= k0
                                            and toks[h.i].s >= lo for h in hits):
            break
        if c is None and content_of(toks[q - 1].s) is not None:
            break  # nor an earlier attribution's content
        if q == i and (_boundary_before(toks, q, t, lex, set()) or (
                _past_verb_at(hits, i) and q > k0 and _PUNCT.search(t[toks[q - 1].e:toks[q].s]))):
            break  # "...، استخدمت فيها الأخيرة الغاز": a verb after a comma starts its own clause
        q -= 1
    start = max(lo, toks[q].s) if toks[q].s >= lo else lo
    # a trigger outside quotes/contents must not swallow a later attribution's frame
    r = i + 1
    # "المركز الذي قصف أمس كان يؤوي نازحين": after a relative clause the sentence's own predicate resumes
    rel = i > k0 and toks[i - 1].w in lex.relatives and toks[i - 1].w != "حيث"
    while r < k1 and toks[r].s < hi:
        if r in svo and r > i:
            break
        if rel and toks[r].w in _KANA:
            break
        if _boundary_before(toks, r, t, lex, hits_at) or (r in verbs_at and toks[i].w not in lex.forms.get("", ())
                                                          and _verb_at(hits, i)):
            break
        if c is None and content_of(toks[r].s) is not None:
            break
        r += 1
    end = toks[r - 1].e if r - 1 >= i else toks[i].e
    if r < k1 and toks[r].s < hi:
        end = toks[r].s
    end = min(end, hi)
    # leave a dash aside that opens inside the clause but closes after it
    for a, b in paren:
        if start < a < end < b:
            end = a
    start = _strip_lead(toks, starts, start, t, lex)
    return start, _trim(t, start, end)


_KANA = _words("kana")


def _past_verb_at(hits: list[_Hit], i: int) -> bool:
    """A past-tense verb trigger at i (after a comma it tells a new clause; a present one describes:
    "اتفاق ...، يرفع قيمة القرض")."""
    return any(h.i == i and h.trig.kind in ("verb", "light") and not h.trig.present for h in hits)


def _verb_at(hits: list[_Hit], i: int) -> bool:
    return any(h.i == i and h.trig.kind in ("verb", "light") for h in hits)


def _strip_dash(t: str, a: int, b: int) -> tuple[int, int]:
    a += 1
    b -= 1
    while a < b and t[a].isspace():
        a += 1
    while b > a and t[b - 1].isspace():
        b -= 1
    return a, b


_LEAD = _words("lead")


def _strip_lead(toks: list[_Tok], starts: list[int], s: int, t: str, lex: Lexicon) -> int:
    while s < len(t) and (t[s].isspace() or t[s] in ",;:\"-–—(."):
        s += 1
    k = bisect.bisect_left(starts, s)
    while k < len(toks) and toks[k].s == s and (toks[k].w in _LEAD or _opener(toks, k, lex)):
        k += max(1, _opener(toks, k, lex))
        s = toks[k].s if k < len(toks) else s
        while s < len(t) and t[s] in "\"":
            s += 1
    if k < len(toks) and toks[k].s == s and toks[k].w[0] in "وف" and _proclitic(toks, k, lex):
        s += 1  # "وطردت" -> "طردت": the conjunction is outside the span ("وصلت", "فصائل" keep theirs)
    return s


def _proclitic(toks: list[_Tok], k: int, lex: Lexicon) -> bool:
    """Is the first letter of token k (و/ف) a conjunction? Yes when the rest is a trigger form, starts
    with the article, or stands as a word of its own elsewhere in the article; "وصلت" (a trigger as a
    whole), "فصائل", "وزير" are words of their own."""
    w = toks[k].w
    rest = w[1:]
    if len(rest) < 2 or w in lex.forms and rest not in lex.forms or w in lex.not_triggers:
        return False  # "وزارة" (listed as no trigger) is a word, not و + "زاره"
    if w[:2] in ("وو", "وف", "فو", "وب", "ول") and len(w) > 4:
        return True  # "وواشنطن", "وفصائل", "وبعد": a proclitic before a word that starts with و/ف/ب/ل
    return rest in lex.forms or rest.startswith("ال") or rest in _vocab_of(toks)


_VOCAB_CACHE: list[tuple[list[_Tok], frozenset[str]]] = []


def _vocab_of(toks: list[_Tok]) -> frozenset[str]:
    """The article's words, computed once per token list (held by identity, so a later list that
    happens to reuse the id of a freed one never reads a stale vocabulary)."""
    if _VOCAB_CACHE and _VOCAB_CACHE[0][0] is toks:
        return _VOCAB_CACHE[0][1]
    got = frozenset(tk.w for tk in toks)
    _VOCAB_CACHE[:] = [(toks, got)]
    return got


def _after_complementiser(toks: list[_Tok], starts: list[int], s: int, trig_s: int) -> int:
    """Inside a clause, start after the last أن before the trigger ("إنه يتوقع أن يبدأ ...")."""
    k = bisect.bisect_left(starts, s)
    best = s
    while k < len(toks) and toks[k].s < trig_s:
        if toks[k].w in ("ان", "وان", "بان") and k + 1 < len(toks):
            best = toks[k + 1].s
        k += 1
    return best


def _drop_prep(toks: list[_Tok], starts: list[int], p: int, lex: Lexicon) -> int:
    k = bisect.bisect_left(starts, p)
    if k < len(toks) and starts[k] != p and k > 0 and toks[k - 1].s < p < toks[k - 1].e:
        return toks[k - 1].s  # a span that starts after the proclitic و of its first word ("ومقتل")
    while k > 0 and (toks[k - 1].w in lex.preps or toks[k - 1].w in lex.result_cues or toks[k - 1].w in lex.support
                     or toks[k - 1].w in ("ما", "وما") or toks[k - 1].w in lex.relatives):
        k -= 1
    return toks[k].s if k < len(toks) else p


def _trim(t: str, s: int, e: int) -> int:
    while e > s and (t[e - 1].isspace() or t[e - 1] in ".,;:!?-–—\"("):
        e -= 1
    return e


# ----------------------------------------------------------------------------- roles


def _actor(ev: _Ev, toks: list[_Tok], starts: list[int], ents_in: Any, t: str, lex: Lexicon,
           sent_events: list[_Ev], atts: list, ss: int, countries: frozenset[str] = frozenset(),
           voices: frozenset[str] = frozenset(), capitals: dict[str, tuple[str, Any]] | None = None) -> None:
    capitals = capitals or {}
    agents = [x for x in ents_in(ev.s, ev.e) if x[2].type != "LOC" and
              (x[2].type == "PER" or x[2].name_source in ("gazetteer", "user"))
              or x[2].id in countries and _subject_place(x, ev, toks, starts)
              or x[2].id in capitals and x[1] <= ev.trig_s and _subject_place(x, ev, toks, starts)
              and _bare_subject(x, toks, starts)]
    if voices and ev.type not in ("statement", "accusation"):
        agents = [x for x in agents if x[2].id not in voices]  # an outlet reports the strike, it does not strike
    if ev.type in _FORCE_ONLY:
        # a person does not take a town or strike an airport: the spokesman who announces it or the official who
        # was there is no agent ("Nabil Abdallah took control of Wad Madani", "Tedros carried out strikes")
        agents = [x for x in agents if x[2].type != "PER"]
    if ev.type not in ("statement", "accusation"):
        # the victims' own body struck no one, nor a body joined to it by و ("عناصر في حماس والجهاد الإسلامي")
        part = [x for x in agents if _partitive(x, toks, starts, ev.type == "killing/casualties")]
        if part:
            ends = [x[1] for x in part]
            agents = [x for x in agents if x not in part and
                      not any(e <= x[0] and _JOIN_AND.fullmatch(t[e:x[0]]) for e in ends)]
    marked = _marked_agent(ev, toks, starts, agents, lex)
    if marked is not None:  # "قتل مسلحان على يد قوات الأمن", "اعتقل ناشط من قبل الأجهزة الأمنية"
        ev.actor, ev.actor_en = marked[2], marked[2].name_en
        return
    if ev.passive:
        return
    a = ev.attribution
    k_s = bisect.bisect_left(starts, ev.s)
    if a is not None and a.speaker_id and k_s < len(toks) and toks[k_s].s == ev.s and \
            (toks[k_s].w in lex.own_side or _bare(toks[k_s].w) in lex.own_side) and k_s < bisect.bisect_left(starts, ev.trig_s) \
            and not any(x[2].type == "PER" and x[2].id == a.speaker_id for x in ents_in(0, len(t))):
        # (a spokesman's "قواتنا" are his body's, not his: "Nabil Abdallah took control of Wad Madani")
        # "قال الجيش إن قواته استعادت ...": the speaker's own forces
        ev.actor = Entity(text=a.speaker, start=0, end=0, type="ORG", id=a.speaker_id, name_en=a.speaker_en)
        ev.actor_en = a.speaker_en
        return
    before = [x for x in agents if x[1] <= ev.trig_s] if not ev.voweled_passive else []
    after = [x for x in agents if x[0] >= ev.trig_e]
    pick = None
    kt = bisect.bisect_left(starts, ev.trig_s)
    pronoun_subject = kt > 0 and toks[kt - 1].w in _PRONOUN_COMP
    near_after = [x for x in after if bisect.bisect_left(starts, x[0]) - bisect.bisect_left(starts, ev.trig_e) <= 2
                  and not _owner(x, toks, starts)
                  and not (ev.kind == "verb" and _through_preposition(x, toks, starts, ev.trig_e))]
    if ev.type == "other" and ev.kind == "noun" and kt + 1 < len(toks) and toks[kt + 1].w == "بين" and len(after) >= 2 \
            and all(x[2].name_en for x in after[:2]) and _JOIN_AND.fullmatch(t[after[0][1]:after[1][0]]):
        # "اندلاع القتال بين الجيش السوداني وقوات الدعم السريع", "اشتباكات بين «الردع» و«444»": both sides
        ev.actor = after[0][2]
        ev.actor_en = f"{after[0][2].name_en} and {after[1][2].name_en}"
        return
    if ev.type == "counter-attack":
        # the attacker: the agent of the attack repelled ("صدت القوات الحكومية هجوما لجماعة الحوثي"),
        # else the first agent after the verb ("صدت هجوما لتنظيم الدولة")
        attack = next((toks[q].s for q in range(kt + 1, bisect.bisect_left(starts, ev.e))
                       if any(tr.kind == "noun" and tr.type in ("advance/offensive", "counter-attack")
                              for tr in lex.forms.get(toks[q].w, ()))), None)
        later = [x for x in after if attack is not None and x[0] > attack]
        pick = later[0] if later else (after[0] if after else None)
    elif ev.type == "statement" and ev.kind == "verb":
        # "أدان الأمين العام للأمم المتحدة أنطونيو غوتيريش": the person who speaks, not his office's body
        pers = [x for x in after if x[2].type == "PER" and x[0] - ev.trig_e <= 60] or \
            [x for x in before if x[2].type == "PER"]
        if ev.trig_word in _MOURNING_VERBS:
            # "نعت المقاومة الإسلامية الشهيد علي ...": who mourns comes first, the one mourned is the object
            pers = (before or [x for x in after if x[0] - ev.trig_e <= 60])[:1]
        pick = pers[0] if pers else (before[0] if before else (near_after[0] if near_after else None))
    elif ev.type == "visit/inspection":
        pers = [x for x in after if x[2].type == "PER"] or [x for x in before if x[2].type == "PER"]
        if not pers and ev.kind == "noun":
            pers = [x for x in ents_in(ss, ev.trig_s) if x[2].type == "PER"][-1:]
        pick = pers[0] if pers else (before[0] if before else (near_after[0] if near_after else None))
        if pick is None and ev.kind == "noun":  # "وصل وزير الخارجية الأردني إلى دمشق في زيارة رسمية"
            pick = _subject_before(ev, toks, starts, ents_in, sent_events, ss, atts)
    elif pronoun_subject:
        pick = None
    elif ev.kind == "verb" and _bare(ev.trig_word) in lex.victim_verbs:
        pick = before[0] if before and ev.type != "killing/casualties" else None  # "استشهد الشاب محمد": he died, he killed no one
    elif ev.kind == "verb":
        if ev.type == "killing/casualties" and near_after and not before:
            k0 = bisect.bisect_left(starts, near_after[0][0])
            if k0 > 0 and toks[k0 - 1].w in _TITLES:
                near_after = []  # "قتل المقاتل أحمد خالد": the passive, he is the one killed
        pick = before[0] if before else (near_after[0] if near_after else None)
    elif ev.type == "killing/casualties":
        pick = None  # "مقتل 3 عناصر من داعش": the noun's genitive is the victim, not the agent
    elif near_after:  # a noun: its genitive agent
        pick = near_after[0]
    elif not _agent_clause_after(kt, toks, starts, ev.e):  # else the subject of the clause it is the object of
        pick = _subject_before(ev, toks, starts, ents_in, sent_events, ss, atts)
    if pick is None and (ev.type == "killing/casualties" or ev.kind == "noun" and ev.type in _ATTACK_NOUNS) \
            and not pronoun_subject:
        # "برصاص مسلحين مجهولين", "في هجوم شنه مسلحون من داعش", "باشتباك مع الجيش الأردني": the killer named
        # with the means of the killing, inside its span
        means = _means_agent(ev, toks, starts, agents, lex)
        if isinstance(means, str):
            ev.actor_en = means
            return
        pick = means
    if pick is not None and ev.type not in _SPEECH and pick[1] <= ev.trig_s and t[pick[1]:pick[1] + 3].lstrip(" \"»”").startswith(":"):
        pick = None  # "الأونروا: غارة على مدرسة في النصيرات": the speaker before a headline's colon is its source
    if pick is not None and pick[2].id in voices and ev.type not in ("statement", "accusation"):
        pick = None  # "بحسب إحصاء لـ«المصدر أونلاين»، تجاوز عدد الغارات ...": the outlet counted the strikes
    if pick is not None and ev.type == "killing/casualties" and ev.attribution is not None and \
            pick[2].id and pick[2].id == ev.attribution.speaker_id:
        pick = None  # the ministry that reports a death toll did not kill
    if pick is None and ev.kind == "verb" and not pronoun_subject:
        generic = _generic_actor(ev, toks, starts, lex)
        if generic is not None:  # "أحرق محتجون غاضبون ...", "فرق الإنقاذ دفنت ..."
            ev.actor_en = generic
            return
    if pick is not None and pick[2].id in capitals:  # the capital's state: "Washington struck" is the United States
        cid, state = capitals[pick[2].id]
        pick = (pick[0], pick[1], replace(pick[2], id=cid, name_en=state.name_en))
    if pick is not None:
        ev.actor = pick[2]
        name = pick[2].name_en
        k = bisect.bisect_left(starts, pick[1])
        for q in range(k, min(len(toks), k + 6)):
            if toks[q].s >= ev.e:
                break
            if toks[q].w in lex.allies or (q + 1 < len(toks) and f"{toks[q].w} {toks[q + 1].w}" in lex.allies):
                name = f"{name} {lex.allies_en}" if name else None
                break
        ev.actor_en = name
        return
    # no subject named: the agent of the previous event of the sentence, or the speaker of
    # "قالت إنها ..." when the content opens with the pronoun
    prior = [e for e in sent_events if e.s < ev.s and e.actor is not None and e.type != "counter-attack"
             and not (ev.type in _FORCE_ONLY and e.actor.type == "PER")]  # (a speaker takes no town)
    result = toks[max(0, bisect.bisect_left(starts, ev.trig_s) - 2)].w in lex.result_cues or \
        toks[max(0, bisect.bisect_left(starts, ev.trig_s) - 1)].w in lex.result_cues
    # "«نصرة الإسلام والمسلمين» تتبنى هجوما على مدرسة": the attack claimed is the claimer's
    claimed = bool(prior) and prior[-1].type == "statement" and "تبن" in prior[-1].trig_word \
        and ev.type in _FORCE_TYPES
    # "نعت المقاومة الإسلامية الشهيد ... الذي ارتقى": who mourns, reports or speaks of a death did not kill,
    # unless the attack is claimed
    mourned = bool(prior) and prior[-1].type == "statement" and ev.type == "killing/casualties" and not claimed
    if prior and ev.type == "killing/casualties" and prior[-1].type in _HELPING_TYPES:
        # "أعلنت الخارجية إرسال مساعدات ... رغم انشغال المملكة بتداعيات زلزال أودى بحياة": aid sent killed no one
        prior = []
    if prior and (ev.kind == "verb" or result or claimed) and not mourned:
        ev.actor, ev.actor_en, ev.inherited = prior[-1].actor, prior[-1].actor_en, True
        return
    kt = bisect.bisect_left(starts, ev.trig_s)
    if kt < len(toks) and _bare(toks[kt].w) in lex.victim_verbs:
        return  # "روى أنه فقد 14 فردا من عائلته": the speaker suffered it, nobody is named doing it
    for cs, ce, a in atts:
        if cs <= ev.trig_s < ce and t[cs:cs + 5].startswith(("انها", "انه", "انهم")) and a.speaker_id:
            ev.actor = Entity(text=a.speaker, start=0, end=0, type="ORG", id=a.speaker_id, name_en=a.speaker_en)
            ev.actor_en = a.speaker_en
            return


_MOURNING_VERBS = _words("mourning_verbs")
_AGENT_CLAUSE_VERBS = _words("agent_clause_verbs")


def _agent_clause_after(kt: int, toks: list[_Tok], starts: list[int], end: int) -> bool:
    """The attack noun at token kt is followed, within its span and four words, by a verb with its pronoun whose
    subject comes next ("غارات شنتها مقاتلات أمريكية", "الهجوم الذي نفذه مسلحون"): who made it is named there."""
    k_end = min(len(toks), kt + 5, bisect.bisect_left(starts, end) + 1)
    return any(toks[q].w in _AGENT_CLAUSE_VERBS or _bare(toks[q].w) in _AGENT_CLAUSE_VERBS for q in range(kt + 1, k_end))


# acts of help, talks and votes: whoever does them killed no one told after them in the sentence
_HELPING_TYPES = frozenset(("aid", "rescue", "condolence", "meeting", "negotiation", "visit/inspection",
                            "agreement/ceasefire", "economy", "election", "mourning"))
_CAPITALS: dict[str, str] = {str(k): str(v) for k, v in (_data_lists()[0].get("capitals") or {}).items()}
_STATES = tuple(sorted(set(_CAPITALS.values())))


def _far_attack(place_en: str | None, actor_en: str | None) -> bool:
    """Is this an attack by a state on another state's capital (events.yaml capitals: "Tehran" by "Israel"), which is
    made from the air or with missiles? A state's own forces or an armed group at home advance (no state word, or the
    capital's own: "Syrian government forces" on Damascus)."""
    if actor_en and any(w in actor_en for w in (" aircraft", " warplanes", " drones")):
        return True  # "هاجمت الطائرات الإسرائيلية منشآت عسكرية": an attack by aircraft is from the air, wherever it is
    if not place_en or not actor_en:
        return False
    homes = [_capital_of(p) for p in place_en.split("; ")]  # "Tehran; Isfahan": each place the event names
    return any(home is not None and home not in actor_en for home in homes) and any(w in actor_en for w in _STATES)


def _capital_of(place_en: str | None) -> str | None:
    """The state (the stem events.yaml's capitals give: "Turk", "Leban") whose capital ``place_en`` is, without
    its other form in brackets ("Sanaa (Sana'a)"), or None."""
    return _CAPITALS.get((place_en or "").split(" (")[0])
_OWNED = _words("owned_targets")


_VERB_PREPS = _words("subject_barring_preps")


def _through_preposition(x: Any, toks: list[_Tok], starts: list[int], trig_e: int) -> bool:
    """A name after a verb with a preposition or a ب/ل-word between is no subject of the verb ("احتفلوا بسقوط
    النظام": what they celebrated; VSO puts the subject right after the verb, or after a time set off)."""
    return any(toks[q].w in _VERB_PREPS or toks[q].w[:1] in "بل" and not toks[q].w.startswith("ال")
               for q in range(bisect.bisect_left(starts, trig_e), bisect.bisect_left(starts, x[0])))


def _owner(x: Any, toks: list[_Tok], starts: list[int]) -> bool:
    """Is the agent candidate ``x`` the owner of the struck place or thing named right before it ("قصف مدرسة
    للأونروا", "غارة على مدرسة تابعة للأونروا"), not who struck it?"""
    k = bisect.bisect_left(starts, x[0])
    return k > 0 and (toks[k - 1].w in _OWNED or _strip_al(toks[k - 1].w) in _OWNED)
_PARTITIVE_MEMBERS = _words("partitive_members")
_PARTITIVE_COUNTS = _words("partitive_counts")
_PARTITIVE_HEADS = _words("partitive_heads")


def _partitive(x: Any, toks: list[_Tok], starts: list[int], victims: bool = False) -> bool:
    """Is the agent candidate ``x`` the body the counted victims belong to ("قتل ثلاثة من منتسبي قوات مكافحة
    الإرهاب", "تقتل ثلاثة من «مكافحة الإرهاب»", "استشهاد اثنين من عناصر الحزب"), not who killed them?"""
    k = bisect.bisect_left(starts, x[0])
    if k > 0 and toks[k - 1].w in _PARTITIVE_HEADS:
        k -= 1
    if victims and k > 1 and toks[k - 1].w in ("في", "من") and toks[k - 2].w in _PARTITIVE_MEMBERS:
        # of a killing: "ثمانية قال إنهم عناصر في حماس قتلوا", "قتل مقاتلون من الحزب" (not "قصفت قوات من الجيش")
        return True
    if k > 0 and toks[k - 1].w in _PARTITIVE_MEMBERS:
        k -= 1
    if k < 2 or toks[k - 1].w != "من":
        return False
    w = toks[k - 2].w
    return w.isdigit() or w in _PARTITIVE_COUNTS or _bare(w) in _PARTITIVE_COUNTS


_ONGOING = _words("ongoing_verbs")
# "أحبطت، مساء أمس، محاولة تسلل": a short aside between a verb and its object
_ASIDE = re.compile(r"\s*[,،]\s*(?:\S+\s+){0,2}\S+\s*[,،]\s*")
_JOIN_AND = re.compile(r"[\s\"«»“”]*و[\s\"«»“”]*")
_ATTACK_NOUNS = ("advance/offensive", "airstrike/shelling", "explosion")
_MEANS_WORDS = _words("means_words")
_CLASH_WORDS = _words("clash_words")


def _means_agent(ev: _Ev, toks: list[_Tok], starts: list[int], agents: list, lex: Lexicon) -> Any:
    """The agent named with the means of a killing inside its span: the entity (or an unnamed kind, as its English
    name) right after a means word ("برصاص قناص"), after an agent verb ("عمليات اغتيال نفذها مجهولون"), or after
    "مع" of a clash ("باشتباك مع الجيش الأردني": the side the victims fought)."""
    k0, k1 = _first_tok(starts, ev.s), bisect.bisect_left(starts, ev.e)
    kt = bisect.bisect_left(starts, ev.trig_s)
    for q in range(kt + 1 if ev.type == "killing/casualties" else kt, k1):
        w = toks[q].w
        lead = w in _AGENT_VERBS if ev.type != "killing/casualties" else (
            w in _MEANS_WORDS or _bare(w) in _MEANS_WORDS or w in _AGENT_VERBS)
        if not lead and (w in _CLASH_WORDS or _bare(w) in _CLASH_WORDS) and q + 1 < k1 and toks[q + 1].w == "مع":
            lead, q = True, q + 1
        if not lead:
            continue
        r0 = q + 1
        while r0 < k1 and toks[r0].w in ("شنه", "شنها", "نفذه", "نفذها", "من", "ل", "لـ"):
            r0 += 1
        if r0 >= k1:
            return None
        for x in agents:  # "مسلحون من حركة الشباب": the body named, else the kind
            if toks[r0].s <= x[0] < toks[min(r0 + 3, k1 - 1)].e:
                return x
        for r in range(r0, min(k1, r0 + 2)):
            for cand in (toks[r].w, _bare(toks[r].w), _strip_al(_bare(toks[r].w))):
                if cand in lex.generic_actors:
                    return lex.generic_actors[cand]
        return None
    return None


def _first_tok(starts: list[int], p: int) -> int:
    """The token holding position p (a span may start after a proclitic و inside its first token)."""
    return max(0, bisect.bisect_right(starts, p) - 1)


_CIRCUMSTANCE = _words("circumstance")
_PRAISE = _words("praise_verbs")


def _subject_before(ev: _Ev, toks: list[_Tok], starts: list[int], ents_in: Any, sent_events: list[_Ev], ss: int,
                    atts: list) -> Any:
    """The agent named before a verbal-noun event in its sentence ("أعلن رئيس الوزراء شهباز شريف حالة
    الطوارئ", "قررت الحكومة رفع الأجور"): the nearest person or organisation before it, with no other
    event between them; inside a reported content, only from the content's start."""
    k = _first_tok(starts, ev.s)
    if k > 0 and _bare(toks[k - 1].w) in _CIRCUMSTANCE:
        return None  # "تجددت الاشتباكات بين الجيش وقوات الدعم السريع، وسط نزوح مئات الأسر": no agent of the clause
    lo = ss
    for cs, ce, _a in atts:
        if cs <= ev.trig_s < ce:
            lo = max(lo, cs)
            if cs >= ev.s - 1 and _a.speaker_id and ev.type not in EVENT_TYPES \
                    and norm(_a.verb or "") in _DECLARE_VERBS:
                # "أعلن رئيس الوزراء محمد شياع السوداني الحداد الرسمي": a measure the speaker announces or decides (its
                # content from the noun on) is the speaker's own act
                own = [x for x in ents_in(ss, cs) if x[2].id == _a.speaker_id and x[1] <= cs]
                if own:
                    return own[-1]
    cands = [x for x in ents_in(lo, ev.s) if x[1] <= ev.s and x[2].type in ("PER", "ORG")
             and x[2].name_source in ("gazetteer", "user") or x[1] <= ev.s and x[0] >= lo and x[2].type == "PER"]
    if not cands:
        return None
    if ev.type in _FORCE_ONLY:
        cands = [c for c in cands if c[2].type != "PER"]  # (a person takes no town, strikes no airport)
        if not cands:
            return None
    x = max(cands, key=lambda c: c[1])
    if any(_bare(toks[q].w) in _PRAISE or toks[q].w in _PRAISE
           for q in range(bisect.bisect_left(starts, lo), bisect.bisect_left(starts, ev.s))):
        return None  # "هنأ مجلس السيادة السودانيين بتحرير المدينة": who congratulates did not do it
    victims = any(o.type == "killing/casualties" and o.trig_s < x[0] for o in sent_events)
    if _partitive(x, toks, starts, victims=victims):
        return None  # "قتل ثلاثة من منتسبي قوات مكافحة الإرهاب ... بقصف": the victims' body did not strike
    if any(x[1] <= o.trig_s < ev.s for o in sent_events if o is not ev):
        return None
    if bisect.bisect_left(starts, ev.s) - bisect.bisect_left(starts, x[1]) > 8:
        return None
    return x


def _bare_subject(x: tuple[int, int, Entity], toks: list[_Tok], starts: list[int]) -> bool:
    """A name with no preposition before it nor a proclitic on it ("الحكومة طلبت من باماكو فتح تحقيق": Bamako is
    asked, it does not open the inquiry)."""
    kb = bisect.bisect_right(starts, x[0]) - 1
    if kb < 0 or toks[kb].s != x[0] and not (toks[kb].s + 1 == x[0] and toks[kb].w[:1] in "وف"):
        return False  # a proclitic on the name (ب, ل), not a conjunction
    return kb == 0 or toks[kb - 1].w not in _VERB_PREPS and toks[kb - 1].w != "من"


def _subject_place(x: tuple[int, int, Entity], ev: _Ev, toks: list[_Tok], starts: list[int]) -> bool:
    """Is a country named as the subject of a verb trigger ("روسيا أطلقت", "مصر قد تحصل", "تسلمت مصر",
    "أرسلت إيطاليا طائرة"): right before it (قد between) or right after it, with no preposition?"""
    if ev.kind != "verb":
        return False
    ke, kb = bisect.bisect_left(starts, x[1]), bisect.bisect_left(starts, x[0])
    kt, kte = bisect.bisect_left(starts, ev.trig_s), bisect.bisect_left(starts, ev.trig_e)
    gap = [toks[q].w for q in range(ke, kt)]
    if x[1] <= ev.trig_s and all(w in ("قد", "وقد") for w in gap) and len(gap) <= 1:
        return True
    # right after the verb, written without a preposition before it
    return x[0] >= ev.trig_e and kb == kte and x[0] == toks[kb].s


# kinds of gazetteer entries that only speak or carry speech (media.yaml, platforms); of the named things (MISC),
# only weapons, craft and storms can be what struck: an occasion, an agreement or a document is no agent
# ("2,764 people were injured by Day of Arafah" read a briefing of the Hajj)
_VOICE_KINDS = frozenset(("media", "agency", "platform"))
_FORCE_ONLY = frozenset(("capture/control", "airstrike/shelling", "encirclement", "link-up"))
_AGENT_THINGS = frozenset(("weapon", "vessel", "aircraft", "vehicle", "storm", "wind", "operation"))


def _generic_actor(ev: _Ev, toks: list[_Tok], starts: list[int], lex: Lexicon) -> str | None:
    """An unnamed agent of a kind ("المحتجون", "فرق الإنقاذ"): the subject right before the verb or
    within two words after it, inside the clause."""
    kt = bisect.bisect_left(starts, ev.trig_s)
    k0, k1 = _first_tok(starts, ev.s), bisect.bisect_left(starts, ev.e)
    for q in list(range(kt + 1, min(k1, kt + 3))) + list(range(kt - 1, max(k0, kt - 3) - 1, -1)):
        w = toks[q].w
        for cand in (w, _bare(w), _strip_al(_bare(w))):
            if cand in lex.generic_actors:
                return lex.generic_actors[cand]
    return None


@lru_cache(maxsize=8)
def _marker_firsts(markers: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    return frozenset(m[0] for m in markers if m)


def _marked_agent(ev: _Ev, toks: list[_Tok], starts: list[int], agents: list, lex: Lexicon) -> Any:
    """The entity right after an agent marker inside the event span ("على يد", "من قبل")."""
    if not agents:
        return None
    k0, k1 = _first_tok(starts, ev.s), bisect.bisect_left(starts, ev.e)
    firsts = _marker_firsts(lex.agent_markers)
    for q in range(k0, k1):
        w = toks[q].w
        if w not in firsts and w[1:] not in firsts:
            continue
        for m in lex.agent_markers:
            n = len(m)
            if q + n <= k1 and all(_bare(toks[q + r].w) == m[r] or toks[q + r].w == m[r] for r in range(n)):
                after = toks[q + n].s if q + n < len(toks) else ev.e
                hit = next((x for x in agents if after <= x[0] <= after + 12), None)
                if hit is not None:
                    return hit
    return None


_FORCE_WORDS = _words("force_words")
_AIR_WORDS = _words("air_words")
_WARPLANE = _words("warplane")
_FORCE_TYPES = ("capture/control", "advance/offensive", "encirclement", "airstrike/shelling", "killing/casualties",
                "explosion", "counter-attack")


_NISBA: dict[str, str | None] = {}
_NISBA_OF: list[int] = [0]


def _nisba(gaz: Gazetteer, w: str) -> str | None:
    """gaz.nisba, remembered per word for the gazetteer in use (it is asked for every word of every
    force event's span)."""
    if _NISBA_OF[0] != id(gaz):
        _NISBA.clear()
        _NISBA_OF[0] = id(gaz)
    if w not in _NISBA:
        if len(_NISBA) > 50000:
            _NISBA.clear()
        _NISBA[w] = gaz.nisba(w)
    return _NISBA[w]


_ARMIES: dict[int, dict[str, str]] = {}


def _army_of(gaz: Gazetteer, cid: str) -> str | None:
    """The English name of a country's forces in the gazetteer (القوات الروسية, القوات السورية: "Syrian government
    forces"): what a strike told by a nationality alone ("قصف مدفعي سوري") is the work of."""
    got = _ARMIES.get(id(gaz))
    if got is None:
        forces: dict[str, str] = {}
        for e in gaz.entries():
            c = getattr(e, "country", None)
            if not c or getattr(e, "kind", "") != "state_forces":
                continue
            for ar in [getattr(e, "name_ar", "") or ""] + list(getattr(e, "aliases", ()) or ()):
                w = norm(ar).split()
                if len(w) != 2 or gaz.nisba(w[1]) != c:
                    continue  # "القوات الروسية", "الجيش الإسرائيلي": the forces of the country itself
                # the country's forces as a whole ("Russian forces", "Syrian government forces"), not one service
                # of them ("Israeli army", "Somali National Army": sets name such strikes either way)
                if w[0] in ("القوات", "الجيش") and "forces" in re.sub(r"\([^)]*\)", "", e.name_en):
                    forces.setdefault(c, e.name_en)
        got = forces
        _ARMIES.clear()
        _ARMIES[id(gaz)] = got
    return got.get(cid)


def _national_actors(evs: list[_Ev], toks: list[_Tok], starts: list[int], lex: Lexicon, gaz: Gazetteer,
                     sent_k0: int = 0, t: str = "") -> None:
    """Agents named only by a nationality adjective: "غارات إسرائيلية" -> Israeli forces (Israel),
    "قصف جوي روسي" -> Russian aircraft (Russia), "طائرات حربية إسرائيلية قصفت" -> Israeli warplanes;
    a casualty with no agent takes the agent of the strike or blast that caused it in the sentence."""
    for ev in evs:
        # (an agent inherited from the sentence's previous event yields to a nationality in the event's own words:
        # "منذ بدء المواجهات بين حزب الله وإسرائيل، إذ قتل 16 شخصا بغارات إسرائيلية استهدفت")
        if ev.actor_en and not ev.inherited or ev.type not in _FORCE_TYPES or ev.type == "counter-attack":
            continue
        k0, k1 = _first_tok(starts, ev.s), bisect.bisect_left(starts, ev.e)
        kt = bisect.bisect_left(starts, ev.trig_s)
        if ev.type == "killing/casualties" and ev.kind == "noun":
            k0 = max(sent_k0, k0 - 8)  # "حصيلة العدوان الإسرائيلي ... إلى 41 ألف شهيد": the toll's cause before it
            # (not over a colon: "الجيش الإيراني: استشهاد 4 عسكريين" is the army that reports its dead)
            k0 = next((r for r in range(kt, k0, -1) if ":" in t[toks[r - 1].e:toks[r].s]), k0)
        found = None
        for q in range(k0, k1):
            w = toks[q].w
            cid = _NISBA.get(w, _nisba) if _NISBA_OF[0] == id(gaz) else _nisba
            if cid is _nisba:
                cid = _nisba(gaz, w) if not any(c.isdigit() for c in w) else None
            entry = gaz.get(cid) if cid else None
            if entry is None or entry.kind != "country" or not gaz.demonym(cid):
                continue  # "المحاور الغربية", "الدولية": no country
            heads = [toks[r].w for r in range(max(k0, q - 3), q)]
            strike_noun = any(tr.type in ("airstrike/shelling", "advance/offensive", "explosion") and tr.kind == "noun"
                              for r in range(max(k0, q - 3), q) for tr in lex.forms.get(toks[r].w, ()))
            force = any(h in _FORCE_WORDS or _bare(h) in _FORCE_WORDS for h in heads)
            if force and not strike_noun and ev.type == "killing/casualties" \
                    and _victims_named(toks, max(k0, q - 3), q, lex):
                continue  # "قتل خمسة من عناصر القوات الإيرانية", "قتل ثلاثة جنود إيرانيين": the dead are Iran's
            if (strike_noun and (q > kt or ev.s <= toks[max(k0, q - 3)].s)) or (force and (q < kt or ev.kind == "noun" or q - kt <= 6)):
                found = (cid, heads)
                break
        if found is None:
            continue
        cid, heads = found
        dem = gaz.demonym(cid)
        entry = gaz.get(cid)
        country = re.sub(r"\s*\([^)]*\)", "", entry.name_en if entry else "") or None
        if any(h in _WARPLANE for h in heads):
            name = f"{dem} warplanes ({dem} forces)"
        elif any(h in _AIR_WORDS for h in heads):
            name = f"{dem} aircraft ({country})" if country else f"{dem} aircraft"
        elif _army_of(gaz, cid) is not None:
            army = _army_of(gaz, cid)  # "غارات إسرائيلية" -> the Israeli army, named as the gazetteer names it
            name = army if "(" in army or not country else f"{army} ({country})"
        else:
            name = f"{dem} forces ({country})" if country else f"{dem} forces"
        if ev.inherited:
            ev.actor, ev.inherited = None, False
        ev.actor_en = name
    for ev in evs:
        if ev.actor_en is None and ev.type == "killing/casualties" and not ev.passive:
            cause = next((o for o in evs if o.type in ("airstrike/shelling", "explosion", "advance/offensive")
                          and o.actor_en), None)
            if cause is not None:
                ev.actor, ev.actor_en = cause.actor, cause.actor_en


def _victims_named(toks: list[_Tok], a: int, q: int, lex: Lexicon) -> bool:
    """Is the force word before the nationality at q counted or taken from ("خمسة من عناصر القوات الإيرانية", "ثلاثة
    جنود إيرانيين", "4 عسكريين"): the victims of a killing, not its agent?"""
    for r in range(a, q):
        w = toks[r].w
        if (w in _FORCE_WORDS or _bare(w) in _FORCE_WORDS) and r > 0:
            p = toks[r - 1].w
            if p == "من" or p[:1].isdigit() or p in _NUMERAL_WORDS or _bare(p) in _NUMERAL_WORDS \
                    or r > 1 and toks[r - 2].w == "من" and toks[r - 1].w in _PARTITIVE_MEMBERS:
                return True
    return False


def _main_place(entities: list[Entity], text: str = "") -> Entity | None:
    """The place an article is about: named at least three times and more often than any other; or,
    among the places named most (at least twice), the only one its headline names ("اشتباكات ... تشل
    طرابلس"): a headline names the scene."""
    counts: dict[str, list] = {}
    for e in entities:
        if e.type == "LOC" and (not text or _as_place(text, e)):
            key = e.id or e.text
            counts.setdefault(key, [0, e, False])[0] += 1
    if not counts:
        return None
    nl = text.find("\n")
    if 0 < nl <= 160 and "." not in text[:nl].replace("..", " ").rstrip(". "):  # "الصومال.. انتهاء حصار" 
        for e in entities:
            if e.type == "LOC" and e.end <= nl:
                counts[e.id or e.text][2] = True
    ranked = sorted(counts.values(), key=lambda x: -x[0])
    named = [r for r in ranked if r[2] and sum((e.id or e.text) == (r[1].id or r[1].text) for e in entities) >= 2]
    if len(named) == 1:  # "فاجعة الحمدانية ... وتقع الحمدانية": the headline's one place, named again, is the scene
        return named[0][1]
    top = [r for r in ranked if r[0] == ranked[0][0]]
    if ranked[0][0] >= 3 and len(top) == 1:
        return ranked[0][1]
    headline = [r for r in top if r[2]]
    if ranked[0][0] >= 2 and len(headline) == 1:
        return headline[0][1]
    return None


# words right before a place name that use it as a place ("في حلب", "مدينة درنة", "شمال سوريا"), not as
# an agent ("روسيا أطلقت", "فرنسا تجلي رعاياها")
_PLACE_CUES = _words("place_cues")


def _as_place(text: str, e: Entity) -> bool:
    """Is this mention of a place used as a place: after a locative word or a proclitic ب/ل/و+ب, or in
    the headline line? "روسيا أطلقت" (an agent) is not."""
    if e.start > 0 and text[e.start - 1] in "بل":
        return True
    nl = text.find("\n")
    if 0 < nl and e.end <= nl:
        return True
    prev = text[max(0, e.start - 24):e.start].split()
    return bool(prev) and (norm(prev[-1]) in _PLACE_CUES or norm(prev[-1])[1:] in _PLACE_CUES and prev[-1][:1] in "وف")


_LOCAL = ("killing/casualties", "airstrike/shelling", "explosion", "advance/offensive", "capture/control",
          "encirclement")
_SCENE = _LOCAL + ("disaster", "collapse", "displacement", "discovery", "burial", "rescue", "fire", "other")
_TARGETED = ("capture/control", "encirclement", "airstrike/shelling", "advance/offensive")
_PLACE_PREPS = _words("place_preps")


# an administrative class noun right before a place names the unit, not its chief town ("محافظة درعا" is
# Daraa Governorate, "درعا" alone the city): events.yaml admin_units gives the English word, by country
_ADMIN_UNITS = {norm(k): v for k, v in _data_lists()[0]["admin_units"].items()}
_UNIT_WORDS = ("governorate", "state", "province", "region", "district", "county", "wilaya", "prefecture")


def _admin_unit(loc: Entity, t: str, gaz: Gazetteer | None, start: int) -> Entity:
    """``loc`` named as the unit the word before it says: "Daraa Governorate (Daraa)" (the bare name stays an
    alternative, as in the gazetteer's "Dakahlia Governorate (Dakahlia)")."""
    name = loc.name_en or ""
    prev = t[max(0, start - 16):start].split()  # start: where the place begins in the normalised text
    if not name or "(" in name or not prev or any(u in name.lower() for u in _UNIT_WORDS):
        return loc
    w = prev[-1]
    units = _ADMIN_UNITS.get(w) or (_ADMIN_UNITS.get(w[1:]) if w[:1] in "بلو" else None)
    if units is None:
        return loc
    entry = gaz.get(loc.id) if gaz is not None and loc.id else None
    unit = units.get(getattr(entry, "country", None) or "", units.get("default"))
    if not unit:
        return loc
    return replace(loc, name_en=f"{name} {unit} ({name})")


def _location(ev: _Ev, ents_in: Any, t: str, sent: tuple[int, int], gaz: Gazetteer | None = None) -> Entity | None:
    """The place of the event; places coordinated with it ("خان يونس ورفح") are joined."""
    loc = _location1(ev, ents_in, t, sent)
    if loc is None:
        return None
    loc = _past_landmark(loc, ev, ents_in, gaz)
    locs = [x for x in ents_in(sent[0], sent[1]) if x[2].type == "LOC"]
    k = next((n for n, x in enumerate(locs) if x[2] is loc), None)
    if k is None:
        return loc
    names, texts, end = [loc.name_en or loc.text], [loc.text], locs[k][1]
    for x in locs[k + 1:]:
        gap = t[end:x[0]].strip()
        if gap not in ("و", "،و", ",و", "، و", ", و") or x[0] >= ev.e:
            break
        if (x[2].name_en or x[2].text) not in names:
            names.append(x[2].name_en or x[2].text)
            texts.append(x[2].text)
        end = x[1]
    if len(names) == 1:
        return _admin_unit(loc, t, gaz, locs[k][0])
    return Entity(text="، ".join(texts), start=loc.start, end=loc.end, type="LOC", id=loc.id,
                  name_en="; ".join(names), name_source=loc.name_source)


# "من جنسيات إفريقية جنوب الصحراء", "من أصول سورية": where people come from, not where it happened; "رفعوا أعلام
# روسيا", "سفينة ترفع علم جزر مارشال": a flag names no scene either
# "مهاجرين من دول إفريقيا جنوب الصحراء", "لاجئين من بلدان الساحل": the countries people come from
_ORIGIN = re.compile(r"(?:(?:جنسيات|جنسيه|اصول|اصل|علم|اعلام|رايه|رايات|العلم|الاعلام)\s+\S*|\bو?من\s+(?:دول|بلدان)"
                     r"|\b(?:" + "|".join(sorted(_words("origin_people_words"))) + r")\s+من(?:\s+\S+)?"
                     r"|\bو?من\s+(?:" + "|".join(sorted(_words("fire_origin_words"))) + r")(?:\s+\S+){0,2})\s*$")
# a place named as the cause fought or rallied for, not the scene: "ارتقى على طريق القدس" (the Axis's phrase
# for a fighter killed fighting Israel), "وقفة في عمان تضامنا مع غزة" (events.yaml cause_ways/places/support)
_CAUSE_WAY = re.compile(r"\bعلي\s+(?:" + "|".join(sorted(_words("cause_ways"))) + r")(?:\s+تحرير)?[\s\"«»“”']*$")
_CAUSE_PLACES = _words("cause_places")
_CAUSE_SUPPORT = re.compile(r"\b(?:" + "|".join(sorted(_words("cause_support"))) + r")\s*(?:\bمع\s+|ل|لل)?$")


def _no_scene(t: str, lo: int, x: tuple) -> bool:
    """Is the place ``x`` (start, end, entity) named as where people come from, where fire came from, or
    as a cause (after ``lo``, the span's or the sentence's start), rather than as where it happened?"""
    before = t[max(lo, x[0] - 24):x[0]]
    if _ORIGIN.search(before) or _CAUSE_SUPPORT.search(before):
        return True
    if _ROUTE.search(t[max(lo, x[0] - 48):x[0]]):
        return True  # "اصطدام قطار ركاب متجه من القاهرة إلى أسوان بمؤخرة قطار بضائع ... بمركز المنيا": a route's end
    word = before.split()[-1] if before[-1:].strip() else ""
    if word and norm(word + t[x[0]:x[1]]) in _COMMON_WORDS:
        return True  # "بحي باب الشعبة": the word باب (a gate, a quarter's name), not ب + إب (Ibb)
    last = before.split()[-1:]
    if last and _capital_of(x[2].name_en) and (last[0] in _CAPITAL_SUBJECT_VERBS
                                               or _bare(last[0]) in _CAPITAL_SUBJECT_VERBS):
        return True  # "دون أن تعلن عمّان مسؤوليتها": the state that speaks, not the scene
    if _BACKER.search(before):
        return True  # "مليشيا الحوثي المدعومة من إيران", "فصائل موالية لإيران": who backs the actor
    return t[x[0]:x[1]] in _CAUSE_PLACES and bool(_CAUSE_WAY.search(before))


# the nearest of these words before a place says whether a displacement starts there (من, في) or goes
# there ("ترحيل المئات نحو المناطق الحدودية مع ليبيا", "فروا إلى تشاد"): the briefing reads the
# location of a displacement as where people were displaced from, so a destination is no location
_DEST_PREPS = _words("destination_preps")
_CAPITAL_SUBJECT_VERBS = _words("capital_subject_verbs")
_COMMON_WORDS = _words("common_words")
# a vehicle's route is no scene: the places after "متجه (من X) إلى", "القادم من", "في طريقه إلى"
# (events.yaml route_words)
_ROUTE = re.compile(r"(?:^|\s)(?:" + "|".join(sorted(_words("route_words")))
                    + r")\s+(?:من\s+\S+(?:\s+\S+)?\s+)?(?:الي|نحو|باتجاه|من)\s+$")
_BACKER = re.compile(r"(?:^|\s)(?:" + "|".join(sorted(_words("backer_words"))) + r")\s+(?:من\s+|ل\s*|ل)?$")
_FROM_PREPS = _words("origin_preps")


def _destination(ev: _Ev, t: str, start: int) -> bool:
    """Is the place at ``start`` where a displacement goes (after نحو/إلى/باتجاه, no من/في between)?"""
    if ev.type != "displacement":
        return False
    for w in reversed(t[max(ev.s, start - 80):start].split()[-8:]):
        w = w.strip("،,.:؛\"«»()")
        if w in _DEST_PREPS or w[:1] == "و" and w[1:] in _DEST_PREPS:
            return True
        if w in _FROM_PREPS or w[:1] == "و" and w[1:] in _FROM_PREPS:
            return False
    return False


def _past_landmark(loc: Entity, ev: _Ev, ents_in: Any, gaz: Gazetteer | None) -> Entity:
    """A river or a sea named on the way to the place ("على معبر فوق نهر الفرات في قرية السيال": a
    crossing over the Euphrates in the village of Al-Sayyal) gives way to the place named after it
    in the event: the village is the scene, the river a landmark (events.yaml landmark_kinds)."""
    entry = gaz.get(loc.id) if gaz is not None and loc.id else None
    if entry is None or entry.kind not in _LANDMARK_KINDS:
        return loc
    inside = [x[2] for x in ents_in(ev.s, ev.e) if x[2].type == "LOC"]
    k = next((n for n, x in enumerate(inside) if x is loc), None)
    for x in inside[k + 1:] if k is not None else ():
        e = gaz.get(x.id) if x.id else None  # type: ignore[union-attr]
        if e is None or e.kind not in _LANDMARK_KINDS:
            return x
    return loc


# "علي حسن من بلدة عيترون", "محمد أحمد ابن بلدة يعبد", "أحمد خالد، من أبناء مدينة دوما،": where a named person
# comes from (events.yaml home_town_words before an optional unit word), not where he was killed
_TITLES = _words("person_titles")
_HT_WORDS = _words("home_town_words")
_HT_UNITS = _words("home_town_units")


def _home_town(t: str, x: tuple, ents_in: Any, sent: tuple[int, int]) -> bool:
    """Is the place ``x`` a named person's home town ("الشهيد علي حسن من بلدة عيترون الجنوبية"): one of events.yaml's
    home_town_words (+ an optional unit word) right before it, right after a person's name, or after a title and a name
    the entity reader does not know? (Word lookups first; the sentence's persons only when the words read like one.)"""
    lo = max(0, x[0] - 40)
    window = t[lo:x[0]]
    tail = window.split()
    if tail and tail[-1] in _HT_UNITS:
        tail.pop()
    if not tail:
        return False
    phrase = " ".join(tail[-2:]) if len(tail) > 1 and " ".join(tail[-2:]) in _HT_WORDS else tail[-1]
    if phrase not in _HT_WORDS:
        return False
    start = lo + window.rfind(phrase)
    if any(p[2].type == "PER" and p[1] <= start and not t[p[1]:start].strip(" ،,") for p in ents_in(*sent)):
        return True
    # a name the entity reader does not know, after a title ("المقاوم علي حسن من بلدة عيترون")
    return any(w in _TITLES for w in t[max(0, start - 40):start].split()[-4:])


_VICTIM_PEOPLE = _words("victim_people")


def _victims_home(t: str, x: tuple, lo: int) -> bool:
    """Is the place ``x`` named after "من" (and a unit word) right after the people a killing counts ("ثلاثة بحارة
    فلبينيين من مانيلا", "عمال من قرية ..."): their home, not the scene (events.yaml victim_people)?"""
    ws = t[max(lo, x[0] - 40):x[0]].split()
    if ws and ws[-1] in _HT_UNITS:
        ws = ws[:-1]
    if len(ws) < 2 or ws[-1] != "من":
        return False
    w = ws[-2].strip("،,")
    return w in _VICTIM_PEOPLE or len(w) > 5 and w.endswith(("يين", "يون"))


def _location1(ev: _Ev, ents_in: Any, t: str, sent: tuple[int, int]) -> Entity | None:
    """The place of the event: for capture/strike/advance the place after the trigger (its
    object), else a place introduced by في/قرب/..., else the first place in the span."""
    def scenes(xs: list[tuple[int, int, Entity]], lo: int) -> list[tuple[int, int, Entity]]:
        # places that can be the scene: not an origin, a cause or a destination, a person's home town, and not the
        # actor ("روسيا أطلقت 88 صاروخا": the country that acts is no scene)
        return [x for x in xs if x[2].type == "LOC" and not _no_scene(t, lo, x)
                and x[2] is not ev.actor and not _destination(ev, t, x[0]) and not _home_town(t, x, ents_in, sent)
                and not (ev.type == "killing/casualties" and _victims_home(t, x, lo))]

    inside = ents_in(ev.s, ev.e)
    locs = scenes(inside, ev.s)
    if locs and _dateline(t, locs[0]):
        # "بورتسودان 6 يونيو 2024 – قتل أكثر من مائة مدني ... في هجوم على قرية ود النورة": where the copy was filed
        # is the scene only when the sentence names no other place
        others = locs[1:] or [x for x in scenes(ents_in(*sent), sent[0]) if x[0] >= ev.trig_e]
        if others:
            return others[0][2]
    if ev.actor is not None and locs:
        # a place joined by و to the actor acts with it ("بقصف لقوات النظام السوري وروسيا استهدف جسر الشغور"):
        # Russia is the second actor, not the scene
        ends = {x[1] for x in inside if x[2] is ev.actor}
        locs = [x for x in locs if not any(t[a:x[0]].strip() == "و" for a in ends if a <= x[0])]
    if locs:
        if ev.type in _TARGETED:
            after = [x for x in locs if x[0] >= ev.trig_e]
            if after:
                return after[0][2]
        for x in locs:
            before = t[max(ev.s, x[0] - 14):x[0]].split()
            if any(w in _PLACE_PREPS for w in before[-2:]) or t[x[0]:x[0] + 1] == "ب":
                return x[2]
        return locs[0][2]
    around = scenes(ents_in(*sent), sent[0])
    ids = {x[2].id or x[2].text for x in around}
    if len(ids) == 1:
        return around[0][2]
    return None


# after a dateline's place: a date, an outlet, then a dash, a colon or a slash ("بورتسودان 6 يونيو 2024 –", "رام الله
# 22-6-2023 وفا-", "بيروت (رويترز) -", "غزة/ المدى:")
_DATELINE_TAIL = re.compile(r"[\s\d\-/.،,]*(?:[^\W\d_]+[\s\d\-/.]*){0,2}(?:\([^)\n]{1,30}\))?\s*[-–—:/]")


def _own_country(loc: Entity, actor_en: str | None, gaz: Gazetteer) -> bool:
    """Is ``loc`` a whole country whose own forces are the actor ("Israeli forces (Israel)", "Turkish aircraft")?"""
    if not actor_en or not loc.id or getattr(gaz.get(loc.id), "kind", "") != "country":
        return False
    dem = gaz.demonym(loc.id)
    return bool(dem and actor_en.startswith(dem + " ") or loc.name_en and f"({loc.name_en})" in actor_en)


def _dateline(t: str, x: tuple[int, int, Entity]) -> bool:
    """Is the place ``x`` a dateline's, opening a line of the copy?"""
    head = t[max(0, x[0] - 2):x[0]]
    opens = x[0] == 0 or "\n" in head or not head.strip() and x[0] < 2
    return opens and bool(_DATELINE_TAIL.match(t, x[1], x[1] + 40))


def _since(text: str, start: int) -> bool:
    """Whether a date is the start of a running span ("اعتراض 34 ألف مهاجر منذ غرة جانفي": since 1
    January): the word before it is one of events.yaml's since_words. Such a date is not the event's
    day; the story timeline showed "1 January 2023: interception" for a year's running total."""
    before = text[max(0, start - 12):start].split()
    return bool(before) and norm(before[-1]) in _SINCE


def _modality(ev: _Ev, toks: list[_Tok], starts: list[int], t: str, lex: Lexicon,
              a: Attribution | None, o2n: Any) -> str:
    k = bisect.bisect_left(starts, ev.trig_s)
    lo = max(0, k - lex.window)
    if a is not None:
        lo = max(lo, bisect.bisect_left(starts, o2n(a.start)))
    # each word and its bare form, in that order: a set here made window[-6:] depend on the string hash
    # seed, so the same article could read as predicted in one build and not in the next
    window = [w for q in range(lo, k) for w in dict.fromkeys((toks[q].w, _bare(toks[q].w)))]
    if ev.future or any(w in lex.predicted for w in window[-6:]):
        return "predicted"
    if any(w in lex.planned or _strip_al(w) in lex.planned for w in window):
        return "planned"
    return "reported" if a is not None else "asserted"


# ----------------------------------------------------------------------------- statements

# A speech act is an event of its own ("statement") when it is a position taken on record: made in
# a statement, a speech, a recording or a press conference, or with a verb that is itself an act
# (announcing, pledging, demanding, warning, welcoming). A remark to a reporter or a witness's
# account is only the source of what it tells (kept as an attribution), and a document that
# "adds"/"points out" (أضاف البيان) continues a statement already told.
_CHANNELS = _words("channels")
_ACT_VERBS = _words("act_verbs")
_DOCUMENTS = _words("documents")


def _on_record(frame: str, a: Attribution, rlex: Any, lex: Lexicon) -> bool:
    """Is this speech act a position on record (see above)? ``frame`` = normalised text from
    the verb/speaker to the content."""
    words = _WORD.findall(frame)
    speaker_words = _WORD.findall(norm(a.speaker or ""))
    v = norm(a.verb or "")
    after_verb = next((words[n + 1] for n, w in enumerate(words[:-1]) if _bare(w) == v or w == v), "")
    if (speaker_words and speaker_words[0] in _DOCUMENTS or after_verb in _DOCUMENTS) and v not in _ACT_VERBS:
        return False
    if norm(a.verb or "") in _ACT_VERBS:
        return True
    if v in lex.position_participles and (a.speaker_id or a.speaker_en) and not frame.rstrip(" \"«“").endswith(":"):
        return True  # "..., مؤكدا أن الجيش لن يتخلى عن ...": the speaker's position (not a quote it only opens)
    if any(w in lex.witness_words for w in words):
        return False  # "قال أحد سكان القرية، في تصريح لـ«الشروق»": a witness's account, even on a channel
    if any(w in _CHANNELS or _bare(w) in _CHANNELS for w in words):
        return True
    named = bool(a.speaker_id or a.speaker_en and a.speaker_en[:1].isupper())  # not "the ministry", "residents"
    return v in lex.remark_verbs and not a.via and named and _public_remark(frame, words, speaker_words, lex)


def _public_remark(frame: str, words: list[str], speaker_words: list[str], lex: Lexicon) -> bool:
    """Is "قال/أكد/أوضح X إن ..." said in public by a named speaker, not a remark to one outlet?

    An official, an organisation or an expert who says where things stand takes a position on
    record ("قال الناطق باسم الرئاسة نبيل أبو ردينة إن", "أكد الدبيبة أن"); what a resident, a
    driver or "one of" the displaced tells ("قال أحد سكان الحي", "قالت المواطنة ...") and what is
    said to a reporter ("قال ... لرويترز إن", "لـ«الخليج»") is only the source of its content. The
    speaker must be named in the clause (not "قال إن" going on from a sentence before) and known by
    name ("قالت الوزارة إن" with no ministry named is a source, not a position one can put on record)."""
    quote = frame.rstrip(" \"«“").endswith(":")
    if not speaker_words or speaker_words[0] not in words or not quote and words[-1] not in lex.remark_openers:
        return False  # what was said is a clause or a quote ("أكد ارتفاع الأسعار" states a fact, not a position)
    if any(w in lex.witness_words for w in words):
        return False
    last = len(words) - 1 - words[::-1].index(speaker_words[-1]) if speaker_words[-1] in words else words.index(speaker_words[0])
    return not any(w.startswith("ل") and w not in lex.remark_pronouns for w in words[last + 1:])


def _announced_act(a: Attribution, ctoks: list[str], frame: str, lex: Lexicon) -> bool:
    """Is the content of an announcing verb a verbal noun with no أن ("أعلن الوزير تشكيل لجان فنية"), not a
    stance ("أعلن رفضه") or a negation ("عدم تسجيل")?"""
    if norm(a.verb or "") not in lex.announce_verbs or not ctoks:
        return False
    fw = _WORD.findall(frame)
    if fw and fw[-1] in lex.stance_nouns:
        return False  # "أعلن أن ...": a clause, not a noun
    return ctoks[0] not in lex.stance_nouns and _bare(ctoks[0]) not in lex.stance_nouns


def _announced(a: Attribution, text: str, cs: int, entities: list[Entity], dates: Any, end: int | None = None) -> Event:
    """The act an announcing verb names ("أعلنت إيران إغلاق منافذها"), on the speaker's word, from ``cs`` to ``end``."""
    end = a.end if end is None else end
    actor = next((e for e in entities if e.id and e.id == a.speaker_id), None)
    date = next((d.value for d in dates if cs <= d.start and d.end <= end and d.value and d.kind != "vague"), None)
    return Event(type="other", subtype="announced", actor=a.speaker, actor_en=a.speaker_en,
                 location=None, location_en=None, date=date, text=text[cs:end], start=cs, end=end,
                 modality="reported", attributed_to=a.speaker_en or a.speaker, trigger=a.verb,
                 actor_id=actor.id if actor else a.speaker_id, date_basis="text" if date else None)


def _gaps(s: int, e: int, holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """[s, e) minus the (sorted, possibly overlapping) holes."""
    out, p = [], s
    for a, b in sorted(holes):
        if a > p:
            out.append((p, a))
        p = max(p, b)
    if p < e:
        out.append((p, e))
    return out


def _statements(text: str, nt: Normalised, sentences: tuple[Sentence, ...], attributions: list[Attribution],
                events: list[Event], rlex: Any, lex: Lexicon, accusing: set[int], denying: set[int],
                o2n: Any, entities: list[Entity], dates: list[DateMention] = ()) -> list[Event]:
    """A speech act becomes an event when what was said is not itself an event (or accuses); it is
    dated by a temporal phrase between its verb and what was said ("أكد الوزير، خلال مؤتمر صحفي
    عقده مساء الخميس، أن", "كان الملك قد تعهد، أمس، بأن")."""
    out = []
    for a in attributions:
        if not a.verb or norm(a.verb) not in rlex.verbs and norm(a.verb) not in rlex.relay_verbs \
                and norm(a.verb) not in lex.position_participles:
            continue
        inside = [e for e in events if a.start <= e.start < a.end and e.attributed_to]
        acc = id(a) in accusing
        if inside and not acc:
            if norm(a.verb) in lex.announce_verbs and any(e.type not in _SPEECH for e in inside):
                # "أعلن المحافظ تقديم استقالته، والحداد ثلاثة أيام": the acts announced are the events, on the
                # speaker's word; the announcing verb's own trigger is no statement besides them
                events[:] = [e for e in events if not (e.type == "statement" and e.trigger and e.start < a.start <= e.end + 2
                                                       and _bare(norm(e.trigger)) == _bare(norm(a.verb)))]
            cs = a.start + len(text[a.start:a.end]) - len(text[a.start:a.end].lstrip(" \"«"))
            head = _WORD.findall(nt.text[o2n(cs):o2n(min(a.end, cs + 40))])[:1]
            if not a.direct and head and head[0] not in _TOLL_WORDS \
                    and not any(cs <= e.start < cs + 40 for e in events) \
                    and _announced_act(a, head, nt.text[o2n(a.start) - 1:o2n(a.start)], lex):
                # "أعلنت الرئاسة تشكيل لجنة للتحقيق، على أن ترفع تقريرها خلال 30 يوما": the act announced first,
                # the event told later in what was said besides it
                out.append(_announced(a, text, cs, entities, dates))
            continue
        sent = next((s for s in sentences if s.start <= a.start < s.end), None)
        if sent is None:
            continue
        region = text[sent.start:a.start]
        vpos = region.rfind(a.verb)
        if vpos < 0:
            continue
        if _negated_frame(text, a):
            continue  # "دون أن تعلن عمّان مسؤوليتها عن الضربة", "لم يعلن": nothing said on record
        spos = region.find(a.speaker) if a.speaker else -1
        start = sent.start + (min(vpos, spos) if 0 <= spos < vpos and norm(a.verb) not in lex.position_participles else vpos)
        end = a.end
        if a.direct and end < len(text) and text[end] in "\"»”":
            end += 1
        # the content's words outside names ("حشود لقوات الدعم السريع": دعم inside a name supports no one)
        names = [(e.start, e.end) for e in entities if a.start <= e.start < a.end and e.type in ("ORG", "PER")]
        ncontent = "".join(nt.text[o2n(x):o2n(y)] + " " for x, y in _gaps(a.start, a.end, names))
        ctoks = _WORD.findall(ncontent)
        if not acc:
            joined = " " + " ".join(ctoks) + " "
            # "سترد على أي خرق": a hypothetical violation accuses no one
            acc = any(" " + " ".join(c) + " " in joined and " اي " + " ".join(c) + " " not in joined
                      for c in lex.accusation_cues)
        typ = "accusation" if acc else "statement"
        if typ == "statement" and not _on_record(nt.text[o2n(start):o2n(a.start)], a, rlex, lex):
            continue
        told = next((n for n, e in enumerate(events) if e.type in _SPEECH and (e.type == "statement" or acc)
                     and e.start <= a.start and e.end >= start), None)
        if told is not None:  # told by a statement trigger already ("رحب ... بالاتفاق", "حمّل ... المسؤولية"): it reaches
            # to the content's end
            e = events[told]  # and the speaker is the one who said it
            if e.end < end:
                s0 = min(e.start, start)
                events[told] = replace(e, start=s0, end=end, text=text[s0:end], location=None, location_en=None,
                                       location_id=None)
            if a.speaker_en and events[told].actor_en != a.speaker_en:
                events[told] = replace(events[told], actor=a.speaker, actor_en=a.speaker_en, actor_id=a.speaker_id)
            continue
        if not acc and not a.direct and _announced_act(a, ctoks, nt.text[o2n(start):o2n(a.start)], lex):
            # "أعلنت إيران إغلاق منافذها الحدودية": the act announced, on the speaker's word
            cs = a.start + len(text[a.start:a.end]) - len(text[a.start:a.end].lstrip(" \"«"))
            out.append(_announced(a, text, cs, entities, dates))
            continue
        actor = next((e for e in entities if e.id and e.id == a.speaker_id), None)
        date = next((d.value for d in dates if start <= d.start and d.end <= a.start and d.value and d.kind != "vague"), None)
        out.append(Event(type=typ, actor=a.speaker, actor_en=a.speaker_en, location=None, location_en=None,
                         date=date, text=text[start:end], start=start, end=end, modality="asserted",
                         attributed_to=None, trigger=a.verb, actor_id=actor.id if actor else a.speaker_id,
                         date_basis="text" if date else None))
    return out
