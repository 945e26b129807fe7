"""The memo of derived records (generator/memo.py) and the parallel vector prefetch.

Incremental builds trust these: a digest must depend on values only (a fresh article and the same
article read back from a cache digest alike), a memo entry must come back as it went in, and a
damaged entry must be a miss, never an error or a wrong value.
"""
from __future__ import annotations

import pickle
from dataclasses import replace

import numpy as np
import pytest

from conftest import build_sample_articles
import generator
from generator import embeddings
from generator.memo import Memo, digest
from generator.nlp.analyse import analyse
from generator.nlp.entities import Gazetteer
from generator.readers import read_content
from generator.config import load_config
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_digest_depends_on_values_not_on_object_sharing():
    cfg = load_config(ROOT)
    raws, _ = read_content(ROOT / "content", cfg)
    fresh = analyse(raws[0], Gazetteer.load([]))
    cached = pickle.loads(pickle.dumps(fresh, protocol=4))
    # plain pickle differs (shared interned strings in the fresh graph), the digest must not
    assert digest(fresh) == digest(cached)
    assert digest(fresh) == digest(analyse(raws[0], Gazetteer.load([])))


def test_digest_changes_with_any_value():
    a = build_sample_articles()[0]
    b = replace(a, title_en="Another headline")
    assert digest(a) != digest(b)
    assert digest(a) == digest(replace(b, title_en=a.title_en))


def test_memo_round_trip_misses_and_damage(tmp_path):
    memo = Memo(tmp_path / "m", "code-1")
    key = memo.key("story", ["d1", "d2"])
    assert memo.get(key) is None
    value = build_sample_articles()[1]
    memo.put(key, value)
    assert memo.get(key) == value
    assert Memo(tmp_path / "m", "code-2").key("story", ["d1", "d2"]) != key  # code is part of the key
    assert memo.key("story", ["d1d2"]) != key  # parts are separated
    f = next((tmp_path / "m").rglob("*.pickle"))
    f.write_bytes(b"not a pickle")
    assert memo.get(key) is None  # a damaged entry is a miss
    none = Memo(None, "code-1")
    none.put(key, value)
    assert none.get(key) is None


@pytest.mark.slow
def test_parallel_prefetch_gives_the_vectors_of_one_process(tmp_path, monkeypatch):
    texts = [f"قال مصدر محلي إن {n} أشخاص قتلوا في القصف على البلدة رقم {n}" for n in range(240)]
    monkeypatch.setattr(embeddings, "_MEMO", {})
    embeddings.set_cache_dir(tmp_path)
    try:
        assert embeddings.prefetch(texts, workers=2) == 240
        got = embeddings.encode(texts, lambda batch: pytest.fail("prefetched texts were encoded again"))
        want = np.vstack([embeddings._model_encode(texts[i:i + 256]) for i in range(0, 240, 256)])
        assert np.allclose(got, want, atol=1e-5)
        assert embeddings.prefetch(texts, workers=2) == 0
    finally:
        embeddings.set_cache_dir(None)


def test_articles_share_equal_strings_and_keep_their_values():
    """build._share_strings: equal strings of different records become one object (memory of a
    10,000-article build), and nothing a digest or an output sees changes."""
    from generator.build import _share_strings
    from generator.models import Entity, Event

    def fresh(s: str) -> str:  # an equal string that is a different object, as unpickling makes
        return "".join(list(s))

    recs = [(Entity(text=fresh("حزب الله"), start=k, end=k + 8, type=fresh("ORG"), id=fresh("hezbollah"),
                    name_en=fresh("Hezbollah")),
             Event(type=fresh("capture/control"), actor=fresh("حزب الله"), actor_en=fresh("Hezbollah"),
                   location=None, location_en=None, date=None, text=fresh("سيطر حزب الله على البلدة"), start=k,
                   end=k + 24, modality=fresh("asserted"), attributed_to=None))
            for k in (3, 40)]
    before = [digest(r) for r in recs]
    assert recs[0][0].text is not recs[1][0].text
    pool: dict[str, str] = {}
    recs = [tuple(_share_strings(x, pool) for x in r) for r in recs]
    assert [digest(r) for r in recs] == before
    assert recs[0][0].text is recs[1][0].text is recs[0][1].actor
    assert recs[0][1].type is recs[1][1].type and recs[0][0].start == 3 and recs[1][0].start == 40


def test_articles_share_equal_large_ints():
    """Offsets past 256 are objects of their own (28 bytes each, ~100 MB at 10,000 articles): equal
    ones become one object too, values unchanged."""
    from generator.build import _share_strings
    from generator.models import Sentence

    big = [int("1234"), int("1234")]  # equal values, different objects
    assert big[0] is not big[1]
    pool: dict = {}
    recs = [_share_strings(Sentence(index=0, start=b, end=b + 1000), pool) for b in big]
    assert recs[0].start is recs[1].start and recs[0].start == 1234 and recs[1].end == 2234


def test_slotted_records_pickle_round_trip_and_digest_by_value():
    """The fact records' own pickling hooks (models._fast_pickling): a record comes back equal, with
    its defaults, and equal records digest alike whatever objects their values are."""
    import pickle

    from generator.models import DateMention, Entity, Event, NumberMention, Sentence

    recs = [Sentence(index=2, start=300, end=420, paragraph=1),
            DateMention("أمس", 5, 8, "2017-11-07", "day", "relative"),
            NumberMention("أربعة مدنيين", 10, 22, "4", "people", "civilians killed", "exact", role="killed"),
            Entity("حزب الله", 0, 8, "ORG", "hezbollah", "Hezbollah"),
            Event(type="statement", actor=None, actor_en=None, location=None, location_en=None, date=None,
                  text="قال", start=0, end=3, modality="asserted", attributed_to=None)]
    for r in recs:
        back = pickle.loads(pickle.dumps(r, protocol=4))
        assert back == r and type(back) is type(r)
        assert digest(back) == digest(r)


def _imported_modules(rel: str, seen: set[str] | None = None) -> set[str]:
    """The package's modules (paths relative to generator/) that ``rel`` imports, transitively."""
    import ast

    pkg = Path(generator.__file__).parent
    seen = set() if seen is None else seen
    if rel in seen:
        return seen
    seen.add(rel)
    tree = ast.parse((pkg / rel).read_text(encoding="utf-8"))
    base = Path(rel).parent
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level:
            here = base
            for _ in range(node.level - 1):
                here = here.parent
            targets = ([here / Path(*node.module.split("."))] if node.module
                       else [here / alias.name for alias in node.names])  # "from . import filters"
            for target in targets:
                for cand in (target.with_suffix(".py"), target / "__init__.py"):
                    if (pkg / cand).is_file():
                        _imported_modules(cand.as_posix(), seen)
                        break
    return seen


# modules that decide no content of a story or a summary (settings, caching, file reading), and the
# translation backends, whose results have their own cache
_NOT_CONTENT = ("config.py", "memo.py", "yamlio.py", "__init__.py", "translate/")


@pytest.mark.parametrize("module,owner,listed", [
    ("stories.py", "stories", "STORY_CODE"),
    ("summarise.py", "summarise", "SUMMARY_CODE"),
    ("nlp/analyse.py", "build", "ANALYSIS_CODE"),
])
def test_memo_fingerprints_cover_the_code_they_cache(module, owner, listed):
    """A cached analysis, story or summary is reused only while none of the code that made it
    changed: its fingerprint must list every module the stage imports (when.py was once imported by
    stories.py, and later by the analysis, without being listed, so a change to it would have kept
    stale timelines or facts)."""
    import importlib
    from fnmatch import fnmatch

    code = getattr(importlib.import_module("generator." + owner), listed)  # file names or globs
    missing = sorted(m for m in _imported_modules(module) if not any(fnmatch(m, c) for c in code)
                     and not m.endswith(_NOT_CONTENT)
                     and not any(m.startswith(x) for x in _NOT_CONTENT if x.endswith("/")))
    assert not missing, f"{listed} lacks {missing}"
