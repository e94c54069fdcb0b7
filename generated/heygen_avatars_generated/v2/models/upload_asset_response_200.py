from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.upload_asset_response_200_data_type_0 import (
        UploadAssetResponse200DataType0,
    )


T = TypeVar("T", bound="UploadAssetResponse200")


@_attrs_define
class UploadAssetResponse200:
    code: int | None | Unset = UNSET
    """ Status code; 100 means success. """
    data: None | Unset | UploadAssetResponse200DataType0 = UNSET
    message: Any | Unset = UNSET
    """ Message; null on success. """
    msg: Any | Unset = UNSET
    """ Message; null on success. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.upload_asset_response_200_data_type_0 import (
            UploadAssetResponse200DataType0,
        )

        code: int | None | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, UploadAssetResponse200DataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        message = self.message

        msg = self.msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if data is not UNSET:
            field_dict["data"] = data
        if message is not UNSET:
            field_dict["message"] = message
        if msg is not UNSET:
            field_dict["msg"] = msg

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.upload_asset_response_200_data_type_0 import (
            UploadAssetResponse200DataType0,
        )

        d = dict(src_dict)

        def _parse_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_data(data: object) -> None | Unset | UploadAssetResponse200DataType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = UploadAssetResponse200DataType0.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UploadAssetResponse200DataType0, data)

        data = _parse_data(d.pop("data", UNSET))

        message = d.pop("message", UNSET)

        msg = d.pop("msg", UNSET)

        upload_asset_response_200 = cls(
            code=code,
            data=data,
            message=message,
            msg=msg,
        )

        upload_asset_response_200.additional_properties = d
        return upload_asset_response_200

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
