from typing import Literal

SubscriptionTier = Literal[
    "business_plus", "creator", "enterprise", "free", "pro", "starter", "team"
]

SUBSCRIPTION_TIER_VALUES: set[SubscriptionTier] = {
    "business_plus",
    "creator",
    "enterprise",
    "free",
    "pro",
    "starter",
    "team",
}


def check_subscription_tier(value: str) -> SubscriptionTier:
    if value in SUBSCRIPTION_TIER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBSCRIPTION_TIER_VALUES!r}"
    )
