"""What a `create_photo_avatar` run knows: its checked inputs (`Plan`), the ids made so far (`Progress`),
the `PhotoAvatarResult` it returns, and the resume token that carries both (versioned JSON, no secret).

A token is read whole before any use (`read_token`): its size, JSON and depth, then every field's type,
every id's shape, every prompt's values, and that its progress fits its plan. A damaged or hostile token
is refused with `InputValidationError` before any request.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Collection
from typing import Any, Final, TypeVar

import attrs

from .._core import validation as check
from ..errors import InputValidationError
from ..types.literals import Orientation, Pose, Style

__all__ = [
    "MAX_IMAGES",
    "MAX_LOOKS",
    "MAX_NAME_CHARS",
    "TOKEN_VERSION",
    "LookPrompt",
    "PhotoAvatarResult",
    "Plan",
    "Progress",
    "read_token",
    "result_of",
    "token_of",
]

TOKEN_VERSION: Final = 3
"""2 added what resume checks on HeyGen (groups before the run, look keys, generations sent); 3 the create
being sent when the token was taken (`Progress.sending`). Versions 1 and 2 are still read (their new fields
start empty)."""
_READS: Final = (1, 2, 3)
_TOKEN_KEY: Final = "heygen_avatars_workflow"
_WORKFLOW: Final = "create_photo_avatar"
MAX_IMAGES: Final = 100
"""Photos plus image keys of one run (the SDK's bound, so that a token stays small)."""
MAX_LOOKS: Final = 100
"""Look prompts of one run (the same reason)."""
MAX_NAME_CHARS: Final = 1000
"""The avatar's name in one run (a bound for the token, far above any name HeyGen shows)."""
MAX_TOKEN_CHARS: Final = 1024 * 1024
_MAX_ENTRIES: Final = MAX_IMAGES + 10 * MAX_LOOKS  # the longest list a token holds: generated looks
_DIGEST: Final = re.compile(r"[0-9a-f]{64}\Z")
_INDEX: Final = re.compile(r"[0-9]{1,6}\Z")
_WHAT: Final = "create_photo_avatar resume token"


@attrs.frozen
class LookPrompt:
    """One new look to generate after training (the v2 look-generation fields)."""

    prompt: str
    orientation: Orientation = "horizontal"
    pose: Pose = "half_body"
    style: Style = "Realistic"


@attrs.frozen
class Plan:
    """The checked inputs; JSON in the token (photos only by digest)."""

    name: str
    photo_digests: tuple[str, ...]
    image_keys: tuple[str, ...]
    generation_id: str | None
    looks: tuple[LookPrompt, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "photo_digests": list(self.photo_digests),
            "image_keys": list(self.image_keys),
            "generation_id": self.generation_id,
            "looks": [attrs.asdict(look) for look in self.looks],
        }


@attrs.define
class Progress:
    """What exists on HeyGen, recorded as soon as it is known (JSON in the token).

    ``groups_before``: the groups named like the plan before this run made any (None: not listed yet), so
    that a resume tells the group this run made from older ones. ``look_ids``/``look_keys``: the looks made
    from the image keys and the key of each. ``generation_sent``: a look generation was requested and no
    answer came (it may run on HeyGen: a resume waits for its looks instead of paying for it again).
    ``sending``: the create in flight when the token was taken, or whose answer was lost (``create_group``,
    ``add_looks:<i>`` for the keys from index i, ``train``, ``generate:<i>`` for look prompt i); None once
    HeyGen answered. A resume asks HeyGen before every create anyway (`lookups`); this names the one that
    may have been made.
    """

    asset_ids: list[str | None] = attrs.field(factory=list)
    uploaded_keys: list[str | None] = attrs.field(factory=list)
    groups_before: list[str] | None = None
    group_id: str | None = None
    look_ids: list[str] = attrs.field(factory=list)
    look_keys: list[str] = attrs.field(factory=list)
    looks_ready: bool = False
    train_attempted: bool = False
    trained: bool = False
    generation_ids: list[str | None] = attrs.field(factory=list)
    generation_sent: list[bool] = attrs.field(factory=list)
    generated_image_keys: list[str] = attrs.field(factory=list)
    generated_look_ids: list[str] = attrs.field(factory=list)
    looks_generated: bool = False
    sending: str | None = None

    def to_json(self) -> dict[str, Any]:
        return attrs.asdict(self)


@attrs.frozen
class PhotoAvatarResult:
    """Every id the workflow made (in an error: the ids made before the failure).

    ``image_keys``: the uploaded photos' keys (for the photos, in order) and then the keys you gave;
    ``look_ids``: the group's looks made from them (the first one's id is also the group id);
    ``generated_look_ids``: the looks HeyGen added for the generated images; ``generation_ids``: the
    generations' ids (one a prompt, except a generation whose answer was lost and whose looks a resume
    found: its id is not known).
    """

    group_id: str | None
    asset_ids: tuple[str, ...] = ()
    image_keys: tuple[str, ...] = ()
    look_ids: tuple[str, ...] = ()
    trained: bool = False
    generation_ids: tuple[str, ...] = ()
    generated_image_keys: tuple[str, ...] = ()
    generated_look_ids: tuple[str, ...] = ()

    @property
    def all_ids(self) -> tuple[str, ...]:
        """Every id made, assets first (for cleanup or logs)."""
        group = (self.group_id,) if self.group_id else ()
        return (*self.asset_ids, *group, *self.look_ids, *self.generation_ids, *self.generated_look_ids)


def result_of(plan: Plan, progress: Progress) -> PhotoAvatarResult:
    return PhotoAvatarResult(
        group_id=progress.group_id,
        asset_ids=tuple(a for a in progress.asset_ids if a),
        image_keys=(*(k for k in progress.uploaded_keys if k), *plan.image_keys),
        look_ids=tuple(progress.look_ids),
        trained=progress.trained,
        generation_ids=tuple(g for g in progress.generation_ids if g),
        generated_image_keys=tuple(progress.generated_image_keys),
        generated_look_ids=tuple(progress.generated_look_ids),
    )


def token_of(base_url: str, plan: Plan, progress: Progress) -> str:
    return json.dumps(
        {
            _TOKEN_KEY: TOKEN_VERSION,
            "workflow": _WORKFLOW,
            "base_url": base_url,
            "plan": plan.to_json(),
            "progress": progress.to_json(),
        },
        sort_keys=True,
        separators=(",", ":"),
    )


# --- reading a token whole --------------------------------------------------------------------------------


def _damaged(why: str) -> InputValidationError:
    """A field of the token does not hold what it must."""
    return InputValidationError("token", f"the resume token is damaged ({why})")


T = TypeVar("T")


def _fields(data: object, required: Collection[str]) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise _damaged(f"expected an object, got {type(data).__name__}")
    missing = set(required) - data.keys()  # (a field a later version adds is ignored)
    if missing:
        raise _damaged(f"missing {sorted(missing)}")
    return data


def _list(value: object, item: Callable[[Any], T], length: int | None = None) -> list[T]:
    if not isinstance(value, list):
        raise _damaged(f"expected a list, got {type(value).__name__}")
    if length is not None and len(value) != length:
        raise _damaged(f"expected {length} entries, got {len(value)}")
    if len(value) > _MAX_ENTRIES:
        raise _damaged("too many entries")
    return [item(v) for v in value]


def _bool(value: object) -> bool:
    if not isinstance(value, bool):
        raise _damaged(f"expected true or false, got {type(value).__name__}")
    return value


def _id(value: object) -> str:
    try:
        return check.check_id("id", value)
    except InputValidationError as error:
        raise _damaged(str(error)) from None


def _opt_id(value: object) -> str | None:
    return None if value is None else _id(value)


def _key(value: object) -> str:
    from ..resources.photo_avatars.checks import check_image_key

    try:
        return check_image_key("image key", value)
    except InputValidationError as error:
        raise _damaged(str(error)) from None


def _opt_key(value: object) -> str | None:
    return None if value is None else _key(value)


def _digest(value: object) -> str:
    if not isinstance(value, str) or not _DIGEST.match(value):
        raise _damaged("expected a SHA-256 hex digest")
    return value


def _look(value: object) -> LookPrompt:
    from ..resources.photo_avatars.checks import look_generation_body

    data = _fields(value, {"prompt", "orientation", "pose", "style"})
    try:  # (by name: a field a later version adds is ignored, as everywhere in the token)
        body = look_generation_body(
            group_id="unused",
            prompt=data["prompt"],
            orientation=data["orientation"],
            pose=data["pose"],
            style=data["style"],
        )
    except InputValidationError as error:
        raise _damaged(str(error)) from None
    return LookPrompt(body["prompt"], body["orientation"], body["pose"], body["style"])


def _plan(data: object) -> Plan:
    fields = _fields(data, {"name", "photo_digests", "image_keys", "generation_id", "looks"})
    try:
        name = check.check_text("name", fields["name"], max_chars=MAX_NAME_CHARS)
    except InputValidationError as error:
        raise _damaged(str(error)) from None
    plan = Plan(
        name=name,
        photo_digests=tuple(_list(fields["photo_digests"], _digest)),
        image_keys=tuple(_list(fields["image_keys"], _key)),
        generation_id=_opt_id(fields["generation_id"]),
        looks=tuple(_list(fields["looks"], _look)),
    )
    images = len(plan.photo_digests) + len(plan.image_keys)
    if not 1 <= images <= MAX_IMAGES or len(plan.looks) > MAX_LOOKS:
        raise _damaged(f"{images} images and {len(plan.looks)} looks do not make a plan")
    return plan


def _sending(value: object, keys: int, looks: int) -> str | None:
    """A `Progress.sending` marker naming a create this plan makes."""
    if value is None:
        return None
    if not isinstance(value, str) or len(value) > 40:
        raise _damaged("expected the create being sent, or null")
    name, _, index = value.partition(":")
    bound = {"create_group": None, "train": None, "add_looks": keys, "generate": looks}
    if name not in bound or (bound[name] is None) != (index == ""):
        raise _damaged(f"{value!r} is not a create of this workflow")
    if index and not (_INDEX.match(index) and int(index) < int(bound[name] or 0)):
        raise _damaged(f"{value!r} names no create of this plan")
    return value


def _progress(data: object, plan: Plan, version: int) -> Progress:
    names = {f.name for f in attrs.fields(Progress)}
    added = {  # what each version added (an older token lacks it)
        2: {"groups_before", "look_keys", "generation_sent"},
        3: {"sending"},
    }
    fields = _fields(data, names - {n for v, new in added.items() if v > version for n in new})
    photos, looks = len(plan.photo_digests), len(plan.looks)
    keys = photos + len(plan.image_keys)
    progress = Progress(
        asset_ids=_list(fields["asset_ids"], _opt_id, photos),
        uploaded_keys=_list(fields["uploaded_keys"], _opt_key, photos),
        groups_before=None if fields.get("groups_before") is None else _list(fields["groups_before"], _id),
        group_id=_opt_id(fields["group_id"]),
        look_ids=_list(fields["look_ids"], _id),
        look_keys=_list(fields.get("look_keys", []), _key),
        looks_ready=_bool(fields["looks_ready"]),
        train_attempted=_bool(fields["train_attempted"]),
        trained=_bool(fields["trained"]),
        generation_ids=_list(fields["generation_ids"], _opt_id, looks),
        generation_sent=_list(fields.get("generation_sent", [False] * looks), _bool, looks),
        generated_image_keys=_list(fields["generated_image_keys"], _key),
        generated_look_ids=_list(fields["generated_look_ids"], _id),
        looks_generated=_bool(fields["looks_generated"]),
        sending=_sending(fields.get("sending"), keys, looks),
    )
    if version == 1:  # the looks were made from the keys in order
        made = [k for k in progress.uploaded_keys if k] + list(plan.image_keys)
        progress.look_keys = made[: len(progress.look_ids)]
    if len(progress.look_ids) > keys or len(progress.look_keys) != len(progress.look_ids):
        raise _damaged("its looks do not fit its image keys")
    if progress.look_ids and progress.group_id is None:
        raise _damaged("it has looks but no group")
    return progress


def read_token(token: object, base_url: str) -> tuple[Plan, Progress]:
    """The plan and progress a resume token holds, every part checked (see the module docstring)."""
    payload = check.load_token("token", token, what=_WHAT, max_chars=MAX_TOKEN_CHARS)
    if not isinstance(payload, dict) or payload.get("workflow") != _WORKFLOW or _TOKEN_KEY not in payload:
        raise InputValidationError("token", f"not a {_WHAT}")
    version = payload[_TOKEN_KEY]
    if isinstance(version, bool) or version not in _READS:
        shown = repr(version) if len(repr(version)) <= 40 else type(version).__name__
        raise InputValidationError("token", f"resume token version {shown} is not supported", allowed=_READS)
    if payload.get("base_url") != base_url:
        where = payload.get("base_url")
        shown = repr(where) if isinstance(where, str) and len(where) <= 200 else "another host"
        raise InputValidationError(
            "token", f"the workflow ran on {shown}, but this client talks to {base_url!r}"
        )
    _fields(payload, {_TOKEN_KEY, "workflow", "base_url", "plan", "progress"})
    plan = _plan(payload["plan"])
    return plan, _progress(payload["progress"], plan, version)
