"""v2 photo avatars against the in-process mock, with both faces (`HeyGen` and `AsyncHeyGen`)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from conftest import ops, resolve
from heygen_avatars import HeyGen, InputValidationError, JobFailedError, NotFoundError
from heygen_avatars.errors import AddLooksError
from heygen_avatars.jobs import JobState
from heygen_avatars.mock import MockHeyGen
from heygen_avatars.mock.media import png
from heygen_avatars.resources.photo_avatars import AsyncPhotoAvatars, PhotoAvatars
from heygen_avatars.types import PhotoAvatarLook, PhotoGeneration, TrainingStatus

pytestmark = pytest.mark.anyio

PHOTO_FIELDS: dict[str, Any] = {
    "name": "Lina",
    "age": "Young Adult",
    "gender": "Woman",
    "ethnicity": "Asian American",
    "orientation": "horizontal",
    "pose": "half_body",
    "style": "Realistic",
    "appearance": "A stylish woman in casual attire walking through a bustling city street",
}
FACE_PNG = png("face", 512, 512)


@pytest.fixture
def mock() -> MockHeyGen:
    return MockHeyGen(strict_responses=True)


@pytest.fixture
def pa(client: Any, mock: MockHeyGen) -> Any:
    yield PhotoAvatars(client) if isinstance(client, HeyGen) else AsyncPhotoAvatars(client)
    assert mock.conformance_errors == []


def count(mock: MockHeyGen, operation: str) -> int:
    return len(mock.journal.for_operation(operation))


async def new_group(pa: Any, **kwargs: Any) -> Any:
    kwargs.setdefault("name", "Sylvia")
    if not {"photo", "url", "image_key"} & kwargs.keys():
        kwargs["photo"] = FACE_PNG
    return await resolve(pa.create_group(**kwargs))


async def trained_group(pa: Any) -> str:
    created = await new_group(pa)
    await resolve(created.job.result())
    await resolve((await resolve(pa.train(created.group_id))).result())
    return str(created.group_id)


# --- photo generation ---------------------------------------------------------------------------------


async def test_generate_photos_job_returns_the_image_keys(pa: Any, mock: MockHeyGen) -> None:
    job = await resolve(pa.generate_photos(**PHOTO_FIELDS))
    assert job.kind == "photo_generation"
    photos = await resolve(job.result())
    assert isinstance(photos, PhotoGeneration)
    assert photos.id == job.id
    assert photos.state is JobState.SUCCEEDED
    assert len(photos.image_keys) == 4 and len(photos.image_urls) == 4
    assert all(key.startswith("image/") for key in photos.image_keys)
    assert count(mock, "generate-photo-avatar-photos") == 1


@pytest.mark.parametrize(
    ("field", "value"),
    [("age", "young adult"), ("style", "Anime"), ("appearance", "x" * 1001), ("name", ""), ("pose", None)],
)
async def test_bad_photo_fields_are_refused_before_any_request(
    pa: Any, mock: MockHeyGen, field: str, value: Any
) -> None:
    with pytest.raises(InputValidationError) as caught:
        await resolve(pa.generate_photos(**{**PHOTO_FIELDS, field: value}))
    assert caught.value.field == field
    assert len(mock.journal) == 0


async def test_failed_generation_raises_with_heygens_message(pa: Any, mock: MockHeyGen) -> None:
    mock.script_next("photo_generation", fail=("generation_failed", "The prompt was rejected"))
    job = await resolve(pa.generate_photos(**PHOTO_FIELDS))
    with pytest.raises(JobFailedError) as caught:
        await resolve(job.result())
    assert "The prompt was rejected" in str(caught.value)


# --- groups ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("source", ["path", "str", "bytes", "file"])
async def test_create_group_from_a_local_photo(
    pa: Any, mock: MockHeyGen, tmp_path: Path, source: str
) -> None:
    path = tmp_path / "sylvia.png"
    path.write_bytes(FACE_PNG)
    photo = {"path": path, "str": str(path), "bytes": FACE_PNG, "file": io.BytesIO(FACE_PNG)}[source]
    created = await new_group(pa, photo=photo)
    assert created.look.status == "pending"
    assert created.group_id == created.look.group_id
    assert created.job.kind == "look" and created.job.id == created.look.id
    look = await resolve(created.job.result())
    assert isinstance(look, PhotoAvatarLook)
    assert look.state is JobState.SUCCEEDED
    assert ops(mock)[:2] == ["upload-asset", "create-photo-avatar-group"]
    (uploaded,) = mock.state.assets.values()
    assert uploaded.mime == "image/png"


async def test_create_group_from_a_generated_image(pa: Any, mock: MockHeyGen) -> None:
    photos = await resolve((await resolve(pa.generate_photos(**PHOTO_FIELDS))).result())
    created = await new_group(pa, image_key=photos.image_keys[0], generation_id=photos.id)
    assert created.look.business_type == "generated"
    assert count(mock, "upload-asset") == 0


async def test_create_group_from_a_url_downloads_without_the_key_then_uploads(
    pa: Any, mock: MockHeyGen
) -> None:
    photos = await resolve((await resolve(pa.generate_photos(**PHOTO_FIELDS))).result())
    # an AI photo is big enough to become a photo avatar of its own: downloaded, then uploaded
    from_url = await new_group(pa, url=photos.image_urls[0])
    assert from_url.look.business_type == "user_upload"
    assert count(mock, "upload-asset") == 1
    # one too small is refused before uploading
    mock.backend.state.files[photos.image_keys[1]].data = png("small", 64, 64)
    with pytest.raises(InputValidationError, match="64x64"):
        await new_group(pa, url=photos.image_urls[1])
    assert count(mock, "upload-asset") == 1


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({}, "photo"),
        ({"photo": FACE_PNG, "image_key": "image/x/original"}, "photo"),
        ({"photo": png("small", 400, 400)}, "photo"),
        ({"photo": b"GIF89a" + b"\x00" * 40}, "photo"),
        ({"photo": FACE_PNG, "name": "  "}, "name"),
        ({"image_key": ""}, "image_key"),
        ({"image_key": "image/x/original", "generation_id": "a/b"}, "generation_id"),
    ],
)
async def test_create_group_refuses_bad_input_before_any_request(
    pa: Any, mock: MockHeyGen, kwargs: dict[str, Any], field: str
) -> None:
    kwargs.setdefault("name", "Sylvia")
    with pytest.raises(InputValidationError) as caught:
        await resolve(pa.create_group(**kwargs))
    assert caught.value.field == field
    assert len(mock.journal) == 0


async def test_add_looks_batches_by_four(pa: Any, mock: MockHeyGen) -> None:
    created = await new_group(pa)
    photos = await resolve((await resolve(pa.generate_photos(**PHOTO_FIELDS))).result())
    more = await resolve((await resolve(pa.generate_photos(**PHOTO_FIELDS))).result())
    keys = [*photos.image_keys, *more.image_keys[:2]]
    added = await resolve(pa.add_looks(created.group_id, image_keys=keys, name="extra"))
    assert len(added.looks) == 6 and len(added.jobs) == 6
    assert count(mock, "add-looks-to-photo-avatar-group") == 2
    assert {look.group_id for look in added.looks} == {created.group_id}
    finals = await resolve(pa._client.jobs.wait_all(list(added.jobs)))
    assert all(snapshot.state is JobState.SUCCEEDED for snapshot in finals)
    looks = await resolve(pa.list_looks(created.group_id))
    assert len(looks) == 7


async def test_add_looks_uploads_photos_first(pa: Any, mock: MockHeyGen) -> None:
    created = await new_group(pa)
    added = await resolve(pa.add_looks(created.group_id, photos=[FACE_PNG, png("other", 600, 700)]))
    assert len(added.looks) == 2
    assert count(mock, "upload-asset") == 3
    assert count(mock, "add-looks-to-photo-avatar-group") == 1


async def test_add_looks_failure_part_way_reports_the_looks_made(pa: Any, mock: MockHeyGen) -> None:
    created = await new_group(pa)
    photos = await resolve((await resolve(pa.generate_photos(**PHOTO_FIELDS))).result())
    keys = [*photos.image_keys, "image/unknown/original", "image/unknown2/original"]
    with pytest.raises(AddLooksError) as caught:
        await resolve(pa.add_looks(created.group_id, image_keys=keys))
    error = caught.value
    assert len(error.looks) == 4
    assert error.image_keys_left == ("image/unknown/original", "image/unknown2/original")
    assert all(look.id in str(error) for look in error.looks)
    assert error.__cause__ is not None


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({}, "image_keys"),
        ({"image_keys": "image/a/original"}, "image_keys"),
        ({"image_keys": ["image/a/original", ""]}, "image_keys[1]"),
        ({"photos": [png("small", 100, 100)]}, "photos[0]"),
    ],
)
async def test_add_looks_refuses_bad_input_before_any_request(
    pa: Any, mock: MockHeyGen, kwargs: dict[str, Any], field: str
) -> None:
    with pytest.raises(InputValidationError) as caught:
        await resolve(pa.add_looks("group1", **kwargs))
    assert caught.value.field == field
    assert len(mock.journal) == 0


# --- training and looks ---------------------------------------------------------------------------------


async def test_train_job_ends_ready(pa: Any, mock: MockHeyGen) -> None:
    created = await new_group(pa)
    await resolve(created.job.result())
    job = await resolve(pa.train(created.group_id))
    assert (job.kind, job.id) == ("training", created.group_id)
    status = await resolve(job.result())
    assert isinstance(status, TrainingStatus)
    assert status.status == "ready"
    groups = await resolve(pa.list_groups())
    (group,) = [g for g in groups if g.id == created.group_id]
    assert group.is_trained and group.num_looks == 1


async def test_failed_training_raises(pa: Any, mock: MockHeyGen) -> None:
    created = await new_group(pa)
    mock.script_next("training", fail=("training_failed", "No face detected, please try another photo"))
    job = await resolve(pa.train(created.group_id))
    with pytest.raises(JobFailedError, match="No face detected"):
        await resolve(job.result())


async def test_generate_looks_refuses_an_untrained_group_before_the_paid_request(
    pa: Any, mock: MockHeyGen
) -> None:
    created = await new_group(pa)
    with pytest.raises(InputValidationError) as caught:
        await resolve(
            pa.generate_looks(
                created.group_id,
                prompt="White shirt",
                orientation="square",
                pose="half_body",
                style="Realistic",
            )
        )
    assert caught.value.field == "group_id"
    assert "not trained" in str(caught.value)
    assert count(mock, "generate-photo-avatar-looks") == 0


async def test_generate_looks_of_a_trained_group(pa: Any, mock: MockHeyGen) -> None:
    group_id = await trained_group(pa)
    job = await resolve(
        pa.generate_looks(
            group_id, prompt="White shirt", orientation="square", pose="half_body", style="Realistic"
        )
    )
    assert job.kind == "look_generation" and job.context == {"group_id": group_id}
    generation = await resolve(job.result())
    assert len(generation.image_keys) == 4


async def test_generate_looks_validates_enums_first(pa: Any, mock: MockHeyGen) -> None:
    with pytest.raises(InputValidationError) as caught:
        await resolve(
            pa.generate_looks("g1", prompt="p", orientation="portrait", pose="half_body", style="Noir")
        )
    assert caught.value.field == "orientation"
    assert caught.value.allowed == ("square", "horizontal", "vertical")
    assert len(mock.journal) == 0


async def test_details_list_and_delete(pa: Any, mock: MockHeyGen) -> None:
    created = await new_group(pa)
    added = await resolve(pa.add_looks(created.group_id, photos=[FACE_PNG]))
    look = await resolve(pa.get_look(created.look.id))
    assert look.id == created.look.id and look.image_url
    await resolve(pa.delete_look(added.looks[0].id))
    with pytest.raises(NotFoundError):
        await resolve(pa.get_look(added.looks[0].id))
    assert [item.id for item in await resolve(pa.list_looks(created.group_id))] == [created.look.id]
    await resolve(pa.delete_group(created.group_id))
    assert created.group_id not in [group.id for group in await resolve(pa.list_groups())]


@pytest.mark.parametrize("method", ["get_look", "delete_look", "delete_group", "list_looks", "train"])
@pytest.mark.parametrize("bad", ["", "a/b", None])
async def test_ids_are_checked_before_any_request(pa: Any, mock: MockHeyGen, method: str, bad: Any) -> None:
    with pytest.raises(InputValidationError):
        await resolve(getattr(pa, method)(bad))
    assert len(mock.journal) == 0


# --- motion, sound, upscale -----------------------------------------------------------------------------


async def test_add_motion_then_upscale(pa: Any, mock: MockHeyGen) -> None:
    created = await new_group(pa)
    await resolve(created.job.result())
    with pytest.raises(InputValidationError, match="cannot be upscaled now: Only avatars with motion"):
        await resolve(pa.upscale(created.look.id))
    assert count(mock, "upscale-an-avatar") == 0
    motion_job = await resolve(pa.add_motion(created.look.id, prompt="nods and smiles"))
    assert motion_job.id != created.look.id
    moving = await resolve(motion_job.result())
    assert moving.is_motion and moving.upscale_availability.available
    upscaled = await resolve((await resolve(pa.upscale(moving.id))).result())
    assert upscaled.upscaled
    assert count(mock, "upscale-an-avatar") == 1


async def test_upscale_of_a_pending_look_says_why_not(pa: Any, mock: MockHeyGen) -> None:
    created = await new_group(pa)
    with pytest.raises(InputValidationError, match="upload not completed"):
        await resolve(pa.upscale(created.look.id))


async def test_add_sound_effect(pa: Any, mock: MockHeyGen) -> None:
    created = await new_group(pa)
    await resolve(created.job.result())
    await resolve(pa.add_sound_effect(created.look.id))
    look = await resolve(pa.get_look(created.look.id))
    assert look.background_sound_effect


async def test_jobs_resume_from_a_token(pa: Any, client: Any) -> None:
    created = await new_group(pa)
    token = created.job.resume_token()
    assert "mock-key" not in token
    resumed = client.jobs.resume(token)
    snapshot = await resolve(resumed.wait())
    assert snapshot.state is JobState.SUCCEEDED
    assert snapshot.data["id"] == created.look.id
