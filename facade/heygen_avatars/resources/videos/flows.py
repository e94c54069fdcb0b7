"""The sans-IO flows of ``client.videos``: check the look, create (from a look or a photo), read, delete,
find a fresh URL.

Both faces (`faces.py`) only run these; arguments arrive checked (`checks.py`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Final

from ..._core import validation as check
from ..._core.call import Call, call
from ..._core.config import Op
from ..._core.flow import Flow
from ..._core.interrupts import reporting
from ..._core.lazy import lazy
from ..._core.pages import list_params, page_flow
from ..._core.responses import Api, ApiResponse
from ...errors import HeyGenError, InputValidationError, NotFoundError
from ...jobs.kinds import JobState
from ...types.assets import Asset
from ...types.avatars import AvatarLook
from ...types.videos import Video
from ..assets.inputs import AssetPlan, resolve_flow
from ..avatars.flows import get_group_flow, get_look_flow, looks_call

# generated endpoints and request models, imported at first use (see _core/lazy.py)
_API = "heygen_avatars_generated.v3.api.videos"
create_video = lazy(f"{_API}.create_video")
delete_video_v3 = lazy(f"{_API}.delete_video_v3")
get_video_v3 = lazy(f"{_API}.get_video_v3")
list_videos_v3 = lazy(f"{_API}.list_videos_v3")
_MODELS = "heygen_avatars_generated.v3.models"
CreateVideoFromAvatar = lazy(_MODELS, "CreateVideoFromAvatar")
CreateVideoFromImage = lazy(_MODELS, "CreateVideoFromImage")

_NOT_READY: Final = (JobState.PENDING, JobState.ACTION_REQUIRED, JobState.FAILED)


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
    return _video_id(response)


def _video_id(response: ApiResponse) -> str:
    data = response.data if isinstance(response.data, Mapping) else {}
    video_id = data.get("video_id") or data.get("id")
    if not isinstance(video_id, str) or not video_id:
        raise response.invalid("the response has no video_id")
    return video_id


def create_from_image_flow(body: Mapping[str, Any], photo: AssetPlan) -> Flow[tuple[str, dict[str, Any]]]:
    """Upload the photo if it is a local file, then ``POST /v3/videos`` with ``type: "image"``; the video
    id and the image as sent (without inline data: it becomes the job's context). An interrupt carries the
    upload made."""
    uploaded: list[Asset] = []
    flow = _create_from_image(body, photo, uploaded)
    return (
        yield from reporting("videos.create_from_image", flow, lambda: [f"asset {a.id}" for a in uploaded])
    )


def _create_from_image(
    body: Mapping[str, Any], photo: AssetPlan, uploaded: list[Asset]
) -> Flow[tuple[str, dict[str, Any]]]:
    image = yield from resolve_flow(photo, uploaded)
    try:
        response = yield from _v3(
            create_video, Op.CREATE, body=CreateVideoFromImage.from_dict({**body, "image": image})
        )
    except HeyGenError as error:
        if uploaded:  # it exists on HeyGen: reuse it with asset_id= instead of uploading again
            error.add_note(f"photo uploaded before this failure: asset_id {uploaded[0].id}")
        raise
    return _video_id(response), {key: value for key, value in image.items() if key != "data"}


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


def videos_call(
    limit: object, token: object, max_items: object, folder_id: object, title: object
) -> tuple[Callable[[str | None], Call], str | None, int | None]:
    """Checked ``list`` arguments: the page-call builder, first token and ``max_items``."""
    folder = None if folder_id is None else check.check_id("folder_id", folder_id)
    name = None if title is None else check.check_text("title", title, max_chars=check.MAX_QUERY_CHARS)
    size, first, most = list_params(limit, token, max_items, maximum=100)

    def make(page_token: str | None) -> Call:
        return Call.generated(
            list_videos_v3, op=Op.READ, api=Api.V3, limit=size, token=page_token, folder_id=folder, title=name
        )

    return make, first, most
