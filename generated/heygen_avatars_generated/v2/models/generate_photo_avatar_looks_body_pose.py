from typing import Literal

GeneratePhotoAvatarLooksBodyPose = Literal["close_up", "full_body", "half_body"]

GENERATE_PHOTO_AVATAR_LOOKS_BODY_POSE_VALUES: set[GeneratePhotoAvatarLooksBodyPose] = {
    "close_up",
    "full_body",
    "half_body",
}


def check_generate_photo_avatar_looks_body_pose(
    value: str,
) -> GeneratePhotoAvatarLooksBodyPose:
    if value in GENERATE_PHOTO_AVATAR_LOOKS_BODY_POSE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GENERATE_PHOTO_AVATAR_LOOKS_BODY_POSE_VALUES!r}"
    )
