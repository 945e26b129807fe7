"""Typed records that pass between the pipeline stages.

content/ --read--> RawArticle --analyse--> Article(+Facts) --cluster--> Story --render--> Site

Every fact carries ``start``/``end``: Python string indices into ``Article.body`` (the text the
reader sees, never a normalised copy), so ``body[start:end] == text`` always holds.
Records are frozen: a stage returns new records instead of mutating what it was given.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from operator import attrgetter
from functools import lru_cache
from typing import Any


@dataclass(frozen=True)
class Outlet:
    """A news outlet. ``id`` is a stable slug (``aljazeera``); unknown parts stay ``None``."""

    id: str | None
    name_ar: str | None
    name_en: str | None
    domain: str | None = None
    # Month-name style for dates on Arabic pages: "levantine" (تشرين الثاني) or "egyptian" (نوفمبر).
    month_style: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name_ar": self.name_ar, "name_en": self.name_en}


UNKNOWN_OUTLET = Outlet(id=None, name_ar=None, name_en=None)


@dataclass(frozen=True)
class RawArticle:
    """What a reader found in one content file, before any language analysis.

    ``body`` is the plain text offsets will index into (for a .txt file: the decoded file as is;
    for Markdown/HTML: the text with markup removed). ``title`` is ``None`` when the file has
    no title-like line; ``published`` is an ISO date/datetime string or ``None`` (never guessed).
    ``metadata_basis`` says where outlet/date/title came from (front matter, sidecar, text).
    """

    id: str
    source_file: str  # path relative to the content folder, with forward slashes
    body: str
    title: str | None = None
    outlet: Outlet = UNKNOWN_OUTLET
    published: str | None = None
    url: str | None = None
    lang: str = "ar"
    author: str | None = None
    story: str | None = None
    tags: tuple[str, ...] = ()
    encoding: str = "utf-8"
    content_hash: str = ""
    metadata_basis: tuple[tuple[str, str], ...] = ()
    # The body as Markdown (for .md inputs), used only for display; None means render ``body``.
    markdown: str | None = None


# --------------------------------------------------------------------------- facts

# The fact records are slotted: a 10,000-article build holds about two million of them (per 1,000
# articles: 50,000 entities, 42,000 sentences, 40,000 events ...), and a per-instance __dict__ was the
# largest single part of their memory (28 of 73 MB per 1,000 articles).


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the body: ``body[start:end]``. ``index`` is its position (0-based)."""

    index: int
    start: int
    end: int
    paragraph: int = 0


@dataclass(frozen=True, slots=True)
class DateMention:
    text: str
    start: int
    end: int
    value: str | None  # ISO day "2017-11-08", week "2017-W45", month "2017-11", year "2017"; None if vague
    granularity: str | None  # day | week | month | year | None
    kind: str  # absolute | relative | weekday | vague | hijri | numeric
    calendar: str = "gregorian"
    # the year a year-only expression resolves to ("العام الماضي" -> "2022"), shown to readers; its
    # ``value`` stays None, as the gold format (day, week, month) has no year values
    period: str | None = None


@dataclass(frozen=True, slots=True)
class NumberMention:
    text: str
    start: int
    end: int
    value: str | None  # decimal string "120000", "5", "2.5"; None for vague quantities (العديد)
    unit: str | None  # people | percent | vehicles | money | distance | ...
    counts: str | None  # what is counted, in English ("civilians killed")
    qualifier: str  # exact | approx | at least | more than | vague
    role: str | None = None  # killed | injured | displaced | arrested | fighters | civilians | ...
    counted_ar: str | None = None  # the counted noun as written
    part_of: int | None = None  # index of the number this one breaks down ("بينهم طفلان")


@dataclass(frozen=True, slots=True)
class Entity:
    text: str
    start: int
    end: int
    type: str  # PER | ORG | LOC | MISC
    id: str | None  # canonical id from the gazetteer, or a derived id for rule-found names
    name_en: str | None
    name_source: str = "gazetteer"  # gazetteer | user | romanized | transliterated


@dataclass(frozen=True, slots=True)
class Attribution:
    speaker: str  # Arabic, as in the text (or the canonical Arabic name)
    speaker_en: str | None
    verb: str | None  # reporting verb/marker as in the text, conjunction و removed
    text: str  # the reported content
    start: int
    end: int
    direct: bool
    speaker_id: str | None = None
    via: str | None = None  # relaying agency/outlet (English), "X (via Y)"
    via_id: str | None = None


@dataclass(frozen=True, slots=True)
class Event:
    type: str  # capture/control | advance/offensive | encirclement | link-up | counter-attack |
    # airstrike/shelling | killing/casualties | displacement | visit/inspection | statement |
    # accusation | explosion | other
    actor: str | None
    actor_en: str | None
    location: str | None
    location_en: str | None
    date: str | None
    text: str
    start: int
    end: int
    modality: str  # asserted | reported | planned | predicted
    attributed_to: str | None  # English name of the source; None = the outlet's own voice
    trigger: str | None = None  # the trigger word as written
    actor_id: str | None = None
    location_id: str | None = None
    date_basis: str | None = None  # "text" (a date in the sentence) | "published" | None
    # finer type for events outside the 13 export types (arrest, protest, agreement/ceasefire,
    # disaster): those are exported as type "other" with the finer type here
    subtype: str | None = None


# The event types of the data export contract (DESIGN.md / the gold schema).
EVENT_TYPES = ("capture/control", "advance/offensive", "encirclement", "link-up", "counter-attack",
               "airstrike/shelling", "killing/casualties", "displacement", "visit/inspection", "statement",
               "accusation", "explosion", "other")


@dataclass(frozen=True)
class Facts:
    dates: tuple[DateMention, ...] = ()
    numbers: tuple[NumberMention, ...] = ()
    entities: tuple[Entity, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    events: tuple[Event, ...] = ()

    def to_json(self) -> dict[str, list[dict[str, Any]]]:
        return {
            "dates": [_record(x) for x in self.dates],
            "numbers": [_record(x) for x in self.numbers],
            "entities": [_record(x) for x in self.entities],
            "attributions": [_record(x) for x in self.attributions],
            "events": [_record(x) for x in self.events],
        }


@lru_cache(maxsize=None)
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _record(x: Any) -> Any:
    """``dataclasses.asdict`` without its deep copies (the export of 1,000 articles spent seconds
    there): dataclasses become dicts, tuples/lists/dicts are rebuilt, other values are shared."""
    if hasattr(type(x), "__dataclass_fields__"):
        return {n: _record(getattr(x, n)) for n in _field_names(type(x))}
    if isinstance(x, (tuple, list)):
        return type(x)(_record(v) for v in x)
    if isinstance(x, dict):
        return {k: _record(v) for k, v in x.items()}
    return x


@dataclass(frozen=True)
class Summary:
    ar: str = ""
    en: str = ""
    # (sentence index) of each Arabic summary sentence, for links back to the article
    ar_sentences: tuple[int, ...] = ()
    en_generated: bool = True  # English built from extracted facts (not a translation)
    en_backend: str = "facts"
    # For a story summary: (article id, sentence index) of each Arabic summary sentence.
    ar_sources: tuple[tuple[str, int], ...] = ()
    # The English briefing built from the facts; kept beside ``en`` when ``en`` is a translation.
    en_facts: str = ""
    # True when the configured translation backend failed and ``en`` fell back to the facts
    # briefing; ``en_error`` says why (the build reports it as a warning, --strict fails).
    en_failed: bool = False
    en_error: str | None = None


@dataclass(frozen=True)
class Article:
    """An analysed article: the raw fields plus sentences and facts."""

    raw: RawArticle
    sentences: tuple[Sentence, ...]
    facts: Facts
    summary: Summary = field(default_factory=Summary)
    title_en: str | None = None
    problems: tuple[str, ...] = ()  # extractors that failed on this text (reported as warnings)

    # convenience pass-throughs ------------------------------------------------
    @property
    def id(self) -> str:
        return self.raw.id

    @property
    def body(self) -> str:
        return self.raw.body

    @property
    def title(self) -> str | None:
        return self.raw.title

    @property
    def outlet(self) -> Outlet:
        return self.raw.outlet

    @property
    def published(self) -> str | None:
        return self.raw.published

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that contains ``offset`` (facts link to it)."""
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        return None

    def to_json(self) -> dict[str, Any]:
        r = self.raw
        return {
            "id": r.id,
            "title": r.title,
            "outlet": r.outlet.to_json(),
            "url": r.url,
            "published": r.published,
            "lang": r.lang,
            "source_file": r.source_file,
            "body": r.body,
            "summary": {"ar": self.summary.ar, "en": self.summary.en},
            "facts": self.facts.to_json(),
        }


# --------------------------------------------------------------------------- stories


@dataclass(frozen=True)
class Conflict:
    kind: str  # number | date | control
    description_en: str
    sides: tuple[dict[str, Any], ...]  # each: {"article", "outlet", "text", "start", "end", "value"}
    description_ar: str = ""


@dataclass(frozen=True)
class TimelineEntry:
    date: str | None
    granularity: str | None
    type: str
    text_ar: str
    text_en: str
    reported_by: tuple[str, ...]  # article ids
    first_reported_by: str | None
    independent_sources: int = 1
    conflicts: tuple[Conflict, ...] = ()
    evidence: tuple[dict[str, Any], ...] = ()  # {"article", "start", "end", "text"}
    # No event date in the text: the earliest publication date of the reports, an upper bound.
    not_after: str | None = None
    location_id: str | None = None
    attributed_to: tuple[str, ...] = ()  # distinct sources the reports cite (English)


@dataclass(frozen=True)
class FramingRow:
    referent: str  # English referent (entity id or concept)
    terms: dict[str, tuple[tuple[str, int], ...]]  # outlet id -> ((term, count), ...)
    kind: str = "terms"  # terms (words for a referent) | sources (who is cited) | voice (asserted vs reported)
    label_en: str | None = None  # display name of the referent
    stances: dict[str, str] = field(default_factory=dict)  # term -> stance label from framing.yaml
    label_ar: str | None = None  # display name of the referent on Arabic pages
    # display names of the row's keys where they are not words of the text (cited sources):
    # key -> (Arabic, English); a page shows the name in its own language
    names: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)


@dataclass(frozen=True)
class Story:
    id: str
    title_ar: str
    title_en: str
    article_ids: tuple[str, ...]
    outlet_ids: tuple[str, ...]
    timeline: tuple[TimelineEntry, ...] = ()
    framing: tuple[FramingRow, ...] = ()
    summary: Summary = field(default_factory=Summary)
    first_published: str | None = None
    last_published: str | None = None
    republished: tuple[tuple[str, str], ...] = ()  # (copy article id, original article id)
    main_place: str | None = None  # entity id of the story's main place


# --------------------------------------------------------------------------- build


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input: shown as ``path: message`` and kept in the report."""

    path: str
    message: str
    severity: str = "error"  # error (file skipped) | warning (file built, something ignored)

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass
class BuildReport:
    articles_read: int = 0
    articles_skipped: int = 0
    pages_written: int = 0
    stories: int = 0
    analysed: int = 0  # articles analysed in this build (the rest came from the cache)
    cache_hits: int = 0
    seconds: float = 0.0
    problems: list[Problem] = field(default_factory=list)
    stage_seconds: dict[str, float] = field(default_factory=dict)

    def summary_line(self) -> str:
        skipped = ""
        if self.articles_skipped:
            reasons = "; ".join(str(p) for p in self.problems if p.severity == "error")
            skipped = f" ({reasons})"
        warn = sum(1 for p in self.problems if p.severity == "warning")
        return (
            f"briefing: {self.articles_read} articles read, {self.articles_skipped} skipped{skipped}, "
            f"{warn} warnings, {self.stories} stories, {self.pages_written} pages written "
            f"in {self.seconds:.1f}s"
        )


@dataclass(frozen=True)
class Site:
    """Everything the render and publish stages need, gathered before anything is written."""

    articles: tuple[Article, ...]
    stories: tuple[Story, ...]
    generated: str  # ISO datetime of the build (from SOURCE_DATE_EPOCH when set)
    problems: tuple[Problem, ...] = ()


def _fast_pickling(*classes: type) -> None:
    """Pickle the slotted fact records as fast as dict-based ones: the dataclass module's own hooks
    for frozen slotted classes ask ``fields()`` for every record (twice the CPU of the memo digests
    and of loading cached analyses). State = the field values in order, as the dataclass hooks'."""
    for cls in classes:
        names = tuple(f.name for f in fields(cls))
        get = attrgetter(*names)

        def getstate(self: Any, _get: Any = get) -> tuple[Any, ...]:
            return _get(self)

        def setstate(self: Any, state: Any, _names: tuple[str, ...] = names) -> None:
            for name, value in zip(_names, state):
                object.__setattr__(self, name, value)

        cls.__getstate__ = getstate  # type: ignore[attr-defined]
        cls.__setstate__ = setstate  # type: ignore[attr-defined]


_fast_pickling(Span, Sentence, DateMention, NumberMention, Entity, Attribution, Event)
