"""Turn a RawArticle into an Article with facts: the analysis stage of the pipeline.

Each extractor is a function over the body text (and its normalised copy) that returns
typed mentions with offsets into the body. They run in dependency order: dates, numbers and
entities first; attributions use entities; events use all of them.
"""
from __future__ import annotations

import datetime as _dt

from ..models import Article, Facts, RawArticle
from .attributions import extract_attributions
from .dates import extract_dates
from .entities import Gazetteer, extract_entities
from .events import extract_events
from .normalise import normalise
from .numbers import extract_numbers
from .sentences import split_sentences


def publication_date(raw: RawArticle) -> _dt.date | None:
    if not raw.published:
        return None
    try:
        return _dt.date.fromisoformat(raw.published[:10])
    except ValueError:
        return None


def analyse(raw: RawArticle, gazetteer: Gazetteer) -> Article:
    text = raw.body
    nt = normalise(text)
    sentences = split_sentences(text)
    published = publication_date(raw)
    dates = extract_dates(text, nt, published)
    numbers = extract_numbers(text, nt)
    entities = extract_entities(text, nt, gazetteer)
    attributions = extract_attributions(text, nt, sentences, entities, gazetteer)
    events = extract_events(text, nt, sentences, entities, dates, attributions, published, gazetteer)
    facts = Facts(
        dates=tuple(dates),
        numbers=tuple(numbers),
        entities=tuple(entities),
        attributions=tuple(attributions),
        events=tuple(events),
    )
    return Article(raw=raw, sentences=sentences, facts=facts)
