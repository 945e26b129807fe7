"""The fourth held-out gold set (tests/heldout4/heldout4_gold.json) stays valid: every span/offset, entity
occurrence, enum, relative date and framing count is re-checked by tests/heldout_tools/validate_gold.py, and the
six texts keep their outlet/published sidecars (the readers take NAME.yml beside NAME.txt)."""
import subprocess
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
GOLD = TESTS / "heldout4" / "heldout4_gold.json"
TEXTS = sorted((TESTS / "heldout4" / "texts").glob("*.txt"))


def test_heldout4_gold_validates():
    proc = subprocess.run([sys.executable, str(TESTS / "heldout_tools" / "validate_gold.py"), str(GOLD)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.strip().splitlines()[-1].startswith("OK:"), proc.stdout


def test_heldout4_has_six_texts():
    assert [t.name[:3] for t in TEXTS] == ["n01", "n02", "n03", "n04", "n05", "n06"]


@pytest.mark.parametrize("text", TEXTS, ids=lambda p: p.stem)
def test_heldout4_sidecar(text):
    meta = text.with_suffix(".yml").read_text(encoding="utf-8")
    assert "outlet:" in meta and "published:" in meta, text.name
    assert "\u00a0" not in text.read_text(encoding="utf-8")
