from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.avatar_look_item_preferred_orientation_type_0 import (
    AvatarLookItemPreferredOrientationType0,
    check_avatar_look_item_preferred_orientation_type_0,
)
from ..models.avatar_look_type import AvatarLookType, check_avatar_look_type
from ..models.avatar_status import AvatarStatus, check_avatar_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.avatar_error import AvatarError


T = TypeVar("T", bound="AvatarLookItem")


@_attrs_define
class AvatarLookItem:
    """A single avatar look in the list response.

    The ``id`` field is the look-level identifier to pass as ``avatar_id``
    to POST /v3/videos.

    """

    avatar_type: AvatarLookType | None | Unset = UNSET
    """ Avatar type — determines engine and parameter compatibility. """
    default_voice_id: None | str | Unset = UNSET
    """ Default voice ID for this look. """
    error: AvatarError | None | Unset = UNSET
    """ Error details. Only present when status is 'failed'. """
    gender: None | str | Unset = UNSET
    """ Gender of the avatar. """
    group_id: None | str | Unset = UNSET
    """ ID of the avatar group this look belongs to. """
    id: None | str | Unset = UNSET
    """ Unique look identifier. Pass this as avatar_id to POST /v3/videos. """
    image_height: int | None | Unset = UNSET
    """ Native height of the look in pixels. """
    image_width: int | None | Unset = UNSET
    """ Native width of the look in pixels. """
    name: None | str | Unset = UNSET
    """ Display name of the look. """
    preferred_orientation: AvatarLookItemPreferredOrientationType0 | None | Unset = (
        UNSET
    )
    """ Preferred orientation of the look: 'portrait', 'landscape', or 'square'. """
    preview_image_url: None | str | Unset = UNSET
    """ URL to the look preview image. """
    preview_video_url: None | str | Unset = UNSET
    """ URL to the look preview video. """
    status: AvatarStatus | None | Unset = UNSET
    """ Training status of the avatar look: 'processing', 'completed', or 'failed'. Only present for private
    avatars. """
    supported_api_engines: list[str] | None | Unset = UNSET
    """ Engine values this look supports for POST /v3/videos. """
    tags: list[str] | None | Unset = UNSET
    """ Tags associated with the look. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.avatar_error import AvatarError

        avatar_type: None | str | Unset
        if isinstance(self.avatar_type, Unset):
            avatar_type = UNSET
        elif isinstance(self.avatar_type, str):
            avatar_type = self.avatar_type
        else:
            avatar_type = self.avatar_type

        default_voice_id: None | str | Unset
        if isinstance(self.default_voice_id, Unset):
            default_voice_id = UNSET
        else:
            default_voice_id = self.default_voice_id

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, AvatarError):
            error = self.error.to_dict()
        else:
            error = self.error

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        else:
            gender = self.gender

        group_id: None | str | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        image_height: int | None | Unset
        if isinstance(self.image_height, Unset):
            image_height = UNSET
        else:
            image_height = self.image_height

        image_width: int | None | Unset
        if isinstance(self.image_width, Unset):
            image_width = UNSET
        else:
            image_width = self.image_width

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        preferred_orientation: None | str | Unset
        if isinstance(self.preferred_orientation, Unset):
            preferred_orientation = UNSET
        elif isinstance(self.preferred_orientation, str):
            preferred_orientation = self.preferred_orientation
        else:
            preferred_orientation = self.preferred_orientation

        preview_image_url: None | str | Unset
        if isinstance(self.preview_image_url, Unset):
            preview_image_url = UNSET
        else:
            preview_image_url = self.preview_image_url

        preview_video_url: None | str | Unset
        if isinstance(self.preview_video_url, Unset):
            preview_video_url = UNSET
        else:
            preview_video_url = self.preview_video_url

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        supported_api_engines: list[str] | None | Unset
        if isinstance(self.supported_api_engines, Unset):
            supported_api_engines = UNSET
        elif isinstance(self.supported_api_engines, list):
            supported_api_engines = self.supported_api_engines

        else:
            supported_api_engines = self.supported_api_engines

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if avatar_type is not UNSET:
            field_dict["avatar_type"] = avatar_type
        if default_voice_id is not UNSET:
            field_dict["default_voice_id"] = default_voice_id
        if error is not UNSET:
            field_dict["error"] = error
        if gender is not UNSET:
            field_dict["gender"] = gender
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if id is not UNSET:
            field_dict["id"] = id
        if image_height is not UNSET:
            field_dict["image_height"] = image_height
        if image_width is not UNSET:
            field_dict["image_width"] = image_width
        if name is not UNSET:
            field_dict["name"] = name
        if preferred_orientation is not UNSET:
            field_dict["preferred_orientation"] = preferred_orientation
        if preview_image_url is not UNSET:
            field_dict["preview_image_url"] = preview_image_url
        if preview_video_url is not UNSET:
            field_dict["preview_video_url"] = preview_video_url
        if status is not UNSET:
            field_dict["status"] = status
        if supported_api_engines is not UNSET:
            field_dict["supported_api_engines"] = supported_api_engines
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.avatar_error import AvatarError

        d = dict(src_dict)

        def _parse_avatar_type(data: object) -> AvatarLookType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                avatar_type_type_0 = check_avatar_look_type(data)

                return avatar_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AvatarLookType | None | Unset, data)

        avatar_type = _parse_avatar_type(d.pop("avatar_type", UNSET))

        def _parse_default_voice_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_voice_id = _parse_default_voice_id(d.pop("default_voice_id", UNSET))

        def _parse_error(data: object) -> AvatarError | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = AvatarError.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AvatarError | None | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_gender(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gender = _parse_gender(d.pop("gender", UNSET))

        def _parse_group_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        group_id = _parse_group_id(d.pop("group_id", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_image_height(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        image_height = _parse_image_height(d.pop("image_height", UNSET))

        def _parse_image_width(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        image_width = _parse_image_width(d.pop("image_width", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_preferred_orientation(
            data: object,
        ) -> AvatarLookItemPreferredOrientationType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                preferred_orientation_type_0 = (
                    check_avatar_look_item_preferred_orientation_type_0(data)
                )

                return preferred_orientation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AvatarLookItemPreferredOrientationType0 | None | Unset, data)

        preferred_orientation = _parse_preferred_orientation(
            d.pop("preferred_orientation", UNSET)
        )

        def _parse_preview_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preview_image_url = _parse_preview_image_url(d.pop("preview_image_url", UNSET))

        def _parse_preview_video_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preview_video_url = _parse_preview_video_url(d.pop("preview_video_url", UNSET))

        def _parse_status(data: object) -> AvatarStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_avatar_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AvatarStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_supported_api_engines(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                supported_api_engines_type_0 = cast(list[str], data)

                return supported_api_engines_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        supported_api_engines = _parse_supported_api_engines(
            d.pop("supported_api_engines", UNSET)
        )

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        avatar_look_item = cls(
            avatar_type=avatar_type,
            default_voice_id=default_voice_id,
            error=error,
            gender=gender,
            group_id=group_id,
            id=id,
            image_height=image_height,
            image_width=image_width,
            name=name,
            preferred_orientation=preferred_orientation,
            preview_image_url=preview_image_url,
            preview_video_url=preview_video_url,
            status=status,
            supported_api_engines=supported_api_engines,
            tags=tags,
        )

        avatar_look_item.additional_properties = d
        return avatar_look_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
