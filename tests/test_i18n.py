"""UI strings go through the gettext catalogue, with Arabic's six plural forms in the right slots."""
from __future__ import annotations

import pytest

from generator.render.env import translations


@pytest.mark.parametrize("n,expected", [
    (0, "لا مقالات"),
    (1, "مقال واحد"),
    (2, "مقالان"),
    (3, "3 مقالات"),
    (10, "10 مقالات"),
    (11, "11 مقالًا"),
    (99, "99 مقالًا"),
    (100, "100 مقال"),
    (102, "102 مقال"),
    (103, "103 مقالات"),
    (111, "111 مقالًا"),
])
def test_arabic_plural_forms(n, expected):
    t = translations("ar")
    assert t.ngettext("%(num)d article", "%(num)d articles", n) % {"num": n} == expected


def test_english_plurals_are_the_message_ids():
    t = translations("en")
    assert t.ngettext("%(num)d article", "%(num)d articles", 1) % {"num": 1} == "1 article"
    assert t.ngettext("%(num)d article", "%(num)d articles", 5) % {"num": 5} == "5 articles"


def test_catalogue_translates_ui_strings():
    assert translations("ar").gettext("Stories") == "القصص"
    assert translations("ar").gettext("a string nobody translated") == "a string nobody translated"
