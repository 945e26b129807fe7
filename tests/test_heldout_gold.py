"""The held-out gold set (tests/heldout/heldout_gold.json) stays valid: every span/offset, entity
occurrence, enum, relative date and framing count is re-checked by tests/heldout_tools/validate_gold.py."""
import subprocess
import sys
from pathlib import Path

HELDOUT = Path(__file__).resolve().parent / "heldout"


def test_heldout_gold_validates():
    proc = subprocess.run([sys.executable, str(HELDOUT.parent / "heldout_tools" / "validate_gold.py"), str(HELDOUT / "heldout_gold.json")],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.strip().splitlines()[-1].startswith("OK:"), proc.stdout


def test_heldout_texts_have_sidecars():
    texts = sorted((HELDOUT / "texts").glob("*.txt"))
    assert len(texts) == 6
    for t in texts:
        meta = t.with_suffix(".yml").read_text(encoding="utf-8")
        assert "outlet:" in meta and "published:" in meta, t.name
