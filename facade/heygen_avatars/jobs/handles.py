"""Jobs: one handle for every long-running HeyGen job, honest waits, resume tokens.

```python
job = client.jobs.get("training", group_id)      # or returned by a resource method
snapshot = job.wait(timeout=900, on_progress=print)
token = job.resume_token()                       # JSON, no secret: store it, resume anywhere
job = other_client.jobs.resume(token)
```

The waiting logic is one sans-IO flow (`wait_flow`) shared by `Job` (blocking) and `AsyncJob` (await):
- the first status check is immediate; then the kind's `Cadence` (backoff with jitter, capped) or the
  server's Retry-After decides the next one;
- the cadence runs on the job's age (`JobRef.created_at`, wall time, converted once when a wait starts):
  a job resumed from a token minutes after its creation (or given `created_at=` in `jobs.get`), or
  waited on again, is polled where that age falls in the plan (`Cadence.resume`), not like a fresh job;
  ages under a second are clock noise, so a job created by this client and waited on at once gets the
  fresh schedule;
- the deadline is on the client's monotonic clock; the last sleep is clamped so that a final check
  happens exactly at the deadline; then `WaitTimeoutError` (last snapshot + resume token);
- a failed job raises `JobFailedError` with HeyGen's code and message; an unknown status keeps the wait
  going (reported, never success); `pending_consent` (v3 digital twins) ends the wait with a snapshot in
  state ACTION_REQUIRED, and `result()` raises `JobActionRequiredError` for it;
- transient errors on a status check (connection, 408, 429, 5xx, unreadable body) after the transport's
  own retries use a separate budget (`MAX_TRANSIENT_FAILURES` in a row per job) and never lose the job.
  A failed check says nothing about the job, so the next one follows the cadence's `FailureBackoff`
  (2 s doubling, ±20 % jitter, capped at the kind's `Cadence.cap`; reset by a success), or the error's
  Retry-After (bounded like a hint), never past the deadline; failed checks do not advance the cadence.
  Any other API error (401, 404...) ends the wait at once;
- several jobs (`client.jobs.wait_all`) share one deadline and are polled each at its own cadence.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Generic, TypeAlias, TypeVar, cast

import attrs

from .. import errors
from .._core import validation as check
from .._core.call import call
from .._core.flow import Flow, emit, now, rand, sleep
from .._core.log import logger, redact
from .kinds import (
    JOB_KINDS,
    Cadence,
    FailureBackoff,
    JobKind,
    JobState,
    get_job_kind,
    register_job_kind,
)

if TYPE_CHECKING:
    from collections.abc import Awaitable

__all__ = [
    "DEFAULT",
    "JOB_KINDS",
    "MAX_TRANSIENT_FAILURES",
    "TOKEN_VERSION",
    "AsyncJob",
    "AsyncJobs",
    "Cadence",
    "FailureBackoff",
    "Job",
    "JobActionRequiredError",
    "JobKind",
    "JobRef",
    "JobSnapshot",
    "JobState",
    "Jobs",
    "get_job_kind",
    "register_job_kind",
]

T = TypeVar("T")
TOKEN_VERSION = 1
MAX_TRANSIENT_FAILURES = 5
CLOCK_NOISE = 1.0
"""Seconds of job age that count as none: wall clocks (another process's, the gap between create and
wait) are not finer than this, and a fresh job must get the fresh schedule."""

wall_time: Callable[[], float] = time.time
"""Wall time in seconds since the epoch: the source of `JobRef.created_at` and of a job's age when a
wait starts (waits themselves run on the client's monotonic `Clock`). Tests pin it."""


class _Default:
    """The kind's default timeout (distinct from None, which means "wait forever", explicitly)."""

    def __repr__(self) -> str:
        return "DEFAULT"


DEFAULT = _Default()
WaitTimeout: TypeAlias = "float | _Default | None"
ProgressCallback: TypeAlias = "Callable[[JobSnapshot], Any]"


class JobActionRequiredError(errors.JobError):
    """`result()` was asked of a job that stopped waiting for a person (v3 `pending_consent`)."""

    def __init__(self, snapshot: JobSnapshot) -> None:
        self.snapshot = snapshot
        super().__init__(
            f"{snapshot.kind} job {snapshot.id} is {snapshot.status!r}: it needs someone to act "
            "(for a digital twin: complete the consent flow), then wait again."
        )


@attrs.frozen
class JobSnapshot:
    """What one status check saw. `data` is the raw status payload (HeyGen's `data`), kept whole."""

    kind: str
    id: str
    status: str | None
    state: JobState
    data: Any = attrs.field(repr=False)
    error_code: str | None = None
    error_message: str | None = None
    request_id: str | None = None
    attempt: int = 1
    """Status checks made by the wait that produced this snapshot (1 for `poll()`)."""
    elapsed: float = 0.0
    """Seconds since that wait began."""
    next_delay: float | None = None
    """Seconds until the next check (None when the job is terminal or the wait is over)."""

    @property
    def raw(self) -> Any:
        """The raw status payload (same as `data`)."""
        return self.data

    @property
    def done(self) -> bool:
        """True when the job stopped moving by itself (succeeded, failed or waiting for a person)."""
        return self.state.terminal


@attrs.frozen
class JobRef:
    """A job's identity: what a resume token holds (and nothing secret)."""

    kind: str
    id: str
    base_url: str
    created_at: float = attrs.field(factory=lambda: wall_time())
    """Wall time the job was created (for a handle made by this client: when it was made)."""
    context: Mapping[str, Any] = attrs.field(factory=dict)
    """Ids a workflow wants back on resume (e.g. the group of a look). JSON values only."""

    def token(self) -> str:
        """The versioned JSON resume token."""
        return json.dumps(
            {
                "heygen_avatars_job": TOKEN_VERSION,
                "kind": self.kind,
                "id": self.id,
                "base_url": self.base_url,
                "created_at": self.created_at,
                "context": dict(self.context),
            },
            sort_keys=True,
            separators=(",", ":"),
        )

    @classmethod
    def from_token(cls, token: str, *, base_url: str | None = None, kind: str | None = None) -> JobRef:
        """Read a token, refusing a malformed one, an unknown version or kind, a kind other than `kind`
        (when given), or another environment than `base_url` (when given)."""
        try:
            payload = json.loads(token)
        except (TypeError, ValueError):
            raise errors.InputValidationError(
                "token", "not a heygen_avatars resume token (not JSON)"
            ) from None
        if not isinstance(payload, dict) or "heygen_avatars_job" not in payload:
            raise errors.InputValidationError("token", "not a heygen_avatars resume token")
        version = payload["heygen_avatars_job"]
        if version != TOKEN_VERSION:
            raise errors.InputValidationError(
                "token", f"resume token version {version!r} is not supported", allowed=[TOKEN_VERSION]
            )
        expected = kind
        kind, job_id, token_base = payload.get("kind"), payload.get("id"), payload.get("base_url")
        get_job_kind(str(kind))
        if expected is not None and kind != expected:
            raise errors.InputValidationError(
                "token", f"this token is for a {kind!r} job", allowed=[expected]
            )
        if not isinstance(job_id, str) or not job_id:
            raise errors.InputValidationError("token", "the token has no job id")
        if base_url is not None and token_base != base_url:
            raise errors.InputValidationError(
                "token", f"the job lives on {token_base!r}, but this client talks to {base_url!r}"
            )
        context = payload.get("context") or {}
        created = payload.get("created_at")
        return cls(
            kind=str(kind),
            id=job_id,
            base_url=str(token_base),
            created_at=float(created) if isinstance(created, int | float) else wall_time(),
            context=context if isinstance(context, dict) else {},
        )


# ---------------------------------------------------------------------------------------------- flows


def snapshot_of(kind: JobKind, job_id: str, data: Any, request_id: str | None = None) -> JobSnapshot:
    """Classify one status payload of `kind`."""
    status = kind.status_of(data)
    state = kind.state_of(status)
    code, message = kind.error_of(data) if state is JobState.FAILED else (None, None)
    return JobSnapshot(
        kind=kind.name,
        id=job_id,
        status=status,
        state=state,
        data=data,
        error_code=code,
        error_message=None if message is None else redact(message),
        request_id=request_id,
    )


def poll_flow(kind: JobKind, job_id: str) -> Flow[tuple[JobSnapshot, float | None]]:
    """One status check: the snapshot and the server's poll hint (Retry-After), if any."""
    response = yield from call(kind.status_call(job_id))
    return snapshot_of(kind, job_id, response.data, response.request_id), response.retry_after


def _transient(exc: errors.HeyGenError) -> bool:
    if isinstance(exc, errors.APIConnectionError | errors.ResponseValidationError):
        return True
    if isinstance(exc, errors.APIStatusError):
        return exc.status_code in (408, 429) or exc.status_code >= 500
    return False


@attrs.define
class _Watch:
    """The wait loop's bookkeeping for one job."""

    handle: _JobBase[Any]
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


def _resolve_timeout(timeout: WaitTimeout, kinds: Sequence[JobKind]) -> float:
    if isinstance(timeout, _Default):
        return max(k.cadence.timeout for k in kinds)
    if timeout is None:
        return math.inf
    if (
        isinstance(timeout, bool)
        or not isinstance(timeout, int | float)
        or timeout < 0
        or math.isnan(timeout)
    ):
        raise errors.InputValidationError(
            "timeout", f"must be seconds >= 0 or None (no deadline), got {timeout!r}"
        )
    return float(timeout)


def wait_flow(
    handles: Sequence[_JobBase[Any]],
    *,
    timeout: WaitTimeout = DEFAULT,
    on_progress: ProgressCallback | None = None,
    return_exceptions: bool = False,
) -> Flow[list[JobSnapshot | errors.JobFailedError]]:
    """Wait for every job in `handles` under one deadline (see the module docstring)."""
    kinds = [get_job_kind(h.kind) for h in handles]
    limit = _resolve_timeout(timeout, kinds)
    start = yield from now()
    deadline = start + limit
    wall = wall_time()
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
    while True:
        t = yield from now()
        final = t >= deadline
        for w in watches:
            if w.outcome is None and (final or w.due <= t):
                yield from _check(w, start, deadline, on_progress, return_exceptions)
        if all(w.outcome is not None for w in watches):
            return [cast("JobSnapshot | errors.JobFailedError", w.outcome) for w in watches]
        if final:
            pending = [w for w in watches if w.outcome is None]
            snapshots = [w.handle.snapshot or _unseen(w) for w in pending]
            raise errors.WaitTimeoutError(limit, snapshots, [w.handle.resume_token() for w in pending])
        wake = min(w.due for w in watches if w.outcome is None)
        t = yield from now()
        pause = min(wake, deadline) - t
        if pause > 0:
            yield from sleep(pause)


def _born(handle: _JobBase[Any], start: float, wall: float) -> float | None:
    """When the job was created, on the monotonic clock of a wait that began at `start` (wall time
    `wall`); None for a job too young to tell from a fresh one."""
    age = wall - handle.ref.created_at
    return start - age if age >= CLOCK_NOISE else None


def _unseen(w: _Watch) -> JobSnapshot:
    return JobSnapshot(kind=w.kind.name, id=w.handle.id, status=None, state=JobState.UNKNOWN, data=None)


def _check(
    w: _Watch,
    start: float,
    deadline: float,
    on_progress: ProgressCallback | None,
    return_exceptions: bool,
) -> Flow[None]:
    """One status check inside a wait: classify, report, schedule the next one."""
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
    delay: float | None
    if snapshot.state.terminal:
        delay = None
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


def result_flow(
    handle: _JobBase[T], *, timeout: WaitTimeout = DEFAULT, on_progress: ProgressCallback | None = None
) -> Flow[T]:
    """Wait, then turn the success snapshot into the job's result."""
    (outcome,) = yield from wait_flow([handle], timeout=timeout, on_progress=on_progress)
    snapshot = cast(JobSnapshot, outcome)
    if snapshot.state is JobState.ACTION_REQUIRED:
        raise JobActionRequiredError(snapshot)
    return handle._result_of(snapshot)


def single_poll_flow(handle: _JobBase[Any]) -> Flow[JobSnapshot]:
    """`Job.poll()`: one status check, recorded on the handle."""
    snapshot, _hint = yield from poll_flow(get_job_kind(handle.kind), handle.id)
    handle._observe(snapshot)
    return snapshot


def single_wait_flow(
    handle: _JobBase[Any], *, timeout: WaitTimeout = DEFAULT, on_progress: ProgressCallback | None = None
) -> Flow[JobSnapshot]:
    """`Job.wait()`: the final snapshot (succeeded or action required), or an exception."""
    (outcome,) = yield from wait_flow([handle], timeout=timeout, on_progress=on_progress)
    return cast(JobSnapshot, outcome)


# -------------------------------------------------------------------------------------------- handles


class _JobBase(Generic[T]):
    """State and identity shared by `Job` and `AsyncJob` (no I/O here)."""

    def __init__(
        self,
        client: Any,
        ref: JobRef,
        *,
        result_of: Callable[[JobSnapshot], T] | None = None,
        snapshot: JobSnapshot | None = None,
    ) -> None:
        self._client = client
        self._ref = ref
        self._result_fn = result_of
        self._last = snapshot

    @property
    def id(self) -> str:
        """HeyGen's id of the job (generation id, group id, look id or video id, by kind)."""
        return self._ref.id

    @property
    def kind(self) -> str:
        """The job kind's name (see `JOB_KINDS`)."""
        return self._ref.kind

    @property
    def ref(self) -> JobRef:
        """The job's identity (what the resume token holds)."""
        return self._ref

    @property
    def context(self) -> Mapping[str, Any]:
        """Extra ids stored with the job by the workflow that started it."""
        return self._ref.context

    @property
    def snapshot(self) -> JobSnapshot | None:
        """The last status check's result (None before the first)."""
        return self._last

    @property
    def status(self) -> str | None:
        """HeyGen's last reported status (None before the first check)."""
        return self._last.status if self._last else None

    @property
    def state(self) -> JobState | None:
        """The last status, classified (None before the first check)."""
        return self._last.state if self._last else None

    def resume_token(self) -> str:
        """A versioned JSON token (no secret): `client.jobs.resume(token)` in any process picks the job up."""
        return self._ref.token()

    def _observe(self, snapshot: JobSnapshot) -> None:
        self._last = snapshot

    def _result_of(self, snapshot: JobSnapshot) -> T:
        if self._result_fn is not None:
            return self._result_fn(snapshot)
        kind = get_job_kind(self.kind)
        if kind.result_of is not None:
            return cast(T, kind.result_of(snapshot))
        return cast(T, snapshot.data)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(kind={self.kind!r}, id={self.id!r}, status={self.status!r})"


class Job(_JobBase[T]):
    """A HeyGen job, blocking face. A handle never polls by itself; nothing runs in the background."""

    def poll(self) -> JobSnapshot:
        """One status check, now."""
        return cast(JobSnapshot, self._client._run(single_poll_flow(self)))

    def wait(
        self, timeout: WaitTimeout = DEFAULT, *, on_progress: ProgressCallback | None = None
    ) -> JobSnapshot:
        """Wait until the job stops moving (see the module docstring).

        `timeout` in seconds; the default is the kind's (e.g. 30 min for training); None waits without a
        deadline. Returns the final snapshot (state SUCCEEDED or ACTION_REQUIRED); raises JobFailedError,
        WaitTimeoutError.
        """
        return cast(
            JobSnapshot, self._client._run(single_wait_flow(self, timeout=timeout, on_progress=on_progress))
        )

    def result(self, timeout: WaitTimeout = DEFAULT, *, on_progress: ProgressCallback | None = None) -> T:
        """`wait()`, then the job's result; raises JobActionRequiredError if it stopped for a person."""
        return cast(T, self._client._run(result_flow(self, timeout=timeout, on_progress=on_progress)))


class AsyncJob(_JobBase[T]):
    """A long-running HeyGen job, async face. Cancelling an awaiting task stops the wait cleanly."""

    async def poll(self) -> JobSnapshot:
        """One status check, now."""
        return cast(JobSnapshot, await self._client._run(single_poll_flow(self)))

    async def wait(
        self, timeout: WaitTimeout = DEFAULT, *, on_progress: ProgressCallback | None = None
    ) -> JobSnapshot:
        """See `Job.wait`; `on_progress` may also be a coroutine function."""
        flow = single_wait_flow(self, timeout=timeout, on_progress=on_progress)
        return cast(JobSnapshot, await self._client._run(flow))

    async def result(
        self, timeout: WaitTimeout = DEFAULT, *, on_progress: ProgressCallback | None = None
    ) -> T:
        """See `Job.result`."""
        return cast(T, await self._client._run(result_flow(self, timeout=timeout, on_progress=on_progress)))


# ----------------------------------------------------------------------------------------- namespaces


class _JobsBase:
    _job_class: type[_JobBase[Any]]

    def __init__(self, client: Any) -> None:
        self._client = client

    def get(
        self,
        kind: str,
        job_id: str,
        *,
        context: Mapping[str, Any] | None = None,
        result_of: Callable[[JobSnapshot], Any] | None = None,
        created_at: datetime | float | None = None,
    ) -> Any:
        """A handle on an existing job of `kind` (see `JOB_KINDS`) from its bare id. Does no request.

        `created_at` (an aware datetime, e.g. a model's `created_at`, or epoch seconds) is when the job
        started: a wait then polls it where that age falls in the kind's cadence. Without it the job is
        taken as just created.
        """
        get_job_kind(kind)
        if not isinstance(job_id, str) or not job_id.strip():
            raise errors.InputValidationError("job_id", f"must be a non-empty string, got {job_id!r}")
        ref = JobRef(kind=kind, id=job_id, base_url=self._client.base_url, context=dict(context or {}))
        if created_at is not None:
            ref = attrs.evolve(ref, created_at=check.epoch_seconds("created_at", created_at))
        return self._job_class(self._client, ref, result_of=result_of)

    def resume(
        self, token: str, *, kind: str | None = None, result_of: Callable[[JobSnapshot], Any] | None = None
    ) -> Any:
        """The handle a `resume_token()` describes (from this or another process). Does no request.

        `kind`, when given, must match the token's (e.g. a workflow resuming only its training jobs).
        """
        ref = JobRef.from_token(token, base_url=self._client.base_url, kind=kind)
        return self._job_class(self._client, ref, result_of=result_of)

    def _check_jobs(self, jobs: Sequence[_JobBase[Any]]) -> None:
        """A wait polls through this client: every job must be of its face and its environment."""
        for index, job in enumerate(jobs):
            if not isinstance(job, self._job_class):
                raise errors.InputValidationError(
                    f"jobs[{index}]", f"expected a {self._job_class.__name__}, got {type(job).__name__}"
                )
            if job.ref.base_url != self._client.base_url:
                raise errors.InputValidationError(
                    f"jobs[{index}]",
                    f"job lives on {job.ref.base_url!r}, this client on {self._client.base_url!r}",
                )

    def kinds(self) -> list[str]:
        """The job kinds this SDK knows."""
        return sorted(JOB_KINDS)


class Jobs(_JobsBase):
    """`client.jobs` on `HeyGen`."""

    _job_class = Job

    def get(
        self,
        kind: str,
        job_id: str,
        *,
        context: Mapping[str, Any] | None = None,
        result_of: Callable[[JobSnapshot], Any] | None = None,
        created_at: datetime | float | None = None,
    ) -> Job[Any]:
        return cast(
            Job[Any], super().get(kind, job_id, context=context, result_of=result_of, created_at=created_at)
        )

    def resume(
        self, token: str, *, kind: str | None = None, result_of: Callable[[JobSnapshot], Any] | None = None
    ) -> Job[Any]:
        return cast(Job[Any], super().resume(token, kind=kind, result_of=result_of))

    def wait_all(
        self,
        jobs: Sequence[Job[Any]],
        *,
        timeout: WaitTimeout = DEFAULT,
        on_progress: ProgressCallback | None = None,
        return_exceptions: bool = False,
    ) -> list[JobSnapshot | errors.JobFailedError]:
        """Wait for all `jobs` under one shared deadline (default: the longest kind default).

        Returns the final snapshots in order. A failure raises JobFailedError at once, unless
        `return_exceptions=True`, which puts the error in its job's place instead.
        """
        self._check_jobs(jobs)
        flow = wait_flow(jobs, timeout=timeout, on_progress=on_progress, return_exceptions=return_exceptions)
        return cast("list[JobSnapshot | errors.JobFailedError]", self._client._run(flow))


class AsyncJobs(_JobsBase):
    """`client.jobs` on `AsyncHeyGen`."""

    _job_class = AsyncJob

    def get(
        self,
        kind: str,
        job_id: str,
        *,
        context: Mapping[str, Any] | None = None,
        result_of: Callable[[JobSnapshot], Any] | None = None,
        created_at: datetime | float | None = None,
    ) -> AsyncJob[Any]:
        return cast(
            AsyncJob[Any],
            super().get(kind, job_id, context=context, result_of=result_of, created_at=created_at),
        )

    def resume(
        self, token: str, *, kind: str | None = None, result_of: Callable[[JobSnapshot], Any] | None = None
    ) -> AsyncJob[Any]:
        return cast(AsyncJob[Any], super().resume(token, kind=kind, result_of=result_of))

    async def wait_all(
        self,
        jobs: Sequence[AsyncJob[Any]],
        *,
        timeout: WaitTimeout = DEFAULT,
        on_progress: ProgressCallback | None = None,
        return_exceptions: bool = False,
    ) -> list[JobSnapshot | errors.JobFailedError]:
        """See `Jobs.wait_all`."""
        self._check_jobs(jobs)
        flow = wait_flow(jobs, timeout=timeout, on_progress=on_progress, return_exceptions=return_exceptions)
        awaitable = cast("Awaitable[list[JobSnapshot | errors.JobFailedError]]", self._client._run(flow))
        return await awaitable
