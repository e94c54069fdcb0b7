from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.generate_photo_avatar_looks_body_orientation import (
    GeneratePhotoAvatarLooksBodyOrientation,
    check_generate_photo_avatar_looks_body_orientation,
)
from ..models.generate_photo_avatar_looks_body_pose import (
    GeneratePhotoAvatarLooksBodyPose,
    check_generate_photo_avatar_looks_body_pose,
)
from ..models.generate_photo_avatar_looks_body_style import (
    GeneratePhotoAvatarLooksBodyStyle,
    check_generate_photo_avatar_looks_body_style,
)

T = TypeVar("T", bound="GeneratePhotoAvatarLooksBody")


@_attrs_define
class GeneratePhotoAvatarLooksBody:
    group_id: str
    """ Unique identifier of the trained avatar group. """
    orientation: GeneratePhotoAvatarLooksBodyOrientation
    """ Orientation of the generated look. """
    pose: GeneratePhotoAvatarLooksBodyPose
    """ Pose of the generated look. """
    prompt: str
    """ Prompt to generate different looks """
    style: GeneratePhotoAvatarLooksBodyStyle
    """ Style of the generated look. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_id = self.group_id

        orientation: str = self.orientation

        pose: str = self.pose

        prompt = self.prompt

        style: str = self.style

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "group_id": group_id,
                "orientation": orientation,
                "pose": pose,
                "prompt": prompt,
                "style": style,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        group_id = d.pop("group_id")

        orientation = check_generate_photo_avatar_looks_body_orientation(
            d.pop("orientation")
        )

        pose = check_generate_photo_avatar_looks_body_pose(d.pop("pose"))

        prompt = d.pop("prompt")

        style = check_generate_photo_avatar_looks_body_style(d.pop("style"))

        generate_photo_avatar_looks_body = cls(
            group_id=group_id,
            orientation=orientation,
            pose=pose,
            prompt=prompt,
            style=style,
        )

        generate_photo_avatar_looks_body.additional_properties = d
        return generate_photo_avatar_looks_body

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
