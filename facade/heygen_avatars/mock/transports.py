"""Thin adapters over `MockHeyGen.handle`: an httpx transport (in-process) and an ASGI app (sockets).

Both read a request's body only after its head is admitted (`MockHeyGen.body_limit`: the route, the key,
the declared size), and at most one byte past the limit, so a refused body costs no memory. A storage PUT
(`MockHeyGen.streams`) goes to a `storage.Receiver` instead, opened from its head (its presigned URL checked
first), which takes the body chunk by chunk as it arrives, up to the announced size, never whole. Both turn
a fault into the same thing a client sees: `drop` and `reset` end the exchange with no response at all,
`timeout` never answers.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterable, Awaitable, Callable, Iterable, MutableMapping
from typing import TYPE_CHECKING, Any

import httpx

from ._admission import host_matches
from ._http import MockRequest, MockResponse, json_response
from ._routing import brief

if TYPE_CHECKING:
    from .core import MockHeyGen
    from .storage import Receiver

__all__ = ["ASGIApp", "MockHeyGenTransport"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


class _Body:
    """Body bytes read up to a limit: `oversized` once the client sent more (what was read is dropped)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.buffer = bytearray()
        self.oversized = False

    def add(self, chunk: bytes) -> bool:
        """Keep `chunk`; False (and nothing kept) once the body goes past the limit."""
        if len(self.buffer) + len(chunk) > self.limit:
            self.buffer, self.oversized = bytearray(), True
            return False
        self.buffer += chunk
        return True

    def request(self, head: MockRequest) -> MockRequest:
        head.body, head.oversized = bytes(self.buffer), self.oversized
        return head


def _to_mock(request: httpx.Request) -> MockRequest:
    raw = request.url.raw_path.decode("ascii")
    path, _, query = raw.partition("?")
    headers = {name.lower(): value for name, value in request.headers.items()}
    base_url = f"{request.url.scheme}://{request.url.netloc.decode('ascii')}"
    return MockRequest(request.method, path, query, headers, b"", base_url)


def _to_httpx(request: httpx.Request, response: MockResponse) -> httpx.Response:
    if response.transport_fault == "connect":
        raise httpx.ConnectError("[mock] connection failed before the request was sent", request=request)
    if response.transport_fault == "reset":
        raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
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
        head = _to_mock(request)
        if self.mock.streams(head.path):
            response = self._receive(self.mock.receive(head), request.stream)
        else:
            body = _Body(self.mock.body_limit(head))
            if body.limit and isinstance(request.stream, Iterable):
                for chunk in request.stream:
                    if not body.add(chunk):
                        break
            response = self.mock.handle(body.request(head))
        wait = response.delay + response.stall
        if wait > 0:
            self.mock.clock.sleep(wait)
        return _to_httpx(request, response)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        head = _to_mock(request)
        if self.mock.streams(head.path):
            response = await self._areceive(self.mock.receive(head), request.stream)
        else:
            body = _Body(self.mock.body_limit(head))
            if body.limit and isinstance(request.stream, AsyncIterable):
                async for chunk in request.stream:
                    if not body.add(chunk):
                        break
            response = self.mock.handle(body.request(head))
        wait = response.delay + response.stall
        if wait > 0:
            await self.mock.clock.asleep(wait)
        return _to_httpx(request, response)

    @staticmethod
    def _receive(receiver: Receiver, stream: object) -> MockResponse:
        # A storage PUT: its body goes to the mock chunk by chunk, as the client sends it (never whole);
        # answered before its body (refused, a fault), none of it is read.
        if receiver.answer is None and isinstance(stream, Iterable):
            for chunk in stream:
                if (answer := receiver.write(chunk)) is not None:
                    return answer
        return receiver.finish()

    @staticmethod
    async def _areceive(receiver: Receiver, stream: object) -> MockResponse:
        if receiver.answer is None and isinstance(stream, AsyncIterable):
            async for chunk in stream:
                if (answer := receiver.write(chunk)) is not None:
                    return answer
        return receiver.finish()


async def _abort(send: Send) -> bool:
    """Close the client's connection with no response byte. uvicorn's `send` is a method of its request
    cycle, which holds the connection's transport; False when the server offers no such handle."""
    abort = getattr(getattr(getattr(send, "__self__", None), "transport", None), "abort", None)
    if not callable(abort):
        return False
    abort()
    await asyncio.sleep(0)  # the server sees the connection lost: it adds no answer of its own
    return True


async def _send(send: Send, response: MockResponse, close: bool) -> None:
    headers = [(b"content-length", str(len(response.body)).encode())]
    headers += [(k.encode("latin-1"), v.encode("latin-1")) for k, v in response.headers]
    if close:  # the body was not read to its end: the connection cannot carry another request
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": response.status, "headers": headers})
    await send({"type": "http.response.body", "body": response.body})


class ASGIApp:
    """The mock as a raw ASGI 3 application (no framework): uvicorn and schemathesis `from_asgi` run it.

    A request whose ``Host`` does not name the address it came in on gets 400 (DNS rebinding: a page on
    another site must not reach the mock through a name that resolves to 127.0.0.1).
    """

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
        try:
            await self._http(scope, receive, send)
        except asyncio.CancelledError:
            # the server is shutting down with this request in flight: drop the connection quietly
            if not await _abort(send):
                raise

    async def _http(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = {
            name.decode("latin-1").lower(): value.decode("latin-1") for name, value in scope["headers"]
        }
        server, scheme = scope.get("server"), scope.get("scheme", "http")
        has_body = headers.get("content-length", "0") != "0" or "transfer-encoding" in headers
        host = headers.get("host")
        if host is not None and not host_matches(host, server, scheme):
            why = brief(f"Host {host!r} does not name this server; use the address it is bound on.", 200)
            refusal = json_response(400, {"error": {"code": "invalid_host", "message": why}})
            await _send(send, refusal, has_body)
            return
        if host is None:
            host = f"{server[0]}:{server[1]}" if server else "127.0.0.1"
        raw_path = scope.get("raw_path") or scope["path"].encode()
        head = MockRequest(
            scope["method"],
            raw_path.decode("latin-1").split("?")[0],
            scope["query_string"].decode("latin-1"),
            headers,
            b"",
            f"{scheme}://{host}",
            time_scale=getattr(self.mock.clock, "speed", 1.0),  # a client over HTTP sleeps real seconds
        )
        if self.mock.streams(head.path):
            received = await _receive(self.mock.receive(head), receive, has_body)
            if received is None:
                return  # the client is gone: nobody to answer
            response, complete = received
        else:
            body = _Body(self.mock.body_limit(head))
            complete = not has_body
            if body.limit:
                while True:
                    message = await receive()
                    if message["type"] == "http.disconnect":
                        return
                    if not body.add(message.get("body", b"")):
                        break
                    if not message.get("more_body"):
                        complete = True
                        break
            response = self.mock.handle(body.request(head))
        await self._reply(response, receive, send, complete)

    async def _reply(self, response: MockResponse, receive: Receive, send: Send, complete: bool) -> None:
        if response.delay > 0:
            await self.mock.clock.asleep(response.delay)
        if response.transport_fault == "timeout":
            # the answer never comes: hold the connection until the client's read timeout gives up
            while (await receive())["type"] != "http.disconnect":
                pass
            return
        if response.transport_fault is not None:
            if await _abort(send):
                return
            # No handle on the connection: announce a body, send one byte and return unfinished, so the
            # server closes the connection and the client sees it break (httpx.RemoteProtocolError).
            start = {"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"64")]}
            await send(start)
            await send({"type": "http.response.body", "body": b"{", "more_body": True})
            return
        await _send(send, response, not complete)


async def _receive(receiver: Receiver, receive: Receive, has_body: bool) -> tuple[MockResponse, bool] | None:
    """A storage PUT over a socket: its body written to the receiver as it arrives. The answer, and whether
    the body was read to its end; None when the client went away before (the receiver records it)."""
    if receiver.answer is not None:
        return receiver.answer, not has_body  # answered from the head: no byte of the body is read
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            receiver.finish()
            return None
        answer = receiver.write(message.get("body", b""))
        if answer is not None:
            return answer, False
        if not message.get("more_body"):
            return receiver.finish(), True
