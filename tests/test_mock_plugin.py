"""The pytest plugin (`heygen_avatars.testing`): a fresh mock per test and facade clients wired to it."""

from __future__ import annotations

import pytest
from heygen_avatars import AsyncHeyGen, HeyGen
from heygen_avatars.mock import MockHeyGen, VirtualClock

pytest_plugins = ["pytester"]


def test_each_test_gets_a_fresh_strict_mock_on_a_virtual_clock(heygen_mock: MockHeyGen) -> None:
    assert isinstance(heygen_mock.clock, VirtualClock) and heygen_mock.strict_responses
    assert heygen_mock.journal.entries == [] and heygen_mock.clock.monotonic() == 0.0


@pytest.mark.heygen_mock(seed=3, max_concurrent_jobs=1)
def test_the_marker_configures_the_mock(heygen_mock: MockHeyGen) -> None:
    assert (heygen_mock.seed, heygen_mock.max_concurrent_jobs) == (3, 1)


def test_sync_client_waits_in_virtual_time(heygen_client: HeyGen, heygen_mock: MockHeyGen) -> None:
    new = heygen_client.avatars.create_from_photo(name="Sarah", url="https://example.com/sarah.png")
    look = new.job.result()
    assert look.status == "completed"
    assert heygen_mock.clock.monotonic() >= 60  # the realistic 60 s passed on the virtual clock, not the wall
    assert heygen_client.clock is heygen_mock.clock


@pytest.mark.anyio
async def test_async_client_waits_in_virtual_time(
    async_heygen_client: AsyncHeyGen, heygen_mock: MockHeyGen
) -> None:
    new = await async_heygen_client.avatars.create_from_photo(
        name="Sarah", url="https://example.com/sarah.png"
    )
    look = await new.job.result()
    assert look.status == "completed" and heygen_mock.clock.monotonic() >= 60


def test_the_clients_are_closed_after_the_test(pytester: pytest.Pytester) -> None:
    """Users' suites must not leak connections: both client fixtures close their client at teardown."""
    pytester.makepyfile(
        """
        import asyncio
        seen = []

        def test_async(async_heygen_client):
            seen.append(async_heygen_client)
            asyncio.run(async_heygen_client.voices.list(max_items=1).first_page())  # it opened its pool

        def test_sync(heygen_client):
            seen.append(heygen_client)
            heygen_client.voices.list(max_items=1).first_page()

        def test_both_closed():
            assert [client.is_closed for client in seen] == [True, True]
        """
    )
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=3)


def test_a_nonconforming_response_fails_the_users_test(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        def test_drift(heygen_mock, monkeypatch):
            from heygen_avatars.mock import api_v3
            from heygen_avatars.mock._http import MockRequest
            monkeypatch.setattr(api_v3, "render_voice", lambda voice: {"voice_id": 1})
            heygen_mock.handle(MockRequest("GET", "/v3/voices", headers={"x-api-key": heygen_mock.api_key}))
        """
    )
    result = pytester.runpytest("-p", "no:cacheprovider")  # the plugin loads through its entry point
    result.assert_outcomes(passed=1, errors=1)
    result.stdout.fnmatch_lines(["*do not match the built spec*", "*GET /v3/voices -> 200: data.0.voice_id*"])
