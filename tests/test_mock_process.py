"""The served mock as a process (``python -m heygen_avatars.mock`` on 127.0.0.1): what 1 GiB bodies cost its
memory, and how fast SIGTERM stops it with 200 requests stalled in every way a client can stall one."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator

import httpx
import pytest

KEY = "process-key"
MB = 1000 * 1000
GIB = 1 << 30
CHUNK = b"\0" * (1 << 20)

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/<pid>/status")


class Served:
    def __init__(self, process: subprocess.Popen[str], url: str) -> None:
        self.process, self.url = process, url
        self.port = int(url.rsplit(":", 1)[1])

    def peak_memory(self) -> int:
        """The server process's peak resident memory so far (VmHWM), in bytes."""
        with open(f"/proc/{self.process.pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
        raise AssertionError("no VmHWM in /proc")


@pytest.fixture
def served() -> Iterator[Served]:
    # stderr to a file, never a pipe: a full pipe would block the server (and its shutdown)
    with tempfile.TemporaryFile("w+") as errors:
        process = subprocess.Popen(
            [sys.executable, "-m", "heygen_avatars.mock", "--port", "0", "--api-key", KEY],
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
        )
        try:
            assert process.stdout is not None
            yield Served(process, process.stdout.readline().split()[-1])
        finally:
            if process.poll() is None:
                process.kill()
            process.wait(10)
            errors.seek(0)
            assert "Traceback" not in errors.read()


def gibibyte() -> Iterator[bytes]:
    """1 GiB streamed from one reused 1 MiB chunk: the client never holds more than the chunk."""
    for _ in range(GIB // len(CHUNK)):
        yield CHUNK


def test_a_gibibyte_body_is_refused_without_the_server_holding_it(served: Served) -> None:
    key = {"x-api-key": KEY}
    with httpx.Client(base_url=served.url, timeout=30) as client:
        # warm up what an accepted upload and a refused request use, so the baseline holds it
        assert client.post(
            "/v3/assets", headers=key, files={"file": ("a.png", b"\x89PNG\r\n\x1a\n0")}
        ).is_success
        assert client.post("/v3/assets", content=b"x").status_code == 401
        baseline = served.peak_memory()
        declared = {"content-length": str(GIB)}
        attempts = [
            ("/v3/assets", declared, 401),  # no key: not one byte is read
            ("/v3/assets", {}, 401),  # no key, no length announced
            (
                "/v1/asset",
                {**declared, **key, "content-type": "image/png"},
                413,
            ),  # announced: refused at once
            ("/v3/avatars", {**declared, **key, "content-type": "application/json"}, 413),
            ("/_mock/faults", {**declared, **key}, 413),
            ("/v3/assets", key, 413),  # no length announced: read up to the 32 MB limit, then refused
        ]
        for path, headers, status in attempts:
            response = client.post(path, content=gibibyte(), headers=headers)
            assert response.status_code == status, (path, headers, response.text)
            assert response.headers["connection"] == "close"
        assert endless_head(served.port) < 64 * (1 << 20)  # a head is capped too (16 KiB)
    growth = served.peak_memory() - baseline
    print(f"\n1 GiB bodies x{len(attempts)}: the server's peak memory grew by {growth / MB:.1f} MB")
    assert growth < 50 * MB, f"the server's peak memory grew by {growth / MB:.1f} MB"


def endless_head(port: int) -> int:
    """Send a request line that never ends; the bytes sent before the server hung up on it."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(b"GET /v3/voices?q=")
        sent = 0
        try:
            while sent < GIB:
                sock.sendall(CHUNK)
                sent += len(CHUNK)
            answer = sock.recv(64)
        except TimeoutError:
            raise AssertionError("the server neither read nor refused an endless head") from None
        except OSError:  # reset: the server hung up
            return sent
        assert answer.startswith(b"HTTP/1.1 4"), answer
        return sent


def stall(port: int, kind: str) -> socket.socket:
    """A connection whose request stays in flight: `kind` says how."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=10)
    head = f"Host: 127.0.0.1:{port}\r\nx-api-key: {KEY}\r\n".encode()
    if kind == "headers":  # slowloris: the head never ends
        sock.sendall(b"GET /v3/voices HTTP/1.1\r\n" + head)
    elif kind == "body":  # a body announced, a byte of it sent
        sock.sendall(b"POST /v3/avatars HTTP/1.1\r\n" + head + b"content-type: application/json\r\n")
        sock.sendall(b"content-length: 100000\r\n\r\n{")
    elif kind == "timeout":  # the answer never comes
        sock.sendall(b"GET /v3/voices HTTP/1.1\r\n" + head + b"x-mock-fault: timeout\r\n\r\n")
    elif kind == "latency":  # hours of latency on the server's scaled clock
        sock.sendall(b"GET /v3/voices HTTP/1.1\r\n" + head + b"x-mock-fault: latency:1000000\r\n\r\n")
    else:  # a reader that never reads: large answers back up until the server cannot write
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        sock.sendall(b"GET /openapi/v3-avatars.json HTTP/1.1\r\n" + head + b"\r\n")
    return sock


def test_sigterm_stops_the_server_within_5_s_with_200_stalled_requests(served: Served) -> None:
    kinds = ("headers", "body", "timeout", "latency", "unread")
    sockets = [stall(served.port, kinds[i % len(kinds)]) for i in range(200)]
    try:
        with httpx.Client(base_url=served.url, timeout=10, headers={"x-api-key": KEY}) as client:
            deadline = time.monotonic() + 20  # the 80 faulted requests reach the journal before they stall
            while len([e for e in client.get("/_mock/journal").json() if e["faults"]]) < 80:
                assert time.monotonic() < deadline, "the stalled requests never reached the server"
                time.sleep(0.05)
        started = time.monotonic()
        served.process.send_signal(signal.SIGTERM)
        served.process.wait(30)
        elapsed = time.monotonic() - started
    finally:
        for sock in sockets:
            sock.close()
    print(f"\nSIGTERM with 200 stalled requests: the server stopped in {elapsed:.2f} s")
    assert elapsed < 5, f"the server took {elapsed:.1f} s to stop"
    assert served.process.returncode in (-signal.SIGTERM, 0)
