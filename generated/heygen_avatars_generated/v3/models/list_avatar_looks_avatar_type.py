from typing import Literal

ListAvatarLooksAvatarType = Literal["digital_twin", "photo_avatar", "studio_avatar"]

LIST_AVATAR_LOOKS_AVATAR_TYPE_VALUES: set[ListAvatarLooksAvatarType] = {
    "digital_twin",
    "photo_avatar",
    "studio_avatar",
}


def check_list_avatar_looks_avatar_type(value: str) -> ListAvatarLooksAvatarType:
    if value in LIST_AVATAR_LOOKS_AVATAR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_AVATAR_LOOKS_AVATAR_TYPE_VALUES!r}"
    )
