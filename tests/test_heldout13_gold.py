"""The thirteenth gold set (tests/heldout13/heldout13_gold.json) is a BLIND set: it was written and annotated without
reading the extractors, it is never tuned on, and nobody reads its misses (no `briefing eval --misses` on it, no rule
written for something seen in its texts); only the plain score table may be run, to learn whether the rules
generalise to unseen news. These tests keep it valid and in step with its sources: every span/offset, entity
occurrence, enum, relative date and framing count is re-checked by tests/heldout_tools/validate_gold.py; the
committed JSON is exactly what build_gold.py builds from the hand annotations (nobody edits offsets by hand); and the
six texts keep sidecars that agree with the gold's outlet and publication date, since relative dates are resolved
against that date."""
import json
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
SET = TESTS / "heldout13"
GOLD = SET / "heldout13_gold.json"
TEXTS = sorted((SET / "texts").glob("*.txt"))


def _gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


def _sidecar(text: Path) -> dict[str, str]:
    meta = {}
    for line in text.with_suffix(".yml").read_text(encoding="utf-8").splitlines():
        key, _, value = line.partition(":")
        meta[key.strip()] = value.strip()
    return meta


def test_heldout13_gold_validates():
    proc = subprocess.run([sys.executable, str(TESTS / "heldout_tools" / "validate_gold.py"), str(GOLD)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.strip().splitlines()[-1].startswith("OK:"), proc.stdout


def test_heldout13_gold_is_what_build_gold_builds():
    built = runpy.run_path(str(SET / "build_gold.py"))["ARTICLES"]  # not __main__: builds, writes nothing
    assert json.loads(json.dumps(built, ensure_ascii=False)) == _gold()["articles"]


def test_heldout13_has_six_texts():
    assert [t.name[:3] for t in TEXTS] == ["y01", "y02", "y03", "y04", "y05", "y06"]


@pytest.mark.parametrize("text", TEXTS, ids=lambda p: p.stem)
def test_heldout13_text_shape(text):
    body = text.read_text(encoding="utf-8")
    assert "\u00a0" not in body
    assert 250 <= len(body.split()) <= 450, len(body.split())
    article = next(a for a in _gold()["articles"].values() if a["file"] == f"heldout13/texts/{text.name}")
    assert article["title"] == body.split("\n", 1)[0]


@pytest.mark.parametrize("text", TEXTS, ids=lambda p: p.stem)
def test_heldout13_sidecar_agrees_with_gold(text):
    meta = _sidecar(text)
    article = next(a for a in _gold()["articles"].values() if a["file"] == f"heldout13/texts/{text.name}")
    assert meta.get("outlet") == article["outlet"]["name_en"]
    assert meta.get("published") == article["published"]
