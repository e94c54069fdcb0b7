from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wallet_currency import WalletCurrency, check_wallet_currency
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_reload_info import AutoReloadInfo


T = TypeVar("T", bound="WalletInfo")


@_attrs_define
class WalletInfo:
    auto_reload: AutoReloadInfo | None | Unset = UNSET
    currency: None | Unset | WalletCurrency = UNSET
    remaining_balance: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.auto_reload_info import AutoReloadInfo

        auto_reload: dict[str, Any] | None | Unset
        if isinstance(self.auto_reload, Unset):
            auto_reload = UNSET
        elif isinstance(self.auto_reload, AutoReloadInfo):
            auto_reload = self.auto_reload.to_dict()
        else:
            auto_reload = self.auto_reload

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        elif isinstance(self.currency, str):
            currency = self.currency
        else:
            currency = self.currency

        remaining_balance: float | None | Unset
        if isinstance(self.remaining_balance, Unset):
            remaining_balance = UNSET
        else:
            remaining_balance = self.remaining_balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auto_reload is not UNSET:
            field_dict["auto_reload"] = auto_reload
        if currency is not UNSET:
            field_dict["currency"] = currency
        if remaining_balance is not UNSET:
            field_dict["remaining_balance"] = remaining_balance

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.auto_reload_info import AutoReloadInfo

        d = dict(src_dict)

        def _parse_auto_reload(data: object) -> AutoReloadInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                auto_reload_type_0 = AutoReloadInfo.from_dict(data)

                return auto_reload_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AutoReloadInfo | None | Unset, data)

        auto_reload = _parse_auto_reload(d.pop("auto_reload", UNSET))

        def _parse_currency(data: object) -> None | Unset | WalletCurrency:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                currency_type_0 = check_wallet_currency(data)

                return currency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WalletCurrency, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_remaining_balance(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        remaining_balance = _parse_remaining_balance(d.pop("remaining_balance", UNSET))

        wallet_info = cls(
            auto_reload=auto_reload,
            currency=currency,
            remaining_balance=remaining_balance,
        )

        wallet_info.additional_properties = d
        return wallet_info

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
