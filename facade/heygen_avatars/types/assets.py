"""v3 assets: `Asset` (uploaded, completed or read back), a direct upload's terms, and upload progress."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import field, frozen

from ._coerce import as_mapping, build, freeze, opt_int, opt_str, raw_field, text

__all__ = ["Asset", "DirectUpload", "UploadProgress"]


@frozen(kw_only=True, slots=False)
class Asset:
    """A v3 asset: from ``POST /v3/assets``, a completed direct upload, or ``GET /v3/assets/{id}``.
    Pass ``id`` as ``{"type": "asset_id", ...}`` inputs (or the `Asset` itself to `client.avatars`).

    ``url`` is None while a direct upload is not completed (HeyGen gives no URL for it yet); ``status`` is
    what completing a direct upload reports (e.g. ``"processing"``); ``name`` and ``file_type`` (image,
    video, audio...) come with a read.
    """

    id: str
    url: str | None = None
    mime_type: str | None = None
    size_bytes: int | None = None
    status: str | None = None
    name: str | None = None
    file_type: str | None = None
    raw: Mapping[str, Any] = raw_field()

    @classmethod
    def from_raw(cls, raw: object) -> Self:
        data = as_mapping(raw)
        return build(
            cls,
            {
                # The spec says `asset_id`; HeyGen's earlier skill docs read `.data.id`; GET answers `id`.
                "id": text(data, "asset_id", "id"),
                "url": opt_str(data, "url"),
                "mime_type": opt_str(data, "mime_type", "content_type"),
                "size_bytes": opt_int(data, "size_bytes"),
                "status": opt_str(data, "status"),
                "name": opt_str(data, "name"),
                "file_type": opt_str(data, "type", "file_type"),
                "raw": freeze(data),
            },
        )


def _public_url(url: str) -> str:
    return url.split("?", 1)[0] + ("?…" if "?" in url else "")


@frozen(kw_only=True, slots=False)
class DirectUpload:
    """``POST /v3/assets/direct-uploads``: where to PUT a file's bytes (``upload_url`` with exactly
    ``upload_headers``, within ``expires_in_seconds``), and the upload's ``asset_id``, usable once completed.
    The repr hides the URL's query, where its signature is."""

    asset_id: str
    upload_url: str = field(repr=_public_url)
    upload_headers: Mapping[str, str]
    expires_in_seconds: int | None = None
    max_bytes: int | None = None
    status: str | None = None
    raw: Mapping[str, Any] = raw_field()

    @classmethod
    def from_raw(cls, raw: object) -> Self:
        data = as_mapping(raw)
        headers = as_mapping(data.get("upload_headers"))
        return build(
            cls,
            {
                "asset_id": text(data, "asset_id", "id"),
                "upload_url": text(data, "upload_url", "url"),
                "upload_headers": {str(k): str(v) for k, v in headers.items() if v is not None},
                "expires_in_seconds": opt_int(data, "expires_in_seconds"),
                "max_bytes": opt_int(data, "max_bytes"),
                "status": opt_str(data, "status"),
                "raw": freeze(data),
            },
        )


@frozen(kw_only=True)
class UploadProgress:
    """An upload's progress, given to ``on_progress``: ``sent`` of ``total`` bytes of ``filename``.

    ``attempt`` counts the PUTs of a direct upload (1 first; a retried PUT starts again from 0 bytes);
    ``direct`` says whether the file goes by direct upload (else in one multipart request, reported when it
    starts and when it is done)."""

    filename: str
    sent: int
    total: int
    attempt: int = 1
    direct: bool = True

    @property
    def fraction(self) -> float:
        """``sent / total`` (1.0 for an empty file)."""
        return self.sent / self.total if self.total else 1.0
