"""Conformance both ways: every response of a full sweep validates against the built specs' response schemas
(checked here with validators compiled independently of the mock), and strict mode reports drift."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import jsonschema_rs
import pytest
from heygen_avatars.mock import MockHeyGen, api_v3 as mock_api_v3
from heygen_avatars.mock._http import MockRequest, MockResponse
from heygen_avatars.mock.media import MP4_BYTES
from heygen_avatars.mock.specs import Operation

OPENAPI = Path(__file__).resolve().parents[1] / "openapi"
PHOTO_REQUEST = {
    "name": "Lina",
    "age": "Young Adult",
    "gender": "Woman",
    "ethnicity": "White",
    "orientation": "square",
    "pose": "close_up",
    "style": "Realistic",
    "appearance": "smiling",
}
LOOK_REQUEST = {"prompt": "red scarf", "orientation": "square", "pose": "half_body", "style": "Noir"}


def response_validators() -> dict[tuple[str, str, str], jsonschema_rs.Validator]:
    """(METHOD, template, status) -> validator, straight from the spec files."""
    validators = {}
    for name in ("v2-photo-avatar.json", "v3-avatars.json"):
        document = json.loads((OPENAPI / name).read_text())
        responses = document.get("components", {}).get("responses", {})
        for template, item in document["paths"].items():
            for method, operation in item.items():
                if method not in ("get", "post", "patch", "delete", "put"):
                    continue
                for status, response in operation["responses"].items():
                    if "$ref" in response:
                        response = responses[response["$ref"].rsplit("/", 1)[-1]]
                    schema = response.get("content", {}).get("application/json", {}).get("schema")
                    if schema is not None:
                        root = {**schema, "components": document["components"]}
                        validators[(method.upper(), template, status)] = jsonschema_rs.Draft202012Validator(
                            root
                        )
    return validators


def sweep(mock: MockHeyGen) -> None:
    """Exercise every operation (success and error answers)."""
    with httpx.Client(
        transport=mock.transport(), base_url="https://api.heygen.com", headers={"x-api-key": mock.api_key}
    ) as api:
        upload = api.post(
            "https://upload.heygen.com/v1/asset",
            content=b"\x89PNG\r\n\x1a\n1",
            headers={"content-type": "image/png"},
        ).json()["data"]
        api.post("https://upload.heygen.com/v1/asset", content=b"x", headers={"content-type": "text/plain"})
        generation = api.post("/v2/photo_avatar/photo/generate", json=PHOTO_REQUEST).json()["data"][
            "generation_id"
        ]
        api.get(f"/v2/photo_avatar/generation/{generation}")
        mock.advance(600)
        keys = api.get(f"/v2/photo_avatar/generation/{generation}").json()["data"]["image_key_list"]
        look = api.post(
            "/v2/photo_avatar/avatar_group/create", json={"name": "g", "image_key": upload["image_key"]}
        ).json()["data"]
        group = look["group_id"]
        api.post(
            "/v2/photo_avatar/avatar_group/add",
            json={"group_id": group, "image_keys": keys[:2], "generation_id": generation},
        )
        api.post("/v2/photo_avatar/look/generate", json={"group_id": group, **LOOK_REQUEST})  # 400: untrained
        api.get(f"/v2/photo_avatar/train/status/{group}")
        api.post("/v2/photo_avatar/train", json={"group_id": group})
        api.get(f"/v2/photo_avatar/train/status/{group}")
        mock.advance(600)
        looks = api.post("/v2/photo_avatar/look/generate", json={"group_id": group, **LOOK_REQUEST}).json()[
            "data"
        ]
        mock.advance(600)
        api.get(f"/v2/photo_avatar/generation/{looks['generation_id']}")
        motion = api.post("/v2/photo_avatar/add_motion", json={"id": look["id"]}).json()["data"]["id"]
        mock.advance(600)
        api.post("/v2/photo_avatar/upscale", json={"id": motion})
        api.post("/v2/photo_avatar/add_sound_effect", json={"id": motion})
        api.get(f"/v2/photo_avatar/{motion}")
        api.get("/v2/avatar_group.list", params={"include_public": "false"})
        api.get(f"/v2/avatar_group/{group}/avatars")
        api.delete(f"/v2/photo_avatar/{motion}")
        api.delete(f"/v2/photo_avatar_group/{group}")
        api.get(f"/v2/photo_avatar/{motion}")  # 404
        api.get("/v2/avatar_group.list", headers={"x-api-key": "wrong"})  # 401

        asset = api.post("/v3/assets", files={"file": ("a.png", b"\x89PNG\r\n\x1a\n2")}).json()["data"]
        footage = MP4_BYTES + b"\0" * 64
        ticket = api.post(
            "/v3/assets/direct-uploads",
            json={"filename": "t.mp4", "content_type": "video/mp4", "size_bytes": len(footage)},
        ).json()["data"]
        api.post(f"/v3/assets/{ticket['asset_id']}/complete", json={})  # 400: not uploaded yet
        api.get(f"/v3/assets/{ticket['asset_id']}")  # pending: no URL
        with httpx.Client(transport=mock.transport()) as storage:
            storage.put(ticket["upload_url"], content=footage, headers=ticket["upload_headers"])
        api.post(f"/v3/assets/{ticket['asset_id']}/complete", json={})
        api.get(f"/v3/assets/{ticket['asset_id']}")
        api.get("/v3/assets/ghost")  # 404
        api.post("/v3/assets", files={"file": ("a.txt", b"text")})  # 400
        created = api.post(
            "/v3/avatars",
            json={"type": "photo", "name": "p", "file": {"type": "asset_id", "asset_id": asset["asset_id"]}},
        )
        item, avatar_group = created.json()["data"]["avatar_item"], created.json()["data"]["avatar_group"]
        twin = api.post(
            "/v3/avatars",
            json={
                "type": "digital_twin",
                "name": "t",
                "file": {"type": "url", "url": "https://example.com/t.mp4"},
            },
        ).json()
        api.post(f"/v3/avatars/{twin['data']['avatar_group']['id']}/consent", json={})
        api.post(f"/v3/avatars/{avatar_group['id']}/consent", json={})  # 400: no consent needed
        mock.advance(600)
        api.post("/v3/avatars", json={"type": "prompt", "name": "n", "prompt": "p", "avatar_id": item["id"]})
        api.get("/v3/avatars", params={"limit": 1})
        api.get("/v3/avatars", params={"limit": 0})  # 400
        api.get(f"/v3/avatars/{avatar_group['id']}")
        api.get("/v3/avatars/looks", params={"group_id": avatar_group["id"]})
        api.get(f"/v3/avatars/looks/{item['id']}")
        api.patch(f"/v3/avatars/looks/{item['id']}", json={"name": "renamed"})
        api.get("/v3/avatars/looks/ghost")  # 404
        voice = api.get("/v3/voices").json()["data"][0]["voice_id"]
        video = api.post(
            "/v3/videos", json={"type": "avatar", "avatar_id": item["id"], "script": "hi", "voice_id": voice}
        ).json()["data"]["video_id"]
        mock.advance(600)
        api.get(f"/v3/videos/{video}")
        api.get("/v3/videos")
        hook = api.post("/v3/webhooks/endpoints", json={"url": "https://hooks.example.com/h"}).json()["data"]
        api.post("/v3/webhooks/endpoints", json={"url": "http://example.com/h"})  # 400: not https
        api.get("/v3/webhooks/endpoints", params={"limit": 5})
        api.patch(f"/v3/webhooks/endpoints/{hook['endpoint_id']}", json={"events": ["avatar_video.success"]})
        api.patch(f"/v3/webhooks/endpoints/{hook['endpoint_id']}", json={})  # 400: nothing to update
        api.post(f"/v3/webhooks/endpoints/{hook['endpoint_id']}/rotate-secret")
        api.get("/v3/webhooks/event-types")
        api.get("/v3/webhooks/events", params={"entity_id": video, "event_type": "avatar_video.success"})
        api.delete(f"/v3/webhooks/endpoints/{hook['endpoint_id']}")
        api.delete(f"/v3/webhooks/endpoints/{hook['endpoint_id']}")  # 404
        api.delete(f"/v3/videos/{video}")
        api.delete(f"/v3/avatars/looks/{item['id']}")
        api.delete(f"/v3/avatars/{twin['data']['avatar_group']['id']}")
        api.get("/v3/voices", headers={"authorization": "Bearer wrong"})  # 401
        mock.faults.push("*", __import__("heygen_avatars.mock", fromlist=["Fault"]).Fault.rate_limited(0))
        api.get("/v3/voices")  # 429


def test_every_response_of_a_full_sweep_matches_the_built_spec() -> None:
    validators = response_validators()
    seen: list[tuple[Operation, MockResponse]] = []
    mock = MockHeyGen(strict_responses=True)
    mock.response_hooks.append(lambda request, operation, response: seen.append((operation, response)))
    sweep(mock)
    problems = []
    for operation, response in seen:
        validator = validators.get((operation.method, operation.template, str(response.status)))
        if validator is None:
            problems.append(f"{operation.key}: status {response.status} is not documented")
            continue
        for error in validator.iter_errors(json.loads(response.body)):
            problems.append(
                f"{operation.key} {response.status}: {error.message} at {list(error.instance_path)}"
            )
    assert problems == []
    assert mock.conformance_errors == []
    operations = {operation.key for operation, response in seen if response.status == 200}
    assert len(operations) == 41  # every operation of both specs answered successfully at least once
    statuses = {response.status for _, response in seen}
    assert {200, 400, 401, 404, 415, 429} <= statuses


def test_strict_mode_reports_a_response_that_drifted(monkeypatch: pytest.MonkeyPatch) -> None:
    def drifted(voice: Any) -> dict[str, Any]:
        return {"voice_id": 42, "name": voice.name}

    monkeypatch.setattr(mock_api_v3, "render_voice", drifted)
    mock = MockHeyGen(strict_responses=True)
    response = mock.handle(MockRequest("GET", "/v3/voices", headers={"x-api-key": mock.api_key}))
    assert response.status == 200
    assert len(mock.conformance_errors) == 1
    assert "GET /v3/voices -> 200" in mock.conformance_errors[0] and "42" in mock.conformance_errors[0]


def test_an_undocumented_status_is_a_conformance_error() -> None:
    mock = MockHeyGen()
    operation = next(op for op in mock.operations if op.key == "GET /v3/voices")
    assert operation.check_response(418, {}) is not None
    assert operation.check_response(404, {"error": {"code": "x", "message": "y"}}) is not None  # no 404 here
    assert operation.check_response(200, {"data": [], "has_more": False, "next_token": None}) is None


def test_the_sans_io_core_answers_plain_data() -> None:
    mock = MockHeyGen(api_key="k")
    response = mock.handle(MockRequest("GET", "/v3/voices", "limit=1", {"x-api-key": "k"}))
    assert response.status == 200 and response.header("Content-Type") == "application/json"
    assert len(response.json()["data"]) == 1
