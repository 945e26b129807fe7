"""Offline archive: the whole site as a zip that works from ``file://`` with no network.

Same Site and same pages as the published site (``collect`` -> ``render_site`` +
``write_exports``), plus the digest pages and our search, built by the same mkdocs config with
the few overrides ``file://`` needs:

- ``use_directory_urls: false`` so every link names an ``.html`` file (no server to map ``x/``);
- no ``site_url`` (no absolute links back to the live site);
- mkdocs/Material search OFF: lunr's worker is loaded with fetch()/Worker, which file:// blocks,
  and Material's ``offline`` plugin would add an iframe-worker polyfill from unpkg.com (a network
  request). We do NOT use that plugin; our own search (``generator.search``) loads its index as a
  ``<script src>`` file and knows Arabic;
- ``theme.font: false`` (already in the site config): no Google Fonts, the Arabic font ships locally.

The zip is deterministic: entries sorted, one fixed timestamp (SOURCE_DATE_EPOCH, clamped to
1980, zip's epoch), fixed permissions, so the same input gives the same bytes.
"""
from __future__ import annotations

import copy
import os
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import yaml

from ..config import Config
from ..models import Site

ROOT_DIR = "briefing"  # folder inside the zip: unzipping gives one folder, not a heap of files
_ZIP_EPOCH = 315532800  # 1980-01-01, the earliest time a zip entry can carry


def fill_archive_docs(site: Site, docs_dir: Path, config: Config) -> int:
    """The same docs as the site build (pages, exports, digests, search page and index)."""
    from .docs import write_docs

    return write_docs(site, docs_dir, config)


def _drop_search(plugins: list[Any]) -> list[Any]:
    out: list[Any] = []
    for p in plugins:
        name = p if isinstance(p, str) else next(iter(p), None)
        if name in ("search", "offline", "material/search", "material/offline"):
            continue
        if name == "i18n" and isinstance(p, dict):
            p = copy.deepcopy(p)
            p["i18n"]["reconfigure_search"] = False
            for lang in p["i18n"].get("languages", []):
                if lang.get("locale") == "ar":
                    lang.setdefault("nav_translations", {}).update({"Search": "البحث", "Digests": "الموجزات"})
        out.append(p)
    return out


def archive_mkdocs_config(config: Config, docs_dir: Path, site_dir: Path) -> dict[str, Any]:
    """The site's mkdocs config (publish.mkdocs.mkdocs_config) with the file:// overrides."""
    from .mkdocs import mkdocs_config

    cfg = copy.deepcopy(mkdocs_config(config, docs_dir, site_dir))
    cfg["use_directory_urls"] = False
    cfg["site_url"] = None
    cfg["plugins"] = _drop_search(cfg.get("plugins") or [])
    theme = cfg.setdefault("theme", {})
    theme["font"] = False
    feats = [f for f in theme.get("features", []) if not f.startswith("search.") and f != "navigation.instant"]
    theme["features"] = feats
    nav = list(cfg.get("nav") or [])
    names = {next(iter(item)) for item in nav if isinstance(item, dict)}
    if "Digests" not in names:
        nav.append({"Digests": "digests/index.md"})
    if "Search" not in names:
        nav.append({"Search": "search.md"})
    cfg["nav"] = nav
    return cfg


def _epoch() -> int:
    raw = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    return max(int(raw), _ZIP_EPOCH) if raw.isdigit() else _ZIP_EPOCH


def zip_dir(folder: Path, out_zip: Path, root: str = ROOT_DIR) -> int:
    """Zip ``folder`` deterministically under ``root/``; returns the number of files."""
    import time

    stamp = time.gmtime(_epoch())[:6]
    files = sorted((p for p in folder.rglob("*") if p.is_file()), key=lambda p: p.relative_to(folder).as_posix())
    out_zip.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_zip.with_name(out_zip.name + ".part")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for f in files:
            info = zipfile.ZipInfo(f"{root}/{f.relative_to(folder).as_posix()}", date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            zf.writestr(info, f.read_bytes())
    os.replace(tmp, out_zip)
    return len(files)


# Built by mkdocs/Material but useless from file://: the 404 page links root-absolute paths (it
# exists for a web server), lunr and its worker serve the search plugin we turned off.
_SERVER_ONLY = ("404.html", "assets/javascripts/lunr", "assets/javascripts/workers")


def _prune(site_dir: Path) -> None:
    import shutil

    for rel in _SERVER_ONLY:
        p = site_dir / rel
        if p.is_dir():
            shutil.rmtree(p)
        elif p.is_file():
            p.unlink()


def build_archive_site(site: Site, config: Config, out_dir: Path) -> Path:
    """Render and mkdocs-build the offline site into ``out_dir`` (must not exist); returns it."""
    from .mkdocs import PublishError, run_mkdocs

    with tempfile.TemporaryDirectory(prefix="briefing-archive-") as tmp:
        docs = Path(tmp) / "docs"
        docs.mkdir()
        fill_archive_docs(site, docs, config)
        cfg_file = Path(tmp) / "mkdocs.yml"
        cfg_file.write_text(yaml.safe_dump(archive_mkdocs_config(config, docs, out_dir), allow_unicode=True,
                                           sort_keys=False), encoding="utf-8")
        run_mkdocs(cfg_file)
    _prune(out_dir)
    if not (out_dir / "index.html").is_file():
        raise PublishError(f"mkdocs built no index.html in {out_dir}")
    return out_dir


def build_archive(config: Config, out_zip: Path | None = None, site: Site | None = None) -> Path:
    """``briefing archive``: collect, render, build for file://, zip. Returns the zip path."""
    from ..build import collect

    site = site if site is not None else collect(config)
    out_zip = Path(out_zip) if out_zip is not None else config.resolve(Path("archive.zip"))
    with tempfile.TemporaryDirectory(prefix="briefing-archive-site-") as tmp:
        built = build_archive_site(site, config, Path(tmp) / "site")
        zip_dir(built, out_zip)
    return out_zip
