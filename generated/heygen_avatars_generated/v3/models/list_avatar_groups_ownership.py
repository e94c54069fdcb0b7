from typing import Literal

ListAvatarGroupsOwnership = Literal["private", "public"]

LIST_AVATAR_GROUPS_OWNERSHIP_VALUES: set[ListAvatarGroupsOwnership] = {
    "private",
    "public",
}


def check_list_avatar_groups_ownership(value: str) -> ListAvatarGroupsOwnership:
    if value in LIST_AVATAR_GROUPS_OWNERSHIP_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_AVATAR_GROUPS_OWNERSHIP_VALUES!r}"
    )
