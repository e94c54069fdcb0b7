"""What a batch reports: one results line per row, the counts a progress bar shows, the final summary.

A results line is JSON: ``{"key", "line", "op", "status", "ids", "error"}``. ``status`` is one of
``succeeded``, ``failed`` (the job failed), ``action_required`` (a digital twin waits for consent),
``error`` (HeyGen refused the create), ``unresolved`` (a create may have reached HeyGen and could not be
settled yet), ``timed_out`` (its job is still running), ``invalid`` (a bad row, with ``--skip-invalid``),
and, for rows not reached when a run stops, ``pending`` / ``running``. ``ids`` holds every id made.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any, NamedTuple

__all__ = ["BatchProgress", "BatchSummary", "ResultsFile"]


class BatchProgress(NamedTuple):
    """Where a batch stands (what ``on_progress`` receives): rows ``done`` (succeeded), ``failed`` (any
    other end), ``running`` (job made, not ended), ``queued`` (not created yet), the ``total``, and the
    estimated seconds left on the client's clock (None until a row has finished)."""

    done: int
    failed: int
    running: int
    queued: int
    total: int
    eta: float | None
    elapsed: float


class BatchSummary(NamedTuple):
    """The end of a batch run: rows per status (over the whole manifest, earlier runs included), where the
    results and the journal are, and how many 429s this run met."""

    counts: dict[str, int]
    total: int
    results: str | None
    journal: str
    elapsed: float
    throttled: int = 0

    @property
    def ok(self) -> bool:
        """Every row succeeded."""
        return self.counts.get("succeeded", 0) == self.total


def line_of(key: str, line: int, op: str, status: str, ids: Any, error: str | None) -> str:
    return json.dumps(
        {"key": key, "line": line, "op": op, "status": status, "ids": ids, "error": error},
        sort_keys=True,
        separators=(",", ":"),
    )


class ResultsFile:
    """RESULTS.jsonl: a line per row as it finishes, then, at the end of the run, the whole file again in
    manifest order (every row, earlier runs included), written to a temporary file and moved in place."""

    def __init__(self, path: str | os.PathLike[str] | None) -> None:
        self.path = None if path is None else Path(path)
        self._stream: IO[str] | None = None
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._stream = open(self.path, "a", encoding="utf-8")  # noqa: SIM115 - open until close()

    def append(self, text: str) -> None:
        if self._stream is not None:
            self._stream.write(text + "\n")
            self._stream.flush()

    def rewrite(self, lines: Iterable[str]) -> None:
        if self.path is None:
            return
        self.close()
        handle, temporary = tempfile.mkstemp(prefix=".results-", dir=self.path.parent, text=True)
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            for text in lines:
                out.write(text + "\n")
        os.replace(temporary, self.path)

    def close(self) -> None:
        if self._stream is not None:
            self._stream.close()
            self._stream = None
