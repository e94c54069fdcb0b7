from typing import Literal

GeneratePhotoAvatarPhotosBodyOrientation = Literal["horizontal", "square", "vertical"]

GENERATE_PHOTO_AVATAR_PHOTOS_BODY_ORIENTATION_VALUES: set[
    GeneratePhotoAvatarPhotosBodyOrientation
] = {
    "horizontal",
    "square",
    "vertical",
}


def check_generate_photo_avatar_photos_body_orientation(
    value: str,
) -> GeneratePhotoAvatarPhotosBodyOrientation:
    if value in GENERATE_PHOTO_AVATAR_PHOTOS_BODY_ORIENTATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GENERATE_PHOTO_AVATAR_PHOTOS_BODY_ORIENTATION_VALUES!r}"
    )
