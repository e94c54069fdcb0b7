"""`create_photo_avatar` and `resume_photo_avatar`: every argument checked before the first request, then
the flow of `steps.py` run by the client (the result, or an awaitable of it on `AsyncHeyGen`)."""

from __future__ import annotations

import hashlib
from collections.abc import Awaitable, Sequence
from typing import TYPE_CHECKING, Any, Unpack, overload

from .._core import validation as check
from .._core.files import PHOTO_AVATAR_V1, FileSource, Upload, load_upload
from .._core.options import WaitRequestOptions, from_wait_options
from ..errors import InputValidationError
from ..jobs.waiting import DEFAULT, WaitTimeout, check_wait_timeout
from ..resources.photo_avatars.checks import check_image_keys, look_generation_body, photo_uploads
from ..types.literals import Orientation, Pose, Style
from .events import ProgressCallback
from .progress import (
    MAX_IMAGES,
    MAX_LOOKS,
    MAX_NAME_CHARS,
    LookPrompt,
    PhotoAvatarResult,
    Plan,
    Progress,
    read_token,
)
from .steps import Run, photo_avatar_flow

if TYPE_CHECKING:
    from .._client import AsyncHeyGen, HeyGen

__all__ = ["create_photo_avatar", "resume_photo_avatar"]


def _digest(upload: Upload) -> str:
    return hashlib.sha256(upload.content).hexdigest()


def _look_prompts(looks: object, orientation: object, pose: object, style: object) -> tuple[LookPrompt, ...]:
    if isinstance(looks, str | bytes) or not isinstance(looks, Sequence):
        raise InputValidationError("looks", "expected a list of prompts (str or LookPrompt)", value=looks)
    result: list[LookPrompt] = []
    for index, item in enumerate(looks):
        if isinstance(item, LookPrompt):
            fields: tuple[object, ...] = (item.prompt, item.orientation, item.pose, item.style)
        elif isinstance(item, str):
            fields = (item, orientation, pose, style)
        else:
            raise InputValidationError(
                f"looks[{index}]", "expected a prompt string or a LookPrompt", value=item
            )
        try:
            body = look_generation_body(
                group_id="unused", prompt=fields[0], orientation=fields[1], pose=fields[2], style=fields[3]
            )
        except InputValidationError as error:
            # name the list entry (a string's orientation/pose/style come from the keyword arguments)
            if isinstance(item, LookPrompt):
                field = f"looks[{index}].{error.field}"
            else:
                field = f"looks[{index}]" if error.field == "prompt" else error.field
            raise InputValidationError(
                field, error.message, allowed=error.allowed, value=error.value
            ) from None
        result.append(LookPrompt(body["prompt"], body["orientation"], body["pose"], body["style"]))
    return tuple(result)


def _check_wait(on_progress: object, timeout: object) -> None:
    check.check_callback("on_progress", on_progress, "each WorkflowEvent")
    check_wait_timeout(timeout)


def _start(
    client: Any,
    *,
    name: object,
    photos: object,
    image_keys: object,
    generation_id: object,
    looks: object,
    orientation: object,
    pose: object,
    style: object,
    on_progress: ProgressCallback | None,
    timeout: WaitTimeout,
) -> Run:
    check.check_text("name", name, max_chars=MAX_NAME_CHARS)
    uploads = photo_uploads("photos", photos)
    keys = check_image_keys("image_keys", image_keys) if image_keys else ()
    if not uploads and not keys:
        raise InputValidationError("photos", "give at least one photo (photos=) or image key (image_keys=)")
    if generation_id is not None:
        check.check_id("generation_id", generation_id)
        if not keys:
            raise InputValidationError("generation_id", "only applies to image_keys= (generated images)")
    _check_wait(on_progress, timeout)
    plan = Plan(
        name=str(name),
        photo_digests=tuple(_digest(u) for u in uploads),
        image_keys=keys,
        generation_id=generation_id if isinstance(generation_id, str) else None,
        looks=_look_prompts(looks, orientation, pose, style),
    )
    if len(uploads) + len(keys) > MAX_IMAGES:
        raise InputValidationError("photos", f"at most {MAX_IMAGES} photos and image keys in one run")
    if len(plan.looks) > MAX_LOOKS:
        raise InputValidationError("looks", f"at most {MAX_LOOKS} look prompts in one run")
    progress = Progress(
        asset_ids=[None] * len(uploads),
        uploaded_keys=[None] * len(uploads),
        generation_ids=[None] * len(plan.looks),
        generation_sent=[False] * len(plan.looks),
    )
    return Run(plan, progress, uploads, client.base_url, client.jobs.get, on_progress, timeout)


def _resume(
    client: Any, token: object, photos: object, on_progress: ProgressCallback | None, timeout: WaitTimeout
) -> Run:
    plan, progress = read_token(token, client.base_url)  # checked whole: sizes, types, ids, prompts
    count = len(plan.photo_digests)
    missing = [i for i in range(count) if not progress.uploaded_keys[i]]
    uploads: list[Upload | None] = [None] * count
    if photos is not None and (
        isinstance(photos, str | bytes | bytearray)
        or not isinstance(photos, Sequence)
        or len(photos) != count
    ):
        raise InputValidationError("photos", f"expected the same {count} photos as the first run")
    if missing:
        if photos is None:
            raise InputValidationError(
                "photos", f"{len(missing)} photo(s) were not uploaded yet: pass the same photos= again"
            )
        for index in missing:
            upload = load_upload(photos[index], rules=PHOTO_AVATAR_V1, field=f"photos[{index}]")
            if _digest(upload) != plan.photo_digests[index]:
                raise InputValidationError(f"photos[{index}]", "is not the photo the first run was given")
            uploads[index] = upload
    _check_wait(on_progress, timeout)
    return Run(plan, progress, uploads, client.base_url, client.jobs.get, on_progress, timeout, resumed=True)


@overload
def create_photo_avatar(
    client: HeyGen,
    *,
    name: str,
    photos: Sequence[FileSource] = (),
    image_keys: Sequence[str] = (),
    generation_id: str | None = None,
    looks: Sequence[str | LookPrompt] = (),
    orientation: Orientation = "horizontal",
    pose: Pose = "half_body",
    style: Style = "Realistic",
    on_progress: ProgressCallback | None = None,
    timeout: WaitTimeout = DEFAULT,
    **options: Unpack[WaitRequestOptions],
) -> PhotoAvatarResult: ...
@overload
def create_photo_avatar(
    client: AsyncHeyGen,
    *,
    name: str,
    photos: Sequence[FileSource] = (),
    image_keys: Sequence[str] = (),
    generation_id: str | None = None,
    looks: Sequence[str | LookPrompt] = (),
    orientation: Orientation = "horizontal",
    pose: Pose = "half_body",
    style: Style = "Realistic",
    on_progress: ProgressCallback | None = None,
    timeout: WaitTimeout = DEFAULT,
    **options: Unpack[WaitRequestOptions],
) -> Awaitable[PhotoAvatarResult]: ...
def create_photo_avatar(
    client: HeyGen | AsyncHeyGen,
    *,
    name: str,
    photos: Sequence[FileSource] = (),
    image_keys: Sequence[str] = (),
    generation_id: str | None = None,
    looks: Sequence[str | LookPrompt] = (),
    orientation: Orientation = "horizontal",
    pose: Pose = "half_body",
    style: Style = "Realistic",
    on_progress: ProgressCallback | None = None,
    timeout: WaitTimeout = DEFAULT,
    **options: Unpack[WaitRequestOptions],
) -> PhotoAvatarResult | Awaitable[PhotoAvatarResult]:
    """Upload the photos, create a group from the first, add the others as looks, train the group, then
    generate one set of new looks per prompt in ``looks``; every id made, in a `PhotoAvatarResult`.

    ``image_keys`` (with ``generation_id`` for generated images) are used after the photos. String
    prompts use ``orientation``/``pose``/``style``; a `LookPrompt` sets its own. ``timeout`` bounds each
    wait (default: the job kind's). All input is checked before the first request. On `HeyGen` this
    returns the result; on `AsyncHeyGen` an awaitable. Example::

        result = create_photo_avatar(client, name="Sylvia", photos=["a.jpg", "b.jpg"],
                                     looks=["Navy blazer, office"], on_progress=print)
    """
    run = _start(
        client, name=name, photos=photos, image_keys=image_keys, generation_id=generation_id, looks=looks,
        orientation=orientation, pose=pose, style=style, on_progress=on_progress, timeout=timeout,
    )  # fmt: skip
    return client._run(photo_avatar_flow(run), from_wait_options(options))


@overload
def resume_photo_avatar(
    client: HeyGen,
    token: str,
    *,
    photos: Sequence[FileSource] | None = None,
    on_progress: ProgressCallback | None = None,
    timeout: WaitTimeout = DEFAULT,
    **options: Unpack[WaitRequestOptions],
) -> PhotoAvatarResult: ...
@overload
def resume_photo_avatar(
    client: AsyncHeyGen,
    token: str,
    *,
    photos: Sequence[FileSource] | None = None,
    on_progress: ProgressCallback | None = None,
    timeout: WaitTimeout = DEFAULT,
    **options: Unpack[WaitRequestOptions],
) -> Awaitable[PhotoAvatarResult]: ...
def resume_photo_avatar(
    client: HeyGen | AsyncHeyGen,
    token: str,
    *,
    photos: Sequence[FileSource] | None = None,
    on_progress: ProgressCallback | None = None,
    timeout: WaitTimeout = DEFAULT,
    **options: Unpack[WaitRequestOptions],
) -> PhotoAvatarResult | Awaitable[PhotoAvatarResult]:
    """Continue a failed `create_photo_avatar` from ``error.resume_token`` without redoing finished steps
    or creating anything twice. ``photos``: the same photos, needed only if some were not uploaded yet.

    Example::

        try:
            result = client.create_photo_avatar(name="Sylvia", photos=photos, looks=["Office"])
        except PhotoAvatarWorkflowError as error:
            result = client.resume_photo_avatar(error.resume_token, photos=photos)
    """
    run = _resume(client, token, photos, on_progress, timeout)
    return client._run(photo_avatar_flow(run), from_wait_options(options))
