"""Row 2: per-call overhead of the facade beside a raw httpx request + JSON parse, on the same mock.

The call: one v3 avatar look by id. Ours: `client.avatars.get_look(look_id)` (request built, sent with the
retry policy, envelope read, error mapping, typed `AvatarLook`). Raw: `http.get(url, headers=...).json()`
with an absolute URL (the anchor: the barest request), and with `base_url` + path (a reference: httpx's
URL merge costs ~10 % of a call here).
Both go to the same mock, in-process (`mock.transport()`) and over loopback (the mock served by uvicorn
in another process). Rounds alternate the three; each figure is the best round's per-call mean (the
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


def _compare(candidates: dict[str, Callable[[], Any]], calls: int, rounds: int) -> dict[str, float]:
    """Best per-call time of each candidate; they take turns, in a new order every round."""
    for fn in candidates.values():  # warm-up: connections, caches
        fn()
    best = dict.fromkeys(candidates, float("inf"))
    order = list(candidates)
    shuffle = random.Random(0).shuffle
    for _ in range(rounds):
        shuffle(order)
        for name in order:
            best[name] = min(best[name], _per_call(candidates[name], calls))
    return best


def _candidates(client: Any, http: httpx.Client, base: str, look_id: str) -> dict[str, Callable[[], Any]]:
    headers = {"x-api-key": API_KEY}
    path = f"/v3/avatars/looks/{look_id}"
    url = base + path
    return {
        "ours": lambda: client.avatars.get_look(look_id),
        # the barest request: an absolute URL (httpx skips merging it with a base_url)
        "raw": lambda: http.get(url, headers=headers).json(),
        "raw, base_url": lambda: http.get(path, headers=headers).json(),
    }


def _in_process(calls: int, rounds: int) -> dict[str, float]:
    from heygen_avatars import HeyGen
    from heygen_avatars.mock import MockHeyGen

    mock = MockHeyGen(api_key=API_KEY)
    with (
        HeyGen(api_key=API_KEY, transport=mock.transport(), clock=mock.clock, rng=random.Random(0)) as client,
        httpx.Client(transport=mock.transport(), base_url=BASE) as http,
    ):
        look_id = client.avatars.create_from_photo(name="Bench", url=PHOTO_BODY["file"]["url"]).look_id
        return _compare(_candidates(client, http, BASE, look_id), calls, rounds)


def _loopback(calls: int, rounds: int) -> dict[str, float]:
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
        with HeyGen(api_key=API_KEY, base_url=base) as client, httpx.Client(base_url=base) as http:
            return _compare(_candidates(client, http, base, look_id), calls, rounds)
    finally:
        process.terminate()
        process.wait(10)


def measure(quick: bool) -> tuple[list[Row], list[str]]:
    """Rows (in-process and loopback) and detail lines."""
    calls, rounds = (200, 7) if quick else (300, 15)
    rows, details = [], []
    for label, fn in (("in-process mock", _in_process), ("loopback (uvicorn)", _loopback)):
        try:
            best = fn(calls, rounds)
        except Exception as exc:  # one transport failing must not hide the other's figure
            rows.append(Row("2", f"per call, {label}", f"not measured: {type(exc).__name__}: {exc}", "", ""))
            continue
        ours, raw, raw_base = best["ours"], best["raw"], best["raw, base_url"]
        r = ratio(ours, raw)
        show = f"{ours * 1e6:,.0f} µs"
        rows.append(
            Row("2", f"per call, {label}", show, "raw httpx + .json()", f"{raw * 1e6:,.0f} µs", r, "≤ 1.15x",
                r is not None and r <= 1.15)
        )  # fmt: skip
        rows.append(
            Row("2", "  … raw with base_url + path", show, "raw httpx, base_url", f"{raw_base * 1e6:,.0f} µs",
                ratio(ours, raw_base), "(reference)")
        )  # fmt: skip
        details.append(
            f"{label}: facade {ours * 1e6:,.0f} µs, raw httpx {raw * 1e6:,.0f} µs with an absolute URL and "
            f"{raw_base * 1e6:,.0f} µs with base_url + path; overhead {(ours - raw) * 1e6:,.0f} µs per call "
            f"(best of {rounds} rounds of {calls}, the three taking turns)"
        )
    return rows, details
