"""The gold sets (tests/heldout*/: six hand-annotated Arabic articles each, with heldout*_gold.json) stay valid
and in step with their sources.

- Every span/offset, entity occurrence, enum, relative date and framing count is re-checked by
  tests/heldout_tools/validate_gold.py.
- The committed JSON is exactly what the set's build_gold.py builds from the hand annotations (spans are
  located by surface and occurrence; nobody edits offsets by hand).
- Each set has six texts, each with a sidecar whose publication date is the gold's (relative dates are
  resolved against it) and whose title line is the gold's title.

Sets 1-23 are tuning sets (11 and 12 were blind until the afternoon of 7 December 2026, 13 until its
evening, 14 to 19 until its night, 20 and 21 until the small hours of 8 December, 22 and 23 until its early
morning); 24 and on are BLIND: written
and annotated without reading the extractors,
never tuned on, and nobody reads their misses (no `briefing eval --misses` on them, no rule written for something seen in their
texts); only the plain score table is run on them. The quality floors of all sets are in
tests/test_eval_gate.py.
"""
from __future__ import annotations

import json
import runpy
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
SETS = sorted((p.parent.name for p in TESTS.glob("heldout*/heldout*_gold.json")),
              key=lambda s: int(s[7:] or 1))


def _gold(name: str) -> dict:
    return json.loads((TESTS / name / f"{name}_gold.json").read_text(encoding="utf-8"))


def _texts(name: str) -> list[Path]:
    return sorted((TESTS / name / "texts").glob("*.txt"))


def _sidecar(text: Path) -> dict[str, str]:
    meta = {}
    for line in text.with_suffix(".yml").read_text(encoding="utf-8").splitlines():
        key, _, value = line.partition(":")
        meta[key.strip()] = value.strip().strip("'\"")
    return meta


def test_all_twenty_five_sets_are_here():
    assert SETS == ["heldout"] + [f"heldout{i}" for i in range(2, 28)]


@pytest.mark.parametrize("name", SETS)
def test_gold_validates(name):
    proc = subprocess.run([sys.executable, str(TESTS / "heldout_tools" / "validate_gold.py"),
                           str(TESTS / name / f"{name}_gold.json")], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.strip().splitlines()[-1].startswith("OK:"), proc.stdout


@pytest.mark.parametrize("name", SETS)
def test_gold_is_what_the_builder_builds(name, tmp_path):
    builder = TESTS / name / "build_gold.py"
    built = runpy.run_path(str(builder)).get("ARTICLES")  # not __main__: builds, writes nothing
    if built is None:  # the oldest builders build in main(): run it on a copy and read what it wrote
        work = tmp_path / "tests"
        shutil.copytree(TESTS / name, work / name)
        shutil.copytree(TESTS / "heldout_tools", work / "heldout_tools")
        (work / name / f"{name}_gold.json").unlink()
        proc = subprocess.run([sys.executable, str(work / name / "build_gold.py")], capture_output=True, text=True,
                              timeout=120)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        built = json.loads((work / name / f"{name}_gold.json").read_text(encoding="utf-8"))["articles"]
    assert json.loads(json.dumps(built, ensure_ascii=False)) == _gold(name)["articles"]


@pytest.mark.parametrize("name", SETS)
def test_six_texts_agree_with_the_gold(name):
    texts = _texts(name)
    assert len(texts) == 6, [t.name for t in texts]
    by_file = {Path(a["file"]).name: a for a in _gold(name)["articles"].values()}
    for text in texts:
        article = by_file[text.name]
        body = text.read_text(encoding="utf-8")
        assert "\u00a0" not in body, text.name
        assert article["title"] == body.split("\n", 1)[0], text.name
        assert 200 <= len(body.split()) <= 700, (text.name, len(body.split()))  # news articles, not snippets
        meta = _sidecar(text)
        outlet = article["outlet"]
        names = {outlet.get("id"), outlet.get("name_ar"), outlet.get("name_en"),
                 (outlet.get("name_en") or "").split(" (")[0]}  # "Petra" for "Petra (Jordan News Agency)"
        assert meta.get("outlet") in names, (text.name, meta.get("outlet"), outlet)
        assert meta.get("published") == article["published"], text.name
