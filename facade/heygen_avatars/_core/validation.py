"""Checks that run before any request: bad input is refused naming the field and the allowed values.

The allowed values are public constants (``AGES``, ``GENDERS``, ...) with matching ``Literal`` types, so users
and the CLI can list them. A near miss such as ``"young adult"`` gets a "did you mean 'Young Adult'?" hint;
input is never changed silently.

Example::

    body = photo_generation_body(
        name="Lina", age="Young Adult", gender="Woman", ethnicity="Asian American",
        orientation="horizontal", pose="half_body", style="Realistic", appearance="A stylish woman ...",
    )
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any, Final, Literal, get_args

from ..errors import InputValidationError

__all__ = [
    "AGES",
    "APPEARANCE_MAX_CHARS",
    "ETHNICITIES",
    "GENDERS",
    "IMAGE_KEYS_PER_CALL",
    "LOOK_NAME_MAX_CHARS",
    "LOOK_PROMPT_MAX_CHARS",
    "MAX_REFERENCE_IMAGES",
    "ORIENTATIONS",
    "OWNERSHIPS",
    "PAGE_LIMIT_MAX",
    "POSES",
    "STYLES",
    "V2_SCRIPT_MAX_CHARS",
    "V3_PROMPT_MAX_CHARS",
    "V3_SCRIPT_MAX_CHARS",
    "Age",
    "Ethnicity",
    "Gender",
    "Orientation",
    "Ownership",
    "Pose",
    "Style",
    "check_choice",
    "check_id",
    "check_image_keys",
    "check_page_limit",
    "check_reference_images",
    "check_text",
    "look_generation_body",
    "look_name",
    "photo_generation_body",
    "v3_prompt",
    "video_script",
]

# Seed 003's table of the 8 required fields of POST /v2/photo_avatar/photo/generate (exact spellings).
Age = Literal["Young Adult", "Early Middle Age", "Late Middle Age", "Senior", "Unspecified"]
Gender = Literal["Woman", "Man", "Unspecified"]
Ethnicity = Literal[
    "White",
    "Black",
    "Asian American",
    "East Asian",
    "South East Asian",
    "South Asian",
    "Middle Eastern",
    "Pacific",
    "Hispanic",
    "Unspecified",
]
Orientation = Literal["square", "horizontal", "vertical"]
Pose = Literal["half_body", "close_up", "full_body"]
Style = Literal["Realistic", "Pixar", "Cinematic", "Vintage", "Noir", "Cyberpunk", "Unspecified"]
Ownership = Literal["public", "private"]

AGES: Final[tuple[str, ...]] = get_args(Age)
GENDERS: Final[tuple[str, ...]] = get_args(Gender)
ETHNICITIES: Final[tuple[str, ...]] = get_args(Ethnicity)
ORIENTATIONS: Final[tuple[str, ...]] = get_args(Orientation)
POSES: Final[tuple[str, ...]] = get_args(Pose)
STYLES: Final[tuple[str, ...]] = get_args(Style)
OWNERSHIPS: Final[tuple[str, ...]] = get_args(Ownership)

APPEARANCE_MAX_CHARS: Final = 1000
"""v2 photo generation ``appearance`` (seed 003)."""

LOOK_PROMPT_MAX_CHARS: Final = 1000
"""v2 look generation ``prompt`` (the built spec's limit, as for ``appearance``)."""

V3_PROMPT_MAX_CHARS: Final = 1000
"""v3 prompt avatars. The April spec says ``maxLength: 200``; HeyGen's guide (seed 004, "Max 1000 chars")
and skill ("the actual enforced limit is 1000") say 1000 (notes §3.7). We follow HeyGen's current docs: a
200-char cap would refuse prompts the live API accepts, while the server still rejects anything too long."""

MAX_REFERENCE_IMAGES: Final = 3
"""v3 prompt avatars: at most 3 ``reference_images``."""

LOOK_NAME_MAX_CHARS: Final = 255
"""v3 ``PATCH /v3/avatars/looks/{id}`` ``name``."""

V3_SCRIPT_MAX_CHARS: Final = 5000
"""v3 videos ``script`` (notes §0/§4; v2 legacy was 1500)."""

V2_SCRIPT_MAX_CHARS: Final = 1500

IMAGE_KEYS_PER_CALL: Final = 4
"""``POST /v2/photo_avatar/avatar_group/add`` takes at most 4 image keys per call; resources batch."""

PAGE_LIMIT_MAX: Final = 50
"""v3 list endpoints: ``limit`` is 1-50."""

_NOT_IN_PATH: Final = re.compile(r"[\s/?#%\\]")


def _type_name(value: object) -> str:
    return type(value).__name__


def _normalise(text: str) -> str:
    return re.sub(r"[\s_\-]+", " ", text.strip()).casefold()


def _suggestion(value: str, allowed: Sequence[str]) -> str | None:
    """The allowed value the user most likely meant: same words ignoring case and separators, or a typo."""
    wanted = _normalise(value)
    for option in allowed:
        if _normalise(option) == wanted:
            return option
    by_normal = {_normalise(option): option for option in allowed}
    close = difflib.get_close_matches(wanted, list(by_normal), n=1, cutoff=0.8)
    return by_normal[close[0]] if close else None


def check_choice(field: str, value: object, allowed: Sequence[str]) -> str:
    """Return ``value`` if it is exactly one of ``allowed``; otherwise raise naming the field and the values.

    >>> check_choice("pose", "half_body", POSES)
    'half_body'
    """
    if not isinstance(value, str):
        raise InputValidationError(
            field,
            f"expected one of the allowed strings, got {_type_name(value)}",
            allowed=allowed,
            value=value,
        )
    if value in allowed:
        return value
    hint = _suggestion(value, allowed)
    message = f"{value!r} is not an allowed value"
    if hint is not None:
        message += f"; did you mean {hint!r}?"
    raise InputValidationError(field, message, allowed=allowed, value=value)


def check_text(field: str, value: object, *, max_chars: int | None = None, required: bool = True) -> str:
    """Return ``value`` if it is a string, non-blank when ``required``, and at most ``max_chars`` long."""
    if not isinstance(value, str):
        raise InputValidationError(field, f"expected a string, got {_type_name(value)}", value=value)
    if required and not value.strip():
        raise InputValidationError(field, "must not be empty", value=value)
    if max_chars is not None and len(value) > max_chars:
        raise InputValidationError(
            field, f"is {len(value)} characters long; the limit is {max_chars}", value=value
        )
    return value


def check_id(field: str, value: object) -> str:
    """Return ``value`` if it is a usable id: a non-empty string that is safe in a URL path.

    Ids go into paths (``/v3/avatars/looks/{id}``), so spaces, ``/``, ``?``, ``#``, ``%`` and ``\\`` are
    refused rather than sent to the wrong endpoint.
    """
    if not isinstance(value, str):
        raise InputValidationError(field, f"expected an id string, got {_type_name(value)}", value=value)
    if not value:
        raise InputValidationError(field, "must be a non-empty id", value=value)
    bad = _NOT_IN_PATH.search(value)
    if bad is not None:
        raise InputValidationError(
            field, f"{value!r} is not a valid id (it contains {bad.group()!r})", value=value
        )
    return value


def epoch_seconds(field: str, value: object) -> float:
    """An aware datetime or epoch seconds (a finite number >= 0), as seconds since the epoch."""
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise InputValidationError(
                field, "a datetime needs a timezone (e.g. datetime.now(UTC)); a naive one is ambiguous"
            )
        return value.timestamp()
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value < 0:
        raise InputValidationError(
            field, f"expected an aware datetime or epoch seconds (a finite number >= 0), got {value!r}"
        )
    return float(value)


def check_image_keys(field: str, keys: object) -> tuple[str, ...]:
    """Return the image keys as a tuple: a non-empty list of non-empty strings (a lone string is refused).

    Image keys look like ``image/<hex>/original`` (from an upload or a generation's ``image_keys``).
    """
    if isinstance(keys, str | bytes) or not isinstance(keys, Iterable):
        raise InputValidationError(
            field, f"expected a list of image keys, got {_type_name(keys)}", value=keys
        )
    result = tuple(keys)
    if not result:
        raise InputValidationError(field, "needs at least one image key", value=keys)
    for index, key in enumerate(result):
        if not isinstance(key, str) or not key.strip():
            raise InputValidationError(
                f"{field}[{index}]", f"expected a non-empty image key string, got {key!r}", value=key
            )
    return result


def check_page_limit(field: str, value: object) -> int:
    """Return ``value`` if it is an int from 1 to `PAGE_LIMIT_MAX` (v3 list endpoints)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputValidationError(field, f"expected an integer, got {_type_name(value)}", value=value)
    if not 1 <= value <= PAGE_LIMIT_MAX:
        raise InputValidationError(field, f"must be between 1 and {PAGE_LIMIT_MAX}, got {value}", value=value)
    return value


def v3_prompt(field: str, value: object) -> str:
    """A v3 avatar prompt: non-blank, at most `V3_PROMPT_MAX_CHARS`."""
    return check_text(field, value, max_chars=V3_PROMPT_MAX_CHARS)


def video_script(field: str, value: object, *, max_chars: int = V3_SCRIPT_MAX_CHARS) -> str:
    """A video script: non-blank, at most ``max_chars`` (v3: 5000)."""
    return check_text(field, value, max_chars=max_chars)


def photo_generation_body(
    *,
    name: object,
    age: object,
    gender: object,
    ethnicity: object,
    orientation: object,
    pose: object,
    style: object,
    appearance: object,
    callback_url: object = None,
    callback_id: object = None,
) -> dict[str, Any]:
    """The checked JSON body of ``POST /v2/photo_avatar/photo/generate`` (all 8 fields are required)."""
    body: dict[str, Any] = {
        "name": check_text("name", name),
        "age": check_choice("age", age, AGES),
        "gender": check_choice("gender", gender, GENDERS),
        "ethnicity": check_choice("ethnicity", ethnicity, ETHNICITIES),
        "orientation": check_choice("orientation", orientation, ORIENTATIONS),
        "pose": check_choice("pose", pose, POSES),
        "style": check_choice("style", style, STYLES),
        "appearance": check_text("appearance", appearance, max_chars=APPEARANCE_MAX_CHARS),
    }
    if callback_url is not None:
        body["callback_url"] = check_text("callback_url", callback_url)
    if callback_id is not None:
        body["callback_id"] = check_text("callback_id", callback_id)
    return body


def look_generation_body(
    *, group_id: object, prompt: object, orientation: object, pose: object, style: object
) -> dict[str, Any]:
    """The checked JSON body of ``POST /v2/photo_avatar/look/generate`` (``prompt`` up to 1000 characters)."""
    return {
        "group_id": check_id("group_id", group_id),
        "prompt": check_text("prompt", prompt, max_chars=LOOK_PROMPT_MAX_CHARS),
        "orientation": check_choice("orientation", orientation, ORIENTATIONS),
        "pose": check_choice("pose", pose, POSES),
        "style": check_choice("style", style, STYLES),
    }


def check_reference_images(field: str, images: object) -> tuple[Any, ...]:
    """Return the reference images as a tuple; more than `MAX_REFERENCE_IMAGES` are refused (v3 prompts)."""
    if isinstance(images, str | bytes) or not isinstance(images, Iterable):
        raise InputValidationError(
            field, f"expected a list of images, got {_type_name(images)}", value=images
        )
    result = tuple(images)
    if len(result) > MAX_REFERENCE_IMAGES:
        raise InputValidationError(
            field, f"has {len(result)} images; at most {MAX_REFERENCE_IMAGES} are allowed", value=images
        )
    return result


def look_name(field: str, value: object) -> str:
    """A v3 look name for rename: non-blank, at most `LOOK_NAME_MAX_CHARS`."""
    return check_text(field, value, max_chars=LOOK_NAME_MAX_CHARS)
