"""heygen-avatars: the Python SDK for HeyGen photo avatars (v2) and avatars (v3).

`import heygen_avatars` loads none of the submodules below: each name is imported on first use
(PEP 562), so a program pays only for the parts it touches (benchmarks/ row 1). Building a client
loads its configuration only; httpx, the models and the generated client load with the first request.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# submodule -> the public names it provides
_PUBLIC: dict[str, tuple[str, ...]] = {
    "_client": ("AsyncHeyGen", "ClientClosedError", "HeyGen"),
    "_core.clock": ("Clock", "SystemClock"),
    "_core.config": ("Op", "Timeouts"),
    "_core.pages": ("AsyncPager", "Page", "Pager"),
    "_core.retry": ("RetryPolicy",),
    "_core.validation": ("AGES", "ETHNICITIES", "GENDERS", "ORIENTATIONS", "OWNERSHIPS", "POSES", "STYLES"),
    "resources.avatars": ("AVATAR_TYPES", "NewAvatar"),
    "errors": (
        "APIConnectionError",
        "APIError",
        "APIStatusError",
        "APITimeoutError",
        "AuthenticationError",
        "BadRequestError",
        "ConflictError",
        "HeyGenError",
        "InputValidationError",
        "InternalServerError",
        "JobError",
        "JobFailedError",
        "MissingAPIKeyError",
        "NotFoundError",
        "PermissionDeniedError",
        "RateLimitError",
        "ResponseValidationError",
        "UnprocessableEntityError",
        "WaitTimeoutError",
    ),
    "jobs.handles": (
        "AsyncJob",
        "Cadence",
        "FailureBackoff",
        "Job",
        "JobActionRequiredError",
        "JobKind",
        "JobSnapshot",
        "JobState",
    ),
    "types.models": (
        "Asset",
        "AvatarGroup",
        "AvatarLook",
        "Consent",
        "CreatedAvatar",
        "ErrorInfo",
        "PhotoAvatarGroup",
        "PhotoAvatarLook",
        "PhotoGeneration",
        "TrainingStatus",
        "UploadedAsset",
        "UpscaleAvailability",
        "Video",
        "Voice",
    ),
    "resources.photo_avatars": ("AddedLooks", "AddLooksError", "NewGroup"),
    "resources.videos": ("ASPECT_RATIOS", "RESOLUTIONS"),
    "resources.voices": ("VOICE_TYPES",),
    "workflows": (
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
        "resume_photo_avatar",
    ),
}
_MODULE_OF = {name: module for module, names in _PUBLIC.items() for name in names}
__all__ = sorted(_MODULE_OF)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


if TYPE_CHECKING:  # what type checkers and IDEs see; tests/test_imports.py keeps it equal to _PUBLIC
    from ._client import AsyncHeyGen as AsyncHeyGen, ClientClosedError as ClientClosedError, HeyGen as HeyGen
    from ._core.clock import Clock as Clock, SystemClock as SystemClock
    from ._core.config import Op as Op, Timeouts as Timeouts
    from ._core.pages import AsyncPager as AsyncPager, Page as Page, Pager as Pager
    from ._core.retry import RetryPolicy as RetryPolicy
    from ._core.validation import (
        AGES as AGES,
        ETHNICITIES as ETHNICITIES,
        GENDERS as GENDERS,
        ORIENTATIONS as ORIENTATIONS,
        OWNERSHIPS as OWNERSHIPS,
        POSES as POSES,
        STYLES as STYLES,
    )
    from .errors import (
        APIConnectionError as APIConnectionError,
        APIError as APIError,
        APIStatusError as APIStatusError,
        APITimeoutError as APITimeoutError,
        AuthenticationError as AuthenticationError,
        BadRequestError as BadRequestError,
        ConflictError as ConflictError,
        HeyGenError as HeyGenError,
        InputValidationError as InputValidationError,
        InternalServerError as InternalServerError,
        JobError as JobError,
        JobFailedError as JobFailedError,
        MissingAPIKeyError as MissingAPIKeyError,
        NotFoundError as NotFoundError,
        PermissionDeniedError as PermissionDeniedError,
        RateLimitError as RateLimitError,
        ResponseValidationError as ResponseValidationError,
        UnprocessableEntityError as UnprocessableEntityError,
        WaitTimeoutError as WaitTimeoutError,
    )
    from .jobs.handles import (
        AsyncJob as AsyncJob,
        Cadence as Cadence,
        FailureBackoff as FailureBackoff,
        Job as Job,
        JobActionRequiredError as JobActionRequiredError,
        JobKind as JobKind,
        JobSnapshot as JobSnapshot,
        JobState as JobState,
    )
    from .resources.avatars import AVATAR_TYPES as AVATAR_TYPES, NewAvatar as NewAvatar
    from .resources.photo_avatars import (
        AddedLooks as AddedLooks,
        AddLooksError as AddLooksError,
        NewGroup as NewGroup,
    )
    from .resources.videos import ASPECT_RATIOS as ASPECT_RATIOS, RESOLUTIONS as RESOLUTIONS
    from .resources.voices import VOICE_TYPES as VOICE_TYPES
    from .types.models import (
        Asset as Asset,
        AvatarGroup as AvatarGroup,
        AvatarLook as AvatarLook,
        Consent as Consent,
        CreatedAvatar as CreatedAvatar,
        ErrorInfo as ErrorInfo,
        PhotoAvatarGroup as PhotoAvatarGroup,
        PhotoAvatarLook as PhotoAvatarLook,
        PhotoGeneration as PhotoGeneration,
        TrainingStatus as TrainingStatus,
        UploadedAsset as UploadedAsset,
        UpscaleAvailability as UpscaleAvailability,
        Video as Video,
        Voice as Voice,
    )
    from .workflows import (
        JobStatusChanged as JobStatusChanged,
        LookPrompt as LookPrompt,
        PhotoAvatarResult as PhotoAvatarResult,
        PhotoAvatarWorkflowError as PhotoAvatarWorkflowError,
        Step as Step,
        StepFinished as StepFinished,
        StepSkipped as StepSkipped,
        StepStarted as StepStarted,
        WorkflowEvent as WorkflowEvent,
        create_photo_avatar as create_photo_avatar,
        resume_photo_avatar as resume_photo_avatar,
    )
