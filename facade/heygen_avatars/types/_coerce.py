"""Tolerant coercions the models are built with: each takes whatever JSON gave and returns the declared
type or a neutral value, never raising (HeyGen's fields drift in name, type and nullability).

Each checks the common cases (None, the declared type) first: a look has 15 fields, and this runs for every
one of them on every call.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from types import MappingProxyType
from typing import Any, Final, TypeVar

from attrs import field

from ..jobs.kinds import JobState, get_job_kind

__all__ = [
    "as_mapping",
    "build",
    "flag",
    "freeze",
    "integer",
    "opt_float",
    "opt_int",
    "opt_str",
    "raw_field",
    "state_of",
    "str_tuple",
    "text",
    "timestamp",
]


def state_of(kind: str, status: str | None) -> JobState:
    """Classify ``status`` with the job table's vocabulary for ``kind`` (one truth for the whole SDK)."""
    return get_job_kind(kind).state_of(status)


def as_mapping(value: object) -> Mapping[str, Any]:
    return value if type(value) is dict or isinstance(value, Mapping) else {}


def freeze(data: Mapping[str, Any]) -> Mapping[str, Any]:
    """A read-only shallow copy of the payload, kept as ``model.raw``."""
    return MappingProxyType(dict(data))


def get_first(data: Mapping[str, Any], key: str, aliases: tuple[str, ...]) -> Any:
    """The value of `key`, else of the first alias with a non-null value (drifting field names)."""
    value = data.get(key)
    if value is None and aliases:
        for alias in aliases:
            value = data.get(alias)
            if value is not None:
                return value
    return value


def to_opt_str(value: object) -> str | None:
    if isinstance(value, str):
        return str(value)  # a str subclass (e.g. a StrEnum) becomes a plain str
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return str(value)
    return None


def opt_str(data: Mapping[str, Any], key: str, *aliases: str) -> str | None:
    value = data.get(key)
    if value is None and aliases:
        value = get_first(data, key, aliases)
    if value is None or type(value) is str:
        return value
    return to_opt_str(value)


def text(data: Mapping[str, Any], key: str, *aliases: str) -> str:
    value = data.get(key)
    if value is None and aliases:
        value = get_first(data, key, aliases)
    if type(value) is str:
        return value
    return "" if value is None else to_opt_str(value) or ""


def flag(data: Mapping[str, Any], key: str, *aliases: str, default: bool = False) -> bool:
    value = get_first(data, key, aliases)
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value != 0
    if isinstance(value, str):
        lowered = value.strip().lower()
        if lowered in {"true", "yes", "1"}:
            return True
        if lowered in {"false", "no", "0"}:
            return False
    return default


def to_opt_float(value: object) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        try:
            number = float(value)
        except OverflowError:  # a JSON integer past float's range
            return None
    elif isinstance(value, str):
        try:
            number = float(value.strip())
        except ValueError:
            return None
    else:
        return None
    return number if math.isfinite(number) else None


def opt_float(data: Mapping[str, Any], key: str, *aliases: str) -> float | None:
    return to_opt_float(get_first(data, key, aliases))


def opt_int(data: Mapping[str, Any], key: str, *aliases: str) -> int | None:
    value = data.get(key)
    if value is None and aliases:
        value = get_first(data, key, aliases)
    if value is None or type(value) is int:
        return value
    number = to_opt_float(value)
    return int(number) if number is not None else None


def integer(data: Mapping[str, Any], key: str, *aliases: str) -> int:
    return opt_int(data, key, *aliases) or 0


# Timestamps above this are taken as milliseconds (1e11 s is the year 5138).
_MILLISECONDS_THRESHOLD: Final = 1e11


def _zone(name: str | None, offset: int | None) -> tzinfo | None:
    """The zone of a date dateutil parsed: its offset (UTC and GMT are 0), or none if it named none.

    Replaces dateutil's default, which gives `tzlocal()` to a name the machine's own zone has and warns
    (`UnknownTimezoneWarning`) on other names: a model's time must not depend on the machine it is read on.
    """
    if offset is not None:
        return UTC if offset == 0 else timezone(timedelta(seconds=offset))
    if name is not None:  # e.g. "EST": an abbreviation with no agreed offset
        raise ValueError(f"unknown time zone {name!r}")
    return None


def _parse_date(text: str) -> datetime | None:
    """ISO 8601 first (what HeyGen sends), then python-dateutil for the rest ("Tue, 01 Dec 2026 10:00:00
    GMT", "2026-12-01 10:00:00 UTC"); None when neither can read it or it names an unknown zone."""
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    from dateutil import parser  # loaded only for a date that is not ISO 8601

    try:
        return parser.parse(text, tzinfos=_zone)
    except (ValueError, OverflowError):
        return None


def to_datetime(value: object) -> datetime | None:
    seconds: float | None = None
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        try:
            seconds = float(value)
        except OverflowError:  # a JSON integer past float's range
            return None
    elif isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        try:
            seconds = float(text)
        except ValueError:
            parsed = _parse_date(text)
            if parsed is None:
                return None
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    if seconds is None or not math.isfinite(seconds):
        return None
    if abs(seconds) > _MILLISECONDS_THRESHOLD:
        seconds /= 1000.0
    try:
        return datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None


def timestamp(data: Mapping[str, Any], key: str, *aliases: str) -> datetime | None:
    value = get_first(data, key, aliases)
    return None if value is None else to_datetime(value)


def str_tuple(data: Mapping[str, Any], key: str, *aliases: str) -> tuple[str, ...]:
    value = data.get(key)
    if value is None and aliases:
        value = get_first(data, key, aliases)
    if not value:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list | tuple):
        return ()
    return tuple(item for item in value if isinstance(item, str))


M = TypeVar("M")
_new = object.__new__
_set_attr = object.__setattr__


def build(cls: type[M], fields: dict[str, Any]) -> M:
    """An instance of the attrs model `cls` holding `fields`, which name every field (tests check this).

    What `cls(**fields)` makes, for about half its cost: attrs' `__init__` fills the instance dict a key at
    a time, growing it as it goes, where this hands over one dict built at its size (benchmarks/ row 2).
    """
    model = _new(cls)
    _set_attr(model, "__dict__", fields)
    return model


def raw_field() -> Any:
    # The payload: reachable, but not part of equality, hashing or repr.
    return field(factory=lambda: MappingProxyType({}), eq=False, repr=False)
