"""``client.voices`` (`Voices`, `AsyncVoices`): every voice of ``GET /v3/voices``, page after page.

    english = [v for v in client.voices.list(language="English", gender="female")]
    async for voice in async_client.voices.list(type="private"):
        ...

Filters are the spec's: ``type`` (``public``, the default, or ``private``), ``engine``, ``language``,
``gender``; ``limit`` is the page size (1-100).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from ..._core.options import RequestOptions
from ..._core.pages import AsyncPager, Pager
from ...types.literals import VoiceType
from ...types.voices import Voice
from .flows import voices_call
from .raw import AsyncVoicesWithRawResponse, VoicesWithRawResponse

if TYPE_CHECKING:
    from ..._client import AsyncHeyGen, HeyGen

__all__ = ["AsyncVoices", "Voices"]


class Voices:
    """``client.voices`` on `HeyGen`."""

    def __init__(self, client: HeyGen) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> VoicesWithRawResponse:
        """The same methods, returning the HTTP response of the first page (``.parse()``: that `Page`)."""
        return VoicesWithRawResponse(self)

    def list(
        self,
        *,
        type: VoiceType = "public",
        engine: str | None = None,
        language: str | None = None,
        gender: str | None = None,
        limit: int = 20,
        token: str | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[Voice]:
        """Every voice matching the filters, fetched ``limit`` per page as you iterate.

        Example: ``voice = next(iter(client.voices.list(language="English", gender="female")))``
        """
        make, first, most = voices_call(type, engine, language, gender, limit, token, max_items)
        return Pager(self._client, make, Voice.from_raw, token=first, max_items=most, options=options)


class AsyncVoices:
    """``client.voices`` on `AsyncHeyGen` (iterate with ``async for``)."""

    def __init__(self, client: AsyncHeyGen) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncVoicesWithRawResponse:
        """The same methods, returning the HTTP response of the first page (``.parse()``: that `Page`)."""
        return AsyncVoicesWithRawResponse(self)

    def list(
        self,
        *,
        type: VoiceType = "public",
        engine: str | None = None,
        language: str | None = None,
        gender: str | None = None,
        limit: int = 20,
        token: str | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Voice]:
        """Every voice matching the filters: ``async for voice in client.voices.list(language="English")``."""
        make, first, most = voices_call(type, engine, language, gender, limit, token, max_items)
        return AsyncPager(self._client, make, Voice.from_raw, token=first, max_items=most, options=options)
