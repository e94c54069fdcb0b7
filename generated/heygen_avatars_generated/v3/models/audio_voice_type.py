from typing import Literal

AudioVoiceType = Literal["private", "public"]

AUDIO_VOICE_TYPE_VALUES: set[AudioVoiceType] = {
    "private",
    "public",
}


def check_audio_voice_type(value: str) -> AudioVoiceType:
    if value in AUDIO_VOICE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUDIO_VOICE_TYPE_VALUES!r}"
    )
