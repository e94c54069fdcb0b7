from typing import Literal

BillingType = Literal["subscription", "usage_based", "wallet"]

BILLING_TYPE_VALUES: set[BillingType] = {
    "subscription",
    "usage_based",
    "wallet",
}


def check_billing_type(value: str) -> BillingType:
    if value in BILLING_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BILLING_TYPE_VALUES!r}"
    )
