"""Resume tokens: a job's identity (`JobRef`) as versioned JSON with nothing secret in it, so that any
process can pick the job up with ``client.jobs.resume(token)``."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from .. import errors
from .._core import validation as check
from .kinds import get_job_kind

__all__ = ["MAX_TOKEN_CHARS", "TOKEN_VERSION", "JobRef", "wall_time"]

TOKEN_VERSION = 1
MAX_TOKEN_CHARS = 64 * 1024
"""A job's token is a few hundred characters; its context holds a few ids."""

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
        """Read a token, checked whole before any use (size, JSON, depth, every field's type, the id's
        shape; fields a later version adds are ignored), refusing an unknown version or kind, a kind other
        than `kind` (when given), or another environment than `base_url` (when given)."""
        payload = check.load_token(
            "token", token, what="heygen_avatars resume token", max_chars=MAX_TOKEN_CHARS
        )
        if not isinstance(payload, dict) or "heygen_avatars_job" not in payload:
            raise errors.InputValidationError("token", "not a heygen_avatars resume token")
        version = payload["heygen_avatars_job"]
        if isinstance(version, bool) or version != TOKEN_VERSION:
            raise errors.InputValidationError(
                "token", f"resume token version {version!r} is not supported", allowed=[TOKEN_VERSION]
            )
        expected = kind
        kind, job_id, token_base = payload.get("kind"), payload.get("id"), payload.get("base_url")
        if not isinstance(kind, str):
            raise errors.InputValidationError("token", "the token names no job kind")
        get_job_kind(kind)
        if expected is not None and kind != expected:
            raise errors.InputValidationError(
                "token", f"this token is for a {kind!r} job", allowed=[expected]
            )
        if not isinstance(job_id, str) or not job_id:
            raise errors.InputValidationError("token", "the token has no job id")
        try:
            check.check_id("id", job_id)
        except errors.InputValidationError as error:
            raise errors.InputValidationError("token", f"the token's job id is not valid ({error})") from None
        if not isinstance(token_base, str):
            raise errors.InputValidationError("token", "the token names no base_url")
        if base_url is not None and token_base != base_url:
            shown = repr(token_base) if len(token_base) <= 200 else "another host"
            raise errors.InputValidationError(
                "token", f"the job lives on {shown}, but this client talks to {base_url!r}"
            )
        context = payload.get("context") or {}
        if not isinstance(context, dict):
            raise errors.InputValidationError("token", "the token's context is not an object")
        created = payload.get("created_at")
        usable = isinstance(created, int | float) and not isinstance(created, bool) and 0 <= created < 1e11
        return cls(
            kind=kind,
            id=job_id,
            base_url=token_base,
            created_at=float(created) if usable else wall_time(),  # type: ignore[arg-type]
            context=context,
        )
