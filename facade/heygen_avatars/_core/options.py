"""Per-call options, as openai-python has them: ``timeout=``, ``max_retries=``, ``extra_headers=``, and
``idempotency_key=`` for the calls that create something on HeyGen's v3 API.

Every method that sends a request takes them as keyword arguments; they override the client's settings for
that call only (every request the call makes: an upload and a create, every page of a list)::

    look = client.avatars.get_look(look_id, timeout=5, max_retries=0)
    client.videos.create(..., extra_headers={"x-trace-id": trace_id})

``idempotency_key`` (1-240 characters from ``A-Za-z0-9_:.-``) is sent as the ``Idempotency-Key`` of the
call's creates that HeyGen honours one on (v3 avatars, videos, consent, asset uploads): calling again
with the same key within 24 hours gets the original answer instead of a second job. A call that makes
several keyed requests sends ``key``, ``key.2``, ``key.3``... Without it, each keyed create gets a random
key, which makes the SDK's own retries of that create safe.

Job waits keep ``timeout=`` for their deadline; the timeout of each status request is ``request_timeout=``.
Options are checked before anything is sent. No httpx here: building a client must not load it.
"""

from __future__ import annotations

import contextvars
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from ..errors import InputValidationError
from .config import TimeoutLike, check_headers, check_max_retries, to_timeouts

if TYPE_CHECKING:
    from .flow import FlowContext
    from .responses import ApiResponse

__all__ = ["RequestOptions", "WaitRequestOptions", "check_options", "context_with", "response_sink"]


class RequestOptions(TypedDict, total=False):
    """Keyword arguments every request-sending method takes, for that call only."""

    timeout: TimeoutLike
    """Seconds per attempt (every operation class), or `Timeouts`, or a complete `httpx.Timeout`."""
    max_retries: int
    """Retries after the first attempt, for the failures that are safe to retry (0: none)."""
    extra_headers: Mapping[str, str]
    """Headers added to every request of the call (the API key can't be replaced)."""
    idempotency_key: str
    """The Idempotency-Key of the call's v3 creates: the same key within 24 h replays the first answer."""


class WaitRequestOptions(TypedDict, total=False):
    """The options of a job wait: its own ``timeout=`` is the deadline, so the per-request one is renamed."""

    request_timeout: TimeoutLike
    max_retries: int
    extra_headers: Mapping[str, str]


_ALLOWED = ("timeout", "max_retries", "extra_headers", "idempotency_key")
MAX_KEY_LENGTH = 240
"""HeyGen takes 1-255 characters; a call's n-th keyed request appends ``.n``."""
_KEY = re.compile(r"[A-Za-z0-9_:.\-]+\Z")

response_sink: contextvars.ContextVar[list[ApiResponse] | None] = contextvars.ContextVar(
    "heygen_avatars_response_sink", default=None
)
"""Set by `with_raw_response` wrappers: the calls made meanwhile append every response they read."""


def _check_headers(value: object) -> dict[str, str]:
    return check_headers("extra_headers", value)


def check_idempotency_key(value: object, field: str = "idempotency_key") -> str:
    """A key HeyGen accepts (1-255 characters from A-Za-z0-9_:.-), with room for a ``.n`` suffix."""
    if not isinstance(value, str) or not value or len(value) > MAX_KEY_LENGTH or not _KEY.match(value):
        raise InputValidationError(
            field, f"must be 1-{MAX_KEY_LENGTH} characters from A-Za-z0-9_:.- (a UUID is fine)", value=value
        )
    return value


def check_options(options: Mapping[str, Any]) -> None:
    """Refuse unknown or malformed options (before any request)."""
    for name in options:
        if name not in _ALLOWED:
            raise InputValidationError(name, "is not an option of this method", allowed=_ALLOWED)
    if "timeout" in options:
        to_timeouts(options["timeout"])
    if "max_retries" in options:
        check_max_retries(options["max_retries"])
    if "extra_headers" in options:
        _check_headers(options["extra_headers"])
    if "idempotency_key" in options:
        check_idempotency_key(options["idempotency_key"])


def from_wait_options(options: Mapping[str, Any]) -> dict[str, Any]:
    """A wait's options as `RequestOptions` (its ``request_timeout=`` is their ``timeout=``), refusing the
    two that are no wait's; the client's `_run` checks the rest, as it does every call's."""
    if "timeout" in options:  # the wait's own deadline never gets here; a stray one is a mistake
        raise InputValidationError("timeout", "a wait's per-request timeout is request_timeout=")
    if "idempotency_key" in options:  # a wait creates nothing
        raise InputValidationError("idempotency_key", "is not an option of a wait (it creates nothing)")
    return {("timeout" if k == "request_timeout" else k): v for k, v in options.items()}


def context_with(
    base: FlowContext, options: Mapping[str, Any] | None, sink: list[ApiResponse] | None
) -> FlowContext:
    """The context a call with ``options`` runs in (``sink``: where `with_raw_response` collects)."""
    changes: dict[str, Any] = {}
    config = base.config
    if options:
        check_options(options)
        if "timeout" in options:
            changes["timeouts"] = to_timeouts(options["timeout"], config.timeouts)
        if "max_retries" in options:
            changes["max_retries"] = options["max_retries"]
    headers = _check_headers(options["extra_headers"]) if options and "extra_headers" in options else None
    return type(base)(
        config=config._replace(**changes) if changes else config,
        retry_policy=base.retry_policy,
        extra_headers=headers or base.extra_headers,
        responses=sink,
        idempotency_key=options.get("idempotency_key") if options else None,
    )
