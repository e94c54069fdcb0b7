from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_asset_upload_response_upload_headers_type_0 import (
        CreateAssetUploadResponseUploadHeadersType0,
    )


T = TypeVar("T", bound="CreateAssetUploadResponse")


@_attrs_define
class CreateAssetUploadResponse:
    """Presigned upload instructions."""

    asset_id: None | str | Unset = UNSET
    """ Reusable asset identifier. Becomes usable after POST /v3/assets/{asset_id}/complete. """
    expires_in_seconds: int | None | Unset = UNSET
    """ Seconds until the upload URL expires. """
    max_bytes: int | None | Unset = UNSET
    """ Maximum allowed upload size in bytes. """
    status: None | str | Unset = UNSET
    """ Upload lifecycle status. Always 'pending_upload' here. """
    upload_headers: CreateAssetUploadResponseUploadHeadersType0 | None | Unset = UNSET
    """ Headers that must be sent verbatim on the PUT request. """
    upload_url: None | str | Unset = UNSET
    """ Presigned S3 URL. PUT the raw file bytes here. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_asset_upload_response_upload_headers_type_0 import (
            CreateAssetUploadResponseUploadHeadersType0,
        )

        asset_id: None | str | Unset
        if isinstance(self.asset_id, Unset):
            asset_id = UNSET
        else:
            asset_id = self.asset_id

        expires_in_seconds: int | None | Unset
        if isinstance(self.expires_in_seconds, Unset):
            expires_in_seconds = UNSET
        else:
            expires_in_seconds = self.expires_in_seconds

        max_bytes: int | None | Unset
        if isinstance(self.max_bytes, Unset):
            max_bytes = UNSET
        else:
            max_bytes = self.max_bytes

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        upload_headers: dict[str, Any] | None | Unset
        if isinstance(self.upload_headers, Unset):
            upload_headers = UNSET
        elif isinstance(
            self.upload_headers, CreateAssetUploadResponseUploadHeadersType0
        ):
            upload_headers = self.upload_headers.to_dict()
        else:
            upload_headers = self.upload_headers

        upload_url: None | str | Unset
        if isinstance(self.upload_url, Unset):
            upload_url = UNSET
        else:
            upload_url = self.upload_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asset_id is not UNSET:
            field_dict["asset_id"] = asset_id
        if expires_in_seconds is not UNSET:
            field_dict["expires_in_seconds"] = expires_in_seconds
        if max_bytes is not UNSET:
            field_dict["max_bytes"] = max_bytes
        if status is not UNSET:
            field_dict["status"] = status
        if upload_headers is not UNSET:
            field_dict["upload_headers"] = upload_headers
        if upload_url is not UNSET:
            field_dict["upload_url"] = upload_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_asset_upload_response_upload_headers_type_0 import (
            CreateAssetUploadResponseUploadHeadersType0,
        )

        d = dict(src_dict)

        def _parse_asset_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        asset_id = _parse_asset_id(d.pop("asset_id", UNSET))

        def _parse_expires_in_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expires_in_seconds = _parse_expires_in_seconds(
            d.pop("expires_in_seconds", UNSET)
        )

        def _parse_max_bytes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_bytes = _parse_max_bytes(d.pop("max_bytes", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_upload_headers(
            data: object,
        ) -> CreateAssetUploadResponseUploadHeadersType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                upload_headers_type_0 = (
                    CreateAssetUploadResponseUploadHeadersType0.from_dict(data)
                )

                return upload_headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                CreateAssetUploadResponseUploadHeadersType0 | None | Unset, data
            )

        upload_headers = _parse_upload_headers(d.pop("upload_headers", UNSET))

        def _parse_upload_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        upload_url = _parse_upload_url(d.pop("upload_url", UNSET))

        create_asset_upload_response = cls(
            asset_id=asset_id,
            expires_in_seconds=expires_in_seconds,
            max_bytes=max_bytes,
            status=status,
            upload_headers=upload_headers,
            upload_url=upload_url,
        )

        create_asset_upload_response.additional_properties = d
        return create_asset_upload_response

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
