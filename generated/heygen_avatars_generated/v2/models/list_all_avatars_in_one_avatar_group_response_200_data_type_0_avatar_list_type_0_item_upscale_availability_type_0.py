from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T",
    bound="ListAllAvatarsInOneAvatarGroupResponse200DataType0AvatarListType0ItemUpscaleAvailabilityType0",
)


@_attrs_define
class ListAllAvatarsInOneAvatarGroupResponse200DataType0AvatarListType0ItemUpscaleAvailabilityType0:
    """Information about the avatar's upscaling availability."""

    available: bool | None | Unset = UNSET
    """ Whether the avatar can be upscaled.  """
    reason: None | str | Unset = UNSET
    """ Reason why the avatar cannot be upscaled (if applicable).  """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available: bool | None | Unset
        if isinstance(self.available, Unset):
            available = UNSET
        else:
            available = self.available

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if available is not UNSET:
            field_dict["available"] = available
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_available(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        available = _parse_available(d.pop("available", UNSET))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        list_all_avatars_in_one_avatar_group_response_200_data_type_0_avatar_list_type_0_item_upscale_availability_type_0 = cls(
            available=available,
            reason=reason,
        )

        list_all_avatars_in_one_avatar_group_response_200_data_type_0_avatar_list_type_0_item_upscale_availability_type_0.additional_properties = d
        return list_all_avatars_in_one_avatar_group_response_200_data_type_0_avatar_list_type_0_item_upscale_availability_type_0

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
