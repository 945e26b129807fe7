"""Turn a RawArticle into an Article with facts: the analysis stage of the pipeline.

Each extractor is a function over the body text (and its normalised copy) that returns
typed mentions with offsets into the body. They run in dependency order: dates, numbers and
entities first; attributions use entities; events use all of them.
"""
from __future__ import annotations

import gc
from pathlib import Path
from typing import Any, Callable, TypeVar

from ..models import Article, Facts, RawArticle
from . import entities, person_names
from .attributions import extract_attributions
from .attributions import load_lexicon as load_reporting_lexicon
from .dates import extract_dates
from .dates import lexicon as dates_lexicon
from .entities import Gazetteer, extract_entities
from .events import extract_events
from .events import load_lexicon as load_event_lexicon
from .normalise import normalise
from .numbers import extract_numbers
from .numbers import lexicon as numbers_lexicon
from .sentences import split_sentences
from ..when import publication_date


def load_gazetteer(user_files: list[Path]) -> Gazetteer:
    """The gazetteer for a run of ``analyse``, with the process's long-lived objects set aside.

    The gazetteer and the extractors' data are some 150,000 objects that live as long as the
    process. Left to the cyclic garbage collector, every full collection walks all of them again:
    about 8 % of the extraction time on 600-word articles (``bench/extract_bench.py``).
    ``gc.freeze()`` moves everything alive now out of the collector's sight; the articles
    analysed afterwards are collected as before, but less often: an article makes tens of
    thousands of short-lived objects, and with CPython's default thresholds (700, 10, 10) the
    memo caches that outlive them were walked by a full collection every twenty articles or so,
    about 9 % of the extraction time (``gc.callbacks`` timing on the gold-long corpus: 0.64 s of
    6.9 s for 300 articles; 0.28 s at 10,000). Collecting the youngest generation every 10,000
    allocations instead of 700 (CPython 3.13 moved its own default to 2,000) keeps what the
    collector frees the same and costs no memory to speak of.
    """
    gazetteer = Gazetteer.load(user_files)
    # the extractors' own data load on first use: load it now, so that it is frozen too (the event
    # lexicon alone is over 100,000 forms) and a run's first article does not pay for it
    load_event_lexicon()
    load_reporting_lexicon()
    numbers_lexicon()
    dates_lexicon()
    person_names.preload()
    # the name romanizer's model (four ONNX sessions) and name-part index open on the first unknown
    # name otherwise: some 0.3 s inside the first article instead of once at load
    entities.preload_romanizer()
    gc.collect()
    gc.freeze()
    gc.set_threshold(10_000, 10, 10)
    return gazetteer


T = TypeVar("T")


def _guarded(problems: list[str], kind: str, fn: Callable[..., list[T]], *args: Any) -> list[T]:
    """Run one extractor; if it fails on this text, the article keeps its other facts.

    An extractor bug triggered by one unusual sentence must not cost the whole build (or the
    other facts of the article): the failure becomes a warning naming the file and the fact
    type (``--strict`` turns it into a non-zero exit), and this fact type is left empty.
    """
    try:
        return fn(*args)
    except Exception as e:  # noqa: BLE001 - any extractor failure is reported, never fatal
        problems.append(f"{kind} could not be extracted ({type(e).__name__}: {e}); "
                        f"the article is built without them")
        return []


def analyse(raw: RawArticle, gazetteer: Gazetteer) -> Article:
    text = raw.body
    nt = normalise(text)
    sentences = split_sentences(text)
    published = publication_date(raw)
    problems: list[str] = []
    dates = _guarded(problems, "dates", extract_dates, text, nt, published)
    numbers = _guarded(problems, "numbers", extract_numbers, text, nt)
    entities = _guarded(problems, "entities", extract_entities, text, nt, gazetteer)
    attributions = _guarded(problems, "attributions", extract_attributions, text, nt, sentences, entities,
                            gazetteer)
    events = _guarded(problems, "events", extract_events, text, nt, sentences, entities, dates, attributions,
                      published, gazetteer)
    facts = Facts(
        dates=tuple(dates),
        numbers=tuple(numbers),
        entities=tuple(entities),
        attributions=tuple(attributions),
        events=tuple(events),
    )
    return Article(raw=raw, sentences=sentences, facts=facts, problems=tuple(problems))
