"""YAML for the package's own data files (gazetteers, lexicons, phrasing).

libyaml's C parser when PyYAML was built with it, the same safe schema otherwise: the data files
are about a megabyte of YAML, and the pure-Python parser spent a second of every build (and of
every worker process) reading them. User files (briefing.yml, front matter) keep ``yaml.safe_load``
and its error messages.
"""
from __future__ import annotations

from typing import Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """``yaml.safe_load``, faster."""
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 (a safe loader)
