"""Shared fixtures and helpers: anyio backend, a recording fake clock, clients of either face on a fake
transport or on the mock (`shared_mock`, `mock`, `client`, `api`), and small helpers several modules use."""

from __future__ import annotations

import inspect
import random
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from heygen_avatars import AsyncHeyGen, AsyncPager, HeyGen
from heygen_avatars.mock import MockHeyGen
from heygen_avatars.mock.media import MP4_BYTES

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


async def collect(pager: Any) -> list[Any]:
    """Every item of a pager of either face."""
    if isinstance(pager, AsyncPager):
        return [item async for item in pager]
    return list(pager)


# ------------------------------------------------------------------------------------------ on the mock


def mock_client(face: str, mock: MockHeyGen, **kwargs: Any) -> Any:
    """A client of `face` on `mock`, in-process: its transport (unless another is given) and its clock."""
    cls = HeyGen if face == "sync" else AsyncHeyGen
    kwargs.setdefault("transport", mock.transport())
    kwargs.setdefault("rng", random.Random(0))
    return cls(api_key=mock.api_key, clock=mock.clock, **kwargs)


@pytest.fixture(scope="module")
def shared_mock() -> MockHeyGen:
    """One strict mock per test module (building one compiles the specs), reset for each test by `mock`.
    A module that needs other options defines its own."""
    return MockHeyGen(strict_responses=True)


@pytest.fixture
def mock(shared_mock: MockHeyGen) -> Iterator[MockHeyGen]:
    """The module's mock, reset; every answer it gave in the test conforms to the built specs."""
    shared_mock.reset()
    yield shared_mock
    assert shared_mock.conformance_errors == []


@pytest.fixture
def client(face: str, mock: MockHeyGen) -> Any:
    """A client of each face on `mock`."""
    return mock_client(face, mock)


@pytest.fixture
def api(heygen_mock: MockHeyGen) -> Iterator[httpx.Client]:
    """Plain HTTP to the `heygen_mock` fixture's mock (in-process), with its key."""
    with httpx.Client(
        transport=heygen_mock.transport(),
        base_url="https://api.heygen.com",
        headers={"x-api-key": heygen_mock.api_key},
    ) as http:
        yield http


def ops(mock: MockHeyGen) -> list[str | None]:
    """The operation of every request the mock answered, in order."""
    return [entry.operation for entry in mock.journal]


def spy_on_created_videos(mock: MockHeyGen, monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """The bodies of ``POST /v3/videos`` as the mock receives them (its journal keeps no bodies)."""
    bodies: list[dict[str, Any]] = []
    create_video = mock.backend.create_video

    def spy(body: dict[str, Any]) -> Any:
        bodies.append(dict(body))
        return create_video(body)

    monkeypatch.setattr(mock.backend, "create_video", spy)
    return bodies


def footage(path: Path, size: int) -> Path:
    """A sparse MP4-looking file of `size` bytes (the header, then a hole): above 32 MB it goes by direct
    upload, without the test writing that much."""
    with path.open("wb") as handle:
        handle.write(MP4_BYTES)
        handle.truncate(size)
    return path


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
