"""Argument checks of ``client.photo_avatars`` (pure, run before any request), and the v2 limits they use."""

from __future__ import annotations

from typing import Any, Final, cast

from ..._core import validation as check
from ..._core.files import PHOTO_AVATAR_V1, FileSource, Upload, largest_accepted, load_upload
from ...errors import InputValidationError
from ...types.literals import AGES, ETHNICITIES, GENDERS, ORIENTATIONS, POSES, STYLES

__all__ = [
    "APPEARANCE_MAX_CHARS",
    "IMAGE_KEYS_PER_CALL",
    "IMAGE_KEY_MAX_CHARS",
    "LOOK_PROMPT_MAX_CHARS",
    "PHOTO_URL_MAX_BYTES",
    "add_looks_args",
    "check_image_key",
    "check_image_keys",
    "create_group_args",
    "look_generation_body",
    "one_source",
    "photo_generation_body",
    "photo_uploads",
]

APPEARANCE_MAX_CHARS: Final = 1000
"""v2 photo generation ``appearance`` (HeyGen's photo-avatars skill: "Max 1000 chars")."""

LOOK_PROMPT_MAX_CHARS: Final = 1000
"""v2 look generation ``prompt`` (the built spec's limit, as for ``appearance``)."""

IMAGE_KEYS_PER_CALL: Final = 4
"""``POST /v2/photo_avatar/avatar_group/add`` takes at most 4 image keys per call; the SDK batches."""

PHOTO_URL_MAX_BYTES: Final = largest_accepted(PHOTO_AVATAR_V1)
"""A photo from a URL is refused as soon as it is known to be bigger (its headers, then while it streams)."""


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
        "name": check.check_text("name", name),
        "age": check.check_choice("age", age, AGES),
        "gender": check.check_choice("gender", gender, GENDERS),
        "ethnicity": check.check_choice("ethnicity", ethnicity, ETHNICITIES),
        "orientation": check.check_choice("orientation", orientation, ORIENTATIONS),
        "pose": check.check_choice("pose", pose, POSES),
        "style": check.check_choice("style", style, STYLES),
        "appearance": check.check_text("appearance", appearance, max_chars=APPEARANCE_MAX_CHARS),
    }
    if callback_url is not None:
        body["callback_url"] = check.check_text("callback_url", callback_url)
    if callback_id is not None:
        body["callback_id"] = check.check_text("callback_id", callback_id)
    return body


def look_generation_body(
    *, group_id: object, prompt: object, orientation: object, pose: object, style: object
) -> dict[str, Any]:
    """The checked JSON body of ``POST /v2/photo_avatar/look/generate`` (``prompt`` up to 1000 characters)."""
    return {
        "group_id": check.check_id("group_id", group_id),
        "prompt": check.check_text("prompt", prompt, max_chars=LOOK_PROMPT_MAX_CHARS),
        "orientation": check.check_choice("orientation", orientation, ORIENTATIONS),
        "pose": check.check_choice("pose", pose, POSES),
        "style": check.check_choice("style", style, STYLES),
    }


def check_image_keys(field: str, keys: object) -> tuple[str, ...]:
    """The image keys as a tuple: a non-empty list of non-empty strings (a lone string is refused).

    Image keys look like ``image/<hex>/original`` (from an upload or a generation's ``image_keys``).
    """
    result = check.check_list(field, keys, "image keys")
    if not result:
        raise InputValidationError(field, "needs at least one image key", value=keys)
    for index, key in enumerate(result):
        check_image_key(f"{field}[{index}]", key)
    return tuple(result)


IMAGE_KEY_MAX_CHARS: Final = 1000
"""Far above HeyGen's keys (``image/<32 hex>/original``): a bound, not a format."""


def check_image_key(field: str, key: object) -> str:
    """One image key: a non-blank, sendable string of at most `IMAGE_KEY_MAX_CHARS`."""
    return check.check_text(field, key, max_chars=IMAGE_KEY_MAX_CHARS)


def one_source(photo: object, url: object, image_key: object) -> None:
    """Exactly one of ``photo=``, ``url=`` and ``image_key=`` (a group's first image)."""
    given = [
        name
        for name, value in (("photo", photo), ("url", url), ("image_key", image_key))
        if value is not None
    ]
    if len(given) != 1:
        raise InputValidationError(
            "photo",
            "give exactly one of photo= (path, bytes or file), url= or image_key= "
            f"({'none' if not given else ', '.join(given)} given)",
        )


def photo_uploads(field: str, photos: object) -> list[Upload]:
    """Every photo of a list read and checked against the photo-avatar rules (none: an empty list)."""
    if photos is None:
        return []
    items = check.check_list(field, photos, "photos (paths, bytes or files)")
    return [load_upload(p, rules=PHOTO_AVATAR_V1, field=f"{field}[{i}]") for i, p in enumerate(items)]


def add_looks_args(
    group_id: object, image_keys: object, photos: object, name: object, generation_id: object
) -> tuple[str, tuple[str, ...], list[Upload], str | None, str | None]:
    """The checked arguments of `add_looks`: group, image keys, photos read, name and generation id."""
    group = check.check_id("group_id", group_id)
    keys = check_image_keys("image_keys", image_keys) if image_keys is not None else ()
    uploads = photo_uploads("photos", photos)
    if not keys and not uploads:
        raise InputValidationError(
            "image_keys", "give at least one image key (image_keys=) or photo (photos=)"
        )
    checked_name = None if name is None else check.check_text("name", name)
    return group, keys, uploads, checked_name, check.optional_id("generation_id", generation_id)


def create_group_args(
    name: object, photo: object, url: object, image_key: object, generation_id: object
) -> Upload | None:
    """`create_group`'s arguments checked (a URL's text; its photo is checked once downloaded, in the
    flow); the photo, read."""
    check.check_text("name", name)
    one_source(photo, url, image_key)
    check.optional_id("generation_id", generation_id)
    if image_key is not None:
        check_image_key("image_key", image_key)
    if url is not None:
        check.check_text("url", url)
    return (
        None if photo is None else load_upload(cast(FileSource, photo), rules=PHOTO_AVATAR_V1, field="photo")
    )
