from typing import Literal

GeneratePhotoAvatarLooksBodyOrientation = Literal["horizontal", "square", "vertical"]

GENERATE_PHOTO_AVATAR_LOOKS_BODY_ORIENTATION_VALUES: set[
    GeneratePhotoAvatarLooksBodyOrientation
] = {
    "horizontal",
    "square",
    "vertical",
}


def check_generate_photo_avatar_looks_body_orientation(
    value: str,
) -> GeneratePhotoAvatarLooksBodyOrientation:
    if value in GENERATE_PHOTO_AVATAR_LOOKS_BODY_ORIENTATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GENERATE_PHOTO_AVATAR_LOOKS_BODY_ORIENTATION_VALUES!r}"
    )
