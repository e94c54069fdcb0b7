"""A batch manifest: JSON Lines, one job per line, ``{"key": "<your row id>", "op": "<namespace.method>",
"args": {...}}``, read and checked in full before anything is sent.

Every problem is collected, not just the first: each names the row's line, its key and the field
(``key``, ``op``, ``args.<name>``). Keys must be unique non-empty strings: they name the row in the
results and in the journal. Blank lines are skipped. Reading streams the file: memory grows with the
number of bad rows and the set of keys, not with the rows' arguments.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, NamedTuple

from ..errors import InputValidationError
from .ops import OpSpec, Prepared, prepare_row

__all__ = ["Row", "RowProblem", "check_rows", "digest", "read_rows"]

MAX_KEY_LENGTH = 200


class Row(NamedTuple):
    """One manifest line, parsed (not checked)."""

    line: int
    key: Any
    op: Any
    args: Any


class RowProblem(NamedTuple):
    """Why one row was refused."""

    line: int
    key: str | None
    field: str
    message: str

    def __str__(self) -> str:
        key = "" if self.key is None else f", key {self.key!r}"
        return f"line {self.line}{key}: {self.field}: {self.message}"


def digest(op: object, args: object) -> str:
    """A row's fingerprint: a journal refuses to resume a row whose op or arguments changed."""
    text = json.dumps({"op": op, "args": args}, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def read_rows(source: str | os.PathLike[str] | Iterable[Mapping[str, Any]]) -> Iterator[Row | RowProblem]:
    """The rows of a manifest file (JSON Lines) or of a list of dicts (a `RowProblem` for a bad line)."""
    if isinstance(source, str | os.PathLike):
        with open(source, encoding="utf-8") as lines:
            for number, text in enumerate(lines, 1):
                if not text.strip():
                    continue
                try:
                    value = json.loads(text)
                except ValueError as error:
                    yield RowProblem(number, None, "line", f"not JSON ({error})")
                    continue
                yield _row(number, value)
        return
    for number, value in enumerate(source, 1):
        yield _row(number, value)


def _row(number: int, value: object) -> Row | RowProblem:
    if not isinstance(value, Mapping):
        return RowProblem(number, None, "line", 'expected a JSON object {"key", "op", "args"}')
    extra = sorted(set(value) - {"key", "op", "args"})
    if extra:
        key = value.get("key")
        return RowProblem(
            number,
            key if isinstance(key, str) else None,
            extra[0],
            'unexpected; a row has "key", "op" and "args"',
        )
    return Row(number, value.get("key"), value.get("op"), value.get("args", {}))


class Checked(NamedTuple):
    row: Row
    spec: OpSpec
    prepared: Prepared


def check_row(client: Any, row: Row, base: Path) -> Checked | RowProblem:
    """One row checked: its key, its op and its arguments (no request)."""
    key = row.key
    if not isinstance(key, str) or not key.strip() or len(key) > MAX_KEY_LENGTH:
        return RowProblem(
            row.line, None, "key", f"expected a non-empty string of at most {MAX_KEY_LENGTH} characters"
        )
    try:
        spec, prepared = prepare_row(client, row.op, row.args, base)
    except InputValidationError as error:
        return RowProblem(row.line, key, error.field, str(error)[len(error.field) + 2 :])
    return Checked(row, spec, prepared)


def check_rows(
    client: Any, source: str | os.PathLike[str] | Iterable[Mapping[str, Any]], base: Path
) -> tuple[int, list[RowProblem]]:
    """Check every row of a manifest; (rows read, every problem). Keys must be unique."""
    seen: dict[str, int] = {}
    problems: list[RowProblem] = []
    count = 0
    for item in read_rows(source):
        count += 1
        if isinstance(item, RowProblem):
            problems.append(item)
            continue
        checked = check_row(client, item, base)
        if isinstance(checked, RowProblem):
            problems.append(checked)
            continue
        first = seen.setdefault(item.key, item.line)
        if first != item.line:
            problems.append(
                RowProblem(item.line, item.key, "key", f"duplicate: line {first} has the same key")
            )
    return count, problems
