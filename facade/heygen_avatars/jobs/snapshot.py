"""`JobSnapshot`: what one status check saw, and `snapshot_of`, which classifies a status payload."""

from __future__ import annotations

from typing import Any

import attrs

from .._core.redact import redact
from .kinds import JobKind, JobState

__all__ = ["JobSnapshot", "snapshot_of"]


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
