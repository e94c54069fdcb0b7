"""Row 5: many concurrent async workflows against the in-process mock, in virtual time.

Each workflow creates a v3 avatar from a photo URL (`AsyncHeyGen.avatars.create_from_photo`) and waits
for its look (`await new.job.result()`). The mock runs at most 10 jobs at once and answers 429 with
Retry-After beyond that. The SDK retries a 429 itself (max_retries, honouring Retry-After); when that
budget runs out it raises `RateLimitError`, and the workflow tries again after the hint plus a growing
random wait, as an application under a quota would. We count the 429s absorbed, the workflows that did
not end with a completed look ("lost") and avatars created twice, the wall time and the peak memory.

Time: `DiscreteClock` is a virtual clock for many tasks at once. A sleeping task waits until the clock
reaches its wake-up time; the clock jumps to the next wake-up only when no task can run. (The mock's
`VirtualClock` advances on every sleep, which suits one sequential client, not a thousand at once.)

Run alone (`python -m benchmarks.concurrency N`) so that peak RSS is this run's own.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import json
import random
import sys
import time
from typing import Any

__all__ = ["DiscreteClock", "measure", "run_workflows"]


class DiscreteClock:
    """A `heygen_avatars.Clock` for concurrent asyncio tasks in virtual time (see the module docstring)."""

    def __init__(self) -> None:
        self.now = 0.0
        self._sleepers: list[tuple[float, int, asyncio.Future[None]]] = []
        self._seq = itertools.count()

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        raise RuntimeError("DiscreteClock is for async code only")

    async def asleep(self, seconds: float) -> None:
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._sleepers, (self.now + max(seconds, 0.0), next(self._seq), future))
        await future

    async def run(self, main: Any) -> Any:
        """Run the coroutine `main`, moving time forward whenever every task is asleep."""
        loop = asyncio.get_running_loop()
        task = asyncio.ensure_future(main)
        while not task.done():
            await asyncio.sleep(0)
            if loop._ready:  # type: ignore[attr-defined]  # some task can still run at this instant
                continue
            if not self._sleepers:
                await asyncio.sleep(0)
                continue
            wake = self._sleepers[0][0]
            self.now = max(self.now, wake)
            while self._sleepers and self._sleepers[0][0] <= self.now:
                _, _, future = heapq.heappop(self._sleepers)
                if not future.done():
                    future.set_result(None)
        return task.result()


API_KEY = "bench-key-0123456789abcdef"
PHOTO_URL = "https://example.com/face.png"


async def _workflow(client: Any, index: int, rng: random.Random, stats: dict[str, int]) -> bool:
    from heygen_avatars import RateLimitError

    attempt = 0
    while True:
        try:
            new = await client.avatars.create_from_photo(name=f"Bench {index}", url=PHOTO_URL)
            break
        except RateLimitError as exc:
            stats["rate_limit_errors"] += 1
            attempt += 1
            hint = exc.retry_after if exc.retry_after is not None else 1.0
            await client.clock.asleep(hint + rng.uniform(0, min(120.0, 5.0 * 2**attempt)))
    look = await new.job.result(timeout=None)
    return bool(look.id == new.look_id)


async def _run_all(count: int, clock: DiscreteClock) -> dict[str, Any]:
    from heygen_avatars import AsyncHeyGen
    from heygen_avatars.mock import MockHeyGen

    mock = MockHeyGen(api_key=API_KEY, clock=clock, max_concurrent_jobs=10)
    rng = random.Random(8)
    stats = {"rate_limit_errors": 0}
    async with AsyncHeyGen(api_key=API_KEY, transport=mock.transport(), clock=clock, rng=rng) as client:
        outcomes = await asyncio.gather(
            *(_workflow(client, i, rng, stats) for i in range(count)), return_exceptions=True
        )
    created = [entry for entry in mock.journal.entries if entry.method == "POST" and entry.status == 200]
    finished = sum(1 for outcome in outcomes if outcome is True)
    return {
        "workflows": count,
        "finished": finished,
        "lost": count - finished,
        "created": len(created),
        "duplicates": max(0, len(created) - finished),
        "http_429": sum(1 for entry in mock.journal.entries if entry.status == 429),
        "requests": len(mock.journal.entries),
        "rate_limit_errors": stats["rate_limit_errors"],
        "virtual_seconds": clock.now,
        "errors": sorted({type(o).__name__ for o in outcomes if isinstance(o, BaseException)}),
    }


def run_workflows(count: int) -> dict[str, Any]:
    """Run `count` workflows; the figures as a dict (wall seconds and peak RSS included)."""
    clock = DiscreteClock()
    start = time.perf_counter()
    result = asyncio.run(clock.run(_run_all(count, clock)))
    result["wall_seconds"] = time.perf_counter() - start
    with open("/proc/self/status") as status:
        result["peak_rss_mb"] = int(status.read().split("VmHWM:")[1].split()[0]) / 1024
    return result


def measure(quick: bool) -> tuple[list[Any], list[str]]:
    """Rows for 100 and 1000 workflows, each run in a fresh process."""
    import subprocess

    from .common import ROOT, Row, not_measured

    rows: list[Any] = []
    details: list[str] = []
    for count in (100, 1000):
        label = f"{count} concurrent workflows"
        done = subprocess.run(
            [sys.executable, "-m", "benchmarks.concurrency", str(count)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=900,
        )
        if done.returncode != 0:
            rows.append(not_measured("5", label, done.stderr.strip().splitlines()[-1][:120]))
            continue
        r = json.loads(done.stdout.strip().splitlines()[-1])
        ok = r["lost"] == 0 and r["duplicates"] == 0 and (count < 1000 or r["peak_rss_mb"] < 200)
        ours = (
            f"{r['wall_seconds']:.1f} s wall, {r['peak_rss_mb']:.0f} MB peak, {r['http_429']} 429s absorbed, "
            f"{r['lost']} lost"
        )
        target = "0 lost, 0 twice" + (", < 200 MB" if count == 1000 else "")
        rows.append(Row("5", label, ours, "—", "", None, target, ok))
        details.append(
            f"{count} workflows: {r['finished']} finished, {r['created']} avatars created, "
            f"{r['duplicates']} twice, {r['requests']} requests, {r['http_429']} HTTP 429 "
            f"({r['rate_limit_errors']} reached the workflow as RateLimitError), "
            f"{r['virtual_seconds'] / 60:.0f} virtual minutes"
            + (f", errors {r['errors']}" if r["errors"] else "")
        )
    return rows, details


if __name__ == "__main__":
    print(json.dumps(run_workflows(int(sys.argv[1]))))
