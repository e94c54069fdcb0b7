from typing import Literal

VideoStatus = Literal["completed", "failed", "pending", "processing"]

VIDEO_STATUS_VALUES: set[VideoStatus] = {
    "completed",
    "failed",
    "pending",
    "processing",
}


def check_video_status(value: str) -> VideoStatus:
    if value in VIDEO_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDEO_STATUS_VALUES!r}"
    )
