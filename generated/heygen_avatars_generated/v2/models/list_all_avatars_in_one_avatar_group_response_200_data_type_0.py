from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_all_avatars_in_one_avatar_group_response_200_data_type_0_avatar_list_type_0_item import (
        ListAllAvatarsInOneAvatarGroupResponse200DataType0AvatarListType0Item,
    )


T = TypeVar("T", bound="ListAllAvatarsInOneAvatarGroupResponse200DataType0")


@_attrs_define
class ListAllAvatarsInOneAvatarGroupResponse200DataType0:
    avatar_list: (
        list[ListAllAvatarsInOneAvatarGroupResponse200DataType0AvatarListType0Item]
        | None
        | Unset
    ) = UNSET
    """ The photo avatars (looks) in the group. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avatar_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.avatar_list, Unset):
            avatar_list = UNSET
        elif isinstance(self.avatar_list, list):
            avatar_list = []
            for avatar_list_type_0_item_data in self.avatar_list:
                avatar_list_type_0_item = avatar_list_type_0_item_data.to_dict()
                avatar_list.append(avatar_list_type_0_item)

        else:
            avatar_list = self.avatar_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if avatar_list is not UNSET:
            field_dict["avatar_list"] = avatar_list

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.list_all_avatars_in_one_avatar_group_response_200_data_type_0_avatar_list_type_0_item import (
            ListAllAvatarsInOneAvatarGroupResponse200DataType0AvatarListType0Item,
        )

        d = dict(src_dict)

        def _parse_avatar_list(
            data: object,
        ) -> (
            list[ListAllAvatarsInOneAvatarGroupResponse200DataType0AvatarListType0Item]
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
                avatar_list_type_0 = []
                _avatar_list_type_0 = data
                for avatar_list_type_0_item_data in _avatar_list_type_0:
                    avatar_list_type_0_item = ListAllAvatarsInOneAvatarGroupResponse200DataType0AvatarListType0Item.from_dict(
                        avatar_list_type_0_item_data
                    )

                    avatar_list_type_0.append(avatar_list_type_0_item)

                return avatar_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    ListAllAvatarsInOneAvatarGroupResponse200DataType0AvatarListType0Item
                ]
                | None
                | Unset,
                data,
            )

        avatar_list = _parse_avatar_list(d.pop("avatar_list", UNSET))

        list_all_avatars_in_one_avatar_group_response_200_data_type_0 = cls(
            avatar_list=avatar_list,
        )

        list_all_avatars_in_one_avatar_group_response_200_data_type_0.additional_properties = d
        return list_all_avatars_in_one_avatar_group_response_200_data_type_0

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
