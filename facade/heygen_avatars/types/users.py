"""User: the account behind the key (``GET /v3/users/me``), with its remaining credits or balance."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, Self

from attrs import frozen

from ._coerce import as_mapping, build, flag, freeze, opt_float, opt_int, opt_str, raw_field, text, timestamp

__all__ = ["CreditPool", "Subscription", "UsageBased", "User", "Wallet"]


@frozen(kw_only=True, slots=False)
class Wallet:
    """A prepaid balance (``billing_type`` ``wallet``): ``remaining_balance`` in ``currency`` (``usd``, or
    ``credits`` on Enterprise), and the auto-reload settings when there are any."""

    currency: str | None = None
    remaining_balance: float | None = None
    auto_reload: bool = False
    auto_reload_threshold_usd: float | None = None
    auto_reload_amount_usd: float | None = None

    @classmethod
    def from_raw(cls, raw: object) -> Self | None:
        if not isinstance(raw, Mapping):
            return None
        reload = as_mapping(raw.get("auto_reload"))
        return build(
            cls,
            {
                "currency": opt_str(raw, "currency"),
                "remaining_balance": opt_float(raw, "remaining_balance"),
                "auto_reload": flag(reload, "enabled"),
                "auto_reload_threshold_usd": opt_float(reload, "threshold_usd"),
                "auto_reload_amount_usd": opt_float(reload, "amount_usd"),
            },
        )


@frozen(kw_only=True, slots=False)
class CreditPool:
    """One pool of subscription credits: how many remain and when the pool resets."""

    remaining: int | None = None
    resets_at: datetime | None = None

    @classmethod
    def from_raw(cls, raw: object) -> Self | None:
        if not isinstance(raw, Mapping):
            return None
        return build(cls, {"remaining": opt_int(raw, "remaining"), "resets_at": timestamp(raw, "resets_at")})


@frozen(kw_only=True, slots=False)
class Subscription:
    """Credit pools of a plan (``billing_type`` ``subscription``, OAuth integration apps)."""

    plan: str | None = None
    """``free``, ``starter``, ``creator``, ``pro``, ``team``, ``enterprise``, ``business_plus``..."""
    premium_credits: CreditPool | None = None
    add_on_credits: CreditPool | None = None

    @classmethod
    def from_raw(cls, raw: object) -> Self | None:
        if not isinstance(raw, Mapping):
            return None
        credits = as_mapping(raw.get("credits"))
        return build(
            cls,
            {
                "plan": opt_str(raw, "plan"),
                "premium_credits": CreditPool.from_raw(credits.get("premium_credits")),
                "add_on_credits": CreditPool.from_raw(credits.get("add_on_credits")),
            },
        )


@frozen(kw_only=True, slots=False)
class UsageBased:
    """Metered spending (``billing_type`` ``usage_based``), in US dollars, with its optional cap."""

    spending_current_usd: float | None = None
    spending_cap_usd: float | None = None

    @classmethod
    def from_raw(cls, raw: object) -> Self | None:
        if not isinstance(raw, Mapping):
            return None
        return build(
            cls,
            {
                "spending_current_usd": opt_float(raw, "spending_current_usd"),
                "spending_cap_usd": opt_float(raw, "spending_cap_usd"),
            },
        )


@frozen(kw_only=True, slots=False)
class User:
    """The account the key belongs to (``UserInfoResponse``). ``billing_type`` says which of ``wallet``,
    ``subscription`` and ``usage_based`` is filled in::

        me = client.users.me()
        if me.wallet:
            print(me.username, me.wallet.remaining_balance, me.wallet.currency)
    """

    username: str
    email: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    billing_type: str | None = None
    """``wallet``, ``subscription`` or ``usage_based`` (open: HeyGen may add more)."""
    wallet: Wallet | None = None
    subscription: Subscription | None = None
    usage_based: UsageBased | None = None
    raw: Mapping[str, Any] = raw_field()

    @classmethod
    def from_raw(cls, raw: object) -> Self:
        data = as_mapping(raw)
        return build(
            cls,
            {
                "username": text(data, "username"),
                "email": opt_str(data, "email"),
                "first_name": opt_str(data, "first_name"),
                "last_name": opt_str(data, "last_name"),
                "billing_type": opt_str(data, "billing_type"),
                "wallet": Wallet.from_raw(data.get("wallet")),
                "subscription": Subscription.from_raw(data.get("subscription")),
                "usage_based": UsageBased.from_raw(data.get("usage_based")),
                "raw": freeze(data),
            },
        )
