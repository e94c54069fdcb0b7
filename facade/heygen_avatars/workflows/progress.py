"""What a `create_photo_avatar` run knows: its checked inputs (`Plan`), the ids made so far (`Progress`),
the `PhotoAvatarResult` it returns, and the resume token that carries both (versioned JSON, no secret)."""

from __future__ import annotations

import json
from typing import Any, Final

import attrs

from ..errors import InputValidationError
from ..types.literals import Orientation, Pose, Style

__all__ = [
    "TOKEN_VERSION",
    "LookPrompt",
    "PhotoAvatarResult",
    "Plan",
    "Progress",
    "read_token",
    "result_of",
    "token_of",
]

TOKEN_VERSION: Final = 1
_TOKEN_KEY: Final = "heygen_avatars_workflow"
_WORKFLOW: Final = "create_photo_avatar"


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

    @classmethod
    def from_json(cls, data: Any) -> Plan:
        return cls(
            name=str(data["name"]),
            photo_digests=tuple(str(d) for d in data["photo_digests"]),
            image_keys=tuple(str(k) for k in data["image_keys"]),
            generation_id=None if data.get("generation_id") is None else str(data["generation_id"]),
            looks=tuple(LookPrompt(**look) for look in data["looks"]),
        )


@attrs.define
class Progress:
    """Ids known to exist on HeyGen, recorded as soon as they are returned (JSON in the token)."""

    asset_ids: list[str | None] = attrs.field(factory=list)
    uploaded_keys: list[str | None] = attrs.field(factory=list)
    group_id: str | None = None
    look_ids: list[str] = attrs.field(factory=list)
    keys_added: int = 0
    looks_ready: bool = False
    train_attempted: bool = False
    training_started: bool = False
    trained: bool = False
    generation_ids: list[str | None] = attrs.field(factory=list)
    generated_image_keys: list[str] = attrs.field(factory=list)
    generated_look_ids: list[str] = attrs.field(factory=list)
    looks_generated: bool = False
    sending: str | None = None
    """The create about to be sent (``create_group``, ``add_looks:<n>``, ``generate:<i>``), cleared once
    HeyGen answers: a resume that finds it set looks the create up before sending anything again."""

    def to_json(self) -> dict[str, Any]:
        return attrs.asdict(self)

    @classmethod
    def from_json(cls, data: Any) -> Progress:
        known = {f.name for f in attrs.fields(cls)}
        return cls(**{k: v for k, v in dict(data).items() if k in known})


@attrs.frozen
class PhotoAvatarResult:
    """Every id the workflow made (in an error: the ids made before the failure).

    ``image_keys``: the uploaded photos' keys (for the photos, in order) and then the keys you gave;
    ``look_ids``: the group's looks made from them (the first one's id is also the group id);
    ``generated_look_ids``: the looks HeyGen added for the generated images.
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


def read_token(token: object, base_url: str) -> tuple[Plan, Progress]:
    if not isinstance(token, str):
        raise InputValidationError("token", f"expected the resume token string, got {type(token).__name__}")
    try:
        payload = json.loads(token)
    except ValueError:
        raise InputValidationError("token", "not a create_photo_avatar resume token (not JSON)") from None
    if not isinstance(payload, dict) or payload.get("workflow") != _WORKFLOW or _TOKEN_KEY not in payload:
        raise InputValidationError("token", "not a create_photo_avatar resume token")
    if payload[_TOKEN_KEY] != TOKEN_VERSION:
        raise InputValidationError(
            "token", f"resume token version {payload[_TOKEN_KEY]!r} is not supported", allowed=[TOKEN_VERSION]
        )
    if payload.get("base_url") != base_url:
        raise InputValidationError(
            "token", f"the workflow ran on {payload.get('base_url')!r}, but this client talks to {base_url!r}"
        )
    try:
        return Plan.from_json(payload["plan"]), Progress.from_json(payload["progress"])
    except (KeyError, TypeError, ValueError) as error:
        raise InputValidationError("token", f"the resume token is damaged ({error!r})") from None
