"""Walk the content folder and hand each file to the reader registered for its type.

Bad input never stops the walk: a file that cannot be read becomes one ``Problem`` (severity
"error": skipped) naming the file and the reason; something odd in a usable file becomes a
"warning". The content folder is only ever read (never a cache file, never a fixed-up copy), and
the result is in sorted path order so two builds of the same folder are identical.

A reader is a function ``(ctx: ReadContext) -> list[RawArticle]``. It gets the file's bytes and
sidecar metadata in ``ctx``, calls ``ctx.text()`` to decode (one place for encoding detection),
raises ``ReadError`` to reject the whole file, and calls ``ctx.problem`` for a bad item in a
multi-article file. ``id``, ``source_file``, ``content_hash`` and ``encoding`` may be left at
their defaults: the walker fills them in. The built-in readers register exactly like a third
party would, with ``register_reader((".ext",), fn)``.
"""
from __future__ import annotations

import hashlib
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Iterable

import yaml

from ..config import Config
from ..models import Problem, RawArticle
from ..outlets import OutletTable
from .encoding import DecodeError, Decoded, decode_bytes, is_blank

MAX_BYTES = 20 * 1024 * 1024
SIDECAR_SUFFIXES = (".yml", ".yaml")


class ReadError(Exception):
    """A content file that cannot become an article; the message is the one reason shown."""


Reader = Callable[["ReadContext"], list[RawArticle]]
_REGISTRY: dict[str, Reader] = {}


def register_reader(suffixes: Iterable[str], fn: Reader) -> None:
    """Make ``fn`` the reader for files ending in ``suffixes`` (".md", ".txt", ...); the last
    registration for a suffix wins, so a project can replace a built-in reader."""
    for s in suffixes:
        s = s.lower() if s.startswith(".") else "." + s.lower()
        if s in SIDECAR_SUFFIXES:
            raise ValueError(f"{s} is reserved for sidecar metadata files")
        _REGISTRY[s] = fn


def registered_suffixes() -> tuple[str, ...]:
    return tuple(sorted(_REGISTRY))


@dataclass
class ReadContext:
    """Everything a reader needs about one file."""

    path: Path  # the file (absolute or as given)
    rel: str  # path relative to the content folder, forward slashes
    shown: str  # how problems name the file (relative to the content folder's parent)
    config: Config
    outlets: OutletTable
    data: bytes
    sidecar: dict[str, Any] | None = None
    sidecar_name: str | None = None
    problems: list[Problem] = field(default_factory=list)
    decoded: Decoded | None = None

    @property
    def stem(self) -> str:
        return self.path.stem

    def problem(self, message: str, severity: str = "warning") -> None:
        self.problems.append(Problem(path=self.shown, message=message, severity=severity))

    def warn(self, message: str) -> None:
        self.problem(message, "warning")

    def text(self, declared: str | None = None) -> str:
        """The decoded file; raises ReadError when it is binary, undecodable or blank."""
        if self.decoded is None:
            try:
                self.decoded = decode_bytes(self.data, declared)
            except DecodeError as e:
                raise ReadError(str(e)) from None
            if self.decoded.warning:
                self.warn(f"encoding: {self.decoded.warning}")
        if is_blank(self.decoded.text):
            raise ReadError("empty file (only whitespace)")
        return self.decoded.text

    def item_id(self, n: int) -> str:
        """Id of the ``n``-th article of a multi-article file (JSON list, JSON Lines)."""
        return f"{slugify(self.stem)}-{n}"


# --------------------------------------------------------------------------- ids


def slugify(stem: str) -> str:
    """An ASCII-safe, stable id from a file stem. Arabic (or other non-Latin) letters cannot be
    transliterated reliably here, so they are replaced by a short hash of the stem: stable
    across builds and machines, distinct for distinct names."""
    nfkd = unicodedata.normalize("NFKD", stem)
    ascii_part = nfkd.encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9_-]+", "-", ascii_part).strip("-_")
    slug = re.sub(r"-{2,}", "-", slug)
    dropped = any(unicodedata.category(ch).startswith("L") and ord(ch) > 127
                  and not unicodedata.normalize("NFKD", ch).encode("ascii", "ignore")
                  for ch in unicodedata.normalize("NFC", stem))
    if dropped or not slug:
        h = hashlib.sha256(unicodedata.normalize("NFC", stem).encode("utf-8")).hexdigest()[:8]
        slug = f"{slug}-{h}" if slug else f"a-{h}"
    return slug


# --------------------------------------------------------------------------- walking


def _walk(content_dir: Path) -> Iterable[Path]:
    """Every non-hidden entry under ``content_dir`` in sorted order (symlinks not followed)."""
    for dirpath, dirnames, filenames in os.walk(content_dir, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        base = Path(dirpath)
        entries = [base / f for f in filenames if not f.startswith(".")]
        entries += [base / d for d in dirnames if (base / d).is_symlink()]
        yield from sorted(entries)


def _sort_key(rel: str) -> tuple[str, ...]:
    return tuple(rel.split("/"))


def _load_sidecar(path: Path, shown: str, problems: list[Problem]) -> dict[str, Any] | None:
    try:
        raw = path.read_bytes()
        loaded = load_metadata_yaml(decode_bytes(raw).text)
    except (OSError, DecodeError) as e:
        problems.append(Problem(shown, f"metadata file ignored: cannot read it ({e})", "warning"))
        return None
    except yaml.YAMLError as e:
        problems.append(Problem(shown, f"metadata file ignored: not valid YAML ({_yaml_reason(e)})",
                                "warning"))
        return None
    if loaded is None:
        return {}
    if not isinstance(loaded, dict):
        problems.append(Problem(shown, "metadata file ignored: expected key: value lines "
                                       f"(a mapping), got {type(loaded).__name__}", "warning"))
        return None
    return loaded


class _MetadataLoader(yaml.SafeLoader):
    """SafeLoader whose dates never raise: ``published: 2017-02-30`` matches YAML's timestamp
    pattern but is no date; it stays a string (and the metadata check reports it), instead of a
    ValueError that would lose the whole file."""


class _FastMetadataLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """The same on libyaml's C parser: the pure-Python one was most of the read stage (every
    content file's front matter, on every build, incremental ones too)."""


def _lenient_timestamp(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except (ValueError, OverflowError):
        return loader.construct_scalar(node)


_MetadataLoader.add_constructor("tag:yaml.org,2002:timestamp", _lenient_timestamp)
_FastMetadataLoader.add_constructor("tag:yaml.org,2002:timestamp", _lenient_timestamp)


def load_metadata_yaml(text: str) -> Any:
    """``yaml.safe_load`` for front matter and sidecars (impossible dates stay strings).

    libyaml first (same values on the same schema); text it rejects is parsed again by the
    pure-Python loader, whose error (and its wording, which the build reports) is the one raised."""
    try:
        return yaml.load(text, Loader=_FastMetadataLoader)  # noqa: S506 (a SafeLoader subclass)
    except yaml.YAMLError:
        return yaml.load(text, Loader=_MetadataLoader)  # noqa: S506 (a SafeLoader subclass)


def _yaml_reason(e: yaml.YAMLError) -> str:
    mark = getattr(e, "problem_mark", None)
    what = getattr(e, "problem", None) or str(e).splitlines()[0]
    return f"{what} at line {mark.line + 1}" if mark is not None else str(what)


def _load_outlets(config: Config, problems: list[Problem]) -> OutletTable:
    extra = config.root / "outlets.yaml"
    try:
        return OutletTable.load([extra])
    except Exception as e:  # a broken user table must not stop reading: use the built-in one
        problems.append(Problem(str(extra), f"outlet table ignored: {e}", "warning"))
        return OutletTable.load([])


def read_content(content_dir: Path, config: Config) -> tuple[list[RawArticle], list[Problem]]:
    """Read every article under ``content_dir``: (articles, problems), both in path order."""
    from . import builtins  # noqa: F401  (registers the built-in readers)

    content_dir = Path(content_dir)
    problems: list[Problem] = []
    articles: list[RawArticle] = []
    shown_base = content_dir.name or str(content_dir)

    def shown(rel: str) -> str:
        return f"{shown_base}/{rel}"

    if not content_dir.is_dir():
        problems.append(Problem(str(content_dir), "content folder not found"))
        return articles, problems
    root_real = content_dir.resolve()
    outlets = _load_outlets(config, problems)

    entries = [(p.relative_to(content_dir).as_posix(), p) for p in _walk(content_dir)]
    entries.sort(key=lambda e: _sort_key(e[0]))
    article_stems = {(str(Path(rel).parent), Path(rel).stem) for rel, p in entries
                     if p.suffix.lower() in _REGISTRY}

    used_ids: dict[str, str] = {}
    for rel, path in entries:
        suffix = path.suffix.lower()
        # symlinks: only inside the content folder, never folders (loops, double reading)
        if path.is_symlink():
            try:
                target = path.resolve(strict=True)
            except (OSError, RuntimeError):
                problems.append(Problem(shown(rel), "broken symlink; skipped"))
                continue
            if not target.is_relative_to(root_real):
                problems.append(Problem(shown(rel), f"symlink points outside the content folder "
                                                    f"({target}); skipped"))
                continue
            if target.is_dir():
                problems.append(Problem(shown(rel), "symlink to a folder is not followed (its files "
                                                    "are read where they are)", "warning"))
                continue
        if suffix in SIDECAR_SUFFIXES:
            if (str(Path(rel).parent), path.stem) not in article_stems:
                problems.append(Problem(shown(rel), "metadata file with no article beside it "
                                                    f"(expected {path.stem}.txt, .md, .html ...); ignored",
                                        "warning"))
            continue
        if path.name.endswith("~") or (path.name.startswith("#") and path.name.endswith("#")):
            continue  # editor backup / autosave files
        reader = _REGISTRY.get(suffix)
        if reader is None:
            problems.append(Problem(shown(rel), f"not an article file type (known: "
                                                f"{', '.join(registered_suffixes())}); ignored", "warning"))
            continue
        for art in _read_one(path, rel, shown(rel), config, outlets, reader, problems):
            articles.append(_unique_id(art, used_ids, shown(rel), problems))
    return articles, problems


def _read_one(path: Path, rel: str, shown: str, config: Config, outlets: OutletTable,
              reader: Reader, problems: list[Problem]) -> list[RawArticle]:
    try:
        st = path.stat()
    except OSError as e:
        problems.append(Problem(shown, f"cannot read: {e.strerror or e}"))
        return []
    if not stat.S_ISREG(st.st_mode):
        problems.append(Problem(shown, "not a regular file (pipe, socket or device); skipped"))
        return []
    if st.st_size > MAX_BYTES:
        problems.append(Problem(shown, f"too large ({st.st_size / 1048576:.1f} MB; the limit is "
                                       f"{MAX_BYTES // 1048576} MB); skipped"))
        return []
    if st.st_size == 0:
        problems.append(Problem(shown, "empty file"))
        return []
    try:
        data = path.read_bytes()
    except OSError as e:
        problems.append(Problem(shown, f"cannot read: {e.strerror or e}"))
        return []

    sidecar, sidecar_name, side_bytes = None, None, b""
    for suf in SIDECAR_SUFFIXES:
        sp = path.with_suffix(suf)
        if sp.is_file() and not sp.name.startswith("."):
            side_shown = shown[: len(shown) - len(path.name)] + sp.name
            sidecar = _load_sidecar(sp, side_shown, problems)
            sidecar_name = sp.name
            try:
                side_bytes = sp.read_bytes()
            except OSError:
                side_bytes = b""
            break

    ctx = ReadContext(path=path, rel=rel, shown=shown, config=config, outlets=outlets, data=data,
                      sidecar=sidecar, sidecar_name=sidecar_name)
    try:
        found = reader(ctx)
    except ReadError as e:
        problems.extend(ctx.problems)
        problems.append(Problem(shown, str(e)))
        return []
    except Exception as e:  # a reader bug must not stop the build; name it
        problems.extend(ctx.problems)
        problems.append(Problem(shown, f"reader failed: {type(e).__name__}: {e}"))
        return []
    problems.extend(ctx.problems)

    file_hash = hashlib.sha256(data + side_bytes).hexdigest()
    encoding = ctx.decoded.encoding if ctx.decoded else "utf-8"
    out = []
    for i, art in enumerate(found, 1):
        changes: dict[str, Any] = {}
        if not art.id:
            changes["id"] = slugify(path.stem) if len(found) == 1 else f"{slugify(path.stem)}-{i}"
        if not art.source_file:
            changes["source_file"] = rel
        if not art.content_hash:
            # items of one file get distinct hashes (a cache keyed by hash must not mix them)
            changes["content_hash"] = file_hash if len(found) == 1 else hashlib.sha256(
                f"{file_hash}:{changes.get('id', art.id)}".encode()).hexdigest()
        if art.encoding == "utf-8" and encoding != "utf-8":
            changes["encoding"] = encoding
        out.append(replace(art, **changes) if changes else art)
    return out


def _unique_id(art: RawArticle, used: dict[str, str], shown: str, problems: list[Problem]) -> RawArticle:
    if art.id not in used:
        used[art.id] = art.source_file
        return art
    n = 2
    while f"{art.id}-{n}" in used:
        n += 1
    new = f"{art.id}-{n}"
    problems.append(Problem(shown, f"id {art.id!r} already used by {used[art.id]}; this article is "
                                   f"{new!r}", "warning"))
    used[new] = art.source_file
    return replace(art, id=new)
