"""The seventh held-out gold set (tests/heldout7/heldout7_gold.json, a TUNING set) stays valid and in step with its
builder: every span/offset, entity occurrence, enum, relative date and framing count is re-checked by
tests/heldout_tools/validate_gold.py, build_gold.py still produces exactly the committed JSON (so nobody edits offsets
by hand), and the six texts keep their outlet/published sidecars (the readers take NAME.yml beside NAME.txt)."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
HERE = TESTS / "heldout7"
GOLD = HERE / "heldout7_gold.json"
TEXTS = sorted((HERE / "texts").glob("*.txt"))


def test_heldout7_gold_validates():
    proc = subprocess.run([sys.executable, str(TESTS / "heldout_tools" / "validate_gold.py"), str(GOLD)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.strip().splitlines()[-1].startswith("OK:"), proc.stdout


def test_heldout7_gold_is_what_the_builder_writes(tmp_path):
    """build_gold.py (offsets found by search) still writes exactly the committed gold: nobody edits offsets by hand."""
    seeds = TESTS.parent.parent / "shared" / "dev-set" / "seeds_gold.json"
    if not seeds.exists():
        pytest.skip("public dev set (../shared/dev-set) not beside this checkout: the builder copies its schema")
    out = tmp_path / "heldout7_gold.json"
    proc = subprocess.run([sys.executable, str(HERE / "build_gold.py"), str(out)], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    built = json.loads(out.read_text(encoding="utf-8"))
    committed = json.loads(GOLD.read_text(encoding="utf-8"))
    assert built == committed


def test_heldout7_has_six_texts():
    assert [t.name[:3] for t in TEXTS] == ["s01", "s02", "s03", "s04", "s05", "s06"]


@pytest.mark.parametrize("text", TEXTS, ids=lambda p: p.stem)
def test_heldout7_sidecar(text):
    meta = text.with_suffix(".yml").read_text(encoding="utf-8")
    assert "outlet:" in meta and "published:" in meta, text.name
    body = text.read_text(encoding="utf-8")
    assert "\u00a0" not in body
    assert 350 <= len(body.split()) <= 650, (text.name, len(body.split()))


@pytest.mark.parametrize("text", TEXTS, ids=lambda p: p.stem)
def test_heldout7_published_matches_gold(text):
    committed = json.loads(GOLD.read_text(encoding="utf-8"))
    arts = {Path(a["file"]).name: a for a in committed["articles"].values()}
    meta = dict(line.split(":", 1) for line in text.with_suffix(".yml").read_text(encoding="utf-8").splitlines()
                if ":" in line)
    assert meta["published"].strip() == arts[text.name]["published"]
