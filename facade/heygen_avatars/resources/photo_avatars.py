"""v2 photo avatars: ``client.photo_avatars`` (blocking) and the same methods on `AsyncHeyGen` (await).

From AI-generated photos or your own photos to a trained group with new looks::

    job = client.photo_avatars.generate_photos(
        name="Lina", age="Young Adult", gender="Woman", ethnicity="Asian American",
        orientation="horizontal", pose="half_body", style="Realistic", appearance="A stylish woman ...",
    )
    photos = job.result()                                   # PhotoGeneration: image_keys, image_urls
    new = client.photo_avatars.create_group(name="Lina", image_key=photos.image_keys[0],
                                            generation_id=photos.id)
    new.job.result()                                        # the first look, completed
    client.photo_avatars.add_looks(new.group_id, photos=["a.jpg", "b.png"])
    client.photo_avatars.train(new.group_id).result()       # TrainingStatus, ready
    looks = client.photo_avatars.generate_looks(new.group_id, prompt="White shirt", orientation="square",
                                                pose="half_body", style="Realistic").result()

Every decision lives in one sans-IO flow per operation (module functions ending in ``_flow``); `PhotoAvatars`
and `AsyncPhotoAvatars` only run them. Input is checked inside the flow before its first request, so bad
input never reaches HeyGen. Long-running work returns a `Job` handle (``.result()``, ``.wait()``,
``.resume_token()``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

import attrs

from .._core import validation as check
from .._core.call import Call, Host, call
from .._core.config import Op
from .._core.download import adownload, download
from .._core.files import PHOTO_AVATAR_V1, FileSource, Upload, load_upload
from .._core.flow import Flow
from .._core.lazy import lazy
from .._core.responses import Api, ApiResponse
from ..errors import HeyGenError, InputValidationError, NotFoundError, ResponseValidationError
from ..jobs.handles import AsyncJob, Job, JobState
from ..types.models import PhotoAvatarGroup, PhotoAvatarLook, PhotoGeneration, TrainingStatus, UploadedAsset

# generated endpoints and request models, imported at first use (see _lazy.py)
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

if TYPE_CHECKING:
    from .._client import AsyncHeyGen, HeyGen

__all__ = [
    "AddLooksError",
    "AddedLooks",
    "AsyncPhotoAvatars",
    "NewGroup",
    "PhotoAvatars",
]

J = TypeVar("J")
T = TypeVar("T")


# ---------------------------------------------------------------------------------------------------------
# Results and errors


@attrs.frozen
class NewGroup(Generic[J]):
    """What `create_group` returns: the group id, its first look (still ``pending``) and a job for it.

    ``job`` is a `Job` (or `AsyncJob`) of kind ``"look"`` whose result is the completed `PhotoAvatarLook`.
    """

    group_id: str
    look: PhotoAvatarLook
    job: J


@attrs.frozen
class AddedLooks(Generic[J]):
    """What `add_looks` returns: the new looks (still ``pending``) and one ``"look"`` job per look.

    Wait for all of them with ``client.jobs.wait_all(added.jobs)``.
    """

    group_id: str
    looks: tuple[PhotoAvatarLook, ...]
    jobs: tuple[J, ...]


class AddLooksError(HeyGenError):
    """`add_looks` failed part-way. ``looks`` are the looks already created (they exist on HeyGen),
    ``image_keys_left`` the keys not added; the failure itself is ``__cause__``."""

    def __init__(
        self,
        group_id: str,
        looks: Sequence[PhotoAvatarLook],
        image_keys_left: Sequence[str],
        cause: Exception,
    ) -> None:
        self.group_id = group_id
        self.looks = tuple(looks)
        self.image_keys_left = tuple(image_keys_left)
        created = ", ".join(look.id for look in self.looks) or "none"
        super().__init__(
            f"adding looks to group {group_id} failed after {len(self.looks)} look(s) were created "
            f"(created: {created}; {len(self.image_keys_left)} image key(s) not added): {cause}"
        )


# ---------------------------------------------------------------------------------------------------------
# Flows: every decision, written once


def _v2(endpoint: Any, op: Op, **kwargs: Any) -> Flow[ApiResponse]:
    return call(Call.generated(endpoint, op=op, api=Api.V2, **kwargs))


def _mapping(response: ApiResponse) -> Mapping[str, Any]:
    data = response.data
    if isinstance(data, Mapping):
        return data
    raise ResponseValidationError(
        f"{response.method} {response.url}: expected a JSON object in `data`, got {type(data).__name__}",
        status_code=response.status_code,
        body=response.body,
        request_id=response.request_id,
        method=response.method,
        url=response.url,
    )


def _required_id(response: ApiResponse, key: str) -> str:
    """An id the response must carry (a job is never created for an empty id)."""
    value = _mapping(response).get(key)
    if isinstance(value, str) and value:
        return value
    raise ResponseValidationError(
        f"{response.method} {response.url}: the response has no {key!r}",
        status_code=response.status_code,
        body=response.body,
        request_id=response.request_id,
        method=response.method,
        url=response.url,
    )


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
        raise ResponseValidationError(
            "the upload succeeded but HeyGen returned no image_key for this image",
            status_code=response.status_code,
            body=response.body,
            request_id=response.request_id,
            method=response.method,
            url=response.url,
        )
    return asset


def generate_photos_flow(body: Mapping[str, Any]) -> Flow[str]:
    """Start an AI photo generation; the generation id."""
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
    name: str, photo: Upload | None, image_key: str | None, generation_id: str | None
) -> Flow[PhotoAvatarLook]:
    """Upload the photo if given, then create the group; the group's first look (``pending``)."""
    key, _asset = yield from _upload_if_needed(photo, image_key, "image_key")
    body: dict[str, Any] = {"name": name, "image_key": key}
    if generation_id is not None:
        body["generation_id"] = generation_id
    response = yield from _v2(
        create_photo_avatar_group, Op.CREATE, body=CreatePhotoAvatarGroupBody.from_dict(body)
    )
    look = PhotoAvatarLook.from_raw(_mapping(response))
    if not look.id:
        _required_id(response, "id")
    return look


def add_looks_flow(
    group_id: str,
    image_keys: Sequence[str],
    photos: Sequence[Upload],
    name: str | None,
    generation_id: str | None,
) -> Flow[list[PhotoAvatarLook]]:
    """Upload the photos, then add every key at most `IMAGE_KEYS_PER_CALL` per call.

    On a failure after something was created, raises `AddLooksError` with the looks created so far.
    """
    keys = list(image_keys)
    created: list[PhotoAvatarLook] = []
    try:
        for photo in photos:
            asset = yield from upload_photo_flow(photo)
            keys.append(cast(str, asset.image_key))
        for start in range(0, len(keys), check.IMAGE_KEYS_PER_CALL):
            batch = keys[start : start + check.IMAGE_KEYS_PER_CALL]
            body: dict[str, Any] = {"group_id": group_id, "image_keys": batch}
            if name is not None:
                body["name"] = name
            if generation_id is not None:
                body["generation_id"] = generation_id
            response = yield from _v2(
                add_looks_to_photo_avatar_group,
                Op.CREATE,
                body=AddLooksToPhotoAvatarGroupBody.from_dict(body),
            )
            listed = _mapping(response).get("photo_avatar_list")
            created.extend(
                PhotoAvatarLook.from_raw(item) for item in (listed if isinstance(listed, list) else [])
            )
    except HeyGenError as error:
        if not created:
            raise
        done = len(created)
        raise AddLooksError(group_id, created, keys[done:], error) from error
    return created


def train_flow(group_id: str) -> Flow[None]:
    check.check_id("group_id", group_id)
    yield from _v2(train_photo_avatar_group, Op.CREATE, body=TrainPhotoAvatarGroupBody(group_id=group_id))


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
            raise _not_trained(group_id, "no training found") from error
        if status.state is not JobState.SUCCEEDED:
            raise _not_trained(group_id, f"training status {status.status!r}")
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
    if not isinstance(include_public, bool):
        raise InputValidationError("include_public", "expected True or False", value=include_public)
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
        # Open string: the engine list is only seen on a mirror and changes often (notes §1).
        body["motion_type"] = check.check_text("motion_type", motion_type)
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


# ---------------------------------------------------------------------------------------------------------
# Argument handling shared by both faces (pure)


def _one_source(photo: object, url: object, image_key: object) -> None:
    given = [
        name
        for name, value in (("photo", photo), ("url", url), ("image_key", image_key))
        if value is not None
    ]
    if len(given) != 1:
        raise InputValidationError(
            "photo",
            "give exactly one of photo= (path, bytes or file), url= or image_key= "
            f"({'none' if not given else ', '.join(given)} given)",
        )


def _photos(photos: Sequence[FileSource] | None) -> list[Upload]:
    if photos is None:
        return []
    if isinstance(photos, str | bytes | bytearray) or not isinstance(photos, Sequence):
        raise InputValidationError(
            "photos", "expected a list of photos (paths, bytes or files)", value=photos
        )
    return [load_upload(p, rules=PHOTO_AVATAR_V1, field=f"photos[{i}]") for i, p in enumerate(photos)]


def _add_looks_args(
    group_id: str, image_keys: Sequence[str] | None, photos: Sequence[FileSource] | None, name: str | None
) -> tuple[str, tuple[str, ...], list[Upload], str | None]:
    check.check_id("group_id", group_id)
    keys = check.check_image_keys("image_keys", image_keys) if image_keys is not None else ()
    uploads = _photos(photos)
    if not keys and not uploads:
        raise InputValidationError(
            "image_keys", "give at least one image key (image_keys=) or photo (photos=)"
        )
    if name is not None:
        check.check_text("name", name)
    return group_id, keys, uploads, name


# ---------------------------------------------------------------------------------------------------------
# The two faces


class _Base(Generic[J]):
    """What both faces share: argument checks that need no I/O and job handles."""

    _client: Any

    def _job(self, kind: str, job_id: str, **context: str) -> J:
        # the kind's entry in the job table turns the final snapshot into its model
        return cast(J, self._client.jobs.get(kind, job_id, context=context))

    def look_job(self, look_id: str) -> J:
        """A ``"look"`` job handle for an existing look (waits until it is ``completed``). No request."""
        return self._job("look", check.check_id("look_id", look_id))

    def training_job(self, group_id: str) -> J:
        """A ``"training"`` job handle for a group already sent to training. No request."""
        return self._job("training", check.check_id("group_id", group_id))

    def generation_job(self, generation_id: str, *, kind: str = "photo_generation") -> J:
        """A generation job handle (``"photo_generation"`` or ``"look_generation"``). No request."""
        check.check_choice("kind", kind, ("photo_generation", "look_generation"))
        return self._job(kind, check.check_id("generation_id", generation_id))

    def _new_group(self, look: PhotoAvatarLook) -> NewGroup[J]:
        group_id = look.group_id or look.id
        return NewGroup(group_id=group_id, look=look, job=self._job("look", look.id, group_id=group_id))

    def _added(self, group_id: str, looks: list[PhotoAvatarLook]) -> AddedLooks[J]:
        jobs = tuple(self._job("look", look.id, group_id=group_id) for look in looks)
        return AddedLooks(group_id=group_id, looks=tuple(looks), jobs=jobs)


class PhotoAvatars(_Base[Job[Any]]):
    """``client.photo_avatars`` on `HeyGen`: v2 photo avatar groups, looks, training and generation."""

    def __init__(self, client: HeyGen) -> None:
        self._client = client

    def _run(self, flow: Flow[T]) -> T:
        result: T = self._client._run(flow)  # no cast(): a call per request
        return result

    def generate_photos(
        self,
        *,
        name: str,
        age: check.Age,
        gender: check.Gender,
        ethnicity: check.Ethnicity,
        orientation: check.Orientation,
        pose: check.Pose,
        style: check.Style,
        appearance: str,
        callback_url: str | None = None,
        callback_id: str | None = None,
    ) -> Job[PhotoGeneration]:
        """Start generating AI photos (usually 4) from the 8 required fields; a job for the images.

        Allowed values: `AGES`, `GENDERS`, `ETHNICITIES`, `ORIENTATIONS`, `POSES`, `STYLES`
        (``heygen_avatars._validation``); ``appearance`` up to 1000 characters. Example::

            photos = client.photo_avatars.generate_photos(name="Lina", age="Young Adult", gender="Woman",
                ethnicity="Asian American", orientation="horizontal", pose="half_body", style="Realistic",
                appearance="A stylish woman in casual attire").result()
            photos.image_keys
        """
        body = check.photo_generation_body(
            name=name, age=age, gender=gender, ethnicity=ethnicity, orientation=orientation, pose=pose,
            style=style, appearance=appearance, callback_url=callback_url, callback_id=callback_id,
        )  # fmt: skip
        generation_id = self._run(generate_photos_flow(body))
        return self._job("photo_generation", generation_id)

    def get_generation(self, generation_id: str) -> PhotoGeneration:
        """One status check of a photo or look generation: ``client.photo_avatars.get_generation(gid)``."""
        return self._run(get_generation_flow(generation_id))

    def upload_photo(self, photo: FileSource) -> UploadedAsset:
        """Upload a photo (path, bytes or binary file; JPEG/PNG, >= 512x512, < 10 MB); its ``image_key``.

        Example: ``key = client.photo_avatars.upload_photo("me.jpg").image_key``
        """
        return self._run(upload_photo_flow(load_upload(photo, rules=PHOTO_AVATAR_V1, field="photo")))

    def create_group(
        self,
        *,
        name: str,
        photo: FileSource | None = None,
        url: str | None = None,
        image_key: str | None = None,
        generation_id: str | None = None,
    ) -> NewGroup[Job[PhotoAvatarLook]]:
        """Create a photo avatar group from exactly one of a local photo, a URL or an image key.

        For a generated image pass its ``image_key`` and the ``generation_id``. A URL is downloaded
        (without your API key) and uploaded. Returns the group id, its first look and a job for it::

            new = client.photo_avatars.create_group(name="Sylvia", photo="sylvia.jpg")
            look = new.job.result()
        """
        check.check_text("name", name)
        _one_source(photo, url, image_key)
        if generation_id is not None:
            check.check_id("generation_id", generation_id)
        upload: Upload | None = None
        if url is not None:
            upload = load_upload(download(self._client._pool.http, url), rules=PHOTO_AVATAR_V1, field="url")
        elif photo is not None:
            upload = load_upload(photo, rules=PHOTO_AVATAR_V1, field="photo")
        look = self._run(create_group_flow(name, upload, image_key, generation_id))
        return cast("NewGroup[Job[PhotoAvatarLook]]", self._new_group(look))

    def add_looks(
        self,
        group_id: str,
        *,
        image_keys: Sequence[str] | None = None,
        photos: Sequence[FileSource] | None = None,
        name: str | None = None,
        generation_id: str | None = None,
    ) -> AddedLooks[Job[PhotoAvatarLook]]:
        """Add looks from image keys and/or photos, sent at most 4 per call; the new looks and their jobs.

        Example: ``added = client.photo_avatars.add_looks(gid, photos=["a.jpg", "b.jpg"])``, then
        ``client.jobs.wait_all(added.jobs)``. A failure part-way raises `AddLooksError` with the looks made.
        """
        args = _add_looks_args(group_id, image_keys, photos, name)
        if generation_id is not None:
            check.check_id("generation_id", generation_id)
        looks = self._run(add_looks_flow(*args, generation_id))
        return cast("AddedLooks[Job[PhotoAvatarLook]]", self._added(group_id, looks))

    def train(self, group_id: str) -> Job[TrainingStatus]:
        """Start training a group; a ``"training"`` job: ``client.photo_avatars.train(gid).result()``."""
        self._run(train_flow(group_id))
        return self._job("training", group_id)

    def training_status(self, group_id: str) -> TrainingStatus:
        """One check of a group's training status."""
        return self._run(training_status_flow(group_id))

    def generate_looks(
        self,
        group_id: str,
        *,
        prompt: str,
        orientation: check.Orientation,
        pose: check.Pose,
        style: check.Style,
        require_trained: bool = True,
    ) -> Job[PhotoGeneration]:
        """Generate new looks of a trained group from a prompt; a job whose result holds the new images.

        First checks that the group is trained (one read) and refuses clearly if not; pass
        ``require_trained=False`` to skip that check. Example::

            gen = client.photo_avatars.generate_looks(gid, prompt="White shirt", orientation="square",
                                                      pose="half_body", style="Realistic").result()
        """
        body = check.look_generation_body(
            group_id=group_id, prompt=prompt, orientation=orientation, pose=pose, style=style
        )
        generation_id = self._run(generate_looks_flow(body, require_trained=require_trained))
        return self._job("look_generation", generation_id, group_id=group_id)

    def get_look(self, look_id: str) -> PhotoAvatarLook:
        """Details of a look (fresh signed ``image_url``). Example: ``client.photo_avatars.get_look(lid)``."""
        return self._run(get_look_flow(look_id))

    def list_groups(self, *, include_public: bool = False) -> list[PhotoAvatarGroup]:
        """All avatar groups (no pagination in v2). Example: ``client.photo_avatars.list_groups()``."""
        return self._run(list_groups_flow(include_public))

    def list_looks(self, group_id: str) -> list[PhotoAvatarLook]:
        """The looks of one group. Example: ``client.photo_avatars.list_looks(gid)``."""
        return self._run(list_looks_flow(group_id))

    def delete_look(self, look_id: str) -> None:
        """Delete one look permanently."""
        self._run(delete_look_flow(look_id))

    def delete_group(self, group_id: str) -> None:
        """Delete a group and all its looks permanently."""
        self._run(delete_group_flow(group_id))

    def add_motion(
        self, look_id: str, *, prompt: str | None = None, motion_type: str | None = None
    ) -> Job[PhotoAvatarLook]:
        """Make a motion version of a look; a ``"look"`` job on the **new** look it creates.

        Example: ``moving = client.photo_avatars.add_motion(lid, prompt="nods and smiles").result()``
        """
        new_id = self._run(add_motion_flow(look_id, prompt, motion_type))
        return self._job("look", new_id, source_look_id=look_id)

    def add_sound_effect(self, look_id: str) -> None:
        """Add a background sound effect to a look (see ``get_look(...).background_sound_effect``)."""
        self._run(add_sound_effect_flow(look_id))

    def upscale(self, look_id: str) -> Job[PhotoAvatarLook]:
        """Upscale a look with motion, after checking ``upscale_availability`` (the error says why not).

        Example: ``client.photo_avatars.upscale(motion_look_id).result()``
        """
        upscaled_id = self._run(upscale_flow(look_id))
        return self._job("look", upscaled_id, source_look_id=look_id)


class AsyncPhotoAvatars(_Base[AsyncJob[Any]]):
    """``client.photo_avatars`` on `AsyncHeyGen`: the same methods as `PhotoAvatars`, awaited."""

    def __init__(self, client: AsyncHeyGen) -> None:
        self._client = client

    async def _run(self, flow: Flow[T]) -> T:
        result: T = await self._client._run(flow)
        return result

    async def generate_photos(
        self,
        *,
        name: str,
        age: check.Age,
        gender: check.Gender,
        ethnicity: check.Ethnicity,
        orientation: check.Orientation,
        pose: check.Pose,
        style: check.Style,
        appearance: str,
        callback_url: str | None = None,
        callback_id: str | None = None,
    ) -> AsyncJob[PhotoGeneration]:
        """See `PhotoAvatars.generate_photos`."""
        body = check.photo_generation_body(
            name=name, age=age, gender=gender, ethnicity=ethnicity, orientation=orientation, pose=pose,
            style=style, appearance=appearance, callback_url=callback_url, callback_id=callback_id,
        )  # fmt: skip
        generation_id = await self._run(generate_photos_flow(body))
        return self._job("photo_generation", generation_id)

    async def get_generation(self, generation_id: str) -> PhotoGeneration:
        """See `PhotoAvatars.get_generation`."""
        return await self._run(get_generation_flow(generation_id))

    async def upload_photo(self, photo: FileSource) -> UploadedAsset:
        """See `PhotoAvatars.upload_photo`."""
        return await self._run(upload_photo_flow(load_upload(photo, rules=PHOTO_AVATAR_V1, field="photo")))

    async def create_group(
        self,
        *,
        name: str,
        photo: FileSource | None = None,
        url: str | None = None,
        image_key: str | None = None,
        generation_id: str | None = None,
    ) -> NewGroup[AsyncJob[PhotoAvatarLook]]:
        """See `PhotoAvatars.create_group`."""
        check.check_text("name", name)
        _one_source(photo, url, image_key)
        if generation_id is not None:
            check.check_id("generation_id", generation_id)
        upload: Upload | None = None
        if url is not None:
            data = await adownload(self._client._pool.http, url)
            upload = load_upload(data, rules=PHOTO_AVATAR_V1, field="url")
        elif photo is not None:
            upload = load_upload(photo, rules=PHOTO_AVATAR_V1, field="photo")
        look = await self._run(create_group_flow(name, upload, image_key, generation_id))
        return cast("NewGroup[AsyncJob[PhotoAvatarLook]]", self._new_group(look))

    async def add_looks(
        self,
        group_id: str,
        *,
        image_keys: Sequence[str] | None = None,
        photos: Sequence[FileSource] | None = None,
        name: str | None = None,
        generation_id: str | None = None,
    ) -> AddedLooks[AsyncJob[PhotoAvatarLook]]:
        """See `PhotoAvatars.add_looks`."""
        args = _add_looks_args(group_id, image_keys, photos, name)
        if generation_id is not None:
            check.check_id("generation_id", generation_id)
        looks = await self._run(add_looks_flow(*args, generation_id))
        return cast("AddedLooks[AsyncJob[PhotoAvatarLook]]", self._added(group_id, looks))

    async def train(self, group_id: str) -> AsyncJob[TrainingStatus]:
        """See `PhotoAvatars.train`."""
        await self._run(train_flow(group_id))
        return self._job("training", group_id)

    async def training_status(self, group_id: str) -> TrainingStatus:
        """See `PhotoAvatars.training_status`."""
        return await self._run(training_status_flow(group_id))

    async def generate_looks(
        self,
        group_id: str,
        *,
        prompt: str,
        orientation: check.Orientation,
        pose: check.Pose,
        style: check.Style,
        require_trained: bool = True,
    ) -> AsyncJob[PhotoGeneration]:
        """See `PhotoAvatars.generate_looks`."""
        body = check.look_generation_body(
            group_id=group_id, prompt=prompt, orientation=orientation, pose=pose, style=style
        )
        generation_id = await self._run(generate_looks_flow(body, require_trained=require_trained))
        return self._job("look_generation", generation_id, group_id=group_id)

    async def get_look(self, look_id: str) -> PhotoAvatarLook:
        """See `PhotoAvatars.get_look`."""
        return await self._run(get_look_flow(look_id))

    async def list_groups(self, *, include_public: bool = False) -> list[PhotoAvatarGroup]:
        """See `PhotoAvatars.list_groups`."""
        return await self._run(list_groups_flow(include_public))

    async def list_looks(self, group_id: str) -> list[PhotoAvatarLook]:
        """See `PhotoAvatars.list_looks`."""
        return await self._run(list_looks_flow(group_id))

    async def delete_look(self, look_id: str) -> None:
        """See `PhotoAvatars.delete_look`."""
        await self._run(delete_look_flow(look_id))

    async def delete_group(self, group_id: str) -> None:
        """See `PhotoAvatars.delete_group`."""
        await self._run(delete_group_flow(group_id))

    async def add_motion(
        self, look_id: str, *, prompt: str | None = None, motion_type: str | None = None
    ) -> AsyncJob[PhotoAvatarLook]:
        """See `PhotoAvatars.add_motion`."""
        new_id = await self._run(add_motion_flow(look_id, prompt, motion_type))
        return self._job("look", new_id, source_look_id=look_id)

    async def add_sound_effect(self, look_id: str) -> None:
        """See `PhotoAvatars.add_sound_effect`."""
        await self._run(add_sound_effect_flow(look_id))

    async def upscale(self, look_id: str) -> AsyncJob[PhotoAvatarLook]:
        """See `PhotoAvatars.upscale`."""
        upscaled_id = await self._run(upscale_flow(look_id))
        return self._job("look", upscaled_id, source_look_id=look_id)
