"""The facade core on the stateful mock: faults, error mapping, job lifecycles, resume in another process.

Both faces, in-process (`mock.transport()`), on the mock's virtual clock: no test sleeps for real.
The core is driven with raw `Call`s so that these tests depend on no resource module.
"""

from __future__ import annotations

import contextlib
import json
import random
import subprocess
import sys
import textwrap
from typing import Any

import pytest
from conftest import resolve
from heygen_avatars import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncHeyGen,
    AuthenticationError,
    HeyGen,
    HeyGenError,
    InternalServerError,
    JobFailedError,
    JobState,
    NotFoundError,
    ResponseValidationError,
    WaitTimeoutError,
)
from heygen_avatars._core.call import Call, call
from heygen_avatars._core.config import Op
from heygen_avatars._core.responses import Api
from heygen_avatars.mock import FAULT_KINDS, Fault, MockHeyGen

pytestmark = pytest.mark.anyio

PHOTO = {"type": "photo", "name": "Sarah", "file": {"type": "url", "url": "https://example.com/sarah.png"}}
TWIN = {"type": "digital_twin", "name": "Me", "file": {"type": "url", "url": "https://example.com/me.mp4"}}
GENERATE = {
    "name": "Nova",
    "age": "Young Adult",
    "gender": "Woman",
    "ethnicity": "Unspecified",
    "orientation": "square",
    "pose": "half_body",
    "style": "Realistic",
    "appearance": "smiling, green jacket",
}


def client_for(face: str, mock: MockHeyGen, **kw: Any) -> Any:
    cls = HeyGen if face == "sync" else AsyncHeyGen
    kw.setdefault("api_key", mock.api_key)
    return cls(transport=mock.transport(), clock=mock.clock, rng=random.Random(3), **kw)


async def send(client: Any, method: str, path: str, op: Op, api: Api, body: Any = None) -> Any:
    c = Call.raw(method, path, op=op, api=api, json=body)
    return await resolve(client._run(call(c)))


async def create_avatar(client: Any, body: dict[str, Any] = PHOTO) -> Any:
    return await send(client, "POST", "/v3/avatars", Op.CREATE, Api.V3, body)


def private_looks(mock: MockHeyGen) -> int:
    return sum(1 for look in mock.state.avatar_looks.values() if not look.public)


# --------------------------------------------------------------------------- no paid job is created twice

CREATE_FAULTS: dict[str, Fault] = {
    "status": Fault.status(503),
    "rate_limited": Fault.rate_limited(retry_after=0),
    "latency": Fault.latency(3.0),
    "drop": Fault.drop(),
    "reset": Fault.reset(after_handling=True),
    "timeout": Fault.timeout(),
    "truncated_json": Fault.truncated_json(),
    "malformed_json": Fault.malformed_json(),
    "html_error": Fault.html_error(),
    "error_envelope_200": Fault.error_envelope_200(),
    "empty_body": Fault.empty_body(),
}


def test_every_fault_kind_is_covered() -> None:
    assert set(CREATE_FAULTS) == set(FAULT_KINDS)


@pytest.mark.parametrize("kind", sorted(CREATE_FAULTS))
async def test_no_avatar_is_created_twice_under_any_fault(
    face: str, heygen_mock: MockHeyGen, kind: str
) -> None:
    # each fault three times in a row: whatever the client retries, it must not create a second avatar
    heygen_mock.faults.push("createAvatar", *[CREATE_FAULTS[kind]] * 3)
    client = client_for(face, heygen_mock)
    with contextlib.suppress(HeyGenError):
        await create_avatar(client)
    assert private_looks(heygen_mock) <= 1
    assert len(heygen_mock.journal.created_ids()) <= 2  # one group + its first look


@pytest.mark.parametrize(
    ("fault", "error", "created", "attempts"),
    [
        (Fault.status(500), InternalServerError, 0, 1),
        (Fault.html_error(503), InternalServerError, 0, 1),
        (Fault.reset(after_handling=False), APIConnectionError, 0, 1),
        (Fault.reset(after_handling=True), APIConnectionError, 1, 1),
        (Fault.timeout(), APITimeoutError, 1, 1),
        (Fault.truncated_json(), ResponseValidationError, 1, 1),
        (Fault.error_envelope_200("rate_limit_exceeded", "busy"), APIStatusError, 0, 1),
        (Fault.drop(), None, 1, 2),
        (Fault.rate_limited(retry_after=2), None, 1, 2),
        (Fault.rate_limited(retry_after=1, http_date=True), None, 1, 2),
    ],
)
async def test_create_retries_only_what_the_server_did_not_act_on(
    face: str,
    heygen_mock: MockHeyGen,
    fault: Fault,
    error: type[Exception] | None,
    created: int,
    attempts: int,
) -> None:
    heygen_mock.faults.push("createAvatar", fault)
    client = client_for(face, heygen_mock)
    if error is None:
        result = await create_avatar(client)
        assert result.data["avatar_item"]["status"] == "processing"
    else:
        with pytest.raises(error) as info:
            await create_avatar(client)
        if isinstance(info.value, APIConnectionError):
            assert info.value.request_sent is True
    assert private_looks(heygen_mock) == created
    assert len([f for f in heygen_mock.faults.fired]) == 1
    assert sum(1 for e in heygen_mock.journal if e.path == "/v3/avatars") <= attempts


async def test_connect_failures_exhaust_retries_and_say_nothing_was_sent(
    face: str, heygen_mock: MockHeyGen
) -> None:
    heygen_mock.faults.push("createAvatar", Fault.drop(), Fault.drop(), Fault.drop())
    with pytest.raises(APIConnectionError) as info:
        await create_avatar(client_for(face, heygen_mock))
    assert info.value.request_sent is False and "may have reached" not in str(info.value)
    assert private_looks(heygen_mock) == 0


@pytest.mark.parametrize(
    "fault",
    [
        Fault.status(502),
        Fault.html_error(),
        Fault.timeout(),
        Fault.reset(),
        Fault.drop(),
        Fault.rate_limited(0),
    ],
    ids=["502", "html", "timeout", "reset", "drop", "429"],
)
async def test_reads_are_retried_through_transient_faults(
    face: str, heygen_mock: MockHeyGen, fault: Fault
) -> None:
    heygen_mock.faults.push("listVoicesV3", fault, fault)
    result = await send(client_for(face, heygen_mock), "GET", "/v3/voices", Op.READ, Api.V3)
    assert isinstance(result.data, list) and result.data
    assert len(heygen_mock.faults.fired) == 2


async def test_rate_limit_beyond_the_cap_surfaces_at_once(face: str, heygen_mock: MockHeyGen) -> None:
    heygen_mock.faults.push("listVoicesV3", Fault.rate_limited(retry_after=600))
    before = heygen_mock.clock.monotonic()
    with pytest.raises(APIStatusError) as info:
        await send(client_for(face, heygen_mock), "GET", "/v3/voices", Op.READ, Api.V3)
    assert info.value.status_code == 429 and info.value.retry_after == 600
    assert heygen_mock.clock.monotonic() == before


# ------------------------------------------------------------------------------------------ error mapping


async def test_wrong_key_is_an_authentication_error(face: str, heygen_mock: MockHeyGen) -> None:
    client = client_for(face, heygen_mock, api_key="not-the-key")
    with pytest.raises(AuthenticationError) as info:
        await send(client, "GET", "/v3/voices", Op.READ, Api.V3)
    assert info.value.status_code == 401 and info.value.code
    assert "not-the-key" not in str(info.value)


async def test_missing_resources_are_not_found_in_both_dialects(face: str, heygen_mock: MockHeyGen) -> None:
    client = client_for(face, heygen_mock)
    with pytest.raises(NotFoundError) as v3:
        await send(client, "GET", "/v3/avatars/looks/nope", Op.READ, Api.V3)
    with pytest.raises(NotFoundError) as v2:
        await send(client, "GET", "/v2/photo_avatar/train/status/nope", Op.READ, Api.V2)
    assert v3.value.code and v2.value.code and v3.value.message and v2.value.message


async def test_error_envelope_in_a_200_is_raised(face: str, heygen_mock: MockHeyGen) -> None:
    heygen_mock.faults.push("listVoicesV3", Fault.error_envelope_200("not_found", "gone"))
    with pytest.raises(NotFoundError) as info:
        await send(client_for(face, heygen_mock), "GET", "/v3/voices", Op.READ, Api.V3)
    assert info.value.status_code == 200 and info.value.message == "gone"


# ------------------------------------------------------------------------------------------------- jobs


async def test_v3_avatar_job_completes_with_an_immediate_first_check(
    face: str, heygen_mock: MockHeyGen
) -> None:
    client = client_for(face, heygen_mock)
    look_id = (await create_avatar(client)).data["avatar_item"]["id"]
    created_at = heygen_mock.clock.monotonic()
    seen: list[str] = []
    job = client.jobs.get("avatar", look_id)
    snapshot = await resolve(job.wait(on_progress=lambda s: seen.append(str(s.status))))
    assert snapshot.state is JobState.SUCCEEDED and snapshot.data["preview_image_url"]
    assert seen == ["processing", "completed"]
    polls = heygen_mock.journal.polls_of(look_id)
    assert polls[0].time == created_at
    cadence = job_kinds()["avatar"].cadence
    assert all(cadence.floor <= gap <= cadence.cap for gap in heygen_mock.journal.intervals(look_id))
    assert len(polls) <= 12, "a 60 s job is not polled dozens of times"


def job_kinds() -> Any:
    from heygen_avatars.jobs import JOB_KINDS

    return JOB_KINDS


async def test_a_failed_job_raises_with_the_mocks_code_and_message(
    face: str, heygen_mock: MockHeyGen
) -> None:
    heygen_mock.script_next("avatar", fail=("no_face_detected", "No face detected, please try another photo"))
    client = client_for(face, heygen_mock)
    look_id = (await create_avatar(client)).data["avatar_item"]["id"]
    with pytest.raises(JobFailedError) as info:
        await resolve(client.jobs.get("avatar", look_id).result())
    assert info.value.code == "no_face_detected"
    assert info.value.message == "No face detected, please try another photo"


async def test_digital_twin_stops_for_consent_then_completes(face: str, heygen_mock: MockHeyGen) -> None:
    client = client_for(face, heygen_mock)
    item = (await create_avatar(client, TWIN)).data["avatar_item"]
    job = client.jobs.get("avatar", item["id"])
    snapshot = await resolve(job.wait())
    assert snapshot.state is JobState.ACTION_REQUIRED and snapshot.status == "pending_consent"
    heygen_mock.complete_consent(item["group_id"])
    assert (await resolve(job.wait())).state is JobState.SUCCEEDED


async def test_v2_chain_generation_group_training_looks(face: str, heygen_mock: MockHeyGen) -> None:
    client = client_for(face, heygen_mock)
    generation_id = (
        await send(client, "POST", "/v2/photo_avatar/photo/generate", Op.CREATE, Api.V2, GENERATE)
    ).data["generation_id"]
    images = await resolve(client.jobs.get("photo_generation", generation_id).result())
    assert images.image_keys  # a job of a known kind results in its facade model
    group = await send(
        client,
        "POST",
        "/v2/photo_avatar/avatar_group/create",
        Op.CREATE,
        Api.V2,
        {"name": "Nova", "image_key": images.image_keys[0], "generation_id": generation_id},
    )
    group_id = group.data["group_id"]
    look = await resolve(client.jobs.get("look", group.data["id"]).wait())
    assert look.status == "completed"
    await send(client, "POST", "/v2/photo_avatar/train", Op.CREATE, Api.V2, {"group_id": group_id})
    training = client.jobs.get("training", group_id)
    assert (await resolve(training.wait())).status == "ready"
    looks = await send(
        client,
        "POST",
        "/v2/photo_avatar/look/generate",
        Op.CREATE,
        Api.V2,
        {
            "group_id": group_id,
            "prompt": "in a studio",
            "orientation": "square",
            "pose": "close_up",
            "style": "Realistic",
        },
    )
    result = await resolve(client.jobs.get("look_generation", looks.data["generation_id"]).result())
    assert result.status == "success"


async def test_video_job_and_wait_all_share_one_deadline(face: str, heygen_mock: MockHeyGen) -> None:
    client = client_for(face, heygen_mock)
    look_id = (await create_avatar(client)).data["avatar_item"]["id"]
    await resolve(client.jobs.get("avatar", look_id).wait())
    voice_id = (await send(client, "GET", "/v3/voices", Op.READ, Api.V3)).data[0]["voice_id"]
    body = {"type": "avatar", "avatar_id": look_id, "script": "Hello there", "voice_id": voice_id}
    video_ids = [
        (await send(client, "POST", "/v3/videos", Op.CREATE, Api.V3, body)).data["video_id"] for _ in range(2)
    ]
    jobs = [client.jobs.get("video", v) for v in video_ids]
    start = heygen_mock.clock.monotonic()
    with pytest.raises(WaitTimeoutError) as info:
        await resolve(client.jobs.wait_all(jobs, timeout=30))
    assert heygen_mock.clock.monotonic() - start == pytest.approx(30.0)
    assert len(info.value.snapshots) == 2 and len(info.value.resume_tokens) == 2
    assert {p.time - start for v in video_ids for p in heygen_mock.journal.polls_of(v)} >= {0.0, 30.0}
    results = await resolve(client.jobs.wait_all(jobs))
    assert [r.status for r in results] == ["completed", "completed"]


async def test_timeout_checks_at_the_deadline_then_resume_token_finishes(
    face: str, heygen_mock: MockHeyGen
) -> None:
    client = client_for(face, heygen_mock)
    look_id = (await create_avatar(client)).data["avatar_item"]["id"]
    start = heygen_mock.clock.monotonic()
    with pytest.raises(WaitTimeoutError) as info:
        await resolve(client.jobs.get("avatar", look_id).wait(timeout=25))
    assert heygen_mock.journal.polls_of(look_id)[-1].time == pytest.approx(start + 25)
    token = info.value.resume_token
    assert token is not None and heygen_mock.api_key not in token
    other = client_for(face, heygen_mock)
    assert (await resolve(other.jobs.resume(token).wait())).state is JobState.SUCCEEDED


async def test_transient_faults_on_polls_do_not_lose_the_job(face: str, heygen_mock: MockHeyGen) -> None:
    client = client_for(face, heygen_mock, max_retries=0)
    heygen_mock.set_durations(avatar=(300.0,))  # a look slow enough to be polled past all three faults
    look_id = (await create_avatar(client)).data["avatar_item"]["id"]
    heygen_mock.faults.on_poll(look_id, 2, Fault.status(503))
    heygen_mock.faults.on_poll(look_id, 3, Fault.html_error())
    heygen_mock.faults.on_poll(look_id, 4, Fault.timeout())
    snapshot = await resolve(client.jobs.get("avatar", look_id).wait())
    assert snapshot.state is JobState.SUCCEEDED
    assert len(heygen_mock.faults.fired) == 3


# --------------------------------------------------------------------------- resume in another process


def test_a_job_started_here_is_resumed_in_another_process() -> None:
    from heygen_avatars.mock import MockServer, make_server_mock

    mock = make_server_mock("srv-key", speed=600.0)
    with MockServer(mock) as server:
        client = HeyGen(api_key="srv-key", base_url=server.url)
        with client:
            item = client._run(
                call(Call.raw("POST", "/v3/avatars", op=Op.CREATE, api=Api.V3, json=PHOTO))
            ).data
            token = client.jobs.get("avatar", item["avatar_item"]["id"]).resume_token()
        assert "srv-key" not in token
        script = textwrap.dedent(
            """
            import json, sys
            from heygen_avatars import HeyGen
            from heygen_avatars.mock import ScaledClock
            url, token = sys.argv[1], sys.argv[2]
            with HeyGen(api_key="srv-key", base_url=url, clock=ScaledClock(600.0)) as client:
                job = client.jobs.resume(token)
                snapshot = job.wait(timeout=900)
                print(json.dumps({"id": job.id, "status": snapshot.status, "state": snapshot.state.value}))
            """
        )
        out = subprocess.run(
            [sys.executable, "-c", script, server.url, token],
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        result = json.loads(out.stdout.strip().splitlines()[-1])
        assert result == {"id": item["avatar_item"]["id"], "status": "completed", "state": "succeeded"}
        assert private_looks(mock) == 1
