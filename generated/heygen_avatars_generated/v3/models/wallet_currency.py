from typing import Literal

WalletCurrency = Literal["credits", "usd"]

WALLET_CURRENCY_VALUES: set[WalletCurrency] = {
    "credits",
    "usd",
}


def check_wallet_currency(value: str) -> WalletCurrency:
    if value in WALLET_CURRENCY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLET_CURRENCY_VALUES!r}"
    )
