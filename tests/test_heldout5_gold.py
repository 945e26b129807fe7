"""The blind held-out gold set tests/heldout5/heldout5_gold.json stays valid: every span/offset, entity
occurrence, enum, relative date and framing count is re-checked by tests/heldout_tools/validate_gold.py."""
import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def test_heldout5_gold_validates():
    proc = subprocess.run([sys.executable, str(TESTS / "heldout_tools" / "validate_gold.py"),
                           str(TESTS / "heldout5" / "heldout5_gold.json")], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.strip().splitlines()[-1].startswith("OK:"), proc.stdout


def test_heldout5_texts_have_sidecars():
    texts = sorted((TESTS / "heldout5" / "texts").glob("*.txt"))
    assert len(texts) == 6
    for t in texts:
        meta = t.with_suffix(".yml").read_text(encoding="utf-8")
        assert "outlet:" in meta and "published:" in meta, t.name
