from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddMotionBody")


@_attrs_define
class AddMotionBody:
    id: str
    """ photo avatar id """
    motion_type: str | Unset = UNSET
    """ Motion engine to use. """
    prompt: str | Unset = UNSET
    """ Text prompt guiding the avatar's movement. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        motion_type = self.motion_type

        prompt = self.prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if motion_type is not UNSET:
            field_dict["motion_type"] = motion_type
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        motion_type = d.pop("motion_type", UNSET)

        prompt = d.pop("prompt", UNSET)

        add_motion_body = cls(
            id=id,
            motion_type=motion_type,
            prompt=prompt,
        )

        add_motion_body.additional_properties = d
        return add_motion_body

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
