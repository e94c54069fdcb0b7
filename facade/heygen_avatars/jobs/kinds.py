"""The long-running job kinds HeyGen has, and how to read each one's status (a small table).

A `JobKind` says which endpoint reports the job's status, which statuses mean success, failure,
"still running" or "waiting for a human" (v3 digital twins stop in `pending_consent`), where the
server's error code and message are, and how often to poll (`Cadence`).

HeyGen's status vocabularies disagree between sources (notes/heygen-api.md §3.1-3.3), so each kind
accepts every documented spelling; a status in none of the sets is UNKNOWN: the job keeps being
polled, the status is reported (log warning, snapshot.state) and it is never taken as success.
"""

from __future__ import annotations

import enum
import functools
import itertools
import math
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from .._core.call import Call
from .._core.config import Op
from .._core.responses import Api

__all__ = [
    "JOB_KINDS",
    "Cadence",
    "FailureBackoff",
    "JobKind",
    "JobState",
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


@attrs.frozen
class FailureBackoff:
    """The sleep after a status check that failed transiently (connection, 408, 429, 5xx, bad body).

    A failed check says nothing about the job, so it does not follow the kind's cadence (a video job
    would wait 78 s after one dropped connection, a fast kind would hammer a failing server): the n-th
    failure in a row sleeps `initial * multiplier**(n-1)`, with proportional jitter of ±`jitter`, capped
    by the kind's `Cadence.cap`. A success resets it.
    """

    initial: float = 2.0
    multiplier: float = 2.0
    jitter: float = 0.2


@attrs.frozen
class Cadence:
    """How often to poll one job kind.

    The first check is immediate. Without a `window`, the n-th sleep after it is `initial * multiplier**n`.
    With `window=(start, end)`, the kind's typical finishing times in seconds after the job was created,
    a blind backoff is replaced by what the kind's durations say: the first sleep is `initial` (a kind may
    use it for one early check that catches fast failures), the next check is at `start`, then one every
    `step` seconds until `end`, then the sleeps grow from `step` by `multiplier`. (benchmarks/ measures
    the requests per job and detection lag this buys against other SDKs' schedules.)

    Every sleep gets proportional jitter of ±`jitter`, is capped at `cap` and never below `floor`. A
    server hint (Retry-After on the status response, including 0) replaces it, bounded to [`floor`,
    `hint_cap`]. A check that failed transiently sleeps by `failure_backoff` instead. `timeout` is the
    default deadline of `wait()` for this kind.

    The plan is laid out on the job's age: a wait that joins an older job (resumed from a token, or
    waited on again) picks it up where that age falls (`resume`), not from the start.
    """

    initial: float
    cap: float
    timeout: float
    multiplier: float = 1.5
    floor: float = 1.0
    jitter: float = 0.2
    hint_cap: float = 120.0
    window: tuple[float, float] | None = None
    step: float = 0.0
    failure_backoff: FailureBackoff = FailureBackoff()

    def __attrs_post_init__(self) -> None:
        if self.window is not None:
            start, end = self.window
            if not 0 <= start <= end or self.step <= 0:
                raise ValueError(
                    f"window needs 0 <= start <= end and step > 0, got {self.window!r} and step {self.step!r}"
                )

    def delay(self, index: int, rand: float) -> float:
        """The sleep after poll number `index` (0-based); `rand` is uniform in [0, 1)."""
        return self.jittered(min(self.cap, self._planned(index)), rand)

    def jittered(self, seconds: float, rand: float) -> float:
        """`seconds` with the cadence's jitter, capped at `cap`, never below `floor`."""
        return self._spread(seconds, self.jitter, rand)

    def failure_delay(self, failures: int, rand: float) -> float:
        """The sleep after the `failures`-th transient failure in a row (1-based); see `FailureBackoff`."""
        backoff = self.failure_backoff
        base = min(self.cap, _power(backoff.initial, backoff.multiplier, failures - 1))
        return self._spread(base, backoff.jitter, rand)

    def _spread(self, seconds: float, jitter: float, rand: float) -> float:
        """`seconds` times U(1-jitter, 1+jitter), capped at `cap`, never below `floor`."""
        return min(self.cap, max(self.floor, seconds * (1.0 + jitter * (2.0 * rand - 1.0))))

    def resume(self, age: float) -> tuple[int, float]:
        """Where a wait joining a job `age` seconds old stands in the plan.

        The check made on joining stands for the planned check nearest to `age`. Returns the unjittered
        seconds from `age` to the planned check after that one, and the plan index of the sleep that
        follows it. A job of age 0 gives `(1, first planned sleep)`: a fresh wait.
        """
        index, into = self._locate(max(0.0, age))
        span = self._span(index)
        if into <= span / 2:
            return index + 1, span - into
        return index + 2, span - into + self._span(index + 1)

    def _locate(self, age: float) -> tuple[int, float]:
        """The planned sleep that spans `age` (its index) and the seconds of it already past."""
        index, at = 0, 0.0  # at: the planned time of check `index`
        while True:
            span = self._span(index)
            if age < at + span:
                return index, age - at
            if (index >= self._plan_length() and self._span(index + 1) == span) or index >= _LOCATE_STEPS:
                # the sleeps stay the same from here (capped or floored): go straight to `age`
                steps = int((age - at) // span)
                return index + steps, max(0.0, age - at - steps * span)
            at += span
            index += 1

    def _span(self, index: int) -> float:
        """The unjittered sleep after poll `index`."""
        return max(self.floor, min(self.cap, self._planned(index)))

    def _plan_length(self) -> int:
        if self.window is None:
            return 0
        return len(_window_plan(self.initial, self.window, self.step))

    def _planned(self, index: int) -> float:
        if self.window is None:
            return _power(self.initial, self.multiplier, index)
        plan = _window_plan(self.initial, self.window, self.step)
        if index < len(plan):
            return plan[index]
        return _power(self.step, self.multiplier, index - len(plan) + 1)

    def hinted(self, hint: float) -> float:
        """A server's hint, bounded: never faster than `floor`, never longer than `hint_cap`."""
        return min(self.hint_cap, max(self.floor, hint))


_LOCATE_STEPS = 10_000
"""A bound on the walk through a plan (a plan whose sleeps never settle is walked this far, then
extrapolated with its last sleep)."""


def _power(base: float, multiplier: float, exponent: int) -> float:
    """`base * multiplier**exponent`, infinite instead of an OverflowError (a job resumed days later)."""
    try:
        return base * multiplier**exponent
    except OverflowError:
        return math.inf


@functools.lru_cache(maxsize=64)
def _window_plan(initial: float, window: tuple[float, float], step: float) -> tuple[float, ...]:
    """The planned sleeps of a windowed cadence: to `initial`, to the window's start, then `step`s up to
    the first check at or after its end."""
    start, end = window
    times = [0.0, initial]
    check = start
    while True:
        if check > times[-1]:
            times.append(check)
        if check >= end:
            break
        check += step
    return tuple(later - earlier for earlier, later in itertools.pairwise(times))


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


def default_error_of(data: Any) -> tuple[str | None, str | None]:
    """HeyGen's failure (code, message) from a status payload, wherever this kind keeps it."""
    if not isinstance(data, Mapping):
        return None, None
    code: str | None = None
    message = _first_str(data, "failure_message", "error_msg", "msg", "failure_reason", "error_message")
    error = data.get("error")
    if isinstance(error, Mapping):
        code = _first_str(error, "code")
        message = message or _first_str(error, "message", "msg", "detail")
    elif isinstance(error, str) and error.strip():
        message = message or error
    code = code or _first_str(data, "failure_code", "error_code")
    return code, message


def status_field(data: Any) -> str | None:
    """The raw `status` of a payload (None when absent)."""
    if isinstance(data, Mapping) and data.get("status") is not None:
        return str(data["status"])
    return None


def _v3_look_status(data: Any) -> str | None:
    # AvatarLookItem.status is optional; HeyGen's own guidance falls back on the preview being ready.
    status = status_field(data)
    if status is None and isinstance(data, Mapping) and data.get("preview_image_url"):
        return "completed"
    return status


def _model(name: str) -> Callable[[Any], Any]:
    """`Job.result()` as the facade model `name`, read from the final snapshot's data.

    Imported on use: the models classify their statuses with this table, so they import it.
    """

    def parse(snapshot: Any) -> Any:
        from ..types import models

        return getattr(models, name).from_raw(snapshot.data)

    return parse


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


def register_job_kind(kind: JobKind, *, replace: bool = False) -> JobKind:
    """Add a kind to the table (resources may replace one, e.g. to poll through a generated endpoint)."""
    if kind.name in JOB_KINDS and not replace:
        raise ValueError(f"job kind {kind.name!r} is already registered")
    JOB_KINDS[kind.name] = kind
    return kind


def get_job_kind(name: str) -> JobKind:
    """The registered kind `name`, or an InputValidationError listing the known kinds."""
    from ..errors import InputValidationError

    try:
        return JOB_KINDS[name]
    except KeyError:
        raise InputValidationError("kind", f"unknown job kind {name!r}", allowed=sorted(JOB_KINDS)) from None


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
    ),
    JobKind(
        name="look",
        description="a v2 photo-avatar look becoming usable (GET /v2/photo_avatar/{id}), under 2 min",
        status_call=_get("/v2/photo_avatar/{id}", Api.V2),
        succeeded=frozenset({"completed", "ready", "success"}),
        # moderation can end a look for good (seed 002 lists moderation_rejected beside in_appeal)
        failed=_FAILED | {"moderation_rejected"},
        pending=_RUNNING | {"in_appeal"},
        result_of=_model("PhotoAvatarLook"),
        cadence=Cadence(initial=5.0, cap=15.0, timeout=600.0),
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
        # HeyGen's skill (notes/heygen-api.md, POST /v3/avatars): a look is ready in 30-90 s from a photo,
        # 1-3 min from a prompt; one endpoint serves both, so the window spans 30-180 s like the other
        # kinds' (start 1.3x the shortest, end 1.5x the longest). Digital-twin looks have no timing in
        # the notes: after the window the sleeps grow to `cap`, 60 s as HeyGen's guidance ends.
        cadence=Cadence(initial=39.0, cap=60.0, timeout=900.0, window=(39.0, 270.0), step=24.0),
    ),
    JobKind(
        name="avatar_group",
        description="a v3 avatar group (character) being trained, e.g. a digital twin; minutes",
        status_call=_get("/v3/avatars/{id}", Api.V3),
        succeeded=frozenset({"completed"}),
        failed=_FAILED,
        pending=_RUNNING,
        action_required=frozenset({"pending_consent"}),
        result_of=_model("AvatarGroup"),
        cadence=Cadence(initial=15.0, cap=60.0, timeout=1800.0),
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
    ),
):
    register_job_kind(_kind)
