"""Asset: a file uploaded with v3 ``POST /v3/assets``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import frozen

from ._coerce import as_mapping, build, freeze, opt_int, opt_str, raw_field, text

__all__ = ["Asset"]


@frozen(kw_only=True, slots=False)
class Asset:
    """A file uploaded with v3 ``POST /v3/assets``; pass ``id`` as ``{"type": "asset_id", ...}`` inputs."""

    id: str
    url: str | None = None
    mime_type: str | None = None
    size_bytes: int | None = None
    raw: Mapping[str, Any] = raw_field()

    @classmethod
    def from_raw(cls, raw: object) -> Self:
        data = as_mapping(raw)
        return build(
            cls,
            {
                # The spec says `asset_id`; HeyGen's earlier skill docs read `.data.id`.
                "id": text(data, "asset_id", "id"),
                "url": opt_str(data, "url"),
                "mime_type": opt_str(data, "mime_type", "content_type"),
                "size_bytes": opt_int(data, "size_bytes"),
                "raw": freeze(data),
            },
        )
