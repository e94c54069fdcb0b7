"""Progress on stderr for the command line: rich bars on a terminal (``cli`` extra), plain lines otherwise.

A `Reporter` is told about steps, job status changes (`JobSnapshot`s from ``on_progress``), uploads (the
`UploadProgress` of ``on_progress`` / ``on_upload_progress``) and notes. Job times are the client's clock
(HeyGen time: on the mock's fast clock a 5-minute training shows 300 s).
"""

from __future__ import annotations

import contextlib
import importlib.util
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager
from typing import Any, Protocol, TextIO

from ..jobs.snapshot import JobSnapshot
from ..types.assets import UploadProgress

__all__ = ["NullReporter", "PlainReporter", "Reporter", "RichReporter", "human_size", "make_reporter"]


class Reporter(Protocol):
    """Where progress goes."""

    def step(self, title: str) -> None:
        """A new stage begins."""

    def job(self, snapshot: JobSnapshot) -> None:
        """A job reported a status (pass it as a wait's ``on_progress``)."""

    def upload(self, progress: UploadProgress) -> None:
        """A file went further out (pass it as an upload's ``on_progress``)."""

    def note(self, text: str) -> None:
        """A detail worth a line (a file saved, an id made)."""

    def activity(self, label: str) -> AbstractContextManager[None]:
        """Something that takes a while without a status of its own (an upload): shown until it ends."""
        ...

    def close(self) -> None:
        """Stop drawing (bars end)."""


def _short(job_id: str) -> str:
    return job_id if len(job_id) <= 12 else job_id[:10] + "…"


def _describe(snapshot: JobSnapshot) -> str:
    return f"{snapshot.kind} {_short(snapshot.id)}"


def human_size(size: int) -> str:
    """``41.9 MB``, or ``2 KB`` below a megabyte (decimal units, as file managers show them)."""
    return f"{size / 1e6:.1f} MB" if size >= 1e6 else f"{size / 1e3:.0f} KB"


class NullReporter:
    """Reports nothing (``--quiet``, or a library caller that wants silence)."""

    def step(self, title: str) -> None:
        pass

    def job(self, snapshot: JobSnapshot) -> None:
        pass

    def upload(self, progress: UploadProgress) -> None:
        pass

    def note(self, text: str) -> None:
        pass

    def activity(self, label: str) -> AbstractContextManager[None]:
        return contextlib.nullcontext()

    def close(self) -> None:
        pass


class PlainReporter:
    """One line per step, status change and note: readable in logs and CI."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._quarters: dict[tuple[str, int], int] = {}

    def _line(self, text: str) -> None:
        self._stream.write(text + "\n")
        self._stream.flush()

    def step(self, title: str) -> None:
        self._line(f"==> {title}")

    def job(self, snapshot: JobSnapshot) -> None:
        self._line(f"    {_describe(snapshot)}: {snapshot.status or '?'} after {snapshot.elapsed:.0f} s")

    def upload(self, progress: UploadProgress) -> None:
        # a line at 0, 25, 50, 75 and 100 %, per attempt (a retried PUT starts again from 0)
        quarter = 4 * progress.sent // progress.total if progress.total else 4
        key = (progress.filename, progress.attempt)
        if self._quarters.get(key) == quarter:
            return
        self._quarters[key] = quarter
        again = f" (attempt {progress.attempt})" if progress.attempt > 1 else ""
        self._line(
            f"    {progress.filename}: {human_size(progress.sent)} of {human_size(progress.total)} sent "
            f"({100 * progress.fraction:.0f} %){again}"
        )

    def note(self, text: str) -> None:
        self._line(f"    {text}")

    @contextlib.contextmanager
    def activity(self, label: str) -> Iterator[None]:
        self._line(f"==> {label}")
        started = time.monotonic()
        yield
        self._line(f"    done in {time.monotonic() - started:.1f} s")

    def close(self) -> None:
        pass


class RichReporter:
    """A live bar per job (indeterminate while it runs, full when it ends) on a terminal."""

    def __init__(self, stream: TextIO) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn

        self._progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            TextColumn("{task.fields[status]}"),
            TextColumn("[dim]{task.fields[elapsed]}"),
            console=Console(file=stream),
            transient=False,
        )
        self._tasks: dict[tuple[str, str], Any] = {}
        self._progress.start()

    def step(self, title: str) -> None:
        self._progress.console.print(f"[bold cyan]==>[/] [bold]{title}")

    def job(self, snapshot: JobSnapshot) -> None:
        key = (snapshot.kind, snapshot.id)
        fields: dict[str, Any] = {"status": snapshot.status or "?", "elapsed": f"{snapshot.elapsed:.0f} s"}
        if key not in self._tasks:
            self._tasks[key] = self._progress.add_task(_describe(snapshot), total=None, **fields)
        task = self._tasks[key]
        if snapshot.done:
            self._progress.update(task, total=1, completed=1, **fields)
        else:
            self._progress.update(task, **fields)

    def upload(self, progress: UploadProgress) -> None:
        key = ("upload", progress.filename)
        status = f"{human_size(progress.sent)} / {human_size(progress.total)}"
        again = f"attempt {progress.attempt}" if progress.attempt > 1 else ""
        if key not in self._tasks:
            self._tasks[key] = self._progress.add_task(
                f"upload {progress.filename}", total=progress.total or 1, status=status, elapsed=again
            )
        self._progress.update(self._tasks[key], completed=progress.sent, status=status, elapsed=again)

    def note(self, text: str) -> None:
        self._progress.console.print(f"    {text}", highlight=False)

    @contextlib.contextmanager
    def activity(self, label: str) -> Iterator[None]:
        task = self._progress.add_task(label, total=None, status="…", elapsed="")
        started = time.monotonic()
        yield
        elapsed = f"{time.monotonic() - started:.1f} s"
        self._progress.update(task, total=1, completed=1, status="done", elapsed=elapsed)

    def close(self) -> None:
        self._progress.stop()


def make_reporter(stream: TextIO, *, quiet: bool = False) -> Reporter:
    """Rich bars when ``rich`` is installed and ``stream`` is a terminal; plain lines otherwise."""
    if quiet:
        return NullReporter()
    if stream.isatty() and importlib.util.find_spec("rich") is not None:
        return RichReporter(stream)
    return PlainReporter(stream)
