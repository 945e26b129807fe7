"""Sentence vectors are cached by text on disk: a rebuild encodes only new texts."""
from __future__ import annotations

import numpy as np

from generator import embeddings


def test_vectors_come_from_the_disk_cache_on_the_next_run(tmp_path, monkeypatch):
    calls: list[list[str]] = []

    def fake_model(texts):
        calls.append(list(texts))
        return np.array([[len(t), 1.0, 0.0] for t in texts], dtype=np.float32)

    monkeypatch.setattr(embeddings, "_MEMO", {})
    embeddings.set_cache_dir(tmp_path)
    try:
        v1 = embeddings.encode(["سيطرت القوات على المدينة", "زلزال"], fake_model)
        assert calls == [["سيطرت القوات على المدينة", "زلزال"]]
        monkeypatch.setattr(embeddings, "_MEMO", {})  # a new process: only the disk cache is left
        v2 = embeddings.encode(["زلزال", "سيطرت القوات على المدينة", "نص جديد"], fake_model)
        assert calls[1:] == [["نص جديد"]]
        assert np.allclose(v2[0], v1[1]) and np.allclose(v2[1], v1[0])
        assert (tmp_path / "embeddings.sqlite").is_file()
    finally:
        embeddings.set_cache_dir(None)


def test_duplicate_texts_are_encoded_once(monkeypatch):
    calls: list[list[str]] = []

    def fake_model(texts):
        calls.append(list(texts))
        return np.ones((len(texts), 2), dtype=np.float32)

    monkeypatch.setattr(embeddings, "_MEMO", {})
    embeddings.set_cache_dir(None)
    out = embeddings.encode(["أ", "ب", "أ"], fake_model)
    assert out.shape == (3, 2) and calls == [["أ", "ب"]]
