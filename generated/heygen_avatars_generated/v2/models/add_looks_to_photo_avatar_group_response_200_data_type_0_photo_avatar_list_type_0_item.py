from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.add_looks_to_photo_avatar_group_response_200_data_type_0_photo_avatar_list_type_0_item_upscale_availability_type_0 import (
        AddLooksToPhotoAvatarGroupResponse200DataType0PhotoAvatarListType0ItemUpscaleAvailabilityType0,
    )


T = TypeVar(
    "T", bound="AddLooksToPhotoAvatarGroupResponse200DataType0PhotoAvatarListType0Item"
)


@_attrs_define
class AddLooksToPhotoAvatarGroupResponse200DataType0PhotoAvatarListType0Item:
    """A photo avatar (look) in the group."""

    background_sound_effect: Any | Unset = UNSET
    """ Background sound effect applied to the avatar. Returns null if none.  """
    business_type: None | str | Unset = UNSET
    """ Indicates the origin of the avatar (e.g., "generated" or "uploaded"). """
    created_at: float | None | Unset = UNSET
    """ Unix timestamp when the photo avatar was created. """
    default_voice_id: Any | Unset = UNSET
    """ Default voice ID assigned to the avatar.  """
    group_id: None | str | Unset = UNSET
    """ Unique identifier of the avatar group the photo avatar belongs to.  """
    id: None | str | Unset = UNSET
    """ Unique identifier of the photo avatar (look). """
    image_url: None | str | Unset = UNSET
    """ URL of the photo avatar's image. """
    is_motion: bool | None | Unset = UNSET
    """ Whether the avatar is a motion (animated) avatar.  """
    moderation_msg: Any | Unset = UNSET
    """ Message describing the result of content moderation for the avatar. Provides the reason if the avatar is
    rejected, suspended, or pending review. Returns null if no moderation issues exist. """
    motion_preview_url: Any | Unset = UNSET
    """ URL of the motion avatar's preview. Returns null if not available.  """
    name: None | str | Unset = UNSET
    """ Name of the photo avatar.  """
    status: None | str | Unset = UNSET
    """ Processing status of the photo avatar (e.g., "pending", "completed").  """
    upscale_availability: (
        AddLooksToPhotoAvatarGroupResponse200DataType0PhotoAvatarListType0ItemUpscaleAvailabilityType0
        | None
        | Unset
    ) = UNSET
    """ Information about the avatar's upscaling availability.   """
    upscaled: bool | None | Unset = UNSET
    """ Whether the avatar has already been upscaled.  """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.add_looks_to_photo_avatar_group_response_200_data_type_0_photo_avatar_list_type_0_item_upscale_availability_type_0 import (
            AddLooksToPhotoAvatarGroupResponse200DataType0PhotoAvatarListType0ItemUpscaleAvailabilityType0,
        )

        background_sound_effect = self.background_sound_effect

        business_type: None | str | Unset
        if isinstance(self.business_type, Unset):
            business_type = UNSET
        else:
            business_type = self.business_type

        created_at: float | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        default_voice_id = self.default_voice_id

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

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        is_motion: bool | None | Unset
        if isinstance(self.is_motion, Unset):
            is_motion = UNSET
        else:
            is_motion = self.is_motion

        moderation_msg = self.moderation_msg

        motion_preview_url = self.motion_preview_url

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        upscale_availability: dict[str, Any] | None | Unset
        if isinstance(self.upscale_availability, Unset):
            upscale_availability = UNSET
        elif isinstance(
            self.upscale_availability,
            AddLooksToPhotoAvatarGroupResponse200DataType0PhotoAvatarListType0ItemUpscaleAvailabilityType0,
        ):
            upscale_availability = self.upscale_availability.to_dict()
        else:
            upscale_availability = self.upscale_availability

        upscaled: bool | None | Unset
        if isinstance(self.upscaled, Unset):
            upscaled = UNSET
        else:
            upscaled = self.upscaled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if background_sound_effect is not UNSET:
            field_dict["background_sound_effect"] = background_sound_effect
        if business_type is not UNSET:
            field_dict["business_type"] = business_type
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if default_voice_id is not UNSET:
            field_dict["default_voice_id"] = default_voice_id
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if id is not UNSET:
            field_dict["id"] = id
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if is_motion is not UNSET:
            field_dict["is_motion"] = is_motion
        if moderation_msg is not UNSET:
            field_dict["moderation_msg"] = moderation_msg
        if motion_preview_url is not UNSET:
            field_dict["motion_preview_url"] = motion_preview_url
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if upscale_availability is not UNSET:
            field_dict["upscale_availability"] = upscale_availability
        if upscaled is not UNSET:
            field_dict["upscaled"] = upscaled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.add_looks_to_photo_avatar_group_response_200_data_type_0_photo_avatar_list_type_0_item_upscale_availability_type_0 import (
            AddLooksToPhotoAvatarGroupResponse200DataType0PhotoAvatarListType0ItemUpscaleAvailabilityType0,
        )

        d = dict(src_dict)
        background_sound_effect = d.pop("background_sound_effect", UNSET)

        def _parse_business_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        business_type = _parse_business_type(d.pop("business_type", UNSET))

        def _parse_created_at(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        default_voice_id = d.pop("default_voice_id", UNSET)

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

        def _parse_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_url = _parse_image_url(d.pop("image_url", UNSET))

        def _parse_is_motion(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_motion = _parse_is_motion(d.pop("is_motion", UNSET))

        moderation_msg = d.pop("moderation_msg", UNSET)

        motion_preview_url = d.pop("motion_preview_url", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_upscale_availability(
            data: object,
        ) -> (
            AddLooksToPhotoAvatarGroupResponse200DataType0PhotoAvatarListType0ItemUpscaleAvailabilityType0
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                upscale_availability_type_0 = AddLooksToPhotoAvatarGroupResponse200DataType0PhotoAvatarListType0ItemUpscaleAvailabilityType0.from_dict(
                    data
                )

                return upscale_availability_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                AddLooksToPhotoAvatarGroupResponse200DataType0PhotoAvatarListType0ItemUpscaleAvailabilityType0
                | None
                | Unset,
                data,
            )

        upscale_availability = _parse_upscale_availability(
            d.pop("upscale_availability", UNSET)
        )

        def _parse_upscaled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        upscaled = _parse_upscaled(d.pop("upscaled", UNSET))

        add_looks_to_photo_avatar_group_response_200_data_type_0_photo_avatar_list_type_0_item = cls(
            background_sound_effect=background_sound_effect,
            business_type=business_type,
            created_at=created_at,
            default_voice_id=default_voice_id,
            group_id=group_id,
            id=id,
            image_url=image_url,
            is_motion=is_motion,
            moderation_msg=moderation_msg,
            motion_preview_url=motion_preview_url,
            name=name,
            status=status,
            upscale_availability=upscale_availability,
            upscaled=upscaled,
        )

        add_looks_to_photo_avatar_group_response_200_data_type_0_photo_avatar_list_type_0_item.additional_properties = d
        return add_looks_to_photo_avatar_group_response_200_data_type_0_photo_avatar_list_type_0_item

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
