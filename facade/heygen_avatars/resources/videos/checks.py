"""Argument checks of ``client.videos`` (pure, run before any request): one voice input, the bodies of a
look's video and of a talking photo (every field of the built spec's ``CreateVideoFromImage``)."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from typing import Any, Final

from ..._core import validation as check
from ..._core.files import MIB, UploadRules
from ...errors import InputValidationError
from ...types.assets import Asset
from ...types.literals import ASPECT_RATIOS, EXPRESSIVENESS, RESOLUTIONS
from ..assets.inputs import AssetPlan, check_https, one_file

__all__ = [
    "SCRIPT_MAX_CHARS",
    "TALKING_PHOTO",
    "VOICE_INPUTS",
    "image_video_args",
    "video_body",
    "voice_input",
]

SCRIPT_MAX_CHARS: Final = 5000
"""v3 videos ``script`` (v2 legacy was 1500)."""

#: the voice inputs of ``POST /v3/videos``; a video takes exactly one. HeyGen's field descriptions say so,
#: and so does the built spec (CreateVideoFromAvatar allOf/oneOf, openapi/overlays/v3-avatars/40-inputs.yaml)
VOICE_INPUTS: Final[tuple[tuple[str, ...], ...]] = (
    ("script", "voice_id"),
    ("audio_url",),
    ("audio_asset_id",),
)


def _script(field: str, value: object) -> str:
    return check.check_text(field, value, max_chars=SCRIPT_MAX_CHARS)


def voice_input(given: Mapping[str, object]) -> dict[str, str]:
    """The checked voice fields of a video body: exactly one of `VOICE_INPUTS` (None = not given)."""
    present = [name for name, value in given.items() if value is not None]
    if not any(set(present) == set(combination) for combination in VOICE_INPUTS):
        raise _voice_error(present)
    checks: dict[str, Callable[[str, object], str]] = {
        "script": _script, "voice_id": check.check_id,
        "audio_url": check.check_text, "audio_asset_id": check.check_id,
    }  # fmt: skip
    return {name: checks[name](name, given[name]) for name in present}


def _voice_error(present: list[str]) -> InputValidationError:
    allowed = [" + ".join(combination) for combination in VOICE_INPUTS]
    if not present:
        return InputValidationError(
            "script", "no voice input: give exactly one of the allowed combinations", allowed=allowed
        )
    partial = next((c for c in VOICE_INPUTS if set(present) < set(c)), None)
    if partial is not None:  # e.g. a script without its voice
        missing = ", ".join(name for name in partial if name not in present)
        return InputValidationError(missing, f"is needed with {' + '.join(present)}", allowed=allowed)
    return InputValidationError(
        ", ".join(present), "cannot be combined: give exactly one voice input", allowed=allowed
    )


def _common(
    voice: Mapping[str, object],
    *,
    title: object,
    aspect_ratio: object,
    resolution: object,
    motion_prompt: object,
    callback_url: object,
    callback_id: object,
) -> dict[str, Any]:
    """The fields both kinds of video share: the voice input, output shape, texts."""
    body: dict[str, Any] = voice_input(voice)
    if aspect_ratio is not None:
        body["aspect_ratio"] = check.check_choice("aspect_ratio", aspect_ratio, ASPECT_RATIOS)
    if resolution is not None:
        body["resolution"] = check.check_choice("resolution", resolution, RESOLUTIONS)
    for name, value in (
        ("title", title),
        ("motion_prompt", motion_prompt),
        ("callback_url", callback_url),
        ("callback_id", callback_id),
    ):
        if value is not None:
            body[name] = check.check_text(name, value)
    return body


def video_body(
    avatar_id: object,
    *,
    script: object,
    voice_id: object,
    audio_url: object,
    audio_asset_id: object,
    title: object,
    aspect_ratio: object,
    resolution: object,
    motion_prompt: object,
    callback_url: object,
    callback_id: object,
) -> dict[str, Any]:
    """The checked JSON body of ``POST /v3/videos`` with ``type: "avatar"`` (pure)."""
    body: dict[str, Any] = {"type": "avatar", "avatar_id": check.check_id("avatar_id", avatar_id)}
    voice = {"script": script, "voice_id": voice_id, "audio_url": audio_url, "audio_asset_id": audio_asset_id}
    body.update(
        _common(voice, title=title, aspect_ratio=aspect_ratio, resolution=resolution,
                motion_prompt=motion_prompt, callback_url=callback_url, callback_id=callback_id)
    )  # fmt: skip
    return body


# --- talking photos: POST /v3/videos with type "image" ----------------------------------------------------

TALKING_PHOTO: Final = UploadRules(
    purpose="a talking photo",
    allowed_types=("image/jpeg", "image/png"),
    max_bytes=10 * MIB,
    max_inclusive=False,
    min_width=512,
    min_height=512,
)
"""The photo a talking photo animates: JPEG/PNG, at least 512x512, under 10 MB (seed 003, "Photo
Requirements": the technical requirements of HeyGen's talking-photo guide; /v3/assets itself takes 32 MB)."""

VOICE_SPEED: Final = (0.5, 1.5)
"""``voice_settings.speed``: a playback multiplier (built spec, ``VoiceSettingsInput``)."""
VOICE_PITCH: Final = (-50.0, 50.0)
"""``voice_settings.pitch``: semitones (built spec, ``VoiceSettingsInput``)."""
_HEX_COLOR: Final = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})\Z")
_BACKGROUND_TYPES: Final = ("color", "image")


def _number(field: str, value: object, bounds: tuple[float, float]) -> float:
    low, high = bounds
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise InputValidationError(field, f"expected a number from {low:g} to {high:g}", value=value)
    if not low <= value <= high:
        raise InputValidationError(field, f"{value!r} is out of range: {low:g} to {high:g}", value=value)
    return float(value)


def _keys(field: str, value: Mapping[str, Any], allowed: tuple[str, ...]) -> None:
    extra = sorted(str(key) for key in set(value) - set(allowed))
    if extra:
        raise InputValidationError(field, f"unexpected keys {extra}", allowed=allowed, value=value)


def voice_settings_body(settings: object) -> dict[str, Any]:
    """``voice_settings``: a mapping of ``speed`` (0.5-1.5), ``pitch`` (-50 to 50) and ``locale``."""
    if not isinstance(settings, Mapping):
        raise InputValidationError(
            "voice_settings", "expected a mapping of speed, pitch and locale", value=settings
        )
    _keys("voice_settings", settings, ("speed", "pitch", "locale"))
    body: dict[str, Any] = {}
    if settings.get("speed") is not None:
        body["speed"] = _number("voice_settings.speed", settings["speed"], VOICE_SPEED)
    if settings.get("pitch") is not None:
        body["pitch"] = _number("voice_settings.pitch", settings["pitch"], VOICE_PITCH)
    if settings.get("locale") is not None:
        body["locale"] = check.check_text("voice_settings.locale", settings["locale"])
    return body


def background_body(background: object) -> dict[str, Any]:
    """``background``: a hex colour (``"#1a2b3c"``), an https image URL, an `Asset`, or the spec's mapping
    (``{"type": "color", "value": "#fff"}`` or ``{"type": "image", "url" | "asset_id": ...}``)."""
    if isinstance(background, Asset):
        return {"type": "image", "asset_id": check.check_id("background.id", background.id)}
    if isinstance(background, str):
        if background.startswith(("https://", "http://")):
            return {"type": "image", "url": check_https("background", background)}
        return {"type": "color", "value": _color("background", background)}
    if not isinstance(background, Mapping):
        raise InputValidationError(
            "background",
            "expected a hex colour, an https:// image URL, an Asset or a mapping with type color or image",
            value=background,
        )
    kind = check.check_choice("background.type", background.get("type"), _BACKGROUND_TYPES)
    if kind == "color":
        _keys("background", background, ("type", "value"))
        return {"type": "color", "value": _color("background.value", background.get("value"))}
    _keys("background", background, ("type", "url", "asset_id"))
    given = [key for key in ("url", "asset_id") if background.get(key) is not None]
    if len(given) != 1:
        raise InputValidationError(
            "background", "an image background takes exactly one of url or asset_id", value=background
        )
    if given == ["url"]:
        return {"type": "image", "url": check_https("background.url", background["url"])}
    return {"type": "image", "asset_id": check.check_id("background.asset_id", background["asset_id"])}


def _color(field: str, value: object) -> str:
    text = check.check_text(field, value)
    if not _HEX_COLOR.match(text):
        raise InputValidationError(field, f"{text!r} is not a hex colour like '#1a2b3c'", value=value)
    return text


def image_video_args(
    *,
    photo: object,
    url: object,
    asset_id: object,
    inline: object,
    script: object,
    voice_id: object,
    audio_url: object,
    audio_asset_id: object,
    title: object,
    motion_prompt: object,
    expressiveness: object,
    aspect_ratio: object,
    resolution: object,
    background: object,
    remove_background: object,
    voice_settings: object,
    callback_url: object,
    callback_id: object,
) -> tuple[dict[str, Any], AssetPlan]:
    """The checked body of ``POST /v3/videos`` with ``type: "image"`` (without its ``image``) and the
    plan of the photo (pure: a local file is read and checked, nothing is sent)."""
    plan = one_file("photo", TALKING_PHOTO, file=photo, url=url, asset_id=asset_id, inline=inline)
    body: dict[str, Any] = {"type": "image"}
    voice = {"script": script, "voice_id": voice_id, "audio_url": audio_url, "audio_asset_id": audio_asset_id}
    body.update(
        _common(voice, title=title, aspect_ratio=aspect_ratio, resolution=resolution,
                motion_prompt=motion_prompt, callback_url=callback_url, callback_id=callback_id)
    )  # fmt: skip
    if expressiveness is not None:
        body["expressiveness"] = check.check_choice("expressiveness", expressiveness, EXPRESSIVENESS)
    if background is not None:
        body["background"] = background_body(background)
    if remove_background is not None:
        body["remove_background"] = check.check_bool("remove_background", remove_background)
    if voice_settings is not None:
        if "script" not in body:
            raise InputValidationError(
                "voice_settings", "tune text to speech: give them with script + voice_id, not with audio"
            )
        body["voice_settings"] = voice_settings_body(voice_settings)
    return body, plan
