"""The request of ``client.voices``: ``GET /v3/voices``, its filters checked, one page at a time."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..._core import validation as check
from ..._core.call import Call
from ..._core.config import Op
from ..._core.lazy import lazy
from ..._core.pages import list_params
from ..._core.responses import Api
from ...types.literals import VOICE_TYPES

# generated endpoints, imported at first use (see _core/lazy.py)
list_voices_v3 = lazy("heygen_avatars_generated.v3.api.voices.list_voices_v3")

__all__ = ["voices_call"]


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
        name: None if value is None else check.check_text(name, value, max_chars=check.MAX_QUERY_CHARS)
        for name, value in (("engine", engine), ("language", language), ("gender", gender))
    }
    size, first, most = list_params(limit, token, max_items, maximum=100)

    def make(page_token: str | None) -> Call:
        return Call.generated(
            list_voices_v3, op=Op.READ, api=Api.V3, type_=kind, limit=size, token=page_token, **filters
        )

    return make, first, most
