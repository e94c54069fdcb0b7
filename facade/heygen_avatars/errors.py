"""One exception hierarchy for everything the SDK raises.

```
HeyGenError
├── MissingAPIKeyError                 no key in the argument or HEYGEN_API_KEY
├── InputValidationError (ValueError)  bad input, refused before any request
│   └── ManifestError                  a batch manifest with bad rows (every one named), nothing sent
├── ClientClosedError                  the client (or the one it was copied from) was closed
├── MockUnavailableError               the mock was asked for without the "mock" extra installed
├── LimiterError                       the shared limiter (Redis) could not be used
├── APIError
│   ├── APIConnectionError             no usable response (connect failure, reset, ...)
│   │   └── APITimeoutError
│   ├── APIStatusError                 HeyGen answered with an error (any HTTP status, even 200)
│   │   ├── BadRequestError 400, AuthenticationError 401, PermissionDeniedError 403,
│   │   ├── NotFoundError 404, ConflictError 409, UnprocessableEntityError 422,
│   │   └── RateLimitError 429, InternalServerError >=500
│   ├── ResponseValidationError        a response we cannot read (not JSON, wrong shape)
│   └── UploadError                    a direct upload's bytes did not reach storage (its PUT failed)
├── JobError
│   ├── JobFailedError                 the job ended in a failure state
│   ├── JobActionRequiredError         the job waits for a person (a digital twin's consent)
│   └── WaitTimeoutError               the wait's deadline passed; the job keeps running server-side
├── AddLooksError                      add_looks failed part-way; carries the looks made
├── PhotoAvatarWorkflowError           create_photo_avatar failed at a step; carries the ids and a token
├── WebhookVerificationError           a webhook delivery is not provably HeyGen's (signature, age, replay)
└── InterruptReport                    what a call cut short by an interrupt had made (attached, not raised)
```
No exception ever holds the API key: errors carry the response body and headers HeyGen sent back,
never the request headers, and any secret a server echoes back is masked.

**Interrupts.** Ctrl-C, an asyncio cancellation or an exception raised by your ``on_progress`` is never
swallowed or replaced: it goes on, carrying a report of what the call had made (ids, resume tokens), which
`interrupt_report(error)` returns (a `PhotoAvatarWorkflowError` for `create_photo_avatar`, else an
`InterruptReport`); the report's text is also a note on the interrupt, so a traceback shows it::

    try:
        result = client.create_photo_avatar(name="Sylvia", photos=photos)
    except KeyboardInterrupt as interrupt:
        save(interrupt_report(interrupt).resume_token)   # a PhotoAvatarWorkflowError (also .created)
        raise
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ._core.redact import redact, redact_deep, redact_headers

if TYPE_CHECKING:
    from .jobs.snapshot import JobSnapshot
    from .types.photo_avatars import PhotoAvatarLook
    from .workflows.events import Step
    from .workflows.progress import PhotoAvatarResult

__all__ = [
    "APIConnectionError", "APIError", "APIStatusError", "APITimeoutError", "AddLooksError",
    "AuthenticationError", "BadRequestError", "ClientClosedError", "ConflictError", "HeyGenError",
    "InputValidationError", "InternalServerError", "InterruptReport", "JobActionRequiredError", "JobError",
    "JobFailedError", "LimiterError", "ManifestError", "MissingAPIKeyError", "MockUnavailableError",
    "NotFoundError", "PermissionDeniedError", "PhotoAvatarWorkflowError", "RateLimitError",
    "ResponseValidationError", "UnprocessableEntityError", "UploadError", "WaitTimeoutError",
    "WebhookVerificationError", "interrupt_report",
]  # fmt: skip


class HeyGenError(Exception):
    """Base class of every error raised by heygen_avatars."""


class MissingAPIKeyError(HeyGenError):
    """No API key was given and the `HEYGEN_API_KEY` environment variable is not set."""

    def __init__(self, env_var: str = "HEYGEN_API_KEY") -> None:
        self.env_var = env_var
        super().__init__(
            f"No HeyGen API key: pass api_key=... to the client or set the {env_var} environment variable."
        )


class InputValidationError(HeyGenError, ValueError):
    """Input refused before any request was sent.

    `field` names the offending argument, `message` what is wrong with it; `allowed` lists the accepted
    values when they are a closed set.
    """

    def __init__(
        self, field: str, message: str, *, allowed: Sequence[Any] | None = None, value: Any = None
    ) -> None:
        self.field, self.message, self.value = field, message, value
        self.allowed: tuple[Any, ...] | None = tuple(allowed) if allowed is not None else None
        text = f"{field}: {message}"
        if self.allowed is not None:
            text += f" (allowed: {', '.join(repr(a) for a in self.allowed)})"
        super().__init__(text)


class LimiterError(HeyGenError):
    """The limiter shared among processes (`heygen_avatars.batch.RedisLimiter`) could not be reached or
    used; nothing was sent for the create that asked it."""


class ManifestError(InputValidationError):
    """A batch manifest was refused before anything was sent: ``problems`` names every bad row (its line,
    key and field, each with a ``str()`` like ``line 3, key 'a': args.voice_id: ...``)."""

    def __init__(self, problems: Sequence[Any], rows: int, *, source: str = "manifest") -> None:
        self.problems = tuple(problems)
        shown = "\n".join(f"  {problem}" for problem in self.problems[:50])
        more = len(self.problems) - 50
        if more > 0:
            shown += f"\n  ... and {more} more"
        text = f"{len(self.problems)} problem(s) in {rows} row(s); nothing was sent:\n{shown}"
        super().__init__(source, text)


class ClientClosedError(HeyGenError):
    """The client (or the client it was copied from with `with_options`) was closed."""


class MockUnavailableError(HeyGenError):
    """The local mock was asked for (``--mock``, ``heygen-avatars mock``) but the "mock" extra is missing."""


class APIError(HeyGenError):
    """Something went wrong talking to HeyGen. `method` and `url` name the request.

    On a create that HeyGen may have acted on (its answer lost): `idempotency_key` is the Idempotency-Key
    it carried (v3; calling again with it within 24 hours gets HeyGen's original answer instead of a second
    job); for a v2 create, which takes no key, `looked_up` says what the SDK searched for afterwards and
    `found` the ids of what it found (none, or several candidates: a single match is not an error).
    """

    idempotency_key: str | None = None
    looked_up: str | None = None
    found: tuple[str, ...] = ()

    def __init__(self, message: str, *, method: str | None = None, url: str | None = None) -> None:
        self.message = message = redact(message)
        self.method = method
        self.url = url
        super().__init__(message)


class APIConnectionError(APIError):
    """No usable HTTP response: the connection failed, was reset, or the response was lost.

    `request_sent` is False only when the request certainly never reached HeyGen (connect-phase failure);
    when it is True and the call created something (a paid job), the job may exist: check before retrying.
    """

    def __init__(
        self,
        message: str = "Connection error.",
        *,
        method: str | None = None,
        url: str | None = None,
        request_sent: bool = True,
    ) -> None:
        self.request_sent = request_sent
        super().__init__(message, method=method, url=url)


class APITimeoutError(APIConnectionError):
    """The request timed out (per attempt; see the client's `timeout`)."""


class APIStatusError(APIError):
    """HeyGen answered with an error.

    Attributes: `status_code` (the HTTP status, 200 when HeyGen put an error envelope in a 200),
    `code` (HeyGen's error code, e.g. "not_found", "invalid_parameter", "40009"), `message`,
    `request_id` (the `X-Request-Id` response header), `body` (the decoded JSON, or the text when the
    body is not JSON), `param` and `doc_url` (v3 errors), `retry_after` (seconds, when the server said).
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        code: str | None = None,
        request_id: str | None = None,
        body: Any = None,
        headers: Mapping[str, str] | None = None,
        param: str | None = None,
        doc_url: str | None = None,
        retry_after: float | None = None,
        method: str | None = None,
        url: str | None = None,
    ) -> None:
        self.status_code = status_code
        self.code = code
        self.request_id = request_id
        self.body = redact_deep(body)
        # a server may echo the key (or set a cookie): masked like the body
        self.headers: Mapping[str, str] = redact_headers(dict(headers or {}))
        self.param = param
        self.doc_url = doc_url
        self.retry_after = retry_after
        super().__init__(message, method=method, url=url)

    def __str__(self) -> str:
        code = f" {self.code}" if self.code else ""
        text = f"HTTP {self.status_code}{code}: {self.message}"
        if self.param:
            text += f" (param: {self.param})"
        if self.request_id:
            text += f" [request_id={self.request_id}]"
        return text


class BadRequestError(APIStatusError):
    """HTTP 400, or an error envelope whose code says the request was invalid."""


class AuthenticationError(APIStatusError):
    """HTTP 401: the API key is missing, wrong or expired."""


class PermissionDeniedError(APIStatusError):
    """HTTP 403: the key is valid but the plan or the resource does not allow this."""


class NotFoundError(APIStatusError):
    """HTTP 404, or an error envelope whose code says "not found"."""


class ConflictError(APIStatusError):
    """HTTP 409."""


class UnprocessableEntityError(APIStatusError):
    """HTTP 422."""


class RateLimitError(APIStatusError):
    """HTTP 429. `retry_after` holds the server's hint in seconds when it sent one."""


class InternalServerError(APIStatusError):
    """HTTP 5xx."""


class ResponseValidationError(APIError):
    """A response that cannot be read: not JSON, or not the shape the endpoint promises."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        body: Any = None,
        request_id: str | None = None,
        method: str | None = None,
        url: str | None = None,
    ) -> None:
        self.status_code = status_code
        self.body = redact_deep(body)
        self.request_id = request_id
        super().__init__(message, method=method, url=url)


class UploadError(APIError):
    """A direct upload's bytes did not reach storage: its PUT to the presigned URL kept failing, or its URL
    kept expiring. ``asset_id`` names the upload left incomplete (never usable; nothing to clean up);
    ``status_code`` and ``code`` are the storage host's last answer (None after a connection failure).
    `url` is the upload URL without its query, where the signature is."""

    def __init__(
        self,
        message: str,
        *,
        asset_id: str,
        status_code: int | None = None,
        code: str | None = None,
        url: str | None = None,
    ) -> None:
        self.asset_id = asset_id
        self.status_code = status_code
        self.code = code
        super().__init__(message, method="PUT", url=url)


class JobError(HeyGenError):
    """Base of the errors about long-running jobs."""


class JobFailedError(JobError):
    """The job ended in a failure state. Carries the last `snapshot` and HeyGen's `code` and `message`."""

    def __init__(self, snapshot: JobSnapshot) -> None:
        self.snapshot = snapshot
        self.job_id = snapshot.id
        self.kind = snapshot.kind
        self.status = snapshot.status
        self.code = snapshot.error_code
        self.message = redact(snapshot.error_message or "no reason given by HeyGen")
        code = f" ({self.code})" if self.code else ""
        super().__init__(
            f"{snapshot.kind} job {snapshot.id} failed with status {snapshot.status!r}{code}: {self.message}"
        )


class WaitTimeoutError(JobError, TimeoutError):
    """The wait's deadline passed before the job finished. The job keeps running on HeyGen's side.

    `snapshot` is the last observed state of the (first) unfinished job, `resume_token` lets any process
    pick it up with `client.jobs.resume(token)`; `snapshots` and `resume_tokens`: one per unfinished job."""

    def __init__(
        self, timeout: float, snapshots: Sequence[JobSnapshot], resume_tokens: Sequence[str]
    ) -> None:
        self.timeout = timeout
        self.snapshots: tuple[JobSnapshot, ...] = tuple(snapshots)
        self.resume_tokens: tuple[str, ...] = tuple(resume_tokens)
        self.snapshot: JobSnapshot | None = self.snapshots[0] if self.snapshots else None
        self.resume_token: str | None = self.resume_tokens[0] if self.resume_tokens else None
        described = ", ".join(f"{s.kind} {s.id} ({_last_seen(s)})" for s in self.snapshots)
        super().__init__(
            f"Gave up waiting after {timeout:g} s for {described}. The job keeps running on HeyGen's side: "
            "resume it later with client.jobs.resume(error.resume_token)."
        )


def _last_seen(snapshot: JobSnapshot) -> str:  # "not yet seen": no status check answered
    attempt = snapshot.attempt
    return snapshot.status or ("not yet seen" if attempt == 0 else f"no status after {attempt} checks")


class JobActionRequiredError(JobError):
    """`result()` was asked of a job that stopped waiting for a person (v3 `pending_consent`)."""

    def __init__(self, snapshot: JobSnapshot) -> None:
        self.snapshot = snapshot
        super().__init__(
            f"{snapshot.kind} job {snapshot.id} is {snapshot.status!r}: it needs someone to act "
            "(for a digital twin: complete the consent flow), then wait again."
        )


class AddLooksError(HeyGenError):
    """`add_looks` failed part-way. ``looks`` are the looks already created (they exist on HeyGen),
    ``image_keys_left`` the keys not added; the failure itself is ``__cause__``."""

    def __init__(
        self,
        group_id: str,
        looks: Sequence[PhotoAvatarLook],
        image_keys_left: Sequence[str],
        cause: BaseException,
    ) -> None:
        self.group_id = group_id
        self.looks = tuple(looks)
        self.image_keys_left = tuple(image_keys_left)
        created = ", ".join(look.id for look in self.looks) or "none"
        super().__init__(
            f"adding looks to group {group_id} failed after {len(self.looks)} look(s) were created "
            f"(created: {created}; {len(self.image_keys_left)} image key(s) not added): {cause}"
        )


class PhotoAvatarWorkflowError(HeyGenError):
    """`create_photo_avatar` failed at ``step``; ``created`` holds the ids already made and ``resume_token``
    resumes it (`resume_photo_avatar`). The failure itself is ``__cause__``."""

    def __init__(  # interrupted: the cause came from an interrupt or the caller's callback, not a step
        self, step: Step, created: PhotoAvatarResult, resume_token: str, cause: BaseException, *,
        interrupted: bool = False,
    ) -> None:  # fmt: skip
        self.step = step
        self.created = created
        self.resume_token = resume_token
        made = ", ".join(created.all_ids) or "nothing yet"
        if isinstance(cause, HeyGenError) and not interrupted:
            text = f"failed at step {step.value!r}: {cause} (already created: {made}). "
            text += "Resume with resume_photo_avatar(client, error.resume_token)."
        else:  # attached to an interrupt or a callback's error, whose traceback shows it: the token too
            by = f"{type(cause).__name__}: {cause}" if str(cause) else type(cause).__name__
            text = f"was interrupted at step {step.value!r} by {by} (already created: {made}). "
            text += f"Resume with resume_photo_avatar(client, token), token: {resume_token}"
        super().__init__(f"create_photo_avatar {text}")


class WebhookVerificationError(HeyGenError):
    """A webhook delivery was refused: it is not provably HeyGen's, or not new.

    `reason` says which check failed, one of `REASONS` (``"unsigned"``: a per-call callback delivery, which
    HeyGen does not sign), for code that answers differently per case (a receiver answers a replay with 200,
    so that HeyGen stops retrying it, and anything else with 400). The message names the headers that were
    read; it never holds a secret or the signature expected.
    """

    REASONS = (
        "no_secret", "no_signature", "unsigned", "signature", "timestamp", "stale", "event_id", "replay",
        "payload",
    )  # fmt: skip

    def __init__(self, reason: str, message: str) -> None:
        self.reason = reason
        self.message = redact(message)
        super().__init__(self.message)


class InterruptReport(HeyGenError):
    """What a call cut short by an interrupt (Ctrl-C, a cancellation, an exception from your callback) had
    made, attached to the interrupt, which goes on; `interrupt_report(error)` reads it.

    ``operation`` names the call; ``created`` the ids it made; ``resume_tokens`` the jobs still running on
    HeyGen's side (``client.jobs.resume(token)``); ``in_flight`` a create request whose answer never came
    (it may have been made: check before sending it again); ``result`` what the call returned when its
    last request finished after a cancellation (the id it made is then in it, not lost).
    """

    def __init__(
        self,
        operation: str,
        *,
        created: Sequence[str] = (),
        resume_tokens: Sequence[str] = (),
        in_flight: str | None = None,
        result: Any = None,
    ) -> None:
        self.operation = operation
        self.created = tuple(created)
        self.resume_tokens = tuple(resume_tokens)
        self.in_flight = in_flight
        self.result = result
        parts = [f"{operation} was interrupted"]
        if self.created:
            parts.append(f"already created: {', '.join(self.created)}")
        if result is not None:
            parts.append(f"it finished first, returning {result!r}")
        if in_flight is not None:
            parts.append(f"{in_flight} was sent and its answer never came: HeyGen may have made it")
        for token in self.resume_tokens:
            parts.append(f"a job keeps running on HeyGen's side: client.jobs.resume({token!r})")
        super().__init__("; ".join(parts))


def interrupt_report(error: BaseException) -> HeyGenError | None:
    """The report an SDK call attached to an interrupt that cut it short: a `PhotoAvatarWorkflowError` for
    `create_photo_avatar` / `resume_photo_avatar`, an `InterruptReport` for any other call; None if no SDK
    call was interrupted by ``error``."""
    from ._core.interrupts import report_of

    return report_of(error)
