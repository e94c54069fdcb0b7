"""Webhooks: registered endpoints, event types, and the events HeyGen delivers, typed by ``event_type``.

`WebhookEvent.from_raw` reads what a delivery's body or ``GET /v3/webhooks/events`` holds
(``{"event_type", "event_data", "event_id"?, "created_at"?}``) into the class of its family:
`AvatarVideoEvent`, `PhotoAvatarGenerationEvent`, `PhotoAvatarTrainEvent`, `PhotoAvatarMotionEvent`,
`InstantAvatarEvent`, `VideoTranslateEvent`; any other type (``personalized_video``, ``video_agent.*``, one
HeyGen adds later) is a plain `WebhookEvent`, kept whole, never dropped. Payload fields follow HeyGen's
"Webhook Events" guide (docs.heygen.com, developers.heygen.com/docs/webhook-events); the failure message
has drifted in name (``msg``, ``message``, ``error``, ``failure_message``), all are read.

An endpoint's signing ``secret`` is never in a ``repr`` and is masked in the SDK's logs from the moment
it is read.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar, Self

from attrs import field, frozen

from .._core.redact import register_secret
from ._coerce import as_mapping, build, freeze, opt_float, opt_str, raw_field, str_tuple, text, timestamp

__all__ = [
    "AvatarVideoEvent",
    "InstantAvatarEvent",
    "PhotoAvatarGenerationEvent",
    "PhotoAvatarMotionEvent",
    "PhotoAvatarTrainEvent",
    "VideoTranslateEvent",
    "WebhookEndpoint",
    "WebhookEvent",
    "WebhookEventTypeInfo",
    "WebhookSecret",
]


def _secret(data: Mapping[str, Any]) -> str | None:
    secret = opt_str(data, "secret")
    if secret:
        register_secret(secret)
    return secret or None


@frozen(kw_only=True, slots=False)
class WebhookEndpoint:
    """A registered webhook endpoint (``WebhookEndpointResponse``). ``events`` None: every event type.

    ``secret`` (the signing secret) is only sent on create and rotate-secret: store it then
    (e.g. ``HEYGEN_WEBHOOK_SECRET``), it is never shown again.
    """

    id: str
    url: str
    status: str
    events: tuple[str, ...] | None = None
    entity_id: str | None = None
    created_at: datetime | None = None
    secret: str | None = field(default=None, repr=False)
    raw: Mapping[str, Any] = raw_field()

    @property
    def enabled(self) -> bool:
        return self.status.lower() == "enabled"

    @classmethod
    def from_raw(cls, raw: object) -> Self:
        data = as_mapping(raw)
        events = data.get("events")
        return build(
            cls,
            {
                "id": text(data, "endpoint_id", "id"),
                "url": text(data, "url"),
                "status": text(data, "status"),
                "events": None if events is None else str_tuple(data, "events"),
                "entity_id": opt_str(data, "entity_id"),
                "created_at": timestamp(data, "created_at"),
                "secret": _secret(data),
                "raw": freeze(data),
            },
        )


@frozen(kw_only=True, slots=False)
class WebhookSecret:
    """A rotated signing secret (``RotateSecretResponseData``): the old one no longer verifies."""

    endpoint_id: str
    secret: str = field(repr=False)
    raw: Mapping[str, Any] = raw_field()

    @classmethod
    def from_raw(cls, raw: object) -> Self:
        data = as_mapping(raw)
        return build(
            cls,
            {
                "endpoint_id": text(data, "endpoint_id", "id"),
                "secret": _secret(data) or "",
                "raw": freeze(data),
            },
        )


@frozen(kw_only=True, slots=False)
class WebhookEventTypeInfo:
    """One event type endpoints can subscribe to, with HeyGen's description of when it fires."""

    event_type: str
    description: str = ""
    raw: Mapping[str, Any] = raw_field()

    @classmethod
    def from_raw(cls, raw: object) -> Self:
        data = as_mapping(raw) if not isinstance(raw, str) else {"event_type": raw}
        return build(
            cls,
            {
                "event_type": text(data, "event_type", "name"),
                "description": text(data, "description"),
                "raw": freeze(data),
            },
        )


def _message(data: Mapping[str, Any]) -> str | None:
    error = data.get("error")
    if isinstance(error, Mapping):
        return opt_str(error, "message", "msg")
    return opt_str(data, "msg", "message", "error", "failure_message", "error_message", "failure_reason")


@frozen(kw_only=True, slots=False)
class WebhookEvent:
    """An event HeyGen delivered: ``event_type`` (e.g. ``avatar_video.success``), its ``data`` (HeyGen's
    ``event_data``, whole), ``event_id`` (``Heygen-Event-Id`` or the body's, when sent), ``callback_id``
    (what the create call was given), and whether its signature was verified (``signed``).

    `succeeded` is True for ``*.success``, False for ``*.fail``, None for types that are neither.
    `message` is the failure message of a ``.fail`` event. `entity_id` is the id of the thing it is about.
    """

    event_type: str
    data: Mapping[str, Any]
    event_id: str | None = None
    created_at: datetime | None = None
    callback_id: str | None = None
    message: str | None = None
    signed: bool = False
    raw: Mapping[str, Any] = raw_field()

    #: the event-type family (before the dot) each subclass reads
    family: ClassVar[str] = ""
    _entity_keys: ClassVar[tuple[str, ...]] = ("video_id", "id", "entity_id")

    @property
    def succeeded(self) -> bool | None:
        if self.event_type.endswith(".success"):
            return True
        if self.event_type.endswith(".fail"):
            return False
        return None

    @property
    def entity_id(self) -> str | None:
        return opt_str(self.data, *self._entity_keys) if self._entity_keys else None

    @classmethod
    def from_raw(cls, raw: object, *, event_id: str | None = None, signed: bool = False) -> WebhookEvent:
        """The event a body holds, as the class of its type (unknown types: `WebhookEvent`). `event_id`
        (a delivery header) is used when the body names none."""
        body = as_mapping(raw)
        event_type = text(body, "event_type", "type")
        target = _FAMILIES.get(event_type.split(".", 1)[0], WebhookEvent) if cls is WebhookEvent else cls
        data = dict(as_mapping(body.get("event_data", body.get("data"))))
        fields: dict[str, Any] = {
            "event_type": event_type,
            "data": freeze(data),
            "event_id": opt_str(body, "event_id") or event_id,
            "created_at": timestamp(body, "created_at", "timestamp"),
            "callback_id": opt_str(data, "callback_id") or opt_str(body, "callback_id"),
            "message": _message(data),
            "signed": signed,
            "raw": freeze(body),
        }
        fields.update(target._fields_of(data))
        return build(target, fields)

    @classmethod
    def _fields_of(cls, data: Mapping[str, Any]) -> dict[str, Any]:
        """The fields a subclass adds, read from ``event_data``."""
        return {}


@frozen(kw_only=True, slots=False)
class AvatarVideoEvent(WebhookEvent):
    """``avatar_video.*`` (also ``avatar_video_gif`` / ``avatar_video_caption``): a video ended."""

    video_id: str | None = None
    url: str | None = None
    """The video (``url``; ``video_url`` in some payloads). Presigned: download it soon."""
    gif_download_url: str | None = None
    thumbnail_url: str | None = None
    video_page_url: str | None = None
    video_share_page_url: str | None = None
    folder_id: str | None = None
    duration: float | None = None

    family: ClassVar[str] = "avatar_video"
    _entity_keys: ClassVar[tuple[str, ...]] = ("video_id",)

    @classmethod
    def _fields_of(cls, data: Mapping[str, Any]) -> dict[str, Any]:
        return {
            "video_id": opt_str(data, "video_id"),
            "url": opt_str(data, "url", "video_url"),
            "gif_download_url": opt_str(data, "gif_download_url", "gif_url"),
            "thumbnail_url": opt_str(data, "thumbnail_url"),
            "video_page_url": opt_str(data, "video_page_url"),
            "video_share_page_url": opt_str(data, "video_share_page_url"),
            "folder_id": opt_str(data, "folder_id"),
            "duration": opt_float(data, "duration"),
        }


@frozen(kw_only=True, slots=False)
class PhotoAvatarGenerationEvent(WebhookEvent):
    """``photo_avatar_generation.*``: an AI photo or look generation ended."""

    generation_id: str | None = None
    image_urls: tuple[str, ...] = ()
    image_keys: tuple[str, ...] = ()

    family: ClassVar[str] = "photo_avatar_generation"
    _entity_keys: ClassVar[tuple[str, ...]] = ("generation_id", "id")

    @classmethod
    def _fields_of(cls, data: Mapping[str, Any]) -> dict[str, Any]:
        return {
            "generation_id": opt_str(data, "generation_id", "id"),
            "image_urls": str_tuple(data, "image_url_list", "image_urls"),
            "image_keys": str_tuple(data, "image_key_list", "image_keys"),
        }


@frozen(kw_only=True, slots=False)
class PhotoAvatarTrainEvent(WebhookEvent):
    """``photo_avatar_train.*``: a photo-avatar group's training ended."""

    group_id: str | None = None

    family: ClassVar[str] = "photo_avatar_train"
    _entity_keys: ClassVar[tuple[str, ...]] = ("group_id", "id")

    @classmethod
    def _fields_of(cls, data: Mapping[str, Any]) -> dict[str, Any]:
        return {"group_id": opt_str(data, "group_id", "id")}


@frozen(kw_only=True, slots=False)
class PhotoAvatarMotionEvent(WebhookEvent):
    """``photo_avatar_add_motion.*``: the motion look made by ``add_motion`` is ready or failed."""

    look_id: str | None = None

    family: ClassVar[str] = "photo_avatar_add_motion"
    _entity_keys: ClassVar[tuple[str, ...]] = ("id", "avatar_id", "photo_avatar_id")

    @classmethod
    def _fields_of(cls, data: Mapping[str, Any]) -> dict[str, Any]:
        return {"look_id": opt_str(data, "id", "avatar_id", "photo_avatar_id")}


@frozen(kw_only=True, slots=False)
class InstantAvatarEvent(WebhookEvent):
    """``instant_avatar.*``: a digital twin (instant avatar) is ready or failed."""

    avatar_id: str | None = None
    avatar_group_id: str | None = None

    family: ClassVar[str] = "instant_avatar"
    _entity_keys: ClassVar[tuple[str, ...]] = ("avatar_id", "avatar_group_id", "id")

    @classmethod
    def _fields_of(cls, data: Mapping[str, Any]) -> dict[str, Any]:
        return {
            "avatar_id": opt_str(data, "avatar_id", "id"),
            "avatar_group_id": opt_str(data, "avatar_group_id", "group_id"),
        }


@frozen(kw_only=True, slots=False)
class VideoTranslateEvent(WebhookEvent):
    """``video_translate.*``: a video translation ended."""

    video_translate_id: str | None = None
    url: str | None = None
    output_language: str | None = None

    family: ClassVar[str] = "video_translate"
    _entity_keys: ClassVar[tuple[str, ...]] = ("video_translate_id",)

    @classmethod
    def _fields_of(cls, data: Mapping[str, Any]) -> dict[str, Any]:
        return {
            "video_translate_id": opt_str(data, "video_translate_id"),
            "url": opt_str(data, "url"),
            "output_language": opt_str(data, "output_language"),
        }


_FAMILIES: dict[str, type[WebhookEvent]] = {
    "avatar_video": AvatarVideoEvent,
    "avatar_video_gif": AvatarVideoEvent,
    "avatar_video_caption": AvatarVideoEvent,
    "photo_avatar_generation": PhotoAvatarGenerationEvent,
    "photo_avatar_train": PhotoAvatarTrainEvent,
    "photo_avatar_add_motion": PhotoAvatarMotionEvent,
    "instant_avatar": InstantAvatarEvent,
    "video_translate": VideoTranslateEvent,
}
