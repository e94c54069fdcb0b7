"""Row 3: polling cadence in virtual time, ours against the anchors' schedules (the push column, webhooks
on, is `push.py`).

Every simulated job has a duration drawn from its kind's realistic range (uniform, or log-normal around
the middle of the range). A cadence checks the status at once, then sleeps and checks again until the job
is done. Per job we count status requests and the detection lag (when the poller saw "done" minus when the
job finished). The limit is a push notification: one request, no lag.

Ours is the real poller: `HeyGen(...).jobs.get(kind, id).wait()` on an `httpx.MockTransport` that answers
the kind's status endpoint, with a fake clock whose sleeps only move time. The anchors are the default
schedules of heygen-cli and three polling libraries (each one's docstring below gives its defaults).
"""

from __future__ import annotations

import functools
import math
import random
import statistics
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import httpx

__all__ = [
    "ANCHORS",
    "KINDS",
    "SHAPES",
    "CadenceResult",
    "SimKind",
    "durations",
    "run_anchor",
    "run_ours",
    "simulate",
]

Schedule = Callable[[random.Random], Iterator[float]]
"""Yields the sleeps between status checks (the first check is at t=0)."""


@dataclass(frozen=True)
class SimKind:
    """A job kind as simulated: the SDK's kind name, the typical duration range, the status payloads."""

    label: str
    kind: str
    low: float
    high: float
    pending: str
    success: str
    v3: bool = False

    @property
    def middle(self) -> float:
        return (self.low + self.high) / 2


KINDS: tuple[SimKind, ...] = (
    SimKind("photo", "photo_generation", 30.0, 90.0, "in_progress", "success"),
    SimKind("training", "training", 120.0, 600.0, "training", "ready"),
    SimKind("looks", "look_generation", 60.0, 180.0, "in_progress", "success"),
    SimKind("video", "video", 60.0, 300.0, "processing", "completed", v3=True),
    # a v3 avatar look from a photo or a prompt (HeyGen's avatar skill: 30-90 s photo, 1-3 min prompt)
    SimKind("v3 avatar", "avatar", 30.0, 180.0, "processing", "completed", v3=True),
)
SHAPES = ("uniform", "lognormal")

# log-normal: median at the middle of the range, sigma such that ln(high/low) spans +-1.645 sigma (~90 %)
_Z90 = 1.6448536269514722


def durations(kind: SimKind, shape: str, count: int, seed: int) -> list[float]:
    """`count` job durations of `kind` drawn with `shape` ("uniform" or "lognormal"), reproducibly."""
    rng = random.Random(f"{seed}-{kind.label}-{shape}")
    if shape == "uniform":
        return [rng.uniform(kind.low, kind.high) for _ in range(count)]
    if shape == "lognormal":
        sigma = math.log(kind.high / kind.low) / (2 * _Z90)
        return [rng.lognormvariate(math.log(kind.middle), sigma) for _ in range(count)]
    raise ValueError(f"shape must be one of {SHAPES}, got {shape!r}")


@dataclass(frozen=True)
class CadenceResult:
    """Requests per job and detection lag over a sample of jobs."""

    requests: float
    lag_mean: float
    lag_p95: float

    @classmethod
    def of(cls, samples: Sequence[tuple[int, float]]) -> CadenceResult:
        requests = [float(n) for n, _ in samples]
        lags = sorted(lag for _, lag in samples)
        p95 = lags[min(len(lags) - 1, math.ceil(0.95 * len(lags)) - 1)]
        return cls(statistics.fmean(requests), statistics.fmean(lags), p95)

    @property
    def push_distance(self) -> str:
        """How far from the push limit (1 request, 0 s lag): extra requests per job and mean lag."""
        return f"+{self.requests - 1:.1f} req, +{self.lag_mean:.1f} s"


# ------------------------------------------------------------------------------------------------ anchors


def heygen_cli(rng: random.Random) -> Iterator[float]:
    """heygen-cli: 2 s doubling up to 30 s, each sleep times U(0.75, 1.25)."""
    n = 0
    while True:
        yield min(2.0 * 2.0**n, 30.0) * rng.uniform(0.75, 1.25)
        n += 1


def google_api_core(rng: random.Random) -> Iterator[float]:
    """google-api-core DEFAULT_POLLING: full jitter U(0, min(1.0 * 1.5**n, 20))."""
    n = 0
    while True:
        yield rng.uniform(0.0, min(1.5**n, 20.0))
        n += 1


def azure(rng: random.Random) -> Iterator[float]:
    """azure-core LROBasePolling without Retry-After: 30 s fixed, no jitter."""
    while True:
        yield 30.0


def fixed_1s(rng: random.Random) -> Iterator[float]:
    """A fixed 1 s poll (OpenAI's helpers' default)."""
    while True:
        yield 1.0


ANCHORS: dict[str, Schedule] = {
    "heygen-cli": heygen_cli,
    "google-api-core": google_api_core,
    "azure-core": azure,
    "fixed 1 s": fixed_1s,
}


def run_anchor(schedule: Schedule, jobs: Sequence[float], seed: int) -> CadenceResult:
    """Requests and lag of a schedule over jobs of the given durations."""
    rng = random.Random(seed)
    samples = []
    for duration in jobs:
        t, n = 0.0, 1
        sleeps = schedule(rng)
        while t < duration:
            t += next(sleeps)
            n += 1
        samples.append((n, t - duration))
    return CadenceResult.of(samples)


# ---------------------------------------------------------------------------------------------------- ours


class SimClock:
    """A heygen_avatars Clock whose sleeps only move time."""

    def __init__(self) -> None:
        self.now = 0.0

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += max(seconds, 0.0)

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


def _status_response(kind: SimKind, job_id: str, remaining: float, hint: bool, request: httpx.Request) -> Any:
    """What the kind's status endpoint answers `remaining` seconds before the job ends."""
    data = {"id": job_id, "status": kind.success if remaining <= 0 else kind.pending}
    body = {"data": data} if kind.v3 else {"error": None, "data": data}
    headers = {"retry-after": f"{remaining:.3f}"} if hint and remaining > 0 else {}
    return httpx.Response(200, json=body, headers=headers, request=request)


def wait_once(
    kind: SimKind,
    job_id: str,
    end: float,
    clock: SimClock,
    rng: random.Random,
    *,
    hint: bool = False,
    inbox: Any = None,
) -> tuple[int, bool]:
    """Run the SDK's own wait flow (`jobs.waiting.wait_flow`, what `Job.wait()` runs) for one job ending at
    `end` on `clock`: each status request is answered with the kind's payload (pending until `end`, then
    success). `inbox`: a push inbox the flow's `Listen` effects go to (None: the client has no receiver,
    so `Listen` is a sleep). The status requests it sent, and whether the wait returned the job succeeded."""
    from heygen_avatars._core.flow import (
        Admission,
        Context,
        Emit,
        Listen,
        Now,
        PushMissed,
        Random,
        Send,
        Sleep,
    )
    from heygen_avatars.jobs.handles import Job
    from heygen_avatars.jobs.token import JobRef
    from heygen_avatars.jobs.waiting import wait_flow

    flow = wait_flow([Job(None, JobRef(kind.kind, job_id, "https://api.heygen.com"))], timeout=None)
    requests, value = 0, None
    while True:
        try:
            effect = flow.send(value)
        except StopIteration as stop:
            return requests, stop.value[0].state.value == "succeeded"
        if isinstance(effect, Send):
            requests += 1
            request = httpx.Request(effect.method, effect.url)
            value = _status_response(kind, job_id, end - clock.now, hint, request)
        elif isinstance(effect, Context):
            value = _context()
        elif isinstance(effect, Now):
            value = clock.now
        elif isinstance(effect, Sleep):
            value = clock.sleep(effect.seconds)
        elif isinstance(effect, Random):
            value = rng.random()
        elif isinstance(effect, Listen):
            value = None if inbox is None else inbox.listen(effect.keys, effect.seconds, clock)
            if inbox is None:
                clock.sleep(effect.seconds)
        elif isinstance(effect, PushMissed):
            value = None if inbox is None else inbox.missed(effect.kind, effect.job_id)
        elif isinstance(effect, Emit | Admission):  # no callback, no limiter
            value = None
        else:  # pragma: no cover - a new effect kind in the SDK
            raise TypeError(f"the wait flow yielded {effect!r}, unknown to this simulation")


@functools.lru_cache(maxsize=1)
def _context() -> Any:
    from heygen_avatars._core.config import resolve_config
    from heygen_avatars._core.flow import FlowContext
    from heygen_avatars._core.retry import RetryPolicy

    config = resolve_config(
        api_key="sim",
        base_url=None,
        upload_base_url=None,
        timeout=None,
        max_retries=None,
        default_headers=None,
    )
    return FlowContext(config=config, retry_policy=RetryPolicy())


def run_ours(kind: SimKind, jobs: Sequence[float], seed: int, *, hint: bool = False) -> CadenceResult:
    """Our poller over jobs of the given durations, driven with a fake clock (see `wait_once`).

    `hint=True` has the server send Retry-After with the time left (what a HeyGen hint could be): it
    shows that the poller honours hints, within its floor.
    """
    clock, rng = SimClock(), random.Random(seed)
    samples = []
    for index, duration in enumerate(jobs):
        end = clock.now + duration
        requests, _ = wait_once(kind, f"job{index}", end, clock, rng, hint=hint)
        samples.append((requests, clock.now - end))
    return CadenceResult.of(samples)


def simulate(samples: int, seed: int = 2000) -> dict[tuple[str, str], dict[str, CadenceResult]]:
    """Every cadence on every kind and shape: {(kind label, shape): {cadence name: result}}."""
    results: dict[tuple[str, str], dict[str, CadenceResult]] = {}
    for kind in KINDS:
        for shape in SHAPES:
            jobs = durations(kind, shape, samples, seed)
            row = {"ours": run_ours(kind, jobs, seed)}
            row.update({name: run_anchor(schedule, jobs, seed) for name, schedule in ANCHORS.items()})
            row["ours + Retry-After"] = run_ours(kind, jobs, seed, hint=True)
            results[(kind.label, shape)] = row
    return results


def measure(quick: bool) -> tuple[list[Any], list[str]]:
    """One row per kind and shape (ours vs heygen-cli) and the detail table of every cadence."""
    from .common import Row, ratio

    samples = 300 if quick else 2000
    results = simulate(samples)
    rows: list[Any] = []
    details = [
        f"{samples} jobs per kind and shape (seed 2000); requests per job, detection lag mean / p95; "
        "distance from a push (1 request, 0 s lag)",
        "",
        "| kind | shape | cadence | requests/job | mean lag | p95 lag | from push |",
        "|---|---|---|---|---|---|---|",
    ]
    for (label, shape), row in results.items():
        ours, cli = row["ours"], row["heygen-cli"]
        r = ratio(ours.requests, cli.requests)
        met = r is not None and r <= 0.75 and ours.lag_mean <= cli.lag_mean
        rows.append(
            Row(
                "3",
                f"polling {label}, {shape}",
                f"{ours.requests:.1f} req, {ours.lag_mean:.1f} s lag",
                "heygen-cli",
                f"{cli.requests:.1f} req, {cli.lag_mean:.1f} s lag",
                r,
                "≤ 0.75x req, lag ≤ theirs",
                met,
            )
        )
        for name, result in row.items():
            details.append(
                f"| {label} | {shape} | {name} | {result.requests:.1f} | {result.lag_mean:.1f} s | "
                f"{result.lag_p95:.1f} s | {result.push_distance} |"
            )
    from .push import measure_push

    push_rows, push_details = measure_push(samples, results)
    return rows + push_rows, details + push_details


if __name__ == "__main__":  # quick look: python -m benchmarks.cadence [samples]
    import sys

    count = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    for (label, shape), row in simulate(count).items():
        for name, r in row.items():
            print(f"{label:9} {shape:9} {name:20} {r.requests:6.2f} req", end="  ")
            print(f"lag {r.lag_mean:6.1f} s  p95 {r.lag_p95:6.1f} s")
