from typing import Literal

GeneratePhotoAvatarLooksBodyStyle = Literal[
    "Cinematic", "Cyberpunk", "Noir", "Pixar", "Realistic", "Unspecified", "Vintage"
]

GENERATE_PHOTO_AVATAR_LOOKS_BODY_STYLE_VALUES: set[
    GeneratePhotoAvatarLooksBodyStyle
] = {
    "Cinematic",
    "Cyberpunk",
    "Noir",
    "Pixar",
    "Realistic",
    "Unspecified",
    "Vintage",
}


def check_generate_photo_avatar_looks_body_style(
    value: str,
) -> GeneratePhotoAvatarLooksBodyStyle:
    if value in GENERATE_PHOTO_AVATAR_LOOKS_BODY_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GENERATE_PHOTO_AVATAR_LOOKS_BODY_STYLE_VALUES!r}"
    )
