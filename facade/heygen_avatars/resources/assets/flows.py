"""The sans-IO flows of ``client.assets``: upload to ``/v3/assets`` or to the upload host's ``/v1/asset``."""

from __future__ import annotations

import io

from ..._core.call import Call, call, next_idempotency_key
from ..._core.config import Op
from ..._core.files import Upload
from ..._core.flow import Flow
from ..._core.lazy import lazy
from ..._core.responses import Api, ApiResponse
from ...types.assets import Asset
from ...types.literals import AssetEndpoint
from ...types.photo_avatars import UploadedAsset
from ..photo_avatars.flows import upload_photo_flow

# generated endpoints and request models, imported at first use (see _core/lazy.py)
_API = "heygen_avatars_generated.v3.api.assets"
upload_asset = lazy(f"{_API}.upload_asset")
_MODELS = "heygen_avatars_generated.v3.models"
UploadAssetBody = lazy(_MODELS, "UploadAssetBody")
File = lazy("heygen_avatars_generated.v3.types", "File")

__all__ = ["upload_flow", "upload_v3_flow"]


def upload_v3_flow(upload: Upload) -> Flow[Asset]:
    """``POST /v3/assets`` (multipart, built by the generated client, with an Idempotency-Key: a retry after
    a lost answer gets the same asset, not a second one); the `Asset`."""
    mime = upload.content_type or "application/octet-stream"
    key = yield from next_idempotency_key()
    # httpx rewinds the stream each time it encodes the body, so a retry (after a 429) sends it whole.
    body = UploadAssetBody(
        file=File(payload=io.BytesIO(upload.content), file_name=upload.filename, mime_type=mime)
    )
    built = Call.generated(
        upload_asset, op=Op.UPLOAD, api=Api.V3, check=_asset, body=body, idempotency_key=key
    )
    # The generated request fixes the multipart boundary to "+++", which file bytes may contain; without
    # that header httpx draws a random boundary (and sets the Content-Type to match).
    headers = {k: v for k, v in built.options.get("headers", {}).items() if k.lower() != "content-type"}
    response = yield from call(built._replace(options={**built.options, "headers": headers}))
    return _asset(response)


def _asset(response: ApiResponse) -> Asset:
    asset = Asset.from_raw(response.data)
    if not asset.id:
        raise response.invalid("the upload succeeded but the response has no asset_id")
    return asset


def upload_flow(upload: Upload, endpoint: AssetEndpoint) -> Flow[Asset | UploadedAsset]:
    """Send an already checked upload to ``endpoint``."""
    if endpoint == "v3":
        return (yield from upload_v3_flow(upload))
    is_image = (upload.content_type or "").startswith("image/")
    return (yield from upload_photo_flow(upload, require_image_key=is_image))
