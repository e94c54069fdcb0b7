"""``client.jobs``: `Jobs` on `HeyGen`, `AsyncJobs` on `AsyncHeyGen`: handles from bare ids and resume
tokens, and one wait over several jobs."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import datetime
from typing import Any, Unpack, cast

import attrs

from .. import errors
from .._core import validation as check
from .._core.options import WaitRequestOptions, from_wait_options
from .handles import AsyncJob, Job, JobHandle
from .kinds import JOB_KINDS, get_job_kind
from .snapshot import JobSnapshot
from .token import MAX_TOKEN_CHARS, JobRef
from .waiting import DEFAULT, ProgressCallback, WaitTimeout, wait_flow

__all__ = ["AsyncJobs", "Jobs"]


def _context(context: object) -> dict[str, Any]:
    """A job's context: JSON-ready ids a token carries (string keys; strings, numbers, lists, objects)."""
    if context is None:
        return {}
    if not isinstance(context, Mapping):
        raise errors.InputValidationError("context", "expected a mapping of names to JSON values")
    checked = dict(context)
    try:
        text = json.dumps(checked, allow_nan=False)
    except (TypeError, ValueError, RecursionError) as error:
        raise errors.InputValidationError("context", f"must hold JSON values only ({error})") from None
    check.load_token("context", text, what="job context", max_chars=MAX_TOKEN_CHARS // 2)
    return checked


class _JobsBase:
    """What both faces share: handles from ids and tokens (no request)."""

    _job_class: type[JobHandle[Any]]

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

        Typed `Job[Any]`: `kind` is a run-time string. For a precise type use the resource's handle
        (``client.videos.job(vid)``, ``client.photo_avatars.training_job(gid)``...) or annotate the
        variable: ``job: Job[Video] = client.jobs.get("video", vid)``.
        """
        get_job_kind(kind)
        check.check_id("job_id", job_id)
        ref = JobRef(kind=kind, id=job_id, base_url=self._client.base_url, context=_context(context))
        if created_at is not None:
            ref = attrs.evolve(ref, created_at=check.epoch_seconds("created_at", created_at))
        check.check_callback("result_of", result_of, "the final JobSnapshot")
        return self._job_class(self._client, ref, result_of=result_of)

    def resume(
        self, token: str, *, kind: str | None = None, result_of: Callable[[JobSnapshot], Any] | None = None
    ) -> Any:
        """The handle a `resume_token()` describes (from this or another process). Does no request.

        `kind`, when given, must match the token's (e.g. a workflow resuming only its training jobs).
        Typed `Job[Any]`, as the kind is in the token: annotate the variable for a precise type
        (``job: Job[Video] = client.jobs.resume(token, kind="video")``).
        """
        if kind is not None:
            get_job_kind(kind)
        check.check_callback("result_of", result_of, "the final JobSnapshot")
        ref = JobRef.from_token(token, base_url=self._client.base_url, kind=kind)
        return self._job_class(self._client, ref, result_of=result_of)

    def _check_jobs(self, jobs: object) -> list[JobHandle[Any]]:
        """A wait polls through this client: every job must be of its face and its environment."""
        handles = check.check_list("jobs", jobs, f"{self._job_class.__name__} handles")
        for index, job in enumerate(handles):
            if not isinstance(job, self._job_class):
                raise errors.InputValidationError(
                    f"jobs[{index}]", f"expected a {self._job_class.__name__}, got {type(job).__name__}"
                )
            if job.ref.base_url != self._client.base_url:
                raise errors.InputValidationError(
                    f"jobs[{index}]",
                    f"job lives on {job.ref.base_url!r}, this client on {self._client.base_url!r}",
                )
        return handles

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
        **options: Unpack[WaitRequestOptions],
    ) -> list[JobSnapshot | errors.JobFailedError]:
        """Wait for all `jobs` under one shared deadline (default: the longest kind default).

        Returns the final snapshots in order. A failure raises JobFailedError at once, unless
        `return_exceptions=True`, which puts the error in its job's place instead.
        """
        handles = self._check_jobs(jobs)
        flow = wait_flow(
            handles, timeout=timeout, on_progress=on_progress, return_exceptions=return_exceptions
        )
        return cast(
            "list[JobSnapshot | errors.JobFailedError]", self._client._run(flow, from_wait_options(options))
        )


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
        **options: Unpack[WaitRequestOptions],
    ) -> list[JobSnapshot | errors.JobFailedError]:
        """Wait for all `jobs` under one shared deadline, each polled at its own cadence; the final
        snapshots in order (a failure raises at once unless ``return_exceptions=True``)."""
        handles = self._check_jobs(jobs)
        flow = wait_flow(
            handles, timeout=timeout, on_progress=on_progress, return_exceptions=return_exceptions
        )
        awaitable = cast(
            "Awaitable[list[JobSnapshot | errors.JobFailedError]]",
            self._client._run(flow, from_wait_options(options)),
        )
        return await awaitable
