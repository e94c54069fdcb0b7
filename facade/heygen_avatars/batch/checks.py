"""The arguments of ``client.batch``, checked before any file is opened or request sent (pure checks), and
the local files turned into errors naming the argument (`local_files`)."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, Final

from .._core import validation as check
from ..errors import InputValidationError

__all__ = ["MAX_IN_FLIGHT", "check_batch_args", "local_files"]

MAX_IN_FLIGHT: Final = 10_000
"""Rows in progress at once, at most (each holds its flow in memory)."""


def check_batch_args(
    manifest: object,
    journal: object,
    out: object,
    skip_invalid: object,
    on_progress: object,
    wait_timeout: object,
    max_in_flight: object,
) -> tuple[str | Sequence[Mapping[str, Any]], str | None, str | None, float | None, int | None]:
    """(manifest, journal, out, wait_timeout, max_in_flight), checked; refused with the field named."""
    if isinstance(manifest, Sequence) and not isinstance(manifest, str | bytes | bytearray):
        rows: str | Sequence[Mapping[str, Any]] = manifest
    else:
        path = check.check_path("manifest", manifest) if not isinstance(manifest, bytes | bytearray) else None
        if path is None:
            raise InputValidationError("manifest", "expected a JSON Lines file's path or a list of rows")
        rows = path
    check.check_bool("skip_invalid", skip_invalid)
    check.check_callback("on_progress", on_progress, "a BatchProgress")
    seconds = check.optional_seconds("wait_timeout", wait_timeout, "each job kind's own")
    if max_in_flight is not None and (
        isinstance(max_in_flight, bool)
        or not isinstance(max_in_flight, int)
        or not 1 <= max_in_flight <= MAX_IN_FLIGHT
    ):
        raise InputValidationError(
            "max_in_flight", f"must be an integer from 1 to {MAX_IN_FLIGHT}, or None", value=max_in_flight
        )
    return rows, check.check_path("journal", journal), check.check_path("out", out), seconds, max_in_flight


@contextlib.contextmanager
def local_files(field: str) -> Iterator[None]:
    """Turn a failure to read or write a local file into an `InputValidationError` naming ``field``."""
    try:
        yield
    except (OSError, UnicodeDecodeError, sqlite3.Error) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        raise InputValidationError(
            field, f"cannot use {getattr(error, 'filename', None) or 'it'}: {reason}"
        ) from None
