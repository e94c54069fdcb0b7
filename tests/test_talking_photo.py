"""Talking photos: `client.videos.create_from_image` (``POST /v3/videos`` with ``type: "image"``) against the
mock, sync and async; and the mock rendering, refusing and capping image videos as HeyGen does."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import jsonschema_rs
import pytest
from conftest import ops, resolve, spy_on_created_videos
from heygen_avatars import (
    BadRequestError,
    InputValidationError,
    JobFailedError,
    JobState,
    RateLimitError,
    Video,
)
from heygen_avatars.mock import Fault, MockHeyGen
from heygen_avatars.mock.media import MP4_BYTES, png
from heygen_avatars.resources.videos.checks import image_video_args

pytestmark = pytest.mark.anyio

VOICE = "1bd001e7e50f421d891986aad5158bc8"
PORTRAIT = png("portrait", 512, 512)
MP3 = b"ID3" + bytes(256)


@pytest.fixture
def mock(shared_mock: MockHeyGen) -> Iterator[MockHeyGen]:
    shared_mock.reset()
    shared_mock.max_concurrent_jobs = 10
    yield shared_mock
    assert shared_mock.conformance_errors == []


def talk(**kwargs: Any) -> dict[str, Any]:
    """Arguments of a talking photo: a portrait speaking with a voice unless the test says otherwise."""
    if not {"photo", "url", "asset_id"} & kwargs.keys():
        kwargs["photo"] = PORTRAIT
    if not {"script", "voice_id", "audio_url", "audio_asset_id"} & kwargs.keys():
        kwargs.update(script="Hello from a photo!", voice_id=VOICE)
    return kwargs


# --- each image source ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "source", ["path", "str", "bytes", "file", "asset", "asset_id", "asset_input", "url", "inline"]
)
async def test_each_image_source_becomes_a_completed_video(
    client: Any, mock: MockHeyGen, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, source: str
) -> None:
    path = tmp_path / "portrait.png"
    path.write_bytes(PORTRAIT)
    kwargs: dict[str, Any] = {
        "path": {"photo": path},
        "str": {"photo": str(path)},
        "bytes": {"photo": PORTRAIT},
        "file": {"photo": io.BytesIO(PORTRAIT)},
        "url": {"url": "https://cdn.example.com/portrait.png"},
        "inline": {"photo": PORTRAIT, "inline": True},
    }.get(source, {})
    if source in ("asset", "asset_id", "asset_input"):
        asset = await resolve(client.assets.upload(PORTRAIT))
        kwargs = {
            "asset": {"photo": asset},
            "asset_id": {"asset_id": asset.id},
            "asset_input": {"photo": {"type": "asset_id", "asset_id": asset.id}},
        }[source]
    before = len(mock.journal)
    sent = spy_on_created_videos(mock, monkeypatch)
    job = await resolve(client.videos.create_from_image(**talk(**kwargs)))

    uploads = 1 if source in ("path", "str", "bytes", "file") else 0
    assert ops(mock)[before:] == ["uploadAsset"] * uploads + ["createVideo"]
    image = sent[0]["image"]
    expected_type = {"url": "url", "inline": "base64"}.get(source, "asset_id")
    assert image["type"] == expected_type
    assert job.kind == "video" and job.context == {"image": {k: v for k, v in image.items() if k != "data"}}
    video = await resolve(job.result())
    assert isinstance(video, Video) and video.state is JobState.SUCCEEDED and video.video_url
    rendered = mock.state.videos[video.id]
    assert rendered.type == "image" and rendered.avatar_id is None
    if source != "url":  # the photo itself is the video's first frame (a URL elsewhere is synthesised)
        assert mock.state.files[rendered.thumbnail_key].data == PORTRAIT


async def test_the_body_carries_every_option_and_the_video_downloads(
    client: Any, mock: MockHeyGen, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    sent = spy_on_created_videos(mock, monkeypatch)
    job = await resolve(
        client.videos.create_from_image(
            **talk(), title="Hi", motion_prompt="nods and smiles", expressiveness="high", aspect_ratio="9:16",
            resolution="1080p", background="#1a2b3c", remove_background=True,
            voice_settings={"speed": 1.2, "pitch": -3, "locale": "en-US"},
            callback_url="https://example.com/hook", callback_id="cb-1",
        )
    )  # fmt: skip
    body = {k: v for k, v in sent[0].items() if k != "image"}
    assert body == {
        "type": "image", "script": "Hello from a photo!", "voice_id": VOICE, "title": "Hi",
        "motion_prompt": "nods and smiles", "expressiveness": "high", "aspect_ratio": "9:16",
        "resolution": "1080p", "background": {"type": "color", "value": "#1a2b3c"}, "remove_background": True,
        "voice_settings": {"speed": 1.2, "pitch": -3.0, "locale": "en-US"},
        "callback_url": "https://example.com/hook", "callback_id": "cb-1",
    }  # fmt: skip
    video = await resolve(job.result())
    saved = await resolve(client.videos.download(video, to=tmp_path / "talk.mp4"))
    assert Path(saved).read_bytes()[4:8] == b"ftyp"


@pytest.mark.parametrize(
    ("background", "sent"),
    [
        ("#fff", {"type": "color", "value": "#fff"}),
        ("https://example.com/office.jpg", {"type": "image", "url": "https://example.com/office.jpg"}),
        ({"type": "image", "asset_id": "bg1"}, {"type": "image", "asset_id": "bg1"}),
        ({"type": "color", "value": "#00ff0080"}, {"type": "color", "value": "#00ff0080"}),
    ],
)
def test_each_background_form(background: Any, sent: dict[str, str]) -> None:
    body, _ = image_video_args(**{**ARGS, "background": background})
    assert body["background"] == sent


# --- each voice input --------------------------------------------------------------------------------------


@pytest.mark.parametrize("voice", ["script", "audio_url", "audio_asset_id"])
async def test_each_voice_input(
    client: Any, mock: MockHeyGen, monkeypatch: pytest.MonkeyPatch, voice: str
) -> None:
    if voice == "script":
        given: dict[str, Any] = {"script": "Hi!", "voice_id": VOICE}
    elif voice == "audio_url":
        given = {"audio_url": "https://example.com/hi.mp3"}
    else:
        given = {"audio_asset_id": (await resolve(client.assets.upload(MP3))).id}
    sent = spy_on_created_videos(mock, monkeypatch)
    job = await resolve(client.videos.create_from_image(photo=PORTRAIT, **given))
    assert (await resolve(job.result())).state is JobState.SUCCEEDED
    voice_fields = {
        k: v for k, v in sent[0].items() if k in ("script", "voice_id", "audio_url", "audio_asset_id")
    }
    assert voice_fields == given


@pytest.fixture(scope="module")
def spec_body() -> jsonschema_rs.Validator:
    """The built spec's createVideo request body, as the mock checks it."""
    spec = json.loads((Path(__file__).parents[1] / "openapi" / "v3-avatars.json").read_text(encoding="utf-8"))
    schema = spec["paths"]["/v3/videos"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    return jsonschema_rs.Draft202012Validator({**schema, "components": spec["components"]})


ARGS: dict[str, Any] = dict(
    photo=None, url="https://example.com/p.png", asset_id=None, inline=False, script="Hi", voice_id=VOICE,
    audio_url=None, audio_asset_id=None, title=None, motion_prompt=None, expressiveness=None,
    aspect_ratio=None, resolution=None, background=None, remove_background=None, voice_settings=None,
    callback_url=None, callback_id=None,
)  # fmt: skip


@pytest.mark.parametrize(
    "change",
    [
        {},
        {"script": None, "voice_id": None, "audio_url": "https://example.com/a.mp3"},
        {"script": None, "voice_id": None, "audio_asset_id": "a1"},
        {"expressiveness": "low", "motion_prompt": "waves", "remove_background": False},
        {"background": {"type": "image", "url": "https://example.com/bg.png"}, "resolution": "4k"},
        {"voice_settings": {"speed": 0.5, "pitch": 50, "locale": "fr-FR"}, "aspect_ratio": "16:9"},
    ],
)
def test_every_body_the_facade_builds_is_valid_for_the_built_spec(
    spec_body: jsonschema_rs.Validator, change: dict[str, Any]
) -> None:
    body, plan = image_video_args(**{**ARGS, **change})
    full = {**body, "image": dict(plan.ready or {})}
    assert spec_body.is_valid(full), list(spec_body.iter_errors(full))


# --- bad input: refused before the first request ------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"photo": None, "url": None}, "photo"),
        ({"photo": PORTRAIT, "url": "https://example.com/a.png"}, "photo"),
        ({"photo": PORTRAIT, "asset_id": "a1"}, "photo"),
        ({"photo": png("small", 300, 300)}, "photo"),
        ({"photo": MP4_BYTES}, "photo"),
        ({"photo": b"\x89PNG\r\n\x1a\n" + bytes(10 * 1024 * 1024)}, "photo"),
        ({"url": "http://example.com/a.png"}, "url"),
        ({"url": "ftp://example.com/a.png"}, "url"),
        ({"url": "https://example.com/a.png", "inline": True}, "inline"),
        ({"asset_id": "a/b"}, "asset_id"),
        ({"photo": {"type": "url", "url": "http://elsewhere.example/a.png"}}, "photo.url"),
        ({"script": "x" * 5001, "voice_id": VOICE}, "script"),
        ({"script": "Hi"}, "voice_id"),
        ({"script": "Hi", "voice_id": VOICE, "audio_url": "https://e.example/a.mp3"},
         "script, voice_id, audio_url"),
        ({"expressiveness": "extreme"}, "expressiveness"),
        ({"aspect_ratio": "4:3"}, "aspect_ratio"),
        ({"resolution": "8k"}, "resolution"),
        ({"title": ""}, "title"),
        ({"motion_prompt": 3}, "motion_prompt"),
        ({"callback_url": ""}, "callback_url"),
        ({"callback_id": 7}, "callback_id"),
        ({"remove_background": "yes"}, "remove_background"),
        ({"background": "red"}, "background"),
        ({"background": "http://example.com/bg.png"}, "background"),
        ({"background": {"type": "gradient"}}, "background.type"),
        ({"background": {"type": "image", "url": "https://e.example/a.png", "asset_id": "b"}}, "background"),
        ({"background": {"type": "color", "value": "#ff"}}, "background.value"),
        ({"background": {"type": "color", "value": "#fff", "url": None}}, "background"),
        ({"background": 5}, "background"),
        ({"voice_settings": {"speed": 2}}, "voice_settings.speed"),
        ({"voice_settings": {"pitch": -51}}, "voice_settings.pitch"),
        ({"voice_settings": {"speed": True}}, "voice_settings.speed"),
        ({"voice_settings": {"locale": ""}}, "voice_settings.locale"),
        ({"voice_settings": {"volume": 1}}, "voice_settings"),
        ({"voice_settings": "fast"}, "voice_settings"),
        ({"audio_url": "https://example.com/a.mp3", "voice_settings": {"speed": 1.1}}, "voice_settings"),
    ],
)  # fmt: skip
async def test_bad_input_is_refused_before_any_request(
    client: Any, mock: MockHeyGen, kwargs: dict[str, Any], field: str
) -> None:
    arguments = talk(**kwargs)
    arguments = {k: v for k, v in arguments.items() if v is not None}
    with pytest.raises(InputValidationError) as caught:
        await resolve(client.videos.create_from_image(**arguments))
    assert caught.value.field == field, caught.value
    assert len(mock.journal) == 0


# --- what HeyGen refuses, the failure branch ----------------------------------------------------------------


async def test_a_failed_render_raises_with_heygens_reason(client: Any, mock: MockHeyGen) -> None:
    mock.script_next("video", fail=("face_not_detected", "No face found in the image"))
    job = await resolve(client.videos.create_from_image(**talk()))
    with pytest.raises(JobFailedError, match="No face found") as caught:
        await resolve(job.result())
    assert caught.value.code == "face_not_detected"
    assert mock.state.videos[job.id].job.status == "failed"


async def test_a_refused_create_names_the_photo_already_uploaded(client: Any, mock: MockHeyGen) -> None:
    mock.faults.push("createVideo", Fault.status(400))
    with pytest.raises(BadRequestError) as caught:
        await resolve(client.videos.create_from_image(**talk()))
    (asset_id,) = mock.state.assets
    assert any(asset_id in note for note in caught.value.__notes__)
    assert ops(mock) == ["uploadAsset", "createVideo"]  # the upload is never repeated


async def test_heygen_refuses_an_unknown_voice(client: Any, mock: MockHeyGen) -> None:
    with pytest.raises(BadRequestError, match="Voice"):
        await resolve(client.videos.create_from_image(photo=PORTRAIT, script="Hi", voice_id="nobody"))


async def test_heygen_refuses_an_asset_that_is_not_an_image(client: Any, mock: MockHeyGen) -> None:
    audio = await resolve(client.assets.upload(MP3))
    with pytest.raises(BadRequestError, match="image") as caught:
        await resolve(client.videos.create_from_image(asset_id=audio.id, script="Hi", voice_id=VOICE))
    assert caught.value.param == "image.asset_id"


def api(mock: MockHeyGen) -> httpx.Client:
    return httpx.Client(
        transport=mock.transport(), base_url="https://api.heygen.com", headers={"x-api-key": mock.api_key}
    )


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({"image": {"type": "url", "url": "http://example.com/a.png"}}, "image"),
        ({"image": {"type": "asset_id", "asset_id": "nope"}}, "image.asset_id"),
        ({"image": {"type": "base64", "media_type": "audio/mpeg", "data": "SUQzAAAA"}}, "image.media_type"),
        ({"expressiveness": "extreme"}, "expressiveness"),
        ({"image": None}, "image"),
        ({"voice_id": "nobody"}, "voice_id"),
    ],
)
def test_the_mock_refuses_what_heygen_refuses(mock: MockHeyGen, body: dict[str, Any], param: str) -> None:
    full = {"type": "image", "image": {"type": "url", "url": "https://example.com/a.png"}, "script": "Hi",
            "voice_id": VOICE, **body}  # fmt: skip
    with api(mock) as http:
        answer = http.post("/v3/videos", json=full)
    assert answer.status_code == 400, answer.text
    assert answer.json()["error"]["param"].startswith(param)
    assert mock.state.videos == {}


def test_image_videos_count_under_the_concurrency_cap(mock: MockHeyGen) -> None:
    mock.max_concurrent_jobs = 2
    image = {"type": "image", "image": {"type": "url", "url": "https://example.com/a.png"}, "script": "Hi",
             "voice_id": VOICE}  # fmt: skip
    with api(mock) as http:
        assert http.post("/v3/videos", json=image).status_code == 200
        look = {"type": "avatar", "avatar_id": "public_look_0", "script": "Hi", "voice_id": VOICE}
        assert http.post("/v3/videos", json=look).status_code == 200
        refused = http.post("/v3/videos", json=image)
        assert refused.status_code == 429 and int(refused.headers["retry-after"]) > 0
        mock.advance(int(refused.headers["retry-after"]))
        assert http.post("/v3/videos", json=image).status_code == 200
    assert [v.type for v in mock.state.videos.values()] == ["image", "avatar", "image"]


async def test_the_client_waits_its_turn_under_the_cap(client: Any, mock: MockHeyGen) -> None:
    mock.max_concurrent_jobs = 1
    first = await resolve(client.videos.create_from_image(**talk()))
    with pytest.raises(RateLimitError):  # a create is retried on 429 only while the budget lasts
        await resolve(client.videos.create_from_image(**talk(), max_retries=0))
    await resolve(first.result())
    second = await resolve(client.videos.create_from_image(**talk()))
    assert (await resolve(second.result())).state is JobState.SUCCEEDED


# --- the raw form -------------------------------------------------------------------------------------------


async def test_the_raw_form_gives_the_creates_response(client: Any, mock: MockHeyGen) -> None:
    raw = await resolve(client.videos.with_raw_response.create_from_image(**talk()))
    assert raw.status_code == 200 and raw.request_id
    job = raw.parse()
    assert job.kind == "video" and job.id in mock.state.videos
