"""Shared fixtures: anyio backend, a recording fake clock, clients of either face on a fake transport."""

from __future__ import annotations

import inspect
import random
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from heygen_avatars import AsyncHeyGen, HeyGen

API_KEY = "sk-test-SECRET-0123456789abcdef"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class FakeClock:
    """A Clock whose sleeps only advance time, and which records them."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += max(seconds, 0.0)

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


Handler = Callable[[httpx.Request], httpx.Response]


@pytest.fixture(params=["sync", "async"])
def face(request: pytest.FixtureRequest) -> str:
    """Run a test against `HeyGen` and against `AsyncHeyGen`."""
    return str(request.param)


def make_client(face: str, handler: Handler, clock: Any = None, **kwargs: Any) -> Any:
    """A client of `face` whose requests go to `handler` (an httpx.MockTransport, no sockets)."""
    kwargs.setdefault("api_key", API_KEY)
    kwargs.setdefault("rng", random.Random(7))
    cls = HeyGen if face == "sync" else AsyncHeyGen
    return cls(transport=httpx.MockTransport(handler), clock=clock, **kwargs)


async def resolve(value: Any) -> Any:
    """Await `value` if the async face returned an awaitable: one test body serves both faces."""
    return await value if inspect.isawaitable(value) else value


@pytest.fixture(autouse=True, scope="session")
def _own_background_mock_folder(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """`--mock` commands share a background mock found through a folder: each test session has its own,
    and stops the mock it started (never one of the user's)."""
    import os

    folder = tmp_path_factory.mktemp("background-mock")
    previous = os.environ.get("HEYGEN_MOCK_HOME")
    os.environ["HEYGEN_MOCK_HOME"] = str(folder)
    yield folder
    from heygen_avatars.cli import shared_mock

    shared_mock.stop()
    if previous is None:
        os.environ.pop("HEYGEN_MOCK_HOME", None)
    else:
        os.environ["HEYGEN_MOCK_HOME"] = previous
