"""The client a command talks through: HeyGen itself, or a stateful mock running inside the process.

``HEYGEN_MOCK_SPEED=N``: the command talks to a mock served N times faster than real time without poll
hints (``heygen-avatars mock --speed N --no-poll-hints``), so its waits, and its batch's admission checks,
run at the mock's pace on a clock N times as fast (a video's first status check, 78 HeyGen seconds after
its create, comes 78/N real seconds later). A mock with poll hints (the default) paces the command itself
with Retry-After in real seconds: do not set it then (hints would be counted N times too short). Only for
a mock: HeyGen runs in real time.
"""

from __future__ import annotations

import importlib.util
import os
from typing import IO, TYPE_CHECKING, Any

from .._client import HeyGen
from ..errors import MockUnavailableError

if TYPE_CHECKING:
    from ..mock import MockHeyGen

__all__ = ["ENV_MOCK_SPEED", "connect", "embedded_mock"]

ENV_MOCK_SPEED = "HEYGEN_MOCK_SPEED"


def _mock_pace() -> Any:
    """The clock of a command talking to a sped-up mock server (None: real time)."""
    raw = os.environ.get(ENV_MOCK_SPEED, "").strip()
    if not raw:
        return None
    from ..errors import InputValidationError

    try:
        speed = float(raw)
    except ValueError:
        speed = 0.0
    if not speed > 0:
        raise InputValidationError(
            ENV_MOCK_SPEED, f"must be a positive number (the mock's --speed), got {raw!r}"
        )
    from ..mock.clock import ScaledClock

    return ScaledClock(speed)


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
    max_concurrent_jobs: int | None = None,
) -> tuple[HeyGen, MockHeyGen | None]:
    """A client for a command, and the in-process mock it talks to (None: HeyGen, or the background mock).

    With ``use_mock``: on ``mock`` in this process if given (tests share one across commands), else on the
    background mock every ``--mock`` command shares (`shared_mock`: started on first use, ``note`` says
    so). ``api_key`` overrides the mock's key (to see what a wrong key does) or HEYGEN_API_KEY;
    ``max_concurrent_jobs`` the client's cap (else HEYGEN_MAX_CONCURRENT_JOBS, else 10).
    """
    cap = max_concurrent_jobs
    if not use_mock:
        return HeyGen(api_key=api_key, max_concurrent_jobs=cap, clock=_mock_pace()), None
    if mock is not None:
        client = HeyGen(
            api_key=api_key or mock.api_key,
            transport=mock.transport(),
            clock=mock.clock,
            max_concurrent_jobs=cap,
        )
        return client, mock
    if importlib.util.find_spec("uvicorn") is None:
        raise MockUnavailableError(_NEEDS_EXTRA)
    from . import shared_mock

    shared = shared_mock.ensure(note=note)
    client = HeyGen(
        api_key=api_key or shared.api_key,
        base_url=shared.url,
        upload_base_url=shared.url,
        max_concurrent_jobs=cap,
    )
    return client, None
