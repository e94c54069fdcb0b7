"""What a test (or a developer) does to the mock in-process: read its state, move its clock and jobs on,
script outcomes, act as a person in HeyGen's web app, reset and reconfigure it. A mixin of `MockHeyGen`;
the control plane (`control.py`) offers the same over HTTP under ``/_mock/``."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from .._core import clock as _clock
from . import settings
from ._routing import ApiError
from .clock import VirtualClock
from .jobs import Job, JobBoard, Outcome
from .state import IdFactory, MockState

if TYPE_CHECKING:
    from .backend import Backend
    from .core import MockHeyGen
    from .delivery import Dispatcher
    from .faults import FaultEngine
    from .idempotency import IdempotencyKeys
    from .journal import Journal
    from .storage import StorageRequest

__all__ = ["Scripting"]


class Scripting:
    """`MockHeyGen`'s in-process control API (its constructor sets the attributes below)."""

    seed: int
    clock: _clock.Clock
    backend: Backend
    jobs: JobBoard
    faults: FaultEngine
    webhooks: Dispatcher
    idempotency: IdempotencyKeys
    journal: Journal
    storage_requests: list[StorageRequest]
    conformance_errors: list[str]
    _initial_durations: dict[str, Sequence[float | None]]
    _lock: threading.RLock
    _seq: int

    if TYPE_CHECKING:

        def _deliver_due(self) -> None: ...  # `Events`

    @property
    def state(self) -> MockState:
        """Every resource (`MockState`), with due transitions applied first."""
        self.settle()
        return self.backend.state

    def settle(self) -> None:
        """Apply every job transition that is due on the mock's clock, then deliver the webhooks due."""
        with self._lock:
            self.jobs.settle(self.clock.monotonic())
        self._deliver_due()

    def advance(self, seconds: float) -> None:
        """Advance a `VirtualClock` by `seconds` (applies every transition that came due)."""
        if not isinstance(self.clock, VirtualClock):
            raise TypeError("advance() needs a VirtualClock; this mock runs on real time")
        self.clock.advance(seconds)

    def reset(self, *, seed: int | None = None) -> None:
        """Forget everything: resources, jobs, scripts, durations, faults, journal and the clock.

        ``seed``: start again from this seed instead (ids, images and faults as a new mock's with it).
        """
        with self._lock:
            reset_clock = getattr(self.clock, "reset", None)
            if callable(reset_clock):  # first: the backend's wall clock is set from it
                reset_clock()
            if seed is not None:
                new_seed: int = settings.check(seed=seed)["seed"]
                self.seed = self.backend.seed = self.faults.seed = self.webhooks.seed = new_seed
                self.backend.ids = IdFactory(self.seed)
            self.jobs.clear()
            self.jobs.set_durations(self._initial_durations)
            self.backend.reset()
            self.faults.clear()
            self.idempotency.clear()
            self.journal.clear()
            self.webhooks.reset()
            self.storage_requests.clear()
            self.conformance_errors.clear()
            self._seq = 0

    def configure(self, **options: Any) -> None:
        """Change options of the running mock, as the constructor takes them (``seed``, ``speed`` on a
        scaled clock, ``durations``, ``training_vocabulary``, ``digital_twin_type``, ``max_concurrent_jobs``,
        ``strict_responses``, ``url_ttl``, ``journal_limit``, ``api_key``, the direct uploads' and the
        webhooks' options: `settings.SETTINGS`). All are checked first; a new ``seed`` resets the mock.
        The control plane's ``POST /_mock/config`` calls this."""
        with self._lock:
            settings.configure(cast("MockHeyGen", self), **options)

    def settings(self) -> dict[str, Any]:
        """Every option's current value (never the key): what ``GET /_mock/config`` answers."""
        with self._lock:
            return settings.current(cast("MockHeyGen", self))

    def set_durations(self, **durations: Sequence[float | None]) -> None:
        """Per-phase durations (seconds) per job kind, e.g. `set_durations(training=(5, 60))`."""
        with self._lock:
            self.jobs.set_durations(durations)

    def script_next(self, kind: str, *, fail: tuple[str, str] | None = None) -> None:
        """The next job of `kind` succeeds, or fails with `fail=(code, message)`.

        Kinds: photo_generation, look_generation, training, look, motion, avatar, digital_twin, video.
        """
        if fail is not None and (len(fail) != 2 or not all(isinstance(x, str) for x in fail)):
            raise ValueError(f"fail must be a (code, message) tuple of strings, got {fail!r}")
        with self._lock:
            self.jobs.script_next(kind, Outcome(fail=fail))

    def job(self, job_id: str) -> Job:
        """A job by id (generation, look, video id; training jobs are ``train-<group>-...``)."""
        self.settle()
        return self.jobs.get(job_id)

    def complete_job(self, job_id: str) -> Job:
        """Finish a job successfully now."""
        with self._lock:
            return self.jobs.complete(job_id, self.clock.monotonic())

    def fail_job(self, job_id: str, code: str, message: str) -> Job:
        """Fail a job now with HeyGen's error code and message."""
        with self._lock:
            return self.jobs.fail(job_id, code, message, self.clock.monotonic())

    def advance_job(self, job_id: str) -> Job:
        """Move a job to its next phase now (also releases a waiting phase)."""
        with self._lock:
            return self.jobs.advance(job_id, self.clock.monotonic())

    def training_job(self, group_id: str) -> Job:
        """The latest training job of a v2 photo-avatar group."""
        group = self.backend.photo_group(group_id)
        if group.training is None:
            raise KeyError(f"group {group_id!r} was never trained")
        return group.training

    def file_video(self, video_id: str, folder_id: str | None) -> None:
        """Act as the user moving a video into a folder in HeyGen's web app (the API has no such call):
        ``GET /v3/videos?folder_id=`` then lists it there. None moves it back to the root."""
        if folder_id is not None and (not isinstance(folder_id, str) or not folder_id):
            raise ValueError(f"folder_id must be a non-empty string or None, got {folder_id!r}")
        with self._lock:
            try:
                self.backend.file_video(video_id, folder_id)
            except ApiError:
                raise KeyError(f"no video {video_id!r}") from None

    def complete_consent(self, group_id: str) -> None:
        """Act as the avatar's subject approving consent: waiting digital twins start processing."""
        with self._lock:
            try:
                self.backend.complete_consent(group_id)
            except ApiError:
                raise KeyError(f"no avatar group {group_id!r}") from None
