"""Jobs: honest waits on a virtual clock, failures and timeouts as typed errors, resume tokens, group waits.

Each test runs on both faces (`face`); a status script plays HeyGen's status endpoint.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import random
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from conftest import API_KEY, FakeClock, make_client, resolve
from heygen_avatars import (
    InputValidationError,
    JobActionRequiredError,
    JobFailedError,
    JobState,
    NotFoundError,
    WaitTimeoutError,
)
from heygen_avatars.jobs import JOB_KINDS, JobRef, token as jobs_module
from heygen_avatars.jobs.waiting import CLOCK_NOISE, MAX_TRANSIENT_FAILURES
from heygen_avatars.types import PhotoGeneration

pytestmark = pytest.mark.anyio

TRAIN_PATH = "/v2/photo_avatar/train/status/g1"


class StatusScript:
    """Answers status GETs from per-path scripts (the last step repeats); records (time, path) of each."""

    def __init__(self, clock: FakeClock, scripts: dict[str, list[Any]]) -> None:
        self.clock = clock
        self.scripts = {path: list(steps) for path, steps in scripts.items()}
        self.calls: list[tuple[float, str]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        self.calls.append((self.clock.now, path))
        steps = self.scripts[path]
        step = steps.pop(0) if len(steps) > 1 else steps[0]
        if isinstance(step, httpx.Response):
            return step
        if isinstance(step, str):
            return httpx.Response(200, json={"error": None, "data": {"status": step}})
        return httpx.Response(200, json=step)

    def times(self, path: str = TRAIN_PATH) -> list[float]:
        return [t - 1000.0 for t, p in self.calls if p == path]


def setup(face: str, clock: FakeClock, scripts: dict[str, list[Any]], **kw: Any) -> tuple[Any, StatusScript]:
    script = StatusScript(clock, scripts)
    return make_client(face, script, clock, **kw), script


async def test_first_check_is_immediate_and_cadence_backs_off_with_jitter(
    face: str, clock: FakeClock
) -> None:
    client, script = setup(
        face, clock, {TRAIN_PATH: ["pending", "pending", "processing", "pending", "ready"]}
    )
    job = client.jobs.get("training", "g1")
    snapshot = await resolve(job.wait())
    assert snapshot.state is JobState.SUCCEEDED and snapshot.status == "ready"
    assert snapshot.attempt == 5 and job.status == "ready"
    times = script.times()
    assert times[0] == 0.0, "the first status check happens before any sleep"
    cadence, rng = JOB_KINDS["training"].cadence, random.Random(7)
    expected = [cadence.delay(i, rng.random()) for i in range(4)]
    assert clock.sleeps == pytest.approx(expected)
    assert 12.0 <= expected[0] <= 18.0 and expected[1] > expected[0] * 1.1
    assert all(1.0 <= d <= cadence.cap for d in expected)


async def test_on_progress_fires_on_status_change_only(face: str, clock: FakeClock) -> None:
    client, _ = setup(face, clock, {TRAIN_PATH: ["pending", "pending", "processing", "processing", "ready"]})
    seen: list[str] = []
    await resolve(client.jobs.get("training", "g1").wait(on_progress=lambda s: seen.append(s.status)))
    assert seen == ["pending", "processing", "ready"]


async def test_async_progress_callback_may_be_a_coroutine(clock: FakeClock) -> None:
    client, _ = setup("async", clock, {TRAIN_PATH: ["pending", "ready"]})
    seen: list[str] = []

    async def on_progress(snapshot: Any) -> None:
        await asyncio.sleep(0)
        seen.append(snapshot.status)

    await client.jobs.get("training", "g1").wait(on_progress=on_progress)
    assert seen == ["pending", "ready"]


@pytest.mark.parametrize("ok", ["ready", "success", "completed", "READY", "Completed"])
async def test_training_accepts_every_documented_success_word(face: str, clock: FakeClock, ok: str) -> None:
    client, _ = setup(face, clock, {TRAIN_PATH: ["pending", ok]})
    assert (await resolve(client.jobs.get("training", "g1").wait())).state is JobState.SUCCEEDED


async def test_failure_raises_with_the_servers_code_and_message(face: str, clock: FakeClock) -> None:
    failed = {
        "data": {
            "id": "v1",
            "status": "failed",
            "failure_code": "MOVIO_ERROR",
            "failure_message": "Bad audio",
        }
    }
    client, _ = setup(
        face, clock, {"/v3/videos/v1": [{"data": {"id": "v1", "status": "processing"}}, failed]}
    )
    job = client.jobs.get("video", "v1")
    with pytest.raises(JobFailedError) as info:
        await resolve(job.wait())
    err = info.value
    assert (err.code, err.message, err.status) == ("MOVIO_ERROR", "Bad audio", "failed")
    assert err.snapshot.data == failed["data"] and job.state is JobState.FAILED
    with pytest.raises(JobFailedError):  # a failed job stays failed, without asking again
        await resolve(job.result())


async def test_v3_error_object_is_read_on_failure(face: str, clock: FakeClock) -> None:
    look = {
        "id": "l1",
        "status": "failed",
        "error": {"code": "training_failed", "message": "Footage too short"},
    }
    client, _ = setup(face, clock, {"/v3/avatars/looks/l1": [{"data": look}]})
    with pytest.raises(JobFailedError) as info:
        await resolve(client.jobs.get("avatar", "l1").result())
    assert (info.value.code, info.value.message) == ("training_failed", "Footage too short")


async def test_unknown_status_is_never_success_and_is_reported(
    face: str, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    client, _ = setup(face, clock, {TRAIN_PATH: ["pending", "uploading_to_gpu", "uploading_to_gpu", "ready"]})
    states: list[JobState] = []
    with caplog.at_level(logging.WARNING, logger="heygen_avatars"):
        snap = await resolve(
            client.jobs.get("training", "g1").wait(on_progress=lambda s: states.append(s.state))
        )
    assert states == [JobState.PENDING, JobState.UNKNOWN, JobState.SUCCEEDED]
    assert snap.attempt == 4
    warnings = [r.getMessage() for r in caplog.records if "uploading_to_gpu" in r.getMessage()]
    assert len(warnings) == 1, "an unknown status is reported once, not at every check"


async def test_timeout_polls_last_at_the_deadline_and_carries_snapshot_and_token(
    face: str, clock: FakeClock
) -> None:
    client, script = setup(face, clock, {TRAIN_PATH: ["processing"]})
    job = client.jobs.get("training", "g1")
    with pytest.raises(WaitTimeoutError) as info:
        await resolve(job.wait(timeout=100))
    times = script.times()
    assert times[0] == 0.0 and times[-1] == pytest.approx(100.0)
    assert len(times) == len(set(times)), "no double check at the deadline"
    assert sum(clock.sleeps) == pytest.approx(100.0)
    err = info.value
    assert err.snapshot is not None and err.snapshot.status == "processing" and err.snapshot.id == "g1"
    assert err.resume_token == job.resume_token()
    assert "keeps running" in str(err)


async def test_unknown_status_until_the_deadline_is_a_timeout_not_a_success(
    face: str, clock: FakeClock
) -> None:
    client, _ = setup(face, clock, {TRAIN_PATH: [{"data": {"state": "weird"}}]})
    with pytest.raises(WaitTimeoutError) as info:
        await resolve(client.jobs.get("training", "g1").wait(timeout=30))
    assert info.value.snapshot is not None and info.value.snapshot.state is JobState.UNKNOWN


async def test_zero_timeout_checks_exactly_once(face: str, clock: FakeClock) -> None:
    client, script = setup(face, clock, {TRAIN_PATH: ["pending", "ready"]})
    with pytest.raises(WaitTimeoutError):
        await resolve(client.jobs.get("training", "g1").wait(timeout=0))
    assert len(script.calls) == 1 and clock.sleeps == []


async def test_server_poll_hint_is_honoured_with_a_floor(face: str, clock: FakeClock) -> None:
    pending = {"error": None, "data": {"status": "pending"}}
    steps = [
        httpx.Response(200, json=pending, headers={"Retry-After": "42"}),
        httpx.Response(200, json=pending, headers={"Retry-After": "0"}),
        "ready",
    ]
    client, _ = setup(face, clock, {TRAIN_PATH: steps})
    await resolve(client.jobs.get("training", "g1").wait())
    assert clock.sleeps == [42.0, 1.0]


async def test_transient_errors_during_a_wait_do_not_lose_the_job(face: str, clock: FakeClock) -> None:
    boom = httpx.Response(503, text="<html><title>503 Service Unavailable</title></html>")
    client, script = setup(face, clock, {TRAIN_PATH: ["pending", boom, boom, boom, "ready"]}, max_retries=1)
    snap = await resolve(client.jobs.get("training", "g1").wait())
    assert snap.status == "ready"
    assert len(script.calls) == 5  # 1 + (503, retried 503) + (503, ready)


async def test_too_many_transient_errors_end_the_wait(face: str, clock: FakeClock) -> None:
    boom = httpx.Response(502, text="bad gateway")
    client, script = setup(face, clock, {TRAIN_PATH: ["pending", boom]}, max_retries=0)
    with pytest.raises(Exception) as info:
        await resolve(client.jobs.get("training", "g1").wait(timeout=None))
    assert type(info.value).__name__ == "InternalServerError"
    assert len(script.calls) == 1 + 6


async def test_a_fatal_error_ends_the_wait_at_once(face: str, clock: FakeClock) -> None:
    gone = httpx.Response(404, json={"error": {"code": "not_found", "message": "Avatar look not found."}})
    client, script = setup(face, clock, {"/v3/avatars/looks/l1": [{"data": {"status": "processing"}}, gone]})
    with pytest.raises(NotFoundError):
        await resolve(client.jobs.get("avatar", "l1").wait())
    assert len(script.calls) == 2


async def test_pending_consent_ends_the_wait_as_action_required(face: str, clock: FakeClock) -> None:
    look = {"data": {"id": "l1", "status": "pending_consent", "preview_image_url": None}}
    client, _ = setup(face, clock, {"/v3/avatars/looks/l1": [{"data": {"status": "processing"}}, look]})
    job = client.jobs.get("avatar", "l1")
    snap = await resolve(job.wait())
    assert snap.state is JobState.ACTION_REQUIRED and snap.done and snap.status == "pending_consent"
    with pytest.raises(JobActionRequiredError):
        await resolve(job.result())


async def test_v3_look_without_status_is_ready_when_its_preview_is(face: str, clock: FakeClock) -> None:
    steps = [
        {"data": {"id": "l1", "preview_image_url": None}},
        {"data": {"id": "l1", "preview_image_url": "https://x"}},
    ]
    client, _ = setup(face, clock, {"/v3/avatars/looks/l1": steps})
    assert (await resolve(client.jobs.get("avatar", "l1").result())).preview_image_url == "https://x"


async def test_result_returns_the_kinds_model_or_a_custom_conversion(face: str, clock: FakeClock) -> None:
    done = {"data": {"id": "gen1", "status": "success", "image_key_list": ["k1", "k2"]}}
    client, _ = setup(face, clock, {"/v2/photo_avatar/generation/gen1": [done]})
    result = await resolve(client.jobs.get("photo_generation", "gen1").result())
    assert isinstance(result, PhotoGeneration) and result.image_keys == ("k1", "k2")
    job = client.jobs.get("photo_generation", "gen1", result_of=lambda s: tuple(s.data["image_key_list"]))
    assert await resolve(job.result()) == ("k1", "k2")


async def test_poll_is_one_check(face: str, clock: FakeClock) -> None:
    client, script = setup(face, clock, {TRAIN_PATH: ["pending", "ready"]})
    job = client.jobs.get("training", "g1")
    assert job.status is None and job.snapshot is None
    snap = await resolve(job.poll())
    assert (
        snap.status == "pending" and job.status == "pending" and len(script.calls) == 1 and clock.sleeps == []
    )


async def test_wait_all_shares_one_deadline(face: str, clock: FakeClock) -> None:
    gen = "/v2/photo_avatar/generation/lg1"
    client, script = setup(
        face, clock, {TRAIN_PATH: ["pending"], gen: ["processing", "processing", "success"]}
    )
    jobs = [client.jobs.get("training", "g1"), client.jobs.get("look_generation", "lg1")]
    with pytest.raises(WaitTimeoutError) as info:
        await resolve(client.jobs.wait_all(jobs, timeout=120))
    assert [s.id for s in info.value.snapshots] == ["g1"]
    assert info.value.resume_tokens == (jobs[0].resume_token(),)
    assert jobs[1].state is JobState.SUCCEEDED
    assert script.times(TRAIN_PATH)[-1] == pytest.approx(120.0)
    assert clock.now - 1000.0 == pytest.approx(120.0)


async def test_wait_all_collects_results_and_failures(face: str, clock: FakeClock) -> None:
    gen_ok, gen_bad = "/v2/photo_avatar/generation/a", "/v2/photo_avatar/generation/b"
    bad = {"data": {"status": "failed", "msg": "No face detected"}}
    client, _ = setup(face, clock, {gen_ok: ["processing", "success"], gen_bad: ["processing", bad]})
    jobs = [client.jobs.get("photo_generation", "a"), client.jobs.get("photo_generation", "b")]
    results = await resolve(client.jobs.wait_all(jobs, return_exceptions=True))
    assert results[0].state is JobState.SUCCEEDED
    assert isinstance(results[1], JobFailedError) and results[1].message == "No face detected"
    with pytest.raises(JobFailedError):
        await resolve(client.jobs.wait_all(jobs))


async def test_resume_token_is_versioned_json_without_secret(face: str, clock: FakeClock) -> None:
    client, _ = setup(face, clock, {TRAIN_PATH: ["pending", "ready"]})
    job = client.jobs.get("training", "g1", context={"asset_id": "a1"})
    token = job.resume_token()
    payload = json.loads(token)
    assert payload["heygen_avatars_job"] == 1 and payload["kind"] == "training" and payload["id"] == "g1"
    assert payload["base_url"] == "https://api.heygen.com" and payload["context"] == {"asset_id": "a1"}
    assert API_KEY not in token
    other, _ = setup(face, FakeClock(), {TRAIN_PATH: ["ready"]})
    resumed = other.jobs.resume(token)
    assert (resumed.kind, resumed.id, resumed.context) == ("training", "g1", {"asset_id": "a1"})
    assert (await resolve(resumed.wait())).status == "ready"


@pytest.mark.parametrize(
    ("token", "words"),
    [
        ("not json", "not JSON"),
        ('{"x": 1}', "not a heygen_avatars resume token"),
        ('{"heygen_avatars_job": 99, "kind": "training", "id": "g"}', "version"),
        ('{"heygen_avatars_job": 1, "kind": "teleport", "id": "g"}', "unknown job kind"),
        ('{"heygen_avatars_job": 1, "kind": "training", "id": ""}', "no job id"),
        (
            '{"heygen_avatars_job": 1, "kind": "training", "id": "g", "base_url": "https://x.test"}',
            "lives on",
        ),
    ],
)
def test_bad_tokens_are_refused_clearly(face: str, token: str, words: str) -> None:
    client = make_client(face, lambda r: httpx.Response(500))
    with pytest.raises(InputValidationError) as info:
        client.jobs.resume(token)
    assert words in str(info.value)


def test_token_survives_unknown_fields() -> None:
    ref = JobRef(kind="video", id="v1", base_url="https://api.heygen.com", created_at=5.0)
    payload = json.loads(ref.token())
    payload["added_in_a_later_minor"] = True
    assert JobRef.from_token(json.dumps(payload), base_url="https://api.heygen.com") == ref


@pytest.mark.parametrize(("kind", "job_id"), [("bogus", "x"), ("training", ""), ("training", None)])
def test_bad_job_handles_are_refused_before_any_request(face: str, kind: str, job_id: Any) -> None:
    client = make_client(face, lambda r: httpx.Response(500))
    with pytest.raises(InputValidationError):
        client.jobs.get(kind, job_id)


@pytest.mark.parametrize("timeout", [-1, float("nan"), "10"])
async def test_bad_timeouts_are_refused(face: str, clock: FakeClock, timeout: Any) -> None:
    client, script = setup(face, clock, {TRAIN_PATH: ["ready"]})
    with pytest.raises(InputValidationError):
        await resolve(client.jobs.get("training", "g1").wait(timeout=timeout))
    assert script.calls == []


class BlockingClock(FakeClock):
    """Sleeps block forever (until cancelled), to observe cancellation mid-wait."""

    def __init__(self) -> None:
        super().__init__()
        self.sleeping = asyncio.Event()

    async def asleep(self, seconds: float) -> None:
        self.sleeping.set()
        await asyncio.Event().wait()


async def test_cancelling_an_async_wait_leaves_nothing_running() -> None:
    clock = BlockingClock()
    client, script = setup("async", clock, {TRAIN_PATH: ["pending"]})
    job = client.jobs.get("training", "g1")
    before = asyncio.all_tasks()
    task = asyncio.create_task(job.wait(timeout=None))
    await clock.sleeping.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await asyncio.sleep(0)
    assert asyncio.all_tasks() == before
    assert len(script.calls) == 1 and job.status == "pending"
    assert (await job.poll()).status == "pending", "the client stays usable after a cancelled wait"
    await client.aclose()


def test_resume_can_insist_on_a_kind(face: str) -> None:
    client = make_client(face, lambda r: httpx.Response(500))
    token = client.jobs.get("video", "v1").resume_token()
    assert client.jobs.resume(token, kind="video").id == "v1"
    with pytest.raises(InputValidationError) as info:
        client.jobs.resume(token, kind="training")
    assert "'video' job" in str(info.value) and info.value.allowed == ("training",)


def test_blocking_client_refuses_a_coroutine_progress_callback(clock: FakeClock) -> None:
    client, _ = setup("sync", clock, {TRAIN_PATH: ["pending", "ready"]})

    async def on_progress(snapshot: Any) -> None:
        pass

    with pytest.raises(TypeError, match="AsyncHeyGen"):
        client.jobs.get("training", "g1").wait(on_progress=on_progress)


async def test_wait_all_refuses_jobs_of_another_face_or_environment(face: str) -> None:
    client = make_client(face, lambda r: httpx.Response(500))
    other_face = make_client("async" if face == "sync" else "sync", lambda r: httpx.Response(500))
    elsewhere = make_client(face, lambda r: httpx.Response(500), base_url="https://elsewhere.test")
    for stranger in (other_face.jobs.get("video", "v"), elsewhere.jobs.get("video", "v")):
        with pytest.raises(InputValidationError) as info:
            await resolve(client.jobs.wait_all([client.jobs.get("video", "a"), stranger]))
        assert info.value.field == "jobs[1]"


# ------------------------------------------------------------------ transient failures: their own backoff


def boom() -> httpx.Response:
    return httpx.Response(503, text="<html><title>503 Service Unavailable</title></html>")


def draws(count: int) -> list[float]:
    """The client's jitter draws, in order (`make_client` seeds its rng with 7)."""
    rng = random.Random(7)
    return [rng.random() for _ in range(count)]


async def test_a_failed_check_is_retried_after_a_short_backoff_not_the_cadence(
    face: str, clock: FakeClock
) -> None:
    # training sleeps ~15 s, then ~125 s (to its window), then ~28 s: a dropped check costs ~2 s, and the
    # plan goes on where it was (the 125 s sleep is still ahead, not skipped)
    client, _ = setup(
        face, clock, {TRAIN_PATH: ["pending", boom(), "pending", "pending", "ready"]}, max_retries=0
    )
    snap = await resolve(client.jobs.get("training", "g1").wait())
    cadence, r = JOB_KINDS["training"].cadence, draws(4)
    assert snap.status == "ready" and snap.attempt == 5
    assert clock.sleeps == pytest.approx(
        [
            cadence.delay(0, r[0]),
            cadence.failure_delay(1, r[1]),
            cadence.delay(1, r[2]),  # the failed check did not advance the cadence
            cadence.delay(2, r[3]),
        ]
    )
    assert 1.6 <= clock.sleeps[1] <= 2.4 and clock.sleeps[2] > 100.0


async def test_failure_backoff_doubles_is_capped_and_resets_on_success(face: str, clock: FakeClock) -> None:
    look = "/v2/photo_avatar/l1"
    steps = ["pending", *[boom()] * MAX_TRANSIENT_FAILURES, "pending", boom(), "completed"]
    client, _ = setup(face, clock, {look: steps}, max_retries=0)
    assert (await resolve(client.jobs.get("look", "l1").wait())).status == "completed"
    cadence, r = JOB_KINDS["look"].cadence, draws(8)
    backoffs = clock.sleeps[1 : 1 + MAX_TRANSIENT_FAILURES]
    assert backoffs == pytest.approx([cadence.failure_delay(n, r[n]) for n in range(1, 6)])
    assert all(later > earlier for earlier, later in itertools.pairwise(backoffs[:4])), "it doubles"
    assert 1.6 <= backoffs[0] <= 2.4 and backoffs[3] == cadence.cap == 15.0, "16 s is capped at 15 s"
    assert all(b <= cadence.cap for b in backoffs) and backoffs[-1] >= 0.8 * cadence.cap
    reset = clock.sleeps[1 + MAX_TRANSIENT_FAILURES + 1]
    assert reset == pytest.approx(cadence.failure_delay(1, r[7])) and reset <= 2.4, "a success resets it"


async def test_retry_after_on_a_failed_check_wins_over_the_backoff(face: str, clock: FakeClock) -> None:
    busy = httpx.Response(503, text="busy", headers={"Retry-After": "42"})
    flood = httpx.Response(
        429, json={"error": {"code": "rate_limit_exceeded"}}, headers={"Retry-After": "900"}
    )
    client, _ = setup(face, clock, {TRAIN_PATH: ["pending", busy, flood, "ready"]}, max_retries=0)
    await resolve(client.jobs.get("training", "g1").wait())
    cadence = JOB_KINDS["training"].cadence
    assert clock.sleeps[1:] == [42.0, cadence.hint_cap], "Retry-After, bounded like a status hint"


async def test_the_deadline_bounds_the_failure_backoff_and_still_gets_its_check(
    face: str, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    busy = httpx.Response(503, text="busy", headers={"Retry-After": "100"})
    client, script = setup(face, clock, {TRAIN_PATH: ["pending", busy, boom()]}, max_retries=0)
    with caplog.at_level(logging.WARNING, logger="heygen_avatars"), pytest.raises(WaitTimeoutError) as info:
        await resolve(client.jobs.get("training", "g1").wait(timeout=20))
    first = clock.sleeps[0]
    assert script.times() == pytest.approx([0.0, first, 20.0]), "the last check is at the deadline"
    assert sum(clock.sleeps) == pytest.approx(20.0)
    assert f"next check in {20.0 - first:.1f} s" in caplog.text, "the backoff is clamped to the deadline"
    assert info.value.snapshot is not None and info.value.snapshot.status == "pending"


# ------------------------------------------------------------------------- resumed jobs keep their place

WALL = 1_800_000_000.0


@pytest.fixture
def wall(monkeypatch: pytest.MonkeyPatch) -> float:
    """Pin the wall clock that job ages are measured with."""
    monkeypatch.setattr(jobs_module, "wall_time", lambda: WALL)
    return WALL


def resumed(client: Any, kind: str, job_id: str, age: float) -> Any:
    ref = JobRef(kind=kind, id=job_id, base_url="https://api.heygen.com", created_at=WALL - age)
    return client.jobs.resume(ref.token())


async def test_a_resumed_job_is_polled_at_the_place_of_its_age(
    face: str, clock: FakeClock, wall: float
) -> None:
    # 8 min in, training is in its window (a check every 28 s from 140 s: ..., 476, 504, 532 ...)
    client, script = setup(face, clock, {TRAIN_PATH: ["training", "training", "training", "ready"]})
    await resolve(resumed(client, "training", "g1", age=480.0).wait())
    cadence, r = JOB_KINDS["training"].cadence, draws(3)
    assert cadence.resume(480.0) == (15, pytest.approx(24.0))
    assert clock.sleeps == pytest.approx(
        [cadence.jittered(24.0, r[0]), cadence.delay(15, r[1]), cadence.delay(16, r[2])]
    )
    assert all(s < 40.0 for s in clock.sleeps), "not the fresh 15 s then 125 s"
    assert script.times()[0] == 0.0, "the first check is still immediate"


async def test_the_check_on_resume_stands_for_the_nearest_planned_one(
    face: str, clock: FakeClock, wall: float
) -> None:
    # at 100 s the nearest planned check is the window's start (140 s): the next one is at 168 s
    client, _ = setup(face, clock, {TRAIN_PATH: ["training", "training", "ready"]})
    await resolve(resumed(client, "training", "g1", age=100.0).wait())
    cadence, r = JOB_KINDS["training"].cadence, draws(2)
    assert clock.sleeps == pytest.approx([cadence.jittered(68.0, r[0]), cadence.delay(3, r[1])])


@pytest.mark.parametrize("age", [0.0, CLOCK_NOISE / 2])
async def test_a_fresh_job_keeps_the_fresh_schedule(
    face: str, clock: FakeClock, wall: float, age: float
) -> None:
    client, _ = setup(face, clock, {TRAIN_PATH: ["pending", "pending", "pending", "ready"]})
    await resolve(resumed(client, "training", "g1", age=age).wait())
    cadence, r = JOB_KINDS["training"].cadence, draws(3)
    assert clock.sleeps == pytest.approx([cadence.delay(i, r[i]) for i in range(3)])


async def test_a_handle_made_here_is_fresh(face: str, clock: FakeClock, wall: float) -> None:
    client, _ = setup(face, clock, {TRAIN_PATH: ["pending", "ready"]})
    job = client.jobs.get("training", "g1")
    assert job.ref.created_at == WALL
    await resolve(job.wait())
    assert clock.sleeps == pytest.approx([JOB_KINDS["training"].cadence.delay(0, draws(1)[0])])


@pytest.mark.parametrize("created_at", [WALL - 480.0, datetime.fromtimestamp(WALL - 480.0, tz=UTC)])
async def test_a_handle_from_a_bare_id_takes_the_jobs_start(
    face: str, clock: FakeClock, wall: float, created_at: Any
) -> None:
    # the same place in the plan as a job resumed 8 min after it started
    client, _ = setup(face, clock, {TRAIN_PATH: ["training", "ready"]})
    job = client.jobs.get("training", "g1", created_at=created_at)
    assert job.ref.created_at == WALL - 480.0
    await resolve(job.wait())
    cadence, r = JOB_KINDS["training"].cadence, draws(2)
    assert clock.sleeps == pytest.approx([cadence.jittered(24.0, r[0])])


@pytest.mark.parametrize("bad", [datetime(2026, 1, 1), -1.0, float("nan"), True, "yesterday"])
def test_a_bad_start_time_is_refused_naming_the_field(face: str, bad: Any) -> None:
    client, _ = setup(face, FakeClock(), {})
    with pytest.raises(InputValidationError) as info:
        client.jobs.get("training", "g1", created_at=bad)
    assert info.value.field == "created_at"


async def test_wait_all_places_each_job_at_its_own_age(face: str, clock: FakeClock, wall: float) -> None:
    gen = "/v2/photo_avatar/generation/lg1"
    client, script = setup(face, clock, {TRAIN_PATH: ["training", "ready"], gen: ["processing", "success"]})
    old = resumed(client, "training", "g1", age=480.0)
    await resolve(client.jobs.wait_all([old, client.jobs.get("look_generation", "lg1")]))
    assert 19.0 <= script.times(TRAIN_PATH)[1] <= 29.0, "the old training job: its next planned check"
    assert script.times(gen)[1] >= 62.0, "the fresh look generation: its first planned sleep (78 s)"


async def test_a_resumed_job_whose_first_check_fails_is_placed_at_its_first_success(
    face: str, clock: FakeClock, wall: float
) -> None:
    client, _ = setup(face, clock, {TRAIN_PATH: [boom(), "training", "ready"]}, max_retries=0)
    await resolve(resumed(client, "training", "g1", age=470.0).wait())
    cadence, r = JOB_KINDS["training"].cadence, draws(2)
    backoff = cadence.failure_delay(1, r[0])
    _, rest = cadence.resume(470.0 + backoff)
    assert clock.sleeps == pytest.approx([backoff, cadence.jittered(rest, r[1])])


def test_cadence_resume_lands_on_the_plan() -> None:
    training = JOB_KINDS["training"].cadence
    assert training.resume(0.0) == (1, 15.0), "age 0 is a fresh wait"
    assert training.resume(150.0) == (3, pytest.approx(18.0)), "to the check at 168 s"
    assert training.resume(10.0) == (2, pytest.approx(130.0)), "the check now stands for the one at 15 s"
    look = JOB_KINDS["look"].cadence
    index, rest = look.resume(1e12)  # a token from long ago: no overflow, no endless walk
    assert 0 < rest <= look.cap and look.delay(index, 0.5) == look.cap


async def test_v3_avatar_looks_are_polled_through_their_window(face: str, clock: FakeClock) -> None:
    # photo looks take 30-90 s, prompt looks 1-3 min: the first sleep reaches 39 s, then one check per 24 s
    look = "/v3/avatars/looks/l1"
    client, _ = setup(
        face, clock, {look: [{"data": {"status": "processing"}}] * 4 + [{"data": {"status": "completed"}}]}
    )
    await resolve(client.jobs.get("avatar", "l1").wait())
    cadence, r = JOB_KINDS["avatar"].cadence, draws(4)
    assert clock.sleeps == pytest.approx([cadence.delay(i, r[i]) for i in range(4)])
    assert 31.2 <= clock.sleeps[0] <= 46.8 and all(19.2 <= s <= 28.8 for s in clock.sleeps[1:])
