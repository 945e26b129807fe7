"""Content-addressed memo of derived records, for the stages after analysis.

Clustering, timelines and summaries are pure functions of the analysed articles (and of the code
and data that make them). A build that adds one article to a thousand should not recompute the
other 999 articles' summaries or the timelines of stories it did not touch, so those results are
kept on disk under ``config.cache_path / name``, keyed by the digest of their inputs and of the code
that made them. A key never goes stale: any change to the inputs or the code is a different key
(old entries are only wasted space; deleting the cache folder is always safe).

``digest`` is the one way to fingerprint a record (articles, stories, config): a memo-free pickle,
because plain ``pickle.dumps`` writes back-references for objects shared in the graph (interned
strings), so a freshly analysed article and the same article read back from the analysis cache
would not hash alike.
"""
from __future__ import annotations

import hashlib
import io
import os
import pickle
import weakref
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import __version__


_DIGESTS: dict[int, tuple[weakref.ref, str]] = {}


def digest(obj: object) -> str:
    """sha256 of the object's value (pickle without memo: same value, same bytes).

    Frozen dataclass instances (articles, stories) are digested once per object: several stages
    fingerprint the same records in one build.
    """
    params = getattr(type(obj), "__dataclass_params__", None)
    if params is None or not params.frozen or not hasattr(type(obj), "__weakref__"):
        return _digest(obj)  # (the slotted fact records take no weak reference: digested each time)
    k = id(obj)
    hit = _DIGESTS.get(k)
    if hit is not None and hit[0]() is obj:
        return hit[1]
    d = _digest(obj)
    _DIGESTS[k] = (weakref.ref(obj, lambda _ref, k=k: _DIGESTS.pop(k, None)), d)
    return d


def _digest(obj: object) -> str:
    buf = io.BytesIO()
    # (the C pickler keeps a UTF-8 copy inside each non-ASCII string it writes; a pickler that
    # encoded strings itself avoided that memory but made every digest 2-3x slower, and digests of
    # all articles and stories are on the path of every incremental build)
    p = pickle.Pickler(buf, protocol=4)
    p.fast = True  # no memo: the bytes depend on the values only
    p.dump(obj)
    return hashlib.sha256(buf.getvalue()).hexdigest()


@lru_cache(maxsize=32)
def code_fingerprint(*paths: str) -> str:
    """Fingerprint of source/data files (globs relative to the package) and the version."""
    pkg = Path(__file__).parent
    h = hashlib.sha256(__version__.encode())
    for pattern in paths:
        for f in sorted(pkg.glob(pattern)):
            if f.is_file():
                h.update(f.relative_to(pkg).as_posix().encode())
                h.update(f.read_bytes())
    return h.hexdigest()


class Memo:
    """Pickles under ``folder`` by key; ``folder=None`` keeps nothing (every lookup misses)."""

    def __init__(self, folder: Path | None, code: str) -> None:
        self.folder = folder
        self.code = code
        self.hits = 0
        self.misses = 0

    def key(self, *parts: str | Iterable[str]) -> str:
        h = hashlib.sha256(self.code.encode())
        for p in parts:
            for s in ([p] if isinstance(p, str) else p):
                h.update(s.encode())
                h.update(b"\0")
        return h.hexdigest()

    def _file(self, key: str) -> Path:
        assert self.folder is not None
        return self.folder / key[:2] / f"{key}.pickle"

    def get(self, key: str) -> Any | None:
        if self.folder is not None:
            try:
                value = pickle.loads(self._file(key).read_bytes())
                self.hits += 1
                return value
            except Exception:  # missing or damaged: a miss
                pass
        self.misses += 1
        return None

    def put(self, key: str, value: Any) -> None:
        if self.folder is None:
            return
        f = self._file(key)
        try:
            f.parent.mkdir(parents=True, exist_ok=True)
            tmp = f.with_suffix(f".tmp{os.getpid()}")
            tmp.write_bytes(pickle.dumps(value, protocol=4))
            tmp.replace(f)
        except OSError:  # a read-only or full disk only costs speed
            pass
