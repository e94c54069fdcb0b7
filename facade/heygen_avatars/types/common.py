"""ErrorInfo: an error HeyGen reports inside a resource (a failed look, video or group)."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Self

from attrs import frozen

from ._coerce import build, freeze, opt_str, raw_field

__all__ = ["ErrorInfo"]


@frozen(kw_only=True, slots=False)
class ErrorInfo:
    """An error reported inside a resource: v3 ``{code, message}``, or v2's plain string.

    ``from_raw`` accepts a string, a mapping, a list of them or ``None`` and returns ``None`` when there is
    no error (also for an empty string, object or list, ``false`` or ``0``).
    """

    message: str
    code: str | None = None
    raw: Mapping[str, Any] = raw_field()

    @classmethod
    def from_raw(cls, raw: object) -> Self | None:
        if raw is None:  # most resources: no error
            return None
        if isinstance(raw, list | tuple):  # an error list: its first entry ([] is no error)
            return cls.from_raw(raw[0]) if raw else None
        if isinstance(raw, bool) or raw == 0:  # false, 0: no error
            return None
        if isinstance(raw, str):
            if not raw.strip():
                return None
            return build(cls, {"message": raw, "code": None, "raw": MappingProxyType({"message": raw})})
        if isinstance(raw, Mapping):
            message = opt_str(raw, "message", "msg", "error_msg", "detail") or ""
            code = opt_str(raw, "code", "error_code", "enum_name")
            if not message and code is None:
                return None
            return build(cls, {"message": message, "code": code, "raw": freeze(raw)})
        return build(cls, {"message": str(raw), "code": None, "raw": MappingProxyType({"message": str(raw)})})

    def __str__(self) -> str:
        return f"{self.code}: {self.message}" if self.code else self.message
