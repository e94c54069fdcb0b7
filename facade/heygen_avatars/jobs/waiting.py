"""Honest waits, written once as sans-IO flows for `Job` and `AsyncJob` (see `heygen_avatars.jobs`).

Push (webhooks) is part of the same flow: where a polling wait sleeps, a wait on a client with a webhook
receiver `listen`s, a sleep that a verified event for one of its jobs ends early. A signalled job is
checked at once: one status read confirms the event before the wait returns (an event alone is never
taken as the result). HeyGen's status can trail its event: a read that still finds the job running is
followed by a few more at a short backoff (`MAX_DISAGREEMENTS`), then the job's plan resumes; a job whose
event came is never a missed delivery. While a kind's deliveries are trusted (`push.PushInbox.trusted`)
and every job of it is announced (`PushSpec.safety`), a fresh job is not checked on creation and its
cadence is replaced by the slow safety poll; a safety check that finds the job finished without its event
tells the inbox (`PushMissed`), and the kind's waits go back to its usual cadence. Without a receiver
nothing changes.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar, cast

import attrs

from .. import errors
from .._core import validation as check
from .._core.call import call
from .._core.flow import Admission, Flow, PushMissed, emit, listen, now, rand, sleep
from .._core.interrupts import reporting
from .._core.log import logger
from . import token
from .cadence import Cadence
from .kinds import JobKind, JobState, PushSpec, get_job_kind
from .snapshot import JobSnapshot, snapshot_of

if TYPE_CHECKING:
    from .handles import JobHandle
    from .push import PushInfo

__all__ = [
    "CLOCK_NOISE",
    "DEFAULT",
    "MAX_DISAGREEMENTS",
    "MAX_TRANSIENT_FAILURES",
    "ProgressCallback",
    "WaitTimeout",
    "check_wait_timeout",
    "poll_flow",
    "resolve_timeout",
    "result_flow",
    "single_poll_flow",
    "single_wait_flow",
    "wait_flow",
]

T = TypeVar("T")
MAX_TRANSIENT_FAILURES = 5
MAX_DISAGREEMENTS = 4
"""Reads after a job's event that may still find it running and be followed by a short look again (the
`FailureBackoff` steps: about 2, 4, 8, 16 s); after that the job's plan resumes."""
CLOCK_NOISE = 1.0
"""Seconds of job age that count as none: wall clocks (another process's, the gap between create and
wait) are not finer than this, and a fresh job must get the fresh schedule."""


class _Default:
    """The kind's default timeout (distinct from None, which means "wait forever", explicitly)."""

    def __repr__(self) -> str:
        return "DEFAULT"


DEFAULT = _Default()
WaitTimeout: TypeAlias = "float | _Default | None"
ProgressCallback: TypeAlias = "Callable[[JobSnapshot], Any]"


def poll_flow(kind: JobKind, job_id: str) -> Flow[tuple[JobSnapshot, float | None]]:
    """One status check: the snapshot and the server's poll hint (Retry-After), if any. A job seen to
    have ended frees its place under the concurrency cap (`jobs.admission`)."""
    response = yield from call(kind.status_call(job_id))
    snapshot = snapshot_of(kind, job_id, response.data, response.request_id)
    yield Admission("observe", (job_id, snapshot.state.terminal))
    return snapshot, response.retry_after


def _transient(exc: errors.HeyGenError) -> bool:
    if isinstance(exc, errors.APIConnectionError | errors.ResponseValidationError):
        return True
    if isinstance(exc, errors.APIStatusError):
        return exc.status_code in (408, 429) or exc.status_code >= 500
    return False


@attrs.define
class _Watch:
    """The wait loop's bookkeeping for one job."""

    handle: JobHandle[Any]
    kind: JobKind
    due: float
    born: float | None = None
    """The job's creation on the monotonic clock, for a job older than `CLOCK_NOISE` (else None)."""
    polls: int = 0
    checks: int = 0
    """Successful status checks: what advances the cadence (failed ones use `FailureBackoff`)."""
    offset: int = 0
    """Plan sleeps an older job is ahead of a fresh one (set at its first successful check)."""
    transient: int = 0
    outcome: JobSnapshot | errors.JobFailedError | None = None
    reported: str | None = None
    unknown_seen: set[str] = attrs.field(factory=set)
    signalled: bool = False
    """An event announced the job's end: the next check confirms it, and the job is no missed delivery."""
    disagreed: int = 0
    """Checks after the event that still found the job running: the step of the short backoff between
    them, up to `MAX_DISAGREEMENTS` (then the job's plan resumes)."""

    @property
    def key(self) -> tuple[str, str]:
        return self.kind.name, self.handle.id


def check_wait_timeout(timeout: object) -> WaitTimeout:
    """A wait's ``timeout``: `DEFAULT` (the kind's), seconds >= 0, or None (no deadline)."""
    if isinstance(timeout, _Default):
        return timeout
    return check.optional_seconds("timeout", timeout, "no deadline")


def resolve_timeout(timeout: WaitTimeout, kinds: Sequence[JobKind]) -> float:
    checked = check_wait_timeout(timeout)
    if isinstance(checked, _Default):
        return max(k.cadence.timeout for k in kinds)
    return math.inf if checked is None else checked


def wait_flow(
    handles: Sequence[JobHandle[Any]],
    *,
    timeout: WaitTimeout = DEFAULT,
    on_progress: ProgressCallback | None = None,
    return_exceptions: bool = False,
) -> Flow[list[JobSnapshot | errors.JobFailedError]]:
    """Wait for every job in `handles` under one deadline (see the module docstring). An interrupt carries
    the resume tokens of the jobs not finished (`InterruptReport`): they keep running on HeyGen's side."""
    check_wait_timeout(timeout)
    check.check_callback("on_progress", on_progress, "each JobSnapshot")
    check.check_bool("return_exceptions", return_exceptions)
    if not handles:  # nothing to wait for
        return []
    what = ", ".join(f"{h.kind} job {h.id}" for h in handles[:3]) + (", ..." if len(handles) > 3 else "")
    unfinished: list[str] = []
    flow = _wait(handles, timeout, on_progress, return_exceptions, unfinished)
    return (yield from reporting(f"waiting for {what}", flow, resume_tokens=lambda: unfinished))


def _wait(
    handles: Sequence[JobHandle[Any]],
    timeout: WaitTimeout,
    on_progress: ProgressCallback | None,
    return_exceptions: bool,
    unfinished: list[str],
) -> Flow[list[JobSnapshot | errors.JobFailedError]]:
    kinds = [get_job_kind(h.kind) for h in handles]
    limit = resolve_timeout(timeout, kinds)
    start = yield from now()
    deadline = start + limit
    wall = token.wall_time()
    watches = [
        _Watch(handle=h, kind=k, due=start, born=_born(h, start, wall))
        for h, k in zip(handles, kinds, strict=True)
    ]
    for w in watches:  # a job already seen succeeded or failed does not change any more
        last = w.handle.snapshot
        if last is not None and last.state in (JobState.SUCCEEDED, JobState.FAILED):
            w.outcome = last if last.state is JobState.SUCCEEDED else errors.JobFailedError(last)
            if isinstance(w.outcome, errors.JobFailedError) and not return_exceptions:
                raise w.outcome
    unfinished[:] = [w.handle.resume_token() for w in watches if w.outcome is None]
    info = yield from listen(_pending_keys(watches), 0.0)
    trusted = None if info is None else info.trusted  # None: this client has no webhook receiver
    if trusted is not None:
        for w in watches:  # a fresh job cannot have ended: its event or the safety poll will tell
            if w.outcome is None and w.born is None and _relaxed(w, trusted):
                safety = cast(Cadence, cast(PushSpec, w.kind.push).safety)
                w.due = start + safety.jittered(safety.resume(0.0)[1], (yield from rand()))
        _absorb(watches, info, start)
    while True:
        t = yield from now()
        final = t >= deadline
        for w in watches:
            if w.outcome is None and (final or w.due <= t):
                yield from _check(w, start, deadline, on_progress, return_exceptions, trusted)
                if w.outcome is not None:
                    unfinished[:] = [x.handle.resume_token() for x in watches if x.outcome is None]
        if all(w.outcome is not None for w in watches):
            return [cast("JobSnapshot | errors.JobFailedError", w.outcome) for w in watches]
        if final:
            pending = [w for w in watches if w.outcome is None]
            snapshots = [w.handle.snapshot or _unseen(w) for w in pending]
            raise errors.WaitTimeoutError(limit, snapshots, [w.handle.resume_token() for w in pending])
        wake = min(w.due for w in watches if w.outcome is None)
        t = yield from now()
        pause = min(wake, deadline) - t
        if trusted is not None:
            info = yield from listen(_pending_keys(watches), max(pause, 0.0))
            if info is not None:
                trusted = info.trusted
                _absorb(watches, info, (yield from now()))
        elif pause > 0:
            yield from sleep(pause)


def _pending_keys(watches: Sequence[_Watch]) -> tuple[tuple[str, str], ...]:
    return tuple(w.key for w in watches if w.outcome is None)


def _absorb(watches: Sequence[_Watch], info: PushInfo | None, t: float) -> None:
    """Signalled jobs are checked now (their confirming read)."""
    if info is None or not info.signals:
        return
    keys = {(signal.kind, signal.job_id) for signal in info.signals}
    for w in watches:
        if w.outcome is None and w.key in keys:
            w.signalled = True
            w.due = t


def _relaxed(w: _Watch, trusted: frozenset[str]) -> bool:
    """Whether `w` is polled by its kind's slow safety poll (every job announced, deliveries trusted)."""
    return w.kind.push is not None and w.kind.push.safety is not None and w.kind.name in trusted


def _born(handle: JobHandle[Any], start: float, wall: float) -> float | None:
    """When the job was created, on the monotonic clock of a wait that began at `start` (wall time
    `wall`); None for a job too young to tell from a fresh one."""
    age = wall - handle.ref.created_at
    return start - age if age >= CLOCK_NOISE else None


def _unseen(w: _Watch) -> JobSnapshot:
    return JobSnapshot(
        kind=w.kind.name, id=w.handle.id, status=None, state=JobState.UNKNOWN, data=None, attempt=0
    )


def _check(
    w: _Watch,
    start: float,
    deadline: float,
    on_progress: ProgressCallback | None,
    return_exceptions: bool,
    trusted: frozenset[str] | None = None,
) -> Flow[None]:
    """One status check inside a wait: classify, report, schedule the next one. `trusted`: the kinds
    whose deliveries the push inbox trusts (None: no push on this client)."""
    cadence: Cadence = w.kind.cadence
    w.polls += 1
    try:
        snapshot, hint = yield from poll_flow(w.kind, w.handle.id)
    except errors.HeyGenError as exc:
        if not _transient(exc) or w.transient >= MAX_TRANSIENT_FAILURES:
            raise
        w.transient += 1
        retry_after = getattr(exc, "retry_after", None)
        backoff = (
            cadence.hinted(retry_after)
            if retry_after is not None
            else cadence.failure_delay(w.transient, (yield from rand()))
        )
        t = yield from now()
        backoff = max(0.0, min(backoff, deadline - t))  # the wait's last check is at its deadline
        logger.warning(
            "%s job %s: status check failed (%s), %d of %d transient failures allowed; next check in %.1f s",
            w.kind.name, w.handle.id, exc, w.transient, MAX_TRANSIENT_FAILURES, backoff,
        )  # fmt: skip
        w.due = t + backoff
        return
    w.transient = 0
    w.checks += 1
    t = yield from now()
    resumed: float | None = None  # for an older job's first check: seconds to its next planned check
    if w.checks == 1 and w.born is not None:
        next_index, resumed = cadence.resume(t - w.born)
        w.offset = next_index - 1
    if (
        trusted is not None
        and not w.signalled
        and snapshot.state in (JobState.SUCCEEDED, JobState.FAILED)
        and w.kind.push is not None
        and w.kind.push.safety is not None
    ):
        yield PushMissed(w.kind.name, w.handle.id)  # every job of this kind is announced, this one not yet
    delay: float | None
    if snapshot.state.terminal:
        delay = None
    elif trusted is not None:
        delay = yield from _push_delay(w, t - (w.born if w.born is not None else start), hint, trusted)
    elif hint is not None:
        delay = cadence.hinted(hint)
    elif resumed is not None:
        delay = cadence.jittered(resumed, (yield from rand()))
    else:
        delay = cadence.delay(w.offset + w.checks - 1, (yield from rand()))
    snapshot = attrs.evolve(
        snapshot,
        attempt=w.polls,
        elapsed=t - start,
        next_delay=None if delay is None else min(delay, deadline - t),
    )
    w.handle._observe(snapshot)
    if snapshot.state is JobState.UNKNOWN and snapshot.status not in w.unknown_seen:
        w.unknown_seen.add(str(snapshot.status))
        logger.warning(
            "%s job %s reports status %r, unknown to this SDK: still waiting (never taken as success)",
            w.kind.name, w.handle.id, snapshot.status,
        )  # fmt: skip
    if w.polls == 1 or snapshot.status != w.reported:
        logger.info(
            "%s job %s: %s after %.1f s (%d checks)",
            w.kind.name,
            w.handle.id,
            snapshot.status,
            snapshot.elapsed,
            w.polls,
        )
        w.reported = snapshot.status
        yield from emit(on_progress, snapshot)
    if snapshot.state is JobState.FAILED:
        failure = errors.JobFailedError(snapshot)
        if not return_exceptions:
            raise failure
        w.outcome = failure
    elif snapshot.state.terminal:
        w.outcome = snapshot
    else:
        w.due = t + (delay or 0.0)


def _push_delay(w: _Watch, age: float, hint: float | None, trusted: frozenset[str]) -> Flow[float]:
    """The sleep after a check that found the job running, on a client with push: after its event, a short
    backoff (up to `MAX_DISAGREEMENTS` times); else the plan at the job's `age` (the slow safety poll while
    the kind's deliveries are trusted, else the kind's cadence)."""
    draw = yield from rand()
    if w.signalled and w.disagreed < MAX_DISAGREEMENTS:
        # an event said the job ended, the status does not show it yet (it trails events): look again soon
        w.disagreed += 1
        return w.kind.cadence.failure_delay(w.disagreed, draw)
    if _relaxed(w, trusted):
        plan = cast(Cadence, cast(PushSpec, w.kind.push).safety)
    elif hint is not None:
        return w.kind.cadence.hinted(hint)
    else:
        plan = w.kind.cadence
    return plan.jittered(plan.resume(age)[1], draw)


def result_flow(
    handle: JobHandle[T], *, timeout: WaitTimeout = DEFAULT, on_progress: ProgressCallback | None = None
) -> Flow[T]:
    """Wait, then turn the success snapshot into the job's result."""
    (outcome,) = yield from wait_flow([handle], timeout=timeout, on_progress=on_progress)
    snapshot = cast(JobSnapshot, outcome)
    if snapshot.state is JobState.ACTION_REQUIRED:
        raise errors.JobActionRequiredError(snapshot)
    return handle._result_of(snapshot)


def single_poll_flow(handle: JobHandle[Any]) -> Flow[JobSnapshot]:
    """`Job.poll()`: one status check, recorded on the handle."""
    snapshot, _hint = yield from poll_flow(get_job_kind(handle.kind), handle.id)
    handle._observe(snapshot)
    return snapshot


def single_wait_flow(
    handle: JobHandle[Any], *, timeout: WaitTimeout = DEFAULT, on_progress: ProgressCallback | None = None
) -> Flow[JobSnapshot]:
    """`Job.wait()`: the final snapshot (succeeded or action required), or an exception."""
    (outcome,) = yield from wait_flow([handle], timeout=timeout, on_progress=on_progress)
    return cast(JobSnapshot, outcome)
