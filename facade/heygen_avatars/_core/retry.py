"""Retry policy for single HTTP calls: which failures are retried, and how long to wait (pure functions).

The rule that matters most: an operation that creates something (Op.CREATE / Op.UPLOAD) is retried
only when HeyGen certainly did not act on it (429 Too Many Requests, or a failure before the request
was sent), so a paid job is never created twice. Reads and idempotent writes are also retried on
timeouts, dropped connections, 408 and 5xx.
"""

from __future__ import annotations

import email.utils
import math
import time
from collections.abc import Mapping

import attrs
import httpx

from .config import Op

__all__ = ["RetryPolicy", "is_connect_phase", "parse_retry_after", "retryable_exception", "retryable_status"]


@attrs.frozen
class RetryPolicy:
    """Exponential backoff with jitter: `base_delay * 2**n`, capped at `max_delay`, times U(1-jitter, 1].

    A server's Retry-After (seconds, HTTP-date or 0) replaces the backoff when it is at most
    `retry_after_cap`, stretched by up to `jitter` (see `hinted`); beyond the cap the call gives up at
    once and the error carries `retry_after`.
    """

    base_delay: float = 0.5
    max_delay: float = 8.0
    jitter: float = 0.25
    retry_after_cap: float = 60.0

    def backoff(self, retry_index: int, rand: float) -> float:
        """Delay before retry number `retry_index` (0-based); `rand` is uniform in [0, 1)."""
        delay = min(self.max_delay, self.base_delay * (2.0**retry_index))
        return delay * (1.0 - self.jitter * rand)

    def hinted(self, retry_after: float, rand: float) -> float:
        """Delay before retrying when the server said Retry-After: the hint, up to `jitter` more.

        Never sooner than asked; the spread keeps every caller a 429 turned away at one moment from
        coming back at one moment (0 stays 0: "retry now" is taken literally).
        """
        return retry_after * (1.0 + self.jitter * rand)


def parse_retry_after(headers: Mapping[str, str] | httpx.Headers, now: float | None = None) -> float | None:
    """Seconds the server asked us to wait, from `retry-after-ms` or `Retry-After` (seconds or HTTP-date).

    An HTTP-date is counted from `now`, else from the response's own `Date` (the server's clock, as RFC 9110
    section 10.2.3 means it: a client whose clock is off still waits what was asked), else from this
    machine's clock. Returns None when there is no usable hint; 0 is a real hint ("retry now"). A date in
    the past is 0.
    """
    h = headers if isinstance(headers, httpx.Headers) else httpx.Headers(dict(headers))
    ms = h.get("retry-after-ms")
    if ms is not None:
        try:
            value = float(ms) / 1000.0
        except ValueError:
            value = math.nan
        if math.isfinite(value) and value >= 0:
            return value
    raw = h.get("retry-after")
    if raw is None:
        return None
    raw = raw.strip()
    try:
        seconds = float(raw)
    except ValueError:
        when = _http_date(raw)
        if when is None:
            return None
        if now is None:
            now = _http_date(h.get("date", ""))
        return max(0.0, when - (time.time() if now is None else now))
    return seconds if math.isfinite(seconds) and seconds >= 0 else None


def _http_date(text: str) -> float | None:
    """The epoch seconds of an HTTP-date, or None when it is not one (or lies beyond any clock)."""
    parsed = email.utils.parsedate_tz(text)
    if parsed is None:
        return None
    try:
        return float(email.utils.mktime_tz(parsed))
    except (OverflowError, ValueError):
        return None


def is_connect_phase(exc: BaseException) -> bool:
    """True when the request certainly never reached the server (so even a CREATE may be retried)."""
    return isinstance(
        exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout | httpx.UnsupportedProtocol
    )


def retryable_exception(op: Op, exc: BaseException) -> bool:
    """Whether a transport failure of an operation of class `op` may be retried."""
    if isinstance(exc, httpx.UnsupportedProtocol):
        return False
    if is_connect_phase(exc):
        return True
    return op.idempotent and isinstance(exc, httpx.TransportError)


def retryable_status(op: Op, status: int) -> bool:
    """Whether an HTTP error status of an operation of class `op` may be retried."""
    if status == 429:
        return True
    return op.idempotent and (status == 408 or status >= 500)
