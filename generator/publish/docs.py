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
    from ..search import SearchIndexParts, render_search_pages
    from .digest import render_digest_pages
    from .exports import ArticleExports, write_exports
    from .feeds import write_feeds

    from ..render import PageSink

    sink = sink if sink is not None else PageSink()
    pages = render_site(site, docs_dir, config, sink, run=False)
    pages += render_search_pages(site, docs_dir, config)
    pages += render_digest_pages(site, docs_dir, config, sink=sink, run=False)
    # the article exports and the search index's page forms are made in parts by the page
    # workers (most of the cold work of the site-wide files, and of their memory), then put
    # together here; the rest is written while the workers render (separate files)
    exports = ArticleExports(site, docs_dir / "data", config.cache_path / "exports")
    index = SearchIndexParts(site, docs_dir, config.cache_path / "search", config)
    sink.add_jobs(exports.jobs() + index.jobs())

    def site_files() -> None:
        write_feeds(site, docs_dir, config)

    sink.run(beside=site_files)
    write_exports(site, docs_dir / "data", articles=exports)
    index.finish()
    return pages
