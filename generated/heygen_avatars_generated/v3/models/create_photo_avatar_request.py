from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_base_64 import AssetBase64
    from ..models.asset_id import AssetId
    from ..models.asset_url import AssetUrl


T = TypeVar("T", bound="CreatePhotoAvatarRequest")


@_attrs_define
class CreatePhotoAvatarRequest:
    file: AssetBase64 | AssetId | AssetUrl
    """ Photo asset of the avatar. """
    name: str
    """ Name of the avatar. """
    type_: Literal["photo"]
    """ Must be 'photo' for photo-based avatars. """
    avatar_group_id: None | str | Unset = UNSET
    """ Optional identity you would like to attach the photo avatar to. By default it will create a new identity.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.asset_id import AssetId
        from ..models.asset_url import AssetUrl

        file: dict[str, Any]
        if isinstance(self.file, AssetUrl) or isinstance(self.file, AssetId):
            file = self.file.to_dict()
        else:
            file = self.file.to_dict()

        name = self.name

        type_ = self.type_

        avatar_group_id: None | str | Unset
        if isinstance(self.avatar_group_id, Unset):
            avatar_group_id = UNSET
        else:
            avatar_group_id = self.avatar_group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
                "name": name,
                "type": type_,
            }
        )
        if avatar_group_id is not UNSET:
            field_dict["avatar_group_id"] = avatar_group_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.asset_base_64 import AssetBase64
        from ..models.asset_id import AssetId
        from ..models.asset_url import AssetUrl

        d = dict(src_dict)

        def _parse_file(data: object) -> AssetBase64 | AssetId | AssetUrl:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                file_type_0 = AssetUrl.from_dict(data)

                return file_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                file_type_1 = AssetId.from_dict(data)

                return file_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            file_type_2 = AssetBase64.from_dict(data)

            return file_type_2

        file = _parse_file(d.pop("file"))

        name = d.pop("name")

        type_ = cast(Literal["photo"], d.pop("type"))
        if type_ != "photo":
            raise ValueError(f"type must match const 'photo', got '{type_}'")

        def _parse_avatar_group_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        avatar_group_id = _parse_avatar_group_id(d.pop("avatar_group_id", UNSET))

        create_photo_avatar_request = cls(
            file=file,
            name=name,
            type_=type_,
            avatar_group_id=avatar_group_id,
        )

        create_photo_avatar_request.additional_properties = d
        return create_photo_avatar_request

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
