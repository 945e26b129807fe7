"""Publish with mkdocs: staging folder beside site/, real mkdocs build, atomic swap.

Why a staging folder on the same filesystem: ``os.replace`` of a directory is atomic only
within one filesystem, so the old site stays whole until the new one is complete. Any failure
(rendering, mkdocs config, mkdocs build) removes the staging folder and leaves site/ untouched.

The mkdocs.yml is generated from data (``mkdocs_config``) and written with ``yaml.safe_dump``:
Material theme (RTL for Arabic), mkdocs-static-i18n with the suffix structure (bare ``ar``/``en``
codes, DESIGN §3), a short explicit nav (never every article: the build would be quadratic),
no Google Fonts and no CDN.
"""
from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from ..config import Config

log = logging.getLogger(__name__)


class PublishError(Exception):
    """mkdocs (or filling the docs folder) failed; the previous site is left as it was."""

    def __init__(self, message: str, log_text: str = "") -> None:
        super().__init__(message)
        self.log_text = log_text


def mkdocs_config(config: Config, docs_dir: Path, site_dir: Path) -> dict[str, Any]:
    """The mkdocs configuration as data (tests may patch this to break the build on purpose)."""
    return {
        "site_name": config.title_ar,
        "site_url": config.base_url or None,
        "docs_dir": str(docs_dir),
        "site_dir": str(site_dir),
        "use_directory_urls": False,  # pages work from file:// and relative links stay simple
        "strict": False,
        "theme": {
            "name": "material",
            "language": "ar",
            "font": False,  # no Google Fonts: the Arabic font ships in assets/fonts
            "features": ["navigation.tabs"],
            "palette": {"primary": "indigo", "accent": "indigo"},
        },
        "extra_css": ["assets/css/briefing.css"],
        "hooks": [str(Path(__file__).with_name("mkdocs_hooks.py"))],
        # compiled theme templates (mkdocs_hooks.on_env); nothing in the theme reads this key
        "extra": {"briefing_template_cache": str(config.cache_path / "mkdocs-templates")},
        "markdown_extensions": ["toc", "tables"],
        "nav": [
            {"Home": "index.md"},
            {"Stories": "stories/index.md"},
            {"Articles": "articles/index.md"},
            {"Digests": "digests/index.md"},
            {"Search": "search.md"},
            {"Data": "data.md"},
        ],
        # Material's lunr search does no Arabic normalisation (hamza forms, ال, clitics) and does not
        # work from file://; the project's own search page (generator/search.py) does both.
        "plugins": [
            {"i18n": {
                "docs_structure": "suffix",
                "fallback_to_default": True,
                "reconfigure_material": True,
                "reconfigure_search": False,
                "languages": [
                    {"locale": "ar", "name": "العربية", "default": True, "build": True,
                     "site_name": config.title_ar,
                     "theme": {"language": "ar"},
                     "nav_translations": {"Home": "الرئيسية", "Stories": "القصص", "Articles": "المقالات",
                                          "Digests": "الموجزات", "Search": "البحث", "Data": "البيانات"}},
                    {"locale": "en", "name": "English", "build": True, "site_name": config.title_en,
                     "theme": {"language": "en"}},
                ],
            }},
        ],
    }


class _Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(f"{record.levelname}: {record.getMessage()}")


def run_mkdocs(config_file: Path) -> str:
    """Run the real mkdocs build in-process; returns its log. Raises PublishError on failure."""
    from mkdocs import exceptions as mk_exc
    from mkdocs.commands.build import build as mk_build
    from mkdocs.config import load_config as mk_load_config

    cap = _Capture()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(cap)
    old_level, old_propagate = logger.level, logger.propagate
    logger.setLevel(logging.INFO)
    logger.propagate = False  # mkdocs' INFO chatter goes to the captured log, not the user's terminal
    try:
        cfg = mk_load_config(config_file=str(config_file))
        cfg.plugins.on_startup(command="build", dirty=False)
        try:
            mk_build(cfg)
        finally:
            cfg.plugins.on_shutdown()
    except (mk_exc.MkDocsException, mk_exc.Abort, OSError, ValueError, KeyError, TypeError) as e:
        raise PublishError(f"mkdocs build failed: {e}", "\n".join(cap.lines)) from e
    finally:
        logger.removeHandler(cap)
        logger.setLevel(old_level)
        logger.propagate = old_propagate
    return "\n".join(cap.lines)


# Pages per mkdocs run. mkdocs keeps every page of a run (source, content, output) until the run
# ends: ~90 KB a page with our theme, 2.8 GB for the 30,000 pages of 10,000 articles. A larger site
# is built in runs of at most this many pages and the outputs put together (same bytes as one run).
MKDOCS_CHUNK_PAGES = 2500
MKDOCS_PARALLEL_FROM = 1500  # pages: from this many on, the runs share the cores (one run a core)


def _mkdocs_part(cfg_file: Path) -> str:
    return run_mkdocs(cfg_file)


def run_mkdocs_in_parts(cfg_file: Path, docs: Path, out: Path, always: set[str],
                        chunk_pages: int | None = None, workers: int | None = None) -> str:
    """Build ``docs`` into ``out`` with mkdocs, in runs of at most ``chunk_pages`` pages, on all
    cores (``workers``, forked, one run each) when there are enough pages; returns the log.

    Each run gets its share of the pages (both languages of a page together: the i18n plugin must
    not invent a fallback twin), the pages every run needs (``always``: the nav pages, which link to
    each other; and the last page in mkdocs' order, whose language links the i18n plugin gives
    404.html), and the first run the static files; each in a docs and a site folder of its own
    (the sources hard-linked), with the same configuration otherwise. ``incremental.Parts`` puts
    the outputs together, in order (tests/test_incremental.py: in parts = one run, byte for byte).
    Why on all cores: mkdocs was the longest step of the build run on one core (~70 CPU s at
    10,000 articles); a run per core, each a fresh fork, keeps its memory to one part's.
    """
    import gc
    import multiprocessing as mp

    from .. import incremental

    files = sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*") if p.is_file())
    pages: dict[str, list[str]] = {}
    static: list[str] = []
    for f in files:
        pk = incremental.page_of(f)
        if pk is None:
            static.append(f)
        else:
            pages.setdefault(pk[0], []).append(f)
    n_pages = sum(len(v) for v in pages.values())
    workers = workers or min(os.cpu_count() or 1, 2)
    if "fork" not in mp.get_all_start_methods() or n_pages < MKDOCS_PARALLEL_FROM:
        workers = 1
    chunk = chunk_pages or MKDOCS_CHUNK_PAGES
    if workers > 1:  # at least a part per worker
        chunk = min(chunk, -(-n_pages // workers) + len(always) * 2 + 2)
    if n_pages <= chunk:
        return run_mkdocs(cfg_file)
    keys = sorted(pages, key=lambda k: incremental._order_key(k + ".html"))
    fixed = list(dict.fromkeys([k for k in keys if k in always] + keys[-1:]))
    share = max(2, chunk - sum(len(pages[k]) for k in fixed))
    groups: list[list[str]] = [[]]
    n = 0
    for k in keys:
        if k in fixed:
            continue
        if n and n + len(pages[k]) > share:
            groups.append([])
            n = 0
        groups[-1].append(k)
        n += len(pages[k])
    base_conf = yaml.safe_load(cfg_file.read_text(encoding="utf-8"))
    root = out.with_name(out.name + ".runs")
    parts = incremental.Parts(out.with_name(out.name + ".parts"))

    def prepare(j: int) -> Path:
        """Part ``j``'s docs folder (hard links to the sources) and configuration file."""
        part_docs, part_site = root / f"{j}" / "docs", root / f"{j}" / "site"
        for f in (static if j == 0 else []) + [f for k in fixed + groups[j] for f in pages[k]]:
            (part_docs / f).parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(docs / f, part_docs / f)
            except OSError:
                shutil.copy2(docs / f, part_docs / f)
        conf = dict(base_conf, docs_dir=str(part_docs), site_dir=str(part_site))
        part_cfg = root / f"{j}" / "mkdocs.yml"
        part_cfg.write_text(yaml.safe_dump(conf, allow_unicode=True, sort_keys=False), encoding="utf-8")
        return part_cfg

    def take(j: int) -> None:
        parts.add(root / f"{j}" / "site")
        shutil.rmtree(root / f"{j}", ignore_errors=True)

    logs: list[str] = []
    try:
        if workers == 1:
            for j in range(len(groups)):
                logs.append(run_mkdocs(prepare(j)))
                take(j)
        else:
            cfgs = [prepare(j) for j in range(len(groups))]
            gc.collect()
            gc.freeze()  # the runs' collections must not copy the build's objects
            try:
                with mp.get_context("fork").Pool(processes=min(workers, len(groups)), maxtasksperchild=1) as pool:
                    for j, log_text in enumerate(pool.imap(_mkdocs_part, cfgs, chunksize=1)):
                        logs.append(log_text)
                        take(j)
            finally:
                gc.unfreeze()
        parts.finish()
        shutil.rmtree(out, ignore_errors=True)
        os.replace(parts.final, out)
    finally:
        shutil.rmtree(root, ignore_errors=True)
        shutil.rmtree(parts.final, ignore_errors=True)
    return "\n".join(logs)


def _swap(new_site: Path, target: Path) -> None:
    """Put ``new_site`` at ``target``: old aside, new in, old deleted (renames on one filesystem)."""
    old = target.with_name(f"{target.name}.old-{os.getpid()}")
    if target.exists():
        os.replace(target, old)
    try:
        os.replace(new_site, target)
    except OSError:
        if old.exists():
            os.replace(old, target)
        raise
    if old.exists():
        shutil.rmtree(old, ignore_errors=True)


def _release_free_memory() -> None:
    """Hand the memory the site's records left free back to the system (glibc keeps freed blocks
    for reuse; the mkdocs runs forked next would otherwise start from, and copy, that heap)."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: nothing to do
        pass


def publish_site(fill_docs: Callable[[Path, Any], int], config: Config, *, full: bool = True) -> int:
    """Fill a staging docs folder, build it with mkdocs, swap it in; returns HTML pages written.

    ``full=False`` lets ``generator.incremental`` build only the pages whose sources changed
    since the last build (same bytes as a full build); a config change falls back to full.
    ``fill_docs(docs, sink)`` writes the docs folder; ``sink`` (a ``render.PageSink``) lets it
    leave out pages whose inputs did not change since the last build.
    ``BRIEFING_KEEP_DOCS=folder`` keeps the docs folder there (benchmarks time mkdocs alone; a
    full build, so that it is complete).
    """
    import time

    from .. import incremental
    from ..render import PageSink

    t0 = time.perf_counter()
    target = config.site_path
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.with_name(f"{target.name}.staging-{os.getpid()}")
    if staging.exists():
        shutil.rmtree(staging)
    try:
        docs = staging / "docs"
        out = staging / "site"
        docs.mkdir(parents=True)
        conf = mkdocs_config(config, docs, out)
        cfg_text = yaml.safe_dump(conf, allow_unicode=True, sort_keys=False)
        fp = incremental.fingerprint(cfg_text, docs, out)
        sink = PageSink({} if full else incremental.previous_pages(config, fp),
                        workers=min(os.cpu_count() or 1, 8))
        fill_docs(docs, sink)
        import gc

        gc.collect()  # what only the pages needed goes before mkdocs starts
        _release_free_memory()
        keep = os.environ.get("BRIEFING_KEEP_DOCS")
        if keep:
            shutil.rmtree(keep, ignore_errors=True)
            shutil.copytree(docs, keep)
        t1 = time.perf_counter()
        plan, sources = incremental.plan(docs, config, fp, incremental.nav_keys(conf), full=full,
                                         reused=sink.reused, materialise=sink.materialise)
        t2 = time.perf_counter()
        cfg_file = staging / "mkdocs.yml"
        cfg_file.write_text(cfg_text, encoding="utf-8")
        mk_log = run_mkdocs_in_parts(cfg_file, docs, out, incremental.nav_keys(conf))
        t3 = time.perf_counter()
        for line in mk_log.splitlines():
            if line.startswith(("WARNING", "ERROR")):
                log.warning("mkdocs: %s", line)
        if plan is not None:
            final = staging / "assembled"
            incremental.assemble(plan, out, target, final)
            out = final
        pages = sum(1 for _ in out.rglob("*.html"))
        incremental.forget(config)  # the manifest describes the site being replaced
        _swap(out, target)
        incremental.record(config, fp, sources, target, inputs=sink.fingerprints)
        incremental.last_stats.update(fill_ms=int(1000 * (t1 - t0)), plan_ms=int(1000 * (t2 - t1)),
                                      mkdocs_ms=int(1000 * (t3 - t2)),
                                      assemble_ms=int(1000 * (time.perf_counter() - t3)))
        return pages
    finally:
        shutil.rmtree(staging, ignore_errors=True)
