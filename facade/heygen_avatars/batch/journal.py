"""The batch journal: one SQLite file (standard library) holding each manifest row's state and ids.

A row is written before its create is sent (``sending``, with the attempt whose Idempotency-Key it
carries), after HeyGen answers (``running``, with every id), and when its job ends (``done``, with the
final status). Each write is its own committed transaction in WAL mode, so a process killed at any
moment (``kill -9``) leaves the journal as of its last write; the same command then resumes: ``done``
rows are not redone, ``running`` jobs are picked up by their ids, and a ``sending`` row is resolved
(sent again with the same key, or looked up) before anything else is sent for it. WAL with
``synchronous=NORMAL`` survives the process dying; an operating-system crash may lose the last writes.

The journal keeps no secret: rows hold the manifest's keys and ops, a digest of their arguments (a row
changed since the first run is refused), ids, statuses and error messages (redacted).
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Final, NamedTuple

from .._core.redact import redact

__all__ = ["DONE", "RUNNING", "SENDING", "Journal", "JournalRow"]

PENDING: Final = "pending"
SENDING: Final = "sending"
RUNNING: Final = "running"
DONE: Final = "done"
_SCHEMA = 1

_CREATE = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS rows (
    line INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    op TEXT NOT NULL,
    digest TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending',
    attempt INTEGER NOT NULL DEFAULT 0,
    sent_at REAL,
    kind TEXT,
    job_id TEXT,
    ids TEXT,
    status TEXT,
    error TEXT,
    token TEXT,
    updated_at REAL
);
CREATE INDEX IF NOT EXISTS rows_by_state ON rows (state, line);
"""


class JournalRow(NamedTuple):
    """One manifest row as the journal knows it."""

    line: int
    key: str
    op: str
    digest: str
    state: str
    attempt: int
    sent_at: float | None
    kind: str | None
    job_id: str | None
    ids: dict[str, Any]
    status: str | None
    error: str | None
    token: str | None


_COLUMNS = "line, key, op, digest, state, attempt, sent_at, kind, job_id, ids, status, error, token"


def _row(values: Sequence[Any]) -> JournalRow:
    (line, key, op, digest, state, attempt, sent_at, kind, job_id, ids, status, error, token) = values
    return JournalRow(
        line, key, op, digest, state, attempt, sent_at, kind, job_id, json.loads(ids) if ids else {},
        status, error, token,
    )  # fmt: skip


class Journal:
    """A batch's journal on disk (``":memory:"``: one in memory, nothing to resume)."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_CREATE)
        self.writes = 0
        found = dict(self._db.execute("SELECT name, value FROM meta").fetchall())
        if not found:
            self.run_id = secrets.token_hex(4)
            self._db.executemany(
                "INSERT INTO meta VALUES (?, ?)",
                [("schema", str(_SCHEMA)), ("run_id", self.run_id), ("created_at", repr(time.time()))],
            )
        else:
            self.run_id = found["run_id"]

    def close(self) -> None:
        self._db.close()

    # the manifest's rows ------------------------------------------------------------------------------

    def known(self) -> int:
        (count,) = self._db.execute("SELECT count(*) FROM rows").fetchone()
        return int(count)

    def add_rows(self, rows: Iterator[tuple[int, str, str, str]]) -> list[str]:
        """Record the manifest's rows (line, key, op, digest); rows already known must match. Returns one
        message per row that changed since the journal was written (nothing is written then)."""
        changed: list[str] = []
        cursor = self._db.cursor()
        cursor.execute("BEGIN")
        try:
            for line, key, op, digest in rows:
                known = cursor.execute("SELECT line, op, digest FROM rows WHERE key = ?", (key,)).fetchone()
                if known is None:
                    cursor.execute(
                        "INSERT INTO rows (line, key, op, digest, updated_at) VALUES (?, ?, ?, ?, ?)",
                        (line, key, op, digest, time.time()),
                    )
                # (moved rows too: a resumed row finds its arguments by its line in the manifest)
                elif known[0] != line or known[1] != op or known[2] != digest:
                    changed.append(
                        f"line {line}, key {key!r}: the row changed since this journal was written (it was "
                        f"line {known[0]}, op {known[1]!r}); use a new journal, or restore the row"
                    )
        except sqlite3.IntegrityError as error:  # a line number taken by another key: the manifest moved
            cursor.execute("ROLLBACK")
            return [f"the manifest's rows moved since this journal was written ({error})"]
        cursor.execute("ROLLBACK" if changed else "COMMIT")
        return changed

    def rows(self, states: Sequence[str], after: int = 0, limit: int = 256) -> list[JournalRow]:
        """Rows in one of `states`, in manifest order, after line `after` (a page of at most `limit`)."""
        marks = ", ".join("?" * len(states))
        found = self._db.execute(
            f"SELECT {_COLUMNS} FROM rows WHERE state IN ({marks}) AND line > ? ORDER BY line LIMIT ?",
            (*states, after, limit),
        ).fetchall()
        return [_row(values) for values in found]

    def all_rows(self) -> Iterator[JournalRow]:
        """Every row in manifest order, a page at a time (memory stays flat)."""
        after = 0
        while True:
            page = self._db.execute(
                f"SELECT {_COLUMNS} FROM rows WHERE line > ? ORDER BY line LIMIT 1000", (after,)
            ).fetchall()
            if not page:
                return
            for values in page:
                yield _row(values)
            after = page[-1][0]

    def counts(self) -> dict[str, int]:
        """Rows per state, and per final status for the done ones (``done:<status>``)."""
        counts: dict[str, int] = {}
        for state, status, count in self._db.execute(
            "SELECT state, status, count(*) FROM rows GROUP BY state, status"
        ):
            counts[state] = counts.get(state, 0) + count
            if state == DONE:
                counts[f"done:{status}"] = count
        return counts

    def row_key(self, row: JournalRow) -> str:
        """The base of the Idempotency-Keys of `row`'s current attempt: the same after a restart, a new
        one for a new attempt (1-255 characters from A-Za-z0-9_:.-, as HeyGen takes)."""
        return f"hgb.{self.run_id}.{row.line}.{max(row.attempt, 1)}"

    # state changes (each one committed) ---------------------------------------------------------------

    def _write(self, sql: str, values: Sequence[Any]) -> None:
        """One committed change; `values` end with the row's line (``updated_at = ?`` comes just before
        ``WHERE line = ?`` in every statement)."""
        *fields, line = values
        self._db.execute(sql, (*fields, time.time(), line))
        self.writes += 1

    def sending(self, line: int, *, new_attempt: bool) -> None:
        """Before a create is sent: from now on, HeyGen may have acted on it. ``sent_at`` is the first send
        of the attempt (its Idempotency-Key lives 24 hours from then); a new attempt has a new key."""
        bump, since = ("attempt + 1", "?") if new_attempt else ("max(attempt, 1)", "coalesce(sent_at, ?)")
        self._write(
            f"UPDATE rows SET state = 'sending', attempt = {bump}, sent_at = {since}, updated_at = ? "
            "WHERE line = ?",
            (time.time(), line),
        )

    def running(self, line: int, kind: str | None, job_id: str | None, ids: dict[str, Any]) -> None:
        """After HeyGen answered: what it made, and the job to wait for."""
        self._write(
            "UPDATE rows SET state = 'running', kind = ?, job_id = ?, ids = ?, updated_at = ? WHERE line = ?",
            (kind, job_id, json.dumps(ids, sort_keys=True), line),
        )

    def progress(self, line: int, token: str, ids: dict[str, Any]) -> None:
        """A workflow row's resume token and the ids made so far."""
        self._write(
            "UPDATE rows SET token = ?, ids = ?, updated_at = ? WHERE line = ?",
            (token, json.dumps(ids, sort_keys=True), line),
        )

    def note(self, line: int, status: str, error: str | None) -> None:
        """How a row stands after a run that could not finish it (its state is kept for the next run)."""
        text = None if error is None else redact(error)
        self._write(
            "UPDATE rows SET status = ?, error = ?, updated_at = ? WHERE line = ?", (status, text, line)
        )

    def retry(self, line: int) -> None:
        """The create certainly made nothing (refused before acting): the next try is a new attempt."""
        self._write("UPDATE rows SET state = 'pending', updated_at = ? WHERE line = ?", (line,))

    def done(
        self, line: int, status: str, ids: dict[str, Any] | None = None, error: str | None = None
    ) -> None:
        """The row is finished (its job ended, or it cannot go on without a person)."""
        text = None if error is None else redact(error)
        if ids is None:
            self._write(
                "UPDATE rows SET state = 'done', status = ?, error = ?, updated_at = ? WHERE line = ?",
                (status, text, line),
            )
        else:
            self._write(
                "UPDATE rows SET state = 'done', status = ?, error = ?, ids = ?, updated_at = ? "
                "WHERE line = ?",
                (status, text, json.dumps(ids, sort_keys=True), line),
            )

    def get(self, line: int) -> JournalRow:
        values = self._db.execute(f"SELECT {_COLUMNS} FROM rows WHERE line = ?", (line,)).fetchone()
        if values is None:
            raise KeyError(line)
        return _row(values)
