from typing import Literal

AvatarLookItemPreferredOrientationType0 = Literal["landscape", "portrait", "square"]

AVATAR_LOOK_ITEM_PREFERRED_ORIENTATION_TYPE_0_VALUES: set[
    AvatarLookItemPreferredOrientationType0
] = {
    "landscape",
    "portrait",
    "square",
}


def check_avatar_look_item_preferred_orientation_type_0(
    value: str,
) -> AvatarLookItemPreferredOrientationType0:
    if value in AVATAR_LOOK_ITEM_PREFERRED_ORIENTATION_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AVATAR_LOOK_ITEM_PREFERRED_ORIENTATION_TYPE_0_VALUES!r}"
    )
