"""The client a command talks through: HeyGen itself, or a stateful mock running inside the process."""

from __future__ import annotations

import importlib.util
from typing import IO, TYPE_CHECKING

from .._client import HeyGen
from ..errors import MockUnavailableError

if TYPE_CHECKING:
    from ..mock import MockHeyGen

__all__ = ["connect", "embedded_mock"]

_NEEDS_EXTRA = 'the local mock needs the "mock" extra: pip install "heygen-avatars[mock]"'


def embedded_mock(speed: float | None = None, *, virtual: bool = False) -> MockHeyGen:
    """A fresh mock in this process: on virtual time, or on real time sped up ``speed`` times (default:
    the mock server's own `DEFAULT_SPEED`)."""
    try:
        from ..mock import DEFAULT_SPEED, MockHeyGen, ScaledClock
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        raise MockUnavailableError(f"{_NEEDS_EXTRA} ({exc})") from exc
    if virtual:
        return MockHeyGen()
    return MockHeyGen(clock=ScaledClock(DEFAULT_SPEED if speed is None else speed))


def connect(
    *,
    use_mock: bool,
    api_key: str | None = None,
    mock: MockHeyGen | None = None,
    note: IO[str] | None = None,
) -> tuple[HeyGen, MockHeyGen | None]:
    """A client for a command, and the in-process mock it talks to (None: HeyGen, or the background mock).

    With ``use_mock``: on ``mock`` in this process if given (tests share one across commands), else on the
    background mock every ``--mock`` command shares (`shared_mock`: started on first use, ``note`` says
    so). ``api_key`` overrides the mock's key (to see what a wrong key does) or HEYGEN_API_KEY.
    """
    if not use_mock:
        return HeyGen(api_key=api_key), None
    if mock is not None:
        return HeyGen(api_key=api_key or mock.api_key, transport=mock.transport(), clock=mock.clock), mock
    if importlib.util.find_spec("uvicorn") is None:
        raise MockUnavailableError(_NEEDS_EXTRA)
    from . import shared_mock

    shared = shared_mock.ensure(note=note)
    return HeyGen(api_key=api_key or shared.api_key, base_url=shared.url, upload_base_url=shared.url), None
