"""Uploads: ``client.assets.upload(source)`` to either of HeyGen's two upload endpoints.

* ``endpoint="v3"`` (default): ``POST /v3/assets``, multipart, at most 32 MB; png, jpeg, mp4, webm, mp3,
  wav, pdf. Returns an `Asset`; pass ``asset.id`` wherever v3 takes ``{"type": "asset_id", ...}`` (or hand
  the `Asset` itself to `client.avatars`).
* ``endpoint="v1"``: ``POST upload.heygen.com/v1/asset``, the raw bytes with their real Content-Type, at
  most 50 MB; jpeg, png, mp4, webm, mp3. Returns an `UploadedAsset`; its ``image_key`` feeds v2 photo
  avatar groups.

The type is sniffed from the bytes (never from the file name) and the endpoint's documented limits are
checked before anything is sent; ``photo=True`` adds the photo-avatar rules (JPEG/PNG, at least 512x512,
under 10 MB on v1)::

    asset = client.assets.upload("portrait.png")                       # Asset(id=..., url=...)
    key = client.assets.upload("portrait.png", endpoint="v1", photo=True).image_key
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Literal, overload

from .._core import validation as check
from .._core.call import Call, call
from .._core.config import Op
from .._core.files import (
    PHOTO_AVATAR_V1,
    PHOTO_V3,
    V1_ASSET,
    V3_ASSET,
    FileSource,
    Upload,
    UploadRules,
    load_upload,
)
from .._core.flow import Flow
from .._core.lazy import lazy
from .._core.responses import Api
from ..errors import InputValidationError, ResponseValidationError
from ..types.models import Asset, UploadedAsset
from .photo_avatars import upload_photo_flow

# generated endpoints and request models, imported at first use (see _lazy.py)
_API = "heygen_avatars_generated.v3.api.assets"
upload_asset = lazy(f"{_API}.upload_asset")
_MODELS = "heygen_avatars_generated.v3.models"
UploadAssetBody = lazy(_MODELS, "UploadAssetBody")
File = lazy("heygen_avatars_generated.v3.types", "File")

if TYPE_CHECKING:
    from .._client import AsyncHeyGen, HeyGen

__all__ = ["ENDPOINTS", "AssetEndpoint", "Assets", "AsyncAssets", "upload_flow", "upload_v3_flow"]

AssetEndpoint = Literal["v3", "v1"]
ENDPOINTS: tuple[str, ...] = ("v3", "v1")


def upload_v3_flow(upload: Upload) -> Flow[Asset]:
    """``POST /v3/assets`` (multipart, built by the generated client); the `Asset`."""
    mime = upload.content_type or "application/octet-stream"
    # httpx rewinds the stream each time it encodes the body, so a retry (after a 429) sends it whole.
    body = UploadAssetBody(
        file=File(payload=io.BytesIO(upload.content), file_name=upload.filename, mime_type=mime)
    )
    built = Call.generated(upload_asset, op=Op.UPLOAD, api=Api.V3, body=body)
    # The generated request fixes the multipart boundary to "+++", which file bytes may contain; without
    # that header httpx draws a random boundary (and sets the Content-Type to match).
    headers = {k: v for k, v in built.options.get("headers", {}).items() if k.lower() != "content-type"}
    response = yield from call(built._replace(options={**built.options, "headers": headers}))
    asset = Asset.from_raw(response.data)
    if not asset.id:
        raise ResponseValidationError(
            f"{response.method} {response.url}: the upload succeeded but the response has no asset_id",
            status_code=response.status_code,
            body=response.body,
            request_id=response.request_id,
            method=response.method,
            url=response.url,
        )
    return asset


def upload_flow(upload: Upload, endpoint: AssetEndpoint) -> Flow[Asset | UploadedAsset]:
    """Send an already checked upload to ``endpoint``."""
    if endpoint == "v3":
        return (yield from upload_v3_flow(upload))
    is_image = (upload.content_type or "").startswith("image/")
    return (yield from upload_photo_flow(upload, require_image_key=is_image))


def rules_for(endpoint: AssetEndpoint, photo: bool) -> UploadRules:
    """The documented limits of ``endpoint`` (photo-avatar rules when ``photo``)."""
    if endpoint == "v3":
        return PHOTO_V3 if photo else V3_ASSET
    return PHOTO_AVATAR_V1 if photo else V1_ASSET


def prepare(
    source: FileSource, endpoint: object, photo: object, filename: str | None, field: str = "source"
) -> tuple[Upload, AssetEndpoint]:
    """Check the arguments and read the file (no request): the upload and the endpoint."""
    chosen = check.check_choice("endpoint", endpoint, ENDPOINTS)
    if not isinstance(photo, bool):
        raise InputValidationError("photo", "expected True or False", value=photo)
    if filename is not None:
        check.check_text("filename", filename)
    endpoint_name: AssetEndpoint = "v3" if chosen == "v3" else "v1"
    upload = load_upload(source, rules=rules_for(endpoint_name, bool(photo)), field=field, filename=filename)
    return upload, endpoint_name


class Assets:
    """``client.assets`` on `HeyGen`."""

    def __init__(self, client: HeyGen) -> None:
        self._client = client

    @overload
    def upload(
        self,
        source: FileSource,
        *,
        endpoint: Literal["v3"] = "v3",
        photo: bool = False,
        filename: str | None = None,
    ) -> Asset: ...
    @overload
    def upload(
        self, source: FileSource, *, endpoint: Literal["v1"], photo: bool = False, filename: str | None = None
    ) -> UploadedAsset: ...
    def upload(
        self,
        source: FileSource,
        *,
        endpoint: AssetEndpoint = "v3",
        photo: bool = False,
        filename: str | None = None,
    ) -> Asset | UploadedAsset:
        """Upload a path, bytes or binary file object; checked against the endpoint's limits first.

        Example::

            asset = client.assets.upload("talk.mp4")                   # v3: Asset(id, url, mime_type)
            key = client.assets.upload(open("me.jpg", "rb"), endpoint="v1", photo=True).image_key
        """
        upload, chosen = prepare(source, endpoint, photo, filename)
        return self._client._run(upload_flow(upload, chosen))


class AsyncAssets:
    """``client.assets`` on `AsyncHeyGen`: the same methods as `Assets`, awaited."""

    def __init__(self, client: AsyncHeyGen) -> None:
        self._client = client

    @overload
    async def upload(
        self,
        source: FileSource,
        *,
        endpoint: Literal["v3"] = "v3",
        photo: bool = False,
        filename: str | None = None,
    ) -> Asset: ...
    @overload
    async def upload(
        self, source: FileSource, *, endpoint: Literal["v1"], photo: bool = False, filename: str | None = None
    ) -> UploadedAsset: ...
    async def upload(
        self,
        source: FileSource,
        *,
        endpoint: AssetEndpoint = "v3",
        photo: bool = False,
        filename: str | None = None,
    ) -> Asset | UploadedAsset:
        """See `Assets.upload`. Example: ``asset = await client.assets.upload("me.png")``."""
        upload, chosen = prepare(source, endpoint, photo, filename)
        return await self._client._run(upload_flow(upload, chosen))
