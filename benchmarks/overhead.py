"""Row 2: per-call overhead of the facade beside a raw httpx request + JSON parse, on the same mock.

The call: one v3 avatar look by id. Ours: `client.avatars.get_look(look_id)` (request built, sent with the
retry policy, envelope read, error mapping, typed `AvatarLook`). Raw: `http.get(url, headers=...).json()`.
Both go to the same mock, in-process (`mock.transport()`) and over loopback (the mock served by uvicorn
in another process). Rounds alternate the two; each figure is the best round's per-call mean (the
machine may be shared: the fastest round is the one least disturbed).
"""

from __future__ import annotations

import random
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

import httpx

from .common import API_KEY, ROOT, Row, free_port, ratio
from .servers import PHOTO_BODY

__all__ = ["measure"]

BASE = "https://api.heygen.com"


def _per_call(fn: Callable[[], Any], calls: int) -> float:
    start = time.perf_counter()
    for _ in range(calls):
        fn()
    return (time.perf_counter() - start) / calls


def _compare(ours: Callable[[], Any], raw: Callable[[], Any], calls: int, rounds: int) -> tuple[float, float]:
    ours(), raw()  # warm-up: connections, caches
    ours_times, raw_times = [], []
    for _ in range(rounds):
        ours_times.append(_per_call(ours, calls))
        raw_times.append(_per_call(raw, calls))
    return min(ours_times), min(raw_times)


def _in_process(calls: int, rounds: int) -> tuple[float, float]:
    from heygen_avatars import HeyGen
    from heygen_avatars.mock import MockHeyGen

    mock = MockHeyGen(api_key=API_KEY)
    with (
        HeyGen(api_key=API_KEY, transport=mock.transport(), clock=mock.clock, rng=random.Random(0)) as client,
        httpx.Client(transport=mock.transport(), base_url=BASE) as http,
    ):
        look_id = client.avatars.create_from_photo(name="Bench", url=PHOTO_BODY["file"]["url"]).look_id
        headers = {"x-api-key": API_KEY}
        path = f"/v3/avatars/looks/{look_id}"
        return _compare(
            lambda: client.avatars.get_look(look_id),
            lambda: http.get(path, headers=headers).json(),
            calls,
            rounds,
        )


def _loopback(calls: int, rounds: int) -> tuple[float, float]:
    from heygen_avatars import HeyGen

    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.servers", "mock", str(port)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        look_id = process.stdout.readline().split()[1]
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):  # the port opens just after READY
            try:
                httpx.get(base + "/", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        with (
            HeyGen(api_key=API_KEY, base_url=base) as client,
            httpx.Client(base_url=base) as http,
        ):
            headers = {"x-api-key": API_KEY}
            path = f"/v3/avatars/looks/{look_id}"
            return _compare(
                lambda: client.avatars.get_look(look_id),
                lambda: http.get(path, headers=headers).json(),
                calls,
                rounds,
            )
    finally:
        process.terminate()
        process.wait(10)


def measure(quick: bool) -> tuple[list[Row], list[str]]:
    """Rows (in-process and loopback) and detail lines."""
    calls, rounds = (200, 7) if quick else (300, 15)
    rows, details = [], []
    for label, fn in (("in-process mock", _in_process), ("loopback (uvicorn)", _loopback)):
        try:
            ours, raw = fn(calls, rounds)
        except Exception as exc:  # one transport failing must not hide the other's figure
            rows.append(Row("2", f"per call, {label}", f"not measured: {type(exc).__name__}: {exc}", "", ""))
            continue
        r = ratio(ours, raw)
        rows.append(
            Row(
                "2",
                f"per call, {label}",
                f"{ours * 1e6:,.0f} µs",
                "raw httpx + .json()",
                f"{raw * 1e6:,.0f} µs",
                r,
                "≤ 1.15x",
                r is not None and r <= 1.15,
            )
        )
        details.append(
            f"{label}: facade {ours * 1e6:,.0f} µs, raw {raw * 1e6:,.0f} µs, overhead "
            f"{(ours - raw) * 1e6:,.0f} µs per call ({rounds} rounds of {calls})"
        )
    return rows, details
