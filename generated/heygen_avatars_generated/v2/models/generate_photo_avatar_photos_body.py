from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.generate_photo_avatar_photos_body_age import (
    GeneratePhotoAvatarPhotosBodyAge,
    check_generate_photo_avatar_photos_body_age,
)
from ..models.generate_photo_avatar_photos_body_ethnicity import (
    GeneratePhotoAvatarPhotosBodyEthnicity,
    check_generate_photo_avatar_photos_body_ethnicity,
)
from ..models.generate_photo_avatar_photos_body_gender import (
    GeneratePhotoAvatarPhotosBodyGender,
    check_generate_photo_avatar_photos_body_gender,
)
from ..models.generate_photo_avatar_photos_body_orientation import (
    GeneratePhotoAvatarPhotosBodyOrientation,
    check_generate_photo_avatar_photos_body_orientation,
)
from ..models.generate_photo_avatar_photos_body_pose import (
    GeneratePhotoAvatarPhotosBodyPose,
    check_generate_photo_avatar_photos_body_pose,
)
from ..models.generate_photo_avatar_photos_body_style import (
    GeneratePhotoAvatarPhotosBodyStyle,
    check_generate_photo_avatar_photos_body_style,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GeneratePhotoAvatarPhotosBody")


@_attrs_define
class GeneratePhotoAvatarPhotosBody:
    age: GeneratePhotoAvatarPhotosBodyAge
    """ Age group of the generated avatar. """
    appearance: str
    """ Description/Prompt of the generated avatar photo, maximum 1000 characters """
    ethnicity: GeneratePhotoAvatarPhotosBodyEthnicity
    """ Ethnicity of the generated avatar. """
    gender: GeneratePhotoAvatarPhotosBodyGender
    """ Gender of the generated avatar. """
    name: str
    """ Name for the generated avatar. """
    orientation: GeneratePhotoAvatarPhotosBodyOrientation
    """ Orientation of the generated photo. """
    pose: GeneratePhotoAvatarPhotosBodyPose
    """ Pose of the generated avatar. """
    style: GeneratePhotoAvatarPhotosBodyStyle
    """ Style of the generated photo. """
    callback_id: str | Unset = UNSET
    """ Custom ID for tracking, sent with the callback. """
    callback_url: str | Unset = UNSET
    """ Webhook URL notified when the generation completes. """

    def to_dict(self) -> dict[str, Any]:
        age: str = self.age

        appearance = self.appearance

        ethnicity: str = self.ethnicity

        gender: str = self.gender

        name = self.name

        orientation: str = self.orientation

        pose: str = self.pose

        style: str = self.style

        callback_id = self.callback_id

        callback_url = self.callback_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "age": age,
                "appearance": appearance,
                "ethnicity": ethnicity,
                "gender": gender,
                "name": name,
                "orientation": orientation,
                "pose": pose,
                "style": style,
            }
        )
        if callback_id is not UNSET:
            field_dict["callback_id"] = callback_id
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        age = check_generate_photo_avatar_photos_body_age(d.pop("age"))

        appearance = d.pop("appearance")

        ethnicity = check_generate_photo_avatar_photos_body_ethnicity(
            d.pop("ethnicity")
        )

        gender = check_generate_photo_avatar_photos_body_gender(d.pop("gender"))

        name = d.pop("name")

        orientation = check_generate_photo_avatar_photos_body_orientation(
            d.pop("orientation")
        )

        pose = check_generate_photo_avatar_photos_body_pose(d.pop("pose"))

        style = check_generate_photo_avatar_photos_body_style(d.pop("style"))

        callback_id = d.pop("callback_id", UNSET)

        callback_url = d.pop("callback_url", UNSET)

        generate_photo_avatar_photos_body = cls(
            age=age,
            appearance=appearance,
            ethnicity=ethnicity,
            gender=gender,
            name=name,
            orientation=orientation,
            pose=pose,
            style=style,
            callback_id=callback_id,
            callback_url=callback_url,
        )

        return generate_photo_avatar_photos_body
