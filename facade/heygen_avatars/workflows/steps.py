"""`create_photo_avatar` as one sans-IO flow: upload → group → add looks → train → new looks.

Every step first looks at what exists (the `Progress` of an earlier run) and does only what is missing;
every id is recorded the moment HeyGen returns it, so a failure can report it and a resume can skip it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Final, TypeVar

import attrs

from .._core.files import Upload
from .._core.flow import Flow, emit
from ..errors import HeyGenError, JobFailedError, PhotoAvatarWorkflowError
from ..jobs.admission import answer_lost
from ..jobs.kinds import JobState
from ..jobs.snapshot import JobSnapshot
from ..jobs.waiting import WaitTimeout, wait_flow
from ..resources.photo_avatars import reconcile
from ..resources.photo_avatars.checks import IMAGE_KEYS_PER_CALL, look_generation_body
from ..resources.photo_avatars.flows import (
    add_looks_flow,
    create_group_flow,
    generate_looks_flow,
    list_looks_flow,
    train_flow,
    training_status_flow,
    upload_photo_flow,
)
from ..types.photo_avatars import PhotoGeneration
from .events import (
    JobStatusChanged,
    ProgressCallback,
    Step,
    StepFinished,
    StepSkipped,
    StepStarted,
    WorkflowEvent,
)
from .progress import PhotoAvatarResult, Plan, Progress, result_of, token_of

__all__ = ["Run", "photo_avatar_flow"]

T = TypeVar("T")


@attrs.define
class Run:
    """What the flow works with: inputs, progress, and how to make job handles and report."""

    plan: Plan
    progress: Progress
    uploads: Sequence[Upload | None]
    base_url: str
    make_job: Callable[..., Any]
    on_progress: ProgressCallback | None
    timeout: WaitTimeout
    on_checkpoint: Callable[[Any], Any] | None = None
    """Called (with None) right before each create, once `progress.sending` names it: a batch journals the
    resume token there, so a run killed while the create is in flight knows to look it up."""

    def fail(self, step: Step, cause: BaseException) -> PhotoAvatarWorkflowError:
        token = token_of(self.base_url, self.plan, self.progress)
        return PhotoAvatarWorkflowError(step, result_of(self.plan, self.progress), token, cause)

    def emit(self, event: WorkflowEvent) -> Flow[None]:
        return emit(self.on_progress, event)

    def create(self, marker: str, flow: Flow[T]) -> Flow[T]:
        """Run a create, `progress.sending` naming it while it may be in flight (the checkpoint records
        that first). It stays named if the answer was lost: a resume then looks before sending again."""
        self.progress.sending = marker
        yield from emit(self.on_checkpoint, None)
        try:
            result = yield from flow
        except HeyGenError as error:
            if not answer_lost(error):
                self.progress.sending = None
            raise
        self.progress.sending = None
        return result

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


def _upload_step(run: Run) -> Flow[None]:
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


def _keys(run: Run) -> list[tuple[str, str | None]]:
    """Every image key with its generation id (None for uploads), in order."""
    uploaded = [(k, None) for k in run.progress.uploaded_keys if k]
    return [*uploaded, *((k, run.plan.generation_id) for k in run.plan.image_keys)]


def _create_group_step(run: Run) -> Flow[None]:
    progress = run.progress
    if progress.group_id is not None:
        yield from run.emit(StepSkipped(Step.CREATE_GROUP, "already created"))
        return
    yield from run.emit(StepStarted(Step.CREATE_GROUP, resumed=progress.sending == "create_group"))
    key, generation_id = _keys(run)[0]
    group_id = None
    if progress.sending == "create_group":  # an earlier run may have made it: look before sending again
        found = yield from reconcile.find_group(run.plan.name, key)
        if len(found) > 1:
            raise HeyGenError(
                f"the group may have been created before the run stopped; groups named {run.plan.name!r} "
                f"made from {key}: {', '.join(found)}. Check them before running this again."
            )
        group_id = found[0] if found else None
    if group_id is None:
        look = yield from run.create(
            "create_group", create_group_flow(run.plan.name, None, key, generation_id)
        )
        group_id = look.group_id or look.id
        look_id = look.id
    else:
        look_id = group_id  # a group's first look has the group's id
        progress.sending = None
    progress.group_id = group_id
    progress.look_ids.append(look_id)
    progress.keys_added = 1
    yield from run.emit(StepFinished(Step.CREATE_GROUP, (progress.group_id,)))


def _add_looks_step(run: Run) -> Flow[None]:
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
        batch = [k for k, g in keys[start : start + IMAGE_KEYS_PER_CALL] if g == generation_id]
        marker = f"add_looks:{start}"
        looks: Sequence[Any] = ()
        if progress.sending == marker:  # an earlier run may have added them: look before adding again
            looks = yield from reconcile.find_looks(group_id, batch)
            if looks and len(looks) != len(batch):
                raise HeyGenError(
                    f"some looks may have been added before the run stopped "
                    f"({', '.join(look.id for look in looks)} of {len(batch)}); check group {group_id} "
                    "before running this again."
                )
        if not looks:
            looks = yield from run.create(
                marker, add_looks_flow(group_id, batch, [], run.plan.name, generation_id)
            )
        progress.sending = None
        progress.look_ids.extend(look.id for look in looks)
        progress.keys_added += len(batch)
    # training needs every look ready
    yield from run.wait(Step.ADD_LOOKS, "look", progress.look_ids)
    progress.looks_ready = True
    yield from run.emit(StepFinished(Step.ADD_LOOKS, tuple(progress.look_ids)))


def _train_step(run: Run) -> Flow[None]:
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
        progress.sending = None
    if not progress.training_started:
        progress.train_attempted = True
        yield from run.create("train", train_flow(group_id))
        progress.training_started = True
    yield from run.wait(Step.TRAIN, "training", [group_id])
    progress.trained = True
    yield from run.emit(StepFinished(Step.TRAIN, (group_id,)))


def _generate_step(run: Run) -> Flow[None]:
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
        body = look_generation_body(
            group_id=group_id,
            prompt=look.prompt,
            orientation=look.orientation,
            pose=look.pose,
            style=look.style,
        )
        marker = f"generate:{index}"
        if progress.sending == marker:
            raise HeyGenError(
                f"the look generation for looks[{index}] may have been sent before the run stopped, and "
                "HeyGen offers no way to look a generation up: check your account before running this again."
            )
        progress.generation_ids[index] = yield from run.create(
            marker, generate_looks_flow(body, require_trained=False)
        )
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


def photo_avatar_flow(run: Run) -> Flow[PhotoAvatarResult]:
    """Run every step not finished yet; a failure becomes `PhotoAvatarWorkflowError` with a resume token."""
    for step, body in _STEPS:
        try:
            yield from body(run)
        except HeyGenError as error:
            raise run.fail(step, error) from error
    return result_of(run.plan, run.progress)
