"""``client.photo_avatars.with_raw_response``: each method returns a `RawResponse` instead of its result."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._core.raw import to_async_raw, to_raw

if TYPE_CHECKING:
    from .faces import AsyncPhotoAvatars, PhotoAvatars

__all__ = ["AsyncPhotoAvatarsWithRawResponse", "PhotoAvatarsWithRawResponse"]


class PhotoAvatarsWithRawResponse:
    """The methods of `PhotoAvatars`, each returning the HTTP response of its last request."""

    def __init__(self, photo_avatars: PhotoAvatars) -> None:
        self.generate_photos = to_raw(photo_avatars.generate_photos)
        self.get_generation = to_raw(photo_avatars.get_generation)
        self.upload_photo = to_raw(photo_avatars.upload_photo)
        self.create_group = to_raw(photo_avatars.create_group)
        self.add_looks = to_raw(photo_avatars.add_looks)
        self.train = to_raw(photo_avatars.train)
        self.training_status = to_raw(photo_avatars.training_status)
        self.generate_looks = to_raw(photo_avatars.generate_looks)
        self.get_look = to_raw(photo_avatars.get_look)
        self.list_groups = to_raw(photo_avatars.list_groups)
        self.list_looks = to_raw(photo_avatars.list_looks)
        self.delete_look = to_raw(photo_avatars.delete_look)
        self.delete_group = to_raw(photo_avatars.delete_group)
        self.add_motion = to_raw(photo_avatars.add_motion)
        self.add_sound_effect = to_raw(photo_avatars.add_sound_effect)
        self.upscale = to_raw(photo_avatars.upscale)


class AsyncPhotoAvatarsWithRawResponse:
    """The methods of `AsyncPhotoAvatars`, each returning the HTTP response of its last request."""

    def __init__(self, photo_avatars: AsyncPhotoAvatars) -> None:
        self.generate_photos = to_async_raw(photo_avatars.generate_photos)
        self.get_generation = to_async_raw(photo_avatars.get_generation)
        self.upload_photo = to_async_raw(photo_avatars.upload_photo)
        self.create_group = to_async_raw(photo_avatars.create_group)
        self.add_looks = to_async_raw(photo_avatars.add_looks)
        self.train = to_async_raw(photo_avatars.train)
        self.training_status = to_async_raw(photo_avatars.training_status)
        self.generate_looks = to_async_raw(photo_avatars.generate_looks)
        self.get_look = to_async_raw(photo_avatars.get_look)
        self.list_groups = to_async_raw(photo_avatars.list_groups)
        self.list_looks = to_async_raw(photo_avatars.list_looks)
        self.delete_look = to_async_raw(photo_avatars.delete_look)
        self.delete_group = to_async_raw(photo_avatars.delete_group)
        self.add_motion = to_async_raw(photo_avatars.add_motion)
        self.add_sound_effect = to_async_raw(photo_avatars.add_sound_effect)
        self.upscale = to_async_raw(photo_avatars.upscale)
