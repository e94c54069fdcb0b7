"""``client.videos`` (`Videos`, `AsyncVideos`): render a look speaking a script, or make a photo speak (a
talking photo); get, list, delete, download.

    job = client.videos.create(avatar_id=look.id, script="Hello!", voice_id=voice.id)
    video = job.result()                                   # Video, completed (or JobFailedError)
    client.videos.download(video, to="talk.mp4")           # a fresh presigned URL, streamed to disk
    talk = client.videos.create_from_image(photo="portrait.jpg", script="Hi!", voice_id=voice.id)

**Talking photos.** `create_from_image` animates a still photo (HeyGen's Avatar IV, ``POST /v3/videos``
with ``type: "image"``; it replaces the dead ``/v2/talking_photo`` and the legacy ``/v2/video/av4``). The
photo is a local file (JPEG/PNG, at least 512x512, under 10 MB: uploaded to ``/v3/assets`` first, whose
asset id is reused by HeyGen and reported on failure; or sent inline as base64 with ``inline=True``; the
upload is the default because only ``/v3/assets`` has a documented size limit), an https ``url`` or an
``asset_id``. No look is needed, and every field is checked before the first request.

**One voice input.** A video speaks ``script`` with ``voice_id`` (text to speech), or lip-syncs to
``audio_url`` or to an uploaded ``audio_asset_id``: exactly one of these (`VOICE_INPUTS`, the same rule as
the built spec's ``createVideo`` body), checked before anything is sent.

**Group ids are refused.** ``POST /v3/videos`` takes a *look* id; passing a group (character) id is the
most common mistake with HeyGen's avatars and HeyGen only answers "avatar not found". So
before the paid request `create` reads the look (``GET /v3/avatars/looks/{id}``, one cheap read). If
there is no such look it checks whether the id is a group and, if so, refuses with an error naming the
group's looks; a look that is not ready (processing, waiting for consent, failed) is refused with its
status. ``check_avatar=False`` skips these reads (the server then decides). Ids have no documented shape,
so the check is made by asking HeyGen, not by guessing from the id.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Unpack, cast, overload

from ..._core import validation as check
from ..._core.config import seconds_of
from ..._core.download import DownloadDestination, adownload, check_destination, download
from ..._core.options import RequestOptions
from ..._core.pages import AsyncPager, Pager
from ...jobs.handles import AsyncJob, Job
from ...types.assets import Asset
from ...types.literals import AspectRatio, Expressiveness, Resolution
from ...types.videos import Video
from ..assets.inputs import AssetSource
from . import flows
from .checks import image_video_args, video_body
from .raw import AsyncVideosWithRawResponse, VideosWithRawResponse

if TYPE_CHECKING:
    from ..._client import AsyncHeyGen, HeyGen

__all__ = ["AsyncVideos", "Videos"]


class _Base:
    _client: Any

    def _job(self, video_id: str, context: Mapping[str, Any]) -> Any:
        return self._client.jobs.get("video", video_id, context=context)

    def _existing(self, video_id: str) -> Any:
        return self._client.jobs.get("video", check.check_id("video_id", video_id))


class Videos(_Base):
    """``client.videos`` on `HeyGen`."""

    _client: HeyGen

    def __init__(self, client: HeyGen) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> VideosWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, request id; ``.parse()``)."""
        return VideosWithRawResponse(self)

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
        **options: Unpack[RequestOptions],
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
        flow = flows.create_flow(body, check.check_bool("check_avatar", check_avatar))
        video_id = self._client._run(flow, options)
        return cast("Job[Video]", self._job(video_id, {"avatar_id": body["avatar_id"]}))

    def create_from_image(
        self,
        *,
        photo: AssetSource | None = None,
        url: str | None = None,
        asset_id: str | None = None,
        inline: bool = False,
        script: str | None = None,
        voice_id: str | None = None,
        audio_url: str | None = None,
        audio_asset_id: str | None = None,
        title: str | None = None,
        motion_prompt: str | None = None,
        expressiveness: Expressiveness | None = None,
        aspect_ratio: AspectRatio | None = None,
        resolution: Resolution | None = None,
        background: str | Asset | Mapping[str, Any] | None = None,
        remove_background: bool | None = None,
        voice_settings: Mapping[str, Any] | None = None,
        callback_url: str | None = None,
        callback_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Job[Video]:
        """Make a photo speak (a talking photo, Avatar IV): ``photo`` (a local JPEG/PNG, >= 512x512, under
        10 MB; uploaded first, or inline with ``inline=True``), an https ``url`` or an ``asset_id``, speaking
        ``script`` with ``voice_id`` or lip-syncing to ``audio_url`` / ``audio_asset_id`` (exactly one);
        a ``"video"`` job whose result is the completed `Video` (its context names the image sent).

        ``motion_prompt`` directs the body motion, ``expressiveness`` is low (HeyGen's default), medium or
        high; ``background`` is a hex colour, an https image URL, an `Asset` or the spec's mapping;
        ``voice_settings`` tunes the speech (``speed`` 0.5-1.5, ``pitch`` -50..50, ``locale``). Example::

            job = client.videos.create_from_image(photo="portrait.jpg", script="Hi!", voice_id=voice.id,
                                                  motion_prompt="nods and smiles", expressiveness="high")
            client.videos.download(job.result(), to="talk.mp4")
        """
        body, plan = image_video_args(
            photo=photo, url=url, asset_id=asset_id, inline=inline, script=script, voice_id=voice_id,
            audio_url=audio_url, audio_asset_id=audio_asset_id, title=title, motion_prompt=motion_prompt,
            expressiveness=expressiveness, aspect_ratio=aspect_ratio, resolution=resolution,
            background=background, remove_background=remove_background, voice_settings=voice_settings,
            callback_url=callback_url, callback_id=callback_id,
        )  # fmt: skip
        video_id, image = self._client._run(flows.create_from_image_flow(body, plan), options)
        return cast("Job[Video]", self._job(video_id, {"image": image}))

    def job(self, video_id: str) -> Job[Video]:
        """A ``"video"`` job handle for an existing video (no request): ``client.videos.job(vid).result()``"""
        return cast("Job[Video]", self._existing(video_id))

    def get(self, video_id: str, **options: Unpack[RequestOptions]) -> Video:
        """One video's status and URLs: ``client.videos.get(video_id).video_url``"""
        return self._client._run(flows.get_flow(video_id), options)

    def list(
        self,
        *,
        limit: int = 10,
        token: str | None = None,
        max_items: int | None = None,
        folder_id: str | None = None,
        title: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[Video]:
        """Every video (optionally in a folder or matching a title), fetched page by page.

        Example: ``for video in client.videos.list(max_items=20): print(video.id, video.status)``
        """
        make, first, most = flows.videos_call(limit, token, max_items, folder_id, title)
        return Pager(self._client, make, Video.from_raw, token=first, max_items=most, options=options)

    def delete(self, video_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete a video: ``client.videos.delete(video_id)``"""
        self._client._run(flows.delete_flow(video_id), options)

    @overload
    def download(self, video: Video | str, to: None = None, **options: Unpack[RequestOptions]) -> bytes: ...
    @overload
    def download(
        self, video: Video | str, to: DownloadDestination, **options: Unpack[RequestOptions]
    ) -> Path: ...
    def download(
        self, video: Video | str, to: DownloadDestination | None = None, **options: Unpack[RequestOptions]
    ) -> Path | bytes:
        """Download a completed video (a `Video` or its id) with a freshly signed URL: the bytes, or the
        path written when ``to`` is a file or an existing directory.

        Example: ``client.videos.download(video, to="talk.mp4")`` (or an existing directory)
        """
        check_destination(to)  # before the request that signs a fresh URL
        url = self._client._run(flows.ready_url_flow(video), options)
        return download(self._client._pool.http, url, to, timeout=seconds_of(options.get("timeout")))


class AsyncVideos(_Base):
    """``client.videos`` on `AsyncHeyGen`: the methods of `Videos`, awaited (lists: ``async for``)."""

    _client: AsyncHeyGen

    def __init__(self, client: AsyncHeyGen) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncVideosWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, request id; ``.parse()``)."""
        return AsyncVideosWithRawResponse(self)

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
        **options: Unpack[RequestOptions],
    ) -> AsyncJob[Video]:
        """Render a look speaking a script (or lip-syncing to audio); ``video = await job.result()``.
        The look is checked first: a group id or a look not ready is refused before the paid request."""
        body = video_body(
            avatar_id, script=script, voice_id=voice_id, audio_url=audio_url, audio_asset_id=audio_asset_id,
            title=title, aspect_ratio=aspect_ratio, resolution=resolution, motion_prompt=motion_prompt,
            callback_url=callback_url, callback_id=callback_id,
        )  # fmt: skip
        flow = flows.create_flow(body, check.check_bool("check_avatar", check_avatar))
        video_id = await self._client._run(flow, options)
        return cast("AsyncJob[Video]", self._job(video_id, {"avatar_id": body["avatar_id"]}))

    async def create_from_image(
        self,
        *,
        photo: AssetSource | None = None,
        url: str | None = None,
        asset_id: str | None = None,
        inline: bool = False,
        script: str | None = None,
        voice_id: str | None = None,
        audio_url: str | None = None,
        audio_asset_id: str | None = None,
        title: str | None = None,
        motion_prompt: str | None = None,
        expressiveness: Expressiveness | None = None,
        aspect_ratio: AspectRatio | None = None,
        resolution: Resolution | None = None,
        background: str | Asset | Mapping[str, Any] | None = None,
        remove_background: bool | None = None,
        voice_settings: Mapping[str, Any] | None = None,
        callback_url: str | None = None,
        callback_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncJob[Video]:
        """Make a photo speak (a talking photo): the photo is uploaded first when local, every field is
        checked before the first request; ``video = await job.result()``."""
        body, plan = image_video_args(
            photo=photo, url=url, asset_id=asset_id, inline=inline, script=script, voice_id=voice_id,
            audio_url=audio_url, audio_asset_id=audio_asset_id, title=title, motion_prompt=motion_prompt,
            expressiveness=expressiveness, aspect_ratio=aspect_ratio, resolution=resolution,
            background=background, remove_background=remove_background, voice_settings=voice_settings,
            callback_url=callback_url, callback_id=callback_id,
        )  # fmt: skip
        video_id, image = await self._client._run(flows.create_from_image_flow(body, plan), options)
        return cast("AsyncJob[Video]", self._job(video_id, {"image": image}))

    def job(self, video_id: str) -> AsyncJob[Video]:
        """A ``"video"`` job handle for an existing video (no request)."""
        return cast("AsyncJob[Video]", self._existing(video_id))

    async def get(self, video_id: str, **options: Unpack[RequestOptions]) -> Video:
        """One video's status and URLs: ``(await client.videos.get(video_id)).video_url``"""
        return await self._client._run(flows.get_flow(video_id), options)

    def list(
        self,
        *,
        limit: int = 10,
        token: str | None = None,
        max_items: int | None = None,
        folder_id: str | None = None,
        title: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Video]:
        """Every video (optionally in a folder or matching a title): ``async for video in ...``"""
        make, first, most = flows.videos_call(limit, token, max_items, folder_id, title)
        return AsyncPager(self._client, make, Video.from_raw, token=first, max_items=most, options=options)

    async def delete(self, video_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete a video."""
        await self._client._run(flows.delete_flow(video_id), options)

    @overload
    async def download(
        self, video: Video | str, to: None = None, **options: Unpack[RequestOptions]
    ) -> bytes: ...
    @overload
    async def download(
        self, video: Video | str, to: DownloadDestination, **options: Unpack[RequestOptions]
    ) -> Path: ...
    async def download(
        self, video: Video | str, to: DownloadDestination | None = None, **options: Unpack[RequestOptions]
    ) -> Path | bytes:
        """Download a completed video with a freshly signed URL (the bytes, or the path written):
        ``await client.videos.download(video, to="talk.mp4")``."""
        check_destination(to)  # before the request that signs a fresh URL
        url = await self._client._run(flows.ready_url_flow(video), options)
        return await adownload(self._client._pool.http, url, to, timeout=seconds_of(options.get("timeout")))
