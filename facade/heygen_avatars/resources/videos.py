"""v3 videos: ``client.videos``: render a look speaking a script, then get, list, delete, download.

    job = client.videos.create(avatar_id=look.id, script="Hello!", voice_id=voice.id)
    video = job.result()                                   # Video, completed (or JobFailedError)
    client.videos.download(video, to="talk.mp4")           # a fresh presigned URL, streamed to disk

**One voice input.** A video speaks ``script`` with ``voice_id`` (text to speech), or lip-syncs to
``audio_url`` or to an uploaded ``audio_asset_id``: exactly one of these (`VOICE_INPUTS`, the same rule as
the built spec's ``createVideo`` body), checked before anything is sent.

**Group ids are refused.** ``POST /v3/videos`` takes a *look* id; passing a group (character) id is the
most common mistake with HeyGen's avatars (notes §4), and HeyGen only answers "avatar not found". So
before the paid request `create` reads the look (``GET /v3/avatars/looks/{id}``, one cheap read). If
there is no such look it checks whether the id is a group and, if so, refuses with an error naming the
group's looks; a look that is not ready (processing, waiting for consent, failed) is refused with its
status. ``check_avatar=False`` skips these reads (the server then decides). Ids have no documented shape,
so the check is made by asking HeyGen, not by guessing from the id.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Literal, TypeVar, cast, overload

from .._core import validation as check
from .._core.call import Call, call
from .._core.config import Op
from .._core.download import DownloadDestination, adownload, download
from .._core.flow import Flow
from .._core.lazy import lazy
from .._core.pages import AsyncPager, Pager, list_params, page_flow
from .._core.responses import Api, ApiResponse
from ..errors import InputValidationError, NotFoundError, ResponseValidationError
from ..jobs.handles import AsyncJob, Job, JobState
from ..types.models import AvatarLook, Video
from .avatars import get_group_flow, get_look_flow, looks_call

# generated endpoints and request models, imported at first use (see _lazy.py)
_API = "heygen_avatars_generated.v3.api.videos"
create_video = lazy(f"{_API}.create_video")
delete_video_v3 = lazy(f"{_API}.delete_video_v3")
get_video_v3 = lazy(f"{_API}.get_video_v3")
list_videos_v3 = lazy(f"{_API}.list_videos_v3")
_MODELS = "heygen_avatars_generated.v3.models"
CreateVideoFromAvatar = lazy(_MODELS, "CreateVideoFromAvatar")

if TYPE_CHECKING:
    from .._client import AsyncHeyGen, HeyGen

__all__ = [
    "ASPECT_RATIOS",
    "RESOLUTIONS",
    "VOICE_INPUTS",
    "AspectRatio",
    "AsyncVideos",
    "Resolution",
    "Videos",
]

T = TypeVar("T")
AspectRatio = Literal["16:9", "9:16"]
Resolution = Literal["1080p", "4k", "720p"]
ASPECT_RATIOS: Final[tuple[str, ...]] = ("16:9", "9:16")
RESOLUTIONS: Final[tuple[str, ...]] = ("720p", "1080p", "4k")
_NOT_READY: Final = (JobState.PENDING, JobState.ACTION_REQUIRED, JobState.FAILED)
#: the voice inputs of ``POST /v3/videos``; a video takes exactly one. HeyGen's field descriptions say so,
#: and so does the built spec (CreateVideoFromAvatar allOf/oneOf, openapi/overlays/v3-avatars/40-inputs.yaml)
VOICE_INPUTS: Final[tuple[tuple[str, ...], ...]] = (
    ("script", "voice_id"),
    ("audio_url",),
    ("audio_asset_id",),
)


# ---------------------------------------------------------------------------------------------------------
# Flows


def _v3(endpoint: Any, op: Op, **kwargs: Any) -> Flow[ApiResponse]:
    return call(Call.generated(endpoint, op=op, api=Api.V3, **kwargs))


def check_avatar_flow(avatar_id: str) -> Flow[AvatarLook]:
    """The look a video will use; a clear `InputValidationError` for a group id or a look not ready."""
    try:
        look = yield from get_look_flow(avatar_id)
    except NotFoundError as missing:
        try:
            yield from get_group_flow(avatar_id)
        except NotFoundError:
            raise InputValidationError(
                "avatar_id", f"no avatar look {avatar_id!r} exists (HeyGen answered 404)", value=avatar_id
            ) from missing
        make, _, _ = looks_call(avatar_id, None, None, 5, None, None)
        page = yield from page_flow(make, AvatarLook.from_raw, None)
        looks = ", ".join(repr(look.id) for look in page.items) or "none yet"
        raise InputValidationError(
            "avatar_id",
            f"{avatar_id!r} is an avatar group (a character), not a look: videos take a look id. "
            f"Looks of this group: {looks} (client.avatars.list_looks(group_id=...))",
            value=avatar_id,
        ) from missing
    if look.state in _NOT_READY:
        why = f" ({look.error})" if look.error else ""
        raise InputValidationError(
            "avatar_id",
            f"look {avatar_id!r} is not ready for videos: status {look.status!r}{why}"
            + (
                "; the subject must complete the consent flow"
                if look.state is JobState.ACTION_REQUIRED
                else ""
            ),
            value=avatar_id,
        )
    return look


def create_flow(body: Mapping[str, Any], check_avatar: bool) -> Flow[str]:
    """Check the look (unless told not to), then ``POST /v3/videos``; the video id."""
    if check_avatar:
        yield from check_avatar_flow(str(body["avatar_id"]))
    response = yield from _v3(create_video, Op.CREATE, body=CreateVideoFromAvatar.from_dict(body))
    data = response.data if isinstance(response.data, Mapping) else {}
    video_id = data.get("video_id") or data.get("id")
    if not isinstance(video_id, str) or not video_id:
        raise ResponseValidationError(
            f"{response.method} {response.url}: the response has no video_id",
            status_code=response.status_code,
            body=response.body,
            request_id=response.request_id,
            method=response.method,
            url=response.url,
        )
    return video_id


def get_flow(video_id: str) -> Flow[Video]:
    """``GET /v3/videos/{video_id}``: the video's status and URLs."""
    check.check_id("video_id", video_id)
    response = yield from _v3(get_video_v3, Op.READ, video_id=video_id)
    return Video.from_raw(response.data)


def delete_flow(video_id: str) -> Flow[None]:
    """``DELETE /v3/videos/{video_id}``."""
    check.check_id("video_id", video_id)
    yield from _v3(delete_video_v3, Op.IDEMPOTENT_WRITE, video_id=video_id)


def ready_url_flow(video: Video | str) -> Flow[str]:
    """A fresh ``video_url`` of a completed video (fetched again: presigned URLs expire)."""
    video_id = video.id if isinstance(video, Video) else check.check_id("video", video)
    fresh = yield from get_flow(video_id)
    if fresh.state is not JobState.SUCCEEDED or not fresh.video_url:
        raise InputValidationError(
            "video", f"video {video_id} has no file yet (status {fresh.status!r}); wait for its job first"
        )
    return fresh.video_url


# ---------------------------------------------------------------------------------------------------------
# Argument handling (pure)


def voice_input(given: Mapping[str, object]) -> dict[str, str]:
    """The checked voice fields of a video body: exactly one of `VOICE_INPUTS` (None = not given)."""
    present = [name for name, value in given.items() if value is not None]
    if not any(set(present) == set(combination) for combination in VOICE_INPUTS):
        raise _voice_error(present)
    checks: dict[str, Callable[[str, object], str]] = {
        "script": check.video_script, "voice_id": check.check_id,
        "audio_url": check.check_text, "audio_asset_id": check.check_id,
    }  # fmt: skip
    return {name: checks[name](name, given[name]) for name in present}


def _voice_error(present: list[str]) -> InputValidationError:
    allowed = [" + ".join(combination) for combination in VOICE_INPUTS]
    if not present:
        return InputValidationError(
            "script", "no voice input: give exactly one of the allowed combinations", allowed=allowed
        )
    partial = next((c for c in VOICE_INPUTS if set(present) < set(c)), None)
    if partial is not None:  # e.g. a script without its voice
        missing = ", ".join(name for name in partial if name not in present)
        return InputValidationError(missing, f"is needed with {' + '.join(present)}", allowed=allowed)
    return InputValidationError(
        ", ".join(present), "cannot be combined: give exactly one voice input", allowed=allowed
    )


def video_body(
    avatar_id: object,
    *,
    script: object,
    voice_id: object,
    audio_url: object,
    audio_asset_id: object,
    title: object,
    aspect_ratio: object,
    resolution: object,
    motion_prompt: object,
    callback_url: object,
    callback_id: object,
) -> dict[str, Any]:
    """The checked JSON body of ``POST /v3/videos`` with ``type: "avatar"`` (pure)."""
    body: dict[str, Any] = {"type": "avatar", "avatar_id": check.check_id("avatar_id", avatar_id)}
    body.update(
        voice_input(
            {"script": script, "voice_id": voice_id, "audio_url": audio_url, "audio_asset_id": audio_asset_id}
        )
    )
    if aspect_ratio is not None:
        body["aspect_ratio"] = check.check_choice("aspect_ratio", aspect_ratio, ASPECT_RATIOS)
    if resolution is not None:
        body["resolution"] = check.check_choice("resolution", resolution, RESOLUTIONS)
    for name, value in (
        ("title", title),
        ("motion_prompt", motion_prompt),
        ("callback_url", callback_url),
        ("callback_id", callback_id),
    ):
        if value is not None:
            body[name] = check.check_text(name, value)
    return body


def videos_call(
    limit: object, token: object, max_items: object, folder_id: object, title: object
) -> tuple[Callable[[str | None], Call], str | None, int | None]:
    """Checked ``list`` arguments: the page-call builder, first token and ``max_items``."""
    folder = None if folder_id is None else check.check_id("folder_id", folder_id)
    name = None if title is None else check.check_text("title", title)
    size, first, most = list_params(limit, token, max_items, maximum=100)

    def make(page_token: str | None) -> Call:
        return Call.generated(
            list_videos_v3, op=Op.READ, api=Api.V3, limit=size, token=page_token, folder_id=folder, title=name
        )

    return make, first, most


def _check_bool(field: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise InputValidationError(field, "expected True or False", value=value)
    return value


# ---------------------------------------------------------------------------------------------------------
# The two faces


class _Base:
    _client: Any

    def _job(self, video_id: str, avatar_id: str) -> Any:
        return self._client.jobs.get("video", video_id, context={"avatar_id": avatar_id})


class Videos(_Base):
    """``client.videos`` on `HeyGen`."""

    def __init__(self, client: HeyGen) -> None:
        self._client = client

    def _run(self, flow: Flow[T]) -> T:
        result: T = self._client._run(flow)  # no cast(): a call per request
        return result

    def create(
        self,
        *,
        avatar_id: str,
        script: str | None = None,
        voice_id: str | None = None,
        audio_url: str | None = None,
        audio_asset_id: str | None = None,
        title: str | None = None,
        aspect_ratio: AspectRatio | None = None,
        resolution: Resolution | None = None,
        motion_prompt: str | None = None,
        callback_url: str | None = None,
        callback_id: str | None = None,
        check_avatar: bool = True,
    ) -> Job[Video]:
        """Render a look (``avatar_id`` = a **look** id) speaking ``script`` (up to 5000 characters) with
        ``voice_id``, or lip-syncing to ``audio_url`` or ``audio_asset_id`` (exactly one of the three);
        a ``"video"`` job whose result is the completed `Video`.

        Checks the look first (see the module docstring: a group id is refused). Examples::

            video = client.videos.create(avatar_id=look.id, script="Hi!", voice_id=voice.id).result()
            job = client.videos.create(avatar_id=look.id, audio_asset_id=client.assets.upload("hi.mp3").id)
        """
        body = video_body(
            avatar_id, script=script, voice_id=voice_id, audio_url=audio_url, audio_asset_id=audio_asset_id,
            title=title, aspect_ratio=aspect_ratio, resolution=resolution, motion_prompt=motion_prompt,
            callback_url=callback_url, callback_id=callback_id,
        )  # fmt: skip
        video_id = self._run(create_flow(body, _check_bool("check_avatar", check_avatar)))
        return cast("Job[Video]", self._job(video_id, body["avatar_id"]))

    def job(self, video_id: str) -> Job[Video]:
        """A ``"video"`` job handle for an existing video (no request): ``client.videos.job(vid).result()``"""
        checked = check.check_id("video_id", video_id)
        return cast("Job[Video]", self._client.jobs.get("video", checked))

    def get(self, video_id: str) -> Video:
        """One video's status and URLs: ``client.videos.get(video_id).video_url``"""
        return self._run(get_flow(video_id))

    def list(
        self,
        *,
        limit: int = 10,
        token: str | None = None,
        max_items: int | None = None,
        folder_id: str | None = None,
        title: str | None = None,
    ) -> Pager[Video]:
        """Every video (optionally in a folder or matching a title), fetched page by page.

        Example: ``for video in client.videos.list(max_items=20): print(video.id, video.status)``
        """
        make, first, most = videos_call(limit, token, max_items, folder_id, title)
        return Pager(self._client, make, Video.from_raw, token=first, max_items=most)

    def delete(self, video_id: str) -> None:
        """Delete a video: ``client.videos.delete(video_id)``"""
        self._run(delete_flow(video_id))

    @overload
    def download(self, video: Video | str, to: None = None) -> bytes: ...
    @overload
    def download(self, video: Video | str, to: DownloadDestination) -> Path: ...
    def download(self, video: Video | str, to: DownloadDestination | None = None) -> Path | bytes:
        """Download a completed video (a `Video` or its id) with a freshly signed URL: the bytes, or the
        path written when ``to`` is a file or an existing directory.

        Example: ``client.videos.download(video, to="talk.mp4")`` (or an existing directory)
        """
        url = self._run(ready_url_flow(video))
        return download(self._client._pool.http, url, to)


class AsyncVideos(_Base):
    """``client.videos`` on `AsyncHeyGen`: the same methods as `Videos`, awaited (lists: ``async for``)."""

    def __init__(self, client: AsyncHeyGen) -> None:
        self._client = client

    async def _run(self, flow: Flow[T]) -> T:
        result: T = await self._client._run(flow)
        return result

    async def create(
        self,
        *,
        avatar_id: str,
        script: str | None = None,
        voice_id: str | None = None,
        audio_url: str | None = None,
        audio_asset_id: str | None = None,
        title: str | None = None,
        aspect_ratio: AspectRatio | None = None,
        resolution: Resolution | None = None,
        motion_prompt: str | None = None,
        callback_url: str | None = None,
        callback_id: str | None = None,
        check_avatar: bool = True,
    ) -> AsyncJob[Video]:
        """See `Videos.create`."""
        body = video_body(
            avatar_id, script=script, voice_id=voice_id, audio_url=audio_url, audio_asset_id=audio_asset_id,
            title=title, aspect_ratio=aspect_ratio, resolution=resolution, motion_prompt=motion_prompt,
            callback_url=callback_url, callback_id=callback_id,
        )  # fmt: skip
        video_id = await self._run(create_flow(body, _check_bool("check_avatar", check_avatar)))
        return cast("AsyncJob[Video]", self._job(video_id, body["avatar_id"]))

    def job(self, video_id: str) -> AsyncJob[Video]:
        """See `Videos.job`."""
        checked = check.check_id("video_id", video_id)
        return cast("AsyncJob[Video]", self._client.jobs.get("video", checked))

    async def get(self, video_id: str) -> Video:
        """See `Videos.get`."""
        return await self._run(get_flow(video_id))

    def list(
        self,
        *,
        limit: int = 10,
        token: str | None = None,
        max_items: int | None = None,
        folder_id: str | None = None,
        title: str | None = None,
    ) -> AsyncPager[Video]:
        """See `Videos.list`; iterate with ``async for``."""
        make, first, most = videos_call(limit, token, max_items, folder_id, title)
        return AsyncPager(self._client, make, Video.from_raw, token=first, max_items=most)

    async def delete(self, video_id: str) -> None:
        """See `Videos.delete`."""
        await self._run(delete_flow(video_id))

    @overload
    async def download(self, video: Video | str, to: None = None) -> bytes: ...
    @overload
    async def download(self, video: Video | str, to: DownloadDestination) -> Path: ...
    async def download(self, video: Video | str, to: DownloadDestination | None = None) -> Path | bytes:
        """See `Videos.download`."""
        url = await self._run(ready_url_flow(video))
        return await adownload(self._client._pool.http, url, to)
