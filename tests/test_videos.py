"""`client.videos` and `client.download` against the mock, sync and async."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import httpx
import jsonschema_rs
import pytest
from conftest import collect, resolve
from heygen_avatars import (
    BadRequestError,
    InputValidationError,
    JobFailedError,
    JobState,
    NotFoundError,
    Video,
)
from heygen_avatars.mock import MockHeyGen
from heygen_avatars.mock.media import MP4_BYTES, png
from heygen_avatars.resources.videos.checks import VOICE_INPUTS, video_body

pytestmark = pytest.mark.anyio

VOICE = "1bd001e7e50f421d891986aad5158bc8"


async def ready_look(client: Any) -> Any:
    new = await resolve(client.avatars.create_from_photo(name="Sarah", url="https://example.com/s.png"))
    return await resolve(new.job.result())


def creates(mock: MockHeyGen) -> int:
    return len(mock.journal.for_operation("createVideo"))


async def test_render_a_look_speaking_a_script(client: Any, mock: MockHeyGen) -> None:
    look = await ready_look(client)
    sent = len(mock.journal)
    job = await resolve(
        client.videos.create(
            avatar_id=look.id, script="Hello there!", voice_id=VOICE, title="Hi", aspect_ratio="9:16",
            resolution="720p",
        )
    )  # fmt: skip
    assert job.kind == "video" and job.context == {"avatar_id": look.id}
    video = await resolve(job.result())
    assert isinstance(video, Video)
    assert video.state is JobState.SUCCEEDED and video.video_url and video.title == "Hi"
    assert [e.operation for e in mock.journal.entries[sent : sent + 2]] == ["getAvatarLook", "createVideo"]
    assert creates(mock) == 1


async def test_a_group_id_is_refused_with_its_looks_named(client: Any, mock: MockHeyGen) -> None:
    look = await ready_look(client)
    with pytest.raises(InputValidationError) as caught:
        await resolve(client.videos.create(avatar_id=look.group_id, script="Hi", voice_id=VOICE))
    assert caught.value.field == "avatar_id"
    assert "avatar group" in str(caught.value) and look.id in str(caught.value)
    assert creates(mock) == 0


async def test_an_unknown_look_is_refused(client: Any, mock: MockHeyGen) -> None:
    with pytest.raises(InputValidationError, match="no avatar look") as caught:
        await resolve(client.videos.create(avatar_id="nope", script="Hi", voice_id=VOICE))
    assert isinstance(caught.value.__cause__, NotFoundError)
    assert creates(mock) == 0


async def test_a_look_not_ready_is_refused_with_its_status(client: Any, mock: MockHeyGen) -> None:
    new = await resolve(client.avatars.create_from_photo(name="Sarah", photo=png("f", 512, 512)))
    with pytest.raises(InputValidationError, match="'processing'"):
        await resolve(client.videos.create(avatar_id=new.look_id, script="Hi", voice_id=VOICE))
    twin = await resolve(client.avatars.create_digital_twin(name="Me", footage=MP4_BYTES))
    with pytest.raises(InputValidationError, match="consent flow"):
        await resolve(client.videos.create(avatar_id=twin.look_id, script="Hi", voice_id=VOICE))
    assert creates(mock) == 0


async def test_check_avatar_false_leaves_it_to_heygen(client: Any, mock: MockHeyGen) -> None:
    with pytest.raises(NotFoundError, match="not found"):
        await resolve(
            client.videos.create(avatar_id="public_group_0", script="Hi", voice_id=VOICE, check_avatar=False)
        )
    assert [e.operation for e in mock.journal] == ["createVideo"]


async def test_an_unknown_voice_is_reported_by_heygen(client: Any, mock: MockHeyGen) -> None:
    with pytest.raises(BadRequestError, match="Voice"):
        await resolve(client.videos.create(avatar_id="public_look_0", script="Hi", voice_id="nobody"))


async def test_a_failed_render_raises_with_heygens_message(client: Any, mock: MockHeyGen) -> None:
    mock.script_next("video", fail=("render_failed", "The script contains blocked words"))
    job = await resolve(client.videos.create(avatar_id="public_look_0", script="Hi", voice_id=VOICE))
    with pytest.raises(JobFailedError, match="blocked words") as caught:
        await resolve(job.result())
    assert caught.value.code == "render_failed"


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"script": "x" * 5001}, "script"),
        ({"script": " "}, "script"),
        ({"voice_id": ""}, "voice_id"),
        ({"avatar_id": "a/b"}, "avatar_id"),
        ({"aspect_ratio": "4:3"}, "aspect_ratio"),
        ({"resolution": "8k"}, "resolution"),
        ({"title": ""}, "title"),
        ({"check_avatar": "no"}, "check_avatar"),
    ],
)
async def test_bad_input_is_refused_before_any_request(
    client: Any, mock: MockHeyGen, kwargs: dict[str, Any], field: str
) -> None:
    arguments = {"avatar_id": "public_look_0", "script": "Hi", "voice_id": VOICE, **kwargs}
    with pytest.raises(InputValidationError) as caught:
        await resolve(client.videos.create(**arguments))
    assert caught.value.field == field
    assert len(mock.journal) == 0


# --- the voice input: exactly one of script + voice_id, audio_url, audio_asset_id ---------------------------

VOICE_FIELDS = ("script", "voice_id", "audio_url", "audio_asset_id")
VOICE_VALUES = {
    "script": "Hi",
    "voice_id": VOICE,
    "audio_url": "https://example.com/hi.mp3",
    "audio_asset_id": "a1",
}
SUBSETS = [c for n in range(5) for c in itertools.combinations(VOICE_FIELDS, n)]
ALLOWED_TEXT = "(allowed: 'script + voice_id', 'audio_url', 'audio_asset_id')"


def facade_body(**voice: Any) -> dict[str, Any]:
    fields = {name: voice.get(name) for name in VOICE_FIELDS}
    return video_body(
        "public_look_0", **fields, title=None, aspect_ratio=None, resolution=None, motion_prompt=None,
        callback_url=None, callback_id=None,
    )  # fmt: skip


@pytest.fixture(scope="module")
def spec_body() -> jsonschema_rs.Validator:
    """The built spec's createVideo request body, as the mock checks it."""
    spec = json.loads((Path(__file__).parents[1] / "openapi" / "v3-avatars.json").read_text(encoding="utf-8"))
    schema = spec["paths"]["/v3/videos"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    return jsonschema_rs.Draft202012Validator({**schema, "components": spec["components"]})


@pytest.mark.parametrize("given", SUBSETS, ids=lambda g: "+".join(g) or "none")
def test_the_facade_and_the_built_spec_agree_on_every_voice_combination(
    spec_body: jsonschema_rs.Validator, given: tuple[str, ...]
) -> None:
    voice = {name: VOICE_VALUES[name] for name in given}
    try:
        sent = facade_body(**voice)
    except InputValidationError:
        sent = None
    body = {"type": "avatar", "avatar_id": "public_look_0", **voice}
    allowed = given in VOICE_INPUTS
    assert (sent is not None, spec_body.is_valid(body)) == (allowed, allowed)
    if sent is not None:
        assert sent == body
    # null stands for "not given" in the spec (the fields are nullable), as None does in the facade
    absent = {name: None for name in VOICE_FIELDS if name not in given}
    assert spec_body.is_valid({**body, **absent}) is allowed


def test_exactly_three_voice_combinations_are_allowed() -> None:
    assert [combo for combo in SUBSETS if combo in VOICE_INPUTS] == [
        ("audio_url",), ("audio_asset_id",), ("script", "voice_id"),
    ]  # fmt: skip


@pytest.mark.parametrize("field", VOICE_FIELDS)
def test_an_empty_voice_value_is_no_input(spec_body: jsonschema_rs.Validator, field: str) -> None:
    combo = next(c for c in VOICE_INPUTS if field in c)
    voice = {name: "" if name == field else VOICE_VALUES[name] for name in combo}
    with pytest.raises(InputValidationError) as caught:
        facade_body(**voice)
    assert caught.value.field == field
    assert not spec_body.is_valid({"type": "avatar", "avatar_id": "public_look_0", **voice})


@pytest.mark.parametrize(
    ("given", "field", "says"),
    [
        ((), "script", "no voice input"),
        (("script",), "voice_id", "is needed with script"),
        (("voice_id",), "script", "is needed with voice_id"),
        (("script", "voice_id", "audio_url"), "script, voice_id, audio_url", "cannot be combined"),
        (("script", "audio_asset_id"), "script, audio_asset_id", "cannot be combined"),
        (("audio_url", "audio_asset_id"), "audio_url, audio_asset_id", "cannot be combined"),
        (("voice_id", "audio_url"), "voice_id, audio_url", "cannot be combined"),
    ],
)
async def test_a_wrong_voice_combination_is_refused_before_any_request(
    client: Any, mock: MockHeyGen, given: tuple[str, ...], field: str, says: str
) -> None:
    voice = {name: VOICE_VALUES[name] for name in given}
    with pytest.raises(InputValidationError) as caught:
        await resolve(client.videos.create(avatar_id="public_look_0", **voice))
    assert caught.value.field == field
    assert says in str(caught.value) and str(caught.value).endswith(ALLOWED_TEXT)
    assert caught.value.allowed == ("script + voice_id", "audio_url", "audio_asset_id")
    assert len(mock.journal) == 0


@pytest.mark.parametrize("voice", [{"audio_url": "https://example.com/hi.mp3"}, {"audio_asset_id": "a1"}])
async def test_render_a_look_lip_syncing_audio(client: Any, mock: MockHeyGen, voice: dict[str, str]) -> None:
    job = await resolve(client.videos.create(avatar_id="public_look_0", check_avatar=False, **voice))
    assert (await resolve(job.result())).state is JobState.SUCCEEDED
    assert [(e.operation, e.status) for e in mock.journal][:1] == [("createVideo", 200)]


WRONG_VOICES = [
    (),
    ("script",),
    ("script", "voice_id", "audio_url"),
    ("script", "voice_id", "audio_asset_id"),
    ("audio_url", "audio_asset_id"),
    ("voice_id", "audio_url"),
]


@pytest.mark.parametrize("given", WRONG_VOICES, ids=lambda g: "+".join(g) or "none")
def test_the_mock_refuses_a_wrong_voice_combination_naming_the_fields(
    mock: MockHeyGen, given: tuple[str, ...]
) -> None:
    voice = {name: VOICE_VALUES[name] for name in given}
    with httpx.Client(
        transport=mock.transport(), base_url="https://api.heygen.com", headers={"x-api-key": mock.api_key}
    ) as api:
        answer = api.post("/v3/videos", json={"type": "avatar", "avatar_id": "public_look_0", **voice})
    assert answer.status_code == 400
    message = answer.json()["error"]["message"]
    assert all(f"body.{name}" in message for name in set(given) or VOICE_FIELDS), message


async def test_get_list_and_delete(client: Any, mock: MockHeyGen) -> None:
    jobs = [
        await resolve(
            client.videos.create(avatar_id="public_look_0", script="Hi", voice_id=VOICE, title=f"v{i}")
        )
        for i in range(3)
    ]
    video = await resolve(client.videos.get(jobs[0].id))
    assert video.id == jobs[0].id and video.state is JobState.PENDING
    listed = await collect(client.videos.list(limit=2))
    assert {v.id for v in listed} == {j.id for j in jobs}
    assert len(mock.journal.for_operation("listVideosV3")) == 2
    titled = await collect(client.videos.list(title="v1"))
    assert [v.id for v in titled] == [jobs[1].id]
    await resolve(client.videos.delete(jobs[0].id))
    with pytest.raises(NotFoundError):
        await resolve(client.videos.get(jobs[0].id))
    assert (await resolve(client.videos.job(jobs[1].id).result())).state is JobState.SUCCEEDED


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda v: v.get(""), "video_id"),
        (lambda v: v.delete("a b"), "video_id"),
        (lambda v: v.job("x/y"), "video_id"),
        (lambda v: v.list(limit=101), "limit"),
        (lambda v: v.list(folder_id="a/b"), "folder_id"),
        (lambda v: v.download("?"), "video"),
    ],
)
async def test_ids_are_checked_before_any_request(
    client: Any, mock: MockHeyGen, call: Any, field: str
) -> None:
    with pytest.raises(InputValidationError) as caught:
        await resolve(call(client.videos))
    assert caught.value.field == field
    assert len(mock.journal) == 0


# --- downloads ------------------------------------------------------------------------------------------


async def test_download_a_video_with_a_fresh_url(client: Any, mock: MockHeyGen, tmp_path: Path) -> None:
    job = await resolve(client.videos.create(avatar_id="public_look_0", script="Hi", voice_id=VOICE))
    video = await resolve(job.result())
    data = await resolve(client.videos.download(video))
    assert data[4:8] == b"ftyp" and len(data) > 1000  # a real MP4 (the mock films the look speaking)
    path = await resolve(client.videos.download(video.id, to=tmp_path))
    assert path.parent == tmp_path and path.suffix == ".mp4" and path.read_bytes() == data
    assert len(mock.journal.for_operation("getVideoV3")) >= 2  # a fresh URL each time


@pytest.mark.parametrize("to", [123, True, "", "a\0b", b"talk.mp4", "x" * 300])
async def test_download_checks_to_before_any_request(client: Any, mock: MockHeyGen, to: Any) -> None:
    with pytest.raises(InputValidationError) as caught:
        await resolve(client.videos.download("0123456789abcdef", to=to))
    assert caught.value.field == "to"
    assert len(mock.journal) == 0


async def test_download_of_an_unfinished_video_is_refused(client: Any, mock: MockHeyGen) -> None:
    job = await resolve(client.videos.create(avatar_id="public_look_0", script="Hi", voice_id=VOICE))
    with pytest.raises(InputValidationError, match="no file yet"):
        await resolve(client.videos.download(job.id))


async def test_client_download_of_an_image(client: Any, mock: MockHeyGen, tmp_path: Path) -> None:
    look = await ready_look(client)
    target = tmp_path / "look.png"
    written = await resolve(client.download(look.preview_image_url, to=target))
    assert written == target and target.read_bytes().startswith(b"\x89PNG")
    assert (await resolve(client.download(look.preview_image_url))) == target.read_bytes()
    with pytest.raises(InputValidationError):
        await resolve(client.download("ftp://example.com/x.png"))
