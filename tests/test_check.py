"""``briefing check`` (generator.check): every problem of a project at once, exit 1 on errors.

Each row is a small project (briefing.yml, content files, gazetteer) and the problems expected.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.check import run

GOOD = "---\ntitle: سيطرة على البوكمال\noutlet: الجزيرة\npublished: 2017-11-08\n---\nأعلنت القوات سيطرتها على البوكمال.\n"

CASES = [
    # (name, files, expected (severity, substring) list, exit code, strict exit code)
    ("clean", {"content/a.md": GOOD}, [], 0, 0),
    ("config errors all at once",
     {"briefing.yml": "title_ar: 5\nno_such_key: 1\nmonth_style: roman\n", "content/a.md": GOOD},
     [("error", "title_ar"), ("error", "no_such_key"), ("error", "month_style")], 1, 1),
    ("impossible date is a warning",
     {"content/a.md": GOOD.replace("2017-11-08", "2017-02-30")}, [("warning", "2017-02-30")], 0, 1),
    ("future date is a warning",
     {"content/a.md": GOOD.replace("2017-11-08", "2999-01-01")}, [("warning", "future")], 0, 1),
    ("unknown outlet is a warning",
     {"content/a.md": GOOD.replace("الجزيرة", "صحيفة الفجر المحلية")}, [("warning", "unknown outlet")], 0, 1),
    ("binary file is an error",
     {"content/a.md": GOOD, "content/b.txt": b"\x00\x01\x02\xff" * 100}, [("error", "b.txt")], 1, 1),
    ("empty file is an error", {"content/a.md": GOOD, "content/e.md": b""}, [("error", "empty")], 1, 1),
    ("duplicate id is a warning",
     {"content/a.md": GOOD, "content/x/a.md": GOOD.replace("سيطرة", "تقدم")}, [("warning", "already used")], 0, 1),
    ("broken gazetteer YAML",
     {"content/a.md": GOOD, "gazetteer.yaml": "places: [\n"}, [("error", "not valid YAML")], 1, 1),
    ("broken front matter",
     {"content/a.md": GOOD, "content/b.md": "---\ntitle: [غير مغلق\n---\nنص.\n"},
     [("error", "front matter is not valid YAML")], 1, 1),
]


@pytest.mark.parametrize("name,files,expected,code,strict_code", CASES, ids=[c[0] for c in CASES])
def test_check(tmp_path: Path, name, files, expected, code, strict_code, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1510300000")
    for rel, data in files.items():
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    got_code, problems = run(tmp_path)
    shown = [f"{p.severity}: {p}" for p in problems]
    for severity, text in expected:
        assert any(p.severity == severity and text in str(p) for p in problems), (text, shown)
    if not expected:
        assert problems == [], shown
    assert got_code == code, shown
    assert run(tmp_path, strict=True)[0] == strict_code
    assert not (tmp_path / "site").exists() and not (tmp_path / ".briefing-cache").exists()


def test_check_lists_every_problem_not_the_first(tmp_path: Path):
    (tmp_path / "content").mkdir()
    for i in range(3):
        (tmp_path / "content" / f"e{i}.md").write_bytes(b"")
    _, problems = run(tmp_path)
    assert sorted(p.path for p in problems if p.severity == "error") == [f"content/e{i}.md" for i in range(3)]


def test_cli_check_prints_each_problem_and_exits_by_severity(tmp_path: Path, capsys):
    import argparse

    from generator.check import cli_check

    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "a.md").write_text(GOOD.replace("الجزيرة", "صحيفة الفجر المحلية"), encoding="utf-8")
    args = argparse.Namespace(root=str(tmp_path), config=None, content=None, strict=False)
    assert cli_check(args) == 0
    out = capsys.readouterr().out
    assert "warning: content/a.md: unknown outlet" in out and "0 error(s), 1 warning(s)" in out
    args.strict = True
    assert cli_check(args) == 1
