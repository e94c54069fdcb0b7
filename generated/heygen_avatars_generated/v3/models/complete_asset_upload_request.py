from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompleteAssetUploadRequest")


@_attrs_define
class CompleteAssetUploadRequest:
    """Finalize a presigned upload (POST /v3/assets/{asset_id}/complete)."""

    checksum_sha256: None | str | Unset = UNSET
    """ Optional SHA256 (hex) cross-check. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checksum_sha256: None | str | Unset
        if isinstance(self.checksum_sha256, Unset):
            checksum_sha256 = UNSET
        else:
            checksum_sha256 = self.checksum_sha256

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if checksum_sha256 is not UNSET:
            field_dict["checksum_sha256"] = checksum_sha256

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_checksum_sha256(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        checksum_sha256 = _parse_checksum_sha256(d.pop("checksum_sha256", UNSET))

        complete_asset_upload_request = cls(
            checksum_sha256=checksum_sha256,
        )

        complete_asset_upload_request.additional_properties = d
        return complete_asset_upload_request

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
