"""pytest plugin (entry point ``heygen_avatars``): a fresh HeyGen mock, and clients wired to it.

Fixtures:

* ``heygen_mock`` -- a new `heygen_avatars.mock.MockHeyGen` per test, on a virtual clock, validating every
  response it sends against the built specs (a test fails if one does not conform).
  Configure it with ``@pytest.mark.heygen_mock(seed=1, max_concurrent_jobs=2, ...)`` (any constructor
  argument).
* ``heygen_client`` / ``async_heygen_client`` -- `HeyGen` / `AsyncHeyGen` talking to that mock in-process,
  sleeping on its virtual clock (waits take no wall time), with a seeded jitter generator.

Imports are lazy, so the plugin never breaks pytest where the ``mock`` extra is not installed.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from heygen_avatars import AsyncHeyGen, HeyGen
    from heygen_avatars.mock import MockHeyGen

__all__ = ["async_heygen_client", "heygen_client", "heygen_mock"]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "heygen_mock(**options): keyword arguments for the heygen_mock fixture's MockHeyGen"
    )


@pytest.fixture
def heygen_mock(request: pytest.FixtureRequest) -> Iterator[MockHeyGen]:
    """A fresh stateful HeyGen mock (virtual clock, strict response conformance)."""
    try:
        from heygen_avatars.mock import MockHeyGen
    except ImportError as exc:  # pragma: no cover - depends on the environment
        pytest.skip(f"heygen_avatars.mock needs the 'mock' extra: {exc}")
    options: dict[str, Any] = {"strict_responses": True}
    for marker in reversed(list(request.node.iter_markers("heygen_mock"))):
        options.update(marker.kwargs)
    mock = MockHeyGen(**options)
    yield mock
    if mock.conformance_errors:
        pytest.fail(
            "the mock sent responses that do not match the built spec:\n  "
            + "\n  ".join(mock.conformance_errors),
            pytrace=False,
        )


@pytest.fixture
def heygen_client(heygen_mock: MockHeyGen) -> Iterator[HeyGen]:
    """A `HeyGen` client on the mock (in-process, virtual clock)."""
    from heygen_avatars import HeyGen

    client = HeyGen(
        api_key=heygen_mock.api_key,
        transport=heygen_mock.transport(),
        clock=heygen_mock.clock,
        rng=random.Random(0),
    )
    yield client
    client.close()


@pytest.fixture
def async_heygen_client(heygen_mock: MockHeyGen) -> Iterator[AsyncHeyGen]:
    """An `AsyncHeyGen` client on the mock (in-process, virtual clock), closed after the test.

    A plain (sync) fixture, so that it serves any async test runner; it closes the client's connection
    pool without an event loop (the in-process transport holds no sockets).
    """
    from heygen_avatars import AsyncHeyGen

    client = AsyncHeyGen(
        api_key=heygen_mock.api_key,
        transport=heygen_mock.transport(),
        clock=heygen_mock.clock,
        rng=random.Random(0),
    )
    yield client
    _close_async(client)


def _close_async(client: AsyncHeyGen) -> None:
    """Close an async client from synchronous code: its own `aclose()` on a private event loop."""
    import asyncio

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        asyncio.run(client.aclose())
        return
    # a loop runs in this thread (an async fixture stack): finish the close in a thread of its own
    import threading

    closer = threading.Thread(target=asyncio.run, args=(client.aclose(),))
    closer.start()
    closer.join()
