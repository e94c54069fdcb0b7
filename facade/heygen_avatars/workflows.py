"""The whole v2 photo-avatar story in one call: upload → group → add looks → train → new looks.

    result = client.create_photo_avatar(
        name="Sylvia", photos=["front.jpg", "side.jpg", "smile.png"],
        looks=["Navy blazer, modern office", "Casual hoodie, park"], on_progress=print,
    )
    result.group_id, result.look_ids, result.generated_look_ids     # every id it made

    # async: result = await async_client.create_photo_avatar(...)

Written once as a flow (`photo_avatar_flow`), run by both clients. Progress events (`StepStarted`,
`StepFinished`, `StepSkipped`, `JobStatusChanged`) go to ``on_progress`` (a coroutine function is awaited
on `AsyncHeyGen`).

**Failures and resume.** Every id is recorded the moment HeyGen returns it. If a step fails,
`PhotoAvatarWorkflowError` names the step, carries the ids created so far (``.created``) and a resume
token (``.resume_token``: versioned JSON, no secret). `resume_photo_avatar(client, token, photos=...)`
continues from there: finished steps are skipped, uploaded photos are not uploaded again, looks already
added are not added again, a training already started is waited for (its status is read before training
again), a look generation already started is waited for. Pass the same photos again only if some were
not uploaded yet (they are matched by their SHA-256). Resume from the *latest* token: a token is a
snapshot, and an older one does not know about what was made after it.

One limit remains, as for any API without idempotency keys: if a *create* request reached HeyGen but its
response was lost (a timeout after sending), its id is unknown and resuming creates it again. The SDK
never retries such a request by itself (see `Op.CREATE`).
"""

from __future__ import annotations

import enum
import hashlib
import json
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any, Final, TypeAlias, overload

import attrs

from ._core import validation as check
from ._core.files import PHOTO_AVATAR_V1, FileSource, Upload, load_upload
from ._core.flow import Flow, emit
from .errors import HeyGenError, InputValidationError, JobFailedError
from .jobs.handles import DEFAULT, JobSnapshot, JobState, WaitTimeout, wait_flow
from .resources.photo_avatars import (
    add_looks_flow,
    create_group_flow,
    generate_looks_flow,
    list_looks_flow,
    train_flow,
    training_status_flow,
    upload_photo_flow,
)
from .types.models import PhotoGeneration

if TYPE_CHECKING:
    from ._client import AsyncHeyGen, HeyGen

__all__ = [
    "TOKEN_VERSION",
    "JobStatusChanged",
    "LookPrompt",
    "PhotoAvatarResult",
    "PhotoAvatarWorkflowError",
    "Step",
    "StepFinished",
    "StepSkipped",
    "StepStarted",
    "WorkflowEvent",
    "create_photo_avatar",
    "photo_avatar_flow",
    "resume_photo_avatar",
]

TOKEN_VERSION: Final = 1
_TOKEN_KEY: Final = "heygen_avatars_workflow"
_WORKFLOW: Final = "create_photo_avatar"


class Step(enum.Enum):
    """The steps of `create_photo_avatar`, in order."""

    UPLOAD = "upload"
    CREATE_GROUP = "create_group"
    ADD_LOOKS = "add_looks"
    TRAIN = "train"
    GENERATE_LOOKS = "generate_looks"


@attrs.frozen
class LookPrompt:
    """One new look to generate after training (the v2 look-generation fields)."""

    prompt: str
    orientation: check.Orientation = "horizontal"
    pose: check.Pose = "half_body"
    style: check.Style = "Realistic"


# ---------------------------------------------------------------------------------------------------------
# Events


@attrs.frozen
class StepStarted:
    """A step begins (``resumed``: part of it was done by an earlier run)."""

    step: Step
    resumed: bool = False


@attrs.frozen
class StepFinished:
    """A step is done; ``ids`` are what it made (or found made by an earlier run)."""

    step: Step
    ids: tuple[str, ...] = ()


@attrs.frozen
class StepSkipped:
    """A step has nothing to do: finished by an earlier run, or nothing was asked of it."""

    step: Step
    reason: str


@attrs.frozen
class JobStatusChanged:
    """A job the workflow waits for reported a new status."""

    step: Step
    snapshot: JobSnapshot


WorkflowEvent: TypeAlias = StepStarted | StepFinished | StepSkipped | JobStatusChanged
ProgressCallback: TypeAlias = Callable[[WorkflowEvent], Any]


# ---------------------------------------------------------------------------------------------------------
# Plan (the inputs), progress (what exists), result and error


@attrs.frozen
class _Plan:
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
    def from_json(cls, data: Any) -> _Plan:
        return cls(
            name=str(data["name"]),
            photo_digests=tuple(str(d) for d in data["photo_digests"]),
            image_keys=tuple(str(k) for k in data["image_keys"]),
            generation_id=None if data.get("generation_id") is None else str(data["generation_id"]),
            looks=tuple(LookPrompt(**look) for look in data["looks"]),
        )


@attrs.define
class _Progress:
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

    def to_json(self) -> dict[str, Any]:
        return attrs.asdict(self)

    @classmethod
    def from_json(cls, data: Any) -> _Progress:
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


class PhotoAvatarWorkflowError(HeyGenError):
    """`create_photo_avatar` failed at ``step``; ``created`` holds the ids already made and
    ``resume_token`` resumes it (`resume_photo_avatar`). The failure itself is ``__cause__``."""

    def __init__(
        self, step: Step, created: PhotoAvatarResult, resume_token: str, cause: BaseException
    ) -> None:
        self.step = step
        self.created = created
        self.resume_token = resume_token
        made = ", ".join(created.all_ids) or "nothing yet"
        super().__init__(
            f"create_photo_avatar failed at step {step.value!r}: {cause} (already created: {made}). "
            "Resume with resume_photo_avatar(client, error.resume_token)."
        )


def _result(plan: _Plan, progress: _Progress) -> PhotoAvatarResult:
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


def _token(base_url: str, plan: _Plan, progress: _Progress) -> str:
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


def _read_token(token: object, base_url: str) -> tuple[_Plan, _Progress]:
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
        return _Plan.from_json(payload["plan"]), _Progress.from_json(payload["progress"])
    except (KeyError, TypeError, ValueError) as error:
        raise InputValidationError("token", f"the resume token is damaged ({error!r})") from None


# ---------------------------------------------------------------------------------------------------------
# The flow


@attrs.define
class _Run:
    """What the flow works with: inputs, progress, and how to make job handles and report."""

    plan: _Plan
    progress: _Progress
    uploads: Sequence[Upload | None]
    base_url: str
    make_job: Callable[..., Any]
    on_progress: ProgressCallback | None
    timeout: WaitTimeout

    def fail(self, step: Step, cause: BaseException) -> PhotoAvatarWorkflowError:
        token = _token(self.base_url, self.plan, self.progress)
        return PhotoAvatarWorkflowError(step, _result(self.plan, self.progress), token, cause)

    def emit(self, event: WorkflowEvent) -> Flow[None]:
        return emit(self.on_progress, event)

    def wait(
        self, step: Step, kind: str, ids: Sequence[str], *, return_exceptions: bool = False
    ) -> Flow[list[JobSnapshot | JobFailedError]]:
        """Wait for jobs under one deadline, reporting their status changes as `JobStatusChanged`."""
        handles = [self.make_job(kind, job_id) for job_id in ids]
        callback = self.on_progress

        def report(snapshot: JobSnapshot) -> Any:
            return callback(JobStatusChanged(step, snapshot)) if callback else None

        return (
            yield from wait_flow(
                handles,
                timeout=self.timeout,
                on_progress=report if callback else None,
                return_exceptions=return_exceptions,
            )
        )


def _upload_step(run: _Run) -> Flow[None]:
    progress = run.progress
    count = len(run.plan.photo_digests)
    if count == 0 or all(progress.uploaded_keys[i] for i in range(count)):
        yield from run.emit(StepSkipped(Step.UPLOAD, "no photos" if count == 0 else "already uploaded"))
        return
    yield from run.emit(StepStarted(Step.UPLOAD, resumed=any(progress.uploaded_keys)))
    for index in range(count):
        if progress.uploaded_keys[index]:
            continue
        upload = run.uploads[index]
        assert upload is not None  # checked before the flow starts
        asset = yield from upload_photo_flow(upload)
        progress.asset_ids[index] = asset.id
        progress.uploaded_keys[index] = asset.image_key
    yield from run.emit(StepFinished(Step.UPLOAD, tuple(k for k in progress.uploaded_keys if k)))


def _keys(run: _Run) -> list[tuple[str, str | None]]:
    """Every image key with its generation id (None for uploads), in order."""
    uploaded = [(k, None) for k in run.progress.uploaded_keys if k]
    return [*uploaded, *((k, run.plan.generation_id) for k in run.plan.image_keys)]


def _create_group_step(run: _Run) -> Flow[None]:
    progress = run.progress
    if progress.group_id is not None:
        yield from run.emit(StepSkipped(Step.CREATE_GROUP, "already created"))
        return
    yield from run.emit(StepStarted(Step.CREATE_GROUP))
    key, generation_id = _keys(run)[0]
    look = yield from create_group_flow(run.plan.name, None, key, generation_id)
    progress.group_id = look.group_id or look.id
    progress.look_ids.append(look.id)
    progress.keys_added = 1
    yield from run.emit(StepFinished(Step.CREATE_GROUP, (progress.group_id,)))


def _add_looks_step(run: _Run) -> Flow[None]:
    progress = run.progress
    group_id = str(progress.group_id)
    keys = _keys(run)
    if progress.looks_ready:
        yield from run.emit(StepSkipped(Step.ADD_LOOKS, "already added"))
        return
    yield from run.emit(StepStarted(Step.ADD_LOOKS, resumed=progress.keys_added > 1))
    while progress.keys_added < len(keys):
        # one call per batch of keys sharing a generation id, at most 4 keys (HeyGen's limit)
        start = progress.keys_added
        generation_id = keys[start][1]
        batch = [k for k, g in keys[start : start + check.IMAGE_KEYS_PER_CALL] if g == generation_id]
        looks = yield from add_looks_flow(group_id, batch, [], run.plan.name, generation_id)
        progress.look_ids.extend(look.id for look in looks)
        progress.keys_added += len(batch)
    # training needs every look ready
    yield from run.wait(Step.ADD_LOOKS, "look", progress.look_ids)
    progress.looks_ready = True
    yield from run.emit(StepFinished(Step.ADD_LOOKS, tuple(progress.look_ids)))


def _train_step(run: _Run) -> Flow[None]:
    progress = run.progress
    group_id = str(progress.group_id)
    if progress.trained:
        yield from run.emit(StepSkipped(Step.TRAIN, "already trained"))
        return
    yield from run.emit(StepStarted(Step.TRAIN, resumed=progress.train_attempted))
    if progress.train_attempted:
        # An earlier run sent the request: ask HeyGen before training again. Running or done: wait for
        # it; never started (its answer was lost) or failed: train again.
        status = yield from training_status_flow(group_id)
        progress.training_started = status.state in (JobState.PENDING, JobState.SUCCEEDED)
    if not progress.training_started:
        progress.train_attempted = True
        yield from train_flow(group_id)
        progress.training_started = True
    yield from run.wait(Step.TRAIN, "training", [group_id])
    progress.trained = True
    yield from run.emit(StepFinished(Step.TRAIN, (group_id,)))


def _generate_step(run: _Run) -> Flow[None]:
    progress = run.progress
    group_id = str(progress.group_id)
    if not run.plan.looks or progress.looks_generated:
        why = "no looks asked" if not run.plan.looks else "already generated"
        yield from run.emit(StepSkipped(Step.GENERATE_LOOKS, why))
        return
    yield from run.emit(StepStarted(Step.GENERATE_LOOKS, resumed=any(progress.generation_ids)))
    for index, look in enumerate(run.plan.looks):
        if progress.generation_ids[index]:
            continue
        body = check.look_generation_body(
            group_id=group_id,
            prompt=look.prompt,
            orientation=look.orientation,
            pose=look.pose,
            style=look.style,
        )
        progress.generation_ids[index] = yield from generate_looks_flow(body, require_trained=False)
    generation_ids = [g for g in progress.generation_ids if g]
    outcomes = yield from run.wait(
        Step.GENERATE_LOOKS, "look_generation", generation_ids, return_exceptions=True
    )
    failures = [o for o in outcomes if isinstance(o, JobFailedError)]
    if failures:
        # a failed generation made nothing: forget it, so that resuming starts that prompt again
        failed = {f.job_id for f in failures}
        progress.generation_ids = [None if g in failed else g for g in progress.generation_ids]
        raise failures[0]
    keys = [
        key
        for o in outcomes
        if isinstance(o, JobSnapshot)
        for key in PhotoGeneration.from_raw(o.data).image_keys
    ]
    known = set(progress.look_ids)
    looks = yield from list_looks_flow(group_id)
    progress.generated_image_keys = keys
    progress.generated_look_ids = [look.id for look in looks if look.id not in known]
    progress.looks_generated = True
    yield from run.emit(StepFinished(Step.GENERATE_LOOKS, tuple(progress.generated_look_ids)))


_STEPS: Final = (
    (Step.UPLOAD, _upload_step),
    (Step.CREATE_GROUP, _create_group_step),
    (Step.ADD_LOOKS, _add_looks_step),
    (Step.TRAIN, _train_step),
    (Step.GENERATE_LOOKS, _generate_step),
)


def photo_avatar_flow(run: _Run) -> Flow[PhotoAvatarResult]:
    """Run every step not finished yet; a failure becomes `PhotoAvatarWorkflowError` with a resume token."""
    for step, body in _STEPS:
        try:
            yield from body(run)
        except HeyGenError as error:
            raise run.fail(step, error) from error
    return _result(run.plan, run.progress)


# ---------------------------------------------------------------------------------------------------------
# Entry points (argument checks here, before any request)


def _digest(upload: Upload) -> str:
    return hashlib.sha256(upload.content).hexdigest()


def _look_prompts(looks: object, orientation: object, pose: object, style: object) -> tuple[LookPrompt, ...]:
    if isinstance(looks, str | bytes) or not isinstance(looks, Sequence):
        raise InputValidationError("looks", "expected a list of prompts (str or LookPrompt)", value=looks)
    result: list[LookPrompt] = []
    for index, item in enumerate(looks):
        if isinstance(item, LookPrompt):
            fields: tuple[object, ...] = (item.prompt, item.orientation, item.pose, item.style)
        elif isinstance(item, str):
            fields = (item, orientation, pose, style)
        else:
            raise InputValidationError(
                f"looks[{index}]", "expected a prompt string or a LookPrompt", value=item
            )
        try:
            body = check.look_generation_body(
                group_id="unused", prompt=fields[0], orientation=fields[1], pose=fields[2], style=fields[3]
            )
        except InputValidationError as error:
            # name the list entry (a string's orientation/pose/style come from the keyword arguments)
            if isinstance(item, LookPrompt):
                field = f"looks[{index}].{error.field}"
            else:
                field = f"looks[{index}]" if error.field == "prompt" else error.field
            message = str(error)[len(error.field) + 2 :].rsplit(" (allowed: ", 1)[0]
            raise InputValidationError(field, message, allowed=error.allowed, value=error.value) from None
        result.append(LookPrompt(body["prompt"], body["orientation"], body["pose"], body["style"]))
    return tuple(result)


def _start(
    client: Any,
    *,
    name: object,
    photos: object,
    image_keys: object,
    generation_id: object,
    looks: object,
    orientation: object,
    pose: object,
    style: object,
    on_progress: ProgressCallback | None,
    timeout: WaitTimeout,
) -> _Run:
    check.check_text("name", name)
    if isinstance(photos, str | bytes | bytearray) or not isinstance(photos, Sequence):
        raise InputValidationError(
            "photos", "expected a list of photos (paths, bytes or files)", value=photos
        )
    uploads = [load_upload(p, rules=PHOTO_AVATAR_V1, field=f"photos[{i}]") for i, p in enumerate(photos)]
    keys = check.check_image_keys("image_keys", image_keys) if image_keys else ()
    if not uploads and not keys:
        raise InputValidationError("photos", "give at least one photo (photos=) or image key (image_keys=)")
    if generation_id is not None:
        check.check_id("generation_id", generation_id)
        if not keys:
            raise InputValidationError("generation_id", "only applies to image_keys= (generated images)")
    if on_progress is not None and not callable(on_progress):
        raise InputValidationError("on_progress", "expected a callable receiving each event")
    plan = _Plan(
        name=str(name),
        photo_digests=tuple(_digest(u) for u in uploads),
        image_keys=keys,
        generation_id=generation_id if isinstance(generation_id, str) else None,
        looks=_look_prompts(looks, orientation, pose, style),
    )
    progress = _Progress(
        asset_ids=[None] * len(uploads),
        uploaded_keys=[None] * len(uploads),
        generation_ids=[None] * len(plan.looks),
    )
    return _Run(plan, progress, uploads, client.base_url, client.jobs.get, on_progress, timeout)


def _resume(
    client: Any, token: object, photos: object, on_progress: ProgressCallback | None, timeout: WaitTimeout
) -> _Run:
    plan, progress = _read_token(token, client.base_url)
    count = len(plan.photo_digests)
    if len(progress.uploaded_keys) != count or len(progress.generation_ids) != len(plan.looks):
        raise InputValidationError(
            "token", "the resume token is damaged (its progress does not fit its plan)"
        )
    missing = [i for i in range(count) if not progress.uploaded_keys[i]]
    uploads: list[Upload | None] = [None] * count
    if missing:
        if photos is None:
            raise InputValidationError(
                "photos", f"{len(missing)} photo(s) were not uploaded yet: pass the same photos= again"
            )
        if (
            isinstance(photos, str | bytes | bytearray)
            or not isinstance(photos, Sequence)
            or len(photos) != count
        ):
            raise InputValidationError("photos", f"expected the same {count} photos as the first run")
        for index in missing:
            upload = load_upload(photos[index], rules=PHOTO_AVATAR_V1, field=f"photos[{index}]")
            if _digest(upload) != plan.photo_digests[index]:
                raise InputValidationError(f"photos[{index}]", "is not the photo the first run was given")
            uploads[index] = upload
    if on_progress is not None and not callable(on_progress):
        raise InputValidationError("on_progress", "expected a callable receiving each event")
    return _Run(plan, progress, uploads, client.base_url, client.jobs.get, on_progress, timeout)


@overload
def create_photo_avatar(
    client: HeyGen,
    *,
    name: str,
    photos: Sequence[FileSource] = (),
    image_keys: Sequence[str] = (),
    generation_id: str | None = None,
    looks: Sequence[str | LookPrompt] = (),
    orientation: check.Orientation = "horizontal",
    pose: check.Pose = "half_body",
    style: check.Style = "Realistic",
    on_progress: ProgressCallback | None = None,
    timeout: WaitTimeout = DEFAULT,
) -> PhotoAvatarResult: ...
@overload
def create_photo_avatar(
    client: AsyncHeyGen,
    *,
    name: str,
    photos: Sequence[FileSource] = (),
    image_keys: Sequence[str] = (),
    generation_id: str | None = None,
    looks: Sequence[str | LookPrompt] = (),
    orientation: check.Orientation = "horizontal",
    pose: check.Pose = "half_body",
    style: check.Style = "Realistic",
    on_progress: ProgressCallback | None = None,
    timeout: WaitTimeout = DEFAULT,
) -> Awaitable[PhotoAvatarResult]: ...
def create_photo_avatar(
    client: HeyGen | AsyncHeyGen,
    *,
    name: str,
    photos: Sequence[FileSource] = (),
    image_keys: Sequence[str] = (),
    generation_id: str | None = None,
    looks: Sequence[str | LookPrompt] = (),
    orientation: check.Orientation = "horizontal",
    pose: check.Pose = "half_body",
    style: check.Style = "Realistic",
    on_progress: ProgressCallback | None = None,
    timeout: WaitTimeout = DEFAULT,
) -> PhotoAvatarResult | Awaitable[PhotoAvatarResult]:
    """Upload the photos, create a group from the first, add the others as looks, train the group, then
    generate one set of new looks per prompt in ``looks``; every id made, in a `PhotoAvatarResult`.

    ``image_keys`` (with ``generation_id`` for generated images) are used after the photos. String
    prompts use ``orientation``/``pose``/``style``; a `LookPrompt` sets its own. ``timeout`` bounds each
    wait (default: the job kind's). All input is checked before the first request. On `HeyGen` this
    returns the result; on `AsyncHeyGen` an awaitable. Example::

        result = create_photo_avatar(client, name="Sylvia", photos=["a.jpg", "b.jpg"],
                                     looks=["Navy blazer, office"], on_progress=print)
    """
    run = _start(
        client, name=name, photos=photos, image_keys=image_keys, generation_id=generation_id, looks=looks,
        orientation=orientation, pose=pose, style=style, on_progress=on_progress, timeout=timeout,
    )  # fmt: skip
    return client._run(photo_avatar_flow(run))


@overload
def resume_photo_avatar(
    client: HeyGen,
    token: str,
    *,
    photos: Sequence[FileSource] | None = None,
    on_progress: ProgressCallback | None = None,
    timeout: WaitTimeout = DEFAULT,
) -> PhotoAvatarResult: ...
@overload
def resume_photo_avatar(
    client: AsyncHeyGen,
    token: str,
    *,
    photos: Sequence[FileSource] | None = None,
    on_progress: ProgressCallback | None = None,
    timeout: WaitTimeout = DEFAULT,
) -> Awaitable[PhotoAvatarResult]: ...
def resume_photo_avatar(
    client: HeyGen | AsyncHeyGen,
    token: str,
    *,
    photos: Sequence[FileSource] | None = None,
    on_progress: ProgressCallback | None = None,
    timeout: WaitTimeout = DEFAULT,
) -> PhotoAvatarResult | Awaitable[PhotoAvatarResult]:
    """Continue a failed `create_photo_avatar` from ``error.resume_token`` without redoing finished steps
    or creating anything twice. ``photos``: the same photos, needed only if some were not uploaded yet.

    Example::

        try:
            result = client.create_photo_avatar(name="Sylvia", photos=photos, looks=["Office"])
        except PhotoAvatarWorkflowError as error:
            result = client.resume_photo_avatar(error.resume_token, photos=photos)
    """
    run = _resume(client, token, photos, on_progress, timeout)
    return client._run(photo_avatar_flow(run))
