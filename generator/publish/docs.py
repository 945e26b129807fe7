"""Everything that goes into the mkdocs docs folder, in one place (site build and archive share it)."""
from __future__ import annotations

from pathlib import Path

from ..config import Config
from ..models import Site


def write_docs(site: Site, docs_dir: Path, config: Config, sink=None) -> int:  # noqa: ANN001 (render.PageSink)
    """Pages (articles, stories, indexes, digests, search), data exports, search index, feeds.

    Returns the number of Markdown pages (each becomes one HTML page). ``sink``: see
    ``render.PageSink`` (article and story pages unchanged since the last build are not rendered).
    """
    from ..render import render_site
    from ..search import render_search_pages, write_search_index
    from .digest import render_digest_pages
    from .exports import write_exports
    from .feeds import write_feeds

    from ..render import PageSink

    sink = sink if sink is not None else PageSink()
    pages = render_site(site, docs_dir, config, sink, run=False)
    pages += render_search_pages(site, docs_dir, config)
    pages += render_digest_pages(site, docs_dir, config, sink=sink, run=False)

    def site_files() -> None:
        write_exports(site, docs_dir / "data", config.cache_path / "exports")
        write_search_index(site, docs_dir, config.cache_path / "search")
        write_feeds(site, docs_dir, config)

    # the site-wide files are written here while the workers render the pages (separate files)
    sink.run(beside=site_files)
    return pages
