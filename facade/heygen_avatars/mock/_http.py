"""Plain-data request and response: the sans-IO boundary between the mock's core and its transports."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = ["MockRequest", "MockResponse", "TransportFault", "json_response"]

#: What a transport must do instead of (or after) delivering the response.
#: ``connect``: the connection failed before the request reached the server (the server did not act).
#: ``reset``: the connection was reset after the request was sent (the response is lost).
#: ``timeout``: the response never arrives (the server may have acted).
TransportFault = Literal["connect", "reset", "timeout"]


@dataclass(slots=True)
class MockRequest:
    """One HTTP request as plain data. Header names are lower-case."""

    method: str
    path: str
    query: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    base_url: str = "http://mock.heygen.local"
    #: mock-clock seconds per client second: the clock's speed for a client over HTTP (it sleeps real
    #: time), 1 in-process (the client sleeps on the mock's clock); scales the poll hints
    time_scale: float = 1.0


@dataclass(slots=True)
class MockResponse:
    """One HTTP response as plain data, plus the transport-level effects a fault asks for."""

    status: int
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    #: seconds of added latency, slept on the mock's clock by the transport (virtual time in tests)
    delay: float = 0.0
    #: for a ``timeout`` fault: how long the client waits before giving up (clock seconds in-process,
    #: real seconds over a socket)
    stall: float = 0.0
    transport_fault: TransportFault | None = None

    def header(self, name: str) -> str | None:
        """The first value of a header (case-insensitive), or None."""
        lowered = name.lower()
        for key, value in self.headers:
            if key.lower() == lowered:
                return value
        return None

    def json(self) -> Any:
        """The body parsed as JSON."""
        return json.loads(self.body)


_ENCODER = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False)


def json_response(status: int, payload: Any, headers: list[tuple[str, str]] | None = None) -> MockResponse:
    """A JSON response with a compact body and the right content type."""
    body = _ENCODER.encode(payload).encode()
    return MockResponse(status, [("content-type", "application/json"), *(headers or [])], body)
