"""Resume tokens: a job's identity (`JobRef`) as versioned JSON with nothing secret in it, so that any
process can pick the job up with ``client.jobs.resume(token)``."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from .. import errors
from .kinds import get_job_kind

__all__ = ["TOKEN_VERSION", "JobRef", "wall_time"]

TOKEN_VERSION = 1

wall_time: Callable[[], float] = time.time
"""Wall time in seconds since the epoch: the source of `JobRef.created_at` and of a job's age when a
wait starts (waits themselves run on the client's monotonic `Clock`). Tests pin it."""


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
