"""Argument checks of ``client.assets`` (pure): the endpoint's documented limits, before any request."""

from __future__ import annotations

from ..._core import validation as check
from ..._core.files import (
    PHOTO_AVATAR_V1,
    PHOTO_V3,
    V1_ASSET,
    V3_ASSET,
    FileSource,
    Upload,
    UploadRules,
    load_upload,
)
from ...types.literals import ASSET_ENDPOINTS, AssetEndpoint

__all__ = ["prepare", "rules_for"]


def rules_for(endpoint: AssetEndpoint, photo: bool) -> UploadRules:
    """The documented limits of ``endpoint`` (photo-avatar rules when ``photo``)."""
    if endpoint == "v3":
        return PHOTO_V3 if photo else V3_ASSET
    return PHOTO_AVATAR_V1 if photo else V1_ASSET


def prepare(
    source: FileSource, endpoint: object, photo: object, filename: object, field: str = "source"
) -> tuple[Upload, AssetEndpoint]:
    """Check the arguments and read the file (no request): the upload and the endpoint."""
    chosen: AssetEndpoint = (
        "v3" if check.check_choice("endpoint", endpoint, ASSET_ENDPOINTS) == "v3" else "v1"
    )
    is_photo = check.check_bool("photo", photo)
    name = None if filename is None else check.check_text("filename", filename)
    upload = load_upload(source, rules=rules_for(chosen, is_photo), field=field, filename=name)
    return upload, chosen
