"""v3 avatars (`client.avatars`) against the mock, sync and async."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from conftest import collect, ops, resolve
from heygen_avatars import (
    AsyncHeyGen,
    AvatarGroup,
    AvatarLook,
    BadRequestError,
    InputValidationError,
    JobActionRequiredError,
    JobFailedError,
    JobState,
    NotFoundError,
    PermissionDeniedError,
)
from heygen_avatars.mock import Fault, MockHeyGen
from heygen_avatars.mock.media import MP4_BYTES, png

pytestmark = pytest.mark.anyio

FACE = png("face", 512, 512)


async def photo_avatar(client: Any, **kwargs: Any) -> Any:
    kwargs.setdefault("name", "Sarah")
    if not {"photo", "url", "asset_id"} & kwargs.keys():
        kwargs["photo"] = FACE
    return await resolve(client.avatars.create_from_photo(**kwargs))


# --- photo ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("source", ["path", "str", "bytes", "file", "url", "asset_id", "asset", "inline"])
async def test_create_from_a_photo(client: Any, mock: MockHeyGen, tmp_path: Path, source: str) -> None:
    path = tmp_path / "sarah.png"
    path.write_bytes(FACE)
    sources: dict[str, dict[str, Any]] = {
        "path": {"photo": path},
        "str": {"photo": str(path)},
        "bytes": {"photo": FACE},
        "file": {"photo": io.BytesIO(FACE)},
        "url": {"url": "https://example.com/sarah.png"},
        "inline": {"photo": FACE, "inline": True},
    }
    kwargs = sources.get(source, {})
    if source in ("asset_id", "asset"):
        asset = await resolve(client.assets.upload(FACE))
        kwargs = {"asset_id": asset.id} if source == "asset_id" else {"photo": asset}
    new = await photo_avatar(client, **kwargs)
    uploads = 1 if source in ("path", "str", "bytes", "file", "asset_id", "asset") else 0
    assert ops(mock) == ["uploadAsset"] * uploads + ["createAvatar"]
    assert len(new.uploaded) == (uploads if source not in ("asset_id", "asset") else 0)
    assert new.job.kind == "avatar" and new.job.id == new.look_id
    assert new.job.context == {"group_id": new.group_id}
    assert not new.needs_consent
    look = await resolve(new.job.result())
    assert isinstance(look, AvatarLook)
    assert look.state is JobState.SUCCEEDED and look.group_id == new.group_id
    assert mock.state.avatar_looks[new.look_id].avatar_type == "photo_avatar"


async def test_a_photo_added_to_an_existing_group(client: Any, mock: MockHeyGen) -> None:
    first = await photo_avatar(client)
    second = await photo_avatar(client, avatar_group_id=first.group_id, photo=png("other", 700, 700))
    assert second.group_id == first.group_id and second.look_id != first.look_id
    assert (await resolve(client.avatars.get_group(first.group_id))).looks_count == 2


async def test_a_failed_photo_avatar_raises_with_heygens_reason(client: Any, mock: MockHeyGen) -> None:
    mock.script_next("avatar", fail=("moderation_rejected", "No face detected, please try another photo"))
    new = await photo_avatar(client)
    with pytest.raises(JobFailedError, match="No face detected"):
        await resolve(new.job.result())


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"photo": None}, "photo"),
        ({"photo": FACE, "url": "https://example.com/a.png"}, "photo"),
        ({"photo": png("small", 300, 300)}, "photo"),
        ({"photo": b"GIF89a" + b"\0" * 64}, "photo"),
        ({"url": "http://example.com/a.png"}, "url"),
        ({"url": "https://example.com/a.png", "inline": True}, "inline"),
        ({"asset_id": "a/b"}, "asset_id"),
        ({"photo": FACE, "inline": "yes"}, "inline"),
        ({"photo": FACE, "name": ""}, "name"),
        ({"photo": FACE, "avatar_group_id": "g 1"}, "avatar_group_id"),
        ({"photo": {"type": "url", "url": "https://x.example/a.png", "extra": 1}}, "photo"),
        ({"photo": {"type": "file"}}, "photo.type"),
        ({"photo": {"type": "base64", "media_type": "image/png"}}, "photo.data"),
        ({"photo": 42}, "photo"),
    ],
)
async def test_bad_photo_input_is_refused_before_any_request(
    client: Any, mock: MockHeyGen, kwargs: dict[str, Any], field: str
) -> None:
    kwargs.setdefault("name", "Sarah")
    if kwargs.get("photo", "") is None:
        del kwargs["photo"]
    with pytest.raises(InputValidationError) as caught:
        await resolve(client.avatars.create_from_photo(**kwargs))
    assert caught.value.field == field
    assert len(mock.journal) == 0


async def test_inline_photo_is_sent_as_base64(client: Any, mock: MockHeyGen) -> None:
    new = await photo_avatar(client, photo=FACE, inline=True)
    stored = mock.state.files[mock.state.avatar_looks[new.look_id].image_key]
    assert stored.data == FACE and stored.mime == "image/png"
    assert ops(mock) == ["createAvatar"]  # no upload


# --- prompt ---------------------------------------------------------------------------------------------


async def test_create_from_a_prompt_with_reference_images(client: Any, mock: MockHeyGen) -> None:
    asset = await resolve(client.assets.upload(png("style", 64, 64)))
    refs = [png("ref", 80, 80), "https://example.com/setting.jpg", asset]
    new = await resolve(
        client.avatars.create_from_prompt(name="Commander", prompt="Space suit", reference_images=refs)
    )
    assert ops(mock) == ["uploadAsset", "uploadAsset", "createAvatar"]
    assert len(new.uploaded) == 1
    look = await resolve(new.job.result())
    assert look.state is JobState.SUCCEEDED


async def test_avatar_id_keeps_the_identity_and_group(client: Any, mock: MockHeyGen) -> None:
    base = await photo_avatar(client)
    await resolve(base.job.result())
    variant = await resolve(
        client.avatars.create_from_prompt(name="Sarah, office", prompt="Navy blazer", avatar_id=base.look_id)
    )
    assert variant.group_id == base.group_id
    elsewhere = await photo_avatar(client, photo=png("b", 512, 512))
    saved = await resolve(
        client.avatars.create_from_prompt(name="New", prompt="Hoodie", avatar_group_id=elsewhere.group_id)
    )
    assert saved.group_id == elsewhere.group_id


async def test_avatar_id_of_a_look_not_ready_is_refused_by_heygen(client: Any, mock: MockHeyGen) -> None:
    base = await photo_avatar(client)
    with pytest.raises(BadRequestError, match="no usable image"):
        await resolve(client.avatars.create_from_prompt(name="x", prompt="y", avatar_id=base.look_id))


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"prompt": "x" * 1001}, "prompt"),
        ({"prompt": ""}, "prompt"),
        ({"reference_images": [FACE] * 4}, "reference_images"),
        ({"reference_images": "https://example.com/a.png"}, "reference_images"),
        ({"reference_images": [png("ok", 64, 64), b"%PDF-1.7"]}, "reference_images[1]"),
        ({"reference_images": ["http://example.com/a.png"]}, "reference_images[0]"),
        ({"avatar_id": ""}, "avatar_id"),
    ],
)
async def test_bad_prompt_input_is_refused_before_any_request(
    client: Any, mock: MockHeyGen, kwargs: dict[str, Any], field: str
) -> None:
    arguments = {"name": "Commander", "prompt": "Space suit", **kwargs}
    with pytest.raises(InputValidationError) as caught:
        await resolve(client.avatars.create_from_prompt(**arguments))
    assert caught.value.field == field
    assert len(mock.journal) == 0


# --- digital twin and consent ---------------------------------------------------------------------------


async def test_a_digital_twin_stops_for_consent_then_completes(client: Any, mock: MockHeyGen) -> None:
    twin = await resolve(client.avatars.create_digital_twin(name="Me", footage=MP4_BYTES))
    assert twin.needs_consent
    assert ops(mock) == ["uploadAsset", "createAvatar"]
    snapshot = await resolve(twin.job.wait())
    assert snapshot.state is JobState.ACTION_REQUIRED and snapshot.status == "pending_consent"
    with pytest.raises(JobActionRequiredError, match="consent"):
        await resolve(twin.job.result())
    consent = await resolve(
        client.avatars.request_consent(twin.group_id, reroute_url="https://example.com/done")
    )
    assert consent.url and consent.url.startswith("https://")
    assert consent.avatar_group is not None and consent.avatar_group.consent_status == "pending"
    mock.complete_consent(twin.group_id)  # the subject opens the URL and approves
    look = await resolve(twin.job.result())
    assert look.state is JobState.SUCCEEDED
    assert (await resolve(client.avatars.get_group(twin.group_id))).consent_status == "approved"


async def test_a_digital_twin_that_fails_after_consent(client: Any, mock: MockHeyGen) -> None:
    mock.script_next(
        "digital_twin", fail=("training_failed", "Footage duration must be between 15s and 600s")
    )
    twin = await resolve(client.avatars.create_digital_twin(name="Me", url="https://example.com/me.mp4"))
    assert ops(mock) == ["createAvatar"]
    mock.complete_consent(twin.group_id)
    with pytest.raises(JobFailedError, match="between 15s and 600s"):
        await resolve(twin.job.result())


async def test_consent_with_a_recorded_video_returns_no_url(client: Any, mock: MockHeyGen) -> None:
    twin = await resolve(client.avatars.create_digital_twin(name="Me", url="https://example.com/me.mp4"))
    consent = await resolve(client.avatars.request_consent(twin.group_id, consent_video=MP4_BYTES))
    assert consent.url is None
    assert ops(mock)[-2:] == ["uploadAsset", "createAvatarConsent"]
    assert (await resolve(twin.job.result())).state is JobState.SUCCEEDED


async def test_consent_for_a_photo_avatar_is_refused_by_heygen(client: Any, mock: MockHeyGen) -> None:
    new = await photo_avatar(client)
    with pytest.raises(BadRequestError, match="only required for digital twin"):
        await resolve(client.avatars.request_consent(new.group_id))


@pytest.mark.parametrize(
    ("method", "kwargs", "field"),
    [
        ("create_digital_twin", {"name": "Me", "footage": FACE}, "footage"),
        ("create_digital_twin", {"name": "Me"}, "footage"),
        ("create_digital_twin", {"name": "Me", "footage": b"\0" * 10}, "footage"),
        ("request_consent", {"group_id": "g1", "consent_text": "I <agree>"}, "consent_text"),
        ("request_consent", {"group_id": "g1", "consent_video": FACE}, "consent_video"),
        ("request_consent", {"group_id": "a/b"}, "group_id"),
        ("request_consent", {"group_id": "g1", "reroute_url": ""}, "reroute_url"),
    ],
)
async def test_bad_twin_and_consent_input_is_refused_before_any_request(
    client: Any, mock: MockHeyGen, method: str, kwargs: dict[str, Any], field: str
) -> None:
    arguments = dict(kwargs)
    group = arguments.pop("group_id", None)
    call = getattr(client.avatars, method)
    with pytest.raises(InputValidationError) as caught:
        await resolve(call(group, **arguments) if group is not None else call(**arguments))
    assert caught.value.field == field
    assert len(mock.journal) == 0


# --- lists ----------------------------------------------------------------------------------------------


async def test_list_groups_pages_through_everything(client: Any, mock: MockHeyGen) -> None:
    mine = [await photo_avatar(client, name=f"A{i}") for i in range(3)]
    mock.journal.clear()
    groups = await collect(client.avatars.list_groups(limit=2))
    assert all(isinstance(g, AvatarGroup) for g in groups)
    assert len(groups) == 3 + 3  # 3 public studio groups + ours
    listed = mock.journal.for_operation("listAvatarGroups")
    assert len(listed) == 3 and "token=" in listed[1].query and "token=" not in listed[0].query
    private = await collect(client.avatars.list_groups(ownership="private"))
    assert {g.id for g in private} == {m.group_id for m in mine}


async def test_list_looks_with_filters_and_max_items(client: Any, mock: MockHeyGen) -> None:
    new = await photo_avatar(client)
    await photo_avatar(client, avatar_group_id=new.group_id, photo=png("x", 512, 512))
    await resolve(client.avatars.create_digital_twin(name="Me", url="https://example.com/me.mp4"))
    looks = await collect(client.avatars.list_looks(group_id=new.group_id, limit=1))
    assert len(looks) == 2 and {look.group_id for look in looks} == {new.group_id}
    twins = await collect(client.avatars.list_looks(avatar_type="digital_twin"))
    assert len(twins) == 1 and "avatar_type=digital_twin" in mock.journal.entries[-1].query
    studio = await collect(client.avatars.list_looks(avatar_type="studio_avatar", ownership="public"))
    assert len(studio) == 3
    mock.journal.clear()
    first_two = await collect(client.avatars.list_looks(limit=1, max_items=2))
    assert len(first_two) == 2 and len(mock.journal) == 2


@pytest.mark.parametrize(
    ("method", "kwargs", "field"),
    [
        ("list_groups", {"limit": 0}, "limit"),
        ("list_groups", {"limit": 51}, "limit"),
        ("list_groups", {"ownership": "mine"}, "ownership"),
        ("list_groups", {"token": ""}, "token"),
        ("list_groups", {"max_items": -1}, "max_items"),
        ("list_looks", {"avatar_type": "cartoon"}, "avatar_type"),
        ("list_looks", {"group_id": "a b"}, "group_id"),
        ("list_looks", {"limit": True}, "limit"),
    ],
)
async def test_bad_list_arguments_are_refused_when_the_pager_is_made(
    client: Any, mock: MockHeyGen, method: str, kwargs: dict[str, Any], field: str
) -> None:
    with pytest.raises(InputValidationError) as caught:
        getattr(client.avatars, method)(**kwargs)
    assert caught.value.field == field
    assert len(mock.journal) == 0


# --- get, rename, delete --------------------------------------------------------------------------------


async def test_get_rename_and_delete(client: Any, mock: MockHeyGen) -> None:
    new = await photo_avatar(client)
    extra = await photo_avatar(client, avatar_group_id=new.group_id, photo=png("y", 512, 512))
    renamed = await resolve(client.avatars.rename_look(new.look_id, "Sarah, studio"))
    assert renamed.name == "Sarah, studio"
    assert (await resolve(client.avatars.get_look(new.look_id))).name == "Sarah, studio"
    await resolve(client.avatars.delete_look(extra.look_id))
    with pytest.raises(NotFoundError):
        await resolve(client.avatars.get_look(extra.look_id))
    await resolve(client.avatars.delete_group(new.group_id))
    with pytest.raises(NotFoundError):
        await resolve(client.avatars.get_group(new.group_id))
    assert new.look_id not in mock.state.avatar_looks


async def test_renaming_a_studio_look_is_refused_by_heygen(client: Any, mock: MockHeyGen) -> None:
    # HeyGen's answer for a studio look: 400 (April spec) or 403 (the mock follows later docs)
    with pytest.raises((BadRequestError, PermissionDeniedError)):
        await resolve(client.avatars.rename_look("public_look_0", "Mine"))
    assert mock.state.avatar_looks["public_look_0"].name != "Mine"


@pytest.mark.parametrize(
    ("method", "args", "field"),
    [
        ("rename_look", ("look1", "x" * 256), "name"),
        ("rename_look", ("look1", " "), "name"),
        ("rename_look", ("a/b", "ok"), "look_id"),
        ("get_look", ("",), "look_id"),
        ("get_group", ("a?b",), "group_id"),
        ("delete_look", (None,), "look_id"),
        ("delete_group", ("#",), "group_id"),
    ],
)
async def test_ids_and_names_are_checked_before_any_request(
    client: Any, mock: MockHeyGen, method: str, args: tuple[Any, ...], field: str
) -> None:
    with pytest.raises(InputValidationError) as caught:
        await resolve(getattr(client.avatars, method)(*args))
    assert caught.value.field == field
    assert len(mock.journal) == 0


async def test_look_job_resumes_from_its_token(client: Any, mock: MockHeyGen) -> None:
    new = await photo_avatar(client)
    token = new.job.resume_token()
    assert mock.api_key not in token
    resumed = client.jobs.resume(token, kind="avatar")
    assert (await resolve(resumed.wait())).state is JobState.SUCCEEDED
    assert (await resolve(client.avatars.look_job(new.look_id).result())).id == new.look_id


@pytest.mark.parametrize("name", ["photo_avatars", "avatars", "assets", "voices", "videos", "jobs"])
async def test_every_namespace_is_bound_on_both_clients_and_their_copies(client: Any, name: str) -> None:
    namespace = getattr(client, name)
    assert namespace._client is client
    copy = client.with_options(max_retries=0)
    assert getattr(copy, name)._client is copy
    assert (type(namespace).__name__.startswith("Async")) == isinstance(client, AsyncHeyGen)


async def test_a_failed_create_names_the_assets_already_uploaded(client: Any, mock: MockHeyGen) -> None:
    mock.faults.push("createAvatar", Fault.status(400, code="invalid_parameter", message="No face"))
    with pytest.raises(BadRequestError) as caught:
        await photo_avatar(client)
    (asset_id,) = mock.state.assets
    assert any(asset_id in note for note in caught.value.__notes__)
