from typing import Literal

GeneratePhotoAvatarPhotosBodyEthnicity = Literal[
    "Asian American",
    "Black",
    "East Asian",
    "Hispanic",
    "Middle Eastern",
    "Pacific",
    "South Asian",
    "South East Asian",
    "Unspecified",
    "White",
]

GENERATE_PHOTO_AVATAR_PHOTOS_BODY_ETHNICITY_VALUES: set[
    GeneratePhotoAvatarPhotosBodyEthnicity
] = {
    "Asian American",
    "Black",
    "East Asian",
    "Hispanic",
    "Middle Eastern",
    "Pacific",
    "South Asian",
    "South East Asian",
    "Unspecified",
    "White",
}


def check_generate_photo_avatar_photos_body_ethnicity(
    value: str,
) -> GeneratePhotoAvatarPhotosBodyEthnicity:
    if value in GENERATE_PHOTO_AVATAR_PHOTOS_BODY_ETHNICITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GENERATE_PHOTO_AVATAR_PHOTOS_BODY_ETHNICITY_VALUES!r}"
    )
