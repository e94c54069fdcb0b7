"""The mock honours HeyGen's Idempotency-Key as HeyGen's reference describes it: within 24 hours a call with
the same key replays the first answer, a call while the first is in flight gets 409 request_in_progress,
the scope is per route and path parameter, and answers given without acting (429) are not kept."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from heygen_avatars.mock import Fault, MockHeyGen
from heygen_avatars.mock._http import MockRequest

KEY = "mock-key"
VOICE = "1bd001e7e50f421d891986aad5158bc8"
VIDEO = {"type": "avatar", "avatar_id": "public_look_0", "script": "Hello", "voice_id": VOICE}


def post(mock: MockHeyGen, path: str, body: Any, key: str | None, **headers: str) -> httpx.Response:
    with httpx.Client(transport=mock.transport(), base_url="https://api.heygen.com") as http:
        sent = {"x-api-key": KEY, **headers}
        if key is not None:
            sent["Idempotency-Key"] = key
        return http.post(path, json=body, headers=sent)


def test_the_same_key_replays_the_first_answer_and_makes_one_video() -> None:
    mock = MockHeyGen(api_key=KEY)
    first = post(mock, "/v3/videos", VIDEO, "row-1")
    again = post(mock, "/v3/videos", {**VIDEO, "title": "slightly different"}, "row-1")
    assert first.status_code == again.status_code == 200
    assert again.json() == first.json()
    assert len(mock.state.videos) == 1
    assert mock.journal.entries[-1].faults == ["idempotent_replay"]
    assert mock.journal.entries[-1].created_ids == []


def test_another_key_or_no_key_acts_again() -> None:
    mock = MockHeyGen(api_key=KEY)
    ids = {post(mock, "/v3/videos", VIDEO, key).json()["data"]["video_id"] for key in ("a", "b", None, None)}
    assert len(ids) == 4 and len(mock.state.videos) == 4


def test_the_scope_is_per_route_and_per_path_parameter() -> None:
    mock = MockHeyGen(api_key=KEY)
    video = post(mock, "/v3/videos", VIDEO, "shared").json()["data"]["video_id"]
    avatar = post(mock, "/v3/avatars", {"type": "prompt", "name": "A", "prompt": "A smiling chef"}, "shared")
    assert avatar.status_code == 200 and "avatar_item" in avatar.json()["data"]
    footage = {"type": "url", "url": "https://e.com/t.mp4"}
    twins = [
        post(mock, "/v3/avatars", {"type": "digital_twin", "name": f"T{i}", "file": footage}, None)
        for i in range(2)
    ]
    groups = [t.json()["data"]["avatar_group"]["id"] for t in twins]
    consents = [post(mock, f"/v3/avatars/{g}/consent", {}, "shared").json()["data"] for g in groups]
    assert consents[0]["avatar_group"]["id"] == groups[0] and consents[1]["avatar_group"]["id"] == groups[1]
    assert video in mock.state.videos and len(mock.state.videos) == 1


def test_a_call_while_the_first_is_in_flight_gets_409_request_in_progress() -> None:
    mock = MockHeyGen(api_key=KEY)
    body = json.dumps(VIDEO).encode()
    headers = {"x-api-key": KEY, "content-type": "application/json", "idempotency-key": "slow"}
    slow = mock.handle(MockRequest("POST", "/v3/videos", "", {**headers, "x-mock-fault": "latency:30"}, body))
    assert slow.status == 200 and slow.delay == 30  # its answer reaches the client in 30 s
    busy = mock.handle(MockRequest("POST", "/v3/videos", "", headers, body))
    assert busy.status == 409
    assert busy.json()["error"]["code"] == "request_in_progress"
    assert busy.header("retry-after") == "30"
    mock.advance(30)
    replay = mock.handle(MockRequest("POST", "/v3/videos", "", headers, body))
    assert replay.status == 200 and replay.body == slow.body
    assert len(mock.state.videos) == 1


def test_a_lost_answer_is_replayed_whole() -> None:
    mock = MockHeyGen(api_key=KEY)
    mock.faults.push("createVideo", Fault.timeout(5.0))
    with pytest.raises(httpx.ReadTimeout):
        post(mock, "/v3/videos", VIDEO, "lost")
    assert len(mock.state.videos) == 1  # the server acted
    replay = post(mock, "/v3/videos", VIDEO, "lost")
    assert replay.status_code == 200 and replay.json()["data"]["video_id"] in mock.state.videos
    assert len(mock.state.videos) == 1


def test_keys_are_forgotten_after_24_hours_on_the_mocks_clock() -> None:
    mock = MockHeyGen(api_key=KEY)
    first = post(mock, "/v3/videos", VIDEO, "day").json()["data"]["video_id"]
    mock.advance(24 * 3600 - 1)
    assert post(mock, "/v3/videos", VIDEO, "day").json()["data"]["video_id"] == first
    mock.advance(1)
    assert post(mock, "/v3/videos", VIDEO, "day").json()["data"]["video_id"] != first
    assert len(mock.state.videos) == 2


def test_a_429_is_not_kept_the_retry_acts() -> None:
    mock = MockHeyGen(api_key=KEY, max_concurrent_jobs=1)
    running = post(mock, "/v3/videos", VIDEO, "first").json()["data"]["video_id"]
    refused = post(mock, "/v3/videos", VIDEO, "second")
    assert refused.status_code == 429
    mock.complete_job(running)
    accepted = post(mock, "/v3/videos", VIDEO, "second")
    assert accepted.status_code == 200 and len(mock.state.videos) == 2


@pytest.mark.parametrize("bad", ["", "has space", "x" * 256, "slash/key"])
def test_a_malformed_key_is_refused_with_400(bad: str) -> None:
    mock = MockHeyGen(api_key=KEY)
    with httpx.Client(transport=mock.transport(), base_url="https://api.heygen.com") as http:
        answer = http.post(
            "/v3/videos",
            json=VIDEO,
            headers={"x-api-key": KEY, "Idempotency-Key": bad.encode().decode("latin-1")},
        )
    assert answer.status_code == 400
    assert not mock.state.videos


def test_operations_without_the_header_in_their_spec_ignore_it() -> None:
    mock = MockHeyGen(api_key=KEY)
    body = {
        "name": "Lina", "age": "Young Adult", "gender": "Woman", "ethnicity": "Asian American",
        "orientation": "horizontal", "pose": "half_body", "style": "Realistic", "appearance": "A smile",
    }  # fmt: skip
    with httpx.Client(transport=mock.transport(), base_url="https://api.heygen.com") as http:
        for _ in range(2):
            http.post(
                "/v2/photo_avatar/photo/generate",
                json=body,
                headers={"x-api-key": KEY, "Idempotency-Key": "k"},
            )
    assert len(mock.state.generations) == 2  # v2 honours no key: HeyGen documents none there
