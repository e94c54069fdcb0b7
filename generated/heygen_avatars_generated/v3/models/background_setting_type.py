from typing import Literal

BackgroundSettingType = Literal["color", "image"]

BACKGROUND_SETTING_TYPE_VALUES: set[BackgroundSettingType] = {
    "color",
    "image",
}


def check_background_setting_type(value: str) -> BackgroundSettingType:
    if value in BACKGROUND_SETTING_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BACKGROUND_SETTING_TYPE_VALUES!r}"
    )
