"""``client.assets``: `Assets` on `HeyGen`, `AsyncAssets` on `AsyncHeyGen`.

* ``endpoint="v3"`` (default): a file of up to 32 MB goes in one ``POST /v3/assets`` (multipart); a larger
  one (or any, with ``direct=True``) by direct upload: announced, its bytes PUT straight to HeyGen's storage
  (streamed from disk, never read whole), then completed. png, jpeg, mp4, webm, mp3, wav, pdf. Returns an
  `Asset`; pass ``asset.id`` wherever v3 takes ``{"type": "asset_id", ...}`` (or hand the `Asset` itself
  to `client.avatars`).
* ``endpoint="v1"``: ``POST upload.heygen.com/v1/asset``, the raw bytes with their real Content-Type, at
  most 50 MB; jpeg, png, mp4, webm, mp3. Returns an `UploadedAsset`; its ``image_key`` feeds v2 photo
  avatar groups.

The type is sniffed from the bytes (never from the file name) and the endpoint's documented limits are
checked before anything is sent; ``photo=True`` adds the photo-avatar rules (JPEG/PNG, at least 512x512,
under 10 MB on v1). ``on_progress`` is called with an `UploadProgress` (bytes sent of the total) as the
file goes out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Unpack, overload

from ..._core import validation as check
from ..._core.files import FileSource
from ..._core.options import RequestOptions
from ...types.assets import Asset
from ...types.literals import AssetEndpoint
from ...types.photo_avatars import UploadedAsset
from .checks import prepare
from .flows import OnProgress, complete_flow, get_flow, upload_flow
from .raw import AssetsWithRawResponse, AsyncAssetsWithRawResponse

if TYPE_CHECKING:
    from ..._client import AsyncHeyGen, HeyGen

__all__ = ["Assets", "AsyncAssets"]


class Assets:
    """``client.assets`` on `HeyGen`: uploads of any size, checked against the endpoint's limits first."""

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
        direct: bool | None = None,
        on_progress: OnProgress | None = None,
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
        direct: bool | None = None,
        on_progress: OnProgress | None = None,
        **options: Unpack[RequestOptions],
    ) -> UploadedAsset: ...
    def upload(
        self,
        source: FileSource,
        *,
        endpoint: AssetEndpoint = "v3",
        photo: bool = False,
        filename: str | None = None,
        direct: bool | None = None,
        on_progress: OnProgress | None = None,
        **options: Unpack[RequestOptions],
    ) -> Asset | UploadedAsset:
        """Upload a path, bytes or binary file object of any size; checked against the endpoint's limits
        first. v3 files above 32 MB go by direct upload (``direct=True`` forces it, ``False`` refuses them).

        Example::

            asset = client.assets.upload("talk.mp4")                   # v3: Asset(id, url, mime_type)
            big = client.assets.upload("footage.mp4", on_progress=lambda p: print(p.sent, "/", p.total))
            key = client.assets.upload(open("me.jpg", "rb"), endpoint="v1", photo=True).image_key
        """
        file, chosen, go_direct = prepare(source, endpoint, photo, filename, direct, on_progress=on_progress)
        return self._client._run(upload_flow(file, chosen, go_direct, on_progress), options)

    def complete(self, asset_id: str, **options: Unpack[RequestOptions]) -> Asset:
        """Complete a direct upload whose bytes were stored (what `upload` does last; a failed upload's
        error names the id). Idempotent. Example: ``client.assets.complete(asset_id).url``"""
        return self._client._run(complete_flow(check.check_id("asset_id", asset_id)), options)

    def get(self, asset_id: str, **options: Unpack[RequestOptions]) -> Asset:
        """An asset's metadata; ``url`` is None while a direct upload is not completed.

        Example: ``client.assets.get(asset_id).file_type``"""
        return self._client._run(get_flow(check.check_id("asset_id", asset_id)), options)


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
        direct: bool | None = None,
        on_progress: OnProgress | None = None,
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
        direct: bool | None = None,
        on_progress: OnProgress | None = None,
        **options: Unpack[RequestOptions],
    ) -> UploadedAsset: ...
    async def upload(
        self,
        source: FileSource,
        *,
        endpoint: AssetEndpoint = "v3",
        photo: bool = False,
        filename: str | None = None,
        direct: bool | None = None,
        on_progress: OnProgress | None = None,
        **options: Unpack[RequestOptions],
    ) -> Asset | UploadedAsset:
        """Upload a file of any size to ``/v3/assets`` (above 32 MB, or with ``direct=True``, by direct
        upload, streamed from disk) or, with ``endpoint="v1"``, to the upload host; limits checked first."""
        file, chosen, go_direct = prepare(source, endpoint, photo, filename, direct, on_progress=on_progress)
        return await self._client._run(upload_flow(file, chosen, go_direct, on_progress), options)

    async def complete(self, asset_id: str, **options: Unpack[RequestOptions]) -> Asset:
        """Complete a direct upload whose bytes were stored (idempotent; see `Assets.complete`)."""
        return await self._client._run(complete_flow(check.check_id("asset_id", asset_id)), options)

    async def get(self, asset_id: str, **options: Unpack[RequestOptions]) -> Asset:
        """An asset's metadata (``url`` None until a direct upload is completed)."""
        return await self._client._run(get_flow(check.check_id("asset_id", asset_id)), options)
