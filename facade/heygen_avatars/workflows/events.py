"""What `create_photo_avatar` reports as it goes: its `Step`s and the events ``on_progress`` receives."""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any, TypeAlias

import attrs

from ..jobs.snapshot import JobSnapshot

__all__ = [
    "JobStatusChanged",
    "ProgressCallback",
    "Step",
    "StepFinished",
    "StepSkipped",
    "StepStarted",
    "WorkflowEvent",
]


class Step(enum.Enum):
    """The steps of `create_photo_avatar`, in order."""

    UPLOAD = "upload"
    CREATE_GROUP = "create_group"
    ADD_LOOKS = "add_looks"
    TRAIN = "train"
    GENERATE_LOOKS = "generate_looks"


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
