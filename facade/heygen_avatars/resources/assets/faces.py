"""``client.assets``: `Assets` on `HeyGen`, `AsyncAssets` on `AsyncHeyGen`.

* ``endpoint="v3"`` (default): ``POST /v3/assets``, multipart, at most 32 MB; png, jpeg, mp4, webm, mp3,
  wav, pdf. Returns an `Asset`; pass ``asset.id`` wherever v3 takes ``{"type": "asset_id", ...}`` (or hand
  the `Asset` itself to `client.avatars`).
* ``endpoint="v1"``: ``POST upload.heygen.com/v1/asset``, the raw bytes with their real Content-Type, at
  most 50 MB; jpeg, png, mp4, webm, mp3. Returns an `UploadedAsset`; its ``image_key`` feeds v2 photo
  avatar groups.

The type is sniffed from the bytes (never from the file name) and the endpoint's documented limits are
checked before anything is sent; ``photo=True`` adds the photo-avatar rules (JPEG/PNG, at least 512x512,
under 10 MB on v1).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Unpack, overload

from ..._core.files import FileSource
from ..._core.options import RequestOptions
from ...types.assets import Asset
from ...types.literals import AssetEndpoint
from ...types.photo_avatars import UploadedAsset
from .checks import prepare
from .flows import upload_flow
from .raw import AssetsWithRawResponse, AsyncAssetsWithRawResponse

if TYPE_CHECKING:
    from ..._client import AsyncHeyGen, HeyGen

__all__ = ["Assets", "AsyncAssets"]


class Assets:
    """``client.assets`` on `HeyGen`: uploads, checked against the endpoint's limits first."""

    def __init__(self, client: HeyGen) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AssetsWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, request id; ``.parse()``)."""
        return AssetsWithRawResponse(self)

    @overload
    def upload(
        self,
        source: FileSource,
        *,
        endpoint: Literal["v3"] = "v3",
        photo: bool = False,
        filename: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Asset: ...
    @overload
    def upload(
        self,
        source: FileSource,
        *,
        endpoint: Literal["v1"],
        photo: bool = False,
        filename: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> UploadedAsset: ...
    def upload(
        self,
        source: FileSource,
        *,
        endpoint: AssetEndpoint = "v3",
        photo: bool = False,
        filename: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Asset | UploadedAsset:
        """Upload a path, bytes or binary file object; checked against the endpoint's limits first.

        Example::

            asset = client.assets.upload("talk.mp4")                   # v3: Asset(id, url, mime_type)
            key = client.assets.upload(open("me.jpg", "rb"), endpoint="v1", photo=True).image_key
        """
        upload, chosen = prepare(source, endpoint, photo, filename)
        return self._client._run(upload_flow(upload, chosen), options)


class AsyncAssets:
    """``client.assets`` on `AsyncHeyGen`: ``asset = await client.assets.upload("me.png")``."""

    def __init__(self, client: AsyncHeyGen) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncAssetsWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, request id; ``.parse()``)."""
        return AsyncAssetsWithRawResponse(self)

    @overload
    async def upload(
        self,
        source: FileSource,
        *,
        endpoint: Literal["v3"] = "v3",
        photo: bool = False,
        filename: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Asset: ...
    @overload
    async def upload(
        self,
        source: FileSource,
        *,
        endpoint: Literal["v1"],
        photo: bool = False,
        filename: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> UploadedAsset: ...
    async def upload(
        self,
        source: FileSource,
        *,
        endpoint: AssetEndpoint = "v3",
        photo: bool = False,
        filename: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Asset | UploadedAsset:
        """Upload a file to ``/v3/assets`` (an `Asset`) or, with ``endpoint="v1"``, to the upload host (an
        `UploadedAsset` whose ``image_key`` feeds photo avatar groups), after checking its limits."""
        upload, chosen = prepare(source, endpoint, photo, filename)
        return await self._client._run(upload_flow(upload, chosen), options)
