from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UploadAssetResponse200DataType0")


@_attrs_define
class UploadAssetResponse200DataType0:
    created_ts: int | None | Unset = UNSET
    """ Unix timestamp when the asset was created. """
    file_type: None | str | Unset = UNSET
    """ Kind of file (e.g., "image", "video", "audio"). """
    folder_id: None | str | Unset = UNSET
    """ Folder the asset is stored in. """
    id: None | str | Unset = UNSET
    """ Unique identifier of the asset. """
    image_key: Any | Unset = UNSET
    """ Image key for use with photo avatar endpoints; null for non-image assets. """
    meta: Any | Unset = UNSET
    """ Metadata of the asset. """
    name: None | str | Unset = UNSET
    """ Name of the asset. """
    url: None | str | Unset = UNSET
    """ URL of the uploaded asset. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_ts: int | None | Unset
        if isinstance(self.created_ts, Unset):
            created_ts = UNSET
        else:
            created_ts = self.created_ts

        file_type: None | str | Unset
        if isinstance(self.file_type, Unset):
            file_type = UNSET
        else:
            file_type = self.file_type

        folder_id: None | str | Unset
        if isinstance(self.folder_id, Unset):
            folder_id = UNSET
        else:
            folder_id = self.folder_id

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        image_key = self.image_key

        meta = self.meta

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_ts is not UNSET:
            field_dict["created_ts"] = created_ts
        if file_type is not UNSET:
            field_dict["file_type"] = file_type
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id
        if id is not UNSET:
            field_dict["id"] = id
        if image_key is not UNSET:
            field_dict["image_key"] = image_key
        if meta is not UNSET:
            field_dict["meta"] = meta
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_created_ts(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        created_ts = _parse_created_ts(d.pop("created_ts", UNSET))

        def _parse_file_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_type = _parse_file_type(d.pop("file_type", UNSET))

        def _parse_folder_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        folder_id = _parse_folder_id(d.pop("folder_id", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        image_key = d.pop("image_key", UNSET)

        meta = d.pop("meta", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        upload_asset_response_200_data_type_0 = cls(
            created_ts=created_ts,
            file_type=file_type,
            folder_id=folder_id,
            id=id,
            image_key=image_key,
            meta=meta,
            name=name,
            url=url,
        )

        upload_asset_response_200_data_type_0.additional_properties = d
        return upload_asset_response_200_data_type_0

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
