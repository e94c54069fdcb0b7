from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T", bound="ListAllAvatarGroupsResponse200DataType0AvatarGroupListType0Item"
)


@_attrs_define
class ListAllAvatarGroupsResponse200DataType0AvatarGroupListType0Item:
    created_at: float | None | Unset = UNSET
    """ Unix timestamp when the avatar group was created. """
    default_voice_id: Any | Unset = UNSET
    """ Default voice ID assigned to the avatar group. """
    group_type: None | str | Unset = UNSET
    """ Type of the avatar group (e.g., "PHOTO"). """
    id: None | str | Unset = UNSET
    """ Unique identifier of the avatar group. """
    name: None | str | Unset = UNSET
    """ Name of the avatar group. """
    num_looks: int | None | Unset = UNSET
    """ Number of looks in the avatar group. """
    preview_image_url: None | str | Unset = UNSET
    """ URL of the avatar group's preview image. """
    train_status: None | str | Unset = UNSET
    """ Training status of the avatar group (e.g., "ready"). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: float | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        default_voice_id = self.default_voice_id

        group_type: None | str | Unset
        if isinstance(self.group_type, Unset):
            group_type = UNSET
        else:
            group_type = self.group_type

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        num_looks: int | None | Unset
        if isinstance(self.num_looks, Unset):
            num_looks = UNSET
        else:
            num_looks = self.num_looks

        preview_image_url: None | str | Unset
        if isinstance(self.preview_image_url, Unset):
            preview_image_url = UNSET
        else:
            preview_image_url = self.preview_image_url

        train_status: None | str | Unset
        if isinstance(self.train_status, Unset):
            train_status = UNSET
        else:
            train_status = self.train_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if default_voice_id is not UNSET:
            field_dict["default_voice_id"] = default_voice_id
        if group_type is not UNSET:
            field_dict["group_type"] = group_type
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if num_looks is not UNSET:
            field_dict["num_looks"] = num_looks
        if preview_image_url is not UNSET:
            field_dict["preview_image_url"] = preview_image_url
        if train_status is not UNSET:
            field_dict["train_status"] = train_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_created_at(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        default_voice_id = d.pop("default_voice_id", UNSET)

        def _parse_group_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        group_type = _parse_group_type(d.pop("group_type", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_num_looks(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        num_looks = _parse_num_looks(d.pop("num_looks", UNSET))

        def _parse_preview_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preview_image_url = _parse_preview_image_url(d.pop("preview_image_url", UNSET))

        def _parse_train_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        train_status = _parse_train_status(d.pop("train_status", UNSET))

        list_all_avatar_groups_response_200_data_type_0_avatar_group_list_type_0_item = cls(
            created_at=created_at,
            default_voice_id=default_voice_id,
            group_type=group_type,
            id=id,
            name=name,
            num_looks=num_looks,
            preview_image_url=preview_image_url,
            train_status=train_status,
        )

        list_all_avatar_groups_response_200_data_type_0_avatar_group_list_type_0_item.additional_properties = d
        return list_all_avatar_groups_response_200_data_type_0_avatar_group_list_type_0_item

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
