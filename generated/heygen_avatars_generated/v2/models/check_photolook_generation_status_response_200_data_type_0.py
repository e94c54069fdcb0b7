from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckPhotolookGenerationStatusResponse200DataType0")


@_attrs_define
class CheckPhotolookGenerationStatusResponse200DataType0:
    id: None | str | Unset = UNSET
    image_key_list: list[str] | None | Unset = UNSET
    image_url_list: list[str] | None | Unset = UNSET
    msg: None | str | Unset = UNSET
    """ Why the generation failed; null otherwise. """
    status: None | str | Unset = UNSET
    """ Generation status: pending, in_progress (or processing), success, failed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        image_key_list: list[str] | None | Unset
        if isinstance(self.image_key_list, Unset):
            image_key_list = UNSET
        elif isinstance(self.image_key_list, list):
            image_key_list = self.image_key_list

        else:
            image_key_list = self.image_key_list

        image_url_list: list[str] | None | Unset
        if isinstance(self.image_url_list, Unset):
            image_url_list = UNSET
        elif isinstance(self.image_url_list, list):
            image_url_list = self.image_url_list

        else:
            image_url_list = self.image_url_list

        msg: None | str | Unset
        if isinstance(self.msg, Unset):
            msg = UNSET
        else:
            msg = self.msg

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if image_key_list is not UNSET:
            field_dict["image_key_list"] = image_key_list
        if image_url_list is not UNSET:
            field_dict["image_url_list"] = image_url_list
        if msg is not UNSET:
            field_dict["msg"] = msg
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_image_key_list(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                image_key_list_type_0 = cast(list[str], data)

                return image_key_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        image_key_list = _parse_image_key_list(d.pop("image_key_list", UNSET))

        def _parse_image_url_list(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                image_url_list_type_0 = cast(list[str], data)

                return image_url_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        image_url_list = _parse_image_url_list(d.pop("image_url_list", UNSET))

        def _parse_msg(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        msg = _parse_msg(d.pop("msg", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        check_photolook_generation_status_response_200_data_type_0 = cls(
            id=id,
            image_key_list=image_key_list,
            image_url_list=image_url_list,
            msg=msg,
            status=status,
        )

        check_photolook_generation_status_response_200_data_type_0.additional_properties = d
        return check_photolook_generation_status_response_200_data_type_0

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
