from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.avatar_status import AvatarStatus, check_avatar_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.avatar_error import AvatarError


T = TypeVar("T", bound="AvatarGroupItem")


@_attrs_define
class AvatarGroupItem:
    """A single avatar group in the list response.

    Groups are containers for looks (outfits/styles). To determine avatar type
    and engine compatibility, fetch the looks via GET /v3/avatars/looks.

    """

    consent_status: None | str | Unset = UNSET
    """ The status of consent for the group. None means consent is not required. """
    created_at: int | None | Unset = UNSET
    """ Unix timestamp (seconds) when the avatar was created. """
    default_voice_id: None | str | Unset = UNSET
    """ Default voice ID for this avatar. """
    error: AvatarError | None | Unset = UNSET
    """ Error details. Only present when status is 'failed'. """
    gender: None | str | Unset = UNSET
    """ Gender of the avatar. """
    id: None | str | Unset = UNSET
    """ Unique avatar group identifier. """
    looks_count: int | None | Unset = UNSET
    """ Number of looks (outfits/styles) available for this avatar. """
    name: None | str | Unset = UNSET
    """ Display name of the avatar. """
    preview_image_url: None | str | Unset = UNSET
    """ URL to the avatar preview image. """
    preview_video_url: None | str | Unset = UNSET
    """ URL to the avatar preview video. """
    status: AvatarStatus | None | Unset = UNSET
    """ Training status of the avatar group. Only present for private avatars. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.avatar_error import AvatarError

        consent_status: None | str | Unset
        if isinstance(self.consent_status, Unset):
            consent_status = UNSET
        else:
            consent_status = self.consent_status

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        default_voice_id: None | str | Unset
        if isinstance(self.default_voice_id, Unset):
            default_voice_id = UNSET
        else:
            default_voice_id = self.default_voice_id

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, AvatarError):
            error = self.error.to_dict()
        else:
            error = self.error

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        else:
            gender = self.gender

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        looks_count: int | None | Unset
        if isinstance(self.looks_count, Unset):
            looks_count = UNSET
        else:
            looks_count = self.looks_count

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        preview_image_url: None | str | Unset
        if isinstance(self.preview_image_url, Unset):
            preview_image_url = UNSET
        else:
            preview_image_url = self.preview_image_url

        preview_video_url: None | str | Unset
        if isinstance(self.preview_video_url, Unset):
            preview_video_url = UNSET
        else:
            preview_video_url = self.preview_video_url

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if consent_status is not UNSET:
            field_dict["consent_status"] = consent_status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if default_voice_id is not UNSET:
            field_dict["default_voice_id"] = default_voice_id
        if error is not UNSET:
            field_dict["error"] = error
        if gender is not UNSET:
            field_dict["gender"] = gender
        if id is not UNSET:
            field_dict["id"] = id
        if looks_count is not UNSET:
            field_dict["looks_count"] = looks_count
        if name is not UNSET:
            field_dict["name"] = name
        if preview_image_url is not UNSET:
            field_dict["preview_image_url"] = preview_image_url
        if preview_video_url is not UNSET:
            field_dict["preview_video_url"] = preview_video_url
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.avatar_error import AvatarError

        d = dict(src_dict)

        def _parse_consent_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        consent_status = _parse_consent_status(d.pop("consent_status", UNSET))

        def _parse_created_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_default_voice_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_voice_id = _parse_default_voice_id(d.pop("default_voice_id", UNSET))

        def _parse_error(data: object) -> AvatarError | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = AvatarError.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AvatarError | None | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_gender(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gender = _parse_gender(d.pop("gender", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_looks_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        looks_count = _parse_looks_count(d.pop("looks_count", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_preview_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preview_image_url = _parse_preview_image_url(d.pop("preview_image_url", UNSET))

        def _parse_preview_video_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preview_video_url = _parse_preview_video_url(d.pop("preview_video_url", UNSET))

        def _parse_status(data: object) -> AvatarStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_avatar_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AvatarStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        avatar_group_item = cls(
            consent_status=consent_status,
            created_at=created_at,
            default_voice_id=default_voice_id,
            error=error,
            gender=gender,
            id=id,
            looks_count=looks_count,
            name=name,
            preview_image_url=preview_image_url,
            preview_video_url=preview_video_url,
            status=status,
        )

        avatar_group_item.additional_properties = d
        return avatar_group_item

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
