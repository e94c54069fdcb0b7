"""`client.users.me()` (``GET /v3/users/me``) against the mock, sync and async; the model reads every
billing type tolerantly."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from conftest import resolve
from heygen_avatars import AsyncHeyGen, AuthenticationError, HeyGen, User
from heygen_avatars.mock import MockHeyGen

pytestmark = pytest.mark.anyio


@pytest.fixture
def mock() -> MockHeyGen:
    return MockHeyGen(strict_responses=True)


async def test_me_names_the_account_and_its_balance(client: Any, mock: MockHeyGen) -> None:
    me = await resolve(client.users.me())
    assert isinstance(me, User)
    assert me.username == "mock_user" and me.email and me.billing_type == "wallet"
    assert me.wallet is not None and me.wallet.currency == "usd" and me.wallet.remaining_balance == 100.0
    assert me.subscription is None and me.usage_based is None
    assert [entry.operation for entry in mock.journal] == ["getUserMeV3"]
    assert mock.conformance_errors == []


async def test_a_wrong_key_is_an_authentication_error(mock: MockHeyGen, face: str) -> None:
    cls = HeyGen if face == "sync" else AsyncHeyGen
    client = cls(api_key="not-the-key-0123", transport=mock.transport(), clock=mock.clock)
    with pytest.raises(AuthenticationError):
        await resolve(client.users.me())


async def test_the_raw_form(client: Any) -> None:
    raw = await resolve(client.users.with_raw_response.me())
    assert raw.status_code == 200 and raw.parse().username == "mock_user"


def test_the_mock_answers_with_a_bearer_token_too(mock: MockHeyGen) -> None:
    """HeyGen's OAuth apps (and clients such as the n8n node) send ``Authorization: Bearer``."""
    with httpx.Client(transport=mock.transport(), base_url="https://api.heygen.com") as http:
        answer = http.get("/v3/users/me", headers={"authorization": f"Bearer {mock.api_key}"})
        assert answer.status_code == 200 and answer.json()["data"]["username"] == "mock_user"
        assert http.get("/v3/users/me").status_code == 401


def test_each_billing_type_is_read() -> None:
    subscription = User.from_raw(
        {
            "username": "u", "email": None, "first_name": None, "last_name": None,
            "billing_type": "subscription",
            "subscription": {
                "plan": "team",
                "credits": {"premium_credits": {"remaining": 500, "resets_at": "2024-05-01T00:00:00Z"}},
            },
        }
    )  # fmt: skip
    assert subscription.subscription is not None and subscription.subscription.plan == "team"
    pool = subscription.subscription.premium_credits
    assert pool is not None and pool.remaining == 500 and pool.resets_at is not None
    assert subscription.subscription.add_on_credits is None
    metered = User.from_raw(
        {"username": "u", "billing_type": "usage_based",
         "usage_based": {"spending_current_usd": 42.5, "spending_cap_usd": None}}
    )  # fmt: skip
    assert metered.usage_based is not None and metered.usage_based.spending_current_usd == 42.5
    wallet = User.from_raw(
        {"username": "u", "wallet": {"currency": "credits", "remaining_balance": "12",
                                     "auto_reload": {"enabled": True, "threshold_usd": 10, "amount_usd": 50}}}
    )  # fmt: skip
    assert wallet.wallet is not None and wallet.wallet.remaining_balance == 12.0
    assert wallet.wallet.auto_reload and wallet.wallet.auto_reload_amount_usd == 50.0
    assert User.from_raw({"username": "u", "wallet": "broken"}).wallet is None
