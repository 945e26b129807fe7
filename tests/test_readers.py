"""Content readers: formats, encodings, metadata sources, and every kind of bad input.

Binary encodings (Windows-1256, UTF-16) are generated into tmp_path from Arabic text here rather
than committed, so the fixtures stay readable; the UTF-8 fixtures are in tests/fixtures/readers/.
"""
from __future__ import annotations

import codecs
import hashlib
import json
import os
from pathlib import Path

import pytest

from generator.config import Config
from generator.models import UNKNOWN_OUTLET, Problem, RawArticle
from generator.outlets import OutletTable
from generator.readers import read_content, register_reader, slugify
from generator.readers import core as readers_core
from generator.readers.encoding import DecodeError, decode_bytes
from generator.readers.markup import markdown_to_text
from generator.readers.metadata import outlet_from_text, parse_published, title_from_first_line

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "readers"
SHARED = ROOT.parent / "shared"
EPOCH = "1700000000"  # 2023-11-14: the build clock for date plausibility checks

# Real Arabic news text (seed-like), used for the encoding round trips.
ARABIC = (
    "النظام السوري يستعيد البوكمال على حدود العراق\n\n"
    "أعلن النظام السوري أن قواته -مدعومة بمن سماهم الحلفاء- سيطروا على مدينة البوكمال آخر معاقل "
    "تنظيم الدولة على الحدود السورية العراقية بعد معارك مع التنظيم.\n"
    "وقال المرصد السوري إن «الاشتباكات تدور حالياً داخل المدينة»، مشيراً إلى قصف جوي روسي.\n\n"
    "المصدر : الجزيرة + وكالات"
)


@pytest.fixture(autouse=True)
def _clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)


def cfg(root: Path = ROOT) -> Config:
    return Config(root=root)


def read(folder: Path) -> tuple[dict[str, RawArticle], list[Problem]]:
    arts, problems = read_content(folder, cfg(folder.parent))
    return {a.id: a for a in arts}, problems


def tree_digest(folder: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(folder.rglob("*")):
        h.update(p.relative_to(folder).as_posix().encode())
        if p.is_symlink():
            h.update(b"L" + os.readlink(p).encode())
        elif p.is_file():
            h.update(p.read_bytes())
            h.update(str(p.stat().st_mtime_ns).encode())
    return h.hexdigest()


# --------------------------------------------------------------------------- seeds


def _need_shared() -> Path:
    seeds = SHARED / "seeds"
    if not seeds.is_dir():
        pytest.skip(f"shared seeds not found at {seeds} (the dev set lives beside the repository)")
    return seeds


SEED_CASES = [
    ("000_09431e1766a80a3f", "النظام السوري يستعيد البوكمال على حدود العراق", "aljazeera", "2017-11-08"),
    ("002_6adb1008a1e27dc1", None, "almayadeen", "2017-11-09"),
]


@pytest.mark.parametrize("stem,title,outlet,published", SEED_CASES)
def test_seed_markdown_body_is_the_seed_text_exactly(stem: str, title: str | None, outlet: str,
                                                     published: str) -> None:
    seeds = _need_shared()
    arts, problems = read_content(ROOT / "content", cfg())
    by_id = {a.id: a for a in arts}
    assert not [p for p in problems if p.path.endswith(stem + ".md")]
    art = by_id[stem]
    assert art.body == (seeds / f"{stem}.txt").read_text(encoding="utf-8")
    assert art.title == title
    assert art.outlet.id == outlet
    assert art.published == published
    assert art.source_file == f"{stem}.md"
    assert art.markdown is not None and art.markdown.startswith(art.body[:20])
    assert ("published", "front matter") in art.metadata_basis


@pytest.mark.parametrize("stem,outlet,basis", [
    ("000_09431e1766a80a3f", "aljazeera", "text: source line"),   # "المصدر : الجزيرة + وكالات"
    ("002_6adb1008a1e27dc1", "almayadeen", "text: correspondent"),  # "وبحسب مراسل الميادين"
])
def test_seed_txt_outlet_from_the_text(stem: str, outlet: str, basis: str) -> None:
    seeds = _need_shared()
    arts, problems = read_content(seeds, cfg())
    art = {a.id: a for a in arts}[stem]
    assert art.outlet.id == outlet
    assert ("outlet", basis) in art.metadata_basis
    assert art.published is None  # never guessed from the text
    assert art.body == (seeds / f"{stem}.txt").read_text(encoding="utf-8")


# --------------------------------------------------------------------------- fixtures (UTF-8)

FIXTURE_CASES = [
    # id, title, outlet id, published, a (key, basis) that must be recorded
    ("markup", "الجيش العراقي يعلن السيطرة على القائم", "alarabiya", "2017-11-03T09:30:00+03:00",
     ("title", "front matter")),
    ("wire", None, "reuters", None, ("outlet", "text: dateline")),
    ("with_sidecar", "زلزال بقوة 6 درجات يضرب شمال غرب سوريا", "enabbaladi", "2023-02-20",
     ("outlet", "sidecar with_sidecar.yml")),
    ("told_to", None, "aljazeera", None, ("outlet", "text: told-to")),
    ("unknown_outlet", None, None, None, None),
    ("feed-1", "قصف على دير الزور", "sana", "2017-11-07", ("outlet", "json")),
    ("feed-3", None, "petra", "2017-11-08", ("published", "json")),
    ("list-1", "اشتباكات في طرابلس", "aljazeera", "2022-08-27", ("url", "json")),
    ("list-2", "حرائق الغابات تلتهم مساحات واسعة في شمال الجزائر", "elkhabar", None,
     ("title", "text: first line")),
    ("page", "قوات النظام تسيطر على البوكمال", "aljazeera", "2017-11-08T16:20:00+03:00",
     ("published", "html: article:published_time")),
]


@pytest.fixture(scope="module")
def fixture_read() -> tuple[dict[str, RawArticle], list[Problem]]:
    os.environ["SOURCE_DATE_EPOCH"] = EPOCH
    return read(FIXTURES)


@pytest.mark.parametrize("aid,title,outlet,published,basis", FIXTURE_CASES)
def test_fixture_metadata(fixture_read, aid, title, outlet, published, basis) -> None:
    arts, _ = fixture_read
    art = arts[aid]
    assert art.title == title
    assert art.outlet.id == outlet
    assert art.published == published
    if basis:
        assert basis in art.metadata_basis
    if outlet is None:
        assert art.outlet == UNKNOWN_OUTLET


def test_fixture_markdown_plain_text(fixture_read) -> None:
    art = fixture_read[0]["markup"]
    assert art.body.startswith("الجيش العراقي يعلن السيطرة على القائم\n\n")
    assert "استعادة مدينة القائم بالكامل من تنظيم داعش." in art.body  # emphasis and link removed
    assert 'إن القوات "دخلت مركز المدينة" بعد معارك استمرت ثلاثة أيام.' in art.body  # entities, tags
    assert "صورة أرشيفية" not in art.body and "https://" not in art.body  # image and URLs dropped
    assert "وأضاف أن عمليات التطهير مستمرة في الأحياء الغربية." in art.body  # quote marker dropped
    assert "هذا السطر عادي تماما وفيه مسافتان  متتاليتان ويجب أن يبقى كما هو.\n" in art.body
    assert "**استعادة**" in art.markdown
    assert art.tags == ("العراق", "القائم", "داعش") and art.story == "qaim-2017"
    assert art.author == "مراسل العربية, قسم الأخبار"


def test_fixture_html_main_text_without_boilerplate(fixture_read) -> None:
    art = fixture_read[0]["page"]
    assert "سيطرت على مدينة البوكمال آخر معاقل تنظيم الدولة" in art.body
    assert "جميع الحقوق محفوظة" not in art.body and "رياضة" not in art.body
    assert art.url == "https://www.aljazeera.net/news/2017/11/8/example"
    assert "<p>" not in art.body


def test_fixture_json_problems_name_file_and_line(fixture_read) -> None:
    arts, problems = fixture_read
    msgs = {(p.path, p.message.split(":")[0], p.severity) for p in problems}
    assert ("readers/feed.jsonl", "line 2", "error") in msgs  # broken JSON line
    assert ("readers/feed.jsonl", "line 4", "error") in msgs  # not an object
    assert ("readers/feed.jsonl", "line 5", "error") in msgs  # no body
    assert ("readers/list.json", "item 3", "error") in msgs
    assert ("readers/list.json", "item 2", "warning") in msgs  # unparseable date, article kept
    assert {"feed-1", "feed-3", "list-1", "list-2"} <= set(arts)
    assert arts["feed-1"].content_hash != arts["feed-3"].content_hash


def test_fixture_order_is_sorted_and_repeatable() -> None:
    a1, p1 = read_content(FIXTURES, cfg())
    a2, p2 = read_content(FIXTURES, cfg())
    assert a1 == a2 and p1 == p2
    files = [a.source_file for a in a1]
    assert files == sorted(files)


# --------------------------------------------------------------------------- Markdown to text

MARKDOWN_CASES = [
    # plain Arabic lines are untouched, byte for byte (double spaces, punctuation, quotes)
    ("تقدّم الجيش السوري في مدينة  البوكمال الحدودية.", "تقدّم الجيش السوري في مدينة  البوكمال الحدودية."),
    ('قال: "الاشتباكات تدور حالياً داخل المدينة" -مدعومة بمن سماهم الحلفاء-', 'قال: "الاشتباكات تدور حالياً داخل المدينة" -مدعومة بمن سماهم الحلفاء-'),
    ("#سوريا وسم وليس عنوانا", "#سوريا وسم وليس عنوانا"),
    ("قتل 5 * 3 أشخاص", "قتل 5 * 3 أشخاص"),
    ("# سقوط البوكمال", "سقوط البوكمال"),
    ("## تفاصيل المعركة ##", "تفاصيل المعركة"),
    ("سيطرت **قوات النظام** على *المدينة*", "سيطرت قوات النظام على المدينة"),
    ("قال [المرصد السوري](https://www.syriahr.com/ \"المرصد\") إن", "قال المرصد السوري إن"),
    ("انظر ![خريطة](map.png) المدينة", "انظر  المدينة"),
    ("بحسب <a href=\"x\">وكالة سانا</a> &amp; وكالات", "بحسب وكالة سانا & وكالات"),
    ("الرقم \\*الرسمي\\* للقتلى", "الرقم *الرسمي* للقتلى"),
    ("> وأضاف المتحدث أن القوات تقدمت", "وأضاف المتحدث أن القوات تقدمت"),
    ("اسم_الملف_هنا يبقى", "اسم_الملف_هنا يبقى"),
    ("عنوان\n=====\nنص", "عنوان\nنص"),
    ("```\n**حرفي**\n```\nبعد", "**حرفي**\nبعد"),
    ("[1]: https://example.org\nنص", "نص"),
    ("سطر أول\r\nسطر ثان", "سطر أول\r\nسطر ثان"),
]


@pytest.mark.parametrize("md,text", MARKDOWN_CASES)
def test_markdown_to_text(md: str, text: str) -> None:
    assert markdown_to_text(md) == text


# --------------------------------------------------------------------------- title and outlet rules

TITLE_CASES = [
    ("النظام السوري يستعيد البوكمال على حدود العراق\n\nأعلن النظام...", "النظام السوري يستعيد البوكمال على حدود العراق"),
    ("تقدّم الجيش السوري وحلفاؤه في مدينة البوكمال الحدودية مع العراق.\n\nالمرصد...", None),
    ("هل تنجح الهدنة في حلب؟\nنص", None),
    ("قال المتحدث باسم الجيش:\nنص", None),
    ("\n\nزلزال يضرب تركيا وسوريا\nنص", "زلزال يضرب تركيا وسوريا"),
    ('"لن نتراجع".. رسالة الفصائل إلى موسكو\nنص', '"لن نتراجع".. رسالة الفصائل إلى موسكو'),
    ("عاجل: انفجار في مرفأ بيروت", None),  # a one-line text is not a headline + article
    (" ".join(["كلمة"] * 21) + "\nنص", None),  # too long for a headline
]


@pytest.mark.parametrize("body,title", TITLE_CASES)
def test_title_from_first_line(body: str, title: str | None) -> None:
    assert title_from_first_line(body) == title


OUTLET_CASES = [
    ("نص الخبر.\n\nالمصدر : الجزيرة + وكالات", "aljazeera", "text: source line"),
    ("نص الخبر.\nالمصدر: وكالة الأناضول", "anadolu", "text: source line"),
    ("نص الخبر.\nالمصدر : رويترز", "reuters", "text: source line"),
    ("نص الخبر.\nالجزيرة + وكالات", "aljazeera", "text: source line"),
    ("بيروت (رويترز) - قال مسؤولون إن...\nنص", "reuters", "text: dateline"),
    ("دمشق (أ ف ب) - أعلنت السلطات...\nنص", "afp", "text: dateline"),
    ("وقال مصدر عسكري لـ(الجزيرة نت) إن القوات تقدمت.", "aljazeera", "text: told-to"),
    ("وقال مصدر عسكري في حديث لـ«الجزيرة نت» إن القوات تقدمت.", "aljazeera", "text: told-to"),
    ("وأكد في تصريح للجزيرة نت أن المفاوضات متعثرة.", "aljazeera", "text: told-to"),
    ("وبحسب مراسل الميادين تكتسب معركة البوكمال أهمية استراتيجية.", "almayadeen", "text: correspondent"),
    ("وأفادت مراسلة قناة العربية بسقوط قذائف على الحي.", "alarabiya", "text: correspondent"),
    # negatives: nothing is invented
    ("نص الخبر.\nالمصدر : صحيفة محلية لا نعرفها", None, None),  # unknown outlet in a source line
    ("سقط قتلى في قصف على الحي (رويترز)\nوقال الدفاع المدني إن...", None, None),  # photo credit, not dateline
    ("ونقلت وكالة الصحافة الفرنسية عن مدير المرصد قوله إن الاشتباكات مستمرة.", None, None),  # a quoted agency
    ("وقال مراسلنا إن القصف استمر طوال الليل.", None, None),
    ("وقال شاهد عيان لمراسل (رويترز) إن القصف استمر.", None, None),  # another outlet's reporter
    ("ارتفعت حصيلة ضحايا السيول في الخرطوم إلى 15 شخصا.", None, None),
]


@pytest.mark.parametrize("body,outlet,basis", OUTLET_CASES)
def test_outlet_from_text(body: str, outlet: str | None, basis: str | None) -> None:
    found = outlet_from_text(body, OutletTable.load())
    if outlet is None:
        assert found is None
    else:
        assert found is not None and (found[0].id, found[1]) == (outlet, basis)


DATE_CASES = [
    ("2017-11-08", "2017-11-08", False),
    ("2017-11-08T10:30:00+03:00", "2017-11-08T10:30:00+03:00", False),
    ("2017-11-08T10:30:00Z", "2017-11-08T10:30:00+00:00", False),
    ("2017-11-08 10:30", "2017-11-08T10:30:00", False),
    ("8/11/2017", None, True),
    ("أمس", None, True),
    ("1850-01-01", None, True),  # before 1900
    ("2023-11-15", "2023-11-15", False),  # within a day of the build clock (2023-11-14 22:13 UTC)
    ("2023-11-20", None, True),  # in the future
    ([1, 2], None, True),
    (2017, None, True),
]


@pytest.mark.parametrize("value,iso,problem", DATE_CASES)
def test_parse_published(value, iso, problem) -> None:
    got, why = parse_published(value)
    assert got == iso
    assert (why is not None) == problem


# --------------------------------------------------------------------------- encodings

ENCODING_CASES = [
    # name, bytes builder, expected body, recorded encoding, warning expected
    ("utf-8", lambda s: s.encode("utf-8"), "utf-8", False),
    ("utf-8 BOM", lambda s: codecs.BOM_UTF8 + s.encode("utf-8"), "utf-8-sig", False),
    ("utf-16 LE BOM", lambda s: codecs.BOM_UTF16_LE + s.encode("utf-16-le"), "utf-16-le", False),
    ("utf-16 BE BOM", lambda s: codecs.BOM_UTF16_BE + s.encode("utf-16-be"), "utf-16-be", False),
    ("utf-16 LE no BOM", lambda s: s.encode("utf-16-le"), "utf-16-le", True),
    ("utf-16 BE no BOM", lambda s: s.encode("utf-16-be"), "utf-16-be", True),
    ("windows-1256", lambda s: s.encode("cp1256"), "cp1256", False),
    ("windows-1256 CRLF", lambda s: s.replace("\n", "\r\n").encode("cp1256"), "cp1256", False),
    ("iso-8859-6", lambda s: s.replace("«", '"').replace("»", '"').encode("iso8859-6", "replace"), "iso8859-6", False),
]


@pytest.mark.parametrize("name,make,encoding,warned", ENCODING_CASES, ids=[c[0] for c in ENCODING_CASES])
def test_encodings_round_trip_arabic(tmp_path: Path, name, make, encoding, warned) -> None:
    content = tmp_path / "content"
    content.mkdir()
    data = make(ARABIC)
    (content / "article.txt").write_bytes(data)
    arts, problems = read_content(content, cfg(tmp_path))
    assert len(arts) == 1, problems
    art = arts[0]
    expected = data.decode(encoding)
    if expected.startswith("\ufeff"):
        expected = expected[1:]
    assert art.body == expected and "\ufeff" not in art.body
    assert "البوكمال" in art.body
    assert art.encoding == encoding
    assert art.outlet.id == "aljazeera"
    assert art.title == "النظام السوري يستعيد البوكمال على حدود العراق"
    enc_warnings = [p for p in problems if "encoding" in p.message]
    assert bool(enc_warnings) == warned
    assert all(p.severity == "warning" and p.path == "content/article.txt" for p in problems)


def test_short_windows_1256_is_read_as_arabic_and_says_so() -> None:
    d = decode_bytes("قتل 5 أشخاص".encode("cp1256"))
    assert d.text == "قتل 5 أشخاص" and d.encoding == "cp1256"


def test_html_declared_windows_1256(tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    page = (FIXTURES / "page.html").read_text(encoding="utf-8").replace('charset="utf-8"', 'charset="windows-1256"')
    (content / "page.html").write_bytes(page.encode("cp1256"))
    arts, problems = read_content(content, cfg(tmp_path))
    assert len(arts) == 1 and arts[0].encoding == "cp1256"
    assert "سيطرت على مدينة البوكمال" in arts[0].body
    assert arts[0].title == "قوات النظام تسيطر على البوكمال"


def test_mostly_utf8_with_a_bad_byte_is_kept_with_a_warning() -> None:
    data = ARABIC.encode("utf-8") + b"\xff"
    d = decode_bytes(data)
    assert d.encoding == "utf-8" and d.warning and "U+FFFD" in d.warning
    assert d.text.startswith(ARABIC)


@pytest.mark.parametrize("data,reason", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
    (bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16]) * 50, "binary"),
    (bytes(range(0x80, 0x100)) * 10, "cannot tell the text encoding"),
])
def test_undecodable_bytes(data: bytes, reason: str) -> None:
    with pytest.raises(DecodeError, match=reason):
        decode_bytes(data)


# --------------------------------------------------------------------------- bad input


GOOD = "وقال مسؤولون إن الانفجار وقع في سوق مزدحمة بمدينة الصدر.\nالمصدر : الجزيرة"

BAD_FILES: list[tuple[str, bytes, str, str]] = [
    # file, bytes, words the message must contain, severity
    ("empty.txt", b"", "empty", "error"),
    ("blank.txt", " \n\t\n\u200f\n".encode(), "empty", "error"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary", "error"),
    ("control.txt", bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16]) * 50, "binary", "error"),
    ("garbage.txt", bytes(range(0x80, 0x100)) * 10, "encoding", "error"),
    ("broken_yaml.md", "---\ntitle: [غير مغلق\noutlet: الجزيرة\n---\nنص الخبر هنا.\n".encode(), "YAML", "error"),
    ("fm_list.md", "---\n- الجزيرة\n- 2017\n---\nنص الخبر هنا.\n".encode(), "mapping", "error"),
    ("fm_unclosed.md", "---\ntitle: عنوان\nنص الخبر بلا نهاية للترويسة.\n".encode(), "closing", "error"),
    ("fm_no_body.md", "---\ntitle: عنوان فقط\n---\n\n".encode(), "no article text", "error"),
    ("bad_json.json", b'{"title": "x", "body": ', "not valid JSON", "error"),
    ("scalar.json", b'"\xd9\x86\xd8\xb5"', "expected a JSON object", "error"),
    ("wrong_types.md", "---\npublished: [1, 2]\ntags: 5\ntitle: {a: 1}\nlang: 7\n---\nنص الخبر هنا.\n".encode(),
     "published", "warning"),
    ("bad_date.md", "---\npublished: الأربعاء الماضي\n---\nنص الخبر هنا.\n".encode(), "not an ISO date", "warning"),
    ("future.md", "---\npublished: 2031-01-01\n---\nنص الخبر هنا.\n".encode(), "future", "warning"),
    ("ancient.md", "---\npublished: 1850-05-01\n---\nنص الخبر هنا.\n".encode(), "before 1900", "warning"),
    ("typo_key.md", "---\npublised: 2017-11-08\n---\nنص الخبر هنا.\n".encode(), "unknown key", "warning"),
    ("orphan.yml", "outlet: الجزيرة\n".encode(), "no article beside it", "warning"),
    ("notes.docx", b"PK\x03\x04", "not an article file type", "warning"),
    ("with_bad_sidecar.txt", GOOD.encode(), "", ""),
    ("with_bad_sidecar.yml", "outlet: [الجزيرة\n".encode(), "not valid YAML", "warning"),
]


@pytest.fixture()
def bad_tree(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    content.mkdir()
    (content / "good.txt").write_text(GOOD, encoding="utf-8")
    for name, data, _, _ in BAD_FILES:
        (content / name).write_bytes(data)
    # hidden things are not articles and not problems
    (content / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (content / ".git").mkdir()
    (content / ".git" / "config").write_text("[core]\n")
    # duplicate stems in two folders, an Arabic file name
    for sub in ("a", "b"):
        (content / sub).mkdir()
        (content / sub / "report.txt").write_text(GOOD, encoding="utf-8")
    (content / "تقرير البوكمال.txt").write_text(GOOD, encoding="utf-8")
    # symlinks: outside (skipped), inside (read)
    outside = tmp_path / "secret.txt"
    outside.write_text(GOOD, encoding="utf-8")
    (content / "escape.txt").symlink_to(outside)
    (content / "alias.txt").symlink_to(content / "good.txt")
    (content / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    # a 21 MB file (sparse: never read whole)
    with open(content / "huge.txt", "wb") as f:
        f.truncate(21 * 1024 * 1024)
    os.mkfifo(content / "pipe.txt")
    return content


def test_bad_input_each_file_one_problem_good_files_load(bad_tree: Path) -> None:
    arts, problems = read_content(bad_tree, cfg(bad_tree.parent))
    by_file: dict[str, list[Problem]] = {}
    for p in problems:
        by_file.setdefault(p.path, []).append(p)
    for name, _, words, severity in BAD_FILES:
        if not words:
            continue
        got = by_file.get(f"content/{name}")
        assert got, f"no problem for {name}: {problems}"
        assert any(words in p.message and p.severity == severity for p in got), (name, got)
    for name, words in [("escape.txt", "outside the content folder"), ("dangling.txt", "broken symlink"),
                        ("huge.txt", "too large"), ("pipe.txt", "not a regular file")]:
        got = by_file.get(f"content/{name}")
        assert got and words in got[0].message and got[0].severity == "error", (name, got)
    assert not any(".DS_Store" in p.path or ".git" in p.path for p in problems)

    ids = {a.id: a for a in arts}
    # usable files are still read, warnings or not
    for stem in ("good", "alias", "wrong_types", "bad_date", "future", "ancient", "typo_key",
                 "with_bad_sidecar", "report", "report-2"):
        assert stem in ids, stem
    assert ids["wrong_types"].published is None and ids["wrong_types"].tags == ()
    assert ids["wrong_types"].title is None and ids["wrong_types"].lang == "ar"
    assert ids["future"].published is None and ids["ancient"].published is None
    assert ids["with_bad_sidecar"].outlet.id == "aljazeera"  # from the text instead
    assert ids["report"].source_file == "a/report.txt" and ids["report-2"].source_file == "b/report.txt"
    assert any("already used" in p.message for p in by_file["content/b/report.txt"])
    arabic = [a for a in arts if a.source_file == "تقرير البوكمال.txt"]
    assert len(arabic) == 1 and arabic[0].id.isascii() and arabic[0].id == slugify("تقرير البوكمال")
    # every skipped file is an error, every error names a file
    assert all(p.path.startswith("content/") for p in problems)
    assert not any(a.source_file.startswith(("empty", "binary", "garbage", "broken_yaml", "huge"))
                   for a in arts)


def test_reading_never_changes_the_content_folder(bad_tree: Path) -> None:
    before = tree_digest(bad_tree)
    read_content(bad_tree, cfg(bad_tree.parent))
    read_content(FIXTURES, cfg())
    assert tree_digest(bad_tree) == before


def test_fixture_folder_unchanged() -> None:
    before = tree_digest(FIXTURES)
    read_content(FIXTURES, cfg())
    assert tree_digest(FIXTURES) == before


def test_unreadable_file_is_a_problem(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    content = tmp_path / "content"
    content.mkdir()
    (content / "locked.txt").write_text(GOOD, encoding="utf-8")
    (content / "open.txt").write_text(GOOD, encoding="utf-8")
    real = Path.read_bytes

    def deny(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", deny)
    arts, problems = read_content(content, cfg(tmp_path))
    assert [a.id for a in arts] == ["open"]
    assert [(p.path, p.severity) for p in problems] == [("content/locked.txt", "error")]
    assert "Permission denied" in problems[0].message


def test_missing_content_folder(tmp_path: Path) -> None:
    arts, problems = read_content(tmp_path / "nope", cfg(tmp_path))
    assert arts == [] and len(problems) == 1 and "not found" in problems[0].message


# --------------------------------------------------------------------------- ids, hashes, sidecars, registry

@pytest.mark.parametrize("stem,slug", [
    ("000_09431e1766a80a3f", "000_09431e1766a80a3f"),
    ("Al Jazeera 2017-11-08", "al-jazeera-2017-11-08"),
    ("Émeutes à Alger", "emeutes-a-alger"),
])
def test_slugify_ascii(stem: str, slug: str) -> None:
    assert slugify(stem) == slug


def test_slugify_arabic_is_stable_ascii_and_distinct() -> None:
    a, b = slugify("تقرير البوكمال"), slugify("تقرير الرقة")
    assert a.isascii() and b.isascii() and a != b and a == slugify("تقرير البوكمال")
    assert slugify("2017-11-08 البوكمال").startswith("2017-11-08-")


def test_content_hash_covers_the_sidecar(tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    (content / "x.txt").write_text(GOOD, encoding="utf-8")
    h1 = read_content(content, cfg(tmp_path))[0][0].content_hash
    assert h1 == hashlib.sha256(GOOD.encode()).hexdigest()
    (content / "x.yaml").write_text("published: 2017-11-08\n", encoding="utf-8")
    art = read_content(content, cfg(tmp_path))[0][0]
    assert art.content_hash != h1 and art.published == "2017-11-08"
    assert ("published", "sidecar x.yaml") in art.metadata_basis


def test_front_matter_wins_over_sidecar_and_text(tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    (content / "x.md").write_text("---\noutlet: الميادين\n---\n" + GOOD, encoding="utf-8")
    (content / "x.yml").write_text("outlet: sana\npublished: 2017-11-08\n", encoding="utf-8")
    art = read_content(content, cfg(tmp_path))[0][0]
    assert art.outlet.id == "almayadeen" and art.published == "2017-11-08"
    assert ("outlet", "front matter") in art.metadata_basis


def test_unknown_outlet_named_by_the_user_is_kept(tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    (content / "x.md").write_text("---\noutlet: صحيفة الثورة\n---\n" + "نص الخبر هنا.", encoding="utf-8")
    art = read_content(content, cfg(tmp_path))[0][0]
    assert art.outlet.name_ar == "صحيفة الثورة" and art.outlet.id and art.outlet.id.isascii()


@pytest.mark.parametrize("given,ident,name_ar,name_en,style", [
    # outlets known only from the gazetteer's media list: both names and the month family of their country
    ("Al-Mada", "al-mada", "المدى", "Al-Mada", "levantine"),
    ("المدى", "al-mada", "المدى", "Al-Mada", "levantine"),
    ("Shafaq News", "shafaq-news", "شفق نيوز", "Shafaq News", "levantine"),
    ("Echorouk", "echorouk-dz", "الشروق الجزائرية", "Echorouk", "maghrebi"),
    ("Independent Arabia", "independent-arabia", "إندبندنت عربية", "Independent Arabia", "egyptian"),
    # outlets.yaml keeps the last word where both name an outlet
    ("Al Jazeera", "aljazeera", "الجزيرة", "Al Jazeera", "egyptian"),
])
def test_outlet_from_the_gazetteer_media_list(tmp_path: Path, given, ident, name_ar, name_en, style) -> None:
    content = tmp_path / "content"
    content.mkdir()
    (content / "x.txt").write_text(GOOD, encoding="utf-8")
    (content / "x.yml").write_text(f"outlet: {given}\npublished: 2023-07-24\n", encoding="utf-8")
    art = read_content(content, cfg(tmp_path))[0][0]
    assert (art.outlet.id, art.outlet.name_ar, art.outlet.name_en, art.outlet.month_style) == \
        (ident, name_ar, name_en, style)


def test_third_party_reader_registers_like_the_builtins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers_core, "_REGISTRY", dict(readers_core._REGISTRY))
    from generator.readers.common import finish_article

    def read_note(ctx):
        lines = ctx.text().split("\n", 1)
        return [finish_article(ctx, lines[1], [])]

    register_reader([".note"], read_note)
    content = tmp_path / "content"
    content.mkdir()
    (content / "a.note").write_text("header\n" + GOOD, encoding="utf-8")
    arts, problems = read_content(content, cfg(tmp_path))
    assert not problems and arts[0].id == "a" and arts[0].body == GOOD
    assert arts[0].outlet.id == "aljazeera" and arts[0].source_file == "a.note"


def test_reader_crash_is_a_problem_not_a_crash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers_core, "_REGISTRY", dict(readers_core._REGISTRY))

    def broken(ctx):
        raise KeyError("oops")

    register_reader([".note"], broken)
    content = tmp_path / "content"
    content.mkdir()
    (content / "a.note").write_text(GOOD, encoding="utf-8")
    (content / "b.txt").write_text(GOOD, encoding="utf-8")
    arts, problems = read_content(content, cfg(tmp_path))
    assert [a.id for a in arts] == ["b"]
    assert problems[0].path == "content/a.note" and "reader failed" in problems[0].message


def test_html_fallback_when_trafilatura_finds_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.readers import html_reader

    monkeypatch.setattr(html_reader, "_trafilatura_text", lambda html: (None, "trafilatura unavailable (test)"))
    content = tmp_path / "content"
    content.mkdir()
    (content / "page.html").write_bytes((FIXTURES / "page.html").read_bytes())
    arts, problems = read_content(content, cfg(tmp_path))
    body = arts[0].body
    assert "سيطرت على مدينة البوكمال" in body and "جميع الحقوق" not in body and "رياضة" not in body
    assert any("tag stripper" in p.message or "unavailable" in p.message for p in problems)
    assert arts[0].outlet.id == "aljazeera"


def test_json_object_single_article_and_wrapper(tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    (content / "one.json").write_text(json.dumps({"title": "عنوان", "text": GOOD, "outlet": "reuters"},
                                                 ensure_ascii=False), encoding="utf-8")
    (content / "many.json").write_text(json.dumps({"articles": [{"body": GOOD}, {"body": GOOD}]}),
                                       encoding="utf-8")
    arts, problems = read_content(content, cfg(tmp_path))
    assert [a.id for a in arts] == ["many-1", "many-2", "one"] and not problems
    assert arts[2].outlet.id == "reuters" and arts[2].title == "عنوان"


@pytest.mark.parametrize("bom,codec,encoding", [
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (b"", "cp1256", "cp1256"),
])
def test_markdown_front_matter_with_bom_and_crlf(tmp_path: Path, bom: bytes, codec: str, encoding: str) -> None:
    content = tmp_path / "content"
    content.mkdir()
    text = ("---\r\noutlet: الجزيرة\r\npublished: 2017-11-08\r\n---\r\n"
            "قوات النظام تدخل البوكمال\r\n\r\nأعلن النظام السوري أن قواته سيطرت على مدينة البوكمال.\r\n")
    (content / "a.md").write_bytes(bom + text.encode(codec))
    arts, problems = read_content(content, cfg(tmp_path))
    assert not problems
    art = arts[0]
    assert art.encoding == encoding and art.outlet.id == "aljazeera" and art.published == "2017-11-08"
    assert art.title == "قوات النظام تدخل البوكمال"
    assert art.body == text.split("---\r\n", 2)[2]  # line endings kept: offsets match the file
