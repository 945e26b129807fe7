"""English briefings generated from extracted facts, never word by word.

An analyst reading the English page needs the key events (who took what, how many were killed
or displaced, where, when, on whose word), not a machine rendering of Arabic prose. So the
English is *generated*: each event fact becomes one sentence from a pattern in
``data/english.yaml`` filled with English names from the entities (``actor_en``,
``location_en``), dates formatted with babel, and counts from the number facts. A fact whose
name has no English form is dropped rather than leaking Arabic: the output is checked to hold
no Arabic letter at all.

Ordering is deterministic: events that happened before plans and predictions, then key event
types first (capture/control, casualties, displacement, strikes, ...), then asserted before
reported, then position in the text.
"""
from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any

from babel.dates import format_date
from babel.numbers import format_decimal

from .yamlio import load_yaml
from .models import Article, Event, NumberMention, Story
from .nlp.dates import since_lexicon
from .nlp.normalise import norm
from .when import date_range, own_date, publication_date, same_time

DATA = Path(__file__).parent / "data"

ARABIC_RE = re.compile("[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFEFF]")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


@lru_cache(maxsize=1)
def phrasing() -> dict[str, Any]:
    """english.yaml plus the Arabic quantifier words of summary_ar.yaml (keys normalised)."""
    data = load_yaml((DATA / "english.yaml").read_text(encoding="utf-8"))
    ar = load_yaml((DATA / "summary_ar.yaml").read_text(encoding="utf-8"))
    data["arabic_quantifiers"] = {norm(k): v for k, v in (ar.get("arabic_quantifiers") or {}).items()}
    data["singulars"] = data.get("singulars") or {"people": "person", "children": "child",
                                                  "women": "woman", "men": "man"}
    return data


def has_arabic(text: str) -> bool:
    return bool(ARABIC_RE.search(text))


def english(name: str | None) -> str | None:
    """An English name usable in the briefing, or None (missing, empty, or containing Arabic)."""
    if not name:
        return None
    name = " ".join(name.split())
    if not name or has_arabic(name):
        return None
    if "; " in name:  # several places, each with its own forms
        return "; ".join(english(part) or part for part in name.split("; "))
    while (shorter := _drop_redundant_country(name)) != name:  # "Port of Hodeidah (Hodeidah port) (Hodeidah)"
        name = shorter
    return name


_TRAILING_PAREN = re.compile(r"^(?P<main>.+?)\s\((?P<paren>[A-Z][A-Za-z ]+)\)$")


def _drop_redundant_country(name: str) -> str:
    """"Syrian aircraft (Syria)" -> "Syrian aircraft": a disambiguating country in parentheses says
    nothing in prose when the name's own adjective names it already."""
    m = _TRAILING_PAREN.match(name)
    if not m:
        return name
    main, paren = m["main"], m["paren"]
    if re.fullmatch(r"[A-Z][a-z]{3,}", paren) and any(w.startswith(paren[:4]) for w in main.split()):
        return main
    if all(_has_word(main, w) for w in paren.lower().split() if w not in _NOT_NAME_WORDS):
        # "Hodh Ech Chargui State (Hodh Ech Chargui)", "Syrian government (Government of Syria)", "Port of Hodeidah
        # (Hodeidah port)", "Hajjah (Hajjah Governorate)": the other form's words are the name's (a country by its
        # adjective; the unit's title says nothing more in prose)
        return main
    if set(main.split()) & set(phrasing()["country_words"].get(paren, ())):
        return main  # "US forces (United States)", "British warships (United Kingdom)"
    return name


_NOT_NAME_WORDS = frozenset(("of", "the", "and", "governorate", "province", "district", "state", "region", "wilaya",
                             "municipality"))


def _has_word(name: str, word: str) -> bool:
    """Whether ``name`` has ``word``, or a word of the same stem ("Syrian" for "syria"), case aside."""
    return any(w == word or len(w) >= 4 and len(word) >= 4 and w[:5] == word[:5] for w in name.lower().split())


def plain_place(name: str) -> str:
    """A place name without its gazetteer disambiguator, for a title: "Abu Kamal (Al-Bukamal)" ->
    "Abu Kamal", "Al-Qa'im (district, Iraq)" -> "Al-Qa'im"."""
    return re.sub(r"\s*\([^()]*\)$", "", name) or name


def with_article(name: str) -> str:
    """``name`` with "the" in front where English wants it ("the United Nations"). A list of places
    ("Spain; United Kingdom; Qatar", as a location naming several) gets its article per name."""
    if "; " in name:
        return join_names([with_article(part) for part in name.split("; ") if part.strip()])
    p = phrasing()
    low = name.lower()
    first = low.split()[0]
    head = name.split(" (")[0].split()
    if len(head) > 1 and head[-1] in p["indefinite_heads"] and head[0][:1].isupper():
        return ("an " if head[0][0] in "AEIOU" else "a ") + name  # "an Al Mayadeen correspondent"
    starts = p["no_article_starts"]
    if first in starts or any(low.startswith(s) for s in starts if s.endswith("-")):
        return name
    if name.isupper() or (name.split()[0].isupper() and len(name.split()[0]) > 1):
        return name  # acronyms: SANA, AFP
    if low.startswith(tuple(w + " " for w in p["definite_starts"])):
        return f"the {name}"
    main = re.split(r"\s\(|,|\s(?:in|of|for|from|to|with|via|and|or|at)\s", name)[0]
    if main.islower() and main.split()[-1] in p["indefinite_heads"]:
        return ("an " if main[0] in "aeiou" else "a ") + name  # "a security source at the Basra Police Command"
    main = main.lower()
    words = main.split()
    if words and words[-1] in p["bare_plural_heads"]:
        return name
    heads = p["definite_heads"]
    if any(w in heads for w in words) or any(" " in h and h in main for h in heads) \
            or (words and words[-1] in p["office_heads"] and main != low):
        return f"the {name}"
    if 2 <= len(words) <= 3 and words[-1] in p["office_heads"] and words[-1] != "wali" and name[:1].isupper():
        return f"the {name}"  # an office without its holder's name: "the Health Minister", "the Interior Minister"
    return name


def at_sea(place: str) -> bool:
    """Whether a place is a body of water ("the Red Sea", "Gulf of Aden", "Strait of Hormuz"): its head word before
    any "of" is one of english.yaml's water_heads."""
    head = re.split(r"\s(?:of|off)\s", plain_place(place).lower())[0].split()
    return bool(head) and head[-1] in phrasing()["water_heads"]


def _preposition(place: str) -> str:
    """"in", or the preposition english.yaml's location_prepositions gives a place's head word ("at the Allenby
    Bridge", "on the Syrian coast")."""
    main = plain_place(place).lower()
    preps = phrasing()["location_prepositions"]
    return next((p for head, p in preps.items() if main == head or main.endswith(" " + head)), "in")


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def join_names(names: list[str]) -> str:
    and_ = phrasing()["phrasing"]["and"]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + f" {and_} " + names[-1]


# --------------------------------------------------------------------------- dates


def format_date_en(value: str | None, basis: str | None = None, since: bool = False) -> str | None:
    """"On 3 November 2017" / "In the week of 30 October 2017" / "In November 2017" (or None);
    with ``since``, the start of a period up to now: "Since 7 October 2023"."""
    if not value:
        return None
    ph = phrasing()["phrasing"]
    pre = "since" if since else "date"
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            d = _dt.date.fromisoformat(value)
            key = "date_published" if basis == "published" and not since else f"{pre}_day"
            return ph[key].format(date=format_date(d, "d MMMM y", locale="en"))
        m = re.fullmatch(r"(\d{4})-W(\d{2})", value)
        if m:
            d = _dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
            return ph[f"{pre}_week"].format(date=format_date(d, "d MMMM y", locale="en"))
        m = re.fullmatch(r"(\d{4})-(\d{2})", value)
        if m:
            d = _dt.date(int(m.group(1)), int(m.group(2)), 1)
            return ph[f"{pre}_month"].format(date=format_date(d, "MMMM y", locale="en"))
        if re.fullmatch(r"\d{4}", value):
            return ph[f"{pre}_year"].format(date=value)
    except ValueError:
        return None
    return None


# --------------------------------------------------------------------------- counts


def _number_word(value: str) -> str | None:
    try:
        d = Decimal(value)
    except (InvalidOperation, ValueError):
        return None
    if d == d.to_integral_value():
        n = int(d)
        for size, word in ((10**9, "billion"), (10**6, "million")):
            if n >= size and (n * 10) % size == 0:  # 1,700,000 -> "1.7 million"
                return f"{format_decimal(Decimal(n) / size, locale='en')} {word}"
        small = phrasing()["small_numbers"]
        if n in small:
            return small[n]
        return format_decimal(n, locale="en")
    return format_decimal(d, locale="en")


def _noun(counts: str | None, unit: str | None) -> str | None:
    """The counted noun of a ``counts`` phrase: "civilians killed (air strike)" -> "civilians"."""
    p = phrasing()
    if counts and not has_arabic(counts):
        c = re.split(r"\s\(|,|;|\samong\s|\sby\s|\sin\s|\sfrom\s|\sduring\s|\sper\s", counts)[0]
        words = c.split()
        k = next((j for j, w in enumerate(words) if w.lower() in p["outcome_words"]), len(words))
        while k and words[k - 1].lower() in ("and", "or"):
            k -= 1
        if k:
            return " ".join(words[:k])
    if unit in (None, "people"):
        return "people"
    return p["unit_nouns"].get(unit)


def _singular(noun: str) -> str:
    sing = phrasing()["singulars"]
    head = noun.split()[-1]
    if head in sing:
        new = sing[head]
    elif head.endswith("ies"):
        new = head[:-3] + "y"
    elif head.endswith("s") and not head.endswith("ss"):
        new = head[:-1]
    else:
        return noun
    return " ".join(noun.split()[:-1] + [new])


def count_phrase(num: NumberMention, parts: Iterable[NumberMention] = (),
                 with_outcome: bool = False) -> str | None:
    """"about 120,000 people", "four civilians, including two children and one woman" (or None).

    ``with_outcome`` keeps the whole ``counts`` phrase ("about 120,000 people displaced") for
    a number that stands in a sentence of its own.
    """
    p = phrasing()
    if num.unit == "percent":
        return None
    if with_outcome:
        if not num.counts or has_arabic(num.counts):
            return None
        noun: str | None = re.split(r"\s\(", num.counts)[0]
        if num.value is not None and _number_word(num.value) == "one":  # "one vehicle destroyed"
            words = noun.split()
            k = next((j for j, w in enumerate(words) if w.lower() in p["outcome_words"]), len(words))
            if k:
                noun = " ".join([_singular(" ".join(words[:k]))] + words[k:])
    else:
        noun = _noun(num.counts, num.unit)
    if not noun:
        return None
    qual = p["qualifiers"].get(num.qualifier, "")
    if num.value is None:
        words = norm(num.text).split()
        quant = next((p["arabic_quantifiers"][w] for w in words if w in p["arabic_quantifiers"]), "some")
        phrase = f"{quant} {noun}"
    else:
        value = _number_word(num.value)
        if value is None:
            return None
        if value == "one" and not with_outcome and noun:
            noun = _singular(noun)
        phrase = " ".join(x for x in (qual if num.qualifier != "vague" else "", value, noun) if x)
    part_phrases = []
    for part in parts:
        sub = count_phrase(part)
        if sub and sub.split()[-1] not in ("people", "person"):  # "including ... 11 people" tells no kind
            part_phrases.append(sub)
    if part_phrases:
        phrase += ", " + p["phrasing"]["including"].format(parts=join_names(part_phrases)) + ","
    return phrase


def tells_outcome(text: str) -> bool:
    """Whether an English count phrase says what happened to what it counts: one of its words is an
    outcome word ("killed", "displaced", ...). "More than 3,000 people" or "two operations" do not."""
    return bool(set(re.findall(r"[a-z]+", text.lower())) & set(phrasing()["outcome_words"]))


def plain_count(num: NumberMention, default: str = "") -> str:
    """The count when ``count_phrase`` has no phrase for it (a percentage, a value not spelled, what
    it counts only in Arabic): the qualifier, the value and what it counts in English, else its
    role ("people killed"), else ``default``: "about 45 percent", "more than 2,500 people injured"."""
    p = phrasing()
    qual = "" if num.qualifier == "vague" else p["qualifiers"].get(num.qualifier or "", "")
    value = (_number_word(num.value) or num.value) if num.value is not None else ""
    if num.counts and not has_arabic(num.counts):
        what = num.counts
    elif num.role:
        what = f"people {num.role}"
    else:
        what = default
    return " ".join(x for x in (qual, value, what) if x)


# --------------------------------------------------------------------------- events


@dataclass(frozen=True)
class _Item:
    """One event of one article, with what the briefing needs to phrase it."""

    event: Event
    article: Article
    order: int  # article order in the story (0 for an article briefing)
    count: str | None
    numbers_used: tuple[int, ...]  # indices into article.facts.numbers
    sources: tuple[str, ...]  # English source names ("according to ...")


def _fill(templates: list[str], values: dict[str, str | None]) -> str | None:
    for t in templates:
        names = _PLACEHOLDER.findall(t)
        if all(values.get(n) for n in names):
            return t.format(**{n: values[n] for n in names})
    return None


def _event_numbers(ev: Event, art: Article, roles: list[str]) -> tuple[str | None, tuple[int, ...]]:
    """The count phrase of the main number inside the event clause (and its parts)."""
    nums = art.facts.numbers
    sent = art.sentence_at(ev.start)
    inside: list[int] = []
    near: list[int] = []
    for i, n in enumerate(nums):
        if n.part_of is not None or n.unit not in (None, "people"):
            continue
        if n.role is not None and n.role not in roles:
            continue
        if ev.start <= n.start < ev.end:
            inside.append(i)
        elif sent is not None and sent.start <= n.start < sent.end and n.role in roles:
            near.append(i)
    for i in inside + near:
        parts = [(j, m) for j, m in enumerate(nums) if m.part_of == i]
        phrase = count_phrase(nums[i], [m for _, m in parts])
        if phrase:
            return phrase, (i, *[j for j, _ in parts])
    return None, ()


def _is_person(ev: Event, art: Article) -> bool:
    """Whether the event's actor is a person (by the entity with its id, or the one at its words)."""
    for e in art.facts.entities:
        if (ev.actor_id and e.id == ev.actor_id) or (ev.actor and e.text == ev.actor):
            return e.type == "PER"
    return False


def _object(ev: Event, art: Article) -> str | None:
    """Another named party in the event clause (the accused in an accusation)."""
    actor = english(ev.actor_en)
    # the accused is in what the accuser says, not in the accuser's own words ("يتهم مسؤولون في الأمم المتحدة
    # التحالف ...": UN officials accuse the coalition, not the United Nations)
    said = next((a.start for a in art.facts.attributions
                 if a.verb == ev.trigger and ev.start <= a.start < ev.end), ev.start)
    for e in art.facts.entities:
        if said <= e.start < ev.end and e.type in ("ORG", "PER"):  # (a platform or a weapon is accused of nothing)
            name = english(e.name_en)
            if name and name != actor and (ev.actor_id is None or e.id != ev.actor_id):
                if ev.actor and e.text in ev.actor:
                    continue
                return name
    return None


def in_direct_quote(art: Article, start: int) -> bool:
    """Whether ``start`` lies in a direct quote: a witness's or an official's own words. A title
    or a headline is the outlet's account; words in a quote do not make it (a Tunisian's
    "ما عادش تعرف وقتاش باش توفى هالمأساة", "when this tragedy will end", made a trial
    story "Deaths in Sfax")."""
    return any(a.direct and a.start <= start < a.end for a in art.facts.attributions)


def _speaker_at(art: Article, offset: int) -> str | None:
    """The English speaker of the attribution whose reported content holds ``offset``."""
    for a in art.facts.attributions:
        if a.start <= offset < a.end and english(a.speaker_en):
            return english(a.speaker_en)
    return None


def _items(articles: list[Article], story_mode: bool) -> list[_Item]:
    spec = phrasing()["events"]
    out: list[_Item] = []
    for order, art in enumerate(articles):
        outlet = english(art.outlet.name_en)
        for ev in art.facts.events:
            s = spec.get(ev.type)
            if not s or s.get("skip"):
                continue
            count, used = (None, ())
            if s.get("count_roles"):
                count, used = _event_numbers(ev, art, s["count_roles"])
            src = english(ev.attributed_to) or _speaker_at(art, ev.start)
            sources: tuple[str, ...] = ()
            if src:
                sources = (src,)
            elif story_mode and outlet and ev.modality == "asserted":
                sources = (outlet,)
            out.append(_Item(ev, art, order, count, used, sources))
    return out


def _background(it: _Item) -> bool:
    """Whether a mention is background rather than the news of its article: its own date, or a
    date written in its sentence, lies more than ``limits.background_days`` before the article's
    publication ("the town was devastated during the Islamic State's control of it between 2014
    and 2016", "tension since the killing of a citizen on 3 July")."""
    pub = publication_date(it.article.raw)
    if pub is None:
        return False
    cutoff = pub - _dt.timedelta(days=phrasing()["limits"]["background_days"])
    own = own_date(it.event)
    if own:
        ranges = [r] if (r := date_range(own)) else []
    else:
        ranges = [r for _, r, _ in _sentence_dates(it)]
    return bool(ranges) and all(end < cutoff for _, end in ranges)


def _sentence_dates(it: _Item) -> list[tuple[str, tuple[_dt.date, _dt.date], bool]]:
    """The dates written in a mention's sentence that say a day, week, month or year (value or
    period), each with the days it covers and whether a period up to now runs from it, earliest
    first. A date a period up to now runs from ("منذ السابع من أكتوبر 2023") covers the days up to
    publication: a toll since then is news."""
    sent = it.article.sentence_at(it.event.start)
    if sent is None:
        return []
    pub = publication_date(it.article.raw)
    out = []
    for d in it.article.facts.dates:
        v = d.value or d.period
        if not (sent.start <= d.start < sent.end and v and (r := date_range(v))):
            continue
        since = _since(it.article, d.start)
        if since and pub and r[1] < pub:
            r = (r[0], pub)
        out.append((v, r, since))
    return sorted(out, key=lambda x: (x[1][0], x[0]))


def _since(art: Article, start: int) -> bool:
    """Whether the date written at ``start`` opens a period up to now: the word before it is one of
    dates.yaml's since_words ("منذ السابع من أكتوبر"), or the date is the day a lasting state began
    ("منذ اندلاع الحرب على قطاع غزة في 7 تشرين الأول 2023": منذ, one of dates.yaml's since_states, then في
    right before the date, within eight words; not "منذ هجوم حماس في 7 أكتوبر", a day's happening)."""
    before = [norm(w) for w in art.raw.body[max(0, start - 120):start].split()]
    if not before:
        return False
    since, states = since_lexicon()
    if before[-1] in since:
        return True
    if before[-1] != "في":
        return False
    window: list[str] = []
    for k in range(len(before) - 2, max(-1, len(before) - 10), -1):
        if any(c in ".،؛:!?" for c in before[k]):
            return False  # another clause
        if before[k] in since:
            words = " ".join(reversed(window))
            return any(f" {s} " in f" {words} " for s in states)
        window.append(before[k])
    return False


def _names_place(it: _Item) -> bool:
    """Whether a mention's sentence names its place (else the extractor took the article's)."""
    sent = it.article.sentence_at(it.event.start)
    loc = it.event.location
    return bool(sent and loc and loc in it.article.body[sent.start:sent.end])


def _sentence_date(it: _Item) -> str | None:
    """The earliest date written in a mention's sentence, for a background mention that has no date of
    its own: "In 2014 ..." tells the reader it is not news."""
    dates = _sentence_dates(it)
    return dates[0][0] if dates else None


def _since_date(it: _Item) -> str | None:
    """The date a counted mention's period runs from, for one with no date of its own ("45,436 people
    were killed since 7 October 2023": the sentence's earliest date, written after منذ)."""
    if not it.count:
        return None
    dates = _sentence_dates(it)
    return dates[0][0] if dates and dates[0][2] else None


def _rank(it: _Item) -> tuple:
    """News first, then what is planned or predicted, then background; within each, by the event
    type's priority, the voice (asserted first), and the order of the text."""
    p = phrasing()
    future = it.event.modality in ("planned", "predicted")
    prio = p["events"].get(it.event.type, {}).get("priority", 50)
    mod = p["modality_rank"].get(it.event.modality, 9)
    return (_background(it), future, prio, mod, it.order, it.event.start)


def _key(it: _Item) -> tuple:
    ev = it.event
    future = ev.modality in ("planned", "predicted")
    loc = ev.location_id or english(ev.location_en) or ""
    actor = "" if loc else (ev.actor_id or english(ev.actor_en) or "")
    # with no place the count tells two events apart (and with no actor and no count each
    # mention stands alone); at one place different counts are rival reports of one event
    other: tuple = ()
    if not loc:
        other = (it.count,) if it.count else (() if actor else (it.order, ev.start))
    # a toll since a date is a period's, not a rival count of the day's event at that place
    since = _since_date(it)
    if since:
        other = ("since", since, *other)
    return (ev.type, loc, actor, future, *other)


def _when(it: _Item) -> tuple[str | None, _dt.date | None]:
    """A mention's own date (None when only the publication date is known) and its article's day."""
    return own_date(it.event), publication_date(it.article.raw)


def _main_name(name: str) -> str:
    """``name`` without a trailing "(Country)" ("Syrian aircraft (Syria)" -> "Syrian aircraft")."""
    m = _TRAILING_PAREN.match(name)
    return m.group("main") if m else name


def actor_base(ev: Event) -> str | None:
    """The actor's English name without a trailing "(Country)" or "and allies", lower-cased."""
    name = english(ev.actor_en)
    if not name:
        return None
    return re.sub(r"\s+and (?:its |their )?allies$", "", _main_name(name).lower())


def same_actor(a: Event, b: Event) -> bool:
    """Whether two events name one actor: the same id, or one English name a word-prefix of the
    other ("Syrian government" / "Syrian government forces and allies"; not "Russian aircraft" /
    "Syrian aircraft"). Events naming no actor name no one: False."""
    if a.actor_id and a.actor_id == b.actor_id:
        return True
    x, y = actor_base(a), actor_base(b)
    if not x or not y:
        return False
    short, long_ = sorted((x, y), key=len)
    if long_ == short or long_.startswith(short + " "):
        return True
    # one state's forces under two names: a bare "<nationality> <force noun>" ("Israeli warplanes",
    # "Syrian aircraft") and another force of the same first word ("Israeli forces", "Syrian government
    # forces"); not two qualified ones ("Syrian opposition forces" / "Syrian government forces"), nor
    # two named bodies (two gazetteer ids: the SDF and the Syrian army)
    if a.actor_id and b.actor_id:
        return False
    xs, ys = x.split(), y.split()
    heads = phrasing()["state_force_heads"]
    return (min(len(xs), len(ys)) == 2 and len(xs) > 1 and len(ys) > 1 and xs[0] == ys[0]
            and xs[-1] in heads and ys[-1] in heads)


def _is_plural(name: str) -> bool:
    """Whether a name is a plural subject ("Syrian government forces are expected to"): its head
    word (before a trailing parenthesis) is one of english.yaml's bare plural heads."""
    words = _main_name(name).lower().split()
    return bool(words) and words[-1] in phrasing()["bare_plural_heads"]


def _actor_item(group: list[_Item]) -> _Item | None:
    """The mention whose actor a group's sentence names: one that tells the group's count or none
    (another count at the same place is a rival report or another happening, and its actor,
    "فقدت 9 من أفراد عائلتها": the victim, must not become the subject of this one), and never a
    person as the one who killed or wounded a count of people (a survivor, a doctor, a hospital
    named after a king: "killed by Mohammed VI")."""
    first = next((g for g in group if g.count), None)
    return next((g for g in group if english(g.event.actor_en)
                 and (g.count is None or g.count == first.count or _same_number(g, first))
                 and not (g.event.type == "killing/casualties" and _not_a_killer(g.event, g.article))), None)


def _not_a_killer(ev: Event, art: Article) -> bool:
    """A person, or a body that counts, treats or rescues the victims (a Red Crescent, a health
    ministry, a hospital: english.yaml casualty_non_actors), is never who killed them, whatever
    the clause's grammar made of it ("six people were killed by the Libyan Red Crescent")."""
    if _is_person(ev, art):
        return True
    name = (english(ev.actor_en) or "").lower()
    return any(w in name for w in phrasing()["casualty_non_actors"])


def _split(group: list[_Item]) -> list[tuple[list[_Item], list[_Item]]]:
    """The sentences of a group of mentions of one event type at one place, so that each cites
    only the sources that said what it says: "Russian aircraft struck Abu Kamal" (one source) and
    "Syrian aircraft struck Abu Kamal" (another) are two sentences, not one citing both.

    Each sentence is (mentions, unnamed): the mentions naming the sentence's actor (or one of its
    side: "Syrian government" / "Syrian government forces and allies") plus those naming nobody on
    nobody's word; ``unnamed`` are mentions that name no actor but cite a source, which did not say
    who did it (with another count, such mentions are a sentence of their own). A mention naming another actor is a sentence of its own when it has a source or
    no count of its own (a count with another actor and no source was dropped before too: it is
    a victim's clause more often than a rival account)."""
    chosen = _actor_item(group)
    if chosen is None:
        return [(group, [])]
    main = [g for g in group if (actor_base(g.event) is None and not g.sources) or same_actor(g.event, chosen.event)]
    first = next((g for g in main if g.count), None)
    sourced = [g for g in group if actor_base(g.event) is None and g.sources]
    # an unnamed report of another count ("many killed and injured" in a car bomb beside "many
    # fighters killed" by the army) is another happening more often than the same one: its own sentence
    unnamed = [g for g in sourced if g.count is None or first is None or g.count == first.count
               or _same_number(g, first)]
    apart = [g for g in sourced if g not in unnamed]
    others = [g for g in group if actor_base(g.event) is not None and not same_actor(g.event, chosen.event)
              and (g.sources or g.count is None)]
    return [(main, unnamed)] + ([(apart, [])] if apart else []) + (_split(others) if others else [])


def _sentence(group: list[_Item], unnamed: list[_Item] = ()) -> str | None:
    """One English sentence for a group of mentions of the same event; ``unnamed`` are mentions of
    it whose sources did not say who did it (see _split): they are named after the sentence's
    own sources as reporting it without naming who."""
    p = phrasing()
    rep = group[0]
    ev = rep.event
    spec = p["events"][ev.type]
    count = _group_count(group)
    counted = next((g for g in group if g.count and g.count == count), None)
    role = counted.article.facts.numbers[counted.numbers_used[0]].role if counted and counted.numbers_used else None
    chosen = _actor_item(group)
    actor = english(chosen.event.actor_en) if chosen else None
    location = next((english(g.event.location_en) for g in group if english(g.event.location_en)), None)
    dated = next((g for g in group if g.event.date), None)
    # a count since a date ("45,436 killed since 7 October 2023") is a war's or a crisis's toll: a place
    # its sentence does not name is the article's scene, not where they died
    since = None if dated else next((v for g in group if (v := _since_date(g))), None)
    if since and not any(_names_place(g) for g in group):
        location = None
    sources: list[str] = []
    for g in group:
        for s in g.sources:
            if s not in sources:
                sources.append(s)
    values = {"actor": with_article(actor) if actor else None,
              "location": with_article(location) if location else None, "count": count,
              "object": None}
    if ev.type == "accusation":
        obj = next((_object(g.event, g.article) for g in group if _object(g.event, g.article)), None)
        values["object"] = with_article(obj) if obj else None
    ph = p["phrasing"]
    water = "water_" if "water_past" in spec and location and at_sea(location) else ""
    if ev.modality in ("planned", "predicted"):
        base = _fill(spec.get(f"{water}base", []), values)
        if not base or not values["actor"]:
            return None
        key = "predicted" if ev.modality == "predicted" else "planned"
        if sources and with_article(sources[0]) == values["actor"]:
            clause = ph["own_plan"].format(actor=values["actor"], base=base)
            sources = sources[1:]
        elif sources:
            clause = ph[f"{key}_by"].format(source=with_article(sources[0]), actor=values["actor"], base=base)
            sources = sources[1:]
        else:
            plural = "_plural" if _is_plural(values["actor"]) else ""
            clause = ph[f"{key}_unattributed{plural}"].format(actor=values["actor"], base=base)
    else:
        clause = None
        # the count's role picks its own patterns when the event type has them ("were injured",
        # "were killed or injured"): english.yaml <kind>_past / <kind>_passive
        kind = p["role_patterns"].get(role or "")
        prefix = f"{kind}_" if kind and f"{kind}_past" in spec else ""
        prefix = prefix or water
        if values["actor"]:
            clause = _fill(spec.get(f"{prefix}past", []), values)
        if clause is None:
            clause = _fill(spec.get(f"{prefix}passive", []), values)
        if clause is None:
            return None
    if values["location"]:
        clause = clause.replace(f" in {values['location']}", f" {_preposition(location)} {values['location']}")
    if count and re.match(r"(?:one|a single)\s\S+$", count, re.I):  # "one woman was killed", not "were"
        clause = clause.replace(f"{count} were ", f"{count} was ")
    date = format_date_en(dated.event.date, dated.event.date_basis) if dated else None
    if since:
        date = format_date_en(since, since=True)
    elif date is None and all(_background(g) for g in group):
        date = format_date_en(_sentence_date(rep))
    text = (f"{date}, {clause}" if clause[:1].isdigit() else f"{date} {clause}") if date else clause
    if sources:
        text += ", " + ph["according_to"].format(source=join_names([with_article(s) for s in sources]))
    others = [s for g in unnamed for s in g.sources if s not in sources]
    if others and values["actor"]:
        others = list(dict.fromkeys(others))
        text += "; " + ph["unnamed_too"].format(sources=join_names([with_article(s) for s in others]))
    text = _cap(text.rstrip(",")) + "."
    text = re.sub(r",\s*,", ",", text).replace(",.", ".")
    return None if has_arabic(text) else text


def _number_source(art: Article, n: NumberMention, story_mode: bool) -> str | None:
    speaker = _speaker_at(art, n.start)
    if speaker:
        return speaker
    for ev in art.facts.events:
        if ev.start <= n.start < ev.end and english(ev.attributed_to):
            return english(ev.attributed_to)
    return english(art.outlet.name_en) if story_mode else None


def _as_clause(phrase: str) -> str:
    """A count phrase as a clause: "46 people killed, including ..." -> "46 people were killed,
    including ...", "one vehicle destroyed" -> "one vehicle was destroyed"; "missing" too. Other
    phrases ("some families homeless") stay as they are."""
    head, sep, rest = phrase.partition(", ")
    words = head.split()
    clauses = phrasing()["outcome_clauses"]
    if len(words) < 2 or not (words[-1].endswith("ed") or words[-1] == "missing" or words[-1] in clauses) \
            or words[-1] not in phrasing()["outcome_words"]:
        return phrase
    verb = "was" if re.match(r"(?:one|a single)\s", head, re.I) and len(words) == 3 else "were"
    return " ".join(words[:-1] + [verb, clauses.get(words[-1], words[-1])]) + sep + rest


def _number_sentences(articles: list[Article], used: set[tuple[int, int]], story_mode: bool,
                      seen_sentences: set[str]) -> list[str]:
    p = phrasing()
    rows: list[tuple[tuple, str]] = []
    # numbers already told by an event sentence (in any article) are not told again
    seen: dict[tuple, int] = {}
    for order, i in used:
        n = articles[order].facts.numbers[i]
        seen[(n.value, n.role or n.counts)] = 1
    for order, art in enumerate(articles):
        nums = art.facts.numbers
        for i, n in enumerate(nums):
            if (order, i) in used or n.part_of is not None or n.value is None:
                continue
            if n.role not in p["key_number_roles"] and not (n.unit in p["number_units"] and n.counts):
                continue
            parts = [m for m in nums if m.part_of == i]
            phrase = count_phrase(n, parts, with_outcome=True)
            if not phrase:
                continue
            if not tells_outcome(phrase.split(", including")[0]):
                continue  # "More than 3,000 people." says nothing of what happened to them
            key = (n.value, n.role or n.counts)
            src = _number_source(art, n, story_mode)
            text = _cap(_as_clause(phrase))
            if src:
                text += ", " + p["phrasing"]["according_to"].format(source=with_article(src))
            text = re.sub(r",\s*,", ",", text).rstrip(",") + "."
            if has_arabic(text) or key in seen:
                continue
            seen[key] = 1
            prio = 0 if n.role in p["key_number_roles"] else 1
            rows.append(((prio, order, n.start), text))
    rows.sort(key=lambda r: r[0])
    return [t for _, t in rows if t not in seen_sentences][: p["limits"]["numbers"]]


def _cited(articles: list[Article], used_sources: str) -> str | None:
    p = phrasing()
    names: list[str] = []
    for art in articles:
        for a in art.facts.attributions:
            name = english(a.speaker_en)
            if not name or name in used_sources:
                continue
            # "X (via Y)" and "X director" add nothing once X is listed
            if any(name == n or name.startswith(n + " ") for n in names):
                continue
            names.append(name)
    names = names[: p["limits"]["cited_sources"]]
    if not names:
        return None
    text = p["phrasing"]["cited"].format(sources=join_names([with_article(n) for n in names]))
    return None if has_arabic(text) else text


def briefing(articles: list[Article], story_mode: bool = False) -> str:
    """The English briefing for one article (``[article]``) or for a story's articles."""
    p = phrasing()
    items = sorted(_items(articles, story_mode), key=_rank)
    # mentions of one event type at one place, split where they cannot be one happening in time
    # (when.same_time, the story timeline's rule): in rank order of each group's first mention
    groups: list[list[_Item]] = []
    by_key: dict[tuple, list[int]] = {}
    when = {id(it): _when(it) for it in items}
    for it in items:
        homes = by_key.setdefault(_key(it), [])
        home = next((i for i in homes if all(same_time(*when[id(it)], *when[id(g)]) for g in groups[i])), None)
        if home is None:
            homes.append(len(groups))
            groups.append([it])
        else:
            groups[home].append(it)
    groups = _merge_same_count(groups, when)
    limit = p["limits"]["story_events" if story_mode else "article_events"]
    sentences: list[str] = []
    used_numbers: set[tuple[int, int]] = set()
    for group in groups:
        if len(sentences) >= limit:
            break
        for mentions, unnamed in _split(group):
            s = _sentence(mentions, unnamed)
            if s is None and unnamed:  # no sentence names the actor: the unnamed mentions stand alone
                mentions, s = unnamed, _sentence(unnamed)
            if s and s not in sentences and len(sentences) < limit:
                sentences.append(s)
                for g in mentions:
                    used_numbers.update((g.order, i) for i in g.numbers_used)
    sentences += _number_sentences(articles, used_numbers, story_mode, set(sentences))
    cited = _cited(articles, " ".join(sentences))
    if cited:
        sentences.append(cited)
    text = _names_once(" ".join(sentences), articles)
    assert not has_arabic(text), text  # every piece was checked; this guards the invariant
    return text


def _group_count(group: list[_Item]) -> str | None:
    """The count a group's sentence tells: the first mention's, or, of the mentions giving the same number, the
    one that says most ("at least seven people, including three children" over "at least seven people")."""
    counted = [g for g in group if g.count]
    if not counted:
        return None
    same = [g for g in counted if _same_number(g, counted[0])] or counted[:1]
    return max(same, key=lambda g: len(g.count or "")).count


def _same_number(a: _Item, b: _Item) -> bool:
    """Two mentions count the same number ("at least seven people" / "at least seven people, including three
    children"); counts without a value ("many") are not compared."""
    v = _count_value(a)
    return v is not None and v == _count_value(b)


def _count_value(it: _Item) -> str | None:
    """The number a mention's count gives (its first counted number's value)."""
    return it.article.facts.numbers[it.numbers_used[0]].value if it.numbers_used else None


def _merge_same_count(groups: list[list[_Item]], when: dict[int, tuple]) -> list[list[_Item]]:
    """One article telling the same count of the same outcome at two places is one event told twice, the
    headline's "82 killed in Baghdad" and the body's "82 killed in Ibn al-Khatib Hospital" (or "three killed in
    Minya" and, by the line's far end, "in Aswan"): one sentence, with the place of the group ranked first.
    Across articles (a story) the same count at two places may be two happenings: left apart."""
    out: list[list[_Item]] = []
    seen: dict[tuple, tuple[int, str | None]] = {}  # -> (group, the count's role)
    for g in groups:
        counted = next((x for x in g if x.numbers_used), None)
        key, role = None, None
        if counted is not None and len({x.order for x in g}) == 1:
            n = counted.article.facts.numbers[counted.numbers_used[0]]
            future = counted.event.modality in ("planned", "predicted")
            if n.value and not _since_date(counted):
                key, role = (counted.event.type, counted.order, n.value, future), n.role
        home = seen.get(key) if key else None
        # one role, or one count that does not say it ("11 وفاة، بينهم ثلاثة أطفال" beside "11 killed")
        if home is not None and (home[1] == role or None in (home[1], role)) \
                and all(same_time(*when[id(a)], *when[id(b)]) for a in g for b in out[home[0]]):
            out[home[0]].extend(g)
            continue
        if key and key not in seen:
            seen[key] = (len(out), role)
        out.append(g)
    return out


_ALSO_KNOWN = re.compile(r"(?P<main>.+?) \((?!via |speaking to )[^()]+\)")


def main_form(name: str) -> str:
    """A name given with its other form, by its main form ("Syrian government forces (Syrian Arab Army)" ->
    "Syrian government forces"), for a title; a relay ("(via SANA)") is no other form and stays."""
    return _OTHER_FORM.sub("", name) or name


_OTHER_FORM = re.compile(r" \((?!via |speaking to )[^()]+\)")


def _names_once(text: str, articles: list[Article]) -> str:
    """A name given with its other form ("Syrian government forces (Syrian Arab Army)", "Abu Kamal
    (Al-Bukamal)") is said in full the first time and by its main form after that."""
    names: set[str] = set()
    for art in articles:
        f = art.facts
        names.update(e.name_en for e in f.entities if e.name_en)
        names.update(n for e in f.events for n in (e.actor_en, e.location_en, e.attributed_to) if n)
        names.update(a.speaker_en for a in f.attributions if a.speaker_en)
    for raw in sorted(names, key=len, reverse=True):
        name = english(raw) or ""
        m = _ALSO_KNOWN.fullmatch(name)
        if m is None:
            continue
        first = text.find(name)
        if first < 0:
            continue
        cut = first + len(name)
        text = text[:cut] + text[cut:].replace(name, m.group("main"))
    return text


def headline(article: Article) -> str | None:
    """A short English headline: the first event of the article (headline and lead come first)
    that can be phrased with an actor or a place, without sources or date. None if there is none."""
    for it in sorted(_items([article], False), key=lambda it: it.event.start):
        ev = it.event
        if ev.modality in ("planned", "predicted") or not (english(ev.actor_en) or english(ev.location_en)):
            continue
        if in_direct_quote(article, ev.start):
            continue
        plain = _Item(replace(ev, date=None), it.article, it.order, it.count, it.numbers_used, ())
        text = _sentence([plain])
        if text:
            text = main_form(text)  # "Israel advanced on ...", not "Israel (the occupation) advanced on ..."
        if text and len(text) <= 120:
            return text.rstrip(".")
    return None


def article_briefing(article: Article) -> str:
    return briefing([article])


def story_briefing(story: Story, articles_by_id: dict[str, Article]) -> str:
    arts = [articles_by_id[a] for a in story.article_ids if a in articles_by_id]
    return briefing(arts, story_mode=True)


__all__ = [
    "actor_base",
    "article_briefing",
    "briefing",
    "count_phrase",
    "format_date_en",
    "has_arabic",
    "in_direct_quote",
    "plain_count",
    "plain_place",
    "same_actor",
    "story_briefing",
    "tells_outcome",
    "with_article",
]
