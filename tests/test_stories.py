"""Stories across outlets on real Arabic texts: clustering, wire copies, timeline, conflicts, framing.

The labelled corpus is tests/fixtures/stories/*.md (expected story under ``gold_story:``, a key the
clusterer never reads) plus the two seed articles in content/. Facts come two ways: hand-tagged
here (a small table of entity surfaces, events located by their clause), so the story logic is
tested on its own; and through the real analyser once the extractors land.
"""
from __future__ import annotations

import json
import re
from itertools import combinations
from pathlib import Path

import pytest
import yaml

from generator.models import Article, Entity, Event, Facts, NumberMention, RawArticle
from generator.nlp.normalise import norm
from generator.nlp.sentences import split_sentences
from generator.outlets import OutletTable
from generator.stories import (build_stories, cluster, find_republished, framing_counts, story_to_json)

ROOT = Path(__file__).resolve().parents[1]
FIX = ROOT / "tests" / "fixtures" / "stories"
SHARED = ROOT.parent / "shared"
SEEDS = {"000_09431e1766a80a3f": "abukamal", "002_6adb1008a1e27dc1": "abukamal"}

# surface -> (id, type, English name): only what the fixtures need, to test stories without extractors
ENTITIES = {
    "البوكمال": ("abu-kamal", "LOC", "Abu Kamal (Al-Bukamal)"),
    "دير الزور": ("deir-ez-zor", "LOC", "Deir ez-Zor"),
    "إدلب": ("idlib", "LOC", "Idlib"),
    "سراقب": ("saraqib", "LOC", "Saraqib"),
    "خان يونس": ("khan-yunis", "LOC", "Khan Yunis"),
    "بني سهيلا": ("bani-suheila", "LOC", "Bani Suheila"),
    "قطاع غزة": ("gaza-strip", "LOC", "Gaza Strip"),
    "غزة": ("gaza-strip", "LOC", "Gaza Strip"),
    "حلبجة": ("halabja", "LOC", "Halabja"),
    "كرمانشاه": ("kermanshah", "LOC", "Kermanshah"),
    "سربل ذهاب": ("sarpol-e-zahab", "LOC", "Sarpol-e Zahab"),
    "بيروت": ("beirut", "LOC", "Beirut"),
    "الرياض": ("riyadh", "LOC", "Riyadh"),
    "حلب": ("aleppo", "LOC", "Aleppo"),
    "العراق": ("iraq", "LOC", "Iraq"),
    "إيران": ("iran", "LOC", "Iran"),
    "سوريا": ("syria", "LOC", "Syria"),
    "لبنان": ("lebanon", "LOC", "Lebanon"),
    "سعد الحريري": ("saad-hariri", "PER", "Saad Hariri"),
    "الحريري": ("saad-hariri", "PER", "Saad Hariri"),
    "ميشال عون": ("michel-aoun", "PER", "Michel Aoun"),
    "حزب الله": ("hezbollah", "ORG", "Hezbollah"),
    "تنظيم الدولة": ("islamic-state", "ORG", "Islamic State"),
    "تنظيم الدولة الإسلامية": ("islamic-state", "ORG", "Islamic State"),
    "داعش": ("islamic-state", "ORG", "Islamic State"),
    "الجيش السوري": ("syrian-army", "ORG", "Syrian Army"),
    "الجيش العربي السوري": ("syrian-army", "ORG", "Syrian Army"),
    "قوات النظام": ("syrian-army", "ORG", "Syrian Army"),
    "قوات الأسد": ("syrian-army", "ORG", "Syrian Army"),
    "هيئة تحرير الشام": ("hts", "ORG", "Hay'at Tahrir al-Sham"),
    "المرصد السوري لحقوق الإنسان": ("sohr", "ORG", "Syrian Observatory for Human Rights"),
}


def _tag(body: str) -> tuple[Entity, ...]:
    """Longest-first, whole-token matches (up to two proclitics) of the table's surfaces."""
    taken: list[tuple[int, int]] = []
    out = []
    for surf in sorted(ENTITIES, key=len, reverse=True):
        pat = r"(?<![\u0621-\u064a])[وفبلك]{0,2}(" + re.escape(surf) + r")(?![\u0621-\u064a])"
        for m in re.finditer(pat, body):
            s, e = m.span(1)
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            eid, typ, en = ENTITIES[surf]
            out.append(Entity(text=body[s:e], start=s, end=e, type=typ, id=eid, name_en=en))
    return tuple(sorted(out, key=lambda x: x.start))


def _read(path: Path, body_override: str | None = None) -> tuple[RawArticle, str | None]:
    text = path.read_text(encoding="utf-8")
    m = re.match(r"---\n(.*?)\n---\n", text, re.S)
    meta = yaml.safe_load(m.group(1)) if m else {}
    body = body_override if body_override is not None else text[m.end():] if m else text
    outlet = OutletTable.load().resolve(str(meta.get("outlet")))
    raw = RawArticle(id=path.stem, source_file=path.name, body=body, title=meta.get("title"), outlet=outlet,
                     published=str(meta.get("published")) if meta.get("published") else None,
                     story=meta.get("story"))
    return raw, meta.get("gold_story")


def corpus() -> list[tuple[RawArticle, str]]:
    rows = []
    for stem, gold in SEEDS.items():
        raw, _ = _read(ROOT / "content" / f"{stem}.md")
        rows.append((raw, gold))
    for p in sorted(FIX.glob("*.md")):
        raw, gold = _read(p)
        rows.append((raw, gold))
    return rows


def article(raw: RawArticle, tagged: bool = True, events: tuple[Event, ...] = (),
            numbers: tuple[NumberMention, ...] = ()) -> Article:
    ents = _tag(raw.body) if tagged else ()
    return Article(raw=raw, sentences=split_sentences(raw.body),
                   facts=Facts(entities=ents, events=events, numbers=numbers))


def pairwise_prf(groups: list[list[int]], gold: list[str]) -> tuple[float, float, float]:
    pred = {}
    for k, g in enumerate(groups):
        for i in g:
            pred[i] = k
    tp = fp = fn = 0
    for i, j in combinations(range(len(gold)), 2):
        same_p, same_g = pred[i] == pred[j], gold[i] == gold[j]
        tp += same_p and same_g
        fp += same_p and not same_g
        fn += same_g and not same_p
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# ------------------------------------------------------------------------ clustering


@pytest.mark.parametrize("tagged", [True, False], ids=["hand-tagged-entities", "text-only"])
def test_labelled_corpus_pairwise_f1(tagged: bool) -> None:
    rows = corpus()
    assert len(rows) >= 15 and len({g for _, g in rows}) >= 5
    arts = [article(r, tagged) for r, _ in rows]
    groups = cluster(arts)
    p, r, f1 = pairwise_prf(groups, [g for _, g in rows])
    print(f"clustering ({'tagged' if tagged else 'text-only'}): P={p:.3f} R={r:.3f} F1={f1:.3f}")
    assert f1 >= 0.95, (p, r, [[rows[i][0].id for i in g] for g in groups])


@pytest.mark.parametrize("tagged", [True, False], ids=["hand-tagged-entities", "text-only"])
@pytest.mark.parametrize("a, b, same", [
    ("000_09431e1766a80a3f", "002_6adb1008a1e27dc1", True),  # the two seeds: one story
    ("000_09431e1766a80a3f", "quake_jazeera_1113", False),  # earthquake never joins a battle
    ("002_6adb1008a1e27dc1", "gaza_jazeera_1109", False),  # same day, Gaza strike
    ("abukamal_sana_1110", "saraqib_enab_1110", False),  # two battles, two provinces, same day
    ("000_09431e1766a80a3f", "abukamal_mayadeen_1119", True),  # eleven days later, chained
    ("saraqib_france24_1110", "saraqib_arabiya_1111", True),
    ("hariri_arabiya_1104", "hariri_sky_1107", True),
])
def test_pairs(a: str, b: str, same: bool, tagged: bool) -> None:
    rows = corpus()
    arts = [article(r, tagged) for r, _ in rows]
    ids = [x.id for x in arts]
    groups = cluster(arts)
    where = {i: k for k, g in enumerate(groups) for i in g}
    assert (where[ids.index(a)] == where[ids.index(b)]) is same


def test_manual_story_key_overrides() -> None:
    rows = {r.id: r for r, _ in corpus()}
    from dataclasses import replace
    quake = replace(rows["quake_bbc_1113"], story="my-key")
    hariri = replace(rows["hariri_sky_1107"], story="my-key")
    seed = replace(rows["000_09431e1766a80a3f"], story="other-key")
    seed2 = replace(rows["002_6adb1008a1e27dc1"], story="third-key")
    groups = cluster([article(x) for x in (quake, hariri, seed, seed2)])
    assert groups == [[0, 1], [2], [3]]


# ------------------------------------------------------------------------ wire copies


def test_wire_copy_detected_and_not_independent() -> None:
    rows = corpus()
    arts = [article(r) for r, _ in rows]
    pairs = find_republished(arts)
    assert pairs == [("saraqib_alhurra_1110", "saraqib_france24_1110")]
    stories = build_stories(arts)
    s = next(s for s in stories if "saraqib_alhurra_1110" in s.article_ids)
    assert s.republished == (("saraqib_alhurra_1110", "saraqib_france24_1110"),)
