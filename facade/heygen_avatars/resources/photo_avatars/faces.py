"""``client.photo_avatars``: `PhotoAvatars` on `HeyGen`, `AsyncPhotoAvatars` on `AsyncHeyGen`.

Each method checks its arguments (`checks.py`), runs one flow (`flows.py`) and wraps the result; every
method that sends a request takes the per-call options (``timeout=``, ``max_retries=``, ``extra_headers=``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, Unpack, cast

from ..._core import validation as check
from ..._core.files import PHOTO_AVATAR_V1, FileSource, load_upload
from ..._core.options import RequestOptions
from ...jobs.handles import AsyncJob, Job
from ...types.literals import Age, Ethnicity, Gender, Orientation, Pose, Style
from ...types.photo_avatars import (
    AddedLooks,
    NewGroup,
    PhotoAvatarGroup,
    PhotoAvatarLook,
    PhotoGeneration,
    TrainingStatus,
    UploadedAsset,
)
from . import flows
from .checks import add_looks_args, create_group_args, look_generation_body, photo_generation_body
from .raw import AsyncPhotoAvatarsWithRawResponse, PhotoAvatarsWithRawResponse

if TYPE_CHECKING:
    from ..._client import AsyncHeyGen, HeyGen

__all__ = ["AsyncPhotoAvatars", "PhotoAvatars"]

# the handle each kind of job gets on this face: Job[...] on HeyGen, AsyncJob[...] on AsyncHeyGen
LookJob = TypeVar("LookJob")
TrainingJob = TypeVar("TrainingJob")
GenerationJob = TypeVar("GenerationJob")


class _Base(Generic[LookJob, TrainingJob, GenerationJob]):
    """What both faces share: job handles (no I/O)."""

    _client: Any

    # the kind's entry in the job table turns the final snapshot into its model
    def _look(self, look_id: str, **context: str) -> LookJob:
        return cast(LookJob, self._client.jobs.get("look", look_id, context=context))

    def _training(self, group_id: str) -> TrainingJob:
        return cast(TrainingJob, self._client.jobs.get("training", group_id))

    def _generation(self, kind: str, generation_id: str, **context: str) -> GenerationJob:
        return cast(GenerationJob, self._client.jobs.get(kind, generation_id, context=context))

    def look_job(self, look_id: str) -> LookJob:
        """A ``"look"`` job handle for an existing look (waits until it is ``completed``). No request."""
        return self._look(check.check_id("look_id", look_id))

    def training_job(self, group_id: str) -> TrainingJob:
        """A ``"training"`` job handle for a group already sent to training. No request."""
        return self._training(check.check_id("group_id", group_id))

    def generation_job(
        self, generation_id: str, *, kind: Literal["photo_generation", "look_generation"] = "photo_generation"
    ) -> GenerationJob:
        """A generation job handle (``"photo_generation"`` or ``"look_generation"``). No request."""
        check.check_choice("kind", kind, ("photo_generation", "look_generation"))
        return self._generation(kind, check.check_id("generation_id", generation_id))

    def _new_group(self, look: PhotoAvatarLook) -> NewGroup[LookJob]:
        group_id = look.group_id or look.id
        return NewGroup(group_id=group_id, look=look, job=self._look(look.id, group_id=group_id))

    def _added(self, group_id: str, looks: list[PhotoAvatarLook]) -> AddedLooks[LookJob]:
        jobs = tuple(self._look(look.id, group_id=group_id) for look in looks)
        return AddedLooks(group_id=group_id, looks=tuple(looks), jobs=jobs)


class PhotoAvatars(_Base[Job[PhotoAvatarLook], Job[TrainingStatus], Job[PhotoGeneration]]):
    """``client.photo_avatars`` on `HeyGen`: v2 photo avatar groups, looks, training and generation.

    From AI-generated photos or your own photos to a trained group with new looks::

        photos = client.photo_avatars.generate_photos(name="Lina", age="Young Adult", gender="Woman",
            ethnicity="Asian American", orientation="horizontal", pose="half_body", style="Realistic",
            appearance="A stylish woman in casual attire").result()
        new = client.photo_avatars.create_group(name="Lina", image_key=photos.image_keys[0],
                                                generation_id=photos.id)
        client.photo_avatars.train(new.group_id).result()
    """

    _client: HeyGen

    def __init__(self, client: HeyGen) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> PhotoAvatarsWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, request id; ``.parse()``)."""
        return PhotoAvatarsWithRawResponse(self)

    def generate_photos(
        self,
        *,
        name: str,
        age: Age,
        gender: Gender,
        ethnicity: Ethnicity,
        orientation: Orientation,
        pose: Pose,
        style: Style,
        appearance: str,
        callback_url: str | None = None,
        callback_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Job[PhotoGeneration]:
        """Start generating AI photos (usually 4) from the 8 required fields; a job for the images.

        Allowed values: `AGES`, `GENDERS`, `ETHNICITIES`, `ORIENTATIONS`, `POSES`, `STYLES`;
        ``appearance`` up to 1000 characters. ``.result()`` gives the `PhotoGeneration` (``image_keys``).
        """
        body = photo_generation_body(
            name=name, age=age, gender=gender, ethnicity=ethnicity, orientation=orientation, pose=pose,
            style=style, appearance=appearance, callback_url=callback_url, callback_id=callback_id,
        )  # fmt: skip
        generation_id = self._client._run(flows.generate_photos_flow(body), options)
        return self._generation("photo_generation", generation_id)

    def get_generation(self, generation_id: str, **options: Unpack[RequestOptions]) -> PhotoGeneration:
        """One status check of a photo or look generation: ``client.photo_avatars.get_generation(gid)``."""
        return self._client._run(flows.get_generation_flow(generation_id), options)

    def upload_photo(self, photo: FileSource, **options: Unpack[RequestOptions]) -> UploadedAsset:
        """Upload a photo (path, bytes or binary file; JPEG/PNG, >= 512x512, < 10 MB); its ``image_key``.

        Example: ``key = client.photo_avatars.upload_photo("me.jpg").image_key``
        """
        upload = load_upload(photo, rules=PHOTO_AVATAR_V1, field="photo")
        return self._client._run(flows.upload_photo_flow(upload), options)

    def create_group(
        self,
        *,
        name: str,
        photo: FileSource | None = None,
        url: str | None = None,
        image_key: str | None = None,
        generation_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> NewGroup[Job[PhotoAvatarLook]]:
        """Create a photo avatar group from exactly one of a local photo, a URL or an image key.

        For a generated image pass its ``image_key`` and the ``generation_id``. A URL is downloaded
        (without your API key) and uploaded. Returns the group id, its first look and a job for it::

            new = client.photo_avatars.create_group(name="Sylvia", photo="sylvia.jpg")
            look = new.job.result()
        """
        upload = create_group_args(name, photo, url, image_key, generation_id)
        flow = flows.create_group_flow(name, upload, image_key, generation_id, url)
        return self._new_group(self._client._run(flow, options))

    def add_looks(
        self,
        group_id: str,
        *,
        image_keys: Sequence[str] | None = None,
        photos: Sequence[FileSource] | None = None,
        name: str | None = None,
        generation_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> AddedLooks[Job[PhotoAvatarLook]]:
        """Add looks from image keys and/or photos, sent at most 4 per call; the new looks and their jobs.

        Example: ``added = client.photo_avatars.add_looks(gid, photos=["a.jpg", "b.jpg"])``, then
        ``client.jobs.wait_all(added.jobs)``. A failure part-way raises `AddLooksError` with the looks made.
        """
        args = add_looks_args(group_id, image_keys, photos, name, generation_id)
        looks = self._client._run(flows.add_looks_flow(*args), options)
        return self._added(group_id, looks)

    def train(self, group_id: str, **options: Unpack[RequestOptions]) -> Job[TrainingStatus]:
        """Start training a group; a ``"training"`` job: ``client.photo_avatars.train(gid).result()``."""
        self._client._run(flows.train_flow(group_id), options)
        return self._training(group_id)

    def training_status(self, group_id: str, **options: Unpack[RequestOptions]) -> TrainingStatus:
        """One check of a group's training status."""
        return self._client._run(flows.training_status_flow(group_id), options)

    def generate_looks(
        self,
        group_id: str,
        *,
        prompt: str,
        orientation: Orientation,
        pose: Pose,
        style: Style,
        require_trained: bool = True,
        **options: Unpack[RequestOptions],
    ) -> Job[PhotoGeneration]:
        """Generate new looks of a trained group from a prompt; a job whose result holds the new images.

        First checks that the group is trained (one read) and refuses clearly if not; pass
        ``require_trained=False`` to skip that check. Example::

            gen = client.photo_avatars.generate_looks(gid, prompt="White shirt", orientation="square",
                                                      pose="half_body", style="Realistic").result()
        """
        body = look_generation_body(
            group_id=group_id, prompt=prompt, orientation=orientation, pose=pose, style=style
        )
        flow = flows.generate_looks_flow(
            body, require_trained=check.check_bool("require_trained", require_trained)
        )
        generation_id = self._client._run(flow, options)
        return self._generation("look_generation", generation_id, group_id=group_id)

    def get_look(self, look_id: str, **options: Unpack[RequestOptions]) -> PhotoAvatarLook:
        """Details of a look (fresh signed ``image_url``). Example: ``client.photo_avatars.get_look(lid)``."""
        return self._client._run(flows.get_look_flow(look_id), options)

    def list_groups(
        self, *, include_public: bool = False, **options: Unpack[RequestOptions]
    ) -> list[PhotoAvatarGroup]:
        """All avatar groups (no pagination in v2). Example: ``client.photo_avatars.list_groups()``."""
        return self._client._run(flows.list_groups_flow(include_public), options)

    def list_looks(self, group_id: str, **options: Unpack[RequestOptions]) -> list[PhotoAvatarLook]:
        """The looks of one group. Example: ``client.photo_avatars.list_looks(gid)``."""
        return self._client._run(flows.list_looks_flow(group_id), options)

    def delete_look(self, look_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete one look permanently."""
        self._client._run(flows.delete_look_flow(look_id), options)

    def delete_group(self, group_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete a group and all its looks permanently."""
        self._client._run(flows.delete_group_flow(group_id), options)

    def add_motion(
        self,
        look_id: str,
        *,
        prompt: str | None = None,
        motion_type: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Job[PhotoAvatarLook]:
        """Make a motion version of a look; a ``"look"`` job on the **new** look it creates.

        Example: ``moving = client.photo_avatars.add_motion(lid, prompt="nods and smiles").result()``
        """
        new_id = self._client._run(flows.add_motion_flow(look_id, prompt, motion_type), options)
        return self._look(new_id, source_look_id=look_id)

    def add_sound_effect(self, look_id: str, **options: Unpack[RequestOptions]) -> None:
        """Add a background sound effect to a look (see ``get_look(...).background_sound_effect``)."""
        self._client._run(flows.add_sound_effect_flow(look_id), options)

    def upscale(self, look_id: str, **options: Unpack[RequestOptions]) -> Job[PhotoAvatarLook]:
        """Upscale a look with motion, after checking ``upscale_availability`` (the error says why not).

        Example: ``client.photo_avatars.upscale(motion_look_id).result()``
        """
        upscaled_id = self._client._run(flows.upscale_flow(look_id), options)
        return self._look(upscaled_id, source_look_id=look_id)


class AsyncPhotoAvatars(
    _Base[AsyncJob[PhotoAvatarLook], AsyncJob[TrainingStatus], AsyncJob[PhotoGeneration]]
):
    """``client.photo_avatars`` on `AsyncHeyGen`: the methods of `PhotoAvatars`, awaited.

    ``photos = await (await client.photo_avatars.generate_photos(...)).result()``
    """

    _client: AsyncHeyGen

    def __init__(self, client: AsyncHeyGen) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncPhotoAvatarsWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, request id; ``.parse()``)."""
        return AsyncPhotoAvatarsWithRawResponse(self)

    async def generate_photos(
        self,
        *,
        name: str,
        age: Age,
        gender: Gender,
        ethnicity: Ethnicity,
        orientation: Orientation,
        pose: Pose,
        style: Style,
        appearance: str,
        callback_url: str | None = None,
        callback_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncJob[PhotoGeneration]:
        """Start generating AI photos from the 8 required fields; await the job's ``result()`` for them."""
        body = photo_generation_body(
            name=name, age=age, gender=gender, ethnicity=ethnicity, orientation=orientation, pose=pose,
            style=style, appearance=appearance, callback_url=callback_url, callback_id=callback_id,
        )  # fmt: skip
        generation_id = await self._client._run(flows.generate_photos_flow(body), options)
        return self._generation("photo_generation", generation_id)

    async def get_generation(self, generation_id: str, **options: Unpack[RequestOptions]) -> PhotoGeneration:
        """One status check of a photo or look generation."""
        return await self._client._run(flows.get_generation_flow(generation_id), options)

    async def upload_photo(self, photo: FileSource, **options: Unpack[RequestOptions]) -> UploadedAsset:
        """Upload a photo (JPEG/PNG, >= 512x512, < 10 MB); its ``image_key`` feeds `create_group`."""
        upload = load_upload(photo, rules=PHOTO_AVATAR_V1, field="photo")
        return await self._client._run(flows.upload_photo_flow(upload), options)

    async def create_group(
        self,
        *,
        name: str,
        photo: FileSource | None = None,
        url: str | None = None,
        image_key: str | None = None,
        generation_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> NewGroup[AsyncJob[PhotoAvatarLook]]:
        """Create a group from one photo, URL or image key; await ``new.job.result()`` for its first look."""
        upload = create_group_args(name, photo, url, image_key, generation_id)
        flow = flows.create_group_flow(name, upload, image_key, generation_id, url)
        return self._new_group(await self._client._run(flow, options))

    async def add_looks(
        self,
        group_id: str,
        *,
        image_keys: Sequence[str] | None = None,
        photos: Sequence[FileSource] | None = None,
        name: str | None = None,
        generation_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> AddedLooks[AsyncJob[PhotoAvatarLook]]:
        """Add looks from image keys and/or photos; ``await client.jobs.wait_all(added.jobs)`` for them."""
        args = add_looks_args(group_id, image_keys, photos, name, generation_id)
        looks = await self._client._run(flows.add_looks_flow(*args), options)
        return self._added(group_id, looks)

    async def train(self, group_id: str, **options: Unpack[RequestOptions]) -> AsyncJob[TrainingStatus]:
        """Start training a group: ``await (await client.photo_avatars.train(gid)).result()``."""
        await self._client._run(flows.train_flow(group_id), options)
        return self._training(group_id)

    async def training_status(self, group_id: str, **options: Unpack[RequestOptions]) -> TrainingStatus:
        """One check of a group's training status."""
        return await self._client._run(flows.training_status_flow(group_id), options)

    async def generate_looks(
        self,
        group_id: str,
        *,
        prompt: str,
        orientation: Orientation,
        pose: Pose,
        style: Style,
        require_trained: bool = True,
        **options: Unpack[RequestOptions],
    ) -> AsyncJob[PhotoGeneration]:
        """Generate new looks of a trained group from a prompt (refused clearly if it is not trained)."""
        body = look_generation_body(
            group_id=group_id, prompt=prompt, orientation=orientation, pose=pose, style=style
        )
        flow = flows.generate_looks_flow(
            body, require_trained=check.check_bool("require_trained", require_trained)
        )
        generation_id = await self._client._run(flow, options)
        return self._generation("look_generation", generation_id, group_id=group_id)

    async def get_look(self, look_id: str, **options: Unpack[RequestOptions]) -> PhotoAvatarLook:
        """Details of a look, with a fresh signed ``image_url``."""
        return await self._client._run(flows.get_look_flow(look_id), options)

    async def list_groups(
        self, *, include_public: bool = False, **options: Unpack[RequestOptions]
    ) -> list[PhotoAvatarGroup]:
        """All avatar groups (v2 lists are not paged)."""
        return await self._client._run(flows.list_groups_flow(include_public), options)

    async def list_looks(self, group_id: str, **options: Unpack[RequestOptions]) -> list[PhotoAvatarLook]:
        """The looks of one group."""
        return await self._client._run(flows.list_looks_flow(group_id), options)

    async def delete_look(self, look_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete one look permanently."""
        await self._client._run(flows.delete_look_flow(look_id), options)

    async def delete_group(self, group_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete a group and all its looks permanently."""
        await self._client._run(flows.delete_group_flow(group_id), options)

    async def add_motion(
        self,
        look_id: str,
        *,
        prompt: str | None = None,
        motion_type: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncJob[PhotoAvatarLook]:
        """Make a motion version of a look; a ``"look"`` job on the new look it creates."""
        new_id = await self._client._run(flows.add_motion_flow(look_id, prompt, motion_type), options)
        return self._look(new_id, source_look_id=look_id)

    async def add_sound_effect(self, look_id: str, **options: Unpack[RequestOptions]) -> None:
        """Add a background sound effect to a look."""
        await self._client._run(flows.add_sound_effect_flow(look_id), options)

    async def upscale(self, look_id: str, **options: Unpack[RequestOptions]) -> AsyncJob[PhotoAvatarLook]:
        """Upscale a look with motion (refused with HeyGen's reason when it is not available)."""
        upscaled_id = await self._client._run(flows.upscale_flow(look_id), options)
        return self._look(upscaled_id, source_look_id=look_id)
