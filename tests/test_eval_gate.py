"""Extraction quality gates: the scorer (briefing eval) on the dev set and on the held-out set.

Floors are pinned a little under the scores measured when they were set, so a change that makes
extraction worse fails here instead of silently regressing. Raise them when extraction improves.

- dev set: the two seed articles with the hand-made gold of ``../shared/dev-set`` (skipped on a
  clone without ``../shared``).
- held-out sets: six articles each on other crises, annotated by someone who had not seen the
  extractors (tests/heldout*/). Sets 1, 2, 4, 7, 8, 9 and 10 were then used to find what the
  extractors missed; sets 3, 5, 6, 11 and 12 never were (blind), so they are the honest measure of how
  far the rules generalise, and their floors only guard against regressions.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.config import load_config
from generator.evaluate import evaluate, predict

ROOT = Path(__file__).resolve().parents[1]
DEV_GOLD = ROOT.parent / "shared" / "dev-set" / "seeds_gold.json"

# (precision floor, recall floor) per fact type, and attribute-accuracy floors
DEV_FLOORS = {
    "entities": (0.95, 0.95), "numbers": (0.95, 0.95), "dates": (0.95, 0.95),
    "attributions": (0.95, 0.95), "events": (0.90, 0.90),
}
DEV_ATTR_FLOORS = {("entities", "name_en"): 0.95, ("dates", "value"): 0.95, ("numbers", "value"): 0.95}

# (attributions recall 0.95 -> 0.94: an appended demand "..., مطالبا X بـ..." is no attribution of its own
# since attributions round 11, the convention of tuning sets 4, 7, 8 and 9; this set alone counts it)
HELDOUT_FLOORS = {
    "entities": (0.98, 0.98), "numbers": (0.97, 0.97), "dates": (0.97, 0.97),
    "attributions": (0.97, 0.94), "events": (0.90, 0.90),
}
HELDOUT_ATTR_FLOORS = {("entities", "name_en"): 0.95, ("dates", "value"): 0.97, ("numbers", "value"): 0.97}

# the second held-out set (Lebanon border, Idlib, Iraq protests, Yemen cholera, Egypt economy, migration)
HELDOUT2_FLOORS = {
    "entities": (0.99, 0.96), "numbers": (0.97, 0.97), "dates": (0.97, 0.97),
    "attributions": (0.97, 0.97), "events": (0.93, 0.88),
}
HELDOUT2_ATTR_FLOORS = {("entities", "name_en"): 0.93, ("dates", "value"): 0.97, ("numbers", "value"): 0.97}

# the third held-out set (Suwayda, Qamishli drones, Jenin, Al Haouz quake, Iraq water, Lebanon banks) was
# never used for tuning: it measures generalisation, and its floors only guard against regressions
HELDOUT3_FLOORS = {
    "entities": (0.95, 0.75), "numbers": (0.97, 0.85), "dates": (0.90, 0.88),
    "attributions": (0.87, 0.82), "events": (0.62, 0.38),
}
HELDOUT3_ATTR_FLOORS = {("entities", "name_en"): 0.60, ("dates", "value"): 0.95, ("numbers", "value"): 0.97}

# the fourth (Tripoli clashes, Kabylie fires, Mogadishu hotel siege, Marib, Pakistan floods, Ma'an strike)
# was written to be tuned on, like sets 1 and 2
HELDOUT4_FLOORS = {
    "entities": (0.98, 0.96), "numbers": (0.97, 0.98), "dates": (0.96, 0.97),  # entities: round 4 .995/.968
    "attributions": (0.93, 0.94), "events": (0.89, 0.80),
}
HELDOUT4_ATTR_FLOORS = {("entities", "name_en"): 0.85, ("dates", "value"): 0.95, ("numbers", "value"): 0.97, ("attributions", "speaker"): 0.86}

# the fifth (El Fasher, Gaza talks, cyclone Shaheen, Koya strikes, Tunisia trial, Deir ez-Zor tribes) is blind
# like the third: nobody tuned on it
HELDOUT5_FLOORS = {
    "entities": (0.95, 0.66), "numbers": (0.97, 0.83), "dates": (0.90, 0.92),
    "attributions": (0.75, 0.67), "events": (0.75, 0.48),
}
# name_en is a share of the MATCHED mentions: entity recall rose 0.68 -> 0.82 this session and the new
# matches are harder names, so the share fell (0.706 -> 0.647) while right names rose 137 -> 150.
HELDOUT5_ATTR_FLOORS = {("entities", "name_en"): 0.63, ("dates", "value"): 0.95, ("numbers", "value"): 0.97}


# (speaker floors: the attributions' English speaker accuracy at the end of attributions round 13, raised after
# round 23; name_en and entity recall floors raised after entities round 5, 7 December 2026)
# tuning sets 7, 8 and 9 (Aleppo, Wad al-Nura, Hatay quake, Ukraine grid, Ceuta, Arbat; Nuseirat, Niger,
# Beirut port, Iran strikes, Kuwait rain, Sfax; Latakia fires, Taiz, Egypt float, south Lebanon,
# Baghdad Green Zone, Bamako): floors a little under the scores of entities round 2 and of numbers, dates and
# attributions round 4; events floors a little under the scores of events round 2
HELDOUT7_FLOORS = {"entities": (0.98, 0.95),
                   "numbers": (0.98, 0.97), "dates": (0.91, 0.97), "attributions": (0.97, 0.96),
                   "events": (0.91, 0.78)}  # events round 6: .924/.797
HELDOUT7_ATTR_FLOORS = {("entities", "name_en"): 0.82, ("dates", "value"): 0.95, ("numbers", "value"): 0.97, ("attributions", "speaker"): 0.74}
HELDOUT8_FLOORS = {"entities": (0.98, 0.92),  # entities round 4 (back-references, lists, outlets): .987/.913
                   "numbers": (0.98, 0.97), "dates": (0.97, 0.97), "attributions": (0.95, 0.94),
                   "events": (0.88, 0.76)}  # events round 5: .899/.770
HELDOUT8_ATTR_FLOORS = {("entities", "name_en"): 0.92, ("dates", "value"): 0.95, ("numbers", "value"): 0.97, ("attributions", "speaker"): 0.71}
HELDOUT9_FLOORS = {"entities": (0.97, 0.92),
                   "numbers": (0.97, 0.96), "dates": (0.95, 0.97), "attributions": (0.98, 0.90),
                   "events": (0.91, 0.69)}  # events round 6: .929/.707
HELDOUT9_ATTR_FLOORS = {("entities", "name_en"): 0.84, ("dates", "value"): 0.97, ("numbers", "value"): 0.97, ("attributions", "speaker"): 0.74}

# tuning set 10 (Omdurman, Kirkuk, Rafah aid, UAE rain, Daraa border, Nur Shams): events floors a little under
# the scores of events round 3 (the other kinds' owners add theirs)
HELDOUT10_FLOORS = {"events": (0.93, 0.73),  # events round 5: .946/.743
                    # numbers and dates: a little under the scores of numbers/dates round 6, the first to see set 10
                    "numbers": (0.98, 0.97), "dates": (0.96, 0.96),
                    # attributions round 14 (0.967/0.927, speaker 0.76 with entities round 3)
                    "attributions": (0.96, 0.94),
                    # entities round 3 (institutions translated from their parts): 0.975/0.923, names 0.78
                    "entities": (0.96, 0.93)}  # entities round 4 (Amman/Oman by the shadda): .975/.926
HELDOUT10_ATTR_FLOORS: dict = {("dates", "value"): 0.96, ("numbers", "value"): 0.97, ("entities", "name_en"): 0.87,
                               ("attributions", "speaker"): 0.88}

# blind sets 6 (Turmus Ayya settlers, Jordan border smugglers, Sohag trains, Jeddah floods, Erbil court, Fuad Shukr)
# and 11 (Houthi missile on a ship, Somalia famine, Sudan cholera, Hamdaniya fire, Morocco floods, Syria strike):
# floors a little under the scores of 7 December 2026 (entities round 4, attributions round 21, events round 3)
HELDOUT6_FLOORS = {
    "entities": (0.92, 0.83), "numbers": (0.97, 0.81), "dates": (0.96, 0.89),
    "attributions": (0.96, 0.83), "events": (0.66, 0.48),
}
HELDOUT6_ATTR_FLOORS = {("entities", "name_en"): 0.63, ("dates", "value"): 0.92, ("numbers", "value"): 0.97}
HELDOUT11_FLOORS = {
    "entities": (0.94, 0.85), "numbers": (0.97, 0.91), "dates": (0.96, 0.91),
    "attributions": (0.90, 0.80), "events": (0.69, 0.42),
}
HELDOUT11_ATTR_FLOORS = {("entities", "name_en"): 0.74, ("dates", "value"): 0.92, ("numbers", "value"): 0.97}

# blind set 12 (Lebanese presidential session, Iraqi election appeals, Singa displacement, Smara projectiles, Idlib
# protests, Zawiya clashes), written on 7 December 2026 by an annotator who had not seen the rules; scored once at
# the end of that day's rounds (no rule was written after seeing it): floors a little under that score
HELDOUT12_FLOORS = {
    "entities": (0.93, 0.85), "numbers": (0.91, 0.81), "dates": (0.95, 0.89),
    "attributions": (0.90, 0.75), "events": (0.72, 0.45),
}
HELDOUT12_ATTR_FLOORS = {("entities", "name_en"): 0.74, ("dates", "value"): 0.97, ("numbers", "value"): 0.94}


def _predict(content: Path) -> list[dict]:
    return predict(load_config(ROOT, content_dir=str(content)))


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


@pytest.mark.parametrize("name,floors,attr_floors", [
    ("heldout", HELDOUT_FLOORS, HELDOUT_ATTR_FLOORS),
    ("heldout2", HELDOUT2_FLOORS, HELDOUT2_ATTR_FLOORS),
    ("heldout3", HELDOUT3_FLOORS, HELDOUT3_ATTR_FLOORS),
    ("heldout4", HELDOUT4_FLOORS, HELDOUT4_ATTR_FLOORS),
    ("heldout5", HELDOUT5_FLOORS, HELDOUT5_ATTR_FLOORS),
    ("heldout6", HELDOUT6_FLOORS, HELDOUT6_ATTR_FLOORS),
    ("heldout7", HELDOUT7_FLOORS, HELDOUT7_ATTR_FLOORS),
    ("heldout8", HELDOUT8_FLOORS, HELDOUT8_ATTR_FLOORS),
    ("heldout9", HELDOUT9_FLOORS, HELDOUT9_ATTR_FLOORS),
    ("heldout10", HELDOUT10_FLOORS, HELDOUT10_ATTR_FLOORS),
    ("heldout11", HELDOUT11_FLOORS, HELDOUT11_ATTR_FLOORS),
    ("heldout12", HELDOUT12_FLOORS, HELDOUT12_ATTR_FLOORS),
])
def test_heldout_set_floors(name, floors, attr_floors):
    gold_path = ROOT / "tests" / name / f"{name}_gold.json"
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    result = evaluate(gold, gold_path.parent.parent, _predict(ROOT / "tests" / name / "texts"))
    assert not result["missing_articles"]
    assert not _check(result, floors, attr_floors), json.dumps(result, indent=1)
