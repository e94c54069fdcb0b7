from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.v2_error_error_type_0_type_0 import V2ErrorErrorType0Type0


T = TypeVar("T", bound="V2Error")


@_attrs_define
class V2Error:
    """HeyGen's v2 error envelope: {"error": {"code", "message"}, "data": null}."""

    data: Any | Unset = UNSET
    """ Always null on errors. """
    error: None | str | Unset | V2ErrorErrorType0Type0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.v2_error_error_type_0_type_0 import V2ErrorErrorType0Type0

        data = self.data

        error: dict[str, Any] | None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, V2ErrorErrorType0Type0):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.v2_error_error_type_0_type_0 import V2ErrorErrorType0Type0

        d = dict(src_dict)
        data = d.pop("data", UNSET)

        def _parse_error(data: object) -> None | str | Unset | V2ErrorErrorType0Type0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0_type_0 = V2ErrorErrorType0Type0.from_dict(data)

                return error_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | Unset | V2ErrorErrorType0Type0, data)

        error = _parse_error(d.pop("error", UNSET))

        v2_error = cls(
            data=data,
            error=error,
        )

        v2_error.additional_properties = d
        return v2_error

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
