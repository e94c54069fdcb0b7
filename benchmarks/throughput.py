"""Row 4: the mock's throughput over loopback (8 keep-alive connections) beside Prism and a bare route.

Each server runs in its own process, all at once, and the rounds take turns between them; the load
generator is a raw asyncio socket client (`loadgen`).
Workloads: "GET" (a look by id) and "mixed" (3 GETs to 1 POST /v3/avatars, which creates an avatar).
Every server gets the same requests; the mock validates each against the built spec and keeps state,
Prism (`--errors true`) validates and answers the spec's examples, the bare route does nothing.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager

from .common import API_KEY, PRISM, ROOT, Row, free_port, not_measured, ratio
from .loadgen import LoadResult, build_request, run_load
from .servers import PHOTO_BODY

__all__ = ["WORKLOADS", "measure"]

WORKLOADS = ("GET", "mixed")


def _requests(workload: str, look_id: str, port: int) -> list[bytes]:
    headers = {"x-api-key": API_KEY, "accept": "application/json"}
    host = f"127.0.0.1:{port}"  # the port too: the mock refuses a Host that does not name it (DNS rebinding)
    get = build_request("GET", f"/v3/avatars/looks/{look_id}", headers, host=host)
    if workload == "GET":
        return [get]
    post = build_request(
        "POST",
        "/v3/avatars",
        {**headers, "content-type": "application/json"},
        json.dumps(PHOTO_BODY).encode(),
        host=host,
    )
    return [get, get, get, post]


def _wait_until_up(port: int, process: subprocess.Popen[str], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode}")
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1).close()
            return
        except urllib.error.HTTPError:
            return  # any HTTP answer means it listens
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"no server on port {port} after {timeout:.0f} s")


@contextmanager
def _server(kind: str) -> Iterator[tuple[int, str]]:
    port = free_port()
    if kind == "prism":
        command = [str(PRISM), "mock", "-h", "127.0.0.1", "-p", str(port), "--errors", "true"]
        command += ["-v", "error", str(ROOT / "openapi" / "v3-avatars.json")]
        stdout = subprocess.DEVNULL
    else:
        command = [sys.executable, "-m", "benchmarks.servers", kind, str(port)]
        stdout = subprocess.PIPE
    process = subprocess.Popen(command, cwd=ROOT, stdout=stdout, stderr=subprocess.DEVNULL, text=True)
    try:
        look_id = "lk_abc123"
        if process.stdout is not None:
            line = process.stdout.readline().split()
            look_id = line[1] if len(line) == 2 and line[0] == "READY" else look_id
        _wait_until_up(port, process)
        yield port, look_id
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()


def _measure_all(kinds: list[str], total: int, rounds: int) -> dict[str, dict[str, LoadResult] | str]:
    """Every server up at once; rounds take turns between servers, so a busy moment on a shared
    machine hits all of them. The best round per server and workload is kept."""
    results: dict[str, dict[str, LoadResult] | str] = {}
    with ExitStack() as stack:
        running: dict[str, tuple[int, str]] = {}
        for kind in kinds:
            try:
                running[kind] = stack.enter_context(_server(kind))
            except (OSError, RuntimeError) as exc:
                results[kind] = f"{kind} did not start: {exc}"
        best: dict[str, dict[str, LoadResult]] = {kind: {} for kind in running}
        for round_index in range(rounds + 1):  # round 0 warms up (node's JIT, caches, connections)
            for workload in WORKLOADS:
                for kind, (port, look_id) in running.items():
                    count = min(total, 500) if round_index == 0 else total
                    result = run_load(port, _requests(workload, look_id, port), count)
                    previous = best[kind].get(workload)
                    if round_index and (previous is None or result.per_second > previous.per_second):
                        best[kind][workload] = result
        results.update(best)
    return results


def _describe(result: LoadResult) -> str:
    codes = ", ".join(f"{code}: {n}" for code, n in sorted(result.statuses.items()))
    return f"{result.per_second:,.0f} req/s ({codes})"


def measure(quick: bool) -> tuple[list[Row], list[str]]:
    """Rows (mock vs Prism per workload, with the bare route as reference) and detail lines."""
    total, rounds = (2000, 1) if quick else (4000, 3)
    details: list[str] = []
    kinds = ["mock", "prism", "bare"]
    missing: dict[str, dict[str, LoadResult] | str] = {}
    if not os.access(PRISM, os.X_OK):
        kinds.remove("prism")
        missing["prism"] = "Prism is not installed (npm install failed or node is absent)"
    results = {**_measure_all(kinds, total, rounds), **missing}
    rows: list[Row] = []
    for workload in WORKLOADS:
        mock, prism, bare = (results[k] for k in ("mock", "prism", "bare"))
        measure_name = f"mock throughput, {workload} (8 conn.)"
        if isinstance(mock, str):
            rows.append(not_measured("4", measure_name, mock, "Prism", "≥ 1.5x"))
            continue
        ours = mock[workload].per_second
        if isinstance(prism, str):
            rows.append(not_measured("4", measure_name, prism, "Prism", "≥ 1.5x"))
        else:
            theirs = prism[workload].per_second
            r = ratio(ours, theirs)
            met = r is not None and r >= 1.5
            rows.append(
                Row(
                    "4",
                    measure_name,
                    f"{ours:,.0f} req/s",
                    "Prism 5.14.2",
                    f"{theirs:,.0f} req/s",
                    r,
                    "≥ 1.5x",
                    met,
                )
            )
        if not isinstance(bare, str):
            ceiling = bare[workload].per_second
            theirs_text = f"{ceiling:,.0f} req/s"
            rows.append(
                Row(
                    "4",
                    "  … beside the ceiling",
                    f"{ours:,.0f} req/s",
                    "bare ASGI route",
                    theirs_text,
                    ratio(ours, ceiling),
                    "(reference)",
                )
            )
        for kind, result in results.items():
            if not isinstance(result, str):
                details.append(f"{kind:5} {workload:5}: {_describe(result[workload])}")
    details += [f"{kind}: {result}" for kind, result in results.items() if isinstance(result, str)]
    return rows, details
