"""Thin adapters over `MockHeyGen.handle`: an httpx transport (in-process) and an ASGI app (sockets)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, MutableMapping
from typing import TYPE_CHECKING, Any

import httpx

from ._http import MockRequest, MockResponse

if TYPE_CHECKING:
    from .core import MockHeyGen

__all__ = ["ASGIApp", "MockHeyGenTransport"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


def _to_mock(request: httpx.Request, body: bytes) -> MockRequest:
    raw = request.url.raw_path.decode("ascii")
    path, _, query = raw.partition("?")
    headers = {name.lower(): value for name, value in request.headers.items()}
    base_url = f"{request.url.scheme}://{request.url.netloc.decode('ascii')}"
    return MockRequest(request.method, path, query, headers, body, base_url)


def _to_httpx(request: httpx.Request, response: MockResponse) -> httpx.Response:
    if response.transport_fault == "connect":
        raise httpx.ConnectError("[mock] connection failed before the request was sent", request=request)
    if response.transport_fault == "reset":
        raise httpx.RemoteProtocolError(
            "[mock] server disconnected without sending a response", request=request
        )
    if response.transport_fault == "timeout":
        raise httpx.ReadTimeout("[mock] the response never arrived", request=request)
    return httpx.Response(response.status, headers=response.headers, content=response.body, request=request)


class MockHeyGenTransport(httpx.MockTransport):
    """Serves httpx.Client and httpx.AsyncClient from the mock, without sockets.

    Latency and timeouts are slept on the mock's clock (instant under a VirtualClock); transport faults
    raise the httpx exceptions a real network raises.
    """

    def __init__(self, mock: MockHeyGen) -> None:
        super().__init__(self._unused)
        self.mock = mock

    @staticmethod
    def _unused(request: httpx.Request) -> httpx.Response:  # pragma: no cover - both paths overridden
        raise NotImplementedError

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.mock.handle(_to_mock(request, request.read()))
        wait = response.delay + response.stall
        if wait > 0:
            self.mock.clock.sleep(wait)
        return _to_httpx(request, response)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = self.mock.handle(_to_mock(request, await request.aread()))
        wait = response.delay + response.stall
        if wait > 0:
            await self.mock.clock.asleep(wait)
        return _to_httpx(request, response)


class ASGIApp:
    """The mock as a raw ASGI 3 application (no framework): uvicorn and schemathesis `from_asgi` run it."""

    def __init__(self, mock: MockHeyGen) -> None:
        self.mock = mock

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        chunks = []
        while True:
            message = await receive()
            chunks.append(message.get("body", b""))
            if not message.get("more_body"):
                break
        headers = {
            name.decode("latin-1").lower(): value.decode("latin-1") for name, value in scope["headers"]
        }
        server = scope.get("server") or ("127.0.0.1", 80)
        host = headers.get("host") or f"{server[0]}:{server[1]}"
        raw_path = scope.get("raw_path") or scope["path"].encode()
        request = MockRequest(
            scope["method"],
            raw_path.decode("latin-1").split("?")[0],
            scope["query_string"].decode("latin-1"),
            headers,
            b"".join(chunks),
            f"{scope.get('scheme', 'http')}://{host}",
            time_scale=getattr(self.mock.clock, "speed", 1.0),  # a client over HTTP sleeps real seconds
        )
        response = self.mock.handle(request)
        if response.delay > 0:
            await self.mock.clock.asleep(response.delay)
        if response.transport_fault in ("connect", "reset"):
            # A socket that is already open cannot be refused: announce a body, send one byte and return
            # unfinished, so the server closes the connection and the client sees it break
            # (httpx.RemoteProtocolError; uvicorn logs one line, "returned without completing response").
            await send(
                {"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"64")]}
            )
            await send({"type": "http.response.body", "body": b"{", "more_body": True})
            return
        if response.transport_fault == "timeout":
            await asyncio.sleep(response.stall)  # real seconds: the client's read timeout must fire first
        await send(
            {
                "type": "http.response.start",
                "status": response.status,
                "headers": [
                    (b"content-length", str(len(response.body)).encode()),
                    *((k.encode("latin-1"), v.encode("latin-1")) for k, v in response.headers),
                ],
            }
        )
        await send({"type": "http.response.body", "body": response.body})
