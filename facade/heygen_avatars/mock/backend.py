"""HeyGen's rules over the mock's state: what each operation does, independent of HTTP shapes.

Handlers in `api_v2` / `api_v3` parse requests, call these methods and render HeyGen's JSON.
Rule violations raise `ApiError` with HeyGen's status and code.
"""

from __future__ import annotations

import base64
import binascii
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

from .._clock import Clock
from ._routing import ApiError
from .clock import VirtualClock
from .jobs import Job, JobBoard
from .media import MP4_BYTES, png, sniff_mime
from .state import (
    Asset,
    AvatarGroup,
    AvatarLook,
    ConsentRequest,
    Generation,
    IdFactory,
    MockState,
    PhotoGroup,
    PhotoLook,
    StoredFile,
    Video,
    Voice,
)

__all__ = ["Backend", "Options"]

T = TypeVar("T")
#: 2026-01-01T00:00:00Z: virtual time 0 maps here, so timestamps are deterministic under a VirtualClock
VIRTUAL_EPOCH = 1_767_225_600.0
IMAGES_PER_GENERATION = 4
MAX_LOOKS_PER_ADD = 4
V1_UPLOAD_TYPES = {"image/jpeg", "image/png", "video/mp4", "video/webm", "audio/mpeg"}
V3_ASSET_TYPES = {
    "image/png",
    "image/jpeg",
    "video/mp4",
    "video/webm",
    "audio/mpeg",
    "audio/wav",
    "application/pdf",
}
MAX_V3_ASSET_BYTES = 32 * 1024 * 1024
MAX_V1_ASSET_BYTES = 50 * 1024 * 1024

_VOICES = (
    Voice("1bd001e7e50f421d891986aad5158bc8", "Sara", "English", "female"),
    Voice("2d5b0e6cf36f460aa7fc47e3eee4ba54", "Paul", "English", "male"),
    Voice("73c0b6a2e29d4d38aca41454bf58c955", "Lea", "French", "female"),
    Voice("9e4a7c1b2f3d4e5a8b6c7d8e9f0a1b2c", "Jonas", "German", "male"),
)
_PUBLIC_AVATARS = (("Anna", "female"), ("Brandon", "male"), ("Chloe", "female"))


@dataclass(frozen=True, slots=True)
class Options:
    """Behaviour switches where HeyGen's sources disagree (see notes/heygen-api.md §3)."""

    #: a digital twin's `type` in POST /v3/avatars: July 2026 "digital_twin" or April "video"
    digital_twin_type: Literal["digital_twin", "video"] = "digital_twin"
    #: seconds a returned file URL stays valid (HeyGen: 7 days)
    url_ttl: float = 7 * 86400.0

    @property
    def twin_look_type(self) -> str:
        """The look `avatar_type` of a digital twin under the chosen vocabulary."""
        return "digital_twin" if self.digital_twin_type == "digital_twin" else "video_avatar"


def _paginate(items: Sequence[T], limit: int, token: str | None) -> tuple[list[T], bool, str | None]:
    offset = 0
    if token:
        try:
            decoded = base64.urlsafe_b64decode(token.encode() + b"==").decode()
            if not decoded.startswith("o:"):
                raise ValueError(decoded)
            offset = int(decoded[2:])
        except (ValueError, UnicodeDecodeError, binascii.Error):
            raise ApiError(400, "invalid_parameter", "Invalid pagination token.", "token") from None
    page = list(items[offset : offset + limit])
    more = offset + limit < len(items)
    next_token = (
        base64.urlsafe_b64encode(f"o:{offset + limit}".encode()).decode().rstrip("=") if more else None
    )
    return page, more, next_token


class Backend:
    """State plus rules. Every time-dependent read goes through `clock`, so virtual time drives it."""

    def __init__(self, *, seed: int, clock: Clock, jobs: JobBoard, options: Options) -> None:
        self.seed = seed
        self.clock = clock
        self.jobs = jobs
        self.options = options
        self.ids = IdFactory(seed)
        self.state = MockState()
        self._epoch0 = VIRTUAL_EPOCH if isinstance(clock, VirtualClock) else time.time() - clock.monotonic()
        self._seed_public_data()

    def reset(self) -> None:
        """Forget every resource; ids start again from the seed."""
        self.ids.reset()
        self.state = MockState()
        if not isinstance(self.clock, VirtualClock):
            self._epoch0 = time.time() - self.clock.monotonic()
        self._seed_public_data()

    def _seed_public_data(self) -> None:
        for voice in _VOICES:
            self.state.voices[voice.voice_id] = voice
        for index, (name, gender) in enumerate(_PUBLIC_AVATARS):
            group_id, look_id = f"public_group_{index}", f"public_look_{index}"
            key = self.store_file(png(f"public/{name}", 96, 96), "image/png", f"image/{look_id}/preview")
            self.state.avatar_groups[group_id] = AvatarGroup(
                group_id, name, int(VIRTUAL_EPOCH) - 86400, [look_id], public=True, gender=gender
            )
            self.state.avatar_looks[look_id] = AvatarLook(
                look_id,
                group_id,
                f"{name} Studio",
                "studio_avatar",
                int(VIRTUAL_EPOCH) - 86400,
                key,
                public=True,
                gender=gender,
                tags=["studio"],
            )

    # time and files --------------------------------------------------------------------------------

    def now(self) -> float:
        return self.clock.monotonic()

    def epoch(self) -> float:
        """Wall-clock seconds (virtual under a VirtualClock)."""
        return self._epoch0 + self.clock.monotonic()

    def epoch_of(self, monotonic: float | None) -> float | None:
        return None if monotonic is None else self._epoch0 + monotonic

    def store_file(self, data: bytes, mime: str, key: str | None = None) -> str:
        key = key or f"file/{self.ids.hex()}"
        self.state.files[key] = StoredFile(key, data, mime)
        return key

    def file_url(self, base_url: str, key: str | None) -> str | None:
        """A signed-looking URL the mock serves, expiring after `url_ttl` seconds."""
        if key is None:
            return None
        expires = int(self.epoch() + self.options.url_ttl)
        return f"{base_url}/_mock/files/{key}?Expires={expires}"

    def read_file(self, key: str, expires: str | None) -> StoredFile:
        stored = self.state.files.get(key)
        if stored is None:
            raise ApiError(404, "not_found", "File not found.")
        if expires is not None and (not expires.isdigit() or int(expires) < self.epoch()):
            raise ApiError(403, "url_expired", "Request has expired.")
        return stored

    def _images(self, owner: str, count: int = IMAGES_PER_GENERATION) -> list[str]:
        keys = []
        for index in range(count):
            key = f"image/{self.ids.hex()}/original"
            keys.append(self.store_file(png(f"{self.seed}/{owner}/{index}"), "image/png", key))
        return keys

    # uploads ------------------------------------------------------------------------------------------

    def upload_v1(self, data: bytes, content_type: str) -> Asset:
        """Raw upload (upload.heygen.com/v1/asset): images also get an `image_key`."""
        mime = content_type.split(";")[0].strip().lower()
        if mime not in V1_UPLOAD_TYPES:
            raise ApiError(
                415,
                "unsupported_media_type",
                f"Unsupported Content-Type {mime!r}; allowed: {sorted(V1_UPLOAD_TYPES)}",
                "Content-Type",
            )
        if not data:
            raise ApiError(400, "invalid_parameter", "The request body (the file bytes) is empty.", "body")
        if len(data) > MAX_V1_ASSET_BYTES:
            raise ApiError(413, "payload_too_large", "The file exceeds the 50 MB limit.", "body")
        asset_id = self.ids.hex()
        image_key = f"image/{asset_id}/original" if mime.startswith("image/") else None
        key = self.store_file(data, mime, image_key or f"asset/{asset_id}")
        asset = Asset(asset_id, asset_id, mime, len(data), key, self.epoch(), image_key)
        self.state.assets[asset_id] = asset
        return asset

    def upload_v3(self, data: bytes, filename: str | None) -> Asset:
        """Multipart upload (/v3/assets): the MIME type is sniffed from the bytes."""
        if not data:
            raise ApiError(
                400, "invalid_parameter", "File is required. Upload a file using multipart/form-data.", "file"
            )
        if len(data) > MAX_V3_ASSET_BYTES:
            raise ApiError(400, "invalid_parameter", "File exceeds the 32 MB limit.", "file")
        mime = sniff_mime(data)
        if mime not in V3_ASSET_TYPES:
            raise ApiError(
                400,
                "invalid_parameter",
                "Unsupported file type; allowed: png, jpeg, mp4, webm, mp3, wav, pdf.",
                "file",
            )
        asset_id = self.ids.hex()
        image_key = f"image/{asset_id}/original" if mime.startswith("image/") else None
        key = self.store_file(data, mime, image_key or f"asset/{asset_id}")
        asset = Asset(asset_id, filename or asset_id, mime, len(data), key, self.epoch(), image_key)
        self.state.assets[asset_id] = asset
        return asset

    def asset(self, asset_id: str) -> Asset:
        return self._get(self.state.assets, asset_id, "Asset not found.")

    def delete_asset(self, asset_id: str) -> None:
        asset = self.asset(asset_id)
        del self.state.assets[asset_id]
        self.state.files.pop(asset.file_key, None)

    # v2 photo avatars ---------------------------------------------------------------------------------

    @staticmethod
    def _get(store: dict[str, T], key: str, message: str, code: str = "not_found") -> T:
        try:
            return store[key]
        except KeyError:
            raise ApiError(404, code, message) from None

    def generate_photos(self, name: str) -> Generation:
        """Start an AI photo generation: 4 images when it succeeds."""
        generation_id = self.ids.hex()
        generation = Generation(
            generation_id, self.jobs.start(generation_id, "photo_generation", self.now()), name
        )
        generation.job.on_change = lambda job: self._generation_changed(generation)
        self.state.generations[generation_id] = generation
        return generation

    def generate_looks(self, group_id: str, name: str) -> Generation:
        """Start a look generation; the group must be trained (train_status ready)."""
        group = self.photo_group(group_id)
        if group.training is None or not group.training.succeeded:
            status = "untrained" if group.training is None else group.training.status
            raise ApiError(
                400,
                "invalid_parameter",
                f"Photo avatar group {group_id} is not trained "
                f"(train status: {status}); train it and wait until it is ready.",
                "group_id",
            )
        generation_id = self.ids.hex()
        job = self.jobs.start(generation_id, "look_generation", self.now())
        generation = Generation(generation_id, job, name, group_id)
        job.on_change = lambda _: self._generation_changed(generation)
        self.state.generations[generation_id] = generation
        return generation

    def _generation_changed(self, generation: Generation) -> None:
        if not generation.job.succeeded:
            return
        generation.image_keys = self._images(generation.id)
        group = self.state.photo_groups.get(generation.group_id or "")
        if group is not None:  # generated looks join their group, ready at once
            for key in generation.image_keys:
                look = self._new_photo_look(group, generation.name, key, "generated")
                self.jobs.complete(look.job.id, self.now())

    def generation(self, generation_id: str) -> Generation:
        return self._get(self.state.generations, generation_id, "Generation not found.")

    def _image_key(self, key: str, param: str, generation_id: str | None) -> str:
        stored = self.state.files.get(key)
        if stored is None or not stored.mime.startswith("image/"):
            raise ApiError(
                400,
                "invalid_parameter",
                f"Unknown image_key {key!r}: upload the image or generate photos first.",
                param,
            )
        if generation_id is not None:
            generation = self.state.generations.get(generation_id)
            if generation is None or key not in generation.image_keys:
                raise ApiError(
                    400,
                    "invalid_parameter",
                    f"image_key {key!r} does not belong to generation {generation_id!r}.",
                    "generation_id",
                )
        return key

    def _new_photo_look(
        self, group: PhotoGroup, name: str, key: str, business_type: str, look_id: str | None = None
    ) -> PhotoLook:
        look_id = look_id or self.ids.hex()
        look = PhotoLook(
            look_id,
            group.id,
            name,
            key,
            self.epoch(),
            self.jobs.start(look_id, "look", self.now()),
            business_type,
        )
        group.look_ids.append(look_id)
        self.state.photo_looks[look_id] = look
        return look

    def create_photo_group(self, name: str, image_key: str, generation_id: str | None) -> PhotoLook:
        """Create a group from one image; the group id equals its first look's id."""
        key = self._image_key(image_key, "image_key", generation_id)
        group_id = self.ids.hex()
        group = PhotoGroup(group_id, name, self.epoch())
        self.state.photo_groups[group_id] = group
        return self._new_photo_look(
            group, name, key, "generated" if generation_id else "user_upload", group_id
        )

    def add_photo_looks(
        self, group_id: str, image_keys: Sequence[str], name: str, generation_id: str | None
    ) -> list[PhotoLook]:
        """Add up to 4 looks to a group."""
        group = self.photo_group(group_id)
        if not 1 <= len(image_keys) <= MAX_LOOKS_PER_ADD:
            raise ApiError(
                400,
                "invalid_parameter",
                f"image_keys takes 1 to {MAX_LOOKS_PER_ADD} keys per call, got {len(image_keys)}.",
                "image_keys",
            )
        keys = [self._image_key(key, "image_keys", generation_id) for key in image_keys]
        business = "generated" if generation_id else "user_upload"
        return [self._new_photo_look(group, name, key, business) for key in keys]

    def train(self, group_id: str) -> Job:
        """Start training a group: pending -> training -> ready | failed."""
        group = self.photo_group(group_id)
        if not group.look_ids:
            raise ApiError(400, "invalid_parameter", "The group has no looks to train on.", "group_id")
        if group.training is not None and not group.training.done:
            raise ApiError(400, "invalid_parameter", f"Group {group_id} is already training.", "group_id")
        group.training = self.jobs.start(f"train-{group_id}-{self.ids.hex()[:8]}", "training", self.now())
        group.training_created_at = self.epoch()
        return group.training

    def photo_group(self, group_id: str) -> PhotoGroup:
        return self._get(self.state.photo_groups, group_id, "Photo avatar group not found.")

    def photo_look(self, look_id: str) -> PhotoLook:
        return self._get(self.state.photo_looks, look_id, "Photo avatar not found.", "avatar_not_found")

    def delete_photo_look(self, look_id: str) -> None:
        look = self.photo_look(look_id)
        del self.state.photo_looks[look_id]
        self.jobs.discard(look.job.id)
        group = self.state.photo_groups.get(look.group_id)
        if group is not None and look_id in group.look_ids:
            group.look_ids.remove(look_id)

    def delete_photo_group(self, group_id: str) -> None:
        group = self.photo_group(group_id)
        for look_id in group.look_ids:
            if self.state.photo_looks.pop(look_id, None) is not None:
                self.jobs.discard(look_id)
        if group.training is not None:
            self.jobs.discard(group.training.id)
        del self.state.photo_groups[group_id]

    def add_motion(self, look_id: str) -> PhotoLook:
        """A new motion look (pending -> completed) derived from a completed look."""
        source = self._completed_look(look_id)
        group = self.photo_group(source.group_id)
        motion_id = self.ids.hex()
        look = PhotoLook(
            motion_id,
            group.id,
            source.name,
            source.image_key,
            self.epoch(),
            self.jobs.start(motion_id, "motion", self.now()),
            source.business_type,
            is_motion=True,
        )
        group.look_ids.append(motion_id)
        self.state.photo_looks[motion_id] = look
        return look

    def upscale(self, look_id: str) -> PhotoLook:
        look = self._completed_look(look_id)
        if not look.is_motion:
            raise ApiError(400, "invalid_parameter", "Only avatars with motion can be upscaled.", "id")
        look.upscaled = True
        return look

    def add_sound_effect(self, look_id: str) -> PhotoLook:
        look = self._completed_look(look_id)
        look.background_sound_effect = "ambient"
        return look

    def _completed_look(self, look_id: str) -> PhotoLook:
        look = self.photo_look(look_id)
        if not look.job.succeeded:
            raise ApiError(
                400,
                "invalid_parameter",
                f"Photo avatar {look_id} is not ready (status: {look.job.status}).",
                "id",
            )
        return look

    # v3 avatars ----------------------------------------------------------------------------------------

    def resolve_asset(self, asset: dict[str, Any], param: str, want: str = "image") -> str:
        """Store the file an AssetInput names and return its key (a URL's bytes are synthesised)."""
        kind = asset.get("type")
        if kind == "asset_id":
            found = self.state.assets.get(str(asset.get("asset_id")))
            if found is None:
                raise ApiError(400, "invalid_parameter", "Asset not found.", f"{param}.asset_id")
            return found.file_key
        if kind == "base64":
            try:
                data = base64.b64decode(str(asset.get("data", "")), validate=True)
            except (binascii.Error, ValueError):
                raise ApiError(
                    400, "invalid_parameter", "data is not valid base64.", f"{param}.data"
                ) from None
            if not data:
                raise ApiError(400, "invalid_parameter", "data is empty.", f"{param}.data")
            return self.store_file(data, str(asset.get("media_type") or "application/octet-stream"))
        url = str(asset.get("url", ""))
        if not url.startswith("https://"):
            raise ApiError(400, "invalid_parameter", "URLs must be public HTTPS URLs.", f"{param}.url")
        if want == "video":
            return self.store_file(MP4_BYTES, "video/mp4")
        return self.store_file(png(url), "image/png")

    def _private_group(self, group_id: str) -> AvatarGroup:
        group = self._get(self.state.avatar_groups, group_id, "Avatar group not found.")
        if group.public:
            raise ApiError(403, "forbidden", "Public avatar groups cannot be changed.", "avatar_group_id")
        return group

    def create_avatar(self, body: dict[str, Any]) -> tuple[AvatarLook, AvatarGroup]:
        """POST /v3/avatars for the three types: photo, prompt, digital twin."""
        kind = body["type"]
        group = None
        if body.get("avatar_group_id"):
            if body["avatar_group_id"] not in self.state.avatar_groups:
                raise ApiError(400, "invalid_parameter", "Avatar group not found.", "avatar_group_id")
            group = self._private_group(body["avatar_group_id"])
        image_key: str | None
        if kind == "photo":
            image_key, look_type, job_kind = (
                self.resolve_asset(body["file"], "file"),
                "photo_avatar",
                "avatar",
            )
        elif kind == "prompt":
            for index, reference in enumerate(body.get("reference_images") or ()):
                self.resolve_asset(reference, f"reference_images.{index}")
            reference_id = body.get("avatar_id")
            if reference_id:
                source = self.state.avatar_looks.get(reference_id)
                if source is None:  # HeyGen's docs say 404; the built spec documents 400 for this operation
                    raise ApiError(400, "invalid_parameter", "Avatar not found.", "avatar_id")
                if source.status not in (None, "completed") or source.image_key is None:
                    raise ApiError(
                        400,
                        "invalid_parameter",
                        "The referenced avatar has no usable image yet.",
                        "avatar_id",
                    )
                if group is not None and source.group_id != group.id:
                    raise ApiError(
                        400, "invalid_parameter", "avatar_id does not belong to avatar_group_id.", "avatar_id"
                    )
                if group is None and not self.state.avatar_groups[source.group_id].public:
                    group = self.state.avatar_groups[source.group_id]
            image_key, look_type, job_kind = None, "photo_avatar", "avatar"
        else:  # "digital_twin" (July 2026) or "video" (April 2026): footage of a person
            image_key = None
            self.resolve_asset(body["file"], "file", want="video")
            look_type, job_kind = self.options.twin_look_type, "digital_twin"
        if group is None:
            group = AvatarGroup(self.ids.hex(), body["name"], int(self.epoch()))
            self.state.avatar_groups[group.id] = group
        look_id = self.ids.hex()
        look = AvatarLook(look_id, group.id, body["name"], look_type, int(self.epoch()), image_key)
        look.job = self.jobs.start(
            look_id, job_kind, self.now(), on_change=lambda job: self._look_changed(look)
        )
        group.look_ids.append(look_id)
        self.state.avatar_looks[look_id] = look
        if job_kind == "digital_twin":
            if group.consent_status == "approved":
                self.jobs.advance(look_id, self.now())
            elif group.consent_status is None:
                group.consent_status = "pending"
        return look, group

    def _look_changed(self, look: AvatarLook) -> None:
        if look.job is not None and look.job.succeeded and look.image_key is None:
            look.image_key = self.store_file(
                png(f"{self.seed}/{look.id}", 96, 96), "image/png", f"image/{look.id}/preview"
            )

    def avatar_group(self, group_id: str) -> AvatarGroup:
        return self._get(self.state.avatar_groups, group_id, "Avatar group not found.")

    def avatar_look(self, look_id: str) -> AvatarLook:
        return self._get(self.state.avatar_looks, look_id, "Avatar look not found.")

    def group_looks(self, group: AvatarGroup) -> list[AvatarLook]:
        return [
            self.state.avatar_looks[look_id]
            for look_id in group.look_ids
            if look_id in self.state.avatar_looks
        ]

    def group_status(self, group: AvatarGroup) -> tuple[str | None, tuple[str, str] | None]:
        """A private group's status from its looks: waiting/processing wins, all failed = failed."""
        if group.public:
            return None, None
        jobs = [look.job for look in self.group_looks(group) if look.job is not None]
        statuses = {job.status for job in jobs}
        for status in ("pending_consent", "processing"):
            if status in statuses:
                return status, None
        if jobs and statuses == {"failed"}:
            return "failed", jobs[0].error
        return "completed", None

    def request_consent(self, group_id: str, reroute_url: str | None) -> ConsentRequest:
        """Open a consent flow for a digital twin's group; its URL approves it when visited."""
        group = self._private_group(group_id)
        if not any(look.job and look.job.kind == "digital_twin" for look in self.group_looks(group)):
            raise ApiError(
                400, "invalid_parameter", "Consent is only required for digital twin avatars.", "group_id"
            )
        if group.consent_status == "approved":
            raise ApiError(
                400, "invalid_parameter", "Consent was already given for this avatar group.", "group_id"
            )
        consent = ConsentRequest(self.ids.hex(), group.id, reroute_url)
        self.state.consents[consent.token] = consent
        group.consent_status = "pending"
        return consent

    def complete_consent(self, group_id: str) -> AvatarGroup:
        """The subject approved: waiting digital twins start processing."""
        group = self.avatar_group(group_id)
        group.consent_status = "approved"
        for look in self.group_looks(group):
            if look.job is not None and look.job.waiting:
                self.jobs.advance(look.job.id, self.now())
        for token in [t for t, c in self.state.consents.items() if c.group_id == group_id]:
            del self.state.consents[token]
        return group

    def consent_by_token(self, token: str) -> ConsentRequest:
        return self._get(self.state.consents, token, "Consent link not found or already used.")

    def rename_look(self, look_id: str, name: str | None) -> AvatarLook:
        look = self.avatar_look(look_id)
        if look.public:
            raise ApiError(403, "forbidden", "Public avatar looks cannot be changed.", "look_id")
        if look.avatar_type == "studio_avatar":
            raise ApiError(
                400, "invalid_parameter", "Renaming is only supported for photo and video avatar looks."
            )
        if name is not None:
            look.name = name
        return look

    def delete_look(self, look_id: str) -> None:
        """Delete a look; deleting a group's last look deletes the group."""
        look = self.avatar_look(look_id)
        if look.public:
            raise ApiError(403, "forbidden", "Studio avatars cannot be deleted.", "look_id")
        del self.state.avatar_looks[look_id]
        self.jobs.discard(look_id)
        group = self.state.avatar_groups.get(look.group_id)
        if group is not None:
            group.look_ids.remove(look_id)
            if not group.look_ids:
                del self.state.avatar_groups[group.id]

    def delete_group(self, group_id: str) -> None:
        group = self.avatar_group(group_id)
        if group.public:
            raise ApiError(403, "forbidden", "Public avatar groups cannot be deleted.", "group_id")
        for look_id in group.look_ids:
            self.state.avatar_looks.pop(look_id, None)
            self.jobs.discard(look_id)
        del self.state.avatar_groups[group_id]

    @staticmethod
    def _ownership(public: bool, ownership: str | None) -> bool:
        return ownership is None or (ownership == "public") == public

    def list_groups(
        self, ownership: str | None, limit: int, token: str | None
    ) -> tuple[list[AvatarGroup], bool, str | None]:
        groups = [g for g in self.state.avatar_groups.values() if self._ownership(g.public, ownership)]
        return _paginate(groups, limit, token)

    def list_looks(
        self,
        group_id: str | None,
        avatar_type: str | None,
        ownership: str | None,
        limit: int,
        token: str | None,
    ) -> tuple[list[AvatarLook], bool, str | None]:
        looks = [
            look
            for look in self.state.avatar_looks.values()
            if self._ownership(look.public, ownership)
            and (group_id is None or look.group_id == group_id)
            and (
                avatar_type is None
                or look.avatar_type == avatar_type
                or {look.avatar_type, avatar_type} == {"digital_twin", "video_avatar"}
            )
        ]
        return _paginate(looks, limit, token)

    # videos and voices -------------------------------------------------------------------------------------

    def create_video(self, body: dict[str, Any]) -> Video:
        """POST /v3/videos: an avatar look or an image speaks a script (or lip-syncs audio)."""
        avatar_id = None
        if body.get("type") == "image":
            self.resolve_asset(body["image"], "image")
        else:
            avatar_id = str(body.get("avatar_id"))
            found = self.state.avatar_looks.get(avatar_id)
            if found is None:
                raise ApiError(400, "invalid_parameter", f"Avatar {avatar_id!r} not found.", "avatar_id")
            look = found
            if look.status not in (None, "completed"):
                raise ApiError(
                    400,
                    "invalid_parameter",
                    f"Avatar {avatar_id} is not ready (status: {look.status}).",
                    "avatar_id",
                )
        if body.get("script"):
            voice_id = body.get("voice_id")
            if not voice_id:
                raise ApiError(
                    400, "invalid_parameter", "voice_id is required when script is provided.", "voice_id"
                )
            if voice_id not in self.state.voices:
                raise ApiError(
                    400,
                    "invalid_parameter",
                    f"Voice {voice_id!r} not found; list voices with GET /v3/voices.",
                    "voice_id",
                )
        elif not (body.get("audio_url") or body.get("audio_asset_id")):
            raise ApiError(
                400,
                "invalid_parameter",
                "Provide script and voice_id, or audio_url or audio_asset_id.",
                "script",
            )
        video_id = self.ids.hex()
        video = Video(
            video_id,
            body.get("title"),
            avatar_id,
            int(self.epoch()),
            self.jobs.start(video_id, "video", self.now()),
            self.store_file(MP4_BYTES, "video/mp4", f"video/{video_id}.mp4"),
            self.store_file(png(f"{self.seed}/{video_id}/thumb"), "image/png", f"thumb/{video_id}.png"),
        )
        self.state.videos[video_id] = video
        return video

    def video(self, video_id: str) -> Video:
        return self._get(self.state.videos, video_id, "Video not found.")

    def delete_video(self, video_id: str) -> None:
        self.video(video_id)
        del self.state.videos[video_id]
        self.jobs.discard(video_id)

    def list_videos(
        self, limit: int, token: str | None, title: str | None
    ) -> tuple[list[Video], bool, str | None]:
        videos = [v for v in self.state.videos.values() if title is None or title in (v.title or "")]
        return _paginate(videos, limit, token)

    def list_voices(
        self, kind: str, language: str | None, gender: str | None, limit: int, token: str | None
    ) -> tuple[list[Voice], bool, str | None]:
        voices = [
            v
            for v in self.state.voices.values()
            if v.type == kind
            and (language is None or v.language == language)
            and (gender is None or v.gender == gender)
        ]
        return _paginate(voices, limit, token)

    def running_jobs(self) -> Iterable[Job]:
        return self.jobs.running()
