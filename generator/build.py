"""The build, stage by stage. Read this first.

    read -> analyse -> cluster -> summarise -> render -> publish

All data is gathered before anything is written (pelican's "context, then output"). The site
is built in a staging folder beside ``site/`` and swapped in only when mkdocs succeeded, so a
failed or interrupted build leaves the previous site whole. ``content/`` is only ever read.
"""
from __future__ import annotations

import hashlib
import multiprocessing as mp
import os
import pickle
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache
from pathlib import Path

from . import __version__
from .config import Config, build_time
from .models import Article, BuildReport, Problem, RawArticle, Site, Story
from .nlp.analyse import analyse, load_gazetteer
from .nlp.entities import Gazetteer
from .publish.docs import write_docs
from .publish.mkdocs import PublishError, publish_site
from .readers import read_content
from .stories import build_stories
from .summarise import summarise_all, summary_problems


class BuildFailed(Exception):
    """Raised when the build cannot produce a site at all (e.g. mkdocs failed)."""


def _progress(label: str, done: int, total: int, stream=sys.stderr) -> None:
    """A one-line progress counter on long runs (only on a terminal, so logs stay clean)."""
    if total >= 50 and stream.isatty() and (done == total or done % 25 == 0):
        stream.write(f"\r{label}: {done}/{total}")
        if done == total:
            stream.write("\n")
        stream.flush()


# ----------------------------------------------------------------------------- analysis (cached, parallel)

# what analysis is made from (globs under generator/); tests/test_memo.py checks it against the imports
ANALYSIS_CODE = ("nlp/*.py", "data/**/*", "models.py", "outlets.py", "when.py")


@lru_cache(maxsize=1)
def code_version() -> str:
    """Fingerprint of everything analysis depends on: the nlp code, the data files, the models.

    A change to any of them invalidates the analysis cache, so a cached Article is never stale.
    """
    h = hashlib.sha256(__version__.encode())
    pkg = Path(__file__).parent
    files = sorted({f for pattern in ANALYSIS_CODE for f in pkg.glob(pattern)})
    for f in files:
        if f.is_file():
            h.update(f.relative_to(pkg).as_posix().encode())
            h.update(f.read_bytes())
    return h.hexdigest()[:16]


def _cache_key(raw: RawArticle, gazetteer_fp: str) -> str:
    h = hashlib.sha256()
    h.update(code_version().encode())
    h.update(gazetteer_fp.encode())
    h.update(pickle.dumps(raw, protocol=4))
    return h.hexdigest()


_WORKER_GAZ: Gazetteer | None = None


def _worker_init(user_gazetteers: list[Path]) -> None:
    global _WORKER_GAZ
    _WORKER_GAZ = load_gazetteer(user_gazetteers)


def _store(f: Path, data: bytes) -> None:
    """One analysis cache entry (written whole, then renamed into place)."""
    try:
        f.parent.mkdir(parents=True, exist_ok=True)
        tmp = f.with_suffix(f".tmp{os.getpid()}")
        tmp.write_bytes(data)
        tmp.replace(f)
    except OSError:  # a read-only or full disk only costs speed
        pass


def _worker_analyse(job: tuple[RawArticle, Path]) -> bytes:
    """Analyse one article, keep it in the cache, and hand it back pickled: pickling a record
    gives each of its objects a ``__dict__`` (Python 3.11 keeps attributes inline until asked),
    ~20 KB per article that should stay in the worker, not in the build's process."""
    assert _WORKER_GAZ is not None
    data = pickle.dumps(_share_strings(analyse(job[0], _WORKER_GAZ), {}), protocol=4)
    _store(job[1], data)
    return data


SHARE_ACROSS_FROM = 2000  # articles: from this many on, equal strings are shared across articles


@lru_cache(maxsize=None)
def _field_names(cls: type) -> tuple[str, ...]:
    import dataclasses

    return tuple(f.name for f in dataclasses.fields(cls))


def _share_strings(obj: object, pool: dict[str, str]) -> object:
    """``obj`` with every string replaced by the pool's equal one (the pool learns new ones).

    Why: an analysed article holds the same strings many times over (each mention of a name, the
    fact types, outlet ids, clause texts that are also quotes), and pickles made one article at a
    time cannot share them across articles: three quarters of the string memory of a 10,000-article
    build were duplicates. The records are frozen and their values do not change (``digest`` and
    every output see equal strings), so the swap goes through ``object.__setattr__``, on records
    fresh from the worker or the cache that nothing else holds yet. (Written for speed: it visits
    every field of every record, ~0.5 s per thousand articles.)
    """
    share = pool.setdefault
    stack = [obj]
    while stack:
        rec = stack.pop()
        for k in _field_names(type(rec)):  # not rec.__dict__: asking for it creates it (3.11)
            v = getattr(rec, k)
            t = type(v)
            if t is str or (t is int and v > 256):  # (ints up to 256 are shared by Python already)
                nv = share(v, v)
                if nv is not v:
                    object.__setattr__(rec, k, nv)
            elif t is tuple:
                if v and type(v[0]) is str:
                    object.__setattr__(rec, k, tuple([share(x, x) if type(x) is str else x for x in v]))
                else:
                    for x in v:
                        if hasattr(x, "__dataclass_fields__"):
                            stack.append(x)
                        elif type(x) is dict:
                            x.update({kk: share(vv, vv) for kk, vv in x.items() if type(vv) is str})
            elif hasattr(t, "__dataclass_fields__"):
                stack.append(v)
    return obj


def analyse_articles(raws: list[RawArticle], config: Config, report: BuildReport | None = None) -> list[Article]:
    """Analyse every article, reusing cached results (keyed by content and code version).

    Misses are analysed in worker processes when there are enough of them to pay for the start-up.
    """
    user_gaz = config.user_gazetteers
    gaz_fp = hashlib.sha256(b"".join(p.read_bytes() for p in user_gaz if p.is_file())).hexdigest()[:16]
    cache_dir = config.cache_path / "analysis"
    out: list[Article | None] = [None] * len(raws)
    keys = [_cache_key(r, gaz_fp) for r in raws]
    todo: list[int] = []
    # strings shared across articles (``_share_strings``; inside one article they are shared in the
    # worker and stay so in the cache): ~1 s per thousand articles, worth it where memory is tight
    across = len(raws) >= SHARE_ACROSS_FROM
    pool: dict[str, str] = {}

    def shared(art: Article) -> Article:
        return _share_strings(art, pool) if across else art  # type: ignore[return-value]

    for i, key in enumerate(keys):
        f = cache_dir / key[:2] / f"{key}.pickle"
        if f.is_file():
            try:
                out[i] = shared(pickle.loads(f.read_bytes()))
                continue
            except Exception:  # a damaged cache entry is just a miss
                pass
        todo.append(i)
    if report is not None:
        report.cache_hits = len(raws) - len(todo)
        report.analysed = len(todo)
    workers = min(os.cpu_count() or 1, 8)
    if len(todo) >= 40 and workers > 1:
        ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else None
        with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_worker_init,
                                 initargs=(user_gaz,)) as workers_pool:
            jobs = [(raws[i], cache_dir / keys[i][:2] / f"{keys[i]}.pickle") for i in todo]
            for n, (i, data) in enumerate(zip(todo, workers_pool.map(_worker_analyse, jobs, chunksize=16)), 1):
                out[i] = shared(pickle.loads(data))
                _progress("analysing", n, len(todo))
    else:
        gazetteer = load_gazetteer(user_gaz)
        for n, i in enumerate(todo, 1):
            art = _share_strings(analyse(raws[i], gazetteer), {})
            _store(cache_dir / keys[i][:2] / f"{keys[i]}.pickle", pickle.dumps(art, protocol=4))
            out[i] = shared(art)  # type: ignore[arg-type]
            _progress("analysing", n, len(todo))
    return [a for a in out if a is not None]


def collect(config: Config, report: BuildReport | None = None) -> Site:
    """Stages 1-4: read, analyse, cluster, summarise. Everything the outputs need, nothing written.

    The site, the digest and the archive all start from this one ``Site``.
    """
    report = report if report is not None else BuildReport()
    t0 = time.perf_counter()

    def stage(name: str, t: float) -> float:
        now = time.perf_counter()
        report.stage_seconds[name] = round(now - t, 3)
        return now

    # 1. read: every content file becomes a RawArticle or a Problem naming the file
    raws, problems = read_content(config.content_path, config)
    report.problems.extend(problems)
    report.articles_read = len(raws)
    report.articles_skipped = sum(1 for p in problems if p.severity == "error")
    t = stage("read", t0)

    # 2. analyse: sentences and facts (dates, numbers, entities, attributions, events)
    articles = analyse_articles(raws, config, report)
    # each article holds its own RawArticle (from the worker or the cache): the ones read are
    # copies from here on (10,000 articles: ~100 MB of bodies held twice through the later stages)
    del raws
    report.problems.extend(Problem(a.raw.source_file, msg, "warning") for a in articles for msg in a.problems)
    t = stage("analyse", t)

    # 3. cluster: articles from different outlets about the same event become stories
    stories: list[Story] = build_stories(articles, config)
    report.stories = len(stories)
    t = stage("cluster", t)

    # 4. summarise: Arabic extractive summary, English briefing from the facts
    articles, stories = summarise_all(articles, stories, config)
    report.problems.extend(summary_problems(articles, stories))  # failed translations (--strict fails)
    stage("summarise", t)

    return Site(articles=tuple(articles), stories=tuple(stories),
                generated=build_time().isoformat(), problems=tuple(report.problems))


def build(config: Config, *, full: bool = False) -> BuildReport:
    """Build the site described by ``config``; returns the report (problems included).

    Publishing is incremental (only changed pages go through mkdocs, see ``incremental``) unless
    ``full`` is set or the mkdocs configuration changed; both give the same bytes.
    """
    t0 = time.perf_counter()
    report = BuildReport()
    held = [collect(config, report)]
    t = time.perf_counter()

    def fill_docs(docs_dir: Path, sink: object) -> int:
        # the build's last reference to the site goes with this call: mkdocs, which runs next,
        # reuses the memory of the records instead of adding to it (10,000 articles: ~1.5 GB)
        site = held.pop()
        return write_docs(site, docs_dir, config, sink)

    # 5. render + publish: pages into a staging docs folder, mkdocs into a staging site, swap
    try:
        report.pages_written = publish_site(fill_docs, config, full=full)
    except PublishError as e:
        raise BuildFailed(str(e)) from e
    report.stage_seconds["render+publish"] = round(time.perf_counter() - t, 3)
    report.seconds = time.perf_counter() - t0
    return report
