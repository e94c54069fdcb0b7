"""The mock's resources: plain dataclasses, apart from request handling (moto's models/responses split)."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .blobs import Blob
from .jobs import Job
from .portrait import Portrait

__all__ = [
    "Asset",
    "AvatarGroup",
    "AvatarLook",
    "ConsentRequest",
    "DirectUpload",
    "Generation",
    "IdFactory",
    "MockState",
    "PhotoGroup",
    "PhotoLook",
    "StoredFile",
    "Video",
    "Voice",
    "WebhookEndpoint",
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
    """A file the mock serves under /_mock/files/<key>: `data` (bytes, or what renders them when first
    read), or a `blob` (a direct upload's, on disk)."""

    key: str
    data: bytes | Callable[[], bytes]
    mime: str
    #: who the picture shows, when the mock drew it (looks made from it keep that face)
    portrait: Portrait | None = None
    blob: Blob | None = None

    def content(self) -> bytes:
        """The file's bytes (rendered now if they were not yet)."""
        if self.blob is not None:
            return self.blob.read()
        if callable(self.data):
            self.data = self.data()
        return self.data


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
class DirectUpload:
    """A v3 direct upload: announced (POST /v3/assets/direct-uploads), its bytes PUT to the presigned URL
    (`blob`), then completed into an `Asset` (`asset`). Unusable until completed."""

    asset_id: str
    filename: str
    content_type: str
    size: int
    checksum_sha256: str | None
    #: epoch seconds when the upload URL was signed, and how many seconds it stays valid
    issued_at: int
    ttl: int
    #: the headers the PUT must carry verbatim (`upload_headers`)
    headers: dict[str, str]
    created_at: float
    blob: Blob | None = None
    asset: Asset | None = None


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
    callback_url: str | None = None
    callback_id: str | None = None


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
    """A HeyGen webhook event (`event_type` as in /v3/webhooks/event-types): delivered to the endpoints
    subscribed to it and to the job's `callback_url`, listed by GET /v3/webhooks/events. `time` is on the
    mock's clock, `epoch` the wall time it stands for."""

    event_type: str
    event_data: dict[str, Any]
    time: float
    event_id: str = ""
    epoch: float = 0.0
    callback_url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "event_type": self.event_type,
            "event_data": dict(self.event_data),
            "time": self.time,
        }

    def body(self) -> dict[str, Any]:
        """What a delivery POSTs (HeyGen's ``{"event_type", "event_data"}``, with the event's id)."""
        return {"event_id": self.event_id, "event_type": self.event_type, "event_data": dict(self.event_data)}

    def mentions(self, entity_id: str) -> bool:
        """Whether `entity_id` is one of the ids the event is about (GET /v3/webhooks/events?entity_id=)."""
        return any(value == entity_id for key, value in self.event_data.items() if key.endswith("id"))


@dataclass(slots=True)
class WebhookEndpoint:
    """A registered webhook endpoint. `events` None: every type; `entity_id`: only events about it."""

    id: str
    url: str
    events: list[str] | None
    entity_id: str | None
    created_at: float
    secret: str = field(repr=False)
    status: str = "enabled"

    def wants(self, event: WebhookEvent) -> bool:
        if self.status != "enabled":
            return False
        if self.events is not None and event.event_type not in self.events:
            return False
        return self.entity_id is None or event.mentions(self.entity_id)


@dataclass
class MockState:
    """Every resource the mock holds, by id. Read it in tests; change it through the API or the mock."""

    files: dict[str, StoredFile] = field(default_factory=dict)
    assets: dict[str, Asset] = field(default_factory=dict)
    direct_uploads: dict[str, DirectUpload] = field(default_factory=dict)
    generations: dict[str, Generation] = field(default_factory=dict)
    photo_groups: dict[str, PhotoGroup] = field(default_factory=dict)
    photo_looks: dict[str, PhotoLook] = field(default_factory=dict)
    avatar_groups: dict[str, AvatarGroup] = field(default_factory=dict)
    avatar_looks: dict[str, AvatarLook] = field(default_factory=dict)
    consents: dict[str, ConsentRequest] = field(default_factory=dict)
    videos: dict[str, Video] = field(default_factory=dict)
    voices: dict[str, Voice] = field(default_factory=dict)
    webhook_endpoints: dict[str, WebhookEndpoint] = field(default_factory=dict)
    #: every event, oldest first (what the mock delivered or would have)
    events: list[WebhookEvent] = field(default_factory=list)

    def close(self) -> None:
        """Free what received bytes hold (memory, temporary files)."""
        for upload in self.direct_uploads.values():
            if upload.blob is not None:
                upload.blob.close()
        for stored in self.files.values():
            if stored.blob is not None:
                stored.blob.close()

    def summary(self) -> dict[str, Any]:
        """A JSON-ready overview: ids and statuses per resource kind (for the control plane)."""

        def status(job: Job | None) -> str | None:
            return None if job is None else job.status

        return {
            "assets": {
                k: {"mime": v.mime, "size": v.size, "image_key": v.image_key} for k, v in self.assets.items()
            },
            "direct_uploads": {
                k: {
                    "size": v.size,
                    "received": None if v.blob is None else v.blob.size,
                    "completed": v.asset is not None,
                }
                for k, v in self.direct_uploads.items()
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
            "webhook_endpoints": {  # never the secret
                k: {"url": v.url, "events": v.events, "status": v.status}
                for k, v in self.webhook_endpoints.items()
            },
        }
