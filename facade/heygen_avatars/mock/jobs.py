"""Asynchronous jobs as explicit state machines driven by a clock.

A job walks through its phases (each with a duration) and ends in its success or failure status.
Waiting phases (duration None, e.g. a digital twin's ``pending_consent``) hold until released.
`JobBoard.settle(now)` applies every transition whose time came, in time order, so one large clock
advance catches up several steps at once.
"""

from __future__ import annotations

import heapq
import itertools
import math
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal, get_args

__all__ = [
    "JOB_KINDS",
    "REALISTIC_DURATIONS",
    "Job",
    "JobBoard",
    "JobKind",
    "Outcome",
    "Vocabulary",
    "default_vocabularies",
]

JobKind = Literal[
    "photo_generation", "look_generation", "training", "look", "motion", "avatar", "digital_twin", "video"
]
JOB_KINDS: tuple[str, ...] = get_args(JobKind)


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The statuses a job kind reports: its running phases, then its success and failure statuses."""

    phases: tuple[str, ...]
    success: str
    failure: str

    @property
    def terminal(self) -> frozenset[str]:
        return frozenset({self.success, self.failure})


def default_vocabularies(training: Literal["ready", "success"] = "ready") -> dict[str, Vocabulary]:
    """Status vocabularies per job kind; `training` picks between HeyGen's two documented ones."""
    training_vocab = (
        Vocabulary(("pending", "training"), "ready", "failed")
        if training == "ready"
        else Vocabulary(("pending", "in_progress"), "success", "failed")
    )
    return {
        "photo_generation": Vocabulary(("in_progress",), "success", "failed"),
        "look_generation": Vocabulary(("in_progress",), "success", "failed"),
        "training": training_vocab,
        "look": Vocabulary(("pending",), "completed", "failed"),
        "motion": Vocabulary(("pending",), "completed", "failed"),
        "avatar": Vocabulary(("processing",), "completed", "failed"),
        "digital_twin": Vocabulary(("pending_consent", "processing"), "completed", "failed"),
        "video": Vocabulary(("pending", "processing"), "completed", "failed"),
    }


#: Seconds per phase, close to what HeyGen's guides report. None = wait until released.
REALISTIC_DURATIONS: Mapping[str, tuple[float | None, ...]] = {
    "photo_generation": (40.0,),
    "look_generation": (60.0,),
    "training": (30.0, 270.0),
    "look": (10.0,),
    "motion": (60.0,),
    "avatar": (60.0,),
    "digital_twin": (None, 180.0),
    "video": (15.0, 105.0),
}


@dataclass(frozen=True, slots=True)
class Outcome:
    """How a job ends: success, or failure with HeyGen's error code and message."""

    fail: tuple[str, str] | None = None

    @property
    def succeeds(self) -> bool:
        return self.fail is None


@dataclass(eq=False)
class Job:
    """One running or finished job. `status` is always set, from the first read on."""

    id: str
    kind: str
    vocabulary: Vocabulary
    durations: tuple[float | None, ...]
    outcome: Outcome
    created_at: float
    status: str = ""
    phase: int = 0
    updated_at: float | None = None
    finished_at: float | None = None
    error: tuple[str, str] | None = None
    on_change: Callable[[Job], None] | None = field(default=None, repr=False)
    _due: float | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self.status = self.vocabulary.phases[0]

    @property
    def done(self) -> bool:
        return self.status in self.vocabulary.terminal

    @property
    def succeeded(self) -> bool:
        return self.status == self.vocabulary.success

    @property
    def due(self) -> float | None:
        """When the job changes next on the mock's clock (None: finished, or held until told)."""
        return self._due

    @property
    def waiting(self) -> bool:
        """Held in a phase that only an outside event (consent) ends."""
        return not self.done and self.durations[self.phase] is None


class JobBoard:
    """All jobs of a mock, their timers and the scripted outcomes waiting for the next job of a kind."""

    def __init__(
        self, vocabularies: Mapping[str, Vocabulary], durations: Mapping[str, Sequence[float | None]]
    ):
        self.vocabularies = dict(vocabularies)
        self.durations: dict[str, tuple[float | None, ...]] = {}
        self.set_durations(dict(durations))
        self.jobs: dict[str, Job] = {}
        self._unfinished: dict[str, Job] = {}  # so counting running jobs does not scan finished ones
        self._timers: list[tuple[float, int, Job]] = []
        self._seq = itertools.count()
        self._scripts: dict[str, deque[Outcome]] = {}
        #: while a job's `on_change` runs: the time of its transition (a settle may apply it late)
        self.moment: float | None = None

    # configuration -------------------------------------------------------------------------------

    def set_durations(self, durations: Mapping[str, Sequence[float | None]]) -> None:
        """Replace the phase durations of some job kinds; checked now, not when a job runs."""
        for kind, values in durations.items():
            vocabulary = self._vocabulary(kind)
            values = tuple(values)
            if len(values) != len(vocabulary.phases):
                raise ValueError(
                    f"durations[{kind!r}] needs {len(vocabulary.phases)} value(s), one per phase "
                    f"{list(vocabulary.phases)}, got {list(values)}"
                )
            for value in values:
                if value is not None and (not math.isfinite(value) or value < 0):
                    raise ValueError(f"durations[{kind!r}]: every value must be >= 0 or None, got {value!r}")
            self.durations[kind] = values

    def script_next(self, kind: str, outcome: Outcome) -> None:
        """The next job of `kind` ends with `outcome` (queued: several calls script several jobs)."""
        self._vocabulary(kind)
        self._scripts.setdefault(kind, deque()).append(outcome)

    def scripted(self) -> dict[str, list[Outcome]]:
        """Outcomes still waiting for a job, per kind."""
        return {kind: list(queue) for kind, queue in self._scripts.items() if queue}

    def _vocabulary(self, kind: str) -> Vocabulary:
        try:
            return self.vocabularies[kind]
        except KeyError:
            raise ValueError(f"unknown job kind {kind!r}; allowed: {sorted(self.vocabularies)}") from None

    # lifecycle -----------------------------------------------------------------------------------

    def start(
        self, job_id: str, kind: str, now: float, on_change: Callable[[Job], None] | None = None
    ) -> Job:
        """Create a job in its first phase and arm its timer."""
        vocabulary = self._vocabulary(kind)
        queue = self._scripts.get(kind)
        outcome = queue.popleft() if queue else Outcome()
        job = Job(job_id, kind, vocabulary, self.durations[kind], outcome, now, on_change=on_change)
        self.jobs[job_id] = self._unfinished[job_id] = job
        self._arm(job, now)
        return job

    def _arm(self, job: Job, now: float) -> None:
        duration = job.durations[job.phase]
        job._due = None if duration is None else now + duration
        if job._due is not None:
            heapq.heappush(self._timers, (job._due, next(self._seq), job))

    def settle(self, now: float) -> None:
        """Apply, in time order, every transition due at or before `now`."""
        while self._timers and self._timers[0][0] <= now:
            due, _, job = heapq.heappop(self._timers)
            if job._due != due or job.done:
                continue  # superseded by an imperative step
            self._step(job, due)

    def _step(self, job: Job, at: float) -> None:
        if job.phase + 1 < len(job.vocabulary.phases):
            job.phase += 1
            job.status = job.vocabulary.phases[job.phase]
            job.updated_at = at
            self._arm(job, at)
        else:
            self._finish(job, job.outcome, at)
            return
        self._changed(job, at)

    def _changed(self, job: Job, at: float) -> None:
        if job.on_change:
            self.moment = at
            try:
                job.on_change(job)
            finally:
                self.moment = None

    def _finish(self, job: Job, outcome: Outcome, at: float) -> None:
        self._unfinished.pop(job.id, None)
        job._due = None
        job.error = outcome.fail
        job.status = job.vocabulary.success if outcome.succeeds else job.vocabulary.failure
        job.updated_at = job.finished_at = at
        self._changed(job, at)

    # imperative control --------------------------------------------------------------------------

    def get(self, job_id: str) -> Job:
        try:
            return self.jobs[job_id]
        except KeyError:
            raise KeyError(f"no job {job_id!r}") from None

    def advance(self, job_id: str, now: float) -> Job:
        """Move one job to its next phase now (releases a waiting phase)."""
        job = self.get(job_id)
        if not job.done:
            self._step(job, now)
        return job

    def complete(self, job_id: str, now: float) -> Job:
        """Finish a job successfully now."""
        job = self.get(job_id)
        if not job.done:
            self._finish(job, Outcome(), now)
        return job

    def fail(self, job_id: str, code: str, message: str, now: float) -> Job:
        """Fail a job now with HeyGen's error code and message."""
        job = self.get(job_id)
        if not job.done:
            self._finish(job, Outcome(fail=(code, message)), now)
        return job

    def discard(self, job_id: str) -> None:
        """Forget a job whose resource was deleted: it stops and frees its concurrency slot."""
        job = self.jobs.pop(job_id, None)
        self._unfinished.pop(job_id, None)
        if job is not None:
            job._due = None  # its pending timers are skipped

    def running(self) -> Iterator[Job]:
        """Jobs that occupy a concurrency slot: not finished and not waiting for an outside event."""
        return (job for job in self._unfinished.values() if not job.done and not job.waiting)

    def next_due(self) -> float | None:
        """When the next armed transition is due (a superseded timer may answer early: settling skips it)."""
        return self._timers[0][0] if self._timers else None

    def next_finish(self) -> float | None:
        """When the earliest running job is due to finish (for Retry-After on the concurrency cap)."""
        ends: list[float] = []
        for job in self.running():
            if job._due is None:
                continue
            rest = job.durations[job.phase + 1 :]
            if any(value is None for value in rest):
                continue
            ends.append(job._due + sum(value for value in rest if value is not None))
        return min(ends) if ends else None

    def clear(self) -> None:
        """Forget every job, timer and script."""
        self.jobs.clear()
        self._unfinished.clear()
        self._timers.clear()
        self._scripts.clear()
