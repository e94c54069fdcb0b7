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


T = TypeVar("T", bound="CreatePromptAvatarRequest")


@_attrs_define
class CreatePromptAvatarRequest:
    name: str
    """ Name of the avatar. """
    prompt: str
    """ Prompt for avatar generation. """
    type_: Literal["prompt"]
    """ Must be 'prompt' for AI-generated avatars. """
    avatar_group_id: None | str | Unset = UNSET
    """ Optional identity you would like to attach the prompted avatar to. By default it will create a new identity.
    """
    avatar_id: None | str | Unset = UNSET
    """ Optional look id used as the visual reference, so the new look keeps that character's identity. Without
    avatar_group_id the result is saved to that look's group; with it, the look must belong to it. """
    reference_images: list[AssetBase64 | AssetId | AssetUrl] | None | Unset = UNSET
    """ Up to 3 reference images to guide the generation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.asset_id import AssetId
        from ..models.asset_url import AssetUrl

        name = self.name

        prompt = self.prompt

        type_ = self.type_

        avatar_group_id: None | str | Unset
        if isinstance(self.avatar_group_id, Unset):
            avatar_group_id = UNSET
        else:
            avatar_group_id = self.avatar_group_id

        avatar_id: None | str | Unset
        if isinstance(self.avatar_id, Unset):
            avatar_id = UNSET
        else:
            avatar_id = self.avatar_id

        reference_images: list[dict[str, Any]] | None | Unset
        if isinstance(self.reference_images, Unset):
            reference_images = UNSET
        elif isinstance(self.reference_images, list):
            reference_images = []
            for reference_images_type_0_item_data in self.reference_images:
                reference_images_type_0_item: dict[str, Any]
                if isinstance(
                    reference_images_type_0_item_data, AssetUrl
                ) or isinstance(reference_images_type_0_item_data, AssetId):
                    reference_images_type_0_item = (
                        reference_images_type_0_item_data.to_dict()
                    )
                else:
                    reference_images_type_0_item = (
                        reference_images_type_0_item_data.to_dict()
                    )

                reference_images.append(reference_images_type_0_item)

        else:
            reference_images = self.reference_images

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "prompt": prompt,
                "type": type_,
            }
        )
        if avatar_group_id is not UNSET:
            field_dict["avatar_group_id"] = avatar_group_id
        if avatar_id is not UNSET:
            field_dict["avatar_id"] = avatar_id
        if reference_images is not UNSET:
            field_dict["reference_images"] = reference_images

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.asset_base_64 import AssetBase64
        from ..models.asset_id import AssetId
        from ..models.asset_url import AssetUrl

        d = dict(src_dict)
        name = d.pop("name")

        prompt = d.pop("prompt")

        type_ = cast(Literal["prompt"], d.pop("type"))
        if type_ != "prompt":
            raise ValueError(f"type must match const 'prompt', got '{type_}'")

        def _parse_avatar_group_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        avatar_group_id = _parse_avatar_group_id(d.pop("avatar_group_id", UNSET))

        def _parse_avatar_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        avatar_id = _parse_avatar_id(d.pop("avatar_id", UNSET))

        def _parse_reference_images(
            data: object,
        ) -> list[AssetBase64 | AssetId | AssetUrl] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                reference_images_type_0 = []
                _reference_images_type_0 = data
                for reference_images_type_0_item_data in _reference_images_type_0:

                    def _parse_reference_images_type_0_item(
                        data: object,
                    ) -> AssetBase64 | AssetId | AssetUrl:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            reference_images_type_0_item_type_0 = AssetUrl.from_dict(
                                data
                            )

                            return reference_images_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            reference_images_type_0_item_type_1 = AssetId.from_dict(
                                data
                            )

                            return reference_images_type_0_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        reference_images_type_0_item_type_2 = AssetBase64.from_dict(
                            data
                        )

                        return reference_images_type_0_item_type_2

                    reference_images_type_0_item = _parse_reference_images_type_0_item(
                        reference_images_type_0_item_data
                    )

                    reference_images_type_0.append(reference_images_type_0_item)

                return reference_images_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AssetBase64 | AssetId | AssetUrl] | None | Unset, data)

        reference_images = _parse_reference_images(d.pop("reference_images", UNSET))

        create_prompt_avatar_request = cls(
            name=name,
            prompt=prompt,
            type_=type_,
            avatar_group_id=avatar_group_id,
            avatar_id=avatar_id,
            reference_images=reference_images,
        )

        create_prompt_avatar_request.additional_properties = d
        return create_prompt_avatar_request

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
