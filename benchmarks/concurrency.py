"""Row 5: many jobs at HeyGen's concurrency cap (10), in virtual time, in three lines.

1. 1000 concurrent `AsyncHeyGen` workflows (create an avatar from a photo URL, wait for its look) against
   the in-process mock, which runs at most 10 jobs at once and answers 429 beyond. With admission control
   (the default, cap 10) beside the anchor: the same workflows with it off (``max_concurrent_jobs=0``),
   absorbing 429s by the SDK's retries and then an application's own retry loop, as before.
   Measured: requests and the share of them answered 429, workflows lost, avatars made twice, peak RSS,
   and the makespan beside its lower bound (the sum of the jobs' durations / 10).
2. The same 1000 workflows from 4 processes (250 each) sharing one key through `RedisLimiter`, against
   one mock served over HTTP on 127.0.0.1 at 100x real time (the clients' clocks run at the same pace),
   with a redis-server started for the run. Same figures.
3. A 100,000-row manifest (`HeyGen.batch`, in-process mock, virtual time): peak RSS, and the journal's
   writes (count, rate, share of the run's time) beside the rows' rate.

Time: `DiscreteClock` is a virtual clock for many tasks at once. A sleeping task waits until the clock
reaches its wake-up time; the clock jumps to the next wake-up only when no task can run. (The mock's
`VirtualClock` advances on every sleep, which suits one sequential client, such as a batch, not a
thousand tasks at once.) Each line runs in a fresh process so that its peak RSS is its own.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

__all__ = ["DiscreteClock", "measure", "run_manifest", "run_workflows"]

API_KEY = "bench-key-0123456789abcdef"
PHOTO_URL = "https://example.com/face.png"
CAP = 10
ANCHOR_429S = 44_230  # what row 5 measured before admission control (benchmarks/RESULTS.md, 2026-11-21)
SPEED = 100.0


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
            while self._sleepers and self._sleepers[0][2].done():  # cancelled sleepers
                heapq.heappop(self._sleepers)
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


def _peak_rss_mb() -> float:
    with open("/proc/self/status") as status:
        return int(status.read().split("VmHWM:")[1].split()[0]) / 1024


async def _workflow(client: Any, index: int, rng: random.Random, stats: dict[str, int]) -> bool:
    """Create an avatar and wait for its look; a RateLimitError past the SDK's retries is retried after
    the hint plus a growing random wait, as an application under a quota would."""
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


def _figures(mock: Any, finished: int, count: int, makespan: float, stats: dict[str, int]) -> dict[str, Any]:
    jobs = [job for job in mock.jobs.jobs.values() if job.kind == "avatar" and job.finished_at is not None]
    created = sum(
        1 for entry in mock.journal.entries if entry.operation == "createAvatar" and entry.status == 200
    )
    requests = len(mock.journal.entries)
    http_429 = sum(1 for entry in mock.journal.entries if entry.status == 429)
    busy = sum(job.finished_at - job.created_at for job in jobs)
    return {
        "workflows": count,
        "finished": finished,
        "lost": count - finished,
        "created": created,
        "duplicates": max(0, created - finished),
        "requests": requests,
        "http_429": http_429,
        "share_429": http_429 / requests if requests else 0.0,
        "makespan": makespan,
        "lower_bound": busy / CAP,
        "rate_limit_errors": stats.get("rate_limit_errors", 0),
    }


async def _run_all(count: int, clock: DiscreteClock, admission: bool) -> dict[str, Any]:
    from heygen_avatars import AsyncHeyGen
    from heygen_avatars.mock import MockHeyGen

    mock = MockHeyGen(api_key=API_KEY, clock=clock, max_concurrent_jobs=CAP)
    rng = random.Random(8)
    stats = {"rate_limit_errors": 0}
    cap = CAP if admission else 0
    async with AsyncHeyGen(
        api_key=API_KEY, transport=mock.transport(), clock=clock, rng=rng, max_concurrent_jobs=cap
    ) as client:
        outcomes = await asyncio.gather(
            *(_workflow(client, i, rng, stats) for i in range(count)), return_exceptions=True
        )
    finished = sum(1 for outcome in outcomes if outcome is True)
    figures = _figures(mock, finished, count, clock.now, stats)
    figures["errors"] = sorted({type(o).__name__ for o in outcomes if isinstance(o, BaseException)})
    return figures


def run_workflows(count: int, admission: bool = True) -> dict[str, Any]:
    """Run `count` workflows in one process; the figures as a dict (wall seconds and peak RSS included)."""
    clock = DiscreteClock()
    start = time.perf_counter()
    result = asyncio.run(clock.run(_run_all(count, clock, admission)))
    result["wall_seconds"] = time.perf_counter() - start
    result["peak_rss_mb"] = _peak_rss_mb()
    return result


# --- 4 processes, one key, RedisLimiter -----------------------------------------------------------------


async def _worker(url: str, redis_url: str, first: int, count: int) -> dict[str, Any]:
    from heygen_avatars import AsyncHeyGen
    from heygen_avatars.batch import RedisLimiter
    from heygen_avatars.mock import ScaledClock

    limiter = RedisLimiter(redis_url, name="bench", max_concurrent_jobs=CAP, poll=1.0)
    stats = {"rate_limit_errors": 0}
    rng = random.Random(first)
    async with AsyncHeyGen(
        api_key=API_KEY, base_url=url, upload_base_url=url, clock=ScaledClock(SPEED), rng=rng, limiter=limiter
    ) as client:
        outcomes = await asyncio.gather(
            *(_workflow(client, first + i, rng, stats) for i in range(count)), return_exceptions=True
        )
    ended = time.monotonic()  # system-wide: the parent turns it into the mock's time
    limiter.close()
    return {
        "ended": ended,
        "finished": sum(1 for o in outcomes if o is True),
        "errors": sorted({type(o).__name__ for o in outcomes if isinstance(o, BaseException)}),
        "rate_limit_errors": stats["rate_limit_errors"],
        "peak_rss_mb": _peak_rss_mb(),
    }


def run_shared(processes: int, per_process: int) -> dict[str, Any]:
    """`processes` worker processes sharing one key through RedisLimiter against one HTTP mock."""
    from heygen_avatars.mock import MockServer, make_server_mock

    from .common import free_port

    server_binary = shutil.which("redis-server")
    if server_binary is None:
        raise RuntimeError("redis-server is not installed")
    port = free_port()
    redis_server = subprocess.Popen(
        [server_binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    redis_url = f"redis://127.0.0.1:{port}/0"
    mock = make_server_mock(API_KEY, speed=SPEED, seed=8)
    mock.max_concurrent_jobs = CAP
    mock.journal.limit = None
    try:
        _wait_for_redis(redis_url)
        with MockServer(mock) as server:
            start = mock.clock.monotonic()
            wall = time.perf_counter()
            workers = [
                subprocess.Popen(
                    [
                        sys.executable,
                        "-m",
                        "benchmarks.concurrency",
                        "worker",
                        server.url,
                        redis_url,
                        str(index * per_process),
                        str(per_process),
                    ],
                    stdout=subprocess.PIPE,
                    text=True,
                )
                for index in range(processes)
            ]
            outputs = [
                json.loads(worker.communicate(timeout=900)[0].strip().splitlines()[-1]) for worker in workers
            ]
            # from the first create (the processes' start-up is not the cap's doing) to the moment the
            # last workflow saw its look, on the mock's clock (CLOCK_MONOTONIC is shared by processes)
            first = min((job.created_at for job in mock.jobs.jobs.values()), default=start)
            last = max(out["ended"] for out in outputs)
            makespan = (last - mock.clock._origin) * SPEED - first
            wall = time.perf_counter() - wall
    finally:
        redis_server.terminate()
        redis_server.wait(10)
    finished = sum(out["finished"] for out in outputs)
    stats = {"rate_limit_errors": sum(out["rate_limit_errors"] for out in outputs)}
    figures = _figures(mock, finished, processes * per_process, makespan, stats)
    figures["errors"] = sorted({e for out in outputs for e in out["errors"]})
    figures["wall_seconds"] = wall
    figures["peak_rss_mb"] = max(out["peak_rss_mb"] for out in outputs)
    return figures


def _wait_for_redis(url: str) -> None:
    import redis

    client = redis.Redis.from_url(url)
    for _ in range(200):
        try:
            client.ping()
            return
        except redis.ConnectionError:
            time.sleep(0.05)
    raise RuntimeError("redis-server did not start")


# --- a 100,000-row manifest ----------------------------------------------------------------------------


def run_manifest(rows: int) -> dict[str, Any]:
    """`HeyGen.batch` over `rows` video rows against the in-process mock, in virtual time."""
    from heygen_avatars import HeyGen
    from heygen_avatars.batch.journal import Journal
    from heygen_avatars.mock import MockHeyGen

    voice = "1bd001e7e50f421d891986aad5158bc8"
    folder = Path(tempfile.mkdtemp(prefix="heygen-batch-bench-"))
    manifest = folder / "videos.jsonl"
    with manifest.open("w") as out:
        for index in range(rows):
            args = {
                "avatar_id": "public_look_0",
                "script": f"Hello {index}",
                "voice_id": voice,
                "check_avatar": False,
            }
            out.write(json.dumps({"key": f"row-{index}", "op": "videos.create", "args": args}) + "\n")
    spent = [0.0]
    write = Journal._write

    def timed(self: Journal, sql: str, values: Any) -> None:
        begin = time.perf_counter()
        write(self, sql, values)
        spent[0] += time.perf_counter() - begin

    Journal._write = timed  # type: ignore[method-assign]
    mock = MockHeyGen(api_key=API_KEY, max_concurrent_jobs=CAP, journal_limit=1000)
    client = HeyGen(api_key=API_KEY, transport=mock.transport(), clock=mock.clock, rng=random.Random(3))
    pruned = [0.0]

    def forget_old_videos(_progress: Any) -> None:
        """HeyGen's state lives on HeyGen, not in the SDK's process: the mock standing in for it here
        forgets videos finished over an hour ago (long after their rows ended), so that the peak RSS
        measured is the SDK's and the mock's recent work, not a store of 100,000 videos."""
        now = mock.clock.monotonic()
        if now - pruned[0] < 3600:
            return
        pruned[0] = now
        state = mock.backend.state
        mock.events.clear()  # the webhook-shaped events HeyGen would have sent (nobody listens here)
        for video_id, made in list(state.videos.items()):
            if made.job.finished_at is not None and made.job.finished_at < now - 3600:
                del state.videos[video_id]
                mock.jobs.discard(made.job.id)
                state.files.pop(made.file_key, None)
                state.files.pop(made.thumbnail_key, None)

    start = time.perf_counter()
    try:
        summary = client.batch(manifest, out=folder / "results.jsonl", on_progress=forget_old_videos)
    finally:
        Journal._write = write  # type: ignore[method-assign]
    wall = time.perf_counter() - start
    writes = 3 * rows  # sending, running, done per row
    shutil.rmtree(folder, ignore_errors=True)
    return {
        "rows": rows,
        "succeeded": summary.counts.get("succeeded", 0),
        "wall_seconds": wall,
        "virtual_seconds": summary.elapsed,
        "journal_writes": writes,
        "journal_seconds": spent[0],
        "http_429": sum(1 for entry in mock.journal.entries if entry.status == 429),
        "peak_rss_mb": _peak_rss_mb(),
    }


# --- the rows of the table -------------------------------------------------------------------------------


def _child(*argv: str) -> dict[str, Any]:
    from .common import ROOT

    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.concurrency", *argv],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    if done.returncode != 0:
        raise RuntimeError((done.stderr.strip().splitlines() or ["no output"])[-1][:160])
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def _workflow_row(label: str, r: dict[str, Any], anchor: dict[str, Any] | None) -> Any:
    from .common import Row

    over = r["makespan"] / r["lower_bound"] - 1 if r["lower_bound"] else float("inf")
    ok = (
        r["share_429"] <= 0.01
        and r["lost"] == 0
        and r["duplicates"] == 0
        and r["peak_rss_mb"] < 200
        and over <= 0.10
    )
    ours = (
        f"{r['http_429']} 429s ({r['share_429']:.2%} of {r['requests']} req), {r['lost']} lost, "
        f"{r['duplicates']} twice, {r['peak_rss_mb']:.0f} MB, makespan +{over:.1%} over bound"
    )
    theirs = f"{anchor['http_429']:,} 429s" if anchor else f"{ANCHOR_429S:,} 429s (2026-11-21)"
    ratio = r["http_429"] / anchor["http_429"] if anchor and anchor["http_429"] else None
    target = "≤ 1% 429s, 0 lost, 0 twice, < 200 MB, makespan ≤ bound +10%"
    return Row("5", label, ours, "no admission control", theirs, ratio, target, ok)


def measure(quick: bool) -> tuple[list[Any], list[str]]:
    from .common import Row, not_measured

    rows: list[Any] = []
    details: list[str] = []
    anchor = None
    try:
        anchor = _child("workflows", "1000", "off")
        details.append(
            f"anchor, admission control off: {anchor['requests']} requests, {anchor['http_429']} HTTP 429 "
            f"({anchor['rate_limit_errors']} reached the workflow as RateLimitError), makespan "
            f"{anchor['makespan']:.0f} s for a bound of {anchor['lower_bound']:.0f} s, "
            f"{anchor['wall_seconds']:.1f} s wall"
        )
    except RuntimeError as exc:
        details.append(f"anchor not measured: {exc}")
    label = "1000 workflows, cap 10 (virtual time)"
    try:
        r = _child("workflows", "1000", "on")
        rows.append(_workflow_row(label, r, anchor))
        details.append(_detail("1000 workflows, one process", r))
    except RuntimeError as exc:
        rows.append(not_measured("5", label, str(exc)))
    label = "1000 workflows, 4 processes, RedisLimiter"
    try:
        r = _child("shared", "4", "250")
        rows.append(_workflow_row(label, r, anchor))
        details.append(_detail("4 processes x 250 sharing one key through RedisLimiter", r))
    except RuntimeError as exc:
        rows.append(not_measured("5", label, str(exc)))
    count = 20_000 if quick else 100_000
    label = f"{count:,}-row manifest (virtual time)"
    try:
        m = _child("manifest", str(count))
        share = m["journal_seconds"] / m["wall_seconds"]
        ok = m["peak_rss_mb"] < 200 and m["succeeded"] == count and share < 0.25
        ours = (
            f"{m['peak_rss_mb']:.0f} MB peak, {m['rows'] / m['wall_seconds']:,.0f} rows/s, journal "
            f"{m['journal_writes'] / m['journal_seconds']:,.0f} writes/s ({share:.0%} of the run)"
        )
        rows.append(Row("5", label, ours, "—", "", None, "< 200 MB, journal < 25% of the time", ok))
        details.append(
            f"{count:,}-row manifest: {m['succeeded']:,} succeeded, {m['wall_seconds']:.0f} s wall for "
            f"{m['virtual_seconds'] / 3600:.0f} virtual hours, {m['journal_writes']:,} journal writes in "
            f"{m['journal_seconds']:.1f} s, {m['http_429']} HTTP 429"
        )
    except RuntimeError as exc:
        rows.append(not_measured("5", label, str(exc)))
    return rows, details


def _detail(what: str, r: dict[str, Any]) -> str:
    return (
        f"{what}: {r['finished']} finished, {r['created']} avatars created, {r['duplicates']} twice, "
        f"{r['requests']} requests, {r['http_429']} HTTP 429 ({r['share_429']:.2%}), makespan "
        f"{r['makespan']:.0f} s for a bound of {r['lower_bound']:.0f} s (sum of job durations / {CAP}), "
        f"{r['wall_seconds']:.1f} s wall, {r['peak_rss_mb']:.0f} MB peak"
        + (f", errors {r['errors']}" if r["errors"] else "")
    )


if __name__ == "__main__":
    command, *rest = sys.argv[1:]
    if command == "workflows":
        print(json.dumps(run_workflows(int(rest[0]), admission=rest[1] == "on")))
    elif command == "shared":
        print(json.dumps(run_shared(int(rest[0]), int(rest[1]))))
    elif command == "worker":
        print(json.dumps(asyncio.run(_worker(rest[0], rest[1], int(rest[2]), int(rest[3])))))
    elif command == "manifest":
        print(json.dumps(run_manifest(int(rest[0]))))
    else:
        raise SystemExit(f"unknown command {command!r}")
