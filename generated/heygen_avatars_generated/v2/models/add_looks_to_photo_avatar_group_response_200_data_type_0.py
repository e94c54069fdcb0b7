from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.add_looks_to_photo_avatar_group_response_200_data_type_0_photo_avatar_list_type_0_item import (
        AddLooksToPhotoAvatarGroupResponse200DataType0PhotoAvatarListType0Item,
    )


T = TypeVar("T", bound="AddLooksToPhotoAvatarGroupResponse200DataType0")


@_attrs_define
class AddLooksToPhotoAvatarGroupResponse200DataType0:
    """Contains the looks that were added."""

    photo_avatar_list: (
        list[AddLooksToPhotoAvatarGroupResponse200DataType0PhotoAvatarListType0Item]
        | None
        | Unset
    ) = UNSET
    """ The photo avatars (looks) added to the group. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        photo_avatar_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.photo_avatar_list, Unset):
            photo_avatar_list = UNSET
        elif isinstance(self.photo_avatar_list, list):
            photo_avatar_list = []
            for photo_avatar_list_type_0_item_data in self.photo_avatar_list:
                photo_avatar_list_type_0_item = (
                    photo_avatar_list_type_0_item_data.to_dict()
                )
                photo_avatar_list.append(photo_avatar_list_type_0_item)

        else:
            photo_avatar_list = self.photo_avatar_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if photo_avatar_list is not UNSET:
            field_dict["photo_avatar_list"] = photo_avatar_list

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.add_looks_to_photo_avatar_group_response_200_data_type_0_photo_avatar_list_type_0_item import (
            AddLooksToPhotoAvatarGroupResponse200DataType0PhotoAvatarListType0Item,
        )

        d = dict(src_dict)

        def _parse_photo_avatar_list(
            data: object,
        ) -> (
            list[AddLooksToPhotoAvatarGroupResponse200DataType0PhotoAvatarListType0Item]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                photo_avatar_list_type_0 = []
                _photo_avatar_list_type_0 = data
                for photo_avatar_list_type_0_item_data in _photo_avatar_list_type_0:
                    photo_avatar_list_type_0_item = AddLooksToPhotoAvatarGroupResponse200DataType0PhotoAvatarListType0Item.from_dict(
                        photo_avatar_list_type_0_item_data
                    )

                    photo_avatar_list_type_0.append(photo_avatar_list_type_0_item)

                return photo_avatar_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    AddLooksToPhotoAvatarGroupResponse200DataType0PhotoAvatarListType0Item
                ]
                | None
                | Unset,
                data,
            )

        photo_avatar_list = _parse_photo_avatar_list(d.pop("photo_avatar_list", UNSET))

        add_looks_to_photo_avatar_group_response_200_data_type_0 = cls(
            photo_avatar_list=photo_avatar_list,
        )

        add_looks_to_photo_avatar_group_response_200_data_type_0.additional_properties = d
        return add_looks_to_photo_avatar_group_response_200_data_type_0

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
