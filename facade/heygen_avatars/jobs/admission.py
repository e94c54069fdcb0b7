"""Paid creates under HeyGen's concurrency cap, written once as flows (see `_core.admission`).

    look = yield from admitted_create("avatar", create_flow(...), lambda made: [made.look_id])

`admitted_create` waits for a slot (first come, first served), runs the create, then gives each job it
started one slot, which a status poll frees when it sees the job end (`waiting.poll_flow`). While it is
first in line it polls the held jobs that are due itself (a read, never held back), so that slots free
up even when nobody waits on those jobs. A create that failed frees its slots, unless HeyGen may have
acted on it (the answer was lost): then the slots stay counted until the kind's longest wait passes.

Interrupts: a create cancelled while it waits for a slot gives its place up; on `AsyncHeyGen` a create
cancelled while its request is out finishes first (`_core.interrupts`), and the driver still performs the
settle, so the slot goes to the job it made; a create interrupted with its request out and its answer
lost (Ctrl-C on `HeyGen`) keeps its slot counted until it expires (HeyGen may run the job); any other
interrupt hands the slots back at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from .. import errors
from .._core.admission import Lease, Pending
from .._core.flow import Admission, Flow
from .._core.interrupts import report_of
from .._core.log import logger
from .kinds import JobKind, get_job_kind

__all__ = ["admit", "admitted_create", "answer_lost", "check_after", "may_have_acted"]

T = TypeVar("T")


def check_after(kind: JobKind) -> float:
    """Seconds after its create before a job of `kind` may have ended (its cadence's first window)."""
    cadence = kind.cadence
    return cadence.window[0] if cadence.window is not None else cadence.initial


def answer_lost(error: BaseException) -> bool:
    """Whether a create that raised `error` reached HeyGen and its answer was lost (a reset or timeout after
    sending) or came back unreadable: HeyGen most likely acted."""
    if isinstance(error, errors.APIConnectionError):
        return error.request_sent
    if isinstance(error, errors.ResponseValidationError):
        return error.status_code is None or 200 <= error.status_code < 300
    return False


def may_have_acted(error: BaseException) -> bool:
    """Whether HeyGen may have acted on a create that raised `error`: its answer was lost, or it answered
    5xx (a server error may come after the work was done)."""
    if isinstance(error, errors.APIStatusError):
        return error.status_code >= 500
    return answer_lost(error)


def admit(kind: JobKind, weight: int = 1) -> Flow[Lease | None]:
    """Wait for ``weight`` slots for jobs of `kind`; the lease (None: the client has no limiter)."""
    result: Lease | Pending | None = yield Admission("acquire", (kind.name, weight, None, None))
    try:
        while isinstance(result, Pending):
            for job_kind, job_id in result.checks:
                yield from _check_held(job_kind, job_id)
            result = yield Admission("acquire", (kind.name, weight, result.ticket, None))
    except BaseException:
        if isinstance(result, Pending):  # closed or failed while waiting: give the place up
            _owner(result.ticket).cancel(result.ticket)
        raise
    return result


def _owner(ticket: Any) -> Any:
    return ticket.owner


def _check_held(kind_name: str, job_id: str) -> Flow[None]:
    """Poll one held job for the queue's head (the poll itself frees its slot if it ended)."""
    from .waiting import poll_flow

    try:
        yield from poll_flow(get_job_kind(kind_name), job_id)
    except errors.NotFoundError:  # gone (deleted): it no longer runs
        yield Admission("observe", (job_id, True))
    except errors.HeyGenError as error:  # the next check will tell
        logger.info("admission: checking %s job %s failed: %s", kind_name, job_id, error)


def admitted_create(
    kind_name: str,
    create: Flow[T],
    job_ids: Callable[[T], Sequence[str]],
    *,
    weight: int = 1,
) -> Flow[T]:
    """Run `create` (a flow whose request starts ``weight`` jobs of `kind_name`) once admitted; its slots
    then follow the jobs it started (`job_ids` of its result)."""
    kind = get_job_kind(kind_name)
    lease = yield from admit(kind, weight)
    if lease is None:
        return (yield from create)
    after, ttl = check_after(kind), kind.cadence.timeout
    try:
        result = yield from create
    except errors.HeyGenError as error:
        keep = may_have_acted(error)
        yield Admission("settle", (lease, (), kind.name, after, ttl, keep))
        raise
    except BaseException as interrupt:  # (no waiting here: the flow is being stopped)
        if not _sent_unanswered(interrupt):
            _discard(lease)
        raise
    yield Admission("settle", (lease, tuple(job_ids(result)), kind.name, after, ttl, False))
    return result


def _sent_unanswered(interrupt: BaseException) -> bool:
    """Whether the interrupt cut a create request off after it left (`call`'s report says so)."""
    report = report_of(interrupt)
    return isinstance(report, errors.InterruptReport) and report.in_flight is not None


def _discard(lease: Lease) -> None:
    owner: Any = lease.owner
    if owner is not None:
        owner.discard(lease)
