"""The long-running job kinds HeyGen has, and how to read each one's status (a small table).

A `JobKind` says which endpoint reports the job's status, which statuses mean success, failure,
"still running" or "waiting for a human" (v3 digital twins stop in `pending_consent`), where the
server's error code and message are, and how often to poll (`Cadence`).

HeyGen's status vocabularies disagree between sources (HeyGen's reference, guides and SDKs), so each kind
accepts every documented spelling; a status in none of the sets is UNKNOWN: the job keeps being
polled, the status is reported (log warning, snapshot.state) and it is never taken as success.

A kind whose end HeyGen announces by webhook has a `PushSpec`: the event types, where the job id is in
the event's data and, when every job of the kind gets an event, the slow safety poll that replaces the
cadence while deliveries arrive (see `heygen_avatars.jobs.push`).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from .._core.call import Call
from .._core.config import Op
from .._core.responses import Api
from .cadence import Cadence

__all__ = [
    "JOB_KINDS",
    "JobKind",
    "JobState",
    "PushSpec",
    "get_job_kind",
    "register_job_kind",
]


class JobState(enum.Enum):
    """Where a job stands, whatever HeyGen's word for it."""

    PENDING = "pending"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    ACTION_REQUIRED = "action_required"
    """Stopped until a person acts (v3 digital twin `pending_consent`): neither success nor failure."""
    UNKNOWN = "unknown"
    """A status none of the kind's vocabularies knows: still polled, never success."""

    @property
    def terminal(self) -> bool:
        """True when polling more will not change the outcome without someone acting."""
        return self in (JobState.SUCCEEDED, JobState.FAILED, JobState.ACTION_REQUIRED)


def _norm(status: Any) -> str | None:
    if status is None:
        return None
    text = str(status).strip().lower().replace(" ", "_").replace("-", "_")
    return text or None


def _first_str(data: Mapping[str, Any], *keys: str) -> str | None:
    for key in keys:
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            return value
    return None


# Where HeyGen puts a failure's reason, by kind and version (a v2 look's moderation verdict included).
_MESSAGE_KEYS = (
    "failure_message", "error_msg", "msg", "failure_reason", "error_message", "moderation_msg", "error",
)  # fmt: skip


def _error_info(value: Any) -> tuple[str | None, str | None]:
    """(code, message) of one error field: a string, an object ({code, message}) or a list of them."""
    from ..types.common import ErrorInfo

    info = ErrorInfo.from_raw(value)
    if info is None:
        return None, None
    return info.code, info.message or None


def default_error_of(data: Any) -> tuple[str | None, str | None]:
    """HeyGen's failure (code, message) from a status payload, wherever this kind keeps it (a message given as
    an object keeps its text; an empty object or list is no error)."""
    if not isinstance(data, Mapping):
        return None, None
    code: str | None = None
    message: str | None = None
    for key in _MESSAGE_KEYS:
        found_code, found_message = _error_info(data.get(key))
        code = code or found_code
        message = message or found_message
    code = code or _first_str(data, "failure_code", "error_code")
    return code, message


def status_field(data: Any) -> str | None:
    """The raw `status` of a payload (None when absent)."""
    if isinstance(data, Mapping) and data.get("status") is not None:
        return str(data["status"])
    return None


def _v3_status(data: Any) -> str | None:
    # A v3 item's status is optional: one with an error and no status has failed.
    status = status_field(data)
    if status is None and isinstance(data, Mapping) and _error_info(data.get("error")) != (None, None):
        return "failed"
    return status


def _v3_look_status(data: Any) -> str | None:
    # AvatarLookItem.status is optional; HeyGen's own guidance falls back on the preview being ready.
    status = _v3_status(data)
    if status is None and isinstance(data, Mapping) and data.get("preview_image_url"):
        return "completed"
    return status


def _model(name: str) -> Callable[[Any], Any]:
    """`Job.result()` as the facade model `name`, read from the final snapshot's data.

    Imported on use: the models classify their statuses with this table, so they import it.
    """

    def parse(snapshot: Any) -> Any:
        from .. import types

        return getattr(types, name).from_raw(snapshot.data)

    return parse


@attrs.frozen
class PushSpec:
    """How a kind's jobs are announced by webhook.

    `events`: the event types (``.success`` / ``.fail``) that end a job of the kind; `ids`: the keys of the
    event's data that hold the job id, first found wins. `safety` (None: the kind's own cadence goes on)
    is the slow poll that replaces the cadence while this kind's deliveries arrive: a check late in the
    job's typical duration, then one every so often, so that a lost event costs time, never the result.
    Only kinds whose every job gets an event have one (a v3 photo look gets no ``instant_avatar`` event).
    `proven`: deliveries of the kind a client must have received before its waits rely on the safety poll
    (users report HeyGen's photo-avatar events not firing: those kinds earn trust first).
    """

    events: frozenset[str]
    ids: tuple[str, ...]
    safety: Cadence | None = None
    proven: int = 0

    def job_id(self, data: Mapping[str, Any]) -> str | None:
        """The job id an event's data names, or None."""
        return _first_str(data, *self.ids)


def _safety(first: float, every: float, timeout: float) -> Cadence:
    """A safety poll: the first check `first` seconds into the job, then one every `every` seconds; spread
    by ±5 % (enough that a batch of jobs does not check in one instant, little enough that few jobs are
    checked before their event)."""
    return Cadence(
        initial=first,
        cap=max(first, every) * 1.05,
        timeout=timeout,
        multiplier=1.0,
        jitter=0.05,
        window=(first, first),
        step=every,
    )


def _events(family: str) -> frozenset[str]:
    return frozenset({f"{family}.success", f"{family}.fail"})


@attrs.frozen
class JobKind:
    """One kind of long-running job: its status endpoint, vocabularies, error fields and cadence."""

    name: str
    description: str
    status_call: Callable[[str], Call]
    succeeded: frozenset[str]
    failed: frozenset[str]
    pending: frozenset[str]
    cadence: Cadence
    action_required: frozenset[str] = frozenset()
    status_of: Callable[[Any], str | None] = status_field
    error_of: Callable[[Any], tuple[str | None, str | None]] = default_error_of
    result_of: Callable[[Any], Any] | None = None
    """Turns the final snapshot into `Job.result()`'s value (default: the snapshot's raw `data`)."""
    push: PushSpec | None = None
    """The webhook events that announce this kind's jobs (None: HeyGen sends none)."""

    def state_of(self, status: str | None) -> JobState:
        """Classify a raw status of this kind."""
        key = _norm(status)
        if key is None:
            return JobState.UNKNOWN
        if key in self.succeeded:
            return JobState.SUCCEEDED
        if key in self.failed:
            return JobState.FAILED
        if key in self.action_required:
            return JobState.ACTION_REQUIRED
        if key in self.pending:
            return JobState.PENDING
        return JobState.UNKNOWN


def _get(path: str, api: Api) -> Callable[[str], Call]:
    def build(job_id: str) -> Call:
        from urllib.parse import quote

        return Call.raw("GET", path.format(id=quote(job_id, safe="")), op=Op.READ, api=api)

    return build


_RUNNING = frozenset({"pending", "processing", "in_progress", "queued", "waiting", "running", "training"})
_FAILED = frozenset({"failed", "fail", "failure", "error"})

JOB_KINDS: dict[str, JobKind] = {}
_GENERATION_EVENTS = _events("photo_avatar_generation")


def register_job_kind(kind: JobKind, *, replace: bool = False) -> JobKind:
    """Add a kind to the table (resources may replace one, e.g. to poll through a generated endpoint)."""
    if kind.name in JOB_KINDS and not replace:
        raise ValueError(f"job kind {kind.name!r} is already registered")
    JOB_KINDS[kind.name] = kind
    return kind


def get_job_kind(name: str) -> JobKind:
    """The registered kind `name`, or an InputValidationError listing the known kinds."""
    from ..errors import InputValidationError

    kind = JOB_KINDS.get(name) if isinstance(name, str) else None
    if kind is None:
        shown = repr(name) if isinstance(name, str) and len(name) <= 100 else type(name).__name__
        raise InputValidationError("kind", f"unknown job kind {shown}", allowed=sorted(JOB_KINDS))
    return kind


for _kind in (
    JobKind(
        name="photo_generation",
        description="AI photo generation (POST /v2/photo_avatar/photo/generate), 30-90 s",
        status_call=_get("/v2/photo_avatar/generation/{id}", Api.V2),
        succeeded=frozenset({"success", "succeeded", "completed"}),
        failed=_FAILED,
        pending=_RUNNING,
        result_of=_model("PhotoGeneration"),
        cadence=Cadence(initial=50.0, cap=60.0, timeout=600.0, window=(50.0, 135.0), step=20.0),
        # the safety poll's first check: twice the longest typical job (a lognormal tail past it is rare);
        # then one every `cap`
        push=PushSpec(_GENERATION_EVENTS, ("generation_id", "id"), _safety(180.0, 60.0, 600.0), proven=3),
    ),
    JobKind(
        name="look_generation",
        description="look generation for a trained group (POST /v2/photo_avatar/look/generate), 1-3 min",
        status_call=_get("/v2/photo_avatar/generation/{id}", Api.V2),
        succeeded=frozenset({"success", "succeeded", "completed"}),
        failed=_FAILED,
        pending=_RUNNING,
        result_of=_model("PhotoGeneration"),
        cadence=Cadence(initial=78.0, cap=90.0, timeout=900.0, window=(78.0, 270.0), step=24.0),
        push=PushSpec(_GENERATION_EVENTS, ("generation_id", "id"), _safety(360.0, 90.0, 900.0), proven=3),
    ),
    JobKind(
        name="look",
        description="a v2 photo-avatar look becoming usable (GET /v2/photo_avatar/{id}), under 2 min",
        status_call=_get("/v2/photo_avatar/{id}", Api.V2),
        succeeded=frozenset({"completed", "ready", "success"}),
        # moderation can end a look for good (HeyGen's create-photo-avatar-group definition lists
        # moderation_rejected beside in_appeal: openapi/upstream/v2/create-photo-avatar-group.json)
        failed=_FAILED | {"moderation_rejected"},
        pending=_RUNNING | {"in_appeal"},
        result_of=_model("PhotoAvatarLook"),
        cadence=Cadence(initial=5.0, cap=15.0, timeout=600.0),
        # only a look made by add_motion is announced (photo_avatar_add_motion): no safety poll
        push=PushSpec(_events("photo_avatar_add_motion"), ("id", "avatar_id", "photo_avatar_id")),
    ),
    JobKind(
        name="training",
        description="photo-avatar group training (POST /v2/photo_avatar/train), 2-10 min",
        status_call=_get("/v2/photo_avatar/train/status/{id}", Api.V2),
        succeeded=frozenset({"ready", "success", "completed"}),
        failed=_FAILED,
        pending=_RUNNING,
        # one early check at 15 s (a training that fails at once), then every 28 s through the window
        result_of=_model("TrainingStatus"),
        cadence=Cadence(initial=15.0, cap=150.0, timeout=1800.0, window=(140.0, 1200.0), step=28.0),
        push=PushSpec(
            _events("photo_avatar_train"), ("group_id", "id"), _safety(1200.0, 150.0, 1800.0), proven=3
        ),
    ),
    JobKind(
        name="avatar",
        description="a v3 avatar look being created (POST /v3/avatars), 30 s-3 min",
        status_call=_get("/v3/avatars/looks/{id}", Api.V3),
        succeeded=frozenset({"completed"}),
        failed=_FAILED,
        pending=_RUNNING,
        action_required=frozenset({"pending_consent"}),
        status_of=_v3_look_status,
        result_of=_model("AvatarLook"),
        # HeyGen's skill (POST /v3/avatars): a look is ready in 30-90 s from a photo, 1-3 min from a
        # prompt; one endpoint serves both, so the window spans 30-180 s like the other kinds' (start
        # 1.3x the shortest, end 1.5x the longest). Digital-twin looks have no published timing: after
        # the window the sleeps grow to `cap`, 60 s as HeyGen's guidance ends.
        cadence=Cadence(initial=39.0, cap=60.0, timeout=900.0, window=(39.0, 270.0), step=24.0),
        # instant_avatar.* announces digital twins only; photo and prompt looks get no event
        push=PushSpec(_events("instant_avatar"), ("avatar_id",)),
    ),
    JobKind(
        name="avatar_group",
        description="a v3 avatar group (character) being trained, e.g. a digital twin; minutes",
        status_call=_get("/v3/avatars/{id}", Api.V3),
        succeeded=frozenset({"completed"}),
        failed=_FAILED,
        pending=_RUNNING,
        action_required=frozenset({"pending_consent"}),
        status_of=_v3_status,
        result_of=_model("AvatarGroup"),
        cadence=Cadence(initial=15.0, cap=60.0, timeout=1800.0),
        push=PushSpec(_events("instant_avatar"), ("avatar_group_id",)),
    ),
    JobKind(
        name="video",
        description="a v3 video render (POST /v3/videos), 1-5 min",
        status_call=_get("/v3/videos/{id}", Api.V3),
        succeeded=frozenset({"completed"}),
        failed=_FAILED,
        pending=_RUNNING,
        result_of=_model("Video"),
        cadence=Cadence(initial=78.0, cap=90.0, timeout=1800.0, window=(78.0, 450.0), step=24.0),
        push=PushSpec(_events("avatar_video"), ("video_id",), _safety(600.0, 90.0, 1800.0)),
    ),
):
    register_job_kind(_kind)
