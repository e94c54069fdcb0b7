"""What a manifest row may ask for: every job-creating method of the facade, by its ``namespace.method``
name, with the same arguments (checked by the same pure checks, before anything is sent).

Each `OpSpec` says how to check a row's ``args`` (`prepare`: no request), how to make its job (`create`:
a flow returning what HeyGen made), which job kind to wait for, and how to resolve a create that may have
reached HeyGen before a crash: v3 creates carry the row's Idempotency-Key, so sending again with the same
key is the resolution (HeyGen replays its answer); a v2 training is looked up by its status; v2
generations cannot be looked up (HeyGen lists none), so such a row is reported ``unresolved``.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, NamedTuple

from .._core import validation as check
from .._core.flow import Flow
from ..errors import InputValidationError

__all__ = ["OPS", "Made", "OpSpec", "prepare_row"]

REQUIRED = inspect.Parameter.empty


class Made(NamedTuple):
    """What a create made: the job to wait for (None: nothing to wait for) and every id, by name."""

    job_id: str | None
    ids: dict[str, Any]


Prepared = Callable[[], Flow[Made]]
"""A checked row: call it for a fresh flow of its create (one per attempt)."""


class OpSpec(NamedTuple):
    name: str
    kind: str | None
    """The job kind the row waits for after its create (None: the op waits itself, a workflow)."""
    keyed: bool
    """Its creates carry an Idempotency-Key HeyGen honours: a possibly-sent create is resolved by sending it
    again with the same key."""
    params: Mapping[str, Any]
    """Argument names and defaults (`REQUIRED` for the required ones), from the facade method."""
    files: tuple[str, ...]
    """Arguments that may name local files (relative to the manifest's folder)."""
    prepare: Callable[[Any, Mapping[str, Any]], Prepared]
    """(client, checked args) -> the create, checked now (no request)."""
    lookup: Callable[[Mapping[str, Any]], Flow[Made | None]] | None = None
    """For a v2 create that may have been sent: find what it made (None: nothing found)."""


def _params(method: Callable[..., Any], *drop: str) -> dict[str, Any]:
    signature = inspect.signature(method)
    return {
        name: p.default
        for name, p in signature.parameters.items()
        if name not in ("self", "client", *drop) and p.kind is not p.VAR_KEYWORD
    }


# --- v3 -------------------------------------------------------------------------------------------------


def _video(client: Any, args: Mapping[str, Any]) -> Prepared:
    from ..resources.videos import flows
    from ..resources.videos.checks import video_body

    fields = {k: v for k, v in args.items() if k not in ("avatar_id", "check_avatar")}
    body = video_body(args["avatar_id"], **fields)
    check_avatar = check.check_bool("check_avatar", args["check_avatar"])

    def create() -> Flow[Made]:
        video_id = yield from flows.create_flow(body, check_avatar)
        return Made(video_id, {"video_id": video_id})

    return create


def _image_video(client: Any, args: Mapping[str, Any]) -> Prepared:
    from ..resources.videos import flows
    from ..resources.videos.checks import image_video_args

    body, plan = image_video_args(**args)

    def create() -> Flow[Made]:
        video_id, image = yield from flows.create_from_image_flow(body, plan)
        return Made(video_id, {"video_id": video_id, "image": image})  # (the photo's asset, if uploaded)

    return create


def _avatar(which: str) -> Callable[[Any, Mapping[str, Any]], Prepared]:
    def prepare(client: Any, args: Mapping[str, Any]) -> Prepared:
        from ..resources.avatars import checks, flows

        if which == "prompt":
            body, references = checks.prompt_args(**args)
            files: dict[str, Any] = {}
        else:
            make = checks.photo_args if which == "photo" else checks.twin_args  # (no callback in a row)
            body, files = make(*args.values())
            references = []

        def create() -> Flow[Made]:
            made = yield from flows.create_flow(body, files, references)
            ids: dict[str, Any] = {"look_id": made.look_id, "group_id": made.group_id}
            if made.uploaded:
                ids["asset_ids"] = [asset.id for asset in made.uploaded]
            return Made(made.look_id, ids)

        return create

    return prepare


# --- v2 -------------------------------------------------------------------------------------------------


def _generate_photos(client: Any, args: Mapping[str, Any]) -> Prepared:
    from ..resources.photo_avatars import flows
    from ..resources.photo_avatars.checks import photo_generation_body

    body = photo_generation_body(**args)

    def create() -> Flow[Made]:
        generation_id = yield from flows.generate_photos_flow(body)
        return Made(generation_id, {"generation_id": generation_id})

    return create


def _generate_looks(client: Any, args: Mapping[str, Any]) -> Prepared:
    from ..resources.photo_avatars import flows
    from ..resources.photo_avatars.checks import look_generation_body

    fields = {k: v for k, v in args.items() if k != "require_trained"}
    body = look_generation_body(**fields)
    require_trained = check.check_bool("require_trained", args["require_trained"])

    def create() -> Flow[Made]:
        generation_id = yield from flows.generate_looks_flow(body, require_trained=require_trained)
        return Made(generation_id, {"generation_id": generation_id, "group_id": body["group_id"]})

    return create


def _train(client: Any, args: Mapping[str, Any]) -> Prepared:
    from ..resources.photo_avatars import flows

    group_id = check.check_id("group_id", args["group_id"])

    def create() -> Flow[Made]:
        yield from flows.train_flow(group_id)
        return Made(group_id, {"group_id": group_id})

    return create


def _training_started(args: Mapping[str, Any]) -> Flow[Made | None]:
    from ..resources.photo_avatars.reconcile import training_started

    group_id = str(args["group_id"])
    started = yield from training_started(group_id)
    return Made(group_id, {"group_id": group_id}) if started else None


def _ops() -> dict[str, OpSpec]:
    from ..resources.avatars.faces import Avatars
    from ..resources.photo_avatars.faces import PhotoAvatars
    from ..resources.videos.faces import Videos

    return {
        spec.name: spec
        for spec in (
            OpSpec("videos.create", "video", True, _params(Videos.create), (), _video),
            OpSpec(
                "videos.create_from_image", "video", True, _params(Videos.create_from_image), ("photo",),
                _image_video,
            ),
            OpSpec(
                "avatars.create_from_photo", "avatar", True, _params(Avatars.create_from_photo), ("photo",),
                _avatar("photo"),
            ),
            OpSpec(
                "avatars.create_from_prompt", "avatar", True, _params(Avatars.create_from_prompt),
                ("reference_images",), _avatar("prompt"),
            ),
            OpSpec(
                "avatars.create_digital_twin", "avatar", True,
                _params(Avatars.create_digital_twin, "on_upload_progress"), ("footage",), _avatar("twin"),
            ),
            OpSpec(
                "photo_avatars.generate_photos", "photo_generation", False,
                _params(PhotoAvatars.generate_photos), (), _generate_photos,
            ),
            OpSpec(
                "photo_avatars.generate_looks", "look_generation", False,
                _params(PhotoAvatars.generate_looks), (), _generate_looks,
            ),
            OpSpec(
                "photo_avatars.train", "training", False, _params(PhotoAvatars.train), (), _train,
                _training_started,
            ),
        )
    }  # fmt: skip


OPS: dict[str, OpSpec] = {}


def ops() -> dict[str, OpSpec]:
    """The op table (built on first use: it reads the facade's signatures)."""
    if not OPS:
        OPS.update(_ops())
        from .workflow_op import WORKFLOW_OP

        OPS[WORKFLOW_OP.name] = WORKFLOW_OP
    return OPS


def _local_files(value: Any, base: Path) -> Any:
    """A file argument with paths made relative to the manifest's folder (URLs and mappings kept)."""
    if (
        isinstance(value, str)
        and not value.startswith(("https://", "http://"))
        and not Path(value).is_absolute()
    ):
        return str(base / value)
    if isinstance(value, list):
        return [_local_files(item, base) for item in value]
    return value


def prepare_row(client: Any, op: object, args: object, base: Path) -> tuple[OpSpec, Prepared]:
    """Check one row's ``op`` and ``args`` (no request); errors name the field (``op``, ``args.<name>``)."""
    table = ops()
    if not isinstance(op, str) or op not in table:
        raise InputValidationError("op", f"unknown op {op!r}", allowed=sorted(table))
    spec = table[op]
    if not isinstance(args, Mapping):
        raise InputValidationError("args", f"expected a JSON object of {op}'s arguments", value=args)
    unknown = sorted(set(args) - set(spec.params))
    if unknown:
        raise InputValidationError(
            f"args.{unknown[0]}", f"is not an argument of {op}", allowed=list(spec.params)
        )
    missing = [name for name, default in spec.params.items() if default is REQUIRED and name not in args]
    if missing:
        raise InputValidationError(f"args.{missing[0]}", f"is required by {op}")
    full = {name: args.get(name, default) for name, default in spec.params.items()}
    for name in spec.files:
        full[name] = _local_files(full[name], base)
    try:
        return spec, spec.prepare(client, full)
    except InputValidationError as error:  # name the field as the manifest spells it
        raise InputValidationError(f"args.{error.field}", error.message, allowed=error.allowed) from None
