"""Hostile and broken input, end to end through build() into a tmp project with real mkdocs.

One project holds every bad file at once next to a good article: each bad file gets one clear
message naming it, the good article is still built, nothing is written outside site/ and the
cache, and no script or event handler from the content reaches any built page, feed or export.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from generator.build import build
from generator.config import load_config

pytestmark = pytest.mark.slow

EPOCH = "1510300000"
XSS = '<script>alert(1)</script><img src=x onerror=alert(1)>'
BODY = "أعلنت القوات سيطرتها على مدينة البوكمال الحدودية بعد معارك عنيفة.\n\nوقال مصدر إن أربعة مدنيين قتلوا."


def _md(front: str, body: str = BODY) -> str:
    return f"---\n{front}\n---\n{body}\n"


# (file name, bytes, expected problem substring or None when the article must be built)
FILES: list[tuple[str, bytes, str | None]] = [
    ("good.md", _md("title: خبر سليم\noutlet: الجزيرة\npublished: 2017-11-08").encode(), None),
    ("binary.txt", bytes(range(256)) * 40, "binary.txt"),
    ("empty.md", b"", "empty"),
    ("blank.txt", b"   \n\n  ", "empty"),
    ("utf16.txt", ("عنوان الخبر\n\n" + BODY).encode("utf-16"), None),
    ("cp1256.txt", ("عنوان الخبر\n\n" + BODY).encode("cp1256"), None),
    ("invalid-utf8.txt", ("عنوان\n\n" + BODY).encode() + b"\xff\xfe\xc3(", None),
    ("broken-yaml.md", b"---\ntitle: [\xd8\xb9\n---\nbody\n", "front matter"),
    ("wrong-types.md", _md("title: [1, 2]\noutlet: {a: b}\npublished: true\ntags: 5\nurl: 7").encode(), None),
    ("dup.md", _md("title: أول").encode(), None),
    ("sub/dup.md", _md("title: ثان").encode(), "already used"),
    ("impossible-date.md", _md("title: تاريخ مستحيل\npublished: 2017-02-30").encode(), "2017-02-30"),
    ("future-date.md", _md("title: تاريخ بعيد\npublished: 2999-01-01").encode(), "future"),
    ("xss-title.md", _md(f"title: '{XSS}'\noutlet: '{XSS}'\nauthor: '{XSS}'\nstory: '{XSS}'\n"
                         f"tags: ['{XSS}']\nurl: 'javascript:alert(1)'\npublished: 2017-11-08").encode(), None),
    ("xss-body.md", _md("title: جسم خطر\npublished: 2017-11-08\nurl: 'data:text/html,<script>alert(1)</script>'",
                        BODY + "\n\n" + XSS + '\n\n<a href="javascript:alert(1)">رابط</a>\n\n<div onclick="x()">نص</div>').encode(), None),
    ("xss.txt", (XSS + "\n\n" + BODY).encode(), None),
    ("bidi.md", _md("title: \"عنوان \u202e مقلوب\"").encode(), None),
    ("escape-story.md", _md("title: قصة هاربة\nstory: ../../etc").encode(), None),
    ("abs-story.md", _md("title: مسار مطلق\nstory: /etc/passwd").encode(), None),
    ("json-ids.json", b'[{"id": "../../evil", "title": "t", "body": "\xd9\x86\xd8\xb5 \xd8\xb7\xd9\x88\xd9\x8a\xd9\x84 \xd9\x85\xd9\x86 \xd8\xa7\xd9\x84\xd8\xb9\xd8\xb1\xd8\xa8\xd9\x8a\xd8\xa9"},'
                      b' {"id": "/abs/evil", "title": "t2", "body": "\xd9\x86\xd8\xb5 \xd8\xa2\xd8\xae\xd8\xb1"}]', None),
]


def _tree(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*")}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    outside = tmp_path_factory.mktemp("outside")
    (outside / "secret.md").write_text(_md("title: سر"), encoding="utf-8")
    content = root / "content"
    for name, data, _ in FILES:
        p = content / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
    with open(content / "huge.txt", "wb") as f:  # 50 MB, sparse: must be refused by size, unread
        f.truncate(50 * 1024 * 1024)
    os.symlink(outside / "secret.md", content / "link-out.md")
    os.symlink(outside, content / "dir-out")
    before = _tree(root)
    mp = pytest.MonkeyPatch()
    mp.setenv("SOURCE_DATE_EPOCH", EPOCH)
    report = build(load_config(root))
    mp.undo()
    return root, before, report


def _problems(report) -> list[str]:
    return [f"{p.severity}: {p}" for p in report.problems]


@pytest.mark.parametrize("name,expected", [(n, e) for n, _, e in FILES if e] +
                         [("huge.txt", "too large"), ("link-out.md", "outside the content folder"),
                          ("dir-out", "outside the content folder")])
def test_each_bad_file_gets_one_clear_message(hostile, name, expected):
    _, _, report = hostile
    msgs = [m for m in _problems(report) if f"content/{name}:" in m]
    assert any(expected in m for m in msgs), (name, _problems(report))
    assert all("\n" not in m for m in msgs)


def test_good_and_odd_but_usable_files_are_built(hostile):
    root, _, report = hostile
    site = root / "site"
    for stem in ("good", "utf16", "cp1256", "invalid-utf8", "xss-title", "xss-body", "bidi", "escape-story",
                 "wrong-types", "future-date", "impossible-date"):
        assert (site / f"articles/{stem}.html").is_file(), (stem, _problems(report))


def test_nothing_written_outside_site_and_cache(hostile):
    root, before, _ = hostile
    new = {p for p in _tree(root) - before if not p.startswith(("site/", ".briefing-cache/"))}
    assert new == {"site", ".briefing-cache"} or new <= {"site", ".briefing-cache"}, sorted(new)
    assert not any(p.is_symlink() for p in (root / "site").rglob("*"))
    for p in (root / "site").rglob("*"):
        assert p.resolve().is_relative_to((root / "site").resolve())


_OUR_SCRIPT = re.compile(r"^\s*(|var __md_scope.*|.*__md_(get|set|hash).*|document\.documentElement.*)$", re.S)


def test_no_script_from_content_reaches_any_output(hostile):
    root, _, _ = hostile
    checked = 0
    for p in sorted((root / "site").rglob("*")):
        if p.suffix not in (".html", ".xml", ".json", ".csv", ".js") or not p.is_file():
            continue
        text = p.read_text(encoding="utf-8", errors="replace")
        checked += 1
        if p.suffix in (".html", ".xml"):
            for m in re.finditer(r"<script\b[^>]*>(.*?)</script>", text, re.S | re.I):
                assert "alert(1)" not in m.group(1), (p, m.group(0)[:200])
            assert not re.search(r"<[a-z][^>]*\son[a-z]+\s*=", text, re.I), (p, re.search(r"<[a-z][^>]*\son[a-z]+\s*=", text, re.I).group(0))
            assert not re.search(r"""(href|src)\s*=\s*["']?\s*(javascript|data):""", text, re.I), p
            assert "<script>alert" not in text and "<img src=x" not in text, p
    assert checked > 20


def _scan_html(text: str, where: str) -> None:
    for m in re.finditer(r"<script\b[^>]*>(.*?)</script>", text, re.S | re.I):
        assert "alert(1)" not in m.group(1), (where, m.group(0)[:200])
    assert not re.search(r"<[a-z][^>]*\son[a-z]+\s*=", text, re.I), where
    assert not re.search(r"""(href|src)\s*=\s*["']?\s*(javascript|data):""", text, re.I), where


def test_no_script_from_content_reaches_the_digest_email(hostile, tmp_path, monkeypatch):
    from generator.build import collect
    from generator.publish.digest import write_digests

    root, _, _ = hostile
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    cfg = load_config(root)
    site = collect(cfg)
    assert any(a.id == "xss-title" for a in site.articles)
    written = write_digests(site, "2017-W45", cfg, out_dir=tmp_path)
    assert written
    for path, msg in written:
        for part in msg.walk():
            if part.get_content_type() == "text/html":  # (text/plain shows the title as typed: inert)
                body = part.get_content()
                _scan_html(body, path.name)
                assert "<script>alert" not in body and "<img src=x" not in body
