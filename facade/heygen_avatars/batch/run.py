"""A batch run: check the manifest, open its journal, then run every row not finished, under the cap.

`BatchRun(...)` does the local work (reading and checking every row, the journal); `run.flow()` is the
sans-IO flow both clients run (``client.batch`` on `HeyGen` and `AsyncHeyGen`). Rows go in this order:
jobs an earlier run left running (counted under the cap again at once), creates it may have sent
(resolved first), then the rest in manifest order. At most `most` rows are in flight at a time, so
memory follows the jobs in flight, not the manifest; results and progress stream as rows end.
"""

from __future__ import annotations

import heapq
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from .._core.flow import Context, Emit, Flow, FlowContext, Now
from ..errors import HeyGenError, ManifestError
from .checks import check_batch_args, local_files
from .journal import DONE, PENDING, RUNNING, SENDING, Journal, JournalRow
from .manifest import Row, RowProblem, check_rows, digest, read_rows
from .ops import prepare_row
from .results import BatchProgress, BatchSummary, ResultsFile, line_of
from .rows import Outcome, RowEnv, row_flow
from .scheduler import Task, run_many

__all__ = ["BatchRun", "ProgressCallback", "default_journal"]

ProgressCallback = Callable[[BatchProgress], Any]
PROGRESS_EVERY = 1.0
"""Seconds (client clock) between progress reports while nothing finishes."""


def default_journal(manifest: str | os.PathLike[str]) -> Path:
    """Where a manifest's journal goes unless told: next to it, ``<manifest>.journal.sqlite``."""
    path = Path(manifest)
    return path.with_name(path.name + ".journal.sqlite")


Source = str | os.PathLike[str] | Sequence[Mapping[str, Any]]


class BatchRun:
    """One run of a manifest with a client (see the module docstring). Raises `ManifestError`, before
    anything is sent, for bad rows (unless ``skip_invalid``) or rows changed since the journal was written."""

    def __init__(
        self,
        client: Any,
        manifest: Source,
        *,
        journal: str | os.PathLike[str] | None = None,
        out: str | os.PathLike[str] | None = None,
        skip_invalid: bool = False,
        on_progress: ProgressCallback | None = None,
        wait_timeout: float | None = None,
        max_in_flight: int | None = None,
    ) -> None:
        manifest, journal, out, wait_timeout, max_in_flight = check_batch_args(
            manifest, journal, out, skip_invalid, on_progress, wait_timeout, max_in_flight
        )
        is_file = isinstance(manifest, str)
        self.client = client
        self.manifest = manifest
        with local_files("manifest"):
            self.base = Path(manifest).resolve().parent if is_file else Path.cwd()  # type: ignore[arg-type]
            self.rows_read, problems = check_rows(client, manifest, self.base)
        if problems and not skip_invalid:
            raise ManifestError(problems, self.rows_read, source=str(manifest) if is_file else "manifest")
        bad = self._bad = {problem.line for problem in problems}
        if journal is None:
            journal = str(default_journal(manifest)) if is_file else ":memory:"  # type: ignore[arg-type]
        with local_files("journal"):
            self.journal = Journal(journal)
        try:
            with local_files("manifest"):
                changed = self.journal.add_rows(
                    (row.line, str(row.key), str(row.op), digest(row.op, row.args))
                    for row in read_rows(manifest)
                    if not isinstance(row, RowProblem) and row.line not in bad
                )
            if changed:
                problems_changed = [RowProblem(0, None, "journal", text) for text in changed]
                raise ManifestError(problems_changed, self.rows_read, source=str(journal))
            with local_files("out"):
                self.results = ResultsFile(out)
        except BaseException:
            self.journal.close()
            raise
        self.invalid, self._hidden = self._reported_invalid(problems)
        self.on_progress = on_progress
        self.wait_timeout = wait_timeout
        limiter = client.limiter
        cap = limiter.stats()["limit"] if limiter is not None else 10
        self.most = max_in_flight or 2 * cap
        self.total = self.journal.known() - len(self._hidden) + len(self.invalid)
        self.finished = 0  # rows ended in this run
        self.tally = _Tally(self.journal)
        self.started_at = 0.0
        self.now = 0.0
        self._reported: tuple[int, ...] = ()
        self._reported_at = -1.0
        self._context: FlowContext | None = None
        self._queue: Iterator[tuple[JournalRow, Any]] | None = None

    def _reported_invalid(self, problems: list[RowProblem]) -> tuple[list[RowProblem], set[int]]:
        """The bad rows reported ``invalid``, and the journal's rows they replace: a bad row the journal has
        from an earlier run is reported once, ``invalid`` while nothing was sent for it, else as the journal
        has it (what was made: its ids must not be lost)."""
        shown: list[RowProblem] = []
        hidden: set[int] = set()
        for problem in problems:
            try:
                row = self.journal.get(problem.line)
            except KeyError:
                shown.append(problem)
                continue
            if row.state == PENDING and not row.ids and row.token is None:
                shown.append(problem)
                hidden.add(row.line)
        return shown, hidden

    # the rows, in order ------------------------------------------------------------------------------------

    def _rows(self) -> Iterator[tuple[JournalRow, Any]]:
        journal = self.journal
        bad = self._bad

        def runnable() -> Iterator[Row]:
            """The manifest's rows this run may run: a row the journal has but the manifest no longer runs
            (blanked, or invalid and skipped) is left as it stands."""
            for row in read_rows(self.manifest):
                if not isinstance(row, RowProblem) and row.line not in bad:
                    yield row

        def matched(rows: Iterator[JournalRow]) -> Iterator[tuple[JournalRow, Any]]:
            """The journal's `rows` (in line order) the manifest runs, with their arguments."""
            manifest = runnable()
            ahead: Row | None = None  # the manifest's next runnable row (both go in line order)
            for row in rows:
                if ahead is None or ahead.line < row.line:
                    ahead = next((found for found in manifest if found.line >= row.line), None)
                    if ahead is None:
                        return
                if ahead.line == row.line:
                    yield row, ahead.args

        # each state read a page at a time, as rows go in flight: rows earlier runs left unsettled (timed
        # out, unresolved) may be many, and memory must follow the rows in flight
        carried = 0  # the last line of those
        for state in (RUNNING, SENDING):
            for row, args in matched(_all(journal, state)):
                carried = max(carried, row.line)
                yield row, args
        for row, args in matched(_all(journal, PENDING)):
            # a carried row put back in line by this run (a 429): its task has it, or had it (the page
            # was read before it ended)
            if row.line <= carried and (
                row.line in self.tally.states or journal.get(row.line).state != PENDING
            ):
                continue
            yield row, args

    def _next(self) -> Task | None:
        if self._queue is None:
            self._queue = self._rows()
        for row, args in self._queue:
            return self._task(row, args)
        return None

    def _task(self, row: JournalRow, args: Any) -> Task:
        spec, prepared = prepare_row(self.client, row.op, args, self.base)
        attempt = row.attempt + 1 if row.state == PENDING else max(row.attempt, 1)
        key = self.journal.row_key(row._replace(attempt=attempt))
        assert self._context is not None
        context = attrs.evolve(self._context, idempotency_key=key, keys_used=[])
        first = [row.state == PENDING]

        def on_send() -> None:
            self.tally.sending(row.line, new_attempt=first[0])
            first[0] = False

        self.tally.states[row.line] = row.state
        env = RowEnv(self.tally, self._make_job, self.wait_timeout)
        flow = row_flow(row, spec, prepared, args, env)

        def on_done(task: Task, outcome: Outcome | None, error: BaseException | None) -> None:
            self._done(row, outcome, error)

        return Task(flow, on_done, context, on_send)

    def _make_job(self, kind: str, job_id: str, created_at: float | None) -> Any:
        return self.client.jobs.get(kind, job_id, created_at=created_at)

    # as rows end ------------------------------------------------------------------------------------------

    def _done(self, row: JournalRow, outcome: Outcome | None, error: BaseException | None) -> None:
        if error is not None:
            if not isinstance(error, HeyGenError):
                raise error  # a bug: stop; the journal keeps every row as it stands
            outcome = Outcome("error", self.journal.get(row.line).ids, str(error))
        assert outcome is not None
        if outcome.final:
            self.tally.done(row.line, outcome.status, outcome.ids, outcome.error)
        else:
            self.tally.note(row.line, outcome.status, outcome.error)
        self.tally.states.pop(row.line, None)
        self.finished += 1
        self.results.append(line_of(row.key, row.line, row.op, outcome.status, outcome.ids, outcome.error))

    # the flow -----------------------------------------------------------------------------------------------

    def flow(self) -> Flow[BatchSummary]:
        """Run every row not finished; the summary (the results file is complete when it returns)."""
        self._context = yield Context()
        self.started_at = self.now = yield Now()
        throttles = self._throttles()
        try:
            yield from run_many(self._next, self.most, self._tick)
            yield from self._tick(force=True)
        finally:
            self.results.rewrite(self._result_lines())
        counts = self._counts()
        elapsed = (yield Now()) - self.started_at
        return BatchSummary(
            counts=counts,
            total=self.total,
            results=None if self.results.path is None else str(self.results.path),
            journal=self.journal.path,
            elapsed=elapsed,
            throttled=self._throttles() - throttles,
        )

    def _throttles(self) -> int:
        limiter = self.client.limiter
        return int(limiter.stats().get("throttles", 0)) if limiter is not None else 0

    def progress(self) -> BatchProgress:
        counts = self.tally.counts
        succeeded = counts.get("done:succeeded", 0)
        ended = counts.get(DONE, 0) + len(self.invalid)
        running = counts.get(RUNNING, 0)
        queued = max(0, self.total - ended - running)
        elapsed = self.now - self.started_at
        eta = None
        if self.finished and elapsed > 0:
            eta = (self.total - ended) / (self.finished / elapsed)
        return BatchProgress(succeeded, ended - succeeded, running, queued, self.total, eta, elapsed)

    def _tick(self, force: bool = False) -> Flow[None]:
        """Report progress when it changed (at most every `PROGRESS_EVERY` seconds while nothing ends)."""
        if self.on_progress is None:
            return
        self.now = yield Now()
        if not force and self.now - self._reported_at < PROGRESS_EVERY:
            return
        progress = self.progress()
        shown = progress[:4]
        if force or shown != self._reported:
            self._reported, self._reported_at = shown, self.now
            yield Emit(self.on_progress, progress)

    def _result_lines(self) -> Iterator[str]:
        rows = (
            (row.line, line_of(row.key, row.line, row.op, row.status or row.state, row.ids, row.error))
            for row in self.journal.all_rows()
            if row.line not in self._hidden
        )
        invalid = (
            (
                problem.line,
                line_of(
                    problem.key or "", problem.line, "", "invalid", {}, f"{problem.field}: {problem.message}"
                ),
            )
            for problem in self.invalid
        )
        for _, text in heapq.merge(rows, invalid):
            yield text

    def _counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for row in self.journal.all_rows():
            if row.line in self._hidden:
                continue
            status = row.status if row.state == DONE and row.status else (row.status or row.state)
            counts[status] = counts.get(status, 0) + 1
        if self.invalid:
            counts["invalid"] = len(self.invalid)
        return counts

    def close(self) -> None:
        self.results.close()
        self.journal.close()


class _Tally:
    """The journal as the rows write to it, keeping the counts per state up to date in memory (a progress
    report must not scan the journal): it knows the state of the rows in flight only."""

    def __init__(self, journal: Journal) -> None:
        self.journal = journal
        self.counts = journal.counts()
        self.states: dict[int, str] = {}

    def _move(self, line: int, state: str) -> None:
        old = self.states.get(line)
        if old is not None:
            self.counts[old] = self.counts.get(old, 0) - 1
        self.counts[state] = self.counts.get(state, 0) + 1
        self.states[line] = state

    def sending(self, line: int, *, new_attempt: bool) -> None:
        self.journal.sending(line, new_attempt=new_attempt)
        self._move(line, SENDING)

    def running(self, line: int, kind: str | None, job_id: str | None, ids: dict[str, Any]) -> None:
        self.journal.running(line, kind, job_id, ids)
        self._move(line, RUNNING)

    def retry(self, line: int) -> None:
        self.journal.retry(line)
        self._move(line, PENDING)

    def done(self, line: int, status: str, ids: dict[str, Any], error: str | None) -> None:
        self.journal.done(line, status, ids, error)
        self._move(line, DONE)
        self.counts[f"done:{status}"] = self.counts.get(f"done:{status}", 0) + 1

    def note(self, line: int, status: str, error: str | None) -> None:
        self.journal.note(line, status, error)

    def progress(self, line: int, token: str, ids: dict[str, Any]) -> None:
        self.journal.progress(line, token, ids)


def _all(journal: Journal, state: str) -> Iterator[JournalRow]:
    after = 0
    while True:
        page = journal.rows([state], after)
        if not page:
            return
        yield from page
        after = page[-1].line
