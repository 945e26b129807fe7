"""The blind held-out gold set tests/heldout6/heldout6_gold.json stays valid: every span/offset, entity
occurrence, enum, relative date and framing count is re-checked by tests/heldout_tools/validate_gold.py."""
import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def test_heldout6_gold_validates():
    proc = subprocess.run([sys.executable, str(TESTS / "heldout_tools" / "validate_gold.py"),
                           str(TESTS / "heldout6" / "heldout6_gold.json")], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.strip().splitlines()[-1].startswith("OK:"), proc.stdout


def test_heldout6_texts_have_sidecars():
    texts = sorted((TESTS / "heldout6" / "texts").glob("*.txt"))
    assert len(texts) == 6
    for t in texts:
        meta = t.with_suffix(".yml").read_text(encoding="utf-8")
        assert "outlet:" in meta and "published:" in meta, t.name


def test_heldout6_gold_is_what_build_gold_writes(tmp_path):
    """The committed JSON is the builder's output (no hand edits of offsets): rebuilding gives the same articles."""
    import json
    import os
    import shutil

    import pytest

    seeds = TESTS.parent.parent / "shared" / "dev-set" / "seeds_gold.json"
    if not seeds.exists():
        pytest.skip("shared/dev-set (the schema source) is not beside this checkout")
    work = tmp_path / "tests"
    shutil.copytree(TESTS / "heldout6", work / "heldout6")
    shutil.copytree(TESTS / "heldout_tools", work / "heldout_tools")
    (work / "heldout6" / "heldout6_gold.json").unlink()
    proc = subprocess.run([sys.executable, str(work / "heldout6" / "build_gold.py")], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "SEEDS_GOLD": str(seeds)})
    assert proc.returncode == 0, proc.stdout + proc.stderr
    rebuilt = json.loads((work / "heldout6" / "heldout6_gold.json").read_text(encoding="utf-8"))
    committed = json.loads((TESTS / "heldout6" / "heldout6_gold.json").read_text(encoding="utf-8"))
    assert rebuilt["articles"] == committed["articles"]
