"""Data exports for analysts and the evaluation: JSON (the contract) and CSV (spreadsheets).

``articles.json`` follows DESIGN §2 exactly (``Article.to_json``); ``stories.json`` likewise.
The CSVs are flat views of the same records, written as pandas writes them: one row per
article, per fact, per story and per timeline entry. Output is deterministic: records in id order, keys in a
fixed order, ``ensure_ascii=False``, ``\\n`` line endings, UTF-8 (CSV with a BOM so Excel
opens Arabic correctly).
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from ..memo import Memo, code_fingerprint, digest
from ..models import Article, Site, Story

ARTICLE_COLUMNS = ["id", "title", "outlet_id", "outlet_ar", "outlet_en", "published", "url", "lang",
                   "source_file", "summary_ar", "summary_en", "sentences", "dates", "numbers", "entities",
                   "attributions", "events", "body"]
FACT_COLUMNS = ["article", "fact", "index", "text", "start", "end", "value", "english", "type", "detail"]
STORY_COLUMNS = ["id", "title_ar", "title_en", "articles", "outlets", "first_published", "last_published",
                 "timeline_entries"]
TIMELINE_COLUMNS = ["story", "index", "date", "granularity", "type", "text_ar", "text_en", "reported_by",
                    "first_reported_by", "independent_sources", "conflicts"]


def story_json(s: Story) -> dict[str, Any]:
    """A story in the DESIGN §2 schema."""
    return {
        "id": s.id,
        "title": {"ar": s.title_ar, "en": s.title_en},
        "articles": list(s.article_ids),
        "outlets": list(s.outlet_ids),
        "timeline": [{
            "date": t.date,
            "granularity": t.granularity,
            "type": t.type,
            "text": {"ar": t.text_ar, "en": t.text_en},
            "reported_by": list(t.reported_by),
            "first_reported_by": t.first_reported_by,
            "conflicts": [{"kind": c.kind, "description_en": c.description_en, "sides": list(c.sides)}
                          for c in t.conflicts],
        } for t in s.timeline],
        "framing": [{"referent": f.referent,
                     "terms": {o: [[term, n] for term, n in terms] for o, terms in sorted(f.terms.items())}}
                    for f in s.framing],
    }


def _json_line(x: Any) -> str:
    return json.dumps(x, ensure_ascii=False, sort_keys=False)


def _dump_json(data: Iterable[Any], path: Path) -> None:
    """A JSON array with one record per line: diffable record by record, and written by json's C
    encoder (``indent`` switches to the pure-Python one, seconds for 1,000 articles)."""
    _dump_lines((_json_line(x) for x in data), path)


def _dump_lines(lines: Iterable[str], path: Path) -> None:
    """``[``, the lines joined by ``,\\n``, ``]``: written line by line (10,000 articles' JSON is
    half a gigabyte; joined in memory it was held three times over)."""
    with path.open("w", encoding="utf-8", newline="\n") as f:
        first = True
        for line in lines:
            f.write("[\n" if first else ",\n")
            f.write(line)
            first = False
        f.write("[]\n" if first else "\n]\n")


def _article_record(a: Article, memo: Memo) -> tuple[str, str, str]:
    """The article's articles.json record, articles.csv row and facts.csv rows, kept in a memo by
    the article's digest (a build that adds one article converts one)."""
    key = memo.key(digest(a))
    rec = memo.get(key)
    if rec is None:
        rec = (_json_line(a.to_json()), _csv_text([_article_row(a)], ARTICLE_COLUMNS),
               _csv_text(_article_fact_rows(a), FACT_COLUMNS))
        memo.put(key, rec)
    return rec


def _records_memo(cache: Path | None) -> Memo:
    return Memo(cache, code_fingerprint("models.py", "publish/exports.py"))


PART_ARTICLES = 50  # articles per export part (a job for a page worker, see ``ArticleExports``)
_PART_FILES = ("json", "acsv", "fcsv")  # articles.json lines, articles.csv rows, facts.csv rows


class ArticleExports:
    """articles.json, articles.csv and facts.csv made in parts, then put together.

    Why: converting every article to its records is most of the exports' time on a cold build
    (~10 ms an article) and holding all records at once most of their memory (10,000 articles:
    ~1.5 GB of text). Each part converts a run of consecutive articles (in id order) and writes
    its three shares to files (``jobs``: the page workers run them beside the pages); ``finish``
    concatenates the shares into the three files, one part at a time. Same bytes as one pass.
    """

    def __init__(self, site: Site, data_dir: Path, cache: Path | None = None) -> None:
        self.articles = sorted(site.articles, key=lambda a: a.id)
        self.data_dir = data_dir
        self.parts_dir = data_dir.with_name(data_dir.name + ".parts")  # removed by ``finish``
        self.cache = cache
        self.bounds = [(i, min(i + PART_ARTICLES, len(self.articles)))
                       for i in range(0, len(self.articles), PART_ARTICLES)]

    def _part_file(self, k: int, kind: str) -> Path:
        return self.parts_dir / f"{k:06d}.{kind}"

    def _texts(self, k: int) -> tuple[str, str, str]:
        """Part ``k``'s shares of the three files (json records joined by ``,\\n``; csv rows)."""
        memo = _records_memo(self.cache)
        lo, hi = self.bounds[k]
        recs = [_article_record(a, memo) for a in self.articles[lo:hi]]
        return ",\n".join(r[0] for r in recs), "".join(r[1] for r in recs), "".join(r[2] for r in recs)

    def make_part(self, k: int) -> None:
        """Part ``k`` into its files (in a page worker)."""
        self.parts_dir.mkdir(parents=True, exist_ok=True)
        for kind, text in zip(_PART_FILES, self._texts(k)):
            tmp = self._part_file(k, kind + ".tmp")
            with tmp.open("w", encoding="utf-8", newline="") as f:
                f.write(text)
            tmp.replace(self._part_file(k, kind))

    def _read_part(self, k: int) -> tuple[str, ...]:
        if not self._part_file(k, _PART_FILES[-1]).is_file():
            return self._texts(k)  # not made by a worker: made here
        out = []
        for kind in _PART_FILES:
            with self._part_file(k, kind).open(encoding="utf-8", newline="") as f:
                out.append(f.read())
        return tuple(out)

    def jobs(self) -> list[Callable[[], None]]:
        return [lambda k=k: self.make_part(k) for k in range(len(self.bounds))]

    def finish(self) -> None:
        """The three files, written part by part (a part no worker made is made here)."""
        import shutil

        self.data_dir.mkdir(parents=True, exist_ok=True)
        with (self.data_dir / "articles.json").open("w", encoding="utf-8", newline="") as fj, \
                (self.data_dir / "articles.csv").open("w", encoding="utf-8-sig", newline="") as fa, \
                (self.data_dir / "facts.csv").open("w", encoding="utf-8-sig", newline="") as ff:
            csv.writer(fa, lineterminator="\n").writerow(ARTICLE_COLUMNS)
            csv.writer(ff, lineterminator="\n").writerow(FACT_COLUMNS)
            for k in range(len(self.bounds)):
                j, a, f = self._read_part(k)
                fj.write((",\n" if k else "[\n") + j)
                fa.write(a)
                ff.write(f)
            fj.write("\n]\n" if self.bounds else "[]\n")
        shutil.rmtree(self.parts_dir, ignore_errors=True)


def _cell(v: Any) -> Any:
    """A value as pandas' ``to_csv`` writes it: missing (None, NaN) is an empty cell."""
    if v is None or (type(v) is float and v != v):
        return ""
    return v


def _csv_text(rows: Iterable[dict[str, Any]], columns: list[str]) -> str:
    """CSV lines of ``rows`` (no header), as pandas' ``to_csv`` writes them."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for r in rows:
        w.writerow([_cell(r.get(c)) for c in columns])
    return buf.getvalue()


def _write_csv(rows: Iterable[dict[str, Any]], columns: list[str], path: Path,
               lines: Iterable[str] = ()) -> None:
    """Rows written one by one, as ``pandas.DataFrame(rows).to_csv(index=False,
    encoding="utf-8-sig", lineterminator="\n")`` writes them (pandas writes through this csv
    module; tests/test_render.py compares the two). facts.csv has a row per fact: at 10,000
    articles a DataFrame of them, and the list of dicts before it, took over a gigabyte.
    ``lines``: rows already formatted (``_csv_text``), written before ``rows``."""
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(columns)
        for text in lines:
            f.write(text)
        for r in rows:
            w.writerow([_cell(r.get(c)) for c in columns])


def _article_row(a: Article) -> dict[str, Any]:
    return {
        "id": a.id, "title": a.title, "outlet_id": a.outlet.id, "outlet_ar": a.outlet.name_ar,
        "outlet_en": a.outlet.name_en, "published": a.published, "url": a.raw.url, "lang": a.raw.lang,
        "source_file": a.raw.source_file, "summary_ar": a.summary.ar, "summary_en": a.summary.en,
        "sentences": len(a.sentences), "dates": len(a.facts.dates), "numbers": len(a.facts.numbers),
        "entities": len(a.facts.entities), "attributions": len(a.facts.attributions),
        "events": len(a.facts.events), "body": a.body,
    }


def _article_fact_rows(a: Article) -> Iterator[dict[str, Any]]:
    f = a.facts
    for i, d in enumerate(f.dates):
        yield {"article": a.id, "fact": "date", "index": i, "text": d.text, "start": d.start, "end": d.end,
               "value": d.value, "english": d.value or d.period, "type": d.kind,
               "detail": f"granularity={d.granularity}; calendar={d.calendar}"
                         + (f"; period={d.period}" if d.period else "")}
    for i, n in enumerate(f.numbers):
        yield {"article": a.id, "fact": "number", "index": i, "text": n.text, "start": n.start,
               "end": n.end, "value": n.value, "english": n.counts, "type": n.unit,
               "detail": f"qualifier={n.qualifier}; role={n.role}"}
    for i, e in enumerate(f.entities):
        yield {"article": a.id, "fact": "entity", "index": i, "text": e.text, "start": e.start,
               "end": e.end, "value": e.id, "english": e.name_en, "type": e.type,
               "detail": f"name_source={e.name_source}"}
    for i, t in enumerate(f.attributions):
        yield {"article": a.id, "fact": "attribution", "index": i, "text": t.text, "start": t.start,
               "end": t.end, "value": t.speaker, "english": t.speaker_en,
               "type": "direct" if t.direct else "indirect", "detail": f"verb={t.verb}; via={t.via}"}
    for i, ev in enumerate(f.events):
        yield {"article": a.id, "fact": "event", "index": i, "text": ev.text, "start": ev.start,
               "end": ev.end, "value": ev.date, "english": f"{ev.actor_en or '?'} @ {ev.location_en or '?'}",
               "type": ev.type,
               "detail": f"modality={ev.modality}; attributed_to={ev.attributed_to}"}


def write_exports(site: Site, data_dir: Path, cache: Path | None = None,
                  articles: ArticleExports | None = None) -> None:
    """Write articles.json/.csv, facts.csv, stories.json/.csv and timeline.csv into ``data_dir``.

    ``cache``: a folder for the memo of converted article records (none: convert every one).
    ``articles``: the article files' parts, when workers made (some of) them (``ArticleExports``)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    (articles or ArticleExports(site, data_dir, cache)).finish()
    stories = sorted(site.stories, key=lambda s: s.id)
    _dump_json((story_json(s) for s in stories), data_dir / "stories.json")
    _write_csv(({
        "id": s.id, "title_ar": s.title_ar, "title_en": s.title_en, "articles": " ".join(s.article_ids),
        "outlets": " ".join(s.outlet_ids), "first_published": s.first_published,
        "last_published": s.last_published, "timeline_entries": len(s.timeline),
    } for s in stories), STORY_COLUMNS, data_dir / "stories.csv")
    _write_csv(({
        "story": s.id, "index": i, "date": t.date, "granularity": t.granularity, "type": t.type,
        "text_ar": t.text_ar, "text_en": t.text_en, "reported_by": " ".join(t.reported_by),
        "first_reported_by": t.first_reported_by, "independent_sources": t.independent_sources,
        "conflicts": "; ".join(c.description_en for c in t.conflicts),
    } for s in stories for i, t in enumerate(s.timeline)), TIMELINE_COLUMNS, data_dir / "timeline.csv")
