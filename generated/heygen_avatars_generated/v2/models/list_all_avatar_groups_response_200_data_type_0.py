from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_all_avatar_groups_response_200_data_type_0_avatar_group_list_type_0_item import (
        ListAllAvatarGroupsResponse200DataType0AvatarGroupListType0Item,
    )


T = TypeVar("T", bound="ListAllAvatarGroupsResponse200DataType0")


@_attrs_define
class ListAllAvatarGroupsResponse200DataType0:
    avatar_group_list: (
        list[ListAllAvatarGroupsResponse200DataType0AvatarGroupListType0Item]
        | None
        | Unset
    ) = UNSET
    total_count: int | None | Unset = UNSET
    """ Number of avatar groups returned. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avatar_group_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.avatar_group_list, Unset):
            avatar_group_list = UNSET
        elif isinstance(self.avatar_group_list, list):
            avatar_group_list = []
            for avatar_group_list_type_0_item_data in self.avatar_group_list:
                avatar_group_list_type_0_item = (
                    avatar_group_list_type_0_item_data.to_dict()
                )
                avatar_group_list.append(avatar_group_list_type_0_item)

        else:
            avatar_group_list = self.avatar_group_list

        total_count: int | None | Unset
        if isinstance(self.total_count, Unset):
            total_count = UNSET
        else:
            total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if avatar_group_list is not UNSET:
            field_dict["avatar_group_list"] = avatar_group_list
        if total_count is not UNSET:
            field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.list_all_avatar_groups_response_200_data_type_0_avatar_group_list_type_0_item import (
            ListAllAvatarGroupsResponse200DataType0AvatarGroupListType0Item,
        )

        d = dict(src_dict)

        def _parse_avatar_group_list(
            data: object,
        ) -> (
            list[ListAllAvatarGroupsResponse200DataType0AvatarGroupListType0Item]
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
                avatar_group_list_type_0 = []
                _avatar_group_list_type_0 = data
                for avatar_group_list_type_0_item_data in _avatar_group_list_type_0:
                    avatar_group_list_type_0_item = ListAllAvatarGroupsResponse200DataType0AvatarGroupListType0Item.from_dict(
                        avatar_group_list_type_0_item_data
                    )

                    avatar_group_list_type_0.append(avatar_group_list_type_0_item)

                return avatar_group_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[ListAllAvatarGroupsResponse200DataType0AvatarGroupListType0Item]
                | None
                | Unset,
                data,
            )

        avatar_group_list = _parse_avatar_group_list(d.pop("avatar_group_list", UNSET))

        def _parse_total_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_count = _parse_total_count(d.pop("total_count", UNSET))

        list_all_avatar_groups_response_200_data_type_0 = cls(
            avatar_group_list=avatar_group_list,
            total_count=total_count,
        )

        list_all_avatar_groups_response_200_data_type_0.additional_properties = d
        return list_all_avatar_groups_response_200_data_type_0

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
