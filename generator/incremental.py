"""Incremental publishing around mkdocs (which has no incremental build of its own).

Why this is sound: every page is one Markdown source rendered from data; an article or story page
does not depend on any other page (the nav lists only the four fixed pages: home, stories,
articles, data), so a page whose source and mkdocs configuration did not change renders to the
same bytes. A build therefore:

1. renders the sources and hashes them; the manifest of the previous build (in
   ``config.cache_path``) says which sources changed, which are new and which are gone. Article
   and story pages whose inputs (their record, the records they show cards of, templates, code,
   configuration: ``render.page_fingerprint``) are unchanged are not even rendered: the manifest
   keeps each page's input fingerprint and source hash (``previous_pages``);
2. if the mkdocs fingerprint (config, hooks, theme/plugin versions) is unchanged and the previous
   site is still there as recorded, moves the unchanged sources out of the docs folder, so mkdocs
   builds only the changed/new pages (both languages of each: the i18n plugin must not invent a
   fallback twin), the four nav pages and the changed static files;
3. assembles the new site in the staging folder: the previous site's files (hard links, never
   written to), the fresh output moved over them, the outputs of deleted sources removed, and the
   two whole-site files merged page by page in mkdocs' own order: ``search/search_index.json`` and
   ``sitemap.xml`` (+ ``.gz``, written the way mkdocs writes it).

The ``<p class="updated">`` stamp on each page is left out of the hash: a page whose only change
is the build time keeps its previous output (its stamp then says when it last really changed, as
its sitemap ``lastmod`` does). With ``SOURCE_DATE_EPOCH`` fixed, a full build and an incremental
build give identical trees (tests/test_incremental.py).
"""
from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path, PurePosixPath

from . import __version__
from .config import Config

FORMAT = "2"
# What the last plan() decided (for benchmarks and logs): pages in the site, pages given to mkdocs.
last_stats: dict[str, int] = {}
MANIFEST = "site-manifest.json"
LANGS = ("ar", "en")  # the i18n plugin builds the default language (ar) first, then en/
_VOLATILE = re.compile(rb'<p class="updated">.*?</p>', re.DOTALL)
_URL_BLOCK = re.compile(r"[ \t]*<url>.*?</url>\n?", re.DOTALL)
_LOC = re.compile(r"<loc>(.*?)</loc>")


# --------------------------------------------------------------------------- hashing


def source_hash(data: bytes) -> str:
    """Hash of a docs file, with the build-time stamp of pages left out."""
    return hashlib.sha256(_VOLATILE.sub(b"", data)).hexdigest()


def hash_docs(docs: Path) -> dict[str, str]:
    """Every file of the docs folder -> its hash (sorted, posix paths)."""
    out: dict[str, str] = {}
    for p in sorted(docs.rglob("*")):
        if p.is_file():
            out[p.relative_to(docs).as_posix()] = source_hash(p.read_bytes())
    return out


def fingerprint(mkdocs_yml: str, docs: Path, out: Path) -> str:
    """What mkdocs' output depends on besides the sources: its config (staging paths masked), the
    hooks file, and the versions of mkdocs, the theme, the i18n plugin and this generator."""
    h = hashlib.sha256(FORMAT.encode())
    h.update(mkdocs_yml.replace(str(docs), "<docs>").replace(str(out), "<site>").encode())
    for dist in ("mkdocs", "mkdocs-material", "mkdocs-static-i18n"):
        try:
            h.update(f"{dist}={metadata.version(dist)}".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{dist}=none".encode())
    h.update(__version__.encode())
    hooks = Path(__file__).parent / "publish" / "mkdocs_hooks.py"
    h.update(hooks.read_bytes() if hooks.is_file() else b"")
    return h.hexdigest()


# --------------------------------------------------------------------------- sources -> outputs


def page_of(src: str) -> tuple[str, str] | None:
    """``articles/x.ar.md`` -> (``articles/x``, ``ar``); None for a static file."""
    for lang in LANGS:
        suffix = f".{lang}.md"
        if src.endswith(suffix):
            return src[: -len(suffix)], lang
    return None


def output_of(src: str) -> str:
    """Site path of a docs file (``use_directory_urls: false``, English under en/)."""
    page = page_of(src)
    if page is None:
        return src
    key, lang = page
    return f"{key}.html" if lang == LANGS[0] else f"{lang}/{key}.html"


def _order_key(out_path: str) -> tuple:
    """mkdocs' file order (``file_sort_key``: files before folders, by name), language by language."""
    lang = 1 if out_path.startswith("en/") else 0
    rel = out_path[3:] if lang else out_path
    parts = PurePosixPath(rel).parts
    return (lang, parts[:-1], True, parts[-1])


# --------------------------------------------------------------------------- manifest


@dataclass
class Manifest:
    fingerprint: str = ""
    site: str = ""
    sources: dict[str, str] = field(default_factory=dict)  # docs path -> hash
    outputs: dict[str, int] = field(default_factory=dict)  # site path -> size (sanity check)
    inputs: dict[str, str] = field(default_factory=dict)  # docs path -> fingerprint of what it is made from

    @classmethod
    def load(cls, config: Config) -> Manifest | None:
        f = config.cache_path / MANIFEST
        try:
            d = json.loads(f.read_text(encoding="utf-8"))
            if d.get("format") != FORMAT:
                return None
            return cls(d["fingerprint"], d["site"], dict(d["sources"]), dict(d["outputs"]), dict(d["inputs"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def save(self, config: Config) -> None:
        f = config.cache_path / MANIFEST
        try:
            f.parent.mkdir(parents=True, exist_ok=True)
            tmp = f.with_suffix(f".tmp{os.getpid()}")
            tmp.write_text(json.dumps({"format": FORMAT, "fingerprint": self.fingerprint, "site": self.site,
                                       "sources": self.sources, "outputs": self.outputs, "inputs": self.inputs},
                                      sort_keys=True),
                           encoding="utf-8")
            tmp.replace(f)
        except OSError:  # no cache only costs speed next time
            pass


def forget(config: Config) -> None:
    """Drop the manifest (the next build is a full one)."""
    try:
        (config.cache_path / MANIFEST).unlink()
    except OSError:
        pass


def _site_matches(manifest: Manifest, site: Path) -> bool:
    """The previous site is still the one the manifest describes (cheap: stat, no reading)."""
    if manifest.site != str(site) or not site.is_dir():
        return False
    for rel, size in manifest.outputs.items():
        try:
            if (site / rel).stat().st_size != size:
                return False
        except OSError:
            return False
    return True


# --------------------------------------------------------------------------- plan and assemble


@dataclass
class Plan:
    """What a partial build rebuilds, and what it takes from the previous site."""

    sources: dict[str, str]  # all current sources -> hash
    rebuilt: list[str]  # docs paths given to mkdocs
    removed: list[str]  # previous docs paths that are gone

    @property
    def pages_rebuilt(self) -> int:
        return sum(1 for s in self.rebuilt if page_of(s) is not None)


def nav_keys(mkdocs_conf: dict) -> set[str]:
    """Page keys of the nav entries (``stories/index.md`` -> ``stories/index``): always rebuilt, as
    the nav pages carry previous/next links to each other and list other pages."""
    keys: set[str] = set()
    for item in mkdocs_conf.get("nav") or []:
        for v in (item.values() if isinstance(item, dict) else [item]):
            if isinstance(v, str) and v.endswith(".md"):
                keys.add(v[: -len(".md")])
    return keys


def previous_pages(config: Config, fp: str) -> dict[str, tuple[str, str]]:
    """docs path -> (input fingerprint, source hash) of the last build, when its site can be reused
    (same mkdocs fingerprint, site still as recorded); empty otherwise. The renderer skips pages
    whose inputs did not change (``render.PageSink``)."""
    prev = Manifest.load(config)
    if prev is None or prev.fingerprint != fp or not _site_matches(prev, config.site_path):
        return {}
    return {s: (f, prev.sources[s]) for s, f in prev.inputs.items() if s in prev.sources}


def plan(docs: Path, config: Config, fp: str, always: set[str], full: bool = False,
         reused: dict[str, str] | None = None, materialise: Callable[[list[str]], None] | None = None
         ) -> tuple[Plan | None, dict[str, str]]:
    """Decide the partial build and prune ``docs`` to it; None (and docs complete) = full build.

    ``always``: page keys rebuilt in any case (the nav pages). ``reused``: sources the renderer
    did not write because their inputs are unchanged (path -> hash from the last manifest);
    ``materialise`` writes some of them after all, when mkdocs has to rebuild them."""
    reused = dict(reused or {})
    sources = hash_docs(docs)
    prev = None if full else Manifest.load(config)
    if prev is None or prev.fingerprint != fp or not _site_matches(prev, config.site_path):
        if reused and materialise is not None:  # nothing to reuse after all: every page is needed
            materialise(sorted(reused))
            sources = hash_docs(docs)
        reused = {}
    sources.update(reused)
    sources = dict(sorted(sources.items()))
    n_pages = sum(1 for s in sources if page_of(s) is not None)
    last_stats.clear()
    last_stats.update(pages_total=n_pages, pages_rebuilt=n_pages, pages_rendered=n_pages - len(reused))
    if prev is None or prev.fingerprint != fp or not _site_matches(prev, config.site_path):
        return None, sources
    changed = {s for s, h in sources.items() if prev.sources.get(s) != h}
    all_keys = sorted({page_of(s)[0] for s in sources if page_of(s) is not None}, key=lambda k: _order_key(k + ".html"))
    # mkdocs-static-i18n renders 404.html with the language links of the LAST page built: keep that page
    last = set(all_keys[-1:])
    keys = {page_of(s)[0] for s in changed if page_of(s) is not None} | always | last
    rebuilt = sorted(s for s in sources
                     if s in changed or (page_of(s) is not None and page_of(s)[0] in keys))
    keep = set(rebuilt)
    if materialise is not None:
        materialise([s for s in rebuilt if s in reused])
    last_stats["pages_rendered"] = n_pages - sum(1 for s in reused if s not in keep and page_of(s) is not None)
    for s in sources:
        if s not in keep:
            (docs / s).unlink(missing_ok=True)
    removed = sorted(s for s in prev.sources if s not in sources)
    last_stats["pages_rebuilt"] = sum(1 for s in rebuilt if page_of(s) is not None)
    return Plan(sources=sources, rebuilt=rebuilt, removed=removed), sources


def _link_tree(src: Path, dst: Path) -> None:
    """Copy ``src`` to ``dst`` as hard links (files are only ever replaced, never written to)."""
    for dirpath, _dirs, files in os.walk(src):
        rel = Path(dirpath).relative_to(src)
        (dst / rel).mkdir(parents=True, exist_ok=True)
        for name in files:
            a, b = Path(dirpath) / name, dst / rel / name
            try:
                os.link(a, b)
            except OSError:
                shutil.copy2(a, b)


def _merge_search(prev_file: Path, fresh_file: Path, rebuilt_pages: set[str], removed_pages: set[str]) -> bytes:
    prev = json.loads(prev_file.read_text(encoding="utf-8"))
    fresh = json.loads(fresh_file.read_text(encoding="utf-8"))
    groups: dict[str, list] = {}
    for doc in prev.get("docs", []):
        page = doc["location"].split("#")[0]
        if page not in rebuilt_pages and page not in removed_pages:
            groups.setdefault(page, []).append(doc)
    for doc in fresh.get("docs", []):
        groups.setdefault(doc["location"].split("#")[0], []).append(doc)
    docs = [d for page in sorted(groups, key=_order_key) for d in groups[page]]
    data = dict(fresh)
    data["docs"] = docs
    return json.dumps(data, separators=(",", ":")).encode("utf-8")  # as Material writes it


def _merge_sitemap(prev_text: str, fresh_text: str, rebuilt_pages: set[str], removed_pages: set[str]) -> str:
    fresh_blocks = _URL_BLOCK.findall(fresh_text)
    # the loc prefix (site_url): the shortest loc of the data page (always rebuilt) minus its path
    data_locs = sorted((_LOC.search(b).group(1) for b in fresh_blocks
                        if _LOC.search(b).group(1).endswith("data.html")), key=len)
    prefix = data_locs[0][: -len("data.html")] if data_locs else ""
    blocks: dict[str, str] = {}
    for b in _URL_BLOCK.findall(prev_text):
        page = _LOC.search(b).group(1)[len(prefix):]
        if page not in rebuilt_pages and page not in removed_pages:
            blocks[page] = b
    for b in fresh_blocks:
        blocks[_LOC.search(b).group(1)[len(prefix):]] = b
    first = _URL_BLOCK.search(fresh_text)
    head = fresh_text[: first.start()] if first else fresh_text
    tail = fresh_text[[m for m in _URL_BLOCK.finditer(fresh_text)][-1].end():] if first else ""
    return head + "".join(blocks[p] for p in sorted(blocks, key=_order_key)) + tail


def assemble(p: Plan, fresh: Path, previous_site: Path, final: Path) -> None:
    """The new site in ``final``: previous site + fresh output + deletions + merged indexes."""
    _link_tree(previous_site, final)
    rebuilt_pages = {output_of(s) for s in p.rebuilt}
    removed_pages = {output_of(s) for s in p.removed}
    for rel in sorted(removed_pages):
        try:
            (final / rel).unlink()
        except OSError:
            pass
    search = "search/search_index.json"
    merged_search = None
    if (fresh / search).is_file() and (previous_site / search).is_file():
        merged_search = _merge_search(previous_site / search, fresh / search, rebuilt_pages, removed_pages)
    merged_map = None
    if (fresh / "sitemap.xml").is_file() and (previous_site / "sitemap.xml").is_file():
        merged_map = _merge_sitemap((previous_site / "sitemap.xml").read_text(encoding="utf-8"),
                                    (fresh / "sitemap.xml").read_text(encoding="utf-8"),
                                    rebuilt_pages, removed_pages)
    gz_mtime = None
    if (fresh / "sitemap.xml.gz").is_file():
        head = (fresh / "sitemap.xml.gz").read_bytes()[:10]
        gz_mtime = int.from_bytes(head[4:8], "little")
    for dirpath, _dirs, files in os.walk(fresh):
        rel = Path(dirpath).relative_to(fresh)
        (final / rel).mkdir(parents=True, exist_ok=True)
        for name in files:
            os.replace(Path(dirpath) / name, final / rel / name)  # replaces the link, not the inode
    if merged_search is not None:
        _replace_bytes(final / search, merged_search)
    if merged_map is not None:
        _replace_bytes(final / "sitemap.xml", merged_map.encode("utf-8"))
        buf = io.BytesIO()
        with gzip.GzipFile(fileobj=buf, filename=str(final / "sitemap.xml.gz"), mode="wb", mtime=gz_mtime) as gz:
            gz.write(merged_map.encode("utf-8"))  # as mkdocs writes it (level 9, build timestamp)
        _replace_bytes(final / "sitemap.xml.gz", buf.getvalue())
    _prune_empty_dirs(final)


class Parts:
    """The outputs of several mkdocs runs, each over a share of the pages, put together as ONE run
    over all of them writes them (``publish.mkdocs``: a large site is built in bounded chunks).

    Each run also built the pages every run needs (the nav pages, the last page in mkdocs' order:
    see ``plan``), so those come out identical from every part. The whole-site files are merged
    page by page in mkdocs' own order: ``sitemap.xml`` (+ ``.gz``, stamped with the latest page
    date as mkdocs stamps it) and ``search/search_index.json`` when a search plugin writes one.
    Memory: the merged sitemap and search index, not the pages (those are moved file by file).
    """

    SEARCH = "search/search_index.json"

    def __init__(self, final: Path) -> None:
        self.final = final
        self.blocks: dict[str, str] = {}  # page -> its <url> block
        self.head = self.tail = ""
        self.gz_mtime: int | None = None
        self.search_docs: dict[str, list] = {}  # page -> its search entries
        self.search_rest: dict | None = None  # the search index less its docs (config), first part's

    def add(self, out: Path) -> None:
        """Take a run's output folder (its files are moved out of it)."""
        sitemap = out / "sitemap.xml"
        if sitemap.is_file():
            text = sitemap.read_text(encoding="utf-8")
            first = _URL_BLOCK.search(text)
            if first is not None and not self.head:
                self.head = text[: first.start()]
                self.tail = text[[m for m in _URL_BLOCK.finditer(text)][-1].end():]
            elif first is None and not self.head:
                self.head = text
            prefix = _loc_prefix(_URL_BLOCK.findall(text))
            for b in _URL_BLOCK.findall(text):
                self.blocks.setdefault(_LOC.search(b).group(1)[len(prefix):], b)
            sitemap.unlink()
        gz = out / "sitemap.xml.gz"
        if gz.is_file():
            mtime = int.from_bytes(gz.read_bytes()[4:8], "little")
            self.gz_mtime = mtime if self.gz_mtime is None else max(self.gz_mtime, mtime)
            gz.unlink()
        search = out / self.SEARCH
        if search.is_file():
            data = json.loads(search.read_text(encoding="utf-8"))
            by_page: dict[str, list] = {}
            for doc in data.pop("docs", []):
                by_page.setdefault(doc["location"].split("#")[0], []).append(doc)
            for page, docs in by_page.items():
                self.search_docs.setdefault(page, docs)
            if self.search_rest is None:
                self.search_rest = data
            search.unlink()
        for dirpath, _dirs, files in os.walk(out):
            rel = Path(dirpath).relative_to(out)
            (self.final / rel).mkdir(parents=True, exist_ok=True)
            for name in files:
                os.replace(Path(dirpath) / name, self.final / rel / name)

    def finish(self) -> None:
        """Write the merged whole-site files."""
        if self.blocks or self.head:
            text = self.head + "".join(self.blocks[p] for p in sorted(self.blocks, key=_order_key)) + self.tail
            _replace_bytes(self.final / "sitemap.xml", text.encode("utf-8"))
            if self.gz_mtime is not None:
                buf = io.BytesIO()
                with gzip.GzipFile(fileobj=buf, filename=str(self.final / "sitemap.xml.gz"), mode="wb",
                                   mtime=self.gz_mtime) as gz:
                    gz.write(text.encode("utf-8"))  # as mkdocs writes it (level 9)
                _replace_bytes(self.final / "sitemap.xml.gz", buf.getvalue())
        if self.search_rest is not None:
            data = dict(self.search_rest)
            data["docs"] = [d for page in sorted(self.search_docs, key=_order_key) for d in self.search_docs[page]]
            (self.final / self.SEARCH).parent.mkdir(parents=True, exist_ok=True)
            _replace_bytes(self.final / self.SEARCH, json.dumps(data, separators=(",", ":")).encode("utf-8"))


def _loc_prefix(blocks: list[str]) -> str:
    """The loc prefix (site_url) of a sitemap: the shortest loc of the data page (in every run)."""
    data_locs = sorted((_LOC.search(b).group(1) for b in blocks
                        if _LOC.search(b).group(1).endswith("data.html")), key=len)
    return data_locs[0][: -len("data.html")] if data_locs else ""


def _replace_bytes(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _prune_empty_dirs(root: Path) -> None:
    for dirpath, dirs, files in sorted(os.walk(root), key=lambda t: -len(t[0])):
        if dirpath != str(root) and not dirs and not files:
            try:
                os.rmdir(dirpath)
            except OSError:
                pass


def record(config: Config, fp: str, sources: dict[str, str], site: Path,
           inputs: dict[str, str] | None = None) -> None:
    """Save the manifest of the site just swapped in at ``site``."""
    outputs = {p.relative_to(site).as_posix(): p.stat().st_size
               for p in sorted(site.rglob("*")) if p.is_file()}
    Manifest(fingerprint=fp, site=str(site), sources=sources, outputs=outputs,
             inputs=dict(sorted((inputs or {}).items()))).save(config)
