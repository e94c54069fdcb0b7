"""Serving the mock over HTTP on loopback: `serve()` (blocking, for the CLI) and `MockServer` (a thread)."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
import threading
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, TextIO

from ._http import MockRequest, MockResponse
from .clock import ScaledClock, VirtualClock
from .core import MockHeyGen
from .pictures import stop_rendering

if TYPE_CHECKING:
    import uvicorn

__all__ = [
    "DEFAULT_SPEED",
    "SERVER_JOURNAL_LIMIT",
    "MockServer",
    "banner",
    "make_server_mock",
    "request_logger",
    "serve",
]

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
    as_json: bool = False,
    log_requests: bool = False,
    state_file: Path | None = None,
    idle_timeout: float | None = None,
) -> None:
    """Run the mock until interrupted, printing its base URL and the key it accepts (loopback by default).
    ``options``: any other `MockHeyGen` keyword argument (ValueError, before binding, if one is wrong).
    On real time, jobs end and webhooks go out on their own (a delivery thread); only to loopback and the
    ``webhook_hosts`` option's hosts.

    ``as_json``: announce as one JSON line. ``log_requests``: one line per request on stderr.
    ``state_file``: written (url, key, pid) once listening, removed on exit (how ``--mock`` commands find
    a background mock). ``idle_timeout``: exit after that many seconds without a request."""
    import uvicorn

    mock = make_server_mock(api_key, speed=speed, seed=seed, virtual=virtual, options=options)
    if log_requests:
        mock.on_request(request_logger(sys.stderr))
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
    url = f"http://[{host}]:{bound}" if ":" in host else f"http://{host}:{bound}"
    server = uvicorn.Server(config)
    if idle_timeout is not None:
        _exit_when_idle(server, mock, idle_timeout)
    try:
        if state_file is not None:  # before the banner: whoever reads the banner finds the file too
            _write_state(state_file, url, api_key)
        if announce:
            print(banner(mock, url, as_json=as_json), flush=True)
        if not virtual:  # on virtual time, advancing the clock delivers
            mock.start_deliveries()
        server.run(sockets=[sock])
    finally:
        mock.stop_deliveries()
        stop_rendering()
        if state_file is not None:
            _remove_state(state_file)


def banner(mock: MockHeyGen, url: str, *, as_json: bool = False) -> str:
    """What a served mock prints first: where it is, its key, its pace and routes that answer."""
    speed = getattr(mock.clock, "speed", None)
    pace = "virtual time" if speed is None else f"{speed:g}x real time"
    routes = {
        "control plane": f"{url}/_mock/",
        "state": f"{url}/_mock/state",
        "specs": f"{url}/openapi/",
    }
    hosts = ["loopback", *sorted(mock.webhooks.hosts)]
    if as_json:
        info = {"url": url, "api_key": mock.api_key, "speed": speed, "routes": routes, "webhook_hosts": hosts}
        return json.dumps(info, sort_keys=True)
    lines = [
        f"HeyGen mock on {url}",
        f"  api key:   {mock.api_key} (the control plane, /_mock/, takes it too)",
        f"  speed:     {pace}",
        f"  webhooks:  delivered to {', '.join(hosts)} only (--webhook-host adds one)",
    ]
    lines += [f"  {name + ':':<14} {where}" for name, where in routes.items()]
    return "\n".join(lines)


def request_logger(out: TextIO) -> Callable[[MockRequest, MockResponse, float], None]:
    """A request listener printing one line per request: method, path and query, status, milliseconds."""

    def log(request: MockRequest, response: MockResponse, seconds: float) -> None:
        target = request.path + (f"?{request.query}" if request.query else "")
        status = response.transport_fault or response.status
        out.write(f"{request.method} {target} -> {status} in {seconds * 1000:.1f} ms\n")
        out.flush()

    return log


def _exit_when_idle(server: uvicorn.Server, mock: MockHeyGen, idle: float) -> None:
    last = [time.monotonic()]
    mock.on_request(lambda request, response, seconds: last.__setitem__(0, time.monotonic()))

    def watch() -> None:
        while not server.should_exit:
            time.sleep(min(1.0, idle))
            if time.monotonic() - last[0] >= idle:
                server.should_exit = True

    threading.Thread(target=watch, name="heygen-mock-idle", daemon=True).start()


def _write_state(path: Path, url: str, api_key: str) -> None:
    """Write the state file atomically (a reader never sees half of it)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}")
    partial.write_text(json.dumps({"url": url, "api_key": api_key, "pid": os.getpid()}), encoding="utf-8")
    os.replace(partial, path)


def _remove_state(path: Path) -> None:
    """Remove the state file if it is still this process's (a newer mock may have replaced it)."""
    with contextlib.suppress(OSError, ValueError):
        if json.loads(path.read_text(encoding="utf-8")).get("pid") == os.getpid():
            path.unlink()


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
