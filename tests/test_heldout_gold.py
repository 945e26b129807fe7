"""The held-out gold sets (tests/heldout*/heldout*_gold.json) stay valid: every span/offset, entity
occurrence, enum, relative date and framing count is re-checked by tests/heldout_tools/validate_gold.py."""
import subprocess
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
SETS = ["heldout", "heldout2", "heldout3"]


@pytest.mark.parametrize("name", SETS)
def test_heldout_gold_validates(name):
    proc = subprocess.run([sys.executable, str(TESTS / "heldout_tools" / "validate_gold.py"),
                           str(TESTS / name / f"{name}_gold.json")], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.strip().splitlines()[-1].startswith("OK:"), proc.stdout


@pytest.mark.parametrize("name", SETS)
def test_heldout_texts_have_sidecars(name):
    texts = sorted((TESTS / name / "texts").glob("*.txt"))
    assert len(texts) == 6
    for t in texts:
        meta = t.with_suffix(".yml").read_text(encoding="utf-8")
        assert "outlet:" in meta and "published:" in meta, t.name
