"""Translation backends against a REAL loopback HTTP server speaking the chat-completions API.

The server runs in a thread on 127.0.0.1 with an ephemeral port; each test scripts its answers
(status codes, contents) and inspects the requests it received.
"""
from __future__ import annotations

import json
import socket
import threading
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from generator.config import Config, TranslationConfig
from generator.models import Article, Facts, RawArticle, Summary
from generator.nlp.sentences import split_sentences
from generator.summarise import summarise_all, summary_problems
from generator.translate import TranslationError, backends, get_translator
from generator.translate.openai import OpenAITranslator, parse_numbered

AR_TEXTS = [
    "سيطرت قوات النظام السوري على مدينة البوكمال آخر معاقل تنظيم الدولة.",
    "أجبرت المعارك نحو 120 ألف شخص على النزوح من المدينة، وفق تقديرات الأمم المتحدة.",
    "قتل أربعة مدنيين بينهم طفلان وامرأة في قصف جوي على معبر فوق نهر الفرات.",
]
EN_TEXTS = [
    "Syrian government forces took control of Abu Kamal, the last stronghold of the Islamic State.",
    "The fighting forced about 120,000 people to flee the city, according to UN estimates.",
    "Four civilians, including two children and a woman, were killed in an air strike.",
]
DICTIONARY = dict(zip(AR_TEXTS, EN_TEXTS))


class FakeEndpoint:
    """A scripted OpenAI-compatible server: records requests, answers from the dictionary."""

    def __init__(self) -> None:
        self.requests: list[dict] = []
        self.paths: list[str] = []
        self.headers: list[dict] = []
        self.fail_next: list[int] = []  # status codes to answer before answering normally
        self.garble = False  # answer batches without the numbering
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # keep pytest output clean
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                body = json.loads(self.rfile.read(length).decode("utf-8"))
                outer.requests.append(body)
                outer.paths.append(self.path)
                outer.headers.append(dict(self.headers))
                if outer.fail_next:
                    code = outer.fail_next.pop(0)
                    self.send_response(code)
                    self.send_header("Content-Type", "application/json")
                    self.end_headers()
                    self.wfile.write(b'{"error": {"message": "scripted failure"}}')
                    return
                content = outer.answer(body["messages"][-1]["content"])
                data = json.dumps({"id": "x", "object": "chat.completion",
                                   "choices": [{"index": 0, "message": {"role": "assistant", "content": content},
                                                "finish_reason": "stop"}]}).encode("utf-8")
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def answer(self, prompt: str) -> str:
        numbered = [line for line in prompt.splitlines() if line.startswith("[")]
        if numbered:
            out = []
            for line in numbered:
                k, text = line[1:].split("] ", 1)
                en = DICTIONARY.get(text, f"translation of {len(text)} chars")
                out.append(en if self.garble else f"[{k}] {en}")
            return "\n".join(out)
        text = prompt.split("\n\n", 1)[1]
        return DICTIONARY.get(text, f"translation of {len(text)} chars")

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def endpoint():
    ep = FakeEndpoint()
    yield ep
    ep.close()


def _config(tmp_path: Path, ep: FakeEndpoint | None, **kw) -> Config:
    tc = TranslationConfig(backend="openai", base_url=ep.base_url if ep else None, model=kw.pop("model", "test-model"),
                           api_key_env="BRIEFING_TEST_KEY", timeout=5.0, retries=kw.pop("retries", 2),
                           batch_size=kw.pop("batch_size", 8))
    return Config(root=tmp_path, cache_dir=tmp_path / "cache", translation=tc)


def test_registry_lists_builtins():
    assert backends() == ["argos", "facts", "openai"]


def test_request_body_and_answer(endpoint, tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFING_TEST_KEY", "sk-test")
    tr = get_translator(_config(tmp_path, endpoint))
    assert tr.translate([AR_TEXTS[0]]) == [EN_TEXTS[0]]
    body = endpoint.requests[0]
    assert endpoint.paths == ["/v1/chat/completions"]
    assert body["model"] == "test-model"
    assert [m["role"] for m in body["messages"]] == ["system", "user"]
    assert AR_TEXTS[0] in body["messages"][-1]["content"]
    assert endpoint.headers[0].get("Authorization") == "Bearer sk-test"


@pytest.mark.parametrize("batch_size,requests", [(8, 1), (2, 2), (1, 3)])
def test_batching(endpoint, tmp_path, batch_size, requests):
    tr = get_translator(_config(tmp_path, endpoint, batch_size=batch_size))
    assert tr.translate(AR_TEXTS) == EN_TEXTS
    assert len(endpoint.requests) == requests


def test_unnumbered_batch_reply_falls_back_to_one_request_per_text(endpoint, tmp_path):
    endpoint.garble = True
    tr = get_translator(_config(tmp_path, endpoint))
    assert tr.translate(AR_TEXTS) == EN_TEXTS
    assert len(endpoint.requests) == 1 + len(AR_TEXTS)


def test_retry_after_500(endpoint, tmp_path):
    endpoint.fail_next = [500, 503]
    tr = OpenAITranslator(endpoint.base_url, "m", retries=2, backoff=0.01)
    assert tr.translate([AR_TEXTS[1]]) == [EN_TEXTS[1]]
    assert len(endpoint.requests) == 3


def test_500_until_retries_exhausted(endpoint, tmp_path):
    endpoint.fail_next = [500, 500, 500]
    tr = OpenAITranslator(endpoint.base_url, "m", retries=2, backoff=0.01)
    with pytest.raises(TranslationError, match="HTTP 500"):
        tr.translate([AR_TEXTS[1]])
    assert len(endpoint.requests) == 3


def test_no_retry_on_4xx(endpoint):
    endpoint.fail_next = [400, 400]
    tr = OpenAITranslator(endpoint.base_url, "m", retries=3, backoff=0.01)
    with pytest.raises(TranslationError, match="refused the request: HTTP 400"):
        tr.translate([AR_TEXTS[0]])
    assert len(endpoint.requests) == 1


def _closed_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there any more
    return port


def test_unreachable_endpoint_names_the_url():
    port = _closed_port()
    tr = OpenAITranslator(f"http://127.0.0.1:{port}/v1", "m", retries=1, backoff=0.01, timeout=2)
    with pytest.raises(TranslationError) as e:
        tr.translate([AR_TEXTS[0]])
    assert f"http://127.0.0.1:{port}/v1/chat/completions" in str(e.value)
    assert "unreachable" in str(e.value)


def test_cache_hit_makes_no_request(endpoint, tmp_path):
    cfg = _config(tmp_path, endpoint)
    assert get_translator(cfg).translate(AR_TEXTS[:2]) == EN_TEXTS[:2]
    n = len(endpoint.requests)
    # a new translator (a later build) over the same cache folder
    assert get_translator(cfg).translate(AR_TEXTS[:2]) == EN_TEXTS[:2]
    assert len(endpoint.requests) == n
    # only the new text reaches the endpoint
    assert get_translator(cfg).translate(AR_TEXTS) == EN_TEXTS
    assert len(endpoint.requests) == n + 1
    assert AR_TEXTS[2] in endpoint.requests[-1]["messages"][-1]["content"]
    assert AR_TEXTS[0] not in endpoint.requests[-1]["messages"][-1]["content"]


def test_cache_invalidated_by_model_change(endpoint, tmp_path):
    get_translator(_config(tmp_path, endpoint, model="model-a")).translate(AR_TEXTS[:1])
    assert len(endpoint.requests) == 1
    get_translator(_config(tmp_path, endpoint, model="model-b")).translate(AR_TEXTS[:1])
    assert len(endpoint.requests) == 2
    assert endpoint.requests[-1]["model"] == "model-b"
    get_translator(_config(tmp_path, endpoint, model="model-a")).translate(AR_TEXTS[:1])
    assert len(endpoint.requests) == 2  # model-a's entry is still there


@pytest.mark.parametrize("reply,n,expected", [
    ("[1] one\n[2] two", 2, ["one", "two"]),
    ("Here you go:\n[1] one\ncontinued\n[2] two", 2, ["one continued", "two"]),
    ("[1] one", 2, None),
    ("[1] one\n[1] again\n[2] two", 2, None),
    ("one\ntwo", 2, None),
])
def test_parse_numbered(reply, n, expected):
    assert parse_numbered(reply, n) == expected


# --------------------------------------------------------------------------- through summarise

BODY = ("سيطرت قوات النظام السوري على مدينة البوكمال آخر معاقل تنظيم الدولة على الحدود مع العراق.\n\n"
        "وأجبرت المعارك المستمرة منذ أسابيع نحو 120 ألف شخص على النزوح من المدينة، وفق تقديرات الأمم المتحدة.\n\n"
        "المصدر : الجزيرة")


def _article() -> Article:
    raw = RawArticle(id="a1", source_file="a1.md", body=BODY)
    return Article(raw=raw, sentences=split_sentences(BODY), facts=Facts())


def test_summary_uses_translation_and_keeps_facts_briefing(endpoint, tmp_path):
    arts, _ = summarise_all([_article()], [], _config(tmp_path, endpoint))
    s = arts[0].summary
    assert s.en_backend == "openai" and not s.en_generated and not s.en_failed
    assert s.en.startswith("translation of") or s.en in EN_TEXTS
    assert endpoint.requests and s.ar in endpoint.requests[0]["messages"][-1]["content"]
    assert s.en_facts == summarise_all([_article()], [], Config())[0][0].summary.en


def test_failed_translation_falls_back_and_is_marked(tmp_path):
    cfg = _config(tmp_path, None)
    cfg = replace(cfg, translation=replace(cfg.translation, base_url=f"http://127.0.0.1:{_closed_port()}/v1",
                                           retries=0, timeout=2))
    arts, _ = summarise_all([_article()], [], cfg)
    s = arts[0].summary
    assert s.en_failed and s.en_generated
    assert s.en_backend.startswith("facts (fallback: ") and "unreachable" in s.en_backend
    assert s.en == s.en_facts
    problems = summary_problems(arts, [])
    assert len(problems) == 1 and problems[0].severity == "warning" and problems[0].path == "a1.md"


def test_facts_backend_makes_no_translation(tmp_path):
    arts, _ = summarise_all([_article()], [], Config(root=tmp_path, cache_dir=tmp_path / "c"))
    s = arts[0].summary
    assert s.en_backend == "facts" and s.en_generated and not s.en_failed
    assert not (tmp_path / "c" / "translations").exists()  # no translation cache (summaries have their own memo)


# --------------------------------------------------------------------------- argos


def _argos_ready() -> bool:
    try:
        from argostranslate import translate as t  # type: ignore[import-not-found]
    except ImportError:
        return False
    codes = {lang.code for lang in t.get_installed_languages()}
    return {"ar", "en"} <= codes


def test_argos_missing_gives_install_hint(tmp_path):
    if _argos_ready():
        pytest.skip("argostranslate with ar->en is installed here; the missing case cannot be shown")
    cfg = Config(root=tmp_path, cache_dir=tmp_path / "c", translation=TranslationConfig(backend="argos"))
    with pytest.raises(TranslationError) as e:
        get_translator(cfg)
    msg = str(e.value)
    assert "pip install briefing[argos]" in msg or "argospm install translate-ar_en" in msg
    # and through summarise: marked fallback, not a crash
    arts, _ = summarise_all([_article()], [], cfg)
    assert arts[0].summary.en_failed and "argos" in arts[0].summary.en_error


def test_argos_translates(tmp_path):
    if not _argos_ready():
        pytest.skip("argostranslate or its ar->en package is not installed (pip install briefing[argos]; "
                    "argospm install translate-ar_en)")
    cfg = Config(root=tmp_path, cache_dir=tmp_path / "c", translation=TranslationConfig(backend="argos"))
    out = get_translator(cfg).translate([AR_TEXTS[0]])
    assert out[0] and not any("\u0600" <= c <= "\u06ff" for c in out[0])


def test_summary_record_defaults():
    s = Summary()
    assert s.en_facts == "" and not s.en_failed and s.ar_sources == ()
