"""``batch``: run a manifest of jobs under the concurrency cap, resumable after any crash.

    heygen-avatars batch videos.jsonl --out results.jsonl [--journal run.sqlite] [--skip-invalid]

Every row is checked first (bad rows are listed, exit 2, nothing sent). One progress bar on stderr (done,
failed, running, queued, ETA); the summary on stdout. Running the same command again after a crash or
Ctrl-C resumes from the journal. Exit: 0 every row succeeded, 1 some did not, 2 a bad manifest, 130
interrupted.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from typing import Any, TextIO

from ...batch.results import BatchProgress
from ...errors import HeyGenError
from ..connect import connect
from ..output import EXIT_ERROR, EXIT_OK, exit_code, print_error, print_result
from .common import Subparsers

__all__ = ["add_batch"]


def _eta(seconds: float | None) -> str:
    if seconds is None:
        return "ETA ?"
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"ETA {hours}:{minutes:02d}:{secs:02d}" if hours else f"ETA {minutes}:{secs:02d}"


def _describe(p: BatchProgress) -> str:
    return f"{p.done} done, {p.failed} failed, {p.running} running, {p.queued} queued, {_eta(p.eta)}"


class PlainBar:
    """Progress as a line now and then (logs, CI, pipes): at most one a second, and the last one."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._last = 0.0
        self._pending: BatchProgress | None = None

    def __call__(self, progress: BatchProgress) -> None:
        self._pending = progress
        if time.monotonic() - self._last >= 1.0:
            self._flush()

    def _flush(self) -> None:
        if self._pending is not None:
            p = self._pending
            self._stream.write(f"[{p.done + p.failed}/{p.total}] {_describe(p)}\n")
            self._stream.flush()
            self._last, self._pending = time.monotonic(), None

    def close(self) -> None:
        self._flush()


class RichBar:
    """One rich progress bar on a terminal."""

    def __init__(self, stream: TextIO) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        self._progress = Progress(
            TextColumn("[bold]batch"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[detail]}"),
            console=Console(file=stream), transient=False,
        )  # fmt: skip
        self._task = self._progress.add_task("batch", total=None, detail="checking the manifest")
        self._progress.start()

    def __call__(self, progress: BatchProgress) -> None:
        self._progress.update(
            self._task,
            total=progress.total,
            completed=progress.done + progress.failed,
            detail=_describe(progress),
        )

    def close(self) -> None:
        self._progress.stop()


def _bar(stream: TextIO, quiet: bool) -> Any:
    if quiet:
        return None
    if stream.isatty() and importlib.util.find_spec("rich") is not None:
        return RichBar(stream)
    return PlainBar(stream)


def _run(args: argparse.Namespace, mock: Any) -> int:
    as_json = bool(getattr(args, "json", False))
    bar = None
    try:
        client, _ = connect(
            use_mock=bool(getattr(args, "mock", False)),
            api_key=getattr(args, "api_key", None),
            mock=mock,
            max_concurrent_jobs=args.max_concurrent_jobs,
        )
        bar = _bar(sys.stderr, bool(getattr(args, "quiet", False)))
        with client:
            summary = client.batch(
                args.manifest, out=args.out, journal=args.journal, skip_invalid=args.skip_invalid,
                on_progress=bar, wait_timeout=args.wait_timeout,
            )  # fmt: skip
    except HeyGenError as error:
        if bar is not None:
            bar.close()
        print_error(error, sys.stderr, as_json=as_json, prog="heygen-avatars batch")
        return exit_code(error)
    except KeyboardInterrupt:
        if bar is not None:
            bar.close()
        sys.stderr.write("interrupted: run the same command again to resume\n")
        return 130
    if bar is not None:
        bar.close()
    print_result(
        {
            "counts": summary.counts,
            "total": summary.total,
            "results": summary.results,
            "journal": summary.journal,
        },
        sys.stdout,
        as_json=as_json,
    )
    return EXIT_OK if summary.ok else EXIT_ERROR


def add_batch(subparsers: Subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "batch",
        help="run a manifest of jobs (JSON Lines) under the concurrency cap, resumable",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[common],
    )
    parser.add_argument(
        "manifest", help='JSON Lines: {"key": ..., "op": "videos.create", "args": {...}} per line'
    )
    parser.add_argument("--out", metavar="RESULTS.jsonl", help="write one result line per row here")
    parser.add_argument(
        "--journal", metavar="PATH", help="the SQLite journal (default: MANIFEST.journal.sqlite beside it)"
    )
    parser.add_argument(
        "--skip-invalid",
        action="store_true",
        help="run the good rows even if some are bad (bad ones are reported)",
    )
    parser.add_argument(
        "--max-concurrent-jobs", type=int, metavar="N",
        help="paid jobs at once (default: HEYGEN_MAX_CONCURRENT_JOBS, else 10)",
    )  # fmt: skip
    parser.add_argument(
        "--wait-timeout", type=float, metavar="SECONDS", help="give up waiting for one job after this long"
    )
    parser.set_defaults(run=_run)
