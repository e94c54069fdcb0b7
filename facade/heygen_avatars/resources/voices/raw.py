"""``client.voices.with_raw_response``: the first page's `RawResponse` instead of a pager."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._core.raw import to_async_raw_page, to_raw_page

if TYPE_CHECKING:
    from .faces import AsyncVoices, Voices

__all__ = ["AsyncVoicesWithRawResponse", "VoicesWithRawResponse"]


class VoicesWithRawResponse:
    """The methods of `Voices`, returning the first page's HTTP response."""

    def __init__(self, voices: Voices) -> None:
        self.list = to_raw_page(voices.list)


class AsyncVoicesWithRawResponse:
    """The methods of `AsyncVoices`, returning the first page's HTTP response."""

    def __init__(self, voices: AsyncVoices) -> None:
        self.list = to_async_raw_page(voices.list)
