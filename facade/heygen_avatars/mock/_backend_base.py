"""The mock's model layer, shared part: time, stored files, uploads, asset inputs, id lookups.

`Backend` (backend.py) adds HeyGen's rules per area (the `_rules_*` modules). Handlers (the `api_*`
modules, `storage`) parse requests, call the backend and render HeyGen's JSON; rule violations raise
`ApiError` with HeyGen's status and code.
"""

from __future__ import annotations

import base64
import binascii
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Literal, TypeVar
from urllib.parse import parse_qs, unquote, urlsplit

from .._core.clock import Clock, SystemClock
from ._routing import ApiError
from .blobs import DEFAULT_SPOOL_BYTES
from .clock import ScaledClock, VirtualClock
from .jobs import Job, JobBoard
from .media import MP4_BYTES, sniff_mime
from .pictures import ahead, picture, seed_of
from .portrait import Identity, Portrait, caption_lines, identity_for, look_for
from .state import (
    Asset,
    AvatarGroup,
    AvatarLook,
    IdFactory,
    MockState,
    StoredFile,
    Voice,
)

__all__ = ["BackendBase", "Options", "paginate"]

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

#: the public voice library; `engines` is what `GET /v3/voices?engine=` matches (HeyGen: "only voices
#: compatible with that engine"; starfish is its text-to-speech engine). Which voice supports what is the
#: mock's own choice, so that the filter has something to narrow.
_VOICES = (
    Voice("1bd001e7e50f421d891986aad5158bc8", "Sara", "English", "female", engines=("starfish",)),
    Voice("2d5b0e6cf36f460aa7fc47e3eee4ba54", "Paul", "English", "male", engines=("starfish",)),
    Voice("73c0b6a2e29d4d38aca41454bf58c955", "Lea", "French", "female", engines=("starfish",)),
    Voice("9e4a7c1b2f3d4e5a8b6c7d8e9f0a1b2c", "Jonas", "German", "male"),
)
#: where the mock serves its files (see control.py); a URL there is one of its own files
FILES_PATH: Final = "/_mock/files/"
_PUBLIC_AVATARS = (("Anna", "female"), ("Brandon", "male"), ("Chloe", "female"))


@dataclass(frozen=True, slots=True)
class Options:
    """Behaviour switches where HeyGen's sources disagree (openapi/upstream/SOURCES.md names them)."""

    #: a digital twin's `type` in POST /v3/avatars: July 2026 "digital_twin" or April "video"
    digital_twin_type: Literal["digital_twin", "video"] = "digital_twin"
    #: seconds a returned file URL stays valid (HeyGen: 7 days)
    url_ttl: float = 7 * 86400.0
    #: seconds a direct upload's presigned PUT URL stays valid (HeyGen returns it as expires_in_seconds)
    upload_url_ttl: int = 900
    #: the per-upload cap of direct uploads (returned as max_bytes; 5 GiB is S3's single-PUT limit)
    direct_upload_max_bytes: int = 5 * 1024**3
    #: received bytes above this size go to a temporary file instead of memory
    spool_bytes: int = DEFAULT_SPOOL_BYTES
    #: where those temporary files go (None: the system's temporary directory)
    storage_dir: Path | None = None

    @property
    def twin_look_type(self) -> str:
        """The look `avatar_type` of a digital twin under the chosen vocabulary."""
        return "digital_twin" if self.digital_twin_type == "digital_twin" else "video_avatar"


def paginate(items: Sequence[T], limit: int, token: str | None) -> tuple[list[T], bool, str | None]:
    offset = 0
    if token:
        try:
            decoded = base64.urlsafe_b64decode(token.encode() + b"==").decode()
            digits = decoded[2:]
            if not decoded.startswith("o:") or not (digits.isascii() and digits.isdigit()):  # as issued
                raise ValueError(decoded)
            offset = int(digits)
        except (ValueError, UnicodeDecodeError, binascii.Error):
            raise ApiError(400, "invalid_parameter", "Invalid pagination token.", "token") from None
    page = list(items[offset : offset + limit])
    more = offset + limit < len(items)
    next_token = (
        base64.urlsafe_b64encode(f"o:{offset + limit}".encode()).decode().rstrip("=") if more else None
    )
    return page, more, next_token


class BackendBase:
    """State plus the shared rules. Time-dependent reads go through `clock`, so virtual time drives them."""

    def __init__(self, *, seed: int, clock: Clock, jobs: JobBoard, options: Options) -> None:
        self.seed = seed
        self.clock = clock
        self.jobs = jobs
        self.options = options
        self.ids = IdFactory(seed)
        self.state = MockState()
        #: where webhook events go (set by MockHeyGen): (event_type, event_data, the job's callback_url)
        self.emit: Callable[[str, dict[str, Any], str | None], None] = lambda event_type, data, url: None
        self.base_url = "http://mock.heygen.local"
        #: every base URL a request reached the mock at: its own file host, whatever the scheme
        self.own_bases: set[str] = set()
        self._epoch0 = VIRTUAL_EPOCH if isinstance(clock, VirtualClock) else time.time() - clock.monotonic()
        self._seed_public_data()

    def reset(self) -> None:
        """Forget every resource; ids start again from the seed."""
        self.ids.reset()
        self.state.close()
        self.state = MockState()
        if not isinstance(self.clock, VirtualClock):
            self._epoch0 = time.time() - self.clock.monotonic()
        self._seed_public_data()

    def _seed_public_data(self) -> None:
        for voice in _VOICES:
            self.state.voices[voice.voice_id] = voice
        for index, (name, gender) in enumerate(_PUBLIC_AVATARS):
            group_id, look_id = f"public_group_{index}", f"public_look_{index}"
            who = identity_for(f"public/{name}", gender="Woman" if gender == "female" else "Man")
            look = look_for("studio", seed=f"public/{name}", pose="half_body", orientation="square")
            studio = Portrait(
                who, look, (f"drawn by the local HeyGen mock · {name}, a public studio avatar",)
            )
            # drawn only if someone downloads it: a served mock starts without rendering its stock avatars
            preview = picture(studio)
            key = self.store_file(preview, "image/png", f"image/{look_id}/preview", studio, soon=False)
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

    def store_file(
        self,
        data: bytes | Callable[[], bytes],
        mime: str,
        key: str | None = None,
        portrait: Portrait | None = None,
        *,
        soon: bool = True,
    ) -> str:
        """Keep a file (its bytes, or what renders them when first read) and return its key. On real time
        (a served mock) a render starts at once in the background when the file will likely be downloaded
        `soon` (what a request just made); on any other clock (tests, simulations) only when the file is
        read, so that thousands of jobs never render what nobody reads."""
        key = key or f"file/{self.ids.hex()}"
        if callable(data) and soon and isinstance(self.clock, ScaledClock | SystemClock):
            data = ahead(data)
        self.state.files[key] = StoredFile(key, data, mime, portrait)
        return key

    def portrait_of(self, key: str | None) -> Portrait | None:
        """Who a stored picture shows, when the mock drew it."""
        stored = self.state.files.get(key or "")
        return None if stored is None else stored.portrait

    def _file_bytes(self, key: str | None) -> Callable[[], bytes]:
        """The bytes of a stored file, read when called (a picture renders only if someone needs it)."""
        stored = self.state.files.get(key or "")
        return stored.content if stored is not None else (lambda: b"")

    def identity_of(self, key: str | None) -> Identity:
        """The face in a stored picture: the one the mock drew, or one seeded by a photo's bytes."""
        portrait = self.portrait_of(key)
        if portrait is not None:
            return portrait.identity
        stored = self.state.files.get(key or "")
        return identity_for(seed_of(stored.content()) if stored is not None else str(key))

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

    def _images(self, portraits: Sequence[Portrait]) -> list[str]:
        """Store one picture per portrait (rendered when first downloaded); their image keys."""
        keys = []
        for portrait in portraits:
            key = f"image/{self.ids.hex()}/original"
            keys.append(self.store_file(picture(portrait), "image/png", key, portrait))
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

    @staticmethod
    def _get(store: dict[str, T], key: str, message: str, code: str = "not_found") -> T:
        try:
            return store[key]
        except KeyError:
            raise ApiError(404, code, message) from None

    def resolve_asset(self, asset: dict[str, Any], param: str, want: str = "image") -> str:
        """The key of the file an AssetInput names: an uploaded asset, inline bytes, one of the mock's own
        files by URL, or (any other https URL) bytes synthesised for it. `want`: image or video."""
        kind = asset.get("type")
        if kind == "asset_id":
            asset_id = str(asset.get("asset_id"))
            found = self.state.assets.get(asset_id)
            if found is None and asset_id in self.state.direct_uploads:  # announced, not completed
                raise ApiError(
                    400,
                    "invalid_parameter",
                    f"Asset {asset_id} is not usable until its upload is completed "
                    f"(POST /v3/assets/{asset_id}/complete).",
                    f"{param}.asset_id",
                )
            if found is None:
                raise ApiError(400, "invalid_parameter", "Asset not found.", f"{param}.asset_id")
            _check_kind(found.mime, want, f"{param}.asset_id")
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
            media_type = str(asset.get("media_type") or "application/octet-stream")
            if not (media_type.isascii() and media_type.isprintable()):  # it is the file's Content-Type
                raise ApiError(
                    400, "invalid_parameter", "media_type must be a MIME type such as image/png.",
                    f"{param}.media_type",
                )  # fmt: skip
            _check_kind(media_type, want, f"{param}.media_type")
            return self.store_file(data, media_type)
        url = str(asset.get("url", ""))
        own = self.own_file(url)
        if own is not None:
            try:
                stored = self.read_file(*own)
            except ApiError as error:  # HeyGen could not fetch it
                raise ApiError(
                    400, "download_failed", f"Could not download {url}: {error.message}", f"{param}.url"
                ) from None
            _check_kind(stored.mime, want, f"{param}.url")
            return stored.key
        if not url.startswith("https://"):
            raise ApiError(400, "invalid_parameter", "URLs must be public HTTPS URLs.", f"{param}.url")
        try:
            path = urlsplit(url).path
        except ValueError:  # e.g. an unclosed "[": nothing HeyGen could download
            raise ApiError(400, "invalid_parameter", "The URL is not valid.", f"{param}.url") from None
        if want == "video":
            return self.store_file(MP4_BYTES, "video/mp4")
        # any other https URL: a picture of someone, steered by the words in the URL ("sarah-headshot")
        words = " ".join(path.replace("-", " ").replace("_", " ").split("/"))
        look = look_for(words, seed=url, pose="close_up" if "headshot" in words else None)
        portrait = Portrait(identity_for(url, words=words), look, caption_lines(prompt=url, look=look))
        return self.store_file(picture(portrait), "image/png", None, portrait)

    # the mock's own files, by URL -------------------------------------------------------------------------

    def own_file(self, url: str) -> tuple[str, str | None] | None:
        """The key and ``Expires`` of a URL of the mock's own files (on any base it was reached at, http or
        https), else None."""
        try:
            parts = urlsplit(url)
        except ValueError:  # e.g. an unclosed "[": no URL of the mock's
            return None
        if not parts.path.startswith(FILES_PATH):
            return None
        if not any(urlsplit(base).netloc == parts.netloc for base in self.own_bases):
            return None
        expires = parse_qs(parts.query).get("Expires", [None])[-1]
        return unquote(parts.path[len(FILES_PATH) :]), expires

    def own_urls_as_https(self, value: Any) -> Any:
        """`value` (a JSON body) with plain-http URLs of the mock's own files spelt https: HeyGen's file
        host is https, and the spec's URL inputs say ``^https://``; a mock on loopback serves http."""
        if isinstance(value, str):
            if value.startswith("http://") and self.own_file(value) is not None:
                return "https://" + value[len("http://") :]
            return value
        if isinstance(value, dict):
            return {key: self.own_urls_as_https(item) for key, item in value.items()}
        if isinstance(value, list):
            return [self.own_urls_as_https(item) for item in value]
        return value

    def _finished(self, job: Job, event: str, data: dict[str, Any], callback_url: str | None = None) -> None:
        """Emit `<event>.success` or `<event>.fail` (with the message) when `job` ends."""
        if job.succeeded:
            self.emit(f"{event}.success", data, callback_url)
        elif job.done:
            self.emit(f"{event}.fail", {**data, "msg": job.error[1] if job.error else "failed"}, callback_url)


def _check_kind(mime: str, want: str, param: str) -> None:
    """Refuse a file of the wrong kind (an audio file as a photo...), as HeyGen does."""
    if not mime.lower().startswith(f"{want}/"):
        raise ApiError(400, "invalid_parameter", f"Expected a file of type {want}/*, got {mime}.", param)
