"""What an interrupt carries: the report of the work it cut short.

An interrupt is anything that stops a call from outside the SDK's own error handling: Ctrl-C
(`KeyboardInterrupt`), an asyncio cancellation, `SystemExit`, or an exception raised by a callback of yours
(``on_progress``). The SDK never swallows one and never replaces it: the flow that was running records
what it had made (ids, resume tokens) in a report, a `HeyGenError` attached to the interrupt, and the
interrupt goes on. `errors.interrupt_report(error)` reads the report; the report's text is also added to the
interrupt as a note, so a traceback shows the ids and how to resume.

**A cancellation never loses a created id.** On the async driver (`drivers.run_async`), a request that
creates something (a `Send` with ``creates``) is shielded from cancellation (`finish_shielded`): if the
task is cancelled while it is in flight, the request is allowed to finish (within its own timeout) and its
response goes to the flow, which records the id as usual; the cancellation is then thrown in at the flow's
next step. If the flow returns first, the `CancelledError` is raised with an `InterruptReport` whose
``result`` is the flow's result (`report_held_result`). An anyio cancel scope (Starlette, FastAPI), which
cancels again at every await, is shielded from meanwhile; a second cancellation of the task itself stops
waiting (the answer is then lost: the report says the request was in flight). Ctrl-C on the blocking driver
cannot be held back this way: the request's answer is lost, and `call` reports the request as in flight.
"""

from __future__ import annotations

import contextlib
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any, Final, TypeVar

if TYPE_CHECKING:
    from ..errors import HeyGenError
    from .flow import Flow

__all__ = [
    "REPORT_ATTRIBUTE",
    "attach_report",
    "finish_shielded",
    "is_interrupt",
    "mark_raised_by_callback",
    "raised_by_callback",
    "report_held_failure",
    "report_held_result",
    "report_of",
    "reporting",
]

T = TypeVar("T")

REPORT_ATTRIBUTE: Final = "heygen_report"
_CALLBACK_ATTRIBUTE: Final = "heygen_raised_by_callback"
_NOTE_PREFIX: Final = "heygen_avatars: "


def is_interrupt(error: BaseException) -> bool:
    """True for what stops a flow from outside (Ctrl-C, cancellation, exit), not for an `Exception`.

    `GeneratorExit` is not one: it is how Python closes a flow, which must then not run again.
    """
    return not isinstance(error, Exception | GeneratorExit)


def mark_raised_by_callback(error: BaseException) -> None:
    """Say that ``error`` came out of a callback of yours (`flow.emit`): even a `HeyGenError` is then yours,
    not a failure of the flow that called it."""
    with contextlib.suppress(AttributeError):  # (an exception type with __slots__)
        setattr(error, _CALLBACK_ATTRIBUTE, True)


def raised_by_callback(error: BaseException) -> bool:
    """Whether ``error`` came out of a callback of yours (`mark_raised_by_callback`)."""
    return getattr(error, _CALLBACK_ATTRIBUTE, False) is True


def report_of(error: BaseException) -> HeyGenError | None:
    """The report attached to ``error`` (None when no SDK call was cut short by it)."""
    report = getattr(error, REPORT_ATTRIBUTE, None)
    from ..errors import HeyGenError

    return report if isinstance(report, HeyGenError) else None


def attach_report(error: BaseException, report: HeyGenError) -> None:
    """Attach ``report`` to ``error`` (an outer flow's report replaces an inner one: it knows more)."""
    previous = report_of(error)
    with contextlib.suppress(AttributeError):  # an exception type with __slots__: the note still tells
        setattr(error, REPORT_ATTRIBUTE, report)
    notes = getattr(error, "__notes__", None)
    if previous is not None and isinstance(notes, list):
        old = _NOTE_PREFIX + str(previous)
        if old in notes:
            notes.remove(old)
    error.add_note(_NOTE_PREFIX + str(report))


def reporting(
    operation: str,
    flow: Flow[T],
    created: Callable[[], Sequence[str]] = tuple,
    resume_tokens: Callable[[], Sequence[str]] = tuple,
) -> Flow[T]:
    """Run ``flow``; an interrupt (or any exception not the SDK's) leaving it carries an `InterruptReport`
    naming ``operation``, what ``created()`` says was made (the ids HeyGen returned so far) and the resume
    tokens of the jobs still running, keeping what an inner report said (a create request found in flight
    by `call`, the ids of an inner step such as a direct upload's announced asset)."""
    from ..errors import HeyGenError, InterruptReport

    try:
        return (yield from flow)
    except BaseException as error:
        if not isinstance(error, HeyGenError | GeneratorExit):
            previous = report_of(error)
            inner = previous if isinstance(previous, InterruptReport) else None
            made = list(created())
            tokens = list(resume_tokens())
            if inner is not None:  # the inner step's own ids and jobs, unless already named here
                made += [item for item in inner.created if item not in made]
                tokens += [item for item in inner.resume_tokens if item not in tokens]
            report = InterruptReport(
                operation,
                created=made,
                resume_tokens=tokens,
                in_flight=None if inner is None else inner.in_flight,
            )
            attach_report(error, report)
        raise


async def finish_shielded(request: Awaitable[Any]) -> tuple[Any, BaseException | None, BaseException | None]:
    """(response, error, held-back cancellation) of a create request that a cancellation lets finish."""
    import asyncio

    import anyio  # (httpx's own dependency)

    task = asyncio.ensure_future(request)
    try:
        return await asyncio.shield(task), None, None
    except asyncio.CancelledError as cancel:
        held: BaseException = cancel
    # an anyio cancel scope (Starlette, FastAPI...) cancels again at every await: shielded from it, only a
    # second cancellation of the task itself stops the wait
    with anyio.CancelScope(shield=True):
        try:
            response = await task  # bounded by the request's own timeout
        except asyncio.CancelledError:  # cancelled again: stop waiting; the answer is lost
            task.cancel()
            raise
        except Exception as exc:  # the create failed anyway: the flow sees its error, then the cancellation
            return None, exc, held
    return response, None, held


def report_held_failure(cancelled: BaseException, failure: BaseException) -> None:
    """A flow failed while its cancellation was held back: a failure that reports progress is its report."""
    from ..errors import AddLooksError, PhotoAvatarWorkflowError

    if isinstance(failure, PhotoAvatarWorkflowError | AddLooksError):
        attach_report(cancelled, failure)


def report_held_result(cancelled: BaseException, result: Any, request: str) -> None:
    """A flow finished while its cancellation was held back: the cancellation carries its result."""
    from ..errors import InterruptReport

    if report_of(cancelled) is None:
        attach_report(cancelled, InterruptReport(f"the call that sent {request}", result=result))
