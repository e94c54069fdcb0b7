"""Plain-data request and response: the sans-IO boundary between the mock's core and its transports."""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = ["MAX_JSON_DEPTH", "MockRequest", "MockResponse", "TransportFault", "json_response", "parse_json"]

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
    #: the client sent more body than the mock reads for this request (`body` is then empty): 413
    oversized: bool = False


@dataclass(slots=True)
class MockResponse:
    """One HTTP response as plain data, plus the transport-level effects a fault asks for."""

    status: int
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    #: seconds of added latency, slept on the mock's clock by the transport (virtual time in tests)
    delay: float = 0.0
    #: for a ``timeout`` fault: clock seconds the in-process client waits before its ReadTimeout (over a
    #: socket the server holds the connection unanswered until the client's own read timeout gives up)
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


#: HeyGen's bodies nest 5 levels at most; deeper ones are refused before anything walks them recursively
MAX_JSON_DEPTH = 64


#: a \\uD800-\\uDFFF escape: a body without one cannot hold a lone surrogate (nothing to look for)
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _finite(text: str) -> float:
    value = float(text)
    if value in (math.inf, -math.inf):  # 1e999: json reads it as infinity
        raise ValueError(f"{text} is not a finite number")
    return value


def _text(value: str) -> None:
    if _SURROGATE.search(value):  # "\\ud800" alone: no Unicode text (encoding it raises)
        raise ValueError("a string holds a lone UTF-16 surrogate (\\ud800-\\udfff)")


def parse_json(data: bytes) -> Any:
    """A request body as JSON; ValueError when it is not JSON (NaN, or a number beyond a float, included),
    nests too deeply or holds a lone surrogate."""
    try:
        value = json.loads(data, parse_constant=_no_constants, parse_float=_finite)
    except RecursionError:
        raise ValueError(f"the JSON nests deeper than {MAX_JSON_DEPTH} levels") from None
    texts = _SURROGATE_ESCAPE.search(data) is not None
    stack = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if texts and isinstance(node, str):
            _text(node)
        children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else None
        if children is None:
            continue
        if depth > MAX_JSON_DEPTH:
            raise ValueError(f"the JSON nests deeper than {MAX_JSON_DEPTH} levels")
        if texts and isinstance(node, dict):
            stack.extend((key, depth) for key in node)
        stack.extend((child, depth + 1) for child in children)
    return value
