"""HeyGen's v2 photo-avatar rules: generations, groups, looks, training, motion (pending -> completed)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ._backend_base import IMAGES_PER_GENERATION, MAX_LOOKS_PER_ADD, BackendBase
from ._routing import ApiError
from .jobs import Job
from .portrait import Identity, Portrait, caption_lines, identity_for, look_for
from .state import (
    Generation,
    PhotoGroup,
    PhotoLook,
)

__all__ = ["PhotoAvatarRules"]


class PhotoAvatarRules(BackendBase):
    """Photo generation and look generation (4 images), groups and looks, training, motion/upscale."""

    def generate_photos(
        self,
        name: str,
        asked: Mapping[str, Any] | None = None,
        callback_url: str | None = None,
        callback_id: str | None = None,
    ) -> Generation:
        """Start an AI photo generation: 4 images of one person, as `asked` (the request's attributes); its
        events also go to `callback_url`."""
        asked = asked or {}
        generation_id = self.ids.hex()
        generation = Generation(
            generation_id, self.jobs.start(generation_id, "photo_generation", self.now()), name,
            callback_url=callback_url, callback_id=callback_id,
        )  # fmt: skip
        who = identity_for(
            generation_id,
            gender=str(asked.get("gender", "Unspecified")),
            age=str(asked.get("age", "Unspecified")),
            ethnicity=str(asked.get("ethnicity", "Unspecified")),
            words=str(asked.get("appearance", "")),
        )
        attributes = (asked.get("age"), asked.get("gender"), asked.get("ethnicity"))
        generation.portraits = _portraits(who, generation_id, asked, "appearance", attributes)
        generation.job.on_change = lambda job: self._generation_changed(generation)
        self.state.generations[generation_id] = generation
        return generation

    def generate_looks(self, group_id: str, name: str, asked: Mapping[str, Any] | None = None) -> Generation:
        """Start a look generation (4 images of the group's person, as `asked`); the group must be trained
        (train_status ready)."""
        group = self.photo_group(group_id, "group_id")
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
        generation.portraits = _portraits(
            self.group_identity(group), generation_id, asked or {}, "prompt", ()
        )
        job.on_change = lambda _: self._generation_changed(generation)
        self.state.generations[generation_id] = generation
        return generation

    def _generation_changed(self, generation: Generation) -> None:
        job = generation.job
        ids: dict[str, Any] = {"generation_id": generation.id}
        if generation.callback_id is not None:
            ids["callback_id"] = generation.callback_id
        if job.done and not job.succeeded:
            error = job.error[1] if job.error else "failed"
            self.emit("photo_avatar_generation.fail", {**ids, "msg": error}, generation.callback_url)
        if not job.succeeded:
            return
        generation.image_keys = self._images(generation.portraits or self._any_person(generation.id))
        self.emit(
            "photo_avatar_generation.success",
            {**ids, "image_key_list": list(generation.image_keys)},
            generation.callback_url,
        )
        group = self.state.photo_groups.get(generation.group_id or "")
        if group is not None:  # generated looks join their group, ready at once
            for key in generation.image_keys:
                look = self._new_photo_look(group, generation.name, key, "generated")
                self.jobs.complete(look.job.id, self.now())

    def _any_person(self, seed: str) -> list[Portrait]:
        return _portraits(identity_for(seed), seed, {}, "appearance", ())

    def group_identity(self, group: PhotoGroup) -> Identity:
        """The face of a group: the one in its first look's picture."""
        first = self.state.photo_looks.get(group.look_ids[0]) if group.look_ids else None
        return self.identity_of(first.image_key if first else group.id)

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
        group = self.photo_group(group_id, "group_id")
        if not group.look_ids:
            raise ApiError(400, "invalid_parameter", "The group has no looks to train on.", "group_id")
        if group.training is not None and not group.training.done:
            raise ApiError(400, "invalid_parameter", f"Group {group_id} is already training.", "group_id")
        group.training = self.jobs.start(
            f"train-{group_id}-{self.ids.hex()[:8]}",
            "training",
            self.now(),
            on_change=lambda job: self._finished(job, "photo_avatar_train", {"group_id": group_id}),
        )
        group.training_created_at = self.epoch()
        return group.training

    def photo_group(self, group_id: str, param: str | None = None) -> PhotoGroup:
        """A v2 group; an id of something else is named as what it is (a look id, a v3 avatar id...)."""
        group = self.state.photo_groups.get(group_id)
        if group is None:
            found = f"Photo avatar group {group_id!r} not found."
            raise ApiError(404, "not_found", found + self._what_is(group_id), param)
        return group

    def _what_is(self, some_id: str) -> str:
        """For an id given where a v2 group id was expected: what it is instead, if the mock knows it."""
        look = self.state.photo_looks.get(some_id)
        if look is not None:
            return (f" {some_id!r} is a photo avatar look (one image) of group {look.group_id!r}: "
                    "pass the group id.")  # fmt: skip
        if some_id in self.state.generations:
            return f" {some_id!r} is a generation id: create a group from its image keys first."
        if some_id in self.state.avatar_looks:
            return f" {some_id!r} is a v3 avatar look id: v2 photo-avatar calls take a v2 group id."
        if some_id in self.state.avatar_groups:
            return f" {some_id!r} is a v3 avatar group id: v2 photo-avatar calls take a v2 group id."
        return ""

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
            self.jobs.start(
                motion_id,
                "motion",
                self.now(),
                on_change=lambda job: self._finished(job, "photo_avatar_add_motion", {"id": motion_id}),
            ),
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


def _portraits(
    who: Identity, seed: str, asked: Mapping[str, Any], words_field: str, attributes: Sequence[Any]
) -> list[Portrait]:
    """The pictures of one generation: one person, the asked framing, four variations."""
    words = str(asked.get(words_field) or "")
    portraits = []
    for index in range(IMAGES_PER_GENERATION):
        look = look_for(
            words,
            seed=f"{seed}/{index}",
            pose=asked.get("pose"),
            orientation=asked.get("orientation"),
            style=asked.get("style"),
            variant=index,
        )
        asked_words = [str(a) for a in attributes if a]
        portraits.append(Portrait(who, look, caption_lines(prompt=words, look=look, asked=asked_words)))
    return portraits
