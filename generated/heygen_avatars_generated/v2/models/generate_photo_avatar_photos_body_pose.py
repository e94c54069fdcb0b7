from typing import Literal

GeneratePhotoAvatarPhotosBodyPose = Literal["close_up", "full_body", "half_body"]

GENERATE_PHOTO_AVATAR_PHOTOS_BODY_POSE_VALUES: set[
    GeneratePhotoAvatarPhotosBodyPose
] = {
    "close_up",
    "full_body",
    "half_body",
}


def check_generate_photo_avatar_photos_body_pose(
    value: str,
) -> GeneratePhotoAvatarPhotosBodyPose:
    if value in GENERATE_PHOTO_AVATAR_PHOTOS_BODY_POSE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GENERATE_PHOTO_AVATAR_PHOTOS_BODY_POSE_VALUES!r}"
    )
