"""``client.avatars.with_raw_response``: each method returns a `RawResponse` instead of its result."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._core.raw import to_async_raw, to_async_raw_page, to_raw, to_raw_page

if TYPE_CHECKING:
    from .faces import AsyncAvatars, Avatars

__all__ = ["AsyncAvatarsWithRawResponse", "AvatarsWithRawResponse"]


class AvatarsWithRawResponse:
    """The methods of `Avatars`, each returning the HTTP response of its last request (lists: the first
    page's, with ``parse()`` giving that `Page`)."""

    def __init__(self, avatars: Avatars) -> None:
        self.create_from_photo = to_raw(avatars.create_from_photo)
        self.create_from_prompt = to_raw(avatars.create_from_prompt)
        self.create_digital_twin = to_raw(avatars.create_digital_twin)
        self.request_consent = to_raw(avatars.request_consent)
        self.list_groups = to_raw_page(avatars.list_groups)
        self.list_looks = to_raw_page(avatars.list_looks)
        self.get_group = to_raw(avatars.get_group)
        self.get_look = to_raw(avatars.get_look)
        self.rename_look = to_raw(avatars.rename_look)
        self.delete_look = to_raw(avatars.delete_look)
        self.delete_group = to_raw(avatars.delete_group)


class AsyncAvatarsWithRawResponse:
    """The methods of `AsyncAvatars`, each returning the HTTP response of its last request."""

    def __init__(self, avatars: AsyncAvatars) -> None:
        self.create_from_photo = to_async_raw(avatars.create_from_photo)
        self.create_from_prompt = to_async_raw(avatars.create_from_prompt)
        self.create_digital_twin = to_async_raw(avatars.create_digital_twin)
        self.request_consent = to_async_raw(avatars.request_consent)
        self.list_groups = to_async_raw_page(avatars.list_groups)
        self.list_looks = to_async_raw_page(avatars.list_looks)
        self.get_group = to_async_raw(avatars.get_group)
        self.get_look = to_async_raw(avatars.get_look)
        self.rename_look = to_async_raw(avatars.rename_look)
        self.delete_look = to_async_raw(avatars.delete_look)
        self.delete_group = to_async_raw(avatars.delete_group)
