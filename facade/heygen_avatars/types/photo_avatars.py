"""v2 photo avatars: generations, looks, groups, training, uploads, and what the resource methods return.

Statuses are open strings (HeyGen's vocabularies drift); each status-bearing model's ``state`` classifies
it with the job table, so an unknown status is `JobState.UNKNOWN`, never success.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, Generic, Self, TypeVar

from attrs import field, frozen

from ..jobs.kinds import JobState
from ._coerce import (
    as_mapping,
    build,
    flag,
    freeze,
    integer,
    opt_str,
    raw_field,
    state_of,
    str_tuple,
    text,
    timestamp,
)
from .common import ErrorInfo

__all__ = [
    "AddedLooks",
    "NewGroup",
    "PhotoAvatarGroup",
    "PhotoAvatarLook",
    "PhotoGeneration",
    "TrainingStatus",
    "UploadedAsset",
    "UpscaleAvailability",
]


J = TypeVar("J")


@frozen(kw_only=True, slots=False)
class PhotoGeneration:
    """The status of a v2 photo or look generation (``GET /v2/photo_avatar/generation/{id}``).

    ``image_keys`` feed `create group` and `add looks`; ``image_urls`` are previews of the same images.
    """

    id: str
    status: str
    image_urls: tuple[str, ...] = ()
    image_keys: tuple[str, ...] = ()
    message: str | None = None
    raw: Mapping[str, Any] = raw_field()

    @classmethod
    def from_raw(cls, raw: object) -> Self:
        data = as_mapping(raw)
        return build(
            cls,
            {
                "id": text(data, "id", "generation_id"),
                "status": text(data, "status"),
                "image_urls": str_tuple(data, "image_url_list", "image_urls"),
                "image_keys": str_tuple(data, "image_key_list", "image_keys"),
                "message": opt_str(data, "msg", "message"),
                "raw": freeze(data),
            },
        )

    @property
    def state(self) -> JobState:
        return state_of("photo_generation", self.status)


@frozen(kw_only=True, slots=False)
class UpscaleAvailability:
    """Whether a look can be upscaled now, and if not, HeyGen's reason."""

    available: bool = False
    reason: str | None = None

    @classmethod
    def from_raw(cls, raw: object) -> Self:
        data = as_mapping(raw)
        return build(cls, {"available": flag(data, "available"), "reason": opt_str(data, "reason")})


@frozen(kw_only=True, slots=False)
class PhotoAvatarLook:
    """A v2 photo avatar look (``GET /v2/photo_avatar/{id}``, group create, add looks, group listing).

    ``id`` is the look id (what videos take as ``talking_photo_id``); ``group_id`` is the group it belongs to.
    ``status`` goes ``pending`` → ``completed``; moderation may give ``in_appeal`` or ``moderation_rejected``.
    """

    id: str
    name: str
    status: str
    group_id: str | None = None
    image_url: str | None = None
    created_at: datetime | None = None
    is_motion: bool = False
    motion_preview_url: str | None = None
    business_type: str | None = None
    upscale_availability: UpscaleAvailability = field(factory=UpscaleAvailability)
    upscaled: bool = False
    background_sound_effect: str | None = None
    default_voice_id: str | None = None
    moderation_msg: str | None = None
    raw: Mapping[str, Any] = raw_field()

    @classmethod
    def from_raw(cls, raw: object) -> Self:
        data = as_mapping(raw)
        return build(
            cls,
            {
                "id": text(data, "id"),
                "name": text(data, "name"),
                "status": text(data, "status"),
                "group_id": opt_str(data, "group_id"),
                "image_url": opt_str(data, "image_url"),
                "created_at": timestamp(data, "created_at"),
                "is_motion": flag(data, "is_motion"),
                "motion_preview_url": opt_str(data, "motion_preview_url"),
                "business_type": opt_str(data, "business_type"),
                "upscale_availability": UpscaleAvailability.from_raw(data.get("upscale_availability")),
                "upscaled": flag(data, "upscaled"),
                "background_sound_effect": opt_str(data, "background_sound_effect"),
                "default_voice_id": opt_str(data, "default_voice_id"),
                "moderation_msg": opt_str(data, "moderation_msg"),
                "raw": freeze(data),
            },
        )

    @property
    def state(self) -> JobState:
        return state_of("look", self.status)


@frozen(kw_only=True, slots=False)
class PhotoAvatarGroup:
    """A v2 avatar group as listed by ``GET /v2/avatar_group.list``."""

    id: str
    name: str
    created_at: datetime | None = None
    num_looks: int = 0
    preview_image_url: str | None = None
    group_type: str | None = None
    train_status: str | None = None
    default_voice_id: str | None = None
    raw: Mapping[str, Any] = raw_field()

    @classmethod
    def from_raw(cls, raw: object) -> Self:
        data = as_mapping(raw)
        return build(
            cls,
            {
                "id": text(data, "id", "group_id"),
                "name": text(data, "name"),
                "created_at": timestamp(data, "created_at"),
                "num_looks": integer(data, "num_looks"),
                "preview_image_url": opt_str(data, "preview_image_url", "preview_image"),
                "group_type": opt_str(data, "group_type"),
                "train_status": opt_str(data, "train_status"),
                "default_voice_id": opt_str(data, "default_voice_id"),
                "raw": freeze(data),
            },
        )

    @property
    def is_trained(self) -> bool:
        """True when ``train_status`` says the group finished training (``ready`` and its synonyms)."""
        return state_of("training", self.train_status) is JobState.SUCCEEDED


@frozen(kw_only=True, slots=False)
class TrainingStatus:
    """A v2 group's training status (``GET /v2/photo_avatar/train/status/{group_id}``).

    Seen: ``pending`` → ``training`` → ``ready``; other clients report ``in_progress``/``success``/``failed``.
    """

    status: str
    error_msg: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    raw: Mapping[str, Any] = raw_field()

    @classmethod
    def from_raw(cls, raw: object) -> Self:
        data = as_mapping(raw)
        error = ErrorInfo.from_raw(data.get("error_msg", data.get("error")))
        return build(
            cls,
            {
                "status": text(data, "status"),
                "error_msg": str(error) if error else None,
                "created_at": timestamp(data, "created_at"),
                "updated_at": timestamp(data, "updated_at"),
                "raw": freeze(data),
            },
        )

    @property
    def state(self) -> JobState:
        return state_of("training", self.status)


@frozen(kw_only=True, slots=False)
class UploadedAsset:
    """A file uploaded with v1 ``POST upload.heygen.com/v1/asset``.

    For photo avatars keep ``image_key`` (not ``id``); it is ``None`` for videos and audio.
    """

    id: str
    url: str | None = None
    image_key: str | None = None
    name: str | None = None
    file_type: str | None = None
    folder_id: str | None = None
    created_at: datetime | None = None
    raw: Mapping[str, Any] = raw_field()

    @classmethod
    def from_raw(cls, raw: object) -> Self:
        data = as_mapping(raw)
        return build(
            cls,
            {
                "id": text(data, "id", "asset_id"),
                "url": opt_str(data, "url"),
                "image_key": opt_str(data, "image_key"),
                "name": opt_str(data, "name"),
                "file_type": opt_str(data, "file_type"),
                "folder_id": opt_str(data, "folder_id"),
                "created_at": timestamp(data, "created_ts", "created_at"),
                "raw": freeze(data),
            },
        )


@frozen
class NewGroup(Generic[J]):
    """What `create_group` returns: the group id, its first look (still ``pending``) and a job for it.

    ``job`` is a `Job` (or `AsyncJob`) of kind ``"look"`` whose result is the completed `PhotoAvatarLook`.
    """

    group_id: str
    look: PhotoAvatarLook
    job: J


@frozen
class AddedLooks(Generic[J]):
    """What `add_looks` returns: the new looks (still ``pending``) and one ``"look"`` job per look.

    Wait for all of them with ``client.jobs.wait_all(added.jobs)``.
    """

    group_id: str
    looks: tuple[PhotoAvatarLook, ...]
    jobs: tuple[J, ...]
