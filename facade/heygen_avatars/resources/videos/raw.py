"""``client.videos.with_raw_response``: each method returns a `RawResponse` instead of its result."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._core.raw import to_async_raw, to_async_raw_page, to_raw, to_raw_page

if TYPE_CHECKING:
    from .faces import AsyncVideos, Videos

__all__ = ["AsyncVideosWithRawResponse", "VideosWithRawResponse"]


class VideosWithRawResponse:
    """The methods of `Videos` that answer with JSON, each returning the HTTP response of its last request
    (``list``: the first page's)."""

    def __init__(self, videos: Videos) -> None:
        self.create = to_raw(videos.create)
        self.create_from_image = to_raw(videos.create_from_image)
        self.get = to_raw(videos.get)
        self.list = to_raw_page(videos.list)
        self.delete = to_raw(videos.delete)


class AsyncVideosWithRawResponse:
    """The methods of `AsyncVideos` that answer with JSON, each returning the HTTP response."""

    def __init__(self, videos: AsyncVideos) -> None:
        self.create = to_async_raw(videos.create)
        self.create_from_image = to_async_raw(videos.create_from_image)
        self.get = to_async_raw(videos.get)
        self.list = to_async_raw_page(videos.list)
        self.delete = to_async_raw(videos.delete)
