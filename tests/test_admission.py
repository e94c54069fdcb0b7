"""Admission control: at most N paid jobs in flight per client, creates wait their turn in order, a 429
that still comes lowers the ceiling for a while, reads and polls are never held back."""

from __future__ import annotations

import asyncio
import random
from typing import Any

import pytest
from _interrupting import Interrupting
from heygen_avatars import AsyncHeyGen, HeyGen, InputValidationError, InterruptReport, interrupt_report
from heygen_avatars._core.admission import AdmissionState, Lease, Pending
from heygen_avatars._core.limiter import LocalLimiter
from heygen_avatars.mock import Fault, MockHeyGen
from heygen_avatars.mock._http import MockRequest, MockResponse
from heygen_avatars.mock.specs import Operation

URL = "https://example.com/face.png"
VOICE = "1bd001e7e50f421d891986aad5158bc8"


def watch_running(mock: MockHeyGen) -> list[int]:
    """The number of jobs running on the mock right after each create it answered."""
    seen: list[int] = []

    def hook(request: MockRequest, operation: Operation, response: MockResponse) -> None:
        if request.method == "POST" and operation.template == "/v3/avatars":
            seen.append(sum(1 for _ in mock.jobs.running()))

    mock.response_hooks.append(hook)
    return seen


def statuses(mock: MockHeyGen, status: int) -> int:
    return sum(1 for entry in mock.journal if entry.status == status)


# --- the pure state -------------------------------------------------------------------------------------


def test_tickets_are_served_in_order_and_a_heavy_head_is_not_overtaken() -> None:
    state = AdmissionState(3)
    first, heavy, light = state.enqueue(2, "a", 0), state.enqueue(2, "b", 0), state.enqueue(1, "c", 0)
    assert state.pump(0) == [first]
    assert heavy.lease is None and light.lease is None  # one slot is free, but the head needs two
    assert first.lease is not None
    state.settle(first.lease, ["job-1"], kind="avatar", now=1)  # one job made: the other slot is freed
    assert state.pump(1) == [heavy]
    assert state.held == 3 and light.lease is None


def test_a_slot_is_freed_when_its_job_is_seen_to_end() -> None:
    state = AdmissionState(1)
    ticket = state.enqueue(1, "a", 0)
    state.pump(0)
    assert ticket.lease is not None
    state.settle(ticket.lease, ["job-1"], kind="video", now=0)
    waiting = state.enqueue(1, "b", 0)
    assert state.pump(0) == []
    assert state.observe("job-1", False, 10) is False and state.pump(10) == []
    assert state.observe("job-1", True, 20) is True and state.pump(20) == [waiting]


def test_a_429_lowers_the_ceiling_to_what_is_held_and_it_climbs_back() -> None:
    state = AdmissionState(10, recover_after=60)
    for index in range(6):
        state.adopt(f"job-{index}", kind="video", now=0)
    state.throttled(100)
    assert state.ceiling(100) == 5  # the six held, less the create that was refused
    assert state.ceiling(159) == 5 and state.ceiling(160) == 6
    assert state.ceiling(100 + 60 * 5) == 10 and state.ceiling(10_000) == 10


def test_the_head_is_offered_held_jobs_worth_polling() -> None:
    state = AdmissionState(1, check_step=5)
    ticket = state.enqueue(1, "a", 0)
    state.pump(0)
    assert ticket.lease is not None
    state.settle(ticket.lease, ["v1"], kind="video", now=0, check_after=78)
    head = state.enqueue(1, "b", 0)
    assert state.pending(head, 10) == Pending(head, True, (), 78)
    assert state.pending(head, 80).checks == (("video", "v1"),)
    assert state.pending(head, 82).checks == ()  # polled at 80: not again before 85
    assert state.pending(state.enqueue(1, "c", 0), 90).head is False


def test_slots_expire_and_a_cancelled_ticket_gives_its_place_up() -> None:
    state = AdmissionState(1, ttl=100)
    first = state.enqueue(1, "a", 0)
    second = state.enqueue(1, "b", 0)
    state.pump(0)
    assert first.lease is not None and second.lease is None
    state.cancel(first)  # granted, then given up: the slot goes to the next
    assert state.pump(1) == [second]
    assert second.lease is not None
    state.settle(second.lease, ["forgotten"], kind="video", now=1, ttl=100)
    third = state.enqueue(1, "c", 2)
    assert state.pump(50) == [] and state.pump(101) == [third]


# --- through the clients --------------------------------------------------------------------------------


def test_creates_beyond_the_cap_wait_without_a_single_429() -> None:
    mock = MockHeyGen(api_key="k", seed=1)
    running = watch_running(mock)
    client = HeyGen(api_key="k", transport=mock.transport(), clock=mock.clock, rng=random.Random(1))
    made = [client.avatars.create_from_photo(name=f"n{i}", url=URL) for i in range(25)]
    assert len({new.look_id for new in made}) == 25
    assert statuses(mock, 429) == 0
    assert max(running) == 10
    assert len(running) == 25  # every create was sent once


@pytest.mark.anyio
async def test_concurrent_async_workflows_stay_under_the_cap() -> None:
    mock = MockHeyGen(api_key="k", seed=2)
    running = watch_running(mock)
    client = AsyncHeyGen(
        api_key="k", transport=mock.transport(), clock=mock.clock, rng=random.Random(2), max_concurrent_jobs=4
    )

    async def one(index: int) -> str:
        new = await client.avatars.create_from_photo(name=f"n{index}", url=URL)
        return (await new.job.result()).id

    looks = await asyncio.gather(*(one(i) for i in range(20)))
    assert len(set(looks)) == 20
    assert statuses(mock, 429) == 0 and max(running) <= 4
    assert client.limiter is not None and client.limiter.stats()["held"] == 0


def test_a_429_from_someone_else_on_the_key_lowers_the_ceiling_then_creates_go_on() -> None:
    mock = MockHeyGen(api_key="k", seed=3, max_concurrent_jobs=3)  # another process holds 7 of 10
    limiter = LocalLimiter(10, recover_after=600)
    client = HeyGen(
        api_key="k", transport=mock.transport(), clock=mock.clock, rng=random.Random(3), limiter=limiter
    )
    made = [client.avatars.create_from_photo(name=f"n{i}", url=URL) for i in range(12)]
    assert len(made) == 12
    stats = limiter.stats()
    assert stats["throttles"] >= 1 and stats["ceiling"] <= 3
    assert statuses(mock, 429) <= 3  # a few to learn the room left, not one per create


@pytest.mark.anyio
async def test_reads_are_never_held_back_by_a_full_queue() -> None:
    mock = MockHeyGen(api_key="k", seed=4)
    client = AsyncHeyGen(
        api_key="k", transport=mock.transport(), clock=mock.clock, rng=random.Random(4), max_concurrent_jobs=1
    )
    first = await client.avatars.create_from_photo(name="first", url=URL)
    queued = asyncio.ensure_future(client.avatars.create_from_photo(name="second", url=URL))
    await asyncio.sleep(0)
    look = await client.avatars.get_look(first.look_id)  # the create waits; the read does not
    assert look.id == first.look_id and not queued.done()
    await first.job.result()
    assert (await queued).look_id != first.look_id


@pytest.mark.anyio
async def test_a_cancelled_waiter_gives_its_place_to_the_next() -> None:
    mock = MockHeyGen(api_key="k", seed=5)
    client = AsyncHeyGen(
        api_key="k", transport=mock.transport(), clock=mock.clock, rng=random.Random(5), max_concurrent_jobs=1
    )
    first = await client.avatars.create_from_photo(name="first", url=URL)
    doomed = asyncio.ensure_future(client.avatars.create_from_photo(name="doomed", url=URL))
    await asyncio.sleep(0)
    doomed.cancel()
    with pytest.raises(asyncio.CancelledError):
        await doomed
    await first.job.result()
    second = await client.avatars.create_from_photo(name="second", url=URL)
    assert second.look_id and [look.name for look in mock.state.avatar_looks.values() if not look.public] == [
        "first",
        "second",
    ]


@pytest.mark.anyio
async def test_a_create_cancelled_in_flight_hands_its_slot_to_the_job_it_made() -> None:
    # the cancellation lands while POST /v3/videos is out: the create finishes (AsyncHeyGen's shield), the
    # driver still settles its slot on the new video, and the cancellation carries the video's id
    mock = MockHeyGen(api_key="k", seed=8)
    transport = Interrupting(mock, at=1)
    limiter = LocalLimiter(1)
    client = AsyncHeyGen(
        api_key="k", transport=transport, clock=mock.clock, rng=random.Random(8), limiter=limiter
    )
    transport.task = asyncio.ensure_future(
        client.videos.create_from_image(url=URL, script="Hi!", voice_id=VOICE)
    )
    with pytest.raises(asyncio.CancelledError) as cancelled:
        await transport.task
    (video_id,) = mock.state.videos
    report = interrupt_report(cancelled.value)
    assert isinstance(report, InterruptReport) and video_id in str(report)
    assert limiter._state.by_job == {video_id: next(iter(limiter._state.slots))}  # held by its job
    transport.at = None
    await client.jobs.get("video", video_id).wait()  # the job ends: its slot is free for the next
    assert limiter.stats()["held"] == 0


def test_a_create_whose_answer_ctrl_c_lost_keeps_its_slot_until_it_expires() -> None:
    mock = MockHeyGen(api_key="k", seed=9)
    limiter = LocalLimiter(2, ttl=600)
    client = HeyGen(
        api_key="k",
        transport=Interrupting(mock, at=1),
        clock=mock.clock,
        rng=random.Random(9),
        limiter=limiter,
    )
    with pytest.raises(KeyboardInterrupt) as caught:
        client.videos.create_from_image(url=URL, script="Hi!", voice_id=VOICE)
    report = interrupt_report(caught.value)
    assert isinstance(report, InterruptReport) and report.in_flight is not None
    assert len(mock.state.videos) == 1 and limiter.stats()["held"] == 1  # HeyGen runs it: still counted
    mock.advance(601)
    client.videos.create_from_image(url=URL, script="Hi!", voice_id=VOICE, max_retries=0)
    assert limiter.stats()["held"] == 1  # the lost one expired; the new one holds its slot


def test_a_create_interrupted_while_it_waits_to_retry_a_429_hands_its_slot_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    mock = MockHeyGen(api_key="k", seed=10)
    mock.faults.push("createVideo", Fault.rate_limited(5.0))  # HeyGen made nothing
    limiter = LocalLimiter(1)
    client = HeyGen(
        api_key="k", transport=mock.transport(), clock=mock.clock, rng=random.Random(10), limiter=limiter
    )

    def interrupted(seconds: float) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(mock.clock, "sleep", interrupted)  # Ctrl-C in the wait before the retry
    with pytest.raises(KeyboardInterrupt):
        client.videos.create_from_image(url=URL, script="Hi!", voice_id=VOICE)
    assert mock.state.videos == {} and limiter.stats()["held"] == 0


def test_the_cap_comes_from_the_argument_the_environment_or_defaults_to_10(monkeypatch: Any) -> None:
    monkeypatch.delenv("HEYGEN_MAX_CONCURRENT_JOBS", raising=False)
    limiter = HeyGen(api_key="k").limiter
    assert isinstance(limiter, LocalLimiter) and limiter.max_concurrent_jobs == 10
    monkeypatch.setenv("HEYGEN_MAX_CONCURRENT_JOBS", "20")
    assert HeyGen(api_key="k").limiter.max_concurrent_jobs == 20  # type: ignore[union-attr]
    assert HeyGen(api_key="k", max_concurrent_jobs=3).limiter.max_concurrent_jobs == 3  # type: ignore[union-attr]
    monkeypatch.setenv("HEYGEN_MAX_CONCURRENT_JOBS", "0")
    assert HeyGen(api_key="k").limiter is None  # off
    monkeypatch.setenv("HEYGEN_MAX_CONCURRENT_JOBS", "ten")
    with pytest.raises(InputValidationError, match="HEYGEN_MAX_CONCURRENT_JOBS"):
        HeyGen(api_key="k")
    with pytest.raises(InputValidationError, match="max_concurrent_jobs"):
        HeyGen(api_key="k", max_concurrent_jobs=-1)
    with pytest.raises(InputValidationError, match="not both"):
        HeyGen(api_key="k", max_concurrent_jobs=2, limiter=LocalLimiter(2))


def test_copies_share_the_limiter_and_a_shared_limiter_caps_two_clients() -> None:
    mock = MockHeyGen(api_key="k", seed=6)
    running = watch_running(mock)
    limiter = LocalLimiter(5)
    one = HeyGen(api_key="k", transport=mock.transport(), clock=mock.clock, limiter=limiter)
    two = HeyGen(api_key="k", transport=mock.transport(), clock=mock.clock, limiter=limiter)
    assert one.with_options(max_retries=0).limiter is limiter
    for index in range(8):
        (one if index % 2 else two).avatars.create_from_photo(name=f"n{index}", url=URL)
    assert max(running) == 5 and statuses(mock, 429) == 0


def test_without_admission_control_creates_draw_429s() -> None:
    mock = MockHeyGen(api_key="k", seed=7)
    client = HeyGen(
        api_key="k", transport=mock.transport(), clock=mock.clock, rng=random.Random(7), max_concurrent_jobs=0
    )
    for index in range(11):
        client.avatars.create_from_photo(name=f"n{index}", url=URL)
    assert statuses(mock, 429) >= 1  # the 11th met the mock's cap of 10 and waited on Retry-After


def test_a_lease_from_another_limiter_is_ignored() -> None:
    limiter = LocalLimiter(1)
    clock = MockHeyGen().clock
    limiter.settle(clock, Lease((1,), owner=object()), ["job"], "video", 0.0, None, False)
    assert limiter.stats()["held"] == 0
