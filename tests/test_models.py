"""The facade's models: built from real payloads (HeyGen's guides, the April spec), tolerant of drift,
immutable."""

from __future__ import annotations

import time
import warnings
from datetime import UTC, datetime
from typing import Any

import attrs
import pytest
from heygen_avatars.jobs import JobState
from heygen_avatars.types import (
    Asset,
    AvatarGroup,
    AvatarLook,
    Consent,
    CreatedAvatar,
    CreditPool,
    ErrorInfo,
    PhotoAvatarGroup,
    PhotoAvatarLook,
    PhotoGeneration,
    Subscription,
    TrainingStatus,
    UploadedAsset,
    UpscaleAvailability,
    UsageBased,
    User,
    Video,
    Voice,
    Wallet,
)
from hypothesis import given, settings, strategies as st

# HeyGen's guide "Create and Train Photo Avatar Groups": the look avatar_group/create returns (abridged URL).
GUIDE_LOOK: dict[str, Any] = {
    "id": "0b1b8dabd16f40a2b2ae6599790bba05",
    "image_url": "https://files2.heygen.ai/image/47b2367366d94ee79894ed1f692b33ae/original?Expires=1",
    "created_at": 1737662355.643309,
    "name": "Sylvia",
    "status": "pending",
    "group_id": "0b1b8dabd16f40a2b2ae6599790bba05",
    "is_motion": False,
    "motion_preview_url": None,
    "business_type": "user_upload",
    "upscale_availability": {"available": False, "reason": "Photo avatar look upload not completed"},
    "upscaled": False,
    "background_sound_effect": None,
}

GUIDE_GENERATION_DONE: dict[str, Any] = {
    "id": "c37388c94f614948ad96b8cf75c7a09f",
    "status": "success",
    "msg": None,
    "image_url_list": [
        "https://resource2.heygen.ai/image/c5ca4f593b2f4e73a7bf2af2e2b7550d/original",
        "https://resource2.heygen.ai/image/ab46c34c8c3746d18a68cce31882eeca/original",
    ],
    "image_key_list": [
        "image/c5ca4f593b2f4e73a7bf2af2e2b7550d/original",
        "image/ab46c34c8c3746d18a68cce31882eeca/original",
    ],
}

# HeyGen's "Create Avatar" guide: the `data` of a POST /v3/avatars response.
GUIDE_CREATED = {
    "avatar_item": {
        "id": "look_abc123",
        "name": "Space Commander",
        "avatar_type": "studio_avatar",
        "group_id": "group_xyz789",
        "preview_image_url": "https://files.heygen.ai/...",
        "supported_api_engines": ["avatar_4_quality", "avatar_4_turbo"],
        "tags": [],
    },
    "avatar_group": {
        "id": "group_xyz789",
        "name": "Space Commander",
        "looks_count": 1,
        "consent_status": None,
        "created_at": 1717000000,
    },
}


def ts(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, tz=UTC)


# --- v2 -------------------------------------------------------------------------------------------------


def test_photo_avatar_look_reads_the_guides_payload() -> None:
    look = PhotoAvatarLook.from_raw(GUIDE_LOOK)
    assert look.id == GUIDE_LOOK["id"]
    assert look.group_id == GUIDE_LOOK["group_id"]
    assert look.name == "Sylvia"
    assert look.status == "pending"
    assert look.state is JobState.PENDING
    assert look.created_at == ts(1737662355.643309)
    assert look.created_at is not None and look.created_at.tzinfo is UTC
    assert look.is_motion is False
    assert look.motion_preview_url is None
    assert look.business_type == "user_upload"
    assert look.upscale_availability.available is False
    assert look.upscale_availability.reason == "Photo avatar look upload not completed"
    assert look.default_voice_id is None
    assert look.raw["image_url"] == GUIDE_LOOK["image_url"]


def test_photo_avatar_look_states() -> None:
    assert PhotoAvatarLook.from_raw({**GUIDE_LOOK, "status": "completed"}).state is JobState.SUCCEEDED
    assert PhotoAvatarLook.from_raw({**GUIDE_LOOK, "status": "failed"}).state is JobState.FAILED
    assert PhotoAvatarLook.from_raw({**GUIDE_LOOK, "status": "in_appeal"}).state is not JobState.SUCCEEDED


def test_photo_generation_lists_keys_and_urls() -> None:
    generation = PhotoGeneration.from_raw(GUIDE_GENERATION_DONE)
    assert generation.state is JobState.SUCCEEDED
    assert generation.image_keys == tuple(GUIDE_GENERATION_DONE["image_key_list"])
    assert generation.image_urls == tuple(GUIDE_GENERATION_DONE["image_url_list"])
    assert generation.message is None


def test_photo_generation_in_progress_has_null_lists() -> None:
    generation = PhotoGeneration.from_raw(
        {"id": "g1", "status": "in_progress", "msg": None, "image_url_list": None, "image_key_list": None}
    )
    assert generation.state is JobState.PENDING
    assert generation.image_keys == ()
    assert generation.image_urls == ()


@pytest.mark.parametrize(
    ("status", "state"),
    [
        ("pending", JobState.PENDING),
        ("training", JobState.PENDING),
        ("in_progress", JobState.PENDING),
        ("ready", JobState.SUCCEEDED),
        ("success", JobState.SUCCEEDED),
        ("completed", JobState.SUCCEEDED),
        ("READY", JobState.SUCCEEDED),
        ("failed", JobState.FAILED),
        ("something_new", JobState.UNKNOWN),
        ("", JobState.UNKNOWN),
    ],
)
def test_training_status_vocabularies(status: str, state: JobState) -> None:
    assert TrainingStatus.from_raw({"status": status}).state is state


def test_training_status_timestamps_int_float_and_null() -> None:
    status = TrainingStatus.from_raw(
        {"status": "training", "error_msg": None, "created_at": 1737663091.0, "updated_at": None}
    )
    assert status.created_at == ts(1737663091)
    assert status.updated_at is None
    assert TrainingStatus.from_raw({"status": "x", "created_at": 1737663091}).created_at == ts(1737663091)


def test_training_status_error_as_object_or_string() -> None:
    assert TrainingStatus.from_raw({"status": "failed", "error_msg": "no face"}).error_msg == "no face"
    as_object = TrainingStatus.from_raw({"status": "failed", "error_msg": {"code": "bad", "message": "m"}})
    assert as_object.error_msg == "bad: m"


def test_photo_avatar_group_accepts_preview_image_alias() -> None:
    raw = {
        "id": "g",
        "name": "Eli",
        "created_at": 1737662355.6,
        "num_looks": 3,
        "preview_image": "https://x/p.png",
        "group_type": "PHOTO",
        "train_status": "ready",
        "default_voice_id": None,
    }
    group = PhotoAvatarGroup.from_raw(raw)
    assert group.preview_image_url == "https://x/p.png"
    assert group.num_looks == 3
    assert group.is_trained
    assert not PhotoAvatarGroup.from_raw({**raw, "train_status": "pending"}).is_trained
    assert not PhotoAvatarGroup.from_raw({**raw, "train_status": None}).is_trained


def test_uploaded_asset_v1() -> None:
    asset = UploadedAsset.from_raw(
        {
            "id": "a1",
            "name": "me.png",
            "file_type": "image",
            "folder_id": "f",
            "meta": None,
            "created_ts": 1737662355,
            "url": "https://x/me.png",
            "image_key": "image/abc/original",
        }
    )
    assert asset.image_key == "image/abc/original"
    assert asset.created_at == ts(1737662355)
    assert UploadedAsset.from_raw({"id": "v", "file_type": "video", "image_key": None}).image_key is None


# --- v3 -------------------------------------------------------------------------------------------------


def test_created_avatar_reads_the_create_avatar_guides_payload() -> None:
    created = CreatedAvatar.from_raw(GUIDE_CREATED)
    assert created.look_id == "look_abc123"
    assert created.group_id == "group_xyz789"
    assert created.avatar_item is not None
    assert created.avatar_item.supported_api_engines == ("avatar_4_quality", "avatar_4_turbo")
    assert created.avatar_group is not None
    assert created.avatar_group.created_at == ts(1717000000)
    assert created.avatar_group.consent_status is None


def test_created_avatar_tolerates_the_envelope_and_nulls() -> None:
    assert CreatedAvatar.from_raw({"data": GUIDE_CREATED}) == CreatedAvatar.from_raw(GUIDE_CREATED)
    empty = CreatedAvatar.from_raw({"avatar_item": None, "avatar_group": None})
    assert empty.look_id is None
    assert empty.group_id is None


def test_created_avatar_group_id_falls_back_to_the_look() -> None:
    created = CreatedAvatar.from_raw({"avatar_item": GUIDE_CREATED["avatar_item"]})
    assert created.group_id == "group_xyz789"


@pytest.mark.parametrize(
    ("raw", "state"),
    [
        ({"status": "processing"}, JobState.PENDING),
        ({"status": "completed"}, JobState.SUCCEEDED),
        ({"status": "failed", "error": {"code": "training_failed", "message": "m"}}, JobState.FAILED),
        ({"status": "pending_consent"}, JobState.ACTION_REQUIRED),
        ({"status": None}, JobState.UNKNOWN),
        ({"status": None, "preview_image_url": "https://p", "image_width": 1024}, JobState.SUCCEEDED),
        ({"status": "processing", "preview_image_url": "https://p"}, JobState.PENDING),
        ({"status": None, "error": "boom"}, JobState.FAILED),
    ],
)
def test_avatar_look_state(raw: dict[str, Any], state: JobState) -> None:
    assert AvatarLook.from_raw({"id": "l", "name": "n", "avatar_type": "photo_avatar", **raw}).state is state


def test_avatar_group_error_object() -> None:
    group = AvatarGroup.from_raw(
        {
            "id": "g",
            "name": "n",
            "created_at": 1717000000,
            "looks_count": 0,
            "status": "failed",
            "error": {"code": "training_failed", "message": "Footage duration must be between 15s and 600s"},
        }
    )
    assert group.state is JobState.FAILED
    assert group.error == ErrorInfo(
        code="training_failed", message="Footage duration must be between 15s and 600s"
    )


def test_consent_url_nullable() -> None:
    consent = Consent.from_raw(
        {"avatar_group": GUIDE_CREATED["avatar_group"], "url": "https://heygen.com/c/1"}
    )
    assert consent.url == "https://heygen.com/c/1"
    assert consent.avatar_group is not None and consent.avatar_group.id == "group_xyz789"
    assert Consent.from_raw({"avatar_group": None, "url": None}).url is None


def test_asset_v3_and_old_id_spelling() -> None:
    raw = {"asset_id": "as_1", "url": "https://u", "mime_type": "image/png", "size_bytes": 1234}
    assert Asset.from_raw(raw) == Asset(id="as_1", url="https://u", mime_type="image/png", size_bytes=1234)
    assert Asset.from_raw({"id": "as_2"}).id == "as_2"


def test_voice_from_april_spec_item() -> None:
    voice = Voice.from_raw(
        {
            "voice_id": "v1",
            "name": "Ava",
            "language": "English",
            "gender": "female",
            "preview_audio_url": None,
            "support_pause": True,
            "support_locale": False,
            "type": "public",
        }
    )
    assert (voice.id, voice.name, voice.language, voice.type) == ("v1", "Ava", "English", "public")
    assert voice.support_pause is True
    assert voice.preview_audio_url is None


def test_video_completed_and_failed() -> None:
    done = Video.from_raw(
        {
            "id": "vid",
            "status": "completed",
            "video_url": "https://v.mp4",
            "thumbnail_url": "https://t.jpg",
            "duration": 12.5,
            "created_at": 1717000000,
            "completed_at": 1717000100,
        }
    )
    assert done.state is JobState.SUCCEEDED
    assert done.duration == 12.5
    assert done.completed_at == ts(1717000100)
    failed = Video.from_raw(
        {"id": "vid", "status": "failed", "failure_code": "bad_voice", "failure_message": "voice not found"}
    )
    assert failed.state is JobState.FAILED
    assert (failed.failure_code, failed.failure_message) == ("bad_voice", "voice not found")
    legacy = Video.from_raw({"video_id": "v2", "status": "failed", "failure_reason": "old spelling"})
    assert (legacy.id, legacy.failure_message) == ("v2", "old spelling")


@pytest.mark.parametrize("status", ["pending", "processing", "waiting", "succeeded?", "success!", ""])
def test_video_unknown_or_running_status_is_never_success(status: str) -> None:
    assert Video.from_raw({"id": "v", "status": status}).state in (JobState.PENDING, JobState.UNKNOWN)


# --- tolerance ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1737662355, ts(1737662355)),
        (1737662355.5, ts(1737662355.5)),
        ("1737662355", ts(1737662355)),
        (1737662355000, ts(1737662355)),  # milliseconds
        ("2025-01-23T20:39:15Z", datetime(2025, 1, 23, 20, 39, 15, tzinfo=UTC)),
        ("2025-01-23T20:39:15", datetime(2025, 1, 23, 20, 39, 15, tzinfo=UTC)),
        ("yesterday", None),
        (True, None),
        (float("nan"), None),
        (1e300, None),
        ([], None),
        (None, None),
    ],
)
def test_timestamps_are_tolerant(value: object, expected: datetime | None) -> None:
    assert PhotoAvatarLook.from_raw({"created_at": value}).created_at == expected


# Dates that are not ISO 8601 are read by python-dateutil (a declared dependency for this).
DECEMBER_1_10AM = datetime(2026, 12, 1, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    "value",
    [
        "Tue, 01 Dec 2026 10:00:00 GMT",  # an HTTP date (RFC 7231)
        "2026-12-01 10:00:00 UTC",
        "Tue, 01 Dec 2026 12:00:00 +0200",
        "December 1, 2026 10:00",  # no zone: UTC, as for an ISO date without one
    ],
)
def test_dates_that_are_not_iso_are_read_with_dateutil(value: str) -> None:
    with pytest.raises(ValueError):
        datetime.fromisoformat(value)
    created_at = AvatarGroup.from_raw({"created_at": value}).created_at
    assert created_at == DECEMBER_1_10AM
    assert created_at is not None and created_at.utcoffset() is not None


@pytest.mark.parametrize(
    "value",
    [
        "not a date",
        "Tue, 99 Dec 2026",
        "32/13/2026",
        "99999999999999999999999 Dec 2026",  # dateutil: OverflowError
        "2026-12-01 10:00:00 EST",  # a zone abbreviation with no agreed offset
    ],
)
def test_unreadable_dates_give_none_without_raising_or_warning(value: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert AvatarGroup.from_raw({"created_at": value}).created_at is None


@pytest.mark.parametrize("machine_zone", ["UTC0", "GMT0BST,M3.5.0/1,M10.5.0", "EST5EDT,M3.2.0,M11.1.0"])
def test_dates_do_not_depend_on_the_machines_time_zone(
    machine_zone: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # dateutil's default gives tzlocal() to a zone name the machine's zone has (UTC, GMT here)
    monkeypatch.setenv("TZ", machine_zone)
    time.tzset()
    try:
        for value in ("Tue, 01 Dec 2026 10:00:00 GMT", "2026-12-01 10:00:00 UTC"):
            created_at = AvatarGroup.from_raw({"created_at": value}).created_at
            assert created_at == DECEMBER_1_10AM and created_at.tzinfo is UTC
    finally:
        monkeypatch.undo()
        time.tzset()


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (None, None),
        ("", None),
        ({}, None),
        ("plain text", ErrorInfo(message="plain text")),
        ({"code": "avatar_not_found", "message": "gone"}, ErrorInfo(code="avatar_not_found", message="gone")),
        ({"code": 40009}, ErrorInfo(code="40009", message="")),
        (42, ErrorInfo(message="42")),
    ],
)
def test_error_info_string_object_or_none(raw: object, expected: ErrorInfo | None) -> None:
    assert ErrorInfo.from_raw(raw) == expected


def test_models_are_frozen_and_raw_is_not_in_eq_or_repr() -> None:
    look = PhotoAvatarLook.from_raw(GUIDE_LOOK)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        look.name = "x"  # type: ignore[misc]
    same = PhotoAvatarLook.from_raw({**GUIDE_LOOK, "unknown_extra": 1})
    assert same == look
    assert hash(same) == hash(look)
    assert "raw" not in repr(look)
    with pytest.raises(TypeError):
        look.raw["name"] = "x"  # type: ignore[index]


def test_raw_is_a_copy_of_the_payload() -> None:
    payload = dict(GUIDE_LOOK)
    look = PhotoAvatarLook.from_raw(payload)
    payload["name"] = "changed"
    assert look.raw["name"] == "Sylvia"


def test_wrongly_typed_fields_become_neutral_values() -> None:
    look = AvatarLook.from_raw(
        {
            "id": 123,
            "name": None,
            "avatar_type": ["x"],
            "tags": "single",
            "supported_api_engines": [1, "avatar_iv", None],
            "image_width": "1024",
            "image_height": True,
        }
    )
    assert look.id == "123"
    assert look.name == ""
    assert look.avatar_type == ""
    assert look.tags == ("single",)
    assert look.supported_api_engines == ("avatar_iv",)
    assert look.image_width == 1024
    assert look.image_height is None


MODELS = [
    PhotoGeneration,
    PhotoAvatarLook,
    PhotoAvatarGroup,
    TrainingStatus,
    UploadedAsset,
    Asset,
    AvatarGroup,
    AvatarLook,
    CreatedAvatar,
    Consent,
    Voice,
    Video,
    User,
]
#: parts of a model: ``from_raw`` gives None for a payload that is not an object
NESTED = [UpscaleAvailability, ErrorInfo, Wallet, Subscription, CreditPool, UsageBased]

json_scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=8,
)
KNOWN_KEYS = sorted(
    {
        *GUIDE_LOOK,
        *GUIDE_GENERATION_DONE,
        *GUIDE_CREATED,
        *GUIDE_CREATED["avatar_item"],
        *GUIDE_CREATED["avatar_group"],
        "error",
        "error_msg",
        "updated_at",
        "url",
        "asset_id",
        "voice_id",
        "failure_message",
        "duration",
        "image_width",
        "num_looks",
        "preview_image",
        "train_status",
        "status",
        "data",
    }
)
payloads = st.dictionaries(st.sampled_from(KNOWN_KEYS) | st.text(max_size=8), json_values, max_size=12)


@settings(max_examples=150, deadline=None)
@given(model=st.sampled_from(MODELS), payload=payloads | json_values)
def test_from_raw_never_raises(model: Any, payload: Any) -> None:
    built = model.from_raw(payload)
    repr(built)
    assert built == model.from_raw(payload)
    if hasattr(built, "state"):
        assert isinstance(built.state, JobState)


@settings(max_examples=150, deadline=None)
@given(model=st.sampled_from([*MODELS, *NESTED]), payload=payloads | json_values)
def test_from_raw_sets_every_field_as_the_constructor_would(model: Any, payload: Any) -> None:
    # from_raw skips attrs' __init__ (types._coerce.build): it must still set exactly the declared fields
    built = model.from_raw(payload)
    if built is None:  # ErrorInfo: no error; a nested part: not an object
        return
    assert set(vars(built)) == {f.name for f in attrs.fields(model)}
    rebuilt = attrs.evolve(built)  # through __init__
    assert rebuilt == built and vars(rebuilt) == vars(built)


@settings(max_examples=100, deadline=None)
@given(payload=st.fixed_dictionaries({}, optional={k: json_values for k in GUIDE_LOOK}))
def test_look_with_random_nulls_and_types_keeps_declared_types(payload: dict[str, Any]) -> None:
    look = PhotoAvatarLook.from_raw(payload)
    assert isinstance(look.id, str) and isinstance(look.name, str) and isinstance(look.status, str)
    assert isinstance(look.is_motion, bool) and isinstance(look.upscaled, bool)
    assert look.created_at is None or look.created_at.tzinfo is not None
    assert look.image_url is None or isinstance(look.image_url, str)
