"""An extractor that fails on one article costs that article one fact type, never the build.

The failure is a warning naming the file and the fact type, the other facts of the article and the
other articles are built, and ``--strict`` turns the warning into a non-zero exit.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from generator import cli
from generator.build import build
from generator.config import load_config
from generator.nlp import analyse as analyse_mod
from generator.nlp.entities import Gazetteer
from generator.models import RawArticle

TRAP = "كلمة_فخ"
BODY = "أعلنت القوات سيطرتها على مدينة البوكمال الحدودية بعد معارك عنيفة.\n\nوقال مصدر إن أربعة مدنيين قتلوا."


def _numbers_that_fail_on_the_trap(real):
    def fake(text, nt):
        if TRAP in text:
            raise IndexError("no such group")
        return real(text, nt)
    return fake


def test_failing_extractor_leaves_the_other_facts(monkeypatch):
    monkeypatch.setattr(analyse_mod, "extract_numbers", _numbers_that_fail_on_the_trap(analyse_mod.extract_numbers))
    raw = RawArticle(id="a", source_file="a.md", title=None, body=BODY + " " + TRAP,
                     published="2017-11-08", url=None, lang="ar")
    art = analyse_mod.analyse(raw, Gazetteer.load([]))
    assert art.facts.numbers == ()
    assert art.facts.entities and art.facts.events  # the rest of the article is analysed
    assert len(art.problems) == 1 and "numbers" in art.problems[0] and "IndexError" in art.problems[0]


@pytest.mark.slow
def test_build_goes_on_and_strict_fails(tmp_path, monkeypatch):
    monkeypatch.setattr(analyse_mod, "extract_numbers", _numbers_that_fail_on_the_trap(analyse_mod.extract_numbers))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1510300000")
    content = tmp_path / "content"
    content.mkdir()
    (content / "good.md").write_text(f"---\noutlet: الجزيرة\npublished: 2017-11-08\n---\n{BODY}\n", encoding="utf-8")
    (content / "trap.md").write_text(f"---\noutlet: الميادين\npublished: 2017-11-09\n---\n{BODY} {TRAP}\n",
                                     encoding="utf-8")
    report = build(load_config(tmp_path))
    msgs = [str(p) for p in report.problems]
    assert len(msgs) == 1 and msgs[0].startswith("trap.md: numbers could not be extracted"), msgs
    assert report.problems[0].severity == "warning"
    assert (tmp_path / "site" / "articles" / "trap.html").is_file()
    assert (tmp_path / "site" / "articles" / "good.html").is_file()
    assert cli.main(["build", "--root", str(tmp_path)]) == 0
    assert cli.main(["build", "--root", str(tmp_path), "--strict"]) != 0
