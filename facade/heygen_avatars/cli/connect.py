"""The client a command talks through: HeyGen itself, or a stateful mock running inside the process."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._client import HeyGen
from ..errors import HeyGenError

if TYPE_CHECKING:
    from ..mock import MockHeyGen

__all__ = ["MOCK_SPEED", "MockUnavailableError", "connect", "embedded_mock"]

MOCK_SPEED = 60.0
"""How much faster than HeyGen the embedded mock runs its jobs (a 5-minute training takes 5 s)."""


class MockUnavailableError(HeyGenError):
    """``--mock`` was asked for but the mock's extra is not installed."""


def embedded_mock(speed: float | None = MOCK_SPEED) -> MockHeyGen:
    """A fresh mock in this process: on real time sped up ``speed`` times, or on virtual time (None)."""
    try:
        from ..mock import MockHeyGen, ScaledClock
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        raise MockUnavailableError(
            f'the embedded mock needs the "mock" extra: pip install "heygen-avatars[mock]" ({exc})'
        ) from exc
    if speed is None:
        return MockHeyGen()
    return MockHeyGen(clock=ScaledClock(speed))


def connect(
    *, use_mock: bool, api_key: str | None = None, mock: MockHeyGen | None = None
) -> tuple[HeyGen, MockHeyGen | None]:
    """A client for a command, and the mock it talks to (None when it talks to HeyGen).

    With ``use_mock``: ``mock`` if given (tests share one across commands), else a fresh embedded mock.
    ``api_key`` overrides the mock's key (to see what a wrong key does) or HEYGEN_API_KEY.
    """
    if not use_mock:
        return HeyGen(api_key=api_key), None
    mock = mock or embedded_mock()
    client = HeyGen(api_key=api_key or mock.api_key, transport=mock.transport(), clock=mock.clock)
    return client, mock
