from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audio_voice_type import AudioVoiceType, check_audio_voice_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="AudioVoiceItem")


@_attrs_define
class AudioVoiceItem:
    """A single voice in the listing response."""

    gender: None | str | Unset = UNSET
    """ Gender of the voice. """
    language: None | str | Unset = UNSET
    """ Primary language of the voice. """
    name: None | str | Unset = UNSET
    """ Display name of the voice. """
    preview_audio_url: None | str | Unset = UNSET
    """ URL to a short audio preview of the voice. """
    support_locale: bool | None | Unset = UNSET
    """ Whether the voice supports locale variants. """
    support_pause: bool | None | Unset = UNSET
    """ Whether the voice supports SSML pause/break tags. """
    type_: AudioVoiceType | None | Unset = UNSET
    """ Whether this is a public or private voice. """
    voice_id: None | str | Unset = UNSET
    """ Unique voice identifier. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        else:
            gender = self.gender

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        preview_audio_url: None | str | Unset
        if isinstance(self.preview_audio_url, Unset):
            preview_audio_url = UNSET
        else:
            preview_audio_url = self.preview_audio_url

        support_locale: bool | None | Unset
        if isinstance(self.support_locale, Unset):
            support_locale = UNSET
        else:
            support_locale = self.support_locale

        support_pause: bool | None | Unset
        if isinstance(self.support_pause, Unset):
            support_pause = UNSET
        else:
            support_pause = self.support_pause

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        voice_id: None | str | Unset
        if isinstance(self.voice_id, Unset):
            voice_id = UNSET
        else:
            voice_id = self.voice_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gender is not UNSET:
            field_dict["gender"] = gender
        if language is not UNSET:
            field_dict["language"] = language
        if name is not UNSET:
            field_dict["name"] = name
        if preview_audio_url is not UNSET:
            field_dict["preview_audio_url"] = preview_audio_url
        if support_locale is not UNSET:
            field_dict["support_locale"] = support_locale
        if support_pause is not UNSET:
            field_dict["support_pause"] = support_pause
        if type_ is not UNSET:
            field_dict["type"] = type_
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_gender(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gender = _parse_gender(d.pop("gender", UNSET))

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_preview_audio_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preview_audio_url = _parse_preview_audio_url(d.pop("preview_audio_url", UNSET))

        def _parse_support_locale(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        support_locale = _parse_support_locale(d.pop("support_locale", UNSET))

        def _parse_support_pause(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        support_pause = _parse_support_pause(d.pop("support_pause", UNSET))

        def _parse_type_(data: object) -> AudioVoiceType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = check_audio_voice_type(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AudioVoiceType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_voice_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voice_id = _parse_voice_id(d.pop("voice_id", UNSET))

        audio_voice_item = cls(
            gender=gender,
            language=language,
            name=name,
            preview_audio_url=preview_audio_url,
            support_locale=support_locale,
            support_pause=support_pause,
            type_=type_,
            voice_id=voice_id,
        )

        audio_voice_item.additional_properties = d
        return audio_voice_item

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
