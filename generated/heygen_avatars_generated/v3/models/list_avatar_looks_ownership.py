from typing import Literal

ListAvatarLooksOwnership = Literal["private", "public"]

LIST_AVATAR_LOOKS_OWNERSHIP_VALUES: set[ListAvatarLooksOwnership] = {
    "private",
    "public",
}


def check_list_avatar_looks_ownership(value: str) -> ListAvatarLooksOwnership:
    if value in LIST_AVATAR_LOOKS_OWNERSHIP_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_AVATAR_LOOKS_OWNERSHIP_VALUES!r}"
    )
