"""What every command shares: how it is declared (`command`, `group`), ``--wait``/``--timeout``, and the
upload progress of a call that sends local files."""

from __future__ import annotations

import argparse
import contextlib
import math
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from ..._client import HeyGen
from ..._core.interrupts import attach_report
from ...errors import HeyGenError, InputValidationError, InterruptReport, interrupt_report
from ...jobs.handles import Job
from ...jobs.waiting import DEFAULT, WaitTimeout
from ...types.assets import UploadProgress
from ..progress import Reporter, human_size

__all__ = [
    "Handler",
    "Subparsers",
    "add_wait",
    "command",
    "finish",
    "flags",
    "group",
    "made_before_failure",
    "made_before_interrupt",
    "seconds",
    "timeout_of",
    "upload_progress",
    "uploading",
]

Handler = Callable[[HeyGen, argparse.Namespace, Reporter], Any]
Subparsers = Any  # argparse's _SubParsersAction is private


def timeout_of(args: argparse.Namespace) -> WaitTimeout:
    seconds: float | None = getattr(args, "timeout", None)
    return DEFAULT if seconds is None else seconds


def finish(job: Job[Any], args: argparse.Namespace, reporter: Reporter) -> Any:
    """The job itself (id, status, resume token), or with ``--wait`` its result once it is done."""
    if not args.wait:
        return job
    return job.result(timeout=timeout_of(args), on_progress=reporter.job)


@contextlib.contextmanager
def made_before_interrupt(operation: str, *created: str) -> Iterator[None]:
    """A step after the command made something: Ctrl-C during it still names what the command had made, so
    that `print_interrupted` shows it (added to the report of an SDK call it cut short, if any)."""
    try:
        yield
    except KeyboardInterrupt as interrupt:
        report = interrupt_report(interrupt)
        if report is None:
            attach_report(interrupt, InterruptReport(operation, created=created))
        elif isinstance(report, InterruptReport):
            made = [item for item in created if item not in report.created]
            attach_report(interrupt, _with_created(report, created=(*made, *report.created)))
        raise


@contextlib.contextmanager
def made_before_failure(*created: str) -> Iterator[None]:
    """A step after the command made something (a wait, a download): an SDK error in it names what was
    made (a note on the error, which `print_error` prints), so that no id is lost."""
    try:
        yield
    except HeyGenError as error:
        error.add_note(f"already created: {', '.join(created)}")
        raise


def _with_created(report: InterruptReport, *, created: tuple[str, ...]) -> InterruptReport:
    """`report` with `created` instead of its own list (InterruptReport is a plain exception class)."""
    return InterruptReport(
        report.operation,
        created=created,
        resume_tokens=report.resume_tokens,
        in_flight=report.in_flight,
        result=report.result,
    )


def _local(sources: tuple[str | None, ...]) -> list[str]:
    return [s for s in sources if s and not s.startswith(("https://", "http://")) and Path(s).is_file()]


def _label(local: list[str]) -> str:
    size = sum(Path(s).stat().st_size for s in local)
    return f"uploading {', '.join(local)} ({human_size(size)})"


def uploading(reporter: Reporter, *sources: str | None) -> AbstractContextManager[None]:
    """Progress while local files are uploaded inside a call (URLs and ids upload nothing)."""
    local = _local(sources)
    if not local:
        return contextlib.nullcontext()
    return reporter.activity(_label(local))


def upload_progress(reporter: Reporter, source: str | None) -> Callable[[UploadProgress], None] | None:
    """For a call that uploads one local file and reports how far: announce it and return the callback
    that draws its progress (None for a URL or an id: nothing to upload)."""
    local = _local((source,))
    if not local:
        return None
    reporter.step(_label(local))
    return reporter.upload


def seconds(text: str) -> float:
    """A ``--timeout``: finite seconds >= 0, refused by the parser (exit 2) before any job is created (the
    SDK's wait refuses inf too, but only once the job exists)."""
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if not (value >= 0 and math.isfinite(value)):
        raise argparse.ArgumentTypeError(f"must be seconds >= 0, got {text!r}")
    return value


def add_wait(parser: argparse.ArgumentParser) -> None:
    """``--wait`` and ``--timeout``; the command's check refuses a ``--timeout`` without ``--wait`` (it
    would be ignored: no command waits without ``--wait``)."""
    parser.add_argument("--wait", action="store_true", help="wait until the job is done, showing progress")
    parser.add_argument(
        "--timeout",
        type=seconds,
        metavar="SECONDS",
        help="with --wait: give up waiting after this long (exit 4; the job keeps running). "
        "Default: the job's own",
    )
    check: Callable[[argparse.Namespace], None] | None = parser.get_default("check")

    def check_wait(args: argparse.Namespace) -> None:
        if args.timeout is not None and not args.wait:
            raise InputValidationError("--timeout", "needs --wait (without it nothing is waited for)")
        if check is not None:
            check(args)

    parser.set_defaults(check=check_wait)


def command(
    subparsers: Subparsers,
    name: str,
    handler: Handler,
    help_text: str,
    common: argparse.ArgumentParser,
    check: Callable[[argparse.Namespace], None] | None = None,
) -> argparse.ArgumentParser:
    """A command; `check` refuses bad input before the client is made (so no key is needed to hear it)."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        name, help=help_text, description=help_text, parents=[common]
    )
    parser.set_defaults(handler=handler, check=check, command_parser=parser)
    return parser


def flags(parser: argparse.ArgumentParser) -> dict[str, str]:
    """A command's flags by the SDK field they fill: their argparse dest (``max_items``: ``--max-items``),
    or a dest's other SDK name in the ``sdk_names`` default (``{"to": "download"}``)."""
    found = {
        action.dest: long[0]
        for action in parser._actions
        if (long := [option for option in action.option_strings if option.startswith("--")])
    }
    aliases: dict[str, str] = parser.get_default("sdk_names") or {}
    found.update({sdk: found[dest] for sdk, dest in aliases.items() if dest in found})
    return found


def group(subparsers: Subparsers, name: str, help_text: str) -> Subparsers:
    parser = subparsers.add_parser(name, help=help_text, description=help_text)
    inner = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    return inner
