"""Voice: one voice of ``GET /v3/voices``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import frozen

from ._coerce import as_mapping, build, flag, freeze, opt_str, raw_field, text

__all__ = ["Voice"]


@frozen(kw_only=True, slots=False)
class Voice:
    """A voice from ``GET /v3/voices`` (``AudioVoiceItem``); ``id`` is the spec's ``voice_id``."""

    id: str
    name: str
    language: str | None = None
    gender: str | None = None
    preview_audio_url: str | None = None
    support_pause: bool = False
    support_locale: bool = False
    type: str | None = None
    """``public`` or ``private``."""
    raw: Mapping[str, Any] = raw_field()

    @classmethod
    def from_raw(cls, raw: object) -> Self:
        data = as_mapping(raw)
        return build(
            cls,
            {
                "id": text(data, "voice_id", "id"),
                "name": text(data, "name", "display_name"),
                "language": opt_str(data, "language"),
                "gender": opt_str(data, "gender"),
                "preview_audio_url": opt_str(data, "preview_audio_url", "preview_audio"),
                "support_pause": flag(data, "support_pause"),
                "support_locale": flag(data, "support_locale"),
                "type": opt_str(data, "type"),
                "raw": freeze(data),
            },
        )
