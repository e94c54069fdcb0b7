"""The sans-IO flows of ``client.photo_avatars``: every decision about a v2 request, written once.

Both faces (`faces.py`) only run these; arguments arrive checked (`checks.py`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeVar, cast

from ..._core import validation as check
from ..._core.call import Call, Host, call
from ..._core.config import Op
from ..._core.files import PHOTO_AVATAR_V1, Upload, load_upload
from ..._core.flow import Flow, fetch
from ..._core.interrupts import reporting
from ..._core.lazy import lazy
from ..._core.responses import Api, ApiResponse
from ...errors import AddLooksError, HeyGenError, InputValidationError, NotFoundError
from ...jobs.admission import admitted_create, may_have_acted
from ...jobs.kinds import JobState
from ...types.photo_avatars import (
    PhotoAvatarGroup,
    PhotoAvatarLook,
    PhotoGeneration,
    TrainingStatus,
    UploadedAsset,
)
from . import reconcile
from .checks import IMAGE_KEYS_PER_CALL, PHOTO_URL_MAX_BYTES

# generated endpoints and request models, imported at first use (see _core/lazy.py)
_API = "heygen_avatars_generated.v2.api.default"
add_looks_to_photo_avatar_group = lazy(f"{_API}.add_looks_to_photo_avatar_group")
add_motion = lazy(f"{_API}.add_motion")
add_sound_effect = lazy(f"{_API}.add_sound_effect")
check_photolook_generation_status = lazy(f"{_API}.check_photolook_generation_status")
create_photo_avatar_group = lazy(f"{_API}.create_photo_avatar_group")
delete_photo_avatar = lazy(f"{_API}.delete_photo_avatar")
delete_photo_avatar_group = lazy(f"{_API}.delete_photo_avatar_group")
generate_photo_avatar_looks = lazy(f"{_API}.generate_photo_avatar_looks")
generate_photo_avatar_photos = lazy(f"{_API}.generate_photo_avatar_photos")
get_training_job_status = lazy(f"{_API}.get_training_job_status")
list_all_avatar_groups = lazy(f"{_API}.list_all_avatar_groups")
list_all_avatars_in_one_avatar_group = lazy(f"{_API}.list_all_avatars_in_one_avatar_group")
photo_avatar_details = lazy(f"{_API}.photo_avatar_details")
train_photo_avatar_group = lazy(f"{_API}.train_photo_avatar_group")
upscale_an_avatar = lazy(f"{_API}.upscale_an_avatar")
_MODELS = "heygen_avatars_generated.v2.models"
AddLooksToPhotoAvatarGroupBody = lazy(_MODELS, "AddLooksToPhotoAvatarGroupBody")
AddMotionBody = lazy(_MODELS, "AddMotionBody")
AddSoundEffectBody = lazy(_MODELS, "AddSoundEffectBody")
CreatePhotoAvatarGroupBody = lazy(_MODELS, "CreatePhotoAvatarGroupBody")
GeneratePhotoAvatarLooksBody = lazy(_MODELS, "GeneratePhotoAvatarLooksBody")
GeneratePhotoAvatarPhotosBody = lazy(_MODELS, "GeneratePhotoAvatarPhotosBody")
TrainPhotoAvatarGroupBody = lazy(_MODELS, "TrainPhotoAvatarGroupBody")
UpscaleAnAvatarBody = lazy(_MODELS, "UpscaleAnAvatarBody")


T = TypeVar("T")


def _v2(endpoint: Any, op: Op, **kwargs: Any) -> Flow[ApiResponse]:
    return call(Call.generated(endpoint, op=op, api=Api.V2, **kwargs))


def _mapping(response: ApiResponse) -> Mapping[str, Any]:
    data = response.data
    if isinstance(data, Mapping):
        return data
    raise response.invalid(f"expected a JSON object in `data`, got {type(data).__name__}")


def _required_id(response: ApiResponse, key: str) -> str:
    """An id the response must carry (a job is never created for an empty id)."""
    value = _mapping(response).get(key)
    if isinstance(value, str) and value:
        return value
    raise response.invalid(f"the response has no {key!r}")


def upload_photo_flow(upload: Upload, *, require_image_key: bool = True) -> Flow[UploadedAsset]:
    """``POST upload.heygen.com/v1/asset`` with the raw bytes; the asset's ``image_key`` feeds groups.

    ``require_image_key=False`` accepts an asset without one (videos and audio, via `client.assets`).
    """
    response = yield from call(
        Call.raw(
            "POST",
            "/v1/asset",
            op=Op.UPLOAD,
            api=Api.V1,
            host=Host.UPLOAD,
            content=upload.content,
            headers={"content-type": upload.content_type or "application/octet-stream"},
        )
    )
    asset = UploadedAsset.from_raw(_mapping(response))
    if require_image_key and not asset.image_key:
        raise response.invalid("the upload succeeded but HeyGen returned no image_key for this image")
    return asset


def _one(job_id: str) -> tuple[str]:
    return (job_id,)


def _unresolvable(create: Flow[T]) -> Flow[T]:
    """A create whose result HeyGen offers no way to look up: a lost answer says so in its error."""
    try:
        return (yield from create)
    except HeyGenError as error:
        if may_have_acted(error):
            raise reconcile.give_up(error, None) from None
        raise


def generate_photos_flow(body: Mapping[str, Any]) -> Flow[str]:
    """Start an AI photo generation (once admitted under the concurrency cap); the generation id."""
    return (yield from admitted_create("photo_generation", _unresolvable(_generate_photos(body)), _one))


def _generate_photos(body: Mapping[str, Any]) -> Flow[str]:
    response = yield from _v2(
        generate_photo_avatar_photos, Op.CREATE, body=GeneratePhotoAvatarPhotosBody.from_dict(body)
    )
    return _required_id(response, "generation_id")


def get_generation_flow(generation_id: str) -> Flow[PhotoGeneration]:
    check.check_id("generation_id", generation_id)
    response = yield from _v2(check_photolook_generation_status, Op.READ, generation_id=generation_id)
    return PhotoGeneration.from_raw(_mapping(response))


def _upload_if_needed(
    photo: Upload | None, image_key: str | None, field: str
) -> Flow[tuple[str, UploadedAsset | None]]:
    if photo is not None:
        asset = yield from upload_photo_flow(photo)
        return cast(str, asset.image_key), asset
    return check.check_text(field, image_key), None


def create_group_flow(
    name: str,
    photo: Upload | None,
    image_key: str | None,
    generation_id: str | None,
    url: str | None = None,
) -> Flow[PhotoAvatarLook]:
    """Upload the photo if given (a ``url`` is downloaded first, without the key, and checked as one), then
    create the group (once admitted under the concurrency cap); the group's first look (``pending``). A
    lost answer is resolved by looking the group up (`reconcile`). An interrupt carries the upload made
    (`InterruptReport`)."""
    if url is not None:
        data = yield from fetch(url, PHOTO_URL_MAX_BYTES)
        photo = load_upload(data, rules=PHOTO_AVATAR_V1, field="url")
    made: list[str] = []
    return (
        yield from reporting(
            "create_group", _create_group(name, photo, image_key, generation_id, made), lambda: made
        )
    )


def _create_group(
    name: str, photo: Upload | None, image_key: str | None, generation_id: str | None, made: list[str]
) -> Flow[PhotoAvatarLook]:
    key, asset = yield from _upload_if_needed(photo, image_key, "image_key")
    if asset is not None:
        made.append(f"asset {asset.id} (image_key {key})")
    body: dict[str, Any] = {"name": name, "image_key": key}
    if generation_id is not None:
        body["generation_id"] = generation_id
    return (yield from admitted_create("look", _post_group(body), lambda look: (look.id,)))


def _post_group(body: Mapping[str, Any]) -> Flow[PhotoAvatarLook]:
    try:
        response = yield from _v2(
            create_photo_avatar_group, Op.CREATE, body=CreatePhotoAvatarGroupBody.from_dict(body)
        )
    except HeyGenError as error:
        if not may_have_acted(error):
            raise
        name, image_key = str(body["name"]), str(body["image_key"])
        found = yield from _lookup(error, reconcile.find_group(name, image_key))
        group_id = reconcile.resolved(error, found, f"groups named {name!r} made from {image_key}", found)
        return (yield from get_look_flow(group_id))  # a group's first look has the group's id
    look = PhotoAvatarLook.from_raw(_mapping(response))
    if not look.id:
        _required_id(response, "id")
    return look


def _lookup(error: HeyGenError, lookup: Flow[T]) -> Flow[T]:
    """Run a lookup after a lost answer; if the lookup fails too, the original error, saying so."""
    try:
        return (yield from lookup)
    except HeyGenError as failed:
        error.add_note(f"looking up what it made failed too: {failed}")
        raise error from None


def add_looks_flow(
    group_id: str,
    image_keys: Sequence[str],
    photos: Sequence[Upload],
    name: str | None,
    generation_id: str | None,
) -> Flow[list[PhotoAvatarLook]]:
    """Upload the photos, then add every key at most `IMAGE_KEYS_PER_CALL` per call.

    On a failure after something was created, raises `AddLooksError` with the looks created so far; an
    interrupt carries them (`InterruptReport`).
    """
    made: list[str] = []
    flow = _add_looks(group_id, image_keys, photos, name, generation_id, made)
    return (yield from reporting("add_looks", flow, lambda: made))


def _add_looks(
    group_id: str,
    image_keys: Sequence[str],
    photos: Sequence[Upload],
    name: str | None,
    generation_id: str | None,
    made: list[str],
) -> Flow[list[PhotoAvatarLook]]:
    keys = list(image_keys)
    created: list[PhotoAvatarLook] = []
    try:
        for photo in photos:
            asset = yield from upload_photo_flow(photo)
            made.append(f"asset {asset.id} (image_key {asset.image_key})")
            keys.append(cast(str, asset.image_key))
        for start in range(0, len(keys), IMAGE_KEYS_PER_CALL):
            batch = keys[start : start + IMAGE_KEYS_PER_CALL]
            body: dict[str, Any] = {"group_id": group_id, "image_keys": batch}
            if name is not None:
                body["name"] = name
            if generation_id is not None:
                body["generation_id"] = generation_id
            looks = yield from admitted_create(
                "look", _post_looks(body), lambda looks: [look.id for look in looks], weight=len(batch)
            )
            created.extend(looks)
            made.extend(f"look {look.id}" for look in looks)
    except HeyGenError as error:
        if not created:
            raise
        done = len(created)
        raise AddLooksError(group_id, created, keys[done:], error) from error
    return created


def _post_looks(body: Mapping[str, Any]) -> Flow[list[PhotoAvatarLook]]:
    """One add call; a lost answer is resolved by finding the group's looks made from these keys."""
    try:
        response = yield from _v2(
            add_looks_to_photo_avatar_group, Op.CREATE, body=AddLooksToPhotoAvatarGroupBody.from_dict(body)
        )
    except HeyGenError as error:
        if not may_have_acted(error):
            raise
        group_id, keys = str(body["group_id"]), list(body["image_keys"])
        found = yield from _lookup(error, reconcile.find_looks(group_id, keys))
        if len(found) == len(keys):
            return reconcile.resolved(error, [found], f"looks of {group_id}", [look.id for look in found])
        raise reconcile.give_up(
            error, f"looks of group {group_id} made from {', '.join(keys)}", tuple(look.id for look in found)
        ) from None
    listed = _mapping(response).get("photo_avatar_list")
    return [PhotoAvatarLook.from_raw(item) for item in (listed if isinstance(listed, list) else [])]


def train_flow(group_id: str) -> Flow[None]:
    """Start training (once admitted under the concurrency cap). A lost or unreadable answer, or an empty
    200, is no proof either way: the group's training status decides (started: the job; else the error,
    saying what was looked up, so no job is returned for nothing)."""
    check.check_id("group_id", group_id)
    yield from admitted_create("training", _train(group_id), lambda _: (group_id,))


def _train(group_id: str) -> Flow[None]:
    looked_up = f"the training status of group {group_id}"
    try:
        response = yield from _v2(
            train_photo_avatar_group, Op.CREATE, body=TrainPhotoAvatarGroupBody(group_id=group_id)
        )
    except NotFoundError as error:
        mixup = yield from _look_instead_of_group(group_id, "train")
        if mixup:
            error.message = f"{error.message} ({mixup})"
            error.args = (error.message,)
        raise
    except HeyGenError as error:
        if not may_have_acted(error):
            raise
        if (yield from _lookup(error, reconcile.training_started(group_id))):
            reconcile.resolved(error, [group_id], looked_up, [group_id])
            return
        raise reconcile.give_up(error, looked_up) from None
    if isinstance(response.body, Mapping):  # HeyGen answers an envelope
        return
    empty = response.invalid(f"HeyGen answered the training request for group {group_id} with no JSON object")
    if (yield from _lookup(empty, reconcile.training_started(group_id))):
        reconcile.resolved(empty, [group_id], looked_up, [group_id])
        return
    raise reconcile.give_up(
        response.invalid(
            f"HeyGen answered the training request for group {group_id} with no JSON object, "
            "and the group's training status shows no training running"
        ),
        looked_up,
    )


def _look_instead_of_group(some_id: str, method: str) -> Flow[str | None]:
    """After HeyGen found no group `some_id`: whether it is a look's id instead (one free read, on the
    error path only), said as what to pass."""
    try:
        look = yield from get_look_flow(some_id)
    except HeyGenError:
        return None
    return (
        f"{some_id} is a photo avatar look id (one image of group {look.group_id}), not a group id: "
        f"{method} takes the group id, {look.group_id}"
    )


def training_status_flow(group_id: str) -> Flow[TrainingStatus]:
    check.check_id("group_id", group_id)
    response = yield from _v2(get_training_job_status, Op.READ, group_id=group_id)
    return TrainingStatus.from_raw(_mapping(response))


def generate_looks_flow(body: Mapping[str, Any], *, require_trained: bool) -> Flow[str]:
    """Start a look generation; refuses an untrained group with a clear error before the paid request."""
    group_id = str(body["group_id"])
    if require_trained:
        try:
            status = yield from training_status_flow(group_id)
        except NotFoundError as error:
            mixup = yield from _look_instead_of_group(group_id, "generate_looks")
            if mixup:
                raise InputValidationError("group_id", mixup, value=group_id) from error
            raise InputValidationError(
                "group_id",
                f"HeyGen knows no photo avatar group {group_id}: pass the group_id create_group returned "
                "(a v2 group id, not a look id or a v3 avatar id)",
                value=group_id,
            ) from error
        if status.state is not JobState.SUCCEEDED:
            raise _not_trained(group_id, f"training status {status.status!r}")
    return (yield from admitted_create("look_generation", _unresolvable(_generate_looks(body)), _one))


def _generate_looks(body: Mapping[str, Any]) -> Flow[str]:
    response = yield from _v2(
        generate_photo_avatar_looks, Op.CREATE, body=GeneratePhotoAvatarLooksBody.from_dict(body)
    )
    return _required_id(response, "generation_id")


def _not_trained(group_id: str, why: str) -> InputValidationError:
    return InputValidationError(
        "group_id",
        f"group {group_id} is not trained ({why}): new looks can only be generated for a trained group; "
        "run photo_avatars.train(group_id).result() first",
        value=group_id,
    )


def get_look_flow(look_id: str) -> Flow[PhotoAvatarLook]:
    check.check_id("look_id", look_id)
    response = yield from _v2(photo_avatar_details, Op.READ, id=look_id)
    return PhotoAvatarLook.from_raw(_mapping(response))


def list_groups_flow(include_public: bool) -> Flow[list[PhotoAvatarGroup]]:
    check.check_bool("include_public", include_public)
    response = yield from _v2(list_all_avatar_groups, Op.READ, include_public=include_public)
    listed = _mapping(response).get("avatar_group_list")
    return [PhotoAvatarGroup.from_raw(item) for item in (listed if isinstance(listed, list) else [])]


def list_looks_flow(group_id: str) -> Flow[list[PhotoAvatarLook]]:
    check.check_id("group_id", group_id)
    response = yield from _v2(list_all_avatars_in_one_avatar_group, Op.READ, group_id=group_id)
    listed = _mapping(response).get("avatar_list")
    return [PhotoAvatarLook.from_raw(item) for item in (listed if isinstance(listed, list) else [])]


def delete_look_flow(look_id: str) -> Flow[None]:
    check.check_id("look_id", look_id)
    yield from _v2(delete_photo_avatar, Op.IDEMPOTENT_WRITE, id=look_id)


def delete_group_flow(group_id: str) -> Flow[None]:
    check.check_id("group_id", group_id)
    yield from _v2(delete_photo_avatar_group, Op.IDEMPOTENT_WRITE, group_id=group_id)


def add_motion_flow(look_id: str, prompt: str | None, motion_type: str | None) -> Flow[str]:
    """Add motion to a look; the id of the **new** motion look."""
    body: dict[str, Any] = {"id": check.check_id("look_id", look_id)}
    if prompt is not None:
        body["prompt"] = check.check_text("prompt", prompt)
    if motion_type is not None:
        # Open string: no HeyGen spec lists the motion engines (a docs mirror does) and they change often.
        body["motion_type"] = check.check_text("motion_type", motion_type)
    return (yield from admitted_create("look", _unresolvable(_add_motion(body)), _one))


def _add_motion(body: Mapping[str, Any]) -> Flow[str]:
    response = yield from _v2(add_motion, Op.CREATE, body=AddMotionBody.from_dict(body))
    return _required_id(response, "id")


def add_sound_effect_flow(look_id: str) -> Flow[None]:
    check.check_id("look_id", look_id)
    yield from _v2(add_sound_effect, Op.CREATE, body=AddSoundEffectBody(id=look_id))


def upscale_flow(look_id: str) -> Flow[str]:
    """Upscale after checking ``upscale_availability`` (HeyGen's reason is in the error); the result id."""
    look = yield from get_look_flow(look_id)
    availability = look.upscale_availability
    if not availability.available:
        reason = availability.reason or "HeyGen gave no reason"
        raise InputValidationError(
            "look_id",
            f"look {look_id} cannot be upscaled now: {reason} (only completed looks with motion can be)",
            value=look_id,
        )
    response = yield from _v2(upscale_an_avatar, Op.CREATE, body=UpscaleAnAvatarBody(id=look_id))
    data = _mapping(response)
    upscaled = data.get("id")
    return upscaled if isinstance(upscaled, str) and upscaled else look_id
