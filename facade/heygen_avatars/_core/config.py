"""Client configuration: environment variables, operation classes and their timeouts.

Nothing here does I/O; the clients resolve a `ClientConfig` once at construction.
"""

from __future__ import annotations

import enum
import math
import os
import re
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, NamedTuple, TypeAlias

from ..errors import InputValidationError, MissingAPIKeyError
from .redact import Secret

if TYPE_CHECKING:
    import httpx

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_UPLOAD_BASE_URL",
    "ClientConfig",
    "Op",
    "TimeoutLike",
    "Timeouts",
    "resolve_config",
]

DEFAULT_BASE_URL = "https://api.heygen.com"
DEFAULT_UPLOAD_BASE_URL = "https://upload.heygen.com"
DEFAULT_MAX_RETRIES = 2
ENV_API_KEY = "HEYGEN_API_KEY"
ENV_BASE_URL = "HEYGEN_API_BASE"
ENV_BASE_URL_ALIAS = "HEYGEN_BASE_URL"
ENV_UPLOAD_BASE_URL = "HEYGEN_UPLOAD_BASE"


class Op(enum.Enum):
    """What an HTTP operation does to the server: decides its timeout and which failures are retried.

    READ: GET; retried on connection errors, timeouts, 408, 429, 5xx.
    IDEMPOTENT_WRITE: DELETE, PATCH rename...; repeating it is harmless, retried like READ.
    CREATE: a POST that creates something (a paid job, a group, a consent link); retried only where the
        server certainly did not act (429, connect-phase failures), so nothing is created twice.
    UPLOAD: sends a file; retried like CREATE, with the long upload timeout.
    """

    READ = "read"
    IDEMPOTENT_WRITE = "idempotent_write"
    CREATE = "create"
    UPLOAD = "upload"

    # Members are singletons: hashing by identity is exact, and skips Enum's Python-level __hash__ on the
    # timeout lookup of every request (benchmarks/ row 2).
    __hash__ = object.__hash__

    @property
    def idempotent(self) -> bool:
        return self in (Op.READ, Op.IDEMPOTENT_WRITE)


MAX_REQUEST_SECONDS = 86_400.0
"""The longest timeout of one request attempt: a day (a larger one is a mistake, and sockets refuse it)."""


def seconds_of(value: object) -> float | None:
    """``value`` as finite float seconds, or None if it is not a real number (a bool is not) that fits one."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        seconds = float(value)
    except OverflowError:
        return None
    return seconds if math.isfinite(seconds) else None


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


class Timeouts:
    """Per-attempt timeouts in seconds for each operation class (defaults from HeyGen's own CLI).

    `read` covers GETs, `write` every other JSON call, `upload` file uploads; `connect` bounds
    establishing the connection for all of them. A timeout applies to each attempt, not to the
    sum of retries. Immutable, compared by value.
    """

    # Written by hand rather than with attrs: it is built with every client, and importing attrs
    # would triple what `import heygen_avatars; HeyGen()` costs (benchmarks/ row 1).
    __slots__ = ("_httpx", "connect", "read", "upload", "write")
    read: float
    write: float
    upload: float
    connect: float
    _httpx: dict[Op, httpx.Timeout]  # for_op's cache

    def __init__(
        self, read: float = 30.0, write: float = 120.0, upload: float = 600.0, connect: float = 10.0
    ) -> None:
        for name, value in (("read", read), ("write", write), ("upload", upload), ("connect", connect)):
            seconds = seconds_of(value)
            if seconds is None or not 0 < seconds <= MAX_REQUEST_SECONDS:
                limit = f"at most {MAX_REQUEST_SECONDS:g}"
                raise InputValidationError(
                    f"timeout.{name}", f"must be a positive number of seconds, {limit}, got {_shown(value)}"
                )
            object.__setattr__(self, name, value)
        object.__setattr__(self, "_httpx", {})

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Timeouts is immutable; build a new one, e.g. Timeouts(read=60)")

    def _values(self) -> tuple[float, float, float, float]:
        return (self.read, self.write, self.upload, self.connect)

    def __eq__(self, other: object) -> bool:
        return self._values() == other._values() if isinstance(other, Timeouts) else NotImplemented

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        read, write, upload, connect = self._values()
        return f"Timeouts(read={read!r}, write={write!r}, upload={upload!r}, connect={connect!r})"

    def for_op(self, op: Op) -> httpx.Timeout:
        """The httpx timeout for one attempt of an operation of class `op` (built once per class)."""
        cached = self._httpx
        timeout = cached.get(op)
        if timeout is None:
            import httpx

            total = {Op.READ: self.read, Op.UPLOAD: self.upload}.get(op, self.write)
            timeout = cached[op] = httpx.Timeout(total, connect=min(self.connect, total))
        return timeout

    def for_op_default(self) -> httpx.Timeout:
        """The timeout of an httpx client the SDK creates: READ's, so that GETs (most calls: polls) can
        leave it to the client rather than pass their own."""
        return self.for_op(Op.READ)


TimeoutLike: TypeAlias = "float | Timeouts | httpx.Timeout"


def to_timeouts(value: TimeoutLike, base: Timeouts | None = None) -> Timeouts:
    """Normalise a user's `timeout=`: a number applies to every class; an httpx.Timeout must be complete."""
    base = base or Timeouts()
    if isinstance(value, Timeouts):
        return value
    if "httpx" in sys.modules:  # not imported yet: then `value` cannot be an httpx.Timeout
        import httpx

        if isinstance(value, httpx.Timeout):
            return _from_httpx(value)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InputValidationError(
            "timeout", f"expected seconds, Timeouts or httpx.Timeout, got {_shown(value)}"
        )
    seconds = seconds_of(value)
    if seconds is None or not 0 < seconds <= MAX_REQUEST_SECONDS:
        raise InputValidationError(
            "timeout",
            f"must be a positive number of seconds, at most {MAX_REQUEST_SECONDS:g}, got {_shown(value)}",
        )
    return Timeouts(read=seconds, write=seconds, upload=seconds, connect=min(base.connect, seconds))


def _from_httpx(value: httpx.Timeout) -> Timeouts:
    parts = (value.connect, value.read, value.write, value.pool)
    if any(p is None for p in parts):
        raise InputValidationError(
            "timeout", "an httpx.Timeout with a None part would wait forever; give every part a value"
        )
    longest = max(float(p) for p in parts if p is not None)
    return Timeouts(read=longest, write=longest, upload=longest, connect=float(value.connect or longest))


class ClientConfig(NamedTuple):
    """Everything a client resolved at construction. `repr` hides the key."""

    api_key: str
    base_url: str
    upload_base_url: str
    timeouts: Timeouts
    max_retries: int
    default_headers: Mapping[str, str]

    def __repr__(self) -> str:
        return (
            f"ClientConfig(api_key='***', base_url={self.base_url!r}, "
            f"upload_base_url={self.upload_base_url!r}, timeouts={self.timeouts!r}, "
            f"max_retries={self.max_retries})"
        )


# scheme http(s), a non-empty host, no whitespace (a regex: urllib/httpx would load at client build)
_ABSOLUTE_URL = re.compile(r"https?://[^/?#\s:@][^/?#\s]*(?:[/?#]\S*)?\Z", re.IGNORECASE)


def _url(value: object, env_names: tuple[str, ...], default: str, field: str) -> str:
    if value is None:
        value = next((os.environ[n] for n in env_names if os.environ.get(n, "").strip()), default)
    if not isinstance(value, str):
        raise InputValidationError(field, f"expected a URL string, got {type(value).__name__}")
    value = value.strip().rstrip("/")
    if not value.isascii() or not value.isprintable() or not _ABSOLUTE_URL.match(value):
        shown = repr(value) if value.isascii() and len(value) <= 200 else "this value"
        raise InputValidationError(field, f"must be an absolute http(s) URL, got {shown}")
    return value


MAX_RETRIES_LIMIT = 100
"""More retries than this is a loop, not a policy."""


def check_max_retries(value: object) -> int:
    """Refuse a negative, non-integer or unbounded retry count."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_RETRIES_LIMIT:
        raise InputValidationError(
            "max_retries", f"must be an integer from 0 to {MAX_RETRIES_LIMIT}, got {_shown(value)}"
        )
    return value


# RFC 9110 token characters; a value must be printable ASCII (httpx sends ASCII) and may not break the block
_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+\Z")
_HEADER_VALUE = re.compile(r"[\t\x20-\x7e]*\Z")


def check_headers(field: str, value: object) -> dict[str, str]:
    """Headers as ``{lowercased name: value}``: valid names, printable ASCII values (no line breaks)."""
    if not isinstance(value, Mapping):
        raise InputValidationError(field, "expected a mapping of header names to values")
    headers: dict[str, str] = {}
    for name, text in value.items():
        if not isinstance(name, str) or not _HEADER_NAME.match(name):
            shown = repr(name) if isinstance(name, str) and name.isascii() and len(name) <= 100 else "a name"
            raise InputValidationError(field, f"{shown} is not a valid header name")
        if not isinstance(text, str) or not _HEADER_VALUE.match(text):
            # the value is not shown: it may be a secret
            raise InputValidationError(f"{field}[{name!r}]", "expected printable ASCII without line breaks")
        headers[name.lower()] = text
    return headers


def _key_problem(key: object) -> str | None:
    """What is wrong with a key (never the key itself: it may be a real one with a stray character)."""
    if not isinstance(key, str):
        return f"expected a string, got {type(key).__name__}"
    text = key.strip()
    if not text.isascii() or not text.isprintable() or " " in text:
        return "must be printable ASCII without spaces (check for a stray character)"
    return None


def _resolve_key(given: Secret) -> str:
    """The key from the argument, else the environment; its frame holds it only while it cannot fail."""
    if given.value is None and not os.environ.get(ENV_API_KEY, "").strip():
        raise MissingAPIKeyError(ENV_API_KEY)
    if given.value is not None and isinstance(given.value, str) and not given.value.strip():
        raise MissingAPIKeyError(ENV_API_KEY)
    problem = _key_problem(given.value if given.value is not None else os.environ.get(ENV_API_KEY))
    if problem is not None:
        raise InputValidationError("api_key", problem)
    return str(given.value if given.value is not None else os.environ[ENV_API_KEY]).strip()


def resolve_config(
    *,
    api_key: Secret | str | None,
    base_url: str | None,
    upload_base_url: str | None,
    timeout: TimeoutLike | None,
    max_retries: int | None,
    default_headers: Mapping[str, str] | None,
) -> ClientConfig:
    """Arguments first, then the environment (read now, never at import), then defaults. The key comes in
    a `Secret` and is read last, so that no frame of a traceback (with its local variables) holds it."""
    urls = (
        _url(base_url, (ENV_BASE_URL, ENV_BASE_URL_ALIAS), DEFAULT_BASE_URL, "base_url"),
        _url(upload_base_url, (ENV_UPLOAD_BASE_URL,), DEFAULT_UPLOAD_BASE_URL, "upload_base_url"),
    )
    timeouts = to_timeouts(timeout) if timeout is not None else Timeouts()
    retries = check_max_retries(DEFAULT_MAX_RETRIES if max_retries is None else max_retries)
    headers = check_headers("default_headers", default_headers) if default_headers is not None else {}
    return ClientConfig(
        _resolve_key(api_key if isinstance(api_key, Secret) else Secret(api_key)),
        *urls,
        timeouts,
        retries,
        headers,
    )
