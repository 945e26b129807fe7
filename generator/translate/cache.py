"""A persistent translation cache (sqlite under ``<cache_dir>/translations``).

Machine translation is slow and may cost money, and a site is rebuilt many times from mostly the
same articles, so each translation is kept. The key is (backend, model, base_url, direction,
sha256 of the source text): changing the backend, the model or the endpoint invalidates what
was cached for the old one without deleting it.
"""
from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from .base import Translator


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class TranslationCache:
    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / "cache.sqlite3"
        self._db = sqlite3.connect(self.path)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS translations (backend TEXT, model TEXT, base_url TEXT, "
            "src TEXT, dst TEXT, hash TEXT, translation TEXT, "
            "PRIMARY KEY (backend, model, base_url, src, dst, hash))")
        self._db.commit()

    def get(self, ident: tuple[str, str, str], src: str, dst: str, text: str) -> str | None:
        row = self._db.execute(
            "SELECT translation FROM translations WHERE backend=? AND model=? AND base_url=? "
            "AND src=? AND dst=? AND hash=?", (*ident, src, dst, text_hash(text))).fetchone()
        return row[0] if row else None

    def put(self, ident: tuple[str, str, str], src: str, dst: str, text: str, translation: str) -> None:
        self._db.execute("INSERT OR REPLACE INTO translations VALUES (?, ?, ?, ?, ?, ?, ?)",
                         (*ident, src, dst, text_hash(text), translation))
        self._db.commit()

    def close(self) -> None:
        self._db.close()


class CachedTranslator:
    """Wraps a backend: only texts not in the cache reach it, each result is stored at once."""

    def __init__(self, inner: Translator, cache: TranslationCache, model: str | None,
                 base_url: str | None) -> None:
        self.inner = inner
        self.name = inner.name
        self.cache = cache
        self.ident = (inner.name, model or "", (base_url or "").rstrip("/"))

    def translate(self, texts: list[str], src: str = "ar", dst: str = "en") -> list[str]:
        out: list[str | None] = [self.cache.get(self.ident, src, dst, t) for t in texts]
        missing = [i for i, t in enumerate(out) if t is None]
        # each distinct text is sent once, in first-seen order
        unique: list[str] = []
        for i in missing:
            if texts[i] not in unique:
                unique.append(texts[i])
        if unique:
            done = self.inner.translate(unique, src=src, dst=dst)
            got = dict(zip(unique, done))
            for text, tr in got.items():
                if tr and tr.strip():
                    self.cache.put(self.ident, src, dst, text, tr)
            for i in missing:
                out[i] = got[texts[i]]
        return [t or "" for t in out]
