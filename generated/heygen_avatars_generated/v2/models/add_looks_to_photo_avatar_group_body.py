from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddLooksToPhotoAvatarGroupBody")


@_attrs_define
class AddLooksToPhotoAvatarGroupBody:
    group_id: str
    """ avatar group id to add looks into """
    image_keys: list[str]
    """ A list of images you want to add to the avatar group, maximum 4 at a time """
    generation_id: str | Unset = UNSET
    """ Generation id what is used to generate the image_keys, it must be passed in if the image is generated, if
    it's an upload image, then this is optional """
    name: str | Unset = UNSET
    """ Name of the looks """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_id = self.group_id

        image_keys = self.image_keys

        generation_id = self.generation_id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "group_id": group_id,
                "image_keys": image_keys,
            }
        )
        if generation_id is not UNSET:
            field_dict["generation_id"] = generation_id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        group_id = d.pop("group_id")

        image_keys = cast(list[str], d.pop("image_keys"))

        generation_id = d.pop("generation_id", UNSET)

        name = d.pop("name", UNSET)

        add_looks_to_photo_avatar_group_body = cls(
            group_id=group_id,
            image_keys=image_keys,
            generation_id=generation_id,
            name=name,
        )

        add_looks_to_photo_avatar_group_body.additional_properties = d
        return add_looks_to_photo_avatar_group_body

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
