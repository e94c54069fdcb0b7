"""The facade's own types: clean, immutable, tolerant of what HeyGen actually sends.

Every model is an attrs ``@frozen`` class built with ``Model.from_raw(payload)``. ``from_raw`` never raises:
missing fields get a neutral value, nulls stay ``None`` where the API may null them, unknown fields are
ignored, timestamps may be int, float, numeric strings or date strings, and unknown status values are kept
as plain strings. The payload a model was built from is always reachable as ``model.raw`` (excluded from
``==`` and ``repr``). Models are frozen attrs classes without ``__slots__``: ``from_raw`` hands each new
instance its whole ``__dict__`` at once, where a slotted frozen class pays a call per field.

Statuses are open strings (HeyGen's vocabularies drift). Each status-bearing model has a ``state`` property
classifying it with the job table (`heygen_avatars.jobs`): anything unknown is `JobState.UNKNOWN`, so an
unknown status is never taken as success::

    look = PhotoAvatarLook.from_raw(response_json["data"])
    if look.state is JobState.SUCCEEDED:
        print(look.id, look.image_url)
"""

from .assets import Asset, DirectUpload, UploadProgress
from .avatars import AvatarGroup, AvatarLook, Consent, CreatedAvatar, NewAvatar
from .common import ErrorInfo
from .photo_avatars import (
    AddedLooks,
    NewGroup,
    PhotoAvatarGroup,
    PhotoAvatarLook,
    PhotoGeneration,
    TrainingStatus,
    UploadedAsset,
    UpscaleAvailability,
)
from .users import CreditPool, Subscription, UsageBased, User, Wallet
from .videos import Video
from .voices import Voice
from .webhooks import (
    AvatarVideoEvent,
    InstantAvatarEvent,
    PhotoAvatarGenerationEvent,
    PhotoAvatarMotionEvent,
    PhotoAvatarTrainEvent,
    VideoTranslateEvent,
    WebhookEndpoint,
    WebhookEvent,
    WebhookEventTypeInfo,
    WebhookSecret,
)

__all__ = [
    "AddedLooks",
    "Asset",
    "AvatarGroup",
    "AvatarLook",
    "AvatarVideoEvent",
    "Consent",
    "CreatedAvatar",
    "CreditPool",
    "DirectUpload",
    "ErrorInfo",
    "InstantAvatarEvent",
    "NewAvatar",
    "NewGroup",
    "PhotoAvatarGenerationEvent",
    "PhotoAvatarGroup",
    "PhotoAvatarLook",
    "PhotoAvatarMotionEvent",
    "PhotoAvatarTrainEvent",
    "PhotoGeneration",
    "Subscription",
    "TrainingStatus",
    "UploadProgress",
    "UploadedAsset",
    "UpscaleAvailability",
    "UsageBased",
    "User",
    "Video",
    "VideoTranslateEvent",
    "Voice",
    "Wallet",
    "WebhookEndpoint",
    "WebhookEvent",
    "WebhookEventTypeInfo",
    "WebhookSecret",
]
