"""Argument checks of ``client.avatars`` (pure, run before any request), and the v3 limits they use."""

from __future__ import annotations

from typing import Any, Final

from ..._core import validation as check
from ..._core.files import MIB, PHOTO_V3, UploadRules
from ...errors import InputValidationError
from ...types.literals import AVATAR_TYPES, OWNERSHIPS
from ..assets.inputs import AssetPlan, asset_plan, one_file

__all__ = [
    "FOOTAGE",
    "LOOK_NAME_MAX_CHARS",
    "MAX_REFERENCE_IMAGES",
    "PROMPT_MAX_CHARS",
    "REFERENCE_IMAGE",
    "avatar_type",
    "consent_args",
    "look_name",
    "ownership",
    "photo_args",
    "prompt_args",
    "twin_args",
]

FOOTAGE: Final = UploadRules(
    purpose="digital twin footage", allowed_types=("video/mp4", "video/webm"), max_bytes=None
)
"""Digital-twin training footage (15-600 s per HeyGen): MP4/WebM, of any size. Up to 32 MB it goes through
``POST /v3/assets`` (or inline as base64, capped at the same 32 MB); above, by direct upload, whose cap
HeyGen states when the upload is announced (``max_bytes``; HeyGen's guide "Upload Assets")."""

REFERENCE_IMAGE: Final = UploadRules(
    purpose="a reference image", allowed_types=("image/jpeg", "image/png"), max_bytes=32 * MIB
)
"""Prompt-avatar reference images: JPEG/PNG, within the v3 asset size limit."""

PROMPT_MAX_CHARS: Final = 1000
"""v3 prompt avatars. The April spec says ``maxLength: 200``; HeyGen's "Create Avatar" guide ("Max 1000
chars") and skill ("the actual enforced limit is 1000") say 1000. We follow HeyGen's current docs: a
200-char cap would refuse prompts the live API accepts, while the server still rejects anything too long."""

MAX_REFERENCE_IMAGES: Final = 3
"""v3 prompt avatars: at most 3 ``reference_images``."""

LOOK_NAME_MAX_CHARS: Final = 255
"""``PATCH /v3/avatars/looks/{id}`` ``name``."""


def look_name(field: str, value: object) -> str:
    """A look name for rename: non-blank, at most `LOOK_NAME_MAX_CHARS`."""
    return check.check_text(field, value, max_chars=LOOK_NAME_MAX_CHARS)


def ownership(value: object) -> str | None:
    """A list's ``ownership`` filter (None: both)."""
    return None if value is None else check.check_choice("ownership", value, OWNERSHIPS)


def avatar_type(value: object) -> str | None:
    """A list's ``avatar_type`` filter, in the API's current spelling (None: every type)."""
    kind = None if value is None else check.check_choice("avatar_type", value, AVATAR_TYPES)
    return "digital_twin" if kind == "video_avatar" else kind  # the April 2026 name; digital_twin since July


def photo_args(
    name: object, photo: object, url: object, asset_id: object, inline: object, avatar_group_id: object
) -> tuple[dict[str, Any], dict[str, AssetPlan]]:
    """Checked body and file plan of a photo avatar."""
    body: dict[str, Any] = {"type": "photo", "name": check.check_text("name", name)}
    plan = one_file("photo", PHOTO_V3, file=photo, url=url, asset_id=asset_id, inline=inline)
    if (group := check.optional_id("avatar_group_id", avatar_group_id)) is not None:
        body["avatar_group_id"] = group
    return body, {"file": plan}


def prompt_args(
    name: object, prompt: object, reference_images: object, avatar_id: object, avatar_group_id: object
) -> tuple[dict[str, Any], list[AssetPlan]]:
    """Checked body and reference-image plans of a prompt avatar."""
    body: dict[str, Any] = {
        "type": "prompt",
        "name": check.check_text("name", name),
        "prompt": check.check_text("prompt", prompt, max_chars=PROMPT_MAX_CHARS),
    }
    if (look := check.optional_id("avatar_id", avatar_id)) is not None:
        body["avatar_id"] = look
    if (group := check.optional_id("avatar_group_id", avatar_group_id)) is not None:
        body["avatar_group_id"] = group
    images = check.check_list("reference_images", reference_images or (), "images")
    if len(images) > MAX_REFERENCE_IMAGES:
        raise InputValidationError(
            "reference_images", f"has {len(images)} images; at most {MAX_REFERENCE_IMAGES} are allowed"
        )
    plans = [asset_plan(f"reference_images[{i}]", image, REFERENCE_IMAGE) for i, image in enumerate(images)]
    return body, plans


def twin_args(
    name: object,
    footage: object,
    url: object,
    asset_id: object,
    inline: object,
    avatar_group_id: object,
    on_upload_progress: object = None,
) -> tuple[dict[str, Any], dict[str, AssetPlan]]:
    """Checked body and footage plan of a digital twin."""
    check.check_callback("on_upload_progress", on_upload_progress, "each UploadProgress")
    body: dict[str, Any] = {"type": "digital_twin", "name": check.check_text("name", name)}
    plan = one_file("footage", FOOTAGE, file=footage, url=url, asset_id=asset_id, inline=inline)
    if (group := check.optional_id("avatar_group_id", avatar_group_id)) is not None:
        body["avatar_group_id"] = group
    return body, {"file": plan}


def consent_args(
    group_id: object, reroute_url: object, consent_text: object, consent_video: object
) -> tuple[str, dict[str, Any], AssetPlan | None]:
    """Checked group id, consent body and consent-video plan."""
    checked = check.check_id("group_id", group_id)
    body: dict[str, Any] = {}
    if reroute_url is not None:
        body["reroute_url"] = check.check_text("reroute_url", reroute_url)
    if consent_text is not None:
        text = check.check_text("consent_text", consent_text)
        if "<" in text or ">" in text:
            raise InputValidationError("consent_text", "plain text only: HeyGen rejects '<' and '>'")
        body["consent_text"] = text
    video = None if consent_video is None else asset_plan("consent_video", consent_video, FOOTAGE)
    return checked, body, video
