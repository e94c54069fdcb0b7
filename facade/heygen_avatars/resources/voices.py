"""Voices: ``client.voices.list(...)``, every voice of ``GET /v3/voices``, page after page.

    english = [v for v in client.voices.list(language="English", gender="female")]
    async for voice in async_client.voices.list(type="private"):
        ...

Filters are the spec's: ``type`` (``public``, the default, or ``private``), ``engine``, ``language``,
``gender``; ``limit`` is the page size (1-50).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final, Literal

from .._core import validation as check
from .._core.call import Call
from .._core.config import Op
from .._core.lazy import lazy
from .._core.pages import AsyncPager, Pager, list_params
from .._core.responses import Api
from ..types.models import Voice

# generated endpoints and request models, imported at first use (see _lazy.py)
_API = "heygen_avatars_generated.v3.api.voices"
list_voices_v3 = lazy(f"{_API}.list_voices_v3")

if TYPE_CHECKING:
    from .._client import AsyncHeyGen, HeyGen

__all__ = ["VOICE_TYPES", "AsyncVoices", "VoiceType", "Voices"]

VoiceType = Literal["public", "private"]
VOICE_TYPES: Final[tuple[str, ...]] = ("public", "private")


def voices_call(
    type_: object,
    engine: object,
    language: object,
    gender: object,
    limit: object,
    token: object,
    max_items: object,
) -> tuple[Callable[[str | None], Call], str | None, int | None]:
    """Check the filters (no request); the page-call builder, the first token and ``max_items``."""
    kind = check.check_choice("type", type_, VOICE_TYPES)
    filters: dict[str, Any] = {
        name: None if value is None else check.check_text(name, value)
        for name, value in (("engine", engine), ("language", language), ("gender", gender))
    }
    size, first, most = list_params(limit, token, max_items, maximum=100)

    def make(page_token: str | None) -> Call:
        return Call.generated(
            list_voices_v3, op=Op.READ, api=Api.V3, type_=kind, limit=size, token=page_token, **filters
        )

    return make, first, most


class Voices:
    """``client.voices`` on `HeyGen`."""

    def __init__(self, client: HeyGen) -> None:
        self._client = client

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
    ) -> Pager[Voice]:
        """Every voice matching the filters, fetched ``limit`` per page as you iterate.

        Example: ``voice = next(iter(client.voices.list(language="English", gender="female")))``
        """
        make, first, most = voices_call(type, engine, language, gender, limit, token, max_items)
        return Pager(self._client, make, Voice.from_raw, token=first, max_items=most)


class AsyncVoices:
    """``client.voices`` on `AsyncHeyGen` (iterate with ``async for``)."""

    def __init__(self, client: AsyncHeyGen) -> None:
        self._client = client

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
    ) -> AsyncPager[Voice]:
        """See `Voices.list`. Example: ``async for voice in client.voices.list(language="English"): ...``"""
        make, first, most = voices_call(type, engine, language, gender, limit, token, max_items)
        return AsyncPager(self._client, make, Voice.from_raw, token=first, max_items=most)
