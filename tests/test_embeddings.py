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


def test_the_encoder_runs_blas_on_one_thread_and_gives_the_same_vectors():
    """One BLAS thread per encoding process (prefetch forks one per core): spinning threads had
    cost several times the CPU. The vectors must be bit for bit those of a multi-threaded run, or
    stories would change with the machine's core count."""
    from threadpoolctl import threadpool_limits

    texts = ["سيطرت قوات النظام السوري على مدينة البوكمال بعد معارك عنيفة",
             "قال المرصد السوري إن عشرة مدنيين قتلوا في قصف جوي على سوق شعبية في إدلب",
             "ضرب زلزال بقوة 5 درجات شمال البلاد صباح الثلاثاء", "تعز"] * 40
    one = embeddings._model_encode(texts)
    assert embeddings._MODEL.threads == 1
    model = embeddings._MODEL._model  # the backend, unwrapped: what the limit would otherwise be
    with threadpool_limits(limits=2, user_api="blas"):
        two = model._encode(texts)
    assert one.shape == (len(texts), 512)
    assert np.array_equal(one, two)
