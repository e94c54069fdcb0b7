from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VoiceSettingsInput")


@_attrs_define
class VoiceSettingsInput:
    """Voice tuning parameters for text-to-speech."""

    locale: None | str | Unset = UNSET
    """ Locale/accent hint for multi-lingual voices (e.g. 'en-US'). """
    pitch: float | Unset = 0.0
    """ Pitch adjustment in semitones. -50 to +50. """
    speed: float | Unset = 1.0
    """ Playback speed multiplier. 0.5 (half speed) to 1.5 (1.5x speed). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        else:
            locale = self.locale

        pitch = self.pitch

        speed = self.speed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if locale is not UNSET:
            field_dict["locale"] = locale
        if pitch is not UNSET:
            field_dict["pitch"] = pitch
        if speed is not UNSET:
            field_dict["speed"] = speed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_locale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        locale = _parse_locale(d.pop("locale", UNSET))

        pitch = d.pop("pitch", UNSET)

        speed = d.pop("speed", UNSET)

        voice_settings_input = cls(
            locale=locale,
            pitch=pitch,
            speed=speed,
        )

        voice_settings_input.additional_properties = d
        return voice_settings_input

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
