"""The checks every resource builds on: bad input is refused before any request, naming the field and the
allowed values. A near miss such as ``"young adult"`` gets a "did you mean 'Young Adult'?" hint; input is
never changed silently. Each resource's own rules (limits, bodies) live in its ``checks`` module.

    check_choice("pose", "half_body", POSES)       # 'half_body'
    check_id("look_id", "../groups")               # InputValidationError: look_id: ... not a valid id
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any, Final

from ..errors import InputValidationError

__all__ = [
    "check_bool",
    "check_choice",
    "check_id",
    "check_list",
    "check_text",
    "epoch_seconds",
    "is_loopback_host",
    "optional_id",
]

_NOT_IN_PATH: Final = re.compile(r"[\s/?#%\\]")


def _type_name(value: object) -> str:
    return type(value).__name__


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


def check_text(field: str, value: object, *, max_chars: int | None = None, required: bool = True) -> str:
    """Return ``value`` if it is a string, non-blank when ``required``, and at most ``max_chars`` long."""
    if not isinstance(value, str):
        raise InputValidationError(field, f"expected a string, got {_type_name(value)}", value=value)
    if required and not value.strip():
        raise InputValidationError(field, "must not be empty", value=value)
    if max_chars is not None and len(value) > max_chars:
        raise InputValidationError(
            field, f"is {len(value)} characters long; the limit is {max_chars}", value=value
        )
    return value


def check_id(field: str, value: object) -> str:
    """Return ``value`` if it is a usable id: a non-empty string that is safe in a URL path.

    Ids go into paths (``/v3/avatars/looks/{id}``), so spaces, ``/``, ``?``, ``#``, ``%`` and ``\\`` are
    refused rather than sent to the wrong endpoint.
    """
    if not isinstance(value, str):
        raise InputValidationError(field, f"expected an id string, got {_type_name(value)}", value=value)
    if not value:
        raise InputValidationError(field, "must be a non-empty id", value=value)
    bad = _NOT_IN_PATH.search(value)
    if bad is not None:
        raise InputValidationError(
            field, f"{value!r} is not a valid id (it contains {bad.group()!r})", value=value
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
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value < 0:
        raise InputValidationError(
            field, f"expected an aware datetime or epoch seconds (a finite number >= 0), got {value!r}"
        )
    return float(value)


def optional_id(field: str, value: object) -> str | None:
    """`check_id` for an optional argument (None stays None)."""
    return None if value is None else check_id(field, value)


def check_bool(field: str, value: object) -> bool:
    """Return ``value`` if it is True or False (not 0, 1 or "yes")."""
    if not isinstance(value, bool):
        raise InputValidationError(field, "expected True or False", value=value)
    return value


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
