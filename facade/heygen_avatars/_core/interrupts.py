"""What an interrupt carries: the report of the work it cut short.

An interrupt is anything that stops a call from outside the SDK's own error handling: Ctrl-C
(`KeyboardInterrupt`), an asyncio cancellation, `SystemExit`, or an exception raised by a callback of yours
(``on_progress``). The SDK never swallows one and never replaces it: the flow that was running records
what it had made (ids, resume tokens) in a report, a `HeyGenError` attached to the interrupt, and the
interrupt goes on. `errors.interrupt_report(error)` reads the report; the report's text is also added to the
interrupt as a note, so a traceback shows the ids and how to resume.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Final, TypeVar

if TYPE_CHECKING:
    from ..errors import HeyGenError
    from .flow import Flow

__all__ = ["REPORT_ATTRIBUTE", "attach_report", "is_interrupt", "report_of", "reporting"]

T = TypeVar("T")

REPORT_ATTRIBUTE: Final = "heygen_report"
_NOTE_PREFIX: Final = "heygen_avatars: "


def is_interrupt(error: BaseException) -> bool:
    """True for what stops a flow from outside (Ctrl-C, cancellation, exit), not for an `Exception`.

    `GeneratorExit` is not one: it is how Python closes a flow, which must then not run again.
    """
    return not isinstance(error, Exception | GeneratorExit)


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
    tokens of the jobs still running, keeping a create request found in flight by `call`."""
    from ..errors import HeyGenError, InterruptReport

    try:
        return (yield from flow)
    except BaseException as error:
        if not isinstance(error, HeyGenError | GeneratorExit):
            previous = report_of(error)
            in_flight = previous.in_flight if isinstance(previous, InterruptReport) else None
            report = InterruptReport(
                operation, created=created(), resume_tokens=resume_tokens(), in_flight=in_flight
            )
            attach_report(error, report)
        raise
