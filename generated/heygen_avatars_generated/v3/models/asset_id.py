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

T = TypeVar("T", bound="AssetId")


@_attrs_define
class AssetId:
    """Asset input via HeyGen asset ID (from POST /v1/asset)."""

    asset_id: str
    """ HeyGen asset id from POST /v3/assets. """
    type_: Literal["asset_id"]
    """ Input type discriminator """

    def to_dict(self) -> dict[str, Any]:
        asset_id = self.asset_id

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "asset_id": asset_id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        asset_id = d.pop("asset_id")

        type_ = cast(Literal["asset_id"], d.pop("type"))
        if type_ != "asset_id":
            raise ValueError(f"type must match const 'asset_id', got '{type_}'")

        asset_id = cls(
            asset_id=asset_id,
            type_=type_,
        )

        return asset_id
