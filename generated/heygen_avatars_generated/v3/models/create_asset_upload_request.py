from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAssetUploadRequest")


@_attrs_define
class CreateAssetUploadRequest:
    """Request to begin a presigned direct-to-S3 upload (POST /v3/assets/direct-uploads)."""

    content_type: str
    """ Declared MIME type (e.g. 'video/mp4', 'image/png', 'audio/mpeg', 'application/pdf', 'application/zip').
    Verified against the stored bytes at completion. """
    filename: str
    """ Original filename for reference/metadata. The stored object's extension is derived from content_type. """
    size_bytes: int
    """ Exact byte size of the file. Signed into the upload URL so it cannot be exceeded. """
    checksum_sha256: None | str | Unset = UNSET
    """ Optional SHA256 of the file as hex. When provided, S3 enforces it on upload. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_type = self.content_type

        filename = self.filename

        size_bytes = self.size_bytes

        checksum_sha256: None | str | Unset
        if isinstance(self.checksum_sha256, Unset):
            checksum_sha256 = UNSET
        else:
            checksum_sha256 = self.checksum_sha256

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content_type": content_type,
                "filename": filename,
                "size_bytes": size_bytes,
            }
        )
        if checksum_sha256 is not UNSET:
            field_dict["checksum_sha256"] = checksum_sha256

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        content_type = d.pop("content_type")

        filename = d.pop("filename")

        size_bytes = d.pop("size_bytes")

        def _parse_checksum_sha256(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        checksum_sha256 = _parse_checksum_sha256(d.pop("checksum_sha256", UNSET))

        create_asset_upload_request = cls(
            content_type=content_type,
            filename=filename,
            size_bytes=size_bytes,
            checksum_sha256=checksum_sha256,
        )

        create_asset_upload_request.additional_properties = d
        return create_asset_upload_request

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
