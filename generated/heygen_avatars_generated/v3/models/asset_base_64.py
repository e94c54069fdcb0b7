from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

T = TypeVar("T", bound="AssetBase64")


@_attrs_define
class AssetBase64:
    """Asset input via base64-encoded content."""

    data: str
    """ Base64-encoded file content """
    media_type: str
    """ MIME type of the encoded content (e.g. "image/png") """
    type_: Literal["base64"]
    """ Input type discriminator """

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        media_type = self.media_type

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
                "media_type": media_type,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data = d.pop("data")

        media_type = d.pop("media_type")

        type_ = cast(Literal["base64"], d.pop("type"))
        if type_ != "base64":
            raise ValueError(f"type must match const 'base64', got '{type_}'")

        asset_base_64 = cls(
            data=data,
            media_type=media_type,
            type_=type_,
        )

        return asset_base_64
