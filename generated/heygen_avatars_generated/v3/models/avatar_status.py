from typing import Literal

AvatarStatus = Literal["completed", "failed", "pending_consent", "processing"]

AVATAR_STATUS_VALUES: set[AvatarStatus] = {
    "completed",
    "failed",
    "pending_consent",
    "processing",
}


def check_avatar_status(value: str) -> AvatarStatus:
    if value in AVATAR_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AVATAR_STATUS_VALUES!r}"
    )
