"""``briefing check``: validate configuration and content without building, every problem at once.

What it looks at, in order: the configuration (``briefing.yml``: every wrong key, not the first),
the content folder (each unreadable file, metadata warning and duplicate id, as the build would
report it), outlets the outlet table does not know (a warning: the site shows them as unknown), and
the user gazetteer files (YAML/CSV syntax). Nothing is written and nothing is analysed, so it is
fast enough to run before every build or in a pre-commit hook.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

import yaml

from .config import Config, ConfigError, load_config
from .models import Problem


def check_config(root: Path | str = ".", path: Path | None = None) -> tuple[Config | None, list[Problem]]:
    """Load the config; its problems (all of them) as ``Problem``s instead of an exception."""
    try:
        return load_config(root, path), []
    except ConfigError as e:
        return None, [Problem(str(e.path), p, "error") for p in e.problems]


def _check_gazetteer(path: Path) -> list[Problem]:
    shown = str(path)
    if not path.is_file():
        return [Problem(shown, "gazetteer file not found", "error")]
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        return [Problem(shown, f"gazetteer file unreadable: {e}", "error")]
    if path.suffix.lower() == ".csv":
        try:
            rows = list(csv.reader(io.StringIO(text)))
        except csv.Error as e:
            return [Problem(shown, f"gazetteer CSV is malformed: {e}", "error")]
        if not rows:
            return [Problem(shown, "gazetteer CSV is empty", "warning")]
        width = len(rows[0])
        return [Problem(shown, f"gazetteer CSV line {i}: {len(r)} fields, the header has {width}", "error")
                for i, r in enumerate(rows[1:], 2) if r and len(r) != width]
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        return [Problem(shown, f"gazetteer is not valid YAML{where}: {getattr(e, 'problem', None) or e}", "error")]
    if data is None:
        return [Problem(shown, "gazetteer file is empty", "warning")]
    if not isinstance(data, (dict, list)):
        return [Problem(shown, f"gazetteer: expected a mapping or a list, got {type(data).__name__}", "error")]
    try:  # the loader's own verdict, when it has one
        from .nlp.entities import Gazetteer

        Gazetteer.load([path])
    except Exception as e:  # noqa: BLE001 (any loader error is a problem in the file)
        return [Problem(shown, f"gazetteer rejected by the loader: {type(e).__name__}: {e}", "error")]
    return []


def _known_outlets(config: Config) -> set[str] | None:
    from .outlets import OutletTable

    try:
        return {o.id for o in OutletTable.load([config.root / "outlets.yaml"]).outlets}
    except Exception:  # noqa: BLE001 (read_content already reported a broken table)
        return None


def check(config: Config) -> list[Problem]:
    """Every problem of ``config``'s project (content, outlets, gazetteers), without building."""
    from .readers import read_content

    problems: list[Problem] = []
    raws, read_problems = read_content(config.content_path, config)
    problems.extend(read_problems)
    if not raws and not any(p.severity == "error" for p in read_problems):
        problems.append(Problem(str(config.content_path), "no articles found", "warning"))
    known = _known_outlets(config)
    for raw in raws:
        shown = f"{config.content_path.name}/{raw.source_file}"
        if raw.outlet.id is None:
            problems.append(Problem(shown, "no outlet given or found in the text; shown as unknown", "warning"))
        elif known is not None and raw.outlet.id not in known:
            name = raw.outlet.name_ar or raw.outlet.name_en
            problems.append(Problem(shown, f"unknown outlet {name!r} (not in the outlet table; add it to "
                                           "outlets.yaml for its English name and month style)", "warning"))
    for g in config.gazetteer_files:
        problems.extend(_check_gazetteer(config.resolve(g)))
    default = config.root / "gazetteer.yaml"
    if default.is_file() and default not in [config.resolve(g) for g in config.gazetteer_files]:
        problems.extend(_check_gazetteer(default))
    return problems


def run(root: Path | str = ".", path: Path | None = None, strict: bool = False, **overrides) -> tuple[int, list[Problem]]:
    """(exit code, problems): 1 if any error (with ``strict``, any warning), else 0."""
    config, problems = check_config(root, path)
    if config is not None:
        if overrides:
            from dataclasses import replace

            config = replace(config, **{k: Path(v) if k.endswith("_dir") else v
                                        for k, v in overrides.items() if v is not None})
        problems += check(config)
    bad = any(p.severity == "error" for p in problems) or (strict and bool(problems))
    return (1 if bad else 0), problems


def cli_check(args) -> int:  # noqa: ANN001 (argparse.Namespace from generator.cli)
    """``briefing check`` for the CLI: print every problem, then one summary line; the exit code."""
    code, problems = run(args.root, Path(args.config) if getattr(args, "config", None) else None,
                         strict=bool(getattr(args, "strict", False)), content_dir=getattr(args, "content", None))
    for p in problems:
        print(f"{p.severity}: {p}")
    errors = sum(1 for p in problems if p.severity == "error")
    print(f"briefing check: {errors} error(s), {len(problems) - errors} warning(s)")
    return code
