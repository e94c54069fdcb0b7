from typing import Literal

Expressiveness = Literal["high", "low", "medium"]

EXPRESSIVENESS_VALUES: set[Expressiveness] = {
    "high",
    "low",
    "medium",
}


def check_expressiveness(value: str) -> Expressiveness:
    if value in EXPRESSIVENESS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXPRESSIVENESS_VALUES!r}"
    )
