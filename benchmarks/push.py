"""Row 3, the push column: requests and lag per job with webhooks on, beside polling, in virtual time.

The same jobs as the polling rows (`cadence.durations`), each created (one request) and waited on with the
SDK's own wait flow on a client that has a webhook receiver: the flow's `Listen` effects go to the SDK's
real push inbox (`heygen_avatars.jobs.push.PushInbox`), fed by the simulation the moment each job's event
is delivered. Deliveries take a delay drawn from `DELAY` (log-normal, median 1 s: HeyGen publishes no
figure, so this is a stated assumption), and a share of them can be lost for good (``drop``), as users
report of photo-avatar events. Per job: requests (the create, the confirming status read, any safety
check) and detection lag (when the wait returned minus when the job ended).

Kinds whose every job HeyGen announces by event (`PushSpec.safety`) get a push column; a v3 photo or
prompt avatar gets no event (``instant_avatar.*`` is for digital twins), so it keeps polling.
"""

from __future__ import annotations

import functools
import heapq
import math
import random
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from .cadence import KINDS, SimClock, SimKind, wait_once

__all__ = ["DELAY", "PushResult", "PushSimClock", "measure_push", "pushable", "run_push"]


@dataclass(frozen=True)
class Delay:
    """A delivery-delay distribution: log-normal with this median and shape, capped."""

    median: float
    sigma: float
    cap: float

    def draw(self, rng: random.Random) -> float:
        return min(self.cap, rng.lognormvariate(math.log(self.median), self.sigma))

    def __str__(self) -> str:
        return f"log-normal, median {self.median:g} s, sigma {self.sigma:g}, capped at {self.cap:g} s"


DELAY = Delay(median=1.0, sigma=0.6, cap=30.0)


class PushSimClock(SimClock):
    """A clock whose sleeps move time and deliver the events due on the way (`sleep_until` is what the
    push inbox calls: it stops at the first delivery that makes the wait ready)."""

    def __init__(self) -> None:
        super().__init__()
        self._due: list[tuple[float, int, Callable[[], None]]] = []
        self._seq = 0

    def at(self, when: float, deliver: Callable[[], None]) -> None:
        self._seq += 1
        heapq.heappush(self._due, (when, self._seq, deliver))

    def _run_due(self) -> None:
        while self._due and self._due[0][0] <= self.now:
            heapq.heappop(self._due)[2]()

    def sleep(self, seconds: float) -> None:
        self.sleep_until(lambda: False, seconds)

    def sleep_until(self, ready: Callable[[], bool], seconds: float) -> None:
        end = self.now + max(seconds, 0.0)
        while not ready():
            if self._due and self._due[0][0] <= end:
                self.now = max(self.now, self._due[0][0])
                self._run_due()
                continue
            self.now = end
            return


@dataclass(frozen=True)
class PushResult:
    requests: float
    lag_mean: float
    lag_p95: float
    delay_mean: float
    """Mean delivery delay of the events that arrived (the part of the lag the SDK cannot remove)."""
    completed: int
    """Waits that returned the job succeeded (the others would have raised)."""
    jobs: int


def pushable(kind: SimKind) -> bool:
    """Whether HeyGen announces every job of this kind (so a push column applies)."""
    from heygen_avatars.jobs.kinds import get_job_kind

    spec = get_job_kind(kind.kind).push
    return spec is not None and spec.safety is not None


def run_push(kind: SimKind, jobs: Sequence[float], seed: int, *, drop: float = 0.0) -> PushResult:
    """Create and wait for each job with webhooks on; `drop` of the deliveries are lost for good."""
    from heygen_avatars.jobs.kinds import get_job_kind
    from heygen_avatars.jobs.push import PushInbox
    from heygen_avatars.types.webhooks import WebhookEvent

    spec = get_job_kind(kind.kind).push
    assert spec is not None
    success = next(event for event in sorted(spec.events) if event.endswith(".success"))
    clock, rng, deliveries = PushSimClock(), random.Random(seed), random.Random(f"{seed}-deliveries")
    inbox = PushInbox()  # one client: its trust in deliveries carries over from job to job
    samples: list[tuple[int, float]] = []
    delays: list[float] = []
    completed = 0
    for index, duration in enumerate(jobs):
        job_id = f"job{index}"
        end = clock.now + duration
        delay = DELAY.draw(deliveries)
        if deliveries.random() >= drop:
            event = WebhookEvent.from_raw({"event_type": success, "event_data": {spec.ids[0]: job_id}})
            clock.at(end + delay, functools.partial(inbox.feed, event))
            delays.append(delay)
        reads, done = wait_once(kind, job_id, end, clock, rng, inbox=inbox)
        samples.append((1 + reads, clock.now - end))  # the create, then the wait's status reads
        completed += done
        clock.sleep(DELAY.cap)  # a late or dropped job's event comes and goes before the next job
    lags = sorted(lag for _, lag in samples)
    return PushResult(
        requests=statistics.fmean(n for n, _ in samples),
        lag_mean=statistics.fmean(lags),
        lag_p95=lags[min(len(lags) - 1, int(0.95 * len(lags)))],
        delay_mean=statistics.fmean(delays) if delays else 0.0,
        completed=completed,
        jobs=len(samples),
    )


def measure_push(samples: int, polling: dict[tuple[str, str], dict[str, Any]]) -> tuple[list[Any], list[str]]:
    """The push rows (one per kind with events and shape) beside `polling` (`cadence.simulate`'s results),
    and their lines of the details table."""
    from .cadence import SHAPES, durations
    from .common import Row, ratio

    rows: list[Any] = []
    details = [
        "",
        f"Push column: webhooks on, delivery delay {DELAY} (a stated assumption: HeyGen publishes none). "
        "Requests count the create (1) and every status read; the wait listens for the job's event and "
        "confirms it with one read. '30% dropped': that share of deliveries never arrives.",
        "",
        "| kind | shape | push | requests/job | mean lag | p95 lag | mean delivery delay | completed |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for kind in KINDS:
        if not pushable(kind):
            details.append(
                f"| {kind.label} | all | no push | | | | | HeyGen announces none of these jobs "
                "(instant_avatar.* is for digital twins): polled |"
            )
            continue
        for shape in SHAPES:
            jobs = durations(kind, shape, samples, 2000)
            clean, lossy = run_push(kind, jobs, 2000), run_push(kind, jobs, 2000, drop=0.3)
            poll = polling[(kind.label, shape)]["ours"]
            met = (
                round(clean.requests, 1) <= 2.0
                and clean.lag_mean - clean.delay_mean < 2.0
                and lossy.completed == lossy.jobs
                and lossy.lag_mean < poll.lag_mean
            )
            ours = (
                f"{clean.requests:.1f} req, {clean.lag_mean:.1f} s lag (delivery {clean.delay_mean:.1f} s); "
                f"30% dropped: {lossy.completed}/{lossy.jobs} done, {lossy.lag_mean:.1f} s lag"
            )
            rows.append(
                Row(
                    "3",
                    f"push {kind.label}, {shape}",
                    ours,
                    "ours, polling",
                    f"{poll.requests + 1:.1f} req with the create, {poll.lag_mean:.1f} s lag",
                    ratio(clean.requests, poll.requests + 1),
                    "≤ 2 req, lag < 2 s + delivery; 30% dropped: all done, lag < polling",
                    met,
                )
            )
            for name, result in (("push", clean), ("push, 30% dropped", lossy)):
                details.append(
                    f"| {kind.label} | {shape} | {name} | {result.requests:.2f} | {result.lag_mean:.1f} s | "
                    f"{result.lag_p95:.1f} s | {result.delay_mean:.1f} s | {result.completed}/{result.jobs} |"
                )
    return rows, details
