"""Time in the mock: the virtual clock's catch-up, job control, configuration checks and reset."""

from __future__ import annotations

import httpx
import pytest
from heygen_avatars import Clock
from heygen_avatars.mock import MockHeyGen, ScaledClock, VirtualClock

PHOTO = {"type": "photo", "name": "Sarah", "file": {"type": "url", "url": "https://example.com/sarah.png"}}


def start_video(api: httpx.Client) -> str:
    look = api.get("/v3/avatars/looks", params={"ownership": "public"}).json()["data"][0]["id"]
    response = api.post(
        "/v3/videos",
        json={
            "type": "avatar",
            "avatar_id": look,
            "script": "Hi",
            "voice_id": "1bd001e7e50f421d891986aad5158bc8",
        },
    )
    return str(response.json()["data"]["video_id"])


def test_virtual_clock_implements_the_sdk_clock_protocol() -> None:
    clock = VirtualClock(start=5.0)
    assert isinstance(clock, Clock) and isinstance(ScaledClock(2.0), Clock)
    clock.sleep(2.5)
    clock.sleep(-1)  # negative sleeps are no-ops, as with time.sleep(0)
    assert clock.monotonic() == 7.5
    with pytest.raises(ValueError, match="seconds"):
        clock.advance(-1)
    clock.reset()
    assert clock.monotonic() == 5.0


@pytest.mark.anyio
async def test_async_sleep_advances_virtual_time_and_jobs(heygen_mock: MockHeyGen) -> None:
    async with httpx.AsyncClient(
        transport=heygen_mock.transport(),
        base_url="https://api.heygen.com",
        headers={"x-api-key": heygen_mock.api_key},
    ) as client:
        look = (await client.post("/v3/avatars", json=PHOTO)).json()["data"]["avatar_item"]["id"]
        await heygen_mock.clock.asleep(61)
        status = (await client.get(f"/v3/avatars/looks/{look}")).json()["data"]["status"]
    assert status == "completed"


def test_one_large_advance_applies_every_due_transition_at_its_own_time(
    api: httpx.Client, heygen_mock: MockHeyGen
) -> None:
    heygen_mock.set_durations(video=(10, 20))
    video_id = start_video(api)
    job = heygen_mock.job(video_id)
    changes: list[tuple[str, float | None]] = []
    job.on_change = lambda j: changes.append((j.status, j.updated_at))
    heygen_mock.advance(1000)  # several steps in one advance (moto moves one step per read)
    assert changes == [("processing", 10.0), ("completed", 30.0)]
    body = api.get(f"/v3/videos/{video_id}").json()["data"]
    assert body["status"] == "completed"
    assert body["completed_at"] - body["created_at"] == 30


def test_transitions_are_applied_in_time_order_across_jobs(
    api: httpx.Client, heygen_mock: MockHeyGen
) -> None:
    heygen_mock.set_durations(video=(5, 5))
    first = start_video(api)
    heygen_mock.advance(3)
    second = start_video(api)
    heygen_mock.advance(8)  # t=11: first finished at 10, second is processing (started 3, done at 13)
    assert heygen_mock.job(first).status == "completed"
    assert heygen_mock.job(second).status == "processing"
    heygen_mock.advance(2)
    assert heygen_mock.job(second).finished_at == 13.0


def test_status_is_present_from_the_first_read(api: httpx.Client) -> None:
    video_id = start_video(api)
    assert api.get(f"/v3/videos/{video_id}").json()["data"]["status"] == "pending"


def test_imperative_job_control(api: httpx.Client, heygen_mock: MockHeyGen) -> None:
    first, second, third = start_video(api), start_video(api), start_video(api)
    assert heygen_mock.advance_job(first).status == "processing"
    assert heygen_mock.complete_job(second).status == "completed"
    failed = heygen_mock.fail_job(third, "rendering_failed", "boom")
    assert (failed.status, failed.error) == ("failed", ("rendering_failed", "boom"))
    heygen_mock.advance(10_000)  # superseded timers do not resurrect finished jobs
    assert heygen_mock.job(third).status == "failed"
    with pytest.raises(KeyError):
        heygen_mock.complete_job("nope")


def test_configuration_is_checked_when_set(heygen_mock: MockHeyGen) -> None:
    with pytest.raises(ValueError, match="unknown job kind 'trainning'"):
        heygen_mock.script_next("trainning", fail=("x", "y"))
    with pytest.raises(ValueError, match="needs 2 value"):
        heygen_mock.set_durations(training=(5,))
    with pytest.raises(ValueError, match=">= 0"):
        heygen_mock.set_durations(video=(-1, 5))
    with pytest.raises(ValueError, match="code, message"):
        heygen_mock.script_next("video", fail=("only-code",))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="training_vocabulary"):
        MockHeyGen(training_vocabulary="done")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="speed"):
        ScaledClock(0)


def test_scripted_outcomes_are_consumed_in_order(api: httpx.Client, heygen_mock: MockHeyGen) -> None:
    heygen_mock.script_next("video", fail=("a", "first"))
    heygen_mock.script_next("video")
    heygen_mock.script_next("video", fail=("c", "third"))
    ids = [start_video(api) for _ in range(4)]
    heygen_mock.advance(1000)
    assert [heygen_mock.job(i).status for i in ids] == ["failed", "completed", "failed", "completed"]
    assert heygen_mock.jobs.scripted() == {}


def test_reset_clears_state_clock_faults_scripts_durations_and_journal(
    api: httpx.Client, heygen_mock: MockHeyGen
) -> None:
    from heygen_avatars.mock import Fault

    first_id = start_video(api)
    heygen_mock.set_durations(video=(1, 1))
    heygen_mock.script_next("video", fail=("x", "y"))
    heygen_mock.faults.push("*", Fault.status(503))
    heygen_mock.advance(50)
    heygen_mock.reset()
    assert heygen_mock.clock.monotonic() == 0.0
    assert heygen_mock.journal.entries == [] and heygen_mock.faults.pending() == {}
    assert heygen_mock.state.videos == {} and heygen_mock.jobs.scripted() == {}
    assert heygen_mock.jobs.durations["video"] == (15.0, 105.0)
    assert start_video(api) == first_id  # ids restart from the seed
    heygen_mock.advance(50)
    assert heygen_mock.job(first_id).status == "processing"  # realistic durations again


def test_scaled_clock_runs_faster_than_real_time(monkeypatch: pytest.MonkeyPatch) -> None:
    import heygen_avatars.mock.clock as clock_module

    real = [100.0]
    slept: list[float] = []
    monkeypatch.setattr(clock_module.time, "monotonic", lambda: real[0])
    monkeypatch.setattr(clock_module.time, "sleep", slept.append)
    clock = ScaledClock(60.0)
    real[0] += 5  # five real seconds
    assert clock.monotonic() == 300.0
    clock.sleep(120)  # two scaled minutes = two real seconds
    assert slept == [2.0]
