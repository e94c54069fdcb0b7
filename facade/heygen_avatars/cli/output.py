"""What the `heygen-avatars` command prints: results as JSON or as short text, errors, exit codes.

Results go to stdout (with ``--json``: one JSON document and nothing else); progress and errors go to
stderr. Exit codes follow HeyGen's own CLI: 0 ok, 1 error, 2 usage, 3 auth, 4 timeout; 130 Ctrl-C.
"""

from __future__ import annotations

import enum
import json
import shlex
from collections.abc import Mapping, Sequence
from datetime import datetime
from types import MappingProxyType
from typing import Any, TextIO

import attrs

from ..errors import (
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    HeyGenError,
    InputValidationError,
    InterruptReport,
    MissingAPIKeyError,
    PhotoAvatarWorkflowError,
    WaitTimeoutError,
    interrupt_report,
)
from ..jobs.handles import AsyncJob, Job
from ..jobs.snapshot import JobSnapshot

__all__ = [
    "EXIT_AUTH",
    "EXIT_ERROR",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_TIMEOUT",
    "EXIT_USAGE",
    "PROG",
    "exit_code",
    "jsonable",
    "print_interrupted",
]

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_AUTH = 3
EXIT_TIMEOUT = 4
EXIT_INTERRUPTED = 130
"""128 + SIGINT, as shells report a process stopped by Ctrl-C."""
PROG = "heygen-avatars"
"""The command, as the next steps an error suggests spell it."""


def exit_code(error: BaseException) -> int:
    """The exit code for an error: usage 2, auth 3, timeout 4, anything else 1."""
    if isinstance(error, InputValidationError):
        return EXIT_USAGE
    if isinstance(error, MissingAPIKeyError | AuthenticationError):
        return EXIT_AUTH
    if isinstance(error, WaitTimeoutError | APITimeoutError):
        return EXIT_TIMEOUT
    return EXIT_ERROR


def jsonable(value: Any) -> Any:
    """A JSON-ready copy of a result: models by their fields (not ``raw``), jobs by id, status and token."""
    if isinstance(value, Job | AsyncJob):
        return {
            "kind": value.kind,
            "id": value.id,
            "status": value.status,
            "resume_token": value.resume_token(),
        }
    if isinstance(value, JobSnapshot):
        return {"kind": value.kind, "id": value.id, "status": value.status, "state": value.state.value}
    if attrs.has(type(value)):
        return {
            field.name: jsonable(getattr(value, field.name))
            for field in attrs.fields(type(value))
            if field.name != "raw"
        }
    if isinstance(value, Mapping | MappingProxyType):
        return {str(key): jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [jsonable(item) for item in value]
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def _text(value: Any, indent: str = "") -> list[str]:
    """Short human text: ``key: value`` lines, nested objects indented, empty values left out."""
    data = jsonable(value)
    if isinstance(data, list):
        return _rows(data, indent)
    if not isinstance(data, dict):
        return [f"{indent}{data}"]
    lines: list[str] = []
    for key, item in data.items():
        if item in (None, "", [], {}):
            continue
        if isinstance(item, dict | list):
            lines.append(f"{indent}{key}:")
            lines.extend(_text(item, indent + "  "))
        else:
            lines.append(f"{indent}{key}: {item}")
    return lines


def _rows(items: list[Any], indent: str) -> list[str]:
    """A list: one line per item with its id, name and status when it has them."""
    if not items:
        return [f"{indent}(none)"]
    lines = []
    for item in items:
        if isinstance(item, dict) and "id" in item:
            parts = [str(item["id"])]
            parts += [str(item[k]) for k in ("name", "status", "language", "gender") if item.get(k)]
            lines.append(indent + "  ".join(parts))
        else:
            lines.append(f"{indent}{item}")
    return lines


def print_result(value: Any, out: TextIO, *, as_json: bool) -> None:
    """Print a command's result on stdout."""
    if as_json:
        out.write(json.dumps(jsonable(value), indent=2, sort_keys=True) + "\n")
    else:
        out.write("\n".join(_text(value)) + "\n")


def error_payload(error: BaseException, flags: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The JSON form of an error (``--json``): its type, message and what helps to act on it (``option``:
    the command's flag for the SDK ``field`` refused, when `flags` has it)."""
    payload: dict[str, Any] = {"type": type(error).__name__, "message": str(error)}
    if isinstance(error, APIStatusError):
        payload.update(status_code=error.status_code, code=error.code, request_id=error.request_id)
    if isinstance(error, InputValidationError):
        payload["field"] = error.field
        if flags and error.field in flags:
            payload["option"] = flags[error.field]
    if isinstance(error, WaitTimeoutError):
        payload["resume_tokens"] = list(error.resume_tokens)
    if _notes(error):
        payload["notes"] = _notes(error)
    return {"error": payload, "exit_code": exit_code(error)}


def _notes(error: BaseException) -> list[str]:
    """What the SDK added to the error (``add_note``): the ids made before it failed, what to check."""
    notes = getattr(error, "__notes__", None)
    return [str(note) for note in notes] if isinstance(notes, list) else []


def print_error(
    error: BaseException,
    err: TextIO,
    *,
    as_json: bool,
    prog: str = "heygen-avatars",
    command: Sequence[str] | None = None,
    no_key_hint: str | None = None,
    flags: Mapping[str, str] | None = None,
) -> None:
    """Print an error on stderr, with the next step when there is an obvious one: a whole command line
    that works (``command``: the arguments of the command that failed; ``no_key_hint``: what to run
    instead when there is no key). ``flags``: the command's flags by the SDK field they fill, so that an
    input error names ``--photo`` where the SDK says ``photo``."""
    if as_json:
        err.write(json.dumps(error_payload(error, flags), sort_keys=True) + "\n")
        return
    err.write(f"{prog}: error: {_message(error, flags)}\n")
    for note in _notes(error):
        err.write(f"  {note}\n")
    on_mock = "--mock" in (command or ())
    if isinstance(error, WaitTimeoutError):
        wait = f"{PROG} --mock jobs wait" if on_mock else f"{PROG} jobs wait"
        for token in error.resume_tokens:
            err.write(f"  the job keeps running; wait again with:  {wait} {shlex.quote(token)}\n")
    elif isinstance(error, MissingAPIKeyError):
        hint = no_key_hint or f"{PROG} --mock " + (
            shlex.join(_without_key(command)) if command else "COMMAND ..."
        )
        err.write(f"  set HEYGEN_API_KEY, or try it without a key:  {hint}\n")
    elif isinstance(error, HeyGenError) and exit_code(error) == EXIT_AUTH:
        err.write("  check HEYGEN_API_KEY (HeyGen refused the key)\n")


def _message(error: BaseException, flags: Mapping[str, str] | None) -> str:
    """The error's message, an SDK field it starts with (``photo: no such file``) named as the flag."""
    text = str(error)
    field = error.field if isinstance(error, InputValidationError) else None
    if field is not None and flags and field in flags and text.startswith(f"{field}: "):
        return flags[field] + text[len(field) :]
    return text


def _without_key(command: Sequence[str]) -> list[str]:
    """`command` without ``--api-key VALUE`` / ``--api-key=VALUE`` (never echo a key)."""
    kept: list[str] = []
    skip = False
    for word in command:
        if skip:
            skip = False
        elif word == "--api-key":
            skip = True
        elif not word.startswith("--api-key="):
            kept.append(word)
    return kept


def print_interrupted(
    interrupt: BaseException,
    err: TextIO,
    *,
    as_json: bool,
    prog: str = "heygen-avatars",
    command: Sequence[str] | None = None,
    resumable: bool = True,
) -> None:
    """What Ctrl-C cut short: every id made (in full), and the exact command to pick up what keeps running
    (on the same HeyGen: with ``--mock`` when `command`, the interrupted one, had it). Not `resumable`: the
    jobs ran on a mock inside this process, gone with it, so no command is offered."""
    report = interrupt_report(interrupt)
    tokens = list(report.resume_tokens) if isinstance(report, InterruptReport) else []
    wait = f"{prog} --mock jobs wait" if "--mock" in (command or ()) else f"{prog} jobs wait"
    commands = [f"{wait} {shlex.quote(token)}" for token in tokens] if resumable else []
    if as_json:
        payload: dict[str, Any] = {"type": type(interrupt).__name__, "message": "interrupted"}
        if isinstance(report, InterruptReport):
            payload.update(
                operation=report.operation,
                created=list(report.created),
                in_flight=report.in_flight,
                resume_tokens=tokens,
                resume_commands=commands,
            )
        elif isinstance(report, PhotoAvatarWorkflowError):
            payload.update(created=list(report.created.all_ids), resume_token=report.resume_token)
        err.write(json.dumps({"error": payload, "exit_code": EXIT_INTERRUPTED}, sort_keys=True) + "\n")
        return
    if not isinstance(report, InterruptReport):
        err.write(f"{prog}: interrupted" + (f": {report}" if report is not None else "") + "\n")
        return
    err.write(f"{prog}: interrupted: {report.operation}\n")
    for made in report.created:
        err.write(f"  created: {made}\n")
    if report.in_flight is not None:
        err.write(f"  {report.in_flight} was sent without an answer: HeyGen may have made it; check first\n")
    for command in commands:
        err.write(f"  the job keeps running on HeyGen's side; wait again with:  {command}\n")
    if tokens and not resumable:
        err.write("  its jobs ran on the embedded mock and ended with it: nothing keeps running\n")
