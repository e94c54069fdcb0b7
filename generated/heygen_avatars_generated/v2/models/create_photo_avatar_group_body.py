from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePhotoAvatarGroupBody")


@_attrs_define
class CreatePhotoAvatarGroupBody:
    image_key: str
    """ Image key of the AI-generated avatar/uploaded photo. For AI-generated photos, this can be retrieved from the
    <a href="https://docs.heygen.com/reference/check-photolook-generation-status" target="_blank">Check Photo/Look
    Generation Status</a> endpoint. For user-uploaded photos, this can be retrieved from the <a
    href="https://docs.heygen.com/reference/upload-asset" target="_blank">Upload Asset</a> endpoint. """
    name: str
    """ Name of the avatar group.  """
    generation_id: str | Unset = UNSET
    """ Unique identifier of the AI-generated avatar. Can be retrieved from the <a
    href="https://docs.heygen.com/reference/generate-photo-avatar-photos" target="_blank">Generate Photo Avatar
    Photos</a> endpoint. _Applies only to the AI-generated avatars._ """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_key = self.image_key

        name = self.name

        generation_id = self.generation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_key": image_key,
                "name": name,
            }
        )
        if generation_id is not UNSET:
            field_dict["generation_id"] = generation_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image_key = d.pop("image_key")

        name = d.pop("name")

        generation_id = d.pop("generation_id", UNSET)

        create_photo_avatar_group_body = cls(
            image_key=image_key,
            name=name,
            generation_id=generation_id,
        )

        create_photo_avatar_group_body.additional_properties = d
        return create_photo_avatar_group_body

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
