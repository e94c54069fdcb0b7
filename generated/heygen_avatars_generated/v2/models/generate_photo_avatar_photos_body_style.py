from typing import Literal

GeneratePhotoAvatarPhotosBodyStyle = Literal[
    "Cinematic", "Cyberpunk", "Noir", "Pixar", "Realistic", "Unspecified", "Vintage"
]

GENERATE_PHOTO_AVATAR_PHOTOS_BODY_STYLE_VALUES: set[
    GeneratePhotoAvatarPhotosBodyStyle
] = {
    "Cinematic",
    "Cyberpunk",
    "Noir",
    "Pixar",
    "Realistic",
    "Unspecified",
    "Vintage",
}


def check_generate_photo_avatar_photos_body_style(
    value: str,
) -> GeneratePhotoAvatarPhotosBodyStyle:
    if value in GENERATE_PHOTO_AVATAR_PHOTOS_BODY_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GENERATE_PHOTO_AVATAR_PHOTOS_BODY_STYLE_VALUES!r}"
    )
