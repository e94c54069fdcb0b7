"""Job handles: `Job` (blocking) and `AsyncJob` (await) on any long-running HeyGen job.

A handle never polls by itself; nothing runs in the background. Waiting is `waiting.py`'s flows. A wait's
``timeout=`` is its deadline; each status request takes the per-call options ``request_timeout=``,
``max_retries=`` and ``extra_headers=`` (`poll` takes ``timeout=`` itself: it is one request).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar, Unpack, cast

from .._core.options import RequestOptions, WaitRequestOptions, from_wait_options
from .kinds import JobState, get_job_kind
from .snapshot import JobSnapshot
from .token import JobRef
from .waiting import DEFAULT, ProgressCallback, WaitTimeout, result_flow, single_poll_flow, single_wait_flow

__all__ = ["AsyncJob", "Job", "JobHandle"]

T = TypeVar("T")


class JobHandle(Generic[T]):
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


class Job(JobHandle[T]):
    """A HeyGen job, blocking face: ``poll()``, ``wait()``, ``result()``, ``resume_token()``."""

    def poll(self, **options: Unpack[RequestOptions]) -> JobSnapshot:
        """One status check, now."""
        snapshot: JobSnapshot = self._client._run(single_poll_flow(self), options)
        return snapshot

    def wait(
        self,
        timeout: WaitTimeout = DEFAULT,
        *,
        on_progress: ProgressCallback | None = None,
        **options: Unpack[WaitRequestOptions],
    ) -> JobSnapshot:
        """Wait until the job stops moving (see `heygen_avatars.jobs`).

        `timeout` in seconds; the default is the kind's (e.g. 30 min for training); None waits without a
        deadline. Returns the final snapshot (state SUCCEEDED or ACTION_REQUIRED); raises JobFailedError,
        WaitTimeoutError.
        """
        flow = single_wait_flow(self, timeout=timeout, on_progress=on_progress)
        snapshot: JobSnapshot = self._client._run(flow, from_wait_options(options))
        return snapshot

    def result(
        self,
        timeout: WaitTimeout = DEFAULT,
        *,
        on_progress: ProgressCallback | None = None,
        **options: Unpack[WaitRequestOptions],
    ) -> T:
        """`wait()`, then the job's result; raises JobActionRequiredError if it stopped for a person."""
        flow = result_flow(self, timeout=timeout, on_progress=on_progress)
        return cast(T, self._client._run(flow, from_wait_options(options)))


class AsyncJob(JobHandle[T]):
    """A HeyGen job, async face. Cancelling an awaiting task stops the wait cleanly."""

    async def poll(self, **options: Unpack[RequestOptions]) -> JobSnapshot:
        """One status check, now: ``snapshot = await job.poll()``."""
        snapshot: JobSnapshot = await self._client._run(single_poll_flow(self), options)
        return snapshot

    async def wait(
        self,
        timeout: WaitTimeout = DEFAULT,
        *,
        on_progress: ProgressCallback | None = None,
        **options: Unpack[WaitRequestOptions],
    ) -> JobSnapshot:
        """Wait until the job stops moving, under ``timeout`` seconds (default: the kind's; None: no
        deadline); ``on_progress`` may be a coroutine function. The final snapshot, or JobFailedError /
        WaitTimeoutError."""
        flow = single_wait_flow(self, timeout=timeout, on_progress=on_progress)
        snapshot: JobSnapshot = await self._client._run(flow, from_wait_options(options))
        return snapshot

    async def result(
        self,
        timeout: WaitTimeout = DEFAULT,
        *,
        on_progress: ProgressCallback | None = None,
        **options: Unpack[WaitRequestOptions],
    ) -> T:
        """Wait, then the job's result: ``look = await job.result()`` (JobActionRequiredError if it stopped
        for a person)."""
        flow = result_flow(self, timeout=timeout, on_progress=on_progress)
        return cast(T, await self._client._run(flow, from_wait_options(options)))
