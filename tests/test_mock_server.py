"""The mock over real sockets: uvicorn on 127.0.0.1 answering the curl sequence of HeyGen's guides, the
HTTP control plane, the served specs and the command line."""

from __future__ import annotations

import random
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from heygen_avatars import HeyGen, InputValidationError, JobState
from heygen_avatars.mock import MockHeyGen, MockServer
from heygen_avatars.mock.__main__ import build_parser
from heygen_avatars.mock.media import png

KEY = "seed-key"


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with MockServer(MockHeyGen(api_key=KEY, strict_responses=True)) as running:
        yield running
    assert running.mock.conformance_errors == []


@pytest.fixture
def http(server: MockServer) -> Iterator[httpx.Client]:
    # the key on every request: the control plane takes it too
    with httpx.Client(base_url=server.url, timeout=10, headers={"x-api-key": KEY}) as client:
        client.post("/_mock/reset").raise_for_status()
        yield client


def curl(client: httpx.Client, method: str, path: str, body: Any = None) -> dict[str, Any]:
    """What the curl calls in HeyGen's guides send: accept + x-api-key (their spellings) + a JSON body."""
    headers = {"accept": "application/json", "X-Api-Key": KEY}
    response = client.request(method, path, headers=headers, json=body)
    assert response.status_code == 200, response.text
    payload: dict[str, Any] = response.json()
    return payload


def advance(client: httpx.Client, seconds: float) -> None:
    client.post("/_mock/clock/advance", json={"seconds": seconds}).raise_for_status()


GUIDE_LOOK_KEYS = {
    "id",
    "image_url",
    "created_at",
    "name",
    "status",
    "group_id",
    "is_motion",
    "motion_preview_url",
    "business_type",
    "upscale_availability",
    "upscaled",
    "background_sound_effect",
}


def test_the_v2_guide_story_in_order(server: MockServer, http: httpx.Client) -> None:
    assert server.url.startswith("http://127.0.0.1:")
    generated = curl(
        http,
        "POST",
        "/v2/photo_avatar/photo/generate",
        {
            "name": "Lina",
            "age": "Young Adult",
            "gender": "Woman",
            "ethnicity": "Asian American",
            "orientation": "horizontal",
            "pose": "half_body",
            "style": "Realistic",
            "appearance": "A stylish East Asian Woman in casual attire walking through a city street",
        },
    )
    assert generated["error"] is None and set(generated["data"]) == {"generation_id"}
    generation_id = generated["data"]["generation_id"]
    polled = curl(http, "GET", f"/v2/photo_avatar/generation/{generation_id}")
    assert polled["data"]["status"] == "in_progress" and polled["data"]["image_key_list"] is None
    advance(http, 120)
    done = curl(http, "GET", f"/v2/photo_avatar/generation/{generation_id}")["data"]
    assert done["status"] == "success" and len(done["image_key_list"]) == 4
    assert set(done) == {"id", "status", "msg", "image_url_list", "image_key_list"}

    group = curl(
        http,
        "POST",
        "/v2/photo_avatar/avatar_group/create",
        {"name": "Sylvia", "image_key": done["image_key_list"][0], "generation_id": generation_id},
    )
    assert set(group["data"]) >= GUIDE_LOOK_KEYS and group["data"]["status"] == "pending"
    group_id = group["data"]["group_id"]
    added = curl(
        http,
        "POST",
        "/v2/photo_avatar/avatar_group/add",
        {
            "image_keys": done["image_key_list"][1:],
            "group_id": group_id,
            "name": "name",
            "generation_id": generation_id,
        },
    )
    assert len(added["data"]["photo_avatar_list"]) == 3
    assert all(set(look) >= GUIDE_LOOK_KEYS for look in added["data"]["photo_avatar_list"])

    trained = curl(http, "POST", "/v2/photo_avatar/train", {"group_id": group_id})
    assert trained == {"error": None, "data": {"code": 100, "data": None, "msg": None, "message": None}}
    statuses = []
    for _ in range(4):
        status = curl(http, "GET", f"/v2/photo_avatar/train/status/{group_id}")["data"]
        assert set(status) == {"status", "error_msg", "created_at", "updated_at"}
        statuses.append(status["status"])
        advance(http, 100)
    assert statuses[0] == "pending" and statuses[-1] == "ready" and "training" in statuses

    looks = curl(
        http,
        "POST",
        "/v2/photo_avatar/look/generate",
        {
            "group_id": group_id,
            "prompt": "White shirt front-facing",
            "orientation": "square",
            "pose": "half_body",
            "style": "Realistic",
        },
    )
    look_generation = looks["data"]["generation_id"]
    assert (
        curl(http, "GET", f"/v2/photo_avatar/generation/{look_generation}")["data"]["status"] == "in_progress"
    )
    advance(http, 120)
    finished = curl(http, "GET", f"/v2/photo_avatar/generation/{look_generation}")["data"]
    assert finished["status"] == "success" and len(finished["image_url_list"]) == 4
    image = http.get(finished["image_url_list"][0])
    assert image.status_code == 200 and image.content.startswith(b"\x89PNG")


def test_the_v3_guide_story_in_order(http: httpx.Client) -> None:
    photo = curl(
        http,
        "POST",
        "/v3/avatars",
        {
            "type": "photo",
            "name": "Sarah",
            "file": {"type": "url", "url": "https://example.com/sarah-headshot.png"},
        },
    )
    item, group = photo["data"]["avatar_item"], photo["data"]["avatar_group"]
    assert {"id", "name", "avatar_type", "group_id"} <= set(item)
    assert {"id", "name", "looks_count", "consent_status", "created_at"} <= set(group)
    advance(http, 120)
    look = curl(http, "GET", f"/v3/avatars/looks/{item['id']}")["data"]
    assert look["status"] == "completed"
    new_look = curl(
        http,
        "POST",
        "/v3/avatars",
        {
            "type": "prompt",
            "name": "Sarah — Navy Blazer Office",
            "prompt": "Wearing a navy blazer, modern office background with plants, warm natural light",
            "avatar_id": item["id"],
        },
    )["data"]
    assert new_look["avatar_group"]["id"] == group["id"] and new_look["avatar_item"]["id"] != item["id"]
    listed = curl(http, "GET", f"/v3/avatars/looks?group_id={group['id']}")
    assert len(listed["data"]) == 2 and listed["has_more"] is False

    twin = curl(
        http,
        "POST",
        "/v3/avatars",
        {
            "type": "digital_twin",
            "name": "My Digital Twin",
            "file": {"type": "url", "url": "https://example.com/training-footage.mp4"},
        },
    )["data"]
    twin_group = twin["avatar_group"]["id"]
    consent = curl(
        http, "POST", f"/v3/avatars/{twin_group}/consent", {"reroute_url": "https://heygen.com/consent-done"}
    )["data"]
    assert consent["avatar_group"]["consent_status"] == "pending" and consent["url"].startswith(
        http.base_url.join("/").scheme
    )
    visited = http.get(consent["url"])
    assert visited.status_code == 302
    assert curl(http, "GET", f"/v3/avatars/{twin_group}")["data"]["consent_status"] == "approved"


def test_a_v2_ai_photo_url_feeds_a_v3_photo_avatar_and_a_talking_photo(
    server: MockServer, http: httpx.Client
) -> None:
    """The mock's own files count as HeyGen's file host: its plain-http URLs on 127.0.0.1 are accepted where a
    URL is (the spec says ``^https://``), and the very file is used, as HeyGen would fetch it."""
    with HeyGen(
        api_key=KEY, base_url=server.url, upload_base_url=server.url, clock=server.mock.clock,
        rng=random.Random(0),
    ) as client:  # fmt: skip
        photos = client.photo_avatars.generate_photos(
            name="Lina", age="Young Adult", gender="Woman", ethnicity="East Asian", orientation="square",
            pose="half_body", style="Realistic", appearance="A smiling woman in a park",
        ).result()  # fmt: skip
        first, second = photos.image_urls[:2]
        assert first.startswith(f"{server.url}/_mock/files/") and second.startswith("http://127.0.0.1:")

        avatar = client.avatars.create_from_photo(name="Lina (v3)", url=first)
        look = avatar.job.result()
        assert look.state is JobState.SUCCEEDED and look.preview_image_url
        assert client.download(look.preview_image_url) == client.download(first)  # the photo itself

        voice = next(iter(client.voices.list(language="English", max_items=1)))
        talking = client.videos.create_from_image(url=second, script="Hi!", voice_id=voice.id).result()
        assert talking.state is JobState.SUCCEEDED and talking.thumbnail_url
        assert client.download(talking.thumbnail_url) == client.download(second)
        assert client.videos.download(talking)[4:8] == b"ftyp"

        sent = len(server.mock.journal)
        with pytest.raises(InputValidationError, match="plain http:// only from the API host") as caught:
            client.videos.create_from_image(
                url="http://elsewhere.example/a.png", script="Hi", voice_id=voice.id
            )
        assert caught.value.field == "url" and len(server.mock.journal) == sent
    assert server.mock.conformance_errors == []


def test_the_mock_alone_takes_its_own_file_urls_over_plain_http(
    server: MockServer, http: httpx.Client
) -> None:
    asset = http.post(
        "/v3/assets", headers={"x-api-key": KEY}, files={"file": ("a.png", png("face", 64, 64))}
    ).json()["data"]
    assert asset["url"].startswith("http://127.0.0.1:")
    photo = {"type": "photo", "name": "x", "file": {"type": "url", "url": asset["url"]}}
    made = curl(http, "POST", "/v3/avatars", photo)["data"]["avatar_item"]
    video = {"type": "image", "image": {"type": "url", "url": asset["url"]}, "script": "Hi",
             "voice_id": "1bd001e7e50f421d891986aad5158bc8"}  # fmt: skip
    video_id = curl(http, "POST", "/v3/videos", video)["data"]["video_id"]
    advance(http, 600)
    assert curl(http, "GET", f"/v3/avatars/looks/{made['id']}")["data"]["status"] == "completed"
    assert curl(http, "GET", f"/v3/videos/{video_id}")["data"]["status"] == "completed"
    headers = {"x-api-key": KEY}
    elsewhere = dict(photo, file={"type": "url", "url": "http://elsewhere.example/a.png"})
    refused = http.post("/v3/avatars", headers=headers, json=elsewhere)
    assert refused.status_code == 400 and "^https://" in refused.json()["error"]["message"]
    advance(http, 8 * 86400)  # the file's URL has expired: HeyGen could not fetch it any more
    expired = http.post("/v3/avatars", headers=headers, json=photo)
    assert expired.status_code == 400 and expired.json()["error"]["code"] == "download_failed"


def test_control_plane_over_http(http: httpx.Client) -> None:
    key = {"x-api-key": KEY}
    assert http.post(
        "/_mock/faults", json={"operation": "listVoicesV3", "fault": {"kind": "status", "status_code": 503}}
    ).is_success
    assert http.get("/_mock/faults").json()["pending"] == {
        "listVoicesV3": [{"kind": "status", "status_code": 503}]
    }
    assert http.get("/v3/voices", headers=key).status_code == 503
    assert http.get("/_mock/faults").json()["fired"][0]["operation"] == "listVoicesV3"

    assert http.post(
        "/_mock/script", json={"kind": "avatar", "fail": ["moderation_failed", "No face"]}
    ).is_success
    created = http.post(
        "/v3/avatars",
        headers=key,
        json={"type": "photo", "name": "x", "file": {"type": "url", "url": "https://example.com/x.png"}},
    ).json()["data"]
    look_id = created["avatar_item"]["id"]
    advance(http, 600)
    state = http.get("/_mock/state").json()
    assert state["avatar_looks"][look_id]["status"] == "failed"
    assert http.get("/_mock/clock").json() == {"now": 600.0, "virtual": True}

    twin = http.post(
        "/v3/avatars",
        headers=key,
        json={
            "type": "digital_twin",
            "name": "t",
            "file": {"type": "url", "url": "https://example.com/a.mp4"},
        },
    ).json()
    group_id, twin_id = twin["data"]["avatar_group"]["id"], twin["data"]["avatar_item"]["id"]
    assert http.post(f"/_mock/consent/{group_id}/complete").is_success
    assert http.post(
        f"/_mock/jobs/{twin_id}/fail", json={"code": "training_failed", "message": "short"}
    ).json() == {"id": twin_id, "kind": "digital_twin", "status": "failed"}

    events = http.get("/_mock/events").json()
    assert events[-1]["event_type"] == "instant_avatar.fail" and events[-1]["event_data"]["msg"] == "short"
    journal = http.get("/_mock/journal").json()
    assert any(entry["operation"] == "createAvatar" and entry["created_ids"] for entry in journal)
    assert all(KEY not in str(entry) for entry in journal)
    last = journal[-1]["seq"]
    newer = http.get("/_mock/journal", params={"since": last}).json()
    assert [(entry["path"], entry["operation"]) for entry in newer] == [("/_mock/journal", None)]

    assert http.post("/_mock/faults", json={"fault": {"kind": "nope"}}).status_code == 400
    assert http.post("/_mock/durations", json={"video": [1]}).status_code == 400
    assert http.post("/_mock/jobs/ghost/complete").status_code == 404
    assert http.post("/_mock/reset").is_success
    assert http.get("/_mock/state").json()["avatar_looks"] == {}


def test_reset_fault_breaks_the_connection_over_a_socket(http: httpx.Client) -> None:
    http.post("/_mock/faults", json={"operation": "*", "fault": {"kind": "reset"}}).raise_for_status()
    with pytest.raises(httpx.RemoteProtocolError):
        http.get("/v3/voices", headers={"x-api-key": KEY})
    assert http.get("/v3/voices", headers={"x-api-key": KEY}).status_code == 200


def test_serves_its_built_specs(http: httpx.Client) -> None:
    for name in ("v2-photo-avatar.json", "v3-avatars.json"):
        document = http.get(f"/openapi/{name}").json()
        assert document["openapi"].startswith("3.1") and document["paths"]
    assert http.get("/openapi/nope.json").status_code == 404


def test_file_urls_expire(http: httpx.Client) -> None:
    asset = http.post(
        "/v3/assets", headers={"x-api-key": KEY}, files={"file": ("a.png", b"\x89PNG\r\n\x1a\n0000")}
    ).json()["data"]
    assert http.get(asset["url"]).status_code == 200
    advance(http, 8 * 86400)
    expired = http.get(asset["url"])
    assert expired.status_code == 403 and b"expired" in expired.content


def test_command_line_serves_on_loopback_and_prints_url_and_key() -> None:
    args = build_parser().parse_args(["--port", "0", "--api-key", "k1", "--realistic"])
    assert (args.port, args.api_key, args.realistic, args.host) == (0, "k1", True, "127.0.0.1")
    process = subprocess.Popen(
        [sys.executable, "-m", "heygen_avatars.mock", "--port", "0", "--api-key", "cli-key"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().split()[-1]
        assert url.startswith("http://127.0.0.1:")
        assert "cli-key" in process.stdout.readline()
        response = httpx.get(f"{url}/v3/voices", headers={"x-api-key": "cli-key"}, timeout=10)
        assert response.status_code == 200 and response.json()["data"]
    finally:
        process.terminate()
        process.wait(10)


# ----------------------------------------------------------------------------- when to look again

GENERATE = {
    "name": "L", "age": "Young Adult", "gender": "Woman", "ethnicity": "White", "orientation": "square",
    "pose": "close_up", "style": "Realistic", "appearance": "a person",
}  # fmt: skip


def test_a_status_read_of_a_running_job_says_when_it_changes_next_in_the_clients_seconds() -> None:
    from heygen_avatars._core.retry import parse_retry_after
    from heygen_avatars.mock import ScaledClock

    # (6x: the hint is in mock seconds however fast the clock runs, and the test's own pace matters less)
    mock = MockHeyGen(clock=ScaledClock(6), durations={"photo_generation": (600.0,)})
    with httpx.Client(transport=mock.transport(), base_url="https://api.heygen.com",
                      headers={"x-api-key": mock.api_key}) as api:  # fmt: skip
        generation = api.post("/v2/photo_avatar/photo/generate", json=GENERATE).json()["data"][
            "generation_id"
        ]
        pending = api.get(f"/v2/photo_avatar/generation/{generation}")
        # in-process the client sleeps on the mock's own clock: the hint is in its seconds
        assert 590 <= int(pending.headers["retry-after-ms"]) / 1000 <= 600
        assert pending.headers["retry-after"] in ("600", "599", "598")
        mock.complete_job(generation)
        done = api.get(f"/v2/photo_avatar/generation/{generation}")
        assert "retry-after" not in done.headers  # finished: nothing to wait for
    slow_videos = MockHeyGen(clock=ScaledClock(60), durations={"video": (600.0, 60.0)})
    with (
        MockServer(slow_videos) as served,
        httpx.Client(base_url=served.url, headers={"x-api-key": "mock-key"}) as api,
    ):
        video = api.post("/v3/videos", json={"type": "avatar", "avatar_id": "public_look_0", "script": "Hi",
                                             "voice_id": "1bd001e7e50f421d891986aad5158bc8"})  # fmt: skip
        read = api.get(f"/v3/videos/{video.json()['data']['video_id']}")
        # over HTTP the client sleeps real time: 600 mock seconds at 60x are 10 s
        assert 9.5 <= int(read.headers["retry-after-ms"]) / 1000 <= 10.0
        assert read.headers["retry-after"] == "10"
        # its Date is on the mock's clock (60x fast): a hint in seconds, not a date, is read as sent
        assert read.headers["date"] and read.headers["retry-after"].isdigit()
        assert parse_retry_after(read.headers) == int(read.headers["retry-after-ms"]) / 1000


def test_no_hints_on_virtual_time_unless_asked() -> None:
    for mock, hinted in ((MockHeyGen(), False), (MockHeyGen(poll_hints=True), True)):
        with httpx.Client(transport=mock.transport(), base_url="https://api.heygen.com",
                          headers={"x-api-key": mock.api_key}) as api:  # fmt: skip
            generation = api.post("/v2/photo_avatar/photo/generate", json=GENERATE).json()["data"]
            read = api.get(f"/v2/photo_avatar/generation/{generation['generation_id']}")
            assert ("retry-after" in read.headers) is hinted
    configured = MockHeyGen()
    configured.configure(poll_hints=True)
    assert configured.settings()["poll_hints"] is True


def test_a_client_over_http_waits_at_the_mocks_pace() -> None:
    from heygen_avatars.mock import ScaledClock

    with MockServer(MockHeyGen(clock=ScaledClock(600))) as served:  # a 40 s generation: 67 ms
        with HeyGen(api_key="mock-key", base_url=served.url, upload_base_url=served.url) as client:
            photos = client.photo_avatars.generate_photos(**GENERATE).result()  # type: ignore[arg-type]
        assert photos.status == "success"
        reads = served.mock.journal.for_operation("get-photo-avatar-generation")
        assert len(reads) <= 3  # not HeyGen's 50 s schedule: the hint said "look again now"


def test_the_request_log_has_one_line_per_request_storage_puts_too() -> None:
    """``--log-requests`` (`request_logger`): API calls, the control plane, refusals and a direct upload's
    PUT, whose body the served mock streams past `handle` (its receiver reports it)."""
    import io

    from heygen_avatars.mock.server import request_logger

    out = io.StringIO()
    mock = MockHeyGen()
    mock.on_request(request_logger(out))
    footage = b"\0\0\0\x18ftypmp42" + bytes(4096)
    with MockServer(mock) as served, httpx.Client(base_url=served.url, timeout=10) as http:
        key = {"x-api-key": mock.api_key}
        ticket = http.post(
            "/v3/assets/direct-uploads", headers=key,
            json={"filename": "me.mp4", "content_type": "video/mp4", "size_bytes": len(footage)},
        ).json()["data"]  # fmt: skip
        put = http.put(ticket["upload_url"], content=footage, headers=ticket["upload_headers"])
        assert put.status_code == 200
        assert http.get("/_mock/state", headers=key).status_code == 200
        assert http.get("/v3/voices").status_code == 401
    lines = out.getvalue().splitlines()
    assert [" ".join(line.split()[:4]) for line in lines] == [
        "POST /v3/assets/direct-uploads -> 200",
        f"PUT {ticket['upload_url'].removeprefix(served.url)} -> 200",
        "GET /_mock/state -> 200",
        "GET /v3/voices -> 401",
    ]
    assert all(line.endswith(" ms") for line in lines)
