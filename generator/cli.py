"""Command line: ``briefing build|check|eval`` (also ``python -m generator``)."""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from . import __version__
from .config import ConfigError, load_config


def _add_common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--root", default=".", help="project folder (holds briefing.yml, content/, site/)")
    p.add_argument("--config", default=None, help="config file (default: ROOT/briefing.yml)")
    p.add_argument("--content", default=None, help="content folder (default: content/)")


def _config(args: argparse.Namespace, **extra):
    return load_config(args.root, Path(args.config) if args.config else None,
                       content_dir=args.content, **extra)


def cmd_build(args: argparse.Namespace) -> int:
    from .build import BuildFailed, build

    cfg = _config(args, site_dir=args.site, strict=args.strict)
    try:
        report = build(cfg)
    except BuildFailed as e:
        print(f"briefing: build failed: {e}", file=sys.stderr)
        return 1
    for p in report.problems:
        print(f"{p.severity}: {p}", file=sys.stderr)
    print(report.summary_line())
    if args.strict and report.problems:
        print(f"briefing: --strict: {len(report.problems)} problem(s) in the input", file=sys.stderr)
        return 1
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from .readers import read_content

    cfg = _config(args)
    raws, problems = read_content(cfg.content_path, cfg)
    for p in problems:
        print(f"{p.severity}: {p}")
    print(f"briefing check: {len(raws)} articles readable, {len(problems)} problem(s)")
    return 1 if problems else 0


def cmd_eval(args: argparse.Namespace) -> int:
    from .evaluate import main as eval_main

    return eval_main(args)


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    ap = argparse.ArgumentParser(prog="briefing", description=__doc__)
    ap.add_argument("--version", action="version", version=f"briefing {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="read content/, analyse, render and publish the site with mkdocs")
    _add_common(b)
    b.add_argument("--site", default=None, help="output folder (default: site/)")
    b.add_argument("--strict", action="store_true", help="exit non-zero when any input file has a problem")
    b.set_defaults(func=cmd_build)

    c = sub.add_parser("check", help="validate configuration and content without building")
    _add_common(c)
    c.set_defaults(func=cmd_check)

    e = sub.add_parser("eval", help="score extracted facts against gold annotations")
    _add_common(e)
    e.add_argument("--gold", required=True, help="gold file in the format of dev-set/seeds_gold.json")
    e.add_argument("--export", default=None,
                   help="score this data export (site/data/articles.json) instead of analysing content/")
    e.add_argument("--json", action="store_true", help="print the scores as JSON")
    e.set_defaults(func=cmd_eval)

    args = ap.parse_args(argv)
    try:
        return args.func(args)
    except ConfigError as e:
        print(str(e), file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
