"""Argument checks of ``client.assets`` (pure): the endpoint's documented limits, before any request."""

from __future__ import annotations

import attrs

from ..._core import validation as check
from ..._core.file_stream import StreamedFile, in_memory, open_local
from ..._core.files import (
    PHOTO_AVATAR_V1,
    PHOTO_V3,
    V1_ASSET,
    V3_ASSET,
    FileSource,
    Upload,
    UploadRules,
    check_upload,
    load_upload,
)
from ...errors import InputValidationError
from ...types.literals import ASSET_ENDPOINTS, AssetEndpoint

__all__ = ["direct_rules", "prepare", "rules_for"]


def rules_for(endpoint: AssetEndpoint, photo: bool) -> UploadRules:
    """The documented limits of ``endpoint`` (photo-avatar rules when ``photo``)."""
    if endpoint == "v3":
        return PHOTO_V3 if photo else V3_ASSET
    return PHOTO_AVATAR_V1 if photo else V1_ASSET


def direct_rules(rules: UploadRules) -> UploadRules:
    """``rules`` for a direct upload: the same types, no size limit of ours (HeyGen's ``max_bytes`` is said
    when the upload is announced). A photo keeps its limits: they are the photo avatar's, not the upload's."""
    return rules if rules in (PHOTO_V3, PHOTO_AVATAR_V1) else attrs.evolve(rules, max_bytes=None)


def prepare(
    source: FileSource,
    endpoint: object,
    photo: object,
    filename: object,
    direct: object = None,
    field: str = "source",
    on_progress: object = None,
) -> tuple[Upload | StreamedFile, AssetEndpoint, bool]:
    """Check the arguments and look at the file (no request): the file, the endpoint, whether it goes by
    direct upload. A file that goes by direct upload is never read whole; any other is read into memory."""
    check.check_callback("on_progress", on_progress, "each UploadProgress")
    chosen: AssetEndpoint = (
        "v3" if check.check_choice("endpoint", endpoint, ASSET_ENDPOINTS) == "v3" else "v1"
    )
    is_photo = check.check_bool("photo", photo)
    name = None if filename is None else check.check_text("filename", filename)
    wanted = None if direct is None else check.check_bool("direct", direct)
    rules = rules_for(chosen, is_photo)
    if chosen == "v1":
        if wanted:
            raise InputValidationError("direct", "direct uploads are v3's; use endpoint='v3'")
        return load_upload(source, rules=rules, field=field, filename=name), chosen, False
    file: Upload | StreamedFile = open_local(source, field=field, filename=name)
    multipart_max = V3_ASSET.max_bytes or 0
    go_direct = wanted if wanted is not None else file.size > multipart_max
    if not go_direct and file.size <= multipart_max:
        file = in_memory(file)  # read whole (checked from all its bytes), at most 32 MB
    check_upload(file, direct_rules(rules) if go_direct else rules, field=field)
    return file, chosen, go_direct
