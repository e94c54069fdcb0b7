"""The mock's v1 upload and v2 photo-avatar family: lifecycles, their failure branches and HeyGen's rules."""

from __future__ import annotations

import struct
import zlib
from typing import Any

import httpx
from heygen_avatars.mock import MockHeyGen

PHOTO_REQUEST = {
    "name": "Lina",
    "age": "Young Adult",
    "gender": "Woman",
    "ethnicity": "Asian American",
    "orientation": "horizontal",
    "pose": "half_body",
    "style": "Realistic",
    "appearance": "A stylish woman in casual attire walking through a bustling city street",
}
LOOK_REQUEST = {
    "prompt": "White shirt front-facing",
    "orientation": "square",
    "pose": "half_body",
    "style": "Realistic",
}


def data(response: httpx.Response) -> Any:
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["error"] is None
    return body["data"]


def generate_photos(api: httpx.Client, mock: MockHeyGen) -> dict[str, Any]:
    generation_id = data(api.post("/v2/photo_avatar/photo/generate", json=PHOTO_REQUEST))["generation_id"]
    mock.advance(600)
    return dict(data(api.get(f"/v2/photo_avatar/generation/{generation_id}")))


def trained_group(api: httpx.Client, mock: MockHeyGen) -> str:
    photos = generate_photos(api, mock)
    look = data(
        api.post(
            "/v2/photo_avatar/avatar_group/create",
            json={"name": "Lina", "image_key": photos["image_key_list"][0], "generation_id": photos["id"]},
        )
    )
    data(api.post("/v2/photo_avatar/train", json={"group_id": look["group_id"]}))
    mock.advance(3600)
    assert data(api.get(f"/v2/photo_avatar/train/status/{look['group_id']}"))["status"] == "ready"
    return str(look["group_id"])


def png_size(blob: bytes) -> tuple[int, int]:
    assert blob[:8] == b"\x89PNG\r\n\x1a\n"
    length, kind = struct.unpack(">I4s", blob[8:16])
    assert (
        kind == b"IHDR"
        and zlib.crc32(blob[12 : 16 + length]) == struct.unpack(">I", blob[16 + length : 20 + length])[0]
    )
    width, height = struct.unpack(">II", blob[16:24])
    return width, height


def test_photo_generation_goes_in_progress_then_success_with_four_real_images(
    api: httpx.Client, heygen_mock: MockHeyGen
) -> None:
    generation_id = data(api.post("/v2/photo_avatar/photo/generate", json=PHOTO_REQUEST))["generation_id"]
    first = data(api.get(f"/v2/photo_avatar/generation/{generation_id}"))
    assert first == {
        "id": generation_id,
        "status": "in_progress",
        "msg": None,
        "image_url_list": None,
        "image_key_list": None,
    }
    heygen_mock.advance(600)
    done = data(api.get(f"/v2/photo_avatar/generation/{generation_id}"))
    assert done["status"] == "success"
    assert len(done["image_key_list"]) == len(done["image_url_list"]) == 4
    assert all(key.startswith("image/") and key.endswith("/original") for key in done["image_key_list"])
    images = [api.get(url) for url in done["image_url_list"]]
    assert {r.headers["content-type"] for r in images} == {"image/png"}
    assert all(png_size(r.content) == (1280, 720) for r in images)  # horizontal, as asked
    assert len({r.content for r in images}) == 4  # four different pictures


def test_generated_images_are_deterministic_for_a_seed() -> None:
    def first_image(seed: int) -> bytes:
        mock = MockHeyGen(seed=seed)
        with httpx.Client(
            transport=mock.transport(), base_url="https://api.heygen.com", headers={"x-api-key": mock.api_key}
        ) as client:
            url = generate_photos(client, mock)["image_url_list"][0]
            return client.get(url).content

    assert first_image(7) == first_image(7)
    assert first_image(7) != first_image(8)


def test_photo_generation_failure_reports_the_scripted_message(
    api: httpx.Client, heygen_mock: MockHeyGen
) -> None:
    heygen_mock.script_next("photo_generation", fail=("moderation_rejected", "Prompt violates policy"))
    generation_id = data(api.post("/v2/photo_avatar/photo/generate", json=PHOTO_REQUEST))["generation_id"]
    heygen_mock.advance(600)
    failed = data(api.get(f"/v2/photo_avatar/generation/{generation_id}"))
    assert failed["status"] == "failed"
    assert failed["msg"] == "Prompt violates policy"
    assert failed["image_key_list"] is None


def test_upload_returns_v1_envelope_with_image_key_and_keeps_bytes(heygen_mock: MockHeyGen) -> None:
    photo = b"\xff\xd8\xff\xe0" + b"jpeg-bytes" * 10
    with httpx.Client(transport=heygen_mock.transport(), base_url="https://upload.heygen.com") as upload:
        response = upload.post(
            "/v1/asset",
            content=photo,
            headers={"x-api-key": heygen_mock.api_key, "content-type": "image/jpeg"},
        )
        body = response.json()
        assert response.status_code == 200 and body["code"] == 100 and body["msg"] is None
        asset = body["data"]
        assert asset["image_key"] == f"image/{asset['id']}/original"
        assert asset["file_type"] == "image"
        assert upload.get(asset["url"]).content == photo
        audio = upload.post(
            "/v1/asset",
            content=b"ID3audio",
            headers={"x-api-key": heygen_mock.api_key, "content-type": "audio/mpeg"},
        ).json()
        assert audio["data"]["image_key"] is None and audio["data"]["file_type"] == "audio"


def test_upload_refuses_unsupported_type_with_415_in_v1_envelope(heygen_mock: MockHeyGen) -> None:
    with httpx.Client(transport=heygen_mock.transport(), base_url="https://upload.heygen.com") as upload:
        response = upload.post(
            "/v1/asset",
            content=b"GIF89a",
            headers={"x-api-key": heygen_mock.api_key, "content-type": "image/gif"},
        )
    assert response.status_code == 415
    assert response.json()["code"] == 415 and "image/gif" in response.json()["message"]


def test_group_from_upload_then_looks_train_and_generate_looks(
    api: httpx.Client, heygen_mock: MockHeyGen
) -> None:
    keys = []
    for index in range(5):
        uploaded = api.post(
            "https://upload.heygen.com/v1/asset",
            content=b"\x89PNG\r\n\x1a\n" + bytes([index]),
            headers={"content-type": "image/png"},
        ).json()["data"]
        keys.append(uploaded["image_key"])
    look = data(
        api.post("/v2/photo_avatar/avatar_group/create", json={"name": "Sylvia", "image_key": keys[0]})
    )
    group_id = look["group_id"]
    assert look["id"] == group_id and look["status"] == "pending" and look["business_type"] == "user_upload"
    assert look["upscale_availability"] == {
        "available": False,
        "reason": "Photo avatar look upload not completed",
    }
    added = data(
        api.post(
            "/v2/photo_avatar/avatar_group/add",
            json={"group_id": group_id, "image_keys": keys[1:4], "name": "more"},
        )
    )
    assert [item["status"] for item in added["photo_avatar_list"]] == ["pending"] * 3
    heygen_mock.advance(60)
    assert data(api.get(f"/v2/photo_avatar/{look['id']}"))["status"] == "completed"
    assert len(data(api.get(f"/v2/avatar_group/{group_id}/avatars"))["avatar_list"]) == 4

    data(api.post("/v2/photo_avatar/train", json={"group_id": group_id}))
    statuses = []
    for _ in range(8):
        statuses.append(data(api.get(f"/v2/photo_avatar/train/status/{group_id}"))["status"])
        heygen_mock.advance(60)
    assert statuses[0] == "pending" and "training" in statuses and statuses[-1] == "ready"
    listed = data(api.get("/v2/avatar_group.list"))
    assert listed["total_count"] == 1 and listed["avatar_group_list"][0]["train_status"] == "ready"

    generation_id = data(
        api.post("/v2/photo_avatar/look/generate", json={"group_id": group_id, **LOOK_REQUEST})
    )["generation_id"]
    heygen_mock.advance(600)
    assert data(api.get(f"/v2/photo_avatar/generation/{generation_id}"))["status"] == "success"
    assert len(data(api.get(f"/v2/avatar_group/{group_id}/avatars"))["avatar_list"]) == 8  # 4 generated looks


def test_add_looks_takes_at_most_four_keys(api: httpx.Client, heygen_mock: MockHeyGen) -> None:
    photos = generate_photos(api, heygen_mock)
    look = data(
        api.post(
            "/v2/photo_avatar/avatar_group/create",
            json={"name": "x", "image_key": photos["image_key_list"][0], "generation_id": photos["id"]},
        )
    )
    response = api.post(
        "/v2/photo_avatar/avatar_group/add",
        json={"group_id": look["group_id"], "image_keys": photos["image_key_list"] * 2},
    )
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_parameter"
    assert "image_keys" in response.json()["error"]["message"]


def test_unknown_image_key_is_refused(api: httpx.Client) -> None:
    response = api.post(
        "/v2/photo_avatar/avatar_group/create", json={"name": "x", "image_key": "image/nope/original"}
    )
    assert response.status_code == 400 and "image/nope/original" in response.json()["error"]["message"]


def test_look_generation_requires_a_trained_group(api: httpx.Client, heygen_mock: MockHeyGen) -> None:
    photos = generate_photos(api, heygen_mock)
    look = data(
        api.post(
            "/v2/photo_avatar/avatar_group/create",
            json={"name": "x", "image_key": photos["image_key_list"][0], "generation_id": photos["id"]},
        )
    )
    response = api.post("/v2/photo_avatar/look/generate", json={"group_id": look["group_id"], **LOOK_REQUEST})
    assert response.status_code == 400
    assert "not trained" in response.json()["error"]["message"]
    data(api.post("/v2/photo_avatar/train", json={"group_id": look["group_id"]}))
    still_training = api.post(
        "/v2/photo_avatar/look/generate", json={"group_id": look["group_id"], **LOOK_REQUEST}
    )
    assert still_training.status_code == 400 and "pending" in still_training.json()["error"]["message"]


def test_training_failure_branch(api: httpx.Client, heygen_mock: MockHeyGen) -> None:
    photos = generate_photos(api, heygen_mock)
    look = data(
        api.post(
            "/v2/photo_avatar/avatar_group/create",
            json={"name": "x", "image_key": photos["image_key_list"][0], "generation_id": photos["id"]},
        )
    )
    heygen_mock.script_next("training", fail=("training_failed", "No face detected"))
    data(api.post("/v2/photo_avatar/train", json={"group_id": look["group_id"]}))
    heygen_mock.advance(3600)
    status = data(api.get(f"/v2/photo_avatar/train/status/{look['group_id']}"))
    assert status["status"] == "failed" and status["error_msg"] == "No face detected"
    assert status["updated_at"] > status["created_at"]
    refused = api.post("/v2/photo_avatar/look/generate", json={"group_id": look["group_id"], **LOOK_REQUEST})
    assert refused.status_code == 400


def test_training_vocabulary_is_selectable() -> None:
    mock = MockHeyGen(training_vocabulary="success")
    with httpx.Client(
        transport=mock.transport(), base_url="https://api.heygen.com", headers={"x-api-key": mock.api_key}
    ) as client:
        photos = generate_photos(client, mock)
        look = data(
            client.post(
                "/v2/photo_avatar/avatar_group/create",
                json={"name": "x", "image_key": photos["image_key_list"][0], "generation_id": photos["id"]},
            )
        )
        data(client.post("/v2/photo_avatar/train", json={"group_id": look["group_id"]}))
        seen = []
        for _ in range(8):
            seen.append(data(client.get(f"/v2/photo_avatar/train/status/{look['group_id']}"))["status"])
            mock.advance(60)
    assert seen[0] == "pending" and "in_progress" in seen and seen[-1] == "success"


def test_motion_upscale_sound_effect_and_deletes(api: httpx.Client, heygen_mock: MockHeyGen) -> None:
    group_id = trained_group(api, heygen_mock)
    look_id = data(api.get(f"/v2/avatar_group/{group_id}/avatars"))["avatar_list"][0]["id"]
    refused = api.post("/v2/photo_avatar/upscale", json={"id": look_id})
    assert refused.status_code == 400  # only motion avatars
    motion_id = data(api.post("/v2/photo_avatar/add_motion", json={"id": look_id, "prompt": "nod"}))["id"]
    assert motion_id != look_id
    assert data(api.get(f"/v2/photo_avatar/{motion_id}"))["status"] == "pending"
    heygen_mock.advance(600)
    motion = data(api.get(f"/v2/photo_avatar/{motion_id}"))
    assert (
        motion["is_motion"] and motion["motion_preview_url"] and motion["upscale_availability"]["available"]
    )
    assert data(api.post("/v2/photo_avatar/upscale", json={"id": motion_id}))["id"] == motion_id
    assert data(api.get(f"/v2/photo_avatar/{motion_id}"))["upscaled"] is True
    data(api.post("/v2/photo_avatar/add_sound_effect", json={"id": motion_id}))
    assert data(api.get(f"/v2/photo_avatar/{motion_id}"))["background_sound_effect"] is not None

    data(api.delete(f"/v2/photo_avatar/{motion_id}"))
    gone = api.get(f"/v2/photo_avatar/{motion_id}")
    assert gone.status_code == 404 and gone.json() == {
        "error": {"code": "avatar_not_found", "message": "Photo avatar not found."},
        "data": None,
    }
    data(api.delete(f"/v2/photo_avatar_group/{group_id}"))
    assert api.get(f"/v2/avatar_group/{group_id}/avatars").status_code == 404
    assert api.get(f"/v2/photo_avatar/{look_id}").status_code == 404


def test_unknown_generation_is_404_in_v2_envelope(api: httpx.Client) -> None:
    response = api.get("/v2/photo_avatar/generation/does-not-exist")
    assert response.status_code == 404
    assert response.json()["data"] is None and response.json()["error"]["code"] == "not_found"


def test_webhook_shaped_events_for_generation_and_training(
    api: httpx.Client, heygen_mock: MockHeyGen
) -> None:
    heygen_mock.script_next("training", fail=("training_failed", "No face detected"))
    photos = generate_photos(api, heygen_mock)
    look = data(
        api.post(
            "/v2/photo_avatar/avatar_group/create",
            json={"name": "x", "image_key": photos["image_key_list"][0], "generation_id": photos["id"]},
        )
    )
    data(api.post("/v2/photo_avatar/train", json={"group_id": look["group_id"]}))
    heygen_mock.advance(3600)
    events = [(event.event_type, event.event_data) for event in heygen_mock.events]
    assert events == [
        (
            "photo_avatar_generation.success",
            {"generation_id": photos["id"], "image_key_list": photos["image_key_list"]},
        ),
        ("photo_avatar_train.fail", {"group_id": look["group_id"], "msg": "No face detected"}),
    ]
