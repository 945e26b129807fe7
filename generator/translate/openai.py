"""Any OpenAI-compatible chat-completions endpoint (OpenAI, vLLM, llama.cpp server, Ollama...).

stdlib ``urllib`` only, so the optional dependency is a URL rather than a package. Texts go
``batch_size`` at a time as numbered lines in one prompt ("[1] ...", "[2] ..."); if the reply
does not give back exactly those numbers, that batch is redone one text per request, so a
chatty model never shifts translations onto the wrong article. 5xx answers, timeouts and
connection errors are retried with exponential backoff; other 4xx answers are not (the request
itself is wrong: model name, key); 429 (rate limit) is retried. When the endpoint cannot be
reached the error names the URL.
"""
from __future__ import annotations

import http.client
import json
import os
import re
import time
import urllib.error
import urllib.request

from ..config import Config
from .base import TranslationError, register

SYSTEM = ("You are a translator of Arabic news for analysts. Translate faithfully into {dst}: keep every "
          "name, number, date and attribution; add nothing. Reply with the translation only.")
BATCH = ("Translate each numbered text from {src} into {dst}. Answer with exactly {n} lines, each starting "
         "with its number in square brackets like [1], and nothing else.\n\n{lines}")
SINGLE = "Translate this text from {src} into {dst}. Reply with the translation only.\n\n{text}"
LANGS = {"ar": "Arabic", "en": "English", "fr": "French"}
_NUMBERED = re.compile(r"^\s*\[(\d+)\]\s*(.*)$")


class OpenAITranslator:
    name = "openai"
    translates_text = True

    def __init__(self, base_url: str, model: str, api_key: str | None = None, timeout: float = 30.0,
                 retries: int = 3, batch_size: int = 8, backoff: float = 0.5) -> None:
        self.url = base_url.rstrip("/") + "/chat/completions"
        self.model = model
        self.api_key = api_key
        self.timeout = timeout
        self.retries = max(0, retries)
        self.batch_size = max(1, batch_size)
        self.backoff = backoff

    # ------------------------------------------------------------------ public
    def translate(self, texts: list[str], src: str = "ar", dst: str = "en") -> list[str]:
        out: list[str] = []
        for i in range(0, len(texts), self.batch_size):
            out.extend(self._batch(texts[i:i + self.batch_size], src, dst))
        return out

    # ------------------------------------------------------------------ batching
    def _batch(self, texts: list[str], src: str, dst: str) -> list[str]:
        if len(texts) == 1:
            return [self._single(texts[0], src, dst)]
        lines = "\n".join(f"[{k}] {' '.join(t.split())}" for k, t in enumerate(texts, 1))
        reply = self._chat(BATCH.format(src=LANGS.get(src, src), dst=LANGS.get(dst, dst), n=len(texts),
                                        lines=lines), dst)
        parsed = parse_numbered(reply, len(texts))
        if parsed is None:  # the model did not keep the numbering: one request per text
            return [self._single(t, src, dst) for t in texts]
        return parsed

    def _single(self, text: str, src: str, dst: str) -> str:
        reply = self._chat(SINGLE.format(src=LANGS.get(src, src), dst=LANGS.get(dst, dst), text=text), dst)
        m = _NUMBERED.match(reply)
        return (m.group(2) if m and m.group(1) == "1" else reply).strip()

    # ------------------------------------------------------------------ HTTP
    def _chat(self, prompt: str, dst: str) -> str:
        body = {"model": self.model, "temperature": 0,
                "messages": [{"role": "system", "content": SYSTEM.format(dst=LANGS.get(dst, dst))},
                             {"role": "user", "content": prompt}]}
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        last = ""
        for attempt in range(self.retries + 1):
            if attempt:
                time.sleep(self.backoff * (2 ** (attempt - 1)))
            req = urllib.request.Request(self.url, data=data, headers=headers, method="POST")
            try:
                with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                    raw = resp.read()
            except urllib.error.HTTPError as e:
                detail = e.read()[:300].decode("utf-8", "replace")
                last = f"HTTP {e.code} {e.reason}: {detail}".strip()
                if e.code >= 500 or e.code == 429:
                    continue
                raise TranslationError(
                    f"translation endpoint {self.url} refused the request: {last}") from None
            except (urllib.error.URLError, TimeoutError, ConnectionError, http.client.HTTPException, OSError) as e:
                reason = getattr(e, "reason", e)
                last = f"{type(e).__name__}: {reason}"
                continue
            return _content(raw, self.url)
        raise TranslationError(f"translation endpoint {self.url} unreachable or failing after "
                               f"{self.retries + 1} attempts ({last})")


def _content(raw: bytes, url: str) -> str:
    try:
        payload = json.loads(raw.decode("utf-8"))
        content = payload["choices"][0]["message"]["content"]
    except (ValueError, KeyError, IndexError, TypeError):
        raise TranslationError(f"translation endpoint {url} gave an answer that is not a chat completion: "
                               f"{raw[:200]!r}") from None
    if not isinstance(content, str):
        raise TranslationError(f"translation endpoint {url} gave no text content")
    return content


def parse_numbered(reply: str, n: int) -> list[str] | None:
    """``[k] text`` lines -> list of n texts, or None unless exactly 1..n were all given."""
    found: dict[int, list[str]] = {}
    current: int | None = None
    for line in reply.splitlines():
        m = _NUMBERED.match(line)
        if m:
            current = int(m.group(1))
            if current in found:
                return None
            found[current] = [m.group(2).strip()]
        elif current is not None and line.strip():
            found[current].append(line.strip())
    if sorted(found) != list(range(1, n + 1)):
        return None
    out = [" ".join(found[k]).strip() for k in range(1, n + 1)]
    return out if all(out) else None


@register("openai")
def _factory(config: Config) -> OpenAITranslator:
    tc = config.translation
    if not tc.base_url:
        raise TranslationError("translation.backend is openai but translation.base_url is not set "
                               "(e.g. https://api.openai.com/v1 or http://127.0.0.1:8080/v1)")
    if not tc.model:
        raise TranslationError("translation.backend is openai but translation.model is not set")
    return OpenAITranslator(tc.base_url, tc.model, api_key=os.environ.get(tc.api_key_env) or None,
                            timeout=tc.timeout, retries=tc.retries, batch_size=tc.batch_size)
