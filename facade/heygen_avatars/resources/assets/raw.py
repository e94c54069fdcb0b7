"""``client.assets.with_raw_response``: each method returns a `RawResponse` instead of its result."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._core.raw import to_async_raw, to_raw

if TYPE_CHECKING:
    from .faces import Assets, AsyncAssets

__all__ = ["AssetsWithRawResponse", "AsyncAssetsWithRawResponse"]


class AssetsWithRawResponse:
    """The methods of `Assets`, each returning the HTTP response of its request."""

    def __init__(self, assets: Assets) -> None:
        self.upload = to_raw(assets.upload)
        self.complete = to_raw(assets.complete)
        self.get = to_raw(assets.get)


class AsyncAssetsWithRawResponse:
    """The methods of `AsyncAssets`, each returning the HTTP response of its request."""

    def __init__(self, assets: AsyncAssets) -> None:
        self.upload = to_async_raw(assets.upload)
        self.complete = to_async_raw(assets.complete)
        self.get = to_async_raw(assets.get)
