"""Fuzzing (hypothesis): the readers and the extractors never crash and offsets stay valid.

Random bytes and random front matter go through read_content (the real walk, a file in a tmp
folder); random Arabic-ish text goes through the whole analysis. Every fact must satisfy
``body[start:end] == text`` (attributions: a valid span inside the body).
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.config import Config
from generator.nlp.analyse import analyse
from generator.nlp.entities import Gazetteer
from generator.readers import read_content

WORDS = ["قال", "إن", "قوات", "النظام", "السوري", "سيطرت", "على", "مدينة", "البوكمال", "أمس", "الأربعاء",
         "8", "تشرين", "الثاني", "نوفمبر", "2017", "قتل", "أربعة", "مدنيين", "نحو", "120", "ألف", "شخص",
         "وأضاف", "المرصد", "«", "»", "\"", "،", ".", "\n", "\n\n", "٣", "الأمم", "المتحدة", "ضرب", "زلزال",
         "بقوة", "درجات", "حلب", "في", "و", "ـ", "\u064b", "\u202e", "(", ")", ":", "-", "عن", "مصدر"]
arabicish = st.lists(st.one_of(st.sampled_from(WORDS), st.text(min_size=1, max_size=4)), max_size=60).map(" ".join)

FRONT_KEYS = ["title", "outlet", "published", "url", "lang", "author", "story", "tags", "id", "x"]
yaml_scalar = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
                        st.text(max_size=20), st.sampled_from(["2017-02-30", "2999-01-01", "[", "{a: b}", "'", "&a",
                                                               "javascript:alert(1)", "../../etc", "!!binary AA"]))


def _read_one(name: str, data: bytes):
    with tempfile.TemporaryDirectory() as d:
        root = Path(d)
        (root / "content").mkdir()
        (root / "content" / name).write_bytes(data)
        return read_content(root / "content", Config(root=root))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.sampled_from(["a.md", "a.txt", "a.json", "a.jsonl", "a.html"]), data=st.binary(max_size=2000))
def test_random_bytes_never_crash_a_reader(name, data):
    raws, problems = _read_one(name, data)
    assert len(raws) + len(problems) >= 1
    for p in problems:
        assert p.path.endswith(name) and p.message and "\n" not in p.message
        assert "reader failed" not in p.message, p.message  # a reader bug, not a reason
    for r in raws:
        assert isinstance(r.body, str) and r.body.strip()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(front=st.dictionaries(st.sampled_from(FRONT_KEYS), yaml_scalar, max_size=6), body=arabicish)
def test_random_front_matter_never_crashes(front, body):
    lines = "\n".join(f"{k}: {v}" for k, v in front.items())
    text = f"---\n{lines}\n---\n{body}\n"
    raws, problems = _read_one("a.md", text.encode("utf-8"))
    assert all("reader failed" not in p.message for p in problems), [str(p) for p in problems]
    for r in raws:
        assert r.title is None or isinstance(r.title, str)
        assert r.published is None or isinstance(r.published, str)
        assert all(isinstance(t, str) for t in r.tags)


_GAZ: list[Gazetteer] = []


def _gazetteer() -> Gazetteer:
    if not _GAZ:
        _GAZ.append(Gazetteer.load([]))
    return _GAZ[0]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=arabicish)
def test_analysis_of_random_arabic_keeps_offsets_valid(body):
    from generator.models import RawArticle

    if not body.strip():
        return
    art = analyse(RawArticle(id="f", source_file="f.txt", body=body, published="2017-11-08"), _gazetteer())
    f = art.facts
    for fact in (*f.dates, *f.numbers, *f.entities, *f.events):
        assert 0 <= fact.start <= fact.end <= len(body)
        assert body[fact.start:fact.end] == fact.text, (type(fact).__name__, fact)
    for a in f.attributions:
        assert 0 <= a.start <= a.end <= len(body)
    for s in art.sentences:
        assert 0 <= s.start <= s.end <= len(body)


# characters the normaliser treats specially: marks it drops, ligatures it decomposes, letters it folds
_SPECIAL = [chr(c) for c in range(0x0600, 0x0700)] + [chr(c) for c in range(0xFB50, 0xFF00, 5)] + \
    ["\u200b", "\u200f", "\u202e", "\u2066", "\ufeff", "\u00a0", "«", "»", "—", "ـ", "ﻻ", "ﷲ", "ﷺ"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_SPECIAL), st.text(max_size=3)), max_size=80).map("".join))
def test_normalise_equals_folding_character_by_character(text):
    """The fast normaliser (str.translate between the characters that do not fold one for one) gives
    the very text and offsets of folding each character on its own."""
    from generator.nlp.normalise import normalise, normalise_slow

    assert normalise(text) == normalise_slow(text)
