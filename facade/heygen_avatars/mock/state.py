"""The mock's resources: plain dataclasses, apart from request handling (moto's models/responses split)."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .jobs import Job
from .portrait import Portrait

__all__ = [
    "Asset",
    "AvatarGroup",
    "AvatarLook",
    "ConsentRequest",
    "Generation",
    "IdFactory",
    "MockState",
    "PhotoGroup",
    "PhotoLook",
    "StoredFile",
    "Video",
    "Voice",
    "WebhookEvent",
]


class IdFactory:
    """Deterministic ids from a seeded generator (32 hex chars, like HeyGen's)."""

    def __init__(self, seed: int) -> None:
        self._seed = seed
        self._rng = random.Random(seed)

    def hex(self) -> str:
        return f"{self._rng.getrandbits(128):032x}"

    def reset(self) -> None:
        self._rng.seed(self._seed)


@dataclass(slots=True)
class StoredFile:
    """A file the mock serves under /_mock/files/<key>: bytes, or what renders them when first read."""

    key: str
    content: bytes | Callable[[], bytes]
    mime: str
    #: who the picture shows, when the mock drew it (looks made from it keep that face)
    portrait: Portrait | None = None

    @property
    def data(self) -> bytes:
        """The file's bytes (rendered now if they were not yet)."""
        if callable(self.content):
            self.content = self.content()
        return self.content


@dataclass(slots=True)
class Asset:
    """An uploaded file (v1 raw upload or v3 multipart)."""

    id: str
    name: str
    mime: str
    size: int
    file_key: str
    created_at: float
    image_key: str | None = None


@dataclass(slots=True)
class Generation:
    """A v2 photo or look generation: 4 images when it succeeds."""

    id: str
    job: Job
    name: str
    group_id: str | None = None
    image_keys: list[str] = field(default_factory=list)
    #: what the images will show (one per image), decided when the generation starts
    portraits: list[Portrait] = field(default_factory=list)


@dataclass(slots=True)
class PhotoGroup:
    """A v2 photo-avatar group, its looks and its (latest) training job."""

    id: str
    name: str
    created_at: float
    look_ids: list[str] = field(default_factory=list)
    training: Job | None = None
    training_created_at: float | None = None


@dataclass(slots=True)
class PhotoLook:
    """A v2 photo avatar (look) in a group."""

    id: str
    group_id: str
    name: str
    image_key: str
    created_at: float
    job: Job
    business_type: str = "user_upload"
    is_motion: bool = False
    upscaled: bool = False
    background_sound_effect: str | None = None


@dataclass(slots=True)
class AvatarGroup:
    """A v3 avatar group (a character)."""

    id: str
    name: str
    created_at: int
    look_ids: list[str] = field(default_factory=list)
    consent_status: str | None = None
    public: bool = False
    gender: str | None = None


@dataclass(slots=True)
class AvatarLook:
    """A v3 avatar look. Public (studio) looks have no job."""

    id: str
    group_id: str
    name: str
    avatar_type: str
    created_at: int
    image_key: str | None
    job: Job | None = None
    public: bool = False
    gender: str | None = None
    tags: list[str] = field(default_factory=list)
    #: what its preview will show once it is ready (a look made from a prompt)
    portrait: Portrait | None = None

    @property
    def status(self) -> str | None:
        return None if self.job is None else self.job.status


@dataclass(slots=True)
class ConsentRequest:
    """An open consent flow: visiting its URL approves the group."""

    token: str
    group_id: str
    reroute_url: str | None


@dataclass(slots=True)
class Video:
    """A v3 video: of a look (``avatar_id``) or of a photo (``type`` image: a talking photo)."""

    id: str
    title: str | None
    avatar_id: str | None
    created_at: int
    job: Job
    file_key: str
    thumbnail_key: str
    callback_id: str | None = None
    callback_url: str | None = None
    type: str = "avatar"
    #: set in HeyGen's web app, never by the API: `MockHeyGen.file_video` acts it out
    folder_id: str | None = None


@dataclass(slots=True, frozen=True)
class Voice:
    """A voice of the (fixed) public voice library."""

    voice_id: str
    name: str
    language: str
    gender: str
    type: str = "public"
    engines: tuple[str, ...] = ()


@dataclass(slots=True, frozen=True)
class WebhookEvent:
    """A HeyGen webhook event the mock would deliver (`event_type` as in /v3/webhooks/event-types)."""

    event_type: str
    event_data: dict[str, Any]
    time: float

    def to_dict(self) -> dict[str, Any]:
        return {"event_type": self.event_type, "event_data": dict(self.event_data), "time": self.time}


@dataclass
class MockState:
    """Every resource the mock holds, by id. Read it in tests; change it through the API or the mock."""

    files: dict[str, StoredFile] = field(default_factory=dict)
    assets: dict[str, Asset] = field(default_factory=dict)
    generations: dict[str, Generation] = field(default_factory=dict)
    photo_groups: dict[str, PhotoGroup] = field(default_factory=dict)
    photo_looks: dict[str, PhotoLook] = field(default_factory=dict)
    avatar_groups: dict[str, AvatarGroup] = field(default_factory=dict)
    avatar_looks: dict[str, AvatarLook] = field(default_factory=dict)
    consents: dict[str, ConsentRequest] = field(default_factory=dict)
    videos: dict[str, Video] = field(default_factory=dict)
    voices: dict[str, Voice] = field(default_factory=dict)

    def summary(self) -> dict[str, Any]:
        """A JSON-ready overview: ids and statuses per resource kind (for the control plane)."""

        def status(job: Job | None) -> str | None:
            return None if job is None else job.status

        return {
            "assets": {
                k: {"mime": v.mime, "size": v.size, "image_key": v.image_key} for k, v in self.assets.items()
            },
            "generations": {
                k: {"status": v.job.status, "kind": v.job.kind} for k, v in self.generations.items()
            },
            "photo_groups": {
                k: {"name": v.name, "looks": list(v.look_ids), "train_status": status(v.training)}
                for k, v in self.photo_groups.items()
            },
            "photo_looks": {
                k: {"group_id": v.group_id, "status": v.job.status} for k, v in self.photo_looks.items()
            },
            "avatar_groups": {
                k: {"name": v.name, "looks": list(v.look_ids), "consent_status": v.consent_status}
                for k, v in self.avatar_groups.items()
                if not v.public
            },
            "avatar_looks": {
                k: {"group_id": v.group_id, "status": v.status, "avatar_type": v.avatar_type}
                for k, v in self.avatar_looks.items()
                if not v.public
            },
            "consents": {k: {"group_id": v.group_id} for k, v in self.consents.items()},
            "videos": {
                k: {
                    "status": v.job.status,
                    "type": v.type,
                    "avatar_id": v.avatar_id,
                    "folder_id": v.folder_id,
                }
                for k, v in self.videos.items()
            },
        }
