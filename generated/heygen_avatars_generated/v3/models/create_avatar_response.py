from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.avatar_group_item import AvatarGroupItem
    from ..models.avatar_look_item import AvatarLookItem


T = TypeVar("T", bound="CreateAvatarResponse")


@_attrs_define
class CreateAvatarResponse:
    avatar_group: AvatarGroupItem | None | Unset = UNSET
    """ The avatar group. """
    avatar_item: AvatarLookItem | None | Unset = UNSET
    """ The avatar item. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.avatar_group_item import AvatarGroupItem
        from ..models.avatar_look_item import AvatarLookItem

        avatar_group: dict[str, Any] | None | Unset
        if isinstance(self.avatar_group, Unset):
            avatar_group = UNSET
        elif isinstance(self.avatar_group, AvatarGroupItem):
            avatar_group = self.avatar_group.to_dict()
        else:
            avatar_group = self.avatar_group

        avatar_item: dict[str, Any] | None | Unset
        if isinstance(self.avatar_item, Unset):
            avatar_item = UNSET
        elif isinstance(self.avatar_item, AvatarLookItem):
            avatar_item = self.avatar_item.to_dict()
        else:
            avatar_item = self.avatar_item

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if avatar_group is not UNSET:
            field_dict["avatar_group"] = avatar_group
        if avatar_item is not UNSET:
            field_dict["avatar_item"] = avatar_item

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.avatar_group_item import AvatarGroupItem
        from ..models.avatar_look_item import AvatarLookItem

        d = dict(src_dict)

        def _parse_avatar_group(data: object) -> AvatarGroupItem | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                avatar_group_type_0 = AvatarGroupItem.from_dict(data)

                return avatar_group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AvatarGroupItem | None | Unset, data)

        avatar_group = _parse_avatar_group(d.pop("avatar_group", UNSET))

        def _parse_avatar_item(data: object) -> AvatarLookItem | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                avatar_item_type_0 = AvatarLookItem.from_dict(data)

                return avatar_item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AvatarLookItem | None | Unset, data)

        avatar_item = _parse_avatar_item(d.pop("avatar_item", UNSET))

        create_avatar_response = cls(
            avatar_group=avatar_group,
            avatar_item=avatar_item,
        )

        create_avatar_response.additional_properties = d
        return create_avatar_response

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
