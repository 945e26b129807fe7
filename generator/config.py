"""Project configuration: ``briefing.yml`` at the project root (optional).

Every key has a default, so a project with only ``content/`` builds. Unknown keys and wrong
types are all reported at once (``ConfigError`` lists every problem), never one at a time.
"""
from __future__ import annotations

import datetime as _dt
import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import yaml


class ConfigError(Exception):
    def __init__(self, path: Path, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        super().__init__("\n".join(f"{path}: {p}" for p in problems))


@dataclass(frozen=True)
class SmtpConfig:
    host: str = "127.0.0.1"
    port: int = 25
    starttls: bool = False
    username_env: str = "BRIEFING_SMTP_USER"
    password_env: str = "BRIEFING_SMTP_PASSWORD"
    sender: str = "Briefing <briefing@localhost>"
    recipients: tuple[str, ...] = ()


@dataclass(frozen=True)
class TranslationConfig:
    backend: str = "facts"  # facts | openai | argos
    base_url: str | None = None
    model: str | None = None
    api_key_env: str = "OPENAI_API_KEY"
    timeout: float = 30.0
    retries: int = 3
    batch_size: int = 8


@dataclass(frozen=True)
class Config:
    root: Path = Path(".")
    title_ar: str = "الموجز"
    title_en: str = "Briefing"
    content_dir: Path = Path("content")
    site_dir: Path = Path("site")
    cache_dir: Path = Path(".briefing-cache")
    templates_dir: Path | None = None  # None: the project's templates/ or the packaged ones
    base_url: str = ""  # absolute site URL for feeds and email links, e.g. https://briefing.example.org/
    month_style: str = "auto"  # auto (by outlet) | levantine | egyptian | maghrebi
    arabic_digits: bool = False  # show Arabic-Indic digits on Arabic pages
    hijri: bool = False  # show the Hijri date beside the Gregorian one
    summary_sentences: int = 3
    gazetteer_files: tuple[Path, ...] = ()  # extra user gazetteer files (YAML/CSV)
    translation: TranslationConfig = field(default_factory=TranslationConfig)
    smtp: SmtpConfig = field(default_factory=SmtpConfig)
    strict: bool = False

    def resolve(self, p: Path) -> Path:
        return p if p.is_absolute() else (self.root / p)

    @property
    def content_path(self) -> Path:
        return self.resolve(self.content_dir)

    @property
    def site_path(self) -> Path:
        return self.resolve(self.site_dir)

    @property
    def cache_path(self) -> Path:
        return self.resolve(self.cache_dir)

    @property
    def user_gazetteers(self) -> list[Path]:
        found = [self.resolve(p) for p in self.gazetteer_files]
        default = self.root / "gazetteer.yaml"
        if default.is_file() and default not in found:
            found.append(default)
        return found


_PATH_KEYS = {"content_dir", "site_dir", "cache_dir", "templates_dir"}


def _coerce(name: str, value: Any, default: Any, problems: list[str]) -> Any:
    if name in _PATH_KEYS:
        if value is None and name == "templates_dir":
            return None
        if not isinstance(value, str):
            problems.append(f"{name}: expected a path, got {type(value).__name__}")
            return default
        return Path(value)
    if name == "gazetteer_files":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            problems.append(f"{name}: expected a list of paths")
            return default
        return tuple(Path(v) for v in value)
    if isinstance(default, bool):
        if not isinstance(value, bool):
            problems.append(f"{name}: expected true/false, got {value!r}")
            return default
        return value
    if isinstance(default, int) and not isinstance(default, bool):
        if not isinstance(value, int) or isinstance(value, bool):
            problems.append(f"{name}: expected a whole number, got {value!r}")
            return default
        return value
    if isinstance(default, float):
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            problems.append(f"{name}: expected a number, got {value!r}")
            return default
        return float(value)
    if isinstance(default, tuple):
        if not isinstance(value, list):
            problems.append(f"{name}: expected a list, got {value!r}")
            return default
        return tuple(str(v) for v in value)
    if default is None or isinstance(default, str):
        if value is not None and not isinstance(value, str):
            problems.append(f"{name}: expected text, got {value!r}")
            return default
        return value
    return value


def _section(cls: type, data: Any, prefix: str, problems: list[str]) -> Any:
    inst = cls()
    if data is None:
        return inst
    if not isinstance(data, dict):
        problems.append(f"{prefix}: expected a mapping")
        return inst
    known = {f.name: f for f in fields(cls)}
    changes = {}
    for k, v in data.items():
        if k not in known:
            problems.append(f"{prefix}{k}: unknown setting (known: {', '.join(sorted(known))})")
            continue
        changes[k] = _coerce(f"{prefix}{k}", v, getattr(inst, k), problems)
    return replace(inst, **changes)


def load_config(root: Path | str = ".", path: Path | None = None, **overrides: Any) -> Config:
    """Read ``briefing.yml`` (if any) under ``root``; ``overrides`` (CLI flags) win."""
    root = Path(root).resolve()
    path = path or root / "briefing.yml"
    data: dict[str, Any] = {}
    problems: list[str] = []
    if path.is_file():
        try:
            loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (yaml.YAMLError, UnicodeDecodeError) as e:
            raise ConfigError(path, [f"not valid YAML: {str(e).splitlines()[0]}"]) from None
        if loaded is not None and not isinstance(loaded, dict):
            raise ConfigError(path, ["expected a mapping of settings at the top level"])
        data = loaded or {}
    nested = {"translation": TranslationConfig, "smtp": SmtpConfig}
    cfg_fields = {f.name for f in fields(Config)} - {"root"}
    changes: dict[str, Any] = {"root": root}
    base = Config()
    for k, v in data.items():
        if k in nested:
            changes[k] = _section(nested[k], v, f"{k}.", problems)
        elif k in cfg_fields:
            changes[k] = _coerce(k, v, getattr(base, k), problems)
        else:
            problems.append(f"{k}: unknown setting")
    if changes.get("month_style", "auto") not in ("auto", "levantine", "egyptian", "maghrebi"):
        problems.append(f"month_style: expected auto, levantine, egyptian or maghrebi, got {changes['month_style']!r}")
    tr = changes.get("translation")
    if tr is not None and tr.backend not in ("facts", "openai", "argos"):
        problems.append(f"translation.backend: expected facts, openai or argos, got {tr.backend!r}")
    if problems:
        raise ConfigError(path, problems)
    for k, v in overrides.items():
        if v is not None:
            changes[k] = Path(v) if k in _PATH_KEYS else v
    return replace(base, **changes)


def build_time() -> _dt.datetime:
    """The build's clock: SOURCE_DATE_EPOCH when set (reproducible builds), else now (UTC)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return _dt.datetime.fromtimestamp(int(epoch), tz=_dt.timezone.utc)
    return _dt.datetime.now(tz=_dt.timezone.utc).replace(microsecond=0)
