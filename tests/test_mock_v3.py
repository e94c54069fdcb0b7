"""The mock's v3 family: assets, the three avatar types, consent, looks, pagination, videos and voices."""

from __future__ import annotations

import base64
from typing import Any

import httpx
from heygen_avatars.mock import MockHeyGen

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
PHOTO = {"type": "photo", "name": "Sarah", "file": {"type": "url", "url": "https://example.com/sarah.png"}}
TWIN = {
    "type": "digital_twin",
    "name": "Twin",
    "file": {"type": "url", "url": "https://example.com/footage.mp4"},
}


def data(response: httpx.Response) -> Any:
    assert response.status_code == 200, response.text
    return response.json()["data"]


def create(api: httpx.Client, body: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    created = data(api.post("/v3/avatars", json=body))
    return created["avatar_item"], created["avatar_group"]


def test_asset_upload_sniffs_type_and_keeps_bytes(api: httpx.Client) -> None:
    asset = data(api.post("/v3/assets", files={"file": ("me.bin", PNG, "application/octet-stream")}))
    assert asset["mime_type"] == "image/png" and asset["size_bytes"] == len(PNG)
    assert api.get(asset["url"]).content == PNG
    missing = api.post("/v3/assets", files={"other": ("x", PNG)})
    assert missing.status_code == 400 and missing.json()["error"]["param"] == "file"
    unknown = api.post("/v3/assets", files={"file": ("x.txt", b"hello world")})
    assert unknown.status_code == 400 and "Unsupported" in unknown.json()["error"]["message"]


def test_photo_avatar_processing_then_completed(api: httpx.Client, heygen_mock: MockHeyGen) -> None:
    asset = data(api.post("/v3/assets", files={"file": ("me.png", PNG)}))
    look, group = create(api, {**PHOTO, "file": {"type": "asset_id", "asset_id": asset["asset_id"]}})
    assert look["status"] == "processing" and look["avatar_type"] == "photo_avatar"
    assert look["preview_image_url"] is None and look["image_width"] is None
    assert group["status"] == "processing" and group["consent_status"] is None and group["looks_count"] == 1
    heygen_mock.advance(600)
    ready = data(api.get(f"/v3/avatars/looks/{look['id']}"))
    assert ready["status"] == "completed" and ready["image_width"] > 0
    assert api.get(ready["preview_image_url"]).content == PNG  # the uploaded photo is the look's image
    assert data(api.get(f"/v3/avatars/{group['id']}"))["status"] == "completed"


def test_photo_avatar_failure_branch(api: httpx.Client, heygen_mock: MockHeyGen) -> None:
    heygen_mock.script_next(
        "avatar", fail=("moderation_failed", "No face detected, please try another photo")
    )
    look, group = create(api, PHOTO)
    heygen_mock.advance(600)
    failed = data(api.get(f"/v3/avatars/looks/{look['id']}"))
    assert failed["status"] == "failed"
    assert failed["error"] == {
        "code": "moderation_failed",
        "message": "No face detected, please try another photo",
    }
    group_now = data(api.get(f"/v3/avatars/{group['id']}"))
    assert group_now["status"] == "failed" and group_now["error"]["code"] == "moderation_failed"


def test_base64_file_and_bad_asset_inputs(api: httpx.Client) -> None:
    encoded = base64.b64encode(PNG).decode()
    look, _ = create(api, {**PHOTO, "file": {"type": "base64", "media_type": "image/png", "data": encoded}})
    assert look["status"] == "processing"
    bad = api.post(
        "/v3/avatars", json={**PHOTO, "file": {"type": "base64", "media_type": "image/png", "data": "AAAAA"}}
    )
    assert bad.status_code == 400 and bad.json()["error"]["param"] == "file.data"
    missing = api.post("/v3/avatars", json={**PHOTO, "file": {"type": "asset_id", "asset_id": "nope"}})
    assert missing.status_code == 400 and missing.json()["error"]["param"] == "file.asset_id"


def test_prompt_new_look_with_avatar_id_joins_the_reference_group(
    api: httpx.Client, heygen_mock: MockHeyGen
) -> None:
    base, group = create(api, PHOTO)
    early = api.post(
        "/v3/avatars",
        json={"type": "prompt", "name": "Navy", "prompt": "navy blazer", "avatar_id": base["id"]},
    )
    assert early.status_code == 400 and early.json()["error"]["param"] == "avatar_id"  # not completed yet
    heygen_mock.advance(600)
    look, same_group = create(
        api, {"type": "prompt", "name": "Navy", "prompt": "navy blazer", "avatar_id": base["id"]}
    )
    assert same_group["id"] == group["id"] and same_group["looks_count"] == 2
    assert look["group_id"] == group["id"] and look["id"] != base["id"]
    other, _ = create(api, {"type": "prompt", "name": "Other", "prompt": "someone else"})
    wrong = api.post(
        "/v3/avatars",
        json={
            "type": "prompt",
            "name": "x",
            "prompt": "p",
            "avatar_id": base["id"],
            "avatar_group_id": other["group_id"],
        },
    )
    assert wrong.status_code == 400 and "does not belong" in wrong.json()["error"]["message"]
    unknown = api.post(
        "/v3/avatars", json={"type": "prompt", "name": "x", "prompt": "p", "avatar_id": "ghost"}
    )
    assert unknown.status_code == 404 and unknown.json()["error"]["param"] == "avatar_id"


def test_digital_twin_waits_for_consent_given_at_the_url(api: httpx.Client, heygen_mock: MockHeyGen) -> None:
    look, group = create(api, TWIN)
    assert look["avatar_type"] == "digital_twin" and look["status"] == "pending_consent"
    assert group["consent_status"] == "pending"
    heygen_mock.advance(86400)  # nothing moves without consent
    assert data(api.get(f"/v3/avatars/looks/{look['id']}"))["status"] == "pending_consent"
    consent = data(
        api.post(f"/v3/avatars/{group['id']}/consent", json={"reroute_url": "https://example.com/done"})
    )
    assert consent["avatar_group"]["id"] == group["id"]
    visit = api.get(consent["url"])  # the subject opens the link
    assert visit.status_code == 302 and visit.headers["location"] == "https://example.com/done"
    assert data(api.get(f"/v3/avatars/{group['id']}"))["consent_status"] == "approved"
    assert data(api.get(f"/v3/avatars/looks/{look['id']}"))["status"] == "processing"
    heygen_mock.advance(600)
    assert data(api.get(f"/v3/avatars/looks/{look['id']}"))["status"] == "completed"
    again = api.post(f"/v3/avatars/{group['id']}/consent", json={})
    assert again.status_code == 400


def test_consent_through_the_python_api_and_twin_failure(api: httpx.Client, heygen_mock: MockHeyGen) -> None:
    heygen_mock.script_next(
        "digital_twin", fail=("training_failed", "Footage duration must be between 15s and 600s")
    )
    look, group = create(api, TWIN)
    heygen_mock.complete_consent(group["id"])
    heygen_mock.advance(600)
    failed = data(api.get(f"/v3/avatars/looks/{look['id']}"))
    assert failed["status"] == "failed" and failed["error"]["code"] == "training_failed"


def test_consent_is_refused_for_photo_avatars_and_unknown_groups(api: httpx.Client) -> None:
    _, group = create(api, PHOTO)
    assert api.post(f"/v3/avatars/{group['id']}/consent", json={}).status_code == 400
    missing = api.post("/v3/avatars/nope/consent", json={})
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"


def test_april_digital_twin_spelling_is_selectable() -> None:
    mock = MockHeyGen(digital_twin_type="video")
    with httpx.Client(
        transport=mock.transport(), base_url="https://api.heygen.com", headers={"x-api-key": mock.api_key}
    ) as client:
        response = client.post("/v3/avatars", json={**TWIN, "type": "video"})
    assert response.status_code == 200, response.text
    assert response.json()["data"]["avatar_item"]["avatar_type"] == "video_avatar"
    assert response.json()["data"]["avatar_item"]["status"] == "pending_consent"


def test_deleting_the_last_look_deletes_its_group(api: httpx.Client, heygen_mock: MockHeyGen) -> None:
    first, group = create(api, PHOTO)
    second, _ = create(api, {**PHOTO, "avatar_group_id": group["id"]})
    assert data(api.delete(f"/v3/avatars/looks/{first['id']}")) == {"id": first["id"]}
    assert data(api.get(f"/v3/avatars/{group['id']}"))["looks_count"] == 1
    data(api.delete(f"/v3/avatars/looks/{second['id']}"))
    gone = api.get(f"/v3/avatars/{group['id']}")
    assert gone.status_code == 404 and gone.json()["error"]["code"] == "not_found"
    orphan = api.post("/v3/avatars", json={**PHOTO, "avatar_group_id": group["id"]})
    assert orphan.status_code == 404 and orphan.json()["error"]["param"] == "avatar_group_id"


def test_delete_group_rename_and_public_looks_are_protected(api: httpx.Client) -> None:
    look, group = create(api, PHOTO)
    renamed = data(api.patch(f"/v3/avatars/looks/{look['id']}", json={"name": "Renamed"}))
    assert renamed["name"] == "Renamed"
    public = data(api.get("/v3/avatars/looks", params={"ownership": "public"}))
    assert public and all(item["avatar_type"] == "studio_avatar" for item in public)
    assert api.patch(f"/v3/avatars/looks/{public[0]['id']}", json={"name": "x"}).status_code == 403
    assert api.delete(f"/v3/avatars/looks/{public[0]['id']}").status_code == 403
    assert api.delete(f"/v3/avatars/{public[0]['group_id']}").json()["error"]["code"] == "forbidden"
    assert data(api.delete(f"/v3/avatars/{group['id']}")) == {"id": group["id"]}
    assert api.get(f"/v3/avatars/looks/{look['id']}").status_code == 404


def test_lists_page_with_limit_and_token(api: httpx.Client) -> None:
    created = {create(api, {**PHOTO, "name": f"n{i}"})[1]["id"] for i in range(5)}
    seen: list[str] = []
    token = None
    pages = 0
    while True:
        params: dict[str, Any] = {"ownership": "private", "limit": 2, **({"token": token} if token else {})}
        body = api.get("/v3/avatars", params=params).json()
        seen += [group["id"] for group in body["data"]]
        pages += 1
        if not body["has_more"]:
            assert body["next_token"] is None
            break
        token = body["next_token"]
        assert pages < 10
    assert pages == 3 and len(seen) == 5 and set(seen) == created
    bad = api.get("/v3/avatars", params={"token": "not-a-token"})
    assert bad.status_code == 400 and bad.json()["error"]["param"] == "token"
    everything = api.get("/v3/avatars").json()
    assert len(everything["data"]) == 8  # 5 private + 3 public


def test_looks_filter_by_group_and_type(api: httpx.Client) -> None:
    _, group = create(api, PHOTO)
    create(api, {**PHOTO, "avatar_group_id": group["id"]})
    create(api, TWIN)
    in_group = data(api.get("/v3/avatars/looks", params={"group_id": group["id"]}))
    assert len(in_group) == 2
    twins = data(api.get("/v3/avatars/looks", params={"avatar_type": "digital_twin", "ownership": "private"}))
    assert [look["avatar_type"] for look in twins] == ["digital_twin"]


def test_video_lifecycle_serves_the_file(api: httpx.Client, heygen_mock: MockHeyGen) -> None:
    look, _ = create(api, PHOTO)
    voice = data(api.get("/v3/voices", params={"language": "English", "gender": "female"}))[0]
    not_ready = api.post(
        "/v3/videos",
        json={"type": "avatar", "avatar_id": look["id"], "script": "Hi", "voice_id": voice["voice_id"]},
    )
    assert not_ready.status_code == 400
    heygen_mock.advance(600)
    created = data(
        api.post(
            "/v3/videos",
            json={
                "type": "avatar",
                "avatar_id": look["id"],
                "script": "Hello!",
                "voice_id": voice["voice_id"],
                "title": "Demo",
            },
        )
    )
    video_id = created["video_id"]
    assert created["status"] == "pending"
    seen = []
    for _ in range(6):
        seen.append(data(api.get(f"/v3/videos/{video_id}"))["status"])
        heygen_mock.advance(30)
    assert seen[0] == "pending" and "processing" in seen and seen[-1] == "completed"
    video = data(api.get(f"/v3/videos/{video_id}"))
    assert video["completed_at"] >= video["created_at"]
    assert api.get(video["video_url"]).content[4:8] == b"ftyp"
    listed = api.get("/v3/videos", params={"limit": 1}).json()
    assert [v["id"] for v in listed["data"]] == [video_id] and listed["has_more"] is False
    assert data(api.delete(f"/v3/videos/{video_id}")) == {"id": video_id, "deleted": True}
    assert api.get(f"/v3/videos/{video_id}").status_code == 404


def test_video_failure_and_bad_inputs(api: httpx.Client, heygen_mock: MockHeyGen) -> None:
    public_look = data(api.get("/v3/avatars/looks", params={"ownership": "public"}))[0]["id"]
    heygen_mock.script_next("video", fail=("rendering_failed", "Avatar rendering timed out"))
    video_id = data(
        api.post(
            "/v3/videos",
            json={
                "type": "avatar",
                "avatar_id": public_look,
                "script": "Hi",
                "voice_id": "1bd001e7e50f421d891986aad5158bc8",
            },
        )
    )["video_id"]
    heygen_mock.advance(600)
    video = data(api.get(f"/v3/videos/{video_id}"))
    assert video["status"] == "failed" and video["video_url"] is None
    assert (video["failure_code"], video["failure_message"]) == (
        "rendering_failed",
        "Avatar rendering timed out",
    )
    unknown_voice = api.post(
        "/v3/videos", json={"type": "avatar", "avatar_id": public_look, "script": "Hi", "voice_id": "nope"}
    )
    assert unknown_voice.status_code == 400 and unknown_voice.json()["error"]["param"] == "voice_id"
    no_script = api.post("/v3/videos", json={"type": "avatar", "avatar_id": public_look})
    assert no_script.status_code == 400


def test_voices_filter_and_page(api: httpx.Client) -> None:
    first = api.get("/v3/voices", params={"limit": 2}).json()
    assert len(first["data"]) == 2 and first["has_more"] is True
    rest = api.get("/v3/voices", params={"limit": 2, "token": first["next_token"]}).json()
    assert {v["voice_id"] for v in first["data"]}.isdisjoint({v["voice_id"] for v in rest["data"]})
    assert data(api.get("/v3/voices", params={"type": "private"})) == []


def test_consent_video_approves_at_once_without_a_url(api: httpx.Client, heygen_mock: MockHeyGen) -> None:
    look, group = create(api, TWIN)
    video = {"type": "url", "url": "https://example.com/consent.mp4"}
    answer = data(api.post(f"/v3/avatars/{group['id']}/consent", json={"consent_video": video}))
    assert answer["url"] is None and answer["avatar_group"]["consent_status"] == "approved"
    assert data(api.get(f"/v3/avatars/looks/{look['id']}"))["status"] == "processing"
    _, photo_group = create(api, PHOTO)
    refused = api.post(f"/v3/avatars/{photo_group['id']}/consent", json={"consent_video": video})
    assert refused.status_code == 400
    assert data(api.get(f"/v3/avatars/{photo_group['id']}"))["consent_status"] is None


def test_webhook_shaped_events_for_finished_jobs(api: httpx.Client, heygen_mock: MockHeyGen) -> None:
    received: list[str] = []
    heygen_mock.on_event(lambda event: received.append(event.event_type))
    public_look = data(api.get("/v3/avatars/looks", params={"ownership": "public"}))[0]["id"]
    voice = "1bd001e7e50f421d891986aad5158bc8"
    heygen_mock.script_next("video")
    heygen_mock.script_next("video", fail=("rendering_failed", "Avatar rendering timed out"))
    ok_id = data(
        api.post(
            "/v3/videos",
            json={
                "type": "avatar",
                "avatar_id": public_look,
                "script": "a",
                "voice_id": voice,
                "callback_id": "order-7",
            },
        )
    )["video_id"]
    failed_id = data(
        api.post(
            "/v3/videos", json={"type": "avatar", "avatar_id": public_look, "script": "b", "voice_id": voice}
        )
    )["video_id"]
    twin, twin_group = create(api, TWIN)
    heygen_mock.complete_consent(twin_group["id"])
    heygen_mock.advance(600)
    by_type = {event.event_type: event.event_data for event in heygen_mock.events}
    assert by_type["avatar_video.success"]["video_id"] == ok_id
    assert by_type["avatar_video.success"]["callback_id"] == "order-7"
    assert api.get(by_type["avatar_video.success"]["url"]).content[4:8] == b"ftyp"
    assert by_type["avatar_video.fail"] == {
        "video_id": failed_id,
        "callback_id": None,
        "msg": "Avatar rendering timed out",
    }
    assert by_type["instant_avatar.success"]["avatar_id"] == twin["id"]
    assert received == [event.event_type for event in heygen_mock.events]
    heygen_mock.reset()
    assert heygen_mock.events == []
