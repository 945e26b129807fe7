"""The real-text corpora of bench/extract_bench.py: gold texts cycled, or lengthened to a typical
article length with paragraphs of another gold text."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

from extract_bench import gold_corpus  # noqa: E402


@pytest.mark.parametrize("words", [None, 600])
def test_gold_corpus_is_real_text_of_the_asked_length(tmp_path, words):
    gold_corpus(30, tmp_path / "c", words=words)
    texts = sorted((tmp_path / "c").glob("*.txt"))
    assert len(texts) == 30 and len(list((tmp_path / "c").glob("*.yml"))) == 30
    sources = sorted((BENCH.parent / "tests").glob("heldout*/texts/*.txt"))
    for i, t in enumerate(texts):
        body = t.read_text(encoding="utf-8")
        src = sources[i % len(sources)].read_text(encoding="utf-8")
        assert body.startswith(src.rstrip("\n"))  # the first text whole, headline first
        if words is None:
            assert body == src
        else:
            n = len(body.split())
            assert n >= words  # lengthened to the typical length
            assert n < words + 250  # by paragraphs, not by whole articles
