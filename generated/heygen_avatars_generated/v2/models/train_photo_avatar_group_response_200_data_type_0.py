from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainPhotoAvatarGroupResponse200DataType0")


@_attrs_define
class TrainPhotoAvatarGroupResponse200DataType0:
    code: int | None | Unset = UNSET
    """ Status code; 100 means success. """
    data: Any | Unset = UNSET
    """ null when the training job was accepted. """
    message: Any | Unset = UNSET
    """ Message; null on success. """
    msg: Any | Unset = UNSET
    """ Message; null on success. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: int | None | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

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
        d = dict(src_dict)

        def _parse_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        data = d.pop("data", UNSET)

        message = d.pop("message", UNSET)

        msg = d.pop("msg", UNSET)

        train_photo_avatar_group_response_200_data_type_0 = cls(
            code=code,
            data=data,
            message=message,
            msg=msg,
        )

        train_photo_avatar_group_response_200_data_type_0.additional_properties = d
        return train_photo_avatar_group_response_200_data_type_0

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
