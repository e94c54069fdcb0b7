"""heygen-avatars: the Python SDK for HeyGen photo avatars (v2) and avatars (v3).

The public surface is the block of imports below, declared once: type checkers and IDEs read it, and at
run time each name is imported from the module it names on first use (PEP 562), so a program pays only for
the parts it touches. `import heygen_avatars` loads none of the submodules; building a client loads its
configuration only; httpx, the models and the generated client load with the first request.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._core.lazy import attach
from ._version import __version__ as __version__

if TYPE_CHECKING:
    from ._client import AsyncHeyGen as AsyncHeyGen, HeyGen as HeyGen
    from ._core.clock import Clock as Clock, SystemClock as SystemClock
    from ._core.config import Op as Op, Timeouts as Timeouts
    from ._core.options import RequestOptions as RequestOptions, WaitRequestOptions as WaitRequestOptions
    from ._core.pages import AsyncPager as AsyncPager, Page as Page, Pager as Pager
    from ._core.raw import RawResponse as RawResponse
    from ._core.retry import RetryPolicy as RetryPolicy
    from .errors import (
        AddLooksError as AddLooksError,
        APIConnectionError as APIConnectionError,
        APIError as APIError,
        APIStatusError as APIStatusError,
        APITimeoutError as APITimeoutError,
        AuthenticationError as AuthenticationError,
        BadRequestError as BadRequestError,
        ClientClosedError as ClientClosedError,
        ConflictError as ConflictError,
        HeyGenError as HeyGenError,
        InputValidationError as InputValidationError,
        InternalServerError as InternalServerError,
        InterruptReport as InterruptReport,
        JobActionRequiredError as JobActionRequiredError,
        JobError as JobError,
        JobFailedError as JobFailedError,
        MissingAPIKeyError as MissingAPIKeyError,
        MockUnavailableError as MockUnavailableError,
        NotFoundError as NotFoundError,
        PermissionDeniedError as PermissionDeniedError,
        PhotoAvatarWorkflowError as PhotoAvatarWorkflowError,
        RateLimitError as RateLimitError,
        ResponseValidationError as ResponseValidationError,
        UnprocessableEntityError as UnprocessableEntityError,
        UploadError as UploadError,
        WaitTimeoutError as WaitTimeoutError,
        WebhookVerificationError as WebhookVerificationError,
        interrupt_report as interrupt_report,
    )
    from .jobs.cadence import Cadence as Cadence, FailureBackoff as FailureBackoff
    from .jobs.handles import AsyncJob as AsyncJob, Job as Job
    from .jobs.kinds import JobKind as JobKind, JobState as JobState, PushSpec as PushSpec
    from .jobs.snapshot import JobSnapshot as JobSnapshot
    from .resources.webhooks.receiver import WebhookReceiver as WebhookReceiver, WebhookReply as WebhookReply
    from .types.assets import Asset as Asset, DirectUpload as DirectUpload, UploadProgress as UploadProgress
    from .types.avatars import (
        AvatarGroup as AvatarGroup,
        AvatarLook as AvatarLook,
        Consent as Consent,
        CreatedAvatar as CreatedAvatar,
        NewAvatar as NewAvatar,
    )
    from .types.common import ErrorInfo as ErrorInfo
    from .types.literals import (
        AGES as AGES,
        ASPECT_RATIOS as ASPECT_RATIOS,
        AVATAR_TYPES as AVATAR_TYPES,
        ETHNICITIES as ETHNICITIES,
        EXPRESSIVENESS as EXPRESSIVENESS,
        GENDERS as GENDERS,
        ORIENTATIONS as ORIENTATIONS,
        OWNERSHIPS as OWNERSHIPS,
        POSES as POSES,
        RESOLUTIONS as RESOLUTIONS,
        STYLES as STYLES,
        VOICE_TYPES as VOICE_TYPES,
        WEBHOOK_EVENT_TYPES as WEBHOOK_EVENT_TYPES,
        Age as Age,
        AspectRatio as AspectRatio,
        AssetEndpoint as AssetEndpoint,
        AvatarType as AvatarType,
        Ethnicity as Ethnicity,
        Expressiveness as Expressiveness,
        Gender as Gender,
        Orientation as Orientation,
        Ownership as Ownership,
        Pose as Pose,
        Resolution as Resolution,
        Style as Style,
        VoiceType as VoiceType,
        WebhookEventType as WebhookEventType,
    )
    from .types.photo_avatars import (
        AddedLooks as AddedLooks,
        NewGroup as NewGroup,
        PhotoAvatarGroup as PhotoAvatarGroup,
        PhotoAvatarLook as PhotoAvatarLook,
        PhotoGeneration as PhotoGeneration,
        TrainingStatus as TrainingStatus,
        UploadedAsset as UploadedAsset,
        UpscaleAvailability as UpscaleAvailability,
    )
    from .types.users import (
        CreditPool as CreditPool,
        Subscription as Subscription,
        UsageBased as UsageBased,
        User as User,
        Wallet as Wallet,
    )
    from .types.videos import Video as Video
    from .types.voices import Voice as Voice
    from .types.webhooks import (
        AvatarVideoEvent as AvatarVideoEvent,
        InstantAvatarEvent as InstantAvatarEvent,
        PhotoAvatarGenerationEvent as PhotoAvatarGenerationEvent,
        PhotoAvatarMotionEvent as PhotoAvatarMotionEvent,
        PhotoAvatarTrainEvent as PhotoAvatarTrainEvent,
        VideoTranslateEvent as VideoTranslateEvent,
        WebhookEndpoint as WebhookEndpoint,
        WebhookEvent as WebhookEvent,
        WebhookEventTypeInfo as WebhookEventTypeInfo,
        WebhookSecret as WebhookSecret,
    )
    from .workflows import (
        JobStatusChanged as JobStatusChanged,
        LookPrompt as LookPrompt,
        PhotoAvatarResult as PhotoAvatarResult,
        Step as Step,
        StepFinished as StepFinished,
        StepSkipped as StepSkipped,
        StepStarted as StepStarted,
        WorkflowEvent as WorkflowEvent,
        create_photo_avatar as create_photo_avatar,
        resume_photo_avatar as resume_photo_avatar,
    )
else:
    __getattr__, __dir__ = attach(__name__, __file__)
