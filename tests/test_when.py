"""when.same_time: whether two reports can be of one happening in time (the story timeline and the
English briefing both group with it)."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.when import date_range, same_time

D = dt.date.fromisoformat


@pytest.mark.parametrize("a,pub_a,b,pub_b,expected", [
    ("2017-11-08", "2017-11-08", "2017-11-08", "2017-11-09", True),
    ("2017-11-08", "2017-11-08", "2017-W45", "2017-11-09", True),  # a day inside its week
    ("2017-11-03", "2017-11-08", "2017-11-08", "2017-11-09", False),
    (None, "2017-11-08", None, "2017-11-09", True),  # undated, published a day apart
    (None, "2017-11-08", None, "2017-11-19", False),  # the capture and the "complete liberation"
    # undated news of 4 August is not a killing dated 3 July in another article ...
    (None, "2023-08-04", "2023-07-03", "2023-08-10", False),
    ("2023-07-03", "2023-08-10", None, "2023-08-04", False),
    # ... but is the one dated the day before, or that week
    (None, "2023-08-04", "2023-08-03", "2023-08-10", True),
    (None, "2023-08-04", "2023-W31", "2023-08-10", True),
    # in one article too: the undated headline is the day's news, a date weeks back is background
    (None, "2023-08-04", "2023-07-03", "2023-08-04", False),
    # no publication date: nothing to weigh against
    (None, None, "2017-11-03", "2017-11-08", True),
])
def test_same_time(a, pub_a, b, pub_b, expected):
    assert same_time(a, D(pub_a) if pub_a else None, b, D(pub_b) if pub_b else None) is expected


def test_date_range_covers_weeks_months_and_years():
    assert date_range("2017-W45") == (D("2017-11-06"), D("2017-11-12"))
    assert date_range("2024-02") == (D("2024-02-01"), D("2024-02-29"))
    assert date_range("2017") == (D("2017-01-01"), D("2017-12-31"))
    assert date_range("soon") is None
