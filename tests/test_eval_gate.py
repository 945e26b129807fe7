"""Extraction quality gates: the scorer (briefing eval) on the dev set and on the held-out set.

Floors are pinned a little under the scores measured when they were set, so a change that makes
extraction worse fails here instead of silently regressing. Raise them when extraction improves.

- dev set: the two seed articles with the hand-made gold of ``../shared/dev-set`` (skipped on a
  clone without ``../shared``).
- held-out set: six articles on other crises (Gaza, the 2023 earthquake, Sudan, Derna, Iraq, the
  Red Sea) annotated independently of the extractors (tests/heldout/).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.config import load_config
from generator.evaluate import evaluate
from generator.nlp.analyse import analyse
from generator.nlp.entities import Gazetteer
from generator.readers import read_content

ROOT = Path(__file__).resolve().parents[1]
DEV_GOLD = ROOT.parent / "shared" / "dev-set" / "seeds_gold.json"
HELDOUT_GOLD = ROOT / "tests" / "heldout" / "heldout_gold.json"

# (precision floor, recall floor) per fact type, and attribute-accuracy floors
DEV_FLOORS = {
    "entities": (0.95, 0.95), "numbers": (0.95, 0.95), "dates": (0.95, 0.95),
    "attributions": (0.95, 0.95), "events": (0.90, 0.90),
}
DEV_ATTR_FLOORS = {("entities", "name_en"): 0.95, ("dates", "value"): 0.95, ("numbers", "value"): 0.95}

HELDOUT_FLOORS = {
    "entities": (0.95, 0.93), "numbers": (0.95, 0.95), "dates": (0.95, 0.95),
    "attributions": (0.95, 0.93), "events": (0.55, 0.62),
}
HELDOUT_ATTR_FLOORS = {("entities", "name_en"): 0.92, ("dates", "value"): 0.88, ("numbers", "value"): 0.95}


def _predict(content: Path) -> list[dict]:
    cfg = load_config(ROOT, content_dir=str(content))
    raws, _ = read_content(content, cfg)
    gaz = Gazetteer.load([])
    return [analyse(r, gaz).to_json() for r in raws]


def _check(result: dict, floors: dict, attr_floors: dict) -> list[str]:
    fails = []
    for kind, (p_min, r_min) in floors.items():
        s = result[kind]
        if s["precision"] < p_min:
            fails.append(f"{kind} precision {s['precision']:.3f} < {p_min}")
        if s["recall"] < r_min:
            fails.append(f"{kind} recall {s['recall']:.3f} < {r_min}")
    for (kind, attr), floor in attr_floors.items():
        v = result[kind].get(f"{attr}_accuracy")
        if v is None or v < floor:
            fails.append(f"{kind} {attr} accuracy {v} < {floor}")
    return fails


def test_dev_set_floors():
    if not DEV_GOLD.is_file():
        pytest.skip(f"dev-set gold not found at {DEV_GOLD} (it ships beside the development checkout only)")
    gold = json.loads(DEV_GOLD.read_text(encoding="utf-8"))
    result = evaluate(gold, DEV_GOLD.parent.parent, _predict(ROOT / "content"))
    assert not result["missing_articles"]
    assert not _check(result, DEV_FLOORS, DEV_ATTR_FLOORS), json.dumps(result, indent=1)


def test_heldout_set_floors():
    gold = json.loads(HELDOUT_GOLD.read_text(encoding="utf-8"))
    result = evaluate(gold, HELDOUT_GOLD.parent.parent, _predict(ROOT / "tests" / "heldout" / "texts"))
    assert not result["missing_articles"]
    assert not _check(result, HELDOUT_FLOORS, HELDOUT_ATTR_FLOORS), json.dumps(result, indent=1)
