"""A minimal keep-alive HTTP/1.1 load generator on raw asyncio sockets.

An httpx.AsyncClient load generator saturates at ~500-600 req/s on this class of machine, i.e. it
measures itself; this one costs a few microseconds per request.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["LoadResult", "build_request", "run_load"]


def build_request(
    method: str, path: str, headers: dict[str, str], body: bytes = b"", host: str = "127.0.0.1"
) -> bytes:
    """The raw bytes of one keep-alive request."""
    lines = [f"{method} {path} HTTP/1.1", f"host: {host}", f"content-length: {len(body)}"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


@dataclass(frozen=True)
class LoadResult:
    requests: int
    seconds: float
    statuses: dict[int, int]

    @property
    def per_second(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


async def _read_response(reader: asyncio.StreamReader) -> int:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    status = int(lines[0].split(b" ", 2)[1])
    length = 0
    chunked = False
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        key = name.strip().lower()
        if key == b"content-length":
            length = int(value.strip())
        elif key == b"transfer-encoding" and b"chunked" in value.lower():
            chunked = True
    if chunked:
        while True:
            size = int((await reader.readuntil(b"\r\n")).strip().split(b";")[0], 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    elif length:
        await reader.readexactly(length)
    return status


async def _connection(
    port: int, requests: Sequence[bytes], count: int, statuses: dict[int, int], offset: int
) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        for index in range(count):
            writer.write(requests[(offset + index) % len(requests)])
            status = await _read_response(reader)
            statuses[status] = statuses.get(status, 0) + 1
    finally:
        writer.close()


async def _run(port: int, requests: Sequence[bytes], total: int, connections: int) -> LoadResult:
    statuses: dict[int, int] = {}
    per_connection = total // connections
    start = time.perf_counter()
    await asyncio.gather(
        *(_connection(port, requests, per_connection, statuses, i) for i in range(connections))
    )
    return LoadResult(per_connection * connections, time.perf_counter() - start, statuses)


def run_load(port: int, requests: Sequence[bytes], total: int, connections: int = 8) -> LoadResult:
    """Send `total` requests (cycling through `requests`) over `connections` keep-alive connections."""
    return asyncio.run(_run(port, requests, total, connections))
