from typing import Literal

ListVoicesV3Type = Literal["private", "public"]

LIST_VOICES_V3_TYPE_VALUES: set[ListVoicesV3Type] = {
    "private",
    "public",
}


def check_list_voices_v3_type(value: str) -> ListVoicesV3Type:
    if value in LIST_VOICES_V3_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_VOICES_V3_TYPE_VALUES!r}"
    )
