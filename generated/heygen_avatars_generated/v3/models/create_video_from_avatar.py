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

from ..models.expressiveness import Expressiveness, check_expressiveness
from ..models.video_aspect_ratio import VideoAspectRatio, check_video_aspect_ratio
from ..models.video_resolution import VideoResolution, check_video_resolution
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.background_setting import BackgroundSetting
    from ..models.voice_settings_input import VoiceSettingsInput


T = TypeVar("T", bound="CreateVideoFromAvatar")


@_attrs_define
class CreateVideoFromAvatar:
    """Create a video from a HeyGen avatar (video or photo avatar).

    Provide an avatar_id to use a previously created avatar. The server
    automatically selects the appropriate engine based on the avatar type
    (video avatar or photo avatar).

    """

    avatar_id: str
    """ HeyGen avatar ID (video avatar or photo avatar look ID). """
    type_: Literal["avatar"]
    """ Must be 'avatar' for avatar-based video creation. """
    aspect_ratio: None | Unset | VideoAspectRatio = UNSET
    """ Output video aspect ratio. """
    audio_asset_id: None | str | Unset = UNSET
    """ HeyGen asset ID of an uploaded audio file. Mutually exclusive with script. """
    audio_url: None | str | Unset = UNSET
    """ Public URL of an audio file to lip-sync. Mutually exclusive with script. """
    background: BackgroundSetting | None | Unset = UNSET
    """ Background settings for the video. """
    callback_id: None | str | Unset = UNSET
    """ Caller-defined identifier echoed back in the webhook payload. """
    callback_url: None | str | Unset = UNSET
    """ Webhook URL to receive a POST notification when the video is ready. """
    expressiveness: Expressiveness | None | Unset = UNSET
    """ Avatar expressiveness level. Photo avatars only. Defaults to 'low' when omitted. """
    motion_prompt: None | str | Unset = UNSET
    """ Natural-language prompt controlling avatar body motion. Photo avatars only. """
    remove_background: bool | None | Unset = UNSET
    """ Remove the avatar background. Video avatars must be trained with matting enabled. """
    resolution: None | Unset | VideoResolution = UNSET
    """ Output video resolution. """
    script: None | str | Unset = UNSET
    """ Text script for the avatar to speak. Requires voice_id. Mutually exclusive with audio_url/audio_asset_id.
    """
    title: None | str | Unset = UNSET
    """ Display title for the video in the HeyGen dashboard. """
    voice_id: None | str | Unset = UNSET
    """ Voice ID for text-to-speech. Required when script is provided. """
    voice_settings: None | Unset | VoiceSettingsInput = UNSET
    """ Voice tuning parameters (speed, pitch, locale). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.background_setting import BackgroundSetting
        from ..models.voice_settings_input import VoiceSettingsInput

        avatar_id = self.avatar_id

        type_ = self.type_

        aspect_ratio: None | str | Unset
        if isinstance(self.aspect_ratio, Unset):
            aspect_ratio = UNSET
        elif isinstance(self.aspect_ratio, str):
            aspect_ratio = self.aspect_ratio
        else:
            aspect_ratio = self.aspect_ratio

        audio_asset_id: None | str | Unset
        if isinstance(self.audio_asset_id, Unset):
            audio_asset_id = UNSET
        else:
            audio_asset_id = self.audio_asset_id

        audio_url: None | str | Unset
        if isinstance(self.audio_url, Unset):
            audio_url = UNSET
        else:
            audio_url = self.audio_url

        background: dict[str, Any] | None | Unset
        if isinstance(self.background, Unset):
            background = UNSET
        elif isinstance(self.background, BackgroundSetting):
            background = self.background.to_dict()
        else:
            background = self.background

        callback_id: None | str | Unset
        if isinstance(self.callback_id, Unset):
            callback_id = UNSET
        else:
            callback_id = self.callback_id

        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

        expressiveness: None | str | Unset
        if isinstance(self.expressiveness, Unset):
            expressiveness = UNSET
        elif isinstance(self.expressiveness, str):
            expressiveness = self.expressiveness
        else:
            expressiveness = self.expressiveness

        motion_prompt: None | str | Unset
        if isinstance(self.motion_prompt, Unset):
            motion_prompt = UNSET
        else:
            motion_prompt = self.motion_prompt

        remove_background: bool | None | Unset
        if isinstance(self.remove_background, Unset):
            remove_background = UNSET
        else:
            remove_background = self.remove_background

        resolution: None | str | Unset
        if isinstance(self.resolution, Unset):
            resolution = UNSET
        elif isinstance(self.resolution, str):
            resolution = self.resolution
        else:
            resolution = self.resolution

        script: None | str | Unset
        if isinstance(self.script, Unset):
            script = UNSET
        else:
            script = self.script

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        voice_id: None | str | Unset
        if isinstance(self.voice_id, Unset):
            voice_id = UNSET
        else:
            voice_id = self.voice_id

        voice_settings: dict[str, Any] | None | Unset
        if isinstance(self.voice_settings, Unset):
            voice_settings = UNSET
        elif isinstance(self.voice_settings, VoiceSettingsInput):
            voice_settings = self.voice_settings.to_dict()
        else:
            voice_settings = self.voice_settings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "avatar_id": avatar_id,
                "type": type_,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if audio_asset_id is not UNSET:
            field_dict["audio_asset_id"] = audio_asset_id
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if background is not UNSET:
            field_dict["background"] = background
        if callback_id is not UNSET:
            field_dict["callback_id"] = callback_id
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if expressiveness is not UNSET:
            field_dict["expressiveness"] = expressiveness
        if motion_prompt is not UNSET:
            field_dict["motion_prompt"] = motion_prompt
        if remove_background is not UNSET:
            field_dict["remove_background"] = remove_background
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if script is not UNSET:
            field_dict["script"] = script
        if title is not UNSET:
            field_dict["title"] = title
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if voice_settings is not UNSET:
            field_dict["voice_settings"] = voice_settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.background_setting import BackgroundSetting
        from ..models.voice_settings_input import VoiceSettingsInput

        d = dict(src_dict)
        avatar_id = d.pop("avatar_id")

        type_ = cast(Literal["avatar"], d.pop("type"))
        if type_ != "avatar":
            raise ValueError(f"type must match const 'avatar', got '{type_}'")

        def _parse_aspect_ratio(data: object) -> None | Unset | VideoAspectRatio:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                aspect_ratio_type_0 = check_video_aspect_ratio(data)

                return aspect_ratio_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VideoAspectRatio, data)

        aspect_ratio = _parse_aspect_ratio(d.pop("aspect_ratio", UNSET))

        def _parse_audio_asset_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        audio_asset_id = _parse_audio_asset_id(d.pop("audio_asset_id", UNSET))

        def _parse_audio_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        audio_url = _parse_audio_url(d.pop("audio_url", UNSET))

        def _parse_background(data: object) -> BackgroundSetting | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                background_type_0 = BackgroundSetting.from_dict(data)

                return background_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BackgroundSetting | None | Unset, data)

        background = _parse_background(d.pop("background", UNSET))

        def _parse_callback_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_id = _parse_callback_id(d.pop("callback_id", UNSET))

        def _parse_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_url = _parse_callback_url(d.pop("callback_url", UNSET))

        def _parse_expressiveness(data: object) -> Expressiveness | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expressiveness_type_0 = check_expressiveness(data)

                return expressiveness_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Expressiveness | None | Unset, data)

        expressiveness = _parse_expressiveness(d.pop("expressiveness", UNSET))

        def _parse_motion_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        motion_prompt = _parse_motion_prompt(d.pop("motion_prompt", UNSET))

        def _parse_remove_background(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        remove_background = _parse_remove_background(d.pop("remove_background", UNSET))

        def _parse_resolution(data: object) -> None | Unset | VideoResolution:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resolution_type_0 = check_video_resolution(data)

                return resolution_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VideoResolution, data)

        resolution = _parse_resolution(d.pop("resolution", UNSET))

        def _parse_script(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        script = _parse_script(d.pop("script", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_voice_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voice_id = _parse_voice_id(d.pop("voice_id", UNSET))

        def _parse_voice_settings(data: object) -> None | Unset | VoiceSettingsInput:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                voice_settings_type_0 = VoiceSettingsInput.from_dict(data)

                return voice_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VoiceSettingsInput, data)

        voice_settings = _parse_voice_settings(d.pop("voice_settings", UNSET))

        create_video_from_avatar = cls(
            avatar_id=avatar_id,
            type_=type_,
            aspect_ratio=aspect_ratio,
            audio_asset_id=audio_asset_id,
            audio_url=audio_url,
            background=background,
            callback_id=callback_id,
            callback_url=callback_url,
            expressiveness=expressiveness,
            motion_prompt=motion_prompt,
            remove_background=remove_background,
            resolution=resolution,
            script=script,
            title=title,
            voice_id=voice_id,
            voice_settings=voice_settings,
        )

        create_video_from_avatar.additional_properties = d
        return create_video_from_avatar

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
