from typing import Literal

AvatarLookType = Literal["digital_twin", "photo_avatar", "studio_avatar"]

AVATAR_LOOK_TYPE_VALUES: set[AvatarLookType] = {
    "digital_twin",
    "photo_avatar",
    "studio_avatar",
}


def check_avatar_look_type(value: str) -> AvatarLookType:
    if value in AVATAR_LOOK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AVATAR_LOOK_TYPE_VALUES!r}"
    )
