"""`create_photo_avatar` as one sans-IO flow: upload → group → add looks → train → new looks.

Every step first looks at what exists and does only what is missing: a fresh run trusts its own
`Progress`; a resumed run also asks HeyGen before every create (`lookups`), since its token may not know
what was made after it. Every id is recorded the moment HeyGen returns it, so a failure can report it and
a resume can skip it. A failure becomes `PhotoAvatarWorkflowError`; an interrupt (Ctrl-C, a cancellation, an
exception from ``on_progress``) goes on unchanged, carrying the same report (`interrupt_report`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Final, TypeVar

import attrs

from .._core.files import Upload
from .._core.flow import Flow, emit
from .._core.interrupts import attach_report, raised_by_callback, report_of
from ..errors import (
    APIConnectionError,
    APIStatusError,
    HeyGenError,
    InterruptReport,
    JobFailedError,
    NotFoundError,
    PhotoAvatarWorkflowError,
)
from ..jobs.kinds import JobState
from ..jobs.snapshot import JobSnapshot
from ..jobs.waiting import WaitTimeout, wait_flow
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
from . import lookups
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

# What a group never trained reports (the mock's word; HeyGen documents none): training it is safe. Any
# other status a resume does not know is waited on, never trained over (that could pay twice).
_NOT_TRAINED: Final = frozenset({"", "empty", "none", "not_started", "untrained"})

T = TypeVar("T")


@attrs.define
class Run:
    """What the flow works with: inputs, progress, and how to make job handles and report.

    ``resumed``: the run continues a token, which may not know everything made since (see `lookups`).
    ``on_checkpoint``: called (with None) right before each create, once `Progress.sending` names it (a
    batch journals the resume token there, so a run killed while the create is in flight resumes with a
    token that knows it may have been sent).
    """

    plan: Plan
    progress: Progress
    uploads: Sequence[Upload | None]
    base_url: str
    make_job: Callable[..., Any]
    on_progress: ProgressCallback | None
    timeout: WaitTimeout
    resumed: bool = False
    on_checkpoint: Callable[[Any], Any] | None = None

    def fail(
        self, step: Step, cause: BaseException, *, interrupted: bool = False
    ) -> PhotoAvatarWorkflowError:
        token = token_of(self.base_url, self.plan, self.progress)
        result = result_of(self.plan, self.progress)
        return PhotoAvatarWorkflowError(step, result, token, cause, interrupted=interrupted)

    def emit(self, event: WorkflowEvent) -> Flow[None]:
        return emit(self.on_progress, event)

    def create(self, marker: str, flow: Flow[T]) -> Flow[T]:
        """Run a create, `Progress.sending` naming it while it may be in flight (the checkpoint sees that
        first). It stays named when HeyGen may have acted without the answer arriving."""
        self.progress.sending = marker
        yield from emit(self.on_checkpoint, None)
        try:
            result = yield from flow
        except BaseException as error:
            if not _may_have_reached(error):
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
    if progress.groups_before is None and not run.resumed:
        # before anything is made: the groups a resume must not take for the one this run makes
        progress.groups_before = yield from lookups.group_names_flow(run.plan.name)
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
        # (an upload whose answer was lost is sent again: HeyGen lists no uploads, and they cost nothing)
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
    yield from run.emit(StepStarted(Step.CREATE_GROUP, resumed=run.resumed))
    key, generation_id = _keys(run)[0]
    found = (yield from lookups.find_group(run, key)) if run.resumed else None
    if found is not None:  # made after the token was taken: its looks are found in the next step
        progress.group_id = found
    else:
        look = yield from run.create(
            "create_group", create_group_flow(run.plan.name, None, key, generation_id)
        )
        progress.group_id = look.group_id or look.id
        progress.look_ids, progress.look_keys = [look.id], [key]
    yield from run.emit(StepFinished(Step.CREATE_GROUP, (progress.group_id,)))


def _add_looks_step(run: Run) -> Flow[None]:
    progress = run.progress
    group_id = str(progress.group_id)
    if progress.looks_ready:
        yield from run.emit(StepSkipped(Step.ADD_LOOKS, "already added"))
        return
    yield from run.emit(StepStarted(Step.ADD_LOOKS, resumed=len(progress.look_ids) > 1))
    pairs = _keys(run)
    keys = [key for key, _ in pairs]
    if run.resumed:
        yield from lookups.reconcile_looks(run, keys)
    missing = lookups.missing_keys(keys, progress.look_keys)
    while missing:
        # one call per batch of keys sharing a generation id, at most 4 keys (HeyGen's limit)
        generation_id = pairs[missing[0]][1]
        same = [pairs[i][1] == generation_id for i in missing[:IMAGE_KEYS_PER_CALL]]
        batch = missing[: same.index(False) if False in same else len(same)]
        batch_keys = [keys[i] for i in batch]
        looks = yield from run.create(
            f"add_looks:{batch[0]}", add_looks_flow(group_id, batch_keys, [], run.plan.name, generation_id)
        )
        made = [look.id for look in looks]
        if len(made) != len(batch_keys):
            # an answer that does not say which look is which: the next resume asks the group
            raise JobFailedError(_odd_answer(group_id, len(batch_keys), made))
        progress.look_ids.extend(made)
        progress.look_keys.extend(batch_keys)
        missing = missing[len(batch) :]
    # training needs every look ready
    yield from run.wait(Step.ADD_LOOKS, "look", progress.look_ids)
    progress.looks_ready = True
    yield from run.emit(StepFinished(Step.ADD_LOOKS, tuple(progress.look_ids)))


def _odd_answer(group_id: str, asked: int, made: list[str]) -> JobSnapshot:
    return JobSnapshot(
        kind="look",
        id=group_id,
        status="unclear",
        state=JobState.FAILED,
        data={"look_ids": made},
        error_message=f"HeyGen answered {len(made)} look(s) for {asked} key(s): resume checks the group",
    )


def _training_started(group_id: str) -> Flow[bool]:
    """Whether the group's training runs or ran (so training again would pay twice)."""
    try:
        status = yield from training_status_flow(group_id)
    except NotFoundError:
        return False
    if status.state is JobState.UNKNOWN:
        return status.status.strip().lower() not in _NOT_TRAINED
    return status.state is not JobState.FAILED  # a failed training is trained again


def _train_step(run: Run) -> Flow[None]:
    progress = run.progress
    group_id = str(progress.group_id)
    if progress.trained:
        yield from run.emit(StepSkipped(Step.TRAIN, "already trained"))
        return
    yield from run.emit(StepStarted(Step.TRAIN, resumed=progress.train_attempted))
    started = False
    if run.resumed or progress.train_attempted:  # ask HeyGen before paying for a training
        started = yield from _training_started(group_id)
    if not started:
        progress.train_attempted = True
        yield from run.create("train", train_flow(group_id))
    yield from run.wait(Step.TRAIN, "training", [group_id])
    progress.trained = True
    yield from run.emit(StepFinished(Step.TRAIN, (group_id,)))


def _generate(run: Run, index: int, group_id: str) -> Flow[None]:
    progress = run.progress
    look = run.plan.looks[index]
    body = look_generation_body(
        group_id=group_id, prompt=look.prompt, orientation=look.orientation, pose=look.pose, style=look.style
    )
    progress.generation_sent[index] = True  # until HeyGen answers: a resume then waits for its looks
    try:
        progress.generation_ids[index] = yield from run.create(
            f"generate:{index}", generate_looks_flow(body, require_trained=False)
        )
    except BaseException as error:
        if not _may_have_reached(error):  # nothing was made: a resume starts it again
            progress.generation_sent[index] = False
        raise


def _may_have_reached(error: BaseException) -> bool:
    """Whether a create that failed with ``error`` may still have been made on HeyGen."""
    if isinstance(error, APIStatusError):  # HeyGen answered no
        return False
    if isinstance(error, APIConnectionError):
        return error.request_sent
    if isinstance(error, HeyGenError):  # an unreadable answer
        return True
    report = report_of(error)  # an interrupt: was it while the request was out?
    return isinstance(report, InterruptReport) and report.in_flight is not None


def _generate_step(run: Run) -> Flow[None]:
    progress = run.progress
    group_id = str(progress.group_id)
    if not run.plan.looks or progress.looks_generated:
        why = "no looks asked" if not run.plan.looks else "already generated"
        yield from run.emit(StepSkipped(Step.GENERATE_LOOKS, why))
        return
    count = len(run.plan.looks)
    resumed = any(progress.generation_ids) or any(progress.generation_sent)
    yield from run.emit(StepStarted(Step.GENERATE_LOOKS, resumed=resumed))
    known_keys: list[str] = []
    per = lookups.IMAGES_PER_GENERATION
    lost: list[int] = []
    if run.resumed and not all(progress.generation_ids):
        # generations this token has no id for (an answer lost, another resume) are seen by their looks
        outcomes = yield from _wait_known(run)
        known_keys = [k for o in outcomes if isinstance(o, JobSnapshot) for k in _image_keys(o)]
        per = max((len(_image_keys(o)) for o in outcomes if isinstance(o, JobSnapshot)), default=per)
        found = lookups.unexplained((yield from list_looks_flow(group_id)), run, known_keys)
        covered = lookups.prompts_covered(len(found), per)
        without = [i for i in range(count) if not progress.generation_ids[i]]
        without.sort(key=lambda i: not progress.generation_sent[i])  # those requested first
        for index in without[:covered]:
            progress.generation_sent[index] = True  # its looks are there: never requested again
        lost = [i for i in without if progress.generation_sent[i]]
    for index in range(count):
        if not progress.generation_ids[index] and not progress.generation_sent[index]:
            yield from _generate(run, index, group_id)
    outcomes = yield from _wait_known(run)
    failures = [o for o in outcomes if isinstance(o, JobFailedError)]
    if failures:
        raise failures[0]
    keys = [k for o in outcomes if isinstance(o, JobSnapshot) for k in _image_keys(o)]
    yield from lookups.await_lost_generations(run, lost, keys, per)
    looks = yield from list_looks_flow(group_id)
    progress.generated_image_keys = keys
    progress.generated_look_ids = [look.id for look in lookups.generated_looks(looks, run)]
    progress.looks_generated = True
    yield from run.emit(StepFinished(Step.GENERATE_LOOKS, tuple(progress.generated_look_ids)))


def _image_keys(snapshot: JobSnapshot) -> tuple[str, ...]:
    return PhotoGeneration.from_raw(snapshot.data).image_keys


def _wait_known(run: Run) -> Flow[list[JobSnapshot | JobFailedError]]:
    """Wait for the generations whose ids are known; a failed one is forgotten (a resume starts it again)."""
    progress = run.progress
    ids = [g for g in progress.generation_ids if g]
    if not ids:
        return []
    outcomes = yield from run.wait(Step.GENERATE_LOOKS, "look_generation", ids, return_exceptions=True)
    failed = {o.job_id for o in outcomes if isinstance(o, JobFailedError)}
    if failed:  # a failed generation made nothing
        for index, generation_id in enumerate(progress.generation_ids):
            if generation_id in failed:
                progress.generation_ids[index] = None
                progress.generation_sent[index] = False
    return outcomes


_STEPS: Final = (
    (Step.UPLOAD, _upload_step),
    (Step.CREATE_GROUP, _create_group_step),
    (Step.ADD_LOOKS, _add_looks_step),
    (Step.TRAIN, _train_step),
    (Step.GENERATE_LOOKS, _generate_step),
)


def photo_avatar_flow(run: Run) -> Flow[PhotoAvatarResult]:
    """Run every step not finished yet. A failure becomes `PhotoAvatarWorkflowError` with a resume token;
    an interrupt or a callback's exception goes on, carrying that error as its report."""
    for step, body in _STEPS:
        try:
            yield from body(run)
        except BaseException as error:
            if isinstance(error, GeneratorExit):
                raise
            if isinstance(error, HeyGenError) and not raised_by_callback(error):
                raise run.fail(step, error) from error
            # (an SDK error your callback raised is yours too: it goes on as it is)
            attach_report(error, run.fail(step, error, interrupted=True))
            raise
    return result_of(run.plan, run.progress)
