"""Video: a v3 video, from its create to its download URL."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, Self

from attrs import frozen

from ..jobs.kinds import JobState
from ._coerce import as_mapping, build, freeze, opt_float, opt_str, raw_field, state_of, text, timestamp
from .common import ErrorInfo

__all__ = ["Video"]


@frozen(kw_only=True, slots=False)
class Video:
    """A v3 video (``VideoDetail`` from ``GET /v3/videos`` and ``GET /v3/videos/{id}``).

    ``status`` is ``pending | processing | completed | failed``; on failure ``failure_code`` and
    ``failure_message`` say why. ``video_url`` is a presigned URL: download it soon.
    """

    id: str
    status: str
    title: str | None = None
    video_url: str | None = None
    thumbnail_url: str | None = None
    gif_url: str | None = None
    captioned_video_url: str | None = None
    subtitle_url: str | None = None
    video_page_url: str | None = None
    duration: float | None = None
    """Seconds."""
    created_at: datetime | None = None
    completed_at: datetime | None = None
    folder_id: str | None = None
    output_language: str | None = None
    failure_code: str | None = None
    failure_message: str | None = None
    raw: Mapping[str, Any] = raw_field()

    @classmethod
    def from_raw(cls, raw: object) -> Self:
        data = as_mapping(raw)
        error = ErrorInfo.from_raw(data.get("error"))
        return build(
            cls,
            {
                "id": text(data, "id", "video_id"),
                "status": text(data, "status"),
                "title": opt_str(data, "title", "video_title"),
                "video_url": opt_str(data, "video_url"),
                "thumbnail_url": opt_str(data, "thumbnail_url"),
                "gif_url": opt_str(data, "gif_url"),
                "captioned_video_url": opt_str(data, "captioned_video_url"),
                "subtitle_url": opt_str(data, "subtitle_url"),
                "video_page_url": opt_str(data, "video_page_url"),
                "duration": opt_float(data, "duration"),
                "created_at": timestamp(data, "created_at"),
                "completed_at": timestamp(data, "completed_at"),
                "folder_id": opt_str(data, "folder_id"),
                "output_language": opt_str(data, "output_language"),
                # `failure_reason` and `error` are older spellings (HeyGen's earlier skill docs).
                "failure_code": opt_str(data, "failure_code") or (error.code if error else None),
                "failure_message": opt_str(data, "failure_message", "failure_reason")
                or (error.message if error else None),
                "raw": freeze(data),
            },
        )

    @property
    def state(self) -> JobState:
        return state_of("video", self.status)
