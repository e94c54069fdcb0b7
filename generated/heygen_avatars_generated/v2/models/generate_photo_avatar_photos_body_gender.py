from typing import Literal

GeneratePhotoAvatarPhotosBodyGender = Literal["Man", "Unspecified", "Woman"]

GENERATE_PHOTO_AVATAR_PHOTOS_BODY_GENDER_VALUES: set[
    GeneratePhotoAvatarPhotosBodyGender
] = {
    "Man",
    "Unspecified",
    "Woman",
}


def check_generate_photo_avatar_photos_body_gender(
    value: str,
) -> GeneratePhotoAvatarPhotosBodyGender:
    if value in GENERATE_PHOTO_AVATAR_PHOTOS_BODY_GENDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GENERATE_PHOTO_AVATAR_PHOTOS_BODY_GENDER_VALUES!r}"
    )
