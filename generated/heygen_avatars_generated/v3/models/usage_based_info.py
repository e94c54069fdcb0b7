from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UsageBasedInfo")


@_attrs_define
class UsageBasedInfo:
    spending_cap_usd: float | None | Unset = UNSET
    spending_current_usd: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        spending_cap_usd: float | None | Unset
        if isinstance(self.spending_cap_usd, Unset):
            spending_cap_usd = UNSET
        else:
            spending_cap_usd = self.spending_cap_usd

        spending_current_usd: float | None | Unset
        if isinstance(self.spending_current_usd, Unset):
            spending_current_usd = UNSET
        else:
            spending_current_usd = self.spending_current_usd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if spending_cap_usd is not UNSET:
            field_dict["spending_cap_usd"] = spending_cap_usd
        if spending_current_usd is not UNSET:
            field_dict["spending_current_usd"] = spending_current_usd

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_spending_cap_usd(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        spending_cap_usd = _parse_spending_cap_usd(d.pop("spending_cap_usd", UNSET))

        def _parse_spending_current_usd(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        spending_current_usd = _parse_spending_current_usd(
            d.pop("spending_current_usd", UNSET)
        )

        usage_based_info = cls(
            spending_cap_usd=spending_cap_usd,
            spending_current_usd=spending_current_usd,
        )

        usage_based_info.additional_properties = d
        return usage_based_info

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
