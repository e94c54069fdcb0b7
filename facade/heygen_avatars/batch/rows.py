"""One manifest row as a flow: resolve what an earlier run may have left, create, wait, report.

    pending  -> create (admitted under the cap; journal: sending before it goes, running after) -> wait
    sending  -> resolve first: a keyed (v3) create is sent again with the same Idempotency-Key (HeyGen
                replays its answer); a v2 training is looked up; a v2 generation can't be: ``unresolved``
    running  -> count its job under the cap again and wait for it by its id

A create refused for good (4xx) ends the row in ``error``; a 429 puts it back in line (the create made
nothing); a create whose answer was lost is sent again with its key (v3), or, after a lookup found
nothing, left ``unresolved`` for the next run to settle (nothing is ever sent twice blind). A keyed
create that an earlier try may have sent ends in ``error`` only when HeyGen refuses its key (a 4xx other
than 409); after 429s to the end, or a failure before it goes (a local file, the limiter), it is left
``unresolved`` and the next run sends it again with the same key.
"""

from __future__ import annotations

import time
from typing import Any, NamedTuple

from .. import errors
from .._core.flow import Admission, Context, Flow, FlowContext, sleep
from ..jobs.admission import may_have_acted
from ..jobs.kinds import JobState, get_job_kind
from ..jobs.waiting import wait_flow
from .journal import RUNNING, SENDING, JournalRow
from .ops import Made, OpSpec, Prepared

__all__ = ["KEY_LIFETIME", "Outcome", "RowEnv", "row_flow"]

KEY_LIFETIME = 23 * 3600.0
"""HeyGen keeps an Idempotency-Key 24 hours; past this, resending is no longer a safe resolution."""
MAX_REQUEUES = 20
"""429s in a row before a row gives up (the SDK's own retries come first)."""
MAX_RESENDS = 3
"""Keyed creates whose answer was lost, sent again with the same key in this run before leaving it."""


class Outcome(NamedTuple):
    """How a row ended in this run. ``final``: False when a later run must settle it (``timed_out``,
    ``unresolved`` after a lost answer on a create that a later lookup or resend may settle)."""

    status: str
    ids: dict[str, Any]
    error: str | None = None
    final: bool = True


class RowEnv(NamedTuple):
    """What every row of a run shares: the journal, how to make a job handle (kind, id, created_at) and
    the wait's timeout (None: the job kind's own)."""

    journal: Any
    make_job: Any
    wait: Any


def row_flow(row: JournalRow, spec: OpSpec, prepared: Prepared, args: Any, env: RowEnv) -> Flow[Outcome]:
    """The whole life of one row in this run (see the module docstring)."""
    journal = env.journal
    if spec.kind is None:
        return (yield from _workflow(row, prepared, env))
    made: Made | Outcome | None = None  # (an `Outcome` here: the row ended before its wait)
    if row.state == RUNNING:
        made = Made(row.job_id, row.ids)
        if spec.kind is not None and row.job_id:
            kind = get_job_kind(spec.kind)
            yield Admission("adopt", (row.job_id, kind.name, 0.0, kind.cadence.timeout))
    elif row.state == SENDING:
        made = yield from _resolve(row, spec, args)
        if isinstance(made, Made):
            journal.running(row.line, spec.kind, made.job_id, made.ids)
    if made is None:
        made = yield from _create(row, spec, prepared, journal)
        if isinstance(made, Made):
            journal.running(row.line, spec.kind, made.job_id, made.ids)
    if isinstance(made, Outcome):
        return made
    return (yield from _wait(row, spec, made, env))


def _resolve(row: JournalRow, spec: OpSpec, args: Any) -> Flow[Made | Outcome | None]:
    """A create an earlier run may have sent: what it made, None when sending it (again) is safe, or how the
    row ends in this run (it can't be settled now)."""
    if spec.keyed:
        if row.sent_at is not None and time.time() - row.sent_at > KEY_LIFETIME:
            return Outcome(
                "unresolved", row.ids,
                "its create may have reached HeyGen more than 23 hours ago, so its Idempotency-Key may "
                "have expired: check your HeyGen account for it before running this row again",
            )  # fmt: skip
        return None  # the create, sent again with the same key, is the resolution
    if spec.lookup is None:
        return Outcome(
            "unresolved", row.ids,
            f"its create ({spec.name}) may have reached HeyGen before the previous run stopped, and "
            "HeyGen offers no way to look it up: check your HeyGen account before running this row again",
        )  # fmt: skip
    try:
        return (yield from spec.lookup(args))
    except errors.HeyGenError as error:
        return Outcome("unresolved", row.ids, f"looking up its earlier create failed: {error}", final=False)


def _create(row: JournalRow, spec: OpSpec, prepared: Prepared, journal: Any) -> Flow[Made | Outcome]:
    requeues = resends = 0
    # a keyed create an earlier try (or run) may have sent: only HeyGen's answer to its key settles it
    sent = spec.keyed and row.state == SENDING
    context: FlowContext = yield Context()
    while True:
        context.keys_used.clear()  # a create sent again sends the same keys, in the same order
        try:
            return (yield from prepared())
        except errors.RateLimitError as error:  # made nothing: back in line
            if not spec.keyed:  # a keyed row keeps its key: an earlier try of it may have acted
                journal.retry(row.line)
            requeues += 1
            if requeues > MAX_REQUEUES:
                return _unsettled(row, error) if sent else Outcome("error", row.ids, str(error))
            yield from sleep(error.retry_after if error.retry_after is not None else 10.0)
        except errors.HeyGenError as error:
            if not may_have_acted(error):
                if sent and not _refused(error):
                    return _unsettled(row, error)
                return Outcome("error", row.ids, str(error))
            sent = spec.keyed
            resends += 1
            if spec.keyed and resends <= MAX_RESENDS:
                yield from sleep(2.0**resends)  # same key: HeyGen answers what it did the first time
                continue
            found = ", ".join(getattr(error, "found", ()) or ())
            detail = f" (found: {found})" if found else ""
            return Outcome("unresolved", row.ids, f"{error}{detail}", final=False)


def _refused(error: errors.HeyGenError) -> bool:
    """HeyGen answered the create's key with a refusal (4xx), which settles it: not a 409 (the first
    request with that key may still be running there), nor a failure before any answer (a local file, the
    limiter)."""
    return isinstance(error, errors.APIStatusError) and not isinstance(error, errors.ConflictError)


def _unsettled(row: JournalRow, error: errors.HeyGenError) -> Outcome:
    """A keyed create that an earlier try may have sent, and that could not be settled now: the row stays
    ``sending``, and the next run sends it again with the same key (HeyGen replays what it made)."""
    return Outcome(
        "unresolved", row.ids,
        f"{error} (an earlier try of its create may have reached HeyGen: the next run sends it again with "
        "the same Idempotency-Key)",
        final=False,
    )  # fmt: skip


def _workflow(row: JournalRow, prepared: Any, env: RowEnv) -> Flow[Outcome]:
    """A row that is a whole workflow: it journals its own resume token, and resumes from it."""
    token = row.token

    def save(token: str, ids: dict[str, Any]) -> None:
        env.journal.progress(row.line, token, ids)

    for _ in range(MAX_REQUEUES):
        try:
            made: Made = yield from prepared(token, save)
        except errors.PhotoAvatarWorkflowError as error:
            ids = _workflow_ids(error)
            save(error.resume_token, ids)
            cause = error.__cause__
            if isinstance(cause, errors.RateLimitError):  # made nothing: go on from the token later
                token = error.resume_token
                yield from sleep(cause.retry_after if cause.retry_after is not None else 10.0)
                continue
            if isinstance(cause, errors.JobFailedError):
                return Outcome("failed", ids, str(error))
            if isinstance(cause, errors.WaitTimeoutError):
                return Outcome("timed_out", ids, str(error), final=False)
            if isinstance(cause, errors.HeyGenError) and may_have_acted(cause):
                return Outcome("unresolved", ids, str(error), final=False)
            return Outcome("error", ids, str(error))
        return Outcome("succeeded", made.ids)
    return Outcome("error", row.ids, "HeyGen kept answering 429 (rate limited)")


def _workflow_ids(error: errors.PhotoAvatarWorkflowError) -> dict[str, Any]:
    import attrs

    return attrs.asdict(error.created)


def _wait(row: JournalRow, spec: OpSpec, made: Made, env: RowEnv) -> Flow[Outcome]:
    if spec.kind is None or made.job_id is None:
        return Outcome("succeeded", made.ids)
    handle = env.make_job(spec.kind, made.job_id, row.sent_at)
    try:
        (outcome,) = yield from wait_flow([handle], timeout=env.wait, return_exceptions=True)
    except errors.WaitTimeoutError as error:
        return Outcome("timed_out", made.ids, str(error), final=False)
    except errors.HeyGenError as error:  # the status could not be read: the job is still there
        return Outcome("unresolved", made.ids, f"waiting for its job failed: {error}", final=False)
    if isinstance(outcome, errors.JobFailedError):
        return Outcome("failed", made.ids, str(outcome))
    if outcome.state is JobState.ACTION_REQUIRED:
        return Outcome("action_required", made.ids, f"{spec.kind} job {made.job_id} is {outcome.status!r}")
    return Outcome("succeeded", made.ids)
