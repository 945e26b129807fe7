"""End-to-end: the real ``build()`` over a copy of the repository's content/, real mkdocs output.

Asserts what a reader and the evaluation get: RTL Arabic pages linked to their English twins,
the shipped Arabic font named in the CSS, a data export in the DESIGN §2 schema whose offsets
index into ``body``, byte-identical rebuilds under SOURCE_DATE_EPOCH, and a failed build that
leaves the previous site whole and content/ untouched.

Golden file: ``tests/golden/seed_articles.json`` is the seed build's ``articles.json`` in
canonical form. When the extractors change on purpose, regenerate it with

    UPDATE_GOLDEN=1 python3 -m pytest -q tests/test_site_e2e.py -k golden

and review the diff (``git diff tests/golden``) before committing it.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path

import pytest

from generator.build import BuildFailed, build
from generator.config import load_config
from generator.publish import mkdocs as mk
from generator.publish.mkdocs import PublishError

pytestmark = pytest.mark.slow

GOLDEN = Path(__file__).parent / "golden" / "seed_articles.json"
EPOCH = "1510300000"  # 2017-11-10T07:46:40Z

ARTICLE_KEYS = {"id", "title", "outlet", "url", "published", "lang", "source_file", "body", "summary", "facts"}
FACT_KEYS = {
    "dates": {"text", "start", "end", "value", "granularity", "kind"},
    "numbers": {"text", "start", "end", "value", "unit", "counts", "qualifier"},
    "entities": {"text", "start", "end", "type", "id", "name_en"},
    "attributions": {"speaker", "speaker_en", "verb", "text", "start", "end", "direct"},
    "events": {"type", "actor", "actor_en", "location", "location_en", "date", "text", "start", "end",
               "modality", "attributed_to"},
}
STORY_KEYS = {"id", "title", "articles", "outlets", "timeline", "framing"}
TIMELINE_KEYS = {"date", "granularity", "type", "text", "reported_by", "first_reported_by", "conflicts"}


def _tree_hashes(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The seed content built once (with a fixed SOURCE_DATE_EPOCH) in a throwaway project."""
    import shutil

    root = tmp_path_factory.mktemp("e2e")
    shutil.copytree(Path(__file__).resolve().parents[1] / "content", root / "content")
    mp = pytest.MonkeyPatch()
    mp.setenv("SOURCE_DATE_EPOCH", EPOCH)
    cfg = load_config(root)
    report = build(cfg)
    yield cfg, report
    mp.undo()


def _article_ids(cfg) -> list[str]:
    return [a["id"] for a in json.loads((cfg.site_path / "data/articles.json").read_text(encoding="utf-8"))]


def test_build_reports_pages_and_articles(built):
    cfg, report = built
    assert report.articles_read == 2 and report.articles_skipped == 0
    assert report.pages_written == sum(1 for _ in cfg.site_path.rglob("*.html"))
    assert not list(cfg.root.glob("site.staging-*")) and not list(cfg.root.glob("site.old-*"))


def test_arabic_article_page_is_rtl_and_linked_to_english_twin(built):
    cfg, _ = built
    for ident in _article_ids(cfg):
        ar = (cfg.site_path / f"articles/{ident}.html").read_text(encoding="utf-8")
        en = (cfg.site_path / f"en/articles/{ident}.html").read_text(encoding="utf-8")
        assert re.search(r'<html lang="ar" dir="rtl"', ar)
        assert re.search(r'<html lang="en" dir="ltr"', en)
        assert f'href="../en/articles/{ident}.html" hreflang="en" class="twin-link"' in ar
        assert f'href="../../articles/{ident}.html" hreflang="ar"' in en
        assert 'class="sentence" id="s-0"' in ar and 'class="facts-box"' in ar
        assert "fonts.googleapis" not in ar and "cdn." not in ar
        links = set(re.findall(r'class="fact-link" href="#(s-\d+)"', ar))
        ids = set(re.findall(r'class="sentence" id="(s-\d+)"', ar))
        assert links <= ids


def test_story_framing_reads_in_the_page_language(built):
    """'How outlets word it': referents, cited sources and the voice row are named in the page's
    language, never by internal ids (an Arabic reader saw 'syrian-government', 'afp', 'reported')."""
    cfg, _ = built
    stories = json.loads((cfg.site_path / "data/stories.json").read_text(encoding="utf-8"))
    page = stories[0]["id"]
    for lang, path in (("ar", f"stories/{page}.html"), ("en", f"en/stories/{page}.html")):
        html = (cfg.site_path / path).read_text(encoding="utf-8")
        table = html.split('<table class="framing">', 1)[1].split("</table>", 1)[0]
        heads = re.findall(r'<th scope="row">(.*?)</th>', table)
        assert len(heads) >= 3, heads
        cells = re.sub(r"<[^>]+>", " ", table)
        for ident in ("syrian-government", "islamic-state", "aljazeera", "sohr", "afp"):
            assert not re.search(rf"(?<![\w-]){ident}(?![\w-])", cells), (lang, ident)
        if lang == "ar":
            assert all(re.search("[\u0600-\u06ff]", h) for h in heads), heads
            assert "reported" not in cells and "منقول" in cells
        else:
            assert "Sources cited" in cells and "reported" in cells


def test_arabic_facts_box_names_sources_in_arabic(built):
    """Event sources and relays on an Arabic page are the article's own Arabic words for them."""
    cfg, _ = built
    html = (cfg.site_path / "articles/000_09431e1766a80a3f.html").read_text(encoding="utf-8")
    sources = re.findall(r"<span>المصدر: (.*?)</span>", html)
    assert sources and all(re.search("[\u0600-\u06ff]", s) and "lang=\"en\"" not in s for s in sources), sources
    assert "via <bdi>" not in html and "نقلا عن" in html


def test_css_names_and_ships_the_arabic_font(built):
    cfg, _ = built
    css = (cfg.site_path / "assets/css/briefing.css").read_text(encoding="utf-8")
    assert 'html[lang="ar"]' in css and '"Noto Naskh Arabic"' in css and "DejaVu" not in css
    for face in re.findall(r'url\("\.\./fonts/([^"]+)"\)', css):
        assert (cfg.site_path / "assets/fonts" / face).stat().st_size > 100_000
    assert (cfg.site_path / "assets/fonts/OFL.txt").is_file()
    page = (cfg.site_path / "index.html").read_text(encoding="utf-8")
    assert 'href="assets/css/briefing.css"' in page


def test_articles_json_follows_the_schema_and_offsets_index_the_body(built):
    cfg, _ = built
    data = json.loads((cfg.site_path / "data/articles.json").read_text(encoding="utf-8"))
    assert isinstance(data, list) and len(data) == 2
    for art in data:
        assert set(art) == ARTICLE_KEYS
        assert set(art["outlet"]) == {"id", "name_ar", "name_en"} and set(art["summary"]) == {"ar", "en"}
        assert set(art["facts"]) == set(FACT_KEYS)
        body = art["body"]
        for kind, keys in FACT_KEYS.items():
            for f in art["facts"][kind]:
                assert keys <= set(f), (kind, set(f))
                assert 0 <= f["start"] < f["end"] <= len(body)
                if kind != "attributions":
                    assert body[f["start"]:f["end"]] == f["text"], (kind, f)
        for d in art["facts"]["dates"]:
            assert d["value"] is None or re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?|-W\d{2})?", d["value"])
    stories = json.loads((cfg.site_path / "data/stories.json").read_text(encoding="utf-8"))
    for s in stories:
        assert set(s) == STORY_KEYS and set(s["title"]) == {"ar", "en"}
        for t in s["timeline"]:
            assert TIMELINE_KEYS <= set(t)
    for name in ("articles.csv", "facts.csv", "stories.csv", "timeline.csv"):
        assert (cfg.site_path / "data" / name).is_file()


def test_rebuild_is_byte_identical(built, monkeypatch):
    cfg, _ = built
    before = _tree_hashes(cfg.site_path)
    assert any(p.endswith(".gz") for p in before)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    build(cfg)
    after = _tree_hashes(cfg.site_path)
    changed = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
    assert not changed, f"not reproducible: {changed[:10]}"


def test_failed_build_keeps_previous_site_and_content(built, monkeypatch):
    cfg, _ = built
    site_before = _tree_hashes(cfg.site_path)
    content_before = _tree_hashes(cfg.content_path)
    real = mk.mkdocs_config

    def broken(*args, **kwargs):
        conf = real(*args, **kwargs)
        conf["theme"] = dict(conf["theme"], name="no-such-theme")
        return conf

    monkeypatch.setattr(mk, "mkdocs_config", broken)
    with pytest.raises((PublishError, BuildFailed)):
        build(cfg)
    assert _tree_hashes(cfg.site_path) == site_before
    assert _tree_hashes(cfg.content_path) == content_before
    assert not list(cfg.root.glob("site.staging-*"))


def test_failure_while_filling_docs_keeps_previous_site(built):
    cfg, _ = built
    before = _tree_hashes(cfg.site_path)

    def fill(docs: Path, sink=None) -> int:
        (docs / "index.ar.md").write_text("half", encoding="utf-8")
        raise RuntimeError("renderer crashed")

    with pytest.raises(RuntimeError):
        mk.publish_site(fill, cfg)
    assert _tree_hashes(cfg.site_path) == before
    assert not list(cfg.root.glob("site.staging-*"))


def _canonical(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def test_golden_seed_export(built):
    """The seed build's articles.json equals the golden file (UPDATE_GOLDEN=1 rewrites it)."""
    cfg, _ = built
    got = _canonical(json.loads((cfg.site_path / "data/articles.json").read_text(encoding="utf-8")))
    if os.environ.get("UPDATE_GOLDEN") == "1" or not GOLDEN.exists():
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(got, encoding="utf-8")
        if os.environ.get("UPDATE_GOLDEN") != "1":
            pytest.fail(f"{GOLDEN} did not exist; written now: review and commit it")
    assert got == GOLDEN.read_text(encoding="utf-8"), (
        "the seed export changed; if on purpose, run UPDATE_GOLDEN=1 pytest tests/test_site_e2e.py -k golden")
