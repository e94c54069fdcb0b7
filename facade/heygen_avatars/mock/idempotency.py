"""HeyGen's Idempotency-Key, as its API reference describes it, for the operations whose built spec
declares the header (v3 createAvatar, createVideo, createAvatarConsent, uploadAsset):

"Subsequent calls within 24 hours that share this key replay the original response — even if the request
body differs slightly (a warning is logged). A retry that arrives while the original is still in flight gets
a 409 request_in_progress. [...] Scope is per-endpoint and per-resource: the same key on a different route
or path parameter is independent." (developers.heygen.com/reference/create-video)

Here: the scope is the caller's key, the method and the path (which holds any path parameter). The original
is "in flight" until its answer would have reached the client: after any latency, and, when a timeout fault
swallowed the answer, after the stall. What is replayed is the answer the server made, before a fault spoilt
it on the way (a lost or truncated answer is exactly what a retry with the key recovers). Only answers that
made something (2xx) are kept: an error made nothing, so a repeat is served afresh (as Stripe's keys do:
"results are only saved if an API endpoint started executing"; HeyGen does not say), and neither are
requests a fault stopped before they reached the server. Time is the mock's clock, so 24 hours pass in a
test with ``mock.advance(86400)``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from ._http import MockRequest, MockResponse
from ._routing import Api, error_response
from .specs import Operation

__all__ = ["KEY_TTL", "IdempotencyKeys"]

KEY_TTL = 24 * 3600.0
HEADER = "idempotency-key"
_VALID = re.compile(r"[A-Za-z0-9_\-:.]{1,255}\Z")
Scope = tuple[str, str, str, str]


@dataclass(slots=True)
class _Entry:
    response: MockResponse
    stored_at: float
    ready_at: float


def honours_key(operation: Operation) -> bool:
    """Whether the operation's spec declares the Idempotency-Key header."""
    return any(p.location == "header" and p.name.lower() == HEADER for p in operation.params)


class IdempotencyKeys:
    """The keys seen in the last 24 hours (mock clock) and the answers they replay."""

    def __init__(self, ttl: float = KEY_TTL) -> None:
        self.ttl = ttl
        self._entries: dict[Scope, _Entry] = {}
        #: how many answers were replayed (for tests and the journal)
        self.replays = 0

    def __len__(self) -> int:
        return len(self._entries)

    def clear(self) -> None:
        self._entries.clear()
        self.replays = 0

    def serve(
        self,
        request: MockRequest,
        operation: Operation,
        caller: str | None,
        now: float,
        in_flight: float,
        respond: Callable[[], MockResponse],
    ) -> tuple[MockResponse, bool]:
        """The answer to a request: replayed (True), 409 while the first with its key is in flight, or
        `respond()`'s, kept under its key; ``in_flight``: seconds until that answer reaches the client.
        ``caller``: the caller's credential (None: not authenticated, keys ignored)."""
        scope = None if caller is None else self.scope(request, operation, caller)
        if scope is not None:
            earlier = self.answer(scope, now, operation.api)
            if earlier is not None:
                return earlier, earlier.status != 409
        response = respond()
        if scope is not None:
            self.store(scope, response, now, ready_at=now + in_flight)
        return response, False

    def scope(self, request: MockRequest, operation: Operation, caller: str) -> Scope | None:
        """Where a keyed request's key applies; None when it carries no (valid) key or the operation
        honours none (an invalid key is left to the spec's validation: 400)."""
        key = request.headers.get(HEADER)
        if key is None or not _VALID.match(key) or not honours_key(operation):
            return None
        return (caller, request.method, request.path, key)

    def answer(self, scope: Scope, now: float, api: Api) -> MockResponse | None:
        """The replayed answer, 409 while the original is in flight, or None (a new key: act)."""
        self._expire(now)
        entry = self._entries.get(scope)
        if entry is None:
            return None
        if now < entry.ready_at:
            wait = max(1, math.ceil(entry.ready_at - now))
            return error_response(
                api,
                409,
                "request_in_progress",
                "A request with this Idempotency-Key is still in progress; retry later.",
                "Idempotency-Key",
                headers=[("retry-after", str(wait))],
            )
        self.replays += 1
        original = entry.response
        return MockResponse(original.status, list(original.headers), original.body)

    def store(self, scope: Scope, response: MockResponse, now: float, ready_at: float) -> None:
        """Keep an answer that made something (2xx) for 24 hours."""
        if not 200 <= response.status < 300:
            return
        kept = replace(response, headers=list(response.headers), delay=0.0, stall=0.0, transport_fault=None)
        self._entries[scope] = _Entry(kept, now, ready_at)

    def _expire(self, now: float) -> None:
        if not self._entries:
            return
        old = [scope for scope, entry in self._entries.items() if now - entry.stored_at >= self.ttl]
        for scope in old:
            del self._entries[scope]
