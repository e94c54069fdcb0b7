from typing import Literal

GeneratePhotoAvatarPhotosBodyAge = Literal[
    "Early Middle Age", "Late Middle Age", "Senior", "Unspecified", "Young Adult"
]

GENERATE_PHOTO_AVATAR_PHOTOS_BODY_AGE_VALUES: set[GeneratePhotoAvatarPhotosBodyAge] = {
    "Early Middle Age",
    "Late Middle Age",
    "Senior",
    "Unspecified",
    "Young Adult",
}


def check_generate_photo_avatar_photos_body_age(
    value: str,
) -> GeneratePhotoAvatarPhotosBodyAge:
    if value in GENERATE_PHOTO_AVATAR_PHOTOS_BODY_AGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GENERATE_PHOTO_AVATAR_PHOTOS_BODY_AGE_VALUES!r}"
    )
