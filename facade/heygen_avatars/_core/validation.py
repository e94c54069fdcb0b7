"""The checks every resource builds on: bad input is refused before any request, naming the field and the
allowed values. A near miss such as ``"young adult"`` gets a "did you mean 'Young Adult'?" hint; input is
never changed silently. Each resource's own rules (limits, bodies) live in its ``checks`` module.

    check_choice("pose", "half_body", POSES)       # 'half_body'
    check_id("look_id", "../groups")               # InputValidationError: look_id: ... not a valid id

Every string is checked to be sendable (no unpaired surrogate, which no encoding can send), and resume
tokens are read whole before any use (`load_token`: size, JSON, nesting depth, strings).
"""

from __future__ import annotations

import difflib
import json
import math
import os
import re
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any, Final

from ..errors import InputValidationError
from .config import seconds_of

__all__ = [
    "MAX_ID_CHARS",
    "MAX_QUERY_CHARS",
    "check_bool",
    "check_callback",
    "check_choice",
    "check_id",
    "check_list",
    "check_path",
    "check_sendable",
    "check_text",
    "epoch_seconds",
    "is_loopback_host",
    "load_token",
    "optional_id",
    "optional_seconds",
]

MAX_QUERY_CHARS: Final = 2000
"""A text sent in a URL's query (a page token, a filter): URLs have a length limit (httpx's: 64 KiB)."""
MAX_ID_CHARS: Final = 200
"""HeyGen's ids are 32 hex digits (v2, v3, videos) or short names (public avatars, voices): far shorter."""
# What HeyGen's ids are made of: letters, digits and a few marks, starting with a letter or digit; so no
# id is ".", "..", or holds "/", "?", "#", "%", "\\", a space or a control character (each would change
# the request's path).
_ID: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9._~:-]*\Z")
_MAX_TOKEN_DEPTH: Final = 12


def _type_name(value: object) -> str:
    return type(value).__name__


def _shown(value: object) -> str:
    """A value as an error shows it: its repr, or its type when the repr is long."""
    text = repr(value)
    return text if len(text) <= 60 else _type_name(value)


def _normalise(text: str) -> str:
    return re.sub(r"[\s_\-]+", " ", text.strip()).casefold()


def _suggestion(value: str, allowed: Sequence[str]) -> str | None:
    """The allowed value the user most likely meant: same words ignoring case and separators, or a typo."""
    wanted = _normalise(value)
    for option in allowed:
        if _normalise(option) == wanted:
            return option
    by_normal = {_normalise(option): option for option in allowed}
    close = difflib.get_close_matches(wanted, list(by_normal), n=1, cutoff=0.8)
    return by_normal[close[0]] if close else None


def check_choice(field: str, value: object, allowed: Sequence[str]) -> str:
    """Return ``value`` if it is exactly one of ``allowed``; otherwise raise naming the field and the values.

    >>> check_choice("pose", "half_body", POSES)
    'half_body'
    """
    if not isinstance(value, str):
        raise InputValidationError(
            field,
            f"expected one of the allowed strings, got {_type_name(value)}",
            allowed=allowed,
            value=value,
        )
    if value in allowed:
        return value
    hint = _suggestion(value, allowed)
    message = f"{value!r} is not an allowed value"
    if hint is not None:
        message += f"; did you mean {hint!r}?"
    raise InputValidationError(field, message, allowed=allowed, value=value)


def check_sendable(field: str, value: str) -> str:
    """Return ``value`` if it can be sent (UTF-8): an unpaired surrogate (e.g. from a bad decode) cannot."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        raise InputValidationError(
            field, f"holds an unpaired surrogate at index {error.start}, which cannot be sent (bad decode?)"
        ) from None
    return value


def check_text(field: str, value: object, *, max_chars: int | None = None, required: bool = True) -> str:
    """Return ``value`` if it is a string, non-blank when ``required``, and at most ``max_chars`` long."""
    if not isinstance(value, str):
        raise InputValidationError(field, f"expected a string, got {_type_name(value)}", value=value)
    check_sendable(field, value)
    if required and not value.strip():
        raise InputValidationError(field, "must not be empty", value=value)
    if max_chars is not None and len(value) > max_chars:
        raise InputValidationError(
            field, f"is {len(value)} characters long; the limit is {max_chars}", value=value
        )
    return value


def check_id(field: str, value: object) -> str:
    """Return ``value`` if it is an id as HeyGen issues them, so that it is safe in a URL path.

    Ids go into paths (``/v3/avatars/looks/{id}``): letters, digits and ``. _ ~ : -`` only, starting with a
    letter or digit, at most `MAX_ID_CHARS`; so ``.``, ``..``, ``/``, ``?``, ``#``, ``%``, ``\\``, spaces and
    control characters are refused rather than sent to the wrong endpoint.
    """
    if not isinstance(value, str):
        raise InputValidationError(field, f"expected an id string, got {_type_name(value)}", value=value)
    if not value:
        raise InputValidationError(field, "must be a non-empty id", value=value)
    if len(value) > MAX_ID_CHARS:
        raise InputValidationError(
            field, f"is {len(value)} characters long; HeyGen's ids have at most {MAX_ID_CHARS}", value=value
        )
    if not _ID.match(value):
        bad = next((c for c in value if not (c.isascii() and (c.isalnum() or c in "._~:-"))), value[0])
        raise InputValidationError(
            field,
            f"{value!r} is not a valid id (ids are letters, digits and . _ ~ : -, starting with a letter "
            f"or digit; this one has {bad!r})",
            value=value,
        )
    return value


def epoch_seconds(field: str, value: object) -> float:
    """An aware datetime or epoch seconds (a finite number >= 0), as seconds since the epoch."""
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise InputValidationError(
                field, "a datetime needs a timezone (e.g. datetime.now(UTC)); a naive one is ambiguous"
            )
        return value.timestamp()
    seconds = seconds_of(value)
    if seconds is None or not 0 <= seconds < 1e11:  # (1e11 s is the year 5138)
        raise InputValidationError(
            field, f"expected an aware datetime or epoch seconds (a finite number >= 0), got {_shown(value)}"
        )
    return seconds


def optional_seconds(field: str, value: object, none_means: str) -> float | None:
    """None, or ``value`` as seconds >= 0 (a finite number, not a bool); ``none_means`` says in the error
    what None does (e.g. "no deadline")."""
    if value is None:
        return None
    seconds = seconds_of(value)
    if seconds is None or seconds < 0:
        raise InputValidationError(field, f"must be seconds >= 0 or None ({none_means}), got {_shown(value)}")
    return seconds


def optional_id(field: str, value: object) -> str | None:
    """`check_id` for an optional argument (None stays None)."""
    return None if value is None else check_id(field, value)


def check_path(field: str, value: object, what: str = "a file path") -> str | None:
    """A path argument (None: not given; ``what`` names what it must be in the error) as text the file
    system can name: encodable, non-empty, no NUL, no part longer than 255 bytes."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | os.PathLike):
        raise InputValidationError(field, f"expected {what}, got {_type_name(value)}")
    try:
        encoded = os.fsencode(value)
    except (UnicodeError, TypeError):
        raise InputValidationError(field, "the path cannot be encoded for this file system") from None
    if not encoded or b"\0" in encoded:
        raise InputValidationError(field, "expected a non-empty path without NUL characters")
    if any(len(part) > 255 for part in encoded.split(b"/")):
        raise InputValidationError(field, "a part of the path is longer than file systems allow (255 bytes)")
    return os.fsdecode(encoded)


def check_bool(field: str, value: object) -> bool:
    """Return ``value`` if it is True or False (not 0, 1 or "yes")."""
    if not isinstance(value, bool):
        raise InputValidationError(field, "expected True or False", value=value)
    return value


def check_callback(field: str, value: object, receives: str) -> None:
    """Refuse a callback argument that is neither None nor callable (``receives`` says what it is given),
    before the first request rather than at its first call."""
    if value is not None and not callable(value):
        raise InputValidationError(
            field, f"expected a callable receiving {receives}, or None; got {_type_name(value)}"
        )


def check_list(field: str, value: object, what: str) -> list[Any]:
    """The items of a list argument (any iterable but a string or bytes, which are refused: a lone path
    or key given where a list belongs). ``what`` names the items in the message."""
    if isinstance(value, str | bytes | bytearray) or not isinstance(value, Iterable):
        raise InputValidationError(field, f"expected a list of {what}, got {_type_name(value)}", value=value)
    return list(value)


def is_loopback_host(host: str | None) -> bool:
    """``localhost`` (or a name under it) or a loopback address (127.0.0.0/8, ::1)."""
    import ipaddress

    if not host:
        return False
    name = host.lower().rstrip(".")
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name.strip("[]")).is_loopback
    except ValueError:
        return False


def load_token(field: str, token: object, *, what: str, max_chars: int) -> Any:
    """The JSON of a resume token, read whole before any use: a string of at most ``max_chars``, valid
    JSON nested at most a few levels, every string in it sendable. ``what`` names the token in errors."""
    if not isinstance(token, str):
        raise InputValidationError(field, f"expected the {what} string, got {_type_name(token)}")
    if len(token) > max_chars:
        raise InputValidationError(
            field, f"is {len(token)} characters long; a {what} has at most {max_chars}: not a real one"
        )
    check_sendable(field, token)
    try:
        payload = json.loads(token)
    except (ValueError, RecursionError):
        raise InputValidationError(field, f"not a {what} (not JSON)") from None
    stack: list[tuple[Any, int]] = [(payload, 1)]
    while stack:  # iterative: a hostile token must not exhaust the recursion limit here either
        value, depth = stack.pop()
        if depth > _MAX_TOKEN_DEPTH:
            raise InputValidationError(field, f"not a {what} (nested too deeply)")
        if isinstance(value, dict):
            for key, item in value.items():
                check_sendable(field, key)
                stack.append((item, depth + 1))
        elif isinstance(value, list):
            stack.extend((item, depth + 1) for item in value)
        elif isinstance(value, str):
            check_sendable(field, value)
        elif isinstance(value, float) and not math.isfinite(value):
            raise InputValidationError(field, f"not a {what} (a number is not finite)")
    return payload
