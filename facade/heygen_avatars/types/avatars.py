"""v3 avatars: groups (characters), looks, what a create returns, consent, and `NewAvatar`."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, Generic, Self, TypeVar

from attrs import frozen

from ..jobs.kinds import JobState
from ._coerce import (
    as_mapping,
    build,
    freeze,
    integer,
    opt_int,
    opt_str,
    raw_field,
    state_of,
    str_tuple,
    text,
    timestamp,
)
from .assets import Asset
from .common import ErrorInfo

__all__ = ["AvatarGroup", "AvatarLook", "Consent", "CreatedAvatar", "NewAvatar"]


J = TypeVar("J")


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
    raw: Mapping[str, Any] = raw_field()

    @classmethod
    def from_raw(cls, raw: object) -> Self:
        data = as_mapping(raw)
        return build(
            cls,
            {
                "id": text(data, "id", "avatar_group_id", "group_id"),
                "name": text(data, "name"),
                "created_at": timestamp(data, "created_at"),
                "looks_count": integer(data, "looks_count", "num_looks"),
                "preview_image_url": opt_str(data, "preview_image_url"),
                "preview_video_url": opt_str(data, "preview_video_url"),
                "gender": opt_str(data, "gender"),
                "default_voice_id": opt_str(data, "default_voice_id"),
                "consent_status": opt_str(data, "consent_status"),
                "status": opt_str(data, "status"),
                "error": ErrorInfo.from_raw(data.get("error")),
                "raw": freeze(data),
            },
        )

    @property
    def state(self) -> JobState:
        """The group's state; public groups have no ``status`` (UNKNOWN unless an error is reported)."""
        if self.status is None and self.error is not None:
            return JobState.FAILED
        return state_of("avatar_group", self.status)


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
    raw: Mapping[str, Any] = raw_field()

    @classmethod
    def from_raw(cls, raw: object) -> Self:
        data = as_mapping(raw)
        return build(
            cls,
            {
                "id": text(data, "id", "avatar_id", "look_id"),
                "name": text(data, "name"),
                "avatar_type": text(data, "avatar_type"),
                "group_id": opt_str(data, "group_id", "avatar_group_id"),
                "preview_image_url": opt_str(data, "preview_image_url"),
                "preview_video_url": opt_str(data, "preview_video_url"),
                "gender": opt_str(data, "gender"),
                "tags": str_tuple(data, "tags"),
                "default_voice_id": opt_str(data, "default_voice_id"),
                "supported_api_engines": str_tuple(data, "supported_api_engines"),
                "image_width": opt_int(data, "image_width"),
                "image_height": opt_int(data, "image_height"),
                "preferred_orientation": opt_str(data, "preferred_orientation"),
                "status": opt_str(data, "status"),
                "error": ErrorInfo.from_raw(data.get("error")),
                "raw": freeze(data),
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
        return state_of("avatar", status)


@frozen(kw_only=True, slots=False)
class CreatedAvatar:
    """What ``POST /v3/avatars`` returns: the new look and its group (either may be ``None``)."""

    avatar_item: AvatarLook | None = None
    avatar_group: AvatarGroup | None = None
    raw: Mapping[str, Any] = raw_field()

    @classmethod
    def from_raw(cls, raw: object) -> Self:
        data = as_mapping(raw)
        # Tolerate the whole envelope as well as `data` (an earlier HeyGen skill doc had no `data` level).
        inner = data.get("data")
        if "avatar_item" not in data and "avatar_group" not in data and isinstance(inner, Mapping):
            data = inner
        item = data.get("avatar_item")
        group = data.get("avatar_group")
        return build(
            cls,
            {
                "avatar_item": AvatarLook.from_raw(item) if isinstance(item, Mapping) else None,
                "avatar_group": AvatarGroup.from_raw(group) if isinstance(group, Mapping) else None,
                "raw": freeze(data),
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
    raw: Mapping[str, Any] = raw_field()

    @classmethod
    def from_raw(cls, raw: object) -> Self:
        data = as_mapping(raw)
        group = data.get("avatar_group")
        return build(
            cls,
            {
                "url": opt_str(data, "url", "consent_url"),
                "avatar_group": AvatarGroup.from_raw(group) if isinstance(group, Mapping) else None,
                "raw": freeze(data),
            },
        )


@frozen
class NewAvatar(Generic[J]):
    """What the ``create_*`` methods return: the new look, its group, HeyGen's response and a job.

    ``job`` is a `Job` (or `AsyncJob`) of kind ``"avatar"`` on the look: its result is the completed
    `AvatarLook`; a digital twin waiting for consent stops it in state ``ACTION_REQUIRED``.
    ``uploaded`` lists the assets uploaded on the way (their ids exist on HeyGen).
    """

    look_id: str
    group_id: str
    created: CreatedAvatar
    job: J
    uploaded: tuple[Asset, ...] = ()

    @property
    def needs_consent(self) -> bool:
        """True when HeyGen says the subject must consent first (digital twins)."""
        look, group = self.created.avatar_item, self.created.avatar_group
        if look is not None and look.status == "pending_consent":
            return True
        return group is not None and group.consent_status not in (None, "approved", "completed")
