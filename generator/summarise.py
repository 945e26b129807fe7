"""Summaries: an extractive Arabic summary and an English briefing, per article and per story.

Arabic: the summary is made of the article's own sentences, so every line can be checked
against the source and linked back to it. Sentences are scored by centrality (TF-IDF cosine to
the centroid of the text, on normalised, lightly stemmed tokens), lead position and the key
facts they carry; then picked by maximal marginal relevance, so that near-duplicate sentences
(the same wire copy in two outlets) collapse and the same fact is never given twice.
Captions, headings and source/credit lines are never candidates, and a sentence is never cut
from its attribution: a reported claim that spans sentences, or a "وأضاف أن ..." continuing the
previous speaker, is one unit that is taken whole or not at all.

English: generated from the facts (``briefing_en``); when ``translation.backend`` is not
``facts`` the Arabic summary is also machine-translated and the facts briefing is kept beside it.
A failed translation falls back to the facts briefing and marks the summary (``en_failed``).
"""
from __future__ import annotations

import itertools
import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any
from pathlib import Path


from .yamlio import load_yaml
from .briefing_en import article_briefing, headline, phrasing, story_briefing
from .config import Config
from .memo import Memo, code_fingerprint, digest
from .models import Article, Problem, Story, Summary
from .nlp.normalise import fold_table, norm

DATA = Path(__file__).parent / "data"

LEAD_WEIGHT = 0.25  # share of the score given to position (the lead carries the news)
FACT_WEIGHT = 0.20  # share given to the key facts a sentence carries
MMR_LAMBDA = 0.7  # relevance vs. novelty in the selection
DUPLICATE = 0.5  # TF-IDF cosine at or above which two sentences say the same thing
# share of the shorter sentence's (unweighted) content words found in the other, at or above
# which they are the same sentence reworded: catches templated copy whose shared words are so
# common in the pool that TF-IDF weighs them down
OVERLAP = 0.6
MIN_WORDS = 5  # shorter lines are fragments, not summary sentences
HEADING_MAX_WORDS = 12  # an unpunctuated line this short is a heading
_END_PUNCT = tuple(".!?؟…:\"»”')")
_WORD = re.compile(r"[\u0621-\u064a]+|\d+(?:[.,]\d+)?")
_CREDIT = re.compile(r"\([^()]{2,80}\)\s*$")



def fast_norm(text: str) -> str:
    return text.translate(fold_table())


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    """summary_ar.yaml, normalised once: Arabic knowledge stays data."""
    raw = load_yaml((DATA / "summary_ar.yaml").read_text(encoding="utf-8"))
    return {
        "source_prefixes": tuple(sorted({norm(x) for x in raw["source_line_prefixes"]}, key=len,
                                        reverse=True)),
        "continuation_verbs": frozenset(norm(x) for x in raw["continuation_verbs"]),
        "continuation_followers": frozenset(norm(x) for x in raw["continuation_followers"]),
        "stopwords": frozenset(norm(x) for x in raw["stopwords"]),
        "prefixes": tuple(sorted((norm(x) for x in raw["prefixes"]), key=len, reverse=True)),
        "suffixes": tuple(sorted((norm(x) for x in raw["suffixes"]), key=len, reverse=True)),
    }


@lru_cache(maxsize=65536)
def _stem(token: str) -> str:
    lex = _lexicon()
    for p in lex["prefixes"]:
        if token.startswith(p) and len(token) - len(p) >= 3:
            token = token[len(p):]
            break
    for s in lex["suffixes"]:
        if token.endswith(s) and len(token) - len(s) >= 3:
            token = token[: -len(s)]
            break
    return token


def tokens(text: str) -> list[str]:
    """Content tokens of an Arabic text: normalised, stop words dropped, lightly stemmed."""
    stop = _lexicon()["stopwords"]
    return [_stem(t) for t in _WORD.findall(fast_norm(text)) if t not in stop and len(t) > 1]


# --------------------------------------------------------------------------- candidates


def _paragraphs(article: Article) -> dict[int, tuple[int, int]]:
    """Paragraph (line) number -> (start, end) in the body."""
    spans: dict[int, tuple[int, int]] = {}
    for s in article.sentences:
        a, b = spans.get(s.paragraph, (s.start, s.end))
        spans[s.paragraph] = (min(a, s.start), max(b, s.end))
    return spans


def skipped_paragraphs(article: Article) -> dict[int, str]:
    """Paragraphs that are never summary material, with the reason: heading, caption, source.

    - source/credit lines: "المصدر : الجزيرة + وكالات" (prefixes in summary_ar.yaml);
    - headings and titles: a line with no closing punctuation that is the title or short (a
      one-sentence lead ending in a full stop stays);
    - captions: a line ending in a parenthesised credit "(الإعلام الحربي السوري)", and the
      lines stuck to it (no blank line between) when the text otherwise separates paragraphs
      by blank lines, as pasted photo captions are.
    """
    lex = _lexicon()
    body = article.body
    paras = _paragraphs(article)
    order = sorted(paras)
    out: dict[int, str] = {}
    title = norm(article.title or "").strip()
    for p in order:
        a, b = paras[p]
        line = body[a:b].strip()
        n = fast_norm(line).strip()
        if any(n.startswith(x) and n[len(x):].lstrip().startswith(":") for x in lex["source_prefixes"]):
            out[p] = "source"
        elif _CREDIT.search(line) and not line.endswith(_END_PUNCT[:6]):
            out[p] = "caption"
        elif not line.endswith(_END_PUNCT) and ((title and n == title)
                                                 or len(line.split()) <= HEADING_MAX_WORDS):
            out[p] = "heading"
    # caption blocks: lines glued (single newline) to a caption line
    gaps = [body[paras[x][1]:paras[y][0]].count("\n") for x, y in itertools.pairwise(order)]
    if gaps and sum(1 for g in gaps if g >= 2) * 2 >= len(gaps):
        blocks: list[list[int]] = [[order[0]]]
        for (x, y), g in zip(itertools.pairwise(order), gaps):
            if g >= 2:
                blocks.append([y])
            else:
                blocks[-1].append(y)
        for block in blocks:
            if 1 < len(block) <= 3 and any(out.get(p) == "caption" for p in block):
                for p in block:
                    out.setdefault(p, "caption")
    return out


@dataclass
class _Unit:
    """Sentences that must stay together (a claim and its attribution)."""

    article: int  # index into the articles being summarised
    sentences: list[int]  # sentence indices, ascending
    rank: int = 0  # position among the article's units (0 = lead)
    vec: dict[str, float] | None = None
    words: frozenset[str] = frozenset()
    score: float = 0.0
    fact_keys: frozenset = frozenset()


def _is_continuation(text: str) -> bool:
    """"وأضاف أن ..." — a reporting verb with no subject of its own continues the last speaker."""
    lex = _lexicon()
    words = fast_norm(text).replace(",", " ").split()
    if len(words) < 2:
        return False
    verb = words[0]
    if verb.startswith(("و", "ف")):
        verb = verb[1:]
    if verb not in lex["continuation_verbs"]:
        return False
    nxt = words[1]
    return nxt in lex["continuation_followers"] or nxt[:1] in ('"', ":", "«") or nxt.startswith("-")


def _units(article: Article, index: int) -> list[_Unit]:
    skip = skipped_paragraphs(article)
    body = article.body
    eligible = [s for s in article.sentences
                if s.paragraph not in skip and len(body[s.start:s.end].split()) >= MIN_WORDS]
    if not eligible:
        return []
    parent = {s.index: s.index for s in eligible}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)

    pos = {s.index: k for k, s in enumerate(eligible)}
    # an attribution spanning sentences, or whose content opens a sentence (the speaker and
    # verb are in the one before), binds those sentences together
    for att in article.facts.attributions:
        covered = [s.index for s in eligible if s.start < att.end and att.start < s.end]
        for a, b in itertools.pairwise(covered):
            union(a, b)
        if covered:
            first = next(s for s in eligible if s.index == covered[0])
            lead = body[first.start:att.start].strip(" \"«“'-:،,")
            k = pos[first.index]
            if not lead and k > 0 and eligible[k - 1].paragraph == first.paragraph:
                union(eligible[k - 1].index, first.index)
    for k, s in enumerate(eligible):
        if k > 0 and _is_continuation(body[s.start:s.end]):
            union(eligible[k - 1].index, s.index)
    groups: dict[int, list[int]] = {}
    for s in eligible:
        groups.setdefault(find(s.index), []).append(s.index)
    units = [_Unit(article=index, sentences=sorted(g)) for _, g in sorted(groups.items())]
    for r, u in enumerate(units):
        u.rank = r
    return units


def _sentence_facts(article: Article) -> tuple[list[set], list[float]]:
    """Per sentence: the facts it carries (for "never the same fact twice") and how key they are.

    Each fact is placed in its sentence by bisection on the sentence starts: one pass over the
    facts, not one per candidate unit.
    """
    starts = [s.start for s in article.sentences]
    n = len(starts)
    keys: list[set] = [set() for _ in range(n)]
    score = [0.0] * n

    def at(offset: int) -> int | None:
        i = bisect_right(starts, offset) - 1
        return i if 0 <= i < n and offset < article.sentences[i].end else None

    events = phrasing()["events"]
    key_roles = set(phrasing()["key_number_roles"])
    for ev in article.facts.events:
        i = at(ev.start)
        if i is None:
            continue
        prio = events.get(ev.type, {}).get("priority", 50)
        score[i] += 1.0 if prio <= 5 else (0.5 if prio < 90 else 0.1)
        loc = ev.location_id or ev.location_en
        if loc and ev.type not in ("statement", "other"):
            keys[i].add(("event", ev.type, loc, ev.modality in ("planned", "predicted")))
    for num in article.facts.numbers:
        i = at(num.start)
        if i is None or num.value is None:
            continue
        score[i] += 0.5 if num.role in key_roles else 0.2
        if num.role:
            keys[i].add(("number", num.value, num.role))
    for d in article.facts.dates:
        i = at(d.start)
        if i is not None and d.value:
            score[i] += 0.1
    return keys, score


@dataclass
class _Prepared:
    """What one article contributes to any summary: its units, their words and facts."""

    groups: list[list[int]]
    words: list[list[str]]
    keys: list[frozenset]
    facts: list[float]


def _prepare(article: Article, memo: dict[int, _Prepared] | None = None) -> _Prepared:
    """Units of an article with tokens and facts, computed once per build (stories reuse them)."""
    if memo is not None and id(article) in memo:
        return memo[id(article)]
    units = _units(article, 0)
    keys, score = _sentence_facts(article)
    body = article.body
    prep = _Prepared(
        groups=[u.sentences for u in units],
        words=[tokens(" ".join(body[article.sentences[i].start:article.sentences[i].end]
                               for i in u.sentences)) for u in units],
        keys=[frozenset().union(*(keys[i] for i in u.sentences)) for u in units],
        facts=[min(sum(score[i] for i in u.sentences), 1.5) / 1.5 for u in units],
    )
    if memo is not None:
        memo[id(article)] = prep
    return prep


# --------------------------------------------------------------------------- scoring


def _vectors(units: list[_Unit], toks: list[list[str]]) -> None:
    df: Counter[str] = Counter()
    for ts in toks:
        df.update(set(ts))
    n = len(units)
    for u, ts in zip(units, toks):
        u.words = frozenset(ts)
        tf = Counter(ts)
        vec = {t: (1 + math.log(c)) * (math.log((1 + n) / (1 + df[t])) + 1) for t, c in sorted(tf.items())}
        norm_ = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        u.vec = {t: v / norm_ for t, v in vec.items()}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def similarity(a: _Unit, b: _Unit) -> float:
    """How much two units say the same thing (0..1): the larger of the two measures."""
    cos = cosine(a.vec or {}, b.vec or {})
    small = min(len(a.words), len(b.words))
    overlap = len(a.words & b.words) / small if small >= 4 else 0.0
    return max(cos, overlap * DUPLICATE / OVERLAP)


def _score(units: list[_Unit], toks: list[list[str]], facts: list[float]) -> None:
    _vectors(units, toks)
    centroid: Counter[str] = Counter()
    for u in units:
        centroid.update(u.vec or {})
    cnorm = math.sqrt(sum(v * v for v in centroid.values())) or 1.0
    central = [cosine(u.vec or {}, centroid) / cnorm for u in units]
    top = max(central, default=0.0) or 1.0
    for u, c, f in zip(units, central, facts):
        lead = 1.0 / (1.0 + 0.5 * u.rank)
        u.score = (1 - LEAD_WEIGHT - FACT_WEIGHT) * (c / top) + LEAD_WEIGHT * lead + FACT_WEIGHT * f


def _select(units: list[_Unit], budget: int) -> list[_Unit]:
    """Maximal marginal relevance, with near-duplicates and repeated facts excluded outright."""
    chosen: list[_Unit] = []
    used = 0
    pool = sorted(units, key=lambda u: (-u.score, u.article, u.sentences[0]))
    while pool and used < budget:
        best, best_val = None, -1e9
        for u in pool:
            if chosen and used + len(u.sentences) > budget:
                continue
            sim = max((similarity(u, c) for c in chosen), default=0.0)
            if sim >= DUPLICATE or any(u.fact_keys & c.fact_keys for c in chosen):
                continue
            val = MMR_LAMBDA * u.score - (1 - MMR_LAMBDA) * sim
            if val > best_val + 1e-12:
                best, best_val = u, val
        if best is None:
            break
        chosen.append(best)
        used += len(best.sentences)
        pool.remove(best)
    return chosen


def arabic_units(articles: list[Article], budget: int,
                 memo: dict[int, _Prepared] | None = None) -> list[_Unit]:
    """The chosen units for one article or for a story's articles (in score order)."""
    units: list[_Unit] = []
    toks: list[list[str]] = []
    facts: list[float] = []
    for i, art in enumerate(articles):
        prep = _prepare(art, memo)
        for r, (g, w, k, f) in enumerate(zip(prep.groups, prep.words, prep.keys, prep.facts)):
            units.append(_Unit(article=i, sentences=g, rank=r, fact_keys=k))
            toks.append(w)
            facts.append(f)
    if not units:
        return []
    _score(units, toks, facts)
    return _select(units, budget)


def _text(article: Article, indices: list[int]) -> str:
    return " ".join(article.body[article.sentences[i].start:article.sentences[i].end] for i in indices)


def summarise_article(article: Article, config: Config, memo: dict[int, _Prepared] | None = None) -> Summary:
    chosen = arabic_units([article], config.summary_sentences, memo)
    indices = sorted(i for u in chosen for i in u.sentences)
    en = article_briefing(article)
    return Summary(ar=_text(article, indices), en=en, ar_sentences=tuple(indices), en_generated=True,
                   en_backend="facts", en_facts=en)


def summarise_story(story: Story, by_id: dict[str, Article], config: Config,
                    memo: dict[int, _Prepared] | None = None) -> Summary:
    arts = [by_id[a] for a in story.article_ids if a in by_id]
    chosen = arabic_units(arts, config.summary_sentences, memo)
    parts: list[str] = []
    sources: list[tuple[str, int]] = []
    for u in chosen:  # score order: the most central fact first
        art = arts[u.article]
        parts.append(_text(art, u.sentences))
        sources.extend((art.id, i) for i in u.sentences)
    en = story_briefing(story, by_id)
    return Summary(ar=" ".join(parts), en=en, ar_sentences=(), ar_sources=tuple(sources),
                   en_generated=True, en_backend="facts", en_facts=en)


# --------------------------------------------------------------------------- translation


def _translate(summaries: list[Summary], config: Config) -> list[Summary]:
    """Replace ``en`` by a translation of the Arabic summary when a text backend is configured."""
    from .translate import TranslationError, get_translator

    tc = config.translation
    if tc.backend == "facts":
        return summaries
    todo = [i for i, s in enumerate(summaries) if s.ar.strip()]
    try:
        translator = get_translator(config)
        out = translator.translate([summaries[i].ar for i in todo], src="ar", dst="en")
    except TranslationError as e:
        reason = str(e)
        return [replace(s, en_backend=f"facts (fallback: {reason})", en_failed=True, en_error=reason)
                if s.ar.strip() else s for s in summaries]
    result = list(summaries)
    for i, text in zip(todo, out):
        s = summaries[i]
        if text and text.strip():
            result[i] = replace(s, en=text.strip(), en_generated=False, en_backend=tc.backend)
        else:
            reason = f"{tc.backend} returned an empty translation"
            result[i] = replace(s, en_backend=f"facts (fallback: {reason})", en_failed=True, en_error=reason)
    return result


def summarise_all(articles: list[Article], stories: list[Story], config: Config
                  ) -> tuple[list[Article], list[Story]]:
    """New Article/Story records carrying their ``summary`` (the pipeline's summarise stage).

    Each summary is kept in a memo by its inputs' digests; those the memo lacks are made on all
    cores when there are many (``_make_missing``)."""
    by_id = {a.id: a for a in articles}
    disk = _summary_memo(config)
    size = str(config.summary_sentences)
    art_digest = {a.id: digest(a) for a in articles}
    a_keys = [disk.key("article", size, art_digest[a.id]) for a in articles]
    s_keys = [disk.key("story", size, digest(s), [art_digest.get(i, "") for i in s.article_ids]) for s in stories]
    a_pairs = [disk.get(k) for k in a_keys]  # (summary, headline); translations have their own cache
    s_sums = [disk.get(k) for k in s_keys]
    todo_a = [i for i, x in enumerate(a_pairs) if x is None]
    todo_s = [i for i, x in enumerate(s_sums) if x is None]
    for kind, i, value in _make_missing(articles, stories, todo_a, todo_s, a_keys, s_keys, by_id, config):
        if kind == "article":
            a_pairs[i] = value
        else:
            s_sums[i] = value
    a_sums = [x[0] for x in a_pairs]  # type: ignore[index]
    translated = _translate(a_sums + s_sums, config)  # type: ignore[operator]
    a_sums, s_sums = translated[: len(articles)], translated[len(articles):]
    new_articles = [replace(a, summary=s, title_en=a.title_en or h)
                    for a, s, (_, h) in zip(articles, a_sums, a_pairs)]  # type: ignore[misc]
    new_stories = [replace(s, summary=x) for s, x in zip(stories, s_sums)]
    return new_articles, new_stories


# the code and data a summary is made from (the summary memo's fingerprint; translations have their
# own cache; tests/test_memo.py checks the list against the imports)
SUMMARY_CODE = ("summarise.py", "briefing_en.py", "when.py", "models.py", "data/english.yaml",
                "data/summary_ar.yaml", "nlp/normalise.py",
                # briefing_en reads dates.yaml's since-words (dates.py names the file; it imports numbers.py)
                "nlp/dates.py", "nlp/numbers.py", "data/dates.yaml")


def _summary_memo(config: Config) -> Memo:
    return Memo(config.cache_path / "summaries" if config.cache_path else None,
                code_fingerprint(*SUMMARY_CODE))


# (story index or None, article indices): a story and the articles summarised with it, which share
# their prepared units (``_prepare``); or articles of no story to remake
_Task = tuple[int | None, list[int]]
_SUM_STATE: list[Any] = []
SUMMARY_CHUNKS_PER_WORKER = 4


def _run_tasks(tasks: list[_Task]) -> list[tuple[str, int, Any]]:
    """Make the summaries of ``tasks`` and keep them in the memo; (kind, index, value) each."""
    articles, stories, a_keys, s_keys, by_id, config = _SUM_STATE[:6]
    disk = _summary_memo(config)
    out: list[tuple[str, int, Any]] = []
    for si, ais in tasks:
        prepared: dict[int, _Prepared] = {}  # per task: a story's articles are prepared once
        for i in ais:
            value = (summarise_article(articles[i], config, prepared), headline(articles[i]))
            disk.put(a_keys[i], value)
            out.append(("article", i, value))
        if si is not None:
            value = summarise_story(stories[si], by_id, config, prepared)
            disk.put(s_keys[si], value)
            out.append(("story", si, value))
    return out


def _run_chunk(bounds: tuple[int, int]) -> list[tuple[str, int, Any]]:
    return _run_tasks(_SUM_STATE[-1][bounds[0]:bounds[1]])


def _make_missing(articles: list[Article], stories: list[Story], todo_a: list[int], todo_s: list[int],
                  a_keys: list[str], s_keys: list[str], by_id: dict[str, Article], config: Config
                  ) -> list[tuple[str, int, Any]]:
    """The summaries the memo lacks, grouped by story (an article with the first story to remake
    that holds it), on all cores when there are many: a cold build of 10,000 articles spent a
    minute and a half here on one core. Workers are forked (the records shared, not sent) and
    each makes a run of consecutive tasks, then exits."""
    import gc
    import multiprocessing as mp
    import os

    pos = {a.id: i for i, a in enumerate(articles)}
    left = set(todo_a)
    tasks: list[_Task] = []
    for si in todo_s:
        mine = [pos[x] for x in stories[si].article_ids if pos.get(x) in left]
        left.difference_update(mine)
        tasks.append((si, mine))
    rest = sorted(left)
    tasks.extend((None, rest[i:i + 8]) for i in range(0, len(rest), 8))
    state = [articles, stories, a_keys, s_keys, by_id, config]
    workers = min(os.cpu_count() or 1, 8)
    n = len(todo_a) + len(todo_s)
    if workers < 2 or n < 60 or "fork" not in mp.get_all_start_methods():
        _SUM_STATE[:] = state
        try:
            return _run_tasks(tasks)
        finally:
            _SUM_STATE.clear()
    # chunks of about equal work (articles summarised, stories counted as their articles)
    weight = [len(ais) + (len(stories[si].article_ids) if si is not None else 0) for si, ais in tasks]
    per = max(1, -(-sum(weight) // (workers * SUMMARY_CHUNKS_PER_WORKER)))
    chunks: list[tuple[int, int]] = []
    lo, acc = 0, 0
    for k, w in enumerate(weight):
        acc += w
        if acc >= per:
            chunks.append((lo, k + 1))
            lo, acc = k + 1, 0
    if lo < len(tasks):
        chunks.append((lo, len(tasks)))
    _SUM_STATE[:] = [*state, tasks]
    gc.collect()
    gc.freeze()  # the workers' collections must not copy the parent's records
    try:
        with mp.get_context("fork").Pool(processes=workers, maxtasksperchild=1) as pool:
            return [x for part in pool.map(_run_chunk, chunks, chunksize=1) for x in part]
    finally:
        _SUM_STATE.clear()
        gc.unfreeze()


def summary_problems(articles: list[Article], stories: list[Story]) -> list[Problem]:
    """Warnings for summaries whose translation failed (the build reports them; --strict fails)."""
    out: list[Problem] = []
    for a in articles:
        if a.summary.en_failed:
            out.append(Problem(a.raw.source_file, f"English translation failed, facts briefing used: "
                               f"{a.summary.en_error}", "warning"))
    for s in stories:
        if s.summary.en_failed:
            out.append(Problem(f"story {s.id}", f"English translation failed, facts briefing used: "
                               f"{s.summary.en_error}", "warning"))
    return out
