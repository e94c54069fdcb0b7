"""Argument checks of ``client.videos`` (pure, run before any request): one voice input, the body."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Final

from ..._core import validation as check
from ...errors import InputValidationError
from ...types.literals import ASPECT_RATIOS, RESOLUTIONS

__all__ = ["SCRIPT_MAX_CHARS", "VOICE_INPUTS", "video_body", "voice_input"]

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
    body.update(
        voice_input(
            {"script": script, "voice_id": voice_id, "audio_url": audio_url, "audio_asset_id": audio_asset_id}
        )
    )
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
