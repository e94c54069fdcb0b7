"""Masking secrets: the API keys clients were built with, and sensitive header values.

Apart from `log.py` so that building a client (which registers its key) does not load `logging`.
"""

from __future__ import annotations

import re
import threading
from typing import Any

__all__ = [
    "SENSITIVE_HEADERS",
    "RedactedHeaders",
    "Secret",
    "Secrets",
    "redact",
    "redact_deep",
    "redact_headers",
    "register_secret",
]

SENSITIVE_HEADERS = frozenset({"x-api-key", "authorization", "proxy-authorization", "cookie", "set-cookie"})

_MASK = "***"
_secrets: set[str] = set()
_lock = threading.Lock()
_HEADER_RE = re.compile(
    r"(?i)(['\"]?(?:x-api-key|authorization|proxy-authorization)['\"]?\s*[:=]\s*['\"]?)"
    r"([^'\",}\s]+(?: [^'\",}\s]+)?)"
)


# Shorter "keys" (tests' "k") would mask every matching letter; real HeyGen keys are far longer.
MIN_SECRET_LENGTH = 8


def register_secret(secret: str) -> None:
    """Remember a secret so that the filter masks it in every later record (and errors mask it)."""
    if len(secret) >= MIN_SECRET_LENGTH:
        with _lock:
            _secrets.add(secret)


def redact(text: str) -> str:
    """Mask registered secrets and sensitive header values in `text`."""
    with _lock:
        secrets = sorted(_secrets, key=len, reverse=True)
    for secret in secrets:
        text = text.replace(secret, _MASK)
    return _HEADER_RE.sub(lambda m: m.group(1) + _MASK, text)


def redact_deep(value: Any) -> Any:
    """A copy of a decoded JSON value with secrets masked in every string (for error bodies)."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict):
        return {k: redact_deep(v) for k, v in value.items()}
    if isinstance(value, list):
        return [redact_deep(v) for v in value]
    return value


def redact_headers(headers: dict[str, str]) -> dict[str, str]:
    """A copy of `headers` with sensitive values masked (for debug logs)."""
    return {k: (_MASK if k.lower() in SENSITIVE_HEADERS else redact(v)) for k, v in headers.items()}


class RedactedHeaders(dict[str, str]):
    """A header dict whose repr masks sensitive values: what the SDK hands httpx, so that a traceback
    showing local variables (``pytest -l``, ``TracebackException(capture_locals=True)``) or a debugger never
    shows the key."""

    def __repr__(self) -> str:
        return repr(redact_headers(self))

    __str__ = __repr__


class Secret:
    """A value (the API key) whose repr never shows it: a client's constructor wraps its ``api_key`` at once,
    so that a traceback showing local variables shows ``Secret('***')``."""

    __slots__ = ("value",)

    def __init__(self, value: object) -> None:
        self.value = value

    def __repr__(self) -> str:
        return "Secret('***')"


class Secrets(tuple[str, ...]):
    """Strings (webhook signing secrets) whose repr never shows them: what the SDK holds them in, so that
    a traceback showing local variables shows ``Secrets('***', '***')``."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "Secrets(" + ", ".join(["'***'"] * len(self)) + ")"

    __str__ = __repr__
