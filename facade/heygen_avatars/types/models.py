"""The facade's own types: clean, immutable, tolerant of what HeyGen actually sends.

Every model is an attrs ``@frozen`` class built with ``Model.from_raw(payload)``. ``from_raw`` never raises:
missing fields get a neutral value, nulls stay ``None`` where the API may null them, unknown fields are
ignored, timestamps may be int, float, numeric strings or ISO strings, and unknown status values are kept as
plain strings. The payload a model was built from is always reachable as ``model.raw`` (excluded from
``==`` and ``repr``).

Statuses are open strings (HeyGen's vocabularies drift, see notes §3). Each status-bearing model has a
``state`` property classifying it with the job table (`heygen_avatars.jobs`): anything unknown is
`JobState.UNKNOWN`, so an unknown status is never taken as success.

Example::

    look = PhotoAvatarLook.from_raw(response_json["data"])
    if look.state is JobState.SUCCEEDED:
        print(look.id, look.image_url)
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import UTC, datetime
from types import MappingProxyType
from typing import Any, Final, Self, TypeVar

from attrs import field, frozen

from ..jobs.kinds import JobState, get_job_kind

__all__ = [
    "Asset",
    "AvatarGroup",
    "AvatarLook",
    "Consent",
    "CreatedAvatar",
    "ErrorInfo",
    "PhotoAvatarGroup",
    "PhotoAvatarLook",
    "PhotoGeneration",
    "TrainingStatus",
    "UploadedAsset",
    "UpscaleAvailability",
    "Video",
    "Voice",
]


def _state(kind: str, status: str | None) -> JobState:
    """Classify ``status`` with the job table's vocabulary for ``kind`` (one truth for the whole SDK)."""
    return get_job_kind(kind).state_of(status)


# ---------------------------------------------------------------------------------------------------------
# Tolerant coercions: each takes whatever JSON gave us and returns the declared type or a neutral value.


# Each checks the common cases (None, the declared type) first: a look has 15 fields, and this runs for
# every one of them on every call (benchmarks/ row 2).


def _as_mapping(value: object) -> Mapping[str, Any]:
    return value if type(value) is dict or isinstance(value, Mapping) else {}


def _freeze(data: Mapping[str, Any]) -> Mapping[str, Any]:
    """A read-only shallow copy of the payload, kept as ``model.raw``."""
    return MappingProxyType(dict(data))


def _get(data: Mapping[str, Any], key: str, aliases: tuple[str, ...]) -> Any:
    """The value of `key`, else of the first alias with a non-null value (drifting field names)."""
    value = data.get(key)
    if value is None and aliases:
        for alias in aliases:
            value = data.get(alias)
            if value is not None:
                return value
    return value


def _to_opt_str(value: object) -> str | None:
    if isinstance(value, str):
        return str(value)  # a str subclass (e.g. a StrEnum) becomes a plain str
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return str(value)
    return None


def _opt_str(data: Mapping[str, Any], key: str, *aliases: str) -> str | None:
    value = data.get(key)
    if value is None and aliases:
        value = _get(data, key, aliases)
    if value is None or type(value) is str:
        return value
    return _to_opt_str(value)


def _str(data: Mapping[str, Any], key: str, *aliases: str) -> str:
    value = data.get(key)
    if value is None and aliases:
        value = _get(data, key, aliases)
    if type(value) is str:
        return value
    return "" if value is None else _to_opt_str(value) or ""


def _bool(data: Mapping[str, Any], key: str, *aliases: str, default: bool = False) -> bool:
    value = _get(data, key, aliases)
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value != 0
    if isinstance(value, str):
        lowered = value.strip().lower()
        if lowered in {"true", "yes", "1"}:
            return True
        if lowered in {"false", "no", "0"}:
            return False
    return default


def _to_opt_float(value: object) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = float(value.strip())
        except ValueError:
            return None
    else:
        return None
    return number if math.isfinite(number) else None


def _opt_float(data: Mapping[str, Any], key: str, *aliases: str) -> float | None:
    return _to_opt_float(_get(data, key, aliases))


def _opt_int(data: Mapping[str, Any], key: str, *aliases: str) -> int | None:
    value = data.get(key)
    if value is None and aliases:
        value = _get(data, key, aliases)
    if value is None or type(value) is int:
        return value
    number = _to_opt_float(value)
    return int(number) if number is not None else None


def _int(data: Mapping[str, Any], key: str, *aliases: str) -> int:
    return _opt_int(data, key, *aliases) or 0


# Timestamps above this are taken as milliseconds (1e11 s is the year 5138).
_MILLISECONDS_THRESHOLD: Final = 1e11


def _to_datetime(value: object) -> datetime | None:
    seconds: float | None = None
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        seconds = float(value)
    elif isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        try:
            seconds = float(text)
        except ValueError:
            try:
                parsed = datetime.fromisoformat(text)
            except ValueError:
                return None
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    if seconds is None or not math.isfinite(seconds):
        return None
    if abs(seconds) > _MILLISECONDS_THRESHOLD:
        seconds /= 1000.0
    try:
        return datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None


def _datetime(data: Mapping[str, Any], key: str, *aliases: str) -> datetime | None:
    value = _get(data, key, aliases)
    return None if value is None else _to_datetime(value)


def _str_tuple(data: Mapping[str, Any], key: str, *aliases: str) -> tuple[str, ...]:
    value = data.get(key)
    if value is None and aliases:
        value = _get(data, key, aliases)
    if not value:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list | tuple):
        return ()
    return tuple(item for item in value if isinstance(item, str))


M = TypeVar("M")
_new = object.__new__
_set_attr = object.__setattr__


def _build(cls: type[M], fields: dict[str, Any]) -> M:
    """An instance of the attrs model `cls` holding `fields`, which name every field (tests check this).

    What `cls(**fields)` makes, for about half its cost: attrs' `__init__` fills the instance dict a key at
    a time, growing it as it goes, where this hands over one dict built at its size (benchmarks/ row 2).
    """
    model = _new(cls)
    _set_attr(model, "__dict__", fields)
    return model


def _raw_field() -> Any:
    # The payload: reachable, but not part of equality, hashing or repr.
    return field(factory=lambda: MappingProxyType({}), eq=False, repr=False)


# ---------------------------------------------------------------------------------------------------------
# Shared pieces
#
# Models are frozen attrs classes without __slots__ (`slots=False`): `from_raw` hands each new instance its
# whole __dict__ at once (`_build`), where a slotted frozen class pays an object.__setattr__ call per field
# (benchmarks/ row 2).


@frozen(kw_only=True, slots=False)
class ErrorInfo:
    """An error reported inside a resource: v3 ``{code, message}``, or v2's plain string.

    ``from_raw`` accepts a string, a mapping or ``None`` and returns ``None`` when there is no error.
    """

    message: str
    code: str | None = None
    raw: Mapping[str, Any] = _raw_field()

    @classmethod
    def from_raw(cls, raw: object) -> Self | None:
        if raw is None:  # most resources: no error
            return None
        if raw == "" or raw == {}:
            return None
        if isinstance(raw, str):
            return _build(cls, {"message": raw, "code": None, "raw": MappingProxyType({"message": raw})})
        if isinstance(raw, Mapping):
            message = _opt_str(raw, "message", "msg", "error_msg", "detail") or ""
            code = _opt_str(raw, "code", "error_code", "enum_name")
            if not message and code is None:
                return None
            return _build(cls, {"message": message, "code": code, "raw": _freeze(raw)})
        return _build(
            cls, {"message": str(raw), "code": None, "raw": MappingProxyType({"message": str(raw)})}
        )

    def __str__(self) -> str:
        return f"{self.code}: {self.message}" if self.code else self.message


# ---------------------------------------------------------------------------------------------------------
# v2 photo avatars


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
    raw: Mapping[str, Any] = _raw_field()

    @classmethod
    def from_raw(cls, raw: object) -> Self:
        data = _as_mapping(raw)
        return _build(
            cls,
            {
                "id": _str(data, "id", "generation_id"),
                "status": _str(data, "status"),
                "image_urls": _str_tuple(data, "image_url_list", "image_urls"),
                "image_keys": _str_tuple(data, "image_key_list", "image_keys"),
                "message": _opt_str(data, "msg", "message"),
                "raw": _freeze(data),
            },
        )

    @property
    def state(self) -> JobState:
        return _state("photo_generation", self.status)


@frozen(kw_only=True, slots=False)
class UpscaleAvailability:
    """Whether a look can be upscaled now, and if not, HeyGen's reason."""

    available: bool = False
    reason: str | None = None

    @classmethod
    def from_raw(cls, raw: object) -> Self:
        data = _as_mapping(raw)
        return _build(cls, {"available": _bool(data, "available"), "reason": _opt_str(data, "reason")})


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
    raw: Mapping[str, Any] = _raw_field()

    @classmethod
    def from_raw(cls, raw: object) -> Self:
        data = _as_mapping(raw)
        return _build(
            cls,
            {
                "id": _str(data, "id"),
                "name": _str(data, "name"),
                "status": _str(data, "status"),
                "group_id": _opt_str(data, "group_id"),
                "image_url": _opt_str(data, "image_url"),
                "created_at": _datetime(data, "created_at"),
                "is_motion": _bool(data, "is_motion"),
                "motion_preview_url": _opt_str(data, "motion_preview_url"),
                "business_type": _opt_str(data, "business_type"),
                "upscale_availability": UpscaleAvailability.from_raw(data.get("upscale_availability")),
                "upscaled": _bool(data, "upscaled"),
                "background_sound_effect": _opt_str(data, "background_sound_effect"),
                "default_voice_id": _opt_str(data, "default_voice_id"),
                "moderation_msg": _opt_str(data, "moderation_msg"),
                "raw": _freeze(data),
            },
        )

    @property
    def state(self) -> JobState:
        return _state("look", self.status)


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
    raw: Mapping[str, Any] = _raw_field()

    @classmethod
    def from_raw(cls, raw: object) -> Self:
        data = _as_mapping(raw)
        return _build(
            cls,
            {
                "id": _str(data, "id", "group_id"),
                "name": _str(data, "name"),
                "created_at": _datetime(data, "created_at"),
                "num_looks": _int(data, "num_looks"),
                "preview_image_url": _opt_str(data, "preview_image_url", "preview_image"),
                "group_type": _opt_str(data, "group_type"),
                "train_status": _opt_str(data, "train_status"),
                "default_voice_id": _opt_str(data, "default_voice_id"),
                "raw": _freeze(data),
            },
        )

    @property
    def is_trained(self) -> bool:
        """True when ``train_status`` says the group finished training (``ready`` and its synonyms)."""
        return _state("training", self.train_status) is JobState.SUCCEEDED


@frozen(kw_only=True, slots=False)
class TrainingStatus:
    """A v2 group's training status (``GET /v2/photo_avatar/train/status/{group_id}``).

    Seen: ``pending`` → ``training`` → ``ready``; other clients report ``in_progress``/``success``/``failed``.
    """

    status: str
    error_msg: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    raw: Mapping[str, Any] = _raw_field()

    @classmethod
    def from_raw(cls, raw: object) -> Self:
        data = _as_mapping(raw)
        error = ErrorInfo.from_raw(data.get("error_msg", data.get("error")))
        return _build(
            cls,
            {
                "status": _str(data, "status"),
                "error_msg": str(error) if error else None,
                "created_at": _datetime(data, "created_at"),
                "updated_at": _datetime(data, "updated_at"),
                "raw": _freeze(data),
            },
        )

    @property
    def state(self) -> JobState:
        return _state("training", self.status)


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
    raw: Mapping[str, Any] = _raw_field()

    @classmethod
    def from_raw(cls, raw: object) -> Self:
        data = _as_mapping(raw)
        return _build(
            cls,
            {
                "id": _str(data, "id", "asset_id"),
                "url": _opt_str(data, "url"),
                "image_key": _opt_str(data, "image_key"),
                "name": _opt_str(data, "name"),
                "file_type": _opt_str(data, "file_type"),
                "folder_id": _opt_str(data, "folder_id"),
                "created_at": _datetime(data, "created_ts", "created_at"),
                "raw": _freeze(data),
            },
        )


# ---------------------------------------------------------------------------------------------------------
# v3 avatars, assets, voices, videos


@frozen(kw_only=True, slots=False)
class Asset:
    """A file uploaded with v3 ``POST /v3/assets``; pass ``id`` as ``{"type": "asset_id", ...}`` inputs."""

    id: str
    url: str | None = None
    mime_type: str | None = None
    size_bytes: int | None = None
    raw: Mapping[str, Any] = _raw_field()

    @classmethod
    def from_raw(cls, raw: object) -> Self:
        data = _as_mapping(raw)
        return _build(
            cls,
            {
                # Older docs read `.data.id`; the spec says `asset_id` (notes §4).
                "id": _str(data, "asset_id", "id"),
                "url": _opt_str(data, "url"),
                "mime_type": _opt_str(data, "mime_type", "content_type"),
                "size_bytes": _opt_int(data, "size_bytes"),
                "raw": _freeze(data),
            },
        )


@frozen(kw_only=True, slots=False)
class AvatarGroup:
    """A v3 avatar group, i.e. a character identity (``AvatarGroupItem``).

    ``status`` is ``processing | pending_consent | failed | completed`` (private groups only; ``None``
    otherwise); ``consent_status`` is a free string, ``None`` when no consent is needed.
    """

    id: str
    name: str
    created_at: datetime | None = None
    looks_count: int = 0
    preview_image_url: str | None = None
    preview_video_url: str | None = None
    gender: str | None = None
    default_voice_id: str | None = None
    consent_status: str | None = None
    status: str | None = None
    error: ErrorInfo | None = None
    raw: Mapping[str, Any] = _raw_field()

    @classmethod
    def from_raw(cls, raw: object) -> Self:
        data = _as_mapping(raw)
        return _build(
            cls,
            {
                "id": _str(data, "id", "avatar_group_id", "group_id"),
                "name": _str(data, "name"),
                "created_at": _datetime(data, "created_at"),
                "looks_count": _int(data, "looks_count", "num_looks"),
                "preview_image_url": _opt_str(data, "preview_image_url"),
                "preview_video_url": _opt_str(data, "preview_video_url"),
                "gender": _opt_str(data, "gender"),
                "default_voice_id": _opt_str(data, "default_voice_id"),
                "consent_status": _opt_str(data, "consent_status"),
                "status": _opt_str(data, "status"),
                "error": ErrorInfo.from_raw(data.get("error")),
                "raw": _freeze(data),
            },
        )

    @property
    def state(self) -> JobState:
        """The group's state; public groups have no ``status`` (UNKNOWN unless an error is reported)."""
        if self.status is None and self.error is not None:
            return JobState.FAILED
        return _state("avatar_group", self.status)


@frozen(kw_only=True, slots=False)
class AvatarLook:
    """A v3 avatar look (``AvatarLookItem``); its ``id`` is what ``POST /v3/videos`` takes as ``avatar_id``.

    ``avatar_type`` is ``studio_avatar | photo_avatar`` and ``video_avatar`` (April) or ``digital_twin``
    (July); other values are kept as they come.
    """

    id: str
    name: str
    avatar_type: str
    group_id: str | None = None
    preview_image_url: str | None = None
    preview_video_url: str | None = None
    gender: str | None = None
    tags: tuple[str, ...] = ()
    default_voice_id: str | None = None
    supported_api_engines: tuple[str, ...] = ()
    image_width: int | None = None
    image_height: int | None = None
    preferred_orientation: str | None = None
    status: str | None = None
    error: ErrorInfo | None = None
    raw: Mapping[str, Any] = _raw_field()

    @classmethod
    def from_raw(cls, raw: object) -> Self:
        data = _as_mapping(raw)
        return _build(
            cls,
            {
                "id": _str(data, "id", "avatar_id", "look_id"),
                "name": _str(data, "name"),
                "avatar_type": _str(data, "avatar_type"),
                "group_id": _opt_str(data, "group_id", "avatar_group_id"),
                "preview_image_url": _opt_str(data, "preview_image_url"),
                "preview_video_url": _opt_str(data, "preview_video_url"),
                "gender": _opt_str(data, "gender"),
                "tags": _str_tuple(data, "tags"),
                "default_voice_id": _opt_str(data, "default_voice_id"),
                "supported_api_engines": _str_tuple(data, "supported_api_engines"),
                "image_width": _opt_int(data, "image_width"),
                "image_height": _opt_int(data, "image_height"),
                "preferred_orientation": _opt_str(data, "preferred_orientation"),
                "status": _opt_str(data, "status"),
                "error": ErrorInfo.from_raw(data.get("error")),
                "raw": _freeze(data),
            },
        )

    @property
    def state(self) -> JobState:
        """The look's state. Without a ``status``, a look with a preview image counts as ready
        (HeyGen's guidance: poll until ``preview_image_url`` is non-null), as the "avatar" job kind does."""
        if self.status is None and self.error is not None:
            return JobState.FAILED
        status = self.status
        if status is None and self.preview_image_url:
            status = "completed"
        return _state("avatar", status)


@frozen(kw_only=True, slots=False)
class CreatedAvatar:
    """What ``POST /v3/avatars`` returns: the new look and its group (either may be ``None``)."""

    avatar_item: AvatarLook | None = None
    avatar_group: AvatarGroup | None = None
    raw: Mapping[str, Any] = _raw_field()

    @classmethod
    def from_raw(cls, raw: object) -> Self:
        data = _as_mapping(raw)
        # Tolerate the whole envelope as well as `data` (old docs nested differently, notes §3.6).
        inner = data.get("data")
        if "avatar_item" not in data and "avatar_group" not in data and isinstance(inner, Mapping):
            data = inner
        item = data.get("avatar_item")
        group = data.get("avatar_group")
        return _build(
            cls,
            {
                "avatar_item": AvatarLook.from_raw(item) if isinstance(item, Mapping) else None,
                "avatar_group": AvatarGroup.from_raw(group) if isinstance(group, Mapping) else None,
                "raw": _freeze(data),
            },
        )

    @property
    def look_id(self) -> str | None:
        """The new look's id (for videos), if HeyGen returned the look."""
        return self.avatar_item.id if self.avatar_item and self.avatar_item.id else None

    @property
    def group_id(self) -> str | None:
        """The group id, from the group or else from the look."""
        if self.avatar_group and self.avatar_group.id:
            return self.avatar_group.id
        return self.avatar_item.group_id if self.avatar_item else None


@frozen(kw_only=True, slots=False)
class Consent:
    """The consent flow of a v3 group: the URL the subject must visit (``None`` for enterprise consent)."""

    url: str | None = None
    avatar_group: AvatarGroup | None = None
    raw: Mapping[str, Any] = _raw_field()

    @classmethod
    def from_raw(cls, raw: object) -> Self:
        data = _as_mapping(raw)
        group = data.get("avatar_group")
        return _build(
            cls,
            {
                "url": _opt_str(data, "url", "consent_url"),
                "avatar_group": AvatarGroup.from_raw(group) if isinstance(group, Mapping) else None,
                "raw": _freeze(data),
            },
        )


@frozen(kw_only=True, slots=False)
class Voice:
    """A voice from ``GET /v3/voices`` (``AudioVoiceItem``); ``id`` is the spec's ``voice_id``."""

    id: str
    name: str
    language: str | None = None
    gender: str | None = None
    preview_audio_url: str | None = None
    support_pause: bool = False
    support_locale: bool = False
    type: str | None = None
    """``public`` or ``private``."""
    raw: Mapping[str, Any] = _raw_field()

    @classmethod
    def from_raw(cls, raw: object) -> Self:
        data = _as_mapping(raw)
        return _build(
            cls,
            {
                "id": _str(data, "voice_id", "id"),
                "name": _str(data, "name", "display_name"),
                "language": _opt_str(data, "language"),
                "gender": _opt_str(data, "gender"),
                "preview_audio_url": _opt_str(data, "preview_audio_url", "preview_audio"),
                "support_pause": _bool(data, "support_pause"),
                "support_locale": _bool(data, "support_locale"),
                "type": _opt_str(data, "type"),
                "raw": _freeze(data),
            },
        )


@frozen(kw_only=True, slots=False)
class Video:
    """A v3 video (``VideoDetail`` from ``GET /v3/videos`` and ``GET /v3/videos/{id}``).

    ``status`` is ``pending | processing | completed | failed``; on failure ``failure_code`` and
    ``failure_message`` say why. ``video_url`` is a presigned URL: download it soon.
    """

    id: str
    status: str
    title: str | None = None
    video_url: str | None = None
    thumbnail_url: str | None = None
    gif_url: str | None = None
    captioned_video_url: str | None = None
    subtitle_url: str | None = None
    video_page_url: str | None = None
    duration: float | None = None
    """Seconds."""
    created_at: datetime | None = None
    completed_at: datetime | None = None
    folder_id: str | None = None
    output_language: str | None = None
    failure_code: str | None = None
    failure_message: str | None = None
    raw: Mapping[str, Any] = _raw_field()

    @classmethod
    def from_raw(cls, raw: object) -> Self:
        data = _as_mapping(raw)
        error = ErrorInfo.from_raw(data.get("error"))
        return _build(
            cls,
            {
                "id": _str(data, "id", "video_id"),
                "status": _str(data, "status"),
                "title": _opt_str(data, "title", "video_title"),
                "video_url": _opt_str(data, "video_url"),
                "thumbnail_url": _opt_str(data, "thumbnail_url"),
                "gif_url": _opt_str(data, "gif_url"),
                "captioned_video_url": _opt_str(data, "captioned_video_url"),
                "subtitle_url": _opt_str(data, "subtitle_url"),
                "video_page_url": _opt_str(data, "video_page_url"),
                "duration": _opt_float(data, "duration"),
                "created_at": _datetime(data, "created_at"),
                "completed_at": _datetime(data, "completed_at"),
                "folder_id": _opt_str(data, "folder_id"),
                "output_language": _opt_str(data, "output_language"),
                # `failure_reason` and `error` are older spellings (notes §4).
                "failure_code": _opt_str(data, "failure_code") or (error.code if error else None),
                "failure_message": _opt_str(data, "failure_message", "failure_reason")
                or (error.message if error else None),
                "raw": _freeze(data),
            },
        )

    @property
    def state(self) -> JobState:
        return _state("video", self.status)
