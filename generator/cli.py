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
        report = build(cfg, full=args.full)
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
    from .check import cli_check

    return cli_check(args)


def cmd_eval(args: argparse.Namespace) -> int:
    from .evaluate import main as eval_main

    return eval_main(args)


def cmd_digest(args: argparse.Namespace) -> int:
    """Write the week's digest as .eml file(s); send them only with --send."""
    from .build import collect
    from .publish.digest import parse_week, send_digests, write_digests

    cfg = _config(args)
    try:
        week = parse_week(args.week).label
    except ValueError as e:
        print(f"briefing digest: {e}", file=sys.stderr)
        return 2
    site = collect(cfg)
    written = write_digests(site, week, cfg, lang=args.lang, out_dir=Path(args.out) if args.out else None)
    for path, _ in written:
        print(f"briefing digest: wrote {path}")
    if args.send:
        try:
            n = send_digests([m for _, m in written], cfg)
        except (OSError, ValueError) as e:  # smtplib errors are OSError subclasses
            print(f"briefing digest: sending failed: {e}", file=sys.stderr)
            return 1
        print(f"briefing digest: sent {n} message(s) to {len(cfg.smtp.recipients)} recipient(s)")
    return 0


def cmd_archive(args: argparse.Namespace) -> int:
    """Build the offline (file://) copy of the site as a zip."""
    from .publish.archive import build_archive

    cfg = _config(args)
    out = build_archive(cfg, Path(args.out) if args.out else None)
    print(f"briefing archive: wrote {out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    ap = argparse.ArgumentParser(prog="briefing", description=__doc__)
    ap.add_argument("--version", action="version", version=f"briefing {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="read content/, analyse, render and publish the site with mkdocs")
    _add_common(b)
    b.add_argument("--site", default=None, help="output folder (default: site/)")
    b.add_argument("--strict", action="store_true", help="exit non-zero when any input file has a problem")
    b.add_argument("--full", action="store_true",
                   help="rebuild every page with mkdocs (default: only pages whose source changed)")
    b.set_defaults(func=cmd_build)

    c = sub.add_parser("check", help="validate configuration and content without building")
    _add_common(c)
    c.add_argument("--strict", action="store_true", help="exit non-zero on warnings too")
    c.set_defaults(func=cmd_check)

    e = sub.add_parser("eval", help="score extracted facts against gold annotations")
    _add_common(e)
    e.add_argument("--gold", required=True, help="gold file in the format of dev-set/seeds_gold.json")
    e.add_argument("--export", default=None,
                   help="score this data export (site/data/articles.json) instead of analysing content/")
    e.add_argument("--json", action="store_true", help="print the scores as JSON")
    e.add_argument("--misses", nargs="?", const="all", default=None, metavar="KINDS",
                   help="also list every missed, extra and wrongly attributed fact "
                        "(all, or comma-separated kinds: entities,numbers,dates,attributions,events)")
    e.set_defaults(func=cmd_eval)

    d = sub.add_parser("digest", help="write the weekly digest email (.eml); --send delivers it by SMTP")
    _add_common(d)
    d.add_argument("--week", required=True, help="ISO week, e.g. 2017-W45 (or a day in it: 2017-11-08)")
    d.add_argument("--lang", choices=["ar", "en", "both"], default="both",
                   help="digest language; both writes one .eml per language (default)")
    d.add_argument("--out", default=None, help="folder for the .eml files (default: digests/)")
    d.add_argument("--send", action="store_true", help="send through config.smtp (never sent without this)")
    d.set_defaults(func=cmd_digest)

    ar = sub.add_parser("archive", help="zip a self-contained copy of the site that works from file://")
    _add_common(ar)
    ar.add_argument("--out", default=None, help="zip file to write (default: archive.zip)")
    ar.set_defaults(func=cmd_archive)

    args = ap.parse_args(argv)
    try:
        return args.func(args)
    except ConfigError as e:
        print(str(e), file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
