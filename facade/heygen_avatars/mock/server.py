"""Serving the mock over HTTP on loopback: `serve()` (blocking, for the CLI) and `MockServer` (a thread)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any

from .clock import ScaledClock, VirtualClock
from .core import MockHeyGen

if TYPE_CHECKING:
    import uvicorn

__all__ = ["DEFAULT_SPEED", "SERVER_JOURNAL_LIMIT", "MockServer", "make_server_mock", "serve"]

#: served by hand, jobs run 60x faster than HeyGen's: a 5-minute training takes 5 seconds
DEFAULT_SPEED = 60.0
#: journal entries a served mock keeps by default (a long session must not grow without bound)
SERVER_JOURNAL_LIMIT = 100_000


def make_server_mock(
    api_key: str = "mock-key",
    *,
    speed: float = DEFAULT_SPEED,
    seed: int = 0,
    virtual: bool = False,
    options: Mapping[str, Any] | None = None,
) -> MockHeyGen:
    """A mock on scaled real time (or, ``virtual``, on time moved by the control plane), for a server a
    person or an out-of-process test talks to. ``options``: any other `MockHeyGen` keyword argument."""
    clock = VirtualClock() if virtual else ScaledClock(speed)
    settings = {"journal_limit": SERVER_JOURNAL_LIMIT, **(options or {})}
    return MockHeyGen(api_key=api_key, seed=seed, clock=clock, **settings)


def _config(mock: MockHeyGen, log_level: str) -> uvicorn.Config:
    import uvicorn

    return uvicorn.Config(
        mock.asgi,
        log_level=log_level,
        lifespan="on",
        # h11 caps a request's head (16 KiB: h11_max_incomplete_event_size); httptools buffers a head of
        # any length (a 200 MB URL took 400 MB), and the mock is not the fast path (benchmarks/ is)
        http="h11",
        access_log=False,
        # a second after SIGTERM (or stop()), requests still in flight are cancelled: stalled heads and
        # bodies, held responses and unread answers never keep the server up
        timeout_graceful_shutdown=1,
        # loopback mock: no proxy-header rewriting, no Server/Date headers (less work per response)
        proxy_headers=False,
        server_header=False,
        date_header=False,
    )


def serve(
    port: int = 8000,
    *,
    host: str = "127.0.0.1",
    api_key: str = "mock-key",
    speed: float = DEFAULT_SPEED,
    seed: int = 0,
    virtual: bool = False,
    options: Mapping[str, Any] | None = None,
    log_level: str = "warning",
    announce: bool = True,
) -> None:
    """Run the mock until interrupted, printing its base URL and the key it accepts (loopback by default).
    ``options``: any other `MockHeyGen` keyword argument (ValueError, before binding, if one is wrong).
    On real time, jobs end and webhooks go out on their own (a delivery thread); only to loopback and the
    ``webhook_hosts`` option's hosts."""
    import uvicorn

    mock = make_server_mock(api_key, speed=speed, seed=seed, virtual=virtual, options=options)
    config = _config(mock, log_level)
    # proto=IPPROTO_TCP: asyncio only sets TCP_NODELAY on such sockets (else Nagle costs ~40 ms per reply)
    sock = socket.socket(
        socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP
    )
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    # listening before the URL is printed: a client that connects at once waits in the backlog until
    # uvicorn accepts, rather than being refused
    sock.listen(config.backlog)
    bound = sock.getsockname()[1]
    if announce:
        shown = f"[{host}]" if ":" in host else host
        print(f"HeyGen mock on http://{shown}:{bound}", flush=True)
        print(f"  api key:   {api_key} (the control plane, /_mock/, takes it too)", flush=True)
        pace = "virtual time" if virtual else f"{speed:g}x real time"
        print(f"  speed:     {pace} (control plane: /_mock/, specs: /openapi/)", flush=True)
        hosts = ", ".join(["loopback", *sorted(mock.webhooks.hosts)])
        print(f"  webhooks:  delivered to {hosts} only (--webhook-host adds one)", flush=True)
    if not virtual:  # on virtual time, advancing the clock delivers
        mock.start_deliveries()
    try:
        uvicorn.Server(config).run(sockets=[sock])
    finally:
        mock.stop_deliveries()


class MockServer:
    """A mock served by uvicorn in a daemon thread on 127.0.0.1 (port 0 = any free port).

    >>> with MockServer(MockHeyGen()) as server:
    ...     httpx.get(f"{server.url}/v3/voices", headers={"x-api-key": server.mock.api_key})
    """

    def __init__(self, mock: MockHeyGen | None = None, *, host: str = "127.0.0.1", port: int = 0) -> None:
        self.mock = mock or make_server_mock()
        self._host, self._port = host, port
        self._thread: threading.Thread | None = None
        self._server: uvicorn.Server | None = None
        self.url = ""

    def start(self) -> str:
        import uvicorn

        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)  # TCP_NODELAY
        sock.bind((self._host, self._port))
        self.url = f"http://{self._host}:{sock.getsockname()[1]}"
        self._server = uvicorn.Server(_config(self.mock, "critical"))
        server = self._server
        self._thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
        self._thread.start()
        if not hasattr(self.mock.clock, "advance"):  # real time: jobs and webhooks move on their own
            self.mock.start_deliveries()
        deadline = time.monotonic() + 10
        while not server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the mock server did not start within 10 s")
            time.sleep(0.005)
        return self.url

    def stop(self) -> None:
        self.mock.stop_deliveries()
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(5)

    def __enter__(self) -> MockServer:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
